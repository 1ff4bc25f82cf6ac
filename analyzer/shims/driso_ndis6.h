/*
 * driso_ndis6.h: NDIS 6.x kernel declarations (miniport, filter and
 * protocol drivers) that mingw-w64's NDIS 5-era ndis.h lacks. Included by
 * the ndis.h shim instead of mingw's header whenever an NDIS 6 driver is
 * parsed. Declarations only (see driso_shims.h); names, fields and
 * signatures follow the Learn ndis.h DDI reference. OID values, NDIS
 * object headers and capability structures come from mingw's ntddndis.h.
 * Member lists were compared with the Learn pages and status/flag values
 * with Microsoft's WDK metadata (microsoft/wdkmetadata: facts only), which
 * corrected NDIS_STATUS_MEDIA_DISCONNECTED, NDIS_NBL_FLAGS_RECV_READ_ONLY,
 * the switch send/receive flags, NDIS_RESTART_GENERAL_ATTRIBUTES and
 * NDIS_FILTER_ATTACH_PARAMETERS, and added the NDIS 6.1-6.80 members of
 * the bind/attach parameters and filter characteristics.
 */
#ifndef DRISO_NDIS6_H
#define DRISO_NDIS6_H

DRISO_EXTERN_C_START

#ifndef NDISAPI
#define NDISAPI DECLSPEC_IMPORT
#endif
#define NDIS_INIT_FUNCTION(f) /* alloc_text(INIT, f) */
#define NDIS_PAGEABLE_FUNCTION(f) /* alloc_text(PAGE, f) */

typedef unsigned int UINT, *PUINT;
typedef int NDIS_STATUS, *PNDIS_STATUS;
typedef PVOID NDIS_HANDLE, *PNDIS_HANDLE;
typedef UNICODE_STRING NDIS_STRING, *PNDIS_STRING;
typedef PHYSICAL_ADDRESS NDIS_PHYSICAL_ADDRESS, *PNDIS_PHYSICAL_ADDRESS;
typedef ULONG NDIS_ERROR_CODE, *PNDIS_ERROR_CODE;
typedef MDL NDIS_BUFFER, *PNDIS_BUFFER;
typedef KIRQL NDIS_IRQL;
#define NDIS_STRING_CONST(x) RTL_CONSTANT_STRING(L##x)
#define NdisInitUnicodeString(Destination, Source) RtlInitUnicodeString((Destination), (Source))
#define NdisInitAnsiString(Destination, Source) RtlInitString((Destination), (Source))

/* ---- Status codes ---- */
#define NDIS_STATUS_SUCCESS ((NDIS_STATUS)STATUS_SUCCESS)
#define NDIS_STATUS_PENDING ((NDIS_STATUS)STATUS_PENDING)
#define NDIS_STATUS_NOT_RECOGNIZED ((NDIS_STATUS)0x00010001L)
#define NDIS_STATUS_NOT_COPIED ((NDIS_STATUS)0x00010002L)
#define NDIS_STATUS_NOT_ACCEPTED ((NDIS_STATUS)0x00010003L)
#define NDIS_STATUS_CALL_ACTIVE ((NDIS_STATUS)0x00010007L)
#define NDIS_STATUS_INDICATION_REQUIRED ((NDIS_STATUS)STATUS_NDIS_INDICATION_REQUIRED)
#define NDIS_STATUS_ONLINE ((NDIS_STATUS)0x40010003L)
#define NDIS_STATUS_RESET_START ((NDIS_STATUS)0x40010004L)
#define NDIS_STATUS_RESET_END ((NDIS_STATUS)0x40010005L)
#define NDIS_STATUS_RING_STATUS ((NDIS_STATUS)0x40010006L)
#define NDIS_STATUS_CLOSED ((NDIS_STATUS)0x40010007L)
#define NDIS_STATUS_WAN_LINE_UP ((NDIS_STATUS)0x40010008L)
#define NDIS_STATUS_WAN_LINE_DOWN ((NDIS_STATUS)0x40010009L)
#define NDIS_STATUS_WAN_FRAGMENT ((NDIS_STATUS)0x4001000AL)
#define NDIS_STATUS_MEDIA_CONNECT ((NDIS_STATUS)0x4001000BL)
#define NDIS_STATUS_MEDIA_DISCONNECT ((NDIS_STATUS)0x4001000CL)
#define NDIS_STATUS_LINK_STATE ((NDIS_STATUS)0x40010017L)
#define NDIS_STATUS_NETWORK_CHANGE ((NDIS_STATUS)0x40010018L)
#define NDIS_STATUS_PORT_STATE ((NDIS_STATUS)0x40010022L)
#define NDIS_STATUS_OPER_STATUS ((NDIS_STATUS)0x40010023L)
#define NDIS_STATUS_PACKET_FILTER ((NDIS_STATUS)0x40010024L)
#define NDIS_STATUS_NOT_RESETTABLE ((NDIS_STATUS)0x80010001L)
#define NDIS_STATUS_SOFT_ERRORS ((NDIS_STATUS)0x80010003L)
#define NDIS_STATUS_HARD_ERRORS ((NDIS_STATUS)0x80010004L)
#define NDIS_STATUS_BUFFER_OVERFLOW ((NDIS_STATUS)STATUS_BUFFER_OVERFLOW)
#define NDIS_STATUS_FAILURE ((NDIS_STATUS)STATUS_UNSUCCESSFUL)
#define NDIS_STATUS_RESOURCES ((NDIS_STATUS)STATUS_INSUFFICIENT_RESOURCES)
#define NDIS_STATUS_CLOSING ((NDIS_STATUS)0xC0010002L)
#define NDIS_STATUS_BAD_VERSION ((NDIS_STATUS)0xC0010004L)
#define NDIS_STATUS_BAD_CHARACTERISTICS ((NDIS_STATUS)0xC0010005L)
#define NDIS_STATUS_ADAPTER_NOT_FOUND ((NDIS_STATUS)0xC0010006L)
#define NDIS_STATUS_OPEN_FAILED ((NDIS_STATUS)0xC0010007L)
#define NDIS_STATUS_DEVICE_FAILED ((NDIS_STATUS)0xC0010008L)
#define NDIS_STATUS_MULTICAST_FULL ((NDIS_STATUS)0xC0010009L)
#define NDIS_STATUS_MULTICAST_EXISTS ((NDIS_STATUS)0xC001000AL)
#define NDIS_STATUS_MULTICAST_NOT_FOUND ((NDIS_STATUS)0xC001000BL)
#define NDIS_STATUS_REQUEST_ABORTED ((NDIS_STATUS)0xC001000CL)
#define NDIS_STATUS_RESET_IN_PROGRESS ((NDIS_STATUS)0xC001000DL)
#define NDIS_STATUS_NOT_SUPPORTED ((NDIS_STATUS)STATUS_NOT_SUPPORTED)
#define NDIS_STATUS_INVALID_PACKET ((NDIS_STATUS)0xC001000FL)
#define NDIS_STATUS_ADAPTER_NOT_READY ((NDIS_STATUS)0xC0010011L)
#define NDIS_STATUS_INVALID_LENGTH ((NDIS_STATUS)0xC0010014L)
#define NDIS_STATUS_INVALID_DATA ((NDIS_STATUS)0xC0010015L)
#define NDIS_STATUS_BUFFER_TOO_SHORT ((NDIS_STATUS)0xC0010016L)
#define NDIS_STATUS_INVALID_OID ((NDIS_STATUS)0xC0010017L)
#define NDIS_STATUS_ADAPTER_REMOVED ((NDIS_STATUS)0xC0010018L)
#define NDIS_STATUS_UNSUPPORTED_MEDIA ((NDIS_STATUS)0xC0010019L)
#define NDIS_STATUS_GROUP_ADDRESS_IN_USE ((NDIS_STATUS)0xC001001AL)
#define NDIS_STATUS_FILE_NOT_FOUND ((NDIS_STATUS)0xC001001BL)
#define NDIS_STATUS_ERROR_READING_FILE ((NDIS_STATUS)0xC001001CL)
#define NDIS_STATUS_ALREADY_MAPPED ((NDIS_STATUS)0xC001001DL)
#define NDIS_STATUS_RESOURCE_CONFLICT ((NDIS_STATUS)0xC001001EL)
#define NDIS_STATUS_MEDIA_DISCONNECTED ((NDIS_STATUS)STATUS_NDIS_MEDIA_DISCONNECTED)
#define NDIS_STATUS_INVALID_ADDRESS ((NDIS_STATUS)0xC0010022L)
#define NDIS_STATUS_INVALID_DEVICE_REQUEST ((NDIS_STATUS)STATUS_INVALID_DEVICE_REQUEST)
#define NDIS_STATUS_PAUSED ((NDIS_STATUS)0xC023002AL)
#define NDIS_STATUS_INTERFACE_NOT_FOUND ((NDIS_STATUS)0xC023002BL)
#define NDIS_STATUS_INVALID_PARAMETER ((NDIS_STATUS)STATUS_INVALID_PARAMETER)
#define NDIS_STATUS_UNSUPPORTED_REVISION ((NDIS_STATUS)0xC023002CL)
#define NDIS_STATUS_INVALID_PORT ((NDIS_STATUS)0xC023002DL)
#define NDIS_STATUS_INVALID_PORT_STATE ((NDIS_STATUS)0xC023002EL)
#define NDIS_STATUS_LOW_POWER_STATE ((NDIS_STATUS)0xC023002FL)
#define NDIS_STATUS_REINIT_REQUIRED ((NDIS_STATUS)0xC0230030L)
#define NDIS_STATUS_NO_QUEUES ((NDIS_STATUS)0xC0230031L)
#define NDIS_STATUS_OFFLOAD_FAILURE ((NDIS_STATUS)0xC0010024L)
#define NDIS_STATUS_DOT11_MEDIA_IN_USE ((NDIS_STATUS)0xC0232001L)
#define NDIS_STATUS_DOT11_POWER_STATE_INVALID ((NDIS_STATUS)0xC0232002L)
#ifndef STATUS_NDIS_INDICATION_REQUIRED
#define STATUS_NDIS_INDICATION_REQUIRED ((NTSTATUS)0x40230001L)
#endif

/* ---- Memory and synchronization ---- */
typedef struct _NDIS_SPIN_LOCK {
	KSPIN_LOCK SpinLock;
	KIRQL OldIrql;
} NDIS_SPIN_LOCK, *PNDIS_SPIN_LOCK;
typedef struct _NDIS_EVENT {
	KEVENT Event;
} NDIS_EVENT, *PNDIS_EVENT;
typedef struct _NDIS_RW_LOCK_EX NDIS_RW_LOCK_EX, *PNDIS_RW_LOCK_EX;
typedef struct _LOCK_STATE_EX {
	KIRQL OldIrql;
	UCHAR LockState;
	UCHAR Flags;
} LOCK_STATE_EX, *PLOCK_STATE_EX;
typedef union _NDIS_RW_LOCK_REFCOUNT {
	ULONG RefCount;
	UCHAR cacheLine[16];
} NDIS_RW_LOCK_REFCOUNT;
typedef struct _NDIS_RW_LOCK {
	union { struct { KSPIN_LOCK SpinLock; PVOID Context; }; UCHAR Reserved[16]; };
	union {
		NDIS_RW_LOCK_REFCOUNT RefCount[MAXIMUM_PROCESSORS];
		ULONG RefCountEx[sizeof(NDIS_RW_LOCK_REFCOUNT) / sizeof(ULONG) * MAXIMUM_PROCESSORS];
		struct { KSPIN_LOCK RefCountLock; volatile ULONG SharedRefCount; volatile BOOLEAN WriterWaiting; };
	};
} NDIS_RW_LOCK, *PNDIS_RW_LOCK;
typedef struct _LOCK_STATE {
	USHORT LockState;
	KIRQL OldIrql;
} LOCK_STATE, *PLOCK_STATE;
#define NDIS_RWL_AT_DISPATCH_LEVEL 1


VOID NdisAllocateSpinLock(PNDIS_SPIN_LOCK SpinLock);
VOID NdisFreeSpinLock(PNDIS_SPIN_LOCK SpinLock);
VOID NdisAcquireSpinLock(PNDIS_SPIN_LOCK SpinLock);
VOID NdisReleaseSpinLock(PNDIS_SPIN_LOCK SpinLock);
VOID NdisDprAcquireSpinLock(PNDIS_SPIN_LOCK SpinLock);
VOID NdisDprReleaseSpinLock(PNDIS_SPIN_LOCK SpinLock);
PNDIS_RW_LOCK_EX NdisAllocateRWLock(NDIS_HANDLE NdisHandle);
VOID NdisFreeRWLock(PNDIS_RW_LOCK_EX Lock);
VOID NdisAcquireRWLockRead(PNDIS_RW_LOCK_EX Lock, PLOCK_STATE_EX LockState, UCHAR Flags);
VOID NdisAcquireRWLockWrite(PNDIS_RW_LOCK_EX Lock, PLOCK_STATE_EX LockState, UCHAR Flags);
VOID NdisReleaseRWLock(PNDIS_RW_LOCK_EX Lock, PLOCK_STATE_EX LockState);
VOID NdisInitializeReadWriteLock(PNDIS_RW_LOCK Lock);
VOID NdisAcquireReadWriteLock(PNDIS_RW_LOCK Lock, BOOLEAN fWrite, PLOCK_STATE LockState);
VOID NdisReleaseReadWriteLock(PNDIS_RW_LOCK Lock, PLOCK_STATE LockState);
VOID NdisInitializeEvent(PNDIS_EVENT Event);
VOID NdisSetEvent(PNDIS_EVENT Event);
VOID NdisResetEvent(PNDIS_EVENT Event);
BOOLEAN NdisWaitEvent(PNDIS_EVENT Event, UINT MsToWait);
VOID NdisMSleep(ULONG MicrosecondsToSleep);
VOID NdisStallExecution(UINT MicrosecondsToStall);

#define NdisZeroMemory(Destination, Length) RtlZeroMemory(Destination, Length)
#define NdisFillMemory(Destination, Length, Fill) RtlFillMemory(Destination, Length, Fill)
#define NdisMoveMemory(Destination, Source, Length) RtlCopyMemory(Destination, Source, Length)
#define NdisEqualMemory(Source1, Source2, Length) RtlEqualMemory(Source1, Source2, Length)
#define NdisInterlockedIncrement(Addend) InterlockedIncrement(Addend)
#define NdisInterlockedDecrement(Addend) InterlockedDecrement(Addend)
#define NdisInterlockedAddUlong(Addend, Increment, SpinLock) ((void)(SpinLock), InterlockedExchangeAdd((PLONG)(Addend), (LONG)(Increment)))
#define NdisInitializeListHead(ListHead) InitializeListHead(ListHead)
#define NdisInterlockedInsertHeadList(_ListHead, _ListEntry, _SpinLock) ExInterlockedInsertHeadList(_ListHead, _ListEntry, &(_SpinLock)->SpinLock)
#define NdisInterlockedInsertTailList(_ListHead, _ListEntry, _SpinLock) ExInterlockedInsertTailList(_ListHead, _ListEntry, &(_SpinLock)->SpinLock)
#define NdisInterlockedRemoveHeadList(_ListHead, _SpinLock) ExInterlockedRemoveHeadList(_ListHead, &(_SpinLock)->SpinLock)
#define NdisGetPhysicalAddressHigh(PhysicalAddress) ((PhysicalAddress).HighPart)
#define NdisGetPhysicalAddressLow(PhysicalAddress) ((PhysicalAddress).LowPart)
#define NdisSetPhysicalAddressLow(PhysicalAddress, Value) ((PhysicalAddress).LowPart = (Value))
#define NdisSetPhysicalAddressHigh(PhysicalAddress, Value) ((PhysicalAddress).HighPart = (Value))

