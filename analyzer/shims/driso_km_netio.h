/*
 * driso_km_netio.h: network-stack types that kernel network headers (WFP,
 * WSK, NMR) use and that a kernel TU cannot get from mingw-w64 without
 * windows.h: SCOPE_ID / SOCKADDR_IN6 / SOCKADDR_INET (mingw's ws2def.h and
 * ws2ipdef.h, which do compile in kernel TUs), IF_INDEX (ifdef.h),
 * NL_* (nldef.h), and, declared here, COMPARTMENT_ID (winnt.h in user
 * mode), IP_ADDRESS_PREFIX (netioapi.h in user mode) and WSACMSGHDR
 * (ws2def.h in the SDK, mswsock.h in mingw). User TUs get nothing extra:
 * their own winsock2.h / netioapi.h provide these.
 */
#ifndef DRISO_KM_NETIO_H
#define DRISO_KM_NETIO_H
#include "driso_shims.h"
#if DRISO_KERNEL
#include "driso_km_sockaddr.h"
#include <ws2def.h>
#include <ws2ipdef.h>
#include <ifdef.h>
#include <nldef.h>

#ifndef __COMPARTMENT_ID_DEFINED__
#define __COMPARTMENT_ID_DEFINED__
typedef enum {
	UNSPECIFIED_COMPARTMENT_ID = 0,
	DEFAULT_COMPARTMENT_ID
} COMPARTMENT_ID, *PCOMPARTMENT_ID;
#endif

#ifndef DRISO_HAVE_KM_IP_ADDRESS_PREFIX
#define DRISO_HAVE_KM_IP_ADDRESS_PREFIX
typedef struct _IP_ADDRESS_PREFIX {
	SOCKADDR_INET Prefix;
	UINT8 PrefixLength;
} IP_ADDRESS_PREFIX, *PIP_ADDRESS_PREFIX;
#endif

#if !defined(_WINSOCK2API_) && !defined(DRISO_HAVE_KM_WSACMSGHDR)
#define DRISO_HAVE_KM_WSACMSGHDR
typedef struct _WSACMSGHDR {
	SIZE_T cmsg_len;
	INT cmsg_level;
	INT cmsg_type;
} WSACMSGHDR, *PWSACMSGHDR, *LPWSACMSGHDR;
#endif

/* socket types and the IPv6 wildcard address initializer (ws2def.h /
 * ws2ipdef.h in the SDK; winsock2.h / ws2tcpip.h in mingw) */
#if !defined(_WINSOCK2API_) && !defined(SOCK_STREAM)
#define SOCK_STREAM 1
#define SOCK_DGRAM 2
#define SOCK_RAW 3
#define SOCK_RDM 4
#define SOCK_SEQPACKET 5
#endif
#ifndef IN6ADDR_ANY_INIT
#define IN6ADDR_ANY_INIT { { { 0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0 } } }
#define IN6ADDR_LOOPBACK_INIT { { { 0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,1 } } }
#endif

/* IP protocol numbers (IANA), the SDK's ws2def.h IPPROTO; mingw's kernel-safe
 * ws2def.h is a stub without them. */
#if !defined(_WINSOCK2API_) && !defined(IPPROTO_TCP) && !defined(DRISO_HAVE_KM_IPPROTO)
#define DRISO_HAVE_KM_IPPROTO
typedef enum {
	IPPROTO_HOPOPTS = 0,
	IPPROTO_ICMP = 1,
	IPPROTO_IGMP = 2,
	IPPROTO_GGP = 3,
	IPPROTO_IPV4 = 4,
	IPPROTO_ST = 5,
	IPPROTO_TCP = 6,
	IPPROTO_CBT = 7,
	IPPROTO_EGP = 8,
	IPPROTO_IGP = 9,
	IPPROTO_PUP = 12,
	IPPROTO_UDP = 17,
	IPPROTO_IDP = 22,
	IPPROTO_RDP = 27,
	IPPROTO_IPV6 = 41,
	IPPROTO_ROUTING = 43,
	IPPROTO_FRAGMENT = 44,
	IPPROTO_ESP = 50,
	IPPROTO_AH = 51,
	IPPROTO_ICMPV6 = 58,
	IPPROTO_NONE = 59,
	IPPROTO_DSTOPTS = 60,
	IPPROTO_ND = 77,
	IPPROTO_ICLFXBM = 78,
	IPPROTO_PIM = 103,
	IPPROTO_PGM = 113,
	IPPROTO_L2TP = 115,
	IPPROTO_SCTP = 132,
	IPPROTO_RAW = 255,
	IPPROTO_MAX = 256,
	IPPROTO_RESERVED_RAW = 257,
	IPPROTO_RESERVED_IPSEC = 258,
	IPPROTO_RESERVED_IPSECOFFLOAD = 259,
	IPPROTO_RESERVED_WNV = 260,
	IPPROTO_RESERVED_MAX = 261
} IPPROTO, *PIPPROTO;
#endif
#endif /* DRISO_KERNEL */
#endif
