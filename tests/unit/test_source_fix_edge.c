/*
 * Shapes a rewrite must get right or leave alone
 * (tests/fixtures/source_fixes/wdm_edge): an open nested in a condition is
 * still rewritten (only the call changes); a query nested in a condition is
 * not (it needs a statement rewrite) and says why; comments holding brackets
 * and commas inside an argument list do not confuse the argument spans.
 */
#include "test_source_fix_common.h"

TEST(edge_round_trip)
{
	struct sfx_scan s;
	bool ok;
	sfx_round_trip("wdm_edge", NULL, &s, &ok, NULL);
	CHECK(ok);
	CHECK_INT(s.findings.n, 3);
	CHECK_INT(s.n_fixed, 2);
	const struct finding *cond = sfx_find(&s, "edge.c", 43, "registry-absolute");
	CHECK(cond != NULL);
	CHECK_INT(cond->n_fixes, 0);
	CHECK(sfx_has_evidence(cond, "no automatic fix: the call is not a plain statement"));
	finding_list_free(&s.findings);
}

int main(void)
{
	RUN(edge_round_trip);
	return HARNESS_DONE();
}
