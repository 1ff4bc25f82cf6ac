/*
 * driso shim: netadapter.h, the NetAdapterCx 2.x NETADAPTER object:
 * adapter init (NetAdapterInitAllocate, datapath callbacks,
 * NetAdapterCreate/Start/Stop), link layer capabilities, address and
 * state, datapath (Tx/Rx) capabilities and DMA, receive filters, legacy
 * checksum offload, power offload (ARP/NS) and wake capabilities, wake
 * reasons, and the adapter's configuration. Every NetAdapter* function is
 * a plain prototype (the WDK routes them through NetFunctions[]); the
 * *_INIT helpers are driso's own trivial initializers.
 *
 * Declarations only; provenance in netadaptercx.h.
 */
#ifndef DRISO_SHIM_NETADAPTER_H
#define DRISO_SHIM_NETADAPTER_H
#include "netadaptercxtypes.h"
#include "netreceivescaling.h"
#include "nettxqueue.h"
#include "netrxqueue.h"
#include "net/returncontexttypes.h"

DRISO_EXTERN_C_START

typedef enum _NET_ADAPTER_PAUSE_FUNCTION_TYPE {
	NetAdapterPauseFunctionTypeUnsupported = 0,
	NetAdapterPauseFunctionTypeSendOnly,
	NetAdapterPauseFunctionTypeReceiveOnly,
	NetAdapterPauseFunctionTypeSendAndReceive,
	NetAdapterPauseFunctionTypeUnknown,
} NET_ADAPTER_PAUSE_FUNCTION_TYPE;

typedef enum _NET_ADAPTER_AUTO_NEGOTIATION_FLAGS {
	NetAdapterAutoNegotiationFlagNone = 0x00000000,
	NetAdapterAutoNegotiationFlagXmitLinkSpeedAutoNegotiated = 0x00000001,
	NetAdapterAutoNegotiationFlagRcvLinkSpeedautoNegotiated = 0x00000002,
	NetAdapterAutoNegotiationFlagDuplexAutoNegotiated = 0x00000004,
	NetAdapterAutoNegotiationFlagPauseFunctionsAutoNegotiated = 0x00000008,
} NET_ADAPTER_AUTO_NEGOTIATION_FLAGS;

typedef enum _NET_MEMORY_MAPPING_REQUIREMENT {
	NetMemoryMappingRequirementNone = 0,
	NetMemoryMappingRequirementDmaMapped,
} NET_MEMORY_MAPPING_REQUIREMENT;

typedef enum _NET_ADAPTER_WAKE_PATTERN_ID {
	NetAdapterWakeMagicPatternId = 0x0000fffe,
	NetAdapterWakeEapolPatternId = 0x0000fffd,
	NetAdapterWakeFilterPatternId = 0x0000fffc,
} NET_ADAPTER_WAKE_PATTERN_ID;

typedef enum _NET_PACKET_FILTER_FLAGS {
	NetPacketFilterFlagDirected = 0x00000001,
	NetPacketFilterFlagMulticast = 0x00000002,
	NetPacketFilterFlagAllMulticast = 0x00000004,
	NetPacketFilterFlagBroadcast = 0x00000008,
	NetPacketFilterFlagPromiscuous = 0x00000020,
} NET_PACKET_FILTER_FLAGS;

typedef enum _NET_RX_FRAGMENT_BUFFER_ALLOCATION_MODE {
	NetRxFragmentBufferAllocationModeSystem = 0,
	NetRxFragmentBufferAllocationModeDriver,
} NET_RX_FRAGMENT_BUFFER_ALLOCATION_MODE;

typedef enum _NET_RX_FRAGMENT_BUFFER_ATTACHMENT_MODE {
	NetRxFragmentBufferAttachmentModeSystem = 0,
	NetRxFragmentBufferAttachmentModeDriver,
} NET_RX_FRAGMENT_BUFFER_ATTACHMENT_MODE;

