/* Fault injection through the apply I/O hooks: disk full, read-only
 * directory, failing rename, failing restore, and a crash at every single
 * system call. Afterwards each file holds its old or its new content. */
#include "tests/harness.h"

#include "core/finding.h"
#include "core/sha256.h"
#include "core/util.h"
#include "rewriters/apply.h"
#include "rewriters/edit_set.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#define N_FILES 3

static const char *OLD[N_FILES] = {
	"#define P L\"\\\\Registry\\\\Machine\\\\System\"\nint a;\n",
	"[DestinationDirs]\r\nDefaultDestDir = 12\r\n",
	"one\ntwo\nthree",
};
static const char *NEW[N_FILES] = {
	"#define P L\"Parameters\"\nint a;\n",
	"[DestinationDirs]\r\nDefaultDestDir = 13\r\n",
	"one\n2\nthree",
};
static const char *NAMES[N_FILES] = { "a.c", "sub/b.inf", "c.txt" };

/* ---- fault hooks ---- */
static const char *fail_open_in; /* temp-file opens in this directory fail with open_errno */
static int open_errno;
static int fail_write_tmp_n;      /* ENOSPC on the nth temp file's writes */
static int fail_rename_n;         /* fail the nth rename */
static int fail_rename_from;      /* ...and every rename after it */
static int crash_at;              /* _exit at the nth hooked call */
static int tmp_opens, renames, calls;
static int write_fd_to_fail = -1;

static void tick(void)
{
	if (crash_at && ++calls == crash_at)
		_exit(42);
}

static int h_open(const char *path, int flags, mode_t mode)
{
	tick();
	if (strstr(path, "/.driso-tmp-")) {
		tmp_opens++;
		if (fail_open_in && strstr(path, fail_open_in)) {
			errno = open_errno;
			return -1;
		}
	}
	int fd = open(path, flags, mode);
	if (fd >= 0 && fail_write_tmp_n && strstr(path, "/.driso-tmp-") && tmp_opens == fail_write_tmp_n)
		write_fd_to_fail = fd;
	return fd;
}

static ssize_t h_write(int fd, const void *buf, size_t n)
{
	tick();
	if (fd == write_fd_to_fail) {
		/* A partial write first, then the disk is full. */
		static int partial_done;
		if (!partial_done && n > 1) {
			partial_done = 1;
			return write(fd, buf, n / 2);
		}
		errno = ENOSPC;
		return -1;
	}
	return write(fd, buf, n);
}

static int h_fsync(int fd) { tick(); return fsync(fd); }
static int no_links;              /* link() fails with EPERM: backups are copies */
static int h_link(const char *a, const char *b)
{
	tick();
	if (no_links) {
		errno = EPERM;
		return -1;
	}
	return link(a, b);
}
static int h_unlink(const char *p) { tick(); return unlink(p); }

static int h_rename(const char *a, const char *b)
{
	tick();
	renames++;
	if ((fail_rename_n && renames == fail_rename_n) || (fail_rename_from && renames >= fail_rename_from)) {
		errno = EIO;
		return -1;
	}
	return rename(a, b);
}

static const struct apply_io hooks = { h_open, h_write, h_fsync, h_rename, h_link, h_unlink };

static void reset_faults(void)
{
	fail_open_in = NULL;
	open_errno = fail_write_tmp_n = fail_rename_n = fail_rename_from = 0;
	crash_at = tmp_opens = renames = calls = no_links = 0;
	write_fd_to_fail = -1;
}

/* ---- fixture ---- */
static char *make_tree(void)
{
	const char *base = getenv("DRISO_TMP");
	if (!base || !*base)
		base = "/tmp";
	mkdir(base, 0777);
	char *dir = xasprintf("%s/rwfault-XXXXXX", base);
	if (!mkdtemp(dir))
		die("mkdtemp");
	char *sub = path_join(dir, "sub");
	mkdir(sub, 0777);
	free(sub);
	for (int i = 0; i < N_FILES; i++) {
		char *p = path_join(dir, NAMES[i]);
		FILE *f = fopen(p, "wb");
		fwrite(OLD[i], 1, strlen(OLD[i]), f);
		fclose(f);
		free(p);
	}
	return dir;
}

