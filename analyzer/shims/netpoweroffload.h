/*
 * driso shim: netpoweroffload.h, ARP / IPv6 NS power offload objects
 * (NETPOWEROFFLOAD) and their parameters. Declarations only; provenance in
 * netadaptercx.h.
 */
#ifndef DRISO_SHIM_NETPOWEROFFLOAD_H
#define DRISO_SHIM_NETPOWEROFFLOAD_H
#include "netadaptercxtypes.h"
#include "netadapter.h"

DRISO_EXTERN_C_START

typedef enum _NET_POWER_OFFLOAD_TYPE {
	NetPowerOffloadTypeArp = 1,
	NetPowerOffloadTypeNS,
} NET_POWER_OFFLOAD_TYPE;

typedef struct _NET_POWER_OFFLOAD_ARP_PARAMETERS {
	ULONG Size;
	ULONG Id;
	NET_IPV4_ADDRESS RemoteIPv4Address;
	NET_IPV4_ADDRESS HostIPv4Address;
	NET_ADAPTER_LINK_LAYER_ADDRESS LinkLayerAddress;
} NET_POWER_OFFLOAD_ARP_PARAMETERS;

typedef struct _NET_POWER_OFFLOAD_NS_PARAMETERS {
	ULONG Size;
	ULONG Id;
	NET_IPV6_ADDRESS RemoteIPv6Address;
	NET_IPV6_ADDRESS SolicitedNodeIPv6Address;
	NET_IPV6_ADDRESS TargetIPv6Addresses[2];
	NET_ADAPTER_LINK_LAYER_ADDRESS LinkLayerAddress;
} NET_POWER_OFFLOAD_NS_PARAMETERS;

DRISO_INLINE void NET_POWER_OFFLOAD_ARP_PARAMETERS_INIT(NET_POWER_OFFLOAD_ARP_PARAMETERS *Parameters)
{
	RtlZeroMemory(Parameters, sizeof(*Parameters));
	Parameters->Size = sizeof(*Parameters);
}

DRISO_INLINE void NET_POWER_OFFLOAD_NS_PARAMETERS_INIT(NET_POWER_OFFLOAD_NS_PARAMETERS *Parameters)
{
	RtlZeroMemory(Parameters, sizeof(*Parameters));
	Parameters->Size = sizeof(*Parameters);
}

NET_POWER_OFFLOAD_TYPE NetPowerOffloadGetType(NETPOWEROFFLOAD PowerOffload);
NETADAPTER NetPowerOffloadGetAdapter(NETPOWEROFFLOAD PowerOffload);
void NetPowerOffloadGetArpParameters(NETPOWEROFFLOAD PowerOffload, NET_POWER_OFFLOAD_ARP_PARAMETERS *Parameters);
void NetPowerOffloadGetNSParameters(NETPOWEROFFLOAD PowerOffload, NET_POWER_OFFLOAD_NS_PARAMETERS *Parameters);

DRISO_EXTERN_C_END

#endif