DRISO_EXTERN_C_END
DEFINE_ENUM_FLAG_OPERATORS(NET_ADAPTER_PAUSE_FUNCTION_TYPE)
DEFINE_ENUM_FLAG_OPERATORS(NET_ADAPTER_AUTO_NEGOTIATION_FLAGS)
DEFINE_ENUM_FLAG_OPERATORS(NET_PACKET_FILTER_FLAGS)
DRISO_EXTERN_C_START

/* Datapath queue creation */
typedef NTSTATUS EVT_NET_ADAPTER_CREATE_TXQUEUE(NETADAPTER Adapter, NETTXQUEUE_INIT *TxQueueInit);
typedef EVT_NET_ADAPTER_CREATE_TXQUEUE *PFN_NET_ADAPTER_CREATE_TXQUEUE;
typedef NTSTATUS EVT_NET_ADAPTER_CREATE_RXQUEUE(NETADAPTER Adapter, NETRXQUEUE_INIT *RxQueueInit);
typedef EVT_NET_ADAPTER_CREATE_RXQUEUE *PFN_NET_ADAPTER_CREATE_RXQUEUE;

typedef struct _NET_ADAPTER_DATAPATH_CALLBACKS {
	ULONG Size;
	PFN_NET_ADAPTER_CREATE_TXQUEUE EvtAdapterCreateTxQueue;
	PFN_NET_ADAPTER_CREATE_RXQUEUE EvtAdapterCreateRxQueue;
} NET_ADAPTER_DATAPATH_CALLBACKS;

DRISO_INLINE void NET_ADAPTER_DATAPATH_CALLBACKS_INIT(NET_ADAPTER_DATAPATH_CALLBACKS *DatapathCallbacks,
						      PFN_NET_ADAPTER_CREATE_TXQUEUE EvtAdapterCreateTxQueue,
						      PFN_NET_ADAPTER_CREATE_RXQUEUE EvtAdapterCreateRxQueue)
{
	RtlZeroMemory(DatapathCallbacks, sizeof(*DatapathCallbacks));
	DatapathCallbacks->Size = sizeof(*DatapathCallbacks);
	DatapathCallbacks->EvtAdapterCreateTxQueue = EvtAdapterCreateTxQueue;
	DatapathCallbacks->EvtAdapterCreateRxQueue = EvtAdapterCreateRxQueue;
}

/* Link layer */
typedef struct _NET_ADAPTER_LINK_LAYER_ADDRESS {
	USHORT Length;
	UCHAR Address[32];
} NET_ADAPTER_LINK_LAYER_ADDRESS;

DRISO_INLINE void NET_ADAPTER_LINK_LAYER_ADDRESS_INIT(NET_ADAPTER_LINK_LAYER_ADDRESS *LinkLayerAddress, USHORT Length,
						      UCHAR const *AddressBuffer)
{
	RtlZeroMemory(LinkLayerAddress, sizeof(*LinkLayerAddress));
	LinkLayerAddress->Length = Length;
	RtlCopyMemory(LinkLayerAddress->Address, AddressBuffer,
		      Length < sizeof(LinkLayerAddress->Address) ? Length : sizeof(LinkLayerAddress->Address));
}

typedef struct _NET_ADAPTER_LINK_LAYER_CAPABILITIES {
	ULONG Size;
	ULONG64 MaxTxLinkSpeed;
	ULONG64 MaxRxLinkSpeed;
} NET_ADAPTER_LINK_LAYER_CAPABILITIES;

DRISO_INLINE void NET_ADAPTER_LINK_LAYER_CAPABILITIES_INIT(NET_ADAPTER_LINK_LAYER_CAPABILITIES *LinkLayerCapabilities,
							   ULONG64 MaxTxLinkSpeed, ULONG64 MaxRxLinkSpeed)
{
	RtlZeroMemory(LinkLayerCapabilities, sizeof(*LinkLayerCapabilities));
	LinkLayerCapabilities->Size = sizeof(*LinkLayerCapabilities);
	LinkLayerCapabilities->MaxTxLinkSpeed = MaxTxLinkSpeed;
	LinkLayerCapabilities->MaxRxLinkSpeed = MaxRxLinkSpeed;
}

