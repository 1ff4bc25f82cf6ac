/* driso shim: the WDK path UcmTcpci/1.0/UcmTcpciCx.h; see ../../ucmtcpcicx.h */
#include "../../ucmtcpcicx.h"
