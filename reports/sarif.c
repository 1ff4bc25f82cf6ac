#include "reports/report.h"
#include "reports/report_internal.h"
#include "core/rule_info.h"
#include "core/strbuf.h"
#include "core/util.h"

#include <cjson/cJSON.h>
#include <ctype.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

/*
 * SARIF 2.1.0 for GitHub code scanning and IDE viewers. Checked with
 * Microsoft's SARIF Multitool (`validate --rule-kind "Gh;Sarif"`, see
 * tests/cli/report_sarif_validate.sh). Choices worth knowing:
 *  - columnKind is unicodeCodePoints: driso columns count code points;
 *  - paths are relative URIs against %SRCROOT% (the scan root), which is
 *    declared in originalUriBaseIds when the root resolves to an absolute path;
 *  - fixes use line/column regions, never charOffset (SARIF counts
 *    characters there, driso's offsets are UTF-8 bytes); a finding whose
 *    edits carry no line/column and whose file cannot be read under root_dir
 *    gets no "fixes" rather than a wrong one;
 *  - messages end with a period (SARIF2001).
 */

#ifndef DRISO_INFORMATION_URI
#define DRISO_INFORMATION_URI "https://github.com/driso/driso"
#endif

#define SRCROOT "%SRCROOT%"

static void add_str(cJSON *obj, const char *key, const char *value)
{
	char *clean = utf8_clean_dup(value ? value : "");
	cJSON_AddStringToObject(obj, key, clean);
	free(clean);
}

/* SARIF2001: plain-text messages are sentences. */
static cJSON *message(const char *text)
{
	struct strbuf sb = STRBUF_INIT;
	strbuf_addstr(&sb, text && *text ? text : "(no message)");
	while (sb.len && isspace((unsigned char)sb.buf[sb.len - 1]))
		strbuf_setlen(&sb, sb.len - 1);
	if (sb.len && !strchr(".!?", sb.buf[sb.len - 1]))
		strbuf_addch(&sb, '.');
	cJSON *m = cJSON_CreateObject();
	add_str(m, "text", sb.buf);
	strbuf_release(&sb);
	return m;
}

static cJSON *text_obj(const char *text)
{
	cJSON *m = cJSON_CreateObject();
	add_str(m, "text", text);
	return m;
}

/* Path -> URI path: percent-encode all but unreserved and '/' (and ':' in
 * absolute paths; in a relative one it would read as a URI scheme). */
static char *path_to_uri_ex(const char *path, int keep_colon)
{
	struct strbuf sb = STRBUF_INIT;
	for (const unsigned char *p = (const unsigned char *)path; *p; p++) {
		if (isalnum(*p) || strchr("-._~/", *p) || (keep_colon && *p == ':'))
			strbuf_addch(&sb, *p);
		else if (*p == '\\')
			strbuf_addch(&sb, '/');
		else
			strbuf_addf(&sb, "%%%02X", *p);
	}
	return strbuf_detach(&sb, NULL);
}

/* Evidence can sit outside the scan root (a system header): such paths become
 * absolute file URIs, which must not carry a uriBaseId (SARIF1004). */
static int is_absolute_path(const char *p)
{
	return p[0] == '/' || p[0] == '\\' ||
	       (isalpha((unsigned char)p[0]) && p[1] == ':' && (p[2] == '/' || p[2] == '\\'));
}

static cJSON *artifact_location(const char *file)
{
	cJSON *a = cJSON_CreateObject();
	char *uri = path_to_uri_ex(file, is_absolute_path(file));
	if (is_absolute_path(file)) {
		char *abs = xasprintf("file://%s%s", uri[0] == '/' ? "" : "/", uri);
		add_str(a, "uri", abs);
		free(abs);
	} else {
		add_str(a, "uri", uri);
		add_str(a, "uriBaseId", SRCROOT);
	}
	free(uri);
	return a;
}

