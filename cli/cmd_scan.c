#include "cli/builtin.h"
#include "cli/scan_pipeline.h"
#include "analyzer/frontend.h"
#include "analyzer/source_rules.h"
#include "analyzer/source_fixes.h"
#include "core/strbuf.h"
#include "core/suppress.h"
#include "core/util.h"
#include "inf-migrate/inf.h"
#include "inf-migrate/inf_rules.h"
#include "rewriters/package.h"
#include "cli/scan_cache.h"
#include "cli/scan_pch.h"
#include "cli/scan_prefilter.h"

#include <dirent.h>
#include <getopt.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

/* ---- options ---------------------------------------------------------- */

enum {
	OPT_NO_INF = 1000, OPT_NO_SOURCE, OPT_SHARD, OPT_KEEP_DOWNLEVEL, OPT_ALL_CONFIGS,
	OPT_WDK, OPT_PLATFORM, OPT_CONFIG, OPT_TARGET_OS, OPT_WBUILD, OPT_COMPANY, OPT_ROOT,
	OPT_NO_CACHE, OPT_CACHE_DIR, OPT_TU_TIMEOUT, OPT_NO_PCH, OPT_STATS, OPT_NO_PREFILTER,
};

static const struct option common_options[] = {
	{ "root", required_argument, NULL, OPT_ROOT },
	{ "wbuild", required_argument, NULL, OPT_WBUILD },
	{ "target-os", required_argument, NULL, OPT_TARGET_OS },
	{ "company", required_argument, NULL, OPT_COMPANY },
	{ "verbose", no_argument, NULL, 'v' },
	{ "compile-commands", required_argument, NULL, 'p' },
	{ "config", required_argument, NULL, OPT_CONFIG },
	{ "platform", required_argument, NULL, OPT_PLATFORM },
	{ "wdk", required_argument, NULL, OPT_WDK },
	{ "all-configs", no_argument, NULL, OPT_ALL_CONFIGS },
	{ "jobs", required_argument, NULL, 'j' },
	{ "no-inf", no_argument, NULL, OPT_NO_INF },
	{ "no-source", no_argument, NULL, OPT_NO_SOURCE },
	{ "quiet", no_argument, NULL, 'q' },
	{ "shard", required_argument, NULL, OPT_SHARD },
	{ "keep-downlevel", no_argument, NULL, OPT_KEEP_DOWNLEVEL },
	{ "include", required_argument, NULL, 'I' },
	{ "define", required_argument, NULL, 'D' },
	{ "no-cache", no_argument, NULL, OPT_NO_CACHE },
	{ "cache-dir", required_argument, NULL, OPT_CACHE_DIR },
	{ "tu-timeout", required_argument, NULL, OPT_TU_TIMEOUT },
	{ "no-pch", no_argument, NULL, OPT_NO_PCH },
	{ "no-prefilter", no_argument, NULL, OPT_NO_PREFILTER },
	{ "stats", no_argument, NULL, OPT_STATS },
};
#define N_COMMON (sizeof(common_options) / sizeof(common_options[0]))

static const char **strv_push(const char **v, size_t *n, const char *s)
{
	v = xrealloc(v, (*n + 2) * sizeof(*v));
	v[(*n)++] = s;
	v[*n] = NULL;
	return v;
}

static size_t n_inc, n_def;
static const char **inc_v, **def_v;

/*
 * Common options are parsed here; a command's own options are passed in
 * `extra` and handed back through `on_extra` so each command keeps its own
 * flags in its own file.
 */
