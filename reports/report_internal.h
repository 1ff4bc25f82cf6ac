/*
 * report_internal: helpers shared by the writers in reports/ (not a public
 * contract; other modules use reports/report.h).
 *
 * Writers never reorder the caller's report: they walk a sorted copy of the
 * pointer arrays (report_sorted_*), so every format lists findings in the
 * same deterministic order whatever order the rules produced them in.
 */
#ifndef DRISO_REPORT_INTERNAL_H
#define DRISO_REPORT_INTERNAL_H

#include "reports/report.h"

#include <stddef.h>

int report_write_json(const struct report *r, FILE *out, const struct report_write_options *o);
int report_write_sarif(const struct report *r, FILE *out, const struct report_write_options *o);
int report_write_text(const struct report *r, FILE *out, const struct report_write_options *o);
int report_write_html(const struct report *r, FILE *out, const struct report_write_options *o);

/* Total order used by every writer and by merge (see report.c). */
int report_finding_cmp(const struct finding *a, const struct finding *b);
/* Sorted shallow copies; free() the returned array only. */
struct finding **report_sorted_findings(const struct report *r);
struct diag *report_sorted_errors(const struct report *r);

/* Copy of s with invalid UTF-8 replaced by U+FFFD, so JSON/SARIF/HTML stay
 * valid whatever bytes a rule put in a message. NULL stays NULL. */
char *utf8_clean_dup(const char *s);
/* Number of bytes of the UTF-8 sequence starting at s (1 for invalid bytes). */
size_t utf8_seq_len(const unsigned char *s, size_t avail);

/*
 * A source file for snippets and offset->line/col, decoded with core/text.h
 * (the text the rules' offsets index). Lines end at CRLF, LF or a lone CR
 * (the same rule as text.h).
 */
struct source_file {
	char *text;
	size_t len;
	size_t *line_starts;
	size_t n_lines;
};
/* NULL when root_dir is NULL or the file cannot be read. */
struct source_file *source_load(const char *root_dir, const char *file);
void source_free(struct source_file *s);
/* The line without its terminator, NULL when out of range. */
const char *source_line(const struct source_file *s, int line, size_t *len);
/* 1-based line/column (code points) of a byte offset; -1 when out of range. */
int source_offset_to_linecol(const struct source_file *s, size_t off, int *line, int *col);

/* Cache so writers load each file once (a hash table on the name). */
struct source_cache {
	char **names;                /* alloc slots, NULL = empty */
	struct source_file **files;
	size_t n, alloc;
	const char *root_dir;
};
struct source_file *source_cache_get(struct source_cache *c, const char *file);
void source_cache_free(struct source_cache *c);

/* Two-space indented JSON of a cJSON tree (cJSON's own printer uses tabs). */
struct cJSON;
int json_write_pretty(const struct cJSON *root, FILE *out);

/* rule id "inf-destination-dirid" -> "InfDestinationDirid" (SARIF rule name). */
char *rule_pascal_name(const char *id);

#endif
