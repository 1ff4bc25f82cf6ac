#include "analyzer/proposals.h"
#include "core/strbuf.h"
#include "core/util.h"

#include <string.h>

static const char *const env_names[ENV__COUNT] = { "WDM", "KMDF", "UMDF", "user-service", "user-app" };

const char *env_name(enum env e)
{
	return (unsigned)e < ENV__COUNT ? env_names[e] : "user-app";
}

enum env env_from_model(enum driver_model m)
{
	switch (m) {
	case MODEL_WDM: return ENV_WDM;
	case MODEL_KMDF: return ENV_KMDF;
	case MODEL_UMDF: return ENV_UMDF;
	case MODEL_USER_SERVICE: return ENV_SERVICE;
	default: return ENV_APP;
	}
}

/*
 * One template per (proposal, environment). `floor` is the build the direct
 * form needs; `downlevel` (may be NULL) replaces it when the target is older.
 * {COMPANY} is replaced by the company name or a placeholder.
 */
struct template {
	enum proposal_kind kind;
	enum env env;
	int floor;
	const char *min_os;
	const char *text;
	const char *downlevel;
};

#define WDM_PARAMS_READ \
	"Read configuration from the driver's immutable Parameters key through the handle the system hands out:\n" \
	"    HANDLE params;\n" \
	"    NTSTATUS status = IoOpenDriverRegistryKey(DriverObject, DriverRegKeyParameters, KEY_READ, 0, &params);\n" \
	"    if (NT_SUCCESS(status)) {\n" \
	"        RTL_QUERY_REGISTRY_TABLE table[2] = { 0 };\n" \
	"        table[0].Flags = RTL_QUERY_REGISTRY_DIRECT | RTL_QUERY_REGISTRY_TYPECHECK;\n" \
	"        table[0].Name = L\"MyValue\";\n" \
	"        table[0].EntryContext = &myValue;\n" \
	"        table[0].DefaultType = (REG_DWORD << RTL_QUERY_REGISTRY_TYPECHECK_SHIFT) | REG_NONE;\n" \
	"        status = RtlQueryRegistryValues(RTL_REGISTRY_HANDLE, (PCWSTR)params, table, NULL, NULL);\n" \
	"        ZwClose(params);\n" \
	"    }\n" \
	"INF: put the defaults under HKR,Parameters in the service-install section's AddReg (not an absolute HKLM path)."

#define WDM_PARAMS_READ_DOWNLEVEL \
	"Read configuration from the immutable Parameters key; IoOpenDriverRegistryKey exists from Windows 10 1803 (17134), so resolve it at run time and keep the legacy open as the fallback:\n" \
	"    typedef NTSTATUS (*PFN_IO_OPEN_DRIVER_REGISTRY_KEY)(PDRIVER_OBJECT, DRIVER_REGKEY_TYPE, ACCESS_MASK, ULONG, PHANDLE);\n" \
	"    UNICODE_STRING routine = RTL_CONSTANT_STRING(L\"IoOpenDriverRegistryKey\");\n" \
	"    PFN_IO_OPEN_DRIVER_REGISTRY_KEY openDriverKey = (PFN_IO_OPEN_DRIVER_REGISTRY_KEY)MmGetSystemRoutineAddress(&routine);\n" \
	"    HANDLE params = NULL;\n" \
	"    NTSTATUS status = openDriverKey\n" \
	"        ? openDriverKey(DriverObject, DriverRegKeyParameters, KEY_READ, 0, &params)\n" \
	"        : STATUS_NOT_SUPPORTED; /* down-level: keep the existing RegistryPath-based open here */\n" \
	"    if (NT_SUCCESS(status)) {\n" \
	"        status = RtlQueryRegistryValues(RTL_REGISTRY_HANDLE, (PCWSTR)params, table, NULL, NULL);\n" \
	"        ZwClose(params);\n" \
	"    }\n" \
	"INF: put the defaults under HKR,Parameters in the service-install section's AddReg."

#define WDF_PARAMS_READ \
	"Read configuration from the driver's Parameters key through the framework:\n" \
	"    WDFKEY params;\n" \
	"    ULONG myValue = 0;\n" \
	"    DECLARE_CONST_UNICODE_STRING(valueName, L\"MyValue\");\n" \
	"    NTSTATUS status = WdfDriverOpenParametersRegistryKey(WdfGetDriver(), KEY_READ, WDF_NO_OBJECT_ATTRIBUTES, &params);\n" \
	"    if (NT_SUCCESS(status)) {\n" \
	"        status = WdfRegistryQueryULong(params, &valueName, &myValue);\n" \
	"        WdfRegistryClose(params);\n" \
	"    }\n" \
	"INF: put the defaults under HKR,Parameters in the service-install section's AddReg (not an absolute HKLM path)."