NDIS_STATUS NdisAllocateMemoryWithTag(PVOID *VirtualAddress, UINT Length, ULONG Tag);
PVOID NdisAllocateMemoryWithTagPriority(NDIS_HANDLE NdisHandle, UINT Length, ULONG Tag, EX_POOL_PRIORITY Priority);
VOID NdisFreeMemory(PVOID VirtualAddress, UINT Length, UINT MemoryFlags);
VOID NdisFreeMemoryWithTagPriority(NDIS_HANDLE NdisHandle, PVOID VirtualAddress, ULONG Tag);
ULONG NdisGetSharedDataAlignment(VOID);
CCHAR NdisSystemProcessorCount(VOID);
ULONG NdisGroupMaxProcessorCount(USHORT Group);
ULONG NdisGroupActiveProcessorCount(USHORT Group);
ULONG NdisSystemActiveProcessorCount(PKAFFINITY ActiveProcessors);
ULONG NdisCurrentProcessorIndex(VOID);
VOID NdisGetCurrentProcessorCounts(PULONG pIdleCount, PULONG pKernelAndUser, PULONG pIndex);
VOID NdisGetCurrentProcessorCpuUsage(PULONG pCpuUsage);
VOID NdisGetCurrentSystemTime(PLARGE_INTEGER pSystemTime);
VOID NdisGetSystemUpTime(PULONG pSystemUpTime);
PMDL NdisAllocateMdl(NDIS_HANDLE NdisHandle, PVOID VirtualAddress, ULONG Length);
VOID NdisFreeMdl(PMDL Mdl);
#define NdisAdjustMdlLength(_Mdl, _Length) ((_Mdl)->ByteCount = (_Length))
#define NdisQueryMdl(_Mdl, _VirtualAddress, _Length, _Priority) \
	{ if (ARGUMENT_PRESENT(_VirtualAddress)) *(PVOID *)(_VirtualAddress) = MmGetSystemAddressForMdlSafe(_Mdl, _Priority); \
	  *(_Length) = MmGetMdlByteCount(_Mdl); }
#define NdisQueryMdlOffset(_Mdl, _Offset, _Length) { *(_Offset) = MmGetMdlByteOffset(_Mdl); *(_Length) = MmGetMdlByteCount(_Mdl); }
#define NDIS_MDL_LINKAGE(_Mdl) ((_Mdl)->Next)
#define NdisGetNextMdl(_CurrentMdl, _NextMdl) { *(_NextMdl) = (_CurrentMdl)->Next; }
#define NDIS_MDL_TO_SPAN_PAGES(_Mdl) ADDRESS_AND_SIZE_TO_SPAN_PAGES(MmGetMdlVirtualAddress(_Mdl), MmGetMdlByteCount(_Mdl))

VOID NdisInitializeNPagedLookasideList(PNPAGED_LOOKASIDE_LIST Lookaside, PALLOCATE_FUNCTION Allocate,
	PFREE_FUNCTION Free, ULONG Flags, SIZE_T Size, ULONG Tag, USHORT Depth);
#define NdisDeleteNPagedLookasideList(_L) ExDeleteNPagedLookasideList(_L)
#define NdisAllocateFromNPagedLookasideList(_L) ExAllocateFromNPagedLookasideList(_L)
#define NdisFreeToNPagedLookasideList(_L, _E) ExFreeToNPagedLookasideList(_L, _E)

/* ---- Object header revisions (the header type itself is in ntddndis.h) ---- */
#define NDIS_DECLARE_FILTER_MODULE_CONTEXT(_type)
#define NDIS_DECLARE_FILTER_DRIVER_CONTEXT(_type)
#define NDIS_DECLARE_MINIPORT_ADAPTER_CONTEXT(_type)
#define NDIS_DECLARE_MINIPORT_DRIVER_CONTEXT(_type)
#define NDIS_DECLARE_PROTOCOL_BINDING_CONTEXT(_type)
#define NDIS_DECLARE_PROTOCOL_DRIVER_CONTEXT(_type)
#define NDIS_DECLARE_PROTOCOL_OPEN_CONTEXT(_type)
#ifndef NDIS_OBJECT_TYPE_FILTER_DRIVER_CHARACTERISTICS
#define NDIS_OBJECT_TYPE_FILTER_DRIVER_CHARACTERISTICS 0x8B
#endif

/* ---- NET_BUFFER / NET_BUFFER_LIST ---- */
typedef struct _NET_BUFFER NET_BUFFER, *PNET_BUFFER;
typedef struct _NET_BUFFER_LIST_CONTEXT NET_BUFFER_LIST_CONTEXT, *PNET_BUFFER_LIST_CONTEXT;
typedef struct _NET_BUFFER_LIST NET_BUFFER_LIST, *PNET_BUFFER_LIST;

typedef union _NET_BUFFER_DATA_LENGTH {
	ULONG DataLength;
	SIZE_T stDataLength;
} NET_BUFFER_DATA_LENGTH, *PNET_BUFFER_DATA_LENGTH;

typedef struct _NET_BUFFER_DATA {
	PNET_BUFFER Next;
	PMDL CurrentMdl;
	ULONG CurrentMdlOffset;
	union { ULONG DataLength; SIZE_T stDataLength; };
	PMDL MdlChain;
	ULONG DataOffset;
} NET_BUFFER_DATA, *PNET_BUFFER_DATA;

typedef union _NET_BUFFER_HEADER {
	NET_BUFFER_DATA NetBufferData;
	SLIST_HEADER Link;
} NET_BUFFER_HEADER, *PNET_BUFFER_HEADER;

/* NDIS 6.20 VMQ shared memory segments of a NET_BUFFER (defined below) */
typedef struct _NET_BUFFER_SHARED_MEMORY NET_BUFFER_SHARED_MEMORY, *PNET_BUFFER_SHARED_MEMORY;

struct _NET_BUFFER {
	union {
		struct {
			PNET_BUFFER Next;
			PMDL CurrentMdl;
			ULONG CurrentMdlOffset;
			union { ULONG DataLength; SIZE_T stDataLength; };
			PMDL MdlChain;
			ULONG DataOffset;
		};
		SLIST_HEADER Link;
		NET_BUFFER_HEADER NetBufferHeader;
	};
	USHORT ChecksumBias;
	USHORT Reserved;
	NDIS_HANDLE NdisPoolHandle;
	PVOID NdisReserved[2];
	PVOID ProtocolReserved[6];
	PVOID MiniportReserved[4];
	NDIS_PHYSICAL_ADDRESS DataPhysicalAddress;
	union { PNET_BUFFER_SHARED_MEMORY SharedMemoryInfo; PSCATTER_GATHER_LIST ScatterGatherList; };
};

typedef enum _NDIS_NET_BUFFER_LIST_INFO {
	TcpIpChecksumNetBufferListInfo, TcpOffloadBytesTransferred = TcpIpChecksumNetBufferListInfo,
	IPsecOffloadV1NetBufferListInfo, TcpLargeSendNetBufferListInfo, TcpReceiveNoPush = TcpLargeSendNetBufferListInfo,
	ClassificationHandleNetBufferListInfo, Ieee8021QNetBufferListInfo, NetBufferListCancelId,
	MediaSpecificInformation, NetBufferListFrameType, NetBufferListProtocolId = NetBufferListFrameType,
	NetBufferListHashValue, NetBufferListHashInfo, WfpNetBufferListInfo, IPsecOffloadV2NetBufferListInfo,
	IPsecOffloadV2TunnelNetBufferListInfo, IPsecOffloadV2HeaderNetBufferListInfo, NetBufferListCorrelationId,
	NetBufferListFilteringInfo, MediaSpecificInformationEx, NblOriginalInterfaceIfIndex,
	NblReAuthWfpFlowContext = NblOriginalInterfaceIfIndex, TcpReceiveBytesTransferred, NrtNameResolutionId = TcpReceiveBytesTransferred,
	SwitchForwardingReserved, SwitchForwardingDetail, VirtualSubnetInfo, IMReserved, TcpRecvSegCoalesceInfo,
	UdpSegmentationOffloadInfo = TcpRecvSegCoalesceInfo, RscTcpTimestampDelta, TcpSendOffloadsSupplementalNetBufferListInfo = RscTcpTimestampDelta,
	GftOffloadInformation, GftFlowEntryId, NetBufferListInfoReserved3, MaxNetBufferListInfo,
} NDIS_NET_BUFFER_LIST_INFO, *PNDIS_NET_BUFFER_LIST_INFO;

struct _NET_BUFFER_LIST_CONTEXT {
	PNET_BUFFER_LIST_CONTEXT Next;
	USHORT Size;
	USHORT Offset;
	UCHAR ContextData[1];
};

typedef struct _NET_BUFFER_LIST_DATA {
	PNET_BUFFER_LIST Next;
	PNET_BUFFER FirstNetBuffer;
} NET_BUFFER_LIST_DATA, *PNET_BUFFER_LIST_DATA;

typedef union _NET_BUFFER_LIST_HEADER {
	NET_BUFFER_LIST_DATA NetBufferListData;
	SLIST_HEADER Link;
} NET_BUFFER_LIST_HEADER, *PNET_BUFFER_LIST_HEADER;

struct _NET_BUFFER_LIST {
	union {
		struct { PNET_BUFFER_LIST Next; PNET_BUFFER FirstNetBuffer; };
		SLIST_HEADER Link;
		NET_BUFFER_LIST_HEADER NetBufferListHeader;
	};
	PNET_BUFFER_LIST_CONTEXT Context;
	PNET_BUFFER_LIST ParentNetBufferList;
	NDIS_HANDLE NdisPoolHandle;
	PVOID NdisReserved[2];
	PVOID ProtocolReserved[4];
	PVOID MiniportReserved[2];
	PVOID Scratch;
	NDIS_HANDLE SourceHandle;
	ULONG NblFlags;
	LONG ChildRefCount;
	ULONG Flags;
	union { NDIS_STATUS Status; ULONG NdisReserved2; };
	PVOID NetBufferListInfo[MaxNetBufferListInfo];
};

#define NET_BUFFER_NEXT_NB(_NB) ((_NB)->Next)
#define NET_BUFFER_FIRST_MDL(_NB) ((_NB)->MdlChain)
#define NET_BUFFER_DATA_LENGTH(_NB) ((_NB)->DataLength)
#define NET_BUFFER_DATA_OFFSET(_NB) ((_NB)->DataOffset)
#define NET_BUFFER_CURRENT_MDL(_NB) ((_NB)->CurrentMdl)
#define NET_BUFFER_CURRENT_MDL_OFFSET(_NB) ((_NB)->CurrentMdlOffset)
#define NET_BUFFER_PROTOCOL_RESERVED(_NB) ((_NB)->ProtocolReserved)
#define NET_BUFFER_MINIPORT_RESERVED(_NB) ((_NB)->MiniportReserved)
#define NET_BUFFER_CHECKSUM_BIAS(_NB) ((_NB)->ChecksumBias)
#define NET_BUFFER_LIST_NEXT_NBL(_NBL) ((_NBL)->Next)
#define NET_BUFFER_LIST_FIRST_NB(_NBL) ((_NBL)->FirstNetBuffer)
#define NET_BUFFER_LIST_FLAGS(_NBL) ((_NBL)->Flags)
#define NET_BUFFER_LIST_NBL_FLAGS(_NBL) ((_NBL)->NblFlags)
#define NET_BUFFER_LIST_PROTOCOL_RESERVED(_NBL) ((_NBL)->ProtocolReserved)
#define NET_BUFFER_LIST_MINIPORT_RESERVED(_NBL) ((_NBL)->MiniportReserved)
#define NET_BUFFER_LIST_CONTEXT_DATA_START(_NBL) ((PUCHAR)(((_NBL)->Context) + 1) + (_NBL)->Context->Offset)
#define NET_BUFFER_LIST_CONTEXT_DATA_SIZE(_NBL) (((_NBL)->Context)->Size)
#define NET_BUFFER_LIST_INFO(_NBL, _Id) ((_NBL)->NetBufferListInfo[(_Id)])
#define NET_BUFFER_LIST_STATUS(_NBL) ((_NBL)->Status)
#define NDIS_GET_NET_BUFFER_LIST_CANCEL_ID(_NBL) (NET_BUFFER_LIST_INFO(_NBL, NetBufferListCancelId))
#define NDIS_SET_NET_BUFFER_LIST_CANCEL_ID(_NBL, _CancelId) (NET_BUFFER_LIST_INFO(_NBL, NetBufferListCancelId) = (PVOID)(_CancelId))
#define NBL_SET_PROTOCOL_RSVD_FLAG(_NBL, _F) ((_NBL)->Flags |= ((_F) & NBL_FLAGS_PROTOCOL_RESERVED))
#define NBL_CLEAR_PROTOCOL_RSVD_FLAG(_NBL, _F) ((_NBL)->Flags &= ~((_F) & NBL_FLAGS_PROTOCOL_RESERVED))
#define NBL_TEST_PROTOCOL_RSVD_FLAG(_NBL, _F) (((_NBL)->Flags & ((_F) & NBL_FLAGS_PROTOCOL_RESERVED)) != 0)
#define NBL_SET_PROT_RSVD_FLAG(_NBL, _F) NBL_SET_PROTOCOL_RSVD_FLAG(_NBL, _F)
#define NBL_CLEAR_PROT_RSVD_FLAG(_NBL, _F) NBL_CLEAR_PROTOCOL_RSVD_FLAG(_NBL, _F)
#define NBL_TEST_PROT_RSVD_FLAG(_NBL, _F) NBL_TEST_PROTOCOL_RSVD_FLAG(_NBL, _F)
#define NBL_SET_FLAG(_NBL, _F) ((_NBL)->Flags |= (_F))
#define NBL_CLEAR_FLAG(_NBL, _F) ((_NBL)->Flags &= ~(_F))
#define NBL_TEST_FLAG(_NBL, _F) (((_NBL)->Flags & (_F)) != 0)
#define NdisTestNblFlag(_NBL, _F) (((_NBL)->NblFlags & (_F)) != 0)
#define NdisSetNblFlag(_NBL, _F) ((_NBL)->NblFlags |= (_F))
#define NdisClearNblFlag(_NBL, _F) ((_NBL)->NblFlags &= ~(_F))
#define NDIS_NBL_FLAGS_IS_IPV4 0x00000200
#define NDIS_NBL_FLAGS_IS_IPV6 0x00000400
#define NDIS_NBL_FLAGS_IS_TCP 0x00000800
#define NDIS_NBL_FLAGS_IS_UDP 0x00001000
#define NDIS_NBL_FLAGS_IS_LOOPBACK_PACKET 0x00008000
#define NDIS_NBL_FLAGS_RECV_READ_ONLY 0x00000002
#define NDIS_NBL_FLAGS_SEND_READ_ONLY 0x00000001

typedef struct _NDIS_NET_BUFFER_LIST_8021Q_INFO {
	union {
		struct { UINT32 UserPriority : 3; UINT32 CanonicalFormatId : 1; UINT32 VlanId : 12; UINT32 Reserved : 16; } TagHeader;
		struct { UINT32 UserPriority : 3; UINT32 CanonicalFormatId : 1; UINT32 VlanId : 12; UINT32 WMMInfo : 4; UINT32 Reserved : 12; } WLanTagHeader;
		PVOID Value;
	};
} NDIS_NET_BUFFER_LIST_8021Q_INFO, *PNDIS_NET_BUFFER_LIST_8021Q_INFO;

typedef struct _NDIS_TCP_IP_CHECKSUM_NET_BUFFER_LIST_INFO {
	union {
		struct { ULONG IsIPv4 : 1; ULONG IsIPv6 : 1; ULONG TcpChecksum : 1; ULONG UdpChecksum : 1; ULONG IpHeaderChecksum : 1;
			 ULONG Reserved : 11; ULONG TcpHeaderOffset : 10; } Transmit;
		struct { ULONG TcpChecksumFailed : 1; ULONG UdpChecksumFailed : 1; ULONG IpChecksumFailed : 1; ULONG TcpChecksumSucceeded : 1;
			 ULONG UdpChecksumSucceeded : 1; ULONG IpChecksumSucceeded : 1; ULONG Loopback : 1; ULONG TcpChecksumValueInvalid : 1;
			 ULONG IpChecksumValueInvalid : 1; } Receive;
		PVOID Value;
	};
} NDIS_TCP_IP_CHECKSUM_NET_BUFFER_LIST_INFO, *PNDIS_TCP_IP_CHECKSUM_NET_BUFFER_LIST_INFO;

