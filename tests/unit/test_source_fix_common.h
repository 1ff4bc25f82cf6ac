/*
 * test_source_fix_common: the round trip every source-fix test runs on a
 * fixture under tests/fixtures/source_fixes/<name>/ —
 *
 *   copy the fixture to a temp dir; discover it with compile_env (the flags
 *   driso scan uses); parse; run the source rules and source_fixes_attach;
 *   diff the fixes (edit_set + apply_prepare + diff_prepared_set) and compare
 *   with the golden tests/fixtures/source_fixes/<name>.patch; apply; reparse
 *   (no new errors); rescan (the fixed findings are gone, nothing fixable is
 *   left) and fix again (empty diff).
 *
 * DRISO_UPDATE_GOLDEN=1 in the environment rewrites the golden patches.
 */
#ifndef DRISO_TEST_SOURCE_FIX_COMMON_H
#define DRISO_TEST_SOURCE_FIX_COMMON_H

#include "../harness.h"

#include "analyzer/compile_env.h"
#include "analyzer/frontend.h"
#include "analyzer/source_fixes.h"
#include "analyzer/source_rules.h"
#include "core/strbuf.h"
#include "core/util.h"
#include "rewriters/apply.h"
#include "rewriters/diff.h"
#include "rewriters/edit_set.h"

#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define SFX_FIXTURES DRISO_FIXTURES "/source_fixes/"

/* Findings a rescan of the patched copy must report; (size_t)-1 = the
 * original count minus the fixed ones (the default). */
static size_t sfx_expect_left = (size_t)-1;

struct sfx_scan {
	struct finding_list findings;
	int parse_errors;       /* error diagnostics over every TU */
	size_t n_tus;
	size_t n_fixed;         /* findings carrying a fix */
};

static inline char *sfx_copy(const char *src)
{
	const char *base = getenv("TMPDIR");
	char *dir = xasprintf("%s/sfx-XXXXXX", base && *base ? base : "/tmp");
	if (!mkdtemp(dir))
		die("mkdtemp %s", dir);
	char *cmd = xasprintf("cp -r '%s'/. '%s'/", src, dir);
	if (system(cmd) != 0)
		die("%s failed", cmd);
	free(cmd);
	return dir;
}

static inline void sfx_rmtree(const char *dir)
{
	char *cmd = xasprintf("rm -rf '%s'", dir);
	if (system(cmd) != 0)
		fprintf(stderr, "could not remove %s\n", dir);
	free(cmd);
}

static inline void sfx_run_n(const char *root, const char *company, struct sfx_scan *out, int attach_runs)
{
	memset(out, 0, sizeof(*out));
	struct compile_env_options eo = { 0 };
	struct tu_config_list tl = { 0 };
	struct diag_list errs = { 0 };
	compile_env_discover(root, &eo, &tl, &errs);
	struct frontend *fe = frontend_new();
	struct tu_facts **tus = xcalloc(tl.n + 1, sizeof(*tus));
	const struct tu_config **cfgs = xcalloc(tl.n + 1, sizeof(*cfgs));
	for (size_t i = 0; i < tl.n; i++) {
		cfgs[i] = &tl.items[i];
		tus[i] = frontend_parse(fe, &tl.items[i], &errs);
		out->parse_errors += tus[i]->n_errors;
	}
	struct scan_options opts = { .root = root, .wbuild = DRISO_DEFAULT_WBUILD, .company = company };
	source_rules_run(tus, cfgs, tl.n, &opts, &out->findings);
	for (int r = 0; r < attach_runs; r++)
		source_fixes_attach(tus, cfgs, tl.n, &opts, &out->findings);
	finding_list_sort(&out->findings);
	for (size_t i = 0; i < out->findings.n; i++)
		out->n_fixed += out->findings.items[i]->n_fixes > 0;
	out->n_tus = tl.n;
	for (size_t i = 0; i < tl.n; i++)
		tu_facts_free(tus[i]);
	free(tus);
	free(cfgs);
	frontend_free(fe);
	tu_config_list_free(&tl);
	diag_list_free(&errs);
}

static inline void sfx_run(const char *root, const char *company, struct sfx_scan *out)
{
	sfx_run_n(root, company, out, 1);
}