#define NET_ADAPTER_LINK_SPEED_UNKNOWN ((ULONG64)(-1))

typedef struct _NET_ADAPTER_LINK_STATE {
	ULONG Size;
	ULONG64 TxLinkSpeed;
	ULONG64 RxLinkSpeed;
	NET_IF_MEDIA_CONNECT_STATE MediaConnectState;
	NET_IF_MEDIA_DUPLEX_STATE MediaDuplexState;
	NET_ADAPTER_PAUSE_FUNCTION_TYPE SupportedPauseFunctions;
	NET_ADAPTER_AUTO_NEGOTIATION_FLAGS AutoNegotiationFlags;
} NET_ADAPTER_LINK_STATE;

DRISO_INLINE void NET_ADAPTER_LINK_STATE_INIT(NET_ADAPTER_LINK_STATE *LinkState, ULONG64 LinkSpeed,
					      NET_IF_MEDIA_CONNECT_STATE MediaConnectState,
					      NET_IF_MEDIA_DUPLEX_STATE MediaDuplexState,
					      NET_ADAPTER_PAUSE_FUNCTION_TYPE SupportedPauseFunctions,
					      NET_ADAPTER_AUTO_NEGOTIATION_FLAGS AutoNegotiationFlags)
{
	RtlZeroMemory(LinkState, sizeof(*LinkState));
	LinkState->Size = sizeof(*LinkState);
	LinkState->TxLinkSpeed = LinkSpeed;
	LinkState->RxLinkSpeed = LinkSpeed;
	LinkState->MediaConnectState = MediaConnectState;
	LinkState->MediaDuplexState = MediaDuplexState;
	LinkState->SupportedPauseFunctions = SupportedPauseFunctions;
	LinkState->AutoNegotiationFlags = AutoNegotiationFlags;
}

DRISO_INLINE void NET_ADAPTER_LINK_STATE_INIT_DISCONNECTED(NET_ADAPTER_LINK_STATE *LinkState)
{
	RtlZeroMemory(LinkState, sizeof(*LinkState));
	LinkState->Size = sizeof(*LinkState);
	LinkState->TxLinkSpeed = NET_ADAPTER_LINK_SPEED_UNKNOWN;
	LinkState->RxLinkSpeed = NET_ADAPTER_LINK_SPEED_UNKNOWN;
	LinkState->MediaConnectState = MediaConnectStateDisconnected;
	LinkState->MediaDuplexState = MediaDuplexStateUnknown;
	LinkState->SupportedPauseFunctions = NetAdapterPauseFunctionTypeUnsupported;
}

/* Datapath capabilities */
#define NET_ADAPTER_FRAGMENT_DEFAULT_ALIGNMENT 1

#if DRISO_KERNEL
typedef struct _NET_ADAPTER_DMA_CAPABILITIES {
	ULONG Size;
	WDFDMAENABLER DmaEnabler;
	PHYSICAL_ADDRESS MaximumPhysicalAddress;
	WDF_TRI_STATE CacheEnabled;
	NODE_REQUIREMENT PreferredNode;
} NET_ADAPTER_DMA_CAPABILITIES;

DRISO_INLINE void NET_ADAPTER_DMA_CAPABILITIES_INIT(NET_ADAPTER_DMA_CAPABILITIES *DmaCapabilities,
						    WDFDMAENABLER DmaEnabler)
{
	RtlZeroMemory(DmaCapabilities, sizeof(*DmaCapabilities));
	DmaCapabilities->Size = sizeof(*DmaCapabilities);
	DmaCapabilities->DmaEnabler = DmaEnabler;
	DmaCapabilities->CacheEnabled = WdfUseDefault;
	DmaCapabilities->PreferredNode = MM_ANY_NODE_OK;
}
#else
typedef struct _NET_ADAPTER_DMA_CAPABILITIES NET_ADAPTER_DMA_CAPABILITIES;
#endif

