/*
 * Front end: libclang facts from small driver snippets (WDM, KMDF, user
 * mode), string and integer constant decoding, broken TUs.
 * Set DRISO_UPDATE_GOLDEN=1 to rewrite the golden JSON files.
 */
#include "../harness.h"

#include "analyzer/compile_env.h"
#include "analyzer/frontend.h"
#include "core/strbuf.h"
#include "core/util.h"

#include <dirent.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#define FIX DRISO_FIXTURES "/frontend/"
#define SHIMS DRISO_SOURCE_DIR "/analyzer/shims"

enum env { ENV_WDM, ENV_KMDF, ENV_USER, ENV_NONE };

/* The canonical flags from compile_env, built by hand so these tests pin the
 * front end alone. */
static struct tu_config make_cfg(const char *file, enum env env)
{
	static const char *const common[] = {
		"--target=x86_64-w64-mingw32", "-fms-extensions", "-nostdinc",
		"-isystem", DRISO_CLANG_RESOURCE_DIR "/include", "-isystem", SHIMS,
	};
	static const char *const kernel[] = {
		"-isystem", DRISO_MINGW_INCLUDE "/ddk", "-isystem", DRISO_MINGW_INCLUDE, "-D_KERNEL_MODE=1",
	};
	static const char *const user[] = { "-isystem", DRISO_MINGW_INCLUDE };
	static const char *const defs[] = {
		"-D_AMD64_", "-DAMD64", "-D_WIN64", "-DNTDDI_VERSION=0x0A000005", "-D_WIN32_WINNT=0x0A00",
		"-DWINVER=0x0A00",
	};
	static const char *const kmdf[] = { "-DKMDF_VERSION_MAJOR=1", "-DKMDF_VERSION_MINOR=15" };
	struct tu_config c;
	memset(&c, 0, sizeof(c));
	c.file = xstrdup(file);
	c.args = xcalloc(40, sizeof(char *));
#define ADD(arr) for (size_t i_ = 0; i_ < sizeof(arr) / sizeof(arr[0]); i_++) c.args[c.n_args++] = xstrdup(arr[i_])
	ADD(common);
	if (env == ENV_WDM || env == ENV_KMDF)
		ADD(kernel);
	else
		ADD(user);
	ADD(defs);
	if (env == ENV_KMDF)
		ADD(kmdf);
#undef ADD
	c.kernel = env == ENV_WDM || env == ENV_KMDF;
	return c;
}

static void free_cfg(struct tu_config *c)
{
	for (size_t i = 0; i < c->n_args; i++)
		free(c->args[i]);
	free(c->args);
	free(c->file);
}

static struct tu_facts *parse(const char *file, enum env env)
{
	struct tu_config c = make_cfg(file, env);
	struct frontend *fe = frontend_new();
	struct diag_list d = { 0 };
	struct tu_facts *t = frontend_parse(fe, &c, &d);
	diag_list_free(&d);
	frontend_free(fe);
	free_cfg(&c);
	return t;
}

static const struct ffunc *func(const struct tu_facts *t, const char *name)
{
	for (size_t i = 0; i < t->n_funcs; i++)
		if (!strcmp(t->funcs[i].name, name))
			return &t->funcs[i];
	return NULL;
}

/* n-th call (0-based) to callee */
static const struct fcall *call(const struct tu_facts *t, const char *callee, int nth)
{
	for (size_t i = 0; i < t->n_calls; i++)
		if (t->calls[i].callee && !strcmp(t->calls[i].callee, callee) && nth-- == 0)
			return &t->calls[i];
	return NULL;
}

static const struct fexpr *arg(const struct fcall *c, size_t i)
{
	return c && c->expr && i < c->expr->n_kids ? c->expr->kids[i] : NULL;
}

static const struct fassign *assign_to_field(const struct tu_facts *t, const char *field)
{
	for (size_t i = 0; i < t->n_assigns; i++) {
		const struct fexpr *l = t->assigns[i].lhs;
		if (l && l->kind == FX_MEMBER && l->text && !strcmp(l->text, field))
			return &t->assigns[i];
	}
	return NULL;
}

static const struct fvar *var(const struct tu_facts *t, const char *name)
{
	for (size_t i = 0; i < t->n_vars; i++)
		if (!strcmp(t->vars[i].name, name))
			return &t->vars[i];
	return NULL;
}

