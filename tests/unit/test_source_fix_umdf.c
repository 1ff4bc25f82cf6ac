/*
 * UMDF 2 source fixes (tests/fixtures/source_fixes/umdf): the persistent-state
 * rename is made; RegOpenKeyExW(HKLM, ...Services\umdffix\Parameters) is not
 * (no service status handle in a UMDF driver) and says why.
 */
#include "test_source_fix_common.h"

TEST(umdf_round_trip)
{
	struct sfx_scan s;
	bool ok;
	sfx_round_trip("umdf", NULL, &s, &ok, NULL);
	CHECK(ok);
	CHECK_INT(s.findings.n, 3);
	CHECK_INT(s.n_fixed, 2);
	for (size_t i = 0; i < s.findings.n; i++) {
		const struct finding *f = s.findings.items[i];
		/* every finding either carries a fix or says why it has none */
		if (!f->n_fixes && !sfx_has_evidence(f, "no automatic fix: "))
			HARNESS_FAIL("%s:%d %s has neither a fix nor a reason", f->file, f->line, f->rule);
	}
	finding_list_free(&s.findings);
}

int main(void)
{
	RUN(umdf_round_trip);
	return HARNESS_DONE();
}
