/*
 * compile_env fallback: a TU no project file claims gets include paths
 * inferred from the tree and a driver model guessed from what it includes.
 *
 * Windows driver trees keep shared headers next to the sources or in an
 * `inc`/`include`/`common` directory of an ancestor (Windows-driver-samples:
 * ..\inc, ..\..\inc), so those are searched. The model is read from marker
 * headers, following the TU's own local headers a few levels deep (driver.c
 * usually includes "driver.h", which includes <wdf.h>).
 */
#include "analyzer/compile_env_internal.h"
#include "core/strbuf.h"
#include "core/util.h"

#include <dirent.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define FALLBACK_LEVELS 4     /* ancestors searched above the TU's directory */
#define GUESS_DEPTH 3         /* local include nesting followed for the model guess */
#define GUESS_MAX_FILES 64

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static const char *const shared_dir_names[] = { "inc", "include", "common", "shared", "public" };

void env_fallback_includes(struct env_ctx *ctx, const char *file, struct argvec *out, const char *origin)
{
	char *dir = path_dirname(file);
	for (int level = 0; level <= FALLBACK_LEVELS; level++) {
		char *why = xasprintf("%s: %s", origin, level == 0 ? "TU directory" : "ancestor directory");
		argvec_add(out, "-I", why);
		argvec_add(out, dir, why);
		free(why);
		DIR *d = opendir(dir);
		if (d) {
			struct strlist found = { 0 };
			struct dirent *de;
			while ((de = readdir(d)))
				for (size_t i = 0; i < sizeof(shared_dir_names) / sizeof(shared_dir_names[0]); i++)
					if (!strcasecmp(de->d_name, shared_dir_names[i])) {
						char *p = path_join(dir, de->d_name);
						if (path_is_dir(p))
							strlist_add_take(&found, p);
						else
							free(p);
					}
			closedir(d);
			if (found.n)
				qsort(found.v, found.n, sizeof(char *), cmp_str);
			for (size_t i = 0; i < found.n; i++) {
				why = xasprintf("%s: shared header directory", origin);
				argvec_add(out, "-I", why);
				argvec_add(out, found.v[i], why);
				free(why);
			}
			strlist_free(&found);
		}
		/* Never climb above the scan root. */
		if (!strcmp(dir, ctx->root) || !str_starts_with(dir, ctx->root))
			break;
		char *parent = path_dirname(dir);
		free(dir);
		dir = parent;
	}
	free(dir);
}

/* ---------- model guess ---------- */

enum marker { MK_NONE, MK_WDF, MK_UMDF, MK_KERNEL, MK_USER };

static const struct {
	const char *header;
	enum marker kind;
} markers[] = {
	{ "wdf.h", MK_WDF },        { "wudfddi.h", MK_UMDF },   { "wudfwdm.h", MK_UMDF },
	{ "ntddk.h", MK_KERNEL },   { "wdm.h", MK_KERNEL },     { "ntifs.h", MK_KERNEL },
	{ "fltkernel.h", MK_KERNEL }, { "ndis.h", MK_KERNEL },  { "storport.h", MK_KERNEL },
	{ "ntstrsafe.h", MK_KERNEL }, { "wdmsec.h", MK_KERNEL }, { "ntddstor.h", MK_NONE },
	{ "windows.h", MK_USER },   { "winsvc.h", MK_USER },    { "setupapi.h", MK_USER },
	{ "cfgmgr32.h", MK_USER },  { "tchar.h", MK_USER },     { "stdio.h", MK_NONE },
};

struct guess {
	bool wdf, umdf, kernel, user, service;
	struct strlist seen;
};

static enum marker marker_of(const char *name)
{
	const char *base = name;
	for (const char *p = name; *p; p++)
		if (*p == '/' || *p == '\\')
			base = p + 1;
	for (size_t i = 0; i < sizeof(markers) / sizeof(markers[0]); i++)
		if (!strcasecmp(base, markers[i].header))
			return markers[i].kind;
	return MK_NONE;
}

/* Calls to these make a user-mode TU a service. */
static const char *const service_markers[] = {
	"StartServiceCtrlDispatcher", "RegisterServiceCtrlHandler", "SERVICE_TABLE_ENTRY",
};

bool env_file_is_service(const char *path)
{
	char *data;
	size_t len;
	bool hit = false;
	if (read_file(path, &data, &len) != 0)
		return false;
	for (size_t i = 0; i < sizeof(service_markers) / sizeof(service_markers[0]); i++)
		if (strstr(data, service_markers[i]))
			hit = true;
	free(data);
	return hit;
}

