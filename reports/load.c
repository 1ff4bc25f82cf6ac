#include "reports/report.h"
#include "core/strbuf.h"
#include "core/util.h"

#include <cjson/cJSON.h>
#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

/*
 * Loads the JSON report back (docs/report-schema.md). A report may have been
 * edited by hand before `driso apply`, so every value is checked and every
 * problem is reported with the path of the field ("findings[3].line:
 * expected a positive integer"); loading goes on to find the other problems
 * and returns -1 at the end. Unknown keys are ignored (later schemas may add
 * fields); the summary is derived data and only files_scanned is read.
 */

struct loader {
	const char *name;
	struct diag_list *errors;
	int failed;
	struct strbuf path;     /* path of the current field, e.g. "findings[3]" */
};

static void fail(struct loader *ld, const char *field, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

static void fail(struct loader *ld, const char *field, const char *fmt, ...)
{
	struct strbuf msg = STRBUF_INIT;
	va_list ap;
	va_start(ap, fmt);
	strbuf_vaddf(&msg, fmt, ap);
	va_end(ap);
	if (ld->path.len && field)
		diag_add(ld->errors, ld->name, 1, "%s.%s: %s", ld->path.buf, field, msg.buf);
	else if (ld->path.len || field)
		diag_add(ld->errors, ld->name, 1, "%s: %s", ld->path.len ? ld->path.buf : field, msg.buf);
	else
		diag_add(ld->errors, ld->name, 1, "%s", msg.buf);
	strbuf_release(&msg);
	ld->failed = 1;
}

static size_t push_path(struct loader *ld, const char *key, long index)
{
	size_t old = ld->path.len;
	if (key) {
		if (ld->path.len)
			strbuf_addch(&ld->path, '.');
		strbuf_addstr(&ld->path, key);
	}
	if (index >= 0)
		strbuf_addf(&ld->path, "[%ld]", index);
	return old;
}

static void pop_path(struct loader *ld, size_t old)
{
	strbuf_setlen(&ld->path, old);
}

static const char *json_type_name(const cJSON *v)
{
	if (!v || cJSON_IsNull(v))
		return "null";
	if (cJSON_IsBool(v))
		return "a boolean";
	if (cJSON_IsNumber(v))
		return "a number";
	if (cJSON_IsString(v))
		return "a string";
	if (cJSON_IsArray(v))
		return "an array";
	if (cJSON_IsObject(v))
		return "an object";
	return "an invalid value";
}

enum presence { OPTIONAL, REQUIRED };

static const cJSON *member(struct loader *ld, const cJSON *obj, const char *key, enum presence p)
{
	const cJSON *v = cJSON_GetObjectItemCaseSensitive(obj, key);
	if (!v && p == REQUIRED)
		fail(ld, key, "missing (required)");
	return v;
}

/* String field; NULL allowed when nullable (and when optional and absent). */
static int get_string(struct loader *ld, const cJSON *obj, const char *key, enum presence p,
		      int nullable, char **out)
{
	const cJSON *v = member(ld, obj, key, p);
	*out = NULL;
	if (!v)
		return p == REQUIRED ? -1 : 0;
	if (cJSON_IsNull(v) && nullable)
		return 0;
	if (!cJSON_IsString(v) || !v->valuestring) {
		fail(ld, key, "expected a string%s, found %s", nullable ? " or null" : "", json_type_name(v));
		return -1;
	}
	*out = xstrdup(v->valuestring);
	return 0;
}

static int get_nonempty_string(struct loader *ld, const cJSON *obj, const char *key, char **out)
{
	if (get_string(ld, obj, key, REQUIRED, 0, out))
		return -1;
	if (!**out) {
		fail(ld, key, "expected a non-empty string");
		free(*out);
		*out = NULL;
		return -1;
	}
	return 0;
}

/* Integer in [min, max]; `what` names the range in the message. */
static int get_int_range(struct loader *ld, const cJSON *obj, const char *key, enum presence p,
			 double min, double max, const char *what, double dflt, double *out)
{
	const cJSON *v = member(ld, obj, key, p);
	*out = dflt;
	if (!v)
		return p == REQUIRED ? -1 : 0;
	if (!cJSON_IsNumber(v) || !isfinite(v->valuedouble) || floor(v->valuedouble) != v->valuedouble ||
	    v->valuedouble < min || v->valuedouble > max) {
		if (cJSON_IsNumber(v))
			fail(ld, key, "expected %s, found %g", what, v->valuedouble);
		else
			fail(ld, key, "expected %s, found %s", what, json_type_name(v));
		return -1;
	}
	*out = v->valuedouble;
	return 0;
}

static int get_line(struct loader *ld, const cJSON *obj, const char *key, enum presence p, int dflt, int *out)
{
	double d;
	int rc = get_int_range(ld, obj, key, p, 1, INT_MAX, "a positive integer", dflt, &d);
	*out = (int)d;
	return rc;
}

/* Edit line/col: 0 means "not computed" (a rule may leave them unset). */
static int get_line0(struct loader *ld, const cJSON *obj, const char *key, int *out)
{
	double d;
	int rc = get_int_range(ld, obj, key, OPTIONAL, 0, INT_MAX, "a non-negative integer", 0, &d);
	*out = (int)d;
	return rc;
}

static int get_offset(struct loader *ld, const cJSON *obj, const char *key, size_t *out)
{
	double d;
	/* 2^53: the largest integer a JSON number carries exactly */
	int rc = get_int_range(ld, obj, key, REQUIRED, 0, 9007199254740992.0, "a non-negative integer", 0, &d);
	*out = (size_t)d;
	return rc;
}

static const cJSON *get_array(struct loader *ld, const cJSON *obj, const char *key, enum presence p)
{
	const cJSON *v = member(ld, obj, key, p);
	if (!v)
		return NULL;
	if (!cJSON_IsArray(v)) {
		fail(ld, key, "expected an array, found %s", json_type_name(v));
		return NULL;
	}
	return v;
}

static int expect_object(struct loader *ld, const cJSON *v)
{
	if (cJSON_IsObject(v))
		return 0;
	fail(ld, NULL, "expected an object, found %s", json_type_name(v));
	return -1;
}

static int is_hex64(const char *s)
{
	size_t n = 0;
	for (; s[n]; n++)
		if (!isxdigit((unsigned char)s[n]))
			return 0;
	return n == 64;
}

static void load_evidence(struct loader *ld, const cJSON *obj, struct finding *f)
{
	const cJSON *arr = get_array(ld, obj, "evidence", OPTIONAL);
	long i = 0;
	const cJSON *e;
	cJSON_ArrayForEach(e, arr) {
		size_t old = push_path(ld, "evidence", i++);
		if (expect_object(ld, e) == 0) {
			char *file = NULL, *msg = NULL;
			int line = 1, col = 1;
			get_nonempty_string(ld, e, "file", &file);
			get_line(ld, e, "line", REQUIRED, 1, &line);
			get_line(ld, e, "column", OPTIONAL, 1, &col);
			get_string(ld, e, "message", REQUIRED, 0, &msg);
			if (file && msg)
				finding_add_evidence(f, file, line, col, "%s", msg);
			free(file);
			free(msg);
		}
		pop_path(ld, old);
	}
}

static void load_edit(struct loader *ld, const cJSON *e, struct file_fix *fx)
{
	if (expect_object(ld, e))
		return;
	size_t start = 0, end = 0;
	int bad = get_offset(ld, e, "start", &start);
	bad |= get_offset(ld, e, "end", &end);
	if (!bad && start > end) {
		fail(ld, "end", "ends before its start (start %zu, end %zu)", start, end);
		bad = 1;
	}
	char *repl = NULL;
	bad |= get_string(ld, e, "replacement", REQUIRED, 0, &repl);
	int line, col, end_line, end_col;
	bad |= get_line0(ld, e, "line", &line);
	bad |= get_line0(ld, e, "column", &col);
	bad |= get_line0(ld, e, "end_line", &end_line);
	bad |= get_line0(ld, e, "end_column", &end_col);
	if (!bad && line && end_line && (end_line < line || (end_line == line && end_col < col))) {
		fail(ld, "end_line", "the edit's end (%d:%d) is before its start (%d:%d)", end_line, end_col, line, col);
		bad = 1;
	}
	if (!bad) {
		file_fix_add_edit(fx, start, end, repl);
		struct text_edit *te = &fx->edits[fx->n_edits - 1];
		te->line = line;
		te->col = col;
		te->end_line = end_line;
		te->end_col = end_col;
	}
	free(repl);
}

static void load_fix(struct loader *ld, const cJSON *obj, struct finding *f)
{
	const cJSON *fix = member(ld, obj, "fix", OPTIONAL);
	if (!fix || cJSON_IsNull(fix))
		return;
	size_t old = push_path(ld, "fix", -1);
	if (expect_object(ld, fix) == 0) {
		const cJSON *files = get_array(ld, fix, "files", REQUIRED);
		long i = 0;
		const cJSON *ff;
		cJSON_ArrayForEach(ff, files) {
			size_t old2 = push_path(ld, "files", i++);
			if (expect_object(ld, ff) == 0) {
				char *file = NULL, *sha = NULL;
				get_nonempty_string(ld, ff, "file", &file);
				if (get_string(ld, ff, "sha256", OPTIONAL, 1, &sha) == 0 && sha && !is_hex64(sha)) {
					fail(ld, "sha256", "expected 64 hexadecimal digits, found \"%.80s\"", sha);
					free(sha);
					sha = NULL;
				}
				const cJSON *edits = get_array(ld, ff, "edits", REQUIRED);
				if (file) {
					struct file_fix *fx = finding_fix_for(f, file, NULL);
					if (sha)
						snprintf(fx->sha256, sizeof(fx->sha256), "%s", sha);
					long j = 0;
					const cJSON *e;
					cJSON_ArrayForEach(e, edits) {
						size_t old3 = push_path(ld, "edits", j++);
						load_edit(ld, e, fx);
						pop_path(ld, old3);
					}
				}
				free(file);
				free(sha);
			}
			pop_path(ld, old2);
		}
	}
	pop_path(ld, old);
}

static void load_finding(struct loader *ld, const cJSON *o, struct finding_list *list)
{
	if (expect_object(ld, o))
		return;
	char *rule = NULL, *file = NULL, *msg = NULL, *sev_s = NULL;
	int line = 1, col = 1, end_line, end_col, sev = -1;
	get_nonempty_string(ld, o, "rule", &rule);
	if (get_string(ld, o, "severity", REQUIRED, 0, &sev_s) == 0 && (sev = severity_parse(sev_s)) < 0)
		fail(ld, "severity", "expected \"error\", \"warning\" or \"note\", found \"%.40s\"", sev_s);
	get_nonempty_string(ld, o, "file", &file);
	int bad_pos = get_line(ld, o, "line", REQUIRED, 1, &line);
	bad_pos |= get_line(ld, o, "column", REQUIRED, 1, &col);
	bad_pos |= get_line(ld, o, "end_line", OPTIONAL, line, &end_line);
	bad_pos |= get_line(ld, o, "end_column", OPTIONAL, col, &end_col);
	if (!bad_pos && (end_line < line || (end_line == line && end_col < col)))
		fail(ld, "end_line", "the span's end (%d:%d) is before its start (%d:%d)", end_line, end_col, line, col);
	get_string(ld, o, "message", REQUIRED, 0, &msg);
	if (!rule || !file || !msg || sev < 0) {
		free(rule), free(file), free(msg), free(sev_s);
		return;
	}
	struct finding *f = finding_add(list, rule, (enum severity)sev, file, line, col, msg);
	free(rule), free(file), free(msg), free(sev_s);
	f->end_line = end_line;
	f->end_col = end_col;
	get_string(ld, o, "id", OPTIONAL, 1, &f->fingerprint);
	const cJSON *iv = member(ld, o, "infverif", OPTIONAL);
	if (iv && !cJSON_IsNull(iv)) {
		double d;
		get_int_range(ld, o, "infverif", OPTIONAL, 0, INT_MAX, "a non-negative integer or null", 0, &d);
		f->infverif = (int)d;
	}
	load_evidence(ld, o, f);
	get_string(ld, o, "environment", OPTIONAL, 1, &f->environment);
	get_string(ld, o, "target", OPTIONAL, 1, &f->target);
	get_string(ld, o, "proposal", OPTIONAL, 1, &f->proposal);
	get_string(ld, o, "configuration", OPTIONAL, 1, &f->configuration);
	get_string(ld, o, "package", OPTIONAL, 1, &f->package);
	get_string(ld, o, "package_file", OPTIONAL, 1, &f->package_file);
	const cJSON *sup = member(ld, o, "suppressed", OPTIONAL);
	if (sup && !cJSON_IsBool(sup))
		fail(ld, "suppressed", "expected true or false, found %s", json_type_name(sup));
	f->suppressed = sup && cJSON_IsTrue(sup);
	get_string(ld, o, "suppression_reason", OPTIONAL, 1, &f->suppression_reason);
	load_fix(ld, o, f);
}

static void load_error(struct loader *ld, const cJSON *o, struct diag_list *out)
{
	if (expect_object(ld, o))
		return;
	char *file = NULL, *msg = NULL;
	int line = 1;
	get_nonempty_string(ld, o, "file", &file);
	get_line(ld, o, "line", OPTIONAL, 1, &line);
	get_string(ld, o, "message", REQUIRED, 0, &msg);
	if (file && msg)
		diag_add(out, file, line, "%s", msg);
	free(file);
	free(msg);
}

/* 1-based line of a byte position, for syntax errors. */
static int line_of(const char *data, size_t pos)
{
	int line = 1;
	for (size_t i = 0; i < pos; i++)
		if (data[i] == '\n')
			line++;
	return line;
}

/* cJSON points at the value it could not parse; say "truncated" when the
 * rest of the file cannot complete it (the common case: a killed writer). */
static void syntax_error(struct diag_list *errors, const char *name, const char *data, size_t len, size_t pos)
{
	size_t rest = pos;
	while (rest < len && (data[rest] == ' ' || data[rest] == '\t' || data[rest] == '\n' || data[rest] == '\r'))
		rest++;
	int truncated = rest >= len;
	/* cJSON reports a broken string at its opening quote or just after it */
	size_t str = data[pos] == '"' ? pos + 1 : pos > 0 && data[pos - 1] == '"' ? pos : 0;
	if (!truncated && str) {
		truncated = 1;
		for (size_t i = str; i < len; i++) {
			if (data[i] == '\\')
				i++;
			else if (data[i] == '"' || data[i] == '\n') {
				truncated = 0;
				break;
			}
		}
	}
	if (truncated) {
		diag_add(errors, name, line_of(data, len), "invalid JSON: the file ends early (truncated report?)");
		return;
	}
	char near[24];
	size_t n = 0;
	for (size_t i = pos; i < len && n < 20 && data[i] != '\n' && data[i] != '\r'; i++)
		near[n++] = (unsigned char)data[i] < 0x20 ? ' ' : data[i];
	near[n] = '\0';
	diag_add(errors, name, line_of(data, pos), "invalid JSON near \"%s\"%s", near,
		 n ? "" : " (end of line)");
}

static void load_root(struct loader *ld, const cJSON *root, struct report *out)
{
	if (!cJSON_IsObject(root)) {
		fail(ld, NULL, "not a driso report: expected a JSON object, found %s", json_type_name(root));
		return;
	}
	char *tool = NULL;
	if (get_string(ld, root, "tool", REQUIRED, 0, &tool) == 0 && strcmp(tool, "driso"))
		fail(ld, "tool", "not a driso report (tool is \"%.40s\")", tool);
	free(tool);
	double schema;
	if (get_int_range(ld, root, "schema", REQUIRED, 1, INT_MAX, "a positive integer", 1, &schema) == 0 &&
	    schema > DRISO_REPORT_SCHEMA)
		fail(ld, "schema", "schema %d is newer than this driso reads (%d); upgrade driso",
		     (int)schema, DRISO_REPORT_SCHEMA);
	get_string(ld, root, "version", REQUIRED, 0, &out->version);
	get_string(ld, root, "root", OPTIONAL, 1, &out->root);
	const cJSON *summary = member(ld, root, "summary", OPTIONAL);
	if (summary) {
		size_t old = push_path(ld, "summary", -1);
		if (expect_object(ld, summary) == 0) {
			double n;
			get_int_range(ld, summary, "files_scanned", OPTIONAL, 0, 9007199254740992.0,
				      "a non-negative integer", 0, &n);
			out->n_files_scanned = (size_t)n;
		}
		pop_path(ld, old);
	}
	const cJSON *findings = get_array(ld, root, "findings", REQUIRED);
	long i = 0;
	const cJSON *o;
	cJSON_ArrayForEach(o, findings) {
		size_t old = push_path(ld, "findings", i++);
		load_finding(ld, o, &out->findings);
		pop_path(ld, old);
	}
	const cJSON *errors = get_array(ld, root, "errors", OPTIONAL);
	i = 0;
	cJSON_ArrayForEach(o, errors) {
		size_t old = push_path(ld, "errors", i++);
		load_error(ld, o, &out->errors);
		pop_path(ld, old);
	}
}

int report_load_json_buffer(const char *name, const char *data, size_t len,
			    struct report *out, struct diag_list *errors)
{
	report_init(out);
	struct loader ld = { .name = name, .errors = errors, .path = STRBUF_INIT };
	if (len == 0) {
		diag_add(errors, name, 1, "empty file: not a driso report");
		return -1;
	}
	const char *end = NULL;
	cJSON *root = cJSON_ParseWithLengthOpts(data, len, &end, 0);
	if (!root) {
		size_t pos = end && end >= data && end <= data + len ? (size_t)(end - data) : len;
		syntax_error(errors, name, data, len, pos);
		return -1;
	}
	load_root(&ld, root, out);
	cJSON_Delete(root);
	strbuf_release(&ld.path);
	if (ld.failed) {
		report_free(out);
		return -1;
	}
	return 0;
}

int report_load_json(const char *path, struct report *out, struct diag_list *errors)
{
	char *data;
	size_t len;
	report_init(out);
	if (read_file(path, &data, &len) != 0) {
		diag_add(errors, path, 1, "cannot read report: %s", strerror(errno));
		return -1;
	}
	int rc = report_load_json_buffer(path, data, len, out, errors);
	free(data);
	return rc;
}
