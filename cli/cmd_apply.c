/*
 * driso apply REPORT.json: write the fixes a reviewer left in a JSON report.
 * Deleting a finding from the report rejects its fix; everything that stays
 * (and is not suppressed) is applied, all files or none (rewriters/apply.h).
 */
#include "cli/builtin.h"

#include "core/diag.h"
#include "core/strbuf.h"
#include "core/util.h"
#include "reports/report.h"
#include "rewriters/apply.h"
#include "rewriters/diff.h"
#include "rewriters/edit_set.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char usage_text[] =
	"usage: driso apply [options] REPORT.json\n"
	"\n"
	"Apply the fixes left in a reviewed JSON report (driso scan --format json).\n"
	"Delete a finding from the report to reject its fix. All files are written\n"
	"or none: a file changed since the scan, overlapping edits or a path\n"
	"outside the scan root refuse the whole set.\n"
	"\n"
	"Options:\n"
	"  --only RULE[,RULE...]  apply only the fixes of these rules\n"
	"  --package NAME         apply only the fixes of this driver package\n"
	"  --utf16-only           apply only the fixes of UTF-16 files: the part of a\n"
	"                         'driso fix --diff' patch that git apply skips\n"
	"  --root DIR             scan root (default: the root recorded in the report)\n"
	"  --dry-run              check everything, print what would be written, write nothing\n"
	"  --diff                 also print the unified diff of the changes\n"
	"  -h, --help             show this help\n"
	"\n"
	"Exit status: 0 applied (or nothing to apply), 2 refused or bad input\n"
	"(nothing written).\n";

struct apply_args {
	const char *report;
	const char *only;
	const char *package;
	const char *root;
	bool dry_run;
	bool diff;
	bool utf16_only;
};

static int parse_args(int argc, char **argv, struct apply_args *a)
{
	memset(a, 0, sizeof(*a));
	for (int i = 1; i < argc; i++) {
		const char *arg = argv[i];
		const char **slot = NULL;
		if (!strcmp(arg, "--only"))
			slot = &a->only;
		else if (!strcmp(arg, "--package"))
			slot = &a->package;
		else if (!strcmp(arg, "--root"))
			slot = &a->root;
		if (slot) {
			if (i + 1 >= argc) {
				fprintf(stderr, "driso apply: %s needs a value\n", arg);
				return -1;
			}
			*slot = argv[++i];
		} else if (str_starts_with(arg, "--only=")) {
			a->only = arg + 7;
		} else if (str_starts_with(arg, "--package=")) {
			a->package = arg + 10;
		} else if (str_starts_with(arg, "--root=")) {
			a->root = arg + 7;
		} else if (!strcmp(arg, "--dry-run") || !strcmp(arg, "-n")) {
			a->dry_run = true;
		} else if (!strcmp(arg, "--diff")) {
			a->diff = true;
		} else if (!strcmp(arg, "--utf16-only")) {
			a->utf16_only = true;
		} else if (arg[0] == '-' && arg[1]) {
			fprintf(stderr, "driso apply: unknown option '%s'\n", arg);
			return -1;
		} else if (a->report) {
			fprintf(stderr, "driso apply: one report at a time ('%s' and '%s')\n", a->report, arg);
			return -1;
		} else {
			a->report = arg;
		}
	}
	if (!a->report) {
		fputs("driso apply: no report given\n", stderr);
		return -1;
	}
	return 0;
}

static bool rule_listed(const char *list, const char *rule)
{
	size_t n = strlen(rule);
	for (const char *p = list; *p;) {
		size_t len = strcspn(p, ",");
		while (len && p[len - 1] == ' ')
			len--;
		if (len == n && !strncmp(p, rule, n))
			return true;
		p += strcspn(p, ",");
		while (*p == ',' || *p == ' ')
			p++;
	}
	return false;
}

/* Whether a fix targets a UTF-16 file: those are the sections of a driso
 * patch that git apply skips. Unreadable files count as UTF-16 so that the
 * apply itself names the problem instead of silently skipping the fix. */
static bool fix_file_is_utf16(const char *root, const char *rel)
{
	char *path = path_join(root, rel);
	struct text_error err;
	struct text_file *t = text_load(path, &err);
	free(path);
	if (!t)
		return true;
	bool utf16 = t->encoding == TEXT_UTF16LE || t->encoding == TEXT_UTF16LE_NOBOM ||
		     t->encoding == TEXT_UTF16BE;
	text_free(t);
	return utf16;
}

/* Mark findings the filters exclude as suppressed: the edit set skips them,
 * and nothing else reads this in-memory copy of the report. */
