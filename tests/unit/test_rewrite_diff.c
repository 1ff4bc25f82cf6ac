/* Unified diffs built from edit ranges: golden outputs, and every generated
 * patch must pass `git apply --check` and reproduce the applied bytes. */
#include "tests/harness.h"
#include "tests/unit/test_rewrite_common.h"

#include "core/finding.h"
#include "core/sha256.h"
#include "core/strbuf.h"
#include "core/text.h"
#include "core/util.h"
#include "rewriters/apply.h"
#include "rewriters/diff.h"
#include "rewriters/edit_set.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static char *make_tmpdir(void)
{
	return make_tmpdir_named("rwdiff");
}

static char *read_back(const char *dir, const char *rel, size_t *n)
{
	char *p = path_join(dir, rel), *data = NULL;
	if (read_file(p, &data, n) != 0)
		data = NULL;
	free(p);
	return data;
}

/* Replace the first `old` in the decoded text with `repl` as an edit of f. */
static void edit_text(struct finding *f, const char *dir, const char *rel, const char *old,
		      const char *repl, int nth)
{
	char *p = path_join(dir, rel);
	struct text_error err;
	struct text_file *t = text_load(p, &err);
	if (!t)
		die("cannot decode %s: %s", p, err.message);
	char hex[65];
	sha256_file_hex(p, hex);
	const char *at = t->utf8;
	for (int i = 0; i <= nth; i++) {
		at = strstr(i ? at + 1 : at, old);
		if (!at)
			die("'%s' not in %s", old, rel);
	}
	struct file_fix *fx = finding_fix_for(f, rel, hex);
	size_t start = (size_t)(at - t->utf8);
	file_fix_add_edit(fx, start, start + strlen(old), repl);
	text_offset_to_linecol(t, start, &fx->edits[fx->n_edits - 1].line, &fx->edits[fx->n_edits - 1].col);
	text_free(t);
	free(p);
}

/* Build the edit set, prepare and diff; returns the patch text. */
static char *diff_findings(struct finding_list *l, const char *dir, struct prepared_set *ps)
{
	struct edit_set es;
	struct diag_list errs = { 0 };
	edit_set_init(&es);
	if (edit_set_add_findings(&es, l, &errs) != 0 || apply_prepare(&es, dir, 0, ps, &errs) != 0) {
		diag_print(&errs, stderr);
		die("prepare failed");
	}
	struct strbuf sb = STRBUF_INIT;
	diff_prepared_set(ps, &sb);
	/* ps->files[].edits point into es: keep the diff only. */
	for (size_t i = 0; i < ps->n; i++)
		ps->files[i].edits = NULL;
	edit_set_free(&es);
	diag_list_free(&errs);
	return strbuf_detach(&sb, NULL);
}

/* git apply --check, then git apply, in dir; 0 when both succeed. */
static int git_apply(const char *dir, const char *patch)
{
	write_bytes(dir, "fix.patch", patch, strlen(patch));
	char *cmd = xasprintf("cd '%s' && git apply --check fix.patch && git apply fix.patch", dir);
	int rc = system(cmd);
	free(cmd);
	return rc;
}

/* Expected new bytes of a file, from the prepared set. */
static const struct prepared_file *pf_of(const struct prepared_set *ps, const char *rel)
{
	for (size_t i = 0; i < ps->n; i++)
		if (!strcmp(ps->files[i].rel, rel))
			return &ps->files[i];
	return NULL;
}

