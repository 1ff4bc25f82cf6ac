/*
 * driso shim: usb.h (wraps mingw-w64's). URB interface additions of the
 * current WDK that mingw's usb.h lacks: USBD_ENDPOINT_OFFLOAD_INFORMATION
 * and USBD_ENDPOINT_OFFLOAD_MODE (xHCI endpoint offload, used by audio
 * offload drivers), URB_FUNCTION_GET_ISOCH_PIPE_TRANSFER_PATH_DELAYS and
 * its _URB_GET_ISOCH_PIPE_TRANSFER_PATH_DELAYS, newer USBD_STATUS codes
 * and USBD_PF_* pipe flags. usbspec.h is pulled in through driso's
 * wrapper first (mingw's usb.h includes it with quotes).
 *
 * Generated, then compile-checked (kernel and user mode, C and C++) and
 * compared (sizeof) with the WDK, from the shared usb.h published in
 * microsoft/wdkmetadata (MIT): facts only -- names, member lists,
 * packing and constant values, as in the Learn usb.h reference -- in
 * this file's own layout. Only names mingw-w64 does not declare are added.
 */
#ifndef DRISO_SHIM_USB_H
#define DRISO_SHIM_USB_H
#include "driso_shims.h"
#if !DRISO_KERNEL && !defined(PHYSICAL_ADDRESS)
#define PHYSICAL_ADDRESS LARGE_INTEGER /* as the WDK usb.h does outside the kernel */
#endif
#include <usbspec.h>
#include_next <usb.h>
DRISO_EXTERN_C_START

#ifndef URB_FUNCTION_GET_ISOCH_PIPE_TRANSFER_PATH_DELAYS
#define URB_FUNCTION_GET_ISOCH_PIPE_TRANSFER_PATH_DELAYS 0x003D
#endif
#ifndef USBD_STATUS_PORT_OPERATION_PENDING
#define USBD_STATUS_PORT_OPERATION_PENDING ((USBD_STATUS)0x00000001L)
#endif
#ifndef USBD_STATUS_INVALID_CONFIGURATION_DESCRIPTOR
#define USBD_STATUS_INVALID_CONFIGURATION_DESCRIPTOR ((USBD_STATUS)0xC0000F00L)
#endif
#ifndef USBD_PF_VIDEO_PRIORITY
#define USBD_PF_VIDEO_PRIORITY 0x00000010
#endif
#ifndef USBD_PF_VOICE_PRIORITY
#define USBD_PF_VOICE_PRIORITY 0x00000020
#endif
#ifndef USBD_PF_INTERACTIVE_PRIORITY
#define USBD_PF_INTERACTIVE_PRIORITY 0x00000030
#endif
#ifndef USBD_PF_PRIORITY_MASK
#define USBD_PF_PRIORITY_MASK 0x000000F0
#endif
#ifndef USBD_PF_HANDLES_SSP_HIGH_BANDWIDTH_ISOCH
#define USBD_PF_HANDLES_SSP_HIGH_BANDWIDTH_ISOCH 0x00000100
#endif
#ifndef USBD_PF_SSP_HIGH_BANDWIDTH_ISOCH
#define USBD_PF_SSP_HIGH_BANDWIDTH_ISOCH 0x00010000
#endif
enum _USBD_ENDPOINT_OFFLOAD_MODE {
	UsbdEndpointOffloadModeNotSupported = 0,
	UsbdEndpointOffloadSoftwareAssisted,
	UsbdEndpointOffloadHardwareAssisted
};
typedef enum _USBD_ENDPOINT_OFFLOAD_MODE USBD_ENDPOINT_OFFLOAD_MODE;
#pragma pack(push, 1)
struct _USBD_ENDPOINT_OFFLOAD_INFORMATION {
	ULONG Size;
	USHORT EndpointAddress;
	ULONG ResourceId;
	USBD_ENDPOINT_OFFLOAD_MODE Mode;
	ULONG RootHubPortNumber : 8;
	ULONG RouteString : 20;
	ULONG Speed : 4;
	ULONG UsbDeviceAddress : 8;
	ULONG SlotId : 8;
	ULONG MultiTT : 1;
	ULONG LSOrFSDeviceConnectedToTTHub : 1;
	ULONG Reserved0 : 14;
	PHYSICAL_ADDRESS TransferSegmentLA;
	PVOID TransferSegmentVA;
	size_t TransferRingSize;
	ULONG TransferRingInitialCycleBit;
	ULONG MessageNumber;
	PHYSICAL_ADDRESS EventRingSegmentLA;
	PVOID EventRingSegmentVA;
	size_t EventRingSize;
	ULONG EventRingInitialCycleBit;
};
#pragma pack(pop)
typedef struct _USBD_ENDPOINT_OFFLOAD_INFORMATION USBD_ENDPOINT_OFFLOAD_INFORMATION;
typedef struct _USBD_ENDPOINT_OFFLOAD_INFORMATION *PUSBD_ENDPOINT_OFFLOAD_INFORMATION;
struct _URB_GET_ISOCH_PIPE_TRANSFER_PATH_DELAYS {
	struct _URB_HEADER Hdr;
	USBD_PIPE_HANDLE PipeHandle;
	ULONG MaximumSendPathDelayInMilliSeconds;
	ULONG MaximumCompletionPathDelayInMilliSeconds;
};

DRISO_EXTERN_C_END

#endif /* DRISO_SHIM_USB_H */