static size_t filter_findings(struct report *r, const struct apply_args *a, const char *root)
{
	size_t kept = 0;
	for (size_t i = 0; i < r->findings.n; i++) {
		struct finding *f = r->findings.items[i];
		if (a->only && !rule_listed(a->only, f->rule ? f->rule : ""))
			f->suppressed = true;
		if (a->package && (!f->package || strcmp(f->package, a->package)))
			f->suppressed = true;
		/* after `git apply fix.patch` the 8-bit files already hold their
		 * fixes (and fail the pre-image check): leave them alone, but keep
		 * the UTF-16 part of a finding that spans both (a source fix and
		 * its INF half) */
		if (a->utf16_only && !f->suppressed) {
			size_t w = 0;
			for (size_t k = 0; k < f->n_fixes; k++) {
				if (fix_file_is_utf16(root, f->fixes[k].file)) {
					f->fixes[w++] = f->fixes[k];
					continue;
				}
				file_fix_release(&f->fixes[k]);
			}
			f->n_fixes = w;
			if (!w)
				f->suppressed = true;
		}
		if (!f->suppressed && f->n_fixes)
			kept++;
	}
	return kept;
}

/* A typo in --only would otherwise look like "nothing to apply". */
static void warn_unmatched_rules(const struct report *r, const char *list)
{
	if (!list)
		return;
	for (const char *p = list; *p;) {
		size_t len = strcspn(p, ",");
		char *rule = xstrndup(p, len);
		bool found = false;
		for (size_t i = 0; i < r->findings.n && !found; i++)
			found = r->findings.items[i]->rule && !strcmp(r->findings.items[i]->rule, rule);
		if (!found && *rule)
			fprintf(stderr, "driso apply: warning: --only %s matches no finding in the report\n", rule);
		free(rule);
		p += len;
		while (*p == ',' || *p == ' ')
			p++;
	}
}

/* --root, else the report's root as given (relative to the current
 * directory, then to the report's own directory, where `scan -o` put it). */
static char *resolve_root(const struct apply_args *a, const struct report *r)
{
	if (a->root)
		return path_is_dir(a->root) ? xstrdup(a->root) : NULL;
	const char *given = r->root && *r->root ? r->root : ".";
	if (path_is_dir(given))
		return xstrdup(given);
	if (given[0] != '/') {
		char *dir = path_dirname(a->report);
		char *alt = path_join(dir, given);
		free(dir);
		if (path_is_dir(alt))
			return alt;
		free(alt);
	}
	return NULL;
}

int cmd_apply(int argc, char **argv)
{
	if (wants_help(argc, argv)) {
		fputs(usage_text, stdout);
		return EXIT_CLEAN;
	}
	struct apply_args a;
	if (parse_args(argc, argv, &a) != 0) {
		fputs(usage_text, stderr);
		return EXIT_FATAL;
	}

	struct report r;
	struct diag_list errs = { 0 };
	report_init(&r);
	int rc = EXIT_FATAL;
	char *root = NULL;
	struct edit_set es;
	struct prepared_set ps = { 0 };
	edit_set_init(&es);

	if (report_load_json(a.report, &r, &errs) != 0)
		goto out;
	root = resolve_root(&a, &r);
	if (!root) {
		diag_add(&errs, a.report, 1, "scan root '%s' is not a directory; pass --root DIR",
			 a.root ? a.root : r.root ? r.root : ".");
		goto out;
	}

	size_t kept = filter_findings(&r, &a, root);
	warn_unmatched_rules(&r, a.only);
	if (edit_set_add_findings(&es, &r.findings, &errs) != 0)
		goto out;
	if (!es.n) {
		printf("driso apply: nothing to apply (%zu finding(s) with fixes selected)\n", kept);
		rc = EXIT_CLEAN;
		goto out;
	}
	if (apply_prepare(&es, root, 0, &ps, &errs) != 0)
		goto out;

	if (a.diff) {
		struct strbuf patch = STRBUF_INIT;
		diff_prepared_set(&ps, &patch);
		fwrite(patch.buf, 1, patch.len, stdout);
		strbuf_release(&patch);
	}
	if (!a.dry_run && apply_commit(&ps, &errs) != 0)
		goto out;

	size_t files = 0;
	for (size_t i = 0; i < ps.n; i++) {
		const struct prepared_file *pf = &ps.files[i];
		if (pf->unchanged) {
			printf("unchanged %s (the edits are already there)\n", pf->rel);
			continue;
		}
		printf("%s %s (%zu edit%s, %s)\n", a.dry_run ? "would write" : "wrote", pf->rel,
		       pf->edits->n, pf->edits->n == 1 ? "" : "s", text_encoding_name(pf->text->encoding));
		files++;
	}
	printf("driso apply: %s %zu edit(s) in %zu file(s) from %zu finding(s)%s\n",
	       a.dry_run ? "would apply" : "applied", ps.n_edits, files, es.n_findings,
	       a.dry_run ? "; nothing written (--dry-run)" : "");
	rc = EXIT_CLEAN;

out:
	if (errs.n) {
		diag_print(&errs, stderr);
		fprintf(stderr, "driso apply: refused; nothing written\n");
		rc = EXIT_FATAL;
	}
	prepared_set_free(&ps);
	edit_set_free(&es);
	diag_list_free(&errs);
	report_free(&r);
	free(root);
	return rc;
}
