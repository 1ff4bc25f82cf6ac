#include "core/diag.h"
#include "core/strbuf.h"
#include "core/util.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

void diag_add(struct diag_list *l, const char *file, int line, const char *fmt, ...)
{
	struct strbuf sb = STRBUF_INIT;
	va_list ap;
	va_start(ap, fmt);
	strbuf_vaddf(&sb, fmt, ap);
	va_end(ap);
	ALLOC_GROW(l->items, l->n + 1, l->alloc);
	struct diag *d = &l->items[l->n++];
	d->file = xstrdup(file ? file : "<unknown>");
	d->line = line > 0 ? line : 1;
	d->message = strbuf_detach(&sb, NULL);
}

void diag_print(const struct diag_list *l, FILE *out)
{
	for (size_t i = 0; i < l->n; i++)
		fprintf(out, "%s:%d: error: %s\n", l->items[i].file, l->items[i].line, l->items[i].message);
}

void diag_list_free(struct diag_list *l)
{
	for (size_t i = 0; i < l->n; i++) {
		free(l->items[i].file);
		free(l->items[i].message);
	}
	free(l->items);
	memset(l, 0, sizeof(*l));
}

static int diag_cmp(const void *a, const void *b)
{
	const struct diag *x = a, *y = b;
	int c = strcmp(x->file, y->file);
	if (c)
		return c;
	if (x->line != y->line)
		return x->line < y->line ? -1 : 1;
	return strcmp(x->message, y->message);
}

void diag_sort(struct diag_list *l)
{
	if (l->n > 1)
		qsort(l->items, l->n, sizeof(*l->items), diag_cmp);
}
