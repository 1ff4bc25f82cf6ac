/*
 * driso shim: net/fragment.h, NET_FRAGMENT (one buffer of a packet in a
 * fragment ring). Declarations only; provenance in netadaptercx.h.
 */
#ifndef DRISO_SHIM_NET_FRAGMENT_H
#define DRISO_SHIM_NET_FRAGMENT_H
#include "extension.h"

DRISO_EXTERN_C_START

typedef struct _NET_FRAGMENT {
	UINT64 ValidLength : 26;
	UINT64 Capacity : 26;
	UINT64 Offset : 10;
	UINT64 Scratch : 1;
	UINT64 OsReserved_Bounced : 1;
} NET_FRAGMENT;

DRISO_EXTERN_C_END

#endif
