/*
 * proposals: every replacement snippet is pasteable — its code lines,
 * dropped into a function of the environment it is written for (with the
 * caller's names declared), parse without errors under the canonical flags.
 * Also: down-level forms for old targets and the company placeholder.
 */
#include "test_rule_common.h"

#include "analyzer/proposals.h"

#include <unistd.h>

/* The caller's context the snippets assume, per environment. */
static const char *const preamble[ENV__COUNT] = {
	[ENV_WDM] = "#include <ntddk.h>\n#include <ntstrsafe.h>\n"
		    "extern const GUID GUID_DEVINTERFACE_TARGET; extern const GUID InterfaceClassGuid;\n"
		    "DRIVER_NOTIFICATION_CALLBACK_ROUTINE OnInterfaceChange;\n"
		    "void Replacement(PDRIVER_OBJECT DriverObject, PDEVICE_OBJECT PhysicalDeviceObject,\n"
		    "                 PUNICODE_STRING symbolicLinkName_) {\n"
		    "  HANDLE file; IO_STATUS_BLOCK iosb; ULONG myValue = 0; RTL_QUERY_REGISTRY_TABLE table[2] = { 0 };\n"
		    "  PVOID context = NULL; PVOID notificationEntry; UNICODE_STRING symbolicLinkName = *symbolicLinkName_;\n"
		    "  (void)file; (void)iosb; (void)myValue; (void)table; (void)context; (void)notificationEntry;\n",
	[ENV_KMDF] = "#include <ntddk.h>\n#include <wdf.h>\n"
		     "extern const GUID GUID_DEVINTERFACE_TARGET; extern const GUID InterfaceClassGuid;\n"
		     "DRIVER_NOTIFICATION_CALLBACK_ROUTINE OnInterfaceChange;\n"
		     "void Replacement(WDFDEVICE Device, PUNICODE_STRING symbolicLinkName_) {\n"
		     "  HANDLE file; IO_STATUS_BLOCK iosb; PVOID context = NULL; PVOID notificationEntry;\n"
		     "  UNICODE_STRING symbolicLinkName = *symbolicLinkName_;\n"
		     "  (void)file; (void)iosb; (void)context; (void)notificationEntry;\n",
	[ENV_UMDF] = "#include <windows.h>\n#include <cfgmgr32.h>\n#include <pathcch.h>\n#include <shlobj.h>\n#include <strsafe.h>\n#include <stdlib.h>\n#include <wdf.h>\n"
		     "extern GUID GUID_DEVINTERFACE_TARGET; void SomeFunctionInThisBinary(void);\n"
		     "DWORD CALLBACK OnInterfaceChange(HCMNOTIFICATION h, PVOID c, CM_NOTIFY_ACTION a, PCM_NOTIFY_EVENT_DATA d, DWORD s);\n"
		     "void Replacement(WDFDEVICE Device, PCWSTR deviceInstanceId, PCWSTR interfacePath) {\n"
		     "  PVOID context = NULL; HCMNOTIFICATION notification; (void)context;\n",
	[ENV_SERVICE] = "#include <windows.h>\n#include <winsvc.h>\n#include <cfgmgr32.h>\n#include <pathcch.h>\n#include <shlobj.h>\n#include <strsafe.h>\n#include <stdlib.h>\n"
			"extern GUID GUID_DEVINTERFACE_TARGET; void SomeFunctionInThisBinary(void);\n"
			"DWORD CALLBACK OnInterfaceChange(HCMNOTIFICATION h, PVOID c, CM_NOTIFY_ACTION a, PCM_NOTIFY_EVENT_DATA d, DWORD s);\n"
			"void Replacement(SERVICE_STATUS_HANDLE hServiceStatus, PCWSTR deviceInstanceId, PCWSTR interfacePath) {\n"
			"  DWORD value = 0; PVOID context = NULL; HCMNOTIFICATION notification; (void)value; (void)context;\n",
	[ENV_APP] = "#include <windows.h>\n#include <cfgmgr32.h>\n#include <pathcch.h>\n#include <shlobj.h>\n#include <strsafe.h>\n#include <stdlib.h>\n"
		    "extern GUID GUID_DEVINTERFACE_TARGET; void SomeFunctionInThisBinary(void);\n"
		    "DWORD CALLBACK OnInterfaceChange(HCMNOTIFICATION h, PVOID c, CM_NOTIFY_ACTION a, PCM_NOTIFY_EVENT_DATA d, DWORD s);\n"
		    "void Replacement(PCWSTR deviceInstanceId, PCWSTR interfacePath) {\n"
		    "  PVOID context = NULL; HCMNOTIFICATION notification; (void)context;\n",
};

/*
 * One TU per environment: each distinct snippet becomes its own function
 * (Replacement_N) after the environment's includes, so the whole set costs
 * five parses. Errors are mapped back to the snippet by line.
 */
