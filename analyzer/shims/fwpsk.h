/*
 * driso shim: fwpsk.h (WFP callout driver interface; WDK header mingw-w64
 * lacks). Kernel TUs only; a user-mode TU gets fwpsu.h.
 *
 * Written from the fwpsk.h reference on Microsoft Learn (and the
 * "Metadata field identifiers" page): incoming metadata values and their
 * FWPS_METADATA_FIELD_* bits, callout function types and FWPS_CALLOUT0-2,
 * stream data, packet injection, redirection, flow contexts, NBL clones,
 * vSwitch events, and the Fwps* functions with their documented parameter
 * types. Run-time types come from fwpstypes.h, NDIS 6 from driso's ndis.h,
 * versionless names (FWPS_CALLOUT, FwpsCalloutRegister, ...) from fwpvi.h.
 */
#ifndef DRISO_SHIM_FWPSK_H
#define DRISO_SHIM_FWPSK_H
#include "driso_shims.h"

#if !DRISO_KERNEL
#include "fwpsu.h"
#else
#include <ntddk.h>
#include "ndis.h"
#include "driso_fwp_base.h"
#include "fwpstypes.h"
#include "netioddk.h"

DRISO_EXTERN_C_START

#ifndef DRISO_HAVE_NDIS_SWITCH_IDS
#define DRISO_HAVE_NDIS_SWITCH_IDS
typedef UINT32 NDIS_SWITCH_PORT_ID, *PNDIS_SWITCH_PORT_ID;
typedef USHORT NDIS_SWITCH_NIC_INDEX, *PNDIS_SWITCH_NIC_INDEX;
#endif

/* FWPS_DISCARD_METADATA0::discardReason for the network (IP_DISCARD_REASON) and
 * transport (INET_DISCARD_REASON) modules, in the reference's order; INET values
 * are documented, IP values are not restated there (positional here). */
#ifndef DRISO_HAVE_IP_DISCARD_REASON
#define DRISO_HAVE_IP_DISCARD_REASON
typedef enum {
	IpDiscardBadSourceAddress = 0,
	IpDiscardNotLocallyDestined,
	IpDiscardProtocolUnreachable,
	IpDiscardPortUnreachable,
	IpDiscardBadLength,
	IpDiscardMalformedHeader,
	IpDiscardNoRoute,
	IpDiscardBeyondScope,
	IpDiscardInspectionDrop,
	IpDiscardTooManyDecapsulations,
	IpDiscardAdministrativelyProhibited,
	IpDiscardBadChecksum,
	IpDiscardFirstFragmentIncomplete,
	IpDiscardHeaderNotContiguous,
	IpDiscardHeaderNotAligned,
	IpDiscardReceivePathMax,
	IpDiscardHopLimitExceeded,
	IpDiscardAddressUnreachable,
	IpDiscardRscPacket,
	IpDiscardSourceViolation,
	IpDiscardForwardPathMax,
	IpDiscardArbitrationUnhandled,
	IpDiscardInspectionAbsorb,
	IpDiscardDontFragmentMtuExceeded,
	IpDiscardBufferLengthExceeded,
	IpDiscardAddressResolutionTimeout,
	IpDiscardAddressResolutionFailure,
	IpDiscardIpsecFailure,
	IpDiscardExtensionHeadersFailure,
	IpDiscardAllocationFailure,
	IpDiscardIpsnpiClientDrop,
	IpDiscardUnsupportedOffload,
	IpDiscardRoutingFailure,
	IpDiscardAncillaryDataFailure,
	IpDiscardRawDataFailure,
	IpDiscardSessionStateFailure,
	IpDiscardIpsnpiAllocationFailure,
	IpDiscardIpsnpiModifiedButNotForwarded,
	IpDiscardIpsnpiNoNextHop,
	IpDiscardIpsnpiNoCompartment,
	IpDiscardIpsnpiNoInterface,
	IpDiscardIpsnpiNoSubInterface,
	IpDiscardIpsnpiInterfaceDisabled,
	IpDiscardIpsnpiSegmentationFailed,
	IpDiscardIpsnpiNoEthernetHeader,
	IpDiscardIpsnpiUnexpectedFragment,
	IpDiscardIpsnpiUnsupportedInterfaceType,
	IpDiscardIpsnpiInvalidLsoInfo,
	IpDiscardIpsnpiInvalidUsoInfo,
	IpDiscardInternalError,
	IpDiscardAdministrativelyConfigured,
	IpDiscardBadOption,
	IpDiscardLoopbackDisallowed,
	IpDiscardSmallerScope,
	IpDiscardQueueFull,
	IpDiscardInterfaceDisabled,
	IpDiscardNlClientDiscard,
	IpDiscardIpsnpiUroSegmentSizeExceedsMtu,
	IpDiscardSwUsoFailure,
	IpDiscardMax
} IP_DISCARD_REASON, *PIP_DISCARD_REASON;
typedef enum {
	InetDiscardSourceUnspecified = 0,
	InetDiscardDestinationMulticast = 1,
	InetDiscardHeaderInvalid = 2,
	InetDiscardChecksumInvalid = 3,
	InetDiscardEndpointNotFound = 4,
	InetDiscardConnectedPath = 5,
	InetDiscardSessionState = 6,
	InetDiscardReceiveInspection = 7,
	InetDiscardAckInvalid = 8,
	InetDiscardExpectedSyn = 9,
	InetDiscardRst = 10,
	InetDiscardSynRcvdSyn = 11,
	InetDiscardSimultaneousConnect = 12,
	InetDiscardPawsFailed = 13,
	InetDiscardLandAttack = 14,
	InetDiscardMissedReset = 15,
	InetDiscardOutsideWindow = 16,
	InetDiscardDuplicateSegment = 17,
	InetDiscardClosedWindow = 18,
	InetDiscardTcbRemoved = 19,
	InetDiscardFinWait2 = 20,
	InetDiscardReassemblyConflict = 21,
	InetDiscardFinReceived = 22,
	InetDiscardListenerInvalidFlags = 23,
	InetDiscardUrgentDeliveryAllocationFailure = 24,
	InetDiscardTcbNotInTcbTable = 25,
	InetDiscardTimeWaitTcbReceivedRstOutsideWindow = 26,
	InetDiscardTimeWaitTcbSynAndOtherFlags = 27,
	InetDiscardTimeWaitTcb = 28,
	InetDiscardSynAckWithFastopenCookieRequest = 29,
	InetDiscardPauseAccept = 30,
	InetDiscardSynAttack = 31,
	InetDiscardAcceptInspection = 32,
	InetDiscardAcceptRedirection = 33,
	InetDiscardReasonMaxEnumValue
} INET_DISCARD_REASON, *PINET_DISCARD_REASON;
#endif

