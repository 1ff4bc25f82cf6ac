/* Edit sets: grouping per file, ordering, duplicate merge, conflict reports,
 * rendering into decoded text. */
#include "tests/harness.h"

#include "core/finding.h"
#include "core/strbuf.h"
#include "core/text.h"
#include "core/util.h"
#include "rewriters/edit_set.h"

#include <string.h>

static const char HASH_A[] = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
static const char HASH_B[] = "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb";

static struct finding *add(struct finding_list *l, const char *rule, const char *file, int line)
{
	return finding_add(l, rule, SEV_WARNING, file, line, 1, "msg");
}

static void edit(struct finding *f, const char *file, const char *hash, size_t s, size_t e, const char *r)
{
	struct file_fix *fx = finding_fix_for(f, file, hash);
	file_fix_add_edit(fx, s, e, r);
}

static char *render(const struct edit_set *es, const char *file, const char *text, struct diag_list *errs)
{
	struct text_error terr;
	struct text_file *t = text_decode(file, text, strlen(text), &terr);
	if (!t)
		return NULL;
	char *out = NULL;
	size_t n;
	const struct file_edits *fe = edit_set_file(es, file);
	if (!fe || edit_set_render(fe, t, &out, &n, errs) != 0)
		out = NULL;
	text_free(t);
	return out;
}

TEST(groups_by_file_and_orders)
{
	struct finding_list l = { 0 };
	struct finding *a = add(&l, "r1", "z.c", 3);
	edit(a, "z.c", HASH_A, 10, 12, "X");
	edit(a, "b.inf", HASH_B, 5, 6, "Y");
	struct finding *b = add(&l, "r2", "z.c", 1);
	edit(b, "z.c", HASH_A, 0, 2, "W");
	struct finding *c = add(&l, "r3", "z.c", 1);
	c->suppressed = true;
	edit(c, "z.c", HASH_A, 0, 20, "suppressed: never applied");
	add(&l, "r4", "z.c", 9);   /* no fix */

	struct edit_set es;
	struct diag_list errs = { 0 };
	edit_set_init(&es);
	CHECK_INT(edit_set_add_findings(&es, &l, &errs), 0);
	CHECK_INT(errs.n, 0);
	CHECK_INT(es.n, 2);
	CHECK_STR(es.files[0].file, "b.inf");
	CHECK_STR(es.files[1].file, "z.c");
	CHECK_STR(es.files[1].sha256, HASH_A);
	CHECK_INT(es.files[1].n, 2);
	CHECK_INT(es.files[1].edits[0].start, 0);
	CHECK_INT(es.files[1].edits[1].start, 10);
	CHECK_INT(es.n_findings, 2);
	edit_set_free(&es);
	diag_list_free(&errs);
	finding_list_free(&l);
}

TEST(identical_edits_merge)
{
	struct finding_list l = { 0 };
	struct finding *a = add(&l, "inf-destination-dirid", "x.inf", 4);
	edit(a, "x.inf", HASH_A, 30, 32, "13");
	struct finding *b = add(&l, "inf-service-binary", "x.inf", 9);
	edit(b, "x.inf", HASH_A, 30, 32, "13");
	edit(b, "x.inf", HASH_A, 30, 32, "13");
	struct edit_set es;
	struct diag_list errs = { 0 };
	edit_set_init(&es);
	CHECK_INT(edit_set_add_findings(&es, &l, &errs), 0);
	CHECK_INT(es.files[0].n, 1);
	CHECK_INT(es.files[0].edits[0].n_owners, 3);
	edit_set_free(&es);
	diag_list_free(&errs);
	finding_list_free(&l);
}

TEST(overlap_reports_both_findings)
{
	struct finding_list l = { 0 };
	struct finding *a = add(&l, "registry-absolute", "d.c", 12);
	finding_set(&a->fingerprint, "fp-aaaa");
	struct file_fix *fx = finding_fix_for(a, "d.c", HASH_A);
	file_fix_add_edit(fx, 100, 140, "IoOpenDriverRegistryKey(...)");
	fx->edits[0].line = 12;
	fx->edits[0].col = 5;
	struct finding *b = add(&l, "registry-params-write", "d.c", 12);
	fx = finding_fix_for(b, "d.c", HASH_A);
	file_fix_add_edit(fx, 130, 150, "other");
	fx->edits[0].line = 12;
	fx->edits[0].col = 35;
	struct edit_set es;
	struct diag_list errs = { 0 };
	edit_set_init(&es);
	CHECK_INT(edit_set_add_findings(&es, &l, &errs), -1);
	CHECK_INT(errs.n, 1);
	CHECK_INT(es.n_conflicts, 1);
	CHECK_STR(errs.items[0].file, "d.c");
	CHECK_INT(errs.items[0].line, 12);
	CHECK_CONTAINS(errs.items[0].message, "conflicting edits");
	CHECK_CONTAINS(errs.items[0].message, "fp-aaaa (registry-absolute) at 12:5 replaces bytes 100-140");
	CHECK_CONTAINS(errs.items[0].message, "registry-params-write@d.c:12:1 at 12:35 replaces bytes 130-150");
	edit_set_free(&es);
	diag_list_free(&errs);
	finding_list_free(&l);
}

