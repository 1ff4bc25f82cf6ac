#include "core/finding.h"
#include "core/sha256.h"
#include "core/strbuf.h"
#include "core/util.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

static const char *sev_names[] = { "note", "warning", "error" };

const char *severity_name(enum severity s)
{
	return (unsigned)s < 3 ? sev_names[s] : "error";
}

int severity_parse(const char *s)
{
	for (int i = 0; i < 3; i++)
		if (strcasecmp(s, sev_names[i]) == 0)
			return i;
	return -1;
}

void finding_set(char **field, const char *value)
{
	free(*field);
	*field = value ? xstrdup(value) : NULL;
}

struct finding *finding_add(struct finding_list *l, const char *rule, enum severity sev,
			    const char *file, int line, int col, const char *message)
{
	struct finding *f = xcalloc(1, sizeof(*f));
	f->rule = xstrdup(rule);
	f->severity = sev;
	f->file = xstrdup(file);
	f->line = line;
	f->col = col > 0 ? col : 1;
	f->end_line = line;
	f->end_col = f->col;
	f->message = xstrdup(message);
	ALLOC_GROW(l->items, l->n + 1, l->alloc);
	l->items[l->n++] = f;
	return f;
}

void finding_add_evidence(struct finding *f, const char *file, int line, int col, const char *fmt, ...)
{
	struct strbuf sb = STRBUF_INIT;
	va_list ap;
	va_start(ap, fmt);
	strbuf_vaddf(&sb, fmt, ap);
	va_end(ap);
	ALLOC_GROW(f->evidence, f->n_evidence + 1, f->alloc_evidence);
	struct evidence_step *e = &f->evidence[f->n_evidence++];
	e->file = xstrdup(file ? file : f->file);
	e->line = line;
	e->col = col > 0 ? col : 1;
	e->message = strbuf_detach(&sb, NULL);
}

struct file_fix *finding_fix_for(struct finding *f, const char *file, const char *sha256)
{
	for (size_t i = 0; i < f->n_fixes; i++)
		if (strcmp(f->fixes[i].file, file) == 0)
			return &f->fixes[i];
	ALLOC_GROW(f->fixes, f->n_fixes + 1, f->alloc_fixes);
	struct file_fix *fx = &f->fixes[f->n_fixes++];
	memset(fx, 0, sizeof(*fx));
	fx->file = xstrdup(file);
	if (sha256)
		snprintf(fx->sha256, sizeof(fx->sha256), "%s", sha256);
	return fx;
}

void file_fix_add_edit(struct file_fix *fx, size_t start, size_t end, const char *replacement)
{
	ALLOC_GROW(fx->edits, fx->n_edits + 1, fx->alloc_edits);
	struct text_edit *e = &fx->edits[fx->n_edits++];
	memset(e, 0, sizeof(*e));
	e->start = start;
	e->end = end;
	e->replacement = xstrdup(replacement);
}

void finding_fingerprint(struct finding *f, const char *anchor)
{
	struct strbuf sb = STRBUF_INIT;
	/* Whitespace-insensitive anchor so re-indentation keeps the id. */
	strbuf_addstr(&sb, f->rule);
	strbuf_addch(&sb, '\0');
	strbuf_addstr(&sb, f->file);
	strbuf_addch(&sb, '\0');
	for (const char *p = anchor ? anchor : ""; *p; p++)
		if (*p != ' ' && *p != '\t' && *p != '\r' && *p != '\n')
			strbuf_addch(&sb, *p);
	char hex[65];
	sha256_hex(sb.buf, sb.len, hex);
	strbuf_release(&sb);
	hex[16] = '\0';
	finding_set(&f->fingerprint, hex);
}

static int str_cmp_null(const char *a, const char *b)
{
	if (!a || !b)
		return a ? 1 : b ? -1 : 0;
	return strcmp(a, b);
}

static int finding_cmp(const void *pa, const void *pb)
{
	const struct finding *a = *(struct finding *const *)pa, *b = *(struct finding *const *)pb;
	int c = strcmp(a->file, b->file);
	if (c)
		return c;
	if (a->line != b->line)
		return a->line < b->line ? -1 : 1;
	if (a->col != b->col)
		return a->col < b->col ? -1 : 1;
	if ((c = strcmp(a->rule, b->rule)))
		return c;
	if ((c = strcmp(a->message, b->message)))
		return c;
	return str_cmp_null(a->configuration, b->configuration);
}

void finding_list_sort(struct finding_list *l)
{
	if (l->n > 1)
		qsort(l->items, l->n, sizeof(*l->items), finding_cmp);
}

void finding_list_dedup(struct finding_list *l)
{
	finding_list_sort(l);
	size_t w = 0;
	for (size_t i = 0; i < l->n; i++) {
		if (w && finding_cmp(&l->items[w - 1], &l->items[i]) == 0) {
			finding_free(l->items[i]);
			continue;
		}
		l->items[w++] = l->items[i];
	}
	l->n = w;
}

void file_fix_release(struct file_fix *fx)
{
	for (size_t i = 0; i < fx->n_edits; i++)
		free(fx->edits[i].replacement);
	free(fx->edits);
	free(fx->file);
}

void finding_free(struct finding *f)
{
	if (!f)
		return;
	free(f->rule);
	free(f->file);
	free(f->message);
	for (size_t i = 0; i < f->n_evidence; i++) {
		free(f->evidence[i].file);
		free(f->evidence[i].message);
	}
	free(f->evidence);
	free(f->environment);
	free(f->target);
	free(f->proposal);
	free(f->package_file);
	free(f->configuration);
	free(f->package);
	free(f->fingerprint);
	for (size_t i = 0; i < f->n_fixes; i++) {
		file_fix_release(&f->fixes[i]);
	}
	free(f->fixes);
	free(f->suppression_reason);
	free(f);
}

void finding_list_free(struct finding_list *l)
{
	for (size_t i = 0; i < l->n; i++)
		finding_free(l->items[i]);
	free(l->items);
	memset(l, 0, sizeof(*l));
}

void finding_list_take(struct finding_list *dst, struct finding_list *src)
{
	if (!src->n) {
		/* memcpy from a NULL list is undefined even for zero bytes */
		free(src->items);
		memset(src, 0, sizeof(*src));
		return;
	}
	ALLOC_GROW(dst->items, dst->n + src->n, dst->alloc);
	memcpy(dst->items + dst->n, src->items, src->n * sizeof(*src->items));
	dst->n += src->n;
	free(src->items);
	memset(src, 0, sizeof(*src));
}
