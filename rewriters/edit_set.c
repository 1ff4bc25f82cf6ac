#include "rewriters/edit_set.h"

#include "core/edits.h"
#include "core/strbuf.h"
#include "core/util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

void edit_set_init(struct edit_set *es)
{
	memset(es, 0, sizeof(*es));
}

void edit_set_free(struct edit_set *es)
{
	for (size_t i = 0; i < es->n; i++) {
		free(es->files[i].file);
		free(es->files[i].edits);
	}
	free(es->files);
	diag_list_free(&es->pending);
	memset(es, 0, sizeof(*es));
}

void edit_set_finding_id(const struct finding *f, char *buf, size_t size)
{
	if (f->fingerprint && *f->fingerprint)
		snprintf(buf, size, "%s (%s)", f->fingerprint, f->rule ? f->rule : "?");
	else
		snprintf(buf, size, "%s@%s:%d:%d", f->rule ? f->rule : "?",
			 f->file ? f->file : "?", f->line, f->col);
}

/* "./a//b.c" and "a/b.c" are one file: drop "." segments and empty ones so
 * their edits are grouped (and conflict-checked) together. ".." is kept for
 * apply to refuse. */
static char *normalize_rel(const char *file)
{
	struct strbuf sb = STRBUF_INIT;
	const char *p = file;
	if (*p == '/')
		strbuf_addch(&sb, '/');
	while (*p) {
		size_t n = strcspn(p, "/");
		if (n && !(n == 1 && p[0] == '.')) {
			if (sb.len && sb.buf[sb.len - 1] != '/')
				strbuf_addch(&sb, '/');
			strbuf_add(&sb, p, n);
		}
		p += n;
		while (*p == '/')
			p++;
	}
	if (!sb.len)
		strbuf_addstr(&sb, file);
	return strbuf_detach(&sb, NULL);
}

static struct file_edits *file_slot(struct edit_set *es, const char *file)
{
	char *norm = normalize_rel(file);
	for (size_t i = 0; i < es->n; i++)
		if (!strcmp(es->files[i].file, norm)) {
			free(norm);
			return &es->files[i];
		}
	ALLOC_GROW(es->files, es->n + 1, es->alloc);
	struct file_edits *fe = &es->files[es->n++];
	memset(fe, 0, sizeof(*fe));
	fe->file = norm;
	return fe;
}

void edit_set_add_finding(struct edit_set *es, const struct finding *f)
{
	if (f->suppressed || !f->n_fixes)
		return;
	bool any = false;
	for (size_t i = 0; i < f->n_fixes; i++) {
		const struct file_fix *fx = &f->fixes[i];
		if (!fx->file || !fx->n_edits)
			continue;
		struct file_edits *fe = file_slot(es, fx->file);
		if (!fe->sha256[0] && fx->sha256[0]) {
			memcpy(fe->sha256, fx->sha256, sizeof(fe->sha256));
		} else if (fx->sha256[0] && strcasecmp(fx->sha256, fe->sha256)) {
			/* Pre-image hashes must agree: fixes from different scans. */
			char id[256];
			edit_set_finding_id(f, id, sizeof(id));
			diag_add(&es->pending, fe->file, f->line,
				 "conflicting edits: %s was computed on a different version of the file "
				 "(pre-image sha256 %.12s..., other fixes have %.12s...)",
				 id, fx->sha256, fe->sha256);
			es->n_conflicts++;
		}
		for (size_t j = 0; j < fx->n_edits; j++) {
			const struct text_edit *te = &fx->edits[j];
			ALLOC_GROW(fe->edits, fe->n + 1, fe->alloc);
			struct planned_edit *pe = &fe->edits[fe->n++];
			pe->start = te->start;
			pe->end = te->end;
			pe->replacement = te->replacement ? te->replacement : "";
			pe->line = te->line;
			pe->col = te->col;
			pe->owner = f;
			pe->n_owners = 1;
			pe->seq = j;
			any = true;
		}
	}
	if (any)
		es->n_findings++;
}

