/* inf_rules_run as a contract: evidence paths, pre-image hashes, down-level
 * notes, the rule table, and bad input that must not crash. */
#include "tests/harness.h"
#include "test_inf_rule_common.h"

#include "core/rule_info.h"
#include "core/sha256.h"
#include "inf-migrate/rules/inf_rules_ctx.h"

static const char *LEGACY =
	"[Version]\r\nSignature=\"$WINDOWS NT$\"\r\nPnpLockdown=1\r\n"
	"[SourceDisksNames]\r\n1=%D%\r\n[SourceDisksFiles]\r\nx.sys=1\r\n"
	"[DestinationDirs]\r\nX_Files=12\r\nX_Old=12\r\n"
	"[Manufacturer]\r\n%M%=Models,NTamd64,NTamd64.10.0...16299\r\n"
	"[Models.NTamd64]\r\n%D%=X_Old_Install,PCI\\VEN_1\r\n"
	"[Models.NTamd64.10.0...16299]\r\n%D%=X_Install,PCI\\VEN_1\r\n"
	"[X_Old_Install.NTamd64]\r\nCopyFiles=X_Old\r\n"
	"[X_Install.NTamd64]\r\nCopyFiles=X_Files\r\n"
	"[X_Files]\r\nx.sys\r\n[X_Old]\r\nx.sys\r\n"
	"[Strings]\r\nM=M\r\nD=D\r\n";

static const struct finding *find(const struct finding_list *l, const char *rule, int line)
{
	for (size_t i = 0; i < l->n; i++)
		if (strcmp(l->items[i]->rule, rule) == 0 && (!line || l->items[i]->line == line))
			return l->items[i];
	return NULL;
}

TEST(evidence_names_the_path)
{
	struct inf_file *inf = tinf_parse("t.inf", LEGACY, strlen(LEGACY));
	CHECK(inf != NULL);
	struct scan_options o = tinf_opts();
	struct finding_list l = { 0 };
	tinf_run(inf, &o, &l);
	const struct finding *f = find(&l, "inf-destination-dirid", 0);
	CHECK(f != NULL);
	CHECK_INT(f->line, 9);          /* X_Files=12, the enforced list */
	CHECK_INT(f->infverif, 1322);
	CHECK_STR(f->environment, "INF");
	CHECK(f->fingerprint != NULL);
	CHECK(f->n_evidence >= 4);
	CHECK(strstr(f->evidence[0].message, "[Manufacturer]") != NULL);
	CHECK(strstr(f->evidence[1].message, "[Models.NTamd64.10.0...16299]") != NULL);
	CHECK(strstr(f->evidence[2].message, "CopyFiles=X_Files") != NULL);
	CHECK(strstr(f->evidence[f->n_evidence - 1].message, "[DestinationDirs]") != NULL);
	/* the down-level list (X_Old=12) is a deliberate copy: nothing reported */
	CHECK(find(&l, "inf-destination-dirid", 10) == NULL);
	/* pre-image hash: the raw bytes (the model re-emits them exactly) */
	char want[65];
	sha256_hex(LEGACY, strlen(LEGACY), want);
	CHECK_INT(f->n_fixes, 1);
	CHECK_STR(f->fixes[0].sha256, want);
	CHECK_STR(f->fixes[0].file, "t.inf");
	CHECK_INT(f->fixes[0].n_edits, 1);
	CHECK_STR(f->fixes[0].edits[0].replacement, "13");
	CHECK_INT(f->fixes[0].edits[0].line, 9);
	finding_list_free(&l);
	inf_free(inf);
}

