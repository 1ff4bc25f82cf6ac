/* Safe apply: byte-exact writes, stale files, conflicts and path escapes are
 * refused with nothing written, file modes and UTF-16 bytes preserved. */
#include "tests/harness.h"
#include "tests/unit/test_rewrite_common.h"

#include "core/finding.h"
#include "core/sha256.h"
#include "core/strbuf.h"
#include "core/text.h"
#include "core/util.h"
#include "rewriters/apply.h"
#include "rewriters/edit_set.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static char *make_tmpdir(void)
{
	return make_tmpdir_named("rwapply");
}

static bool file_is(const char *dir, const char *rel, const char *bytes, size_t n)
{
	char *p = path_join(dir, rel), *data;
	size_t len;
	bool same = read_file(p, &data, &len) == 0 && len == n && !memcmp(data, bytes, n);
	if (same || data)
		free(data);
	free(p);
	return same;
}

static int count_driso_leftovers(const char *dir)
{
	DIR *d = opendir(dir);
	int n = 0;
	struct dirent *e;
	while (d && (e = readdir(d)))
		if (!strncmp(e->d_name, ".driso-", 7))
			n++;
	if (d)
		closedir(d);
	return n;
}

/* Edit replacing the nth occurrence of `old` in the decoded text of rel. */
static void edit_text(struct finding *f, const char *dir, const char *rel, const char *old, const char *repl)
{
	char *p = path_join(dir, rel);
	struct text_error err;
	struct text_file *t = text_load(p, &err);
	if (!t)
		die("cannot decode %s: %s", p, err.message);
	char hex[65];
	sha256_file_hex(p, hex);
	const char *at = strstr(t->utf8, old);
	if (!at)
		die("'%s' not in %s", old, rel);
	struct file_fix *fx = finding_fix_for(f, rel, hex);
	file_fix_add_edit(fx, (size_t)(at - t->utf8), (size_t)(at - t->utf8) + strlen(old), repl);
	text_free(t);
	free(p);
}

/* Edit set + prepare + commit; 0 on success, errors in *errs. */
static int apply_all(struct finding_list *l, const char *root, struct diag_list *errs)
{
	struct edit_set es;
	struct prepared_set ps;
	edit_set_init(&es);
	int rc = edit_set_add_findings(&es, l, errs);
	if (apply_prepare(&es, root, 0, &ps, errs) != 0)
		rc = -1;
	if (rc == 0)
		rc = apply_commit(&ps, errs);
	prepared_set_free(&ps);
	edit_set_free(&es);
	return rc;
}

static const char A_SRC[] = "#define LOG L\"\\\\SystemRoot\\\\a.log\"\nint a;\n";
static const char B_SRC[] = "[DestinationDirs]\r\nDefaultDestDir = 12\r\n";

TEST(applies_and_keeps_mode)
{
	char *dir = make_tmpdir();
	write_bytes(dir, "a.c", A_SRC, strlen(A_SRC));
	write_bytes(dir, "b.inf", B_SRC, strlen(B_SRC));
	char *bp = path_join(dir, "b.inf");
	chmod(bp, 0640);
	bool root_user = geteuid() == 0;
	if (root_user)
		CHECK_INT(chown(bp, 4321, 8765), 0);
	struct finding_list l = { 0 };
	struct finding *f = finding_add(&l, "file-write-global", SEV_ERROR, "a.c", 1, 1, "m");
	edit_text(f, dir, "a.c", "SystemRoot", "DriverData\\\\Acme");
	struct finding *g = finding_add(&l, "inf-destination-dirid", SEV_ERROR, "b.inf", 2, 18, "m");
	edit_text(g, dir, "b.inf", "12", "13");
	struct diag_list errs = { 0 };
	CHECK_INT(apply_all(&l, dir, &errs), 0);
	CHECK_INT(errs.n, 0);
	const char a_new[] = "#define LOG L\"\\\\DriverData\\\\Acme\\\\a.log\"\nint a;\n";
	CHECK(file_is(dir, "a.c", a_new, strlen(a_new)));
	CHECK(file_is(dir, "b.inf", "[DestinationDirs]\r\nDefaultDestDir = 13\r\n", strlen(B_SRC)));
	struct stat st;
	CHECK_INT(stat(bp, &st), 0);
	CHECK_INT(st.st_mode & 07777, 0640);
	if (root_user) {
		CHECK_INT(st.st_uid, 4321);
		CHECK_INT(st.st_gid, 8765);
	}
	CHECK_INT(count_driso_leftovers(dir), 0);
	free(bp);
	diag_list_free(&errs);
	finding_list_free(&l);
	rm_tree(dir);
}

