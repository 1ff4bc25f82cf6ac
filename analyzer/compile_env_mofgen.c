/*
 * compile_env_mofgen: a stand-in for the header wmimofck.exe -h writes from
 * a driver's WMI schema (.mof compiled to .bmf by mofcomp), which WMI
 * providers include for their data blocks: per class `<Class>Guid` (an
 * initializer), `<Class>_GUID` (DEFINE_GUID), a struct of the class's data
 * items (WmiDataId order) named by its HeaderName qualifier or the class
 * name, with `<Struct>_<Item>_SIZE` / `_ID` and `<Struct>_SIZE`; method ids
 * (`#define <Method> <WmiMethodId>`) and `<Method>_IN` / `<Method>_OUT`
 * parameter structs. The first variable-sized item (string, unsized or
 * WmiSizeIs array) ends a struct with `CHAR VariableData[1]`, as wmimofck
 * does. Types map as in the WMI documentation (uint32 -> ULONG, ...).
 * Anything not understood is skipped; nothing is executable.
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

static bool is_open_paren(const struct ctoks *t, size_t k)
{
	return ctok_punct(&t->v[k + 1], '(');
}

static bool is_open_brace(const struct ctoks *t, size_t k)
{
	return ctok_punct(&t->v[k + 1], '{');
}

/* Qualifiers of one `[...]` list that matter here. */
struct quals {
	char guid[40];
	char header_name[128];
	long data_id, method_id;
	long max_len;     /* MaxLen(n) of a string, 0 when absent */
	bool in, out, size_is;
};

/* Read `[a, b(1), c("x") : amended, d{...}]` at i (the `[`); return past it. */
static size_t read_quals(const struct ctoks *t, size_t i, struct quals *q)
{
	memset(q, 0, sizeof(*q));
	q->data_id = q->method_id = -1;
	size_t end = ctok_skip_group(t, i);
	for (size_t k = i + 1; k + 1 < end; k++) {
		const struct ctok *n = &t->v[k];
		if (n->kind != CT_IDENT)
			continue;
		const struct ctok *arg = is_open_paren(t, k) ? &t->v[k + 2] : NULL;
		if (ctok_is_ci(n, "in"))
			q->in = true;
		else if (ctok_is_ci(n, "out"))
			q->out = true;
		else if (ctok_is_ci(n, "WmiSizeIs"))
			q->size_is = true;
		else if (arg && ctok_is_ci(n, "guid") && arg->kind == CT_STRING) {
			size_t o = 0;
			for (size_t c = 0; c < arg->n && o + 1 < sizeof(q->guid); c++)
				if (isxdigit((unsigned char)arg->s[c]) || arg->s[c] == '-')
					q->guid[o++] = arg->s[c];
			q->guid[o] = '\0';
		} else if (arg && ctok_is_ci(n, "HeaderName") && arg->kind == CT_STRING) {
			size_t hn;
			const char *h = ctok_unquote(arg, &hn);
			if (hn < sizeof(q->header_name)) {
				memcpy(q->header_name, h, hn);
				q->header_name[hn] = '\0';
			}
		} else if (arg && ctok_is_ci(n, "WmiDataId") && arg->kind == CT_NUMBER) {
			q->data_id = strtol(arg->s, NULL, 0);
		} else if (arg && ctok_is_ci(n, "WmiMethodId") && arg->kind == CT_NUMBER) {
			q->method_id = strtol(arg->s, NULL, 0);
		} else if (arg && ctok_is_ci(n, "MaxLen") && arg->kind == CT_NUMBER) {
			long v = strtol(arg->s, NULL, 0);
			q->max_len = v > 0 && v < 65536 ? v : 0;
		}
		if (k + 1 < end && (is_open_paren(t, k) || is_open_brace(t, k)))
			k = ctok_skip_group(t, k + 1) - 1;
	}
	return end;
}

/* A class as far as the header needs it. */
struct mclass {
	char *name;       /* MOF class name */
	char *sname;      /* struct name: HeaderName or the class name */
	char guid[40];
};

struct mofgen {
	const struct ctoks *t;
	struct mclass *classes;
	size_t n_classes, alloc_classes;
	struct strbuf out;
};

