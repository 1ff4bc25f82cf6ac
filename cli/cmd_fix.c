/*
 * driso fix: scan, then turn the fixes of the findings into a reviewable
 * unified diff (--diff FILE), or write them in place (--apply), through the
 * same all-or-nothing path as `driso apply`.
 */
#include "cli/builtin.h"
#include "cli/scan_pipeline.h"
#include "core/strbuf.h"
#include "core/util.h"
#include "rewriters/apply.h"
#include "rewriters/diff.h"
#include "rewriters/edit_set.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static const char fix_usage[] =
	"usage: driso fix [options] [PATH...] (--diff FILE | --apply | --dry-run)\n"
	"\n"
	"Scan PATH (as 'driso scan') and rewrite what can be rewritten safely:\n"
	"INF destinations, registry roots and decorations, and the mechanical\n"
	"source changes. Findings without a safe rewrite keep their proposal.\n"
	"\n"
	"  --diff FILE            write a unified diff ('-' for stdout); UTF-8/ANSI files\n"
	"                         apply with 'git apply', UTF-16 INFs with 'driso apply'\n"
	"  --split-by package     with --diff DIR: one DIR/<package>.patch per package\n"
	"  --apply                edit the files in place (atomic, all files or none)\n"
	"  --dry-run              check every fix, print what would change, write nothing\n"
	"  --only RULE[,RULE...]  only the fixes of these rules\n"
	"  -o, --report FILE      also write the JSON report (for 'driso apply' later)\n"
	"\n"
	"All 'driso scan' options are accepted (see 'driso scan --help').\n"
	"Exit status: 0 patch written / applied, 2 usage error, unreadable input,\n"
	"conflicting edits or a file that changed since the scan (nothing written).\n";

struct fix_cli {
	const char *diff;
	const char *split_by;
	const char *only;
	const char *report;
	bool apply, dry_run;
};

enum { OPT_DIFF = 3000, OPT_SPLIT_BY, OPT_APPLY, OPT_DRY_RUN, OPT_ONLY };

static int fix_extra(void *ctx, int opt, const char *arg)
{
	struct fix_cli *c = ctx;
	switch (opt) {
	case OPT_DIFF: c->diff = arg; return 0;
	case OPT_SPLIT_BY: c->split_by = arg; return 0;
	case OPT_APPLY: c->apply = true; return 0;
	case OPT_DRY_RUN: c->dry_run = true; return 0;
	case OPT_ONLY: c->only = arg; return 0;
	case 'o': c->report = arg; return 0;
	}
	return -1;
}

static bool rule_in_list(const char *list, const char *rule)
{
	size_t rl = strlen(rule);
	for (const char *p = list; *p;) {
		size_t n = strcspn(p, ",");
		if (n == rl && !strncmp(p, rule, n))
			return true;
		p += n;
		if (*p == ',')
			p++;
	}
	return false;
}

/* Findings selected for fixing: unsuppressed, with edits, in --only, in package. */
static void select_findings(const struct report *r, const struct fix_cli *c, const char *package,
			    struct finding_list *out)
{
	for (size_t i = 0; i < r->findings.n; i++) {
		struct finding *f = r->findings.items[i];
		if (f->suppressed || !f->n_fixes)
			continue;
		if (c->only && !rule_in_list(c->only, f->rule))
			continue;
		if (package && (!f->package || strcmp(f->package, package)))
			continue;
		ALLOC_GROW(out->items, out->n + 1, out->alloc);
		out->items[out->n++] = f;   /* borrowed: freed with the report */
	}
}

static int write_text(const char *path, const char *data, size_t len)
{
	if (!strcmp(path, "-"))
		return fwrite(data, 1, len, stdout) == len ? 0 : -1;
	FILE *f = fopen(path, "wb");
	if (!f)
		return -1;
	int rc = fwrite(data, 1, len, f) == len ? 0 : -1;
	return fclose(f) ? -1 : rc;
}

/* Prepare (and diff / apply) the selected findings; returns files changed or -1. */
static int fix_one(const struct report *r, const struct fix_cli *c, const char *root,
		   const char *package, const char *diff_path, struct diag_list *errors)
{
	struct finding_list sel = { 0 };
	select_findings(r, c, package, &sel);
	struct edit_set es;
	edit_set_init(&es);
	struct prepared_set ps = { 0 };
	int rc = -1;
	if (edit_set_add_findings(&es, &sel, errors) < 0)
		goto out;
	if (apply_prepare(&es, root, 0, &ps, errors) < 0)
		goto out;
	int changed = 0;
	for (size_t i = 0; i < ps.n; i++)
		changed += !ps.files[i].unchanged;
	if (diff_path) {
		struct strbuf patch = STRBUF_INIT;
		diff_prepared_set(&ps, &patch);
		size_t utf16 = 0, other = 0;
		for (size_t i = 0; i < ps.n; i++) {
			if (ps.files[i].unchanged)
				continue;
			enum text_encoding e = ps.files[i].text->encoding;
			if (e == TEXT_UTF16LE || e == TEXT_UTF16LE_NOBOM || e == TEXT_UTF16BE)
				utf16++;
			else
				other++;
		}
		if (utf16 && !other)
			fprintf(stderr, "note: %s has no section git can apply (%zu UTF-16 file%s, shown for review): "
				"apply with `driso fix --apply`, or `driso apply --utf16-only` on the JSON report (-o)\n",
				diff_path, utf16, utf16 == 1 ? "" : "s");
		else if (utf16)
			fprintf(stderr, "note: %zu UTF-16 file%s in %s %s review-only for git: after `git apply`, "
				"apply %s with `driso apply --utf16-only` on the JSON report (-o)\n",
				utf16, utf16 == 1 ? "" : "s", diff_path, utf16 == 1 ? "is" : "are", utf16 == 1 ? "it" : "them");
		if (write_text(diff_path, patch.buf, patch.len)) {
			diag_add(errors, diff_path, 1, "cannot write the patch");
			strbuf_release(&patch);
			goto out;
		}
		strbuf_release(&patch);
	}
	if (c->dry_run) {
		for (size_t i = 0; i < ps.n; i++)
			if (!ps.files[i].unchanged)
				fprintf(stderr, "would write %s (%zu edits)\n", ps.files[i].rel, ps.files[i].edits->n);
	} else if (c->apply) {
		if (apply_commit(&ps, errors) < 0)
			goto out;
		for (size_t i = 0; i < ps.n; i++)
			if (!ps.files[i].unchanged)
				fprintf(stderr, "wrote %s (%zu edits)\n", ps.files[i].rel, ps.files[i].edits->n);
	}
	rc = changed;
out:
	prepared_set_free(&ps);
	edit_set_free(&es);
	free(sel.items);
	return rc;
}

