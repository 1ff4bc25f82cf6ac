/*
 * strbuf: a growable, always NUL-terminated byte buffer.
 *
 * Contract (as git's strbuf.h):
 *  - STRBUF_INIT or strbuf_init() gives an empty buffer whose .buf is a valid
 *    "" (never NULL), so .buf can always be printed.
 *  - .len counts bytes without the terminating NUL; embedded NULs are allowed.
 *  - Every append keeps .buf[.len] == '\0'.
 *  - strbuf_detach() hands the malloc'd string to the caller and leaves the
 *    strbuf empty; strbuf_release() frees it. Allocation failure aborts.
 */
#ifndef DRISO_STRBUF_H
#define DRISO_STRBUF_H

#include <stdarg.h>
#include <stddef.h>

struct strbuf {
	size_t alloc;
	size_t len;
	char *buf;
};

extern char strbuf_slopbuf[];
#define STRBUF_INIT { 0, 0, strbuf_slopbuf }

void strbuf_init(struct strbuf *sb, size_t hint);
void strbuf_release(struct strbuf *sb);
char *strbuf_detach(struct strbuf *sb, size_t *len);
void strbuf_grow(struct strbuf *sb, size_t extra);
void strbuf_reset(struct strbuf *sb);
void strbuf_setlen(struct strbuf *sb, size_t len);
void strbuf_add(struct strbuf *sb, const void *data, size_t len);
void strbuf_addstr(struct strbuf *sb, const char *s);
void strbuf_addch(struct strbuf *sb, int c);
void strbuf_addf(struct strbuf *sb, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
void strbuf_vaddf(struct strbuf *sb, const char *fmt, va_list ap);
/* Append s with JSON string escaping (no surrounding quotes). */
void strbuf_add_json_escaped(struct strbuf *sb, const char *s);

#endif
