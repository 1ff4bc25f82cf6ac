/* Scratch-directory helpers shared by the rewriter tests (test_apply.c,
 * test_rewrite_diff.c). Tests leave nothing behind in DRISO_TMP. */
#ifndef DRISO_TEST_REWRITE_COMMON_H
#define DRISO_TEST_REWRITE_COMMON_H

#include "core/util.h"

#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>

static inline char *make_tmpdir_named(const char *prefix)
{
	const char *base = getenv("DRISO_TMP");
	if (!base || !*base)
		base = "/tmp";
	mkdir(base, 0777);
	char *tmpl = xasprintf("%s/%s-XXXXXX", base, prefix);
	if (!mkdtemp(tmpl))
		die("mkdtemp %s", tmpl);
	return tmpl;
}

static inline void rm_tree(char *dir)
{
	char *cmd = xasprintf("rm -rf '%s'", dir);
	if (system(cmd) != 0)
		fprintf(stderr, "cannot remove %s\n", dir);
	free(cmd);
	free(dir);
}

static inline void write_bytes(const char *dir, const char *rel, const char *bytes, size_t n)
{
	char *p = path_join(dir, rel);
	FILE *f = fopen(p, "wb");
	if (!f)
		die("cannot write %s", p);
	fwrite(bytes, 1, n, f);
	fclose(f);
	free(p);
}

#endif
