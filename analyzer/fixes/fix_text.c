/*
 * fix_text: source text with a code mask, sink calls located in it, fresh
 * names and edit plans (analyzer/fixes/fix_internal.h).
 *
 * The mask is computed once per file by a forward pass, so every later
 * question ("is this ')' code or inside a comment?") is a lookup and the
 * backward scans never have to guess where a comment began.
 */
#include "analyzer/fixes/fix_internal.h"

#include "core/sha256.h"
#include "core/util.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NPOS ((size_t)-1)

static char *compute_mask(const char *s, size_t n)
{
	char *m = xmalloc(n + 1);
	size_t i = 0;
	bool line_start = true;
	while (i < n) {
		char ch = s[i];
		if (ch == '\n' || ch == '\r') {
			m[i++] = 'c';
			line_start = true;
			continue;
		}
		if (line_start && (ch == ' ' || ch == '\t')) {
			m[i++] = 'c';
			continue;
		}
		if (line_start && ch == '#') {
			/* preprocessor line, with backslash continuations */
			while (i < n) {
				if (s[i] == '\\' && i + 1 < n && (s[i + 1] == '\n' || s[i + 1] == '\r')) {
					m[i++] = 'p';
					if (s[i] == '\r' && i + 1 < n && s[i + 1] == '\n')
						m[i++] = 'p';
					m[i++] = 'p';
					continue;
				}
				if (s[i] == '\n' || s[i] == '\r')
					break;
				if (s[i] == '/' && i + 1 < n && s[i + 1] == '*') {
					/* a block comment may run past the directive's line */
					m[i++] = 'p';
					m[i++] = 'p';
					while (i < n && !(s[i] == '*' && i + 1 < n && s[i + 1] == '/'))
						m[i++] = 'p';
					if (i < n) {
						m[i++] = 'p';
						m[i++] = 'p';
					}
					continue;
				}
				m[i++] = 'p';
			}
			continue;
		}
		line_start = false;
		if (ch == '/' && i + 1 < n && s[i + 1] == '/') {
			while (i < n && s[i] != '\n' && s[i] != '\r')
				m[i++] = 'm';
			continue;
		}
		if (ch == '/' && i + 1 < n && s[i + 1] == '*') {
			m[i++] = 'm';
			m[i++] = 'm';
			while (i < n && !(s[i] == '*' && i + 1 < n && s[i + 1] == '/'))
				m[i++] = 'm';
			if (i < n) {
				m[i++] = 'm';
				m[i++] = 'm';
			}
			continue;
		}
		if (ch == '"' || ch == '\'') {
			m[i++] = 's';
			while (i < n && s[i] != ch && s[i] != '\n' && s[i] != '\r') {
				if (s[i] == '\\' && i + 1 < n)
					m[i++] = 's';
				m[i++] = 's';
			}
			if (i < n && s[i] == ch)
				m[i++] = 's';
			continue;
		}
		m[i++] = 'c';
	}
	m[n] = 0;
	return m;
}

struct fx_text *fx_text_get(struct fx_ctx *c, const char *abs_path)
{
	for (size_t i = 0; i < c->n_texts; i++)
		if (strcmp(c->texts[i]->path, abs_path) == 0)
			return c->texts[i]->t ? c->texts[i] : NULL;
	struct fx_text *x = xcalloc(1, sizeof(*x));
	x->path = xstrdup(abs_path);
	x->rel = path_relative(c->root, abs_path);
	struct text_error err;
	x->t = text_load(abs_path, &err);
	if (x->t && sha256_file_hex(abs_path, x->sha256) == 0)
		x->mask = compute_mask(x->t->utf8, x->t->len);
	else if (x->t) {
		text_free(x->t);
		x->t = NULL;
	}
	ALLOC_GROW(c->texts, c->n_texts + 1, c->alloc_texts);
	c->texts[c->n_texts++] = x;
	return x->t ? x : NULL;
}

size_t fx_offset(const struct fx_text *t, int line, int col)
{
	if (line < 1 || (size_t)line > t->t->n_lines || col < 1)
		return NPOS;
	size_t off = t->t->line_starts[line - 1] + (size_t)(col - 1);
	return off <= t->t->len ? off : NPOS;
}

bool fx_is_code(const struct fx_text *t, size_t off)
{
	return off < t->t->len && t->mask[off] == 'c';
}