TEST(verbose_reports_downlevel_as_notes_without_fixes)
{
	struct inf_file *inf = tinf_parse("t.inf", LEGACY, strlen(LEGACY));
	CHECK(inf != NULL);
	struct scan_options o = tinf_opts();
	o.verbose = true;
	struct finding_list l = { 0 };
	tinf_run(inf, &o, &l);
	const struct finding *f = find(&l, "inf-destination-dirid", 10);
	CHECK(f != NULL);
	CHECK_INT(f->severity, SEV_NOTE);
	CHECK_INT(f->n_fixes, 0);
	CHECK(strstr(f->message, "down-level") != NULL);
	CHECK(strstr(f->message, "16299") != NULL);
	finding_list_free(&l);
	/* --wbuild moves the enforcement point but not what is down-level */
	o.verbose = false;
	o.wbuild = 16299;
	tinf_run(inf, &o, &l);
	CHECK(find(&l, "inf-destination-dirid", 10) == NULL);
	finding_list_free(&l);
	inf_free(inf);
}

TEST(null_options_use_defaults)
{
	struct inf_file *inf = tinf_parse("t.inf", LEGACY, strlen(LEGACY));
	CHECK(inf != NULL);
	struct finding_list l = { 0 };
	inf_rules_run(inf, "t.inf", NULL, &l);
	CHECK(l.n > 0);
	finding_list_free(&l);
	inf_rules_run(NULL, "t.inf", NULL, &l);
	CHECK_INT(l.n, 0);
	inf_free(inf);
}

TEST(hostile_input_does_not_crash)
{
	static const char *const cases[] = {
		"",
		"[Manufacturer]\n",
		"[Manufacturer]\n=,,,\n%M%=\n%M%=,NT\n%M%=Loop,NTamd64\n[Loop.NTamd64]\n=Loop.NTamd64\n%D%=Loop.NTamd64,x\n",
		"[Manufacturer]\nM=A\n[A]\nD=I,x\n[I]\nAddReg=I\nCopyFiles=I\nNeeds=I\n[I.Services]\nAddService=,,,\nAddService=s,2,I\n",
		"[DestinationDirs]\nDefaultDestDir=\n[DefaultInstall]\nCopyFiles=@\nCopyFiles=L\n[L]\n,,,0x4000\n",
		"[Manufacturer]\nM=A,NTamd64.99999999999999999999\n[A.NTamd64.99999999999999999999]\n",
		"[DefaultInstall.NTamd64]\nAddReg=R\n[R]\nHKLM\nHKLM,\nHKLM,System\\CurrentControlSet\\Services\\\nHKR,,,0x8\n",
		"[Version]\nPnpLockdown=\n[DestinationDirs]\nL=\nDefaultDestDir=\n[Manufacturer]\nM=A,NTamd64\n[A.NTamd64]\nD=I,x\n"
		"[I]\nCopyFiles=L,@f.sys\nAddReg=R\n[I.Services]\nAddService=s,2,S\n[S]\nServiceBinary=%12%\\f.sys\n"
		"[R]\nHKLM,System\\CurrentControlSet\\Services\\s\\Parameters\n[L]\nf.sys\n",
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		struct inf_file *inf = tinf_parse("h.inf", cases[i], strlen(cases[i]));
		if (!inf)
			continue;
		struct scan_options o = tinf_opts();
		o.verbose = true;
		o.keep_downlevel = true;
		struct finding_list l = { 0 };
		tinf_run(inf, &o, &l);
		char *out = NULL;
		size_t n = 0;
		char err[256];
		CHECK(tinf_apply_all(inf, &l, &out, &n, err, sizeof(err)) == 0);
		free(out);
		finding_list_free(&l);
		inf_free(inf);
	}
}

TEST(utf16le_generated_in_test_keeps_encoding)
{
	size_t n;
	char *bytes = tinf_utf16le(LEGACY, &n);
	struct inf_file *inf = tinf_parse("t.inf", bytes, n);
	CHECK(inf != NULL);
	struct scan_options o = tinf_opts();
	struct finding_list l = { 0 };
	tinf_run(inf, &o, &l);
	char *out = NULL;
	size_t on = 0;
	char err[256];
	CHECK(tinf_apply_all(inf, &l, &out, &on, err, sizeof(err)) == 0);
	CHECK(on > 2 && (unsigned char)out[0] == 0xFF && (unsigned char)out[1] == 0xFE);
	/* exactly one change: "X_Files=12" -> "X_Files=13", one UTF-16 code unit */
	CHECK_INT(on, n);
	size_t diffs = 0;
	for (size_t i = 0; i < n; i++)
		diffs += out[i] != bytes[i];
	CHECK_INT(diffs, 1);
	free(out);
	finding_list_free(&l);
	inf_free(inf);
	free(bytes);
}

