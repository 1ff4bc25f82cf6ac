#include "cli/scan_pch.h"
#include "core/strbuf.h"
#include "core/util.h"
#include "analyzer/frontend.h"

#include <clang-c/Index.h>
#include <dirent.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>

#define MAX_HEADER_DEPTH 3

/* Headers that redefine or conflict with the base set wherever they appear:
 * a TU including one of them parses as it is. */
static const char *const pch_unsafe_headers[] = {
	"ntifs.h", "fltkernel.h", "ndis.h", "winsock2.h", "winsock.h", "ws2tcpip.h",
	"winternl.h", "wdfcx.h", "ucmcx.h", "ufxclient.h", "acxdriver.h", "afx.h", "atlbase.h",
};
/* Headers that change how the base set parses only when they come first
 * (initguid.h after ntddk.h is the normal order). */
static const char *const pch_unsafe_before_base[] = {
	"initguid.h", "ntstatus.h", "wdmguid.h", "ntddndis.h", "hidport.h", "sal.h",
};

struct pch_variant {
	char *key;          /* args + language + header set */
	char *path;         /* built PCH, NULL when it failed */
	char *header;       /* its source: the PCH refers to it, so it lives as long */
	bool tried;
};

struct scan_pch {
	char *dir;
	struct pch_variant *v;
	size_t n_v, alloc_v;
	char ***owned_args;     /* arg arrays handed to configs */
	size_t n_owned, alloc_owned;
	size_t n_tus;
	size_t n_built;
	CXIndex index;
};

struct scan_pch *scan_pch_new(void)
{
	struct scan_pch *p = xcalloc(1, sizeof(*p));
	const char *tmp = getenv("TMPDIR");
	char *tmpl = xasprintf("%s/driso-pch-XXXXXX", tmp && *tmp ? tmp : "/tmp");
	if (!mkdtemp(tmpl)) {
		free(tmpl);
		free(p);
		return NULL;
	}
	p->dir = tmpl;
	return p;
}

/* What a TU's include graph looks like, as far as the PCH decision goes. */
struct include_scan {
	bool base;          /* includes the base header (ntddk.h / windows.h) */
	bool wdf;           /* includes wdf.h */
	bool unsafe;        /* something that must parse without the PCH */
};

static bool is_cpp(const char *file)
{
	return str_iends_with(file, ".cpp") || str_iends_with(file, ".cc") || str_iends_with(file, ".cxx");
}

/* An include as Windows resolves it (case-insensitive, backslashes); only files. */
static char *resolve_ci(const char *dir, const char *rel)
{
	char *found = path_resolve_nocase(dir, rel);
	if (found && !path_is_file(found)) {
		free(found);
		found = NULL;
	}
	return found;
}

static void scan_text(const char *path, const struct tu_config *c, int depth, struct include_scan *out);

static void scan_include(const char *from_dir, const char *name, bool angled, const struct tu_config *c,
			 int depth, struct include_scan *out)
{
	const char *base = name;
	for (const char *s = name; *s; s++)
		if (*s == '/' || *s == '\\')
			base = s + 1;
	for (size_t i = 0; i < sizeof(pch_unsafe_headers) / sizeof(pch_unsafe_headers[0]); i++)
		if (!strcasecmp(base, pch_unsafe_headers[i]))
			out->unsafe = true;
	for (size_t i = 0; !out->base && i < sizeof(pch_unsafe_before_base) / sizeof(pch_unsafe_before_base[0]); i++)
		if (!strcasecmp(base, pch_unsafe_before_base[i]))
			out->unsafe = true;
	if (!strcasecmp(base, c->kernel ? "ntddk.h" : "windows.h"))
		out->base = true;
	if (!strcasecmp(base, "wdf.h"))
		out->wdf = true;
	if (depth >= MAX_HEADER_DEPTH)
		return;
	/* a project header: look inside it too */
	char *found = angled ? NULL : resolve_ci(from_dir, name);
	for (size_t a = 0; !found && a < c->n_args; a++) {
		const char *inc = NULL;
		if (!strcmp(c->args[a], "-I") && a + 1 < c->n_args)
			inc = c->args[++a];
		else if (!strncmp(c->args[a], "-I", 2) && c->args[a][2])
			inc = c->args[a] + 2;
		if (inc)
			found = resolve_ci(inc, name);
	}
	if (found) {
		scan_text(found, c, depth + 1, out);
		free(found);
	}
}

