/*
 * compile_env from compile_commands.json (clang's JSON compilation database).
 *
 * Entries come in the "arguments" (array) or "command" (one string) form;
 * "directory" may be relative to the database. Only what describes the
 * source is kept: include paths, defines, undefines, forced includes, the
 * language standard. Targeting, header set and the framework/OS macros are
 * driso's own (a database written on Windows names SDK paths that do not
 * exist here); the database's own values of those macros are read to set
 * the model, OS and framework version instead of being passed twice.
 * cl.exe / clang-cl spellings (/I, /D, /U, /FI, /std:) are converted.
 */
#include "analyzer/compile_env_internal.h"
#include "core/strbuf.h"
#include "core/util.h"

#include <cjson/cJSON.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

static int line_of(const char *text, const char *at)
{
	int line = 1;
	for (const char *p = text; p < at && *p; p++)
		if (*p == '\n')
			line++;
	return line;
}

/* Byte offsets of the top-level array's elements, for per-entry diagnostics
 * (cJSON keeps no positions). */
static void element_offsets(const char *text, size_t **offs, size_t *n)
{
	size_t alloc = 0;
	int depth = 0;
	bool in_str = false;
	*offs = NULL;
	*n = 0;
	for (const char *p = text; *p; p++) {
		if (in_str) {
			if (*p == '\\' && p[1])
				p++;
			else if (*p == '"')
				in_str = false;
			continue;
		}
		if (*p == '"') {
			in_str = true;
		} else if (*p == '[' || *p == '{') {
			if (depth == 1 && *p == '{') {
				ALLOC_GROW(*offs, *n + 1, alloc);
				(*offs)[(*n)++] = (size_t)(p - text);
			}
			depth++;
		} else if (*p == ']' || *p == '}') {
			depth--;
		}
	}
}

/* Split a command line. cl.exe / clang-cl lines use Windows rules
 * (backslash is a path separator, only \" escapes); others POSIX shell
 * quoting. */
static void split_command(const char *cmd, struct strlist *out)
{
	const char *p = cmd;
	while (*p == ' ' || *p == '\t')
		p++;
	size_t first = strcspn(p, " \t");
	char *argv0 = xstrndup(p, first);
	const char *base = argv0;
	for (const char *q = argv0; *q; q++)
		if (*q == '/' || *q == '\\')
			base = q + 1;
	bool windows = !strcasecmp(base, "cl.exe") || !strcasecmp(base, "cl") || str_istarts_with(base, "clang-cl");
	free(argv0);

	struct strbuf cur = STRBUF_INIT;
	bool have = false;
	char quote = 0;
	for (; *p; p++) {
		char c = *p;
		if (quote) {
			if (c == quote)
				quote = 0;
			else if (c == '\\' && (p[1] == '"' || (!windows && p[1] == '\\')) && quote == '"')
				strbuf_addch(&cur, *++p);
			else
				strbuf_addch(&cur, c);
		} else if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
			if (have)
				strlist_add(out, cur.buf);
			strbuf_reset(&cur);
			have = false;
		} else if (c == '"' || (c == '\'' && !windows)) {
			quote = c;
			have = true;
		} else if (c == '\\' && !windows && p[1]) {
			strbuf_addch(&cur, *++p);
			have = true;
		} else {
			strbuf_addch(&cur, c);
			have = true;
		}
	}
	if (have)
		strlist_add(out, cur.buf);
	strbuf_release(&cur);
}

/* Macros driso sets itself; the database's values inform the settings. */
static bool absorb_define(const char *def, struct tu_flags *f)
{
	const char *eq = strchr(def, '=');
	size_t n = eq ? (size_t)(eq - def) : strlen(def);
	int val = eq ? (int)strtol(eq + 1, NULL, 0) : 1;
	static const char *const ours[] = { "_AMD64_", "AMD64", "_WIN64", "_X86_", "_ARM64_", "ARM64", "i386",
					    "_WIN32_WINNT", "WINVER", "NTDDI_VERSION" };
	for (size_t i = 0; i < sizeof(ours) / sizeof(ours[0]); i++)
		if (strlen(ours[i]) == n && !strncmp(def, ours[i], n)) {
			int b = env_build_for_os_define(def);
			if (b && !f->target_build) {
				f->target_build = b;
				free(f->target_origin);
				f->target_origin = xasprintf("compile_commands.json -D%s", def);
			}
			return true;
		}
#define IS(name) (strlen(name) == n && !strncmp(def, name, n))
	if (IS("_KERNEL_MODE")) {
		f->kernel = 1;
		return true;
	}
	if (IS("DBG")) {
		f->debug = val != 0;
		return true;
	}
	int *slot = IS("KMDF_VERSION_MAJOR") ? &f->kmdf_major : IS("KMDF_VERSION_MINOR") ? &f->kmdf_minor
		  : IS("UMDF_VERSION_MAJOR") ? &f->umdf_major : IS("UMDF_VERSION_MINOR") ? &f->umdf_minor : NULL;
#undef IS
	if (slot) {
		*slot = val;
		if (!f->fw_origin)
			f->fw_origin = xstrdup("compile_commands.json -D");
		return true;
	}
	return false;
}

