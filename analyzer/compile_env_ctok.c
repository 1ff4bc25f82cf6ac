#include "analyzer/compile_env_ctok.h"

#include "core/util.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

static void push(struct ctoks *t, enum ctok_kind k, const char *s, size_t n)
{
	if (t->n == t->cap) {
		t->cap = t->cap ? t->cap * 2 : 256;
		t->v = xrealloc(t->v, t->cap * sizeof(*t->v));
	}
	t->v[t->n++] = (struct ctok){ k, s, n };
}

void ctok_lex(const char *p, bool keep_pp, struct ctoks *out)
{
	bool line_start = true;
	while (*p) {
		if (*p == '\n') {
			line_start = true;
			p++;
			continue;
		}
		if (isspace((unsigned char)*p)) {
			p++;
			continue;
		}
		if (p[0] == '/' && p[1] == '/') {
			while (*p && *p != '\n')
				p++;
			continue;
		}
		if (p[0] == '/' && p[1] == '*') {
			const char *e = strstr(p + 2, "*/");
			p = e ? e + 2 : p + strlen(p);
			continue;
		}
		const char *s = p;
		if (*p == '#' && line_start) {
			while (*p && !(*p == '\n' && p[-1] != '\\'))
				p++;
			if (keep_pp)
				push(out, CT_PP, s, (size_t)(p - s));
			continue;
		}
		line_start = false;
		if (isalpha((unsigned char)*p) || *p == '_') {
			while (isalnum((unsigned char)*p) || *p == '_')
				p++;
			/* L"..." and L'x' stay one token */
			if (p - s == 1 && *s == 'L' && (*p == '"' || *p == '\''))
				goto quoted;
			push(out, CT_IDENT, s, (size_t)(p - s));
		} else if (isdigit((unsigned char)*p) || (*p == '.' && isdigit((unsigned char)p[1]))) {
			while (isalnum((unsigned char)*p) || *p == '.' || *p == '_')
				p++;
			push(out, CT_NUMBER, s, (size_t)(p - s));
		} else if (*p == '"' || *p == '\'') {
		quoted:;
			char q = *p++;
			while (*p && *p != q && *p != '\n') {
				if (*p == '\\' && p[1])
					p++;
				p++;
			}
			if (*p == q)
				p++;
			push(out, q == '"' ? CT_STRING : CT_CHAR, s, (size_t)(p - s));
		} else {
			/* two-character operators that matter inside constant expressions */
			static const char *const two[] = { "<<", ">>", "::", "->", "==", "!=", "<=", ">=", "&&", "||" };
			size_t n = 1;
			for (size_t i = 0; i < sizeof(two) / sizeof(two[0]); i++)
				if (p[0] == two[i][0] && p[1] == two[i][1])
					n = 2;
			p += n;
			push(out, CT_PUNCT, s, n);
		}
	}
	push(out, CT_EOF, p, 0);
}

void ctoks_free(struct ctoks *t)
{
	free(t->v);
	*t = (struct ctoks){ 0 };
}

bool ctok_is(const struct ctok *t, const char *s)
{
	return (t->kind == CT_IDENT || t->kind == CT_PUNCT) && strlen(s) == t->n && !memcmp(t->s, s, t->n);
}

bool ctok_is_ci(const struct ctok *t, const char *s)
{
	return (t->kind == CT_IDENT || t->kind == CT_NUMBER || t->kind == CT_PUNCT) && strlen(s) == t->n &&
	       !strncasecmp(t->s, s, t->n);
}

bool ctok_punct(const struct ctok *t, char c)
{
	return t->kind == CT_PUNCT && t->n == 1 && t->s[0] == c;
}

const char *ctok_unquote(const struct ctok *t, size_t *n)
{
	const char *s = t->s, *e = t->s + t->n;
	if (s < e && *s == 'L')
		s++;
	if (s < e && (*s == '"' || *s == '\''))
		s++;
	if (e > s && (e[-1] == '"' || e[-1] == '\'') && e - 1 >= s)
		e--;
	*n = (size_t)(e - s);
	return s;
}

size_t ctok_skip_group(const struct ctoks *t, size_t i)
{
	int depth = 0;
	for (; t->v[i].kind != CT_EOF; i++) {
		if (t->v[i].kind != CT_PUNCT)
			continue;
		char c = t->v[i].s[0];
		if (c == '(' || c == '[' || c == '{')
			depth++;
		else if ((c == ')' || c == ']' || c == '}') && --depth == 0)
			return i + 1;
	}
	return i;
}

size_t ctok_next(const struct ctoks *t, size_t i)
{
	return t->v[i].kind == CT_EOF ? i : i + 1;
}
