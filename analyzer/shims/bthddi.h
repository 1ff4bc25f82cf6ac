/*
 * driso shim: bthddi.h, the Bluetooth profile driver DDI (WDK-only header).
 *
 * Declarations only (see driso_shims.h), written from the Learn bthddi.h
 * reference: Bluetooth request blocks (BRB_HEADER and the L2CAP/SCO/ACL
 * BRB structures with their documented fields), BRB_TYPE, the indication
 * callback types and INDICATION_PARAMETERS(_ENHANCED), the L2CAP channel
 * configuration structures and BTH_PROFILE_DRIVER_INTERFACE.
 *
 * Numeric values: L2CAP connect results and modes follow the Bluetooth
 * core specification; BRB_TYPE members, flag bits (CF_*, CFG_*,
 * CALLBACK_*, ACL_*), the *_VERSION_FOR_QI numbers and L2CAP_RAF_* defaults
 * are distinct driso values, not restated from a WDK. GUIDs are declared,
 * not defined.
 */
#ifndef DRISO_SHIM_BTHDDI_H
#define DRISO_SHIM_BTHDDI_H
#include "driso_shims.h"
#include "bthdef.h"
#include "bthsdpdef.h"
#include "bthguid.h"

DRISO_EXTERN_C_START

#ifndef BTHPORT_CONTEXT_SIZE
#define BTHPORT_CONTEXT_SIZE 4
#endif
#ifndef BTHPORT_RESERVED_FIELD_SIZE
#define BTHPORT_RESERVED_FIELD_SIZE 2
#endif

#define BTHDDI_PROFILE_DRIVER_INTERFACE_VERSION_FOR_QI 0x0200
#define BTHDDI_PROFILE_DRIVER_INTERFACE_VERSION_1 0x0100
#define BTHDDI_PROFILE_DRIVER_INTERFACE_VERSION_2 0x0200

typedef PVOID L2CAP_CHANNEL_HANDLE, *PL2CAP_CHANNEL_HANDLE;
typedef PVOID L2CAP_SERVER_HANDLE, *PL2CAP_SERVER_HANDLE;
typedef PVOID SCO_CHANNEL_HANDLE, *PSCO_CHANNEL_HANDLE;
typedef PVOID SCO_SERVER_HANDLE, *PSCO_SERVER_HANDLE;

typedef enum _BRB_TYPE {
	BRB_HCI_GET_LOCAL_BD_ADDR = 0x0001,
	BRB_L2CA_REGISTER_SERVER = 0x0100,
	BRB_L2CA_UNREGISTER_SERVER,
	BRB_L2CA_OPEN_CHANNEL,
	BRB_L2CA_OPEN_CHANNEL_RESPONSE,
	BRB_L2CA_CLOSE_CHANNEL,
	BRB_L2CA_ACL_TRANSFER,
	BRB_L2CA_UPDATE_CHANNEL,
	BRB_L2CA_PING,
	BRB_L2CA_OPEN_ENHANCED_CHANNEL,
	BRB_L2CA_OPEN_ENHANCED_CHANNEL_RESPONSE,
	BRB_REGISTER_PSM = 0x0200,
	BRB_UNREGISTER_PSM,
	BRB_SCO_REGISTER_SERVER = 0x0300,
	BRB_SCO_UNREGISTER_SERVER,
	BRB_SCO_OPEN_CHANNEL,
	BRB_SCO_OPEN_CHANNEL_RESPONSE,
	BRB_SCO_CLOSE_CHANNEL,
	BRB_SCO_TRANSFER,
	BRB_SCO_GET_CHANNEL_INFO,
	BRB_SCO_GET_SYSTEM_INFO,
	BRB_SCO_FLUSH_CHANNEL,
	BRB_ACL_GET_MODE = 0x0400,
	BRB_ACL_ENTER_ACTIVE_MODE,
	BRB_GET_DEVICE_INTERFACE_STRING = 0x0500,
	BRB_L2CA_INFO_REQUEST = 0x0600,
	BRB_STORED_LINK_KEY = 0x0700,
	BRB_L2CA_ACL_TRANSFER_EX = 0x0800,
	BRB_MAX
} BRB_TYPE;