/* FWPS_INCOMING_METADATA_VALUES0::currentMetadataValues: one bit per metadata
 * field in the documented order; FLOW_HANDLE, TOKEN, COMPARTMENT_ID and
 * COMPLETION_HANDLE checked against Microsoft's published values. */
#define FWPS_METADATA_FIELD_DISCARD_REASON 0x00000001
#define FWPS_METADATA_FIELD_FLOW_HANDLE 0x00000002
#define FWPS_METADATA_FIELD_IP_HEADER_SIZE 0x00000004
#define FWPS_METADATA_FIELD_PROCESS_PATH 0x00000008
#define FWPS_METADATA_FIELD_TOKEN 0x00000010
#define FWPS_METADATA_FIELD_PROCESS_ID 0x00000020
#define FWPS_METADATA_FIELD_SYSTEM_FLAGS 0x00000040
#define FWPS_METADATA_FIELD_RESERVED 0x00000080
#define FWPS_METADATA_FIELD_SOURCE_INTERFACE_INDEX 0x00000100
#define FWPS_METADATA_FIELD_DESTINATION_INTERFACE_INDEX 0x00000200
#define FWPS_METADATA_FIELD_TRANSPORT_HEADER_SIZE 0x00000400
#define FWPS_METADATA_FIELD_COMPARTMENT_ID 0x00000800
#define FWPS_METADATA_FIELD_FRAGMENT_DATA 0x00001000
#define FWPS_METADATA_FIELD_PATH_MTU 0x00002000
#define FWPS_METADATA_FIELD_COMPLETION_HANDLE 0x00004000
#define FWPS_METADATA_FIELD_TRANSPORT_ENDPOINT_HANDLE 0x00008000
#define FWPS_METADATA_FIELD_TRANSPORT_CONTROL_DATA 0x00010000
#define FWPS_METADATA_FIELD_REMOTE_SCOPE_ID 0x00020000
#define FWPS_METADATA_FIELD_PACKET_DIRECTION 0x00040000
#define FWPS_METADATA_FIELD_PACKET_SYSTEM_CRITICAL 0x00080000
#define FWPS_METADATA_FIELD_FORWARD_LAYER_OUTBOUND_PASS_THRU 0x00100000
#define FWPS_METADATA_FIELD_FORWARD_LAYER_INBOUND_PASS_THRU 0x00200000
#define FWPS_METADATA_FIELD_ALE_CLASSIFY_REQUIRED 0x00400000
#define FWPS_METADATA_FIELD_TRANSPORT_HEADER_INCLUDE_HEADER 0x00800000
#define FWPS_METADATA_FIELD_DESTINATION_PREFIX 0x01000000
#define FWPS_METADATA_FIELD_ETHER_FRAME_LENGTH 0x02000000
#define FWPS_METADATA_FIELD_PARENT_ENDPOINT_HANDLE 0x04000000
#define FWPS_METADATA_FIELD_ICMP_ID_AND_SEQUENCE 0x08000000
#define FWPS_METADATA_FIELD_LOCAL_REDIRECT_TARGET_PID 0x10000000
#define FWPS_METADATA_FIELD_ORIGINAL_DESTINATION 0x20000000
#define FWPS_METADATA_FIELD_REDIRECT_RECORD_HANDLE 0x40000000
#define FWPS_METADATA_FIELD_SUB_PROCESS_TAG 0x80000000

#define FWPS_L2_METADATA_FIELD_ETHERNET_MAC_HEADER_SIZE 0x00000001
#define FWPS_L2_METADATA_FIELD_WIFI_OPERATION_MODE 0x00000002
#define FWPS_L2_METADATA_FIELD_VSWITCH_SOURCE_PORT_ID 0x00000004
#define FWPS_L2_METADATA_FIELD_VSWITCH_SOURCE_NIC_INDEX 0x00000008
#define FWPS_L2_METADATA_FIELD_VSWITCH_PACKET_CONTEXT 0x00000010
#define FWPS_L2_METADATA_FIELD_VSWITCH_DESTINATION_PORT_ID 0x00000020
#if NTDDI_VERSION >= NTDDI_WINBLUE
/* value from the WDK header in microsoft/wdkmetadata (generation/WDK/IdlHeaders/km/fwpsk.h) */
#define FWPS_L2_METADATA_FIELD_RESERVED 0x80000000
#endif

