/*
 * compile_env: flags per TU from vcxproj (+ .props), compile_commands.json,
 * WDK `sources`, the directory fallback; Windows targeting; the VFS overlay
 * checked by parsing the fixtures with libclang.
 */
#include "analyzer/compile_env.h"
#include "analyzer/compile_env_internal.h"
#include "core/diag.h"
#include "core/util.h"
#include "tests/harness.h"

#include <clang-c/Index.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#define FX DRISO_FIXTURES "/compile_env"

static struct tu_config_list list;
static struct diag_list errs;

static size_t discover(const char *root, const struct compile_env_options *o)
{
	tu_config_list_free(&list);
	diag_list_free(&errs);
	return compile_env_discover(root, o, &list, &errs);
}

/* The config for a file (path suffix) and configuration (NULL: any). */
static const struct tu_config *find(const char *suffix, const char *conf)
{
	for (size_t i = 0; i < list.n; i++)
		if (str_ends_with(list.items[i].file, suffix) &&
		    (!conf || (list.items[i].configuration && !strcmp(list.items[i].configuration, conf))))
			return &list.items[i];
	return NULL;
}

static size_t count(const char *suffix)
{
	size_t n = 0;
	for (size_t i = 0; i < list.n; i++)
		n += str_ends_with(list.items[i].file, suffix);
	return n;
}

static bool has_arg(const struct tu_config *c, const char *arg)
{
	for (size_t i = 0; c && i < c->n_args; i++)
		if (!strcmp(c->args[i], arg))
			return true;
	return false;
}

/* Origin of the first occurrence of arg. */
static const char *origin_of(const struct tu_config *c, const char *arg)
{
	for (size_t i = 0; c && i < c->n_args; i++)
		if (!strcmp(c->args[i], arg))
			return c->arg_origin[i];
	return NULL;
}

/* -I dir present (dir given relative to the fixture root). */
static bool has_include(const struct tu_config *c, const char *rel)
{
	char *want = path_join(FX, rel);
	bool found = false;
	for (size_t i = 0; c && i + 1 < c->n_args; i++)
		if (!strcmp(c->args[i], "-I") && !strcmp(c->args[i + 1], want))
			found = true;
	free(want);
	return found;
}

static const char *overlay_of(const struct tu_config *c)
{
	for (size_t i = 0; c && i + 1 < c->n_args; i++)
		if (!strcmp(c->args[i], "-ivfsoverlay"))
			return c->args[i + 1];
	return NULL;
}

/* Parse with libclang; count "file not found" and all errors. */
static void parse(const struct tu_config *c, int *not_found, int *errors, char *first, size_t first_len)
{
	CXIndex idx = clang_createIndex(0, 0);
	CXTranslationUnit tu = NULL;
	*not_found = *errors = 0;
	if (first_len)
		first[0] = 0;
	enum CXErrorCode rc = clang_parseTranslationUnit2(idx, c->file, (const char *const *)c->args, (int)c->n_args,
							  NULL, 0, CXTranslationUnit_KeepGoing, &tu);
	if (rc != CXError_Success) {
		*errors = 1;
		snprintf(first, first_len, "parse failed: %d", (int)rc);
		clang_disposeIndex(idx);
		return;
	}
	for (unsigned i = 0; i < clang_getNumDiagnostics(tu); i++) {
		CXDiagnostic d = clang_getDiagnostic(tu, i);
		if (clang_getDiagnosticSeverity(d) >= CXDiagnostic_Error) {
			CXString s = clang_formatDiagnostic(d, CXDiagnostic_DisplaySourceLocation);
			const char *t = clang_getCString(s);
			if (strstr(t, "file not found"))
				(*not_found)++;
			if (!(*errors)++ && first_len)
				snprintf(first, first_len, "%s", t);
			clang_disposeString(s);
		}
		clang_disposeDiagnostic(d);
	}
	clang_disposeTranslationUnit(tu);
	clang_disposeIndex(idx);
}

/* The TU parses with every #include found and no error (the first error is
 * printed before the check fails). */
static void check_parses_clean(const struct tu_config *c, const char *what)
{
	int not_found = 0, errors = 0;
	char first[512] = "";
	parse(c, &not_found, &errors, first, sizeof(first));
	if (errors)
		fprintf(stderr, "%s: first error: %s\n", what, first);
	CHECK_INT(not_found, 0);
	CHECK_INT(errors, 0);
}

TEST(vcxproj_debug_x64)
{
	CHECK(discover(FX "/vcxproj", NULL) > 0);
	CHECK_INT(errs.n, 0);
	const struct tu_config *c = find("/drv/driver.c", NULL);
	CHECK(c);
	CHECK_STR(c->configuration, "Debug|x64");
	CHECK(str_ends_with(c->project, "/drv/Drv.vcxproj"));
	CHECK_STR(c->target_name, "contosodrv");
	CHECK_INT(c->model, MODEL_KMDF);
	CHECK(c->kernel);
	CHECK_INT(c->target_build, 17134);
	CHECK(has_arg(c, "-DDEBUG_ONLY=1"));
	CHECK(has_arg(c, "-D_UNICODE"));
	CHECK(!has_arg(c, "-DRELEASE_ONLY"));
	CHECK(has_arg(c, "-DDBG=1"));
	CHECK(has_arg(c, "-D_KERNEL_MODE=1"));
	CHECK(has_arg(c, "-DKMDF_VERSION_MAJOR=1"));
	CHECK(has_arg(c, "-DKMDF_VERSION_MINOR=25"));
	CHECK(has_arg(c, "-DNTDDI_VERSION=0x0A000005"));
	CHECK(has_arg(c, "--target=x86_64-w64-mingw32"));
	CHECK(has_arg(c, "-D_AMD64_"));
	CHECK(has_arg(c, "/usr/x86_64-w64-mingw32/include/ddk"));
	/* ..\inc resolves to the on-disk "Inc"; $(ProjectDir)DbgInc to "dbginc"; $(DDK_INC_PATH) vanishes. */
	CHECK(has_include(c, "vcxproj/Inc"));
	CHECK(has_include(c, "vcxproj/drv/dbginc"));
	CHECK(!has_include(c, "vcxproj/drv/reldir"));
	CHECK_CONTAINS(origin_of(c, "-DDEBUG_ONLY=1"), "vcxproj ItemDefinitionGroup Debug|x64");
	CHECK_CONTAINS(origin_of(c, "-D_KERNEL_MODE=1"), "kernel");
	/* <ContosoEvents.h> and "ContosoMof.h": generated next to contoso.mof, stubbed. */
	CHECK_CONTAINS(origin_of(c, "-idirafter"), "build-generated");
	/* Per-item metadata with a per-configuration condition. */
	const struct tu_config *q = find("/drv/queue.c", NULL);
	CHECK(q && has_arg(q, "-DQUEUE_ITEM"));
	CHECK(q && has_arg(q, "-DDEBUG_ONLY=1"));
	/* Wildcard item. */
	const struct tu_config *h = find("/drv/src/helper.c", NULL);
	CHECK(h && h->project && str_ends_with(h->project, "Drv.vcxproj"));
	/* ... minus its Exclude pattern: falls to the fallback. */
	const struct tu_config *sk = find("/drv/src/skipped.c", NULL);
	CHECK(sk && !sk->project);
	/* Not listed by any project: fallback, model from precomp.h's <WDF.h>. */
	const struct tu_config *n = find("/drv/notinproject.c", NULL);
	CHECK(n && !n->project);
	CHECK_INT(n->model, MODEL_KMDF);
	CHECK(has_include(n, "vcxproj/Inc"));
}