size_t fx_match(const struct fx_text *t, size_t open)
{
	const char *s = t->t->utf8;
	char stack[256];
	size_t depth = 0;
	for (size_t i = open; i < t->t->len; i++) {
		if (!fx_is_code(t, i))
			continue;
		char ch = s[i];
		if (ch == '(' || ch == '[' || ch == '{') {
			if (depth == sizeof(stack))
				return NPOS;
			stack[depth++] = ch == '(' ? ')' : ch == '[' ? ']' : '}';
		} else if (ch == ')' || ch == ']' || ch == '}') {
			if (depth == 0 || stack[depth - 1] != ch)
				return NPOS;
			if (--depth == 0)
				return i;
		}
	}
	return NPOS;
}

/* Significant: code or literal bytes, not white space, comments or directives. */
static bool significant(const struct fx_text *t, size_t i)
{
	return (t->mask[i] == 'c' && !isspace((unsigned char)t->t->utf8[i])) || t->mask[i] == 's';
}

size_t fx_next_code(const struct fx_text *t, size_t from)
{
	for (size_t i = from; i < t->t->len; i++)
		if (significant(t, i))
			return i;
	return NPOS;
}

size_t fx_prev_code(const struct fx_text *t, size_t before)
{
	for (size_t i = before; i-- > 0;)
		if (significant(t, i))
			return i;
	return NPOS;
}

size_t fx_line_start(const struct fx_text *t, size_t off)
{
	while (off > 0 && t->t->utf8[off - 1] != '\n' && t->t->utf8[off - 1] != '\r')
		off--;
	return off;
}

size_t fx_line_next(const struct fx_text *t, size_t off)
{
	const char *s = t->t->utf8;
	while (off < t->t->len && s[off] != '\n' && s[off] != '\r')
		off++;
	if (off < t->t->len && s[off] == '\r')
		off++;
	if (off < t->t->len && s[off] == '\n')
		off++;
	return off;
}

char *fx_slice(const struct fx_text *t, size_t s, size_t e)
{
	return xstrndup(t->t->utf8 + s, e - s);
}

static bool is_ident_char(char ch)
{
	return isalnum((unsigned char)ch) || ch == '_';
}

/* Identifier ending at `last` (inclusive): its start. */
static size_t ident_start(const struct fx_text *t, size_t last)
{
	size_t i = last;
	while (i > 0 && is_ident_char(t->t->utf8[i - 1]) && fx_is_code(t, i - 1))
		i--;
	return i;
}

static bool ident_at(const struct fx_text *t, size_t off, const char *name)
{
	size_t n = strlen(name);
	if (off + n > t->t->len || strncmp(t->t->utf8 + off, name, n) != 0)
		return false;
	if (off > 0 && is_ident_char(t->t->utf8[off - 1]))
		return false;
	return off + n == t->t->len || !is_ident_char(t->t->utf8[off + n]);
}

/* Left-hand side ending at `last`: identifiers joined by . -> and [..]. */
static size_t lhs_start(const struct fx_text *t, size_t last)
{
	const char *s = t->t->utf8;
	size_t i = last;
	for (;;) {
		if (s[i] == ']') {
			/* find the matching [ backwards */
			int d = 0;
			size_t j = i + 1;
			while (j-- > 0) {
				if (!fx_is_code(t, j))
					continue;
				if (s[j] == ']')
					d++;
				else if (s[j] == '[' && --d == 0)
					break;
			}
			if (j == NPOS || j == 0)
				return NPOS;
			i = fx_prev_code(t, j);
			if (i == NPOS)
				return NPOS;
			continue;
		}
		if (!is_ident_char(s[i]))
			return NPOS;
		size_t st = ident_start(t, i);
		size_t p = fx_prev_code(t, st);
		if (p != NPOS && s[p] == '.') {
			i = fx_prev_code(t, p);
			if (i == NPOS)
				return NPOS;
			continue;
		}
		if (p != NPOS && p > 0 && s[p] == '>' && s[p - 1] == '-') {
			i = fx_prev_code(t, p - 1);
			if (i == NPOS)
				return NPOS;
			continue;
		}
		return st;
	}
}

static bool stmt_boundary(const struct fx_text *t, size_t start)
{
	size_t p = fx_prev_code(t, start);
	if (p == NPOS)
		return true;
	char ch = t->t->utf8[p];
	return ch == ';' || ch == '{' || ch == '}';
}

