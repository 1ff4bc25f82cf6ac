/*
 * driso shim: mbbcx.h, the Mobile Broadband WDF Class Extension (MBBCx
 * 1.0), built on NetAdapterCx: MBIM versions, the device configuration
 * (EVT_MBB_DEVICE_SEND_MBIM_FRAGMENT, EVT_MBB_DEVICE_RECEIVE_MBIM_FRAGMENT,
 * EVT_MBB_DEVICE_SEND_DEVICE_SERVICE_SESSION_DATA,
 * EVT_MBB_DEVICE_CREATE_ADAPTER) with MBB_DEVICE_CONFIG(_INIT), MBIM
 * parameters, wake capabilities and reasons, and the MbbDevice*,
 * MbbAdapter* and MbbRequest* functions as plain prototypes (the WDK
 * routes them through MbbFunctions[]).
 *
 * Declarations only. Written from the Learn mbbcx.h / mbbcxtypes.h
 * reference; enumerator values were checked against Microsoft's WDK
 * metadata project (microsoft/wdkmetadata, MIT license: interface facts
 * only, no text). The MBIM message structures (MBB_*, MBIM_*) a client
 * driver exchanges are not part of this header (drivers carry their own
 * definitions, as the cxwmbclass sample does).
 */
#ifndef DRISO_SHIM_MBBCX_H
#define DRISO_SHIM_MBBCX_H
#include "driso_shims.h"
#include "netadaptercx.h"
#include "mbbcxtypes.h"

DRISO_EXTERN_C_START

typedef enum _MBB_MBIM_VERSION {
	MbbMbimVersion1Dot0 = 0,
	MbbMbimVersion1Dot0Errata,
} MBB_MBIM_VERSION;

typedef enum _MBB_MBIM_EXTENDED_VERSION {
	MbbMbimExtendedVersion1Dot0 = 0,
	MbbMbimExtendedVersion2Dot0,
	MbbMbimExtendedVersion3Dot0,
	MbbMbimExtendedVersion4Dot0,
	MbbMbimExtendedVersionMax = MbbMbimExtendedVersion4Dot0,
} MBB_MBIM_EXTENDED_VERSION;

typedef enum _MBB_WAKE_REASON_TYPE {
	MbbWakeReasonTypeRegisterState = 0,
	MbbWakeReasonTypeSmsReceive,
	MbbWakeReasonTypeUssdReceive,
	MbbWakeReasonTypePacketState,
	MbbWakeReasonTypeUiccChange,
} MBB_WAKE_REASON_TYPE;

typedef VOID EVT_MBB_DEVICE_SEND_MBIM_FRAGMENT(WDFDEVICE Device, MBBREQUEST SendRequest);
typedef EVT_MBB_DEVICE_SEND_MBIM_FRAGMENT *PFN_MBB_DEVICE_SEND_MBIM_FRAGMENT;
typedef VOID EVT_MBB_DEVICE_RECEIVE_MBIM_FRAGMENT(WDFDEVICE Device, MBBREQUEST ReceiveRequest);
typedef EVT_MBB_DEVICE_RECEIVE_MBIM_FRAGMENT *PFN_MBB_DEVICE_RECEIVE_MBIM_FRAGMENT;
typedef VOID EVT_MBB_DEVICE_SEND_DEVICE_SERVICE_SESSION_DATA(WDFDEVICE Device, DSS_SESSION_ID SessionId, WDFMEMORY Data);
typedef EVT_MBB_DEVICE_SEND_DEVICE_SERVICE_SESSION_DATA *PFN_MBB_DEVICE_SEND_DEVICE_SERVICE_SESSION_DATA;
typedef NTSTATUS EVT_MBB_DEVICE_CREATE_ADAPTER(WDFDEVICE Device, NETADAPTER_INIT *AdapterInit);
typedef EVT_MBB_DEVICE_CREATE_ADAPTER *PFN_MBB_DEVICE_CREATE_ADAPTER;

typedef struct _MBB_DEVICE_CONFIG {
	ULONG Size;
	PFN_MBB_DEVICE_SEND_MBIM_FRAGMENT SendMbimFragment;
	PFN_MBB_DEVICE_RECEIVE_MBIM_FRAGMENT ReceiveMbimFragment;
	PFN_MBB_DEVICE_SEND_DEVICE_SERVICE_SESSION_DATA SendDeviceServiceSessionData;
	PFN_MBB_DEVICE_CREATE_ADAPTER CreateAdapter;
} MBB_DEVICE_CONFIG, *PMBB_DEVICE_CONFIG;

