/*
 * driso shim: net/gsotypes.h, the generic segmentation offload (LSO/USO)
 * packet extension. Declarations only; provenance (names, values) in
 * netadaptercx.h.
 */
#ifndef DRISO_SHIM_NET_GSOTYPES_H
#define DRISO_SHIM_NET_GSOTYPES_H
#include "extension.h"

DRISO_EXTERN_C_START

typedef struct _NET_PACKET_GSO {
	union {
		struct {
			UINT32 Mss : 20;
			UINT32 Reserved0 : 12;
		} TCP;
		struct {
			UINT32 Mss : 20;
			UINT32 Reserved0 : 12;
		} UDP;
	} DUMMYUNIONNAME;
} NET_PACKET_GSO;

DRISO_EXTERN_C_END

#define NET_PACKET_EXTENSION_GSO_NAME L"ms_packet_gso"
#define NET_PACKET_EXTENSION_GSO_VERSION_1 1U
#define NET_PACKET_EXTENSION_GSO_VERSION_1_SIZE sizeof(NET_PACKET_GSO)

#endif
