/*
 * driso shim: usbfnattach.h, the attach/detach interface a USB function
 * filter driver offers UFX (GUID_USBFN_INTERFACE_ATTACH). WDK-only header.
 * Declarations only, from the Learn usbfnattach.h reference; enumerators
 * in documented order. The interface GUID is declared, not defined.
 */
#ifndef DRISO_SHIM_USBFNATTACH_H
#define DRISO_SHIM_USBFNATTACH_H
#include "driso_shims.h"
#include "usbfnbase.h"

DRISO_EXTERN_C_START

extern const GUID GUID_USBFN_INTERFACE_ATTACH;

typedef enum _USBFN_ATTACH_ACTION {
	UsbfnPortDetected = 0,
	UsbfnPortDetectedNoCad,
	UsbfnProceedWithAttach,
	UsbfnIgnoreAttach,
	UsbfnDetectProprietaryCharger,
	UsbfnHwBasedChargerDetection
} USBFN_ATTACH_ACTION, *PUSBFN_ATTACH_ACTION;

typedef struct _USBFN_ON_ATTACH {
	USBFN_PORT_TYPE PortType;
	USBFN_ATTACH_ACTION AttachAction;
} USBFN_ON_ATTACH, *PUSBFN_ON_ATTACH;

typedef NTSTATUS USBFN_GET_ATTACH_ACTION(PVOID Context, PUSBFN_ON_ATTACH OnAttach);
typedef USBFN_GET_ATTACH_ACTION *PFN_USBFN_GET_ATTACH_ACTION;
typedef NTSTATUS USBFN_GET_ATTACH_ACTION_ABORT(PVOID Context);
typedef USBFN_GET_ATTACH_ACTION_ABORT *PFN_USBFN_GET_ATTACH_ACTION_ABORT;
typedef NTSTATUS USBFN_SET_DEVICE_STATE(PVOID Context, USBFN_DEVICE_STATE DeviceState, USBFN_BUS_SPEED BusSpeed);
typedef USBFN_SET_DEVICE_STATE *PFN_USBFN_SET_DEVICE_STATE;

typedef struct _USBFN_INTERFACE_ATTACH {
	INTERFACE InterfaceHeader;
	PFN_USBFN_GET_ATTACH_ACTION GetAttachAction;
	PFN_USBFN_GET_ATTACH_ACTION_ABORT GetAttachActionAbortOperation;
	PFN_USBFN_SET_DEVICE_STATE SetDeviceState;
} USBFN_INTERFACE_ATTACH, *PUSBFN_INTERFACE_ATTACH;

DRISO_EXTERN_C_END
#endif