typedef void EVT_NET_ADAPTER_RETURN_RX_BUFFER(NETADAPTER Adapter, NET_FRAGMENT_RETURN_CONTEXT_HANDLE RxReturnContext);
typedef EVT_NET_ADAPTER_RETURN_RX_BUFFER *PFN_NET_ADAPTER_RETURN_RX_BUFFER;

typedef struct _NET_ADAPTER_RX_CAPABILITIES {
	ULONG Size;
	NET_RX_FRAGMENT_BUFFER_ALLOCATION_MODE AllocationMode;
	NET_RX_FRAGMENT_BUFFER_ATTACHMENT_MODE AttachmentMode;
	UINT32 FragmentRingNumberOfElementsHint;
	SIZE_T MaximumFrameSize;
	SIZE_T MaximumNumberOfQueues;
	union {
		struct {
			PFN_NET_ADAPTER_RETURN_RX_BUFFER EvtAdapterReturnRxBuffer;
		} DUMMYSTRUCTNAME;
		struct {
			NET_MEMORY_MAPPING_REQUIREMENT MappingRequirement;
			SIZE_T FragmentBufferAlignment;
			NET_ADAPTER_DMA_CAPABILITIES *DmaCapabilities;
		} DUMMYSTRUCTNAME2;
	} DUMMYUNIONNAME;
} NET_ADAPTER_RX_CAPABILITIES;

DRISO_INLINE void NET_ADAPTER_RX_CAPABILITIES_INIT_DRIVER_MANAGED(NET_ADAPTER_RX_CAPABILITIES *RxCapabilities,
								  PFN_NET_ADAPTER_RETURN_RX_BUFFER EvtAdapterReturnRxBuffer,
								  SIZE_T MaximumFrameSize, SIZE_T MaximumNumberOfQueues)
{
	RtlZeroMemory(RxCapabilities, sizeof(*RxCapabilities));
	RxCapabilities->Size = sizeof(*RxCapabilities);
	RxCapabilities->AllocationMode = NetRxFragmentBufferAllocationModeDriver;
	RxCapabilities->AttachmentMode = NetRxFragmentBufferAttachmentModeDriver;
	RxCapabilities->MaximumFrameSize = MaximumFrameSize;
	RxCapabilities->MaximumNumberOfQueues = MaximumNumberOfQueues;
	RxCapabilities->EvtAdapterReturnRxBuffer = EvtAdapterReturnRxBuffer;
}

DRISO_INLINE void NET_ADAPTER_RX_CAPABILITIES_INIT_SYSTEM_MANAGED(NET_ADAPTER_RX_CAPABILITIES *RxCapabilities,
								  SIZE_T MaximumFrameSize, SIZE_T MaximumNumberOfQueues)
{
	RtlZeroMemory(RxCapabilities, sizeof(*RxCapabilities));
	RxCapabilities->Size = sizeof(*RxCapabilities);
	RxCapabilities->MaximumFrameSize = MaximumFrameSize;
	RxCapabilities->MaximumNumberOfQueues = MaximumNumberOfQueues;
	RxCapabilities->FragmentBufferAlignment = NET_ADAPTER_FRAGMENT_DEFAULT_ALIGNMENT;
}

DRISO_INLINE void NET_ADAPTER_RX_CAPABILITIES_INIT_SYSTEM_MANAGED_DMA(NET_ADAPTER_RX_CAPABILITIES *RxCapabilities,
								      NET_ADAPTER_DMA_CAPABILITIES *DmaCapabilities,
								      SIZE_T MaximumFrameSize, SIZE_T MaximumNumberOfQueues)
{
	NET_ADAPTER_RX_CAPABILITIES_INIT_SYSTEM_MANAGED(RxCapabilities, MaximumFrameSize, MaximumNumberOfQueues);
	RxCapabilities->MappingRequirement = NetMemoryMappingRequirementDmaMapped;
	RxCapabilities->DmaCapabilities = DmaCapabilities;
}

