/*
 * driso shim: evntrace.h. mingw's evntrace.h declares nothing unless
 * _WINNT_ or WINNT is defined. User-mode TUs get _WINNT_ from winnt.h; the
 * WDK's kernel build defines WINNT=1 on the command line, which driso's
 * canonical kernel flags do not, so kernel TUs lost TRACE_LEVEL_* (ksdebug.h's
 * DEBUGLVL_* levels, used by every portcls driver's debug macros). WINNT is
 * defined only around the inclusion, only in kernel TUs that lack both.
 */
#include "driso_shims.h"
#if DRISO_KERNEL && !defined(_WINNT_) && !defined(WINNT)
#define WINNT 1
#include_next <evntrace.h>
#undef WINNT
#else
#include_next <evntrace.h>
#endif
