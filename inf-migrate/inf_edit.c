#include "inf-migrate/inf_edit.h"

#include "core/edits.h"
#include "core/strbuf.h"
#include "core/util.h"

#include <stdlib.h>
#include <string.h>

/* Blanks at the start of the physical line that starts at `off`. */
static size_t indent_len(const char *s, size_t off, size_t end)
{
	size_t i = off;
	while (i < end && (s[i] == ' ' || s[i] == '\t'))
		i++;
	return i - off;
}

/* The EOL of the line ending at line_end (exclusive), or NULL when none. */
static const char *eol_before(const struct inf_file *inf, size_t line_end)
{
	const char *s = inf->text->utf8;
	if (line_end == 0 || s[line_end - 1] != '\n')
		return NULL;
	if (line_end >= 2 && s[line_end - 2] == '\r')
		return "\r\n";
	return "\n";
}

/*
 * SetupAPI ends lines only at LF, so a file whose lines end in a lone CR
 * still gets CRLF for new lines (which both SetupAPI and editors accept).
 */
static const char *file_eol(const struct inf_file *inf)
{
	const char *d = text_dominant_eol(inf->text);
	return strcmp(d, "\r") == 0 ? "\r\n" : d;
}

void inf_edit_replace_field(struct file_fix *fx, const struct inf_file *inf,
			    const struct inf_entry *e, size_t i, const char *text)
{
	if (i < e->n_fields) {
		file_fix_add_edit(fx, e->fields[i].span.start, e->fields[i].span.end, text);
		return;
	}
	/* Missing trailing fields: the commas are written too. A line without
	 * '=' and without fields cannot occur (every entry has a token). */
	struct strbuf sb = STRBUF_INIT;
	size_t have = e->n_fields;
	size_t commas = have ? i - have + 1 : i;
	if (!have && e->key) {
		/* "key=" always yields one (empty) field, so this is defensive */
		commas = i;
	}
	for (size_t k = 0; k < commas; k++)
		strbuf_addch(&sb, ',');
	strbuf_addstr(&sb, text);
	file_fix_add_edit(fx, e->span.end, e->span.end, sb.buf);
	strbuf_release(&sb);
}

void inf_edit_replace_key(struct file_fix *fx, const struct inf_file *inf,
			  const struct inf_entry *e, const char *text)
{
	if (e->key) {
		file_fix_add_edit(fx, e->key_span.start, e->key_span.end, text);
		return;
	}
	char *ins = xasprintf("%s = ", text);
	file_fix_add_edit(fx, e->span.start, e->span.start, ins);
	free(ins);
}

void inf_edit_replace_span(struct file_fix *fx, const struct inf_file *inf,
			   size_t start, size_t end, const char *text)
{
	file_fix_add_edit(fx, start, end, text);
}

void inf_edit_delete_entry(struct file_fix *fx, const struct inf_file *inf, const struct inf_entry *e)
{
	file_fix_add_edit(fx, e->line_span.start, e->line_span.end, "");
}

/* Whether the line before `at` (its EOL aside) ends in a continuation
 * backslash: at the end of the file (or before a Ctrl-Z) it continues into
 * nothing, but a line inserted after it would be swallowed into it. */
static bool continues_at(const char *s, size_t at)
{
	size_t k = at;
	if (k > 0 && s[k - 1] == '\n')
		k--;
	if (k > 0 && s[k - 1] == '\r')
		k--;
	while (k > 0 && (s[k - 1] == ' ' || s[k - 1] == '\t'))
		k--;
	return k > 0 && s[k - 1] == '\\';
}

/* Text to insert at `at` so that `line` becomes a line of its own. */
static char *new_line_text(const struct inf_file *inf, size_t at, const char *indent, size_t indent_n,
			   const char *eol, const char *line)
{
	struct strbuf sb = STRBUF_INIT;
	const char *s = inf->text->utf8;
	bool at_line_start = at == 0 || s[at - 1] == '\n';
	/* a blank line for a dangling continuation to join, as it joined nothing */
	bool blank_first = continues_at(s, at);
	if (!at_line_start) {
		/* the previous line has no EOL (last line of the file, or a lone CR) */
		if (s[at - 1] != '\r')
			strbuf_addstr(&sb, eol);
		else
			strbuf_addch(&sb, '\n');   /* complete a lone CR to CRLF */
		if (blank_first)
			strbuf_addstr(&sb, eol);
		strbuf_add(&sb, indent, indent_n);
		strbuf_addstr(&sb, line);
		/* keep whatever followed (e.g. a Ctrl-Z) on its own */
		if (at < inf->text->len)
			strbuf_addstr(&sb, eol);
	} else {
		if (blank_first)
			strbuf_addstr(&sb, eol);
		strbuf_add(&sb, indent, indent_n);
		strbuf_addstr(&sb, line);
		strbuf_addstr(&sb, eol);
	}
	return strbuf_detach(&sb, NULL);
}

