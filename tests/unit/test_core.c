#include "core/finding.h"
#include "core/sha256.h"
#include "core/strbuf.h"
#include "core/util.h"
#include "tests/harness.h"

#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

TEST(strbuf_appends_and_detaches)
{
	struct strbuf sb = STRBUF_INIT;
	CHECK_STR(sb.buf, "");
	strbuf_addstr(&sb, "ab");
	strbuf_addf(&sb, "%d-%s", 42, "x");
	strbuf_addch(&sb, '!');
	CHECK_STR(sb.buf, "ab42-x!");
	CHECK_INT(sb.len, 7);
	char *s = strbuf_detach(&sb, NULL);
	CHECK_STR(s, "ab42-x!");
	CHECK_STR(sb.buf, "");
	free(s);
}

TEST(json_escape)
{
	struct strbuf sb = STRBUF_INIT;
	strbuf_add_json_escaped(&sb, "a\"b\\c\n\x01");
	CHECK_STR(sb.buf, "a\\\"b\\\\c\\n\\u0001");
	strbuf_release(&sb);
}

TEST(sha256_known_vectors)
{
	char hex[65];
	sha256_hex("", 0, hex);
	CHECK_STR(hex, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
	sha256_hex("abc", 3, hex);
	CHECK_STR(hex, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
	/* two blocks */
	const char *m = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";
	sha256_hex(m, strlen(m), hex);
	CHECK_STR(hex, "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
}

TEST(path_helpers)
{
	char *r = path_relative("/a/b", "/a/b/c/d.inf");
	CHECK_STR(r, "c/d.inf");
	free(r);
	r = path_relative("/a/b", "/a/bc/d.inf");
	CHECK_STR(r, "/a/bc/d.inf");
	free(r);
	char p[] = "..\\inc\\Foo.H";
	path_to_slashes(p);
	CHECK_STR(p, "../inc/Foo.H");
	CHECK(str_iends_with("X.INF", ".inf"));
	CHECK(str_icontains("\\REGISTRY\\Machine", "\\registry\\") != NULL);
}

TEST(findings_sort_dedup_and_fingerprint_ignore_lines)
{
	struct finding_list l = { 0 };
	struct finding *a = finding_add(&l, "r2", SEV_ERROR, "b.c", 3, 1, "m");
	struct finding *b = finding_add(&l, "r1", SEV_WARNING, "a.c", 9, 2, "m");
	finding_add(&l, "r1", SEV_WARNING, "a.c", 9, 2, "m");
	finding_fingerprint(a, "ZwOpenKey(&h, KEY_READ, &oa);");
	char *fp1 = xstrdup(a->fingerprint);
	a->line = 30;
	finding_fingerprint(a, "  ZwOpenKey(&h,KEY_READ, &oa);");
	CHECK_STR(a->fingerprint, fp1);
	free(fp1);
	(void)b;
	finding_list_dedup(&l);
	CHECK_INT(l.n, 2);
	CHECK_STR(l.items[0]->file, "a.c");
	CHECK_STR(l.items[1]->file, "b.c");
	finding_list_free(&l);
}

TEST(take_from_empty_list_is_a_no_op)
{
	struct finding_list a = { 0 }, b = { 0 };
	finding_list_take(&a, &b);   /* both empty: UBSan would flag memcpy(NULL, NULL, 0) */
	CHECK_INT(a.n, 0);
	finding_add(&b, "r", SEV_NOTE, "f.c", 1, 1, "m");
	finding_list_take(&a, &b);
	CHECK_INT(a.n, 1);
	CHECK_INT(b.n, 0);
	finding_list_free(&a);
}

static void touch(const char *dir, const char *name)
{
	char *p = path_join(dir, name);
	FILE *f = fopen(p, "w");
	if (f)
		fclose(f);
	free(p);
}

/* Windows include spelling on a case-sensitive file system. */
TEST(path_resolve_nocase_components)
{
	char tmpl[] = "/tmp/driso-ci-XXXXXX";
	char *dir = mkdtemp(tmpl);
	CHECK(dir != NULL);
	if (!dir)
		return;
	char *inc = path_join(dir, "Inc");
	mkdir(inc, 0700);
	touch(inc, "Precomp.h");
	touch(inc, "foo.h");
	touch(inc, "Foo.h");   /* both spellings: the exact one must win, whatever readdir's order */
	char *src = path_join(dir, "src");
	mkdir(src, 0700);
	char *r = path_resolve_nocase(src, "..\\INC\\precomp.H");
	char *want = path_join(inc, "Precomp.h");
	CHECK_STR(r, want);
	free(r);
	free(want);
	r = path_resolve_nocase(inc, "Foo.h");
	want = path_join(inc, "Foo.h");
	CHECK_STR(r, want);
	free(r);
	free(want);
	r = path_resolve_nocase(inc, "foo.h");
	want = path_join(inc, "foo.h");
	CHECK_STR(r, want);
	free(r);
	free(want);
	r = path_resolve_nocase(src, "./missing.h");
	CHECK(r == NULL);
	r = path_resolve_nocase(src, "../inc");   /* directories resolve too */
	CHECK_STR(r, inc);
	free(r);
	char *cmd = xasprintf("rm -rf '%s'", dir);
	CHECK(system(cmd) == 0);
	free(cmd);
	free(inc);
	free(src);
}

int main(void)
{
	RUN(path_resolve_nocase_components);
	RUN(strbuf_appends_and_detaches);
	RUN(json_escape);
	RUN(sha256_known_vectors);
	RUN(path_helpers);
	RUN(findings_sort_dedup_and_fingerprint_ignore_lines);
	RUN(take_from_empty_list_is_a_no_op);
	return HARNESS_DONE();
}
