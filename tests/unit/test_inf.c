/*
 * The INF parser against SetupAPI's observable behaviour. The expected keys
 * and fields in the tables below are what Windows' SetupGetStringField
 * returns for those lines (the cases Wine's setupapi test-suite checks on
 * real Windows), re-expressed here; where driso's model differs by design it
 * says so (key is NULL for a line without '=', SetupAPI would hand back the
 * single field as the key).
 */
#include "core/diag.h"
#include "core/strbuf.h"
#include "core/text.h"
#include "core/util.h"
#include "inf-migrate/inf.h"
#include "tests/harness.h"

#include <stdint.h>

static struct diag_list diags;

static struct inf_file *parse_n(const char *s, size_t n)
{
	diag_list_free(&diags);
	struct text_error err;
	struct text_file *t = text_decode("test.inf", s, n, &err);
	if (!t)
		return NULL;
	return inf_parse(t, &diags);
}

static struct inf_file *parse(const char *s)
{
	return parse_n(s, strlen(s));
}

static int emits_identically(const struct inf_file *inf, const char *bytes, size_t n)
{
	char *out;
	size_t len;
	if (inf_emit(inf, &out, &len))
		return 0;
	int ok = len == n && !memcmp(out, bytes, n);
	free(out);
	return ok;
}

/* Every span lies inside the text, in order, and says what it covers. */
static const char *check_spans(const struct inf_file *inf)
{
	const char *s = inf->text->utf8;
	size_t prev_end = 0;
	/* collect entries and headers in file order */
	size_t n = inf->n_orphans;
	for (size_t i = 0; i < inf->n_sections; i++)
		n += inf->sections[i]->n_entries + inf->sections[i]->n_occ;
	struct inf_span *all = xcalloc(n + 1, sizeof(*all));
	size_t k = 0;
	for (size_t i = 0; i < inf->n_orphans; i++)
		all[k++] = inf->orphans[i]->line_span;
	for (size_t i = 0; i < inf->n_sections; i++) {
		const struct inf_section *sec = inf->sections[i];
		for (size_t j = 0; j < sec->n_occ; j++) {
			const struct inf_section_occurrence *o = &sec->occ[j];
			all[k++] = o->header_span;
			if (o->name_span.start < o->header_span.start || o->name_span.end > o->header_span.end)
				return "name_span outside header";
			if (o->body_span.start != o->header_span.end || o->body_span.end > inf->eof_offset)
				return "bad body_span";
			if (o->append_offset < o->body_span.start || o->append_offset > o->body_span.end)
				return "append_offset outside body";
		}
		for (size_t j = 0; j < sec->n_entries; j++) {
			const struct inf_entry *e = sec->entries[j];
			all[k++] = e->line_span;
			if (e->section != sec)
				return "entry->section";
			if (e->span.start < e->line_span.start || e->span.end > e->line_span.end ||
			    e->span.start > e->span.end)
				return "span outside line_span";
			size_t rl = strlen(e->raw);
			if (memcmp(s + e->line_span.start, e->raw, rl))
				return "raw differs from the text";
			if (e->key && (e->key_span.start < e->span.start || e->key_span.end > e->span.end))
				return "key_span outside span";
			size_t last = e->key ? e->key_span.end : e->span.start;
			for (size_t f = 0; f < e->n_fields; f++) {
				const struct inf_field *fd = &e->fields[f];
				if (fd->span.start < last || fd->span.end > e->span.end || fd->span.start > fd->span.end)
					return "field spans out of order";
				last = fd->span.end;
				/* a plain field is written exactly as its value */
				size_t L = fd->span.end - fd->span.start;
				bool plain = !fd->quoted && !memchr(s + fd->span.start, '\\', L) &&
					     !memchr(s + fd->span.start, '\r', L);
				if (plain && (strlen(fd->unsubstituted) != L ||
					      memcmp(s + fd->span.start, fd->unsubstituted, L)))
					return "plain field text differs from its span";
				if (fd->quoted && L && s[fd->span.start] != '"' && !memchr(s + fd->span.start, '"', L))
					return "quoted field span has no quote";
			}
		}
	}
	/* sort by start (insertion sort is fine for tests) and check no overlap */
	for (size_t i = 1; i < k; i++)
		for (size_t j = i; j > 0 && all[j].start < all[j - 1].start; j--) {
			struct inf_span t = all[j];
			all[j] = all[j - 1];
			all[j - 1] = t;
		}
	for (size_t i = 0; i < k; i++) {
		if (all[i].start < prev_end || all[i].end > inf->eof_offset) {
			free(all);
			return "line spans overlap or pass the end";
		}
		prev_end = all[i].end;
	}
	free(all);
	return NULL;
}

