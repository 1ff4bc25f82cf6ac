/*
 * frontend: libclang → facts.h.
 *
 * One parse per TU, then passes over the libclang TU:
 *  1. the preprocessing record (macro expansions with their definitions,
 *     #include directives) and the list of top-level declarations;
 *  2. functions in project files (not system/shim headers) registered by
 *     USR, so references to later definitions resolve;
 *  3. declarations: parameters, locals, globals, and every expression that
 *     holds a call or an assignment, converted to fexpr trees;
 *  4. post-passes that need the whole TU: calls written through statement
 *     macros, error nodes per body from the diagnostics, calls libclang hid
 *     because they contain errors (rebuilt from tokens), order numbers,
 *     function kinds (DriverEntry, dispatch, WDF callbacks...).
 * Afterwards the TU is disposed; the facts are plain data.
 */
#include "analyzer/frontend.h"
#include "analyzer/frontend_repair.h"

_Static_assert(FDIAG_ERROR == CXDiagnostic_Error, "facts.h mirrors libclang's error severity");

#include "core/strbuf.h"
#include "core/util.h"

#include <clang-c/Index.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <errno.h>
#include <string.h>
#include <unistd.h>

/* Diagnostics that leave the AST intact are not errors for driso: an
 * undeclared API still yields a CallExpr we can read (counted instead as an
 * unresolved call). Without -ferror-limit=0 clang stops reporting after 20
 * errors and per-body error counts would be wrong. */
static const char *const frontend_extra_args[] = {
	"-ferror-limit=0",
	/* WDK test apps declare main(ULONG argc, PCHAR argv[]): an error in a
	 * hosted TU, nothing to us; freestanding reads the rest the same */
	"-ffreestanding",
	"-Wno-error=implicit-function-declaration",
	"-Wno-error=implicit-int",
	"-Wno-error=int-conversion",
	"-Wno-error=incompatible-function-pointer-types",
	"-Wno-error=incompatible-pointer-types",
	"-Wno-error=return-type",
	"-Wno-everything",
};

const char *const *frontend_default_args(size_t *n)
{
	*n = sizeof(frontend_extra_args) / sizeof(frontend_extra_args[0]);
	return frontend_extra_args;
}

/* Cap on fdiags kept per TU (n_errors still counts them all): a TU whose
 * headers are missing can produce thousands. */
#define MAX_DIAGS_KEPT 200
#define MAX_SPELLING 160
#define MAX_EXPR_DEPTH 1000

struct frontend {
	CXIndex index;
};

struct frontend *frontend_new(void)
{
	struct frontend *fe = xcalloc(1, sizeof(*fe));
	fe->index = clang_createIndex(0, 0);
	return fe;
}

void frontend_free(struct frontend *fe)
{
	if (!fe)
		return;
	clang_disposeIndex(fe->index);
	free(fe);
}

/* ---------- small hash maps ---------- */

struct cursor_map {      /* canonical decl cursor → var index */
	CXCursor *keys;
	int *vals;
	size_t cap, n;
};

static void cursor_map_put(struct cursor_map *m, CXCursor k, int v)
{
	if ((m->n + 1) * 2 > m->cap) {
		struct cursor_map old = *m;
		m->cap = m->cap ? m->cap * 2 : 64;
		m->keys = xcalloc(m->cap, sizeof(*m->keys));
		m->vals = xmalloc(m->cap * sizeof(*m->vals));
		for (size_t i = 0; i < m->cap; i++)
			m->vals[i] = -1;
		m->n = 0;
		for (size_t i = 0; i < old.cap; i++)
			if (old.vals[i] >= 0)
				cursor_map_put(m, old.keys[i], old.vals[i]);
		free(old.keys);
		free(old.vals);
	}
	size_t i = clang_hashCursor(k) & (m->cap - 1);
	while (m->vals[i] >= 0) {
		if (clang_equalCursors(m->keys[i], k)) {
			m->vals[i] = v;
			return;
		}
		i = (i + 1) & (m->cap - 1);
	}
	m->keys[i] = k;
	m->vals[i] = v;
	m->n++;
}

static int cursor_map_get(const struct cursor_map *m, CXCursor k)
{
	if (!m->cap)
		return -1;
	size_t i = clang_hashCursor(k) & (m->cap - 1);
	while (m->vals[i] >= 0) {
		if (clang_equalCursors(m->keys[i], k))
			return m->vals[i];
		i = (i + 1) & (m->cap - 1);
	}
	return -1;
}

static void cursor_map_free(struct cursor_map *m)
{
	free(m->keys);
	free(m->vals);
}

struct name_map {        /* function name → func index */
	const char **keys;
	int *vals;
	size_t cap, n;
};

static size_t str_hash(const char *s)
{
	size_t h = 1469598103934665603ULL;
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 1099511628211ULL;
	return h;
}

static void name_map_put(struct name_map *m, const char *k, int v)
{
	if ((m->n + 1) * 2 > m->cap) {
		struct name_map old = *m;
		m->cap = m->cap ? m->cap * 2 : 64;
		m->keys = xcalloc(m->cap, sizeof(*m->keys));
		m->vals = xmalloc(m->cap * sizeof(*m->vals));
		m->n = 0;
		for (size_t i = 0; i < old.cap; i++)
			if (old.keys[i])
				name_map_put(m, old.keys[i], old.vals[i]);
		free(old.keys);
		free(old.vals);
	}
	size_t i = str_hash(k) & (m->cap - 1);
	while (m->keys[i]) {
		if (!strcmp(m->keys[i], k)) {
			m->vals[i] = v;
			return;
		}
		i = (i + 1) & (m->cap - 1);
	}
	m->keys[i] = k;
	m->vals[i] = v;
	m->n++;
}

static int name_map_get(const struct name_map *m, const char *k)
{
	if (!m->cap || !k)
		return -1;
	size_t i = str_hash(k) & (m->cap - 1);
	while (m->keys[i]) {
		if (!strcmp(m->keys[i], k))
			return m->vals[i];
		i = (i + 1) & (m->cap - 1);
	}
	return -1;
}

static void name_map_free(struct name_map *m)
{
	free(m->keys);
	free(m->vals);
}

/* ---------- parse state ---------- */

struct macro_exp {
	CXFile file;
	unsigned start, end;    /* file offsets of the invocation NAME(...) */
	char *name;
	struct fact_loc def;
	bool function_like;
	bool assigns;           /* expands to assignments (a statement macro) */
	int func;               /* function whose body holds it, set lazily */
	CXCursor cursor;
};

struct file_name {
	CXFile file;
	const char *name;       /* interned */
	const char *buf;        /* contents, fetched on first need */
	size_t len;
	bool have_buf, have_base;
	CXSourceLocation base;  /* location of offset 0 */
};

struct arg_expr {            /* expressions spelled in the file, for macro args */
	CXFile file;
	unsigned start;
	unsigned end;
	struct fexpr *e;         /* a copy, owned here */
};

struct func_range {
	CXFile file;
	unsigned start, end;
};

struct ps {
	CXTranslationUnit tu;
	struct tu_facts *t;
	struct macro_exp *macros;
	size_t n_macros, alloc_macros;
	CXCursor *decls;
	size_t n_decls, alloc_decls;
	struct file_name *fnames;
	size_t n_fnames, alloc_fnames;
	int *fname_slots;           /* open-addressing index into fnames by CXFile */
	size_t fname_cap;
	struct cursor_map vars;
	struct name_map funcs;      /* USR → func index */
	char **func_keys;           /* owns the map's keys */
	size_t alloc_func_keys;
	bool registering;           /* first pass: create ffuncs only */
	CXCursor decay;             /* implicit cast around the literal being converted */
	int depth;                  /* expression nesting, bounded */
	struct func_range *franges;
	size_t alloc_franges;
	struct arg_expr *argx;
	size_t n_argx, alloc_argx;
	int cur_func;
	int order;
	int in_cond;
	int ptr_bits;
	bool debug;
	struct macro_def { CXCursor cursor; char *name; } *mdefs;
	size_t n_mdefs, alloc_mdefs;
	bool mdefs_built;
	struct name_map mdef_map;
};

static char *cx_take(CXString s)
{
	const char *c = clang_getCString(s);
	char *r = xstrdup(c ? c : "");
	clang_disposeString(s);
	return r;
}

/*
 * Per-file cache. libclang maps a CXFile back to its buffer by a linear scan
 * of the SourceManager's entries for every file but the main one
 * (clang_getFileContents, clang_getLocationForOffset), which made TUs with
 * big tables in project headers quadratic; each file is looked up once here.
 */
static struct file_name *file_info(struct ps *p, CXFile f)
{
	if ((p->n_fnames + 1) * 2 > p->fname_cap) {
		free(p->fname_slots);
		p->fname_cap = p->fname_cap ? p->fname_cap * 2 : 64;
		p->fname_slots = xmalloc(p->fname_cap * sizeof(*p->fname_slots));
		for (size_t i = 0; i < p->fname_cap; i++)
			p->fname_slots[i] = -1;
		for (size_t i = 0; i < p->n_fnames; i++) {
			size_t h = ((uintptr_t)p->fnames[i].file >> 4) & (p->fname_cap - 1);
			while (p->fname_slots[h] >= 0)
				h = (h + 1) & (p->fname_cap - 1);
			p->fname_slots[h] = (int)i;
		}
	}
	size_t h = ((uintptr_t)f >> 4) & (p->fname_cap - 1);
	while (p->fname_slots[h] >= 0) {
		if (p->fnames[p->fname_slots[h]].file == f)
			return &p->fnames[p->fname_slots[h]];
		h = (h + 1) & (p->fname_cap - 1);
	}
	CXString s = clang_getFileName(f);
	const char *c = clang_getCString(s);
	ALLOC_GROW(p->fnames, p->n_fnames + 1, p->alloc_fnames);
	struct file_name *fn = &p->fnames[p->n_fnames];
	memset(fn, 0, sizeof(*fn));
	fn->file = f;
	fn->name = facts_intern_file(p->t, c ? c : "");
	clang_disposeString(s);
	p->fname_slots[h] = (int)p->n_fnames++;
	return fn;
}

static const char *file_name(struct ps *p, CXFile f)
{
	return f ? file_info(p, f)->name : NULL;
}

static const char *file_contents(struct ps *p, CXFile f, size_t *len)
{
	struct file_name *fn = file_info(p, f);
	if (!fn->have_buf) {
		fn->have_buf = true;
		fn->buf = clang_getFileContents(p->tu, f, &fn->len);
	}
	*len = fn->len;
	return fn->buf;
}

/* Location of a byte offset in a file. A file location's raw encoding is
 * the file's start plus the offset, so offsets are added to the location of
 * offset 0 instead of asking libclang (a linear scan) every time. */
static CXSourceLocation loc_at(struct ps *p, CXFile f, unsigned off)
{
	struct file_name *fn = file_info(p, f);
	size_t len = 0;
	if (!fn->have_base) {
		fn->have_base = true;
		fn->base = clang_getLocationForOffset(p->tu, f, 0);
	}
	file_contents(p, f, &len);
	if (clang_equalLocations(fn->base, clang_getNullLocation()) || off > len)
		return clang_getLocationForOffset(p->tu, f, off);
	CXSourceLocation l = fn->base;
	l.int_data += off;
	if (p->debug && !clang_equalLocations(l, clang_getLocationForOffset(p->tu, f, off)))
		fprintf(stderr, "loc_at mismatch %s+%u\n", fn->name, off);
	return l;
}

