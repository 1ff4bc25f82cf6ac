/*
 * driso shim: usbdlib.h. mingw-w64's usbdlib.h stops at Vista; the
 * Windows 8 USB client contract (USBD_HANDLE, USBD_CreateHandle,
 * USBD_QueryUsbCapability, URB allocation routines, capability GUIDs) is
 * added here, declarations only, per the Learn usbdlib.h reference.
 */
#ifndef DRISO_SHIM_USBDLIB_H
#define DRISO_SHIM_USBDLIB_H
#include "driso_shims.h"
#include <usb.h>
#include_next <usbdlib.h>
#ifndef DRISO_HAVE_USBD_HANDLE
#define DRISO_HAVE_USBD_HANDLE
DRISO_EXTERN_C_START
typedef struct USBD_HANDLE__ *USBD_HANDLE;
#ifndef USBD_CLIENT_CONTRACT_VERSION_602
#define USBD_CLIENT_CONTRACT_VERSION_INVALID 0xFFFFFFFF
#define USBD_CLIENT_CONTRACT_VERSION_602 0x602
#endif
#ifndef USBD_INTERFACE_VERSION_602
#define USBD_INTERFACE_VERSION_602 0x602
#define USBD_INTERFACE_VERSION_800 0x800
#endif
NTSTATUS USBD_CreateHandle(PDEVICE_OBJECT DeviceObject, PDEVICE_OBJECT TargetDeviceObject,
	ULONG USBDClientContractVersion, ULONG PoolTag, USBD_HANDLE *USBDHandle);
VOID USBD_CloseHandle(USBD_HANDLE USBDHandle);
NTSTATUS USBD_QueryUsbCapability(USBD_HANDLE USBDHandle, const GUID *CapabilityType, ULONG OutputBufferLength,
	PUCHAR OutputBuffer, PULONG ResultLength);
BOOLEAN USBD_IsInterfaceVersionSupported(USBD_HANDLE USBDHandle, ULONG USBDInterfaceVersion);
NTSTATUS USBD_UrbAllocate(USBD_HANDLE USBDHandle, PURB *Urb);
VOID USBD_UrbFree(USBD_HANDLE USBDHandle, PURB Urb);
NTSTATUS USBD_IsochUrbAllocate(USBD_HANDLE USBDHandle, ULONG NumberOfIsochPacket, PURB *Urb);
NTSTATUS USBD_SelectConfigUrbAllocateAndBuild(USBD_HANDLE USBDHandle,
	PUSB_CONFIGURATION_DESCRIPTOR ConfigurationDescriptor, PUSBD_INTERFACE_LIST_ENTRY InterfaceList, PURB *Urb);
NTSTATUS USBD_SelectInterfaceUrbAllocateAndBuild(USBD_HANDLE USBDHandle, USBD_CONFIGURATION_HANDLE ConfigurationHandle,
	PUSBD_INTERFACE_LIST_ENTRY InterfaceListEntry, PURB *Urb);
VOID USBD_AssignUrbToIoStackLocation(USBD_HANDLE USBDHandle, PIO_STACK_LOCATION IoStackLocation, PURB Urb);
/* Declared, not defined: driso does not restate GUID values it has not
 * verified; the parse only needs the name and type. */
extern const GUID GUID_USB_CAPABILITY_CHAINED_MDLS;
extern const GUID GUID_USB_CAPABILITY_STATIC_STREAMS;
extern const GUID GUID_USB_CAPABILITY_SELECTIVE_SUSPEND;
extern const GUID GUID_USB_CAPABILITY_FUNCTION_SUSPEND;
extern const GUID GUID_USB_CAPABILITY_DEVICE_CONNECTION_HIGH_SPEED_COMPATIBLE;
extern const GUID GUID_USB_CAPABILITY_DEVICE_CONNECTION_SUPER_SPEED_COMPATIBLE;
DRISO_EXTERN_C_END
#endif
#endif
