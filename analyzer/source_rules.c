#include "analyzer/source_rules.h"
#include "analyzer/rules/rules.h"
#include "core/rule_info.h"
#include "core/strbuf.h"
#include "core/util.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* ------------------------------------------------------------- rule table */

#define DOC_ISOLATION "https://learn.microsoft.com/windows-hardware/drivers/develop/driver-isolation"

static const struct rule_info source_rules[] = {
	{ "registry-absolute", "source", SEV_ERROR, 0,
	  "Registry key opened by absolute path (\\Registry\\Machine\\..., HKLM\\SYSTEM\\..., or DriverEntry's RegistryPath)",
	  "The code opens a registry key by a fixed path (ZwOpenKey/ZwCreateKey/NtOpenKey with a NULL root, "
	  "RtlQueryRegistryValues/RtlWriteRegistryValue with RTL_REGISTRY_ABSOLUTE, WdfRegistryOpenKey with a NULL "
	  "parent, RegOpenKeyEx/RegCreateKeyEx/RegSetKeyValue on HKEY_LOCAL_MACHINE), or opens the service key named "
	  "by DriverEntry's RegistryPath. Driver package isolation forbids absolute registry paths: the driver must use "
	  "the handles the system hands out (Parameters, persistent state, device keys), whose location may change. "
	  "Driver Verifier's isolation checks (verifier /rc 33 36) report these. driso follows the path through macros, "
	  "globals, UNICODE_STRING set-up, string building and helper functions, and classifies what is reached.",
	  "WDM before:\n    RtlQueryRegistryValues(RTL_REGISTRY_ABSOLUTE, RegistryPath->Buffer, table, NULL, NULL);\n"
	  "WDM after:\n    IoOpenDriverRegistryKey(DriverObject, DriverRegKeyParameters, KEY_READ, 0, &h);\n"
	  "    RtlQueryRegistryValues(RTL_REGISTRY_HANDLE, (PCWSTR)h, table, NULL, NULL); ZwClose(h);\n"
	  "KMDF before:\n    WdfRegistryOpenKey(NULL, &absolutePath, KEY_READ, WDF_NO_OBJECT_ATTRIBUTES, &key);\n"
	  "KMDF/UMDF after:\n    WdfDriverOpenParametersRegistryKey(WdfGetDriver(), KEY_READ, WDF_NO_OBJECT_ATTRIBUTES, &key);\n"
	  "Service before:\n    RegOpenKeyExW(HKEY_LOCAL_MACHINE, L\"SYSTEM\\\\CurrentControlSet\\\\Services\\\\MySvc\\\\Parameters\", 0, KEY_READ, &hk);\n"
	  "Service after:\n    GetServiceRegistryStateKey(hServiceStatus, ServiceRegistryStateParameters, KEY_READ, &hk);\n"
	  "App before:\n    RegOpenKeyExW(HKEY_LOCAL_MACHINE, L\"SYSTEM\\\\CurrentControlSet\\\\Enum\\\\...\", ...);\n"
	  "App after:\n    CM_Open_DevNode_Key(devinst, KEY_READ, 0, RegDisposition_OpenExisting, &hk, CM_REGISTRY_HARDWARE);\n"
	  "INF: move the default values to HKR,Parameters in the service-install section's AddReg.",
	  "Windows 10 1803 (17134) for IoOpenDriverRegistryKey; KMDF 1.0 / UMDF 2.0 for WdfDriverOpenParametersRegistryKey",
	  DOC_ISOLATION },
	{ "registry-relative-root", "source", SEV_ERROR, 0,
	  "Rtl*Registry* call relative to a global root (RTL_REGISTRY_SERVICES, _CONTROL, _WINDOWS_NT, _USER, DEVICEMAP writes)",
	  "RtlQueryRegistryValues, RtlWriteRegistryValue, RtlDeleteRegistryValue, RtlCheckRegistryKey and "
	  "RtlCreateRegistryKey with RelativeTo RTL_REGISTRY_SERVICES, _CONTROL, _WINDOWS_NT or _USER address a fixed "
	  "place in the registry just like an absolute path. Reads under RTL_REGISTRY_DEVICEMAP are tolerated and "
	  "serial drivers must write the HARDWARE\\DEVICEMAP\\SERIALCOMM value; other DEVICEMAP writes are reported "
	  "(KMDF's way is WdfDeviceOpenDevicemapKey). RTL_REGISTRY_HANDLE with a handle from an isolation API is fine.",
	  "WDM before:\n    RtlWriteRegistryValue(RTL_REGISTRY_SERVICES, L\"MyDrv\\\\Parameters\", L\"Count\", REG_DWORD, &n, sizeof(n));\n"
	  "WDM after:\n    IoOpenDriverRegistryKey(DriverObject, DriverRegKeyPersistentState, KEY_WRITE, 0, &h);\n"
	  "    RtlWriteRegistryValue(RTL_REGISTRY_HANDLE, (PCWSTR)h, L\"Count\", REG_DWORD, &n, sizeof(n)); ZwClose(h);\n"
	  "KMDF after:\n    WdfDriverOpenPersistentStateRegistryKey(WdfGetDriver(), KEY_SET_VALUE, WDF_NO_OBJECT_ATTRIBUTES, &key);\n"
	  "    WdfRegistryAssignULong(key, &name, n);",
	  "Windows 10 1803 (17134)", DOC_ISOLATION },
	{ "params-write", "source", SEV_WARNING, 0,
	  "Run-time write into the service's immutable Parameters key",
	  "The Parameters key is written by the INF at install time and is read-only for the driver at run time under "
	  "driver package isolation. Writes through a handle that leads there (ZwSetValueKey, RtlWriteRegistryValue "
	  "with RTL_REGISTRY_HANDLE, WdfRegistryAssign*, RegSetValueEx, creating subkeys), or opening it with write "
	  "access, are reported. Runtime state belongs in the persistent-state key.",
	  "WDM before:\n    IoOpenDriverRegistryKey(DriverObject, DriverRegKeyParameters, KEY_WRITE, 0, &h); ZwSetValueKey(h, ...);\n"
	  "WDM after:\n    IoOpenDriverRegistryKey(DriverObject, DriverRegKeyPersistentState, KEY_WRITE, 0, &h); ZwSetValueKey(h, ...);\n"
	  "KMDF/UMDF before:\n    WdfDriverOpenParametersRegistryKey(drv, KEY_WRITE, ...); WdfRegistryAssignULong(key, ...);\n"
	  "KMDF/UMDF after:\n    WdfDriverOpenPersistentStateRegistryKey(drv, KEY_SET_VALUE, WDF_NO_OBJECT_ATTRIBUTES, &key); WdfRegistryAssignULong(key, ...);\n"
	  "Service after:\n    GetServiceRegistryStateKey(hStatus, ServiceRegistryStatePersistent, KEY_SET_VALUE, &hk);",
	  "Windows 10 1803 (17134); KMDF 1.25 / UMDF 2.25; services Windows 10 2004 (19041)", DOC_ISOLATION },
	{ "driver-path", "source", SEV_ERROR, 0,
	  "Hardcoded System32\\drivers / \\SystemRoot\\ path for the driver's own files or image",
	  "Isolated packages run from the driver store (INF DIRID 13), never from System32\\drivers. The code opens or "
	  "copies a file under System32\\drivers, \\SystemRoot\\, %windir% or GetSystemDirectory()+\\drivers, or creates a "
	  "service whose ImagePath points there. Find the package's own files relative to the driver's image directory.",
	  "WDM before:\n    RtlInitUnicodeString(&name, L\"\\\\SystemRoot\\\\System32\\\\drivers\\\\fw.bin\");\n"
	  "WDM after (1803+):\n    IoGetDriverDirectory(DriverObject, DriverDirectoryImage, 0, &dir); /* open L\"fw.bin\" relative to dir */\n"
	  "Down-level:\n    IoQueryFullDriverPath(DriverObject, &image) (8.1+) via MmGetSystemRoutineAddress, minus the file name.\n"
	  "UMDF/user after:\n    GetModuleHandleExW(GET_MODULE_HANDLE_EX_FLAG_FROM_ADDRESS, (LPCWSTR)&Fn, &mod); GetModuleFileNameW(mod, ...);\n"
	  "Installer before:\n    CopyFileW(src, L\"C:\\\\Windows\\\\System32\\\\drivers\\\\x.sys\", FALSE); CreateServiceW(..., L\"System32\\\\drivers\\\\x.sys\", ...);\n"
	  "Installer after:\n    an INF with ServiceBinary = %13%\\x.sys, installed with pnputil /add-driver.",
	  "Windows 10 1803 (17134) for IoGetDriverDirectory; Windows 8.1 for IoQueryFullDriverPath", DOC_ISOLATION },
	{ "file-write-global", "source", SEV_ERROR, 0,
	  "File created or written at a fixed global path (\\??\\C:\\, \\SystemRoot\\, C:\\...)",
	  "Driver package isolation keeps a package's files in directories the system hands out. The code creates or "
	  "writes a file whose name is built from constants at a fixed global place. Only constant-built names are "
	  "reported: filters that open their callers' paths are not. State goes to IoGetDriverDirectory / "
	  "IoGetDeviceDirectory (kernel), WdfDriverRetrieveDriverDataDirectoryString (UMDF), GetServiceDirectory "
	  "(services); logs others read go to \\DriverData\\<Company>\\ or %ProgramData%\\<Company>\\.",
	  "Kernel before:\n    RtlInitUnicodeString(&name, L\"\\\\??\\\\C:\\\\mydrv.log\"); ZwCreateFile(..., FILE_OVERWRITE_IF, ...);\n"
	  "Kernel after:\n    RtlInitUnicodeString(&name, L\"\\\\DriverData\\\\Contoso\\\\mydrv.log\");\n"
	  "    or IoGetDriverDirectory(DriverObject, DriverDirectoryData, 0, &dir) and a name relative to dir.\n"
	  "Service after:\n    GetServiceDirectory(hStatus, ServiceDirectoryPersistentState, buf, cch, &needed);\n"
	  "App after:\n    SHGetKnownFolderPath(&FOLDERID_ProgramData, 0, NULL, &p) + L\"\\\\Contoso\\\\...\"",
	  "Windows 10 1803 (17134)", DOC_ISOLATION },
	{ "device-name", "source", SEV_WARNING, 0,
	  "Another driver's device opened by a hardcoded name (\\Device\\X, \\DosDevices\\X, \\\\.\\X)",
	  "Isolated packages reach other drivers through device interfaces, not fixed device object names. "
	  "IoGetDeviceObjectPointer, ZwCreateFile, IoAttachDevice, WDF open-by-name I/O targets and CreateFile on a "
	  "constant \\Device\\, \\DosDevices\\, \\??\\ or \\\\.\\ name are reported unless the package creates that name "
	  "itself (IoCreateDevice, IoCreateSymbolicLink, WdfDeviceInitAssignName, WdfDeviceCreateSymbolicLink).",
	  "Kernel before:\n    RtlInitUnicodeString(&name, L\"\\\\Device\\\\OtherDev\"); IoGetDeviceObjectPointer(&name, ...);\n"
	  "Kernel after:\n    IoRegisterPlugPlayNotification(EventCategoryDeviceInterfaceChange,\n"
	  "        PNPNOTIFY_DEVICE_INTERFACE_INCLUDE_EXISTING_INTERFACES, &GUID_DEVINTERFACE_OTHER, DriverObject, cb, ctx, &entry);\n"
	  "    /* cb: IoGetDeviceObjectPointer(notification->SymbolicLinkName, ...) */\n"
	  "User before:\n    CreateFileW(L\"\\\\\\\\.\\\\OtherDev\", ...);\n"
	  "User after:\n    CM_Register_Notification(...); CM_Get_Device_Interface_ListW(&GUID_DEVINTERFACE_OTHER, NULL, buf, len,\n"
	  "        CM_GET_DEVICE_INTERFACE_LIST_PRESENT); CreateFileW(buf, ...);",
	  "Windows 2000 (kernel); Windows 8 (CM_Register_Notification)", DOC_ISOLATION },
	{ "interface-discovery", "source", SEV_WARNING, 0,
	  "Device interface or device list taken as a snapshot, or including devices that are not present",
	  "IoGetDeviceInterfaces in a component that never registers IoRegisterPlugPlayNotification for that class "
	  "misses devices that arrive later; CM_Get_Device_ID_List(_Size) without CM_GETIDLIST_FILTER_PRESENT and "
	  "CM_Get_Device_Interface_List(_Size) with CM_GET_DEVICE_INTERFACE_LIST_ALL_DEVICES return devices that are "
	  "not present, whose state a package must not touch.",
	  "Kernel before:\n    IoGetDeviceInterfaces(&GUID_X, NULL, 0, &list);\n"
	  "Kernel after:\n    IoRegisterPlugPlayNotification(EventCategoryDeviceInterfaceChange,\n"
	  "        PNPNOTIFY_DEVICE_INTERFACE_INCLUDE_EXISTING_INTERFACES, &GUID_X, DriverObject, cb, ctx, &entry);\n"
	  "User before:\n    CM_Get_Device_ID_ListW(filter, buf, len, CM_GETIDLIST_FILTER_CLASS);\n"
	  "User after:\n    CM_Get_Device_ID_ListW(filter, buf, len, CM_GETIDLIST_FILTER_CLASS | CM_GETIDLIST_FILTER_PRESENT);",
	  "Windows 7 (CM_GETIDLIST_FILTER_PRESENT)", DOC_ISOLATION },
};

