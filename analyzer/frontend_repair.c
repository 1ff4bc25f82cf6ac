/*
 * frontend_repair: see frontend_repair.h.
 */
#include "analyzer/frontend_repair.h"

#include "core/strbuf.h"
#include "core/util.h"

#include <ctype.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define MAX_REPAIRS 256

struct edit {
	size_t start, end; /* replaced byte range of the file */
	char *text;
	const char *what;
	unsigned line;
};

struct rfile {
	CXFile cx;
	char *name;        /* as clang names it: the overlay maps this path */
	char *content;     /* clang's buffer, copied */
	size_t len;
	struct edit *edits;
	size_t n_edits, alloc_edits;
};

struct repair_set {
	struct rfile *files;
	size_t n_files, alloc_files;
	size_t n_repairs;
	char *dir, *overlay;
	/* flattened for repair_what(): (file index, edit index) */
	size_t (*index)[2];
};

static struct rfile *file_for(struct repair_set *rs, CXTranslationUnit tu, CXFile f)
{
	for (size_t i = 0; i < rs->n_files; i++)
		if (clang_File_isEqual(rs->files[i].cx, f))
			return &rs->files[i];
	size_t len = 0;
	const char *buf = clang_getFileContents(tu, f, &len);
	if (!buf)
		return NULL;
	ALLOC_GROW(rs->files, rs->n_files + 1, rs->alloc_files);
	struct rfile *rf = &rs->files[rs->n_files++];
	memset(rf, 0, sizeof(*rf));
	rf->cx = f;
	CXString name = clang_getFileName(f);
	rf->name = xstrdup(clang_getCString(name) ? clang_getCString(name) : "");
	clang_disposeString(name);
	rf->content = xmalloc(len + 1);
	memcpy(rf->content, buf, len);
	rf->content[len] = '\0';
	rf->len = len;
	return rf;
}

static bool ident_char(char c)
{
	return isalnum((unsigned char)c) || c == '_' || c == '$';
}

/* Index of the ')' closing the '(' at i, or 0. */
static size_t matching_paren(const char *s, size_t len, size_t i)
{
	int depth = 0;
	for (size_t k = i; k < len; k++) {
		if (s[k] == '(')
			depth++;
		else if (s[k] == ')' && --depth == 0)
			return k;
		else if (s[k] == ';' || s[k] == '{' || s[k] == '}')
			return 0;
	}
	return 0;
}

static bool overlaps(const struct rfile *rf, size_t start, size_t end)
{
	for (size_t i = 0; i < rf->n_edits; i++)
		if (start < rf->edits[i].end && rf->edits[i].start < end)
			return true;
	return false;
}

static void add_edit(struct repair_set *rs, struct rfile *rf, size_t start, size_t end, char *text, const char *what,
		     unsigned line)
{
	if (rs->n_repairs >= MAX_REPAIRS || overlaps(rf, start, end)) {
		free(text);
		return;
	}
	ALLOC_GROW(rf->edits, rf->n_edits + 1, rf->alloc_edits);
	rf->edits[rf->n_edits++] = (struct edit){ start, end, text, what, line };
	rs->n_repairs++;
}

/* The cast `(T)` at off, used where MSVC takes its operand as an lvalue
 * (`(T)x = v`, `((T)x)--`, `&(T)x`), becomes `*(T*)&`: the operand's own
 * storage read as a T, which is what MSVC does. A redundant pair of
 * parentheses around the cast (`&((T)x)`) is stepped into. */
static void lvalue_cast_at(struct repair_set *rs, struct rfile *rf, size_t off, unsigned line, const char *what,
			   int depth)
{
	const char *s = rf->content;
	if (off >= rf->len || s[off] != '(')
		return;
	size_t inner = off + 1;
	while (inner < rf->len && (s[inner] == ' ' || s[inner] == '\t'))
		inner++;
	if (inner < rf->len && s[inner] == '(') {
		size_t outer_close = matching_paren(s, rf->len, off);
		size_t inner_close = matching_paren(s, rf->len, inner);
		if (outer_close && inner_close && inner_close < outer_close)
			off = inner; /* ((T)x): the cast is the inner pair */
	}
	size_t close = matching_paren(s, rf->len, off);
	if (!close || close + 1 >= rf->len || memchr(s + off, '\n', close - off))
		return;
	/* a cast is followed by its operand, not by an operator or the end */
	size_t k = close + 1;
	while (k < rf->len && (s[k] == ' ' || s[k] == '\t'))
		k++;
	if (k >= rf->len || !(ident_char(s[k]) || s[k] == '(' || s[k] == '*' || s[k] == '&'))
		return;
	char *text = xasprintf("*(%.*s*)&", (int)(close - off - 1), s + off + 1);
	add_edit(rs, rf, off, close + 1, text, what, line);
	/* a cast of a cast, ((ULONG)(ULONG_PTR)p)--: the inner one too, or the
	 * outer would take the address of an rvalue */
	if (s[k] == '(' && depth < 4)
		lvalue_cast_at(rs, rf, k, line, what, depth + 1);
}

