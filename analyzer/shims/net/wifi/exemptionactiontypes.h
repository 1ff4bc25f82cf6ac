/*
 * driso shim: net/wifi/exemptionactiontypes.h, the WiFiCx packet exemption
 * action extension. Declarations only; provenance (names, values) in
 * netadaptercx.h.
 */
#ifndef DRISO_SHIM_NET_WIFI_EXEMPTIONACTIONTYPES_H
#define DRISO_SHIM_NET_WIFI_EXEMPTIONACTIONTYPES_H
#include "../extension.h"

DRISO_EXTERN_C_START

typedef struct _NET_PACKET_WIFI_EXEMPTION_ACTION {
	UINT8 ExemptionAction;
} NET_PACKET_WIFI_EXEMPTION_ACTION;

DRISO_EXTERN_C_END

#define NET_PACKET_EXTENSION_WIFI_EXEMPTION_ACTION_NAME L"ms_packet_wifiexemptionaction"
#define NET_PACKET_EXTENSION_WIFI_EXEMPTION_ACTION_VERSION_1 1U
#define NET_PACKET_EXTENSION_WIFI_EXEMPTION_ACTION_VERSION_1_SIZE sizeof(NET_PACKET_WIFI_EXEMPTION_ACTION)

#endif