typedef struct _NET_ADAPTER_TX_CAPABILITIES {
	ULONG Size;
	NET_MEMORY_MAPPING_REQUIREMENT MappingRequirement;
	SIZE_T PayloadBackfill;
	SIZE_T MaximumNumberOfFragments;
	SIZE_T FragmentBufferAlignment;
	UINT32 FragmentRingNumberOfElementsHint;
	SIZE_T MaximumNumberOfQueues;
	NET_ADAPTER_DMA_CAPABILITIES *DmaCapabilities;
} NET_ADAPTER_TX_CAPABILITIES;

DRISO_INLINE void NET_ADAPTER_TX_CAPABILITIES_INIT(NET_ADAPTER_TX_CAPABILITIES *TxCapabilities,
						   SIZE_T MaximumNumberOfQueues)
{
	RtlZeroMemory(TxCapabilities, sizeof(*TxCapabilities));
	TxCapabilities->Size = sizeof(*TxCapabilities);
	TxCapabilities->FragmentBufferAlignment = NET_ADAPTER_FRAGMENT_DEFAULT_ALIGNMENT;
	TxCapabilities->MaximumNumberOfQueues = MaximumNumberOfQueues;
	TxCapabilities->MaximumNumberOfFragments = (SIZE_T)-1;
}

DRISO_INLINE void NET_ADAPTER_TX_CAPABILITIES_INIT_FOR_DMA(NET_ADAPTER_TX_CAPABILITIES *TxCapabilities,
							   NET_ADAPTER_DMA_CAPABILITIES *DmaCapabilities,
							   SIZE_T MaximumNumberOfQueues)
{
	NET_ADAPTER_TX_CAPABILITIES_INIT(TxCapabilities, MaximumNumberOfQueues);
	TxCapabilities->MappingRequirement = NetMemoryMappingRequirementDmaMapped;
	TxCapabilities->DmaCapabilities = DmaCapabilities;
}

/* Checksum offload (the 2.0 interface; 2.1+ drivers use netadapteroffload.h) */
typedef void EVT_NET_ADAPTER_OFFLOAD_SET_CHECKSUM(NETADAPTER Adapter, NETOFFLOAD Offload);
typedef EVT_NET_ADAPTER_OFFLOAD_SET_CHECKSUM *PFN_NET_ADAPTER_OFFLOAD_SET_CHECKSUM;

typedef struct _NET_ADAPTER_OFFLOAD_CHECKSUM_CAPABILITIES {
	ULONG Size;
	BOOLEAN IPv4;
	BOOLEAN Tcp;
	BOOLEAN Udp;
	PFN_NET_ADAPTER_OFFLOAD_SET_CHECKSUM EvtAdapterOffloadSetChecksum;
} NET_ADAPTER_OFFLOAD_CHECKSUM_CAPABILITIES;

DRISO_INLINE void NET_ADAPTER_OFFLOAD_CHECKSUM_CAPABILITIES_INIT(
	NET_ADAPTER_OFFLOAD_CHECKSUM_CAPABILITIES *ChecksumCapabilities, BOOLEAN IPv4, BOOLEAN Tcp, BOOLEAN Udp,
	PFN_NET_ADAPTER_OFFLOAD_SET_CHECKSUM EvtAdapterOffloadSetChecksum)
{
	RtlZeroMemory(ChecksumCapabilities, sizeof(*ChecksumCapabilities));
	ChecksumCapabilities->Size = sizeof(*ChecksumCapabilities);
	ChecksumCapabilities->IPv4 = IPv4;
	ChecksumCapabilities->Tcp = Tcp;
	ChecksumCapabilities->Udp = Udp;
	ChecksumCapabilities->EvtAdapterOffloadSetChecksum = EvtAdapterOffloadSetChecksum;
}

/* Power offload and wake capabilities */
typedef struct _NET_ADAPTER_POWER_OFFLOAD_ARP_CAPABILITIES {
	ULONG Size;
	BOOLEAN ArpOffload;
	SIZE_T MaximumOffloadCount;
} NET_ADAPTER_POWER_OFFLOAD_ARP_CAPABILITIES;