#define WDM_STATE_WRITE \
	"Runtime state belongs in the driver's persistent-state key, not in Parameters or a fixed HKLM path:\n" \
	"    HANDLE state;\n" \
	"    NTSTATUS status = IoOpenDriverRegistryKey(DriverObject, DriverRegKeyPersistentState, KEY_READ | KEY_WRITE, 0, &state);\n" \
	"    if (NT_SUCCESS(status)) {\n" \
	"        ULONG data = myValue;\n" \
	"        UNICODE_STRING name = RTL_CONSTANT_STRING(L\"MyValue\");\n" \
	"        status = ZwSetValueKey(state, &name, 0, REG_DWORD, &data, sizeof(data));\n" \
	"        ZwClose(state);\n" \
	"    }\n" \
	"Reads that should fall back to an INF default: RtlQueryRegistryValueWithFallback(state, params, ...) (1809).\n" \
	"INF: no line for runtime state; defaults stay under HKR,Parameters."

#define WDM_STATE_WRITE_DOWNLEVEL \
	"Runtime state belongs in the persistent-state key; IoOpenDriverRegistryKey exists from Windows 10 1803 (17134), resolve it at run time:\n" \
	"    typedef NTSTATUS (*PFN_IO_OPEN_DRIVER_REGISTRY_KEY)(PDRIVER_OBJECT, DRIVER_REGKEY_TYPE, ACCESS_MASK, ULONG, PHANDLE);\n" \
	"    UNICODE_STRING routine = RTL_CONSTANT_STRING(L\"IoOpenDriverRegistryKey\");\n" \
	"    PFN_IO_OPEN_DRIVER_REGISTRY_KEY openDriverKey = (PFN_IO_OPEN_DRIVER_REGISTRY_KEY)MmGetSystemRoutineAddress(&routine);\n" \
	"    HANDLE state = NULL;\n" \
	"    NTSTATUS status = openDriverKey\n" \
	"        ? openDriverKey(DriverObject, DriverRegKeyPersistentState, KEY_READ | KEY_WRITE, 0, &state)\n" \
	"        : STATUS_NOT_SUPPORTED; /* down-level: per-device state via IoOpenDeviceRegistryKey(Pdo, PLUGPLAY_REGKEY_DRIVER, ...) */\n" \
	"    if (NT_SUCCESS(status)) { /* ZwSetValueKey(state, ...) */ ZwClose(state); }"

#define KMDF_STATE_WRITE \
	"Runtime state belongs in the driver's persistent-state key (KMDF 1.25 / Windows 10 1803):\n" \
	"    WDFKEY state;\n" \
	"    ULONG myValue = 0; /* the value to keep */\n" \
	"    DECLARE_CONST_UNICODE_STRING(valueName, L\"MyValue\");\n" \
	"    NTSTATUS status = WdfDriverOpenPersistentStateRegistryKey(WdfGetDriver(), KEY_READ | KEY_SET_VALUE, WDF_NO_OBJECT_ATTRIBUTES, &state);\n" \
	"    if (NT_SUCCESS(status)) {\n" \
	"        status = WdfRegistryAssignULong(state, &valueName, myValue);\n" \
	"        WdfRegistryClose(state);\n" \
	"    }\n" \
	"INF: no line for runtime state; defaults stay under HKR,Parameters."

#define KMDF_STATE_WRITE_DOWNLEVEL \
	"Runtime state: WdfDriverOpenPersistentStateRegistryKey needs KMDF 1.25 (Windows 10 1803). For an older target keep per-device state in the device's software key:\n" \
	"    WDFKEY key;\n" \
	"    ULONG myValue = 0; /* the value to keep */\n" \
	"    DECLARE_CONST_UNICODE_STRING(valueName, L\"MyValue\");\n" \
	"    NTSTATUS status = WdfDeviceOpenRegistryKey(Device, PLUGPLAY_REGKEY_DRIVER, KEY_READ | KEY_SET_VALUE, WDF_NO_OBJECT_ATTRIBUTES, &key);\n" \
	"    if (NT_SUCCESS(status)) { status = WdfRegistryAssignULong(key, &valueName, myValue); WdfRegistryClose(key); }"

#define SVC_PARAMS_READ \
	"A service reads its configuration through the SCM-provided key (Windows 10 2004):\n" \
	"    HKEY params;\n" \
	"    DWORD err = GetServiceRegistryStateKey(hServiceStatus, ServiceRegistryStateParameters, KEY_READ, &params);\n" \
	"    if (err == ERROR_SUCCESS) {\n" \
	"        DWORD value = 0, size = sizeof(value);\n" \
	"        err = RegGetValueW(params, NULL, L\"MyValue\", RRF_RT_REG_DWORD, NULL, &value, &size);\n" \
	"        RegCloseKey(params);\n" \
	"    }\n" \
	"(hServiceStatus comes from RegisterServiceCtrlHandlerExW.)"

#define SVC_STATE_WRITE \
	"A service keeps runtime state in its persistent-state key (Windows 10 2004; enable the service SID):\n" \
	"    HKEY state;\n" \
	"    DWORD err = GetServiceRegistryStateKey(hServiceStatus, ServiceRegistryStatePersistent, KEY_READ | KEY_SET_VALUE, &state);\n" \
	"    if (err == ERROR_SUCCESS) {\n" \
	"        err = RegSetValueExW(state, L\"MyValue\", 0, REG_DWORD, (const BYTE *)&value, sizeof(value));\n" \
	"        RegCloseKey(state);\n" \
	"    }"