#define HEADER "[Version]\nSignature=$Chicago$\n[Test]\n"
#define STRINGS "[Strings]\nfoo=aaa\nbar=bbb\nloop=%loop2%\nloop2=%loop%\nper%%cent=abcd\nper=1\ncent=2\n22=foo\n"

static const struct key_case {
	const char *data;
	size_t len;
	const char *key;          /* NULL: no '=' on the line */
	const char *fields[8];
	int n_fields;
} key_cases[] = {
#define D(s) s, sizeof(s) - 1
	{ D("ab=cd"), "ab", { "cd" }, 1 },
	{ D("ab=cd,ef,gh,ij"), "ab", { "cd", "ef", "gh", "ij" }, 4 },
	{ D("ab"), NULL, { "ab" }, 1 },
	{ D("ab,cd"), NULL, { "ab", "cd" }, 2 },
	{ D("ab,cd=ef"), NULL, { "ab", "cd=ef" }, 2 },
	{ D("=abcd,ef"), "", { "abcd", "ef" }, 2 },
	/* continuation: blanks before '\' and at the next line's start go */
	{ D("ba\\\ncd=ef"), "bacd", { "ef" }, 1 },
	{ D("ab  \\  \ncd=ef"), "abcd", { "ef" }, 1 },
	{ D("ab\\\ncd,ef"), NULL, { "abcd", "ef" }, 2 },
	{ D("ab  \\ ;cc\ncd=ef"), "abcd", { "ef" }, 1 },   /* comment after the backslash */
	{ D("ab \\ \\ \ncd=ef"), "abcd", { "ef" }, 1 },
	{ D("ba \\ dc=xx"), "ba \\ dc", { "xx" }, 1 },     /* not at line end: literal */
	{ D("ba \\\\ \nc=d"), "bac", { "d" }, 1 },
	{ D("a=b\\\\c"), "a", { "b\\\\c" }, 1 },
	{ D("ab=cd \\ "), "ab", { "cd" }, 1 },
	{ D("ba=c \\ \n \\ \n a"), "ba", { "ca" }, 1 },
	{ D("ba=c \\ \n \\ a"), "ba", { "c\\ a" }, 1 },
	{ D("  \\ a= \\ b"), "\\ a", { "\\ b" }, 1 },
	/* the examples of "General Syntax Rules for INF Files" */
	{ D("CopyFiles = \"SomeDirectory\\\"\\\n,SomeFile"), "CopyFiles", { "SomeDirectory\\", "SomeFile" }, 2 },
	{ D("CopyFiles = SomeDirectory\\\\\n,SomeFile"), "CopyFiles", { "SomeDirectory", "SomeFile" }, 2 },
	{ D("CopyFiles = \"SomeDirectory\\\"\\ ; comment \n,SomeFile"), "CopyFiles", { "SomeDirectory\\", "SomeFile" }, 2 },
	{ D("CopyFiles = \"SomeDirectory\\\" ; comment ,SomeFile"), "CopyFiles", { "SomeDirectory\\" }, 1 },
	{ D("HKR,,Example,,\"Display an \"\"example\"\" string\""), NULL, { "HKR", "", "Example", "", "Display an \"example\" string" }, 5 },
	/* quotes: removed, "" is one quote, protects , = ; and blanks */
	{ D("Ab\"Cd\"=Ef"), "AbCd", { "Ef" }, 1 },
	{ D("Ab\"Cd=Ef\""), NULL, { "AbCd=Ef" }, 1 },
	{ D("ab\"\"\"cd,ef=gh\""), NULL, { "ab\"cd,ef=gh" }, 1 },
	{ D("ab\"\"cd=ef"), "abcd", { "ef" }, 1 },
	{ D("ab=cd\"\"ef"), "ab", { "cdef" }, 1 },
	{ D("ab=cd\",\"ef"), "ab", { "cd,ef" }, 1 },
	{ D("ab=\"x;y\" ; z"), "ab", { "x;y" }, 1 },
	{ D("HKLM,A,B,'C',D"), NULL, { "HKLM", "A", "B", "'C'", "D" }, 5 },
	/* blanks */
	{ D(" a b = c , d \n"), "a b", { "c", "d" }, 2 },
	{ D(" a b = c ,\" d\" \n"), "a b", { "c", " d" }, 2 },
	{ D(" a b\r = c\r\n"), "a b", { "c" }, 1 },          /* a lone CR is a blank */
	{ D("a = x \"y\" z"), "a", { "x y z" }, 1 },
	/* empty fields are kept */
	{ D("a=b,,,c,,,d"), "a", { "b", "", "", "c", "", "", "d" }, 7 },
	{ D("a=b,\"\",c,\" \",d"), "a", { "b", "", "c", " ", "d" }, 5 },
	{ D("=,,b"), "", { "", "", "b" }, 3 },
	{ D(",=,,b"), NULL, { "", "=", "", "b" }, 4 },
	{ D("a=\n"), "a", { "" }, 1 },
	{ D("="), "", { "" }, 1 },
	{ D("a=b,"), "a", { "b", "" }, 2 },
	/* Ctrl-Z ends the file */
	{ D("ab=c\x1a" "d"), "ab", { "c" }, 1 },
	{ D("ab\x1a=cd"), NULL, { "ab" }, 1 },
	/* duplicate sections merge */
	{ D("[Test2]\nab\n[Test]\nee=ff\n"), "ee", { "ff" }, 1 },
	/* string substitution */
	{ D("%foo%=%bar%\n" STRINGS), "aaa", { "bbb" }, 1 },
	{ D("%foo%xx=%bar%yy\n" STRINGS), "aaaxx", { "bbbyy" }, 1 },
	{ D("%% %foo%=%bar%\n" STRINGS), "% aaa", { "bbb" }, 1 },
	{ D("%f\"o\"o%=ccc\n" STRINGS), "aaa", { "ccc" }, 1 },
	{ D("abc=%bar;bla%\n" STRINGS), "abc", { "%bar" }, 1 },   /* ';' in %..% is a comment */
	{ D("loop=%loop%\n" STRINGS), "loop", { "%loop2%" }, 1 }, /* no recursion */
	{ D("%per%%cent%=100\n" STRINGS), "12", { "100" }, 1 },
	{ D("ab=\"%24%\"\n" STRINGS), "ab", { "%24%" }, 1 },        /* DIRIDs left as written */
	{ D("ab=\"%22%\\x\"\n" STRINGS), "ab", { "foo\\x" }, 1 },  /* a Strings key wins */
	{ D("ab=%undefined%,%%x%%\n" STRINGS), "ab", { "%undefined%", "%x%" }, 2 },
	{ D("ab=C:\\\\FRED"), "ab", { "C:\\\\FRED" }, 1 },
	{ D("ab=50%\n" STRINGS), "ab", { "50%" }, 1 },
#undef D
};

