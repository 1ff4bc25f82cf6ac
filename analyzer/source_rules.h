/*
 * source_rules: value tracking and the source isolation rule families over
 * the facts of a set of TUs (one driver/package at a time, so function
 * summaries cross TUs).
 *
 * Appends findings with rule, severity, sink location, evidence chain,
 * environment, target classification and proposal (and fixes when a safe
 * mechanical rewrite exists) to `out`. `cfgs[i]` describes `tus[i]`.
 */
#ifndef DRISO_SOURCE_RULES_H
#define DRISO_SOURCE_RULES_H

#include "analyzer/compile_env.h"
#include "analyzer/facts.h"
#include "core/finding.h"
#include "core/options.h"

void source_rules_run(struct tu_facts *const *tus, const struct tu_config *const *cfgs, size_t n,
		      const struct scan_options *opts, struct finding_list *out);

#endif
