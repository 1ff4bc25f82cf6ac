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

struct frontend;

struct frontend *frontend_new(void);
void frontend_free(struct frontend *fe);
/* Parse cfg->file with cfg->args. Always returns facts (possibly parse_failed). */
struct tu_facts *frontend_parse(struct frontend *fe, const struct tu_config *cfg, struct diag_list *errors);

#endif
