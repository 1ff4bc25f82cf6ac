#include "rewriters/diff.h"

#include "core/util.h"

#include <stdlib.h>
#include <string.h>

/* Offsets of the lines of a buffer split at '\n' (the terminator stays with
 * its line); n_lines does not count an empty tail after a final '\n'. */
struct line_index {
	size_t *start;     /* n_lines + 1 entries: start[n_lines] == len */
	size_t n_lines;
};

static void index_lines(const char *s, size_t len, struct line_index *ix)
{
	size_t n = 0, alloc = 0;
	ix->start = NULL;
	size_t pos = 0;
	while (pos < len) {
		ALLOC_GROW(ix->start, n + 1, alloc);
		ix->start[n++] = pos;
		const char *nl = memchr(s + pos, '\n', len - pos);
		pos = nl ? (size_t)(nl - s) + 1 : len;
	}
	ALLOC_GROW(ix->start, n + 1, alloc);
	ix->start[n] = len;
	ix->n_lines = n;
}

static void emit_line(struct strbuf *out, char prefix, const char *s, const struct line_index *ix, size_t i)
{
	size_t a = ix->start[i], b = ix->start[i + 1];
	strbuf_addch(out, prefix);
	strbuf_add(out, s + a, b - a);
	if (b == a || s[b - 1] != '\n')
		strbuf_addstr(out, "\n\\ No newline at end of file\n");
}

static void range_header(struct strbuf *out, char sign, size_t start, size_t count)
{
	/* GNU convention: an empty range names the line before it. */
	strbuf_addf(out, "%c%zu", sign, count ? start + 1 : start);
	if (count != 1)
		strbuf_addf(out, ",%zu", count);
}

int diff_blocks(const char *old, size_t old_len, const char *new_, size_t new_len,
		const struct diff_block *b, size_t n, const char *header, const char *comment,
		struct strbuf *out)
{
	if (!n)
		return 0;
	struct line_index oi, ni;
	index_lines(old, old_len, &oi);
	index_lines(new_, new_len, &ni);
	if (header)
		strbuf_addstr(out, header);

	int hunks = 0;
	for (size_t i = 0; i < n;) {
		size_t j = i;
		while (j + 1 < n && b[j + 1].old_start - b[j].old_end <= 2 * DIFF_CONTEXT)
			j++;
		size_t o0 = b[i].old_start > DIFF_CONTEXT ? b[i].old_start - DIFF_CONTEXT : 0;
		size_t n0 = b[i].new_start - (b[i].old_start - o0);
		size_t o1 = b[j].old_end + DIFF_CONTEXT < oi.n_lines ? b[j].old_end + DIFF_CONTEXT : oi.n_lines;
		size_t n1 = b[j].new_end + (o1 - b[j].old_end);

		strbuf_addf(out, "%s@@ ", comment);
		range_header(out, '-', o0, o1 - o0);
		strbuf_addch(out, ' ');
		range_header(out, '+', n0, n1 - n0);
		strbuf_addstr(out, " @@\n");

		size_t ctx = o0;
		for (size_t k = i; k <= j; k++) {
			for (; ctx < b[k].old_start; ctx++)
				emit_line(out, ' ', old, &oi, ctx);
			for (size_t l = b[k].old_start; l < b[k].old_end; l++)
				emit_line(out, '-', old, &oi, l);
			for (size_t l = b[k].new_start; l < b[k].new_end; l++)
				emit_line(out, '+', new_, &ni, l);
			ctx = b[k].old_end;
		}
		for (; ctx < o1; ctx++)
			emit_line(out, ' ', old, &oi, ctx);
		hunks++;
		i = j + 1;
	}
	free(oi.start);
	free(ni.start);
	return hunks;
}

static size_t count_nl(const char *s, size_t n)
{
	size_t c = 0;
	for (const char *p = s; (p = memchr(p, '\n', n - (size_t)(p - s))); p++)
		c++;
	return c;
}

static bool line_eq(const char *a, const struct line_index *ai, size_t i,
		    const char *b, const struct line_index *bi, size_t j)
{
	size_t la = ai->start[i + 1] - ai->start[i], lb = bi->start[j + 1] - bi->start[j];
	return la == lb && !memcmp(a + ai->start[i], b + bi->start[j], la);
}

/* Line (0-based, split at '\n') of each offset, by binary search over the
 * positions of the '\n' bytes. */
struct nl_index {
	size_t *nl;
	size_t n;
};

static void index_newlines(const char *s, size_t len, struct nl_index *x)
{
	size_t alloc = 0;
	x->nl = NULL;
	x->n = 0;
	for (const char *p = s; (p = memchr(p, '\n', len - (size_t)(p - s))); p++) {
		ALLOC_GROW(x->nl, x->n + 1, alloc);
		x->nl[x->n++] = (size_t)(p - s);
	}
}

