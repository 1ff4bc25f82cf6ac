/*
 * text: decode a file's bytes into UTF-8 text with a line table, and encode
 * edited text back in the file's own encoding.
 *
 * Contract:
 *  - text_decode() never crashes on any input. It returns NULL and fills *err
 *    (a message and the 1-based line where decoding failed) for files that
 *    cannot be text: odd-length UTF-16, NUL bytes in an 8-bit file, invalid
 *    UTF-8 in a file that claimed UTF-8 by its BOM, unpaired surrogates.
 *  - Encodings: UTF-8 with BOM, UTF-8 without BOM (valid UTF-8 containing
 *    non-ASCII), UTF-16LE/BE with BOM, UTF-16LE without BOM (detected from
 *    the NUL pattern), ANSI (anything else: bytes above 0x7F are shown as
 *    Windows-1252 in .utf8 and restored byte-exact on encode).
 *  - .utf8 is the decoded text (BOM removed, line endings kept as they are),
 *    NUL-terminated; all offsets/spans elsewhere in driso are byte offsets
 *    into .utf8. CRLF, LF and a lone CR each end one line.
 *  - text_encode(t, new_utf8) re-encodes in t's encoding with t's BOM;
 *    text_encode(t, t->utf8) returns the original bytes exactly.
 */
#ifndef DRISO_TEXT_H
#define DRISO_TEXT_H

#include <stdbool.h>
#include <stddef.h>

enum text_encoding {
	TEXT_ANSI,       /* 8-bit, no BOM; decoded as Windows-1252 for display */
	TEXT_UTF8,       /* UTF-8 without BOM */
	TEXT_UTF8_BOM,
	TEXT_UTF16LE,    /* with BOM FF FE */
	TEXT_UTF16LE_NOBOM,
	TEXT_UTF16BE,    /* with BOM FE FF */
};

struct text_error {
	int line;        /* 1-based; 1 when the problem is the file as a whole */
	char message[256];
};

struct text_file {
	char *path;              /* as given */
	enum text_encoding encoding;
	char *utf8;              /* decoded text, NUL-terminated */
	size_t len;              /* bytes in utf8 */
	size_t *line_starts;     /* offset of each line's first byte; n_lines entries */
	size_t n_lines;
	/* ANSI only: the original raw bytes, so untouched bytes re-encode exactly
	 * (for a pure-ASCII file this is the same buffer as utf8: read-only) */
	char *raw;
	size_t raw_len;
};

const char *text_encoding_name(enum text_encoding e);

/* Decode bytes (not consumed). NULL + *err on failure. */
struct text_file *text_decode(const char *path, const char *bytes, size_t n, struct text_error *err);
/* Read and decode a file; I/O errors also go to *err. */
struct text_file *text_load(const char *path, struct text_error *err);
void text_free(struct text_file *t);

/* 1-based line/column (column in code points) of a byte offset into utf8. */
void text_offset_to_linecol(const struct text_file *t, size_t off, int *line, int *col);
/* Byte offset of a 1-based line/column; clamps to the text. */
size_t text_linecol_to_offset(const struct text_file *t, int line, int col);
/* The line's text without its terminator: *len bytes starting at the return. */
const char *text_line(const struct text_file *t, int line, size_t *len);
/* The terminator used by the file ("\r\n", "\n" or "\r"), by majority. */
const char *text_dominant_eol(const struct text_file *t);

/* Encode utf8 text (len bytes) in t's encoding; malloc'd bytes in *out, length in *out_len.
 * Returns 0, or -1 when a character cannot be represented (ANSI). */
int text_encode(const struct text_file *t, const char *utf8, size_t len, char **out, size_t *out_len);

#endif
