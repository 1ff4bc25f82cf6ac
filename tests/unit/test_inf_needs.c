/*
 * inf_needs: the INF half of source fixes. Each case parses an INF, plans a
 * need and compares the edited INF with the expected text; then the edited
 * INF is parsed again and planning the same need must find nothing to do.
 */
#include "core/diag.h"
#include "core/finding.h"
#include "core/strbuf.h"
#include "core/text.h"
#include "core/util.h"
#include "inf-migrate/inf.h"
#include "inf-migrate/inf_edit.h"
#include "inf-migrate/inf_needs.h"
#include "tests/harness.h"

static struct inf_file *parse(const char *s)
{
	struct diag_list d = { 0 };
	struct text_error err;
	struct text_file *t = text_decode("needs.inf", s, strlen(s), &err);
	struct inf_file *inf = t ? inf_parse(t, &d) : NULL;
	diag_list_free(&d);
	return inf;
}

/* Plan `need` on `in`; the result text in *out (NULL when no edit), rc returned. */
static int plan(const char *in, const struct inf_need *need, char **out, struct strbuf *note)
{
	struct inf_file *inf = parse(in);
	struct file_fix fx = { 0 };
	int rc = inf ? inf_need_edits(inf, "pkg/needs.inf", need, &fx, note) : -9;
	*out = NULL;
	if (rc > 0) {
		char *bytes, err[256];
		size_t len;
		if (inf_edit_apply(inf, &fx, &bytes, &len, err, sizeof(err)) == 0) {
			*out = xstrndup(bytes, len);
			free(bytes);
		}
	}
	file_fix_release(&fx);
	inf_free(inf);
	return rc;
}

/* The edited INF needs nothing more: planning again is a no-op. */
static bool settled(const char *text, const struct inf_need *need)
{
	char *again;
	struct strbuf note = STRBUF_INIT;
	int rc = plan(text, need, &again, &note);
	free(again);
	strbuf_release(&note);
	return rc == 0;
}

static const char *WDM =
	"[Version]\r\n"
	"Signature=\"$WINDOWS NT$\"\r\n"
	"Class=System\r\n"
	"\r\n"
	"[DestinationDirs]\r\n"
	"DefaultDestDir = 12\r\n"
	"\r\n"
	"[SourceDisksNames]\r\n"
	"1 = %Disk%,,,\\x64\r\n"
	"\r\n"
	"[SourceDisksFiles]\r\n"
	"acme.sys   = 1,,\r\n"
	"acmeapp.exe = 1\r\n"
	"\r\n"
	"[Manufacturer]\r\n"
	"%Mfg% = Models,NTamd64\r\n"
	"\r\n"
	"[Models.NTamd64]\r\n"
	"%Dev% = Acme_Install, Root\\Acme\r\n"
	"\r\n"
	"[Acme_Install.NT]\r\n"
	"CopyFiles = Acme_Files\r\n"
	"\r\n"
	"[Acme_Files]\r\n"
	"    acme.sys ; the driver\r\n"
	"acmeapp.exe\r\n"
	"\r\n"
	"[Acme_Install.NT.Services]\r\n"
	"AddService = acme, 0x00000002, Acme_Service\r\n"
	"\r\n"
	"[Acme_Service]\r\n"
	"ServiceType   = 1\r\n"
	"StartType     = 3\r\n"
	"ErrorControl  = 1\r\n"
	"ServiceBinary = %12%\\acme.sys\r\n"
	"\r\n"
	"[Strings]\r\n"
	"Mfg = \"Acme\"\r\n"
	"Dev = \"Acme device\"\r\n"
	"Disk = \"Acme disk\"\r\n";

