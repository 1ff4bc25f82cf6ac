/*
 * driver-path: the package's own files reached at System32\drivers,
 * \SystemRoot\..., %windir%\System32\drivers or GetSystemDirectory()+drivers
 * (file opens, LoadLibrary, CopyFile/MoveFile either side), and services
 * created or changed with such an ImagePath. Isolated packages run from the
 * driver store.
 */
#include "analyzer/rules/rules.h"
#include "core/util.h"

#include <stdlib.h>
#include <string.h>

#define RULE "driver-path"

static const struct {
	const char *name;
	int src, dst;
} copies[] = {
	{ "CopyFileW", 0, 1 },   { "CopyFileA", 0, 1 },   { "CopyFileExW", 0, 1 }, { "CopyFileExA", 0, 1 },
	{ "CopyFile2", 0, 1 },   { "MoveFileW", 0, 1 },   { "MoveFileA", 0, 1 },   { "MoveFileExW", 0, 1 },
	{ "MoveFileExA", 0, 1 }, { "ZwCopyFile", -1, -1 },
};

/* Image path argument of service creation. */
static const struct {
	const char *name;
	int image;
} services[] = {
	{ "CreateServiceW", 7 }, { "CreateServiceA", 7 }, { "ChangeServiceConfigW", 4 }, { "ChangeServiceConfigA", 4 },
};

static bool image_path_pinned(const char *text)
{
	enum path_class pc = sr_classify_path(text);
	if (pc == PC_DRIVER_DIR)
		return true;
	return pc == PC_GLOBAL_FILE && (str_istarts_with(text, "\\SystemRoot\\") || str_istarts_with(text, "%SystemRoot%") ||
					str_istarts_with(text, "%windir%") || str_icontains(text, "\\System32\\"));
}

/* The package file a System32\drivers path names ("acme_fw.bin"), for the
 * fix's INF half; NULL when the path does not end in a plain file name. */
static void set_package_file(struct finding *f, const char *path)
{
	if (!f)
		return;
	const char *base = path;
	for (const char *p = path; *p; p++)
		if (*p == '\\' || *p == '/')
			base = p + 1;
	if (!*base || !strchr(base, '.') || strpbrk(base, "*?%<>|\":"))
		return;
	finding_set(&f->package_file, base);
}

static void check_file(struct sr_ctx *c, size_t tu, const struct fcall *call, const struct file_sink *fs)
{
	bool root;
	struct vt_value *v = sr_file_sink_name(c, tu, call, fs, &root);
	if (!v)
		return;
	static const char *const image_isolated[] = { "IoGetDriverDirectory", "IoQueryFullDriverPath", NULL };
	if (!root && v->kind == VT_STRING && sr_classify_path(v->text) == PC_DRIVER_DIR &&
	    sr_is_downlevel_fallback(c, tu, call, image_isolated)) {
		sr_note_fallback(c, tu, call, RULE, v);
	} else if (!root && v->kind == VT_STRING && sr_classify_path(v->text) == PC_DRIVER_DIR) {
		char *shown = vt_display(v->text);
		char *sink = xasprintf("%s(...) opens the file", call->callee);
		struct finding *f = sr_report(c, tu, call, RULE, SEV_ERROR, v, sink, "own-package-file", P_DRIVER_IMAGE,
					      "%s opens %s: the package runs from the driver store, not System32\\drivers",
					      call->callee, shown);
		set_package_file(f, v->text);
		free(sink);
		free(shown);
	}
	vt_value_free(v);
}

static void check_copy(struct sr_ctx *c, size_t tu, const struct fcall *call, int src, int dst)
{
	for (int side = 1; side >= 0; side--) {
		int a = side ? dst : src;
		if (a < 0)
			continue;
		struct vt_value *v = vt_eval(c->vt, tu, call->func, call->order, sr_arg(call, a));
		if (v->kind == VT_STRING && sr_classify_path(v->text) == PC_DRIVER_DIR) {
			char *shown = vt_display(v->text);
			char *sink = xasprintf("%s(...) %s", call->callee, side ? "destination" : "source");
			if (side)
				sr_report(c, tu, call, RULE, SEV_ERROR, v, sink, "driver-install-copy", P_SERVICE_INSTALL,
					  "%s copies into %s: install the driver with an INF (DIRID 13) instead", call->callee, shown);
			else
				set_package_file(sr_report(c, tu, call, RULE, SEV_ERROR, v, sink, "own-package-file",
							   P_DRIVER_IMAGE, "%s reads %s: the package runs from the driver store",
							   call->callee, shown),
						 v->text);
			free(sink);
			free(shown);
			vt_value_free(v);
			return;   /* one finding per call */
		}
		vt_value_free(v);
	}
}

static void check_service(struct sr_ctx *c, size_t tu, const struct fcall *call, int image)
{
	struct vt_value *v = vt_eval(c->vt, tu, call->func, call->order, sr_arg(call, image));
	if (v->kind == VT_STRING && image_path_pinned(v->text)) {
		char *shown = vt_display(v->text);
		char *sink = xasprintf("%s(...) image path (argument %d)", call->callee, image + 1);
		sr_report(c, tu, call, RULE, SEV_ERROR, v, sink, "service-image-path", P_SERVICE_INSTALL,
			  "%s sets the driver image to %s: install with an INF whose ServiceBinary is %%13%%\\...",
			  call->callee, shown);
		free(sink);
		free(shown);
	}
	vt_value_free(v);
}

/* RegSetValueEx(h, L"ImagePath", 0, type, data, size) */
static void check_imagepath_value(struct sr_ctx *c, size_t tu, const struct fcall *call)
{
	struct vt_value *name = vt_eval(c->vt, tu, call->func, call->order, sr_arg(call, 1));
	bool is_image = name->kind == VT_STRING && !strcasecmp(name->text, "ImagePath");
	vt_value_free(name);
	if (!is_image)
		return;
	check_service(c, tu, call, 4);
}

void rule_driver_path(struct sr_ctx *c)
{
	for (size_t t = 0; t < c->n; t++)
		for (size_t i = 0; i < c->tus[t]->n_calls; i++) {
			const struct fcall *call = &c->tus[t]->calls[i];
			if (!call->callee)
				continue;
			const struct file_sink *fs = sr_file_sink(call->callee);
			if (fs) {
				SR_PER_CALLER(c, t, call, check_file(c, t, call, fs));
				continue;
			}
			for (size_t k = 0; k < sizeof(copies) / sizeof(copies[0]); k++)
				if (!strcmp(call->callee, copies[k].name))
					SR_PER_CALLER(c, t, call, check_copy(c, t, call, copies[k].src, copies[k].dst));
			for (size_t k = 0; k < sizeof(services) / sizeof(services[0]); k++)
				if (!strcmp(call->callee, services[k].name))
					SR_PER_CALLER(c, t, call, check_service(c, t, call, services[k].image));
			if (!strcmp(call->callee, "RegSetValueExW") || !strcmp(call->callee, "RegSetValueExA"))
				check_imagepath_value(c, t, call);
		}
}
