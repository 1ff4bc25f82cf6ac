/*
 * driso shim: mpiodisk.h, the data blocks of the MPIO disk WMI classes a
 * device-specific module (DSM) implements (WDK-only; the WMI tool suite
 * generates the real header from MPIO's MOF).
 *
 * Declarations only (see driso_shims.h), from the Learn mpiodisk.h
 * reference and the MOF definitions of the classes in the Learn storage
 * documentation ("MPIO WMI classes"): DSM_Load_Balance_Policy(_V2),
 * MPIO_DSM_Path(_V2), DSM_QueryLBPolicy(_V2),
 * DSM_QuerySupportedLBPolicies(_V2), DSM_QueryUniqueId, the
 * DsmSetLoadBalancePolicy(ALUA) method parameters, PDO_INFORMATION /
 * PDOSCSI_ADDR / MPIO_GET_DESCRIPTOR and the device-instance health
 * classes. The DSM_LB_*, STATE_* and ALUA_* values are the MOF's
 * ValueMap. Not declared: the classes' GUIDs (the documentation does not
 * publish them), so the generated `...Guid` initializers are absent. The
 * two method identifiers are distinct driso values.
 */
#ifndef DRISO_SHIM_MPIODISK_H
#define DRISO_SHIM_MPIODISK_H

#include "driso_shims.h"
#if DRISO_KERNEL
#include <ntddk.h>
#else
#include <windows.h>
#endif

DRISO_EXTERN_C_START

/* DSM_Load_Balance_Policy(_V2).LoadBalancePolicy (MOF ValueMap). */
#define DSM_LB_FAILOVER 1
#define DSM_LB_ROUND_ROBIN 2
#define DSM_LB_ROUND_ROBIN_WITH_SUBSET 3
#define DSM_LB_DYN_LEAST_QUEUE_DEPTH 4
#define DSM_LB_WEIGHTED_PATHS 5
#define DSM_LB_LEAST_BLOCKS 6
#define DSM_LB_VENDOR_SPECIFIC 7

/* MPIO_DSM_Path_V2.TargetPortGroup_State (MOF ValueMap). */
#define STATE_ACTIVE_OPTIMIZED 0
#define STATE_ACTIVE_UNOPTIMIZED 1
#define STATE_STANDBY 2
#define STATE_UNAVAILABLE 3
#define STATE_NOT_USED 16

/* MPIO_DSM_Path_V2.ALUASupport (MOF ValueMap). */
#define ALUA_NOT_SUPPORTED 0
#define ALUA_IMPLICIT_ONLY 1
#define ALUA_EXPLICIT_ONLY 2
#define ALUA_IMPLICIT_AND_EXPLICIT 3

typedef struct _MPIO_DSM_Path {
	ULONGLONG DsmPathId;
	ULONGLONG Reserved;
	ULONG PathWeight;
	ULONG PrimaryPath;
} MPIO_DSM_Path, *PMPIO_DSM_Path;

typedef struct _MPIO_DSM_Path_V2 {
	ULONGLONG DsmPathId;
	ULONGLONG Reserved;
	ULONG PathWeight;
	ULONG PrimaryPath;
	ULONG OptimizedPath;
	ULONG PreferredPath;
	ULONG FailedPath;
	ULONG TargetPortGroup_State;
	ULONG ALUASupport;
	UCHAR SymmetricLUA;
	UCHAR TargetPortGroup_Preferred;
	USHORT TargetPortGroup_Identifier;
	ULONG TargetPort_Identifier;
	ULONG Reserved32;
	ULONGLONG Reserved64;
} MPIO_DSM_Path_V2, *PMPIO_DSM_Path_V2;

typedef struct _DSM_Load_Balance_Policy {
	ULONG Version;
	ULONG LoadBalancePolicy;
	ULONG DSMPathCount;
	ULONG Reserved;
	MPIO_DSM_Path DSM_Paths[1];
} DSM_Load_Balance_Policy, *PDSM_Load_Balance_Policy;

typedef struct _DSM_Load_Balance_Policy_V2 {
	ULONG Version;
	ULONG LoadBalancePolicy;
	ULONG DSMPathCount;
	ULONG Reserved;
	MPIO_DSM_Path_V2 DSM_Paths[1];
} DSM_Load_Balance_Policy_V2, *PDSM_Load_Balance_Policy_V2;

typedef struct _DSM_QueryLBPolicy {
	DSM_Load_Balance_Policy LoadBalancePolicy;
} DSM_QueryLBPolicy, *PDSM_QueryLBPolicy;

