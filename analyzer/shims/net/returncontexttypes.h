/*
 * driso shim: net/returncontexttypes.h, the fragment return context
 * extension (driver-allocated receive buffers). Declarations only;
 * provenance (names, values) in netadaptercx.h.
 */
#ifndef DRISO_SHIM_NET_RETURNCONTEXTTYPES_H
#define DRISO_SHIM_NET_RETURNCONTEXTTYPES_H
#include "extension.h"

DRISO_EXTERN_C_START

typedef struct NET_FRAGMENT_RETURN_CONTEXT_HANDLE__ { int unused; } *NET_FRAGMENT_RETURN_CONTEXT_HANDLE;

typedef struct _NET_FRAGMENT_RETURN_CONTEXT {
	NET_FRAGMENT_RETURN_CONTEXT_HANDLE Handle;
} NET_FRAGMENT_RETURN_CONTEXT;

DRISO_EXTERN_C_END

#define NET_FRAGMENT_EXTENSION_RETURN_CONTEXT_NAME L"ms_fragment_returncontext"
#define NET_FRAGMENT_EXTENSION_RETURN_CONTEXT_VERSION_1 1U
#define NET_FRAGMENT_EXTENSION_RETURN_CONTEXT_VERSION_1_SIZE sizeof(NET_FRAGMENT_RETURN_CONTEXT)

#endif
