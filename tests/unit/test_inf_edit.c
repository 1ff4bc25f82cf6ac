#include "core/diag.h"
#include "core/edits.h"
#include "core/finding.h"
#include "core/text.h"
#include "core/util.h"
#include "inf-migrate/inf.h"
#include "inf-migrate/inf_edit.h"
#include "tests/harness.h"

static struct diag_list diags;

static struct inf_file *parse_n(const char *s, size_t n)
{
	diag_list_free(&diags);
	struct text_error err;
	struct text_file *t = text_decode("edit.inf", s, n, &err);
	return t ? inf_parse(t, &diags) : NULL;
}

static struct inf_file *parse(const char *s)
{
	return parse_n(s, strlen(s));
}

static void fix_free(struct file_fix *fx)
{
	for (size_t i = 0; i < fx->n_edits; i++)
		free(fx->edits[i].replacement);
	free(fx->edits);
	free(fx->file);
	memset(fx, 0, sizeof(*fx));
}

/* Apply fx to inf and return the resulting bytes (NUL-terminated). */
static char *applied(const struct inf_file *inf, struct file_fix *fx, size_t *len)
{
	char *bytes;
	char err[256];
	size_t n;
	if (inf_edit_apply(inf, fx, &bytes, &n, err, sizeof(err)))
		return NULL;
	char *z = xmalloc(n + 1);
	memcpy(z, bytes, n);
	z[n] = '\0';
	free(bytes);
	if (len)
		*len = n;
	return z;
}

static const char *BASE =
	"[Version]\r\n"
	"Signature=\"$Windows NT$\"\r\n"
	"\r\n"
	"[Install.NT]\r\n"
	"    CopyFiles = Drivers_Dir   ; files\r\n"
	"    AddReg    = Reg\r\n"
	"\r\n"
	"[Reg]\r\n"
	"HKLM,\"System\\CurrentControlSet\\Services\\X\\Parameters\",Value,0x00010001,1\r\n"
	"HKR,,Short\n"                    /* its own LF inside a CRLF file */
	"; trailing comment\r\n"
	"\r\n"
	"[DestinationDirs]\r\n"
	"Drivers_Dir = 12\r\n";

TEST(replace_field_changes_only_its_span)
{
	struct inf_file *inf = parse(BASE);
	CHECK(inf);
	const struct inf_entry *e = inf_find_section(inf, "DestinationDirs")->entries[0];
	struct file_fix fx = { 0 };
	inf_edit_replace_field(&fx, inf, e, 0, "13");
	CHECK_INT(fx.n_edits, 1);
	CHECK_INT(fx.edits[0].end - fx.edits[0].start, 2);
	char *out = applied(inf, &fx, NULL);
	CHECK(out);
	const char *at = strstr(BASE, "Drivers_Dir = 12");
	size_t pre = (size_t)(at - BASE) + strlen("Drivers_Dir = ");
	CHECK(!strncmp(out, BASE, pre));                      /* everything before: same */
	CHECK(!strcmp(out + pre, "13\r\n"));                  /* only the value changed */
	fix_free(&fx);
	/* the registry path field, quoted as written */
	const struct inf_entry *r = inf_find_section(inf, "Reg")->entries[0];
	inf_edit_replace_field(&fx, inf, r, 1, "Parameters");
	inf_edit_replace_field(&fx, inf, r, 0, "HKR");
	free(out);
	out = applied(inf, &fx, NULL);
	CHECK_CONTAINS(out, "[Reg]\r\nHKR,Parameters,Value,0x00010001,1\r\nHKR,,Short\n; trailing");
	/* the rest is byte-identical */
	CHECK_CONTAINS(out, "    CopyFiles = Drivers_Dir   ; files\r\n");
	struct inf_file *re = parse(out);
	CHECK(re);
	CHECK_STR(inf_find_section(re, "Reg")->entries[0]->fields[1].value, "Parameters");
	inf_free(re);
	free(out);
	fix_free(&fx);
	inf_free(inf);
}

