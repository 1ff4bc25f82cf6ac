/*
 * driso doctor: how much of a tree the libclang front end really sees, per
 * project, and what to pass to see more. Also `--facts FILE`, the front
 * end's raw output for one TU (a debugging aid).
 */
#include "analyzer/compile_env.h"
#include "analyzer/frontend.h"
#include "cli/builtin.h"
#include "core/diag.h"
#include "core/strbuf.h"
#include "core/util.h"

#include <cjson/cJSON.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <time.h>

static const char doctor_usage[] =
	"usage: driso doctor PATH [options]\n"
	"       driso doctor --facts FILE [options]\n"
	"\n"
	"Parse every C/C++ translation unit under PATH the way `driso scan` does and\n"
	"report, per project: TUs, parse errors, function bodies libclang could not\n"
	"build (lost), unresolved #includes, calls to undeclared functions, and what\n"
	"to pass to fix them.\n"
	"\n"
	"options:\n"
	"  --format text|json   output format (default text)\n"
	"  -p FILE|DIR          use compile_commands.json\n"
	"  --config NAME        project configuration (default Debug)\n"
	"  --platform P         x64 (default), Win32 or ARM64\n"
	"  --wdk PATH           use a real WDK's headers\n"
	"  -I DIR, -D NAME[=V]  extra include directory / define for every TU\n"
	"  --facts FILE         dump the front end's facts for one TU as JSON\n"
	"  -v, --verbose        list every TU with errors and its first errors\n"
	"  --every N            parse only every Nth TU (a quick look at a big tree)\n"
	"\n"
	"Exit status: 0 when everything parsed, 2 on usage errors, project files\n"
	"that could not be read, or TUs libclang could not parse at all (each\n"
	"printed as file:line: error: message).\n";

/* ---- counted names (missing headers, undeclared callees, messages) ---- */

struct counted {
	char *key;
	size_t n;
};

struct count_list {
	struct counted *v;
	size_t n, alloc;
};

static void count_add(struct count_list *l, const char *key, size_t by)
{
	for (size_t i = 0; i < l->n; i++)
		if (!strcmp(l->v[i].key, key)) {
			l->v[i].n += by;
			return;
		}
	ALLOC_GROW(l->v, l->n + 1, l->alloc);
	l->v[l->n].key = xstrdup(key);
	l->v[l->n++].n = by;
}

static int counted_cmp(const void *a, const void *b)
{
	const struct counted *x = a, *y = b;
	if (x->n != y->n)
		return x->n > y->n ? -1 : 1;
	return strcmp(x->key, y->key);
}

static void count_sort(struct count_list *l)
{
	if (l->n)
		qsort(l->v, l->n, sizeof(*l->v), counted_cmp);
}

static void count_free(struct count_list *l)
{
	for (size_t i = 0; i < l->n; i++)
		free(l->v[i].key);
	free(l->v);
}

/* ---- per project ---- */

struct tu_report {
	char *file;
	int errors;
	int lost;
	char *first_error;
};

struct project {
	char *name;
	const char *model;
	size_t tus, parse_failed, tus_with_errors;
	size_t errors, bodies, bodies_lost, calls, calls_resolved, calls_recovered;
	/* TUs whose every #include resolved: the front end's own fidelity,
	 * apart from header coverage */
	size_t tus_complete, bodies_complete, bodies_lost_complete;
	double parse_ms;
	size_t skipped;          /* TUs not parsed on their own (C++/CLI, #included by another source) */
	size_t msvc_repairs;     /* MSVC-only constructs read as MSVC does (frontend_repair.h) */
	char **skipped_files;    /* with why, "file: why" */
	struct count_list missing_includes, unresolved_calls, messages;
	struct tu_report *bad;
	size_t n_bad, alloc_bad;
};

struct doctor {
	const char *root;
	struct project *projects;
	size_t n_projects, alloc_projects;
	char **headers;          /* every header file under root, for -I hints */
	size_t n_headers, alloc_headers;
	char **sources;          /* .idl/.mc/... under root: generators of missing headers */
	size_t n_sources, alloc_sources;
	bool headers_indexed;
	bool verbose;
};