static void classify_statement(struct fx_site *s)
{
	const struct fx_text *t = s->text;
	const char *src = t->t->utf8;
	s->stmt = FX_STMT_OTHER;
	size_t after = fx_next_code(t, s->rparen + 1);
	if (after == NPOS || src[after] != ';')
		return;
	size_t p = fx_prev_code(t, s->name_start);
	size_t start = NPOS;
	enum fx_stmt_kind kind = FX_STMT_OTHER;
	if (p == NPOS || src[p] == ';' || src[p] == '{' || src[p] == '}') {
		kind = FX_STMT_EXPR;
		start = s->name_start;
	} else if (src[p] == '=' && p > 0 && !strchr("=!<>+-*/%&|^", src[p - 1])) {
		size_t last = fx_prev_code(t, p);
		if (last == NPOS)
			return;
		size_t ls = lhs_start(t, last);
		if (ls == NPOS || last - ls + 1 >= sizeof(s->lhs))
			return;
		memcpy(s->lhs, src + ls, last - ls + 1);
		s->lhs[last - ls + 1] = 0;
		size_t q = fx_prev_code(t, ls);
		if (q == NPOS || src[q] == ';' || src[q] == '{' || src[q] == '}') {
			kind = FX_STMT_ASSIGN;
			start = ls;
		} else if (is_ident_char(src[q]) && is_ident_char(src[ls])) {
			size_t ts = ident_start(t, q);
			if (q - ts + 1 >= sizeof(s->decl_type) || !stmt_boundary(t, ts))
				return;
			memcpy(s->decl_type, src + ts, q - ts + 1);
			s->decl_type[q - ts + 1] = 0;
			if (strcmp(s->decl_type, "return") == 0 || strcmp(s->decl_type, "else") == 0)
				return;
			kind = FX_STMT_DECL_INIT;
			start = ts;
		} else
			return;
	} else if (is_ident_char(src[p])) {
		size_t ws = ident_start(t, p);
		if (!ident_at(t, ws, "return") || !stmt_boundary(t, ws))
			return;
		kind = FX_STMT_RETURN;
		start = ws;
	} else
		return;
	if (kind == FX_STMT_EXPR && !stmt_boundary(t, start))
		return;
	/* the statement must open its line, so indentation is known */
	size_t ls = fx_line_start(t, start);
	for (size_t i = ls; i < start; i++)
		if (src[i] != ' ' && src[i] != '\t')
			return;
	if (start - ls >= sizeof(s->indent))
		return;
	memcpy(s->indent, src + ls, start - ls);
	s->indent[start - ls] = 0;
	/* one level: the statement's indentation minus that of its block's line */
	strcpy(s->unit, strchr(s->indent, '\t') ? "\t" : "    ");
	int d = 0;
	for (size_t i = start; i-- > 0;) {
		if (!fx_is_code(t, i))
			continue;
		if (src[i] == '}')
			d++;
		else if (src[i] == '{' && d-- == 0) {
			size_t bl = fx_line_start(t, i), k = bl;
			while (k < i && (src[k] == ' ' || src[k] == '\t'))
				k++;
			size_t outer = k - bl, inner = strlen(s->indent);
			if (inner > outer && inner - outer < sizeof(s->unit) &&
			    strncmp(src + bl, s->indent, outer) == 0) {
				memcpy(s->unit, s->indent + outer, inner - outer);
				s->unit[inner - outer] = 0;
			}
			break;
		}
	}
	s->stmt = kind;
	s->stmt_start = start;
	s->stmt_end = after + 1;
}

bool fx_enclosing_statement(struct fx_site *s)
{
	if (s->stmt != FX_STMT_OTHER)
		return true;
	const struct fx_text *t = s->text;
	const char *src = t->t->utf8;
	/* back to the ';', '{' or '}' before the statement, across balanced brackets */
	int depth = 0;
	size_t p = s->name_start, start = NPOS;
	while ((p = fx_prev_code(t, p)) != NPOS) {
		char ch = src[p];
		if (ch == ')' || ch == ']')
			depth++;
		else if ((ch == '(' || ch == '[') && depth > 0)
			depth--;   /* an unmatched '(' is a condition we are leaving: keep going out */
		else if (depth == 0 && (ch == ';' || ch == '{' || ch == '}')) {
			start = fx_next_code(t, p + 1);
			break;
		}
	}
	if (p == NPOS)
		return false;
	if (start == NPOS || start > s->name_start)
		return false;
	/* a declaration may only go before a plain statement: not after a label,
	 * not between `else` and its statement, not inside a for header */
	static const char *const bad[] = { "else", "case", "default", "do", "for", "while" };
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
		if (ident_at(t, start, bad[i]))
			return false;
	if (!ident_at(t, start, "if") && !ident_at(t, start, "switch") && !ident_at(t, start, "return") &&
	    !is_ident_char(src[start]))
		return false;
	for (size_t q = start; q < s->name_start; q++)
		if (src[q] == ':' && fx_is_code(t, q) && (q + 1 >= t->t->len || src[q + 1] != ':') &&
		    (q == 0 || src[q - 1] != ':'))
			return false;   /* a label or a ?: before the call */
	size_t ls = fx_line_start(t, start);
	for (size_t i = ls; i < start; i++)
		if (src[i] != ' ' && src[i] != '\t')
			return false;
	if (start - ls >= sizeof(s->indent))
		return false;
	memcpy(s->indent, src + ls, start - ls);
	s->indent[start - ls] = 0;
	s->stmt_start = start;
	return true;
}

