/*
 * zw_key: ZwOpenKey / ZwOpenKeyEx / ZwCreateKey on the driver's own
 * ...\Services\<svc>\Parameters key (absolute name, NULL root) becomes
 *
 *	IoOpenDriverRegistryKey(DriverObject, DriverRegKeyParameters, <access>, 0, &key)
 *
 * when the handle is only read, and DriverRegKeyPersistentState when the
 * function writes through it (ZwSetValueKey, ZwDeleteValueKey, ... or a write
 * access mask): runtime state leaves the INF-owned Parameters key. Only the
 * call expression changes; the handle, its status checks and its ZwClose
 * stay as they are. A params-write finding on that handle (the ZwSetValueKey)
 * gets the same edit, so either finding applies it.
 *
 * Refused: a handle both read and written (INF defaults and runtime state
 * would need two keys), paths below Parameters, ZwCreateKey asking for a
 * class, a disposition or a volatile key, ZwOpenKeyEx with options.
 */
#include "analyzer/fixes/fix_internal.h"

#include "core/util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define KEY_WRITE_BITS (0x2LL | 0x4LL | 0x20LL | 0x10000LL | 0x40000000LL | 0x10000000LL | 0x02000000LL)

struct open_sink {
	const char *name;
	int n_args;
	int zero_args[3];   /* arguments that must be 0/NULL (-1 ends) */
};

static const struct open_sink open_sinks[] = {
	{ "ZwOpenKey", 3, { -1, -1, -1 } },
	{ "NtOpenKey", 3, { -1, -1, -1 } },
	{ "ZwOpenKeyEx", 4, { 3, -1, -1 } },
	{ "NtOpenKeyEx", 4, { 3, -1, -1 } },
	{ "ZwCreateKey", 7, { 4, 6, -1 } },   /* Class, Disposition */
	{ "NtCreateKey", 7, { 4, 6, -1 } },
};

/* Calls that write / read through a key handle (argument 0). */
static const char *const handle_writes[] = { "ZwSetValueKey", "NtSetValueKey", "ZwDeleteValueKey", "ZwDeleteKey",
					     "NtDeleteValueKey", "NtDeleteKey", "ZwFlushKey" };
static const char *const handle_reads[] = { "ZwQueryValueKey", "NtQueryValueKey", "ZwEnumerateValueKey",
					    "ZwEnumerateKey", "ZwQueryKey", "NtEnumerateValueKey", "NtEnumerateKey" };

static const struct open_sink *find_open_sink(const char *callee)
{
	for (size_t i = 0; i < sizeof(open_sinks) / sizeof(open_sinks[0]); i++)
		if (!strcmp(open_sinks[i].name, callee))
			return &open_sinks[i];
	return NULL;
}

static bool in_list(const char *s, const char *const *list, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (!strcmp(s, list[i]))
			return true;
	return false;
}

/* The handle variable an open call fills (&h), -1 when not a plain variable. */
static int opened_var(const struct fcall *call)
{
	const struct fexpr *a = fx_call_arg(call, 0);
	if (!a || a->kind != FX_ADDROF || a->n_kids != 1)
		return -1;
	const struct fexpr *v = fexpr_strip(a->kids[0]);
	return v && v->kind == FX_NAME ? v->var : -1;
}

static bool arg_is_var(const struct fcall *call, int i, int var)
{
	const struct fexpr *a = fexpr_strip(fx_call_arg(call, i));
	return a && a->kind == FX_NAME && a->var == var;
}

/* How the function uses the handle: 1 write, 2 read (bits). Other uses
 * (passed to a helper, stored) are 4: we cannot see what happens there. */
static int handle_use(const struct tu_facts *tf, int func, int var, const struct fcall *open)
{
	int use = 0;
	for (size_t k = 0; k < tf->n_calls; k++) {
		const struct fcall *call = &tf->calls[k];
		if (call->func != func || call == open || !call->expr)
			continue;
		for (size_t a = 0; a < call->expr->n_kids; a++) {
			if (!arg_is_var(call, (int)a, var))
				continue;
			if (a == 0 && in_list(call->callee, handle_writes, sizeof(handle_writes) / sizeof(*handle_writes)))
				use |= 1;
			else if (a == 0 && in_list(call->callee, handle_reads, sizeof(handle_reads) / sizeof(*handle_reads)))
				use |= 2;
			else if (a == 0 && (!strcmp(call->callee, "ZwClose") || !strcmp(call->callee, "NtClose")))
				;
			else
				use |= 4;
		}
	}
	return use;
}