static void lvalue_cast(struct repair_set *rs, struct rfile *rf, size_t off, unsigned line, const char *what)
{
	lvalue_cast_at(rs, rf, off, line, what, 0);
}

/* `enum X name` (off: name) -> `int name`, padded. */
static void incomplete_enum_field(struct repair_set *rs, struct rfile *rf, size_t off, unsigned line)
{
	const char *s = rf->content;
	size_t k = off;
	while (k > 0 && isspace((unsigned char)s[k - 1]))
		k--;
	size_t tag_end = k;
	while (k > 0 && ident_char(s[k - 1]))
		k--;
	if (k == tag_end)
		return;
	while (k > 0 && isspace((unsigned char)s[k - 1]))
		k--;
	if (k < 4 || strncmp(s + k - 4, "enum", 4) || (k > 4 && ident_char(s[k - 5])))
		return;
	size_t start = k - 4;
	if (memchr(s + start, '\n', tag_end - start))
		return;
	add_edit(rs, rf, start, tag_end, xasprintf("int%*s", (int)(tag_end - start - 3), ""), "field of a forward-declared enum",
		 line);
}

/* A name MSVC lets through where clang will not (a member an anonymous
 * struct redeclares, a keyword as a parameter name): its first letter
 * becomes '$', a name no code uses. */
static void redeclared_member(struct repair_set *rs, struct rfile *rf, size_t off, unsigned line, const char *what)
{
	if (off >= rf->len || !ident_char(rf->content[off]) || (off > 0 && ident_char(rf->content[off - 1])))
		return;
	add_edit(rs, rf, off, off + 1, xstrdup("$"), what, line);
}

/* Old-style SAL `__in` / `__out`: MSVC's headers define them empty, but a
 * user-mode C++ TU cannot have them as macros (libstdc++ names parameters
 * `__in`), so every one in the file is blanked (same columns); both at
 * once, as an error on one hides the other's. */
static const char *const old_sal[] = { "__in", "__out" };

static void old_sal_words(struct repair_set *rs, struct rfile *rf)
{
	const char *s = rf->content;
	for (size_t w = 0; w < sizeof(old_sal) / sizeof(old_sal[0]); w++) {
		size_t wl = strlen(old_sal[w]);
		unsigned line = 1;
		const char *counted = s;
		for (const char *p = s; (p = memmem(p, (size_t)(s + rf->len - p), old_sal[w], wl)); p += wl) {
			if ((p > s && ident_char(p[-1])) || ident_char(p[wl]))
				continue;
			for (; counted < p; counted++)
				line += *counted == '\n';
			add_edit(rs, rf, (size_t)(p - s), (size_t)(p - s) + wl, xasprintf("%*s", (int)wl, ""),
				 "old-style SAL annotation", line);
		}
	}
}

/* clang's own fix-it for a construct MSVC takes as written (an explicit
 * specialization without `template<>`), applied in the tree's files. */
static void apply_fixits(struct repair_set *rs, CXTranslationUnit tu, CXDiagnostic d, const char *what)
{
	unsigned n = clang_getDiagnosticNumFixIts(d);
	for (unsigned k = 0; k < n; k++) {
		CXSourceRange r;
		CXString text = clang_getDiagnosticFixIt(d, k, &r);
		CXFile fs = NULL, fe = NULL;
		unsigned line = 0, col = 0, soff = 0, eoff = 0;
		clang_getSpellingLocation(clang_getRangeStart(r), &fs, &line, &col, &soff);
		clang_getSpellingLocation(clang_getRangeEnd(r), &fe, NULL, NULL, &eoff);
		struct rfile *rf = fs && fe && clang_File_isEqual(fs, fe) && eoff >= soff &&
					   !clang_Location_isInSystemHeader(clang_getRangeStart(r))
				   ? file_for(rs, tu, fs)
				   : NULL;
		const char *t = clang_getCString(text);
		if (rf && t && eoff <= rf->len)
			add_edit(rs, rf, soff, eoff, xstrdup(t), what, line);
		clang_disposeString(text);
	}
}

