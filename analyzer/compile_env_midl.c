/*
 * compile_env_midl: a declaration-level stand-in for the header MIDL
 * generates from an .idl file (and for its `_i.c` IID file).
 *
 * Trees hold the .idl; the build runs midl.exe and the sources include
 * `Foo.h` (types, COM interfaces, RPC stubs' prototypes) and sometimes
 * `Foo_i.c` (IID/CLSID definitions). Without them every function touching
 * the interface is lost to the parser: WFPSampler's client, service and
 * tools (one IDL, 80 TUs), COM notify objects, APO and MFT samples.
 *
 * What MIDL would emit, at the level a parser needs:
 *  - `import "x.idl";` -> `#include "x.h"`; `cpp_quote("...")` verbatim;
 *    preprocessor lines other than #include/#pragma verbatim;
 *  - typedefs, structs, unions, enums with their IDL attributes removed,
 *    `const T N = v;` -> `#define N (v)`;
 *  - object interfaces: `EXTERN_C const IID IID_I;`, a C++ class with
 *    pure virtual methods, and a C vtable (IUnknown's methods, bases defined
 *    in the same IDL, then its own);
 *  - RPC interfaces: the procedures as prototypes, the `_v<M>_<m>_c/s_ifspec`
 *    handles and an ACF's implicit handle variable;
 *  - library/coclass: `LIBID_`/`CLSID_` declarations (+ C++ DECLSPEC_UUID class).
 * Constructs it does not understand are skipped up to the next `;` at
 * brace depth 0; nothing in the result is executable.
 */
#include "analyzer/compile_env_internal.h"
#include "analyzer/compile_env_ctok.h"

#include "core/strbuf.h"
#include "core/text.h"
#include "core/util.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* Index of the `;` ending the declaration at i (brace/paren aware), or EOF. */
static size_t decl_end(const struct ctoks *t, size_t i)
{
	while (t->v[i].kind != CT_EOF && !ctok_is(&t->v[i], ";")) {
		if (ctok_is(&t->v[i], "{") || ctok_is(&t->v[i], "(") || ctok_is(&t->v[i], "["))
			i = ctok_skip_group(t, i);
		else if (ctok_is(&t->v[i], "}"))
			return i;
		else
			i++;
	}
	return i;
}

/* An attribute list `[...]`: its raw text (between the brackets). */
struct attrs {
	const char *s;
	size_t n;
};

static bool attr_has(const struct attrs *a, const char *word)
{
	size_t wl = strlen(word);
	for (const char *p = a->s; p && p + wl <= a->s + a->n; p++) {
		if (strncasecmp(p, word, wl))
			continue;
		bool before = p == a->s || !(isalnum((unsigned char)p[-1]) || p[-1] == '_');
		bool after = p + wl == a->s + a->n || !(isalnum((unsigned char)p[wl]) || p[wl] == '_');
		if (before && after)
			return true;
	}
	return false;
}

/* The argument of `word(...)` in the attribute list, quotes and blanks removed. */
static char *attr_arg(const struct attrs *a, const char *word)
{
	size_t wl = strlen(word);
	for (const char *p = a->s; p && p + wl < a->s + a->n; p++) {
		if (strncasecmp(p, word, wl) || (p > a->s && (isalnum((unsigned char)p[-1]) || p[-1] == '_')))
			continue;
		const char *q = p + wl;
		while (q < a->s + a->n && isspace((unsigned char)*q))
			q++;
		if (q >= a->s + a->n || *q != '(')
			continue;
		const char *e = memchr(q, ')', (size_t)(a->s + a->n - q));
		if (!e)
			return NULL;
		struct strbuf sb;
		strbuf_init(&sb, 40);
		for (const char *c = q + 1; c < e; c++)
			if (!isspace((unsigned char)*c) && *c != '"')
				strbuf_addch(&sb, *c);
		return strbuf_detach(&sb, NULL);
	}
	return NULL;
}