static size_t line_of(const struct nl_index *x, size_t off)
{
	size_t lo = 0, hi = x->n;          /* count of newline positions < off */
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;
		if (x->nl[mid] < off)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/*
 * Changed line blocks of a prepared file. Line numbers are computed on the
 * decoded text, where the edits live; for 8-bit encodings they equal the raw
 * bytes' line numbers ('\n' is never part of a multi-byte character, the
 * BOM sits inside line 0), so the blocks are valid for either buffer.
 */
static size_t compute_blocks(const struct prepared_file *pf, const char *old, size_t old_len,
			     const char *new_, size_t new_len, struct diff_block **out)
{
	const struct file_edits *fe = pf->edits;
	struct nl_index tx;
	struct line_index oi, ni;
	index_newlines(pf->text->utf8, pf->text->len, &tx);
	index_lines(old, old_len, &oi);
	index_lines(new_, new_len, &ni);

	struct diff_block *blocks = NULL;
	size_t nb = 0, alloc = 0;
	long long shift = 0;           /* new line index - old line index */

	for (size_t i = 0; i < fe->n; i++) {
		const struct planned_edit *e = &fe->edits[i];
		size_t ls = line_of(&tx, e->start), le = line_of(&tx, e->end);
		long long dnl = (long long)count_nl(e->replacement, strlen(e->replacement)) - (long long)(le - ls);
		/* Edits that start on a line this block covers join it. */
		while (i + 1 < fe->n && line_of(&tx, fe->edits[i + 1].start) <= le) {
			const struct planned_edit *x = &fe->edits[++i];
			size_t xs = line_of(&tx, x->start), xe = line_of(&tx, x->end);
			dnl += (long long)count_nl(x->replacement, strlen(x->replacement)) - (long long)(xe - xs);
			if (xe > le)
				le = xe;
		}
		struct diff_block b;
		b.old_start = ls;
		b.old_end = le + 1 < oi.n_lines ? le + 1 : oi.n_lines;
		b.new_start = (size_t)((long long)ls + shift);
		long long ne = (long long)le + 1 + shift + dnl;
		b.new_end = ne < (long long)ni.n_lines ? (size_t)ne : ni.n_lines;
		if (b.old_end < b.old_start)
			b.old_end = b.old_start;
		if (b.new_end < b.new_start)
			b.new_end = b.new_start;
		shift += dnl;

		while (b.old_start < b.old_end && b.new_start < b.new_end &&
		       line_eq(old, &oi, b.old_start, new_, &ni, b.new_start))
			b.old_start++, b.new_start++;
		while (b.old_start < b.old_end && b.new_start < b.new_end &&
		       line_eq(old, &oi, b.old_end - 1, new_, &ni, b.new_end - 1))
			b.old_end--, b.new_end--;
		if (b.old_start == b.old_end && b.new_start == b.new_end)
			continue;
		ALLOC_GROW(blocks, nb + 1, alloc);
		blocks[nb++] = b;
	}
	free(tx.nl);
	free(oi.start);
	free(ni.start);
	*out = blocks;
	return nb;
}

/* "a/<rel>" as git writes it: C-quoted when the name has a quote, a
 * backslash or a control character (git apply unquotes it). */
static void add_path(struct strbuf *out, const char *prefix, const char *rel)
{
	bool quote = false;
	for (const unsigned char *p = (const unsigned char *)rel; *p; p++)
		if (*p == '"' || *p == '\\' || *p < 0x20 || *p == 0x7F)
			quote = true;
	if (!quote) {
		strbuf_addf(out, "%s%s", prefix, rel);
		return;
	}
	strbuf_addf(out, "\"%s", prefix);
	for (const unsigned char *p = (const unsigned char *)rel; *p; p++) {
		switch (*p) {
		case '"': strbuf_addstr(out, "\\\""); break;
		case '\\': strbuf_addstr(out, "\\\\"); break;
		case '\t': strbuf_addstr(out, "\\t"); break;
		case '\n': strbuf_addstr(out, "\\n"); break;
		default:
			if (*p < 0x20 || *p == 0x7F)
				strbuf_addf(out, "\\%03o", *p);
			else
				strbuf_addch(out, (char)*p);
		}
	}
	strbuf_addch(out, '"');
}

static bool is_utf16(enum text_encoding e)
{
	return e == TEXT_UTF16LE || e == TEXT_UTF16LE_NOBOM || e == TEXT_UTF16BE;
}

int diff_prepared_file(const struct prepared_file *pf, struct strbuf *out)
{
	if (pf->unchanged)
		return 0;
	bool review_only = is_utf16(pf->text->encoding);
	const char *old = review_only ? pf->text->utf8 : pf->old_bytes;
	size_t old_len = review_only ? pf->text->len : pf->old_len;
	const char *new_ = review_only ? pf->new_utf8 : pf->new_bytes;
	size_t new_len = review_only ? pf->new_utf8_len : pf->new_len;

	struct diff_block *blocks;
	size_t nb = compute_blocks(pf, old, old_len, new_, new_len, &blocks);
	struct strbuf hdr = STRBUF_INIT;
	if (review_only)
		strbuf_addf(&hdr,
			    "# driso: %s is %s; this section shows its decoded text for review only.\n"
			    "# git apply cannot apply it: after `git apply` of this patch, apply it with `driso apply --utf16-only REPORT.json` (or apply everything with `driso apply REPORT.json` / `driso fix --apply` instead of git apply).\n"
			    "#--- a/%s\n#+++ b/%s\n",
			    pf->rel, text_encoding_name(pf->text->encoding), pf->rel, pf->rel);
	else {
		strbuf_addstr(&hdr, "diff --git ");
		add_path(&hdr, "a/", pf->rel);
		strbuf_addch(&hdr, ' ');
		add_path(&hdr, "b/", pf->rel);
		strbuf_addstr(&hdr, "\n--- ");
		add_path(&hdr, "a/", pf->rel);
		strbuf_addstr(&hdr, "\n+++ ");
		add_path(&hdr, "b/", pf->rel);
		strbuf_addch(&hdr, '\n');
	}
	int hunks = diff_blocks(old, old_len, new_, new_len, blocks, nb, hdr.buf,
				review_only ? "#" : "", out);
	strbuf_release(&hdr);
	free(blocks);
	return hunks;
}

int diff_prepared_set(const struct prepared_set *ps, struct strbuf *out)
{
	int files = 0;
	for (size_t i = 0; i < ps->n; i++)
		if (diff_prepared_file(&ps->files[i], out) > 0)
			files++;
	return files;
}
