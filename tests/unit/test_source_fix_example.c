/*
 * The bundled example (examples/legacy-wdm) end to end, the way a user runs
 * it: `driso fix <copy> --diff out.patch`, `git apply out.patch` on a second
 * pristine copy (the UTF-16 INF's section is review-only and skipped by git),
 * then the patched sources parse without errors and a rescan has nothing
 * fixable left: only the device-name finding (a cross-driver change) stays.
 */
#include "test_source_fix_common.h"

static int run(const char *cmd)
{
	int rc = system(cmd);
	if (rc != 0)
		fprintf(stderr, "command failed (%d): %s\n", rc, cmd);
	return rc;
}

TEST(example_fix_diff_git_apply_rescan)
{
	char *a = sfx_copy(DRISO_SOURCE_DIR "/examples/legacy-wdm");
	char *b = sfx_copy(DRISO_SOURCE_DIR "/examples/legacy-wdm");
	char *patch = xasprintf("%s.patch", a);
	char *cmd = xasprintf("cd '%s' && '%s' fix . --no-cache --diff '%s' >/dev/null", a, DRISO_BINARY, patch);
	CHECK_INT(run(cmd), 0);
	free(cmd);
	char *text = NULL;
	size_t len = 0;
	CHECK(read_file(patch, &text, &len) == 0);
	CHECK(strstr(text, "diff --git a/config.c b/config.c") != NULL);
	CHECK(strstr(text, "diff --git a/driver.c b/driver.c") != NULL);
	CHECK(strstr(text, "+    g_DriverObject = DriverObject;") != NULL);
	/* the project targets Windows 7 (TargetVersion Windows7): IoOpenDriverRegistryKey
	 * and IoGetDriverDirectory (1803) are resolved at run time, the old code is the fallback */
	CHECK(strstr(text, "MmGetSystemRoutineAddress(&openDriverKeyName)") != NULL);
	CHECK(strstr(text, "openDriverKey(g_DriverObject, 0 /* DriverRegKeyParameters */, KEY_READ, 0, &paramsKey)") != NULL);
	CHECK(strstr(text, "openDriverKey(g_DriverObject, 1 /* DriverRegKeyPersistentState */") != NULL);
	CHECK(strstr(text, "DriverRegKeyParameters,") == NULL);
	CHECK(strstr(text, "MmGetSystemRoutineAddress(&getDriverDirectoryName)") != NULL);
	CHECK(strstr(text, "getDriverDirectory(g_DriverObject, 1 /* DriverDirectoryData */, 0, &dataDir)") != NULL);
	/* S6: the calibration table is opened from the image directory, and the INF half
	 * (review-only for git: the INF is UTF-16LE) ships it next to acmeio.sys */
	CHECK(strstr(text, "getDriverDirectory(g_DriverObject, 0 /* DriverDirectoryImage */, 0, &imageDir)") != NULL);
	CHECK(strstr(text, "\n acmeio.sys\r\n+acmecal.bin\r\n") != NULL);
	CHECK(strstr(text, "\n acmeio.sys = 1,,\r\n+acmecal.bin = 1,,\r\n") != NULL);
	free(text);
	cmd = xasprintf("cd '%s' && git apply --check '%s' && git apply '%s'", b, patch, patch);
	CHECK_INT(run(cmd), 0);
	free(cmd);
	struct sfx_scan s;
	sfx_run(b, NULL, &s);
	CHECK_INT(s.parse_errors, 0);
	CHECK_INT(s.n_fixed, 0);
	CHECK_INT(s.findings.n, 1);
	CHECK_STR(s.findings.items[0]->rule, "device-name");
	finding_list_free(&s.findings);
	unlink(patch);
	sfx_rmtree(a);
	sfx_rmtree(b);
	free(patch);
	free(a);
	free(b);
}

int main(void)
{
	RUN(example_fix_diff_git_apply_rescan);
	return HARNESS_DONE();
}
