#include "core/diag.h"
#include "reports/report.h"
#include "tests/harness.h"
#include "test_report_sample.h"

#include <cjson/cJSON.h>

static const struct report_write_options no_opts;
static char *render_sample_json(void);

TEST(json_matches_golden_and_parses)
{
	struct report r;
	sample_report(&r);
	char *out = render(&r, REPORT_JSON, &no_opts);
	cJSON *doc = cJSON_Parse(out);
	CHECK(doc != NULL);
	CHECK_STR(cJSON_GetObjectItem(doc, "tool")->valuestring, "driso");
	CHECK_INT(cJSON_GetObjectItem(doc, "schema")->valueint, 1);
	cJSON *findings = cJSON_GetObjectItem(doc, "findings");
	CHECK_INT(cJSON_GetArraySize(findings), 5);
	/* sorted by file, line, column */
	CHECK_STR(cJSON_GetObjectItem(cJSON_GetArrayItem(findings, 0), "file")->valuestring, "pkg/sample.inf");
	CHECK_STR(cJSON_GetObjectItem(cJSON_GetArrayItem(findings, 1), "rule")->valuestring, "registry-absolute");
	cJSON *summary = cJSON_GetObjectItem(doc, "summary");
	CHECK_INT(cJSON_GetObjectItem(summary, "findings")->valueint, 4);
	CHECK_INT(cJSON_GetObjectItem(summary, "suppressed")->valueint, 1);
	CHECK_INT(cJSON_GetObjectItem(cJSON_GetObjectItem(summary, "by_rule"), "registry-absolute")->valueint, 2);
	CHECK_INT(cJSON_GetObjectItem(cJSON_GetObjectItem(summary, "by_severity"), "warning")->valueint, 2);
	CHECK_INT(cJSON_GetObjectItem(summary, "files_scanned")->valueint, 3);
	/* infverif omitted when 0, present otherwise; fix null without edits */
	CHECK(cJSON_GetObjectItem(cJSON_GetArrayItem(findings, 1), "infverif") == NULL);
	CHECK_INT(cJSON_GetObjectItem(cJSON_GetArrayItem(findings, 0), "infverif")->valueint, 1322);
	CHECK(cJSON_IsNull(cJSON_GetObjectItem(cJSON_GetArrayItem(findings, 4), "fix")));
	cJSON_Delete(doc);
	CHECK_GOLDEN("sample.json", out);
	free(out);
	report_free(&r);
}

TEST(json_order_does_not_depend_on_input_order)
{
	struct report a, b;
	sample_report(&a);
	sample_report(&b);
	/* reverse b's findings */
	for (size_t i = 0, j = b.findings.n - 1; i < j; i++, j--) {
		struct finding *t = b.findings.items[i];
		b.findings.items[i] = b.findings.items[j];
		b.findings.items[j] = t;
	}
	char *x = render(&a, REPORT_JSON, &no_opts), *y = render(&b, REPORT_JSON, &no_opts);
	CHECK_STR(x, y);
	free(x), free(y);
	report_free(&a);
	report_free(&b);
}

TEST(json_round_trip_is_identical)
{
	struct report r, back;
	sample_report(&r);
	char *first = render(&r, REPORT_JSON, &no_opts);
	struct diag_list errs = { 0 };
	CHECK_INT(report_load_json_buffer("sample.json", first, strlen(first), &back, &errs), 0);
	CHECK_INT(errs.n, 0);
	CHECK_INT(back.findings.n, 5);
	CHECK_INT(back.errors.n, 1);
	CHECK_INT(back.n_files_scanned, 3);
	char *second = render(&back, REPORT_JSON, &no_opts);
	CHECK_STR(second, first);
	/* the other formats from the loaded report equal those from the original */
	char *s1 = render(&r, REPORT_SARIF, &no_opts), *s2 = render(&back, REPORT_SARIF, &no_opts);
	CHECK_STR(s2, s1);
	free(s1), free(s2), free(first), free(second);
	report_free(&r);
	report_free(&back);
}