TEST(keys_and_fields_as_setupapi_returns_them)
{
	char buf[1024];
	for (size_t i = 0; i < sizeof(key_cases) / sizeof(key_cases[0]); i++) {
		const struct key_case *c = &key_cases[i];
		size_t hl = strlen(HEADER);
		memcpy(buf, HEADER, hl);
		memcpy(buf + hl, c->data, c->len);
		struct inf_file *inf = parse_n(buf, hl + c->len);
		if (!inf)
			HARNESS_FAIL("case %zu: parse failed", i);
		struct inf_section *sec = inf_find_section(inf, "test");
		if (!sec || !sec->n_entries)
			HARNESS_FAIL("case %zu: no entry", i);
		const struct inf_entry *e = sec->entries[0];
		if (c->key ? !e->key || strcmp(e->key, c->key) : e->key != NULL)
			HARNESS_FAIL("case %zu: key \"%s\", expected \"%s\"", i, e->key ? e->key : "(null)",
				     c->key ? c->key : "(null)");
		if ((int)e->n_fields != c->n_fields)
			HARNESS_FAIL("case %zu: %zu fields, expected %d", i, e->n_fields, c->n_fields);
		for (int f = 0; f < c->n_fields; f++)
			if (strcmp(e->fields[f].value, c->fields[f]))
				HARNESS_FAIL("case %zu: field %d \"%s\", expected \"%s\"", i, f,
					     e->fields[f].value, c->fields[f]);
		const char *bad = check_spans(inf);
		if (bad)
			HARNESS_FAIL("case %zu: %s", i, bad);
		if (!emits_identically(inf, buf, hl + c->len))
			HARNESS_FAIL("case %zu: emit differs", i);
		inf_free(inf);
	}
}

static const struct section_case {
	const char *data;
	const char *find;
	bool found;
	const char *name;     /* the model's name when found */
} section_cases[] = {
	{ "[TestSection]", "TestSection", true, "TestSection" },
	{ "[TESTSECTION]\r\n", "TestSection", true, "TESTSECTION" },
	{ "[TestSection]\n[abc]", "testsection", true, "TestSection" },
	{ ";[TestSection]\n", "TestSection", false, NULL },
	{ "[TestSection]   \r\n", "TestSection", true, "TestSection" },
	{ "   [TestSection]   dummy\r\n", "TestSection", true, "TestSection" },
	{ "   [TestSection]   [foo]\r\n", "foo", false, NULL },
	{ " [  Test Section  ] dummy\r\n", "  Test Section  ", true, "  Test Section  " },
	{ "[TestSection] \x1a\ndummy", "TestSection", true, "TestSection" },
	{ "[Test[Section]\r\n", "Test[Section", true, "Test[Section" },
	{ "[Test[S]ection]\r\n", "Test[S", true, "Test[S" },
	{ "[]\r\n", "", true, "" },
	{ "[Test\"Section]\r\n", "Test\"Section", true, "Test\"Section" },
	{ "[Test\\Section]\r\n", "Test\\Section", true, "Test\\Section" },
	{ "[Test;Section]\r\n", "Test;Section", true, "Test;Section" },
	{ "[Test Section ; no comment]\r\n", "test section ; no comment", true, "Test Section ; no comment" },
};

