/*
 * compile_env: discovery driver, Windows targeting and the shared helpers of
 * the flag sources (compile_env_compdb.c, _vcxproj.c, _sources.c,
 * _fallback.c, _vfs.c).
 */
#include "analyzer/compile_env.h"
#include "analyzer/compile_env_internal.h"
#include "core/strbuf.h"
#include "core/util.h"

#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <libxml/xmlerror.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#ifndef DRISO_SHIM_DIR
#define DRISO_SHIM_DIR "analyzer/shims"
#endif
#ifndef DRISO_INSTALLED_SHIM_DIR
#define DRISO_INSTALLED_SHIM_DIR "/usr/local/share/driso/shims"
#endif
#ifndef DRISO_MINGW_INCLUDE
#define DRISO_MINGW_INCLUDE "/usr/x86_64-w64-mingw32/include"
#endif
#ifndef DRISO_CLANG_RESOURCE_DIR
#define DRISO_CLANG_RESOURCE_DIR "/usr/lib/llvm-19/lib/clang/19"
#endif

/* Windows 10 1803: the canonical parse target when neither the project nor
 * the command line names one. */
#define DEFAULT_TARGET_BUILD 17134
#define DEFAULT_FW_MINOR 15

const char *driver_model_name(enum driver_model m)
{
	static const char *const names[] = {
		[MODEL_UNKNOWN] = "unknown", [MODEL_WDM] = "WDM", [MODEL_KMDF] = "KMDF",
		[MODEL_UMDF] = "UMDF", [MODEL_USER_SERVICE] = "service", [MODEL_USER_APP] = "app",
	};
	if ((unsigned)m < sizeof(names) / sizeof(names[0]) && names[m])
		return names[m];
	return "unknown";
}

/* ---------- small containers ---------- */

void argvec_add(struct argvec *v, const char *arg, const char *origin)
{
	ALLOC_GROW(v->args, v->n + 1, v->alloc);
	v->origin = xrealloc(v->origin, v->alloc * sizeof(*v->origin));
	v->args[v->n] = xstrdup(arg);
	v->origin[v->n] = xstrdup(origin ? origin : "");
	v->n++;
}

void argvec_free(struct argvec *v)
{
	for (size_t i = 0; i < v->n; i++) {
		free(v->args[i]);
		free(v->origin[i]);
	}
	free(v->args);
	free(v->origin);
	memset(v, 0, sizeof(*v));
}

void strlist_add_take(struct strlist *l, char *s)
{
	ALLOC_GROW(l->v, l->n + 1, l->alloc);
	l->v[l->n++] = s;
}

void strlist_add(struct strlist *l, const char *s)
{
	strlist_add_take(l, xstrdup(s));
}

bool strlist_has(const struct strlist *l, const char *s)
{
	for (size_t i = 0; i < l->n; i++)
		if (!strcmp(l->v[i], s))
			return true;
	return false;
}

void strlist_free(struct strlist *l)
{
	for (size_t i = 0; i < l->n; i++)
		free(l->v[i]);
	free(l->v);
	memset(l, 0, sizeof(*l));
}