TEST(json_loads_the_committed_golden_file)
{
	struct report r;
	struct diag_list errs = { 0 };
	CHECK_INT(report_load_json(GOLDEN_DIR "/sample.json", &r, &errs), 0);
	const struct finding *f = r.findings.items[0];
	CHECK_STR(f->rule, "inf-destination-dirid");
	CHECK_INT(f->fixes[0].edits[0].start, 214);
	CHECK_STR(f->fixes[0].sha256, "f4149be3f5c1865a2c72baa836bf6424fd6fbbf2cdb346a858475b948c00b631");
	CHECK_INT(r.findings.items[1]->n_evidence, 2);
	CHECK_STR(r.findings.items[3]->suppression_reason, "driso:ignore file-global-path (legacy log, removed in 2.0)");
	report_free(&r);
}

/* Replace the first occurrence of `from` in the golden JSON by `to`, load it. */
static char *load_edited(const char *from, const char *to, int *rc)
{
	struct report r;
	char *text = render_sample_json();
	char *at = strstr(text, from);
	if (!at) {
		free(text);
		*rc = 99;
		return xasprintf("pattern not found: %s", from);
	}
	/* offsets, not the pointer: gcc -O2 mistakes `at` for dangling here */
	size_t off = (size_t)(at - text), flen = strlen(from);
	char *edited = xasprintf("%.*s%s%s", (int)off, text, to, text + off + flen);
	struct diag_list errs = { 0 };
	*rc = report_load_json_buffer("report.json", edited, strlen(edited), &r, &errs);
	char *msgs = NULL;
	size_t len = 0;
	FILE *m = open_memstream(&msgs, &len);
	diag_print(&errs, m);
	fclose(m);
	diag_list_free(&errs);
	report_free(&r);
	free(edited);
	free(text);
	return msgs;
}

struct bad_case {
	const char *from, *to, *expect;
};

static const struct bad_case bad_cases[] = {
	{ "\"line\": 11", "\"line\": -2", "report.json:1: error: findings[0].line: expected a positive integer, found -2" },
	{ "\"line\": 12", "\"line\": \"12\"", "findings[1].line: expected a positive integer, found a string" },
	{ "\"column\": 9", "\"column\": 9.5", "findings[1].column: expected a positive integer, found 9.5" },
	{ "\"severity\": \"error\"", "\"severity\": \"fatal\"", "findings[0].severity: expected \"error\", \"warning\" or \"note\", found \"fatal\"" },
	{ "\"rule\": \"inf-destination-dirid\",", "", "findings[0].rule: missing (required)" },
	{ "\"start\": 214", "\"start\": 300", "findings[0].fix.files[0].edits[0].end: ends before its start (start 300, end 216)" },
	{ "\"start\": 214", "\"start\": -1", "findings[0].fix.files[0].edits[0].start: expected a non-negative integer, found -1" },
	{ "f4149be3f5c1865a2c72baa836bf6424fd6fbbf2cdb346a858475b948c00b631", "f4149be3", "findings[0].fix.files[0].sha256: expected 64 hexadecimal digits, found \"f4149be3\"" },
	{ "\"edits\":", "\"edit\":", "findings[0].fix.files[0].edits: missing (required)" },
	{ "\"suppressed\": false", "\"suppressed\": \"no\"", "findings[0].suppressed: expected true or false, found a string" },
	{ "\"tool\": \"driso\"", "\"tool\": \"eslint\"", "tool: not a driso report (tool is \"eslint\")" },
	{ "\"schema\": 1", "\"schema\": 7", "schema: schema 7 is newer than this driso reads (1); upgrade driso" },
	{ "\"findings\": [", "\"findings\": {}, \"old\": [", "findings: expected an array, found an object" },
	{ "\"end_column\": 20", "\"end_column\": 2", "findings[0].end_line: the span's end (11:2) is before its start (11:18)" },
	{ "\"evidence\": [\n        {", "\"evidence\": [7, {", "findings[1].evidence[0]: expected an object, found a number" },
	{ "\"files_scanned\": 3", "\"files_scanned\": null", "summary.files_scanned: expected a non-negative integer, found null" },
	{ "\"message\": \"cannot decode", "\"mesage\": \"cannot decode", "errors[0].message: missing (required)" },
};

