/* driso shim: the WDK path UcmUcsi/1.0/UcmUcsiCx.h; see ../../ucmucsicx.h */
#include "../../ucmucsicx.h"
