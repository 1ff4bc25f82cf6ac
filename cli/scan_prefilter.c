/*
 * scan_prefilter: token scan and cross-TU fixpoint (contract in
 * cli/scan_prefilter.h).
 */
#include "cli/scan_prefilter.h"

#include "core/strbuf.h"
#include "core/text.h"
#include "core/util.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

#include <ctype.h>
#include <dirent.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

/*
 * Rule tokens: PCRE2 fragments, each matched at a word start only (no word
 * end), so a stem covers its A/W/Ex/2 variants and the macro a header maps
 * onto them. THIS LIST MUST COVER EVERY CALLEE A SOURCE RULE MATCHES
 * (every file in analyzer/rules/, the sink, key-open and name-creator tables of
 * analyzer/source_rules.c and analyzer/value_track.c): a TU calling a rule's
 * API that no fragment matches would be skipped and its findings lost.
 * tests/unit/test_prefilter.c greps those sources for every quoted API name
 * and fails when one is neither matched here nor listed there as a value
 * source/builder the fixpoint reaches. Value builders (RtlInitUnicodeString,
 * StringCchPrintf, ...) and sources (WdfDriverGetRegistryPath, HKEY roots)
 * are deliberately absent: on their own they produce no finding, and the
 * fixpoint pulls in a TU whose value flows into a rule's call.
 */
static const char *const rule_tokens[] = {
	/* registry: Zw/Nt key opens and creates (Ex, Transacted), writes, deletes, renames */
	"(?:Zw|Nt)(?:Open|Create|SetValue|DeleteValue|Delete|Rename)Key",
	/* Rtl registry routines (registry-absolute, registry-relative-root, params-write) */
	"Rtl(?:QueryRegistryValues|CheckRegistryKey|WriteRegistryValue|DeleteRegistryValue|CreateRegistryKey)",
	/* user-mode Reg* opens, creates, writes, deletes, reads by path */
	"Reg(?:Open|Create)Key", "RegOpenCurrentUser", "RegSet(?:Key)?Value", "RegDelete(?:Key|Value|Tree)",
	"Reg(?:Get|Query)Value",
	/* shlwapi SH*Value / SH*Key */
	"SH(?:Set|Get|Delete|Reg|Query|Copy|Enum|Open|Create)\\w*(?:Value|Key)",
	/* WDF registry (WdfRegistry*, Wdf*Open*RegistryKey, WdfDeviceOpenDevicemapKey, WdfFdoInitOpenRegistryKey) */
	"WdfRegistry(?:Assign|Remove|Open|Create|WdmGetHandle)", "Wdf\\w*Open\\w*Key",
	/* Io*RegistryKey (IoOpenDeviceRegistryKey, IoOpenDeviceInterfaceRegistryKey, IoOpenDriverRegistryKey) */
	"Io\\w*RegistryKey",
	/* configuration manager: CM_Open_*, CM_Get_Device_ID_List*, CM_Get_Device_Interface_List* */
	"CM_Open_", "CM_Get_Device_(?:ID|Interface)_List",
	/* service state keys */
	"Get\\w*ServiceRegistryStateKey",
	/* SetupDi key opens (value_track key origins) */
	"SetupDi\\w*RegKey",
	/* files: Zw/Nt opens, creates, deletes, copies, attribute queries by name */
	"(?:Zw|Nt)(?:Create|Open|Delete|Copy|Query(?:Full)?Attributes)File",
	"IoCreateFile", "FltCreateFile", "CreateFile", "CopyFile", "MoveFile", "DeleteFile", "CreateDirectory",
	"WritePrivateProfileString", "LoadLibrary",
	/* C runtime opens, TCHAR spellings included */
	"fopen", "_wfopen", "_wfsopen", "_tfopen", "_tfsopen", "_fsopen",
	/* device names: opens by name and names the package creates (own names) */
	"IoGetDeviceObjectPointer", "IoAttachDevice", "ObReferenceObjectByName",
	"WDF_IO_TARGET_OPEN_PARAMS_INIT_", "IoCreateDevice", "WdmlibIoCreateDevice", "IoCreateSymbolicLink",
	"IoCreateUnprotectedSymbolicLink", "WdfDeviceInitAssignName", "WdfDeviceCreateSymbolicLink",
	"IoRegisterDeviceInterface",
	/* interface discovery */
	"IoGetDeviceInterfaces", "IoRegisterPlugPlayNotification",
	/* services (driver-path image path) */
	"CreateService", "ChangeServiceConfig",
	/* package-wide facts a rule checks: a registry filter (registry-absolute) */
	"CmRegisterCallback",
};

#define MAX_INCLUDE_DEPTH 24

/* ------------------------------------------------------------ string map */

struct smap_ent {
	char *key;
	size_t val;
};

struct smap {
	struct smap_ent *e;
	size_t n, cap;
};

static uint64_t hash_str(const char *s)
{
	uint64_t h = 1469598103934665603ULL;
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 1099511628211ULL;
	return h;
}

static void smap_grow(struct smap *m);

/* Index of key, or SIZE_MAX. */
static size_t smap_get(const struct smap *m, const char *key)
{
	if (!m->cap)
		return SIZE_MAX;
	for (size_t i = hash_str(key) & (m->cap - 1);; i = (i + 1) & (m->cap - 1)) {
		if (!m->e[i].key)
			return SIZE_MAX;
		if (!strcmp(m->e[i].key, key))
			return m->e[i].val;
	}
}

/* Insert when absent; returns true when inserted. */
static bool smap_put(struct smap *m, const char *key, size_t val)
{
	if ((m->n + 1) * 2 > m->cap)
		smap_grow(m);
	for (size_t i = hash_str(key) & (m->cap - 1);; i = (i + 1) & (m->cap - 1)) {
		if (!m->e[i].key) {
			m->e[i].key = xstrdup(key);
			m->e[i].val = val;
			m->n++;
			return true;
		}
		if (!strcmp(m->e[i].key, key))
			return false;
	}
}

static void smap_grow(struct smap *m)
{
	struct smap old = *m;
	m->cap = old.cap ? old.cap * 2 : 64;
	m->e = xcalloc(m->cap, sizeof(*m->e));
	m->n = 0;
	for (size_t i = 0; i < old.cap; i++)
		if (old.e[i].key) {
			for (size_t j = hash_str(old.e[i].key) & (m->cap - 1);; j = (j + 1) & (m->cap - 1))
				if (!m->e[j].key) {
					m->e[j] = old.e[i];
					m->n++;
					break;
				}
		}
	free(old.e);
}

