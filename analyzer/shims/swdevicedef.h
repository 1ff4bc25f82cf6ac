/*
 * driso shim: swdevicedef.h (software device definitions shared by
 * swdevice.h: SW_DEVICE_CREATE_INFO, SW_DEVICE_CAPABILITIES,
 * SW_DEVICE_LIFETIME). mingw-w64 has no swdevicedef.h. Facts (names,
 * values, member order) from Microsoft's Win32 API metadata
 * (microsoft/win32metadata, MIT licence: its copy of the SDK header),
 * transcribed into this layout; no comments or SAL.
 */
#ifndef _SWDEVICEDEF_H_
#define _SWDEVICEDEF_H_
#include "driso_shims.h"

typedef enum _SW_DEVICE_CAPABILITIES {
	SWDeviceCapabilitiesNone = 0x00000000,
	SWDeviceCapabilitiesRemovable = 0x00000001,
	SWDeviceCapabilitiesSilentInstall = 0x00000002,
	SWDeviceCapabilitiesNoDisplayInUI = 0x00000004,
	SWDeviceCapabilitiesDriverRequired = 0x00000008,
} SW_DEVICE_CAPABILITIES, *PSW_DEVICE_CAPABILITIES;
typedef struct _SW_DEVICE_CREATE_INFO {
	ULONG cbSize;
	PCWSTR pszInstanceId;
	PCZZWSTR pszzHardwareIds;
	PCZZWSTR pszzCompatibleIds;
	const GUID *pContainerId;
	ULONG CapabilityFlags;
	PCWSTR pszDeviceDescription;
	PCWSTR pszDeviceLocation;
	const SECURITY_DESCRIPTOR *pSecurityDescriptor;
} SW_DEVICE_CREATE_INFO, *PSW_DEVICE_CREATE_INFO;
typedef enum _SW_DEVICE_LIFETIME {
	SWDeviceLifetimeHandle,
	SWDeviceLifetimeParentPresent,
	SWDeviceLifetimeMax,
} SW_DEVICE_LIFETIME, *PSW_DEVICE_LIFETIME;

#endif /* _SWDEVICEDEF_H_ */