const struct rule_table source_rule_table = { source_rules, sizeof(source_rules) / sizeof(source_rules[0]) };

/* ------------------------------------------------------------- file cache */

struct cached_file {
	char *path;
	char *data;
	size_t len;
	size_t *lines;
	size_t n_lines;
};

struct sr_file_cache {
	struct cached_file *v;
	size_t n, alloc;
};

static const struct cached_file *cache_get(struct sr_file_cache *fc, const char *path)
{
	for (size_t i = 0; i < fc->n; i++)
		if (!strcmp(fc->v[i].path, path))
			return &fc->v[i];
	ALLOC_GROW(fc->v, fc->n + 1, fc->alloc);
	struct cached_file *f = &fc->v[fc->n++];
	memset(f, 0, sizeof(*f));
	f->path = xstrdup(path);
	if (read_file(path, &f->data, &f->len) != 0) {
		f->data = NULL;
		f->len = 0;
		return f;
	}
	size_t alloc = 0;
	ALLOC_GROW(f->lines, 1, alloc);
	f->lines[f->n_lines++] = 0;
	for (size_t i = 0; i < f->len; i++)
		if (f->data[i] == '\n') {
			ALLOC_GROW(f->lines, f->n_lines + 1, alloc);
			f->lines[f->n_lines++] = i + 1;
		}
	return f;
}