static cJSON *region(int line, int col, int end_line, int end_col)
{
	cJSON *r = cJSON_CreateObject();
	cJSON_AddNumberToObject(r, "startLine", line > 0 ? line : 1);
	cJSON_AddNumberToObject(r, "startColumn", col > 0 ? col : 1);
	if (end_line >= line && end_line > 0) {
		cJSON_AddNumberToObject(r, "endLine", end_line);
		if (end_col > 0 && (end_line > line || end_col >= col))
			cJSON_AddNumberToObject(r, "endColumn", end_col);
	}
	return r;
}

static cJSON *location(const char *file, cJSON *reg)
{
	cJSON *loc = cJSON_CreateObject();
	cJSON *phys = cJSON_AddObjectToObject(loc, "physicalLocation");
	cJSON_AddItemToObject(phys, "artifactLocation", artifact_location(file));
	cJSON_AddItemToObject(phys, "region", reg);
	return loc;
}

/* Byte offset of a 1-based code-point column within a line of len bytes. */
static size_t col_offset(const char *line, size_t len, int col)
{
	size_t i = 0;
	for (int c = 1; c < col && i < len; c++) {
		size_t n = utf8_seq_len((const unsigned char *)line + i, len - i);
		i += n ? n : 1;
	}
	return i;
}

/* SARIF2010/2011: the flagged text and a few lines around it, when the
 * source is at hand, so viewers without the checkout can still show it. */
static void add_snippets(cJSON *loc, const struct source_file *src, const struct finding *f)
{
	size_t len;
	const char *line = source_line(src, f->line, &len);
	if (!line)
		return;
	cJSON *phys = cJSON_GetObjectItemCaseSensitive(loc, "physicalLocation");
	cJSON *reg = cJSON_GetObjectItemCaseSensitive(phys, "region");
	if (f->end_line == f->line && f->end_col > f->col) {
		size_t a = col_offset(line, len, f->col), b = col_offset(line, len, f->end_col);
		char *snip = xstrndup(line + a, b - a);
		cJSON_AddItemToObject(reg, "snippet", text_obj(snip));
		free(snip);
	}
	int from = f->line > 3 ? f->line - 2 : 1;
	int to = (f->end_line > f->line ? f->end_line : f->line) + 2;
	struct strbuf ctx = STRBUF_INIT;
	int last = from;
	for (int l = from; l <= to; l++) {
		const char *t = source_line(src, l, &len);
		if (!t)
			break;
		strbuf_add(&ctx, t, len);
		strbuf_addch(&ctx, '\n');
		last = l;
	}
	cJSON *cr = cJSON_AddObjectToObject(phys, "contextRegion");
	cJSON_AddNumberToObject(cr, "startLine", from);
	cJSON_AddNumberToObject(cr, "endLine", last);
	cJSON_AddItemToObject(cr, "snippet", text_obj(ctx.buf));
	strbuf_release(&ctx);
}

static const char *level_name(enum severity s)
{
	return s == SEV_ERROR ? "error" : s == SEV_WARNING ? "warning" : "note";
}

/* --- rules --- */

struct rule_entry {
	const char *id;
	const struct rule_info *info;   /* NULL: seen in results, not registered */
	enum severity sev;
	int infverif;
};

static int entry_cmp(const void *a, const void *b)
{
	return strcmp(((const struct rule_entry *)a)->id, ((const struct rule_entry *)b)->id);
}

