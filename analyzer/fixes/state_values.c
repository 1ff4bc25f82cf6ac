/*
 * state_values: may runtime writes move from Parameters to the
 * persistent-state key without breaking the driver?
 *
 * Only when every value the function writes through the handle has a
 * constant name and no other function of the program mentions that name:
 * a reader elsewhere (WdfRegistryQueryULong on the Parameters key, a query
 * table entry, ZwQueryValueKey) would keep reading Parameters and never see
 * the values again. Any other mention of the name (even a trace message)
 * counts as a possible reader: the check errs on the side of no edit.
 */
#include "analyzer/fixes/fix_internal.h"

#include "core/util.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>

struct name_arg {
	const char *callee;   /* prefix when ends with '*' */
	int arg;
};

static const struct name_arg write_names[] = {
	{ "ZwSetValueKey", 1 },    { "NtSetValueKey", 1 },     { "ZwDeleteValueKey", 1 }, { "NtDeleteValueKey", 1 },
	{ "WdfRegistryAssign*", 1 }, { "WdfRegistryRemoveValue", 1 }, { "RegSetValueExW", 1 }, { "RegSetValueExA", 1 },
	{ "RegDeleteValueW", 1 },  { "RegDeleteValueA", 1 },   { "RegSetKeyValueW", 2 },  { "RegSetKeyValueA", 2 },
};

static int name_arg_of(const char *callee)
{
	for (size_t i = 0; i < sizeof(write_names) / sizeof(*write_names); i++) {
		const char *n = write_names[i].callee;
		size_t len = strlen(n);
		if (n[len - 1] == '*' ? !strncmp(callee, n, len - 1) : !strcmp(callee, n))
			return write_names[i].arg;
	}
	return -1;
}

/* The literal inside an initializer, following a named buffer once
 * (DECLARE_CONST_UNICODE_STRING declares name_buffer[] = L"..." first). */
static const struct fexpr *first_string(const struct tu_facts *tf, const struct fexpr *e, int depth)
{
	if (!e || depth > 2)
		return NULL;
	if (e->kind == FX_STRING)
		return e;
	if (e->kind == FX_NAME && e->var >= 0 && (size_t)e->var < tf->n_vars && tf->vars[e->var].init)
		return first_string(tf, tf->vars[e->var].init, depth + 1);
	for (size_t i = 0; i < e->n_kids; i++) {
		const struct fexpr *s = first_string(tf, e->kids[i], depth);
		if (s)
			return s;
	}
	return NULL;
}

/* The constant a value-name argument spells, or NULL. */
static const char *value_name(const struct tu_facts *tf, int func, const struct fexpr *arg)
{
	const struct fexpr *e = fexpr_strip(arg);
	if (!e)
		return NULL;
	if (e->kind == FX_STRING)
		return e->text;
	if (arg->kind == FX_ADDROF && arg->n_kids == 1)
		e = fexpr_strip(arg->kids[0]);
	if (!e || e->kind != FX_NAME || e->var < 0)
		return NULL;
	const struct fvar *v = &tf->vars[e->var];
	if (v->func != func)
		return NULL;
	if (v->init) {
		/* RTL_CONSTANT_STRING / DECLARE_CONST_UNICODE_STRING: a brace list around the literal */
		const struct fexpr *s = first_string(tf, v->init, 0);
		return s ? s->text : NULL;
	}
	const char *found = NULL;
	for (size_t k = 0; k < tf->n_calls; k++) {
		const struct fcall *call = &tf->calls[k];
		if (call->func != func || strcmp(call->callee, "RtlInitUnicodeString") || !call->expr ||
		    call->expr->n_kids != 2)
			continue;
		const struct fexpr *d = call->expr->kids[0];
		d = d->kind == FX_ADDROF && d->n_kids == 1 ? fexpr_strip(d->kids[0]) : NULL;
		if (!d || d->kind != FX_NAME || d->var != e->var)
			continue;
		const struct fexpr *s = fexpr_strip(call->expr->kids[1]);
		if (found || !s || s->kind != FX_STRING)
			return NULL;
		found = s->text;
	}
	for (size_t a = 0; a < tf->n_assigns; a++) {
		const struct fassign *as = &tf->assigns[a];
		const struct fexpr *l = as->lhs;
		while (l && l->kind == FX_MEMBER && l->n_kids == 1)
			l = fexpr_strip(l->kids[0]);
		if (as->func == func && l && l->kind == FX_NAME && l->var == e->var)
			return NULL;
	}
	return found;
}

static bool mentions_string(const struct fexpr *e, const char *name)
{
	if (!e)
		return false;
	if (e->kind == FX_STRING && e->text && !strcasecmp(e->text, name))
		return true;
	for (size_t i = 0; i < e->n_kids; i++)
		if (mentions_string(e->kids[i], name))
			return true;
	return false;
}

/* A function other than (tu, func) that mentions the name; its name or NULL. */
static const char *mentioned_elsewhere(const struct fx_ctx *c, size_t tu, int func, const char *name)
{
	for (size_t i = 0; i < c->n; i++) {
		const struct tu_facts *tf = c->tus[i];
		if (!tf)
			continue;
		const char *main_name = c->tus[tu]->funcs[func].name;
		for (size_t k = 0; k < tf->n_calls; k++) {
			const struct fcall *call = &tf->calls[k];
			if (call->func < 0 || (!strcmp(tf->funcs[call->func].name, main_name)))
				continue;
			if (mentions_string(call->expr, name))
				return tf->funcs[call->func].name;
		}
		for (size_t a = 0; a < tf->n_assigns; a++) {
			const struct fassign *as = &tf->assigns[a];
			if (as->func < 0 || !strcmp(tf->funcs[as->func].name, main_name))
				continue;
			if (mentions_string(as->rhs, name))
				return tf->funcs[as->func].name;
		}
		for (size_t v = 0; v < tf->n_vars; v++) {
			const struct fvar *var = &tf->vars[v];
			if (var->func >= 0 && !strcmp(tf->funcs[var->func].name, main_name))
				continue;
			if (mentions_string(var->init, name))
				return var->func >= 0 ? tf->funcs[var->func].name : var->name;
		}
	}
	return NULL;
}

bool fx_state_move_safe(struct fx_ctx *c, size_t tu, int func, int handle_var, struct fx_plan *p)
{
	const struct tu_facts *tf = c->tus[tu];
	for (size_t k = 0; k < tf->n_calls; k++) {
		const struct fcall *call = &tf->calls[k];
		if (call->func != func || !call->expr || call->expr->n_kids == 0)
			continue;
		const struct fexpr *h = fexpr_strip(call->expr->kids[0]);
		if (!h || h->kind != FX_NAME || h->var != handle_var)
			continue;
		int ai = name_arg_of(call->callee);
		if (ai < 0)
			continue;
		const char *name = (size_t)ai < call->expr->n_kids ? value_name(tf, func, call->expr->kids[ai]) : NULL;
		if (!name)
			return fx_refuse(p, "%s writes a value whose name is not a constant here; if the driver reads it "
					    "back from Parameters elsewhere, moving the write to the persistent-state key "
					    "would lose it: move reads and writes together, or read with "
					    "RtlQueryRegistryValueWithFallback", call->callee);
		const char *other = mentioned_elsewhere(c, tu, func, name);
		if (other)
			return fx_refuse(p, "value \"%s\" is also used in %s (possibly read from Parameters there): move "
					    "its reads to the persistent-state key too, or read it with "
					    "RtlQueryRegistryValueWithFallback", name, other);
	}
	return true;
}
