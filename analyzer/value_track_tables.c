#include "analyzer/value_track_tables.h"

#include <stddef.h>
#include <string.h>

static const struct builder builders[] = {
	{ "RtlInitUnicodeString", 0, B_SET, 1, -1 },
	{ "RtlInitUnicodeStringEx", 0, B_SET, 1, -1 },
	{ "RtlUnicodeStringInit", 0, B_SET, 1, -1 },
	{ "RtlUnicodeStringInitEx", 0, B_SET, 1, -1 },
	{ "RtlInitString", 0, B_SET, 1, -1 },
	{ "RtlInitAnsiString", 0, B_SET, 1, -1 },
	{ "RtlCreateUnicodeString", 0, B_SET, 1, -1 },
	{ "RtlCopyUnicodeString", 0, B_SET, 1, -1 },
	{ "RtlUnicodeStringCopy", 0, B_SET, 1, -1 },
	{ "RtlUnicodeStringCopyString", 0, B_SET, 1, -1 },
	{ "RtlUnicodeStringCbCopyStringN", 0, B_SET, 1, -1 },
	{ "RtlUnicodeStringCchCopyStringN", 0, B_SET, 1, -1 },
	{ "RtlAnsiStringToUnicodeString", 0, B_SET, 1, -1 },
	{ "RtlDuplicateUnicodeString", 2, B_SET, 1, -1 },
	{ "RtlAppendUnicodeToString", 0, B_APPEND, 1, -1 },
	{ "RtlAppendUnicodeStringToString", 0, B_APPEND, 1, -1 },
	{ "RtlUnicodeStringCat", 0, B_APPEND, 1, -1 },
	{ "RtlUnicodeStringCatString", 0, B_APPEND, 1, -1 },
	{ "RtlUnicodeStringCbCatStringN", 0, B_APPEND, 1, -1 },
	{ "RtlUnicodeStringPrintf", 0, B_PRINTF, 1, -1 },
	{ "RtlUnicodeStringPrintfEx", 0, B_PRINTF, 3, -1 },
	{ "RtlStringCchPrintfW", 0, B_PRINTF, 2, -1 },
	{ "RtlStringCbPrintfW", 0, B_PRINTF, 2, -1 },
	{ "RtlStringCchPrintfA", 0, B_PRINTF, 2, -1 },
	{ "RtlStringCbPrintfA", 0, B_PRINTF, 2, -1 },
	{ "RtlStringCchPrintfExW", 0, B_PRINTF, 5, -1 },
	{ "RtlStringCbPrintfExW", 0, B_PRINTF, 5, -1 },
	{ "StringCchPrintfW", 0, B_PRINTF, 2, -1 },
	{ "StringCbPrintfW", 0, B_PRINTF, 2, -1 },
	{ "StringCchPrintfA", 0, B_PRINTF, 2, -1 },
	{ "StringCbPrintfA", 0, B_PRINTF, 2, -1 },
	{ "StringCchPrintfExW", 0, B_PRINTF, 5, -1 },
	{ "StringCbPrintfExW", 0, B_PRINTF, 5, -1 },
	{ "swprintf", 0, B_SWPRINTF, 1, -1 },
	{ "swprintf_s", 0, B_PRINTF, 2, -1 },
	{ "_swprintf", 0, B_PRINTF, 1, -1 },
	{ "_snwprintf", 0, B_PRINTF, 2, -1 },
	{ "_snwprintf_s", 0, B_PRINTF, 3, -1 },
	{ "sprintf", 0, B_PRINTF, 1, -1 },
	{ "sprintf_s", 0, B_PRINTF, 2, -1 },
	{ "_snprintf", 0, B_PRINTF, 2, -1 },
	{ "_snprintf_s", 0, B_PRINTF, 3, -1 },
	{ "snprintf", 0, B_PRINTF, 2, -1 },
	{ "wsprintfW", 0, B_PRINTF, 1, -1 },
	{ "wsprintfA", 0, B_PRINTF, 1, -1 },
	{ "RtlStringCchCopyW", 0, B_SET, 2, -1 },
	{ "RtlStringCbCopyW", 0, B_SET, 2, -1 },
	{ "RtlStringCchCopyNW", 0, B_SET, 2, -1 },
	{ "RtlStringCbCopyNW", 0, B_SET, 2, -1 },
	{ "RtlStringCchCopyA", 0, B_SET, 2, -1 },
	{ "RtlStringCbCopyA", 0, B_SET, 2, -1 },
	{ "StringCchCopyW", 0, B_SET, 2, -1 },
	{ "StringCbCopyW", 0, B_SET, 2, -1 },
	{ "StringCchCopyNW", 0, B_SET, 2, -1 },
	{ "StringCbCopyNW", 0, B_SET, 2, -1 },
	{ "StringCchCopyA", 0, B_SET, 2, -1 },
	{ "StringCbCopyA", 0, B_SET, 2, -1 },
	{ "wcscpy", 0, B_SET, 1, -1 },
	{ "wcscpy_s", 0, B_SET, 2, -1 },
	{ "wcsncpy", 0, B_SET, 1, -1 },
	{ "wcsncpy_s", 0, B_SET, 2, -1 },
	{ "strcpy", 0, B_SET, 1, -1 },
	{ "strcpy_s", 0, B_SET, 2, -1 },
	{ "strncpy", 0, B_SET, 1, -1 },
	{ "strncpy_s", 0, B_SET, 2, -1 },
	{ "lstrcpyW", 0, B_SET, 1, -1 },
	{ "lstrcpyA", 0, B_SET, 1, -1 },
	{ "lstrcpynW", 0, B_SET, 1, -1 },
	{ "RtlStringCchCatW", 0, B_APPEND, 2, -1 },
	{ "RtlStringCbCatW", 0, B_APPEND, 2, -1 },
	{ "RtlStringCchCatNW", 0, B_APPEND, 2, -1 },
	{ "RtlStringCbCatNW", 0, B_APPEND, 2, -1 },
	{ "RtlStringCchCatA", 0, B_APPEND, 2, -1 },
	{ "StringCchCatW", 0, B_APPEND, 2, -1 },
	{ "StringCbCatW", 0, B_APPEND, 2, -1 },
	{ "StringCchCatNW", 0, B_APPEND, 2, -1 },
	{ "StringCchCatA", 0, B_APPEND, 2, -1 },
	{ "StringCbCatA", 0, B_APPEND, 2, -1 },
	{ "wcscat", 0, B_APPEND, 1, -1 },
	{ "wcscat_s", 0, B_APPEND, 2, -1 },
	{ "wcsncat", 0, B_APPEND, 1, -1 },
	{ "wcsncat_s", 0, B_APPEND, 2, -1 },
	{ "strcat", 0, B_APPEND, 1, -1 },
	{ "strcat_s", 0, B_APPEND, 2, -1 },
	{ "lstrcatW", 0, B_APPEND, 1, -1 },
	{ "lstrcatA", 0, B_APPEND, 1, -1 },
	{ "RtlCopyMemory", 0, B_SET, 1, -1 },
	{ "RtlMoveMemory", 0, B_SET, 1, -1 },
	{ "memcpy", 0, B_SET, 1, -1 },
	{ "memmove", 0, B_SET, 1, -1 },
	{ "CopyMemory", 0, B_SET, 1, -1 },
	{ "ExpandEnvironmentStringsW", 1, B_SET, 0, -1 },
	{ "ExpandEnvironmentStringsA", 1, B_SET, 0, -1 },
	{ "PathCombineW", 0, B_COMBINE, 1, 2 },
	{ "PathCombineA", 0, B_COMBINE, 1, 2 },
	{ "PathCchCombine", 0, B_COMBINE, 2, 3 },
	{ "PathCchCombineEx", 0, B_COMBINE, 2, 3 },
	{ "PathAppendW", 0, B_PATHAPPEND, 1, -1 },
	{ "PathAppendA", 0, B_PATHAPPEND, 1, -1 },
	{ "PathCchAppend", 0, B_PATHAPPEND, 2, -1 },
	{ "PathCchAppendEx", 0, B_PATHAPPEND, 2, -1 },
	{ "GetSystemDirectoryW", 0, B_SYSDIR, -1, -1 },
	{ "GetSystemDirectoryA", 0, B_SYSDIR, -1, -1 },
	{ "GetWindowsDirectoryW", 0, B_WINDIR, -1, -1 },
	{ "GetWindowsDirectoryA", 0, B_WINDIR, -1, -1 },
	{ "GetSystemWindowsDirectoryW", 0, B_WINDIR, -1, -1 },
	{ "GetSystemWindowsDirectoryA", 0, B_WINDIR, -1, -1 },
	{ "SHGetFolderPathW", 4, B_SHFOLDER, 1, -1 },
	{ "SHGetFolderPathA", 4, B_SHFOLDER, 1, -1 },
	{ "IoQueryFullDriverPath", 1, B_ISOLATED, -1, -1 },
	{ "GetModuleFileNameW", 1, B_ISOLATED, -1, -1 },
	{ "GetModuleFileNameA", 1, B_ISOLATED, -1, -1 },
	{ "GetModuleFileNameExW", 2, B_ISOLATED, -1, -1 },
	{ "GetServiceDirectory", 2, B_ISOLATED, -1, -1 },
	{ "GetSharedServiceDirectory", 2, B_ISOLATED, -1, -1 },
	{ "WdfDeviceRetrieveDeviceDirectoryString", 1, B_ISOLATED, -1, -1 },
	{ "WdfDriverRetrieveDriverDataDirectoryString", 1, B_ISOLATED, -1, -1 },
	{ "WdfStringGetUnicodeString", 1, B_SET, 0, -1 },
	{ "SHGetKnownFolderPath", 3, B_ISOLATED, -1, -1 },
	{ "GetTempPathW", 1, B_ISOLATED, -1, -1 },
	{ "GetTempPathA", 1, B_ISOLATED, -1, -1 },
	{ "GetTempPath2W", 1, B_ISOLATED, -1, -1 },
};

