#include "reports/report.h"
#include "reports/report_internal.h"
#include "core/util.h"

#include <cjson/cJSON.h>
#include <stdlib.h>
#include <string.h>

/*
 * The JSON report (docs/report-schema.md): the lossless format every other
 * format can be produced from (`driso report convert`). Built as a cJSON tree
 * so the output is valid JSON by construction; strings are UTF-8-cleaned
 * first because cJSON copies bytes as they are.
 */

static void add_str(cJSON *obj, const char *key, const char *value)
{
	if (!value) {
		cJSON_AddNullToObject(obj, key);
		return;
	}
	char *clean = utf8_clean_dup(value);
	cJSON_AddStringToObject(obj, key, clean);
	free(clean);
}

static void add_num(cJSON *obj, const char *key, double v)
{
	cJSON_AddNumberToObject(obj, key, v);
}

static cJSON *evidence_json(const struct finding *f)
{
	cJSON *arr = cJSON_CreateArray();
	for (size_t i = 0; i < f->n_evidence; i++) {
		const struct evidence_step *e = &f->evidence[i];
		cJSON *o = cJSON_CreateObject();
		add_str(o, "file", e->file);
		add_num(o, "line", e->line > 0 ? e->line : 1);
		add_num(o, "column", e->col > 0 ? e->col : 1);
		add_str(o, "message", e->message);
		cJSON_AddItemToArray(arr, o);
	}
	return arr;
}

static cJSON *fix_json(const struct finding *f)
{
	if (!f->n_fixes)
		return cJSON_CreateNull();
	cJSON *fix = cJSON_CreateObject();
	cJSON *files = cJSON_AddArrayToObject(fix, "files");
	for (size_t i = 0; i < f->n_fixes; i++) {
		const struct file_fix *fx = &f->fixes[i];
		cJSON *o = cJSON_CreateObject();
		add_str(o, "file", fx->file);
		add_str(o, "sha256", fx->sha256[0] ? fx->sha256 : NULL);
		cJSON *edits = cJSON_AddArrayToObject(o, "edits");
		for (size_t j = 0; j < fx->n_edits; j++) {
			const struct text_edit *e = &fx->edits[j];
			cJSON *eo = cJSON_CreateObject();
			add_num(eo, "start", (double)e->start);
			add_num(eo, "end", (double)e->end);
			/* unknown or inconsistent line/col: 0, which the loader reads as "not computed" */
			int ok = e->line > 0 && e->col > 0 && e->end_line > 0 && e->end_col > 0 &&
				 (e->end_line > e->line || (e->end_line == e->line && e->end_col >= e->col));
			add_num(eo, "line", ok ? e->line : 0);
			add_num(eo, "column", ok ? e->col : 0);
			add_num(eo, "end_line", ok ? e->end_line : 0);
			add_num(eo, "end_column", ok ? e->end_col : 0);
			add_str(eo, "replacement", e->replacement ? e->replacement : "");
			cJSON_AddItemToArray(edits, eo);
		}
		cJSON_AddItemToArray(files, o);
	}
	return fix;
}

static cJSON *finding_json(const struct finding *f)
{
	cJSON *o = cJSON_CreateObject();
	add_str(o, "id", f->fingerprint);
	add_str(o, "rule", f->rule);
	add_str(o, "severity", severity_name(f->severity));
	add_str(o, "file", f->file);
	/* a rule's out-of-range position (0 = "the whole file") is written as
	 * the loader accepts it: line/column >= 1, the end not before the start */
	int line = f->line > 0 ? f->line : 1, col = f->col > 0 ? f->col : 1;
	int end_line = f->end_line, end_col = f->end_col;
	if (end_line < line || (end_line == line && end_col < col))
		end_line = line, end_col = col;
	add_num(o, "line", line);
	add_num(o, "column", col);
	add_num(o, "end_line", end_line);
	add_num(o, "end_column", end_col > 0 ? end_col : 1);
	add_str(o, "message", f->message);
	if (f->infverif)
		add_num(o, "infverif", f->infverif);
	cJSON_AddItemToObject(o, "evidence", evidence_json(f));
	add_str(o, "environment", f->environment);
	add_str(o, "target", f->target);
	add_str(o, "proposal", f->proposal);
	add_str(o, "configuration", f->configuration);
	add_str(o, "package", f->package);
	if (f->package_file)
		add_str(o, "package_file", f->package_file);
	cJSON_AddBoolToObject(o, "suppressed", f->suppressed);
	if (f->suppressed || f->suppression_reason)
		add_str(o, "suppression_reason", f->suppression_reason);
	cJSON_AddItemToObject(o, "fix", fix_json(f));
	return o;
}

static int rule_cmp(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static cJSON *summary_json(const struct report *r, struct finding **sorted)
{
	struct report_counts c;
	report_count(r, &c);
	cJSON *s = cJSON_CreateObject();
	add_num(s, "findings", (double)c.n_findings);
	cJSON *sev = cJSON_AddObjectToObject(s, "by_severity");
	for (int i = SEV_ERROR; i >= SEV_NOTE; i--)
		add_num(sev, severity_name(i), (double)c.by_severity[i]);
	/* by_rule: rule ids sorted, counts of findings still reported */
	const char **rules = xcalloc(r->findings.n + 1, sizeof(*rules));
	size_t n = 0;
	for (size_t i = 0; i < r->findings.n; i++)
		if (!sorted[i]->suppressed)
			rules[n++] = sorted[i]->rule;
	qsort(rules, n, sizeof(*rules), rule_cmp);
	cJSON *by_rule = cJSON_AddObjectToObject(s, "by_rule");
	for (size_t i = 0; i < n;) {
		size_t j = i;
		while (j < n && !strcmp(rules[j], rules[i]))
			j++;
		char *key = utf8_clean_dup(rules[i]);
		add_num(by_rule, key, (double)(j - i));
		free(key);
		i = j;
	}
	free(rules);
	add_num(s, "suppressed", (double)c.n_suppressed);
	add_num(s, "files_scanned", (double)r->n_files_scanned);
	add_num(s, "errors", (double)r->errors.n);
	return s;
}

int report_write_json(const struct report *r, FILE *out, const struct report_write_options *o)
{
	struct finding **sorted = report_sorted_findings(r);
	struct diag *errs = report_sorted_errors(r);
	cJSON *root = cJSON_CreateObject();
	add_str(root, "tool", "driso");
	add_str(root, "version", r->version ? r->version : DRISO_VERSION);
	add_num(root, "schema", DRISO_REPORT_SCHEMA);
	add_str(root, "root", r->root);
	cJSON_AddItemToObject(root, "summary", summary_json(r, sorted));
	cJSON *findings = cJSON_AddArrayToObject(root, "findings");
	for (size_t i = 0; i < r->findings.n; i++)
		cJSON_AddItemToArray(findings, finding_json(sorted[i]));
	cJSON *errors = cJSON_AddArrayToObject(root, "errors");
	for (size_t i = 0; i < r->errors.n; i++) {
		cJSON *e = cJSON_CreateObject();
		add_str(e, "file", errs[i].file);
		add_num(e, "line", errs[i].line);
		add_str(e, "message", errs[i].message);
		cJSON_AddItemToArray(errors, e);
	}
	free(sorted);
	free(errs);
	int rc = json_write_pretty(root, out);
	cJSON_Delete(root);
	return rc;
}
