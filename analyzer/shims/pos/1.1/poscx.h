/* driso shim: the WDK path pos/1.1/PosCx.h; see ../../poscx.h */
#include "../../poscx.h"
