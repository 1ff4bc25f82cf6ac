/*
 * driso shim: net/ieee8021q.h, the accessor for the IEEE 802.1Q
 * (priority/VLAN tag) packet extension (inline in the WDK, a prototype
 * here). Declarations only; provenance in netadaptercx.h.
 */
#ifndef DRISO_SHIM_NET_IEEE8021Q_H
#define DRISO_SHIM_NET_IEEE8021Q_H
#include "ieee8021qtypes.h"

DRISO_EXTERN_C_START

NET_PACKET_IEEE8021Q *NetExtensionGetPacketIeee8021Q(NET_EXTENSION const *Extension, UINT32 Index);

DRISO_EXTERN_C_END

#endif