/* The text between the parentheses after `name` at off of s, or NULL. */
static char *param_list(const char *s, size_t len, size_t off, const char *name, size_t *open_at, size_t *close_at)
{
	size_t nl = strlen(name);
	if (off + nl > len || strncmp(s + off, name, nl))
		return NULL;
	size_t open = off + nl;
	while (open < len && isspace((unsigned char)s[open]))
		open++;
	size_t close = open < len && s[open] == '(' ? matching_paren(s, len, open) : 0;
	if (!close)
		return NULL;
	*open_at = open;
	*close_at = close;
	return xstrndup(s + open + 1, close - open - 1);
}

/* C: a prototype whose parameter types differ from the definition's (MSVC
 * warning C4028; clang: conflicting types). MSVC goes on with the
 * definition; here the earlier declaration takes the definition's
 * parameter list, joined onto its first line, its own newlines kept after
 * it so that no line moves. */
static void conflicting_prototype(struct repair_set *rs, CXTranslationUnit tu, CXDiagnostic d, const char *name)
{
	CXFile dfile = NULL;
	unsigned doff = 0;
	clang_getSpellingLocation(clang_getDiagnosticLocation(d), &dfile, NULL, NULL, &doff);
	size_t dlen = 0;
	const char *dbuf = dfile ? clang_getFileContents(tu, dfile, &dlen) : NULL;
	size_t dopen, dclose;
	char *def_params = dbuf ? param_list(dbuf, dlen, doff, name, &dopen, &dclose) : NULL;
	if (!def_params)
		return;
	for (char *c = def_params; *c; c++)
		if (*c == '\n' || *c == '\r')
			*c = ' ';
	CXDiagnosticSet notes = clang_getChildDiagnostics(d);
	unsigned n = notes ? clang_getNumDiagnosticsInSet(notes) : 0;
	for (unsigned k = 0; k < n; k++) {
		CXDiagnostic note = clang_getDiagnosticInSet(notes, k);
		CXString sp = clang_getDiagnosticSpelling(note);
		bool prev = clang_getCString(sp) && !strcmp(clang_getCString(sp), "previous declaration is here");
		clang_disposeString(sp);
		CXSourceLocation l = clang_getDiagnosticLocation(note);
		CXFile fe = NULL, fs = NULL;
		unsigned line = 0, off = 0, soff = 0;
		clang_getExpansionLocation(l, &fe, NULL, NULL, &off);
		clang_getSpellingLocation(l, &fs, &line, NULL, &soff);
		struct rfile *rf = prev && fs && fe && clang_File_isEqual(fe, fs) && off == soff &&
					   !clang_Location_isInSystemHeader(l)
				   ? file_for(rs, tu, fs)
				   : NULL;
		clang_disposeDiagnostic(note);
		size_t open, close;
		char *old = rf ? param_list(rf->content, rf->len, soff, name, &open, &close) : NULL;
		if (!old)
			continue;
		struct strbuf sb = STRBUF_INIT;
		strbuf_addstr(&sb, def_params);
		for (const char *c = old; *c; c++)
			if (*c == '\n')
				strbuf_addch(&sb, '\n');
		free(old);
		add_edit(rs, rf, open + 1, close, strbuf_detach(&sb, NULL), "prototype differing from its definition", line);
	}
	/* a child set belongs to its diagnostic: not disposed */
	free(def_params);
}

/* The files of a TU, for string_prefix_macro(). */
struct incl {
	CXFile *v;
	size_t n, alloc;
};

static void collect_inclusion(CXFile f, CXSourceLocation *stack, unsigned depth, CXClientData data)
{
	(void)stack;
	(void)depth;
	struct incl *in = data;
	ALLOC_GROW(in->v, in->n + 1, in->alloc);
	in->v[in->n++] = f;
}

