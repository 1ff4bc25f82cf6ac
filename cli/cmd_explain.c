#include "cli/builtin.h"

#include <stdio.h>

/* Placeholder until its issue lands: says so plainly instead of pretending. */
int cmd_explain(int argc, char **argv)
{
	if (wants_help(argc, argv)) {
		puts("usage: driso explain RULE | --list\n\nExplain what a rule catches and how to fix it.");
		return EXIT_CLEAN;
	}
	fputs("driso explain: not available yet in this version\n", stderr);
	return EXIT_FATAL;
}
