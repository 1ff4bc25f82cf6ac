/*
 * driso shim: netadaptertxdemux.h, transmit demultiplexing (802.1p
 * priority queues, NetAdapterCx 2.1+). Not on the Learn reference except
 * NetTxQueueGetDemux8021p (nettxqueue.h): names and members follow
 * Microsoft's WDK metadata (see netadaptercx.h). Declarations only.
 */
#ifndef DRISO_SHIM_NETADAPTERTXDEMUX_H
#define DRISO_SHIM_NETADAPTERTXDEMUX_H
#include "netadaptercxtypes.h"

DRISO_EXTERN_C_START

typedef enum _NET_ADAPTER_TX_DEMUX_TYPE {
	NetAdapterTxDemuxType8021p = 1,
} NET_ADAPTER_TX_DEMUX_TYPE;

typedef struct _NET_ADAPTER_TX_DEMUX {
	ULONG Size;
	NET_ADAPTER_TX_DEMUX_TYPE Type;
	UINT8 Range;
} NET_ADAPTER_TX_DEMUX;

DRISO_INLINE void NET_ADAPTER_TX_8021P_DEMUX_INIT(NET_ADAPTER_TX_DEMUX *Demux)
{
	RtlZeroMemory(Demux, sizeof(*Demux));
	Demux->Size = sizeof(*Demux);
	Demux->Type = NetAdapterTxDemuxType8021p;
	Demux->Range = 8;
}

void NetAdapterInitAddTxDemux(NETADAPTER_INIT *AdapterInit, NET_ADAPTER_TX_DEMUX const *Demux);

DRISO_EXTERN_C_END

#endif