TEST(decode_literals)
{
	static const struct {
		const char *src, *want;
		bool wide;
	} cases[] = {
		{ "L\"\\\\Registry\\\\Machine\"", "\\Registry\\Machine", true },
		{ "\"a\\x41\\101\\n\"", "aAA\n", false },
		{ "L\"\\u00e9\\U0001F600\"", "\xc3\xa9\xf0\x9f\x98\x80", true },
		{ "L\"\\xD83D\\xDE00\"", "\xf0\x9f\x98\x80", true },   /* surrogate pair */
		{ "L\"\\xe9\"", "\xc3\xa9", true },                     /* code unit → code point */
		{ "\"\\xe9\"", "\xe9", false },                          /* narrow: a byte */
		{ "u8\"x\\\"y\"", "x\"y", false },
		{ "u\"\\\\\\\\.\\\\Foo\"", "\\\\.\\Foo", true },
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		struct strbuf sb = STRBUF_INIT;
		bool wide = !cases[i].wide;
		CHECK(frontend_decode_string_literal(cases[i].src, &sb, &wide));
		CHECK_STR(sb.buf, cases[i].want);
		CHECK_INT(wide, cases[i].wide);
		strbuf_release(&sb);
	}
	struct strbuf sb = STRBUF_INIT;
	CHECK(!frontend_decode_string_literal("KEY_READ", &sb, NULL));
	CHECK(!frontend_decode_string_literal("'a'", &sb, NULL));
	strbuf_release(&sb);
}