static struct project *project_named(struct doctor *d, const char *name, enum driver_model model)
{
	for (size_t i = 0; i < d->n_projects; i++)
		if (!strcmp(d->projects[i].name, name))
			return &d->projects[i];
	ALLOC_GROW(d->projects, d->n_projects + 1, d->alloc_projects);
	struct project *p = &d->projects[d->n_projects++];
	memset(p, 0, sizeof(*p));
	p->name = xstrdup(name);
	p->model = driver_model_name(model);
	return p;
}

static struct project *project_for(struct doctor *d, const struct tu_config *c)
{
	return project_named(d, c->project ? c->project : c->directory ? c->directory : "(none)", c->model);
}

/* A TU not parsed on its own (C++/CLI; a source another #includes): counted
 * apart from the parsed ones and listed with why. */
static void add_skipped(struct doctor *d, const struct tu_skipped *sk)
{
	struct project *p = project_named(d, sk->project, MODEL_USER_APP);
	char *rel = path_relative(d->root, sk->file);
	p->skipped_files = xrealloc(p->skipped_files, (p->skipped + 1) * sizeof(char *));
	p->skipped_files[p->skipped++] = xasprintf("%s: %s", rel, sk->why);
	free(rel);
}

/* "'foo.h' file not found" → foo.h */
static char *missing_header(const char *msg)
{
	const char *q = msg[0] == '\'' ? strchr(msg + 1, '\'') : NULL;
	if (!q || strcmp(q, "' file not found"))
		return NULL;
	return xstrndup(msg + 1, (size_t)(q - msg - 1));
}

/* "call to undeclared function 'X'; ..." and "implicit declaration of function 'X'" */
static char *undeclared_name(const char *msg)
{
	const char *p = strstr(msg, "undeclared function '");
	if (!p)
		p = strstr(msg, "implicit declaration of function '");
	if (!p)
		return NULL;
	p = strchr(p, '\'') + 1;
	const char *q = strchr(p, '\'');
	return q ? xstrndup(p, (size_t)(q - p)) : NULL;
}

/* Messages with identifiers removed, so the same problem counts once. */
static char *message_shape(const char *msg)
{
	struct strbuf sb = STRBUF_INIT;
	bool in_quote = false;
	for (const char *p = msg; *p; p++) {
		if (*p == '\'') {
			if (!in_quote)
				strbuf_addstr(&sb, "'…'");
			in_quote = !in_quote;
		} else if (!in_quote) {
			strbuf_addch(&sb, *p);
		}
	}
	return strbuf_detach(&sb, NULL);
}

static void add_tu(struct doctor *d, const struct tu_config *c, const struct tu_facts *t, double ms)
{
	struct project *p = project_for(d, c);
	int lost = 0;
	p->tus++;
	p->parse_ms += ms;
	if (t->parse_failed)
		p->parse_failed++;
	if (t->n_errors)
		p->tus_with_errors++;
	p->errors += (size_t)t->n_errors;
	bool complete = !t->parse_failed;
	for (size_t i = 0; i < t->n_diags && complete; i++) {
		char *h = missing_header(t->diags[i].message);
		complete = h == NULL;
		free(h);
	}
	if (complete)
		p->tus_complete++;
	for (size_t i = 0; i < t->n_funcs; i++) {
		const struct ffunc *f = &t->funcs[i];
		if (!f->has_body || (f->loc.file && strcmp(f->loc.file, t->main_file)))
			continue;   /* bodies in headers are counted with their own TU */
		p->bodies++;
		if (complete)
			p->bodies_complete++;
		if (f->error_nodes) {
			p->bodies_lost++;
			lost++;
			if (complete)
				p->bodies_lost_complete++;
		}
	}
	for (size_t i = 0; i < t->n_calls; i++) {
		const struct fcall *k = &t->calls[i];
		if (k->func < 0 || (k->callee_macro && k->expr && !strcmp(k->callee, k->callee_macro)))
			continue;   /* pseudo-calls for statement macros are not calls */
		p->calls++;
		if (k->recovered)
			p->calls_recovered++;
		else if (k->callee_declared)
			p->calls_resolved++;
		else if (k->callee && *k->callee)
			count_add(&p->unresolved_calls, k->callee, 1);
	}
	for (size_t i = 0; i < t->n_diags; i++) {
		const char *m = t->diags[i].message;
		if (t->diags[i].severity < FDIAG_ERROR) {
			p->msvc_repairs += str_starts_with(m, "MSVC-only construct");
			continue;
		}
		char *h = missing_header(m);
		if (h) {
			count_add(&p->missing_includes, h, 1);
			free(h);
			continue;
		}
		char *u = undeclared_name(m);
		if (u) {
			free(u);
			continue;
		}
		char *shape = message_shape(m);
		count_add(&p->messages, shape, 1);
		free(shape);
	}
	if (t->n_errors || t->parse_failed) {
		ALLOC_GROW(p->bad, p->n_bad + 1, p->alloc_bad);
		struct tu_report *r = &p->bad[p->n_bad++];
		r->file = path_relative(d->root, c->file);
		r->errors = t->n_errors;
		r->lost = lost;
		r->first_error = NULL;
		const struct fdiag *fd = NULL;
		for (size_t i = 0; i < t->n_diags && !fd; i++)
			if (t->diags[i].severity >= FDIAG_ERROR)
				fd = &t->diags[i];
		if (fd) {
			char *rel = fd->loc.file ? path_relative(d->root, fd->loc.file) : xstrdup("?");
			r->first_error = xasprintf("%s:%d: %s", rel, fd->loc.line, fd->message);
			free(rel);
		}
	}
}