typedef struct _BRB_HEADER {
	LIST_ENTRY ListEntry;
	ULONG Length;
	USHORT Version;
	USHORT Type;
	ULONG BthportFlags;
	NTSTATUS Status;
	BTHSTATUS BtStatus;
	PVOID Context[BTHPORT_CONTEXT_SIZE];
	PVOID ClientContext[BTHPORT_CONTEXT_SIZE];
	ULONG Reserved[BTHPORT_RESERVED_FIELD_SIZE];
} BRB_HEADER, *PBRB_HEADER;

/* L2CAP connect response results and channel modes (Bluetooth core spec) */
#define CONNECT_RSP_RESULT_SUCCESS 0x0000
#define CONNECT_RSP_RESULT_PENDING 0x0001
#define CONNECT_RSP_RESULT_PSM_NEG 0x0002
#define CONNECT_RSP_RESULT_SECURITY_BLOCK 0x0003
#define CONNECT_RSP_RESULT_NO_RESOURCES 0x0004
#define CONNECT_RSP_STATUS_NO_INFORMATION 0x0000
#define CONNECT_RSP_STATUS_AUTHENTICATION_PENDING 0x0001
#define CONNECT_RSP_STATUS_AUTHORIZATION_PENDING 0x0002

#define CM_BASIC 0x00
#define CM_RETRANSMISSION_AND_FLOW 0x01
#define CM_STREAMING 0x04

#define CF_LINK_AUTHENTICATED 0x00000001
#define CF_LINK_ENCRYPTED 0x00000002
#define CF_LINK_SUPPRESS_PIN 0x00000004
#define CF_LINK_MASTER 0x00000008
#define CF_LINK_SLAVE 0x00000010
#define CF_ROLE_EITHER 0x00000000

#define CFG_MTU 0x00000001
#define CFG_FLUSHTO 0x00000002
#define CFG_FLOW 0x00000004
#define CFG_LINKTO 0x00000008
#define CFG_EXTRA 0x00000010
#define CFG_QOS 0x00000020
#define CFG_ENHANCED 0x00000040
#define CFG_FCS 0x00000080
#define CFG_EXTENDED_FLOW_SPEC 0x00000100
#define CFG_EXTENDED_WINDOW_SIZE 0x00000200

#define CALLBACK_DISCONNECT 0x00000001
#define CALLBACK_CONFIG_EXTRA_IN 0x00000002
#define CALLBACK_CONFIG_EXTRA_OUT 0x00000004
#define CALLBACK_CONFIG_QOS 0x00000008
#define CALLBACK_RECV_PACKET 0x00000010

#define ACL_TRANSFER_DIRECTION_IN 0x00000001
#define ACL_TRANSFER_DIRECTION_OUT 0x00000002
#define ACL_SHORT_TRANSFER_OK 0x00000004
#define ACL_TRANSFER_TIMEOUT 0x00000008

#define L2CAP_RAF_DEFAULT_TX_WINDOW_SIZE 8
#define L2CAP_RAF_DEFAULT_MAXTRANSMIT 4
#define L2CAP_RAF_DEFAULT_MAX_PDU_SIZE 1010

typedef struct _L2CAP_CONFIG_VALUE_RANGE {
	USHORT Min;
	USHORT Preferred;
	USHORT Max;
} L2CAP_CONFIG_VALUE_RANGE, *PL2CAP_CONFIG_VALUE_RANGE;

typedef struct _L2CAP_CONFIG_RANGE {
	USHORT Min;
	USHORT Max;
} L2CAP_CONFIG_RANGE, *PL2CAP_CONFIG_RANGE;

typedef struct _L2CAP_FLOWSPEC {
	UCHAR Flags;
	UCHAR ServiceType;
	ULONG TokenRate;
	ULONG TokenBucketSize;
	ULONG PeakBandwidth;
	ULONG Latency;
	ULONG DelayVariation;
} L2CAP_FLOWSPEC, *PL2CAP_FLOWSPEC;

