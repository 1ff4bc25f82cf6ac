#include "cli/builtin.h"

#include <stdio.h>

/* Placeholder until its issue lands: says so plainly instead of pretending. */
int cmd_packages(int argc, char **argv)
{
	if (wants_help(argc, argv)) {
		puts("usage: driso packages PATH [--format json|text]\n\nList the driver packages in a tree.");
		return EXIT_CLEAN;
	}
	fputs("driso packages: not available yet in this version\n", stderr);
	return EXIT_FATAL;
}
