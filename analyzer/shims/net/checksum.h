/*
 * driso shim: net/checksum.h, the accessor for the packet checksum
 * extension (NET_PACKET_CHECKSUM) (inline in the WDK, a prototype here).
 * Declarations only; provenance in netadaptercx.h.
 */
#ifndef DRISO_SHIM_NET_CHECKSUM_H
#define DRISO_SHIM_NET_CHECKSUM_H
#include "checksumtypes.h"

DRISO_EXTERN_C_START

NET_PACKET_CHECKSUM *NetExtensionGetPacketChecksum(NET_EXTENSION const *Extension, UINT32 Index);

DRISO_EXTERN_C_END

#endif
