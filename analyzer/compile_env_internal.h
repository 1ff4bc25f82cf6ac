/*
 * compile_env_internal: what the compile_env_*.c files share. Not a public
 * contract; only analyzer/compile_env*.c include it.
 *
 * Each flag source (compdb, vcxproj, sources, fallback) turns a TU into a
 * `struct tu_flags`: the project's own -I/-D/-U/-include arguments (with
 * origins) plus what it says about the driver model, OS and configuration.
 * compile_env.c adds the Windows targeting, header set and VFS overlay
 * (env_emit), so every source produces the same canonical shape.
 */
#ifndef DRISO_COMPILE_ENV_INTERNAL_H
#define DRISO_COMPILE_ENV_INTERNAL_H

#include "analyzer/compile_env.h"

#include <stdbool.h>
#include <stddef.h>

/* Arguments with a parallel origin per argument. */
struct argvec {
	char **args;
	char **origin;
	size_t n, alloc;
};
void argvec_add(struct argvec *v, const char *arg, const char *origin);
void argvec_free(struct argvec *v);

struct strlist {
	char **v;
	size_t n, alloc;
};
void strlist_add(struct strlist *l, const char *s);
void strlist_add_take(struct strlist *l, char *s);
bool strlist_has(const struct strlist *l, const char *s);
void strlist_free(struct strlist *l);
/* Split a `;`-separated MSBuild/WDK list: trims blanks, drops empty items. */
void strlist_split(struct strlist *l, const char *s, const char *seps);

enum env_platform { PLAT_X64 = 0, PLAT_WIN32, PLAT_ARM64 };

struct tu_flags {
	struct argvec user;        /* project -I/-D/-U/-include, absolute paths */
	char *configuration;       /* "Debug|x64" or NULL */
	char *project;             /* the file that defined the TU */
	char *target_name;
	const char *source_kind;   /* "compile_commands.json", "vcxproj", "sources", "fallback" */
	enum driver_model model;   /* MODEL_UNKNOWN: guessed from includes */
	int kernel;                /* -1 unknown, 0 user, 1 kernel */
	int target_build;          /* 0 unknown */
	char *target_origin;       /* why target_build, e.g. "vcxproj TargetVersion Windows10" */
	int kmdf_major, kmdf_minor, umdf_major, umdf_minor; /* -1 unknown */
	char *fw_origin;           /* where the framework version came from */
	int debug;                 /* -1 unknown */
	enum env_platform platform;
	bool platform_from_project;
	bool umdf_hint;            /* project is UMDF-ish (for wdf.h) */
};
void tu_flags_init(struct tu_flags *f);
void tu_flags_free(struct tu_flags *f);

struct env_inc_cache;
void env_inc_cache_free(struct env_inc_cache *c);

/* One discovery run. */
struct env_ctx {
	const struct compile_env_options *opts;
	char *root;                /* absolute; a directory */
	char *only_file;           /* single-file mode: emit only this TU */
	struct strlist tus;        /* sorted absolute paths of C/C++ files */
	bool *claimed;             /* parallel to tus */
	struct strlist files;      /* every regular file in the tree (sorted), for the overlay */
	struct strlist sys_files;  /* every file of the system header dirs (shims, mingw or --wdk, clang) */
	struct strlist vcxprojs, vcprojs, sources_files, compdbs;
	char *cache_dir;           /* per-discovery temp dir (overlay, stubs) */
	char *overlay;             /* path of the VFS overlay, NULL when none */
	char *wpp_stub;            /* stub content file for missing *.tmh */
	char *generated_dir;       /* stubs for headers generated from .idl/.mc/.man/.mof, or NULL */
	/* stubs for the outputs a .vcxproj declares (Wmimofck HeaderOutputFile,
	 * ...), one directory per declaring project: only its own TUs search it
	 * before the SDK */
	struct strlist gen_project_owner, gen_project_dir;
	struct strlist tmh_names;  /* absolute paths the overlay maps to the stub */
	const char *configuration; /* requested: "Debug" */
	enum env_platform platform;
	bool platform_set;
	struct env_inc_cache *inc_cache; /* #include lines per file, for include completion */
	struct tu_config_list *out;
	struct diag_list *errors;
	/* --wdk: resolved directories (NULL without --wdk) */
	char *wdk_km, *wdk_km_crt, *wdk_shared, *wdk_um, *wdk_ucrt, *wdk_kmdf, *wdk_umdf;
};

const char *env_platform_name(enum env_platform p);
bool env_parse_platform(const char *s, enum env_platform *out);

/* Index of an absolute TU path in ctx->tus, or -1. */
long env_tu_index(const struct env_ctx *ctx, const char *abs);
/* Claim a TU for a flag source; false when already claimed or unknown. */
bool env_claim(struct env_ctx *ctx, const char *abs);
bool env_wanted(const struct env_ctx *ctx, const char *abs);