/* MOF scalar type -> C type and byte size (0: variable, e.g. string). */
static const char *c_type(const struct ctok *ty, const struct mofgen *g, size_t *fixed)
{
	static const struct {
		const char *mof, *c;
		size_t size;
	} map[] = {
		{ "boolean", "BOOLEAN", 1 }, { "uint8", "UCHAR", 1 },      { "sint8", "CHAR", 1 },
		{ "uint16", "USHORT", 2 },   { "sint16", "SHORT", 2 },     { "uint32", "ULONG", 4 },
		{ "sint32", "LONG", 4 },     { "uint64", "ULONGLONG", 8 }, { "sint64", "LONGLONG", 8 },
		{ "real32", "FLOAT", 4 },    { "real64", "DOUBLE", 8 },    { "char16", "WCHAR", 2 },
	};
	*fixed = 1;
	for (size_t i = 0; i < sizeof(map) / sizeof(map[0]); i++)
		if (ctok_is_ci(ty, map[i].mof))
			return map[i].c;
	if (ctok_is_ci(ty, "datetime"))
		return "WCHAR"; /* 25 characters, added as an array bound by the caller */
	for (size_t i = 0; i < g->n_classes; i++)
		if (strlen(g->classes[i].name) == ty->n && !strncasecmp(g->classes[i].name, ty->s, ty->n))
			return g->classes[i].sname;
	*fixed = 0; /* string, object, unknown class: variable sized */
	return NULL;
}

struct item {
	long id;
	const struct ctok *type, *name;
	const char *array;   /* bound text, "" for [], NULL for a scalar */
	size_t array_n;
	long max_len;
	bool size_is;
};

static int item_cmp(const void *a, const void *b)
{
	const struct item *x = a, *y = b;
	return (x->id > y->id) - (x->id < y->id);
}

/* One struct of data items (sorted by id) in wmimofck's layout. */
static void emit_struct(struct mofgen *g, const char *sname, struct item *items, size_t n)
{
	if (!n)
		return;
	qsort(items, n, sizeof(*items), item_cmp);
	struct strbuf *o = &g->out;
	strbuf_addf(o, "typedef struct _%s\n{\n", sname);
	const struct item *last = NULL;
	bool variable = false;
	for (size_t i = 0; i < n; i++) {
		const struct item *it = &items[i];
		size_t fixed;
		const char *ct = c_type(it->type, g, &fixed);
		bool unsized = it->array && (it->array_n == 0 || it->size_is);
		bool dt = ctok_is_ci(it->type, "datetime");
		if (!variable && !it->array && it->max_len && ctok_is_ci(it->type, "string")) {
			/* a bounded string is inline: WCHAR Name[MaxLen + 1] */
			strbuf_addf(o, "    WCHAR %.*s[%ld + 1];\n    #define %s_%.*s_SIZE sizeof(WCHAR[%ld + 1])\n",
				    (int)it->name->n, it->name->s, it->max_len, sname, (int)it->name->n, it->name->s,
				    it->max_len);
			strbuf_addf(o, "    #define %s_%.*s_ID %ld\n\n", sname, (int)it->name->n, it->name->s, it->id);
			last = it;
			continue;
		}
		if (!variable && unsized && it->max_len && ctok_is_ci(it->type, "string")) {
			/* a counted array of bounded strings: the field code takes the offset of */
			strbuf_addf(o, "    WCHAR %.*s[1][%ld + 1];\n", (int)it->name->n, it->name->s, it->max_len);
			variable = true;
			last = NULL;
		} else if (!variable && fixed && unsized) {
			/* a counted array of fixed-size elements ends the struct as Name[1] */
			strbuf_addf(o, "    %s %.*s[1];\n", ct, (int)it->name->n, it->name->s);
			variable = true;
			last = NULL;
		} else if (!variable && (!fixed || unsized)) {
			strbuf_addstr(o, "    CHAR VariableData[1];\n");
			variable = true;
			last = it;
		}
		if (!variable) {
			if (it->array || dt)
				strbuf_addf(o, "    %s %.*s[%.*s];\n    #define %s_%.*s_SIZE sizeof(%s[%.*s])\n", ct,
					    (int)it->name->n, it->name->s, it->array ? (int)it->array_n : 2,
					    it->array ? it->array : "25", sname, (int)it->name->n, it->name->s, ct,
					    it->array ? (int)it->array_n : 2, it->array ? it->array : "25");
			else
				strbuf_addf(o, "    %s %.*s;\n    #define %s_%.*s_SIZE sizeof(%s)\n", ct, (int)it->name->n,
					    it->name->s, sname, (int)it->name->n, it->name->s, ct);
			last = it;
		}
		strbuf_addf(o, "    #define %s_%.*s_ID %ld\n\n", sname, (int)it->name->n, it->name->s, it->id);
	}
	strbuf_addf(o, "} %s, *P%s;\n\n", sname, sname);
	if (last && !variable)
		strbuf_addf(o, "#define %s_SIZE (FIELD_OFFSET(%s, %.*s) + %s_%.*s_SIZE)\n\n", sname, sname,
			    (int)last->name->n, last->name->s, sname, (int)last->name->n, last->name->s);
	else if (variable && last)
		strbuf_addf(o, "#define %s_SIZE (FIELD_OFFSET(%s, VariableData))\n\n", sname, sname);
}