TEST(section_names_verbatim_case_insensitive)
{
	char buf[512];
	for (size_t i = 0; i < sizeof(section_cases) / sizeof(section_cases[0]); i++) {
		const struct section_case *c = &section_cases[i];
		snprintf(buf, sizeof(buf), "[Version]\r\nSignature=\"$Chicago$\"\r\n%s", c->data);
		struct inf_file *inf = parse(buf);
		if (!inf)
			HARNESS_FAIL("case %zu: parse failed", i);
		struct inf_section *sec = inf_find_section(inf, c->find);
		if (!!sec != c->found)
			HARNESS_FAIL("case %zu: section \"%s\" %sfound", i, c->find, sec ? "" : "not ");
		if (sec && strcmp(sec->name, c->name))
			HARNESS_FAIL("case %zu: name \"%s\", expected \"%s\"", i, sec->name, c->name);
		if (sec && sec->n_entries)
			HARNESS_FAIL("case %zu: text after ']' must be ignored", i);
		if (!emits_identically(inf, buf, strlen(buf)))
			HARNESS_FAIL("case %zu: emit differs", i);
		inf_free(inf);
	}
}

TEST(duplicate_sections_merge_in_file_order)
{
	const char *s = "[Version]\r\nSignature=\"$Windows NT$\"\r\n[A]\r\na=1\r\n[B]\r\nb=1\r\n"
			"[a]\r\n; comment\r\na=2\r\n\r\n; trailing comment\r\n\r\n[B]\r\n";
	struct inf_file *inf = parse(s);
	CHECK(inf);
	CHECK_INT(inf->n_sections, 3);
	struct inf_section *a = inf_find_section(inf, "A");
	CHECK(a);
	CHECK_STR(a->name, "A");
	CHECK_INT(a->n_occ, 2);
	CHECK_INT(a->n_entries, 2);
	CHECK_STR(a->entries[0]->fields[0].value, "1");
	CHECK_STR(a->entries[1]->fields[0].value, "2");
	CHECK_INT(a->occ[0].line, 3);
	CHECK_INT(a->occ[1].line, 7);
	/* header span: the whole header line; name span: the name as written */
	CHECK(!strncmp(s + a->occ[1].header_span.start, "[a]\r\n",
		       a->occ[1].header_span.end - a->occ[1].header_span.start));
	CHECK_INT(a->occ[1].name_span.end - a->occ[1].name_span.start, 1);
	CHECK_INT(s[a->occ[1].name_span.start], 'a');
	/* append after the last entry, before the trailing comment */
	CHECK(!strncmp(s + a->occ[1].append_offset, "\r\n; trailing", 12));
	/* the body runs to the next header */
	CHECK(!strncmp(s + a->occ[1].body_span.end, "[B]", 3));
	struct inf_section *b = inf_find_section(inf, "b");
	CHECK_INT(b->n_occ, 2);
	CHECK_INT(b->occ[1].append_offset, b->occ[1].header_span.end);
	CHECK_INT(b->occ[1].body_span.end, strlen(s));
	CHECK(check_spans(inf) == NULL);
	CHECK_INT(diags.n, 0);
	inf_free(inf);
}

TEST(strings_locale_fallback)
{
	const char *s = "[Version]\r\nSignature=\"$Windows NT$\"\r\n[X]\r\n"
			"a=%Both%,%GermanOnly%,%FrenchOnly%,%UsOnly%,%Nowhere%\r\n"
			"[Strings.040C]\r\nFrenchOnly=fr\r\nBoth=fr-both\r\n"
			"[Strings.0407]\r\nGermanOnly=de\r\nBoth=de-both\r\nUsOnly=de-us\r\n"
			"[strings]\r\nBoth=neutral\r\n"
			"[Strings.0409]\r\nUsOnly=us\r\n";
	struct inf_file *inf = parse(s);
	CHECK(inf);
	const struct inf_entry *e = inf_find_section(inf, "x")->entries[0];
	CHECK_STR(inf_entry_field(e, 0), "neutral");    /* undecorated first */
	CHECK_STR(inf_entry_field(e, 1), "de");
	CHECK_STR(inf_entry_field(e, 2), "fr");
	CHECK_STR(inf_entry_field(e, 3), "us");         /* 0409 before other locales */
	CHECK_STR(inf_entry_field(e, 4), "%Nowhere%");
	CHECK_STR(inf_entry_field(e, 5), "");           /* absent field */
	CHECK_STR(e->fields[0].unsubstituted, "%Both%");
	CHECK_STR(inf_string(inf, "BOTH"), "neutral");
	CHECK(inf_string(inf, "Nowhere") == NULL);
	char *sub = inf_substitute(inf, "%both% and %%%usonly%%% %13%\\x %open");
	CHECK_STR(sub, "neutral and %us% %13%\\x %open");
	free(sub);
	inf_free(inf);
}