/* The tree source that #includes tu ("pixlib.cpp" for pixel.cpp), or NULL
 * (compile_env_includes.c). */
const char *env_included_by(struct env_ctx *ctx, const char *tu);

/* Record a TU the project builds but driso does not parse (once per file). */
void env_skip(struct env_ctx *ctx, const char *file, const char *project, const char *why);

/* Finish a TU: targeting + header set + f's args + overlay -> ctx->out. */
void env_emit(struct env_ctx *ctx, const char *file, const char *directory, struct tu_flags *f);

/* Guess model/kernel from the TU's includes (and local headers they pull in). */
void env_guess_model(struct env_ctx *ctx, const char *file, struct tu_flags *f);

/* The file registers a service (StartServiceCtrlDispatcher, ...). */
bool env_file_is_service(const char *path);

/* Flag sources. Each claims the TUs it defines and emits them. */
void env_from_compdb(struct env_ctx *ctx, const char *path);
void env_from_vcxproj(struct env_ctx *ctx, const char *path);
void env_from_vcproj(struct env_ctx *ctx, const char *path);
void env_from_sources(struct env_ctx *ctx, const char *path);
void env_from_fallback(struct env_ctx *ctx, const char *file);
/* Fallback include dirs for a TU (also used to complete project paths). */
void env_fallback_includes(struct env_ctx *ctx, const char *file, struct argvec *out, const char *origin);

/* Add -I for headers the TU's include graph needs that no include path
 * reaches but the tree holds (compile_env_includes.c). */
void env_complete_includes(struct env_ctx *ctx, const char *file, struct tu_flags *f, bool kernel);

/* Silence libxml2's own stderr messages on this thread (call before parsing
 * a project file or manifest; errors are reported through diags). */
void env_xml_quiet(void);

/* Header text standing in for what mc.exe generates from an ETW manifest
 * (.man): provider, event and constant names from the manifest. NULL when
 * the manifest cannot be read or parsed (compile_env_mcgen.c). */
char *env_mc_stub(const char *manifest);
/* Header text standing in for what MIDL generates from an .idl file (its
 * `_i.c` IID definitions when iid_file); NULL when the file cannot be read
 * (compile_env_midl.c). */
char *env_midl_stub(const char *idl, bool iid_file);
/* Header text standing in for what mc.exe generates from a message text
 * file (.mc); NULL when it cannot be read (compile_env_msgtext.c). */
char *env_msgtext_stub(const char *mc);
/* Headers the tree's .vcxproj files say their build generates (Midl
 * HeaderFileName, MessageCompile GeneratedFilesBaseName, Wmimofck
 * HeaderOutputFile), as base names, the input each comes from and the
 * project that declares it (compile_env_genmap.c). */
void env_project_generated(const struct env_ctx *ctx, struct strlist *names, struct strlist *from,
			   struct strlist *owners);
/* Header text standing in for what wmimofck.exe -h writes from a WMI
 * schema (.mof); NULL when it cannot be read (compile_env_mofgen.c). */
char *env_mof_stub(const char *mof);

/* rm -r (cache directories only). */
void env_remove_dir(const char *dir);
/* Fill ctx->sys_files. */
void env_collect_system_headers(struct env_ctx *ctx);
/* VFS overlay over the tree and the header dirs; sets ctx->overlay. */
void env_write_overlay(struct env_ctx *ctx);

/* Map a build number to NTDDI_VERSION / _WIN32_WINNT. */
unsigned env_ntddi_for_build(int build);
unsigned env_winnt_for_build(int build);
/* Framework minor version shipped with a build (KMDF 1.x == UMDF 2.x); 15 when unknown. */
int env_fw_minor_for_build(int build);
/* A project define that pins a pre-Windows 10 target ("_WIN32_WINNT=0x0601",
 * "WINVER=_WIN32_WINNT_WIN7", "NTDDI_VERSION=0x06010000") -> build; 0 otherwise. */
int env_build_for_os_define(const char *def);
/* TargetVersion (Windows10, Win7, WindowsV6.3, ...) -> build; 0 when unknown. */
int env_build_for_target_version(const char *tv);

/* Resolve a path case-insensitively against the real file system, one
 * component at a time (Windows trees spell "..\Inc" for "inc"). Backslashes
 * are accepted. Returns a malloc'd absolute path or NULL when absent. */
char *env_resolve_path(const char *base_dir, const char *path);

/* Add -D/-U from a cl.exe-or-gcc style define (FOO, FOO=1). */
void env_add_define(struct argvec *v, const char *def, const char *origin);

#endif