#define FWPS_IS_METADATA_FIELD_PRESENT(metadataValues, metadataField) \
	(((metadataValues)->currentMetadataValues & (metadataField)) == (metadataField))
#define FWPS_IS_L2_METADATA_FIELD_PRESENT(metadataValues, metadataField) \
	(((metadataValues)->currentL2MetadataValues & (metadataField)) == (metadataField))

typedef struct FWPS_INCOMING_METADATA_VALUES0_ {
	UINT32 currentMetadataValues;
	UINT32 flags;
	UINT64 reserved;
	FWPS_DISCARD_METADATA0 discardMetadata;
	UINT64 flowHandle;
	UINT32 ipHeaderSize;
	UINT32 transportHeaderSize;
	FWP_BYTE_BLOB *processPath;
	UINT64 token;
	UINT64 processId;
	UINT32 sourceInterfaceIndex;
	UINT32 destinationInterfaceIndex;
	ULONG compartmentId;
	FWPS_INBOUND_FRAGMENT_METADATA0 fragmentMetadata;
	ULONG pathMtu;
	HANDLE completionHandle;
	UINT64 transportEndpointHandle;
	SCOPE_ID remoteScopeId;
	WSACMSGHDR *controlData;
	ULONG controlDataLength;
	FWP_DIRECTION packetDirection;
	PVOID headerIncludeHeader;
	ULONG headerIncludeHeaderLength;
	IP_ADDRESS_PREFIX destinationPrefix;
	UINT16 frameLength;
	UINT64 parentEndpointHandle;
	UINT32 icmpIdAndSequence;
	DWORD localRedirectTargetPID;
	SOCKADDR *originalDestination;
	HANDLE redirectRecords;
	UINT32 currentL2MetadataValues;
	UINT32 l2Flags;
	UINT32 ethernetMacHeaderSize;
	UINT32 wiFiOperationMode;
	NDIS_SWITCH_PORT_ID vSwitchSourcePortId;
	NDIS_SWITCH_NIC_INDEX vSwitchSourceNicIndex;
	NDIS_SWITCH_PORT_ID vSwitchDestinationPortId;
	UINT32 padding0;
	USHORT padding1;
	UINT32 padding2;
	HANDLE vSwitchPacketContext;
	PVOID subProcessTag;
	UINT64 reserved1;
} FWPS_INCOMING_METADATA_VALUES0;

/* callouts */
typedef enum FWPS_CALLOUT_NOTIFY_TYPE_ {
	FWPS_CALLOUT_NOTIFY_ADD_FILTER,
	FWPS_CALLOUT_NOTIFY_DELETE_FILTER,
	FWPS_CALLOUT_NOTIFY_ADD_FILTER_POST_COMMIT,
	FWPS_CALLOUT_NOTIFY_TYPE_MAX
} FWPS_CALLOUT_NOTIFY_TYPE;

#define FWP_CALLOUT_FLAG_CONDITIONAL_ON_FLOW 0x00000001
#define FWP_CALLOUT_FLAG_ALLOW_OFFLOAD 0x00000002
#define FWP_CALLOUT_FLAG_ENABLE_COMMIT_ADD_NOTIFY 0x00000004
#define FWP_CALLOUT_FLAG_ALLOW_MID_STREAM_INSPECTION 0x00000008
#define FWP_CALLOUT_FLAG_ALLOW_RECLASSIFY 0x00000010

typedef void (NTAPI *FWPS_CALLOUT_CLASSIFY_FN0)(const FWPS_INCOMING_VALUES0 *inFixedValues,
	const FWPS_INCOMING_METADATA_VALUES0 *inMetaValues, void *layerData, const FWPS_FILTER0 *filter,
	UINT64 flowContext, FWPS_CLASSIFY_OUT0 *classifyOut);
typedef void (NTAPI *FWPS_CALLOUT_CLASSIFY_FN1)(const FWPS_INCOMING_VALUES0 *inFixedValues,
	const FWPS_INCOMING_METADATA_VALUES0 *inMetaValues, void *layerData, const void *classifyContext,
	const FWPS_FILTER1 *filter, UINT64 flowContext, FWPS_CLASSIFY_OUT0 *classifyOut);
typedef void (NTAPI *FWPS_CALLOUT_CLASSIFY_FN2)(const FWPS_INCOMING_VALUES0 *inFixedValues,
	const FWPS_INCOMING_METADATA_VALUES0 *inMetaValues, void *layerData, const void *classifyContext,
	const FWPS_FILTER2 *filter, UINT64 flowContext, FWPS_CLASSIFY_OUT0 *classifyOut);
typedef NTSTATUS (NTAPI *FWPS_CALLOUT_NOTIFY_FN0)(FWPS_CALLOUT_NOTIFY_TYPE notifyType, const GUID *filterKey,
	const FWPS_FILTER0 *filter);
/* notifyFn1/2 receive a writable filter (they may set its context), notifyFn0 a const one */
typedef NTSTATUS (NTAPI *FWPS_CALLOUT_NOTIFY_FN1)(FWPS_CALLOUT_NOTIFY_TYPE notifyType, const GUID *filterKey,
	FWPS_FILTER1 *filter);