TEST(wdm_registry_snippet)
{
	struct tu_facts *t = parse(FIX "wdm_registry.c", ENV_WDM);
	CHECK(!t->parse_failed);
	CHECK_INT(t->n_errors, 0);
	CHECK_INT(t->n_includes, 1);
	CHECK_STR(t->includes[0], "ntddk.h");

	/* entry points */
	CHECK(func(t, "DriverEntry") && func(t, "DriverEntry")->kind == FN_DRIVER_ENTRY);
	CHECK_INT(func(t, "AcmeCreateClose")->kind, FN_DISPATCH);
	CHECK_INT(func(t, "AcmeIoctl")->kind, FN_DISPATCH);
	CHECK_INT(func(t, "AcmeAddDevice")->kind, FN_ADD_DEVICE);
	CHECK_INT(func(t, "AcmeUnload")->kind, FN_UNLOAD);
	CHECK_INT(func(t, "ReadParameters")->kind, FN_HELPER);
	CHECK(func(t, "ReadParameters")->is_static);
	const struct ffunc *de = func(t, "DriverEntry");
	CHECK_INT(de->n_params, 2);
	CHECK_STR(t->vars[de->first_param_var + 1].name, "RegistryPath");
	CHECK(t->vars[de->first_param_var + 1].is_param);
	CHECK_INT(t->vars[de->first_param_var + 1].param_index, 1);
	CHECK_INT(de->error_nodes, 0);

	/* RtlInitUnicodeString(&name, PARAMS_PATH): decoded, macro and its #define line */
	const struct fcall *init = call(t, "RtlInitUnicodeString", 0);
	CHECK(init != NULL);
	CHECK(init->callee_declared);
	const struct fexpr *s = arg(init, 1);
	CHECK(s && s->kind == FX_STRING && s->wide);
	CHECK_STR(s->text, "\\Registry\\Machine\\System\\CurrentControlSet\\Services\\Acme\\Parameters");
	CHECK_STR(s->macro, "PARAMS_PATH");
	CHECK_INT(s->macro_loc.line, 4);
	CHECK(s->macro_loc.file && str_ends_with(s->macro_loc.file, "wdm_registry.c"));
	CHECK_INT(s->loc.line, 23);
	const struct fexpr *name_arg = arg(init, 0);
	CHECK(name_arg && name_arg->kind == FX_ADDROF && name_arg->n_kids == 1);
	CHECK_INT(name_arg->kids[0]->kind, FX_NAME);
	int name_var = name_arg->kids[0]->var;
	CHECK(name_var >= 0);
	CHECK_STR(t->vars[name_var].name, "name");
	CHECK_STR(t->vars[name_var].type, "UNICODE_STRING");

	/* InitializeObjectAttributes: the field assignments and a pseudo-call */
	const struct fassign *on = assign_to_field(t, "ObjectName");
	CHECK(on != NULL);
	CHECK_STR(on->lhs->macro, "InitializeObjectAttributes");
	const struct fexpr *rhs = fexpr_strip(on->rhs);
	CHECK(rhs && rhs->kind == FX_NAME);
	CHECK_INT(rhs->var, name_var);
	const struct fassign *rd = assign_to_field(t, "RootDirectory");
	CHECK(rd && rd->rhs->has_int);
	CHECK_INT(rd->rhs->ival, 0);
	const struct fcall *ioa = call(t, "InitializeObjectAttributes", 0);
	CHECK(ioa != NULL);
	CHECK_STR(ioa->callee_macro, "InitializeObjectAttributes");
	CHECK_INT(ioa->expr->n_kids, 5);
	CHECK_INT(arg(ioa, 2)->ival, 0x240);      /* OBJ_CASE_INSENSITIVE | OBJ_KERNEL_HANDLE */
	CHECK(arg(ioa, 3)->has_int);
	CHECK_INT(arg(ioa, 3)->ival, 0);
	CHECK_STR(arg(ioa, 3)->macro, "NULL");
	CHECK(ioa->order < on->order);

	/* ZwOpenKey(&key, KEY_READ, &oa) */
	const struct fcall *zw = call(t, "ZwOpenKey", 0);
	CHECK(zw != NULL);
	CHECK(zw->order > on->order);
	CHECK(arg(zw, 1)->has_int);
	CHECK_INT(arg(zw, 1)->ival, 0x20019);
	CHECK_STR(arg(zw, 1)->macro, "KEY_READ");
	CHECK_INT(fexpr_strip(arg(zw, 2))->var, fexpr_strip(on->lhs->kids[0])->var);

	/* RtlQueryRegistryValues(RTL_REGISTRY_ABSOLUTE | RTL_REGISTRY_OPTIONAL, L"...") */
	const struct fcall *q = call(t, "RtlQueryRegistryValues", 0);
	CHECK(q != NULL);
	CHECK(arg(q, 0)->has_int);
	CHECK_INT(arg(q, 0)->ival, 0x80000000LL);
	CHECK_INT(arg(q, 0)->kind, FX_BINARY);
	CHECK_STR(arg(q, 0)->kids[0]->macro, "RTL_REGISTRY_ABSOLUTE");
	CHECK_INT(arg(q, 0)->kids[0]->ival, 0);
	CHECK_STR(arg(q, 1)->text, "\\Registry\\Machine\\Software\\Acme");
	CHECK(arg(q, 1)->macro == NULL);

	/* a call through a macro keeps the macro's name */
	const struct fcall *icr = call(t, "IofCompleteRequest", 0);
	CHECK(icr && icr->callee_macro && !strcmp(icr->callee_macro, "IoCompleteRequest"));

	/* RTL_CONSTANT_STRING in a global: init list with the string as Buffer */
	const struct fvar *g = var(t, "g_Software");
	CHECK(g && g->func == -1 && g->is_static && g->init);
	CHECK_INT(g->init->kind, FX_INITLIST);
	CHECK_STR(g->init->macro, "RTL_CONSTANT_STRING");
	CHECK_INT(g->init->n_kids, 3);
	CHECK_STR(g->init->kids[2]->field, "Buffer");
	CHECK_STR(g->init->kids[2]->text, "\\Registry\\Machine\\Software\\Acme");
	CHECK_STR(g->init->kids[2]->macro, "ACME_SUBKEY");
	CHECK_INT(g->init->kids[0]->ival, 62);   /* Length: 31 WCHARs */

	/* DECLARE_CONST_UNICODE_STRING: the literal is the init list's Buffer */
	const struct fvar *sk = var(t, "g_ServicesKey");
	CHECK(sk && sk->init && sk->init->kind == FX_INITLIST && sk->init->n_kids == 3);
	CHECK_STR(sk->init->macro, "DECLARE_CONST_UNICODE_STRING");
	CHECK_INT(sk->init->kids[2]->kind, FX_STRING);
	CHECK_STR(sk->init->kids[2]->field, "Buffer");
	CHECK_STR(sk->init->kids[2]->text, "\\Registry\\Machine\\System\\CurrentControlSet\\Services");

	/* dispatch assignment: MajorFunction[IRP_MJ_DEVICE_CONTROL] = AcmeIoctl */
	bool saw_ioctl = false;
	for (size_t i = 0; i < t->n_assigns; i++) {
		const struct fassign *a = &t->assigns[i];
		if (a->lhs->kind == FX_SUBSCRIPT && a->rhs->kind == FX_NAME && !strcmp(a->rhs->text, "AcmeIoctl")) {
			saw_ioctl = true;
			CHECK_INT(a->lhs->kids[1]->ival, 14);
			CHECK_STR(t->funcs[a->rhs->func_ref].name, "AcmeIoctl");
		}
	}
	CHECK(saw_ioctl);
	tu_facts_free(t);
}

