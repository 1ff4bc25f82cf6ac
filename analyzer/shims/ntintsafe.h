/*
 * driso shim: ntintsafe.h, the kernel-mode safe integer functions
 * (RtlULongAdd, RtlSizeTMult, RtlULongLongToULong, ...; Learn ntintsafe.h
 * reference). Kernel TUs get mingw-w64's ddk/ntintsafe.h, which has the
 * functions under their primary names. UMDF 2 and other user-mode TUs
 * include it too (the WDK ships it for both); there ddk/ is not on the
 * include path, so this wrapper reaches mingw's header as
 * <ddk/ntintsafe.h> after supplying what it needs outside the kernel:
 * NTSTATUS (winternl.h) and STATUS_SUCCESS / STATUS_INTEGER_OVERFLOW as
 * NTSTATUS values (ntstatus.h numbers).
 *
 * Added here, all guarded:
 *  - the limit constants of the WDK's header (INT8_MIN ... UINT64_MAX,
 *    USHORT_MAX, DWORD_MAX, SIZE_T_MAX, INT_PTR_MIN, ...), the "error
 *    value" constants (UINT32_ERROR, SIZE_T_ERROR, ...), LOWORD/HIWORD/
 *    LODWORD/HIDWORD, and -- not part of the WDK header, see
 *    driso_crt_limits.h for why -- the MSVC CRT limits of <limits.h>;
 *  - the documented alternate names of the conversion and arithmetic
 *    functions ("This function uses the following alternate name":
 *    RtlSizeTToUInt32, RtlUInt32Add, RtlDWordPtrToULong, RtlSIZETMult,
 *    ...). In the WDK these are object-like #defines naming the primary
 *    function, and so they are here (the call and its arguments stay
 *    visible under the primary name). Only the names mingw-w64 10 does
 *    not define as functions are added; the set is the 64-bit one
 *    (driso parses every TU for x64). Switch the block off with
 *    DRISO_HAVE_NTINTSAFE_ALIASES.
 * 128-bit limits (i128 literals) are left out.
 *
 * Provenance: Learn ntintsafe.h reference (function pages list the
 * alternate names); alias targets and constant values as facts from the
 * WDK headers in microsoft/wdkmetadata (MIT), resolved by a one-off
 * script.
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

#include "driso_crt_limits.h"

/* ---- minimum / maximum values ---------------------------------------- */
#ifndef INT8_MIN
#define INT8_MIN (-127i8 - 1)
#endif
#ifndef SHORT_MIN
#define SHORT_MIN (-32768)
#endif
#ifndef INT16_MIN
#define INT16_MIN (-32767i16 - 1)
#endif
#ifndef INT32_MIN
#define INT32_MIN (-2147483647i32 - 1)
#endif
#ifndef LONGLONG_MIN
#define LONGLONG_MIN (-9223372036854775807i64 - 1)
#endif
#ifndef LONG64_MIN
#define LONG64_MIN (-9223372036854775807i64 - 1)
#endif
#ifndef INT64_MIN
#define INT64_MIN (-9223372036854775807i64 - 1)
#endif
#ifdef _WIN64
#ifndef INT_PTR_MIN
#define INT_PTR_MIN (-9223372036854775807i64 - 1)
#endif
#ifndef LONG_PTR_MIN
#define LONG_PTR_MIN (-9223372036854775807i64 - 1)
#endif
#ifndef PTRDIFF_T_MIN
#define PTRDIFF_T_MIN (-9223372036854775807i64 - 1)
#endif
#ifndef SSIZE_T_MIN
#define SSIZE_T_MIN (-9223372036854775807i64 - 1)
#endif
#else
#ifndef INT_PTR_MIN
#define INT_PTR_MIN (-2147483647 - 1)
#endif
#ifndef LONG_PTR_MIN
#define LONG_PTR_MIN (-2147483647L - 1)
#endif
#ifndef PTRDIFF_T_MIN
#define PTRDIFF_T_MIN (-2147483647 - 1)
#endif
#ifndef SSIZE_T_MIN
#define SSIZE_T_MIN (-2147483647L - 1)
#endif
#endif