struct midl {
	const struct ctoks *t;
	struct strbuf out;
	struct strbuf iids;           /* the _i.c text */
	const char *implicit_handle;  /* from the ACF: "handle_t name" */
	size_t implicit_handle_n;
	/* object interfaces defined so far: name -> their own methods (C vtable text) */
	struct strlist iface_names;
	struct strlist iface_bases;
	struct strlist iface_methods;
};

static void emit_tok(struct strbuf *sb, const struct ctok *t)
{
	if (sb->len && sb->buf[sb->len - 1] != '\n' && sb->buf[sb->len - 1] != ' ')
		strbuf_addch(sb, ' ');
	strbuf_add(sb, t->s, t->n);
}

/* A preprocessor line of the IDL: `#include "x.idl"` (or <x.idl>) is what MIDL's own
 * preprocessor pulls in, so the header gets x.h (what MIDL made of it);
 * other #include and #pragma lines are MIDL's business and dropped; the
 * rest (#if, #define, ...) is kept as is. */
static void emit_pp(struct strbuf *sb, const struct ctok *k)
{
	const char *p = k->s + 1, *e = k->s + k->n;
	while (p < e && (*p == ' ' || *p == '\t'))
		p++;
	if ((size_t)(e - p) >= 7 && !strncmp(p, "include", 7)) {
		const char *q = p + 7;
		while (q < e && (*q == ' ' || *q == '\t'))
			q++;
		char close = q < e && *q == '"' ? '"' : q < e && *q == '<' ? '>' : 0;
		const char *qe = close ? memchr(q + 1, close, (size_t)(e - q - 1)) : NULL;
		if (qe && qe - q > 5 && !strncasecmp(qe - 4, ".idl", 4))
			strbuf_addf(sb, "\n#include %c%.*s.h%c\n", *q, (int)(qe - q - 5), q + 1, close);
		return;
	}
	if ((size_t)(e - p) >= 6 && (!strncmp(p, "pragma", 6) || !strncmp(p, "import", 6)))
		return;
	strbuf_addch(sb, '\n');
	strbuf_add(sb, k->s, k->n);
	strbuf_addch(sb, '\n');
}

/*
 * Emit tokens [from, to) as C: IDL attribute lists are dropped. A `[`
 * opens an attribute list where a declaration, member or parameter starts
 * (after nothing, `;` `{` `}` `,` `(`, `typedef` or another attribute list);
 * after a name or `]` it is an array bound. Encapsulated-union `case X:` /
 * `default:` labels are dropped too.
 */
static void emit_c(struct midl *m, struct strbuf *sb, size_t from, size_t to)
{
	const struct ctoks *t = m->t;
	const struct ctok *prev = NULL;
	bool prev_attr = false;
	for (size_t i = from; i < to && t->v[i].kind != CT_EOF;) {
		const struct ctok *k = &t->v[i];
		if (ctok_is(k, "[") && (!prev || prev_attr || ctok_is(prev, ";") || ctok_is(prev, "{") || ctok_is(prev, "}") ||
				   ctok_is(prev, ",") || ctok_is(prev, "(") || ctok_is(prev, "typedef"))) {
			i = ctok_skip_group(t, i);
			prev_attr = true;
			continue;
		}
		prev_attr = false;
		if ((ctok_is(k, "case") || ctok_is(k, "default")) && prev && (ctok_is(prev, ";") || ctok_is(prev, "{"))) {
			while (i < to && !ctok_is(&t->v[i], ":") && t->v[i].kind != CT_EOF)
				i++;
			i++;
			continue;
		}
		if (k->kind == CT_PP) {
			emit_pp(sb, k);
		} else {
			emit_tok(sb, k);
			if (ctok_is(k, ";") || ctok_is(k, "{"))
				strbuf_addch(sb, '\n');
		}
		prev = k;
		i++;
	}
}

