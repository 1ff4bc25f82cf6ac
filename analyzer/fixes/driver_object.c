/*
 * driver_object: which DRIVER_OBJECT a rewritten call can pass to
 * IoOpenDriverRegistryKey / IoGetDriverDirectory, in order of preference:
 *
 *  1. a PDRIVER_OBJECT parameter of the enclosing function;
 *  2. KMDF: WdfDriverWdmGetDriverObject(WdfGetDriver());
 *  3. a dispatch routine's own device object: DeviceObject->DriverObject;
 *  4. a PDRIVER_OBJECT global visible in the TU that some TU of the driver
 *     assigns (e.g. g_DriverObject = DriverObject in DriverEntry);
 *  5. otherwise, when the driver's DriverEntry is in the same group, save it:
 *     a global next to DriverEntry, an extern in the sink's file, and
 *     "g_DriverObject = DriverObject;" after DriverEntry's declarations. These
 *     edits are the same text at the same place for every finding that needs
 *     them, so the edit set merges them.
 * Anything else is refused with a reason (no guessed expression is written).
 */
#include "analyzer/fixes/fix_internal.h"

#include "core/util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NPOS ((size_t)-1)

static bool is_driver_object_ptr(const struct fvar *v)
{
	if (!v->type || v->is_array)
		return false;
	const char *t = v->type;
	while (!strncmp(t, "const ", 6) || !strncmp(t, "struct ", 7))
		t += t[0] == 'c' ? 6 : 7;
	return !strcmp(t, "PDRIVER_OBJECT") || !strcmp(t, "DRIVER_OBJECT *") || !strcmp(t, "_DRIVER_OBJECT *") ||
	       !strcmp(t, "PDRIVER_OBJECT const");
}

static bool is_device_object_ptr(const struct fvar *v)
{
	return v->type && !v->is_array && (!strcmp(v->type, "PDEVICE_OBJECT") || !strcmp(v->type, "DEVICE_OBJECT *") ||
					   !strcmp(v->type, "struct _DEVICE_OBJECT *"));
}

static bool assigned_in_group(const struct fx_ctx *c, const char *name)
{
	for (size_t i = 0; i < c->n; i++) {
		const struct tu_facts *tf = c->tus[i];
		for (size_t k = 0; tf && k < tf->n_assigns; k++) {
			const struct fassign *a = &tf->assigns[k];
			if (a->lhs && a->lhs->kind == FX_NAME && a->lhs->text && !strcmp(a->lhs->text, name) &&
			    a->op && !strcmp(a->op, "="))
				return true;
		}
	}
	return false;
}

/* Offset after the last #include line outside any #if block; NPOS when none. */
static size_t after_last_include(const struct fx_text *t)
{
	const char *s = t->t->utf8;
	int depth = 0;
	size_t best = NPOS;
	for (size_t ln = 0; ln < t->t->n_lines; ln++) {
		size_t o = t->t->line_starts[ln];
		if (o >= t->t->len || t->mask[o] != 'p')
			continue;
		size_t k = o + 1;
		while (k < t->t->len && (s[k] == ' ' || s[k] == '\t'))
			k++;
		if (!strncmp(s + k, "if", 2))
			depth++;
		else if (!strncmp(s + k, "endif", 5))
			depth--;
		else if (!strncmp(s + k, "include", 7) && depth == 0) {
			size_t e = o;
			while (e < t->t->len && t->mask[e] == 'p')
				e++;
			best = fx_line_next(t, e);
		}
	}
	return best;
}

/* Where a statement can go first in a function body: after the leading
 * declarations (the line after the last one), else after the '{' line. The
 * indentation of the body's first line is stored in indent. */