static struct rule_entry *collect_rules(struct finding **sorted, size_t n_findings, size_t *n_out)
{
	size_t n_reg;
	const struct rule_info *const *reg = rule_all(&n_reg);
	struct rule_entry *e = xcalloc(n_reg + n_findings + 1, sizeof(*e));
	size_t n = 0;
	for (size_t i = 0; i < n_reg; i++)
		e[n++] = (struct rule_entry){ reg[i]->id, reg[i], reg[i]->severity, reg[i]->infverif };
	qsort(e, n, sizeof(*e), entry_cmp);
	size_t n_known = n;
	for (size_t i = 0; i < n_findings; i++) {
		struct rule_entry key = { .id = sorted[i]->rule };
		if (bsearch(&key, e, n_known, sizeof(*e), entry_cmp))
			continue;
		int seen = 0;
		for (size_t k = n_known; k < n && !seen; k++)
			seen = !strcmp(e[k].id, key.id);
		if (!seen)
			e[n++] = (struct rule_entry){ sorted[i]->rule, NULL, sorted[i]->severity, sorted[i]->infverif };
	}
	qsort(e, n, sizeof(*e), entry_cmp);
	*n_out = n;
	return e;
}

static long rule_index(const struct rule_entry *e, size_t n, const char *id)
{
	struct rule_entry key = { .id = id };
	const struct rule_entry *hit = bsearch(&key, e, n, sizeof(*e), entry_cmp);
	return hit ? (long)(hit - e) : -1;
}

static char *help_markdown(const struct rule_entry *e)
{
	const struct rule_info *ri = e->info;
	struct strbuf sb = STRBUF_INIT;
	strbuf_addf(&sb, "## %s\n\n", e->id);
	if (ri && ri->explain)
		strbuf_addf(&sb, "%s\n\n", ri->explain);
	if (ri && ri->before_after)
		strbuf_addf(&sb, "### Before and after\n\n```\n%s\n```\n\n", ri->before_after);
	if (ri && ri->min_os)
		strbuf_addf(&sb, "**Minimum OS of the replacement:** %s\n\n", ri->min_os);
	if (e->infverif)
		strbuf_addf(&sb, "**InfVerif:** %d\n\n", e->infverif);
	if (ri && ri->doc_url)
		strbuf_addf(&sb, "[Microsoft documentation](%s)\n\n", ri->doc_url);
	strbuf_addf(&sb, "Run `driso explain %s` for details.\n", e->id);
	return strbuf_detach(&sb, NULL);
}

static char *help_text(const struct rule_entry *e)
{
	const struct rule_info *ri = e->info;
	struct strbuf sb = STRBUF_INIT;
	if (ri && ri->explain)
		strbuf_addf(&sb, "%s\n\n", ri->explain);
	if (ri && ri->before_after)
		strbuf_addf(&sb, "Before and after:\n%s\n\n", ri->before_after);
	if (ri && ri->min_os)
		strbuf_addf(&sb, "Minimum OS of the replacement: %s.\n", ri->min_os);
	if (e->infverif)
		strbuf_addf(&sb, "InfVerif: %d.\n", e->infverif);
	if (ri && ri->doc_url)
		strbuf_addf(&sb, "Documentation: %s\n", ri->doc_url);
	strbuf_addf(&sb, "Run 'driso explain %s' for details.", e->id);
	return strbuf_detach(&sb, NULL);
}

static cJSON *rule_descriptor(const struct rule_entry *e)
{
	const struct rule_info *ri = e->info;
	cJSON *d = cJSON_CreateObject();
	add_str(d, "id", e->id);
	char *name = rule_pascal_name(e->id);
	add_str(d, "name", name);
	free(name);
	struct strbuf fallback = STRBUF_INIT;
	strbuf_addf(&fallback, "Driver Package Isolation rule %s", e->id);
	cJSON_AddItemToObject(d, "shortDescription", message(ri && ri->summary ? ri->summary : fallback.buf));
	cJSON_AddItemToObject(d, "fullDescription",
			      message(ri && ri->explain ? ri->explain : ri && ri->summary ? ri->summary : fallback.buf));
	strbuf_release(&fallback);
	char *ht = help_text(e), *hm = help_markdown(e);
	cJSON *help = cJSON_AddObjectToObject(d, "help");
	add_str(help, "text", ht);
	add_str(help, "markdown", hm);
	free(ht);
	free(hm);
	if (ri && ri->doc_url)
		add_str(d, "helpUri", ri->doc_url);
	cJSON *dc = cJSON_AddObjectToObject(d, "defaultConfiguration");
	add_str(dc, "level", level_name(e->sev));
	cJSON *props = cJSON_AddObjectToObject(d, "properties");
	if (e->infverif)
		cJSON_AddNumberToObject(props, "infverif", e->infverif);
	if (ri && ri->min_os)
		add_str(props, "minimumOS", ri->min_os);
	cJSON *tags = cJSON_AddArrayToObject(props, "tags");
	cJSON_AddItemToArray(tags, cJSON_CreateString("driver-package-isolation"));
	if (ri && ri->family)
		cJSON_AddItemToArray(tags, cJSON_CreateString(ri->family));
	return d;
}