static void smap_free(struct smap *m)
{
	for (size_t i = 0; i < m->cap; i++)
		free(m->e[i].key);
	free(m->e);
	memset(m, 0, sizeof(*m));
}

/* ------------------------------------------------------------------ state */

struct include_spec {
	char *name;      /* as written, backslashes kept */
	bool angle;      /* <x.h> rather than "x.h" */
};

struct pf_file {
	char *path;
	bool read_ok;
	bool computed_include;   /* #include MACRO: cannot follow */
	bool token_hit;          /* in the code view */
	bool names_decl;         /* declares a name the fixes look up by declaration */
	char *code;              /* code view (see code_view) */
	size_t code_len;
	struct include_spec *incs;
	size_t n_incs;
	unsigned name_round;     /* round name_hit was computed for (0 = never) */
	bool name_hit;
};

struct dir_listing {
	char **names;
	size_t n;
};

struct scan_prefilter {
	char *root;
	pcre2_code *tokens;
	pcre2_code *include_re;
	pcre2_match_data *md;
	struct smap files_by_path;
	struct pf_file *files;
	size_t n_files, alloc_files;
	struct smap tu_paths;
	struct smap dirs_by_path;
	struct dir_listing *dirs;
	size_t n_dirs, alloc_dirs;
	pcre2_code *names;       /* current round's names, or NULL */
	pcre2_code *decl_names;  /* names that matter wherever declared */
	unsigned round;
	struct scan_prefilter_stats st;
	bool debug;              /* DRISO_PREFILTER_DEBUG: names and decisions on stderr */
};

static pcre2_code *compile_re(const char *pattern, uint32_t flags)
{
	int err;
	PCRE2_SIZE off;
	pcre2_code *re = pcre2_compile((PCRE2_SPTR)pattern, PCRE2_ZERO_TERMINATED, flags, &err, &off, NULL);
	if (!re) {
		PCRE2_UCHAR msg[256];
		pcre2_get_error_message(err, msg, sizeof(msg));
		die("scan_prefilter: bad pattern at %zu: %s", (size_t)off, (const char *)msg);
	}
	/* JIT is an optimisation: without it (no JIT support) matching still works */
	pcre2_jit_compile(re, PCRE2_JIT_COMPLETE);
	return re;
}

struct scan_prefilter *scan_prefilter_new(const char *root)
{
	struct scan_prefilter *pf = xcalloc(1, sizeof(*pf));
	char *r = root ? realpath(root, NULL) : NULL;
	if (r && !path_is_dir(r)) {
		char *d = path_dirname(r);
		free(r);
		r = d;
	}
	pf->root = r ? r : xstrdup("/");
	struct strbuf sb = STRBUF_INIT;
	strbuf_addstr(&sb, "\\b(?:");
	for (size_t i = 0; i < sizeof(rule_tokens) / sizeof(rule_tokens[0]); i++)
		strbuf_addf(&sb, "%s%s", i ? "|" : "", rule_tokens[i]);
	strbuf_addstr(&sb, ")");
	pf->tokens = compile_re(sb.buf, 0);
	strbuf_release(&sb);
	/* #include / #import lines; group 1 = opening delimiter or the start of a macro */
	pf->include_re = compile_re("^[ \\t]*#[ \\t]*(?:include|import)[ \\t]*(?:([\"<])([^\">\\r\\n]*)[\">]|([A-Za-z_]))",
				    PCRE2_MULTILINE);
	/* source fixes refuse a new global whose name any TU declares */
	pf->decl_names = compile_re("\\bg_DriverObject\\b", 0);
	pf->md = pcre2_match_data_create(8, NULL);
	pf->debug = getenv("DRISO_PREFILTER_DEBUG") != NULL;
	return pf;
}

void scan_prefilter_free(struct scan_prefilter *pf)
{
	if (!pf)
		return;
	for (size_t i = 0; i < pf->n_files; i++) {
		free(pf->files[i].path);
		for (size_t k = 0; k < pf->files[i].n_incs; k++)
			free(pf->files[i].incs[k].name);
		free(pf->files[i].incs);
		free(pf->files[i].code);
	}
	free(pf->files);
	for (size_t i = 0; i < pf->n_dirs; i++) {
		for (size_t k = 0; k < pf->dirs[i].n; k++)
			free(pf->dirs[i].names[k]);
		free(pf->dirs[i].names);
	}
	free(pf->dirs);
	smap_free(&pf->files_by_path);
	smap_free(&pf->dirs_by_path);
	smap_free(&pf->tu_paths);
	pcre2_code_free(pf->tokens);
	pcre2_code_free(pf->include_re);
	pcre2_code_free(pf->names);
	pcre2_code_free(pf->decl_names);
	pcre2_match_data_free(pf->md);
	free(pf->root);
	free(pf);
}

static bool re_find(struct scan_prefilter *pf, pcre2_code *re, const char *text, size_t len)
{
	return re && pcre2_match(re, (PCRE2_SPTR)text, len, 0, 0, pf->md, NULL) >= 0;
}

bool scan_prefilter_text_has_token(struct scan_prefilter *pf, const char *text, size_t len)
{
	return re_find(pf, pf->tokens, text, len);
}

/* ------------------------------------------------------- path resolution */

static const struct dir_listing *dir_list(struct scan_prefilter *pf, const char *dir)
{
	size_t i = smap_get(&pf->dirs_by_path, dir);
	if (i != SIZE_MAX)
		return &pf->dirs[i];
	ALLOC_GROW(pf->dirs, pf->n_dirs + 1, pf->alloc_dirs);
	struct dir_listing *l = &pf->dirs[pf->n_dirs];
	memset(l, 0, sizeof(*l));
	DIR *d = opendir(dir);
	if (d) {
		size_t alloc = 0;
		struct dirent *de;
		while ((de = readdir(d))) {
			if (!strcmp(de->d_name, ".") || !strcmp(de->d_name, ".."))
				continue;
			ALLOC_GROW(l->names, l->n + 1, alloc);
			l->names[l->n++] = xstrdup(de->d_name);
		}
		closedir(d);
	}
	smap_put(&pf->dirs_by_path, dir, pf->n_dirs);
	return &pf->dirs[pf->n_dirs++];
}

