#include "reports/report.h"
#include "tests/harness.h"
#include "test_report_sample.h"

static const struct report_write_options no_opts;

/* Split the sample like a sharded scan would: by file, files-scanned split too. */
static void sample_shards(struct report *a, struct report *b)
{
	struct report whole;
	sample_report(&whole);
	report_init(a);
	report_init(b);
	a->version = xstrdup(whole.version), b->version = xstrdup(whole.version);
	a->root = xstrdup(whole.root), b->root = xstrdup(whole.root);
	a->n_files_scanned = 2, b->n_files_scanned = 1;
	for (size_t i = 0; i < whole.findings.n; i++) {
		struct finding *f = whole.findings.items[i];
		struct report *to = !strcmp(f->file, "src/driver.c") ? a : b;
		ALLOC_GROW(to->findings.items, to->findings.n + 1, to->findings.alloc);
		to->findings.items[to->findings.n++] = f;
	}
	whole.findings.n = 0;
	/* the same header finding seen by both shards */
	struct finding *dup = finding_add(&b->findings, "sample-unicode-note", SEV_NOTE, "src/driver.c", 12, 59,
					  "comment mentions HKR <b>&amp; “quotes”</b>");
	dup->end_col = 62;
	finding_fingerprint(dup, "HKR");
	finding_set(&dup->configuration, "Debug|x64");
	/* the error goes to shard b */
	b->errors = whole.errors;
	memset(&whole.errors, 0, sizeof(whole.errors));
	report_free(&whole);
}

TEST(merge_of_shards_equals_the_whole)
{
	struct report whole, a, b;
	sample_report(&whole);
	sample_shards(&a, &b);
	char *sa = render(&a, REPORT_JSON, &no_opts), *sb = render(&b, REPORT_JSON, &no_opts);
	/* committed so the CLI test can merge them with the real binary */
	CHECK_GOLDEN("shard-a.json", sa);
	CHECK_GOLDEN("shard-b.json", sb);
	free(sa), free(sb);
	/* merge in either order */
	struct report b2, a2;
	sample_shards(&a2, &b2);
	report_merge(&b2, &a2);
	report_merge(&a, &b);
	char *want = render(&whole, REPORT_JSON, &no_opts);
	char *got = render(&a, REPORT_JSON, &no_opts), *got2 = render(&b2, REPORT_JSON, &no_opts);
	CHECK_STR(got, want);
	CHECK_STR(got2, want);
	CHECK_INT(a.findings.n, 5);
	CHECK_INT(b.findings.n, 0);
	free(want), free(got), free(got2);
	report_free(&whole), report_free(&a), report_free(&b), report_free(&a2), report_free(&b2);
}

TEST(merge_keeps_distinct_findings_on_one_line)
{
	struct report a, b;
	report_init(&a);
	report_init(&b);
	struct finding *f = finding_add(&a.findings, "r", SEV_WARNING, "x.c", 5, 3, "first");
	finding_fingerprint(f, "one");
	f = finding_add(&b.findings, "r", SEV_WARNING, "x.c", 5, 3, "second");
	finding_fingerprint(f, "two");
	f = finding_add(&b.findings, "r", SEV_WARNING, "x.c", 5, 3, "first");
	finding_fingerprint(f, "one");
	f = finding_add(&b.findings, "r", SEV_WARNING, "x.c", 5, 3, "first");   /* other config: kept */
	finding_fingerprint(f, "one");
	finding_set(&f->configuration, "Release|x64");
	diag_add(&a.errors, "e.inf", 1, "bad");
	diag_add(&b.errors, "e.inf", 1, "bad");
	report_merge(&a, &b);
	CHECK_INT(a.findings.n, 3);
	CHECK_INT(a.errors.n, 1);
	CHECK_STR(a.findings.items[0]->message, "first");
	CHECK(a.findings.items[0]->configuration == NULL);
	CHECK_STR(a.findings.items[1]->configuration, "Release|x64");
	CHECK_STR(a.findings.items[2]->message, "second");
	report_free(&a);
	report_free(&b);
}

TEST(baseline_keeps_only_new_findings)
{
	struct report now, base;
	sample_report(&now);
	sample_report(&base);
	/* the baseline was taken before the INF finding existed; lines moved since */
	for (size_t i = 0; i < base.findings.n; i++)
		base.findings.items[i]->line += 7;
	for (size_t i = 0; i < base.findings.n; i++)
		if (!strcmp(base.findings.items[i]->rule, "inf-destination-dirid")) {
			finding_free(base.findings.items[i]);
			base.findings.items[i] = base.findings.items[--base.findings.n];
			break;
		}
	/* a finding without a fingerprint can never match: kept */
	finding_add(&now.findings, "r", SEV_NOTE, "new.c", 1, 1, "no id");
	size_t dropped = report_apply_baseline(&now, &base);
	CHECK_INT(dropped, 4);
	CHECK_INT(now.findings.n, 2);
	report_sort(&now);
	CHECK_STR(now.findings.items[0]->file, "new.c");
	CHECK_STR(now.findings.items[1]->rule, "inf-destination-dirid");
	/* empty baseline drops nothing */
	struct report empty;
	report_init(&empty);
	CHECK_INT(report_apply_baseline(&now, &empty), 0);
	report_free(&now), report_free(&base), report_free(&empty);
}

/* QA: merging reports without findings (UsbDk has none) tripped UBSan in
 * finding_list_take; the ASan/UBSan build of this test catches it again. */
TEST(merge_of_empty_reports_is_empty)
{
	struct report a, b, c;
	report_init(&a);
	report_init(&b);
	report_init(&c);
	b.n_files_scanned = 3;
	report_merge(&a, &b);
	report_merge(&a, &c);
	CHECK_INT(a.findings.n, 0);
	CHECK_INT(a.n_files_scanned, 3);
	report_free(&a);
	report_free(&b);
	report_free(&c);
}

int main(void)
{
	RUN(merge_of_shards_equals_the_whole);
	RUN(merge_keeps_distinct_findings_on_one_line);
	RUN(baseline_keeps_only_new_findings);
	RUN(merge_of_empty_reports_is_empty);
	return HARNESS_DONE();
}
