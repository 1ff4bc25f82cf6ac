/*
 * driso shim: net/gso.h, the accessor for the generic segmentation offload
 * (LSO/USO) packet extension (inline in the WDK, a prototype here).
 * Declarations only; provenance in netadaptercx.h.
 */
#ifndef DRISO_SHIM_NET_GSO_H
#define DRISO_SHIM_NET_GSO_H
#include "gsotypes.h"

DRISO_EXTERN_C_START

NET_PACKET_GSO *NetExtensionGetPacketGso(NET_EXTENSION const *Extension, UINT32 Index);

DRISO_EXTERN_C_END

#endif