typedef struct _NET_BUFFER_LIST_POOL_PARAMETERS {
	NDIS_OBJECT_HEADER Header;
	UCHAR ProtocolId;
	BOOLEAN fAllocateNetBuffer;
	USHORT ContextSize;
	ULONG PoolTag;
	ULONG DataSize;
	ULONG Flags;
} NET_BUFFER_LIST_POOL_PARAMETERS, *PNET_BUFFER_LIST_POOL_PARAMETERS;
#define NET_BUFFER_LIST_POOL_PARAMETERS_REVISION_1 1
#define NET_BUFFER_LIST_POOL_PARAMETERS_REVISION_2 2
#define NDIS_SIZEOF_NET_BUFFER_LIST_POOL_PARAMETERS_REVISION_1 RTL_SIZEOF_THROUGH_FIELD(NET_BUFFER_LIST_POOL_PARAMETERS, DataSize)
typedef struct _NET_BUFFER_POOL_PARAMETERS {
	NDIS_OBJECT_HEADER Header;
	ULONG PoolTag;
	ULONG DataSize;
} NET_BUFFER_POOL_PARAMETERS, *PNET_BUFFER_POOL_PARAMETERS;
#define NET_BUFFER_POOL_PARAMETERS_REVISION_1 1
#define NDIS_PROTOCOL_ID_DEFAULT 0x00
#define NDIS_PROTOCOL_ID_TCP_IP 0x02
#define NDIS_PROTOCOL_ID_IP6 0x03
#define NDIS_PROTOCOL_ID_IPX 0x06
#define NDIS_PROTOCOL_ID_NBF 0x07

NDIS_HANDLE NdisAllocateNetBufferListPool(NDIS_HANDLE NdisHandle, PNET_BUFFER_LIST_POOL_PARAMETERS Parameters);
VOID NdisFreeNetBufferListPool(NDIS_HANDLE PoolHandle);
NDIS_HANDLE NdisAllocateNetBufferPool(NDIS_HANDLE NdisHandle, PNET_BUFFER_POOL_PARAMETERS Parameters);
VOID NdisFreeNetBufferPool(NDIS_HANDLE PoolHandle);
PNET_BUFFER_LIST NdisAllocateNetBufferList(NDIS_HANDLE PoolHandle, USHORT ContextSize, USHORT ContextBackFill);
PNET_BUFFER_LIST NdisAllocateNetBufferAndNetBufferList(NDIS_HANDLE PoolHandle, USHORT ContextSize,
	USHORT ContextBackFill, PMDL MdlChain, ULONG DataOffset, SIZE_T DataLength);
VOID NdisFreeNetBufferList(PNET_BUFFER_LIST NetBufferList);
PNET_BUFFER NdisAllocateNetBuffer(NDIS_HANDLE PoolHandle, PMDL MdlChain, ULONG DataOffset, SIZE_T DataLength);
VOID NdisFreeNetBuffer(PNET_BUFFER NetBuffer);
NDIS_STATUS NdisAllocateNetBufferListContext(PNET_BUFFER_LIST NetBufferList, USHORT ContextSize,
	USHORT ContextBackFill, ULONG PoolTag);
VOID NdisFreeNetBufferListContext(PNET_BUFFER_LIST NetBufferList, USHORT ContextSize);
PNET_BUFFER_LIST NdisAllocateCloneNetBufferList(PNET_BUFFER_LIST OriginalNetBufferList,
	NDIS_HANDLE NetBufferListPoolHandle, NDIS_HANDLE NetBufferPoolHandle, ULONG AllocateCloneFlags);
VOID NdisFreeCloneNetBufferList(PNET_BUFFER_LIST CloneNetBufferList, ULONG FreeCloneFlags);
PVOID NdisGetDataBuffer(PNET_BUFFER NetBuffer, ULONG BytesNeeded, PVOID Storage, ULONG AlignMultiple,
	ULONG AlignOffset);
typedef MDL *NET_BUFFER_ALLOCATE_MDL(ULONG *BufferSize);
typedef NET_BUFFER_ALLOCATE_MDL *NET_BUFFER_ALLOCATE_MDL_HANDLER;
typedef VOID NET_BUFFER_FREE_MDL(MDL *Mdl);
typedef NET_BUFFER_FREE_MDL *NET_BUFFER_FREE_MDL_HANDLER;
NDIS_STATUS NdisRetreatNetBufferDataStart(PNET_BUFFER NetBuffer, ULONG DataOffsetDelta, ULONG DataBackFill,
	NET_BUFFER_ALLOCATE_MDL *AllocateMdlHandler);
VOID NdisAdvanceNetBufferDataStart(PNET_BUFFER NetBuffer, ULONG DataOffsetDelta, BOOLEAN FreeMdl,
	NET_BUFFER_FREE_MDL *FreeMdlHandler);
NDIS_STATUS NdisRetreatNetBufferListDataStart(PNET_BUFFER_LIST NetBufferList, ULONG DataOffsetDelta,
	ULONG DataBackFill, NET_BUFFER_ALLOCATE_MDL *AllocateMdlHandler, NET_BUFFER_FREE_MDL *FreeMdlHandler);
VOID NdisAdvanceNetBufferListDataStart(PNET_BUFFER_LIST NetBufferList, ULONG DataOffsetDelta, BOOLEAN FreeMdl,
	NET_BUFFER_FREE_MDL *FreeMdlMdlHandler);
NDIS_STATUS NdisCopyFromNetBufferToNetBuffer(PNET_BUFFER Destination, ULONG DestinationOffset,
	ULONG BytesToCopy, PNET_BUFFER Source, ULONG SourceOffset, PULONG BytesCopied);


/* ---- Ethernet helpers ---- */
#define ETH_LENGTH_OF_ADDRESS 6
#define ETH_IS_BROADCAST(Address) ((((PUCHAR)(Address))[0] == ((UCHAR)0xff)) && (((PUCHAR)(Address))[1] == ((UCHAR)0xff)))
#define ETH_IS_MULTICAST(Address) ((BOOLEAN)(((PUCHAR)(Address))[0] & ((UCHAR)0x01)))
#define ETH_COPY_NETWORK_ADDRESS(_D, _S) RtlCopyMemory((_D), (_S), ETH_LENGTH_OF_ADDRESS)
#define ETH_COMPARE_NETWORK_ADDRESSES_EQ(_A, _B, _Result) \
	(*(_Result) = RtlEqualMemory((_A), (_B), ETH_LENGTH_OF_ADDRESS) ? 0 : 1)
#define ETH_COMPARE_NETWORK_ADDRESSES(_A, _B, _Result) \
	(*(_Result) = memcmp((_A), (_B), ETH_LENGTH_OF_ADDRESS))

#define NDIS_STATISTICS_XMIT_OK_SUPPORTED 0x00000001
#define NDIS_STATISTICS_RCV_OK_SUPPORTED 0x00000002
#define NDIS_STATISTICS_XMIT_ERROR_SUPPORTED 0x00000004
#define NDIS_STATISTICS_RCV_ERROR_SUPPORTED 0x00000008
#define NDIS_STATISTICS_RCV_NO_BUFFER_SUPPORTED 0x00000010
#define NDIS_STATISTICS_DIRECTED_BYTES_XMIT_SUPPORTED 0x00000020
#define NDIS_STATISTICS_DIRECTED_FRAMES_XMIT_SUPPORTED 0x00000040
#define NDIS_STATISTICS_MULTICAST_BYTES_XMIT_SUPPORTED 0x00000080
#define NDIS_STATISTICS_MULTICAST_FRAMES_XMIT_SUPPORTED 0x00000100
#define NDIS_STATISTICS_BROADCAST_BYTES_XMIT_SUPPORTED 0x00000200
#define NDIS_STATISTICS_BROADCAST_FRAMES_XMIT_SUPPORTED 0x00000400
#define NDIS_STATISTICS_DIRECTED_BYTES_RCV_SUPPORTED 0x00000800
#define NDIS_STATISTICS_DIRECTED_FRAMES_RCV_SUPPORTED 0x00001000
#define NDIS_STATISTICS_MULTICAST_BYTES_RCV_SUPPORTED 0x00002000
#define NDIS_STATISTICS_MULTICAST_FRAMES_RCV_SUPPORTED 0x00004000
#define NDIS_STATISTICS_BROADCAST_BYTES_RCV_SUPPORTED 0x00008000
#define NDIS_STATISTICS_BROADCAST_FRAMES_RCV_SUPPORTED 0x00010000
#define NDIS_STATISTICS_RCV_CRC_ERROR_SUPPORTED 0x00020000
#define NDIS_STATISTICS_TRANSMIT_QUEUE_LENGTH_SUPPORTED 0x00040000
#define NDIS_STATISTICS_BYTES_RCV_SUPPORTED 0x00080000
#define NDIS_STATISTICS_BYTES_XMIT_SUPPORTED 0x00100000
#define NDIS_STATISTICS_RCV_DISCARDS_SUPPORTED 0x00200000
#define NDIS_STATISTICS_GEN_STATISTICS_SUPPORTED 0x00400000
#define NDIS_STATISTICS_XMIT_DISCARDS_SUPPORTED 0x08000000
#ifndef NDIS_DEFAULT_VPORT_ID
#define NDIS_DEFAULT_VPORT_ID 0
#define NDIS_INVALID_VPORT_ID 0xffffffff
#endif

struct _NET_BUFFER_SHARED_MEMORY {
	PNET_BUFFER_SHARED_MEMORY NextSharedMemorySegment;
	ULONG SharedMemoryFlags;
	NDIS_HANDLE SharedMemoryHandle;
	ULONG SharedMemoryOffset;
	ULONG SharedMemoryLength;
};

typedef KMUTEX NDIS_MUTEX, *PNDIS_MUTEX;
#define NDIS_INIT_MUTEX(_M) KeInitializeMutex(_M, 0xFFFF)
#define NDIS_WAIT_FOR_MUTEX(_M) KeWaitForSingleObject((PVOID)(_M), Executive, KernelMode, FALSE, (PLARGE_INTEGER)NULL)
#define NDIS_RELEASE_MUTEX(_M) KeReleaseMutex(_M, FALSE)

/* ---- Interface stack (NDIS IF provider) ---- */
NDIS_STATUS NdisIfAddIfStackEntry(NET_IFINDEX HigherLayerIfIndex, NET_IFINDEX LowerLayerIfIndex);
VOID NdisIfDeleteIfStackEntry(NET_IFINDEX HigherLayerIfIndex, NET_IFINDEX LowerLayerIfIndex);
NDIS_STATUS NdisIfAllocateNetLuidIndex(NET_IFTYPE ifType, PUINT32 pNetLuidIndex);
NDIS_STATUS NdisIfFreeNetLuidIndex(NET_IFTYPE ifType, UINT32 NetLuidIndex);
NDIS_STATUS NdisIfQueryBindingIfIndex(NDIS_HANDLE NdisBindingHandle, PNET_IFINDEX pBoundIfIndex,
	PNET_LUID pBoundIfNetLuid, PNET_IFINDEX pLowestIfIndex, PNET_LUID pLowestIfNetLuid);

/* ---- Configuration ---- */
typedef enum _NDIS_PARAMETER_TYPE {
	NdisParameterInteger, NdisParameterHexInteger, NdisParameterString, NdisParameterMultiString, NdisParameterBinary,
} NDIS_PARAMETER_TYPE, *PNDIS_PARAMETER_TYPE;
typedef struct _BINARY_DATA {
	USHORT Length;
	PVOID Buffer;
} BINARY_DATA;
typedef struct _NDIS_CONFIGURATION_PARAMETER {
	NDIS_PARAMETER_TYPE ParameterType;
	union { ULONG IntegerData; NDIS_STRING StringData; BINARY_DATA BinaryData; } ParameterData;
} NDIS_CONFIGURATION_PARAMETER, *PNDIS_CONFIGURATION_PARAMETER;
typedef struct _NDIS_CONFIGURATION_OBJECT {
	NDIS_OBJECT_HEADER Header;
	NDIS_HANDLE NdisHandle;
	ULONG Flags;
} NDIS_CONFIGURATION_OBJECT, *PNDIS_CONFIGURATION_OBJECT;
#define NDIS_CONFIGURATION_OBJECT_REVISION_1 1
#define NDIS_SIZEOF_CONFIGURATION_OBJECT_REVISION_1 RTL_SIZEOF_THROUGH_FIELD(NDIS_CONFIGURATION_OBJECT, Flags)
#define NDIS_CONFIG_FLAG_FILTER_INSTANCE_CONFIGURATION 0x00000001

NDIS_STATUS NdisOpenConfigurationEx(PNDIS_CONFIGURATION_OBJECT ConfigObject, PNDIS_HANDLE ConfigurationHandle);
VOID NdisOpenConfigurationKeyByName(PNDIS_STATUS Status, NDIS_HANDLE ConfigurationHandle, PNDIS_STRING SubKeyName,
	PNDIS_HANDLE SubKeyHandle);
VOID NdisOpenConfigurationKeyByIndex(PNDIS_STATUS Status, NDIS_HANDLE ConfigurationHandle, ULONG Index,
	PNDIS_STRING KeyName, PNDIS_HANDLE KeyHandle);
VOID NdisReadConfiguration(PNDIS_STATUS Status, PNDIS_CONFIGURATION_PARAMETER *ParameterValue,
	NDIS_HANDLE ConfigurationHandle, PNDIS_STRING Keyword, NDIS_PARAMETER_TYPE ParameterType);
VOID NdisWriteConfiguration(PNDIS_STATUS Status, NDIS_HANDLE ConfigurationHandle, PNDIS_STRING Keyword,
	PNDIS_CONFIGURATION_PARAMETER ParameterValue);
VOID NdisCloseConfiguration(NDIS_HANDLE ConfigurationHandle);
VOID NdisReadNetworkAddress(PNDIS_STATUS Status, PVOID *NetworkAddress, PUINT NetworkAddressLength,
	NDIS_HANDLE ConfigurationHandle);

/* ---- OID requests ---- */
#ifndef NDIS_OID_REQUEST_REVISION_1
#define NDIS_OID_REQUEST_REVISION_1 1
#define NDIS_OID_REQUEST_REVISION_2 2
#endif
#define NDIS_OID_REQUEST_NDIS_RESERVED_SIZE 16
#define NDIS_OID_REQUEST_FLAGS_VPORT_ID_VALID 0x0001
typedef struct _NDIS_OID_REQUEST {
	NDIS_OBJECT_HEADER Header;
	NDIS_REQUEST_TYPE RequestType;
	NDIS_PORT_NUMBER PortNumber;
	UINT Timeout;
	PVOID RequestId;
	NDIS_HANDLE RequestHandle;
	union _REQUEST_DATA {
		struct _QUERY { NDIS_OID Oid; PVOID InformationBuffer; UINT InformationBufferLength; UINT BytesWritten; UINT BytesNeeded; } QUERY_INFORMATION;
		struct _SET { NDIS_OID Oid; PVOID InformationBuffer; UINT InformationBufferLength; UINT BytesRead; UINT BytesNeeded; } SET_INFORMATION;
		struct _METHOD { NDIS_OID Oid; PVOID InformationBuffer; ULONG InputBufferLength; ULONG OutputBufferLength;
				 ULONG MethodId; UINT BytesWritten; UINT BytesRead; UINT BytesNeeded; } METHOD_INFORMATION;
	} DATA;
	UCHAR NdisReserved[NDIS_OID_REQUEST_NDIS_RESERVED_SIZE * sizeof(PVOID)];
	UCHAR MiniportReserved[2 * sizeof(PVOID)];
	UCHAR SourceReserved[2 * sizeof(PVOID)];
	UCHAR SupportedRevision;
	UCHAR Reserved1;
	USHORT Reserved2;
	NDIS_NIC_SWITCH_ID SwitchId;
	NDIS_NIC_SWITCH_VPORT_ID VPortId;
	ULONG Flags;
} NDIS_OID_REQUEST, *PNDIS_OID_REQUEST;


