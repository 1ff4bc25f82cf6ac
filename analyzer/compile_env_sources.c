/*
 * compile_env from legacy WDK `sources` files (build.exe era, WDK 7 and
 * older): nmake-style `NAME=value` assignments with backslash-newline
 * continuations, `#` comments and `!if`/`!include` directives.
 *
 * Directives are not evaluated: every assignment is applied in order, which
 * matches the common case of one unconditional block. `dirs` files only name
 * subdirectories, which the tree walk already visits.
 */
#include "analyzer/compile_env_internal.h"
#include "core/strbuf.h"
#include "core/util.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

struct nmake_var {
	char *name, *value;
};

struct nmake {
	struct nmake_var *v;
	size_t n, alloc;
};

static const char *nm_get(const struct nmake *m, const char *name)
{
	for (size_t i = 0; i < m->n; i++)
		if (!strcasecmp(m->v[i].name, name))
			return m->v[i].value;
	return NULL;
}

static void nm_set(struct nmake *m, const char *name, char *value)
{
	for (size_t i = 0; i < m->n; i++)
		if (!strcasecmp(m->v[i].name, name)) {
			free(m->v[i].value);
			m->v[i].value = value;
			return;
		}
	ALLOC_GROW(m->v, m->n + 1, m->alloc);
	m->v[m->n].name = xstrdup(name);
	m->v[m->n].value = value;
	m->n++;
}

static void nm_free(struct nmake *m)
{
	for (size_t i = 0; i < m->n; i++) {
		free(m->v[i].name);
		free(m->v[i].value);
	}
	free(m->v);
}

/* $(NAME) and $O -> value ("" when unknown: SDK paths and the object dir). */
static char *nm_expand(const struct nmake *m, const char *s)
{
	struct strbuf sb = STRBUF_INIT;
	while (*s) {
		if (s[0] == '$' && s[1] == '(') {
			const char *e = strchr(s, ')');
			if (!e)
				break;
			char *name = xstrndup(s + 2, (size_t)(e - s - 2));
			const char *v = nm_get(m, name);
			if (v)
				strbuf_addstr(&sb, v);
			free(name);
			s = e + 1;
		} else if (s[0] == '$' && s[1] && s[1] != '$') {
			s += 2;
		} else {
			strbuf_addch(&sb, *s++);
		}
	}
	return strbuf_detach(&sb, NULL);
}

/* _NT_TARGET_VERSION_* (WDK 7 makefile.def values) -> build. */
static const struct {
	const char *name;
	const char *value;
	int build;
} nt_targets[] = {
	{ "_NT_TARGET_VERSION_WIN2K", "0x500", 2195 }, { "_NT_TARGET_VERSION_WINXP", "0x501", 2600 },
	{ "_NT_TARGET_VERSION_WS03", "0x502", 3790 },  { "_NT_TARGET_VERSION_VISTA", "0x600", 6000 },
	{ "_NT_TARGET_VERSION_LONGHORN", "0x600", 6000 }, { "_NT_TARGET_VERSION_WIN7", "0x601", 7600 },
	{ "_NT_TARGET_VERSION_WIN8", "0x602", 9200 },
};

static const struct {
	const char *type;
	int kernel;                /* -1: decide from the includes */
	enum driver_model model;
} target_types[] = {
	{ "DRIVER", 1, MODEL_UNKNOWN },       { "EXPORT_DRIVER", 1, MODEL_UNKNOWN },
	{ "DRIVER_LIBRARY", 1, MODEL_UNKNOWN }, { "MINIPORT", 1, MODEL_WDM },
	{ "GDI_DRIVER", 1, MODEL_WDM },       { "PROGRAM", 0, MODEL_USER_APP },
	{ "DYNLINK", 0, MODEL_USER_APP },     { "LIBRARY", -1, MODEL_UNKNOWN },
};

