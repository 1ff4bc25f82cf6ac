/*
 * driso shim: combaseapi.h (wraps mingw-w64's).
 *
 * The SDK's combaseapi.h includes cguid.h, so every TU that includes
 * windows.h / objbase.h sees GUID_NULL, IID_IRpcChannel & co.; mingw's
 * does not, and code comparing against GUID_NULL fails to parse.
 */
#include_next <combaseapi.h>
#if !defined(DRISO_SHIM_COMBASEAPI_H) && !defined(_KERNEL_MODE)
#define DRISO_SHIM_COMBASEAPI_H
#include <cguid.h>
#endif
