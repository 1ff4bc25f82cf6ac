/*
 * driso shim: net/virtualaddress.h, the accessor for the fragment virtual
 * address extension (inline in the WDK, a prototype here). Declarations
 * only; provenance in netadaptercx.h.
 */
#ifndef DRISO_SHIM_NET_VIRTUALADDRESS_H
#define DRISO_SHIM_NET_VIRTUALADDRESS_H
#include "virtualaddresstypes.h"

DRISO_EXTERN_C_START

typedef struct _NET_FRAGMENT NET_FRAGMENT;
NET_FRAGMENT_VIRTUAL_ADDRESS *NetExtensionGetFragmentVirtualAddress(NET_EXTENSION const *Extension, UINT32 Index);
void *NetExtensionGetFragmentVirtualAddressOffset(NET_FRAGMENT const *Fragment, NET_EXTENSION const *Extension, UINT32 Index);

DRISO_EXTERN_C_END

#endif