/* ---- Status indications, PnP events ---- */
typedef struct _NDIS_STATUS_INDICATION {
	NDIS_OBJECT_HEADER Header;
	NDIS_HANDLE SourceHandle;
	NDIS_PORT_NUMBER PortNumber;
	NDIS_STATUS StatusCode;
	ULONG Flags;
	NDIS_HANDLE DestinationHandle;
	PVOID RequestId;
	PVOID StatusBuffer;
	ULONG StatusBufferSize;
	GUID Guid;
	PVOID NdisReserved[4];
} NDIS_STATUS_INDICATION, *PNDIS_STATUS_INDICATION;
#define NDIS_STATUS_INDICATION_REVISION_1 1
#define NDIS_SIZEOF_STATUS_INDICATION_REVISION_1 RTL_SIZEOF_THROUGH_FIELD(NDIS_STATUS_INDICATION, NdisReserved)
#ifndef NDIS_OBJECT_TYPE_STATUS_INDICATION
#define NDIS_OBJECT_TYPE_STATUS_INDICATION 0x98
#endif

typedef enum _NET_PNP_EVENT_CODE {
	NetEventSetPower, NetEventQueryPower, NetEventQueryRemoveDevice, NetEventCancelRemoveDevice, NetEventReconfigure,
	NetEventBindList, NetEventBindsComplete, NetEventPnPCapabilities, NetEventPause, NetEventRestart,
	NetEventPortActivation, NetEventPortDeactivation, NetEventIMReEnableDevice, NetEventNDKEnable, NetEventNDKDisable,
	NetEventFilterPreDetach, NetEventBindFailed, NetEventSwitchActivate, NetEventAllowBindsAbove,
	NetEventInhibitBindsAbove, NetEventAllowStart, NetEventRequirePause, NetEventUploadGftFlowEntries,
	NetEventMaximum,
} NET_PNP_EVENT_CODE, *PNET_PNP_EVENT_CODE;
typedef struct _NET_PNP_EVENT {
	NET_PNP_EVENT_CODE NetEvent;
	PVOID Buffer;
	ULONG BufferLength;
	ULONG_PTR NdisReserved[4];
	ULONG_PTR TransportReserved[4];
	ULONG_PTR TdiReserved[4];
	ULONG_PTR TdiClientReserved[4];
} NET_PNP_EVENT, *PNET_PNP_EVENT;
typedef struct _NET_PNP_EVENT_NOTIFICATION {
	NDIS_OBJECT_HEADER Header;
	NDIS_PORT_NUMBER PortNumber;
	NET_PNP_EVENT NetPnPEvent;
	ULONG Flags;
	NDIS_NIC_SWITCH_ID SwitchId;
	NDIS_NIC_SWITCH_VPORT_ID VPortId;
} NET_PNP_EVENT_NOTIFICATION, *PNET_PNP_EVENT_NOTIFICATION;
#define NET_PNP_EVENT_NOTIFICATION_REVISION_1 1

typedef enum _NDIS_DEVICE_PNP_EVENT {
	NdisDevicePnPEventQueryRemoved, NdisDevicePnPEventRemoved, NdisDevicePnPEventSurpriseRemoved,
	NdisDevicePnPEventQueryStopped, NdisDevicePnPEventStopped, NdisDevicePnPEventPowerProfileChanged,
	NdisDevicePnPEventFilterListChanged, NdisDevicePnPEventMaximum,
} NDIS_DEVICE_PNP_EVENT, *PNDIS_DEVICE_PNP_EVENT;
#define NdisPowerProfileBattery 0
#define NdisPowerProfileAcOnLine 1
typedef struct _NET_DEVICE_PNP_EVENT {
	NDIS_OBJECT_HEADER Header;
	NDIS_PORT_NUMBER PortNumber;
	NDIS_DEVICE_PNP_EVENT DevicePnPEvent;
	PVOID InformationBuffer;
	ULONG InformationBufferLength;
	UCHAR NdisReserved[2 * sizeof(PVOID)];
} NET_DEVICE_PNP_EVENT, *PNET_DEVICE_PNP_EVENT;

typedef enum _NET_DEVICE_POWER_STATE {
	NetDeviceStateUnspecified, NetDeviceStateD0, NetDeviceStateD1, NetDeviceStateD2, NetDeviceStateD3,
	NetDeviceStateMaximum,
} NET_DEVICE_POWER_STATE, *PNET_DEVICE_POWER_STATE;

typedef enum _NDIS_HALT_ACTION { NdisHaltDeviceDisabled, NdisHaltDeviceInstanceDeInstalled, NdisHaltDevicePoweredDown,
	NdisHaltDeviceSurpriseRemoved, NdisHaltDeviceFailed, NdisHaltDeviceInitializationFailed, NdisHaltDeviceStopped
} NDIS_HALT_ACTION, *PNDIS_HALT_ACTION;
typedef enum _NDIS_SHUTDOWN_ACTION { NdisShutdownPowerOff, NdisShutdownBugCheck } NDIS_SHUTDOWN_ACTION, *PNDIS_SHUTDOWN_ACTION;

/* ---- Send/receive flags ---- */
#define NDIS_SEND_FLAGS_DISPATCH_LEVEL 0x00000001
#define NDIS_SEND_FLAGS_CHECK_FOR_LOOPBACK 0x00000002
#define NDIS_SEND_FLAGS_SINGLE_QUEUE 0x00000004
#define NDIS_SEND_FLAGS_SWITCH_DESTINATION_GROUP 0x00000010
#define NDIS_SEND_FLAGS_SWITCH_SINGLE_SOURCE 0x00000020
#define NDIS_TEST_SEND_FLAG(_Flags, _Fl) (((_Flags) & (_Fl)) == (_Fl))
#define NDIS_SET_SEND_FLAG(_Flags, _Fl) ((_Flags) |= (_Fl))
#define NDIS_TEST_SEND_AT_DISPATCH_LEVEL(_Flags) NDIS_TEST_SEND_FLAG((_Flags), NDIS_SEND_FLAGS_DISPATCH_LEVEL)
#define NDIS_SEND_COMPLETE_FLAGS_DISPATCH_LEVEL 0x00000001
#define NDIS_SEND_COMPLETE_FLAGS_SINGLE_QUEUE 0x00000002
#define NDIS_SEND_COMPLETE_FLAGS_SWITCH_SINGLE_SOURCE 0x00000004
#define NDIS_TEST_SEND_COMPLETE_FLAG(_Flags, _Fl) (((_Flags) & (_Fl)) == (_Fl))
#define NDIS_SET_SEND_COMPLETE_FLAG(_Flags, _Fl) ((_Flags) |= (_Fl))
#define NDIS_TEST_SEND_COMPLETE_AT_DISPATCH_LEVEL(_Flags) NDIS_TEST_SEND_COMPLETE_FLAG((_Flags), NDIS_SEND_COMPLETE_FLAGS_DISPATCH_LEVEL)
#define NDIS_RECEIVE_FLAGS_DISPATCH_LEVEL 0x00000001
#define NDIS_RECEIVE_FLAGS_RESOURCES 0x00000002
#define NDIS_RECEIVE_FLAGS_SINGLE_ETHER_TYPE 0x00000100
#define NDIS_RECEIVE_FLAGS_SINGLE_VLAN 0x00000200
#define NDIS_RECEIVE_FLAGS_PERFECT_FILTERED 0x00000400
#define NDIS_RECEIVE_FLAGS_SINGLE_QUEUE 0x00000800
#define NDIS_RECEIVE_FLAGS_SHARED_MEMORY_INFO_VALID 0x00001000
#define NDIS_RECEIVE_FLAGS_MORE_NBLS 0x00002000
#define NDIS_RECEIVE_FLAGS_SWITCH_SINGLE_SOURCE 0x00008000
#define NDIS_RECEIVE_FLAGS_SWITCH_DESTINATION_GROUP 0x00004000
#define NDIS_TEST_RECEIVE_FLAG(_Flags, _Fl) (((_Flags) & (_Fl)) == (_Fl))
#define NDIS_SET_RECEIVE_FLAG(_Flags, _Fl) ((_Flags) |= (_Fl))
#define NDIS_TEST_RECEIVE_AT_DISPATCH_LEVEL(_Flags) NDIS_TEST_RECEIVE_FLAG((_Flags), NDIS_RECEIVE_FLAGS_DISPATCH_LEVEL)
#define NDIS_TEST_RECEIVE_CANNOT_PEND(_Flags) NDIS_TEST_RECEIVE_FLAG((_Flags), NDIS_RECEIVE_FLAGS_RESOURCES)
#define NDIS_TEST_RECEIVE_CAN_PEND(_Flags) (((_Flags) & NDIS_RECEIVE_FLAGS_RESOURCES) == 0)
#define NDIS_RETURN_FLAGS_DISPATCH_LEVEL 0x00000001
#define NDIS_RETURN_FLAGS_SINGLE_QUEUE 0x00000002
#define NDIS_TEST_RETURN_FLAG(_Flags, _Fl) (((_Flags) & (_Fl)) == (_Fl))
#define NDIS_SET_RETURN_FLAG(_Flags, _Fl) ((_Flags) |= (_Fl))
#define NDIS_TEST_RETURN_AT_DISPATCH_LEVEL(_Flags) NDIS_TEST_RETURN_FLAG((_Flags), NDIS_RETURN_FLAGS_DISPATCH_LEVEL)
#define NDIS_DEFAULT_PORT_NUMBER ((NDIS_PORT_NUMBER)0)

/* ---- Restart attributes ---- */
typedef struct _NDIS_RESTART_ATTRIBUTES NDIS_RESTART_ATTRIBUTES, *PNDIS_RESTART_ATTRIBUTES;
struct _NDIS_RESTART_ATTRIBUTES {
	PNDIS_RESTART_ATTRIBUTES Next;
	NDIS_OID Oid;
	ULONG DataLength;
	DECLSPEC_ALIGN(MEMORY_ALLOCATION_ALIGNMENT) UCHAR Data[1];
};
typedef struct _NDIS_RESTART_GENERAL_ATTRIBUTES {
	NDIS_OBJECT_HEADER Header;
	ULONG MtuSize;
	ULONG64 MaxXmitLinkSpeed;
	ULONG64 MaxRcvLinkSpeed;
	ULONG LookaheadSize;
	ULONG MacOptions;
	ULONG SupportedPacketFilters;
	ULONG MaxMulticastListSize;
	struct _NDIS_RECEIVE_SCALE_CAPABILITIES *RecvScaleCapabilities;
	NET_IF_ACCESS_TYPE AccessType;
	ULONG Flags;
	NET_IF_CONNECTION_TYPE ConnectionType;
	ULONG SupportedStatistics;
	ULONG DataBackFillSize;
	ULONG ContextBackFillSize;
	PNDIS_OID SupportedOidList;
	ULONG SupportedOidListLength;
	ULONG MaxLookaheadSizeAccessed;
} NDIS_RESTART_GENERAL_ATTRIBUTES, *PNDIS_RESTART_GENERAL_ATTRIBUTES;
#define NDIS_RESTART_GENERAL_ATTRIBUTES_REVISION_1 1
#define NDIS_RESTART_GENERAL_ATTRIBUTES_REVISION_2 2

typedef struct _NDIS_DRIVER_OPTIONAL_HANDLERS {
	NDIS_OBJECT_HEADER Header;
} NDIS_DRIVER_OPTIONAL_HANDLERS, *PNDIS_DRIVER_OPTIONAL_HANDLERS;

/* ---- Filter drivers ---- */
#define NDIS_FILTER_ATTACH_FLAGS_IGNORE_MANDATORY 0x00000001
typedef struct _NDIS_FILTER_ATTACH_PARAMETERS {
	NDIS_OBJECT_HEADER Header;
	NET_IFINDEX IfIndex;
	NET_LUID NetLuid;
	PNDIS_STRING FilterModuleGuidName;
	NET_IFINDEX BaseMiniportIfIndex;
	PNDIS_STRING BaseMiniportInstanceName;
	PNDIS_STRING BaseMiniportName;
	NDIS_MEDIA_CONNECT_STATE MediaConnectState;
	NET_IF_MEDIA_DUPLEX_STATE MediaDuplexState;
	ULONG64 XmitLinkSpeed;
	ULONG64 RcvLinkSpeed;
	NDIS_MEDIUM MiniportMediaType;
	NDIS_PHYSICAL_MEDIUM MiniportPhysicalMediaType;
	NDIS_HANDLE MiniportMediaSpecificAttributes;
	struct _NDIS_OFFLOAD *DefaultOffloadConfiguration;
	USHORT MacAddressLength;
	UCHAR CurrentMacAddress[NDIS_MAX_PHYS_ADDRESS_LENGTH];
	NET_LUID BaseMiniportNetLuid;
	NET_IFINDEX LowerIfIndex;
	NET_LUID LowerIfNetLuid;
	ULONG Flags;
	PNDIS_HD_SPLIT_CURRENT_CONFIG HDSplitCurrentConfig;
	PNDIS_RECEIVE_FILTER_CAPABILITIES ReceiveFilterCapabilities;
	PDEVICE_OBJECT MiniportPhysicalDeviceObject;
	PNDIS_NIC_SWITCH_CAPABILITIES NicSwitchCapabilities;
	BOOLEAN BaseMiniportIfConnectorPresent;
	PNDIS_SRIOV_CAPABILITIES SriovCapabilities;
	PNDIS_NIC_SWITCH_INFO_ARRAY NicSwitchArray;
} NDIS_FILTER_ATTACH_PARAMETERS, *PNDIS_FILTER_ATTACH_PARAMETERS;
#define NDIS_FILTER_ATTACH_PARAMETERS_REVISION_1 1
#define NDIS_FILTER_ATTACH_PARAMETERS_REVISION_4 4
typedef struct _NDIS_FILTER_PAUSE_PARAMETERS {
	NDIS_OBJECT_HEADER Header;
	ULONG Flags;
	ULONG PauseReason;
} NDIS_FILTER_PAUSE_PARAMETERS, *PNDIS_FILTER_PAUSE_PARAMETERS;
typedef struct _NDIS_FILTER_RESTART_PARAMETERS {
	NDIS_OBJECT_HEADER Header;
	NDIS_MEDIUM MiniportMediaType;
	NDIS_PHYSICAL_MEDIUM MiniportPhysicalMediaType;
	PNDIS_RESTART_ATTRIBUTES RestartAttributes;
	NET_IFINDEX LowerIfIndex;
	NET_LUID LowerIfNetLuid;
	ULONG Flags;
} NDIS_FILTER_RESTART_PARAMETERS, *PNDIS_FILTER_RESTART_PARAMETERS;
typedef struct _NDIS_FILTER_ATTRIBUTES {
	NDIS_OBJECT_HEADER Header;
	ULONG Flags;
} NDIS_FILTER_ATTRIBUTES, *PNDIS_FILTER_ATTRIBUTES;
#define NDIS_FILTER_ATTRIBUTES_REVISION_1 1
#ifndef NDIS_OBJECT_TYPE_FILTER_ATTRIBUTES
#define NDIS_OBJECT_TYPE_FILTER_ATTRIBUTES 0x8D
#endif
#ifndef NDIS_OBJECT_TYPE_FILTER_PARTIAL_CHARACTERISTICS
#define NDIS_OBJECT_TYPE_FILTER_PARTIAL_CHARACTERISTICS 0x8C
#endif

typedef NDIS_STATUS SET_OPTIONS(NDIS_HANDLE NdisDriverHandle, NDIS_HANDLE DriverContext);
typedef SET_OPTIONS FILTER_SET_OPTIONS;
typedef NDIS_STATUS FILTER_SET_MODULE_OPTIONS(NDIS_HANDLE FilterModuleContext);
typedef NDIS_STATUS FILTER_ATTACH(NDIS_HANDLE NdisFilterHandle, NDIS_HANDLE FilterDriverContext,
	PNDIS_FILTER_ATTACH_PARAMETERS AttachParameters);
