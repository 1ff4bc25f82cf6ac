#include "cli/builtin.h"
#include "core/util.h"
#include "reports/report.h"

#include <errno.h>
#include <stdio.h>
#include <sys/stat.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char usage_text[] =
	"usage: driso report convert REPORT.json [--format F] [-o OUT] [--baseline OLD.json]\n"
	"                            [--root DIR] [--show-suppressed] [--color|--no-color]\n"
	"       driso report merge REPORT.json... [--format F] [-o OUT] [--baseline OLD.json]\n"
	"                            [--root DIR]\n"
	"\n"
	"Convert a JSON report (from 'driso scan --format json') to another format,\n"
	"or merge the reports of sharded scans into the report of the whole run.\n"
	"\n"
	"  --format F          text, json, sarif or html (default: text on a terminal,\n"
	"                      json otherwise; merge defaults to json)\n"
	"  -o, --output OUT    write to OUT (atomically) instead of standard output\n"
	"  --baseline OLD.json drop findings whose id (fingerprint) is in OLD.json:\n"
	"                      only new findings remain\n"
	"  --root DIR          where the scanned sources are, for snippets and patches\n"
	"                      (default: the report's root when it is a directory);\n"
	"                      merge: the root of the merged report, for shards of one\n"
	"                      tree scanned at different paths (else roots must match)\n"
	"  --show-suppressed   text: also list suppressed findings\n"
	"  --color, --no-color text: force colour on or off (default: on a terminal\n"
	"                      unless NO_COLOR is set)\n"
	"\n"
	"Exit status: 0 no findings left, 1 findings left, 2 usage error or a\n"
	"report that cannot be read (every problem is named: file, field, reason).\n";

struct report_args {
	const char *format, *output, *baseline, *root;
	int show_suppressed, color;   /* color: -1 auto */
	const char **inputs;
	int n_inputs;
};

static int parse_args(int argc, char **argv, struct report_args *a)
{
	a->color = -1;
	a->inputs = calloc((size_t)argc + 1, sizeof(*a->inputs));
	if (!a->inputs)
		die("out of memory");
	for (int i = 1; i < argc; i++) {
		const char *arg = argv[i];
		const char **slot = NULL;
		if (!strcmp(arg, "--format") || !strcmp(arg, "-f"))
			slot = &a->format;
		else if (!strcmp(arg, "-o") || !strcmp(arg, "--output"))
			slot = &a->output;
		else if (!strcmp(arg, "--baseline"))
			slot = &a->baseline;
		else if (!strcmp(arg, "--root"))
			slot = &a->root;
		else if (!strncmp(arg, "--format=", 9))
			a->format = arg + 9;
		else if (!strncmp(arg, "--output=", 9))
			a->output = arg + 9;
		else if (!strncmp(arg, "--baseline=", 11))
			a->baseline = arg + 11;
		else if (!strncmp(arg, "--root=", 7))
			a->root = arg + 7;
		else if (!strcmp(arg, "--show-suppressed"))
			a->show_suppressed = 1;
		else if (!strcmp(arg, "--color"))
			a->color = 1;
		else if (!strcmp(arg, "--no-color"))
			a->color = 0;
		else if (!strcmp(arg, "--")) {
			while (++i < argc)
				a->inputs[a->n_inputs++] = argv[i];
		} else if (arg[0] == '-' && arg[1]) {
			fprintf(stderr, "driso report: unknown option '%s'\n", arg);
			return -1;
		} else
			a->inputs[a->n_inputs++] = arg;
		if (slot) {
			if (++i >= argc) {
				fprintf(stderr, "driso report: %s needs a value\n", arg);
				return -1;
			}
			*slot = argv[i];
		}
	}
	return 0;
}