static void build_open_plan(struct fx_ctx *c, const struct fx_site *s, const struct open_sink *os, struct fx_plan *p)
{
	const struct tu_facts *tf = c->tus[s->tu];
	if (s->n_args != os->n_args || s->call->expr->n_kids != (size_t)os->n_args) {
		fx_refuse(p, "unexpected argument list");
		return;
	}
	for (int i = 0; i < 3 && os->zero_args[i] >= 0; i++) {
		const struct fexpr *a = fexpr_strip(s->call->expr->kids[os->zero_args[i]]);
		if (!a || !a->has_int || a->ival != 0) {
			fx_refuse(p, "%s argument %d is not NULL/0 (IoOpenDriverRegistryKey has no equivalent)",
				  s->call->callee, os->zero_args[i] + 1);
			return;
		}
	}
	if (!strcmp(os->name, "ZwCreateKey") || !strcmp(os->name, "NtCreateKey")) {
		const struct fexpr *opt = fexpr_strip(s->call->expr->kids[5]);
		if (!opt || !opt->has_int || (opt->ival & 1)) {
			fx_refuse(p, "ZwCreateKey asks for a volatile key or unknown options");
			return;
		}
	}
	int hv = opened_var(s->call);
	if (hv < 0) {
		fx_refuse(p, "the key handle is not a local variable");
		return;
	}
	int use = handle_use(tf, s->func, hv, s->call);
	const struct fexpr *acc = fexpr_strip(s->call->expr->kids[1]);
	bool acc_write = !acc || !acc->has_int || (acc->ival & KEY_WRITE_BITS);
	/* every use of the handle is visible here, so they decide, not the access mask */
	bool writes = (use & 1) != 0;
	if (use & 4) {
		fx_refuse(p, "the key handle is passed on or stored, so its reads and writes are not all visible here");
		return;
	}
	if (writes && (use & 2)) {
		fx_refuse(p, "the function reads and writes through one handle: INF defaults (Parameters, read-only) and "
			     "runtime state (DriverRegKeyPersistentState) need two keys, or RtlQueryRegistryValueWithFallback");
		return;
	}
	if (writes && !fx_state_move_safe(c, s->tu, s->func, hv, p))
		return;
	char dobj[160];
	if (!fx_driver_object(c, s, p, dobj, sizeof(dobj)))
		return;
	char *handle = fx_arg_text(s, 0);
	char *access = writes || !acc_write ? fx_arg_text(s, 1) : xstrdup("KEY_READ");
	const char *keytype = writes ? "DriverRegKeyPersistentState" : "DriverRegKeyParameters";
	char *rep;
	if (fx_below_floor(c, s->tu, 17134)) {
		/* the routine is missing before 1803: resolve it, keep the original open as the fallback */
		struct fx_site where = *s;
		if (!fx_enclosing_statement(&where)) {
			fx_refuse(p, "the project targets build %d, where IoOpenDriverRegistryKey does not exist, and the "
				     "open's statement cannot take a declaration before it (label, else, loop header)",
				  fx_target_build(c, s->tu));
			free(handle);
			free(access);
			return;
		}
		char fn[64];
		struct strbuf pre = STRBUF_INIT;
		fx_resolve_open_driver_key(c, &where, &pre, fn, sizeof(fn));
		fx_plan_add(p, s->text, where.stmt_start, where.stmt_start, pre.buf);
		strbuf_release(&pre);
		char *orig = fx_slice(s->text, s->name_start, s->rparen + 1);
		rep = xasprintf("(%s != NULL ? %s(%s, %d /* %s */, %s, 0, %s) : %s)", fn, fn, dobj, writes ? 1 : 0, keytype,
				access, handle, orig);
		free(orig);
		strbuf_addf(&p->notes, "the project targets build %d: IoOpenDriverRegistryKey is resolved at run time "
				       "and the original open is kept where it does not exist; ", fx_target_build(c, s->tu));
	} else {
		rep = xasprintf("IoOpenDriverRegistryKey(%s, %s, %s, 0, %s)", dobj, keytype, access, handle);
	}
	fx_plan_add(p, s->text, s->name_start, s->rparen + 1, rep);
	if (writes)
		strbuf_addstr(&p->notes, "runtime values move to the persistent-state key; values an older version "
					 "wrote under Parameters are not migrated; ");
	free(handle);
	free(access);
	free(rep);
}

