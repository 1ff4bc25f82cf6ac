/*
 * driso shim: net/mdltypes.h, the fragment MDL extension.
 * Declarations only; provenance (names, values) in netadaptercx.h.
 * In UMDF TUs PMDL is driso's opaque pointer (wudfwdm.h).
 */
#ifndef DRISO_SHIM_NET_MDLTYPES_H
#define DRISO_SHIM_NET_MDLTYPES_H
#include "extension.h"

DRISO_EXTERN_C_START

typedef struct _NET_FRAGMENT_MDL {
	PMDL Mdl;
} NET_FRAGMENT_MDL;

DRISO_EXTERN_C_END

#define NET_FRAGMENT_EXTENSION_MDL_NAME L"ms_fragment_mdl"
#define NET_FRAGMENT_EXTENSION_MDL_VERSION_1 1U
#define NET_FRAGMENT_EXTENSION_MDL_VERSION_1_SIZE sizeof(NET_FRAGMENT_MDL)

#endif
