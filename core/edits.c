#include "core/edits.h"

#include "core/strbuf.h"
#include "core/util.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void set_err(struct edits_error *err, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void set_err(struct edits_error *err, const char *fmt, ...)
{
	if (!err)
		return;
	va_list ap;
	va_start(ap, fmt);
	vsnprintf(err->message, sizeof(err->message), fmt, ap);
	va_end(ap);
}

int edits_overlap(const struct text_edit *a, const struct text_edit *b)
{
	if (a->start > b->start || (a->start == b->start && a->end > b->end)) {
		const struct text_edit *t = a;
		a = b;
		b = t;
	}
	/* a starts first. Touching ranges are fine; an insertion at a's start is fine. */
	if (b->start >= a->end)
		return 0;
	if (b->start == a->start && (a->start == a->end || b->start == b->end))
		return 0;
	return 1;
}

struct indexed {
	const struct text_edit *e;
	size_t idx;
};

static int cmp_indexed(const void *x, const void *y)
{
	const struct indexed *a = x, *b = y;
	if (a->e->start != b->e->start)
		return a->e->start < b->e->start ? -1 : 1;
	/* at one offset: insertions before the range that starts there */
	int ai = a->e->start == a->e->end, bi = b->e->start == b->e->end;
	if (ai != bi)
		return ai ? -1 : 1;
	return a->idx < b->idx ? -1 : a->idx > b->idx;
}

int edits_apply(const char *text, size_t len, const struct text_edit *edits, size_t n_edits,
		char **out, size_t *out_len, struct edits_error *err)
{
	*out = NULL;
	if (out_len)
		*out_len = 0;
	struct indexed *v = xmalloc((n_edits ? n_edits : 1) * sizeof(*v));
	for (size_t i = 0; i < n_edits; i++) {
		v[i].e = &edits[i];
		v[i].idx = i;
		if (edits[i].end < edits[i].start || edits[i].end > len) {
			set_err(err, "edit %zu: range [%zu,%zu) outside the text (%zu bytes)", i,
				edits[i].start, edits[i].end, len);
			free(v);
			return -1;
		}
	}
	qsort(v, n_edits, sizeof(*v), cmp_indexed);
	for (size_t i = 1; i < n_edits; i++) {
		/* the furthest-reaching earlier edit decides; sorted order makes the
		 * previous one sufficient except for insertions, so scan back over them */
		for (size_t j = i; j-- > 0;) {
			if (edits_overlap(v[j].e, v[i].e)) {
				set_err(err, "edits %zu [%zu,%zu) and %zu [%zu,%zu) overlap", v[j].idx,
					v[j].e->start, v[j].e->end, v[i].idx, v[i].e->start, v[i].e->end);
				free(v);
				return -1;
			}
			if (v[j].e->end < v[i].e->start && v[j].e->start != v[j].e->end)
				break;
		}
	}
	struct strbuf sb = STRBUF_INIT;
	strbuf_grow(&sb, len + 64);
	size_t pos = 0;
	for (size_t i = 0; i < n_edits; i++) {
		const struct text_edit *e = v[i].e;
		strbuf_add(&sb, text + pos, e->start - pos);
		if (e->replacement)
			strbuf_addstr(&sb, e->replacement);
		pos = e->end > pos ? e->end : pos;
		if (e->start > pos)
			pos = e->start;
	}
	strbuf_add(&sb, text + pos, len - pos);
	free(v);
	*out = strbuf_detach(&sb, out_len);
	return 0;
}
