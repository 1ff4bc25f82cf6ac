/*
 * device-name: another driver reached by a hardcoded device name —
 * \Device\X, \DosDevices\X, \??\X, \\.\X, \\?\GLOBALROOT\Device\X — through
 * IoGetDeviceObjectPointer, IoAttachDevice, ZwCreateFile & co., WDF
 * open-by-name targets and CreateFile. Names the package creates itself
 * (IoCreateDevice, IoCreateSymbolicLink, WdfDeviceInitAssignName, ...) and
 * well-known OS devices (serial ports, \Device\Null, network stacks) are not.
 */
#include "analyzer/rules/rules.h"
#include "core/util.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#define RULE "device-name"

/* OS devices with no interface alternative (exact, or followed by a number). */
static const char *const os_devices[] = {
	"null", "ksecdd", "cng", "afd", "tcp", "tcp6", "udp", "udp6", "ip", "ip6", "rawip", "rawip6", "nsi",
	"physicalmemory", "beep", "condrv", "com", "lpt", "physicaldrive", "cdrom", "nul", "con", "prn", "aux",
	"floppy", "tape", "changer", "scsi", "netbt_tcpip", "lanmanredirector", "mup", "webdavredirector",
};

static bool is_os_device(const char *shortname)
{
	for (size_t i = 0; i < sizeof(os_devices) / sizeof(os_devices[0]); i++) {
		size_t n = strlen(os_devices[i]);
		if (!strncmp(shortname, os_devices[i], n)) {
			const char *r = shortname + n;
			while (isdigit((unsigned char)*r))
				r++;
			if (!*r)
				return true;
		}
	}
	return false;
}

static void check(struct sr_ctx *c, size_t t, const struct fcall *call, const struct file_sink *fs)
{
	bool root;
	struct vt_value *v = sr_file_sink_name(c, t, call, fs, &root);
	if (v && !root && v->kind == VT_STRING && sr_classify_path(v->text) == PC_DEVICE && !sr_is_own_name(c, v->text)) {
		char *shortname = sr_device_short_name(v->text);
		if (shortname && !is_os_device(shortname)) {
			char *shown = vt_display(v->text);
			char *sink = xasprintf("%s(...) opens the device by name", call->callee);
			sr_report(c, t, call, RULE, SEV_WARNING, v, sink, "another-driver-device", P_DEVICE_INTERFACE,
				  "%s opens %s by a hardcoded name; reach the driver through its device interface",
				  call->callee, shown);
			free(sink);
			free(shown);
		}
		free(shortname);
	}
	vt_value_free(v);
}

void rule_device_name(struct sr_ctx *c)
{
	for (size_t t = 0; t < c->n; t++)
		for (size_t i = 0; i < c->tus[t]->n_calls; i++) {
			const struct fcall *call = &c->tus[t]->calls[i];
			const struct file_sink *fs = sr_file_sink(call->callee);
			if (fs && fs->device_ok)
				SR_PER_CALLER(c, t, call, check(c, t, call, fs));
		}
}
