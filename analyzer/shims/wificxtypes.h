/*
 * driso shim: wificxtypes.h, WiFiCx (Wi-Fi WDF class extension, Windows
 * 11) common types: the WiFiCx object handles and WIFI_DRIVER_GLOBALS.
 *
 * Declarations only (see driso_shims.h and wificx.h for the provenance of
 * the WiFiCx family). WiFiCx objects are WDF objects: each handle is a
 * distinct pointer type, as for NetAdapterCx (netadaptercxtypes.h).
 */
#ifndef DRISO_SHIM_WIFICXTYPES_H
#define DRISO_SHIM_WIFICXTYPES_H
#include "driso_shims.h"
#include "netadaptercx.h"

DRISO_EXTERN_C_START

#define DRISO_WIFICX_HANDLE(n) typedef struct n##__ { int unused; } *n
DRISO_WIFICX_HANDLE(WIFIREQUEST);
DRISO_WIFICX_HANDLE(WIFIDIRECTDEVICE);
DRISO_WIFICX_HANDLE(WIFIPOWEROFFLOAD);
DRISO_WIFICX_HANDLE(WIFIWAKESOURCE);

/* Opaque, like NETADAPTER_INIT: handed to EvtWifiDeviceCreateWifiDirectDevice. */
typedef struct _WIFIDIRECT_DEVICE_INIT WIFIDIRECT_DEVICE_INIT;

typedef struct _WIFI_DRIVER_GLOBALS {
	ULONG Unused;
} WIFI_DRIVER_GLOBALS, *PWIFI_DRIVER_GLOBALS;

DRISO_EXTERN_C_END

#endif