#define APP_DEVICE_KEY \
	"Reach the device's own registry key through the configuration manager instead of a path under HKLM:\n" \
	"    DEVINST devinst;\n" \
	"    HKEY key;\n" \
	"    CONFIGRET cr = CM_Locate_DevNodeW(&devinst, (DEVINSTID_W)deviceInstanceId, CM_LOCATE_DEVNODE_NORMAL);\n" \
	"    if (cr == CR_SUCCESS)\n" \
	"        cr = CM_Open_DevNode_Key(devinst, KEY_READ, 0, RegDisposition_OpenExisting, &key, CM_REGISTRY_SOFTWARE);\n" \
	"    if (cr == CR_SUCCESS) { /* RegGetValueW(key, NULL, L\"MyValue\", ...) */ RegCloseKey(key); }\n" \
	"Settings the driver reads belong on the device key (INF: HKR,,MyValue,...) where both sides can reach them."

#define WDM_DEVICE_KEY \
	"Use the device's own key instead of a path under Enum or Control\\Class:\n" \
	"    HANDLE key;\n" \
	"    NTSTATUS status = IoOpenDeviceRegistryKey(PhysicalDeviceObject, PLUGPLAY_REGKEY_DRIVER /* software key; PLUGPLAY_REGKEY_DEVICE: hardware key */, KEY_READ, &key);\n" \
	"    if (NT_SUCCESS(status)) {\n" \
	"        status = RtlQueryRegistryValues(RTL_REGISTRY_HANDLE, (PCWSTR)key, table, NULL, NULL);\n" \
	"        ZwClose(key);\n" \
	"    }"

#define WDF_DEVICE_KEY \
	"Use the device's own key instead of a path under Enum or Control\\Class:\n" \
	"    WDFKEY key;\n" \
	"    NTSTATUS status = WdfDeviceOpenRegistryKey(Device, PLUGPLAY_REGKEY_DRIVER /* software key; PLUGPLAY_REGKEY_DEVICE: hardware key */, KEY_READ, WDF_NO_OBJECT_ATTRIBUTES, &key);\n" \
	"    if (NT_SUCCESS(status)) { /* WdfRegistryQueryULong(key, &valueName, &value); */ WdfRegistryClose(key); }\n" \
	"(Before the device exists: WdfFdoInitOpenRegistryKey(DeviceInit, ...).)"

#define KERNEL_IFACE_KEY \
	"Open the device interface's own key from its symbolic link:\n" \
	"    HANDLE key;\n" \
	"    NTSTATUS status = IoOpenDeviceInterfaceRegistryKey(&symbolicLinkName, KEY_READ, &key);\n" \
	"    if (NT_SUCCESS(status)) { /* RtlQueryRegistryValues(RTL_REGISTRY_HANDLE, (PCWSTR)key, ...) */ ZwClose(key); }"

#define USER_IFACE_KEY \
	"Open the device interface's own key from its symbolic link:\n" \
	"    HKEY key;\n" \
	"    CONFIGRET cr = CM_Open_Device_Interface_KeyW(interfacePath, KEY_READ, RegDisposition_OpenExisting, &key, 0);\n" \
	"    if (cr == CR_SUCCESS) { /* RegGetValueW(key, NULL, L\"MyValue\", ...) */ RegCloseKey(key); }"

#define KERNEL_OTHER_DRIVER \
	"Another driver's registry state is private to it. Talk to that driver through its device interface (see device-name), or have it publish shared state: it opens IoOpenDriverRegistryKey(DriverObject, DriverRegKeySharedPersistentState, ...) (Windows 11 21H2 / Server 2022) and this component reads that key through the interface contract."

#define USER_OTHER_DRIVER \
	"Another driver's registry state is private to it. Read state it chooses to share through its service handle:\n" \
	"    SC_HANDLE scm = OpenSCManagerW(NULL, NULL, SC_MANAGER_CONNECT);\n" \
	"    SC_HANDLE svc = OpenServiceW(scm, L\"OtherService\", SERVICE_QUERY_STATUS);\n" \
	"    HKEY shared;\n" \
	"    DWORD err = GetSharedServiceRegistryStateKey(svc, ServiceSharedRegistryPersistentState, KEY_READ, &shared); /* Windows 11 / Server 2022 */\n" \
	"or reach the device through its interface key (CM_Open_Device_Interface_KeyW)."

#define OS_KEY \
	"This key belongs to the OS. Reading it is tolerated, but prefer the documented API for the information (RtlGetVersion / GetVersionEx for versions, IoGetDeviceProperty / CM_Get_DevNode_PropertyW for device data); never write it."

#define DEVICEMAP_TEXT \
	"Only serial drivers' HARDWARE\\DEVICEMAP\\SERIALCOMM value is expected to be written. Publish the device through a device interface (IoRegisterDeviceInterface / WdfDeviceCreateDeviceInterface); KMDF drivers that must write DEVICEMAP use WdfDeviceOpenDevicemapKey(Device, &subKeyName, KEY_SET_VALUE, WDF_NO_OBJECT_ATTRIBUTES, &key)."

#define USER_KEY_SERVICE \
	"A service has no interactive user: HKEY_CURRENT_USER is the service account's hive. Keep service state in GetServiceRegistryStateKey(hServiceStatus, ServiceRegistryStatePersistent, KEY_READ | KEY_SET_VALUE, &key) (Windows 10 2004)."