DRISO_INLINE VOID MBB_DEVICE_CONFIG_INIT(PMBB_DEVICE_CONFIG Config, PFN_MBB_DEVICE_SEND_MBIM_FRAGMENT SendMbimFragment,
					 PFN_MBB_DEVICE_RECEIVE_MBIM_FRAGMENT ReceiveMbimFragment,
					 PFN_MBB_DEVICE_SEND_DEVICE_SERVICE_SESSION_DATA SendDeviceServiceSessionData,
					 PFN_MBB_DEVICE_CREATE_ADAPTER CreateAdapter)
{
	RtlZeroMemory(Config, sizeof(*Config));
	Config->Size = sizeof(*Config);
	Config->SendMbimFragment = SendMbimFragment;
	Config->ReceiveMbimFragment = ReceiveMbimFragment;
	Config->SendDeviceServiceSessionData = SendDeviceServiceSessionData;
	Config->CreateAdapter = CreateAdapter;
}

#define MBIM_NO_MAXIMUM_FRAGMENT_SIZE 0

typedef struct _MBB_DEVICE_MBIM_PARAMETERS {
	ULONG Size;
	MBB_MBIM_VERSION Version;
	MBB_MBIM_EXTENDED_VERSION ExtendedVersion;
	ULONG MaximumFragmentSize;
} MBB_DEVICE_MBIM_PARAMETERS, *PMBB_DEVICE_MBIM_PARAMETERS;

DRISO_INLINE VOID MBB_DEVICE_MBIM_PARAMETERS_INIT(PMBB_DEVICE_MBIM_PARAMETERS MbimParameters, MBB_MBIM_VERSION Version,
						  ULONG MaximumFragmentSize, MBB_MBIM_EXTENDED_VERSION ExtendedVersion)
{
	RtlZeroMemory(MbimParameters, sizeof(*MbimParameters));
	MbimParameters->Size = sizeof(*MbimParameters);
	MbimParameters->Version = Version;
	MbimParameters->ExtendedVersion = ExtendedVersion;
	MbimParameters->MaximumFragmentSize = MaximumFragmentSize;
}

typedef struct _MBB_DEVICE_WAKE_CAPABILITIES {
	ULONG Size;
	BOOLEAN RegisterState;
	BOOLEAN SmsReceive;
	BOOLEAN UssdReceive;
	BOOLEAN PacketState;
	BOOLEAN UiccChange;
} MBB_DEVICE_WAKE_CAPABILITIES;

DRISO_INLINE void MBB_DEVICE_WAKE_CAPABILITIES_INIT(MBB_DEVICE_WAKE_CAPABILITIES *Capabilities)
{
	RtlZeroMemory(Capabilities, sizeof(*Capabilities));
	Capabilities->Size = sizeof(*Capabilities);
}

NTSTATUS MbbDeviceInitConfig(PWDFDEVICE_INIT DeviceInit);
NTSTATUS MbbDeviceInitialize(WDFDEVICE Device, PMBB_DEVICE_CONFIG Config);
VOID MbbDeviceSetMbimParameters(WDFDEVICE Device, PMBB_DEVICE_MBIM_PARAMETERS MbimParameters);
VOID MbbDeviceResponseAvailable(WDFDEVICE Device);
VOID MbbDeviceSendDeviceServiceSessionDataComplete(WDFMEMORY Data, NTSTATUS NtStatus);
VOID MbbDeviceReceiveDeviceServiceSessionData(WDFDEVICE Device, DSS_SESSION_ID SessionId, WDFMEMORY Data);
NTSTATUS MbbAdapterInitialize(NETADAPTER Adapter);
ULONG MbbAdapterGetSessionId(NETADAPTER Adapter);
PVOID MbbRequestGetBuffer(MBBREQUEST Request, size_t *BufferSize);
LPCGUID MbbRequestGetCorrelationId(MBBREQUEST Request);
VOID MbbRequestComplete(MBBREQUEST Request, NTSTATUS NtStatus);
VOID MbbRequestCompleteWithInformation(MBBREQUEST Request, NTSTATUS NtStatus, ULONG_PTR Information);
VOID MbbDeviceSetWakeCapabilities(WDFDEVICE Device, MBB_DEVICE_WAKE_CAPABILITIES const *Capabilities);
VOID MbbDeviceReportWakeReason(WDFDEVICE Device, MBB_WAKE_REASON_TYPE Reason);

DRISO_EXTERN_C_END

#endif
