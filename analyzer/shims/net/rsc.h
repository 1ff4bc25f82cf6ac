/*
 * driso shim: net/rsc.h, the accessor for the receive segment coalescing
 * packet extensions (inline in the WDK, a prototype here). Declarations
 * only; provenance in netadaptercx.h.
 */
#ifndef DRISO_SHIM_NET_RSC_H
#define DRISO_SHIM_NET_RSC_H
#include "rsctypes.h"

DRISO_EXTERN_C_START

NET_PACKET_RSC *NetExtensionGetPacketRsc(NET_EXTENSION const *Extension, UINT32 Index);
NET_PACKET_RSC_TIMESTAMP *NetExtensionGetPacketRscTimestamp(NET_EXTENSION const *Extension, UINT32 Index);

DRISO_EXTERN_C_END

#endif
