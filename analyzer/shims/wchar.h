/*
 * driso shim: wchar.h (wraps mingw-w64's). The Universal CRT's wchar.h
 * declares the wide string functions (corecrt_wstring.h) with the C++
 * template overloads of their secure forms that infer the destination's
 * size from an array (`wcsncpy_s(dst, src, n)`, Learn: "Secure template
 * overloads"); mingw-w64 declares those overloads in string.h only, so a
 * user-mode C++ file that includes wchar.h or windows.h but not string.h
 * could not call them (UsbDk's helper).
 */
#include_next <wchar.h>
#if defined(__cplusplus) && (!defined(_KERNEL_MODE) || defined(UMDF_VERSION_MAJOR)) && !defined(DRISO_SHIM_WCHAR_H)
#define DRISO_SHIM_WCHAR_H
#include <string.h>
#endif