TEST(vcxproj_release_x64)
{
	struct compile_env_options o = { .configuration = "Release" };
	discover(FX "/vcxproj", &o);
	const struct tu_config *c = find("/drv/driver.c", NULL);
	CHECK(c);
	CHECK_STR(c->configuration, "Release|x64");
	CHECK_STR(c->target_name, "contosodrv_rel");
	CHECK(has_arg(c, "-DRELEASE_ONLY"));
	CHECK(!has_arg(c, "-DDEBUG_ONLY=1"));
	CHECK(!has_arg(c, "-DDBG=1"));
	CHECK(has_include(c, "vcxproj/Inc"));
	CHECK(has_include(c, "vcxproj/drv/reldir"));
	CHECK(!has_include(c, "vcxproj/drv/dbginc"));
	const struct tu_config *q = find("/drv/queue.c", NULL);
	CHECK(q && !has_arg(q, "-DQUEUE_ITEM"));
	/* ExcludedFromBuild in Release only: not from the project then. */
	const struct tu_config *x = find("/drv/excluded.c", NULL);
	CHECK(x && !x->project);
}

TEST(vcxproj_props_import)
{
	discover(FX "/vcxproj", NULL);
	const struct tu_config *c = find("/drv/driver.c", NULL);
	CHECK(c);
	/* Item definitions from ..\Common.props (spelled with the wrong case), with a property it defines. */
	CHECK(has_arg(c, "-DFROM_PROPS"));
	CHECK(has_arg(c, "-DCONTOSO=1"));
	CHECK_CONTAINS(origin_of(c, "-DFROM_PROPS"), "common.props");
	/* %(PreprocessorDefinitions) keeps the inherited elements first. */
	size_t props_at = 0, debug_at = 0;
	for (size_t i = 0; i < c->n_args; i++) {
		if (!strcmp(c->args[i], "-DFROM_PROPS"))
			props_at = i;
		if (!strcmp(c->args[i], "-DDEBUG_ONLY=1"))
			debug_at = i;
	}
	CHECK(props_at && debug_at && props_at < debug_at);
	/* Directory.Build.props of an ancestor is imported like MSBuild does. */
	CHECK(has_arg(c, "-DFROM_DIRECTORY_BUILD=1"));
	CHECK_CONTAINS(origin_of(c, "-DFROM_DIRECTORY_BUILD=1"), "Directory.Build.props");
	CHECK(has_arg(find("/app/svc.cpp", NULL), "-DFROM_DIRECTORY_BUILD=1"));
	/* VC++ Directories: IncludePath, with the Windows-only path dropped. */
	CHECK(has_include(c, "vcxproj/vcdirs"));
	CHECK_CONTAINS(origin_of(c, "-DDEBUG_ONLY=1"), "vcxproj");
	for (size_t i = 0; i < c->n_args; i++)
		CHECK(!strstr(c->args[i], "WinDDK"));
}

TEST(vcxproj_all_configs_and_platforms)
{
	struct compile_env_options o = { .all_configs = true };
	discover(FX "/vcxproj", &o);
	CHECK(find("/drv/driver.c", "Debug|x64"));
	CHECK(find("/drv/driver.c", "Release|x64"));
	CHECK_INT(count("/drv/driver.c"), 2);

	/* A Win32-only project: i686 target and x86 defines, Win7 from TargetVersion. */
	discover(FX "/vcxproj", NULL);
	const struct tu_config *a = find("/app/svc.cpp", NULL);
	CHECK(a);
	CHECK_STR(a->configuration, "Debug|Win32");
	CHECK(has_arg(a, "--target=i686-w64-mingw32"));
	CHECK(has_arg(a, "-D_X86_"));
	CHECK(!has_arg(a, "-D_AMD64_"));
	CHECK(has_arg(a, "-DNTDDI_VERSION=0x06010000"));
	CHECK(has_arg(a, "-D_WIN32_WINNT=0x0601"));
	CHECK(!a->kernel);
	CHECK(!has_arg(a, "-D_KERNEL_MODE=1"));
	CHECK(!has_arg(a, "/usr/x86_64-w64-mingw32/include/ddk"));
	CHECK_INT(a->model, MODEL_USER_SERVICE);
	CHECK_CONTAINS(origin_of(a, "-D_UNICODE"), "CharacterSet Unicode");
	CHECK(has_arg(a, "-std=c++20")); /* LanguageStandard stdcpp20 */
	/* The project is a service because svc.cpp calls StartServiceCtrlDispatcherW. */
	const struct tu_config *hp = find("/app/helper.cpp", NULL);
	CHECK(hp);
	CHECK_INT(hp->model, MODEL_USER_SERVICE);

	struct compile_env_options arm = { .platform = "ARM64" };
	discover(FX "/vcxproj", &arm);
	const struct tu_config *d = find("/drv/driver.c", NULL);
	CHECK(d && has_arg(d, "-D_ARM64_") && !has_arg(d, "-D_AMD64_"));
}

TEST(target_os_override)
{
	struct compile_env_options o = { .target_build = 22000 };
	discover(FX "/vcxproj", &o);
	const struct tu_config *c = find("/drv/driver.c", NULL);
	CHECK(c);
	CHECK_INT(c->target_build, 22000);
	CHECK(has_arg(c, "-DNTDDI_VERSION=0x0A00000B"));
	CHECK(has_arg(c, "-DKMDF_VERSION_MINOR=25")); /* the project's own version stays */
	const struct tu_config *n = find("/drv/notinproject.c", NULL);
	CHECK(n && has_arg(n, "-DKMDF_VERSION_MINOR=33")); /* no project version: the OS's */
	struct compile_env_options o2 = { .target_build = 19041 };
	discover(FX "/vcxproj", &o2);
	CHECK(has_arg(find("/drv/driver.c", NULL), "-DNTDDI_VERSION=0x0A000008"));
}

