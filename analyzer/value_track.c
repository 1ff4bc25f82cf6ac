#include "analyzer/value_track.h"
#include "analyzer/value_track_tables.h"
#include "core/strbuf.h"
#include "core/util.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* Deep enough for macro → global → helper → caller → copy chains, shallow
 * enough that a recursive helper cannot blow the stack. */
#define MAX_DEPTH 24
#define MAX_CALLERS 16
#define MAX_STEPS 16

struct callsite {
	const char *callee;
	size_t tu;
	size_t call;
};

struct fnent {
	const char *name;
	size_t tu;
	int func;
};

struct slot;
struct callinfo;
struct vt_ctx;
static void classify_calls(struct vt_ctx *c);

struct vt_ctx {
	struct tu_facts *const *tus;
	size_t n;
	struct callsite *sites;
	size_t n_sites;
	struct fnent *fns;
	size_t n_fns;
	long budget;   /* evaluation steps left for the current top-level query */
	/* caller choice: parameters of (choice_tu, choice_func) resolve to its
	 * choice_index-th call site only (rules try each caller of a sink's function) */
	size_t choice_tu;
	int choice_func;
	int choice_index;
	/* per TU: the calls that can define something (builders, key opens,
	 * InitializeObjectAttributes, helpers with bodies), classified once */
	struct callinfo **info;
	size_t **relevant;
	size_t *n_relevant;
	/* slots being evaluated: re-entering one is a cycle, not information */
	struct slot *active;
	size_t n_active, alloc_active;
};

/* Where an expression is evaluated; `bound` is the call that entered `func`
 * (in frame `up`) when the evaluation descended through it. */
struct frame {
	size_t tu;
	int func;
	int order;
	const struct frame *up;
	const struct fcall *bound;
	int depth;
};

/* ------------------------------------------------------------------ values */

static struct vt_value *val_new(enum vt_kind k)
{
	struct vt_value *v = xcalloc(1, sizeof(*v));
	v->kind = k;
	return v;
}

static struct vt_value *val_unknown(void)
{
	return val_new(VT_UNKNOWN);
}

static struct vt_value *val_str(const char *s)
{
	struct vt_value *v = val_new(VT_STRING);
	v->text = xstrdup(s);
	return v;
}

void vt_value_free(struct vt_value *v)
{
	if (!v)
		return;
	free(v->text);
	vt_value_free(v->name);
	vt_value_free(v->root);
	for (size_t i = 0; i < v->n_steps; i++)
		free(v->steps[i].msg);
	free(v->steps);
	free(v);
}

struct vt_value *vt_value_copy(const struct vt_value *v)
{
	if (!v)
		return NULL;
	struct vt_value *c = xcalloc(1, sizeof(*c));
	*c = *v;
	c->text = v->text ? xstrdup(v->text) : NULL;
	c->name = vt_value_copy(v->name);
	c->root = vt_value_copy(v->root);
	c->steps = NULL;
	c->n_steps = c->alloc_steps = 0;
	for (size_t i = 0; i < v->n_steps; i++) {
		ALLOC_GROW(c->steps, c->n_steps + 1, c->alloc_steps);
		c->steps[c->n_steps] = v->steps[i];
		c->steps[c->n_steps++].msg = xstrdup(v->steps[i].msg);
	}
	return c;
}

static void add_step_v(struct vt_value *v, const struct fact_loc *loc, const char *fmt, va_list ap)
{
	struct strbuf sb = STRBUF_INIT;
	strbuf_vaddf(&sb, fmt, ap);
	/* Keep the origin and the latest hops: the middle of a long chain says least. */
	if (v->n_steps >= MAX_STEPS) {
		free(v->steps[2].msg);
		memmove(&v->steps[2], &v->steps[3], (v->n_steps - 3) * sizeof(v->steps[0]));
		v->n_steps--;
	}
	ALLOC_GROW(v->steps, v->n_steps + 1, v->alloc_steps);
	struct vt_step *s = &v->steps[v->n_steps++];
	s->file = loc ? loc->file : NULL;
	s->line = loc ? loc->line : 0;
	s->col = loc ? loc->col : 0;
	s->msg = strbuf_detach(&sb, NULL);
}

void vt_add_step(struct vt_value *v, const struct fact_loc *loc, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	add_step_v(v, loc, fmt, ap);
	va_end(ap);
}

/* Steps of `from` go before the steps already in `to` (from is an input of to). */
static void prepend_steps(struct vt_value *to, const struct vt_value *from)
{
	if (!from || !from->n_steps)
		return;
	struct vt_value tmp = { 0 };
	for (size_t i = 0; i < from->n_steps; i++)
		vt_add_step(&tmp, &(struct fact_loc){ from->steps[i].file, from->steps[i].line, from->steps[i].col },
			    "%s", from->steps[i].msg);
	for (size_t i = 0; i < to->n_steps; i++) {
		vt_add_step(&tmp, &(struct fact_loc){ to->steps[i].file, to->steps[i].line, to->steps[i].col },
			    "%s", to->steps[i].msg);
		free(to->steps[i].msg);
	}
	free(to->steps);
	to->steps = tmp.steps;
	to->n_steps = tmp.n_steps;
	to->alloc_steps = tmp.alloc_steps;
}

bool vt_fully_known(const char *text)
{
	return text && !strchr(text, VT_WILD);
}

char *vt_known_prefix(const char *text)
{
	if (!text)
		return xstrdup("");
	const char *w = strchr(text, VT_WILD);
	return w ? xstrndup(text, (size_t)(w - text)) : xstrdup(text);
}

char *vt_display(const char *text)
{
	struct strbuf sb = STRBUF_INIT;
	for (const char *p = text ? text : ""; *p; p++) {
		if (*p == VT_WILD)
			strbuf_addch(&sb, '*');
		else if (*p == VT_SERVICE)
			strbuf_addstr(&sb, "<service>");
		else if (*p == VT_ISOLATED)
			strbuf_addstr(&sb, "<isolated-dir>");
		else
			strbuf_addch(&sb, *p);
	}
	return strbuf_detach(&sb, NULL);
}

/* Display form for evidence messages: quoted and shortened. */
static char *quoted(const char *text)
{
	char *d = vt_display(text);
	if (strlen(d) > 120) {
		d[117] = '.';
		d[118] = '.';
		d[119] = '.';
		d[120] = '\0';
	}
	char *q = xasprintf("\"%s\"", d);
	free(d);
	return q;
}

static void append_text(struct strbuf *sb, const char *s)
{
	for (; *s; s++) {
		if (*s == VT_WILD && sb->len && sb->buf[sb->len - 1] == VT_WILD)
			continue;
		strbuf_addch(sb, *s);
	}
}

/* a then b as one string value; unknown parts become VT_WILD. */
static struct vt_value *concat(struct vt_value *a, struct vt_value *b)
{
	struct strbuf sb = STRBUF_INIT;
	append_text(&sb, a && a->kind == VT_STRING ? a->text : VT_WILD_S);
	append_text(&sb, b && b->kind == VT_STRING ? b->text : VT_WILD_S);
	struct vt_value *v = val_new(VT_STRING);
	v->text = strbuf_detach(&sb, NULL);
	if (a)
		prepend_steps(v, a);
	if (b && b->kind == VT_STRING) {
		struct vt_value *tmp = val_new(VT_UNKNOWN);
		prepend_steps(tmp, b);
		for (size_t i = 0; i < tmp->n_steps; i++)
			vt_add_step(v, &(struct fact_loc){ tmp->steps[i].file, tmp->steps[i].line, tmp->steps[i].col },
				    "%s", tmp->steps[i].msg);
		vt_value_free(tmp);
	}
	vt_value_free(a);
	vt_value_free(b);
	return v;
}

static int key_rank(const struct vt_value *v)
{
	if (!v || v->kind != VT_KEY)
		return 0;
	switch (v->origin) {
	case KEY_ABSOLUTE: return 5;
	case KEY_PARAMS: return 4;
	case KEY_ISOLATED: return 3;
	case KEY_PREDEFINED: return 2;
	default: return 1;
	}
}

