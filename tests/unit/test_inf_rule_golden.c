/*
 * Golden tests for the INF rules: every directory under
 * tests/fixtures/inf_rules/ holds input.inf|input.inx, findings.txt ("line
 * rule infverif[ note]" per finding, sorted), expected.inf|expected.inx (the
 * file after every fix is applied; absent = no edit expected) and options
 * (verbose, keep_downlevel, wbuild=N). Each case also checks idempotence:
 * the fixed file has no fixable finding left and fixing it changes nothing.
 * DRISO_UPDATE_GOLDEN=1 rewrites findings.txt/expected.* (review the diff!).
 */
#include "tests/harness.h"
#include "test_inf_rule_common.h"

#include <dirent.h>
#include <stdio.h>

static char *read_or_null(const char *path, size_t *n)
{
	char *d;
	if (read_file(path, &d, n) < 0)
		return NULL;
	return d;
}

static void write_all(const char *path, const char *d, size_t n)
{
	FILE *f = fopen(path, "wb");
	if (!f)
		return;
	fwrite(d, 1, n, f);
	fclose(f);
}

static struct scan_options case_options(const char *dir)
{
	struct scan_options o = tinf_opts();
	char *p = path_join(dir, "options");
	size_t n;
	char *d = read_or_null(p, &n);
	free(p);
	if (d) {
		o.verbose = strstr(d, "verbose") != NULL;
		o.keep_downlevel = strstr(d, "keep_downlevel") != NULL;
		const char *w = strstr(d, "wbuild=");
		if (w)
			o.wbuild = atoi(w + 7);
		free(d);
	}
	return o;
}

static int n_cases, n_failed;

static void run_case(const char *dir)
{
	const char *ext = "inf";
	char *in = path_join(dir, "input.inf");
	if (!path_is_file(in)) {
		free(in);
		in = path_join(dir, "input.inx");
		ext = "inx";
	}
	size_t n;
	char *bytes = read_or_null(in, &n);
	if (!bytes) {
		fprintf(stderr, "%s: no input\n", dir);
		n_failed++;
		free(in);
		return;
	}
	n_cases++;
	struct inf_file *inf = tinf_parse(in, bytes, n);
	if (!inf) {
		fprintf(stderr, "%s: input does not parse\n", dir);
		n_failed++;
		free(in);
		free(bytes);
		return;
	}
	inf->is_inx = strcmp(ext, "inx") == 0;
	struct scan_options o = case_options(dir);
	struct finding_list l = { 0 };
	tinf_run(inf, &o, &l);
	char *summary = tinf_summary(&l);
	char *fpath = path_join(dir, "findings.txt");
	char *epath = xasprintf("%s/expected.%s", dir, ext);
	char *fixed = NULL;
	size_t fixed_n = 0;
	char err[256] = "";
	if (tinf_apply_all(inf, &l, &fixed, &fixed_n, err, sizeof(err)) < 0) {
		fprintf(stderr, "%s: fixes do not apply together: %s\n", dir, err);
		n_failed++;
	}
	bool update = getenv("DRISO_UPDATE_GOLDEN") != NULL;
	if (update) {
		write_all(fpath, summary, strlen(summary));
		if (fixed && (fixed_n != n || memcmp(fixed, bytes, n) != 0))
			write_all(epath, fixed, fixed_n);
		else
			remove(epath);
	}
	size_t en;
	char *want = read_or_null(fpath, &en);
	if (!want || strcmp(want, summary) != 0) {
		fprintf(stderr, "%s: findings differ\n--- expected\n%s--- got\n%s", dir, want ? want : "", summary);
		n_failed++;
	}
	free(want);
	size_t xn;
	char *expect = read_or_null(epath, &xn);
	if (!expect) {
		expect = xmalloc(n + 1);
		memcpy(expect, bytes, n);
		xn = n;
	}
	if (fixed && (fixed_n != xn || memcmp(fixed, expect, xn) != 0)) {
		fprintf(stderr, "%s: fixed file differs from expected.%s\n--- got\n%.*s\n", dir, ext, (int)fixed_n, fixed);
		n_failed++;
	}
	/* idempotence: rescanning the fixed file leaves nothing to fix */
	if (fixed) {
		struct inf_file *again = tinf_parse(in, fixed, fixed_n);
		if (!again) {
			fprintf(stderr, "%s: fixed file does not parse\n", dir);
			n_failed++;
		} else {
			again->is_inx = inf->is_inx;
			struct finding_list l2 = { 0 };
			tinf_run(again, &o, &l2);
			if (tinf_n_fixable(&l2)) {
				char *s2 = tinf_summary(&l2);
				fprintf(stderr, "%s: fixed file still has fixable findings:\n%s", dir, s2);
				free(s2);
				n_failed++;
			}
			char *twice = NULL;
			size_t twice_n = 0;
			if (tinf_apply_all(again, &l2, &twice, &twice_n, err, sizeof(err)) < 0 || twice_n != fixed_n ||
			    memcmp(twice, fixed, fixed_n) != 0) {
				fprintf(stderr, "%s: fixing twice changed the file\n", dir);
				n_failed++;
			}
			free(twice);
			finding_list_free(&l2);
			inf_free(again);
		}
	}
	free(expect);
	free(fixed);
	free(summary);
	free(fpath);
	free(epath);
	finding_list_free(&l);
	inf_free(inf);
	free(bytes);
	free(in);
}

static int by_name(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

TEST(golden_cases)
{
	char *root = path_join(DRISO_FIXTURES, "inf_rules");
	DIR *d = opendir(root);
	CHECK(d != NULL);
	char *names[256];
	size_t k = 0;
	struct dirent *de;
	while ((de = readdir(d)) && k < 256)
		if (de->d_name[0] != '.')
			names[k++] = xstrdup(de->d_name);
	closedir(d);
	qsort(names, k, sizeof(*names), by_name);
	for (size_t i = 0; i < k; i++) {
		char *dir = path_join(root, names[i]);
		if (path_is_dir(dir))
			run_case(dir);
		free(dir);
		free(names[i]);
	}
	free(root);
	CHECK(n_cases >= 8);
	CHECK_INT(n_failed, 0);
}

int main(void)
{
	RUN(golden_cases);
	return HARNESS_DONE();
}
