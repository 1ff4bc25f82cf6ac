#include "reports/report.h"
#include "reports/report_internal.h"
#include "core/strbuf.h"
#include "core/util.h"

#include <stdlib.h>
#include <string.h>

/*
 * The linter view, for a terminal: compiler-style lines
 * (`file:line:col: severity: message [rule]`) that editors and CI log
 * parsers already understand, the source line with a caret, the evidence
 * as notes and the proposal. Colour is the caller's decision (TTY and
 * NO_COLOR), never guessed here.
 */

struct palette {
	const char *bold, *reset, *sev[3], *caret, *note, *dim;
};

static const struct palette plain = { "", "", { "", "", "" }, "", "", "" };
static const struct palette ansi = {
	"\033[1m", "\033[0m", { "\033[1;36m", "\033[1;35m", "\033[1;31m" }, "\033[1;32m", "\033[1;36m", "\033[2m",
};

static void put_snippet(FILE *out, const struct palette *p, const struct source_file *src,
			const struct finding *f)
{
	size_t len;
	const char *line = source_line(src, f->line, &len);
	if (!line)
		return;
	char *clean_line = xstrndup(line, len);
	char *clean = utf8_clean_dup(clean_line);
	free(clean_line);
	fprintf(out, "%5d | %s\n", f->line, clean);
	/* Caret line: copy tabs so the caret lines up however tabs render. */
	struct strbuf marks = STRBUF_INIT;
	size_t clen = strlen(clean);
	int col = 1;
	size_t i = 0;
	for (; i < clen && col < f->col; col++) {
		strbuf_addch(&marks, clean[i] == '\t' ? '\t' : ' ');
		size_t n = utf8_seq_len((const unsigned char *)clean + i, clen - i);
		i += n ? n : 1;
	}
	int end = f->end_line == f->line && f->end_col > f->col ? f->end_col : f->col + 1;
	int width = 0;
	for (int c = col; c < end && i <= clen; c++, width++) {
		if (i < clen) {
			size_t n = utf8_seq_len((const unsigned char *)clean + i, clen - i);
			i += n ? n : 1;
		}
	}
	fprintf(out, "      | %s%s^", marks.buf, p->caret);
	for (int w = 1; w < width; w++)
		fputc('~', out);
	fprintf(out, "%s\n", p->reset);
	strbuf_release(&marks);
	free(clean);
}

static void put_indented(FILE *out, const char *indent, const char *text)
{
	char *clean = utf8_clean_dup(text);
	for (const char *s = clean; *s;) {
		const char *nl = strchr(s, '\n');
		size_t n = nl ? (size_t)(nl - s) : strlen(s);
		if (n && s[n - 1] == '\r')
			n--;
		fprintf(out, "%s%.*s\n", indent, (int)n, s);
		s += nl ? (size_t)(nl - s) + 1 : strlen(s);
	}
	free(clean);
}

/* Proposals already printed (a hash set), so a proposal repeated over many
 * findings (one rule, many call sites) is shown once and referred to after. */
struct seen_proposals {
	const struct finding **slots;
	size_t n, alloc;
};

static size_t str_hash(const char *s)
{
	size_t h = 14695981039346656037u;
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 1099511628211u;
	return h;
}

static const struct finding *proposal_seen(struct seen_proposals *seen, const struct finding *f)
{
	if (seen->n * 2 >= seen->alloc) {
		size_t n_alloc = seen->alloc ? seen->alloc * 2 : 64;
		const struct finding **slots = xcalloc(n_alloc, sizeof(*slots));
		for (size_t i = 0; i < seen->alloc; i++) {
			if (!seen->slots[i])
				continue;
			size_t k = str_hash(seen->slots[i]->proposal) & (n_alloc - 1);
			while (slots[k])
				k = (k + 1) & (n_alloc - 1);
			slots[k] = seen->slots[i];
		}
		free(seen->slots);
		seen->slots = slots;
		seen->alloc = n_alloc;
	}
	size_t k = str_hash(f->proposal) & (seen->alloc - 1);
	for (; seen->slots[k]; k = (k + 1) & (seen->alloc - 1))
		if (!strcmp(seen->slots[k]->proposal, f->proposal))
			return seen->slots[k];
	seen->slots[k] = f;
	seen->n++;
	return NULL;
}