DRISO_INLINE void NET_ADAPTER_POWER_OFFLOAD_ARP_CAPABILITIES_INIT(NET_ADAPTER_POWER_OFFLOAD_ARP_CAPABILITIES *Capabilities,
								  SIZE_T MaximumOffloadCount)
{
	RtlZeroMemory(Capabilities, sizeof(*Capabilities));
	Capabilities->Size = sizeof(*Capabilities);
	Capabilities->ArpOffload = TRUE;
	Capabilities->MaximumOffloadCount = MaximumOffloadCount;
}

typedef struct _NET_ADAPTER_POWER_OFFLOAD_NS_CAPABILITIES {
	ULONG Size;
	BOOLEAN NSOffload;
	SIZE_T MaximumOffloadCount;
} NET_ADAPTER_POWER_OFFLOAD_NS_CAPABILITIES;

DRISO_INLINE void NET_ADAPTER_POWER_OFFLOAD_NS_CAPABILITIES_INIT(NET_ADAPTER_POWER_OFFLOAD_NS_CAPABILITIES *Capabilities,
								 SIZE_T MaximumOffloadCount)
{
	RtlZeroMemory(Capabilities, sizeof(*Capabilities));
	Capabilities->Size = sizeof(*Capabilities);
	Capabilities->NSOffload = TRUE;
	Capabilities->MaximumOffloadCount = MaximumOffloadCount;
}

typedef struct _NET_ADAPTER_WAKE_BITMAP_CAPABILITIES {
	ULONG Size;
	BOOLEAN BitmapPattern;
	SIZE_T MaximumPatternCount;
	SIZE_T MaximumPatternSize;
} NET_ADAPTER_WAKE_BITMAP_CAPABILITIES;

typedef struct _NET_ADAPTER_WAKE_MEDIA_CHANGE_CAPABILITIES {
	ULONG Size;
	BOOLEAN MediaConnect;
	BOOLEAN MediaDisconnect;
} NET_ADAPTER_WAKE_MEDIA_CHANGE_CAPABILITIES;

typedef struct _NET_ADAPTER_WAKE_MAGIC_PACKET_CAPABILITIES {
	ULONG Size;
	BOOLEAN MagicPacket;
} NET_ADAPTER_WAKE_MAGIC_PACKET_CAPABILITIES;

typedef struct _NET_ADAPTER_WAKE_EAPOL_PACKET_CAPABILITIES {
	ULONG Size;
	BOOLEAN EapolPacket;
} NET_ADAPTER_WAKE_EAPOL_PACKET_CAPABILITIES;

typedef struct _NET_ADAPTER_WAKE_PACKET_FILTER_CAPABILITIES {
	ULONG Size;
	BOOLEAN PacketFilterMatch;
} NET_ADAPTER_WAKE_PACKET_FILTER_CAPABILITIES;

#define DRISO_NETCX_SIZED_INIT(_init, _type) \
	DRISO_INLINE void _init(_type *Capabilities) \
	{ \
		RtlZeroMemory(Capabilities, sizeof(*Capabilities)); \
		Capabilities->Size = sizeof(*Capabilities); \
	}
DRISO_NETCX_SIZED_INIT(NET_ADAPTER_WAKE_BITMAP_CAPABILITIES_INIT, NET_ADAPTER_WAKE_BITMAP_CAPABILITIES)
DRISO_NETCX_SIZED_INIT(NET_ADAPTER_WAKE_MEDIA_CHANGE_CAPABILITIES_INIT, NET_ADAPTER_WAKE_MEDIA_CHANGE_CAPABILITIES)
DRISO_NETCX_SIZED_INIT(NET_ADAPTER_WAKE_MAGIC_PACKET_CAPABILITIES_INIT, NET_ADAPTER_WAKE_MAGIC_PACKET_CAPABILITIES)
DRISO_NETCX_SIZED_INIT(NET_ADAPTER_WAKE_EAPOL_PACKET_CAPABILITIES_INIT, NET_ADAPTER_WAKE_EAPOL_PACKET_CAPABILITIES)
DRISO_NETCX_SIZED_INIT(NET_ADAPTER_WAKE_PACKET_FILTER_CAPABILITIES_INIT, NET_ADAPTER_WAKE_PACKET_FILTER_CAPABILITIES)

