#include "reports/report.h"
#include "core/rule_info.h"
#include "core/util.h"

#include <string.h>

/*
 * Rule documentation from the rule tables themselves (core/rule_info.h), so
 * `driso explain`, SARIF help and the rules can never disagree.
 */

/* Prose lines are wrapped at 78 columns; indented lines (code in the
 * before/after examples) are kept as they are. */
static void put_wrapped(FILE *out, const char *s, size_t n)
{
	const size_t width = 76;
	while (n > width) {
		size_t cut = width;
		while (cut > 0 && s[cut] != ' ')
			cut--;
		if (!cut)
			break;
		fprintf(out, "  %.*s\n", (int)cut, s);
		s += cut + 1;
		n -= cut + 1;
	}
	fprintf(out, "  %.*s\n", (int)n, s);
}

static void put_block(FILE *out, const char *title, const char *text)
{
	if (!text || !*text)
		return;
	fprintf(out, "\n%s\n", title);
	for (const char *s = text; *s;) {
		const char *nl = strchr(s, '\n');
		size_t n = nl ? (size_t)(nl - s) : strlen(s);
		if (!n)
			fputc('\n', out);
		else if (s[0] == ' ' || s[0] == '\t')
			fprintf(out, "  %.*s\n", (int)n, s);
		else
			put_wrapped(out, s, n);
		s += n + (nl ? 1 : 0);
	}
}

void report_explain_rule(const struct rule_info *ri, FILE *out)
{
	fprintf(out, "%s (%s rule, default severity %s", ri->id, ri->family ? ri->family : "?",
		severity_name(ri->severity));
	if (ri->infverif)
		fprintf(out, ", InfVerif %d", ri->infverif);
	fputs(")\n", out);
	if (ri->summary)
		fprintf(out, "  %s\n", ri->summary);
	put_block(out, "What it catches and why isolation forbids it:", ri->explain);
	put_block(out, "Before and after:", ri->before_after);
	fprintf(out, "\nMinimum OS of the replacement: %s\n", ri->min_os && *ri->min_os ? ri->min_os : "any");
	if (ri->infverif)
		fprintf(out, "InfVerif code: %d\n", ri->infverif);
	else
		fputs("InfVerif code: none (source rule)\n", out);
	if (ri->doc_url)
		fprintf(out, "Documentation: %s\n", ri->doc_url);
}

size_t report_explain_list(FILE *out)
{
	size_t n;
	const struct rule_info *const *all = rule_all(&n);
	int width = 4;
	for (size_t i = 0; i < n; i++)
		if ((int)strlen(all[i]->id) > width)
			width = (int)strlen(all[i]->id);
	for (size_t i = 0; i < n; i++) {
		char code[16] = "-";
		if (all[i]->infverif)
			snprintf(code, sizeof(code), "%d", all[i]->infverif);
		fprintf(out, "%-*s  %-6s  %-7s  %5s  %s\n", width, all[i]->id, all[i]->family ? all[i]->family : "",
			severity_name(all[i]->severity), code, all[i]->summary ? all[i]->summary : "");
	}
	return n;
}

/* Edit distance, capped: only small distances matter for suggestions. */
static size_t edit_distance(const char *a, size_t na, const char *b, size_t nb)
{
	if (na > 64 || nb > 64)
		return 99;
	size_t row[65];
	for (size_t j = 0; j <= nb; j++)
		row[j] = j;
	for (size_t i = 1; i <= na; i++) {
		size_t diag = row[0];
		row[0] = i;
		for (size_t j = 1; j <= nb; j++) {
			size_t up = row[j];
			size_t best = diag + (a[i - 1] != b[j - 1]);
			if (up + 1 < best)
				best = up + 1;
			if (row[j - 1] + 1 < best)
				best = row[j - 1] + 1;
			row[j] = best;
			diag = up;
		}
	}
	return row[nb];
}

/* Close: contains the input, or the whole id or one of its dash-separated
 * words is within a couple of typos of it. */
static int is_close(const char *rule, const char *id)
{
	size_t nid = strlen(id);
	if (nid >= 3 && str_icontains(rule, id))
		return 1;
	size_t tol = nid < 5 ? 1 : 2;
	if (edit_distance(rule, strlen(rule), id, nid) <= tol)
		return 1;
	for (const char *w = rule; *w;) {
		size_t n = strcspn(w, "-");
		if (n >= 4 && edit_distance(w, n, id, nid) <= tol)
			return 1;
		w += n + (w[n] == '-');
	}
	return 0;
}

void report_explain_suggest(const char *id, FILE *out)
{
	size_t n, shown = 0;
	const struct rule_info *const *all = rule_all(&n);
	for (size_t i = 0; i < n; i++)
		if (is_close(all[i]->id, id))
			fprintf(out, shown++ ? ", %s" : "did you mean: %s", all[i]->id);
	if (shown)
		fputc('\n', out);
}