/* cpp_quote("...") text: the C string's escapes undone. */
static void emit_quote(struct strbuf *sb, const struct ctok *str)
{
	if (str->kind != CT_STRING || str->n < 2)
		return;
	if (sb->len && sb->buf[sb->len - 1] != '\n')
		strbuf_addch(sb, '\n');
	const char *s = str->s + (str->s[0] == 'L') + 1, *e = str->s + str->n - 1;
	for (; s < e; s++) {
		if (*s == '\\' && s + 1 < e) {
			s++;
			strbuf_addch(sb, *s == 'n' ? '\n' : *s == 't' ? '\t' : *s);
		} else {
			strbuf_addch(sb, *s);
		}
	}
	strbuf_addch(sb, '\n');
}

static void emit_guid_decl(struct midl *m, const char *prefix, const char *name, size_t nl, const struct attrs *a)
{
	strbuf_addf(&m->out, "EXTERN_C const %s %s_%.*s;\n", strcmp(prefix, "CLSID") ? "IID" : "CLSID", prefix,
		    (int)nl, name);
	char *uuid = a ? attr_arg(a, "uuid") : NULL;
	unsigned long d1;
	unsigned d2, d3, b[8];
	if (uuid && sscanf(uuid, "%8lx-%4x-%4x-%2x%2x-%2x%2x%2x%2x%2x%2x", &d1, &d2, &d3, &b[0], &b[1], &b[2], &b[3],
			   &b[4], &b[5], &b[6], &b[7]) == 11)
		strbuf_addf(&m->iids,
			    "const %s %s_%.*s = {0x%08lx,0x%04x,0x%04x,{0x%02x,0x%02x,0x%02x,0x%02x,0x%02x,0x%02x,0x%02x,0x%02x}};\n",
			    strcmp(prefix, "CLSID") ? "IID" : "CLSID", prefix, (int)nl, name, d1, d2, d3, b[0], b[1], b[2],
			    b[3], b[4], b[5], b[6], b[7]);
	free(uuid);
}

/* Where a C vtable line names its interface: every interface that inherits
 * the method has its own `This` type there (MIDL repeats base methods). */
#define THIS_MARK "@THIS@"

/* `text` with every THIS_MARK replaced by the interface name. */
static void add_vtable_lines(struct strbuf *sb, const char *text, const char *name, int nl)
{
	for (const char *p = text, *q; *p; p = q + strlen(THIS_MARK)) {
		q = strstr(p, THIS_MARK);
		if (!q) {
			strbuf_addstr(sb, p);
			return;
		}
		strbuf_add(sb, p, (size_t)(q - p));
		strbuf_add(sb, name, (size_t)nl);
	}
}

/* Methods of an interface body as `RET (STDMETHODCALLTYPE *Name)(This, params)`
 * lines for a C vtable and `virtual RET STDMETHODCALLTYPE Name(params) = 0`
 * for C++; types declared in the body go to m->out before the interface. */
