/*
 * driso_ntddndis_repla.h, driso_ntddndis_replb.h: current layouts of ntddndis.h structures whose
 * mingw-w64 versions predate their latest revisions (NDIS_OFFLOAD with
 * USO/RSC/encapsulation members, NDIS_OFFLOAD_PARAMETERS,
 * NDIS_RECEIVE_SCALE_PARAMETERS, the NIC switch / vPort parameters and
 * capabilities, the Hyper-V switch NIC parameters and save state, port
 * security properties, NDK WMI capabilities) and the member types they
 * need. The ntddndis.h shim renames mingw's versions away before
 * including it (define DRISO_NTDDNDIS_MINGW_STRUCTS to keep mingw's).
 *
 * Generated, then compile-checked (kernel and user mode) and compared
 * (sizeof) with the WDK, from the shared ntddndis.h published in
 * microsoft/wdkmetadata (MIT): facts only -- names, member lists and
 * types, as in the Learn ntddndis.h reference -- in this file's own
 * layout.
 */
#ifndef DRISO_NTDDNDIS_REPLB_H
#define DRISO_NTDDNDIS_REPLB_H

DRISO_EXTERN_C_START

typedef struct _NDIS_NIC_SWITCH_CAPABILITIES NDIS_NIC_SWITCH_CAPABILITIES;
typedef ULONG NDIS_QOS_SQ_ID;
struct _NDIS_RECEIVE_QUEUE_PARAMETERS {
	NDIS_OBJECT_HEADER Header;
	ULONG Flags;
	NDIS_RECEIVE_QUEUE_TYPE QueueType;
	NDIS_RECEIVE_QUEUE_ID QueueId;
	NDIS_RECEIVE_QUEUE_GROUP_ID QueueGroupId;
	GROUP_AFFINITY ProcessorAffinity;
	ULONG NumSuggestedReceiveBuffers;
	ULONG MSIXTableEntry;
	ULONG LookaheadSize;
	NDIS_VM_NAME VmName;
	NDIS_QUEUE_NAME QueueName;
	ULONG PortId;
	ULONG InterruptCoalescingDomainId;
	NDIS_QOS_SQ_ID QosSqId;
};
typedef struct _NDIS_RECEIVE_QUEUE_PARAMETERS NDIS_RECEIVE_QUEUE_PARAMETERS;
typedef struct _NDIS_RECEIVE_QUEUE_PARAMETERS *PNDIS_RECEIVE_QUEUE_PARAMETERS;
enum _NDK_RDMA_TECHNOLOGY {
	NdkUndefined = 0,
	NdkiWarp,
	NdkInfiniBand,
	NdkRoCE,
	NdkRoCEv2,
	NdkMaxTechnology
};
typedef enum _NDK_RDMA_TECHNOLOGY NDK_RDMA_TECHNOLOGY;
struct _NDK_WMI_ADAPTER_INFO {
	NDK_VERSION Version;
	UINT32 VendorId;
	UINT32 DeviceId;
	ULONGLONG MaxRegistrationSize;
	ULONGLONG MaxWindowSize;
	ULONG FRMRPageCount;
	ULONG MaxInitiatorRequestSge;
	ULONG MaxReceiveRequestSge;
	ULONG MaxReadRequestSge;
	ULONG MaxTransferLength;
	ULONG MaxInlineDataSize;
	ULONG MaxInboundReadLimit;
	ULONG MaxOutboundReadLimit;
	ULONG MaxReceiveQueueDepth;
	ULONG MaxInitiatorQueueDepth;
	ULONG MaxSrqDepth;
	ULONG MaxCqDepth;
	ULONG LargeRequestThreshold;
	ULONG MaxCallerData;
	ULONG MaxCalleeData;
	ULONG AdapterFlags;
	NDK_RDMA_TECHNOLOGY RdmaTechnology;
};
typedef struct _NDK_WMI_ADAPTER_INFO NDK_WMI_ADAPTER_INFO;
typedef struct _NDK_WMI_ADAPTER_INFO *PNDK_WMI_ADAPTER_INFO;
struct _NDIS_WMI_NDK_CAPABILITIES {
	ULONG MaxQpCount;
	ULONG MaxCqCount;
	ULONG MaxMrCount;
	ULONG MaxPdCount;
	ULONG MaxInboundReadLimit;
	ULONG MaxOutboundReadLimit;
	ULONG MaxMwCount;
	ULONG MaxSrqCount;
	ULONG64 MissingCounterMask;
	NDK_WMI_ADAPTER_INFO NdkInfo;
};
typedef struct _NDIS_WMI_NDK_CAPABILITIES NDIS_WMI_NDK_CAPABILITIES;
typedef struct _NDIS_WMI_NDK_CAPABILITIES *PNDIS_WMI_NDK_CAPABILITIES;
struct _NDIS_NIC_SWITCH_PARAMETERS {
	NDIS_OBJECT_HEADER Header;
	ULONG Flags;
	NDIS_NIC_SWITCH_TYPE SwitchType;
	NDIS_NIC_SWITCH_ID SwitchId;
	NDIS_NIC_SWITCH_FRIENDLYNAME SwitchFriendlyName;
	ULONG NumVFs;
	ULONG NdisReserved1;
	ULONG NdisReserved2;
	ULONG NdisReserved3;
	ULONG NumQueuePairsForDefaultVPort;
};
typedef struct _NDIS_NIC_SWITCH_PARAMETERS NDIS_NIC_SWITCH_PARAMETERS;
typedef struct _NDIS_NIC_SWITCH_PARAMETERS *PNDIS_NIC_SWITCH_PARAMETERS;
struct _NDIS_NDK_REQUEST_PARAMETERS {
	BOOLEAN RdmaRequested;
	NDIS_SWITCH_PORT_ID SwitchPortId;
	NET_IFINDEX IfIndex;
	UCHAR MacAddress[32];
	UINT32 VlanId;
	NDIS_NDK_CAPABILITIES NdkReserved;
};
typedef struct _NDIS_NDK_REQUEST_PARAMETERS NDIS_NDK_REQUEST_PARAMETERS;
struct _NDIS_NDK_RESPONSE_PARAMETERS {
	BOOLEAN CapabilitiesAvailable;
	NDIS_NDK_CAPABILITIES ReceivedCapabilities;
};
typedef struct _NDIS_NDK_RESPONSE_PARAMETERS NDIS_NDK_RESPONSE_PARAMETERS;
struct _NDIS_NDK_PARAMETERS {
	NDIS_NDK_REQUEST_PARAMETERS NdkRequest;
	NDIS_NDK_RESPONSE_PARAMETERS NdkResponse;
};
typedef struct _NDIS_NDK_PARAMETERS NDIS_NDK_PARAMETERS;
struct _NDIS_NIC_SWITCH_VPORT_PARAMETERS {
	NDIS_OBJECT_HEADER Header;
	ULONG Flags;
	NDIS_NIC_SWITCH_ID SwitchId;
	NDIS_NIC_SWITCH_VPORT_ID VPortId;
	NDIS_VPORT_NAME VPortName;
	NDIS_SRIOV_FUNCTION_ID AttachedFunctionId;
	ULONG NumQueuePairs;
	NDIS_NIC_SWITCH_VPORT_INTERRUPT_MODERATION InterruptModeration;
	NDIS_NIC_SWITCH_VPORT_STATE VPortState;
	GROUP_AFFINITY ProcessorAffinity;
	ULONG LookaheadSize;
	NDIS_NDK_PARAMETERS NdkParams;
	NDIS_QOS_SQ_ID QosSqId;
};
typedef struct _NDIS_NIC_SWITCH_VPORT_PARAMETERS NDIS_NIC_SWITCH_VPORT_PARAMETERS;
typedef struct _NDIS_NIC_SWITCH_VPORT_PARAMETERS *PNDIS_NIC_SWITCH_VPORT_PARAMETERS;
struct _NDIS_SWITCH_PORT_PROPERTY_SECURITY {
	NDIS_OBJECT_HEADER Header;
	ULONG Flags;
	BOOLEAN AllowMacSpoofing;
	BOOLEAN AllowIeeePriorityTag;
	UINT32 VirtualSubnetId;
	BOOLEAN AllowTeaming;
	UINT32 DynamicIPAddressLimit;
};
typedef struct _NDIS_SWITCH_PORT_PROPERTY_SECURITY NDIS_SWITCH_PORT_PROPERTY_SECURITY;
typedef struct _NDIS_SWITCH_PORT_PROPERTY_SECURITY *PNDIS_SWITCH_PORT_PROPERTY_SECURITY;
struct _NDIS_SWITCH_NIC_PARAMETERS {
	NDIS_OBJECT_HEADER Header;
	ULONG Flags;
	NDIS_SWITCH_NIC_NAME NicName;
	NDIS_SWITCH_NIC_FRIENDLYNAME NicFriendlyName;
	NDIS_SWITCH_PORT_ID PortId;
	NDIS_SWITCH_NIC_INDEX NicIndex;
	NDIS_SWITCH_NIC_TYPE NicType;
	NDIS_SWITCH_NIC_STATE NicState;
	NDIS_VM_NAME VmName;
	NDIS_VM_FRIENDLYNAME VmFriendlyName;
	GUID NetCfgInstanceId;
	ULONG MTU;
	USHORT NumaNodeId;
	UCHAR PermanentMacAddress[32];
	UCHAR VMMacAddress[32];
	UCHAR CurrentMacAddress[32];
	BOOLEAN VFAssigned;
	ULONG64 NdisReserved[2];
};
typedef struct _NDIS_SWITCH_NIC_PARAMETERS NDIS_SWITCH_NIC_PARAMETERS;
typedef struct _NDIS_SWITCH_NIC_PARAMETERS *PNDIS_SWITCH_NIC_PARAMETERS;
struct _NDIS_SWITCH_NIC_SAVE_STATE {
	NDIS_OBJECT_HEADER Header;
	ULONG Flags;
	NDIS_SWITCH_PORT_ID PortId;
	NDIS_SWITCH_NIC_INDEX NicIndex;
	GUID ExtensionId;
	NDIS_SWITCH_EXTENSION_FRIENDLYNAME ExtensionFriendlyName;
	GUID FeatureClassId;
	USHORT SaveDataSize;
	USHORT SaveDataOffset;
	ULONG SaveDataSizeOverflow;
};
typedef struct _NDIS_SWITCH_NIC_SAVE_STATE NDIS_SWITCH_NIC_SAVE_STATE;
typedef struct _NDIS_SWITCH_NIC_SAVE_STATE *PNDIS_SWITCH_NIC_SAVE_STATE;

DRISO_EXTERN_C_END

#endif /* DRISO_NTDDNDIS_REPLB_H */