TEST(rule_table_is_complete)
{
	static const struct {
		const char *id;
		int code;
	} ids[] = {
		{ "inf-destination-dirid", 1322 }, { "inf-file-reference", 2084 }, { "inf-copyfiles-rename", 1100 },
		{ "inf-copyfiles-subdir", 1100 }, { "inf-copyfiles-duplicate", 1100 }, { "inf-file-security", 1101 },
		{ "inf-copyfiles-flag", 1103 }, { "inf-inbox-binary", 2650 }, { "inf-registry-root", 1321 },
		{ "inf-registry-own-service", 1321 }, { "inf-registry-foreign-service", 1321 },
		{ "inf-registry-directive", 1321 }, { "inf-registry-hkcr", 2660 }, { "inf-service-root-value", 1323 },
		{ "inf-service-intrinsic-value", 1323 }, { "inf-addreg-filters", 1329 }, { "inf-addreg-append", 1305 },
		{ "inf-legacy-directive", 1300 }, { "inf-coinstaller", 1303 }, { "inf-target-os", 1199 },
		{ "inf-pnplockdown", 1324 }, { "inf-umdf1", 1402 },
	};
	for (size_t i = 0; i < sizeof(ids) / sizeof(ids[0]); i++) {
		const struct rule_info *r = rule_lookup(ids[i].id);
		CHECK(r != NULL);
		CHECK_STR(r->family, "inf");
		CHECK_INT(r->infverif, ids[i].code);
		CHECK(r->summary && *r->summary && r->explain && strlen(r->explain) > 40);
		CHECK(r->doc_url && strncmp(r->doc_url, "https://learn.microsoft.com/", 28) == 0);
	}
}

/* Mutated golden inputs: the rules never crash and their fixes always apply
 * together (no two findings' edits overlap), whatever the text. */
TEST(mutated_inputs_keep_fixes_consistent)
{
	static const char *const cases[] = { "wdm_service_params/input.inf", "registry_mix/input.inf",
					     "legacy_ops/input.inf", "kmdf_inx_downlevel/input.inx",
					     "service_two_os/input.inf", "copy_names/input.inf" };
	unsigned long seed = 12345;
	int runs = 0;
	for (size_t k = 0; k < sizeof(cases) / sizeof(cases[0]); k++) {
		char *path = xasprintf("%s/inf_rules/%s", DRISO_FIXTURES, cases[k]);
		char *orig;
		size_t n;
		CHECK(read_file(path, &orig, &n) == 0);
		free(path);
		for (int m = 0; m < 150; m++) {
			char *buf = xmalloc(n + 8);
			memcpy(buf, orig, n);
			size_t len = n;
			for (int edits = 0; edits < 3; edits++) {
				seed = seed * 6364136223846793005UL + 1442695040888963407UL;
				size_t at = (size_t)(seed >> 33) % (len ? len : 1);
				static const char junk[] = "\n,;\"%\\=[]x13";
				char ch = junk[(seed >> 20) % (sizeof(junk) - 1)];
				if ((seed >> 40) & 1) {
					if (len)
						memmove(buf + at, buf + at + 1, len - at - 1), len--;
				} else {
					memmove(buf + at + 1, buf + at, len - at);
					buf[at] = ch;
					len++;
				}
			}
			struct inf_file *inf = tinf_parse("m.inf", buf, len);
			if (inf) {
				struct scan_options o = tinf_opts();
				o.verbose = m & 1;
				o.keep_downlevel = (m % 3) == 0;
				struct finding_list l = { 0 };
				tinf_run(inf, &o, &l);
				char *out = NULL;
				size_t on = 0;
				char err[256] = "";
				int rc = tinf_apply_all(inf, &l, &out, &on, err, sizeof(err));
				if (rc != 0)
					fprintf(stderr, "%s mutation %d: %s\n", cases[k], m, err);
				free(out);
				finding_list_free(&l);
				inf_free(inf);
				runs++;
				if (rc != 0) {
					free(buf);
					free(orig);
					CHECK(rc == 0);
				}
			}
			free(buf);
		}
		free(orig);
	}
	CHECK(runs > 500);
}