#ifndef INT8_MAX
#define INT8_MAX 127i8
#endif
#ifndef UINT8_MAX
#define UINT8_MAX 0xffui8
#endif
#ifndef BYTE_MAX
#define BYTE_MAX 0xff
#endif
#ifndef SHORT_MAX
#define SHORT_MAX 32767
#endif
#ifndef INT16_MAX
#define INT16_MAX 32767i16
#endif
#ifndef USHORT_MAX
#define USHORT_MAX 0xffff
#endif
#ifndef UINT16_MAX
#define UINT16_MAX 0xffffui16
#endif
#ifndef WORD_MAX
#define WORD_MAX 0xffff
#endif
#ifndef INT32_MAX
#define INT32_MAX 2147483647i32
#endif
#ifndef UINT32_MAX
#define UINT32_MAX 0xffffffffui32
#endif
#ifndef DWORD_MAX
#define DWORD_MAX 0xffffffffUL
#endif
#ifndef LONGLONG_MAX
#define LONGLONG_MAX 9223372036854775807i64
#endif
#ifndef LONG64_MAX
#define LONG64_MAX 9223372036854775807i64
#endif
#ifndef INT64_MAX
#define INT64_MAX 9223372036854775807i64
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
#ifndef DWORD64_MAX
#define DWORD64_MAX 0xffffffffffffffffui64
#endif
#ifndef UINT64_MAX
#define UINT64_MAX 0xffffffffffffffffui64
#endif
#ifdef _WIN64
#ifndef INT_PTR_MAX
#define INT_PTR_MAX 9223372036854775807i64
#endif
#ifndef UINT_PTR_MAX
#define UINT_PTR_MAX 0xffffffffffffffffui64
#endif
#ifndef LONG_PTR_MAX
#define LONG_PTR_MAX 9223372036854775807i64
#endif
#ifndef ULONG_PTR_MAX
#define ULONG_PTR_MAX 0xffffffffffffffffui64
#endif
#ifndef DWORD_PTR_MAX
#define DWORD_PTR_MAX 0xffffffffffffffffui64
#endif
#ifndef PTRDIFF_T_MAX
#define PTRDIFF_T_MAX 9223372036854775807i64
#endif
#ifndef SIZE_T_MAX
#define SIZE_T_MAX 0xffffffffffffffffui64
#endif
#ifndef SSIZE_T_MAX
#define SSIZE_T_MAX 9223372036854775807i64
#endif
#ifndef _SIZE_T_MAX
#define _SIZE_T_MAX 0xffffffffffffffffui64
#endif
#else
#ifndef INT_PTR_MAX
#define INT_PTR_MAX 2147483647
#endif
#ifndef UINT_PTR_MAX
#define UINT_PTR_MAX 0xffffffff
#endif
#ifndef LONG_PTR_MAX
#define LONG_PTR_MAX 2147483647L
#endif
#ifndef ULONG_PTR_MAX
#define ULONG_PTR_MAX 0xffffffffUL
#endif
#ifndef DWORD_PTR_MAX
#define DWORD_PTR_MAX 0xffffffffUL
#endif
#ifndef PTRDIFF_T_MAX
#define PTRDIFF_T_MAX 2147483647
#endif
#ifndef SIZE_T_MAX
#define SIZE_T_MAX 0xffffffff
#endif
#ifndef SSIZE_T_MAX
#define SSIZE_T_MAX 2147483647L
#endif
#ifndef _SIZE_T_MAX
#define _SIZE_T_MAX 0xffffffffUL
#endif
#endif

/* ---- "error" values (what a failed conversion leaves in *Result) ------ */
#ifndef INT8_ERROR
#define INT8_ERROR (-1i8)
#endif
#ifndef UINT8_ERROR
#define UINT8_ERROR 0xffui8
#endif
#ifndef BYTE_ERROR
#define BYTE_ERROR 0xff
#endif
#ifndef SHORT_ERROR
#define SHORT_ERROR (-1)
#endif
#ifndef INT16_ERROR
#define INT16_ERROR (-1i16)
#endif
#ifndef USHORT_ERROR
#define USHORT_ERROR 0xffff
#endif
#ifndef UINT16_ERROR
#define UINT16_ERROR 0xffffui16
#endif
#ifndef WORD_ERROR
#define WORD_ERROR 0xffff
#endif
#ifndef INT_ERROR
#define INT_ERROR (-1)
#endif
#ifndef INT32_ERROR
#define INT32_ERROR (-1i32)
#endif
#ifndef UINT_ERROR
#define UINT_ERROR 0xffffffff
#endif
#ifndef UINT32_ERROR
#define UINT32_ERROR 0xffffffffui32
#endif
#ifndef LONG_ERROR
#define LONG_ERROR (-1L)
#endif
#ifndef ULONG_ERROR
#define ULONG_ERROR 0xffffffffUL
#endif
#ifndef DWORD_ERROR
#define DWORD_ERROR 0xffffffffUL
#endif
#ifndef LONGLONG_ERROR
#define LONGLONG_ERROR (-1i64)
#endif
#ifndef LONG64_ERROR
#define LONG64_ERROR (-1i64)
#endif
#ifndef INT64_ERROR
#define INT64_ERROR (-1i64)
#endif
#ifndef ULONGLONG_ERROR
#define ULONGLONG_ERROR 0xffffffffffffffffui64
#endif
#ifndef DWORDLONG_ERROR
#define DWORDLONG_ERROR 0xffffffffffffffffui64
#endif
#ifndef ULONG64_ERROR
#define ULONG64_ERROR 0xffffffffffffffffui64
#endif
#ifndef UINT64_ERROR
#define UINT64_ERROR 0xffffffffffffffffui64
#endif
#ifdef _WIN64
#ifndef INT_PTR_ERROR
#define INT_PTR_ERROR (-1i64)
#endif
#ifndef UINT_PTR_ERROR
#define UINT_PTR_ERROR 0xffffffffffffffffui64
#endif
#ifndef LONG_PTR_ERROR
#define LONG_PTR_ERROR (-1i64)
#endif
#ifndef ULONG_PTR_ERROR
#define ULONG_PTR_ERROR 0xffffffffffffffffui64
#endif
#ifndef DWORD_PTR_ERROR
#define DWORD_PTR_ERROR 0xffffffffffffffffui64
#endif
#ifndef PTRDIFF_T_ERROR
#define PTRDIFF_T_ERROR (-1i64)
#endif
#ifndef SIZE_T_ERROR
#define SIZE_T_ERROR 0xffffffffffffffffui64
#endif
#ifndef SSIZE_T_ERROR
#define SSIZE_T_ERROR (-1i64)
#endif
#ifndef _SIZE_T_ERROR
#define _SIZE_T_ERROR 0xffffffffffffffffui64
#endif
#else
#ifndef INT_PTR_ERROR
#define INT_PTR_ERROR (-1)
#endif
#ifndef UINT_PTR_ERROR
#define UINT_PTR_ERROR 0xffffffff
#endif
#ifndef LONG_PTR_ERROR
#define LONG_PTR_ERROR (-1L)
#endif
#ifndef ULONG_PTR_ERROR
#define ULONG_PTR_ERROR 0xffffffffUL
#endif
#ifndef DWORD_PTR_ERROR
#define DWORD_PTR_ERROR 0xffffffffUL
#endif
#ifndef PTRDIFF_T_ERROR
#define PTRDIFF_T_ERROR (-1)
#endif
#ifndef SIZE_T_ERROR
#define SIZE_T_ERROR 0xffffffff
#endif
#ifndef SSIZE_T_ERROR
#define SSIZE_T_ERROR (-1L)
#endif
#ifndef _SIZE_T_ERROR
#define _SIZE_T_ERROR 0xffffffffUL
#endif
#endif

