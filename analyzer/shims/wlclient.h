/*
 * driso shim: wlclient.h, the Native Wi-Fi client structures shared by the
 * IHV extensibility interface (DOT11_ADAPTER, DOT11_BSS_LIST,
 * DOT11_PORT_STATE, DOT11_SECURITY_PACKET_HEADER). SDK header mingw-w64
 * lacks.
 *
 * Declarations only (see driso_shims.h), from the Learn wlclient.h /
 * Native Wi-Fi reference; member order as in microsoft/win32metadata (MIT).
 */
#ifndef DRISO_SHIM_WLCLIENT_H
#define DRISO_SHIM_WLCLIENT_H
#include <windows.h>
#include <windot11.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct _DOT11_ADAPTER {
	GUID gAdapterId;
	LPWSTR pszDescription;
	DOT11_CURRENT_OPERATION_MODE Dot11CurrentOpMode;
} DOT11_ADAPTER, *PDOT11_ADAPTER;

typedef struct _DOT11_BSS_LIST {
	ULONG uNumOfBytes;
	PUCHAR pucBuffer;
} DOT11_BSS_LIST, *PDOT11_BSS_LIST;

typedef struct _DOT11_PORT_STATE {
	DOT11_MAC_ADDRESS PeerMacAddress;
	ULONG uSessionId;
	BOOL bPortControlled;
	BOOL bPortAuthorized;
} DOT11_PORT_STATE, *PDOT11_PORT_STATE;

#pragma pack(push, 1)
typedef struct _DOT11_SECURITY_PACKET_HEADER {
	DOT11_MAC_ADDRESS PeerMac;
	USHORT usEtherType;
	UCHAR Data[1];
} DOT11_SECURITY_PACKET_HEADER, *PDOT11_SECURITY_PACKET_HEADER;
#pragma pack(pop)

#ifdef __cplusplus
}
#endif

#endif