typedef VOID FILTER_DETACH(NDIS_HANDLE FilterModuleContext);
typedef NDIS_STATUS FILTER_RESTART(NDIS_HANDLE FilterModuleContext, PNDIS_FILTER_RESTART_PARAMETERS RestartParameters);
typedef NDIS_STATUS FILTER_PAUSE(NDIS_HANDLE FilterModuleContext, PNDIS_FILTER_PAUSE_PARAMETERS PauseParameters);
typedef VOID FILTER_SEND_NET_BUFFER_LISTS(NDIS_HANDLE FilterModuleContext, PNET_BUFFER_LIST NetBufferList,
	NDIS_PORT_NUMBER PortNumber, ULONG SendFlags);
typedef VOID FILTER_SEND_NET_BUFFER_LISTS_COMPLETE(NDIS_HANDLE FilterModuleContext, PNET_BUFFER_LIST NetBufferList,
	ULONG SendCompleteFlags);
typedef VOID FILTER_CANCEL_SEND_NET_BUFFER_LISTS(NDIS_HANDLE FilterModuleContext, PVOID CancelId);
typedef VOID FILTER_RECEIVE_NET_BUFFER_LISTS(NDIS_HANDLE FilterModuleContext, PNET_BUFFER_LIST NetBufferLists,
	NDIS_PORT_NUMBER PortNumber, ULONG NumberOfNetBufferLists, ULONG ReceiveFlags);
typedef VOID FILTER_RETURN_NET_BUFFER_LISTS(NDIS_HANDLE FilterModuleContext, PNET_BUFFER_LIST NetBufferLists,
	ULONG ReturnFlags);
typedef NDIS_STATUS FILTER_OID_REQUEST(NDIS_HANDLE FilterModuleContext, PNDIS_OID_REQUEST OidRequest);
typedef VOID FILTER_CANCEL_OID_REQUEST(NDIS_HANDLE FilterModuleContext, PVOID RequestId);
typedef VOID FILTER_OID_REQUEST_COMPLETE(NDIS_HANDLE FilterModuleContext, PNDIS_OID_REQUEST OidRequest,
	NDIS_STATUS Status);
typedef NDIS_STATUS FILTER_DIRECT_OID_REQUEST(NDIS_HANDLE FilterModuleContext, PNDIS_OID_REQUEST OidRequest);
typedef VOID FILTER_DIRECT_OID_REQUEST_COMPLETE(NDIS_HANDLE FilterModuleContext, PNDIS_OID_REQUEST OidRequest,
	NDIS_STATUS Status);
typedef VOID FILTER_CANCEL_DIRECT_OID_REQUEST(NDIS_HANDLE FilterModuleContext, PVOID RequestId);
typedef VOID FILTER_STATUS(NDIS_HANDLE FilterModuleContext, PNDIS_STATUS_INDICATION StatusIndication);
typedef NDIS_STATUS FILTER_NET_PNP_EVENT(NDIS_HANDLE FilterModuleContext, PNET_PNP_EVENT_NOTIFICATION NetPnPEventNotification);
typedef VOID FILTER_DEVICE_PNP_EVENT_NOTIFY(NDIS_HANDLE FilterModuleContext, PNET_DEVICE_PNP_EVENT NetDevicePnPEvent);
typedef SET_OPTIONS *SET_OPTIONS_HANDLER;
typedef FILTER_SET_MODULE_OPTIONS *SET_FILTER_MODULE_OPTIONS_HANDLER;
typedef FILTER_ATTACH *FILTER_ATTACH_HANDLER;
typedef FILTER_DETACH *FILTER_DETACH_HANDLER;
typedef FILTER_RESTART *FILTER_RESTART_HANDLER;
typedef FILTER_PAUSE *FILTER_PAUSE_HANDLER;
typedef FILTER_SEND_NET_BUFFER_LISTS *FILTER_SEND_NET_BUFFER_LISTS_HANDLER;
typedef FILTER_SEND_NET_BUFFER_LISTS_COMPLETE *FILTER_SEND_NET_BUFFER_LISTS_COMPLETE_HANDLER;
typedef FILTER_CANCEL_SEND_NET_BUFFER_LISTS *FILTER_CANCEL_SEND_HANDLER;
typedef FILTER_RECEIVE_NET_BUFFER_LISTS *FILTER_RECEIVE_NET_BUFFER_LISTS_HANDLER;
typedef FILTER_RETURN_NET_BUFFER_LISTS *FILTER_RETURN_NET_BUFFER_LISTS_HANDLER;
typedef FILTER_OID_REQUEST *FILTER_OID_REQUEST_HANDLER;
typedef FILTER_CANCEL_OID_REQUEST *FILTER_CANCEL_OID_REQUEST_HANDLER;
typedef FILTER_OID_REQUEST_COMPLETE *FILTER_OID_REQUEST_COMPLETE_HANDLER;
typedef FILTER_DIRECT_OID_REQUEST *FILTER_DIRECT_OID_REQUEST_HANDLER;
typedef FILTER_DIRECT_OID_REQUEST_COMPLETE *FILTER_DIRECT_OID_REQUEST_COMPLETE_HANDLER;
typedef FILTER_CANCEL_DIRECT_OID_REQUEST *FILTER_CANCEL_DIRECT_OID_REQUEST_HANDLER;
typedef FILTER_STATUS *FILTER_STATUS_HANDLER;
typedef FILTER_NET_PNP_EVENT *FILTER_NET_PNP_EVENT_HANDLER;
typedef FILTER_DEVICE_PNP_EVENT_NOTIFY *FILTER_DEVICE_PNP_EVENT_NOTIFY_HANDLER;
typedef NDIS_STATUS FILTER_SYNCHRONOUS_OID_REQUEST(NDIS_HANDLE FilterModuleContext, NDIS_OID_REQUEST *OidRequest,
	PVOID *CallContext);
typedef FILTER_SYNCHRONOUS_OID_REQUEST *FILTER_SYNCHRONOUS_OID_REQUEST_HANDLER;
typedef VOID FILTER_SYNCHRONOUS_OID_REQUEST_COMPLETE(NDIS_HANDLE FilterModuleContext, NDIS_OID_REQUEST *OidRequest,
	NDIS_STATUS *Status, PVOID CallContext);
typedef FILTER_SYNCHRONOUS_OID_REQUEST_COMPLETE *FILTER_SYNCHRONOUS_OID_REQUEST_COMPLETE_HANDLER;

#define NDIS_FILTER_CHARACTERISTICS_REVISION_1 1
#define NDIS_FILTER_CHARACTERISTICS_REVISION_2 2
#define NDIS_FILTER_CHARACTERISTICS_REVISION_3 3
#define NDIS_FILTER_DRIVER_MANDATORY 0x00000001
#define NDIS_FILTER_DRIVER_SUPPORTS_CURRENT_MAC_ADDRESS_CHANGE 0x00000002
#define NDIS_FILTER_DRIVER_SUPPORTS_L2_MTU_SIZE_CHANGE 0x00000004
typedef struct _NDIS_FILTER_DRIVER_CHARACTERISTICS {
	NDIS_OBJECT_HEADER Header;
	UCHAR MajorNdisVersion;
	UCHAR MinorNdisVersion;
	UCHAR MajorDriverVersion;
	UCHAR MinorDriverVersion;
	ULONG Flags;
	NDIS_STRING FriendlyName;
	NDIS_STRING UniqueName;
	NDIS_STRING ServiceName;
	SET_OPTIONS_HANDLER SetOptionsHandler;
	SET_FILTER_MODULE_OPTIONS_HANDLER SetFilterModuleOptionsHandler;
	FILTER_ATTACH_HANDLER AttachHandler;
	FILTER_DETACH_HANDLER DetachHandler;
	FILTER_RESTART_HANDLER RestartHandler;
	FILTER_PAUSE_HANDLER PauseHandler;
	FILTER_SEND_NET_BUFFER_LISTS_HANDLER SendNetBufferListsHandler;
	FILTER_SEND_NET_BUFFER_LISTS_COMPLETE_HANDLER SendNetBufferListsCompleteHandler;
	FILTER_CANCEL_SEND_HANDLER CancelSendNetBufferListsHandler;
	FILTER_RECEIVE_NET_BUFFER_LISTS_HANDLER ReceiveNetBufferListsHandler;
	FILTER_RETURN_NET_BUFFER_LISTS_HANDLER ReturnNetBufferListsHandler;
	FILTER_OID_REQUEST_HANDLER OidRequestHandler;
	FILTER_OID_REQUEST_COMPLETE_HANDLER OidRequestCompleteHandler;
	FILTER_CANCEL_OID_REQUEST_HANDLER CancelOidRequestHandler;
	FILTER_DEVICE_PNP_EVENT_NOTIFY_HANDLER DevicePnPEventNotifyHandler;
	FILTER_NET_PNP_EVENT_HANDLER NetPnPEventHandler;
	FILTER_STATUS_HANDLER StatusHandler;
	FILTER_DIRECT_OID_REQUEST_HANDLER DirectOidRequestHandler;
	FILTER_DIRECT_OID_REQUEST_COMPLETE_HANDLER DirectOidRequestCompleteHandler;
	FILTER_CANCEL_DIRECT_OID_REQUEST_HANDLER CancelDirectOidRequestHandler;
	FILTER_SYNCHRONOUS_OID_REQUEST_HANDLER SynchronousOidRequestHandler;
	FILTER_SYNCHRONOUS_OID_REQUEST_COMPLETE_HANDLER SynchronousOidRequestCompleteHandler;
} NDIS_FILTER_DRIVER_CHARACTERISTICS, *PNDIS_FILTER_DRIVER_CHARACTERISTICS;
typedef struct _NDIS_FILTER_PARTIAL_CHARACTERISTICS {
	NDIS_OBJECT_HEADER Header;
	ULONG Flags;
	FILTER_SEND_NET_BUFFER_LISTS_HANDLER SendNetBufferListsHandler;
	FILTER_SEND_NET_BUFFER_LISTS_COMPLETE_HANDLER SendNetBufferListsCompleteHandler;
	FILTER_CANCEL_SEND_HANDLER CancelSendNetBufferListsHandler;
	FILTER_RECEIVE_NET_BUFFER_LISTS_HANDLER ReceiveNetBufferListsHandler;
	FILTER_RETURN_NET_BUFFER_LISTS_HANDLER ReturnNetBufferListsHandler;
} NDIS_FILTER_PARTIAL_CHARACTERISTICS, *PNDIS_FILTER_PARTIAL_CHARACTERISTICS;
#define NDIS_FILTER_PARTIAL_CHARACTERISTICS_REVISION_1 1

NDIS_STATUS NdisFRegisterFilterDriver(PDRIVER_OBJECT DriverObject, NDIS_HANDLE FilterDriverContext,
	PNDIS_FILTER_DRIVER_CHARACTERISTICS FilterDriverCharacteristics, PNDIS_HANDLE NdisFilterDriverHandle);
VOID NdisFDeregisterFilterDriver(NDIS_HANDLE NdisFilterDriverHandle);
NDIS_STATUS NdisFSetAttributes(NDIS_HANDLE NdisFilterHandle, NDIS_HANDLE FilterModuleContext,
	PNDIS_FILTER_ATTRIBUTES FilterAttributes);
NDIS_STATUS NdisSetOptionalHandlers(NDIS_HANDLE NdisHandle, PNDIS_DRIVER_OPTIONAL_HANDLERS OptionalHandlers);
NDIS_STATUS NdisFRestartFilter(NDIS_HANDLE NdisFilterHandle);
VOID NdisFPauseComplete(NDIS_HANDLE NdisFilterHandle);
VOID NdisFRestartComplete(NDIS_HANDLE NdisFilterHandle, NDIS_STATUS Status);
VOID NdisFSendNetBufferLists(NDIS_HANDLE NdisFilterHandle, PNET_BUFFER_LIST NetBufferList,
	NDIS_PORT_NUMBER PortNumber, ULONG SendFlags);
VOID NdisFSendNetBufferListsComplete(NDIS_HANDLE NdisFilterHandle, PNET_BUFFER_LIST NetBufferList,
	ULONG SendCompleteFlags);
VOID NdisFCancelSendNetBufferLists(NDIS_HANDLE NdisFilterHandle, PVOID CancelId);
VOID NdisFIndicateReceiveNetBufferLists(NDIS_HANDLE NdisFilterHandle, PNET_BUFFER_LIST NetBufferLists,
	NDIS_PORT_NUMBER PortNumber, ULONG NumberOfNetBufferLists, ULONG ReceiveFlags);
VOID NdisFReturnNetBufferLists(NDIS_HANDLE NdisFilterHandle, PNET_BUFFER_LIST NetBufferLists, ULONG ReturnFlags);
NDIS_STATUS NdisFOidRequest(NDIS_HANDLE NdisFilterHandle, PNDIS_OID_REQUEST OidRequest);
VOID NdisFOidRequestComplete(NDIS_HANDLE NdisFilterHandle, PNDIS_OID_REQUEST OidRequest, NDIS_STATUS Status);
VOID NdisFCancelOidRequest(NDIS_HANDLE NdisFilterHandle, PVOID RequestId);
NDIS_STATUS NdisFDirectOidRequest(NDIS_HANDLE NdisFilterHandle, PNDIS_OID_REQUEST OidRequest);
VOID NdisFDirectOidRequestComplete(NDIS_HANDLE NdisFilterHandle, PNDIS_OID_REQUEST OidRequest, NDIS_STATUS Status);
VOID NdisFIndicateStatus(NDIS_HANDLE NdisFilterHandle, PNDIS_STATUS_INDICATION StatusIndication);
NDIS_STATUS NdisFNetPnPEvent(NDIS_HANDLE NdisFilterHandle, PNET_PNP_EVENT_NOTIFICATION NetPnPEventNotification);
VOID NdisFDevicePnPEventNotify(NDIS_HANDLE NdisFilterHandle, PNET_DEVICE_PNP_EVENT NetDevicePnPEvent);
NDIS_STATUS NdisAllocateCloneOidRequest(NDIS_HANDLE SourceHandle, PNDIS_OID_REQUEST OidRequest, UINT PoolTag,
	PNDIS_OID_REQUEST *CloneOidRequest);
VOID NdisFreeCloneOidRequest(NDIS_HANDLE SourceHandle, PNDIS_OID_REQUEST Request);
/* NdisFGetOptionalSwitchHandlers: driso_ndis6x_extras.h (after NDIS_SWITCH_OPTIONAL_HANDLERS) */

/* ---- Miniport drivers ---- */
#ifndef DRISO_HAVE_NDIS_RESOURCE_LIST
#define DRISO_HAVE_NDIS_RESOURCE_LIST
typedef CM_PARTIAL_RESOURCE_LIST NDIS_RESOURCE_LIST, *PNDIS_RESOURCE_LIST;
#endif
typedef struct _NDIS_MINIPORT_INIT_PARAMETERS {
	NDIS_OBJECT_HEADER Header;
	ULONG Flags;
	PNDIS_RESOURCE_LIST AllocatedResources;
	NDIS_HANDLE IMDeviceInstanceContext;
	NDIS_HANDLE MiniportAddDeviceContext;
	NET_IFINDEX IfIndex;
	NET_LUID NetLuid;
	struct _NDIS_PORT_AUTHENTICATION_PARAMETERS *DefaultPortAuthStates;
	struct _NDIS_PCI_DEVICE_CUSTOM_PROPERTIES *PciDeviceCustomProperties;
} NDIS_MINIPORT_INIT_PARAMETERS, *PNDIS_MINIPORT_INIT_PARAMETERS;
typedef struct _NDIS_MINIPORT_RESTART_PARAMETERS {
	NDIS_OBJECT_HEADER Header;
	PNDIS_RESTART_ATTRIBUTES RestartAttributes;
	ULONG Flags;
} NDIS_MINIPORT_RESTART_PARAMETERS, *PNDIS_MINIPORT_RESTART_PARAMETERS;
typedef struct _NDIS_MINIPORT_PAUSE_PARAMETERS {
	NDIS_OBJECT_HEADER Header;
	ULONG Flags;
	ULONG PauseReason;
} NDIS_MINIPORT_PAUSE_PARAMETERS, *PNDIS_MINIPORT_PAUSE_PARAMETERS;

