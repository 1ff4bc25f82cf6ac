#include "reports/report.h"
#include "reports/report_internal.h"
#include "core/strbuf.h"
#include "core/text.h"
#include "core/util.h"

#include <cjson/cJSON.h>
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

static const char *const format_names[] = {
	[REPORT_TEXT] = "text", [REPORT_JSON] = "json", [REPORT_SARIF] = "sarif", [REPORT_HTML] = "html",
};

int report_format_parse(const char *s)
{
	if (!s)
		return -1;
	for (size_t i = 0; i < sizeof(format_names) / sizeof(format_names[0]); i++)
		if (!strcmp(s, format_names[i]))
			return (int)i;
	return -1;
}

int report_write(const struct report *r, enum report_format fmt, FILE *out,
		 const struct report_write_options *opts)
{
	static const struct report_write_options defaults;
	if (!opts)
		opts = &defaults;
	int rc;
	switch (fmt) {
	case REPORT_JSON: rc = report_write_json(r, out, opts); break;
	case REPORT_SARIF: rc = report_write_sarif(r, out, opts); break;
	case REPORT_HTML: rc = report_write_html(r, out, opts); break;
	case REPORT_TEXT: rc = report_write_text(r, out, opts); break;
	default: return -1;
	}
	if (fflush(out) != 0 || ferror(out))
		return -1;
	return rc;
}

void report_init(struct report *r)
{
	memset(r, 0, sizeof(*r));
}

void report_free(struct report *r)
{
	free(r->version);
	free(r->root);
	finding_list_free(&r->findings);
	diag_list_free(&r->errors);
	memset(r, 0, sizeof(*r));
}

void report_count(const struct report *r, struct report_counts *c)
{
	memset(c, 0, sizeof(*c));
	for (size_t i = 0; i < r->findings.n; i++) {
		const struct finding *f = r->findings.items[i];
		if (f->suppressed) {
			c->n_suppressed++;
			continue;
		}
		c->n_findings++;
		c->by_severity[(unsigned)f->severity < 3 ? f->severity : SEV_ERROR]++;
	}
}

static int cmp_null(const char *a, const char *b)
{
	if (!a || !b)
		return a ? 1 : b ? -1 : 0;
	return strcmp(a, b);
}

static int cmp_int(long long a, long long b)
{
	return a < b ? -1 : a > b;
}

/*
 * finding_list_sort's order (file, line, col, rule, message, configuration),
 * then tie-breakers so that findings equal in those keys still come out in
 * one order whatever order they went in (a merged report must equal the
 * unsharded one byte for byte).
 */
int report_finding_cmp(const struct finding *a, const struct finding *b)
{
	int c;
	if ((c = strcmp(a->file, b->file)) || (c = cmp_int(a->line, b->line)) ||
	    (c = cmp_int(a->col, b->col)) || (c = strcmp(a->rule, b->rule)) ||
	    (c = strcmp(a->message, b->message)) || (c = cmp_null(a->configuration, b->configuration)))
		return c;
	if ((c = cmp_null(a->fingerprint, b->fingerprint)) || (c = cmp_int(a->end_line, b->end_line)) ||
	    (c = cmp_int(a->end_col, b->end_col)) || (c = cmp_int(a->severity, b->severity)) ||
	    (c = cmp_null(a->package, b->package)) || (c = cmp_null(a->environment, b->environment)) ||
	    (c = cmp_null(a->target, b->target)) || (c = cmp_int(a->suppressed, b->suppressed)) ||
	    (c = cmp_null(a->proposal, b->proposal)) || (c = cmp_int((long long)a->n_fixes, (long long)b->n_fixes)) ||
	    (c = cmp_int((long long)a->n_evidence, (long long)b->n_evidence)))
		return c;
	return 0;
}

static int finding_ptr_cmp(const void *a, const void *b)
{
	return report_finding_cmp(*(struct finding *const *)a, *(struct finding *const *)b);
}

void report_sort(struct report *r)
{
	if (r->findings.n > 1)
		qsort(r->findings.items, r->findings.n, sizeof(*r->findings.items), finding_ptr_cmp);
	diag_sort(&r->errors);
}

