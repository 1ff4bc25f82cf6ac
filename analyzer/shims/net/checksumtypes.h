/*
 * driso shim: net/checksumtypes.h, the packet checksum extension
 * (NET_PACKET_CHECKSUM). Declarations only; provenance (names, values) in
 * netadaptercx.h.
 */
#ifndef DRISO_SHIM_NET_CHECKSUMTYPES_H
#define DRISO_SHIM_NET_CHECKSUMTYPES_H
#include "extension.h"

DRISO_EXTERN_C_START

typedef enum _NET_PACKET_TX_CHECKSUM_ACTION {
	NetPacketTxChecksumActionPassthrough = 0,
	NetPacketTxChecksumActionRequired = 2,
} NET_PACKET_TX_CHECKSUM_ACTION;

typedef enum _NET_PACKET_RX_CHECKSUM_EVALUATION {
	NetPacketRxChecksumEvaluationNotChecked = 0,
	NetPacketRxChecksumEvaluationValid = 1,
	NetPacketRxChecksumEvaluationInvalid = 2,
} NET_PACKET_RX_CHECKSUM_EVALUATION;

typedef struct _NET_PACKET_CHECKSUM {
	UINT8 Layer2 : 2;
	UINT8 Layer3 : 2;
	UINT8 Layer4 : 2;
	UINT8 Reserved : 2;
} NET_PACKET_CHECKSUM;

DRISO_EXTERN_C_END

#define NET_PACKET_EXTENSION_CHECKSUM_NAME L"ms_packet_checksum"
#define NET_PACKET_EXTENSION_CHECKSUM_VERSION_1 1U
#define NET_PACKET_EXTENSION_CHECKSUM_VERSION_1_SIZE sizeof(NET_PACKET_CHECKSUM)

#endif
