/*
 * driso_crt_limits.h: the integer limits of the MSVC C runtime's
 * <limits.h> (Learn: "C and C++ integer limits"): CHAR_BIT ... ULLONG_MAX
 * and the Microsoft sized limits _I8_MIN ... _UI64_MAX.
 *
 * Why a separate header: drivers include <limits.h> for these (audio's
 * ToneGenerator.h/WaveReader.h do), but driso parses with -ffreestanding,
 * under which clang's own <limits.h> -- first on the include path, ahead
 * of the shim directory -- does not #include_next mingw-w64's (the one
 * with the _I*_MAX names). driso's limits.h wrapper (shims/limits.h) is
 * therefore only reached in hosted mode or if the shim directory comes
 * before clang's resource directory; until then ntintsafe.h includes
 * this header, which covers the drivers that include both.
 *
 * Values: the documented ones (Learn integer-limits table; the _I*_
 * suffixes as in the WDK's CRT, facts from microsoft/wdkmetadata, MIT).
 * The standard names are defined only when nothing defined them yet;
 * clang's <limits.h> #undefs and redefines them, so a later
 * #include <limits.h> is harmless.
 */
#ifndef DRISO_CRT_LIMITS_H
#define DRISO_CRT_LIMITS_H

#ifndef CHAR_BIT
#define CHAR_BIT 8
#endif
#ifndef SCHAR_MIN
#define SCHAR_MIN (-128)
#endif
#ifndef SCHAR_MAX
#define SCHAR_MAX 127
#endif
#ifndef UCHAR_MAX
#define UCHAR_MAX 0xff
#endif
#ifndef CHAR_MIN
#ifdef __CHAR_UNSIGNED__
#define CHAR_MIN 0
#define CHAR_MAX UCHAR_MAX
#else
#define CHAR_MIN SCHAR_MIN
#define CHAR_MAX SCHAR_MAX
#endif
#endif
#ifndef MB_LEN_MAX
#define MB_LEN_MAX 5
#endif
#ifndef SHRT_MIN
#define SHRT_MIN (-32768)
#endif
#ifndef SHRT_MAX
#define SHRT_MAX 32767
#endif
#ifndef USHRT_MAX
#define USHRT_MAX 0xffff
#endif
#ifndef INT_MIN
#define INT_MIN (-2147483647 - 1)
#endif
#ifndef INT_MAX
#define INT_MAX 2147483647
#endif
#ifndef UINT_MAX
#define UINT_MAX 0xffffffff
#endif
#ifndef LONG_MIN
#define LONG_MIN (-2147483647L - 1)
#endif
#ifndef LONG_MAX
#define LONG_MAX 2147483647L
#endif
#ifndef ULONG_MAX
#define ULONG_MAX 0xffffffffUL
#endif
#ifndef LLONG_MIN
#define LLONG_MIN (-9223372036854775807i64 - 1)
#endif
#ifndef LLONG_MAX
#define LLONG_MAX 9223372036854775807i64
#endif
#ifndef ULLONG_MAX
#define ULLONG_MAX 0xffffffffffffffffui64
#endif

/* Microsoft-specific sized limits */
#ifndef _I8_MIN
#define _I8_MIN (-127i8 - 1)
#endif
#ifndef _I8_MAX
#define _I8_MAX 127i8
#endif
#ifndef _UI8_MAX
#define _UI8_MAX 0xffui8
#endif
#ifndef _I16_MIN
#define _I16_MIN (-32767i16 - 1)
#endif
#ifndef _I16_MAX
#define _I16_MAX 32767i16
#endif
#ifndef _UI16_MAX
#define _UI16_MAX 0xffffui16
#endif
#ifndef _I32_MIN
#define _I32_MIN (-2147483647i32 - 1)
#endif
#ifndef _I32_MAX
#define _I32_MAX 2147483647i32
#endif
#ifndef _UI32_MAX
#define _UI32_MAX 0xffffffffui32
#endif
#ifndef _I64_MIN
#define _I64_MIN (-9223372036854775807i64 - 1)
#endif
#ifndef _I64_MAX
#define _I64_MAX 9223372036854775807i64
#endif
#ifndef _UI64_MAX
#define _UI64_MAX 0xffffffffffffffffui64
#endif

#ifndef SIZE_MAX
#ifdef _WIN64
#define SIZE_MAX _UI64_MAX
#else
#define SIZE_MAX UINT_MAX
#endif
#endif

#endif /* DRISO_CRT_LIMITS_H */