static void interface_body(struct midl *m, size_t open, size_t close, bool object, struct strbuf *cpp,
			   struct strbuf *cvt)
{
	const struct ctoks *t = m->t;
	for (size_t i = open + 1; i < close;) {
		const struct ctok *k = &t->v[i];
		if (k->kind == CT_PP) {
			emit_pp(&m->out, k);
			i++;
			continue;
		}
		if (ctok_is(k, "cpp_quote") && ctok_is(&t->v[i + 1], "(")) {
			emit_quote(&m->out, &t->v[i + 2]);
			i = ctok_skip_group(t, i + 1);
			if (ctok_is(&t->v[i], ";"))
				i++;
			continue;
		}
		if (ctok_is(k, "midl_pragma")) {
			i = ctok_skip_group(t, i + 1);
			if (ctok_is(&t->v[i], ";"))
				i++;
			continue;
		}
		if (ctok_is(k, ";")) {
			i++;
			continue;
		}
		size_t start = i;
		while (ctok_is(&t->v[start], "["))
			start = ctok_skip_group(t, start);
		/* [propget]/[propput]/[propputref] methods are named get_X/put_X/putref_X */
		struct attrs ma = { t->v[i].s, start > i ? (size_t)(t->v[start].s - t->v[i].s) : 0 };
		const char *accessor = attr_has(&ma, "propget") ? "get_" : attr_has(&ma, "propputref") ? "putref_"
				       : attr_has(&ma, "propput") ? "put_" : "";
		size_t end = decl_end(t, start);
		if (end > close)
			end = close;
		const struct ctok *first = &t->v[start];
		if (ctok_is(first, "const")) {
			/* const T NAME = value;  ->  #define NAME (value) */
			size_t eq = start;
			while (eq < end && !ctok_is(&t->v[eq], "="))
				eq++;
			if (eq < end && eq > start + 1) {
				strbuf_addf(&m->out, "#define %.*s (", (int)t->v[eq - 1].n, t->v[eq - 1].s);
				emit_c(m, &m->out, eq + 1, end);
				strbuf_addstr(&m->out, ")\n");
			}
		} else if (ctok_is(first, "typedef") || ctok_is(first, "struct") || ctok_is(first, "union") || ctok_is(first, "enum")) {
			emit_c(m, &m->out, start, end + 1);
		} else {
			/* a method / procedure: RET NAME ( params ) */
			size_t lp = start;
			while (lp < end && !ctok_is(&t->v[lp], "("))
				lp++;
			if (lp < end && lp > start && t->v[lp - 1].kind == CT_IDENT) {
				size_t rp = ctok_skip_group(t, lp) - 1;
				const struct ctok *name = &t->v[lp - 1];
				struct strbuf ret, params;
				strbuf_init(&ret, 32);
				strbuf_init(&params, 64);
				emit_c(m, &ret, start, lp - 1);
				if (!ret.len)
					strbuf_addstr(&ret, "error_status_t");
				emit_c(m, &params, lp + 1, rp);
				bool void_params = !params.len || !strcmp(params.buf, "void");
				if (object) {
					strbuf_addf(cpp, "    virtual %s STDMETHODCALLTYPE %s%.*s(%s) = 0;\n", ret.buf,
						    accessor, (int)name->n, name->s, void_params ? "" : params.buf);
					strbuf_addf(cvt, "    %s (STDMETHODCALLTYPE *%s%.*s)(" THIS_MARK " *This%s%s);\n",
						    ret.buf, accessor, (int)name->n, name->s, void_params ? "" : ", ",
						    void_params ? "" : params.buf);
				} else {
					strbuf_addf(&m->out, "%s %.*s(%s);\n", ret.buf, (int)name->n, name->s,
						    void_params ? "void" : params.buf);
				}
				strbuf_release(&ret);
				strbuf_release(&params);
			}
		}
		i = end < close ? end + 1 : close;
	}
}

static void forward_decl(struct midl *m, const char *nm, int nl)
{
	strbuf_addf(&m->out, "\n#ifndef __%.*s_FWD_DEFINED__\n#define __%.*s_FWD_DEFINED__\ntypedef interface %.*s %.*s;\n#endif\n",
		    nl, nm, nl, nm, nl, nm, nl, nm);
}

