/*
 * driso inf: look at the lossless INF model.
 *   driso inf parse FILE... [--format json|text]
 *   driso inf emit FILE
 * A file that cannot be read or parsed prints `file:line: error: ...` and the
 * batch goes on; exit 2 when any file had an error.
 */
#include "cli/builtin.h"

#include "core/diag.h"
#include "core/strbuf.h"
#include "core/util.h"
#include "inf-migrate/inf.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char usage_text[] =
	"usage: driso inf parse FILE... [--format json|text]\n"
	"       driso inf emit FILE\n"
	"\n"
	"parse  print the INF model as SetupAPI reads it: sections (duplicates merged),\n"
	"       entries with key (null when the line has no '='), fields with quotes,\n"
	"       continuations and %strkey% substitutions resolved, and the raw line.\n"
	"       JSON (default): one document per file, an array for several files.\n"
	"emit   write the file's bytes re-created from the model to stdout\n"
	"       (byte-identical to the input: a round-trip check).\n"
	"\n"
	"Errors print as `file:line: error: message`; other files are still processed.\n"
	"Exit status: 0 all files parsed cleanly, 2 usage error or any file with an error.\n";

static void print_text_model(const struct inf_file *inf, FILE *out)
{
	fprintf(out, "%s: %s, %zu section(s)\n", inf->path, text_encoding_name(inf->text->encoding),
		inf->n_sections);
	for (size_t i = 0; i < inf->n_sections; i++) {
		const struct inf_section *s = inf->sections[i];
		fprintf(out, "[%s]  (line %d", s->name, s->n_occ ? s->occ[0].line : 0);
		for (size_t k = 1; k < s->n_occ; k++)
			fprintf(out, ", %d", s->occ[k].line);
		fputs(")\n", out);
		for (size_t j = 0; j < s->n_entries; j++) {
			const struct inf_entry *e = s->entries[j];
			fprintf(out, "  %d: ", e->line);
			if (e->key)
				fprintf(out, "<%s> =", e->key);
			for (size_t f = 0; f < e->n_fields; f++)
				fprintf(out, "%s<%s>", f ? ", " : " ", e->fields[f].value);
			fputc('\n', out);
		}
	}
}

static int cmd_inf_parse(int argc, char **argv)
{
	const char *format = "json";
	const char **files = xcalloc((size_t)argc + 1, sizeof(*files));
	size_t n_files = 0;
	bool no_more_opts = false;
	for (int i = 1; i < argc; i++) {
		const char *a = argv[i];
		if (!no_more_opts && !strcmp(a, "--")) {
			no_more_opts = true;
		} else if (!no_more_opts && !strcmp(a, "--format")) {
			if (i + 1 >= argc) {
				fputs("driso inf parse: --format needs a value (json|text)\n", stderr);
				free(files);
				return EXIT_FATAL;
			}
			format = argv[++i];
		} else if (!no_more_opts && str_starts_with(a, "--format=")) {
			format = a + 9;
		} else if (!no_more_opts && a[0] == '-' && a[1]) {
			fprintf(stderr, "driso inf parse: unknown option '%s'\n%s", a, usage_text);
			free(files);
			return EXIT_FATAL;
		} else {
			files[n_files++] = a;
		}
	}
	if (strcmp(format, "json") && strcmp(format, "text")) {
		fprintf(stderr, "driso inf parse: unknown format '%s' (json|text)\n", format);
		free(files);
		return EXIT_FATAL;
	}
	if (!n_files) {
		fprintf(stderr, "driso inf parse: no FILE given\n%s", usage_text);
		free(files);
		return EXIT_FATAL;
	}
	bool json = !strcmp(format, "json");
	bool array = json && n_files > 1;
	size_t printed = 0;
	int rc = EXIT_CLEAN;
	if (array)
		fputs("[\n", stdout);
	for (size_t i = 0; i < n_files; i++) {
		struct diag_list errors = { 0 };
		struct inf_file *inf = inf_load(files[i], &errors);
		if (inf) {
			if (json) {
				char *doc = inf_model_json(inf);
				if (array && printed)
					fputs(",\n", stdout);
				fputs(doc, stdout);
				if (!array)
					fputc('\n', stdout);
				free(doc);
			} else {
				print_text_model(inf, stdout);
			}
			printed++;
			inf_free(inf);
		}
		if (errors.n) {
			fflush(stdout);
			diag_print(&errors, stderr);
			rc = EXIT_FATAL;
		}
		diag_list_free(&errors);
	}
	if (array)
		fputs("\n]\n", stdout);
	free(files);
	return rc;
}

static int cmd_inf_emit(int argc, char **argv)
{
	if (argc != 2 || argv[1][0] == '-') {
		fprintf(stderr, "driso inf emit: exactly one FILE expected\n%s", usage_text);
		return EXIT_FATAL;
	}
	struct diag_list errors = { 0 };
	struct inf_file *inf = inf_load(argv[1], &errors);
	int rc = EXIT_CLEAN;
	if (inf) {
		char *bytes;
		size_t len;
		if (inf_emit(inf, &bytes, &len) == 0) {
			if (fwrite(bytes, 1, len, stdout) != len)
				rc = EXIT_FATAL;
			free(bytes);
		} else {
			fprintf(stderr, "%s:1: error: cannot re-encode the file\n", argv[1]);
			rc = EXIT_FATAL;
		}
		inf_free(inf);
	}
	if (errors.n) {
		diag_print(&errors, stderr);
		rc = EXIT_FATAL;
	}
	diag_list_free(&errors);
	return rc;
}

int cmd_inf(int argc, char **argv)
{
	if (argc < 2) {
		fputs(usage_text, stderr);
		return EXIT_FATAL;
	}
	if (!strcmp(argv[1], "-h") || !strcmp(argv[1], "--help") || !strcmp(argv[1], "help")) {
		fputs(usage_text, stdout);
		return EXIT_CLEAN;
	}
	if (wants_help(argc - 1, argv + 1)) {
		fputs(usage_text, stdout);
		return EXIT_CLEAN;
	}
	if (!strcmp(argv[1], "parse"))
		return cmd_inf_parse(argc - 1, argv + 1);
	if (!strcmp(argv[1], "emit"))
		return cmd_inf_emit(argc - 1, argv + 1);
	fprintf(stderr, "driso inf: unknown subcommand '%s'\n%s", argv[1], usage_text);
	return EXIT_FATAL;
}