/* The unified diff of every fix; -1 when the edit set or prepare failed. */
static inline int sfx_patch(const char *root, const struct sfx_scan *s, struct strbuf *patch, bool commit)
{
	struct edit_set es;
	struct diag_list errs = { 0 };
	struct prepared_set ps = { 0 };
	edit_set_init(&es);
	int rc = edit_set_add_findings(&es, &s->findings, &errs);
	if (rc == 0)
		rc = apply_prepare(&es, root, 0, &ps, &errs);
	if (rc == 0)
		diff_prepared_set(&ps, patch);
	if (rc == 0 && commit)
		rc = apply_commit(&ps, &errs);
	if (rc)
		diag_print(&errs, stderr);
	prepared_set_free(&ps);
	edit_set_free(&es);
	diag_list_free(&errs);
	return rc;
}

static inline bool sfx_golden(const char *name, const char *actual)
{
	char *path = xasprintf(SFX_FIXTURES "%s.patch", name);
	const char *upd = getenv("DRISO_UPDATE_GOLDEN");
	bool ok;
	if (upd && *upd == '1') {
		FILE *f = fopen(path, "wb");
		ok = f && fwrite(actual, 1, strlen(actual), f) == strlen(actual);
		if (f)
			fclose(f);
	} else {
		char *want = NULL;
		size_t len = 0;
		ok = read_file(path, &want, &len) == 0 && strcmp(want, actual) == 0;
		if (!ok)
			fprintf(stderr, "golden %s differs; actual:\n%s\n", path, actual);
		free(want);
	}
	free(path);
	return ok;
}

static inline bool sfx_has_evidence(const struct finding *f, const char *needle)
{
	for (size_t i = 0; i < f->n_evidence; i++)
		if (strstr(f->evidence[i].message, needle))
			return true;
	return false;
}

/* The finding of `rule` at file:line, or NULL. */
static inline const struct finding *sfx_find(const struct sfx_scan *s, const char *file, int line, const char *rule)
{
	for (size_t i = 0; i < s->findings.n; i++) {
		const struct finding *f = s->findings.items[i];
		if (!strcmp(f->file, file) && f->line == line && !strcmp(f->rule, rule))
			return f;
	}
	return NULL;
}

/*
 * The whole round trip on one fixture. Returns the scan of the original
 * (caller frees) for fixture-specific checks; *ok is false when a step failed.
 * With keep_dir the patched copy stays (caller removes it with sfx_rmtree).
 */
static inline void sfx_round_trip(const char *name, const char *company, struct sfx_scan *first, bool *ok,
				  char **keep_dir)
{
	*ok = false;
	char *src = xasprintf(SFX_FIXTURES "%s", name);
	char *dir = sfx_copy(src);
	sfx_run(dir, company, first);
	struct strbuf patch = STRBUF_INIT;
	if (sfx_patch(dir, first, &patch, true) != 0) {
		fprintf(stderr, "%s: fixes do not prepare/apply\n", name);
		goto out;
	}
	if (!sfx_golden(name, patch.buf))
		goto out;
	struct sfx_scan second;
	sfx_run(dir, company, &second);
	bool good = true;
	if (second.parse_errors > first->parse_errors) {
		fprintf(stderr, "%s: patched sources have %d parse errors, original %d\n", name, second.parse_errors,
			first->parse_errors);
		good = false;
	}
	if (second.n_fixed != 0) {
		fprintf(stderr, "%s: %zu findings still carry a fix after applying\n", name, second.n_fixed);
		good = false;
	}
	size_t want_left = sfx_expect_left != (size_t)-1 ? sfx_expect_left : first->findings.n - first->n_fixed;
	if (second.findings.n != want_left) {
		fprintf(stderr, "%s: %zu findings after the fix, expected %zu\n", name, second.findings.n, want_left);
		good = false;
	}
	struct strbuf again = STRBUF_INIT;
	if (sfx_patch(dir, &second, &again, false) != 0 || again.len != 0) {
		fprintf(stderr, "%s: fixing twice changes something:\n%s\n", name, again.buf);
		good = false;
	}
	strbuf_release(&again);
	finding_list_free(&second.findings);
	*ok = good;
out:
	strbuf_release(&patch);
	if (keep_dir) {
		*keep_dir = dir;
	} else {
		sfx_rmtree(dir);
		free(dir);
	}
	free(src);
}

#endif
