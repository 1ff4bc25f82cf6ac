/*
 * driso shim: net/virtualaddresstypes.h, the fragment virtual address
 * extension. Declarations only; provenance (names, values) in
 * netadaptercx.h.
 */
#ifndef DRISO_SHIM_NET_VIRTUALADDRESSTYPES_H
#define DRISO_SHIM_NET_VIRTUALADDRESSTYPES_H
#include "extension.h"

DRISO_EXTERN_C_START

typedef struct _NET_FRAGMENT_VIRTUAL_ADDRESS {
	void *VirtualAddress;
} NET_FRAGMENT_VIRTUAL_ADDRESS;

DRISO_EXTERN_C_END

#define NET_FRAGMENT_EXTENSION_VIRTUAL_ADDRESS_NAME L"ms_fragment_virtualaddress"
#define NET_FRAGMENT_EXTENSION_VIRTUAL_ADDRESS_VERSION_1 1U
#define NET_FRAGMENT_EXTENSION_VIRTUAL_ADDRESS_VERSION_1_SIZE sizeof(NET_FRAGMENT_VIRTUAL_ADDRESS)

#endif