#define USER_KEY_KERNEL \
	"A driver must not reach into user hives. Keep state in the driver's persistent-state key (IoOpenDriverRegistryKey(DriverObject, DriverRegKeyPersistentState, ...) / WdfDriverOpenPersistentStateRegistryKey) or the device key."

#define WDM_IMAGE \
	"The driver runs from the driver store: find its own files relative to its image directory, not System32\\drivers:\n" \
	"    HANDLE dir;\n" \
	"    NTSTATUS status = IoGetDriverDirectory(DriverObject, DriverDirectoryImage, 0, &dir);\n" \
	"    if (NT_SUCCESS(status)) {\n" \
	"        UNICODE_STRING name = RTL_CONSTANT_STRING(L\"myfile.bin\");\n" \
	"        OBJECT_ATTRIBUTES oa;\n" \
	"        InitializeObjectAttributes(&oa, &name, OBJ_KERNEL_HANDLE | OBJ_CASE_INSENSITIVE, dir, NULL);\n" \
	"        status = ZwOpenFile(&file, GENERIC_READ | SYNCHRONIZE, &oa, &iosb, FILE_SHARE_READ, FILE_SYNCHRONOUS_IO_NONALERT);\n" \
	"        ZwClose(dir);\n" \
	"    }\n" \
	"INF: install the file with DestinationDirs = 13 (the driver store)."

#define WDM_IMAGE_DOWNLEVEL \
	"The driver runs from the driver store. IoGetDriverDirectory exists from Windows 10 1803 (17134); resolve it at run time and fall back to IoQueryFullDriverPath (Windows 8.1) minus the file name:\n" \
	"    typedef NTSTATUS (*PFN_IO_GET_DRIVER_DIRECTORY)(PDRIVER_OBJECT, DRIVER_DIRECTORY_TYPE, ULONG, PHANDLE);\n" \
	"    UNICODE_STRING routine = RTL_CONSTANT_STRING(L\"IoGetDriverDirectory\");\n" \
	"    PFN_IO_GET_DRIVER_DIRECTORY getDriverDirectory = (PFN_IO_GET_DRIVER_DIRECTORY)MmGetSystemRoutineAddress(&routine);\n" \
	"    HANDLE dir = NULL;\n" \
	"    UNICODE_STRING image = { 0 };\n" \
	"    NTSTATUS status = getDriverDirectory\n" \
	"        ? getDriverDirectory(DriverObject, DriverDirectoryImage, 0, &dir)   /* open files relative to dir */\n" \
	"        : IoQueryFullDriverPath(DriverObject, &image);                       /* strip the file name, caller frees image.Buffer */\n" \
	"INF: install the file with DestinationDirs = 13 (the driver store)."

#define KMDF_IMAGE \
	"The driver runs from the driver store: find its own files relative to its image directory:\n" \
	"    HANDLE dir;\n" \
	"    NTSTATUS status = IoGetDriverDirectory(WdfDriverWdmGetDriverObject(WdfGetDriver()), DriverDirectoryImage, 0, &dir);\n" \
	"    if (NT_SUCCESS(status)) {\n" \
	"        /* InitializeObjectAttributes(&oa, &relativeName, OBJ_KERNEL_HANDLE | OBJ_CASE_INSENSITIVE, dir, NULL); ZwOpenFile(...) */\n" \
	"        ZwClose(dir);\n" \
	"    }\n" \
	"INF: install the file with DestinationDirs = 13 (the driver store)."

#define KMDF_IMAGE_DOWNLEVEL \
	"The driver runs from the driver store. IoGetDriverDirectory exists from Windows 10 1803 (17134); resolve it at run time and fall back to IoQueryFullDriverPath (Windows 8.1) minus the file name:\n" \
	"    typedef NTSTATUS (*PFN_IO_GET_DRIVER_DIRECTORY)(PDRIVER_OBJECT, DRIVER_DIRECTORY_TYPE, ULONG, PHANDLE);\n" \
	"    PDRIVER_OBJECT driverObject = WdfDriverWdmGetDriverObject(WdfGetDriver());\n" \
	"    UNICODE_STRING routine = RTL_CONSTANT_STRING(L\"IoGetDriverDirectory\");\n" \
	"    PFN_IO_GET_DRIVER_DIRECTORY getDriverDirectory = (PFN_IO_GET_DRIVER_DIRECTORY)MmGetSystemRoutineAddress(&routine);\n" \
	"    HANDLE dir = NULL;\n" \
	"    UNICODE_STRING image = { 0 };\n" \
	"    NTSTATUS status = getDriverDirectory\n" \
	"        ? getDriverDirectory(driverObject, DriverDirectoryImage, 0, &dir)   /* open files relative to dir */\n" \
	"        : IoQueryFullDriverPath(driverObject, &image);                       /* strip the file name, caller frees image.Buffer */\n" \
	"INF: install the file with DestinationDirs = 13 (the driver store)."

