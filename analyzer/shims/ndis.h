/*
 * driso shim: ndis.h.
 *
 * mingw-w64's ndis.h is NDIS 5-era: it lacks NDIS 6 (NET_BUFFER_LIST,
 * filter/miniport/protocol characteristics, OID requests) and does not
 * even compile (it re-defines NDIS_REQUEST_TYPE after including
 * ntddndis.h, and has a syntax error in its WAN part). So:
 *   - NDIS 6 drivers (the default; NDIS6x / NDIS6x_MINIPORT macros) get
 *     mingw's ntddndis.h (OIDs, object headers, capability structures)
 *     plus driso_ndis6.h (kernel DDIs), and never mingw's ndis.h;
 *   - NDIS 5 drivers (NDIS50/NDIS51[_MINIPORT], DRISO_NDIS_LEGACY) get
 *     mingw's ndis.h with its duplicate NDIS_REQUEST_TYPE renamed away.
 */
#ifndef DRISO_SHIM_NDIS_H
#define DRISO_SHIM_NDIS_H
#include "driso_shims.h"
#include <ntddk.h>

#if !defined(DRISO_NDIS_LEGACY) && (defined(NDIS50) || defined(NDIS51) || defined(NDIS50_MINIPORT) || \
	defined(NDIS51_MINIPORT) || defined(NDIS40) || defined(NDIS40_MINIPORT)) && \
	!(defined(NDIS60) || defined(NDIS61) || defined(NDIS620) || defined(NDIS630) || defined(NDIS640) || \
	  defined(NDIS650) || defined(NDIS660) || defined(NDIS670) || defined(NDIS680) || defined(NDIS681) || \
	  defined(NDIS682) || defined(NDIS683) || defined(NDIS684) || defined(NDIS685) || defined(NDIS686) || \
	  defined(NDIS60_MINIPORT) || defined(NDIS61_MINIPORT) || defined(NDIS620_MINIPORT) || \
	  defined(NDIS630_MINIPORT) || defined(NDIS640_MINIPORT) || defined(NDIS650_MINIPORT) || \
	  defined(NDIS660_MINIPORT) || defined(NDIS680_MINIPORT))
#define DRISO_NDIS_LEGACY 1
#endif

#ifdef DRISO_NDIS_LEGACY
#include <ntddndis.h>
#define _NDIS_REQUEST_TYPE _DRISO_NDIS_REQUEST_TYPE_DUP
#define NDIS_REQUEST_TYPE DRISO_NDIS_REQUEST_TYPE_DUP
#define PNDIS_REQUEST_TYPE DRISO_PNDIS_REQUEST_TYPE_DUP
#define NdisRequestQueryInformation DrisoDupNdisRequestQueryInformation
#define NdisRequestSetInformation DrisoDupNdisRequestSetInformation
#define NdisRequestQueryStatistics DrisoDupNdisRequestQueryStatistics
#define NdisRequestOpen DrisoDupNdisRequestOpen
#define NdisRequestClose DrisoDupNdisRequestClose
#define NdisRequestSend DrisoDupNdisRequestSend
#define NdisRequestTransferData DrisoDupNdisRequestTransferData
#define NdisRequestReset DrisoDupNdisRequestReset
#define NdisRequestGeneric1 DrisoDupNdisRequestGeneric1
#define NdisRequestGeneric2 DrisoDupNdisRequestGeneric2
#define NdisRequestGeneric3 DrisoDupNdisRequestGeneric3
#define NdisRequestGeneric4 DrisoDupNdisRequestGeneric4
#define NdisRequestMethod DrisoDupNdisRequestMethod
#include_next <ndis.h>
#undef _NDIS_REQUEST_TYPE
#undef NDIS_REQUEST_TYPE
#undef PNDIS_REQUEST_TYPE
#undef NdisRequestQueryInformation
#undef NdisRequestSetInformation
#undef NdisRequestQueryStatistics
#undef NdisRequestOpen
#undef NdisRequestClose
#undef NdisRequestSend
#undef NdisRequestTransferData
#undef NdisRequestReset
#undef NdisRequestGeneric1
#undef NdisRequestGeneric2
#undef NdisRequestGeneric3
#undef NdisRequestGeneric4
#undef NdisRequestMethod