static void add_path_arg(struct tu_flags *f, const char *flag, const char *dir, const char *value, const char *origin, bool want_dir)
{
	char *abs = env_resolve_path(dir, value);
	if (abs && (want_dir ? path_is_dir(abs) : path_is_file(abs))) {
		argvec_add(&f->user, flag, origin);
		argvec_add(&f->user, abs, origin);
	}
	free(abs);
}

/* Flags that carry their value in the next argument when spelled alone. */
static const struct {
	const char *flag;
	const char *kind; /* "I" include dir, "isys" system include dir, "D", "U", "FI" forced include */
} value_flags[] = {
	{ "-I", "I" }, { "/I", "I" }, { "-isystem", "isys" }, { "-imsvc", "isys" }, { "/imsvc", "isys" },
	{ "-iquote", "I" }, { "-idirafter", "isys" }, { "/external:I", "isys" }, { "-external:I", "isys" },
	{ "-D", "D" }, { "/D", "D" }, { "-U", "U" }, { "/U", "U" }, { "-include", "FI" }, { "/FI", "FI" }, { "-FI", "FI" },
};

static bool cl_like(const char *argv0)
{
	const char *base = argv0;
	for (const char *q = argv0; *q; q++)
		if (*q == '/' || *q == '\\')
			base = q + 1;
	return !strcasecmp(base, "cl.exe") || !strcasecmp(base, "cl") || str_istarts_with(base, "clang-cl");
}

static void convert_args(char **argv, size_t argc, const char *dir, struct tu_flags *f, const char *origin)
{
	/* "/I" is a flag only for cl-style drivers; elsewhere it starts a path. */
	bool slash_flags = argc && cl_like(argv[0]);
	for (size_t i = 1; i < argc; i++) {
		const char *a = argv[i];
		const char *kind = NULL, *val = NULL;
		size_t best = 0;
		for (size_t k = 0; k < sizeof(value_flags) / sizeof(value_flags[0]); k++) {
			const char *flag = value_flags[k].flag;
			size_t fl = strlen(flag);
			if (flag[0] == '/' && !slash_flags)
				continue;
			/* Longest spelling wins: "-isystem" is not "-i" + "system". */
			if (fl > best && !strncmp(a, flag, fl)) {
				best = fl;
				kind = value_flags[k].kind;
				val = a + fl;
			}
		}
		if (kind && !*val) {
			if (i + 1 >= argc)
				break;
			val = argv[++i];
		}
		if (!kind) {
			if (!strncmp(a, "-std=", 5)) {
				argvec_add(&f->user, a, origin);
			} else if ((slash_flags && !strncmp(a, "/std:", 5)) || !strncmp(a, "-std:", 5)) {
				char *s = xasprintf("-std=%s", a + 5);
				argvec_add(&f->user, s, origin);
				free(s);
			}
			continue;
		}
		if (!strcmp(kind, "I") || !strcmp(kind, "isys")) {
			add_path_arg(f, "-I", dir, val, origin, true);
		} else if (!strcmp(kind, "FI")) {
			add_path_arg(f, "-include", dir, val, origin, false);
		} else if (!strcmp(kind, "D")) {
			if (!absorb_define(val, f))
				env_add_define(&f->user, val, origin);
		} else {
			char *u = xasprintf("-U%s", val);
			argvec_add(&f->user, u, origin);
			free(u);
		}
	}
}