#define USER_IMAGE \
	"Find files of this package next to this binary (it runs from the driver store), not in System32\\drivers:\n" \
	"    HMODULE self;\n" \
	"    WCHAR path[MAX_PATH];\n" \
	"    if (GetModuleHandleExW(GET_MODULE_HANDLE_EX_FLAG_FROM_ADDRESS | GET_MODULE_HANDLE_EX_FLAG_UNCHANGED_REFCOUNT,\n" \
	"                           (LPCWSTR)&SomeFunctionInThisBinary, &self) &&\n" \
	"        GetModuleFileNameW(self, path, ARRAYSIZE(path)) < ARRAYSIZE(path)) {\n" \
	"        PathCchRemoveFileSpec(path, ARRAYSIZE(path));\n" \
	"        PathCchAppend(path, ARRAYSIZE(path), L\"myfile.bin\");\n" \
	"    }"

#define SVC_INSTALL_TEXT \
	"Do not copy the driver to System32\\drivers or create its service by hand: install it with an INF that runs it from the driver store:\n" \
	"    [MyDriver.Service]\n" \
	"    ServiceType   = 1\n" \
	"    StartType     = 3\n" \
	"    ErrorControl  = 1\n" \
	"    ServiceBinary = %13%\\mydriver.sys\n" \
	"    [DestinationDirs]\n" \
	"    DefaultDestDir = 13\n" \
	"and install it with pnputil /add-driver mydriver.inf /install (or DiInstallDriverW / UpdateDriverForPlugAndPlayDevicesW)."

#define KERNEL_FILE_STATE \
	"Write state and logs under a directory the system hands out, not at a fixed global path:\n" \
	"    HANDLE dir;\n" \
	"    NTSTATUS status = IoGetDriverDirectory(DriverObject, DriverDirectoryData, 0, &dir);  /* per device: IoGetDeviceDirectory(Pdo, DeviceDirectoryData, 0, NULL, &dir) */\n" \
	"    if (NT_SUCCESS(status)) {\n" \
	"        UNICODE_STRING name = RTL_CONSTANT_STRING(L\"state.bin\");\n" \
	"        OBJECT_ATTRIBUTES oa;\n" \
	"        InitializeObjectAttributes(&oa, &name, OBJ_KERNEL_HANDLE | OBJ_CASE_INSENSITIVE, dir, NULL);\n" \
	"        status = ZwCreateFile(&file, FILE_GENERIC_WRITE, &oa, &iosb, NULL, FILE_ATTRIBUTE_NORMAL, 0, FILE_OVERWRITE_IF, FILE_SYNCHRONOUS_IO_NONALERT, NULL, 0);\n" \
	"        ZwClose(dir);\n" \
	"    }\n" \
	"Logs other tools read: \\DriverData\\{COMPANY}\\mydriver.log (e.g. RTL_CONSTANT_STRING(L\"\\\\DriverData\\\\{COMPANY}\\\\mydriver.log\"))."

#define KERNEL_FILE_STATE_DOWNLEVEL \
	"Write state and logs under a directory the system hands out, not at a fixed global path. IoGetDriverDirectory (and \\DriverData) exist from Windows 10 1803 (17134): resolve it at run time and keep the state in the device's registry key when it is absent:\n" \
	"    typedef NTSTATUS (*PFN_IO_GET_DRIVER_DIRECTORY)(PDRIVER_OBJECT, DRIVER_DIRECTORY_TYPE, ULONG, PHANDLE);\n" \
	"    UNICODE_STRING routine = RTL_CONSTANT_STRING(L\"IoGetDriverDirectory\");\n" \
	"    PFN_IO_GET_DRIVER_DIRECTORY getDriverDirectory = (PFN_IO_GET_DRIVER_DIRECTORY)MmGetSystemRoutineAddress(&routine);\n" \
	"    HANDLE dir = NULL;\n" \
	"    NTSTATUS status = getDriverDirectory ? getDriverDirectory(DriverObject, DriverDirectoryData, 0, &dir) : STATUS_NOT_SUPPORTED;\n" \
	"    if (NT_SUCCESS(status)) {\n" \
	"        UNICODE_STRING name = RTL_CONSTANT_STRING(L\"state.bin\");\n" \
	"        OBJECT_ATTRIBUTES oa;\n" \
	"        InitializeObjectAttributes(&oa, &name, OBJ_KERNEL_HANDLE | OBJ_CASE_INSENSITIVE, dir, NULL);\n" \
	"        status = ZwCreateFile(&file, FILE_GENERIC_WRITE, &oa, &iosb, NULL, FILE_ATTRIBUTE_NORMAL, 0, FILE_OVERWRITE_IF, FILE_SYNCHRONOUS_IO_NONALERT, NULL, 0);\n" \
	"        ZwClose(dir);\n" \
	"    } else {\n" \
	"        /* down-level: IoOpenDeviceRegistryKey(Pdo, PLUGPLAY_REGKEY_DRIVER, KEY_WRITE, &key) and ZwSetValueKey */\n" \
	"    }\n" \
	"Logs other tools read: \\DriverData\\{COMPANY}\\mydriver.log on 1803 and later."