/* QA regressions: advice must name only things that exist, and FltMgr-owned
 * values must not move to Parameters before 24H2. */
static const char *SERIAL_PORT =
	"[Version]\r\nSignature=\"$WINDOWS NT$\"\r\nPnpLockdown=1\r\n"
	"[Manufacturer]\r\n%M%=Models,NTamd64.10.0...16299\r\n"
	"[Models.NTamd64.10.0...16299]\r\n%D%=Port,ACME\\PORT\r\n"
	"[Port.NTamd64]\r\n[Port.NTamd64.HW]\r\nAddReg=Port_HW\r\n"
	"[Port_HW]\r\nHKR,,\"UpperFilters\",0x00010000,\"serenum\"\r\n"
	"[Port.NTamd64.Services]\r\nAddService=port,2,Port_Svc\r\n"
	"[Port_Svc]\r\nServiceType=1\r\nStartType=3\r\nErrorControl=1\r\nServiceBinary=%13%\\port.sys\r\n"
	"AddReg=Port_Svc_Reg\r\n"
	"[Port_Svc_Reg]\r\nHKR,,SupportedFeatures,0x00010001,3\r\nHKR,,Verbose,0x00010001,1\r\n"
	"[Strings]\r\nM=M\r\nD=D\r\n";

TEST(inbox_filter_and_fltmgr_values_advice)
{
	struct inf_file *inf = tinf_parse("p.inf", SERIAL_PORT, strlen(SERIAL_PORT));
	CHECK(inf != NULL);
	struct scan_options o = tinf_opts();
	struct finding_list l = { 0 };
	tinf_run(inf, &o, &l);
	const struct finding *f = find(&l, "inf-addreg-filters", 12);
	CHECK(f != NULL);
	CHECK(strstr(f->proposal, "AddFilter = serenum") != NULL);
	CHECK(strstr(f->proposal, "SerEnumFilter") == NULL);   /* no such section in msports.inf */
	{
		/* IddCx's kernel filter: was "nothing: ... installed by Windows" (removal
		 * would detach it; Microsoft's IddSampleDriver attaches it itself) */
		const char *advice = NULL;
		CHECK(inf_inbox_binary("IndirectKmd.sys", &advice));
		CHECK(advice && strstr(advice, "AddFilter = IndirectKmd") != NULL);
		CHECK(strncmp(advice, "nothing", 7) != 0);
	}
	f = find(&l, "inf-service-root-value", 22);             /* SupportedFeatures: FltMgr reads it */
	CHECK(f != NULL);
	CHECK_INT(f->n_fixes, 0);
	CHECK(strstr(f->proposal, "25952") != NULL);
	f = find(&l, "inf-service-root-value", 23);             /* the driver's own value moves */
	CHECK(f != NULL);
	CHECK_INT(f->n_fixes, 1);
	finding_list_free(&l);
	inf_free(inf);
}

static const char *JOYSTICK =
	"[Version]\r\nSignature=\"$WINDOWS NT$\"\r\nPnpLockdown=1\r\n"
	"[Manufacturer]\r\n%M%=Models,NTamd64.10.0...16299\r\n"
	"[Models.NTamd64.10.0...16299]\r\n%D%=Joy,HID\\VID_1234\r\n"
	"[Joy.NTamd64]\r\nAddReg=Joy_Reg\r\n"
	"[Joy_Reg]\r\n"
	"HKLM,SYSTEM\\CurrentControlSet\\Control\\MediaProperties\\PrivateProperties\\Joystick\\OEM\\VID_1234,OEMName,,\"Joy\"\r\n"
	"HKLM,SYSTEM\\CurrentControlSet\\Control\\DmaSecurity\\AllowedBuses,Bus,,\"x\"\r\n"
	"HKLM,SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\WINEVT\\Publishers\\{1},,,\"x\"\r\n"
	"[Joy.NTamd64.Services]\r\nAddService=,2\r\n"
	"[Strings]\r\nM=M\r\nD=D\r\n";