struct finding **report_sorted_findings(const struct report *r)
{
	struct finding **items = xcalloc(r->findings.n + 1, sizeof(*items));
	if (r->findings.n) {
		memcpy(items, r->findings.items, r->findings.n * sizeof(*items));
		qsort(items, r->findings.n, sizeof(*items), finding_ptr_cmp);
	}
	return items;
}

struct diag *report_sorted_errors(const struct report *r)
{
	struct diag_list tmp = { 0 };
	tmp.items = xcalloc(r->errors.n + 1, sizeof(*tmp.items));
	if (r->errors.n)
		memcpy(tmp.items, r->errors.items, r->errors.n * sizeof(*tmp.items));
	tmp.n = tmp.alloc = r->errors.n;
	diag_sort(&tmp);
	return tmp.items;
}

size_t utf8_seq_len(const unsigned char *s, size_t avail)
{
	unsigned c = s[0];
	size_t n;
	unsigned min;
	if (c < 0x80)
		return 1;
	else if (c >= 0xC2 && c <= 0xDF)
		n = 2, min = 0x80;
	else if (c >= 0xE0 && c <= 0xEF)
		n = 3, min = 0x800;
	else if (c >= 0xF0 && c <= 0xF4)
		n = 4, min = 0x10000;
	else
		return 0;
	if (n > avail)
		return 0;
	unsigned cp = c & (0x7F >> n);
	for (size_t i = 1; i < n; i++) {
		if ((s[i] & 0xC0) != 0x80)
			return 0;
		cp = (cp << 6) | (s[i] & 0x3F);
	}
	if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
		return 0;
	return n;
}

char *utf8_clean_dup(const char *s)
{
	if (!s)
		return NULL;
	size_t len = strlen(s);
	struct strbuf sb = STRBUF_INIT;
	strbuf_grow(&sb, len);
	for (size_t i = 0; i < len;) {
		size_t n = utf8_seq_len((const unsigned char *)s + i, len - i);
		if (!n) {
			strbuf_addstr(&sb, "\xEF\xBF\xBD");
			i++;
			continue;
		}
		strbuf_add(&sb, s + i, n);
		i += n;
	}
	return strbuf_detach(&sb, NULL);
}

static void source_index_lines(struct source_file *s)
{
	size_t alloc = 0;
	ALLOC_GROW(s->line_starts, 1, alloc);
	s->line_starts[s->n_lines++] = 0;
	for (size_t i = 0; i < s->len; i++) {
		if (s->text[i] == '\r' && i + 1 < s->len && s->text[i + 1] == '\n')
			i++;
		else if (s->text[i] != '\r' && s->text[i] != '\n')
			continue;
		if (i + 1 < s->len) {
			ALLOC_GROW(s->line_starts, s->n_lines + 1, alloc);
			s->line_starts[s->n_lines++] = i + 1;
		}
	}
}

struct source_file *source_load(const char *root_dir, const char *file)
{
	if (!root_dir || !file)
		return NULL;
	char *path = path_join(root_dir, file);
	struct source_file *s = xcalloc(1, sizeof(*s));
	int ok = 0;
	/* decoded like the rules saw it (UTF-16 INFs, ANSI sources), so offsets
	 * and columns from findings index the same text */
	struct text_error err;
	struct text_file *t = text_load(path, &err);
	if (t) {
		s->text = xstrndup(t->utf8, t->len);
		s->len = t->len;
		text_free(t);
		ok = 1;
	}
	free(path);
	if (!ok) {
		free(s);
		return NULL;
	}
	source_index_lines(s);
	return s;
}

void source_free(struct source_file *s)
{
	if (!s)
		return;
	free(s->text);
	free(s->line_starts);
	free(s);
}

const char *source_line(const struct source_file *s, int line, size_t *len)
{
	if (!s || line < 1 || (size_t)line > s->n_lines)
		return NULL;
	size_t start = s->line_starts[line - 1];
	size_t end = start;
	while (end < s->len && s->text[end] != '\r' && s->text[end] != '\n')
		end++;
	*len = end - start;
	return s->text + start;
}

int source_offset_to_linecol(const struct source_file *s, size_t off, int *line, int *col)
{
	if (!s || off > s->len)
		return -1;
	size_t lo = 0, hi = s->n_lines;
	while (hi - lo > 1) {
		size_t mid = (lo + hi) / 2;
		if (s->line_starts[mid] <= off)
			lo = mid;
		else
			hi = mid;
	}
	int c = 1;
	for (size_t i = s->line_starts[lo]; i < off;) {
		size_t n = utf8_seq_len((const unsigned char *)s->text + i, s->len - i);
		i += n ? n : 1;
		c++;
	}
	*line = (int)lo + 1;
	*col = c;
	return 0;
}

