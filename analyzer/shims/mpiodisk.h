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
 * ValueMap. The classes' `<Class>Guid` initializers and the method
 * identifiers are those of the WDK's generated mpiodisk.h (interface facts:
 * a DSM's WMI code initializes its GUID table from them, msdsm's wmi.c).
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

/* <Class>Guid initializers, as wmimofck writes them. */
#define PDOSCSI_ADDRGuid { 0xc74aece4,0x468b,0x4113, { 0xb0,0x06,0x0c,0xec,0xdc,0x96,0x8a,0xc4 } }
#define PDO_INFORMATIONGuid { 0xe69e581d,0x6580,0x4bc2, { 0xba,0xd1,0x7e,0xee,0x85,0x98,0x90,0x86 } }
#define MPIO_GET_DESCRIPTORGuid { 0x85134d46,0xd17c,0x4992, { 0x83,0xf9,0x07,0x0d,0xd4,0xc4,0x8e,0x0b } }
#define MPIO_DEVINSTANCE_HEALTH_CLASSGuid { 0xf5e3daf3,0x4fe2,0x4faa, { 0xb0,0x00,0x48,0x85,0x10,0xa6,0x91,0xe4 } }
#define MPIO_DEVINSTANCE_HEALTH_INFOGuid { 0x9e4f39ac,0xcbaa,0x4298, { 0xb6,0x00,0x48,0x8a,0xc5,0x65,0x2e,0xa9 } }
#define MPIO_DISK_WMI_METHODSGuid { 0xe6f52471,0xf302,0x49ce, { 0x99,0x0b,0xfa,0x7f,0xc9,0xeb,0xe6,0x66 } }
#define MPIO_DSM_Path_V2Guid { 0xac4e13b0,0x7cb6,0x4599, { 0xb3,0x97,0xfb,0x36,0xfa,0xec,0x5c,0x96 } }
#define DSM_Load_Balance_Policy_V2Guid { 0x6f4474ce,0xd20e,0x426c, { 0x93,0x71,0x9b,0x87,0xc2,0xe2,0xcd,0x5a } }
#define DSM_QueryLBPolicy_V2Guid { 0xd14fed0e,0xbdfb,0x4615, { 0x85,0x78,0x35,0x0c,0x4c,0x2b,0x06,0xd7 } }
#define DSM_QuerySupportedLBPolicies_V2Guid { 0xfc777b74,0x7bcc,0x47ae, { 0xaa,0x63,0x59,0x65,0x6b,0xa5,0x93,0xfe } }
#define MPIO_DSM_PathGuid { 0x80ebd5b4,0x3baf,0x41f1, { 0x9c,0x41,0xbd,0x36,0xc5,0x28,0x2b,0x67 } }
#define DSM_Load_Balance_PolicyGuid { 0x3078b89b,0xa34f,0x4ff6, { 0x81,0x0a,0xc5,0x6a,0xd3,0xba,0x94,0x7d } }
#define DSM_QueryLBPolicyGuid { 0x20a4663b,0xbf54,0x4738, { 0xb4,0x03,0x0c,0xfc,0x71,0xec,0xfc,0x90 } }
#define DSM_QuerySupportedLBPoliciesGuid { 0xffcf3f4e,0xbab6,0x455c, { 0xba,0x99,0xd6,0x0c,0xfb,0xc5,0x88,0x7d } }
#define DSM_LB_OperationsGuid { 0xc944053c,0xc90f,0x4012, { 0xb7,0x75,0x1f,0x1a,0x26,0x1d,0x4b,0xe4 } }
#define DSM_QueryUniqueIdGuid { 0x7b47cbe2,0x63d0,0x4e6b, { 0xb9,0x87,0x4b,0xfc,0xbd,0x6c,0x36,0x8e } }

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

/* DSM_LB_Operations methods. */
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
