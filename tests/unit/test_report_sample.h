/*
 * test_report_sample: the hand-built report every report test uses, and
 * golden-file helpers. Golden files live in tests/fixtures/reports/golden/;
 * run a test with DRISO_UPDATE_GOLDEN=1 to rewrite them after an intended
 * change (then review the diff: the golden files ARE the expected output).
 */
#ifndef DRISO_TEST_REPORT_SAMPLE_H
#define DRISO_TEST_REPORT_SAMPLE_H

#include "core/rule_info.h"
#include "core/util.h"
#include "reports/report.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SAMPLE_SRC DRISO_FIXTURES "/reports/src"
#define GOLDEN_DIR DRISO_FIXTURES "/reports/golden"

static const struct rule_info sample_rules[] = {
	{ "inf-destination-dirid", "inf", SEV_ERROR, 1322, "Files must be copied to the driver store (DIRID 13)",
	  "A CopyFiles destination other than DIRID 13 places the driver outside the driver store.",
	  "INF before: DefaultDestDir = 12\nINF after:  DefaultDestDir = 13", "Windows 10 1709 (16299)",
	  "https://learn.microsoft.com/windows-hardware/drivers/develop/run-from-driver-store" },
	{ "registry-absolute", "source", SEV_WARNING, 0, "Absolute registry path opened by a driver",
	  "Opening \\Registry\\Machine\\... reaches state the package does not own.",
	  "KMDF before: ZwOpenKey(...\\Services\\X\\Parameters)\nKMDF after:  WdfDriverOpenParametersRegistryKey(...)",
	  "Windows 10 1803 (17134)",
	  "https://learn.microsoft.com/windows-hardware/drivers/develop/driver-isolation" },
};
static const struct rule_table sample_rule_table = { sample_rules, 2 };

static inline void sample_report(struct report *r)
{
	report_init(r);
	r->version = xstrdup("0.1.0");
	r->root = xstrdup("/src/sample-driver");
	r->n_files_scanned = 3;

	/* added out of order on purpose: writers must sort */
	struct finding *f = finding_add(&r->findings, "registry-absolute", SEV_WARNING, "src/driver.c", 12, 9,
					"ZwOpenKey opens an absolute registry path (\\Registry\\Machine\\...\\Services\\Sample\\Parameters)");
	f->end_col = 39;
	finding_fingerprint(f, "return ZwOpenKey(&key, KEY_READ, &oa);");
	finding_add_evidence(f, "src/driver.c", 3, 21, "macro PARAMS_PATH expands to L\"%s\"",
			     "\\\\Registry\\\\Machine\\\\System\\\\CurrentControlSet\\\\Services\\\\Sample\\\\Parameters");
	finding_add_evidence(f, "src/driver.c", 7, 2, "path is initialized from PARAMS_PATH");
	finding_set(&f->environment, "KMDF");
	finding_set(&f->target, "own-service-parameters-read");
	finding_set(&f->proposal, "Open the driver's own parameters key instead:\n"
				  "  WdfDriverOpenParametersRegistryKey(WdfGetDriver(), KEY_READ, WDF_NO_OBJECT_ATTRIBUTES, &key);");
	finding_set(&f->package, "sample");
	struct file_fix *fx = finding_fix_for(f, "src/driver.c",
					      "7df92521192a13e9de1153a1fd066fa394394f80014717871c924da470fbe15d");
	/* no line/col on purpose: SARIF must compute them from the source */
	file_fix_add_edit(fx, 354, 384, "WdfDriverOpenParametersRegistryKey(WdfGetDriver(), KEY_READ, WDF_NO_OBJECT_ATTRIBUTES, &key)");

	f = finding_add(&r->findings, "inf-destination-dirid", SEV_ERROR, "pkg/sample.inf", 11, 18,
			"DefaultDestDir 12 (System32\\drivers) is outside the driver store; use 13");
	f->end_col = 20;
	f->infverif = 1322;
	finding_fingerprint(f, "DefaultDestDir = 12");
	finding_set(&f->environment, "INF");
	finding_set(&f->target, "destination-dirid");
	finding_set(&f->proposal, "DefaultDestDir = 13");
	finding_set(&f->package, "sample");
	fx = finding_fix_for(f, "pkg/sample.inf", "f4149be3f5c1865a2c72baa836bf6424fd6fbbf2cdb346a858475b948c00b631");
	file_fix_add_edit(fx, 214, 216, "13");
	fx->edits[0].line = 11, fx->edits[0].col = 18, fx->edits[0].end_line = 11, fx->edits[0].end_col = 20;

	/* columns count code points: "“" and "≠" come before HKR on this line */
	f = finding_add(&r->findings, "sample-unicode-note", SEV_NOTE, "src/driver.c", 12, 59,
			"comment mentions HKR <b>&amp; “quotes”</b>");
	f->end_col = 62;
	finding_fingerprint(f, "HKR");
	finding_set(&f->configuration, "Debug|x64");

	f = finding_add(&r->findings, "file-global-path", SEV_WARNING, "src/driver.c", 17, 44,
			"log file written under \\SystemRoot");
	f->end_col = 71;
	finding_fingerprint(f, "L\"\\\\SystemRoot\\\\sample.log\"");
	f->suppressed = true;
	finding_set(&f->suppression_reason, "driso:ignore file-global-path (legacy log, removed in 2.0)");
	finding_set(&f->package, "sample");

	f = finding_add(&r->findings, "registry-absolute", SEV_WARNING, "tools/setup.c", 4, 1,
			"RegOpenKeyEx of HKLM\\SOFTWARE\\Contoso");
	finding_fingerprint(f, "RegOpenKeyExW(HKEY_LOCAL_MACHINE, L\"SOFTWARE\\\\Contoso\"");
	finding_set(&f->environment, "user-app");
	finding_set(&f->package, "setup");

	diag_add(&r->errors, "pkg/broken.inf", 3, "cannot decode: odd-length UTF-16 file");
}

