#include "core/text.h"
#include "core/util.h"
#include "tests/harness.h"

#include <stdint.h>

static struct text_file *dec(const char *bytes, size_t n, struct text_error *err)
{
	memset(err, 0, sizeof(*err));
	return text_decode("t.inf", bytes, n, err);
}

/* encode(decode(b)) must give b back exactly */
static int roundtrips(const struct text_file *t, const char *bytes, size_t n)
{
	char *out;
	size_t len;
	if (text_encode(t, t->utf8, t->len, &out, &len) != 0)
		return 0;
	int ok = len == n && memcmp(out, bytes, n) == 0;
	free(out);
	return ok;
}

/* ASCII string -> UTF-16 bytes (LE or BE), with optional BOM */
static char *to_utf16(const char *s, bool be, bool bom, size_t *n)
{
	size_t len = strlen(s);
	char *b = xmalloc(2 * len + 2);
	size_t k = 0;
	if (bom) {
		b[k++] = be ? (char)0xFE : (char)0xFF;
		b[k++] = be ? (char)0xFF : (char)0xFE;
	}
	for (size_t i = 0; i < len; i++) {
		b[k++] = be ? 0 : s[i];
		b[k++] = be ? s[i] : 0;
	}
	*n = k;
	return b;
}

TEST(ascii_is_ansi_and_roundtrips)
{
	struct text_error err;
	const char *s = "[Version]\r\nSignature=\"$Windows NT$\"\r\n";
	struct text_file *t = dec(s, strlen(s), &err);
	CHECK(t);
	CHECK_INT(t->encoding, TEXT_ANSI);
	CHECK_STR(t->utf8, s);
	CHECK(roundtrips(t, s, strlen(s)));
	CHECK_STR(text_encoding_name(t->encoding), "ansi");
	text_free(t);
}

TEST(ansi_high_bytes_show_as_cp1252_and_restore_exactly)
{
	struct text_error err;
	/* 0x80 euro, 0xE9 e-acute, 0x99 trademark, undefined 0x81/0x8D/0x8F/0x90/0x9D, 0xFF */
	const char s[] = "A=\x80\xe9\x99|\x81\x8d\x8f\x90\x9d|\xff\r\n";
	struct text_file *t = dec(s, sizeof(s) - 1, &err);
	CHECK(t);
	CHECK_INT(t->encoding, TEXT_ANSI);
	CHECK_CONTAINS(t->utf8, "A=\xe2\x82\xac\xc3\xa9\xe2\x84\xa2|");   /* "€é™" */
	CHECK_CONTAINS(t->utf8, "\xc2\x81\xc2\x8d\xc2\x8f\xc2\x90\xc2\x9d|\xc3\xbf");
	CHECK_INT(t->raw_len, sizeof(s) - 1);
	CHECK(roundtrips(t, s, sizeof(s) - 1));
	text_free(t);
}

TEST(ansi_edit_maps_only_the_edited_region)
{
	struct text_error err;
	const char s[] = "X=\x80 old \xe9nd\r\n";
	struct text_file *t = dec(s, sizeof(s) - 1, &err);
	CHECK(t);
	/* replace "old" by "n\xc3\xa9w" (new with e-acute) in the decoded text */
	const char *p = strstr(t->utf8, "old");
	CHECK(p);
	size_t at = (size_t)(p - t->utf8);
	char buf[128];
	snprintf(buf, sizeof(buf), "%.*sn\xc3\xa9w%s", (int)at, t->utf8, p + 3);
	char *out;
	size_t len;
	CHECK_INT(text_encode(t, buf, strlen(buf), &out, &len), 0);
	const char want[] = "X=\x80 n\xe9w \xe9nd\r\n";
	CHECK_INT(len, sizeof(want) - 1);
	CHECK(memcmp(out, want, len) == 0);
	free(out);
	/* a character Windows-1252 cannot hold is refused, not mangled */
	snprintf(buf, sizeof(buf), "%.*s\xe4\xb8\xad%s", (int)at, t->utf8, p + 3);
	CHECK_INT(text_encode(t, buf, strlen(buf), &out, &len), -1);
	CHECK(out == NULL);
	text_free(t);
}

TEST(utf8_without_bom_detected_when_non_ascii)
{
	struct text_error err;
	const char *s = "Name=\"Caf\xc3\xa9\"\n";
	struct text_file *t = dec(s, strlen(s), &err);
	CHECK(t);
	CHECK_INT(t->encoding, TEXT_UTF8);
	CHECK_STR(t->utf8, s);
	CHECK(roundtrips(t, s, strlen(s)));
	text_free(t);
}