/* `type name[bound]` at *ip up to `;` or `,` or `)`; false when not one. */
static bool read_item(const struct ctoks *t, size_t *ip, struct item *it)
{
	size_t i = *ip;
	if (t->v[i].kind != CT_IDENT)
		return false;
	it->type = &t->v[i++];
	if (ctok_is_ci(it->type, "object") && ctok_is_ci(&t->v[i], ":") && t->v[i + 1].kind == CT_IDENT) /* object:Class */
		i += 2;
	if (t->v[i].kind != CT_IDENT)
		return false;
	it->name = &t->v[i++];
	it->array = NULL;
	it->array_n = 0;
	if (ctok_punct(&t->v[i], '[')) {
		size_t close = ctok_skip_group(t, i);
		it->array = t->v[i + 1].s;
		it->array_n = close > i + 2 ? (size_t)(t->v[close - 1].s - t->v[i + 1].s) : 0;
		i = close;
	}
	*ip = i;
	return true;
}

static void guid_defs(struct mofgen *g, const char *name, const char *guid)
{
	unsigned long d1;
	unsigned d2, d3, b[8];
	if (sscanf(guid, "%8lx-%4x-%4x-%2x%2x-%2x%2x%2x%2x%2x%2x", &d1, &d2, &d3, &b[0], &b[1], &b[2], &b[3], &b[4],
		   &b[5], &b[6], &b[7]) != 11)
		return;
	strbuf_addf(&g->out,
		    "#define %sGuid \\\n    { 0x%08lx,0x%04x,0x%04x, { 0x%02x,0x%02x,0x%02x,0x%02x,0x%02x,0x%02x,0x%02x,0x%02x } }\n\n"
		    "#if ! (defined(MIDL_PASS))\nDEFINE_GUID(%s_GUID, \\\n"
		    "            0x%08lx,0x%04x,0x%04x,0x%02x,0x%02x,0x%02x,0x%02x,0x%02x,0x%02x,0x%02x,0x%02x);\n#endif\n\n",
		    name, d1, d2, d3, b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7], name, d1, d2, d3, b[0], b[1], b[2],
		    b[3], b[4], b[5], b[6], b[7]);
}

/* Parameters of one method -> <Method>_IN / <Method>_OUT structs. */
static void method_params(struct mofgen *g, const struct ctok *mname, size_t open, size_t close)
{
	const struct ctoks *t = g->t;
	struct item in[64], out[64];
	size_t n_in = 0, n_out = 0;
	long seq = 0;
	for (size_t i = open + 1; i < close;) {
		struct quals q;
		memset(&q, 0, sizeof(q));
		if (ctok_punct(&t->v[i], '['))
			i = read_quals(t, i, &q);
		struct item it = { 0 };
		if (!read_item(t, &i, &it)) {
			i++;
			continue;
		}
		it.id = q.data_id >= 0 ? q.data_id : ++seq;
		it.size_is = q.size_is;
		it.max_len = q.max_len;
		if (q.in && n_in < 64)
			in[n_in++] = it;
		if (q.out && n_out < 64)
			out[n_out++] = it;
		while (i < close && !(ctok_punct(&t->v[i], ',')))
			i++;
		i++;
	}
	char *sin = xasprintf("%.*s_IN", (int)mname->n, mname->s), *sout = xasprintf("%.*s_OUT", (int)mname->n, mname->s);
	emit_struct(g, sin, in, n_in);
	emit_struct(g, sout, out, n_out);
	free(sin);
	free(sout);
}

