/*
 * Helpers for the INF rule tests: parse an INF from bytes, run the rules,
 * merge every fix of the file into one edit set and apply it (core/edits via
 * inf_edit_apply), and render findings as "line rule code" lines.
 */
#ifndef DRISO_TEST_INF_RULE_COMMON_H
#define DRISO_TEST_INF_RULE_COMMON_H

#include "core/diag.h"
#include "core/finding.h"
#include "core/options.h"
#include "core/strbuf.h"
#include "core/text.h"
#include "core/util.h"
#include "inf-migrate/inf.h"
#include "inf-migrate/inf_edit.h"
#include "inf-migrate/inf_rules.h"

#include <stdlib.h>
#include <string.h>

static inline struct inf_file *tinf_parse(const char *name, const char *bytes, size_t n)
{
	struct text_error terr;
	struct text_file *t = text_decode(name, bytes, n, &terr);
	if (!t)
		return NULL;
	struct diag_list d = { 0 };
	struct inf_file *inf = inf_parse(t, &d);
	diag_list_free(&d);
	return inf;
}

static inline struct scan_options tinf_opts(void)
{
	struct scan_options o;
	memset(&o, 0, sizeof(o));
	o.wbuild = DRISO_DEFAULT_WBUILD;
	return o;
}

static inline void tinf_run(const struct inf_file *inf, const struct scan_options *o, struct finding_list *out)
{
	inf_rules_run(inf, "t.inf", o, out);
	finding_list_sort(out);
}

/* "line rule code\n" per finding (notes included), in sorted order. */
static inline char *tinf_summary(const struct finding_list *l)
{
	struct strbuf sb = STRBUF_INIT;
	for (size_t i = 0; i < l->n; i++)
		strbuf_addf(&sb, "%d %s %d%s\n", l->items[i]->line, l->items[i]->rule, l->items[i]->infverif,
			    l->items[i]->severity == SEV_NOTE ? " note" : "");
	return strbuf_detach(&sb, NULL);
}

static inline size_t tinf_n_fixable(const struct finding_list *l)
{
	size_t n = 0;
	for (size_t i = 0; i < l->n; i++)
		n += l->items[i]->n_fixes > 0;
	return n;
}

/* Apply every fix in l to inf; malloc'd bytes in *out. -1 when edits clash. */
static inline int tinf_apply_all(const struct inf_file *inf, const struct finding_list *l, char **out, size_t *out_len,
			  char *err, size_t errlen)
{
	struct file_fix all;
	memset(&all, 0, sizeof(all));
	all.file = (char *)"t.inf";
	for (size_t i = 0; i < l->n; i++)
		for (size_t j = 0; j < l->items[i]->n_fixes; j++) {
			const struct file_fix *fx = &l->items[i]->fixes[j];
			for (size_t k = 0; k < fx->n_edits; k++)
				file_fix_add_edit(&all, fx->edits[k].start, fx->edits[k].end, fx->edits[k].replacement);
		}
	int rc = inf_edit_apply(inf, &all, out, out_len, err, errlen);
	for (size_t k = 0; k < all.n_edits; k++)
		free(all.edits[k].replacement);
	free(all.edits);
	return rc;
}

/* ASCII/UTF-8 text -> UTF-16LE with BOM. */
static inline char *tinf_utf16le(const char *s, size_t *n)
{
	size_t len = strlen(s);
	char *b = xmalloc(2 + 2 * len);
	b[0] = (char)0xFF;
	b[1] = (char)0xFE;
	for (size_t i = 0; i < len; i++) {
		b[2 + 2 * i] = s[i];
		b[3 + 2 * i] = 0;
	}
	*n = 2 + 2 * len;
	return b;
}

#endif