bool fx_site_for_call(struct fx_ctx *c, size_t tu, const struct fcall *call, struct fx_site *out)
{
	memset(out, 0, sizeof(*out));
	const struct fexpr *e = call->expr;
	if (!e || !e->loc.file || call->recovered)
		return false;
	struct fx_text *t = fx_text_get(c, e->loc.file);
	if (!t)
		return false;
	size_t off = fx_offset(t, e->loc.line, e->loc.col);
	if (off == NPOS || !fx_is_code(t, off))
		return false;
	if (!ident_at(t, off, call->callee) && !(call->callee_macro && ident_at(t, off, call->callee_macro)))
		return false;
	const char *name = ident_at(t, off, call->callee) ? call->callee : call->callee_macro;
	size_t lp = fx_next_code(t, off + strlen(name));
	if (lp == NPOS || t->t->utf8[lp] != '(')
		return false;
	size_t rp = fx_match(t, lp);
	if (rp == NPOS)
		return false;
	out->tu = tu;
	out->call = call;
	out->func = call->func;
	out->text = t;
	out->name_start = off;
	out->lparen = lp;
	out->rparen = rp;
	/* arguments at depth 0 */
	size_t a = lp + 1;
	const char *src = t->t->utf8;
	for (size_t i = lp + 1; i <= rp; i++) {
		if (!fx_is_code(t, i))
			continue;
		if (i < rp && (src[i] == '(' || src[i] == '[' || src[i] == '{')) {
			size_t m = fx_match(t, i);
			if (m == NPOS || m > rp)
				return false;
			i = m;
			continue;
		}
		if (src[i] == ',' || i == rp) {
			size_t s0 = fx_next_code(t, a), e0 = fx_prev_code(t, i);
			if (s0 == NPOS || s0 >= i) {
				if (i == rp && out->n_args == 0)
					break;  /* no arguments */
				return false;
			}
			if (out->n_args == FX_MAX_ARGS)
				return false;
			out->arg_start[out->n_args] = s0;
			out->arg_end[out->n_args] = e0 + 1;
			out->n_args++;
			a = i + 1;
		}
	}
	classify_statement(out);
	return true;
}

bool fx_site_for_finding(struct fx_ctx *c, const struct finding *f, struct fx_site *out)
{
	for (size_t i = 0; i < c->n; i++) {
		const struct tu_facts *tf = c->tus[i];
		if (!tf)
			continue;
		for (size_t k = 0; k < tf->n_calls; k++) {
			const struct fcall *call = &tf->calls[k];
			const struct fexpr *e = call->expr;
			if (!e || !e->loc.file || e->loc.line != f->line)
				continue;
			char *rel = path_relative(c->root, e->loc.file);
			bool same = strcmp(rel, f->file) == 0;
			free(rel);
			if (!same)
				continue;
			struct fx_text *t = fx_text_get(c, e->loc.file);
			if (!t)
				continue;
			size_t off = fx_offset(t, e->loc.line, e->loc.col);
			if (off == NPOS)
				continue;
			int l, col;
			text_offset_to_linecol(t->t, off, &l, &col);
			if (col != f->col)
				continue;
			if (fx_site_for_call(c, i, call, out))
				return true;
		}
	}
	return false;
}

char *fx_arg_text(const struct fx_site *s, int i)
{
	if (i < 0 || i >= s->n_args)
		return xstrdup("");
	return fx_slice(s->text, s->arg_start[i], s->arg_end[i]);
}