/* Two alternatives (branches, callers) as one value: equal strings stay,
 * different strings keep their common prefix, a known value beats an
 * unknown one, and the more telling key origin wins. Consumes both. */
static struct vt_value *merge(struct vt_value *a, struct vt_value *b)
{
	if (!a)
		return b;
	if (!b)
		return a;
	if (a->kind == VT_UNKNOWN) {
		vt_value_free(a);
		return b;
	}
	if (b->kind == VT_UNKNOWN) {
		vt_value_free(b);
		return a;
	}
	if (a->kind == VT_STRING && b->kind == VT_STRING) {
		if (!strcmp(a->text, b->text)) {
			vt_value_free(b);
			return a;
		}
		size_t i = 0;
		while (a->text[i] && a->text[i] == b->text[i])
			i++;
		char *t = xasprintf("%.*s%c", (int)i, a->text, VT_WILD);
		free(a->text);
		a->text = t;
		vt_value_free(b);
		return a;
	}
	if (a->kind == VT_KEY || b->kind == VT_KEY) {
		if (key_rank(b) > key_rank(a)) {
			vt_value_free(a);
			return b;
		}
	}
	vt_value_free(b);
	return a;
}

/* ----------------------------------------------------------------- helpers */

const struct fexpr *vt_strip(const struct fexpr *e)
{
	while (e && (e->kind == FX_CAST || e->kind == FX_ADDROF || e->kind == FX_DEREF) && e->n_kids >= 1)
		e = e->kids[0];
	return e;
}

static const struct fexpr *arg(const struct fcall *c, int i)
{
	if (!c || !c->expr || i < 0 || (size_t)i >= c->expr->n_kids)
		return NULL;
	return c->expr->kids[i];
}

static bool int_of(const struct fexpr *e, long long *out)
{
	for (const struct fexpr *p = e; p; p = (p->n_kids && (p->kind == FX_CAST)) ? p->kids[0] : NULL) {
		if (p->has_int) {
			*out = p->ival;
			return true;
		}
		if (p->kind != FX_CAST)
			break;
	}
	return false;
}

static const struct {
	const char *name;
	unsigned value;
} hkeys[] = {
	{ "HKEY_CLASSES_ROOT", 0x80000000u }, { "HKEY_CURRENT_USER", 0x80000001u },
	{ "HKEY_LOCAL_MACHINE", 0x80000002u }, { "HKEY_USERS", 0x80000003u },
	{ "HKEY_CURRENT_CONFIG", 0x80000005u }, { "HKCR", 0x80000000u }, { "HKCU", 0x80000001u },
	{ "HKLM", 0x80000002u }, { "HKU", 0x80000003u },
};

unsigned vt_hkey_root(const struct fexpr *e)
{
	for (const struct fexpr *p = e; p; p = p->n_kids ? p->kids[0] : NULL) {
		if (p->macro)
			for (size_t i = 0; i < sizeof(hkeys) / sizeof(hkeys[0]); i++)
				if (!strcmp(p->macro, hkeys[i].name))
					return hkeys[i].value;
		if (p->kind == FX_NAME && p->text)
			for (size_t i = 0; i < sizeof(hkeys) / sizeof(hkeys[0]); i++)
				if (!strcmp(p->text, hkeys[i].name))
					return hkeys[i].value;
		if (p->has_int) {
			unsigned v = (unsigned)(p->ival & 0xFFFFFFFFu);
			return (v >= 0x80000000u && v <= 0x80000006u) ? v : 0;
		}
		if (p->kind != FX_CAST)
			break;
	}
	return 0;
}

const char *vt_hkey_kernel_path(unsigned root)
{
	switch (root) {
	case 0x80000000u: return "\\Registry\\Machine\\Software\\Classes";
	case 0x80000001u: return "\\Registry\\User\\CurrentUser";
	case 0x80000002u: return "\\Registry\\Machine";
	case 0x80000003u: return "\\Registry\\User";
	case 0x80000005u: return "\\Registry\\Machine\\System\\CurrentControlSet\\Hardware Profiles\\Current";
	default: return NULL;
	}
}

bool vt_key_access_writes(long long mask)
{
	unsigned long long m = (unsigned long long)mask;
	/* KEY_SET_VALUE, KEY_CREATE_SUB_KEY, KEY_CREATE_LINK, DELETE, GENERIC_WRITE,
	 * GENERIC_ALL, MAXIMUM_ALLOWED (source-rules.md 1.1 policy: WRITE_DAC is no data write) */
	return (m & (0x2 | 0x4 | 0x20 | 0x10000 | 0x40000000ull | 0x10000000ull | 0x02000000ull)) != 0;
}

/* ------------------------------------------------------------ the package */

static const char *base_name(const char *qualified)
{
	const char *p = strrchr(qualified, ':');
	return p ? p + 1 : qualified;
}

static int cmp_site(const void *a, const void *b)
{
	const struct callsite *x = a, *y = b;
	int r = strcmp(x->callee, y->callee);
	if (r)
		return r;
	if (x->tu != y->tu)
		return x->tu < y->tu ? -1 : 1;
	return x->call < y->call ? -1 : x->call > y->call;
}

static int cmp_fn(const void *a, const void *b)
{
	const struct fnent *x = a, *y = b;
	int r = strcmp(x->name, y->name);
	if (r)
		return r;
	return x->tu < y->tu ? -1 : x->tu > y->tu;
}

struct vt_ctx *vt_new(struct tu_facts *const *tus, size_t n)
{
	struct vt_ctx *c = xcalloc(1, sizeof(*c));
	c->choice_func = -1;
	c->choice_index = -1;
	c->tus = tus;
	c->n = n;
	size_t ns = 0, nf = 0;
	for (size_t t = 0; t < n; t++) {
		ns += tus[t]->n_calls;
		nf += tus[t]->n_funcs;
	}
	c->sites = xcalloc(ns + 1, sizeof(*c->sites));
	c->fns = xcalloc(nf + 1, sizeof(*c->fns));
	/* call sites name methods unqualified ("Fill"), definitions qualified ("Cls::Fill") */
	for (size_t t = 0; t < n; t++) {
		for (size_t i = 0; i < tus[t]->n_calls; i++)
			if (tus[t]->calls[i].callee && *tus[t]->calls[i].callee)
				c->sites[c->n_sites++] = (struct callsite){ tus[t]->calls[i].callee, t, i };
		for (size_t i = 0; i < tus[t]->n_funcs; i++)
			if (tus[t]->funcs[i].has_body && tus[t]->funcs[i].name)
				c->fns[c->n_fns++] = (struct fnent){ base_name(tus[t]->funcs[i].name), t, (int)i };
	}
	if (c->n_sites)
		qsort(c->sites, c->n_sites, sizeof(*c->sites), cmp_site);
	if (c->n_fns)
		qsort(c->fns, c->n_fns, sizeof(*c->fns), cmp_fn);
	classify_calls(c);
	return c;
}

void vt_free(struct vt_ctx *c)
{
	if (!c)
		return;
	for (size_t t = 0; t < c->n; t++) {
		free(c->info[t]);
		free(c->relevant[t]);
	}
	free(c->info);
	free(c->relevant);
	free(c->n_relevant);
	free(c->active);
	free(c->sites);
	free(c->fns);
	free(c);
}

size_t vt_n_tus(const struct vt_ctx *c)
{
	return c->n;
}

struct tu_facts *vt_tu(const struct vt_ctx *c, size_t i)
{
	return c->tus[i];
}

int vt_find_function(const struct vt_ctx *c, const char *name, size_t *tu)
{
	name = base_name(name);
	size_t lo = 0, hi = c->n_fns;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (strcmp(c->fns[mid].name, name) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo < c->n_fns && !strcmp(c->fns[lo].name, name)) {
		if (tu)
			*tu = c->fns[lo].tu;
		return c->fns[lo].func;
	}
	return -1;
}

