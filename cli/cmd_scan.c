#include "cli/builtin.h"

#include <stdio.h>

/* Placeholder until its issue lands: says so plainly instead of pretending. */
int cmd_scan(int argc, char **argv)
{
	if (wants_help(argc, argv)) {
		puts("usage: driso scan [options] PATH...\n\nFind Driver Package Isolation violations in INF/INX files and C/C++ sources.");
		return EXIT_CLEAN;
	}
	fputs("driso scan: not available yet in this version\n", stderr);
	return EXIT_FATAL;
}
