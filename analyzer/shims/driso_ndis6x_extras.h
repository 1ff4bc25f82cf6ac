/*
 * driso_ndis6x_extras.h: NDIS 6.20-6.80 kernel DDIs that driso_ndis6.h and
 * mingw-w64's ntddndis.h lack and that real NDIS 6 miniports use (VMQ /
 * RSSv2 miniports such as netvmini, WFP/stream drivers that allocate
 * generic objects). Included at the end of driso's NDIS 6 ndis.h.
 *
 * Written from the ndis.h reference on Learn: MINIPORT_SYNCHRONOUS_OID_REQUEST
 * (NDIS 6.80), NDIS_GENERIC_OBJECT and NdisAllocate/FreeGenericObject,
 * shared memory for VMQ (NDIS_SHARED_MEMORY_USAGE, _PARAMETERS,
 * NdisAllocate/FreeSharedMemory), NDIS_RECEIVE_QUEUE_STATE, and the
 * NDIS_SIZEOF_*_REVISION_n sizes of structures driso_ndis6.h declares
 * (RTL_SIZEOF_THROUGH_FIELD of their last field, as the WDK defines them),
 * and the Hyper-V extensible switch handlers (see below); NBL/NB
 * accessors for shared memory, receive filtering, RSS hash and VLAN id,
 * protocol-reserved NBL flags, IRQL and string/register helper macros,
 * scatter/gather DMA and MSI-X types, ~90 further NDIS 6.x routines, and
 * the complete NDIS_STATUS_* code list, send/receive/return flags,
 * structure revisions and NDIS_SIZEOF_* sizes. Values, parameter types and
 * member types that Learn does not spell out are facts from Microsoft's
 * WDK metadata project (microsoft/wdkmetadata, MIT license; the WDK headers
 * it carries keep their own license, so no text was copied).
 * RSSv2 structures and OIDs are in the ntddndis.h wrapper.
 */
#ifndef DRISO_NDIS6X_EXTRAS_H
#define DRISO_NDIS6X_EXTRAS_H
#include "driso_shims.h"

DRISO_EXTERN_C_START

#ifndef NDIS_INVALID_VPORT_ID
#define NDIS_INVALID_VPORT_ID 0xffffffff
#endif

/* sizes of revisions of structures declared in driso_ndis6.h */
#ifndef NDIS_SIZEOF_TIMER_CHARACTERISTICS_REVISION_1
#define NDIS_SIZEOF_TIMER_CHARACTERISTICS_REVISION_1 \
	RTL_SIZEOF_THROUGH_FIELD(NDIS_TIMER_CHARACTERISTICS, FunctionContext)
#endif
#ifndef NDIS_SIZEOF_MINIPORT_DRIVER_CHARACTERISTICS_REVISION_3
#define NDIS_SIZEOF_MINIPORT_DRIVER_CHARACTERISTICS_REVISION_3 \
	RTL_SIZEOF_THROUGH_FIELD(NDIS_MINIPORT_DRIVER_CHARACTERISTICS, SynchronousOidRequestHandler)
#endif
#ifndef NDIS_SIZEOF_MINIPORT_ADAPTER_GENERAL_ATTRIBUTES_REVISION_2
#define NDIS_SIZEOF_MINIPORT_ADAPTER_GENERAL_ATTRIBUTES_REVISION_2 \
	RTL_SIZEOF_THROUGH_FIELD(NDIS_MINIPORT_ADAPTER_GENERAL_ATTRIBUTES, PowerManagementCapabilitiesEx)
#endif
#ifndef NDIS_SIZEOF_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES_REVISION_2
#define NDIS_SIZEOF_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES_REVISION_2 \
	RTL_SIZEOF_THROUGH_FIELD(NDIS_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES, InterfaceType)
#endif
#ifndef NDIS_SIZEOF_NET_BUFFER_POOL_PARAMETERS_REVISION_1
#define NDIS_SIZEOF_NET_BUFFER_POOL_PARAMETERS_REVISION_1 \
	RTL_SIZEOF_THROUGH_FIELD(NET_BUFFER_POOL_PARAMETERS, DataSize)
#endif
#ifndef NDIS_SIZEOF_PROTOCOL_DRIVER_CHARACTERISTICS_REVISION_2
#define NDIS_SIZEOF_PROTOCOL_DRIVER_CHARACTERISTICS_REVISION_2 \
	RTL_SIZEOF_THROUGH_FIELD(NDIS_PROTOCOL_DRIVER_CHARACTERISTICS, DirectOidRequestCompleteHandler)
#endif

/* NDIS 6.80 synchronous OID requests */
#ifndef DRISO_HAVE_MINIPORT_SYNCHRONOUS_OID_REQUEST
#define DRISO_HAVE_MINIPORT_SYNCHRONOUS_OID_REQUEST
typedef NDIS_STATUS MINIPORT_SYNCHRONOUS_OID_REQUEST(NDIS_HANDLE MiniportAdapterContext, NDIS_OID_REQUEST *OidRequest);
typedef MINIPORT_SYNCHRONOUS_OID_REQUEST (*MINIPORT_SYNCHRONOUS_OID_REQUEST_HANDLER);
#endif

/* generic objects (a handle for NDIS calls made outside a miniport/filter/protocol) */
#ifndef DRISO_HAVE_NDIS_GENERIC_OBJECT
#define DRISO_HAVE_NDIS_GENERIC_OBJECT
typedef struct _NDIS_GENERIC_OBJECT {
	NDIS_OBJECT_HEADER Header;
	PVOID Caller;
	PVOID CallersCaller;
	PDRIVER_OBJECT DriverObject;
} NDIS_GENERIC_OBJECT, *PNDIS_GENERIC_OBJECT;
PNDIS_GENERIC_OBJECT NdisAllocateGenericObject(PDRIVER_OBJECT DriverObject, ULONG Tag, USHORT Size);
VOID NdisFreeGenericObject(PNDIS_GENERIC_OBJECT NdisObject);
#endif

/* VMQ shared memory (NDIS 6.20) */
#ifndef DRISO_HAVE_NDIS_SHARED_MEMORY_PARAMETERS
#define DRISO_HAVE_NDIS_SHARED_MEMORY_PARAMETERS
typedef ULONG NODE_REQUIREMENT;
#ifndef MM_ANY_NODE_OK
#define MM_ANY_NODE_OK 0x80000000
#endif
typedef enum _NDIS_SHARED_MEMORY_USAGE {
	NdisSharedMemoryUsageUndefined,
	NdisSharedMemoryUsageXmit,
	NdisSharedMemoryUsageXmitHeader,
	NdisSharedMemoryUsageXmitData,
	NdisSharedMemoryUsageReceive,
	NdisSharedMemoryUsageReceiveLookahead,
	NdisSharedMemoryUsageReceivePostLookahead,
	NdisSharedMemoryUsageReceiveHeader,
	NdisSharedMemoryUsageReceiveData,
	NdisSharedMemoryUsageOther,
	NdisSharedMemoryUsageMax
} NDIS_SHARED_MEMORY_USAGE, *PNDIS_SHARED_MEMORY_USAGE;
typedef struct _NDIS_SHARED_MEMORY_PARAMETERS {
	NDIS_OBJECT_HEADER Header;
	ULONG Flags;
	NDIS_RECEIVE_QUEUE_ID QueueId;
	NDIS_HANDLE SharedMemoryHandle;
	NODE_REQUIREMENT PreferredNode;
	NDIS_SHARED_MEMORY_USAGE Usage;
	ULONG Length;
	PVOID VirtualAddress;
	ULONG SGListBufferLength;
	PSCATTER_GATHER_LIST SGListBuffer;
	NDIS_NIC_SWITCH_VPORT_ID VPortId;
} NDIS_SHARED_MEMORY_PARAMETERS, *PNDIS_SHARED_MEMORY_PARAMETERS;
#define NDIS_SHARED_MEMORY_PARAMETERS_REVISION_1 1
#define NDIS_SHARED_MEMORY_PARAMETERS_REVISION_2 2
#define NDIS_SIZEOF_SHARED_MEMORY_PARAMETERS_REVISION_1 \
	RTL_SIZEOF_THROUGH_FIELD(NDIS_SHARED_MEMORY_PARAMETERS, SGListBuffer)
#define NDIS_SIZEOF_SHARED_MEMORY_PARAMETERS_REVISION_2 \
	RTL_SIZEOF_THROUGH_FIELD(NDIS_SHARED_MEMORY_PARAMETERS, VPortId)
NDIS_STATUS NdisAllocateSharedMemory(NDIS_HANDLE NdisHandle, PNDIS_SHARED_MEMORY_PARAMETERS SharedMemoryParameters,
	PNDIS_HANDLE pAllocationHandle);
VOID NdisFreeSharedMemory(NDIS_HANDLE NdisHandle, NDIS_HANDLE AllocationHandle);
#endif

/* VMQ receive queue state indications */
#ifndef DRISO_HAVE_NDIS_RECEIVE_QUEUE_STATE
#define DRISO_HAVE_NDIS_RECEIVE_QUEUE_STATE
typedef struct _NDIS_RECEIVE_QUEUE_STATE {
	NDIS_OBJECT_HEADER Header;
	ULONG Flags;
	NDIS_RECEIVE_QUEUE_ID QueueId;
	NDIS_RECEIVE_QUEUE_OPERATIONAL_STATE QueueState;
} NDIS_RECEIVE_QUEUE_STATE, *PNDIS_RECEIVE_QUEUE_STATE;
#define NDIS_RECEIVE_QUEUE_STATE_REVISION_1 1
#define NDIS_SIZEOF_NDIS_RECEIVE_QUEUE_STATE_REVISION_1 \
	RTL_SIZEOF_THROUGH_FIELD(NDIS_RECEIVE_QUEUE_STATE, QueueState)
#endif

/* Hyper-V extensible switch extensions (NDIS 6.30 filter drivers): the
 * optional switch handlers, forwarding detail and destination arrays, from
 * the ndis.h reference on Learn; the types of the last three members of
 * NDIS_SWITCH_OPTIONAL_HANDLERS (Set/GetNetBufferListSwitchContext,
 * SwitchPDReserved), which Learn lists without types, and the handler
 * pointer typedef names are facts from Microsoft's WDK metadata (see the
 * generated block below). */
#ifndef DRISO_HAVE_NDIS_SWITCH_HANDLERS
#define DRISO_HAVE_NDIS_SWITCH_HANDLERS
typedef NDIS_HANDLE NDIS_SWITCH_CONTEXT, *PNDIS_SWITCH_CONTEXT;

#ifndef NDIS_SWITCH_DEFAULT_PORT_ID
#define NDIS_SWITCH_DEFAULT_PORT_ID 0
#endif
#ifndef NDIS_SWITCH_DEFAULT_NIC_INDEX
#define NDIS_SWITCH_DEFAULT_NIC_INDEX 0
#endif

typedef union _NDIS_SWITCH_FORWARDING_DETAIL_NET_BUFFER_LIST_INFO {
	UINT64 AsUINT64;
	struct {
		UINT32 NumAvailableDestinations : 16;
		UINT32 SourcePortId : 16;
		UINT32 SourceNicIndex : 8;
		UINT32 NativeForwardingRequired : 1;
		UINT32 Reserved1 : 1;
		UINT32 IsPacketDataSafe : 1;
		UINT32 SafePacketDataSize : 12;
		UINT32 IsPacketDataUncached : 1;
		UINT32 IsSafePacketDataUncached : 1;
		UINT32 Reserved2 : 7;
	};
} NDIS_SWITCH_FORWARDING_DETAIL_NET_BUFFER_LIST_INFO, *PNDIS_SWITCH_FORWARDING_DETAIL_NET_BUFFER_LIST_INFO;

#define NET_BUFFER_LIST_SWITCH_FORWARDING_DETAIL(_NBL) \
	((PNDIS_SWITCH_FORWARDING_DETAIL_NET_BUFFER_LIST_INFO)&NET_BUFFER_LIST_INFO((_NBL), SwitchForwardingDetail))

typedef struct _NDIS_SWITCH_PORT_DESTINATION {
	NDIS_SWITCH_PORT_ID PortId;
	NDIS_SWITCH_NIC_INDEX NicIndex;
	USHORT IsExcluded : 1;
	USHORT PreserveVLAN : 1;
	USHORT PreservePriority : 1;
	USHORT Reserved : 13;
} NDIS_SWITCH_PORT_DESTINATION, *PNDIS_SWITCH_PORT_DESTINATION;

typedef struct _NDIS_SWITCH_FORWARDING_DESTINATION_ARRAY {
	NDIS_OBJECT_HEADER Header;
	ULONG ElementSize;
	ULONG NumElements;
	ULONG NumDestinations;
	NDIS_SWITCH_PORT_DESTINATION *FirstElement;
} NDIS_SWITCH_FORWARDING_DESTINATION_ARRAY, *PNDIS_SWITCH_FORWARDING_DESTINATION_ARRAY;

#define NDIS_SWITCH_PORT_DESTINATION_AT_ARRAY_INDEX(_DestArray_, _Index_) \
	((PNDIS_SWITCH_PORT_DESTINATION)((PUCHAR)(_DestArray_)->FirstElement + ((_DestArray_)->ElementSize * (_Index_))))

typedef struct _NDIS_SWITCH_NIC_STATUS_INDICATION {
	NDIS_OBJECT_HEADER Header;
	ULONG Flags;
	NDIS_SWITCH_PORT_ID SourcePortId;
	NDIS_SWITCH_NIC_INDEX SourceNicIndex;
	NDIS_SWITCH_PORT_ID DestinationPortId;
	NDIS_SWITCH_NIC_INDEX DestinationNicIndex;
	PNDIS_STATUS_INDICATION StatusIndication;
} NDIS_SWITCH_NIC_STATUS_INDICATION, *PNDIS_SWITCH_NIC_STATUS_INDICATION;
#define NDIS_SWITCH_NIC_STATUS_INDICATION_REVISION_1 1
#define NDIS_SIZEOF_SWITCH_NIC_STATUS_REVISION_1 \
	RTL_SIZEOF_THROUGH_FIELD(NDIS_SWITCH_NIC_STATUS_INDICATION, StatusIndication)

typedef NDIS_STATUS NDIS_SWITCH_ALLOCATE_NET_BUFFER_LIST_FORWARDING_CONTEXT(NDIS_SWITCH_CONTEXT NdisSwitchContext,
	PNET_BUFFER_LIST NetBufferList);
typedef VOID NDIS_SWITCH_FREE_NET_BUFFER_LIST_FORWARDING_CONTEXT(NDIS_SWITCH_CONTEXT NdisSwitchContext,
	PNET_BUFFER_LIST NetBufferList);
typedef NDIS_STATUS NDIS_SWITCH_SET_NET_BUFFER_LIST_SOURCE(NDIS_SWITCH_CONTEXT NdisSwitchContext,
	PNET_BUFFER_LIST NetBufferList, NDIS_SWITCH_PORT_ID PortId, NDIS_SWITCH_NIC_INDEX NicIndex);
typedef NDIS_STATUS NDIS_SWITCH_ADD_NET_BUFFER_LIST_DESTINATION(NDIS_SWITCH_CONTEXT NdisSwitchContext,
	PNET_BUFFER_LIST NetBufferList, PNDIS_SWITCH_PORT_DESTINATION Destination);
typedef NDIS_STATUS NDIS_SWITCH_GROW_NET_BUFFER_LIST_DESTINATIONS(NDIS_SWITCH_CONTEXT NdisSwitchContext,
	PNET_BUFFER_LIST NetBufferList, UINT32 NumberOfNewDestinations,
	PNDIS_SWITCH_FORWARDING_DESTINATION_ARRAY *Destinations);
typedef VOID NDIS_SWITCH_GET_NET_BUFFER_LIST_DESTINATIONS(NDIS_SWITCH_CONTEXT NdisSwitchContext,
	PNET_BUFFER_LIST NetBufferList, PNDIS_SWITCH_FORWARDING_DESTINATION_ARRAY *Destinations);
typedef NDIS_STATUS NDIS_SWITCH_UPDATE_NET_BUFFER_LIST_DESTINATIONS(NDIS_SWITCH_CONTEXT NdisSwitchContext,
	PNET_BUFFER_LIST NetBufferList, UINT32 NumberOfNewDestinations,
	PNDIS_SWITCH_FORWARDING_DESTINATION_ARRAY Destinations);
typedef NDIS_STATUS NDIS_SWITCH_COPY_NET_BUFFER_LIST_INFO(NDIS_SWITCH_CONTEXT NdisSwitchContext,
	PNET_BUFFER_LIST DestNetBufferList, PNET_BUFFER_LIST SrcNetBufferList, UINT32 Flags);
typedef NDIS_STATUS NDIS_SWITCH_REFERENCE_SWITCH_NIC(NDIS_SWITCH_CONTEXT NdisSwitchContext,
	NDIS_SWITCH_PORT_ID SwitchPortId, NDIS_SWITCH_NIC_INDEX SwitchNicIndex);
typedef NDIS_STATUS NDIS_SWITCH_DEREFERENCE_SWITCH_NIC(NDIS_SWITCH_CONTEXT NdisSwitchContext,
	NDIS_SWITCH_PORT_ID SwitchPortId, NDIS_SWITCH_NIC_INDEX SwitchNicIndex);
typedef NDIS_STATUS NDIS_SWITCH_REFERENCE_SWITCH_PORT(NDIS_SWITCH_CONTEXT NdisSwitchContext,
	NDIS_SWITCH_PORT_ID SwitchPortId);
typedef NDIS_STATUS NDIS_SWITCH_DEREFERENCE_SWITCH_PORT(NDIS_SWITCH_CONTEXT NdisSwitchContext,
	NDIS_SWITCH_PORT_ID SwitchPortId);
typedef VOID NDIS_SWITCH_REPORT_FILTERED_NET_BUFFER_LISTS(NDIS_SWITCH_CONTEXT NdisSwitchContext,
	PUNICODE_STRING ExtensionGuid, PUNICODE_STRING ExtensionFriendlyName, NDIS_SWITCH_PORT_ID PortId,
	UINT32 Flags, UINT32 NumberOfNetBufferLists, PNET_BUFFER_LIST NetBufferLists, PUNICODE_STRING FilterReason);
#define NDIS_SWITCH_REPORT_FILTERED_NBL_FLAGS_IS_INCOMING 0x1

