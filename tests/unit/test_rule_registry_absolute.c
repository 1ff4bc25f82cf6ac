/*
 * registry-absolute: golden findings on WDM, KMDF, user-mode and cross-TU
 * wrapper snippets (tests/fixtures/rules/registry_absolute), plus the
 * evidence chain and the proposal of one finding.
 */
#include "test_rule_common.h"

RT_FAMILY_TEST(registry_absolute_fixtures, "registry_absolute")

TEST(evidence_chain_names_macro_and_sink)
{
	struct finding_list l = { 0 };
	rt_scan(RULE_FIX "registry_absolute/wdm_macro_and_registrypath.c", &l, NULL);
	const struct finding *f = rt_find(&l, "registry-absolute", 45);
	CHECK(f != NULL);
	char *ev = rt_evidence(f);
	CHECK_CONTAINS(ev, "macro PARAMS_PATH");
	CHECK_CONTAINS(ev, "RtlInitUnicodeString(...) sets path");
	CHECK_CONTAINS(ev, "InitializeObjectAttributes(oa, ...)");
	CHECK_CONTAINS(ev, "ZwOpenKey(...) opens the key by absolute path");
	CHECK_STR(f->file, "wdm_macro_and_registrypath.c");
	CHECK_STR(f->environment, "WDM");
	CHECK_CONTAINS(f->proposal, "IoOpenDriverRegistryKey(DriverObject, DriverRegKeyParameters, KEY_READ, 0, &params)");
	CHECK_CONTAINS(f->proposal, "RTL_REGISTRY_HANDLE");
	CHECK_CONTAINS(f->proposal, "HKR,Parameters");
	CHECK(f->fingerprint && strlen(f->fingerprint) > 8);
	free(ev);

	/* the saved global copy is traced back to DriverEntry's RegistryPath */
	f = rt_find(&l, "registry-absolute", 15);
	CHECK(f != NULL);
	ev = rt_evidence(f);
	CHECK_CONTAINS(ev, "DriverEntry parameter RegistryPath");
	CHECK_CONTAINS(ev, "RtlCopyUnicodeString(...) sets g_RegistryPath");
	free(ev);
	finding_list_free(&l);
}

TEST(wrapper_evidence_names_the_caller)
{
	struct finding_list l = { 0 };
	rt_scan(RULE_FIX "registry_absolute/wrapper_cross_tu", &l, NULL);
	CHECK_INT(l.n, 1);
	char *ev = rt_evidence(l.items[0]);
	CHECK_CONTAINS(ev, "driver.c:9 string \"\\Registry\\Machine\\Software\\Contoso\\State\"");
	CHECK_CONTAINS(ev, "passed as argument 1 (path) of OpenMyKey()");
	CHECK_STR(l.items[0]->file, "helper.c");
	free(ev);
	finding_list_free(&l);
}

TEST(kmdf_proposal_and_downlevel_wdm)
{
	struct finding_list l = { 0 };
	rt_scan(RULE_FIX "registry_absolute/kmdf_wdfregistry.c", &l, NULL);
	const struct finding *f = rt_find(&l, "registry-absolute", 19);
	CHECK(f != NULL);
	CHECK_STR(f->environment, "KMDF");
	CHECK_CONTAINS(f->proposal, "WdfDriverOpenParametersRegistryKey(WdfGetDriver(), KEY_READ, WDF_NO_OBJECT_ATTRIBUTES, &params)");
	finding_list_free(&l);

	/* a WDM target older than 1803 gets the resolve-at-run-time form */
	struct rt_env env = { .model = MODEL_WDM, .build = 14393 };
	snprintf(env.name, sizeof(env.name), "mydrv");
	struct finding_list l2 = { 0 };
	rt_scan(RULE_FIX "registry_absolute/wdm_macro_and_registrypath.c", &l2, &env);
	f = rt_find(&l2, "registry-absolute", 45);
	CHECK(f != NULL);
	CHECK_CONTAINS(f->proposal, "MmGetSystemRoutineAddress");
	CHECK_CONTAINS(f->proposal, "IoOpenDriverRegistryKey");
	finding_list_free(&l2);
}

TEST(verbose_reports_tolerated_reads)
{
	/* rt_scan has no verbose switch: run the rules by hand on the negative fixture */
	char *path = xstrdup(RULE_FIX "registry_absolute/wdm_isolated_negative.c");
	struct rt_env env;
	rt_read_header(path, &env);
	struct tu_config cfg = rt_cfg(path, &env);
	struct frontend *fe = frontend_new();
	struct diag_list d = { 0 };
	struct tu_facts *t = frontend_parse(fe, &cfg, &d);
	const struct tu_config *cp[1] = { &cfg };
	struct scan_options opts = { .root = RULE_FIX "registry_absolute", .verbose = true };
	struct finding_list l = { 0 };
	source_rules_run(&t, cp, 1, &opts, &l);
	CHECK_INT(l.n, 1);
	CHECK_STR(l.items[0]->target, "tolerated-os-hardware-key");
	CHECK_INT(l.items[0]->severity, SEV_NOTE);
	finding_list_free(&l);
	tu_facts_free(t);
	diag_list_free(&d);
	frontend_free(fe);
	rt_free_cfg(&cfg);
	free(path);
}

int main(void)
{
	RUN(registry_absolute_fixtures);
	RUN(evidence_chain_names_macro_and_sink);
	RUN(wrapper_evidence_names_the_caller);
	RUN(kmdf_proposal_and_downlevel_wdm);
	RUN(verbose_reports_tolerated_reads);
	return HARNESS_DONE();
}