static char *line_text(struct sr_file_cache *fc, const char *path, int line)
{
	if (!path || line < 1)
		return xstrdup("");
	const struct cached_file *f = cache_get(fc, path);
	if (!f->data || (size_t)line > f->n_lines)
		return xstrdup("");
	size_t s = f->lines[line - 1], e = s;
	while (e < f->len && f->data[e] != '\n' && f->data[e] != '\r')
		e++;
	return xstrndup(f->data + s, e - s);
}

/* Is `line` inside an `#if 0` branch? Calls the front end rebuilt from tokens
 * (fcall.recovered) can come from inactive code; `#if 0` is the form that
 * matters in practice ("test code"), and it needs no macro knowledge. */
static bool in_if0(struct sr_file_cache *fc, const char *path, int line)
{
	const struct cached_file *f = cache_get(fc, path);
	if (!f->data)
		return false;
	int depth = 0, dead_at = 0;   /* dead_at: nesting level of the open #if 0, 0 = none */
	for (size_t l = 0; l < f->n_lines && (int)l + 1 < line; l++) {
		const char *p = f->data + f->lines[l];
		while (*p == ' ' || *p == '\t')
			p++;
		if (*p != '#')
			continue;
		p++;
		while (*p == ' ' || *p == '\t')
			p++;
		if (!strncmp(p, "if", 2)) {
			depth++;
			const char *q = p + 2;
			if (!dead_at && (*q == ' ' || *q == '\t')) {
				while (*q == ' ' || *q == '\t')
					q++;
				if (*q == '0' && !isalnum((unsigned char)q[1]))
					dead_at = depth;
			}
		} else if (!strncmp(p, "else", 4) || !strncmp(p, "elif", 4)) {
			if (dead_at == depth)
				dead_at = 0;
		} else if (!strncmp(p, "endif", 5)) {
			if (dead_at == depth)
				dead_at = 0;
			if (depth)
				depth--;
		}
	}
	return dead_at != 0;
}

static void cache_free(struct sr_file_cache *fc)
{
	for (size_t i = 0; i < fc->n; i++) {
		free(fc->v[i].path);
		free(fc->v[i].data);
		free(fc->v[i].lines);
	}
	free(fc->v);
}

/* --------------------------------------------------------- classification */

static const char *reg_class_names[] = {
	[RC_UNKNOWN] = "registry-key",
	[RC_OWN_SERVICE] = "own-service-key",
	[RC_OWN_PARAMS] = "own-service-parameters",
	[RC_SERVICE] = "service-key",
	[RC_OTHER_SERVICE] = "another-driver-key",
	[RC_DEVICE_HW] = "device-hardware-key",
	[RC_DEVICE_SW] = "device-software-key",
	[RC_DEVICE_IFACE] = "device-interface-key",
	[RC_HARDWARE] = "os-hardware-key",
	[RC_DEVICEMAP_SERIALCOMM] = "devicemap-serialcomm",
	[RC_DEVICEMAP] = "devicemap-key",
	[RC_OS_CONTROL] = "os-owned-key",
	[RC_OS_SOFTWARE] = "os-owned-key",
	[RC_UMDF_PARAMS] = "own-service-parameters",
	[RC_SOFTWARE_VENDOR] = "global-software-key",
	[RC_MACHINE_OTHER] = "global-machine-key",
	[RC_USER_CURRENT] = "user-key",
	[RC_USER_OTHER] = "user-key",
};

const char *sr_reg_class_name(enum reg_class c)
{
	return (unsigned)c < sizeof(reg_class_names) / sizeof(reg_class_names[0]) ? reg_class_names[c] : "registry-key";
}

/* Consume `comp` (case-insensitive) followed by '\' or end; advance *p. */
static bool eat(const char **p, const char *comp)
{
	size_t n = strlen(comp);
	if (strncasecmp(*p, comp, n) || ((*p)[n] && (*p)[n] != '\\'))
		return false;
	*p += n;
	if (**p == '\\')
		(*p)++;
	return true;
}

static bool eat_controlset(const char **p)
{
	if (eat(p, "CurrentControlSet"))
		return true;
	if (!strncasecmp(*p, "ControlSet", 10) && isdigit((unsigned char)(*p)[10])) {
		const char *q = *p + 10;
		while (isdigit((unsigned char)*q))
			q++;
		if (*q == '\\' || !*q) {
			*p = *q ? q + 1 : q;
			return true;
		}
	}
	return false;
}

static void component(const char *p, char *out, size_t n)
{
	size_t i = 0;
	while (p[i] && p[i] != '\\' && i + 1 < n) {
		out[i] = p[i];
		i++;
	}
	out[i] = '\0';
}

