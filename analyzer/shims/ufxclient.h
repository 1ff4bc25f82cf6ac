/*
 * driso shim: ufxclient.h, the USB function class extension (UFX) client
 * interface for USB function controller drivers (KMDF, WDK-only header).
 * Declarations only, from the Learn ufxclient.h reference (types checked
 * against the WDK header copy in microsoft/wdkmetadata; facts only, own
 * layout): every EVT_UFX_DEVICE_* callback type and its PFN_ pointer,
 * UFX_DEVICE_CALLBACKS / UFX_ENDPOINT_CALLBACKS with their *_INIT helpers,
 * UFX_DEVICE_CAPABILITIES_INIT, and the Ufx* entry points as plain
 * prototypes (the WDK implements them inline through UfxClassFunctions[],
 * which is irrelevant for parsing). Callback parameters are unnamed on
 * Learn; the names here are driso's.
 */
#ifndef DRISO_SHIM_UFXCLIENT_H
#define DRISO_SHIM_UFXCLIENT_H
#include "driso_shims.h"
#include "ufxbase.h"
#include "ufxproprietarycharger.h"
#include "usbfnioctl.h"
#include "usbfnattach.h"

DRISO_EXTERN_C_START

typedef VOID EVT_UFX_DEVICE_HOST_CONNECT(UFXDEVICE UfxDevice);
typedef EVT_UFX_DEVICE_HOST_CONNECT *PFN_UFX_DEVICE_HOST_CONNECT;
typedef VOID EVT_UFX_DEVICE_HOST_DISCONNECT(UFXDEVICE UfxDevice);
typedef EVT_UFX_DEVICE_HOST_DISCONNECT *PFN_UFX_DEVICE_HOST_DISCONNECT;
typedef VOID EVT_UFX_DEVICE_ADDRESSED(UFXDEVICE UfxDevice, USHORT DeviceAddress);
typedef EVT_UFX_DEVICE_ADDRESSED *PFN_UFX_DEVICE_ADDRESSED;
typedef NTSTATUS EVT_UFX_DEVICE_ENDPOINT_ADD(UFXDEVICE UfxDevice, const PUSB_ENDPOINT_DESCRIPTOR EndpointDescriptor,
					     PUFXENDPOINT_INIT EndpointInit);
typedef EVT_UFX_DEVICE_ENDPOINT_ADD *PFN_UFX_DEVICE_ENDPOINT_ADD;
typedef VOID EVT_UFX_DEVICE_DEFAULT_ENDPOINT_ADD(UFXDEVICE UfxDevice, USHORT MaxPacketSize,
						 PUFXENDPOINT_INIT EndpointInit);
typedef EVT_UFX_DEVICE_DEFAULT_ENDPOINT_ADD *PFN_UFX_DEVICE_DEFAULT_ENDPOINT_ADD;
typedef VOID EVT_UFX_DEVICE_USB_STATE_CHANGE(UFXDEVICE UfxDevice, USBFN_DEVICE_STATE NewState);
typedef EVT_UFX_DEVICE_USB_STATE_CHANGE *PFN_UFX_DEVICE_USB_STATE_CHANGE;
typedef VOID EVT_UFX_DEVICE_PORT_CHANGE(UFXDEVICE UfxDevice, USBFN_PORT_TYPE NewPort);
typedef EVT_UFX_DEVICE_PORT_CHANGE *PFN_UFX_DEVICE_PORT_CHANGE;
typedef VOID EVT_UFX_DEVICE_PORT_DETECT(UFXDEVICE UfxDevice);
typedef EVT_UFX_DEVICE_PORT_DETECT *PFN_UFX_DEVICE_PORT_DETECT;
typedef VOID EVT_UFX_DEVICE_REMOTE_WAKEUP_SIGNAL(UFXDEVICE UfxDevice);
typedef EVT_UFX_DEVICE_REMOTE_WAKEUP_SIGNAL *PFN_UFX_DEVICE_REMOTE_WAKEUP_SIGNAL;
typedef VOID EVT_UFX_DEVICE_CONTROLLER_RESET(UFXDEVICE UfxDevice, PUFX_HARDWARE_FAILURE_CONTEXT HardwareFailureContext);
typedef EVT_UFX_DEVICE_CONTROLLER_RESET *PFN_UFX_DEVICE_CONTROLLER_RESET;
typedef VOID EVT_UFX_DEVICE_TEST_MODE_SET(UFXDEVICE UfxDevice, ULONG TestMode);
typedef EVT_UFX_DEVICE_TEST_MODE_SET *PFN_UFX_DEVICE_TEST_MODE_SET;
typedef NTSTATUS EVT_UFX_DEVICE_TESTHOOK(UFXDEVICE UfxDevice, PVOID InputBuffer, size_t InputBufferLength,
					 PVOID OutputBuffer, size_t OutputBufferLength);