/* ---- word / dword extraction kept by the WDK header for its clients ---- */
#ifndef LOWORD
#define LOWORD(l) ((WORD)(((DWORD_PTR)(l)) & 0xffff))
#endif
#ifndef HIWORD
#define HIWORD(l) ((WORD)((((DWORD_PTR)(l)) >> 16) & 0xffff))
#endif
#ifndef LODWORD
#define LODWORD(_qw) ((DWORD)(_qw))
#endif
#ifndef HIDWORD
#define HIDWORD(_qw) ((DWORD)(((_qw) >> 32) & 0xffffffff))
#endif

/* ---- documented alternate names (64-bit resolution) ------------------- */
#if defined(_WIN64) && !defined(DRISO_HAVE_NTINTSAFE_ALIASES)
#define DRISO_HAVE_NTINTSAFE_ALIASES 1
#define RtlDWord64Add RtlULongLongAdd
#define RtlDWord64Mult RtlULongLongMult
#define RtlDWord64Sub RtlULongLongSub
#define RtlDWord64ToByte RtlULongLongToUInt8
#define RtlDWord64ToChar RtlULongLongToChar
#define RtlDWord64ToDWord RtlULongLongToULong
#define RtlDWord64ToDWordPtr RtlULongLongToULongPtr
#define RtlDWord64ToInt RtlULongLongToInt
#define RtlDWord64ToInt16 RtlULongLongToShort
#define RtlDWord64ToInt32 RtlULongLongToInt
#define RtlDWord64ToInt64 RtlULongLongToLongLong
#define RtlDWord64ToInt8 RtlULongLongToInt8
#define RtlDWord64ToIntPtr RtlULongLongToIntPtr
#define RtlDWord64ToLong RtlULongLongToLong
#define RtlDWord64ToLong64 RtlULongLongToLongLong
#define RtlDWord64ToLongLong RtlULongLongToLongLong
#define RtlDWord64ToLongPtr RtlULongLongToLongPtr
#define RtlDWord64ToPtrdiffT RtlULongLongToIntPtr
#define RtlDWord64ToSIZET RtlULongLongToULongPtr
#define RtlDWord64ToSSIZET RtlULongLongToLongPtr
#define RtlDWord64ToShort RtlULongLongToShort
#define RtlDWord64ToSizeT RtlULongLongToUIntPtr
#define RtlDWord64ToUChar RtlULongLongToUChar
#define RtlDWord64ToUInt RtlULongLongToUInt
#define RtlDWord64ToUInt16 RtlULongLongToUShort
#define RtlDWord64ToUInt32 RtlULongLongToUInt
#define RtlDWord64ToUInt8 RtlULongLongToUInt8
#define RtlDWord64ToUIntPtr RtlULongLongToUIntPtr
#define RtlDWord64ToULong RtlULongLongToULong
#define RtlDWord64ToULongPtr RtlULongLongToULongPtr
#define RtlDWord64ToUShort RtlULongLongToUShort
#define RtlDWord64ToWord RtlULongLongToUShort
#define RtlDWordLongAdd RtlULongLongAdd
#define RtlDWordLongMult RtlULongLongMult
#define RtlDWordLongSub RtlULongLongSub
#define RtlDWordLongToByte RtlULongLongToUInt8
#define RtlDWordLongToChar RtlULongLongToChar
#define RtlDWordLongToDWord RtlULongLongToULong
#define RtlDWordLongToDWordPtr RtlULongLongToULongPtr
#define RtlDWordLongToInt RtlULongLongToInt
#define RtlDWordLongToInt16 RtlULongLongToShort
#define RtlDWordLongToInt32 RtlULongLongToInt
#define RtlDWordLongToInt64 RtlULongLongToLongLong
#define RtlDWordLongToInt8 RtlULongLongToInt8
#define RtlDWordLongToIntPtr RtlULongLongToIntPtr
#define RtlDWordLongToLong RtlULongLongToLong
#define RtlDWordLongToLong64 RtlULongLongToLongLong
#define RtlDWordLongToLongLong RtlULongLongToLongLong
#define RtlDWordLongToLongPtr RtlULongLongToLongPtr
#define RtlDWordLongToPtrdiffT RtlULongLongToIntPtr
#define RtlDWordLongToSIZET RtlULongLongToULongPtr
#define RtlDWordLongToSSIZET RtlULongLongToLongPtr
#define RtlDWordLongToShort RtlULongLongToShort
#define RtlDWordLongToSizeT RtlULongLongToUIntPtr
#define RtlDWordLongToUChar RtlULongLongToUChar
#define RtlDWordLongToUInt RtlULongLongToUInt
#define RtlDWordLongToUInt16 RtlULongLongToUShort
#define RtlDWordLongToUInt32 RtlULongLongToUInt
#define RtlDWordLongToUInt8 RtlULongLongToUInt8
#define RtlDWordLongToUIntPtr RtlULongLongToUIntPtr
#define RtlDWordLongToULong RtlULongLongToULong
#define RtlDWordLongToULongPtr RtlULongLongToULongPtr
#define RtlDWordLongToUShort RtlULongLongToUShort
#define RtlDWordLongToWord RtlULongLongToUShort
#define RtlDWordPtrToByte RtlULongPtrToUInt8
#define RtlDWordPtrToChar RtlULongPtrToChar
#define RtlDWordPtrToInt16 RtlULongPtrToShort
#define RtlDWordPtrToInt32 RtlULongPtrToInt
#define RtlDWordPtrToInt8 RtlULongPtrToInt8
#define RtlDWordPtrToLong64 RtlULongPtrToLongLong
#define RtlDWordPtrToLongLong RtlULongPtrToLongLong
#define RtlDWordPtrToShort RtlULongPtrToShort
#define RtlDWordPtrToUChar RtlULongPtrToUChar
#define RtlDWordPtrToUInt16 RtlULongPtrToUShort
#define RtlDWordPtrToUInt32 RtlULongPtrToUInt
#define RtlDWordPtrToUInt8 RtlULongPtrToUInt8
#define RtlDWordPtrToUShort RtlULongPtrToUShort
#define RtlDWordPtrToWord RtlULongPtrToUShort
#define RtlDWordToInt16 RtlULongToShort
#define RtlDWordToInt32 RtlULongToInt
#define RtlDWordToInt8 RtlULongToInt8
#define RtlDWordToUInt16 RtlULongToUShort
#define RtlDWordToUInt32 RtlULongToUInt
#define RtlDWordToUInt8 RtlULongToUInt8
#define RtlInt16ToByte RtlShortToUInt8
#define RtlInt16ToChar RtlShortToChar
#define RtlInt16ToDWord RtlShortToULong
#define RtlInt16ToDWord64 RtlShortToULongLong
#define RtlInt16ToDWordLong RtlShortToULongLong
#define RtlInt16ToDWordPtr RtlShortToULongPtr
#define RtlInt16ToInt8 RtlShortToInt8
#define RtlInt16ToSIZET RtlShortToULongPtr
#define RtlInt16ToSizeT RtlShortToUIntPtr
#define RtlInt16ToUChar RtlShortToUChar
#define RtlInt16ToUInt RtlShortToUInt
#define RtlInt16ToUInt16 RtlShortToUShort
#define RtlInt16ToUInt32 RtlShortToUInt
#define RtlInt16ToUInt64 RtlShortToULongLong
#define RtlInt16ToUInt8 RtlShortToUInt8
#define RtlInt16ToUIntPtr RtlShortToUIntPtr
#define RtlInt16ToULong RtlShortToULong
#define RtlInt16ToULong64 RtlShortToULongLong
#define RtlInt16ToULongLong RtlShortToULongLong
#define RtlInt16ToULongPtr RtlShortToULongPtr
#define RtlInt16ToUShort RtlShortToUShort
#define RtlInt16ToWord RtlShortToUShort
#define RtlInt32ToByte RtlIntToUInt8
#define RtlInt32ToChar RtlIntToChar
#define RtlInt32ToDWord RtlIntToULong
#define RtlInt32ToDWord64 RtlIntToULongLong
#define RtlInt32ToDWordLong RtlIntToULongLong
#define RtlInt32ToDWordPtr RtlIntToULongPtr
#define RtlInt32ToInt16 RtlIntToShort
#define RtlInt32ToInt8 RtlIntToInt8
#define RtlInt32ToSIZET RtlIntToULongPtr
#define RtlInt32ToShort RtlIntToShort
#define RtlInt32ToSizeT RtlIntToUIntPtr
#define RtlInt32ToUChar RtlIntToUChar
#define RtlInt32ToUInt RtlIntToUInt
#define RtlInt32ToUInt16 RtlIntToUShort
#define RtlInt32ToUInt32 RtlIntToUInt
#define RtlInt32ToUInt64 RtlIntToULongLong
#define RtlInt32ToUInt8 RtlIntToUInt8
#define RtlInt32ToUIntPtr RtlIntToUIntPtr
#define RtlInt32ToULong RtlIntToULong
#define RtlInt32ToULong64 RtlIntToULongLong
#define RtlInt32ToULongLong RtlIntToULongLong
#define RtlInt32ToULongPtr RtlIntToULongPtr
#define RtlInt32ToUShort RtlIntToUShort
#define RtlInt32ToWord RtlIntToUShort
#define RtlInt64ToByte RtlLongLongToUInt8
#define RtlInt64ToChar RtlLongLongToChar
#define RtlInt64ToDWord64 RtlLongLongToULongLong
#define RtlInt64ToDWordLong RtlLongLongToULongLong
#define RtlInt64ToInt16 RtlLongLongToShort
#define RtlInt64ToInt32 RtlLongLongToInt
#define RtlInt64ToInt8 RtlLongLongToInt8
#define RtlInt64ToSIZET RtlLongLongToULongPtr
#define RtlInt64ToShort RtlLongLongToShort
#define RtlInt64ToUChar RtlLongLongToUChar
#define RtlInt64ToUInt16 RtlLongLongToUShort
#define RtlInt64ToUInt32 RtlLongLongToUInt
#define RtlInt64ToUInt64 RtlLongLongToULongLong
#define RtlInt64ToUInt8 RtlLongLongToUInt8
#define RtlInt64ToULong64 RtlLongLongToULongLong
#define RtlInt64ToUShort RtlLongLongToUShort
#define RtlInt64ToWord RtlLongLongToUShort
#define RtlInt8ToByte RtlInt8ToUInt8
#define RtlInt8ToDWord RtlInt8ToULong
#define RtlInt8ToDWord64 RtlInt8ToULongLong
#define RtlInt8ToDWordLong RtlInt8ToULongLong
#define RtlInt8ToDWordPtr RtlInt8ToULongPtr
#define RtlInt8ToSIZET RtlInt8ToULongPtr
#define RtlInt8ToSizeT RtlInt8ToUIntPtr
#define RtlInt8ToUInt16 RtlInt8ToUShort
#define RtlInt8ToUInt32 RtlInt8ToUInt
#define RtlInt8ToUInt64 RtlInt8ToULongLong
#define RtlInt8ToULong64 RtlInt8ToULongLong
#define RtlInt8ToWord RtlInt8ToUShort
#define RtlIntPtrToByte RtlIntPtrToUInt8
#define RtlIntPtrToDWord64 RtlIntPtrToULongLong
#define RtlIntPtrToDWordLong RtlIntPtrToULongLong
#define RtlIntPtrToInt16 RtlIntPtrToShort
#define RtlIntPtrToInt32 RtlIntPtrToInt
#define RtlIntPtrToSIZET RtlIntPtrToULongPtr
#define RtlIntPtrToUInt16 RtlIntPtrToUShort
#define RtlIntPtrToUInt32 RtlIntPtrToUInt
#define RtlIntPtrToUInt64 RtlIntPtrToULongLong
#define RtlIntPtrToULong64 RtlIntPtrToULongLong
#define RtlIntPtrToWord RtlIntPtrToUShort
#define RtlIntToDWord64 RtlIntToULongLong
#define RtlIntToDWordLong RtlIntToULongLong
#define RtlIntToInt16 RtlIntToShort
#define RtlIntToSIZET RtlIntToULongPtr
#define RtlIntToUInt16 RtlIntToUShort
#define RtlIntToUInt64 RtlIntToULongLong
#define RtlIntToULong64 RtlIntToULongLong
#define RtlLong64ToByte RtlLongLongToUInt8
#define RtlLong64ToChar RtlLongLongToChar
#define RtlLong64ToDWord RtlLongLongToULong
#define RtlLong64ToDWordPtr RtlLongLongToULongPtr
#define RtlLong64ToInt RtlLongLongToInt
#define RtlLong64ToInt16 RtlLongLongToShort
#define RtlLong64ToInt32 RtlLongLongToInt
#define RtlLong64ToInt8 RtlLongLongToInt8
#define RtlLong64ToIntPtr RtlLongLongToIntPtr
#define RtlLong64ToLong RtlLongLongToLong
#define RtlLong64ToLongPtr RtlLongLongToLongPtr
#define RtlLong64ToPtrdiffT RtlLongLongToIntPtr
#define RtlLong64ToSIZET RtlLongLongToULongPtr
#define RtlLong64ToSSIZET RtlLongLongToLongPtr
#define RtlLong64ToShort RtlLongLongToShort
#define RtlLong64ToSizeT RtlLongLongToUIntPtr
#define RtlLong64ToUChar RtlLongLongToUChar
#define RtlLong64ToUInt RtlLongLongToUInt
#define RtlLong64ToUInt16 RtlLongLongToUShort
#define RtlLong64ToUInt32 RtlLongLongToUInt
#define RtlLong64ToUInt8 RtlLongLongToUInt8
#define RtlLong64ToUIntPtr RtlLongLongToUIntPtr
#define RtlLong64ToULong RtlLongLongToULong
#define RtlLong64ToULongLong RtlLongLongToULongLong
#define RtlLong64ToULongPtr RtlLongLongToULongPtr
#define RtlLong64ToUShort RtlLongLongToUShort
#define RtlLong64ToWord RtlLongLongToUShort
#define RtlLongLongToByte RtlLongLongToUInt8
#define RtlLongLongToDWord RtlLongLongToULong
#define RtlLongLongToDWord64 RtlLongLongToULongLong
#define RtlLongLongToDWordLong RtlLongLongToULongLong
#define RtlLongLongToDWordPtr RtlLongLongToULongPtr
#define RtlLongLongToInt16 RtlLongLongToShort
#define RtlLongLongToInt32 RtlLongLongToInt
#define RtlLongLongToPtrdiffT RtlLongLongToIntPtr
#define RtlLongLongToSIZET RtlLongLongToULongPtr
#define RtlLongLongToSSIZET RtlLongLongToLongPtr
#define RtlLongLongToSizeT RtlLongLongToUIntPtr
#define RtlLongLongToUInt16 RtlLongLongToUShort
#define RtlLongLongToUInt32 RtlLongLongToUInt
#define RtlLongLongToUInt64 RtlLongLongToULongLong
#define RtlLongLongToUIntPtr RtlLongLongToULongLong
#define RtlLongLongToULong64 RtlLongLongToULongLong
#define RtlLongLongToULongPtr RtlLongLongToULongLong
#define RtlLongLongToWord RtlLongLongToUShort
#define RtlLongPtrToByte RtlLongPtrToUInt8
#define RtlLongPtrToDWord64 RtlLongPtrToULongLong
#define RtlLongPtrToDWordLong RtlLongPtrToULongLong
#define RtlLongPtrToInt16 RtlLongPtrToShort
#define RtlLongPtrToInt32 RtlLongPtrToInt
#define RtlLongPtrToSIZET RtlLongPtrToULongPtr
#define RtlLongPtrToUInt16 RtlLongPtrToUShort
#define RtlLongPtrToUInt32 RtlLongPtrToUInt
#define RtlLongPtrToUInt64 RtlLongPtrToULongLong
#define RtlLongPtrToULong64 RtlLongPtrToULongLong
#define RtlLongPtrToWord RtlLongPtrToUShort
#define RtlLongToDWord64 RtlLongToULongLong
#define RtlLongToDWordLong RtlLongToULongLong
#define RtlLongToInt16 RtlLongToShort
#define RtlLongToInt32 RtlLongToInt
#define RtlLongToSIZET RtlLongToULongPtr
#define RtlLongToUInt16 RtlLongToUShort
#define RtlLongToUInt32 RtlLongToUInt
#define RtlLongToUInt64 RtlLongToULongLong
#define RtlLongToULong64 RtlLongToULongLong
#define RtlPtrdiffTToByte RtlIntPtrToUInt8
#define RtlPtrdiffTToChar RtlIntPtrToChar
#define RtlPtrdiffTToDWord64 RtlIntPtrToULongLong
#define RtlPtrdiffTToDWordLong RtlIntPtrToULongLong
#define RtlPtrdiffTToInt16 RtlIntPtrToShort
#define RtlPtrdiffTToInt32 RtlIntPtrToInt
#define RtlPtrdiffTToInt8 RtlIntPtrToInt8
#define RtlPtrdiffTToLongPtr RtlIntPtrToLongPtr
#define RtlPtrdiffTToSIZET RtlIntPtrToULongPtr
#define RtlPtrdiffTToShort RtlIntPtrToShort
#define RtlPtrdiffTToUChar RtlIntPtrToUChar
#define RtlPtrdiffTToUInt16 RtlIntPtrToUShort
#define RtlPtrdiffTToUInt32 RtlIntPtrToUInt
#define RtlPtrdiffTToUInt64 RtlIntPtrToULongLong
#define RtlPtrdiffTToUInt8 RtlIntPtrToUInt8
#define RtlPtrdiffTToULong64 RtlIntPtrToULongLong
#define RtlPtrdiffTToULongLong RtlIntPtrToULongLong
#define RtlPtrdiffTToUShort RtlIntPtrToUShort
#define RtlPtrdiffTToWord RtlIntPtrToUShort
#define RtlSIZETAdd RtlULongLongAdd
#define RtlSIZETMult RtlULongLongMult
#define RtlSIZETSub RtlULongLongSub
#define RtlSIZETToByte RtlULongPtrToUInt8
#define RtlSIZETToChar RtlULongPtrToChar
#define RtlSIZETToDWord RtlULongPtrToULong
#define RtlSIZETToInt RtlULongPtrToInt
#define RtlSIZETToInt16 RtlULongPtrToShort
#define RtlSIZETToInt32 RtlULongPtrToInt
#define RtlSIZETToInt64 RtlULongPtrToLongLong
#define RtlSIZETToInt8 RtlULongPtrToInt8
#define RtlSIZETToIntPtr RtlULongPtrToIntPtr
#define RtlSIZETToLong RtlULongPtrToLong
#define RtlSIZETToLong64 RtlULongPtrToLongLong
#define RtlSIZETToLongLong RtlULongPtrToLongLong
#define RtlSIZETToLongPtr RtlULongPtrToLongPtr
#define RtlSIZETToPtrdiffT RtlULongPtrToIntPtr
#define RtlSIZETToSSIZET RtlULongPtrToLongPtr
#define RtlSIZETToShort RtlULongPtrToShort
#define RtlSIZETToUChar RtlULongPtrToUChar
#define RtlSIZETToUInt RtlULongPtrToUInt
#define RtlSIZETToUInt16 RtlULongPtrToUShort
#define RtlSIZETToUInt32 RtlULongPtrToUInt
#define RtlSIZETToUInt8 RtlULongPtrToUInt8
#define RtlSIZETToUIntPtr RtlULongPtrToUIntPtr
#define RtlSIZETToULong RtlULongPtrToULong
#define RtlSIZETToUShort RtlULongPtrToUShort
#define RtlSIZETToWord RtlULongPtrToUShort
#define RtlSSIZETToByte RtlLongPtrToUInt8
#define RtlSSIZETToChar RtlLongPtrToChar
#define RtlSSIZETToDWord64 RtlLongPtrToULongLong
#define RtlSSIZETToDWordLong RtlLongPtrToULongLong
#define RtlSSIZETToInt16 RtlLongPtrToShort
#define RtlSSIZETToInt32 RtlLongPtrToInt
#define RtlSSIZETToInt8 RtlLongPtrToInt8
#define RtlSSIZETToSIZET RtlLongPtrToULongPtr
#define RtlSSIZETToShort RtlLongPtrToShort
#define RtlSSIZETToUChar RtlLongPtrToUChar
#define RtlSSIZETToUInt16 RtlLongPtrToUShort
#define RtlSSIZETToUInt32 RtlLongPtrToUInt
#define RtlSSIZETToUInt64 RtlLongPtrToULongLong
#define RtlSSIZETToUInt8 RtlLongPtrToUInt8
#define RtlSSIZETToULong64 RtlLongPtrToULongLong
#define RtlSSIZETToULongLong RtlLongPtrToULongLong
#define RtlSSIZETToUShort RtlLongPtrToUShort
#define RtlSSIZETToWord RtlLongPtrToUShort
#define RtlShortToDWord RtlShortToULong
#define RtlShortToDWord64 RtlShortToULongLong
#define RtlShortToDWordLong RtlShortToULongLong
#define RtlShortToSIZET RtlShortToULongPtr
#define RtlShortToSizeT RtlShortToUIntPtr
#define RtlShortToUInt16 RtlShortToUShort
#define RtlShortToUInt32 RtlShortToUInt
#define RtlShortToUInt64 RtlShortToULongLong
#define RtlShortToULong64 RtlShortToULongLong
#define RtlSizeTToByte RtlUIntPtrToUInt8
#define RtlSizeTToChar RtlUIntPtrToChar
#define RtlSizeTToInt16 RtlUIntPtrToShort
#define RtlSizeTToInt32 RtlUIntPtrToInt
#define RtlSizeTToInt8 RtlUIntPtrToInt8
#define RtlSizeTToLong64 RtlUIntPtrToLongLong
#define RtlSizeTToLongLong RtlUIntPtrToLongLong
#define RtlSizeTToShort RtlUIntPtrToShort
#define RtlSizeTToUChar RtlUIntPtrToUChar
#define RtlSizeTToUInt16 RtlUIntPtrToUShort
#define RtlSizeTToUInt32 RtlUIntPtrToUInt
#define RtlSizeTToUInt8 RtlUIntPtrToUInt8
#define RtlSizeTToUShort RtlUIntPtrToUShort
#define RtlSizeTToWord RtlUIntPtrToUShort
#define RtlUInt16Add RtlUShortAdd
#define RtlUInt16Mult RtlUShortMult
#define RtlUInt16Sub RtlUShortSub
#define RtlUInt16ToByte RtlUShortToUInt8
#define RtlUInt16ToChar RtlUShortToChar
#define RtlUInt16ToInt16 RtlUShortToShort
#define RtlUInt16ToInt8 RtlUShortToInt8
#define RtlUInt16ToShort RtlUShortToShort
#define RtlUInt16ToUChar RtlUShortToUChar
#define RtlUInt16ToUInt8 RtlUShortToUInt8
#define RtlUInt32Add RtlUIntAdd
#define RtlUInt32Mult RtlUIntMult
#define RtlUInt32Sub RtlUIntSub
#define RtlUInt32ToByte RtlUInt32ToUInt8
#define RtlUInt32ToChar RtlUIntToChar
#define RtlUInt32ToInt RtlUIntToInt
#define RtlUInt32ToInt16 RtlUIntToShort
#define RtlUInt32ToInt32 RtlUIntToInt
#define RtlUInt32ToInt8 RtlUIntToInt8
#define RtlUInt32ToIntPtr RtlUIntToIntPtr
#define RtlUInt32ToLong RtlUIntToLong
#define RtlUInt32ToLongPtr RtlUIntToLongPtr
#define RtlUInt32ToPtrdiffT RtlUIntToPtrdiffT
#define RtlUInt32ToSSIZET RtlUIntToSSIZET
#define RtlUInt32ToShort RtlUIntToShort
#define RtlUInt32ToUChar RtlUIntToUChar
#define RtlUInt32ToUInt16 RtlUIntToUShort
#define RtlUInt32ToUInt8 RtlUIntToUInt8
#define RtlUInt32ToUShort RtlUIntToUShort
#define RtlUInt32ToWord RtlUIntToUShort
#define RtlUInt64Add RtlULongLongAdd
#define RtlUInt64Mult RtlULongLongMult
#define RtlUInt64Sub RtlULongLongSub
#define RtlUInt64ToByte RtlULongLongToUInt8
#define RtlUInt64ToChar RtlULongLongToChar
#define RtlUInt64ToDWord RtlULongLongToULong
#define RtlUInt64ToDWordPtr RtlULongLongToULongPtr
#define RtlUInt64ToInt RtlULongLongToInt
#define RtlUInt64ToInt16 RtlULongLongToShort
#define RtlUInt64ToInt32 RtlULongLongToInt
#define RtlUInt64ToInt64 RtlULongLongToLongLong
#define RtlUInt64ToInt8 RtlULongLongToInt8
#define RtlUInt64ToIntPtr RtlULongLongToIntPtr
#define RtlUInt64ToLong RtlULongLongToLong
#define RtlUInt64ToLong64 RtlULongLongToLongLong
#define RtlUInt64ToLongLong RtlULongLongToLongLong
#define RtlUInt64ToLongPtr RtlULongLongToLongPtr
#define RtlUInt64ToPtrdiffT RtlULongLongToIntPtr
#define RtlUInt64ToSIZET RtlULongLongToULongPtr
#define RtlUInt64ToSSIZET RtlULongLongToLongPtr
#define RtlUInt64ToShort RtlULongLongToShort
#define RtlUInt64ToSizeT RtlULongLongToUIntPtr
#define RtlUInt64ToUChar RtlULongLongToUChar
#define RtlUInt64ToUInt RtlULongLongToUInt
#define RtlUInt64ToUInt16 RtlULongLongToUShort
#define RtlUInt64ToUInt32 RtlULongLongToUInt
#define RtlUInt64ToUInt8 RtlULongLongToUInt8
#define RtlUInt64ToUIntPtr RtlULongLongToUIntPtr
#define RtlUInt64ToULong RtlULongLongToULong
#define RtlUInt64ToULongPtr RtlULongLongToULongPtr
#define RtlUInt64ToUShort RtlULongLongToUShort
#define RtlUInt64ToWord RtlULongLongToUShort
#define RtlUIntPtrToByte RtlUIntPtrToUInt8
#define RtlUIntPtrToInt32 RtlUIntPtrToInt
#define RtlUIntPtrToLong64 RtlUIntPtrToLongLong
#define RtlUIntPtrToPtrdiffT RtlUIntPtrToIntPtr
#define RtlUIntPtrToUInt32 RtlUIntPtrToUInt
#define RtlUIntPtrToWord RtlUIntPtrToUShort
#define RtlUIntToInt16 RtlUIntToShort
#define RtlUIntToInt32 RtlUIntToInt
#define RtlUIntToUInt16 RtlUIntToUShort
#define RtlULong64Add RtlULongLongAdd
#define RtlULong64Mult RtlULongLongMult
#define RtlULong64Sub RtlULongLongSub
#define RtlULong64ToByte RtlULongLongToUInt8
#define RtlULong64ToChar RtlULongLongToChar
#define RtlULong64ToDWord RtlULongLongToULong
#define RtlULong64ToDWordPtr RtlULongLongToULongPtr
#define RtlULong64ToInt RtlULongLongToInt
#define RtlULong64ToInt16 RtlULongLongToShort
#define RtlULong64ToInt32 RtlULongLongToInt
#define RtlULong64ToInt64 RtlULongLongToLongLong
#define RtlULong64ToInt8 RtlULongLongToInt8
#define RtlULong64ToIntPtr RtlULongLongToIntPtr
#define RtlULong64ToLong RtlULongLongToLong
#define RtlULong64ToLong64 RtlULongLongToLongLong
#define RtlULong64ToLongLong RtlULongLongToLongLong
#define RtlULong64ToLongPtr RtlULongLongToLongPtr
#define RtlULong64ToPtrdiffT RtlULongLongToIntPtr
#define RtlULong64ToSIZET RtlULongLongToULongPtr
#define RtlULong64ToSSIZET RtlULongLongToLongPtr
#define RtlULong64ToShort RtlULongLongToShort
#define RtlULong64ToSizeT RtlULongLongToUIntPtr
#define RtlULong64ToUChar RtlULongLongToUChar
#define RtlULong64ToUInt RtlULongLongToUInt
#define RtlULong64ToUInt16 RtlULongLongToUShort
#define RtlULong64ToUInt32 RtlULongLongToUInt
#define RtlULong64ToUInt8 RtlULongLongToUInt8
#define RtlULong64ToUIntPtr RtlULongLongToUIntPtr
#define RtlULong64ToULong RtlULongLongToULong
#define RtlULong64ToULongPtr RtlULongLongToULongPtr
#define RtlULong64ToUShort RtlULongLongToUShort
#define RtlULong64ToWord RtlULongLongToUShort
#define RtlULongLongToByte RtlULongLongToUInt8
#define RtlULongLongToInt16 RtlULongLongToShort
#define RtlULongLongToInt32 RtlULongLongToInt
#define RtlULongLongToLong64 RtlULongLongToLongLong
#define RtlULongLongToSIZET RtlULongLongToULongPtr
#define RtlULongLongToUInt16 RtlULongLongToUShort
#define RtlULongLongToUInt32 RtlULongLongToUInt
#define RtlULongLongToWord RtlULongLongToUShort
#define RtlULongPtrToByte RtlULongPtrToUInt8
#define RtlULongPtrToInt16 RtlULongPtrToShort
#define RtlULongPtrToInt32 RtlULongPtrToInt
#define RtlULongPtrToLong64 RtlULongPtrToLongLong
#define RtlULongPtrToUInt16 RtlULongPtrToUShort
#define RtlULongPtrToUInt32 RtlULongPtrToUInt
#define RtlULongPtrToWord RtlULongPtrToUShort
#define RtlULongToInt16 RtlULongToShort
#define RtlULongToInt32 RtlULongToInt
#define RtlULongToUInt16 RtlULongToUShort
#define RtlULongToUInt32 RtlULongToUInt
#define RtlUShortToInt16 RtlUShortToShort
#define RtlWordToInt16 RtlUShortToShort
#define RtlWordToInt8 RtlUShortToInt8
#define RtlWordToUInt8 RtlUShortToUInt8
#endif

#endif /* DRISO_SHIM_NTINTSAFE_H */
