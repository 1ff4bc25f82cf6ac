/*
 * driso shim: fwpstypes.h (Windows Filtering Platform run-time types;
 * SDK/WDK header mingw-w64 lacks), for kernel and user TUs.
 *
 * Written from the fwpstypes.h and fwpsk.h references on Microsoft Learn:
 * run-time layer and data field identifiers (driso_fwps_fields.h),
 * FWPS_INCOMING_VALUE0(S), FWPS_ACTION0, FWPS_FILTER_CONDITION0,
 * FWPS_FILTER0-3, FWPS_CLASSIFY_OUT0, discard and fragment metadata, ALE
 * endpoint enumeration, and the FWPS_* flag constants callouts test.
 * Version-independent names (FWPS_FILTER, ...) come from fwpvi.h.
 */
#ifndef DRISO_SHIM_FWPSTYPES_H
#define DRISO_SHIM_FWPSTYPES_H
#include "driso_fwp_base.h"
#include "driso_fwps_fields.h"
#include "driso_fwpm_extras.h"

DRISO_EXTERN_C_START

typedef struct FWPM_PROVIDER_CONTEXT3_ FWPM_PROVIDER_CONTEXT3;

typedef struct FWPS_INCOMING_VALUE0_ {
	FWP_VALUE0 value;
} FWPS_INCOMING_VALUE0;

typedef struct FWPS_INCOMING_VALUES0_ {
	UINT16 layerId;
	UINT32 valueCount;
	FWPS_INCOMING_VALUE0 *incomingValue;
} FWPS_INCOMING_VALUES0;

typedef enum FWPS_DISCARD_MODULE0_ {
	FWPS_DISCARD_MODULE_NETWORK = 0,
	FWPS_DISCARD_MODULE_TRANSPORT = 1,
	FWPS_DISCARD_MODULE_GENERAL = 2,
	FWPS_DISCARD_MODULE_MAX = 3
} FWPS_DISCARD_MODULE0;

typedef enum FWPS_GENERAL_DISCARD_REASON_ {
	FWPS_DISCARD_FIREWALL_POLICY = 0,
	FWPS_DISCARD_IPSEC = 1,
	FWPS_GENERAL_DISCARD_REASON_MAX = 2
} FWPS_GENERAL_DISCARD_REASON;

typedef struct FWPS_DISCARD_METADATA0_ {
	FWPS_DISCARD_MODULE0 discardModule;
	UINT32 discardReason;
	UINT64 filterId;
} FWPS_DISCARD_METADATA0;

typedef struct FWPS_INBOUND_FRAGMENT_METADATA0_ {
	UINT32 fragmentIdentification;
	UINT16 fragmentOffset;
	ULONG fragmentLength;
} FWPS_INBOUND_FRAGMENT_METADATA0;

typedef struct FWPS_ACTION0_ {
	FWP_ACTION_TYPE type;
	UINT32 calloutId;
} FWPS_ACTION0;

typedef struct FWPS_FILTER_CONDITION0_ {
	UINT16 fieldId;
	UINT16 reserved;
	FWP_MATCH_TYPE matchType;
	FWP_CONDITION_VALUE0 conditionValue;
} FWPS_FILTER_CONDITION0;

typedef struct FWPS_FILTER0_ {
	UINT64 filterId;
	FWP_VALUE0 weight;
	UINT16 subLayerWeight;
	UINT16 flags;
	UINT32 numFilterConditions;
	FWPS_FILTER_CONDITION0 *filterCondition;
	FWPS_ACTION0 action;
	UINT64 context;
	FWPM_PROVIDER_CONTEXT0 *providerContext;
} FWPS_FILTER0;

typedef struct FWPS_FILTER1_ {
	UINT64 filterId;
	FWP_VALUE0 weight;
	UINT16 subLayerWeight;
	UINT16 flags;
	UINT32 numFilterConditions;
	FWPS_FILTER_CONDITION0 *filterCondition;
	FWPS_ACTION0 action;
	UINT64 context;
	FWPM_PROVIDER_CONTEXT1 *providerContext;
} FWPS_FILTER1;

typedef struct FWPS_FILTER2_ {
	UINT64 filterId;
	FWP_VALUE0 weight;
	UINT16 subLayerWeight;
	UINT16 flags;
	UINT32 numFilterConditions;
	FWPS_FILTER_CONDITION0 *filterCondition;
	FWPS_ACTION0 action;
	UINT64 context;
	FWPM_PROVIDER_CONTEXT2 *providerContext;
} FWPS_FILTER2;

