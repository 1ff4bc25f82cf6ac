/*
 * driso shim: net/rsctypes.h, the receive segment coalescing packet
 * extensions. Declarations only; provenance (names, values) in
 * netadaptercx.h.
 */
#ifndef DRISO_SHIM_NET_RSCTYPES_H
#define DRISO_SHIM_NET_RSCTYPES_H
#include "extension.h"

DRISO_EXTERN_C_START

typedef struct _NET_PACKET_RSC {
	union {
		struct {
			UINT16 CoalescedSegmentCount;
			UINT16 DuplicateAckCount;
		} TCP;
		/* UDP RSC (URO, version 2 of the extension, NetAdapterCx 2.5):
		 * not on Learn; member names as Microsoft's MIT-licensed
		 * Windows-driver-samples NetAdapterCx library uses them (UINT16
		 * values there). */
		struct {
			UINT16 CoalescedSegmentSize;
			UINT16 CoalescedSegmentCount;
		} UDP;
	} DUMMYUNIONNAME;
} NET_PACKET_RSC;

typedef struct _NET_PACKET_RSC_TIMESTAMP {
	union {
		struct {
			UINT32 RscTcpTimestampDelta;
		} TCP;
	} DUMMYUNIONNAME;
} NET_PACKET_RSC_TIMESTAMP;

DRISO_EXTERN_C_END

#define NET_PACKET_EXTENSION_RSC_NAME L"ms_packet_rsc"
#define NET_PACKET_EXTENSION_RSC_VERSION_1 1U
#define NET_PACKET_EXTENSION_RSC_VERSION_1_SIZE sizeof(NET_PACKET_RSC)
/* Version 2 (UDP RSC, NetAdapterCx 2.5) is used by Microsoft's
 * Windows-driver-samples NetAdapterCx library but its value is in neither
 * Learn nor Microsoft's metadata: 2U is a driso value, distinct from
 * version 1. */
#define NET_PACKET_EXTENSION_RSC_VERSION_2 2U
#define NET_PACKET_EXTENSION_RSC_TIMESTAMP_NAME L"ms_packet_rsc_timestamp"
#define NET_PACKET_EXTENSION_RSC_TIMESTAMP_VERSION_1 1U
#define NET_PACKET_EXTENSION_RSC_TIMESTAMP_VERSION_1_SIZE sizeof(NET_PACKET_RSC_TIMESTAMP)

#endif