/* `#define NAME L` spelled at off of f: the name, or NULL. */
static char *prefix_macro_name(const char *s, size_t len, size_t off)
{
	size_t b = off;
	while (b > 0 && s[b - 1] != '\n')
		b--;
	const char *p = s + b, *e = s + len;
	while (p < e && (*p == ' ' || *p == '\t'))
		p++;
	if (p >= e || *p++ != '#')
		return NULL;
	while (p < e && (*p == ' ' || *p == '\t'))
		p++;
	if (e - p < 6 || strncmp(p, "define", 6))
		return NULL;
	p += 6;
	while (p < e && (*p == ' ' || *p == '\t'))
		p++;
	const char *name = p;
	while (p < e && ident_char(*p))
		p++;
	size_t nl = (size_t)(p - name);
	while (p < e && (*p == ' ' || *p == '\t'))
		p++;
	if (!nl || p >= e || *p != 'L' || (size_t)(p - s) != off || (p + 1 < e && ident_char(p[1])))
		return NULL;
	return xstrndup(name, nl);
}

/* MSVC's preprocessor pastes `#define TEXT_PREF L` onto the string after
 * it (TEXT_PREF"port" is L"port"); clang sees an identifier L. Every
 * `TEXT_PREF"..."` in the TU's own files becomes `L"..."`, padded to the
 * same columns (com0com's port names). */
static void string_prefix_macro(struct repair_set *rs, CXTranslationUnit tu, CXFile def, size_t off)
{
	size_t dlen = 0;
	const char *dbuf = clang_getFileContents(tu, def, &dlen);
	char *name = dbuf ? prefix_macro_name(dbuf, dlen, off) : NULL;
	if (!name)
		return;
	size_t nl = strlen(name);
	struct incl in = { 0 };
	clang_getInclusions(tu, collect_inclusion, &in);
	for (size_t i = 0; i < in.n; i++) {
		CXSourceLocation start = clang_getLocationForOffset(tu, in.v[i], 0);
		if (clang_Location_isInSystemHeader(start))
			continue;
		size_t len = 0;
		const char *buf = clang_getFileContents(tu, in.v[i], &len);
		for (const char *p = buf; p && (p = memmem(p, (size_t)(buf + len - p), name, nl)); p += nl) {
			if (p > buf && ident_char(p[-1]))
				continue;
			const char *q = p + nl;
			while (q < buf + len && (*q == ' ' || *q == '\t'))
				q++;
			if (q >= buf + len || *q != '"' || ident_char(p[nl]))
				continue;
			struct rfile *rf = file_for(rs, tu, in.v[i]);
			if (!rf)
				break;
			size_t at = (size_t)(p - buf), n = (size_t)(q - p);
			unsigned line = 1;
			for (const char *c = buf; c < p; c++)
				line += *c == '\n';
			add_edit(rs, rf, at, at + n, xasprintf("%*sL", (int)(n - 1), ""), "string prefix macro", line);
		}
	}
	free(in.v);
	free(name);
}