typedef struct _L2CAP_CONFIG_OPTION {
	UCHAR Type;
	UCHAR Length;
	UCHAR Data[1];
} L2CAP_CONFIG_OPTION, *PL2CAP_CONFIG_OPTION;

typedef struct _L2CAP_RETRANSMISSION_AND_FLOW_CONTROL {
	UCHAR Mode;
	UCHAR TxWindowSize;
	UCHAR MaxTransmit;
	USHORT RetransmissionTO;
	USHORT MonitorTO;
	USHORT MaxPDUSize;
} L2CAP_RETRANSMISSION_AND_FLOW_CONTROL, *PL2CAP_RETRANSMISSION_AND_FLOW_CONTROL;

typedef struct _L2CAP_EXTENDED_FLOW_SPEC {
	UCHAR Identifier;
	UCHAR ServiceType;
	USHORT MaxSDUSize;
	ULONG SDUInterArrivalTime;
	ULONG AccessLatency;
	ULONG FlushTimeout;
} L2CAP_EXTENDED_FLOW_SPEC, *PL2CAP_EXTENDED_FLOW_SPEC;

typedef struct _CHANNEL_CONFIG_PARAMETERS {
	ULONG Flags;
	USHORT Mtu;
	USHORT FlushTO;
	ULONG NumExtraOptions;
	PL2CAP_CONFIG_OPTION ExtraOptions;
	L2CAP_FLOWSPEC Flow;
} CHANNEL_CONFIG_PARAMETERS, *PCHANNEL_CONFIG_PARAMETERS;

typedef struct _CHANNEL_CONFIG_RESULTS {
	CHANNEL_CONFIG_PARAMETERS Params;
	ULONG ExtraOptionsBufferSize;
	PL2CAP_CONFIG_OPTION ExtraOptionsBuffer;
} CHANNEL_CONFIG_RESULTS, *PCHANNEL_CONFIG_RESULTS;

typedef struct _CHANNEL_CONFIG_PARAMETERS_ENHANCED {
	ULONG Flags;
	USHORT Mtu;
	USHORT FlushTO;
	ULONG NumExtraOptions;
	PL2CAP_CONFIG_OPTION ExtraOptions;
	L2CAP_FLOWSPEC Flow;
	L2CAP_RETRANSMISSION_AND_FLOW_CONTROL RetransmissionAndFlow;
	UCHAR Fcs;
	L2CAP_EXTENDED_FLOW_SPEC ExtendedFlowSpec;
	USHORT ExtendedWindowSize;
} CHANNEL_CONFIG_PARAMETERS_ENHANCED, *PCHANNEL_CONFIG_PARAMETERS_ENHANCED;

typedef struct _CHANNEL_CONFIG_RESULTS_ENHANCED {
	CHANNEL_CONFIG_PARAMETERS_ENHANCED Params;
	ULONG ExtraOptionsBufferSize;
	PL2CAP_CONFIG_OPTION ExtraOptionsBuffer;
} CHANNEL_CONFIG_RESULTS_ENHANCED, *PCHANNEL_CONFIG_RESULTS_ENHANCED;

/* configuration option types the stack could not handle (opaque here) */
typedef struct _CO_TYPE CO_TYPE, *PCO_TYPE;

typedef enum _L2CAP_DISCONNECT_REASON {
	HciDisconnect = 0,
	L2capDisconnectRequest,
	RadioPoweredDown,
	HardwareRemoval
} L2CAP_DISCONNECT_REASON;

typedef enum _INDICATION_CODE {
	IndicationAddReference = 0,
	IndicationReleaseReference,
	IndicationRemoteConnect,
	IndicationRemoteDisconnect,
	IndicationRemoteConfigRequest,
	IndicationRemoteConfigResponse,
	IndicationFreeExtraOptions,
	IndicationRecvPacket,
	IndicationPairDevice,
	IndicationUnpairDevice,
	IndicationUnpersonalizeDevice,
	IndicationRemoteConnectLE
} INDICATION_CODE, *PINDICATION_CODE;

