/*
 * driso shim: netiodef.h (network I/O definitions shared by the kernel
 * network stack headers; WDK header mingw-w64 lacks).
 *
 * netiodef.h itself has no Learn reference page; only what real drivers
 * use and what Microsoft documents elsewhere is declared: IPV4_HEADER
 * with the field names of Microsoft's eBPF-for-Windows documentation
 * (which mirrors netiodef.h), the ETHERNET_TYPE_* values the WFP
 * FWPM_CONDITION_ETHER_TYPE reference points to (IANA EtherTypes), the
 * NPI identifiers of the Network Module Registrar (NPIID, NPI_MODULEID, as
 * documented with netioddk.h / wsk.h), and the kernel network types of
 * driso_km_netio.h. It includes mstcpip.h, as the WDK's netiodef.h does.
 */
#ifndef DRISO_SHIM_NETIODEF_H
#define DRISO_SHIM_NETIODEF_H
#include "driso_shims.h"
#include "driso_km_netio.h"
#if !DRISO_KERNEL
#include <winsock2.h>
#include <ws2ipdef.h>
#endif
/* as the WDK's netiodef.h: the INETADDR_* helpers WFP callouts use */
#include <mstcpip.h>

#ifndef DRISO_HAVE_NPI_MODULEID
#define DRISO_HAVE_NPI_MODULEID
typedef GUID NPIID, *PNPIID;
typedef const NPIID *PCNPIID;
typedef enum _NPI_MODULEID_TYPE {
	MIT_GUID = 1,
	MIT_IF_LUID
} NPI_MODULEID_TYPE;
typedef struct _NPI_MODULEID {
	USHORT Length;
	NPI_MODULEID_TYPE Type;
	union {
		GUID Guid;
		LUID IfLuid;
	};
} NPI_MODULEID, *PNPI_MODULEID;
typedef const NPI_MODULEID *PCNPI_MODULEID;
#endif

#ifndef ETHERNET_TYPE_IPV4
#define ETHERNET_TYPE_IPV4 0x0800
#define ETHERNET_TYPE_ARP 0x0806
#define ETHERNET_TYPE_IPV6 0x86dd
#define ETHERNET_TYPE_802_1Q 0x8100
#endif

#ifndef DRISO_HAVE_IPV4_HEADER
#define DRISO_HAVE_IPV4_HEADER
typedef struct _IPV4_HEADER {
	union {
		UINT8 VersionAndHeaderLength;
		struct {
			UINT8 HeaderLength : 4;
			UINT8 Version : 4;
		};
	};
	union {
		UINT8 TypeOfServiceAndEcnField;
		struct {
			UINT8 EcnField : 2;
			UINT8 TypeOfService : 6;
		};
	};
	UINT16 TotalLength;
	UINT16 Identification;
	union {
		UINT16 FlagsAndOffset;
		struct {
			UINT16 DontUse1 : 5;
			UINT16 MoreFragments : 1;
			UINT16 DontFragment : 1;
			UINT16 Reserved : 1;
			UINT16 DontUse2 : 8;
		};
	};
	UINT8 TimeToLive;
	UINT8 Protocol;
	UINT16 HeaderChecksum;
	IN_ADDR SourceAddress;
	IN_ADDR DestinationAddress;
} IPV4_HEADER, *PIPV4_HEADER;
#endif

#endif
