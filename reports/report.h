/*
 * report: the result of a scan as reports see it, and its writers/loader.
 *
 * reports/ depends only on core/ (findings, diags, rule_info): never on
 * analyzer or INF internals. A report owns its findings and errors.
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

#endif