TEST(replace_missing_field_adds_commas)
{
	struct inf_file *inf = parse("[S]\r\nHKR,,Short ; c\r\nK = a\r\n");
	CHECK(inf);
	struct inf_section *s = inf_find_section(inf, "S");
	struct file_fix fx = { 0 };
	inf_edit_replace_field(&fx, inf, s->entries[0], 4, "\"v\"");
	inf_edit_replace_field(&fx, inf, s->entries[1], 2, "z");
	char *out = applied(inf, &fx, NULL);
	CHECK_STR(out, "[S]\r\nHKR,,Short,,\"v\" ; c\r\nK = a,,z\r\n");
	struct inf_file *re = parse(out);
	CHECK_STR(inf_entry_field(inf_find_section(re, "S")->entries[0], 4), "v");
	CHECK_STR(inf_entry_field(inf_find_section(re, "S")->entries[1], 2), "z");
	inf_free(re);
	free(out);
	fix_free(&fx);
	/* an empty middle field is replaced in place */
	const struct inf_entry *e = s->entries[0];
	inf_edit_replace_field(&fx, inf, e, 1, "Sub");
	out = applied(inf, &fx, NULL);
	CHECK_STR(out, "[S]\r\nHKR,Sub,Short ; c\r\nK = a\r\n");
	free(out);
	fix_free(&fx);
	inf_free(inf);
}

TEST(replace_key)
{
	struct inf_file *inf = parse("[S]\r\n  Old = 1 ; c\r\nnokey,2\r\n");
	CHECK(inf);
	struct inf_section *s = inf_find_section(inf, "S");
	struct file_fix fx = { 0 };
	inf_edit_replace_key(&fx, inf, s->entries[0], "New");
	inf_edit_replace_key(&fx, inf, s->entries[1], "K");
	char *out = applied(inf, &fx, NULL);
	CHECK_STR(out, "[S]\r\n  New = 1 ; c\r\nK = nokey,2\r\n");
	free(out);
	fix_free(&fx);
	inf_free(inf);
}

TEST(replace_span_inside_a_field)
{
	const char *src = "[S]\r\nX = \"%12%\\drv.sys\"\r\n";
	struct inf_file *inf = parse(src);
	const struct inf_entry *e = inf_find_section(inf, "S")->entries[0];
	size_t at = (size_t)(strstr(src, "%12%") - src);
	CHECK(at > e->fields[0].span.start && at < e->fields[0].span.end);
	struct file_fix fx = { 0 };
	inf_edit_replace_span(&fx, inf, at, at + 4, "%13%");
	char *out = applied(inf, &fx, NULL);
	CHECK_STR(out, "[S]\r\nX = \"%13%\\drv.sys\"\r\n");
	free(out);
	fix_free(&fx);
	inf_free(inf);
}

TEST(delete_entry_removes_its_lines_with_eol)
{
	struct inf_file *inf = parse("[S]\r\na=1\r\nb = 2,\\\r\n    3 ; c\r\nc=3\r\n");
	struct inf_section *s = inf_find_section(inf, "S");
	struct file_fix fx = { 0 };
	inf_edit_delete_entry(&fx, inf, s->entries[1]);
	char *out = applied(inf, &fx, NULL);
	CHECK_STR(out, "[S]\r\na=1\r\nc=3\r\n");
	free(out);
	fix_free(&fx);
	inf_free(inf);
}

TEST(insert_after_keeps_indentation_and_the_lines_eol)
{
	struct inf_file *inf = parse(BASE);
	struct file_fix fx = { 0 };
	const struct inf_entry *copy = inf_find_section(inf, "Install.NT")->entries[0];
	inf_edit_insert_after(&fx, inf, copy, "Include = x.inf");
	const struct inf_entry *lf_line = inf_find_section(inf, "Reg")->entries[1];
	inf_edit_insert_after(&fx, inf, lf_line, "HKR,,New");
	char *out = applied(inf, &fx, NULL);
	CHECK_CONTAINS(out, "    CopyFiles = Drivers_Dir   ; files\r\n    Include = x.inf\r\n    AddReg");
	CHECK_CONTAINS(out, "HKR,,Short\nHKR,,New\n; trailing comment\r\n");
	free(out);
	fix_free(&fx);
	inf_free(inf);
}

