#include "rewriters/apply.h"

#include "core/sha256.h"
#include "core/strbuf.h"
#include "core/util.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

/* ---- system-call hooks -------------------------------------------------- */

static int real_open(const char *path, int flags, mode_t mode) { return open(path, flags, mode); }
static ssize_t real_write(int fd, const void *buf, size_t n) { return write(fd, buf, n); }
static int real_fsync(int fd) { return fsync(fd); }
static int real_rename(const char *a, const char *b) { return rename(a, b); }
static int real_link(const char *a, const char *b) { return link(a, b); }
static int real_unlink(const char *p) { return unlink(p); }

static const struct apply_io real_io = {
	real_open, real_write, real_fsync, real_rename, real_link, real_unlink,
};
static struct apply_io io = {
	real_open, real_write, real_fsync, real_rename, real_link, real_unlink,
};

void apply_set_io(const struct apply_io *hooks)
{
	io = real_io;
	if (!hooks)
		return;
	if (hooks->open) io.open = hooks->open;
	if (hooks->write) io.write = hooks->write;
	if (hooks->fsync) io.fsync = hooks->fsync;
	if (hooks->rename) io.rename = hooks->rename;
	if (hooks->link) io.link = hooks->link;
	if (hooks->unlink) io.unlink = hooks->unlink;
}

/* ---- paths --------------------------------------------------------------- */

static bool has_dotdot(const char *rel)
{
	const char *p = rel;
	while (*p) {
		size_t n = strcspn(p, "/\\");
		if (n == 2 && p[0] == '.' && p[1] == '.')
			return true;
		p += n;
		if (*p)
			p++;
	}
	return false;
}

static bool is_absolute(const char *rel)
{
	if (rel[0] == '/' || rel[0] == '\\')
		return true;
	/* A Windows drive path in a report from a Windows scan. */
	return ((rel[0] | 0x20) >= 'a' && (rel[0] | 0x20) <= 'z' && rel[1] == ':');
}

char *apply_resolve_path(const char *root, const char *rel, const char **why)
{
	*why = NULL;
	if (!rel || !*rel) {
		*why = "empty path";
		return NULL;
	}
	if (is_absolute(rel)) {
		*why = "absolute path refused: fixes must name files relative to the scan root";
		return NULL;
	}
	if (has_dotdot(rel)) {
		*why = "path with '..' refused: it could leave the scan root";
		return NULL;
	}
	char *root_real = realpath(root && *root ? root : ".", NULL);
	if (!root_real) {
		*why = "scan root cannot be resolved";
		return NULL;
	}
	char *joined = path_join(root_real, rel);
	char *real = realpath(joined, NULL);
	free(joined);
	if (!real) {
		free(root_real);
		*why = "file not found under the scan root";
		return NULL;
	}
	size_t rl = strlen(root_real);
	bool inside = !strncmp(real, root_real, rl) &&
		      (real[rl] == '/' || (rl == 1 && root_real[0] == '/')) && real[rl + (rl > 1)] != '\0';
	free(root_real);
	if (!inside) {
		free(real);
		*why = "path resolves outside the scan root (symlink) and is refused";
		return NULL;
	}
	struct stat st;
	if (stat(real, &st) != 0 || !S_ISREG(st.st_mode)) {
		free(real);
		*why = "not a regular file";
		return NULL;
	}
	return real;
}

/* ---- prepare ------------------------------------------------------------- */

static void prepared_file_free(struct prepared_file *pf)
{
	free(pf->rel);
	free(pf->path);
	text_free(pf->text);
	free(pf->old_bytes);
	free(pf->new_utf8);
	free(pf->new_bytes);
	memset(pf, 0, sizeof(*pf));
}

void prepared_set_free(struct prepared_set *ps)
{
	for (size_t i = 0; i < ps->n; i++)
		prepared_file_free(&ps->files[i]);
	free(ps->files);
	memset(ps, 0, sizeof(*ps));
}

static int prepare_file(const struct file_edits *fe, const char *root, unsigned flags,
			struct prepared_file *pf, struct diag_list *errors)
{
	const char *why;
	memset(pf, 0, sizeof(*pf));
	pf->edits = fe;
	pf->rel = xstrdup(fe->file);
	int line = fe->n ? fe->edits[0].line : 1;

	pf->path = apply_resolve_path(root, fe->file, &why);
	if (!pf->path) {
		diag_add(errors, fe->file, line, "%s", why);
		return -1;
	}
	if (read_file(pf->path, &pf->old_bytes, &pf->old_len) != 0) {
		diag_add(errors, fe->file, line, "cannot read: %s", strerror(errno));
		return -1;
	}
	struct stat st;
	if (stat(pf->path, &st) != 0) {
		diag_add(errors, fe->file, line, "cannot stat: %s", strerror(errno));
		return -1;
	}
	pf->mode = st.st_mode & 07777;
	pf->uid = st.st_uid;
	pf->gid = st.st_gid;
	pf->dev = st.st_dev;
	pf->ino = st.st_ino;

