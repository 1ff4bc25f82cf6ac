/*
 * driso shim: shlwapi.h wrapper. mingw-w64's strsafe.h "deprecates" the
 * unsafe string functions by defining StrCatW, StrCpyW, StrNCatA and
 * StrNCatW as "Name_instead_use_...;" (with the semicolon), so a
 * shlwapi.h included after strsafe.h (usbview's uvcview.h does, as many
 * user-mode tools do) no longer parses its own declarations of those
 * functions. The four macros are set aside while mingw's shlwapi.h is read
 * and restored afterwards, so the deprecation still applies to the
 * includer's code. Nothing is declared here.
 */
#ifndef DRISO_SHIM_SHLWAPI_H
#define DRISO_SHIM_SHLWAPI_H
#pragma push_macro("StrCatW")
#pragma push_macro("StrCpyW")
#pragma push_macro("StrNCatA")
#pragma push_macro("StrNCatW")
#undef StrCatW
#undef StrCpyW
#undef StrNCatA
#undef StrNCatW
#include_next <shlwapi.h>
#pragma pop_macro("StrCatW")
#pragma pop_macro("StrCpyW")
#pragma pop_macro("StrNCatA")
#pragma pop_macro("StrNCatW")
#endif