void sr_classify_registry(const char *path, const char *own, struct reg_path_info *out)
{
	memset(out, 0, sizeof(*out));
	const char *p = path;
	if (!p)
		return;
	while (*p == '\\')
		p++;
	if (!eat(&p, "Registry"))
		return;
	if (eat(&p, "User")) {
		out->cls = (!strncasecmp(p, "CurrentUser", 11)) ? RC_USER_CURRENT : RC_USER_OTHER;
		return;
	}
	if (!eat(&p, "Machine"))
		return;
	out->cls = RC_MACHINE_OTHER;
	if (eat(&p, "HARDWARE")) {
		if (eat(&p, "DEVICEMAP"))
			out->cls = eat(&p, "SERIALCOMM") ? RC_DEVICEMAP_SERIALCOMM : RC_DEVICEMAP;
		else
			out->cls = RC_HARDWARE;
		return;
	}
	if (eat(&p, "Software")) {
		if (eat(&p, "Microsoft")) {
			const char *q = p;
			if (eat(&q, "Windows NT") && eat(&q, "CurrentVersion") && eat(&q, "WUDF") && eat(&q, "Services")) {
				out->cls = RC_UMDF_PARAMS;
				component(q, out->service, sizeof(out->service));
				return;
			}
			out->cls = RC_OS_SOFTWARE;
			return;
		}
		if (eat(&p, "Classes") || eat(&p, "Policies") || eat(&p, "WOW6432Node")) {
			out->cls = RC_OS_SOFTWARE;
			return;
		}
		out->cls = *p && *p != VT_WILD ? RC_SOFTWARE_VENDOR : RC_MACHINE_OTHER;
		return;
	}
	if (!eat(&p, "System") || !eat_controlset(&p))
		return;
	if (eat(&p, "Services")) {
		if (*p == VT_SERVICE) {
			p++;
			if (*p == '\\')
				p++;
			out->cls = eat(&p, "Parameters") ? RC_OWN_PARAMS : RC_OWN_SERVICE;
			return;
		}
		if (!*p)
			return;   /* the Services root itself */
		if (*p == VT_WILD) {
			/* a service named at run time: still somebody's service key */
			snprintf(out->service, sizeof(out->service), "*");
			out->cls = RC_SERVICE;
			return;
		}
		if (eat(&(const char *){ p }, "EventLog")) {
			out->cls = RC_OS_CONTROL;   /* event source registration: the EventLog service's key */
			return;
		}
		component(p, out->service, sizeof(out->service));
		if (strchr(out->service, VT_WILD)) {
			out->cls = RC_UNKNOWN;
			return;
		}
		p += strlen(out->service);
		if (*p == '\\')
			p++;
		/* binary names often differ from service names (msdsm.sys, service
		 * MSDSM; serenum vs Serenum): only an equal name is proof of "own" */
		size_t own_len = own ? strcspn(own, ".") : 0;
		if (own_len && own_len == strlen(out->service) && !strncasecmp(own, out->service, own_len))
			out->cls = eat(&p, "Parameters") ? RC_OWN_PARAMS : RC_OWN_SERVICE;
		else if (own_len)
			out->cls = RC_SERVICE;
		else
			out->cls = eat(&p, "Parameters") ? RC_OWN_PARAMS : RC_SERVICE;
		return;
	}
	if (eat(&p, "Enum")) {
		out->cls = RC_DEVICE_HW;
		return;
	}
	if (eat(&p, "Control")) {
		if (eat(&p, "Class"))
			out->cls = RC_DEVICE_SW;
		else if (eat(&p, "DeviceClasses"))
			out->cls = RC_DEVICE_IFACE;
		else
			out->cls = RC_OS_CONTROL;
		return;
	}
	out->cls = RC_OS_CONTROL;
}

bool sr_judge_registry(const struct reg_path_info *ri, bool write, enum env e, bool user_root, struct reg_verdict *out)
{
	/* a UMDF driver is held to the driver rules; apps and services get notes */
	bool kernel = e == ENV_WDM || e == ENV_KMDF || e == ENV_UMDF;
	bool user = !kernel;
	const char *rw = write ? "write" : "read";
	memset(out, 0, sizeof(*out));
	out->sev = SEV_ERROR;
	switch (ri->cls) {
	case RC_OWN_SERVICE:
	case RC_OWN_PARAMS:
	case RC_UMDF_PARAMS:
	case RC_SERVICE:
		snprintf(out->target, sizeof(out->target), "%s-%s",
			 ri->cls == RC_OWN_SERVICE ? "own-service-key" : ri->cls == RC_SERVICE ? "service-key" : "own-service-parameters", rw);
		out->pk = write ? P_STATE_WRITE : P_PARAMS_READ;
		out->what = ri->cls == RC_SERVICE ? "a driver's service key" : ri->cls == RC_OWN_SERVICE ? "the driver's own service key" : "the driver's own Parameters key";
		if (e == ENV_APP)
			out->what = "a driver's service key";
		return true;
	case RC_OTHER_SERVICE:
		snprintf(out->target, sizeof(out->target), "another-driver-key-%s", rw);
		out->pk = P_OTHER_DRIVER_KEY;
		out->what = "another driver's service key";
		return true;
	case RC_DEVICE_HW:
	case RC_DEVICE_SW:
		snprintf(out->target, sizeof(out->target), "%s-%s", ri->cls == RC_DEVICE_HW ? "device-hardware-key" : "device-software-key", rw);
		out->pk = P_DEVICE_KEY;
		out->what = ri->cls == RC_DEVICE_HW ? "a device's hardware key under Enum" : "a device's software key under Control\\Class";
		return true;
	case RC_DEVICE_IFACE:
		snprintf(out->target, sizeof(out->target), "device-interface-key-%s", rw);
		out->pk = P_INTERFACE_KEY;
		out->what = "a device interface key under Control\\DeviceClasses";
		return true;
	case RC_HARDWARE:
		if (!write)
			return false;
		out->sev = SEV_WARNING;
		snprintf(out->target, sizeof(out->target), "os-owned-key-write");
		out->pk = P_OS_KEY;
		out->what = "the OS-owned HARDWARE key";
		return true;
	case RC_DEVICEMAP_SERIALCOMM:
		return false;
	case RC_DEVICEMAP:
		if (!write)
			return false;
		out->sev = SEV_WARNING;
		snprintf(out->target, sizeof(out->target), "devicemap-write");
		out->pk = P_DEVICEMAP;
		out->what = "HARDWARE\\DEVICEMAP (only SERIALCOMM is expected)";
		return true;
	case RC_OS_CONTROL:
	case RC_OS_SOFTWARE:
		if (!write && user)
			return false;
		out->sev = write ? (kernel ? SEV_ERROR : SEV_WARNING) : SEV_NOTE;
		snprintf(out->target, sizeof(out->target), "os-owned-key-%s", rw);
		out->pk = P_OS_KEY;
		out->what = "an OS-owned key";
		return true;
	case RC_SOFTWARE_VENDOR:
	case RC_MACHINE_OTHER:
		out->sev = kernel ? (write ? SEV_ERROR : SEV_WARNING) : (write ? SEV_WARNING : SEV_NOTE);
		snprintf(out->target, sizeof(out->target), "global-machine-key-%s", rw);
		out->pk = write ? P_STATE_WRITE : P_PARAMS_READ;
		out->what = "a global key under HKLM";
		return true;
	case RC_USER_CURRENT:
	case RC_USER_OTHER:
		if (e == ENV_APP && ri->cls == RC_USER_CURRENT)
			return false;
		out->sev = kernel ? SEV_WARNING : SEV_NOTE;
		snprintf(out->target, sizeof(out->target), "user-key-%s", rw);
		out->pk = P_USER_KEY;
		out->what = "a user hive";
		return true;
	case RC_UNKNOWN:
		out->sev = SEV_WARNING;
		snprintf(out->target, sizeof(out->target), "registry-key-%s", rw);
		out->pk = write ? P_STATE_WRITE : P_PARAMS_READ;
		out->what = "a fixed registry path";
		(void)user_root;
		return true;
	}
	return false;
}