struct repair_set *repair_plan(CXTranslationUnit tu)
{
	struct repair_set *rs = xcalloc(1, sizeof(*rs));
	unsigned n = clang_getNumDiagnostics(tu);
	for (unsigned i = 0; i < n; i++) {
		CXDiagnostic d = clang_getDiagnostic(tu, i);
		if (clang_getDiagnosticSeverity(d) < CXDiagnostic_Error) {
			clang_disposeDiagnostic(d);
			continue;
		}
		CXString spelling = clang_getDiagnosticSpelling(d);
		const char *msg = clang_getCString(spelling);
		enum { NONE, LVALUE, NOTASSIGN, ADDR, ENUMF, MEMBER, PREFIX, KEYWORD, OLDSAL, FIXIT, PROTO } kind = NONE;
		char proto_name[256] = "";

		if (msg && str_starts_with(msg, "assignment to cast is illegal"))
			kind = LVALUE;
		else if (msg && str_starts_with(msg, "conflicting types for '") && str_ends_with(msg, "'") &&
			 strlen(msg) - 24 < sizeof(proto_name)) {
			kind = PROTO;
			snprintf(proto_name, sizeof(proto_name), "%.*s", (int)(strlen(msg) - 24), msg + 23);
		} else if (msg && !strcmp(msg, "template specialization requires 'template<>'"))
			kind = FIXIT;
		else if (msg && !strcmp(msg, "expression is not assignable"))
			kind = NOTASSIGN; /* ((ULONG)(ULONG_PTR)p)--: a cast of a cast */
		else if (msg && str_starts_with(msg, "cannot take the address of an rvalue of type"))
			kind = ADDR;
		else if (msg && str_starts_with(msg, "field has incomplete type 'enum "))
			kind = ENUMF;
		else if (msg && str_starts_with(msg, "member of anonymous struct redeclares"))
			kind = MEMBER;
		else if (msg && !strcmp(msg, "use of undeclared identifier 'L'"))
			kind = PREFIX;
		else if (msg && str_starts_with(msg, "invalid parameter name: '") && str_ends_with(msg, "' is a keyword"))
			kind = KEYWORD;
		else if (msg && (str_starts_with(msg, "unknown type name '") || str_starts_with(msg, "use of undeclared identifier '")))
			for (size_t w = 0; w < sizeof(old_sal) / sizeof(old_sal[0]); w++) {
				size_t ml = strlen(msg), wl = strlen(old_sal[w]);
				if (ml > wl + 2 && msg[ml - 1] == '\'' && msg[ml - wl - 2] == '\'' &&
				    !strncmp(msg + ml - wl - 1, old_sal[w], wl))
					kind = OLDSAL;
			}
		clang_disposeString(spelling);
		CXSourceLocation l = clang_getDiagnosticLocation(d);
		if ((kind == ADDR || kind == NOTASSIGN) && clang_getDiagnosticNumRanges(d) > 0)
			l = clang_getRangeStart(clang_getDiagnosticRange(d, 0)); /* the cast being taken the address of */
		CXFile fe = NULL, fs = NULL;
		unsigned line = 0, col = 0, off = 0, sline = 0, scol = 0, soff = 0;
		clang_getExpansionLocation(l, &fe, &line, &col, &off);
		clang_getSpellingLocation(l, &fs, &sline, &scol, &soff);
		/* the tree's own text, never a system header; a cast may be spelled
		 * in a macro argument or body (SetFlag(((ULONG_PTR)p), f)), an enum
		 * field or member name only outside macros */
		bool tree = kind != NONE && fs && !clang_Location_isInSystemHeader(l);
		bool plain = tree && fe && clang_File_isEqual(fe, fs) && off == soff;
		bool named = kind == ENUMF || kind == MEMBER || kind == KEYWORD || kind == OLDSAL;
		struct rfile *rf = (kind == LVALUE || kind == ADDR || kind == NOTASSIGN) ? (tree ? file_for(rs, tu, fs) : NULL)
				   : named ? (plain ? file_for(rs, tu, fs) : NULL) : NULL;
		if (rf && (kind == LVALUE || kind == ADDR || kind == NOTASSIGN))
			lvalue_cast(rs, rf, soff, sline, kind == ADDR ? "address of a cast" : "lvalue cast");
		else if (rf && kind == ENUMF)
			incomplete_enum_field(rs, rf, soff, sline);
		else if (rf && kind == MEMBER)
			redeclared_member(rs, rf, soff, sline, "member redeclared in an anonymous struct");
		else if (rf && kind == KEYWORD)
			redeclared_member(rs, rf, soff, sline, "keyword as a parameter name");
		else if (tree && kind == PROTO)
			conflicting_prototype(rs, tu, d, proto_name);
		else if (tree && kind == FIXIT)
			apply_fixits(rs, tu, d, "explicit specialization without template<>");
		else if (rf && kind == OLDSAL)
			old_sal_words(rs, rf);
		else if (tree && kind == PREFIX)
			string_prefix_macro(rs, tu, fs, soff);
		clang_disposeDiagnostic(d);
	}
	if (!rs->n_repairs) {
		repair_free(rs);
		return NULL;
	}
	rs->index = xmalloc(rs->n_repairs * sizeof(*rs->index));
	size_t k = 0;
	for (size_t i = 0; i < rs->n_files; i++)
		for (size_t j = 0; j < rs->files[i].n_edits; j++) {
			rs->index[k][0] = i;
			rs->index[k][1] = j;
			k++;
		}
	return rs;
}

static int edit_cmp(const void *a, const void *b)
{
	const struct edit *x = a, *y = b;
	return (x->start > y->start) - (x->start < y->start);
}