static void do_interface(struct midl *m, size_t *ip, const struct attrs *a)
{
	const struct ctoks *t = m->t;
	size_t i = *ip;
	bool dispinterface = ctok_is(&t->v[i], "dispinterface");
	const struct ctok *name = &t->v[i + 1];
	if (name->kind != CT_IDENT) {
		*ip = ctok_next(t, decl_end(t, i));
		return;
	}
	const char *nm = name->s;
	int nl = (int)name->n;
	i += 2;
	if (ctok_is(&t->v[i], ";")) { /* forward declaration */
		forward_decl(m, nm, nl);
		*ip = i + 1;
		return;
	}
	const struct ctok *base = NULL;
	if (ctok_is(&t->v[i], ":") && t->v[i + 1].kind == CT_IDENT) {
		base = &t->v[i + 1];
		i += 2;
	}
	if (!ctok_is(&t->v[i], "{")) {
		*ip = ctok_next(t, decl_end(t, i));
		return;
	}
	size_t close = ctok_skip_group(t, i) - 1;
	bool object = dispinterface || base || (a && (attr_has(a, "object") || attr_has(a, "local") ||
						      attr_has(a, "dual") || attr_has(a, "oleautomation")));
	if (!object) {
		/* RPC interface: procedures are plain prototypes */
		strbuf_addf(&m->out, "\n/* RPC interface %.*s */\n", nl, nm);
		if (m->implicit_handle)
			strbuf_addf(&m->out, "extern %.*s;\n", (int)m->implicit_handle_n, m->implicit_handle);
		interface_body(m, i, close, false, NULL, NULL);
		char *ver = a ? attr_arg(a, "version") : NULL;
		unsigned major = 0, minor = 0;
		if (ver)
			sscanf(ver, "%u.%u", &major, &minor);
		free(ver);
		strbuf_addf(&m->out, "extern RPC_IF_HANDLE %.*s_v%u_%u_c_ifspec;\nextern RPC_IF_HANDLE %.*s_v%u_%u_s_ifspec;\n",
			    nl, nm, major, minor, nl, nm, major, minor);
		strbuf_addf(&m->out, "#define %.*s_ClientIfHandle %.*s_v%u_%u_c_ifspec\n#define %.*s_ServerIfHandle %.*s_v%u_%u_s_ifspec\n",
			    nl, nm, nl, nm, major, minor, nl, nm, nl, nm, major, minor);
	} else {
		struct strbuf cpp, cvt;
		strbuf_init(&cpp, 256);
		strbuf_init(&cvt, 256);
		forward_decl(m, nm, nl);
		interface_body(m, i, close, true, &cpp, &cvt);
		emit_guid_decl(m, dispinterface ? "DIID" : "IID", nm, (size_t)nl, a);
		char *uuid = a ? attr_arg(a, "uuid") : NULL;
		const char *bn = base ? base->s : dispinterface ? "IDispatch" : "IUnknown";
		int bl = base ? (int)base->n : (int)strlen(bn);
		strbuf_addf(&m->out, "#if defined(__cplusplus) && !defined(CINTERFACE)\n"
				     "struct DECLSPEC_UUID(\"%s\") DECLSPEC_NOVTABLE %.*s : public %.*s {\npublic:\n%s};\n"
				     "#else\ntypedef struct %.*sVtbl {\n    BEGIN_INTERFACE\n",
			    uuid ? uuid : "00000000-0000-0000-0000-000000000000", nl, nm, bl, bn, cpp.buf, nl, nm);
		free(uuid);
		/* C vtable: IUnknown, then every base this IDL defines, then own methods */
		strbuf_addf(&m->out,
			    "    HRESULT (STDMETHODCALLTYPE *QueryInterface)(%.*s *This, REFIID riid, void **ppvObject);\n"
			    "    ULONG (STDMETHODCALLTYPE *AddRef)(%.*s *This);\n"
			    "    ULONG (STDMETHODCALLTYPE *Release)(%.*s *This);\n",
			    nl, nm, nl, nm, nl, nm);
		struct strlist chain = { 0 };
		for (const char *b = base ? xstrndup(base->s, base->n) : NULL; b;) {
			char *owned = (char *)b;
			size_t k;
			for (k = 0; k < m->iface_names.n && strcmp(m->iface_names.v[k], b); k++)
				;
			if (k == m->iface_names.n || chain.n > 32) {
				free(owned);
				break;
			}
			strlist_add(&chain, m->iface_methods.v[k]);
			b = m->iface_bases.v[k][0] ? xstrdup(m->iface_bases.v[k]) : NULL;
			free(owned);
		}
		for (size_t k = chain.n; k-- > 0;)
			add_vtable_lines(&m->out, chain.v[k], nm, nl);
		strlist_free(&chain);
		add_vtable_lines(&m->out, cvt.buf, nm, nl);
		strbuf_addf(&m->out, "    END_INTERFACE\n} %.*sVtbl;\ninterface %.*s { CONST_VTBL struct %.*sVtbl *lpVtbl; };\n#endif\n",
			    nl, nm, nl, nm, nl, nm);
		strlist_add_take(&m->iface_names, xstrndup(nm, (size_t)nl));
		strlist_add_take(&m->iface_bases, base ? xstrndup(base->s, base->n) : xstrdup(""));
		strlist_add_take(&m->iface_methods, strbuf_detach(&cvt, NULL));
		strbuf_release(&cpp);
	}
	i = close + 1;
	if (ctok_is(&t->v[i], ";"))
		i++;
	*ip = i;
}