bool fx_name_in_use(const struct fx_ctx *c, size_t tu, int func, const char *name)
{
	const struct tu_facts *tf = c->tus[tu];
	for (size_t i = 0; i < tf->n_vars; i++)
		if ((tf->vars[i].func == func || tf->vars[i].func == -1) && strcmp(tf->vars[i].name, name) == 0)
			return true;
	for (size_t i = 0; i < tf->n_funcs; i++)
		if (strcmp(tf->funcs[i].name, name) == 0)
			return true;
	return false;
}

const char *fx_fresh_name(struct fx_ctx *c, const struct fx_site *s, const char *base, char *buf, size_t size)
{
	for (int k = 1; k < 100; k++) {
		if (k == 1)
			snprintf(buf, size, "%s", base);
		else
			snprintf(buf, size, "%s%d", base, k);
		if (fx_name_in_use(c, s->tu, s->func, buf))
			continue;
		char *key = xasprintf("%s:%d:%s", s->text->path, s->func, buf);
		bool taken = false;
		for (size_t i = 0; i < c->n_taken && !taken; i++)
			taken = strcmp(c->taken[i], key) == 0;
		if (taken) {
			free(key);
			continue;
		}
		ALLOC_GROW(c->taken, c->n_taken + 1, c->alloc_taken);
		c->taken[c->n_taken++] = key;
		return buf;
	}
	snprintf(buf, size, "%s", base);
	return buf;
}

void fx_plan_init(struct fx_plan *p)
{
	memset(p, 0, sizeof(*p));
	strbuf_init(&p->why, 0);
	strbuf_init(&p->notes, 0);
}

void fx_plan_free(struct fx_plan *p)
{
	for (size_t i = 0; i < p->n; i++)
		free(p->v[i].rep);
	free(p->v);
	strbuf_release(&p->why);
	strbuf_release(&p->notes);
	memset(p, 0, sizeof(*p));
}

void fx_plan_add(struct fx_plan *p, struct fx_text *t, size_t start, size_t end, const char *rep)
{
	for (size_t i = 0; i < p->n; i++)
		if (p->v[i].text == t && p->v[i].start == start && p->v[i].end == end &&
		    strcmp(p->v[i].rep, rep) == 0)
			return;
	ALLOC_GROW(p->v, p->n + 1, p->alloc);
	p->v[p->n].text = t;
	p->v[p->n].start = start;
	p->v[p->n].end = end;
	p->v[p->n].rep = xstrdup(rep);
	p->n++;
}

bool fx_refuse(struct fx_plan *p, const char *fmt, ...)
{
	if (p->why.len == 0) {
		va_list ap;
		va_start(ap, fmt);
		strbuf_vaddf(&p->why, fmt, ap);
		va_end(ap);
	}
	return false;
}

bool fx_plan_ok(const struct fx_plan *p)
{
	return p->why.len == 0 && p->n > 0;
}

void fx_plan_attach(struct fx_ctx *c, const struct fx_plan *p, struct finding *f)
{
	(void)c;
	for (size_t i = 0; i < p->n; i++) {
		const struct fx_edit *e = &p->v[i];
		struct file_fix *fx = finding_fix_for(f, e->text->rel, e->text->sha256);
		file_fix_add_edit(fx, e->start, e->end, e->rep);
		struct text_edit *te = &fx->edits[fx->n_edits - 1];
		text_offset_to_linecol(e->text->t, e->start, &te->line, &te->col);
		text_offset_to_linecol(e->text->t, e->end, &te->end_line, &te->end_col);
	}
}

bool fx_name_is(const struct fexpr *e, const char *name)
{
	e = fexpr_strip(e);
	return e && e->kind == FX_NAME && e->text && strcmp(e->text, name) == 0;
}

const struct fexpr *fx_call_arg(const struct fcall *call, int i)
{
	if (!call->expr || i < 0 || (size_t)i >= call->expr->n_kids)
		return NULL;
	return call->expr->kids[i];
}

enum driver_model fx_model(const struct fx_ctx *c, size_t tu)
{
	return c->cfgs && c->cfgs[tu] ? c->cfgs[tu]->model : MODEL_UNKNOWN;
}

int fx_target_build(const struct fx_ctx *c, size_t tu)
{
	if (c->opts && c->opts->target_build)
		return c->opts->target_build;
	return c->cfgs && c->cfgs[tu] ? c->cfgs[tu]->target_build : 0;
}

/* No --target-os and no project setting: driso's default build is a guess,
 * so it does not turn direct calls into run-time resolution. */