typedef struct FWPS_FILTER3_ {
	UINT64 filterId;
	FWP_VALUE0 weight;
	UINT16 subLayerWeight;
	UINT16 flags;
	UINT32 numFilterConditions;
	FWPS_FILTER_CONDITION0 *filterCondition;
	FWPS_ACTION0 action;
	UINT64 context;
	FWPM_PROVIDER_CONTEXT3 *providerContext;
} FWPS_FILTER3;

typedef struct FWPS_CLASSIFY_OUT0_ {
	FWP_ACTION_TYPE actionType;
	UINT64 outContext;
	UINT64 filterId;
	UINT32 rights;
	UINT32 flags;
	UINT32 reserved;
} FWPS_CLASSIFY_OUT0;

typedef struct FWPS_ALE_ENDPOINT_PROPERTIES0_ {
	UINT64 endpointId;
	FWP_IP_VERSION ipVersion;
	union {
		UINT32 localV4Address;
		UINT8 localV6Address[16];
	};
	union {
		UINT32 remoteV4Address;
		UINT8 remoteV6Address[16];
	};
	UINT8 ipProtocol;
	UINT16 localPort;
	UINT16 remotePort;
	UINT64 localTokenModifiedId;
	UINT64 mmSaId;
	UINT64 qmSaId;
	UINT32 ipsecStatus;
	UINT32 flags;
	FWP_BYTE_BLOB appId;
} FWPS_ALE_ENDPOINT_PROPERTIES0;

typedef struct FWPS_ALE_ENDPOINT_ENUM_TEMPLATE0_ {
	FWP_CONDITION_VALUE0 localSubNet;
	FWP_CONDITION_VALUE0 remoteSubNet;
	FWP_CONDITION_VALUE0 ipProtocol;
	FWP_CONDITION_VALUE0 localPortRange;
	FWP_CONDITION_VALUE0 remotePortRange;
} FWPS_ALE_ENDPOINT_ENUM_TEMPLATE0;

/* FWPS_FILTER0::flags */
#define FWPS_FILTER_FLAG_CLEAR_ACTION_RIGHT 0x00000001
#define FWPS_FILTER_FLAG_PERMIT_IF_CALLOUT_UNREGISTERED 0x00000002

/* FWPS_CLASSIFY_OUT0::rights and ::flags */
#define FWPS_RIGHT_ACTION_WRITE 0x00000001
#define FWPS_CLASSIFY_OUT_FLAG_ABSORB 0x00000001
#define FWPS_CLASSIFY_OUT_FLAG_BUFFER_LIMIT_REACHED 0x00000002
#define FWPS_CLASSIFY_OUT_FLAG_NO_MORE_DATA 0x00000004
#define FWPS_CLASSIFY_OUT_FLAG_ALE_FAST_CACHE_CHECK 0x00000008
#define FWPS_CLASSIFY_OUT_FLAG_ALE_FAST_CACHE_POSSIBLE 0x00000010

#define FWPS_INCOMING_FLAG_CACHE_SAFE 0x00000001
#define FWPS_INCOMING_FLAG_ENFORCE_QUERY 0x00000002
#define FWPS_INCOMING_FLAG_ABSORB 0x00000004
#define FWPS_INCOMING_FLAG_CONNECTION_FAILING_INDICATION 0x00000008
#define FWPS_INCOMING_FLAG_MID_STREAM_INSPECTION 0x00000010
#define FWPS_INCOMING_FLAG_RECLASSIFY 0x00000020
#define FWPS_INCOMING_FLAG_IS_LOOSE_SOURCE_FLOW 0x00000040
#define FWPS_INCOMING_FLAG_IS_LOCAL_ONLY_FLOW 0x00000080

#define FWPS_L2_INCOMING_FLAG_IS_RAW_IPV4_FRAMING 0x00000001
#define FWPS_L2_INCOMING_FLAG_IS_RAW_IPV6_FRAMING 0x00000002
#define FWPS_L2_INCOMING_FLAG_RECLASSIFY_MULTI_DESTINATION 0x00000008

DRISO_EXTERN_C_END

#include "fwpvi.h"

#endif
