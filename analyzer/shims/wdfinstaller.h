/*
 * driso shim: wdfinstaller.h (co-installer).
 *
 * Declarations only, for parsing with libclang; not the WDK header. Names,
 * signatures and fields were transcribed (interface facts only: no
 * comments, annotations or function-table code) from the public,
 * MIT-licensed KMDF 1.33 / UMDF 2.33 headers of
 * microsoft/Windows-Driver-Frameworks; they match the Learn DDI reference. Functions are plain prototypes: the real WDK routes them
 * through a function table, which does not matter for parsing. *_INIT
 * helpers zero the structure, set Size and copy their arguments.
 */
#ifndef DRISO_SHIM_WDFINSTALLER_H
#define DRISO_SHIM_WDFINSTALLER_H
#include "wdf.h"
WDF_EXTERN_C_START
#if !defined(UMDF_VERSION_MAJOR)
typedef struct _WDF_COINSTALLER_INSTALL_OPTIONS { ULONG Size; BOOL ShowRebootPrompt; } WDF_COINSTALLER_INSTALL_OPTIONS, *PWDF_COINSTALLER_INSTALL_OPTIONS;
DRISO_WDF_INLINE VOID WDF_COINSTALLER_INSTALL_OPTIONS_INIT(PWDF_COINSTALLER_INSTALL_OPTIONS ClientOptions) { RtlZeroMemory(ClientOptions, sizeof(*ClientOptions)); ClientOptions->Size = sizeof(*ClientOptions); }
ULONG WINAPI WdfPreDeviceInstall(LPCWSTR InfPath, LPCWSTR InfSectionName);
ULONG WINAPI WdfPreDeviceInstallEx(LPCWSTR InfPath, LPCWSTR InfSectionName, PWDF_COINSTALLER_INSTALL_OPTIONS ClientOptions);
ULONG WINAPI WdfPostDeviceInstall(LPCWSTR InfPath, LPCWSTR InfSectionName);
ULONG WINAPI WdfPreDeviceRemove(LPCWSTR InfPath, LPCWSTR InfSectionName);
ULONG WINAPI WdfPostDeviceRemove(LPCWSTR InfPath, LPCWSTR InfSectionName);

#endif

WDF_EXTERN_C_END

#endif
