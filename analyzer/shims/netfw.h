/*
 * driso shim: netfw.h. mingw's netfw.h plus the network isolation (app
 * container) API that the SDK's netfw.h declares and mingw's lacks:
 * NETISO_FLAG, INET_FIREWALL_AC_CREATION_TYPE, INET_FIREWALL_AC_CHANGE_TYPE,
 * INET_FIREWALL_AC_CAPABILITIES, INET_FIREWALL_AC_BINARIES,
 * INET_FIREWALL_AC_CHANGE (anonymous union, as in netfw.h),
 * INET_FIREWALL_APP_CONTAINER, PAC_CHANGES_CALLBACK_FN and the
 * NetworkIsolation* functions, NETISO_ERROR_TYPE. Syntax from the Learn
 * netfw.h reference; values and member order as in the SDK header in
 * microsoft/win32metadata (generation/WinSDK/RecompiledIdlHeaders/um/netfw.h).
 * The type block uses the SDK's own guard (__NET_ISOLATION_TYPES__), which
 * its networkisolation.h shares.
 */
#include_next <netfw.h>
#ifndef DRISO_SHIM_NETFW_H
#define DRISO_SHIM_NETFW_H
#ifdef __cplusplus
extern "C" {
#endif

#ifndef __NET_ISOLATION_TYPES__
#define __NET_ISOLATION_TYPES__
typedef enum NETISO_FLAG {
	NETISO_FLAG_FORCE_COMPUTE_BINARIES = 0x1,
	NETISO_FLAG_MAX = 0x2
} NETISO_FLAG;

typedef enum _INET_FIREWALL_AC_CREATION_TYPE {
	INET_FIREWALL_AC_NONE = 0x00,
	INET_FIREWALL_AC_PACKAGE_ID_ONLY = 0x01,
	INET_FIREWALL_AC_BINARY = 0x02,
	INET_FIREWALL_AC_MAX = 0x04
} INET_FIREWALL_AC_CREATION_TYPE;

typedef enum _INET_FIREWALL_AC_CHANGE_TYPE {
	INET_FIREWALL_AC_CHANGE_INVALID = 0,
	INET_FIREWALL_AC_CHANGE_CREATE = 1,
	INET_FIREWALL_AC_CHANGE_DELETE = 2,
	INET_FIREWALL_AC_CHANGE_MAX = 3
} INET_FIREWALL_AC_CHANGE_TYPE;

typedef struct _INET_FIREWALL_AC_CAPABILITIES {
	DWORD count;
	SID_AND_ATTRIBUTES *capabilities;
} INET_FIREWALL_AC_CAPABILITIES, *PINET_FIREWALL_AC_CAPABILITIES;

typedef struct _INET_FIREWALL_AC_BINARIES {
	DWORD count;
	LPWSTR *binaries;
} INET_FIREWALL_AC_BINARIES, *PINET_FIREWALL_AC_BINARIES;

typedef struct _INET_FIREWALL_AC_CHANGE {
	INET_FIREWALL_AC_CHANGE_TYPE changeType;
	INET_FIREWALL_AC_CREATION_TYPE createType;
	SID *appContainerSid;
	SID *userSid;
	LPWSTR displayName;
	union {
		INET_FIREWALL_AC_CAPABILITIES capabilities;
		INET_FIREWALL_AC_BINARIES binaries;
	};
} INET_FIREWALL_AC_CHANGE, *PINET_FIREWALL_AC_CHANGE;

typedef struct _INET_FIREWALL_APP_CONTAINER {
	SID *appContainerSid;
	SID *userSid;
	LPWSTR appContainerName;
	LPWSTR displayName;
	LPWSTR description;
	INET_FIREWALL_AC_CAPABILITIES capabilities;
	INET_FIREWALL_AC_BINARIES binaries;
	LPWSTR workingDirectory;
	LPWSTR packageFullName;
} INET_FIREWALL_APP_CONTAINER, *PINET_FIREWALL_APP_CONTAINER;
#endif

#ifndef __NET_ISOLATION_DIAG_TYPES__
#define __NET_ISOLATION_DIAG_TYPES__
typedef enum _NETISO_ERROR_TYPE {
	NETISO_ERROR_TYPE_NONE = 0x00,
	NETISO_ERROR_TYPE_PRIVATE_NETWORK = 0x01,
	NETISO_ERROR_TYPE_INTERNET_CLIENT = 0x02,
	NETISO_ERROR_TYPE_INTERNET_CLIENT_SERVER = 0x03,
	NETISO_ERROR_TYPE_MAX = 0x04
} NETISO_ERROR_TYPE;
#endif

#ifndef DRISO_HAVE_NETISO_FUNCTIONS
#define DRISO_HAVE_NETISO_FUNCTIONS
typedef void(CALLBACK *PAC_CHANGES_CALLBACK_FN)(void *context, const INET_FIREWALL_AC_CHANGE *pChange);

HRESULT WINAPI NetworkIsolationSetupAppContainerBinaries(PSID applicationContainerSid, LPCWSTR packageFullName,
	LPCWSTR packageFolder, LPCWSTR displayName, BOOL bBinariesFullyComputed, LPCWSTR *binaries,
	DWORD binariesCount);
DWORD WINAPI NetworkIsolationRegisterForAppContainerChanges(DWORD flags, PAC_CHANGES_CALLBACK_FN callback,
	PVOID context, HANDLE *registrationObject);
DWORD WINAPI NetworkIsolationUnregisterForAppContainerChanges(HANDLE registrationObject);
HRESULT WINAPI NetworkIsolationEnumerateAppContainerRules(IEnumVARIANT **newEnum);
DWORD WINAPI NetworkIsolationFreeAppContainers(PINET_FIREWALL_APP_CONTAINER pPublicAppCs);
DWORD WINAPI NetworkIsolationEnumAppContainers(DWORD Flags, DWORD *pdwNumPublicAppCs,
	PINET_FIREWALL_APP_CONTAINER *ppPublicAppCs);
DWORD WINAPI NetworkIsolationGetAppContainerConfig(DWORD *pdwNumPublicAppCs, PSID_AND_ATTRIBUTES *appContainerSids);
DWORD WINAPI NetworkIsolationSetAppContainerConfig(DWORD dwNumPublicAppCs, PSID_AND_ATTRIBUTES appContainerSids);
DWORD WINAPI NetworkIsolationDiagnoseConnectFailureAndGetInfo(LPCWSTR wszServerName, NETISO_ERROR_TYPE *netIsoError);
#endif

#ifdef __cplusplus
}
#endif
#endif