TEST(compdb_both_forms)
{
	struct compile_env_options o = { .compdb = FX "/compdb/build" };
	discover(FX "/compdb", &o);
	const struct tu_config *k = find("/src/kernel.c", NULL);
	CHECK(k);
	CHECK(str_ends_with(k->project, "compile_commands.json"));
	CHECK(has_arg(k, "-DFOO=1"));
	CHECK(has_arg(k, "-DBAR"));
	CHECK(has_arg(k, "-UNDEBUG"));
	CHECK(has_include(k, "compdb/include"));
	CHECK(has_arg(k, "-DKMDF_VERSION_MINOR=31"));
	CHECK(!has_arg(k, "-DKMDF_VERSION_MINOR=15"));
	CHECK_INT(k->model, MODEL_KMDF);
	CHECK(k->kernel);
	CHECK_CONTAINS(origin_of(k, "-DFOO=1"), "compile_commands.json:2");
	const struct tu_config *u = find("/src/user.c", NULL);
	CHECK(u);
	CHECK(has_arg(u, "-DUNICODE"));
	CHECK(has_arg(u, "-DQUOTED=2"));
	CHECK(has_include(u, "compdb/include"));
	CHECK(!u->kernel);
	/* POSIX quoting in "command"; "/Users/..." is a path, not /U, for a non-cl compiler. */
	const struct tu_config *qt = find("/src/quoted.c", NULL);
	CHECK(qt);
	CHECK(has_arg(qt, "-DSPACED=\"a b\""));
	CHECK(has_arg(qt, "-DESC=a b"));
	CHECK(!has_arg(qt, "-Usersx/not-a-flag.c"));
	for (size_t i = 0; i < qt->n_args; i++)
		CHECK(!str_starts_with(qt->args[i], "-Users"));
	const struct tu_config *p = find("/src/plain.c", NULL);
	CHECK(p && !p->project);
	/* The entry naming C:\src\gone.c is reported with its line; the rest went on. */
	CHECK_INT(errs.n, 1);
	CHECK(str_ends_with(errs.items[0].file, "compile_commands.json"));
	CHECK_INT(errs.items[0].line, 12);
	CHECK_CONTAINS(errs.items[0].message, "gone.c");
}

TEST(compdb_bad_json)
{
	struct compile_env_options o = { .compdb = FX "/badcompdb/compile_commands.json" };
	CHECK_INT(discover(FX "/badcompdb", &o), 2);
	CHECK_INT(errs.n, 1);
	CHECK(str_ends_with(errs.items[0].file, "badcompdb/compile_commands.json"));
	CHECK_INT(errs.items[0].line, 10);
	CHECK(find("/src/a.c", NULL) && find("/src/b.c", NULL));

	struct compile_env_options missing = { .compdb = FX "/badcompdb/nope.json" };
	CHECK_INT(discover(FX "/badcompdb", &missing), 2);
	CHECK_INT(errs.n, 1);
}

TEST(bad_project_file)
{
	CHECK_INT(discover(FX "/badproj", NULL), 1);
	CHECK_INT(errs.n, 1);
	CHECK(str_ends_with(errs.items[0].file, "Broken.vcxproj"));
	CHECK(errs.items[0].line >= 5);
	const struct tu_config *x = find("/badproj/x.c", NULL);
	CHECK(x && !x->project);
	CHECK_INT(x->model, MODEL_USER_APP);

	CHECK_INT(discover(FX "/does-not-exist", NULL), 0);
	CHECK_INT(errs.n, 1);
}

TEST(hostile_project_file)
{
	/* 5000-deep conditions, a project importing itself, a .props importing
	 * itself twice, unbalanced $( : bounded work, no crash, the TU is found. */
	CHECK_INT(discover(FX "/hostile", NULL), 1);
	const struct tu_config *h = find("/hostile/h.c", NULL);
	CHECK(h && h->project && str_ends_with(h->project, "Hostile.vcxproj"));
	CHECK_INT(h->model, MODEL_KMDF);
}

TEST(wdk_sources_file)
{
	discover(FX "/sources", NULL);
	CHECK_INT(errs.n, 0);
	const struct tu_config *c = find("/sys/driver.c", NULL);
	CHECK(c);
	CHECK(str_ends_with(c->project, "/sys/sources"));
	CHECK_STR(c->target_name, "contoso");
	CHECK_INT(c->model, MODEL_KMDF);
	CHECK(c->kernel);
	CHECK(has_arg(c, "-DKMDF_VERSION_MINOR=9"));
	CHECK(has_arg(c, "-DCONTOSO_LEGACY=1"));
	CHECK(has_arg(c, "-DUSE_WPP"));
	CHECK(has_arg(c, "-DFROM_COMMON_INC")); /* !include ..\Common.Inc */
	CHECK(has_arg(c, "-DNTDDI_VERSION=0x06010000"));
	CHECK(has_include(c, "sources/inc"));
	CHECK(find("/sys/queue.c", NULL) && find("/sys/queue.c", NULL)->project);
	const struct tu_config *s = find("/sys/stray.c", NULL);
	CHECK(s && !s->project);
	CHECK_INT(s->model, MODEL_WDM);
}

TEST(fallback_models_and_includes)
{
	discover(FX "/fallback", NULL);
	CHECK_INT(errs.n, 0);
	const struct tu_config *k = find("/kmdfdrv/driver.c", NULL);
	CHECK(k);
	CHECK_INT(k->model, MODEL_KMDF); /* <wdf.h> reached through driver.h */
	CHECK(k->kernel);
	CHECK(has_include(k, "fallback/kmdfdrv"));
	CHECK(has_include(k, "fallback/common"));
	CHECK_CONTAINS(origin_of(k, "-DKMDF_VERSION_MINOR=15"), "default");
	const struct tu_config *u = find("/UmdfDriver/device.cpp", NULL);
	CHECK(u);
	CHECK_INT(u->model, MODEL_UMDF);
	CHECK(!u->kernel);
	CHECK(has_arg(u, "-DUMDF_VERSION_MAJOR=2"));
	const struct tu_config *w = find("/wdmdrv/sys/pnp.c", NULL);
	CHECK(w);
	CHECK_INT(w->model, MODEL_WDM);
	CHECK(has_include(w, "fallback/common"));
	CHECK(has_include(w, "fallback/wdmdrv"));
	CHECK_INT(find("/app/tool.c", NULL)->model, MODEL_USER_APP);
	CHECK_INT(find("/app/svc.c", NULL)->model, MODEL_USER_SERVICE);
	/* A header only a sibling directory holds: include completion adds it. */
	const struct tu_config *t = find("/tests/suite/t.c", NULL);
	CHECK(t);
	CHECK(has_include(t, "fallback/tests/helpers"));
	CHECK_CONTAINS(origin_of(t, "-I"), "fallback");
	bool completion = false;
	for (size_t i = 0; i < t->n_args; i++)
		completion |= strstr(t->arg_origin[i], "include completion: \"HalfApp.h\"") != NULL;
	CHECK(completion);
}