/* --- results --- */

/* Each edit as a line/column region; 0 when some edit cannot be placed. */
static int edit_has_linecol(const struct text_edit *ed)
{
	return ed->line > 0 && ed->col > 0 && ed->end_line > 0 && ed->end_col > 0 &&
	       (ed->end_line > ed->line || (ed->end_line == ed->line && ed->end_col >= ed->col));
}

static int edit_region(const struct text_edit *ed, struct source_file *src, int *l, int *c, int *el, int *ec)
{
	if (edit_has_linecol(ed)) {
		*l = ed->line, *c = ed->col, *el = ed->end_line, *ec = ed->end_col;
		return 1;
	}
	return src && ed->start <= ed->end && source_offset_to_linecol(src, ed->start, l, c) == 0 &&
	       source_offset_to_linecol(src, ed->end, el, ec) == 0;
}

static cJSON *fixes_json(const struct finding *f, struct source_cache *cache)
{
	size_t n_edits = 0;
	for (size_t i = 0; i < f->n_fixes; i++)
		n_edits += f->fixes[i].n_edits;
	if (!n_edits)
		return NULL;     /* never an empty artifactChanges */
	cJSON *changes = cJSON_CreateArray();
	for (size_t i = 0; i < f->n_fixes; i++) {
		const struct file_fix *fx = &f->fixes[i];
		if (!fx->n_edits)
			continue;
		struct source_file *src = NULL;
		int need_src = 0;
		for (size_t j = 0; j < fx->n_edits; j++)
			need_src |= !edit_has_linecol(&fx->edits[j]);
		if (need_src)
			src = source_cache_get(cache, fx->file);
		cJSON *change = cJSON_CreateObject();
		cJSON_AddItemToObject(change, "artifactLocation", artifact_location(fx->file));
		cJSON *repls = cJSON_AddArrayToObject(change, "replacements");
		cJSON_AddItemToArray(changes, change);
		for (size_t j = 0; j < fx->n_edits; j++) {
			const struct text_edit *ed = &fx->edits[j];
			int l, c, el, ec;
			if (!edit_region(ed, src, &l, &c, &el, &ec)) {
				cJSON_Delete(changes);
				return NULL;
			}
			cJSON *rep = cJSON_CreateObject();
			cJSON *reg = cJSON_AddObjectToObject(rep, "deletedRegion");
			cJSON_AddNumberToObject(reg, "startLine", l);
			cJSON_AddNumberToObject(reg, "startColumn", c);
			cJSON_AddNumberToObject(reg, "endLine", el);
			cJSON_AddNumberToObject(reg, "endColumn", ec);
			if (ed->replacement && *ed->replacement)
				cJSON_AddItemToObject(rep, "insertedContent", text_obj(ed->replacement));
			cJSON_AddItemToArray(repls, rep);
		}
	}
	cJSON *fixes = cJSON_CreateArray();
	cJSON *fix = cJSON_CreateObject();
	cJSON_AddItemToObject(fix, "description", message(f->proposal && *f->proposal ? f->proposal
								   : "Apply driso's rewrite"));
	cJSON_AddItemToObject(fix, "artifactChanges", changes);
	cJSON_AddItemToArray(fixes, fix);
	return fixes;
}

