/*
 * driso shim: wificxwakesourcelist.h, the list of WiFiCx wake-up sources
 * a device is asked to arm. Declarations only; provenance in wificx.h.
 * The list's Reserved member is opaque; its size is a driso choice.
 */
#ifndef DRISO_SHIM_WIFICXWAKESOURCELIST_H
#define DRISO_SHIM_WIFICXWAKESOURCELIST_H
#include "wificxwakesource.h"

DRISO_EXTERN_C_START

typedef struct _WIFI_WAKE_SOURCE_LIST {
	ULONG Size;
	void *Reserved[4];
} WIFI_WAKE_SOURCE_LIST;

DRISO_INLINE VOID
WIFI_WAKE_SOURCE_LIST_INIT(WIFI_WAKE_SOURCE_LIST *List)
{
	RtlZeroMemory(List, sizeof(*List));
	List->Size = sizeof(*List);
}

VOID WifiDeviceGetWakeSourceList(WDFDEVICE Device, WIFI_WAKE_SOURCE_LIST *List);
SIZE_T WifiWakeSourceListGetCount(WIFI_WAKE_SOURCE_LIST const *List);
WIFIWAKESOURCE WifiWakeSourceListGetElement(WIFI_WAKE_SOURCE_LIST const *List, SIZE_T Index);

DRISO_EXTERN_C_END

#endif
