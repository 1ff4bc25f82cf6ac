/*
 * diff: unified diffs of prepared files (rewriters/apply.h), for review and
 * for `git apply`.
 *
 *	struct strbuf patch = STRBUF_INIT;
 *	diff_prepared_set(&ps, &patch);      // every changed file, path order
 *
 * Contract:
 *  - Paths are `a/<rel>` and `b/<rel>`, rel being the scan-root relative path
 *    of the fix, so `git apply` run at the scan root applies the patch.
 *  - Hunks come straight from the edited ranges (no LCS search): each edit is
 *    widened to whole lines, neighbouring ones merged, identical leading and
 *    trailing lines trimmed, 3 lines of context, hunks closer than 6 lines
 *    joined. The result is exact, not merely plausible.
 *  - UTF-8 and ANSI files are diffed on their raw bytes: CR before LF stays
 *    in every line, ANSI bytes stay as they are, a missing final newline gets
 *    "\ No newline at end of file" — `git apply --check` passes.
 *  - UTF-16 files cannot be applied by git (the patch would need NUL bytes).
 *    Their section shows the decoded UTF-8 text for review; its header lines
 *    start with '#' so `git apply` skips the section (and still applies the
 *    others), and a comment says to use `driso apply` / `driso fix --apply`.
 *  - Unchanged files produce no output.
 */
#ifndef DRISO_DIFF_H
#define DRISO_DIFF_H

#include "core/strbuf.h"
#include "rewriters/apply.h"

#define DIFF_CONTEXT 3

/* Append the diff of one prepared file; returns the number of hunks. */
int diff_prepared_file(const struct prepared_file *pf, struct strbuf *out);
/* Append the diffs of every file in the set; returns the number of files. */
int diff_prepared_set(const struct prepared_set *ps, struct strbuf *out);

/*
 * The engine, for callers that have bytes but no prepared file: diff `old`
 * against `new` given the changed line blocks (0-based, half-open, lines
 * split at '\n'). `header` is emitted before the first hunk (may be NULL);
 * `comment` prefixes hunk headers ("" normally, "#" for review-only output).
 */
struct diff_block {
	size_t old_start, old_end;
	size_t new_start, new_end;
};
int diff_blocks(const char *old, size_t old_len, const char *new_, size_t new_len,
		const struct diff_block *blocks, size_t n_blocks,
		const char *header, const char *comment, struct strbuf *out);

#endif
