/*
 * driso shim: wificxpoweroffload.h, WiFiCx low-power protocol offloads
 * (802.11 RSN rekey). Declarations only; provenance in wificx.h.
 * WIFI_RSN_MAX_CIPHER_KEY_LENGTH has no published value: driso value.
 */
#ifndef DRISO_SHIM_WIFICXPOWEROFFLOAD_H
#define DRISO_SHIM_WIFICXPOWEROFFLOAD_H
#include "wificxtypes.h"

DRISO_EXTERN_C_START

#define WIFI_RSN_MAX_CIPHER_KEY_LENGTH 64 /* driso value */

typedef enum _WIFI_POWER_OFFLOAD_TYPE {
	WifiPowerOffloadType80211RsnRekey = 1
} WIFI_POWER_OFFLOAD_TYPE;

typedef struct _WIFI_POWER_OFFLOAD_80211RSNREKEY_PARAMETERS {
	ULONG Size;
	ULONG ProtocolOffloadId;
	UINT64 ReplayCounter;
	ULONG KCKLength;
	ULONG KEKLength;
	UCHAR KCK[WIFI_RSN_MAX_CIPHER_KEY_LENGTH];
	UCHAR KEK[WIFI_RSN_MAX_CIPHER_KEY_LENGTH];
} WIFI_POWER_OFFLOAD_80211RSNREKEY_PARAMETERS;

DRISO_INLINE VOID
WIFI_POWER_OFFLOAD_80211RSNREKEY_PARAMETERS_INIT(WIFI_POWER_OFFLOAD_80211RSNREKEY_PARAMETERS *Parameters)
{
	RtlZeroMemory(Parameters, sizeof(*Parameters));
	Parameters->Size = sizeof(*Parameters);
}

WIFI_POWER_OFFLOAD_TYPE WifiPowerOffloadGetType(WIFIPOWEROFFLOAD WifiPowerOffload);
NETADAPTER WifiPowerOffloadGetAdapter(WIFIPOWEROFFLOAD WifiPowerOffload);
VOID WifiPowerOffloadGet80211RSNRekeyParameters(WIFIPOWEROFFLOAD WifiPowerOffload,
	WIFI_POWER_OFFLOAD_80211RSNREKEY_PARAMETERS *Parameters);

DRISO_EXTERN_C_END

#endif
