/*
 * driso shim: wdfinstaller.h (KMDF co-installer interface).
 *
 * Declarations only, for parsing with libclang; not the WDK header. Names,
 * signatures and fields were transcribed (interface facts only: no
 * comments, annotations or function-table code) from the public,
 * MIT-licensed KMDF 1.33 / UMDF 2.33 headers of
 * microsoft/Windows-Driver-Frameworks; they match the Learn DDI reference
 * (WdfPreDeviceInstall, WdfPreDeviceInstallEx, WdfPostDeviceInstall,
 * WdfPreDeviceRemove, WdfPostDeviceRemove, WDF_COINSTALLER_INSTALL_OPTIONS
 * and its _INIT helper, the PFN_WDF* pointer types a co-installer loads
 * with GetProcAddress).
 *
 * The co-installer DLLs and network notify objects that use this header
 * are user-mode code, built without _KERNEL_MODE or UMDF_VERSION_MAJOR;
 * the WDK's header includes nothing and expects <windows.h>. Such TUs get
 * <windows.h> here and no kernel headers (wdf.h would choose its KMDF
 * branch, i.e. ntddk.h, for them). Kernel and UMDF TUs keep wdf.h.
 */
#ifndef DRISO_SHIM_WDFINSTALLER_H
#define DRISO_SHIM_WDFINSTALLER_H
#include "driso_shims.h"
#if DRISO_KERNEL || defined(UMDF_VERSION_MAJOR)
#include "wdf.h"
#else
#include <windows.h>
#ifndef WDF_EXTERN_C_START
#ifdef __cplusplus
#define WDF_EXTERN_C extern "C"
#define WDF_EXTERN_C_START extern "C" {
#define WDF_EXTERN_C_END }
#else
#define WDF_EXTERN_C
#define WDF_EXTERN_C_START
#define WDF_EXTERN_C_END
#endif
#endif
#ifndef DRISO_WDF_INLINE
#define DRISO_WDF_INLINE static __inline
#endif
#endif

WDF_EXTERN_C_START

typedef struct _WDF_COINSTALLER_INSTALL_OPTIONS {
	ULONG Size;
	BOOL ShowRebootPrompt;
} WDF_COINSTALLER_INSTALL_OPTIONS, *PWDF_COINSTALLER_INSTALL_OPTIONS;

DRISO_WDF_INLINE VOID WDF_COINSTALLER_INSTALL_OPTIONS_INIT(PWDF_COINSTALLER_INSTALL_OPTIONS ClientOptions)
{
	RtlZeroMemory(ClientOptions, sizeof(*ClientOptions));
	ClientOptions->Size = sizeof(*ClientOptions);
}

ULONG WINAPI WdfPreDeviceInstall(LPCWSTR InfPath, LPCWSTR InfSectionName);
typedef ULONG (WINAPI *PFN_WDFPREDEVICEINSTALL)(LPCWSTR InfPath, LPCWSTR InfSectionName);
ULONG WINAPI WdfPreDeviceInstallEx(LPCWSTR InfPath, LPCWSTR InfSectionName,
	PWDF_COINSTALLER_INSTALL_OPTIONS ClientOptions);
typedef ULONG (WINAPI *PFN_WDFPREDEVICEINSTALLEX)(LPCWSTR InfPath, LPCWSTR InfSectionName,
	PWDF_COINSTALLER_INSTALL_OPTIONS ClientOptions);
ULONG WINAPI WdfPostDeviceInstall(LPCWSTR InfPath, LPCWSTR InfSectionName);
typedef ULONG (WINAPI *PFN_WDFPOSTDEVICEINSTALL)(LPCWSTR InfPath, LPCWSTR InfSectionName);
ULONG WINAPI WdfPreDeviceRemove(LPCWSTR InfPath, LPCWSTR InfSectionName);
typedef ULONG (WINAPI *PFN_WDFPREDEVICEREMOVE)(LPCWSTR InfPath, LPCWSTR InfSectionName);
ULONG WINAPI WdfPostDeviceRemove(LPCWSTR InfPath, LPCWSTR InfSectionName);
typedef ULONG (WINAPI *PFN_WDFPOSTDEVICEREMOVE)(LPCWSTR InfPath, LPCWSTR InfSectionName);

WDF_EXTERN_C_END

#endif
