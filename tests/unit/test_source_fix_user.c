/*
 * User-mode service fixes (tests/fixtures/source_fixes/user): RegOpenKeyExW(HKLM,
 * own Parameters) -> GetServiceRegistryStateKey(g_Status, Parameters for reads,
 * Persistent for writes); the params-write finding shares the open's edit.
 */
#include "test_source_fix_common.h"

TEST(user_round_trip)
{
	struct sfx_scan s;
	bool ok;
	sfx_round_trip("user", NULL, &s, &ok, NULL);
	CHECK(ok);
	CHECK_INT(s.findings.n, 3);
	CHECK_INT(s.n_fixed, 3);
	for (size_t i = 0; i < s.findings.n; i++) {
		const struct finding *f = s.findings.items[i];
		/* every finding either carries a fix or says why it has none */
		if (!f->n_fixes && !sfx_has_evidence(f, "no automatic fix: "))
			HARNESS_FAIL("%s:%d %s has neither a fix nor a reason", f->file, f->line, f->rule);
	}
	finding_list_free(&s.findings);
}

/* user_downlevel: the same service with _WIN32_WINNT=0x0601 in its vcxproj.
 * GetServiceRegistryStateKey (2004) is resolved with GetProcAddress and the
 * original RegOpenKeyExW stays as the fallback, also inside an `if` condition;
 * no SERVICE_REGISTRY_STATE_TYPE (older SDKs lack it); the rescan tolerates
 * the fallback. */
TEST(user_downlevel_round_trip)
{
	struct sfx_scan s;
	bool ok;
	sfx_round_trip("user_downlevel", NULL, &s, &ok, NULL);
	CHECK(ok);
	CHECK_INT(s.findings.n, 3);
	CHECK_INT(s.n_fixed, 3);
	for (size_t i = 0; i < s.findings.n; i++) {
		const struct finding *f = s.findings.items[i];
		CHECK(sfx_has_evidence(f, "targets build 7600: GetServiceRegistryStateKey is resolved at run time"));
		for (size_t k = 0; k < f->n_fixes; k++)
			for (size_t e = 0; e < f->fixes[k].n_edits; e++)
				CHECK(!strstr(f->fixes[k].edits[e].replacement, "SERVICE_REGISTRY_STATE_TYPE"));
	}
	finding_list_free(&s.findings);
}

int main(void)
{
	RUN(user_round_trip);
	RUN(user_downlevel_round_trip);
	return HARNESS_DONE();
}