/* ---- hints ---- */

static void index_headers(struct doctor *d, const char *dir, int depth)
{
	DIR *dh = opendir(dir);
	struct dirent *de;
	if (!dh || depth > 24) {
		if (dh)
			closedir(dh);
		return;
	}
	while ((de = readdir(dh))) {
		if (de->d_name[0] == '.')
			continue;
		char *full = path_join(dir, de->d_name);
		struct stat st;
		if (lstat(full, &st) == 0 && S_ISDIR(st.st_mode)) {
			index_headers(d, full, depth + 1);
			free(full);
		} else if (str_iends_with(de->d_name, ".h") || str_iends_with(de->d_name, ".hpp") ||
			   str_iends_with(de->d_name, ".hxx") || str_iends_with(de->d_name, ".inl")) {
			ALLOC_GROW(d->headers, d->n_headers + 1, d->alloc_headers);
			d->headers[d->n_headers++] = full;
		} else if (str_iends_with(de->d_name, ".idl") || str_iends_with(de->d_name, ".mc") ||
			   str_iends_with(de->d_name, ".man") || str_iends_with(de->d_name, ".mof")) {
			ALLOC_GROW(d->sources, d->n_sources + 1, d->alloc_sources);
			d->sources[d->n_sources++] = full;
		} else {
			free(full);
		}
	}
	closedir(dh);
}

/* A directory under the root holding `header` (basename match, any case). */
static char *header_dir_in_tree(struct doctor *d, const char *header)
{
	if (!d->headers_indexed) {
		d->headers_indexed = true;
		if (path_is_dir(d->root))
			index_headers(d, d->root, 0);
	}
	const char *want = strrchr(header, '/');
	want = want ? want + 1 : header;
	const char *bs = strrchr(want, '\\');
	want = bs ? bs + 1 : want;
	for (size_t i = 0; i < d->n_headers; i++)
		if (!strcasecmp(path_basename(d->headers[i]), want)) {
			char *dir = path_dirname(d->headers[i]);
			char *rel = path_relative(d->root, dir);
			free(dir);
			return rel;
		}
	return NULL;
}

