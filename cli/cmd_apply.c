#include "cli/builtin.h"

#include <stdio.h>

/* Placeholder until its issue lands: says so plainly instead of pretending. */
int cmd_apply(int argc, char **argv)
{
	if (wants_help(argc, argv)) {
		puts("usage: driso apply [options] REPORT.json\n\nApply the fixes left in a reviewed JSON report.");
		return EXIT_CLEAN;
	}
	fputs("driso apply: not available yet in this version\n", stderr);
	return EXIT_FATAL;
}