static void scan_file(struct env_ctx *ctx, const char *path, const struct argvec *incs, int depth, struct guess *g)
{
	if (depth > GUESS_DEPTH || g->seen.n >= GUESS_MAX_FILES || strlist_has(&g->seen, path))
		return;
	strlist_add(&g->seen, path);
	char *data;
	size_t len;
	if (read_file(path, &data, &len) != 0)
		return;
	if (depth == 0)
		for (size_t i = 0; i < sizeof(service_markers) / sizeof(service_markers[0]); i++)
			if (strstr(data, service_markers[i]))
				g->service = true;
	char *dir = path_dirname(path);
	for (char *line = data; line && *line;) {
		char *next = strchr(line, '\n');
		char *p = line;
		while (*p == ' ' || *p == '\t')
			p++;
		if (*p == '#') {
			p++;
			while (*p == ' ' || *p == '\t')
				p++;
			if (!strncmp(p, "include", 7)) {
				p += 7;
				while (*p == ' ' || *p == '\t')
					p++;
				char close = *p == '"' ? '"' : *p == '<' ? '>' : 0;
				char *end = close ? strchr(p + 1, close) : NULL;
				if (end && (!next || end < next)) {
					char *name = xstrndup(p + 1, (size_t)(end - p - 1));
					switch (marker_of(name)) {
					case MK_WDF: g->wdf = true; break;
					case MK_UMDF: g->umdf = true; break;
					case MK_KERNEL: g->kernel = true; break;
					case MK_USER: g->user = true; break;
					case MK_NONE: break;
					}
					/* Follow headers of the tree itself. */
					char *hit = close == '"' ? env_resolve_path(dir, name) : NULL;
					for (size_t i = 0; !hit && i + 1 < incs->n; i++)
						if (!strcmp(incs->args[i], "-I")) {
							hit = env_resolve_path(incs->args[i + 1], name);
							if (hit && !path_is_file(hit)) {
								free(hit);
								hit = NULL;
							}
						}
					if (hit && path_is_file(hit))
						scan_file(ctx, hit, incs, depth + 1, g);
					free(hit);
					free(name);
				}
			}
		}
		line = next ? next + 1 : NULL;
	}
	free(dir);
	free(data);
}

static bool umdf_path(const char *file)
{
	return str_icontains(file, "umdf") != NULL;
}

void env_guess_model(struct env_ctx *ctx, const char *file, struct tu_flags *f)
{
	struct guess g = { 0 };
	struct argvec incs = { 0 };
	for (size_t i = 0; i + 1 < f->user.n; i++)
		if (!strcmp(f->user.args[i], "-I")) {
			argvec_add(&incs, "-I", NULL);
			argvec_add(&incs, f->user.args[i + 1], NULL);
		}
	if (!incs.n)
		env_fallback_includes(ctx, file, &incs, "guess");
	scan_file(ctx, file, &incs, 0, &g);
	argvec_free(&incs);
	strlist_free(&g.seen);

	if (f->model == MODEL_USER_APP) {
		if (g.service)
			f->model = MODEL_USER_SERVICE;
	} else if (f->model == MODEL_UNKNOWN) {
		bool umdfish = f->umdf_hint || g.umdf || umdf_path(file);
		if (f->kernel == 1)
			f->model = g.wdf ? MODEL_KMDF : MODEL_WDM;
		else if (g.wdf || g.umdf)
			f->model = (f->kernel == 0 || umdfish || (g.user && !g.kernel)) ? MODEL_UMDF : MODEL_KMDF;
		else if (g.kernel && f->kernel != 0)
			f->model = MODEL_WDM;
		else if (g.user || f->kernel == 0)
			f->model = g.service ? MODEL_USER_SERVICE : MODEL_USER_APP;
	}
	if (f->kernel < 0 && f->model != MODEL_UNKNOWN)
		f->kernel = f->model == MODEL_WDM || f->model == MODEL_KMDF;
}

void env_from_fallback(struct env_ctx *ctx, const char *file)
{
	struct tu_flags f;
	tu_flags_init(&f);
	f.source_kind = "fallback";
	env_fallback_includes(ctx, file, &f.user, "fallback");
	char *dir = path_dirname(file);
	env_emit(ctx, file, dir, &f);
	free(dir);
	tu_flags_free(&f);
}