/* Header families mingw-w64 does not ship, and what to do about them. */
static const struct {
	const char *prefix;
	const char *hint;
} header_families[] = {
	{ "atl", "ATL (Visual Studio) header: pass -I to an ATL include directory" },
	{ "afx", "MFC (Visual Studio) header: pass -I to an MFC include directory" },
	{ "wrl", "WRL (Windows SDK) header: pass --wdk PATH (its SDK include directories)" },
	{ "wil/", "WIL header: pass -I to a checkout of microsoft/wil's include directory" },
	{ "audioengine", "Windows SDK audio header: pass --wdk PATH" },
	{ "BaseAudioProcessingObject", "Windows SDK audio header: pass --wdk PATH" },
	{ "fltkernel", "filter manager header (WDK): pass --wdk PATH" },
	{ "ndis", "NDIS header (WDK): pass --wdk PATH" },
	{ "netadaptercx", "NetAdapterCx header (WDK): pass --wdk PATH" },
	{ "ks", "kernel streaming header (WDK): pass --wdk PATH" },
	{ "portcls", "port class header (WDK): pass --wdk PATH" },
	{ "ucx", "USB host controller extension header (WDK): pass --wdk PATH" },
	{ "ufx", "USB function extension header (WDK): pass --wdk PATH" },
	{ "sercx", "serial framework extension header (WDK): pass --wdk PATH" },
	{ "spbcx", "SPB framework extension header (WDK): pass --wdk PATH" },
	{ "gpioclx", "GPIO framework extension header (WDK): pass --wdk PATH" },
	{ "acpi", "ACPI header (WDK): pass --wdk PATH" },
};

/* base name without extension, for matching an .idl/.mc that generates it */
static char *stem(const char *header)
{
	const char *b = strrchr(header, '/');
	b = b ? b + 1 : header;
	const char *dot = strrchr(b, '.');
	return xstrndup(b, dot ? (size_t)(dot - b) : strlen(b));
}

static char *generator_in_tree(struct doctor *d, const char *header)
{
	char *st = stem(header);
	char *found = NULL;
	static const char *const exts[] = { ".idl", ".mc", ".man", ".mof" };
	if (!d->headers_indexed)
		(void)header_dir_in_tree(d, "");
	for (size_t i = 0; i < d->n_sources && !found; i++) {
		const char *b = path_basename(d->sources[i]);
		for (size_t e = 0; e < sizeof(exts) / sizeof(exts[0]); e++) {
			size_t n = strlen(st);
			if (!strncasecmp(b, st, n) && !strcasecmp(b + n, exts[e])) {
				found = path_relative(d->root, d->sources[i]);
				break;
			}
		}
	}
	free(st);
	return found;
}

static char *include_hint(struct doctor *d, const char *header)
{
	char *dir = header_dir_in_tree(d, header);
	if (dir) {
		char *h = xasprintf("-I %s (found in the tree)", dir);
		free(dir);
		return h;
	}
	/* generated at build time by the WDK tools */
	if (str_iends_with(header, ".tmh"))
		return xstrdup("WPP trace header generated at build time: harmless when driso's WPP stub is on");
	char *gen = generator_in_tree(d, header);
	if (gen) {
		char *h = xasprintf("generated at build time from %s (MIDL/mc): build once and pass -I to the output directory", gen);
		free(gen);
		return h;
	}
	const char *base = path_basename(header);
	for (size_t i = 0; i < sizeof(header_families) / sizeof(header_families[0]); i++)
		if (str_istarts_with(base, header_families[i].prefix) || str_istarts_with(header, header_families[i].prefix))
			return xstrdup(header_families[i].hint);
	return xstrdup("not in mingw-w64 or driso's shims: pass --wdk PATH (a real WDK) or -I DIR");
}

/* ---- output ---- */

static double pct(size_t a, size_t b)
{
	return b ? 100.0 * (double)a / (double)b : 100.0;
}

static void totals(const struct doctor *d, struct project *tot)
{
	memset(tot, 0, sizeof(*tot));
	for (size_t i = 0; i < d->n_projects; i++) {
		const struct project *p = &d->projects[i];
		tot->tus += p->tus;
		tot->parse_failed += p->parse_failed;
		tot->tus_with_errors += p->tus_with_errors;
		tot->errors += p->errors;
		tot->bodies += p->bodies;
		tot->bodies_lost += p->bodies_lost;
		tot->calls += p->calls;
		tot->calls_resolved += p->calls_resolved;
		tot->calls_recovered += p->calls_recovered;
		tot->tus_complete += p->tus_complete;
		tot->bodies_complete += p->bodies_complete;
		tot->bodies_lost_complete += p->bodies_lost_complete;
		tot->parse_ms += p->parse_ms;
		tot->skipped += p->skipped;
		tot->msvc_repairs += p->msvc_repairs;
	}
}

#define TOP_N 8

