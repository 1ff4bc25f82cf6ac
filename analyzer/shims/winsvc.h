/*
 * driso shim: winsvc.h. mingw's winsvc.h plus the service state APIs it
 * lacks (Win10 2004+ / Win11: GetServiceRegistryStateKey,
 * GetServiceDirectory, GetSharedServiceRegistryStateKey,
 * GetSharedServiceDirectory and their enums), per the Win32 API pages.
 */
#include_next <winsvc.h>
#ifndef DRISO_SHIM_WINSVC_H
#define DRISO_SHIM_WINSVC_H
#include <winreg.h>
#ifndef DRISO_HAVE_SERVICE_STATE_APIS
#define DRISO_HAVE_SERVICE_STATE_APIS
#ifdef __cplusplus
extern "C" {
#endif
typedef enum SERVICE_REGISTRY_STATE_TYPE {
	ServiceRegistryStateParameters = 0,
	ServiceRegistryStatePersistent = 1,
	MaxServiceRegistryStateType = 2,
} SERVICE_REGISTRY_STATE_TYPE;
typedef enum SERVICE_DIRECTORY_TYPE {
	ServiceDirectoryPersistentState = 0,
	ServiceDirectoryTypeMax = 1,
} SERVICE_DIRECTORY_TYPE;
typedef enum SERVICE_SHARED_REGISTRY_STATE_TYPE {
	ServiceSharedRegistryPersistentState = 0,
} SERVICE_SHARED_REGISTRY_STATE_TYPE;
typedef enum SERVICE_SHARED_DIRECTORY_TYPE {
	ServiceSharedDirectoryPersistentState = 0,
} SERVICE_SHARED_DIRECTORY_TYPE;
DWORD WINAPI GetServiceRegistryStateKey(SERVICE_STATUS_HANDLE ServiceStatusHandle,
	SERVICE_REGISTRY_STATE_TYPE StateType, DWORD AccessMask, HKEY *ServiceStateKey);
DWORD WINAPI GetServiceDirectory(SERVICE_STATUS_HANDLE hServiceStatus, SERVICE_DIRECTORY_TYPE eDirectoryType,
	PWCHAR lpPathBuffer, DWORD cchPathBufferLength, DWORD *lpcchRequiredBufferLength);
DWORD WINAPI GetSharedServiceRegistryStateKey(SC_HANDLE ServiceHandle,
	SERVICE_SHARED_REGISTRY_STATE_TYPE StateType, DWORD AccessMask, HKEY *ServiceStateKey);
DWORD WINAPI GetSharedServiceDirectory(SC_HANDLE ServiceHandle, SERVICE_SHARED_DIRECTORY_TYPE DirectoryType,
	PWCHAR PathBuffer, DWORD PathBufferLength, DWORD *RequiredBufferLength);
#ifdef __cplusplus
}
#endif
#endif
#endif