static void plan_for_open(struct fx_ctx *c, const struct fx_site *s, const struct open_sink *os, struct fx_plan *p)
{
	if (fx_cache_get(c, s->text, s->name_start, p))
		return;
	build_open_plan(c, s, os, p);
	fx_cache_put(c, s->text, s->name_start, p);
}

/* Opens that already use the isolated API but pick the read-only key. */
static bool is_parameters_open(const struct fcall *call, int hv)
{
	const struct fexpr *a;
	if (!strcmp(call->callee, "IoOpenDriverRegistryKey") && call->expr->n_kids == 5) {
		a = call->expr->kids[4];
	} else if (!strcmp(call->callee, "WdfDriverOpenParametersRegistryKey") && call->expr->n_kids == 4) {
		a = call->expr->kids[3];
	} else
		return false;
	a = a && a->kind == FX_ADDROF && a->n_kids == 1 ? fexpr_strip(a->kids[0]) : NULL;
	return a && a->kind == FX_NAME && a->var == hv;
}

/* params-write on a handle: the open in the same function that filled it. */
static const struct fcall *open_for_handle(const struct tu_facts *tf, const struct fcall *sink, int hv)
{
	const struct fcall *best = NULL;
	for (size_t k = 0; k < tf->n_calls; k++) {
		const struct fcall *call = &tf->calls[k];
		if (call->func != sink->func || call->order >= sink->order || !call->expr)
			continue;
		if (((find_open_sink(call->callee) && opened_var(call) == hv) || is_parameters_open(call, hv)) &&
		    (!best || call->order > best->order))
			best = call;
	}
	return best;
}

/* IoOpenDriverRegistryKey(.., DriverRegKeyParameters, ..) / WdfDriverOpenParametersRegistryKey
 * written through: the same call on the persistent-state key. */
static void plan_for_isolated_open(struct fx_ctx *c, const struct fx_site *s, int hv, struct fx_plan *p)
{
	if (fx_cache_get(c, s->text, s->name_start, p))
		return;
	const struct tu_facts *tf = c->tus[s->tu];
	int use = handle_use(tf, s->func, hv, s->call);
	bool wdf = !strcmp(s->call->callee, "WdfDriverOpenParametersRegistryKey");
	if (!fx_state_move_safe(c, s->tu, s->func, hv, p)) {
		/* reason recorded */
	} else if (!wdf && (use & 6)) {
		fx_refuse(p, (use & 4) ? "the key handle is passed on or stored, so its reads and writes are not all visible here"
				       : "the function reads and writes through one handle: INF defaults (Parameters, "
					 "read-only) and runtime state (DriverRegKeyPersistentState) need two keys");
	} else if (wdf) {
		/* WDFKEY traffic goes through WdfRegistry* calls we do not classify: rename only when
		 * nothing but writes and the close touch the key */
		bool other = false;
		for (size_t k = 0; k < tf->n_calls && !other; k++) {
			const struct fcall *call = &tf->calls[k];
			if (call->func != s->func || call == s->call || !call->expr || !arg_is_var(call, 0, hv))
				continue;
			other = strncmp(call->callee, "WdfRegistryAssign", 17) && strcmp(call->callee, "WdfRegistryClose") &&
				strcmp(call->callee, "WdfRegistryRemoveValue") && strcmp(call->callee, "WdfObjectDelete");
		}
		if (other)
			fx_refuse(p, "the key is also read or passed on: INF defaults and runtime state need two keys");
		else
			fx_plan_add(p, s->text, s->name_start, s->name_start + strlen(s->call->callee),
				    "WdfDriverOpenPersistentStateRegistryKey");
	} else {
		const struct fexpr *k = fexpr_strip(s->call->expr->kids[1]);
		if (!k || !k->has_int || k->ival != 0 || s->n_args != 5)
			fx_refuse(p, "the key type is not DriverRegKeyParameters");
		else
			fx_plan_add(p, s->text, s->arg_start[1], s->arg_end[1], "DriverRegKeyPersistentState");
	}
	if (fx_plan_ok(p))
		strbuf_addstr(&p->notes, "runtime values move to the persistent-state key; values an older version "
					 "wrote under Parameters are not migrated; ");
	if (fx_plan_ok(p))
		fx_note_floor(c, s, p, wdf ? "WdfDriverOpenPersistentStateRegistryKey" : "IoOpenDriverRegistryKey", 17134);
	fx_cache_put(c, s->text, s->name_start, p);
}