	if (!fe->sha256[0]) {
		if (!(flags & APPLY_ALLOW_NO_HASH)) {
			diag_add(errors, fe->file, line,
				 "fix carries no pre-image sha256; refusing to edit a file whose scan-time content is unknown");
			return -1;
		}
	} else {
		char hex[65];
		sha256_hex(pf->old_bytes, pf->old_len, hex);
		if (strcasecmp(hex, fe->sha256) != 0) {
			diag_add(errors, fe->file, line,
				 "file changed since the scan (sha256 %.12s..., report has %.12s...); rescan before applying",
				 hex, fe->sha256);
			return -1;
		}
	}

	struct text_error terr = { 0 };
	pf->text = text_decode(fe->file, pf->old_bytes, pf->old_len, &terr);
	if (!pf->text) {
		diag_add(errors, fe->file, terr.line, "cannot decode: %s", terr.message);
		return -1;
	}
	if (edit_set_render(fe, pf->text, &pf->new_utf8, &pf->new_utf8_len, errors) != 0)
		return -1;
	if (text_encode(pf->text, pf->new_utf8, pf->new_utf8_len, &pf->new_bytes, &pf->new_len) != 0) {
		diag_add(errors, fe->file, line,
			 "edited text cannot be written in the file's encoding (%s)",
			 text_encoding_name(pf->text->encoding));
		return -1;
	}
	pf->unchanged = pf->new_len == pf->old_len && !memcmp(pf->new_bytes, pf->old_bytes, pf->old_len);
	return 0;
}

int apply_prepare(const struct edit_set *es, const char *root, unsigned flags,
		  struct prepared_set *ps, struct diag_list *errors)
{
	memset(ps, 0, sizeof(*ps));
	int bad = 0;
	if (es->n_conflicts) {
		diag_add(errors, es->n ? es->files[0].file : "<edit set>", 1,
			 "edit set holds %zu conflicting edit(s); nothing will be written", es->n_conflicts);
		bad++;
	}
	for (size_t i = 0; i < es->n; i++) {
		struct prepared_file pf;
		if (prepare_file(&es->files[i], root, flags, &pf, errors) != 0) {
			prepared_file_free(&pf);
			bad++;
			continue;
		}
		const struct prepared_file *twin = NULL;
		for (size_t j = 0; j < ps->n && !twin; j++)
			if (ps->files[j].dev == pf.dev && ps->files[j].ino == pf.ino)
				twin = &ps->files[j];
		if (twin) {
			diag_add(errors, pf.rel, 1,
				 "is the same file as %s (symlink, hard link or another spelling of the path); "
				 "refusing edits that would overwrite each other", twin->rel);
			prepared_file_free(&pf);
			bad++;
			continue;
		}
		ALLOC_GROW(ps->files, ps->n + 1, ps->alloc);
		ps->files[ps->n++] = pf;
		ps->n_edits += es->files[i].n;
	}
	return bad ? -1 : 0;
}

/* ---- commit -------------------------------------------------------------- */

struct commit_slot {
	char *tmp;        /* new content, NULL once renamed or removed */
	char *backup;     /* old content, NULL when none */
	bool renamed;
};

static unsigned long name_counter;

static char *sibling_name(const char *path, const char *kind)
{
	char *dir = path_dirname(path);
	char *name = xasprintf("%s/.driso-%s-%ld-%lu-%s", dir, kind, (long)getpid(),
			       ++name_counter, path_basename(path));
	free(dir);
	return name;
}

/* Write bytes to a new file next to `path`; fsync'ed, mode set. */
static char *write_sibling(const struct prepared_file *pf, const char *kind, const char *bytes,
			   size_t n, struct diag_list *errors)
{
	char *name = sibling_name(pf->path, kind);
	int fd = io.open(name, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
	if (fd < 0) {
		diag_add(errors, pf->rel, 1, "cannot create %s: %s", name, strerror(errno));
		free(name);
		return NULL;
	}
	size_t off = 0;
	int err = 0;
	while (off < n) {
		ssize_t w = io.write(fd, bytes + off, n - off);
		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0) {
			err = w < 0 ? errno : EIO;
			break;
		}
		off += (size_t)w;
	}
	/* Owner first: chown clears set-id bits that fchmod then restores. Only
	 * root may give a file away; others keep their own files anyway. */
	if (!err && fchown(fd, pf->uid, pf->gid) != 0 && errno != EPERM)
		err = errno;
	if (!err && fchmod(fd, pf->mode) != 0)
		err = errno;
	if (!err && io.fsync(fd) != 0)
		err = errno;
	if (close(fd) != 0 && !err)
		err = errno;
	if (err) {
		diag_add(errors, pf->rel, 1, "cannot write %s: %s", name, strerror(err));
		io.unlink(name);
		free(name);
		return NULL;
	}
	return name;
}

