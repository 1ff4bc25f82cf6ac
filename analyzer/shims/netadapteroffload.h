/*
 * driso shim: netadapteroffload.h, NetAdapterCx 2.x hardware offloads:
 * layer 3/4 flags, transmit/receive checksum, GSO (LSO/USO), RSC and
 * IEEE 802.1Q tagging capabilities with their EVT_NET_ADAPTER_OFFLOAD_SET_*
 * callbacks and _INIT helpers, the NetAdapterOffloadSet*Capabilities and
 * NetOffloadIs*Enabled functions. Declarations only; provenance in
 * netadaptercx.h.
 */
#ifndef DRISO_SHIM_NETADAPTEROFFLOAD_H
#define DRISO_SHIM_NETADAPTEROFFLOAD_H
#include "netadaptercxtypes.h"

DRISO_EXTERN_C_START

typedef enum _NET_ADAPTER_OFFLOAD_LAYER3_FLAGS {
	NetAdapterOffloadLayer3FlagIPv4NoOptions = 0x00000001,
	NetAdapterOffloadLayer3FlagIPv4WithOptions = 0x00000002,
	NetAdapterOffloadLayer3FlagIPv6NoExtensions = 0x00000004,
	NetAdapterOffloadLayer3FlagIPv6WithExtensions = 0x00000008,
} NET_ADAPTER_OFFLOAD_LAYER3_FLAGS;

typedef enum _NET_ADAPTER_OFFLOAD_LAYER4_FLAGS {
	NetAdapterOffloadLayer4FlagTcpNoOptions = 0x00000001,
	NetAdapterOffloadLayer4FlagTcpWithOptions = 0x00000002,
	NetAdapterOffloadLayer4FlagUdp = 0x00000004,
} NET_ADAPTER_OFFLOAD_LAYER4_FLAGS;

typedef enum _NET_ADAPTER_OFFLOAD_IEEE8021Q_TAG_FLAGS {
	NetAdapterOffloadIeee8021PriorityTaggingFlag = 0x00000001,
	NetAdapterOffloadIeee8021VlanTaggingFlag = 0x00000002,
} NET_ADAPTER_OFFLOAD_IEEE8021Q_TAG_FLAGS;

DRISO_EXTERN_C_END
DEFINE_ENUM_FLAG_OPERATORS(NET_ADAPTER_OFFLOAD_LAYER3_FLAGS)
DEFINE_ENUM_FLAG_OPERATORS(NET_ADAPTER_OFFLOAD_LAYER4_FLAGS)
DEFINE_ENUM_FLAG_OPERATORS(NET_ADAPTER_OFFLOAD_IEEE8021Q_TAG_FLAGS)
DRISO_EXTERN_C_START

typedef void EVT_NET_ADAPTER_OFFLOAD_SET_TX_CHECKSUM(NETADAPTER Adapter, NETOFFLOAD Offload);
typedef EVT_NET_ADAPTER_OFFLOAD_SET_TX_CHECKSUM *PFN_NET_ADAPTER_OFFLOAD_SET_TX_CHECKSUM;
typedef void EVT_NET_ADAPTER_OFFLOAD_SET_RX_CHECKSUM(NETADAPTER Adapter, NETOFFLOAD Offload);
typedef EVT_NET_ADAPTER_OFFLOAD_SET_RX_CHECKSUM *PFN_NET_ADAPTER_OFFLOAD_SET_RX_CHECKSUM;
typedef void EVT_NET_ADAPTER_OFFLOAD_SET_GSO(NETADAPTER Adapter, NETOFFLOAD Offload);
typedef EVT_NET_ADAPTER_OFFLOAD_SET_GSO *PFN_NET_ADAPTER_OFFLOAD_SET_GSO;
typedef void EVT_NET_ADAPTER_OFFLOAD_SET_RSC(NETADAPTER Adapter, NETOFFLOAD Offload);
typedef EVT_NET_ADAPTER_OFFLOAD_SET_RSC *PFN_NET_ADAPTER_OFFLOAD_SET_RSC;

typedef struct _NET_ADAPTER_OFFLOAD_TX_CHECKSUM_CAPABILITIES {
	ULONG Size;
	NET_ADAPTER_OFFLOAD_LAYER3_FLAGS Layer3Flags;
	NET_ADAPTER_OFFLOAD_LAYER4_FLAGS Layer4Flags;
	UINT16 Layer3HeaderOffsetLimit;
	UINT16 Layer4HeaderOffsetLimit;
	PFN_NET_ADAPTER_OFFLOAD_SET_TX_CHECKSUM EvtAdapterOffloadSetTxChecksum;
} NET_ADAPTER_OFFLOAD_TX_CHECKSUM_CAPABILITIES;