static bool target_is_default(const struct fx_ctx *c, size_t tu)
{
	const struct tu_config *cfg = c->cfgs ? c->cfgs[tu] : NULL;
	if ((c->opts && c->opts->target_build) || !cfg)
		return false;
	for (size_t i = 0; cfg->arg_origin && i < cfg->n_args; i++)
		if (str_starts_with(cfg->args[i], "-DNTDDI_VERSION=") && cfg->arg_origin[i])
			return str_starts_with(cfg->arg_origin[i], "default:");
	return false;
}

bool fx_below_floor(const struct fx_ctx *c, size_t tu, int floor)
{
	int b = fx_target_build(c, tu);
	return b && b < floor && !target_is_default(c, tu);
}

void fx_resolve_open_driver_key(struct fx_ctx *c, const struct fx_site *s, struct strbuf *pre, char *fn,
				size_t fn_size)
{
	char nbuf[64];
	const char *name = fx_fresh_name(c, s, "openDriverKeyName", nbuf, sizeof(nbuf));
	fx_fresh_name(c, s, "openDriverKey", fn, fn_size);
	/* no typedef: two fixes in one function must not declare one type twice */
	static const char proto[] = "NTSTATUS (NTAPI *%s)(PDRIVER_OBJECT, ULONG, ACCESS_MASK, ULONG, PHANDLE)";
	char *decl = xasprintf(proto, fn), *cast = xasprintf(proto, "");
	strbuf_addf(pre, "UNICODE_STRING %s = RTL_CONSTANT_STRING(L\"IoOpenDriverRegistryKey\");\n%s", name, s->indent);
	strbuf_addf(pre, "%s = (%s)MmGetSystemRoutineAddress(&%s);\n%s", decl, cast, name, s->indent);
	free(decl);
	free(cast);
}

void fx_note_floor(struct fx_ctx *c, const struct fx_site *s, struct fx_plan *p, const char *api, int floor)
{
	int b = fx_target_build(c, s->tu);
	if (b && b < floor)
		strbuf_addf(&p->notes,
			    "%s needs Windows build %d and the project targets build %d: raise the target OS "
			    "(TargetVersion / NTDDI_VERSION) or resolve it at run time with %s and keep a fallback; ",
			    api, floor, b,
			    c->cfgs && c->cfgs[s->tu] && c->cfgs[s->tu]->kernel ? "MmGetSystemRoutineAddress"
										 : "GetProcAddress");
}

static void plan_copy(struct fx_plan *dst, const struct fx_plan *src)
{
	for (size_t i = 0; i < src->n; i++)
		fx_plan_add(dst, src->v[i].text, src->v[i].start, src->v[i].end, src->v[i].rep);
	if (src->why.len)
		strbuf_addstr(&dst->why, src->why.buf);
	if (src->notes.len)
		strbuf_addstr(&dst->notes, src->notes.buf);
}

bool fx_cache_get(struct fx_ctx *c, const struct fx_text *t, size_t at, struct fx_plan *p)
{
	for (size_t i = 0; i < c->n_cache; i++)
		if (c->cache[i].text == t && c->cache[i].at == at) {
			plan_copy(p, c->cache[i].plan);
			return true;
		}
	return false;
}

void fx_cache_put(struct fx_ctx *c, const struct fx_text *t, size_t at, const struct fx_plan *p)
{
	ALLOC_GROW(c->cache, c->n_cache + 1, c->alloc_cache);
	struct fx_cached *e = &c->cache[c->n_cache++];
	e->text = t;
	e->at = at;
	e->plan = xmalloc(sizeof(*e->plan));
	fx_plan_init(e->plan);
	plan_copy(e->plan, p);
}

void fx_cache_free(struct fx_ctx *c)
{
	for (size_t i = 0; i < c->n_cache; i++) {
		fx_plan_free(c->cache[i].plan);
		free(c->cache[i].plan);
	}
	free(c->cache);
	c->cache = NULL;
	c->n_cache = c->alloc_cache = 0;
}

size_t fx_enclosing_brace(const struct fx_text *t, size_t off)
{
	int d = 0;
	for (size_t i = off; i-- > 0;) {
		if (!fx_is_code(t, i))
			continue;
		char ch = t->t->utf8[i];
		if (ch == '}')
			d++;
		else if (ch == '{' && d-- == 0)
			return i;
	}
	return NPOS;
}

bool fx_names_parameters_key(const struct finding *f)
{
	for (const char *p = f->message; p && (p = str_icontains(p, "\\Parameters")) != NULL; p++) {
		char nx = p[11];
		if (nx == ' ' || nx == 0 || nx == ')' || nx == ',' || nx == ';')
			return true;
	}
	return false;
}