#define UMDF_FILE_STATE \
	"Write state under the driver's data directory (UMDF 2.27, Windows 10 1809):\n" \
	"    WDFSTRING dirString;\n" \
	"    UNICODE_STRING dir;\n" \
	"    NTSTATUS status = WdfStringCreate(NULL, WDF_NO_OBJECT_ATTRIBUTES, &dirString);\n" \
	"    if (NT_SUCCESS(status))\n" \
	"        status = WdfDriverRetrieveDriverDataDirectoryString(WdfGetDriver(), dirString);  /* per device: WdfDeviceRetrieveDeviceDirectoryString */\n" \
	"    if (NT_SUCCESS(status)) {\n" \
	"        WdfStringGetUnicodeString(dirString, &dir);\n" \
	"        /* build dir + L\"\\\\state.bin\" and CreateFileW it */\n" \
	"    }\n" \
	"Logs other tools read: ExpandEnvironmentStringsW(L\"%DriverData%\\\\{COMPANY}\", ...)."

#define SVC_FILE_STATE \
	"A service keeps its files in the directory the SCM hands out (Windows 10 2004):\n" \
	"    WCHAR dir[MAX_PATH];\n" \
	"    DWORD needed = 0;\n" \
	"    DWORD err = GetServiceDirectory(hServiceStatus, ServiceDirectoryPersistentState, dir, ARRAYSIZE(dir), &needed);\n" \
	"    if (err == ERROR_SUCCESS) { /* PathCchAppend(dir, ARRAYSIZE(dir), L\"state.bin\"); CreateFileW(dir, ...) */ }\n" \
	"Shared logs: %ProgramData%\\{COMPANY}\\ (SHGetKnownFolderPath(FOLDERID_ProgramData, ...))."

#define APP_FILE_STATE \
	"Write under a per-company data folder, not a fixed global path:\n" \
	"    PWSTR programData;\n" \
	"    WCHAR path[MAX_PATH];\n" \
	"    if (SUCCEEDED(SHGetKnownFolderPath(&FOLDERID_ProgramData, 0, NULL, &programData))) {\n" \
	"        StringCchPrintfW(path, ARRAYSIZE(path), L\"%s\\\\{COMPANY}\\\\state.bin\", programData);\n" \
	"        CoTaskMemFree(programData);\n" \
	"    }\n" \
	"(%DriverData%\\{COMPANY} for files a driver also reads.)"

#define KERNEL_DEVICE_INTERFACE \
	"Reach the other driver through its device interface, not a fixed device name: register for arrivals (existing interfaces are replayed) and open the symbolic link the notification carries:\n" \
	"    NTSTATUS status = IoRegisterPlugPlayNotification(EventCategoryDeviceInterfaceChange,\n" \
	"                                            PNPNOTIFY_DEVICE_INTERFACE_INCLUDE_EXISTING_INTERFACES,\n" \
	"                                            (PVOID)&GUID_DEVINTERFACE_TARGET, DriverObject,\n" \
	"                                            OnInterfaceChange, context, &notificationEntry);\n" \
	"    /* in OnInterfaceChange: DEVICE_INTERFACE_CHANGE_NOTIFICATION *n = NotificationStructure;\n" \
	"       if (IsEqualGUID(&n->Event, &GUID_DEVICE_INTERFACE_ARRIVAL))\n" \
	"           IoGetDeviceObjectPointer(n->SymbolicLinkName, FILE_READ_DATA, &fileObject, &deviceObject); (or WdfIoTargetOpen) */\n" \
	"    /* unload: IoUnregisterPlugPlayNotificationEx(notificationEntry); */\n" \
	"The owning driver publishes the interface (IoRegisterDeviceInterface / WdfDeviceCreateDeviceInterface)."

#define USER_DEVICE_INTERFACE \
	"Open the device through its device interface, not a fixed \\\\.\\ name: register for arrivals first, then list the present interfaces:\n" \
	"    CM_NOTIFY_FILTER filter = { sizeof(filter) };\n" \
	"    filter.FilterType = CM_NOTIFY_FILTER_TYPE_DEVICEINTERFACE;\n" \
	"    filter.u.DeviceInterface.ClassGuid = GUID_DEVINTERFACE_TARGET;\n" \
	"    CM_Register_Notification(&filter, context, OnInterfaceChange, &notification);\n" \
	"    ULONG len = 0;\n" \
	"    CM_Get_Device_Interface_List_SizeW(&len, (LPGUID)&GUID_DEVINTERFACE_TARGET, NULL, CM_GET_DEVICE_INTERFACE_LIST_PRESENT);\n" \
	"    PWSTR list = calloc(len, sizeof(WCHAR));\n" \
	"    CM_Get_Device_Interface_ListW((LPGUID)&GUID_DEVINTERFACE_TARGET, NULL, list, len, CM_GET_DEVICE_INTERFACE_LIST_PRESENT);\n" \
	"    HANDLE h = CreateFileW(list /* first interface path */, GENERIC_READ | GENERIC_WRITE, 0, NULL, OPEN_EXISTING, 0, NULL);\n" \
	"The driver publishes the interface (IoRegisterDeviceInterface / WdfDeviceCreateDeviceInterface)."

#define KERNEL_IFACE_NOTIFY \
	"Do not take a one-time snapshot of interfaces: register for interface arrival with the existing ones replayed, and react in the callback:\n" \
	"    NTSTATUS status = IoRegisterPlugPlayNotification(EventCategoryDeviceInterfaceChange,\n" \
	"                                            PNPNOTIFY_DEVICE_INTERFACE_INCLUDE_EXISTING_INTERFACES,\n" \
	"                                            (PVOID)&InterfaceClassGuid, DriverObject,\n" \
	"                                            OnInterfaceChange, context, &notificationEntry);\n" \
	"    /* unload: IoUnregisterPlugPlayNotificationEx(notificationEntry); */"