static void print_text(struct doctor *d, FILE *out)
{
	struct project tot;
	for (size_t i = 0; i < d->n_projects; i++) {
		struct project *p = &d->projects[i];
		char *rel = path_relative(d->root, p->name);
		fprintf(out, "%s (%s)\n", rel, p->model);
		free(rel);
		fprintf(out, "  TUs: %zu, parse failed: %zu, with errors: %zu (%zu errors)\n", p->tus,
			p->parse_failed, p->tus_with_errors, p->errors);
		if (p->skipped)
			fprintf(out, "  not parsed on their own: %zu TUs (C++/CLI, which clang cannot read, or a source another #includes)\n",
				p->skipped);
		for (size_t j = 0; d->verbose && j < p->skipped; j++)
			fprintf(out, "  %s\n", p->skipped_files[j]);
		fprintf(out, "  function bodies: %zu, lost: %zu (%.1f%% kept)\n", p->bodies, p->bodies_lost,
			pct(p->bodies - p->bodies_lost, p->bodies));
		fprintf(out, "  calls: %zu, resolved: %zu (%.1f%%)", p->calls, p->calls_resolved,
			pct(p->calls_resolved, p->calls));
		if (p->calls_recovered)
			fprintf(out, ", rebuilt from tokens: %zu", p->calls_recovered);
		fputc('\n', out);
		if (p->msvc_repairs)
			fprintf(out, "  MSVC-only constructs read as MSVC does: %zu (lvalue casts, &(T)x, forward enum fields, ...)\n",
				p->msvc_repairs);
		count_sort(&p->missing_includes);
		for (size_t j = 0; j < p->missing_includes.n && j < TOP_N; j++) {
			char *hint = include_hint(d, p->missing_includes.v[j].key);
			fprintf(out, "  missing include %s (%zu TUs): %s\n", p->missing_includes.v[j].key,
				p->missing_includes.v[j].n, hint);
			free(hint);
		}
		count_sort(&p->unresolved_calls);
		if (p->unresolved_calls.n) {
			fprintf(out, "  undeclared functions:");
			for (size_t j = 0; j < p->unresolved_calls.n && j < TOP_N; j++)
				fprintf(out, " %s (%zu)", p->unresolved_calls.v[j].key, p->unresolved_calls.v[j].n);
			fprintf(out, "%s\n    → declared in a missing header, or missing from mingw-w64/shims: fix the includes above, or --wdk PATH\n",
				p->unresolved_calls.n > TOP_N ? " ..." : "");
		}
		count_sort(&p->messages);
		for (size_t j = 0; j < p->messages.n && j < 3; j++)
			fprintf(out, "  error x%zu: %s\n", p->messages.v[j].n, p->messages.v[j].key);
		for (size_t j = 0; j < p->messages.n; j++)
			if (strstr(p->messages.v[j].key, "blocks support disabled")) {
				fputs("    → `^` handles: C++/CLI (/clr) code, which clang cannot parse; nothing to pass\n", out);
				break;
			}
		if (d->verbose)
			for (size_t j = 0; j < p->n_bad; j++)
				fprintf(out, "  %s: %d errors, %d bodies lost; first: %s\n", p->bad[j].file,
					p->bad[j].errors, p->bad[j].lost,
					p->bad[j].first_error ? p->bad[j].first_error : "-");
	}
	totals(d, &tot);
	fprintf(out, "\ntotal: %zu projects, %zu TUs: %.1f%% parsed, %.1f%% without errors; "
		"function bodies %.1f%% kept (%zu of %zu); calls %.1f%% resolved (%zu of %zu); %.1f s\n",
		d->n_projects, tot.tus, pct(tot.tus - tot.parse_failed, tot.tus),
		pct(tot.tus - tot.tus_with_errors, tot.tus), pct(tot.bodies - tot.bodies_lost, tot.bodies),
		tot.bodies - tot.bodies_lost, tot.bodies, pct(tot.calls_resolved, tot.calls), tot.calls_resolved,
		tot.calls, tot.parse_ms / 1000.0);
	fprintf(out, "TUs whose includes all resolved: %zu; their function bodies %.1f%% kept (%zu of %zu)\n",
		tot.tus_complete, pct(tot.bodies_complete - tot.bodies_lost_complete, tot.bodies_complete),
		tot.bodies_complete - tot.bodies_lost_complete, tot.bodies_complete);
	if (tot.skipped)
		fprintf(out, "not parsed on their own: %zu TUs (listed per project with -v)\n", tot.skipped);
}