static void items(struct midl *m, size_t *ip, bool in_block);

static void do_library_or_coclass(struct midl *m, size_t *ip, const struct attrs *a)
{
	const struct ctoks *t = m->t;
	size_t i = *ip;
	bool coclass = ctok_is(&t->v[i], "coclass");
	bool module = ctok_is(&t->v[i], "module");
	const struct ctok *name = &t->v[ctok_next(t, i)];
	if (name->kind != CT_IDENT) {
		*ip = ctok_next(t, i);
		return;
	}
	if (!module) {
		emit_guid_decl(m, coclass ? "CLSID" : "LIBID", name->s, name->n, a);
		if (coclass) {
			char *uuid = a ? attr_arg(a, "uuid") : NULL;
			if (uuid)
				strbuf_addf(&m->out, "#ifdef __cplusplus\nclass DECLSPEC_UUID(\"%s\") %.*s;\n#endif\n", uuid,
					    (int)name->n, name->s);
			free(uuid);
		}
	}
	i += 2;
	if (ctok_is(&t->v[i], "{")) {
		if (coclass || module) {
			i = ctok_skip_group(t, i);
		} else {
			i++;
			items(m, &i, true);
			if (ctok_is(&t->v[i], "}"))
				i++;
		}
	}
	if (ctok_is(&t->v[i], ";"))
		i++;
	*ip = i;
}

/* Top-level (or library-level) items up to EOF or the closing `}`. */
static void items(struct midl *m, size_t *ip, bool in_block)
{
	const struct ctoks *t = m->t;
	size_t i = *ip;
	struct attrs a = { 0 };
	bool have_attrs = false;
	while (t->v[i].kind != CT_EOF) {
		const struct ctok *k = &t->v[i];
		if (ctok_is(k, "}")) {
			if (in_block)
				break;
			i++;
			continue;
		}
		if (k->kind == CT_PP) {
			emit_pp(&m->out, k);
			i++;
			continue;
		}
		if (ctok_is(k, "[")) {
			size_t e = ctok_skip_group(t, i);
			a.s = k->s + 1;
			a.n = e > i + 1 ? (size_t)(t->v[e - 1].s - a.s) : 0;
			have_attrs = true;
			i = e;
			continue;
		}
		if (ctok_is(k, "import")) {
			for (i++; t->v[i].kind == CT_STRING || ctok_is(&t->v[i], ","); i++) {
				const struct ctok *s = &t->v[i];
				if (s->kind != CT_STRING || s->n < 3)
					continue;
				size_t n = s->n - 2;
				const char *f = s->s + 1;
				if (n > 4 && !strncasecmp(f + n - 4, ".idl", 4))
					n -= 4;
				strbuf_addf(&m->out, "#include \"%.*s.h\"\n", (int)n, f);
			}
			if (ctok_is(&t->v[i], ";"))
				i++;
		} else if (ctok_is(k, "cpp_quote") && ctok_is(&t->v[i + 1], "(")) {
			emit_quote(&m->out, &t->v[i + 2]);
			i = ctok_skip_group(t, i + 1);
			if (ctok_is(&t->v[i], ";"))
				i++;
		} else if (ctok_is(k, "importlib") || ctok_is(k, "midl_pragma")) {
			i = ctok_skip_group(t, i + 1);
			if (ctok_is(&t->v[i], ";"))
				i++;
		} else if (ctok_is(k, "interface") || ctok_is(k, "dispinterface")) {
			do_interface(m, &i, have_attrs ? &a : NULL);
		} else if (ctok_is(k, "library") || ctok_is(k, "coclass") || ctok_is(k, "module")) {
			do_library_or_coclass(m, &i, have_attrs ? &a : NULL);
		} else if (ctok_is(k, ";")) {
			i++;
		} else {
			size_t end = decl_end(t, i);
			if (ctok_is(k, "const")) {
				size_t eq = i;
				while (eq < end && !ctok_is(&t->v[eq], "="))
					eq++;
				if (eq < end && eq > i + 1) {
					strbuf_addf(&m->out, "#define %.*s (", (int)t->v[eq - 1].n, t->v[eq - 1].s);
					emit_c(m, &m->out, eq + 1, end);
					strbuf_addstr(&m->out, ")\n");
				}
			} else {
				emit_c(m, &m->out, i, end + (t->v[end].kind != CT_EOF && !ctok_is(&t->v[end], "}")));
			}
			i = end;
			if (ctok_is(&t->v[i], ";"))
				i++;
		}
		have_attrs = false;
	}
	*ip = i;
}

