/*
 * driso shim: usbspec.h (wraps mingw-w64's). USB specification
 * constants and descriptors of the current SDK that mingw's usbspec.h
 * lacks: the firmware status device capability (descriptor, capability
 * type) and the GET/SET_FIRMWARE_STATUS requests with their values.
 *
 * Generated, then compile-checked (kernel and user mode, C and C++) and
 * compared (sizeof) with the WDK, from the shared usbspec.h published in
 * microsoft/wdkmetadata (MIT): facts only -- names, member lists,
 * packing and constant values, as in the Learn usbspec.h reference -- in
 * this file's own layout. Only names mingw-w64 does not declare are added.
 */
#ifndef DRISO_SHIM_USBSPEC_H
#define DRISO_SHIM_USBSPEC_H
#include "driso_shims.h"
#include_next <usbspec.h>
DRISO_EXTERN_C_START

#ifndef USB_REQUEST_GET_FIRMWARE_STATUS
#define USB_REQUEST_GET_FIRMWARE_STATUS 0x1A
#endif
#ifndef USB_REQUEST_SET_FIRMWARE_STATUS
#define USB_REQUEST_SET_FIRMWARE_STATUS 0x1B
#endif
#ifndef USB_GET_FIRMWARE_ALLOWED_OR_DISALLOWED_STATE
#define USB_GET_FIRMWARE_ALLOWED_OR_DISALLOWED_STATE 0x00
#endif
#ifndef USB_GET_FIRMWARE_HASH
#define USB_GET_FIRMWARE_HASH 0x01
#endif
#ifndef USB_DEVICE_FIRMWARE_HASH_LENGTH
#define USB_DEVICE_FIRMWARE_HASH_LENGTH 32
#endif
#ifndef USB_DISALLOW_FIRMWARE_UPDATE
#define USB_DISALLOW_FIRMWARE_UPDATE 0x00
#endif
#ifndef USB_ALLOW_FIRMWARE_UPDATE
#define USB_ALLOW_FIRMWARE_UPDATE 0x01
#endif
#ifndef USB_DEVICE_CAPABILITY_FIRMWARE_STATUS
#define USB_DEVICE_CAPABILITY_FIRMWARE_STATUS 0x11
#endif
#pragma pack(push, 1)
struct _USB_DEVICE_CAPABILITY_FIRMWARE_STATUS_DESCRIPTOR {
	UCHAR bLength;
	UCHAR bDescriptorType;
	UCHAR bDevCapabilityType;
	UCHAR bcdDescriptorVersion;
	union {
		ULONG AsUlong;
		struct {
			ULONG GetFirmwareImageHashSupport : 1;
			ULONG DisallowFirmwareUpdateSupport : 1;
			ULONG Reserved : 30;
		};
	} bmAttributes;
};
#pragma pack(pop)
typedef struct _USB_DEVICE_CAPABILITY_FIRMWARE_STATUS_DESCRIPTOR USB_DEVICE_CAPABILITY_FIRMWARE_STATUS_DESCRIPTOR;
typedef struct _USB_DEVICE_CAPABILITY_FIRMWARE_STATUS_DESCRIPTOR *PUSB_DEVICE_CAPABILITY_FIRMWARE_STATUS_DESCRIPTOR;

DRISO_EXTERN_C_END

#endif /* DRISO_SHIM_USBSPEC_H */