TEST(ctrl_z_ends_the_model_but_not_the_bytes)
{
	const char s[] = "[Version]\r\nSignature=\"$Windows NT$\"\r\n[Data]\r\nline=1\r\n\x1a[Ignored]\r\nafter=eof\r\n";
	struct inf_file *inf = parse_n(s, sizeof(s) - 1);
	CHECK(inf);
	CHECK(inf_find_section(inf, "Ignored") == NULL);
	CHECK_INT(inf->eof_offset, strchr(s, 0x1a) - s);
	CHECK(emits_identically(inf, s, sizeof(s) - 1));
	CHECK(check_spans(inf) == NULL);
	inf_free(inf);
}

TEST(lines_before_the_first_section)
{
	/* SetupAPI refuses such a file ... */
	struct inf_file *inf = parse("junk line\r\n[Version]\r\nSignature=\"$Windows NT$\"\r\n");
	CHECK(inf);
	CHECK_INT(inf->n_orphans, 1);
	CHECK_STR(inf->orphans[0]->fields[0].value, "junk line");
	CHECK(inf->orphans[0]->section == NULL);
	CHECK_INT(diags.n, 1);
	CHECK_INT(diags.items[0].line, 1);
	CHECK_CONTAINS(diags.items[0].message, "before the first");
	CHECK(check_spans(inf) == NULL);
	inf_free(inf);
	/* ... unless it has a [Strings] section (real samples start with a C-style banner) */
	inf = parse("/*++\r\n; banner\r\n--*/\r\n[Version]\r\nSignature=\"$Windows NT$\"\r\n[Strings]\r\nA=b\r\n");
	CHECK(inf);
	CHECK_INT(inf->n_orphans, 2);
	CHECK_INT(diags.n, 0);
	inf_free(inf);
	/* comments and blank lines before the first section are fine */
	inf = parse("; c\r\n\r\n   ; c2\r\n[Version]\r\n");
	CHECK(inf);
	CHECK_INT(inf->n_orphans, 0);
	CHECK_INT(diags.n, 0);
	inf_free(inf);
}

TEST(unterminated_quote_reports_line_and_goes_on)
{
	const char *s = "[Version]\r\nSignature=\"$Windows NT$\"\r\n[Strings]\r\nBroken=\"no closing, quote\r\nNext=after\r\n";
	struct inf_file *inf = parse(s);
	CHECK(inf);
	CHECK_INT(diags.n, 1);
	CHECK_INT(diags.items[0].line, 4);
	CHECK_CONTAINS(diags.items[0].message, "unterminated");
	struct inf_section *sec = inf_find_section(inf, "Strings");
	CHECK_INT(sec->n_entries, 2);
	CHECK_STR(sec->entries[0]->fields[0].value, "no closing, quote");   /* to the line end */
	CHECK_STR(sec->entries[1]->key, "Next");
	CHECK(emits_identically(inf, s, strlen(s)));
	CHECK(check_spans(inf) == NULL);
	inf_free(inf);
}

TEST(truncated_file_reports_line)
{
	const char *s = "[Version]\r\nSignature=\"$Windows NT$\"\r\n[Strings]\r\nCut=\"the file ends insi";
	struct inf_file *inf = parse(s);
	CHECK(inf);
	CHECK_INT(diags.n, 1);
	CHECK_INT(diags.items[0].line, 4);
	CHECK_CONTAINS(diags.items[0].message, "truncated");
	CHECK_STR(inf_find_section(inf, "Strings")->entries[0]->fields[0].value, "the file ends insi");
	CHECK(emits_identically(inf, s, strlen(s)));
	inf_free(inf);
	/* a header cut before its ']' */
	s = "[Version]\r\nSignature=\"$Windows NT$\"\r\n[Stri";
	inf = parse(s);
	CHECK(inf);
	CHECK_INT(diags.n, 1);
	CHECK_INT(diags.items[0].line, 3);
	CHECK_CONTAINS(diags.items[0].message, "without ']'");
	CHECK(inf_find_section(inf, "Stri") != NULL);
	CHECK(emits_identically(inf, s, strlen(s)));
	inf_free(inf);
}

