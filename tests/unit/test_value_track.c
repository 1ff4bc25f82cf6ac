/*
 * value_track: what string, UNICODE_STRING and key-handle expressions
 * evaluate to. Fixtures in tests/fixtures/rules/value_track call
 * SinkW/SinkU/SinkK(expr) with a `VALUE: ...` comment on the same line; the
 * test evaluates argument 0 of every Sink call and compares the rendering
 * ("KEY <origin> <path>" for handles, markers shown by vt_display).
 */
#include "test_rule_common.h"

#include "analyzer/value_track.h"

static const char *origin_name(enum vt_key_origin o)
{
	switch (o) {
	case KEY_PREDEFINED: return "predefined";
	case KEY_ABSOLUTE: return "absolute";
	case KEY_ISOLATED: return "isolated";
	case KEY_PARAMS: return "params";
	default: return "unknown";
	}
}

static char *render(const struct vt_value *v)
{
	char *t = vt_display(v->text);
	char *r;
	if (v->kind == VT_KEY)
		r = v->text ? xasprintf("KEY %s %s", origin_name(v->origin), t) : xasprintf("KEY %s", origin_name(v->origin));
	else if (v->kind == VT_STRING)
		r = xstrdup(t);
	else if (v->kind == VT_INT)
		r = xasprintf("%lld", v->ival);
	else
		r = xstrdup("(unknown)");
	free(t);
	return r;
}

/* Expected value on a line of the file (the text after VALUE: up to the comment end). */
static char *expected_at(const char *file, int line)
{
	char *data;
	size_t len;
	if (read_file(file, &data, &len))
		return NULL;
	int l = 1;
	char *p = data;
	while (*p && l < line)
		if (*p++ == '\n')
			l++;
	char *end = strchr(p, '\n');
	if (end)
		*end = '\0';
	char *v = strstr(p, "VALUE: ");
	char *r = NULL;
	if (v) {
		v += 7;
		char *close = strstr(v, " */");
		r = close ? xstrndup(v, (size_t)(close - v)) : xstrdup(v);
	}
	free(data);
	return r;
}

static int check_file(const char *name, int *n_checked)
{
	char *path = xasprintf("%svalue_track/%s", RULE_FIX, name);
	struct rt_env env;
	rt_read_header(path, &env);
	struct tu_config cfg = rt_cfg(path, &env);
	struct frontend *fe = frontend_new();
	struct diag_list d = { 0 };
	struct tu_facts *t = frontend_parse(fe, &cfg, &d);
	int failed = 0;
	if (t->n_errors) {
		fprintf(stderr, "%s: %d parse errors\n", name, t->n_errors);
		failed++;
	}
	struct tu_facts *tus[1] = { t };
	struct vt_ctx *c = vt_new(tus, 1);
	for (size_t i = 0; i < t->n_calls; i++) {
		const struct fcall *call = &t->calls[i];
		if (!call->callee || strncmp(call->callee, "Sink", 4) || !call->expr->n_kids)
			continue;
		struct vt_value *v = vt_eval(c, 0, call->func, call->order, call->expr->kids[0]);
		char *got = render(v);
		char *want = expected_at(path, call->expr->loc.line);
		(*n_checked)++;
		if (!want || strcmp(got, want)) {
			fprintf(stderr, "%s:%d: got \"%s\", expected \"%s\"\n", name, call->expr->loc.line, got,
				want ? want : "(no VALUE comment)");
			for (size_t s = 0; s < v->n_steps; s++)
				fprintf(stderr, "    %d: %s\n", v->steps[s].line, v->steps[s].msg);
			failed++;
		}
		free(got);
		free(want);
		vt_value_free(v);
	}
	vt_free(c);
	tu_facts_free(t);
	diag_list_free(&d);
	frontend_free(fe);
	rt_free_cfg(&cfg);
	free(path);
	return failed;
}

TEST(kernel_strings_and_keys)
{
	int n = 0;
	CHECK_INT(check_file("kernel.c", &n), 0);
	CHECK(n >= 27);
}

TEST(kmdf_strings_and_keys)
{
	int n = 0;
	CHECK_INT(check_file("kmdf.c", &n), 0);
	CHECK(n >= 7);
}

TEST(user_mode_paths_and_keys)
{
	int n = 0;
	CHECK_INT(check_file("user.c", &n), 0);
	CHECK(n >= 5);
}

TEST(markers_and_prefixes)
{
	char *d = vt_display("\\Registry\\" VT_WILD_S "\\" VT_SERVICE_S VT_ISOLATED_S);
	CHECK_STR(d, "\\Registry\\*\\<service><isolated-dir>");
	free(d);
	char *p = vt_known_prefix("\\Device\\Port" VT_WILD_S "x");
	CHECK_STR(p, "\\Device\\Port");
	free(p);
	CHECK(vt_fully_known("abc"));
	CHECK(!vt_fully_known("a" VT_WILD_S));
	CHECK(vt_key_access_writes(0x20006));      /* KEY_WRITE */
	CHECK(!vt_key_access_writes(0x20019));     /* KEY_READ */
	CHECK(!vt_key_access_writes(0x40000));     /* WRITE_DAC: no data write */
	CHECK(vt_key_access_writes(0xF003F));      /* KEY_ALL_ACCESS */
}

int main(void)
{
	RUN(kernel_strings_and_keys);
	RUN(kmdf_strings_and_keys);
	RUN(user_mode_paths_and_keys);
	RUN(markers_and_prefixes);
	return HARNESS_DONE();
}