/* The place a location's text is written in a file: macro arguments map to
 * where the argument is spelled, macro bodies to the invocation.
 * (clang_getFileLocation is SourceManager::getFileLoc.) */
static struct fact_loc file_loc(struct ps *p, CXSourceLocation l, CXFile *fout, unsigned *off)
{
	CXFile f = NULL;
	unsigned line = 0, col = 0, o = 0;
	struct fact_loc r = { NULL, 0, 0 };
	clang_getFileLocation(l, &f, &line, &col, &o);
	if (fout)
		*fout = f;
	if (off)
		*off = o;
	r.file = file_name(p, f);
	r.line = (int)line;
	r.col = (int)col;
	return r;
}

static bool in_system(CXCursor c)
{
	CXSourceLocation l = clang_getCursorLocation(c);
	return clang_Location_isInSystemHeader(l);
}

/* ---------- macro expansions ---------- */

static int macro_cmp(const void *a, const void *b)
{
	const struct macro_exp *x = a, *y = b;
	if (x->file != y->file)
		return (uintptr_t)x->file < (uintptr_t)y->file ? -1 : 1;
	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	/* outermost (longest) first among equal starts */
	if (x->end != y->end)
		return x->end > y->end ? -1 : 1;
	return 0;
}

/* Outermost macro invocation starting at (f, off) and reaching end_off. */
static struct macro_exp *macro_at(struct ps *p, CXFile f, unsigned off, unsigned end_off)
{
	size_t lo = 0, hi = p->n_macros;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		struct macro_exp *m = &p->macros[mid];
		if ((uintptr_t)m->file < (uintptr_t)f || (m->file == f && m->start < off))
			lo = mid + 1;
		else
			hi = mid;
	}
	for (size_t i = lo; i < p->n_macros && p->macros[i].file == f && p->macros[i].start == off; i++)
		if (p->macros[i].end >= end_off)
			return &p->macros[i];
	return NULL;
}

static void add_macro_expansion(struct ps *p, CXCursor c)
{
	CXSourceRange r = clang_getCursorExtent(c);
	CXFile f = NULL, f2 = NULL;
	unsigned so = 0, eo = 0;
	clang_getFileLocation(clang_getRangeStart(r), &f, NULL, NULL, &so);
	clang_getFileLocation(clang_getRangeEnd(r), &f2, NULL, NULL, &eo);
	if (!f)
		return;
	ALLOC_GROW(p->macros, p->n_macros + 1, p->alloc_macros);
	struct macro_exp *m = &p->macros[p->n_macros++];
	memset(m, 0, sizeof(*m));
	m->file = f;
	m->start = so;
	m->end = f2 == f && eo > so ? eo : so;
	m->name = cx_take(clang_getCursorSpelling(c));
	m->func = -1;
	m->cursor = c;
	CXCursor def = clang_getCursorReferenced(c);
	if (!clang_Cursor_isNull(def) && clang_getCursorKind(def) == CXCursor_MacroDefinition) {
		m->def = file_loc(p, clang_getCursorLocation(def), NULL, NULL);
		m->function_like = clang_Cursor_isMacroFunctionLike(def);
	}
}

/* ---------- facts builders ---------- */

static int new_var(struct ps *p, CXCursor c, int func)
{
	struct tu_facts *t = p->t;
	ALLOC_GROW(t->vars, t->n_vars + 1, t->alloc_vars);
	struct fvar *v = &t->vars[t->n_vars];
	memset(v, 0, sizeof(*v));
	v->name = cx_take(clang_getCursorSpelling(c));
	CXType ty = clang_getCursorType(c);
	v->type = cx_take(clang_getTypeSpelling(ty));
	v->loc = file_loc(p, clang_getCursorLocation(c), NULL, NULL);
	v->func = func;
	v->param_index = -1;
	v->is_const = clang_isConstQualifiedType(ty);
	CXType canon = clang_getCanonicalType(ty);
	v->is_array = canon.kind == CXType_ConstantArray || canon.kind == CXType_IncompleteArray ||
		      canon.kind == CXType_VariableArray;
	v->is_pointer = canon.kind == CXType_Pointer;
	v->is_static = clang_Cursor_getStorageClass(c) == CX_SC_Static;
	cursor_map_put(&p->vars, clang_getCanonicalCursor(c), (int)t->n_vars);
	return (int)t->n_vars++;
}

static bool is_function_kind(enum CXCursorKind k)
{
	return k == CXCursor_FunctionDecl || k == CXCursor_CXXMethod || k == CXCursor_Constructor ||
	       k == CXCursor_Destructor || k == CXCursor_ConversionFunction || k == CXCursor_FunctionTemplate;
}

/* Functions are keyed by USR: C++ overloads and same-named methods of
 * different classes stay apart, a prototype and its definition meet. */
static char *func_key(CXCursor c)
{
	char *usr = cx_take(clang_getCursorUSR(c));
	if (!*usr) {
		free(usr);
		usr = cx_take(clang_getCursorSpelling(c));
	}
	return usr;
}

static int func_lookup(struct ps *p, CXCursor c)
{
	char *key = func_key(c);
	int i = name_map_get(&p->funcs, key);
	free(key);
	return i;
}

static int func_index(struct ps *p, CXCursor c)
{
	struct tu_facts *t = p->t;
	char *key = func_key(c);
	int i = name_map_get(&p->funcs, key);
	if (i >= 0) {
		free(key);
		return i;
	}
	ALLOC_GROW(t->funcs, t->n_funcs + 1, t->alloc_funcs);
	ALLOC_GROW(p->franges, t->n_funcs + 1, p->alloc_franges);
	ALLOC_GROW(p->func_keys, t->n_funcs + 1, p->alloc_func_keys);
	struct ffunc *f = &t->funcs[t->n_funcs];
	memset(f, 0, sizeof(*f));
	memset(&p->franges[t->n_funcs], 0, sizeof(p->franges[0]));
	enum CXCursorKind k = clang_getCursorKind(c);
	char *name = cx_take(clang_getCursorSpelling(c));
	if (k != CXCursor_FunctionDecl && k != CXCursor_FunctionTemplate) {
		/* methods: Class::Method, as the evidence should read */
		CXCursor parent = clang_getCursorSemanticParent(c);
		char *cls = cx_take(clang_getCursorSpelling(parent));
		if (*cls) {
			char *q = xasprintf("%s::%s", cls, name);
			free(name);
			name = q;
		}
		free(cls);
	}
	f->name = name;
	f->first_param_var = -1;
	f->loc = file_loc(p, clang_getCursorLocation(c), NULL, NULL);
	f->is_static = clang_Cursor_getStorageClass(c) == CX_SC_Static;
	p->func_keys[t->n_funcs] = key;
	name_map_put(&p->funcs, key, (int)t->n_funcs);
	return (int)t->n_funcs++;
}

/* ---------- string literals ---------- */

static void utf8_put(struct strbuf *sb, uint32_t cp)
{
	if (cp < 0x80) {
		strbuf_addch(sb, (int)cp);
	} else if (cp < 0x800) {
		strbuf_addch(sb, 0xC0 | (cp >> 6));
		strbuf_addch(sb, 0x80 | (cp & 0x3F));
	} else if (cp < 0x10000) {
		strbuf_addch(sb, 0xE0 | (cp >> 12));
		strbuf_addch(sb, 0x80 | ((cp >> 6) & 0x3F));
		strbuf_addch(sb, 0x80 | (cp & 0x3F));
	} else {
		strbuf_addch(sb, 0xF0 | (cp >> 18));
		strbuf_addch(sb, 0x80 | ((cp >> 12) & 0x3F));
		strbuf_addch(sb, 0x80 | ((cp >> 6) & 0x3F));
		strbuf_addch(sb, 0x80 | (cp & 0x3F));
	}
}

static int hexval(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/*
 * Decode one C string literal token (prefix, quotes, escapes) appending its
 * value as UTF-8. Wide literals: code units are code points (surrogate pairs
 * joined), escapes up to 0xFF in narrow literals are bytes. Sets *wide from
 * the prefix. Returns false when the text is not a string literal.
 */
static bool decode_literal(const char *s, struct strbuf *out, bool *wide, bool force_wide)
{
	bool w = force_wide;
	uint32_t pending_hi = 0;
	if (*s == 'L' || *s == 'U') {
		w = true;
		s++;
	} else if (s[0] == 'u' && s[1] == '8') {
		s += 2;
	} else if (*s == 'u') {
		w = true;
		s++;
	}
	if (*s != '"')
		return false;
	s++;
	while (*s && *s != '"') {
		uint32_t cp;
		bool unit = true;  /* numeric escape: a code unit / byte, not UTF-8 text */
		if (*s != '\\') {
			/* raw source bytes are UTF-8 already */
			strbuf_addch(out, (unsigned char)*s++);
			continue;
		}
		s++;
		switch (*s) {
		case 'n': cp = '\n'; s++; break;
		case 't': cp = '\t'; s++; break;
		case 'r': cp = '\r'; s++; break;
		case 'a': cp = 7; s++; break;
		case 'b': cp = 8; s++; break;
		case 'f': cp = 12; s++; break;
		case 'v': cp = 11; s++; break;
		case 'e': cp = 27; s++; break;
		case 'x': {
			cp = 0;
			s++;
			while (hexval(*s) >= 0)
				cp = (cp << 4) | (uint32_t)hexval(*s++);
			break;
		}
		case 'u': case 'U': {
			int n = *s == 'u' ? 4 : 8;
			cp = 0;
			s++;
			for (int i = 0; i < n && hexval(*s) >= 0; i++)
				cp = (cp << 4) | (uint32_t)hexval(*s++);
			unit = false;  /* a code point, UTF-8 encoded in narrow literals too */
			break;
		}
		case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
			cp = 0;
			for (int i = 0; i < 3 && *s >= '0' && *s <= '7'; i++)
				cp = (cp << 3) | (uint32_t)(*s++ - '0');
			break;
		}
		case '\0':
			cp = '\\';
			break;
		default:  /* \\ \" \' \? and unknown escapes stand for themselves */
			cp = (unsigned char)*s++;
			break;
		}
		if (w) {
			if (cp >= 0xD800 && cp < 0xDC00) {
				pending_hi = cp;
				continue;
			}
			if (cp >= 0xDC00 && cp < 0xE000 && pending_hi) {
				cp = 0x10000 + ((pending_hi - 0xD800) << 10) + (cp - 0xDC00);
				pending_hi = 0;
			}
			utf8_put(out, cp);
		} else if (unit) {
			strbuf_addch(out, (int)(cp & 0xFF));
		} else {
			utf8_put(out, cp);
		}
	}
	if (wide)
		*wide = w;
	return true;
}

bool frontend_decode_string_literal(const char *s, struct strbuf *out, bool *wide)
{
	return decode_literal(s, out, wide, false);
}