static void put_finding(FILE *out, const struct palette *p, struct source_cache *cache,
			struct seen_proposals *seen, const struct finding *f)
{
	unsigned sev = (unsigned)f->severity < 3 ? f->severity : SEV_ERROR;
	char *msg = utf8_clean_dup(f->message);
	fprintf(out, "%s%s:%d:%d:%s %s%s:%s %s [%s]", p->bold, f->file, f->line, f->col, p->reset,
		p->sev[sev], severity_name(sev), p->reset, msg, f->rule);
	free(msg);
	if (f->suppressed)
		fprintf(out, " %s(suppressed%s%s)%s", p->dim, f->suppression_reason ? ": " : "",
			f->suppression_reason ? f->suppression_reason : "", p->reset);
	fputc('\n', out);
	put_snippet(out, p, source_cache_get(cache, f->file), f);
	for (size_t i = 0; i < f->n_evidence; i++) {
		const struct evidence_step *e = &f->evidence[i];
		char *em = utf8_clean_dup(e->message);
		fprintf(out, "    %snote:%s %s:%d:%d: %s\n", p->note, p->reset, e->file, e->line, e->col, em);
		free(em);
	}
	if (f->proposal && *f->proposal) {
		/* a long one-liner repeated over many lines (vJoy: 27 joystick OEM
		 * AddReg lines, 220 characters each) is as noisy as a block */
		bool long_one = strchr(f->proposal, '\n') || strlen(f->proposal) > 100;
		const struct finding *first = long_one ? proposal_seen(seen, f) : NULL;
		if (first)
			fprintf(out, "    %sproposal:%s as for %s:%d:%d above\n", p->bold, p->reset, first->file, first->line,
				first->col);
		else {
			fprintf(out, "    %sproposal:%s\n", p->bold, p->reset);
			put_indented(out, "      ", f->proposal);
		}
	}
	if (f->n_fixes)
		fprintf(out, "    %sfix available:%s `driso fix` can apply it (%zu file%s)\n", p->dim, p->reset,
			f->n_fixes, f->n_fixes == 1 ? "" : "s");
}

static const char *plural(size_t n, const char *one, const char *many)
{
	return n == 1 ? one : many;
}

int report_write_text(const struct report *r, FILE *out, const struct report_write_options *o)
{
	const struct palette *p = o->color ? &ansi : &plain;
	struct finding **sorted = report_sorted_findings(r);
	struct diag *errs = report_sorted_errors(r);
	struct source_cache cache = { .root_dir = o->root_dir };
	for (size_t i = 0; i < (o->omit_errors ? 0 : r->errors.n); i++)
		fprintf(out, "%s%s:%d:%s %serror:%s %s\n", p->bold, errs[i].file, errs[i].line, p->reset,
			p->sev[SEV_ERROR], p->reset, errs[i].message);
	struct seen_proposals seen = { 0 };
	for (size_t i = 0; i < r->findings.n; i++)
		if (!sorted[i]->suppressed || o->show_suppressed)
			put_finding(out, p, &cache, &seen, sorted[i]);
	free(seen.slots);
	struct report_counts c;
	report_count(r, &c);
	fprintf(out, "%s%zu %s (%zu %s, %zu %s, %zu %s), %zu suppressed, %zu %s%s", p->bold, c.n_findings,
		plural(c.n_findings, "finding", "findings"), c.by_severity[SEV_ERROR],
		plural(c.by_severity[SEV_ERROR], "error", "errors"), c.by_severity[SEV_WARNING],
		plural(c.by_severity[SEV_WARNING], "warning", "warnings"), c.by_severity[SEV_NOTE],
		plural(c.by_severity[SEV_NOTE], "note", "notes"), c.n_suppressed, r->n_files_scanned,
		plural(r->n_files_scanned, "file", "files"), p->reset);
	if (r->errors.n)
		fprintf(out, "; %zu input %s", r->errors.n, plural(r->errors.n, "error", "errors"));
	fputc('\n', out);
	source_cache_free(&cache);
	free(sorted);
	free(errs);
	return 0;
}
