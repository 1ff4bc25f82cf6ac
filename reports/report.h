/*
 * report: the result of a scan as reports see it, and its writers/loader.
 *
 * reports/ depends only on core/ (findings, diags, rule_info): never on
 * analyzer or INF internals. A report owns its findings and errors.
 *
 * Writers (docs/reports.md, JSON schema in docs/report-schema.md):
 *  - never reorder the caller's report; every format lists findings in one
 *    deterministic order (report_sort's), so output is byte-stable;
 *  - never fail on odd data: invalid UTF-8 becomes U+FFFD, spans past a line
 *    or file are clamped, unreadable sources only lose their snippet;
 *  - return 0, or -1 when the stream could not be written.
 * JSON is lossless: report_load_json(write(r)) writes back identically.
 */
#ifndef DRISO_REPORT_H
#define DRISO_REPORT_H

#include "core/diag.h"
#include "core/finding.h"

#include <stdbool.h>
#include <stdio.h>

#define DRISO_REPORT_SCHEMA 1

enum report_format { REPORT_TEXT, REPORT_JSON, REPORT_SARIF, REPORT_HTML };

struct report {
	char *version;          /* driso version that wrote it */
	char *root;             /* scan root as given */
	struct finding_list findings;
	struct diag_list errors;
	size_t n_files_scanned;
};

struct report_write_options {
	bool color;             /* text only: ANSI colour (caller decides TTY/NO_COLOR) */
	bool show_suppressed;
	const char *root_dir;   /* for reading source lines in text/HTML snippets */
	bool omit_errors;       /* text: the caller already printed r->errors (e.g. on
				 * stderr); list only their count in the summary */
};

/* "text", "json", "sarif", "html" -> format; -1 when unknown. */
int report_format_parse(const char *s);
int report_write(const struct report *r, enum report_format fmt, FILE *out,
		 const struct report_write_options *opts);
/* Load a JSON report; every problem (bad type, missing field, out-of-range
 * line) adds a diag naming the field and returns -1. */
int report_load_json(const char *path, struct report *out, struct diag_list *errors);
void report_init(struct report *r);
void report_free(struct report *r);

/* --- additions (reports helper) --- */

/* Same as report_load_json on bytes already in memory; `name` is used in diags. */
int report_load_json_buffer(const char *name, const char *data, size_t len,
			    struct report *out, struct diag_list *errors);

/* Counts shown in every format's summary. Suppressed findings count only in
 * n_suppressed; by-severity counts are of the findings still reported. */
struct report_counts {
	size_t n_findings;      /* not suppressed */
	size_t by_severity[3];  /* indexed by enum severity, not suppressed */
	size_t n_suppressed;
};
void report_count(const struct report *r, struct report_counts *c);

/* Move every finding and error of src into dst (src is left empty), then
 * drop duplicates (same fingerprint, rule, file, span and configuration;
 * files-scanned counts add up) and sort: merging the shards of a run gives
 * the report of the unsharded run. */
void report_merge(struct report *dst, struct report *src);
/* Sort findings (finding_list_sort's keys, then tie-breakers that make the
 * order total) and errors (diag_sort). report_write sorts a copy itself, so
 * this is only needed by callers that walk the lists. */
void report_sort(struct report *r);

/* Keep only findings whose fingerprint is not in `baseline` (findings
 * without a fingerprint are kept). Returns how many were dropped. */
size_t report_apply_baseline(struct report *r, const struct report *baseline);

/* `driso explain`: one rule in full (what, why, before/after, minimum OS,
 * InfVerif code, documentation) and the one-line-per-rule list. */
struct rule_info;
void report_explain_rule(const struct rule_info *ri, FILE *out);
/* Returns how many rules were listed. */
size_t report_explain_list(FILE *out);
/* Ids of registered rules close to `id` (contain it, or within a couple of
 * typos of it or of one of their words), for "did you mean". */
void report_explain_suggest(const char *id, FILE *out);

#endif