TEST(utf8_bom_removed_and_restored)
{
	struct text_error err;
	const char *s = "\xef\xbb\xbf[Version]\r\n";
	struct text_file *t = dec(s, strlen(s), &err);
	CHECK(t);
	CHECK_INT(t->encoding, TEXT_UTF8_BOM);
	CHECK_STR(t->utf8, "[Version]\r\n");
	CHECK(roundtrips(t, s, strlen(s)));
	text_free(t);
}

TEST(invalid_utf8_after_bom_is_an_error_with_line)
{
	struct text_error err;
	const char *s = "\xef\xbb\xbf[Version]\r\nA=1\r\nB=\xc3\x28\r\n";
	CHECK(dec(s, strlen(s), &err) == NULL);
	CHECK_INT(err.line, 3);
	CHECK_CONTAINS(err.message, "invalid UTF-8");
	/* overlong encodings and encoded surrogates are invalid too */
	const char *s2 = "\xef\xbb\xbf" "a\xc0\xaf";
	CHECK(dec(s2, strlen(s2), &err) == NULL);
	const char *s3 = "\xef\xbb\xbf" "a\xed\xa0\x80";
	CHECK(dec(s3, strlen(s3), &err) == NULL);
}

TEST(utf16le_with_bom)
{
	struct text_error err;
	size_t n;
	char *b = to_utf16("[Version]\r\nA=1\r\n", false, true, &n);
	struct text_file *t = dec(b, n, &err);
	CHECK(t);
	CHECK_INT(t->encoding, TEXT_UTF16LE);
	CHECK_STR(t->utf8, "[Version]\r\nA=1\r\n");
	CHECK_INT(t->n_lines, 3);
	CHECK(roundtrips(t, b, n));
	text_free(t);
	free(b);
}

TEST(utf16le_without_bom_detected)
{
	struct text_error err;
	size_t n;
	char *b = to_utf16("[Version]\nSignature=\"$Windows NT$\"\n", false, false, &n);
	struct text_file *t = dec(b, n, &err);
	CHECK(t);
	CHECK_INT(t->encoding, TEXT_UTF16LE_NOBOM);
	CHECK_STR(t->utf8, "[Version]\nSignature=\"$Windows NT$\"\n");
	CHECK(roundtrips(t, b, n));
	text_free(t);
	free(b);
}

TEST(utf16le_without_bom_mostly_cjk)
{
	struct text_error err;
	/* "[S]\nk=" then 40 CJK characters U+4E2D, then LF */
	char b[2 * 64];
	size_t n = 0;
	const char *ascii = "[S]\nk=";
	for (const char *p = ascii; *p; p++) {
		b[n++] = *p;
		b[n++] = 0;
	}
	for (int i = 0; i < 40; i++) {
		b[n++] = 0x2D;
		b[n++] = 0x4E;
	}
	b[n++] = '\n';
	b[n++] = 0;
	struct text_file *t = dec(b, n, &err);
	CHECK(t);
	CHECK_INT(t->encoding, TEXT_UTF16LE_NOBOM);
	CHECK(!strncmp(t->utf8, "[S]\nk=\xe4\xb8\xad", 9));
	CHECK(roundtrips(t, b, n));
	text_free(t);
}

TEST(utf16be_with_bom)
{
	struct text_error err;
	size_t n;
	char *b = to_utf16("[Strings]\r\nX=y\r\n", true, true, &n);
	struct text_file *t = dec(b, n, &err);
	CHECK(t);
	CHECK_INT(t->encoding, TEXT_UTF16BE);
	CHECK_STR(t->utf8, "[Strings]\r\nX=y\r\n");
	CHECK(roundtrips(t, b, n));
	text_free(t);
	free(b);
}

TEST(utf16_surrogate_pairs_and_bmp)
{
	struct text_error err;
	/* BOM, 'A', U+00E9, U+20AC, U+1F600 (D83D DE00), LF */
	const char b[] = "\xff\xfe" "A\0" "\xe9\0" "\xac\x20" "\x3d\xd8\x00\xde" "\n\0";
	struct text_file *t = dec(b, sizeof(b) - 1, &err);
	CHECK(t);
	CHECK_STR(t->utf8, "A\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80\n");
	CHECK(roundtrips(t, b, sizeof(b) - 1));
	/* col counts code points: the LF is the 5th character */
	int line, col;
	text_offset_to_linecol(t, t->len - 1, &line, &col);
	CHECK_INT(line, 1);
	CHECK_INT(col, 5);
	text_free(t);
}