/*
 * String literal values. The AST's StringLiteral is concatenated and
 * macro-expanded but libclang exposes neither its code units nor the
 * locations of its pieces, so the value is rebuilt from tokens: the file
 * range the literal covers is re-tokenized and every identifier naming a
 * macro is replaced by its definition's tokens (object-like) or its argument
 * tokens (function-like: TEXT("x"), _T("x"), L##x pasting). Wideness comes
 * from the AST's type, so TEXT("x") under UNICODE decodes as wide. Narrow
 * literals use clang_Cursor_Evaluate when it agrees on the length.
 */
#define MAX_MACRO_DEPTH 8

static CXCursor macro_def_by_name(struct ps *p, const char *name);

struct lit_state {
	struct strbuf sb;
	bool wide;              /* decode as wide (from the AST type) */
	bool saw_wide;          /* an L/u/U literal was among the tokens */
	char *first_macro;
	struct fact_loc first_macro_loc;
};

static void lit_tokens(struct ps *p, CXToken *toks, unsigned nt, struct lit_state *ls, int depth);

static void lit_range(struct ps *p, CXSourceRange r, struct lit_state *ls, int depth, bool skip_name)
{
	CXToken *toks = NULL;
	unsigned nt = 0;
	clang_tokenize(p->tu, r, &toks, &nt);
	if (skip_name && nt > 0)
		lit_tokens(p, toks + 1, nt - 1, ls, depth);
	else
		lit_tokens(p, toks, nt, ls, depth);
	clang_disposeTokens(p->tu, toks, nt);
}

static void lit_tokens(struct ps *p, CXToken *toks, unsigned nt, struct lit_state *ls, int depth)
{
	for (unsigned i = 0; i < nt; i++) {
		CXTokenKind kind = clang_getTokenKind(toks[i]);
		if (kind == CXToken_Literal) {
			CXString s = clang_getTokenSpelling(p->tu, toks[i]);
			const char *sp = clang_getCString(s);
			bool w = false;
			if (sp && strchr(sp, '"') && *sp != '\'')
				decode_literal(sp, &ls->sb, &w, ls->wide);
			ls->saw_wide |= w;
			clang_disposeString(s);
			continue;
		}
		if (kind != CXToken_Identifier || depth >= MAX_MACRO_DEPTH)
			continue;
		CXCursor def = clang_getNullCursor();
		CXCursor at = clang_getCursor(p->tu, clang_getTokenLocation(p->tu, toks[i]));
		if (clang_getCursorKind(at) == CXCursor_MacroExpansion)
			def = clang_getCursorReferenced(at);
		if (clang_Cursor_isNull(def) || clang_getCursorKind(def) != CXCursor_MacroDefinition) {
			CXString s = clang_getTokenSpelling(p->tu, toks[i]);
			def = macro_def_by_name(p, clang_getCString(s));
			clang_disposeString(s);
		}
		if (clang_Cursor_isNull(def))
			continue;
		if (!ls->first_macro) {
			ls->first_macro = cx_take(clang_getCursorSpelling(def));
			ls->first_macro_loc = file_loc(p, clang_getCursorLocation(def), NULL, NULL);
		}
		if (clang_Cursor_isMacroFunctionLike(def)) {
			/* the argument tokens stand for the expansion */
			unsigned j = i + 1, level = 0, from = i + 2;
			for (; j < nt; j++) {
				CXString s = clang_getTokenSpelling(p->tu, toks[j]);
				const char *sp = clang_getCString(s);
				if (sp && !strcmp(sp, "("))
					level++;
				else if (sp && !strcmp(sp, ")") && --level == 0) {
					clang_disposeString(s);
					break;
				}
				clang_disposeString(s);
			}
			if (from <= j && j <= nt)
				lit_tokens(p, toks + from, j - from, ls, depth + 1);
			i = j;
		} else {
			lit_range(p, clang_getCursorExtent(def), ls, depth + 1, true);
		}
	}
}

static enum CXChildVisitResult collect_macro_def(CXCursor c, CXCursor parent, CXClientData d)
{
	struct ps *p = d;
	if (clang_getCursorKind(c) == CXCursor_MacroDefinition) {
		ALLOC_GROW(p->mdefs, p->n_mdefs + 1, p->alloc_mdefs);
		p->mdefs[p->n_mdefs].cursor = c;
		p->mdefs[p->n_mdefs++].name = cx_take(clang_getCursorSpelling(c));
	}
	return CXChildVisit_Continue;
}

/* name → last #define of it; built on first need (nested string macros). */
static CXCursor macro_def_by_name(struct ps *p, const char *name)
{
	if (!name)
		return clang_getNullCursor();
	if (!p->mdefs_built) {
		p->mdefs_built = true;
		clang_visitChildren(clang_getTranslationUnitCursor(p->tu), collect_macro_def, p);
		for (size_t i = 0; i < p->n_mdefs; i++)
			name_map_put(&p->mdef_map, p->mdefs[i].name, (int)i);
	}
	int i = name_map_get(&p->mdef_map, name);
	return i >= 0 ? p->mdefs[i].cursor : clang_getNullCursor();
}

/* Consecutive string-literal tokens from a spelling position (in a #define). */
static bool lit_from_spelling(struct ps *p, CXFile f, unsigned off, struct lit_state *ls)
{
	size_t len = 0;
	const char *buf = file_contents(p, f, &len);
	if (!buf || off >= len)
		return false;
	unsigned end = off + 4096 < len ? off + 4096 : (unsigned)len;
	CXToken *toks = NULL;
	unsigned nt = 0, used = 0;
	clang_tokenize(p->tu, clang_getRange(loc_at(p, f, off), loc_at(p, f, end)), &toks, &nt);
	for (; used < nt && clang_getTokenKind(toks[used]) == CXToken_Literal; used++) {
		CXString s = clang_getTokenSpelling(p->tu, toks[used]);
		const char *sp = clang_getCString(s);
		bool str = sp && *sp != '\'' && strchr(sp, '"');
		if (str)
			decode_literal(sp, &ls->sb, NULL, ls->wide);
		clang_disposeString(s);
		if (!str)
			break;
	}
	clang_disposeTokens(p->tu, toks, nt);
	return used > 0;
}

static size_t utf8_units(const char *s, bool wide)
{
	size_t n = 0;
	for (const unsigned char *u = (const unsigned char *)s; *u; u++) {
		if (!wide) {
			n++;
		} else if ((*u & 0xC0) != 0x80) {
			n += (*u >= 0xF0) ? 2 : 1;   /* surrogate pair beyond the BMP */
		}
	}
	return n;
}

static void string_value(struct ps *p, CXCursor c, struct fexpr *e)
{
	CXType ty = clang_getCanonicalType(clang_getCursorType(c));
	long long units = -1;
	bool wide = false;
	if (ty.kind == CXType_ConstantArray) {
		CXType el = clang_getCanonicalType(clang_getArrayElementType(ty));
		units = clang_getArraySize(ty) - 1;
		wide = !(el.kind == CXType_Char_S || el.kind == CXType_Char_U || el.kind == CXType_SChar ||
			 el.kind == CXType_UChar);
	}
	e->wide = wide;

	if (!wide) {
		/* libclang evaluates the array-to-pointer decay around a literal,
		 * not the literal itself */
		CXEvalResult r = clang_Cursor_Evaluate(clang_Cursor_isNull(p->decay) ? c : p->decay);
		if (r) {
			if (clang_EvalResult_getKind(r) == CXEval_StrLiteral) {
				const char *v = clang_EvalResult_getAsStr(r);
				if (v && (units < 0 || (long long)strlen(v) == units))
					e->text = xstrdup(v);
			}
			clang_EvalResult_dispose(r);
		}
	}

	/* A: a literal written inside a macro body is read at its spelling
	 * (the #define), which is exact unless its pieces come from several
	 * macros. B: the file range, macro names expanded. */
	struct lit_state la = { STRBUF_INIT, wide, false, NULL, { NULL, 0, 0 } };
	struct lit_state lb = { STRBUF_INIT, wide, false, NULL, { NULL, 0, 0 } };
	bool have_a = false, have_b = false;
	CXSourceRange r = clang_getCursorExtent(c);
	CXFile sf = NULL, ff = NULL;
	unsigned so = 0, fo = 0;
	clang_getSpellingLocation(clang_getRangeStart(r), &sf, NULL, NULL, &so);
	clang_getFileLocation(clang_getRangeStart(r), &ff, NULL, NULL, &fo);
	if (!e->text && sf && (sf != ff || so != fo))
		have_a = lit_from_spelling(p, sf, so, &la);
	bool a_ok = have_a && units >= 0 && (long long)utf8_units(la.sb.buf, wide) == units;
	if ((!e->text && !a_ok) || !e->macro) {
		CXFile f2 = NULL;
		unsigned o2 = 0;
		clang_getFileLocation(clang_getRangeEnd(r), &f2, NULL, NULL, &o2);
		/* a literal pasted inside a macro argument (DisplayV(TEXT("x"))) ends
		 * where it starts: take the whole invocation written there */
		struct macro_exp *m = ff ? macro_at(p, ff, fo, fo) : NULL;
		if (m && f2 == ff && m->end > o2)
			o2 = m->end;
		if (ff && ff == f2 && o2 >= fo) {
			CXSourceRange fr = clang_getRange(loc_at(p, ff, fo), loc_at(p, f2, o2));
			lit_range(p, fr, &lb, 0, false);
			have_b = true;
		}
	}
	if (!e->text) {
		bool b_ok = have_b && units >= 0 && (long long)utf8_units(lb.sb.buf, wide) == units;
		struct lit_state *use = a_ok ? &la : b_ok ? &lb : (have_a && la.sb.len) ? &la : &lb;
		/* more text than the literal holds: the tokens were not this
		 * literal's (__FUNCTION__ inside a trace macro); say nothing */
		if (use == &lb && !b_ok && units >= 0 && (long long)utf8_units(lb.sb.buf, wide) > units)
			strbuf_reset(&lb.sb);
		if (p->debug && !a_ok && !b_ok)
			fprintf(stderr, "%s:%d:%d: string length %zu != %lld: %s\n", e->loc.file ? e->loc.file : "?",
				e->loc.line, e->loc.col, utf8_units(use->sb.buf, wide), units, use->sb.buf);
		e->text = strbuf_detach(&use->sb, NULL);
	}
	if (!e->macro && lb.first_macro) {
		e->macro = lb.first_macro;
		e->macro_loc = lb.first_macro_loc;
		lb.first_macro = NULL;
	}
	free(la.first_macro);
	free(lb.first_macro);
	strbuf_release(&la.sb);
	strbuf_release(&lb.sb);
}

/* ---------- expressions ---------- */

static bool is_int_type(CXType ty)
{
	CXType c = clang_getCanonicalType(ty);
	return (c.kind >= CXType_Bool && c.kind <= CXType_Int128) || c.kind == CXType_Enum;
}

static bool try_eval_int(CXCursor c, long long *out)
{
	bool ok = false;
	CXEvalResult r = clang_Cursor_Evaluate(c);
	if (!r)
		return false;
	if (clang_EvalResult_getKind(r) == CXEval_Int) {
		if (clang_EvalResult_isUnsignedInt(r))
			*out = (long long)clang_EvalResult_getAsUnsigned(r);
		else
			*out = clang_EvalResult_getAsLongLong(r);
		ok = true;
	}
	clang_EvalResult_dispose(r);
	return ok;
}