int scan_request_parse_ex(struct scan_request *req, int argc, char **argv, const char *cmd,
			  const struct option *extra, size_t n_extra, const char *extra_short,
			  int (*on_extra)(void *ctx, int opt, const char *arg), void *ctx)
{
	memset(req, 0, sizeof(*req));
	req->opts.wbuild = 0;
	req->jobs = 0;
	struct option *all = xcalloc(N_COMMON + n_extra + 1, sizeof(*all));
	memcpy(all, common_options, sizeof(common_options));
	if (n_extra)
		memcpy(all + N_COMMON, extra, n_extra * sizeof(*extra));
	char *shorts = xasprintf("vp:j:qI:D:%s", extra_short ? extra_short : "");
	optind = 1;
	opterr = 0;
	int c, rc = 0;
	while (!rc && (c = getopt_long(argc, argv, shorts, all, NULL)) != -1) {
		switch (c) {
		case OPT_ROOT: req->root = optarg; break;
		case OPT_WBUILD:
			if (!(req->opts.wbuild = parse_os_build(optarg))) {
				fprintf(stderr, "driso %s: --wbuild: not an OS build: '%s'\n", cmd, optarg);
				rc = -1;
			}
			break;
		case OPT_TARGET_OS:
			if (!(req->opts.target_build = parse_os_build(optarg))) {
				fprintf(stderr, "driso %s: --target-os: not an OS version: '%s' (e.g. 10.0.17134, 1803)\n", cmd, optarg);
				rc = -1;
			}
			req->env.target_build = req->opts.target_build;
			break;
		case OPT_COMPANY: req->opts.company = optarg; break;
		case 'v': req->opts.verbose = true; break;
		case 'p': req->env.compdb = optarg; break;
		case OPT_CONFIG: req->env.configuration = optarg; break;
		case OPT_PLATFORM: req->env.platform = optarg; break;
		case OPT_WDK: req->env.wdk = optarg; break;
		case OPT_ALL_CONFIGS: req->env.all_configs = true; break;
		case 'j':
			req->jobs = atoi(optarg);
			if (req->jobs < 1 || req->jobs > 256) {
				fprintf(stderr, "driso %s: -j: expected 1..256\n", cmd);
				rc = -1;
			}
			break;
		case OPT_NO_INF: req->no_inf = true; break;
		case OPT_NO_SOURCE: req->no_source = true; break;
		case 'q': req->quiet = true; break;
		case OPT_SHARD:
			if (sscanf(optarg, "%d/%d", &req->shard_k, &req->shard_n) != 2 || req->shard_n < 1 ||
			    req->shard_k < 1 || req->shard_k > req->shard_n) {
				fprintf(stderr, "driso %s: --shard: expected K/N with 1 <= K <= N\n", cmd);
				rc = -1;
			}
			break;
		case OPT_KEEP_DOWNLEVEL: req->opts.keep_downlevel = true; break;
		case OPT_NO_CACHE: req->no_cache = true; break;
		case OPT_CACHE_DIR: req->cache_dir = optarg; break;
		case OPT_NO_PCH: req->no_pch = true; break;
		case OPT_NO_PREFILTER: req->no_prefilter = true; break;
		case OPT_STATS: req->stats = true; break;
		case OPT_TU_TIMEOUT:
			req->tu_timeout = atof(optarg);
			if (req->tu_timeout <= 0) {
				fprintf(stderr, "driso %s: --tu-timeout: expected seconds > 0\n", cmd);
				rc = -1;
			}
			break;
		case 'I': inc_v = strv_push(inc_v, &n_inc, optarg); break;
		case 'D': def_v = strv_push(def_v, &n_def, optarg); break;
		case '?':
			fprintf(stderr, "driso %s: unknown or incomplete option '%s'\n", cmd, argv[optind - 1]);
			rc = -1;
			break;
		default:
			if (!on_extra || on_extra(ctx, c, optarg))
				rc = -1;
		}
	}
	free(all);
	free(shorts);
	if (rc)
		return -1;
	req->env.extra_includes = inc_v;
	req->env.extra_defines = def_v;
	req->paths = argv + optind;
	req->n_paths = (size_t)(argc - optind);
	return optind;
}

int scan_request_parse(struct scan_request *req, int argc, char **argv, const char *cmd)
{
	return scan_request_parse_ex(req, argc, argv, cmd, NULL, 0, NULL, NULL, NULL);
}

int scan_request_finish(struct scan_request *req, struct report *r)
{
	static char dot[] = ".";
	static char *dot_v[] = { dot };
	if (!req->n_paths) {
		req->paths = dot_v;
		req->n_paths = 1;
	}
	for (size_t i = 0; i < req->n_paths; i++) {
		struct stat st;
		if (stat(req->paths[i], &st)) {
			diag_add(&r->errors, req->paths[i], 1, "no such file or directory");
			return -1;
		}
	}
	if (!req->root)
		req->root = (req->n_paths == 1 && path_is_dir(req->paths[0])) ? req->paths[0]
			  : req->n_paths == 1 ? NULL : ".";
	static char *file_root;
	if (!req->root) {
		free(file_root);
		file_root = path_dirname(req->paths[0]);
		req->root = file_root;
	}
	req->opts.root = req->root;
	if (config_load(req->root, &req->config, &r->errors))
		return -1;
	if (!req->opts.company)
		req->opts.company = req->config.company;
	if (!req->opts.target_build && req->config.target_build)
		req->opts.target_build = req->env.target_build = req->config.target_build;
	if (!req->opts.wbuild)
		req->opts.wbuild = req->config.wbuild ? req->config.wbuild : DRISO_DEFAULT_WBUILD;
	for (size_t i = 0; i < req->config.n_include_dirs; i++)
		inc_v = strv_push(inc_v, &n_inc, req->config.include_dirs[i]);
	for (size_t i = 0; i < req->config.n_defines; i++)
		def_v = strv_push(def_v, &n_def, req->config.defines[i]);
	req->env.extra_includes = inc_v;
	req->env.extra_defines = def_v;
	if (!req->jobs) {
		long n = sysconf(_SC_NPROCESSORS_ONLN);
		req->jobs = n > 0 ? (int)n : 1;
	}
	free(r->root);
	r->root = xstrdup(req->root);
	return 0;
}

void scan_request_free(struct scan_request *req)
{
	config_free(&req->config);
	free(inc_v);
	free(def_v);
	inc_v = def_v = NULL;
	n_inc = n_def = 0;
}

/* ---- discovery of INF files ------------------------------------------- */

struct strv {
	char **v;
	size_t n, alloc;
};

