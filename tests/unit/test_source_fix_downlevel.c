/*
 * Registry fixes for a project that targets a build without
 * IoOpenDriverRegistryKey (wdm_downlevel_reg targets Windows 7): the routine
 * is resolved with MmGetSystemRoutineAddress, the original query or open
 * stays as the fallback where it is missing, only pre-1803 types appear, and
 * the rescan recognises the fallback (a note under -v, nothing fixable).
 */
#include "test_source_fix_common.h"

TEST(downlevel_registry_round_trip)
{
	struct sfx_scan s;
	bool ok;
	sfx_round_trip("wdm_downlevel_reg", NULL, &s, &ok, NULL);
	CHECK(ok);
	CHECK_INT(s.findings.n, 2);
	CHECK_INT(s.n_fixed, 2);
	for (size_t i = 0; i < s.findings.n; i++) {
		const struct finding *f = s.findings.items[i];
		CHECK(sfx_has_evidence(f, "targets build 7600: IoOpenDriverRegistryKey is resolved at run time"));
		for (size_t k = 0; k < f->n_fixes; k++)
			for (size_t e = 0; e < f->fixes[k].n_edits; e++) {
				const char *rep = f->fixes[k].edits[e].replacement;
				/* DRIVER_REGKEY_TYPE and its enumerators are not in a Windows 7 WDK's headers */
				CHECK(!strstr(rep, "DRIVER_REGKEY_TYPE"));
				CHECK(!strstr(rep, "IoOpenDriverRegistryKey(") || strstr(rep, "L\"IoOpenDriverRegistryKey\""));
			}
	}
	finding_list_free(&s.findings);
}

int main(void)
{
	RUN(downlevel_registry_round_trip);
	return HARNESS_DONE();
}