TEST(bad_reports_name_the_field)
{
	for (size_t i = 0; i < sizeof(bad_cases) / sizeof(bad_cases[0]); i++) {
		int rc;
		char *msgs = load_edited(bad_cases[i].from, bad_cases[i].to, &rc);
		if (rc != -1)
			fprintf(stderr, "case %zu (%s): rc %d, %s\n", i, bad_cases[i].to, rc, msgs);
		CHECK_INT(rc, -1);
		CHECK_CONTAINS(msgs, bad_cases[i].expect);
		free(msgs);
	}
}

TEST(truncated_and_garbage_reports_fail_cleanly)
{
	char *text = render_sample_json();
	size_t n = strlen(text);
	/* every proper prefix is a truncated report: -1 and a message, never a crash */
	for (size_t cut = 0; cut < n - 2; cut += 1) {
		struct report r;
		struct diag_list errs = { 0 };
		int rc = report_load_json_buffer("report.json", text, cut, &r, &errs);
		if (rc != -1 || errs.n == 0)
			HARNESS_FAIL("prefix of %zu bytes: rc %d, %zu errors", cut, rc, errs.n);
		diag_list_free(&errs);
		report_free(&r);
	}
	struct report r;
	struct diag_list errs = { 0 };
	CHECK_INT(report_load_json_buffer("report.json", text, n / 2, &r, &errs), -1);
	CHECK_CONTAINS(errs.items[0].message, "truncated");
	diag_list_free(&errs);
	CHECK_INT(report_load_json_buffer("r.json", "[1,2]", 5, &r, &errs), -1);
	CHECK_CONTAINS(errs.items[0].message, "expected a JSON object, found an array");
	diag_list_free(&errs);
	CHECK_INT(report_load_json_buffer("r.json", "{\"tool\":\"driso\",\n\"x\": nope}", 27, &r, &errs), -1);
	CHECK_INT(errs.items[0].line, 2);
	CHECK_CONTAINS(errs.items[0].message, "invalid JSON near \"nope}\"");
	diag_list_free(&errs);
	CHECK_INT(report_load_json("/nonexistent/report.json", &r, &errs), -1);
	CHECK_CONTAINS(errs.items[0].message, "cannot read report");
	diag_list_free(&errs);
	free(text);
}

/* Random byte edits (seeded, so a failure reproduces): the loader either
 * accepts the result and writes it back as valid JSON, or refuses it with a
 * message; it never crashes (run under ASan/UBSan). */
TEST(mutated_reports_never_crash)
{
	char *text = render_sample_json();
	size_t n = strlen(text);
	static const char alphabet[] = "{}[]\",:0123456789-.eEtfn\\ux \n\xff\x80";
	unsigned seed = 12345;
	size_t accepted = 0;
	for (int iter = 0; iter < 3000; iter++) {
		char *m = xstrdup(text);
		int edits = 1 + iter % 4;
		for (int e = 0; e < edits; e++) {
			seed = seed * 1103515245u + 12345u;
			size_t at = (seed >> 8) % n;
			seed = seed * 1103515245u + 12345u;
			m[at] = alphabet[(seed >> 8) % (sizeof(alphabet) - 1)];
		}
		struct report r;
		struct diag_list errs = { 0 };
		int rc = report_load_json_buffer("m.json", m, n, &r, &errs);
		if (rc == 0) {
			accepted++;
			char *again = render(&r, REPORT_JSON, &no_opts);
			cJSON *doc = cJSON_Parse(again);
			if (!doc)
				HARNESS_FAIL("iteration %d: accepted report written back as invalid JSON", iter);
			cJSON_Delete(doc);
			free(again);
			char *t = render(&r, REPORT_TEXT, &no_opts), *h = render(&r, REPORT_HTML, &no_opts),
			     *sf = render(&r, REPORT_SARIF, &no_opts);
			free(t), free(h), free(sf);
		} else if (errs.n == 0) {
			HARNESS_FAIL("iteration %d: refused without a message", iter);
		}
		report_free(&r);
		diag_list_free(&errs);
		free(m);
	}
	CHECK(accepted > 0);   /* some edits (inside strings) keep the report valid */
	free(text);
}