static char *sanitize(const char *name)
{
	char *s = xstrdup(name);
	for (char *p = s; *p; p++)
		if (*p == '/' || *p == '\\' || *p == ' ')
			*p = '_';
	return s;
}

int cmd_fix(int argc, char **argv)
{
	if (wants_help(argc, argv)) {
		fputs(fix_usage, stdout);
		return EXIT_CLEAN;
	}
	static const struct option extra[] = {
		{ "diff", required_argument, NULL, OPT_DIFF },
		{ "split-by", required_argument, NULL, OPT_SPLIT_BY },
		{ "apply", no_argument, NULL, OPT_APPLY },
		{ "dry-run", no_argument, NULL, OPT_DRY_RUN },
		{ "only", required_argument, NULL, OPT_ONLY },
		{ "report", required_argument, NULL, 'o' },
	};
	struct fix_cli cli = { 0 };
	struct scan_request req;
	if (scan_request_parse_ex(&req, argc, argv, "fix", extra, 6, "o:", fix_extra, &cli) < 0) {
		fputs("See 'driso fix --help'.\n", stderr);
		return EXIT_FATAL;
	}
	if (!cli.diff && !cli.apply && !cli.dry_run) {
		fputs("driso fix: say what to do: --diff FILE, --apply or --dry-run\n", stderr);
		scan_request_free(&req);
		return EXIT_FATAL;
	}
	if (cli.split_by && (strcmp(cli.split_by, "package") || !cli.diff || !strcmp(cli.diff, "-"))) {
		fputs("driso fix: --split-by package needs --diff DIR\n", stderr);
		scan_request_free(&req);
		return EXIT_FATAL;
	}
	struct report r;
	report_init(&r);
	int rc = EXIT_FATAL;
	req.quiet = req.quiet || !strcmp(cli.diff ? cli.diff : "", "-");
	if (scan_request_finish(&req, &r)) {
		diag_print(&r.errors, stderr);
		goto out;
	}
	scan_pipeline_run(&req, &r);
	struct diag_list errors = { 0 };
	if (cli.report && scan_write_report(&r, "json", cli.report, req.root))
		diag_add(&errors, cli.report, 1, "cannot write the report");

	size_t with_fix = 0, proposal_only = 0;
	for (size_t i = 0; i < r.findings.n; i++) {
		if (r.findings.items[i]->suppressed)
			continue;
		if (r.findings.items[i]->n_fixes)
			with_fix++;
		else
			proposal_only++;
	}
	int changed = 0;
	if (cli.split_by) {
		if (mkdir(cli.diff, 0777) && !path_is_dir(cli.diff))
			diag_add(&errors, cli.diff, 1, "cannot create the patch directory");
		/* one patch per package, in package-name order */
		char **names = NULL;
		size_t n = 0, alloc = 0;
		for (size_t i = 0; i < r.findings.n; i++) {
			const char *p = r.findings.items[i]->package ? r.findings.items[i]->package : "unpackaged";
			bool seen = false;
			for (size_t k = 0; k < n; k++)
				seen |= !strcmp(names[k], p);
			if (!seen && r.findings.items[i]->n_fixes) {
				ALLOC_GROW(names, n + 1, alloc);
				names[n++] = (char *)p;
			}
		}
		for (size_t k = 0; k < n && !errors.n; k++) {
			char *safe = sanitize(names[k]);
			char *file = xasprintf("%s.patch", safe);
			char *path = path_join(cli.diff, file);
			int c = fix_one(&r, &cli, req.root, strcmp(names[k], "unpackaged") ? names[k] : NULL,
					path, &errors);
			if (c > 0)
				changed += c;
			free(safe);
			free(file);
			free(path);
		}
		free(names);
	} else if (!errors.n) {
		changed = fix_one(&r, &cli, req.root, NULL, cli.diff, &errors);
	}
	diag_print(&r.errors, stderr);
	diag_print(&errors, stderr);
	if (!errors.n && !r.errors.n) {
		fprintf(stderr, "%zu findings: %zu with a fix, %zu with a proposal only; %d file%s %s\n",
			with_fix + proposal_only, with_fix, proposal_only, changed, changed == 1 ? "" : "s",
			cli.apply ? "written" : cli.dry_run ? "would change" : "in the patch");
		rc = EXIT_CLEAN;
	}
	diag_list_free(&errors);
out:
	report_free(&r);
	scan_request_free(&req);
	return rc;
}
