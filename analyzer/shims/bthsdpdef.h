/*
 * driso shim: bthsdpdef.h wraps mingw-w64's. Its SDP_ELEMENT_DATA uses
 * LPBYTE, which kernel TUs (ntdef.h, no minwindef.h) do not have, and it
 * lacks the pointer typedefs of the 128-bit SDP integers.
 */
#ifndef DRISO_SHIM_BTHSDPDEF_H
#define DRISO_SHIM_BTHSDPDEF_H
#include "driso_shims.h"
#if !defined(_MINWINDEF_) && !defined(DRISO_HAVE_LPBYTE)
#define DRISO_HAVE_LPBYTE
typedef UCHAR *LPBYTE;
#endif
#include_next <bthsdpdef.h>
#ifndef DRISO_HAVE_PSDP_LARGE_INTEGER_16
#define DRISO_HAVE_PSDP_LARGE_INTEGER_16
typedef SDP_LARGE_INTEGER_16 *PSDP_LARGE_INTEGER_16;
typedef SDP_ULARGE_INTEGER_16 *PSDP_ULARGE_INTEGER_16;
#endif
#endif
