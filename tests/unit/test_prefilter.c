/*
 * scan_prefilter: the rule-token list covers every API name the rules
 * match (grepped from their sources), stems and word starts, header
 * resolution (case, backslashes, -I, nesting, computed includes), the code
 * view (prototypes and struct members do not count, bodies and macros do)
 * and the cross-TU fixpoint on the crossdrv fixture parsed with libclang.
 */
#include "cli/scan_prefilter.h"
#include "analyzer/compile_env.h"
#include "analyzer/frontend.h"
#include "core/diag.h"
#include "core/util.h"
#include "tests/harness.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <dirent.h>
#include <sys/stat.h>
#include <unistd.h>

/* The sources whose quoted API names the token list must cover: every
 * file in analyzer/rules/ and analyzer/value_track*.c, source_rules*.c. */
static bool rule_source(const char *dir, const char *name)
{
	if (!str_ends_with(name, ".c"))
		return false;
	return !strcmp(dir, "analyzer/rules") || str_starts_with(name, "value_track") || str_starts_with(name, "source_rules");
}

/*
 * Quoted names in those sources that are NOT a rule's call, so need no
 * token: each reaches a finding only through a value that flows into a
 * rule's call in a parsed TU, which the fixpoint follows. A new name in the
 * rules fails this test until it is either matched by a token in
 * cli/scan_prefilter.c or classified here.
 */