const struct builder *builder_for(const char *callee)
{
	if (!callee)
		return NULL;
	for (size_t i = 0; i < sizeof(builders) / sizeof(builders[0]); i++)
		if (!strcmp(builders[i].name, callee))
			return &builders[i];
	return NULL;
}

static const struct keyopen keyopens[] = {
	{ "ZwOpenKey", 0, 1, KO_ZW, 2, -1 },
	{ "ZwOpenKeyEx", 0, 1, KO_ZW, 2, -1 },
	{ "ZwCreateKey", 0, 1, KO_ZW, 2, -1 },
	{ "ZwOpenKeyTransacted", 0, 1, KO_ZW, 2, -1 },
	{ "ZwOpenKeyTransactedEx", 0, 1, KO_ZW, 2, -1 },
	{ "ZwCreateKeyTransacted", 0, 1, KO_ZW, 2, -1 },
	{ "NtOpenKey", 0, 1, KO_ZW, 2, -1 },
	{ "NtOpenKeyEx", 0, 1, KO_ZW, 2, -1 },
	{ "NtCreateKey", 0, 1, KO_ZW, 2, -1 },
	{ "NtOpenKeyTransacted", 0, 1, KO_ZW, 2, -1 },
	{ "NtOpenKeyTransactedEx", 0, 1, KO_ZW, 2, -1 },
	{ "NtCreateKeyTransacted", 0, 1, KO_ZW, 2, -1 },
	{ "IoOpenDeviceRegistryKey", 3, 2, KO_ISO, -1, -1 },
	{ "IoOpenDeviceInterfaceRegistryKey", 2, 1, KO_ISO, -1, -1 },
	{ "IoOpenDriverRegistryKey", 4, 2, KO_DRVTYPE, 1, -1 },
	{ "WdfDriverOpenParametersRegistryKey", 3, 1, KO_PARAMS, -1, -1 },
	{ "WdfDriverOpenPersistentStateRegistryKey", 3, 1, KO_ISO, -1, -1 },
	{ "WdfDeviceOpenRegistryKey", 4, 2, KO_ISO, -1, -1 },
	{ "WdfFdoInitOpenRegistryKey", 4, 2, KO_ISO, -1, -1 },
	{ "WdfDeviceOpenDevicemapKey", 4, 2, KO_ISO, -1, -1 },
	{ "CM_Open_DevNode_Key", 4, 1, KO_ISO, -1, -1 },
	{ "CM_Open_DevNode_Key_Ex", 4, 1, KO_ISO, -1, -1 },
	{ "CM_Open_Device_Interface_KeyW", 3, 1, KO_ISO, -1, -1 },
	{ "CM_Open_Device_Interface_KeyA", 3, 1, KO_ISO, -1, -1 },
	{ "CM_Open_Device_Interface_Key_ExW", 3, 1, KO_ISO, -1, -1 },
	{ "CM_Open_Class_KeyW", 4, 2, KO_ISO, -1, -1 },
	{ "CM_Open_Class_KeyA", 4, 2, KO_ISO, -1, -1 },
	{ "GetServiceRegistryStateKey", 3, 2, KO_SVCTYPE, 1, -1 },
	{ "GetSharedServiceRegistryStateKey", 3, 2, KO_ISO, -1, -1 },
	{ "WdfRegistryOpenKey", 4, 2, KO_WDFREG, 0, 1 },
	{ "WdfRegistryCreateKey", 6, 2, KO_WDFREG, 0, 1 },
	{ "RegOpenKeyExW", 4, 3, KO_USERREG, 0, 1 },
	{ "RegOpenKeyExA", 4, 3, KO_USERREG, 0, 1 },
	{ "RegOpenKeyW", 2, -1, KO_USERREG, 0, 1 },
	{ "RegOpenKeyA", 2, -1, KO_USERREG, 0, 1 },
	{ "RegCreateKeyExW", 7, 5, KO_USERREG, 0, 1 },
	{ "RegCreateKeyExA", 7, 5, KO_USERREG, 0, 1 },
	{ "RegCreateKeyW", 2, -1, KO_USERREG, 0, 1 },
	{ "RegCreateKeyA", 2, -1, KO_USERREG, 0, 1 },
	{ "RegOpenKeyTransactedW", 4, 3, KO_USERREG, 0, 1 },
	{ "RegCreateKeyTransactedW", 7, 5, KO_USERREG, 0, 1 },
	{ "RegOpenCurrentUser", 1, 0, KO_USERROOT, -1, -1 },
};