/* dir + relative name, each component matched case-insensitively (an exact
 * spelling wins); NULL when some component does not exist. */
static char *resolve_in(struct scan_prefilter *pf, const char *dir, const char *name)
{
	if (!dir || !*dir)
		return NULL;
	struct strbuf cur = STRBUF_INIT;
	if (name[0] == '/' || name[0] == '\\')
		strbuf_addstr(&cur, "");
	else
		strbuf_addstr(&cur, strcmp(dir, "/") ? dir : "");
	const char *p = name;
	while (*p) {
		while (*p == '/' || *p == '\\')
			p++;
		const char *e = p;
		while (*e && *e != '/' && *e != '\\')
			e++;
		if (e == p)
			break;
		char comp[NAME_MAX + 1];
		size_t cl = (size_t)(e - p);
		if (cl > NAME_MAX) {
			strbuf_release(&cur);
			return NULL;
		}
		memcpy(comp, p, cl);
		comp[cl] = 0;
		p = e;
		if (!strcmp(comp, "."))
			continue;
		if (!strcmp(comp, "..")) {
			char *slash = strrchr(cur.buf, '/');
			strbuf_setlen(&cur, slash ? (size_t)(slash - cur.buf) : 0);
			continue;
		}
		const struct dir_listing *l = dir_list(pf, cur.len ? cur.buf : "/");
		const char *found = NULL;
		for (size_t i = 0; i < l->n && !found; i++)
			if (!strcmp(l->names[i], comp))
				found = l->names[i];
		for (size_t i = 0; i < l->n && !found; i++)
			if (!strcasecmp(l->names[i], comp))
				found = l->names[i];
		if (!found) {
			strbuf_release(&cur);
			return NULL;
		}
		strbuf_addch(&cur, '/');
		strbuf_addstr(&cur, found);
	}
	if (!cur.len || !path_is_file(cur.buf)) {
		strbuf_release(&cur);
		return NULL;
	}
	return strbuf_detach(&cur, NULL);
}

/* ------------------------------------------------------------- code view */

/*
 * What of a file can make a call, assign a value or define a function:
 * #define lines, function definitions (declarator and body) and
 * declarations with an initializer. Prototypes, extern declarations,
 * typedefs and struct members are left out, so a shared header declaring
 * every function of the driver does not make every TU look relevant.
 * struct/union/enum/namespace/class/extern "C" bodies are looked into.
 * When braces do not balance (#if branches opening blocks differently) the
 * whole text is the view: never less than the compiler could see.
 */
static size_t skip_literal(const char *s, size_t n, size_t i)
{
	char q = s[i++];
	while (i < n && s[i] != q && s[i] != '\n') {
		if (s[i] == '\\' && i + 1 < n)
			i++;
		i++;
	}
	return i < n ? i + 1 : n;
}

/* Offset past a comment starting at i, or i when none starts there. */
static size_t skip_comment(const char *s, size_t n, size_t i)
{
	if (i + 1 >= n || s[i] != '/')
		return i;
	if (s[i + 1] == '/') {
		while (i < n && s[i] != '\n')
			i++;
		return i;
	}
	if (s[i + 1] == '*') {
		const char *e = strstr(s + i + 2, "*/");   /* text is NUL-terminated */
		return e ? (size_t)(e - s) + 2 : n;
	}
	return i;
}

/* End of a block or initializer starting at i: past the matching close
 * brace (until_semicolon: past the next ';' at depth 0, stopping before an
 * unmatched '}'). */
static size_t skip_code(const char *s, size_t n, size_t i, bool until_semicolon)
{
	int depth = 0;
	while (i < n) {
		size_t c = skip_comment(s, n, i);
		if (c != i) {
			i = c;
			continue;
		}
		char ch = s[i];
		if (ch == '"' || ch == '\'') {
			i = skip_literal(s, n, i);
			continue;
		}
		if (ch == '{' || ch == '(' || ch == '[') {
			depth++;
		} else if (ch == '}' || ch == ')' || ch == ']') {
			if (depth == 0)
				return i;
			depth--;
			if (!until_semicolon && depth == 0 && ch == '}')
				return i + 1;
		} else if (ch == ';' && depth == 0 && until_semicolon) {
			return i + 1;
		}
		i++;
	}
	return n;
}

static bool braces_balance(const char *s, size_t n)
{
	long d = 0;
	for (size_t i = 0; i < n;) {
		size_t c = skip_comment(s, n, i);
		if (c != i) {
			i = c;
			continue;
		}
		if (s[i] == '"' || s[i] == '\'') {
			i = skip_literal(s, n, i);
			continue;
		}
		d += s[i] == '{';
		d -= s[i] == '}';
		if (d < 0)
			return false;
		i++;
	}
	return d == 0;
}

static bool is_ident_char(char c)
{
	return isalnum((unsigned char)c) || c == '_';
}

/* Does a declaration head (the text before its '{') open a struct, union,
 * enum, class or namespace? */
static bool names_a_scope(const char *s, size_t n)
{
	static const char *const words[] = { "struct", "union", "enum", "class", "namespace" };
	bool line_start = true;
	for (size_t i = 0; i < n;) {
		size_t c = skip_comment(s, n, i);
		if (c != i) {
			i = c;
			continue;
		}
		if (s[i] == '\n' || s[i] == ' ' || s[i] == '\t' || s[i] == '\r') {
			line_start |= s[i] == '\n';
			i++;
			continue;
		}
		if (s[i] == '#' && line_start) {   /* a directive in between: not the head */
			while (i < n && s[i] != '\n')
				i += (s[i] == '\\' && i + 1 < n) ? 2 : 1;
			continue;
		}
		line_start = false;
		if (s[i] == '"' || s[i] == '\'') {
			i = skip_literal(s, n, i);
			continue;
		}
		if (!is_ident_char(s[i])) {
			i++;
			continue;
		}
		size_t e = i;
		while (e < n && is_ident_char(s[e]))
			e++;
		for (size_t k = 0; k < sizeof(words) / sizeof(words[0]); k++)
			if (e - i == strlen(words[k]) && !strncmp(s + i, words[k], e - i))
				return true;
		i = e;
	}
	return false;
}

