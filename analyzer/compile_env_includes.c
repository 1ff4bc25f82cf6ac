/*
 * compile_env include completion: the last resort for project headers that
 * no include path reaches.
 *
 * Trees built by something driso does not read (a build script, a
 * Razzle/OACR setup, a property sheet outside the tree, a $(WDKContentRoot)
 * path) leave headers unreachable: the audio/tests/KSPosTst sources include
 * "HalfApp.h" from a sibling directory. A missing include ends clang's parse
 * of the TU, so before giving up, the TU's include graph (its own headers,
 * five levels deep) is walked with the arguments it already has; an include
 * that resolves nowhere but whose name exists once or more in the scanned
 * tree gets the directory of the nearest such file as an extra -I, with an
 * origin that says so. Headers that exist nowhere stay missing.
 */
#include "analyzer/compile_env_internal.h"
#include "core/strbuf.h"
#include "core/util.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#ifndef DRISO_MINGW_INCLUDE
#define DRISO_MINGW_INCLUDE "/usr/x86_64-w64-mingw32/include"
#endif
#ifndef DRISO_CLANG_RESOURCE_DIR
#define DRISO_CLANG_RESOURCE_DIR "/usr/lib/llvm-19/lib/clang/19"
#endif

#define COMPLETE_DEPTH 5
#define COMPLETE_MAX_FILES 400

/* ---------- per-discovery cache of each file's #include lines ---------- */

struct inc_entry {
	char *path;
	struct strlist names;   /* "\"name" or "<name" */
};

struct env_inc_cache {
	struct inc_entry **slots; /* open addressing; entries stay put when the table grows */
	size_t cap, n;
	size_t *by_base;        /* indices into ctx->files sorted by basename (case-insensitive) */
	const struct strlist *files;
	const char **known;     /* tree and system header files, sorted case-insensitively */
	size_t n_known;
};

static size_t hash_str(const char *s)
{
	size_t h = 1469598103934665603ull;
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 1099511628211ull;
	return h;
}

static void parse_includes(const char *data, struct strlist *out)
{
	for (const char *line = data; line && *line;) {
		const char *next = strchr(line, '\n');
		const char *p = line;
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
				const char *end = close ? strchr(p + 1, close) : NULL;
				if (end && (!next || end < next) && end > p + 1) {
					char *name = xasprintf("%c%.*s", *p, (int)(end - p - 1), p + 1);
					path_to_slashes(name);
					strlist_add_take(out, name);
				}
			}
		}
		line = next ? next + 1 : NULL;
	}
}

static const struct strlist *includes_of(struct env_inc_cache *c, const char *path)
{
	if (c->n * 2 >= c->cap) {
		size_t ncap = c->cap ? c->cap * 2 : 256;
		struct inc_entry **ns = xcalloc(ncap, sizeof(*ns));
		for (size_t i = 0; i < c->cap; i++)
			if (c->slots[i]) {
				size_t j = hash_str(c->slots[i]->path) & (ncap - 1);
				while (ns[j])
					j = (j + 1) & (ncap - 1);
				ns[j] = c->slots[i];
			}
		free(c->slots);
		c->slots = ns;
		c->cap = ncap;
	}
	size_t j = hash_str(path) & (c->cap - 1);
	while (c->slots[j] && strcmp(c->slots[j]->path, path))
		j = (j + 1) & (c->cap - 1);
	if (!c->slots[j]) {
		struct inc_entry *e = xcalloc(1, sizeof(*e));
		e->path = xstrdup(path);
		char *data;
		size_t len;
		if (read_file(path, &data, &len) == 0) {
			parse_includes(data, &e->names);
			free(data);
		}
		c->slots[j] = e;
		c->n++;
	}
	return &c->slots[j]->names;
}

static const char *base_of(const char *p)
{
	const char *s = strrchr(p, '/');
	return s ? s + 1 : p;
}

static int cmp_base(const void *a, const void *b, void *files)
{
	const struct strlist *f = files;
	return strcasecmp(base_of(f->v[*(const size_t *)a]), base_of(f->v[*(const size_t *)b]));
}

static int cmp_ci(const void *a, const void *b)
{
	return strcasecmp(*(const char *const *)a, *(const char *const *)b);
}

