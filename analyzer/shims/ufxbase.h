/*
 * driso shim: ufxbase.h, types shared by the USB function class extension
 * (UFX) and its client controller drivers (KMDF, WDK-only header).
 * Declarations only, from the Learn ufxbase.h reference (member order and
 * types checked against the WDK header copy in microsoft/wdkmetadata;
 * facts only, own layout). UFXDEVICE and UFXENDPOINT are handle types as
 * in the WDK (DECLARE_HANDLE). The WDK routes the Ufx* entry points
 * through UfxClassFunctions[] indexed by UFX_CLASS_FUNCTIONS; ufxclient.h
 * declares them as plain prototypes.
 *
 * Values: enumerators follow the documented order;
 * IOCTL_INTERNAL_USBFN_DESCRIPTOR_UPDATE's code is not published on Learn
 * (distinct driso value).
 */
#ifndef DRISO_SHIM_UFXBASE_H
#define DRISO_SHIM_UFXBASE_H
#include "driso_shims.h"
#include <ntddk.h>
#include "wdf.h"
#include "usbfnbase.h"

DRISO_EXTERN_C_START

DECLARE_HANDLE(UFXDEVICE);
DECLARE_HANDLE(UFXENDPOINT);
typedef struct _UFXENDPOINT_INIT *PUFXENDPOINT_INIT;

typedef enum _UFX_CLASS_FUNCTIONS {
	UfxFdoInitIndex = 0,
	UfxDeviceCreateIndex,
	UfxDeviceEventCompleteIndex,
	UfxDeviceNotifyHardwareReadyIndex,
	UfxDeviceNotifyAttachIndex,
	UfxDeviceNotifyDetachIndex,
	UfxDeviceNotifySuspendIndex,
	UfxDeviceNotifyResumeIndex,
	UfxDeviceNotifyResetIndex,
	UfxDevicePortDetectCompleteIndex,
	UfxDeviceProprietaryChargerDetectCompleteIndex,
	UfxDeviceNotifyHardwareFailureIndex,
	UfxDeviceIoControlIndex,
	UfxDeviceIoInternalControlIndex,
	UfxEndpointCreateIndex,
	UfxEndpointInitSetEventCallbacksIndex,
	UfxEndpointNotifySetupIndex,
	UfxEndpointGetTransferQueueIndex,
	UfxEndpointGetCommandQueueIndex,
	UfxDevicePortDetectCompleteExIndex,
	UfxDeviceNotifyFinalExitIndex,
	UfxFunctionsMax
} UFX_CLASS_FUNCTIONS;

typedef void (*PFN_UFX_CLASS)(void);
extern PFN_UFX_CLASS UfxClassFunctions[UfxFunctionsMax];

typedef struct _UFX_GLOBALS {
	ULONG Size;
	PWDF_DRIVER_GLOBALS WdfDriverGlobals;
} UFX_GLOBALS, *PUFX_GLOBALS;
extern PUFX_GLOBALS UfxGlobals;

typedef struct _UFX_DEVICE_CAPABILITIES {
	ULONG Size;
	USB_DEVICE_SPEED MaxSpeed;
	ULONG RemoteWakeSignalDelay;
	BOOLEAN PdcpSupported;
	USHORT InEndpointBitmap;
	USHORT OutEndpointBitmap;
	BOOLEAN SharesConnectors;
	ULONG GroupId;
} UFX_DEVICE_CAPABILITIES, *PUFX_DEVICE_CAPABILITIES;

typedef struct _UFX_HARDWARE_FAILURE_CONTEXT {
	ULONG Size;
	ULONG ExceptionCode;
	UCHAR Data[1];
} UFX_HARDWARE_FAILURE_CONTEXT, *PUFX_HARDWARE_FAILURE_CONTEXT;

typedef enum _USBFN_ACTION {
	UsbfnActionNone = 0,
	UsbfnActionNoCad,
	UsbfnActionDetectProprietaryCharger
} USBFN_ACTION, *PUSBFN_ACTION;

#define IOCTL_INTERNAL_USBFN_DESCRIPTOR_UPDATE \
	CTL_CODE(FILE_DEVICE_BUS_EXTENDER, 0x3B8, METHOD_IN_DIRECT, FILE_READ_DATA | FILE_WRITE_DATA)

DRISO_EXTERN_C_END
#endif