static int edit_cmp(const void *a, const void *b)
{
	const struct planned_edit *x = a, *y = b;
	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	/* Insertions first at a point, so "insert before replaced span" holds. */
	if (x->end != y->end)
		return x->end < y->end ? -1 : 1;
	/* Same span: grouped by finding (a total order, so qsort stays sound), and
	 * one finding's insertions at one point (a fix appending several sections
	 * at the end of the file) land in the order it wrote them. Identical edits
	 * of different findings stay adjacent and are merged below. */
	if (x->owner != y->owner) {
		int c = strcmp(x->owner->rule ? x->owner->rule : "", y->owner->rule ? y->owner->rule : "");
		if (c)
			return c;
		c = strcmp(x->owner->fingerprint ? x->owner->fingerprint : "",
			   y->owner->fingerprint ? y->owner->fingerprint : "");
		if (c)
			return c;
		c = strcmp(x->replacement, y->replacement);
		if (c)
			return c;
		return x->owner < y->owner ? -1 : 1;
	}
	return x->seq < y->seq ? -1 : x->seq > y->seq;
}

static int file_cmp(const void *a, const void *b)
{
	return strcmp(((const struct file_edits *)a)->file, ((const struct file_edits *)b)->file);
}

static bool same_edit(const struct planned_edit *a, const struct planned_edit *b)
{
	return a->start == b->start && a->end == b->end && !strcmp(a->replacement, b->replacement);
}

static bool edits_conflict(const struct planned_edit *a, const struct planned_edit *b)
{
	/* a sorts before b: a->start <= b->start. */
	if (a->start == a->end && b->start == b->end)  /* two different insertions: */
		return a->start == b->start && a->owner != b->owner;  /* ordered only within one fix */
	if (b->start == b->end)
		return a->start < b->start && b->start < a->end;
	if (a->start == a->end)
		return false;                             /* insertion at b's start */
	return b->start < a->end;
}

static void describe_edit(struct strbuf *sb, const struct planned_edit *e)
{
	char id[256];
	edit_set_finding_id(e->owner, id, sizeof(id));
	strbuf_addf(sb, "%s", id);
	if (e->line > 0)
		strbuf_addf(sb, " at %d:%d", e->line, e->col);
	if (e->start == e->end)
		strbuf_addf(sb, " inserts at byte %zu", e->start);
	else
		strbuf_addf(sb, " replaces bytes %zu-%zu", e->start, e->end);
}

static int check_file(struct edit_set *es, struct file_edits *fe, struct diag_list *errors)
{
	int conflicts = 0;
	if (fe->n > 1)
		qsort(fe->edits, fe->n, sizeof(*fe->edits), edit_cmp);

	/* Merge identical edits in place. */
	size_t w = 0;
	for (size_t r = 0; r < fe->n; r++) {
		if (w && same_edit(&fe->edits[w - 1], &fe->edits[r])) {
			fe->edits[w - 1].n_owners += fe->edits[r].n_owners;
			continue;
		}
		fe->edits[w++] = fe->edits[r];
	}
	fe->n = w;

	for (size_t i = 0; i < fe->n; i++) {
		const struct planned_edit *e = &fe->edits[i];
		if (e->start > e->end) {
			struct strbuf sb = STRBUF_INIT;
			strbuf_addstr(&sb, "invalid edit: ");
			describe_edit(&sb, e);
			strbuf_addf(&sb, " (start %zu after end %zu)", e->start, e->end);
			diag_add(errors, fe->file, e->line, "%s", sb.buf);
			strbuf_release(&sb);
			conflicts++;
			continue;
		}
		/* Compare with every later edit that can still overlap: the list is
		 * sorted by start, so stop at the first one starting past e->end. */
		for (size_t j = i + 1; j < fe->n && fe->edits[j].start <= e->end; j++) {
			const struct planned_edit *o = &fe->edits[j];
			if (!edits_conflict(e, o))
				continue;
			struct strbuf sb = STRBUF_INIT;
			strbuf_addstr(&sb, "conflicting edits: ");
			describe_edit(&sb, e);
			strbuf_addstr(&sb, "; ");
			describe_edit(&sb, o);
			diag_add(errors, fe->file, e->line, "%s", sb.buf);
			strbuf_release(&sb);
			conflicts++;
		}
	}
	es->n_conflicts += conflicts;
	return conflicts;
}

