#include "core/util.h"
#include "core/strbuf.h"

#include <ctype.h>
#include <dirent.h>
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

void die(const char *fmt, ...)
{
	va_list ap;
	fputs("driso: fatal: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	exit(2);
}

void *xmalloc(size_t n)
{
	void *p = malloc(n ? n : 1);
	if (!p)
		die("out of memory (%zu bytes)", n);
	return p;
}

void *xcalloc(size_t n, size_t size)
{
	void *p = calloc(n ? n : 1, size ? size : 1);
	if (!p)
		die("out of memory");
	return p;
}

void *xrealloc(void *p, size_t n)
{
	void *q = realloc(p, n ? n : 1);
	if (!q)
		die("out of memory (%zu bytes)", n);
	return q;
}

char *xstrdup(const char *s)
{
	return xstrndup(s, strlen(s));
}

char *xstrndup(const char *s, size_t n)
{
	char *p = xmalloc(n + 1);
	memcpy(p, s, n);
	p[n] = '\0';
	return p;
}

char *xasprintf(const char *fmt, ...)
{
	va_list ap, cp;
	va_start(ap, fmt);
	va_copy(cp, ap);
	int n = vsnprintf(NULL, 0, fmt, cp);
	va_end(cp);
	if (n < 0)
		die("xasprintf: bad format");
	char *p = xmalloc((size_t)n + 1);
	vsnprintf(p, (size_t)n + 1, fmt, ap);
	va_end(ap);
	return p;
}

int read_file(const char *path, char **data, size_t *len)
{
	FILE *f = fopen(path, "rb");
	if (!f)
		return -1;
	size_t cap = 65536, n = 0;
	char *buf = xmalloc(cap + 1);
	for (;;) {
		size_t got = fread(buf + n, 1, cap - n, f);
		n += got;
		if (n < cap) {
			if (ferror(f)) {
				int e = errno;
				free(buf);
				fclose(f);
				errno = e ? e : EIO;
				return -1;
			}
			break;
		}
		cap *= 2;
		buf = xrealloc(buf, cap + 1);
	}
	fclose(f);
	buf[n] = '\0';
	*data = buf;
	*len = n;
	return 0;
}

bool str_starts_with(const char *s, const char *prefix)
{
	return strncmp(s, prefix, strlen(prefix)) == 0;
}

bool str_ends_with(const char *s, const char *suffix)
{
	size_t a = strlen(s), b = strlen(suffix);
	return a >= b && memcmp(s + a - b, suffix, b) == 0;
}

bool str_istarts_with(const char *s, const char *prefix)
{
	return strncasecmp(s, prefix, strlen(prefix)) == 0;
}

bool str_iends_with(const char *s, const char *suffix)
{
	size_t a = strlen(s), b = strlen(suffix);
	return a >= b && strcasecmp(s + a - b, suffix) == 0;
}

const char *str_icontains(const char *h, const char *n)
{
	size_t nl = strlen(n);
	if (!nl)
		return h;
	for (; *h; h++)
		if (strncasecmp(h, n, nl) == 0)
			return h;
	return NULL;
}

char *path_join(const char *a, const char *b)
{
	if (!a || !*a || b[0] == '/')
		return xstrdup(b);
	size_t la = strlen(a);
	return xasprintf("%s%s%s", a, a[la - 1] == '/' ? "" : "/", b);
}

char *path_dirname(const char *path)
{
	const char *slash = strrchr(path, '/');
	if (!slash)
		return xstrdup(".");
	if (slash == path)
		return xstrdup("/");
	return xstrndup(path, (size_t)(slash - path));
}

const char *path_basename(const char *path)
{
	const char *slash = strrchr(path, '/');
	return slash ? slash + 1 : path;
}

void path_to_slashes(char *path)
{
	for (; *path; path++)
		if (*path == '\\')
			*path = '/';
}

static char *path_relative_same_kind(const char *root, const char *path);

char *path_relative(const char *root, const char *path)
{
	/* One absolute and one relative: compare real paths (e.g. a TU path
	 * from a project file against a root given on the command line). */
	if ((root[0] == '/') != (path[0] == '/')) {
		char *r = realpath(root, NULL), *p = realpath(path, NULL);
		char *res = (r && p) ? path_relative_same_kind(r, p) : path_relative_same_kind(root, path);
		free(r);
		free(p);
		return res;
	}
	return path_relative_same_kind(root, path);
}

static char *path_relative_same_kind(const char *root, const char *path)
{
	size_t rl = strlen(root);
	while (rl > 1 && root[rl - 1] == '/')
		rl--;
	if (strcmp(root, ".") == 0) {
		const char *p = path;
		while (p[0] == '.' && p[1] == '/')
			p += 2;
		return xstrdup(p);
	}
	if (strncmp(path, root, rl) == 0 && (path[rl] == '/' || path[rl] == '\0')) {
		const char *rest = path + rl;
		while (*rest == '/')
			rest++;
		return xstrdup(*rest ? rest : path_basename(path));
	}
	return xstrdup(path);
}

bool path_is_dir(const char *path)
{
	struct stat st;
	return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

bool path_is_file(const char *path)
{
	struct stat st;
	return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

/* Windows trees spell "..\\Inc\\Foo.H" for inc/foo.h: one component at a
 * time, an exact spelling first, else a case-insensitive match. */
static void strbuf_path_pop(struct strbuf *sb)
{
	char *slash = strrchr(sb->buf, '/');
	if (!slash)
		return;
	strbuf_setlen(sb, slash == sb->buf ? 1 : (size_t)(slash - sb->buf));
}

char *path_resolve_nocase(const char *base_dir, const char *path)
{
	struct strbuf sb = STRBUF_INIT;
	char *p = xstrdup(path);
	path_to_slashes(p);
	if (p[0] != '/')
		strbuf_addstr(&sb, base_dir);
	if (!sb.len)
		strbuf_addch(&sb, '/');
	char *save = NULL;
	for (char *comp = strtok_r(p, "/", &save); comp; comp = strtok_r(NULL, "/", &save)) {
		if (!strcmp(comp, "."))
			continue;
		if (!strcmp(comp, "..")) {
			strbuf_path_pop(&sb);
			continue;
		}
		size_t keep = sb.len;
		if (sb.buf[sb.len - 1] != '/')
			strbuf_addch(&sb, '/');
		strbuf_addstr(&sb, comp);
		struct stat st;
		if (lstat(sb.buf, &st) == 0)
			continue;
		/* Case-insensitive match in the parent directory. */
		strbuf_setlen(&sb, keep);
		DIR *d = opendir(sb.len ? sb.buf : "/");
		bool found = false;
		if (d) {
			struct dirent *de;
			while ((de = readdir(d))) {
				if (!strcasecmp(de->d_name, comp)) {
					if (sb.buf[sb.len - 1] != '/')
						strbuf_addch(&sb, '/');
					strbuf_addstr(&sb, de->d_name);
					found = true;
					break;
				}
			}
			closedir(d);
		}
		if (!found) {
			free(p);
			strbuf_release(&sb);
			return NULL;
		}
	}
	free(p);
	return strbuf_detach(&sb, NULL);
}