#define USER_FILTER_PRESENT \
	"List only devices that are present, and register for arrivals before listing:\n" \
	"    ULONG len = 0;\n" \
	"    WCHAR buffer[4096];\n" \
	"    PCWSTR filter = L\"{4d36e96c-e325-11ce-bfc1-08002be10318}\"; /* the class GUID string */\n" \
	"    CM_Get_Device_ID_List_SizeW(&len, filter, CM_GETIDLIST_FILTER_CLASS | CM_GETIDLIST_FILTER_PRESENT);\n" \
	"    CM_Get_Device_ID_ListW(filter, buffer, ARRAYSIZE(buffer), CM_GETIDLIST_FILTER_CLASS | CM_GETIDLIST_FILTER_PRESENT);\n" \
	"    /* interfaces: CM_Get_Device_Interface_ListW(&guid, NULL, buffer, ARRAYSIZE(buffer), CM_GET_DEVICE_INTERFACE_LIST_PRESENT); */\n" \
	"    /* arrivals: CM_Register_Notification(&filter, context, callback, &notification); */"

/* KMDF code reaches WDM-only routines through the WDM driver object. */
#define KMDF_DRIVER_OBJECT \
	"KMDF: take the WDM driver object from the framework first:\n" \
	"    PDRIVER_OBJECT DriverObject = WdfDriverWdmGetDriverObject(WdfGetDriver());\n"

