/*
 * driso shim: winioctl.h. mingw-w64's winioctl.h emits its DEFINE_GUID
 * block outside its include guard, so including it twice after
 * <initguid.h> (e.g. windows.h, then wdf.h) defines every storage GUID
 * twice. Once the GUIDs have been *defined* (INITGUID), later inclusions
 * are skipped; the rest of the header has its own guard.
 */
#if defined(INITGUID)
#ifndef DRISO_WINIOCTL_GUIDS_DEFINED
#define DRISO_WINIOCTL_GUIDS_DEFINED
#include_next <winioctl.h>
#endif
#else
#include_next <winioctl.h>
#endif
