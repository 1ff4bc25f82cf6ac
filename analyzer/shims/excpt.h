/*
 * driso shim: excpt.h. mingw's excpt.h plus the C-only SEH keyword
 * aliases (try/except/finally/leave for __try/__except/__finally/__leave)
 * that Microsoft's excpt.h provides and file-system samples (cdfs, fastfat)
 * use. clang accepts __try in C on x86_64-w64-mingw32 with -fms-extensions.
 */
#include_next <excpt.h>
#ifndef DRISO_SHIM_EXCPT_H
#define DRISO_SHIM_EXCPT_H
#if !defined(__cplusplus) && !defined(DRISO_NO_SEH_KEYWORD_ALIASES)
#ifndef try
#define try __try
#endif
#ifndef except
#define except __except
#endif
#ifndef finally
#define finally __finally
#endif
#ifndef leave
#define leave __leave
#endif
#endif
#endif
