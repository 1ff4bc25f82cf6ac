/* driso shim: the WDK path spb/1.1/SPBCx.h; see ../../spbcx.h */
#include "../../spbcx.h"