/*
 * Walk a file's preprocessor lines. A #define before the file's first
 * #include may change how the base headers parse, so it makes the TU unsafe,
 * except an include guard (#ifndef X / #define X).
 */
static void scan_text(const char *path, const struct tu_config *c, int depth, struct include_scan *out)
{
	char *data;
	size_t len;
	if (read_file(path, &data, &len)) {
		out->unsafe = true;
		return;
	}
	char *dir = path_dirname(path);
	bool seen_include = false;
	char guard[128] = "";
	for (char *line = data; line && *line && !out->unsafe;) {
		char *nl = strchr(line, '\n');
		if (nl)
			*nl = '\0';
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
				char open = *p, close = open == '<' ? '>' : '"';
				char *end = (open == '<' || open == '"') ? strchr(p + 1, close) : NULL;
				if (end) {
					*end = '\0';
					scan_include(dir, p + 1, open == '<', c, depth, out);
				}
				seen_include = true;
			} else if (!strncmp(p, "ifndef", 6)) {
				p += 6;
				while (*p == ' ' || *p == '\t')
					p++;
				size_t gl = strcspn(p, " \t\r/");
				if (gl < sizeof(guard)) {
					memcpy(guard, p, gl);
					guard[gl] = '\0';
				}
			} else if (!strncmp(p, "define", 6) && !seen_include) {
				p += 6;
				while (*p == ' ' || *p == '\t')
					p++;
				size_t dl = strcspn(p, " \t\r(/");
				if (!guard[0] || dl != strlen(guard) || strncmp(p, guard, dl))
					out->unsafe = true;
			} else if (!strncmp(p, "import", 6) || !strncmp(p, "pragma once", 11)) {
				/* fine */
			}
		}
		line = nl ? nl + 1 : NULL;
	}
	free(dir);
	free(data);
}

static char *variant_key(const struct tu_config *c, bool wdf)
{
	struct strbuf sb = STRBUF_INIT;
	strbuf_addf(&sb, "%s|%s|", is_cpp(c->file) ? "c++" : "c", wdf ? "wdf" : "base");
	for (size_t i = 0; i < c->n_args; i++) {
		strbuf_addstr(&sb, c->args[i]);
		strbuf_addch(&sb, '\x1f');
	}
	return strbuf_detach(&sb, NULL);
}

static const char *build(struct scan_pch *p, struct pch_variant *v, const struct tu_config *c, bool wdf)
{
	v->tried = true;
	if (!p->index)
		p->index = clang_createIndex(0, 0);
	char *hdr = xasprintf("%s/pch%zu.h", p->dir, p->n_v);
	char *out = xasprintf("%s/pch%zu.pch", p->dir, p->n_v);
	FILE *f = fopen(hdr, "w");
	if (!f)
		goto fail;
	fprintf(f, "#include <%s>\n%s", c->kernel ? "ntddk.h" : "windows.h", wdf ? "#include <wdf.h>\n" : "");
	fclose(f);
	size_t n_extra;
	const char *const *extra = frontend_default_args(&n_extra);
	const char **args = xcalloc(c->n_args + n_extra + 4, sizeof(*args));
	size_t n = 0;
	for (size_t i = 0; i < c->n_args; i++)
		args[n++] = c->args[i];
	for (size_t i = 0; i < n_extra; i++)
		args[n++] = extra[i];
	char *wd = c->directory ? xasprintf("-working-directory=%s", c->directory) : NULL;
	if (wd)
		args[n++] = wd;
	args[n++] = "-x";
	args[n++] = is_cpp(c->file) ? "c++-header" : "c-header";
	CXTranslationUnit tu = NULL;
	enum CXErrorCode err = clang_parseTranslationUnit2(p->index, hdr, args, (int)n, NULL, 0,
		CXTranslationUnit_ForSerialization | CXTranslationUnit_Incomplete |
		CXTranslationUnit_DetailedPreprocessingRecord, &tu);
	free(args);
	free(wd);
	bool ok = err == CXError_Success && tu;
	for (unsigned i = 0; ok && i < clang_getNumDiagnostics(tu); i++) {
		CXDiagnostic d = clang_getDiagnostic(tu, i);
		if (clang_getDiagnosticSeverity(d) >= CXDiagnostic_Error)
			ok = false;   /* a PCH with errors would add errors to every TU */
		clang_disposeDiagnostic(d);
	}
	ok = ok && clang_saveTranslationUnit(tu, out, clang_defaultSaveOptions(tu)) == CXSaveError_None;
	if (tu)
		clang_disposeTranslationUnit(tu);
	if (!ok)
		goto fail;
	v->header = hdr;
	v->path = out;
	p->n_built++;
	return v->path;
fail:
	unlink(out);
	unlink(hdr);
	free(hdr);
	free(out);
	return NULL;
}