static const char crlf_src[] =
	"#include <ntddk.h>\r\n"
	"\r\n"
	"#define PARAMS L\"\\\\Registry\\\\Machine\\\\System\\\\CurrentControlSet\\\\Services\\\\x\\\\Parameters\"\r\n"
	"\r\n"
	"NTSTATUS Read(void)\r\n"
	"{\r\n"
	"    UNICODE_STRING path;\r\n"
	"    RtlInitUnicodeString(&path, PARAMS);\r\n"
	"    return STATUS_SUCCESS;\r\n"
	"}\r\n"
	"\r\n"
	"line 12\r\n"
	"line 13\r\n"
	"line 14\r\n"
	"line 15\r\n"
	"line 16\r\n"
	"line 17\r\n"
	"line 18\r\n"
	"NTSTATUS Write(void)\r\n"
	"{\r\n"
	"    return ZwSetValueKey(h, &n, 0, REG_DWORD, &v, 4);\r\n"
	"}\r\n";

TEST(crlf_two_hunks_golden_and_git_apply)
{
	char *dir = make_tmpdir();
	char *sub = path_join(dir, "src");
	mkdir(sub, 0777);
	free(sub);
	write_bytes(dir, "src/drv.c", crlf_src, strlen(crlf_src));
	struct finding_list l = { 0 };
	struct finding *f = finding_add(&l, "registry-absolute", SEV_ERROR, "src/drv.c", 8, 5, "m");
	/* A multi-line replacement written with bare LF must come out CRLF. */
	edit_text(f, dir, "src/drv.c", "    RtlInitUnicodeString(&path, PARAMS);",
		  "    /* driso: opened through IoOpenDriverRegistryKey */\n    RtlInitUnicodeString(&path, L\"Parameters\");", 0);
	struct finding *g = finding_add(&l, "registry-params-write", SEV_ERROR, "src/drv.c", 21, 5, "m");
	edit_text(g, dir, "src/drv.c", "ZwSetValueKey(h,", "ZwSetValueKey(hState,", 0);

	struct prepared_set ps;
	char *patch = diff_findings(&l, dir, &ps);
	const char *golden =
		"diff --git a/src/drv.c b/src/drv.c\n"
		"--- a/src/drv.c\n"
		"+++ b/src/drv.c\n"
		"@@ -5,7 +5,8 @@\n"
		" NTSTATUS Read(void)\r\n"
		" {\r\n"
		"     UNICODE_STRING path;\r\n"
		"-    RtlInitUnicodeString(&path, PARAMS);\r\n"
		"+    /* driso: opened through IoOpenDriverRegistryKey */\r\n"
		"+    RtlInitUnicodeString(&path, L\"Parameters\");\r\n"
		"     return STATUS_SUCCESS;\r\n"
		" }\r\n"
		" \r\n"
		"@@ -18,5 +19,5 @@\n"
		" line 18\r\n"
		" NTSTATUS Write(void)\r\n"
		" {\r\n"
		"-    return ZwSetValueKey(h, &n, 0, REG_DWORD, &v, 4);\r\n"
		"+    return ZwSetValueKey(hState, &n, 0, REG_DWORD, &v, 4);\r\n"
		" }\r\n";
	CHECK_STR(patch, golden);
	const struct prepared_file *pf = pf_of(&ps, "src/drv.c");
	CHECK(pf != NULL);
	CHECK_INT(git_apply(dir, patch), 0);
	size_t n;
	char *now = read_back(dir, "src/drv.c", &n);
	CHECK(now && n == pf->new_len && !memcmp(now, pf->new_bytes, n));
	CHECK(strstr(now, "*/\r\n    RtlInit") != NULL);
	free(now);
	free(patch);
	prepared_set_free(&ps);
	finding_list_free(&l);
	rm_tree(dir);
}