typedef NDIS_STATUS MINIPORT_INITIALIZE(NDIS_HANDLE NdisMiniportHandle, NDIS_HANDLE MiniportDriverContext,
	PNDIS_MINIPORT_INIT_PARAMETERS MiniportInitParameters);
typedef VOID MINIPORT_HALT(NDIS_HANDLE MiniportAdapterContext, NDIS_HALT_ACTION HaltAction);
typedef VOID MINIPORT_UNLOAD(PDRIVER_OBJECT DriverObject);
typedef NDIS_STATUS MINIPORT_PAUSE(NDIS_HANDLE MiniportAdapterContext, PNDIS_MINIPORT_PAUSE_PARAMETERS PauseParameters);
typedef NDIS_STATUS MINIPORT_RESTART(NDIS_HANDLE MiniportAdapterContext,
	PNDIS_MINIPORT_RESTART_PARAMETERS RestartParameters);
typedef NDIS_STATUS MINIPORT_OID_REQUEST(NDIS_HANDLE MiniportAdapterContext, PNDIS_OID_REQUEST OidRequest);
typedef VOID MINIPORT_CANCEL_OID_REQUEST(NDIS_HANDLE MiniportAdapterContext, PVOID RequestId);
typedef NDIS_STATUS MINIPORT_DIRECT_OID_REQUEST(NDIS_HANDLE MiniportAdapterContext, PNDIS_OID_REQUEST OidRequest);
typedef VOID MINIPORT_CANCEL_DIRECT_OID_REQUEST(NDIS_HANDLE MiniportAdapterContext, PVOID RequestId);
typedef VOID MINIPORT_SEND_NET_BUFFER_LISTS(NDIS_HANDLE MiniportAdapterContext, PNET_BUFFER_LIST NetBufferList,
	NDIS_PORT_NUMBER PortNumber, ULONG SendFlags);
typedef VOID MINIPORT_CANCEL_SEND(NDIS_HANDLE MiniportAdapterContext, PVOID CancelId);
typedef VOID MINIPORT_RETURN_NET_BUFFER_LISTS(NDIS_HANDLE MiniportAdapterContext, PNET_BUFFER_LIST NetBufferLists,
	ULONG ReturnFlags);
typedef BOOLEAN MINIPORT_CHECK_FOR_HANG(NDIS_HANDLE MiniportAdapterContext);
typedef NDIS_STATUS MINIPORT_RESET(NDIS_HANDLE MiniportAdapterContext, PBOOLEAN AddressingReset);
typedef VOID MINIPORT_DEVICE_PNP_EVENT_NOTIFY(NDIS_HANDLE MiniportAdapterContext, PNET_DEVICE_PNP_EVENT NetDevicePnPEvent);
typedef VOID MINIPORT_SHUTDOWN(NDIS_HANDLE MiniportAdapterContext, NDIS_SHUTDOWN_ACTION ShutdownAction);
typedef NDIS_STATUS MINIPORT_SET_OPTIONS(NDIS_HANDLE NdisDriverHandle, NDIS_HANDLE DriverContext);
typedef NDIS_STATUS MINIPORT_ADD_DEVICE(NDIS_HANDLE NdisMiniportHandle, NDIS_HANDLE MiniportDriverContext);
typedef VOID MINIPORT_REMOVE_DEVICE(NDIS_HANDLE MiniportAddDeviceContext);
typedef NDIS_STATUS MINIPORT_PNP_IRP(NDIS_HANDLE MiniportAddDeviceContext, PIRP Irp);
typedef NDIS_STATUS MINIPORT_FILTER_RESOURCE_REQUIREMENTS(NDIS_HANDLE MiniportAddDeviceContext, PIRP Irp);
typedef BOOLEAN MINIPORT_ISR(NDIS_HANDLE MiniportInterruptContext, PBOOLEAN QueueDefaultInterruptDpc,
	PULONG TargetProcessors);
typedef VOID MINIPORT_INTERRUPT_DPC(NDIS_HANDLE MiniportInterruptContext, PVOID MiniportDpcContext,
	PVOID ReceiveThrottleParameters, PVOID NdisReserved2);
typedef VOID MINIPORT_ENABLE_INTERRUPT(NDIS_HANDLE MiniportInterruptContext);
typedef VOID MINIPORT_DISABLE_INTERRUPT(NDIS_HANDLE MiniportInterruptContext);
typedef BOOLEAN MINIPORT_SYNCHRONIZE_INTERRUPT(NDIS_HANDLE SynchronizeContext);
typedef BOOLEAN MINIPORT_MESSAGE_INTERRUPT(NDIS_HANDLE MiniportInterruptContext, ULONG MessageId,
	PBOOLEAN QueueDefaultInterruptDpc, PULONG TargetProcessors);
typedef VOID MINIPORT_MESSAGE_INTERRUPT_DPC(NDIS_HANDLE MiniportInterruptContext, ULONG MessageId,
	PVOID MiniportDpcContext, PVOID ReceiveThrottleParameters, PVOID NdisReserved2);
typedef VOID MINIPORT_DISABLE_MESSAGE_INTERRUPT(NDIS_HANDLE MiniportInterruptContext, ULONG MessageId);
typedef VOID MINIPORT_ENABLE_MESSAGE_INTERRUPT(NDIS_HANDLE MiniportInterruptContext, ULONG MessageId);
typedef MINIPORT_MESSAGE_INTERRUPT *MINIPORT_MSI_ISR_HANDLER;
typedef MINIPORT_MESSAGE_INTERRUPT_DPC *MINIPORT_MSI_INTERRUPT_DPC_HANDLER;
typedef MINIPORT_DISABLE_MESSAGE_INTERRUPT *MINIPORT_DISABLE_MSI_INTERRUPT_HANDLER;
typedef MINIPORT_ENABLE_MESSAGE_INTERRUPT *MINIPORT_ENABLE_MSI_INTERRUPT_HANDLER;
typedef MINIPORT_SYNCHRONIZE_INTERRUPT *MINIPORT_SYNCHRONIZE_INTERRUPT_HANDLER;
typedef MINIPORT_SYNCHRONIZE_INTERRUPT MINIPORT_SYNCHRONIZE_MESSAGE_INTERRUPT;
typedef MINIPORT_SYNCHRONIZE_MESSAGE_INTERRUPT *MINIPORT_SYNCHRONIZE_MSI_INTERRUPT_HANDLER;
typedef enum _NDIS_INTERRUPT_TYPE {
	NDIS_CONNECT_LINE_BASED = 1,
	NDIS_CONNECT_MESSAGE_BASED
} NDIS_INTERRUPT_TYPE, *PNDIS_INTERRUPT_TYPE;
typedef struct _NDIS_RECEIVE_THROTTLE_PARAMETERS {
	ULONG MaxNblsToIndicate;
	ULONG MoreNblsPending : 1;
} NDIS_RECEIVE_THROTTLE_PARAMETERS, *PNDIS_RECEIVE_THROTTLE_PARAMETERS;
#define NDIS_INDICATE_ALL_NBLS (~0ul)
typedef MINIPORT_INITIALIZE *MINIPORT_INITIALIZE_HANDLER;
typedef MINIPORT_HALT *MINIPORT_HALT_HANDLER;
typedef MINIPORT_UNLOAD *MINIPORT_DRIVER_UNLOAD;
typedef MINIPORT_PAUSE *MINIPORT_PAUSE_HANDLER;
typedef MINIPORT_RESTART *MINIPORT_RESTART_HANDLER;
typedef MINIPORT_OID_REQUEST *MINIPORT_OID_REQUEST_HANDLER;
typedef MINIPORT_CANCEL_OID_REQUEST *MINIPORT_CANCEL_OID_REQUEST_HANDLER;
typedef MINIPORT_DIRECT_OID_REQUEST *MINIPORT_DIRECT_OID_REQUEST_HANDLER;
typedef MINIPORT_CANCEL_DIRECT_OID_REQUEST *MINIPORT_CANCEL_DIRECT_OID_REQUEST_HANDLER;
typedef MINIPORT_SEND_NET_BUFFER_LISTS *MINIPORT_SEND_NET_BUFFER_LISTS_HANDLER;
typedef MINIPORT_CANCEL_SEND *MINIPORT_CANCEL_SEND_HANDLER;
typedef MINIPORT_RETURN_NET_BUFFER_LISTS *MINIPORT_RETURN_NET_BUFFER_LISTS_HANDLER;
typedef MINIPORT_CHECK_FOR_HANG *MINIPORT_CHECK_FOR_HANG_HANDLER;
typedef MINIPORT_RESET *MINIPORT_RESET_HANDLER;
typedef MINIPORT_DEVICE_PNP_EVENT_NOTIFY *MINIPORT_DEVICE_PNP_EVENT_NOTIFY_HANDLER;
typedef MINIPORT_SHUTDOWN *MINIPORT_SHUTDOWN_HANDLER;
typedef MINIPORT_ISR *MINIPORT_ISR_HANDLER;
typedef MINIPORT_INTERRUPT_DPC *MINIPORT_INTERRUPT_DPC_HANDLER;
typedef MINIPORT_ENABLE_INTERRUPT *MINIPORT_ENABLE_INTERRUPT_HANDLER;
typedef MINIPORT_DISABLE_INTERRUPT *MINIPORT_DISABLE_INTERRUPT_HANDLER;

#define NDIS_MINIPORT_DRIVER_CHARACTERISTICS_REVISION_1 1
#define NDIS_MINIPORT_DRIVER_CHARACTERISTICS_REVISION_2 2
#define NDIS_MINIPORT_DRIVER_CHARACTERISTICS_REVISION_3 3
#define NDIS_WDM_DRIVER 0x00000002
#define NDIS_INTERMEDIATE_DRIVER 0x00000001
typedef struct _NDIS_MINIPORT_DRIVER_CHARACTERISTICS {
	NDIS_OBJECT_HEADER Header;
	UCHAR MajorNdisVersion;
	UCHAR MinorNdisVersion;
	UCHAR MajorDriverVersion;
	UCHAR MinorDriverVersion;
	ULONG Flags;
	SET_OPTIONS_HANDLER SetOptionsHandler;
	MINIPORT_INITIALIZE_HANDLER InitializeHandlerEx;
	MINIPORT_HALT_HANDLER HaltHandlerEx;
	MINIPORT_DRIVER_UNLOAD UnloadHandler;
	MINIPORT_PAUSE_HANDLER PauseHandler;
	MINIPORT_RESTART_HANDLER RestartHandler;
	MINIPORT_OID_REQUEST_HANDLER OidRequestHandler;
	MINIPORT_SEND_NET_BUFFER_LISTS_HANDLER SendNetBufferListsHandler;
	MINIPORT_RETURN_NET_BUFFER_LISTS_HANDLER ReturnNetBufferListsHandler;
	MINIPORT_CANCEL_SEND_HANDLER CancelSendHandler;
	MINIPORT_CHECK_FOR_HANG_HANDLER CheckForHangHandlerEx;
	MINIPORT_RESET_HANDLER ResetHandlerEx;
	MINIPORT_DEVICE_PNP_EVENT_NOTIFY_HANDLER DevicePnPEventNotifyHandler;
	MINIPORT_SHUTDOWN_HANDLER ShutdownHandlerEx;
	MINIPORT_CANCEL_OID_REQUEST_HANDLER CancelOidRequestHandler;
	MINIPORT_DIRECT_OID_REQUEST_HANDLER DirectOidRequestHandler;
	MINIPORT_CANCEL_DIRECT_OID_REQUEST_HANDLER CancelDirectOidRequestHandler;
	PVOID SynchronousOidRequestHandler;
} NDIS_MINIPORT_DRIVER_CHARACTERISTICS, *PNDIS_MINIPORT_DRIVER_CHARACTERISTICS;

typedef struct _NDIS_MINIPORT_PNP_CHARACTERISTICS {
	NDIS_OBJECT_HEADER Header;
	MINIPORT_ADD_DEVICE *MiniportAddDeviceHandler;
	MINIPORT_REMOVE_DEVICE *MiniportRemoveDeviceHandler;
	MINIPORT_FILTER_RESOURCE_REQUIREMENTS *MiniportFilterResourceRequirementsHandler;
	MINIPORT_PNP_IRP *MiniportStartDeviceHandler;
	ULONG Flags;
} NDIS_MINIPORT_PNP_CHARACTERISTICS, *PNDIS_MINIPORT_PNP_CHARACTERISTICS;

#define NDIS_MINIPORT_ATTRIBUTES_HARDWARE_DEVICE 0x00000001
#define NDIS_MINIPORT_ATTRIBUTES_NDIS_WDM 0x00000002
#define NDIS_MINIPORT_ATTRIBUTES_SURPRISE_REMOVE_OK 0x00000004
#define NDIS_MINIPORT_ATTRIBUTES_NOT_CO_NDIS 0x00000008
#define NDIS_MINIPORT_ATTRIBUTES_DO_NOT_BIND_TO_ALL_CO 0x00000010
#define NDIS_MINIPORT_ATTRIBUTES_NO_HALT_ON_SUSPEND 0x00000020
#define NDIS_MINIPORT_ATTRIBUTES_BUS_MASTER 0x00000040
#define NDIS_MINIPORT_ATTRIBUTES_CONTROLS_DEFAULT_PORT 0x00000080
#define NDIS_MINIPORT_ATTRIBUTES_NO_PAUSE_ON_SUSPEND 0x00000100
#define NDIS_MINIPORT_ATTRIBUTES_NO_OID_INTERCEPT_ON_NONDEFAULT_PORTS 0x00000200
#define NDIS_MINIPORT_ATTRIBUTES_REGISTER_BUGCHECK_CALLBACK 0x00000400
typedef enum _NDIS_INTERFACE_TYPE {
	NdisInterfaceInternal = Internal, NdisInterfaceIsa = Isa, NdisInterfaceEisa = Eisa, NdisInterfaceMca = MicroChannel,
	NdisInterfaceTurboChannel = TurboChannel, NdisInterfacePci = PCIBus, NdisInterfacePcMcia = PCMCIABus,
	NdisInterfaceCBus = CBus, NdisInterfaceMPIBus = MPIBus, NdisInterfaceMPSABus = MPSABus,
	NdisInterfaceProcessorInternal = ProcessorInternal, NdisInterfaceInternalPowerBus = InternalPowerBus,
	NdisInterfacePNPISABus = PNPISABus, NdisInterfacePNPBus = PNPBus, NdisInterfaceUSB, NdisInterfaceIrda,
	NdisInterface1394, NdisMaximumInterfaceType,
} NDIS_INTERFACE_TYPE, *PNDIS_INTERFACE_TYPE;

typedef struct _NDIS_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES {
	NDIS_OBJECT_HEADER Header;
	NDIS_HANDLE MiniportAdapterContext;
	ULONG AttributeFlags;
	UINT CheckForHangTimeInSeconds;
	NDIS_INTERFACE_TYPE InterfaceType;
} NDIS_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES, *PNDIS_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES;
#define NDIS_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES_REVISION_1 1
#define NDIS_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES_REVISION_2 2

