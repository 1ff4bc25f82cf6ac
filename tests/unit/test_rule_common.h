/*
 * test_rule_common: parse C snippets with the canonical flags and run the
 * source rules on them, comparing against golden expectations written in
 * the snippets themselves.
 *
 * A fixture is a .c/.cpp file (one TU) or a directory of them (one package,
 * several TUs) under tests/fixtures/rules/<family>/. Its first line may carry
 *     driso-test: env=WDM|KMDF|UMDF|SERVICE|APP [build=17134] [name=svc] [company=X]
 * and every line where a finding is expected carries a comment
 *     EXPECT: <rule> <severity> <target>
 * Every family runs on every fixture, so a fixture also asserts that no
 * other rule fires where none is expected (negatives have no EXPECT).
 */
#ifndef DRISO_TEST_RULE_COMMON_H
#define DRISO_TEST_RULE_COMMON_H

#include "../harness.h"

#include "analyzer/compile_env.h"
#include "analyzer/frontend.h"
#include "analyzer/source_rules.h"
#include "core/strbuf.h"
#include "core/util.h"

#include <dirent.h>
#include <stdbool.h>
#include <sys/stat.h>

#define RULE_FIX DRISO_FIXTURES "/rules/"
#define RULE_SHIMS DRISO_SOURCE_DIR "/analyzer/shims"

struct rt_env {
	enum driver_model model;
	int build;
	char name[64];
	char company[64];
};

static inline void rt_read_header(const char *file, struct rt_env *env)
{
	memset(env, 0, sizeof(*env));
	env->model = MODEL_WDM;
	char *data;
	size_t len;
	if (read_file(file, &data, &len))
		return;
	char *nl = strchr(data, '\n');
	if (nl)
		*nl = '\0';
	const char *h = strstr(data, "driso-test:");
	if (h) {
		static const struct { const char *k; enum driver_model m; } models[] = {
			{ "env=WDM", MODEL_WDM }, { "env=KMDF", MODEL_KMDF }, { "env=UMDF", MODEL_UMDF },
			{ "env=SERVICE", MODEL_USER_SERVICE }, { "env=APP", MODEL_USER_APP },
		};
		for (size_t i = 0; i < sizeof(models) / sizeof(models[0]); i++)
			if (strstr(h, models[i].k))
				env->model = models[i].m;
		const char *b = strstr(h, "build=");
		if (b)
			env->build = atoi(b + 6);
		const char *n = strstr(h, "name=");
		if (n)
			sscanf(n + 5, "%63[A-Za-z0-9_]", env->name);
		const char *c = strstr(h, "company=");
		if (c)
			sscanf(c + 8, "%63[A-Za-z0-9_]", env->company);
	}
	free(data);
}

/* Canonical flags (brief) for a model, built by hand so the rules are tested alone. */
static inline struct tu_config rt_cfg(const char *file, const struct rt_env *env)
{
	bool kernel = env->model == MODEL_WDM || env->model == MODEL_KMDF;
	const char *args[40];
	size_t n = 0;
	args[n++] = "--target=x86_64-w64-mingw32";
	args[n++] = "-fms-extensions";
	args[n++] = "-nostdinc";
	args[n++] = "-isystem";
	args[n++] = DRISO_CLANG_RESOURCE_DIR "/include";
	args[n++] = "-isystem";
	args[n++] = RULE_SHIMS;
	if (kernel) {
		args[n++] = "-isystem";
		args[n++] = DRISO_MINGW_INCLUDE "/ddk";
	}
	args[n++] = "-isystem";
	args[n++] = DRISO_MINGW_INCLUDE;
	if (kernel)
		args[n++] = "-D_KERNEL_MODE=1";
	args[n++] = "-D_AMD64_";
	args[n++] = "-DAMD64";
	args[n++] = "-D_WIN64";
	args[n++] = "-DNTDDI_VERSION=0x0A000005";
	args[n++] = "-D_WIN32_WINNT=0x0A00";
	args[n++] = "-DWINVER=0x0A00";
	if (env->model == MODEL_KMDF) {
		args[n++] = "-DKMDF_VERSION_MAJOR=1";
		args[n++] = "-DKMDF_VERSION_MINOR=15";
	}
	if (env->model == MODEL_UMDF) {
		args[n++] = "-DUMDF_VERSION_MAJOR=2";
		args[n++] = "-DUMDF_VERSION_MINOR=15";
	}
	if (str_ends_with(file, ".cpp")) {
		args[n++] = "-x";
		args[n++] = "c++";
	}
	struct tu_config c;
	memset(&c, 0, sizeof(c));
	c.file = xstrdup(file);
	c.directory = path_dirname(file);
	c.args = xcalloc(n + 1, sizeof(char *));
	for (size_t i = 0; i < n; i++)
		c.args[c.n_args++] = xstrdup(args[i]);
	c.model = env->model;
	c.kernel = kernel;
	c.target_build = env->build;
	c.target_name = env->name[0] ? xstrdup(env->name) : NULL;
	return c;
}