static void code_view(const char *s, size_t n, struct strbuf *out)
{
	if (!braces_balance(s, n)) {
		strbuf_add(out, s, n);
		return;
	}
	size_t pending = 0;     /* start of the current top-level declaration */
	char last = ';';        /* last significant character */
	int parens = 0;
	bool line_start = true;
	for (size_t i = 0; i < n;) {
		size_t c = skip_comment(s, n, i);
		if (c != i) {
			i = c;
			continue;
		}
		char ch = s[i];
		if (ch == '\n') {
			line_start = true;
			i++;
			continue;
		}
		if (ch == ' ' || ch == '\t' || ch == '\r' || ch == '\f' || ch == '\v') {
			i++;
			continue;
		}
		if (ch == '#' && line_start) {
			size_t e = i;
			while (e < n && s[e] != '\n') {
				if (s[e++] != '\\')
					continue;
				e += e < n && s[e] == '\r';   /* a continuation, LF or CRLF */
				e += e < n && s[e] == '\n';
			}
			size_t k = i + 1;
			while (k < e && (s[k] == ' ' || s[k] == '\t'))
				k++;
			if (e - k >= 6 && !strncmp(s + k, "define", 6)) {
				strbuf_add(out, s + i, e - i);
				strbuf_addch(out, '\n');
			}
			i = e;
			continue;
		}
		line_start = false;
		if (ch == '"' || ch == '\'') {
			i = skip_literal(s, n, i);
			last = '"';
			continue;
		}
		if (is_ident_char(ch)) {
			size_t e = i;
			while (e < n && is_ident_char(s[e]))
				e++;
			last = 'a';
			i = e;
			continue;
		}
		if (ch == '(') {
			parens++;
		} else if (ch == ')') {
			parens -= parens > 0;
		} else if (parens == 0 && (ch == '{' || ch == '=')) {
			/* a block is looked into only when it is clearly a type,
			 * namespace or linkage block; anything else (a function body
			 * behind a macro or a trailing return type) is kept whole */
			bool body = ch == '=' || last == ')' || (last != '"' && !names_a_scope(s + pending, i - pending));
			if (body) {
				size_t e = skip_code(s, n, ch == '=' ? i + 1 : i, ch == '=');
				strbuf_add(out, s + pending, e - pending);
				strbuf_addch(out, '\n');
				i = pending = e;
				last = ';';
				continue;
			}
			/* struct / enum / namespace / extern "C": look inside */
			pending = i + 1;
			last = '{';
			i++;
			continue;
		} else if (parens == 0 && (ch == ';' || ch == '}')) {
			pending = i + 1;
			last = ch;
			i++;
			continue;
		}
		last = ch;
		i++;
	}
}

/* ----------------------------------------------------------------- files */

static size_t file_get(struct scan_prefilter *pf, const char *path)
{
	size_t i = smap_get(&pf->files_by_path, path);
	if (i != SIZE_MAX)
		return i;
	ALLOC_GROW(pf->files, pf->n_files + 1, pf->alloc_files);
	struct pf_file *f = &pf->files[pf->n_files];
	memset(f, 0, sizeof(*f));
	f->path = xstrdup(path);
	struct text_error err;
	struct text_file *t = text_load(path, &err);
	if (t) {
		struct strbuf code = STRBUF_INIT;
		code_view(t->utf8, t->len, &code);
		f->read_ok = true;
		f->code_len = code.len;
		f->code = strbuf_detach(&code, NULL);
		f->token_hit = re_find(pf, pf->tokens, f->code, f->code_len);
		f->names_decl = re_find(pf, pf->decl_names, t->utf8, t->len);
		size_t alloc = 0, off = 0;
		while (off <= t->len &&
		       pcre2_match(pf->include_re, (PCRE2_SPTR)t->utf8, t->len, off, 0, pf->md, NULL) >= 0) {
			PCRE2_SIZE *ov = pcre2_get_ovector_pointer(pf->md);
			if (ov[2] != PCRE2_UNSET) {
				ALLOC_GROW(f->incs, f->n_incs + 1, alloc);
				f->incs[f->n_incs].angle = t->utf8[ov[2]] == '<';
				f->incs[f->n_incs++].name = xstrndup(t->utf8 + ov[4], ov[5] - ov[4]);
			} else {
				f->computed_include = true;
			}
			off = ov[1] > off ? ov[1] : off + 1;
		}
		text_free(t);
	}
	smap_put(&pf->files_by_path, path, pf->n_files);
	return pf->n_files++;
}

/* Include directories of a TU that may hold project headers (not the
 * compiler's, the shims', mingw's or driso's generated overlays). */
static bool project_dir(const struct scan_prefilter *pf, const char *dir)
{
	if (str_starts_with(dir, pf->root) &&
	    (dir[strlen(pf->root)] == '/' || dir[strlen(pf->root)] == 0 || !strcmp(pf->root, "/")))
		return true;
	const char *shims = compile_env_shim_dir();
	return !str_starts_with(dir, "/usr/") && !(shims && str_starts_with(dir, shims)) && !strstr(dir, "/driso-env-");
}

struct tu_ctx {
	char *tu_dir;
	char **idirs;
	size_t n_idirs, alloc_idirs;
	char **forced;          /* -include FILE */
	size_t n_forced, alloc_forced;
	struct strbuf defines;  /* -D arguments, one per line */
};

static char *abs_dir(const struct tu_config *cfg, const char *d)
{
	if (d[0] == '/')
		return xstrdup(d);
	return cfg->directory ? path_join(cfg->directory, d) : xstrdup(d);
}