static const char *const not_rule_calls =
	/* value builders (value_track): they compute a string, a rule call judges it */
	" RtlInitUnicodeString RtlInitUnicodeStringEx RtlUnicodeStringInit RtlUnicodeStringInitEx RtlInitString"
	" RtlInitAnsiString RtlCreateUnicodeString RtlCopyUnicodeString RtlUnicodeStringCopy RtlUnicodeStringCopyString"
	" RtlUnicodeStringCbCopyStringN RtlUnicodeStringCchCopyStringN RtlAnsiStringToUnicodeString RtlDuplicateUnicodeString"
	" RtlAppendUnicodeToString RtlAppendUnicodeStringToString RtlUnicodeStringCat RtlUnicodeStringCatString"
	" RtlUnicodeStringCbCatStringN RtlUnicodeStringPrintf RtlUnicodeStringPrintfEx RtlStringCchPrintfW RtlStringCbPrintfW"
	" RtlStringCchPrintfA RtlStringCbPrintfA RtlStringCchPrintfExW RtlStringCbPrintfExW StringCchPrintfW StringCbPrintfW"
	" StringCchPrintfA StringCbPrintfA StringCchPrintfExW StringCbPrintfExW swprintf swprintf_s _swprintf _snwprintf"
	" _snwprintf_s sprintf sprintf_s _snprintf _snprintf_s snprintf wsprintfW wsprintfA RtlStringCchCopyW"
	" RtlStringCbCopyW RtlStringCchCopyNW RtlStringCbCopyNW RtlStringCchCopyA RtlStringCbCopyA StringCchCopyW"
	" StringCbCopyW StringCchCopyNW StringCbCopyNW StringCchCopyA StringCbCopyA wcscpy wcscpy_s wcsncpy wcsncpy_s"
	" strcpy strcpy_s strncpy strncpy_s lstrcpyW lstrcpyA lstrcpynW RtlStringCchCatW RtlStringCbCatW RtlStringCchCatNW"
	" RtlStringCbCatNW RtlStringCchCatA StringCchCatW StringCbCatW StringCchCatNW StringCchCatA StringCbCatA wcscat"
	" wcscat_s wcsncat wcsncat_s strcat strcat_s lstrcatW lstrcatA RtlCopyMemory RtlMoveMemory memcpy memmove CopyMemory"
	" ExpandEnvironmentStringsW ExpandEnvironmentStringsA PathCombineW PathCombineA PathCchCombine PathCchCombineEx"
	" PathAppendW PathAppendA PathCchAppend PathCchAppendEx InitializeObjectAttributes WdfStringGetUnicodeString printf"
	/* value sources: directories and paths the system hands out, RegistryPath */
	" GetSystemDirectoryW GetSystemDirectoryA GetWindowsDirectoryW GetWindowsDirectoryA GetSystemWindowsDirectoryW"
	" GetSystemWindowsDirectoryA SHGetFolderPathW SHGetFolderPathA IoQueryFullDriverPath GetModuleFileNameW"
	" GetModuleFileNameA GetModuleFileNameExW GetServiceDirectory GetSharedServiceDirectory"
	" WdfDeviceRetrieveDeviceDirectoryString WdfDriverRetrieveDriverDataDirectoryString SHGetKnownFolderPath"
	" GetTempPathW GetTempPathA GetTempPath2W WdfDriverGetRegistryPath"
	/* environment of the TU itself (only matters where a rule call is) and entry points */
	" StartServiceCtrlDispatcherW StartServiceCtrlDispatcherA RegisterServiceCtrlHandlerExW RegisterServiceCtrlHandlerW"
	" DriverEntry GsDriverEntry"
	/* what a rule looks for beside the rule call, in the same function (down-level fallback) */
	" IoGetDriverDirectory MmGetSystemRoutineAddress GetProcAddress RtlIsNtDdiVersionAvailable RtlVerifyVersionInfo"
	" IsWindows10OrGreater IsWindowsVersionOrGreater"
	/* constants, HKEY roots, enum values */
	" HKEY_CLASSES_ROOT HKEY_CURRENT_USER HKEY_LOCAL_MACHINE HKEY_USERS HKEY_CURRENT_CONFIG HKCR HKCU HKLM HKU"
	" RTL_REGISTRY_ABSOLUTE RTL_REGISTRY_SERVICES RTL_REGISTRY_CONTROL RTL_REGISTRY_WINDOWS_NT RTL_REGISTRY_DEVICEMAP"
	" RTL_REGISTRY_USER RTL_REGISTRY_HANDLE RTL_REGISTRY_OPTIONAL KEY_QUERY_VALUE KEY_SET_VALUE KEY_CREATE_SUB_KEY"
	" KEY_READ KEY_WRITE KEY_ALL_ACCESS GENERIC_READ GENERIC_WRITE GENERIC_ALL FILE_SUPERSEDE FILE_OPEN FILE_CREATE"
	" FILE_OPEN_IF FILE_OVERWRITE FILE_OVERWRITE_IF CREATE_NEW CREATE_ALWAYS OPEN_EXISTING OPEN_ALWAYS TRUNCATE_EXISTING"
	" CM_GETIDLIST_FILTER_NONE CM_GETIDLIST_FILTER_ENUMERATOR CM_GETIDLIST_FILTER_SERVICE CM_GETIDLIST_FILTER_CLASS"
	" CM_GETIDLIST_FILTER_PRESENT CM_GET_DEVICE_INTERFACE_LIST_PRESENT CM_GET_DEVICE_INTERFACE_LIST_ALL_DEVICES"
	" EventCategoryDeviceInterfaceChange DriverRegKeyParameters DriverRegKeyPersistentState"
	" DriverRegKeySharedPersistentState ServiceRegistryStateParameters ServiceRegistryStatePersistent"
	/* struct members value_track reads */
	" Buffer Length MaximumLength ObjectName RootDirectory ImagePath HardwareDatabase"
	/* registry path components and device-name words */
	" CurrentControlSet ControlSet Registry User CurrentUser Machine HARDWARE DEVICEMAP SERIALCOMM Software Microsoft"
	" CurrentVersion WUDF Services Classes Policies WOW6432Node System Parameters EventLog Enum Control Class"
	" DeviceClasses GLOBALROOT PhysicalDrive HarddiskVolume Harddisk Volume null ksecdd cng afd tcp tcp6 udp udp6"
	" ip ip6 rawip rawip6 nsi physicalmemory beep condrv com lpt physicaldrive cdrom nul con prn aux floppy tape changer"
	" scsi netbt_tcpip lanmanredirector mup webdavredirector port port3"
	/* words in messages, printf conversions, preprocessor words, method-name example */
	" read write sets source destination constant variable trace hlwLIjzt3264 diuxXo if elif else endif include Fill"
	" CreateKey RegCreate own ";

static bool classified(const char *name)
{
	char key[256];
	snprintf(key, sizeof(key), " %s ", name);
	return strstr(not_rule_calls, key) != NULL;
}