/* A PCH costs about as much as parsing its headers twice: build one only for
 * a configuration shared by at least this many TUs of the batch. */
#define PCH_MIN_TUS 3

void scan_pch_apply(struct scan_pch *p, struct tu_config *cfgs, size_t n)
{
	if (!p)
		return;
	char **keys = xcalloc(n + 1, sizeof(*keys));
	bool *wdf = xcalloc(n + 1, sizeof(*wdf));
	for (size_t i = 0; i < n; i++) {
		struct include_scan sc = { 0 };
		scan_text(cfgs[i].file, &cfgs[i], 0, &sc);
		if (!sc.unsafe && sc.base) {
			keys[i] = variant_key(&cfgs[i], sc.wdf);
			wdf[i] = sc.wdf;
		}
	}
	for (size_t i = 0; i < n; i++) {
		struct tu_config *c = &cfgs[i];
		if (!keys[i])
			continue;
		struct pch_variant *v = NULL;
		for (size_t k = 0; k < p->n_v; k++)
			if (!strcmp(p->v[k].key, keys[i]))
				v = &p->v[k];
		if (!v) {
			size_t same = 0;
			for (size_t j = 0; j < n; j++)
				same += keys[j] && !strcmp(keys[j], keys[i]);
			if (same < PCH_MIN_TUS)
				continue;
			ALLOC_GROW(p->v, p->n_v + 1, p->alloc_v);
			v = &p->v[p->n_v++];
			memset(v, 0, sizeof(*v));
			v->key = xstrdup(keys[i]);
			build(p, v, c, wdf[i]);
		}
		if (!v->path)
			continue;
		char **args = xcalloc(c->n_args + 3, sizeof(*args));
		memcpy(args, c->args, c->n_args * sizeof(*args));
		args[c->n_args] = "-include-pch";
		args[c->n_args + 1] = v->path;
		ALLOC_GROW(p->owned_args, p->n_owned + 1, p->alloc_owned);
		p->owned_args[p->n_owned++] = args;
		c->args = args;
		c->n_args += 2;
		c->arg_origin = NULL;
		p->n_tus++;
	}
	for (size_t i = 0; i < n; i++)
		free(keys[i]);
	free(keys);
	free(wdf);
}

void scan_pch_stats(const struct scan_pch *p, size_t *tus, size_t *built)
{
	*tus = p ? p->n_tus : 0;
	*built = p ? p->n_built : 0;
}

void scan_pch_free(struct scan_pch *p)
{
	if (!p)
		return;
	for (size_t i = 0; i < p->n_v; i++) {
		if (p->v[i].path) {
			unlink(p->v[i].path);
			unlink(p->v[i].header);
			free(p->v[i].path);
			free(p->v[i].header);
		}
		free(p->v[i].key);
	}
	free(p->v);
	for (size_t i = 0; i < p->n_owned; i++)
		free(p->owned_args[i]);
	free(p->owned_args);
	if (p->index)
		clang_disposeIndex(p->index);
	rmdir(p->dir);
	free(p->dir);
	free(p);
}
