/*
 * driso shim: wificxpoweroffloadlist.h, the list of WiFiCx low-power
 * protocol offloads a device is asked to arm. Declarations only;
 * provenance in wificx.h. The list's Reserved member is opaque (Learn:
 * drivers must not touch it); its size is a driso choice.
 */
#ifndef DRISO_SHIM_WIFICXPOWEROFFLOADLIST_H
#define DRISO_SHIM_WIFICXPOWEROFFLOADLIST_H
#include "wificxpoweroffload.h"

DRISO_EXTERN_C_START

typedef struct _WIFI_POWER_OFFLOAD_LIST {
	ULONG Size;
	void *Reserved[4];
} WIFI_POWER_OFFLOAD_LIST;

DRISO_INLINE VOID
WIFI_POWER_OFFLOAD_LIST_INIT(WIFI_POWER_OFFLOAD_LIST *List)
{
	RtlZeroMemory(List, sizeof(*List));
	List->Size = sizeof(*List);
}

VOID WifiDeviceGetPowerOffloadList(WDFDEVICE Device, WIFI_POWER_OFFLOAD_LIST *List);
SIZE_T WifiPowerOffloadListGetCount(WIFI_POWER_OFFLOAD_LIST const *List);
WIFIPOWEROFFLOAD WifiPowerOffloadListGetElement(WIFI_POWER_OFFLOAD_LIST const *List, SIZE_T Index);

DRISO_EXTERN_C_END

#endif