typedef EVT_UFX_DEVICE_TESTHOOK *PFN_UFX_DEVICE_TESTHOOK;
typedef VOID EVT_UFX_DEVICE_SUPER_SPEED_POWER_FEATURE(UFXDEVICE UfxDevice, USHORT Feature, BOOLEAN Set);
typedef EVT_UFX_DEVICE_SUPER_SPEED_POWER_FEATURE *PFN_UFX_DEVICE_SUPER_SPEED_POWER_FEATURE;
typedef VOID EVT_UFX_DEVICE_PROPRIETARY_CHARGER_DETECT(UFXDEVICE UfxDevice);
typedef EVT_UFX_DEVICE_PROPRIETARY_CHARGER_DETECT *PFN_UFX_DEVICE_PROPRIETARY_CHARGER_DETECT;
typedef VOID EVT_UFX_DEVICE_PROPRIETARY_CHARGER_SET_PROPERTY(UFXDEVICE UfxDevice, WDFREQUEST Request);
typedef EVT_UFX_DEVICE_PROPRIETARY_CHARGER_SET_PROPERTY *PFN_UFX_DEVICE_PROPRIETARY_CHARGER_SET_PROPERTY;
typedef VOID EVT_UFX_DEVICE_PROPRIETARY_CHARGER_RESET(UFXDEVICE UfxDevice);
typedef EVT_UFX_DEVICE_PROPRIETARY_CHARGER_RESET *PFN_UFX_DEVICE_PROPRIETARY_CHARGER_RESET;

typedef struct _UFX_DEVICE_CALLBACKS {
	ULONG Size;
	PFN_UFX_DEVICE_HOST_CONNECT EvtDeviceHostConnect;
	PFN_UFX_DEVICE_HOST_DISCONNECT EvtDeviceHostDisconnect;
	PFN_UFX_DEVICE_ADDRESSED EvtDeviceAddressed;
	PFN_UFX_DEVICE_ENDPOINT_ADD EvtDeviceEndpointAdd;
	PFN_UFX_DEVICE_DEFAULT_ENDPOINT_ADD EvtDeviceDefaultEndpointAdd;
	PFN_UFX_DEVICE_USB_STATE_CHANGE EvtDeviceUsbStateChange;
	PFN_UFX_DEVICE_PORT_CHANGE EvtDevicePortChange;
	PFN_UFX_DEVICE_PORT_DETECT EvtDevicePortDetect;
	PFN_UFX_DEVICE_REMOTE_WAKEUP_SIGNAL EvtDeviceRemoteWakeupSignal;
	PFN_UFX_DEVICE_CONTROLLER_RESET EvtDeviceControllerReset;
	PFN_UFX_DEVICE_TEST_MODE_SET EvtDeviceTestModeSet;
	PFN_UFX_DEVICE_TESTHOOK EvtDeviceTestHook;
	PFN_UFX_DEVICE_SUPER_SPEED_POWER_FEATURE EvtDeviceSuperSpeedPowerFeature;
	PFN_UFX_DEVICE_PROPRIETARY_CHARGER_DETECT EvtDeviceProprietaryChargerDetect;
	PFN_UFX_DEVICE_PROPRIETARY_CHARGER_SET_PROPERTY EvtDeviceProprietaryChargerSetProperty;
	PFN_UFX_DEVICE_PROPRIETARY_CHARGER_RESET EvtDeviceProprietaryChargerReset;
} UFX_DEVICE_CALLBACKS, *PUFX_DEVICE_CALLBACKS;

DRISO_INLINE VOID UFX_DEVICE_CALLBACKS_INIT(PUFX_DEVICE_CALLBACKS Callbacks)
{
	RtlZeroMemory(Callbacks, sizeof(UFX_DEVICE_CALLBACKS));
	Callbacks->Size = sizeof(UFX_DEVICE_CALLBACKS);
}

