/* driso shim: wiamindr_lh.h, the Vista+ half of the WIA minidriver
 * interfaces; everything is in the wiamindr.h shim. */
#include "wiamindr.h"