/* Write to OUT.tmp then rename, so a failed run never leaves half a report. */
static int write_output(const struct report *r, enum report_format fmt, const struct report_args *a)
{
	struct report_write_options opts = { .show_suppressed = a->show_suppressed };
	const char *root = a->root;
	if (!root && r->root && path_is_dir(r->root))
		root = r->root;
	opts.root_dir = root;
	if (!a->output || !strcmp(a->output, "-")) {
		/* no-color.org: NO_COLOR set and non-empty disables colour */
		const char *no_color = getenv("NO_COLOR");
		opts.color = a->color >= 0 ? a->color : isatty(STDOUT_FILENO) && !(no_color && *no_color);
		if (report_write(r, fmt, stdout, &opts)) {
			fprintf(stderr, "driso report: cannot write to standard output: %s\n", strerror(errno));
			return -1;
		}
		return 0;
	}
	opts.color = a->color > 0;
	/* A device or FIFO (-o /dev/null, a pipe) is written in place: renaming a
	 * temp file over it would replace the device node with a regular file. */
	struct stat st;
	if (stat(a->output, &st) == 0 && !S_ISREG(st.st_mode)) {
		FILE *dev = fopen(a->output, "w");
		int rc = dev ? report_write(r, fmt, dev, &opts) : -1;
		if (dev && fclose(dev) != 0)
			rc = -1;
		if (rc)
			fprintf(stderr, "driso report: cannot write %s: %s\n", a->output, strerror(errno));
		return rc;
	}
	char *tmp = xasprintf("%s.tmp", a->output);
	FILE *out = fopen(tmp, "w");
	if (!out) {
		fprintf(stderr, "driso report: cannot create %s: %s\n", tmp, strerror(errno));
		free(tmp);
		return -1;
	}
	int rc = report_write(r, fmt, out, &opts);
	if (fclose(out) != 0)
		rc = -1;
	if (rc == 0 && rename(tmp, a->output) != 0)
		rc = -1;
	if (rc) {
		fprintf(stderr, "driso report: cannot write %s: %s\n", a->output, strerror(errno));
		unlink(tmp);
	}
	free(tmp);
	return rc;
}

static int finish(struct report *r, const struct report_args *a, enum report_format fmt)
{
	if (a->baseline) {
		struct report base;
		struct diag_list errs = { 0 };
		if (report_load_json(a->baseline, &base, &errs)) {
			diag_print(&errs, stderr);
			diag_list_free(&errs);
			return EXIT_FATAL;
		}
		report_apply_baseline(r, &base);
		report_free(&base);
	}
	if (write_output(r, fmt, a))
		return EXIT_FATAL;
	struct report_counts c;
	report_count(r, &c);
	return c.n_findings ? EXIT_FINDINGS : EXIT_CLEAN;
}

int cmd_report(int argc, char **argv)
{
	if (wants_help(argc, argv) || argc < 2) {
		fputs(usage_text, argc < 2 ? stderr : stdout);
		return argc < 2 ? EXIT_FATAL : EXIT_CLEAN;
	}
	const char *sub = argv[1];
	int merge = !strcmp(sub, "merge");
	if (!merge && strcmp(sub, "convert")) {
		fprintf(stderr, "driso report: unknown subcommand '%s' (convert or merge)\n", sub);
		return EXIT_FATAL;
	}
	struct report_args a = { 0 };
	int rc = EXIT_FATAL;
	if (parse_args(argc - 1, argv + 1, &a))
		goto out;
	if (merge ? a.n_inputs < 1 : a.n_inputs != 1) {
		fprintf(stderr, "driso report %s: %s\n", sub,
			merge ? "give the reports to merge" : "give exactly one JSON report to convert");
		goto out;
	}
	int use_tty = !a.output || !strcmp(a.output, "-") ? isatty(STDOUT_FILENO) : 0;
	const char *fname = a.format ? a.format : !merge && use_tty ? "text" : "json";
	int fmt = report_format_parse(fname);
	if (fmt < 0) {
		fprintf(stderr, "driso report: unknown format '%s' (text, json, sarif, html)\n", fname);
		goto out;
	}
	struct report total;
	report_init(&total);
	struct diag_list errs = { 0 };
	const char *root_from = NULL;   /* the input whose root the merge keeps */
	for (int i = 0; i < a.n_inputs; i++) {
		struct report one;
		if (report_load_json(a.inputs[i], &one, &errs))
			continue;
		/* Paths are relative to the scan root: findings of two different
		 * trees merged under one root would point at the wrong files (and
		 * their fixes at the wrong places). Shards of one scan share it. */
		if (!a.root && total.root && one.root && strcmp(total.root, one.root)) {
			diag_add(&errs, a.inputs[i], 1, "scan root '%s' differs from '%s' of %s: merge the shards "
				 "of one scan, not reports of different trees (shards of one tree checked out at "
				 "different paths: pass --root DIR)", one.root, total.root, root_from);
			report_free(&one);
			continue;
		}
		if (!total.root && one.root)
			root_from = a.inputs[i];
		report_merge(&total, &one);
		report_free(&one);
	}
	if (merge && a.root && !errs.n) {
		/* --root: the caller vouches that the shards are of the tree at DIR */
		free(total.root);
		total.root = xstrdup(a.root);
	}
	if (errs.n) {
		diag_print(&errs, stderr);
		diag_list_free(&errs);
	} else {
		rc = finish(&total, &a, (enum report_format)fmt);
	}
	report_free(&total);
out:
	free(a.inputs);
	return rc;
}