static bool is_drive(const char *p)
{
	return isalpha((unsigned char)p[0]) && p[1] == ':' && (p[2] == '\\' || p[2] == '/' || !p[2]);
}

/* Environment-variable roots people spell in paths. */
static const struct {
	const char *prefix;
	enum path_class cls;
} env_roots[] = {
	{ "%DriverData%", PC_ALLOWED }, { "%ProgramData%", PC_ALLOWED }, { "%TEMP%", PC_ALLOWED },
	{ "%TMP%", PC_ALLOWED }, { "%LOCALAPPDATA%", PC_ALLOWED }, { "%APPDATA%", PC_ALLOWED },
	{ "%USERPROFILE%", PC_ALLOWED }, { "%ALLUSERSPROFILE%", PC_ALLOWED },
	{ "%windir%", PC_GLOBAL_FILE }, { "%SystemRoot%", PC_GLOBAL_FILE }, { "%SystemDrive%", PC_GLOBAL_FILE },
	{ "%ProgramFiles%", PC_GLOBAL_FILE }, { "%CommonProgramFiles%", PC_GLOBAL_FILE },
};

static bool has_drivers_dir(const char *p)
{
	return str_icontains(p, "system32\\drivers\\") || str_iends_with(p, "system32\\drivers") ||
	       str_icontains(p, "system32/drivers/") || str_icontains(p, "SysWOW64\\drivers\\") ||
	       str_istarts_with(p, "drivers\\");
}

enum path_class sr_classify_path(const char *text)
{
	if (!text || !*text)
		return PC_UNKNOWN;
	if (text[0] == VT_ISOLATED)
		return PC_ISOLATED;
	if (text[0] == VT_WILD)
		return PC_UNKNOWN;
	char *pre = vt_known_prefix(text);
	const char *p = pre;
	enum path_class r = PC_RELATIVE;
	if (str_istarts_with(p, "\\SystemRoot\\") || !strcasecmp(p, "\\SystemRoot")) {
		r = has_drivers_dir(p) ? PC_DRIVER_DIR : PC_GLOBAL_FILE;
	} else if (str_istarts_with(p, "\\DriverData\\")) {
		r = PC_ALLOWED;
	} else if (str_istarts_with(p, "\\??\\") || str_istarts_with(p, "\\DosDevices\\") ||
		   str_istarts_with(p, "\\GLOBAL??\\") || str_istarts_with(p, "\\\\.\\") || str_istarts_with(p, "\\\\?\\")) {
		const char *q = strchr(p + 2, '\\');
		q = q ? q + 1 : p + strlen(p);
		if (str_istarts_with(p, "\\\\?\\") && str_istarts_with(q, "GLOBALROOT\\")) {
			r = PC_DEVICE;
		} else if (is_drive(q)) {
			r = has_drivers_dir(q) ? PC_DRIVER_DIR : PC_GLOBAL_FILE;
		} else if (str_istarts_with(q, "UNC\\") || str_istarts_with(q, "pipe\\") || str_istarts_with(q, "mailslot\\") ||
			   str_istarts_with(q, "Volume{") || str_istarts_with(q, "PhysicalDrive") ||
			   str_istarts_with(q, "GLOBALROOT")) {
			r = PC_UNKNOWN;
		} else if (*q && *q != VT_WILD) {
			r = PC_DEVICE;
		} else {
			r = PC_UNKNOWN;
		}
	} else if (str_istarts_with(p, "\\Device\\")) {
		const char *q = p + 8;
		if (str_istarts_with(q, "HarddiskVolume") || str_istarts_with(q, "Harddisk"))
			r = has_drivers_dir(q) ? PC_DRIVER_DIR : PC_GLOBAL_FILE;
		else if (str_istarts_with(q, "Mup\\") || str_istarts_with(q, "LanmanRedirector\\") ||
			 str_istarts_with(q, "NamedPipe\\") || str_istarts_with(q, "MailSlot\\") || !*q)
			r = PC_UNKNOWN;
		else
			r = PC_DEVICE;
	} else if (is_drive(p)) {
		r = has_drivers_dir(p) ? PC_DRIVER_DIR : PC_GLOBAL_FILE;
	} else if (p[0] == '%') {
		r = PC_UNKNOWN;
		for (size_t i = 0; i < sizeof(env_roots) / sizeof(env_roots[0]); i++)
			if (str_istarts_with(p, env_roots[i].prefix)) {
				r = env_roots[i].cls;
				if (r == PC_GLOBAL_FILE && has_drivers_dir(p))
					r = PC_DRIVER_DIR;
				break;
			}
	} else if (str_istarts_with(p, "System32\\drivers\\") || str_istarts_with(p, "\\System32\\drivers\\")) {
		r = PC_DRIVER_DIR;  /* ImagePath relative to %SystemRoot% */
	} else if (p[0] == '\\' && p[1] == '\\') {
		r = PC_UNKNOWN;     /* UNC share */
	}
	free(pre);
	return r;
}