TEST(insertion_rules)
{
	/* Adjacent spans and an insertion at a span's start are fine; two
	 * different insertions at one point, and one inside a span, are not. */
	struct finding_list l = { 0 };
	struct finding *a = add(&l, "a", "f", 1);
	edit(a, "f", HASH_A, 10, 20, "x");
	edit(a, "f", HASH_A, 20, 30, "y");
	edit(a, "f", HASH_A, 10, 10, "before");
	struct edit_set es;
	struct diag_list errs = { 0 };
	edit_set_init(&es);
	CHECK_INT(edit_set_add_findings(&es, &l, &errs), 0);
	CHECK_INT(es.files[0].edits[0].end, 10);   /* the insertion sorts first */
	edit_set_free(&es);

	struct finding *b = add(&l, "b", "f", 1);
	edit(b, "f", HASH_A, 10, 10, "other insertion");
	edit(b, "f", HASH_A, 15, 15, "inside");
	edit_set_init(&es);
	CHECK_INT(edit_set_add_findings(&es, &l, &errs), -1);
	CHECK_INT(errs.n, 2);
	CHECK_CONTAINS(errs.items[0].message, "inserts at byte 10");
	CHECK_CONTAINS(errs.items[1].message, "inserts at byte 15");
	edit_set_free(&es);
	diag_list_free(&errs);
	finding_list_free(&l);
}

TEST(different_preimage_hashes_conflict)
{
	struct finding_list l = { 0 };
	edit(add(&l, "a", "f.c", 1), "f.c", HASH_A, 0, 1, "x");
	edit(add(&l, "b", "f.c", 2), "f.c", HASH_B, 5, 6, "y");
	struct edit_set es;
	struct diag_list errs = { 0 };
	edit_set_init(&es);
	CHECK_INT(edit_set_add_findings(&es, &l, &errs), -1);
	CHECK_INT(errs.n, 1);
	CHECK_CONTAINS(errs.items[0].message, "different version of the file");
	CHECK_CONTAINS(errs.items[0].message, "b@f.c:2:1");
	edit_set_free(&es);
	diag_list_free(&errs);
	finding_list_free(&l);
}

TEST(render_keeps_crlf_and_checks_spans)
{
	const char *text = "a = 1;\r\nb = 2;\r\nc = 3;\r\n";
	struct finding_list l = { 0 };
	struct finding *f = add(&l, "r", "s.c", 2);
	edit(f, "s.c", HASH_A, 8, 14, "b = 20;\nb2 = 21;");
	edit(f, "s.c", HASH_A, 24, 24, "d = 4;\r\n");
	struct edit_set es;
	struct diag_list errs = { 0 };
	edit_set_init(&es);
	CHECK_INT(edit_set_add_findings(&es, &l, &errs), 0);
	char *out = render(&es, "s.c", text, &errs);
	CHECK_STR(out, "a = 1;\r\nb = 20;\r\nb2 = 21;\r\nc = 3;\r\nd = 4;\r\n");
	free(out);
	edit_set_free(&es);

	/* Out of range: the file is shorter than the scan saw. */
	edit(f, "s.c", HASH_A, 90, 95, "z");
	edit_set_init(&es);
	CHECK_INT(edit_set_add_findings(&es, &l, &errs), 0);
	CHECK(render(&es, "s.c", text, &errs) == NULL);
	CHECK_INT(errs.n, 1);
	CHECK_CONTAINS(errs.items[0].message, "outside the file");
	edit_set_free(&es);
	diag_list_free(&errs);
	finding_list_free(&l);

	/* A span that cuts a UTF-8 character in two. */
	const char *u = "x = \"\xC3\xA9t\xC3\xA9\";\n";
	f = add(&l, "r", "u.c", 1);
	edit(f, "u.c", HASH_A, 5, 6, "e");
	edit_set_init(&es);
	CHECK_INT(edit_set_add_findings(&es, &l, &errs), 0);
	CHECK(render(&es, "u.c", u, &errs) == NULL);
	CHECK_CONTAINS(errs.items[0].message, "splits a UTF-8 character");
	edit_set_free(&es);
	diag_list_free(&errs);
	finding_list_free(&l);
}