static void tu_ctx_init(struct scan_prefilter *pf, struct tu_ctx *x, const struct tu_config *cfg)
{
	memset(x, 0, sizeof(*x));
	strbuf_init(&x->defines, 0);
	x->tu_dir = path_dirname(cfg->file);
	static const char *const dir_flags[] = { "-I", "-isystem", "-iquote", "-idirafter", "/I" };
	for (size_t i = 0; i < cfg->n_args; i++) {
		const char *a = cfg->args[i];
		const char *val = NULL;
		bool forced = false;
		for (size_t k = 0; k < sizeof(dir_flags) / sizeof(dir_flags[0]) && !val; k++) {
			size_t fl = strlen(dir_flags[k]);
			if (!strcmp(a, dir_flags[k]) && i + 1 < cfg->n_args)
				val = cfg->args[++i];
			else if (!strncmp(a, dir_flags[k], fl) && a[fl] && fl == 2)
				val = a + fl;
		}
		if (!val && (!strcmp(a, "-include") || !strcmp(a, "/FI")) && i + 1 < cfg->n_args) {
			val = cfg->args[++i];
			forced = true;
		}
		if (!strcmp(a, "-D") && i + 1 < cfg->n_args) {
			strbuf_addf(&x->defines, "%s\n", cfg->args[++i]);
			continue;
		}
		if (!strncmp(a, "-D", 2) && a[2]) {
			strbuf_addf(&x->defines, "%s\n", a + 2);
			continue;
		}
		if (!val)
			continue;
		char *d = abs_dir(cfg, val);
		if (forced) {
			ALLOC_GROW(x->forced, x->n_forced + 1, x->alloc_forced);
			x->forced[x->n_forced++] = d;
		} else if (project_dir(pf, d)) {
			ALLOC_GROW(x->idirs, x->n_idirs + 1, x->alloc_idirs);
			x->idirs[x->n_idirs++] = d;
		} else {
			free(d);
		}
	}
}

static void tu_ctx_free(struct tu_ctx *x)
{
	free(x->tu_dir);
	for (size_t i = 0; i < x->n_idirs; i++)
		free(x->idirs[i]);
	free(x->idirs);
	for (size_t i = 0; i < x->n_forced; i++)
		free(x->forced[i]);
	free(x->forced);
	strbuf_release(&x->defines);
}

/* Every file a TU reads from the tree: itself, forced includes and the
 * project headers they include, depth-bounded. Indices into pf->files. */
struct file_set {
	size_t *v;
	size_t n, alloc;
	struct smap seen;
	bool unknown;     /* unreadable TU or a computed #include */
};

static void visit(struct scan_prefilter *pf, const struct tu_ctx *x, struct file_set *fs, const char *path, int depth)
{
	if (depth > MAX_INCLUDE_DEPTH || !smap_put(&fs->seen, path, 0))
		return;
	size_t fi = file_get(pf, path);
	ALLOC_GROW(fs->v, fs->n + 1, fs->alloc);
	fs->v[fs->n++] = fi;
	if (pf->files[fi].computed_include)
		fs->unknown = true;
	char *here = path_dirname(path);
	for (size_t k = 0; k < pf->files[fi].n_incs; k++) {
		/* re-read the entry each time: file_get may move pf->files */
		const struct include_spec *inc = &pf->files[fi].incs[k];
		char *name = xstrdup(inc->name);
		bool angle = inc->angle;
		char *hit = NULL;
		if (!angle)
			hit = resolve_in(pf, here, name);
		if (!hit && !angle && strcmp(here, x->tu_dir))
			hit = resolve_in(pf, x->tu_dir, name);
		for (size_t d = 0; !hit && d < x->n_idirs; d++)
			hit = resolve_in(pf, x->idirs[d], name);
		if (hit && (project_dir(pf, hit)))
			visit(pf, x, fs, hit, depth + 1);
		free(hit);
		free(name);
	}
	free(here);
}

static void file_set_build(struct scan_prefilter *pf, const struct tu_config *cfg, struct tu_ctx *x, struct file_set *fs)
{
	memset(fs, 0, sizeof(*fs));
	tu_ctx_init(pf, x, cfg);
	visit(pf, x, fs, cfg->file, 0);
	if (fs->n && !pf->files[fs->v[0]].read_ok)
		fs->unknown = true;
	for (size_t i = 0; i < x->n_forced; i++) {
		char *p = path_is_file(x->forced[i]) ? xstrdup(x->forced[i]) : NULL;
		if (!p)
			for (size_t d = 0; !p && d < x->n_idirs; d++)
				p = resolve_in(pf, x->idirs[d], x->forced[i]);
		if (p && project_dir(pf, p))
			visit(pf, x, fs, p, 1);
		free(p);
	}
}

static void file_set_free(struct file_set *fs)
{
	free(fs->v);
	smap_free(&fs->seen);
}

bool scan_prefilter_keep(struct scan_prefilter *pf, const struct tu_config *cfg)
{
	struct tu_ctx x;
	struct file_set fs;
	file_set_build(pf, cfg, &x, &fs);
	bool keep = fs.unknown || re_find(pf, pf->tokens, x.defines.buf, x.defines.len);
	for (size_t i = 0; i < fs.n && !keep; i++)
		keep = pf->files[fs.v[i]].token_hit;
	pf->st.tus++;
	pf->st.kept_by_token += keep;
	if (pf->debug)
		fprintf(stderr, "prefilter: %s %s\n", keep ? "keeps" : "skips", cfg->file);
	/* every file read but the TUs themselves is a header */
	smap_put(&pf->tu_paths, cfg->file, 0);
	file_set_free(&fs);
	tu_ctx_free(&x);
	return keep;
}

/* -------------------------------------------------------------- fixpoint */

/*
 * What value_track can read when the rules evaluate the calls of one
 * project's parsed TUs, found the way value_track looks: from the arguments
 * of every rule call, through storage slots (a local, a global by name, a
 * struct field by name) to the assignments, initializers and calls that
 * write them, through a parameter to the arguments of every call site, and
 * into a callee's body when it can write through an out argument (&x, an
 * array). It never follows return values. The names met on the way are
 * what a skipped TU could contribute through.
 */
struct ref {
	size_t t, i;
};

struct refs {
	struct ref *v;
	size_t n, alloc;
};

enum { W_ASSIGN, W_CALL, W_INIT, W_KINDS };

struct reach {
	struct scan_prefilter *pf;
	struct tu_facts *const *facts;
	size_t n;
	struct smap names;        /* exported names */
	struct smap seen;         /* slots, parameters and bodies already followed */
	struct smap slot_ix;      /* slot key -> index into writers */
	struct refs (*writers)[W_KINDS];
	size_t n_slots, alloc_slots;
	struct smap sites_ix;     /* callee base name -> index into sites */
	struct refs *sites;
	size_t n_sites, alloc_sites;
	struct smap defined;      /* function base name -> index into defs */
	struct ref *defs;
	size_t n_defs, alloc_defs;
	struct smap *declared;    /* per TU: function names declared in tree code */
	struct pending *work;     /* slots, parameters and bodies still to follow */
	size_t n_work, alloc_work;
};