typedef struct _INDICATION_PARAMETERS {
	L2CAP_CHANNEL_HANDLE ConnectionHandle;
	BTH_ADDR BtAddress;
	union {
		struct {
			struct {
				USHORT PSM;
			} Request;
		} Connect;
		struct {
			CHANNEL_CONFIG_PARAMETERS CurrentParams;
			CHANNEL_CONFIG_PARAMETERS RequestedParams;
			CHANNEL_CONFIG_PARAMETERS ResponseParams;
			USHORT Response;
		} ConfigRequest;
		struct {
			CHANNEL_CONFIG_PARAMETERS CurrentParams;
			CHANNEL_CONFIG_PARAMETERS RequestedParams;
			CHANNEL_CONFIG_PARAMETERS RejectedParams;
			PCO_TYPE UnknownTypes;
			ULONG NumUnknownTypes;
			CHANNEL_CONFIG_PARAMETERS NewRequestParams;
			USHORT Response;
		} ConfigResponse;
		struct {
			ULONG NumExtraOptions;
			PL2CAP_CONFIG_OPTION ExtraOptions;
		} FreeExtraOptions;
		struct {
			L2CAP_DISCONNECT_REASON Reason;
			BOOLEAN CloseNow;
		} Disconnect;
		struct {
			ULONG PacketLength;
			ULONG TotalQueueLength;
		} RecvPacket;
	} Parameters;
} INDICATION_PARAMETERS, *PINDICATION_PARAMETERS;

typedef struct _INDICATION_PARAMETERS_ENHANCED {
	L2CAP_CHANNEL_HANDLE ConnectionHandle;
	BTH_ADDR BtAddress;
	union {
		struct {
			struct {
				USHORT PSM;
			} Request;
		} Connect;
		struct {
			CHANNEL_CONFIG_PARAMETERS_ENHANCED CurrentParams;
			CHANNEL_CONFIG_PARAMETERS_ENHANCED RequestedParams;
			CHANNEL_CONFIG_PARAMETERS_ENHANCED ResponseParams;
			USHORT Response;
		} ConfigRequest;
		struct {
			CHANNEL_CONFIG_PARAMETERS_ENHANCED CurrentParams;
			CHANNEL_CONFIG_PARAMETERS_ENHANCED RequestedParams;
			CHANNEL_CONFIG_PARAMETERS_ENHANCED RejectedParams;
			PCO_TYPE UnknownTypes;
			ULONG NumUnknownTypes;
			CHANNEL_CONFIG_PARAMETERS_ENHANCED NewRequestParams;
			USHORT Response;
		} ConfigResponse;
		struct {
			ULONG NumExtraOptions;
			PL2CAP_CONFIG_OPTION ExtraOptions;
		} FreeExtraOptions;
		struct {
			L2CAP_DISCONNECT_REASON Reason;
			BOOLEAN CloseNow;
		} Disconnect;
		struct {
			ULONG PacketLength;
			ULONG TotalQueueLength;
		} RecvPacket;
		PVOID Reserved;
	} Parameters;
} INDICATION_PARAMETERS_ENHANCED, *PINDICATION_PARAMETERS_ENHANCED;

typedef VOID (*PFNBTHPORT_INDICATION_CALLBACK)(PVOID Context, INDICATION_CODE Indication,
					       PINDICATION_PARAMETERS Parameters);
typedef VOID (*PFNBTHPORT_INDICATION_CALLBACK_ENHANCED)(PVOID Context, INDICATION_CODE Indication,
							PINDICATION_PARAMETERS_ENHANCED Parameters);

struct _BRB_GET_LOCAL_BD_ADDR {
	BRB_HEADER Hdr;
	BTH_ADDR BtAddress;
};