static size_t first_site(const struct vt_ctx *c, const char *callee)
{
	size_t lo = 0, hi = c->n_sites;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (strcmp(c->sites[mid].callee, callee) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo;
}

/* --------------------------------------------------------- builder tables */

/* The table entry, or for a project's own printf wrapper (SNPRINTF(buf,
 * size, fmt, ...), vsnprintf forms) a synthesized one: destination first,
 * format = the first literal containing '%'. */
static bool builder_match(const struct fcall *call, struct builder *out)
{
	const struct builder *b = builder_for(call->callee);
	if (b) {
		*out = *b;
		return true;
	}
	if (!call->callee || !str_icontains(call->callee, "printf") || !call->expr || call->expr->n_kids < 2)
		return false;
	for (size_t i = 1; i < call->expr->n_kids && i < 4; i++) {
		const struct fexpr *a = vt_strip(call->expr->kids[i]);
		if (a && a->kind == FX_STRING && a->text && strchr(a->text, '%')) {
			*out = (struct builder){ call->callee, 0, B_PRINTF, (int)i, -1 };
			return true;
		}
	}
	return false;
}

struct callinfo {
	bool has_builder;
	struct builder b;
	const struct keyopen *k;
	bool oa_init;
	int fn;          /* helper with a body, or -1 */
	size_t fn_tu;
};

static bool is_oa_init(const char *callee);

/* Classify every call once: collecting definitions then only looks at the
 * few calls that can write something (a TU with intrinsics headers has
 * tens of thousands of calls). */
static void classify_calls(struct vt_ctx *c)
{
	c->info = xcalloc(c->n + 1, sizeof(*c->info));
	c->relevant = xcalloc(c->n + 1, sizeof(*c->relevant));
	c->n_relevant = xcalloc(c->n + 1, sizeof(*c->n_relevant));
	for (size_t t = 0; t < c->n; t++) {
		const struct tu_facts *tf = c->tus[t];
		c->info[t] = xcalloc(tf->n_calls + 1, sizeof(struct callinfo));
		c->relevant[t] = xcalloc(tf->n_calls + 1, sizeof(size_t));
		for (size_t i = 0; i < tf->n_calls; i++) {
			const struct fcall *call = &tf->calls[i];
			struct callinfo *ci = &c->info[t][i];
			ci->fn = -1;
			if (!call->callee || !*call->callee || !call->expr)
				continue;
			ci->has_builder = builder_match(call, &ci->b);
			ci->k = keyopen_for(call->callee);
			ci->oa_init = is_oa_init(call->callee);
			if (!ci->has_builder && !ci->k && !ci->oa_init)
				ci->fn = vt_find_function(c, call->callee, &ci->fn_tu);
			if (ci->has_builder || ci->k || ci->oa_init || ci->fn >= 0)
				c->relevant[t][c->n_relevant[t]++] = i;
		}
	}
}

/* ------------------------------------------------------------------ slots */

/* A storage place definitions write and uses read. */
struct slot {
	int kind;            /* 1 local/static var, 2 global by name, 3 struct field by name */
	size_t tu;
	int var;
	const char *name;
	const char *sub;     /* OBJECT_ATTRIBUTES member (ObjectName/RootDirectory) or NULL */
};

static const struct fexpr *unwrap_buffer(const struct fexpr *e)
{
	e = vt_strip(e);
	for (int i = 0; e && i < 8; i++) {
		if (e->kind == FX_MEMBER && e->text && !strcmp(e->text, "Buffer") && e->n_kids)
			e = vt_strip(e->kids[0]);
		else if (e->kind == FX_SUBSCRIPT && e->n_kids)
			e = vt_strip(e->kids[0]);
		else if (e->kind == FX_BINARY && e->text && !strcmp(e->text, "+") && e->n_kids == 2)
			e = vt_strip(e->kids[0]);   /* buf + offset writes into buf */
		else
			break;
	}
	return e;
}

static bool slot_of(const struct vt_ctx *c, size_t tu, const struct fexpr *e, struct slot *s)
{
	memset(s, 0, sizeof(*s));
	e = unwrap_buffer(e);
	if (!e)
		return false;
	if (e->kind == FX_NAME && e->var >= 0 && (size_t)e->var < c->tus[tu]->n_vars) {
		const struct fvar *v = &c->tus[tu]->vars[e->var];
		if (v->func < 0 && !v->is_static) {
			s->kind = 2;
			s->name = v->name;
		} else {
			s->kind = 1;
		}
		s->tu = tu;
		s->var = e->var;
		return true;
	}
	if (e->kind == FX_MEMBER && e->text && strcmp(e->text, "Length") && strcmp(e->text, "MaximumLength")) {
		s->kind = 3;
		s->name = e->text;
		return true;
	}
	return false;
}

static bool slot_matches(const struct vt_ctx *c, const struct slot *s, size_t tu, const struct fexpr *e)
{
	e = vt_strip(e);
	if (!e)
		return false;
	if (s->sub) {
		if (e->kind != FX_MEMBER || !e->text || strcmp(e->text, s->sub) || !e->n_kids)
			return false;
		e = e->kids[0];
	}
	struct slot o;
	if (!slot_of(c, tu, e, &o) || o.kind != s->kind)
		return false;
	switch (s->kind) {
	case 1: return o.tu == s->tu && o.var == s->var;
	case 2: return !strcmp(o.name, s->name);
	case 3: return !strcmp(o.name, s->name);
	}
	return false;
}

/* ------------------------------------------------------------ definitions */

enum dkind { D_ASSIGN, D_BUILDER, D_KEYOPEN, D_OAINIT, D_HELPER_OUT, D_INIT };

struct def {
	enum dkind kind;
	size_t tu;
	int func;
	int order;
	const struct fassign *as;
	const struct fcall *call;
	struct builder bm;
	const struct keyopen *k;
	int helper_arg;
	const struct fvar *var;   /* D_INIT */
	bool append;
};

struct defs {
	struct def *v;
	size_t n, alloc;
};

static void push_def(struct defs *d, struct def x)
{
	ALLOC_GROW(d->v, d->n + 1, d->alloc);
	d->v[d->n++] = x;
}

static bool is_oa_init(const char *callee)
{
	return callee && !strcmp(callee, "InitializeObjectAttributes");
}

/* Does function `fn` write through its parameter `param` (an out pointer)? */
static bool helper_writes_param(const struct vt_ctx *c, size_t tu, int fn, int param)
{
	const struct tu_facts *t = c->tus[tu];
	const struct ffunc *f = &t->funcs[fn];
	if (param >= f->n_params)
		return false;
	struct slot s = { .kind = 1, .tu = tu, .var = f->first_param_var + param };
	for (size_t r = 0; r < c->n_relevant[tu]; r++) {
		const struct fcall *call = &t->calls[c->relevant[tu][r]];
		const struct callinfo *ci = &c->info[tu][c->relevant[tu][r]];
		if (call->func != fn)
			continue;
		if (ci->has_builder && slot_matches(c, &s, tu, arg(call, ci->b.dst)))
			return true;
		if (ci->k && slot_matches(c, &s, tu, arg(call, ci->k->out)))
			return true;
	}
	for (size_t i = 0; i < t->n_assigns; i++) {
		const struct fassign *a = &t->assigns[i];
		if (a->func == fn && a->lhs && vt_strip(a->lhs) != a->lhs && slot_matches(c, &s, tu, a->lhs))
			return true;
	}
	return false;
}

static void collect_in_tu(const struct vt_ctx *c, const struct slot *s, size_t tu, struct defs *out)
{
	const struct tu_facts *t = c->tus[tu];
	for (size_t i = 0; i < t->n_assigns; i++) {
		const struct fassign *a = &t->assigns[i];
		if (!a->lhs || !a->op)
			continue;
		if (!slot_matches(c, s, tu, a->lhs))
			continue;
		bool app = !strcmp(a->op, "+=");
		if (strcmp(a->op, "=") && !app)
			continue;
		push_def(out, (struct def){ .kind = D_ASSIGN, .tu = tu, .func = a->func, .order = a->order, .as = a, .append = app });
	}
	for (size_t r = 0; r < c->n_relevant[tu]; r++) {
		size_t i = c->relevant[tu][r];
		const struct fcall *call = &t->calls[i];
		const struct callinfo *ci = &c->info[tu][i];
		const struct builder *b = ci->has_builder ? &ci->b : NULL;
		const struct keyopen *k = ci->k;
		if (s->sub) {
			if (ci->oa_init && slot_matches(c, &(struct slot){ s->kind, s->tu, s->var, s->name, NULL }, tu, arg(call, 0)))
				push_def(out, (struct def){ .kind = D_OAINIT, .tu = tu, .func = call->func, .order = call->order, .call = call });
			continue;
		}
		if (b && slot_matches(c, s, tu, arg(call, b->dst))) {
			push_def(out, (struct def){ .kind = D_BUILDER, .tu = tu, .func = call->func, .order = call->order,
						    .call = call, .bm = *b,
						    .append = b->kind == B_APPEND || b->kind == B_PATHAPPEND });
			continue;
		}
		if (k && slot_matches(c, s, tu, arg(call, k->out))) {
			push_def(out, (struct def){ .kind = D_KEYOPEN, .tu = tu, .func = call->func, .order = call->order, .call = call, .k = k });
			continue;
		}
		/* An out parameter of a helper with a body: `OpenMyKey(&h, ...)`. */
		if (ci->fn < 0)
			continue;
		for (size_t a = 0; a < call->expr->n_kids; a++) {
			const struct fexpr *ae = call->expr->kids[a];
			if (!ae || (ae->kind != FX_ADDROF && !(s->kind == 1 && t->vars[s->var].is_array)))
				continue;
			if (slot_matches(c, s, tu, ae) && helper_writes_param(c, ci->fn_tu, ci->fn, (int)a)) {
				push_def(out, (struct def){ .kind = D_HELPER_OUT, .tu = tu, .func = call->func, .order = call->order,
							    .call = call, .helper_arg = (int)a });
				break;
			}
		}
	}
}

static void collect_defs(const struct vt_ctx *c, const struct slot *s, struct defs *out)
{
	if (s->kind == 1) {
		collect_in_tu(c, s, s->tu, out);
		const struct fvar *v = &c->tus[s->tu]->vars[s->var];
		if (v->init && !s->sub)
			push_def(out, (struct def){ .kind = D_INIT, .tu = s->tu, .func = v->func, .order = -1, .var = v });
		return;
	}
	for (size_t t = 0; t < c->n; t++)
		collect_in_tu(c, s, t, out);
	if (s->kind == 2 && !s->sub)
		for (size_t t = 0; t < c->n; t++)
			for (size_t i = 0; i < c->tus[t]->n_vars; i++) {
				const struct fvar *v = &c->tus[t]->vars[i];
				if (v->func < 0 && !v->is_static && v->init && !strcmp(v->name, s->name))
					push_def(out, (struct def){ .kind = D_INIT, .tu = t, .func = -1, .order = -1, .var = v });
			}
}

/* --------------------------------------------------------------- evaluator */

static struct vt_value *ev(const struct vt_ctx *c, const struct frame *fr, const struct fexpr *e);
static struct vt_value *ev_oa(const struct vt_ctx *c, const struct frame *fr, const struct fexpr *e);
static struct vt_value *ev_slot(const struct vt_ctx *c, const struct frame *fr, const struct slot *s,
				const struct fvar *var, int want_oa);

static struct frame sub_frame(const struct frame *fr, size_t tu, int func, int order)
{
	return (struct frame){ tu, func, order, NULL, NULL, fr->depth + 1 };
}

static const char *func_name(const struct vt_ctx *c, size_t tu, int fn)
{
	if (fn < 0 || (size_t)fn >= c->tus[tu]->n_funcs)
		return "(file scope)";
	return c->tus[tu]->funcs[fn].name;
}

static struct vt_value *ev_string_literal(const struct fexpr *e)
{
	struct vt_value *v = val_str(e->text ? e->text : "");
	char *q = quoted(v->text);
	if (e->macro)
		vt_add_step(v, e->macro_loc.file ? &e->macro_loc : &e->loc, "macro %s = %s", e->macro, q);
	else
		vt_add_step(v, &e->loc, "string %s", q);
	free(q);
	return v;
}

/* printf-style formatting; unknown conversions become VT_WILD. */
static struct vt_value *ev_format(const struct vt_ctx *c, const struct frame *fr, const struct fcall *call, int fmt_index)
{
	struct vt_value *fmt = ev(c, fr, arg(call, fmt_index));
	if (fmt->kind != VT_STRING) {
		vt_value_free(fmt);
		return val_unknown();
	}
	struct strbuf sb = STRBUF_INIT;
	struct vt_value *out = val_new(VT_STRING);
	prepend_steps(out, fmt);
	int next = fmt_index + 1;
	for (const char *p = fmt->text; *p; p++) {
		if (*p != '%') {
			append_text(&sb, (char[]){ *p, 0 });
			continue;
		}
		p++;
		if (*p == '%') {
			strbuf_addch(&sb, '%');
			continue;
		}
		bool zero = false;
		int width = 0;
		while (*p && strchr("-+ #0", *p))
			zero |= *p++ == '0';
		while (*p && (strchr("0123456789.*", *p))) {
			if (*p == '*')
				next++;
			else if (isdigit((unsigned char)*p) && !strchr(p, '.'))
				width = width * 10 + (*p - '0');
			p++;
		}
		/* length modifiers (h l w ll I64 ...) do not change what is printed here */
		while (*p && strchr("hlwLIjzt3264", *p))
			p++;
		if (!*p)
			break;
		char conv = *p;
		const struct fexpr *ae = arg(call, next++);
		if (conv == 's' || conv == 'S' || conv == 'Z') {
			struct vt_value *a = ev(c, fr, ae);
			if (a->kind == VT_STRING) {
				append_text(&sb, a->text);
				for (size_t i = 0; i < a->n_steps; i++)
					vt_add_step(out, &(struct fact_loc){ a->steps[i].file, a->steps[i].line, a->steps[i].col },
						    "%s", a->steps[i].msg);
			} else {
				append_text(&sb, VT_WILD_S);
			}
			vt_value_free(a);
		} else if (strchr("diuxXo", conv)) {
			struct vt_value *a = ev(c, fr, ae);
			if (a->kind == VT_INT) {
				char num[32];
				if (width > 20)
					width = 20;
				if (conv == 'x')
					snprintf(num, sizeof(num), zero ? "%0*llx" : "%*llx", width, a->ival);
				else if (conv == 'X')
					snprintf(num, sizeof(num), zero ? "%0*llX" : "%*llX", width, a->ival);
				else
					snprintf(num, sizeof(num), zero ? "%0*lld" : "%*lld", width, a->ival);
				strbuf_addstr(&sb, num);
			} else {
				append_text(&sb, VT_WILD_S);
			}
			vt_value_free(a);
		} else {
			append_text(&sb, VT_WILD_S);
		}
	}
	free(out->text);
	out->text = strbuf_detach(&sb, NULL);
	vt_value_free(fmt);
	return out;
}

/* What a string-building call leaves in its destination (`base` = the
 * destination's value before it, for appends; consumed). */
static struct vt_value *ev_builder(const struct vt_ctx *c, const struct frame *fr, const struct fcall *call,
				   const struct builder *b, struct vt_value *base)
{
	struct vt_value *v = NULL;
	const char *sep = "\\";
	switch (b->kind) {
	case B_SET:
		v = ev(c, fr, arg(call, b->src));
		break;
	case B_APPEND: {
		struct vt_value *s = ev(c, fr, arg(call, b->src));
		v = concat(base ? base : val_unknown(), s);
		base = NULL;
		break;
	}
	case B_PRINTF:
		v = ev_format(c, fr, call, b->src);
		break;
	case B_SWPRINTF: {
		/* swprintf(buf, fmt, ...) (legacy MS) or swprintf(buf, count, fmt, ...) (ISO) */
		const struct fexpr *a1 = vt_strip(arg(call, 1));
		int fi = (a1 && a1->has_int) ? 2 : 1;
		struct vt_value *probe = ev(c, fr, arg(call, 1));
		if (probe->kind == VT_INT)
			fi = 2;
		vt_value_free(probe);
		v = ev_format(c, fr, call, fi);
		break;
	}
	case B_ISOLATED:
		v = val_str(VT_ISOLATED_S);
		break;
	case B_SYSDIR:
		v = val_str("C:\\Windows\\System32");
		break;
	case B_WINDIR:
		v = val_str("C:\\Windows");
		break;
	case B_SHFOLDER: {
		long long csidl = -1;
		struct vt_value *cv = ev(c, fr, arg(call, b->src));
		if (cv->kind == VT_INT)
			csidl = cv->ival & 0xff;
		vt_value_free(cv);
		v = val_str(csidl == 0x24 ? "C:\\Windows" : csidl == 0x25 ? "C:\\Windows\\System32" : VT_ISOLATED_S);
		break;
	}
	case B_COMBINE: {
		struct vt_value *a = ev(c, fr, arg(call, b->src));
		struct vt_value *s = ev(c, fr, arg(call, b->src2));
		v = concat(concat(a, val_str(sep)), s);
		break;
	}
	case B_PATHAPPEND: {
		struct vt_value *s = ev(c, fr, arg(call, b->src));
		v = concat(concat(base ? base : val_unknown(), val_str(sep)), s);
		base = NULL;
		break;
	}
	}
	vt_value_free(base);
	return v;
}

/* The key handle a key-opening call produces. */
static struct vt_value *ev_keyopen(const struct vt_ctx *c, const struct frame *fr, const struct fcall *call,
				   const struct keyopen *k)
{
	struct vt_value *v = val_new(VT_KEY);
	v->origin_api = k->name;
	struct vt_value *acc = k->access >= 0 ? ev(c, fr, arg(call, k->access)) : NULL;
	if (acc && acc->kind == VT_INT)
		v->write_access = vt_key_access_writes(acc->ival);
	else if (k->access < 0 && (!strcmp(k->name, "RegCreateKeyW") || !strcmp(k->name, "RegCreateKeyA") ||
				   !strcmp(k->name, "RegOpenKeyW") || !strcmp(k->name, "RegOpenKeyA")))
		v->write_access = true;    /* these legacy calls open with KEY_ALL_ACCESS-like rights */
	vt_value_free(acc);
	/* creating a key is a write wherever it lands */
	if (!strncmp(k->name, "RegCreate", 9) || strstr(k->name, "CreateKey"))
		v->write_access = true;

	struct vt_value *name = NULL, *root = NULL;
	bool root_null = false;
	switch (k->kind) {
	case KO_ISO:
		v->origin = KEY_ISOLATED;
		break;
	case KO_PARAMS:
		v->origin = KEY_PARAMS;
		v->text = xstrdup(VT_SERVICE_KEY "\\Parameters");
		break;
	case KO_DRVTYPE:
	case KO_SVCTYPE: {
		struct vt_value *t = ev(c, fr, arg(call, k->a));
		v->origin = (t->kind == VT_INT && t->ival == 0) ? KEY_PARAMS : KEY_ISOLATED;
		if (v->origin == KEY_PARAMS)
			v->text = xstrdup(VT_SERVICE_KEY "\\Parameters");
		vt_value_free(t);
		break;
	}
	case KO_ZW: {
		struct vt_value *oa = ev_oa(c, fr, arg(call, k->a));
		if (oa->kind == VT_OA) {
			name = oa->name;
			root = oa->root;
			oa->name = oa->root = NULL;
			root_null = !root;
			prepend_steps(v, oa);
		}
		vt_value_free(oa);
		break;
	}
	case KO_WDFREG: {
		const struct fexpr *pe = vt_strip(arg(call, k->a));
		long long iv;
		if (!pe || (int_of(pe, &iv) && iv == 0))
			root_null = true;
		else
			root = ev(c, fr, pe);
		name = ev(c, fr, arg(call, k->b));
		break;
	}
	case KO_USERREG: {
		unsigned hk = vt_hkey_root(arg(call, k->a));
		if (hk) {
			root = val_new(VT_KEY);
			root->origin = KEY_PREDEFINED;
			root->text = xstrdup(vt_hkey_kernel_path(hk));
			root->user_mode_root = true;
		} else {
			root = ev(c, fr, arg(call, k->a));
			unsigned rv = root->kind == VT_INT ? (unsigned)(root->ival & 0xFFFFFFFFu) : 0;
			if (vt_hkey_kernel_path(rv)) {
				root->kind = VT_KEY;
				root->origin = KEY_PREDEFINED;
				root->text = xstrdup(vt_hkey_kernel_path(rv));
				root->user_mode_root = true;
			}
		}
		const struct fexpr *se = vt_strip(arg(call, k->b));
		long long iv;
		if (se && !(int_of(se, &iv) && iv == 0))
			name = ev(c, fr, se);
		else
			name = val_str("");
		break;
	}
	case KO_USERROOT:
		v->origin = KEY_PREDEFINED;
		v->text = xstrdup(vt_hkey_kernel_path(0x80000001u));
		v->user_mode_root = true;
		break;
	}
	if (k->kind == KO_ZW || k->kind == KO_WDFREG || k->kind == KO_USERREG) {
		if (name)
			prepend_steps(v, name);
		if (root && root->kind == VT_KEY) {
			prepend_steps(v, root);
			v->user_mode_root = root->user_mode_root;
			const char *rt = root->text;
			if (name && name->kind == VT_STRING) {
				if (rt)
					v->text = *name->text ? xasprintf("%s\\%s", rt, name->text) : xstrdup(rt);
			} else if (rt) {
				v->text = xasprintf("%s\\%c", rt, VT_WILD);
			}
			switch (root->origin) {
			case KEY_PREDEFINED:
			case KEY_ABSOLUTE: v->origin = KEY_ABSOLUTE; break;
			case KEY_ISOLATED: v->origin = KEY_ISOLATED; break;
			case KEY_PARAMS: v->origin = KEY_PARAMS; break;
			default: v->origin = KEY_UNKNOWN; break;
			}
			v->opened_absolute = root->origin == KEY_PREDEFINED;
		} else if (root_null && name && name->kind == VT_STRING && name->text[0] != VT_WILD) {
			v->text = xstrdup(name->text);
			v->opened_absolute = true;
			v->origin = str_istarts_with(name->text, "\\Registry\\") ? KEY_ABSOLUTE : KEY_UNKNOWN;
		} else if (root_null && k->kind != KO_USERREG) {
			/* no root: the object manager needs a full path, whatever it is */
			v->text = xstrdup(VT_WILD_S);
			v->opened_absolute = true;
			v->origin = KEY_ABSOLUTE;
		} else {
			v->origin = KEY_UNKNOWN;
		}
	}
	vt_value_free(name);
	vt_value_free(root);
	vt_add_step(v, &call->expr->loc, "%s(...) opens the key", k->name);
	return v;
}

/* Value of parameter `var` of the frame's function via its call sites. */
static struct vt_value *ev_param_via_callers(const struct vt_ctx *c, const struct frame *fr, const struct fvar *var,
					     int want_oa)
{
	if (fr->bound && fr->up) {
		const struct fexpr *ae = arg(fr->bound, var->param_index);
		struct vt_value *v = want_oa ? ev_oa(c, fr->up, ae) : ev(c, fr->up, ae);
		if (v->kind != VT_UNKNOWN)
			vt_add_step(v, &fr->bound->expr->loc, "passed as argument %d (%s) of %s()", var->param_index + 1,
				    var->name, func_name(c, fr->tu, fr->func));
		return v;
	}
	const char *fname = base_name(func_name(c, fr->tu, fr->func));
	struct vt_value *acc = NULL;
	int n = 0;
	bool chosen = c->choice_index >= 0 && c->choice_tu == fr->tu && c->choice_func == fr->func;
	int seen = -1;
	for (size_t i = first_site(c, fname); i < c->n_sites && !strcmp(c->sites[i].callee, fname) && n < MAX_CALLERS; i++, n++) {
		const struct callsite *cs = &c->sites[i];
		const struct fcall *call = &c->tus[cs->tu]->calls[cs->call];
		/* a static function is only called from its own TU */
		if (c->tus[fr->tu]->funcs[fr->func].is_static && cs->tu != fr->tu)
			continue;
		if (chosen && ++seen != c->choice_index)
			continue;
		struct frame cf = sub_frame(fr, cs->tu, call->func, call->order);
		const struct fexpr *ae = arg(call, var->param_index);
		struct vt_value *v = want_oa ? ev_oa(c, &cf, ae) : ev(c, &cf, ae);
		if (v->kind != VT_UNKNOWN)
			vt_add_step(v, &call->expr->loc, "passed as argument %d (%s) of %s()", var->param_index + 1,
				    var->name, fname);
		acc = merge(acc, v);
	}
	return acc ? acc : val_unknown();
}

static bool is_driver_entry(const struct vt_ctx *c, size_t tu, int fn)
{
	if (fn < 0)
		return false;
	const struct ffunc *f = &c->tus[tu]->funcs[fn];
	return f->kind == FN_DRIVER_ENTRY || (f->name && (!strcmp(f->name, "DriverEntry") || !strcmp(f->name, "GsDriverEntry")));
}

static struct vt_value *ev_var(const struct vt_ctx *c, const struct frame *fr, size_t tu, int var_idx, int want_oa)
{
	const struct tu_facts *t = c->tus[tu];
	if (var_idx < 0 || (size_t)var_idx >= t->n_vars)
		return val_unknown();
	const struct fvar *var = &t->vars[var_idx];
	if (var->is_param && var->param_index == 1 && is_driver_entry(c, tu, var->func) && !want_oa) {
		struct vt_value *v = val_str(VT_SERVICE_KEY);
		vt_add_step(v, &var->loc, "DriverEntry parameter %s (the service key)", var->name);
		return v;
	}
	struct slot s;
	struct fexpr probe = { .kind = FX_NAME, .var = var_idx, .text = var->name };
	if (!slot_of(c, tu, &probe, &s))
		return val_unknown();
	return ev_slot(c, fr, &s, var, want_oa);
}

/* Evaluate one definition at its own place. `base`: value before it (appends). */
static struct vt_value *ev_def(const struct vt_ctx *c, const struct frame *fr, const struct def *d, struct vt_value *base,
			       const char *what, int want_oa)
{
	struct frame df = sub_frame(fr, d->tu, d->func, d->order);
	if (d->tu == fr->tu && d->func == fr->func) {
		df.up = fr->up;
		df.bound = fr->bound;
		/* facts carry no position for a declaration: a local initializer
		 * is read as of the use (it ran before it) */
		if (d->kind == D_INIT)
			df.order = fr->order;
	}
	struct vt_value *v = NULL;
	switch (d->kind) {
	case D_INIT:
		v = want_oa ? ev_oa(c, &df, d->var->init) : ev(c, &df, d->var->init);
		if (v->kind == VT_STRING || v->kind == VT_KEY)
			vt_add_step(v, &d->var->loc, "%s %s", d->var->is_const ? "constant" : "variable", d->var->name);
		break;
	case D_ASSIGN:
		if (d->append) {
			v = concat(base ? base : val_unknown(), ev(c, &df, d->as->rhs));
			base = NULL;
		} else {
			v = ev(c, &df, d->as->rhs);
		}
		if (v->kind != VT_UNKNOWN)
			vt_add_step(v, &d->as->loc, "assigned to %s", what);
		break;
	case D_BUILDER:
		v = ev_builder(c, &df, d->call, &d->bm, base);
		base = NULL;
		if (v->kind != VT_UNKNOWN)
			vt_add_step(v, &d->call->expr->loc, "%s(...) %s %s", d->call->callee,
				    d->append ? "appends to" : "sets", what);
		break;
	case D_KEYOPEN:
		v = ev_keyopen(c, &df, d->call, d->k);
		break;
	case D_HELPER_OUT: {
		size_t ftu;
		int fn = vt_find_function(c, d->call->callee, &ftu);
		if (fn >= 0 && df.depth < MAX_DEPTH) {
			struct frame hf = { ftu, fn, 1 << 30, &df, d->call, df.depth + 1 };
			v = ev_var(c, &hf, ftu, c->tus[ftu]->funcs[fn].first_param_var + d->helper_arg, want_oa);
			if (v->kind != VT_UNKNOWN)
				vt_add_step(v, &d->call->expr->loc, "%s() fills %s", d->call->callee, what);
		} else {
			v = val_unknown();
		}
		break;
	}
	case D_OAINIT:
		v = val_unknown();
		break;
	}
	vt_value_free(base);
	return v;
}

/* An allocation assigned to .Buffer is storage, not a value: skip it. */
static bool def_is_storage(const struct def *d, const struct vt_value *v)
{
	return v->kind == VT_UNKNOWN && (d->kind == D_ASSIGN || (d->kind == D_BUILDER && d->bm.kind == B_SET));
}

static int cmp_def_order(const void *a, const void *b)
{
	const struct def *x = a, *y = b;
	return (x->order > y->order) - (x->order < y->order);
}

/* Value of a slot at the frame's position: the nearest SET before the use in
 * the same function plus the appends after it; else the initializer; else
 * definitions elsewhere (globals, fields). */
static struct vt_value *ev_slot_defs(const struct vt_ctx *c, const struct frame *fr, const struct slot *s,
				     struct defs *d, const char *what, int want_oa)
{
	if (d->n)
		qsort(d->v, d->n, sizeof(d->v[0]), cmp_def_order);
	/* same function, before the use */
	long last_set = -1;
	for (size_t i = 0; i < d->n; i++) {
		const struct def *x = &d->v[i];
		if (x->tu != fr->tu || x->func != fr->func || x->order >= fr->order || x->kind == D_INIT)
			continue;
		if (!x->append)
			last_set = (long)i;
	}
	for (long i = last_set; i >= 0; i--) {
		const struct def *x = &d->v[i];
		if (x->tu != fr->tu || x->func != fr->func || x->order >= fr->order || x->append || x->kind == D_INIT)
			continue;
		struct vt_value *v = ev_def(c, fr, x, NULL, what, want_oa);
		if (def_is_storage(x, v) && i > 0) {
			vt_value_free(v);
			continue;
		}
		for (size_t j = (size_t)i + 1; j < d->n; j++) {
			const struct def *y = &d->v[j];
			if (y->tu == fr->tu && y->func == fr->func && y->order < fr->order && y->append)
				v = ev_def(c, fr, y, v, what, want_oa);
		}
		if (v->kind != VT_UNKNOWN || !def_is_storage(x, v))
			return v;
		vt_value_free(v);
	}
	/* initializer, then appends in this function before the use */
	for (size_t i = 0; i < d->n; i++) {
		const struct def *x = &d->v[i];
		if (x->kind != D_INIT)
			continue;
		struct vt_value *v = ev_def(c, fr, x, NULL, what, want_oa);
		for (size_t j = 0; j < d->n; j++) {
			const struct def *y = &d->v[j];
			if (y->tu == fr->tu && y->func == fr->func && y->order < fr->order && y->append)
				v = ev_def(c, fr, y, v, what, want_oa);
		}
		if (v->kind != VT_UNKNOWN)
			return v;
		vt_value_free(v);
	}
	/* same function, after the use (loops), then anywhere else */
	struct vt_value *acc = NULL;
	for (int pass = 0; pass < 2; pass++)
		for (size_t i = 0; i < d->n; i++) {
			const struct def *x = &d->v[i];
			bool same = x->tu == fr->tu && x->func == fr->func;
			if (x->kind == D_INIT || x->append || (pass == 0) != same)
				continue;
			if (same && x->order < fr->order)
				continue;
			struct vt_value *v = ev_def(c, fr, x, NULL, what, want_oa);
			for (size_t j = i + 1; j < d->n; j++) {
				const struct def *y = &d->v[j];
				if (y->tu == x->tu && y->func == x->func && y->append)
					v = ev_def(c, fr, y, v, what, want_oa);
			}
			acc = merge(acc, v);
			if (acc->kind == VT_STRING || key_rank(acc) >= 3)
				return acc;
		}
	(void)s;
	return acc ? acc : val_unknown();
}

static bool same_slot(const struct slot *a, const struct slot *b)
{
	if (a->kind != b->kind || (a->sub != b->sub && (!a->sub || !b->sub || strcmp(a->sub, b->sub))))
		return false;
	if (a->kind == 1)
		return a->tu == b->tu && a->var == b->var;
	return a->name && b->name && !strcmp(a->name, b->name);
}

static struct vt_value *ev_slot_inner(const struct vt_ctx *c, const struct frame *fr, const struct slot *s,
				      const struct fvar *var, int want_oa);

static struct vt_value *ev_slot(const struct vt_ctx *c, const struct frame *fr, const struct slot *s,
				const struct fvar *var, int want_oa)
{
	struct vt_ctx *m = (struct vt_ctx *)c;
	/* a field or global defined from itself (h = Open(h), recursion through
	 * callers) is a cycle: the outer evaluation already covers it */
	for (size_t i = 0; i < m->n_active; i++)
		if (same_slot(&m->active[i], s))
			return val_unknown();
	m->budget -= 8;
	ALLOC_GROW(m->active, m->n_active + 1, m->alloc_active);
	m->active[m->n_active++] = *s;
	struct vt_value *v = ev_slot_inner(c, fr, s, var, want_oa);
	m->n_active--;
	return v;
}

static struct vt_value *ev_slot_inner(const struct vt_ctx *c, const struct frame *fr, const struct slot *s,
				      const struct fvar *var, int want_oa)
{
	if (fr->depth >= MAX_DEPTH || c->budget <= 0)
		return val_unknown();
	if (want_oa) {
		/* OBJECT_ATTRIBUTES: ObjectName and RootDirectory separately */
		struct defs dn = { 0 }, dr = { 0 };
		struct slot sn = *s, sr = *s;
		sn.sub = "ObjectName";
		sr.sub = "RootDirectory";
		collect_defs(c, &sn, &dn);
		collect_defs(c, &sr, &dr);
		/* InitializeObjectAttributes written as a call (when the front end keeps it) */
		const struct fcall *init = NULL;
		const struct tu_facts *t = c->tus[fr->tu];
		for (size_t i = 0; i < dn.n; i++)
			if (dn.v[i].kind == D_OAINIT && dn.v[i].func == fr->func && dn.v[i].order < fr->order &&
			    (!init || dn.v[i].order > init->order))
				init = dn.v[i].call;
		(void)t;
		struct vt_value *oa = NULL;
		if (init) {
			struct frame df = *fr;
			df.order = init->order;
			oa = val_new(VT_OA);
			oa->name = ev(c, &df, arg(init, 1));
			const struct fexpr *re = vt_strip(arg(init, 3));
			long long iv;
			if (re && !(int_of(re, &iv) && iv == 0))
				oa->root = ev(c, &df, re);
			vt_add_step(oa, &init->expr->loc, "InitializeObjectAttributes(%s, ...)", var ? var->name : "...");
		} else {
			/* drop D_OAINIT entries and evaluate the member assignments */
			size_t k = 0;
			for (size_t i = 0; i < dn.n; i++)
				if (dn.v[i].kind != D_OAINIT)
					dn.v[k++] = dn.v[i];
			dn.n = k;
			k = 0;
			for (size_t i = 0; i < dr.n; i++)
				if (dr.v[i].kind != D_OAINIT)
					dr.v[k++] = dr.v[i];
			dr.n = k;
			if (dn.n) {
				oa = val_new(VT_OA);
				oa->name = ev_slot_defs(c, fr, &sn, &dn, "ObjectName", 0);
				if (dr.n) {
					const struct def *rd = NULL;
					for (size_t i = 0; i < dr.n; i++)
						if (dr.v[i].func == fr->func && dr.v[i].order < fr->order)
							rd = &dr.v[i];
					long long iv;
					if (!(rd && rd->kind == D_ASSIGN && int_of(vt_strip(rd->as->rhs), &iv) && iv == 0)) {
						/* an untraceable handle stays an unknown root, never "no root" */
						oa->root = ev_slot_defs(c, fr, &sr, &dr, "RootDirectory", 0);
					}
				}
				if (oa->name->n_steps || dn.n)
					vt_add_step(oa, &dn.v[dn.n - 1].as->loc, "InitializeObjectAttributes(%s, ...)",
						    var ? var->name : "...");
			}
		}
		if (!oa && var && var->init) {
			/* RTL_CONSTANT_OBJECT_ATTRIBUTES / brace initializer */
			const struct fexpr *in = var->init;
			if (in->kind == FX_INITLIST) {
				oa = val_new(VT_OA);
				const struct fexpr *ne = NULL, *re = NULL;
				for (size_t i = 0; i < in->n_kids; i++) {
					const char *f = in->kids[i]->field;
					if (f ? !strcmp(f, "ObjectName") : i == 2)
						ne = in->kids[i];
					if (f ? !strcmp(f, "RootDirectory") : i == 1)
						re = in->kids[i];
				}
				struct frame df = *fr;
				oa->name = ev(c, &df, ne);
				long long iv;
				if (re && !(int_of(vt_strip(re), &iv) && iv == 0))
					oa->root = ev(c, &df, re);
				vt_add_step(oa, &var->loc, "OBJECT_ATTRIBUTES %s initialised", var->name);
			}
		}
		free(dn.v);
		free(dr.v);
		if (!oa && var && var->is_param)
			return ev_param_via_callers(c, fr, var, 1);
		return oa ? oa : val_unknown();
	}
	struct defs d = { 0 };
	collect_defs(c, s, &d);
	const char *what = var ? var->name : s->name ? s->name : "?";
	struct vt_value *v;
	if (!d.n && var && var->is_param)
		v = ev_param_via_callers(c, fr, var, 0);
	else {
		v = ev_slot_defs(c, fr, s, &d, what, 0);
		if (v->kind == VT_UNKNOWN && var && var->is_param) {
			vt_value_free(v);
			v = ev_param_via_callers(c, fr, var, 0);
		}
	}
	free(d.v);
	return v;
}

static struct vt_value *ev_initlist_string(const struct vt_ctx *c, const struct frame *fr, const struct fexpr *e)
{
	/* UNICODE_STRING brace init / RTL_CONSTANT_STRING: { Length, MaximumLength, Buffer } */
	const struct fexpr *buf = NULL, *len = NULL;
	bool all_zero = e->n_kids > 0;
	for (size_t i = 0; i < e->n_kids; i++) {
		const struct fexpr *k = e->kids[i];
		if (k->field && !strcmp(k->field, "Buffer"))
			buf = k;
		if (k->field ? !strcmp(k->field, "Length") : i == 0)
			len = k;
		if (!(k->has_int && k->ival == 0))
			all_zero = false;
	}
	if (!buf && e->n_kids == 3)
		buf = e->kids[2];
	/* `WCHAR buf[N] = { 0 }` and DECLARE_UNICODE_STRING_SIZE start empty */
	if (all_zero)
		return val_str("");
	if (buf) {
		struct vt_value *v = ev(c, fr, buf);
		if (v->kind == VT_STRING)
			return v;
		vt_value_free(v);
		if (len && len->has_int && len->ival == 0)
			return val_str("");
	}
	return val_unknown();
}

static struct vt_value *ev_subscript(const struct vt_ctx *c, const struct frame *fr, const struct fexpr *e)
{
	const struct fexpr *base = vt_strip(e->kids[0]);
	const struct tu_facts *t = c->tus[fr->tu];
	if (base && base->kind == FX_NAME && base->var >= 0 && (size_t)base->var < t->n_vars &&
	    t->vars[base->var].init && t->vars[base->var].init->kind == FX_INITLIST) {
		const struct fvar *v = &t->vars[base->var];
		const struct fexpr *in = v->init;
		long long idx;
		struct vt_value *r = NULL;
		if (e->n_kids > 1 && int_of(vt_strip(e->kids[1]), &idx)) {
			if (idx >= 0 && (size_t)idx < in->n_kids)
				r = ev(c, fr, in->kids[idx]);
		} else {
			for (size_t i = 0; i < in->n_kids && i < 64; i++)
				r = merge(r, ev(c, fr, in->kids[i]));
		}
		if (r && r->kind == VT_STRING)
			vt_add_step(r, &v->loc, "element of table %s", v->name);
		return r ? r : val_unknown();
	}
	return ev(c, fr, e->kids[0]);
}

static struct vt_value *ev(const struct vt_ctx *c, const struct frame *fr, const struct fexpr *e)
{
	/* A budget rather than memo tables: pathological def webs give up, not hang. */
	if (!e || fr->depth >= MAX_DEPTH || ((struct vt_ctx *)c)->budget-- <= 0)
		return val_unknown();
	struct frame f = *fr;
	f.depth++;
	if (e->kind == FX_STRING)
		return ev_string_literal(e);
	if (e->has_int && e->kind != FX_NAME) {
		struct vt_value *v = val_new(VT_INT);
		v->ival = e->ival;
		return v;
	}
	switch (e->kind) {
	case FX_NAME:
		if (e->has_int && e->var < 0) {
			struct vt_value *v = val_new(VT_INT);
			v->ival = e->ival;
			return v;
		}
		if (e->var >= 0)
			return ev_var(c, &f, fr->tu, e->var, 0);
		if (e->has_int) {
			struct vt_value *v = val_new(VT_INT);
			v->ival = e->ival;
			return v;
		}
		{
			long long k;
			if (vt_known_constant(e->macro ? e->macro : e->text, &k)) {
				struct vt_value *v = val_new(VT_INT);
				v->ival = k;
				return v;
			}
		}
		return val_unknown();
	case FX_CAST:
	case FX_ADDROF:
	case FX_DEREF:
		return e->n_kids ? ev(c, &f, e->kids[0]) : val_unknown();
	case FX_MEMBER: {
		if (!e->text || !e->n_kids)
			return val_unknown();
		if (!strcmp(e->text, "Buffer"))
			return ev(c, &f, e->kids[0]);
		if (!strcmp(e->text, "Length") || !strcmp(e->text, "MaximumLength"))
			return val_unknown();
		if (!strcmp(e->text, "HardwareDatabase")) {
			/* DRIVER_OBJECT.HardwareDatabase: always this key (wdm.h) */
			struct vt_value *v = val_str("\\Registry\\Machine\\HARDWARE\\DESCRIPTION\\System");
			vt_add_step(v, &e->loc, "DriverObject->HardwareDatabase");
			return v;
		}
		struct slot s;
		if (!slot_of(c, fr->tu, e, &s))
			return val_unknown();
		return ev_slot(c, &f, &s, NULL, 0);
	}
	case FX_COND:
		if (e->n_kids == 3)
			return merge(ev(c, &f, e->kids[1]), ev(c, &f, e->kids[2]));
		return val_unknown();
	case FX_SUBSCRIPT:
		return e->n_kids ? ev_subscript(c, &f, e) : val_unknown();
	case FX_INITLIST:
		return ev_initlist_string(c, &f, e);
	case FX_BINARY:
		if (e->text && !strcmp(e->text, "|") && e->n_kids == 2) {
			struct vt_value *a = ev(c, &f, e->kids[0]), *b = ev(c, &f, e->kids[1]);
			struct vt_value *r = val_unknown();
			if (a->kind == VT_INT && b->kind == VT_INT) {
				r->kind = VT_INT;
				r->ival = a->ival | b->ival;
			}
			vt_value_free(a);
			vt_value_free(b);
			return r;
		}
		if (e->text && !strcmp(e->text, "=") && e->n_kids == 2)
			return ev(c, &f, e->kids[1]);
		return val_unknown();
	case FX_CALL: {
		const char *callee = e->text;
		if (callee && !strcmp(callee, "WdfDriverGetRegistryPath")) {
			struct vt_value *v = val_str(VT_SERVICE_KEY);
			vt_add_step(v, &e->loc, "WdfDriverGetRegistryPath() (the service key)");
			return v;
		}
		if (vt_is_isolated_key_returner(callee)) {
			struct vt_value *v = val_new(VT_KEY);
			v->origin = KEY_ISOLATED;
			v->origin_api = callee;
			vt_add_step(v, &e->loc, "%s() returns the key", callee);
			return v;
		}
		return val_unknown();
	}
	default:
		return val_unknown();
	}
}

static struct vt_value *ev_oa(const struct vt_ctx *c, const struct frame *fr, const struct fexpr *e)
{
	const struct fexpr *s = vt_strip(e);
	if (!s || fr->depth >= MAX_DEPTH)
		return val_unknown();
	struct frame f = *fr;
	f.depth++;
	if (s->kind == FX_NAME && s->var >= 0)
		return ev_var(c, &f, fr->tu, s->var, 1);
	if (s->kind == FX_MEMBER) {
		struct slot sl;
		if (slot_of(c, fr->tu, s, &sl))
			return ev_slot(c, &f, &sl, NULL, 1);
	}
	return val_unknown();
}

/* -------------------------------------------------------------- public API */

#define BUDGET 20000

struct vt_value *vt_eval_keyopen(struct vt_ctx *c, size_t tu, const struct fcall *call)
{
	const struct keyopen *k = keyopen_for(call->callee);
	if (!k)
		return NULL;
	c->budget = BUDGET;
	struct frame fr = { tu, call->func, call->order, NULL, NULL, 0 };
	return ev_keyopen(c, &fr, call, k);
}

int vt_n_callers(const struct vt_ctx *c, size_t tu, int func)
{
	if (func < 0 || (size_t)func >= c->tus[tu]->n_funcs)
		return 0;
	const char *fname = base_name(c->tus[tu]->funcs[func].name);
	bool is_static = c->tus[tu]->funcs[func].is_static;
	int n = 0;
	for (size_t i = first_site(c, fname); i < c->n_sites && !strcmp(c->sites[i].callee, fname) && n < MAX_CALLERS; i++)
		if (!is_static || c->sites[i].tu == tu)
			n++;
	return n;
}

void vt_choose_caller(struct vt_ctx *c, size_t tu, int func, int index)
{
	c->choice_tu = tu;
	c->choice_func = func;
	c->choice_index = index;
}

bool vt_is_keyopen(const char *callee)
{
	return keyopen_for(callee) != NULL;
}

struct vt_value *vt_eval(struct vt_ctx *c, size_t tu, int func, int order, const struct fexpr *e)
{
	c->budget = BUDGET;
	struct frame fr = { tu, func, order, NULL, NULL, 0 };
	return ev(c, &fr, e);
}

struct vt_value *vt_eval_oa(struct vt_ctx *c, size_t tu, int func, int order, const struct fexpr *e)
{
	c->budget = BUDGET;
	struct frame fr = { tu, func, order, NULL, NULL, 0 };
	return ev_oa(c, &fr, e);
}