#else /* NDIS 6 */

#if defined(NDIS686) || defined(NDIS685) || defined(NDIS684) || defined(NDIS683) || defined(NDIS682) || \
	defined(NDIS681) || defined(NDIS680) || defined(NDIS670) || defined(NDIS660) || defined(NDIS650) || \
	defined(NDIS640) || defined(NDIS630) || !(defined(NDIS60) || defined(NDIS61) || defined(NDIS620))
#define DRISO_NDIS_PROTOCOL_MINOR 30
#elif defined(NDIS620)
#define DRISO_NDIS_PROTOCOL_MINOR 20
#elif defined(NDIS61)
#define DRISO_NDIS_PROTOCOL_MINOR 1
#else
#define DRISO_NDIS_PROTOCOL_MINOR 0
#endif
#ifndef NDIS_PROTOCOL_MAJOR_VERSION
#define NDIS_PROTOCOL_MAJOR_VERSION 6
#define NDIS_PROTOCOL_MINOR_VERSION DRISO_NDIS_PROTOCOL_MINOR
#endif
#ifndef NDIS_FILTER_MAJOR_VERSION
#define NDIS_FILTER_MAJOR_VERSION 6
#define NDIS_FILTER_MINOR_VERSION DRISO_NDIS_PROTOCOL_MINOR
#endif
#if defined(NDIS_MINIPORT_DRIVER) && !defined(NDIS_MINIPORT_MAJOR_VERSION)
#define NDIS_MINIPORT_MAJOR_VERSION 6
#if defined(NDIS60_MINIPORT)
#define NDIS_MINIPORT_MINOR_VERSION 0
#elif defined(NDIS61_MINIPORT)
#define NDIS_MINIPORT_MINOR_VERSION 1
#elif defined(NDIS620_MINIPORT)
#define NDIS_MINIPORT_MINOR_VERSION 20
#else
#define NDIS_MINIPORT_MINOR_VERSION 30
#endif
#endif
#ifndef NDIS_SUPPORT_NDIS6
#define NDIS_SUPPORT_NDIS6 1
#endif
#ifndef NDIS_SUPPORT_NDIS61
#define NDIS_SUPPORT_NDIS61 1
#endif
#ifndef NDIS_SUPPORT_NDIS620
#define NDIS_SUPPORT_NDIS620 1
#endif
#ifndef NDIS_SUPPORT_NDIS630
#define NDIS_SUPPORT_NDIS630 1
#endif
#ifndef NDIS_SUPPORT_NDIS640
#define NDIS_SUPPORT_NDIS640 1
#endif
#ifndef NDIS_SUPPORT_NDIS650
#define NDIS_SUPPORT_NDIS650 1
#endif
#ifndef NDIS_SUPPORT_NDIS651
#define NDIS_SUPPORT_NDIS651 1
#endif
#ifndef NDIS_SUPPORT_NDIS660
#define NDIS_SUPPORT_NDIS660 1
#endif
#ifndef NDIS_SUPPORT_NDIS670
#define NDIS_SUPPORT_NDIS670 1
#endif
#ifndef NDIS_SUPPORT_NDIS680
#define NDIS_SUPPORT_NDIS680 1
#endif
#ifndef NDIS_SUPPORT_NDIS681
#define NDIS_SUPPORT_NDIS681 1
#endif
#ifndef NDIS_SUPPORT_NDIS682
#define NDIS_SUPPORT_NDIS682 1
#endif
#ifndef NDIS_SUPPORT_NDIS683
#define NDIS_SUPPORT_NDIS683 1
#endif

#include "driso_km_sockaddr.h"
#include <ntddndis.h>
#include <netevent.h>
#include <windot11.h> /* as the WDK ndis.h: native 802.11 miniport attributes */
#include "driso_ndis6.h"
#include "driso_ndis6x_extras.h"
#include "driso_ndis_gen.h"
#endif /* NDIS 6 */

#endif