static size_t name_hash(const char *s)
{
	size_t h = 14695981039346656037u;
	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 1099511628211u;
	return h;
}

/* Open addressing on file names: reports can name tens of thousands of files. */
struct source_file *source_cache_get(struct source_cache *c, const char *file)
{
	if (c->n * 2 >= c->alloc) {
		size_t n_alloc = c->alloc ? c->alloc * 2 : 64;
		char **names = xcalloc(n_alloc, sizeof(*names));
		struct source_file **files = xcalloc(n_alloc, sizeof(*files));
		for (size_t i = 0; i < c->alloc; i++) {
			if (!c->names[i])
				continue;
			size_t k = name_hash(c->names[i]) & (n_alloc - 1);
			while (names[k])
				k = (k + 1) & (n_alloc - 1);
			names[k] = c->names[i];
			files[k] = c->files[i];
		}
		free(c->names);
		free(c->files);
		c->names = names;
		c->files = files;
		c->alloc = n_alloc;
	}
	size_t k = name_hash(file) & (c->alloc - 1);
	while (c->names[k]) {
		if (!strcmp(c->names[k], file))
			return c->files[k];
		k = (k + 1) & (c->alloc - 1);
	}
	c->names[k] = xstrdup(file);
	c->files[k] = source_load(c->root_dir, file);
	c->n++;
	return c->files[k];
}

void source_cache_free(struct source_cache *c)
{
	for (size_t i = 0; i < c->alloc; i++) {
		free(c->names[i]);
		source_free(c->files[i]);
	}
	free(c->names);
	free(c->files);
	memset(c, 0, sizeof(*c));
}

char *rule_pascal_name(const char *id)
{
	struct strbuf sb = STRBUF_INIT;
	int up = 1;
	for (const char *p = id; *p; p++) {
		if (!isalnum((unsigned char)*p)) {
			up = 1;
			continue;
		}
		strbuf_addch(&sb, up ? toupper((unsigned char)*p) : *p);
		up = 0;
	}
	return strbuf_detach(&sb, NULL);
}

/* Leaves (strings, numbers, literals) are printed by cJSON itself, so
 * escaping and number formatting stay cJSON's; only the layout is ours. */
static void json_pretty_node(struct strbuf *sb, const cJSON *n, int depth)
{
	int is_obj = cJSON_IsObject(n);
	if (!is_obj && !cJSON_IsArray(n)) {
		char *leaf = cJSON_PrintUnformatted(n);
		if (!leaf)
			die("out of memory printing JSON");
		strbuf_addstr(sb, leaf);
		cJSON_free(leaf);
		return;
	}
	if (!n->child) {
		strbuf_addstr(sb, is_obj ? "{}" : "[]");
		return;
	}
	strbuf_addch(sb, is_obj ? '{' : '[');
	for (const cJSON *c = n->child; c; c = c->next) {
		strbuf_addch(sb, '\n');
		for (int i = 0; i <= depth; i++)
			strbuf_addstr(sb, "  ");
		if (is_obj) {
			/* keys are UTF-8-clean (our own names or cleaned rule ids) */
			strbuf_addch(sb, '"');
			strbuf_add_json_escaped(sb, c->string ? c->string : "");
			strbuf_addstr(sb, "\": ");
		}
		json_pretty_node(sb, c, depth + 1);
		if (c->next)
			strbuf_addch(sb, ',');
	}
	strbuf_addch(sb, '\n');
	for (int i = 0; i < depth; i++)
		strbuf_addstr(sb, "  ");
	strbuf_addch(sb, is_obj ? '}' : ']');
}

int json_write_pretty(const cJSON *root, FILE *out)
{
	struct strbuf sb = STRBUF_INIT;
	json_pretty_node(&sb, root, 0);
	strbuf_addch(&sb, '\n');
	int rc = fwrite(sb.buf, 1, sb.len, out) == sb.len ? 0 : -1;
	strbuf_release(&sb);
	return rc;
}
