#include "cli/builtin.h"

#include <stdio.h>

/* Placeholder until its issue lands: says so plainly instead of pretending. */
int cmd_fix(int argc, char **argv)
{
	if (wants_help(argc, argv)) {
		puts("usage: driso fix [options] PATH...\n\nWrite patches for fixable findings (--diff FILE) or apply them (--apply).");
		return EXIT_CLEAN;
	}
	fputs("driso fix: not available yet in this version\n", stderr);
	return EXIT_FATAL;
}