TEST(unpaired_surrogates_are_errors_with_line)
{
	struct text_error err;
	const char hi[] = "\xff\xfe" "a\0\n\0" "b\0\n\0" "\x3d\xd8" "x\0";
	CHECK(dec(hi, sizeof(hi) - 1, &err) == NULL);
	CHECK_INT(err.line, 3);
	CHECK_CONTAINS(err.message, "surrogate");
	const char lo[] = "\xff\xfe" "\x00\xde";
	CHECK(dec(lo, sizeof(lo) - 1, &err) == NULL);
	CHECK_INT(err.line, 1);
	const char hi_at_end[] = "\xfe\xff" "\x00\x61\xd8\x3d";
	CHECK(dec(hi_at_end, sizeof(hi_at_end) - 1, &err) == NULL);
}

TEST(odd_length_utf16_is_an_error)
{
	struct text_error err;
	size_t n;
	char *b = to_utf16("[Version]\r\nA=1\r\nB=2", false, true, &n);
	CHECK(dec(b, n - 1, &err) == NULL);
	CHECK_CONTAINS(err.message, "odd-length");
	CHECK_INT(err.line, 3);
	free(b);
	b = to_utf16("[Version]\r\nA=1\r\n", false, false, &n);
	CHECK(dec(b, n - 1, &err) == NULL);
	CHECK_CONTAINS(err.message, "odd-length");
	free(b);
}

TEST(utf16_damaged_by_crlf_conversion_is_named)
{
	struct text_error err;
	/* "a" CR, then the stray 0x0D byte before LF's 0x0A */
	const char b[] = "\xff\xfe" "a\0\r\0\r\n\0b\0";
	CHECK(dec(b, sizeof(b) - 1, &err) == NULL);
	CHECK_CONTAINS(err.message, "CRLF conversion");
	CHECK_INT(err.line, 1);
}

TEST(nul_in_8bit_file_is_an_error_with_line)
{
	struct text_error err;
	const char b[] = "[Version]\nA=1\nB=\0\n";
	CHECK(dec(b, sizeof(b) - 1, &err) == NULL);
	CHECK_INT(err.line, 3);
	CHECK_CONTAINS(err.message, "NUL");
}

TEST(line_table_crlf_lf_cr_each_end_one_line)
{
	struct text_error err;
	const char *s = "a\r\nbb\ncc\rd\r\n\ne";
	struct text_file *t = dec(s, strlen(s), &err);
	CHECK(t);
	CHECK_INT(t->n_lines, 6);
	size_t len;
	const char *l = text_line(t, 1, &len);
	CHECK(len == 1 && l[0] == 'a');
	l = text_line(t, 2, &len);
	CHECK(len == 2 && !memcmp(l, "bb", 2));
	l = text_line(t, 3, &len);
	CHECK(len == 2 && !memcmp(l, "cc", 2));
	l = text_line(t, 4, &len);
	CHECK(len == 1 && l[0] == 'd');
	l = text_line(t, 5, &len);
	CHECK_INT(len, 0);
	l = text_line(t, 6, &len);
	CHECK(len == 1 && l[0] == 'e');
	text_line(t, 7, &len);
	CHECK_INT(len, 0);
	int line, col;
	text_offset_to_linecol(t, 7, &line, &col);   /* second 'c' of "cc" */
	CHECK_INT(line, 3);
	CHECK_INT(col, 2);
	text_offset_to_linecol(t, 6, &line, &col);
	CHECK_INT(line, 3);
	CHECK_INT(col, 1);
	text_offset_to_linecol(t, 9, &line, &col);   /* 'd' after the lone CR */
	CHECK_INT(line, 4);
	CHECK_INT(col, 1);
	CHECK_INT(text_linecol_to_offset(t, 4, 1), 9);
	CHECK_INT(text_linecol_to_offset(t, 3, 2), 7);
	CHECK_INT(text_linecol_to_offset(t, 2, 99), 5);    /* clamps to the line's end */
	CHECK_INT(text_linecol_to_offset(t, 99, 1), strlen(s));
	CHECK_INT(text_linecol_to_offset(t, 0, 1), 0);
	CHECK(roundtrips(t, s, strlen(s)));
	text_free(t);
}