TEST(append_to_section_goes_after_its_last_entry)
{
	struct inf_file *inf = parse(BASE);
	struct file_fix fx = { 0 };
	inf_edit_append_to_section(&fx, inf, inf_find_section(inf, "Reg"), "HKR,,Appended");
	inf_edit_append_to_section(&fx, inf, inf_find_section(inf, "Install.NT"), "AddProperty = P");
	char *out = applied(inf, &fx, NULL);
	CHECK_CONTAINS(out, "HKR,,Short\nHKR,,Appended\n; trailing comment");
	CHECK_CONTAINS(out, "    AddReg    = Reg\r\n    AddProperty = P\r\n\r\n[Reg]");
	free(out);
	fix_free(&fx);
	inf_free(inf);
	/* last occurrence of a merged section; one without entries; no final EOL */
	inf = parse("[A]\r\nx=1\r\n[B]\r\n[a]\r\n; only a comment\r\n[C]\r\nlast=1");
	inf_edit_append_to_section(&fx, inf, inf_find_section(inf, "a"), "y=2");
	inf_edit_append_to_section(&fx, inf, inf_find_section(inf, "B"), "b=1");
	inf_edit_append_to_section(&fx, inf, inf_find_section(inf, "C"), "more=2");
	out = applied(inf, &fx, NULL);
	CHECK_STR(out, "[A]\r\nx=1\r\n[B]\r\nb=1\r\n[a]\r\ny=2\r\n; only a comment\r\n[C]\r\nlast=1\r\nmore=2");
	struct inf_file *re = parse(out);
	CHECK_INT(inf_find_section(re, "A")->n_entries, 2);
	CHECK_INT(inf_find_section(re, "C")->n_entries, 2);
	inf_free(re);
	free(out);
	fix_free(&fx);
	inf_free(inf);
}

TEST(a_dangling_continuation_does_not_swallow_a_new_line)
{
	/* The last line ends in a continuation backslash with nothing after it
	 * but the end of the file or a Ctrl-Z (found by fuzz_inf_rewrite: the
	 * appended entry became part of the HKLM line, so planning it again
	 * added it again). A blank line takes the continuation. */
	const char src[] = "[Reg]\nHKLM,Software\\Acme\\\x1a";
	struct inf_file *inf = parse_n(src, sizeof(src) - 1);
	struct file_fix fx = { 0 };
	inf_edit_append_to_section(&fx, inf, inf_find_section(inf, "Reg"), "HKR,,Path");
	size_t n;
	char *out = applied(inf, &fx, &n);
	CHECK_STR(out, "[Reg]\nHKLM,Software\\Acme\\\n\nHKR,,Path\n\x1a");
	struct inf_file *re = parse_n(out, n);
	const struct inf_section *reg = re ? inf_find_section(re, "Reg") : NULL;
	CHECK(reg && reg->n_entries == 2);
	inf_free(re);
	free(out);
	fix_free(&fx);
	inf_free(inf);

	const char *lines[] = { "a=1" };
	inf = parse("[A]\nx=1,\\\n");   /* ends in "\\\n" and the file ends */
	inf_edit_add_section(&fx, inf, "N", lines, 1);
	out = applied(inf, &fx, &n);
	re = parse_n(out, n);
	CHECK(re && inf_find_section(re, "N") && inf_find_section(re, "N")->n_entries == 1);
	CHECK(re && inf_find_section(re, "A")->n_entries == 1);
	inf_free(re);
	free(out);
	fix_free(&fx);
	inf_free(inf);
}

TEST(add_section_at_end_before_ctrl_z)
{
	const char *lines[] = { "a=1", "b = \"x y\"" };
	struct inf_file *inf = parse("[A]\r\nx=1\r\n");
	struct file_fix fx = { 0 };
	inf_edit_add_section(&fx, inf, "New.Section", lines, 2);
	char *out = applied(inf, &fx, NULL);
	CHECK_STR(out, "[A]\r\nx=1\r\n\r\n[New.Section]\r\na=1\r\nb = \"x y\"\r\n");
	free(out);
	fix_free(&fx);
	inf_free(inf);

	const char src[] = "[A]\nx=1\n\x1a junk after eof";
	inf = parse_n(src, sizeof(src) - 1);
	inf_edit_add_section(&fx, inf, "N", lines, 1);
	size_t n;
	out = applied(inf, &fx, &n);
	CHECK_STR(out, "[A]\nx=1\n\n[N]\na=1\n\x1a junk after eof");
	free(out);
	fix_free(&fx);
	inf_free(inf);

	inf = parse("[A]\r\nx=1");   /* no final EOL */
	inf_edit_add_section(&fx, inf, "N", lines, 1);
	out = applied(inf, &fx, NULL);
	CHECK_STR(out, "[A]\r\nx=1\r\n\r\n[N]\r\na=1\r\n");
	free(out);
	fix_free(&fx);
	inf_free(inf);
}

