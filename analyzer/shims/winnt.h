/*
 * driso shim: winnt.h (wraps mingw-w64's). UNREFERENCED_PARAMETER as the
 * SDK defines it outside lint and PREfast, `(P)` (Learn; winnt.h), as
 * driso_km_extras.h does for kernel code: mingw's `{(P) = (P);}` rejects a
 * const parameter (`catch (const exception &e) { UNREFERENCED_PARAMETER(e); }`
 * in UsbDk's installer) and shows analysers a self-assignment the code
 * never wrote.
 */
#include_next <winnt.h>
#if !defined(lint) && !defined(_PREFAST_)
#undef UNREFERENCED_PARAMETER
#undef DBG_UNREFERENCED_PARAMETER
#undef DBG_UNREFERENCED_LOCAL_VARIABLE
#define UNREFERENCED_PARAMETER(P) (P)
#define DBG_UNREFERENCED_PARAMETER(P) (P)
#define DBG_UNREFERENCED_LOCAL_VARIABLE(V) (V)
#endif