TEST(every_rule_api_name_is_covered)
{
	struct scan_prefilter *pf = scan_prefilter_new(".");
	int err;
	PCRE2_SIZE off;
	pcre2_code *quoted = pcre2_compile((PCRE2_SPTR) "\"([A-Za-z_][A-Za-z0-9_]*)\"", PCRE2_ZERO_TERMINATED, 0, &err, &off, NULL);
	pcre2_match_data *md = pcre2_match_data_create(4, NULL);
	size_t names = 0, uncovered = 0;
	static const char *const dirs[] = { "analyzer/rules", "analyzer" };
	size_t files = 0;
	for (size_t di = 0; di < 2; di++) {
		char *dpath = path_join(DRISO_SOURCE_DIR, dirs[di]);
		DIR *d = opendir(dpath);
		CHECK(d != NULL);
		struct dirent *de;
		while ((de = readdir(d))) {
			if (!rule_source(dirs[di], de->d_name))
				continue;
			char *rel = path_join(dirs[di], de->d_name);
			char *path = path_join(DRISO_SOURCE_DIR, rel);
			char *text;
			size_t len;
			files++;
			if (read_file(path, &text, &len)) {
				free(rel);
				free(path);
				continue;
			}
			for (size_t o = 0; pcre2_match(quoted, (PCRE2_SPTR)text, len, o, 0, md, NULL) >= 0;) {
				PCRE2_SIZE *ov = pcre2_get_ovector_pointer(md);
				char *name = xstrndup(text + ov[2], ov[3] - ov[2]);
				names++;
				if (!scan_prefilter_text_has_token(pf, name, strlen(name)) && !classified(name)) {
					fprintf(stderr, "%s: \"%s\" is neither matched by a rule token (cli/scan_prefilter.c) "
						"nor classified here\n", rel, name);
					uncovered++;
				}
				free(name);
				o = ov[1];
			}
			free(text);
			free(path);
			free(rel);
		}
		closedir(d);
		free(dpath);
	}
	pcre2_match_data_free(md);
	pcre2_code_free(quoted);
	scan_prefilter_free(pf);
	CHECK(files >= 9);   /* seven rule families, value_track, source_rules */
	CHECK(names > 300);   /* the grep found the tables */
	CHECK_INT(uncovered, 0);
}

static bool tok(struct scan_prefilter *pf, const char *s)
{
	return scan_prefilter_text_has_token(pf, s, strlen(s));
}

TEST(token_stems_match_at_word_start)
{
	struct scan_prefilter *pf = scan_prefilter_new(".");
	/* spellings the headers map onto the tables' names */
	CHECK(tok(pf, "status = RegOpenKeyEx(HKEY_LOCAL_MACHINE, k, 0, KEY_READ, &h);"));
	CHECK(tok(pf, "h = CreateFile(name, GENERIC_WRITE, 0, NULL, CREATE_ALWAYS, 0, NULL);"));
	CHECK(tok(pf, "f = _tfopen(_T(\"c:\\\\x.log\"), _T(\"w\"));"));
	CHECK(tok(pf, "ZwOpenKeyEx(&h, KEY_READ, &oa, 0);"));
	CHECK(tok(pf, "CM_Get_Device_Interface_List_Size(&len, &guid, NULL, 0);"));
	CHECK(tok(pf, "WDF_IO_TARGET_OPEN_PARAMS_INIT_OPEN_BY_NAME(&p, &name, GENERIC_READ);"));
	CHECK(tok(pf, "WdfDeviceOpenRegistryKey(dev, PLUGPLAY_REGKEY_DEVICE, KEY_READ, NULL, &key);"));
	/* not at a word start, or merely similar */
	CHECK(!tok(pf, "MyZwOpenKeyWrapper(); XCreateFile(); Register(); Regular();"));
	CHECK(!tok(pf, "IoCompleteRequest(Irp, IO_NO_INCREMENT); KeAcquireSpinLock(&l, &irql);"));
	CHECK(!tok(pf, "RtlInitUnicodeString(&s, L\"x\"); RtlCopyMemory(a, b, 4);"));
	scan_prefilter_free(pf);
}

static char tmp_root[256];

