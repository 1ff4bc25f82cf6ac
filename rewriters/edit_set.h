/*
 * edit_set: the fixes of a finding list regrouped per file, checked for
 * conflicts and ordered, ready to render, diff (rewriters/diff.h) or write
 * (rewriters/apply.h).
 *
 * Typical use (driso fix / driso apply):
 *
 *	struct edit_set es;
 *	struct diag_list errs = {0};
 *	edit_set_init(&es);
 *	if (edit_set_add_findings(&es, &findings, &errs) < 0)
 *		... conflicts are in errs: print them, write nothing ...
 *	struct prepared_set ps;                      // rewriters/apply.h
 *	apply_prepare(&es, root, &ps, &errs);        // read, verify, render
 *	diff_prepared_set(&ps, &patch);              // rewriters/diff.h
 *	apply_commit(&ps, &errs);                    // all-or-nothing write
 *
 * Contract:
 *  - Only fixes are collected; suppressed findings are skipped (a reviewer
 *    who wants a suppressed fix applied un-suppresses it first).
 *  - Edits keep borrowed pointers into the findings (replacement text,
 *    finding for messages): the finding list must outlive the edit set.
 *  - Offsets are byte offsets into the file's decoded UTF-8 text (core/text.h).
 *  - Overlap rule: [s1,e1) and [s2,e2) conflict when they share a byte; an
 *    insertion (s == e) conflicts with an edit that strictly contains its
 *    point, and with a *different* insertion at the same point (the order
 *    would be arbitrary). Adjacent edits do not conflict. An insertion at
 *    the start of a replaced span goes before the replacement.
 *  - Identical edits (same span, same replacement) from several findings,
 *    or twice from one finding, are merged into one.
 *  - Every conflict is one diag: `file:line: error: conflicting edits: ...`
 *    naming both findings (fingerprint, else rule@line:col) and both spans.
 *    Two findings that claim different pre-image hashes for one file (fixes
 *    from different scans) are a conflict too.
 *  - Paths are grouped after dropping "." and empty segments ("./a//b.c" is
 *    "a/b.c"); files are kept sorted by path, edits by (start, end).
 */
#ifndef DRISO_EDIT_SET_H
#define DRISO_EDIT_SET_H

#include "core/diag.h"
#include "core/finding.h"
#include "core/text.h"

#include <stdbool.h>
#include <stddef.h>

struct planned_edit {
	size_t start, end;             /* decoded UTF-8 byte range */
	const char *replacement;       /* borrowed from the finding */
	int line, col;                 /* from the finding's text_edit (0 = unknown) */
	const struct finding *owner;   /* first finding that asked for it */
	size_t n_owners;               /* findings that asked for this same edit */
	size_t seq;                    /* index in the owner's fix: its insertions at one point keep this order */
};

struct file_edits {
	char *file;                    /* scan-root relative, forward slashes */
	char sha256[65];               /* pre-image hash; "" when no fix named one */
	struct planned_edit *edits;
	size_t n, alloc;
};

struct edit_set {
	struct file_edits *files;
	size_t n, alloc;
	size_t n_findings;             /* findings that contributed at least one edit */
	size_t n_conflicts;
	struct diag_list pending;      /* pre-image clashes seen while adding */
};

void edit_set_init(struct edit_set *es);
void edit_set_free(struct edit_set *es);

/* Add every edit of every unsuppressed finding, then sort, merge duplicates
 * and check conflicts. Returns 0, or -1 when conflicts were found (each one
 * added to *errors; the set still holds all edits for inspection). */
int edit_set_add_findings(struct edit_set *es, const struct finding_list *l,
			  struct diag_list *errors);

/* Lower level: add one finding's fixes (no checks), then finish once. */
void edit_set_add_finding(struct edit_set *es, const struct finding *f);
int edit_set_finish(struct edit_set *es, struct diag_list *errors);

/* The edits for a file, NULL when the set does not touch it. */
const struct file_edits *edit_set_file(const struct edit_set *es, const char *file);

/* "fingerprint" or "rule@file:line:col": how messages name a finding. */
void edit_set_finding_id(const struct finding *f, char *buf, size_t size);

/*
 * Apply a file's edits to its decoded text. The edits must be sorted and
 * conflict-free (edit_set_finish). Checks every span against the text (in
 * range, on UTF-8 character boundaries); a bad span adds a diag and returns
 * -1. Replacement text containing bare LF is written with the file's
 * dominant line ending, so a CRLF file stays CRLF. On success *out is the
 * new UTF-8 text (malloc'd, NUL-terminated), *out_len its length.
 */
int edit_set_render(const struct file_edits *fe, const struct text_file *t,
		    char **out, size_t *out_len, struct diag_list *errors);

#endif
