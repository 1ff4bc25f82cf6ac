/*
 * driso shim: net/returncontext.h, the accessor for the fragment return
 * context extension (driver-allocated receive buffers) (inline in the WDK,
 * a prototype here). Declarations only; provenance in netadaptercx.h.
 */
#ifndef DRISO_SHIM_NET_RETURNCONTEXT_H
#define DRISO_SHIM_NET_RETURNCONTEXT_H
#include "returncontexttypes.h"

DRISO_EXTERN_C_START

NET_FRAGMENT_RETURN_CONTEXT *NetExtensionGetFragmentReturnContext(NET_EXTENSION const *Extension, UINT32 Index);

DRISO_EXTERN_C_END

#endif