typedef struct _NDIS_MINIPORT_ADAPTER_GENERAL_ATTRIBUTES {
	NDIS_OBJECT_HEADER Header;
	ULONG Flags;
	NDIS_MEDIUM MediaType;
	NDIS_PHYSICAL_MEDIUM PhysicalMediumType;
	ULONG MtuSize;
	ULONG64 MaxXmitLinkSpeed;
	ULONG64 XmitLinkSpeed;
	ULONG64 MaxRcvLinkSpeed;
	ULONG64 RcvLinkSpeed;
	NDIS_MEDIA_CONNECT_STATE MediaConnectState;
	NDIS_MEDIA_DUPLEX_STATE MediaDuplexState;
	ULONG LookaheadSize;
	PNDIS_PNP_CAPABILITIES PowerManagementCapabilities;
	ULONG MacOptions;
	ULONG SupportedPacketFilters;
	ULONG MaxMulticastListSize;
	USHORT MacAddressLength;
	UCHAR PermanentMacAddress[NDIS_MAX_PHYS_ADDRESS_LENGTH];
	UCHAR CurrentMacAddress[NDIS_MAX_PHYS_ADDRESS_LENGTH];
	struct _NDIS_RECEIVE_SCALE_CAPABILITIES *RecvScaleCapabilities;
	NET_IF_ACCESS_TYPE AccessType;
	NET_IF_DIRECTION_TYPE DirectionType;
	NET_IF_CONNECTION_TYPE ConnectionType;
	NET_IFTYPE IfType;
	BOOLEAN IfConnectorPresent;
	ULONG SupportedStatistics;
	ULONG SupportedPauseFunctions;
	ULONG DataBackFillSize;
	ULONG ContextBackFillSize;
	PNDIS_OID SupportedOidList;
	ULONG SupportedOidListLength;
	ULONG AutoNegotiationFlags;
	struct _NDIS_PM_CAPABILITIES *PowerManagementCapabilitiesEx;
} NDIS_MINIPORT_ADAPTER_GENERAL_ATTRIBUTES, *PNDIS_MINIPORT_ADAPTER_GENERAL_ATTRIBUTES;
#define NDIS_MINIPORT_ADAPTER_GENERAL_ATTRIBUTES_REVISION_1 1
#define NDIS_MINIPORT_ADAPTER_GENERAL_ATTRIBUTES_REVISION_2 2

typedef struct _NDIS_MINIPORT_ADD_DEVICE_REGISTRATION_ATTRIBUTES {
	NDIS_OBJECT_HEADER Header;
	NDIS_HANDLE MiniportAddDeviceContext;
	ULONG Flags;
} NDIS_MINIPORT_ADD_DEVICE_REGISTRATION_ATTRIBUTES, *PNDIS_MINIPORT_ADD_DEVICE_REGISTRATION_ATTRIBUTES;

typedef struct _NDIS_MINIPORT_ADAPTER_OFFLOAD_ATTRIBUTES {
	NDIS_OBJECT_HEADER Header;
	PNDIS_OFFLOAD DefaultOffloadConfiguration;
	PNDIS_OFFLOAD HardwareOffloadCapabilities;
	PNDIS_TCP_CONNECTION_OFFLOAD DefaultTcpConnectionOffloadConfiguration;
	PNDIS_TCP_CONNECTION_OFFLOAD TcpConnectionOffloadHardwareCapabilities;
} NDIS_MINIPORT_ADAPTER_OFFLOAD_ATTRIBUTES, *PNDIS_MINIPORT_ADAPTER_OFFLOAD_ATTRIBUTES;

typedef struct _NDIS_MINIPORT_ADAPTER_NATIVE_802_11_ATTRIBUTES {
	NDIS_OBJECT_HEADER Header;
	ULONG OpModeCapability;
	ULONG NumOfTXBuffers;
	ULONG NumOfRXBuffers;
	BOOLEAN MultiDomainCapabilityImplemented;
	ULONG NumSupportedPhys;
	PDOT11_PHY_ATTRIBUTES SupportedPhyAttributes;
	PDOT11_EXTSTA_ATTRIBUTES ExtSTAAttributes;
	PDOT11_VWIFI_ATTRIBUTES VWiFiAttributes;
	PDOT11_EXTAP_ATTRIBUTES ExtAPAttributes;
	PDOT11_WFD_ATTRIBUTES WFDAttributes;
} NDIS_MINIPORT_ADAPTER_NATIVE_802_11_ATTRIBUTES, *PNDIS_MINIPORT_ADAPTER_NATIVE_802_11_ATTRIBUTES;

typedef struct _NDIS_HD_SPLIT_ATTRIBUTES {
	NDIS_OBJECT_HEADER Header;
	ULONG HardwareCapabilities;
	ULONG CurrentCapabilities;
	ULONG HDSplitFlags;
	ULONG BackfillSize;
	ULONG MaxHeaderSize;
} NDIS_HD_SPLIT_ATTRIBUTES, *PNDIS_HD_SPLIT_ATTRIBUTES;

typedef struct _NDIS_MINIPORT_ADAPTER_HARDWARE_ASSIST_ATTRIBUTES {
	NDIS_OBJECT_HEADER Header;
	PNDIS_HD_SPLIT_ATTRIBUTES HDSplitAttributes;
	PNDIS_RECEIVE_FILTER_CAPABILITIES HardwareReceiveFilterCapabilities;
	PNDIS_RECEIVE_FILTER_CAPABILITIES CurrentReceiveFilterCapabilities;
	PNDIS_NIC_SWITCH_CAPABILITIES HardwareNicSwitchCapabilities;
	PNDIS_NIC_SWITCH_CAPABILITIES CurrentNicSwitchCapabilities;
	PNDIS_SRIOV_CAPABILITIES HardwareSriovCapabilities;
	PNDIS_SRIOV_CAPABILITIES CurrentSriovCapabilities;
	PNDIS_QOS_CAPABILITIES HardwareQosCapabilities;
	PNDIS_QOS_CAPABILITIES CurrentQosCapabilities;
	struct _NDIS_GFT_OFFLOAD_CAPABILITIES *HardwareGftOffloadCapabilities;
	struct _NDIS_GFT_OFFLOAD_CAPABILITIES *CurrentGftOffloadCapabilities;
} NDIS_MINIPORT_ADAPTER_HARDWARE_ASSIST_ATTRIBUTES, *PNDIS_MINIPORT_ADAPTER_HARDWARE_ASSIST_ATTRIBUTES;

typedef struct _NDIS_MINIPORT_ADAPTER_NDK_ATTRIBUTES {
	NDIS_OBJECT_HEADER Header;
	BOOLEAN Enabled;
	PNDIS_NDK_CAPABILITIES NdkCapabilities;
} NDIS_MINIPORT_ADAPTER_NDK_ATTRIBUTES, *PNDIS_MINIPORT_ADAPTER_NDK_ATTRIBUTES;

typedef struct _NDIS_MINIPORT_ADAPTER_PACKET_DIRECT_ATTRIBUTES {
	NDIS_OBJECT_HEADER Header;
	ULONG Flags;
	ULONG DmaAddressWidth;
} NDIS_MINIPORT_ADAPTER_PACKET_DIRECT_ATTRIBUTES, *PNDIS_MINIPORT_ADAPTER_PACKET_DIRECT_ATTRIBUTES;

typedef union _NDIS_MINIPORT_ADAPTER_ATTRIBUTES {
	NDIS_OBJECT_HEADER Header;
	NDIS_MINIPORT_ADD_DEVICE_REGISTRATION_ATTRIBUTES AddDeviceRegistrationAttributes;
	NDIS_MINIPORT_ADAPTER_REGISTRATION_ATTRIBUTES RegistrationAttributes;
	NDIS_MINIPORT_ADAPTER_GENERAL_ATTRIBUTES GeneralAttributes;
	NDIS_MINIPORT_ADAPTER_OFFLOAD_ATTRIBUTES OffloadAttributes;
	NDIS_MINIPORT_ADAPTER_NATIVE_802_11_ATTRIBUTES Native_802_11_Attributes;
	NDIS_MINIPORT_ADAPTER_HARDWARE_ASSIST_ATTRIBUTES HardwareAssistAttributes;
	NDIS_MINIPORT_ADAPTER_NDK_ATTRIBUTES NDKAttributes;
	NDIS_MINIPORT_ADAPTER_PACKET_DIRECT_ATTRIBUTES PacketDirectAttributes;
} NDIS_MINIPORT_ADAPTER_ATTRIBUTES, *PNDIS_MINIPORT_ADAPTER_ATTRIBUTES;

typedef struct _NDIS_MINIPORT_INTERRUPT_CHARACTERISTICS {
	NDIS_OBJECT_HEADER Header;
	MINIPORT_ISR_HANDLER InterruptHandler;
	MINIPORT_INTERRUPT_DPC_HANDLER InterruptDpcHandler;
	MINIPORT_DISABLE_INTERRUPT_HANDLER DisableInterruptHandler;
	MINIPORT_ENABLE_INTERRUPT_HANDLER EnableInterruptHandler;
	BOOLEAN MsiSupported;
	BOOLEAN MsiSyncWithAllMessages;
	MINIPORT_MSI_ISR_HANDLER MessageInterruptHandler;
	MINIPORT_MSI_INTERRUPT_DPC_HANDLER MessageInterruptDpcHandler;
	MINIPORT_DISABLE_MSI_INTERRUPT_HANDLER DisableMessageInterruptHandler;
	MINIPORT_ENABLE_MSI_INTERRUPT_HANDLER EnableMessageInterruptHandler;
	NDIS_INTERRUPT_TYPE InterruptType;
	PIO_INTERRUPT_MESSAGE_INFO MessageInfoTable;
} NDIS_MINIPORT_INTERRUPT_CHARACTERISTICS, *PNDIS_MINIPORT_INTERRUPT_CHARACTERISTICS;
#define NDIS_MINIPORT_INTERRUPT_REVISION_1 1

NDIS_STATUS NdisMRegisterMiniportDriver(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath,
	NDIS_HANDLE MiniportDriverContext, PNDIS_MINIPORT_DRIVER_CHARACTERISTICS MiniportDriverCharacteristics,
	PNDIS_HANDLE NdisMiniportDriverHandle);
VOID NdisMDeregisterMiniportDriver(NDIS_HANDLE NdisMiniportDriverHandle);
NDIS_STATUS NdisMSetMiniportAttributes(NDIS_HANDLE NdisMiniportHandle,
	PNDIS_MINIPORT_ADAPTER_ATTRIBUTES MiniportAttributes);
VOID NdisMIndicateReceiveNetBufferLists(NDIS_HANDLE MiniportAdapterHandle, PNET_BUFFER_LIST NetBufferList,
	NDIS_PORT_NUMBER PortNumber, ULONG NumberOfNetBufferLists, ULONG ReceiveFlags);
VOID NdisMSendNetBufferListsComplete(NDIS_HANDLE MiniportAdapterHandle, PNET_BUFFER_LIST NetBufferList,
	ULONG SendCompleteFlags);
VOID NdisMOidRequestComplete(NDIS_HANDLE MiniportAdapterHandle, PNDIS_OID_REQUEST OidRequest, NDIS_STATUS Status);
VOID NdisMDirectOidRequestComplete(NDIS_HANDLE MiniportAdapterHandle, PNDIS_OID_REQUEST OidRequest,
	NDIS_STATUS Status);
VOID NdisMIndicateStatusEx(NDIS_HANDLE MiniportAdapterHandle, PNDIS_STATUS_INDICATION StatusIndication);
VOID NdisMPauseComplete(NDIS_HANDLE MiniportAdapterHandle);
VOID NdisMRestartComplete(NDIS_HANDLE MiniportAdapterHandle, NDIS_STATUS Status);
VOID NdisMResetComplete(NDIS_HANDLE MiniportAdapterHandle, NDIS_STATUS Status, BOOLEAN AddressingReset);
VOID NdisMGetDeviceProperty(NDIS_HANDLE MiniportAdapterHandle, PDEVICE_OBJECT *PhysicalDeviceObject,
	PDEVICE_OBJECT *FunctionalDeviceObject, PDEVICE_OBJECT *NextDeviceObject, PCM_RESOURCE_LIST *AllocatedResources,
	PCM_RESOURCE_LIST *AllocatedResourcesTranslated);
NDIS_STATUS NdisMRegisterInterruptEx(NDIS_HANDLE MiniportAdapterHandle, NDIS_HANDLE MiniportInterruptContext,
	PNDIS_MINIPORT_INTERRUPT_CHARACTERISTICS MiniportInterruptCharacteristics, PNDIS_HANDLE NdisInterruptHandle);
VOID NdisMDeregisterInterruptEx(NDIS_HANDLE NdisInterruptHandle);
BOOLEAN NdisMSynchronizeWithInterruptEx(NDIS_HANDLE NdisInterruptHandle, ULONG MessageId,
	MINIPORT_SYNCHRONIZE_INTERRUPT *SynchronizeFunction, PVOID SynchronizeContext);
NDIS_STATUS NdisMMapIoSpace(PVOID *VirtualAddress, NDIS_HANDLE MiniportAdapterHandle,
	NDIS_PHYSICAL_ADDRESS PhysicalAddress, UINT Length);
VOID NdisMUnmapIoSpace(NDIS_HANDLE MiniportAdapterHandle, PVOID VirtualAddress, UINT Length);
NDIS_STATUS NdisMRegisterIoPortRange(PVOID *PortOffset, NDIS_HANDLE MiniportAdapterHandle, UINT InitialPort,
	UINT NumberOfPorts);
VOID NdisMDeregisterIoPortRange(NDIS_HANDLE MiniportAdapterHandle, UINT InitialPort, UINT NumberOfPorts,
	PVOID PortOffset);
ULONG NdisMGetBusData(NDIS_HANDLE NdisMiniportHandle, ULONG WhichSpace, ULONG Offset, PVOID Buffer, ULONG Length);
ULONG NdisMSetBusData(NDIS_HANDLE NdisMiniportHandle, ULONG WhichSpace, ULONG Offset, PVOID Buffer, ULONG Length);
VOID NdisMAllocateSharedMemory(NDIS_HANDLE MiniportAdapterHandle, ULONG Length, BOOLEAN Cached,
	PVOID *VirtualAddress, PNDIS_PHYSICAL_ADDRESS PhysicalAddress);
VOID NdisMFreeSharedMemory(NDIS_HANDLE MiniportAdapterHandle, ULONG Length, BOOLEAN Cached, PVOID VirtualAddress,
	NDIS_PHYSICAL_ADDRESS PhysicalAddress);
NDIS_STATUS NdisMRemoveMiniport(NDIS_HANDLE MiniportAdapterHandle);

/* ---- Protocol drivers ---- */
typedef struct _NDIS_BIND_PARAMETERS NDIS_BIND_PARAMETERS, *PNDIS_BIND_PARAMETERS;
struct _NDIS_BIND_PARAMETERS {
	NDIS_OBJECT_HEADER Header;
	PNDIS_STRING ProtocolSection;
	PNDIS_STRING AdapterName;
	PDEVICE_OBJECT PhysicalDeviceObject;
	NDIS_MEDIUM MediaType;
	ULONG MtuSize;
	ULONG64 MaxXmitLinkSpeed;
	ULONG64 XmitLinkSpeed;
	ULONG64 MaxRcvLinkSpeed;
	ULONG64 RcvLinkSpeed;
	NDIS_MEDIA_CONNECT_STATE MediaConnectState;
	NDIS_MEDIA_DUPLEX_STATE MediaDuplexState;
	ULONG LookaheadSize;
	PNDIS_PNP_CAPABILITIES PowerManagementCapabilities;
	ULONG SupportedPacketFilters;
	ULONG MaxMulticastListSize;
	USHORT MacAddressLength;
	UCHAR CurrentMacAddress[NDIS_MAX_PHYS_ADDRESS_LENGTH];
	NDIS_PHYSICAL_MEDIUM PhysicalMediumType;
	PNDIS_RECEIVE_SCALE_CAPABILITIES RcvScaleCapabilities;
	NET_LUID BoundIfNetluid;
	NET_IFINDEX BoundIfIndex;
	NET_LUID LowestIfNetluid;
	NET_IFINDEX LowestIfIndex;
	NET_IF_ACCESS_TYPE AccessType;
	NET_IF_DIRECTION_TYPE DirectionType;
	NET_IF_CONNECTION_TYPE ConnectionType;
	NET_IFTYPE IfType;
	BOOLEAN IfConnectorPresent;
	PVOID ActivePorts;
	ULONG DataBackFillSize;
	ULONG ContextBackFillSize;
	ULONG MacOptions;
	NET_IF_COMPARTMENT_ID CompartmentId;
	struct _NDIS_OFFLOAD *DefaultOffloadConfiguration;
	PVOID TcpConnectionOffloadCapabilities;
	PNDIS_STRING BoundAdapterName;
	PNDIS_HD_SPLIT_CURRENT_CONFIG HDSplitCurrentConfig;
	PNDIS_RECEIVE_FILTER_CAPABILITIES ReceiveFilterCapabilities;
	PNDIS_PM_CAPABILITIES PowerManagementCapabilitiesEx;
	PNDIS_NIC_SWITCH_CAPABILITIES NicSwitchCapabilities;
	BOOLEAN NDKEnabled;
	PNDIS_NDK_CAPABILITIES NDKCapabilities;
	PNDIS_SRIOV_CAPABILITIES SriovCapabilities;
	PNDIS_NIC_SWITCH_INFO_ARRAY NicSwitchArray;
};
typedef USHORT NET_FRAME_TYPE, *PNET_FRAME_TYPE;
typedef struct _NDIS_OPEN_PARAMETERS {
	NDIS_OBJECT_HEADER Header;
	PNDIS_STRING AdapterName;
	PNDIS_MEDIUM MediumArray;
	UINT MediumArraySize;
	PUINT SelectedMediumIndex;
	PNET_FRAME_TYPE FrameTypeArray;
	UINT FrameTypeArraySize;
} NDIS_OPEN_PARAMETERS, *PNDIS_OPEN_PARAMETERS;
#define NDIS_OPEN_PARAMETERS_REVISION_1 1
typedef struct _NDIS_PROTOCOL_RESTART_PARAMETERS {
	NDIS_OBJECT_HEADER Header;
	PUCHAR FilterModuleNameBuffer;
	ULONG FilterModuleNameBufferLength;
	PNDIS_RESTART_ATTRIBUTES RestartAttributes;
	NET_IFINDEX BoundIfIndex;
	NET_LUID BoundIfNetluid;
	ULONG Flags;
} NDIS_PROTOCOL_RESTART_PARAMETERS, *PNDIS_PROTOCOL_RESTART_PARAMETERS;
typedef struct _NDIS_PROTOCOL_PAUSE_PARAMETERS {
	NDIS_OBJECT_HEADER Header;
	ULONG Flags;
	ULONG PauseReason;
} NDIS_PROTOCOL_PAUSE_PARAMETERS, *PNDIS_PROTOCOL_PAUSE_PARAMETERS;

