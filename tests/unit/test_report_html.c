#include "reports/report.h"
#include "tests/harness.h"
#include "test_report_sample.h"

#include <stdlib.h>
#include <unistd.h>

static size_t count(const char *hay, const char *needle)
{
	size_t n = 0;
	for (const char *p = strstr(hay, needle); p; p = strstr(p + 1, needle))
		n++;
	return n;
}

TEST(html_matches_golden_and_is_self_contained)
{
	rule_info_set_table_for_tests(&sample_rule_table);
	struct report r;
	sample_report(&r);
	struct report_write_options o = { .root_dir = SAMPLE_SRC };
	char *out = render(&r, REPORT_HTML, &o);
	/* one file: no external scripts, styles, images or fonts */
	CHECK_NOT_CONTAINS(out, "<link");
	CHECK_NOT_CONTAINS(out, " src=");
	CHECK_NOT_CONTAINS(out, "@import");
	CHECK_NOT_CONTAINS(out, "url(");
	CHECK_CONTAINS(out, "default-src 'none'");
	/* every finding rendered (suppressed ones hidden until asked for) */
	CHECK_INT(count(out, "<article class=\"finding"), 5);
	CHECK_INT(count(out, "data-suppressed=\"1\" hidden"), 1);
	/* escaping: the message's markup is text */
	CHECK_CONTAINS(out, "comment mentions HKR &lt;b&gt;&amp;amp; “quotes”&lt;/b&gt;");
	CHECK_NOT_CONTAINS(out, "<b>&amp;");
	/* summary tables, snippet with the span marked, patch as a diff */
	CHECK_CONTAINS(out, "<b id=\"n-findings\">4</b>");
	CHECK_CONTAINS(out, "data-key=\"package\" data-value=\"sample\">sample</a></td><td class=\"n\">1</td><td class=\"n\">1</td><td class=\"n\">0</td><td class=\"n\">2</td>");
	CHECK_CONTAINS(out, "<span class=\"ln\">11</span>DefaultDestDir = <mark>12</mark>");
	CHECK_CONTAINS(out, "<span class=\"del\">-DefaultDestDir = 12</span><span class=\"add\">+DefaultDestDir = 13</span>");
	CHECK_CONTAINS(out, "<span class=\"add\">+\treturn WdfDriverOpenParametersRegistryKey(WdfGetDriver(), KEY_READ, WDF_NO_OBJECT_ATTRIBUTES, &amp;key); /* “Parameters” ≠ HKR */</span>");
	CHECK_CONTAINS(out, "<dt>InfVerif</dt><dd>1322</dd>");
	CHECK_CONTAINS(out, "pkg/broken.inf:3: cannot decode: odd-length UTF-16 file");
	CHECK_GOLDEN("sample.html", out);
	free(out);
	report_free(&r);
	rule_info_set_table_for_tests(NULL);
}

TEST(html_without_sources_shows_raw_edits)
{
	struct report r;
	sample_report(&r);
	char *out = render(&r, REPORT_HTML, NULL);
	CHECK_NOT_CONTAINS(out, "class=\"snippet\"");
	CHECK_CONTAINS(out, "<span class=\"hunk\">@@ line 11, column 18 (bytes 214-216) @@</span><span class=\"add\">+13</span>");
	CHECK_CONTAINS(out, "<span class=\"hunk\">@@ bytes 354-384 @@</span>");
	free(out);
	report_free(&r);
	report_init(&r);
	out = render(&r, REPORT_HTML, NULL);
	CHECK_CONTAINS(out, "No isolation findings.");
	free(out);
	report_free(&r);
	/* rules this driso does not know: InfVerif still shown, from the findings */
	sample_report(&r);
	out = render(&r, REPORT_HTML, NULL);
	CHECK_CONTAINS(out, "data-value=\"inf-destination-dirid\">inf-destination-dirid</a></td><td class=\"n\">1322</td>");
	free(out);
	report_free(&r);
}

