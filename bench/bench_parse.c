/*
 * bench_parse: what a TU costs the front end, against the compiler alone.
 *
 *   bench_parse [--limit N] [--every K] [--no-clang] PATH
 *
 * Discovers PATH's TUs with compile_env (as `driso scan` does), takes every
 * K-th (default 1) up to N (default 40) and measures, per TU, CPU time of:
 *   parse    clang_parseTranslationUnit2 alone (same options as the front end)
 *   facts    frontend_parse: parse + the fact walk (what driso pays)
 *   pre1     first parse with CXTranslationUnit_CreatePreambleOnFirstParse
 *   reparse  clang_reparseTranslationUnit reusing that preamble (what a
 *            re-check after `driso fix` would pay)
 *   clang    `clang-19 -fsyntax-only` with the same arguments (child CPU time)
 * and prints one line per TU and the totals and medians. Not a test: timings
 * depend on the machine (run with `nice` on a shared one).
 */
#include "analyzer/compile_env.h"
#include "analyzer/frontend.h"
#include "core/diag.h"
#include "core/util.h"

#include <clang-c/Index.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define CLANG_BIN "/usr/lib/llvm-19/bin/clang"

static double cpu_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
	return (double)ts.tv_sec * 1000.0 + (double)ts.tv_nsec / 1e6;
}

static const char **clang_args(const struct tu_config *c, int *n)
{
	const char **a = xcalloc(c->n_args + 8, sizeof(*a));
	int k = 0;
	for (size_t i = 0; i < c->n_args; i++)
		a[k++] = c->args[i];
	a[k++] = "-ferror-limit=0";
	a[k++] = "-Wno-everything";
	*n = k;
	return a;
}

static double time_libclang(CXIndex idx, const struct tu_config *c, unsigned opts, double *reparse_ms)
{
	int n;
	const char **a = clang_args(c, &n);
	CXTranslationUnit tu = NULL;
	double t0 = cpu_ms();
	clang_parseTranslationUnit2(idx, c->file, a, n, NULL, 0, opts, &tu);
	double ms = cpu_ms() - t0;
	if (reparse_ms) {
		*reparse_ms = -1;
		if (tu) {
			t0 = cpu_ms();
			if (clang_reparseTranslationUnit(tu, 0, NULL, clang_defaultReparseOptions(tu)) == 0)
				*reparse_ms = cpu_ms() - t0;
		}
	}
	if (tu)
		clang_disposeTranslationUnit(tu);
	free(a);
	return ms;
}

/* CPU time of `clang -fsyntax-only` on the same TU and flags (user+sys of the child). */
static double time_clang(const struct tu_config *c)
{
	int n;
	const char **a = clang_args(c, &n);
	const char **argv = xcalloc((size_t)n + 5, sizeof(*argv));
	int k = 0;
	argv[k++] = CLANG_BIN;
	argv[k++] = "-fsyntax-only";
	for (int i = 0; i < n; i++)
		argv[k++] = a[i];
	argv[k++] = c->file;
	argv[k] = NULL;
	pid_t pid = fork();
	if (pid == 0) {
		if (c->directory && chdir(c->directory) != 0)
			_exit(127);
		freopen("/dev/null", "w", stderr);
		execv(CLANG_BIN, (char *const *)argv);
		_exit(127);
	}
	free(argv);
	free(a);
	if (pid < 0)
		return -1;
	int status;
	struct rusage ru;
	if (wait4(pid, &status, 0, &ru) < 0)
		return -1;
	return (double)(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) * 1000.0 +
	       (double)(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1000.0;
}

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return x < y ? -1 : x > y;
}

static double median(double *v, size_t n)
{
	if (!n)
		return 0;
	qsort(v, n, sizeof(*v), cmp_double);
	return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

enum { M_PARSE, M_FACTS, M_PRE1, M_REPARSE, M_CLANG, N_MEASURES };
static const char *const measure_names[N_MEASURES] = { "parse", "facts", "pre1", "reparse", "clang" };

int main(int argc, char **argv)
{
	size_t limit = 40, every = 1;
	bool run_clang = true;
	const char *path = NULL;
	for (int i = 1; i < argc; i++) {
		if (!strcmp(argv[i], "--limit") && i + 1 < argc)
			limit = (size_t)atol(argv[++i]);
		else if (!strcmp(argv[i], "--every") && i + 1 < argc)
			every = (size_t)atol(argv[++i]);
		else if (!strcmp(argv[i], "--no-clang"))
			run_clang = false;
		else if (argv[i][0] == '-') {
			fprintf(stderr, "usage: bench_parse [--limit N] [--every K] [--no-clang] PATH\n");
			return 2;
		} else
			path = argv[i];
	}
	if (!path || !every) {
		fprintf(stderr, "usage: bench_parse [--limit N] [--every K] [--no-clang] PATH\n");
		return 2;
	}

	struct tu_config_list l = { 0 };
	struct diag_list errors = { 0 };
	compile_env_discover(path, NULL, &l, &errors);
	CXIndex idx = clang_createIndex(0, 0);
	struct frontend *fe = frontend_new();
	const unsigned base = CXTranslationUnit_KeepGoing | CXTranslationUnit_DetailedPreprocessingRecord;
	double *vals[N_MEASURES], tot[N_MEASURES] = { 0 };
	size_t nv[N_MEASURES] = { 0 }, done = 0;
	for (int m = 0; m < N_MEASURES; m++)
		vals[m] = xcalloc(limit + 1, sizeof(double));

	printf("%-60s %8s %8s %8s %8s %8s\n", "TU", "parse", "facts", "pre1", "reparse", "clang");
	for (size_t i = 0; i < l.n && done < limit; i += every, done++) {
		const struct tu_config *c = &l.items[i];
		double v[N_MEASURES];
		v[M_PARSE] = time_libclang(idx, c, base, NULL);
		double t0 = cpu_ms();
		struct tu_facts *t = frontend_parse(fe, c, &errors);
		v[M_FACTS] = cpu_ms() - t0;
		tu_facts_free(t);
		v[M_PRE1] = time_libclang(idx, c, base | CXTranslationUnit_CreatePreambleOnFirstParse |
						     CXTranslationUnit_PrecompiledPreamble, &v[M_REPARSE]);
		v[M_CLANG] = run_clang ? time_clang(c) : -1;
		const char *name = c->file;
		size_t len = strlen(name);
		printf("%-60s", len > 60 ? name + len - 60 : name);
		for (int m = 0; m < N_MEASURES; m++) {
			printf(" %8.0f", v[m]);
			if (v[m] >= 0) {
				vals[m][nv[m]++] = v[m];
				tot[m] += v[m];
			}
		}
		putchar('\n');
		fflush(stdout);
	}
	printf("\n%zu TUs; CPU ms per TU:\n", done);
	for (int m = 0; m < N_MEASURES; m++)
		if (nv[m])
			printf("  %-8s total %9.0f  mean %7.0f  median %7.0f\n", measure_names[m], tot[m],
			       tot[m] / (double)nv[m], median(vals[m], nv[m]));
	for (int m = 0; m < N_MEASURES; m++)
		free(vals[m]);
	frontend_free(fe);
	clang_disposeIndex(idx);
	diag_list_free(&errors);
	tu_config_list_free(&l);
	return 0;
}
