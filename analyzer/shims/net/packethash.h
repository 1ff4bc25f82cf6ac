/*
 * driso shim: net/packethash.h, the accessor for the packet hash (receive
 * side scaling) extension (inline in the WDK, a prototype here).
 * Declarations only; provenance in netadaptercx.h.
 */
#ifndef DRISO_SHIM_NET_PACKETHASH_H
#define DRISO_SHIM_NET_PACKETHASH_H
#include "packethashtypes.h"

DRISO_EXTERN_C_START

NET_PACKET_HASH *NetExtensionGetPacketHash(NET_EXTENSION const *Extension, UINT32 Index);

DRISO_EXTERN_C_END

#endif
