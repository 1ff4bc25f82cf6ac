/*
 * driso shim: cfgmgr32.h. mingw's cfgmgr32.h plus the configuration
 * manager functions it lacks (CM_Register_Notification & co., device
 * interface keys and properties), per the Win32 API pages; the _Ex
 * (remote machine) property variants, property-key enumeration, class
 * property setters, CM_WaitNoPendingInstallEvents and the power-scheme
 * routines, with names and signatures checked against the SDK's
 * cfgmgr32.h in Microsoft's MIT Win32 metadata.
 */
#include_next <cfgmgr32.h>
#ifndef DRISO_SHIM_CFGMGR32_H
#define DRISO_SHIM_CFGMGR32_H
#ifndef DRISO_HAVE_CM_NOTIFICATION_APIS
#define DRISO_HAVE_CM_NOTIFICATION_APIS
#ifdef __cplusplus
extern "C" {
#endif
/* Windows 8 and later, as the SDK (and mingw's types for them) have it: a
 * project pinned to Windows 7 (UsbDk's helper) has neither */
#if WINVER >= _WIN32_WINNT_WIN8
CMAPI CONFIGRET WINAPI CM_Register_Notification(PCM_NOTIFY_FILTER pFilter, PVOID pContext,
	PCM_NOTIFY_CALLBACK pCallback, PHCMNOTIFICATION pNotifyContext);
CMAPI CONFIGRET WINAPI CM_Unregister_Notification(HCMNOTIFICATION NotifyContext);
#endif
CMAPI CONFIGRET WINAPI CM_Open_Device_Interface_KeyA(LPCSTR pszDeviceInterface, REGSAM samDesired,
	REGDISPOSITION Disposition, PHKEY phkDeviceInterface, ULONG ulFlags);
CMAPI CONFIGRET WINAPI CM_Open_Device_Interface_KeyW(LPCWSTR pszDeviceInterface, REGSAM samDesired,
	REGDISPOSITION Disposition, PHKEY phkDeviceInterface, ULONG ulFlags);
CMAPI CONFIGRET WINAPI CM_Open_Device_Interface_Key_ExA(LPCSTR pszDeviceInterface, REGSAM samDesired,
	REGDISPOSITION Disposition, PHKEY phkDeviceInterface, ULONG ulFlags, HMACHINE hMachine);
CMAPI CONFIGRET WINAPI CM_Open_Device_Interface_Key_ExW(LPCWSTR pszDeviceInterface, REGSAM samDesired,
	REGDISPOSITION Disposition, PHKEY phkDeviceInterface, ULONG ulFlags, HMACHINE hMachine);
CMAPI CONFIGRET WINAPI CM_Delete_Device_Interface_KeyA(LPCSTR pszDeviceInterface, ULONG ulFlags);
CMAPI CONFIGRET WINAPI CM_Delete_Device_Interface_KeyW(LPCWSTR pszDeviceInterface, ULONG ulFlags);
CMAPI CONFIGRET WINAPI CM_Set_DevNode_PropertyW(DEVINST dnDevInst, const DEVPROPKEY *PropertyKey,
	DEVPROPTYPE PropertyType, const PBYTE PropertyBuffer, ULONG PropertyBufferSize, ULONG ulFlags);
CMAPI CONFIGRET WINAPI CM_Get_Device_Interface_PropertyW(LPCWSTR pszDeviceInterface, const DEVPROPKEY *PropertyKey,
	DEVPROPTYPE *PropertyType, PBYTE PropertyBuffer, PULONG PropertyBufferSize, ULONG ulFlags);
CMAPI CONFIGRET WINAPI CM_Set_Device_Interface_PropertyW(LPCWSTR pszDeviceInterface, const DEVPROPKEY *PropertyKey,
	DEVPROPTYPE PropertyType, const PBYTE PropertyBuffer, ULONG PropertyBufferSize, ULONG ulFlags);
CMAPI CONFIGRET WINAPI CM_Get_Device_Interface_Property_KeysW(LPCWSTR pszDeviceInterface, DEVPROPKEY *PropertyKeyArray,
	PULONG PropertyKeyCount, ULONG ulFlags);
CMAPI CONFIGRET WINAPI CM_Get_Class_PropertyW(LPCGUID ClassGUID, const DEVPROPKEY *PropertyKey,
	DEVPROPTYPE *PropertyType, PBYTE PropertyBuffer, PULONG PropertyBufferSize, ULONG ulFlags);
CMAPI DWORD WINAPI CM_MapCrToWin32Err(CONFIGRET CmReturnCode, DWORD DefaultErr);
#ifdef UNICODE
#define CM_Open_Device_Interface_Key CM_Open_Device_Interface_KeyW
#define CM_Open_Device_Interface_Key_Ex CM_Open_Device_Interface_Key_ExW
#define CM_Delete_Device_Interface_Key CM_Delete_Device_Interface_KeyW
#else
#define CM_Open_Device_Interface_Key CM_Open_Device_Interface_KeyA
#define CM_Open_Device_Interface_Key_Ex CM_Open_Device_Interface_Key_ExA
#define CM_Delete_Device_Interface_Key CM_Delete_Device_Interface_KeyA
#endif
#ifndef CM_Set_DevNode_Property
#define CM_Set_DevNode_Property CM_Set_DevNode_PropertyW
#endif
#ifndef CM_Get_Device_Interface_Property
#define CM_Get_Device_Interface_Property CM_Get_Device_Interface_PropertyW
#define CM_Set_Device_Interface_Property CM_Set_Device_Interface_PropertyW
#endif
#ifdef __cplusplus
}
#endif
#endif
#ifndef DRISO_HAVE_CM_PROPERTY_EX_APIS
#define DRISO_HAVE_CM_PROPERTY_EX_APIS
#ifdef __cplusplus
extern "C" {
#endif
CMAPI CONFIGRET WINAPI CM_Delete_Device_Interface_Key_ExA(LPCSTR pszDeviceInterface, ULONG ulFlags, HMACHINE hMachine);
CMAPI CONFIGRET WINAPI CM_Delete_Device_Interface_Key_ExW(LPCWSTR pszDeviceInterface, ULONG ulFlags, HMACHINE hMachine);
CMAPI CONFIGRET WINAPI CM_Get_DevNode_Property_ExW(DEVINST dnDevInst, const DEVPROPKEY *PropertyKey,
	DEVPROPTYPE *PropertyType, PBYTE PropertyBuffer, PULONG PropertyBufferSize, ULONG ulFlags, HMACHINE hMachine);
CMAPI CONFIGRET WINAPI CM_Get_DevNode_Property_Keys(DEVINST dnDevInst, DEVPROPKEY *PropertyKeyArray,
	PULONG PropertyKeyCount, ULONG ulFlags);
CMAPI CONFIGRET WINAPI CM_Get_DevNode_Property_Keys_Ex(DEVINST dnDevInst, DEVPROPKEY *PropertyKeyArray,
	PULONG PropertyKeyCount, ULONG ulFlags, HMACHINE hMachine);
CMAPI CONFIGRET WINAPI CM_Set_DevNode_Property_ExW(DEVINST dnDevInst, const DEVPROPKEY *PropertyKey,
	DEVPROPTYPE PropertyType, const PBYTE PropertyBuffer, ULONG PropertyBufferSize, ULONG ulFlags, HMACHINE hMachine);
CMAPI CONFIGRET WINAPI CM_Get_Device_Interface_Property_ExW(LPCWSTR pszDeviceInterface, const DEVPROPKEY *PropertyKey,
	DEVPROPTYPE *PropertyType, PBYTE PropertyBuffer, PULONG PropertyBufferSize, ULONG ulFlags, HMACHINE hMachine);
CMAPI CONFIGRET WINAPI CM_Get_Device_Interface_Property_Keys_ExW(LPCWSTR pszDeviceInterface,
	DEVPROPKEY *PropertyKeyArray, PULONG PropertyKeyCount, ULONG ulFlags, HMACHINE hMachine);
CMAPI CONFIGRET WINAPI CM_Set_Device_Interface_Property_ExW(LPCWSTR pszDeviceInterface, const DEVPROPKEY *PropertyKey,
	DEVPROPTYPE PropertyType, const PBYTE PropertyBuffer, ULONG PropertyBufferSize, ULONG ulFlags, HMACHINE hMachine);
CMAPI CONFIGRET WINAPI CM_Get_Class_Property_ExW(LPCGUID ClassGUID, const DEVPROPKEY *PropertyKey,
	DEVPROPTYPE *PropertyType, PBYTE PropertyBuffer, PULONG PropertyBufferSize, ULONG ulFlags, HMACHINE hMachine);
CMAPI CONFIGRET WINAPI CM_Get_Class_Property_Keys(LPCGUID ClassGUID, DEVPROPKEY *PropertyKeyArray,
	PULONG PropertyKeyCount, ULONG ulFlags);
CMAPI CONFIGRET WINAPI CM_Get_Class_Property_Keys_Ex(LPCGUID ClassGUID, DEVPROPKEY *PropertyKeyArray,
	PULONG PropertyKeyCount, ULONG ulFlags, HMACHINE hMachine);
CMAPI CONFIGRET WINAPI CM_Set_Class_PropertyW(LPCGUID ClassGUID, const DEVPROPKEY *PropertyKey,
	DEVPROPTYPE PropertyType, const PBYTE PropertyBuffer, ULONG PropertyBufferSize, ULONG ulFlags);
CMAPI CONFIGRET WINAPI CM_Set_Class_Property_ExW(LPCGUID ClassGUID, const DEVPROPKEY *PropertyKey,
	DEVPROPTYPE PropertyType, const PBYTE PropertyBuffer, ULONG PropertyBufferSize, ULONG ulFlags, HMACHINE hMachine);
CMAPI DWORD WINAPI CM_WaitNoPendingInstallEvents(DWORD dwTimeout);
CONFIGRET CM_Apply_PowerScheme(VOID);
CONFIGRET CM_Write_UserPowerKey(const GUID *SchemeGuid, const GUID *SubGroupOfPowerSettingsGuid,
	const GUID *PowerSettingGuid, ULONG AccessFlags, ULONG Type, UCHAR *Buffer, DWORD BufferSize, PDWORD Error);
CONFIGRET CM_Set_ActiveScheme(const GUID *SchemeGuid, PDWORD Error);
CONFIGRET CM_Restore_DefaultPowerScheme(const GUID *SchemeGuid, PDWORD Error);
CONFIGRET CM_RestoreAll_DefaultPowerSchemes(PDWORD Error);
#ifdef UNICODE
#define CM_Delete_Device_Interface_Key_Ex CM_Delete_Device_Interface_Key_ExW
#else
#define CM_Delete_Device_Interface_Key_Ex CM_Delete_Device_Interface_Key_ExA
#endif
#ifndef CM_Get_DevNode_Property_Ex
#define CM_Get_DevNode_Property_Ex CM_Get_DevNode_Property_ExW
#endif
#ifndef CM_Set_DevNode_Property_Ex
#define CM_Set_DevNode_Property_Ex CM_Set_DevNode_Property_ExW
#endif
#ifndef CM_Get_Device_Interface_Property_Ex
#define CM_Get_Device_Interface_Property_Ex CM_Get_Device_Interface_Property_ExW
#endif
#ifndef CM_Get_Device_Interface_Property_Keys
#define CM_Get_Device_Interface_Property_Keys CM_Get_Device_Interface_Property_KeysW
#endif
#ifndef CM_Get_Device_Interface_Property_Keys_Ex
#define CM_Get_Device_Interface_Property_Keys_Ex CM_Get_Device_Interface_Property_Keys_ExW
#endif
#ifndef CM_Set_Device_Interface_Property_Ex
#define CM_Set_Device_Interface_Property_Ex CM_Set_Device_Interface_Property_ExW
#endif
#ifndef CM_Get_Class_Property
#define CM_Get_Class_Property CM_Get_Class_PropertyW
#endif
#ifndef CM_Get_Class_Property_Ex
#define CM_Get_Class_Property_Ex CM_Get_Class_Property_ExW
#endif
#ifndef CM_Set_Class_Property
#define CM_Set_Class_Property CM_Set_Class_PropertyW
#endif
#ifndef CM_Set_Class_Property_Ex
#define CM_Set_Class_Property_Ex CM_Set_Class_Property_ExW
#endif
#ifdef __cplusplus
}
#endif
#endif
#endif
