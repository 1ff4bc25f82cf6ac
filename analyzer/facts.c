#include "analyzer/facts.h"

#include "core/util.h"

#include <cjson/cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

const char *facts_intern_file(struct tu_facts *t, const char *file)
{
	if (!file)
		return NULL;
	/* Few distinct files per TU (main file + project headers): a scan from
	 * the most recent is cheaper than a hash table and keeps order stable. */
	for (size_t i = t->n_files; i-- > 0;)
		if (!strcmp(t->files[i], file))
			return t->files[i];
	ALLOC_GROW(t->files, t->n_files + 1, t->alloc_files);
	t->files[t->n_files] = xstrdup(file);
	return t->files[t->n_files++];
}

struct fexpr *fexpr_new(enum fexpr_kind kind)
{
	struct fexpr *e = xcalloc(1, sizeof(*e));
	e->kind = kind;
	e->var = -1;
	e->func_ref = -1;
	return e;
}

void fexpr_add_kid(struct fexpr *e, struct fexpr *kid)
{
	if (!kid)
		return;
	e->kids = xrealloc(e->kids, (e->n_kids + 1) * sizeof(*e->kids));
	e->kids[e->n_kids++] = kid;
}

void fexpr_free(struct fexpr *e)
{
	if (!e)
		return;
	for (size_t i = 0; i < e->n_kids; i++)
		fexpr_free(e->kids[i]);
	free(e->kids);
	free(e->text);
	free(e->field);
	free(e->macro);
	free(e->spelling);
	free(e);
}

struct fexpr *fexpr_clone(const struct fexpr *e)
{
	if (!e)
		return NULL;
	struct fexpr *r = fexpr_new(e->kind);
	r->loc = e->loc;
	r->end = e->end;
	r->text = e->text ? xstrdup(e->text) : NULL;
	r->field = e->field ? xstrdup(e->field) : NULL;
	r->wide = e->wide;
	r->has_int = e->has_int;
	r->ival = e->ival;
	r->arrow = e->arrow;
	r->var = e->var;
	r->func_ref = e->func_ref;
	r->macro = e->macro ? xstrdup(e->macro) : NULL;
	r->macro_loc = e->macro_loc;
	r->spelling = e->spelling ? xstrdup(e->spelling) : NULL;
	for (size_t i = 0; i < e->n_kids; i++)
		fexpr_add_kid(r, fexpr_clone(e->kids[i]));
	return r;
}

const struct fexpr *fexpr_strip(const struct fexpr *e)
{
	while (e && (e->kind == FX_CAST || e->kind == FX_ADDROF || e->kind == FX_DEREF) && e->n_kids > 0)
		e = e->kids[0];
	return e;
}

void tu_facts_free(struct tu_facts *t)
{
	if (!t)
		return;
	for (size_t i = 0; i < t->n_funcs; i++)
		free(t->funcs[i].name);
	free(t->funcs);
	for (size_t i = 0; i < t->n_vars; i++) {
		free(t->vars[i].name);
		free(t->vars[i].type);
		fexpr_free(t->vars[i].init);
	}
	free(t->vars);
	for (size_t i = 0; i < t->n_calls; i++) {
		fexpr_free(t->calls[i].expr);
		free(t->calls[i].callee_macro);
	}
	free(t->calls);
	for (size_t i = 0; i < t->n_assigns; i++) {
		free(t->assigns[i].op);
		fexpr_free(t->assigns[i].lhs);
		fexpr_free(t->assigns[i].rhs);
	}
	free(t->assigns);
	for (size_t i = 0; i < t->n_diags; i++)
		free(t->diags[i].message);
	free(t->diags);
	for (size_t i = 0; i < t->n_includes; i++)
		free(t->includes[i]);
	free(t->includes);
	for (size_t i = 0; i < t->n_files; i++)
		free(t->files[i]);
	free(t->files);
	free(t->main_file);
	free(t->configuration);
	free(t);
}

/* ---- JSON dump: keys in a fixed order, absent/default fields omitted so
 * golden files stay small and do not churn when fields are added. ---- */

static const char *const fexpr_kind_names[] = {
	[FX_OTHER] = "other",   [FX_STRING] = "string",       [FX_INT] = "int",
	[FX_NAME] = "name",     [FX_CALL] = "call",           [FX_MEMBER] = "member",
	[FX_ADDROF] = "addrof", [FX_DEREF] = "deref",         [FX_UNARY] = "unary",
	[FX_BINARY] = "binary", [FX_COND] = "cond",           [FX_INITLIST] = "initlist",
	[FX_SUBSCRIPT] = "subscript", [FX_CAST] = "cast",     [FX_SIZEOF] = "sizeof",
};