typedef struct _NET_ADAPTER_OFFLOAD_RX_CHECKSUM_CAPABILITIES {
	ULONG Size;
	PFN_NET_ADAPTER_OFFLOAD_SET_RX_CHECKSUM EvtAdapterOffloadSetRxChecksum;
} NET_ADAPTER_OFFLOAD_RX_CHECKSUM_CAPABILITIES;

typedef struct _NET_ADAPTER_OFFLOAD_GSO_CAPABILITIES {
	ULONG Size;
	NET_ADAPTER_OFFLOAD_LAYER3_FLAGS Layer3Flags;
	NET_ADAPTER_OFFLOAD_LAYER4_FLAGS Layer4Flags;
	UINT16 Layer4HeaderOffsetLimit;
	SIZE_T MaximumOffloadSize;
	SIZE_T MinimumSegmentCount;
	PFN_NET_ADAPTER_OFFLOAD_SET_GSO EvtAdapterOffloadSetGso;
} NET_ADAPTER_OFFLOAD_GSO_CAPABILITIES;

typedef struct _NET_ADAPTER_OFFLOAD_RSC_CAPABILITIES {
	ULONG Size;
	NET_ADAPTER_OFFLOAD_LAYER3_FLAGS Layer3Flags;
	NET_ADAPTER_OFFLOAD_LAYER4_FLAGS Layer4Flags;
	BOOLEAN TcpTimestampOption;
	PFN_NET_ADAPTER_OFFLOAD_SET_RSC EvtAdapterOffloadSetRsc;
} NET_ADAPTER_OFFLOAD_RSC_CAPABILITIES;

typedef struct _NET_ADAPTER_OFFLOAD_IEEE8021Q_TAG_CAPABILITIES {
	ULONG Size;
	NET_ADAPTER_OFFLOAD_IEEE8021Q_TAG_FLAGS Flags;
} NET_ADAPTER_OFFLOAD_IEEE8021Q_TAG_CAPABILITIES;

DRISO_INLINE void NET_ADAPTER_OFFLOAD_TX_CHECKSUM_CAPABILITIES_INIT(
	NET_ADAPTER_OFFLOAD_TX_CHECKSUM_CAPABILITIES *Capabilities, NET_ADAPTER_OFFLOAD_LAYER3_FLAGS Layer3Flags,
	PFN_NET_ADAPTER_OFFLOAD_SET_TX_CHECKSUM EvtAdapterOffloadSetTxChecksum)
{
	RtlZeroMemory(Capabilities, sizeof(*Capabilities));
	Capabilities->Size = sizeof(*Capabilities);
	Capabilities->Layer3Flags = Layer3Flags;
	Capabilities->EvtAdapterOffloadSetTxChecksum = EvtAdapterOffloadSetTxChecksum;
}

DRISO_INLINE void NET_ADAPTER_OFFLOAD_RX_CHECKSUM_CAPABILITIES_INIT(
	NET_ADAPTER_OFFLOAD_RX_CHECKSUM_CAPABILITIES *Capabilities,
	PFN_NET_ADAPTER_OFFLOAD_SET_RX_CHECKSUM EvtAdapterOffloadSetRxChecksum)
{
	RtlZeroMemory(Capabilities, sizeof(*Capabilities));
	Capabilities->Size = sizeof(*Capabilities);
	Capabilities->EvtAdapterOffloadSetRxChecksum = EvtAdapterOffloadSetRxChecksum;
}

DRISO_INLINE void NET_ADAPTER_OFFLOAD_GSO_CAPABILITIES_INIT(
	NET_ADAPTER_OFFLOAD_GSO_CAPABILITIES *GsoCapabilities, NET_ADAPTER_OFFLOAD_LAYER3_FLAGS Layer3Flags,
	NET_ADAPTER_OFFLOAD_LAYER4_FLAGS Layer4Flags, SIZE_T MaximumOffloadSize, SIZE_T MinimumSegmentCount,
	PFN_NET_ADAPTER_OFFLOAD_SET_GSO EvtAdapterOffloadSetGso)
{
	RtlZeroMemory(GsoCapabilities, sizeof(*GsoCapabilities));
	GsoCapabilities->Size = sizeof(*GsoCapabilities);
	GsoCapabilities->Layer3Flags = Layer3Flags;
	GsoCapabilities->Layer4Flags = Layer4Flags;
	GsoCapabilities->MaximumOffloadSize = MaximumOffloadSize;
	GsoCapabilities->MinimumSegmentCount = MinimumSegmentCount;
	GsoCapabilities->EvtAdapterOffloadSetGso = EvtAdapterOffloadSetGso;
}