typedef struct _NDIS_SWITCH_NET_BUFFER_LIST_CONTEXT_TYPE_INFO {
	NDIS_OBJECT_HEADER Header;
	PCHAR ContextName;
	GUID *ExtensionId;
} NDIS_SWITCH_NET_BUFFER_LIST_CONTEXT_TYPE_INFO, *PNDIS_SWITCH_NET_BUFFER_LIST_CONTEXT_TYPE_INFO;
#define NDIS_SWITCH_NET_BUFFER_LIST_CONTEXT_TYPE NDIS_SWITCH_NET_BUFFER_LIST_CONTEXT_TYPE_INFO
#define PNDIS_SWITCH_NET_BUFFER_LIST_CONTEXT_TYPE PNDIS_SWITCH_NET_BUFFER_LIST_CONTEXT_TYPE_INFO
#define NDIS_DECLARE_SWITCH_NET_BUFFER_LIST_CONTEXT_TYPE(_ContextName, _ExtensionId) \
	NDIS_SWITCH_NET_BUFFER_LIST_CONTEXT_TYPE_INFO _ContextName = { \
		{ NDIS_OBJECT_TYPE_DEFAULT, NDIS_SWITCH_NET_BUFFER_LIST_CONTEXT_TYPE_INFO_REVISION_1, \
		  (USHORT)sizeof(NDIS_SWITCH_NET_BUFFER_LIST_CONTEXT_TYPE_INFO) }, #_ContextName, _ExtensionId }
typedef NDIS_STATUS NDIS_SWITCH_SET_NET_BUFFER_LIST_SWITCH_CONTEXT(NDIS_SWITCH_CONTEXT NdisSwitchContext,
	PNET_BUFFER_LIST NetBufferList, PNDIS_SWITCH_NET_BUFFER_LIST_CONTEXT_TYPE ContextType, PVOID Context);
typedef PVOID NDIS_SWITCH_GET_NET_BUFFER_LIST_SWITCH_CONTEXT(NDIS_SWITCH_CONTEXT NdisSwitchContext,
	PNET_BUFFER_LIST NetBufferList, PNDIS_SWITCH_NET_BUFFER_LIST_CONTEXT_TYPE ContextType);

typedef NDIS_SWITCH_ALLOCATE_NET_BUFFER_LIST_FORWARDING_CONTEXT *NDIS_SWITCH_ALLOCATE_NET_BUFFER_LIST_FORWARDING_CONTEXT_HANDLER;
typedef NDIS_SWITCH_FREE_NET_BUFFER_LIST_FORWARDING_CONTEXT *NDIS_SWITCH_FREE_NET_BUFFER_LIST_FORWARDING_CONTEXT_HANDLER;
typedef NDIS_SWITCH_SET_NET_BUFFER_LIST_SOURCE *NDIS_SWITCH_SET_NET_BUFFER_LIST_SOURCE_HANDLER;
typedef NDIS_SWITCH_ADD_NET_BUFFER_LIST_DESTINATION *NDIS_SWITCH_ADD_NET_BUFFER_LIST_DESTINATION_HANDLER;
typedef NDIS_SWITCH_GROW_NET_BUFFER_LIST_DESTINATIONS *NDIS_SWITCH_GROW_NET_BUFFER_LIST_DESTINATIONS_HANDLER;
typedef NDIS_SWITCH_GET_NET_BUFFER_LIST_DESTINATIONS *NDIS_SWITCH_GET_NET_BUFFER_LIST_DESTINATIONS_HANDLER;
typedef NDIS_SWITCH_UPDATE_NET_BUFFER_LIST_DESTINATIONS *NDIS_SWITCH_UPDATE_NET_BUFFER_LIST_DESTINATIONS_HANDLER;
typedef NDIS_SWITCH_COPY_NET_BUFFER_LIST_INFO *NDIS_SWITCH_COPY_NET_BUFFER_LIST_INFO_HANDLER;
typedef NDIS_SWITCH_REFERENCE_SWITCH_NIC *NDIS_SWITCH_REFERENCE_SWITCH_NIC_HANDLER;
typedef NDIS_SWITCH_DEREFERENCE_SWITCH_NIC *NDIS_SWITCH_DEREFERENCE_SWITCH_NIC_HANDLER;
typedef NDIS_SWITCH_REFERENCE_SWITCH_PORT *NDIS_SWITCH_REFERENCE_SWITCH_PORT_HANDLER;
typedef NDIS_SWITCH_DEREFERENCE_SWITCH_PORT *NDIS_SWITCH_DEREFERENCE_SWITCH_PORT_HANDLER;
typedef NDIS_SWITCH_REPORT_FILTERED_NET_BUFFER_LISTS *NDIS_SWITCH_REPORT_FILTERED_NET_BUFFER_LISTS_HANDLER;
typedef NDIS_SWITCH_SET_NET_BUFFER_LIST_SWITCH_CONTEXT *NDIS_SWITCH_SET_NET_BUFFER_LIST_SWITCH_CONTEXT_HANDLER;
typedef NDIS_SWITCH_GET_NET_BUFFER_LIST_SWITCH_CONTEXT *NDIS_SWITCH_GET_NET_BUFFER_LIST_SWITCH_CONTEXT_HANDLER;
#define NDIS_SWITCH_OPTIONAL_HANDLERS_PD_RESERVED_SIZE 14

typedef struct _NDIS_SWITCH_OPTIONAL_HANDLERS {
	NDIS_OBJECT_HEADER Header;
	NDIS_SWITCH_ALLOCATE_NET_BUFFER_LIST_FORWARDING_CONTEXT *AllocateNetBufferListForwardingContext;
	NDIS_SWITCH_FREE_NET_BUFFER_LIST_FORWARDING_CONTEXT *FreeNetBufferListForwardingContext;
	NDIS_SWITCH_SET_NET_BUFFER_LIST_SOURCE *SetNetBufferListSource;
	NDIS_SWITCH_ADD_NET_BUFFER_LIST_DESTINATION *AddNetBufferListDestination;
	NDIS_SWITCH_GROW_NET_BUFFER_LIST_DESTINATIONS *GrowNetBufferListDestinations;
	NDIS_SWITCH_GET_NET_BUFFER_LIST_DESTINATIONS *GetNetBufferListDestinations;
	NDIS_SWITCH_UPDATE_NET_BUFFER_LIST_DESTINATIONS *UpdateNetBufferListDestinations;
	NDIS_SWITCH_COPY_NET_BUFFER_LIST_INFO *CopyNetBufferListInfo;
	NDIS_SWITCH_REFERENCE_SWITCH_NIC *ReferenceSwitchNic;
	NDIS_SWITCH_DEREFERENCE_SWITCH_NIC *DereferenceSwitchNic;
	NDIS_SWITCH_REFERENCE_SWITCH_PORT *ReferenceSwitchPort;
	NDIS_SWITCH_DEREFERENCE_SWITCH_PORT *DereferenceSwitchPort;
	NDIS_SWITCH_REPORT_FILTERED_NET_BUFFER_LISTS *ReportFilteredNetBufferLists;
	NDIS_SWITCH_SET_NET_BUFFER_LIST_SWITCH_CONTEXT *SetNetBufferListSwitchContext;
	NDIS_SWITCH_GET_NET_BUFFER_LIST_SWITCH_CONTEXT *GetNetBufferListSwitchContext;
	PVOID SwitchPDReserved[NDIS_SWITCH_OPTIONAL_HANDLERS_PD_RESERVED_SIZE];
} NDIS_SWITCH_OPTIONAL_HANDLERS, *PNDIS_SWITCH_OPTIONAL_HANDLERS;
#define NDIS_SWITCH_OPTIONAL_HANDLERS_REVISION_1 1
#define NDIS_SIZEOF_SWITCH_OPTIONAL_HANDLERS_REVISION_1 \
	RTL_SIZEOF_THROUGH_FIELD(NDIS_SWITCH_OPTIONAL_HANDLERS, ReportFilteredNetBufferLists)

NDIS_STATUS NdisFGetOptionalSwitchHandlers(NDIS_HANDLE NdisFilterHandle, PNDIS_SWITCH_CONTEXT NdisSwitchContext,
	PNDIS_SWITCH_OPTIONAL_HANDLERS NdisSwitchHandlers);
#endif

/* ---- NDIS 6 accessors, flags, helper macros and DMA types that real
 * miniports, filters and protocols use (Learn ndis.h reference; values and
 * the macro expansions' targets from Microsoft's WDK metadata, see the
 * generated block below). Accessor macros keep every argument visible. ---- */
#ifndef DRISO_HAVE_NDIS6_ACCESSORS
#define DRISO_HAVE_NDIS6_ACCESSORS
typedef PCUNICODE_STRING PCNDIS_STRING;

/* NET_BUFFER_LIST::Flags ranges (NDIS 6.30+: bits 0x3 belong to protocols) */
#define NBL_FLAGS_PROTOCOL_RESERVED 0xFFF00003
#define NBL_FLAGS_MINIPORT_RESERVED 0x0000F000
#define NBL_FLAGS_SCRATCH 0x000F0000
#define NBL_FLAGS_NDIS_RESERVED 0x00000FFC
#define NBL_PROT_RSVD_FLAGS NBL_FLAGS_PROTOCOL_RESERVED
#define NdisTestNblFlags(_NBL, _F) (((_NBL)->NblFlags & (_F)) == (_F))

/* NET_BUFFER accessors */
#define NET_BUFFER_DATA_PHYSICAL_ADDRESS(_NB) ((_NB)->DataPhysicalAddress)
#define NET_BUFFER_FIRST_SHARED_MEM_INFO(_NB) ((_NB)->SharedMemoryInfo)
#define NET_BUFFER_SHARED_MEM_NEXT_SEGMENT(_SHI) ((_SHI)->NextSharedMemorySegment)
#define NET_BUFFER_SHARED_MEM_FLAGS(_SHI) ((_SHI)->SharedMemoryFlags)
#define NET_BUFFER_SHARED_MEM_HANDLE(_SHI) ((_SHI)->SharedMemoryHandle)
#define NET_BUFFER_SHARED_MEM_OFFSET(_SHI) ((_SHI)->SharedMemoryOffset)
#define NET_BUFFER_SHARED_MEM_LENGTH(_SHI) ((_SHI)->SharedMemoryLength)
#define NET_BUFFER_SCATTER_GATHER_LIST(_NB) ((_NB)->ScatterGatherList)

/* per-NBL receive filtering information (VMQ / SR-IOV) */
typedef struct _NDIS_NET_BUFFER_LIST_FILTERING_INFO {
	union {
		struct {
			USHORT FilterId;
			union {
				USHORT QueueId;
				USHORT VPortId;
			} QueueVPortInfo;
		} FilteringInfo;
		PVOID Value;
	};
} NDIS_NET_BUFFER_LIST_FILTERING_INFO, *PNDIS_NET_BUFFER_LIST_FILTERING_INFO;
#define NET_BUFFER_LIST_RECEIVE_FILTER_ID(_NBL) \
	(((PNDIS_NET_BUFFER_LIST_FILTERING_INFO)&NET_BUFFER_LIST_INFO(_NBL, NetBufferListFilteringInfo))->FilteringInfo.FilterId)
#define NET_BUFFER_LIST_RECEIVE_QUEUE_ID(_NBL) \
	(((PNDIS_NET_BUFFER_LIST_FILTERING_INFO)&NET_BUFFER_LIST_INFO(_NBL, NetBufferListFilteringInfo))->FilteringInfo.QueueVPortInfo.QueueId)
#define NET_BUFFER_LIST_RECEIVE_FILTER_VPORT_ID(_NBL) \
	(((PNDIS_NET_BUFFER_LIST_FILTERING_INFO)&NET_BUFFER_LIST_INFO(_NBL, NetBufferListFilteringInfo))->FilteringInfo.QueueVPortInfo.VPortId)

/* RSS hash of a received NBL */
#define NET_BUFFER_LIST_SET_HASH_VALUE(_NBL, _HashValue) \
	(NET_BUFFER_LIST_INFO(_NBL, NetBufferListHashValue) = UlongToPtr(_HashValue))
#define NET_BUFFER_LIST_SET_HASH_TYPE(_NBL, _HashType) \
	(NET_BUFFER_LIST_INFO(_NBL, NetBufferListHashInfo) = UlongToPtr(((PtrToUlong(NET_BUFFER_LIST_INFO(_NBL, NetBufferListHashInfo)) & (~NDIS_HASH_TYPE_MASK)) | ((_HashType) & (NDIS_HASH_TYPE_MASK)))))
#define NET_BUFFER_LIST_SET_HASH_FUNCTION(_NBL, _HashFunction) \
	(NET_BUFFER_LIST_INFO(_NBL, NetBufferListHashInfo) = UlongToPtr(((PtrToUlong(NET_BUFFER_LIST_INFO(_NBL, NetBufferListHashInfo)) & (~NDIS_HASH_FUNCTION_MASK)) | ((_HashFunction) & (NDIS_HASH_FUNCTION_MASK)))))
#define NET_BUFFER_LIST_GET_HASH_TYPE(_NBL) \
	(PtrToUlong(NET_BUFFER_LIST_INFO(_NBL, NetBufferListHashInfo)) & NDIS_HASH_TYPE_MASK)
#define NET_BUFFER_LIST_GET_HASH_FUNCTION(_NBL) \
	(PtrToUlong(NET_BUFFER_LIST_INFO(_NBL, NetBufferListHashInfo)) & (NDIS_HASH_FUNCTION_MASK))
#define NET_BUFFER_LIST_GET_HASH_VALUE(_NBL) (PtrToUlong(NET_BUFFER_LIST_INFO(_NBL, NetBufferListHashValue)))

/* 802.1Q VLAN id of an NBL */
#define NDIS_GET_NET_BUFFER_LIST_VLAN_ID(_NBL) \
	(((NDIS_NET_BUFFER_LIST_8021Q_INFO *)&(_NBL)->NetBufferListInfo[Ieee8021QNetBufferListInfo])->TagHeader.VlanId)
#define NDIS_SET_NET_BUFFER_LIST_VLAN_ID(_NBL, _VlanId) \
	(((NDIS_NET_BUFFER_LIST_8021Q_INFO *)&(_NBL)->NetBufferListInfo[Ieee8021QNetBufferListInfo])->TagHeader.VlanId = (_VlanId))

/* IRQL */
#define NDIS_CURRENT_IRQL() KeGetCurrentIrql()
#define NDIS_RAISE_IRQL_TO_DISPATCH(_pIrql_) KeRaiseIrql(DISPATCH_LEVEL, _pIrql_)
#define NDIS_LOWER_IRQL(_OldIrql_, _CurIrql_) ((_OldIrql_) != (_CurIrql_) ? KeLowerIrql(_OldIrql_) : (void)0)
#define NDIS_CURRENT_PROCESSOR_NUMBER KeGetCurrentProcessorNumber()

/* strings and unaligned values (NDIS names for the Rtl routines) */
#define NdisEqualString(_String1, _String2, _CaseInsensitive) RtlEqualUnicodeString(_String1, _String2, _CaseInsensitive)
#define NdisEqualUnicodeString(_String1, _String2, _CaseInsensitive) \
	RtlEqualUnicodeString(_String1, _String2, _CaseInsensitive)
#define NdisUpcaseUnicodeString(_d, _s) RtlUpcaseUnicodeString(_d, _s, FALSE)
#define NdisAnsiStringToUnicodeString(_us, _as) RtlAnsiStringToUnicodeString(_us, _as, FALSE)
#define NdisUnicodeStringToAnsiString(_as, _us) RtlUnicodeStringToAnsiString(_as, _us, FALSE)
#define NdisFreeString(String) NdisFreeMemory((String).Buffer, (String).MaximumLength, 0)
#define NdisRetrieveUlong(Destination, Source) RtlRetrieveUlong(Destination, Source)
#define NDIS_PHYSICAL_ADDRESS_CONST(_Low, _High) { (ULONG)(_Low), (LONG)(_High) }
#define NdisStoreUlong(Destination, Value) RtlStoreUlong(Destination, Value)

/* register and port access (x64/x86 forms) */
#define NdisWriteRegisterUchar(Register, Data) WRITE_REGISTER_UCHAR((Register), (Data))
#define NdisWriteRegisterUshort(Register, Data) WRITE_REGISTER_USHORT((Register), (Data))
#define NdisWriteRegisterUlong(Register, Data) WRITE_REGISTER_ULONG((Register), (Data))
#define NdisReadRegisterUchar(Register, Data) (*(Data) = READ_REGISTER_UCHAR((PUCHAR)(Register)))
#define NdisReadRegisterUshort(Register, Data) (*(Data) = READ_REGISTER_USHORT((PUSHORT)(Register)))
#define NdisReadRegisterUlong(Register, Data) (*(Data) = READ_REGISTER_ULONG((PULONG)(Register)))
#define NdisRawWritePortUchar(Port, Data) WRITE_PORT_UCHAR((PUCHAR)(Port), (UCHAR)(Data))
#define NdisRawWritePortUshort(Port, Data) WRITE_PORT_USHORT((PUSHORT)(Port), (USHORT)(Data))
#define NdisRawWritePortUlong(Port, Data) WRITE_PORT_ULONG((PULONG)(Port), (ULONG)(Data))
#define NdisRawReadPortUchar(Port, Data) (*(Data) = READ_PORT_UCHAR((PUCHAR)(Port)))
#define NdisRawReadPortUshort(Port, Data) (*(Data) = READ_PORT_USHORT((PUSHORT)(Port)))
#define NdisRawReadPortUlong(Port, Data) (*(Data) = READ_PORT_ULONG((PULONG)(Port)))

/* scatter/gather DMA registration (NdisMRegisterScatterGatherDma) */
typedef VOID MINIPORT_PROCESS_SG_LIST(PDEVICE_OBJECT pDO, PVOID Reserved, PSCATTER_GATHER_LIST pSGL, PVOID Context);
typedef MINIPORT_PROCESS_SG_LIST *MINIPORT_PROCESS_SG_LIST_HANDLER;
typedef VOID MINIPORT_ALLOCATE_SHARED_MEM_COMPLETE(NDIS_HANDLE MiniportAdapterContext, PVOID VirtualAddress,
	PNDIS_PHYSICAL_ADDRESS PhysicalAddress, ULONG Length, PVOID Context);
typedef MINIPORT_ALLOCATE_SHARED_MEM_COMPLETE *MINIPORT_ALLOCATE_SHARED_MEM_COMPLETE_HANDLER;
typedef struct _NDIS_SG_DMA_DESCRIPTION {
	NDIS_OBJECT_HEADER Header;
	ULONG Flags;
	ULONG MaximumPhysicalMapping;
	MINIPORT_PROCESS_SG_LIST_HANDLER ProcessSGListHandler;
	MINIPORT_ALLOCATE_SHARED_MEM_COMPLETE_HANDLER SharedMemAllocateCompleteHandler;
	ULONG ScatterGatherListSize;
	DEVICE_OBJECT *PdoOverride;
} NDIS_SG_DMA_DESCRIPTION, *PNDIS_SG_DMA_DESCRIPTION;
#define NDIS_SG_DMA_64_BIT_ADDRESS 0x00000001
#define NDIS_SG_DMA_V3_HAL_API 0x00000002
#define NDIS_SG_DMA_HYBRID_DMA 0x00000004
#define NDIS_SG_LIST_WRITE_TO_DEVICE 0x000000001

/* scatter/gather lists for shared memory (NdisBuildScatterGatherList) */
typedef VOID NDIS_PROCESS_SG_LIST(PDEVICE_OBJECT DeviceObject, PVOID Reserved, PSCATTER_GATHER_LIST ScatterGatherListBuffer,
	PVOID Context);
typedef NDIS_PROCESS_SG_LIST *NDIS_PROCESS_SG_LIST_HANDLER;
typedef struct _NDIS_SCATTER_GATHER_LIST_PARAMETERS {
	NDIS_OBJECT_HEADER Header;
	ULONG Flags;
	NDIS_RECEIVE_QUEUE_ID QueueId;
	NDIS_SHARED_MEMORY_USAGE SharedMemoryUsage;
	PMDL Mdl;
	PVOID CurrentVa;
	ULONG Length;
	NDIS_PROCESS_SG_LIST_HANDLER ProcessSGListHandler;
	PVOID Context;
	PSCATTER_GATHER_LIST ScatterGatherListBuffer;
	ULONG ScatterGatherListBufferSize;
	ULONG ScatterGatherListBufferSizeNeeded;
} NDIS_SCATTER_GATHER_LIST_PARAMETERS, *PNDIS_SCATTER_GATHER_LIST_PARAMETERS;

/* MSI-X table configuration (NdisMConfigMSIXTableEntry) */
typedef enum _NDIS_MSIX_TABLE_CONFIG {
	NdisMSIXTableConfigSetTableEntry,
	NdisMSIXTableConfigMaskTableEntry,
	NdisMSIXTableConfigUnmaskTableEntry,
	NdisMSIXTableConfigMax
} NDIS_MSIX_TABLE_OPERATION, *PNDIS_MSIX_TABLE_OPERATION;
typedef struct _NDIS_MSIX_CONFIG_PARAMETERS {
	NDIS_OBJECT_HEADER Header;
	NDIS_MSIX_TABLE_OPERATION ConfigOperation;
	ULONG TableEntry;
	ULONG MessageNumber;
} NDIS_MSIX_CONFIG_PARAMETERS, *PNDIS_MSIX_CONFIG_PARAMETERS;
#endif

/* ---- NDIS 6.x routines driso_ndis6.h lacks (each on the Learn ndis.h
 * reference): NBL fragments and reassembly, NBL info copies, processor
 * groups, interface provider lookups, ports, scatter/gather DMA, MSI-X,
 * SR-IOV virtual functions and config blocks, idle notification, error
 * logs, files, synchronous OID requests, protocol/adapter instance names.
 * Parameter types and order are facts from Microsoft's WDK metadata,
 * transcribed by the same one-off script as the constants below. ---- */
#ifndef DRISO_HAVE_NDIS6X_ROUTINES
#define DRISO_HAVE_NDIS6X_ROUTINES
USHORT NdisActiveGroupCount(VOID);
VOID NdisAdjustNetBufferCurrentMdl(NET_BUFFER *NetBuffer);
NET_BUFFER_LIST *NdisAllocateFragmentNetBufferList(NET_BUFFER_LIST *OriginalNetBufferList,
	NDIS_HANDLE NetBufferListPool, NDIS_HANDLE NetBufferPool, ULONG StartOffset, ULONG MaximumLength,
	ULONG DataOffsetDelta, ULONG DataBackFill, ULONG AllocateFragmentFlags);
NET_BUFFER *NdisAllocateNetBufferMdlAndData(NDIS_HANDLE PoolHandle);
NET_BUFFER_LIST *NdisAllocateReassembledNetBufferList(NET_BUFFER_LIST *FragmentNetBufferList,
	NDIS_HANDLE NetBufferAndNetBufferListPoolHandle, ULONG StartOffset, ULONG DataOffsetDelta, ULONG DataBackFill,
	ULONG AllocateReassembleFlags);
NDIS_STATUS NdisBuildScatterGatherList(NDIS_HANDLE NdisHandle, PNDIS_SCATTER_GATHER_LIST_PARAMETERS SGListParameters);
VOID NdisCancelDirectOidRequest(NDIS_HANDLE NdisBindingHandle, PVOID RequestId);
VOID NdisCloseFile(NDIS_HANDLE FileHandle);
VOID NdisCompleteNetPnPEvent(NDIS_HANDLE NdisBindingHandle, PNET_PNP_EVENT_NOTIFICATION NetPnPEventNotification,
	NDIS_STATUS Status);
VOID NdisCopyReceiveNetBufferListInfo(NET_BUFFER_LIST *DestNetBufferList, NET_BUFFER_LIST const *SrcNetBufferList);
VOID NdisCopySendNetBufferListInfo(NET_BUFFER_LIST *DestNetBufferList, NET_BUFFER_LIST const *SrcNetBufferList);
PROCESSOR_NUMBER NdisCurrentGroupAndProcessor(VOID);
VOID NdisDeregisterProtocol(PNDIS_STATUS Status, NDIS_HANDLE NdisProtocolHandle);
VOID NdisDprAcquireReadWriteLock(PNDIS_RW_LOCK Lock, BOOLEAN fWrite, PLOCK_STATE LockState);
VOID NdisDprReleaseReadWriteLock(PNDIS_RW_LOCK Lock, PLOCK_STATE LockState);
NDIS_STATUS NdisEnumerateFilterModules(NDIS_HANDLE NdisHandle, PVOID InterfaceBuffer, ULONG InterfaceBufferLength,
	PULONG BytesNeeded, PULONG BytesWritten);
VOID NdisFCancelDirectOidRequest(NDIS_HANDLE NdisFilterHandle, PVOID RequestId);
NDIS_STATUS NdisFSynchronousOidRequest(NDIS_HANDLE NdisFilterModuleHandle, NDIS_OID_REQUEST *OidRequest);
VOID NdisFreeFragmentNetBufferList(NET_BUFFER_LIST *FragmentNetBufferList, ULONG DataOffsetDelta,
	ULONG FreeFragmentFlags);
VOID NdisFreeMemoryWithTag(PVOID VirtualAddress, ULONG Tag);
VOID NdisFreeReassembledNetBufferList(NET_BUFFER_LIST *ReassembledNetBufferList, ULONG DataOffsetDelta,
	ULONG FreeReassembleFlags);
VOID NdisFreeScatterGatherList(NDIS_HANDLE NdisHandle, PSCATTER_GATHER_LIST ScatterGatherListBuffer,
	BOOLEAN WriteToDevice);
UCHAR NdisGeneratePartialCancelId(VOID);
VOID NdisGetCurrentProcessorCpuUsage(PULONG pCpuUsage);
VOID NdisGetDriverHandle(NDIS_HANDLE NdisBindingHandle, PNDIS_HANDLE NdisDriverHandle);
NDIS_STATUS NdisGetHypervisorInfo(PNDIS_HYPERVISOR_INFO HypervisorInfo);
UCHAR NdisGetNetBufferListProtocolId(NET_BUFFER_LIST const *NetBufferList);
NDIS_HANDLE NdisGetPoolFromNetBuffer(NET_BUFFER const *NetBuffer);
NDIS_HANDLE NdisGetPoolFromNetBufferList(NET_BUFFER_LIST const *NetBufferList);
PVOID NdisGetRoutineAddress(PNDIS_STRING NdisRoutineName);
VOID NdisGetSystemUpTimeEx(PLARGE_INTEGER pSystemUpTime);
UINT NdisGetVersion(VOID);
KAFFINITY NdisGroupActiveProcessorMask(USHORT Group);
VOID NdisIMDeregisterLayeredMiniport(NDIS_HANDLE DriverHandle);
NDIS_HANDLE NdisIMGetDeviceContext(NDIS_HANDLE MiniportAdapterHandle);
NDIS_STATUS NdisIMNotifyPnPEvent(NDIS_HANDLE MiniportHandle, PNET_PNP_EVENT NetPnPEvent);
VOID NdisIfDeregisterInterface(NET_IFINDEX ifIndex);
VOID NdisIfDeregisterProvider(NDIS_HANDLE NdisProviderHandle);
NDIS_STATUS NdisIfGetInterfaceIndexFromNetLuid(NET_LUID NetLuid, PNET_IFINDEX pIfIndex);
NDIS_STATUS NdisIfGetNetLuidFromInterfaceIndex(NET_IFINDEX ifIndex, PNET_LUID pNetLuid);
VOID NdisInitializeString(PNDIS_STRING Destination, PUCHAR Source);
VOID NdisInitializeWrapper(PNDIS_HANDLE NdisWrapperHandle, PVOID SystemSpecific1, PVOID SystemSpecific2,
	PVOID SystemSpecific3);
NDIS_STATUS NdisMAllocateNetBufferSGList(NDIS_HANDLE NdisMiniportDmaHandle, PNET_BUFFER NetBuffer, PVOID Context,
	ULONG Flags, PVOID ScatterGatherListBuffer, ULONG ScatterGatherListBufferSize);
NDIS_STATUS NdisMAllocatePort(NDIS_HANDLE NdisMiniportHandle, PNDIS_PORT_CHARACTERISTICS PortCharacteristics);
NDIS_STATUS NdisMAllocateSharedMemoryAsyncEx(NDIS_HANDLE MiniportDmaHandle, ULONG Length, BOOLEAN Cached,
	PVOID Context);
VOID NdisMCloseLog(NDIS_HANDLE LogHandle);
NDIS_STATUS NdisMConfigMSIXTableEntry(NDIS_HANDLE NdisMiniportHandle,
	PNDIS_MSIX_CONFIG_PARAMETERS MSIXConfigParameters);
NDIS_STATUS NdisMCreateLog(NDIS_HANDLE MiniportAdapterHandle, UINT Size, PNDIS_HANDLE LogHandle);
NDIS_STATUS NdisMDeregisterDevice(NDIS_HANDLE NdisDeviceHandle);
VOID NdisMDeregisterScatterGatherDma(NDIS_HANDLE NdisMiniportDmaHandle);
NDIS_STATUS NdisMEnableVirtualization(NDIS_HANDLE NdisMiniportHandle, USHORT NumVFs, BOOLEAN EnableVFMigration,
	BOOLEAN EnableMigrationInterrupt, BOOLEAN EnableVirtualization);
VOID NdisMFlushLog(NDIS_HANDLE LogHandle);
VOID NdisMFreeNetBufferSGList(NDIS_HANDLE NdisMiniportDmaHandle, PSCATTER_GATHER_LIST pSGL, PNET_BUFFER NetBuffer);
NDIS_STATUS NdisMFreePort(NDIS_HANDLE NdisMiniportHandle, NDIS_PORT_NUMBER PortNumber);
ULONG NdisMGetDmaAlignment(NDIS_HANDLE MiniportAdapterHandle);
VOID NdisMGetVirtualDeviceLocation(NDIS_HANDLE NdisMiniportHandle, NDIS_SRIOV_FUNCTION_ID VFId, PUSHORT SegmentNumber,
	PUCHAR BusNumber, PVOID Reserved, PUCHAR FunctionNumber);
ULONG NdisMGetVirtualFunctionBusData(NDIS_HANDLE NdisMiniportHandle, NDIS_SRIOV_FUNCTION_ID VFId, PVOID Buffer,
	ULONG Offset, ULONG Length);
VOID NdisMGetVirtualFunctionLocation(NDIS_HANDLE NdisMiniportHandle, NDIS_SRIOV_FUNCTION_ID VFId,
	PUSHORT SegmentNumber, PUCHAR BusNumber, PUCHAR FunctionNumber);
VOID NdisMIdleNotificationComplete(NDIS_HANDLE MiniportAdapterHandle);
VOID NdisMIdleNotificationConfirm(NDIS_HANDLE MiniportAdapterHandle, NDIS_DEVICE_POWER_STATE IdlePowerState);
VOID NdisMInvalidateConfigBlock(NDIS_HANDLE NdisMiniportHandle, NDIS_SRIOV_FUNCTION_ID VFId, ULONGLONG BlockMask);
NDIS_STATUS NdisMNetPnPEvent(NDIS_HANDLE MiniportAdapterHandle, PNET_PNP_EVENT_NOTIFICATION NetPnPEventNotification);
NDIS_STATUS NdisMPromoteMiniport(NDIS_HANDLE MiniportHandle);
NDIS_STATUS NdisMQueryAdapterInstanceName(PNDIS_STRING pAdapterInstanceName, NDIS_HANDLE MiniportHandle);
VOID NdisMQueryAdapterResources(PNDIS_STATUS Status, NDIS_HANDLE WrapperConfigurationContext,
	PNDIS_RESOURCE_LIST ResourceList, PUINT BufferSize);
NDIS_STATUS NdisMQueryProbedBars(NDIS_HANDLE NdisMiniportHandle, PULONG BaseRegisterValues);
KAFFINITY NdisMQueueDpcEx(NDIS_HANDLE NdisInterruptHandle, ULONG MessageId, PGROUP_AFFINITY TargetProcessors,
	PVOID MiniportDpcContext);
NDIS_STATUS NdisMReadConfigBlock(NDIS_HANDLE NdisMiniportHandle, ULONG BlockId, PVOID Buffer, ULONG Length);
NDIS_STATUS NdisMRegisterDevice(NDIS_HANDLE NdisWrapperHandle, PNDIS_STRING DeviceName, PNDIS_STRING SymbolicName,
	PDRIVER_DISPATCH *MajorFunctions, PDEVICE_OBJECT *pDeviceObject, NDIS_HANDLE *NdisDeviceHandle);
NDIS_STATUS NdisMRegisterScatterGatherDma(NDIS_HANDLE MiniportAdapterHandle, PNDIS_SG_DMA_DESCRIPTION DmaDescription,
	PNDIS_HANDLE NdisMiniportDmaHandle);
VOID NdisMRegisterUnloadHandler(NDIS_HANDLE NdisWrapperHandle, PDRIVER_UNLOAD UnloadHandler);
NDIS_STATUS NdisMSetMiniportSecondary(NDIS_HANDLE MiniportHandle, NDIS_HANDLE PrimaryMiniportHandle);
ULONG NdisMSetVirtualFunctionBusData(NDIS_HANDLE NdisMiniportHandle, NDIS_SRIOV_FUNCTION_ID VFId, PVOID Buffer,
	ULONG Offset, ULONG Length);
NDIS_STATUS NdisMWriteConfigBlock(NDIS_HANDLE NdisMiniportHandle, ULONG BlockId, PVOID Buffer, ULONG Length);
NDIS_STATUS NdisMWriteLogData(NDIS_HANDLE LogHandle, PVOID LogBuffer, UINT LogBufferSize);
VOID NdisMapFile(PNDIS_STATUS Status, PVOID *MappedBuffer, NDIS_HANDLE FileHandle);
USHORT NdisMaxGroupCount(VOID);
VOID NdisMonitorReceiveDrop(NDIS_HANDLE NdisHandle, NET_BUFFER_LIST const *NetBufferLists, ULONG Flags);
VOID NdisOpenConfiguration(PNDIS_STATUS Status, PNDIS_HANDLE ConfigurationHandle,
	NDIS_HANDLE WrapperConfigurationContext);
VOID NdisOpenFile(PNDIS_STATUS Status, PNDIS_HANDLE FileHandle, PUINT FileLength, PNDIS_STRING FileName,
	NDIS_PHYSICAL_ADDRESS HighestAcceptableAddress);
VOID NdisOpenProtocolConfiguration(PNDIS_STATUS Status, PNDIS_HANDLE ConfigurationHandle,
	PCNDIS_STRING ProtocolSection);
NTSTATUS NdisProcessorIndexToNumber(ULONG ProcIndex, PPROCESSOR_NUMBER ProcNum);
ULONG NdisProcessorNumberToIndex(PROCESSOR_NUMBER ProcNum);
NDIS_STATUS NdisQueryAdapterInstanceName(PNDIS_STRING pAdapterInstanceName, NDIS_HANDLE NdisBindingHandle);
NDIS_STATUS NdisQueryBindInstanceName(PNDIS_STRING pAdapterInstanceName, NDIS_HANDLE BindingContext);
ULONG NdisQueryNetBufferPhysicalCount(NET_BUFFER *NetBuffer);
NDIS_STATUS NdisQueryPendingIOCount(PVOID NdisBindingHandle, PULONG IoCount);
ULONG NdisReadPciSlotInformation(NDIS_HANDLE NdisAdapterHandle, ULONG SlotNumber, ULONG Offset, PVOID Buffer,
	ULONG Length);
BOOLEAN NdisSetCoalescableTimerObject(NDIS_HANDLE TimerObject, LARGE_INTEGER DueTime, LONG MillisecondsPeriod,
	PVOID FunctionContext, ULONG Tolerance);
NDIS_STATUS NdisSynchronousOidRequest(NDIS_HANDLE NdisBindingHandle, NDIS_OID_REQUEST *OidRequest);
VOID NdisTerminateWrapper(NDIS_HANDLE NdisWrapperHandle, PVOID SystemSpecific);
VOID NdisUnmapFile(NDIS_HANDLE FileHandle);
ULONG NdisWritePciSlotInformation(NDIS_HANDLE NdisAdapterHandle, ULONG SlotNumber, ULONG Offset, PVOID Buffer,
	ULONG Length);
#endif

/* ---- Generated block: NDIS status codes, flags, structure revisions and
 * NDIS_SIZEOF_* sizes that driso_ndis6.h and mingw's ntddndis.h lack.
 * Names and values are facts from Microsoft's WDK metadata project
 * (microsoft/wdkmetadata, MIT license; the ndis.h / ndis/*.h headers it
 * carries keep their WDK license, so only names and values were taken,
 * transcribed one per line by a one-off script that also compile-checked
 * each one). Each NDIS_SIZEOF_* is RTL_SIZEOF_THROUGH_FIELD of the
 * structure's last field of that revision, as the WDK defines them; a size
 * is only declared when the structure and field are declared here or by
 * mingw. ---- */

/* status codes (NDIS_STATUS_*) */
#ifndef NDIS_STATUS_HARDWARE_LINE_UP
#define NDIS_STATUS_HARDWARE_LINE_UP ((NDIS_STATUS)0x4001000DL)
#endif
#ifndef NDIS_STATUS_HARDWARE_LINE_DOWN
#define NDIS_STATUS_HARDWARE_LINE_DOWN ((NDIS_STATUS)0x4001000EL)
#endif
#ifndef NDIS_STATUS_INTERFACE_UP
#define NDIS_STATUS_INTERFACE_UP ((NDIS_STATUS)0x4001000FL)
#endif
#ifndef NDIS_STATUS_INTERFACE_DOWN
#define NDIS_STATUS_INTERFACE_DOWN ((NDIS_STATUS)0x40010010L)
#endif
#ifndef NDIS_STATUS_MEDIA_BUSY
#define NDIS_STATUS_MEDIA_BUSY ((NDIS_STATUS)0x40010011L)
#endif
#ifndef NDIS_STATUS_MEDIA_SPECIFIC_INDICATION
#define NDIS_STATUS_MEDIA_SPECIFIC_INDICATION ((NDIS_STATUS)0x40010012L)
#endif
#ifndef NDIS_STATUS_LINK_SPEED_CHANGE
#define NDIS_STATUS_LINK_SPEED_CHANGE ((NDIS_STATUS)0x40010013L)
#endif
#ifndef NDIS_STATUS_WAN_GET_STATS
#define NDIS_STATUS_WAN_GET_STATS ((NDIS_STATUS)0x40010014L)
#endif
#ifndef NDIS_STATUS_WAN_CO_FRAGMENT
#define NDIS_STATUS_WAN_CO_FRAGMENT ((NDIS_STATUS)0x40010015L)
#endif
#ifndef NDIS_STATUS_WAN_CO_LINKPARAMS
#define NDIS_STATUS_WAN_CO_LINKPARAMS ((NDIS_STATUS)0x40010016L)
#endif
#ifndef NDIS_STATUS_WAN_CO_MTULINKPARAMS
#define NDIS_STATUS_WAN_CO_MTULINKPARAMS ((NDIS_STATUS)0x40010025L)
#endif
#ifndef NDIS_STATUS_MEDIA_SPECIFIC_INDICATION_EX
#define NDIS_STATUS_MEDIA_SPECIFIC_INDICATION_EX ((NDIS_STATUS)0x40010019L)
#endif
#ifndef NDIS_STATUS_IP_OPER_STATUS
#define NDIS_STATUS_IP_OPER_STATUS ((NDIS_STATUS)0x40010026L)
#endif
#ifndef NDIS_STATUS_OFFLOAD_PAUSE
#define NDIS_STATUS_OFFLOAD_PAUSE ((NDIS_STATUS)0x40020001L)
#endif
#ifndef NDIS_STATUS_UPLOAD_ALL
#define NDIS_STATUS_UPLOAD_ALL ((NDIS_STATUS)0x40020002L)
#endif
#ifndef NDIS_STATUS_OFFLOAD_RESUME
#define NDIS_STATUS_OFFLOAD_RESUME ((NDIS_STATUS)0x40020003L)
#endif
#ifndef NDIS_STATUS_OFFLOAD_PARTIAL_SUCCESS
#define NDIS_STATUS_OFFLOAD_PARTIAL_SUCCESS ((NDIS_STATUS)0x40020004L)
#endif
#ifndef NDIS_STATUS_OFFLOAD_STATE_INVALID
#define NDIS_STATUS_OFFLOAD_STATE_INVALID ((NDIS_STATUS)0x40020005L)
#endif
#ifndef NDIS_STATUS_TASK_OFFLOAD_CURRENT_CONFIG
#define NDIS_STATUS_TASK_OFFLOAD_CURRENT_CONFIG ((NDIS_STATUS)0x40020006L)
#endif
#ifndef NDIS_STATUS_TASK_OFFLOAD_HARDWARE_CAPABILITIES
#define NDIS_STATUS_TASK_OFFLOAD_HARDWARE_CAPABILITIES ((NDIS_STATUS)0x40020007L)
#endif
#ifndef NDIS_STATUS_OFFLOAD_ENCASPULATION_CHANGE
#define NDIS_STATUS_OFFLOAD_ENCASPULATION_CHANGE ((NDIS_STATUS)0x40020008L)
#endif
#ifndef NDIS_STATUS_TCP_CONNECTION_OFFLOAD_HARDWARE_CAPABILITIES
#define NDIS_STATUS_TCP_CONNECTION_OFFLOAD_HARDWARE_CAPABILITIES ((NDIS_STATUS)0x4002000BL)
#endif
#ifndef NDIS_STATUS_HD_SPLIT_CURRENT_CONFIG
#define NDIS_STATUS_HD_SPLIT_CURRENT_CONFIG ((NDIS_STATUS)0x4002000CL)
#endif
#ifndef NDIS_STATUS_RECEIVE_QUEUE_STATE
#define NDIS_STATUS_RECEIVE_QUEUE_STATE ((NDIS_STATUS)0x4002000DL)
#endif
#ifndef NDIS_STATUS_VF_CONFIG_STATE
#define NDIS_STATUS_VF_CONFIG_STATE ((NDIS_STATUS)0x4002000EL)
#endif
#ifndef NDIS_STATUS_RECEIVE_FILTER_CURRENT_CAPABILITIES
#define NDIS_STATUS_RECEIVE_FILTER_CURRENT_CAPABILITIES ((NDIS_STATUS)0x40020010L)
#endif
#ifndef NDIS_STATUS_RECEIVE_FILTER_HARDWARE_CAPABILITIES
#define NDIS_STATUS_RECEIVE_FILTER_HARDWARE_CAPABILITIES ((NDIS_STATUS)0x40020020L)
#endif
#ifndef NDIS_STATUS_RECEIVE_FILTER_QUEUE_PARAMETERS
#define NDIS_STATUS_RECEIVE_FILTER_QUEUE_PARAMETERS ((NDIS_STATUS)0x40020030L)
#endif
#ifndef NDIS_STATUS_NIC_SWITCH_CURRENT_CAPABILITIES
#define NDIS_STATUS_NIC_SWITCH_CURRENT_CAPABILITIES ((NDIS_STATUS)0x40020040L)
#endif
#ifndef NDIS_STATUS_NIC_SWITCH_HARDWARE_CAPABILITIES
#define NDIS_STATUS_NIC_SWITCH_HARDWARE_CAPABILITIES ((NDIS_STATUS)0x40020050L)
#endif
#ifndef NDIS_STATUS_RECEIVE_FILTER_QUEUE_STATE_CHANGE
#define NDIS_STATUS_RECEIVE_FILTER_QUEUE_STATE_CHANGE ((NDIS_STATUS)0x40020070L)
#endif
#ifndef NDIS_STATUS_QOS_OPERATIONAL_PARAMETERS_CHANGE
#define NDIS_STATUS_QOS_OPERATIONAL_PARAMETERS_CHANGE ((NDIS_STATUS)0x400200A0L)
#endif
#ifndef NDIS_STATUS_QOS_REMOTE_PARAMETERS_CHANGE
#define NDIS_STATUS_QOS_REMOTE_PARAMETERS_CHANGE ((NDIS_STATUS)0x400200A1L)
#endif
#ifndef NDIS_STATUS_ISOLATION_PARAMETERS_CHANGE
#define NDIS_STATUS_ISOLATION_PARAMETERS_CHANGE ((NDIS_STATUS)0x40020080L)
#endif
#ifndef NDIS_STATUS_OFFLOAD_IM_RESERVED1
#define NDIS_STATUS_OFFLOAD_IM_RESERVED1 ((NDIS_STATUS)0x40020100L)
#endif
#ifndef NDIS_STATUS_OFFLOAD_IM_RESERVED2
#define NDIS_STATUS_OFFLOAD_IM_RESERVED2 ((NDIS_STATUS)0x40020101L)
#endif
#ifndef NDIS_STATUS_OFFLOAD_IM_RESERVED3
#define NDIS_STATUS_OFFLOAD_IM_RESERVED3 ((NDIS_STATUS)0x40020102L)
#endif
#ifndef NDIS_STATUS_PD_CURRENT_CONFIG
#define NDIS_STATUS_PD_CURRENT_CONFIG ((NDIS_STATUS)0x40020200L)
#endif
#ifndef NDIS_STATUS_GFT_OFFLOAD_CURRENT_CAPABILITIES
#define NDIS_STATUS_GFT_OFFLOAD_CURRENT_CAPABILITIES ((NDIS_STATUS)0x40020300L)
#endif
#ifndef NDIS_STATUS_GFT_OFFLOAD_HARDWARE_CAPABILITIES
#define NDIS_STATUS_GFT_OFFLOAD_HARDWARE_CAPABILITIES ((NDIS_STATUS)0x40020301L)
#endif
#ifndef NDIS_STATUS_GFT_OFFLOAD_CURRENT_CONFIG
#define NDIS_STATUS_GFT_OFFLOAD_CURRENT_CONFIG ((NDIS_STATUS)0x40020302L)
#endif
#ifndef NDIS_STATUS_GFT_COUNTERS_UPDATED
#define NDIS_STATUS_GFT_COUNTERS_UPDATED ((NDIS_STATUS)0x40020303L)
#endif
#ifndef NDIS_STATUS_QOS_OFFLOAD_CURRENT_CAPABILITIES
#define NDIS_STATUS_QOS_OFFLOAD_CURRENT_CAPABILITIES ((NDIS_STATUS)0x40020400L)
#endif
#ifndef NDIS_STATUS_QOS_OFFLOAD_HARDWARE_CAPABILITIES
#define NDIS_STATUS_QOS_OFFLOAD_HARDWARE_CAPABILITIES ((NDIS_STATUS)0x40020401L)
#endif
#ifndef NDIS_STATUS_CURRENT_MAC_ADDRESS_CHANGE
#define NDIS_STATUS_CURRENT_MAC_ADDRESS_CHANGE ((NDIS_STATUS)0x400200b0L)
#endif
#ifndef NDIS_STATUS_L2_MTU_SIZE_CHANGE
#define NDIS_STATUS_L2_MTU_SIZE_CHANGE ((NDIS_STATUS)0x400200b1L)
#endif
#ifndef NDIS_STATUS_TIMESTAMP_CAPABILITY
#define NDIS_STATUS_TIMESTAMP_CAPABILITY ((NDIS_STATUS)0x40051000L)
#endif
#ifndef NDIS_STATUS_TIMESTAMP_CURRENT_CONFIG
#define NDIS_STATUS_TIMESTAMP_CURRENT_CONFIG ((NDIS_STATUS)0x40051001L)
#endif
#ifndef NDIS_STATUS_DOT11_SCAN_CONFIRM
#define NDIS_STATUS_DOT11_SCAN_CONFIRM ((NDIS_STATUS)0x40030000L)
#endif
#ifndef NDIS_STATUS_DOT11_MPDU_MAX_LENGTH_CHANGED
#define NDIS_STATUS_DOT11_MPDU_MAX_LENGTH_CHANGED ((NDIS_STATUS)0x40030001L)
#endif
#ifndef NDIS_STATUS_DOT11_ASSOCIATION_START
#define NDIS_STATUS_DOT11_ASSOCIATION_START ((NDIS_STATUS)0x40030002L)
#endif
#ifndef NDIS_STATUS_DOT11_ASSOCIATION_COMPLETION
#define NDIS_STATUS_DOT11_ASSOCIATION_COMPLETION ((NDIS_STATUS)0x40030003L)
#endif
#ifndef NDIS_STATUS_DOT11_CONNECTION_START
#define NDIS_STATUS_DOT11_CONNECTION_START ((NDIS_STATUS)0x40030004L)
#endif
#ifndef NDIS_STATUS_DOT11_CONNECTION_COMPLETION
#define NDIS_STATUS_DOT11_CONNECTION_COMPLETION ((NDIS_STATUS)0x40030005L)
#endif
#ifndef NDIS_STATUS_DOT11_ROAMING_START
#define NDIS_STATUS_DOT11_ROAMING_START ((NDIS_STATUS)0x40030006L)
#endif
#ifndef NDIS_STATUS_DOT11_ROAMING_COMPLETION
#define NDIS_STATUS_DOT11_ROAMING_COMPLETION ((NDIS_STATUS)0x40030007L)
#endif
#ifndef NDIS_STATUS_DOT11_DISASSOCIATION
#define NDIS_STATUS_DOT11_DISASSOCIATION ((NDIS_STATUS)0x40030008L)
#endif
#ifndef NDIS_STATUS_DOT11_TKIPMIC_FAILURE
#define NDIS_STATUS_DOT11_TKIPMIC_FAILURE ((NDIS_STATUS)0x40030009L)
#endif
#ifndef NDIS_STATUS_DOT11_PMKID_CANDIDATE_LIST
#define NDIS_STATUS_DOT11_PMKID_CANDIDATE_LIST ((NDIS_STATUS)0x4003000AL)
#endif
#ifndef NDIS_STATUS_DOT11_PHY_STATE_CHANGED
#define NDIS_STATUS_DOT11_PHY_STATE_CHANGED ((NDIS_STATUS)0x4003000BL)
#endif
#ifndef NDIS_STATUS_DOT11_LINK_QUALITY
#define NDIS_STATUS_DOT11_LINK_QUALITY ((NDIS_STATUS)0x4003000CL)
#endif
#ifndef NDIS_STATUS_DOT11_INCOMING_ASSOC_STARTED
#define NDIS_STATUS_DOT11_INCOMING_ASSOC_STARTED ((NDIS_STATUS)0x4003000DL)
#endif
#ifndef NDIS_STATUS_DOT11_INCOMING_ASSOC_REQUEST_RECEIVED
#define NDIS_STATUS_DOT11_INCOMING_ASSOC_REQUEST_RECEIVED ((NDIS_STATUS)0x4003000EL)
#endif
#ifndef NDIS_STATUS_DOT11_INCOMING_ASSOC_COMPLETION
#define NDIS_STATUS_DOT11_INCOMING_ASSOC_COMPLETION ((NDIS_STATUS)0x4003000FL)
#endif
#ifndef NDIS_STATUS_DOT11_STOP_AP
#define NDIS_STATUS_DOT11_STOP_AP ((NDIS_STATUS)0x40030010L)
#endif
#ifndef NDIS_STATUS_DOT11_PHY_FREQUENCY_ADOPTED
#define NDIS_STATUS_DOT11_PHY_FREQUENCY_ADOPTED ((NDIS_STATUS)0x40030011L)
#endif
#ifndef NDIS_STATUS_DOT11_CAN_SUSTAIN_AP
#define NDIS_STATUS_DOT11_CAN_SUSTAIN_AP ((NDIS_STATUS)0x40030012L)
#endif
#ifndef NDIS_STATUS_DOT11_WFD_DISCOVER_COMPLETE
#define NDIS_STATUS_DOT11_WFD_DISCOVER_COMPLETE ((NDIS_STATUS)0x40030013L)
#endif
#ifndef NDIS_STATUS_DOT11_WFD_GO_NEGOTIATION_REQUEST_SEND_COMPLETE
#define NDIS_STATUS_DOT11_WFD_GO_NEGOTIATION_REQUEST_SEND_COMPLETE ((NDIS_STATUS)0x40030014L)
#endif
#ifndef NDIS_STATUS_DOT11_WFD_RECEIVED_GO_NEGOTIATION_REQUEST
#define NDIS_STATUS_DOT11_WFD_RECEIVED_GO_NEGOTIATION_REQUEST ((NDIS_STATUS)0x40030015L)
#endif
#ifndef NDIS_STATUS_DOT11_WFD_GO_NEGOTIATION_RESPONSE_SEND_COMPLETE
#define NDIS_STATUS_DOT11_WFD_GO_NEGOTIATION_RESPONSE_SEND_COMPLETE ((NDIS_STATUS)0x40030016L)
#endif
#ifndef NDIS_STATUS_DOT11_WFD_RECEIVED_GO_NEGOTIATION_RESPONSE
#define NDIS_STATUS_DOT11_WFD_RECEIVED_GO_NEGOTIATION_RESPONSE ((NDIS_STATUS)0x40030017L)
#endif
#ifndef NDIS_STATUS_DOT11_WFD_GO_NEGOTIATION_CONFIRMATION_SEND_COMPLETE
#define NDIS_STATUS_DOT11_WFD_GO_NEGOTIATION_CONFIRMATION_SEND_COMPLETE ((NDIS_STATUS)0x40030018L)
#endif
#ifndef NDIS_STATUS_DOT11_WFD_RECEIVED_GO_NEGOTIATION_CONFIRMATION
#define NDIS_STATUS_DOT11_WFD_RECEIVED_GO_NEGOTIATION_CONFIRMATION ((NDIS_STATUS)0x40030019L)
#endif
#ifndef NDIS_STATUS_DOT11_WFD_INVITATION_REQUEST_SEND_COMPLETE
#define NDIS_STATUS_DOT11_WFD_INVITATION_REQUEST_SEND_COMPLETE ((NDIS_STATUS)0x4003001AL)
#endif
#ifndef NDIS_STATUS_DOT11_WFD_RECEIVED_INVITATION_REQUEST
#define NDIS_STATUS_DOT11_WFD_RECEIVED_INVITATION_REQUEST ((NDIS_STATUS)0x4003001BL)
#endif
#ifndef NDIS_STATUS_DOT11_WFD_INVITATION_RESPONSE_SEND_COMPLETE
#define NDIS_STATUS_DOT11_WFD_INVITATION_RESPONSE_SEND_COMPLETE ((NDIS_STATUS)0x4003001CL)
#endif
#ifndef NDIS_STATUS_DOT11_WFD_RECEIVED_INVITATION_RESPONSE
#define NDIS_STATUS_DOT11_WFD_RECEIVED_INVITATION_RESPONSE ((NDIS_STATUS)0x4003001DL)
#endif
#ifndef NDIS_STATUS_DOT11_WFD_PROVISION_DISCOVERY_REQUEST_SEND_COMPLETE
#define NDIS_STATUS_DOT11_WFD_PROVISION_DISCOVERY_REQUEST_SEND_COMPLETE ((NDIS_STATUS)0x4003001EL)
#endif
#ifndef NDIS_STATUS_DOT11_WFD_RECEIVED_PROVISION_DISCOVERY_REQUEST
#define NDIS_STATUS_DOT11_WFD_RECEIVED_PROVISION_DISCOVERY_REQUEST ((NDIS_STATUS)0x4003001FL)
#endif
#ifndef NDIS_STATUS_DOT11_WFD_PROVISION_DISCOVERY_RESPONSE_SEND_COMPLETE
#define NDIS_STATUS_DOT11_WFD_PROVISION_DISCOVERY_RESPONSE_SEND_COMPLETE ((NDIS_STATUS)0x40030020L)
#endif
#ifndef NDIS_STATUS_DOT11_WFD_RECEIVED_PROVISION_DISCOVERY_RESPONSE
#define NDIS_STATUS_DOT11_WFD_RECEIVED_PROVISION_DISCOVERY_RESPONSE ((NDIS_STATUS)0x40030021L)
#endif
#ifndef NDIS_STATUS_DOT11_WFD_GROUP_OPERATING_CHANNEL
#define NDIS_STATUS_DOT11_WFD_GROUP_OPERATING_CHANNEL ((NDIS_STATUS)0x40030022L)
#endif
#ifndef NDIS_STATUS_DOT11_OFFLOAD_NETWORK_STATUS_CHANGED
#define NDIS_STATUS_DOT11_OFFLOAD_NETWORK_STATUS_CHANGED ((NDIS_STATUS)0x40030023L)
#endif
#ifndef NDIS_STATUS_DOT11_MANUFACTURING_CALLBACK
#define NDIS_STATUS_DOT11_MANUFACTURING_CALLBACK ((NDIS_STATUS)0x40030024L)
#endif
#ifndef NDIS_STATUS_DOT11_ANQP_QUERY_COMPLETE
#define NDIS_STATUS_DOT11_ANQP_QUERY_COMPLETE ((NDIS_STATUS)0x40030025L)
#endif
#ifndef NDIS_STATUS_DOT11_WFD_VISIBLE_DEVICE_LIST_UPDATED
#define NDIS_STATUS_DOT11_WFD_VISIBLE_DEVICE_LIST_UPDATED ((NDIS_STATUS)0x40030026L)
#endif
#ifndef NDIS_STATUS_DOT11_WFD_OPERATING_CHANNEL_ATTRIBUTES_UPDATED
#define NDIS_STATUS_DOT11_WFD_OPERATING_CHANNEL_ATTRIBUTES_UPDATED ((NDIS_STATUS)0x40030027L)
#endif
#ifndef NDIS_STATUS_DOT11_WFD_GROUP_OPERATING_CHANNEL_UPDATE
#define NDIS_STATUS_DOT11_WFD_GROUP_OPERATING_CHANNEL_UPDATE ((NDIS_STATUS)0x40030028L)
#endif
#ifndef NDIS_STATUS_DOT11_FT_TRANSITION_PARAMETERS_NEEDED
#define NDIS_STATUS_DOT11_FT_TRANSITION_PARAMETERS_NEEDED ((NDIS_STATUS)0x40030029L)
#endif
#ifndef NDIS_STATUS_DOT11_WDI_RESERVED_4
#define NDIS_STATUS_DOT11_WDI_RESERVED_4 ((NDIS_STATUS)0x4003002AL)
#endif
#ifndef NDIS_STATUS_DOT11_WDI_RESERVED_1
#define NDIS_STATUS_DOT11_WDI_RESERVED_1 ((NDIS_STATUS)0x4003002BL)
#endif
#ifndef NDIS_STATUS_DOT11_WDI_RESERVED_2
#define NDIS_STATUS_DOT11_WDI_RESERVED_2 ((NDIS_STATUS)0x4003002CL)
#endif
#ifndef NDIS_STATUS_DOT11_WDI_RESERVED_3
#define NDIS_STATUS_DOT11_WDI_RESERVED_3 ((NDIS_STATUS)0x4003002DL)
#endif
#ifndef NDIS_STATUS_DOT11_WDI_RESERVED_5
#define NDIS_STATUS_DOT11_WDI_RESERVED_5 ((NDIS_STATUS)0x4003002EL)
#endif
#ifndef NDIS_STATUS_DOT11_WDI_RESERVED_6
#define NDIS_STATUS_DOT11_WDI_RESERVED_6 ((NDIS_STATUS)0x4003002FL)
#endif
#ifndef NDIS_STATUS_DOT11_WDI_RESERVED_7
#define NDIS_STATUS_DOT11_WDI_RESERVED_7 ((NDIS_STATUS)0x40030030L)
#endif
#ifndef NDIS_STATUS_DOT11_WDI_RESERVED_8
#define NDIS_STATUS_DOT11_WDI_RESERVED_8 ((NDIS_STATUS)0x40030031L)
#endif
#ifndef NDIS_STATUS_DOT11_WDI_RESERVED_9
#define NDIS_STATUS_DOT11_WDI_RESERVED_9 ((NDIS_STATUS)0x40030032L)
#endif
#ifndef NDIS_STATUS_DOT11_WDI_RESERVED_10
#define NDIS_STATUS_DOT11_WDI_RESERVED_10 ((NDIS_STATUS)0x40030033L)
#endif
#ifndef NDIS_STATUS_DOT11_WDI_RESERVED_11
#define NDIS_STATUS_DOT11_WDI_RESERVED_11 ((NDIS_STATUS)0x40030034L)
#endif
#ifndef NDIS_STATUS_DOT11_WDI_RESERVED_12
#define NDIS_STATUS_DOT11_WDI_RESERVED_12 ((NDIS_STATUS)0x40030035L)
#endif
#ifndef NDIS_STATUS_WWAN_DEVICE_CAPS
#define NDIS_STATUS_WWAN_DEVICE_CAPS ((NDIS_STATUS)0x40041000)
#endif
#ifndef NDIS_STATUS_WWAN_READY_INFO
#define NDIS_STATUS_WWAN_READY_INFO ((NDIS_STATUS)0x40041001)
#endif
#ifndef NDIS_STATUS_WWAN_RADIO_STATE
#define NDIS_STATUS_WWAN_RADIO_STATE ((NDIS_STATUS)0x40041002)
#endif
#ifndef NDIS_STATUS_WWAN_PIN_INFO
#define NDIS_STATUS_WWAN_PIN_INFO ((NDIS_STATUS)0x40041003)
#endif
#ifndef NDIS_STATUS_WWAN_PIN_LIST
#define NDIS_STATUS_WWAN_PIN_LIST ((NDIS_STATUS)0x40041004)
#endif
#ifndef NDIS_STATUS_WWAN_HOME_PROVIDER
#define NDIS_STATUS_WWAN_HOME_PROVIDER ((NDIS_STATUS)0x40041005)
#endif
#ifndef NDIS_STATUS_WWAN_PREFERRED_PROVIDERS
#define NDIS_STATUS_WWAN_PREFERRED_PROVIDERS ((NDIS_STATUS)0x40041006)
#endif
#ifndef NDIS_STATUS_WWAN_VISIBLE_PROVIDERS
#define NDIS_STATUS_WWAN_VISIBLE_PROVIDERS ((NDIS_STATUS)0x40041007)
#endif
#ifndef NDIS_STATUS_WWAN_REGISTER_STATE
#define NDIS_STATUS_WWAN_REGISTER_STATE ((NDIS_STATUS)0x40041008)
#endif
#ifndef NDIS_STATUS_WWAN_PACKET_SERVICE
#define NDIS_STATUS_WWAN_PACKET_SERVICE ((NDIS_STATUS)0x40041009)
#endif
#ifndef NDIS_STATUS_WWAN_SIGNAL_STATE
#define NDIS_STATUS_WWAN_SIGNAL_STATE ((NDIS_STATUS)0x4004100a)
#endif
#ifndef NDIS_STATUS_WWAN_CONTEXT_STATE
#define NDIS_STATUS_WWAN_CONTEXT_STATE ((NDIS_STATUS)0x4004100b)
#endif
#ifndef NDIS_STATUS_WWAN_PROVISIONED_CONTEXTS
#define NDIS_STATUS_WWAN_PROVISIONED_CONTEXTS ((NDIS_STATUS)0x4004100c)
#endif
#ifndef NDIS_STATUS_WWAN_SERVICE_ACTIVATION
#define NDIS_STATUS_WWAN_SERVICE_ACTIVATION ((NDIS_STATUS)0x4004100d)
#endif
#ifndef NDIS_STATUS_WWAN_SMS_CONFIGURATION
#define NDIS_STATUS_WWAN_SMS_CONFIGURATION ((NDIS_STATUS)0x4004100e)
#endif
#ifndef NDIS_STATUS_WWAN_SMS_RECEIVE
#define NDIS_STATUS_WWAN_SMS_RECEIVE ((NDIS_STATUS)0x4004100f)
#endif
#ifndef NDIS_STATUS_WWAN_SMS_SEND
#define NDIS_STATUS_WWAN_SMS_SEND ((NDIS_STATUS)0x40041010)
#endif
#ifndef NDIS_STATUS_WWAN_SMS_DELETE
#define NDIS_STATUS_WWAN_SMS_DELETE ((NDIS_STATUS)0x40041011)
#endif
#ifndef NDIS_STATUS_WWAN_SMS_STATUS
#define NDIS_STATUS_WWAN_SMS_STATUS ((NDIS_STATUS)0x40041012)
#endif
#ifndef NDIS_STATUS_WWAN_DNS_ADDRESS
#define NDIS_STATUS_WWAN_DNS_ADDRESS ((NDIS_STATUS)0x40041013)
#endif
#ifndef NDIS_STATUS_WWAN_VENDOR_SPECIFIC
#define NDIS_STATUS_WWAN_VENDOR_SPECIFIC ((NDIS_STATUS)0x40043000)
#endif
#ifndef NDIS_STATUS_WWAN_SET_HOME_PROVIDER_COMPLETE
#define NDIS_STATUS_WWAN_SET_HOME_PROVIDER_COMPLETE ((NDIS_STATUS)0x40041014L)
#endif
#ifndef NDIS_STATUS_WWAN_AUTH_RESPONSE
#define NDIS_STATUS_WWAN_AUTH_RESPONSE ((NDIS_STATUS)0x40041015L)
#endif
#ifndef NDIS_STATUS_WWAN_SUPPORTED_DEVICE_SERVICES
#define NDIS_STATUS_WWAN_SUPPORTED_DEVICE_SERVICES ((NDIS_STATUS)0x40041016L)
#endif
#ifndef NDIS_STATUS_WWAN_DEVICE_SERVICE_SUBSCRIPTION
#define NDIS_STATUS_WWAN_DEVICE_SERVICE_SUBSCRIPTION ((NDIS_STATUS)0x40041017L)
#endif
#ifndef NDIS_STATUS_WWAN_DEVICE_SERVICE_RESPONSE
#define NDIS_STATUS_WWAN_DEVICE_SERVICE_RESPONSE ((NDIS_STATUS)0x40041018L)
#endif
#ifndef NDIS_STATUS_WWAN_DEVICE_SERVICE_EVENT
#define NDIS_STATUS_WWAN_DEVICE_SERVICE_EVENT ((NDIS_STATUS)0x40041019L)
#endif
#ifndef NDIS_STATUS_WWAN_USSD
#define NDIS_STATUS_WWAN_USSD ((NDIS_STATUS)0x40041020L)
#endif
#ifndef NDIS_STATUS_WWAN_DEVICE_SERVICE_SUPPORTED_COMMANDS
#define NDIS_STATUS_WWAN_DEVICE_SERVICE_SUPPORTED_COMMANDS ((NDIS_STATUS)0x40041021L)
#endif
#ifndef NDIS_STATUS_WWAN_DEVICE_SERVICE_SESSION
#define NDIS_STATUS_WWAN_DEVICE_SERVICE_SESSION ((NDIS_STATUS)0x40041022L)
#endif
#ifndef NDIS_STATUS_WWAN_DEVICE_SERVICE_SESSION_WRITE_COMPLETE
#define NDIS_STATUS_WWAN_DEVICE_SERVICE_SESSION_WRITE_COMPLETE ((NDIS_STATUS)0x40041023L)
#endif
#ifndef NDIS_STATUS_WWAN_DEVICE_SERVICE_SESSION_READ
#define NDIS_STATUS_WWAN_DEVICE_SERVICE_SESSION_READ ((NDIS_STATUS)0x40041024L)
#endif
#ifndef NDIS_STATUS_WWAN_PREFERRED_MULTICARRIER_PROVIDERS
#define NDIS_STATUS_WWAN_PREFERRED_MULTICARRIER_PROVIDERS ((NDIS_STATUS)0x40041025L)
#endif
#ifndef NDIS_STATUS_WWAN_RESERVED_1
#define NDIS_STATUS_WWAN_RESERVED_1 ((NDIS_STATUS)0x40041026L)
#endif
#ifndef NDIS_STATUS_WWAN_RESERVED_2
#define NDIS_STATUS_WWAN_RESERVED_2 ((NDIS_STATUS)0x40041027L)
#endif
#ifndef NDIS_STATUS_WWAN_IP_ADDRESS_STATE
#define NDIS_STATUS_WWAN_IP_ADDRESS_STATE ((NDIS_STATUS)0x40041028L)
#endif
#ifndef NDIS_STATUS_WWAN_RESERVED_3
#define NDIS_STATUS_WWAN_RESERVED_3 ((NDIS_STATUS)0x40041029L)
#endif
#ifndef NDIS_STATUS_WWAN_UICC_FILE_STATUS
#define NDIS_STATUS_WWAN_UICC_FILE_STATUS ((NDIS_STATUS)0x4004102aL)
#endif
#ifndef NDIS_STATUS_WWAN_UICC_RESPONSE
#define NDIS_STATUS_WWAN_UICC_RESPONSE ((NDIS_STATUS)0x4004102bL)
#endif
#ifndef NDIS_STATUS_WWAN_SYS_CAPS_INFO
#define NDIS_STATUS_WWAN_SYS_CAPS_INFO ((NDIS_STATUS)0x4004102cL)
#endif
#ifndef NDIS_STATUS_WWAN_DEVICE_SLOT_MAPPING_INFO
#define NDIS_STATUS_WWAN_DEVICE_SLOT_MAPPING_INFO ((NDIS_STATUS)0x4004102dL)
#endif
#ifndef NDIS_STATUS_WWAN_SLOT_INFO
#define NDIS_STATUS_WWAN_SLOT_INFO ((NDIS_STATUS)0x4004102eL)
#endif
#ifndef NDIS_STATUS_WWAN_DEVICE_BINDINGS_INFO
#define NDIS_STATUS_WWAN_DEVICE_BINDINGS_INFO ((NDIS_STATUS)0x4004102fL)
#endif
#ifndef NDIS_STATUS_WWAN_IMS_VOICE_STATE
#define NDIS_STATUS_WWAN_IMS_VOICE_STATE ((NDIS_STATUS)0x40041030L)
#endif
#ifndef NDIS_STATUS_WWAN_LOCATION_STATE_INFO
#define NDIS_STATUS_WWAN_LOCATION_STATE_INFO ((NDIS_STATUS)0x40041031L)
#endif
#ifndef NDIS_STATUS_WWAN_NITZ_INFO
#define NDIS_STATUS_WWAN_NITZ_INFO ((NDIS_STATUS)0x40041032L)
#endif
#ifndef NDIS_STATUS_WWAN_PRESHUTDOWN_STATE
#define NDIS_STATUS_WWAN_PRESHUTDOWN_STATE ((NDIS_STATUS)0x40041033L)
#endif
#ifndef NDIS_STATUS_WWAN_ATR_INFO
#define NDIS_STATUS_WWAN_ATR_INFO ((NDIS_STATUS)0x40041034L)
#endif
#ifndef NDIS_STATUS_WWAN_UICC_OPEN_CHANNEL_INFO
#define NDIS_STATUS_WWAN_UICC_OPEN_CHANNEL_INFO ((NDIS_STATUS)0x40041035L)
#endif
#ifndef NDIS_STATUS_WWAN_UICC_CLOSE_CHANNEL_INFO
#define NDIS_STATUS_WWAN_UICC_CLOSE_CHANNEL_INFO ((NDIS_STATUS)0x40041036L)
#endif
#ifndef NDIS_STATUS_WWAN_UICC_APDU_INFO
#define NDIS_STATUS_WWAN_UICC_APDU_INFO ((NDIS_STATUS)0x40041037L)
#endif
#ifndef NDIS_STATUS_WWAN_UICC_TERMINAL_CAPABILITY_INFO
#define NDIS_STATUS_WWAN_UICC_TERMINAL_CAPABILITY_INFO ((NDIS_STATUS)0x40041038L)
#endif
#ifndef NDIS_STATUS_WWAN_PS_MEDIA_CONFIG_STATE
#define NDIS_STATUS_WWAN_PS_MEDIA_CONFIG_STATE ((NDIS_STATUS)0x40041039L)
#endif
#ifndef NDIS_STATUS_WWAN_SAR_CONFIG
#define NDIS_STATUS_WWAN_SAR_CONFIG ((NDIS_STATUS)0x4004103aL)
#endif
#ifndef NDIS_STATUS_WWAN_SAR_TRANSMISSION_STATUS
#define NDIS_STATUS_WWAN_SAR_TRANSMISSION_STATUS ((NDIS_STATUS)0x4004103bL)
#endif
#ifndef NDIS_STATUS_WWAN_NETWORK_BLACKLIST
#define NDIS_STATUS_WWAN_NETWORK_BLACKLIST ((NDIS_STATUS)0x4004103cL)
#endif
#ifndef NDIS_STATUS_WWAN_LTE_ATTACH_CONFIG
#define NDIS_STATUS_WWAN_LTE_ATTACH_CONFIG ((NDIS_STATUS)0x4004103dL)
#endif
#ifndef NDIS_STATUS_WWAN_LTE_ATTACH_STATUS
#define NDIS_STATUS_WWAN_LTE_ATTACH_STATUS ((NDIS_STATUS)0x4004103eL)
#endif
#ifndef NDIS_STATUS_WWAN_DEVICE_CAPS_EX
#define NDIS_STATUS_WWAN_DEVICE_CAPS_EX ((NDIS_STATUS)0x4004103fL)
#endif
#ifndef NDIS_STATUS_WWAN_MODEM_CONFIG_INFO
#define NDIS_STATUS_WWAN_MODEM_CONFIG_INFO ((NDIS_STATUS)0x40041040L)
#endif
#ifndef NDIS_STATUS_WWAN_PCO_STATUS
#define NDIS_STATUS_WWAN_PCO_STATUS ((NDIS_STATUS)0x40041041L)
#endif
#ifndef NDIS_STATUS_WWAN_UICC_RESET_INFO
#define NDIS_STATUS_WWAN_UICC_RESET_INFO ((NDIS_STATUS)0x40041042L)
#endif
#ifndef NDIS_STATUS_WWAN_DEVICE_RESET_STATUS
#define NDIS_STATUS_WWAN_DEVICE_RESET_STATUS ((NDIS_STATUS)0x40041043L)
#endif
#ifndef NDIS_STATUS_WWAN_BASE_STATIONS_INFO
#define NDIS_STATUS_WWAN_BASE_STATIONS_INFO ((NDIS_STATUS)0x40041044L)
#endif
#ifndef NDIS_STATUS_WWAN_MPDP_STATE
#define NDIS_STATUS_WWAN_MPDP_STATE ((NDIS_STATUS)0x40041045L)
#endif
#ifndef NDIS_STATUS_WWAN_MPDP_LIST
#define NDIS_STATUS_WWAN_MPDP_LIST ((NDIS_STATUS)0x40041046L)
#endif
#ifndef NDIS_STATUS_WWAN_UICC_APP_LIST
#define NDIS_STATUS_WWAN_UICC_APP_LIST ((NDIS_STATUS)0x40041047L)
#endif
#ifndef NDIS_STATUS_WWAN_MODEM_LOGGING_CONFIG
#define NDIS_STATUS_WWAN_MODEM_LOGGING_CONFIG ((NDIS_STATUS)0x40041048L)
#endif
#ifndef NDIS_STATUS_WWAN_UICC_RECORD_RESPONSE
#define NDIS_STATUS_WWAN_UICC_RECORD_RESPONSE ((NDIS_STATUS)0x40041049L)
#endif
#ifndef NDIS_STATUS_WWAN_UICC_BINARY_RESPONSE
#define NDIS_STATUS_WWAN_UICC_BINARY_RESPONSE ((NDIS_STATUS)0x4004104aL)
#endif
#ifndef NDIS_STATUS_WWAN_REGISTER_PARAMS_STATE
#define NDIS_STATUS_WWAN_REGISTER_PARAMS_STATE ((NDIS_STATUS)0x4004104bL)
#endif
#ifndef NDIS_STATUS_WWAN_NETWORK_PARAMS_STATE
#define NDIS_STATUS_WWAN_NETWORK_PARAMS_STATE ((NDIS_STATUS)0x4004104cL)
#endif
#ifndef NDIS_STATUS_WWAN_IO_PAUSE
#define NDIS_STATUS_WWAN_IO_PAUSE ((NDIS_STATUS)0x4004104dL)
#endif
#ifndef NDIS_STATUS_WWAN_IO_RESUME
#define NDIS_STATUS_WWAN_IO_RESUME ((NDIS_STATUS)0x4004104eL)
#endif
#ifndef NDIS_STATUS_WWAN_UE_POLICY_STATE
#define NDIS_STATUS_WWAN_UE_POLICY_STATE ((NDIS_STATUS)0x4004104fL)
#endif
#ifndef NDIS_STATUS_PM_WOL_PATTERN_REJECTED
#define NDIS_STATUS_PM_WOL_PATTERN_REJECTED ((NDIS_STATUS)0x40030051L)
#endif
#ifndef NDIS_STATUS_PM_OFFLOAD_REJECTED
#define NDIS_STATUS_PM_OFFLOAD_REJECTED ((NDIS_STATUS)0x40030052L)
#endif
#ifndef NDIS_STATUS_PM_CAPABILITIES_CHANGE
#define NDIS_STATUS_PM_CAPABILITIES_CHANGE ((NDIS_STATUS)0x40030053L)
#endif
#ifndef NDIS_STATUS_PM_HARDWARE_CAPABILITIES
#define NDIS_STATUS_PM_HARDWARE_CAPABILITIES ((NDIS_STATUS)0x40030054L)
#endif
#ifndef NDIS_STATUS_PM_WAKE_REASON
#define NDIS_STATUS_PM_WAKE_REASON ((NDIS_STATUS)0x40030055L)
#endif
#ifndef NDIS_STATUS_INVALID_SAP
#define NDIS_STATUS_INVALID_SAP ((NDIS_STATUS)0xC0010020L)
#endif
#ifndef NDIS_STATUS_SAP_IN_USE
#define NDIS_STATUS_SAP_IN_USE ((NDIS_STATUS)0xC0010021L)
#endif
#ifndef NDIS_STATUS_VC_NOT_ACTIVATED
#define NDIS_STATUS_VC_NOT_ACTIVATED ((NDIS_STATUS)0xC0010023L)
#endif
#ifndef NDIS_STATUS_DEST_OUT_OF_ORDER
#define NDIS_STATUS_DEST_OUT_OF_ORDER ((NDIS_STATUS)0xC0010024L)
#endif
#ifndef NDIS_STATUS_VC_NOT_AVAILABLE
#define NDIS_STATUS_VC_NOT_AVAILABLE ((NDIS_STATUS)0xC0010025L)
#endif
#ifndef NDIS_STATUS_CELLRATE_NOT_AVAILABLE
#define NDIS_STATUS_CELLRATE_NOT_AVAILABLE ((NDIS_STATUS)0xC0010026L)
#endif
#ifndef NDIS_STATUS_INCOMPATIBLE_QOS
#define NDIS_STATUS_INCOMPATIBLE_QOS ((NDIS_STATUS)0xC0010027L)
#endif
#ifndef NDIS_STATUS_AAL_PARAMS_UNSUPPORTED
#define NDIS_STATUS_AAL_PARAMS_UNSUPPORTED ((NDIS_STATUS)0xC0010028L)
#endif
#ifndef NDIS_STATUS_NO_ROUTE_TO_DESTINATION
#define NDIS_STATUS_NO_ROUTE_TO_DESTINATION ((NDIS_STATUS)0xC0010029L)
#endif
#ifndef NDIS_STATUS_TOKEN_RING_OPEN_ERROR
#define NDIS_STATUS_TOKEN_RING_OPEN_ERROR ((NDIS_STATUS)0xC0011000L)
#endif
#ifndef NDIS_STATUS_SEND_ABORTED
#define NDIS_STATUS_SEND_ABORTED ((NDIS_STATUS)STATUS_NDIS_REQUEST_ABORTED)
#endif
#ifndef NDIS_STATUS_INVALID_STATE
#define NDIS_STATUS_INVALID_STATE ((NDIS_STATUS)STATUS_INVALID_DEVICE_STATE)
#endif
#ifndef NDIS_STATUS_DOT11_AUTO_CONFIG_ENABLED
#define NDIS_STATUS_DOT11_AUTO_CONFIG_ENABLED ((NDIS_STATUS)STATUS_NDIS_DOT11_AUTO_CONFIG_ENABLED)
#endif
#ifndef NDIS_STATUS_PM_WOL_PATTERN_LIST_FULL
#define NDIS_STATUS_PM_WOL_PATTERN_LIST_FULL ((NDIS_STATUS)STATUS_NDIS_PM_WOL_PATTERN_LIST_FULL)
#endif
#ifndef NDIS_STATUS_PM_PROTOCOL_OFFLOAD_LIST_FULL
#define NDIS_STATUS_PM_PROTOCOL_OFFLOAD_LIST_FULL ((NDIS_STATUS)STATUS_NDIS_PM_PROTOCOL_OFFLOAD_LIST_FULL)
#endif
#ifndef NDIS_STATUS_BUSY
#define NDIS_STATUS_BUSY ((NDIS_STATUS)STATUS_DEVICE_BUSY)
#endif
#ifndef NDIS_STATUS_UPLOAD_IN_PROGRESS
#define NDIS_STATUS_UPLOAD_IN_PROGRESS ((NDIS_STATUS)0xC0231001L)
#endif
#ifndef NDIS_STATUS_REQUEST_UPLOAD
#define NDIS_STATUS_REQUEST_UPLOAD ((NDIS_STATUS)0xC0231002L)
#endif
#ifndef NDIS_STATUS_UPLOAD_REQUESTED
#define NDIS_STATUS_UPLOAD_REQUESTED ((NDIS_STATUS)0xC0231003L)
#endif
#ifndef NDIS_STATUS_OFFLOAD_TCP_ENTRIES
#define NDIS_STATUS_OFFLOAD_TCP_ENTRIES ((NDIS_STATUS)0xC0231004L)
#endif
#ifndef NDIS_STATUS_OFFLOAD_PATH_ENTRIES
#define NDIS_STATUS_OFFLOAD_PATH_ENTRIES ((NDIS_STATUS)0xC0231005L)
#endif
#ifndef NDIS_STATUS_OFFLOAD_NEIGHBOR_ENTRIES
#define NDIS_STATUS_OFFLOAD_NEIGHBOR_ENTRIES ((NDIS_STATUS)0xC0231006L)
#endif
#ifndef NDIS_STATUS_OFFLOAD_IP_ADDRESS_ENTRIES
#define NDIS_STATUS_OFFLOAD_IP_ADDRESS_ENTRIES ((NDIS_STATUS)0xC0231007L)
#endif
#ifndef NDIS_STATUS_OFFLOAD_HW_ADDRESS_ENTRIES
#define NDIS_STATUS_OFFLOAD_HW_ADDRESS_ENTRIES ((NDIS_STATUS)0xC0231008L)
#endif
#ifndef NDIS_STATUS_OFFLOAD_VLAN_ENTRIES
#define NDIS_STATUS_OFFLOAD_VLAN_ENTRIES ((NDIS_STATUS)0xC0231009L)
#endif
#ifndef NDIS_STATUS_OFFLOAD_TCP_XMIT_BUFFER
#define NDIS_STATUS_OFFLOAD_TCP_XMIT_BUFFER ((NDIS_STATUS)0xC023100AL)
#endif
#ifndef NDIS_STATUS_OFFLOAD_TCP_RCV_BUFFER
#define NDIS_STATUS_OFFLOAD_TCP_RCV_BUFFER ((NDIS_STATUS)0xC023100BL)
#endif
#ifndef NDIS_STATUS_OFFLOAD_TCP_RCV_WINDOW
#define NDIS_STATUS_OFFLOAD_TCP_RCV_WINDOW ((NDIS_STATUS)0xC023100CL)
#endif
#ifndef NDIS_STATUS_OFFLOAD_VLAN_MISMATCH
#define NDIS_STATUS_OFFLOAD_VLAN_MISMATCH ((NDIS_STATUS)0xC023100DL)
#endif
#ifndef NDIS_STATUS_OFFLOAD_DATA_NOT_ACCEPTED
#define NDIS_STATUS_OFFLOAD_DATA_NOT_ACCEPTED ((NDIS_STATUS)0xC023100EL)
#endif
#ifndef NDIS_STATUS_OFFLOAD_POLICY
#define NDIS_STATUS_OFFLOAD_POLICY ((NDIS_STATUS)0xC023100FL)
#endif
#ifndef NDIS_STATUS_OFFLOAD_DATA_PARTIALLY_ACCEPTED
#define NDIS_STATUS_OFFLOAD_DATA_PARTIALLY_ACCEPTED ((NDIS_STATUS)0xC0231010L)
#endif
#ifndef NDIS_STATUS_OFFLOAD_REQUEST_RESET
#define NDIS_STATUS_OFFLOAD_REQUEST_RESET ((NDIS_STATUS)0xC0231011L)
#endif
#ifndef NDIS_STATUS_OFFLOAD_CONNECTION_REJECTED
#define NDIS_STATUS_OFFLOAD_CONNECTION_REJECTED ((NDIS_STATUS)STATUS_NDIS_OFFLOAD_CONNECTION_REJECTED)
#endif
#ifndef NDIS_STATUS_SWITCH_PORT_REMOVE_VF
#define NDIS_STATUS_SWITCH_PORT_REMOVE_VF ((NDIS_STATUS)0xC0241001L)
#endif
#ifndef NDIS_STATUS_SWITCH_NIC_STATUS
#define NDIS_STATUS_SWITCH_NIC_STATUS ((NDIS_STATUS)0xC0241002L)
#endif
#ifndef NDIS_STATUS_CLOSING_INDICATING
#define NDIS_STATUS_CLOSING_INDICATING ((NDIS_STATUS)0xC001000EL)
#endif
#ifndef NDIS_STATUS_OPEN_LIST_FULL
#define NDIS_STATUS_OPEN_LIST_FULL ((NDIS_STATUS)0xC0010010L)
#endif
#ifndef NDIS_STATUS_ADAPTER_NOT_OPEN
#define NDIS_STATUS_ADAPTER_NOT_OPEN ((NDIS_STATUS)0xC0010012L)
#endif
#ifndef NDIS_STATUS_NOT_INDICATING
#define NDIS_STATUS_NOT_INDICATING ((NDIS_STATUS)0xC0010013L)
#endif
#ifndef NDIS_STATUS_NO_CABLE
#define NDIS_STATUS_NO_CABLE ((NDIS_STATUS)0xC001001FL)
#endif
#ifndef NDIS_STATUS_NETWORK_UNREACHABLE
#define NDIS_STATUS_NETWORK_UNREACHABLE ((NDIS_STATUS)STATUS_NETWORK_UNREACHABLE)
#endif
#ifndef NDIS_STATUS_DATA_NOT_ACCEPTED
#define NDIS_STATUS_DATA_NOT_ACCEPTED ((NDIS_STATUS)STATUS_DATA_NOT_ACCEPTED)
#endif
#ifndef NDIS_STATUS_HOST_OUT_OF_MEMORY
#define NDIS_STATUS_HOST_OUT_OF_MEMORY ((NDIS_STATUS)0x40052001L)
#endif
#ifndef NDIS_STATUS_FRAME_TOO_LONG
#define NDIS_STATUS_FRAME_TOO_LONG ((NDIS_STATUS)0x40052002L)
#endif
#ifndef NDIS_STATUS_FRAME_TOO_SHORT
#define NDIS_STATUS_FRAME_TOO_SHORT ((NDIS_STATUS)0x40052003L)
#endif
#ifndef NDIS_STATUS_FRAME_LENGTH_ERROR
#define NDIS_STATUS_FRAME_LENGTH_ERROR ((NDIS_STATUS)0x40052004L)
#endif
#ifndef NDIS_STATUS_CRC_ERROR
#define NDIS_STATUS_CRC_ERROR ((NDIS_STATUS)0x40052005L)
#endif
#ifndef NDIS_STATUS_BAD_CHECKSUM
#define NDIS_STATUS_BAD_CHECKSUM ((NDIS_STATUS)0x40052006L)
#endif
#ifndef NDIS_STATUS_FCS_ERROR
#define NDIS_STATUS_FCS_ERROR ((NDIS_STATUS)0x40052007L)
#endif
#ifndef NDIS_STATUS_SYMBOL_ERROR
#define NDIS_STATUS_SYMBOL_ERROR ((NDIS_STATUS)0x40052008L)
#endif
#ifndef NDIS_STATUS_HEAD_OF_QUEUE_TIMEOUT
#define NDIS_STATUS_HEAD_OF_QUEUE_TIMEOUT ((NDIS_STATUS)0x40052009L)
#endif
#ifndef NDIS_STATUS_STALLED_STATE_DISCARD
#define NDIS_STATUS_STALLED_STATE_DISCARD ((NDIS_STATUS)0x40052010L)
#endif
#ifndef NDIS_STATUS_RX_QUEUE_FULL
#define NDIS_STATUS_RX_QUEUE_FULL ((NDIS_STATUS)0x40052011L)
#endif
#ifndef NDIS_STATUS_PHYSICAL_LAYER_ERROR
#define NDIS_STATUS_PHYSICAL_LAYER_ERROR ((NDIS_STATUS)0x40052012L)
#endif
#ifndef NDIS_STATUS_DMA_ERROR
#define NDIS_STATUS_DMA_ERROR ((NDIS_STATUS)0x40052013L)
#endif
#ifndef NDIS_STATUS_FIRMWARE_ERROR
#define NDIS_STATUS_FIRMWARE_ERROR ((NDIS_STATUS)0x40052014L)
#endif
#ifndef NDIS_STATUS_DECRYPTION_FAILED
#define NDIS_STATUS_DECRYPTION_FAILED ((NDIS_STATUS)0x40052015L)
#endif
#ifndef NDIS_STATUS_BAD_SIGNATURE
#define NDIS_STATUS_BAD_SIGNATURE ((NDIS_STATUS)0x40052016L)
#endif
#ifndef NDIS_STATUS_COALESCING_ERROR
#define NDIS_STATUS_COALESCING_ERROR ((NDIS_STATUS)0x40052017L)
#endif
#ifndef NDIS_STATUS_MAC_SPOOFING_FAILURE
#define NDIS_STATUS_MAC_SPOOFING_FAILURE ((NDIS_STATUS)0x40052018L)
#endif
#ifndef NDIS_STATUS_VLAN_SPOOFING_FAILURE
#define NDIS_STATUS_VLAN_SPOOFING_FAILURE ((NDIS_STATUS)0x40052019L)
#endif
#ifndef NDIS_STATUS_UNALLOWED_ETHERTYPE
#define NDIS_STATUS_UNALLOWED_ETHERTYPE ((NDIS_STATUS)0x40052020L)
#endif
#ifndef NDIS_STATUS_VPORT_DOWN
#define NDIS_STATUS_VPORT_DOWN ((NDIS_STATUS)0x40052021L)
#endif
#ifndef NDIS_STATUS_STEERING_MISMATCH
#define NDIS_STATUS_STEERING_MISMATCH ((NDIS_STATUS)0x40052022L)
#endif
#ifndef NDIS_STATUS_RESERVED_DROP_BEGIN
#define NDIS_STATUS_RESERVED_DROP_BEGIN ((NDIS_STATUS)0x40052023L)
#endif
#ifndef NDIS_STATUS_RESERVED_DROP_END
#define NDIS_STATUS_RESERVED_DROP_END ((NDIS_STATUS)0x40053000L)
#endif
#ifndef NDIS_STATUS_DRIVER_INTERNAL_DROP_BEGIN
#define NDIS_STATUS_DRIVER_INTERNAL_DROP_BEGIN ((NDIS_STATUS)0x40053000L)
#endif
#ifndef NDIS_STATUS_DRIVER_INTERNAL_DROP_END
#define NDIS_STATUS_DRIVER_INTERNAL_DROP_END ((NDIS_STATUS)0x40054000L)
#endif

/* flags and version numbers */
#ifndef NDIS_FLAGS_PROTOCOL_ID_MASK
#define NDIS_FLAGS_PROTOCOL_ID_MASK 0x0000000F
#endif
#ifndef NDIS_FLAGS_MULTICAST_PACKET
#define NDIS_FLAGS_MULTICAST_PACKET 0x00000010
#endif
#ifndef NDIS_FLAGS_RESERVED2
#define NDIS_FLAGS_RESERVED2 0x00000020
#endif
#ifndef NDIS_FLAGS_RESERVED3
#define NDIS_FLAGS_RESERVED3 0x00000040
#endif
#ifndef NDIS_FLAGS_DONT_LOOPBACK
#define NDIS_FLAGS_DONT_LOOPBACK 0x00000080
#endif
#ifndef NDIS_FLAGS_IS_LOOPBACK_PACKET
#define NDIS_FLAGS_IS_LOOPBACK_PACKET 0x00000100
#endif
#ifndef NDIS_FLAGS_LOOPBACK_ONLY
#define NDIS_FLAGS_LOOPBACK_ONLY 0x00000200
#endif
#ifndef NDIS_FLAGS_RESERVED4
#define NDIS_FLAGS_RESERVED4 0x00000400
#endif
#ifndef NDIS_FLAGS_DOUBLE_BUFFERED
#define NDIS_FLAGS_DOUBLE_BUFFERED 0x00000800
#endif
#ifndef NDIS_FLAGS_SENT_AT_DPC
#define NDIS_FLAGS_SENT_AT_DPC 0x00001000
#endif
#ifndef NDIS_FLAGS_USES_SG_BUFFER_LIST
#define NDIS_FLAGS_USES_SG_BUFFER_LIST 0x00002000
#endif
#ifndef NDIS_FLAGS_USES_ORIGINAL_PACKET
#define NDIS_FLAGS_USES_ORIGINAL_PACKET 0x00004000
#endif
#ifndef NDIS_FLAGS_PADDED
#define NDIS_FLAGS_PADDED 0x00010000
#endif
#ifndef NDIS_FLAGS_XLATE_AT_TOP
#define NDIS_FLAGS_XLATE_AT_TOP 0x00020000
#endif
#ifndef NDIS_MEMORY_CONTIGUOUS
#define NDIS_MEMORY_CONTIGUOUS 0x00000001
#endif
#ifndef NDIS_MEMORY_NONCACHED
#define NDIS_MEMORY_NONCACHED 0x00000002
#endif
#ifndef NDIS_MAX_PROCESSOR_COUNT
#define NDIS_MAX_PROCESSOR_COUNT 64
#endif
#ifndef NET_EVENT_HALT_MINIPORT_ON_LOW_POWER
#define NET_EVENT_HALT_MINIPORT_ON_LOW_POWER 0x00000001
#endif
#ifndef NET_EVENT_FLAGS_VPORT_ID_VALID
#define NET_EVENT_FLAGS_VPORT_ID_VALID 0x00000002
#endif
#ifndef NDIS_RESTART_GENERAL_ATTRIBUTES_MAX_LOOKAHEAD_ACCESSED_DEFINED
#define NDIS_RESTART_GENERAL_ATTRIBUTES_MAX_LOOKAHEAD_ACCESSED_DEFINED 0x00000001
#endif
#ifndef NDIS_PAUSE_NDIS_INTERNAL
#define NDIS_PAUSE_NDIS_INTERNAL 0x00000001
#endif
#ifndef NDIS_PAUSE_LOW_POWER
#define NDIS_PAUSE_LOW_POWER 0x00000002
#endif
#ifndef NDIS_PAUSE_BIND_PROTOCOL
#define NDIS_PAUSE_BIND_PROTOCOL 0x00000004
#endif
#ifndef NDIS_PAUSE_UNBIND_PROTOCOL
#define NDIS_PAUSE_UNBIND_PROTOCOL 0x00000008
#endif
#ifndef NDIS_PAUSE_ATTACH_FILTER
#define NDIS_PAUSE_ATTACH_FILTER 0x00000010
#endif
#ifndef NDIS_PAUSE_DETACH_FILTER
#define NDIS_PAUSE_DETACH_FILTER 0x00000020
#endif
#ifndef NDIS_PAUSE_FILTER_RESTART_STACK
#define NDIS_PAUSE_FILTER_RESTART_STACK 0x00000040
#endif
#ifndef NDIS_PAUSE_MINIPORT_DEVICE_REMOVE
#define NDIS_PAUSE_MINIPORT_DEVICE_REMOVE 0x00000080
#endif
#ifndef NDIS_FILTER_INTERFACE_IM_FILTER
#define NDIS_FILTER_INTERFACE_IM_FILTER 0x00000001
#endif
#ifndef NDIS_FILTER_INTERFACE_LW_FILTER
#define NDIS_FILTER_INTERFACE_LW_FILTER 0x00000002
#endif
#ifndef NDIS_FILTER_INTERFACE_SEND_BYPASS
#define NDIS_FILTER_INTERFACE_SEND_BYPASS 0x00000004
#endif
#ifndef NDIS_FILTER_INTERFACE_RECEIVE_BYPASS
#define NDIS_FILTER_INTERFACE_RECEIVE_BYPASS 0x00000008
#endif
#ifndef NDIS_SHARED_MEM_PARAMETERS_CONTIGUOUS
#define NDIS_SHARED_MEM_PARAMETERS_CONTIGUOUS 0x00000001
#endif
#ifndef NDIS_GFT_OFFLOAD_INFO_DIRECTION_INGRESS
#define NDIS_GFT_OFFLOAD_INFO_DIRECTION_INGRESS 0x00000001
#endif
#ifndef NDIS_GFT_OFFLOAD_INFO_EXCEPTION_PACKET
#define NDIS_GFT_OFFLOAD_INFO_EXCEPTION_PACKET 0x00000002
#endif
#ifndef NDIS_GFT_OFFLOAD_INFO_COPY_PACKET
#define NDIS_GFT_OFFLOAD_INFO_COPY_PACKET 0x00000004
#endif
#ifndef NDIS_GFT_OFFLOAD_INFO_SAMPLE_PACKET
#define NDIS_GFT_OFFLOAD_INFO_SAMPLE_PACKET 0x00000008
#endif
#ifndef NDIS_MEDIA_SPECIFIC_INFO_TUNDL
#define NDIS_MEDIA_SPECIFIC_INFO_TUNDL 0x00010001
#endif
#ifndef NDIS_MEDIA_SPECIFIC_INFO_FCOE
#define NDIS_MEDIA_SPECIFIC_INFO_FCOE 0x80010000
#endif
#ifndef NDIS_MEDIA_SPECIFIC_INFO_EAPOL
#define NDIS_MEDIA_SPECIFIC_INFO_EAPOL 0x80010001
#endif
#ifndef NDIS_MEDIA_SPECIFIC_INFO_LLDP
#define NDIS_MEDIA_SPECIFIC_INFO_LLDP 0x80010002
#endif
#ifndef NDIS_MEDIA_SPECIFIC_INFO_TIMESYNC
#define NDIS_MEDIA_SPECIFIC_INFO_TIMESYNC 0x80010003
#endif
#ifndef NDIS_PROTOCOL_DRIVER_SUPPORTS_CURRENT_MAC_ADDRESS_CHANGE
#define NDIS_PROTOCOL_DRIVER_SUPPORTS_CURRENT_MAC_ADDRESS_CHANGE 0x0000002
#endif
#ifndef NDIS_PROTOCOL_DRIVER_SUPPORTS_L2_MTU_SIZE_CHANGE
#define NDIS_PROTOCOL_DRIVER_SUPPORTS_L2_MTU_SIZE_CHANGE 0x0000004
#endif
#ifndef NDIS_DRIVER_FLAGS_RESERVED
#define NDIS_DRIVER_FLAGS_RESERVED 0x00000008
#endif
#ifndef NDIS_ATTRIBUTE_IGNORE_PACKET_TIMEOUT
#define NDIS_ATTRIBUTE_IGNORE_PACKET_TIMEOUT 0x00000001
#endif
#ifndef NDIS_ATTRIBUTE_IGNORE_REQUEST_TIMEOUT
#define NDIS_ATTRIBUTE_IGNORE_REQUEST_TIMEOUT 0x00000002
#endif
#ifndef NDIS_ATTRIBUTE_IGNORE_TOKEN_RING_ERRORS
#define NDIS_ATTRIBUTE_IGNORE_TOKEN_RING_ERRORS 0x00000004
#endif
#ifndef NDIS_ATTRIBUTE_BUS_MASTER
#define NDIS_ATTRIBUTE_BUS_MASTER 0x00000008
#endif
#ifndef NDIS_ATTRIBUTE_INTERMEDIATE_DRIVER
#define NDIS_ATTRIBUTE_INTERMEDIATE_DRIVER 0x00000010
#endif
#ifndef NDIS_ATTRIBUTE_DESERIALIZE
#define NDIS_ATTRIBUTE_DESERIALIZE 0x00000020
#endif
#ifndef NDIS_ATTRIBUTE_NO_HALT_ON_SUSPEND
#define NDIS_ATTRIBUTE_NO_HALT_ON_SUSPEND 0x00000040
#endif
#ifndef NDIS_ATTRIBUTE_SURPRISE_REMOVE_OK
#define NDIS_ATTRIBUTE_SURPRISE_REMOVE_OK 0x00000080
#endif
#ifndef NDIS_ATTRIBUTE_NOT_CO_NDIS
#define NDIS_ATTRIBUTE_NOT_CO_NDIS 0x00000100
#endif
#ifndef NDIS_ATTRIBUTE_USES_SAFE_BUFFER_APIS
#define NDIS_ATTRIBUTE_USES_SAFE_BUFFER_APIS 0x00000200
#endif
#ifndef NDIS_ATTRIBUTE_DO_NOT_BIND_TO_ALL_CO
#define NDIS_ATTRIBUTE_DO_NOT_BIND_TO_ALL_CO 0x00000400
#endif
#ifndef NDIS_ATTRIBUTE_MINIPORT_PADS_SHORT_PACKETS
#define NDIS_ATTRIBUTE_MINIPORT_PADS_SHORT_PACKETS 0x00000800
#endif
#ifndef NDIS_SWITCH_COPY_NBL_INFO_FLAGS_PRESERVE_DESTINATIONS
#define NDIS_SWITCH_COPY_NBL_INFO_FLAGS_PRESERVE_DESTINATIONS 0x1
#endif
#ifndef NDIS_SWITCH_COPY_NBL_INFO_FLAGS_PRESERVE_SWITCH_INFO_ONLY
#define NDIS_SWITCH_COPY_NBL_INFO_FLAGS_PRESERVE_SWITCH_INFO_ONLY 0x2
#endif
#ifndef NDIS_NBL_FLAGS_HD_SPLIT
#define NDIS_NBL_FLAGS_HD_SPLIT 0x00000100
#endif
#ifndef NDIS_NBL_FLAGS_SPLIT_AT_UPPER_LAYER_PROTOCOL_HEADER
#define NDIS_NBL_FLAGS_SPLIT_AT_UPPER_LAYER_PROTOCOL_HEADER 0x00002000
#endif
#ifndef NDIS_NBL_FLAGS_SPLIT_AT_UPPER_LAYER_PROTOCOL_PAYLOAD
#define NDIS_NBL_FLAGS_SPLIT_AT_UPPER_LAYER_PROTOCOL_PAYLOAD 0x00004000
#endif
#ifndef NDIS_NBL_FLAGS_CAPTURE_TIMESTAMP_ON_TRANSMIT
#define NDIS_NBL_FLAGS_CAPTURE_TIMESTAMP_ON_TRANSMIT 0x00010000
#endif
#ifndef NDIS_RETURN_FLAGS_SWITCH_SINGLE_SOURCE
#define NDIS_RETURN_FLAGS_SWITCH_SINGLE_SOURCE 0x00000004
#endif
#ifndef NDIS_SEND_COMPLETE_FLAGS_SINGLE_QUEUE
#define NDIS_SEND_COMPLETE_FLAGS_SINGLE_QUEUE 0x00000002
#endif
#ifndef NDIS_OID_REQUEST_TIMEOUT_INFINITE
#define NDIS_OID_REQUEST_TIMEOUT_INFINITE 0
#endif
#ifndef NDIS_ANY_NUMBER_OF_NBLS
#define NDIS_ANY_NUMBER_OF_NBLS 0xFFFFFFFF
#endif
#ifndef NET_BUFFER_LIST_POOL_FLAG_VERIFY
#define NET_BUFFER_LIST_POOL_FLAG_VERIFY 0x00000001
#endif
#ifndef NET_BUFFER_POOL_FLAG_VERIFY
#define NET_BUFFER_POOL_FLAG_VERIFY 0x00000001
#endif
#ifndef NDIS_CLONE_FLAGS_RESERVED
#define NDIS_CLONE_FLAGS_RESERVED 0x00000001
#endif
#ifndef NDIS_CLONE_FLAGS_USE_ORIGINAL_MDLS
#define NDIS_CLONE_FLAGS_USE_ORIGINAL_MDLS 0x00000002
#endif

/* structure revisions (*_REVISION_n) */
#ifndef NET_PNP_EVENT_NOTIFICATION_REVISION_2
#define NET_PNP_EVENT_NOTIFICATION_REVISION_2 2
#endif
#ifndef NDIS_SYSTEM_PROCESSOR_INFO_REVISION_1
#define NDIS_SYSTEM_PROCESSOR_INFO_REVISION_1 1
#endif
#ifndef NDIS_FILTER_INTERFACE_REVISION_1
#define NDIS_FILTER_INTERFACE_REVISION_1 1
#endif
#ifndef NDIS_FILTER_INTERFACE_REVISION_2
#define NDIS_FILTER_INTERFACE_REVISION_2 2
#endif
#ifndef NDIS_ENUM_FILTERS_REVISION_1
#define NDIS_ENUM_FILTERS_REVISION_1 1
#endif
#ifndef NDIS_OBJECT_TYPE_DRIVER_WRAPPER_REVISION_1
#define NDIS_OBJECT_TYPE_DRIVER_WRAPPER_REVISION_1 1
#endif
#ifndef NDIS_SHARED_MEMORY_PROVIDER_CHARACTERISTICS_REVISION_1
#define NDIS_SHARED_MEMORY_PROVIDER_CHARACTERISTICS_REVISION_1 1
#endif
#ifndef NDIS_SCATTER_GATHER_LIST_PARAMETERS_REVISION_1
#define NDIS_SCATTER_GATHER_LIST_PARAMETERS_REVISION_1 1
#endif
#ifndef NDIS_RECEIVE_FILTER_QUEUE_STATE_CHANGE_REVISION_1
#define NDIS_RECEIVE_FILTER_QUEUE_STATE_CHANGE_REVISION_1 1
#endif
#ifndef NDIS_PD_QUEUE_DISPATCH_REVISION_1
#define NDIS_PD_QUEUE_DISPATCH_REVISION_1 1
#endif
#ifndef NDIS_PD_QUEUE_REVISION_1
#define NDIS_PD_QUEUE_REVISION_1 1
#endif
#ifndef NDIS_PD_QUEUE_PARAMETERS_REVISION_1
#define NDIS_PD_QUEUE_PARAMETERS_REVISION_1 1
#endif
#ifndef NDIS_PD_ACQUIRE_QUEUES_PARAMETERS_REVISION_1
#define NDIS_PD_ACQUIRE_QUEUES_PARAMETERS_REVISION_1 1
#endif
#ifndef NDIS_PD_COUNTER_PARAMETERS_REVISION_1
#define NDIS_PD_COUNTER_PARAMETERS_REVISION_1 1
#endif
#ifndef NDIS_PD_FILTER_PARAMETERS_REVISION_1
#define NDIS_PD_FILTER_PARAMETERS_REVISION_1 1
#endif
#ifndef NDIS_PD_PROVIDER_DISPATCH_REVISION_1
#define NDIS_PD_PROVIDER_DISPATCH_REVISION_1 1
#endif
#ifndef NDIS_PD_OPEN_PROVIDER_PARAMETERS_REVISION_1
#define NDIS_PD_OPEN_PROVIDER_PARAMETERS_REVISION_1 1
#endif
#ifndef NDIS_PD_CLOSE_PROVIDER_PARAMETERS_REVISION_1
#define NDIS_PD_CLOSE_PROVIDER_PARAMETERS_REVISION_1 1
#endif
#ifndef NDIS_SWITCH_FORWARDING_DESTINATION_ARRAY_REVISION_1
#define NDIS_SWITCH_FORWARDING_DESTINATION_ARRAY_REVISION_1 1
#endif
#ifndef NDIS_NBL_MEDIA_SPECIFIC_INFO_REVISION_1
#define NDIS_NBL_MEDIA_SPECIFIC_INFO_REVISION_1 1
#endif
#ifndef NDIS_IPSEC_OFFLOAD_V2_ADD_SA_REVISION_1
#define NDIS_IPSEC_OFFLOAD_V2_ADD_SA_REVISION_1 1
#endif
#ifndef NDIS_IPSEC_OFFLOAD_V2_ADD_SA_EX_REVISION_1
#define NDIS_IPSEC_OFFLOAD_V2_ADD_SA_EX_REVISION_1 1
#endif
#ifndef NDIS_IPSEC_OFFLOAD_V2_DELETE_SA_REVISION_1
#define NDIS_IPSEC_OFFLOAD_V2_DELETE_SA_REVISION_1 1
#endif
#ifndef NDIS_IPSEC_OFFLOAD_V2_UPDATE_SA_REVISION_1
#define NDIS_IPSEC_OFFLOAD_V2_UPDATE_SA_REVISION_1 1
#endif
#ifndef NDIS_BIND_PARAMETERS_REVISION_1
#define NDIS_BIND_PARAMETERS_REVISION_1 1
#endif
#ifndef NDIS_BIND_PARAMETERS_REVISION_2
#define NDIS_BIND_PARAMETERS_REVISION_2 2
#endif
#ifndef NDIS_BIND_PARAMETERS_REVISION_3
#define NDIS_BIND_PARAMETERS_REVISION_3 3
#endif
#ifndef NDIS_BIND_PARAMETERS_REVISION_4
#define NDIS_BIND_PARAMETERS_REVISION_4 4
#endif
#ifndef NDIS_PROTOCOL_CO_CHARACTERISTICS_REVISION_1
#define NDIS_PROTOCOL_CO_CHARACTERISTICS_REVISION_1 1
#endif
#ifndef NDIS_PROTOCOL_PAUSE_PARAMETERS_REVISION_1
#define NDIS_PROTOCOL_PAUSE_PARAMETERS_REVISION_1 1
#endif
#ifndef NDIS_PROTOCOL_RESTART_PARAMETERS_REVISION_1
#define NDIS_PROTOCOL_RESTART_PARAMETERS_REVISION_1 1
#endif
#ifndef NDIS_BIND_FAILED_NOTIFICATION_REVISION_1
#define NDIS_BIND_FAILED_NOTIFICATION_REVISION_1 1
#endif
#ifndef NDIS_MINIPORT_PNP_CHARACTERISTICS_REVISION_1
#define NDIS_MINIPORT_PNP_CHARACTERISTICS_REVISION_1 1
#endif
#ifndef NDIS_SG_DMA_DESCRIPTION_REVISION_1
#define NDIS_SG_DMA_DESCRIPTION_REVISION_1 1
#endif
#ifndef NDIS_SG_DMA_DESCRIPTION_REVISION_2
#define NDIS_SG_DMA_DESCRIPTION_REVISION_2 2
#endif
#ifndef NDIS_MINIPORT_INIT_PARAMETERS_REVISION_1
#define NDIS_MINIPORT_INIT_PARAMETERS_REVISION_1 1
#endif
#ifndef NDIS_MINIPORT_RESTART_PARAMETERS_REVISION_1
#define NDIS_MINIPORT_RESTART_PARAMETERS_REVISION_1 1
#endif
#ifndef NDIS_MINIPORT_ADD_DEVICE_REGISTRATION_ATTRIBUTES_REVISION_1
#define NDIS_MINIPORT_ADD_DEVICE_REGISTRATION_ATTRIBUTES_REVISION_1 1
#endif
#ifndef NDIS_HD_SPLIT_ATTRIBUTES_REVISION_1
#define NDIS_HD_SPLIT_ATTRIBUTES_REVISION_1 1
#endif
#ifndef NDIS_MINIPORT_ADAPTER_HARDWARE_ASSIST_ATTRIBUTES_REVISION_1
#define NDIS_MINIPORT_ADAPTER_HARDWARE_ASSIST_ATTRIBUTES_REVISION_1 1
#endif
#ifndef NDIS_MINIPORT_ADAPTER_HARDWARE_ASSIST_ATTRIBUTES_REVISION_2
#define NDIS_MINIPORT_ADAPTER_HARDWARE_ASSIST_ATTRIBUTES_REVISION_2 2
#endif
#ifndef NDIS_MINIPORT_ADAPTER_HARDWARE_ASSIST_ATTRIBUTES_REVISION_3
#define NDIS_MINIPORT_ADAPTER_HARDWARE_ASSIST_ATTRIBUTES_REVISION_3 3
#endif
#ifndef NDIS_MINIPORT_ADAPTER_HARDWARE_ASSIST_ATTRIBUTES_REVISION_4
#define NDIS_MINIPORT_ADAPTER_HARDWARE_ASSIST_ATTRIBUTES_REVISION_4 4
#endif
#ifndef NDIS_MINIPORT_ADAPTER_OFFLOAD_ATTRIBUTES_REVISION_1
#define NDIS_MINIPORT_ADAPTER_OFFLOAD_ATTRIBUTES_REVISION_1 1
#endif
#ifndef NDIS_MINIPORT_ADAPTER_802_11_ATTRIBUTES_REVISION_1
#define NDIS_MINIPORT_ADAPTER_802_11_ATTRIBUTES_REVISION_1 1
#endif
#ifndef NDIS_MINIPORT_ADAPTER_802_11_ATTRIBUTES_REVISION_2
#define NDIS_MINIPORT_ADAPTER_802_11_ATTRIBUTES_REVISION_2 2
#endif
#ifndef NDIS_MINIPORT_ADAPTER_802_11_ATTRIBUTES_REVISION_3
#define NDIS_MINIPORT_ADAPTER_802_11_ATTRIBUTES_REVISION_3 3
#endif
#ifndef NDIS_MINIPORT_ADAPTER_NDK_ATTRIBUTES_REVISION_1
#define NDIS_MINIPORT_ADAPTER_NDK_ATTRIBUTES_REVISION_1 1
#endif
#ifndef NDIS_MINIPORT_ADAPTER_PACKET_DIRECT_ATTRIBUTES_REVISION_1
#define NDIS_MINIPORT_ADAPTER_PACKET_DIRECT_ATTRIBUTES_REVISION_1 1
#endif
#ifndef NDIS_MINIPORT_PAUSE_PARAMETERS_REVISION_1
#define NDIS_MINIPORT_PAUSE_PARAMETERS_REVISION_1 1
#endif
#ifndef NET_DEVICE_PNP_EVENT_REVISION_1
#define NET_DEVICE_PNP_EVENT_REVISION_1 1
#endif
#ifndef NDIS_MINIPORT_CO_CHARACTERISTICS_REVISION_1
#define NDIS_MINIPORT_CO_CHARACTERISTICS_REVISION_1 1
#endif
#ifndef NDIS_MSIX_CONFIG_PARAMETERS_REVISION_1
#define NDIS_MSIX_CONFIG_PARAMETERS_REVISION_1 1
#endif
#ifndef NDIS_MINIPORT_SS_CHARACTERISTICS_REVISION_1
#define NDIS_MINIPORT_SS_CHARACTERISTICS_REVISION_1 1
#endif
#ifndef NDIS_SWITCH_NET_BUFFER_LIST_CONTEXT_TYPE_INFO_REVISION_1
#define NDIS_SWITCH_NET_BUFFER_LIST_CONTEXT_TYPE_INFO_REVISION_1 1
#endif
#ifndef NDIS_SWITCH_OPTIONAL_HANDLERS_REVISION_2
#define NDIS_SWITCH_OPTIONAL_HANDLERS_REVISION_2 2
#endif
#ifndef NDIS_CO_CLIENT_OPTIONAL_HANDLERS_REVISION_1
#define NDIS_CO_CLIENT_OPTIONAL_HANDLERS_REVISION_1 1
#endif
#ifndef NDIS_CO_CALL_MANAGER_OPTIONAL_HANDLERS_REVISION_1
#define NDIS_CO_CALL_MANAGER_OPTIONAL_HANDLERS_REVISION_1 1
#endif
#ifndef NDIS_FILTER_ATTACH_PARAMETERS_REVISION_2
#define NDIS_FILTER_ATTACH_PARAMETERS_REVISION_2 2
#endif
#ifndef NDIS_FILTER_ATTACH_PARAMETERS_REVISION_3
#define NDIS_FILTER_ATTACH_PARAMETERS_REVISION_3 3
#endif
#ifndef NDIS_FILTER_RESTART_PARAMETERS_REVISION_1
#define NDIS_FILTER_RESTART_PARAMETERS_REVISION_1 1
#endif
#ifndef NDIS_FILTER_PAUSE_PARAMETERS_REVISION_1
#define NDIS_FILTER_PAUSE_PARAMETERS_REVISION_1 1
#endif
#ifndef NDIS_POLL_DATA_REVISION_1
#define NDIS_POLL_DATA_REVISION_1 1
#endif
#ifndef NDIS_POLL_NOTIFICATION_REVISION_1
#define NDIS_POLL_NOTIFICATION_REVISION_1 1
#endif
#ifndef NDIS_POLL_CHARACTERISTICS_REVISION_1
#define NDIS_POLL_CHARACTERISTICS_REVISION_1 1
#endif
#ifndef NET_BUFFER_POOL_PARAMETERS_REVISION_2
#define NET_BUFFER_POOL_PARAMETERS_REVISION_2 2
#endif
#ifndef NDIS_MONITOR_CONFIG_REVISION_1
#define NDIS_MONITOR_CONFIG_REVISION_1 1
#endif
#ifndef NDIS_OFFLOAD_ENCAPSULATION_REVISION_1
#define NDIS_OFFLOAD_ENCAPSULATION_REVISION_1 1
#endif
#ifndef NDIS_KDNET_PF_ENUM_ELEMENT_REVISION_1
#define NDIS_KDNET_PF_ENUM_ELEMENT_REVISION_1 1
#endif
#ifndef NDIS_KDNET_ENUMERATE_PFS_REVISION_1
#define NDIS_KDNET_ENUMERATE_PFS_REVISION_1 1
#endif
#ifndef NDIS_KDNET_ADD_PF_REVISION_1
#define NDIS_KDNET_ADD_PF_REVISION_1 1
#endif
#ifndef NDIS_KDNET_REMOVE_PF_REVISION_1
#define NDIS_KDNET_REMOVE_PF_REVISION_1 1
#endif
#ifndef NDIS_KDNET_QUERY_PF_INFORMATION_REVISION_1
#define NDIS_KDNET_QUERY_PF_INFORMATION_REVISION_1 1
#endif

/* structure sizes (NDIS_SIZEOF_*) */
#ifndef NDIS_SIZEOF_NET_PNP_EVENT_NOTIFICATION_REVISION_1
#define NDIS_SIZEOF_NET_PNP_EVENT_NOTIFICATION_REVISION_1 RTL_SIZEOF_THROUGH_FIELD(NET_PNP_EVENT_NOTIFICATION, Flags)
#endif
#ifndef NDIS_SIZEOF_RESTART_GENERAL_ATTRIBUTES_REVISION_1
#define NDIS_SIZEOF_RESTART_GENERAL_ATTRIBUTES_REVISION_1 RTL_SIZEOF_THROUGH_FIELD(NDIS_RESTART_GENERAL_ATTRIBUTES, SupportedOidListLength)
#endif
#ifndef NDIS_SIZEOF_DEVICE_OBJECT_ATTRIBUTES_REVISION_1
#define NDIS_SIZEOF_DEVICE_OBJECT_ATTRIBUTES_REVISION_1 RTL_SIZEOF_THROUGH_FIELD(NDIS_DEVICE_OBJECT_ATTRIBUTES, DeviceClassGuid)
#endif
#ifndef NDIS_SIZEOF_NDIS_SWITCH_FORWARDING_DESTINATION_ARRAY_REVISION_1
#define NDIS_SIZEOF_NDIS_SWITCH_FORWARDING_DESTINATION_ARRAY_REVISION_1 RTL_SIZEOF_THROUGH_FIELD(NDIS_SWITCH_FORWARDING_DESTINATION_ARRAY, FirstElement)
#endif
#ifndef NDIS_SIZEOF_BIND_PARAMETERS_REVISION_1
#define NDIS_SIZEOF_BIND_PARAMETERS_REVISION_1 RTL_SIZEOF_THROUGH_FIELD(NDIS_BIND_PARAMETERS, BoundAdapterName)
#endif
#ifndef NDIS_SIZEOF_PROTOCOL_DRIVER_CHARACTERISTICS_REVISION_1
#define NDIS_SIZEOF_PROTOCOL_DRIVER_CHARACTERISTICS_REVISION_1 RTL_SIZEOF_THROUGH_FIELD(NDIS_PROTOCOL_DRIVER_CHARACTERISTICS, SendNetBufferListsCompleteHandler)
#endif
#ifndef NDIS_SIZEOF_OPEN_PARAMETERS_REVISION_1
#define NDIS_SIZEOF_OPEN_PARAMETERS_REVISION_1 RTL_SIZEOF_THROUGH_FIELD(NDIS_OPEN_PARAMETERS, FrameTypeArraySize)
#endif
#ifndef NDIS_SIZEOF_PROTOCOL_PAUSE_PARAMETERS_REVISION_1
#define NDIS_SIZEOF_PROTOCOL_PAUSE_PARAMETERS_REVISION_1 RTL_SIZEOF_THROUGH_FIELD(NDIS_PROTOCOL_PAUSE_PARAMETERS, PauseReason)
#endif
#ifndef NDIS_SIZEOF_PROTOCOL_RESTART_PARAMETERS_REVISION_1
#define NDIS_SIZEOF_PROTOCOL_RESTART_PARAMETERS_REVISION_1 RTL_SIZEOF_THROUGH_FIELD(NDIS_PROTOCOL_RESTART_PARAMETERS, Flags)
#endif
#ifndef NDIS_SIZEOF_MINIPORT_INTERRUPT_CHARACTERISTICS_REVISION_1
#define NDIS_SIZEOF_MINIPORT_INTERRUPT_CHARACTERISTICS_REVISION_1 RTL_SIZEOF_THROUGH_FIELD(NDIS_MINIPORT_INTERRUPT_CHARACTERISTICS, MessageInfoTable)
#endif
#ifndef NDIS_SIZEOF_MINIPORT_PNP_CHARACTERISTICS_REVISION_1
#define NDIS_SIZEOF_MINIPORT_PNP_CHARACTERISTICS_REVISION_1 RTL_SIZEOF_THROUGH_FIELD(NDIS_MINIPORT_PNP_CHARACTERISTICS, Flags)
#endif
#ifndef NDIS_SIZEOF_MINIPORT_INIT_PARAMETER_REVISION_1
#define NDIS_SIZEOF_MINIPORT_INIT_PARAMETER_REVISION_1 RTL_SIZEOF_THROUGH_FIELD(NDIS_MINIPORT_INIT_PARAMETERS, PciDeviceCustomProperties)
#endif
#ifndef NDIS_SIZEOF_MINIPORT_RESTART_PARAMETERS_REVISION_1
#define NDIS_SIZEOF_MINIPORT_RESTART_PARAMETERS_REVISION_1 RTL_SIZEOF_THROUGH_FIELD(NDIS_MINIPORT_RESTART_PARAMETERS, Flags)
#endif
#ifndef NDIS_SIZEOF_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES_REVISION_1
#define NDIS_SIZEOF_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES_REVISION_1 RTL_SIZEOF_THROUGH_FIELD(NDIS_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES, InterfaceType)
#endif
#ifndef NDIS_SIZEOF_MINIPORT_ADAPTER_GENERAL_ATTRIBUTES_REVISION_1
#define NDIS_SIZEOF_MINIPORT_ADAPTER_GENERAL_ATTRIBUTES_REVISION_1 RTL_SIZEOF_THROUGH_FIELD(NDIS_MINIPORT_ADAPTER_GENERAL_ATTRIBUTES, AutoNegotiationFlags)
#endif
#ifndef NDIS_SIZEOF_MINIPORT_PAUSE_PARAMETERS_REVISION_1
#define NDIS_SIZEOF_MINIPORT_PAUSE_PARAMETERS_REVISION_1 RTL_SIZEOF_THROUGH_FIELD(NDIS_MINIPORT_PAUSE_PARAMETERS, PauseReason)
#endif
#ifndef NDIS_SIZEOF_NET_DEVICE_PNP_EVENT_REVISION_1
#define NDIS_SIZEOF_NET_DEVICE_PNP_EVENT_REVISION_1 RTL_SIZEOF_THROUGH_FIELD(NET_DEVICE_PNP_EVENT, NdisReserved)
#endif
#ifndef NDIS_SIZEOF_MINIPORT_DRIVER_CHARACTERISTICS_REVISION_1
#define NDIS_SIZEOF_MINIPORT_DRIVER_CHARACTERISTICS_REVISION_1 RTL_SIZEOF_THROUGH_FIELD(NDIS_MINIPORT_DRIVER_CHARACTERISTICS, CancelOidRequestHandler)
#endif
#ifndef NDIS_SIZEOF_MINIPORT_DRIVER_CHARACTERISTICS_REVISION_2
#define NDIS_SIZEOF_MINIPORT_DRIVER_CHARACTERISTICS_REVISION_2 RTL_SIZEOF_THROUGH_FIELD(NDIS_MINIPORT_DRIVER_CHARACTERISTICS, CancelDirectOidRequestHandler)
#endif
#ifndef NDIS_SIZEOF_FILTER_ATTACH_PARAMETERS_REVISION_1
#define NDIS_SIZEOF_FILTER_ATTACH_PARAMETERS_REVISION_1 RTL_SIZEOF_THROUGH_FIELD(NDIS_FILTER_ATTACH_PARAMETERS, Flags)
#endif
#ifndef NDIS_SIZEOF__FILTER_RESTART_PARAMETERS_REVISION_1
#define NDIS_SIZEOF__FILTER_RESTART_PARAMETERS_REVISION_1 RTL_SIZEOF_THROUGH_FIELD(NDIS_FILTER_RESTART_PARAMETERS, Flags)
#endif
#ifndef NDIS_SIZEOF_FILTER_PAUSE_PARAMETERS_REVISION_1
#define NDIS_SIZEOF_FILTER_PAUSE_PARAMETERS_REVISION_1 RTL_SIZEOF_THROUGH_FIELD(NDIS_FILTER_PAUSE_PARAMETERS, PauseReason)
#endif
#ifndef NDIS_SIZEOF_FILTER_PARTIAL_CHARACTERISTICS_REVISION_1
#define NDIS_SIZEOF_FILTER_PARTIAL_CHARACTERISTICS_REVISION_1 RTL_SIZEOF_THROUGH_FIELD(NDIS_FILTER_PARTIAL_CHARACTERISTICS, ReturnNetBufferListsHandler)
#endif
#ifndef NDIS_SIZEOF_FILTER_DRIVER_CHARACTERISTICS_REVISION_1
#define NDIS_SIZEOF_FILTER_DRIVER_CHARACTERISTICS_REVISION_1 RTL_SIZEOF_THROUGH_FIELD(NDIS_FILTER_DRIVER_CHARACTERISTICS, StatusHandler)
#endif
#ifndef NDIS_SIZEOF_FILTER_DRIVER_CHARACTERISTICS_REVISION_2
#define NDIS_SIZEOF_FILTER_DRIVER_CHARACTERISTICS_REVISION_2 RTL_SIZEOF_THROUGH_FIELD(NDIS_FILTER_DRIVER_CHARACTERISTICS, CancelDirectOidRequestHandler)
#endif
#ifndef NDIS_SIZEOF_FILTER_ATTRIBUTES_REVISION_1
#define NDIS_SIZEOF_FILTER_ATTRIBUTES_REVISION_1 RTL_SIZEOF_THROUGH_FIELD(NDIS_FILTER_ATTRIBUTES, Flags)
#endif
#ifndef NDIS_SIZEOF_OID_REQUEST_REVISION_1
#define NDIS_SIZEOF_OID_REQUEST_REVISION_1 RTL_SIZEOF_THROUGH_FIELD(NDIS_OID_REQUEST, Reserved2)
#endif
#ifndef NDIS_SIZEOF_OID_REQUEST_REVISION_2
#define NDIS_SIZEOF_OID_REQUEST_REVISION_2 RTL_SIZEOF_THROUGH_FIELD(NDIS_OID_REQUEST, Flags)
#endif
#ifndef NDIS_SIZEOF_NET_BUFFER_LIST_POOL_PARAMETERS_REVISION_2
#define NDIS_SIZEOF_NET_BUFFER_LIST_POOL_PARAMETERS_REVISION_2 RTL_SIZEOF_THROUGH_FIELD(NET_BUFFER_LIST_POOL_PARAMETERS, Flags)
#endif
#ifndef NDIS_SIZEOF_NET_PNP_EVENT_NOTIFICATION_REVISION_2
#define NDIS_SIZEOF_NET_PNP_EVENT_NOTIFICATION_REVISION_2 RTL_SIZEOF_THROUGH_FIELD(NET_PNP_EVENT_NOTIFICATION, VPortId)
#endif
#ifndef NDIS_SIZEOF_RESTART_GENERAL_ATTRIBUTES_REVISION_2
#define NDIS_SIZEOF_RESTART_GENERAL_ATTRIBUTES_REVISION_2 RTL_SIZEOF_THROUGH_FIELD(NDIS_RESTART_GENERAL_ATTRIBUTES, MaxLookaheadSizeAccessed)
#endif
#ifndef NDIS_SIZEOF_SCATTER_GATHER_LIST_PARAMETERS_REVISION_1
#define NDIS_SIZEOF_SCATTER_GATHER_LIST_PARAMETERS_REVISION_1 RTL_SIZEOF_THROUGH_FIELD(NDIS_SCATTER_GATHER_LIST_PARAMETERS, ScatterGatherListBufferSizeNeeded)
#endif
#ifndef NDIS_SIZEOF_BIND_PARAMETERS_REVISION_2
#define NDIS_SIZEOF_BIND_PARAMETERS_REVISION_2 RTL_SIZEOF_THROUGH_FIELD(NDIS_BIND_PARAMETERS, HDSplitCurrentConfig)
#endif
#ifndef NDIS_SIZEOF_BIND_PARAMETERS_REVISION_3
#define NDIS_SIZEOF_BIND_PARAMETERS_REVISION_3 RTL_SIZEOF_THROUGH_FIELD(NDIS_BIND_PARAMETERS, NicSwitchCapabilities)
#endif
#ifndef NDIS_SIZEOF_BIND_PARAMETERS_REVISION_4
#define NDIS_SIZEOF_BIND_PARAMETERS_REVISION_4 RTL_SIZEOF_THROUGH_FIELD(NDIS_BIND_PARAMETERS, NicSwitchArray)
#endif
#ifndef NDIS_SIZEOF_SG_DMA_DESCRIPTION_REVISION_1
#define NDIS_SIZEOF_SG_DMA_DESCRIPTION_REVISION_1 RTL_SIZEOF_THROUGH_FIELD(NDIS_SG_DMA_DESCRIPTION, ScatterGatherListSize)
#endif
#ifndef NDIS_SIZEOF_SG_DMA_DESCRIPTION_REVISION_2
#define NDIS_SIZEOF_SG_DMA_DESCRIPTION_REVISION_2 RTL_SIZEOF_THROUGH_FIELD(NDIS_SG_DMA_DESCRIPTION, PdoOverride)
#endif
#ifndef NDIS_SIZEOF_MINIPORT_ADD_DEVICE_REGISTRATION_ATTRIBUTES_REVISION_1
#define NDIS_SIZEOF_MINIPORT_ADD_DEVICE_REGISTRATION_ATTRIBUTES_REVISION_1 RTL_SIZEOF_THROUGH_FIELD(NDIS_MINIPORT_ADD_DEVICE_REGISTRATION_ATTRIBUTES, Flags)
#endif
#ifndef NDIS_SIZEOF_HD_SPLIT_ATTRIBUTES_REVISION_1
#define NDIS_SIZEOF_HD_SPLIT_ATTRIBUTES_REVISION_1 RTL_SIZEOF_THROUGH_FIELD(NDIS_HD_SPLIT_ATTRIBUTES, MaxHeaderSize)
#endif
#ifndef NDIS_SIZEOF_MINIPORT_ADAPTER_HARDWARE_ASSIST_ATTRIBUTES_REVISION_1
#define NDIS_SIZEOF_MINIPORT_ADAPTER_HARDWARE_ASSIST_ATTRIBUTES_REVISION_1 RTL_SIZEOF_THROUGH_FIELD(NDIS_MINIPORT_ADAPTER_HARDWARE_ASSIST_ATTRIBUTES, HDSplitAttributes)
#endif
#ifndef NDIS_SIZEOF_MINIPORT_ADAPTER_HARDWARE_ASSIST_ATTRIBUTES_REVISION_2
#define NDIS_SIZEOF_MINIPORT_ADAPTER_HARDWARE_ASSIST_ATTRIBUTES_REVISION_2 RTL_SIZEOF_THROUGH_FIELD(NDIS_MINIPORT_ADAPTER_HARDWARE_ASSIST_ATTRIBUTES, CurrentNicSwitchCapabilities)
#endif
#ifndef NDIS_SIZEOF_MINIPORT_ADAPTER_HARDWARE_ASSIST_ATTRIBUTES_REVISION_3
#define NDIS_SIZEOF_MINIPORT_ADAPTER_HARDWARE_ASSIST_ATTRIBUTES_REVISION_3 RTL_SIZEOF_THROUGH_FIELD(NDIS_MINIPORT_ADAPTER_HARDWARE_ASSIST_ATTRIBUTES, CurrentQosCapabilities)
#endif
#ifndef NDIS_SIZEOF_MINIPORT_ADAPTER_HARDWARE_ASSIST_ATTRIBUTES_REVISION_4
#define NDIS_SIZEOF_MINIPORT_ADAPTER_HARDWARE_ASSIST_ATTRIBUTES_REVISION_4 RTL_SIZEOF_THROUGH_FIELD(NDIS_MINIPORT_ADAPTER_HARDWARE_ASSIST_ATTRIBUTES, CurrentGftOffloadCapabilities)
#endif
#ifndef NDIS_SIZEOF_MINIPORT_ADAPTER_OFFLOAD_ATTRIBUTES_REVISION_1
#define NDIS_SIZEOF_MINIPORT_ADAPTER_OFFLOAD_ATTRIBUTES_REVISION_1 RTL_SIZEOF_THROUGH_FIELD(NDIS_MINIPORT_ADAPTER_OFFLOAD_ATTRIBUTES, TcpConnectionOffloadHardwareCapabilities)
#endif
#ifndef NDIS_SIZEOF_MINIPORT_ADAPTER_NATIVE_802_11_ATTRIBUTES_REVISION_1
#define NDIS_SIZEOF_MINIPORT_ADAPTER_NATIVE_802_11_ATTRIBUTES_REVISION_1 RTL_SIZEOF_THROUGH_FIELD(NDIS_MINIPORT_ADAPTER_NATIVE_802_11_ATTRIBUTES, ExtSTAAttributes)
#endif
#ifndef NDIS_SIZEOF_MINIPORT_ADAPTER_NATIVE_802_11_ATTRIBUTES_REVISION_2
#define NDIS_SIZEOF_MINIPORT_ADAPTER_NATIVE_802_11_ATTRIBUTES_REVISION_2 RTL_SIZEOF_THROUGH_FIELD(NDIS_MINIPORT_ADAPTER_NATIVE_802_11_ATTRIBUTES, ExtAPAttributes)
#endif
#ifndef NDIS_SIZEOF_MINIPORT_ADAPTER_NATIVE_802_11_ATTRIBUTES_REVISION_3
#define NDIS_SIZEOF_MINIPORT_ADAPTER_NATIVE_802_11_ATTRIBUTES_REVISION_3 RTL_SIZEOF_THROUGH_FIELD(NDIS_MINIPORT_ADAPTER_NATIVE_802_11_ATTRIBUTES, WFDAttributes)
#endif
#ifndef NDIS_SIZEOF_MINIPORT_ADAPTER_NDK_ATTRIBUTES_REVISION_1
#define NDIS_SIZEOF_MINIPORT_ADAPTER_NDK_ATTRIBUTES_REVISION_1 RTL_SIZEOF_THROUGH_FIELD(NDIS_MINIPORT_ADAPTER_NDK_ATTRIBUTES, NdkCapabilities)
#endif
#ifndef NDIS_SIZEOF_MINIPORT_ADAPTER_PACKET_DIRECT_ATTRIBUTES_REVISION_1
#define NDIS_SIZEOF_MINIPORT_ADAPTER_PACKET_DIRECT_ATTRIBUTES_REVISION_1 RTL_SIZEOF_THROUGH_FIELD(NDIS_MINIPORT_ADAPTER_PACKET_DIRECT_ATTRIBUTES, DmaAddressWidth)
#endif
#ifndef NDIS_SIZEOF_MSIX_CONFIG_PARAMETERS_REVISION_1
#define NDIS_SIZEOF_MSIX_CONFIG_PARAMETERS_REVISION_1 RTL_SIZEOF_THROUGH_FIELD(NDIS_MSIX_CONFIG_PARAMETERS, MessageNumber)
#endif
#ifndef NDIS_SIZEOF_SWITCH_NET_BUFFER_LIST_CONTEXT_TYPE_INFO_REVISION_1
#define NDIS_SIZEOF_SWITCH_NET_BUFFER_LIST_CONTEXT_TYPE_INFO_REVISION_1 RTL_SIZEOF_THROUGH_FIELD(NDIS_SWITCH_NET_BUFFER_LIST_CONTEXT_TYPE_INFO, ExtensionId)
#endif
#ifndef NDIS_SIZEOF_SWITCH_OPTIONAL_HANDLERS_REVISION_2
#define NDIS_SIZEOF_SWITCH_OPTIONAL_HANDLERS_REVISION_2 RTL_SIZEOF_THROUGH_FIELD(NDIS_SWITCH_OPTIONAL_HANDLERS, SwitchPDReserved)
#endif
#ifndef NDIS_SIZEOF_FILTER_ATTACH_PARAMETERS_REVISION_2
#define NDIS_SIZEOF_FILTER_ATTACH_PARAMETERS_REVISION_2 RTL_SIZEOF_THROUGH_FIELD(NDIS_FILTER_ATTACH_PARAMETERS, HDSplitCurrentConfig)
#endif
#ifndef NDIS_SIZEOF_FILTER_ATTACH_PARAMETERS_REVISION_3
#define NDIS_SIZEOF_FILTER_ATTACH_PARAMETERS_REVISION_3 RTL_SIZEOF_THROUGH_FIELD(NDIS_FILTER_ATTACH_PARAMETERS, NicSwitchCapabilities)
#endif
#ifndef NDIS_SIZEOF_FILTER_ATTACH_PARAMETERS_REVISION_4
#define NDIS_SIZEOF_FILTER_ATTACH_PARAMETERS_REVISION_4 RTL_SIZEOF_THROUGH_FIELD(NDIS_FILTER_ATTACH_PARAMETERS, NicSwitchArray)
#endif
#ifndef NDIS_SIZEOF_FILTER_DRIVER_CHARACTERISTICS_REVISION_3
#define NDIS_SIZEOF_FILTER_DRIVER_CHARACTERISTICS_REVISION_3 RTL_SIZEOF_THROUGH_FIELD(NDIS_FILTER_DRIVER_CHARACTERISTICS, SynchronousOidRequestCompleteHandler)
#endif

DRISO_EXTERN_C_END
#endif