static cJSON *counts_json(struct count_list *l, size_t limit)
{
	cJSON *a = cJSON_CreateArray();
	count_sort(l);
	for (size_t i = 0; i < l->n && i < limit; i++) {
		cJSON *o = cJSON_CreateObject();
		cJSON_AddStringToObject(o, "name", l->v[i].key);
		cJSON_AddNumberToObject(o, "count", (double)l->v[i].n);
		cJSON_AddItemToArray(a, o);
	}
	return a;
}

static void stats_json(cJSON *o, const struct project *p)
{
	cJSON_AddNumberToObject(o, "tus", (double)p->tus);
	cJSON_AddNumberToObject(o, "parse_failed", (double)p->parse_failed);
	cJSON_AddNumberToObject(o, "tus_with_errors", (double)p->tus_with_errors);
	cJSON_AddNumberToObject(o, "errors", (double)p->errors);
	cJSON_AddNumberToObject(o, "bodies", (double)p->bodies);
	cJSON_AddNumberToObject(o, "bodies_lost", (double)p->bodies_lost);
	cJSON_AddNumberToObject(o, "calls", (double)p->calls);
	cJSON_AddNumberToObject(o, "calls_resolved", (double)p->calls_resolved);
	cJSON_AddNumberToObject(o, "calls_recovered", (double)p->calls_recovered);
	cJSON_AddNumberToObject(o, "tus_all_includes_found", (double)p->tus_complete);
	cJSON_AddNumberToObject(o, "bodies_in_those", (double)p->bodies_complete);
	cJSON_AddNumberToObject(o, "bodies_lost_in_those", (double)p->bodies_lost_complete);
	cJSON_AddNumberToObject(o, "parse_ms", (double)(long long)p->parse_ms);
	cJSON_AddNumberToObject(o, "not_parsed", (double)p->skipped);
	cJSON_AddNumberToObject(o, "msvc_constructs_repaired", (double)p->msvc_repairs);
}

static void print_json(struct doctor *d, FILE *out)
{
	cJSON *root = cJSON_CreateObject();
	cJSON *projects = cJSON_AddArrayToObject(root, "projects");
	struct project tot;
	for (size_t i = 0; i < d->n_projects; i++) {
		struct project *p = &d->projects[i];
		cJSON *o = cJSON_CreateObject();
		char *rel = path_relative(d->root, p->name);
		cJSON_AddStringToObject(o, "project", rel);
		free(rel);
		cJSON_AddStringToObject(o, "model", p->model);
		stats_json(o, p);
		cJSON *mi = counts_json(&p->missing_includes, 50);
		for (int j = 0; j < cJSON_GetArraySize(mi); j++) {
			cJSON *e = cJSON_GetArrayItem(mi, j);
			char *hint = include_hint(d, cJSON_GetObjectItem(e, "name")->valuestring);
			cJSON_AddStringToObject(e, "hint", hint);
			free(hint);
		}
		cJSON_AddItemToObject(o, "missing_includes", mi);
		cJSON_AddItemToObject(o, "undeclared_functions", counts_json(&p->unresolved_calls, 50));
		cJSON_AddItemToObject(o, "errors_by_kind", counts_json(&p->messages, 20));
		cJSON *sk = cJSON_AddArrayToObject(o, "not_parsed_list");
		for (size_t j = 0; j < p->skipped; j++)
			cJSON_AddItemToArray(sk, cJSON_CreateString(p->skipped_files[j]));
		cJSON *bad = cJSON_AddArrayToObject(o, "tus_with_errors_list");
		for (size_t j = 0; j < p->n_bad; j++) {
			cJSON *b = cJSON_CreateObject();
			cJSON_AddStringToObject(b, "file", p->bad[j].file);
			cJSON_AddNumberToObject(b, "errors", p->bad[j].errors);
			cJSON_AddNumberToObject(b, "bodies_lost", p->bad[j].lost);
			if (p->bad[j].first_error)
				cJSON_AddStringToObject(b, "first_error", p->bad[j].first_error);
			cJSON_AddItemToArray(bad, b);
		}
		cJSON_AddItemToArray(projects, o);
	}
	totals(d, &tot);
	cJSON *t = cJSON_AddObjectToObject(root, "total");
	cJSON_AddNumberToObject(t, "projects", (double)d->n_projects);
	stats_json(t, &tot);
	cJSON_AddNumberToObject(t, "pct_parsed", pct(tot.tus - tot.parse_failed, tot.tus));
	cJSON_AddNumberToObject(t, "pct_bodies_kept", pct(tot.bodies - tot.bodies_lost, tot.bodies));
	cJSON_AddNumberToObject(t, "pct_calls_resolved", pct(tot.calls_resolved, tot.calls));
	cJSON_AddNumberToObject(t, "pct_bodies_kept_all_includes_found",
				pct(tot.bodies_complete - tot.bodies_lost_complete, tot.bodies_complete));
	char *s = cJSON_Print(root);
	fprintf(out, "%s\n", s);
	free(s);
	cJSON_Delete(root);
}