/* Value of an integer constant converted to an integer or pointer type
 * (HKEY_LOCAL_MACHINE is ((HKEY)(ULONG_PTR)((LONG)0x80000002))). */
static long long convert_int(long long v, CXType ty, int ptr_bits)
{
	CXType c = clang_getCanonicalType(ty);
	long long bits;
	bool is_signed;
	if (c.kind == CXType_Pointer) {
		bits = ptr_bits;
		is_signed = false;
	} else {
		long long size = clang_Type_getSizeOf(c);
		if (size <= 0 || size >= 8)
			return v;
		bits = size * 8;
		is_signed = c.kind == CXType_Char_S || c.kind == CXType_SChar || c.kind == CXType_Short ||
			    c.kind == CXType_Int || c.kind == CXType_Long || c.kind == CXType_LongLong ||
			    c.kind == CXType_WChar || c.kind == CXType_Enum;
	}
	if (bits >= 64)
		return v;
	unsigned long long mask = (1ULL << bits) - 1, u = (unsigned long long)v & mask;
	if (is_signed && (u >> (bits - 1)))
		return (long long)(u | ~mask);
	return (long long)u;
}

static struct fexpr *convert(struct ps *p, CXCursor c);
static void walk_stmt(struct ps *p, CXCursor c);

static void set_loc_and_macro(struct ps *p, CXCursor c, struct fexpr *e)
{
	CXSourceRange r = clang_getCursorExtent(c);
	CXFile f = NULL, fe = NULL;
	unsigned so = 0, eo = 0;
	e->loc = file_loc(p, clang_getRangeStart(r), &f, &so);
	e->end = file_loc(p, clang_getRangeEnd(r), &fe, &eo);
	if (!f)
		return;
	struct macro_exp *m = macro_at(p, f, so, fe == f ? eo : so);
	if (m) {
		e->macro = xstrdup(m->name);
		e->macro_loc = m->def;
	}
	if (fe == f && eo >= so) {
		size_t len = 0;
		const char *buf = file_contents(p, f, &len);
		if (buf && eo <= len) {
			size_t n = eo - so;
			if (n > MAX_SPELLING)
				n = MAX_SPELLING;
			e->spelling = xstrndup(buf + so, n);
		}
	}
}

struct kids_ctx {
	CXCursor *v;
	size_t n, alloc;
};

static enum CXChildVisitResult collect_kid(CXCursor c, CXCursor parent, CXClientData d)
{
	struct kids_ctx *k = d;
	ALLOC_GROW(k->v, k->n + 1, k->alloc);
	k->v[k->n++] = c;
	return CXChildVisit_Continue;
}

static size_t children(CXCursor c, CXCursor **out)
{
	struct kids_ctx k = { NULL, 0, 0 };
	clang_visitChildren(c, collect_kid, &k);
	*out = k.v;
	return k.n;
}

static bool is_assign_op(enum CXBinaryOperatorKind k)
{
	return k >= CXBinaryOperator_Assign && k <= CXBinaryOperator_OrAssign;
}

static void record_assign(struct ps *p, CXCursor c, const char *op, struct fexpr *lhs, struct fexpr *rhs)
{
	struct tu_facts *t = p->t;
	ALLOC_GROW(t->assigns, t->n_assigns + 1, t->alloc_assigns);
	struct fassign *a = &t->assigns[t->n_assigns++];
	a->func = p->cur_func;
	a->order = p->order++;
	a->loc = file_loc(p, clang_getCursorLocation(c), NULL, NULL);
	a->op = xstrdup(op);
	a->lhs = fexpr_clone(lhs);
	a->rhs = fexpr_clone(rhs);
	/* An assignment written by a function-like macro (InitializeObjectAttributes)
	 * turns the macro into a pseudo-call, see synthesize_macro_calls(). */
	if (lhs->macro) {
		CXFile f = NULL;
		unsigned off = 0;
		clang_getExpansionLocation(clang_getCursorLocation(c), &f, NULL, NULL, &off);
		struct macro_exp *m = macro_at(p, f, off, off);
		if (m && m->function_like && !strcmp(m->name, lhs->macro)) {
			m->assigns = true;
			m->func = p->cur_func;
		}
	}
}

static struct fexpr *convert_call(struct ps *p, CXCursor c, struct fexpr *e)
{
	struct tu_facts *t = p->t;
	CXCursor ref = clang_getCursorReferenced(c);
	bool declared = true;
	e->text = cx_take(clang_getCursorSpelling(c));
	CXCursor *kids = NULL;
	size_t nk = children(c, &kids);
	int nargs = clang_Cursor_getNumArguments(c);
	char *callee_macro = NULL;

	if (nk > 0 && (nargs < 0 || (size_t)nargs < nk)) {
		/* first child is the callee expression; find the written name */
		CXCursor callee = kids[0];
		CXSourceLocation cl = clang_getCursorLocation(callee);
		CXFile f = NULL;
		unsigned off = 0;
		clang_getFileLocation(cl, &f, NULL, NULL, &off);
		struct macro_exp *m = f ? macro_at(p, f, off, off) : NULL;
		if (m && strcmp(m->name, e->text))
			callee_macro = xstrdup(m->name);
	}
	if (clang_Cursor_isNull(ref)) {
		/* indirect call: fine when the callee expression itself is valid */
		declared = nk > 0 && clang_getCursorType(kids[0]).kind != CXType_Invalid;
	} else {
		enum CXCursorKind rk = clang_getCursorKind(ref);
		if (rk == CXCursor_FunctionDecl) {
			/* implicit declarations (call to an undeclared API) sit at the call */
			CXSourceLocation dl = clang_getCursorLocation(ref);
			CXFile df = NULL, cf = NULL;
			unsigned doff = 0, coff = 0;
			clang_getExpansionLocation(dl, &df, NULL, NULL, &doff);
			clang_getExpansionLocation(clang_getCursorLocation(c), &cf, NULL, NULL, &coff);
			/* builtins are declared on first use, at the call: still declared */
			if (df && df == cf && doff == coff && strncmp(e->text, "__builtin", 9))
				declared = false;
			else if (nk > 0 && df == cf) {
				CXFile kf = NULL;
				unsigned koff = 0;
				clang_getExpansionLocation(clang_getCursorLocation(kids[0]), &kf, NULL, NULL, &koff);
				if (kf == df && koff == doff && strncmp(e->text, "__builtin", 9))
					declared = false;
			}
		}
	}
	if (nargs >= 0) {
		for (int i = 0; i < nargs; i++)
			fexpr_add_kid(e, convert(p, clang_Cursor_getArgument(c, (unsigned)i)));
	} else {
		for (size_t i = 1; i < nk; i++)
			fexpr_add_kid(e, convert(p, kids[i]));
	}
	free(kids);

	ALLOC_GROW(t->calls, t->n_calls + 1, t->alloc_calls);
	struct fcall *fc = &t->calls[t->n_calls++];
	memset(fc, 0, sizeof(*fc));
	fc->func = p->cur_func;
	fc->order = p->order++;
	fc->expr = fexpr_clone(e);
	fc->callee = fc->expr->text;
	fc->callee_declared = declared;
	fc->callee_macro = callee_macro;
	fc->in_condition = p->in_cond > 0;
	if (p->cur_func >= 0) {
		t->funcs[p->cur_func].n_calls++;
		if (declared)
			t->funcs[p->cur_func].n_calls_resolved++;
	}
	return e;
}

/* Field names of a record type in declaration order, for positional
 * initializers ({ len, max, buf } of UNICODE_STRING). */
struct field_list {
	char **names;
	size_t n, alloc;
};

static enum CXVisitorResult collect_field(CXCursor c, CXClientData d)
{
	struct field_list *fl = d;
	ALLOC_GROW(fl->names, fl->n + 1, fl->alloc);
	fl->names[fl->n++] = cx_take(clang_getCursorSpelling(c));
	return CXVisit_Continue;
}

/* DECLARE_CONST_UNICODE_STRING(name, L"...") declares name_buffer[] = L"..."
 * and { len, max, (PWCH)name_buffer }: an element written by a macro that
 * names a const array holding a literal stands for the literal itself, so
 * the init list keeps the string as the rules expect. */
static struct fexpr *inline_macro_buffer(struct ps *p, struct fexpr *ke)
{
	const struct fexpr *n = fexpr_strip(ke);
	if (!ke || !ke->macro || !n || n->kind != FX_NAME || n->var < 0)
		return ke;
	const struct fvar *v = &p->t->vars[n->var];
	/* declared by the same expansion: the macro invocation is where both are */
	if (!v->is_array || !v->init || v->init->kind != FX_STRING || v->loc.file != n->loc.file ||
	    v->loc.line != n->loc.line || v->loc.col != n->loc.col)
		return ke;
	struct fexpr *s = fexpr_clone(v->init);
	fexpr_free(ke);
	return s;
}

static void convert_initlist(struct ps *p, CXCursor c, struct fexpr *e)
{
	struct field_list fl = { NULL, 0, 0 };
	CXType ty = clang_getCanonicalType(clang_getCursorType(c));
	if (ty.kind == CXType_Record)
		clang_Type_visitFields(ty, collect_field, &fl);
	CXCursor *kids = NULL;
	size_t nk = children(c, &kids);
	size_t pos = 0;
	for (size_t i = 0; i < nk; i++) {
		CXCursor k = kids[i];
		char *field = NULL;
		struct fexpr *ke;
		/* designated initializer: MemberRef children name the field */
		if (clang_getCursorKind(k) == CXCursor_UnexposedExpr) {
			CXCursor *dk = NULL;
			size_t nd = children(k, &dk);
			if (nd >= 2 && clang_getCursorKind(dk[0]) == CXCursor_MemberRef) {
				field = cx_take(clang_getCursorSpelling(dk[0]));
				for (size_t j = 0; j < fl.n; j++)
					if (!strcmp(fl.names[j], field))
						pos = j;
				ke = convert(p, dk[nd - 1]);
				free(dk);
				ke->field = field;
				fexpr_add_kid(e, ke);
				pos++;
				continue;
			}
			free(dk);
		}
		ke = inline_macro_buffer(p, convert(p, k));
		if (pos < fl.n && ke)
			ke->field = xstrdup(fl.names[pos]);
		pos++;
		fexpr_add_kid(e, ke);
	}
	free(kids);
	for (size_t i = 0; i < fl.n; i++)
		free(fl.names[i]);
	free(fl.names);
}

static void maybe_int(struct ps *p, CXCursor c, struct fexpr *e)
{
	long long v;
	if (e->has_int || !is_int_type(clang_getCursorType(c)))
		return;
	if (try_eval_int(c, &v)) {
		e->has_int = true;
		e->ival = v;
	}
}

static struct fexpr *convert_kids_other(struct ps *p, CXCursor c, struct fexpr *e)
{
	CXCursor *kids = NULL;
	size_t nk = children(c, &kids);
	for (size_t i = 0; i < nk; i++) {
		enum CXCursorKind k = clang_getCursorKind(kids[i]);
		if (clang_isExpression(k))
			fexpr_add_kid(e, convert(p, kids[i]));
		else
			walk_stmt(p, kids[i]);
	}
	free(kids);
	return e;
}

