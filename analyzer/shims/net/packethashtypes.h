/*
 * driso shim: net/packethashtypes.h, the packet hash (receive side
 * scaling) extension. Declarations only; provenance (names, values) in
 * netadaptercx.h.
 */
#ifndef DRISO_SHIM_NET_PACKETHASHTYPES_H
#define DRISO_SHIM_NET_PACKETHASHTYPES_H
#include "extension.h"

DRISO_EXTERN_C_START

typedef enum _NET_PACKET_HASH_PROTOCOL_TYPE {
	NetPacketHashProtocolTypeNone = 0x00000000,
	NetPacketHashProtocolTypeIPv4 = 0x00000001,
	NetPacketHashProtocolTypeIPv4Options = 0x00000002,
	NetPacketHashProtocolTypeIPv6 = 0x00000004,
	NetPacketHashProtocolTypeIPv6Extensions = 0x00000008,
	NetPacketHashProtocolTypeTcp = 0x00000010,
	NetPacketHashProtocolTypeUdp = 0x00000020,
} NET_PACKET_HASH_PROTOCOL_TYPE;

typedef struct _NET_PACKET_HASH {
	UINT32 HashValue;
	UINT16 ProtocolType;
} NET_PACKET_HASH;

DRISO_EXTERN_C_END

#define NET_PACKET_EXTENSION_HASH_NAME L"ms_packet_hash"
#define NET_PACKET_EXTENSION_HASH_VERSION_1 1U
#define NET_PACKET_EXTENSION_HASH_VERSION_1_SIZE sizeof(NET_PACKET_HASH)

#endif
