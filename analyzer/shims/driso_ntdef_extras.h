/*
 * driso_ntdef_extras.h: string pointer types of the WDK's ntdef.h that
 * mingw-w64's ntdef.h lacks (user-mode winnt.h has them): the "ZZ"
 * (double-NUL-terminated list of strings) and "NZ" (possibly not
 * NUL-terminated) pointer types of the Windows data types reference.
 * Storage miniports use them for multi-string registry values. Also the
 * neutral TCHAR types and TEXT() per UNICODE, as the WDK's ntdef.h has them
 * for kernel code (minispy's kernel library), and UFIELD_OFFSET. Skipped
 * (but UFIELD_OFFSET) when winnt.h has been seen (identical typedefs either way). Facts: the WDK's shared/ntdef.h as
 * published in microsoft/wdkmetadata.
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

#if !defined(_WINNT_) && !defined(_TCHAR_DEFINED)
#define _TCHAR_DEFINED
#ifdef UNICODE
typedef WCHAR TCHAR, *PTCHAR;
typedef WCHAR TUCHAR, *PTUCHAR;
typedef WCHAR *LPTCH, *PTCH, *PTSTR, *LPTSTR;
typedef CONST WCHAR *LPCTCH, *PCTCH, *PCTSTR, *LPCTSTR;
#ifndef __TEXT
#define __TEXT(quote) L##quote
#endif
#else
typedef char TCHAR, *PTCHAR;
typedef unsigned char TUCHAR, *PTUCHAR;
typedef CHAR *LPTCH, *PTCH, *PTSTR, *LPTSTR;
typedef CONST CHAR *LPCTCH, *PCTCH, *PCTSTR, *LPCTSTR;
#ifndef __TEXT
#define __TEXT(quote) quote
#endif
#endif
#ifndef TEXT
#define TEXT(quote) __TEXT(quote)
#endif
#endif

/* the unsigned field offset of ntdef.h and winnt.h (wmimofck headers' and
 * WMI providers' _SIZE macros); mingw-w64 has neither */
#ifndef UFIELD_OFFSET
#define UFIELD_OFFSET(type, field) ((ULONG)FIELD_OFFSET(type, field))
#endif

#endif
