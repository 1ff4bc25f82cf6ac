/* driso shim: the WDK path nfc/1.0/NfcCx.h; see ../../nfccx.h */
#include "../../nfccx.h"
