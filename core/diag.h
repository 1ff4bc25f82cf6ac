/*
 * diag: the errors a batch collects instead of stopping.
 *
 * A file that cannot be read, decoded or parsed adds one entry
 * (file, 1-based line, message); the batch goes on. The CLI prints each as
 * `file:line: error: message` and exits 2 when any were collected.
 */
#ifndef DRISO_DIAG_H
#define DRISO_DIAG_H

#include <stddef.h>
#include <stdio.h>

struct diag {
	char *file;
	int line;
	char *message;
};

struct diag_list {
	struct diag *items;
	size_t n, alloc;
};

void diag_add(struct diag_list *l, const char *file, int line, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));
void diag_print(const struct diag_list *l, FILE *out);
void diag_list_free(struct diag_list *l);
/* Sort by file, line, message (reports are deterministic). */
void diag_sort(struct diag_list *l);

#endif
