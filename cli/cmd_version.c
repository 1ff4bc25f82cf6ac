#include "cli/builtin.h"

#include <clang-c/Index.h>
#include <stdio.h>

int cmd_version(int argc, char **argv)
{
	if (wants_help(argc, argv)) {
		puts("usage: driso version\n\nPrint driso's version and the libclang it uses.");
		return EXIT_CLEAN;
	}
	if (argc > 1) {
		fprintf(stderr, "driso version: unexpected argument '%s'\n", argv[1]);
		return EXIT_FATAL;
	}
	CXString v = clang_getClangVersion();
	printf("driso %s (%s)\n", DRISO_VERSION, clang_getCString(v));
	clang_disposeString(v);
	return EXIT_CLEAN;
}
