/*
 * driso shim: netwakesourcelist.h, the list of wake sources a device is
 * asked to arm (NET_WAKE_SOURCE_LIST). Declarations only; provenance in
 * netadaptercx.h.
 */
#ifndef DRISO_SHIM_NETWAKESOURCELIST_H
#define DRISO_SHIM_NETWAKESOURCELIST_H
#include "netadaptercxtypes.h"

DRISO_EXTERN_C_START

typedef struct _NET_WAKE_SOURCE_LIST {
	ULONG Size;
	void *Reserved[4];
} NET_WAKE_SOURCE_LIST;

DRISO_INLINE void NET_WAKE_SOURCE_LIST_INIT(NET_WAKE_SOURCE_LIST *List)
{
	RtlZeroMemory(List, sizeof(*List));
	List->Size = sizeof(*List);
}

void NetDeviceGetWakeSourceList(WDFDEVICE Device, NET_WAKE_SOURCE_LIST *List);
SIZE_T NetWakeSourceListGetCount(NET_WAKE_SOURCE_LIST const *List);
NETWAKESOURCE NetWakeSourceListGetElement(NET_WAKE_SOURCE_LIST const *List, SIZE_T Index);

DRISO_EXTERN_C_END

#endif