const struct keyopen *keyopen_for(const char *callee)
{
	if (!callee)
		return NULL;
	for (size_t i = 0; i < sizeof(keyopens) / sizeof(keyopens[0]); i++)
		if (!strcmp(keyopens[i].name, callee))
			return &keyopens[i];
	return NULL;
}

bool vt_is_isolated_key_returner(const char *callee)
{
	static const char *const names[] = { "SetupDiOpenDevRegKey", "SetupDiCreateDevRegKeyW",
					     "SetupDiCreateDevRegKeyA", "SetupDiOpenDeviceInterfaceRegKey",
					     "SetupDiCreateDeviceInterfaceRegKeyW", "SetupDiOpenClassRegKey",
					     "SetupDiOpenClassRegKeyExW", "WdfRegistryWdmGetHandle" };
	for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++)
		if (callee && !strcmp(callee, names[i]))
			return true;
	return false;
}

/* Constants the rules test, for calls the front end rebuilt from tokens in
 * TUs with errors (a macro name survives there, its value does not). */
static const struct {
	const char *name;
	long long value;
} known_constants[] = {
	{ "RTL_REGISTRY_ABSOLUTE", 0 }, { "RTL_REGISTRY_SERVICES", 1 }, { "RTL_REGISTRY_CONTROL", 2 },
	{ "RTL_REGISTRY_WINDOWS_NT", 3 }, { "RTL_REGISTRY_DEVICEMAP", 4 }, { "RTL_REGISTRY_USER", 5 },
	{ "RTL_REGISTRY_HANDLE", 0x40000000 }, { "RTL_REGISTRY_OPTIONAL", 0x80000000LL },
	{ "KEY_QUERY_VALUE", 0x1 }, { "KEY_SET_VALUE", 0x2 }, { "KEY_CREATE_SUB_KEY", 0x4 },
	{ "KEY_READ", 0x20019 }, { "KEY_WRITE", 0x20006 }, { "KEY_ALL_ACCESS", 0xF003F },
	{ "GENERIC_READ", 0x80000000LL }, { "GENERIC_WRITE", 0x40000000 }, { "GENERIC_ALL", 0x10000000 },
	{ "FILE_SUPERSEDE", 0 }, { "FILE_OPEN", 1 }, { "FILE_CREATE", 2 }, { "FILE_OPEN_IF", 3 },
	{ "FILE_OVERWRITE", 4 }, { "FILE_OVERWRITE_IF", 5 }, { "CREATE_NEW", 1 }, { "CREATE_ALWAYS", 2 },
	{ "OPEN_EXISTING", 3 }, { "OPEN_ALWAYS", 4 }, { "TRUNCATE_EXISTING", 5 },
	{ "CM_GETIDLIST_FILTER_NONE", 0 }, { "CM_GETIDLIST_FILTER_ENUMERATOR", 0x1 },
	{ "CM_GETIDLIST_FILTER_SERVICE", 0x2 }, { "CM_GETIDLIST_FILTER_CLASS", 0x200 },
	{ "CM_GETIDLIST_FILTER_PRESENT", 0x100 }, { "CM_GET_DEVICE_INTERFACE_LIST_PRESENT", 0 },
	{ "CM_GET_DEVICE_INTERFACE_LIST_ALL_DEVICES", 1 }, { "EventCategoryDeviceInterfaceChange", 2 },
	{ "DriverRegKeyParameters", 0 }, { "DriverRegKeyPersistentState", 1 },
	{ "DriverRegKeySharedPersistentState", 2 }, { "ServiceRegistryStateParameters", 0 },
	{ "ServiceRegistryStatePersistent", 1 },
};

bool vt_known_constant(const char *n, long long *out)
{
	if (!n)
		return false;
	for (size_t i = 0; i < sizeof(known_constants) / sizeof(known_constants[0]); i++)
		if (!strcmp(n, known_constants[i].name)) {
			*out = known_constants[i].value;
			return true;
		}
	return false;
}
