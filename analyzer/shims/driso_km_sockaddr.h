/*
 * driso_km_sockaddr.h: socket address types for kernel TUs.
 *
 * mingw's ws2def.h is a stub and its ws2ipdef.h expects winsock2.h to
 * have declared sockaddr & co. Kernel network headers (ntddndis.h,
 * netiodef.h, WFP, WSK) need them without winsock2.h, so a kernel TU gets
 * them here; user-mode TUs keep winsock2.h's definitions.
 */
#ifndef DRISO_KM_SOCKADDR_H
#define DRISO_KM_SOCKADDR_H
#include "driso_shims.h"
#if DRISO_KERNEL && !defined(_WINSOCK2API_) && !defined(_WINSOCKAPI_)
#include <psdk_inc/_ip_types.h>
#include <inaddr.h>
#include <in6addr.h>
#ifndef DRISO_HAVE_KM_SOCKADDR
#define DRISO_HAVE_KM_SOCKADDR
typedef USHORT ADDRESS_FAMILY;
typedef struct sockaddr SOCKADDR, *PSOCKADDR, *LPSOCKADDR;
typedef struct sockaddr_in SOCKADDR_IN, *PSOCKADDR_IN, *LPSOCKADDR_IN;
typedef struct _SOCKET_ADDRESS {
	LPSOCKADDR lpSockaddr;
	INT iSockaddrLength;
} SOCKET_ADDRESS, *PSOCKET_ADDRESS, *LPSOCKET_ADDRESS;
typedef struct _SOCKET_ADDRESS_LIST {
	INT iAddressCount;
	SOCKET_ADDRESS Address[1];
} SOCKET_ADDRESS_LIST, *PSOCKET_ADDRESS_LIST, *LPSOCKET_ADDRESS_LIST;
typedef struct sockaddr_storage {
	ADDRESS_FAMILY ss_family;
	CHAR __ss_pad1[6];
	__int64 __ss_align;
	CHAR __ss_pad2[112];
} SOCKADDR_STORAGE, *PSOCKADDR_STORAGE, *LPSOCKADDR_STORAGE;
#ifndef AF_INET
#define AF_UNSPEC 0
#define AF_INET 2
#define AF_INET6 23
#endif
#endif
#endif
#endif