typedef NTSTATUS (NTAPI *FWPS_CALLOUT_NOTIFY_FN2)(FWPS_CALLOUT_NOTIFY_TYPE notifyType, const GUID *filterKey,
	FWPS_FILTER2 *filter);
typedef void (NTAPI *FWPS_CALLOUT_FLOW_DELETE_NOTIFY_FN0)(UINT16 layerId, UINT32 calloutId, UINT64 flowContext);

typedef struct FWPS_CALLOUT0_ {
	GUID calloutKey;
	UINT32 flags;
	FWPS_CALLOUT_CLASSIFY_FN0 classifyFn;
	FWPS_CALLOUT_NOTIFY_FN0 notifyFn;
	FWPS_CALLOUT_FLOW_DELETE_NOTIFY_FN0 flowDeleteFn;
} FWPS_CALLOUT0;
typedef struct FWPS_CALLOUT1_ {
	GUID calloutKey;
	UINT32 flags;
	FWPS_CALLOUT_CLASSIFY_FN1 classifyFn;
	FWPS_CALLOUT_NOTIFY_FN1 notifyFn;
	FWPS_CALLOUT_FLOW_DELETE_NOTIFY_FN0 flowDeleteFn;
} FWPS_CALLOUT1;
typedef struct FWPS_CALLOUT2_ {
	GUID calloutKey;
	UINT32 flags;
	FWPS_CALLOUT_CLASSIFY_FN2 classifyFn;
	FWPS_CALLOUT_NOTIFY_FN2 notifyFn;
	FWPS_CALLOUT_FLOW_DELETE_NOTIFY_FN0 flowDeleteFn;
} FWPS_CALLOUT2;

NTSTATUS NTAPI FwpsCalloutRegister0(void *deviceObject, const FWPS_CALLOUT0 *callout, UINT32 *calloutId);
NTSTATUS NTAPI FwpsCalloutRegister1(void *deviceObject, const FWPS_CALLOUT1 *callout, UINT32 *calloutId);
NTSTATUS NTAPI FwpsCalloutRegister2(void *deviceObject, const FWPS_CALLOUT2 *callout, UINT32 *calloutId);
NTSTATUS NTAPI FwpsCalloutUnregisterById0(const UINT32 calloutId);
NTSTATUS NTAPI FwpsCalloutUnregisterByKey0(const GUID *calloutKey);

/* flows */
NTSTATUS NTAPI FwpsFlowAssociateContext0(UINT64 flowId, UINT16 layerId, UINT32 calloutId, UINT64 flowContext);
NTSTATUS NTAPI FwpsFlowRemoveContext0(UINT64 flowId, UINT16 layerId, UINT32 calloutId);
NTSTATUS NTAPI FwpsFlowAbort0(UINT64 flowId);

/* pending and classify handles */
NTSTATUS NTAPI FwpsPendOperation0(HANDLE completionHandle, HANDLE *completionContext);
void NTAPI FwpsCompleteOperation0(HANDLE completionContext, PNET_BUFFER_LIST netBufferList);
NTSTATUS NTAPI FwpsAcquireClassifyHandle0(void *classifyContext, UINT32 flags, UINT64 *classifyHandle);
void NTAPI FwpsReleaseClassifyHandle0(UINT64 classifyHandle);
NTSTATUS NTAPI FwpsPendClassify0(UINT64 classifyHandle, UINT64 filterId, UINT32 flags,
	FWPS_CLASSIFY_OUT0 *classifyOut);
void NTAPI FwpsCompleteClassify0(UINT64 classifyHandle, UINT32 flags, const FWPS_CLASSIFY_OUT0 *classifyOut);
NTSTATUS NTAPI FwpsAcquireWritableLayerDataPointer0(UINT64 classifyHandle, UINT64 filterId, UINT32 flags,
	PVOID *writableLayerData, FWPS_CLASSIFY_OUT0 *classifyOut);
void NTAPI FwpsApplyModifiedLayerData0(UINT64 classifyHandle, PVOID modifiedLayerData, UINT32 flags);
#define FWPS_CLASSIFY_FLAG_REAUTHORIZE_IF_MODIFIED_BY_OTHERS 0x00000001

/* connect / bind redirection (ALE_CONNECT_REDIRECT / ALE_BIND_REDIRECT layer data) */
typedef struct _FWPS_CONNECT_REQUEST0 {
	SOCKADDR_STORAGE localAddressAndPort;
	SOCKADDR_STORAGE remoteAddressAndPort;
	UINT64 portReservationToken;
	DWORD localRedirectTargetPID;
	struct _FWPS_CONNECT_REQUEST0 *previousVersion;
	UINT64 modifierFilterId;
	HANDLE localRedirectHandle;
	void *localRedirectContext;
	SIZE_T localRedirectContextSize;
} FWPS_CONNECT_REQUEST0;
typedef struct _FWPS_BIND_REQUEST0 {
	SOCKADDR_STORAGE localAddressAndPort;
	UINT64 portReservationToken;
	struct _FWPS_BIND_REQUEST0 *previousVersion;
	UINT64 modifierFilterId;
} FWPS_BIND_REQUEST0;