typedef NDIS_STATUS PROTOCOL_SET_OPTIONS(NDIS_HANDLE NdisDriverHandle, NDIS_HANDLE DriverContext);
typedef NDIS_STATUS PROTOCOL_BIND_ADAPTER_EX(NDIS_HANDLE ProtocolDriverContext, NDIS_HANDLE BindContext,
	PNDIS_BIND_PARAMETERS BindParameters);
typedef NDIS_STATUS PROTOCOL_UNBIND_ADAPTER_EX(NDIS_HANDLE UnbindContext, NDIS_HANDLE ProtocolBindingContext);
typedef VOID PROTOCOL_OPEN_ADAPTER_COMPLETE_EX(NDIS_HANDLE ProtocolBindingContext, NDIS_STATUS Status);
typedef VOID PROTOCOL_CLOSE_ADAPTER_COMPLETE_EX(NDIS_HANDLE ProtocolBindingContext);
typedef NDIS_STATUS PROTOCOL_NET_PNP_EVENT(NDIS_HANDLE ProtocolBindingContext,
	PNET_PNP_EVENT_NOTIFICATION NetPnPEventNotification);
typedef VOID PROTOCOL_UNINSTALL(VOID);
typedef VOID PROTOCOL_OID_REQUEST_COMPLETE(NDIS_HANDLE ProtocolBindingContext, PNDIS_OID_REQUEST OidRequest,
	NDIS_STATUS Status);
typedef VOID PROTOCOL_DIRECT_OID_REQUEST_COMPLETE(NDIS_HANDLE ProtocolBindingContext, PNDIS_OID_REQUEST OidRequest,
	NDIS_STATUS Status);
typedef VOID PROTOCOL_STATUS_EX(NDIS_HANDLE ProtocolBindingContext, PNDIS_STATUS_INDICATION StatusIndication);
typedef VOID PROTOCOL_RECEIVE_NET_BUFFER_LISTS(NDIS_HANDLE ProtocolBindingContext, PNET_BUFFER_LIST NetBufferLists,
	NDIS_PORT_NUMBER PortNumber, ULONG NumberOfNetBufferLists, ULONG ReceiveFlags);
typedef VOID PROTOCOL_SEND_NET_BUFFER_LISTS_COMPLETE(NDIS_HANDLE ProtocolBindingContext,
	PNET_BUFFER_LIST NetBufferList, ULONG SendCompleteFlags);
typedef PROTOCOL_BIND_ADAPTER_EX *BIND_HANDLER_EX;
typedef PROTOCOL_UNBIND_ADAPTER_EX *UNBIND_HANDLER_EX;
typedef PROTOCOL_OPEN_ADAPTER_COMPLETE_EX *OPEN_ADAPTER_COMPLETE_HANDLER_EX;
typedef PROTOCOL_CLOSE_ADAPTER_COMPLETE_EX *CLOSE_ADAPTER_COMPLETE_HANDLER_EX;
typedef PROTOCOL_NET_PNP_EVENT *NET_PNP_EVENT_HANDLER;
typedef PROTOCOL_UNINSTALL *UNINSTALL_PROTOCOL_HANDLER;
typedef PROTOCOL_OID_REQUEST_COMPLETE *OID_REQUEST_COMPLETE_HANDLER;
typedef PROTOCOL_DIRECT_OID_REQUEST_COMPLETE *DIRECT_OID_REQUEST_COMPLETE_HANDLER;
typedef PROTOCOL_STATUS_EX *STATUS_HANDLER_EX;
typedef PROTOCOL_RECEIVE_NET_BUFFER_LISTS *RECEIVE_NET_BUFFER_LISTS_HANDLER;
typedef PROTOCOL_SEND_NET_BUFFER_LISTS_COMPLETE *SEND_NET_BUFFER_LISTS_COMPLETE_HANDLER;
typedef struct _NDIS_PROTOCOL_DRIVER_CHARACTERISTICS {
	NDIS_OBJECT_HEADER Header;
	UCHAR MajorNdisVersion;
	UCHAR MinorNdisVersion;
	UCHAR MajorDriverVersion;
	UCHAR MinorDriverVersion;
	ULONG Flags;
	NDIS_STRING Name;
	SET_OPTIONS_HANDLER SetOptionsHandler;
	BIND_HANDLER_EX BindAdapterHandlerEx;
	UNBIND_HANDLER_EX UnbindAdapterHandlerEx;
	OPEN_ADAPTER_COMPLETE_HANDLER_EX OpenAdapterCompleteHandlerEx;
	CLOSE_ADAPTER_COMPLETE_HANDLER_EX CloseAdapterCompleteHandlerEx;
	NET_PNP_EVENT_HANDLER NetPnPEventHandler;
	UNINSTALL_PROTOCOL_HANDLER UninstallHandler;
	OID_REQUEST_COMPLETE_HANDLER OidRequestCompleteHandler;
	STATUS_HANDLER_EX StatusHandlerEx;
	RECEIVE_NET_BUFFER_LISTS_HANDLER ReceiveNetBufferListsHandler;
	SEND_NET_BUFFER_LISTS_COMPLETE_HANDLER SendNetBufferListsCompleteHandler;
	DIRECT_OID_REQUEST_COMPLETE_HANDLER DirectOidRequestCompleteHandler;
} NDIS_PROTOCOL_DRIVER_CHARACTERISTICS, *PNDIS_PROTOCOL_DRIVER_CHARACTERISTICS;
#define NDIS_PROTOCOL_DRIVER_CHARACTERISTICS_REVISION_1 1
#define NDIS_PROTOCOL_DRIVER_CHARACTERISTICS_REVISION_2 2
NDIS_STATUS NdisRegisterProtocolDriver(NDIS_HANDLE ProtocolDriverContext,
	PNDIS_PROTOCOL_DRIVER_CHARACTERISTICS ProtocolCharacteristics, PNDIS_HANDLE NdisProtocolHandle);
VOID NdisDeregisterProtocolDriver(NDIS_HANDLE NdisProtocolHandle);
NDIS_STATUS NdisOpenAdapterEx(NDIS_HANDLE NdisProtocolHandle, NDIS_HANDLE ProtocolBindingContext,
	PNDIS_OPEN_PARAMETERS OpenParameters, NDIS_HANDLE BindContext, PNDIS_HANDLE NdisBindingHandle);
VOID NdisCompleteBindAdapterEx(NDIS_HANDLE BindAdapterContext, NDIS_STATUS Status);
NDIS_STATUS NdisCloseAdapterEx(NDIS_HANDLE NdisBindingHandle);
VOID NdisCompleteUnbindAdapterEx(NDIS_HANDLE UnbindContext);
VOID NdisSendNetBufferLists(NDIS_HANDLE NdisBindingHandle, PNET_BUFFER_LIST NetBufferLists,
	NDIS_PORT_NUMBER PortNumber, ULONG SendFlags);
VOID NdisReturnNetBufferLists(NDIS_HANDLE NdisBindingHandle, PNET_BUFFER_LIST NetBufferLists, ULONG ReturnFlags);
VOID NdisCancelSendNetBufferLists(NDIS_HANDLE NdisBindingHandle, PVOID CancelId);
NDIS_STATUS NdisOidRequest(NDIS_HANDLE NdisBindingHandle, PNDIS_OID_REQUEST OidRequest);
VOID NdisCancelOidRequest(NDIS_HANDLE NdisBindingHandle, PVOID RequestId);
NDIS_STATUS NdisDirectOidRequest(NDIS_HANDLE NdisBindingHandle, PNDIS_OID_REQUEST OidRequest);
NDIS_STATUS NdisUnbindAdapter(NDIS_HANDLE NdisBindingHandle);
VOID NdisReEnumerateProtocolBindings(NDIS_HANDLE NdisProtocolHandle);
NDIS_STATUS NdisIMInitializeDeviceInstanceEx(NDIS_HANDLE DriverHandle, PNDIS_STRING DriverInstance,
	NDIS_HANDLE DeviceContext);
NDIS_STATUS NdisIMCancelInitializeDeviceInstance(NDIS_HANDLE DriverHandle, PNDIS_STRING DeviceInstance);
NDIS_HANDLE NdisIMGetBindingContext(NDIS_HANDLE NdisBindingHandle);
NDIS_STATUS NdisIMDeInitializeDeviceInstance(NDIS_HANDLE NdisMiniportHandle);
VOID NdisIMAssociateMiniport(NDIS_HANDLE DriverHandle, NDIS_HANDLE ProtocolHandle);

/* ---- Device objects, timers, work items, logging ---- */
typedef struct _NDIS_DEVICE_OBJECT_ATTRIBUTES {
	NDIS_OBJECT_HEADER Header;
	PNDIS_STRING DeviceName;
	PNDIS_STRING SymbolicName;
	PDRIVER_DISPATCH *MajorFunctions;
	ULONG ExtensionSize;
	PCUNICODE_STRING DefaultSDDLString;
	LPCGUID DeviceClassGuid;
} NDIS_DEVICE_OBJECT_ATTRIBUTES, *PNDIS_DEVICE_OBJECT_ATTRIBUTES;
#define NDIS_DEVICE_OBJECT_ATTRIBUTES_REVISION_1 1
#ifndef NDIS_OBJECT_TYPE_DEVICE_OBJECT_ATTRIBUTES
#define NDIS_OBJECT_TYPE_DEVICE_OBJECT_ATTRIBUTES 0x85
#endif
NDIS_STATUS NdisRegisterDeviceEx(NDIS_HANDLE NdisObjectHandle, PNDIS_DEVICE_OBJECT_ATTRIBUTES DeviceObjectAttributes,
	PDEVICE_OBJECT *pDeviceObject, PNDIS_HANDLE NdisDeviceHandle);
VOID NdisDeregisterDeviceEx(NDIS_HANDLE NdisDeviceHandle);
PVOID NdisGetDeviceReservedExtension(PDEVICE_OBJECT DeviceObject);

typedef VOID NDIS_TIMER_FUNCTION(PVOID SystemSpecific1, PVOID FunctionContext, PVOID SystemSpecific2,
	PVOID SystemSpecific3);
typedef NDIS_TIMER_FUNCTION *PNDIS_TIMER_FUNCTION;
typedef struct _NDIS_TIMER_CHARACTERISTICS {
	NDIS_OBJECT_HEADER Header;
	ULONG AllocationTag;
	PNDIS_TIMER_FUNCTION TimerFunction;
	PVOID FunctionContext;
} NDIS_TIMER_CHARACTERISTICS, *PNDIS_TIMER_CHARACTERISTICS;
#define NDIS_TIMER_CHARACTERISTICS_REVISION_1 1
#ifndef NDIS_OBJECT_TYPE_TIMER_CHARACTERISTICS
#define NDIS_OBJECT_TYPE_TIMER_CHARACTERISTICS 0x97
#endif
NDIS_STATUS NdisAllocateTimerObject(NDIS_HANDLE NdisHandle, PNDIS_TIMER_CHARACTERISTICS TimerCharacteristics,
	PNDIS_HANDLE pTimerObject);
BOOLEAN NdisSetTimerObject(NDIS_HANDLE TimerObject, LARGE_INTEGER DueTime, LONG MillisecondsPeriod,
	PVOID FunctionContext);
BOOLEAN NdisCancelTimerObject(NDIS_HANDLE TimerObject);
VOID NdisFreeTimerObject(NDIS_HANDLE TimerObject);

typedef VOID NDIS_IO_WORKITEM_FUNCTION(PVOID WorkItemContext, NDIS_HANDLE NdisIoWorkItemHandle);
typedef NDIS_IO_WORKITEM_FUNCTION *NDIS_IO_WORKITEM_ROUTINE;
NDIS_HANDLE NdisAllocateIoWorkItem(NDIS_HANDLE NdisObjectHandle);
VOID NdisQueueIoWorkItem(NDIS_HANDLE NdisIoWorkItemHandle, NDIS_IO_WORKITEM_ROUTINE Routine, PVOID WorkItemContext);
VOID NdisFreeIoWorkItem(NDIS_HANDLE NdisIoWorkItemHandle);

NDIS_STATUS NdisWriteEventLogEntry(PVOID LogHandle, NDIS_STATUS EventCode, ULONG UniqueEventValue,
	USHORT NumStrings, PVOID StringsList, ULONG DataSize, PVOID Data);
VOID NdisWriteErrorLogEntry(NDIS_HANDLE NdisAdapterHandle, NDIS_ERROR_CODE ErrorCode, ULONG NumberOfErrorValues, ...);
NDIS_STATUS NdisGetRssProcessorInformation(NDIS_HANDLE NdisHandle, PNDIS_RSS_PROCESSOR_INFO RssProcessorInfo,
	PSIZE_T Size);
NDIS_STATUS NdisGetProcessorInformationEx(NDIS_HANDLE NdisHandle, PNDIS_SYSTEM_PROCESSOR_INFO_EX SystemProcessorInfo,
	PSIZE_T Size);
#define NDIS_ERROR_CODE_RESOURCE_CONFLICT EVENT_NDIS_RESOURCE_CONFLICT
#define NDIS_ERROR_CODE_OUT_OF_RESOURCES EVENT_NDIS_OUT_OF_RESOURCE
#define NDIS_ERROR_CODE_HARDWARE_FAILURE EVENT_NDIS_HARDWARE_FAILURE
#define NDIS_ERROR_CODE_ADAPTER_NOT_FOUND EVENT_NDIS_ADAPTER_NOT_FOUND
#define NDIS_ERROR_CODE_DRIVER_FAILURE EVENT_NDIS_DRIVER_FAILURE
#define NDIS_ERROR_CODE_UNSUPPORTED_CONFIGURATION EVENT_NDIS_UNSUPPORTED_CONFIGURATION
#define NDIS_ERROR_CODE_INVALID_VALUE_FROM_ADAPTER EVENT_NDIS_INVALID_VALUE_FROM_ADAPTER
#define NDIS_ERROR_CODE_MISSING_CONFIGURATION_PARAMETER EVENT_NDIS_MISSING_CONFIGURATION_PARAMETER

DRISO_EXTERN_C_END
#endif
