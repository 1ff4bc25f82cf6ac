#include "cli/scan_cache.h"
#include "core/sha256.h"
#include "core/strbuf.h"
#include "core/util.h"
#include "reports/report.h"
#include "analyzer/compile_env.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define CACHE_LAYOUT "v1"

struct dir_hash {
	char *dir;
	char hex[65];
};

struct scan_cache {
	char *dir;              /* <root>/.driso-cache/v1 */
	char *root_real;
	char shim_hex[65];
	char exe_hex[65];       /* the running binary: rule changes between builds invalidate */
	struct dir_hash *memo;
	size_t n_memo, alloc_memo;
	size_t hits, misses;
};

static bool is_header_name(const char *n)
{
	static const char *const ext[] = { ".h", ".hpp", ".hxx", ".hh", ".inl", ".tmh", ".mc", ".idl" };
	for (size_t i = 0; i < sizeof(ext) / sizeof(ext[0]); i++)
		if (str_iends_with(n, ext[i]))
			return true;
	return false;
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Hash every header below dir (sorted, recursive) into ctx. */
static void hash_headers(struct sha256_ctx *ctx, const char *dir, int depth)
{
	if (depth > 16)
		return;
	DIR *d = opendir(dir);
	if (!d)
		return;
	char **names = NULL;
	size_t n = 0, alloc = 0;
	struct dirent *de;
	while ((de = readdir(d))) {
		if (de->d_name[0] == '.')
			continue;
		ALLOC_GROW(names, n + 1, alloc);
		names[n++] = xstrdup(de->d_name);
	}
	closedir(d);
	if (n > 1)
		qsort(names, n, sizeof(*names), cmp_str);
	for (size_t i = 0; i < n; i++) {
		char *p = path_join(dir, names[i]);
		struct stat st;
		if (!lstat(p, &st)) {
			if (S_ISDIR(st.st_mode)) {
				hash_headers(ctx, p, depth + 1);
			} else if (S_ISREG(st.st_mode) && is_header_name(names[i])) {
				char hex[65];
				if (sha256_file_hex(p, hex) == 0) {
					sha256_update(ctx, p, strlen(p) + 1);
					sha256_update(ctx, hex, 64);
				}
			}
		}
		free(p);
		free(names[i]);
	}
	free(names);
}

static const char *dir_hash(struct scan_cache *c, const char *dir)
{
	for (size_t i = 0; i < c->n_memo; i++)
		if (!strcmp(c->memo[i].dir, dir))
			return c->memo[i].hex;
	struct sha256_ctx ctx;
	unsigned char d[32];
	sha256_init(&ctx);
	hash_headers(&ctx, dir, 0);
	sha256_final(&ctx, d);
	ALLOC_GROW(c->memo, c->n_memo + 1, c->alloc_memo);
	struct dir_hash *m = &c->memo[c->n_memo++];
	m->dir = xstrdup(dir);
	for (int i = 0; i < 32; i++)
		snprintf(m->hex + 2 * i, 3, "%02x", d[i]);
	return m->hex;
}

static int mkdir_p(const char *path)
{
	char *p = xstrdup(path);
	for (char *s = p + 1; *s; s++) {
		if (*s != '/')
			continue;
		*s = '\0';
		if (mkdir(p, 0777) && errno != EEXIST) {
			free(p);
			return -1;
		}
		*s = '/';
	}
	int rc = (mkdir(p, 0777) && errno != EEXIST) ? -1 : 0;
	free(p);
	return rc;
}

struct scan_cache *scan_cache_open(const char *root, const char *dir)
{
	char *real = realpath(root, NULL);
	if (!real)
		return NULL;
	if (!path_is_dir(real)) {
		char *d = path_dirname(real);
		free(real);
		real = d;
	}
	struct scan_cache *c = xcalloc(1, sizeof(*c));
	c->root_real = real;
	char *base = dir ? xstrdup(dir) : path_join(real, ".driso-cache");
	c->dir = path_join(base, CACHE_LAYOUT);
	free(base);
	if (mkdir_p(c->dir)) {
		scan_cache_close(c);
		return NULL;
	}
	/* the shims are part of what a TU parses as: their content is in every key */
	snprintf(c->shim_hex, sizeof(c->shim_hex), "%s", dir_hash(c, compile_env_shim_dir()));
	if (sha256_file_hex("/proc/self/exe", c->exe_hex))
		snprintf(c->exe_hex, sizeof(c->exe_hex), "%s", DRISO_VERSION);
	return c;
}

void scan_cache_close(struct scan_cache *c)
{
	if (!c)
		return;
	for (size_t i = 0; i < c->n_memo; i++)
		free(c->memo[i].dir);
	free(c->memo);
	free(c->dir);
	free(c->root_real);
	free(c);
}

static bool inside_root(const struct scan_cache *c, const char *dir)
{
	size_t rl = strlen(c->root_real);
	return !strncmp(dir, c->root_real, rl) && (dir[rl] == '/' || dir[rl] == '\0');
}

static void hash_search_dir(struct scan_cache *c, struct sha256_ctx *ctx, const char *base, const char *dir)
{
	char *joined = dir[0] == '/' ? xstrdup(dir) : path_join(base, dir);
	char *real = realpath(joined, NULL);
	free(joined);
	if (real && inside_root(c, real)) {
		const char *h = dir_hash(c, real);
		sha256_update(ctx, h, 64);
	}
	free(real);
}

void scan_cache_key(struct scan_cache *c, const struct tu_config *const *cfgs, size_t n,
		    const struct scan_options *opts, char key[65])
{
	struct sha256_ctx ctx;
	struct strbuf sb = STRBUF_INIT;
	sha256_init(&ctx);
	strbuf_addf(&sb, "driso %s %s cache " CACHE_LAYOUT "\nshims %s\nwbuild %d target %d company %s keep %d verbose %d\n",
		    DRISO_VERSION, c->exe_hex, c->shim_hex, opts->wbuild, opts->target_build,
		    opts->company ? opts->company : "", opts->keep_downlevel, opts->verbose);
	sha256_update(&ctx, sb.buf, sb.len);
	for (size_t i = 0; i < n; i++) {
		const struct tu_config *t = cfgs[i];
		strbuf_reset(&sb);
		strbuf_addf(&sb, "tu %s\nconfig %s\nmodel %d build %d\n", t->file,
			    t->configuration ? t->configuration : "", (int)t->model, t->target_build);
		for (size_t a = 0; a < t->n_args; a++) {
			/* per-run temp paths (VFS overlay, generated-header stubs): their
			 * content derives from the tree, their names change every run */
			if (a + 1 < t->n_args && strstr(t->args[a + 1], "/driso-env-") &&
			    (!strcmp(t->args[a], "-ivfsoverlay") || !strcmp(t->args[a], "-idirafter") ||
			     !strcmp(t->args[a], "-isystem") || !strcmp(t->args[a], "-I") ||
			     !strcmp(t->args[a], "-include"))) {
				a++;
				continue;
			}
			if (strstr(t->args[a], "/driso-env-"))
				continue;
			strbuf_addstr(&sb, t->args[a]);
			strbuf_addch(&sb, '\n');
		}
		sha256_update(&ctx, sb.buf, sb.len);
		char hex[65] = "missing";
		sha256_file_hex(t->file, hex);
		sha256_update(&ctx, hex, strlen(hex));
		char *tudir = path_dirname(t->file);
		hash_search_dir(c, &ctx, tudir, tudir);
		const char *base = t->directory ? t->directory : tudir;
		for (size_t a = 0; a < t->n_args; a++) {
			const char *arg = t->args[a], *dir = NULL;
			if ((!strcmp(arg, "-I") || !strcmp(arg, "-iquote")) && a + 1 < t->n_args)
				dir = t->args[++a];
			else if (!strncmp(arg, "-I", 2) && arg[2])
				dir = arg + 2;
			if (dir)
				hash_search_dir(c, &ctx, base, dir);
		}
		free(tudir);
	}
	strbuf_release(&sb);
	unsigned char d[32];
	sha256_final(&ctx, d);
	for (int i = 0; i < 32; i++)
		snprintf(key + 2 * i, 3, "%02x", d[i]);
}

static char *entry_path(const struct scan_cache *c, const char *key)
{
	char *name = xasprintf("%s.json", key);
	char *p = path_join(c->dir, name);
	free(name);
	return p;
}

int scan_cache_get(struct scan_cache *c, const char *key, struct finding_list *findings,
		   struct diag_list *errors)
{
	char *p = entry_path(c, key);
	int rc = -1;
	if (path_is_file(p)) {
		struct report r;
		struct diag_list load_errors = { 0 };
		report_init(&r);
		if (report_load_json(p, &r, &load_errors) == 0) {
			finding_list_take(findings, &r.findings);
			for (size_t i = 0; i < r.errors.n; i++)
				diag_add(errors, r.errors.items[i].file, r.errors.items[i].line, "%s",
					 r.errors.items[i].message);
			rc = 0;
		}
		diag_list_free(&load_errors);
		report_free(&r);
	}
	free(p);
	if (rc)
		c->misses++;
	else
		c->hits++;
	return rc;
}

void scan_cache_put(struct scan_cache *c, const char *key, struct finding **findings, size_t n_findings,
		    const struct diag_list *errors)
{
	struct report r;
	report_init(&r);
	r.findings.items = findings;   /* borrowed: not freed here */
	r.findings.n = n_findings;
	r.errors = *errors;
	char *p = entry_path(c, key);
	char *tmp = xasprintf("%s.tmp.%d", p, (int)getpid());
	FILE *f = fopen(tmp, "w");
	if (f) {
		struct report_write_options wo = { 0 };
		int ok = report_write(&r, REPORT_JSON, f, &wo) == 0;
		ok &= fclose(f) == 0;
		if (!ok || rename(tmp, p))
			unlink(tmp);
	}
	free(tmp);
	free(p);
}

void scan_cache_stats(const struct scan_cache *c, size_t *hits, size_t *misses)
{
	*hits = c ? c->hits : 0;
	*misses = c ? c->misses : 0;
}