DRISO_INLINE void NET_ADAPTER_OFFLOAD_RSC_CAPABILITIES_INIT(
	NET_ADAPTER_OFFLOAD_RSC_CAPABILITIES *RscCapabilities, NET_ADAPTER_OFFLOAD_LAYER3_FLAGS Layer3Flags,
	NET_ADAPTER_OFFLOAD_LAYER4_FLAGS Layer4Flags, PFN_NET_ADAPTER_OFFLOAD_SET_RSC EvtAdapterOffloadSetRsc)
{
	RtlZeroMemory(RscCapabilities, sizeof(*RscCapabilities));
	RscCapabilities->Size = sizeof(*RscCapabilities);
	RscCapabilities->Layer3Flags = Layer3Flags;
	RscCapabilities->Layer4Flags = Layer4Flags;
	RscCapabilities->EvtAdapterOffloadSetRsc = EvtAdapterOffloadSetRsc;
}

DRISO_INLINE void NET_ADAPTER_OFFLOAD_IEEE8021Q_TAG_CAPABILITIES_INIT(
	NET_ADAPTER_OFFLOAD_IEEE8021Q_TAG_CAPABILITIES *Ieee8021qCapabilities, NET_ADAPTER_OFFLOAD_IEEE8021Q_TAG_FLAGS Flags)
{
	RtlZeroMemory(Ieee8021qCapabilities, sizeof(*Ieee8021qCapabilities));
	Ieee8021qCapabilities->Size = sizeof(*Ieee8021qCapabilities);
	Ieee8021qCapabilities->Flags = Flags;
}

void NetAdapterOffloadSetTxChecksumCapabilities(NETADAPTER Adapter,
						NET_ADAPTER_OFFLOAD_TX_CHECKSUM_CAPABILITIES const *HardwareCapabilities);
BOOLEAN NetOffloadIsTxChecksumIPv4Enabled(NETOFFLOAD Offload);
BOOLEAN NetOffloadIsTxChecksumTcpEnabled(NETOFFLOAD Offload);
BOOLEAN NetOffloadIsTxChecksumUdpEnabled(NETOFFLOAD Offload);
void NetAdapterOffloadSetRxChecksumCapabilities(NETADAPTER Adapter,
						NET_ADAPTER_OFFLOAD_RX_CHECKSUM_CAPABILITIES const *Capabilities);
BOOLEAN NetOffloadIsRxChecksumIPv4Enabled(NETOFFLOAD Offload);
BOOLEAN NetOffloadIsRxChecksumTcpEnabled(NETOFFLOAD Offload);
BOOLEAN NetOffloadIsRxChecksumUdpEnabled(NETOFFLOAD Offload);
void NetAdapterOffloadSetGsoCapabilities(NETADAPTER Adapter, NET_ADAPTER_OFFLOAD_GSO_CAPABILITIES *HardwareCapabilities);
BOOLEAN NetOffloadIsLsoIPv4Enabled(NETOFFLOAD Offload);
BOOLEAN NetOffloadIsLsoIPv6Enabled(NETOFFLOAD Offload);
BOOLEAN NetOffloadIsUsoIPv4Enabled(NETOFFLOAD Offload);
BOOLEAN NetOffloadIsUsoIPv6Enabled(NETOFFLOAD Offload);
void NetAdapterOffloadSetRscCapabilities(NETADAPTER Adapter, NET_ADAPTER_OFFLOAD_RSC_CAPABILITIES *HardwareCapabilities);
BOOLEAN NetOffloadIsTcpRscIPv4Enabled(NETOFFLOAD Offload);
BOOLEAN NetOffloadIsTcpRscIPv6Enabled(NETOFFLOAD Offload);
BOOLEAN NetOffloadIsRscTcpTimestampOptionEnabled(NETOFFLOAD Offload);
/* UDP RSC (URO, NetAdapterCx 2.5): Learn's "RSC offload" page describes it
 * but the reference has no page for the query; the signature follows the
 * other NetOffloadIs*Enabled functions. */
BOOLEAN NetOffloadIsUdpRscEnabled(NETOFFLOAD Offload);
void NetAdapterOffloadSetIeee8021qTagCapabilities(NETADAPTER Adapter,
						  NET_ADAPTER_OFFLOAD_IEEE8021Q_TAG_CAPABILITIES *HardwareCapabilities);

DRISO_EXTERN_C_END

#endif
