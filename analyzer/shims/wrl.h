/*
 * driso shim: wrl.h. mingw-w64's wrl.h leaves wrl/implements.h out (it
 * has none); this wrapper adds driso's, so code that includes only
 * <wrl.h> can derive from RuntimeClass as with the Windows SDK. C++ only.
 */
#ifndef DRISO_SHIM_WRL_H
#define DRISO_SHIM_WRL_H
#include_next <wrl.h>
#include "wrl/implements.h"
#endif
