/*
 * driso shim: ip2string.h (IPv4/IPv6 address <-> string conversion; WDK
 * header mingw-w64 lacks). Kernel TUs get the Rtl* conversion routines as
 * documented on Learn (ip2string.h), returning NTSTATUS; user-mode TUs get
 * mingw's declarations from mstcpip.h (the SDK's ip2string.h content).
 */
#ifndef DRISO_SHIM_IP2STRING_H
#define DRISO_SHIM_IP2STRING_H
#include "driso_shims.h"
#if !DRISO_KERNEL
#include <winsock2.h>
#include <ws2ipdef.h>
#include <mstcpip.h>
#else
#include <ntddk.h>
#include "driso_km_netio.h"

#ifndef INET_ADDRSTRLEN
#define INET_ADDRSTRLEN 22
#endif
#ifndef INET6_ADDRSTRLEN
#define INET6_ADDRSTRLEN 65
#endif

DRISO_EXTERN_C_START
PSTR NTAPI RtlIpv4AddressToStringA(const IN_ADDR *Addr, PSTR S);
PWSTR NTAPI RtlIpv4AddressToStringW(const IN_ADDR *Addr, PWSTR S);
NTSTATUS NTAPI RtlIpv4AddressToStringExA(const IN_ADDR *Address, USHORT Port, PSTR AddressString,
	PULONG AddressStringLength);
NTSTATUS NTAPI RtlIpv4AddressToStringExW(const IN_ADDR *Address, USHORT Port, PWSTR AddressString,
	PULONG AddressStringLength);
NTSTATUS NTAPI RtlIpv4StringToAddressA(PCSTR S, BOOLEAN Strict, PCSTR *Terminator, IN_ADDR *Addr);
NTSTATUS NTAPI RtlIpv4StringToAddressW(PCWSTR S, BOOLEAN Strict, PCWSTR *Terminator, IN_ADDR *Addr);
NTSTATUS NTAPI RtlIpv4StringToAddressExA(PCSTR AddressString, BOOLEAN Strict, IN_ADDR *Address, PUSHORT Port);
NTSTATUS NTAPI RtlIpv4StringToAddressExW(PCWSTR AddressString, BOOLEAN Strict, IN_ADDR *Address,
	PUSHORT Port);
PSTR NTAPI RtlIpv6AddressToStringA(const IN6_ADDR *Addr, PSTR S);
PWSTR NTAPI RtlIpv6AddressToStringW(const IN6_ADDR *Addr, PWSTR S);
NTSTATUS NTAPI RtlIpv6AddressToStringExA(const IN6_ADDR *Address, ULONG ScopeId, USHORT Port,
	PSTR AddressString, PULONG AddressStringLength);
NTSTATUS NTAPI RtlIpv6AddressToStringExW(const IN6_ADDR *Address, ULONG ScopeId, USHORT Port,
	PWSTR AddressString, PULONG AddressStringLength);
NTSTATUS NTAPI RtlIpv6StringToAddressA(PCSTR S, PCSTR *Terminator, IN6_ADDR *Addr);
NTSTATUS NTAPI RtlIpv6StringToAddressW(PCWSTR S, PCWSTR *Terminator, IN6_ADDR *Addr);
NTSTATUS NTAPI RtlIpv6StringToAddressExA(PCSTR AddressString, IN6_ADDR *Address, PULONG ScopeId,
	PUSHORT Port);
NTSTATUS NTAPI RtlIpv6StringToAddressExW(PCWSTR AddressString, IN6_ADDR *Address, PULONG ScopeId,
	PUSHORT Port);
DRISO_EXTERN_C_END
#endif
#endif