TEST(dominant_eol)
{
	struct text_error err;
	struct text_file *t = dec("a\r\nb\r\nc\n", 8, &err);
	CHECK_STR(text_dominant_eol(t), "\r\n");
	text_free(t);
	t = dec("a\nb\nc\r\n", 7, &err);
	CHECK_STR(text_dominant_eol(t), "\n");
	text_free(t);
	t = dec("a\rb\rc", 5, &err);
	CHECK_STR(text_dominant_eol(t), "\r");
	text_free(t);
	t = dec("abc", 3, &err);
	CHECK_STR(text_dominant_eol(t), "\r\n");
	text_free(t);
}

TEST(empty_file)
{
	struct text_error err;
	struct text_file *t = dec("", 0, &err);
	CHECK(t);
	CHECK_INT(t->len, 0);
	CHECK_INT(t->n_lines, 1);
	CHECK(roundtrips(t, "", 0));
	text_free(t);
}

TEST(utf16_encode_of_edited_text_keeps_bom)
{
	struct text_error err;
	size_t n;
	char *b = to_utf16("A=1\r\n", false, true, &n);
	struct text_file *t = dec(b, n, &err);
	CHECK(t);
	char *out;
	size_t len;
	CHECK_INT(text_encode(t, "A=\xe2\x82\xac\r\n", 7, &out, &len), 0);
	const char want[] = "\xff\xfe" "A\0=\0\xac\x20\r\0\n\0";
	CHECK_INT(len, sizeof(want) - 1);
	CHECK(memcmp(out, want, len) == 0);
	free(out);
	text_free(t);
	free(b);
}

TEST(load_missing_file_is_an_error)
{
	struct text_error err = { 0 };
	CHECK(text_load("/nonexistent/driso/x.inf", &err) == NULL);
	CHECK_CONTAINS(err.message, "cannot read");
}

/* Any bytes: no crash; whatever decodes re-encodes to the same bytes. */
TEST(random_bytes_never_crash_and_roundtrip)
{
	uint32_t seed = 12345;
	char buf[1024];
	static const char *const prefixes[] = { "", "\xff\xfe", "\xfe\xff", "\xef\xbb\xbf" };
	for (int iter = 0; iter < 4000; iter++) {
		size_t n = 0;
		const char *pre = prefixes[iter % 4];
		size_t pl = strlen(pre);
		memcpy(buf, pre, pl);
		n = pl;
		size_t len = (seed = seed * 1103515245 + 12345) % 300;
		for (size_t i = 0; i < len; i++) {
			seed = seed * 1103515245 + 12345;
			unsigned r = seed >> 16;
			/* mostly text-like bytes, sometimes anything */
			static const char text_bytes[] = "[]=,;\" \t\r\n\\%abcXYZ01";
			buf[n++] = (r % 4) ? text_bytes[r % (sizeof(text_bytes) - 1)] : (char)(r >> 3);
			if (iter % 8 == 5)
				buf[n++] = 0;   /* UTF-16-ish pattern */
		}
		struct text_error err;
		struct text_file *t = dec(buf, n, &err);
		if (!t) {
			CHECK(err.message[0]);
			CHECK(err.line >= 1);
			continue;
		}
		CHECK(roundtrips(t, buf, n));
		int line, col;
		text_offset_to_linecol(t, t->len, &line, &col);
		CHECK(line >= 1 && (size_t)line <= t->n_lines);
		text_free(t);
	}
}

int main(void)
{
	RUN(ascii_is_ansi_and_roundtrips);
	RUN(ansi_high_bytes_show_as_cp1252_and_restore_exactly);
	RUN(ansi_edit_maps_only_the_edited_region);
	RUN(utf8_without_bom_detected_when_non_ascii);
	RUN(utf8_bom_removed_and_restored);
	RUN(invalid_utf8_after_bom_is_an_error_with_line);
	RUN(utf16le_with_bom);
	RUN(utf16le_without_bom_detected);
	RUN(utf16le_without_bom_mostly_cjk);
	RUN(utf16be_with_bom);
	RUN(utf16_surrogate_pairs_and_bmp);
	RUN(unpaired_surrogates_are_errors_with_line);
	RUN(odd_length_utf16_is_an_error);
	RUN(utf16_damaged_by_crlf_conversion_is_named);
	RUN(nul_in_8bit_file_is_an_error_with_line);
	RUN(line_table_crlf_lf_cr_each_end_one_line);
	RUN(dominant_eol);
	RUN(empty_file);
	RUN(utf16_encode_of_edited_text_keeps_bom);
	RUN(load_missing_file_is_an_error);
	RUN(random_bytes_never_crash_and_roundtrip);
	return HARNESS_DONE();
}