TEST(kmdf_snippet)
{
	struct tu_facts *t = parse(FIX "kmdf_driver.c", ENV_KMDF);
	CHECK(!t->parse_failed);
	CHECK_INT(t->n_errors, 0);
	CHECK_INT(func(t, "DriverEntry")->kind, FN_DRIVER_ENTRY);
	CHECK_INT(func(t, "AcmeEvtDeviceAdd")->kind, FN_WDF_CALLBACK);
	CHECK_INT(func(t, "AcmeEvtPrepareHardware")->kind, FN_WDF_CALLBACK);
	CHECK_INT(func(t, "AcmeEvtIoDeviceControl")->kind, FN_WDF_CALLBACK);
	CHECK_INT(func(t, "AcmeEvtDriverUnload")->kind, FN_UNLOAD);
	const struct fcall *wdc = call(t, "WdfDriverCreate", 0);
	CHECK(wdc && wdc->callee_declared);
	CHECK_INT(wdc->expr->n_kids, 5);
	CHECK_INT(fexpr_strip(arg(wdc, 1))->var, func(t, "DriverEntry")->first_param_var + 1);
	const struct fcall *ok = call(t, "WdfDeviceOpenRegistryKey", 0);
	CHECK(ok != NULL);
	CHECK_INT(arg(ok, 1)->ival, 1);            /* PLUGPLAY_REGKEY_DEVICE */
	CHECK_INT(arg(ok, 2)->ival, 0x20019);      /* KEY_READ */
	for (size_t i = 0; i < t->n_funcs; i++)
		if (t->funcs[i].has_body)
			CHECK_INT(t->funcs[i].n_calls, t->funcs[i].n_calls_resolved);
	tu_facts_free(t);
}

TEST(user_mode_snippet)
{
	struct tu_facts *t = parse(FIX "usermode.c", ENV_USER);
	CHECK(!t->parse_failed);
	CHECK_INT(t->n_errors, 0);
	CHECK_INT(func(t, "wmain")->kind, FN_MAIN);
	CHECK_INT(func(t, "AcmeServiceMain")->kind, FN_SERVICE_MAIN);
	CHECK_INT(func(t, "AcmeCtrlHandler")->kind, FN_HELPER);

	const struct fcall *r = call(t, "RegOpenKeyExW", 0);
	CHECK(r != NULL);
	CHECK_STR(arg(r, 0)->macro, "HKEY_LOCAL_MACHINE");
	CHECK(arg(r, 0)->has_int);
	CHECK_INT((unsigned long long)arg(r, 0)->ival & 0xFFFFFFFFu, 0x80000002u);
	CHECK_STR(arg(r, 1)->text, "SYSTEM\\CurrentControlSet\\Services\\Acme\\Parameters");
	CHECK(arg(r, 1)->wide);

	/* RegCreateKeyEx(HKLM, TEXT("...")): callee through a macro, TEXT() widened */
	const struct fcall *c = call(t, "RegCreateKeyExW", 0);
	CHECK(c != NULL);
	CHECK_STR(c->callee_macro, "RegCreateKeyEx");
	CHECK_STR(arg(c, 1)->text, "SYSTEM\\CurrentControlSet\\Services\\Acme");
	CHECK(arg(c, 1)->wide);
	CHECK_STR(arg(c, 1)->macro, "SERVICE_KEY");
	CHECK_INT(arg(c, 1)->macro_loc.line, 7);
	CHECK_INT(arg(c, 5)->ival, 0x20006);       /* KEY_WRITE */

	const struct fcall *cf = call(t, "CreateFileW", 0);
	CHECK(cf != NULL);
	CHECK_STR(arg(cf, 0)->text, "\\\\.\\AcmeDevice");
	CHECK_INT(arg(cf, 1)->ival, 0xC0000000LL);
	CHECK_INT(cf->func, (int)(func(t, "wmain") - t->funcs));

	const struct fcall *rh = call(t, "RegOpenKeyExW", 0);
	CHECK(rh->in_condition);
	tu_facts_free(t);
}

TEST(cpp_methods_stay_apart)
{
	struct tu_facts *t = parse(FIX "methods.cpp", ENV_NONE);
	CHECK(!t->parse_failed);
	CHECK_INT(t->n_errors, 0);
	const struct ffunc *mi = func(t, "Miniport::Init"), *si = func(t, "Stream::Init");
	CHECK(mi && si && mi != si);
	CHECK(mi->has_body && si->has_body);
	CHECK_INT(mi->n_calls, 1);
	CHECK_INT(si->n_calls, 1);
	CHECK_STR(arg(call(t, "sink", 0), 0)->text, "miniport");
	CHECK_STR(arg(call(t, "sink", 1), 0)->text, "stream");
	CHECK_INT(func(t, "DriverEntry")->kind, FN_DRIVER_ENTRY);
	/* the lambda's call belongs to the method that holds it */
	const struct ffunc *st = func(t, "Miniport::Start");
	CHECK(st != NULL);
	CHECK_INT(st->n_calls, 3);   /* sink(7), sink(v + 1) in the lambda, later(1) */
	/* two implicit constructor calls (CXXConstructExpr) + three method calls */
	CHECK_INT(func(t, "DriverEntry")->n_calls, 5);
	CHECK_INT(func(t, "DriverEntry")->n_calls_resolved, 5);
	tu_facts_free(t);
}