static struct fexpr *convert_expr(struct ps *p, CXCursor c);

/* Expressions written as a macro argument are remembered (a copy, with the
 * file range) so a statement macro's arguments can be matched to them. */
static struct fexpr *convert(struct ps *p, CXCursor c)
{
	if (p->depth >= MAX_EXPR_DEPTH) {
		/* generated code can nest thousands deep; keep the stack bounded */
		struct fexpr *cut = fexpr_new(FX_OTHER);
		set_loc_and_macro(p, c, cut);
		return cut;
	}
	p->depth++;
	struct fexpr *e = convert_expr(p, c);
	p->depth--;
	CXSourceRange r = clang_getCursorExtent(c);
	CXFile f = NULL, ef = NULL, f2 = NULL;
	unsigned so = 0, eoff = 0, eo = 0;
	clang_getFileLocation(clang_getRangeStart(r), &f, NULL, NULL, &so);
	clang_getExpansionLocation(clang_getRangeStart(r), &ef, NULL, NULL, &eoff);
	if (f && (ef != f || eoff != so)) {
		clang_getFileLocation(clang_getRangeEnd(r), &f2, NULL, NULL, &eo);
		ALLOC_GROW(p->argx, p->n_argx + 1, p->alloc_argx);
		p->argx[p->n_argx].file = f;
		p->argx[p->n_argx].start = so;
		p->argx[p->n_argx].end = f2 == f ? eo : so;
		p->argx[p->n_argx++].e = fexpr_clone(e);
	}
	return e;
}

static struct fexpr *convert_expr(struct ps *p, CXCursor c)
{
	enum CXCursorKind k = clang_getCursorKind(c);
	CXCursor *kids = NULL;
	size_t nk;
	struct fexpr *e;

	/* implicit casts, parentheses: transparent */
	if (k == CXCursor_ParenExpr || k == CXCursor_UnexposedExpr) {
		nk = children(c, &kids);
		if (nk == 1) {
			CXCursor only = kids[0];
			free(kids);
			if (clang_isExpression(clang_getCursorKind(only))) {
				if (clang_getCursorKind(only) == CXCursor_StringLiteral)
					p->decay = c;
				e = convert(p, only);
				p->decay = clang_getNullCursor();
				/* keep the outer macro when the inner one is narrower */
				if (!e->macro) {
					struct fexpr tmp = { 0 };
					set_loc_and_macro(p, c, &tmp);
					if (tmp.macro) {
						e->macro = tmp.macro;
						e->macro_loc = tmp.macro_loc;
						tmp.macro = NULL;
					}
					free(tmp.spelling);
				}
				return e;
			}
			e = fexpr_new(FX_OTHER);
			set_loc_and_macro(p, c, e);
			walk_stmt(p, only);
			return e;
		}
		free(kids);
		e = fexpr_new(FX_OTHER);
		set_loc_and_macro(p, c, e);
		if (k == CXCursor_UnexposedExpr && clang_getCursorType(c).kind == CXType_Invalid && p->cur_func >= 0)
			p->t->funcs[p->cur_func].error_nodes++;
		convert_kids_other(p, c, e);
		maybe_int(p, c, e);
		return e;
	}

	e = fexpr_new(FX_OTHER);
	set_loc_and_macro(p, c, e);
	switch (k) {
	case CXCursor_StringLiteral:
		e->kind = FX_STRING;
		string_value(p, c, e);
		break;
	case CXCursor_IntegerLiteral:
	case CXCursor_CharacterLiteral:
		e->kind = FX_INT;
		maybe_int(p, c, e);
		break;
	case CXCursor_CXXBoolLiteralExpr:
	case CXCursor_CXXNullPtrLiteralExpr:
	case CXCursor_GNUNullExpr:
		e->kind = FX_INT;
		e->has_int = true;
		e->ival = 0;
		if (k == CXCursor_CXXBoolLiteralExpr)
			maybe_int(p, c, e);
		break;
	case CXCursor_DeclRefExpr: {
		CXCursor ref = clang_getCursorReferenced(c);
		enum CXCursorKind rk = clang_getCursorKind(ref);
		e->kind = FX_NAME;
		e->text = cx_take(clang_getCursorSpelling(c));
		if (rk == CXCursor_EnumConstantDecl) {
			e->kind = FX_INT;
			e->has_int = true;
			e->ival = clang_getEnumConstantDeclValue(ref);
		} else if (rk == CXCursor_VarDecl || rk == CXCursor_ParmDecl) {
			e->var = cursor_map_get(&p->vars, clang_getCanonicalCursor(ref));
			maybe_int(p, c, e);
		} else if (is_function_kind(rk)) {
			e->func_ref = func_lookup(p, ref);
		}
		break;
	}
	case CXCursor_MemberRefExpr: {
		e->kind = FX_MEMBER;
		e->text = cx_take(clang_getCursorSpelling(c));
		nk = children(c, &kids);
		if (nk > 0) {
			CXType bt = clang_getCanonicalType(clang_getCursorType(kids[0]));
			e->arrow = bt.kind == CXType_Pointer;
			fexpr_add_kid(e, convert(p, kids[0]));
		}
		free(kids);
		break;
	}
	case CXCursor_CallExpr:
		e->kind = FX_CALL;
		convert_call(p, c, e);
		break;
	case CXCursor_UnaryOperator: {
		enum CXUnaryOperatorKind op = clang_getCursorUnaryOperatorKind(c);
		nk = children(c, &kids);
		if (op == CXUnaryOperator_AddrOf)
			e->kind = FX_ADDROF;
		else if (op == CXUnaryOperator_Deref)
			e->kind = FX_DEREF;
		else {
			e->kind = FX_UNARY;
			e->text = cx_take(clang_getUnaryOperatorKindSpelling(op));
		}
		for (size_t i = 0; i < nk; i++)
			fexpr_add_kid(e, convert(p, kids[i]));
		free(kids);
		if (e->kind == FX_UNARY)
			maybe_int(p, c, e);
		break;
	}
	case CXCursor_BinaryOperator:
	case CXCursor_CompoundAssignOperator: {
		enum CXBinaryOperatorKind op = clang_getCursorBinaryOperatorKind(c);
		e->kind = FX_BINARY;
		e->text = cx_take(clang_getBinaryOperatorKindSpelling(op));
		nk = children(c, &kids);
		for (size_t i = 0; i < nk; i++)
			fexpr_add_kid(e, convert(p, kids[i]));
		free(kids);
		if (is_assign_op(op) && e->n_kids == 2)
			record_assign(p, c, e->text, e->kids[0], e->kids[1]);
		else
			maybe_int(p, c, e);
		break;
	}
	case CXCursor_ConditionalOperator:
		e->kind = FX_COND;
		convert_kids_other(p, c, e);
		maybe_int(p, c, e);
		break;
	case CXCursor_InitListExpr:
		e->kind = FX_INITLIST;
		convert_initlist(p, c, e);
		break;
	case CXCursor_CompoundLiteralExpr:
		nk = children(c, &kids);
		for (size_t i = 0; i < nk; i++)
			if (clang_getCursorKind(kids[i]) == CXCursor_InitListExpr) {
				e->kind = FX_INITLIST;
				convert_initlist(p, kids[i], e);
			}
		free(kids);
		break;
	case CXCursor_ArraySubscriptExpr:
		e->kind = FX_SUBSCRIPT;
		convert_kids_other(p, c, e);
		break;
	case CXCursor_CStyleCastExpr:
	case CXCursor_CXXStaticCastExpr:
	case CXCursor_CXXReinterpretCastExpr:
	case CXCursor_CXXConstCastExpr:
	case CXCursor_CXXFunctionalCastExpr: {
		struct fexpr *inner = NULL;
		nk = children(c, &kids);
		for (size_t i = 0; i < nk; i++)
			if (clang_isExpression(clang_getCursorKind(kids[i]))) {
				inner = convert(p, kids[i]);
				break;
			}
		free(kids);
		if (!inner)
			break;
		CXType ty = clang_getCursorType(c);
		if (inner->has_int && (is_int_type(ty) || clang_getCanonicalType(ty).kind == CXType_Pointer)) {
			/* a cast of a constant is the constant: (HANDLE)NULL, (HKEY)0x80000002 */
			inner->ival = convert_int(inner->ival, ty, p->ptr_bits);
			if (!inner->macro && e->macro) {
				inner->macro = e->macro;
				inner->macro_loc = e->macro_loc;
				e->macro = NULL;
			}
			if (inner->kind != FX_NAME && inner->kind != FX_INT && inner->kind != FX_SIZEOF) {
				inner->kind = FX_INT;
			}
			free(inner->spelling);
			inner->spelling = e->spelling;
			inner->loc = e->loc;
			inner->end = e->end;
			e->spelling = NULL;
			fexpr_free(e);
			return inner;
		}
		if (inner->kind == FX_STRING) {
			if (!inner->macro && e->macro) {
				inner->macro = e->macro;
				inner->macro_loc = e->macro_loc;
				e->macro = NULL;
			}
			fexpr_free(e);
			return inner;
		}
		e->kind = FX_CAST;
		e->text = cx_take(clang_getTypeSpelling(ty));
		fexpr_add_kid(e, inner);
		maybe_int(p, c, e);
		break;
	}
	case CXCursor_UnaryExpr:   /* sizeof, alignof */
		e->kind = FX_SIZEOF;
		maybe_int(p, c, e);
		break;
	default:
		convert_kids_other(p, c, e);
		maybe_int(p, c, e);
		break;
	}
	return e;
}

/* ---------- statements and declarations ---------- */

static void add_local(struct ps *p, CXCursor c)
{
	int vi = new_var(p, c, p->cur_func);
	if (clang_isInvalidDeclaration(c) && p->cur_func >= 0)
		p->t->funcs[p->cur_func].error_nodes++;
	CXCursor init = clang_Cursor_getVarDeclInitializer(c);
	if (!clang_Cursor_isNull(init) && clang_isExpression(clang_getCursorKind(init))) {
		struct fexpr *ie = convert(p, init);
		p->t->vars[vi].init = ie;
	}
}

static enum CXChildVisitResult stmt_visitor(CXCursor c, CXCursor parent, CXClientData d)
{
	walk_stmt(d, c);
	return CXChildVisit_Continue;
}

static void walk_stmt(struct ps *p, CXCursor c)
{
	enum CXCursorKind k = clang_getCursorKind(c);
	if (k == CXCursor_VarDecl) {
		add_local(p, c);
		return;
	}
	if (clang_isExpression(k)) {
		fexpr_free(convert(p, c));
		return;
	}
	if (clang_isInvalid(k))
		return;
	if (clang_isDeclaration(k) && clang_isInvalidDeclaration(c) && p->cur_func >= 0)
		p->t->funcs[p->cur_func].error_nodes++;
	if (k == CXCursor_IfStmt || k == CXCursor_WhileStmt || k == CXCursor_SwitchStmt ||
	    k == CXCursor_DoStmt) {
		CXCursor *kids = NULL;
		size_t nk = children(c, &kids);
		size_t cond = k == CXCursor_DoStmt ? nk - 1 : 0;
		for (size_t i = 0; i < nk; i++) {
			if (i == cond)
				p->in_cond++;
			walk_stmt(p, kids[i]);
			if (i == cond)
				p->in_cond--;
		}
		free(kids);
		return;
	}
	/* lambdas, blocks, nested records: walk their bodies too */
	clang_visitChildren(c, stmt_visitor, p);
}

