#include "reports/report.h"
#include "core/util.h"

#include <stdlib.h>
#include <string.h>

/*
 * Baselines: adopt driso on a large tree by recording today's findings and
 * failing only on new ones. Matching is by fingerprint alone, which ignores
 * line numbers, so findings survive unrelated edits above them.
 */

static int str_ptr_cmp(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

size_t report_apply_baseline(struct report *r, const struct report *baseline)
{
	size_t n = 0;
	const char **known = xcalloc(baseline->findings.n + 1, sizeof(*known));
	for (size_t i = 0; i < baseline->findings.n; i++)
		if (baseline->findings.items[i]->fingerprint)
			known[n++] = baseline->findings.items[i]->fingerprint;
	qsort(known, n, sizeof(*known), str_ptr_cmp);
	size_t w = 0, dropped = 0;
	for (size_t i = 0; i < r->findings.n; i++) {
		struct finding *f = r->findings.items[i];
		if (f->fingerprint && n && bsearch(&f->fingerprint, known, n, sizeof(*known), str_ptr_cmp)) {
			finding_free(f);
			dropped++;
			continue;
		}
		r->findings.items[w++] = f;
	}
	r->findings.n = w;
	free(known);
	return dropped;
}