static void fsync_dir(const char *path)
{
	char *dir = path_dirname(path);
	int fd = io.open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0);
	if (fd >= 0) {
		io.fsync(fd);
		close(fd);
	}
	free(dir);
}

static bool same_dir(const char *a, const char *b)
{
	const char *sa = strrchr(a, '/'), *sb = strrchr(b, '/');
	return sa && sb && sa - a == sb - b && !strncmp(a, b, (size_t)(sa - a));
}

static void cleanup(struct commit_slot *s, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		if (s[i].tmp)
			io.unlink(s[i].tmp);
		if (s[i].backup)
			io.unlink(s[i].backup);
		free(s[i].tmp);
		free(s[i].backup);
	}
	free(s);
}

static bool still_pre_image(const struct prepared_file *pf)
{
	char *now;
	size_t len;
	if (read_file(pf->path, &now, &len) != 0)
		return false;
	bool same = len == pf->old_len && !memcmp(now, pf->old_bytes, len);
	free(now);
	return same;
}

int apply_commit(const struct prepared_set *ps, struct diag_list *errors)
{
	struct commit_slot *slot = xcalloc(ps->n ? ps->n : 1, sizeof(*slot));

	/* 1. New contents into temps next to their targets. */
	for (size_t i = 0; i < ps->n; i++) {
		const struct prepared_file *pf = &ps->files[i];
		if (pf->unchanged)
			continue;
		slot[i].tmp = write_sibling(pf, "tmp", pf->new_bytes, pf->new_len, errors);
		if (!slot[i].tmp)
			goto abort;
	}

	/* 2. Last look at the targets, and a backup of each. */
	for (size_t i = 0; i < ps->n; i++) {
		const struct prepared_file *pf = &ps->files[i];
		if (pf->unchanged)
			continue;
		if (!still_pre_image(pf)) {
			diag_add(errors, pf->rel, 1, "file changed while applying; nothing written");
			goto abort;
		}
		char *bak = sibling_name(pf->path, "bak");
		if (io.link(pf->path, bak) == 0) {
			slot[i].backup = bak;
			continue;
		}
		int err = errno;
		free(bak);
		if (err == EPERM || err == EXDEV || err == ENOTSUP || err == EMLINK || err == ENOSYS)
			slot[i].backup = write_sibling(pf, "bak", pf->old_bytes, pf->old_len, errors);
		else
			diag_add(errors, pf->rel, 1, "cannot keep a backup: %s", strerror(err));
		if (!slot[i].backup)
			goto abort;
	}

	/* 3. The visible step: one atomic rename per file. */
	for (size_t i = 0; i < ps->n; i++) {
		const struct prepared_file *pf = &ps->files[i];
		if (pf->unchanged)
			continue;
		if (io.rename(slot[i].tmp, pf->path) != 0) {
			diag_add(errors, pf->rel, 1, "cannot replace file: %s; restoring the files already written",
				 strerror(errno));
			for (size_t j = 0; j < i; j++) {
				if (!slot[j].renamed)
					continue;
				if (io.rename(slot[j].backup, ps->files[j].path) == 0) {
					free(slot[j].backup);
					slot[j].backup = NULL;
					fsync_dir(ps->files[j].path);
				} else {
					diag_add(errors, ps->files[j].rel, 1,
						 "could not restore the old content (%s): it is kept in %s",
						 strerror(errno), slot[j].backup);
					free(slot[j].backup);   /* keep the file on disk */
					slot[j].backup = NULL;
				}
			}
			goto abort;
		}
		free(slot[i].tmp);
		slot[i].tmp = NULL;
		slot[i].renamed = true;
	}

	/* 4. Make the renames durable (each directory once), then drop the
	 * backups. */
	for (size_t i = 0; i < ps->n; i++) {
		if (!slot[i].renamed)
			continue;
		bool seen = false;
		for (size_t j = 0; j < i && !seen; j++)
			seen = slot[j].renamed && same_dir(ps->files[i].path, ps->files[j].path);
		if (!seen)
			fsync_dir(ps->files[i].path);
	}
	cleanup(slot, ps->n);
	return 0;

abort:
	cleanup(slot, ps->n);
	return -1;
}
