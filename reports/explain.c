#include "reports/report.h"
#include "core/rule_info.h"
#include "core/util.h"

#include <string.h>

/*
 * Rule documentation from the rule tables themselves (core/rule_info.h), so
 * `driso explain`, SARIF help and the rules can never disagree.
 */

static void put_block(FILE *out, const char *title, const char *text)
{
	if (!text || !*text)
		return;
	fprintf(out, "\n%s\n", title);
	for (const char *s = text; *s;) {
		const char *nl = strchr(s, '\n');
		size_t n = nl ? (size_t)(nl - s) : strlen(s);
		fprintf(out, n ? "  %.*s\n" : "%.*s\n", (int)n, s);
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

void report_explain_suggest(const char *id, FILE *out)
{
	size_t n, shown = 0;
	const struct rule_info *const *all = rule_all(&n);
	for (size_t i = 0; i < n; i++) {
		const char *r = all[i]->id;
		size_t k = strlen(id) < 4 ? strlen(id) : 4;
		if (str_icontains(r, id) || (k && !strncmp(r, id, k))) {
			fprintf(out, shown++ ? ", %s" : "did you mean: %s", r);
		}
	}
	if (shown)
		fputc('\n', out);
}
