/*
 * driso shim: bthxddi.h, the Bluetooth extensible transport DDI
 * (WDK-only header, BthXDDI.h). Declarations only, per the Learn
 * bthxddi.h reference: BTHX_CAPABILITIES, BTHX_SCO_SUPPORT,
 * BTHX_HCI_PACKET_TYPE (H4 packet indicators), BTHX_HCI_READ_WRITE_CONTEXT
 * (1-byte packed), BTHX_VERSION and the IOCTL_BTHX_* names. IOCTL function
 * numbers are driso's own, not restated from a WDK.
 */
#ifndef DRISO_SHIM_BTHXDDI_H
#define DRISO_SHIM_BTHXDDI_H
#include "driso_shims.h"

DRISO_EXTERN_C_START

#ifndef FILE_DEVICE_BLUETOOTH
#define FILE_DEVICE_BLUETOOTH 0x00000041
#endif
#define BTHX_IOCTL_BASE 0x200
#define BTHX_CTL(id) CTL_CODE(FILE_DEVICE_BLUETOOTH, (id), METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_BTHX_GET_VERSION BTHX_CTL(BTHX_IOCTL_BASE + 0x00)
#define IOCTL_BTHX_SET_VERSION BTHX_CTL(BTHX_IOCTL_BASE + 0x01)
#define IOCTL_BTHX_QUERY_CAPABILITIES BTHX_CTL(BTHX_IOCTL_BASE + 0x02)
#define IOCTL_BTHX_WRITE_HCI BTHX_CTL(BTHX_IOCTL_BASE + 0x03)
#define IOCTL_BTHX_READ_HCI BTHX_CTL(BTHX_IOCTL_BASE + 0x04)

typedef enum _BTHX_SCO_SUPPORT {
	ScoSupportNone,
	ScoSupportHCI,
	ScoSupportHCIBypass
} BTHX_SCO_SUPPORT, *PBTHX_SCO_SUPPORT;

typedef enum _BTHX_HCI_PACKET_TYPE {
	HciPacketCommand = 0x01,
	HciPacketAclData = 0x02,
	HciPacketEvent = 0x04
} BTHX_HCI_PACKET_TYPE;

typedef struct _BTHX_CAPABILITIES {
	ULONG MaxAclTransferInSize;
	BTHX_SCO_SUPPORT ScoSupport;
	ULONG MaxScoChannels;
	BOOLEAN IsDeviceIdleCapable;
	BOOLEAN IsDeviceWakeCapable;
} BTHX_CAPABILITIES, *PBTHX_CAPABILITIES;

typedef struct _BTHX_VERSION {
	ULONG Version;
} BTHX_VERSION, *PBTHX_VERSION;

#include <pshpack1.h>
typedef struct _BTHX_HCI_READ_WRITE_CONTEXT {
	ULONG DataLen;
	UCHAR Type;
	UCHAR Data[1];
} BTHX_HCI_READ_WRITE_CONTEXT, *PBTHX_HCI_READ_WRITE_CONTEXT;
#include <poppack.h>

DRISO_EXTERN_C_END
#endif
