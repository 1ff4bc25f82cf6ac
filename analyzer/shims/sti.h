/*
 * driso shim: sti.h (wraps mingw-w64's).
 *
 * Adds the two definitions of the SDK's current sti.h that mingw lacks
 * (values from Microsoft's Win32 API metadata, microsoft/win32metadata,
 * MIT licence): STI_VERSION_3 and WIA_INCOMPAT_XP.
 */
#include_next <sti.h>
#ifndef DRISO_SHIM_STI_H
#define DRISO_SHIM_STI_H
#ifndef STI_VERSION_3
#define STI_VERSION_3 (0x00000003 | STI_VERSION_FLAG_UNICODE)
#endif
#ifndef WIA_INCOMPAT_XP
#define WIA_INCOMPAT_XP 0x00000001
#endif
#endif
