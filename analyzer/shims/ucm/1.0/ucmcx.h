/* driso shim: the WDK path ucm/1.0/UcmCx.h; see ../../ucmcx.h */
#include "../../ucmcx.h"