void strlist_split(struct strlist *l, const char *s, const char *seps)
{
	while (s && *s) {
		size_t n = strcspn(s, seps);
		const char *b = s, *e = s + n;
		while (b < e && (*b == ' ' || *b == '\t' || *b == '\r' || *b == '\n'))
			b++;
		while (e > b && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r' || e[-1] == '\n'))
			e--;
		if (e > b)
			strlist_add_take(l, xstrndup(b, (size_t)(e - b)));
		s += n;
		if (*s)
			s++;
	}
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

void tu_flags_init(struct tu_flags *f)
{
	memset(f, 0, sizeof(*f));
	f->kernel = -1;
	f->debug = -1;
	f->kmdf_major = f->kmdf_minor = f->umdf_major = f->umdf_minor = -1;
}

void tu_flags_free(struct tu_flags *f)
{
	argvec_free(&f->user);
	free(f->configuration);
	free(f->project);
	free(f->target_name);
	free(f->target_origin);
	free(f->fw_origin);
	memset(f, 0, sizeof(*f));
}

/* ---------- platform and OS version tables ---------- */

static const struct {
	const char *name;
	enum env_platform p;
} platform_names[] = {
	{ "x64", PLAT_X64 }, { "amd64", PLAT_X64 }, { "Win32", PLAT_WIN32 },
	{ "x86", PLAT_WIN32 }, { "i386", PLAT_WIN32 }, { "ARM64", PLAT_ARM64 },
};

const char *env_platform_name(enum env_platform p)
{
	switch (p) {
	case PLAT_WIN32: return "Win32";
	case PLAT_ARM64: return "ARM64";
	default: return "x64";
	}
}

bool env_parse_platform(const char *s, enum env_platform *out)
{
	for (size_t i = 0; i < sizeof(platform_names) / sizeof(platform_names[0]); i++)
		if (!strcasecmp(s, platform_names[i].name)) {
			*out = platform_names[i].p;
			return true;
		}
	return false;
}

/* Build -> NTDDI (mingw sdkddkver.h names), framework version shipped with
 * it (source-rules.md §0). Older releases map to their own NTDDI. */
static const struct os_row {
	int build;
	unsigned ntddi;
	unsigned winnt;
	int fw_minor;
} os_table[] = {
	{ 2195, 0x05000000, 0x0500, 0 },   /* Win2000 */
	{ 2600, 0x05010000, 0x0501, 5 },   /* XP */
	{ 3790, 0x05020000, 0x0502, 5 },   /* Server 2003 */
	{ 6000, 0x06000000, 0x0600, 7 },   /* Vista */
	{ 7600, 0x06010000, 0x0601, 9 },   /* Win7 */
	{ 9200, 0x06020000, 0x0602, 11 },  /* Win8 */
	{ 9600, 0x06030000, 0x0603, 13 },  /* Win8.1 */
	{ 10240, 0x0A000000, 0x0A00, 15 },
	{ 10586, 0x0A000001, 0x0A00, 17 },
	{ 14393, 0x0A000002, 0x0A00, 19 },
	{ 15063, 0x0A000003, 0x0A00, 21 },
	{ 16299, 0x0A000004, 0x0A00, 23 },
	{ 17134, 0x0A000005, 0x0A00, 25 },
	{ 17763, 0x0A000006, 0x0A00, 27 },
	{ 18362, 0x0A000007, 0x0A00, 29 },
	{ 19041, 0x0A000008, 0x0A00, 31 },
	{ 20348, 0x0A00000A, 0x0A00, 33 },
	{ 22000, 0x0A00000B, 0x0A00, 33 },
};

static const struct os_row *os_row_for(int build)
{
	const struct os_row *best = &os_table[0];
	for (size_t i = 0; i < sizeof(os_table) / sizeof(os_table[0]); i++)
		if (os_table[i].build <= build)
			best = &os_table[i];
	return best;
}

unsigned env_ntddi_for_build(int build) { return os_row_for(build)->ntddi; }
unsigned env_winnt_for_build(int build) { return os_row_for(build)->winnt; }
int env_fw_minor_for_build(int build) { return build ? os_row_for(build)->fw_minor : DEFAULT_FW_MINOR; }

int env_build_for_target_version(const char *tv)
{
	static const struct {
		const char *name;
		int build;
	} map[] = {
		{ "Windows10", DEFAULT_TARGET_BUILD }, { "Windows11", 22000 }, { "WindowsV6.3", 9600 },
		{ "Win8.1", 9600 }, { "Win8", 9200 }, { "Win7", 7600 }, { "Vista", 6000 },
		{ "Windows8.1", 9600 }, { "Windows8", 9200 }, { "Windows7", 7600 }, { "WindowsV6.2", 9200 },
		{ "WindowsV6.1", 7600 }, { "WindowsV6.0", 6000 },
	};
	if (!tv)
		return 0;
	for (size_t i = 0; i < sizeof(map) / sizeof(map[0]); i++)
		if (!strcasecmp(tv, map[i].name))
			return map[i].build;
	return 0;
}

int env_build_for_os_define(const char *def)
{
	/* pre-Windows 10 values only: 0x0A00 alone does not say which Windows 10 */
	static const struct {
		const char *name;
		long value;
		int build;
	} map[] = {
		{ "_WIN32_WINNT", 0x0501, 2600 }, { "_WIN32_WINNT", 0x0502, 3790 }, { "_WIN32_WINNT", 0x0600, 6000 },
		{ "_WIN32_WINNT", 0x0601, 7600 }, { "_WIN32_WINNT", 0x0602, 9200 }, { "_WIN32_WINNT", 0x0603, 9600 },
		{ "WINVER", 0x0501, 2600 },       { "WINVER", 0x0502, 3790 },       { "WINVER", 0x0600, 6000 },
		{ "WINVER", 0x0601, 7600 },       { "WINVER", 0x0602, 9200 },       { "WINVER", 0x0603, 9600 },
	};
	static const struct {
		const char *text;
		int build;
	} names[] = {
		{ "_WIN32_WINNT_WINXP", 2600 }, { "_WIN32_WINNT_WS03", 3790 }, { "_WIN32_WINNT_VISTA", 6000 },
		{ "_WIN32_WINNT_WIN7", 7600 },  { "_WIN32_WINNT_WIN8", 9200 }, { "_WIN32_WINNT_WINBLUE", 9600 },
		{ "NTDDI_WINXP", 2600 },        { "NTDDI_WS03", 3790 },        { "NTDDI_VISTA", 6000 },
		{ "NTDDI_WIN7", 7600 },         { "NTDDI_WIN8", 9200 },        { "NTDDI_WINBLUE", 9600 },
	};
	const char *eq = def ? strchr(def, '=') : NULL;
	if (!eq)
		return 0;
	size_t n = (size_t)(eq - def);
	const char *val = eq + 1;
	for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++)
		if (!strcmp(val, names[i].text))
			return names[i].build;
	char *end;
	long v = strtol(val, &end, 0);
	if (end == val || *end)
		return 0;
	if (n == strlen("NTDDI_VERSION") && !strncmp(def, "NTDDI_VERSION", n)) {
		for (size_t i = 0; i < sizeof(os_table) / sizeof(os_table[0]); i++)
			if (os_table[i].ntddi == (unsigned long)v)
				return os_table[i].build;
		return 0;
	}
	for (size_t i = 0; i < sizeof(map) / sizeof(map[0]); i++)
		if (strlen(map[i].name) == n && !strncmp(def, map[i].name, n) && map[i].value == v)
			return map[i].build;
	return 0;
}

/* ---------- paths ---------- */

char *env_resolve_path(const char *base_dir, const char *path)
{
	return path_resolve_nocase(base_dir, path);
}

static void xml_silent(void *ctx, const char *msg, ...)
{
	(void)ctx;
	(void)msg;
}

static void xml_silent_structured(void *ctx, xmlErrorPtr error)
{
	(void)ctx;
	(void)error;
}

void env_xml_quiet(void)
{
	/* XML_PARSE_NOERROR does not cover libxml2's encoding and I/O errors,
	 * which it prints to stderr; driso reports project files itself
	 * (xmlGetLastError) as file:line: error: ... */
	xmlSetGenericErrorFunc(NULL, xml_silent);
	xmlSetStructuredErrorFunc(NULL, xml_silent_structured);
}

void env_add_define(struct argvec *v, const char *def, const char *origin)
{
	/* cl.exe ignores what is not a macro name (serenum lists the option
	 * /wd4996 among its PreprocessorDefinitions); clang would fail every TU */
	if (!(isalpha((unsigned char)def[0]) || def[0] == '_'))
		return;
	for (const char *p = def; *p && *p != '=' && *p != '('; p++)
		if (!(isalnum((unsigned char)*p) || *p == '_'))
			return;
	char *d = xasprintf("-D%s", def);
	argvec_add(v, d, origin);
	free(d);
}

/* ---------- tree walk ---------- */

/* Extensions compare without case, as on Windows (DRIVER.CPP, Init.C). */
static bool is_tu_name(const char *name)
{
	static const char *const exts[] = { ".c", ".cpp", ".cxx", ".cc" };
	for (size_t i = 0; i < sizeof(exts) / sizeof(exts[0]); i++)
		if (str_iends_with(name, exts[i]))
			return true;
	return false;
}

static bool skip_dir_name(const char *name)
{
	/* Version control and IDE state, never sources. */
	static const char *const skip[] = { ".git", ".svn", ".hg", ".vs", "node_modules" };
	for (size_t i = 0; i < sizeof(skip) / sizeof(skip[0]); i++)
		if (!strcmp(name, skip[i]))
			return true;
	return false;
}

static void walk_tree(struct env_ctx *ctx, const char *dir, int depth)
{
	if (depth > 40)
		return;
	DIR *d = opendir(dir);
	if (!d) {
		diag_add(ctx->errors, dir, 1, "cannot read directory: %s", strerror(errno));
		return;
	}
	struct dirent *de;
	struct strlist subdirs = { 0 };
	while ((de = readdir(d))) {
		if (!strcmp(de->d_name, ".") || !strcmp(de->d_name, ".."))
			continue;
		char *full = path_join(dir, de->d_name);
		struct stat st;
		if (lstat(full, &st) != 0) {
			free(full);
			continue;
		}
		if (S_ISLNK(st.st_mode) && stat(full, &st) != 0) {
			free(full);
			continue;
		}
		if (S_ISDIR(st.st_mode)) {
			if (!skip_dir_name(de->d_name))
				strlist_add(&subdirs, full);
		} else if (S_ISREG(st.st_mode)) {
			if (is_tu_name(de->d_name))
				strlist_add(&ctx->tus, full);
			if (str_iends_with(de->d_name, ".vcxproj"))
				strlist_add(&ctx->vcxprojs, full);
			if (str_iends_with(de->d_name, ".vcproj"))
				strlist_add(&ctx->vcprojs, full);
			if (!strcasecmp(de->d_name, "sources"))
				strlist_add(&ctx->sources_files, full);
			strlist_add_take(&ctx->files, full);
			continue;
		}
		free(full);
	}
	closedir(d);
	for (size_t i = 0; i < subdirs.n; i++)
		walk_tree(ctx, subdirs.v[i], depth + 1);
	strlist_free(&subdirs);
}

long env_tu_index(const struct env_ctx *ctx, const char *abs)
{
	char **hit = bsearch(&abs, ctx->tus.v, ctx->tus.n, sizeof(char *), cmp_str);
	return hit ? (long)(hit - ctx->tus.v) : -1;
}

bool env_wanted(const struct env_ctx *ctx, const char *abs)
{
	return !ctx->only_file || !strcmp(ctx->only_file, abs);
}

bool env_claim(struct env_ctx *ctx, const char *abs)
{
	long i = env_tu_index(ctx, abs);
	if (i < 0 || ctx->claimed[i])
		return false;
	ctx->claimed[i] = true;
	return true;
}

void env_skip(struct env_ctx *ctx, const char *file, const char *project, const char *why)
{
	struct tu_config_list *l = ctx->out;
	for (size_t i = 0; i < l->n_skipped; i++)
		if (!strcmp(l->skipped[i].file, file))
			return;
	ALLOC_GROW(l->skipped, l->n_skipped + 1, l->alloc_skipped);
	l->skipped[l->n_skipped++] = (struct tu_skipped){ xstrdup(file), xstrdup(project), xstrdup(why) };
}

static int cmp_skipped(const void *a, const void *b)
{
	return strcmp(((const struct tu_skipped *)a)->file, ((const struct tu_skipped *)b)->file);
}

/* ---------- --wdk ---------- */

/* Highest-sorting subdirectory of dir whose name starts with a digit
 * (Include/10.0.22621.0, wdf/kmdf/1.33). */
static char *highest_version_dir(const char *dir)
{
	DIR *d = opendir(dir);
	if (!d)
		return NULL;
	char *best = NULL;
	struct dirent *de;
	while ((de = readdir(d))) {
		if (de->d_name[0] < '0' || de->d_name[0] > '9')
			continue;
		if (!best || strverscmp(de->d_name, best) > 0) {
			free(best);
			best = xstrdup(de->d_name);
		}
	}
	closedir(d);
	if (!best)
		return NULL;
	char *full = path_join(dir, best);
	free(best);
	return full;
}

static char *existing_dir(const char *base, const char *rel)
{
	char *p = env_resolve_path(base, rel);
	if (p && path_is_dir(p))
		return p;
	free(p);
	return NULL;
}

static void resolve_wdk(struct env_ctx *ctx)
{
	const char *wdk = ctx->opts->wdk;
	/* Accept the kit root (…/Windows Kits/10), its Include dir, or a versioned Include dir. */
	char *inc = existing_dir(wdk, "Include");
	if (!inc)
		inc = xstrdup(wdk);
	char *ver = existing_dir(inc, "km") ? xstrdup(inc) : highest_version_dir(inc);
	if (ver) {
		ctx->wdk_km = existing_dir(ver, "km");
		ctx->wdk_km_crt = existing_dir(ver, "km/crt");
		ctx->wdk_shared = existing_dir(ver, "shared");
		ctx->wdk_um = existing_dir(ver, "um");
		ctx->wdk_ucrt = existing_dir(ver, "ucrt");
	}
	ctx->wdk_kmdf = existing_dir(inc, "wdf/kmdf");
	ctx->wdk_umdf = existing_dir(inc, "wdf/umdf");
	if (!ctx->wdk_km || !ctx->wdk_shared)
		diag_add(ctx->errors, wdk, 1,
			 "--wdk: no Include/<version>/km and shared directories found; using mingw-w64 headers");
	free(ver);
	free(inc);
}

/* The wdf/<fw>/<major.minor> directory closest to (not above) the wanted version. */
static char *wdk_fw_dir(const char *fw_root, int major, int minor)
{
	if (!fw_root)
		return NULL;
	char *want = xasprintf("%d.%d", major, minor);
	char *exact = existing_dir(fw_root, want);
	free(want);
	return exact ? exact : highest_version_dir(fw_root);
}

/* ---------- emitting one TU ---------- */

/* cl.exe reads extensions without regard to case: FOO.C is C (clang's
 * table says C++), FOO.CPP is C++. */
static bool is_cxx_file(const char *file)
{
	return str_iends_with(file, ".cpp") || str_iends_with(file, ".cxx") || str_iends_with(file, ".cc");
}

/* The -x a TU needs when clang's extension table would not pick what
 * cl.exe compiles it as (upper- or mixed-case extensions), or NULL. */
static const char *explicit_language(const char *file)
{
	const char *dot = strrchr(path_basename(file), '.');
	if (!dot)
		return NULL;
	static const char *const plain[] = { ".c", ".cpp", ".cxx", ".cc" };
	for (size_t i = 0; i < sizeof(plain) / sizeof(plain[0]); i++)
		if (!strcmp(dot, plain[i]))
			return NULL;
	if (!strcasecmp(dot, ".c"))
		return "c";
	return is_cxx_file(file) ? "c++" : NULL;
}

#ifndef DRISO_MINGW_GCC_DIR
#define DRISO_MINGW_GCC_DIR "/usr/lib/gcc/x86_64-w64-mingw32"
#endif

/* <gcc dir>/<version>/include/c++ of the newest mingw-w64 g++, or NULL. */
static char *mingw_cxx_include_dir(void)
{
	char *ver = highest_version_dir(DRISO_MINGW_GCC_DIR);
	if (!ver)
		return NULL;
	char *cxx = path_join(ver, "include/c++");
	free(ver);
	if (path_is_dir(cxx))
		return cxx;
	free(cxx);
	return NULL;
}

/* Constructs MSVC accepts that clang rejects by default, and whose
 * diagnostics leave the AST intact: the flags turn those errors back into
 * warnings (still shown), so the printed command line parses as driso does
 * (the front end adds the same). Kept only those measured to matter on
 * Windows-driver-samples (597 .c files, docs/compile-env.md). Not taken:
 * -fdelayed-template-parsing (uninstantiated template bodies vanish from the
 * AST: UsbDk lost 2,256 calls for no body recovered) and the -Wno-error= of
 * diagnostics that never occurred there (int-conversion,
 * incompatible-pointer-types, return-type). */
static const struct {
	const char *flag;
	bool c_only;
	const char *why;
} msvc_tolerance[] = {
	{ "-Wno-error=implicit-function-declaration", true,
	  "default: MSVC accepts calls to undeclared functions in C" },
	{ "-Wno-error=implicit-int", true, "default: MSVC accepts implicit int in C" },
	{ "-Wno-error=incompatible-function-pointer-types", false,
	  "default: MSVC accepts mismatched function pointer types" },
	{ "-Wno-error=invalid-token-paste", false,
	  "default: MSVC pastes \"lit\" ## x without error" },
	{ "-ffreestanding", false,
	  "default: WDK test apps declare main(ULONG argc, PCHAR argv[])" },
};

/*
 * -fms-compatibility accepts what only MSVC's preprocessor and parser take
 * and real driver trees are full of: `, __VA_ARGS__` with no variadic
 * arguments (regfltr's trace macros), a C++ goto over an initialisation,
 * `char16_t` as a keyword from the 2015 dialect on. It also stops clang
 * from defining __GNUC__, without which mingw-w64's headers turn
 * __attribute__ into nothing and every intrinsic breaks: the GCC version
 * macros clang normally sets are given back. _MSC_VER stays undefined (the
 * mingw target never sets it), so mingw's headers take their GCC paths.
 * Measured on Windows-driver-samples (every 4th TU): bodies lost 486 -> 353;
 * legacy trees: hidden 91.3% -> 98.3%, vJoy 92.7% -> 93.2%, no TU worse.
 */
static void add_ms_compatibility(struct argvec *a, bool cxx, const struct argvec *project)
{
	static const char gnuc[] = "default: mingw-w64's headers need __GNUC__, which -fms-compatibility stops defining";
	argvec_add(a, "-fms-compatibility",
		   "default: MSVC compatibility (`, __VA_ARGS__` with no arguments, goto over an initialisation)");
	argvec_add(a, "-fms-compatibility-version=19.29", "default: the Visual Studio 2019 dialect (char16_t is a keyword)");
	static const char *const gcc_macros[] = { "-D__GNUC__=4", "-D__GNUC_MINOR__=2", "-D__GNUC_PATCHLEVEL__=1" };
	for (size_t i = 0; i < sizeof(gcc_macros) / sizeof(gcc_macros[0]); i++)
		argvec_add(a, gcc_macros[i], gnuc);
	argvec_add(a, cxx ? "-D__GNUC_GNU_INLINE__=1" : "-D__GNUC_STDC_INLINE__=1", gnuc);
	/* libstdc++'s <atomic> (any C++ TU using std::mutex or shared_ptr) tests
	 * these; clang drops them with the GCC version macros */
	static const char atomics[] = "default: libstdc++'s <atomic> needs the __GCC_ATOMIC_* macros -fms-compatibility drops";
	static const char *const atomic_macros[] = {
		"-D__GCC_ATOMIC_BOOL_LOCK_FREE=2",     "-D__GCC_ATOMIC_CHAR_LOCK_FREE=2",
		"-D__GCC_ATOMIC_CHAR16_T_LOCK_FREE=2", "-D__GCC_ATOMIC_CHAR32_T_LOCK_FREE=2",
		"-D__GCC_ATOMIC_WCHAR_T_LOCK_FREE=2",  "-D__GCC_ATOMIC_SHORT_LOCK_FREE=2",
		"-D__GCC_ATOMIC_INT_LOCK_FREE=2",      "-D__GCC_ATOMIC_LONG_LOCK_FREE=2",
		"-D__GCC_ATOMIC_LLONG_LOCK_FREE=2",    "-D__GCC_ATOMIC_POINTER_LOCK_FREE=2",
		"-D__GCC_ATOMIC_TEST_AND_SET_TRUEVAL=1", "-D__GCC_ATOMIC_CHAR8_T_LOCK_FREE=2",
	};
	for (size_t i = 0; i < sizeof(atomic_macros) / sizeof(atomic_macros[0]); i++)
		argvec_add(a, atomic_macros[i], atomics);
	if (!cxx)
		return;
	/* the rest of what clang tells libstdc++ about itself in C++ */
	static const char gxx[] = "default: libstdc++ reads the g++ macros -fms-compatibility drops";
	static const char *const gxx_macros[] = {
		"-D__GNUG__=4", "-D__GXX_ABI_VERSION=1002", "-D__GXX_RTTI=1", "-D__GXX_WEAK__=1", "-D__EXCEPTIONS=1",
	};
	for (size_t i = 0; i < sizeof(gxx_macros) / sizeof(gxx_macros[0]); i++)
		argvec_add(a, gxx_macros[i], gxx);
	/* a strict -std=c++NN is __STRICT_ANSI__ to libstdc++, which then keeps
	 * __int128 out of std::ranges (-fms-compatibility drops the macro) */
	bool cxx20 = false;
	for (size_t i = 0; project && i < project->n; i++)
		if (str_starts_with(project->args[i], "-std=c++") || str_starts_with(project->args[i], "-std=gnu++")) {
			const char *v = strstr(project->args[i], "++") + 2;
			cxx20 = v[0] == '2';
			if (str_starts_with(project->args[i], "-std=c++")) {
				argvec_add(a, "-D__STRICT_ANSI__=1", "default: a strict -std is __STRICT_ANSI__ to libstdc++");
				break;
			}
		}
	/* MSVC parses a template's body only when it is instantiated (before
	 * C++20): code it never instantiates compiles however it is spelled
	 * (SkeletonI2C's HWREG<T>), as with clang-cl */
	if (!cxx20)
		argvec_add(a, "-fdelayed-template-parsing", "default: MSVC parses template bodies when instantiated (clang-cl's default before C++20)");
}

static void add_msvc_tolerance(struct argvec *a, bool cxx)
{
	for (size_t i = 0; i < sizeof(msvc_tolerance) / sizeof(msvc_tolerance[0]); i++)
		if (!cxx || !msvc_tolerance[i].c_only)
			argvec_add(a, msvc_tolerance[i].flag, msvc_tolerance[i].why);
}

static const char *model_origin(const struct tu_flags *f)
{
	return f->source_kind ? f->source_kind : "fallback";
}

void env_emit(struct env_ctx *ctx, const char *file, const char *directory, struct tu_flags *f)
{
	const struct compile_env_options *o = ctx->opts;
	struct argvec a = { 0 };

	if (f->model == MODEL_UNKNOWN || f->model == MODEL_USER_APP || f->kernel < 0)
		env_guess_model(ctx, file, f);
	if (f->kernel < 0)
		f->kernel = f->model == MODEL_WDM || f->model == MODEL_KMDF;
	bool kernel = f->kernel == 1;
	env_complete_includes(ctx, file, f, kernel);
	enum env_platform plat = ctx->platform_set ? ctx->platform : f->platform;
	bool wdk = ctx->wdk_km && ctx->wdk_shared;

	/* Target and dialect. */
	char *plat_origin = ctx->platform_set ? xstrdup("--platform")
			    : f->platform_from_project ? xasprintf("%s platform %s", f->source_kind, env_platform_name(plat))
						       : xstrdup("default: platform x64");
	if (wdk) {
		argvec_add(&a, plat == PLAT_WIN32 ? "--target=i686-pc-windows-msvc" : "--target=x86_64-pc-windows-msvc", plat_origin);
		argvec_add(&a, "-fms-compatibility", "--wdk: MSVC headers need MSVC compatibility");
		argvec_add(&a, "-fms-compatibility-version=19.29", "--wdk: MSVC 2019 dialect");
	} else {
		argvec_add(&a, plat == PLAT_WIN32 ? "--target=i686-w64-mingw32" : "--target=x86_64-w64-mingw32", plat_origin);
	}
	free(plat_origin);
	const char *lang = explicit_language(file);
	if (lang) {
		static const char why[] = "default: cl.exe compiles by the extension, whatever its case";
		argvec_add(&a, "-x", why);
		argvec_add(&a, lang, why);
	}
	argvec_add(&a, "-fms-extensions", "default: MSVC dialect (also turns #include \"a\\b.h\" into a/b.h)");
	if (!wdk)
		add_ms_compatibility(&a, is_cxx_file(file) || (lang && !strcmp(lang, "c++")), &f->user);
	argvec_add(&a, "-nostdinc", "default: no host headers");
	if (!wdk && is_cxx_file(file)) {
		/* libstdc++ for mingw-w64 (package g++-mingw-w64-x86-64-*), when
		 * installed: C++ headers come before the C headers they wrap. */
		char *cxx = mingw_cxx_include_dir();
		if (cxx) {
			static const char *const subs[] = { "", "/x86_64-w64-mingw32", "/backward" };
			for (size_t i = 0; i < sizeof(subs) / sizeof(subs[0]); i++) {
				char *d = xasprintf("%s%s", cxx, subs[i]);
				if (path_is_dir(d)) {
					argvec_add(&a, "-isystem", "default: C++ standard library (mingw-w64 libstdc++)");
					argvec_add(&a, d, "default: C++ standard library (mingw-w64 libstdc++)");
				}
				free(d);
			}
			free(cxx);
		}
	}
	const char *set = kernel ? "default: kernel header set" : "default: user header set";
	/* the shims come before clang's own headers: shims/limits.h adds MSVC's
	 * _I32_MAX & co. around clang's, which under -ffreestanding includes
	 * nothing after itself (no other shim shares a name with clang's) */
	if (!wdk) {
		argvec_add(&a, "-isystem", set);
		argvec_add(&a, compile_env_shim_dir(), "default: driso shim headers");
	}
	argvec_add(&a, "-isystem", "default: clang builtin headers");
	argvec_add(&a, DRISO_CLANG_RESOURCE_DIR "/include", "default: clang builtin headers");

	if (wdk) {
		/* kernel: km, km/crt, shared (um last: some kernel headers reach into it);
		 * user: um, shared, ucrt */
		const char *wdk_dirs[4] = { kernel ? ctx->wdk_km : ctx->wdk_um, kernel ? ctx->wdk_km_crt : ctx->wdk_shared,
					    kernel ? ctx->wdk_shared : ctx->wdk_ucrt, kernel ? ctx->wdk_um : NULL };
		for (size_t i = 0; i < 4; i++) {
			if (!wdk_dirs[i])
				continue;
			argvec_add(&a, "-isystem", "--wdk");
			argvec_add(&a, wdk_dirs[i], "--wdk");
		}
	} else {
		if (kernel) {
			argvec_add(&a, "-isystem", set);
			argvec_add(&a, DRISO_MINGW_INCLUDE "/ddk", set);
		}
		argvec_add(&a, "-isystem", set);
		argvec_add(&a, DRISO_MINGW_INCLUDE, set);
	}

	if (kernel)
		argvec_add(&a, "-D_KERNEL_MODE=1", "kernel-mode TU");
	static const char *const arch_defs[][3] = {
		[PLAT_X64] = { "-D_AMD64_", "-DAMD64", "-D_WIN64" },
		[PLAT_WIN32] = { "-D_X86_", "-Di386=1", NULL },
		[PLAT_ARM64] = { "-D_ARM64_", "-DARM64", "-D_WIN64" },
	};
	char *plat_why = xasprintf("platform %s", env_platform_name(plat));
	for (size_t i = 0; i < 3; i++)
		if (arch_defs[plat][i])
			argvec_add(&a, arch_defs[plat][i], plat_why);
	free(plat_why);

	/* Target OS. */
	/* a project that names no TargetVersion may still pin the OS with its own
	 * _WIN32_WINNT / WINVER / NTDDI_VERSION define (common in user-mode code) */
	char *define_origin = NULL;
	for (size_t i = 0; !o->target_build && !f->target_build && i < f->user.n; i++) {
		int b = str_starts_with(f->user.args[i], "-D") ? env_build_for_os_define(f->user.args[i] + 2) : 0;
		if (b) {
			f->target_build = b;
			define_origin = xasprintf("project define %s", f->user.args[i] + 2);
		}
	}
	int build = o->target_build ? o->target_build : f->target_build ? f->target_build : DEFAULT_TARGET_BUILD;
	const char *os_origin = o->target_build ? "--target-os"
				: define_origin ? define_origin
				: f->target_build ? (f->target_origin ? f->target_origin : model_origin(f))
						  : "default: Windows 10 1803 (17134)";
	char *def = xasprintf("-DNTDDI_VERSION=0x%08X", env_ntddi_for_build(build));
	char *os_why = xasprintf("%s: build %d", os_origin, build);
	argvec_add(&a, def, os_why);
	free(def);
	def = xasprintf("-D_WIN32_WINNT=0x%04X", env_winnt_for_build(build));
	argvec_add(&a, def, os_why);
	free(def);
	def = xasprintf("-DWINVER=0x%04X", env_winnt_for_build(build));
	argvec_add(&a, def, os_why);
	free(def);
	free(os_why);
	free(define_origin);

	/* Framework version. */
	bool kmdf = f->model == MODEL_KMDF, umdf = f->model == MODEL_UMDF;
	if (kmdf || umdf) {
		int major = kmdf ? f->kmdf_major : f->umdf_major;
		int minor = kmdf ? f->kmdf_minor : f->umdf_minor;
		const char *fw_why = f->fw_origin;
		char *fw_default = NULL;
		if (major < 0)
			major = kmdf ? 1 : 2;
		if (minor < 0) {
			minor = o->target_build ? env_fw_minor_for_build(o->target_build) : DEFAULT_FW_MINOR;
			fw_why = fw_default = xasprintf("default: %s %d.%d%s", kmdf ? "KMDF" : "UMDF", major, minor,
							o->target_build ? " (from --target-os)" : "");
		}
		if (!fw_why)
			fw_why = model_origin(f);
		const char *pfx = kmdf ? "KMDF" : "UMDF";
		def = xasprintf("-D%s_VERSION_MAJOR=%d", pfx, major);
		argvec_add(&a, def, fw_why);
		free(def);
		def = xasprintf("-D%s_VERSION_MINOR=%d", pfx, minor);
		argvec_add(&a, def, fw_why);
		free(def);
		if (wdk) {
			char *fwdir = wdk_fw_dir(kmdf ? ctx->wdk_kmdf : ctx->wdk_umdf, major, minor);
			if (fwdir) {
				argvec_add(&a, "-isystem", "--wdk framework headers");
				argvec_add(&a, fwdir, "--wdk framework headers");
				free(fwdir);
			}
		}
		free(fw_default);
	}

	bool debug = f->debug >= 0 ? f->debug == 1 : !o->configuration || !!str_icontains(o->configuration, "debug");
	if (debug) {
		char *dbg_why = xasprintf("configuration %s", f->configuration ? f->configuration : ctx->configuration);
		argvec_add(&a, "-DDBG=1", dbg_why);
		free(dbg_why);
	}

	/* Project arguments, then the command line's. */
	for (size_t i = 0; i < f->user.n; i++)
		argvec_add(&a, f->user.args[i], f->user.origin[i]);
	for (const char *const *p = o->extra_includes; p && *p; p++) {
		char *abs = realpath(*p, NULL);
		argvec_add(&a, "-I", "command line -I");
		argvec_add(&a, abs ? abs : *p, "command line -I");
		free(abs);
	}
	for (const char *const *p = o->extra_defines; p && *p; p++)
		env_add_define(&a, *p, "command line -D");

	if (is_cxx_file(file))
		argvec_add(&a, "-Wno-reserved-user-defined-literal", "default: MSVC accepts L\"text\"MACRO");
	add_msvc_tolerance(&a, is_cxx_file(file));
	for (size_t i = 0; f->project && i < ctx->gen_project_owner.n; i++)
		if (!strcmp(ctx->gen_project_owner.v[i], f->project)) {
			/* after every project -I, before the SDK's (-isystem) headers */
			static const char why[] = "stand-ins for headers the project's build generates (Midl, MessageCompile, Wmimofck items)";
			argvec_add(&a, "-I", why);
			argvec_add(&a, ctx->gen_project_dir.v[i], why);
		}
	if (ctx->generated_dir) {
		argvec_add(&a, "-idirafter", "stand-ins for build-generated headers (MIDL, mc, mofcomp)");
		argvec_add(&a, ctx->generated_dir, "stand-ins for build-generated headers (MIDL, mc, mofcomp)");
	}
	if (ctx->overlay) {
		argvec_add(&a, "-ivfsoverlay", "vfs overlay: case-insensitive includes");
		argvec_add(&a, ctx->overlay, "vfs overlay: case-insensitive includes");
		argvec_add(&a, "-Wno-nonportable-include-path", "vfs overlay: Windows spelling is expected");
	}

	ALLOC_GROW(ctx->out->items, ctx->out->n + 1, ctx->out->alloc);
	struct tu_config *c = &ctx->out->items[ctx->out->n++];
	memset(c, 0, sizeof(*c));
	c->file = xstrdup(file);
	c->directory = xstrdup(directory ? directory : ctx->root);
	c->args = a.args;
	c->arg_origin = a.origin;
	c->n_args = a.n;
	c->configuration = f->configuration ? xstrdup(f->configuration) : NULL;
	c->project = f->project ? xstrdup(f->project) : NULL;
	c->target_name = f->target_name ? xstrdup(f->target_name) : NULL;
	c->model = f->model;
	c->target_build = build;
	c->kernel = kernel;
}

/* ---------- discovery ---------- */

/* A single file is analysed inside its project: the walk starts at the
 * nearest ancestor (up to six levels, not above a repository top) holding a
 * .sln, else the highest one holding a project file, else the repository
 * top, else the file's directory, so project include
 * paths, sibling projects that list the file (..\\x.c) and the overlay
 * still apply. */
static bool dir_has(const char *dir, bool *sln, bool *project, bool *repo_top)
{
	DIR *d = opendir(dir);
	*sln = *project = *repo_top = false;
	if (!d)
		return false;
	struct dirent *de;
	while ((de = readdir(d))) {
		if (str_iends_with(de->d_name, ".sln"))
			*sln = true;
		if (str_iends_with(de->d_name, ".vcxproj") || str_iends_with(de->d_name, ".vcproj") ||
		    !strcasecmp(de->d_name, "sources") ||
		    !strcasecmp(de->d_name, "dirs"))
			*project = true;
		if (!strcmp(de->d_name, ".git"))
			*repo_top = true;
	}
	closedir(d);
	return true;
}

static char *project_root_for_file(const char *file)
{
	char *dir = path_dirname(file);
	char *best = NULL;
	for (int up = 0; up < 6; up++) {
		bool sln, project, repo_top;
		dir_has(dir, &sln, &project, &repo_top);
		if (sln || project || (repo_top && !best)) {
			free(best);
			best = xstrdup(dir);
		}
		char *parent = path_dirname(dir);
		if (sln || repo_top || !strcmp(parent, dir)) {
			free(parent);
			break;
		}
		free(dir);
		dir = parent;
	}
	free(dir);
	return best ? best : path_dirname(file);
}

static int cmp_config(const void *a, const void *b)
{
	const struct tu_config *x = a, *y = b;
	int r = strcmp(x->file, y->file);
	if (r)
		return r;
	return strcmp(x->configuration ? x->configuration : "", y->configuration ? y->configuration : "");
}

static void ctx_free(struct env_ctx *ctx)
{
	free(ctx->root);
	free(ctx->only_file);
	strlist_free(&ctx->tus);
	free(ctx->claimed);
	strlist_free(&ctx->files);
	strlist_free(&ctx->sys_files);
	strlist_free(&ctx->vcxprojs);
	strlist_free(&ctx->vcprojs);
	strlist_free(&ctx->sources_files);
	strlist_free(&ctx->compdbs);
	strlist_free(&ctx->tmh_names);
	free(ctx->wpp_stub);
	free(ctx->generated_dir);
	strlist_free(&ctx->gen_project_owner);
	strlist_free(&ctx->gen_project_dir);
	free(ctx->overlay);
	free(ctx->cache_dir);
	env_inc_cache_free(ctx->inc_cache);
	free(ctx->wdk_km);
	free(ctx->wdk_km_crt);
	free(ctx->wdk_shared);
	free(ctx->wdk_um);
	free(ctx->wdk_ucrt);
	free(ctx->wdk_kmdf);
	free(ctx->wdk_umdf);
}

size_t compile_env_discover(const char *root, const struct compile_env_options *opts,
			    struct tu_config_list *out, struct diag_list *errors)
{
	static const struct compile_env_options no_opts;
	struct env_ctx ctx = { 0 };
	size_t first = out->n;
	ctx.opts = opts ? opts : &no_opts;
	ctx.out = out;
	ctx.errors = errors;
	ctx.configuration = ctx.opts->configuration ? ctx.opts->configuration : "Debug";
	if (ctx.opts->platform) {
		if (env_parse_platform(ctx.opts->platform, &ctx.platform))
			ctx.platform_set = true;
		else
			diag_add(errors, ctx.opts->platform, 1, "unknown --platform (use x64, Win32 or ARM64); using x64");
	}

	char *abs = realpath(root, NULL);
	if (!abs) {
		diag_add(errors, root, 1, "cannot open: %s", strerror(errno));
		return 0;
	}
	if (path_is_dir(abs)) {
		ctx.root = abs;
	} else {
		ctx.only_file = abs;
		ctx.root = project_root_for_file(abs);
	}

	walk_tree(&ctx, ctx.root, 0);
	if (ctx.only_file && !strlist_has(&ctx.tus, ctx.only_file))
		strlist_add(&ctx.tus, ctx.only_file); /* a TU with an unusual extension, named explicitly */
	struct strlist *sorted[] = { &ctx.tus, &ctx.files, &ctx.vcxprojs, &ctx.vcprojs, &ctx.sources_files };
	for (size_t i = 0; i < sizeof(sorted) / sizeof(sorted[0]); i++)
		if (sorted[i]->n)
			qsort(sorted[i]->v, sorted[i]->n, sizeof(char *), cmp_str);
	ctx.claimed = xcalloc(ctx.tus.n ? ctx.tus.n : 1, sizeof(bool));

	if (ctx.opts->wdk)
		resolve_wdk(&ctx);
	env_collect_system_headers(&ctx);
	env_write_overlay(&ctx);

	if (ctx.opts->compdb)
		env_from_compdb(&ctx, ctx.opts->compdb);
	for (size_t i = 0; i < ctx.vcxprojs.n; i++)
		env_from_vcxproj(&ctx, ctx.vcxprojs.v[i]);
	for (size_t i = 0; i < ctx.vcprojs.n; i++)
		env_from_vcproj(&ctx, ctx.vcprojs.v[i]);
	for (size_t i = 0; i < ctx.sources_files.n; i++)
		env_from_sources(&ctx, ctx.sources_files.v[i]);
	for (size_t i = 0; i < ctx.tus.n; i++) {
		if (ctx.claimed[i] || !env_wanted(&ctx, ctx.tus.v[i]))
			continue;
		/* no project compiles it, another source #includes it: it is
		 * parsed as part of that one (legacy `#include "pixel.cpp"`) */
		const char *by = env_included_by(&ctx, ctx.tus.v[i]);
		if (by && strcmp(by, ctx.tus.v[i])) {
			char *rel = path_relative(ctx.root, by);
			char *why = xasprintf("#included by %s: parsed as part of it", rel);
			env_skip(&ctx, ctx.tus.v[i], by, why);
			free(why);
			free(rel);
			continue;
		}
		env_from_fallback(&ctx, ctx.tus.v[i]);
	}

	if (out->n > first)
		qsort(out->items + first, out->n - first, sizeof(*out->items), cmp_config);
	if (out->n_skipped > 1)
		qsort(out->skipped, out->n_skipped, sizeof(*out->skipped), cmp_skipped);
	/* The list owns the overlay and its directory from here on. */
	if (ctx.cache_dir) {
		ALLOC_GROW(out->cache_dirs, out->n_cache_dirs + 1, out->alloc_cache_dirs);
		out->cache_dirs[out->n_cache_dirs++] = ctx.cache_dir;
		ctx.cache_dir = NULL;
	}
	ctx_free(&ctx);
	return out->n - first;
}

void tu_config_list_free(struct tu_config_list *l)
{
	for (size_t i = 0; i < l->n; i++) {
		struct tu_config *c = &l->items[i];
		for (size_t j = 0; j < c->n_args; j++) {
			free(c->args[j]);
			free(c->arg_origin[j]);
		}
		free(c->args);
		free(c->arg_origin);
		free(c->file);
		free(c->directory);
		free(c->configuration);
		free(c->project);
		free(c->target_name);
	}
	/* DRISO_KEEP_ENV keeps the overlay and stand-ins so that a `--show-env`
	 * command line can be rerun by hand with clang; without its owner file
	 * no later run sweeps it as stale. */
	bool keep = getenv("DRISO_KEEP_ENV") != NULL;
	for (size_t i = 0; i < l->n_cache_dirs; i++) {
		if (keep) {
			char *owner = path_join(l->cache_dirs[i], "owner.pid");
			unlink(owner);
			free(owner);
		} else {
			env_remove_dir(l->cache_dirs[i]);
		}
		free(l->cache_dirs[i]);
	}
	free(l->cache_dirs);
	for (size_t i = 0; i < l->n_skipped; i++) {
		free(l->skipped[i].file);
		free(l->skipped[i].project);
		free(l->skipped[i].why);
	}
	free(l->skipped);
	free(l->items);
	memset(l, 0, sizeof(*l));
}

/* ---------- display ---------- */

static bool takes_value(const char *arg)
{
	static const char *const opts[] = { "-isystem", "-I", "-include", "-ivfsoverlay", "-iquote", "-idirafter", "-x" };
	for (size_t i = 0; i < sizeof(opts) / sizeof(opts[0]); i++)
		if (!strcmp(arg, opts[i]))
			return true;
	return false;
}

char *tu_config_describe(const struct tu_config *c)
{
	struct strbuf sb = STRBUF_INIT;
	strbuf_addf(&sb, "# file: %s\n", c->file);
	strbuf_addf(&sb, "# directory: %s\n", c->directory ? c->directory : "");
	strbuf_addf(&sb, "# project: %s\n", c->project ? c->project : "(none: directory fallback)");
	if (c->configuration)
		strbuf_addf(&sb, "# configuration: %s\n", c->configuration);
	if (c->target_name)
		strbuf_addf(&sb, "# target name: %s\n", c->target_name);
	strbuf_addf(&sb, "# model: %s (%s mode)\n", driver_model_name(c->model), c->kernel ? "kernel" : "user");
	if (c->target_build)
		strbuf_addf(&sb, "# target build: %d\n", c->target_build);
	for (size_t i = 0; i < c->n_args; i++) {
		const char *arg = c->args[i];
		if (takes_value(arg) && i + 1 < c->n_args) {
			strbuf_addf(&sb, "%s %s", arg, c->args[i + 1]);
			i++;
		} else {
			strbuf_addstr(&sb, arg);
		}
		strbuf_addf(&sb, "  # %s\n", c->arg_origin[i] ? c->arg_origin[i] : "");
	}
	return strbuf_detach(&sb, NULL);
}

const char *compile_env_shim_dir(void)
{
	const char *env = getenv("DRISO_SHIM_DIR");
	if (env && *env && path_is_dir(env))
		return env;
	if (path_is_dir(DRISO_SHIM_DIR))
		return DRISO_SHIM_DIR;
	if (path_is_dir(DRISO_INSTALLED_SHIM_DIR))
		return DRISO_INSTALLED_SHIM_DIR;
	return DRISO_SHIM_DIR;
}
