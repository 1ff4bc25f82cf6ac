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
#ifndef DRISO_NTDDNDIS_REPLA_H
#define DRISO_NTDDNDIS_REPLA_H

DRISO_EXTERN_C_START

struct _NDIS_OFFLOAD_PARAMETERS {
	NDIS_OBJECT_HEADER Header;
	UCHAR IPv4Checksum;
	UCHAR TCPIPv4Checksum;
	UCHAR UDPIPv4Checksum;
	UCHAR TCPIPv6Checksum;
	UCHAR UDPIPv6Checksum;
	UCHAR LsoV1;
	UCHAR IPsecV1;
	UCHAR LsoV2IPv4;
	UCHAR LsoV2IPv6;
	UCHAR TcpConnectionIPv4;
	UCHAR TcpConnectionIPv6;
	ULONG Flags;
	UCHAR IPsecV2;
	UCHAR IPsecV2IPv4;
	struct {
		UCHAR RscIPv4;
		UCHAR RscIPv6;
	};
	struct {
		UCHAR EncapsulatedPacketTaskOffload;
		UCHAR EncapsulationTypes;
	};
	union _ENCAPSULATION_PROTOCOL_PARAMETERS {
		struct _VXLAN_PARAMETERS {
			USHORT VxlanUDPPortNumber;
		} VxlanParameters;
		ULONG Value;
	} EncapsulationProtocolParameters;
};
typedef struct _NDIS_OFFLOAD_PARAMETERS NDIS_OFFLOAD_PARAMETERS;
typedef struct _NDIS_OFFLOAD_PARAMETERS *PNDIS_OFFLOAD_PARAMETERS;
typedef struct _NDIS_IPSEC_OFFLOAD_V2 NDIS_IPSEC_OFFLOAD_V2;
typedef struct _NDIS_TCP_RECV_SEG_COALESCE_OFFLOAD NDIS_TCP_RECV_SEG_COALESCE_OFFLOAD;
typedef struct _NDIS_ENCAPSULATED_PACKET_TASK_OFFLOAD NDIS_ENCAPSULATED_PACKET_TASK_OFFLOAD;
struct _NDIS_ENCAPSULATED_PACKET_TASK_OFFLOAD_V2 {
	ULONG TransmitChecksumOffloadSupported : 4;
	ULONG ReceiveChecksumOffloadSupported : 4;
	ULONG LsoV2Supported : 4;
	ULONG RssSupported : 4;
	ULONG VmqSupported : 4;
	ULONG Reserved : 12;
	ULONG MaxHeaderSizeSupported;
	union _ENCAPSULATION_PROTOCOL_INFO {
		struct _VXLAN_INFO {
			USHORT VxlanUDPPortNumber;
			USHORT VxlanUDPPortNumberConfigurable : 1;
		} VxlanInfo;
		ULONG Value;
	} EncapsulationProtocolInfo;
	ULONG Reserved1;
	ULONG Reserved2;
};
typedef struct _NDIS_ENCAPSULATED_PACKET_TASK_OFFLOAD_V2 NDIS_ENCAPSULATED_PACKET_TASK_OFFLOAD_V2;
enum _NDIS_RFC6877_464XLAT_OFFLOAD_OPTIONS {
	NDIS_RFC6877_464XLAT_OFFLOAD_NOT_SUPPORTED = 0,
	NDIS_RFC6877_464XLAT_OFFLOAD_DISABLED,
	NDIS_RFC6877_464XLAT_OFFLOAD_ENABLED,
	NDIS_RFC6877_464XLAT_OFFLOAD_ON_DEMAND
};
typedef enum _NDIS_RFC6877_464XLAT_OFFLOAD_OPTIONS NDIS_RFC6877_464XLAT_OFFLOAD_OPTIONS;
struct _NDIS_RFC6877_464XLAT_OFFLOAD {
	NDIS_RFC6877_464XLAT_OFFLOAD_OPTIONS XlatOffload;
	ULONG Flags;
};
typedef struct _NDIS_RFC6877_464XLAT_OFFLOAD NDIS_RFC6877_464XLAT_OFFLOAD;
struct _NDIS_OFFLOAD {
	NDIS_OBJECT_HEADER Header;
	NDIS_TCP_IP_CHECKSUM_OFFLOAD Checksum;
	NDIS_TCP_LARGE_SEND_OFFLOAD_V1 LsoV1;
	NDIS_IPSEC_OFFLOAD_V1 IPsecV1;
	NDIS_TCP_LARGE_SEND_OFFLOAD_V2 LsoV2;
	ULONG Flags;
	NDIS_IPSEC_OFFLOAD_V2 IPsecV2;
	NDIS_TCP_RECV_SEG_COALESCE_OFFLOAD Rsc;
	NDIS_ENCAPSULATED_PACKET_TASK_OFFLOAD EncapsulatedPacketTaskOffloadGre;
	NDIS_ENCAPSULATED_PACKET_TASK_OFFLOAD_V2 EncapsulatedPacketTaskOffloadVxlan;
	UCHAR EncapsulationTypes;
	NDIS_RFC6877_464XLAT_OFFLOAD Rfc6877Xlat;
};
typedef struct _NDIS_OFFLOAD NDIS_OFFLOAD;
typedef struct _NDIS_OFFLOAD *PNDIS_OFFLOAD;
struct _NDIS_NIC_SWITCH_CAPABILITIES {
	NDIS_OBJECT_HEADER Header;
	ULONG Flags;
	ULONG NdisReserved1;
	ULONG NumTotalMacAddresses;
	ULONG NumMacAddressesPerPort;
	ULONG NumVlansPerPort;
	ULONG NdisReserved2;
	ULONG NdisReserved3;
	ULONG NicSwitchCapabilities;
	ULONG MaxNumSwitches;
	ULONG MaxNumVPorts;
	ULONG NdisReserved4;
	ULONG MaxNumVFs;
	ULONG MaxNumQueuePairs;
	ULONG NdisReserved5;
	ULONG NdisReserved6;
	ULONG NdisReserved7;
	ULONG MaxNumQueuePairsPerNonDefaultVPort;
	ULONG NdisReserved8;
	ULONG NdisReserved9;
	ULONG NdisReserved10;
	ULONG NdisReserved11;
	ULONG NdisReserved12;
	ULONG MaxNumMacAddresses;
	ULONG NdisReserved13;
	ULONG NdisReserved14;
	ULONG NdisReserved15;
	ULONG NdisReserved16;
	ULONG NdisReserved17;
	ULONG MaxNumRssCapableNonDefaultPFVPorts;
	ULONG NumberOfIndirectionTableEntriesForDefaultVPort;
	ULONG NumberOfIndirectionTableEntriesPerNonDefaultPFVPort;
	ULONG MaxNumQueuePairsForDefaultVPort;
};
typedef struct _NDIS_NIC_SWITCH_CAPABILITIES *PNDIS_NIC_SWITCH_CAPABILITIES;
struct _NDIS_RECEIVE_SCALE_PARAMETERS {
	NDIS_OBJECT_HEADER Header;
	USHORT Flags;
	USHORT BaseCpuNumber;
	ULONG HashInformation;
	USHORT IndirectionTableSize;
	ULONG IndirectionTableOffset;
	USHORT HashSecretKeySize;
	ULONG HashSecretKeyOffset;
	ULONG ProcessorMasksOffset;
	ULONG NumberOfProcessorMasks;
	ULONG ProcessorMasksEntrySize;
	PROCESSOR_NUMBER DefaultProcessorNumber;
};
typedef struct _NDIS_RECEIVE_SCALE_PARAMETERS NDIS_RECEIVE_SCALE_PARAMETERS;
typedef struct _NDIS_RECEIVE_SCALE_PARAMETERS *PNDIS_RECEIVE_SCALE_PARAMETERS;

DRISO_EXTERN_C_END

#endif /* DRISO_NTDDNDIS_REPLA_H */
