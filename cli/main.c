#include "cli/builtin.h"
#include "cli/scan_pipeline.h"

#include <unistd.h>

#include <stdio.h>
#include <string.h>

struct command {
	const char *name;
	int (*fn)(int, char **);
	const char *summary;
};

static const struct command commands[] = {
	{ "scan", cmd_scan, "find isolation violations in INF/INX files and C/C++ sources" },
	{ "fix", cmd_fix, "produce patches (or apply them) for the fixable findings" },
	{ "apply", cmd_apply, "apply the fixes left in a reviewed JSON report" },
	{ "inf", cmd_inf, "INF tools: parse and re-emit the lossless INF model" },
	{ "report", cmd_report, "convert, merge and baseline reports" },
	{ "explain", cmd_explain, "explain a rule: what, why, before/after, minimum OS" },
	{ "packages", cmd_packages, "list driver packages: INF, services, binaries, projects, sources" },
	{ "doctor", cmd_doctor, "check how well driso can parse a source tree" },
	{ "version", cmd_version, "print the driso version" },
};

static void usage(FILE *out)
{
	fputs("usage: driso <command> [options] [args]\n\n"
	      "driso migrates Windows driver packages to Driver Package Isolation.\n\n"
	      "Commands:\n", out);
	for (size_t i = 0; i < sizeof(commands) / sizeof(commands[0]); i++)
		fprintf(out, "  %-10s %s\n", commands[i].name, commands[i].summary);
	fputs("\nRun 'driso <command> --help' for a command's options.\n"
	      "Exit status: 0 clean, 1 findings, 2 usage or fatal error.\n", out);
}

int main(int argc, char **argv)
{
	if (argc < 2) {
		usage(stderr);
		return EXIT_FATAL;
	}
	const char *name = argv[1];
	if (!strcmp(name, "-h") || !strcmp(name, "--help") || !strcmp(name, "help")) {
		usage(stdout);
		return EXIT_CLEAN;
	}
	if (!strcmp(name, "--version") || !strcmp(name, "-V"))
		name = "version";
	for (size_t i = 0; i < sizeof(commands) / sizeof(commands[0]); i++) {
		if (strcmp(commands[i].name, name))
			continue;
		int rc = commands[i].fn(argc - 1, argv + 1);
		if (scan_abandoned_threads) {
			/* a timed-out parse is still running inside libclang */
			fflush(NULL);
			_exit(rc);
		}
		return rc;
	}
	fprintf(stderr, "driso: '%s' is not a driso command. See 'driso --help'.\n", name);
	return EXIT_FATAL;
}