/* Wake reasons */
typedef struct _NET_ADAPTER_WAKE_REASON_PACKET {
	ULONG Size;
	ULONG PatternId;
	ULONG OriginalPacketSize;
	WDFMEMORY WakePacket;
} NET_ADAPTER_WAKE_REASON_PACKET;

DRISO_INLINE void NET_ADAPTER_WAKE_REASON_PACKET_INIT(NET_ADAPTER_WAKE_REASON_PACKET *Reason)
{
	RtlZeroMemory(Reason, sizeof(*Reason));
	Reason->Size = sizeof(*Reason);
}

DRISO_INLINE void NET_ADAPTER_WAKE_REASON_MAGIC_PACKET_INIT(NET_ADAPTER_WAKE_REASON_PACKET *Reason)
{
	NET_ADAPTER_WAKE_REASON_PACKET_INIT(Reason);
	Reason->PatternId = NetAdapterWakeMagicPatternId;
}

DRISO_INLINE void NET_ADAPTER_WAKE_REASON_EAPOL_PACKET_INIT(NET_ADAPTER_WAKE_REASON_PACKET *Reason)
{
	NET_ADAPTER_WAKE_REASON_PACKET_INIT(Reason);
	Reason->PatternId = NetAdapterWakeEapolPatternId;
}

DRISO_INLINE void NET_ADAPTER_WAKE_REASON_FILTER_PACKET_INIT(NET_ADAPTER_WAKE_REASON_PACKET *Reason)
{
	NET_ADAPTER_WAKE_REASON_PACKET_INIT(Reason);
	Reason->PatternId = NetAdapterWakeFilterPatternId;
}

/* Receive filtering */
typedef void EVT_NET_ADAPTER_SET_RECEIVE_FILTER(NETADAPTER Adapter, NETRECEIVEFILTER ReceiveFilter);
typedef EVT_NET_ADAPTER_SET_RECEIVE_FILTER *PFN_NET_ADAPTER_SET_RECEIVE_FILTER;

typedef struct _NET_ADAPTER_RECEIVE_FILTER_CAPABILITIES {
	ULONG Size;
	NET_PACKET_FILTER_FLAGS SupportedPacketFilters;
	SIZE_T MaximumMulticastAddresses;
	PFN_NET_ADAPTER_SET_RECEIVE_FILTER EvtSetReceiveFilter;
} NET_ADAPTER_RECEIVE_FILTER_CAPABILITIES;

DRISO_INLINE void NET_ADAPTER_RECEIVE_FILTER_CAPABILITIES_INIT(NET_ADAPTER_RECEIVE_FILTER_CAPABILITIES *Capabilities,
							       PFN_NET_ADAPTER_SET_RECEIVE_FILTER EvtSetReceiveFilter)
{
	RtlZeroMemory(Capabilities, sizeof(*Capabilities));
	Capabilities->Size = sizeof(*Capabilities);
	Capabilities->EvtSetReceiveFilter = EvtSetReceiveFilter;
}

/* Functions */
NETADAPTER_INIT *NetAdapterInitAllocate(WDFDEVICE Device);
NETADAPTER_INIT *NetAdapterLightweightInitAllocate(GUID const *NetworkInterfaceGuid);
void NetAdapterInitFree(NETADAPTER_INIT *AdapterInit);
void NetAdapterInitSetDatapathCallbacks(NETADAPTER_INIT *AdapterInit, NET_ADAPTER_DATAPATH_CALLBACKS *DatapathCallbacks);
NTSTATUS NetAdapterCreate(NETADAPTER_INIT *AdapterInit, WDF_OBJECT_ATTRIBUTES *AdapterAttributes, NETADAPTER *Adapter);
NTSTATUS NetAdapterStart(NETADAPTER Adapter);
void NetAdapterStop(NETADAPTER Adapter);
void NetAdapterSetLinkLayerCapabilities(NETADAPTER Adapter, NET_ADAPTER_LINK_LAYER_CAPABILITIES *LinkLayerCapabilities);
void NetAdapterSetLinkLayerMtuSize(NETADAPTER Adapter, ULONG MtuSize);
void NetAdapterPowerOffloadSetArpCapabilities(NETADAPTER Adapter,
					      NET_ADAPTER_POWER_OFFLOAD_ARP_CAPABILITIES const *Capabilities);