TEST(single_file_uses_its_project)
{
	CHECK_INT(discover(FX "/vcxproj/drv/driver.c", NULL), 1);
	const struct tu_config *c = find("/drv/driver.c", NULL);
	CHECK(c && c->project && str_ends_with(c->project, "Drv.vcxproj"));
	CHECK(has_arg(c, "-DFROM_PROPS"));
}

TEST(describe_and_cleanup)
{
	discover(FX "/vcxproj", NULL);
	const struct tu_config *c = find("/drv/driver.c", NULL);
	CHECK(c);
	char *d = tu_config_describe(c);
	CHECK_CONTAINS(d, "# model: KMDF (kernel mode)");
	CHECK_CONTAINS(d, "# configuration: Debug|x64");
	CHECK_CONTAINS(d, "-DDEBUG_ONLY=1  # vcxproj ItemDefinitionGroup Debug|x64\n");
	CHECK_CONTAINS(d, "-isystem /usr/x86_64-w64-mingw32/include/ddk  # default: kernel header set\n");
	CHECK_CONTAINS(d, "  # vfs overlay");
	free(d);
	char *overlay = xstrdup(overlay_of(c));
	CHECK(path_is_file(overlay));
	tu_config_list_free(&list);
	bool gone = !path_is_file(overlay);
	free(overlay);
	CHECK(gone);
}

TEST(ms_compatibility_constructs_parse)
{
	/* `, __VA_ARGS__` with no arguments, a C++ goto over an initialisation
	 * and char16_t parse as MSVC takes them; mingw-w64's intrinsics and
	 * libstdc++'s <atomic> still work because the GCC macros are given back. */
	discover(FX "/msvc", NULL);
	/* FOO.C is C, as cl.exe compiles it; the lower-case ones need no -x */
	CHECK_STR(origin_of(find("/msvc/LEGACY.C", NULL), "c"), "default: cl.exe compiles by the extension, whatever its case");
	CHECK(!has_arg(find("/msvc/trace.c", NULL), "-x"));
	/* an upper-case .CPP is a TU and C++; a PreprocessorDefinitions
	 * element that is no macro name (/wd4996) is dropped, as cl.exe does */
	const struct tu_config *helper = find("/msvc/HELPER.CPP", NULL);
	CHECK(helper && has_arg(helper, "c++") && has_arg(helper, "-DACME_FEATURE=1"));
	for (size_t i = 0; helper && i < helper->n_args; i++)
		CHECK(!str_starts_with(helper->args[i], "-D/"));
	/* template bodies parsed when instantiated, as MSVC before C++20 */
	CHECK(has_arg(find("/msvc/hwreg.cpp", NULL), "-fdelayed-template-parsing"));
	CHECK(!has_arg(find("/msvc/trace.c", NULL), "-fdelayed-template-parsing"));
	CHECK(!has_arg(find("/msvc/app/cxx20.cpp", NULL), "-fdelayed-template-parsing"));
	/* minmax.cpp, kmminmax.cpp: bare min/max as the SDK and WDK define them,
	 * beside libstdc++ (which defines NOMINMAX) and numeric_limits */
	static const char *const tus[] = { "/msvc/trace.c",  "/msvc/tool.cpp",   "/msvc/atomics.cpp",
					   "/msvc/LEGACY.C", "/msvc/minmax.cpp", "/msvc/kmminmax.cpp", "/msvc/hwreg.cpp",
					   "/msvc/HELPER.CPP", "/msvc/app/cxx20.cpp" };
	for (size_t i = 0; i < sizeof(tus) / sizeof(tus[0]); i++) {
		const struct tu_config *c = find(tus[i], NULL);
		CHECK(c);
		if (!c)
			continue;
		CHECK(has_arg(c, "-fms-compatibility"));
		CHECK(has_arg(c, "-D__GNUC__=4"));
		CHECK_CONTAINS(origin_of(c, "-D__GNUC__=4"), "mingw-w64");
		check_parses_clean(c, tus[i]);
	}
}

/* Index of the skipped entry for a path suffix, or -1. */
static long skipped_index(const char *suffix)
{
	for (size_t i = 0; i < list.n_skipped; i++)
		if (str_ends_with(list.skipped[i].file, suffix))
			return (long)i;
	return -1;
}

TEST(cxx_cli_tus_are_listed_not_parsed)
{
	/* C++/CLI (CLRSupport, CompileAsManaged, vcproj ManagedExtensions) is
	 * not C++ clang can read: such TUs are listed with why, not emitted, and
	 * not picked up again by the fallback; native and C files of the same
	 * projects are emitted as usual. */
	discover(FX "/clr", NULL);
	CHECK(!find("/gui/Form1.cpp", NULL));
	CHECK(!find("/tool/xmlhelper.cpp", NULL));
	CHECK(!find("/old/setup.cpp", NULL));
	CHECK(find("/gui/native.cpp", NULL));
	CHECK(find("/gui/helper.c", NULL));
	CHECK(find("/tool/main.cpp", NULL));
	CHECK(find("/old/plain.c", NULL));
	/* a source no project compiles that another #includes is part of it */
	CHECK(!find("/incl/part.c", NULL));
	CHECK(find("/incl/lib.c", NULL));
	long inc = skipped_index("/incl/part.c");
	CHECK(inc >= 0 && strstr(list.skipped[inc].why, "#included by incl/lib.c"));
	CHECK_INT(list.n_skipped, 4);
	long a = skipped_index("/gui/Form1.cpp"), b = skipped_index("/tool/xmlhelper.cpp"),
	     c = skipped_index("/old/setup.cpp");
	CHECK(a >= 0 && b >= 0 && c >= 0);
	if (a < 0 || b < 0 || c < 0)
		return;
	CHECK_CONTAINS(list.skipped[a].why, "CLRSupport");
	CHECK_CONTAINS(list.skipped[b].why, "CompileAsManaged");
	CHECK_CONTAINS(list.skipped[c].why, "ManagedExtensions");
	CHECK(str_ends_with(list.skipped[b].project, "/tool/tool.vcxproj"));
	CHECK(a < c && c < b && b > inc); /* sorted by path */
}