char *sr_device_short_name(const char *text)
{
	if (!text)
		return NULL;
	static const char *const prefixes[] = { "\\Device\\", "\\DosDevices\\Global\\", "\\DosDevices\\", "\\??\\Global\\",
						"\\??\\", "\\GLOBAL??\\", "\\\\.\\Global\\", "\\\\.\\",
						"\\\\?\\GLOBALROOT\\Device\\", "\\BaseNamedObjects\\" };
	const char *p = NULL;
	for (size_t i = 0; i < sizeof(prefixes) / sizeof(prefixes[0]) && !p; i++)
		if (str_istarts_with(text, prefixes[i]))
			p = text + strlen(prefixes[i]);
	if (!p)
		return NULL;
	char *pre = vt_known_prefix(p);
	/* the device name itself: up to the next separator */
	char *sep = strchr(pre, '\\');
	if (sep)
		*sep = '\0';
	for (char *q = pre; *q; q++)
		*q = (char)tolower((unsigned char)*q);
	if (!*pre) {
		free(pre);
		return NULL;
	}
	return pre;
}

/* Equal, or equal up to a trailing instance number ("port" vs "port3"):
 * names built with %d match the names they were built from. */
static bool names_match(const char *o, const char *s)
{
	size_t lo = strlen(o), ls = strlen(s);
	if (!strcmp(o, s))
		return true;
	size_t m = lo < ls ? lo : ls;
	if (m < 3 || strncmp(o, s, m))
		return false;
	const char *rest = lo > ls ? o + m : s + m;
	return isdigit((unsigned char)*rest);
}

bool sr_is_own_name(const struct sr_ctx *c, const char *text)
{
	char *s = sr_device_short_name(text);
	if (!s)
		return false;
	bool own = false;
	for (size_t i = 0; i < c->n_own_names && !own; i++)
		own = names_match(c->own_names[i], s);
	free(s);
	return own;
}

/* ------------------------------------------------------------ environment */

static bool has_include(const struct tu_facts *t, const char *name)
{
	for (size_t i = 0; i < t->n_includes; i++) {
		const char *inc = t->includes[i];
		const char *b = strrchr(inc, '/');
		const char *b2 = strrchr(inc, '\\');
		if (b2 > b)
			b = b2;
		b = b ? b + 1 : inc;
		if (!strcasecmp(b, name))
			return true;
	}
	return false;
}

enum env sr_environment(const struct sr_ctx *c, size_t tu)
{
	const struct tu_config *cfg = c->cfgs ? c->cfgs[tu] : NULL;
	const struct tu_facts *t = c->tus[tu];
	bool service = false;
	for (size_t i = 0; i < t->n_funcs; i++)
		if (t->funcs[i].kind == FN_SERVICE_MAIN)
			service = true;
	for (size_t i = 0; i < t->n_calls && !service; i++)
		if (t->calls[i].callee && (!strcmp(t->calls[i].callee, "StartServiceCtrlDispatcherW") ||
					   !strcmp(t->calls[i].callee, "StartServiceCtrlDispatcherA") ||
					   !strcmp(t->calls[i].callee, "RegisterServiceCtrlHandlerExW") ||
					   !strcmp(t->calls[i].callee, "RegisterServiceCtrlHandlerW")))
			service = true;
	if (cfg && cfg->model != MODEL_UNKNOWN) {
		if (cfg->model == MODEL_USER_APP && service)
			return ENV_SERVICE;
		return env_from_model(cfg->model);
	}
	bool wdf = has_include(t, "wdf.h");
	bool kernel = (cfg && cfg->kernel) || has_include(t, "ntddk.h") || has_include(t, "wdm.h") ||
		      has_include(t, "ntifs.h") || has_include(t, "fltkernel.h");
	if (wdf)
		return kernel ? ENV_KMDF : ENV_UMDF;
	if (kernel)
		return ENV_WDM;
	return service ? ENV_SERVICE : ENV_APP;
}

int sr_target_build(const struct sr_ctx *c, size_t tu)
{
	if (c->opts && c->opts->target_build)
		return c->opts->target_build;
	return c->cfgs && c->cfgs[tu] ? c->cfgs[tu]->target_build : 0;
}

const char *sr_own_target_name(const struct sr_ctx *c, size_t tu)
{
	/* a kernel driver's binary name is its usual service name; an installer's is not */
	enum env e = sr_environment(c, tu);
	if (e != ENV_WDM && e != ENV_KMDF)
		return NULL;
	return c->cfgs && c->cfgs[tu] ? c->cfgs[tu]->target_name : NULL;
}

/* ---------------------------------------------------------------- reports */

const struct fexpr *sr_arg(const struct fcall *call, int i)
{
	if (!call || !call->expr || i < 0 || (size_t)i >= call->expr->n_kids)
		return NULL;
	return call->expr->kids[i];
}

bool sr_int_arg(struct sr_ctx *c, size_t tu, const struct fcall *call, int i, long long *out)
{
	const struct fexpr *e = sr_arg(call, i);
	if (!e)
		return false;
	struct vt_value *v = vt_eval(c->vt, tu, call->func, call->order, e);
	bool ok = v->kind == VT_INT;
	if (ok)
		*out = v->ival;
	vt_value_free(v);
	return ok;
}

static char *rel(const struct sr_ctx *c, const char *file)
{
	if (!file)
		return xstrdup("");
	if (c->opts && c->opts->root) {
		char *r = path_relative(c->opts->root, file);
		path_to_slashes(r);
		return r;
	}
	char *r = xstrdup(file);
	path_to_slashes(r);
	return r;
}