typedef enum FWPS_CONNECTION_REDIRECT_STATE_ {
	FWPS_CONNECTION_NOT_REDIRECTED = 0,
	FWPS_CONNECTION_REDIRECTED_BY_SELF = 1,
	FWPS_CONNECTION_REDIRECTED_BY_OTHER = 2,
	FWPS_CONNECTION_PREVIOUSLY_REDIRECTED_BY_SELF = 3,
	FWPS_CONNECTION_REDIRECT_STATE_MAX
} FWPS_CONNECTION_REDIRECT_STATE0;

NTSTATUS NTAPI FwpsRedirectHandleCreate0(const GUID *providerGuid, UINT32 flags, HANDLE *redirectHandle);
void NTAPI FwpsRedirectHandleDestroy0(HANDLE redirectHandle);
FWPS_CONNECTION_REDIRECT_STATE0 NTAPI FwpsQueryConnectionRedirectState0(HANDLE redirectRecords,
	HANDLE redirectHandle, void **redirectContext);
NTSTATUS NTAPI FwpsQueryConnectionSioFormatRedirectRecords0(HANDLE redirectRecords, PVOID outputBuffer,
	SIZE_T outputBufferLength, SIZE_T *bytesTransferred);

/* stream layer */
typedef struct FWPS_STREAM_DATA_OFFSET0_ {
	NET_BUFFER_LIST *netBufferList;
	NET_BUFFER *netBuffer;
	MDL *mdl;
	SIZE_T mdlOffset;
	ULONG netBufferOffset;
	SIZE_T streamDataOffset;
} FWPS_STREAM_DATA_OFFSET0;
typedef struct FWPS_STREAM_DATA0_ {
	UINT32 flags;
	FWPS_STREAM_DATA_OFFSET0 dataOffset;
	SIZE_T dataLength;
	NET_BUFFER_LIST *netBufferListChain;
} FWPS_STREAM_DATA0;

#define FWPS_STREAM_FLAG_RECEIVE 0x00000001
#define FWPS_STREAM_FLAG_SEND 0x00000002
#define FWPS_STREAM_FLAG_RECEIVE_EXPEDITED 0x00000004
#define FWPS_STREAM_FLAG_SEND_EXPEDITED 0x00000008
#define FWPS_STREAM_FLAG_RECEIVE_DISCONNECT 0x00000010
#define FWPS_STREAM_FLAG_SEND_DISCONNECT 0x00000020
#define FWPS_STREAM_FLAG_RECEIVE_ABORT 0x00000040
#define FWPS_STREAM_FLAG_SEND_ABORT 0x00000080
#define FWPS_STREAM_FLAG_SEND_NODELAY 0x00000100
#define FWPS_STREAM_FLAG_RECEIVE_PUSH 0x00000200

typedef enum FWPS_STREAM_ACTION_TYPE_ {
	FWPS_STREAM_ACTION_NONE,
	FWPS_STREAM_ACTION_ALLOW_CONNECTION,
	FWPS_STREAM_ACTION_REQUEST_DATA,
	FWPS_STREAM_ACTION_DROP_CONNECTION,
	FWPS_STREAM_ACTION_DEFER,
	FWPS_STREAM_ACTION_NEED_MORE_DATA = FWPS_STREAM_ACTION_REQUEST_DATA,
	FWPS_STREAM_ACTION_TYPE_MAX = FWPS_STREAM_ACTION_DEFER + 1
} FWPS_STREAM_ACTION_TYPE;

typedef struct FWPS_STREAM_CALLOUT_IO_PACKET0_ {
	FWPS_STREAM_DATA0 *streamData;
	SIZE_T missedBytes;
	UINT32 countBytesRequired;
	SIZE_T countBytesEnforced;
	FWPS_STREAM_ACTION_TYPE streamAction;
} FWPS_STREAM_CALLOUT_IO_PACKET0;

void NTAPI FwpsCopyStreamDataToBuffer0(const FWPS_STREAM_DATA0 *calloutStreamData, PVOID buffer,
	SIZE_T bytesToCopy, SIZE_T *bytesCopied);
NTSTATUS NTAPI FwpsCloneStreamData0(FWPS_STREAM_DATA0 *calloutStreamData, NDIS_HANDLE netBufferListPoolHandle,
	NDIS_HANDLE netBufferPoolHandle, ULONG allocateCloneFlags, NET_BUFFER_LIST **netBufferListChain);
void NTAPI FwpsDiscardClonedStreamData0(NET_BUFFER_LIST *netBufferListChain, UINT32 allocateCloneFlags,
	BOOLEAN dispatchLevel);
NTSTATUS NTAPI FwpsStreamContinue0(UINT64 flowId, UINT32 calloutId, UINT16 layerId, UINT32 streamFlags);

/* net buffer lists */
NTSTATUS NTAPI FwpsAllocateNetBufferAndNetBufferList0(NDIS_HANDLE poolHandle, USHORT contextSize,
	USHORT contextBackFill, MDL *mdlChain, ULONG dataOffset, SIZE_T dataLength,
	NET_BUFFER_LIST **netBufferList);
void NTAPI FwpsFreeNetBufferList0(NET_BUFFER_LIST *netBufferList);
NTSTATUS NTAPI FwpsAllocateCloneNetBufferList0(NET_BUFFER_LIST *originalNetBufferList,
	NDIS_HANDLE netBufferListPoolHandle, NDIS_HANDLE netBufferPoolHandle, ULONG allocateCloneFlags,
	NET_BUFFER_LIST **netBufferList);