TEST(rename_section_every_occurrence)
{
	struct inf_file *inf = parse("[Old] ; c\r\na=1\r\n[B]\r\n[OLD]\r\nb=2\r\n");
	struct file_fix fx = { 0 };
	inf_edit_rename_section(&fx, inf, inf_find_section(inf, "old"), "New.NT");
	CHECK_INT(fx.n_edits, 2);
	char *out = applied(inf, &fx, NULL);
	CHECK_STR(out, "[New.NT] ; c\r\na=1\r\n[B]\r\n[New.NT]\r\nb=2\r\n");
	free(out);
	fix_free(&fx);
	inf_free(inf);
}

TEST(fill_positions)
{
	struct inf_file *inf = parse(BASE);
	struct file_fix fx = { 0 };
	const struct inf_entry *e = inf_find_section(inf, "DestinationDirs")->entries[0];
	inf_edit_replace_field(&fx, inf, e, 0, "13");
	inf_edit_fill_positions(&fx, inf);
	CHECK_INT(fx.edits[0].line, 14);
	CHECK_INT(fx.edits[0].col, 15);
	CHECK_INT(fx.edits[0].end_line, 14);
	CHECK_INT(fx.edits[0].end_col, 17);
	fix_free(&fx);
	inf_free(inf);
}

TEST(overlapping_edits_are_refused)
{
	struct inf_file *inf = parse(BASE);
	const struct inf_entry *e = inf_find_section(inf, "Reg")->entries[0];
	struct file_fix fx = { 0 };
	inf_edit_replace_field(&fx, inf, e, 1, "Parameters");
	inf_edit_delete_entry(&fx, inf, e);
	char *bytes;
	size_t n;
	char err[256];
	CHECK_INT(inf_edit_apply(inf, &fx, &bytes, &n, err, sizeof(err)), -1);
	CHECK(bytes == NULL);
	CHECK_CONTAINS(err, "overlap");
	fix_free(&fx);
	inf_free(inf);
}

TEST(edits_keep_utf16_and_ansi_bytes)
{
	/* UTF-16LE with BOM: the result is UTF-16LE with BOM */
	const char u16[] = "\xff\xfe" "[\0S\0]\0\r\0\n\0k\0=\0""1\0\r\0\n\0";
	struct inf_file *inf = parse_n(u16, sizeof(u16) - 1);
	CHECK(inf);
	struct file_fix fx = { 0 };
	inf_edit_replace_field(&fx, inf, inf_find_section(inf, "S")->entries[0], 0, "\xe2\x82\xac");
	size_t n;
	char *out = applied(inf, &fx, &n);
	const char want[] = "\xff\xfe" "[\0S\0]\0\r\0\n\0k\0=\0\xac\x20\r\0\n\0";
	CHECK_INT(n, sizeof(want) - 1);
	CHECK(!memcmp(out, want, n));
	free(out);
	fix_free(&fx);
	inf_free(inf);
	/* ANSI: bytes 0x80+ outside the edit stay as they were */
	const char ansi[] = "[S]\r\nname=\"Soci\xe9t\xe9\"\r\nk=1\r\nraw=\x81\x9d\r\n";
	inf = parse_n(ansi, sizeof(ansi) - 1);
	inf_edit_replace_field(&fx, inf, inf_find_section(inf, "S")->entries[1], 0, "2");
	out = applied(inf, &fx, &n);
	const char want2[] = "[S]\r\nname=\"Soci\xe9t\xe9\"\r\nk=2\r\nraw=\x81\x9d\r\n";
	CHECK_INT(n, sizeof(want2) - 1);
	CHECK(!memcmp(out, want2, n));
	free(out);
	fix_free(&fx);
	/* a character the code page cannot hold is an error, not a mangled file */
	inf_edit_replace_field(&fx, inf, inf_find_section(inf, "S")->entries[1], 0, "\xe4\xb8\xad");
	char *bytes;
	char err[256];
	CHECK_INT(inf_edit_apply(inf, &fx, &bytes, &n, err, sizeof(err)), -1);
	CHECK_CONTAINS(err, "encoding");
	fix_free(&fx);
	inf_free(inf);
}

