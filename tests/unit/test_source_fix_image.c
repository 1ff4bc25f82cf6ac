/*
 * Package files read from System32\drivers (driver-path, own-package-file):
 * the name becomes relative to IoGetDriverDirectory(DriverDirectoryImage).
 * wdm_image targets 1803+ (direct call); wdm_downlevel's project targets
 * Windows 8.1, so the routine is resolved with MmGetSystemRoutineAddress and
 * the old name is kept where it does not exist (the rescan accepts that
 * fallback: the name the open sees first is relative to the image directory).
 */
#include "test_source_fix_common.h"

TEST(image_round_trip)
{
	struct sfx_scan s;
	bool ok;
	sfx_round_trip("wdm_image", NULL, &s, &ok, NULL);
	CHECK(ok);
	CHECK_INT(s.findings.n, 1);
	CHECK_INT(s.n_fixed, 1);
	CHECK_STR(s.findings.items[0]->rule, "driver-path");
	/* the INF half is planned by the package pairing (test_inf_needs, cli
	 * paired_inf_half.sh) from the file the finding names */
	CHECK_STR(s.findings.items[0]->package_file, "wdmimg_fw.bin");
	finding_list_free(&s.findings);
}

TEST(image_downlevel_round_trip)
{
	struct sfx_scan s;
	bool ok;
	sfx_round_trip("wdm_downlevel", NULL, &s, &ok, NULL);
	CHECK(ok);
	CHECK_INT(s.n_fixed, 1);
	CHECK(sfx_has_evidence(s.findings.items[0], "targets build 9600"));
	finding_list_free(&s.findings);
}

int main(void)
{
	RUN(image_round_trip);
	RUN(image_downlevel_round_trip);
	return HARNESS_DONE();
}
