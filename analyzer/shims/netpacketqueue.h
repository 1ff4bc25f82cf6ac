/*
 * driso shim: netpacketqueue.h, the packet queue callbacks
 * (EVT_PACKET_QUEUE_*) and NET_PACKET_QUEUE_CONFIG (+ _INIT) shared by
 * transmit and receive queues. Declarations only; provenance in
 * netadaptercx.h.
 */
#ifndef DRISO_SHIM_NETPACKETQUEUE_H
#define DRISO_SHIM_NETPACKETQUEUE_H
#include "netadaptercxtypes.h"

DRISO_EXTERN_C_START

typedef void EVT_PACKET_QUEUE_START(NETPACKETQUEUE PacketQueue);
typedef EVT_PACKET_QUEUE_START *PFN_PACKET_QUEUE_START;
typedef void EVT_PACKET_QUEUE_STOP(NETPACKETQUEUE PacketQueue);
typedef EVT_PACKET_QUEUE_STOP *PFN_PACKET_QUEUE_STOP;
typedef void EVT_PACKET_QUEUE_CANCEL(NETPACKETQUEUE PacketQueue);
typedef EVT_PACKET_QUEUE_CANCEL *PFN_PACKET_QUEUE_CANCEL;
typedef void EVT_PACKET_QUEUE_SET_NOTIFICATION_ENABLED(NETPACKETQUEUE PacketQueue, BOOLEAN NotificationEnabled);
typedef EVT_PACKET_QUEUE_SET_NOTIFICATION_ENABLED *PFN_PACKET_QUEUE_SET_NOTIFICATION_ENABLED;
typedef void EVT_PACKET_QUEUE_ADVANCE(NETPACKETQUEUE PacketQueue);
typedef EVT_PACKET_QUEUE_ADVANCE *PFN_PACKET_QUEUE_ADVANCE;

typedef struct _NET_PACKET_QUEUE_CONFIG {
	ULONG Size;
	PFN_PACKET_QUEUE_START EvtStart;
	PFN_PACKET_QUEUE_STOP EvtStop;
	PFN_PACKET_QUEUE_ADVANCE EvtAdvance;
	PFN_PACKET_QUEUE_SET_NOTIFICATION_ENABLED EvtSetNotificationEnabled;
	PFN_PACKET_QUEUE_CANCEL EvtCancel;
	NETEXECUTIONCONTEXT ExecutionContext;
} NET_PACKET_QUEUE_CONFIG;

DRISO_INLINE void NET_PACKET_QUEUE_CONFIG_INIT(NET_PACKET_QUEUE_CONFIG *Config, PFN_PACKET_QUEUE_ADVANCE EvtAdvance,
					       PFN_PACKET_QUEUE_SET_NOTIFICATION_ENABLED EvtSetNotificationEnabled,
					       PFN_PACKET_QUEUE_CANCEL EvtCancel)
{
	RtlZeroMemory(Config, sizeof(*Config));
	Config->Size = sizeof(*Config);
	Config->EvtAdvance = EvtAdvance;
	Config->EvtSetNotificationEnabled = EvtSetNotificationEnabled;
	Config->EvtCancel = EvtCancel;
}

DRISO_EXTERN_C_END

#endif