void NTAPI FwpsFreeCloneNetBufferList0(NET_BUFFER_LIST *netBufferList, ULONG freeCloneFlags);
NTSTATUS NTAPI FwpsAllocateDeepCloneNetBufferList0(NET_BUFFER_LIST *originalNetBufferList,
	NDIS_HANDLE netBufferListPoolHandle, NDIS_HANDLE netBufferPoolHandle, NET_BUFFER_LIST **netBufferList);
void NTAPI FwpsReferenceNetBufferList0(NET_BUFFER_LIST *netBufferList, BOOLEAN intendToModify);
void NTAPI FwpsDereferenceNetBufferList0(NET_BUFFER_LIST *netBufferList, BOOLEAN dispatchLevel);
NTSTATUS NTAPI FwpsReassembleForwardFragmentGroup0(ADDRESS_FAMILY addressFamily,
	NET_BUFFER_LIST *fragmentGroupNblChain, NDIS_HANDLE netBufferAndNetBufferListPoolHandle,
	ULONG dataBackFill, ULONG flags, NET_BUFFER_LIST **reassembledNbl);
NTSTATUS NTAPI FwpsConstructIpHeaderForTransportPacket0(NET_BUFFER_LIST *netBufferList,
	ULONG headerIncludeHeaderLength, ADDRESS_FAMILY addressFamily, const UCHAR *sourceAddress,
	const UCHAR *remoteAddress, IPPROTO nextProtocol, UINT64 endpointHandle,
	const WSACMSGHDR *controlData, ULONG controlDataLength, UINT32 flags, PVOID reserved,
	IF_INDEX interfaceIndex, IF_INDEX subInterfaceIndex);

typedef struct FWPS_PACKET_LIST_INBOUND_IPSEC_INFORMATION0_ {
	UINT32 isSecure : 1;
	UINT32 isTransportMode : 1;
	UINT32 isTunnelMode : 1;
	UINT32 isTransportModeVerified : 1;
	UINT32 isTunnelModeVerified : 1;
	UINT32 isDeTunneled : 1;
	UINT32 reserved : 26;
} FWPS_PACKET_LIST_INBOUND_IPSEC_INFORMATION0;
typedef struct FWPS_PACKET_LIST_OUTBOUND_IPSEC_INFORMATION0_ {
	UINT32 isIPsecPolicyMatch : 1;
	UINT32 isTransportPolicyMatch : 1;
	UINT32 isTunnelPolicyMatch : 1;
	UINT32 isTunnelIPinIP : 1;
	UINT32 reserved : 28;
} FWPS_PACKET_LIST_OUTBOUND_IPSEC_INFORMATION0;
typedef struct FWPS_PACKET_LIST_IPSEC_INFORMATION0_ {
	FWPS_PACKET_LIST_INBOUND_IPSEC_INFORMATION0 inbound;
	FWPS_PACKET_LIST_OUTBOUND_IPSEC_INFORMATION0 outbound;
	UINT32 flags;
} FWPS_PACKET_LIST_IPSEC_INFORMATION0;
typedef struct FWPS_PACKET_LIST_FWP_INFORMATION0_ {
	BOOLEAN isReinjected;
} FWPS_PACKET_LIST_FWP_INFORMATION0;
typedef struct FWPS_PACKET_LIST_INFORMATION0_ {
	FWPS_PACKET_LIST_IPSEC_INFORMATION0 ipsecInformation;
	FWPS_PACKET_LIST_FWP_INFORMATION0 fwpInformation;
} FWPS_PACKET_LIST_INFORMATION0;
#define FWPS_PACKET_LIST_INFORMATION_QUERY_IPSEC 0x00000001
#define FWPS_PACKET_LIST_INFORMATION_QUERY_INBOUND 0x00000002
#define FWPS_PACKET_LIST_INFORMATION_QUERY_OUTBOUND 0x00000004
#define FWPS_PACKET_LIST_INFORMATION_QUERY_ALL_INBOUND \
	(FWPS_PACKET_LIST_INFORMATION_QUERY_IPSEC | FWPS_PACKET_LIST_INFORMATION_QUERY_INBOUND)
#define FWPS_PACKET_LIST_INFORMATION_QUERY_ALL_OUTBOUND \
	(FWPS_PACKET_LIST_INFORMATION_QUERY_IPSEC | FWPS_PACKET_LIST_INFORMATION_QUERY_OUTBOUND)
NTSTATUS NTAPI FwpsGetPacketListSecurityInformation0(NET_BUFFER_LIST *packetList, UINT32 queryFlags,
	FWPS_PACKET_LIST_INFORMATION0 *packetInformation);

/* injection */
typedef enum FWPS_PACKET_INJECTION_STATE_ {
	FWPS_PACKET_NOT_INJECTED,
	FWPS_PACKET_INJECTED_BY_SELF,
	FWPS_PACKET_INJECTED_BY_OTHER,
	FWPS_PACKET_PREVIOUSLY_INJECTED_BY_SELF,
	FWPS_PACKET_INJECTION_STATE_MAX
} FWPS_PACKET_INJECTION_STATE0;

#define FWPS_INJECTION_TYPE_STREAM 0x00000001
#define FWPS_INJECTION_TYPE_TRANSPORT 0x00000002
#define FWPS_INJECTION_TYPE_NETWORK 0x00000004
#define FWPS_INJECTION_TYPE_FORWARD 0x00000008
#define FWPS_INJECTION_TYPE_L2 0x00000010
#define FWPS_INJECTION_TYPE_VSWITCH 0x00000020

