/*
 * util: allocation that never returns NULL, whole-file reads, small path and
 * string helpers shared by every module.
 *
 * Allocation failure is fatal (die); everything else reports errors through
 * return values so a batch can go on past one bad file.
 */
#ifndef DRISO_UTIL_H
#define DRISO_UTIL_H

#include <stdbool.h>
#include <stddef.h>

_Noreturn void die(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

void *xmalloc(size_t n);
void *xcalloc(size_t n, size_t size);
void *xrealloc(void *p, size_t n);
char *xstrdup(const char *s);
char *xstrndup(const char *s, size_t n);
char *xasprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* Grow *arr (element size elem) so that index `need-1` fits; *alloc is capacity. */
#define ALLOC_GROW(arr, need, alloc)                                              \
	do {                                                                      \
		if ((size_t)(need) > (alloc)) {                                    \
			size_t alloc_new_ = (alloc) ? (alloc) * 2 : 8;             \
			if (alloc_new_ < (size_t)(need))                           \
				alloc_new_ = (size_t)(need);                       \
			(arr) = xrealloc((arr), alloc_new_ * sizeof(*(arr)));      \
			(alloc) = alloc_new_;                                      \
		}                                                                 \
	} while (0)

/*
 * Read a whole file. Returns 0 and sets *data (malloc'd, with an extra NUL
 * byte after *len bytes) on success; -1 with errno set on failure.
 */
int read_file(const char *path, char **data, size_t *len);

bool str_starts_with(const char *s, const char *prefix);
bool str_ends_with(const char *s, const char *suffix);
bool str_istarts_with(const char *s, const char *prefix);
bool str_iends_with(const char *s, const char *suffix);
/* ASCII-only case-insensitive substring search; NULL when absent. */
const char *str_icontains(const char *haystack, const char *needle);

/* Path helpers. Returned strings are malloc'd. */
char *path_join(const char *a, const char *b);
char *path_dirname(const char *path);
const char *path_basename(const char *path);
/* Convert backslashes to forward slashes in place. */
void path_to_slashes(char *path);
/* Path of `path` relative to `root` with forward slashes; a copy of path when not under root. */
char *path_relative(const char *root, const char *path);
bool path_is_dir(const char *path);
bool path_is_file(const char *path);
/* base_dir + path (backslashes accepted; absolute path ignores base_dir)
 * resolved against the file system one component at a time: an exact
 * spelling first, else a case-insensitive match in that directory. The
 * malloc'd absolute path of an existing file or directory, or NULL. */
char *path_resolve_nocase(const char *base_dir, const char *path);

#endif