TEST(long_section_name_reported)
{
	struct strbuf sb = STRBUF_INIT;
	strbuf_addstr(&sb, "[Version]\r\n[");
	for (int i = 0; i < 256; i++)
		strbuf_addch(&sb, 'a');
	strbuf_addstr(&sb, "]\r\nx=1\r\n");
	struct inf_file *inf = parse(sb.buf);
	CHECK(inf);
	CHECK_INT(diags.n, 1);
	CHECK_INT(diags.items[0].line, 2);
	CHECK_INT(inf->n_sections, 2);
	inf_free(inf);
	strbuf_release(&sb);
}

TEST(binary_junk_is_refused_with_line)
{
	const char junk[] = "\x01\x02\x03garbage\x04\x05\n\x06\x07\x08more\x0e\x0f";
	CHECK(parse_n(junk, sizeof(junk) - 1) == NULL);
	CHECK_INT(diags.n, 1);
	CHECK_CONTAINS(diags.items[0].message, "not an INF");
	CHECK_INT(diags.items[0].line, 1);
	/* a few stray control characters in a real INF are tolerated */
	struct inf_file *inf = parse("[Version]\r\nSignature=\"$Windows NT$\"\r\nA=b\x07\r\n");
	CHECK(inf);
	CHECK_INT(diags.n, 0);
	inf_free(inf);
	/* via inf_load: NULs in an 8-bit file, odd-length UTF-16, each with its line */
	diag_list_free(&diags);
	CHECK(inf_load(DRISO_FIXTURES "/inf/junk_binary.inf", &diags) == NULL);
	CHECK_INT(diags.n, 1);
	CHECK_CONTAINS(diags.items[0].message, "NUL");
	CHECK(inf_load(DRISO_FIXTURES "/inf/truncated_odd_utf16.inf", &diags) == NULL);
	CHECK_INT(diags.n, 2);
	CHECK_CONTAINS(diags.items[1].message, "odd-length");
	CHECK(diags.items[1].line > 1);
	CHECK(inf_load(DRISO_FIXTURES "/inf/no-such-file.inf", &diags) == NULL);
	CHECK_INT(diags.n, 3);
}

TEST(very_long_lines)
{
	struct strbuf sb = STRBUF_INIT;
	strbuf_addstr(&sb, "[Version]\r\nSignature=\"$Windows NT$\"\r\n[Long]\r\nkey=");
	for (int i = 0; i < 1 << 21; i++)
		strbuf_addch(&sb, "abc,"[i % 4] == ',' ? 'x' : "abc,"[i % 4]);
	strbuf_addstr(&sb, ",\"");
	for (int i = 0; i < 100000; i++)
		strbuf_addstr(&sb, "q;");
	strbuf_addstr(&sb, "\"\r\nnext=1\r\n");
	struct inf_file *inf = parse_n(sb.buf, sb.len);
	CHECK(inf);
	struct inf_section *sec = inf_find_section(inf, "Long");
	CHECK_INT(sec->n_entries, 2);
	CHECK_INT(strlen(sec->entries[0]->fields[0].value), 1 << 21);
	CHECK_INT(strlen(sec->entries[0]->fields[1].value), 200000);
	CHECK(emits_identically(inf, sb.buf, sb.len));
	inf_free(inf);
	strbuf_release(&sb);
}

TEST(lone_cr_follows_setupapi_and_is_reported)
{
	const char *s = "[Version]\nSignature=\"$Windows NT$\"\r\n[A]\rkey=value\n[B]\r\nv=1\r\r\nlast=1";
	struct inf_file *inf = parse(s);
	CHECK(inf);
	/* SetupAPI ignores the rest of a header line, including what follows a lone CR */
	CHECK_INT(inf_find_section(inf, "A")->n_entries, 0);
	struct inf_section *b = inf_find_section(inf, "B");
	CHECK_INT(b->n_entries, 2);
	CHECK_STR(b->entries[0]->fields[0].value, "1");   /* CR CR LF: only blanks */
	CHECK_INT(b->entries[1]->line, 8);                 /* lines count CR, LF and CRLF */
	CHECK_INT(diags.n, 1);
	CHECK_INT(diags.items[0].line, 3);
	CHECK_CONTAINS(diags.items[0].message, "lone CR");
	CHECK(emits_identically(inf, s, strlen(s)));
	CHECK(check_spans(inf) == NULL);
	inf_free(inf);
	/* after a comment, the text past a lone CR is comment to SetupAPI */
	inf = parse("[A]\n; note\rkey=1\n");
	CHECK(inf);
	CHECK_INT(inf_find_section(inf, "A")->n_entries, 0);
	CHECK_INT(diags.n, 1);
	CHECK_INT(diags.items[0].line, 2);
	inf_free(inf);
}