static int var_int(const struct nmake *m, const char *name)
{
	const char *v = nm_get(m, name);
	if (!v || !*v)
		return -1;
	char *end;
	long n = strtol(v, &end, 10);
	return end == v ? -1 : (int)n;
}

static void parse(const char *text, const char *dir, int depth, struct nmake *m)
{
	/* Join continuations and drop comments, one logical line at a time. */
	struct strbuf line = STRBUF_INIT;
	const char *p = text;
	while (*p) {
		const char *eol = strchr(p, '\n');
		size_t n = eol ? (size_t)(eol - p) : strlen(p);
		const char *hash = memchr(p, '#', n);
		size_t keep = hash ? (size_t)(hash - p) : n;
		while (keep && (p[keep - 1] == '\r' || p[keep - 1] == ' ' || p[keep - 1] == '\t'))
			keep--;
		bool cont = !hash && keep && p[keep - 1] == '\\';
		strbuf_add(&line, p, cont ? keep - 1 : keep);
		strbuf_addch(&line, ' ');
		p = eol ? eol + 1 : p + n;
		if (cont && *p)
			continue;
		char *l = line.buf;
		while (*l == ' ' || *l == '\t')
			l++;
		char *eq = strchr(l, '=');
		if (!strncasecmp(l, "!include", 8) && depth < 4) {
			/* Shared settings of a WDK 7 tree: `!include ..\sources.inc`. */
			char *name = nm_expand(m, l + 8);
			struct strlist parts = { 0 };
			strlist_split(&parts, name, " \t<>\"");
			char *inc = parts.n ? env_resolve_path(dir, parts.v[0]) : NULL;
			char *data;
			size_t len;
			if (inc && path_is_file(inc) && read_file(inc, &data, &len) == 0) {
				char *inc_dir = path_dirname(inc);
				parse(data, inc_dir, depth + 1, m);
				free(inc_dir);
				free(data);
			}
			free(inc);
			strlist_free(&parts);
			free(name);
		} else if (*l != '!' && eq && eq > l) {
			char *ne = eq;
			while (ne > l && (ne[-1] == ' ' || ne[-1] == '\t'))
				ne--;
			char *name = xstrndup(l, (size_t)(ne - l));
			if (!strpbrk(name, " \t:")) {
				char *val = nm_expand(m, eq + 1);
				/* trim */
				char *b = val;
				while (*b == ' ' || *b == '\t')
					b++;
				size_t vl = strlen(b);
				while (vl && (b[vl - 1] == ' ' || b[vl - 1] == '\t'))
					vl--;
				nm_set(m, name, xstrndup(b, vl));
				free(val);
			}
			free(name);
		}
		strbuf_reset(&line);
	}
	strbuf_release(&line);
}

static void c_defines(const char *s, struct tu_flags *f, const char *origin)
{
	struct strlist toks = { 0 };
	strlist_split(&toks, s, " \t");
	for (size_t i = 0; i < toks.n; i++) {
		const char *t = toks.v[i];
		if ((t[0] == '-' || t[0] == '/') && (t[1] == 'D' || t[1] == 'U')) {
			const char *val = t[2] ? t + 2 : (i + 1 < toks.n ? toks.v[++i] : "");
			if (t[1] == 'D') {
				env_add_define(&f->user, val, origin);
			} else {
				char *u = xasprintf("-U%s", val);
				argvec_add(&f->user, u, origin);
				free(u);
			}
		}
	}
	strlist_free(&toks);
}