/* `implicit_handle(handle_t name)` from an .acf file next to the IDL. */
static char *acf_implicit_handle(const char *idl)
{
	char *dir = path_dirname(idl);
	const char *base = path_basename(idl);
	size_t stem = strlen(base) - 4;
	char *want = xasprintf("%.*s.acf", (int)stem, base);
	char *acf = path_resolve_nocase(dir, want);
	free(want);
	free(dir);
	if (!acf)
		return NULL;
	struct text_error err;
	struct text_file *tf = text_load(acf, &err);
	free(acf);
	if (!tf)
		return NULL;
	char *res = NULL;
	struct attrs a = { tf->utf8, tf->len };
	char *arg = attr_arg(&a, "implicit_handle");
	if (arg) {
		/* blanks were removed: split "handle_tname" back after the type */
		static const char *const types[] = { "handle_t", "RPC_BINDING_HANDLE" };
		for (size_t i = 0; i < sizeof(types) / sizeof(types[0]) && !res; i++)
			if (str_starts_with(arg, types[i]) && arg[strlen(types[i])])
				res = xasprintf("%s %s", types[i], arg + strlen(types[i]));
		free(arg);
	}
	text_free(tf);
	return res;
}

char *env_midl_stub(const char *idl, bool iid_file)
{
	struct text_error err;
	struct text_file *tf = text_load(idl, &err);
	if (!tf)
		return NULL;
	struct ctoks t = { 0 };
	ctok_lex(tf->utf8, true, &t);
	struct midl m = { .t = &t };
	strbuf_init(&m.out, 4096);
	strbuf_init(&m.iids, 256);
	char *ih = acf_implicit_handle(idl);
	m.implicit_handle = ih;
	m.implicit_handle_n = ih ? strlen(ih) : 0;
	size_t i = 0;
	items(&m, &i, false);

	struct strbuf sb;
	strbuf_init(&sb, m.out.len + 512);
	strbuf_addf(&sb, "/* driso: stand-in for what MIDL generates from %s (declarations only) */\n",
		    path_basename(idl));
	if (iid_file) {
		strbuf_addstr(&sb, "#include <rpc.h>\n#include <rpcndr.h>\n#include <guiddef.h>\n#ifdef __cplusplus\nextern \"C\" {\n#endif\n");
		strbuf_add(&sb, m.iids.buf, m.iids.len);
		strbuf_addstr(&sb, "#ifdef __cplusplus\n}\n#endif\n");
	} else {
		strbuf_addstr(&sb, "#pragma once\n#include <rpc.h>\n#include <rpcndr.h>\n"
				   "#ifndef COM_NO_WINDOWS_H\n#include <windows.h>\n#include <ole2.h>\n#endif\n"
				   "#ifndef __int3264\n#define __int3264 __int64\n#endif\n");
		strbuf_add(&sb, m.out.buf, m.out.len);
	}
	strbuf_release(&m.out);
	strbuf_release(&m.iids);
	strlist_free(&m.iface_names);
	strlist_free(&m.iface_bases);
	strlist_free(&m.iface_methods);
	free(ih);
	ctoks_free(&t);
	text_free(tf);
	return strbuf_detach(&sb, NULL);
}
