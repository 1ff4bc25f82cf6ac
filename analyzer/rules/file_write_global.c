/*
 * file-write-global: files created or written at a fixed global place
 * (\??\C:\, \DosDevices\C:\, \SystemRoot\, C:\..., %windir%) by a name
 * built from constants. Names from a caller (minifilters), relative to a
 * root handle, or built on a directory an isolation API handed out are not
 * reported; System32\drivers is driver-path's.
 */
#include "analyzer/rules/rules.h"
#include "core/util.h"

#include <stdlib.h>
#include <string.h>

#define RULE "file-write-global"

static const struct {
	const char *name;
	int dst;
} copies[] = {
	{ "CopyFileW", 1 },   { "CopyFileA", 1 },   { "CopyFileExW", 1 }, { "CopyFileExA", 1 }, { "CopyFile2", 1 },
	{ "MoveFileW", 1 },   { "MoveFileA", 1 },   { "MoveFileExW", 1 }, { "MoveFileExA", 1 },
};

static const char *target_of(const char *text)
{
	char *pre = vt_known_prefix(text);
	const char *t = "runtime-state-file";
	if (str_iends_with(pre, ".log") || str_iends_with(pre, ".txt") || str_iends_with(pre, ".etl") ||
	    str_icontains(pre, "\\log") || str_icontains(pre, "trace"))
		t = "shared-log";
	free(pre);
	return t;
}

static void report(struct sr_ctx *c, size_t tu, const struct fcall *call, const struct vt_value *v, const char *how)
{
	char *shown = vt_display(v->text);
	char *sink = xasprintf("%s(...) %s", call->callee, how);
	sr_report(c, tu, call, RULE, SEV_ERROR, v, sink, target_of(v->text), P_FILE_STATE,
		  "%s writes %s, a fixed global path", call->callee, shown);
	free(sink);
	free(shown);
}

static void check_file(struct sr_ctx *c, size_t t, const struct fcall *call, const struct file_sink *fs)
{
	if (!sr_file_sink_writes(c, t, call, fs))
		return;
	bool root;
	struct vt_value *v = sr_file_sink_name(c, t, call, fs, &root);
	if (v && !root && v->kind == VT_STRING && sr_classify_path(v->text) == PC_GLOBAL_FILE)
		report(c, t, call, v, "creates/writes the file");
	vt_value_free(v);
}

static void check_copy(struct sr_ctx *c, size_t t, const struct fcall *call, int dst)
{
	struct vt_value *v = vt_eval(c->vt, t, call->func, call->order, sr_arg(call, dst));
	if (v->kind == VT_STRING && sr_classify_path(v->text) == PC_GLOBAL_FILE)
		report(c, t, call, v, "destination");
	vt_value_free(v);
}

void rule_file_write_global(struct sr_ctx *c)
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
					SR_PER_CALLER(c, t, call, check_copy(c, t, call, copies[k].dst));
		}
}
