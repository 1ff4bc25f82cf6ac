/*
 * driso shim: wificxwakesource.h, WiFiCx wake-up sources. Declarations
 * only; provenance in wificx.h. Learn lists WIFI_WAKE_SOURCE_TYPE's
 * enumerators without values: they follow the documented order.
 */
#ifndef DRISO_SHIM_WIFICXWAKESOURCE_H
#define DRISO_SHIM_WIFICXWAKESOURCE_H
#include "wificxtypes.h"

DRISO_EXTERN_C_START

typedef enum _WIFI_WAKE_SOURCE_TYPE {
	WifiWakeSourceTypeNloDiscovery,
	WifiWakeSourceTypeApAssociationLost,
	WifiWakeSourceTypeGtkHandshakeError,
	WifiWakeSourceTypeFourWayHandshakeRequest
} WIFI_WAKE_SOURCE_TYPE;

WIFI_WAKE_SOURCE_TYPE WifiWakeSourceGetType(WIFIWAKESOURCE WakeSource);
NETADAPTER WifiWakeSourceGetAdapter(WIFIWAKESOURCE WakeSource);

DRISO_EXTERN_C_END

#endif