TEST(render_lf_file_untouched_replacement)
{
	const char *text = "one\ntwo\n";
	struct finding_list l = { 0 };
	edit(add(&l, "r", "t", 1), "t", HASH_A, 4, 7, "2\n2b");
	struct edit_set es;
	struct diag_list errs = { 0 };
	edit_set_init(&es);
	CHECK_INT(edit_set_add_findings(&es, &l, &errs), 0);
	char *out = render(&es, "t", text, &errs);
	CHECK_STR(out, "one\n2\n2b\n");
	free(out);
	edit_set_free(&es);
	finding_list_free(&l);

	/* An empty file has no line-ending convention: LF stays LF. */
	edit(add(&l, "r", "e", 1), "e", HASH_A, 0, 0, "a\nb\n");
	edit_set_init(&es);
	CHECK_INT(edit_set_add_findings(&es, &l, &errs), 0);
	out = render(&es, "e", "", &errs);
	CHECK_STR(out, "a\nb\n");
	free(out);
	edit_set_free(&es);
	diag_list_free(&errs);
	finding_list_free(&l);
}

TEST(paths_normalized_before_grouping)
{
	struct finding_list l = { 0 };
	edit(add(&l, "a", "src/x.c", 1), "src/x.c", HASH_A, 0, 4, "x");
	edit(add(&l, "b", "./src//x.c", 1), "./src//x.c", HASH_A, 2, 6, "y");
	struct edit_set es;
	struct diag_list errs = { 0 };
	edit_set_init(&es);
	CHECK_INT(edit_set_add_findings(&es, &l, &errs), -1);   /* one file: they overlap */
	CHECK_INT(es.n, 1);
	CHECK_STR(es.files[0].file, "src/x.c");
	CHECK(edit_set_file(&es, "./src/x.c") == &es.files[0]);
	edit_set_free(&es);
	diag_list_free(&errs);
	finding_list_free(&l);
}

/* QA: --keep-downlevel on a three-architecture INF (Windows-driver-samples
 * pscr.inx) appends one _Downlevel section set per architecture at the end
 * of the file, all in one finding's fix: that is one ordered insertion, not
 * a conflict. Different findings inserting at one point still conflict. */
TEST(one_fix_inserts_several_times_at_one_point)
{
	const char *text = "[A]\nx=1\n";
	struct finding_list l = { 0 };
	struct finding *f = add(&l, "inf-target-os", "k.inf", 1);
	edit(f, "k.inf", HASH_A, 8, 8, "[Z_x86]\n");
	edit(f, "k.inf", HASH_A, 4, 7, "x=2");
	edit(f, "k.inf", HASH_A, 8, 8, "[B_amd64]\n");
	edit(f, "k.inf", HASH_A, 8, 8, "[A_arm64]\n");
	struct edit_set es;
	struct diag_list errs = { 0 };
	edit_set_init(&es);
	CHECK_INT(edit_set_add_findings(&es, &l, &errs), 0);
	CHECK_INT(errs.n, 0);
	char *out = render(&es, "k.inf", text, &errs);
	CHECK_STR(out, "[A]\nx=2\n[Z_x86]\n[B_amd64]\n[A_arm64]\n");   /* the fix's order, not sorted text */
	free(out);
	edit_set_free(&es);

	struct finding *g = add(&l, "inf-other", "k.inf", 2);
	edit(g, "k.inf", HASH_A, 8, 8, "[Other]\n");
	edit_set_init(&es);
	CHECK_INT(edit_set_add_findings(&es, &l, &errs), -1);
	CHECK(errs.n >= 1);
	CHECK_CONTAINS(errs.items[0].message, "inserts at byte 8");
	edit_set_free(&es);
	diag_list_free(&errs);
	finding_list_free(&l);
}

int main(void)
{
	RUN(groups_by_file_and_orders);
	RUN(identical_edits_merge);
	RUN(overlap_reports_both_findings);
	RUN(insertion_rules);
	RUN(one_fix_inserts_several_times_at_one_point);
	RUN(different_preimage_hashes_conflict);
	RUN(render_keeps_crlf_and_checks_spans);
	RUN(render_lf_file_untouched_replacement);
	RUN(paths_normalized_before_grouping);
	return HARNESS_DONE();
}
