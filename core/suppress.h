/*
 * suppress: mark findings a team has consciously accepted.
 *
 * Inline: a comment on the finding's line or the line above it,
 *   C/C++:  // driso:ignore <rule>[,<rule>...] <reason>     (or a block comment)
 *   INF:    ; driso:ignore <rule>[,<rule>...] <reason>
 * `*` matches every rule. A reason is required: an ignore without one does
 * not suppress (and the finding says why), so every exception is explained.
 * Config: `suppress` entries of .driso.json (rule + file pattern + reason).
 *
 * Suppressed findings stay in the report with suppressed=true and their
 * reason; they are counted in the summary, not silently dropped, and do not
 * affect the exit code.
 */
#ifndef DRISO_SUPPRESS_H
#define DRISO_SUPPRESS_H

#include "core/config.h"
#include "core/finding.h"

void suppress_apply(struct finding_list *l, const char *root, const struct driso_config *cfg);

/* Parse one line of text: when it holds a driso:ignore covering `rule`, return
 * true and set *reason (malloc'd, possibly NULL when missing). Exposed for tests. */
bool suppress_line_matches(const char *line, size_t len, const char *rule, char **reason);

#endif