static const char *const ffunc_kind_names[] = {
	[FN_HELPER] = "helper",           [FN_DRIVER_ENTRY] = "DriverEntry",
	[FN_ADD_DEVICE] = "AddDevice",    [FN_DISPATCH] = "dispatch",
	[FN_WDF_CALLBACK] = "WdfCallback", [FN_UNLOAD] = "unload",
	[FN_DLL_MAIN] = "DllMain",        [FN_SERVICE_MAIN] = "ServiceMain",
	[FN_MAIN] = "main",
};

const char *ffunc_kind_name(enum ffunc_kind k)
{
	if ((size_t)k < sizeof(ffunc_kind_names) / sizeof(ffunc_kind_names[0]) && ffunc_kind_names[k])
		return ffunc_kind_names[k];
	return "?";
}

const char *fexpr_kind_name(enum fexpr_kind k)
{
	if ((size_t)k < sizeof(fexpr_kind_names) / sizeof(fexpr_kind_names[0]) && fexpr_kind_names[k])
		return fexpr_kind_names[k];
	return "?";
}

static void add_str(cJSON *o, const char *key, const char *v)
{
	if (v)
		cJSON_AddStringToObject(o, key, v);
}

static cJSON *loc_json(struct fact_loc l)
{
	char buf[64];
	snprintf(buf, sizeof(buf), "%d:%d", l.line, l.col);
	return cJSON_CreateString(buf);
}

static void add_loc(cJSON *o, const char *key, struct fact_loc l)
{
	if (l.line > 0)
		cJSON_AddItemToObject(o, key, loc_json(l));
}

static cJSON *fexpr_json(const struct fexpr *e)
{
	cJSON *o = cJSON_CreateObject();
	if (!e)
		return o;
	cJSON_AddStringToObject(o, "k", fexpr_kind_name(e->kind));
	add_loc(o, "at", e->loc);
	add_str(o, "text", e->text);
	add_str(o, "field", e->field);
	if (e->wide)
		cJSON_AddTrueToObject(o, "wide");
	if (e->has_int)
		cJSON_AddNumberToObject(o, "int", (double)e->ival);
	if (e->arrow)
		cJSON_AddTrueToObject(o, "arrow");
	if (e->var >= 0)
		cJSON_AddNumberToObject(o, "var", e->var);
	if (e->func_ref >= 0)
		cJSON_AddNumberToObject(o, "func", e->func_ref);
	if (e->macro) {
		char buf[64];
		cJSON_AddStringToObject(o, "macro", e->macro);
		snprintf(buf, sizeof(buf), "%s:%d", e->macro_loc.file ? path_basename(e->macro_loc.file) : "?",
			 e->macro_loc.line);
		cJSON_AddStringToObject(o, "macro_at", buf);
	}
	if (e->n_kids) {
		cJSON *kids = cJSON_AddArrayToObject(o, "kids");
		for (size_t i = 0; i < e->n_kids; i++)
			cJSON_AddItemToArray(kids, fexpr_json(e->kids[i]));
	}
	return o;
}

/* Locations outside the main file carry the header's base name, so goldens
 * do not depend on where the checkout lives. */
static cJSON *file_loc_json(const struct tu_facts *t, struct fact_loc l)
{
	char buf[300];
	if (!l.file || (t->main_file && !strcmp(l.file, t->main_file)))
		return loc_json(l);
	snprintf(buf, sizeof(buf), "%s:%d:%d", path_basename(l.file), l.line, l.col);
	return cJSON_CreateString(buf);
}