TEST(edits_apply_order_and_overlap_rules)
{
	const char *t = "0123456789";
	struct text_edit e[4] = {
		{ .start = 6, .end = 8, .replacement = "B" },
		{ .start = 2, .end = 2, .replacement = "x" },
		{ .start = 2, .end = 2, .replacement = "y" },
		{ .start = 2, .end = 4, .replacement = "A" },
	};
	char *out;
	size_t n;
	struct edits_error err;
	CHECK_INT(edits_apply(t, 10, e, 4, &out, &n, &err), 0);
	CHECK_STR(out, "01xyA45B89");   /* insertions in array order, before the range */
	free(out);
	struct text_edit bad[2] = {
		{ .start = 2, .end = 6, .replacement = "" },
		{ .start = 4, .end = 4, .replacement = "i" },   /* inside a replaced range */
	};
	CHECK_INT(edits_apply(t, 10, bad, 2, &out, &n, &err), -1);
	CHECK(out == NULL);
	CHECK_CONTAINS(err.message, "overlap");
	struct text_edit bad2[2] = {
		{ .start = 2, .end = 6, .replacement = "" },
		{ .start = 5, .end = 7, .replacement = "" },
	};
	CHECK_INT(edits_apply(t, 10, bad2, 2, &out, &n, &err), -1);
	struct text_edit touch[2] = {
		{ .start = 5, .end = 7, .replacement = "b" },
		{ .start = 2, .end = 5, .replacement = "a" },
	};
	CHECK_INT(edits_apply(t, 10, touch, 2, &out, &n, &err), 0);
	CHECK_STR(out, "01ab789");
	free(out);
	struct text_edit past[1] = { { .start = 9, .end = 11, .replacement = "" } };
	CHECK_INT(edits_apply(t, 10, past, 1, &out, &n, &err), -1);
	CHECK_CONTAINS(err.message, "outside");
	CHECK_INT(edits_apply(t, 10, NULL, 0, &out, &n, &err), 0);
	CHECK_STR(out, t);
	free(out);
}

TEST(quote_helper)
{
	static const char *const cases[][2] = {
		{ "plain", "plain" },
		{ "", "\"\"" },
		{ "has space", "\"has space\"" },
		{ "semi;colon", "\"semi;colon\"" },
		{ "a,b", "\"a,b\"" },
		{ "say \"hi\"", "\"say \"\"hi\"\"\"" },
		{ "C:\\dir\\", "\"C:\\dir\\\"" },
		{ "%13%\\x.sys", "%13%\\x.sys" },
		{ "k=v", "\"k=v\"" },
	};
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		char *q = inf_edit_quote(cases[i][0]);
		CHECK_STR(q, cases[i][1]);
		/* and SetupAPI reads the quoted form back as the value */
		char *src = xasprintf("[S]\r\nk=%s\r\n", q);
		struct inf_file *inf = parse(src);
		CHECK_STR(inf_find_section(inf, "S")->entries[0]->fields[0].unsubstituted, cases[i][0]);
		inf_free(inf);
		free(src);
		free(q);
	}
}

int main(void)
{
	RUN(replace_field_changes_only_its_span);
	RUN(replace_missing_field_adds_commas);
	RUN(replace_key);
	RUN(replace_span_inside_a_field);
	RUN(delete_entry_removes_its_lines_with_eol);
	RUN(insert_after_keeps_indentation_and_the_lines_eol);
	RUN(append_to_section_goes_after_its_last_entry);
	RUN(a_dangling_continuation_does_not_swallow_a_new_line);
	RUN(add_section_at_end_before_ctrl_z);
	RUN(rename_section_every_occurrence);
	RUN(fill_positions);
	RUN(overlapping_edits_are_refused);
	RUN(edits_keep_utf16_and_ansi_bytes);
	RUN(edits_apply_order_and_overlap_rules);
	RUN(quote_helper);
	diag_list_free(&diags);
	return HARNESS_DONE();
}
