/*
 * driso shim: mstcpip.h. mingw's mstcpip.h, plus one behaviour of the
 * Windows SDK's that user-mode code depends on: the SDK header defines
 * ASSERT(exp) as ((VOID) 0) when nothing has defined it, for its inline
 * address helpers, and means to undefine it again at the end, but tests a
 * misspelt guard (MSTCPIPDEF_ASSERT_UNDEFINED against the
 * MSTCPIP_ASSERT_UNDEFINED it set), so every user-mode TU that includes
 * <mstcpip.h> keeps ASSERT. Windows-driver-samples' WFPSampler tool,
 * service and library call ASSERT relying on exactly that. Fact from the
 * SDK headers as published in microsoft/win32metadata
 * (generation/WinSDK/RecompiledIdlHeaders/shared/mstcpip.h).
 *
 * Declarations mingw's mstcpip.h lacks, from the same SDK header (names,
 * values, parameter types):
 *  - the WFP connection-redirect socket IOCTLs (with ws2def.h, Vista+);
 *  - the address-family-independent INETADDR_* helpers (with ws2ipdef.h).
 *    The SDK defines them inline; here they are prototypes, so that calls
 *    stay visible to value tracking. The WDK's netiodef.h includes
 *    mstcpip.h, which is how WFP callout drivers (kernel C++) see them.
 * Each block has its own guard, so a TU that includes mstcpip.h before
 * winsock2.h / ws2ipdef.h still gets it on a later inclusion.
 *
 * Kernel TUs: mingw's header declares the ip2string Rtl* routines with
 * user-mode types (and C++ linkage in C++); they are renamed away while it
 * is read, and driso's kernel ip2string.h declares them instead (the
 * SDK's mstcpip.h carries the ip2string declarations too).
 */
#include "driso_shims.h"
#if DRISO_KERNEL && !defined(_MSTCPIP_)
#define DRISO_MSTCPIP_KM_RENAME
#define RtlIpv4AddressToStringA driso_mingw_um_RtlIpv4AddressToStringA
#define RtlIpv4AddressToStringW driso_mingw_um_RtlIpv4AddressToStringW
#define RtlIpv4AddressToStringExA driso_mingw_um_RtlIpv4AddressToStringExA
#define RtlIpv4AddressToStringExW driso_mingw_um_RtlIpv4AddressToStringExW
#define RtlIpv4StringToAddressA driso_mingw_um_RtlIpv4StringToAddressA
#define RtlIpv4StringToAddressW driso_mingw_um_RtlIpv4StringToAddressW
#define RtlIpv4StringToAddressExA driso_mingw_um_RtlIpv4StringToAddressExA
#define RtlIpv4StringToAddressExW driso_mingw_um_RtlIpv4StringToAddressExW
#define RtlIpv6AddressToStringA driso_mingw_um_RtlIpv6AddressToStringA
#define RtlIpv6AddressToStringW driso_mingw_um_RtlIpv6AddressToStringW
#define RtlIpv6AddressToStringExA driso_mingw_um_RtlIpv6AddressToStringExA
#define RtlIpv6AddressToStringExW driso_mingw_um_RtlIpv6AddressToStringExW
#define RtlIpv6StringToAddressExA driso_mingw_um_RtlIpv6StringToAddressExA
#define RtlIpv6StringToAddressExW driso_mingw_um_RtlIpv6StringToAddressExW
#endif
#include_next <mstcpip.h>
#ifdef DRISO_MSTCPIP_KM_RENAME
#undef DRISO_MSTCPIP_KM_RENAME
#undef RtlIpv4AddressToStringA
#undef RtlIpv4AddressToStringW
#undef RtlIpv4AddressToStringExA
#undef RtlIpv4AddressToStringExW
#undef RtlIpv4StringToAddressA
#undef RtlIpv4StringToAddressW
#undef RtlIpv4StringToAddressExA
#undef RtlIpv4StringToAddressExW
#undef RtlIpv6AddressToStringA
#undef RtlIpv6AddressToStringW
#undef RtlIpv6AddressToStringExA
#undef RtlIpv6AddressToStringExW
#undef RtlIpv6StringToAddressExA
#undef RtlIpv6StringToAddressExW
#include "ip2string.h"
#endif
#ifndef DRISO_SHIM_MSTCPIP_H
#define DRISO_SHIM_MSTCPIP_H
#ifndef ASSERT
#define ASSERT(exp) ((VOID) 0)
#endif
#endif

#if defined(_WS2DEF_) && !defined(SIO_QUERY_WFP_CONNECTION_REDIRECT_RECORDS)
#define SIO_QUERY_WFP_CONNECTION_REDIRECT_RECORDS _WSAIOW(IOC_VENDOR, 220)
#define SIO_QUERY_WFP_CONNECTION_REDIRECT_CONTEXT _WSAIOW(IOC_VENDOR, 221)
#define SIO_SET_WFP_CONNECTION_REDIRECT_RECORDS _WSAIOW(IOC_VENDOR, 222)
#endif

#if defined(_WS2IPDEF_) && !defined(DRISO_HAVE_MSTCPIP_INETADDR)
#define DRISO_HAVE_MSTCPIP_INETADDR
DRISO_EXTERN_C_START
VOID INETADDR_SETSOCKADDR(ADDRESS_FAMILY af, PSOCKADDR a, CONST VOID *addr, SCOPE_ID scope, USHORT port);
VOID INETADDR_SETANY(PSOCKADDR a);
VOID INETADDR_SETLOOPBACK(PSOCKADDR a);
BOOLEAN INETADDR_ISANY(CONST SOCKADDR *a);
BOOLEAN INETADDR_ISLOOPBACK(CONST SOCKADDR *a);
BOOLEAN INETADDR_ISV4MAPPED(CONST SOCKADDR *a);
BOOLEAN INETADDR_ISEQUAL(CONST SOCKADDR *a, CONST SOCKADDR *b);
BOOLEAN INETADDR_ISUNSPECIFIED(CONST SOCKADDR *a);
SCOPE_ID INETADDR_SCOPE_ID(CONST SOCKADDR *a);
USHORT INETADDR_PORT(CONST SOCKADDR *a);
PUCHAR INETADDR_ADDRESS(CONST SOCKADDR *a);
VOID INETADDR_SET_PORT(PSOCKADDR a, USHORT Port);
VOID INETADDR_SET_ADDRESS(PSOCKADDR a, CONST UCHAR *Address);
DRISO_EXTERN_C_END
#endif