TEST(next_to_driver_copies_with_binary_and_mirrors_source_disk)
{
	const char *files[] = { "acme_fw.bin", "acme cal.dat" };
	struct inf_need need = { .kind = INF_NEED_NEXT_TO_DRIVER, .files = files, .n_files = 2 };
	char *out;
	struct strbuf note = STRBUF_INIT;
	CHECK_INT(plan(WDM, &need, &out, &note), 1);
	CHECK(out != NULL);
	/* next to the binary's lines, their indentation and CRLF kept; names with blanks quoted */
	CHECK(strstr(out, "    acme.sys ; the driver\r\n    acme_fw.bin\r\n    \"acme cal.dat\"\r\nacmeapp.exe\r\n") != NULL);
	CHECK(strstr(out, "acme.sys   = 1,,\r\nacme_fw.bin = 1,,\r\n\"acme cal.dat\" = 1,,\r\nacmeapp.exe = 1\r\n") != NULL);
	CHECK(strstr(note.buf, "pkg/needs.inf: acme_fw.bin, acme cal.dat copied with acme.sys by [Acme_Files]") != NULL);
	CHECK(settled(out, &need));
	/* nothing else changed: the edit only inserts lines */
	CHECK_INT(strlen(out), strlen(WDM) + strlen("    acme_fw.bin\r\n    \"acme cal.dat\"\r\n") +
				       strlen("acme_fw.bin = 1,,\r\n\"acme cal.dat\" = 1,,\r\n"));
	free(out);
	strbuf_release(&note);
}

TEST(next_to_driver_already_installed_is_a_no_op)
{
	const char *files[] = { "acmeapp.exe" };
	struct inf_need need = { .kind = INF_NEED_NEXT_TO_DRIVER, .files = files, .n_files = 1 };
	char *out;
	struct strbuf note = STRBUF_INIT;
	CHECK_INT(plan(WDM, &need, &out, &note), 0);
	CHECK(out == NULL);
	CHECK(strstr(note.buf, "already installs acmeapp.exe ([Acme_Files])") != NULL);
	strbuf_release(&note);
}

TEST(next_to_driver_direct_copyfiles_form)
{
	const char *inf =
		"[Version]\n"
		"Signature=\"$WINDOWS NT$\"\n"
		"[DestinationDirs]\n"
		"DefaultDestDir = 13\n"
		"[SourceDisksFiles]\n"
		"acme.sys = 1\n"
		"[Manufacturer]\n"
		"Acme = Models,NTamd64\n"
		"[Models.NTamd64]\n"
		"Dev = Inst, Root\\Acme\n"
		"[Inst.NT]\n"
		"CopyFiles  = @acme.sys\n"
		"[Inst.NT.Services]\n"
		"AddService = acme,2,Svc\n"
		"[Svc]\n"
		"ServiceType = 1\n"
		"ServiceBinary = %13%\\acme.sys\n";
	const char *files[] = { "acme_fw.bin" };
	struct inf_need need = { .kind = INF_NEED_NEXT_TO_DRIVER, .files = files, .n_files = 1 };
	char *out;
	struct strbuf note = STRBUF_INIT;
	CHECK_INT(plan(inf, &need, &out, &note), 1);
	CHECK(out && strstr(out, "CopyFiles  = @acme.sys\nCopyFiles  = @acme_fw.bin\n[Inst.NT.Services]") != NULL);
	CHECK(out && strstr(out, "acme.sys = 1\nacme_fw.bin = 1\n") != NULL);
	CHECK(out && settled(out, &need));
	free(out);
	strbuf_release(&note);
}

TEST(next_to_driver_without_a_driver_binary_refuses)
{
	const char *inf = "[Version]\nSignature=\"$WINDOWS NT$\"\n[Strings]\nA=1\n";
	const char *files[] = { "fw.bin" };
	struct inf_need need = { .kind = INF_NEED_NEXT_TO_DRIVER, .files = files, .n_files = 1 };
	char *out;
	struct strbuf note = STRBUF_INIT;
	CHECK_INT(plan(inf, &need, &out, &note), -1);
	CHECK(strstr(note.buf, "copies no driver binary") != NULL);
	strbuf_release(&note);
}