struct finding *sr_report(struct sr_ctx *c, size_t tu, const struct fcall *call, const char *rule, enum severity sev,
			  const struct vt_value *v, const char *sink, const char *target, enum proposal_kind pk,
			  const char *message_fmt, ...)
{
	if (call->recovered && in_if0(c->files, call->expr->loc.file, call->expr->loc.line))
		return NULL;
	struct strbuf msg = STRBUF_INIT;
	va_list ap;
	va_start(ap, message_fmt);
	strbuf_vaddf(&msg, message_fmt, ap);
	va_end(ap);
	const struct fact_loc *loc = &call->expr->loc;
	char *file = rel(c, loc->file);
	struct finding *f = finding_add(c->out, rule, sev, file, loc->line, loc->col, msg.buf);
	strbuf_release(&msg);
	if (call->expr->end.line >= loc->line && call->expr->end.line > 0) {
		f->end_line = call->expr->end.line;
		f->end_col = call->expr->end.col;
	}
	size_t n_steps = v ? v->n_steps : 0;
	/* the value's own last step at the sink says less than the sink line */
	if (n_steps && v->steps[n_steps - 1].line == loc->line && v->steps[n_steps - 1].col == loc->col &&
	    (!v->steps[n_steps - 1].file || !loc->file || !strcmp(v->steps[n_steps - 1].file, loc->file)))
		n_steps--;
	if (v)
		for (size_t i = 0; i < n_steps; i++) {
			char *sf = rel(c, v->steps[i].file ? v->steps[i].file : loc->file);
			finding_add_evidence(f, sf, v->steps[i].line ? v->steps[i].line : loc->line, v->steps[i].col,
					     "%s", v->steps[i].msg);
			free(sf);
		}
	finding_add_evidence(f, file, loc->line, loc->col, "%s", sink);
	enum env e = sr_environment(c, tu);
	finding_set(&f->environment, env_name(e));
	finding_set(&f->target, target);
	if (pk != P_NONE) {
		char *p = proposal_text(pk, e, sr_target_build(c, tu), c->opts ? c->opts->company : NULL);
		finding_set(&f->proposal, p);
		free(p);
	}
	if (c->tus[tu]->configuration)
		finding_set(&f->configuration, c->tus[tu]->configuration);
	char *anchor = line_text(c->files, loc->file, loc->line);
	finding_fingerprint(f, anchor);
	free(anchor);
	free(file);
	return f;
}

bool sr_is_downlevel_fallback(struct sr_ctx *c, size_t tu, const struct fcall *sink, const char *const *names)
{
	if (sink->func < 0)
		return false;
	/* the isolated routine reached through a pointer (pIoOpenDriverRegistryKey),
	 * or called directly next to a run-time availability check */
	static const char *const checks[] = { "MmGetSystemRoutineAddress", "GetProcAddress", "RtlIsNtDdiVersionAvailable",
					      "RtlVerifyVersionInfo", "IsWindows10OrGreater", "IsWindowsVersionOrGreater", NULL };
	const struct tu_facts *t = c->tus[tu];
	bool direct = false, pointer = false, checked = false, resolved = false;
	for (size_t i = 0; i < t->n_calls; i++) {
		const struct fcall *o = &t->calls[i];
		if (o == sink || o->func != sink->func || !o->callee)
			continue;
		/* MmGetSystemRoutineAddress(&routineName) or GetProcAddress(module, routineName) of the isolated routine,
		 * whatever the pointer is called (driso's own down-level fixes say openDriverKey) */
		int name_arg = !strcmp(o->callee, "MmGetSystemRoutineAddress") ? 0 : !strcmp(o->callee, "GetProcAddress") ? 1 : -1;
		if (name_arg >= 0 && !resolved && sr_arg(o, name_arg)) {
			struct vt_value *v = vt_eval(c->vt, tu, o->func, o->order, sr_arg(o, name_arg));
			for (const char *const *n = names; *n && v->kind == VT_STRING; n++)
				if (!strcmp(v->text, *n))
					resolved = true;
			vt_value_free(v);
		}
		for (const char *const *n = names; *n; n++)
			if (strstr(o->callee, *n)) {
				if (strcmp(o->callee, *n))
					pointer = true;
				else
					direct = true;
			}
		for (const char *const *k = checks; *k; k++)
			if (!strcmp(o->callee, *k))
				checked = true;
	}
	return pointer || resolved || (direct && checked);
}

bool sr_note_fallback(struct sr_ctx *c, size_t tu, const struct fcall *sink, const char *rule, const struct vt_value *v)
{
	if (c->opts && c->opts->verbose)
		sr_report(c, tu, sink, rule, SEV_NOTE, v, "down-level branch of a resolve-and-fall-back", "downlevel-fallback",
			  P_NONE, "%s is the down-level fallback next to the isolated API; tolerated", sink->callee);
	return true;
}

/* -------------------------------------------------------------- file sinks */

static const struct file_sink file_sinks[] = {
	/* name, name_arg, oa_arg, access, disp, mode, user, always_write, device_ok */
	{ "ZwCreateFile", -1, 2, 1, 7, -1, false, false, true },
	{ "NtCreateFile", -1, 2, 1, 7, -1, false, false, true },
	{ "ZwOpenFile", -1, 2, 1, -1, -1, false, false, true },
	{ "NtOpenFile", -1, 2, 1, -1, -1, false, false, true },
	{ "IoCreateFile", -1, 2, 1, 7, -1, false, false, true },
	{ "IoCreateFileEx", -1, 2, 1, 7, -1, false, false, true },
	{ "IoCreateFileSpecifyDeviceObjectHint", -1, 2, 1, 7, -1, false, false, true },
	{ "FltCreateFile", -1, 4, 3, 9, -1, false, false, false },
	{ "FltCreateFileEx", -1, 5, 4, 10, -1, false, false, false },
	{ "FltCreateFileEx2", -1, 5, 4, 10, -1, false, false, false },
	{ "ZwDeleteFile", -1, 0, -1, -1, -1, false, true, false },
	{ "ZwQueryAttributesFile", -1, 0, -1, -1, -1, false, false, false },
	{ "ZwQueryFullAttributesFile", -1, 0, -1, -1, -1, false, false, false },
	{ "IoGetDeviceObjectPointer", 0, -1, -1, -1, -1, false, false, true },
	{ "IoAttachDevice", 1, -1, -1, -1, -1, false, false, true },
	{ "ObReferenceObjectByName", 0, -1, -1, -1, -1, false, false, true },
	{ "WDF_IO_TARGET_OPEN_PARAMS_INIT_OPEN_BY_NAME", 1, -1, -1, -1, -1, false, false, true },
	{ "WDF_IO_TARGET_OPEN_PARAMS_INIT_CREATE_BY_NAME", 1, -1, -1, -1, -1, false, true, true },
	{ "CreateFileW", 0, -1, 1, 4, -1, true, false, true },
	{ "CreateFileA", 0, -1, 1, 4, -1, true, false, true },
	{ "CreateFile2", 0, -1, 1, 3, -1, true, false, true },
	{ "CreateFileTransactedW", 0, -1, 1, 4, -1, true, false, true },
	{ "fopen", 0, -1, -1, -1, 1, true, false, false },
	{ "_wfopen", 0, -1, -1, -1, 1, true, false, false },
	{ "fopen_s", 1, -1, -1, -1, 2, true, false, false },
	{ "_wfopen_s", 1, -1, -1, -1, 2, true, false, false },
	{ "_wfsopen", 0, -1, -1, -1, 1, true, false, false },
	{ "DeleteFileW", 0, -1, -1, -1, -1, true, true, false },
	{ "DeleteFileA", 0, -1, -1, -1, -1, true, true, false },
	{ "WritePrivateProfileStringW", 3, -1, -1, -1, -1, true, true, false },
	{ "WritePrivateProfileStringA", 3, -1, -1, -1, -1, true, true, false },
	{ "LoadLibraryW", 0, -1, -1, -1, -1, true, false, false },
	{ "LoadLibraryA", 0, -1, -1, -1, -1, true, false, false },
	{ "LoadLibraryExW", 0, -1, -1, -1, -1, true, false, false },
};