TEST(stale_file_refused_nothing_written)
{
	char *dir = make_tmpdir();
	write_bytes(dir, "a.c", A_SRC, strlen(A_SRC));
	write_bytes(dir, "b.inf", B_SRC, strlen(B_SRC));
	struct finding_list l = { 0 };
	edit_text(finding_add(&l, "r", SEV_ERROR, "a.c", 1, 1, "m"), dir, "a.c", "SystemRoot", "DriverData");
	edit_text(finding_add(&l, "r", SEV_ERROR, "b.inf", 2, 1, "m"), dir, "b.inf", "12", "13");
	/* Someone edits b.inf after the scan (same length: offsets still fit). */
	const char b_edited[] = "[DestinationDirs]\r\nDefaultDestDir = 11\r\n";
	write_bytes(dir, "b.inf", b_edited, strlen(b_edited));
	struct diag_list errs = { 0 };
	CHECK_INT(apply_all(&l, dir, &errs), -1);
	CHECK_INT(errs.n, 1);
	CHECK_STR(errs.items[0].file, "b.inf");
	CHECK_CONTAINS(errs.items[0].message, "changed since the scan");
	CHECK(file_is(dir, "a.c", A_SRC, strlen(A_SRC)));
	CHECK(file_is(dir, "b.inf", b_edited, strlen(b_edited)));
	CHECK_INT(count_driso_leftovers(dir), 0);
	diag_list_free(&errs);
	finding_list_free(&l);
	rm_tree(dir);
}

TEST(missing_hash_refused_unless_allowed)
{
	char *dir = make_tmpdir();
	write_bytes(dir, "a.c", A_SRC, strlen(A_SRC));
	struct finding_list l = { 0 };
	struct finding *f = finding_add(&l, "r", SEV_ERROR, "a.c", 1, 1, "m");
	file_fix_add_edit(finding_fix_for(f, "a.c", NULL), 0, 1, "/");
	struct edit_set es;
	struct prepared_set ps;
	struct diag_list errs = { 0 };
	edit_set_init(&es);
	CHECK_INT(edit_set_add_findings(&es, &l, &errs), 0);
	CHECK_INT(apply_prepare(&es, dir, 0, &ps, &errs), -1);
	CHECK_CONTAINS(errs.items[0].message, "no pre-image sha256");
	prepared_set_free(&ps);
	CHECK_INT(apply_prepare(&es, dir, APPLY_ALLOW_NO_HASH, &ps, &errs), 0);
	CHECK_INT(ps.n, 1);
	prepared_set_free(&ps);
	edit_set_free(&es);
	diag_list_free(&errs);
	finding_list_free(&l);
	rm_tree(dir);
}

TEST(overlapping_edits_refused_nothing_written)
{
	char *dir = make_tmpdir();
	write_bytes(dir, "a.c", A_SRC, strlen(A_SRC));
	write_bytes(dir, "b.inf", B_SRC, strlen(B_SRC));
	struct finding_list l = { 0 };
	edit_text(finding_add(&l, "r1", SEV_ERROR, "a.c", 1, 1, "m"), dir, "a.c", "SystemRoot", "X");
	edit_text(finding_add(&l, "r2", SEV_ERROR, "a.c", 1, 1, "m"), dir, "a.c", "Root\\\\a.log", "Y");
	edit_text(finding_add(&l, "r3", SEV_ERROR, "b.inf", 2, 1, "m"), dir, "b.inf", "12", "13");
	struct diag_list errs = { 0 };
	CHECK_INT(apply_all(&l, dir, &errs), -1);
	CHECK(errs.n >= 1);
	CHECK_CONTAINS(errs.items[0].message, "conflicting edits");
	CHECK_CONTAINS(errs.items[0].message, "r1@a.c");
	CHECK_CONTAINS(errs.items[0].message, "r2@a.c");
	CHECK(file_is(dir, "a.c", A_SRC, strlen(A_SRC)));
	CHECK(file_is(dir, "b.inf", B_SRC, strlen(B_SRC)));   /* the clean file waits too */
	diag_list_free(&errs);
	finding_list_free(&l);
	rm_tree(dir);
}

static int refuse(const char *root, const char *rel, const char *expect)
{
	const char *why = NULL;
	char *p = apply_resolve_path(root, rel, &why);
	int ok = !p && why && strstr(why, expect);
	if (!ok)
		fprintf(stderr, "  %s: got %s / %s\n", rel, p ? p : "(null)", why ? why : "(null)");
	free(p);
	return ok;
}

