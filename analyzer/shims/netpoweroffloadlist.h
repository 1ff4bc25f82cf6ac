/*
 * driso shim: netpoweroffloadlist.h, the list of power offloads a device
 * is asked to arm (NET_POWER_OFFLOAD_LIST). Declarations only; provenance
 * in netadaptercx.h.
 */
#ifndef DRISO_SHIM_NETPOWEROFFLOADLIST_H
#define DRISO_SHIM_NETPOWEROFFLOADLIST_H
#include "netadaptercxtypes.h"

DRISO_EXTERN_C_START

typedef struct _NET_POWER_OFFLOAD_LIST {
	ULONG Size;
	void *Reserved[4];
} NET_POWER_OFFLOAD_LIST;

DRISO_INLINE void NET_POWER_OFFLOAD_LIST_INIT(NET_POWER_OFFLOAD_LIST *List)
{
	RtlZeroMemory(List, sizeof(*List));
	List->Size = sizeof(*List);
}

void NetDeviceGetPowerOffloadList(WDFDEVICE Device, NET_POWER_OFFLOAD_LIST *List);
SIZE_T NetPowerOffloadListGetCount(NET_POWER_OFFLOAD_LIST const *List);
NETPOWEROFFLOAD NetPowerOffloadListGetElement(NET_POWER_OFFLOAD_LIST const *List, SIZE_T Index);

DRISO_EXTERN_C_END

#endif
