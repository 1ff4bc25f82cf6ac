/*
 * WDM source fixes (tests/fixtures/source_fixes/wdm): RtlQueryRegistryValues
 * on the own Parameters path (return form) and on RegistryPath with a
 * "Parameters" SUBKEY entry (assignment form, RTL_REGISTRY_OPTIONAL kept);
 * ZwCreateKey + ZwSetValueKey -> persistent state; a \??\C:\ dump file ->
 * IoGetDriverDirectory; helpers without a DRIVER_OBJECT get a global saved
 * in DriverEntry. driver.c is CRLF and must stay CRLF.
 */
#include "test_source_fix_common.h"

TEST(wdm_round_trip)
{
	struct sfx_scan s;
	bool ok;
	char *dir = NULL;
	sfx_round_trip("wdm", NULL, &s, &ok, &dir);
	CHECK(ok);
	/* 6 source findings, 5 fixed; "Start" read from the service key itself refused with a reason */
	CHECK_INT(s.findings.n, 6);
	CHECK_INT(s.n_fixed, 5);
	const struct finding *start = sfx_find(&s, "driver.c", 40, "registry-absolute");
	CHECK(start != NULL);
	CHECK_INT(start->n_fixes, 0);
	CHECK(sfx_has_evidence(start, "no automatic fix: the table reads values of the service key itself"));
	/* the two findings on one key share one edit set */
	const struct finding *open = sfx_find(&s, "state.c", 17, "registry-absolute");
	const struct finding *write = sfx_find(&s, "state.c", 22, "params-write");
	CHECK(open && write && open->n_fixes == write->n_fixes);
	/* CRLF stays CRLF: every LF of the patched driver.c follows a CR */
	char *path = path_join(dir, "driver.c"), *data = NULL;
	size_t len = 0;
	CHECK(read_file(path, &data, &len) == 0);
	CHECK(strstr(data, "g_DriverObject = DriverObject;\r\n") != NULL);
	for (size_t i = 0; i < len; i++)
		if (data[i] == '\n' && (i == 0 || data[i - 1] != '\r'))
			HARNESS_FAIL("bare LF at byte %zu of patched driver.c", i);
	free(data);
	free(path);
	/* state.c is LF and stays LF */
	path = path_join(dir, "state.c");
	CHECK(read_file(path, &data, &len) == 0);
	CHECK(strchr(data, '\r') == NULL);
	CHECK(strstr(data, "extern PDRIVER_OBJECT g_DriverObject;\n") != NULL);
	free(data);
	free(path);
	sfx_rmtree(dir);
	free(dir);
	finding_list_free(&s.findings);
}

/* Attaching twice (a finding that already has a fix is left alone) gives the same edits. */
TEST(wdm_attach_twice_same_edits)
{
	char *dir = sfx_copy(SFX_FIXTURES "wdm");
	struct sfx_scan once, twice;
	sfx_run_n(dir, NULL, &once, 1);
	sfx_run_n(dir, NULL, &twice, 2);
	struct strbuf a = STRBUF_INIT, b = STRBUF_INIT;
	CHECK(sfx_patch(dir, &once, &a, false) == 0);
	CHECK(sfx_patch(dir, &twice, &b, false) == 0);
	CHECK(a.len > 0);
	CHECK_STR(a.buf, b.buf);
	CHECK_INT(once.n_fixed, twice.n_fixed);
	strbuf_release(&a);
	strbuf_release(&b);
	sfx_rmtree(dir);
	free(dir);
	finding_list_free(&once.findings);
	finding_list_free(&twice.findings);
}

int main(void)
{
	RUN(wdm_round_trip);
	RUN(wdm_attach_twice_same_edits);
	return HARNESS_DONE();
}