static void do_class(struct mofgen *g, size_t *ip, const struct quals *cq)
{
	const struct ctoks *t = g->t;
	size_t i = *ip + 1;
	const struct ctok *name = &t->v[i];
	if (name->kind != CT_IDENT) {
		*ip = i;
		return;
	}
	i++;
	if (ctok_is_ci(&t->v[i], ":") && t->v[i + 1].kind == CT_IDENT)
		i += 2;
	if (!(ctok_punct(&t->v[i], '{'))) {
		*ip = i;
		return;
	}
	size_t close = ctok_skip_group(t, i) - 1;
	ALLOC_GROW(g->classes, g->n_classes + 1, g->alloc_classes);
	struct mclass *c = &g->classes[g->n_classes++];
	c->name = xstrndup(name->s, name->n);
	c->sname = xstrdup(cq->header_name[0] ? cq->header_name : c->name);
	memcpy(c->guid, cq->guid, sizeof(c->guid));
	strbuf_addf(&g->out, "// %s - %s\n", c->name, c->sname);
	guid_defs(g, c->name, c->guid);

	struct item items[256];
	size_t n_items = 0;
	bool methods = false;
	for (i++; i < close;) {
		struct quals q;
		memset(&q, 0, sizeof(q));
		q.data_id = q.method_id = -1;
		if (ctok_punct(&t->v[i], '['))
			i = read_quals(t, i, &q);
		size_t semi = i;
		while (semi < close && !(ctok_punct(&t->v[semi], ';'))) {
			if (t->v[semi].kind == CT_PUNCT && (t->v[semi].s[0] == '(' || t->v[semi].s[0] == '{'))
				semi = ctok_skip_group(t, semi);
			else
				semi++;
		}
		size_t lp = i;
		while (lp < semi && !(ctok_punct(&t->v[lp], '(')))
			lp++;
		if (lp < semi && lp > i && t->v[lp - 1].kind == CT_IDENT && q.method_id >= 0) {
			if (!methods)
				strbuf_addf(&g->out, "//\n// Method id definitions for %s\n", c->name);
			methods = true;
			const struct ctok *mname = &t->v[lp - 1];
			strbuf_addf(&g->out, "#define %.*s     %ld\n", (int)mname->n, mname->s, q.method_id);
			method_params(g, mname, lp, ctok_skip_group(t, lp) - 1);
		} else if (lp == semi && q.data_id >= 0 && n_items < 256) {
			struct item it = { 0 };
			size_t k = i;
			if (read_item(t, &k, &it)) {
				it.id = q.data_id;
				it.size_is = q.size_is;
				it.max_len = q.max_len;
				items[n_items++] = it;
			}
		}
		i = semi + 1;
	}
	if (methods)
		strbuf_addch(&g->out, '\n');
	emit_struct(g, c->sname, items, n_items);
	*ip = close + 1;
}

char *env_mof_stub(const char *mof)
{
	struct text_error err;
	struct text_file *tf = text_load(mof, &err);
	if (!tf)
		return NULL;
	struct ctoks t = { 0 };
	ctok_lex(tf->utf8, false, &t);
	struct mofgen g = { .t = &t };
	strbuf_init(&g.out, 4096);
	strbuf_addf(&g.out, "/* driso: stand-in for the header wmimofck.exe -h writes from %s (declarations only) */\n"
			    "#pragma once\n\n", path_basename(mof));
	struct quals q;
	memset(&q, 0, sizeof(q));
	for (size_t i = 0; t.v[i].kind != CT_EOF;) {
		if (ctok_punct(&t.v[i], '[')) {
			i = read_quals(&t, i, &q);
		} else if (ctok_is_ci(&t.v[i], "class")) {
			do_class(&g, &i, &q);
			memset(&q, 0, sizeof(q));
		} else if (ctok_punct(&t.v[i], '{')) {
			i = ctok_skip_group(&t, i); /* instance of X { ... } */
		} else {
			i++;
		}
	}
	for (size_t i = 0; i < g.n_classes; i++) {
		free(g.classes[i].name);
		free(g.classes[i].sname);
	}
	free(g.classes);
	ctoks_free(&t);
	text_free(tf);
	return strbuf_detach(&g.out, NULL);
}
