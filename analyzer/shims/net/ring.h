/*
 * driso shim: net/ring.h, NET_RING (the packet and fragment ring buffers
 * shared between NetAdapterCx and the client driver).
 *
 * Declarations only; provenance in netadaptercx.h. The ring accessors
 * (NetRingGetElementAtIndex, NetRingGetPacketAtIndex,
 * NetRingGetFragmentAtIndex, NetRingIncrementIndex, NetRingAdvanceIndex,
 * NetRingGetRangeCount, NetRingGetDataBufferAtIndex) are inline in the
 * WDK; here they are prototypes, so driso sees each call and its
 * arguments.
 */
#ifndef DRISO_SHIM_NET_RING_H
#define DRISO_SHIM_NET_RING_H
#include "extension.h"

DRISO_EXTERN_C_START

typedef struct _NET_PACKET NET_PACKET;
typedef struct _NET_FRAGMENT NET_FRAGMENT;

typedef struct _NET_RING {
	UINT16 OSReserved1;
	UINT16 ElementStride;
	UINT32 NumberOfElements;
	UINT32 ElementIndexMask;
	UINT32 EndIndex;
	union {
		UINT32 OSReserved0;
		void *OSReserved2[4];
	} DUMMYUNIONNAME;
	UINT32 BeginIndex;
	UINT32 NextIndex;
	void *Scratch;
	__declspec(align(64)) unsigned char Buffer[1];
} NET_RING;

void *NetRingGetElementAtIndex(NET_RING const *Ring, UINT32 Index);
UINT32 NetRingAdvanceIndex(NET_RING const *Ring, UINT32 Index, INT32 Distance);
UINT32 NetRingIncrementIndex(NET_RING const *Ring, UINT32 Index);
UINT32 NetRingGetRangeCount(NET_RING const *Ring, UINT32 StartIndex, UINT32 EndIndex);
NET_PACKET *NetRingGetPacketAtIndex(NET_RING const *Ring, UINT32 Index);
NET_FRAGMENT *NetRingGetFragmentAtIndex(NET_RING const *Ring, UINT32 Index);
SIZE_T *NetRingGetDataBufferAtIndex(NET_RING const *Ring, UINT32 Index);

DRISO_EXTERN_C_END

#endif
