/*
 * edits: apply a set of text_edits (core/finding.h) to a buffer.
 *
 * Contract:
 *  - Offsets are byte offsets into `text` (the decoded UTF-8 text of a file).
 *  - Edits are applied as one change set against the ORIGINAL text: their
 *    order in the array does not matter, except that insertions (start ==
 *    end) at the same offset land in array order.
 *  - Overlapping edits are refused (two ranges sharing a byte, or an
 *    insertion strictly inside a replaced range): nothing is produced, -1 is
 *    returned and *err names the two edits. Ranges past the end or with
 *    end < start are refused the same way.
 *  - On success *out is malloc'd, NUL-terminated, *out_len bytes.
 */
#ifndef DRISO_EDITS_H
#define DRISO_EDITS_H

#include "core/finding.h"

#include <stddef.h>

struct edits_error {
	char message[256];
};

int edits_apply(const char *text, size_t len, const struct text_edit *edits, size_t n_edits,
		char **out, size_t *out_len, struct edits_error *err);

/* True when the two edits cannot be applied together (see above). */
int edits_overlap(const struct text_edit *a, const struct text_edit *b);

#endif
