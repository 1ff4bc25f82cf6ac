/*
 * driso_ndis_gen.h: the rest of the NDIS 6.x kernel interface (ndis.h and
 * the headers under ndis/, NDIS 6.80 miniport view, legacy NDIS 5 parts left
 * out) that driso_ndis6.h / driso_ndis6x_extras.h and mingw-w64 do not
 * declare: NDIS_TIMER / NDIS_MINIPORT_TIMER and their routines, the
 * miniport driver/adapter handle types, CoNDIS (connection-oriented
 * clients, call managers and miniports: CO_* parameters, PROTOCOL_CL_* /
 * PROTOCOL_CM_* / MINIPORT_CO_* callbacks, NdisCl* / NdisCm* / NdisMCm* /
 * NdisCo*), selective suspend (MINIPORT_IDLE_NOTIFICATION,
 * NDIS_MINIPORT_SS_CHARACTERISTICS), PacketDirect (PD_BUFFER, NDIS_PD_*),
 * IPsec offload v1/v2 and other NET_BUFFER_LIST information structures,
 * interface providers (NdisIfRegisterProvider), DMA channels, processor
 * information, filter enumeration, WAN line indications, and the
 * remaining constants and expression macros. Included by ndis.h (NDIS 6
 * drivers). Declarations only.
 *
 * Generated, then compile-checked (C and C++, kernel mode), from the WDK
 * header copy published in microsoft/wdkmetadata (MIT;
 * generation/WDK/IdlHeaders/km/ndis.h, km/ndis/, shared/ndis/): facts only
 * -- names, member lists, parameter types, constant values and the
 * expressions of accessor macros, which are those of the Learn ndis.h
 * reference -- in this file's own layout, without comments, SAL
 * annotations or inline bodies (inline routines are declared as
 * prototypes; statement macros are left out). Only names that neither
 * mingw-w64 (kernel or user mode) nor another driso shim declares are
 * included.
 */
#ifndef DRISO_NDIS_GEN_H
#define DRISO_NDIS_GEN_H
#define DRISO_HAVE_NDIS_MINIPORT_DRIVER_HANDLE 1
#include <qos.h>
DRISO_EXTERN_C_START

