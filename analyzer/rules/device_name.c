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
#include <ftw.h>
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

/*
 * A companion driver scanned as another project of the same tree: its
 * symbolic link ("\\DosDevices\\HiddenGate") is spelled in some source file
 * under the scan root. Lines naming a DosDevices/??/GLOBAL?? link are
 * collected once per run (lowercased) and searched for the short name.
 */
static char *link_lines;      /* one run at a time: driso scans sequentially */
static size_t link_lines_len;

static int collect_links(const char *path, const struct stat *st, int type, struct FTW *ftw)
{
	(void)ftw;
	if (type != FTW_F || st->st_size > (1 << 20))
		return 0;
	if (!str_iends_with(path, ".c") && !str_iends_with(path, ".cpp") && !str_iends_with(path, ".h") &&
	    !str_iends_with(path, ".hpp") && !str_iends_with(path, ".cxx"))
		return 0;
	char *data;
	size_t len;
	if (read_file(path, &data, &len))
		return 0;
	for (char *line = data; line && *line;) {
		char *nl = strchr(line, '\n');
		if (nl)
			*nl = '\0';
		if (str_icontains(line, "DosDevices\\\\") || str_icontains(line, "??\\\\")) {
			size_t n = strlen(line);
			link_lines = xrealloc(link_lines, link_lines_len + n + 2);
			for (size_t i = 0; i < n; i++)
				link_lines[link_lines_len + i] = (char)tolower((unsigned char)line[i]);
			link_lines_len += n;
			link_lines[link_lines_len++] = '\n';
			link_lines[link_lines_len] = '\0';
		}
		line = nl ? nl + 1 : NULL;
	}
	free(data);
	return 0;
}

static bool tree_defines_link(const struct sr_ctx *c, const char *shortname)
{
	static const char *loaded_root;
	const char *root = c->opts ? c->opts->root : NULL;
	if (!root)
		return false;
	if (loaded_root != root) {
		free(link_lines);
		link_lines = NULL;
		link_lines_len = 0;
		loaded_root = root;
		nftw(root, collect_links, 16, FTW_PHYS);
	}
	if (!link_lines)
		return false;
	/* as written in C source: \\DosDevices\\name or \\??\\name */
	char *a = xasprintf("dosdevices\\\\%s", shortname);
	char *b = xasprintf("??\\\\%s", shortname);
	char *g = xasprintf("dosdevices\\\\global\\\\%s", shortname);
	bool found = false;
	for (const char *p = link_lines; !found && (p = strstr(p, a)); p++) {
		char next = p[strlen(a)];
		found = !isalnum((unsigned char)next) && next != '_';
	}
	for (const char *p = link_lines; !found && (p = strstr(p, b)); p++) {
		char next = p[strlen(b)];
		found = !isalnum((unsigned char)next) && next != '_';
	}
	found = found || strstr(link_lines, g);
	free(a);
	free(b);
	free(g);
	return found;
}

static void check(struct sr_ctx *c, size_t t, const struct fcall *call, const struct file_sink *fs)
{
	bool root;
	struct vt_value *v = sr_file_sink_name(c, t, call, fs, &root);
	if (v && !root && v->kind == VT_STRING && sr_classify_path(v->text) == PC_DEVICE && !sr_is_own_name(c, v->text)) {
		char *shortname = sr_device_short_name(v->text);
		if (shortname && !is_os_device(shortname) && !tree_defines_link(c, shortname)) {
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