static void doctor_free(struct doctor *d)
{
	for (size_t i = 0; i < d->n_projects; i++) {
		struct project *p = &d->projects[i];
		free(p->name);
		count_free(&p->missing_includes);
		count_free(&p->unresolved_calls);
		count_free(&p->messages);
		for (size_t j = 0; j < p->n_bad; j++) {
			free(p->bad[j].file);
			free(p->bad[j].first_error);
		}
		free(p->bad);
		for (size_t j = 0; j < p->skipped; j++)
			free(p->skipped_files[j]);
		free(p->skipped_files);
	}
	free(d->projects);
	for (size_t i = 0; i < d->n_headers; i++)
		free(d->headers[i]);
	free(d->headers);
	for (size_t i = 0; i < d->n_sources; i++)
		free(d->sources[i]);
	free(d->sources);
}

static double now_ms(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec * 1000.0 + (double)ts.tv_nsec / 1e6;
}

struct str_vec {
	const char **v;
	size_t n, alloc;
};

static void str_vec_add(struct str_vec *v, const char *s)
{
	ALLOC_GROW(v->v, v->n + 2, v->alloc);
	v->v[v->n++] = s;
	v->v[v->n] = NULL;
}

static int dump_facts(const char *file, const struct compile_env_options *opts)
{
	struct tu_config_list l = { 0 };
	struct diag_list errors = { 0 };
	int rc = EXIT_CLEAN;
	char *abs = realpath(file, NULL);
	compile_env_discover(file, opts, &l, &errors);
	const struct tu_config *cfg = NULL;
	for (size_t i = 0; i < l.n; i++)
		if (abs && !strcmp(l.items[i].file, abs))
			cfg = &l.items[i];
	if (!cfg && l.n)
		cfg = &l.items[0];
	if (!cfg) {
		diag_add(&errors, file, 1, "not a C/C++ translation unit");
		rc = EXIT_FATAL;
	} else {
		struct frontend *fe = frontend_new();
		struct tu_facts *t = frontend_parse(fe, cfg, &errors);
		char *json = tu_facts_json(t);
		puts(json);
		free(json);
		if (t->parse_failed)
			rc = EXIT_FATAL;
		tu_facts_free(t);
		frontend_free(fe);
	}
	/* discovery walks the whole project tree: only this TU's problems matter here */
	for (size_t i = 0; i < errors.n; i++)
		if (!abs || !strcmp(errors.items[i].file, abs) || !strcmp(errors.items[i].file, file))
			fprintf(stderr, "%s:%d: error: %s\n", errors.items[i].file, errors.items[i].line,
				errors.items[i].message);
	free(abs);
	diag_list_free(&errors);
	tu_config_list_free(&l);
	return rc;
}

