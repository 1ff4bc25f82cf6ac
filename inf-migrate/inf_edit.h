/*
 * inf_edit: line-local edits on the lossless INF model, as text_edits
 * (core/finding.h) appended to a file_fix. Every edit keeps the file's own
 * line ending, indentation, comments and quoting outside its span; the
 * rewriter re-encodes in the file's own encoding.
 *
 * All functions only *describe* edits; nothing is written. Edits from one
 * fix must not overlap (rewriters/ checks).
 */
#ifndef DRISO_INF_EDIT_H
#define DRISO_INF_EDIT_H

#include "core/finding.h"
#include "inf-migrate/inf.h"

/* Replace field `i` (0-based) of entry e with `text` written verbatim
 * (caller quotes if needed). When the field does not exist, the missing
 * commas are added. */
void inf_edit_replace_field(struct file_fix *fx, const struct inf_file *inf,
			    const struct inf_entry *e, size_t i, const char *text);
/* Replace the key of entry e. */
void inf_edit_replace_key(struct file_fix *fx, const struct inf_file *inf,
			  const struct inf_entry *e, const char *text);
/* Replace [start,end) within entry e's text (e.g. one %12% inside a field). */
void inf_edit_replace_span(struct file_fix *fx, const struct inf_file *inf,
			   size_t start, size_t end, const char *text);
/* Delete entry e's whole physical line(s), including its EOL. */
void inf_edit_delete_entry(struct file_fix *fx, const struct inf_file *inf, const struct inf_entry *e);
/* Insert a new line (no EOL in `line`) after entry e, with e's indentation and EOL. */
void inf_edit_insert_after(struct file_fix *fx, const struct inf_file *inf,
			   const struct inf_entry *e, const char *line);
/* Append a line at the end of section s (its last occurrence). */
void inf_edit_append_to_section(struct file_fix *fx, const struct inf_file *inf,
				const struct inf_section *s, const char *line);
/* Append a new section "[name]" with the given lines at the end of the file
 * (before a Ctrl-Z marker), separated by a blank line. */
void inf_edit_add_section(struct file_fix *fx, const struct inf_file *inf,
			  const char *name, const char *const *lines, size_t n_lines);
/* Rename a section header (every occurrence). */
void inf_edit_rename_section(struct file_fix *fx, const struct inf_file *inf,
			     const struct inf_section *s, const char *new_name);
/* Fill line/col of each edit from the text (call once edits are complete). */
void inf_edit_fill_positions(struct file_fix *fx, const struct inf_file *inf);

/* `value` as an INF field that SetupAPI reads back as exactly `value`:
 * quoted (with "" for ") when it has blanks, ';', ',', '=', '"', a final
 * backslash or is empty; unchanged otherwise. '%' is left alone (a %strkey%
 * stays a token; write %% for a literal percent). malloc'd. */
char *inf_edit_quote(const char *value);

/* Apply fx's edits to inf's decoded text (refusing overlaps, core/edits.h)
 * and re-encode in the file's own encoding and BOM. 0 and malloc'd *bytes,
 * or -1 with a message in err. For tests and previews; rewriters/ applies
 * edits to disk. */
int inf_edit_apply(const struct inf_file *inf, const struct file_fix *fx, char **bytes, size_t *len,
		   char *err, size_t errlen);

#endif