TEST(wdk_style_main)
{
	struct tu_facts *t = parse(FIX "wdk_testapp.c", ENV_USER);
	CHECK(!t->parse_failed);
	CHECK_INT(t->n_errors, 0);
	CHECK_INT(func(t, "main")->kind, FN_MAIN);
	CHECK_INT(func(t, "main")->error_nodes, 0);
	const struct fcall *cf = call(t, "CreateFileA", 0);
	CHECK(cf && cf->callee_declared);
	CHECK_STR(arg(cf, 0)->text, "\\\\.\\AcmeTest");
	CHECK(!arg(cf, 0)->wide);
	tu_facts_free(t);
}

/* The decoded values of every call argument in strings.c, one per line. */
TEST(strings_and_ints)
{
	struct tu_facts *t = parse(FIX "strings.c", ENV_NONE);
	CHECK(!t->parse_failed);
	CHECK_INT(t->n_errors, 0);
	static const char *const want_strings[] = {
		"plain",
		"back\\slash \"quoted\" tab\t nl\n",
		"hexAB octA bmp\xc3\xa9 astral\xf0\x9f\x98\x80",
		"concatenated",
		"\\Registry\\Machine\\Software\\Acme",
		"\\Registry\\Machine\\Software\\Acme\\Parameters",
		"widened",
		"C:\\Windows\\System32\\drivers\\acme.sys",
		"narrowA utf8 \xc3\xa9",
		"u8 text",
		"\\\\.\\AcmeDevice",
	};
	static const bool want_wide[] = { 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 1 };
	static const char *const want_macro[] = { 0, 0, 0, 0, "SUBKEY", "SUBKEY", "WIDEN", "NARROW_PATH", 0, 0, 0 };
	for (size_t i = 0; i < sizeof(want_strings) / sizeof(want_strings[0]); i++) {
		const struct fexpr *s = arg(call(t, "sink", (int)i), 0);
		CHECK(s && s->kind == FX_STRING);
		CHECK_STR(s->text, want_strings[i]);
		CHECK_INT(s->wide, want_wide[i]);
		if (want_macro[i])
			CHECK_STR(s->macro, want_macro[i]);
		else
			CHECK(s->macro == NULL);
	}
	CHECK_INT(arg(call(t, "sink", 4), 0)->macro_loc.line, 5);

	static const long long want_ints[] = { 0x80000010LL, 7, 12, -1, 'A', 0xFFFFFFFFLL, 7 };
	for (size_t i = 0; i < sizeof(want_ints) / sizeof(want_ints[0]); i++) {
		const struct fexpr *e = arg(call(t, "sink_int", (int)i), 0);
		CHECK(e && e->has_int);
		CHECK_INT(e->ival, want_ints[i]);
	}
	CHECK_STR(arg(call(t, "sink_int", 1), 0)->text, "ACME_MAX");
	CHECK_STR(arg(call(t, "sink_int", 0), 0)->kids[1]->macro, "FLAG_B");
	const struct fexpr *h = arg(call(t, "sink", 11), 0);   /* MK_HANDLE(0x80000002) */
	CHECK(h && h->has_int);
	CHECK_INT(h->ival, -2147483646LL);                      /* sign-extended like HKEY_LOCAL_MACHINE */
	CHECK_STR(h->macro, "MK_HANDLE");
	tu_facts_free(t);
}

static char *read_text(const char *path)
{
	char *data = NULL;
	size_t len = 0;
	return read_file(path, &data, &len) == 0 ? data : NULL;
}

/* The JSON dump is what `driso doctor --facts` prints and what other tests
 * diff against: pin it for the header-free fixture. */
TEST(facts_json_golden)
{
	struct tu_facts *t = parse(FIX "strings.c", ENV_NONE);
	char *json = tu_facts_json(t);
	const char *golden = FIX "strings.expected.json";
	if (getenv("DRISO_UPDATE_GOLDEN")) {
		FILE *f = fopen(golden, "w");
		fputs(json, f);
		fputc('\n', f);
		fclose(f);
	}
	char *want = read_text(golden);
	CHECK(want != NULL);
	size_t n = strlen(want);
	if (n && want[n - 1] == '\n')
		want[n - 1] = '\0';
	CHECK_STR(json, want);
	free(want);
	free(json);
	tu_facts_free(t);
}