TEST(no_final_newline)
{
	char *dir = make_tmpdir();
	const char src[] = "[Version]\nSignature=\"$WINDOWS NT$\"\n\n[DestinationDirs]\nDefaultDestDir = 12";
	write_bytes(dir, "a.inf", src, strlen(src));
	struct finding_list l = { 0 };
	struct finding *f = finding_add(&l, "inf-destination-dirid", SEV_ERROR, "a.inf", 5, 18, "m");
	edit_text(f, dir, "a.inf", "12", "13", 0);
	struct prepared_set ps;
	char *patch = diff_findings(&l, dir, &ps);
	CHECK_STR(patch,
		  "diff --git a/a.inf b/a.inf\n--- a/a.inf\n+++ b/a.inf\n"
		  "@@ -2,4 +2,4 @@\n"
		  " Signature=\"$WINDOWS NT$\"\n"
		  " \n"
		  " [DestinationDirs]\n"
		  "-DefaultDestDir = 12\n\\ No newline at end of file\n"
		  "+DefaultDestDir = 13\n\\ No newline at end of file\n");
	CHECK_INT(git_apply(dir, patch), 0);
	size_t n;
	char *now = read_back(dir, "a.inf", &n);
	CHECK(now && n == strlen(src) && str_ends_with(now, "= 13"));
	free(now);
	free(patch);
	prepared_set_free(&ps);
	finding_list_free(&l);
	rm_tree(dir);
}

TEST(adding_final_newline_and_appending)
{
	char *dir = make_tmpdir();
	const char src[] = "a\nb\nc";
	write_bytes(dir, "f.txt", src, strlen(src));
	struct finding_list l = { 0 };
	struct finding *f = finding_add(&l, "r", SEV_NOTE, "f.txt", 3, 1, "m");
	edit_text(f, dir, "f.txt", "c", "c\nd\n", 0);
	struct prepared_set ps;
	char *patch = diff_findings(&l, dir, &ps);
	CHECK_STR(patch,
		  "diff --git a/f.txt b/f.txt\n--- a/f.txt\n+++ b/f.txt\n"
		  "@@ -1,3 +1,4 @@\n"
		  " a\n"
		  " b\n"
		  "-c\n\\ No newline at end of file\n"
		  "+c\n"
		  "+d\n");
	CHECK_INT(git_apply(dir, patch), 0);
	size_t n;
	char *now = read_back(dir, "f.txt", &n);
	CHECK_STR(now, "a\nb\nc\nd\n");
	free(now);
	free(patch);
	prepared_set_free(&ps);
	finding_list_free(&l);
	rm_tree(dir);
}

/* Many hunks, a deletion of whole lines, an insertion at the top, and two
 * edits on one line; the diff must still apply exactly. */
TEST(several_hunks_apply_exactly)
{
	char *dir = make_tmpdir();
	struct strbuf src = STRBUF_INIT;
	for (int i = 1; i <= 60; i++)
		strbuf_addf(&src, "line %02d value %d\n", i, i * 7);
	write_bytes(dir, "big.c", src.buf, src.len);
	struct finding_list l = { 0 };
	struct finding *f = finding_add(&l, "r1", SEV_WARNING, "big.c", 1, 1, "m");
	edit_text(f, dir, "big.c", "line 01", "/* header */\nline 01", 0);
	edit_text(f, dir, "big.c", "line 20 value 140\n", "", 0);            /* delete a line */
	struct finding *g = finding_add(&l, "r2", SEV_WARNING, "big.c", 23, 1, "m");
	edit_text(g, dir, "big.c", "line 23", "LINE 23", 0);
	edit_text(g, dir, "big.c", "value 161", "value X", 0);                 /* same line 23 */
	struct finding *h = finding_add(&l, "r3", SEV_WARNING, "big.c", 40, 1, "m");
	edit_text(h, dir, "big.c", "line 40 value 280\nline 41", "line forty\nline 41\nline 41b", 0);
	edit_text(h, dir, "big.c", "line 60 value 420\n", "line 60 value 420\nline 61\n", 0);
	struct prepared_set ps;
	char *patch = diff_findings(&l, dir, &ps);
	/* 1 (top), 20+23 joined (gap 2 < 6), 40-41, 60: four hunks */
	int hunks = 0;
	for (const char *p = patch; (p = strstr(p, "\n@@ ")); p++)
		hunks++;
	CHECK_INT(hunks, 4);
	CHECK_CONTAINS(patch, "@@ -1,3 +1,4 @@\n+/* header */\n line 01");
	CHECK_CONTAINS(patch, "-line 20 value 140\n");
	CHECK_CONTAINS(patch, "-line 23 value 161\n+LINE 23 value X\n");
	const struct prepared_file *pf = pf_of(&ps, "big.c");
	CHECK_INT(git_apply(dir, patch), 0);
	size_t n;
	char *now = read_back(dir, "big.c", &n);
	CHECK(now && n == pf->new_len && !memcmp(now, pf->new_bytes, n));
	free(now);
	free(patch);
	strbuf_release(&src);
	prepared_set_free(&ps);
	finding_list_free(&l);
	rm_tree(dir);
}