#ifndef NDIS_PAGABLE_FUNCTION
#define NDIS_PAGABLE_FUNCTION(_F) alloc_text(PAGE,_F)
#endif
#ifndef NDIS_EXPORTED_ROUTINE
#define NDIS_EXPORTED_ROUTINE DECLSPEC_IMPORT
#endif
#ifndef NDIS_MINIPORT_MINIMUM_MAJOR_VERSION
#define NDIS_MINIPORT_MINIMUM_MAJOR_VERSION 6
#endif
#ifndef NDIS_MINIPORT_MINIMUM_MINOR_VERSION
#define NDIS_MINIPORT_MINIMUM_MINOR_VERSION 80
#endif
#ifndef NDIS_RUNTIME_VERSION_60
#define NDIS_RUNTIME_VERSION_60 (6 << 16)
#endif
#ifndef NDIS_RUNTIME_VERSION_61
#define NDIS_RUNTIME_VERSION_61 ((6 << 16) | 1)
#endif
#ifndef NDIS_RUNTIME_VERSION_620
#define NDIS_RUNTIME_VERSION_620 ((6 << 16) | 20)
#endif
#ifndef NDIS_RUNTIME_VERSION_630
#define NDIS_RUNTIME_VERSION_630 ((6 << 16) | 30)
#endif
#ifndef NDIS_RUNTIME_VERSION_640
#define NDIS_RUNTIME_VERSION_640 ((6 << 16) | 40)
#endif
#ifndef NDIS_RUNTIME_VERSION_650
#define NDIS_RUNTIME_VERSION_650 ((6 << 16) | 50)
#endif
#ifndef NDIS_RUNTIME_VERSION_651
#define NDIS_RUNTIME_VERSION_651 ((6 << 16) | 51)
#endif
#ifndef NDIS_RUNTIME_VERSION_660
#define NDIS_RUNTIME_VERSION_660 ((6 << 16) | 60)
#endif
#ifndef NDIS_RUNTIME_VERSION_670
#define NDIS_RUNTIME_VERSION_670 ((6 << 16) | 70)
#endif
#ifndef NDIS_RUNTIME_VERSION_680
#define NDIS_RUNTIME_VERSION_680 ((6 << 16) | 80)
#endif
#ifndef NDIS_RUNTIME_VERSION_681
#define NDIS_RUNTIME_VERSION_681 ((6 << 16) | 81)
#endif
#ifndef NDIS_RUNTIME_VERSION_682
#define NDIS_RUNTIME_VERSION_682 ((6 << 16) | 82)
#endif
#ifndef NDIS_RUNTIME_VERSION_683
#define NDIS_RUNTIME_VERSION_683 ((6 << 16) | 83)
#endif
#ifndef NDIS_RUNTIME_VERSION_684
#define NDIS_RUNTIME_VERSION_684 ((6 << 16) | 84)
#endif
#ifndef NDIS_RUNTIME_VERSION_685
#define NDIS_RUNTIME_VERSION_685 ((6 << 16) | 85)
#endif
#ifndef NDIS_RUNTIME_VERSION_686
#define NDIS_RUNTIME_VERSION_686 ((6 << 16) | 86)
#endif
#ifndef NDIS_RUNTIME_VERSION_687
#define NDIS_RUNTIME_VERSION_687 ((6 << 16) | 87)
#endif
#ifndef NDIS_HASH_UDP_IPV4
#define NDIS_HASH_UDP_IPV4 0x00004000
#endif
#ifndef NDIS_HASH_UDP_IPV6
#define NDIS_HASH_UDP_IPV6 0x00008000
#endif
#ifndef NDIS_HASH_UDP_IPV6_EX
#define NDIS_HASH_UDP_IPV6_EX 0x00010000
#endif
#ifndef EXPORT
#define EXPORT
#endif
#ifndef NdisMoveMappedMemory
#define NdisMoveMappedMemory(Destination,Source,Length) RtlCopyMemory(Destination,Source,Length)
#endif
#ifndef NdisZeroMappedMemory
#define NdisZeroMappedMemory(Destination,Length) RtlZeroMemory(Destination,Length)
#endif
#ifndef NdisMoveToMappedMemory
#define NdisMoveToMappedMemory(Destination,Source,Length) NdisMoveMappedMemory(Destination,Source,Length)
#endif
#ifndef NdisMoveFromMappedMemory
#define NdisMoveFromMappedMemory(Destination,Source,Length) NdisMoveMappedMemory(Destination,Source,Length)
#endif
#ifndef NdisInterruptLatched
#define NdisInterruptLatched Latched
#endif
#ifndef NdisInterruptLevelSensitive
#define NdisInterruptLevelSensitive LevelSensitive
#endif
#ifndef CO_ADDRESS_FAMILY_Q2931
#define CO_ADDRESS_FAMILY_Q2931 ((NDIS_AF)0x1)
#endif
#ifndef CO_ADDRESS_FAMILY_PSCHED
#define CO_ADDRESS_FAMILY_PSCHED ((NDIS_AF)0x2)
#endif
#ifndef CO_ADDRESS_FAMILY_L2TP
#define CO_ADDRESS_FAMILY_L2TP ((NDIS_AF)0x3)
#endif
#ifndef CO_ADDRESS_FAMILY_IRDA
#define CO_ADDRESS_FAMILY_IRDA ((NDIS_AF)0x4)
#endif
#ifndef CO_ADDRESS_FAMILY_1394
#define CO_ADDRESS_FAMILY_1394 ((NDIS_AF)0x5)
#endif
#ifndef CO_ADDRESS_FAMILY_PPP
#define CO_ADDRESS_FAMILY_PPP ((NDIS_AF)0x6)
#endif
#ifndef CO_ADDRESS_FAMILY_INFINIBAND
#define CO_ADDRESS_FAMILY_INFINIBAND ((NDIS_AF)0x7)
#endif
#ifndef CO_ADDRESS_FAMILY_TAPI
#define CO_ADDRESS_FAMILY_TAPI ((NDIS_AF)0x800)
#endif
#ifndef CO_ADDRESS_FAMILY_TAPI_PROXY
#define CO_ADDRESS_FAMILY_TAPI_PROXY ((NDIS_AF)0x801)
#endif
#ifndef CO_ADDRESS_FAMILY_PROXY
#define CO_ADDRESS_FAMILY_PROXY 0x80000000
#endif
#ifndef NDIS_OPEN_RECEIVE_NOT_REENTRANT
#define NDIS_OPEN_RECEIVE_NOT_REENTRANT 0x00000001
#endif
#ifndef NDIS_STATUS_WW_INDICATION
#define NDIS_STATUS_WW_INDICATION NDIS_STATUS_MEDIA_SPECIFIC_INDICATION
#endif
#ifndef NDIS_STATUS_ALREADY_COMPLETE
#define NDIS_STATUS_ALREADY_COMPLETE ((NDIS_STATUS)STATUS_ALREADY_COMPLETE)
#endif
#ifndef NDIS_STATUS_INCOMPATABLE_QOS
#define NDIS_STATUS_INCOMPATABLE_QOS NDIS_STATUS_INCOMPATIBLE_QOS
#endif
#ifndef NDIS_STATUS_DOT11_AP_CHANNEL_CURRENTLY_NOT_AVAILABLE
#define NDIS_STATUS_DOT11_AP_CHANNEL_CURRENTLY_NOT_AVAILABLE ((NDIS_STATUS)STATUS_NDIS_DOT11_AP_CHANNEL_CURRENTLY_NOT_AVAILABLE)
#endif
#ifndef NDIS_STATUS_DOT11_AP_BAND_CURRENTLY_NOT_AVAILABLE
#define NDIS_STATUS_DOT11_AP_BAND_CURRENTLY_NOT_AVAILABLE ((NDIS_STATUS)STATUS_NDIS_DOT11_AP_BAND_CURRENTLY_NOT_AVAILABLE)
#endif
#ifndef NDIS_STATUS_DOT11_AP_CHANNEL_NOT_ALLOWED
#define NDIS_STATUS_DOT11_AP_CHANNEL_NOT_ALLOWED ((NDIS_STATUS)STATUS_NDIS_DOT11_AP_CHANNEL_NOT_ALLOWED)
#endif
#ifndef NDIS_STATUS_DOT11_AP_BAND_NOT_ALLOWED
#define NDIS_STATUS_DOT11_AP_BAND_NOT_ALLOWED ((NDIS_STATUS)STATUS_NDIS_DOT11_AP_BAND_NOT_ALLOWED)
#endif
#ifndef NDIS_ERROR_CODE_INTERRUPT_CONNECT
#define NDIS_ERROR_CODE_INTERRUPT_CONNECT EVENT_NDIS_INTERRUPT_CONNECT
#endif
#ifndef NDIS_ERROR_CODE_BAD_VERSION
#define NDIS_ERROR_CODE_BAD_VERSION EVENT_NDIS_BAD_VERSION
#endif
#ifndef NDIS_ERROR_CODE_TIMEOUT
#define NDIS_ERROR_CODE_TIMEOUT EVENT_NDIS_TIMEOUT
#endif
#ifndef NDIS_ERROR_CODE_NETWORK_ADDRESS
#define NDIS_ERROR_CODE_NETWORK_ADDRESS EVENT_NDIS_NETWORK_ADDRESS
#endif
#ifndef NDIS_ERROR_CODE_BAD_IO_BASE_ADDRESS
#define NDIS_ERROR_CODE_BAD_IO_BASE_ADDRESS EVENT_NDIS_BAD_IO_BASE_ADDRESS
#endif
#ifndef NDIS_ERROR_CODE_RECEIVE_SPACE_SMALL
#define NDIS_ERROR_CODE_RECEIVE_SPACE_SMALL EVENT_NDIS_RECEIVE_SPACE_SMALL
#endif
#ifndef NDIS_ERROR_CODE_ADAPTER_DISABLED
#define NDIS_ERROR_CODE_ADAPTER_DISABLED EVENT_NDIS_ADAPTER_DISABLED
#endif
#ifndef NdisInterlockedPushEntryList
#define NdisInterlockedPushEntryList(ListHead,ListEntry,Lock) ExInterlockedPushEntryList(ListHead, ListEntry, &(Lock)->SpinLock)
#endif
#ifndef NdisInterlockedPopEntryList
#define NdisInterlockedPopEntryList(ListHead,Lock) ExInterlockedPopEntryList(ListHead, &(Lock)->SpinLock)
#endif
#ifndef NdisInterlockedAddLargeStatistic
#define NdisInterlockedAddLargeStatistic(_Addend,_Increment) ExInterlockedAddLargeStatistic((PLARGE_INTEGER)_Addend, _Increment)
#endif
#ifndef NdisInterlockedPushEntrySList
#define NdisInterlockedPushEntrySList(SListHead,SListEntry,Lock) ExInterlockedPushEntrySList(SListHead, SListEntry, &(Lock)->SpinLock)
#endif
#ifndef NdisInterlockedPopEntrySList
#define NdisInterlockedPopEntrySList(SListHead,Lock) ExInterlockedPopEntrySList(SListHead, &(Lock)->SpinLock)
#endif
#ifndef NdisInterlockedFlushSList
#define NdisInterlockedFlushSList(SListHead) ExInterlockedFlushSList(SListHead)
#endif
#ifndef NdisInitializeSListHead
#define NdisInitializeSListHead(SListHead) ExInitializeSListHead(SListHead)
#endif
#ifndef NdisQueryDepthSList
#define NdisQueryDepthSList(SListHead) ExQueryDepthSList(SListHead)
#endif
#ifndef NdisCopyLookaheadData
#define NdisCopyLookaheadData(_Destination,_Source,_Length,_MacOptions) RtlCopyMemory(_Destination, _Source, _Length)
#endif
#ifndef NdisFreeBuffer
#define NdisFreeBuffer(Buffer) IoFreeMdl(Buffer)
#endif
#ifndef NDIS_BUFFER_TO_SPAN_PAGES
#define NDIS_BUFFER_TO_SPAN_PAGES(_Buffer) (MmGetMdlByteCount(_Buffer)==0 ? 1 : (ADDRESS_AND_SIZE_TO_SPAN_PAGES( MmGetMdlVirtualAddress(_Buffer), MmGetMdlByteCount(_Buffer))))
#endif
#ifndef NdisGetBufferPhysicalArraySize
#define NdisGetBufferPhysicalArraySize(Buffer,ArraySize) (*(ArraySize) = NDIS_BUFFER_TO_SPAN_PAGES(Buffer))
#endif
#ifndef NDIS_BUFFER_LINKAGE
#define NDIS_BUFFER_LINKAGE(Buffer) ((Buffer)->Next)
#endif
#ifndef NdisAdjustBufferLength
#define NdisAdjustBufferLength(Buffer,Length) (((Buffer)->ByteCount) = (Length))
#endif
#ifndef NdisFlushBuffer
#define NdisFlushBuffer(Buffer,WriteToDevice) KeFlushIoBuffers((Buffer),!(WriteToDevice), TRUE)
#endif
#ifndef NdisRawWritePortBufferUchar
#define NdisRawWritePortBufferUchar(Port,Buffer,Length) WRITE_PORT_BUFFER_UCHAR((PUCHAR)(Port),(PUCHAR)(Buffer),(Length))
#endif
#ifndef NdisRawWritePortBufferUshort
#define NdisRawWritePortBufferUshort(Port,Buffer,Length) WRITE_PORT_BUFFER_USHORT((PUSHORT)(Port),(PUSHORT)(Buffer),(Length))
#endif
#ifndef NdisRawWritePortBufferUlong
#define NdisRawWritePortBufferUlong(Port,Buffer,Length) WRITE_PORT_BUFFER_ULONG((PULONG)(Port),(PULONG)(Buffer),(Length))
#endif
#ifndef NdisRawReadPortBufferUchar
#define NdisRawReadPortBufferUchar(Port,Buffer,Length) READ_PORT_BUFFER_UCHAR((PUCHAR)(Port),(PUCHAR)(Buffer),(Length))
#endif
#ifndef NdisRawReadPortBufferUshort
#define NdisRawReadPortBufferUshort(Port,Buffer,Length) READ_PORT_BUFFER_USHORT((PUSHORT)(Port),(PUSHORT)(Buffer),(Length))
#endif
#ifndef NdisRawReadPortBufferUlong
#define NdisRawReadPortBufferUlong(Port,Buffer,Length) READ_PORT_BUFFER_ULONG((PULONG)(Port),(PULONG)(Buffer),(Length))
#endif
#ifndef NdisPrintString
#define NdisPrintString(String) DbgPrint("%ls",(String).Buffer)
#endif
#ifndef NdisCreateLookaheadBufferFromSharedMemory
#define NdisCreateLookaheadBufferFromSharedMemory(_S,_L,_B) ((*(_B)) = (_S))
#endif
#ifndef NdisDestroyLookaheadBufferFromSharedMemory
#define NdisDestroyLookaheadBufferFromSharedMemory(_B)
#endif
#ifndef NDIS_MAX_EVENT_LOG_DATA_SIZE
#define NDIS_MAX_EVENT_LOG_DATA_SIZE ((ERROR_LOG_MAXIMUM_SIZE - sizeof(IO_ERROR_LOG_PACKET) + sizeof(ULONG)) & ~3)
#endif
#ifndef NDIS_STATUS_INDICATION_SET_FLAG
#define NDIS_STATUS_INDICATION_SET_FLAG(_StatusIndication,_F) ((_StatusIndication)->Flags |= (_F))
#endif
#ifndef NDIS_STATUS_INDICATION_TEST_FLAG
#define NDIS_STATUS_INDICATION_TEST_FLAG(_StatusIndication,_F) (((_StatusIndication)->Flags & (_F)) != 0)
#endif
#ifndef NDIS_STATUS_INDICATION_CLEAR_FLAG
#define NDIS_STATUS_INDICATION_CLEAR_FLAG(_StatusIndication,_F) ((_StatusIndication)->Flags &= ~(_F))
#endif
#ifndef NDIS_STATUS_INDICATION_FLAGS_NDIS_RESERVED
#define NDIS_STATUS_INDICATION_FLAGS_NDIS_RESERVED 0xFFF
#endif
#ifndef NDIS_STATUS_INDICATION_FLAGS_MEDIA_CONNECT_TO_CONNECT
#define NDIS_STATUS_INDICATION_FLAGS_MEDIA_CONNECT_TO_CONNECT 0x1000
#endif
#ifndef NDIS_MAX_LOOKAHEAD_SIZE_ACCESSED_UNDEFINED
#define NDIS_MAX_LOOKAHEAD_SIZE_ACCESSED_UNDEFINED -1
#endif
#ifndef NDIS_SIZEOF_SYSTEM_PROCESSOR_INFO_REVISION_1
#define NDIS_SIZEOF_SYSTEM_PROCESSOR_INFO_REVISION_1 RTL_SIZEOF_THROUGH_FIELD(NDIS_SYSTEM_PROCESSOR_INFO, CpuInfo)
#endif
#ifndef NDIS_SIZEOF_FILTER_INTERFACE_REVISION_1
#define NDIS_SIZEOF_FILTER_INTERFACE_REVISION_1 RTL_SIZEOF_THROUGH_FIELD(NDIS_FILTER_INTERFACE, FilterInstanceName)
#endif
#ifndef NDIS_SIZEOF_FILTER_INTERFACE_REVISION_2
#define NDIS_SIZEOF_FILTER_INTERFACE_REVISION_2 NDIS_SIZEOF_FILTER_INTERFACE_REVISION_1
#endif
#ifndef NDIS_SIZEOF_ENUM_FILTERS_REVISION_1
#define NDIS_SIZEOF_ENUM_FILTERS_REVISION_1 RTL_SIZEOF_THROUGH_FIELD(NDIS_ENUM_FILTERS, Filter)
#endif
#ifndef NDIS_SIZEOF_DRIVER_WRAPPER_HANDLE_REVISION_1
#define NDIS_SIZEOF_DRIVER_WRAPPER_HANDLE_REVISION_1 RTL_SIZEOF_THROUGH_FIELD(NDIS_DRIVER_WRAPPER_HANDLE, NdisWrapperHandle)
#endif
#ifndef NDIS_SHARED_MEM_PARAMETERS_CONTIGOUS
#define NDIS_SHARED_MEM_PARAMETERS_CONTIGOUS NDIS_SHARED_MEM_PARAMETERS_CONTIGUOUS
#endif
#ifndef NDIS_SHARED_MEM_HANDLE_HAL_ALLOCATED
#define NDIS_SHARED_MEM_HANDLE_HAL_ALLOCATED ((NDIS_HANDLE)(NULL))
#endif
#ifndef NDIS_SHARED_MEMORY_PROVIDER_CHAR_SUPPORTS_PF_VPORTS
#define NDIS_SHARED_MEMORY_PROVIDER_CHAR_SUPPORTS_PF_VPORTS 0x00000001
#endif
#ifndef NDIS_SIZEOF_SHARED_MEMORY_PROVIDER_CHARACTERISTICS_REVISION_1
#define NDIS_SIZEOF_SHARED_MEMORY_PROVIDER_CHARACTERISTICS_REVISION_1 RTL_SIZEOF_THROUGH_FIELD(NDIS_SHARED_MEMORY_PROVIDER_CHARACTERISTICS, FreeSharedMemoryHandler)
#endif
#ifndef NDIS_SIZEOF_SRIOV_CONFIG_STATE_REVISION_1
#define NDIS_SIZEOF_SRIOV_CONFIG_STATE_REVISION_1 RTL_SIZEOF_THROUGH_FIELD(NDIS_SRIOV_CONFIG_STATE, Length)
#endif
#ifndef NDIS_SIZEOF_RECEIVE_FILTER_QUEUE_STATE_CHANGE_REVISION_1
#define NDIS_SIZEOF_RECEIVE_FILTER_QUEUE_STATE_CHANGE_REVISION_1 RTL_SIZEOF_THROUGH_FIELD(NDIS_RECEIVE_FILTER_QUEUE_STATE_CHANGE, QueueId)
#endif
#ifndef AFFINITY_MASK
#define AFFINITY_MASK(n) ((KAFFINITY)1 << (n))
#endif
#ifndef PD_BUFFER_FLAG_PARTIAL_PACKET_HEAD
#define PD_BUFFER_FLAG_PARTIAL_PACKET_HEAD 0x00000001
#endif
#ifndef PD_BUFFER_ATTR_BUILT_IN_DATA_BUFFER
#define PD_BUFFER_ATTR_BUILT_IN_DATA_BUFFER 0x00000001
#endif
#ifndef PD_BUFFER_MIN_RX_DATA_START_VALUE
#define PD_BUFFER_MIN_RX_DATA_START_VALUE 32
#endif
#ifndef PD_BUFFER_MIN_RX_DATA_START_ALIGNMENT
#define PD_BUFFER_MIN_RX_DATA_START_ALIGNMENT 2
#endif
#ifndef PD_BUFFER_MIN_TX_DATA_START_ALIGNMENT
#define PD_BUFFER_MIN_TX_DATA_START_ALIGNMENT 2
#endif
#ifndef NDIS_SIZEOF_PD_QUEUE_DISPATCH_REVISION_1
#define NDIS_SIZEOF_PD_QUEUE_DISPATCH_REVISION_1 RTL_SIZEOF_THROUGH_FIELD(NDIS_PD_QUEUE_DISPATCH, PDPostAndDrainBufferListEx)
#endif
#ifndef NDIS_SIZEOF_PD_QUEUE_REVISION_1
#define NDIS_SIZEOF_PD_QUEUE_REVISION_1 RTL_SIZEOF_THROUGH_FIELD(NDIS_PD_QUEUE, PDClientReserved)
#endif
#ifndef NDIS_PD_QUEUE_FLAG_DRAIN_NOTIFICATION
#define NDIS_PD_QUEUE_FLAG_DRAIN_NOTIFICATION 0x00000001
#endif
#ifndef NDIS_PD_INVALID_TRAFFIC_CLASS_ID
#define NDIS_PD_INVALID_TRAFFIC_CLASS_ID ((ULONG)-1)
#endif
#ifndef NDIS_SIZEOF_PD_QUEUE_PARAMETERS_REVISION_1
#define NDIS_SIZEOF_PD_QUEUE_PARAMETERS_REVISION_1 RTL_SIZEOF_THROUGH_FIELD(NDIS_PD_QUEUE_PARAMETERS, CounterHandle)
#endif
#ifndef NDIS_PD_ACQUIRE_QUEUES_FLAG_DRAIN_NOTIFICATION
#define NDIS_PD_ACQUIRE_QUEUES_FLAG_DRAIN_NOTIFICATION 0x00000001
#endif
#ifndef NDIS_SIZEOF_PD_ACQUIRE_QUEUES_PARAMETERS_REVISION_1
#define NDIS_SIZEOF_PD_ACQUIRE_QUEUES_PARAMETERS_REVISION_1 RTL_SIZEOF_THROUGH_FIELD(NDIS_PD_ACQUIRE_QUEUES_PARAMETERS, Flags)
#endif
#ifndef NDIS_SIZEOF_PD_COUNTER_PARAMETERS_REVISION_1
#define NDIS_SIZEOF_PD_COUNTER_PARAMETERS_REVISION_1 RTL_SIZEOF_THROUGH_FIELD(NDIS_PD_COUNTER_PARAMETERS, Type)
#endif
#ifndef NDIS_SIZEOF_PD_FILTER_PARAMETERS_REVISION_1
#define NDIS_SIZEOF_PD_FILTER_PARAMETERS_REVISION_1 RTL_SIZEOF_THROUGH_FIELD(NDIS_PD_FILTER_PARAMETERS, HeaderGroupMatchArrayTotalSize)
#endif
#ifndef NDIS_PD_NOTIFICATION_GROUP_ID_NONE
#define NDIS_PD_NOTIFICATION_GROUP_ID_NONE ((ULONG)0)
#endif
#ifndef NDIS_SIZEOF_PD_PROVIDER_DISPATCH_REVISION_1
#define NDIS_SIZEOF_PD_PROVIDER_DISPATCH_REVISION_1 RTL_SIZEOF_THROUGH_FIELD(NDIS_PD_PROVIDER_DISPATCH, NdisPDProviderControl)
#endif
#ifndef NDIS_SIZEOF_PD_OPEN_PROVIDER_PARAMETERS_REVISION_1
#define NDIS_SIZEOF_PD_OPEN_PROVIDER_PARAMETERS_REVISION_1 RTL_SIZEOF_THROUGH_FIELD(NDIS_PD_OPEN_PROVIDER_PARAMETERS, ProviderDispatch)
#endif
#ifndef NDIS_SIZEOF_PD_CLOSE_PROVIDER_PARAMETERS_REVISION_1
#define NDIS_SIZEOF_PD_CLOSE_PROVIDER_PARAMETERS_REVISION_1 RTL_SIZEOF_THROUGH_FIELD(NDIS_PD_CLOSE_PROVIDER_PARAMETERS, ProviderHandle)
#endif
#ifndef NdisSetNetBufferListProtocolId
#define NdisSetNetBufferListProtocolId(_NBL,_ProtocolId) *((PUCHAR)(&NET_BUFFER_LIST_INFO(_NBL, NetBufferListProtocolId))) = _ProtocolId
#endif
#ifndef NDIS_GET_NET_BUFFER_LIST_IM_RESERVED
#define NDIS_GET_NET_BUFFER_LIST_IM_RESERVED(_NBL) (NET_BUFFER_LIST_INFO(_NBL, IMReserved))
#endif
#ifndef NDIS_SET_NET_BUFFER_LIST_IM_RESERVED
#define NDIS_SET_NET_BUFFER_LIST_IM_RESERVED(_NBL,_Val) NET_BUFFER_LIST_INFO(_NBL, IMReserved) = (_Val)
#endif
#ifndef NET_BUFFER_LIST_SWITCH_FORWARDING_DETAIL_CLEAR
#define NET_BUFFER_LIST_SWITCH_FORWARDING_DETAIL_CLEAR(_NBL) (_NBL)->NetBufferListInfo[SwitchForwardingDetail] = 0
#endif
#ifndef NDIS_GET_NET_BUFFER_LIST_VIRTUAL_SUBNET_ID
#define NDIS_GET_NET_BUFFER_LIST_VIRTUAL_SUBNET_ID(_NBL) ((*((NDIS_NET_BUFFER_LIST_VIRTUAL_SUBNET_INFO *) &NET_BUFFER_LIST_INFO((_NBL), VirtualSubnetInfo))).VirtualSubnetId)
#endif
#ifndef NDIS_SET_NET_BUFFER_LIST_VIRTUAL_SUBNET_ID
#define NDIS_SET_NET_BUFFER_LIST_VIRTUAL_SUBNET_ID(_NBL,_VirtualSubnetId) ((*((NDIS_NET_BUFFER_LIST_VIRTUAL_SUBNET_INFO *) &NET_BUFFER_LIST_INFO((_NBL), VirtualSubnetInfo))).VirtualSubnetId = (_VirtualSubnetId))
#endif
#ifndef NET_BUFFER_LIST_GFT_OFFLOAD_INFO
#define NET_BUFFER_LIST_GFT_OFFLOAD_INFO(_NBL) ((PNDIS_NET_BUFFER_LIST_GFT_OFFLOAD_INFO) &(NET_BUFFER_LIST_INFO((_NBL), GftOffloadInformation)))
#endif
#ifndef NDIS_GET_NET_BUFFER_LIST_GFT_OFFLOAD_FLAGS
#define NDIS_GET_NET_BUFFER_LIST_GFT_OFFLOAD_FLAGS(_NBL) ((*((PNDIS_NET_BUFFER_LIST_GFT_OFFLOAD_INFO) &NET_BUFFER_LIST_INFO((_NBL), GftOffloadInformation))).Flags)
#endif
#ifndef NDIS_SET_NET_BUFFER_LIST_GFT_OFFLOAD_FLAGS
#define NDIS_SET_NET_BUFFER_LIST_GFT_OFFLOAD_FLAGS(_NBL,_Flags) ((*((PNDIS_NET_BUFFER_LIST_GFT_OFFLOAD_INFO) &NET_BUFFER_LIST_INFO((_NBL), GftOffloadInformation))).Flags = (_Flags))
#endif
#ifndef NDIS_GET_NET_BUFFER_LIST_GFT_OFFLOAD_VPORT_ID
#define NDIS_GET_NET_BUFFER_LIST_GFT_OFFLOAD_VPORT_ID(_NBL) ((*((PNDIS_NET_BUFFER_LIST_GFT_OFFLOAD_INFO) &NET_BUFFER_LIST_INFO((_NBL), GftOffloadInformation))).VPortId)
#endif
#ifndef NDIS_SET_NET_BUFFER_LIST_GFT_OFFLOAD_VPORT_ID
#define NDIS_SET_NET_BUFFER_LIST_GFT_OFFLOAD_VPORT_ID(_NBL,_VPortId) ((*((PNDIS_NET_BUFFER_LIST_GFT_OFFLOAD_INFO) &NET_BUFFER_LIST_INFO((_NBL), GftOffloadInformation))).VPortId = (_VPortId))
#endif
#ifndef NET_BUFFER_LIST_GFT_OFFLOAD_FLOW_ENTRY_ID
#define NET_BUFFER_LIST_GFT_OFFLOAD_FLOW_ENTRY_ID(_NBL) ((PNDIS_GFT_FLOW_ENTRY_ID) &(NET_BUFFER_LIST_INFO((_NBL), GftFlowEntryId)))
#endif
#ifndef NDIS_SIZEOF_NBL_MEDIA_SPECIFIC_INFO_REVISION_1
#define NDIS_SIZEOF_NBL_MEDIA_SPECIFIC_INFO_REVISION_1 RTL_SIZEOF_THROUGH_FIELD(NDIS_NBL_MEDIA_SPECIFIC_INFORMATION_EX,Data)
#endif
#ifndef NET_BUFFER_LIST_COALESCED_SEG_COUNT
#define NET_BUFFER_LIST_COALESCED_SEG_COUNT(_NBL) (((NDIS_RSC_NBL_INFO*)&NET_BUFFER_LIST_INFO((_NBL), TcpRecvSegCoalesceInfo))->Info.CoalescedSegCount)
#endif
#ifndef NET_BUFFER_LIST_DUP_ACK_COUNT
#define NET_BUFFER_LIST_DUP_ACK_COUNT(_NBL) (((NDIS_RSC_NBL_INFO*)&NET_BUFFER_LIST_INFO((_NBL), TcpRecvSegCoalesceInfo))->Info.DupAckCount)
#endif
#ifndef NDIS_TEST_CLONE_FLAG
#define NDIS_TEST_CLONE_FLAG(_Flags,_Fl) (((_Flags) & (_Fl)) == (_Fl))
#endif
#ifndef NDIS_SET_CLONE_FLAG
#define NDIS_SET_CLONE_FLAG(_Flags,_Fl) ((_Flags) |= (_Fl))
#endif
#ifndef NDIS_CLEAR_CLONE_FLAG
#define NDIS_CLEAR_CLONE_FLAG(_Flags,_Fl) ((_Flags) &= ~(_Fl))
#endif
#ifndef NdisGetMdlPhysicalArraySize
#define NdisGetMdlPhysicalArraySize(_Mdl,_ArraySize) (*(_ArraySize) = NDIS_MDL_TO_SPAN_PAGES(_Mdl))
#endif
#ifndef NDIS_CLEAR_SEND_FLAG
#define NDIS_CLEAR_SEND_FLAG(_Flags,_Fl) ((_Flags) &= ~(_Fl))
#endif
#ifndef NDIS_TASK_OFFLOAD_VERSION
#define NDIS_TASK_OFFLOAD_VERSION 1
#endif
#ifndef MAX_HASHES
#define MAX_HASHES 4
#endif
#ifndef TRUNCATED_HASH_LEN
#define TRUNCATED_HASH_LEN 12
#endif
#ifndef CRYPTO_SUCCESS
#define CRYPTO_SUCCESS 0
#endif
#ifndef CRYPTO_GENERIC_ERROR
#define CRYPTO_GENERIC_ERROR 1
#endif
#ifndef CRYPTO_TRANSPORT_AH_AUTH_FAILED
#define CRYPTO_TRANSPORT_AH_AUTH_FAILED 2
#endif
#ifndef CRYPTO_TRANSPORT_ESP_AUTH_FAILED
#define CRYPTO_TRANSPORT_ESP_AUTH_FAILED 3
#endif
#ifndef CRYPTO_TUNNEL_AH_AUTH_FAILED
#define CRYPTO_TUNNEL_AH_AUTH_FAILED 4
#endif
#ifndef CRYPTO_TUNNEL_ESP_AUTH_FAILED
#define CRYPTO_TUNNEL_ESP_AUTH_FAILED 5
#endif
#ifndef CRYPTO_INVALID_PACKET_SYNTAX
#define CRYPTO_INVALID_PACKET_SYNTAX 6
#endif
#ifndef CRYPTO_INVALID_PROTOCOL
#define CRYPTO_INVALID_PROTOCOL 7
#endif
#ifndef IPSEC_TPT_UDPESP_ENCAPTYPE_IKE
#define IPSEC_TPT_UDPESP_ENCAPTYPE_IKE 0x00000001
#endif
#ifndef IPSEC_TUN_UDPESP_ENCAPTYPE_IKE
#define IPSEC_TUN_UDPESP_ENCAPTYPE_IKE 0x00000002
#endif
#ifndef IPSEC_TPTOVERTUN_UDPESP_ENCAPTYPE_IKE
#define IPSEC_TPTOVERTUN_UDPESP_ENCAPTYPE_IKE 0x00000004
#endif
#ifndef IPSEC_TPT_UDPESP_OVER_PURE_TUN_ENCAPTYPE_IKE
#define IPSEC_TPT_UDPESP_OVER_PURE_TUN_ENCAPTYPE_IKE 0x00000008
#endif
#ifndef IPSEC_TPT_UDPESP_ENCAPTYPE_OTHER
#define IPSEC_TPT_UDPESP_ENCAPTYPE_OTHER 0x00000010
#endif
#ifndef IPSEC_TUN_UDPESP_ENCAPTYPE_OTHER
#define IPSEC_TUN_UDPESP_ENCAPTYPE_OTHER 0x00000020
#endif
#ifndef IPSEC_TPTOVERTUN_UDPESP_ENCAPTYPE_OTHER
#define IPSEC_TPTOVERTUN_UDPESP_ENCAPTYPE_OTHER 0x00000040
#endif
#ifndef IPSEC_TPT_UDPESP_OVER_PURE_TUN_ENCAPTYPE_OTHER
#define IPSEC_TPT_UDPESP_OVER_PURE_TUN_ENCAPTYPE_OTHER 0x00000080
#endif
#ifndef NDIS_TCP_LARGE_SEND_OFFLOAD_V1_TYPE
#define NDIS_TCP_LARGE_SEND_OFFLOAD_V1_TYPE 0
#endif
#ifndef NDIS_TCP_LARGE_SEND_OFFLOAD_V2_TYPE
#define NDIS_TCP_LARGE_SEND_OFFLOAD_V2_TYPE 1
#endif
#ifndef NDIS_TCP_LARGE_SEND_OFFLOAD_IPv4
#define NDIS_TCP_LARGE_SEND_OFFLOAD_IPv4 0
#endif
#ifndef NDIS_TCP_LARGE_SEND_OFFLOAD_IPv6
#define NDIS_TCP_LARGE_SEND_OFFLOAD_IPv6 1
#endif
#ifndef NDIS_LARGE_SEND_OFFLOAD_MAX_HEADER_LENGTH
#define NDIS_LARGE_SEND_OFFLOAD_MAX_HEADER_LENGTH 128
#endif
#ifndef NDIS_SIZEOF_OFFLOAD_ENCAPSULATION_REVISION_1
#define NDIS_SIZEOF_OFFLOAD_ENCAPSULATION_REVISION_1 RTL_SIZEOF_THROUGH_FIELD(NDIS_OFFLOAD_ENCAPSULATION, IPv6.HeaderSize)
#endif
#ifndef IPSEC_OFFLOAD_V2_MAX_EXTENSION_HEADERS
#define IPSEC_OFFLOAD_V2_MAX_EXTENSION_HEADERS 2
#endif
#ifndef IPSEC_OFFLOAD_V2_UDP_ESP_ENCAPSULATION_NONE
#define IPSEC_OFFLOAD_V2_UDP_ESP_ENCAPSULATION_NONE 0x00000000
#endif
#ifndef IPSEC_OFFLOAD_V2_UDP_ESP_ENCAPSULATION_TRANSPORT
#define IPSEC_OFFLOAD_V2_UDP_ESP_ENCAPSULATION_TRANSPORT 0x00000001
#endif
#ifndef IPSEC_OFFLOAD_V2_UDP_ESP_ENCAPSULATION_TUNNEL
#define IPSEC_OFFLOAD_V2_UDP_ESP_ENCAPSULATION_TUNNEL 0x00000002
#endif
#ifndef IPSEC_OFFLOAD_V2_TRANSPORT_OVER_UDP_ESP_ENCAPSULATION_TUNNEL
#define IPSEC_OFFLOAD_V2_TRANSPORT_OVER_UDP_ESP_ENCAPSULATION_TUNNEL 0x00000004
#endif
#ifndef IPSEC_OFFLOAD_V2_UDP_ESP_ENCAPSULATION_TRANSPORT_OVER_TUNNEL
#define IPSEC_OFFLOAD_V2_UDP_ESP_ENCAPSULATION_TRANSPORT_OVER_TUNNEL 0x00000008
#endif
#ifndef IPSEC_OFFLOAD_V2_ESN_SA
#define IPSEC_OFFLOAD_V2_ESN_SA 0x00000001
#endif
#ifndef IPSEC_OFFLOAD_V2_INBOUND
#define IPSEC_OFFLOAD_V2_INBOUND 0x00000001
#endif
#ifndef IPSEC_OFFLOAD_V2_IPv6
#define IPSEC_OFFLOAD_V2_IPv6 0x00000010
#endif
#ifndef NDIS_SIZEOF_IPSEC_OFFLOAD_V2_ADD_SA_REVISION_1
#define NDIS_SIZEOF_IPSEC_OFFLOAD_V2_ADD_SA_REVISION_1 RTL_SIZEOF_THROUGH_FIELD(IPSEC_OFFLOAD_V2_ADD_SA, KeyData)
#endif
#ifndef NDIS_SIZEOF_IPSEC_OFFLOAD_V2_ADD_SA_EX_REVISION_1
#define NDIS_SIZEOF_IPSEC_OFFLOAD_V2_ADD_SA_EX_REVISION_1 RTL_SIZEOF_THROUGH_FIELD(IPSEC_OFFLOAD_V2_ADD_SA_EX, VlanId)
#endif
#ifndef NDIS_SIZEOF_IPSEC_OFFLOAD_V2_DELETE_SA_REVISION_1
#define NDIS_SIZEOF_IPSEC_OFFLOAD_V2_DELETE_SA_REVISION_1 RTL_SIZEOF_THROUGH_FIELD(IPSEC_OFFLOAD_V2_DELETE_SA, OffloadHandle)
#endif
#ifndef NDIS_SIZEOF_IPSEC_OFFLOAD_V2_UPDATE_SA_REVISION_1
#define NDIS_SIZEOF_IPSEC_OFFLOAD_V2_UPDATE_SA_REVISION_1 RTL_SIZEOF_THROUGH_FIELD(IPSEC_OFFLOAD_V2_UPDATE_SA, SequenceNumberHighOrder)
#endif
#ifndef NdisBufferLength
#define NdisBufferLength(Buffer) MmGetMdlByteCount(Buffer)
#endif
#ifndef NdisBufferVirtualAddress
#define NdisBufferVirtualAddress(_Buffer) MmGetSystemAddressForMdl(_Buffer)
#endif
#ifndef NdisBufferVirtualAddressSafe
#define NdisBufferVirtualAddressSafe(_Buffer,_Priority) MmGetSystemAddressForMdlSafe(_Buffer, _Priority)
#endif
#ifndef NDIS_SIZEOF_PROTOCOL_CO_CHARACTERISTICS_REVISION_1
#define NDIS_SIZEOF_PROTOCOL_CO_CHARACTERISTICS_REVISION_1 RTL_SIZEOF_THROUGH_FIELD(NDIS_PROTOCOL_CO_CHARACTERISTICS, CoSendNetBufferListsCompleteHandler)
#endif
#ifndef NDIS_SIZEOF_OPEN_PARAMETERS_REVSION_1
#define NDIS_SIZEOF_OPEN_PARAMETERS_REVSION_1 NDIS_SIZEOF_OPEN_PARAMETERS_REVISION_1
#endif
#ifndef NDIS_SIZEOF_NDIS_BIND_FAILED_NOTIFICATION_REVISION_1
#define NDIS_SIZEOF_NDIS_BIND_FAILED_NOTIFICATION_REVISION_1 RTL_SIZEOF_THROUGH_FIELD(NDIS_BIND_FAILED_NOTIFICATION, MiniportNetLuid)
#endif
#ifndef NDIS_M_MAX_LOOKAHEAD
#define NDIS_M_MAX_LOOKAHEAD 526
#endif
#ifndef NdisMSetupDmaTransfer
#define NdisMSetupDmaTransfer(_S,_H,_B,_O,_L,_M_) NdisSetupDmaTransfer(_S, _H, _B, _O, _L, _M_)
#endif
#ifndef NdisMCompleteDmaTransfer
#define NdisMCompleteDmaTransfer(_S,_H,_B,_O,_L,_M_) NdisCompleteDmaTransfer(_S, _H, _B, _O, _L, _M_)
#endif
#ifndef NDIS_SIZEOF_MINIPORT_CO_CHARACTERISTICS_REVISION_1
#define NDIS_SIZEOF_MINIPORT_CO_CHARACTERISTICS_REVISION_1 RTL_SIZEOF_THROUGH_FIELD(NDIS_MINIPORT_CO_CHARACTERISTICS, CoOidRequestHandler)
#endif
#ifndef NDIS_DMA_24BITS
#define NDIS_DMA_24BITS ((NDIS_DMA_SIZE)0)
#endif
#ifndef NDIS_DMA_32BITS
#define NDIS_DMA_32BITS ((NDIS_DMA_SIZE)1)
#endif
#ifndef NDIS_DMA_64BITS
#define NDIS_DMA_64BITS ((NDIS_DMA_SIZE)2)
#endif
#ifndef NdisMSetTimer
#define NdisMSetTimer(_Timer,_Delay) NdisSetTimer((PNDIS_TIMER)_Timer, _Delay)
#endif
#ifndef NdisMCmOidRequestComplete
#define NdisMCmOidRequestComplete(_AH_,_VH_,_PH_,_R_,_S_) NdisCoOidRequestComplete(_AH_, _VH_, _PH_, _R_, _S_)
#endif
#ifndef NdisMCmOpenAddressFamilyComplete
#define NdisMCmOpenAddressFamilyComplete(_S_,_H_,_C_) NdisCmOpenAddressFamilyComplete(_S_, _H_, _C_)
#endif
#ifndef NdisMCmNotifyCloseAddressFamily
#define NdisMCmNotifyCloseAddressFamily(_AH_) NdisCmNotifyCloseAddressFamily(_AH_)
#endif
#ifndef NdisMCmCloseAddressFamilyComplete
#define NdisMCmCloseAddressFamilyComplete(_S_,_H_) NdisCmCloseAddressFamilyComplete(_S_, _H_)
#endif
#ifndef NdisMCmRegisterSapComplete
#define NdisMCmRegisterSapComplete(_S_,_H_,_C_) NdisCmRegisterSapComplete(_S_, _H_, _C_)
#endif
#ifndef NdisMCmDeregisterSapComplete
#define NdisMCmDeregisterSapComplete(_S_,_H_) NdisCmDeregisterSapComplete(_S_, _H_)
#endif
#ifndef NdisMCmMakeCallComplete
#define NdisMCmMakeCallComplete(_S_,_VH_,_PH_,_CC_,_CP_) NdisCmMakeCallComplete(_S_, _VH_, _PH_, _CC_, _CP_)
#endif
#ifndef NdisMCmCloseCallComplete
#define NdisMCmCloseCallComplete(_S_,_VH_,_PH_) NdisCmCloseCallComplete(_S_, _VH_, _PH_)
#endif
#ifndef NdisMCmAddPartyComplete
#define NdisMCmAddPartyComplete(_S_,_H_,_C_,_P_) NdisCmAddPartyComplete(_S_, _H_, _C_, _P_)
#endif
#ifndef NdisMCmDropPartyComplete
#define NdisMCmDropPartyComplete(_S_,_H_) NdisCmDropPartyComplete(_S_, _H_)
#endif
#ifndef NdisMCmDispatchIncomingCall
#define NdisMCmDispatchIncomingCall(_SH_,_VH_,_CP_) NdisCmDispatchIncomingCall(_SH_, _VH_, _CP_)
#endif
#ifndef NdisMCmDispatchCallConnected
#define NdisMCmDispatchCallConnected(_H_) NdisCmDispatchCallConnected(_H_)
#endif
#ifndef NdisMCmModifyCallQoSComplete
#define NdisMCmModifyCallQoSComplete(_S_,_H_,_P_) NdisCmModifyCallQoSComplete(_S_, _H_, _P_)
#endif
#ifndef NdisMCmDispatchIncomingCallQoSChange
#define NdisMCmDispatchIncomingCallQoSChange(_H_,_P_) NdisCmDispatchIncomingCallQoSChange(_H_, _P_)
#endif
#ifndef NdisMCmDispatchIncomingCloseCall
#define NdisMCmDispatchIncomingCloseCall(_S_,_H_,_B_,_Z_) NdisCmDispatchIncomingCloseCall(_S_, _H_, _B_, _Z_)
#endif
#ifndef NdisMCmDispatchIncomingDropParty
#define NdisMCmDispatchIncomingDropParty(_S_,_H_,_B_,_Z_) NdisCmDispatchIncomingDropParty(_S_, _H_, _B_, _Z_)
#endif
#ifndef NDIS_MAKE_RID
#define NDIS_MAKE_RID(_Segment,_Bus,_Function) (((_Segment) << 16) | ((_Bus) << 8) | (_Function))
#endif
#ifndef NDIS_SIZEOF_MINIPORT_SS_CHARACTERISTICS_REVISION_1
#define NDIS_SIZEOF_MINIPORT_SS_CHARACTERISTICS_REVISION_1 RTL_SIZEOF_THROUGH_FIELD(NDIS_MINIPORT_SS_CHARACTERISTICS, CancelIdleNotificationHandler)
#endif
#ifndef CO_SEND_FLAG_SET_DISCARD_ELIBILITY
#define CO_SEND_FLAG_SET_DISCARD_ELIBILITY 0x00000001
#endif
#ifndef RECEIVE_TIME_INDICATION
#define RECEIVE_TIME_INDICATION 0x00000001
#endif
#ifndef USE_TIME_STAMPS
#define USE_TIME_STAMPS 0x00000002
#endif
#ifndef TRANSMIT_VC
#define TRANSMIT_VC 0x00000004
#endif
#ifndef RECEIVE_VC
#define RECEIVE_VC 0x00000008
#endif
#ifndef INDICATE_ERRED_PACKETS
#define INDICATE_ERRED_PACKETS 0x00000010
#endif
#ifndef INDICATE_END_OF_TX
#define INDICATE_END_OF_TX 0x00000020
#endif
#ifndef RESERVE_RESOURCES_VC
#define RESERVE_RESOURCES_VC 0x00000040
#endif
#ifndef ROUND_DOWN_FLOW
#define ROUND_DOWN_FLOW 0x00000080
#endif
#ifndef ROUND_UP_FLOW
#define ROUND_UP_FLOW 0x00000100
#endif
#ifndef ERRED_PACKET_INDICATION
#define ERRED_PACKET_INDICATION 0x00000001
#endif
#ifndef PERMANENT_VC
#define PERMANENT_VC 0x00000001
#endif
#ifndef CALL_PARAMETERS_CHANGED
#define CALL_PARAMETERS_CHANGED 0x00000002
#endif
#ifndef QUERY_CALL_PARAMETERS
#define QUERY_CALL_PARAMETERS 0x00000004
#endif
#ifndef BROADCAST_VC
#define BROADCAST_VC 0x00000008
#endif
#ifndef MULTIPOINT_VC
#define MULTIPOINT_VC 0x00000010
#endif
#ifndef STRINGFORMAT_ASCII
#define STRINGFORMAT_ASCII 0x00000001
#endif
#ifndef STRINGFORMAT_DBCS
#define STRINGFORMAT_DBCS 0x00000002
#endif
#ifndef STRINGFORMAT_UNICODE
#define STRINGFORMAT_UNICODE 0x00000003
#endif
#ifndef STRINGFORMAT_BINARY
#define STRINGFORMAT_BINARY 0x00000004
#endif
#ifndef NDIS_SIZEOF_CO_CLIENT_OPTIONAL_HANDLERS_REVISION_1
#define NDIS_SIZEOF_CO_CLIENT_OPTIONAL_HANDLERS_REVISION_1 RTL_SIZEOF_THROUGH_FIELD(NDIS_CO_CLIENT_OPTIONAL_HANDLERS, ClNotifyCloseAfHandler)
#endif
#ifndef NDIS_SIZEOF_CO_CALL_MANAGER_OPTIONAL_HANDLERS_REVISION_1
#define NDIS_SIZEOF_CO_CALL_MANAGER_OPTIONAL_HANDLERS_REVISION_1 RTL_SIZEOF_THROUGH_FIELD(NDIS_CO_CALL_MANAGER_OPTIONAL_HANDLERS, CmOidRequestCompleteHandler)
#endif
#ifndef NDIS_SIZEOF_IF_PROVIDER_CHARACTERISTICS_REVISION_1
#define NDIS_SIZEOF_IF_PROVIDER_CHARACTERISTICS_REVISION_1 RTL_SIZEOF_THROUGH_FIELD(NDIS_IF_PROVIDER_CHARACTERISTICS, Reserved2)
#endif
#ifndef NDIS_SIZEOF_NET_IF_INFORMATION_REVISION_1
#define NDIS_SIZEOF_NET_IF_INFORMATION_REVISION_1 RTL_SIZEOF_THROUGH_FIELD(NET_IF_INFORMATION, PhysicalMediumType)
#endif
typedef ULONG NDIS_HASH_FLAGS;
typedef ULONG NDIS_GFP_PROFILE_ID;
typedef CM_MCA_POS_DATA NDIS_MCA_POS_DATA;
typedef CM_MCA_POS_DATA *PNDIS_MCA_POS_DATA;
typedef CM_EISA_SLOT_INFORMATION NDIS_EISA_SLOT_INFORMATION;
typedef CM_EISA_SLOT_INFORMATION *PNDIS_EISA_SLOT_INFORMATION;
typedef CM_EISA_FUNCTION_INFORMATION NDIS_EISA_FUNCTION_INFORMATION;
typedef CM_EISA_FUNCTION_INFORMATION *PNDIS_EISA_FUNCTION_INFORMATION;
typedef void NDIS_PROC_CALLBACK(struct _NDIS_WORK_ITEM *WorkItem, PVOID Context);
typedef NDIS_PROC_CALLBACK *NDIS_PROC;
struct _NDIS_WORK_ITEM {
	PVOID Context;
	NDIS_PROC Routine;
	UCHAR WrapperReserved[64];
};
typedef struct _NDIS_WORK_ITEM NDIS_WORK_ITEM;
typedef struct _NDIS_WORK_ITEM *PNDIS_WORK_ITEM;
typedef KINTERRUPT_MODE NDIS_INTERRUPT_MODE;
typedef KINTERRUPT_MODE *PNDIS_INTERRUPT_MODE;
enum _NDIS_PROCESSOR_TYPE {
	NdisProcessorX86,
	NdisProcessorMips,
	NdisProcessorAlpha,
	NdisProcessorPpc,
	NdisProcessorAmd64,
	NdisProcessorIA64,
	NdisProcessorArm,
	NdisProcessorArm64
};
typedef enum _NDIS_PROCESSOR_TYPE NDIS_PROCESSOR_TYPE;
typedef enum _NDIS_PROCESSOR_TYPE *PNDIS_PROCESSOR_TYPE;
enum _NDIS_ENVIRONMENT_TYPE {
	NdisEnvironmentWindows,
	NdisEnvironmentWindowsNt
};
typedef enum _NDIS_ENVIRONMENT_TYPE NDIS_ENVIRONMENT_TYPE;
typedef enum _NDIS_ENVIRONMENT_TYPE *PNDIS_ENVIRONMENT_TYPE;
struct _NDIS_WAN_LINE_UP {
	ULONG LinkSpeed;
	ULONG MaximumTotalSize;
	NDIS_WAN_QUALITY Quality;
	USHORT SendWindow;
	UCHAR RemoteAddress[6];
	UCHAR LocalAddress[6];
	ULONG ProtocolBufferLength;
	PUCHAR ProtocolBuffer;
	USHORT ProtocolType;
	NDIS_STRING DeviceName;
};
typedef struct _NDIS_WAN_LINE_UP NDIS_WAN_LINE_UP;
typedef struct _NDIS_WAN_LINE_UP *PNDIS_WAN_LINE_UP;
struct _NDIS_WAN_LINE_DOWN {
	UCHAR RemoteAddress[6];
	UCHAR LocalAddress[6];
};
typedef struct _NDIS_WAN_LINE_DOWN NDIS_WAN_LINE_DOWN;
typedef struct _NDIS_WAN_LINE_DOWN *PNDIS_WAN_LINE_DOWN;
struct _NDIS_WAN_FRAGMENT {
	UCHAR RemoteAddress[6];
	UCHAR LocalAddress[6];
};
typedef struct _NDIS_WAN_FRAGMENT NDIS_WAN_FRAGMENT;
typedef struct _NDIS_WAN_FRAGMENT *PNDIS_WAN_FRAGMENT;
struct _NDIS_WAN_GET_STATS {
	UCHAR LocalAddress[6];
	ULONG BytesSent;
	ULONG BytesRcvd;
	ULONG FramesSent;
	ULONG FramesRcvd;
	ULONG CRCErrors;
	ULONG TimeoutErrors;
	ULONG AlignmentErrors;
	ULONG SerialOverrunErrors;
	ULONG FramingErrors;
	ULONG BufferOverrunErrors;
	ULONG BytesTransmittedUncompressed;
	ULONG BytesReceivedUncompressed;
	ULONG BytesTransmittedCompressed;
	ULONG BytesReceivedCompressed;
};
typedef struct _NDIS_WAN_GET_STATS NDIS_WAN_GET_STATS;
typedef struct _NDIS_WAN_GET_STATS *PNDIS_WAN_GET_STATS;
enum _NDIS_CLASS_ID {
	NdisClass802_3Priority,
	NdisClassWirelessWanMbxMailbox,
	NdisClassIrdaPacketInfo,
	NdisClassAtmAALInfo
};
typedef enum _NDIS_CLASS_ID NDIS_CLASS_ID;
struct _MEDIA_SPECIFIC_INFORMATION {
	UINT NextEntryOffset;
	NDIS_CLASS_ID ClassId;
	UINT Size;
	UCHAR ClassInformation[1];
};
typedef struct _MEDIA_SPECIFIC_INFORMATION MEDIA_SPECIFIC_INFORMATION;
typedef struct _MEDIA_SPECIFIC_INFORMATION *PMEDIA_SPECIFIC_INFORMATION;
typedef enum _NDIS_PER_PACKET_INFO NDIS_PER_PACKET_INFO;
typedef enum _NDIS_PER_PACKET_INFO *PNDIS_PER_PACKET_INFO;
struct _NDIS_TCP_IP_CHECKSUM_PACKET_INFO {
	union {
		struct {
			ULONG NdisPacketChecksumV4 : 1;
			ULONG NdisPacketChecksumV6 : 1;
			ULONG NdisPacketTcpChecksum : 1;
			ULONG NdisPacketUdpChecksum : 1;
			ULONG NdisPacketIpChecksum : 1;
		} Transmit;
		struct {
			ULONG NdisPacketTcpChecksumFailed : 1;
			ULONG NdisPacketUdpChecksumFailed : 1;
			ULONG NdisPacketIpChecksumFailed : 1;
			ULONG NdisPacketTcpChecksumSucceeded : 1;
			ULONG NdisPacketUdpChecksumSucceeded : 1;
			ULONG NdisPacketIpChecksumSucceeded : 1;
			ULONG NdisPacketLoopback : 1;
		} Receive;
		ULONG Value;
	};
};
typedef struct _NDIS_TCP_IP_CHECKSUM_PACKET_INFO NDIS_TCP_IP_CHECKSUM_PACKET_INFO;
typedef struct _NDIS_TCP_IP_CHECKSUM_PACKET_INFO *PNDIS_TCP_IP_CHECKSUM_PACKET_INFO;
struct _NDIS_PACKET_8021Q_INFO {
	union {
		struct {
			UINT32 UserPriority : 3;
			UINT32 CanonicalFormatId : 1;
			UINT32 VlanId : 12;
			UINT32 Reserved : 16;
		} TagHeader;
		PVOID Value;
	};
};
typedef struct _NDIS_PACKET_8021Q_INFO NDIS_PACKET_8021Q_INFO;
typedef struct _NDIS_PACKET_8021Q_INFO *PNDIS_PACKET_8021Q_INFO;
typedef ULONG NDIS_AF;
typedef ULONG *PNDIS_AF;
typedef struct {
	NDIS_AF AddressFamily;
	ULONG MajorVersion;
	ULONG MinorVersion;
} CO_ADDRESS_FAMILY;
typedef CO_ADDRESS_FAMILY *PCO_ADDRESS_FAMILY;
typedef struct {
	ULONG SapType;
	ULONG SapLength;
	UCHAR Sap[1];
} CO_SAP;
typedef CO_SAP *PCO_SAP;
struct _NDIS_PHYSICAL_ADDRESS_UNIT {
	NDIS_PHYSICAL_ADDRESS PhysicalAddress;
	UINT Length;
};
typedef struct _NDIS_PHYSICAL_ADDRESS_UNIT NDIS_PHYSICAL_ADDRESS_UNIT;
typedef struct _NDIS_PHYSICAL_ADDRESS_UNIT *PNDIS_PHYSICAL_ADDRESS_UNIT;
struct _REFERENCE {
	KSPIN_LOCK SpinLock;
	USHORT ReferenceCount;
	BOOLEAN Closing;
};
typedef struct _REFERENCE REFERENCE;
typedef struct _REFERENCE *PREFERENCE;
void NdisCopyBuffer(PNDIS_STATUS Status, PNDIS_BUFFER *Buffer, NDIS_HANDLE PoolHandle, PVOID MemoryDescriptor, UINT Offset, UINT Length);
typedef struct _NDIS_WRAPPER_HANDLE NDIS_WRAPPER_HANDLE;
typedef struct _NDIS_WRAPPER_HANDLE *PNDIS_WRAPPER_HANDLE;
typedef struct _NDIS_PROTOCOL_BLOCK NDIS_PROTOCOL_BLOCK;
typedef struct _NDIS_PROTOCOL_BLOCK *PNDIS_PROTOCOL_BLOCK;
typedef struct _NDIS_OPEN_BLOCK NDIS_OPEN_BLOCK;
typedef struct _NDIS_OPEN_BLOCK *PNDIS_OPEN_BLOCK;
typedef struct _NDIS_M_DRIVER_BLOCK NDIS_M_DRIVER_BLOCK;
typedef struct _NDIS_M_DRIVER_BLOCK *PNDIS_M_DRIVER_BLOCK;
typedef struct _NDIS_MINIPORT_BLOCK NDIS_MINIPORT_BLOCK;
typedef struct _NDIS_MINIPORT_BLOCK *PNDIS_MINIPORT_BLOCK;
typedef struct _CO_CALL_PARAMETERS CO_CALL_PARAMETERS;
typedef struct _CO_CALL_PARAMETERS *PCO_CALL_PARAMETERS;
typedef struct _CO_MEDIA_PARAMETERS CO_MEDIA_PARAMETERS;
typedef struct _CO_MEDIA_PARAMETERS *PCO_MEDIA_PARAMETERS;
typedef struct _NDIS_CALL_MANAGER_CHARACTERISTICS *PNDIS_CALL_MANAGER_CHARACTERISTICS;
typedef struct _NDIS_AF_LIST NDIS_AF_LIST;
typedef struct _NDIS_AF_LIST *PNDIS_AF_LIST;
typedef struct _X_FILTER ETH_FILTER;
typedef struct _X_FILTER *PETH_FILTER;
typedef struct _X_FILTER TR_FILTER;
typedef struct _X_FILTER *PTR_FILTER;
typedef struct _X_FILTER NULL_FILTER;
typedef struct _X_FILTER *PNULL_FILTER;
struct _NDIS_TIMER {
	KTIMER Timer;
	KDPC Dpc;
};
typedef struct _NDIS_TIMER NDIS_TIMER;
typedef struct _NDIS_TIMER *PNDIS_TIMER;
void NdisInitializeTimer(PNDIS_TIMER Timer, PNDIS_TIMER_FUNCTION TimerFunction, PVOID FunctionContext);
void NdisCancelTimer(PNDIS_TIMER Timer, PBOOLEAN TimerCancelled);
void NdisSetTimer(PNDIS_TIMER Timer, UINT MillisecondsToDelay);
void NdisSetPeriodicTimer(PNDIS_TIMER NdisTimer, UINT MillisecondsPeriod);
void NdisSetTimerEx(PNDIS_TIMER NdisTimer, UINT MillisecondsToDelay, PVOID FunctionContext);
struct _NDIS_PROCESSOR_INFO {
	ULONG CpuNumber;
	ULONG PhysicalPackageId;
	ULONG CoreId;
	ULONG HyperThreadID;
};
typedef struct _NDIS_PROCESSOR_INFO NDIS_PROCESSOR_INFO;
typedef struct _NDIS_PROCESSOR_INFO *PNDIS_PROCESSOR_INFO;
struct _NDIS_SYSTEM_PROCESSOR_INFO {
	NDIS_OBJECT_HEADER Header;
	ULONG Flags;
	NDIS_PROCESSOR_VENDOR ProcessorVendor;
	ULONG NumPhysicalPackages;
	ULONG NumCores;
	ULONG NumCoresPerPhysicalPackage;
	ULONG MaxHyperThreadingCpusPerCore;
	ULONG RssBaseCpu;
	ULONG RssCpuCount;
	PUCHAR RssProcessors;
	NDIS_PROCESSOR_INFO CpuInfo[64];
};
typedef struct _NDIS_SYSTEM_PROCESSOR_INFO NDIS_SYSTEM_PROCESSOR_INFO;
typedef struct _NDIS_SYSTEM_PROCESSOR_INFO *PNDIS_SYSTEM_PROCESSOR_INFO;
NDIS_STATUS NdisGetProcessorInformation(PNDIS_SYSTEM_PROCESSOR_INFO SystemProcessorInfo);
struct _NDIS_FILTER_INTERFACE {
	NDIS_OBJECT_HEADER Header;
	ULONG Flags;
	ULONG FilterType;
	ULONG FilterRunType;
	NET_IFINDEX IfIndex;
	NET_LUID NetLuid;
	NDIS_STRING FilterClass;
	NDIS_STRING FilterInstanceName;
};
typedef struct _NDIS_FILTER_INTERFACE NDIS_FILTER_INTERFACE;
typedef struct _NDIS_FILTER_INTERFACE *PNDIS_FILTER_INTERFACE;
struct _NDIS_ENUM_FILTERS {
	NDIS_OBJECT_HEADER Header;
	ULONG Flags;
	ULONG NumberOfFilters;
	ULONG OffsetFirstFilter;
	NDIS_FILTER_INTERFACE Filter[1];
};
typedef struct _NDIS_ENUM_FILTERS NDIS_ENUM_FILTERS;
typedef struct _NDIS_ENUM_FILTERS *PNDIS_ENUM_FILTERS;
struct _NDIS_DRIVER_WRAPPER_HANDLE {
	NDIS_OBJECT_HEADER Header;
	NDIS_HANDLE NdisWrapperHandle;
};
typedef struct _NDIS_DRIVER_WRAPPER_HANDLE NDIS_DRIVER_WRAPPER_HANDLE;
typedef struct _NDIS_DRIVER_WRAPPER_HANDLE *PNDIS_DRIVER_WRAPPER_HANDLE;
typedef NDIS_STATUS (* ALLOCATE_SHARED_MEMORY_HANDLER)(NDIS_HANDLE, PNDIS_SHARED_MEMORY_PARAMETERS, PNDIS_HANDLE);
typedef void (* FREE_SHARED_MEMORY_HANDLER)(NDIS_HANDLE, NDIS_HANDLE);
struct _NDIS_SHARED_MEMORY_PROVIDER_CHARACTERISTICS {
	NDIS_OBJECT_HEADER Header;
	ULONG Flags;
	NDIS_HANDLE ProviderContext;
	ALLOCATE_SHARED_MEMORY_HANDLER AllocateSharedMemoryHandler;
	FREE_SHARED_MEMORY_HANDLER FreeSharedMemoryHandler;
};
typedef struct _NDIS_SHARED_MEMORY_PROVIDER_CHARACTERISTICS NDIS_SHARED_MEMORY_PROVIDER_CHARACTERISTICS;
typedef struct _NDIS_SHARED_MEMORY_PROVIDER_CHARACTERISTICS *PNDIS_SHARED_MEMORY_PROVIDER_CHARACTERISTICS;
struct _NDIS_SRIOV_VF_CONFIG_STATE {
	NDIS_OBJECT_HEADER Header;
	NDIS_SRIOV_FUNCTION_ID VFId;
	ULONG BlockId;
	ULONG Length;
};
typedef struct _NDIS_SRIOV_VF_CONFIG_STATE NDIS_SRIOV_VF_CONFIG_STATE;
typedef struct _NDIS_SRIOV_VF_CONFIG_STATE *PNDIS_SRIOV_VF_CONFIG_STATE;
struct _NDIS_RECEIVE_FILTER_QUEUE_STATE_CHANGE {
	NDIS_OBJECT_HEADER Header;
	ULONG QueueId;
};
typedef struct _NDIS_RECEIVE_FILTER_QUEUE_STATE_CHANGE NDIS_RECEIVE_FILTER_QUEUE_STATE_CHANGE;
typedef struct _NDIS_RECEIVE_FILTER_QUEUE_STATE_CHANGE *PNDIS_RECEIVE_FILTER_QUEUE_STATE_CHANGE;
typedef struct _NDIS_PD_QUEUE NDIS_PD_QUEUE;
struct NDIS_PD_COUNTER_HANDLE__ {
	int unused;
};
typedef struct NDIS_PD_COUNTER_HANDLE__ *NDIS_PD_COUNTER_HANDLE;
struct NDIS_PD_FILTER_HANDLE__ {
	int unused;
};
typedef struct NDIS_PD_FILTER_HANDLE__ *NDIS_PD_FILTER_HANDLE;
typedef PHYSICAL_ADDRESS DMA_LOGICAL_ADDRESS;
struct _PD_BUFFER_8021Q_INFO {
	UINT16 UserPriority : 3;
	UINT16 CanonicalFormatId : 1;
	UINT16 VlanId : 12;
};
typedef struct _PD_BUFFER_8021Q_INFO PD_BUFFER_8021Q_INFO;
struct _PD_BUFFER_VIRTUAL_SUBNET_INFO {
	UINT32 VirtualSubnetId : 24;
	UINT32 Reserved : 8;
};
typedef struct _PD_BUFFER_VIRTUAL_SUBNET_INFO PD_BUFFER_VIRTUAL_SUBNET_INFO;
struct _PD_BUFFER {
	struct _PD_BUFFER *NextPDBuffer;
	struct _PD_BUFFER *NextPartialPDBuffer;
	PVOID PDClientReserved;
	PVOID PDClientContext;
	PUCHAR DataBufferVirtualAddress;
	DMA_LOGICAL_ADDRESS DataBufferDmaLogicalAddress;
	ULONG DataBufferSize;
	USHORT PDClientContextSize;
	USHORT Attributes;
	USHORT Flags;
	USHORT DataStart;
	ULONG DataLength;
	union {
		struct {
			union {
				ULONG64 RxFilterContext;
				ULONG64 GftFlowEntryId;
			};
			ULONG RxHashValue;
			union {
				struct {
					ULONG RxIPHeaderChecksumSucceeded : 1;
					ULONG RxTCPChecksumSucceeded : 1;
					ULONG RxUDPChecksumSucceeded : 1;
					ULONG RxIPHeaderChecksumFailed : 1;
					ULONG RxTCPChecksumFailed : 1;
					ULONG RxUDPChecksumFailed : 1;
					ULONG RxHashComputed : 1;
					ULONG RxHashWithL4PortNumbers : 1;
					ULONG RxGftDirectionIngress : 1;
					ULONG RxGftExceptionPacket : 1;
					ULONG RxGftCopyPacket : 1;
					ULONG RxGftSamplePacket : 1;
					ULONG RxReserved1 : 4;
					ULONG RxCoalescedSegCount : 16;
					ULONG RxRscTcpTimestampDelta;
				};
				ULONG RxOffloads[2];
			};
			union {
				struct {
					ULONG TxIsIPv4 : 1;
					ULONG TxIsIPv6 : 1;
					ULONG TxTransportHeaderOffset : 10;
					ULONG TxMSS : 20;
					ULONG TxComputeIPHeaderChecksum : 1;
					ULONG TxComputeTCPChecksum : 1;
					ULONG TxComputeUDPChecksum : 1;
					ULONG TxIsEncapsulatedPacket : 1;
					ULONG TxInnerPacketOffsetsValid : 1;
					ULONG TxReserved1 : 11;
					ULONG TxInnerFrameOffset : 8;
					ULONG TxInnerIpHeaderRelativeOffset : 6;
					ULONG TxInnerIsIPv6 : 1;
					ULONG TxInnerTcpOptionsPresent : 1;
				};
				ULONG TxOffloads[2];
			};
			PD_BUFFER_VIRTUAL_SUBNET_INFO VirtualSubnetInfo;
			PD_BUFFER_8021Q_INFO Ieee8021qInfo;
			USHORT GftSourceVPortId;
			ULONG Reserved;
			UINT64 ProviderScratch;
		} MetaDataV0;
	};
};
typedef struct _PD_BUFFER PD_BUFFER;
typedef void NDIS_PD_POST_AND_DRAIN_BUFFER_LIST(NDIS_PD_QUEUE *Queue, PD_BUFFER **PostBufferListHead, PD_BUFFER ***DrainBufferListTail, ULONG MaxDrainCount);
typedef NDIS_PD_POST_AND_DRAIN_BUFFER_LIST *NDIS_PD_POST_AND_DRAIN_BUFFER_LIST_HANDLER;
struct _NDIS_PD_POST_AND_DRAIN_ARG {
	PD_BUFFER *PostBufferListHead;
	PD_BUFFER **DrainBufferListTail;
	ULONG MaxDrainCount;
	ULONG DrainCount;
	ULONG PostCount;
	BOOLEAN QueueDepthThresholdReached;
};
typedef struct _NDIS_PD_POST_AND_DRAIN_ARG NDIS_PD_POST_AND_DRAIN_ARG;
typedef void NDIS_PD_POST_AND_DRAIN_BUFFER_LIST_EX(NDIS_PD_QUEUE *Queue, NDIS_PD_POST_AND_DRAIN_ARG *Arg);
typedef NDIS_PD_POST_AND_DRAIN_BUFFER_LIST_EX *NDIS_PD_POST_AND_DRAIN_BUFFER_LIST_EX_HANDLER;
typedef void NDIS_PD_FLUSH_QUEUE(NDIS_PD_QUEUE *Queue);
typedef NDIS_PD_FLUSH_QUEUE *NDIS_PD_FLUSH_QUEUE_HANDLER;
typedef void NDIS_PD_QUERY_QUEUE_DEPTH(const NDIS_PD_QUEUE *Queue, ULONG64 *Depth);
typedef NDIS_PD_QUERY_QUEUE_DEPTH *NDIS_PD_QUERY_QUEUE_DEPTH_HANDLER;
struct _NDIS_PD_QUEUE_DISPATCH {
	NDIS_OBJECT_HEADER Header;
	ULONG Flags;
	NDIS_PD_POST_AND_DRAIN_BUFFER_LIST_HANDLER PDPostAndDrainBufferList;
	NDIS_PD_QUERY_QUEUE_DEPTH_HANDLER PDQueryQueueDepth;
	NDIS_PD_FLUSH_QUEUE_HANDLER PDFlushQueue;
	NDIS_PD_POST_AND_DRAIN_BUFFER_LIST_EX_HANDLER PDPostAndDrainBufferListEx;
};
typedef struct _NDIS_PD_QUEUE_DISPATCH NDIS_PD_QUEUE_DISPATCH;
struct _NDIS_PD_QUEUE {
	NDIS_OBJECT_HEADER Header;
	ULONG Flags;
	const NDIS_PD_QUEUE_DISPATCH *Dispatch;
	PVOID PDPlatformReserved[2];
	PVOID PDClientReserved[2];
};
typedef enum {
	PDQueueTypeUnknown,
	PDQueueTypeReceive,
	PDQueueTypeTransmit,
	PDQueueTypeMax
} NDIS_PD_QUEUE_TYPE;
struct __declspec(align(8)) _NDIS_PD_QUEUE_PARAMETERS {
	NDIS_OBJECT_HEADER Header;
	ULONG Flags;
	NDIS_PD_QUEUE_TYPE QueueType;
	ULONG QueueSize;
	ULONG ReceiveDataLength;
	GROUP_AFFINITY Affinity;
	ULONG TrafficClassId;
	ULONG MaximumPartialBufferCount;
	NDIS_PD_COUNTER_HANDLE CounterHandle;
};
typedef struct _NDIS_PD_QUEUE_PARAMETERS NDIS_PD_QUEUE_PARAMETERS;
struct __declspec(align(8)) _NDIS_PD_ACQUIRE_QUEUES_PARAMETERS {
	NDIS_OBJECT_HEADER Header;
	ULONG Flags;
};
typedef struct _NDIS_PD_ACQUIRE_QUEUES_PARAMETERS NDIS_PD_ACQUIRE_QUEUES_PARAMETERS;
typedef enum {
	PDCounterTypeUnknown,
	PDCounterTypeReceiveQueue,
	PDCounterTypeTransmitQueue,
	PDCounterTypeReceiveFilter,
	PDCounterTypeMax
} NDIS_PD_COUNTER_TYPE;
struct _NDIS_PD_RECEIVE_QUEUE_COUNTER {
	ULONG64 PacketsReceived;
	ULONG64 BytesReceived;
	ULONG64 PacketsDropped;
};
typedef struct _NDIS_PD_RECEIVE_QUEUE_COUNTER NDIS_PD_RECEIVE_QUEUE_COUNTER;
struct _NDIS_PD_TRANSMIT_QUEUE_COUNTER {
	ULONG64 PacketsTransmitted;
	ULONG64 BytesTransmitted;
};
typedef struct _NDIS_PD_TRANSMIT_QUEUE_COUNTER NDIS_PD_TRANSMIT_QUEUE_COUNTER;
struct _NDIS_PD_FILTER_COUNTER {
	ULONG64 PacketsMatched;
	ULONG64 BytesMatched;
};
typedef struct _NDIS_PD_FILTER_COUNTER NDIS_PD_FILTER_COUNTER;
union _NDIS_PD_COUNTER_VALUE {
	NDIS_PD_RECEIVE_QUEUE_COUNTER ReceiveQueue;
	NDIS_PD_TRANSMIT_QUEUE_COUNTER TransmitQueue;
	NDIS_PD_FILTER_COUNTER Filter;
};
typedef union _NDIS_PD_COUNTER_VALUE NDIS_PD_COUNTER_VALUE;
typedef union _NDIS_PD_COUNTER_VALUE *PNDIS_PD_COUNTER_VALUE;
struct _NDIS_PD_COUNTER_PARAMETERS {
	NDIS_OBJECT_HEADER Header;
	ULONG Flags;
	PCWSTR CounterName;
	NDIS_PD_COUNTER_TYPE Type;
};
typedef struct _NDIS_PD_COUNTER_PARAMETERS NDIS_PD_COUNTER_PARAMETERS;
struct __declspec(align(8)) _NDIS_PD_FILTER_PARAMETERS {
	NDIS_OBJECT_HEADER Header;
	ULONG Flags;
	NDIS_GFP_PROFILE_ID MatchProfileId;
	ULONG Priority;
	NDIS_PD_COUNTER_HANDLE CounterHandle;
	NDIS_PD_QUEUE *TargetReceiveQueue;
	ULONG64 RxFilterContext;
	PUCHAR HeaderGroupMatchArray;
	ULONG HeaderGroupMatchArrayNumElements;
	ULONG HeaderGroupMatchArrayElementSize;
	ULONG HeaderGroupMatchArrayTotalSize;
};
typedef struct _NDIS_PD_FILTER_PARAMETERS NDIS_PD_FILTER_PARAMETERS;
struct NDIS_PD_PROVIDER_HANDLE__ {
	int unused;
};
typedef struct NDIS_PD_PROVIDER_HANDLE__ *NDIS_PD_PROVIDER_HANDLE;
typedef NTSTATUS NDIS_PD_ALLOCATE_QUEUE(NDIS_PD_PROVIDER_HANDLE ProviderHandle, const NDIS_PD_QUEUE_PARAMETERS *QueueParameters, NDIS_PD_QUEUE **NdisPDQueue);
typedef NDIS_PD_ALLOCATE_QUEUE *NDIS_PD_ALLOCATE_QUEUE_HANDLER;
typedef void NDIS_PD_FREE_QUEUE(NDIS_PD_QUEUE *NdisPDQueue);
typedef NDIS_PD_FREE_QUEUE *NDIS_PD_FREE_QUEUE_HANDLER;
typedef NTSTATUS NDIS_PD_ACQUIRE_RECEIVE_QUEUES(NDIS_PD_PROVIDER_HANDLE ProviderHandle, const NDIS_PD_ACQUIRE_QUEUES_PARAMETERS *Parameters, NDIS_PD_QUEUE **NdisPDQueueArray, ULONG *QueueCount, NDIS_PD_QUEUE_PARAMETERS *QueueParametersArray, ULONG *QueueParametersArraySize, ULONG *QueueParametersArrayElementSize);
typedef NDIS_PD_ACQUIRE_RECEIVE_QUEUES *NDIS_PD_ACQUIRE_RECEIVE_QUEUES_HANDLER;
typedef void NDIS_PD_RELEASE_RECEIVE_QUEUES(NDIS_PD_PROVIDER_HANDLE ProviderHandle);
typedef NDIS_PD_RELEASE_RECEIVE_QUEUES *NDIS_PD_RELEASE_RECEIVE_QUEUES_HANDLER;
typedef NTSTATUS NDIS_PD_ALLOCATE_COUNTER(NDIS_PD_PROVIDER_HANDLE ProviderHandle, const NDIS_PD_COUNTER_PARAMETERS *CounterParameters, NDIS_PD_COUNTER_HANDLE *CounterHandle);
typedef NDIS_PD_ALLOCATE_COUNTER *NDIS_PD_ALLOCATE_COUNTER_HANDLER;
typedef void NDIS_PD_FREE_COUNTER(NDIS_PD_COUNTER_HANDLE CounterHandle);
typedef NDIS_PD_FREE_COUNTER *NDIS_PD_FREE_COUNTER_HANDLER;
typedef void NDIS_PD_QUERY_COUNTER(NDIS_PD_COUNTER_HANDLE CounterHandle, NDIS_PD_COUNTER_VALUE *CounterValue);
typedef NDIS_PD_QUERY_COUNTER *NDIS_PD_QUERY_COUNTER_HANDLER;
typedef NTSTATUS NDIS_PD_SET_RECEIVE_FILTER(NDIS_PD_PROVIDER_HANDLE ProviderHandle, const NDIS_PD_FILTER_PARAMETERS *FilterParameters, NDIS_PD_FILTER_HANDLE *FilterHandle);
typedef NDIS_PD_SET_RECEIVE_FILTER *NDIS_PD_SET_RECEIVE_FILTER_HANDLER;
typedef void NDIS_PD_CLEAR_RECEIVE_FILTER(NDIS_PD_FILTER_HANDLE FilterHandle);
typedef NDIS_PD_CLEAR_RECEIVE_FILTER *NDIS_PD_CLEAR_RECEIVE_FILTER_HANDLER;
typedef void NDIS_PD_REQUEST_DRAIN_NOTIFICATION(NDIS_PD_QUEUE *NdisPDQueue);
typedef NDIS_PD_REQUEST_DRAIN_NOTIFICATION *NDIS_PD_REQUEST_DRAIN_NOTIFICATION_HANDLER;
typedef enum {
	NdisPDCTL_IN,
	NdisPDCTL_OUT,
	NdisPDCTL_INOUT
} NDIS_PD_CONTROL_TYPE;
typedef enum {
	NdisPDQCTLUnknown,
	NdisPDQCTLQueueDepthThreshold,
	NdisPDQCTLModerationInterval,
	NdisPDQCTLModerationCount,
	NdisPDQCTLNotificationGroupId,
	NdisPDQCTLSchedulerQueueId,
	NdisPDQCTLMax
} NDIS_PD_QUEUE_CONTROL_CODE;
typedef NTSTATUS NDIS_PD_QUEUE_CONTROL(NDIS_PD_QUEUE *NdisPDQueue, NDIS_PD_CONTROL_TYPE ControlType, NDIS_PD_QUEUE_CONTROL_CODE ControlCode, PVOID InBuffer, ULONG InBufferSize, PVOID OutBuffer, ULONG OutBufferSize, ULONG *BytesReturned);
typedef NDIS_PD_QUEUE_CONTROL *NDIS_PD_QUEUE_CONTROL_HANDLER;
typedef enum {
	NdisPDPCTLUnknown,
	NdisPDPCTLCapabilities,
	NdisPDPCTLMax
} NDIS_PD_PROVIDER_CONTROL_CODE;
typedef NTSTATUS NDIS_PD_PROVIDER_CONTROL(NDIS_PD_PROVIDER_HANDLE ProviderHandle, NDIS_PD_CONTROL_TYPE ControlType, NDIS_PD_PROVIDER_CONTROL_CODE ControlCode, PVOID InBuffer, ULONG InBufferSize, PVOID OutBuffer, ULONG OutBufferSize, ULONG *BytesReturned);
typedef NDIS_PD_PROVIDER_CONTROL *NDIS_PD_PROVIDER_CONTROL_HANDLER;
struct _NDIS_PD_PROVIDER_DISPATCH {
	NDIS_OBJECT_HEADER Header;
	ULONG Flags;
	NDIS_PD_ALLOCATE_QUEUE_HANDLER NdisPDAllocateQueue;
	NDIS_PD_FREE_QUEUE_HANDLER NdisPDFreeQueue;
	NDIS_PD_ACQUIRE_RECEIVE_QUEUES_HANDLER NdisPDAcquireReceiveQueues;
	NDIS_PD_RELEASE_RECEIVE_QUEUES_HANDLER NdisPDReleaseReceiveQueues;
	NDIS_PD_ALLOCATE_COUNTER_HANDLER NdisPDAllocateCounter;
	NDIS_PD_FREE_COUNTER_HANDLER NdisPDFreeCounter;
	NDIS_PD_QUERY_COUNTER_HANDLER NdisPDQueryCounter;
	NDIS_PD_SET_RECEIVE_FILTER_HANDLER NdisPDSetReceiveFilter;
	NDIS_PD_CLEAR_RECEIVE_FILTER_HANDLER NdisPDClearReceiveFilter;
	NDIS_PD_REQUEST_DRAIN_NOTIFICATION_HANDLER NdisPDRequestDrainNotification;
	NDIS_PD_QUEUE_CONTROL_HANDLER NdisPDQueueControl;
	NDIS_PD_PROVIDER_CONTROL_HANDLER NdisPDProviderControl;
};
typedef struct _NDIS_PD_PROVIDER_DISPATCH NDIS_PD_PROVIDER_DISPATCH;
struct __declspec(align(8)) _NDIS_PD_OPEN_PROVIDER_PARAMETERS {
	NDIS_OBJECT_HEADER Header;
	ULONG Flags;
	NDIS_PD_PROVIDER_HANDLE ProviderHandle;
	const NDIS_PD_PROVIDER_DISPATCH *ProviderDispatch;
};
typedef struct _NDIS_PD_OPEN_PROVIDER_PARAMETERS NDIS_PD_OPEN_PROVIDER_PARAMETERS;
struct __declspec(align(8)) _NDIS_PD_CLOSE_PROVIDER_PARAMETERS {
	NDIS_OBJECT_HEADER Header;
	ULONG Flags;
	NDIS_PD_PROVIDER_HANDLE ProviderHandle;
};
typedef struct _NDIS_PD_CLOSE_PROVIDER_PARAMETERS NDIS_PD_CLOSE_PROVIDER_PARAMETERS;
struct _NDIS_NET_BUFFER_LIST_MEDIA_SPECIFIC_INFO {
	union {
		PVOID MediaSpecificInfo;
		PVOID NativeWifiSpecificInfo;
		PVOID Value;
	};
};
typedef struct _NDIS_NET_BUFFER_LIST_MEDIA_SPECIFIC_INFO NDIS_NET_BUFFER_LIST_MEDIA_SPECIFIC_INFO;
typedef struct _NDIS_NET_BUFFER_LIST_MEDIA_SPECIFIC_INFO *PNDIS_NET_BUFFER_LIST_MEDIA_SPECIFIC_INFO;
typedef struct _NDIS_NBL_MEDIA_MEDIA_SPECIFIC_INFORMATION NDIS_NBL_MEDIA_SPECIFIC_INFORMATION;
typedef struct _NDIS_NBL_MEDIA_MEDIA_SPECIFIC_INFORMATION *PNDIS_NBL_MEDIA_SPECIFIC_INFORMATION;
struct _NDIS_NBL_MEDIA_MEDIA_SPECIFIC_INFORMATION {
	PNDIS_NBL_MEDIA_SPECIFIC_INFORMATION NextEntry;
	ULONG Tag;
	__declspec(align(16)) UCHAR Data[1];
};
struct _NDIS_NET_BUFFER_LIST_VIRTUAL_SUBNET_INFO {
	union {
		struct {
			UINT32 VirtualSubnetId : 24;
			UINT32 ReservedVsidBits : 8;
			UINT32 Reserved;
		};
		PVOID Value;
	};
};
typedef struct _NDIS_NET_BUFFER_LIST_VIRTUAL_SUBNET_INFO NDIS_NET_BUFFER_LIST_VIRTUAL_SUBNET_INFO;
typedef struct _NDIS_NET_BUFFER_LIST_VIRTUAL_SUBNET_INFO *PNDIS_NET_BUFFER_LIST_VIRTUAL_SUBNET_INFO;
struct _NDIS_NET_BUFFER_LIST_GFT_OFFLOAD_INFO {
	ULONG Flags;
	USHORT VPortId;
	USHORT Reserved;
};
typedef struct _NDIS_NET_BUFFER_LIST_GFT_OFFLOAD_INFO NDIS_NET_BUFFER_LIST_GFT_OFFLOAD_INFO;
typedef struct _NDIS_NET_BUFFER_LIST_GFT_OFFLOAD_INFO *PNDIS_NET_BUFFER_LIST_GFT_OFFLOAD_INFO;
struct _NDIS_NBL_MEDIA_SPECIFIC_INFORMATION_EX {
	NDIS_OBJECT_HEADER Header;
	struct _NDIS_NBL_MEDIA_SPECIFIC_INFORMATION_EX *NextEntry;
	ULONG Tag;
	PVOID Data;
};
typedef struct _NDIS_NBL_MEDIA_SPECIFIC_INFORMATION_EX NDIS_NBL_MEDIA_SPECIFIC_INFORMATION_EX;
typedef struct _NDIS_NBL_MEDIA_SPECIFIC_INFORMATION_EX *PNDIS_NBL_MEDIA_SPECIFIC_INFORMATION_EX;
union _NDIS_RSC_NBL_INFO {
	struct {
		USHORT CoalescedSegCount;
		USHORT DupAckCount;
	} Info;
	PVOID Value;
};
typedef union _NDIS_RSC_NBL_INFO NDIS_RSC_NBL_INFO;
typedef union _NDIS_RSC_NBL_INFO *PNDIS_RSC_NBL_INFO;
struct _NDIS_IPSEC_OFFLOAD_V1_NET_BUFFER_LIST_INFO {
	union {
		struct {
			NDIS_HANDLE OffloadHandle;
		} Transmit;
		struct {
			USHORT SaDeleteReq : 1;
			USHORT CryptoDone : 1;
			USHORT NextCryptoDone : 1;
			USHORT Pad : 13;
			USHORT CryptoStatus;
		} Receive;
	};
};
typedef struct _NDIS_IPSEC_OFFLOAD_V1_NET_BUFFER_LIST_INFO NDIS_IPSEC_OFFLOAD_V1_NET_BUFFER_LIST_INFO;
typedef struct _NDIS_IPSEC_OFFLOAD_V1_NET_BUFFER_LIST_INFO *PNDIS_IPSEC_OFFLOAD_V1_NET_BUFFER_LIST_INFO;
struct _NDIS_TCP_LARGE_SEND_OFFLOAD_NET_BUFFER_LIST_INFO {
	union {
		struct {
			ULONG Unused : 30;
			ULONG Type : 1;
			ULONG Reserved2 : 1;
		} Transmit;
		struct {
			ULONG MSS : 20;
			ULONG TcpHeaderOffset : 10;
			ULONG Type : 1;
			ULONG Reserved2 : 1;
		} LsoV1Transmit;
		struct {
			ULONG TcpPayload : 30;
			ULONG Type : 1;
			ULONG Reserved2 : 1;
		} LsoV1TransmitComplete;
		struct {
			ULONG MSS : 20;
			ULONG TcpHeaderOffset : 10;
			ULONG Type : 1;
			ULONG IPVersion : 1;
		} LsoV2Transmit;
		struct {
			ULONG Reserved : 30;
			ULONG Type : 1;
			ULONG Reserved2 : 1;
		} LsoV2TransmitComplete;
		PVOID Value;
	};
};
typedef struct _NDIS_TCP_LARGE_SEND_OFFLOAD_NET_BUFFER_LIST_INFO NDIS_TCP_LARGE_SEND_OFFLOAD_NET_BUFFER_LIST_INFO;
typedef struct _NDIS_TCP_LARGE_SEND_OFFLOAD_NET_BUFFER_LIST_INFO *PNDIS_TCP_LARGE_SEND_OFFLOAD_NET_BUFFER_LIST_INFO;
struct _NDIS_TCP_SEND_OFFLOADS_SUPPLEMENTAL_NET_BUFFER_LIST_INFO {
	union {
		struct {
			ULONG IsEncapsulatedPacket : 1;
			ULONG EncapsulatedPacketOffsetsValid : 1;
			ULONG InnerFrameOffset : 8;
			ULONG TransportIpHeaderRelativeOffset : 6;
			ULONG TcpHeaderRelativeOffset : 10;
			ULONG IsInnerIPv6 : 1;
			ULONG TcpOptionsPresent : 1;
			ULONG Reserved : 4;
		} EncapsulatedPacketOffsets;
		PVOID Value;
	};
};
typedef struct _NDIS_TCP_SEND_OFFLOADS_SUPPLEMENTAL_NET_BUFFER_LIST_INFO NDIS_TCP_SEND_OFFLOADS_SUPPLEMENTAL_NET_BUFFER_LIST_INFO;
typedef struct _NDIS_TCP_SEND_OFFLOADS_SUPPLEMENTAL_NET_BUFFER_LIST_INFO *PNDIS_TCP_SEND_OFFLOADS_SUPPLEMENTAL_NET_BUFFER_LIST_INFO;
struct _NDIS_OFFLOAD_ENCAPSULATION {
	NDIS_OBJECT_HEADER Header;
	struct {
		ULONG Enabled;
		ULONG EncapsulationType;
		ULONG HeaderSize;
	} IPv4;
	struct {
		ULONG Enabled;
		ULONG EncapsulationType;
		ULONG HeaderSize;
	} IPv6;
};
typedef struct _NDIS_OFFLOAD_ENCAPSULATION NDIS_OFFLOAD_ENCAPSULATION;
typedef struct _NDIS_OFFLOAD_ENCAPSULATION *PNDIS_OFFLOAD_ENCAPSULATION;
struct _NDIS_IPSEC_OFFLOAD_V2_NET_BUFFER_LIST_INFO {
	union {
		struct {
			PVOID OffloadHandle;
		} Transmit;
		struct {
			ULONG SaDeleteReq : 1;
			ULONG CryptoDone : 1;
			ULONG NextCryptoDone : 1;
			ULONG Reserved : 13;
			ULONG CryptoStatus : 16;
		} Receive;
	};
};
typedef struct _NDIS_IPSEC_OFFLOAD_V2_NET_BUFFER_LIST_INFO NDIS_IPSEC_OFFLOAD_V2_NET_BUFFER_LIST_INFO;
typedef struct _NDIS_IPSEC_OFFLOAD_V2_NET_BUFFER_LIST_INFO *PNDIS_IPSEC_OFFLOAD_V2_NET_BUFFER_LIST_INFO;
struct _NDIS_IPSEC_OFFLOAD_V2_TUNNEL_NET_BUFFER_LIST_INFO {
	struct {
		NDIS_HANDLE TunnelHandle;
	} Transmit;
};
typedef struct _NDIS_IPSEC_OFFLOAD_V2_TUNNEL_NET_BUFFER_LIST_INFO NDIS_IPSEC_OFFLOAD_V2_TUNNEL_NET_BUFFER_LIST_INFO;
typedef struct _NDIS_IPSEC_OFFLOAD_V2_TUNNEL_NET_BUFFER_LIST_INFO *PNDIS_IPSEC_OFFLOAD_V2_TUNNEL_NET_BUFFER_LIST_INFO;
struct _NDIS_IPSEC_OFFLOAD_V2_HEADER_NET_BUFFER_LIST_INFO {
	union {
		struct {
			ULONG NextHeader : 8;
			ULONG PadLength : 8;
			ULONG AhHeaderOffset : 8;
			ULONG EspHeaderOffset : 8;
		} Transmit;
		struct {
			ULONG NextHeader : 8;
			ULONG PadLength : 8;
			ULONG HeaderInfoSet : 1;
		} Receive;
	};
};
typedef struct _NDIS_IPSEC_OFFLOAD_V2_HEADER_NET_BUFFER_LIST_INFO NDIS_IPSEC_OFFLOAD_V2_HEADER_NET_BUFFER_LIST_INFO;
typedef struct _NDIS_IPSEC_OFFLOAD_V2_HEADER_NET_BUFFER_LIST_INFO *PNDIS_IPSEC_OFFLOAD_V2_HEADER_NET_BUFFER_LIST_INFO;
enum _IPSEC_OFFLOAD_V2_OPERATION {
	IPsecOffloadV2Ah = 1,
	IPsecOffloadV2Esp,
	IPsecOffloadV2Max
};
typedef enum _IPSEC_OFFLOAD_V2_OPERATION IPSEC_OFFLOAD_V2_OPERATION;
typedef enum _IPSEC_OFFLOAD_V2_OPERATION *PIPSEC_OFFLOAD_V2_OPERATION;
typedef ULONG IPSEC_OFFLOAD_V2_SPI_TYPE;
struct _IPSEC_OFFLOAD_V2_ALGORITHM_INFO {
	ULONG Identifier;
	ULONG KeyLength;
	ULONG KeyOffsetBytes;
	ULONG AdditionalInfo;
};
typedef struct _IPSEC_OFFLOAD_V2_ALGORITHM_INFO IPSEC_OFFLOAD_V2_ALGORITHM_INFO;
typedef struct _IPSEC_OFFLOAD_V2_ALGORITHM_INFO *PIPSEC_OFFLOAD_V2_ALGORITHM_INFO;
struct _IPSEC_OFFLOAD_V2_SECURITY_ASSOCIATION {
	ULONG Flags;
	IPSEC_OFFLOAD_V2_OPERATION Operation;
	IPSEC_OFFLOAD_V2_SPI_TYPE Spi;
	IPSEC_OFFLOAD_V2_ALGORITHM_INFO AuthenticationAlgorithm;
	IPSEC_OFFLOAD_V2_ALGORITHM_INFO EncryptionAlgorithm;
	ULONG SequenceNumberHighOrder;
};
typedef struct _IPSEC_OFFLOAD_V2_SECURITY_ASSOCIATION IPSEC_OFFLOAD_V2_SECURITY_ASSOCIATION;
typedef struct _IPSEC_OFFLOAD_V2_SECURITY_ASSOCIATION *PIPSEC_OFFLOAD_V2_SECURITY_ASSOCIATION;
typedef struct _IPSEC_OFFLOAD_V2_ADD_SA IPSEC_OFFLOAD_V2_ADD_SA;
typedef struct _IPSEC_OFFLOAD_V2_ADD_SA *PIPSEC_OFFLOAD_V2_ADD_SA;
struct _IPSEC_OFFLOAD_V2_ADD_SA {
	NDIS_OBJECT_HEADER Header;
	PIPSEC_OFFLOAD_V2_ADD_SA Next;
	ULONG NumExtHdrs;
	ULONG Flags;
	union {
		struct {
			IPAddr SrcAddr;
			IPAddr DestAddr;
		} IPv4Endpoints;
		struct {
			UCHAR SrcAddr[16];
			UCHAR DestAddr[16];
		} IPv6Endpoints;
	};
	NDIS_HANDLE OffloadHandle;
	ULONG UdpEspEncapsulation;
	IPSEC_OFFLOAD_V2_SECURITY_ASSOCIATION SecAssoc[2];
	ULONG KeyLength;
	UCHAR KeyData[1];
};
typedef struct _IPSEC_OFFLOAD_V2_ADD_SA_EX IPSEC_OFFLOAD_V2_ADD_SA_EX;
typedef struct _IPSEC_OFFLOAD_V2_ADD_SA_EX *PIPSEC_OFFLOAD_V2_ADD_SA_EX;
struct _IPSEC_OFFLOAD_V2_ADD_SA_EX {
	NDIS_OBJECT_HEADER Header;
	ULONG NumExtHdrs;
	ULONG Flags;
	union {
		struct {
			IPAddr SrcAddr;
			IPAddr DestAddr;
		} IPv4Endpoints;
		struct {
			UCHAR SrcAddr[16];
			UCHAR DestAddr[16];
		} IPv6Endpoints;
	};
	NDIS_HANDLE OffloadHandle;
	ULONG UdpEspEncapsulation;
	IPSEC_OFFLOAD_V2_SECURITY_ASSOCIATION SecAssoc[2];
	ULONG KeyLength;
	ULONG KeyOffset;
	NDIS_SWITCH_PORT_ID SourceSwitchPortId;
	USHORT VlanId;
};
typedef struct _IPSEC_OFFLOAD_V2_DELETE_SA IPSEC_OFFLOAD_V2_DELETE_SA;
typedef struct _IPSEC_OFFLOAD_V2_DELETE_SA *PIPSEC_OFFLOAD_V2_DELETE_SA;
struct _IPSEC_OFFLOAD_V2_DELETE_SA {
	NDIS_OBJECT_HEADER Header;
	PIPSEC_OFFLOAD_V2_DELETE_SA Next;
	NDIS_HANDLE OffloadHandle;
};
struct _IPSEC_OFFLOAD_V2_UPDATE_SA {
	NDIS_OBJECT_HEADER Header;
	NDIS_HANDLE OffloadHandle;
	IPSEC_OFFLOAD_V2_OPERATION Operation;
	IPSEC_OFFLOAD_V2_SPI_TYPE Spi;
	ULONG SequenceNumberHighOrder;
};
typedef struct _IPSEC_OFFLOAD_V2_UPDATE_SA IPSEC_OFFLOAD_V2_UPDATE_SA;
typedef struct _IPSEC_OFFLOAD_V2_UPDATE_SA *PIPSEC_OFFLOAD_V2_UPDATE_SA;
typedef NDIS_STATUS PROTOCOL_CO_OID_REQUEST(NDIS_HANDLE ProtocolAfContext, NDIS_HANDLE ProtocolVcContext, NDIS_HANDLE ProtocolPartyContext, PNDIS_OID_REQUEST OidRequest);
typedef PROTOCOL_CO_OID_REQUEST (* CO_OID_REQUEST_HANDLER);
typedef void PROTOCOL_CO_OID_REQUEST_COMPLETE(NDIS_HANDLE ProtocolAfContext, NDIS_HANDLE ProtocolVcContext, NDIS_HANDLE ProtocolPartyContext, PNDIS_OID_REQUEST OidRequest, NDIS_STATUS Status);
typedef PROTOCOL_CO_OID_REQUEST_COMPLETE (* CO_OID_REQUEST_COMPLETE_HANDLER);
typedef NDIS_STATUS PROTOCOL_CO_CREATE_VC(NDIS_HANDLE ProtocolAfContext, NDIS_HANDLE NdisVcHandle, PNDIS_HANDLE ProtocolVcContext);
typedef PROTOCOL_CO_CREATE_VC (* CO_CREATE_VC_HANDLER);
typedef NDIS_STATUS PROTOCOL_CO_DELETE_VC(NDIS_HANDLE ProtocolVcContext);
typedef PROTOCOL_CO_DELETE_VC (* CO_DELETE_VC_HANDLER);
typedef void PROTOCOL_CO_AF_REGISTER_NOTIFY(NDIS_HANDLE ProtocolBindingContext, PCO_ADDRESS_FAMILY AddressFamily);
typedef PROTOCOL_CO_AF_REGISTER_NOTIFY (* CO_AF_REGISTER_NOTIFY_HANDLER);
typedef PROTOCOL_CO_AF_REGISTER_NOTIFY PROTCOL_CO_AF_REGISTER_NOTIFY;
typedef void PROTOCOL_CO_RECEIVE_NET_BUFFER_LISTS(NDIS_HANDLE ProtocolBindingContext, NDIS_HANDLE ProtocolVcContext, PNET_BUFFER_LIST NetBufferLists, ULONG NumberOfNetBufferLists, ULONG ReceiveFlags);
typedef PROTOCOL_CO_RECEIVE_NET_BUFFER_LISTS (* CO_RECEIVE_NET_BUFFER_LISTS_HANDLER);
typedef void PROTOCOL_CO_SEND_NET_BUFFER_LISTS_COMPLETE(NDIS_HANDLE ProtocolVcContext, PNET_BUFFER_LIST NetBufferLists, ULONG SendCompleteFlags);
typedef PROTOCOL_CO_SEND_NET_BUFFER_LISTS_COMPLETE (* CO_SEND_NET_BUFFER_LISTS_COMPLETE_HANDLER);
typedef void PROTOCOL_CO_STATUS_EX(NDIS_HANDLE ProtocolBindingContext, NDIS_HANDLE ProtocolVcContext, PNDIS_STATUS_INDICATION StatusIndication);
typedef PROTOCOL_CO_STATUS_EX (* CO_STATUS_HANDLER_EX);
typedef NDIS_STATUS PROTOCOL_CL_NOTIFY_CLOSE_AF(NDIS_HANDLE ClientAfContext);
typedef PROTOCOL_CL_NOTIFY_CLOSE_AF (* CL_NOTIFY_CLOSE_AF_HANDLER);
typedef void PROTOCOL_CL_OPEN_AF_COMPLETE_EX(NDIS_HANDLE ProtocolAfContext, NDIS_HANDLE NdisAfHandle, NDIS_STATUS Status);
typedef PROTOCOL_CL_OPEN_AF_COMPLETE_EX (* CL_OPEN_AF_COMPLETE_HANDLER_EX);
typedef void PROTOCOL_CM_NOTIFY_CLOSE_AF_COMPLETE(NDIS_HANDLE CallMgrAfContext, NDIS_STATUS Status);
typedef PROTOCOL_CM_NOTIFY_CLOSE_AF_COMPLETE (* CM_NOTIFY_CLOSE_AF_COMPLETE_HANDLER);
typedef NTSTATUS (* TDI_REGISTER_CALLBACK)(PUNICODE_STRING, HANDLE *);
typedef NTSTATUS (* TDI_PNP_HANDLER)(PUNICODE_STRING, PUNICODE_STRING, PUNICODE_STRING, PVOID, UINT, UINT);
void NdisRegisterTdiCallBack(TDI_REGISTER_CALLBACK RegisterCallback, TDI_PNP_HANDLER PnPHandler);
void NdisDeregisterTdiCallBack(void);
struct _NDIS_PROTOCOL_CO_CHARACTERISTICS {
	NDIS_OBJECT_HEADER Header;
	ULONG Flags;
	CO_STATUS_HANDLER_EX CoStatusHandlerEx;
	CO_AF_REGISTER_NOTIFY_HANDLER CoAfRegisterNotifyHandler;
	CO_RECEIVE_NET_BUFFER_LISTS_HANDLER CoReceiveNetBufferListsHandler;
	CO_SEND_NET_BUFFER_LISTS_COMPLETE_HANDLER CoSendNetBufferListsCompleteHandler;
};
typedef struct _NDIS_PROTOCOL_CO_CHARACTERISTICS NDIS_PROTOCOL_CO_CHARACTERISTICS;
typedef struct _NDIS_PROTOCOL_CO_CHARACTERISTICS *PNDIS_PROTOCOL_CO_CHARACTERISTICS;
struct _NDIS_BIND_FAILED_NOTIFICATION {
	NDIS_OBJECT_HEADER Header;
	NET_LUID MiniportNetLuid;
};
typedef struct _NDIS_BIND_FAILED_NOTIFICATION NDIS_BIND_FAILED_NOTIFICATION;
typedef struct _NDIS_BIND_FAILED_NOTIFICATION *PNDIS_BIND_FAILED_NOTIFICATION;
typedef PVOID NDIS_MINIPORT_DRIVER_CONTEXT;
typedef PVOID NDIS_MINIPORT_DRIVER_HANDLE;
typedef PVOID NDIS_MINIPORT_ADAPTER_CONTEXT;
typedef PVOID NDIS_MINIPORT_ADAPTER_HANDLE;
typedef NDIS_STATUS MINIPORT_CO_CREATE_VC(NDIS_HANDLE MiniportAdapterContext, NDIS_HANDLE NdisVcHandle, PNDIS_HANDLE MiniportVcContext);
typedef MINIPORT_CO_CREATE_VC (* W_CO_CREATE_VC_HANDLER);
typedef NDIS_STATUS MINIPORT_CO_DELETE_VC(NDIS_HANDLE MiniportVcContext);
typedef MINIPORT_CO_DELETE_VC (* W_CO_DELETE_VC_HANDLER);
typedef NDIS_STATUS MINIPORT_CO_ACTIVATE_VC(NDIS_HANDLE MiniportVcContext, PCO_CALL_PARAMETERS CallParameters);
typedef MINIPORT_CO_ACTIVATE_VC (* W_CO_ACTIVATE_VC_HANDLER);
typedef NDIS_STATUS MINIPORT_CO_DEACTIVATE_VC(NDIS_HANDLE MiniportVcContext);
typedef MINIPORT_CO_DEACTIVATE_VC (* W_CO_DEACTIVATE_VC_HANDLER);
typedef void MINIPORT_CO_SEND_NET_BUFFER_LISTS(NDIS_HANDLE MiniportVcContext, PNET_BUFFER_LIST NetBufferLists, ULONG SendFlags);
typedef MINIPORT_CO_SEND_NET_BUFFER_LISTS (* W_CO_SEND_NET_BUFFER_LISTS_HANDLER);
typedef NDIS_STATUS MINIPORT_CO_OID_REQUEST(NDIS_HANDLE MiniportAdapterContext, NDIS_HANDLE MiniportVcContext, PNDIS_OID_REQUEST NdisRequest);
typedef MINIPORT_CO_OID_REQUEST (* W_CO_OID_REQUEST_HANDLER);
typedef enum _NDIS_POWER_PROFILE NDIS_POWER_PROFILE;
typedef enum _NDIS_POWER_PROFILE *PNDIS_POWER_PROFILE;
typedef MINIPORT_ADD_DEVICE (* MINIPORT_ADD_DEVICE_HANDLER);
typedef MINIPORT_REMOVE_DEVICE (* MINIPORT_REMOVE_DEVICE_HANDLER);
typedef MINIPORT_PNP_IRP (* MINIPORT_PNP_IRP_HANDLER);
typedef MINIPORT_PNP_IRP MINIPORT_START_DEVICE;
typedef MINIPORT_PNP_IRP (* MINIPORT_START_DEVICE_HANDLER);
typedef MINIPORT_PNP_IRP (* MINIPORT_FILTER_RESOURCE_REQUIREMENTS_HANDLER);
ULONG NdisMQueueDpc(NDIS_HANDLE NdisInterruptHandle, ULONG MessageId, ULONG TargetProcessors, PVOID MiniportDpcContext);
struct _NDIS_MINIPORT_TIMER {
	KTIMER Timer;
	KDPC Dpc;
	PNDIS_TIMER_FUNCTION MiniportTimerFunction;
	PVOID MiniportTimerContext;
	PNDIS_MINIPORT_BLOCK Miniport;
	struct _NDIS_MINIPORT_TIMER *NextTimer;
};
typedef struct _NDIS_MINIPORT_TIMER NDIS_MINIPORT_TIMER;
typedef struct _NDIS_MINIPORT_TIMER *PNDIS_MINIPORT_TIMER;
NDIS_STATUS NdisMAllocateSharedMemoryAsync(NDIS_HANDLE MiniportAdapterHandle, ULONG Length, BOOLEAN Cached, PVOID Context);
struct _NDIS_DMA_DESCRIPTION {
	BOOLEAN DemandMode;
	BOOLEAN AutoInitialize;
	BOOLEAN DmaChannelSpecified;
	DMA_WIDTH DmaWidth;
	DMA_SPEED DmaSpeed;
	ULONG DmaPort;
	ULONG DmaChannel;
};
typedef struct _NDIS_DMA_DESCRIPTION NDIS_DMA_DESCRIPTION;
typedef struct _NDIS_DMA_DESCRIPTION *PNDIS_DMA_DESCRIPTION;
struct _NDIS_DMA_BLOCK {
	PVOID MapRegisterBase;
	KEVENT AllocationEvent;
	PVOID SystemAdapterObject;
	PVOID Miniport;
	BOOLEAN InProgress;
};
typedef struct _NDIS_DMA_BLOCK NDIS_DMA_BLOCK;
typedef struct _NDIS_DMA_BLOCK *PNDIS_DMA_BLOCK;
void NdisSetupDmaTransfer(PNDIS_STATUS Status, NDIS_HANDLE NdisDmaHandle, PNDIS_BUFFER Buffer, ULONG Offset, ULONG Length, BOOLEAN WriteToDevice);
void NdisCompleteDmaTransfer(PNDIS_STATUS Status, NDIS_HANDLE NdisDmaHandle, PNDIS_BUFFER Buffer, ULONG Offset, ULONG Length, BOOLEAN WriteToDevice);
NDIS_STATUS NdisMRegisterDmaChannel(PNDIS_HANDLE MiniportDmaHandle, NDIS_HANDLE MiniportAdapterHandle, UINT DmaChannel, BOOLEAN Dma32BitAddresses, PNDIS_DMA_DESCRIPTION DmaDescription, ULONG MaximumLength);
void NdisMDeregisterDmaChannel(NDIS_HANDLE MiniportDmaHandle);
ULONG NdisMReadDmaCounter(NDIS_HANDLE MiniportDmaHandle);
void NdisUpdateSharedMemory(NDIS_HANDLE NdisAdapterHandle, ULONG Length, PVOID VirtualAddress, NDIS_PHYSICAL_ADDRESS PhysicalAddress);
struct _NDIS_MINIPORT_CO_CHARACTERISTICS {
	NDIS_OBJECT_HEADER Header;
	ULONG Flags;
	W_CO_CREATE_VC_HANDLER CoCreateVcHandler;
	W_CO_DELETE_VC_HANDLER CoDeleteVcHandler;
	W_CO_ACTIVATE_VC_HANDLER CoActivateVcHandler;
	W_CO_DEACTIVATE_VC_HANDLER CoDeactivateVcHandler;
	W_CO_SEND_NET_BUFFER_LISTS_HANDLER CoSendNetBufferListsHandler;
	W_CO_OID_REQUEST_HANDLER CoOidRequestHandler;
};
typedef struct _NDIS_MINIPORT_CO_CHARACTERISTICS NDIS_MINIPORT_CO_CHARACTERISTICS;
typedef struct _NDIS_MINIPORT_CO_CHARACTERISTICS *PNDIS_MINIPORT_CO_CHARACTERISTICS;
void NdisMCoOidRequestComplete(NDIS_HANDLE MiniportAdapterHandle, NDIS_HANDLE NdisMiniportVcHandle, PNDIS_OID_REQUEST Request, NDIS_STATUS Status);
NDIS_STATUS NdisMCmOidRequest(NDIS_HANDLE NdisAfHandle, NDIS_HANDLE NdisVcHandle, NDIS_HANDLE NdisPartyHandle, PNDIS_OID_REQUEST NdisOidRequest);
void NdisMCoIndicateStatusEx(NDIS_HANDLE MiniportAdapterHandle, NDIS_HANDLE NdisVcHandle, PNDIS_STATUS_INDICATION StatusIndication);
typedef struct {
	union {
		PETH_FILTER EthDB;
		PNULL_FILTER NullDB;
	};
	PTR_FILTER TrDB;
	PVOID YYYDB;
	PVOID XXXDB;
} FILTERDBS;
typedef FILTERDBS *PFILTERDBS;
typedef UCHAR NDIS_DMA_SIZE;
void NdisMSetPeriodicTimer(PNDIS_MINIPORT_TIMER Timer, UINT MillisecondPeriod);
void NdisMInitializeTimer(PNDIS_MINIPORT_TIMER Timer, NDIS_HANDLE MiniportAdapterHandle, PNDIS_TIMER_FUNCTION TimerFunction, PVOID FunctionContext);
void NdisMCancelTimer(PNDIS_MINIPORT_TIMER Timer, PBOOLEAN TimerCancelled);
void NdisMCoActivateVcComplete(NDIS_STATUS Status, NDIS_HANDLE NdisVcHandle, PCO_CALL_PARAMETERS CallParameters);
void NdisMCoDeactivateVcComplete(NDIS_STATUS Status, NDIS_HANDLE NdisVcHandle);
NDIS_STATUS NdisMCmRegisterAddressFamily(NDIS_HANDLE MiniportAdapterHandle, PCO_ADDRESS_FAMILY AddressFamily, PNDIS_CALL_MANAGER_CHARACTERISTICS CmCharacteristics, UINT SizeOfCmCharacteristics);
NDIS_STATUS NdisMCmCreateVc(NDIS_HANDLE MiniportAdapterHandle, NDIS_HANDLE NdisAfHandle, NDIS_HANDLE MiniportVcContext, PNDIS_HANDLE NdisVcHandle);
NDIS_STATUS NdisMCmDeleteVc(NDIS_HANDLE NdisVcHandle);
NDIS_STATUS NdisMCmActivateVc(NDIS_HANDLE NdisVcHandle, PCO_CALL_PARAMETERS CallParameters);
NDIS_STATUS NdisMCmDeactivateVc(NDIS_HANDLE NdisVcHandle);
void NdisMCoSendNetBufferListsComplete(NDIS_HANDLE NdisVcHandle, PNET_BUFFER_LIST NetBufferLists, ULONG SendCompleteFlags);
void NdisMCoIndicateReceiveNetBufferLists(NDIS_HANDLE NdisVcHandle, PNET_BUFFER_LIST NetBufferLists, ULONG NumberOfNetBufferLists, ULONG CoReceiveFlags);
void NdisMResetMiniport(NDIS_HANDLE MiniportAdapterHandle);
typedef NDIS_STATUS MINIPORT_IDLE_NOTIFICATION(NDIS_HANDLE MiniportAdapterContext, BOOLEAN ForceIdle);
typedef MINIPORT_IDLE_NOTIFICATION (* MINIPORT_IDLE_NOTIFICATION_HANDLER);
typedef void MINIPORT_CANCEL_IDLE_NOTIFICATION(NDIS_HANDLE MiniportAdapterContext);
typedef MINIPORT_CANCEL_IDLE_NOTIFICATION (* MINIPORT_CANCEL_IDLE_NOTIFICATION_HANDLER);
struct _NDIS_MINIPORT_SS_CHARACTERISTICS {
	NDIS_OBJECT_HEADER Header;
	ULONG Flags;
	MINIPORT_IDLE_NOTIFICATION_HANDLER IdleNotificationHandler;
	MINIPORT_CANCEL_IDLE_NOTIFICATION_HANDLER CancelIdleNotificationHandler;
};
typedef struct _NDIS_MINIPORT_SS_CHARACTERISTICS NDIS_MINIPORT_SS_CHARACTERISTICS;
typedef struct _NDIS_MINIPORT_SS_CHARACTERISTICS *PNDIS_MINIPORT_SS_CHARACTERISTICS;
void NdisMTriggerPDDrainNotification(NDIS_PD_QUEUE *Queue, BOOLEAN Isr);
typedef void PROTOCOL_CL_OPEN_AF_COMPLETE(NDIS_STATUS Status, NDIS_HANDLE ProtocolAfContext, NDIS_HANDLE NdisAfHandle);
typedef PROTOCOL_CL_OPEN_AF_COMPLETE (* CL_OPEN_AF_COMPLETE_HANDLER);
typedef void PROTOCOL_CL_CLOSE_AF_COMPLETE(NDIS_STATUS Status, NDIS_HANDLE ProtocolAfContext);
typedef PROTOCOL_CL_CLOSE_AF_COMPLETE (* CL_CLOSE_AF_COMPLETE_HANDLER);
typedef void PROTOCOL_CL_REGISTER_SAP_COMPLETE(NDIS_STATUS Status, NDIS_HANDLE ProtocolSapContext, PCO_SAP Sap, NDIS_HANDLE NdisSapHandle);
typedef PROTOCOL_CL_REGISTER_SAP_COMPLETE (* CL_REG_SAP_COMPLETE_HANDLER);
typedef void PROTOCOL_CL_DEREGISTER_SAP_COMPLETE(NDIS_STATUS Status, NDIS_HANDLE ProtocolSapContext);
typedef PROTOCOL_CL_DEREGISTER_SAP_COMPLETE (* CL_DEREG_SAP_COMPLETE_HANDLER);
typedef void PROTOCOL_CL_MAKE_CALL_COMPLETE(NDIS_STATUS Status, NDIS_HANDLE ProtocolVcContext, NDIS_HANDLE NdisPartyHandle, PCO_CALL_PARAMETERS CallParameters);
typedef PROTOCOL_CL_MAKE_CALL_COMPLETE (* CL_MAKE_CALL_COMPLETE_HANDLER);
typedef void PROTOCOL_CL_CLOSE_CALL_COMPLETE(NDIS_STATUS Status, NDIS_HANDLE ProtocolVcContext, NDIS_HANDLE ProtocolPartyContext);
typedef PROTOCOL_CL_CLOSE_CALL_COMPLETE (* CL_CLOSE_CALL_COMPLETE_HANDLER);
typedef void PROTOCOL_CL_ADD_PARTY_COMPLETE(NDIS_STATUS Status, NDIS_HANDLE ProtocolPartyContext, NDIS_HANDLE NdisPartyHandle, PCO_CALL_PARAMETERS CallParameters);
typedef PROTOCOL_CL_ADD_PARTY_COMPLETE (* CL_ADD_PARTY_COMPLETE_HANDLER);
typedef void PROTOCOL_CL_DROP_PARTY_COMPLETE(NDIS_STATUS Status, NDIS_HANDLE ProtocolPartyContext);
typedef PROTOCOL_CL_DROP_PARTY_COMPLETE (* CL_DROP_PARTY_COMPLETE_HANDLER);
typedef NDIS_STATUS PROTOCOL_CL_INCOMING_CALL(NDIS_HANDLE ProtocolSapContext, NDIS_HANDLE ProtocolVcContext, PCO_CALL_PARAMETERS CallParameters);
typedef PROTOCOL_CL_INCOMING_CALL (* CL_INCOMING_CALL_HANDLER);
typedef void PROTOCOL_CL_CALL_CONNECTED(NDIS_HANDLE ProtocolVcContext);
typedef PROTOCOL_CL_CALL_CONNECTED (* CL_CALL_CONNECTED_HANDLER);
typedef void PROTOCOL_CL_INCOMING_CLOSE_CALL(NDIS_STATUS CloseStatus, NDIS_HANDLE ProtocolVcContext, PVOID CloseData, UINT Size);
typedef PROTOCOL_CL_INCOMING_CLOSE_CALL (* CL_INCOMING_CLOSE_CALL_HANDLER);
typedef void PROTOCOL_CL_INCOMING_DROP_PARTY(NDIS_STATUS DropStatus, NDIS_HANDLE ProtocolPartyContext, PVOID CloseData, UINT Size);
typedef PROTOCOL_CL_INCOMING_DROP_PARTY (* CL_INCOMING_DROP_PARTY_HANDLER);
typedef void PROTOCOL_CL_MODIFY_CALL_QOS_COMPLETE(NDIS_STATUS Status, NDIS_HANDLE ProtocolVcContext, PCO_CALL_PARAMETERS CallParameters);
typedef PROTOCOL_CL_MODIFY_CALL_QOS_COMPLETE (* CL_MODIFY_CALL_QOS_COMPLETE_HANDLER);
typedef void PROTOCOL_CL_INCOMING_CALL_QOS_CHANGE(NDIS_HANDLE ProtocolVcContext, PCO_CALL_PARAMETERS CallParameters);
typedef PROTOCOL_CL_INCOMING_CALL_QOS_CHANGE (* CL_INCOMING_CALL_QOS_CHANGE_HANDLER);
typedef NDIS_STATUS PROTOCOL_CM_OPEN_AF(NDIS_HANDLE CallMgrBindingContext, PCO_ADDRESS_FAMILY AddressFamily, NDIS_HANDLE NdisAfHandle, PNDIS_HANDLE CallMgrAfContext);
typedef PROTOCOL_CM_OPEN_AF (* CM_OPEN_AF_HANDLER);
typedef NDIS_STATUS PROTOCOL_CM_CLOSE_AF(NDIS_HANDLE CallMgrAfContext);
typedef PROTOCOL_CM_CLOSE_AF (* CM_CLOSE_AF_HANDLER);
typedef NDIS_STATUS PROTOCOL_CM_REG_SAP(NDIS_HANDLE CallMgrAfContext, PCO_SAP Sap, NDIS_HANDLE NdisSapHandle, PNDIS_HANDLE CallMgrSapContext);
typedef PROTOCOL_CM_REG_SAP (* CM_REG_SAP_HANDLER);
typedef NDIS_STATUS PROTOCOL_CM_DEREGISTER_SAP(NDIS_HANDLE CallMgrSapContext);
typedef PROTOCOL_CM_DEREGISTER_SAP (* CM_DEREG_SAP_HANDLER);
typedef NDIS_STATUS PROTOCOL_CM_MAKE_CALL(NDIS_HANDLE CallMgrVcContext, PCO_CALL_PARAMETERS CallParameters, NDIS_HANDLE NdisPartyHandle, PNDIS_HANDLE CallMgrPartyContext);
typedef PROTOCOL_CM_MAKE_CALL (* CM_MAKE_CALL_HANDLER);
typedef NDIS_STATUS PROTOCOL_CM_CLOSE_CALL(NDIS_HANDLE CallMgrVcContext, NDIS_HANDLE CallMgrPartyContext, PVOID CloseData, UINT Size);
typedef PROTOCOL_CM_CLOSE_CALL (* CM_CLOSE_CALL_HANDLER);
typedef NDIS_STATUS PROTOCOL_CM_MODIFY_QOS_CALL(NDIS_HANDLE CallMgrVcContext, PCO_CALL_PARAMETERS CallParameters);
typedef PROTOCOL_CM_MODIFY_QOS_CALL (* CM_MODIFY_CALL_QOS_HANDLER);
typedef void PROTOCOL_CM_INCOMING_CALL_COMPLETE(NDIS_STATUS Status, NDIS_HANDLE CallMgrVcContext, PCO_CALL_PARAMETERS CallParameters);
typedef PROTOCOL_CM_INCOMING_CALL_COMPLETE (* CM_INCOMING_CALL_COMPLETE_HANDLER);
typedef void PROTOCOL_CM_ACTIVATE_VC_COMPLETE(NDIS_STATUS Status, NDIS_HANDLE CallMgrVcContext, PCO_CALL_PARAMETERS CallParameters);
typedef PROTOCOL_CM_ACTIVATE_VC_COMPLETE (* CM_ACTIVATE_VC_COMPLETE_HANDLER);
typedef void PROTOCOL_CM_DEACTIVATE_VC_COMPLETE(NDIS_STATUS Status, NDIS_HANDLE CallMgrVcContext);
typedef PROTOCOL_CM_DEACTIVATE_VC_COMPLETE (* CM_DEACTIVATE_VC_COMPLETE_HANDLER);
typedef NDIS_STATUS PROTOCOL_CM_ADD_PARTY(NDIS_HANDLE CallMgrVcContext, PCO_CALL_PARAMETERS CallParameters, NDIS_HANDLE NdisPartyHandle, PNDIS_HANDLE CallMgrPartyContext);
typedef PROTOCOL_CM_ADD_PARTY (* CM_ADD_PARTY_HANDLER);
typedef NDIS_STATUS PROTOCOL_CM_DROP_PARTY(NDIS_HANDLE CallMgrPartyContext, PVOID CloseData, UINT Size);
typedef PROTOCOL_CM_DROP_PARTY (* CM_DROP_PARTY_HANDLER);
struct _CO_ADDRESS {
	ULONG AddressSize;
	UCHAR Address[1];
};
typedef struct _CO_ADDRESS CO_ADDRESS;
typedef struct _CO_ADDRESS *PCO_ADDRESS;
struct _CO_ADDRESS_LIST {
	ULONG NumberOfAddressesAvailable;
	ULONG NumberOfAddresses;
	CO_ADDRESS AddressList;
};
typedef struct _CO_ADDRESS_LIST CO_ADDRESS_LIST;
typedef struct _CO_ADDRESS_LIST *PCO_ADDRESS_LIST;
struct _CO_SPECIFIC_PARAMETERS {
	ULONG ParamType;
	ULONG Length;
	UCHAR Parameters[1];
};
typedef struct _CO_SPECIFIC_PARAMETERS CO_SPECIFIC_PARAMETERS;
typedef struct _CO_SPECIFIC_PARAMETERS *PCO_SPECIFIC_PARAMETERS;
struct _CO_CALL_MANAGER_PARAMETERS {
	FLOWSPEC Transmit;
	FLOWSPEC Receive;
	CO_SPECIFIC_PARAMETERS CallMgrSpecific;
};
typedef struct _CO_CALL_MANAGER_PARAMETERS CO_CALL_MANAGER_PARAMETERS;
typedef struct _CO_CALL_MANAGER_PARAMETERS *PCO_CALL_MANAGER_PARAMETERS;
struct _CO_MEDIA_PARAMETERS {
	ULONG Flags;
	ULONG ReceivePriority;
	ULONG ReceiveSizeHint;
	__declspec(align(8)) CO_SPECIFIC_PARAMETERS MediaSpecific;
};
struct _CO_CALL_PARAMETERS {
	ULONG Flags;
	PCO_CALL_MANAGER_PARAMETERS CallMgrParameters;
	PCO_MEDIA_PARAMETERS MediaParameters;
};
struct _CO_PVC {
	NDIS_HANDLE NdisAfHandle;
	CO_SPECIFIC_PARAMETERS PvcParameters;
};
typedef struct _CO_PVC CO_PVC;
typedef struct _CO_PVC *PCO_PVC;
NDIS_STATUS NdisCoAssignInstanceName(NDIS_HANDLE NdisVcHandle, PNDIS_STRING BaseInstanceName, PNDIS_STRING VcInstanceName);
NDIS_STATUS NdisCoCreateVc(NDIS_HANDLE NdisBindingHandle, NDIS_HANDLE NdisAfHandle, NDIS_HANDLE ProtocolVcContext, PNDIS_HANDLE NdisVcHandle);
NDIS_STATUS NdisCoDeleteVc(NDIS_HANDLE NdisVcHandle);
struct _VAR_STRING {
	ULONG ulTotalSize;
	ULONG ulNeededSize;
	ULONG ulUsedSize;
	ULONG ulStringFormat;
	ULONG ulStringSize;
	ULONG ulStringOffset;
};
typedef struct _VAR_STRING VAR_STRING;
typedef struct _VAR_STRING *PVAR_STRING;
NDIS_STATUS NdisCoGetTapiCallId(NDIS_HANDLE NdisVcHandle, PVAR_STRING TapiCallId);
NDIS_STATUS NdisClCloseAddressFamily(NDIS_HANDLE NdisAfHandle);
NDIS_STATUS NdisClRegisterSap(NDIS_HANDLE NdisAfHandle, NDIS_HANDLE ProtocolSapContext, PCO_SAP Sap, PNDIS_HANDLE NdisSapHandle);
NDIS_STATUS NdisClDeregisterSap(NDIS_HANDLE NdisSapHandle);
NDIS_STATUS NdisClMakeCall(NDIS_HANDLE NdisVcHandle, PCO_CALL_PARAMETERS CallParameters, NDIS_HANDLE ProtocolPartyContext, PNDIS_HANDLE NdisPartyHandle);
NDIS_STATUS NdisClCloseCall(NDIS_HANDLE NdisVcHandle, NDIS_HANDLE NdisPartyHandle, PVOID Buffer, UINT Size);
NDIS_STATUS NdisClModifyCallQoS(NDIS_HANDLE NdisVcHandle, PCO_CALL_PARAMETERS CallParameters);
void NdisClIncomingCallComplete(NDIS_STATUS Status, NDIS_HANDLE NdisVcHandle, PCO_CALL_PARAMETERS CallParameters);
NDIS_STATUS NdisClAddParty(NDIS_HANDLE NdisVcHandle, NDIS_HANDLE ProtocolPartyContext, PCO_CALL_PARAMETERS CallParameters, PNDIS_HANDLE NdisPartyHandle);
NDIS_STATUS NdisClDropParty(NDIS_HANDLE NdisPartyHandle, PVOID Buffer, UINT Size);
NDIS_STATUS NdisClGetProtocolVcContextFromTapiCallId(UNICODE_STRING TapiCallId, PNDIS_HANDLE ProtocolVcContext);
void NdisCmOpenAddressFamilyComplete(NDIS_STATUS Status, NDIS_HANDLE NdisAfHandle, NDIS_HANDLE CallMgrAfContext);
void NdisCmCloseAddressFamilyComplete(NDIS_STATUS Status, NDIS_HANDLE NdisAfHandle);
void NdisCmRegisterSapComplete(NDIS_STATUS Status, NDIS_HANDLE NdisSapHandle, NDIS_HANDLE CallMgrSapContext);
void NdisCmDeregisterSapComplete(NDIS_STATUS Status, NDIS_HANDLE NdisSapHandle);
NDIS_STATUS NdisCmActivateVc(NDIS_HANDLE NdisVcHandle, PCO_CALL_PARAMETERS CallParameters);
NDIS_STATUS NdisCmDeactivateVc(NDIS_HANDLE NdisVcHandle);
void NdisCmMakeCallComplete(NDIS_STATUS Status, NDIS_HANDLE NdisVcHandle, NDIS_HANDLE NdisPartyHandle, NDIS_HANDLE CallMgrPartyContext, PCO_CALL_PARAMETERS CallParameters);
void NdisCmCloseCallComplete(NDIS_STATUS Status, NDIS_HANDLE NdisVcHandle, NDIS_HANDLE NdisPartyHandle);
void NdisCmAddPartyComplete(NDIS_STATUS Status, NDIS_HANDLE NdisPartyHandle, NDIS_HANDLE CallMgrPartyContext, PCO_CALL_PARAMETERS CallParameters);
void NdisCmDropPartyComplete(NDIS_STATUS Status, NDIS_HANDLE NdisPartyHandle);
NDIS_STATUS NdisCmDispatchIncomingCall(NDIS_HANDLE NdisSapHandle, NDIS_HANDLE NdisVcHandle, PCO_CALL_PARAMETERS CallParameters);
void NdisCmDispatchCallConnected(NDIS_HANDLE NdisVcHandle);
void NdisCmModifyCallQoSComplete(NDIS_STATUS Status, NDIS_HANDLE NdisVcHandle, PCO_CALL_PARAMETERS CallParameters);
void NdisCmDispatchIncomingCallQoSChange(NDIS_HANDLE NdisVcHandle, PCO_CALL_PARAMETERS CallParameters);
void NdisCmDispatchIncomingCloseCall(NDIS_STATUS CloseStatus, NDIS_HANDLE NdisVcHandle, PVOID Buffer, UINT Size);
void NdisCmDispatchIncomingDropParty(NDIS_STATUS DropStatus, NDIS_HANDLE NdisPartyHandle, PVOID Buffer, UINT Size);
struct _NDIS_CO_CLIENT_OPTIONAL_HANDLERS {
	NDIS_OBJECT_HEADER Header;
	ULONG Reserved;
	CO_CREATE_VC_HANDLER ClCreateVcHandler;
	CO_DELETE_VC_HANDLER ClDeleteVcHandler;
	CO_OID_REQUEST_HANDLER ClOidRequestHandler;
	CO_OID_REQUEST_COMPLETE_HANDLER ClOidRequestCompleteHandler;
	CL_OPEN_AF_COMPLETE_HANDLER_EX ClOpenAfCompleteHandlerEx;
	CL_CLOSE_AF_COMPLETE_HANDLER ClCloseAfCompleteHandler;
	CL_REG_SAP_COMPLETE_HANDLER ClRegisterSapCompleteHandler;
	CL_DEREG_SAP_COMPLETE_HANDLER ClDeregisterSapCompleteHandler;
	CL_MAKE_CALL_COMPLETE_HANDLER ClMakeCallCompleteHandler;
	CL_MODIFY_CALL_QOS_COMPLETE_HANDLER ClModifyCallQoSCompleteHandler;
	CL_CLOSE_CALL_COMPLETE_HANDLER ClCloseCallCompleteHandler;
	CL_ADD_PARTY_COMPLETE_HANDLER ClAddPartyCompleteHandler;
	CL_DROP_PARTY_COMPLETE_HANDLER ClDropPartyCompleteHandler;
	CL_INCOMING_CALL_HANDLER ClIncomingCallHandler;
	CL_INCOMING_CALL_QOS_CHANGE_HANDLER ClIncomingCallQoSChangeHandler;
	CL_INCOMING_CLOSE_CALL_HANDLER ClIncomingCloseCallHandler;
	CL_INCOMING_DROP_PARTY_HANDLER ClIncomingDropPartyHandler;
	CL_CALL_CONNECTED_HANDLER ClCallConnectedHandler;
	CL_NOTIFY_CLOSE_AF_HANDLER ClNotifyCloseAfHandler;
};
typedef struct _NDIS_CO_CLIENT_OPTIONAL_HANDLERS NDIS_CO_CLIENT_OPTIONAL_HANDLERS;
typedef struct _NDIS_CO_CLIENT_OPTIONAL_HANDLERS *PNDIS_CO_CLIENT_OPTIONAL_HANDLERS;
struct _NDIS_CO_CALL_MANAGER_OPTIONAL_HANDLERS {
	NDIS_OBJECT_HEADER Header;
	ULONG Reserved;
	CO_CREATE_VC_HANDLER CmCreateVcHandler;
	CO_DELETE_VC_HANDLER CmDeleteVcHandler;
	CM_OPEN_AF_HANDLER CmOpenAfHandler;
	CM_CLOSE_AF_HANDLER CmCloseAfHandler;
	CM_REG_SAP_HANDLER CmRegisterSapHandler;
	CM_DEREG_SAP_HANDLER CmDeregisterSapHandler;
	CM_MAKE_CALL_HANDLER CmMakeCallHandler;
	CM_CLOSE_CALL_HANDLER CmCloseCallHandler;
	CM_INCOMING_CALL_COMPLETE_HANDLER CmIncomingCallCompleteHandler;
	CM_ADD_PARTY_HANDLER CmAddPartyHandler;
	CM_DROP_PARTY_HANDLER CmDropPartyHandler;
	CM_ACTIVATE_VC_COMPLETE_HANDLER CmActivateVcCompleteHandler;
	CM_DEACTIVATE_VC_COMPLETE_HANDLER CmDeactivateVcCompleteHandler;
	CM_MODIFY_CALL_QOS_HANDLER CmModifyCallQoSHandler;
	CO_OID_REQUEST_HANDLER CmOidRequestHandler;
	CO_OID_REQUEST_COMPLETE_HANDLER CmOidRequestCompleteHandler;
	CM_NOTIFY_CLOSE_AF_COMPLETE_HANDLER CmNotifyCloseAfCompleteHandler;
};
typedef struct _NDIS_CO_CALL_MANAGER_OPTIONAL_HANDLERS NDIS_CO_CALL_MANAGER_OPTIONAL_HANDLERS;
typedef struct _NDIS_CO_CALL_MANAGER_OPTIONAL_HANDLERS *PNDIS_CO_CALL_MANAGER_OPTIONAL_HANDLERS;
void NdisCoSendNetBufferLists(NDIS_HANDLE NdisVcHandle, PNET_BUFFER_LIST NetBufferLists, ULONG SendFlags);
NDIS_STATUS NdisCoOidRequest(NDIS_HANDLE NdisBindingHandle, NDIS_HANDLE NdisAfHandle, NDIS_HANDLE NdisVcHandle, NDIS_HANDLE NdisPartyHandle, PNDIS_OID_REQUEST OidRequest);
void NdisCoOidRequestComplete(NDIS_HANDLE NdisAfHandle, NDIS_HANDLE NdisVcHandle, NDIS_HANDLE NdisPartyHandle, PNDIS_OID_REQUEST OidRequest, NDIS_STATUS Status);
NDIS_STATUS NdisClOpenAddressFamilyEx(NDIS_HANDLE NdisBindingHandle, PCO_ADDRESS_FAMILY AddressFamily, NDIS_HANDLE ClientAfContext, PNDIS_HANDLE NdisAfHandle);
NDIS_STATUS NdisCmRegisterAddressFamilyEx(NDIS_HANDLE NdisBindingHandle, PCO_ADDRESS_FAMILY AddressFamily);
NDIS_STATUS NdisMCmRegisterAddressFamilyEx(NDIS_HANDLE MiniportAdapterHandle, PCO_ADDRESS_FAMILY AddressFamily);
NDIS_STATUS NdisCmNotifyCloseAddressFamily(NDIS_HANDLE NdisAfHandle);
void NdisClNotifyCloseAddressFamilyComplete(NDIS_HANDLE NdisAfHandle, NDIS_STATUS Status);
typedef FILTER_SET_MODULE_OPTIONS (* FILTER_SET_FILTER_MODULE_OPTIONS_HANDLER);
typedef NDIS_STATUS IF_QUERY_OBJECT(NDIS_HANDLE ProviderIfContext, NET_IF_OBJECT_ID ObjectId, PULONG pOutputBufferLength, PVOID pOutputBuffer);
typedef IF_QUERY_OBJECT *IFP_QUERY_OBJECT;
typedef NDIS_STATUS IF_SET_OBJECT(NDIS_HANDLE ProviderIfContext, NET_IF_OBJECT_ID ObjectId, ULONG InputBufferLength, PVOID pInputBuffer);
typedef IF_SET_OBJECT *IFP_SET_OBJECT;
struct _NDIS_IF_PROVIDER_CHARACTERISTICS {
	NDIS_OBJECT_HEADER Header;
	IFP_QUERY_OBJECT QueryObjectHandler;
	IFP_SET_OBJECT SetObjectHandler;
	PVOID Reserved1;
	PVOID Reserved2;
};
typedef struct _NDIS_IF_PROVIDER_CHARACTERISTICS NDIS_IF_PROVIDER_CHARACTERISTICS;
typedef struct _NDIS_IF_PROVIDER_CHARACTERISTICS *PNDIS_IF_PROVIDER_CHARACTERISTICS;
struct _NET_IF_INFORMATION {
	NDIS_OBJECT_HEADER Header;
	ULONG Flags;
	NET_PHYSICAL_LOCATION PhysicalLocation;
	ULONG WanTunnelType;
	ULONG PortNumber;
	NET_IF_ACCESS_TYPE AccessType;
	NET_IF_DIRECTION_TYPE DirectionType;
	NET_IF_CONNECTION_TYPE ConnectionType;
	BOOLEAN ifConnectorPresent;
	USHORT PhysAddressLength;
	USHORT PhysAddressOffset;
	USHORT PermanentPhysAddressOffset;
	USHORT FriendlyNameLength;
	USHORT FriendlyNameOffset;
	GUID InterfaceGuid;
	NET_IF_NETWORK_GUID NetworkGuid;
	ULONG SupportedStatistics;
	NDIS_MEDIUM MediaType;
	NDIS_PHYSICAL_MEDIUM PhysicalMediumType;
};
typedef struct _NET_IF_INFORMATION NET_IF_INFORMATION;
typedef struct _NET_IF_INFORMATION *PNET_IF_INFORMATION;
NDIS_STATUS NdisIfRegisterProvider(PNDIS_IF_PROVIDER_CHARACTERISTICS ProviderCharacteristics, NDIS_HANDLE IfProviderContext, PNDIS_HANDLE pNdisIfProviderHandle);
NDIS_STATUS NdisIfRegisterInterface(NDIS_HANDLE NdisProviderHandle, NET_LUID NetLuid, NDIS_HANDLE ProviderIfContext, PNET_IF_INFORMATION pIfInfo, PNET_IFINDEX pfIndex);

DRISO_EXTERN_C_END

#endif /* DRISO_NDIS_GEN_H */
