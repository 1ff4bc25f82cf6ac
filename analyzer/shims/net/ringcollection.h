/*
 * driso shim: net/ringcollection.h, NET_RING_COLLECTION (the rings of one
 * packet queue) and its accessors (inline in the WDK, prototypes here).
 * Declarations only; provenance in netadaptercx.h.
 */
#ifndef DRISO_SHIM_NET_RINGCOLLECTION_H
#define DRISO_SHIM_NET_RINGCOLLECTION_H
#include "ring.h"

DRISO_EXTERN_C_START

typedef enum _NET_RING_TYPE {
	NetRingTypePacket,
	NetRingTypeFragment,
	NetRingTypeDataBuffer,
} NET_RING_TYPE;

typedef struct _NET_RING_COLLECTION {
	NET_RING *Rings[NetRingTypeDataBuffer + 1];
} NET_RING_COLLECTION;

NET_RING *NetRingCollectionGetPacketRing(NET_RING_COLLECTION const *Rings);
NET_RING *NetRingCollectionGetFragmentRing(NET_RING_COLLECTION const *Rings);
NET_RING *NetRingCollectionGetDataBufferRing(NET_RING_COLLECTION const *Rings);

DRISO_EXTERN_C_END

#endif
