/*
 * compile_env_ctok: the C-family tokens the build-tool stand-ins read
 * (MIDL's .idl/.acf, mofcomp's .mof).
 *
 * Contract:
 *  - ctok_lex() appends the tokens of NUL-terminated text to `out` and always
 *    ends them with one CT_EOF token, so a reader may look one token past any
 *    non-EOF token. Tokens point into the text, which must outlive them.
 *  - Comments are dropped. A preprocessor line (with its backslash
 *    continuations) is one CT_PP token, or dropped when keep_pp is false.
 *  - CT_STRING and CT_CHAR keep their quotes (and an L prefix);
 *    ctok_unquote() gives the characters between them.
 *  - ctok_skip_group() and ctok_next() never step past CT_EOF.
 * Nothing here allocates but the token array; free it with ctoks_free().
 */
#ifndef DRISO_COMPILE_ENV_CTOK_H
#define DRISO_COMPILE_ENV_CTOK_H

#include <stdbool.h>
#include <stddef.h>

enum ctok_kind { CT_IDENT, CT_NUMBER, CT_STRING, CT_CHAR, CT_PUNCT, CT_PP, CT_EOF };

struct ctok {
	enum ctok_kind kind;
	const char *s;
	size_t n;
};

struct ctoks {
	struct ctok *v;
	size_t n, cap;
};

void ctok_lex(const char *text, bool keep_pp, struct ctoks *out);
void ctoks_free(struct ctoks *t);

/* An identifier or punctuator spelled exactly s. */
bool ctok_is(const struct ctok *t, const char *s);
/* An identifier, number or punctuator spelled s, ignoring case (MOF). */
bool ctok_is_ci(const struct ctok *t, const char *s);
/* The one-character punctuator c. */
bool ctok_punct(const struct ctok *t, char c);
/* The characters between a string's quotes; *n gets their count. */
const char *ctok_unquote(const struct ctok *t, size_t *n);

/* Index just past the bracket group opening at i ('(' '[' '{'), or EOF's. */
size_t ctok_skip_group(const struct ctoks *t, size_t i);
/* The index after i, never past the EOF token. */
size_t ctok_next(const struct ctoks *t, size_t i);

#endif
