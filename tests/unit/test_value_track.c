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
	CHECK(n >= 28);
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

static struct fexpr *name_expr(const char *n, int var)
{
	struct fexpr *e = fexpr_new(FX_NAME);
	e->text = xstrdup(n);
	e->var = var;
	return e;
}

/* Hand-built facts a front end might produce for broken code: cycles
 * (x = y; y = x), out-of-range indices, calls without arguments, a key open
 * whose handle is defined by itself. Evaluation must end with "unknown". */
TEST(broken_facts_never_crash)
{
	struct tu_facts *t = xcalloc(1, sizeof(*t));
	t->main_file = xstrdup("/tmp/broken.c");
	const char *file = facts_intern_file(t, "/tmp/broken.c");
	t->funcs = xcalloc(1, sizeof(*t->funcs));
	t->n_funcs = t->alloc_funcs = 1;
	t->funcs[0].name = xstrdup("f");
	t->funcs[0].has_body = true;
	t->funcs[0].n_params = 1;
	t->funcs[0].first_param_var = 2;
	t->vars = xcalloc(3, sizeof(*t->vars));
	t->n_vars = t->alloc_vars = 3;
	t->vars[0].name = xstrdup("x");
	t->vars[1].name = xstrdup("y");
	t->vars[2].name = xstrdup("h");
	t->vars[2].is_param = true;
	t->vars[2].param_index = 0;
	t->assigns = xcalloc(2, sizeof(*t->assigns));
	t->n_assigns = t->alloc_assigns = 2;
	t->assigns[0] = (struct fassign){ 0, 1, { file, 2, 1 }, xstrdup("="), name_expr("x", 0), name_expr("y", 1) };
	t->assigns[1] = (struct fassign){ 0, 2, { file, 3, 1 }, xstrdup("="), name_expr("y", 1), name_expr("x", 0) };
	t->calls = xcalloc(4, sizeof(*t->calls));
	t->n_calls = t->alloc_calls = 4;
	/* ZwOpenKey(&h, ..) with too few arguments, inside f(h) called as f(h) */
	struct fexpr *open = fexpr_new(FX_CALL);
	open->text = xstrdup("ZwOpenKey");
	struct fexpr *addr = fexpr_new(FX_ADDROF);
	fexpr_add_kid(addr, name_expr("h", 2));
	fexpr_add_kid(open, addr);
	t->calls[0] = (struct fcall){ .func = 0, .order = 3, .expr = open, .callee = open->text };
	struct fexpr *self = fexpr_new(FX_CALL);
	self->text = xstrdup("f");
	fexpr_add_kid(self, name_expr("h", 2));
	t->calls[1] = (struct fcall){ .func = 0, .order = 4, .expr = self, .callee = self->text };
	struct fexpr *empty = fexpr_new(FX_CALL);
	empty->text = xstrdup("RtlInitUnicodeString");
	t->calls[2] = (struct fcall){ .func = 0, .order = 5, .expr = empty, .callee = empty->text };
	struct fexpr *bad = fexpr_new(FX_CALL);
	bad->text = xstrdup("SinkW");
	fexpr_add_kid(bad, name_expr("ghost", 99));
	t->calls[3] = (struct fcall){ .func = 0, .order = 6, .expr = bad, .callee = bad->text };

	struct tu_facts *tus[1] = { t };
	struct vt_ctx *c = vt_new(tus, 1);
	struct vt_value *v = vt_eval(c, 0, 0, 10, t->assigns[0].lhs);
	CHECK_INT(v->kind, VT_UNKNOWN);
	vt_value_free(v);
	v = vt_eval(c, 0, 0, 10, bad->kids[0]);
	CHECK_INT(v->kind, VT_UNKNOWN);
	vt_value_free(v);
	v = vt_eval_keyopen(c, 0, &t->calls[0]);
	CHECK(v != NULL);
	CHECK(v->kind == VT_KEY && v->origin == KEY_UNKNOWN);
	vt_value_free(v);
	CHECK(vt_eval_keyopen(c, 0, &t->calls[3]) == NULL);

	/* the rules accept it too */
	struct finding_list l = { 0 };
	struct scan_options opts = { .root = "/tmp" };
	source_rules_run(tus, NULL, 1, &opts, &l);
	CHECK_INT(l.n, 0);
	finding_list_free(&l);
	vt_free(c);
	tu_facts_free(t);
}

int main(void)
{
	RUN(kernel_strings_and_keys);
	RUN(kmdf_strings_and_keys);
	RUN(user_mode_paths_and_keys);
	RUN(markers_and_prefixes);
	RUN(broken_facts_never_crash);
	return HARNESS_DONE();
}