TEST(broken_tus_do_not_stop_the_batch)
{
	struct frontend *fe = frontend_new();
	struct diag_list d = { 0 };
	const char *files[] = { FIX "broken.c", FIX "does-not-exist.c", FIX "strings.c" };
	struct tu_facts *t[3];
	for (int i = 0; i < 3; i++) {
		struct tu_config c = make_cfg(files[i], ENV_NONE);
		t[i] = frontend_parse(fe, &c, &d);
		free_cfg(&c);
		CHECK(t[i] != NULL);
	}
	/* broken.c: parsed, errors reported, only the bad body is lost */
	CHECK(!t[0]->parse_failed);
	CHECK(t[0]->n_errors >= 2);
	bool missing = false;
	for (size_t i = 0; i < t[0]->n_diags; i++) {
		if (strstr(t[0]->diags[i].message, "no_such_header.h")) {
			missing = true;
			CHECK_INT(t[0]->diags[i].loc.line, 2);
			CHECK(str_ends_with(t[0]->diags[i].loc.file, "broken.c"));
		}
	}
	CHECK(missing);
	CHECK(func(t[0], "bad")->error_nodes > 0);
	CHECK_INT(func(t[0], "good")->error_nodes, 0);
	CHECK_INT(func(t[0], "also_good")->error_nodes, 0);
	CHECK(call(t[0], "good", 0) && call(t[0], "good", 0)->callee_declared);

	/* a missing file: facts marked failed, and one batch error with file:line */
	CHECK(t[1]->parse_failed);
	CHECK_INT(t[1]->n_errors, 1);
	CHECK_INT(d.n, 1);
	CHECK(str_ends_with(d.items[0].file, "does-not-exist.c"));
	CHECK_INT(d.items[0].line, 1);
	CHECK_CONTAINS(d.items[0].message, "No such file");
	/* the batch goes on */
	CHECK(!t[2]->parse_failed);
	CHECK_INT(t[2]->n_errors, 0);
	CHECK(t[2]->n_calls > 10);
	for (int i = 0; i < 3; i++)
		tu_facts_free(t[i]);
	diag_list_free(&d);
	frontend_free(fe);
}

/* A long batch can outlive compile_env's temporary overlay: parse without it. */
TEST(vanished_vfs_overlay)
{
	struct tu_config c = make_cfg(FIX "strings.c", ENV_NONE);
	c.args[c.n_args++] = xstrdup("-ivfsoverlay");
	c.args[c.n_args++] = xstrdup("/nonexistent/driso-env-gone/vfsoverlay.yaml");
	struct frontend *fe = frontend_new();
	struct diag_list d = { 0 };
	struct tu_facts *t = frontend_parse(fe, &c, &d);
	CHECK(!t->parse_failed);
	CHECK_INT(t->n_errors, 0);
	CHECK_INT(d.n, 0);
	CHECK(t->n_calls > 10);
	CHECK(t->n_diags == 1 && strstr(t->diags[0].message, "VFS overlay"));
	tu_facts_free(t);
	diag_list_free(&d);
	frontend_free(fe);
	free_cfg(&c);
}

TEST(implicit_declaration_is_an_unresolved_call)
{
	char path[] = "/tmp/driso-fe-XXXXXX.c";
	int fd = mkstemps(path, 2);
	CHECK(fd >= 0);
	FILE *f = fdopen(fd, "w");
	fputs("int known(int);\nint user(void) { return known(1) + NotDeclaredAnywhere(2); }\n", f);
	fclose(f);
	struct tu_facts *t = parse(path, ENV_NONE);
	remove(path);
	CHECK(!t->parse_failed);
	const struct fcall *k = call(t, "known", 0), *u = call(t, "NotDeclaredAnywhere", 0);
	CHECK(k && k->callee_declared);
	CHECK(u && !u->callee_declared);
	CHECK_INT(func(t, "user")->n_calls, 2);
	CHECK_INT(func(t, "user")->n_calls_resolved, 1);
	CHECK_INT(func(t, "user")->error_nodes, 0);
	tu_facts_free(t);
}

/* libclang hides expressions containing errors: such calls are rebuilt
 * from tokens, with literal and name arguments, in source order. */