TEST(msvc_tolerance_flags)
{
	/* MSVC-accepted constructs are warnings, not errors, and --show-env says
	 * why; the C-only ones are not given to C++ TUs. */
	discover(FX "/vcxproj", NULL);
	const struct tu_config *c = find("/drv/driver.c", NULL);
	const struct tu_config *cxx = find("/app/svc.cpp", NULL);
	CHECK(c && cxx);
	if (!c || !cxx)
		return;
	CHECK(has_arg(c, "-Wno-error=implicit-function-declaration"));
	CHECK(has_arg(c, "-Wno-error=implicit-int"));
	CHECK(has_arg(c, "-Wno-error=incompatible-function-pointer-types"));
	CHECK(has_arg(c, "-Wno-error=invalid-token-paste"));
	CHECK(has_arg(c, "-ffreestanding"));
	CHECK_CONTAINS(origin_of(c, "-Wno-error=invalid-token-paste"), "MSVC");
	CHECK_CONTAINS(origin_of(c, "-ffreestanding"), "main(ULONG argc");
	CHECK(!has_arg(cxx, "-Wno-error=implicit-function-declaration"));
	CHECK(!has_arg(cxx, "-Wno-error=implicit-int"));
	CHECK(has_arg(cxx, "-Wno-error=invalid-token-paste"));
	CHECK(!has_arg(c, "-fdelayed-template-parsing") && !has_arg(cxx, "-fdelayed-template-parsing"));
	char *d = tu_config_describe(c);
	CHECK_CONTAINS(d, "-Wno-error=implicit-function-declaration  # default: MSVC accepts calls to undeclared functions in C\n");
	free(d);
}

TEST(wpp_stub_functions)
{
	/* The .tmh stand-in defines the trace functions of `begin_wpp config`
	 * lines (FUNC or the bare `Name{...}(...)` form) and of the project's <WppTraceFunction> (several, ';'),
	 * and pulls in the generic neutralizer from the shims. */
	discover(FX "/vcxproj", NULL);
	const struct tu_config *c = find("/drv/driver.c", NULL);
	CHECK(c);
	char *dir = xstrdup(overlay_of(c));
	char *slash = strrchr(dir, '/');
	CHECK(slash);
	if (slash)
		*slash = '\0';
	char *stub = path_join(dir, "wpp-stub.h");
	char *text = NULL;
	size_t len = 0;
	CHECK_INT(read_file(stub, &text, &len), 0);
	if (text) {
		CHECK_CONTAINS(text, "#define TraceEvents(...) ((void)0)");
		CHECK_CONTAINS(text, "#define DoTrace(...) ((void)0)");
		CHECK_CONTAINS(text, "#define LogMsg(...) ((void)0)");
		/* the older form without FUNC (NetAdapterCx samples); USEPREFIX is a directive */
		CHECK_CONTAINS(text, "#define LogInfo(...) ((void)0)");
		CHECK(!strstr(text, "USEPREFIX"));
		CHECK_CONTAINS(text, "#include <driso_wpp.h>");
		CHECK(!strstr(text, "#define LEVEL("));
	}
	free(text);
	free(stub);
	free(dir);
}

TEST(etw_manifest_header_and_unevaluated_define)
{
	/* mc.exe's header from acmeetw.man (GeneratedFilesBaseName %(Filename)Events)
	 * is stood in for with the manifest's names; SourceDirLength=%(SourceDirLength),
	 * an MSBuild property function driso does not evaluate, becomes 0 (not an
	 * empty macro that breaks `&__FILE__[SourceDirLength]`). */
	discover(FX "/etw", NULL);
	const struct tu_config *c = find("/src/log.c", NULL);
	CHECK(c);
	if (!c)
		return;
	CHECK(has_arg(c, "-DSourceDirLength=0"));
	const char *why = origin_of(c, "-DSourceDirLength=0");
	CHECK(why && strstr(why, "unevaluated MSBuild expression"));
	check_parses_clean(c, "/src/log.c");
}

/* The file `name` of the stand-in directory a TU searches last. */
static char *generated_file(const struct tu_config *c, const char *name)
{
	for (size_t i = 0; c && i + 1 < c->n_args; i++)
		if (!strcmp(c->args[i], "-idirafter")) {
			char *path = path_join(c->args[i + 1], name), *text = NULL;
			size_t len;
			if (read_file(path, &text, &len) != 0)
				text = NULL;
			free(path);
			return text;
		}
	return NULL;
}

TEST(midl_and_message_compiler_stand_ins)
{
	/* Sources include what MIDL and mc.exe would generate: the RPC header and
	 * its client/server stubs from ../idl/AcmeRpc.idl (another directory), a
	 * COM header and its _i.c, a message header from toolmsg.mc. Every TU
	 * parses with zero errors against the stand-ins. */
	discover(FX "/midl", NULL);
	static const char *const tus[] = { "/svc/server.c", "/client/client.cpp", "/com/obj.cpp", "/com/use.c",
					   "/msg/tool.c" };
	for (size_t i = 0; i < sizeof(tus) / sizeof(tus[0]); i++) {
		const struct tu_config *c = find(tus[i], NULL);
		CHECK(c);
		if (!c)
			continue;
		check_parses_clean(c, tus[i]);
	}
	const struct tu_config *c = find("/msg/tool.c", NULL);
	char *msg = generated_file(c, "toolmsg.h");
	CHECK(msg);
	if (msg) {
		/* severity << 30 | facility << 16 | id; a blank MessageId is the
		 * previous one plus one, `+8` adds 8; severity carries over */
		CHECK_CONTAINS(msg, "#define MSG_OPEN_FAILED ((DWORD)0xC0020001L)");
		CHECK_CONTAINS(msg, "#define MSG_APPLY_FAILED ((DWORD)0xC0020002L)");
		CHECK_CONTAINS(msg, "#define MSG_APPLIED ((DWORD)0x4002000AL)");
		CHECK_CONTAINS(msg, "#define MSG_USAGE ((DWORD)0x0000EA60L)");
		CHECK_CONTAINS(msg, "#define FACILITY_RUNTIME 0x2");
		CHECK_CONTAINS(msg, "#define STATUS_SEVERITY_ERROR 0x3");
		CHECK_CONTAINS(msg, "#ifndef ACME_TOOLMSG_H");
		CHECK_NOT_CONTAINS(msg, "Cannot open");
	}
	free(msg);
	c = find("/svc/server.c", NULL);
	char *rpc = generated_file(c, "AcmeRpc.h");
	CHECK(rpc);
	if (rpc) {
		CHECK_CONTAINS(rpc, "extern handle_t acmeBindingHandle;");
		CHECK_CONTAINS(rpc, "error_status_t AcmeOpen(const wchar_t * client , ACME_SESSION * session);");
		CHECK_CONTAINS(rpc, "void AcmePing(void);");
		CHECK_CONTAINS(rpc, "extern RPC_IF_HANDLE AcmeRpc_v1_2_s_ifspec;");
		CHECK_CONTAINS(rpc, "#define ACME_MAX_NAME ( 64)");
		CHECK_CONTAINS(rpc, "unsigned char v6 [ 16 ] ;");
		CHECK_NOT_CONTAINS(rpc, "switch_is");
		CHECK_NOT_CONTAINS(rpc, "typedef interface AcmeRpc");
	}
	free(rpc);
	char *stub = generated_file(c, "AcmeRpc_s.c");
	CHECK(stub && strstr(stub, "marshalling code"));
	free(stub);
	c = find("/com/use.c", NULL);
	char *com = generated_file(c, "AcmeCom.h"), *iid = generated_file(c, "AcmeCom_i.c");
	CHECK(com && iid);
	if (com && iid) {
		CHECK_CONTAINS(com, "virtual HRESULT STDMETHODCALLTYPE get_Name(BSTR * name) = 0;");
		CHECK_CONTAINS(com, "HRESULT (STDMETHODCALLTYPE *SetGain)(IAcmeFilter2 *This, LONG gain);");
		CHECK_CONTAINS(com, "EXTERN_C const CLSID CLSID_AcmeFilter;");
		CHECK_CONTAINS(iid, "const IID IID_IAcmeFilter2 = {0x7f0c4b9e,0x1d2a,0x4c6b,{0x8e,0x3f,0x5a,0x9d,0x0b,0x1c,0x2e,0x44}};");
		/* the IDL's own #define stays, its #pragma goes, an #included
		 * .idl becomes the header MIDL makes of it (also stood in for) */
		CHECK_CONTAINS(com, "#define ACME_COM_VERSION 2");
		CHECK_CONTAINS(com, "#include \"AcmeTypes.h\"");
		CHECK_CONTAINS(com, "#include <ocidl.h>");
		CHECK_NOT_CONTAINS(com, "AcmeTypes.idl");
	}
	free(com);
	free(iid);
	char *types = generated_file(c, "AcmeTypes.h");
	CHECK(types && strstr(types, "ACME_FILTER_HIGHPASS = 2"));
	free(types);
}

