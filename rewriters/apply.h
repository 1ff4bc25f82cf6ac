/*
 * apply: write an edit set to disk safely, all files or none.
 *
 * Two steps, so `driso fix --diff` and `--dry-run` share the checks with the
 * real write:
 *
 *	struct prepared_set ps;
 *	if (apply_prepare(&es, root, &ps, &errs) == 0)   // reads only
 *		rc = apply_commit(&ps, &errs);            // writes
 *	prepared_set_free(&ps);
 *
 * apply_prepare refuses (one diag per problem, every file checked, nothing
 * written) when:
 *  - a path is absolute, contains a ".." component, or resolves (realpath,
 *    symlinks followed) outside the resolved root;
 *  - the file's raw bytes no longer hash to the fix's pre-image sha256
 *    ("changed since the scan"); a fix without a hash is refused too unless
 *    APPLY_ALLOW_NO_HASH is given (reports always carry one);
 *  - the file cannot be read or decoded, an edit is out of range, splits a
 *    character, or the edit set holds conflicts (edit_set_finish failed);
 *  - the edited text cannot be encoded back (e.g. a character with no
 *    Windows-1252 byte in an ANSI file);
 *  - two paths of the set are one file (a symlink alias, "./x" and "x", hard
 *    links): their edits would silently overwrite each other.
 *
 * apply_commit writes atomically and all-or-nothing:
 *  1. each new content goes to a temp file in the target's own directory
 *     (same file system), written fully, given the old owner (when allowed)
 *     and mode, fsync'ed;
 *  2. each file is re-hashed (a file that changed between prepare and commit
 *     aborts the whole set) and hard-linked to a backup name next to it (or
 *     copied there when links are not supported);
 *  3. temps are renamed over the targets one by one; if any rename fails, the
 *     targets already replaced are renamed back from their backups;
 *  4. directories are fsync'ed, backups removed.
 * On any failure before step 3 nothing visible changed; temps are removed.
 * A crash at any point leaves each target with its old or its new content,
 * never a truncated or mixed one (at worst a stray .driso-* file remains
 * next to it, named in the docs).
 *
 * Output paths: a symlink inside the root is followed and the file it points
 * to is written (the link stays a link).
 *
 * Tests replace the system calls with apply_set_io() to inject faults.
 */
#ifndef DRISO_APPLY_H
#define DRISO_APPLY_H

#include "core/diag.h"
#include "core/text.h"
#include "rewriters/edit_set.h"

#include <stdbool.h>
#include <stddef.h>
#include <sys/types.h>

#define APPLY_ALLOW_NO_HASH 0x1   /* accept fixes whose file_fix.sha256 is empty */

struct prepared_file {
	const struct file_edits *edits;
	char *rel;                 /* scan-root relative path (== edits->file) */
	char *path;                /* resolved absolute path that will be written */
	struct text_file *text;    /* decoded pre-image */
	char *old_bytes;           /* raw pre-image */
	size_t old_len;
	char *new_utf8;            /* edited decoded text */
	size_t new_utf8_len;
	char *new_bytes;           /* edited text in the file's own encoding */
	size_t new_len;
	mode_t mode;
	uid_t uid;                 /* owner, kept when the process may (root) */
	gid_t gid;
	dev_t dev;                 /* identity, to catch one file named twice */
	ino_t ino;
	bool unchanged;            /* edits produce identical bytes: nothing to write */
};

struct prepared_set {
	struct prepared_file *files;
	size_t n, alloc;
	size_t n_edits;
};

/* Read, verify and render every file of the set. 0 when all are ready; -1
 * with diags otherwise (ps then holds the files that did prepare, for
 * reporting, but must not be committed). */
int apply_prepare(const struct edit_set *es, const char *root, unsigned flags,
		  struct prepared_set *ps, struct diag_list *errors);
/* Write all prepared files or none; 0 on success, -1 with diags. */
int apply_commit(const struct prepared_set *ps, struct diag_list *errors);
void prepared_set_free(struct prepared_set *ps);

/*
 * Resolve a scan-root relative path for writing: refuses absolute paths,
 * ".." components and anything whose realpath is not under realpath(root).
 * Returns the malloc'd absolute path, or NULL with *why set to a static
 * message.
 */
char *apply_resolve_path(const char *root, const char *rel, const char **why);

/* System-call hooks (fault injection). NULL fields mean the real call. */
struct apply_io {
	int (*open)(const char *path, int flags, mode_t mode);
	ssize_t (*write)(int fd, const void *buf, size_t n);
	int (*fsync)(int fd);
	int (*rename)(const char *from, const char *to);
	int (*link)(const char *from, const char *to);
	int (*unlink)(const char *path);
};
/* Install hooks (copied); NULL restores the real system calls. */
void apply_set_io(const struct apply_io *io);

#endif