void env_from_sources(struct env_ctx *ctx, const char *path)
{
	char *data;
	size_t len;
	if (read_file(path, &data, &len) != 0) {
		diag_add(ctx->errors, path, 1, "cannot read WDK sources file");
		return;
	}
	struct nmake m = { 0 };
	for (size_t t = 0; t < sizeof(nt_targets) / sizeof(nt_targets[0]); t++)
		nm_set(&m, nt_targets[t].name, xstrdup(nt_targets[t].value));
	char *dir = path_dirname(path);
	parse(data, dir, 0, &m);
	free(data);

	struct strlist srcs = { 0 };
	strlist_split(&srcs, nm_get(&m, "SOURCES"), " \t");
	const char *tt = nm_get(&m, "TARGETTYPE");
	if (!tt && !srcs.n) {
		diag_add(ctx->errors, path, 1, "WDK sources file without TARGETTYPE or SOURCES; using the directory fallback");
		goto out;
	}

	for (size_t i = 0; i < srcs.n; i++) {
		char *abs = env_resolve_path(dir, srcs.v[i]);
		if (!abs || !env_wanted(ctx, abs) || !env_claim(ctx, abs)) {
			free(abs);
			continue;
		}
		struct tu_flags f;
		tu_flags_init(&f);
		f.source_kind = "sources";
		f.project = xstrdup(path);
		const char *tn = nm_get(&m, "TARGETNAME");
		if (tn && *tn)
			f.target_name = xstrdup(tn);
		for (size_t t = 0; tt && t < sizeof(target_types) / sizeof(target_types[0]); t++)
			if (!strcasecmp(tt, target_types[t].type)) {
				f.kernel = target_types[t].kernel;
				f.model = target_types[t].model;
			}
		f.kmdf_major = var_int(&m, "KMDF_VERSION_MAJOR");
		f.kmdf_minor = var_int(&m, "KMDF_VERSION_MINOR");
		f.umdf_major = var_int(&m, "UMDF_VERSION_MAJOR");
		f.umdf_minor = var_int(&m, "UMDF_VERSION_MINOR");
		if (f.kmdf_major > 0 && f.kernel != 0)
			f.model = MODEL_KMDF, f.kernel = 1;
		else if (f.umdf_major > 0 && f.kernel != 1)
			f.model = MODEL_UMDF, f.kernel = 0;
		if (f.kmdf_minor >= 0 || f.umdf_minor >= 0)
			f.fw_origin = xasprintf("sources %s_VERSION_MAJOR/MINOR", f.kmdf_minor >= 0 ? "KMDF" : "UMDF");
		const char *ntv = nm_get(&m, "_NT_TARGET_VERSION");
		for (size_t t = 0; ntv && t < sizeof(nt_targets) / sizeof(nt_targets[0]); t++)
			if (!strcasecmp(ntv, nt_targets[t].value) || !strcasecmp(ntv, nt_targets[t].name)) {
				f.target_build = nt_targets[t].build;
				f.target_origin = xasprintf("sources _NT_TARGET_VERSION %s", nt_targets[t].name);
				break;
			}

		const char *defs[] = { "C_DEFINES", "USER_C_FLAGS" };
		for (size_t d = 0; d < sizeof(defs) / sizeof(defs[0]); d++) {
			char *why = xasprintf("sources %s", defs[d]);
			c_defines(nm_get(&m, defs[d]), &f, why);
			free(why);
		}
		struct strlist incs = { 0 };
		strlist_split(&incs, nm_get(&m, "INCLUDES"), "; \t");
		for (size_t k = 0; k < incs.n; k++) {
			char *inc = env_resolve_path(dir, incs.v[k]);
			if (inc && path_is_dir(inc)) {
				argvec_add(&f.user, "-I", "sources INCLUDES");
				argvec_add(&f.user, inc, "sources INCLUDES");
			}
			free(inc);
		}
		strlist_free(&incs);
		/* build.exe compiles in the sources directory: its own headers come first. */
		argvec_add(&f.user, "-I", "sources: directory of the sources file");
		argvec_add(&f.user, dir, "sources: directory of the sources file");
		env_emit(ctx, abs, dir, &f);
		tu_flags_free(&f);
		free(abs);
	}
out:
	strlist_free(&srcs);
	free(dir);
	nm_free(&m);
}