TEST(path_escapes_refused)
{
	char *base = make_tmpdir();
	char *root = path_join(base, "root");
	char *outside = path_join(base, "outside");
	mkdir(root, 0777);
	mkdir(outside, 0777);
	write_bytes(outside, "secret.c", A_SRC, strlen(A_SRC));
	write_bytes(root, "in.c", A_SRC, strlen(A_SRC));
	char *sub = path_join(root, "sub");
	mkdir(sub, 0777);
	char *link_file = path_join(root, "evil.c");
	char *target = path_join(outside, "secret.c");
	CHECK_INT(symlink(target, link_file), 0);
	char *link_dir = path_join(root, "evildir");
	CHECK_INT(symlink(outside, link_dir), 0);
	char *good_link = path_join(root, "alias.c");
	CHECK_INT(symlink("in.c", good_link), 0);

	CHECK(refuse(root, "../outside/secret.c", "'..'"));
	CHECK(refuse(root, "sub/../../outside/secret.c", "'..'"));
	CHECK(refuse(root, "sub\\..\\..\\outside\\secret.c", "'..'"));
	CHECK(refuse(root, target, "absolute"));
	CHECK(refuse(root, "C:/Windows/System32/drivers/x.sys", "absolute"));
	CHECK(refuse(root, "evil.c", "outside the scan root"));
	CHECK(refuse(root, "evildir/secret.c", "outside the scan root"));
	CHECK(refuse(root, "sub", "not a regular file"));
	CHECK(refuse(root, "missing.c", "not found"));
	const char *why;
	char *p = apply_resolve_path(root, "alias.c", &why);
	CHECK(p && str_ends_with(p, "/root/in.c"));
	free(p);

	/* Through the whole pipeline: nothing outside (or inside) changes. */
	struct finding_list l = { 0 };
	struct finding *f = finding_add(&l, "r", SEV_ERROR, "evil.c", 1, 1, "m");
	char hex[65];
	sha256_hex(A_SRC, strlen(A_SRC), hex);
	file_fix_add_edit(finding_fix_for(f, "evil.c", hex), 0, 7, "#undef");
	file_fix_add_edit(finding_fix_for(f, "in.c", hex), 0, 7, "#undef");
	struct diag_list errs = { 0 };
	CHECK_INT(apply_all(&l, root, &errs), -1);
	CHECK(file_is(outside, "secret.c", A_SRC, strlen(A_SRC)));
	CHECK(file_is(root, "in.c", A_SRC, strlen(A_SRC)));
	CHECK_STR(errs.items[0].file, "evil.c");

	/* A link inside the root: the target is edited, the link stays. */
	finding_list_free(&l);
	diag_list_free(&errs);
	f = finding_add(&l, "r", SEV_ERROR, "alias.c", 1, 1, "m");
	file_fix_add_edit(finding_fix_for(f, "alias.c", hex), 0, 7, "#undef");
	CHECK_INT(apply_all(&l, root, &errs), 0);
	struct stat st;
	CHECK_INT(lstat(good_link, &st), 0);
	CHECK(S_ISLNK(st.st_mode));
	char *in;
	size_t n;
	char *inp = path_join(root, "in.c");
	CHECK_INT(read_file(inp, &in, &n), 0);
	CHECK(str_starts_with(in, "#undef LOG L"));
	free(in);
	free(inp);
	diag_list_free(&errs);
	finding_list_free(&l);
	free(good_link);
	free(link_dir);
	free(target);
	free(link_file);
	free(sub);
	free(root);
	free(outside);
	rm_tree(base);
}

/* UTF-16LE with BOM, CRLF, non-ASCII and a surrogate pair: every byte
 * outside the edit is unchanged. */
TEST(utf16le_round_trip_byte_exact)
{
	char *dir = make_tmpdir();
	const char *utf8 = "; \xC2\xA9 Acme \xF0\x9F\x98\x80 \xE2\x80\x94 caf\xC3\xA9\r\n"
			   "[DestinationDirs]\r\nDefaultDestDir = 12\r\n\r\n[Strings]\r\nX=\"\xC3\xBC\"\r\n";
	struct text_error terr;
	struct text_file *t8 = text_decode("seed", "\xFF\xFE\0\0", 2, &terr);
	CHECK(t8 != NULL);
	t8->encoding = TEXT_UTF16LE;
	char *raw;
	size_t raw_len;
	CHECK_INT(text_encode(t8, utf8, strlen(utf8), &raw, &raw_len), 0);
	text_free(t8);
	CHECK(raw_len > 2 && !memcmp(raw, "\xFF\xFE", 2));
	write_bytes(dir, "u.inf", raw, raw_len);

	struct finding_list l = { 0 };
	edit_text(finding_add(&l, "inf-destination-dirid", SEV_ERROR, "u.inf", 3, 18, "m"), dir, "u.inf",
		  "= 12", "= 13");
	struct diag_list errs = { 0 };
	CHECK_INT(apply_all(&l, dir, &errs), 0);
	char *now;
	size_t n;
	char *p = path_join(dir, "u.inf");
	CHECK_INT(read_file(p, &now, &n), 0);
	CHECK_INT(n, raw_len);
	size_t diff = 0, at = 0;
	for (size_t i = 0; i < n; i++)
		if (now[i] != raw[i]) {
			diff++;
			at = i;
		}
	CHECK_INT(diff, 1);                       /* just the '2' -> '3' code unit */
	CHECK(now[at] == '3' && raw[at] == '2' && now[at + 1] == 0);
	free(now);
	free(p);
	free(raw);
	diag_list_free(&errs);
	finding_list_free(&l);
	rm_tree(dir);
}