static size_t body_insertion_point(const struct fx_ctx *c, size_t tu, int fi, const struct fx_text *t, char *indent,
				   size_t isize)
{
	const struct tu_facts *tf = c->tus[tu];
	const struct ffunc *fn = &tf->funcs[fi];
	size_t off = fx_offset(t, fn->loc.line, fn->loc.col);
	if (off == NPOS)
		return NPOS;
	const char *s = t->t->utf8;
	size_t lp = NPOS;
	for (size_t i = off; i < t->t->len; i++)
		if (fx_is_code(t, i) && s[i] == '(') {
			lp = i;
			break;
		}
	size_t rp = lp == NPOS ? NPOS : fx_match(t, lp);
	if (rp == NPOS)
		return NPOS;
	size_t lb = NPOS;
	for (size_t i = rp + 1; i < t->t->len; i++)
		if (fx_is_code(t, i) && (s[i] == '{' || s[i] == ';')) {
			lb = s[i] == '{' ? i : NPOS;
			break;
		}
	if (lb == NPOS)
		return NPOS;
	size_t rb = fx_match(t, lb);
	if (rb == NPOS)
		return NPOS;
	size_t point = fx_line_next(t, lb);
	size_t i = fx_next_code(t, lb + 1);
	while (i != NPOS && i < rb) {
		/* statement end: ';' at depth 0 */
		size_t e = NPOS;
		for (size_t k = i; k < rb; k++) {
			if (!fx_is_code(t, k))
				continue;
			if (s[k] == '(' || s[k] == '[' || s[k] == '{') {
				size_t m = fx_match(t, k);
				if (m == NPOS)
					return NPOS;
				k = m;
				continue;
			}
			if (s[k] == ';') {
				e = k;
				break;
			}
		}
		if (e == NPOS)
			break;
		bool decl = false;
		for (size_t v = 0; v < tf->n_vars && !decl; v++) {
			const struct fvar *var = &tf->vars[v];
			if (var->func != fi || var->is_param || !var->loc.file || strcmp(var->loc.file, t->path))
				continue;
			size_t vo = fx_offset(t, var->loc.line, var->loc.col);
			if (vo != NPOS && vo >= i && vo < e) {
				decl = true;
				/* an initializer that calls something runs before our statement */
				if (var->init && fexpr_strip(var->init) && fexpr_strip(var->init)->kind == FX_CALL)
					return NPOS;
			}
		}
		if (!decl)
			break;
		point = fx_line_next(t, e);
		i = fx_next_code(t, e + 1);
	}
	size_t first = fx_next_code(t, point);
	if (first == NPOS || first > rb)
		return NPOS;
	size_t ls = fx_line_start(t, first);
	if (ls != point && fx_line_start(t, point) != point)
		return NPOS;
	size_t k = ls;
	while (k < first && (s[k] == ' ' || s[k] == '\t'))
		k++;
	if (k - ls >= isize)
		return NPOS;
	memcpy(indent, s + ls, k - ls);
	indent[k - ls] = 0;
	if (!indent[0])
		snprintf(indent, isize, "    ");
	return point;
}

static bool name_used_anywhere(const struct fx_ctx *c, const char *name)
{
	for (size_t i = 0; i < c->n; i++) {
		const struct tu_facts *tf = c->tus[i];
		for (size_t v = 0; tf && v < tf->n_vars; v++)
			if (!strcmp(tf->vars[v].name, name))
				return true;
		for (size_t f = 0; tf && f < tf->n_funcs; f++)
			if (!strcmp(tf->funcs[f].name, name))
				return true;
	}
	return false;
}

static bool save_in_driver_entry(struct fx_ctx *c, const struct fx_site *s, struct fx_plan *p, char *expr, size_t size)
{
	size_t de_tu = 0;
	int de = -1;
	for (size_t i = 0; i < c->n && de < 0; i++) {
		const struct tu_facts *tf = c->tus[i];
		for (size_t f = 0; tf && f < tf->n_funcs; f++)
			if (tf->funcs[f].kind == FN_DRIVER_ENTRY && tf->funcs[f].has_body && tf->funcs[f].n_params >= 1) {
				de_tu = i;
				de = (int)f;
				break;
			}
	}
	if (de < 0)
		return fx_refuse(p, "no DRIVER_OBJECT in scope of %s and no DriverEntry in this project to save one from",
				 c->tus[s->tu]->funcs[s->func].name);
	const struct tu_facts *dtf = c->tus[de_tu];
	const struct ffunc *fn = &dtf->funcs[de];
	const struct fvar *param = &dtf->vars[fn->first_param_var];
	if (!is_driver_object_ptr(param))
		return fx_refuse(p, "DriverEntry's first parameter is not a PDRIVER_OBJECT");
	const char *gname = "g_DriverObject";
	if (name_used_anywhere(c, gname))
		return fx_refuse(p, "no DRIVER_OBJECT in scope of %s and the name %s is taken",
				 c->tus[s->tu]->funcs[s->func].name, gname);
	struct fx_text *dt = fx_text_get(c, dtf->main_file);
	struct fx_text *st = fx_text_get(c, c->tus[s->tu]->main_file);
	if (!dt || !st || !fn->loc.file || strcmp(fn->loc.file, dtf->main_file))
		return fx_refuse(p, "cannot read the file that defines DriverEntry");
	size_t dinc = after_last_include(dt), sinc = after_last_include(st);
	if (dinc == NPOS || sinc == NPOS)
		return fx_refuse(p, "no #include line to place a saved DRIVER_OBJECT after");
	char indent[64];
	size_t point = body_insertion_point(c, de_tu, de, dt, indent, sizeof(indent));
	if (point == NPOS)
		return fx_refuse(p, "cannot find where DriverEntry's statements begin to save the DRIVER_OBJECT");
	fx_plan_add(p, dt, dinc, dinc,
		    "\n/* Saved by DriverEntry: IoOpenDriverRegistryKey and IoGetDriverDirectory take it. */\n"
		    "PDRIVER_OBJECT g_DriverObject;\n");
	if (st != dt)
		fx_plan_add(p, st, sinc, sinc, "\nextern PDRIVER_OBJECT g_DriverObject;\n");
	char *line = xasprintf("%sg_DriverObject = %s;\n", indent, param->name);
	fx_plan_add(p, dt, point, point, line);
	free(line);
	snprintf(expr, size, "%s", gname);
	return true;
}