TEST(project_declared_outputs_and_wmi_schema)
{
	/* A .vcxproj names its generated headers: Wmimofck's HeaderOutputFile
	 * (WmiData.h, which mingw also has as wmidata.h: the build's own wins),
	 * Midl's HeaderFileName, MessageCompile's GeneratedFilesBaseName. The
	 * WMI header stands in for wmimofck's: GUID initializer and DEFINE_GUID,
	 * data-item structs with _SIZE/_ID, HeaderName, method ids, _IN/_OUT. */
	discover(FX "/wmi", NULL);
	static const char *const tus[] = { "/wmi/wmi.c", "/wmi/tool.c" };
	for (size_t i = 0; i < 2; i++) {
		const struct tu_config *c = find(tus[i], NULL);
		CHECK(c);
		if (!c)
			continue;
		bool declared_dir = false;
		for (size_t k = 0; k + 1 < c->n_args; k++)
			if (!strcmp(c->args[k], "-I") && strstr(c->args[k + 1], "/generated-project-"))
				declared_dir = strstr(c->arg_origin[k], "Wmimofck") != NULL;
		CHECK(declared_dir);
		check_parses_clean(c, tus[i]);
	}
	const struct tu_config *c = find("/wmi/wmi.c", NULL);
	char *dir = NULL;
	for (size_t i = 0; c && i + 1 < c->n_args; i++)
		if (!strcmp(c->args[i], "-I") && strstr(c->args[i + 1], "/generated-project-"))
			dir = path_join(c->args[i + 1], "WmiData.h");
	char *h = NULL;
	size_t len;
	CHECK(dir && read_file(dir, &h, &len) == 0);
	if (h) {
		CHECK_CONTAINS(h, "#define AcmeDeviceInformationGuid \\\n    { 0xbba21300,0x6dd3,0x11d2, { 0xb8,0x44,0x00,0xc0,0x4f,0xad,0x51,0x71 } }");
		CHECK_CONTAINS(h, "DEFINE_GUID(AcmeDeviceInformation_GUID, \\");
		CHECK_CONTAINS(h, "typedef struct _ACME_RANGE");
		CHECK_CONTAINS(h, "    ACME_RANGE Ranges[2];\n    #define AcmeDeviceInformation_Ranges_SIZE sizeof(ACME_RANGE[2])");
		CHECK_CONTAINS(h, "    WCHAR Installed[25];");
		CHECK_CONTAINS(h, "    CHAR VariableData[1];\n    #define AcmeDeviceInformation_ModelName_ID 6");
		CHECK_CONTAINS(h, "#define AcmeDeviceInformation_SIZE (FIELD_OFFSET(AcmeDeviceInformation, VariableData))");
		CHECK_CONTAINS(h, "#define AcmeReset     1");
		CHECK_CONTAINS(h, "#define AcmeReset_OUT_SIZE (FIELD_OFFSET(AcmeReset_OUT, Status) + AcmeReset_OUT_Status_SIZE)");
		CHECK_NOT_CONTAINS(h, "AfterString;");        /* nothing after the variable part */
		CHECK_NOT_CONTAINS(h, "typedef struct _AcmeArrival"); /* no data items */
		CHECK_CONTAINS(h, "    WCHAR HardwareId[31 + 1];\n    #define AcmeTargets_HardwareId_SIZE sizeof(WCHAR[31 + 1])");
		CHECK_CONTAINS(h, "    ACME_RANGE Targets[1];\n    #define AcmeTargets_Targets_ID 3\n\n} AcmeTargets");
		CHECK_NOT_CONTAINS(h, "#define AcmeTargets_SIZE");
		/* data items in WmiDataId order, whatever the source order */
		const char *bus = strstr(h, "UCHAR BusType;"), *err = strstr(h, "ULONG ErrorCount;");
		CHECK(bus && err && bus < err);
	}
	free(h);
	free(dir);
	/* The declaring project's TUs only: disk/disk.vcxproj's <wmidata.h> is
	 * the SDK's (its STORAGE_FAILURE_PREDICT_STATUS ids), not acme's. */
	c = find("/wmi/disk/disk.c", NULL);
	CHECK(c);
	if (!c)
		return;
	for (size_t i = 0; i < c->n_args; i++)
		CHECK(!strstr(c->args[i], "/generated-project"));
	check_parses_clean(c, "/wmi/disk/disk.c");
}

