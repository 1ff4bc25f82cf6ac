/*
 * driso shim: rpcdce.h. mingw's rpcdce.h plus the Vista-era RPC
 * declarations it lacks: the binding-template protocol sequences
 * (RPC_PROTSEQ_*), the template and binding-option flags (RPC_BHT_*,
 * RPC_BHO_*), RPC_FW_IF_FLAG_DCOM, and the version 4 and 5 security QOS
 * structures (RPC_SECURITY_QOS_V4/V5, A/W, with the UNICODE-neutral names
 * and RPC_C_SECURITY_QOS_VERSION_4/5). Layouts from the Learn rpcdce.h
 * reference; values from the SDK header in microsoft/win32metadata
 * (generation/WinSDK/RecompiledIdlHeaders/shared/rpcdce.h), the same as
 * the windows-sys crate's Win32::System::Rpc constants.
 */
#include_next <rpcdce.h>
#ifndef DRISO_SHIM_RPCDCE_H
#define DRISO_SHIM_RPCDCE_H

#ifndef RPC_PROTSEQ_TCP
#define RPC_PROTSEQ_TCP 0x1
#define RPC_PROTSEQ_NMP 0x2
#define RPC_PROTSEQ_LRPC 0x3
#define RPC_PROTSEQ_HTTP 0x4
#endif
#ifndef RPC_BHT_OBJECT_UUID_VALID
#define RPC_BHT_OBJECT_UUID_VALID 0x1
#endif
#ifndef RPC_BHO_NONCAUSAL
#define RPC_BHO_NONCAUSAL 0x1
#define RPC_BHO_DONTLINGER 0x2
#define RPC_BHO_EXCLUSIVE_AND_GUARANTEED 0x4
#endif
#ifndef RPC_FW_IF_FLAG_DCOM
#define RPC_FW_IF_FLAG_DCOM 0x0001
#endif

/* mingw declares RPC_HTTP_TRANSPORT_CREDENTIALS_A/W (which the V4/V5
 * structures point to) in the same block as RPC_C_SECURITY_QOS_VERSION_3 */
#if defined(RPC_C_SECURITY_QOS_VERSION_3) && !defined(DRISO_HAVE_RPC_SECURITY_QOS_V4)
#define DRISO_HAVE_RPC_SECURITY_QOS_V4
#ifdef __cplusplus
extern "C" {
#endif
#define RPC_C_SECURITY_QOS_VERSION_4 4L
#define RPC_C_SECURITY_QOS_VERSION_5 5L

typedef struct _RPC_SECURITY_QOS_V4_W {
	unsigned long Version;
	unsigned long Capabilities;
	unsigned long IdentityTracking;
	unsigned long ImpersonationType;
	unsigned long AdditionalSecurityInfoType;
	union {
		RPC_HTTP_TRANSPORT_CREDENTIALS_W *HttpCredentials;
	} u;
	void *Sid;
	unsigned int EffectiveOnly;
} RPC_SECURITY_QOS_V4_W, *PRPC_SECURITY_QOS_V4_W;

typedef struct _RPC_SECURITY_QOS_V4_A {
	unsigned long Version;
	unsigned long Capabilities;
	unsigned long IdentityTracking;
	unsigned long ImpersonationType;
	unsigned long AdditionalSecurityInfoType;
	union {
		RPC_HTTP_TRANSPORT_CREDENTIALS_A *HttpCredentials;
	} u;
	void *Sid;
	unsigned int EffectiveOnly;
} RPC_SECURITY_QOS_V4_A, *PRPC_SECURITY_QOS_V4_A;

typedef struct _RPC_SECURITY_QOS_V5_W {
	unsigned long Version;
	unsigned long Capabilities;
	unsigned long IdentityTracking;
	unsigned long ImpersonationType;
	unsigned long AdditionalSecurityInfoType;
	union {
		RPC_HTTP_TRANSPORT_CREDENTIALS_W *HttpCredentials;
	} u;
	void *Sid;
	unsigned int EffectiveOnly;
	void *ServerSecurityDescriptor;
} RPC_SECURITY_QOS_V5_W, *PRPC_SECURITY_QOS_V5_W;

typedef struct _RPC_SECURITY_QOS_V5_A {
	unsigned long Version;
	unsigned long Capabilities;
	unsigned long IdentityTracking;
	unsigned long ImpersonationType;
	unsigned long AdditionalSecurityInfoType;
	union {
		RPC_HTTP_TRANSPORT_CREDENTIALS_A *HttpCredentials;
	} u;
	void *Sid;
	unsigned int EffectiveOnly;
	void *ServerSecurityDescriptor;
} RPC_SECURITY_QOS_V5_A, *PRPC_SECURITY_QOS_V5_A;

#define RPC_SECURITY_QOS_V4 __MINGW_NAME_UAW(RPC_SECURITY_QOS_V4)
#define PRPC_SECURITY_QOS_V4 __MINGW_NAME_UAW(PRPC_SECURITY_QOS_V4)
#define _RPC_SECURITY_QOS_V4 __MINGW_NAME_UAW(_RPC_SECURITY_QOS_V4)
#define RPC_SECURITY_QOS_V5 __MINGW_NAME_UAW(RPC_SECURITY_QOS_V5)
#define PRPC_SECURITY_QOS_V5 __MINGW_NAME_UAW(PRPC_SECURITY_QOS_V5)
#define _RPC_SECURITY_QOS_V5 __MINGW_NAME_UAW(_RPC_SECURITY_QOS_V5)
#ifdef __cplusplus
}
#endif
#endif

#endif
