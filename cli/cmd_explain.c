#include "cli/builtin.h"
#include "core/rule_info.h"
#include "reports/report.h"

#include <stdio.h>
#include <string.h>

static const char usage_text[] =
	"usage: driso explain RULE\n"
	"       driso explain --list\n"
	"\n"
	"Explain a rule: what it catches, why Driver Package Isolation forbids it,\n"
	"the isolated replacement for each environment (before/after), the minimum\n"
	"OS of the replacement, its InfVerif code and Microsoft's documentation.\n"
	"\n"
	"  --list     one line per rule: id, family, default severity, InfVerif, summary\n"
	"  -h, --help this text\n";

int cmd_explain(int argc, char **argv)
{
	if (wants_help(argc, argv)) {
		fputs(usage_text, stdout);
		return EXIT_CLEAN;
	}
	if (argc == 2 && !strcmp(argv[1], "--list")) {
		if (!report_explain_list(stdout))
			fputs("no rules are registered in this build of driso\n", stderr);
		return EXIT_CLEAN;
	}
	if (argc != 2 || argv[1][0] == '-') {
		fputs(usage_text, stderr);
		return EXIT_FATAL;
	}
	const struct rule_info *ri = rule_lookup(argv[1]);
	if (!ri) {
		fprintf(stderr, "driso explain: unknown rule '%s' (see 'driso explain --list')\n", argv[1]);
		report_explain_suggest(argv[1], stderr);
		return EXIT_FATAL;
	}
	report_explain_rule(ri, stdout);
	return EXIT_CLEAN;
}
