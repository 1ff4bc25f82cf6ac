/*
 * driso shim: net/logicaladdress.h, the accessor for the fragment logical
 * (DMA) address extension (inline in the WDK, a prototype here).
 * Declarations only; provenance in netadaptercx.h.
 */
#ifndef DRISO_SHIM_NET_LOGICALADDRESS_H
#define DRISO_SHIM_NET_LOGICALADDRESS_H
#include "logicaladdresstypes.h"

DRISO_EXTERN_C_START

NET_FRAGMENT_LOGICAL_ADDRESS *NetExtensionGetFragmentLogicalAddress(NET_EXTENSION const *Extension, UINT32 Index);

DRISO_EXTERN_C_END

#endif
