/*
 * scan_pipeline: discover → model → rules → findings, shared by `scan`,
 * `fix` and `packages`. Walks the given paths, runs the INF rules on every
 * INF/INX and the source rules on every TU the compile environment finds
 * (parsed in parallel, one libclang index per worker), applies the config
 * (excludes, severities, suppressions) and returns a sorted, deduplicated
 * report. Output is byte-identical for any number of jobs.
 */
#ifndef DRISO_SCAN_PIPELINE_H
#define DRISO_SCAN_PIPELINE_H

#include "analyzer/compile_env.h"
#include "cli/scan_prefilter.h"
#include "core/config.h"
#include "core/options.h"
#include "reports/report.h"

#include <stdbool.h>

struct scan_request {
	char **paths;
	size_t n_paths;
	const char *root;            /* scan root; findings are relative to it */
	struct scan_options opts;
	struct compile_env_options env;
	struct driso_config config;
	int jobs;
	bool no_inf, no_source;
	bool quiet;                  /* no progress bar */
	int shard_k, shard_n;        /* 1-based shard k of n; n = 0 when unsharded */
	bool no_cache;
	double tu_timeout;           /* seconds, 0 = none */
	bool no_pch;                 /* no shared precompiled headers */
	bool stats;                  /* --stats: print counts to stderr */
	bool no_prefilter;           /* --no-prefilter: parse every TU (cli/scan_prefilter.h) */
	struct scan_prefilter_stats prefilter;  /* after the run, unless no_prefilter */
	size_t tus_parsed;
	size_t pch_tus, pch_built;   /* after the run: TUs that used a PCH, PCHs built */
	const char *cache_dir;       /* NULL = <root>/.driso-cache */
	size_t cache_hits, cache_misses;  /* project groups, after the run */
};

/* Parse the options common to scan and fix. Returns the index of the first
 * unparsed argument, or -1 after printing a usage error. */
int scan_request_parse(struct scan_request *req, int argc, char **argv, const char *cmd);
struct option;
/* Same, with a command's own options: unknown short/long options in `extra`
 * are handed to on_extra(ctx, opt, optarg), which returns 0 when it took it. */
int scan_request_parse_ex(struct scan_request *req, int argc, char **argv, const char *cmd,
			  const struct option *extra, size_t n_extra, const char *extra_short,
			  int (*on_extra)(void *ctx, int opt, const char *arg), void *ctx);
/* Load the config and fill defaults; -1 on a fatal problem (diags in r). */
int scan_request_finish(struct scan_request *req, struct report *r);
void scan_request_free(struct scan_request *req);

struct package_list;
/* Discover INFs and TUs and pair them into packages (no rules run). */
void scan_pipeline_discover(struct scan_request *req, struct package_list *pk, struct diag_list *errors);

/* Run the pipeline; findings and errors go into r. */
void scan_pipeline_run(struct scan_request *req, struct report *r);

/* Write r in `format` (NULL = text) to `output` (NULL = stdout); -1 on error. */
int scan_write_report(const struct report *r, const char *format, const char *output, const char *root);

/* Set when a TU timed out and its parse thread was abandoned: the process
 * must then end with _exit (cli/main.c does). */
extern bool scan_abandoned_threads;

/* Exit code for a finished report: 2 errors, 1 unsuppressed findings, 0 clean. */
int scan_exit_code(const struct report *r);

#endif