TEST(midl_and_mc_stand_ins_survive_broken_input)
{
	/* Truncated or malformed inputs give some text, never a crash or a hang. */
	static const char *const idl[] = {
		"[uuid(1-2", "interface I : IUnknown { HRESULT F([in] int", "import \"a.idl\"", "cpp_quote(\"#define X",
		"library L { coclass C { [default] interface I", "typedef struct S { [case(1)] int a", "]]]}}};;((",
		"interface I { const int = ; }", "\"unterminated", "/* unterminated comment",
	};
	static const char *const mof[] = {
		"[guid(\"{1-2\")] class", "class A { [WmiDataId(1)] uint32", "[WMI] class B : { ;;; }",
		"class C { [WmiMethodId(1)] void M([in] uint32 x", "instance of X { a = 1;", "[[[(((",
		"class D { [WmiDataId(1)] D Self; };",
	};
	static const char *const mc[] = {
		"MessageId=1 SymbolicName=A\nLanguage=English\nno terminator",
		"SeverityNames=(Bad=0x1:X\n", "MessageId=+ Severity=Nope SymbolicName=\n", "=\n;\n.",
	};
	char dir[] = "/tmp/driso-test-gen-XXXXXX";
	CHECK(mkdtemp(dir));
	for (size_t i = 0; i < sizeof(idl) / sizeof(idl[0]) + sizeof(mc) / sizeof(mc[0]); i++) {
		bool is_idl = i < sizeof(idl) / sizeof(idl[0]);
		const char *text = is_idl ? idl[i] : mc[i - sizeof(idl) / sizeof(idl[0])];
		char *path = xasprintf("%s/in%zu.%s", dir, i, is_idl ? "idl" : "mc");
		FILE *fp = fopen(path, "w");
		fputs(text, fp);
		fclose(fp);
		char *out = is_idl ? env_midl_stub(path, i % 2) : env_msgtext_stub(path);
		CHECK(out && strstr(out, "driso: stand-in"));
		free(out);
		unlink(path);
		free(path);
	}
	for (size_t i = 0; i < sizeof(mof) / sizeof(mof[0]); i++) {
		char *path = xasprintf("%s/m%zu.mof", dir, i);
		FILE *fp = fopen(path, "w");
		fputs(mof[i], fp);
		fclose(fp);
		char *out = env_mof_stub(path);
		CHECK(out && strstr(out, "driso: stand-in"));
		free(out);
		unlink(path);
		free(path);
	}
	CHECK(env_midl_stub("/nonexistent/x.idl", false) == NULL);
	CHECK(env_mof_stub("/nonexistent/x.mof") == NULL);
	rmdir(dir);
}

TEST(utf16_header_served_as_utf8)
{
	/* Visual Studio's resource.h is UTF-16LE with a BOM; clang reads UTF-8
	 * only, so the overlay serves a decoded copy in its place. */
	discover(FX "/utf16hdr", NULL);
	const struct tu_config *c = find("/dlg.c", NULL);
	CHECK(c);
	if (!c)
		return;
	check_parses_clean(c, "/dlg.c");
}

TEST(stale_cache_dirs_removed)
{
	/* A dir left by a driso that died (its owner pid is gone) is removed by
	 * the next discovery; one whose owner lives (this process) is kept. */
	char tmp[] = "/tmp/driso-test-tmpdir-XXXXXX";
	CHECK(mkdtemp(tmp));
	char *old_tmpdir = getenv("TMPDIR") ? xstrdup(getenv("TMPDIR")) : NULL;
	setenv("TMPDIR", tmp, 1);
	pid_t child = fork();
	if (child == 0)
		_exit(0);
	int status;
	waitpid(child, &status, 0);
	char *dead = xasprintf("%s/driso-env-dead00", tmp), *live = xasprintf("%s/driso-env-live00", tmp);
	mkdir(dead, 0700);
	mkdir(live, 0700);
	char *pf = xasprintf("%s/owner.pid", dead);
	FILE *fp = fopen(pf, "w");
	fprintf(fp, "%ld\n", (long)child);
	fclose(fp);
	free(pf);
	pf = xasprintf("%s/owner.pid", live);
	fp = fopen(pf, "w");
	fprintf(fp, "%ld\n", (long)getpid());
	fclose(fp);
	free(pf);
	discover(FX "/fallback", NULL);
	bool dead_gone = !path_is_dir(dead), live_kept = path_is_dir(live);
	tu_config_list_free(&list);
	if (old_tmpdir)
		setenv("TMPDIR", old_tmpdir, 1);
	else
		unsetenv("TMPDIR");
	free(old_tmpdir);
	char cmd[256];
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", tmp);
	int rc = system(cmd);
	free(dead);
	free(live);
	CHECK(dead_gone);
	CHECK(live_kept);
	CHECK(rc == 0);
}

static void make_dirs(const char *base, const char *const *rels)
{
	for (; *rels; rels++) {
		char *p = path_join(base, *rels);
		char cmd[4096];
		snprintf(cmd, sizeof(cmd), "mkdir -p '%s'", p);
		CHECK(system(cmd) == 0);
		free(p);
	}
}

TEST(wdk_layout)
{
	char tmpl[] = "/tmp/driso-test-wdk-XXXXXX";
	CHECK(mkdtemp(tmpl));
	static const char *const dirs[] = {
		"Include/10.0.19041.0/km", "Include/10.0.22621.0/km/crt", "Include/10.0.22621.0/shared",
		"Include/10.0.22621.0/um", "Include/10.0.22621.0/ucrt", "Include/wdf/kmdf/1.25",
		"Include/wdf/kmdf/1.33", "Include/wdf/umdf/2.33", NULL,
	};
	make_dirs(tmpl, dirs);
	struct compile_env_options o = { .wdk = tmpl };
	discover(FX "/vcxproj", &o);
	CHECK_INT(errs.n, 0);
	const struct tu_config *c = find("/drv/driver.c", NULL);
	char *km = xasprintf("%s/Include/10.0.22621.0/km", tmpl);
	char *kmdf = xasprintf("%s/Include/wdf/kmdf/1.25", tmpl);
	CHECK(has_arg(c, km));
	CHECK(has_arg(c, kmdf)); /* the project's KMDF 1.25 */
	char *crt = xasprintf("%s/Include/10.0.22621.0/km/crt", tmpl);
	CHECK(has_arg(c, crt));
	free(crt);
	const struct tu_config *app = find("/app/svc.cpp", NULL);
	char *ucrt = xasprintf("%s/Include/10.0.22621.0/ucrt", tmpl);
	CHECK(app && has_arg(app, ucrt) && !has_arg(app, "-D_KERNEL_MODE=1"));
	free(ucrt);
	CHECK(!has_arg(c, "/usr/x86_64-w64-mingw32/include/ddk"));
	CHECK(has_arg(c, "--target=x86_64-pc-windows-msvc"));
	free(km);
	free(kmdf);
	char cmd[512];
	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", tmpl);
	CHECK(system(cmd) == 0);

	struct compile_env_options bad = { .wdk = "/nonexistent-wdk" };
	discover(FX "/vcxproj", &bad);
	CHECK_INT(errs.n, 1);
	CHECK(has_arg(find("/drv/driver.c", NULL), "/usr/x86_64-w64-mingw32/include/ddk"));
}

