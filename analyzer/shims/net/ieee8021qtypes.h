/*
 * driso shim: net/ieee8021qtypes.h, the IEEE 802.1Q (priority/VLAN tag)
 * packet extension. Declarations only; provenance (names, values) in
 * netadaptercx.h.
 */
#ifndef DRISO_SHIM_NET_IEEE8021QTYPES_H
#define DRISO_SHIM_NET_IEEE8021QTYPES_H
#include "extension.h"

DRISO_EXTERN_C_START

typedef enum _NET_PACKET_TX_IEEE8021Q_ACTION_FLAGS {
	NetPacketTxIeee8021qActionFlagPriorityRequired = 1,
	NetPacketTxIeee8021qActionFlagVlanRequired = 2,
} NET_PACKET_TX_IEEE8021Q_ACTION_FLAGS;

typedef struct _NET_PACKET_IEEE8021Q {
	UINT16 PriorityCodePoint : 3;
	UINT16 VlanIdentifier : 12;
	UINT8 TxTagging : 2;
} NET_PACKET_IEEE8021Q;

DRISO_EXTERN_C_END

#define NET_PACKET_EXTENSION_IEEE8021Q_NAME L"ms_packet_ieee8021q"
#define NET_PACKET_EXTENSION_IEEE8021Q_VERSION_1 1U
#define NET_PACKET_EXTENSION_IEEE8021Q_VERSION_1_SIZE sizeof(NET_PACKET_IEEE8021Q)

#endif