static int compile_env_snippets(enum env e, const enum proposal_kind *kinds, size_t n_kinds, int *n_snippets)
{
	const char *body = strstr(preamble[e], "void Replacement(");
	struct strbuf src = STRBUF_INIT;
	strbuf_add(&src, preamble[e], (size_t)(body - preamble[e]));
	char *texts[64];
	int starts[64];
	size_t nt = 0;
	for (size_t k = 0; k < n_kinds; k++)
		for (int b = 0; b < 2; b++) {
			if (kinds[k] == P_FILTER_PRESENT && (e == ENV_WDM || e == ENV_KMDF))
				continue;   /* configuration-manager flags are a user-mode finding only */
			char *text = proposal_text(kinds[k], e, b ? 16299 : 0, "Contoso");
			bool dup = !text;
			for (size_t i = 0; i < nt && !dup; i++)
				dup = !strcmp(texts[i], text);
			if (dup || nt == 64) {
				free(text);
				continue;
			}
			texts[nt] = text;
			int line = 1;
			for (size_t i = 0; i < src.len; i++)
				line += src.buf[i] == '\n';
			starts[nt] = line;
			/* the function header of the preamble, renamed per snippet */
			strbuf_addf(&src, "void Replacement_%zu", nt);
			strbuf_addstr(&src, body + strlen("void Replacement"));
			/* code lines are indented by four spaces; prose and INF lines are not */
			char *copy = xstrdup(text);
			for (char *l = copy; l && *l;) {
				char *nl = strchr(l, '\n');
				if (nl)
					*nl = '\0';
				if (!strncmp(l, "    ", 4))
					strbuf_addf(&src, "%s\n", l);
				l = nl ? nl + 1 : NULL;
			}
			free(copy);
			strbuf_addstr(&src, "}\n");
			nt++;
		}
	*n_snippets += (int)nt;
	char path[] = "/tmp/driso_proposal_XXXXXX.c";
	int fd = mkstemps(path, 2);
	int bad = 0;
	if (fd < 0 || write(fd, src.buf, src.len) != (ssize_t)src.len) {
		fprintf(stderr, "cannot write %s\n", path);
		bad = 1;
	}
	if (fd >= 0)
		close(fd);
	if (!bad) {
		struct rt_env env = { .model = e == ENV_WDM ? MODEL_WDM : e == ENV_KMDF ? MODEL_KMDF :
					       e == ENV_UMDF ? MODEL_UMDF : e == ENV_SERVICE ? MODEL_USER_SERVICE : MODEL_USER_APP };
		struct tu_config cfg = rt_cfg(path, &env);
		struct frontend *fe = frontend_new();
		struct diag_list d = { 0 };
		struct tu_facts *t = frontend_parse(fe, &cfg, &d);
		bad = t->n_errors > 0 || t->parse_failed;
		for (size_t i = 0; i < t->n_diags; i++) {
			if (t->diags[i].severity < 3)
				continue;
			size_t s = 0;
			while (s + 1 < nt && starts[s + 1] <= t->diags[i].loc.line)
				s++;
			fprintf(stderr, "%s snippet %zu line %d: %s\n%s\n", env_name(e), s, t->diags[i].loc.line,
				t->diags[i].message, nt ? texts[s] : "");
		}
		tu_facts_free(t);
		diag_list_free(&d);
		frontend_free(fe);
		rt_free_cfg(&cfg);
	}
	unlink(path);
	for (size_t i = 0; i < nt; i++)
		free(texts[i]);
	strbuf_release(&src);
	return bad;
}

TEST(every_snippet_parses)
{
	static const enum proposal_kind kinds[] = { P_PARAMS_READ, P_STATE_WRITE, P_DEVICE_KEY, P_INTERFACE_KEY,
						    P_DRIVER_IMAGE, P_FILE_STATE, P_DEVICE_INTERFACE, P_IFACE_NOTIFY,
						    P_FILTER_PRESENT, P_OTHER_DRIVER_KEY };
	int failed = 0, n = 0;
	for (int e = 0; e < ENV__COUNT; e++)
		failed += compile_env_snippets((enum env)e, kinds, sizeof(kinds) / sizeof(kinds[0]), &n);
	CHECK(n >= 40);   /* distinct snippets across the five environments */
	CHECK_INT(failed, 0);
}

TEST(downlevel_and_company)
{
	char *p = proposal_text(P_DRIVER_IMAGE, ENV_WDM, 17134, NULL);
	CHECK_CONTAINS(p, "IoGetDriverDirectory(DriverObject, DriverDirectoryImage, 0, &dir)");
	CHECK_NOT_CONTAINS(p, "MmGetSystemRoutineAddress");
	free(p);
	p = proposal_text(P_DRIVER_IMAGE, ENV_WDM, 16299, NULL);
	CHECK_CONTAINS(p, "MmGetSystemRoutineAddress");
	CHECK_CONTAINS(p, "IoQueryFullDriverPath");
	free(p);
	p = proposal_text(P_DRIVER_IMAGE, ENV_UMDF, 0, NULL);
	CHECK_CONTAINS(p, "GetModuleHandleExW");
	CHECK_CONTAINS(p, "GetModuleFileNameW");
	free(p);
	p = proposal_text(P_FILE_STATE, ENV_WDM, 0, "Fabrikam");
	CHECK_CONTAINS(p, "\\DriverData\\Fabrikam\\");
	free(p);
	p = proposal_text(P_FILE_STATE, ENV_APP, 0, NULL);
	CHECK_CONTAINS(p, "<Company>");
	free(p);
	p = proposal_text(P_STATE_WRITE, ENV_KMDF, 0, NULL);
	CHECK_CONTAINS(p, "WdfDriverOpenPersistentStateRegistryKey");
	free(p);
	p = proposal_text(P_PARAMS_READ, ENV_WDM, 0, NULL);
	CHECK_CONTAINS(p, "HKR,Parameters");
	free(p);
	CHECK_STR(env_name(ENV_SERVICE), "user-service");
	CHECK_STR(proposal_min_os(P_PARAMS_READ, ENV_WDM), "Windows 10 1803 (17134)");
}

int main(void)
{
	RUN(every_snippet_parses);
	RUN(downlevel_and_company);
	return HARNESS_DONE();
}