typedef void (NTAPI *FWPS_INJECT_COMPLETE0)(void *context, NET_BUFFER_LIST *netBufferList,
	BOOLEAN dispatchLevel);

typedef struct FWPS_TRANSPORT_SEND_PARAMS0_ {
	UCHAR *remoteAddress;
	SCOPE_ID remoteScopeId;
	WSACMSGHDR *controlData;
	ULONG controlDataLength;
} FWPS_TRANSPORT_SEND_PARAMS0;
typedef struct FWPS_TRANSPORT_SEND_PARAMS1_ {
	UCHAR *remoteAddress;
	SCOPE_ID remoteScopeId;
	WSACMSGHDR *controlData;
	ULONG controlDataLength;
	UCHAR *headerIncludeHeader;
	ULONG headerIncludeHeaderLength;
} FWPS_TRANSPORT_SEND_PARAMS1;

NTSTATUS NTAPI FwpsInjectionHandleCreate0(ADDRESS_FAMILY addressFamily, UINT32 flags, HANDLE *injectionHandle);
NTSTATUS NTAPI FwpsInjectionHandleDestroy0(HANDLE injectionHandle);
FWPS_PACKET_INJECTION_STATE0 NTAPI FwpsQueryPacketInjectionState0(HANDLE injectionHandle,
	const NET_BUFFER_LIST *netBufferList, HANDLE *injectionContext);
NTSTATUS NTAPI FwpsInjectNetworkSendAsync0(HANDLE injectionHandle, HANDLE injectionContext, UINT32 flags,
	COMPARTMENT_ID compartmentId, NET_BUFFER_LIST *netBufferList, FWPS_INJECT_COMPLETE0 completionFn,
	HANDLE completionContext);
NTSTATUS NTAPI FwpsInjectNetworkReceiveAsync0(HANDLE injectionHandle, HANDLE injectionContext, UINT32 flags,
	COMPARTMENT_ID compartmentId, IF_INDEX interfaceIndex, IF_INDEX subInterfaceIndex,
	NET_BUFFER_LIST *netBufferList, FWPS_INJECT_COMPLETE0 completionFn, HANDLE completionContext);
NTSTATUS NTAPI FwpsInjectForwardAsync0(HANDLE injectionHandle, HANDLE injectionContext, UINT32 flags,
	ADDRESS_FAMILY addressFamily, COMPARTMENT_ID compartmentId, IF_INDEX interfaceIndex,
	NET_BUFFER_LIST *netBufferList, FWPS_INJECT_COMPLETE0 completionFn, HANDLE completionContext);
NTSTATUS NTAPI FwpsInjectTransportSendAsync0(HANDLE injectionHandle, HANDLE injectionContext,
	UINT64 endpointHandle, UINT32 flags, FWPS_TRANSPORT_SEND_PARAMS0 *sendArgs, ADDRESS_FAMILY addressFamily,
	COMPARTMENT_ID compartmentId, NET_BUFFER_LIST *netBufferList, FWPS_INJECT_COMPLETE0 completionFn,
	HANDLE completionContext);
NTSTATUS NTAPI FwpsInjectTransportSendAsync1(HANDLE injectionHandle, HANDLE injectionContext,
	UINT64 endpointHandle, UINT32 flags, FWPS_TRANSPORT_SEND_PARAMS1 *sendArgs, ADDRESS_FAMILY addressFamily,
	COMPARTMENT_ID compartmentId, NET_BUFFER_LIST *netBufferList, FWPS_INJECT_COMPLETE0 completionFn,
	HANDLE completionContext);
NTSTATUS NTAPI FwpsInjectTransportReceiveAsync0(HANDLE injectionHandle, HANDLE injectionContext,
	PVOID reserved, UINT32 flags, ADDRESS_FAMILY addressFamily, COMPARTMENT_ID compartmentId,
	IF_INDEX interfaceIndex, IF_INDEX subInterfaceIndex, NET_BUFFER_LIST *netBufferList,
	FWPS_INJECT_COMPLETE0 completionFn, HANDLE completionContext);
NTSTATUS NTAPI FwpsInjectMacReceiveAsync0(HANDLE injectionHandle, HANDLE injectionContext, UINT32 flags,
	UINT16 layerId, IF_INDEX interfaceIndex, NDIS_PORT_NUMBER NdisPortNumber, NET_BUFFER_LIST *netBufferLists,
	FWPS_INJECT_COMPLETE0 completionFn, HANDLE completionContext);
NTSTATUS NTAPI FwpsInjectMacSendAsync0(HANDLE injectionHandle, HANDLE injectionContext, UINT32 flags,
	UINT16 layerId, IF_INDEX interfaceIndex, NDIS_PORT_NUMBER NdisPortNumber, NET_BUFFER_LIST *netBufferLists,
	FWPS_INJECT_COMPLETE0 completionFn, HANDLE completionContext);
NTSTATUS NTAPI FwpsInjectvSwitchEthernetIngressAsync0(HANDLE injectionHandle, HANDLE injectionContext,
	UINT32 flags, PVOID reserved, const FWP_BYTE_BLOB *vSwitchId, NDIS_SWITCH_PORT_ID vSwitchSourcePortId,
	NDIS_SWITCH_NIC_INDEX vSwitchSourceNicIndex, NET_BUFFER_LIST *netBufferLists, FWPS_INJECT_COMPLETE0 completionFn,
	HANDLE completionContext);
