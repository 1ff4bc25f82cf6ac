/*
 * driso shim: nettxqueue.h, transmit packet queues: NETTXQUEUE_INIT and
 * the NetTxQueue* functions (plain prototypes; the WDK routes them
 * through NetFunctions[]). Declarations only; provenance in
 * netadaptercx.h.
 */
#ifndef DRISO_SHIM_NETTXQUEUE_H
#define DRISO_SHIM_NETTXQUEUE_H
#include "netadaptercxtypes.h"
#include "netpacketqueue.h"
#include "netadapterpacket.h"
#include "net/ringcollection.h"

DRISO_EXTERN_C_START

typedef struct _NETTXQUEUE_INIT NETTXQUEUE_INIT;

DRISO_INLINE void NET_TX_QUEUE_CONFIG_INIT_EXECUTION_CONTEXT(NET_PACKET_QUEUE_CONFIG *Config,
							    NETEXECUTIONCONTEXT ExecutionContext,
							    PFN_PACKET_QUEUE_ADVANCE EvtAdvance)
{
	NET_PACKET_QUEUE_CONFIG_INIT(Config, EvtAdvance, NULL, NULL);
	Config->ExecutionContext = ExecutionContext;
}

NTSTATUS NetTxQueueCreate(NETTXQUEUE_INIT *NetTxQueueInit, WDF_OBJECT_ATTRIBUTES *TxQueueAttributes,
			  NET_PACKET_QUEUE_CONFIG *Configuration, NETPACKETQUEUE *PacketQueue);
void NetTxQueueNotifyMoreCompletedPacketsAvailable(NETPACKETQUEUE PacketQueue);
ULONG NetTxQueueInitGetQueueId(NETTXQUEUE_INIT *NetTxQueueInit);
NET_RING_COLLECTION const *NetTxQueueGetRingCollection(NETPACKETQUEUE PacketQueue);
void NetTxQueueGetExtension(NETPACKETQUEUE PacketQueue, NET_EXTENSION_QUERY const *Query, NET_EXTENSION *Extension);
UINT8 NetTxQueueGetDemux8021p(NETPACKETQUEUE Queue);

DRISO_EXTERN_C_END

#endif