/* Followed from a work list, not by recursion: a driver's slot graph can be
 * deeper than a thread's stack. */
struct pending {
	char kind;                /* 's' slot, 'p' parameter, 'b' body */
	char *key;                /* slot key */
	size_t t;
	int a, b;                 /* parameter: function, index; body: function */
};

static const char *base_name(const char *name)
{
	const char *p = name ? strrchr(name, ':') : NULL;
	return p ? p + 1 : name;
}

static bool is_ident(const char *s)
{
	if (!s || !(isalpha((unsigned char)*s) || *s == '_'))
		return false;
	for (; *s; s++)
		if (!isalnum((unsigned char)*s) && *s != '_')
			return false;
	return true;
}

static void export_name(struct reach *r, const char *name)
{
	name = base_name(name);
	if (is_ident(name))
		smap_put(&r->names, name, 0);
}

static void refs_add(struct refs *l, size_t t, size_t i)
{
	if (l->n && l->v[l->n - 1].t == t && l->v[l->n - 1].i == i)
		return;
	ALLOC_GROW(l->v, l->n + 1, l->alloc);
	l->v[l->n++] = (struct ref){ t, i };
}

/* value_track reads .Buffer through its base and never tracks the lengths */
static bool tracked_field(const char *f)
{
	return f && strcmp(f, "Buffer") && strcmp(f, "Length") && strcmp(f, "MaximumLength");
}

/* Slot key of a variable: locals and statics per TU, globals by name. */
static void var_key(const struct reach *r, size_t t, int var, char *buf, size_t size)
{
	const struct fvar *v = &r->facts[t]->vars[var];
	if (v->func < 0 && !v->is_static && v->name)
		snprintf(buf, size, "g:%s", v->name);
	else
		snprintf(buf, size, "l:%zu:%d", t, var);
}

static bool is_var(const struct tu_facts *tf, const struct fexpr *e)
{
	return e->kind == FX_NAME && e->var >= 0 && (size_t)e->var < tf->n_vars;
}

/* Register a writer under every slot an expression names (a nested call's
 * own arguments excepted): `ext->Path.Buffer` writes field Path and reaches
 * through ext. */
static void index_slots(struct reach *r, size_t t, const struct fexpr *e, int kind, size_t i)
{
	if (!e || e->kind == FX_CALL)
		return;
	char key[300];
	key[0] = 0;
	if (is_var(r->facts[t], e))
		var_key(r, t, e->var, key, sizeof(key));
	else if (e->kind == FX_MEMBER && tracked_field(e->text))
		snprintf(key, sizeof(key), "f:%s", e->text);
	if (key[0]) {
		size_t s = smap_get(&r->slot_ix, key);
		if (s == SIZE_MAX) {
			ALLOC_GROW(r->writers, r->n_slots + 1, r->alloc_slots);
			memset(r->writers[r->n_slots], 0, sizeof(r->writers[r->n_slots]));
			s = r->n_slots++;
			smap_put(&r->slot_ix, key, s);
		}
		refs_add(&r->writers[s][kind], t, i);
	}
	for (size_t k = 0; k < e->n_kids; k++)
		index_slots(r, t, e->kids[k], kind, i);
}

static bool addr_or_array(const struct tu_facts *tf, const struct fexpr *e)
{
	if (!e || e->kind == FX_CALL)
		return false;
	if (e->kind == FX_ADDROF || (is_var(tf, e) && tf->vars[e->var].is_array))
		return true;
	for (size_t i = 0; i < e->n_kids; i++)
		if (addr_or_array(tf, e->kids[i]))
			return true;
	return false;
}

/* Can the callee write into something of the caller's through an argument? */
static bool writes_through_args(const struct tu_facts *tf, const struct fexpr *call)
{
	for (size_t i = 0; call && i < call->n_kids; i++)
		if (addr_or_array(tf, call->kids[i]))
			return true;
	return false;
}

static bool first_time(struct reach *r, const char *key)
{
	return smap_put(&r->seen, key, 0);
}

static void push(struct reach *r, struct pending p)
{
	ALLOC_GROW(r->work, r->n_work + 1, r->alloc_work);
	r->work[r->n_work++] = p;
}

static void use_expr(struct reach *r, size_t t, const struct fexpr *e);
static void use_call(struct reach *r, size_t t, const struct fcall *c);

static void use_body(struct reach *r, size_t t, int func)
{
	char key[64];
	snprintf(key, sizeof(key), "b:%zu:%d", t, func);
	if (first_time(r, key))
		push(r, (struct pending){ .kind = 'b', .t = t, .a = func });
}

/* Everything in a function's body (a callee reached through an out argument). */
static void follow_body(struct reach *r, size_t t, int func)
{
	const struct tu_facts *tf = r->facts[t];
	for (size_t i = 0; i < tf->n_calls; i++)
		if (tf->calls[i].func == func)
			use_call(r, t, &tf->calls[i]);
	for (size_t i = 0; i < tf->n_assigns; i++)
		if (tf->assigns[i].func == func)
			use_expr(r, t, tf->assigns[i].rhs);
	for (size_t i = 0; i < tf->n_vars; i++)
		if (tf->vars[i].func == func && tf->vars[i].init)
			use_expr(r, t, tf->vars[i].init);
}

/* A call met on the way: its arguments are read, and a callee that can write
 * through one is looked into (or named, when its body is not parsed). */
static void use_call(struct reach *r, size_t t, const struct fcall *c)
{
	if (!c->expr)
		return;
	for (size_t k = 0; k < c->expr->n_kids; k++)
		use_expr(r, t, c->expr->kids[k]);
	const char *callee = base_name(c->callee);
	if (!callee || !*callee || !writes_through_args(r->facts[t], c->expr))
		return;
	size_t d = smap_get(&r->defined, callee);
	if (d != SIZE_MAX)
		use_body(r, r->defs[d].t, (int)r->defs[d].i);
	if (d != SIZE_MAX || !c->callee_declared || smap_get(&r->declared[t], callee) != SIZE_MAX)
		export_name(r, callee);   /* a project function: its body may be in a skipped TU */
}

static void use_slot(struct reach *r, const char *key)
{
	if (!first_time(r, key))
		return;
	if (key[0] == 'g' || key[0] == 'f')
		export_name(r, key + 2);
	push(r, (struct pending){ .kind = 's', .key = xstrdup(key) });
}