static char *resolve_compdb_path(const char *p)
{
	char *abs = realpath(p, NULL);
	char *r = abs && path_is_dir(abs) ? path_join(abs, "compile_commands.json") : xstrdup(abs ? abs : p);
	free(abs);
	return r;
}

void env_from_compdb(struct env_ctx *ctx, const char *given)
{
	char *path = resolve_compdb_path(given);
	char *text;
	size_t len;
	if (read_file(path, &text, &len) != 0) {
		diag_add(ctx->errors, path, 1, "cannot read compilation database");
		free(path);
		return;
	}
	const char *end = NULL;
	cJSON *root = cJSON_ParseWithOpts(text, &end, 0);
	if (!root) {
		const char *at = cJSON_GetErrorPtr();
		diag_add(ctx->errors, path, at ? line_of(text, at) : 1,
			 "invalid JSON in compilation database; its entries are ignored");
		goto out;
	}
	if (!cJSON_IsArray(root)) {
		diag_add(ctx->errors, path, 1, "compilation database is not a JSON array; ignored");
		goto out;
	}
	size_t *offs, n_offs;
	element_offsets(text, &offs, &n_offs);
	char *db_dir = path_dirname(path);
	char *abs_db_dir = realpath(db_dir, NULL);
	const char *base = abs_db_dir ? abs_db_dir : db_dir;
	size_t idx = 0, missing = 0;
	const char *first_missing = NULL;
	int first_missing_line = 0;
	for (cJSON *e = root->child; e; e = e->next, idx++) {
		int line = idx < n_offs ? line_of(text, text + offs[idx]) : 1;
		cJSON *jdir = cJSON_GetObjectItemCaseSensitive(e, "directory");
		cJSON *jfile = cJSON_GetObjectItemCaseSensitive(e, "file");
		cJSON *jargs = cJSON_GetObjectItemCaseSensitive(e, "arguments");
		cJSON *jcmd = cJSON_GetObjectItemCaseSensitive(e, "command");
		if (!cJSON_IsObject(e) || !cJSON_IsString(jfile) || (!cJSON_IsArray(jargs) && !cJSON_IsString(jcmd))) {
			diag_add(ctx->errors, path, line, "entry %zu: needs \"file\" and \"arguments\" or \"command\"; skipped", idx + 1);
			continue;
		}
		char *dir = cJSON_IsString(jdir) ? env_resolve_path(base, jdir->valuestring) : xstrdup(base);
		if (!dir)
			dir = cJSON_IsString(jdir) ? path_join(base, jdir->valuestring) : xstrdup(base);
		char *file = env_resolve_path(dir, jfile->valuestring);
		if (!file || env_tu_index(ctx, file) < 0) {
			/* Not in the scanned tree (or written on another machine). */
			if (!file && !missing++) {
				first_missing = jfile->valuestring;
				first_missing_line = line;
			}
			free(file);
			free(dir);
			continue;
		}
		if (!env_wanted(ctx, file) || !env_claim(ctx, file)) {
			free(file);
			free(dir);
			continue;
		}
		struct strlist argv = { 0 };
		if (cJSON_IsArray(jargs)) {
			cJSON *a;
			cJSON_ArrayForEach(a, jargs)
				if (cJSON_IsString(a))
					strlist_add(&argv, a->valuestring);
		} else {
			split_command(jcmd->valuestring, &argv);
		}
		struct tu_flags f;
		tu_flags_init(&f);
		f.source_kind = "compile_commands.json";
		f.project = xstrdup(path);
		char *why = xasprintf("compile_commands.json:%d", line);
		convert_args(argv.v, argv.n, dir, &f, why);
		free(why);
		if (f.kmdf_major > 0)
			f.model = MODEL_KMDF, f.kernel = 1;
		else if (f.umdf_major > 0)
			f.model = MODEL_UMDF, f.kernel = 0;
		env_emit(ctx, file, dir, &f);
		tu_flags_free(&f);
		strlist_free(&argv);
		free(file);
		free(dir);
	}
	if (missing)
		diag_add(ctx->errors, path, first_missing_line,
			 "%zu entr%s name files that do not exist here (first: %s); those use project files or the fallback",
			 missing, missing == 1 ? "y" : "ies", first_missing);
	free(offs);
	free(abs_db_dir);
	free(db_dir);
out:
	cJSON_Delete(root);
	free(text);
	free(path);
}