TEST(dropped_calls_are_recovered)
{
	char path[] = "/tmp/driso-fe-XXXXXX.c";
	int fd = mkstemps(path, 2);
	CHECK(fd >= 0);
	FILE *f = fdopen(fd, "w");
	fputs("typedef unsigned short wchar_t;\n"
	      "#define KEYPATH L\"\\\\Registry\\\\Machine\\\\Software\"\n"
	      "int OpenIt(void **h, const wchar_t *path, unsigned access);\n"
	      "void before(void);\n"
	      "int user(void)\n"
	      "{\n"
	      "\tvoid *h;\n"
	      "\tbefore();\n"
	      "\tOpenIt(&h, KEYPATH, UNKNOWN_ACCESS);\n"
	      "\treturn OpenIt(&h, L\"x\", 1);\n"
	      "}\n", f);
	fclose(f);
	struct tu_facts *t = parse(path, ENV_NONE);
	remove(path);
	CHECK(!t->parse_failed);
	CHECK_INT(t->n_errors, 1);
	CHECK(func(t, "user")->error_nodes > 0);
	const struct fcall *b = call(t, "before", 0), *r = call(t, "OpenIt", 0), *ok = call(t, "OpenIt", 1);
	CHECK(b && r && ok);
	CHECK(r->recovered);
	CHECK(!ok->recovered && !b->recovered);
	CHECK(b->order < r->order && r->order < ok->order);
	CHECK_INT(r->expr->n_kids, 3);
	CHECK_INT(arg(r, 0)->kind, FX_ADDROF);
	CHECK_STR(arg(r, 0)->kids[0]->text, "h");
	CHECK_STR(t->vars[arg(r, 0)->kids[0]->var].name, "h");
	CHECK_INT(arg(r, 1)->kind, FX_STRING);
	CHECK_STR(arg(r, 1)->text, "\\Registry\\Machine\\Software");
	CHECK(arg(r, 1)->wide);
	CHECK_STR(arg(r, 1)->macro, "KEYPATH");
	CHECK_STR(arg(r, 2)->text, "UNKNOWN_ACCESS");
	CHECK_INT(r->expr->loc.line, 9);
	tu_facts_free(t);
}

/* Repair notes of a TU: count, and whether one names `what` at line. */
static size_t repair_notes(const struct tu_facts *t, const char *what, int line, bool *found)
{
	size_t n = 0;
	*found = false;
	for (size_t i = 0; i < t->n_diags; i++)
		if (t->diags[i].severity < FDIAG_ERROR && str_starts_with(t->diags[i].message, "MSVC-only construct")) {
			n++;
			if (strstr(t->diags[i].message, what) && t->diags[i].loc.line == line)
				*found = true;
		}
	return n;
}

