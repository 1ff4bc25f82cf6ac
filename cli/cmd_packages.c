/* driso packages: the paired package model (rewriters/package.h) of a tree. */
#include "cli/builtin.h"
#include "cli/scan_pipeline.h"
#include "core/util.h"
#include "rewriters/package.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char packages_usage[] =
	"usage: driso packages [options] [PATH...]\n"
	"\n"
	"List the driver packages under PATH: each INF with the services it adds,\n"
	"the binaries it installs, the projects that build them, their sources,\n"
	"driver model and target OS, and what could not be paired and why.\n"
	"\n"
	"  --format text|json     output format (default text)\n"
	"  --config, --platform, -p, --wdk: as 'driso scan'\n";

enum { OPT_FORMAT = 4000 };

static int pk_extra(void *ctx, int opt, const char *arg)
{
	if (opt != OPT_FORMAT)
		return -1;
	*(const char **)ctx = arg;
	return 0;
}

int cmd_packages(int argc, char **argv)
{
	if (wants_help(argc, argv)) {
		fputs(packages_usage, stdout);
		return EXIT_CLEAN;
	}
	static const struct option extra[] = { { "format", required_argument, NULL, OPT_FORMAT } };
	const char *format = "text";
	struct scan_request req;
	if (scan_request_parse_ex(&req, argc, argv, "packages", extra, 1, "", pk_extra, &format) < 0) {
		fputs("See 'driso packages --help'.\n", stderr);
		return EXIT_FATAL;
	}
	if (strcmp(format, "text") && strcmp(format, "json")) {
		fputs("driso packages: --format: expected text or json\n", stderr);
		scan_request_free(&req);
		return EXIT_FATAL;
	}
	struct report r;
	report_init(&r);
	int rc = EXIT_FATAL;
	if (scan_request_finish(&req, &r) == 0) {
		struct package_list pk = { 0 };
		scan_pipeline_discover(&req, &pk, &r.errors);
		if (!strcmp(format, "json")) {
			char *s = package_list_json(&pk);
			fputs(s, stdout);
			free(s);
		} else {
			package_list_print(&pk, stdout);
		}
		package_list_free(&pk);
		rc = EXIT_CLEAN;
	}
	diag_print(&r.errors, stderr);
	if (r.errors.n)
		rc = EXIT_FATAL;
	report_free(&r);
	scan_request_free(&req);
	return rc;
}