static void build_findings(struct finding_list *l)
{
	for (int i = 0; i < N_FILES; i++) {
		/* The edit: the single differing middle span of OLD vs NEW. */
		size_t lo = 0, ol = strlen(OLD[i]), nl = strlen(NEW[i]);
		while (OLD[i][lo] == NEW[i][lo])
			lo++;
		size_t so = 0;
		while (so < ol - lo && so < nl - lo && OLD[i][ol - 1 - so] == NEW[i][nl - 1 - so])
			so++;
		char *repl = xstrndup(NEW[i] + lo, nl - so - lo);
		char hex[65];
		sha256_hex(OLD[i], ol, hex);
		struct finding *f = finding_add(l, "rule", SEV_ERROR, NAMES[i], 1, 1, "m");
		file_fix_add_edit(finding_fix_for(f, NAMES[i], hex), lo, ol - so, repl);
		free(repl);
	}
}

static int run_apply(const char *dir, struct diag_list *errs)
{
	struct finding_list l = { 0 };
	build_findings(&l);
	struct edit_set es;
	struct prepared_set ps;
	edit_set_init(&es);
	int rc = edit_set_add_findings(&es, &l, errs);
	if (!rc)
		rc = apply_prepare(&es, dir, 0, &ps, errs);
	if (!rc)
		rc = apply_commit(&ps, errs);
	else
		fprintf(stderr, "prepare failed\n");
	prepared_set_free(&ps);
	edit_set_free(&es);
	finding_list_free(&l);
	return rc;
}

/* 0 = old, 1 = new, -1 = neither (truncated or mixed). */
static int state_of(const char *dir, int i)
{
	char *p = path_join(dir, NAMES[i]), *data;
	size_t n;
	int st = -1;
	if (read_file(p, &data, &n) == 0) {
		if (n == strlen(OLD[i]) && !memcmp(data, OLD[i], n))
			st = 0;
		else if (n == strlen(NEW[i]) && !memcmp(data, NEW[i], n))
			st = 1;
		free(data);
	}
	free(p);
	return st;
}

static int leftovers(const char *dir)
{
	int n = 0;
	const char *subdirs[] = { "", "sub" };
	for (int k = 0; k < 2; k++) {
		char *d = path_join(dir, subdirs[k]);
		DIR *dd = opendir(d);
		struct dirent *e;
		while (dd && (e = readdir(dd)))
			if (!strncmp(e->d_name, ".driso-", 7))
				n++;
		if (dd)
			closedir(dd);
		free(d);
	}
	return n;
}

static void rm_tree(char *dir)
{
	char *cmd = xasprintf("rm -rf '%s'", dir);
	if (system(cmd) != 0)
		fprintf(stderr, "cannot remove %s\n", dir);
	free(cmd);
	free(dir);
}

/* ---- tests ---- */

TEST(baseline_all_new)
{
	reset_faults();
	apply_set_io(&hooks);
	char *dir = make_tree();
	struct diag_list errs = { 0 };
	CHECK_INT(run_apply(dir, &errs), 0);
	for (int i = 0; i < N_FILES; i++)
		CHECK_INT(state_of(dir, i), 1);
	CHECK_INT(leftovers(dir), 0);
	diag_list_free(&errs);
	rm_tree(dir);
}

TEST(disk_full_on_second_file)
{
	reset_faults();
	fail_write_tmp_n = 2;
	apply_set_io(&hooks);
	char *dir = make_tree();
	struct diag_list errs = { 0 };
	CHECK_INT(run_apply(dir, &errs), -1);
	CHECK(errs.n >= 1);
	CHECK_CONTAINS(errs.items[0].message, "No space left on device");
	for (int i = 0; i < N_FILES; i++)
		CHECK_INT(state_of(dir, i), 0);
	CHECK_INT(leftovers(dir), 0);
	diag_list_free(&errs);
	rm_tree(dir);
}

TEST(read_only_directory)
{
	reset_faults();
	fail_open_in = "/sub/.driso-tmp-";   /* sub/ refuses new files */
	open_errno = EROFS;
	apply_set_io(&hooks);
	char *dir = make_tree();
	struct diag_list errs = { 0 };
	CHECK_INT(run_apply(dir, &errs), -1);
	CHECK_STR(errs.items[0].file, "sub/b.inf");
	CHECK_CONTAINS(errs.items[0].message, "Read-only file system");
	for (int i = 0; i < N_FILES; i++)
		CHECK_INT(state_of(dir, i), 0);
	CHECK_INT(leftovers(dir), 0);
	diag_list_free(&errs);
	rm_tree(dir);
}