bool fx_kind_zw_key(struct fx_ctx *c, struct finding *f, struct fx_plan *p)
{
	bool absolute = !strcmp(f->rule, "registry-absolute");
	bool params_write = !strcmp(f->rule, "params-write");
	if ((!absolute && !params_write) || !f->target)
		return false;
	struct fx_site s;
	if (!fx_site_for_finding(c, f, &s))
		return false;
	if (absolute) {
		const struct open_sink *os = find_open_sink(s.call->callee);
		if (!os)
			return false;
		bool rd = !strcmp(f->target, "own-service-parameters-read");
		bool wr = !strcmp(f->target, "own-service-parameters-write");
		if (!rd && !wr)
			return fx_refuse(p, "only opens of the driver's own Parameters key are rewritten (this is %s)",
					 f->target), true;
		if (!fx_names_parameters_key(f))
			return fx_refuse(p, "the key is below Parameters; IoOpenDriverRegistryKey opens Parameters itself"), true;
		plan_for_open(c, &s, os, p);
		return true;
	}
	/* params-write: a write call through a handle opened in this function */
	const struct tu_facts *tf = c->tus[s.tu];
	int own = opened_var(s.call);
	if (!strcmp(s.call->callee, "IoOpenDriverRegistryKey") && s.call->expr->n_kids == 5) {
		const struct fexpr *a = s.call->expr->kids[4];
		a = a->kind == FX_ADDROF && a->n_kids == 1 ? fexpr_strip(a->kids[0]) : NULL;
		own = a && a->kind == FX_NAME ? a->var : -1;
	} else if (!strcmp(s.call->callee, "WdfDriverOpenParametersRegistryKey") && s.call->expr->n_kids == 4) {
		const struct fexpr *a = s.call->expr->kids[3];
		a = a->kind == FX_ADDROF && a->n_kids == 1 ? fexpr_strip(a->kids[0]) : NULL;
		own = a && a->kind == FX_NAME ? a->var : -1;
	} else
		own = -1;
	if (own >= 0) {
		plan_for_isolated_open(c, &s, own, p);
		return true;
	}
	if (!in_list(s.call->callee, handle_writes, sizeof(handle_writes) / sizeof(*handle_writes)) &&
	    strncmp(s.call->callee, "WdfRegistryAssign", 17) && strcmp(s.call->callee, "WdfRegistryRemoveValue"))
		return false;
	const struct fexpr *h = fexpr_strip(fx_call_arg(s.call, 0));
	if (!h || h->kind != FX_NAME || h->var < 0)
		return fx_refuse(p, "the key handle is not a local variable"), true;
	const struct fcall *open = open_for_handle(tf, s.call, h->var);
	if (!open)
		return fx_refuse(p, "the handle is opened in another function; fix the open there"), true;
	struct fx_site os;
	if (!fx_site_for_call(c, s.tu, open, &os))
		return fx_refuse(p, "cannot locate the open of the handle in the source"), true;
	if (is_parameters_open(open, h->var))
		plan_for_isolated_open(c, &os, h->var, p);
	else if (!fx_names_parameters_key(f))
		fx_refuse(p, "the key is below Parameters; IoOpenDriverRegistryKey opens Parameters itself");
	else
		plan_for_open(c, &os, find_open_sink(open->callee), p);
	return true;
}