/* Whatever a rule put in a finding, what the writer writes loads back. */
TEST(out_of_range_positions_are_written_loadable)
{
	struct report r, back;
	report_init(&r);
	struct finding *f = finding_add(&r.findings, "x", SEV_NOTE, "a.inf", 0, 0, "whole file");
	f->end_line = 0, f->end_col = 0;
	finding_add_evidence(f, "a.inf", -3, 0, "somewhere");
	f = finding_add(&r.findings, "x", SEV_NOTE, "b.c", 9, 5, "end before start");
	f->end_line = 8;
	struct file_fix *fx = finding_fix_for(f, "b.c", NULL);
	file_fix_add_edit(fx, 3, 7, "y");
	fx->edits[0].line = 2, fx->edits[0].col = 9, fx->edits[0].end_line = 1, fx->edits[0].end_col = 1;
	char *out = render(&r, REPORT_JSON, &no_opts);
	struct diag_list errs = { 0 };
	int rc = report_load_json_buffer("r.json", out, strlen(out), &back, &errs);
	if (rc)
		diag_print(&errs, stderr);
	CHECK_INT(rc, 0);
	CHECK_INT(back.findings.items[0]->line, 1);
	CHECK_INT(back.findings.items[0]->n_evidence, 1);
	CHECK_INT(back.findings.items[1]->end_line, 9);
	CHECK_INT(back.findings.items[1]->fixes[0].edits[0].line, 0);
	CHECK_INT(back.findings.items[1]->fixes[0].edits[0].start, 3);
	free(out);
	diag_list_free(&errs);
	report_free(&r);
	report_free(&back);
}

TEST(invalid_utf8_in_messages_still_gives_valid_json)
{
	struct report r;
	report_init(&r);
	finding_add(&r.findings, "x", SEV_NOTE, "a.c", 1, 1, "bad \xff\xfe bytes \xe2\x82");
	finding_add(&r.findings, "rule-\xc0", SEV_NOTE, "b\x80.c", 1, 1, "m");   /* also in keys (by_rule) */
	char *out = render(&r, REPORT_JSON, &no_opts);
	cJSON *doc = cJSON_Parse(out);
	CHECK(doc != NULL);
	CHECK_CONTAINS(out, "bad \xef\xbf\xbd\xef\xbf\xbd bytes \xef\xbf\xbd");
	cJSON_Delete(doc);
	free(out);
	report_free(&r);
}

static char *render_sample_json(void)
{
	struct report r;
	sample_report(&r);
	char *out = render(&r, REPORT_JSON, &no_opts);
	report_free(&r);
	return out;
}

int main(void)
{
	RUN(json_matches_golden_and_parses);
	RUN(json_order_does_not_depend_on_input_order);
	RUN(json_round_trip_is_identical);
	RUN(json_loads_the_committed_golden_file);
	RUN(bad_reports_name_the_field);
	RUN(truncated_and_garbage_reports_fail_cleanly);
	RUN(mutated_reports_never_crash);
	RUN(out_of_range_positions_are_written_loadable);
	RUN(invalid_utf8_in_messages_still_gives_valid_json);
	return HARNESS_DONE();
}