static size_t repair_dirs_left(void)
{
	size_t n = 0;
	DIR *d = opendir(getenv("TMPDIR") && *getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
	struct dirent *de;
	while (d && (de = readdir(d)))
		n += !strncmp(de->d_name, "driso-env-repair-", 17);
	if (d)
		closedir(d);
	return n;
}

TEST(msvc_only_constructs_read_as_msvc)
{
	/* lvalue cast, &(T)x, a forward-declared enum field and a redeclared
	 * anonymous member are errors to clang: the front end reparses with
	 * repaired copies, so the bodies have no error, every call keeps its
	 * arguments, locations stay in the original files, each repair is a
	 * note, and no temporary copy is left behind. */
	size_t before = repair_dirs_left();
	struct tu_facts *t = parse(FIX "msvc_repair.c", ENV_WDM);
	CHECK(!t->parse_failed);
	CHECK_INT(t->n_errors, 0);
	CHECK_INT(func(t, "AcmeOpen")->error_nodes, 0);
	bool found;
	CHECK_INT(repair_notes(t, "lvalue cast", 9, &found), 10); /* every repair of the file: the cast of a cast is 2 */
	CHECK(found);
	repair_notes(t, "lvalue cast", 22, &found); /* spelled in a macro argument */
	CHECK(found);
	repair_notes(t, "address of a cast", 23, &found);
	CHECK(found);
	CHECK_INT(func(t, "AcmeMark")->error_nodes, 0);
	/* `#define TEXT_PREF L` pasted onto the string: a wide literal again */
	repair_notes(t, "string prefix macro", 16, &found);
	CHECK(found);
	const struct fcall *named = call(t, "RtlInitUnicodeString", 1);
	CHECK(named && arg(named, 1)->kind == FX_STRING && arg(named, 1)->wide);
	CHECK_STR(arg(named, 1)->text, "\\Device\\AcmeSerial");
	CHECK_INT(func(t, "AcmeName")->error_nodes, 0);
	repair_notes(t, "address of a cast", 10, &found);
	CHECK(found);
	repair_notes(t, "forward-declared enum", 5, &found);
	CHECK(found);
	repair_notes(t, "member redeclared", 8, &found);
	CHECK(found);
	const struct fcall *open = call(t, "ZwOpenKey", 0), *init = call(t, "RtlInitUnicodeString", 0);
	CHECK(open && init);
	CHECK_STR(arg(init, 1)->text, "\\Registry\\Machine\\Software\\Acme");
	CHECK(open->expr->loc.file && str_ends_with(open->expr->loc.file, "/msvc_repair.c"));
	CHECK_INT(open->expr->loc.line, 15);
	const struct fassign *tos = assign_to_field(t, "TypeOfService");
	CHECK(tos != NULL);
	repair_notes(t, "lvalue cast", 36, &found); /* ((ULONG)(ULONG_PTR)x)-- */
	CHECK(found);
	CHECK_INT(func(t, "AcmeRetry")->error_nodes, 0);
	repair_notes(t, "prototype differing from its definition", 41, &found);
	CHECK(found);
	CHECK_INT(func(t, "AcmeIsLocked")->error_nodes, 0);
	CHECK(call(t, "IoGetAttachedDeviceReference", 0) != NULL);
	CHECK(call(t, "IoGetCurrentIrpStackLocation", 0) != NULL);
	tu_facts_free(t);

	t = parse(FIX "msvc_repair.cpp", ENV_USER);
	CHECK_INT(t->n_errors, 0);
	repair_notes(t, "lvalue cast", 10, &found);
	CHECK(found);
	repair_notes(t, "keyword as a parameter name", 6, &found);
	CHECK(found);
	CHECK(call(t, "RegOpenKeyExW", 0) != NULL);
	CHECK_INT(func(t, "Advance")->error_nodes, 0);
	repair_notes(t, "old-style SAL annotation", 18, &found);
	CHECK(found);
	CHECK_INT(func(t, "ReadLevel")->error_nodes, 0);
	const struct fcall *q = call(t, "RegQueryValueExW", 0);
	CHECK(q && q->callee_declared && arg(q, 1)->kind == FX_STRING);
	repair_notes(t, "explicit specialization without template<>", 28, &found);
	CHECK(found);
	CHECK(call(t, "RegCloseKey", 0) != NULL);
	tu_facts_free(t);
	CHECK_INT(repair_dirs_left(), before);
}

TEST(doctor_cli)
{
	char cmd[1024];
	snprintf(cmd, sizeof(cmd), "'%s' doctor --format json '%s' 2>/dev/null", DRISO_BINARY, FIX "doctor_tree");
	FILE *p = popen(cmd, "r");
	CHECK(p != NULL);
	struct strbuf sb = STRBUF_INIT;
	char buf[4096];
	size_t n;
	while ((n = fread(buf, 1, sizeof(buf), p)) > 0)
		strbuf_add(&sb, buf, n);
	int rc = pclose(p);
	CHECK_INT(WEXITSTATUS(rc), 0);
	CHECK_CONTAINS(sb.buf, "\"tus\":\t2");
	CHECK_CONTAINS(sb.buf, "\"name\":\t\"acme_absent.h\"");
	/* AcmeInterface.h comes from driso's MIDL stand-in; AcmeRemote.idl is
	 * out of its reach, so doctor names it instead */
	CHECK_NOT_CONTAINS(sb.buf, "\"name\":\t\"AcmeInterface.h\"");
	CHECK_CONTAINS(sb.buf, "generated at build time from vendor/AcmeRemote.idl");
	CHECK_CONTAINS(sb.buf, "\"hint\":\t\"not in mingw-w64 or driso's shims");
	CHECK_CONTAINS(sb.buf, "\"bodies_lost\":\t1");
	strbuf_release(&sb);

	snprintf(cmd, sizeof(cmd), "'%s' doctor --bogus 2>/dev/null >/dev/null", DRISO_BINARY);
	CHECK_INT(WEXITSTATUS(system(cmd)), 2);
	snprintf(cmd, sizeof(cmd), "'%s' doctor --facts '%s' > /dev/null 2>&1", DRISO_BINARY, FIX "strings.c");
	CHECK_INT(WEXITSTATUS(system(cmd)), 0);
}

int main(void)
{
	RUN(decode_literals);
	RUN(msvc_only_constructs_read_as_msvc);
	RUN(wdm_registry_snippet);
	RUN(kmdf_snippet);
	RUN(user_mode_snippet);
	RUN(strings_and_ints);
	RUN(cpp_methods_stay_apart);
	RUN(wdk_style_main);
	RUN(facts_json_golden);
	RUN(broken_tus_do_not_stop_the_batch);
	RUN(vanished_vfs_overlay);
	RUN(implicit_declaration_is_an_unresolved_call);
	RUN(dropped_calls_are_recovered);
	RUN(doctor_cli);
	return HARNESS_DONE();
}