typedef struct _DSM_QueryLBPolicy_V2 {
	DSM_Load_Balance_Policy_V2 LoadBalancePolicy;
} DSM_QueryLBPolicy_V2, *PDSM_QueryLBPolicy_V2;

typedef struct _DSM_QuerySupportedLBPolicies {
	ULONG SupportedLBPoliciesCount;
	ULONG Reserved;
	DSM_Load_Balance_Policy Supported_LB_Policies[1];
} DSM_QuerySupportedLBPolicies, *PDSM_QuerySupportedLBPolicies;

typedef struct _DSM_QuerySupportedLBPolicies_V2 {
	ULONG SupportedLBPoliciesCount;
	ULONG Reserved;
	DSM_Load_Balance_Policy_V2 Supported_LB_Policies[1];
} DSM_QuerySupportedLBPolicies_V2, *PDSM_QuerySupportedLBPolicies_V2;

typedef struct _DSM_QueryUniqueId {
	ULONGLONG DsmUniqueId;
} DSM_QueryUniqueId, *PDSM_QueryUniqueId;

/* DSM_LB_Operations methods (identifiers: driso values). */
#define DsmSetLoadBalancePolicy 1
#define DsmSetLoadBalancePolicyALUA 2

typedef struct _DsmSetLoadBalancePolicy_IN {
	DSM_Load_Balance_Policy LoadBalancePolicy;
} DsmSetLoadBalancePolicy_IN, *PDsmSetLoadBalancePolicy_IN;

typedef struct _DsmSetLoadBalancePolicy_OUT {
	ULONG Status;
} DsmSetLoadBalancePolicy_OUT, *PDsmSetLoadBalancePolicy_OUT;

typedef struct _DsmSetLoadBalancePolicyALUA_IN {
	DSM_Load_Balance_Policy_V2 LoadBalancePolicy;
} DsmSetLoadBalancePolicyALUA_IN, *PDsmSetLoadBalancePolicyALUA_IN;

typedef struct _DsmSetLoadBalancePolicyALUA_OUT {
	ULONG Status;
} DsmSetLoadBalancePolicyALUA_OUT, *PDsmSetLoadBalancePolicyALUA_OUT;

/* MPIO pseudo-LUN descriptor. */
typedef struct _PDOSCSI_ADDR {
	UCHAR PortNumber;
	UCHAR ScsiPathId;
	UCHAR TargetId;
	UCHAR Lun;
} PDOSCSI_ADDR, *PPDOSCSI_ADDR;

typedef struct _PDO_INFORMATION {
	PDOSCSI_ADDR ScsiAddress;
	ULONG DeviceState;
	ULONGLONG PathIdentifier;
	ULONG IdentifierType;
	ULONG IdentifierLength;
	UCHAR Identifier[32];
	UCHAR Pad[4];
} PDO_INFORMATION, *PPDO_INFORMATION;

typedef struct _MPIO_GET_DESCRIPTOR {
	ULONG NumberPdos;
	WCHAR DeviceName[63 + 1];
	PDO_INFORMATION PdoInformation[1];
} MPIO_GET_DESCRIPTOR, *PMPIO_GET_DESCRIPTOR;

/* Per-path I/O statistics of a device instance. */
typedef struct _MPIO_DEVINSTANCE_HEALTH_CLASS {
	ULONGLONG PathId;
	ULONGLONG NumberReads;
	ULONGLONG NumberWrites;
	ULONGLONG NumberBytesRead;
	ULONGLONG NumberBytesWritten;
	ULONGLONG NumberRetries;
	ULONGLONG NumberIoErrors;
	ULONGLONG CreateTime;
	ULONGLONG FailTime;
	BOOLEAN DeviceOffline;
	UCHAR NumberReadsWrap;
	UCHAR NumberWritesWrap;
	UCHAR NumberBytesReadWrap;
	UCHAR NumberBytesWrittenWrap;
	UCHAR Pad[3];
} MPIO_DEVINSTANCE_HEALTH_CLASS, *PMPIO_DEVINSTANCE_HEALTH_CLASS;

typedef struct _MPIO_DEVINSTANCE_HEALTH_INFO {
	ULONG NumberDevInstancePackets;
	ULONG Reserved;
	MPIO_DEVINSTANCE_HEALTH_CLASS DevInstanceHealthPackets[1];
} MPIO_DEVINSTANCE_HEALTH_INFO, *PMPIO_DEVINSTANCE_HEALTH_INFO;

DRISO_EXTERN_C_END

#endif
