#include "core/text.h"

#include "core/strbuf.h"
#include "core/util.h"

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/*
 * Windows-1252 bytes 0x80..0x9F. The five bytes the code page leaves
 * undefined (0x81 0x8D 0x8F 0x90 0x9D) map to the C1 control of the same
 * value, as MultiByteToWideChar does, so every byte has a code point and
 * decoding is a bijection on all 256 bytes.
 */
static const uint16_t cp1252_high[32] = {
	0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
	0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
	0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
	0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

const char *text_encoding_name(enum text_encoding e)
{
	static const char *const names[] = {
		[TEXT_ANSI] = "ansi",
		[TEXT_UTF8] = "utf-8",
		[TEXT_UTF8_BOM] = "utf-8-bom",
		[TEXT_UTF16LE] = "utf-16le-bom",
		[TEXT_UTF16LE_NOBOM] = "utf-16le",
		[TEXT_UTF16BE] = "utf-16be-bom",
	};
	if ((unsigned)e < sizeof(names) / sizeof(names[0]) && names[e])
		return names[e];
	return "unknown";
}

static void set_error(struct text_error *err, int line, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
static void set_error(struct text_error *err, int line, const char *fmt, ...)
{
	if (!err)
		return;
	va_list ap;
	va_start(ap, fmt);
	err->line = line > 0 ? line : 1;
	vsnprintf(err->message, sizeof(err->message), fmt, ap);
	va_end(ap);
}

static void put_utf8(struct strbuf *sb, uint32_t cp)
{
	char b[4];
	size_t n;
	if (cp < 0x80) {
		b[0] = (char)cp;
		n = 1;
	} else if (cp < 0x800) {
		b[0] = (char)(0xC0 | (cp >> 6));
		b[1] = (char)(0x80 | (cp & 0x3F));
		n = 2;
	} else if (cp < 0x10000) {
		b[0] = (char)(0xE0 | (cp >> 12));
		b[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
		b[2] = (char)(0x80 | (cp & 0x3F));
		n = 3;
	} else {
		b[0] = (char)(0xF0 | (cp >> 18));
		b[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
		b[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
		b[3] = (char)(0x80 | (cp & 0x3F));
		n = 4;
	}
	strbuf_add(sb, b, n);
}

/*
 * Decode one UTF-8 sequence at s[0..n). Returns its length and sets *cp, or
 * 0 when the bytes are not well-formed UTF-8 (overlong forms, surrogates and
 * values above U+10FFFF are rejected, as RFC 3629 requires).
 */
static size_t utf8_next(const unsigned char *s, size_t n, uint32_t *cp)
{
	unsigned char c = s[0];
	if (c < 0x80) {
		*cp = c;
		return 1;
	}
	size_t len;
	uint32_t v, min;
	if ((c & 0xE0) == 0xC0) {
		len = 2, v = c & 0x1F, min = 0x80;
	} else if ((c & 0xF0) == 0xE0) {
		len = 3, v = c & 0x0F, min = 0x800;
	} else if ((c & 0xF8) == 0xF0) {
		len = 4, v = c & 0x07, min = 0x10000;
	} else {
		return 0;
	}
	if (len > n)
		return 0;
	for (size_t i = 1; i < len; i++) {
		if ((s[i] & 0xC0) != 0x80)
			return 0;
		v = (v << 6) | (s[i] & 0x3F);
	}
	if (v < min || v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF))
		return 0;
	*cp = v;
	return len;
}

/* 1-based line of byte `upto` in an ASCII-compatible buffer (CRLF, LF, CR). */
static int line_of_bytes(const unsigned char *s, size_t upto)
{
	int line = 1;
	for (size_t i = 0; i < upto; i++) {
		if (s[i] == '\n')
			line++;
		else if (s[i] == '\r' && !(i + 1 < upto && s[i + 1] == '\n'))
			line++;
	}
	return line;
}

static uint16_t u16_at(const unsigned char *s, bool be)
{
	return be ? (uint16_t)((s[0] << 8) | s[1]) : (uint16_t)(s[0] | (s[1] << 8));
}

/* Line (1-based) of code unit `upto` in a UTF-16 buffer. */
static int line_of_u16(const unsigned char *s, size_t upto, bool be)
{
	int line = 1;
	for (size_t i = 0; i < upto; i++) {
		uint16_t u = u16_at(s + 2 * i, be);
		if (u == '\n')
			line++;
		else if (u == '\r' && !(i + 1 < upto && u16_at(s + 2 * (i + 1), be) == '\n'))
			line++;
	}
	return line;
}

/*
 * An 8-bit CRLF conversion run over UTF-16LE text (git's eol=crlf without a
 * matching working-tree-encoding does this) inserts a 0x0D byte before each
 * 0x0A byte: CR LF becomes 0D 00 0D 0A 00 and every other line is shifted by
 * one byte. Such a file decodes to garbage, so it is refused by name.
 * Returns the byte offset of the first damage (relative to s) or -1.
 */
static long find_crlf_damage(const unsigned char *s, size_t n)
{
	for (size_t i = 0; i + 5 <= n; i++) {
		const unsigned char *p = memchr(s + i, 0x0D, n - i);
		if (!p)
			return -1;
		i = (size_t)(p - s);
		if (i + 5 <= n && p[1] == 0 && p[2] == 0x0D && p[3] == 0x0A && p[4] == 0)
			return (long)i;
	}
	return -1;
}

static bool decode_utf16(const unsigned char *s, size_t n, bool be, struct strbuf *out,
			 struct text_error *err)
{
	size_t units = n / 2;
	strbuf_grow(out, units + units / 2);
	for (size_t i = 0; i < units; i++) {
		uint32_t u = u16_at(s + 2 * i, be);
		if (u < 0x80) {
			strbuf_addch(out, (int)u);
			continue;
		}
		if (u >= 0xD800 && u <= 0xDBFF) {
			uint32_t lo = i + 1 < units ? u16_at(s + 2 * (i + 1), be) : 0;
			if (lo < 0xDC00 || lo > 0xDFFF) {
				set_error(err, line_of_u16(s, i, be),
					  "unpaired UTF-16 high surrogate U+%04X", (unsigned)u);
				return false;
			}
			put_utf8(out, 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00));
			i++;
			continue;
		}
		if (u >= 0xDC00 && u <= 0xDFFF) {
			set_error(err, line_of_u16(s, i, be), "unpaired UTF-16 low surrogate U+%04X",
				  (unsigned)u);
			return false;
		}
		put_utf8(out, u);
	}
	return true;
}

/*
 * BOM-less UTF-16LE is recognised by its NUL pattern: text that is mostly
 * ASCII has a NUL in (nearly) every high byte and (almost) none in the low
 * bytes. An 8-bit file has no NULs at all, so the two never collide.
 */
static bool looks_like_utf16le(const unsigned char *s, size_t n)
{
	size_t pairs = n / 2;
	if (pairs < 1)
		return false;
	if (pairs > 8192)
		pairs = 8192;
	size_t odd_zero = 0, even_zero = 0;
	for (size_t i = 0; i < pairs; i++) {
		even_zero += s[2 * i] == 0;
		odd_zero += s[2 * i + 1] == 0;
	}
	/* Leaning to UTF-16 is safe: an 8-bit text has no NUL at all, and junk
	 * that decodes as UTF-16 is still refused by the INF layer. */
	if (odd_zero * 4 >= pairs && even_zero * 3 < odd_zero)
		return true;
	/* mostly non-Latin text: fewer NULs, but only ever in the high bytes */
	return even_zero == 0 && odd_zero * 16 >= pairs && odd_zero > 0;
}

static void decode_ansi(const unsigned char *s, size_t n, struct strbuf *out)
{
	strbuf_grow(out, n + n / 8);
	size_t run = 0;   /* start of the pending ASCII run */
	for (size_t i = 0; i < n; i++) {
		unsigned char c = s[i];
		if (c < 0x80)
			continue;
		strbuf_add(out, s + run, i - run);
		run = i + 1;
		put_utf8(out, c < 0xA0 ? cp1252_high[c - 0x80] : c);
	}
	strbuf_add(out, s + run, n - run);
}

/* True when some byte of w is below 0x0E (a CR, LF or another control). */
static inline bool has_byte_below_0e(uint64_t w)
{
	return ((w - 0x0E0E0E0E0E0E0E0EULL) & ~w & 0x8080808080808080ULL) != 0;
}

static void build_lines(struct text_file *t)
{
	size_t alloc = 0;
	const char *s = t->utf8;
	size_t n = t->len;
	ALLOC_GROW(t->line_starts, n / 40 + 16, alloc);
	t->line_starts[0] = 0;
	t->n_lines = 1;
	for (size_t i = 0; i < n; i++) {
		/* skip 8 bytes at a time while none can be a line end */
		while (i + 8 <= n) {
			uint64_t w;
			memcpy(&w, s + i, 8);
			if (has_byte_below_0e(w))
				break;
			i += 8;
		}
		if (i >= n)
			break;
		char c = s[i];
		if (c != '\n' && c != '\r')
			continue;
		if (c == '\r' && i + 1 < n && s[i + 1] == '\n')
			i++;
		ALLOC_GROW(t->line_starts, t->n_lines + 1, alloc);
		t->line_starts[t->n_lines++] = i + 1;
	}
}

struct text_file *text_decode(const char *path, const char *bytes, size_t n, struct text_error *err)
{
	const unsigned char *s = (const unsigned char *)bytes;
	struct strbuf out = STRBUF_INIT;
	enum text_encoding enc;

	if (n >= 2 && ((s[0] == 0xFF && s[1] == 0xFE) || (s[0] == 0xFE && s[1] == 0xFF))) {
		bool be = s[0] == 0xFE;
		enc = be ? TEXT_UTF16BE : TEXT_UTF16LE;
		long dmg = be ? -1 : find_crlf_damage(s + 2, n - 2);
		if (dmg >= 0) {
			set_error(err, line_of_u16(s + 2, (size_t)dmg / 2, false),
				  "UTF-16LE text damaged by an 8-bit CRLF conversion (0x0D byte inserted "
				  "before 0x0A); restore the file (git: working-tree-encoding/eol attributes)");
			return NULL;
		}
		if (n % 2) {
			set_error(err, line_of_u16(s + 2, (n - 2) / 2, be),
				  "odd-length UTF-16 file (%zu bytes): truncated?", n);
			return NULL;
		}
		if (!decode_utf16(s + 2, n - 2, be, &out, err)) {
			strbuf_release(&out);
			return NULL;
		}
	} else if (n >= 3 && s[0] == 0xEF && s[1] == 0xBB && s[2] == 0xBF) {
		enc = TEXT_UTF8_BOM;
		for (size_t i = 3; i < n;) {
			uint32_t cp;
			size_t k = utf8_next(s + i, n - i, &cp);
			if (!k) {
				set_error(err, line_of_bytes(s + 3, i - 3),
					  "invalid UTF-8 byte 0x%02X in a file with a UTF-8 BOM", s[i]);
				return NULL;
			}
			i += k;
		}
		strbuf_add(&out, s + 3, n - 3);
	} else if (looks_like_utf16le(s, n)) {
		enc = TEXT_UTF16LE_NOBOM;
		long dmg = find_crlf_damage(s, n);
		if (dmg >= 0) {
			set_error(err, line_of_u16(s, (size_t)dmg / 2, false),
				  "UTF-16LE text damaged by an 8-bit CRLF conversion (0x0D byte inserted "
				  "before 0x0A); restore the file (git: working-tree-encoding/eol attributes)");
			return NULL;
		}
		if (n % 2) {
			set_error(err, line_of_u16(s, n / 2, false),
				  "odd-length UTF-16LE file (%zu bytes): truncated?", n);
			return NULL;
		}
		if (!decode_utf16(s, n, false, &out, err)) {
			strbuf_release(&out);
			return NULL;
		}
	} else {
		const unsigned char *nul = memchr(s, 0, n);
		if (nul) {
			set_error(err, line_of_bytes(s, (size_t)(nul - s)),
				  "NUL byte at offset %zu: binary file, not text", (size_t)(nul - s));
			return NULL;
		}
		bool ascii = true, utf8 = true;
		for (size_t i = 0; i < n;) {
			if (s[i] < 0x80) {
				i++;
				while (i + 8 <= n) {
					uint64_t w;
					memcpy(&w, s + i, 8);
					if (w & 0x8080808080808080ULL)
						break;
					i += 8;
				}
				continue;
			}
			ascii = false;
			uint32_t cp;
			size_t k = utf8_next(s + i, n - i, &cp);
			if (!k) {
				utf8 = false;
				break;
			}
			i += k;
		}
		if (ascii) {
			enc = TEXT_ANSI;
			strbuf_add(&out, s, n);
		} else if (utf8) {
			enc = TEXT_UTF8;
			strbuf_add(&out, s, n);
		} else {
			enc = TEXT_ANSI;
			decode_ansi(s, n, &out);
		}
	}

	struct text_file *t = xcalloc(1, sizeof(*t));
	t->path = xstrdup(path ? path : "<memory>");
	t->encoding = enc;
	t->utf8 = strbuf_detach(&out, &t->len);
	if (enc == TEXT_ANSI) {
		/* pure ASCII: the decoded text is the raw bytes, share it */
		if (t->len == n && !memcmp(t->utf8, bytes, n)) {
			t->raw = t->utf8;
		} else {
			t->raw = xmalloc(n + 1);
			memcpy(t->raw, bytes, n);
			t->raw[n] = '\0';
		}
		t->raw_len = n;
	}
	build_lines(t);
	return t;
}

struct text_file *text_load(const char *path, struct text_error *err)
{
	char *data;
	size_t len;
	if (read_file(path, &data, &len) < 0) {
		set_error(err, 1, "cannot read: %s", strerror(errno));
		return NULL;
	}
	struct text_file *t = text_decode(path, data, len, err);
	free(data);
	return t;
}

void text_free(struct text_file *t)
{
	if (!t)
		return;
	free(t->path);
	free(t->utf8);
	free(t->line_starts);
	if (t->raw != t->utf8)
		free(t->raw);
	free(t);
}

/* Index (0-based) of the line containing off. */
static size_t line_index(const struct text_file *t, size_t off)
{
	size_t lo = 0, hi = t->n_lines;
	while (hi - lo > 1) {
		size_t mid = lo + (hi - lo) / 2;
		if (t->line_starts[mid] <= off)
			lo = mid;
		else
			hi = mid;
	}
	return lo;
}

void text_offset_to_linecol(const struct text_file *t, size_t off, int *line, int *col)
{
	if (off > t->len)
		off = t->len;
	size_t li = line_index(t, off);
	int c = 1;
	for (size_t i = t->line_starts[li]; i < off; i++)
		if (((unsigned char)t->utf8[i] & 0xC0) != 0x80)
			c++;
	if (line)
		*line = (int)li + 1;
	if (col)
		*col = c;
}

/* End of line li's content (before its terminator). */
static size_t line_content_end(const struct text_file *t, size_t li)
{
	size_t end = li + 1 < t->n_lines ? t->line_starts[li + 1] : t->len;
	if (li + 1 < t->n_lines) {
		if (end > 0 && t->utf8[end - 1] == '\n')
			end--;
		if (end > t->line_starts[li] && t->utf8[end - 1] == '\r')
			end--;
	}
	return end;
}

size_t text_linecol_to_offset(const struct text_file *t, int line, int col)
{
	if (line < 1)
		return 0;
	if ((size_t)line > t->n_lines)
		return t->len;
	size_t li = (size_t)line - 1;
	size_t off = t->line_starts[li], end = line_content_end(t, li);
	for (int c = 1; c < col && off < end; c++) {
		off++;
		while (off < end && ((unsigned char)t->utf8[off] & 0xC0) == 0x80)
			off++;
	}
	return off;
}

const char *text_line(const struct text_file *t, int line, size_t *len)
{
	if (line < 1 || (size_t)line > t->n_lines) {
		if (len)
			*len = 0;
		return t->utf8 + t->len;
	}
	size_t li = (size_t)line - 1;
	if (len)
		*len = line_content_end(t, li) - t->line_starts[li];
	return t->utf8 + t->line_starts[li];
}

const char *text_dominant_eol(const struct text_file *t)
{
	size_t crlf = 0, lf = 0, cr = 0;
	for (size_t li = 1; li < t->n_lines; li++) {
		size_t e = t->line_starts[li];
		if (t->utf8[e - 1] == '\n') {
			if (e >= 2 && t->utf8[e - 2] == '\r')
				crlf++;
			else
				lf++;
		} else {
			cr++;
		}
	}
	if (lf > crlf && lf >= cr)
		return "\n";
	if (cr > crlf && cr > lf)
		return "\r";
	return "\r\n";   /* the INF norm, also for files without any line end */
}

static int cp1252_encode(uint32_t cp)
{
	if (cp < 0x80 || (cp >= 0xA0 && cp <= 0xFF))
		return (int)cp;
	for (int i = 0; i < 32; i++)
		if (cp1252_high[i] == cp)
			return 0x80 + i;
	return -1;
}

/* Encode utf8[0..len) as Windows-1252 bytes; -1 on an unmappable character. */
static int encode_ansi_region(const char *utf8, size_t len, struct strbuf *out)
{
	const unsigned char *s = (const unsigned char *)utf8;
	for (size_t i = 0; i < len;) {
		uint32_t cp;
		size_t k = utf8_next(s + i, len - i, &cp);
		if (!k)
			return -1;
		int b = cp1252_encode(cp);
		if (b < 0)
			return -1;
		strbuf_addch(out, b);
		i += k;
	}
	return 0;
}

static size_t count_code_points(const char *s, size_t n)
{
	size_t c = 0;
	for (size_t i = 0; i < n; i++)
		c += ((unsigned char)s[i] & 0xC0) != 0x80;
	return c;
}

/*
 * ANSI: each raw byte decoded to exactly one code point, so the raw offset of
 * a code-point boundary is the number of code points before it. The common
 * prefix and suffix with the decoded text are copied from raw; only the
 * edited middle goes through the code page.
 */
static int encode_ansi(const struct text_file *t, const char *utf8, size_t len, struct strbuf *out)
{
	size_t pre = 0, max = len < t->len ? len : t->len;
	while (pre < max && utf8[pre] == t->utf8[pre])
		pre++;
	while (pre > 0 && ((unsigned char)t->utf8[pre] & 0xC0) == 0x80 && pre < t->len)
		pre--;
	size_t suf = 0;
	while (suf < len - pre && suf < t->len - pre &&
	       utf8[len - 1 - suf] == t->utf8[t->len - 1 - suf])
		suf++;
	/* the suffix must start on a code-point boundary in both texts */
	while (suf > 0 && ((unsigned char)t->utf8[t->len - suf] & 0xC0) == 0x80)
		suf--;
	size_t raw_pre = count_code_points(t->utf8, pre);
	size_t raw_suf = count_code_points(t->utf8 + t->len - suf, suf);
	if (raw_pre + raw_suf > t->raw_len)
		return -1;   /* cannot happen: decoding is one code point per byte */
	strbuf_add(out, t->raw, raw_pre);
	if (encode_ansi_region(utf8 + pre, len - pre - suf, out) < 0)
		return -1;
	strbuf_add(out, t->raw + t->raw_len - raw_suf, raw_suf);
	return 0;
}

static int encode_utf16(const char *utf8, size_t len, bool be, struct strbuf *out)
{
	const unsigned char *s = (const unsigned char *)utf8;
	strbuf_grow(out, len * 2);
	for (size_t i = 0; i < len;) {
		uint32_t cp;
		size_t k = utf8_next(s + i, len - i, &cp);
		if (!k)
			return -1;
		i += k;
		uint16_t units[2];
		int nu = 1;
		if (cp >= 0x10000) {
			cp -= 0x10000;
			units[0] = (uint16_t)(0xD800 + (cp >> 10));
			units[1] = (uint16_t)(0xDC00 + (cp & 0x3FF));
			nu = 2;
		} else {
			units[0] = (uint16_t)cp;
		}
		for (int j = 0; j < nu; j++) {
			if (be) {
				strbuf_addch(out, units[j] >> 8);
				strbuf_addch(out, units[j] & 0xFF);
			} else {
				strbuf_addch(out, units[j] & 0xFF);
				strbuf_addch(out, units[j] >> 8);
			}
		}
	}
	return 0;
}

int text_encode(const struct text_file *t, const char *utf8, size_t len, char **out, size_t *out_len)
{
	struct strbuf sb = STRBUF_INIT;
	int rc = 0;
	switch (t->encoding) {
	case TEXT_ANSI:
		rc = encode_ansi(t, utf8, len, &sb);
		break;
	case TEXT_UTF8_BOM:
		strbuf_add(&sb, "\xEF\xBB\xBF", 3);
		/* fall through */
	case TEXT_UTF8:
		strbuf_add(&sb, utf8, len);
		break;
	case TEXT_UTF16LE:
		strbuf_add(&sb, "\xFF\xFE", 2);
		rc = encode_utf16(utf8, len, false, &sb);
		break;
	case TEXT_UTF16LE_NOBOM:
		rc = encode_utf16(utf8, len, false, &sb);
		break;
	case TEXT_UTF16BE:
		strbuf_add(&sb, "\xFE\xFF", 2);
		rc = encode_utf16(utf8, len, true, &sb);
		break;
	}
	if (rc < 0) {
		strbuf_release(&sb);
		*out = NULL;
		if (out_len)
			*out_len = 0;
		return -1;
	}
	*out = strbuf_detach(&sb, out_len);
	return 0;
}