/* KMDF: WdfGetDriver() is NULL until DriverEntry's WdfDriverCreate; a helper
 * DriverEntry calls before that (or in a DriverEntry without one) cannot use it. */
static bool runs_before_wdf_driver(const struct fx_ctx *c, const char *func)
{
	for (size_t i = 0; i < c->n; i++) {
		const struct tu_facts *tf = c->tus[i];
		for (size_t k = 0; tf && k < tf->n_calls; k++) {
			const struct fcall *call = &tf->calls[k];
			if (call->func < 0 || tf->funcs[call->func].kind != FN_DRIVER_ENTRY || strcmp(call->callee, func))
				continue;
			int create = -1;
			for (size_t j = 0; j < tf->n_calls; j++)
				if (tf->calls[j].func == call->func && !strcmp(tf->calls[j].callee, "WdfDriverCreate"))
					create = tf->calls[j].order;
			if (create < 0 || call->order < create)
				return true;
		}
	}
	return false;
}

bool fx_driver_object(struct fx_ctx *c, const struct fx_site *s, struct fx_plan *p, char *expr, size_t size)
{
	const struct tu_facts *tf = c->tus[s->tu];
	if (s->func < 0 || (size_t)s->func >= tf->n_funcs)
		return fx_refuse(p, "the call is outside a function");
	const struct ffunc *fn = &tf->funcs[s->func];
	for (int i = 0; i < fn->n_params; i++) {
		const struct fvar *v = &tf->vars[fn->first_param_var + i];
		if (is_driver_object_ptr(v)) {
			snprintf(expr, size, "%s", v->name);
			return true;
		}
	}
	if (fx_model(c, s->tu) == MODEL_KMDF && !runs_before_wdf_driver(c, fn->name)) {
		snprintf(expr, size, "WdfDriverWdmGetDriverObject(WdfGetDriver())");
		return true;
	}
	if (fn->kind == FN_DISPATCH && fn->n_params >= 1 && is_device_object_ptr(&tf->vars[fn->first_param_var])) {
		snprintf(expr, size, "%s->DriverObject", tf->vars[fn->first_param_var].name);
		return true;
	}
	for (size_t v = 0; v < tf->n_vars; v++) {
		const struct fvar *var = &tf->vars[v];
		if (var->func == -1 && is_driver_object_ptr(var) && assigned_in_group(c, var->name)) {
			snprintf(expr, size, "%s", var->name);
			return true;
		}
	}
	if (fx_model(c, s->tu) == MODEL_KMDF)
		return fx_refuse(p, "%s runs from DriverEntry before WdfDriverCreate (WdfGetDriver() is NULL there) and "
				    "has no DRIVER_OBJECT parameter to pass", fn->name);
	if (fx_model(c, s->tu) != MODEL_WDM && fx_model(c, s->tu) != MODEL_UNKNOWN)
		return fx_refuse(p, "no DRIVER_OBJECT in scope of %s", fn->name);
	return save_in_driver_entry(c, s, p, expr, size);
}