const char *repair_write(struct repair_set *rs)
{
	const char *tmp = getenv("TMPDIR");
	char *tmpl = xasprintf("%s/driso-env-repair-XXXXXX", tmp && *tmp ? tmp : "/tmp");
	if (!mkdtemp(tmpl)) {
		free(tmpl);
		return NULL;
	}
	rs->dir = tmpl;
	/* a dir whose owner died is swept by the next discovery */
	char *pid = path_join(rs->dir, "owner.pid");
	FILE *pf = fopen(pid, "w");
	if (pf) {
		fprintf(pf, "%ld\n", (long)getpid());
		fclose(pf);
	}
	free(pid);
	struct strbuf yaml = STRBUF_INIT;
	strbuf_addstr(&yaml, "{ \"version\": 0, \"use-external-names\": false, \"roots\": [\n");
	bool ok = true;
	for (size_t i = 0; i < rs->n_files && ok; i++) {
		struct rfile *rf = &rs->files[i];
		qsort(rf->edits, rf->n_edits, sizeof(*rf->edits), edit_cmp);
		struct strbuf out = STRBUF_INIT;
		size_t pos = 0;
		for (size_t j = 0; j < rf->n_edits; j++) {
			strbuf_add(&out, rf->content + pos, rf->edits[j].start - pos);
			strbuf_addstr(&out, rf->edits[j].text);
			pos = rf->edits[j].end;
		}
		strbuf_add(&out, rf->content + pos, rf->len - pos);
		char *copy = xasprintf("%s/%zu-%s", rs->dir, i, path_basename(rf->name));
		FILE *fp = fopen(copy, "wb");
		ok = fp && fwrite(out.buf ? out.buf : "", 1, out.len, fp) == out.len;
		if (fp && fclose(fp) != 0)
			ok = false;
		strbuf_release(&out);
		char *dir = path_dirname(rf->name);
		strbuf_addf(&yaml, "%s  { \"type\": \"directory\", \"name\": \"", i ? ",\n" : "");
		strbuf_add_json_escaped(&yaml, dir);
		strbuf_addstr(&yaml, "\", \"contents\": [ { \"type\": \"file\", \"name\": \"");
		strbuf_add_json_escaped(&yaml, path_basename(rf->name));
		strbuf_addstr(&yaml, "\", \"external-contents\": \"");
		strbuf_add_json_escaped(&yaml, copy);
		strbuf_addstr(&yaml, "\" } ] }");
		free(dir);
		free(copy);
	}
	strbuf_addstr(&yaml, "\n] }\n");
	char *path = path_join(rs->dir, "repair.yaml");
	FILE *fp = ok ? fopen(path, "w") : NULL;
	ok = fp && fwrite(yaml.buf, 1, yaml.len, fp) == yaml.len;
	if (fp && fclose(fp) != 0)
		ok = false;
	strbuf_release(&yaml);
	if (!ok) {
		free(path);
		return NULL;
	}
	rs->overlay = path;
	return path;
}

size_t repair_count(const struct repair_set *rs)
{
	return rs ? rs->n_repairs : 0;
}

const char *repair_what(const struct repair_set *rs, size_t i, const char **file, unsigned *line)
{
	const struct rfile *rf = &rs->files[rs->index[i][0]];
	const struct edit *e = &rf->edits[rs->index[i][1]];
	*file = rf->name;
	*line = e->line;
	return e->what;
}

/* The repair directory holds only the copies, the overlay and the owner file. */
static void remove_repair_dir(const char *dir)
{
	DIR *d = opendir(dir);
	if (d) {
		struct dirent *de;
		while ((de = readdir(d)))
			if (strcmp(de->d_name, ".") && strcmp(de->d_name, "..")) {
				char *p = path_join(dir, de->d_name);
				unlink(p);
				free(p);
			}
		closedir(d);
	}
	rmdir(dir);
}

void repair_free(struct repair_set *rs)
{
	if (!rs)
		return;
	for (size_t i = 0; i < rs->n_files; i++) {
		struct rfile *rf = &rs->files[i];
		for (size_t j = 0; j < rf->n_edits; j++)
			free(rf->edits[j].text);
		free(rf->edits);
		free(rf->name);
		free(rf->content);
	}
	free(rs->files);
	free(rs->index);
	if (rs->dir)
		remove_repair_dir(rs->dir);
	free(rs->overlay);
	free(rs->dir);
	free(rs);
}