TEST(continuation_entry_lines_and_raw)
{
	const char *s = "[Version]\r\n[I]\r\n  AddReg = A,\\\r\n     B  ; c\r\nx=1\r\n";
	struct inf_file *inf = parse(s);
	CHECK(inf);
	struct inf_section *sec = inf_find_section(inf, "I");
	const struct inf_entry *e = sec->entries[0];
	CHECK_INT(e->line, 3);
	CHECK_INT(e->end_line, 4);
	CHECK_STR(e->raw, "  AddReg = A,\\\r\n     B  ; c");
	CHECK_STR(e->fields[1].value, "B");
	CHECK(!strncmp(s + e->span.start, "AddReg", 6));
	CHECK_INT(s[e->span.end - 1], 'B');
	CHECK(!strncmp(s + e->line_span.end, "x=1", 3));
	CHECK_INT(sec->entries[1]->line, 5);
	inf_free(inf);
}

TEST(utf16_nul_reads_as_space)
{
	const char b[] = "\xff\xfe" "[\0T\0]\0\n\0a\0=\0e\0f\0\0\0g\0h\0\n\0";
	struct inf_file *inf = parse_n(b, sizeof(b) - 1);
	CHECK(inf);
	CHECK_STR(inf_find_section(inf, "T")->entries[0]->fields[0].value, "ef gh");
	CHECK(emits_identically(inf, b, sizeof(b) - 1));
	inf_free(inf);
}

static char *load_bytes(const char *name, size_t *n)
{
	char *path = xasprintf("%s/inf/%s", DRISO_FIXTURES, name);
	char *d = NULL;
	if (read_file(path, &d, n) < 0)
		d = NULL;
	free(path);
	return d;
}

TEST(fixtures_roundtrip_and_encodings_agree)
{
	static const char *const names[] = {
		"syntax.inf", "utf16le_bom.inf", "utf16le_nobom.inf", "utf16be_bom.inf",
		"mixed_eol.inf", "ansi_high.inf", "utf8_bom.inf", "ctrlz.inf",
		"unterminated_quote.inf", "truncated.inf",
	};
	static const enum text_encoding enc[] = {
		TEXT_ANSI, TEXT_UTF16LE, TEXT_UTF16LE_NOBOM, TEXT_UTF16BE,
		TEXT_ANSI, TEXT_ANSI, TEXT_UTF8_BOM, TEXT_ANSI, TEXT_ANSI, TEXT_ANSI,
	};
	char *reference = NULL;
	for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
		size_t n;
		char *bytes = load_bytes(names[i], &n);
		if (!bytes)
			HARNESS_FAIL("missing fixture %s", names[i]);
		struct inf_file *inf = parse_n(bytes, n);
		if (!inf)
			HARNESS_FAIL("%s: parse failed", names[i]);
		CHECK_INT(inf->text->encoding, enc[i]);
		if (!emits_identically(inf, bytes, n))
			HARNESS_FAIL("%s: emit differs", names[i]);
		const char *bad = check_spans(inf);
		if (bad)
			HARNESS_FAIL("%s: %s", names[i], bad);
		/* the three UTF-16 copies of syntax.inf give the same model */
		if (i < 4) {
			char *json = inf_model_json(inf);
			char *model = strstr(json, "\"sections\"");
			if (i == 0)
				reference = xstrdup(model);
			else if (strcmp(model, reference))
				HARNESS_FAIL("%s: model differs from syntax.inf", names[i]);
			free(json);
		}
		inf_free(inf);
		free(bytes);
	}
	free(reference);
}