NTSTATUS NTAPI FwpsStreamInjectAsync0(HANDLE injectionHandle, HANDLE injectionContext, UINT32 flags,
	UINT64 flowId, UINT32 calloutId, UINT16 layerId, UINT32 streamFlags, NET_BUFFER_LIST *netBufferList,
	SIZE_T dataLength, FWPS_INJECT_COMPLETE0 completionFn, HANDLE completionContext);

/* NBL contexts */
typedef enum FWPS_NET_BUFFER_LIST_EVENT_TYPE0_ {
	FWPS_NET_BUFFER_LIST_EVENT_TYPE_TAGGED,
	FWPS_NET_BUFFER_LIST_EVENT_TYPE_FREED,
	FWPS_NET_BUFFER_LIST_EVENT_TYPE_ALLOCATED,
	FWPS_NET_BUFFER_LIST_EVENT_TYPE_CLONED,
	FWPS_NET_BUFFER_LIST_EVENT_TYPE_REPLACED,
	FWPS_NET_BUFFER_LIST_EVENT_TYPE_MAX
} FWPS_NET_BUFFER_LIST_EVENT_TYPE0;
typedef void (NTAPI *FWPS_NET_BUFFER_LIST_NOTIFY_FN0)(FWPS_NET_BUFFER_LIST_EVENT_TYPE0 eventType,
	NET_BUFFER_LIST *netBufferList, NET_BUFFER_LIST *newNetBufferList, UINT16 layerId, UINT64 context,
	UINT64 contextTag);
typedef void (NTAPI *FWPS_NET_BUFFER_LIST_NOTIFY_FN1)(FWPS_NET_BUFFER_LIST_EVENT_TYPE0 eventType,
	NET_BUFFER_LIST *netBufferList, NET_BUFFER_LIST *newNetBufferList, UINT16 layerId, UINT64 context,
	UINT64 contextTag);
UINT64 NTAPI FwpsNetBufferListGetTagForContext0(void);
NTSTATUS NTAPI FwpsNetBufferListAssociateContext0(NET_BUFFER_LIST *netBufferList, UINT16 layerId,
	UINT64 context, UINT64 contextTag, const GUID *providerGuid, void *deviceObject,
	FWPS_NET_BUFFER_LIST_NOTIFY_FN0 notifyFn, UINT32 flags);
NTSTATUS NTAPI FwpsNetBufferListAssociateContext1(NET_BUFFER_LIST *netBufferList, UINT16 layerId,
	UINT64 context, UINT64 contextTag, const GUID *providerGuid, void *deviceObject,
	FWPS_NET_BUFFER_LIST_NOTIFY_FN1 notifyFn, UINT32 flags);
NTSTATUS NTAPI FwpsNetBufferListRetrieveContext0(NET_BUFFER_LIST *netBufferList, UINT64 contextTag,
	BOOLEAN removeContext, UINT32 flags, UINT64 *context);
NTSTATUS NTAPI FwpsNetBufferListRemoveContext0(NET_BUFFER_LIST *netBufferList, UINT64 contextTag, UINT32 flags);

/* vSwitch packet contexts (FWPS_INCOMING_METADATA_VALUES0::vSwitchPacketContext) */
void NTAPI FwpsReferencevSwitchPacketContext0(HANDLE packetContext);
void NTAPI FwpsDereferencevSwitchPacketContext0(HANDLE packetContext);

/* ALE endpoints, tokens, classify options */
NTSTATUS NTAPI FwpsOpenToken0(HANDLE engineHandle, LUID modifiedId, ACCESS_MASK desiredAccess,
	HANDLE *accessToken);
NTSTATUS NTAPI FwpsClassifyOptionSet0(const FWPS_INCOMING_METADATA_VALUES0 *inMetadataValues,
	FWP_CLASSIFY_OPTION_TYPE option, const FWP_VALUE0 *newValue);
NTSTATUS NTAPI FwpsAleEndpointGetById0(HANDLE engineHandle, UINT64 endpointId,
	FWPS_ALE_ENDPOINT_PROPERTIES0 **properties);
NTSTATUS NTAPI FwpsAleEndpointCreateEnumHandle0(HANDLE engineHandle,
	const FWPS_ALE_ENDPOINT_ENUM_TEMPLATE0 *enumTemplate, HANDLE *enumHandle);
NTSTATUS NTAPI FwpsAleEndpointEnum0(HANDLE engineHandle, HANDLE enumHandle, UINT32 numEntriesRequested,
	FWPS_ALE_ENDPOINT_PROPERTIES0 ***entries, UINT32 *numEntriesReturned);
NTSTATUS NTAPI FwpsAleEndpointDestroyEnumHandle0(HANDLE engineHandle, HANDLE enumHandle);
NTSTATUS NTAPI FwpsAleEndpointGetSecurityInfo0(HANDLE engineHandle, SECURITY_INFORMATION securityInfo,
	PSID *sidOwner, PSID *sidGroup, PACL *dacl, PACL *sacl, PSECURITY_DESCRIPTOR *securityDescriptor);
NTSTATUS NTAPI FwpsAleEndpointSetSecurityInfo0(HANDLE engineHandle, SECURITY_INFORMATION securityInfo,
	const SID *sidOwner, const SID *sidGroup, const ACL *dacl, const ACL *sacl);

DRISO_EXTERN_C_END
#endif /* DRISO_KERNEL */
#endif
