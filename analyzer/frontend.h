/*
 * frontend: parse one TU with libclang and copy out its facts (facts.h).
 *
 * frontend_parse() never aborts the batch: a TU libclang cannot parse gives
 * tu_facts with parse_failed set and a diag (file:line: message); missing
 * includes and errors inside bodies are recorded as fdiags and counted.
 * One frontend (one CXIndex) per worker thread.
 */
#ifndef DRISO_FRONTEND_H
#define DRISO_FRONTEND_H

#include "analyzer/compile_env.h"
#include "analyzer/facts.h"
#include "core/diag.h"

#include <stdbool.h>

struct frontend;

struct frontend *frontend_new(void);
void frontend_free(struct frontend *fe);
/* Parse cfg->file with cfg->args. Always returns facts (possibly parse_failed). */
struct tu_facts *frontend_parse(struct frontend *fe, const struct tu_config *cfg, struct diag_list *errors);

struct strbuf;
/* Decode one C string literal's source text (L"a\\b", "x\x41", u8"..")
 * into UTF-8 appended to out; *wide is set for L/u/U prefixes. Returns
 * false when s is not a string literal. Exposed for tests. */
bool frontend_decode_string_literal(const char *s, struct strbuf *out, bool *wide);

/* The arguments frontend_parse() adds to every TU (a PCH meant for those
 * TUs must be built with them too). */
const char *const *frontend_default_args(size_t *n);

#endif
