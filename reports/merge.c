#include "reports/report.h"
#include "reports/report_internal.h"
#include "core/util.h"

#include <stdlib.h>
#include <string.h>

/*
 * Merging shards: a header included by TUs of two shards yields the same
 * finding in both, so duplicates are dropped by identity (fingerprint and
 * location), not by message text alone. Shards scan disjoint files, so the
 * files-scanned counts add up.
 */

static int str_eq_null(const char *a, const char *b)
{
	return a == b || (a && b && !strcmp(a, b));
}

static int same_finding(const struct finding *a, const struct finding *b)
{
	return str_eq_null(a->fingerprint, b->fingerprint) && !strcmp(a->rule, b->rule) &&
	       !strcmp(a->file, b->file) && a->line == b->line && a->col == b->col &&
	       a->end_line == b->end_line && a->end_col == b->end_col &&
	       str_eq_null(a->configuration, b->configuration) && (a->fingerprint || !strcmp(a->message, b->message));
}

static void dedup_sorted_findings(struct finding_list *l)
{
	size_t w = 0;
	for (size_t i = 0; i < l->n; i++) {
		struct finding *f = l->items[i];
		int dup = 0;
		/* equal findings are adjacent except for ties on the message: look back
		 * over the run sharing file/line/col */
		for (size_t k = w; k-- > 0;) {
			const struct finding *p = l->items[k];
			if (strcmp(p->file, f->file) || p->line != f->line || p->col != f->col)
				break;
			if (same_finding(p, f)) {
				dup = 1;
				break;
			}
		}
		if (dup)
			finding_free(f);
		else
			l->items[w++] = f;
	}
	l->n = w;
}

static void dedup_sorted_errors(struct diag_list *l)
{
	size_t w = 0;
	for (size_t i = 0; i < l->n; i++) {
		struct diag *d = &l->items[i];
		if (w && !strcmp(l->items[w - 1].file, d->file) && l->items[w - 1].line == d->line &&
		    !strcmp(l->items[w - 1].message, d->message)) {
			free(d->file);
			free(d->message);
			continue;
		}
		l->items[w++] = *d;
	}
	l->n = w;
}

void report_merge(struct report *dst, struct report *src)
{
	if (!dst->version && src->version)
		dst->version = xstrdup(src->version);
	if (!dst->root && src->root)
		dst->root = xstrdup(src->root);
	if (src->findings.n)    /* an empty shard (UsbDk) has no item array: memcpy(NULL, NULL, 0) is UB */
		finding_list_take(&dst->findings, &src->findings);
	for (size_t i = 0; i < src->errors.n; i++) {
		ALLOC_GROW(dst->errors.items, dst->errors.n + 1, dst->errors.alloc);
		dst->errors.items[dst->errors.n++] = src->errors.items[i];
	}
	free(src->errors.items);
	memset(&src->errors, 0, sizeof(src->errors));
	dst->n_files_scanned += src->n_files_scanned;
	src->n_files_scanned = 0;
	report_sort(dst);
	dedup_sorted_findings(&dst->findings);
	dedup_sorted_errors(&dst->errors);
}