void NetAdapterPowerOffloadSetNSCapabilities(NETADAPTER Adapter, NET_ADAPTER_POWER_OFFLOAD_NS_CAPABILITIES const *Capabilities);
void NetAdapterWakeSetBitmapCapabilities(NETADAPTER Adapter, NET_ADAPTER_WAKE_BITMAP_CAPABILITIES const *Capabilities);
void NetAdapterWakeSetMediaChangeCapabilities(NETADAPTER Adapter,
					      NET_ADAPTER_WAKE_MEDIA_CHANGE_CAPABILITIES const *Capabilities);
void NetAdapterWakeSetMagicPacketCapabilities(NETADAPTER Adapter,
					      NET_ADAPTER_WAKE_MAGIC_PACKET_CAPABILITIES const *Capabilities);
void NetAdapterWakeSetEapolPacketCapabilities(NETADAPTER Adapter,
					      NET_ADAPTER_WAKE_EAPOL_PACKET_CAPABILITIES const *Capabilities);
void NetAdapterWakeSetPacketFilterCapabilities(NETADAPTER Adapter,
					       NET_ADAPTER_WAKE_PACKET_FILTER_CAPABILITIES const *Capabilities);
void NetAdapterSetDataPathCapabilities(NETADAPTER Adapter, NET_ADAPTER_TX_CAPABILITIES *TxCapabilities,
				       NET_ADAPTER_RX_CAPABILITIES *RxCapabilities);
void NetAdapterSetLinkState(NETADAPTER Adapter, NET_ADAPTER_LINK_STATE *State);
NET_LUID NetAdapterGetNetLuid(NETADAPTER Adapter);
NTSTATUS NetAdapterOpenConfiguration(NETADAPTER Adapter, WDF_OBJECT_ATTRIBUTES *ConfigurationAttributes,
				     NETCONFIGURATION *Configuration);
void NetAdapterSetPermanentLinkLayerAddress(NETADAPTER Adapter, NET_ADAPTER_LINK_LAYER_ADDRESS *LinkLayerAddress);
void NetAdapterSetCurrentLinkLayerAddress(NETADAPTER Adapter, NET_ADAPTER_LINK_LAYER_ADDRESS *LinkLayerAddress);
void NetAdapterOffloadSetChecksumCapabilities(NETADAPTER Adapter,
					      NET_ADAPTER_OFFLOAD_CHECKSUM_CAPABILITIES *HardwareCapabilities);
BOOLEAN NetOffloadIsChecksumIPv4Enabled(NETOFFLOAD Offload);
BOOLEAN NetOffloadIsChecksumTcpEnabled(NETOFFLOAD Offload);
BOOLEAN NetOffloadIsChecksumUdpEnabled(NETOFFLOAD Offload);
void NetAdapterReportWakeReasonPacket(NETADAPTER Adapter, NET_ADAPTER_WAKE_REASON_PACKET const *Reason);
void NetAdapterReportWakeReasonMediaChange(NETADAPTER Adapter, NET_IF_MEDIA_CONNECT_STATE Reason);
void NetAdapterSetReceiveFilterCapabilities(NETADAPTER Adapter, NET_ADAPTER_RECEIVE_FILTER_CAPABILITIES const *Capabilities);
NET_PACKET_FILTER_FLAGS NetReceiveFilterGetPacketFilter(NETRECEIVEFILTER ReceiveFilter);
SIZE_T NetReceiveFilterGetMulticastAddressCount(NETRECEIVEFILTER ReceiveFilter);
NET_ADAPTER_LINK_LAYER_ADDRESS const *NetReceiveFilterGetMulticastAddressList(NETRECEIVEFILTER ReceiveFilter);

DRISO_EXTERN_C_END

#endif