int cmd_doctor(int argc, char **argv)
{
	struct compile_env_options opts = { 0 };
	struct str_vec incs = { 0 }, defs = { 0 };
	const char *format = "text", *path = NULL, *facts = NULL;
	struct doctor d = { 0 };
	int rc = EXIT_CLEAN;
	long every = 1;

	if (wants_help(argc, argv)) {
		fputs(doctor_usage, stdout);
		return EXIT_CLEAN;
	}
	for (int i = 1; i < argc; i++) {
		const char *a = argv[i];
		const char *val = i + 1 < argc ? argv[i + 1] : NULL;
		bool takes = true;
		if (!strcmp(a, "--format"))
			format = val;
		else if (!strcmp(a, "-p"))
			opts.compdb = val;
		else if (!strcmp(a, "--config"))
			opts.configuration = val;
		else if (!strcmp(a, "--platform"))
			opts.platform = val;
		else if (!strcmp(a, "--wdk"))
			opts.wdk = val;
		else if (!strcmp(a, "--facts"))
			facts = val;
		else if (!strcmp(a, "--every"))
			every = val ? atol(val) : 0;
		else if (!strcmp(a, "-I"))
			str_vec_add(&incs, val ? val : "");
		else if (!strcmp(a, "-D"))
			str_vec_add(&defs, val ? val : "");
		else if (!strncmp(a, "-I", 2) && a[2]) {
			str_vec_add(&incs, a + 2);
			takes = false;
		} else if (!strncmp(a, "-D", 2) && a[2]) {
			str_vec_add(&defs, a + 2);
			takes = false;
		} else if (!strcmp(a, "-v") || !strcmp(a, "--verbose")) {
			d.verbose = true;
			takes = false;
		} else if (a[0] == '-' && a[1]) {
			fprintf(stderr, "driso doctor: unknown option '%s'\n%s", a, doctor_usage);
			rc = EXIT_FATAL;
			goto out;
		} else {
			if (path) {
				fprintf(stderr, "driso doctor: more than one PATH\n");
				rc = EXIT_FATAL;
				goto out;
			}
			path = a;
			takes = false;
		}
		if (takes) {
			if (!val) {
				fprintf(stderr, "driso doctor: %s needs a value\n", a);
				rc = EXIT_FATAL;
				goto out;
			}
			i++;
		}
	}
	if (every < 1) {
		fprintf(stderr, "driso doctor: --every needs a positive number\n");
		rc = EXIT_FATAL;
		goto out;
	}
	if (!format || (strcmp(format, "text") && strcmp(format, "json"))) {
		fprintf(stderr, "driso doctor: --format must be text or json\n");
		rc = EXIT_FATAL;
		goto out;
	}
	opts.extra_includes = incs.v;
	opts.extra_defines = defs.v;
	if (facts) {
		rc = dump_facts(facts, &opts);
		goto out;
	}
	if (!path) {
		fprintf(stderr, "driso doctor: missing PATH\n%s", doctor_usage);
		rc = EXIT_FATAL;
		goto out;
	}

	struct tu_config_list l = { 0 };
	struct diag_list errors = { 0 };
	char *root = realpath(path, NULL);
	d.root = root ? root : path;
	compile_env_discover(path, &opts, &l, &errors);
	struct frontend *fe = frontend_new();
	bool progress = getenv("DRISO_PROGRESS") != NULL;
	for (size_t i = 0; i < l.n; i += (size_t)every) {
		double t0 = now_ms();
		struct tu_facts *t = frontend_parse(fe, &l.items[i], &errors);
		double ms = now_ms() - t0;
		if (progress)
			fprintf(stderr, "[%zu/%zu] %.0f ms %s\n", i + 1, l.n, ms, l.items[i].file);
		add_tu(&d, &l.items[i], t, ms);
		tu_facts_free(t);
	}
	frontend_free(fe);
	for (size_t i = 0; i < l.n_skipped; i++)
		add_skipped(&d, &l.skipped[i]);
	if (!strcmp(format, "json"))
		print_json(&d, stdout);
	else
		print_text(&d, stdout);
	diag_sort(&errors);
	diag_print(&errors, stderr);
	if (errors.n || (!l.n && !l.n_skipped))
		rc = EXIT_FATAL;
	if (!l.n && !l.n_skipped)
		fprintf(stderr, "driso doctor: no C/C++ translation units under %s\n", path);
	diag_list_free(&errors);
	tu_config_list_free(&l);
	doctor_free(&d);
	free(root);
out:
	free(incs.v);
	free(defs.v);
	return rc;
}
