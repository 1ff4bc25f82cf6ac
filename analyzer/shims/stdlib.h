/*
 * driso shim: stdlib.h (wraps mingw-w64's). The Universal CRT functions
 * mingw's stdlib.h lacks that Windows tools call (Learn, "atoll, _atoll_l,
 * _wtoll, _wtoll_l"): the wide and locale forms of atoll.
 */
#include_next <stdlib.h>
#ifndef DRISO_SHIM_STDLIB_H
#define DRISO_SHIM_STDLIB_H
#if !defined(_KERNEL_MODE) || defined(UMDF_VERSION_MAJOR)
#ifdef __cplusplus
extern "C" {
#endif
long long __cdecl _wtoll(const wchar_t *str);
long long __cdecl _wtoll_l(const wchar_t *str, _locale_t locale);
long long __cdecl _atoll_l(const char *str, _locale_t locale);
#ifdef __cplusplus
}
#endif
#endif
#endif
