/* driso shim: fltKernel.h, the spelling most minifilters use. */
#include <fltkernel.h>