static cJSON *code_flows(const struct finding *f)
{
	cJSON *flows = cJSON_CreateArray();
	cJSON *flow = cJSON_CreateObject();
	cJSON *tfs = cJSON_AddArrayToObject(flow, "threadFlows");
	cJSON *tf = cJSON_CreateObject();
	cJSON *locs = cJSON_AddArrayToObject(tf, "locations");
	for (size_t i = 0; i < f->n_evidence; i++) {
		const struct evidence_step *e = &f->evidence[i];
		cJSON *tfl = cJSON_CreateObject();
		cJSON *loc = location(e->file, region(e->line, e->col, 0, 0));
		cJSON_AddItemToObject(loc, "message", message(e->message));
		cJSON_AddItemToObject(tfl, "location", loc);
		cJSON_AddItemToArray(locs, tfl);
	}
	/* the flow ends where the finding is reported */
	cJSON *tfl = cJSON_CreateObject();
	cJSON *loc = location(f->file, region(f->line, f->col, f->end_line, f->end_col));
	cJSON_AddItemToObject(loc, "message", message(f->message));
	cJSON_AddItemToObject(tfl, "location", loc);
	cJSON_AddItemToArray(locs, tfl);
	cJSON_AddItemToArray(tfs, tf);
	cJSON_AddItemToArray(flows, flow);
	return flows;
}

static cJSON *result_json(const struct finding *f, const struct rule_entry *rules, size_t n_rules,
			  struct source_cache *cache)
{
	cJSON *r = cJSON_CreateObject();
	add_str(r, "ruleId", f->rule);
	long idx = rule_index(rules, n_rules, f->rule);
	if (idx >= 0)
		cJSON_AddNumberToObject(r, "ruleIndex", (double)idx);
	add_str(r, "level", level_name(f->severity));
	cJSON_AddItemToObject(r, "message", message(f->message));
	cJSON *locs = cJSON_AddArrayToObject(r, "locations");
	cJSON *loc = location(f->file, region(f->line, f->col, f->end_line, f->end_col));
	struct source_file *src = source_cache_get(cache, f->file);
	if (src)
		add_snippets(loc, src, f);
	cJSON_AddItemToArray(locs, loc);
	if (f->fingerprint) {
		cJSON *pf = cJSON_AddObjectToObject(r, "partialFingerprints");
		add_str(pf, "drisoFingerprint/v1", f->fingerprint);
	}
	if (f->n_evidence)
		cJSON_AddItemToObject(r, "codeFlows", code_flows(f));
	cJSON *fixes = fixes_json(f, cache);
	if (fixes)
		cJSON_AddItemToObject(r, "fixes", fixes);
	if (f->suppressed) {
		cJSON *sups = cJSON_AddArrayToObject(r, "suppressions");
		cJSON *s = cJSON_CreateObject();
		const char *why = f->suppression_reason;
		/* driso:ignore comments live in the source; the rest is configuration */
		add_str(s, "kind", !why || strstr(why, "driso:ignore") ? "inSource" : "external");
		if (why && *why)
			add_str(s, "justification", why);
		cJSON_AddItemToArray(sups, s);
	}
	cJSON *props = cJSON_CreateObject();
	const struct { const char *key, *value; } extra[] = {
		{ "environment", f->environment }, { "target", f->target }, { "proposal", f->proposal },
		{ "configuration", f->configuration }, { "package", f->package },
	};
	for (size_t i = 0; i < sizeof(extra) / sizeof(extra[0]); i++)
		if (extra[i].value)
			add_str(props, extra[i].key, extra[i].value);
	if (f->infverif)
		cJSON_AddNumberToObject(props, "infverif", f->infverif);
	if (cJSON_GetArraySize(props))
		cJSON_AddItemToObject(r, "properties", props);
	else
		cJSON_Delete(props);
	return r;
}