static inline void rt_free_cfg(struct tu_config *c)
{
	for (size_t i = 0; i < c->n_args; i++)
		free(c->args[i]);
	free(c->args);
	free(c->file);
	free(c->directory);
	free(c->target_name);
}

static inline int rt_cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Sources of a fixture: the file itself, or the .c/.cpp files of a directory (sorted). */
static inline size_t rt_sources(const char *path, char ***out)
{
	*out = NULL;
	if (!path_is_dir(path)) {
		*out = xcalloc(1, sizeof(char *));
		(*out)[0] = xstrdup(path);
		return 1;
	}
	DIR *d = opendir(path);
	size_t n = 0, alloc = 0;
	struct dirent *de;
	while (d && (de = readdir(d))) {
		if (!str_ends_with(de->d_name, ".c") && !str_ends_with(de->d_name, ".cpp"))
			continue;
		ALLOC_GROW(*out, n + 1, alloc);
		(*out)[n++] = path_join(path, de->d_name);
	}
	if (d)
		closedir(d);
	if (n)
		qsort(*out, n, sizeof(char *), rt_cmp);
	return n;
}

/* Parse a fixture and run every rule family; root = the fixture's directory. */
static inline void rt_scan(const char *path, struct finding_list *out, const struct rt_env *override)
{
	char **files;
	size_t n = rt_sources(path, &files);
	struct tu_config *cfgs = xcalloc(n + 1, sizeof(*cfgs));
	const struct tu_config **cp = xcalloc(n + 1, sizeof(*cp));
	struct tu_facts **tus = xcalloc(n + 1, sizeof(*tus));
	struct frontend *fe = frontend_new();
	struct diag_list d = { 0 };
	struct rt_env first = { 0 };
	for (size_t i = 0; i < n; i++) {
		struct rt_env env;
		rt_read_header(files[i], &env);
		if (override)
			env = *override;
		if (i == 0)
			first = env;
		cfgs[i] = rt_cfg(files[i], &env);
		cp[i] = &cfgs[i];
		tus[i] = frontend_parse(fe, &cfgs[i], &d);
	}
	char *root = path_is_dir(path) ? xstrdup(path) : path_dirname(path);
	struct scan_options opts = { .root = root, .company = first.company[0] ? first.company : NULL };
	source_rules_run(tus, cp, n, &opts, out);
	for (size_t i = 0; i < n; i++) {
		tu_facts_free(tus[i]);
		rt_free_cfg(&cfgs[i]);
		free(files[i]);
	}
	free(files);
	free(tus);
	free(cp);
	free(cfgs);
	free(root);
	diag_list_free(&d);
	frontend_free(fe);
}

/* "file:line rule severity target" for each finding, sorted, one per line. */
static inline char *rt_actual(const struct finding_list *l)
{
	char **lines = xcalloc(l->n + 1, sizeof(char *));
	for (size_t i = 0; i < l->n; i++) {
		const struct finding *f = l->items[i];
		lines[i] = xasprintf("%s:%d %s %s %s", path_basename(f->file), f->line, f->rule, severity_name(f->severity),
				     f->target ? f->target : "-");
	}
	if (l->n)
		qsort(lines, l->n, sizeof(char *), rt_cmp);
	struct strbuf sb = STRBUF_INIT;
	for (size_t i = 0; i < l->n; i++) {
		strbuf_addf(&sb, "%s\n", lines[i]);
		free(lines[i]);
	}
	free(lines);
	return strbuf_detach(&sb, NULL);
}