static void follow_slot(struct reach *r, const char *key)
{
	size_t s = smap_get(&r->slot_ix, key);
	if (s == SIZE_MAX)
		return;
	for (size_t k = 0; k < r->writers[s][W_ASSIGN].n; k++) {
		struct ref x = r->writers[s][W_ASSIGN].v[k];
		use_expr(r, x.t, r->facts[x.t]->assigns[x.i].rhs);
	}
	for (size_t k = 0; k < r->writers[s][W_CALL].n; k++) {
		struct ref x = r->writers[s][W_CALL].v[k];
		use_call(r, x.t, &r->facts[x.t]->calls[x.i]);
	}
	for (size_t k = 0; k < r->writers[s][W_INIT].n; k++) {
		struct ref x = r->writers[s][W_INIT].v[k];
		use_expr(r, x.t, r->facts[x.t]->vars[x.i].init);
	}
}

/* A parameter: every call site's argument at that position. */
static void use_param(struct reach *r, size_t t, const struct fvar *p)
{
	if (p->func < 0 || (size_t)p->func >= r->facts[t]->n_funcs)
		return;
	const char *fn = base_name(r->facts[t]->funcs[p->func].name);
	char key[300];
	snprintf(key, sizeof(key), "p:%s:%d", fn ? fn : "", p->param_index);
	export_name(r, fn);
	if (fn && first_time(r, key))
		push(r, (struct pending){ .kind = 'p', .t = t, .a = p->func, .b = p->param_index });
}

static void follow_param(struct reach *r, const char *fn, int param_index)
{
	size_t s = smap_get(&r->sites_ix, fn);
	for (size_t k = 0; s != SIZE_MAX && k < r->sites[s].n; k++) {
		struct ref x = r->sites[s].v[k];
		const struct fexpr *call = r->facts[x.t]->calls[x.i].expr;
		if (call && param_index >= 0 && (size_t)param_index < call->n_kids)
			use_expr(r, x.t, call->kids[param_index]);
	}
}

static void use_expr(struct reach *r, size_t t, const struct fexpr *e)
{
	if (!e)
		return;
	const struct tu_facts *tf = r->facts[t];
	char key[300];
	if (is_var(tf, e)) {
		const struct fvar *v = &tf->vars[e->var];
		if (v->is_param)
			use_param(r, t, v);
		var_key(r, t, e->var, key, sizeof(key));
		use_slot(r, key);
	} else if (e->kind == FX_NAME && e->func_ref >= 0 && (size_t)e->func_ref < tf->n_funcs) {
		export_name(r, tf->funcs[e->func_ref].name);
	} else if (e->kind == FX_NAME && e->text && !e->has_int) {
		/* not resolved here: may be a global another TU defines */
		snprintf(key, sizeof(key), "g:%s", e->text);
		use_slot(r, key);
	} else if (e->kind == FX_MEMBER && tracked_field(e->text)) {
		snprintf(key, sizeof(key), "f:%s", e->text);
		use_slot(r, key);
	}
	for (size_t i = 0; i < e->n_kids; i++)
		use_expr(r, t, e->kids[i]);
}

/* Globals the source fixes look up by name across the project (a saved
 * DRIVER_OBJECT, a registered service status handle). */
static bool fix_lookup_type(const char *type)
{
	return type && (strstr(type, "DRIVER_OBJECT") || strstr(type, "SERVICE_STATUS_HANDLE"));
}

static void reach_build(struct scan_prefilter *pf, struct reach *r, struct tu_facts *const *facts, size_t n)
{
	memset(r, 0, sizeof(*r));
	r->pf = pf;
	r->facts = facts;
	r->n = n;
	r->declared = xcalloc(n + 1, sizeof(*r->declared));
	for (size_t t = 0; t < n; t++) {
		const struct tu_facts *tf = facts[t];
		if (!tf)
			continue;
		for (size_t f = 0; f < tf->n_funcs; f++) {
			const char *name = base_name(tf->funcs[f].name);
			if (!name)
				continue;
			smap_put(&r->declared[t], name, f);
			if (tf->funcs[f].has_body && smap_get(&r->defined, name) == SIZE_MAX) {
				ALLOC_GROW(r->defs, r->n_defs + 1, r->alloc_defs);
				r->defs[r->n_defs] = (struct ref){ t, f };
				smap_put(&r->defined, name, r->n_defs++);
			}
		}
		for (size_t i = 0; i < tf->n_assigns; i++)
			index_slots(r, t, tf->assigns[i].lhs, W_ASSIGN, i);
		for (size_t i = 0; i < tf->n_vars; i++)
			if (tf->vars[i].init) {
				struct fexpr probe = { .kind = FX_NAME, .var = (int)i };
				index_slots(r, t, &probe, W_INIT, i);
			}
		for (size_t i = 0; i < tf->n_calls; i++) {
			const struct fcall *c = &tf->calls[i];
			const char *callee = base_name(c->callee);
			if (callee && *callee) {
				size_t s = smap_get(&r->sites_ix, callee);
				if (s == SIZE_MAX) {
					ALLOC_GROW(r->sites, r->n_sites + 1, r->alloc_sites);
					memset(&r->sites[r->n_sites], 0, sizeof(r->sites[0]));
					s = r->n_sites++;
					smap_put(&r->sites_ix, callee, s);
				}
				refs_add(&r->sites[s], t, i);
			}
			for (size_t k = 0; c->expr && k < c->expr->n_kids; k++)
				index_slots(r, t, c->expr->kids[k], W_CALL, i);
		}
	}
	/* seeds: the rule calls (a project function that merely shares a stem,
	 * like a RegPreSetValue callback, has its body here and is not one) */
	bool any_seed = false;
	for (size_t t = 0; t < n; t++) {
		const struct tu_facts *tf = facts[t];
		bool seeded_tu = false;
		for (size_t i = 0; tf && i < tf->n_calls; i++) {
			const struct fcall *c = &tf->calls[i];
			const char *callee = c->callee;
			if (!callee || !*callee || smap_get(&r->defined, base_name(callee)) != SIZE_MAX ||
			    !re_find(pf, pf->tokens, callee, strlen(callee)))
				continue;
			/* a rule only asks whether the package makes this call: its
			 * arguments are never evaluated */
			if (str_starts_with(callee, "CmRegisterCallback")) {
				seeded_tu = true;
				continue;
			}
			if (pf->debug)
				fprintf(stderr, "prefilter: rule call %s in %s\n", callee,
					c->func >= 0 && (size_t)c->func < tf->n_funcs ? tf->funcs[c->func].name : "(file scope)");
			/* its function's callers are counted (SR_PER_CALLER) */
			if (c->func >= 0 && (size_t)c->func < tf->n_funcs)
				export_name(r, tf->funcs[c->func].name);
			use_call(r, t, c);
			seeded_tu = true;
		}
		if (!seeded_tu)
			continue;
		any_seed = true;
		for (size_t i = 0; i < tf->n_vars; i++)
			if (tf->vars[i].func < 0 && tf->vars[i].name && fix_lookup_type(tf->vars[i].type))
				export_name(r, tf->vars[i].name);
	}
	while (r->n_work) {
		struct pending p = r->work[--r->n_work];
		if (p.kind == 's')
			follow_slot(r, p.key);
		else if (p.kind == 'p')
			follow_param(r, base_name(r->facts[p.t]->funcs[p.a].name), p.b);
		else
			follow_body(r, p.t, p.a);
		free(p.key);
	}
	if (any_seed) {
		/* source fixes save the DRIVER_OBJECT in DriverEntry's TU */
		export_name(r, "DriverEntry");
		export_name(r, "GsDriverEntry");
		export_name(r, "g_DriverObject");
	}
}

