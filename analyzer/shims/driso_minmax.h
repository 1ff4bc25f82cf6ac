/*
 * driso shim: min and max for C++ code written against Microsoft's headers.
 *
 * The Windows SDK's minwindef.h and the WDK's ntdef.h define min(a, b) and
 * max(a, b) as macros for C and C++ alike, unless NOMINMAX is defined.
 * mingw-w64 gives them to C only in user mode, and in kernel mode loses
 * them whenever a C header libstdc++ wraps (<stdlib.h>, <math.h>) comes
 * first, because libstdc++'s os_defines.h defines NOMINMAX. Macros cannot
 * be put back: libstdc++'s own headers would break on them
 * (numeric_limits<T>::min()). C++ TUs get instead two global function
 * templates with the macros' meaning, so MSVC-style code calling min(a, b)
 * parses; std::min, (std::min)(a, b) and numeric_limits stay untouched (for
 * arguments of one type std::min is the more specialised overload).
 */
#ifndef DRISO_MINMAX_H
#define DRISO_MINMAX_H
#if defined(__cplusplus) && !defined(min) && !defined(max)
/* C++ linkage even where wdm.h is included inside extern "C" { } */
extern "C++" {
template <class DrisoMinA, class DrisoMinB>
constexpr auto min(DrisoMinA a, DrisoMinB b) -> decltype(b < a ? b : a) { return b < a ? b : a; }
template <class DrisoMaxA, class DrisoMaxB>
constexpr auto max(DrisoMaxA a, DrisoMaxB b) -> decltype(a < b ? b : a) { return a < b ? b : a; }
}
#endif
#endif
