#include "reports/report.h"
#include "tests/harness.h"
#include "test_report_sample.h"

static char *capture_rule(const struct rule_info *ri)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *out = open_memstream(&buf, &len);
	report_explain_rule(ri, out);
	fclose(out);
	return buf;
}

TEST(explain_rule_shows_every_section)
{
	rule_info_set_table_for_tests(&sample_rule_table);
	const struct rule_info *ri = rule_lookup("inf-destination-dirid");
	CHECK(ri != NULL);
	char *out = capture_rule(ri);
	CHECK_STR(out,
		  "inf-destination-dirid (inf rule, default severity error, InfVerif 1322)\n"
		  "  Files must be copied to the driver store (DIRID 13)\n"
		  "\n"
		  "What it catches and why isolation forbids it:\n"
		  "  A CopyFiles destination other than DIRID 13 places the driver outside the\n"
		  "  driver store.\n"
		  "\n"
		  "Before and after:\n"
		  "  INF before: DefaultDestDir = 12\n"
		  "  INF after:  DefaultDestDir = 13\n"
		  "\n"
		  "Minimum OS of the replacement: Windows 10 1709 (16299)\n"
		  "InfVerif code: 1322\n"
		  "Documentation: https://learn.microsoft.com/windows-hardware/drivers/develop/run-from-driver-store\n");
	free(out);
	/* a rule without optional fields */
	struct rule_info bare = { .id = "bare", .family = "source", .severity = SEV_NOTE };
	out = capture_rule(&bare);
	CHECK_STR(out, "bare (source rule, default severity note)\n\nMinimum OS of the replacement: any\n"
		       "InfVerif code: none (source rule)\n");
	free(out);
	rule_info_set_table_for_tests(NULL);
}

TEST(explain_list_and_suggestions)
{
	rule_info_set_table_for_tests(&sample_rule_table);
	char *buf = NULL;
	size_t len = 0;
	FILE *out = open_memstream(&buf, &len);
	size_t n = report_explain_list(out);
	report_explain_suggest("registry", out);
	report_explain_suggest("regstry", out);      /* a typo in one word */
	report_explain_suggest("inf-destination-dirdi", out);
	report_explain_suggest("zzz", out);          /* nothing close: nothing printed */
	fclose(out);
	CHECK(n >= 2);
	CHECK_CONTAINS(buf, "inf-destination-dirid  inf     error     1322  Files must be copied to the driver store (DIRID 13)\n");
	CHECK_CONTAINS(buf, "registry-absolute      source  warning      -  Absolute registry path opened by a driver\n");
	CHECK_CONTAINS(buf, "\ndid you mean: registry-absolute\ndid you mean: registry-absolute\n"
			    "did you mean: inf-destination-dirid\n");
	CHECK(buf[strlen(buf) - 1] == '\n' && !strstr(buf, "dirid\ndid"));
	free(buf);
	rule_info_set_table_for_tests(NULL);
}

TEST(explain_wraps_prose_not_code)
{
	struct rule_info ri = { .id = "w", .family = "inf", .severity = SEV_WARNING,
		.explain = "aaaa bbbb cccc dddd eeee ffff gggg hhhh iiii jjjj kkkk llll mmmm nnnn oooo pppp qqqq rrrr ssss",
		.before_after = "    code line that is long enough to need wrapping if it were prose, but it is code so it stays",
	};
	char *out = capture_rule(&ri);
	CHECK_CONTAINS(out, "  aaaa bbbb cccc dddd eeee ffff gggg hhhh iiii jjjj kkkk llll mmmm nnnn oooo\n  pppp qqqq rrrr ssss\n");
	CHECK_CONTAINS(out, "      code line that is long enough to need wrapping if it were prose, but it is code so it stays\n");
	free(out);
}

int main(void)
{
	RUN(explain_rule_shows_every_section);
	RUN(explain_list_and_suggestions);
	RUN(explain_wraps_prose_not_code);
	return HARNESS_DONE();
}