/* Learn: both endpoint bitmaps start out with every endpoint available */
DRISO_INLINE VOID UFX_DEVICE_CAPABILITIES_INIT(PUFX_DEVICE_CAPABILITIES Capabilities)
{
	RtlZeroMemory(Capabilities, sizeof(UFX_DEVICE_CAPABILITIES));
	Capabilities->Size = sizeof(UFX_DEVICE_CAPABILITIES);
	Capabilities->InEndpointBitmap = 0xFFFF;
	Capabilities->OutEndpointBitmap = 0xFFFF;
}

typedef struct _UFX_ENDPOINT_CALLBACKS {
	ULONG Size;
} UFX_ENDPOINT_CALLBACKS, *PUFX_ENDPOINT_CALLBACKS;

DRISO_INLINE VOID UFX_ENDPOINT_CALLBACKS_INIT(PUFX_ENDPOINT_CALLBACKS Callbacks)
{
	RtlZeroMemory(Callbacks, sizeof(UFX_ENDPOINT_CALLBACKS));
	Callbacks->Size = sizeof(UFX_ENDPOINT_CALLBACKS);
}

NTSTATUS UfxFdoInit(WDFDRIVER WdfDriver, PWDFDEVICE_INIT DeviceInit, PWDF_OBJECT_ATTRIBUTES FdoAttributes);
NTSTATUS UfxDeviceCreate(WDFDEVICE WdfDevice, PUFX_DEVICE_CALLBACKS Callbacks, PUFX_DEVICE_CAPABILITIES Capabilities,
			 PWDF_OBJECT_ATTRIBUTES Attributes, UFXDEVICE *UfxDevice);
VOID UfxDeviceEventComplete(UFXDEVICE UfxDevice, NTSTATUS Status);
VOID UfxDeviceNotifyHardwareReady(UFXDEVICE UfxDevice);
VOID UfxDeviceNotifyAttach(UFXDEVICE UfxDevice);
VOID UfxDeviceNotifyDetach(UFXDEVICE UfxDevice);
VOID UfxDeviceNotifySuspend(UFXDEVICE UfxDevice);
VOID UfxDeviceNotifyResume(UFXDEVICE UfxDevice);
VOID UfxDeviceNotifyReset(UFXDEVICE UfxDevice, USB_DEVICE_SPEED DeviceSpeed);
VOID UfxDevicePortDetectComplete(UFXDEVICE UfxDevice, USBFN_PORT_TYPE PortType);
VOID UfxDevicePortDetectCompleteEx(UFXDEVICE UfxDevice, USBFN_PORT_TYPE PortType, USBFN_ACTION Action);
VOID UfxDeviceProprietaryChargerDetectComplete(UFXDEVICE UfxDevice, PUFX_PROPRIETARY_CHARGER DetectedCharger);
VOID UfxDeviceNotifyHardwareFailure(UFXDEVICE UfxDevice, PUFX_HARDWARE_FAILURE_CONTEXT HardwareFailureContext);
BOOLEAN UfxDeviceIoControl(UFXDEVICE UfxDevice, WDFREQUEST Request, size_t OutputBufferLength,
			   size_t InputBufferLength, ULONG IoControlCode);
BOOLEAN UfxDeviceIoInternalControl(UFXDEVICE UfxDevice, WDFREQUEST Request, size_t OutputBufferLength,
				   size_t InputBufferLength, ULONG IoControlCode);
VOID UfxDeviceNotifyFinalExit(UFXDEVICE UfxDevice);
NTSTATUS UfxEndpointCreate(UFXDEVICE UfxDevice, PUFXENDPOINT_INIT EndpointInit, PWDF_OBJECT_ATTRIBUTES Attributes,
			   PWDF_IO_QUEUE_CONFIG TransferQueueConfig, PWDF_OBJECT_ATTRIBUTES TransferQueueAttributes,
			   PWDF_IO_QUEUE_CONFIG CommandQueueConfig, PWDF_OBJECT_ATTRIBUTES CommandQueueAttributes,
			   UFXENDPOINT *UfxEndpoint);
VOID UfxEndpointInitSetEventCallbacks(PUFXENDPOINT_INIT EndpointInit, PUFX_ENDPOINT_CALLBACKS Callbacks);
VOID UfxEndpointNotifySetup(UFXENDPOINT UfxEndpoint, PUSB_DEFAULT_PIPE_SETUP_PACKET SetupInfo);
WDFQUEUE UfxEndpointGetTransferQueue(UFXENDPOINT UfxEndpoint);
WDFQUEUE UfxEndpointGetCommandQueue(UFXENDPOINT UfxEndpoint);

DRISO_EXTERN_C_END
#endif
