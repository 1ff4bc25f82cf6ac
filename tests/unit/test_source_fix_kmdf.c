/*
 * KMDF source fixes (tests/fixtures/source_fixes/kmdf): WdfDriverOpenParametersRegistryKey
 * written through -> WdfDriverOpenPersistentStateRegistryKey; ZwOpenKey(KEY_ALL_ACCESS)
 * on the own Parameters key that is only read -> IoOpenDriverRegistryKey(
 * WdfDriverWdmGetDriverObject(WdfGetDriver()), DriverRegKeyParameters, KEY_READ);
 * a \SystemRoot\ log spelled through a macro -> IoGetDriverDirectory; a helper
 * DriverEntry calls before WdfDriverCreate is left alone (WdfGetDriver() is NULL).
 */
#include "test_source_fix_common.h"

TEST(kmdf_round_trip)
{
	struct sfx_scan s;
	bool ok;
	sfx_round_trip("kmdf", NULL, &s, &ok, NULL);
	CHECK(ok);
	CHECK_INT(s.findings.n, 5);
	CHECK_INT(s.n_fixed, 4);
	/* a helper DriverEntry calls before WdfDriverCreate cannot use WdfGetDriver() */
	const struct finding *early = sfx_find(&s, "driver.c", 98, "registry-absolute");
	CHECK(early && early->n_fixes == 0);
	CHECK(sfx_has_evidence(early, "before WdfDriverCreate"));
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
	RUN(kmdf_round_trip);
	return HARNESS_DONE();
}