TEST(directive_key_proposals_read_as_advice)
{
	struct inf_file *inf = tinf_parse("j.inf", JOYSTICK, strlen(JOYSTICK));
	CHECK(inf != NULL);
	struct scan_options o = tinf_opts();
	struct finding_list l = { 0 };
	tinf_run(inf, &o, &l);
	const struct finding *f = find(&l, "inf-registry-directive", 11);
	CHECK(f != NULL);
	CHECK(strncmp(f->proposal, "no isolated equivalent", 22) == 0);   /* was "use no isolated ... (-)" */
	CHECK(strstr(f->proposal, "(-)") == NULL);
	f = find(&l, "inf-registry-directive", 12);
	CHECK(f != NULL);
	CHECK(strncmp(f->proposal, "delete the line", 15) == 0);
	CHECK(strstr(f->proposal, "(any)") == NULL);
	f = find(&l, "inf-registry-directive", 13);
	CHECK(f != NULL);
	CHECK(strncmp(f->proposal, "use [<DDInstall>.Events] AddEventProvider", 41) == 0);
	CHECK(strstr(f->proposal, "(minimum OS: Windows 10 1809 (17763))") != NULL);
	finding_list_free(&l);
	inf_free(inf);
}

/* QA: hidden's Hidden.inf is built for Win32 and x64; renaming [DefaultInstall]
 * to NTamd64 must say that other architectures need their own section. */
static const char *PRIMITIVE =
	"[Version]\r\nSignature=\"$WINDOWS NT$\"\r\nPnpLockdown=1\r\n"
	"[DestinationDirs]\r\nF=13\r\n"
	"[DefaultInstall]\r\nCopyFiles=F\r\n"
	"[DefaultInstall.Services]\r\nAddService=f,,F_Svc\r\n"
	"[F_Svc]\r\nServiceType=2\r\nStartType=3\r\nErrorControl=1\r\nServiceBinary=%13%\\f.sys\r\n"
	"[F]\r\nf.sys\r\n[SourceDisksFiles]\r\nf.sys=1\r\n[SourceDisksNames]\r\n1=%D%\r\n"
	"[Strings]\r\nD=D\r\n";

TEST(undecorated_defaultinstall_names_other_architectures)
{
	struct inf_file *inf = tinf_parse("p.inf", PRIMITIVE, strlen(PRIMITIVE));
	CHECK(inf != NULL);
	struct scan_options o = tinf_opts();
	struct finding_list l = { 0 };
	tinf_run(inf, &o, &l);
	const struct finding *f = find(&l, "inf-target-os", 0);
	CHECK(f != NULL);
	CHECK(strstr(f->proposal, "[DefaultInstall.NTamd64]") != NULL);
	CHECK(strstr(f->proposal, "[DefaultInstall.NTx86]") != NULL);
	CHECK_INT(f->n_fixes, 1);
	finding_list_free(&l);
	inf_free(inf);
}

int main(void)
{
	RUN(mutated_inputs_keep_fixes_consistent);
	RUN(evidence_names_the_path);
	RUN(verbose_reports_downlevel_as_notes_without_fixes);
	RUN(null_options_use_defaults);
	RUN(hostile_input_does_not_crash);
	RUN(utf16le_generated_in_test_keeps_encoding);
	RUN(rule_table_is_complete);
	RUN(inbox_filter_and_fltmgr_values_advice);
	RUN(directive_key_proposals_read_as_advice);
	RUN(undecorated_defaultinstall_names_other_architectures);
	return HARNESS_DONE();
}