void inf_edit_insert_after(struct file_fix *fx, const struct inf_file *inf,
			   const struct inf_entry *e, const char *line)
{
	const char *s = inf->text->utf8;
	size_t ind = indent_len(s, e->line_span.start, e->line_span.end);
	const char *eol = eol_before(inf, e->line_span.end);
	char *ins = new_line_text(inf, e->line_span.end, s + e->line_span.start, ind,
				  eol ? eol : file_eol(inf), line);
	file_fix_add_edit(fx, e->line_span.end, e->line_span.end, ins);
	free(ins);
}

void inf_edit_append_to_section(struct file_fix *fx, const struct inf_file *inf,
				const struct inf_section *sec, const char *line)
{
	if (!sec->n_occ)
		return;
	const struct inf_section_occurrence *occ = &sec->occ[sec->n_occ - 1];
	/* indentation and EOL from the occurrence's last entry, if any */
	const struct inf_entry *last = NULL;
	for (size_t i = sec->n_entries; i-- > 0;) {
		const struct inf_entry *e = sec->entries[i];
		if (e->line_span.start >= occ->header_span.end && e->line_span.end <= occ->append_offset) {
			last = e;
			break;
		}
	}
	const char *s = inf->text->utf8;
	size_t at = occ->append_offset;
	const char *eol = eol_before(inf, at);
	size_t ind = last ? indent_len(s, last->line_span.start, last->line_span.end) : 0;
	char *ins = new_line_text(inf, at, last ? s + last->line_span.start : "", ind,
				  eol ? eol : file_eol(inf), line);
	file_fix_add_edit(fx, at, at, ins);
	free(ins);
}

void inf_edit_add_section(struct file_fix *fx, const struct inf_file *inf,
			  const char *name, const char *const *lines, size_t n_lines)
{
	const char *s = inf->text->utf8;
	size_t at = inf->eof_offset;
	const char *eol = file_eol(inf);
	struct strbuf sb = STRBUF_INIT;
	if (at > 0) {
		if (s[at - 1] == '\r')
			strbuf_addch(&sb, '\n');
		else if (s[at - 1] != '\n')
			strbuf_addstr(&sb, eol);
		/* a blank line before the new header unless there is one already */
		size_t k = at;
		if (k > 0 && s[k - 1] == '\n')
			k--;
		if (k > 0 && s[k - 1] == '\r')
			k--;
		bool blank_before = k == 0 || s[k - 1] == '\n';
		if (!blank_before || continues_at(s, at))
			strbuf_addstr(&sb, eol);
	}
	strbuf_addf(&sb, "[%s]", name);
	strbuf_addstr(&sb, eol);
	for (size_t i = 0; i < n_lines; i++) {
		strbuf_addstr(&sb, lines[i]);
		strbuf_addstr(&sb, eol);
	}
	file_fix_add_edit(fx, at, at, sb.buf);
	strbuf_release(&sb);
}

void inf_edit_rename_section(struct file_fix *fx, const struct inf_file *inf,
			     const struct inf_section *sec, const char *new_name)
{
	for (size_t i = 0; i < sec->n_occ; i++)
		file_fix_add_edit(fx, sec->occ[i].name_span.start, sec->occ[i].name_span.end, new_name);
}

void inf_edit_fill_positions(struct file_fix *fx, const struct inf_file *inf)
{
	for (size_t i = 0; i < fx->n_edits; i++) {
		struct text_edit *e = &fx->edits[i];
		text_offset_to_linecol(inf->text, e->start, &e->line, &e->col);
		text_offset_to_linecol(inf->text, e->end, &e->end_line, &e->end_col);
	}
}

char *inf_edit_quote(const char *value)
{
	bool need = !*value;
	size_t n = strlen(value);
	for (const char *p = value; *p; p++)
		if (strchr(" \t;,\"=", *p))
			need = true;
	if (n && (value[n - 1] == '\\' || value[0] == ' ' || value[n - 1] == ' '))
		need = true;
	if (!need)
		return xstrdup(value);
	struct strbuf sb = STRBUF_INIT;
	strbuf_addch(&sb, '"');
	for (const char *p = value; *p; p++) {
		if (*p == '"')
			strbuf_addch(&sb, '"');
		strbuf_addch(&sb, *p);
	}
	strbuf_addch(&sb, '"');
	return strbuf_detach(&sb, NULL);
}

int inf_edit_apply(const struct inf_file *inf, const struct file_fix *fx, char **bytes, size_t *len,
		   char *err, size_t errlen)
{
	struct edits_error ee = { { 0 } };
	char *text;
	size_t text_len;
	*bytes = NULL;
	if (len)
		*len = 0;
	if (edits_apply(inf->text->utf8, inf->text->len, fx->edits, fx->n_edits, &text, &text_len, &ee) < 0) {
		if (err && errlen)
			snprintf(err, errlen, "%s", ee.message);
		return -1;
	}
	int rc = text_encode(inf->text, text, text_len, bytes, len);
	free(text);
	if (rc < 0 && err && errlen)
		snprintf(err, errlen, "a replacement cannot be represented in the file's encoding (%s)",
			 text_encoding_name(inf->text->encoding));
	return rc;
}
