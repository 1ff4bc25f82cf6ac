#include "cli/builtin.h"

#include <stdio.h>

/* Placeholder until its issue lands: says so plainly instead of pretending. */
int cmd_report(int argc, char **argv)
{
	if (wants_help(argc, argv)) {
		puts("usage: driso report convert|merge [options] REPORT.json...\n\nConvert and merge reports.");
		return EXIT_CLEAN;
	}
	fputs("driso report: not available yet in this version\n", stderr);
	return EXIT_FATAL;
}