TEST(html_patch_shows_insertions_as_added_lines)
{
	struct report r;
	report_init(&r);
	struct finding *f = finding_add(&r.findings, "x", SEV_ERROR, "pkg/sample.inf", 10, 1, "insert before a section");
	file_fix_add_edit(finding_fix_for(f, "pkg/sample.inf", NULL), 178, 178, "X=1\r\n");
	struct report_write_options o = { .root_dir = SAMPLE_SRC };
	char *out = render(&r, REPORT_HTML, &o);
	CHECK_CONTAINS(out, "<span class=\"hunk\">@@ line 10 @@</span><span class=\"add\">+X=1</span>"
			    "<span class=\"same\"> [DestinationDirs]</span></pre>");
	free(out);
	/* broken edits (end before start, past the end of the file) never read out of bounds */
	struct file_fix *fx = finding_fix_for(f, "pkg/sample.inf", NULL);
	file_fix_add_edit(fx, 200, 100, "backwards");
	file_fix_add_edit(fx, 100000, 100001, "past the end");
	out = render(&r, REPORT_HTML, &o);
	CHECK_CONTAINS(out, "@@ bytes 200-100 @@</span><span class=\"add\">+backwards</span>");
	CHECK_CONTAINS(out, "@@ bytes 100000-100001 @@</span><span class=\"add\">+past the end</span>");
	free(out);
	report_free(&r);
}

/* QA: hidden's [DestinationDirs] line carries two edits (12 -> 13 and its
 * comment) and PnpLockdown is inserted before an empty CRLF line. The page
 * showed the first edit alone and the insertion as "-(empty) +PnpLockdown". */
TEST(html_patch_shows_each_line_as_written)
{
	char dir[] = "/tmp/driso-html-XXXXXX";
	CHECK(mkdtemp(dir) != NULL);
	char *path = xasprintf("%s/a.inf", dir);
	const char *text = "[Version]\r\nSignature=x\r\n\r\n[DestinationDirs]\r\nF = 12 ;system32\\drivers\r\n";
	FILE *fp = fopen(path, "wb");
	CHECK(fp != NULL);
	fputs(text, fp);
	fclose(fp);
	struct report r;
	report_init(&r);
	struct finding *f = finding_add(&r.findings, "x", SEV_ERROR, "a.inf", 5, 5, "two edits on one line");
	struct file_fix *fx = finding_fix_for(f, "a.inf", NULL);
	size_t at12 = (size_t)(strstr(text, "12") - text), atc = (size_t)(strstr(text, "system32") - text);
	file_fix_add_edit(fx, atc, atc + strlen("system32\\drivers"), "driver store");
	file_fix_add_edit(fx, at12, at12 + 2, "13");
	size_t blank = (size_t)(strstr(text, "\r\n\r\n") - text) + 2;
	file_fix_add_edit(fx, blank, blank, "PnpLockdown=1\n");
	struct report_write_options o = { .root_dir = dir };
	char *out = render(&r, REPORT_HTML, &o);
	CHECK_CONTAINS(out, "<span class=\"hunk\">@@ line 3 @@</span><span class=\"add\">+PnpLockdown=1</span>"
			    "<span class=\"same\"> </span>");
	CHECK_CONTAINS(out, "<span class=\"hunk\">@@ line 5 @@</span><span class=\"del\">-F = 12 ;system32\\drivers</span>"
			    "<span class=\"add\">+F = 13 ;driver store</span>");
	CHECK(strstr(out, "+F = 13 ;system32") == NULL);
	CHECK(strstr(out, "<span class=\"del\">-</span>") == NULL);
	free(out);
	report_free(&r);
	unlink(path);
	rmdir(dir);
	free(path);
}

int main(void)
{
	RUN(html_matches_golden_and_is_self_contained);
	RUN(html_without_sources_shows_raw_edits);
	RUN(html_patch_shows_insertions_as_added_lines);
	RUN(html_patch_shows_each_line_as_written);
	return HARNESS_DONE();
}