TEST(syntax_fixture_values)
{
	size_t n;
	char *bytes = load_bytes("syntax.inf", &n);
	CHECK(bytes);
	struct inf_file *inf = parse_n(bytes, n);
	CHECK(inf);
	CHECK_INT(diags.n, 0);
	struct inf_section *v = inf_find_section(inf, "version");
	CHECK_INT(v->n_occ, 2);
	CHECK_STR(v->entries[0]->fields[0].value, "$WINDOWS NT$");
	CHECK_STR(v->entries[2]->fields[0].value, "Contoso");
	CHECK_STR(v->entries[4]->key, "CatalogFile");
	struct inf_section *r = inf_find_section(inf, "Install_AddReg");
	CHECK_STR(r->entries[0]->fields[2].value, "Quoted ; not a comment");
	CHECK(r->entries[0]->fields[2].quoted);
	CHECK_STR(r->entries[1]->fields[4].value, "%13%\\sample.sys");
	CHECK_STR(r->entries[2]->fields[4].value, "say \"hi\"");
	CHECK_STR(r->entries[3]->fields[4].value, "%SystemRoot%\\System32");
	CHECK_STR(r->entries[3]->fields[4].unsubstituted, "%%SystemRoot%%\\System32");
	CHECK_INT(r->entries[4]->n_fields, 5);
	CHECK_INT(r->entries[5]->n_fields, 7);
	CHECK_STR(r->entries[6]->fields[2].value, "Spaced Name");
	CHECK_STR(r->entries[6]->fields[4].value, "value with spaces");
	CHECK_STR(r->entries[7]->fields[4].value, "%NoSuchKey%");
	CHECK_STR(r->entries[8]->fields[4].value, "%Half");
	struct inf_section *m = inf_find_section(inf, "Models.NT$ARCH$.10.0...17763");
	CHECK(m);
	CHECK_STR(m->entries[0]->key, "Sample Device");
	CHECK_STR(m->entries[0]->key_unsubstituted, "%DeviceDesc%");
	struct inf_section *ins = inf_find_section(inf, "Install.NT");
	CHECK_STR(ins->entries[1]->fields[1].value, "More_AddReg");
	CHECK_STR(inf_string(inf, "GermanOnly"), "nur deutsch");
	CHECK(!inf->is_inx);
	inf_free(inf);
	free(bytes);
}

/* Mutated INFs: never a crash, always a byte-identical emit and sane spans. */
TEST(mutations_never_crash_and_roundtrip)
{
	size_t n;
	char *base = load_bytes("syntax.inf", &n);
	CHECK(base);
	static const char pieces[] = "[]=,;\"\\%\r\n \t\x1a" "ab";
	uint32_t seed = 777;
	char *buf = xmalloc(n + 64);
	for (int iter = 0; iter < 3000; iter++) {
		memcpy(buf, base, n);
		size_t len = n;
		int edits = 1 + iter % 6;
		for (int k = 0; k < edits; k++) {
			seed = seed * 1664525 + 1013904223;
			size_t at = (seed >> 8) % len;
			char c = pieces[(seed >> 24) % (sizeof(pieces) - 1)];
			if ((seed & 3) == 0 && len < n + 60) {   /* insert */
				memmove(buf + at + 1, buf + at, len - at);
				buf[at] = c;
				len++;
			} else if ((seed & 3) == 1 && len > 1) {  /* delete */
				memmove(buf + at, buf + at + 1, len - at - 1);
				len--;
			} else {
				buf[at] = c;
			}
		}
		if (iter % 97 == 0)
			len = (seed >> 4) % len;   /* truncate */
		struct inf_file *inf = parse_n(buf, len);
		if (!inf)
			continue;
		if (!emits_identically(inf, buf, len))
			HARNESS_FAIL("iteration %d: emit differs", iter);
		const char *bad = check_spans(inf);
		if (bad)
			HARNESS_FAIL("iteration %d: %s", iter, bad);
		inf_free(inf);
	}
	free(buf);
	free(base);
}

TEST(inx_flag_and_empty_file)
{
	struct text_error err;
	struct text_file *t = text_decode("dir/Driver.INX", "", 0, &err);
	struct inf_file *inf = inf_parse(t, &diags);
	CHECK(inf);
	CHECK(inf->is_inx);
	CHECK_INT(inf->n_sections, 0);
	CHECK(emits_identically(inf, "", 0));
	char *json = inf_model_json(inf);
	CHECK_CONTAINS(json, "\"sections\":\t[]");
	free(json);
	inf_free(inf);
}

int main(void)
{
	RUN(keys_and_fields_as_setupapi_returns_them);
	RUN(section_names_verbatim_case_insensitive);
	RUN(duplicate_sections_merge_in_file_order);
	RUN(strings_locale_fallback);
	RUN(ctrl_z_ends_the_model_but_not_the_bytes);
	RUN(lines_before_the_first_section);
	RUN(unterminated_quote_reports_line_and_goes_on);
	RUN(truncated_file_reports_line);
	RUN(long_section_name_reported);
	RUN(binary_junk_is_refused_with_line);
	RUN(very_long_lines);
	RUN(lone_cr_follows_setupapi_and_is_reported);
	RUN(continuation_entry_lines_and_raw);
	RUN(utf16_nul_reads_as_space);
	RUN(fixtures_roundtrip_and_encodings_agree);
	RUN(syntax_fixture_values);
	RUN(mutations_never_crash_and_roundtrip);
	RUN(inx_flag_and_empty_file);
	diag_list_free(&diags);
	return HARNESS_DONE();
}