/* An ANSI (Windows-1252) file is diffed on its raw bytes. */
TEST(ansi_bytes_kept)
{
	char *dir = make_tmpdir();
	const char src[] = "; \xA9 2012 Acme \x96 all rights\r\n[DestinationDirs]\r\nDefaultDestDir=12\r\n";
	write_bytes(dir, "ansi.inf", src, strlen(src));
	struct finding_list l = { 0 };
	struct finding *f = finding_add(&l, "inf-destination-dirid", SEV_ERROR, "ansi.inf", 3, 16, "m");
	edit_text(f, dir, "ansi.inf", "=12", "=13", 0);
	struct prepared_set ps;
	char *patch = diff_findings(&l, dir, &ps);
	CHECK_CONTAINS(patch, " ; \xA9 2012 Acme \x96 all rights\r\n");
	CHECK_INT(git_apply(dir, patch), 0);
	size_t n;
	char *now = read_back(dir, "ansi.inf", &n);
	CHECK(now && n == strlen(src) && !memcmp(now, "; \xA9 2012", 8) && strstr(now, "=13\r\n"));
	free(now);
	free(patch);
	prepared_set_free(&ps);
	finding_list_free(&l);
	rm_tree(dir);
}

static void write_utf16le(const char *dir, const char *rel, const char *ascii)
{
	struct strbuf sb = STRBUF_INIT;
	strbuf_add(&sb, "\xFF\xFE", 2);
	for (const char *p = ascii; *p; p++) {
		strbuf_addch(&sb, *p);
		strbuf_addch(&sb, 0);
	}
	write_bytes(dir, rel, sb.buf, sb.len);
	strbuf_release(&sb);
}

/* UTF-16: review-only section that git skips; the UTF-8 part still applies. */
TEST(utf16_review_only_section)
{
	char *dir = make_tmpdir();
	write_utf16le(dir, "w.inf", "[DestinationDirs]\r\nDefaultDestDir = 12\r\n");
	const char c_src[] = "int x = 12;\n";
	write_bytes(dir, "x.c", c_src, strlen(c_src));
	write_bytes(dir, "a.c", c_src, strlen(c_src));   /* a git section before the UTF-16 one */
	struct finding_list l = { 0 };
	struct finding *f = finding_add(&l, "inf-destination-dirid", SEV_ERROR, "w.inf", 2, 18, "m");
	edit_text(f, dir, "w.inf", "12", "13", 0);
	edit_text(f, dir, "x.c", "12", "13", 0);
	edit_text(f, dir, "a.c", "12", "13", 0);
	struct prepared_set ps;
	char *patch = diff_findings(&l, dir, &ps);
	CHECK_CONTAINS(patch, "# driso: w.inf is utf-16le");
	CHECK_CONTAINS(patch, "driso apply");
	CHECK_CONTAINS(patch, "#--- a/w.inf\n#+++ b/w.inf\n#@@ -1,2 +1,2 @@\n [DestinationDirs]\r\n-DefaultDestDir = 12\r\n+DefaultDestDir = 13\r\n");
	CHECK_NOT_CONTAINS(patch, "diff --git a/w.inf");
	CHECK_INT(git_apply(dir, patch), 0);
	size_t n;
	char *now = read_back(dir, "x.c", &n);
	CHECK_STR(now, "int x = 13;\n");
	free(now);
	now = read_back(dir, "a.c", &n);
	CHECK_STR(now, "int x = 13;\n");
	free(now);
	now = read_back(dir, "w.inf", &n);   /* untouched by git */
	CHECK(now && n > 4 && !memcmp(now, "\xFF\xFE[\0", 4) && memmem(now, n, "1\0" "2\0", 4));
	free(now);
	free(patch);
	prepared_set_free(&ps);
	finding_list_free(&l);
	rm_tree(dir);
}

