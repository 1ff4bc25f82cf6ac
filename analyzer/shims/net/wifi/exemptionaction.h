/*
 * driso shim: net/wifi/exemptionaction.h, the accessor for the WiFiCx
 * packet exemption action extension (inline in the WDK, a prototype here).
 * Declarations only; provenance in netadaptercx.h.
 */
#ifndef DRISO_SHIM_NET_WIFI_EXEMPTIONACTION_H
#define DRISO_SHIM_NET_WIFI_EXEMPTIONACTION_H
#include "exemptionactiontypes.h"

DRISO_EXTERN_C_START

NET_PACKET_WIFI_EXEMPTION_ACTION *WifiExtensionGetExemptionAction(NET_EXTENSION const *Extension, UINT32 Index);

DRISO_EXTERN_C_END

#endif