TEST(publish_path_new_addreg_section_expand_sz)
{
	const char *files[] = { "acmeapp.exe" };
	struct inf_need need = { .kind = INF_NEED_PUBLISH_PATH, .files = files, .n_files = 1, .expand = true };
	char *out;
	struct strbuf note = STRBUF_INIT;
	CHECK_INT(plan(WDM, &need, &out, &note), 1);
	CHECK(out && strstr(out, "[Acme_Install.NT]\r\nCopyFiles = Acme_Files\r\nAddReg    = Acme_Install.NT_PackagePaths\r\n") != NULL);
	CHECK(out && strstr(out, "[Acme_Install.NT_PackagePaths]\r\nHKR,,acmeappPath,0x00020000,%13%\\acmeapp.exe\r\n") != NULL);
	CHECK(strstr(note.buf, "acmeapp.exe as acmeappPath (REG_EXPAND_SZ)") != NULL);
	CHECK(out && settled(out, &need));
	free(out);
	strbuf_release(&note);
}

TEST(publish_path_existing_addreg_reg_sz_and_subdir)
{
	const char *inf =
		"[Version]\n"
		"Signature=\"$WINDOWS NT$\"\n"
		"[DestinationDirs]\n"
		"Files = 13,acme\n"
		"[Manufacturer]\n"
		"Acme = Models,NTamd64\n"
		"[Models.NTamd64]\n"
		"Dev = Inst, Root\\Acme\n"
		"[Inst.NT]\n"
		"CopyFiles = Files\n"
		"AddReg = Inst.Reg\n"
		"[Inst.Reg]\n"
		"HKR,,Mode,0x00010001,1\n"
		"[Files]\n"
		"acme.sys\n"
		"acme tool.dll\n";
	const char *files[] = { "acme tool.dll" };
	struct inf_need need = { .kind = INF_NEED_PUBLISH_PATH, .files = files, .n_files = 1, .expand = false };
	char *out;
	struct strbuf note = STRBUF_INIT;
	CHECK_INT(plan(inf, &need, &out, &note), 1);
	CHECK(out && strstr(out, "HKR,,Mode,0x00010001,1\nHKR,,acmetoolPath,,\"%13%\\acme\\acme tool.dll\"\n[Files]") != NULL);
	CHECK(out && settled(out, &need));
	free(out);
	strbuf_release(&note);
}

TEST(publish_path_of_a_file_the_inf_does_not_install)
{
	const char *files[] = { "other.bin" };
	struct inf_need need = { .kind = INF_NEED_PUBLISH_PATH, .files = files, .n_files = 1, .expand = true };
	char *out;
	struct strbuf note = STRBUF_INIT;
	CHECK_INT(plan(WDM, &need, &out, &note), -1);
	CHECK(strstr(note.buf, "does not install other.bin") != NULL);
	strbuf_release(&note);
}

TEST(value_names)
{
	char *v = inf_need_value_name("acme_fw.bin");
	CHECK_STR(v, "acme_fwPath");
	free(v);
	v = inf_need_value_name("my tool-2.dll");
	CHECK_STR(v, "mytool2Path");
	free(v);
	v = inf_need_value_name(".bin");
	CHECK_STR(v, "PackagePath");
	free(v);
}

int main(void)
{
	RUN(next_to_driver_copies_with_binary_and_mirrors_source_disk);
	RUN(next_to_driver_already_installed_is_a_no_op);
	RUN(next_to_driver_direct_copyfiles_form);
	RUN(next_to_driver_without_a_driver_binary_refuses);
	RUN(publish_path_new_addreg_section_expand_sz);
	RUN(publish_path_existing_addreg_reg_sz_and_subdir);
	RUN(publish_path_of_a_file_the_inf_does_not_install);
	RUN(value_names);
	return HARNESS_DONE();
}