static void reach_free(struct reach *r)
{
	for (size_t t = 0; t < r->n; t++)
		smap_free(&r->declared[t]);
	free(r->declared);
	for (size_t s = 0; s < r->n_slots; s++)
		for (int k = 0; k < W_KINDS; k++)
			free(r->writers[s][k].v);
	free(r->writers);
	for (size_t s = 0; s < r->n_sites; s++)
		free(r->sites[s].v);
	free(r->sites);
	free(r->defs);
	free(r->work);
	smap_free(&r->names);
	smap_free(&r->seen);
	smap_free(&r->slot_ix);
	smap_free(&r->sites_ix);
	smap_free(&r->defined);
}

static int cmp_cstr(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* \b(?:n1|n2|...)\b over the names, sorted so the pattern is deterministic. */
static pcre2_code *names_pattern(const struct smap *names)
{
	if (!names->n)
		return NULL;
	char **v = xcalloc(names->n, sizeof(*v));
	size_t k = 0;
	for (size_t i = 0; i < names->cap; i++)
		if (names->e[i].key)
			v[k++] = names->e[i].key;
	qsort(v, k, sizeof(*v), cmp_cstr);
	struct strbuf sb = STRBUF_INIT;
	strbuf_addstr(&sb, "\\b(?:");
	for (size_t i = 0; i < k; i++)
		strbuf_addf(&sb, "%s%s", i ? "|" : "", v[i]);
	strbuf_addstr(&sb, ")\\b");
	free(v);
	pcre2_code *re = compile_re(sb.buf, 0);
	strbuf_release(&sb);
	return re;
}

static bool file_mentions_names(struct scan_prefilter *pf, size_t fi)
{
	struct pf_file *f = &pf->files[fi];
	if (f->name_round != pf->round) {
		f->name_round = pf->round;
		f->name_hit = f->names_decl || (f->code && re_find(pf, pf->names, f->code, f->code_len));
	}
	return f->name_hit;
}

/* DRISO_PREFILTER_DEBUG: which file and name pulled a TU in. */
static void debug_why(struct scan_prefilter *pf, const char *tu, const struct file_set *fs)
{
	for (size_t k = 0; k < fs->n; k++) {
		const struct pf_file *f = &pf->files[fs->v[k]];
		if (f->names_decl) {
			fprintf(stderr, "prefilter: round %u adds %s (%s declares g_DriverObject)\n", pf->round, tu, f->path);
			return;
		}
		if (f->code && pcre2_match(pf->names, (PCRE2_SPTR)f->code, f->code_len, 0, 0, pf->md, NULL) >= 0) {
			PCRE2_SIZE *ov = pcre2_get_ovector_pointer(pf->md);
			fprintf(stderr, "prefilter: round %u adds %s (%s mentions %.*s)\n", pf->round, tu, f->path,
				(int)(ov[1] - ov[0]), f->code + ov[0]);
			return;
		}
	}
	fprintf(stderr, "prefilter: round %u adds %s (unreadable, computed #include or -D)\n", pf->round, tu);
}

size_t scan_prefilter_expand(struct scan_prefilter *pf, const struct tu_config *const *cfgs,
			     struct tu_facts *const *facts, size_t n, bool *add)
{
	size_t n_parsed = 0, n_skipped = 0;
	for (size_t i = 0; i < n; i++) {
		add[i] = false;
		if (facts[i])
			n_parsed++;
		else
			n_skipped++;
	}
	if (!n_parsed || !n_skipped)
		return 0;
	struct reach r;
	reach_build(pf, &r, facts, n);
	size_t added = 0;
	if (r.names.n) {
		pcre2_code_free(pf->names);
		pf->names = names_pattern(&r.names);
		pf->round++;
		if (pf->debug)
			for (size_t i = 0; i < r.names.cap; i++)
				if (r.names.e[i].key)
					fprintf(stderr, "prefilter: round %u name %s\n", pf->round, r.names.e[i].key);
		for (size_t i = 0; i < n; i++) {
			if (facts[i])
				continue;
			struct tu_ctx x;
			struct file_set fs;
			file_set_build(pf, cfgs[i], &x, &fs);
			bool hit = fs.unknown || re_find(pf, pf->names, x.defines.buf, x.defines.len);
			for (size_t k = 0; k < fs.n && !hit; k++)
				hit = file_mentions_names(pf, fs.v[k]);
			if (hit) {
				if (pf->debug)
					debug_why(pf, cfgs[i]->file, &fs);
				add[i] = true;
				added++;
			}
			file_set_free(&fs);
			tu_ctx_free(&x);
		}
	}
	reach_free(&r);
	pf->st.added += added;
	pf->st.rounds += added > 0;
	return added;
}

void scan_prefilter_get_stats(const struct scan_prefilter *pf, struct scan_prefilter_stats *out)
{
	*out = pf->st;
	out->headers = pf->n_files > pf->tu_paths.n ? pf->n_files - pf->tu_paths.n : 0;
}
