/*
 * inf: the lossless INF/INX model.
 *
 * Parsing follows SetupAPI ("General Syntax Rules for INF Files", "INF
 * Strings Section", ../shared/reference/inf-rules.md §4): case-insensitive
 * section names, duplicate sections merged, ';' comments outside quotes,
 * "..." strings with "" escapes, '\' line continuation, key '=' value,
 * comma-separated fields (empty fields kept), %strkey% substitution from
 * [Strings] / [Strings.LLLL], %% escapes, %N% DIRIDs left as written,
 * Ctrl-Z end-of-file marker.
 *
 * Contract:
 *  - Every section header, entry, key and field keeps its byte span in the
 *    decoded text (core/text.h). Nothing is normalised in the text itself,
 *    so inf_emit() re-creates the original file byte for byte, and an edit
 *    (inf_edit.h) changes exactly its span.
 *  - Strings in the model (.key, .fields[i].value) are what SetupAPI would
 *    return: quotes and continuations removed, %strkey% substituted
 *    (unresolved tokens left as written), %% turned into %.
 *  - inf_load()/inf_parse() return NULL only when the text cannot be
 *    decoded or is not an INF at all (binary junk); syntax problems that
 *    SetupAPI tolerates are accepted; those it rejects add a diag
 *    (file:line) and parsing goes on where it can.
 */
#ifndef DRISO_INF_H
#define DRISO_INF_H

#include "core/diag.h"
#include "core/text.h"

#include <stdbool.h>
#include <stddef.h>

struct inf_span {
	size_t start, end;      /* [start, end) byte offsets into text->utf8 */
};

struct inf_field {
	char *value;            /* resolved as SetupAPI returns it */
	char *unsubstituted;    /* quotes resolved, %strkey% tokens kept */
	struct inf_span span;   /* the field as written (quotes included, blanks around excluded) */
	bool quoted;            /* any part of the field was quoted */
};

struct inf_section;

struct inf_entry {
	int line;               /* 1-based first physical line */
	int end_line;           /* last physical line (continuations) */
	char *key;              /* NULL when the line has no '=' */
	char *key_unsubstituted;
	struct inf_span key_span;
	struct inf_field *fields;
	size_t n_fields;
	struct inf_span span;      /* key/fields text without comment and line end */
	struct inf_span line_span; /* whole physical line(s) including comment and the final EOL */
	char *raw;              /* the physical line(s) without the final EOL */
	struct inf_section *section;
};

struct inf_section_occurrence {
	int line;                   /* line of this [header] */
	struct inf_span header_span;  /* the header line including its EOL */
	struct inf_span body_span;    /* from after the header line to the next header/EOF */
	size_t append_offset;       /* where a new entry line can be inserted: after the
				     * last non-blank, non-comment line of this occurrence */
	struct inf_span name_span;  /* the name between '[' and ']' as written */
};

struct inf_section {
	char *name;                 /* as written in the first header: SetupAPI keeps the
				     * text between '[' and the first ']' verbatim
				     * (blanks and quotes included) */
	struct inf_section_occurrence *occ;
	size_t n_occ;
	struct inf_entry **entries; /* merged over occurrences, in file order */
	size_t n_entries, alloc_entries;
	size_t alloc_occ;
};

struct inf_file {
	struct text_file *text;     /* owned */
	char *path;                 /* as given */
	bool is_inx;
	struct inf_section **sections;  /* unique names, first-occurrence order */
	size_t n_sections, alloc_sections;
	size_t eof_offset;          /* offset of a Ctrl-Z marker, or text->len */
	/* Entries before the first [section] header (SetupAPI rejects such a
	 * file; they are kept so spans stay complete). .section is NULL. */
	struct inf_entry **orphans;
	size_t n_orphans, alloc_orphans;
	struct inf_private *priv;   /* parser-owned storage: entries, fields and all
				     * model strings live here; never free them yourself */
};

/* Load and parse; NULL (with a diag) when unreadable or not an INF. */
struct inf_file *inf_load(const char *path, struct diag_list *errors);
/* Parse decoded text; takes ownership of text, even on failure. */
struct inf_file *inf_parse(struct text_file *text, struct diag_list *errors);
void inf_free(struct inf_file *inf);

/* Section by name, case-insensitive; NULL when absent. */
struct inf_section *inf_find_section(const struct inf_file *inf, const char *name);
/* Value of %key% from [Strings] (undecorated first, then any locale); NULL if undefined. */
const char *inf_string(const struct inf_file *inf, const char *key);
/* Resolve %strkey% and %% in s as SetupAPI would; malloc'd. */
char *inf_substitute(const struct inf_file *inf, const char *s);
/* Field i of entry e, or "" when absent (trailing empty fields may be omitted in INFs). */
const char *inf_entry_field(const struct inf_entry *e, size_t i);

/* Re-emit the file's bytes from the model (identical to the input). */
int inf_emit(const struct inf_file *inf, char **bytes, size_t *len);

/* Model as JSON (the `driso inf parse --format json` document); malloc'd. */
char *inf_model_json(const struct inf_file *inf);

#endif