static void walk_function(struct ps *p, CXCursor c)
{
	struct tu_facts *t = p->t;
	int fi = func_index(p, c);
	if (p->registering || !clang_isCursorDefinition(c))
		return;
	if (t->funcs[fi].has_body)
		return;   /* second definition (C++ inline in several places): keep the first */
	struct ffunc *f = &t->funcs[fi];
	CXSourceRange r = clang_getCursorExtent(c);
	CXFile sf = NULL;
	unsigned so = 0, eo = 0;
	f->has_body = true;
	f->loc = file_loc(p, clang_getCursorLocation(c), NULL, NULL);
	f->end = file_loc(p, clang_getRangeEnd(r), NULL, NULL);
	f->is_static = clang_Cursor_getStorageClass(c) == CX_SC_Static;
	clang_getExpansionLocation(clang_getRangeStart(r), &sf, NULL, NULL, &so);
	clang_getExpansionLocation(clang_getRangeEnd(r), NULL, NULL, NULL, &eo);
	p->franges[fi].file = sf;
	p->franges[fi].start = so;
	p->franges[fi].end = eo;
	if (clang_isInvalidDeclaration(c))
		f->error_nodes++;

	int nargs = clang_Cursor_getNumArguments(c);
	p->cur_func = fi;
	if (nargs > 0) {
		t->funcs[fi].first_param_var = (int)t->n_vars;
		t->funcs[fi].n_params = nargs;
		for (int i = 0; i < nargs; i++) {
			int vi = new_var(p, clang_Cursor_getArgument(c, (unsigned)i), fi);
			t->vars[vi].is_param = true;
			t->vars[vi].param_index = i;
		}
	}
	CXCursor *kids = NULL;
	size_t nk = children(c, &kids);
	for (size_t i = 0; i < nk; i++)
		if (clang_getCursorKind(kids[i]) == CXCursor_CompoundStmt)
			walk_stmt(p, kids[i]);
	free(kids);
	p->cur_func = -1;
}

static void walk_decl(struct ps *p, CXCursor c)
{
	enum CXCursorKind k = clang_getCursorKind(c);
	if (is_function_kind(k)) {
		walk_function(p, c);
		return;
	}
	switch (k) {
	case CXCursor_VarDecl: {
		if (p->registering)
			break;
		int existing = cursor_map_get(&p->vars, clang_getCanonicalCursor(c));
		int vi = existing;
		CXCursor init = clang_Cursor_getVarDeclInitializer(c);
		bool has_init = !clang_Cursor_isNull(init) && clang_isExpression(clang_getCursorKind(init));
		if (vi < 0)
			vi = new_var(p, c, -1);
		else if (!has_init)
			break;
		if (has_init && !p->t->vars[vi].init) {
			p->cur_func = -1;
			p->t->vars[vi].init = convert(p, init);
			p->t->vars[vi].loc = file_loc(p, clang_getCursorLocation(c), NULL, NULL);
		}
		break;
	}
	case CXCursor_Namespace:
	case CXCursor_LinkageSpec:
	case CXCursor_UnexposedDecl:
	case CXCursor_ClassDecl:
	case CXCursor_StructDecl:
	case CXCursor_ClassTemplate: {
		CXCursor *kids = NULL;
		size_t nk = children(c, &kids);
		for (size_t i = 0; i < nk; i++)
			walk_decl(p, kids[i]);
		free(kids);
		break;
	}
	default:
		break;
	}
}

static enum CXChildVisitResult top_visitor(CXCursor c, CXCursor parent, CXClientData d)
{
	struct ps *p = d;
	enum CXCursorKind k = clang_getCursorKind(c);
	if (in_system(c))
		return CXChildVisit_Continue;
	if (k == CXCursor_MacroExpansion) {
		add_macro_expansion(p, c);
	} else if (k == CXCursor_InclusionDirective) {
		/* once per name: a shared PCH's own #include lines show up too */
		struct tu_facts *t = p->t;
		char *name = cx_take(clang_getCursorSpelling(c));
		for (size_t i = 0; i < t->n_includes && name; i++)
			if (!strcmp(t->includes[i], name)) {
				free(name);
				name = NULL;
			}
		if (name) {
			ALLOC_GROW(t->includes, t->n_includes + 1, t->alloc_includes);
			t->includes[t->n_includes++] = name;
		}
	} else if (clang_isDeclaration(k)) {
		ALLOC_GROW(p->decls, p->n_decls + 1, p->alloc_decls);
		p->decls[p->n_decls++] = c;
	}
	return CXChildVisit_Continue;
}

/* ---------- post-passes ---------- */

/* The function a callback expression names: Fn, &Fn, (PFN)Fn, a = b = Fn. */
static int named_func(const struct fexpr *e)
{
	e = fexpr_strip(e);
	while (e && e->kind == FX_BINARY && e->text && !strcmp(e->text, "=") && e->n_kids == 2)
		e = fexpr_strip(e->kids[1]);
	return e && e->kind == FX_NAME ? e->func_ref : -1;
}

static void set_kind(struct tu_facts *t, int fi, enum ffunc_kind k)
{
	if (fi >= 0 && t->funcs[fi].kind == FN_HELPER)
		t->funcs[fi].kind = k;
}

struct name_kind {
	const char *name;
	enum ffunc_kind kind;
};

static const struct name_kind kind_by_name[] = {
	{ "DriverEntry", FN_DRIVER_ENTRY },
	{ "DllMain", FN_DLL_MAIN },
	{ "main", FN_MAIN }, { "wmain", FN_MAIN }, { "_tmain", FN_MAIN },
	{ "WinMain", FN_MAIN }, { "wWinMain", FN_MAIN }, { "_tWinMain", FN_MAIN },
	{ "ServiceMain", FN_SERVICE_MAIN },
};

/* Fields whose assignment makes the right-hand side a given kind. */
static const struct name_kind kind_by_field[] = {
	{ "AddDevice", FN_ADD_DEVICE },
	{ "DriverUnload", FN_UNLOAD },
	{ "EvtDriverUnload", FN_UNLOAD },
	{ "lpServiceProc", FN_SERVICE_MAIN },
};

static enum ffunc_kind kind_for_field(const char *field)
{
	if (!field)
		return FN_HELPER;
	for (size_t i = 0; i < sizeof(kind_by_field) / sizeof(kind_by_field[0]); i++)
		if (!strcmp(field, kind_by_field[i].name))
			return kind_by_field[i].kind;
	if (!strncmp(field, "Evt", 3))
		return FN_WDF_CALLBACK;
	return FN_HELPER;
}

static void kinds_from_initlist(struct tu_facts *t, const struct fexpr *e, bool service_table)
{
	if (!e)
		return;
	if (e->kind == FX_INITLIST) {
		for (size_t i = 0; i < e->n_kids; i++) {
			const struct fexpr *k = e->kids[i];
			int fi = named_func(k);
			if (fi >= 0) {
				enum ffunc_kind kind = kind_for_field(k->field);
				if (kind == FN_HELPER && service_table)
					kind = FN_SERVICE_MAIN;
				set_kind(t, fi, kind);
			} else {
				kinds_from_initlist(t, k, service_table);
			}
		}
	}
}

static void classify_functions(struct ps *p)
{
	struct tu_facts *t = p->t;
	for (size_t i = 0; i < t->n_funcs; i++)
		for (size_t j = 0; j < sizeof(kind_by_name) / sizeof(kind_by_name[0]); j++)
			if (!strcmp(t->funcs[i].name, kind_by_name[j].name))
				t->funcs[i].kind = kind_by_name[j].kind;

	for (size_t i = 0; i < t->n_assigns; i++) {
		const struct fassign *a = &t->assigns[i];
		const struct fexpr *l = fexpr_strip(a->lhs);
		int fi = named_func(a->rhs);
		if (fi < 0 || !l)
			continue;
		if (l->kind == FX_SUBSCRIPT && l->n_kids > 0) {
			const struct fexpr *base = fexpr_strip(l->kids[0]);
			if (base && base->kind == FX_MEMBER && base->text && !strcmp(base->text, "MajorFunction"))
				set_kind(t, fi, FN_DISPATCH);
		} else if (l->kind == FX_MEMBER) {
			set_kind(t, fi, kind_for_field(l->text));
		}
	}
	for (size_t i = 0; i < t->n_vars; i++) {
		const struct fvar *v = &t->vars[i];
		if (v->init)
			kinds_from_initlist(t, v->init, v->type && strstr(v->type, "SERVICE_TABLE_ENTRY"));
	}
	/* Functions handed to a WDF API or WDF_*_INIT are framework callbacks;
	 * service mains come from SERVICE_TABLE_ENTRY tables (above). */
	for (size_t i = 0; i < t->n_calls; i++) {
		const struct fcall *c = &t->calls[i];
		if (!c->callee)
			continue;
		bool wdf = !strncmp(c->callee, "Wdf", 3) || !strncmp(c->callee, "WDF_", 4);
		for (size_t j = 0; j < c->expr->n_kids; j++) {
			int fi = named_func(c->expr->kids[j]);
			if (fi >= 0 && wdf)
				set_kind(t, fi, FN_WDF_CALLBACK);
		}
	}
}

static bool is_pseudo_call(const struct fcall *c)
{
	return c->callee_macro && c->callee && !strcmp(c->callee, c->callee_macro);
}

static bool fact_loc_after(struct fact_loc a, struct fact_loc b)
{
	return a.line > b.line || (a.line == b.line && a.col > b.col);
}

static void count_body_errors(struct ps *p, CXFile f, unsigned off)
{
	struct tu_facts *t = p->t;
	for (size_t i = 0; i < t->n_funcs; i++) {
		if (!t->funcs[i].has_body || p->franges[i].file != f)
			continue;
		if (off >= p->franges[i].start && off <= p->franges[i].end) {
			t->funcs[i].error_nodes++;
			return;
		}
	}
}

static void collect_diags(struct ps *p)
{
	struct tu_facts *t = p->t;
	unsigned n = clang_getNumDiagnostics(p->tu);
	for (unsigned i = 0; i < n; i++) {
		CXDiagnostic d = clang_getDiagnostic(p->tu, i);
		enum CXDiagnosticSeverity sev = clang_getDiagnosticSeverity(d);
		if (sev >= CXDiagnostic_Error) {
			CXSourceLocation l = clang_getDiagnosticLocation(d);
			CXFile f = NULL;
			unsigned line = 0, col = 0, off = 0;
			clang_getExpansionLocation(l, &f, &line, &col, &off);
			t->n_errors++;
			if (f)
				count_body_errors(p, f, off);
			if (t->n_diags < MAX_DIAGS_KEPT) {
				ALLOC_GROW(t->diags, t->n_diags + 1, t->alloc_diags);
				struct fdiag *fd = &t->diags[t->n_diags++];
				fd->loc.file = file_name(p, f);
				fd->loc.line = (int)line;
				fd->loc.col = (int)col;
				fd->severity = (int)sev;
				fd->message = cx_take(clang_getDiagnosticSpelling(d));
			}
		}
		clang_disposeDiagnostic(d);
	}
}

