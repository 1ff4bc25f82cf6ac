/*
 * compile_env: how each translation unit of a driver tree is compiled, on
 * Linux, with no WDK.
 *
 * Sources of flags, first match wins per TU: -p compile_commands.json;
 * MSBuild .vcxproj (+ imported .props inside the tree, Directory.Build.props);
 * VS2002-2008 .vcproj; legacy WDK `sources` files; otherwise a directory
 * fallback with include paths inferred from the tree. Every TU gets Windows
 * targeting (MSVC dialect, WDK defines, NTDDI_VERSION from the target OS),
 * the right header set (kernel: shims + mingw ddk + mingw; user: shims +
 * mingw), extra -I for headers only the tree holds, and a VFS overlay that
 * makes `#include "..\inc\Foo.H"` resolve case-insensitively and stands in
 * for build-generated headers (WPP *.tmh, MIDL/mc/mofcomp output).
 * docs/compile-env.md has the details.
 *
 * Ownership: a tu_config_list owns its configs and every string in them,
 * and the per-discovery temp directory the -ivfsoverlay argument names:
 * parse the TUs before tu_config_list_free(), which deletes it.
 */
#ifndef DRISO_COMPILE_ENV_H
#define DRISO_COMPILE_ENV_H

#include "core/diag.h"

#include <stdbool.h>
#include <stddef.h>

enum driver_model {
	MODEL_UNKNOWN = 0,
	MODEL_WDM,          /* kernel, no framework */
	MODEL_KMDF,
	MODEL_UMDF,         /* UMDF 2 */
	MODEL_USER_SERVICE, /* Win32 service */
	MODEL_USER_APP,     /* app, DLL, installer, co-installer */
};
const char *driver_model_name(enum driver_model m);   /* "WDM", "KMDF", ... */

struct tu_config {
	char *file;             /* absolute path of the TU */
	char *directory;        /* working directory for relative flags */
	char **args;            /* clang arguments (no compiler name, no source file) */
	char **arg_origin;      /* parallel to args: where each came from, for --show-env */
	size_t n_args;
	char *configuration;    /* e.g. "Debug|x64"; NULL when the source has none */
	char *project;          /* .vcxproj / sources / compile_commands.json that defined it */
	char *target_name;      /* binary base name when known (TargetName / TARGETNAME) */
	enum driver_model model;
	int target_build;       /* e.g. 17134; 0 = unknown */
	bool kernel;            /* kernel-mode header set */
};

/* A C/C++ file driso does not parse on its own, and why: C++/CLI (clang
 * has no front end for `ref class`, `gcnew` or `^` handles), or a source no
 * project compiles that another source #includes (parsed as part of it). */
struct tu_skipped {
	char *file;
	char *project;
	char *why;
};

struct tu_config_list {
	struct tu_config *items;
	size_t n, alloc;
	struct tu_skipped *skipped;  /* sorted by file, one entry per file */
	size_t n_skipped, alloc_skipped;
	/* Per-discovery temp dirs (the VFS overlay named by -ivfsoverlay, stub
	 * headers). They live until tu_config_list_free: parse before freeing. */
	char **cache_dirs;
	size_t n_cache_dirs, alloc_cache_dirs;
};

struct compile_env_options {
	const char *compdb;          /* -p: compile_commands.json or its directory */
	const char *configuration;   /* --config Debug|Release (NULL: Debug, and every config for --all-configs) */
	const char *platform;        /* --platform x64|Win32|ARM64 (default x64) */
	const char *wdk;             /* --wdk PATH: use a real WDK's headers */
	int target_build;            /* --target-os as a build number; 0 = from project */
	bool all_configs;            /* analyse each configuration the project defines */
	bool no_overlay;             /* skip the case-insensitive VFS overlay (fuzzing the project
				      * loaders: the overlay depends on the tree, not the input) */
	const char *const *extra_includes;
	const char *const *extra_defines;
};

/* Discover every C/C++ TU under root (a directory or a single file) and how
 * to compile it. Problems (bad project file, bad compile_commands.json) add
 * diags; the rest of the tree is still discovered. Returns the number of TUs. */
size_t compile_env_discover(const char *root, const struct compile_env_options *opts,
			    struct tu_config_list *out, struct diag_list *errors);
void tu_config_list_free(struct tu_config_list *l);

/* Full command line for display (--show-env), one "arg  # origin" per line. */
char *tu_config_describe(const struct tu_config *c);

/* Directory holding driso's shim headers (installed or in the source tree). */
const char *compile_env_shim_dir(void);

#endif
