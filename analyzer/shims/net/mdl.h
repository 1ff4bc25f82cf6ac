/*
 * driso shim: net/mdl.h, the accessor for the fragment MDL extension
 * (inline in the WDK, a prototype here). Declarations only; provenance in
 * netadaptercx.h.
 */
#ifndef DRISO_SHIM_NET_MDL_H
#define DRISO_SHIM_NET_MDL_H
#include "mdltypes.h"

DRISO_EXTERN_C_START

NET_FRAGMENT_MDL *NetExtensionGetFragmentMdl(NET_EXTENSION const *Extension, UINT32 Index);

DRISO_EXTERN_C_END

#endif