TEST(read_only_file_is_replaced_keeping_mode)
{
	/* A read-only *file* in a writable directory: rename replaces it, as
	 * editors do; its mode stays read-only. */
	reset_faults();
	apply_set_io(&hooks);
	char *dir = make_tree();
	char *p = path_join(dir, NAMES[0]);
	chmod(p, 0444);
	struct diag_list errs = { 0 };
	CHECK_INT(run_apply(dir, &errs), 0);
	struct stat st;
	CHECK_INT(stat(p, &st), 0);
	CHECK_INT(st.st_mode & 07777, 0444);
	CHECK_INT(state_of(dir, 0), 1);
	free(p);
	diag_list_free(&errs);
	rm_tree(dir);
}

TEST(rename_failure_restores_earlier_files)
{
	reset_faults();
	fail_rename_n = 2;
	apply_set_io(&hooks);
	char *dir = make_tree();
	struct diag_list errs = { 0 };
	CHECK_INT(run_apply(dir, &errs), -1);
	CHECK_CONTAINS(errs.items[0].message, "cannot replace file");
	for (int i = 0; i < N_FILES; i++)
		CHECK_INT(state_of(dir, i), 0);
	CHECK_INT(leftovers(dir), 0);
	diag_list_free(&errs);
	rm_tree(dir);
}

TEST(no_hard_links_copied_backup_restores)
{
	reset_faults();
	no_links = 1;
	fail_rename_n = 3;
	apply_set_io(&hooks);
	char *dir = make_tree();
	struct diag_list errs = { 0 };
	CHECK_INT(run_apply(dir, &errs), -1);
	for (int i = 0; i < N_FILES; i++)
		CHECK_INT(state_of(dir, i), 0);
	CHECK_INT(leftovers(dir), 0);
	diag_list_free(&errs);
	rm_tree(dir);
}

TEST(restore_failure_keeps_backup_and_says_where)
{
	reset_faults();
	fail_rename_from = 2;      /* the restore fails too */
	apply_set_io(&hooks);
	char *dir = make_tree();
	struct diag_list errs = { 0 };
	CHECK_INT(run_apply(dir, &errs), -1);
	CHECK_INT(errs.n, 2);
	CHECK_CONTAINS(errs.items[1].message, "could not restore the old content");
	CHECK_CONTAINS(errs.items[1].message, ".driso-bak-");
	CHECK_INT(state_of(dir, 0), 1);
	CHECK_INT(state_of(dir, 1), 0);
	CHECK_INT(state_of(dir, 2), 0);
	CHECK_INT(leftovers(dir), 1);   /* the backup, named in the message */
	diag_list_free(&errs);
	rm_tree(dir);
}

/* Crash (process exit) at every hooked system call in turn. */
static void crash_loop(int without_links)
{
	reset_faults();
	no_links = without_links;
	apply_set_io(&hooks);
	/* Count the calls of a clean run. */
	char *dir = make_tree();
	struct diag_list errs = { 0 };
	crash_at = -1;             /* counts without ever matching */
	calls = 0;
	CHECK_INT(run_apply(dir, &errs), 0);
	int total = calls;
	rm_tree(dir);
	CHECK(total > 3 * N_FILES);
	int saw_mixed = 0;
	for (int k = 1; k <= total; k++) {
		dir = make_tree();
		fflush(NULL);
		pid_t pid = fork();
		if (pid == 0) {
			reset_faults();
			no_links = without_links;
			crash_at = k;
			struct diag_list e = { 0 };
			_exit(run_apply(dir, &e) == 0 ? 0 : 1);
		}
		int status;
		waitpid(pid, &status, 0);
		CHECK(WIFEXITED(status));
		int n_new = 0;
		for (int i = 0; i < N_FILES; i++) {
			int st = state_of(dir, i);
			if (st < 0)
				HARNESS_FAIL("crash at call %d/%d left %s neither old nor new", k, total, NAMES[i]);
			n_new += st;
		}
		if (n_new > 0 && n_new < N_FILES)
			saw_mixed = 1;
		rm_tree(dir);
	}
	/* Between renames some files are new and some old: that is what a crash
	 * mid-set looks like; each file is still whole. */
	CHECK(saw_mixed);
	diag_list_free(&errs);
}

TEST(crash_at_every_step)
{
	crash_loop(0);
}

TEST(crash_at_every_step_without_hard_links)
{
	crash_loop(1);
}

int main(void)
{
	RUN(baseline_all_new);
	RUN(disk_full_on_second_file);
	RUN(read_only_directory);
	RUN(read_only_file_is_replaced_keeping_mode);
	RUN(rename_failure_restores_earlier_files);
	RUN(no_hard_links_copied_backup_restores);
	RUN(restore_failure_keeps_backup_and_says_where);
	RUN(crash_at_every_step);
	RUN(crash_at_every_step_without_hard_links);
	apply_set_io(NULL);
	return HARNESS_DONE();
}