struct _BRB_L2CA_REGISTER_SERVER {
	BRB_HEADER Hdr;
	BTH_ADDR BtAddress;
	USHORT PSM;
	ULONG IndicationFlags;
	PFNBTHPORT_INDICATION_CALLBACK IndicationCallback;
	PVOID IndicationCallbackContext;
	PVOID ReferenceObject;
	L2CAP_SERVER_HANDLE ServerHandle;
};

struct _BRB_L2CA_UNREGISTER_SERVER {
	BRB_HEADER Hdr;
	BTH_ADDR BtAddress;
	USHORT Psm;
	L2CAP_SERVER_HANDLE ServerHandle;
};

struct _BRB_L2CA_OPEN_CHANNEL {
	BRB_HEADER Hdr;
	L2CAP_CHANNEL_HANDLE ChannelHandle;
	union {
		struct {
			USHORT Response;
			USHORT ResponseStatus;
		};
		USHORT Psm;
	};
	ULONG ChannelFlags;
	BTH_ADDR BtAddress;
	struct {
		ULONG Flags;
		L2CAP_CONFIG_VALUE_RANGE Mtu;
		L2CAP_CONFIG_VALUE_RANGE FlushTO;
		L2CAP_FLOWSPEC Flow;
		USHORT LinkTO;
		ULONG NumExtraOptions;
		PL2CAP_CONFIG_OPTION ExtraOptions;
		struct {
			UCHAR ServiceType;
			ULONG Latency;
		} LocalQos;
	} ConfigOut;
	struct {
		ULONG Flags;
		L2CAP_CONFIG_VALUE_RANGE Mtu;
		L2CAP_CONFIG_RANGE FlushTO;
	} ConfigIn;
	ULONG CallbackFlags;
	PFNBTHPORT_INDICATION_CALLBACK Callback;
	PVOID CallbackContext;
	PVOID ReferenceObject;
	CHANNEL_CONFIG_RESULTS OutResults;
	CHANNEL_CONFIG_RESULTS InResults;
	UCHAR IncomingQueueDepth;
};

struct _BRB_L2CA_OPEN_ENHANCED_CHANNEL {
	BRB_HEADER Hdr;
	L2CAP_CHANNEL_HANDLE ChannelHandle;
	union {
		struct {
			USHORT Response;
			USHORT ResponseStatus;
		};
		USHORT Psm;
	};
	ULONG ChannelFlags;
	BTH_ADDR BtAddress;
	struct {
		ULONG Flags;
		L2CAP_CONFIG_VALUE_RANGE Mtu;
		L2CAP_CONFIG_VALUE_RANGE FlushTO;
		L2CAP_FLOWSPEC Flow;
		USHORT LinkTO;
		ULONG NumExtraOptions;
		PL2CAP_CONFIG_OPTION ExtraOptions;
		struct {
			UCHAR ServiceType;
			ULONG Latency;
		} LocalQos;
		struct {
			ULONG Flags;
			L2CAP_RETRANSMISSION_AND_FLOW_CONTROL RetransmissionAndFlow;
		} ModeConfig;
		USHORT Fcs;
		L2CAP_EXTENDED_FLOW_SPEC ExtendedFlowSpec;
		USHORT ExtendedWindowSize;
	} ConfigOut;
	struct {
		ULONG Flags;
		L2CAP_CONFIG_VALUE_RANGE Mtu;
		L2CAP_CONFIG_RANGE FlushTO;
	} ConfigIn;
	ULONG CallbackFlags;
	PFNBTHPORT_INDICATION_CALLBACK_ENHANCED Callback;
	PVOID CallbackContext;
	PVOID ReferenceObject;
	CHANNEL_CONFIG_RESULTS_ENHANCED OutResults;
	CHANNEL_CONFIG_RESULTS_ENHANCED InResults;
	UCHAR IncomingQueueDepth;
	PVOID Reserved;
};

struct _BRB_L2CA_CLOSE_CHANNEL {
	BRB_HEADER Hdr;
	BTH_ADDR BtAddress;
	L2CAP_CHANNEL_HANDLE ChannelHandle;
};

