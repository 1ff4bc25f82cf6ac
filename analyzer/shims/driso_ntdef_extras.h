/*
 * driso_ntdef_extras.h: string pointer types of the WDK's ntdef.h that
 * mingw-w64's ntdef.h lacks (user-mode winnt.h has them): the "ZZ"
 * (double-NUL-terminated list of strings) and "NZ" (possibly not
 * NUL-terminated) pointer types of the Windows data types reference.
 * Storage miniports use them for multi-string registry values. Skipped
 * when winnt.h has been seen (identical typedefs either way).
 */
#ifndef DRISO_NTDEF_EXTRAS_H
#define DRISO_NTDEF_EXTRAS_H
#include <ntdef.h>

#if !defined(_WINNT_) && !defined(DRISO_HAVE_NTDEF_ZZSTR)
#define DRISO_HAVE_NTDEF_ZZSTR
#ifndef UNALIGNED
#define UNALIGNED
#endif
typedef WCHAR *PZZWSTR;
typedef CONST WCHAR *PCZZWSTR;
typedef WCHAR UNALIGNED *PUZZWSTR;
typedef CONST WCHAR UNALIGNED *PCUZZWSTR;
typedef WCHAR *PNZWCH;
typedef CONST WCHAR *PCNZWCH;
typedef WCHAR UNALIGNED *PUNZWCH;
typedef CONST WCHAR UNALIGNED *PCUNZWCH;
typedef CHAR *PZZSTR;
typedef CONST CHAR *PCZZSTR;
typedef CHAR *PNZCH;
typedef CONST CHAR *PCNZCH;
#endif

#endif