/* Edge shapes: every patch must apply and give the rendered bytes. */
struct shape {
	const char *name, *src, *old, *repl;
	int nth;
};

static const struct shape shapes[] = {
	{ "empty file, insertion", "", "", "first line\n", 0 },
	{ "delete everything", "only\nlines\n", "only\nlines\n", "", 0 },
	{ "UTF-8 BOM, edit on line 1", "\xEF\xBB\xBF" "first\nsecond\n", "first", "1st", 0 },
	{ "UTF-8 BOM, insert before line 1", "\xEF\xBB\xBF" "first\nsecond\n", "first", "zero\nfirst", 0 },
	{ "mixed EOL: lone LF in a CRLF file", "a\r\nb\nc\r\nd\r\n", "b", "B", 0 },
	{ "lone CR endings (one git line)", "a\rb\rc\r", "b", "B", 0 },
	{ "last line, no newline, append lines", "x\ny", "y", "y\nz", 0 },
	{ "edits 6 lines apart join, 7 apart split", "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n13\n14\n15\n16\n17\n18\n", "3\n", "three\n", 0 },
	{ "join a line with the next", "keep\njoin\nme\nkeep\n", "join\n", "join ", 0 },
	{ "UTF-8 multibyte", "caf\xC3\xA9 = 1;\nna\xC3\xAFve = 2;\n", "2", "\xE2\x82\xAC", 0 },
};

TEST(edge_shapes_apply)
{
	for (size_t k = 0; k < sizeof(shapes) / sizeof(shapes[0]); k++) {
		const struct shape *sh = &shapes[k];
		char *dir = make_tmpdir();
		write_bytes(dir, "f.txt", sh->src, strlen(sh->src));
		struct finding_list l = { 0 };
		struct finding *f = finding_add(&l, "r", SEV_NOTE, "f.txt", 1, 1, "m");
		if (!*sh->old) {
			char hex[65];
			sha256_hex(sh->src, strlen(sh->src), hex);
			file_fix_add_edit(finding_fix_for(f, "f.txt", hex), 0, 0, sh->repl);
		} else {
			edit_text(f, dir, "f.txt", sh->old, sh->repl, sh->nth);
		}
		if (k == 7) {   /* second and third edits: 6 and 7 lines further */
			edit_text(f, dir, "f.txt", "10\n", "ten\n", 0);
			edit_text(f, dir, "f.txt", "18\n", "eighteen\n", 0);
		}
		struct prepared_set ps;
		char *patch = diff_findings(&l, dir, &ps);
		const struct prepared_file *pf = pf_of(&ps, "f.txt");
		if (k == 7) {
			int hunks = 0;
			for (const char *p = patch; (p = strstr(p, "@@ -")); p++)
				hunks++;
			if (hunks != 2)
				HARNESS_FAIL("%s: %d hunks, expected 2:\n%s", sh->name, hunks, patch);
		}
		if (git_apply(dir, patch) != 0)
			HARNESS_FAIL("%s: git apply failed:\n%s", sh->name, patch);
		size_t n;
		char *now = read_back(dir, "f.txt", &n);
		if (!now || n != pf->new_len || memcmp(now, pf->new_bytes, n))
			HARNESS_FAIL("%s: applied bytes differ from the rendered ones", sh->name);
		free(now);
		free(patch);
		prepared_set_free(&ps);
		finding_list_free(&l);
		rm_tree(dir);
	}
}