TEST(unrepresentable_ansi_refused)
{
	char *dir = make_tmpdir();
	const char src[] = "; \xA9 Acme\r\nDefaultDestDir=12\r\n";
	write_bytes(dir, "a.inf", src, strlen(src));
	struct finding_list l = { 0 };
	edit_text(finding_add(&l, "r", SEV_ERROR, "a.inf", 2, 1, "m"), dir, "a.inf", "12", "\xE2\x98\x83");
	struct diag_list errs = { 0 };
	CHECK_INT(apply_all(&l, dir, &errs), -1);
	CHECK_CONTAINS(errs.items[0].message, "cannot be written in the file's encoding");
	CHECK(file_is(dir, "a.inf", src, strlen(src)));
	diag_list_free(&errs);
	finding_list_free(&l);
	rm_tree(dir);
}

/* One file reached through two names must not be written twice (the second
 * rename would drop the first name's edits). */
TEST(same_file_twice_refused)
{
	char *dir = make_tmpdir();
	write_bytes(dir, "in.c", A_SRC, strlen(A_SRC));
	char *alias = path_join(dir, "alias.c");
	CHECK_INT(symlink("in.c", alias), 0);
	char *hard = path_join(dir, "hard.c");
	char *in = path_join(dir, "in.c");
	CHECK_INT(link(in, hard), 0);
	char hex[65];
	sha256_hex(A_SRC, strlen(A_SRC), hex);
	const char *other[] = { "alias.c", "hard.c" };
	for (size_t k = 0; k < 2; k++) {
		struct finding_list l = { 0 };
		struct finding *f = finding_add(&l, "r1", SEV_ERROR, "in.c", 1, 1, "m");
		file_fix_add_edit(finding_fix_for(f, "in.c", hex), 0, 7, "#undef");
		struct finding *g = finding_add(&l, "r2", SEV_ERROR, other[k], 2, 1, "m");
		file_fix_add_edit(finding_fix_for(g, other[k], hex), 40, 41, "b");
		struct diag_list errs = { 0 };
		CHECK_INT(apply_all(&l, dir, &errs), -1);
		CHECK(errs.n == 1);
		CHECK_CONTAINS(errs.items[0].message, "is the same file as");
		CHECK(file_is(dir, "in.c", A_SRC, strlen(A_SRC)));
		diag_list_free(&errs);
		finding_list_free(&l);
	}
	/* Another spelling of the same relative path is the same file: grouped,
	 * both edits land in one write. */
	struct finding_list l = { 0 };
	file_fix_add_edit(finding_fix_for(finding_add(&l, "r1", SEV_ERROR, "in.c", 1, 1, "m"), "in.c", hex),
			  0, 7, "#undef");
	file_fix_add_edit(finding_fix_for(finding_add(&l, "r2", SEV_ERROR, "./in.c", 2, 1, "m"), "./in.c", hex),
			  strlen(A_SRC) - 3, strlen(A_SRC) - 2, "b");
	struct diag_list errs = { 0 };
	CHECK_INT(apply_all(&l, dir, &errs), 0);
	const char both[] = "#undef LOG L\"\\\\SystemRoot\\\\a.log\"\nint b;\n";
	CHECK(file_is(dir, "in.c", both, strlen(both)));
	diag_list_free(&errs);
	finding_list_free(&l);
	free(in);
	free(hard);
	free(alias);
	rm_tree(dir);
}

int main(void)
{
	RUN(applies_and_keeps_mode);
	RUN(stale_file_refused_nothing_written);
	RUN(missing_hash_refused_unless_allowed);
	RUN(overlapping_edits_refused_nothing_written);
	RUN(path_escapes_refused);
	RUN(utf16le_round_trip_byte_exact);
	RUN(unrepresentable_ansi_refused);
	RUN(same_file_twice_refused);
	return HARNESS_DONE();
}