/* The same lines from the EXPECT comments of the fixture's sources. */
static inline char *rt_expected(const char *path)
{
	char **files;
	size_t n = rt_sources(path, &files);
	char **lines = NULL;
	size_t nl = 0, alloc = 0;
	for (size_t i = 0; i < n; i++) {
		char *data;
		size_t len;
		if (read_file(files[i], &data, &len) == 0) {
			int line = 1;
			for (char *p = data; *p; p++) {
				if (*p == '\n')
					line++;
				if (!strncmp(p, "EXPECT:", 7)) {
					char rule[64], sev[16], target[64];
					if (sscanf(p + 7, " %63s %15s %63s", rule, sev, target) == 3) {
						ALLOC_GROW(lines, nl + 1, alloc);
						lines[nl++] = xasprintf("%s:%d %s %s %s", path_basename(files[i]), line, rule, sev, target);
					}
				}
			}
			free(data);
		}
		free(files[i]);
	}
	free(files);
	if (nl)
		qsort(lines, nl, sizeof(char *), rt_cmp);
	struct strbuf sb = STRBUF_INIT;
	for (size_t i = 0; i < nl; i++) {
		strbuf_addf(&sb, "%s\n", lines[i]);
		free(lines[i]);
	}
	free(lines);
	return strbuf_detach(&sb, NULL);
}

/* Run every fixture of a family directory; returns the number that failed. */
static inline int rt_run_family(const char *family, int *n_fixtures)
{
	char *dir = xasprintf("%s%s", RULE_FIX, family);
	DIR *d = opendir(dir);
	int failed = 0;
	*n_fixtures = 0;
	struct dirent *de;
	char **names = NULL;
	size_t n = 0, alloc = 0;
	while (d && (de = readdir(d))) {
		if (de->d_name[0] == '.')
			continue;
		ALLOC_GROW(names, n + 1, alloc);
		names[n++] = xstrdup(de->d_name);
	}
	if (d)
		closedir(d);
	if (n)
		qsort(names, n, sizeof(char *), rt_cmp);
	for (size_t i = 0; i < n; i++) {
		char *path = path_join(dir, names[i]);
		struct finding_list l = { 0 };
		rt_scan(path, &l, NULL);
		char *act = rt_actual(&l), *exp = rt_expected(path);
		(*n_fixtures)++;
		if (strcmp(act, exp)) {
			failed++;
			fprintf(stderr, "fixture %s/%s:\n--- expected\n%s--- actual\n%s", family, names[i], exp, act);
			for (size_t k = 0; k < l.n; k++) {
				const struct finding *f = l.items[k];
				fprintf(stderr, "  %s:%d:%d %s: %s\n", f->file, f->line, f->col, f->rule, f->message);
				for (size_t e = 0; e < f->n_evidence; e++)
					fprintf(stderr, "      %s:%d %s\n", f->evidence[e].file, f->evidence[e].line,
						f->evidence[e].message);
			}
		}
		free(act);
		free(exp);
		finding_list_free(&l);
		free(path);
		free(names[i]);
	}
	free(names);
	free(dir);
	return failed;
}

/* The single finding of `rule` at `line` of a one-file fixture, or NULL. */
static inline const struct finding *rt_find(const struct finding_list *l, const char *rule, int line)
{
	for (size_t i = 0; i < l->n; i++)
		if (!strcmp(l->items[i]->rule, rule) && l->items[i]->line == line)
			return l->items[i];
	return NULL;
}

/* Evidence messages joined with " | " (malloc'd). */
static inline char *rt_evidence(const struct finding *f)
{
	struct strbuf sb = STRBUF_INIT;
	for (size_t i = 0; i < f->n_evidence; i++)
		strbuf_addf(&sb, "%s%s:%d %s", i ? " | " : "", f->evidence[i].file, f->evidence[i].line,
			    f->evidence[i].message);
	return strbuf_detach(&sb, NULL);
}

#define RT_FAMILY_TEST(fn, family)                                                 \
	TEST(fn)                                                                   \
	{                                                                          \
		int n_fixtures = 0;                                                \
		int failed = rt_run_family(family, &n_fixtures);                   \
		CHECK(n_fixtures >= 2);                                            \
		CHECK_INT(failed, 0);                                              \
	}

#endif