static struct env_inc_cache *cache_of(struct env_ctx *ctx)
{
	if (!ctx->inc_cache) {
		struct env_inc_cache *c = xcalloc(1, sizeof(*c));
		c->n_known = ctx->files.n + ctx->sys_files.n;
		c->known = xmalloc((c->n_known ? c->n_known : 1) * sizeof(char *));
		for (size_t i = 0; i < ctx->files.n; i++)
			c->known[i] = ctx->files.v[i];
		for (size_t i = 0; i < ctx->sys_files.n; i++)
			c->known[ctx->files.n + i] = ctx->sys_files.v[i];
		if (c->n_known)
			qsort(c->known, c->n_known, sizeof(char *), cmp_ci);
		c->files = &ctx->files;
		c->by_base = xmalloc((ctx->files.n ? ctx->files.n : 1) * sizeof(size_t));
		for (size_t i = 0; i < ctx->files.n; i++)
			c->by_base[i] = i;
		if (ctx->files.n)
			qsort_r(c->by_base, ctx->files.n, sizeof(size_t), cmp_base, &ctx->files);
		ctx->inc_cache = c;
	}
	return ctx->inc_cache;
}

void env_inc_cache_free(struct env_inc_cache *c)
{
	if (!c)
		return;
	for (size_t i = 0; i < c->cap; i++)
		if (c->slots[i]) {
			free(c->slots[i]->path);
			strlist_free(&c->slots[i]->names);
			free(c->slots[i]);
		}
	free(c->slots);
	free(c->by_base);
	free(c->known);
	free(c);
}

/* ---------- resolution ---------- */

struct completion {
	struct env_ctx *ctx;
	struct env_inc_cache *cache;
	const char *tu;
	char *tu_dir;
	struct strlist dirs;     /* -I dirs, in order */
	struct strlist sys;      /* system header dirs */
	struct strlist seen;
	struct tu_flags *f;
};

/* dir/name with "." and ".." folded, textually. */
static char *normalize(const char *dir, const char *name)
{
	char *joined = xasprintf("%s/%s", dir, name);
	path_to_slashes(joined);
	struct strbuf sb = STRBUF_INIT;
	char *save = NULL;
	for (char *comp = strtok_r(joined, "/", &save); comp; comp = strtok_r(NULL, "/", &save)) {
		if (!strcmp(comp, "."))
			continue;
		if (!strcmp(comp, "..")) {
			char *slash = strrchr(sb.buf, '/');
			strbuf_setlen(&sb, slash ? (size_t)(slash - sb.buf) : 0);
			continue;
		}
		strbuf_addch(&sb, '/');
		strbuf_addstr(&sb, comp);
	}
	free(joined);
	return strbuf_detach(&sb, NULL);
}

/* The file dir/name, case-insensitively, as spelled on disk; NULL when absent.
 * Tree and header-dir files are looked up in memory: this runs for every
 * include of every TU. */
static char *try_dir(const struct completion *w, const char *dir, const char *name)
{
	char *p = normalize(dir, name);
	const char *key = p;
	const char **hit = w->cache->n_known ? bsearch(&key, w->cache->known, w->cache->n_known, sizeof(char *), cmp_ci) : NULL;
	if (hit) {
		free(p);
		return xstrdup(*hit);
	}
	bool indexed = str_starts_with(p, w->ctx->root);
	for (size_t i = 0; !indexed && i < w->sys.n; i++)
		indexed = str_starts_with(p, w->sys.v[i]);
	if (indexed) {
		free(p);
		return NULL;
	}
	char *real = env_resolve_path("/", p);
	free(p);
	if (real && path_is_file(real))
		return real;
	free(real);
	return NULL;
}

static size_t common_prefix(const char *a, const char *b)
{
	size_t n = 0, last_slash = 0;
	while (a[n] && a[n] == b[n]) {
		if (a[n] == '/')
			last_slash = n;
		n++;
	}
	return last_slash;
}

/* The tree file whose path ends with name (case-insensitively), nearest to
 * the TU; NULL when none. */
