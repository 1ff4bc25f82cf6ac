/*
 * driso shim: ntddndis.h (wraps mingw-w64's).
 *
 * For NDIS 6.30+ (NDK) mingw's ntddndis.h includes ws2def.h and
 * ws2ipdef.h, which in mingw expect winsock2.h to have declared sockaddr,
 * SOCKET_ADDRESS, IN_ADDR & co. (the SDK's ws2def.h declares them
 * itself). A user-mode TU that includes ntddndis.h before winsock2.h (with
 * WIN32_LEAN_AND_MEAN, e.g. the WFPSampler tools with UM_NDIS630) gets
 * winsock2.h first; a kernel TU gets driso_km_sockaddr.h, as driso's
 * ndis.h does.
 *
 * Afterwards, the NDIS 6.80 RSSv2 declarations mingw lacks, from the
 * ntddndis.h reference on Learn (values of OIDs and flags as published in
 * Microsoft's Windows metadata; NUMBER_OF_ENTRIES_CHANGED and
 * PRIMARY_PROCESSOR continue the documented bit sequences).
 */
#ifndef DRISO_SHIM_NTDDNDIS_H
#define DRISO_SHIM_NTDDNDIS_H
#include "driso_shims.h"
#if DRISO_KERNEL
#include "driso_km_sockaddr.h"
#elif !defined(_WINSOCK2API_) && !defined(_WINSOCKAPI_)
#include <winsock2.h>
#endif
#include_next <ntddndis.h>

#ifndef OID_GEN_RECEIVE_SCALE_PARAMETERS_V2
#define OID_GEN_RECEIVE_SCALE_PARAMETERS_V2 0x00010214
#endif
#ifndef OID_GEN_RSS_SET_INDIRECTION_TABLE_ENTRIES
#define OID_GEN_RSS_SET_INDIRECTION_TABLE_ENTRIES 0x000102C0
#endif

/* RSSv2 builds on the NDIS 6.30 NIC switch types (NDIS_NIC_SWITCH_ID & co.) */
#if NDIS_SUPPORT_NDIS630 && !defined(DRISO_HAVE_NDIS_RSSV2)
#define DRISO_HAVE_NDIS_RSSV2
#define NDIS_RECEIVE_SCALE_PARAM_ENABLE_RSS 0x00000001
#define NDIS_RECEIVE_SCALE_PARAM_HASH_INFO_CHANGED 0x00000002
#define NDIS_RECEIVE_SCALE_PARAM_HASH_KEY_CHANGED 0x00000004
#define NDIS_RECEIVE_SCALE_PARAM_NUMBER_OF_QUEUES_CHANGED 0x00000008
#define NDIS_RECEIVE_SCALE_PARAM_NUMBER_OF_ENTRIES_CHANGED 0x00000010

typedef struct _NDIS_RECEIVE_SCALE_PARAMETERS_V2 {
	NDIS_OBJECT_HEADER Header;
	ULONG Flags;
	ULONG HashInformation;
	ULONG HashSecretKeySize;
	ULONG HashSecretKeyOffset;
	ULONG NumberOfQueues;
	ULONG NumberOfIndirectionTableEntries;
} NDIS_RECEIVE_SCALE_PARAMETERS_V2, *PNDIS_RECEIVE_SCALE_PARAMETERS_V2;
#define NDIS_RECEIVE_SCALE_PARAMETERS_V2_REVISION_1 1
#define NDIS_SIZEOF_RECEIVE_SCALE_PARAMETERS_V2_REVISION_1 \
	RTL_SIZEOF_THROUGH_FIELD(NDIS_RECEIVE_SCALE_PARAMETERS_V2, NumberOfIndirectionTableEntries)

#define NDIS_RSS_SET_INDIRECTION_ENTRY_FLAG_PRIMARY_PROCESSOR 0x00000001
#define NDIS_RSS_SET_INDIRECTION_ENTRY_FLAG_DEFAULT_PROCESSOR 0x00000002
typedef struct _NDIS_RSS_SET_INDIRECTION_ENTRY {
	NDIS_NIC_SWITCH_ID SwitchId;
	NDIS_NIC_SWITCH_VPORT_ID VPortId;
	ULONG Flags;
	USHORT IndirectionTableIndex;
	PROCESSOR_NUMBER TargetProcessorNumber;
	NDIS_STATUS EntryStatus;
} NDIS_RSS_SET_INDIRECTION_ENTRY, *PNDIS_RSS_SET_INDIRECTION_ENTRY;
typedef struct _NDIS_RSS_SET_INDIRECTION_ENTRIES {
	NDIS_OBJECT_HEADER Header;
	ULONG Flags;
	ULONG RssEntrySize;
	ULONG RssEntryTableOffset;
	ULONG NumberOfRssEntries;
} NDIS_RSS_SET_INDIRECTION_ENTRIES, *PNDIS_RSS_SET_INDIRECTION_ENTRIES;
#define NDIS_RSS_SET_INDIRECTION_ENTRIES_REVISION_1 1
#define NDIS_SIZEOF_RSS_SET_INDIRECTION_ENTRIES_REVISION_1 \
	RTL_SIZEOF_THROUGH_FIELD(NDIS_RSS_SET_INDIRECTION_ENTRIES, NumberOfRssEntries)
#endif
#endif