static void put(const char *rel, const char *text)
{
	char *p = path_join(tmp_root, rel);
	char *d = path_dirname(p);
	char *cmd = xasprintf("mkdir -p '%s'", d);
	if (system(cmd) != 0)
		abort();
	FILE *f = fopen(p, "w");
	if (!f)
		abort();
	fputs(text, f);
	fclose(f);
	free(cmd);
	free(d);
	free(p);
}

/* A config for tmp_root/rel with -I tmp_root/extra args. */
static struct tu_config cfg_for(const char *rel, char **args, size_t n_args)
{
	struct tu_config c = { 0 };
	c.file = path_join(tmp_root, rel);
	c.directory = xstrdup(tmp_root);
	c.args = args;
	c.n_args = n_args;
	return c;
}

TEST(keep_follows_project_headers)
{
	snprintf(tmp_root, sizeof(tmp_root), "%s/driso-prefilter-XXXXXX", getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
	CHECK(mkdtemp(tmp_root) != NULL);
	/* the rule call only in a macro two headers down, spelled with another case and backslashes */
	put("drv/a.c", "#include \"sub\\\\Mid.H\"\nvoid f(void) { OPEN_IT(); }\n");
	put("drv/sub/mid.h", "#pragma once\n#include <deep.h>\n");
	put("inc/deep.h", "#define OPEN_IT() ZwOpenKey(&h, KEY_READ, &oa)\n");
	/* a header that only declares a rule API and has a struct with a look-alike member */
	put("drv/b.c", "#include \"decl.h\"\nint g(void) { return 1; }\n");
	put("drv/decl.h", "NTSTATUS ZwOpenKey(PHANDLE, ACCESS_MASK, POBJECT_ATTRIBUTES);\n"
			  "typedef struct _S { int CreateFileCount; } S;\nextern int RegCount;\n");
	/* the same API called in a header function body counts */
	put("drv/c.c", "#include \"inl.h\"\n");
	put("drv/inl.h", "static __inline int h(void)\n{\n    return ZwOpenKey(0, 0, 0);\n}\n");
	/* bodies behind a trailing macro, after a comment naming a struct, returning a struct */
	put("drv/f.c", "#include \"bodies.h\"\n");
	put("drv/bodies.h", "struct S { int a; };\n"
			    "/* fills the struct */\nstatic void fill(void) PAGED_CODE_SEG\n{\n    CreateFileW(0, 0, 0, 0, 0, 0, 0);\n}\n");
	put("drv/g.c", "struct S { int a; };\nstruct S *make(void)\n{\n    IoCreateDevice(0, 0, 0, 0, 0, 0, 0);\n    return 0;\n}\n");
	/* a computed include cannot be followed: kept */
	put("drv/d.c", "#include HEADER_NAME\nint x;\n");
	/* the include directory is not given: the macro is not found */
	put("drv/e.c", "#include <deep.h>\nvoid f(void) { }\n");
	char *idir = path_join(tmp_root, "inc");
	char *args[] = { "-I", idir };
	struct scan_prefilter *pf = scan_prefilter_new(tmp_root);
	struct tu_config a = cfg_for("drv/a.c", args, 2), b = cfg_for("drv/b.c", args, 2), c = cfg_for("drv/c.c", args, 2),
			 d = cfg_for("drv/d.c", args, 2), e = cfg_for("drv/e.c", NULL, 0), e2 = cfg_for("drv/e.c", args, 2),
			 missing = cfg_for("drv/missing.c", args, 2), f = cfg_for("drv/f.c", args, 2),
			 g = cfg_for("drv/g.c", args, 2);
	bool ka = scan_prefilter_keep(pf, &a), kb = scan_prefilter_keep(pf, &b), kc = scan_prefilter_keep(pf, &c),
	     kd = scan_prefilter_keep(pf, &d), ke = scan_prefilter_keep(pf, &e), ke2 = scan_prefilter_keep(pf, &e2),
	     km = scan_prefilter_keep(pf, &missing), kf = scan_prefilter_keep(pf, &f), kg = scan_prefilter_keep(pf, &g);
	struct scan_prefilter_stats st;
	scan_prefilter_get_stats(pf, &st);
	scan_prefilter_free(pf);
	struct tu_config *all[] = { &a, &b, &c, &d, &e, &e2, &missing, &f, &g };
	for (size_t i = 0; i < sizeof(all) / sizeof(all[0]); i++) {
		free(all[i]->file);
		free(all[i]->directory);
	}
	free(idir);
	char *rm = xasprintf("rm -rf '%s'", tmp_root);
	if (system(rm) != 0)
		abort();
	free(rm);
	CHECK(ka);
	CHECK(!kb);
	CHECK(kc);
	CHECK(kd);
	CHECK(!ke);
	CHECK(ke2);
	CHECK(km);
	CHECK(kf);
	CHECK(kg);
	CHECK_INT(st.tus, 9);
	CHECK_INT(st.kept_by_token, 7);
	CHECK(st.headers >= 4);
}

static size_t index_of(const struct tu_config_list *l, const char *suffix)
{
	for (size_t i = 0; i < l->n; i++)
		if (str_ends_with(l->items[i].file, suffix))
			return i;
	return (size_t)-1;
}

/* crossdrv: the rule calls are in wrapper/params/log/peer/hdrsink; the
 * values they judge come from caller.c, entry.c, names.c and init.c;
 * quiet.c has nothing to do with any of it. */
TEST(fixpoint_pulls_in_cross_tu_values)
{
	const char *root = DRISO_FIXTURES "/prefilter/crossdrv";
	struct tu_config_list l = { 0 };
	struct diag_list errs = { 0 };
	struct compile_env_options o = { 0 };
	CHECK_INT(compile_env_discover(root, &o, &l, &errs), 10);
	struct scan_prefilter *pf = scan_prefilter_new(root);
	struct frontend *fe = frontend_new();
	struct tu_facts *facts[10] = { 0 };
	const struct tu_config *cfgs[10];
	bool add[10];
	size_t kept = 0;
	for (size_t i = 0; i < l.n; i++) {
		cfgs[i] = &l.items[i];
		if (scan_prefilter_keep(pf, &l.items[i])) {
			facts[i] = frontend_parse(fe, &l.items[i], &errs);
			kept++;
		}
	}
	size_t rounds = 0, added;
	while ((added = scan_prefilter_expand(pf, cfgs, facts, l.n, add)) > 0 && rounds < 10) {
		rounds++;
		for (size_t i = 0; i < l.n; i++)
			if (add[i])
				facts[i] = frontend_parse(fe, &l.items[i], &errs);
	}
	static const char *const by_token[] = { "/wrapper.c", "/params.c", "/log.c", "/peer.c", "/hdrsink.c" };
	static const char *const by_fixpoint[] = { "/caller.c", "/entry.c", "/names.c", "/init.c" };
	bool ok_token = true, ok_fix = true;
	for (size_t k = 0; k < 5; k++) {
		size_t i = index_of(&l, by_token[k]);
		ok_token &= i != (size_t)-1 && facts[i] != NULL;
	}
	for (size_t k = 0; k < 4; k++) {
		size_t i = index_of(&l, by_fixpoint[k]);
		ok_fix &= i != (size_t)-1 && facts[i] != NULL;
		if (i == (size_t)-1 || !facts[i])
			fprintf(stderr, "not pulled in: %s\n", by_fixpoint[k]);
	}
	size_t quiet = index_of(&l, "/quiet.c");
	bool quiet_parsed = quiet == (size_t)-1 || facts[quiet] != NULL;
	struct scan_prefilter_stats st;
	scan_prefilter_get_stats(pf, &st);
	for (size_t i = 0; i < l.n; i++)
		tu_facts_free(facts[i]);
	frontend_free(fe);
	scan_prefilter_free(pf);
	tu_config_list_free(&l);
	diag_list_free(&errs);
	CHECK_INT(kept, 5);
	CHECK(ok_token);
	CHECK(ok_fix);
	CHECK(!quiet_parsed);
	CHECK(rounds >= 1 && rounds < 10);
	CHECK_INT(st.added, 4);
}

int main(void)
{
	RUN(every_rule_api_name_is_covered);
	RUN(token_stems_match_at_word_start);
	RUN(keep_follows_project_headers);
	RUN(fixpoint_pulls_in_cross_tu_values);
	return HARNESS_DONE();
}
