/*
 * driso shim: netadapterpacket.h, NET_EXTENSION_QUERY (+ _INIT): how a
 * driver names the packet/fragment extension it wants from a queue.
 * Declarations only; provenance in netadaptercx.h.
 */
#ifndef DRISO_SHIM_NETADAPTERPACKET_H
#define DRISO_SHIM_NETADAPTERPACKET_H
#include "netadaptercxtypes.h"
#include "net/extension.h"

DRISO_EXTERN_C_START

typedef struct _NET_EXTENSION_QUERY {
	ULONG Size;
	PCWSTR Name;
	ULONG Version;
	NET_EXTENSION_TYPE Type;
} NET_EXTENSION_QUERY;

DRISO_INLINE void NET_EXTENSION_QUERY_INIT(NET_EXTENSION_QUERY *Extension, PCWSTR Name, ULONG Version,
					   NET_EXTENSION_TYPE Type)
{
	RtlZeroMemory(Extension, sizeof(*Extension));
	Extension->Size = sizeof(*Extension);
	Extension->Name = Name;
	Extension->Version = Version;
	Extension->Type = Type;
}

DRISO_EXTERN_C_END

#endif
