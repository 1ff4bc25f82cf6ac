/*
 * driso shim: net/extension.h (NetAdapterCx shared datapath headers,
 * netcx/shared/1.0): packet and fragment extensions.
 *
 * Declarations only; provenance in netadaptercx.h. In the WDK the
 * accessor NetExtensionGetData is an inline function; here it is a
 * prototype, so every call stays visible with its arguments.
 */
#ifndef DRISO_SHIM_NET_EXTENSION_H
#define DRISO_SHIM_NET_EXTENSION_H
#include "../driso_shims.h"
#if DRISO_KERNEL
#include <ntddk.h>
#else
#include <windows.h>
#endif

DRISO_EXTERN_C_START

typedef enum _NET_EXTENSION_TYPE {
	NetExtensionTypePacket = 1,
	NetExtensionTypeFragment,
	NetExtensionTypeBuffer,
} NET_EXTENSION_TYPE;

/* Filled in by NetTxQueueGetExtension / NetRxQueueGetExtension; drivers
 * only test Enabled and pass the structure to the accessors. */
typedef struct _NET_EXTENSION {
	void *Reserved[4];
	union {
		BOOLEAN Enabled;
		void *Reserved1;
	} DUMMYUNIONNAME;
} NET_EXTENSION;

void *NetExtensionGetData(NET_EXTENSION const *Extension, UINT32 Index);

DRISO_EXTERN_C_END

#endif