char *tu_facts_json(const struct tu_facts *t)
{
	cJSON *root = cJSON_CreateObject();
	char *out;

	cJSON_AddStringToObject(root, "file", t->main_file ? path_basename(t->main_file) : "");
	add_str(root, "configuration", t->configuration);
	if (t->parse_failed)
		cJSON_AddTrueToObject(root, "parse_failed");
	cJSON_AddNumberToObject(root, "errors", t->n_errors);

	cJSON *inc = cJSON_AddArrayToObject(root, "includes");
	for (size_t i = 0; i < t->n_includes; i++)
		cJSON_AddItemToArray(inc, cJSON_CreateString(t->includes[i]));

	cJSON *funcs = cJSON_AddArrayToObject(root, "funcs");
	for (size_t i = 0; i < t->n_funcs; i++) {
		const struct ffunc *f = &t->funcs[i];
		cJSON *o = cJSON_CreateObject();
		cJSON_AddNumberToObject(o, "id", (double)i);
		cJSON_AddStringToObject(o, "name", f->name);
		cJSON_AddStringToObject(o, "kind", ffunc_kind_name(f->kind));
		cJSON_AddItemToObject(o, "at", file_loc_json(t, f->loc));
		if (f->has_body)
			cJSON_AddTrueToObject(o, "body");
		if (f->is_static)
			cJSON_AddTrueToObject(o, "static");
		cJSON_AddNumberToObject(o, "params", f->n_params);
		if (f->n_params)
			cJSON_AddNumberToObject(o, "first_param", f->first_param_var);
		if (f->error_nodes)
			cJSON_AddNumberToObject(o, "error_nodes", f->error_nodes);
		cJSON_AddNumberToObject(o, "calls", f->n_calls);
		cJSON_AddNumberToObject(o, "resolved", f->n_calls_resolved);
		cJSON_AddItemToArray(funcs, o);
	}

	cJSON *vars = cJSON_AddArrayToObject(root, "vars");
	for (size_t i = 0; i < t->n_vars; i++) {
		const struct fvar *v = &t->vars[i];
		cJSON *o = cJSON_CreateObject();
		cJSON_AddNumberToObject(o, "id", (double)i);
		cJSON_AddStringToObject(o, "name", v->name);
		add_str(o, "type", v->type);
		cJSON_AddItemToObject(o, "at", file_loc_json(t, v->loc));
		cJSON_AddNumberToObject(o, "func", v->func);
		if (v->is_param)
			cJSON_AddNumberToObject(o, "param", v->param_index);
		if (v->is_const)
			cJSON_AddTrueToObject(o, "const");
		if (v->is_static)
			cJSON_AddTrueToObject(o, "static");
		if (v->is_array)
			cJSON_AddTrueToObject(o, "array");
		if (v->is_pointer)
			cJSON_AddTrueToObject(o, "pointer");
		if (v->init)
			cJSON_AddItemToObject(o, "init", fexpr_json(v->init));
		cJSON_AddItemToArray(vars, o);
	}

	cJSON *calls = cJSON_AddArrayToObject(root, "calls");
	for (size_t i = 0; i < t->n_calls; i++) {
		const struct fcall *c = &t->calls[i];
		cJSON *o = cJSON_CreateObject();
		cJSON_AddNumberToObject(o, "order", c->order);
		cJSON_AddNumberToObject(o, "func", c->func);
		cJSON_AddStringToObject(o, "callee", c->callee ? c->callee : "");
		if (!c->callee_declared)
			cJSON_AddFalseToObject(o, "declared");
		add_str(o, "callee_macro", c->callee_macro);
		if (c->in_condition)
			cJSON_AddTrueToObject(o, "in_condition");
		if (c->recovered)
			cJSON_AddTrueToObject(o, "recovered");
		cJSON_AddItemToObject(o, "expr", fexpr_json(c->expr));
		cJSON_AddItemToArray(calls, o);
	}

	cJSON *assigns = cJSON_AddArrayToObject(root, "assigns");
	for (size_t i = 0; i < t->n_assigns; i++) {
		const struct fassign *a = &t->assigns[i];
		cJSON *o = cJSON_CreateObject();
		cJSON_AddNumberToObject(o, "order", a->order);
		cJSON_AddNumberToObject(o, "func", a->func);
		cJSON_AddItemToObject(o, "at", file_loc_json(t, a->loc));
		cJSON_AddStringToObject(o, "op", a->op ? a->op : "=");
		cJSON_AddItemToObject(o, "lhs", fexpr_json(a->lhs));
		cJSON_AddItemToObject(o, "rhs", fexpr_json(a->rhs));
		cJSON_AddItemToArray(assigns, o);
	}

	cJSON *diags = cJSON_AddArrayToObject(root, "diags");
	for (size_t i = 0; i < t->n_diags; i++) {
		const struct fdiag *d = &t->diags[i];
		cJSON *o = cJSON_CreateObject();
		cJSON_AddItemToObject(o, "at", file_loc_json(t, d->loc));
		cJSON_AddNumberToObject(o, "severity", d->severity);
		cJSON_AddStringToObject(o, "message", d->message ? d->message : "");
		cJSON_AddItemToArray(diags, o);
	}

	out = cJSON_Print(root);
	cJSON_Delete(root);
	return out;
}
