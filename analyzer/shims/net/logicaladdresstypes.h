/*
 * driso shim: net/logicaladdresstypes.h, the fragment logical (DMA)
 * address extension. Declarations only; provenance (names, values) in
 * netadaptercx.h.
 */
#ifndef DRISO_SHIM_NET_LOGICALADDRESSTYPES_H
#define DRISO_SHIM_NET_LOGICALADDRESSTYPES_H
#include "extension.h"

DRISO_EXTERN_C_START

typedef struct _NET_FRAGMENT_LOGICAL_ADDRESS {
	UINT64 LogicalAddress;
} NET_FRAGMENT_LOGICAL_ADDRESS;

DRISO_EXTERN_C_END

#define NET_FRAGMENT_EXTENSION_LOGICAL_ADDRESS_NAME L"ms_fragment_logicaladdress"
#define NET_FRAGMENT_EXTENSION_LOGICAL_ADDRESS_VERSION_1 1U
#define NET_FRAGMENT_EXTENSION_LOGICAL_ADDRESS_VERSION_1_SIZE sizeof(NET_FRAGMENT_LOGICAL_ADDRESS)

#endif