static const char *find_in_tree(struct env_inc_cache *c, const char *name, const char *tu)
{
	const char *base = base_of(name);
	size_t n = c->files->n, lo = 0, hi = n;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (strcasecmp(base_of(c->files->v[c->by_base[mid]]), base) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	const char *best = NULL;
	size_t best_common = 0;
	size_t nl = strlen(name);
	for (size_t i = lo; i < n && !strcasecmp(base_of(c->files->v[c->by_base[i]]), base); i++) {
		const char *cand = c->files->v[c->by_base[i]];
		size_t cl = strlen(cand);
		if (cl <= nl || cand[cl - nl - 1] != '/' || strcasecmp(cand + cl - nl, name))
			continue;
		size_t common = common_prefix(cand, tu);
		if (!best || common > best_common) {
			best = cand;
			best_common = common;
		}
	}
	return best;
}


static void walk(struct completion *w, const char *path, int depth)
{
	if (depth > COMPLETE_DEPTH || w->seen.n >= COMPLETE_MAX_FILES || strlist_has(&w->seen, path))
		return;
	strlist_add(&w->seen, path);
	const struct strlist *names = includes_of(w->cache, path);
	char *dir = path_dirname(path);
	for (size_t i = 0; i < names->n; i++) {
		const char *name = names->v[i] + 1;
		bool quoted = names->v[i][0] == '"';
		if (str_iends_with(name, ".tmh"))
			continue; /* WPP: stubbed by the overlay */
		char *hit = quoted ? try_dir(w, dir, name) : NULL;
		if (!hit && quoted)
			hit = try_dir(w, w->tu_dir, name);
		for (size_t d = 0; !hit && d < w->dirs.n; d++)
			hit = try_dir(w, w->dirs.v[d], name);
		for (size_t d = 0; !hit && d < w->sys.n; d++)
			hit = try_dir(w, w->sys.v[d], name);
		if (!hit && !strstr(name, "..")) {
			const char *found = find_in_tree(w->cache, name, w->tu);
			if (found) {
				char *inc = xstrndup(found, strlen(found) - strlen(name) - 1);
				if (!strlist_has(&w->dirs, inc)) {
					char *why = xasprintf("include completion: \"%s\" found only there", name);
					argvec_add(&w->f->user, "-I", why);
					argvec_add(&w->f->user, inc, why);
					free(why);
					strlist_add(&w->dirs, inc);
				}
				free(inc);
				hit = xstrdup(found);
			}
		}
		/* Only the tree's own headers are followed. */
		if (hit && str_starts_with(hit, w->ctx->root))
			walk(w, hit, depth + 1);
		free(hit);
	}
	free(dir);
}

void env_complete_includes(struct env_ctx *ctx, const char *file, struct tu_flags *f, bool kernel)
{
	struct completion w = { .ctx = ctx, .cache = cache_of(ctx), .tu = file, .f = f };
	w.tu_dir = path_dirname(file);
	for (size_t i = 0; i + 1 < f->user.n; i++)
		if (!strcmp(f->user.args[i], "-I"))
			strlist_add(&w.dirs, f->user.args[i + 1]);
	for (const char *const *p = ctx->opts->extra_includes; p && *p; p++)
		strlist_add(&w.dirs, *p);
	strlist_add(&w.sys, DRISO_CLANG_RESOURCE_DIR "/include");
	strlist_add(&w.sys, compile_env_shim_dir());
	if (ctx->wdk_km) {
		const char *wdk[] = { ctx->wdk_km, ctx->wdk_km_crt, ctx->wdk_shared, ctx->wdk_um, ctx->wdk_ucrt };
		for (size_t i = 0; i < sizeof(wdk) / sizeof(wdk[0]); i++)
			if (wdk[i])
				strlist_add(&w.sys, wdk[i]);
	} else {
		if (kernel)
			strlist_add(&w.sys, DRISO_MINGW_INCLUDE "/ddk");
		strlist_add(&w.sys, DRISO_MINGW_INCLUDE);
	}
	walk(&w, file, 0);
	strlist_free(&w.dirs);
	strlist_free(&w.sys);
	strlist_free(&w.seen);
	free(w.tu_dir);
}

/* ---------- sources #included by another ---------- */

static bool is_c_source(const char *name)
{
	return str_iends_with(name, ".c") || str_iends_with(name, ".cpp") || str_iends_with(name, ".cxx") ||
	       str_iends_with(name, ".cc");
}

const char *env_included_by(struct env_ctx *ctx, const char *tu)
{
	struct env_inc_cache *c = cache_of(ctx);
	const char *base = path_basename(tu);
	for (size_t i = 0; i < ctx->files.n; i++) {
		const char *f = ctx->files.v[i];
		if (!strcmp(f, tu) || !(is_c_source(f) || str_iends_with(f, ".h") || str_iends_with(f, ".hpp")))
			continue;
		const struct strlist *names = includes_of(c, f);
		for (size_t k = 0; k < names->n; k++) {
			const char *name = names->v[k] + 1; /* past the '"' or '<' */
			if (!is_c_source(name) || strcasecmp(path_basename(name), base))
				continue;
			char *dir = path_dirname(f);
			char *hit = env_resolve_path(dir, name);
			bool same = hit && !strcmp(hit, tu);
			free(hit);
			free(dir);
			if (same)
				return f;
		}
	}
	return NULL;
}
