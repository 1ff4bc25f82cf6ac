/*
 * driso shim: swdevice.h (the software device API of cfgmgr32 /
 * swdevice.dll: SwDeviceCreate with its completion callback, lifetime,
 * device and interface properties, SwDeviceInterfaceRegister/SetState,
 * SwMemFree). mingw-w64 has no swdevice.h. Facts (names, values, member
 * order, parameter lists) from Microsoft's Win32 API metadata
 * (microsoft/win32metadata, MIT licence: its copy of the SDK header),
 * transcribed into this layout; no comments or SAL.
 */
#ifndef _SWDEVICE_H_
#define _SWDEVICE_H_
#include "driso_shims.h"
#include <devpropdef.h>
#include "swdevicedef.h"

#ifdef __cplusplus
extern "C" {
#endif

DECLARE_HANDLE(HSWDEVICE);
typedef HSWDEVICE *PHSWDEVICE;
typedef VOID (WINAPI *SW_DEVICE_CREATE_CALLBACK)(HSWDEVICE hSwDevice, HRESULT CreateResult, PVOID pContext, PCWSTR pszDeviceInstanceId);
HRESULT WINAPI SwDeviceCreate(PCWSTR pszEnumeratorName, PCWSTR pszParentDeviceInstance, const SW_DEVICE_CREATE_INFO *pCreateInfo, ULONG cPropertyCount, const DEVPROPERTY *pProperties, SW_DEVICE_CREATE_CALLBACK pCallback, PVOID pContext, PHSWDEVICE phSwDevice);
VOID WINAPI SwDeviceClose(HSWDEVICE hSwDevice);
HRESULT WINAPI SwDeviceSetLifetime(HSWDEVICE hSwDevice, SW_DEVICE_LIFETIME Lifetime);
HRESULT WINAPI SwDeviceGetLifetime(HSWDEVICE hSwDevice, PSW_DEVICE_LIFETIME pLifetime);
HRESULT WINAPI SwDevicePropertySet(HSWDEVICE hSwDevice, ULONG cPropertyCount, const DEVPROPERTY *pProperties);
HRESULT WINAPI SwDeviceInterfaceRegister(HSWDEVICE hSwDevice, const GUID *pInterfaceClassGuid, PCWSTR pszReferenceString, ULONG cPropertyCount, const DEVPROPERTY *pProperties, BOOL fEnabled, PWSTR* ppszDeviceInterfaceId);
VOID WINAPI SwMemFree(PVOID pMem);
HRESULT WINAPI SwDeviceInterfaceSetState(HSWDEVICE hSwDevice, PCWSTR pszDeviceInterfaceId, BOOL fEnabled);
HRESULT WINAPI SwDeviceInterfacePropertySet(HSWDEVICE hSwDevice, PCWSTR pszDeviceInterfaceId, ULONG cPropertyCount, const DEVPROPERTY *pProperties);

#ifdef __cplusplus
}
#endif
#endif /* _SWDEVICE_H_ */