static int argx_cmp(const void *a, const void *b)
{
	const struct arg_expr *x = a, *y = b;
	if (x->file != y->file)
		return (uintptr_t)x->file < (uintptr_t)y->file ? -1 : 1;
	if (x->start != y->start)
		return x->start < y->start ? -1 : 1;
	return 0;
}

/* First argx entry at (f, start) in the sorted array. */
static size_t argx_first(struct ps *p, CXFile f, unsigned start)
{
	size_t lo = 0, hi = p->n_argx;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		const struct arg_expr *a = &p->argx[mid];
		if ((uintptr_t)a->file < (uintptr_t)f || (a->file == f && a->start < start))
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* Split a function-like macro invocation's tokens into argument ranges and
 * turn it into a pseudo-call whose arguments are the expressions the
 * expansion used (InitializeObjectAttributes(&oa, &name, attrs, root, sd)). */
static void synthesize_macro_call(struct ps *p, struct macro_exp *m)
{
	struct tu_facts *t = p->t;
	CXSourceRange r = clang_getCursorExtent(m->cursor);
	CXToken *toks = NULL;
	unsigned nt = 0;
	clang_tokenize(p->tu, r, &toks, &nt);
	struct fexpr *call = fexpr_new(FX_CALL);
	call->text = xstrdup(m->name);
	call->loc = file_loc(p, clang_getRangeStart(r), NULL, NULL);
	call->end = file_loc(p, clang_getRangeEnd(r), NULL, NULL);
	int depth = 0;
	unsigned arg_start = 0, arg_end = 0;
	bool have_arg = false;
	for (unsigned i = 0; i < nt; i++) {
		CXString s = clang_getTokenSpelling(p->tu, toks[i]);
		const char *sp = clang_getCString(s);
		CXSourceRange tr = clang_getTokenExtent(p->tu, toks[i]);
		unsigned ts = 0, te = 0;
		clang_getFileLocation(clang_getRangeStart(tr), NULL, NULL, NULL, &ts);
		clang_getFileLocation(clang_getRangeEnd(tr), NULL, NULL, NULL, &te);
		bool open = sp && (!strcmp(sp, "(") || !strcmp(sp, "[") || !strcmp(sp, "{"));
		bool close = sp && (!strcmp(sp, ")") || !strcmp(sp, "]") || !strcmp(sp, "}"));
		bool sep = sp && depth == 1 && (!strcmp(sp, ",") || !strcmp(sp, ")"));
		if (sep && have_arg) {
			struct arg_expr *best = NULL;
			for (size_t j = argx_first(p, m->file, arg_start);
			     j < p->n_argx && p->argx[j].file == m->file && p->argx[j].start == arg_start; j++) {
				struct arg_expr *a = &p->argx[j];
				if (a->end <= arg_end && (!best || a->end > best->end))
					best = a;
			}
			struct fexpr *arg;
			if (best) {
				arg = fexpr_clone(best->e);
			} else {
				size_t len = 0;
				const char *buf = file_contents(p, m->file, &len);
				arg = fexpr_new(FX_OTHER);
				if (buf && arg_end <= len && arg_end >= arg_start)
					arg->spelling = xstrndup(buf + arg_start, arg_end - arg_start);
			}
			fexpr_add_kid(call, arg);
			have_arg = false;
		}
		if (close)
			depth--;
		if (sep) {
			/* next argument starts after this token */
		} else if (depth >= 1) {
			if (!have_arg) {
				arg_start = ts;
				have_arg = true;
			}
			arg_end = te;
		}
		if (open)
			depth++;
		clang_disposeString(s);
		if (depth == 0 && close)
			break;
	}
	clang_disposeTokens(p->tu, toks, nt);

	ALLOC_GROW(t->calls, t->n_calls + 1, t->alloc_calls);
	struct fcall *fc = &t->calls[t->n_calls++];
	memset(fc, 0, sizeof(*fc));
	fc->func = m->func;
	fc->expr = call;
	fc->callee = call->text;
	fc->callee_declared = true;   /* a macro the headers define: nothing lost */
	fc->callee_macro = xstrdup(m->name);
	/* order: just before the first assignment the macro wrote */
	fc->order = -1;
	for (size_t i = 0; i < t->n_assigns; i++) {
		const struct fassign *a = &t->assigns[i];
		if (a->lhs && a->lhs->macro && !strcmp(a->lhs->macro, m->name) && a->loc.line == call->loc.line &&
		    a->func == m->func) {
			fc->order = a->order;
			break;
		}
	}
}

/*
 * Calls clang dropped. libclang does not expose expressions that contain
 * errors (a statement whose argument names an undeclared constant vanishes
 * from the cursor tree), so in bodies with errors every `name (` that no
 * visible expression covers is rebuilt from its tokens.
 */
struct tok {
	CXToken t;
	char *s;
	CXTokenKind kind;
	unsigned off;
};

static int var_by_name(struct ps *p, const char *name, int func)
{
	struct tu_facts *t = p->t;
	for (size_t i = t->n_vars; i-- > 0;)
		if ((t->vars[i].func == func || t->vars[i].func < 0) && !strcmp(t->vars[i].name, name))
			return (int)i;
	return -1;
}

static struct fexpr *arg_from_tokens(struct ps *p, struct tok *tk, unsigned from, unsigned to, int func,
				     CXFile f)
{
	struct fexpr *e;
	size_t len = 0;
	const char *buf = file_contents(p, f, &len);
	unsigned n = to - from;
	if (n == 0)
		return fexpr_new(FX_OTHER);
	struct lit_state ls = { STRBUF_INIT, false, false, NULL, { NULL, 0, 0 } };
	bool stringish = tk[from].kind == CXToken_Literal ? strchr(tk[from].s, '"') != NULL
							  : tk[from].kind == CXToken_Identifier;
	if (stringish) {
		/* literals and macros naming literals: decode narrow, re-decode wide if any piece was */
		CXToken *raw = xcalloc(n, sizeof(*raw));
		for (unsigned i = 0; i < n; i++)
			raw[i] = tk[from + i].t;
		lit_tokens(p, raw, n, &ls, 0);
		if (ls.saw_wide) {
			strbuf_reset(&ls.sb);
			free(ls.first_macro);
			ls.first_macro = NULL;
			ls.wide = true;
			lit_tokens(p, raw, n, &ls, 0);
		}
		free(raw);
		stringish = ls.sb.len > 0 || tk[from].kind == CXToken_Literal;
	}
	if (stringish) {
		e = fexpr_new(FX_STRING);
		e->text = strbuf_detach(&ls.sb, NULL);
		e->wide = ls.wide;
		if (ls.first_macro) {
			e->macro = ls.first_macro;
			e->macro_loc = ls.first_macro_loc;
			ls.first_macro = NULL;
		}
	} else if (n == 1 && tk[from].kind == CXToken_Literal && tk[from].s[0] != '\'') {
		char *end = NULL;
		e = fexpr_new(FX_INT);
		e->ival = (long long)strtoull(tk[from].s, &end, 0);
		e->has_int = end && end != tk[from].s;
	} else if ((n == 1 && tk[from].kind == CXToken_Identifier) ||
		   (n == 2 && !strcmp(tk[from].s, "&") && tk[from + 1].kind == CXToken_Identifier)) {
		struct tok *id = &tk[to - 1];
		struct fexpr *name = fexpr_new(FX_NAME);
		name->text = xstrdup(id->s);
		name->var = var_by_name(p, id->s, func);
		CXCursor at = clang_getCursor(p->tu, clang_getTokenLocation(p->tu, id->t));
		if (clang_getCursorKind(at) == CXCursor_MacroExpansion) {
			CXCursor def = clang_getCursorReferenced(at);
			name->macro = xstrdup(id->s);
			if (!clang_Cursor_isNull(def))
				name->macro_loc = file_loc(p, clang_getCursorLocation(def), NULL, NULL);
		}
		name->loc = file_loc(p, clang_getTokenLocation(p->tu, id->t), NULL, NULL);
		if (n == 2) {
			e = fexpr_new(FX_ADDROF);
			fexpr_add_kid(e, name);
		} else {
			e = name;
		}
	} else {
		e = fexpr_new(FX_OTHER);
	}
	e->loc = file_loc(p, clang_getTokenLocation(p->tu, tk[from].t), NULL, NULL);
	CXSourceRange last = clang_getTokenExtent(p->tu, tk[to - 1].t);
	unsigned eo = 0;
	e->end = file_loc(p, clang_getRangeEnd(last), NULL, &eo);
	if (!e->spelling && buf && eo <= len && eo >= tk[from].off)
		e->spelling = xstrndup(buf + tk[from].off, eo - tk[from].off > MAX_SPELLING ? MAX_SPELLING
											    : eo - tk[from].off);
	free(ls.first_macro);
	strbuf_release(&ls.sb);
	return e;
}

static void recover_calls(struct ps *p, int fi)
{
	struct tu_facts *t = p->t;
	struct func_range *fr = &p->franges[fi];
	CXToken *raw = NULL;
	unsigned nt = 0;
	if (!fr->file || fr->end <= fr->start)
		return;
	clang_tokenize(p->tu, clang_getRange(loc_at(p, fr->file, fr->start), loc_at(p, fr->file, fr->end)),
		       &raw, &nt);
	struct tok *tk = xcalloc(nt ? nt : 1, sizeof(*tk));
	for (unsigned i = 0; i < nt; i++) {
		tk[i].t = raw[i];
		tk[i].kind = clang_getTokenKind(raw[i]);
		tk[i].s = cx_take(clang_getTokenSpelling(p->tu, raw[i]));
		clang_getFileLocation(clang_getTokenLocation(p->tu, raw[i]), NULL, NULL, NULL, &tk[i].off);
	}
	for (unsigned i = 0; i + 1 < nt; i++) {
		if (tk[i].kind != CXToken_Identifier || strcmp(tk[i + 1].s, "("))
			continue;
		CXCursor at = clang_getCursor(p->tu, clang_getTokenLocation(p->tu, tk[i].t));
		enum CXCursorKind ak = clang_getCursorKind(at);
		if (clang_isExpression(ak) || clang_isReference(ak) || ak == CXCursor_MacroExpansion ||
		    clang_isPreprocessing(ak) || clang_isInvalid(ak) || ak == CXCursor_FunctionDecl)
			continue;
		/* arguments: split at top-level commas */
		unsigned j = i + 2, start = i + 2;
		int depth = 1;
		struct fexpr *call = fexpr_new(FX_CALL);
		call->text = xstrdup(tk[i].s);
		call->loc = file_loc(p, clang_getTokenLocation(p->tu, tk[i].t), NULL, NULL);
		for (; j < nt && depth > 0; j++) {
			const char *s = tk[j].s;
			if (!strcmp(s, "(") || !strcmp(s, "[") || !strcmp(s, "{"))
				depth++;
			else if (!strcmp(s, ")") || !strcmp(s, "]") || !strcmp(s, "}"))
				depth--;
			if ((depth == 1 && !strcmp(s, ",")) || depth == 0) {
				if (j > start || tk[j].s[0] == ',')
					fexpr_add_kid(call, arg_from_tokens(p, tk, start, j, fi, fr->file));
				start = j + 1;
			}
		}
		if (depth != 0) {
			fexpr_free(call);
			continue;
		}
		call->end = file_loc(p, clang_getRangeEnd(clang_getTokenExtent(p->tu, tk[j - 1].t)), NULL, NULL);
		ALLOC_GROW(t->calls, t->n_calls + 1, t->alloc_calls);
		struct fcall *fc = &t->calls[t->n_calls++];
		memset(fc, 0, sizeof(*fc));
		fc->func = fi;
		fc->expr = call;
		fc->callee = call->text;
		fc->recovered = true;
		fc->order = INT32_MAX / 2;
		/* place it before the first visible call/assignment after it */
		for (size_t k = 0; k < t->n_calls; k++) {
			const struct fcall *o = &t->calls[k];
			if (o->func == fi && !o->recovered && o->expr && fact_loc_after(o->expr->loc, call->loc) &&
			    o->order < fc->order)
				fc->order = o->order;
		}
		for (size_t k = 0; k < t->n_assigns; k++) {
			const struct fassign *o = &t->assigns[k];
			if (o->func == fi && fact_loc_after(o->loc, call->loc) && o->order < fc->order)
				fc->order = o->order;
		}
		t->funcs[fi].n_calls++;
	}
	for (unsigned i = 0; i < nt; i++)
		free(tk[i].s);
	free(tk);
	clang_disposeTokens(p->tu, raw, nt);
}

static int call_order_cmp(const void *a, const void *b)
{
	const struct fcall *x = a, *y = b;
	if (x->order != y->order)
		return x->order < y->order ? -1 : 1;
	/* pseudo-calls and recovered calls share the number of the item they
	 * precede: they sort first */
	bool xp = x->recovered || is_pseudo_call(x), yp = y->recovered || is_pseudo_call(y);
	return xp == yp ? 0 : xp ? -1 : 1;
}

static void finish_order(struct ps *p)
{
	struct tu_facts *t = p->t;
	/* Renumber so pseudo-calls and recovered calls get their own slot and
	 * orders stay unique. */
	bool any = false;
	for (size_t i = 0; i < t->n_calls && !any; i++)
		any = t->calls[i].recovered || is_pseudo_call(&t->calls[i]);
	if (!any)
		return;
	qsort(t->calls, t->n_calls, sizeof(*t->calls), call_order_cmp);
	/* merge-walk calls and assigns, both sorted by order */
	size_t ci = 0, ai = 0;
	int next = 0;
	while (ci < t->n_calls || ai < t->n_assigns) {
		bool take_call = ai >= t->n_assigns ||
				 (ci < t->n_calls && t->calls[ci].order <= t->assigns[ai].order);
		if (take_call)
			t->calls[ci++].order = next++;
		else
			t->assigns[ai++].order = next++;
	}
}

static void free_ps(struct ps *p)
{
	for (size_t i = 0; i < p->n_macros; i++)
		free(p->macros[i].name);
	free(p->macros);
	free(p->decls);
	free(p->fnames);
	free(p->fname_slots);
	free(p->franges);
	for (size_t i = 0; i < p->n_argx; i++)
		fexpr_free(p->argx[i].e);
	free(p->argx);
	cursor_map_free(&p->vars);
	name_map_free(&p->funcs);
	for (size_t i = 0; i < p->t->n_funcs; i++)
		free(p->func_keys[i]);
	free(p->func_keys);
	name_map_free(&p->mdef_map);
	for (size_t i = 0; i < p->n_mdefs; i++)
		free(p->mdefs[i].name);
	free(p->mdefs);
}

static const char *error_name(enum CXErrorCode e)
{
	switch (e) {
	case CXError_Success: return "success";
	case CXError_Failure: return "libclang failed";
	case CXError_Crashed: return "libclang crashed";
	case CXError_InvalidArguments: return "invalid arguments";
	case CXError_ASTReadError: return "AST read error";
	}
	return "unknown error";
}

/* No TU at all: one fatal fdiag and one batch error, so the batch goes on. */
static void fail_parse(struct tu_facts *t, struct diag_list *errors, const char *file, char *msg)
{
	t->parse_failed = true;
	t->n_errors = 1;
	ALLOC_GROW(t->diags, 1, t->alloc_diags);
	t->diags[0].loc.file = facts_intern_file(t, file);
	t->diags[0].loc.line = 1;
	t->diags[0].loc.col = 1;
	t->diags[0].severity = CXDiagnostic_Fatal;
	t->diags[0].message = msg;
	t->n_diags = 1;
	if (errors)
		diag_add(errors, file, 1, "%s", msg);
}

/* When the parse has errors only MSVC accepts (frontend_repair.h), parse
 * again with the repaired copies under the tree overlay and keep that TU.
 * Returns the repairs made (to free after the TU), or NULL. */
static struct repair_set *reparse_repaired(struct frontend *fe, const struct tu_config *cfg, const char **args,
					   int nargs, unsigned opts, CXTranslationUnit *tu)
{
	struct repair_set *rs = repair_plan(*tu);
	const char *overlay = rs ? repair_write(rs) : NULL;
	if (!overlay) {
		repair_free(rs);
		return NULL;
	}
	/* innermost: the tree overlay's case-folded lookups land on the copies */
	const char **args2 = xcalloc((size_t)nargs + 3, sizeof(*args2));
	int n2 = 0;
	bool placed = false;
	for (int i = 0; i < nargs; i++) {
		if (!placed && !strcmp(args[i], "-ivfsoverlay")) {
			args2[n2++] = "-ivfsoverlay";
			args2[n2++] = overlay;
			placed = true;
		}
		args2[n2++] = args[i];
	}
	if (!placed) {
		args2[n2++] = "-ivfsoverlay";
		args2[n2++] = overlay;
	}
	CXTranslationUnit again = NULL;
	enum CXErrorCode err = clang_parseTranslationUnit2(fe->index, cfg->file, args2, n2, NULL, 0, opts, &again);
	free(args2);
	if (err != CXError_Success || !again) {
		repair_free(rs);
		return NULL;
	}
	clang_disposeTranslationUnit(*tu);
	*tu = again;
	return rs;
}

struct tu_facts *frontend_parse(struct frontend *fe, const struct tu_config *cfg, struct diag_list *errors)
{
	struct tu_facts *t = xcalloc(1, sizeof(*t));
	struct ps p;
	size_t n_extra = sizeof(frontend_extra_args) / sizeof(frontend_extra_args[0]);
	const char **args = xcalloc(cfg->n_args + n_extra + 2, sizeof(*args));
	int nargs = 0;
	const char *lost_overlay = NULL;

	t->main_file = xstrdup(cfg->file ? cfg->file : "");
	t->configuration = cfg->configuration ? xstrdup(cfg->configuration) : NULL;
	if (!cfg->file || access(cfg->file, R_OK) != 0) {
		fail_parse(t, errors, t->main_file, xasprintf("cannot open: %s", cfg->file ? strerror(errno) : "no file"));
		free(args);
		return t;
	}
	for (size_t i = 0; i < cfg->n_args; i++) {
		/* a VFS overlay that has gone missing (its temporary directory was
		 * cleaned away) is fatal to clang: parse without it, and say so */
		if (!strcmp(cfg->args[i], "-ivfsoverlay") && i + 1 < cfg->n_args &&
		    access(cfg->args[i + 1], R_OK) != 0) {
			lost_overlay = cfg->args[i + 1];
			i++;
			continue;
		}
		args[nargs++] = cfg->args[i];
	}
	for (size_t i = 0; i < n_extra; i++)
		args[nargs++] = frontend_extra_args[i];
	char *wd = cfg->directory ? xasprintf("-working-directory=%s", cfg->directory) : NULL;
	if (wd)
		args[nargs++] = wd;

	memset(&p, 0, sizeof(p));
	p.t = t;
	p.cur_func = -1;
	p.decay = clang_getNullCursor();
	p.debug = getenv("DRISO_FRONTEND_DEBUG") != NULL;
	unsigned opts = CXTranslationUnit_KeepGoing | CXTranslationUnit_DetailedPreprocessingRecord;
	enum CXErrorCode err = clang_parseTranslationUnit2(fe->index, cfg->file, args, nargs, NULL, 0, opts, &p.tu);
	struct repair_set *repairs = NULL;
	if (err == CXError_Success && p.tu)
		repairs = reparse_repaired(fe, cfg, args, nargs, opts, &p.tu);
	free(args);
	free(wd);
	if (err != CXError_Success || !p.tu) {
		fail_parse(t, errors, cfg->file, xasprintf("cannot parse: %s", error_name(err)));
		return t;
	}

	CXCursor root = clang_getTranslationUnitCursor(p.tu);
	CXTargetInfo ti = clang_getTranslationUnitTargetInfo(p.tu);
	p.ptr_bits = ti ? clang_TargetInfo_getPointerWidth(ti) : 64;
	if (ti)
		clang_TargetInfo_dispose(ti);
	if (p.ptr_bits <= 0)
		p.ptr_bits = 64;

	clang_visitChildren(root, top_visitor, &p);
	if (p.n_macros)
		qsort(p.macros, p.n_macros, sizeof(*p.macros), macro_cmp);
	/* functions first, so references to ones defined later resolve */
	p.registering = true;
	for (size_t i = 0; i < p.n_decls; i++)
		walk_decl(&p, p.decls[i]);
	p.registering = false;
	for (size_t i = 0; i < p.n_decls; i++)
		walk_decl(&p, p.decls[i]);

	if (p.n_argx)
		qsort(p.argx, p.n_argx, sizeof(*p.argx), argx_cmp);
	for (size_t i = 0; i < p.n_macros; i++)
		if (p.macros[i].assigns)
			synthesize_macro_call(&p, &p.macros[i]);
	collect_diags(&p);
	for (size_t i = 0; i < t->n_funcs; i++)
		if (t->funcs[i].has_body && t->funcs[i].error_nodes)
			recover_calls(&p, (int)i);
	finish_order(&p);

	classify_functions(&p);
	if (lost_overlay) {
		ALLOC_GROW(t->diags, t->n_diags + 1, t->alloc_diags);
		struct fdiag *fd = &t->diags[t->n_diags++];
		fd->loc.file = facts_intern_file(t, cfg->file);
		fd->loc.line = 1;
		fd->loc.col = 1;
		fd->severity = CXDiagnostic_Warning;
		fd->message = xasprintf("VFS overlay %s is gone: parsed without it (includes are case-sensitive)",
					lost_overlay);
	}

	/* what was read as MSVC reads it is said, never silent */
	for (size_t i = 0; i < repair_count(repairs); i++) {
		const char *file;
		unsigned line;
		const char *what = repair_what(repairs, i, &file, &line);
		ALLOC_GROW(t->diags, t->n_diags + 1, t->alloc_diags);
		struct fdiag *fd = &t->diags[t->n_diags++];
		fd->loc.file = facts_intern_file(t, file);
		fd->loc.line = (int)line;
		fd->loc.col = 1;
		fd->severity = CXDiagnostic_Warning;
		fd->message = xasprintf("MSVC-only construct parsed as MSVC reads it: %s", what);
	}

	free_ps(&p);
	clang_disposeTranslationUnit(p.tu);
	repair_free(repairs);
	return t;
}