const struct file_sink *sr_file_sink(const char *callee)
{
	if (!callee)
		return NULL;
	for (size_t i = 0; i < sizeof(file_sinks) / sizeof(file_sinks[0]); i++)
		if (!strcmp(file_sinks[i].name, callee))
			return &file_sinks[i];
	return NULL;
}

struct vt_value *sr_file_sink_name(struct sr_ctx *c, size_t tu, const struct fcall *call, const struct file_sink *fs,
				   bool *has_root)
{
	*has_root = false;
	if (fs->name_arg >= 0)
		return vt_eval(c->vt, tu, call->func, call->order, sr_arg(call, fs->name_arg));
	struct vt_value *oa = vt_eval_oa(c->vt, tu, call->func, call->order, sr_arg(call, fs->oa_arg));
	if (oa->kind != VT_OA || !oa->name) {
		vt_value_free(oa);
		return NULL;
	}
	/* any root handle (isolated directory or not) makes the name relative */
	*has_root = oa->root != NULL;
	struct vt_value *name = oa->name;
	oa->name = NULL;
	/* the OA's own steps (InitializeObjectAttributes) follow the name's */
	for (size_t i = 0; i < oa->n_steps; i++)
		vt_add_step(name, &(struct fact_loc){ oa->steps[i].file, oa->steps[i].line, oa->steps[i].col }, "%s",
			    oa->steps[i].msg);
	vt_value_free(oa);
	return name;
}

bool sr_file_sink_writes(struct sr_ctx *c, size_t tu, const struct fcall *call, const struct file_sink *fs)
{
	if (fs->always_write)
		return true;
	long long v;
	if (fs->access_arg >= 0 && sr_int_arg(c, tu, call, fs->access_arg, &v)) {
		unsigned long long m = (unsigned long long)v;
		/* FILE_WRITE_DATA, FILE_APPEND_DATA, DELETE, GENERIC_WRITE, GENERIC_ALL, MAXIMUM_ALLOWED */
		if (m & (0x2 | 0x4 | 0x10000 | 0x40000000ull | 0x10000000ull | 0x02000000ull))
			return true;
	}
	if (fs->disp_arg >= 0 && sr_int_arg(c, tu, call, fs->disp_arg, &v)) {
		if (fs->user) {
			/* CREATE_NEW 1, CREATE_ALWAYS 2, OPEN_ALWAYS 4, TRUNCATE_EXISTING 5 */
			if (v == 1 || v == 2 || v == 4 || v == 5)
				return true;
		} else if (v == 0 || v == 2 || v == 3 || v == 4 || v == 5) {
			/* FILE_SUPERSEDE, FILE_CREATE, FILE_OPEN_IF, FILE_OVERWRITE, FILE_OVERWRITE_IF */
			return true;
		}
	}
	if (fs->mode_arg >= 0) {
		struct vt_value *m = vt_eval(c->vt, tu, call->func, call->order, sr_arg(call, fs->mode_arg));
		bool w = m->kind == VT_STRING && (strpbrk(m->text, "wa+") != NULL);
		vt_value_free(m);
		return w;
	}
	return false;
}

/* ---------------------------------------------------------------- driver */

/* Names the package creates: device objects and symbolic links. */
static const struct {
	const char *callee;
	int args[2];
} name_creators[] = {
	{ "IoCreateDevice", { 2, -1 } },
	{ "IoCreateDeviceSecure", { 2, -1 } },
	{ "WdmlibIoCreateDeviceSecure", { 2, -1 } },
	{ "IoCreateSymbolicLink", { 0, 1 } },
	{ "IoCreateUnprotectedSymbolicLink", { 0, 1 } },
	{ "WdfDeviceInitAssignName", { 1, -1 } },
	{ "WdfDeviceCreateSymbolicLink", { 1, -1 } },
	{ "IoRegisterDeviceInterface", { 3, -1 } },
};

static void collect_own_names(struct sr_ctx *c)
{
	for (size_t t = 0; t < c->n; t++)
		for (size_t i = 0; i < c->tus[t]->n_calls; i++) {
			const struct fcall *call = &c->tus[t]->calls[i];
			for (size_t k = 0; k < sizeof(name_creators) / sizeof(name_creators[0]); k++) {
				if (!call->callee || strcmp(call->callee, name_creators[k].callee))
					continue;
				for (int a = 0; a < 2; a++) {
					if (name_creators[k].args[a] < 0)
						continue;
					struct vt_value *v = vt_eval(c->vt, t, call->func, call->order,
								     sr_arg(call, name_creators[k].args[a]));
					char *s = v->kind == VT_STRING ? sr_device_short_name(v->text) : NULL;
					if (s) {
						ALLOC_GROW(c->own_names, c->n_own_names + 1, c->alloc_own_names);
						c->own_names[c->n_own_names++] = s;
					}
					vt_value_free(v);
				}
			}
		}
}

void source_rules_run(struct tu_facts *const *tus, const struct tu_config *const *cfgs, size_t n,
		      const struct scan_options *opts, struct finding_list *out)
{
	if (!n)
		return;
	struct sr_file_cache files = { 0 };
	struct sr_ctx c = { 0 };
	c.vt = vt_new(tus, n);
	c.tus = tus;
	c.cfgs = cfgs;
	c.n = n;
	c.opts = opts;
	c.files = &files;
	struct finding_list mine = { 0 };
	c.out = &mine;
	collect_own_names(&c);

	rule_registry_absolute(&c);
	rule_registry_relative_root(&c);
	rule_params_write(&c);
	rule_driver_path(&c);
	rule_file_write_global(&c);
	rule_device_name(&c);
	rule_interface_discovery(&c);

	/* a header function seen by several TUs reports once */
	finding_list_dedup(&mine);
	finding_list_sort(&mine);
	if (mine.n)
		finding_list_take(out, &mine);
	finding_list_free(&mine);

	for (size_t i = 0; i < c.n_own_names; i++)
		free(c.own_names[i]);
	free(c.own_names);
	cache_free(&files);
	vt_free(c.vt);
}