static const struct template templates[] = {
	{ P_PARAMS_READ, ENV_WDM, 17134, "Windows 10 1803 (17134)", WDM_PARAMS_READ, WDM_PARAMS_READ_DOWNLEVEL },
	{ P_PARAMS_READ, ENV_KMDF, 0, "KMDF 1.0", WDF_PARAMS_READ, NULL },
	{ P_PARAMS_READ, ENV_UMDF, 0, "UMDF 2.0", WDF_PARAMS_READ, NULL },
	{ P_PARAMS_READ, ENV_SERVICE, 19041, "Windows 10 2004 (19041)", SVC_PARAMS_READ, NULL },
	{ P_PARAMS_READ, ENV_APP, 0, NULL, APP_DEVICE_KEY, NULL },
	{ P_STATE_WRITE, ENV_WDM, 17134, "Windows 10 1803 (17134)", WDM_STATE_WRITE, WDM_STATE_WRITE_DOWNLEVEL },
	{ P_STATE_WRITE, ENV_KMDF, 17134, "Windows 10 1803 (17134), KMDF 1.25", KMDF_STATE_WRITE, KMDF_STATE_WRITE_DOWNLEVEL },
	{ P_STATE_WRITE, ENV_UMDF, 17134, "Windows 10 1803 (17134), UMDF 2.25", KMDF_STATE_WRITE, KMDF_STATE_WRITE_DOWNLEVEL },
	{ P_STATE_WRITE, ENV_SERVICE, 19041, "Windows 10 2004 (19041)", SVC_STATE_WRITE, NULL },
	{ P_STATE_WRITE, ENV_APP, 0, NULL, APP_DEVICE_KEY, NULL },
	{ P_DEVICE_KEY, ENV_WDM, 0, "Windows 2000", WDM_DEVICE_KEY, NULL },
	{ P_DEVICE_KEY, ENV_KMDF, 0, "KMDF 1.0", WDF_DEVICE_KEY, NULL },
	{ P_DEVICE_KEY, ENV_UMDF, 0, "UMDF 2.0", WDF_DEVICE_KEY, NULL },
	{ P_DEVICE_KEY, ENV_SERVICE, 0, "Windows 2000", APP_DEVICE_KEY, NULL },
	{ P_DEVICE_KEY, ENV_APP, 0, "Windows 2000", APP_DEVICE_KEY, NULL },
	{ P_INTERFACE_KEY, ENV_WDM, 0, "Windows 2000", KERNEL_IFACE_KEY, NULL },
	{ P_INTERFACE_KEY, ENV_KMDF, 0, "Windows 2000", KERNEL_IFACE_KEY, NULL },
	{ P_INTERFACE_KEY, ENV_UMDF, 0, "Windows Vista", USER_IFACE_KEY, NULL },
	{ P_INTERFACE_KEY, ENV_SERVICE, 0, "Windows Vista", USER_IFACE_KEY, NULL },
	{ P_INTERFACE_KEY, ENV_APP, 0, "Windows Vista", USER_IFACE_KEY, NULL },
	{ P_OTHER_DRIVER_KEY, ENV_WDM, 0, NULL, KERNEL_OTHER_DRIVER, NULL },
	{ P_OTHER_DRIVER_KEY, ENV_KMDF, 0, NULL, KERNEL_OTHER_DRIVER, NULL },
	{ P_OTHER_DRIVER_KEY, ENV_UMDF, 0, NULL, USER_OTHER_DRIVER, NULL },
	{ P_OTHER_DRIVER_KEY, ENV_SERVICE, 0, NULL, USER_OTHER_DRIVER, NULL },
	{ P_OTHER_DRIVER_KEY, ENV_APP, 0, NULL, USER_OTHER_DRIVER, NULL },
	{ P_OS_KEY, ENV__COUNT, 0, NULL, OS_KEY, NULL },
	{ P_DEVICEMAP, ENV__COUNT, 0, NULL, DEVICEMAP_TEXT, NULL },
	{ P_USER_KEY, ENV_SERVICE, 19041, "Windows 10 2004 (19041)", USER_KEY_SERVICE, NULL },
	{ P_USER_KEY, ENV_WDM, 17134, "Windows 10 1803 (17134)", USER_KEY_KERNEL, NULL },
	{ P_USER_KEY, ENV_KMDF, 17134, "Windows 10 1803 (17134)", USER_KEY_KERNEL, NULL },
	{ P_USER_KEY, ENV__COUNT, 19041, "Windows 10 2004 (19041)", USER_KEY_SERVICE, NULL },
	{ P_DRIVER_IMAGE, ENV_WDM, 17134, "Windows 10 1803 (17134)", WDM_IMAGE, WDM_IMAGE_DOWNLEVEL },
	{ P_DRIVER_IMAGE, ENV_KMDF, 17134, "Windows 10 1803 (17134)", KMDF_IMAGE, KMDF_IMAGE_DOWNLEVEL },
	{ P_DRIVER_IMAGE, ENV__COUNT, 0, NULL, USER_IMAGE, NULL },
	{ P_FILE_STATE, ENV_WDM, 17134, "Windows 10 1803 (17134)", KERNEL_FILE_STATE, KERNEL_FILE_STATE_DOWNLEVEL },
	{ P_FILE_STATE, ENV_KMDF, 17134, "Windows 10 1803 (17134)", KMDF_DRIVER_OBJECT KERNEL_FILE_STATE,
	  KMDF_DRIVER_OBJECT KERNEL_FILE_STATE_DOWNLEVEL },
	{ P_FILE_STATE, ENV_UMDF, 17763, "Windows 10 1809 (17763), UMDF 2.27", UMDF_FILE_STATE, APP_FILE_STATE },
	{ P_FILE_STATE, ENV_SERVICE, 19041, "Windows 10 2004 (19041)", SVC_FILE_STATE, APP_FILE_STATE },
	{ P_FILE_STATE, ENV_APP, 0, NULL, APP_FILE_STATE, NULL },
	{ P_SERVICE_INSTALL, ENV__COUNT, 0, "Windows 10 1709 (16299) for run-from-driver-store", SVC_INSTALL_TEXT, NULL },
	{ P_DEVICE_INTERFACE, ENV_WDM, 0, "Windows 2000", KERNEL_DEVICE_INTERFACE, NULL },
	{ P_DEVICE_INTERFACE, ENV_KMDF, 0, "Windows 2000", KMDF_DRIVER_OBJECT KERNEL_DEVICE_INTERFACE, NULL },
	{ P_DEVICE_INTERFACE, ENV__COUNT, 0, "Windows 8 (CM_Register_Notification)", USER_DEVICE_INTERFACE, NULL },
	{ P_IFACE_NOTIFY, ENV_WDM, 0, "Windows 2000", KERNEL_IFACE_NOTIFY, NULL },
	{ P_IFACE_NOTIFY, ENV_KMDF, 0, "Windows 2000", KMDF_DRIVER_OBJECT KERNEL_IFACE_NOTIFY, NULL },
	{ P_IFACE_NOTIFY, ENV__COUNT, 0, "Windows 8 (CM_Register_Notification)", USER_FILTER_PRESENT, NULL },
	{ P_FILTER_PRESENT, ENV__COUNT, 0, "Windows 7 (CM_GETIDLIST_FILTER_PRESENT)", USER_FILTER_PRESENT, NULL },
};

/* Exact environment first, then the ENV__COUNT wildcard row. */
static const struct template *find(enum proposal_kind k, enum env e)
{
	const struct template *any = NULL;
	for (size_t i = 0; i < sizeof(templates) / sizeof(templates[0]); i++) {
		if (templates[i].kind != k)
			continue;
		if (templates[i].env == e)
			return &templates[i];
		if (templates[i].env == ENV__COUNT && !any)
			any = &templates[i];
	}
	return any;
}

char *proposal_text(enum proposal_kind k, enum env e, int target_build, const char *company)
{
	const struct template *t = find(k, e);
	if (!t)
		return NULL;
	const char *text = t->text;
	if (t->downlevel && target_build > 0 && t->floor && target_build < t->floor)
		text = t->downlevel;
	const char *who = company && *company ? company : "<Company>";
	struct strbuf sb = STRBUF_INIT;
	for (const char *p = text; *p;) {
		if (!strncmp(p, "{COMPANY}", 9)) {
			strbuf_addstr(&sb, who);
			p += 9;
		} else {
			strbuf_addch(&sb, *p++);
		}
	}
	return strbuf_detach(&sb, NULL);
}

const char *proposal_min_os(enum proposal_kind k, enum env e)
{
	const struct template *t = find(k, e);
	return t ? t->min_os : NULL;
}