/* The point of the overlay: Windows spellings resolve, and the flags each
 * source produced are the ones the #if checks in the fixtures expect. */
static void parse_all(const char *root, const struct compile_env_options *o, bool want_clean)
{
	discover(root, o);
	CHECK(list.n > 0);
	for (size_t i = 0; i < list.n; i++) {
		int nf, ne;
		char first[512];
		parse(&list.items[i], &nf, &ne, first, sizeof(first));
		if (nf)
			HARNESS_FAIL("%s: %d includes not found: %s", list.items[i].file, nf, first);
		if (want_clean && ne)
			HARNESS_FAIL("%s: %d errors: %s", list.items[i].file, ne, first);
	}
}

TEST(includes_resolve_vcxproj)
{
	parse_all(FX "/vcxproj", NULL, true);
}

TEST(includes_resolve_release)
{
	struct compile_env_options o = { .configuration = "Release" };
	parse_all(FX "/vcxproj", &o, true);
}

TEST(includes_resolve_compdb_sources_fallback)
{
	struct compile_env_options o = { .compdb = FX "/compdb/build" };
	parse_all(FX "/compdb", &o, true);
	parse_all(FX "/sources", NULL, true);
	parse_all(FX "/fallback", NULL, true);
}

TEST(vcproj_legacy)
{
	discover(FX "/vcproj", NULL);
	CHECK_INT(errs.n, 0);
	const struct tu_config *c = find("/tool/tool.cpp", NULL);
	CHECK(c && c->project && str_ends_with(c->project, "Tool.vcproj"));
	CHECK_STR(c->configuration, "Debug|Win32");
	CHECK(has_arg(c, "-D_CONSOLE"));
	CHECK(has_arg(c, "-DUNICODE"));
	CHECK(has_arg(c, "--target=i686-w64-mingw32"));
	CHECK(has_include(c, "vcproj/include"));
	CHECK_INT(c->model, MODEL_USER_APP);
	struct compile_env_options o = { .configuration = "Release" };
	discover(FX "/vcproj", &o);
	c = find("/tool/tool.cpp", NULL);
	CHECK(c);
	CHECK_STR(c->configuration, "Release|x64");
	CHECK(has_arg(c, "-DTOOL_RELEASE") && has_arg(c, "-D_MBCS") && !has_arg(c, "-DUNICODE"));
	const struct tu_config *d = find("/tool/debugonly.c", NULL);
	CHECK(d && !d->project);
	parse_all(FX "/vcproj", NULL, true);
}

TEST(missing_header_stays_missing)
{
	/* widget.mof next to it cannot produce nothere.h: reported, not stubbed. */
	discover(FX "/missing", NULL);
	const struct tu_config *c = find("/missing/m.c", NULL);
	CHECK(c);
	int nf, ne;
	char first[512];
	parse(c, &nf, &ne, first, sizeof(first));
	CHECK_INT(nf, 1);
	CHECK_CONTAINS(first, "nothere.h");
}

TEST(without_overlay_case_breaks)
{
	/* Control: the same driver.c without the overlay does not find Precomp.h. */
	discover(FX "/vcxproj", NULL);
	struct tu_config *c = (struct tu_config *)find("/drv/driver.c", NULL);
	CHECK(c);
	struct tu_config copy = *c;
	char **args = xcalloc(c->n_args, sizeof(char *));
	size_t n = 0;
	for (size_t i = 0; i < c->n_args; i++) {
		if (!strcmp(c->args[i], "-ivfsoverlay")) {
			i++;
			continue;
		}
		args[n++] = c->args[i];
	}
	copy.args = args;
	copy.n_args = n;
	int nf, ne;
	char first[512];
	parse(&copy, &nf, &ne, first, sizeof(first));
	free(args);
	CHECK(nf > 0);
}

/* A project's own _WIN32_WINNT / WINVER / NTDDI_VERSION pins a pre-Windows 10
 * target; Windows 10 values (0x0A00) say too little and leave the default. */
TEST(os_defines_pin_the_target_build)
{
	CHECK_INT(env_build_for_os_define("_WIN32_WINNT=0x0601"), 7600);
	CHECK_INT(env_build_for_os_define("WINVER=0x0603"), 9600);
	CHECK_INT(env_build_for_os_define("_WIN32_WINNT=_WIN32_WINNT_WIN8"), 9200);
	CHECK_INT(env_build_for_os_define("NTDDI_VERSION=NTDDI_WIN7"), 7600);
	CHECK_INT(env_build_for_os_define("NTDDI_VERSION=0x06030000"), 9600);
	CHECK_INT(env_build_for_os_define("NTDDI_VERSION=0x0A000005"), 17134);
	CHECK_INT(env_build_for_os_define("_WIN32_WINNT=0x0A00"), 0);
	CHECK_INT(env_build_for_os_define("_WIN32_WINNT"), 0);
	CHECK_INT(env_build_for_os_define("_WIN32_WINNT=0x601x"), 0);
	CHECK_INT(env_build_for_os_define("UNICODE=1"), 0);
}

int main(void)
{
	RUN(os_defines_pin_the_target_build);
	RUN(etw_manifest_header_and_unevaluated_define);
	RUN(utf16_header_served_as_utf8);
	RUN(midl_and_message_compiler_stand_ins);
	RUN(midl_and_mc_stand_ins_survive_broken_input);
	RUN(project_declared_outputs_and_wmi_schema);
	RUN(vcxproj_debug_x64);
	RUN(vcxproj_release_x64);
	RUN(vcxproj_props_import);
	RUN(vcxproj_all_configs_and_platforms);
	RUN(target_os_override);
	RUN(compdb_both_forms);
	RUN(compdb_bad_json);
	RUN(bad_project_file);
	RUN(hostile_project_file);
	RUN(wdk_sources_file);
	RUN(fallback_models_and_includes);
	RUN(single_file_uses_its_project);
	RUN(describe_and_cleanup);
	RUN(msvc_tolerance_flags);
	RUN(cxx_cli_tus_are_listed_not_parsed);
	RUN(ms_compatibility_constructs_parse);
	RUN(wpp_stub_functions);
	RUN(wdk_layout);
	RUN(stale_cache_dirs_removed);
	RUN(includes_resolve_vcxproj);
	RUN(includes_resolve_release);
	RUN(includes_resolve_compdb_sources_fallback);
	RUN(vcproj_legacy);
	RUN(missing_header_stays_missing);
	RUN(without_overlay_case_breaks);
	tu_config_list_free(&list);
	diag_list_free(&errs);
	return HARNESS_DONE();
}