/* file:///abs/root/ for originalUriBaseIds; NULL when the root cannot be resolved. */
static char *root_uri(const char *root)
{
	if (!root)
		return NULL;
	char *abs = realpath(root, NULL);
	if (!abs) {
		if (root[0] != '/')
			return NULL;
		abs = xstrdup(root);
	}
	struct strbuf sb = STRBUF_INIT;
	strbuf_addstr(&sb, "file://");
	char *enc = path_to_uri_ex(abs, 1);
	strbuf_addstr(&sb, enc);
	if (!sb.len || sb.buf[sb.len - 1] != '/')
		strbuf_addch(&sb, '/');
	free(enc);
	free(abs);
	return strbuf_detach(&sb, NULL);
}

int report_write_sarif(const struct report *r, FILE *out, const struct report_write_options *o)
{
	struct finding **sorted = report_sorted_findings(r);
	struct diag *errs = report_sorted_errors(r);
	struct source_cache cache = { .root_dir = o->root_dir ? o->root_dir : r->root };
	size_t n_rules;
	struct rule_entry *rules = collect_rules(sorted, r->findings.n, &n_rules);

	cJSON *root = cJSON_CreateObject();
	add_str(root, "$schema", "https://json.schemastore.org/sarif-2.1.0.json");
	add_str(root, "version", "2.1.0");
	cJSON *runs = cJSON_AddArrayToObject(root, "runs");
	cJSON *run = cJSON_CreateObject();
	cJSON_AddItemToArray(runs, run);

	cJSON *driver = cJSON_AddObjectToObject(cJSON_AddObjectToObject(run, "tool"), "driver");
	add_str(driver, "name", "driso");
	const char *version = r->version ? r->version : DRISO_VERSION;
	add_str(driver, "version", version);
	add_str(driver, "semanticVersion", version);
	add_str(driver, "informationUri", DRISO_INFORMATION_URI);
	cJSON *rules_json = cJSON_AddArrayToObject(driver, "rules");
	for (size_t i = 0; i < n_rules; i++)
		cJSON_AddItemToArray(rules_json, rule_descriptor(&rules[i]));

	cJSON *inv = cJSON_CreateObject();
	cJSON_AddItemToArray(cJSON_AddArrayToObject(run, "invocations"), inv);
	cJSON_AddBoolToObject(inv, "executionSuccessful", 1);
	if (r->errors.n) {
		cJSON *notes = cJSON_AddArrayToObject(inv, "toolExecutionNotifications");
		for (size_t i = 0; i < r->errors.n; i++) {
			cJSON *n = cJSON_CreateObject();
			add_str(n, "level", "error");
			cJSON_AddItemToObject(n, "message", message(errs[i].message));
			cJSON *locs = cJSON_AddArrayToObject(n, "locations");
			cJSON_AddItemToArray(locs, location(errs[i].file, region(errs[i].line, 1, 0, 0)));
			cJSON_AddItemToArray(notes, n);
		}
	}

	char *base = root_uri(r->root);
	if (base) {
		cJSON *bases = cJSON_AddObjectToObject(run, "originalUriBaseIds");
		cJSON *src = cJSON_AddObjectToObject(bases, SRCROOT);
		add_str(src, "uri", base);
		free(base);
	}
	add_str(run, "columnKind", "unicodeCodePoints");
	cJSON *results = cJSON_AddArrayToObject(run, "results");
	for (size_t i = 0; i < r->findings.n; i++)
		cJSON_AddItemToArray(results, result_json(sorted[i], rules, n_rules, &cache));

	free(rules);
	free(sorted);
	free(errs);
	source_cache_free(&cache);
	int rc = json_write_pretty(root, out);
	cJSON_Delete(root);
	return rc;
}
