#include "cli/builtin.h"

#include <stdio.h>

/* Placeholder until its issue lands: says so plainly instead of pretending. */
int cmd_doctor(int argc, char **argv)
{
	if (wants_help(argc, argv)) {
		puts("usage: driso doctor PATH\n\nSummarise how well driso parses a source tree.");
		return EXIT_CLEAN;
	}
	fputs("driso doctor: not available yet in this version\n", stderr);
	return EXIT_FATAL;
}