static void strv_add(struct strv *s, char *owned)
{
	ALLOC_GROW(s->v, s->n + 1, s->alloc);
	s->v[s->n++] = owned;
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static bool skip_dir(const char *name)
{
	static const char *const skipped[] = { ".git", ".svn", ".hg", ".driso-cache", "node_modules" };
	for (size_t i = 0; i < sizeof(skipped) / sizeof(skipped[0]); i++)
		if (!strcmp(name, skipped[i]))
			return true;
	return false;
}

static bool is_inf_name(const char *name)
{
	return str_iends_with(name, ".inf") || str_iends_with(name, ".inx");
}

static void walk_infs(const char *dir, struct strv *out, int depth)
{
	if (depth > 64)
		return;
	DIR *d = opendir(dir);
	if (!d)
		return;
	struct dirent *de;
	while ((de = readdir(d))) {
		if (!strcmp(de->d_name, ".") || !strcmp(de->d_name, ".."))
			continue;
		char *p = path_join(dir, de->d_name);
		struct stat st;
		if (lstat(p, &st)) {
			free(p);
			continue;
		}
		if (S_ISDIR(st.st_mode) && !skip_dir(de->d_name)) {
			walk_infs(p, out, depth + 1);
			free(p);
		} else if (S_ISREG(st.st_mode) && is_inf_name(de->d_name)) {
			strv_add(out, p);
		} else {
			free(p);
		}
	}
	closedir(d);
}

/* ---- sharding ----------------------------------------------------------- */

static unsigned long fnv1a(const char *s)
{
	unsigned long h = 1469598103934665603UL;
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 1099511628211UL;
	return h;
}

/* A package is keyed by the directory holding its INF or project file, so an
 * INF and the sources it installs land in the same shard. */
static bool in_shard(const struct scan_request *req, const char *relpath)
{
	if (!req->shard_n)
		return true;
	char *dir = path_dirname(relpath);
	bool in = fnv1a(dir) % (unsigned long)req->shard_n == (unsigned long)(req->shard_k - 1);
	free(dir);
	return in;
}

/* ---- progress ----------------------------------------------------------- */

struct progress {
	bool on;
	size_t total, done;
	struct timespec start;
};

static double now_sec(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void progress_tick(struct progress *p, const char *what)
{
	if (!p->on)
		return;
	double t0 = (double)p->start.tv_sec + (double)p->start.tv_nsec / 1e9;
	double el = now_sec() - t0, rate = el > 0 ? (double)p->done / el : 0;
	double eta = rate > 0 ? (double)(p->total - p->done) / rate : 0;
	fprintf(stderr, "\r\033[K%s %zu/%zu  %.1f/s  ETA %.0fs", what, p->done, p->total, rate, eta);
	if (p->done == p->total)
		fputc('\n', stderr);
}

/* ---- parallel parse ----------------------------------------------------- */

/*
 * Parallel parse with an optional per-TU time limit. libclang cannot be
 * interrupted, so a TU over the limit is reported as an error, its worker is
 * abandoned (it keeps only its own copies of what it reads) and a fresh
 * worker takes its place; the process later ends with _exit so an abandoned
 * thread inside libclang cannot race the library's teardown.
 */
enum slot_state { SLOT_PENDING, SLOT_RUNNING, SLOT_DONE, SLOT_TIMED_OUT };

struct parse_work {
	struct tu_config *tus;      /* owned deep copies when timing out is possible */
	size_t n;
	size_t next;
	struct tu_facts **facts;
	struct diag_list *errors;   /* one per TU, merged in order afterwards */
	enum slot_state *state;
	double *started;
	pthread_mutex_t mu;
	pthread_cond_t cv;
	struct progress *progress;
	int live_workers;
};

bool scan_abandoned_threads;

static double now_sec(void);

static void *parse_worker(void *arg)
{
	struct parse_work *w = arg;
	struct frontend *fe = frontend_new();
	for (;;) {
		pthread_mutex_lock(&w->mu);
		size_t i = w->next++;
		if (i < w->n) {
			w->state[i] = SLOT_RUNNING;
			w->started[i] = now_sec();
		}
		pthread_mutex_unlock(&w->mu);
		if (i >= w->n)
			break;
		struct diag_list errs = { 0 };
		struct tu_facts *f = frontend_parse(fe, &w->tus[i], &errs);
		pthread_mutex_lock(&w->mu);
		if (w->state[i] == SLOT_TIMED_OUT) {
			/* replaced while we were stuck: drop the result and leave */
			pthread_mutex_unlock(&w->mu);
			tu_facts_free(f);
			diag_list_free(&errs);
			return NULL;
		}
		w->facts[i] = f;
		w->errors[i] = errs;
		w->state[i] = SLOT_DONE;
		w->progress->done++;
		progress_tick(w->progress, "parse");
		pthread_cond_broadcast(&w->cv);
		pthread_mutex_unlock(&w->mu);
	}
	frontend_free(fe);
	pthread_mutex_lock(&w->mu);
	w->live_workers--;
	pthread_cond_broadcast(&w->cv);
	pthread_mutex_unlock(&w->mu);
	return NULL;
}

static struct tu_config tu_config_copy(const struct tu_config *c)
{
	struct tu_config d = *c;
	d.file = xstrdup(c->file);
	d.directory = c->directory ? xstrdup(c->directory) : NULL;
	d.configuration = c->configuration ? xstrdup(c->configuration) : NULL;
	d.project = c->project ? xstrdup(c->project) : NULL;
	d.target_name = c->target_name ? xstrdup(c->target_name) : NULL;
	d.args = xcalloc(c->n_args + 1, sizeof(char *));
	d.arg_origin = NULL;
	for (size_t i = 0; i < c->n_args; i++)
		d.args[i] = xstrdup(c->args[i]);
	return d;
}

static void start_worker(struct parse_work *w)
{
	pthread_t th;
	w->live_workers++;
	if (pthread_create(&th, NULL, parse_worker, w))
		die("cannot start a parse thread");
	pthread_detach(th);
}

static struct tu_facts *timed_out_facts(const struct tu_config *c)
{
	struct tu_facts *f = xcalloc(1, sizeof(*f));
	f->main_file = xstrdup(c->file);
	f->parse_failed = true;
	return f;
}

static void parse_all(const struct tu_config *tus, size_t n, int jobs, double timeout, struct progress *pr,
		      struct tu_facts **facts, struct diag_list *per_tu_errors)
{
	if (!n)
		return;
	struct parse_work *w = xcalloc(1, sizeof(*w));
	w->n = n;
	w->tus = xcalloc(n, sizeof(*w->tus));
	for (size_t i = 0; i < n; i++)
		w->tus[i] = timeout > 0 ? tu_config_copy(&tus[i]) : tus[i];
	w->facts = xcalloc(n, sizeof(*w->facts));
	w->errors = xcalloc(n, sizeof(*w->errors));
	w->state = xcalloc(n, sizeof(*w->state));
	w->started = xcalloc(n, sizeof(*w->started));
	w->progress = pr;
	pthread_mutex_init(&w->mu, NULL);
	pthread_cond_init(&w->cv, NULL);
	int nt = jobs < 1 ? 1 : jobs;
	if ((size_t)nt > n)
		nt = (int)n;
	pthread_mutex_lock(&w->mu);
	for (int i = 0; i < nt; i++)
		start_worker(w);
	bool abandoned = false;
	for (;;) {
		size_t finished = 0;
		for (size_t i = 0; i < n; i++)
			finished += w->state[i] == SLOT_DONE || w->state[i] == SLOT_TIMED_OUT;
		if (finished == n && w->live_workers == 0)
			break;
		if (finished == n && abandoned)
			break;   /* only abandoned workers are left */
		struct timespec until;
		clock_gettime(CLOCK_REALTIME, &until);
		until.tv_nsec += 100 * 1000 * 1000;
		if (until.tv_nsec >= 1000000000) {
			until.tv_sec++;
			until.tv_nsec -= 1000000000;
		}
		pthread_cond_timedwait(&w->cv, &w->mu, &until);
		if (timeout <= 0)
			continue;
		double t = now_sec();
		for (size_t i = 0; i < n; i++) {
			if (w->state[i] != SLOT_RUNNING || t - w->started[i] < timeout)
				continue;
			w->state[i] = SLOT_TIMED_OUT;
			w->facts[i] = timed_out_facts(&w->tus[i]);
			diag_add(&w->errors[i], w->tus[i].file, 1,
				 "parsing took longer than --tu-timeout %.0fs; this file was not analysed", timeout);
			w->progress->done++;
			abandoned = true;
			w->live_workers--;   /* the stuck one no longer counts */
			start_worker(w);
		}
	}
	pthread_mutex_unlock(&w->mu);
	for (size_t i = 0; i < n; i++) {
		facts[i] = w->facts[i];
		per_tu_errors[i] = w->errors[i];
	}
	if (abandoned) {
		/* an abandoned thread may still read w and its copies: keep them */
		scan_abandoned_threads = true;
		return;
	}
	if (timeout > 0)
		for (size_t i = 0; i < n; i++) {
			struct tu_config *c = &w->tus[i];
			for (size_t a = 0; a < c->n_args; a++)
				free(c->args[a]);
			free(c->args);
			free(c->file);
			free(c->directory);
			free(c->configuration);
			free(c->project);
			free(c->target_name);
		}
	pthread_mutex_destroy(&w->mu);
	pthread_cond_destroy(&w->cv);
	free(w->tus);
	free(w->facts);
	free(w->errors);
	free(w->state);
	free(w->started);
	free(w);
}

/* ---- the pipeline ------------------------------------------------------- */

static void collect_infs(struct scan_request *req, struct strv *infs)
{
	for (size_t i = 0; i < req->n_paths; i++) {
		if (path_is_dir(req->paths[i]))
			walk_infs(req->paths[i], infs, 0);
		else if (is_inf_name(req->paths[i]))
			strv_add(infs, xstrdup(req->paths[i]));
	}
	if (infs->n > 1)
		qsort(infs->v, infs->n, sizeof(*infs->v), cmp_str);
}

static void run_infs(struct scan_request *req, struct report *r, struct progress *pr, const struct strv *infs_in)
{
	const struct strv infs = *infs_in;
	for (size_t i = 0; i < infs.n; i++) {
		char *rel = path_relative(req->root, infs.v[i]);
		if (!config_excluded(&req->config, rel) && in_shard(req, rel)) {
			struct inf_file *inf = inf_load(infs.v[i], &r->errors);
			if (inf) {
				inf_rules_run(inf, rel, &req->opts, &r->findings);
				inf_free(inf);
			}
			r->n_files_scanned++;
		}
		free(rel);
		pr->done++;
	}
}

/* A project group: one project in one configuration (summaries must not mix
 * Debug and Release views of the same code). */
static int same_group(const struct tu_config *x, const struct tu_config *y)
{
	return !strcmp(x->project ? x->project : "", y->project ? y->project : "") &&
	       !strcmp(x->configuration ? x->configuration : "", y->configuration ? y->configuration : "");
}

static int cmp_project(const void *a, const void *b)
{
	const struct tu_config *x = *(const struct tu_config *const *)a, *y = *(const struct tu_config *const *)b;
	int c = strcmp(x->project ? x->project : "", y->project ? y->project : "");
	if (!c)
		c = strcmp(x->configuration ? x->configuration : "", y->configuration ? y->configuration : "");
	return c ? c : strcmp(x->file, y->file);
}

static void discover_tus(struct scan_request *req, struct tu_config_list *all, struct diag_list *errors)
{
	for (size_t i = 0; i < req->n_paths; i++)
		compile_env_discover(req->paths[i], &req->env, all, errors);
}

struct project_group {
	size_t first, n;        /* range in the project-ordered TU array */
	char key[65];
	bool cached;
};

/* ---- prefilter (cli/scan_prefilter.h) ----------------------------------- */

/*
 * Parse the batch's TUs the prefilter keeps, then, per project, those its
 * cross-TU fixpoint adds, until it adds none. A TU never parsed keeps
 * facts[i] == NULL and is left out of the rules run.
 */
static void parse_prefiltered(struct scan_prefilter *pf, struct scan_pch *pch, const struct scan_request *req,
			      struct progress *pr, struct tu_config *todo, size_t t,
			      const struct project_group *groups, size_t n_groups,
			      struct tu_facts **facts, struct diag_list *tu_errors)
{
	bool *want = xcalloc(t + 1, sizeof(*want)), *add = xcalloc(t + 1, sizeof(*add));
	struct tu_config *sub = xcalloc(t + 1, sizeof(*sub));
	size_t *idx = xcalloc(t + 1, sizeof(*idx));
	struct tu_facts **sub_facts = xcalloc(t + 1, sizeof(*sub_facts));
	struct diag_list *sub_errors = xcalloc(t + 1, sizeof(*sub_errors));
	const struct tu_config **cfgs = xcalloc(t + 1, sizeof(*cfgs));
	for (size_t i = 0; i < t; i++) {
		want[i] = scan_prefilter_keep(pf, &todo[i]);
		facts[i] = NULL;
		memset(&tu_errors[i], 0, sizeof(tu_errors[i]));
	}
	for (;;) {
		size_t m = 0;
		for (size_t i = 0; i < t; i++)
			if (want[i] && !facts[i]) {
				sub[m] = todo[i];
				idx[m++] = i;
			}
		if (!m)
			break;
		scan_pch_apply(pch, sub, m);
		parse_all(sub, m, req->jobs, req->tu_timeout, pr, sub_facts, sub_errors);
		for (size_t k = 0; k < m; k++) {
			todo[idx[k]] = sub[k];
			facts[idx[k]] = sub_facts[k];
			tu_errors[idx[k]] = sub_errors[k];
		}
		size_t added = 0, first = 0;
		for (size_t g = 0; g < n_groups; g++) {
			if (groups[g].cached)
				continue;
			for (size_t k = 0; k < groups[g].n; k++)
				cfgs[k] = &todo[first + k];
			added += scan_prefilter_expand(pf, cfgs, facts + first, groups[g].n, add + first);
			first += groups[g].n;
		}
		for (size_t i = 0; i < t; i++)
			want[i] |= add[i];
		if (!added)
			break;
	}
	for (size_t i = 0; i < t; i++)
		if (!facts[i] && pr->total)
			pr->total--;
	free(want);
	free(add);
	free(sub);
	free(idx);
	free(sub_facts);
	free(sub_errors);
	free(cfgs);
}

static void run_sources(struct scan_request *req, struct report *r, struct progress *pr,
			const struct tu_config_list *tus)
{
	const struct tu_config_list all = *tus;

	/* keep what is not excluded and in this shard, ordered by project */
	const struct tu_config **order = xcalloc(all.n + 1, sizeof(*order));
	size_t n = 0;
	for (size_t i = 0; i < all.n; i++) {
		char *rel = path_relative(req->root, all.items[i].file);
		char *prel = all.items[i].project ? path_relative(req->root, all.items[i].project) : NULL;
		bool take = !config_excluded(&req->config, rel) && in_shard(req, prel ? prel : rel);
		free(rel);
		free(prel);
		if (take)
			order[n++] = &all.items[i];
	}
	qsort(order, n, sizeof(*order), cmp_project);
	r->n_files_scanned += n;

	/* one rules run per project, so summaries cross the project's TUs */
	struct project_group *groups = xcalloc(n + 1, sizeof(*groups));
	size_t n_groups = 0;
	for (size_t i = 0; i < n;) {
		size_t j = i;
		while (j < n && same_group(order[j], order[i]))
			j++;
		groups[n_groups].first = i;
		groups[n_groups++].n = j - i;
		i = j;
	}

	struct scan_cache *cache = req->no_cache ? NULL : scan_cache_open(req->root, req->cache_dir);
	size_t n_todo = 0;
	for (size_t g = 0; g < n_groups; g++) {
		if (cache) {
			scan_cache_key(cache, order + groups[g].first, groups[g].n, &req->opts, groups[g].key);
			groups[g].cached = scan_cache_get(cache, groups[g].key, &r->findings, &r->errors) == 0;
		}
		if (!groups[g].cached)
			n_todo += groups[g].n;
	}

	/*
	 * Parse the TUs of the groups the cache did not answer, in parallel, in
	 * batches of whole groups: each batch's facts are freed once its rules
	 * ran, so peak memory follows the batch size, not the tree size.
	 */
	pr->total = n_todo;
	req->tus_parsed = n_todo;
	pr->done = 0;
	clock_gettime(CLOCK_MONOTONIC, &pr->start);
	size_t batch_cap = (size_t)(req->jobs > 0 ? req->jobs : 1) * 16;
	if (batch_cap < 64)
		batch_cap = 64;
	struct scan_pch *pch = req->no_pch ? NULL : scan_pch_new();
	struct scan_prefilter *pf = req->no_prefilter ? NULL : scan_prefilter_new(req->root);
	struct tu_config *todo = xcalloc(n + 1, sizeof(*todo));
	struct tu_facts **facts = xcalloc(n + 1, sizeof(*facts));
	struct diag_list *tu_errors = xcalloc(n + 1, sizeof(*tu_errors));
	struct tu_facts **group = xcalloc(n + 1, sizeof(*group));
	const struct tu_config **gcfg = xcalloc(n + 1, sizeof(*gcfg));
	for (size_t g0 = 0; g0 < n_groups;) {
		size_t g1 = g0, t = 0;
		while (g1 < n_groups && (t == 0 || t + groups[g1].n <= batch_cap)) {
			for (size_t k = 0; !groups[g1].cached && k < groups[g1].n; k++)
				todo[t++] = *order[groups[g1].first + k];
			g1++;
		}
		if (pf) {
			parse_prefiltered(pf, pch, req, pr, todo, t, groups + g0, g1 - g0, facts, tu_errors);
		} else {
			scan_pch_apply(pch, todo, t);
			parse_all(todo, t, req->jobs, req->tu_timeout, pr, facts, tu_errors);
		}
		t = 0;
		for (size_t g = g0; g < g1; g++) {
			if (groups[g].cached)
				continue;
			struct diag_list gerr = { 0 };
			size_t m = 0;   /* TUs parsed (all of them without the prefilter) */
			for (size_t k = 0; k < groups[g].n; k++, t++) {
				if (!facts[t])
					continue;
				gcfg[m] = &todo[t];
				group[m++] = facts[t];
				for (size_t e = 0; e < tu_errors[t].n; e++)
					diag_add(&gerr, tu_errors[t].items[e].file, tu_errors[t].items[e].line, "%s",
						 tu_errors[t].items[e].message);
			}
			size_t before = r->findings.n;
			source_rules_run(group, gcfg, m, &req->opts, &r->findings);
			source_fixes_attach(group, gcfg, m, &req->opts, &r->findings);
			if (cache)
				scan_cache_put(cache, groups[g].key, r->findings.items + before,
					       r->findings.n - before, &gerr);
			for (size_t e = 0; e < gerr.n; e++)
				diag_add(&r->errors, gerr.items[e].file, gerr.items[e].line, "%s", gerr.items[e].message);
			diag_list_free(&gerr);
		}
		for (size_t i = 0; i < t; i++) {
			tu_facts_free(facts[i]);
			facts[i] = NULL;
			diag_list_free(&tu_errors[i]);
		}
		g0 = g1;
	}
	scan_cache_stats(cache, &req->cache_hits, &req->cache_misses);
	scan_pch_stats(pch, &req->pch_tus, &req->pch_built);
	if (pf) {
		scan_prefilter_get_stats(pf, &req->prefilter);
		req->tus_parsed -= req->prefilter.tus - req->prefilter.kept_by_token - req->prefilter.added;
		scan_prefilter_free(pf);
	}
	if (!scan_abandoned_threads)
		scan_pch_free(pch);
	scan_cache_close(cache);
	free(tu_errors);
	free(facts);
	free(todo);
	free(group);
	free(gcfg);
	free(groups);
	free(order);
}

static void apply_config_severities(struct scan_request *req, struct report *r)
{
	size_t w = 0;
	for (size_t i = 0; i < r->findings.n; i++) {
		struct finding *f = r->findings.items[i];
		int sev = config_rule_severity(&req->config, f->rule, (int)f->severity);
		if (sev == RULE_OFF) {
			finding_free(f);
			continue;
		}
		f->severity = (enum severity)sev;
		r->findings.items[w++] = f;
	}
	r->findings.n = w;
}

static void relativize_errors(const char *root, struct diag_list *l)
{
	for (size_t i = 0; i < l->n; i++) {
		char *rel = path_relative(root, l->items[i].file);
		free(l->items[i].file);
		l->items[i].file = rel;
	}
}

/*
 * With several configurations analysed, the same finding comes once per
 * configuration. Merge them: a finding seen in every configuration of its
 * file says nothing about configurations; one seen in only some names them.
 */
static void merge_configurations(const struct tu_config_list *tus, const char *root, struct report *r)
{
	for (size_t i = 0; i < r->findings.n; i++) {
		struct finding *f = r->findings.items[i];
		if (!f || !f->configuration)
			continue;
		struct strbuf seen = STRBUF_INIT;
		size_t n_seen = 1;
		strbuf_addstr(&seen, f->configuration);
		for (size_t j = i + 1; j < r->findings.n; j++) {
			struct finding *g = r->findings.items[j];
			if (!g || !g->configuration || strcmp(g->rule, f->rule) || strcmp(g->file, f->file) ||
			    g->line != f->line || g->col != f->col || strcmp(g->message, f->message))
				continue;
			if (!strstr(seen.buf, g->configuration)) {
				strbuf_addf(&seen, ", %s", g->configuration);
				n_seen++;
			}
			finding_free(g);
			r->findings.items[j] = NULL;
		}
		/* how many configurations was this file analysed in? */
		size_t n_cfg = 0;
		for (size_t t = 0; t < tus->n; t++) {
			char *rel = path_relative(root, tus->items[t].file);
			n_cfg += !strcmp(rel, f->file);
			free(rel);
		}
		finding_set(&f->configuration, n_seen >= n_cfg ? NULL : seen.buf);
		strbuf_release(&seen);
	}
	size_t w = 0;
	for (size_t i = 0; i < r->findings.n; i++)
		if (r->findings.items[i])
			r->findings.items[w++] = r->findings.items[i];
	r->findings.n = w;
}

/* Name each finding's package, so reports group by package and `apply
 * --package` / `fix --split-by package` can select one. */
static void assign_packages(const struct package_list *pk, struct report *r)
{
	for (size_t i = 0; i < r->findings.n; i++) {
		struct finding *f = r->findings.items[i];
		const struct package *p = package_for_file(pk, f->file);
		if (p && !f->package)
			f->package = xstrdup(p->name);
	}
}

void scan_pipeline_discover(struct scan_request *req, struct package_list *pk, struct diag_list *errors)
{
	struct strv infs = { 0 };
	struct tu_config_list tus = { 0 };
	collect_infs(req, &infs);
	discover_tus(req, &tus, errors);
	packages_build(req->root, infs.v, infs.n, &tus, pk, errors);
	for (size_t i = 0; i < infs.n; i++)
		free(infs.v[i]);
	free(infs.v);
	tu_config_list_free(&tus);
}

void scan_pipeline_run(struct scan_request *req, struct report *r)
{
	struct progress pr = { .on = !req->quiet && isatty(2) };
	struct strv infs = { 0 };
	struct tu_config_list tus = { 0 };
	struct package_list pk = { 0 };
	struct diag_list pk_errors = { 0 };
	clock_gettime(CLOCK_MONOTONIC, &pr.start);
	collect_infs(req, &infs);
	if (!req->no_source)
		discover_tus(req, &tus, &r->errors);
	if (!req->no_inf)
		run_infs(req, r, &pr, &infs);
	if (!req->no_source)
		run_sources(req, r, &pr, &tus);
	/* pairing problems are reported by `driso packages`, not as scan errors */
	merge_configurations(&tus, req->root, r);
	packages_build(req->root, infs.v, infs.n, &tus, &pk, &pk_errors);
	assign_packages(&pk, r);
	if (!req->no_source)
		packages_pair_inf_needs(&pk, req->root, &r->findings);
	package_list_free(&pk);
	diag_list_free(&pk_errors);
	for (size_t i = 0; i < infs.n; i++)
		free(infs.v[i]);
	free(infs.v);
	/* Never silently: what a project builds but driso cannot read. */
	if (tus.n_skipped)
		fprintf(stderr, "driso: note: %zu TUs not parsed on their own (C++/CLI, or a source another #includes)%s\n",
			tus.n_skipped, req->opts.verbose ? ":" : "; -v lists them");
	for (size_t i = 0; req->opts.verbose && i < tus.n_skipped; i++) {
		char *rel = path_relative(req->root, tus.skipped[i].file);
		fprintf(stderr, "  %s: %s\n", rel, tus.skipped[i].why);
		free(rel);
	}
	tu_config_list_free(&tus);
	apply_config_severities(req, r);
	suppress_apply(&r->findings, req->root, &req->config);
	finding_list_dedup(&r->findings);
	relativize_errors(req->root, &r->errors);
	diag_sort(&r->errors);
	if (req->stats)
		fprintf(stderr, "driso: %zu files; %zu TUs parsed (%zu with a shared PCH, %zu PCHs built); "
			"cache: %zu projects hit, %zu missed\n", r->n_files_scanned, req->tus_parsed,
			req->pch_tus, req->pch_built, req->cache_hits, req->cache_misses);
	if (req->stats && !req->no_prefilter)
		fprintf(stderr, "driso: prefilter: %zu of %zu TUs parsed (%zu by rule tokens, %zu by the cross-TU fixpoint "
			"in %zu rounds), %zu skipped; %zu project headers read\n",
			req->prefilter.kept_by_token + req->prefilter.added, req->prefilter.tus, req->prefilter.kept_by_token,
			req->prefilter.added, req->prefilter.rounds,
			req->prefilter.tus - req->prefilter.kept_by_token - req->prefilter.added, req->prefilter.headers);
}

int scan_exit_code(const struct report *r)
{
	if (r->errors.n)
		return EXIT_FATAL;
	for (size_t i = 0; i < r->findings.n; i++)
		if (!r->findings.items[i]->suppressed)
			return EXIT_FINDINGS;
	return EXIT_CLEAN;
}

/* ---- driso scan --------------------------------------------------------- */

static const char scan_usage[] =
	"usage: driso scan [options] [PATH...]\n"
	"\n"
	"Find Driver Package Isolation violations in INF/INX files and C/C++ sources.\n"
	"PATH is a directory (scanned recursively) or a file; default '.'.\n"
	"\n"
	"Output:\n"
	"  --format text|json|sarif|html   report format (default: text)\n"
	"  -o, --output FILE               write the report to FILE instead of stdout\n"
	"  --baseline OLD.json             report only findings not in OLD.json\n"
	"  -q, --quiet                     no progress bar\n"
	"  -v, --verbose                   also report what was deliberately skipped (down-level sections)\n"
	"Targets:\n"
	"  --target-os VER                 target OS, e.g. 10.0.17134 or 1803 (default: from the project)\n"
	"  --wbuild VER                    InfVerif /w enforcement build (default 10.0.17763)\n"
	"  --company NAME                  company for \\DriverData\\<NAME> proposals\n"
	"Sources:\n"
	"  -p, --compile-commands FILE     use compile_commands.json\n"
	"  --config Debug|Release          MSBuild configuration (default Debug)\n"
	"  --platform x64|Win32|ARM64      MSBuild platform (default x64)\n"
	"  --all-configs                   analyse every configuration the project defines\n"
	"  --wdk PATH                      use a real WDK's headers instead of mingw-w64 + shims\n"
	"  -I DIR, -D NAME[=VAL]           extra include directory / define for every TU\n"
	"  --show-env FILE                 print the exact command line used for FILE and exit\n"
	"  --no-inf, --no-source           skip INF files / C and C++ sources\n"
	"Batch:\n"
	"  --root DIR                      scan root findings are relative to\n"
	"  -j, --jobs N                    parse N translation units in parallel (default: cores)\n"
	"  --shard K/N                     take shard K of N packages (merge with 'driso report merge')\n"
	"  --no-cache                      do not read or write the result cache\n"
	"  --cache-dir DIR                 cache location (default: <root>/.driso-cache)\n"
	"  --tu-timeout SECONDS            give up on a TU that takes longer (reported as an error)\n"
	"  --no-pch                        parse every TU from scratch (no shared precompiled headers)\n"
	"  --no-prefilter                  parse every TU, also those no rule can be concerned with\n"
	"  --stats                         print what was parsed, cached and precompiled to stderr\n"
	"\n"
	"Config: .driso.json at the scan root (company, target_os, exclude, rules, suppress).\n"
	"Exit status: 0 clean, 1 findings, 2 usage or fatal error (or a file that could not be read).\n";

struct scan_cli {
	const char *format;
	const char *output;
	const char *baseline;
	const char *show_env;
};

enum { OPT_FORMAT = 2000, OPT_BASELINE, OPT_SHOW_ENV };

static int scan_extra(void *ctx, int opt, const char *arg)
{
	struct scan_cli *c = ctx;
	switch (opt) {
	case OPT_FORMAT: c->format = arg; return 0;
	case 'o': c->output = arg; return 0;
	case OPT_BASELINE: c->baseline = arg; return 0;
	case OPT_SHOW_ENV: c->show_env = arg; return 0;
	}
	return -1;
}

static int show_env(struct scan_request *req, const char *file)
{
	struct tu_config_list all = { 0 };
	struct diag_list errs = { 0 };
	for (size_t i = 0; i < req->n_paths; i++)
		compile_env_discover(req->paths[i], &req->env, &all, &errs);
	char *want = realpath(file, NULL);
	int found = 0;
	/* a file outside the scanned paths: discover it on its own (its project
	 * file or directory fallback still applies) */
	bool listed = false;
	for (size_t i = 0; want && i < all.n; i++)
		listed |= !strcmp(all.items[i].file, want);
	if (want && !listed)
		compile_env_discover(file, &req->env, &all, &errs);
	for (size_t i = 0; i < all.n; i++) {
		if (want && strcmp(all.items[i].file, want))
			continue;
		char *d = tu_config_describe(&all.items[i]);
		fputs(d, stdout);
		free(d);
		found = 1;
	}
	diag_print(&errs, stderr);
	if (!found)
		fprintf(stderr, "%s:1: error: not a translation unit driso found under the scanned paths\n", file);
	free(want);
	diag_list_free(&errs);
	tu_config_list_free(&all);
	return found ? EXIT_CLEAN : EXIT_FATAL;
}

int scan_write_report(const struct report *r, const char *format, const char *output, const char *root)
{
	int fmt = report_format_parse(format ? format : "text");
	if (fmt < 0) {
		fprintf(stderr, "driso: --format: expected text, json, sarif or html\n");
		return -1;
	}
	FILE *out = stdout;
	if (output && !(out = fopen(output, "w"))) {
		fprintf(stderr, "%s:1: error: cannot write the report\n", output);
		return -1;
	}
	struct report_write_options wo = {
		.color = !output && fmt == REPORT_TEXT && isatty(1) && !getenv("NO_COLOR"),
		.root_dir = root,
		.omit_errors = true,   /* the command already printed them to stderr */
	};
	int rc = report_write(r, (enum report_format)fmt, out, &wo);
	if (out != stdout && fclose(out))
		rc = -1;
	return rc;
}

int cmd_scan(int argc, char **argv)
{
	if (wants_help(argc, argv)) {
		fputs(scan_usage, stdout);
		return EXIT_CLEAN;
	}
	static const struct option extra[] = {
		{ "format", required_argument, NULL, OPT_FORMAT },
		{ "output", required_argument, NULL, 'o' },
		{ "baseline", required_argument, NULL, OPT_BASELINE },
		{ "show-env", required_argument, NULL, OPT_SHOW_ENV },
	};
	struct scan_cli cli = { 0 };
	struct scan_request req;
	if (scan_request_parse_ex(&req, argc, argv, "scan", extra, 4, "o:", scan_extra, &cli) < 0) {
		fputs("See 'driso scan --help'.\n", stderr);
		return EXIT_FATAL;
	}
	if (cli.format && report_format_parse(cli.format) < 0) {
		fprintf(stderr, "driso scan: --format: expected text, json, sarif or html\n");
		return EXIT_FATAL;
	}
	struct report r;
	report_init(&r);
	int rc;
	char *show_env_paths[1] = { (char *)cli.show_env };
	if (cli.show_env && !req.n_paths) {
		/* no PATH: discover just that file (its project still applies) */
		req.paths = show_env_paths;
		req.n_paths = 1;
	}
	if (scan_request_finish(&req, &r)) {
		diag_print(&r.errors, stderr);
		rc = EXIT_FATAL;
		goto out;
	}
	if (cli.show_env) {
		rc = show_env(&req, cli.show_env);
		goto out;
	}
	scan_pipeline_run(&req, &r);
	if (cli.baseline) {
		struct report base;
		report_init(&base);
		if (report_load_json(cli.baseline, &base, &r.errors) == 0)
			report_apply_baseline(&r, &base);
		report_free(&base);
	}
	diag_print(&r.errors, stderr);
	if (scan_write_report(&r, cli.format, cli.output, req.root))
		rc = EXIT_FATAL;
	else
		rc = scan_exit_code(&r);
out:
	report_free(&r);
	scan_request_free(&req);
	return rc;
}
