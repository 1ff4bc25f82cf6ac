/*
 * Runtime writes move from Parameters to the persistent-state key only when
 * nothing else could read them back from Parameters
 * (tests/fixtures/source_fixes/kmdf_readback, the HidHide pattern): a value
 * read in another function, or written under a name that is not a constant,
 * keeps its proposal and the finding says why. The example's
 * LifetimeOpenCount (written, never read elsewhere) is covered by
 * test_source_fix_example.
 */
#include "test_source_fix_common.h"

TEST(readback_refused_with_reasons)
{
	char *dir = sfx_copy(SFX_FIXTURES "kmdf_readback");
	struct sfx_scan s;
	sfx_run(dir, NULL, &s);
	CHECK_INT(s.findings.n, 4);
	CHECK_INT(s.n_fixed, 0);
	const struct finding *active = sfx_find(&s, "config.c", 30, "params-write");
	const struct finding *named = sfx_find(&s, "config.c", 42, "params-write");
	CHECK(active && named);
	CHECK(sfx_has_evidence(active, "value \"Active\" is also used in KmdfRbGetActive"));
	CHECK(sfx_has_evidence(named, "writes a value whose name is not a constant"));
	struct strbuf patch = STRBUF_INIT;
	CHECK(sfx_patch(dir, &s, &patch, false) == 0);
	CHECK_INT(patch.len, 0);
	strbuf_release(&patch);
	finding_list_free(&s.findings);
	sfx_rmtree(dir);
	free(dir);
}

int main(void)
{
	RUN(readback_refused_with_reasons);
	return HARNESS_DONE();
}