/* Names with spaces, non-ASCII, a quote, a backslash and a tab. */
TEST(odd_file_names)
{
	char *dir = make_tmpdir();
	char *sub = path_join(dir, "dir with space");
	mkdir(sub, 0777);
	free(sub);
	const char *names[] = { "dir with space/caf\xC3\xA9.c", "we\"ird\\na\tme.c" };
	struct finding_list l = { 0 };
	for (size_t k = 0; k < 2; k++) {
		write_bytes(dir, names[k], "int v = 1;\n", 11);
		edit_text(finding_add(&l, "r", SEV_NOTE, names[k], 1, 1, "m"), dir, names[k], "1", "2", 0);
	}
	struct prepared_set ps;
	char *patch = diff_findings(&l, dir, &ps);
	CHECK_CONTAINS(patch, "diff --git a/dir with space/caf\xC3\xA9.c b/dir with space/caf\xC3\xA9.c\n");
	CHECK_CONTAINS(patch, "diff --git \"a/we\\\"ird\\\\na\\tme.c\" \"b/we\\\"ird\\\\na\\tme.c\"\n");
	CHECK_INT(git_apply(dir, patch), 0);
	for (size_t k = 0; k < 2; k++) {
		size_t n;
		char *now = read_back(dir, names[k], &n);
		CHECK_STR(now, "int v = 2;\n");
		free(now);
	}
	free(patch);
	prepared_set_free(&ps);
	finding_list_free(&l);
	rm_tree(dir);
}

/* Golden fixture: a reviewed CRLF change set stored in the repository. */
TEST(golden_fixture)
{
	char *fx = path_join(DRISO_FIXTURES, "rewriters/golden");
	char *dir = make_tmpdir();
	char *cmd = xasprintf("cp -p '%s/drv.c' '%s/'", fx, dir);
	CHECK_INT(system(cmd), 0);
	free(cmd);
	struct finding_list l = { 0 };
	struct finding *f = finding_add(&l, "file-write-global", SEV_ERROR, "drv.c", 1, 1, "m");
	edit_text(f, dir, "drv.c", "L\"\\\\SystemRoot\\\\acme.log\"", "L\"\\\\DriverData\\\\Acme\\\\acme.log\"", 0);
	struct finding *g = finding_add(&l, "device-name", SEV_WARNING, "drv.c", 1, 1, "m");
	edit_text(g, dir, "drv.c", "    status = IoGetDeviceObjectPointer(",
		  "    /* TODO(driso): open the interface from an IoRegisterPlugPlayNotification callback */\n"
		  "    status = IoGetDeviceObjectPointer(", 0);
	struct prepared_set ps;
	char *patch = diff_findings(&l, dir, &ps);
	char *golden_path = path_join(fx, "drv.c.diff");
	char *golden;
	size_t gl;
	CHECK_INT(read_file(golden_path, &golden, &gl), 0);
	if (getenv("DRISO_UPDATE_GOLDEN"))
		write_bytes(fx, "drv.c.diff", patch, strlen(patch));
	CHECK_STR(patch, golden);
	CHECK_INT(git_apply(dir, patch), 0);
	free(golden);
	free(golden_path);
	free(patch);
	prepared_set_free(&ps);
	finding_list_free(&l);
	rm_tree(dir);
	free(fx);
}

int main(void)
{
	RUN(crlf_two_hunks_golden_and_git_apply);
	RUN(no_final_newline);
	RUN(adding_final_newline_and_appending);
	RUN(several_hunks_apply_exactly);
	RUN(ansi_bytes_kept);
	RUN(utf16_review_only_section);
	RUN(golden_fixture);
	RUN(edge_shapes_apply);
	RUN(odd_file_names);
	return HARNESS_DONE();
}
