/*
 * bench_source_rules: run the source rules over a tree the way `driso scan`
 * does (compile_env_discover → frontend_parse → source_rules_run, grouped
 * per project) and print every finding with its evidence, plus timings.
 * Used to measure precision on real driver trees by hand:
 *   build/bench/bench_source_rules [-q] [--target-os 1803] DIR
 */
#include "analyzer/compile_env.h"
#include "analyzer/frontend.h"
#include "analyzer/source_rules.h"
#include "core/diag.h"
#include "core/finding.h"
#include "core/options.h"
#include "core/util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static double now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

static int by_project(const void *a, const void *b)
{
	const struct tu_config *x = *(const struct tu_config *const *)a, *y = *(const struct tu_config *const *)b;
	const char *px = x->project ? x->project : "", *py = y->project ? y->project : "";
	int r = strcmp(px, py);
	return r ? r : strcmp(x->file, y->file);
}

int main(int argc, char **argv)
{
	bool quiet = false, proposals = false, verbose = false;
	const char *dir = NULL;
	struct scan_options opts = { 0 };
	for (int i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "-q"))
			quiet = true;
		else if (!strcmp(argv[i], "-p"))
			proposals = true;
		else if (!strcmp(argv[i], "-v"))
			verbose = true;
		else if (!strcmp(argv[i], "--target-os") && i + 1 < argc)
			opts.target_build = parse_os_build(argv[++i]);
		else if (!strcmp(argv[i], "--company") && i + 1 < argc)
			opts.company = argv[++i];
		else
			dir = argv[i];
	}
	if (!dir) {
		fprintf(stderr, "usage: bench_source_rules [-q] [-p] [-v] [--target-os B] [--company C] DIR\n");
		return 2;
	}
	char *root = realpath(dir, NULL);
	if (!root) {
		perror(dir);
		return 2;
	}
	opts.root = path_is_dir(root) ? root : path_dirname(root);
	struct compile_env_options ceo = { 0 };
	struct tu_config_list cfgs = { 0 };
	struct diag_list errors = { 0 };
	double t0 = now();
	compile_env_discover(root, &ceo, &cfgs, &errors);
	struct tu_config **sorted = xcalloc(cfgs.n + 1, sizeof(*sorted));
	for (size_t i = 0; i < cfgs.n; i++)
		sorted[i] = &cfgs.items[i];
	qsort(sorted, cfgs.n, sizeof(*sorted), by_project);
	struct frontend *fe = frontend_new();
	struct finding_list all = { 0 };
	double parse_time = 0, rule_time = 0;
	size_t tus_done = 0, parse_errors = 0;
	for (size_t i = 0; i < cfgs.n;) {
		size_t j = i;
		const char *proj = sorted[i]->project ? sorted[i]->project : "";
		while (j < cfgs.n && !strcmp(sorted[j]->project ? sorted[j]->project : "", proj))
			j++;
		size_t n = j - i;
		struct tu_facts **tus = xcalloc(n, sizeof(*tus));
		double a = now();
		for (size_t k = 0; k < n; k++) {
			tus[k] = frontend_parse(fe, sorted[i + k], &errors);
			if (tus[k]->n_errors)
				parse_errors++;
			if (verbose)
				fprintf(stderr, "%s: %d errors, %zu calls [%s]\n", sorted[i + k]->file, tus[k]->n_errors,
					tus[k]->n_calls, proj);
		}
		double b = now();
		source_rules_run(tus, (const struct tu_config *const *)&sorted[i], n, &opts, &all);
		double c = now();
		parse_time += b - a;
		rule_time += c - b;
		tus_done += n;
		for (size_t k = 0; k < n; k++)
			tu_facts_free(tus[k]);
		free(tus);
		i = j;
	}
	for (size_t i = 0; i < all.n; i++) {
		const struct finding *f = all.items[i];
		printf("%s:%d:%d: %s: %s [%s] env=%s target=%s\n", f->file, f->line, f->col, severity_name(f->severity),
		       f->message, f->rule, f->environment ? f->environment : "-", f->target ? f->target : "-");
		if (!quiet)
			for (size_t e = 0; e < f->n_evidence; e++)
				printf("    %s:%d:%d: %s\n", f->evidence[e].file, f->evidence[e].line, f->evidence[e].col,
				       f->evidence[e].message);
		if (proposals && f->proposal)
			printf("  proposal:\n%s\n", f->proposal);
	}
	fprintf(stderr, "%zu TUs (%zu with errors), %zu findings; discover+parse %.2fs, rules %.3fs, total %.2fs\n",
		tus_done, parse_errors, all.n, parse_time, rule_time, now() - t0);
	finding_list_free(&all);
	frontend_free(fe);
	free(sorted);
	tu_config_list_free(&cfgs);
	diag_list_free(&errors);
	if (opts.root != root)
		free((char *)opts.root);
	free(root);
	return 0;
}
