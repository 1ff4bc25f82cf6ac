/*
 * driso shim: ntintsafe.h, the kernel-mode safe integer functions
 * (RtlULongAdd, RtlSizeTMult, RtlULongLongToULong, ...; Learn ntintsafe.h
 * reference). Kernel TUs get mingw-w64's ddk/ntintsafe.h, which has every
 * documented function. UMDF 2 and other user-mode TUs include it too (the
 * WDK ships it for both); there ddk/ is not on the include path, so this
 * wrapper reaches mingw's header as <ddk/ntintsafe.h> after supplying what
 * it needs outside the kernel: NTSTATUS (winternl.h) and STATUS_SUCCESS /
 * STATUS_INTEGER_OVERFLOW as NTSTATUS values (ntstatus.h numbers).
 * Also the integer limit constants the WDK's header defines (USHORT_MAX,
 * ULONG_MAX, SIZE_T_MAX, ...: the limits of the types they name), which
 * mingw's lacks.
 */
#ifndef DRISO_SHIM_NTINTSAFE_H
#define DRISO_SHIM_NTINTSAFE_H
#include "driso_shims.h"

#if __has_include_next(<ntintsafe.h>)
#include_next <ntintsafe.h>
#else
#include <windows.h>
#include <winternl.h>
#ifndef STATUS_SUCCESS
#define STATUS_SUCCESS ((NTSTATUS)0x00000000L)
#endif
#include <ddk/ntintsafe.h>
#endif


#ifndef USHORT_MAX
#ifndef SHORT_MIN
#define SHORT_MIN (-32768)
#endif
#ifndef BYTE_MAX
#define BYTE_MAX 0xff
#endif
#ifndef SHORT_MAX
#define SHORT_MAX 32767
#endif
#define USHORT_MAX 0xffff
#ifndef WORD_MAX
#define WORD_MAX 0xffff
#endif
#ifndef LONG_MAX
#define LONG_MAX 2147483647L
#endif
#ifndef ULONG_MAX
#define ULONG_MAX 0xffffffffUL
#endif
#ifndef DWORD_MAX
#define DWORD_MAX 0xffffffffUL
#endif
#ifndef LONGLONG_MAX
#define LONGLONG_MAX 0x7fffffffffffffffi64
#endif
#ifndef LONGLONG_MIN
#define LONGLONG_MIN (-9223372036854775807i64 - 1)
#endif
#ifndef ULONGLONG_MAX
#define ULONGLONG_MAX 0xffffffffffffffffui64
#endif
#ifndef DWORDLONG_MAX
#define DWORDLONG_MAX 0xffffffffffffffffui64
#endif
#ifndef ULONG64_MAX
#define ULONG64_MAX 0xffffffffffffffffui64
#endif
#ifndef SIZE_T_MAX
#define SIZE_T_MAX 0xffffffffffffffffui64
#endif
#ifndef ULONG_PTR_MAX
#define ULONG_PTR_MAX 0xffffffffffffffffui64
#endif
#endif

#endif
