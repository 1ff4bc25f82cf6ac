/*
 * driso shim: unknown.h (mingw's older kernel-mode IUnknown header, used
 * by AVStream drivers before ks.h). Like punknown.h it declares IUnknown
 * with DECLARE_INTERFACE, so kernel C++ needs driso_declspec_km.h first.
 */
#include "driso_declspec_km.h"
#include_next <unknown.h>