int edit_set_finish(struct edit_set *es, struct diag_list *errors)
{
	int conflicts = (int)es->pending.n;
	for (size_t i = 0; i < es->pending.n; i++)
		diag_add(errors, es->pending.items[i].file, es->pending.items[i].line, "%s",
			 es->pending.items[i].message);
	diag_list_free(&es->pending);
	if (es->n > 1)
		qsort(es->files, es->n, sizeof(*es->files), file_cmp);
	for (size_t i = 0; i < es->n; i++)
		conflicts += check_file(es, &es->files[i], errors);
	return conflicts ? -1 : 0;
}

int edit_set_add_findings(struct edit_set *es, const struct finding_list *l,
			  struct diag_list *errors)
{
	for (size_t i = 0; i < l->n; i++)
		edit_set_add_finding(es, l->items[i]);
	return edit_set_finish(es, errors);
}

const struct file_edits *edit_set_file(const struct edit_set *es, const char *file)
{
	char *norm = normalize_rel(file);
	const struct file_edits *found = NULL;
	for (size_t i = 0; i < es->n && !found; i++)
		if (!strcmp(es->files[i].file, norm))
			found = &es->files[i];
	free(norm);
	return found;
}

static bool utf8_boundary(const struct text_file *t, size_t off)
{
	return off >= t->len || ((unsigned char)t->utf8[off] & 0xC0) != 0x80;
}

/* Replacement text with bare LF turned into CRLF when the file is CRLF. */
static char *eol_replacement(const char *r, bool crlf)
{
	if (!crlf || !strchr(r, '\n'))
		return xstrdup(r);
	struct strbuf sb = STRBUF_INIT;
	for (const char *p = r; *p; p++) {
		if (*p == '\n' && (p == r || p[-1] != '\r'))
			strbuf_addch(&sb, '\r');
		strbuf_addch(&sb, *p);
	}
	return strbuf_detach(&sb, NULL);
}

int edit_set_render(const struct file_edits *fe, const struct text_file *t,
		    char **out, size_t *out_len, struct diag_list *errors)
{
	*out = NULL;
	*out_len = 0;
	int bad = 0;
	for (size_t i = 0; i < fe->n; i++) {
		const struct planned_edit *e = &fe->edits[i];
		char id[256];
		edit_set_finding_id(e->owner, id, sizeof(id));
		if (e->start > e->end || e->end > t->len) {
			diag_add(errors, fe->file, e->line,
				 "edit of %s (bytes %zu-%zu) is outside the file (%zu bytes decoded); "
				 "the file changed since the scan", id, e->start, e->end, t->len);
			bad++;
		} else if (!utf8_boundary(t, e->start) || !utf8_boundary(t, e->end)) {
			diag_add(errors, fe->file, e->line,
				 "edit of %s (bytes %zu-%zu) splits a UTF-8 character", id, e->start, e->end);
			bad++;
		}
	}
	if (bad)
		return -1;

	/* The splice itself is core/edits.h's; edits are already sorted, so
	 * equal-offset insertions keep this order. */
	/* Only a file that has CRLF lines gets CRLF: an empty or one-line file
	 * has no convention to follow, and LF is what the rule wrote. */
	bool crlf = strstr(t->utf8, "\r\n") && !strcmp(text_dominant_eol(t), "\r\n");
	struct text_edit *te = xcalloc(fe->n ? fe->n : 1, sizeof(*te));
	for (size_t i = 0; i < fe->n; i++) {
		te[i].start = fe->edits[i].start;
		te[i].end = fe->edits[i].end;
		te[i].line = fe->edits[i].line;
		te[i].col = fe->edits[i].col;
		te[i].replacement = eol_replacement(fe->edits[i].replacement, crlf);
	}
	struct edits_error eerr = { { 0 } };
	int rc = edits_apply(t->utf8, t->len, te, fe->n, out, out_len, &eerr);
	if (rc != 0)
		diag_add(errors, fe->file, fe->n ? fe->edits[0].line : 1, "cannot apply edits: %s", eerr.message);
	for (size_t i = 0; i < fe->n; i++)
		free(te[i].replacement);
	free(te);
	return rc;
}
