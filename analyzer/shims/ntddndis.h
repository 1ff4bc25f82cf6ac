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
#endif
