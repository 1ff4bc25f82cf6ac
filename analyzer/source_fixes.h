/*
 * source_fixes: mechanical source rewrites for source findings.
 *
 * Runs after source_rules_run() on the same group of TUs. For each finding a
 * driver engineer would fix mechanically (see docs/source-fixes.md), it
 * attaches a fix (edits on the source text, pre-image hash) to the finding;
 * where no safe rewrite exists the finding keeps its proposal and no edit.
 * Implementation: analyzer/fixes/, one file per patch kind.
 */
#ifndef DRISO_SOURCE_FIXES_H
#define DRISO_SOURCE_FIXES_H

#include "analyzer/compile_env.h"
#include "analyzer/facts.h"
#include "core/finding.h"
#include "core/options.h"

void source_fixes_attach(struct tu_facts *const *tus, const struct tu_config *const *cfgs, size_t n,
			 const struct scan_options *opts, struct finding_list *findings);

#endif
