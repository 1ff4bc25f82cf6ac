/* Edit application and the diff engine: random text, random edits.
 * Invariants: overlapping edits are refused; accepted edits leave every byte
 * outside their spans untouched and in order. */
#include "core/edits.h"
#include "core/strbuf.h"
#include "rewriters/diff.h"

#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
	if (size < 8)
		return 0;
	size_t n_edits = data[0] % 6;
	size_t hdr = 1 + n_edits * 4;
	if (size < hdr + 1)
		return 0;
	const char *text = (const char *)data + hdr;
	size_t len = size - hdr;
	struct text_edit edits[6];
	static const char *repl[] = { "", "x", "\r\n", "HKR,Parameters", "\n\n", "é" };
	for (size_t i = 0; i < n_edits; i++) {
		const unsigned char *p = data + 1 + i * 4;
		size_t a = ((size_t)p[0] << 8 | p[1]) % (len + 1);
		size_t b = a + (p[2] % 8);
		if (b > len)
			b = len;
		memset(&edits[i], 0, sizeof(edits[i]));
		edits[i].start = a;
		edits[i].end = b;
		edits[i].replacement = (char *)repl[p[3] % 6];
	}
	char *out;
	size_t out_len;
	struct edits_error err;
	if (edits_apply(text, len, edits, n_edits, &out, &out_len, &err) == 0) {
		/* the text before the first edit is unchanged */
		size_t first = len;
		for (size_t i = 0; i < n_edits; i++)
			if (edits[i].start < first)
				first = edits[i].start;
		if (out_len < first || memcmp(out, text, first))
			abort();
		/* one block covering both texts: the engine must render any content */
		size_t old_lines = 0, new_lines = 0;
		for (size_t i = 0; i < len; i++)
			old_lines += text[i] == '\n';
		for (size_t i = 0; i < out_len; i++)
			new_lines += out[i] == '\n';
		old_lines += len && text[len - 1] != '\n';
		new_lines += out_len && out[out_len - 1] != '\n';
		struct diff_block blk = { 0, old_lines, 0, new_lines };
		struct strbuf sb = STRBUF_INIT;
		diff_blocks(text, len, out, out_len, &blk, 1, NULL, "", &sb);
		strbuf_release(&sb);
		free(out);
	}
	return 0;
}
