#include "cli/builtin.h"

#include <stdio.h>

/* Placeholder until its issue lands: says so plainly instead of pretending. */
int cmd_inf(int argc, char **argv)
{
	if (wants_help(argc, argv)) {
		puts("usage: driso inf parse FILE... [--format json|text]\n\nPrint the lossless INF model.");
		return EXIT_CLEAN;
	}
	fputs("driso inf: not available yet in this version\n", stderr);
	return EXIT_FATAL;
}