struct _BRB_L2CA_ACL_TRANSFER {
	BRB_HEADER Hdr;
	BTH_ADDR BtAddress;
	L2CAP_CHANNEL_HANDLE ChannelHandle;
	ULONG TransferFlags;
	ULONG BufferSize;
	PVOID Buffer;
	PMDL BufferMDL;
	LONGLONG Timeout;
	ULONG RemainingBufferSize;
};

struct _BRB_L2CA_PING {
	BRB_HEADER Hdr;
	BTH_ADDR BtAddress;
	UCHAR DataLength;
	UCHAR Data[MAX_L2CAP_PING_DATA_LENGTH];
	UCHAR ResponseLength;
	UCHAR Response[MAX_L2CAP_PING_DATA_LENGTH];
};

struct _BRB_PSM {
	BRB_HEADER Hdr;
	USHORT Psm;
};

struct _BRB_ACL_GET_MODE {
	BRB_HEADER Hdr;
	BTH_ADDR BtAddress;
	ULONG AclMode;
};

struct _BRB_ACL_ENTER_ACTIVE_MODE {
	BRB_HEADER Hdr;
	BTH_ADDR BtAddress;
};

struct _BRB_GET_DEVICE_INTERFACE_STRING {
	BRB_HEADER Hdr;
	PWCHAR DeviceInterfaceString;
	ULONG DeviceInterfaceStringCbLength;
};

typedef struct _BRB {
	union {
		BRB_HEADER BrbHeader;
		struct _BRB_GET_LOCAL_BD_ADDR BrbGetLocalBdAddress;
		struct _BRB_L2CA_REGISTER_SERVER BrbL2caRegisterServer;
		struct _BRB_L2CA_UNREGISTER_SERVER BrbL2caUnregisterServer;
		struct _BRB_L2CA_OPEN_CHANNEL BrbL2caOpenChannel;
		struct _BRB_L2CA_OPEN_ENHANCED_CHANNEL BrbL2caOpenEnhancedChannel;
		struct _BRB_L2CA_CLOSE_CHANNEL BrbL2caCloseChannel;
		struct _BRB_L2CA_PING BrbL2caPing;
		struct _BRB_L2CA_ACL_TRANSFER BrbL2caAclTransfer;
		struct _BRB_PSM BrbPsm;
		struct _BRB_ACL_GET_MODE BrbAclGetMode;
		struct _BRB_ACL_ENTER_ACTIVE_MODE BrbAclEnterActiveMode;
		struct _BRB_GET_DEVICE_INTERFACE_STRING BrbGetDeviceInterfaceString;
	};
} BRB, *PBRB;

typedef PBRB (*PFNBTH_ALLOCATE_BRB)(BRB_TYPE brbType, ULONG tag);
typedef VOID (*PFNBTH_FREE_BRB)(PBRB pBrb);
typedef VOID (*PFNBTH_INITIALIZE_BRB)(PBRB pBrb, BRB_TYPE brbType);
typedef VOID (*PFNBTH_REUSE_BRB)(PBRB pBrb, BRB_TYPE brbType);
typedef BOOLEAN (*PFNBTH_IS_BLUETOOTH_VERSION_AVAILABLE)(UCHAR MajorVersion, UCHAR MinorVersion);

typedef struct _BTH_PROFILE_DRIVER_INTERFACE {
	INTERFACE Interface;
	PFNBTH_ALLOCATE_BRB BthAllocateBrb;
	PFNBTH_FREE_BRB BthFreeBrb;
	PFNBTH_INITIALIZE_BRB BthInitializeBrb;
	PFNBTH_REUSE_BRB BthReuseBrb;
	PFNBTH_IS_BLUETOOTH_VERSION_AVAILABLE IsBluetoothVersionAvailable;
} BTH_PROFILE_DRIVER_INTERFACE, *PBTH_PROFILE_DRIVER_INTERFACE;

DRISO_EXTERN_C_END
#endif
