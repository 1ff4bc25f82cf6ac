/*
 * driso shim: netadaptercxtypes.h, NetAdapterCx 2.x common types
 * (object handles, NET_DRIVER_GLOBALS, IPv4/IPv6/EUI-48 address unions).
 *
 * Declarations only (see driso_shims.h and netadaptercx.h for the
 * provenance of the whole NetAdapterCx family). NetAdapterCx objects are
 * WDF objects: each handle is a distinct pointer type, as DECLARE_HANDLE
 * makes it in the WDK, so a NETADAPTER converts to WDFOBJECT like any WDF
 * handle.
 */
#ifndef DRISO_SHIM_NETADAPTERCXTYPES_H
#define DRISO_SHIM_NETADAPTERCXTYPES_H
#include "driso_shims.h"
#include "wdf.h"
/* netadaptercx.h pulls in ndis.h (NET_LUID, NET_IF_MEDIA_*_STATE, RSS
 * sizes); UMDF TUs get the user-mode NDIS definitions instead. */
#if DRISO_KERNEL
#include "ndis.h"
#else
#include "ntddndis.h"
#include <ifdef.h>
#endif

/* Kernel C++ TUs: the WDK's ntdef.h has DEFINE_ENUM_FLAG_OPERATORS (mingw
 * only has it in user-mode winnt.h). The NetAdapterCx flag enumerations
 * are combined with | by drivers, so C++ needs the operators. */
#ifndef DEFINE_ENUM_FLAG_OPERATORS
#ifdef __cplusplus
#define DEFINE_ENUM_FLAG_OPERATORS(T) \
	extern "C++" { \
	inline T operator|(T a, T b) { return T(((long long)a) | ((long long)b)); } \
	inline T &operator|=(T &a, T b) { return a = a | b; } \
	inline T operator&(T a, T b) { return T(((long long)a) & ((long long)b)); } \
	inline T &operator&=(T &a, T b) { return a = a & b; } \
	inline T operator~(T a) { return T(~((long long)a)); } \
	inline T operator^(T a, T b) { return T(((long long)a) ^ ((long long)b)); } \
	inline T &operator^=(T &a, T b) { return a = a ^ b; } \
	}
#else
#define DEFINE_ENUM_FLAG_OPERATORS(T)
#endif
#endif

DRISO_EXTERN_C_START

#define DRISO_NETCX_HANDLE(n) typedef struct n##__ { int unused; } *n
DRISO_NETCX_HANDLE(NETADAPTER);
DRISO_NETCX_HANDLE(NETCONFIGURATION);
DRISO_NETCX_HANDLE(NETOFFLOAD);
DRISO_NETCX_HANDLE(NETPACKETQUEUE);
DRISO_NETCX_HANDLE(NETWAKESOURCE);
DRISO_NETCX_HANDLE(NETPOWEROFFLOAD);
DRISO_NETCX_HANDLE(NETEXECUTIONCONTEXT);
DRISO_NETCX_HANDLE(NETEXECUTIONCONTEXTTASK);
DRISO_NETCX_HANDLE(NETBUFFERQUEUE);
DRISO_NETCX_HANDLE(NETRECEIVEFILTER);

typedef struct _NETADAPTER_INIT NETADAPTER_INIT;

typedef struct _NET_DRIVER_GLOBALS {
	ULONG Unused;
} NET_DRIVER_GLOBALS, *PNET_DRIVER_GLOBALS;

typedef union _NET_IPV4_ADDRESS {
	UINT32 Address;
	UINT8 Value[4];
} NET_IPV4_ADDRESS;

typedef union _NET_IPV6_ADDRESS {
	struct {
		UINT64 NetworkPrefix;
		UINT64 InterfaceIdentifier;
	} Unicast;
	UINT8 Value[16];
} NET_IPV6_ADDRESS;

typedef union _NET_EUI48_ADDRESS {
	UINT8 Value[6];
} NET_EUI48_ADDRESS;

DRISO_EXTERN_C_END

#endif
