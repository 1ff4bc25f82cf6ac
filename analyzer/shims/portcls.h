/*
 * driso shim: portcls.h. mingw-w64's ddk/portcls.h is Vista-era; the
 * Windows 8 / 10 additions drivers use today (WaveRT packet and offload
 * interfaces, ETW/notification/power helpers, missing IMP_* macros) come
 * from driso_portcls_extras.h, in kernel TUs only (portcls is kernel).
 */
#if __has_include_next(<portcls.h>)
#include_next <portcls.h>
#include "driso_portcls_extras.h"
#endif