/* Write r in fmt to a malloc'd string. */
static inline char *render(const struct report *r, enum report_format fmt, const struct report_write_options *o)
{
	char *buf = NULL;
	size_t len = 0;
	FILE *out = open_memstream(&buf, &len);
	if (!out)
		die("open_memstream");
	if (report_write(r, fmt, out, o) != 0)
		fputs("<<report_write failed>>", out);
	fclose(out);
	/* a fresh copy: gcc -O2 otherwise tracks the result back to the local
	 * `buf` and reports -Wdangling-pointer at every use */
	char *copy = xstrdup(buf);
	free(buf);
	return copy;
}

/* NULL when equal, else a short description of the first difference. */
static inline char *golden_diff(const char *name, const char *actual)
{
	char *path = xasprintf("%s/%s", GOLDEN_DIR, name);
	if (getenv("DRISO_UPDATE_GOLDEN")) {
		FILE *f = fopen(path, "w");
		if (!f)
			die("cannot write %s", path);
		fputs(actual, f);
		fclose(f);
	}
	char *want;
	size_t len;
	if (read_file(path, &want, &len) != 0) {
		char *msg = xasprintf("cannot read golden %s (run with DRISO_UPDATE_GOLDEN=1)", path);
		free(path);
		return msg;
	}
	char *msg = NULL;
	if (strcmp(want, actual)) {
		size_t i = 0, line = 1;
		while (want[i] && want[i] == actual[i])
			line += want[i++] == '\n';
		msg = xasprintf("%s differs from the output at line %zu:\n  golden: %.80s\n  actual: %.80s", path, line,
				want + i, actual + i);
	}
	free(want);
	free(path);
	return msg;
}

#define CHECK_GOLDEN(name, actual)                                          \
	do {                                                                \
		char *d_ = golden_diff((name), (actual));                   \
		if (d_) {                                                   \
			fprintf(stderr, "%s\n", d_);                        \
			free(d_);                                           \
			HARNESS_FAIL("golden mismatch: %s", (name));        \
		}                                                           \
	} while (0)

#endif
