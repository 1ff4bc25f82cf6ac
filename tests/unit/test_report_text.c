#include "reports/report.h"
#include "tests/harness.h"
#include "test_report_sample.h"

TEST(text_matches_golden)
{
	struct report r;
	sample_report(&r);
	struct report_write_options o = { .root_dir = SAMPLE_SRC };
	char *out = render(&r, REPORT_TEXT, &o);
	/* linter line, caret under the code-point column, evidence notes, summary */
	CHECK_CONTAINS(out, "pkg/sample.inf:11:18: error: DefaultDestDir 12 (System32\\drivers) is outside the driver store; use 13 [inf-destination-dirid]\n"
			    "   11 | DefaultDestDir = 12\n"
			    "      |                  ^~\n");
	CHECK_CONTAINS(out, "      | \t                                                         ^~~\n");
	CHECK_CONTAINS(out, "    note: src/driver.c:3:21: macro PARAMS_PATH expands to");
	CHECK_CONTAINS(out, "    proposal:\n      Open the driver's own parameters key instead:\n        WdfDriverOpen");
	CHECK_NOT_CONTAINS(out, "file-global-path");   /* suppressed: hidden by default */
	CHECK_NOT_CONTAINS(out, "\033[");
	CHECK_CONTAINS(out, "pkg/broken.inf:3: error: cannot decode: odd-length UTF-16 file\n");
	CHECK_CONTAINS(out, "\n4 findings (1 error, 2 warnings, 1 note), 1 suppressed, 3 files; 1 input error\n");
	CHECK_GOLDEN("sample.txt", out);
	free(out);
	/* errors already shown by the caller: only counted */
	o.omit_errors = true;
	out = render(&r, REPORT_TEXT, &o);
	CHECK_NOT_CONTAINS(out, "pkg/broken.inf:3: error");
	CHECK_CONTAINS(out, "3 files; 1 input error\n");
	free(out);
	report_free(&r);
}

TEST(text_colour_and_suppressed_on_request)
{
	struct report r;
	sample_report(&r);
	struct report_write_options o = { .root_dir = SAMPLE_SRC, .color = true, .show_suppressed = true };
	char *out = render(&r, REPORT_TEXT, &o);
	CHECK_CONTAINS(out, "\033[1;31merror:\033[0m");
	CHECK_CONTAINS(out, "[file-global-path] \033[2m(suppressed: driso:ignore file-global-path (legacy log, removed in 2.0))");
	CHECK_GOLDEN("sample-color.txt", out);
	free(out);
	report_free(&r);
}

TEST(text_without_sources_and_singular_counts)
{
	struct report r;
	report_init(&r);
	r.n_files_scanned = 1;
	finding_add(&r.findings, "x", SEV_ERROR, "gone.c", 3, 2, "only one");
	char *out = render(&r, REPORT_TEXT, NULL);
	CHECK_STR(out, "gone.c:3:2: error: only one [x]\n1 finding (1 error, 0 warnings, 0 notes), 0 suppressed, 1 file\n");
	free(out);
	report_free(&r);
	report_init(&r);
	out = render(&r, REPORT_TEXT, NULL);
	CHECK_STR(out, "0 findings (0 errors, 0 warnings, 0 notes), 0 suppressed, 0 files\n");
	free(out);
	report_free(&r);
}

TEST(text_caret_survives_odd_spans)
{
	struct report r;
	report_init(&r);
	/* column past the end of the line, span ending before it starts, line past EOF */
	struct finding *f = finding_add(&r.findings, "x", SEV_NOTE, "src/driver.c", 1, 500, "far right");
	f->end_col = 2;
	finding_add(&r.findings, "x", SEV_NOTE, "src/driver.c", 9999, 1, "no such line");
	struct report_write_options o = { .root_dir = SAMPLE_SRC };
	char *out = render(&r, REPORT_TEXT, &o);
	CHECK_CONTAINS(out, "src/driver.c:1:500: note: far right [x]\n    1 | #include <ntddk.h>\n");
	CHECK_CONTAINS(out, "src/driver.c:9999:1: note: no such line [x]\n2 findings");
	free(out);
	report_free(&r);
}

TEST(text_repeated_proposal_printed_once)
{
	struct report r;
	report_init(&r);
	const char *multi = "Use the device interface:\n  IoRegisterPlugPlayNotification(...);";
	for (int line = 1; line <= 3; line++) {
		struct finding *f = finding_add(&r.findings, "device-name", SEV_WARNING, "a.c", line * 10, 5, "opened by name");
		finding_set(&f->proposal, multi);
	}
	struct finding *f = finding_add(&r.findings, "x", SEV_NOTE, "b.c", 1, 1, "one-liner");
	finding_set(&f->proposal, "DefaultDestDir = 13");
	f = finding_add(&r.findings, "x", SEV_NOTE, "b.c", 2, 1, "one-liner again");
	finding_set(&f->proposal, "DefaultDestDir = 13");
	char *out = render(&r, REPORT_TEXT, NULL);
	CHECK_STR(out, "a.c:10:5: warning: opened by name [device-name]\n"
		       "    proposal:\n      Use the device interface:\n        IoRegisterPlugPlayNotification(...);\n"
		       "a.c:20:5: warning: opened by name [device-name]\n    proposal: as for a.c:10:5 above\n"
		       "a.c:30:5: warning: opened by name [device-name]\n    proposal: as for a.c:10:5 above\n"
		       "b.c:1:1: note: one-liner [x]\n    proposal:\n      DefaultDestDir = 13\n"
		       "b.c:2:1: note: one-liner again [x]\n    proposal:\n      DefaultDestDir = 13\n"
		       "5 findings (0 errors, 3 warnings, 2 notes), 0 suppressed, 0 files\n");
	free(out);
	/* a long one-liner repeated (vJoy: 27 joystick OEM lines) is referred to too */
	const char *longp = "no isolated equivalent: DirectInput reads OEM joystick and force-feedback data only "
			    "from this machine-global key; report the capabilities from the device";
	f = finding_add(&r.findings, "y", SEV_ERROR, "c.inf", 1, 1, "joystick");
	finding_set(&f->proposal, longp);
	f = finding_add(&r.findings, "y", SEV_ERROR, "c.inf", 2, 1, "joystick");
	finding_set(&f->proposal, longp);
	out = render(&r, REPORT_TEXT, NULL);
	CHECK_CONTAINS(out, "c.inf:2:1: error: joystick [y]\n    proposal: as for c.inf:1:1 above\n");
	free(out);
	report_free(&r);
}

int main(void)
{
	RUN(text_matches_golden);
	RUN(text_colour_and_suppressed_on_request);
	RUN(text_without_sources_and_singular_counts);
	RUN(text_caret_survives_odd_spans);
	RUN(text_repeated_proposal_printed_once);
	return HARNESS_DONE();
}
