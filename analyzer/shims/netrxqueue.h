/*
 * driso shim: netrxqueue.h, receive packet queues: NETRXQUEUE_INIT,
 * NET_RXQUEUE_BUFFER_LAYOUT_HINT and the NetRxQueue* functions (plain
 * prototypes). Declarations only; provenance in netadaptercx.h.
 */
#ifndef DRISO_SHIM_NETRXQUEUE_H
#define DRISO_SHIM_NETRXQUEUE_H
#include "netadaptercxtypes.h"
#include "netpacketqueue.h"
#include "netadapterpacket.h"
#include "net/ringcollection.h"

DRISO_EXTERN_C_START

typedef struct _NETRXQUEUE_INIT NETRXQUEUE_INIT;

typedef struct _NET_RXQUEUE_BUFFER_LAYOUT_HINT {
	ULONG MinimumBackfillSize;
	ULONG L3HeaderAlignment;
} NET_RXQUEUE_BUFFER_LAYOUT_HINT;

DRISO_INLINE void NET_RX_QUEUE_CONFIG_INIT_EXECUTION_CONTEXT(NET_PACKET_QUEUE_CONFIG *Config,
							    NETEXECUTIONCONTEXT ExecutionContext,
							    PFN_PACKET_QUEUE_ADVANCE EvtAdvance,
							    PFN_PACKET_QUEUE_CANCEL EvtCancel)
{
	NET_PACKET_QUEUE_CONFIG_INIT(Config, EvtAdvance, NULL, EvtCancel);
	Config->ExecutionContext = ExecutionContext;
}

NTSTATUS NetRxQueueCreate(NETRXQUEUE_INIT *NetRxQueueInit, WDF_OBJECT_ATTRIBUTES *RxQueueAttributes,
			  NET_PACKET_QUEUE_CONFIG *Configuration, NETPACKETQUEUE *PacketQueue);
void NetRxQueueNotifyMoreReceivedPacketsAvailable(NETPACKETQUEUE PacketQueue);
ULONG NetRxQueueInitGetQueueId(NETRXQUEUE_INIT *NetRxQueueInit);
NET_RING_COLLECTION const *NetRxQueueGetRingCollection(NETPACKETQUEUE PacketQueue);
void NetRxQueueGetExtension(NETPACKETQUEUE PacketQueue, NET_EXTENSION_QUERY const *Query, NET_EXTENSION *Extension);

DRISO_EXTERN_C_END

#endif
