/* driso shim: the WDK path spb/1.0/SPBCx.h; see ../../spbcx.h */
#include "../../spbcx.h"
