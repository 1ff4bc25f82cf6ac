/*
 * driso shim: netdevice.h, NetAdapterCx device-level DDIs: NetDeviceInitConfig,
 * power-policy preview callbacks, device reset capabilities and
 * diagnostics, NetDeviceOpenConfiguration. Declarations only; provenance
 * in netadaptercx.h.
 */
#ifndef DRISO_SHIM_NETDEVICE_H
#define DRISO_SHIM_NETDEVICE_H
#include "netadaptercxtypes.h"

DRISO_EXTERN_C_START

typedef NTSTATUS EVT_NET_DEVICE_PREVIEW_WAKE_SOURCE(WDFDEVICE Device, NETWAKESOURCE WakeSource);
typedef EVT_NET_DEVICE_PREVIEW_WAKE_SOURCE *PFN_NET_DEVICE_PREVIEW_WAKE_SOURCE;
typedef NTSTATUS EVT_NET_DEVICE_PREVIEW_POWER_OFFLOAD(WDFDEVICE Device, NETPOWEROFFLOAD PowerOffload);
typedef EVT_NET_DEVICE_PREVIEW_POWER_OFFLOAD *PFN_NET_DEVICE_PREVIEW_POWER_OFFLOAD;

typedef struct _NET_DEVICE_POWER_POLICY_EVENT_CALLBACKS {
	ULONG Size;
	PFN_NET_DEVICE_PREVIEW_WAKE_SOURCE EvtDevicePreviewBitmapPattern;
	PFN_NET_DEVICE_PREVIEW_POWER_OFFLOAD EvtDevicePreviewArpOffload;
	PFN_NET_DEVICE_PREVIEW_POWER_OFFLOAD EvtDevicePreviewNSOffload;
} NET_DEVICE_POWER_POLICY_EVENT_CALLBACKS;

DRISO_INLINE void NET_DEVICE_POWER_POLICY_EVENT_CALLBACKS_INIT(NET_DEVICE_POWER_POLICY_EVENT_CALLBACKS *Callbacks)
{
	RtlZeroMemory(Callbacks, sizeof(*Callbacks));
	Callbacks->Size = sizeof(*Callbacks);
}

typedef void EVT_NET_DEVICE_COLLECT_RESET_DIAGNOSTICS(WDFDEVICE Device);
typedef EVT_NET_DEVICE_COLLECT_RESET_DIAGNOSTICS *PFN_NET_DEVICE_COLLECT_RESET_DIAGNOSTICS;

typedef struct _NET_DEVICE_RESET_CAPABILITIES {
	ULONG Size;
	GUID ResetDiagnosticsGuid;
	PFN_NET_DEVICE_COLLECT_RESET_DIAGNOSTICS EvtNetDeviceCollectResetDiagnostics;
} NET_DEVICE_RESET_CAPABILITIES;

DRISO_INLINE void NET_DEVICE_RESET_CAPABILITIES_INIT(NET_DEVICE_RESET_CAPABILITIES *ResetCapabilities,
						     GUID ResetDiagnosticsGuid,
						     PFN_NET_DEVICE_COLLECT_RESET_DIAGNOSTICS EvtNetDeviceCollectResetDiagnostics)
{
	RtlZeroMemory(ResetCapabilities, sizeof(*ResetCapabilities));
	ResetCapabilities->Size = sizeof(*ResetCapabilities);
	ResetCapabilities->ResetDiagnosticsGuid = ResetDiagnosticsGuid;
	ResetCapabilities->EvtNetDeviceCollectResetDiagnostics = EvtNetDeviceCollectResetDiagnostics;
}

NTSTATUS NetDeviceInitConfig(PWDFDEVICE_INIT DeviceInit);
NTSTATUS NetDeviceOpenConfiguration(WDFDEVICE Device, WDF_OBJECT_ATTRIBUTES *ConfigurationAttributes,
				    NETCONFIGURATION *Configuration);
void NetDeviceInitSetPowerPolicyEventCallbacks(PWDFDEVICE_INIT DeviceInit,
					       NET_DEVICE_POWER_POLICY_EVENT_CALLBACKS const *Callbacks);
void NetDeviceInitSetResetCapabilities(PWDFDEVICE_INIT DeviceInit, NET_DEVICE_RESET_CAPABILITIES const *ResetCapabilities);
void NetDeviceStoreResetDiagnostics(WDFDEVICE Device, SIZE_T ResetDiagnosticsSize, UINT8 const *ResetDiagnosticsBuffer);
void NetDeviceRequestReset(WDFDEVICE Device);

DRISO_EXTERN_C_END

#endif
