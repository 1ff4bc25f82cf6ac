/*
 * driso shim: wincodec.h (wraps mingw-w64's). The SDK's wincodec.h
 * includes intsafe.h (and dcommon.h) ahead of its declarations; mingw's
 * does not include intsafe.h. Code relies on that: mfapi.h declares
 * MFGetAttributeString only when intsafe.h came first
 * (_INTSAFE_H_INCLUDED_), and camera device MFTs reach it through
 * wincodec.h.
 */
#include <intsafe.h>
#include_next <wincodec.h>
