/*
 * user_reg: a Win32 service opening its own ...\Services\<svc>\Parameters
 * key through HKEY_LOCAL_MACHINE
 *
 *	rc = RegOpenKeyExW(HKEY_LOCAL_MACHINE, L"SYSTEM\\...\\Services\\svc\\Parameters", 0, KEY_READ, &hk);
 *
 * becomes the key the service control manager hands out for the service's
 * status handle (Windows 10 2004, build 19041):
 *
 *	rc = GetServiceRegistryStateKey(g_Status, ServiceRegistryStateParameters, KEY_READ, &hk);
 *
 * ServiceRegistryStatePersistent when the function writes through the handle
 * (RegSetValueEx, RegDeleteValue, ...): runtime state leaves Parameters.
 * Both return a Win32 error code, so the caller's checks stay valid, and the
 * HKEY is closed with RegCloseKey as before.
 *
 * Only when a SERVICE_STATUS_HANDLE is in reach: a parameter, or a global the
 * program assigns from RegisterServiceCtrlHandler(Ex) and that the sink's
 * function cannot run before (it is not called from main/wmain/DllMain).
 * Apps, installers and UMDF drivers have no such handle: proposal only.
 */
#include "analyzer/fixes/fix_internal.h"

#include "core/util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define HKLM_VALUE 0x80000002LL

struct user_open {
	const char *name;
	int n_args;
	int access_arg, handle_arg;
	int zero_args[4];   /* must be 0/NULL; -1 ends */
};

static const struct user_open user_opens[] = {
	{ "RegOpenKeyExW", 5, 3, 4, { 2, -1, -1, -1 } },
	{ "RegOpenKeyExA", 5, 3, 4, { 2, -1, -1, -1 } },
	{ "RegCreateKeyExW", 9, 5, 7, { 2, 3, 4, 6 } },   /* Reserved, Class, Options (non-volatile), SA */
	{ "RegCreateKeyExA", 9, 5, 7, { 2, 3, 4, 6 } },
};

static const char *const writes[] = { "RegSetValueExW", "RegSetValueExA", "RegDeleteValueW", "RegDeleteValueA",
				      "RegSetKeyValueW", "RegSetKeyValueA", "RegFlushKey" };
static const char *const reads[] = { "RegQueryValueExW", "RegQueryValueExA", "RegGetValueW", "RegGetValueA",
				     "RegEnumValueW", "RegEnumValueA", "RegQueryInfoKeyW", "RegQueryInfoKeyA" };

static bool in_list(const char *s, const char *const *l, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (!strcmp(s, l[i]))
			return true;
	return false;
}

static bool is_status_handle(const struct fvar *v)
{
	return v->type && !v->is_array && !strcmp(v->type, "SERVICE_STATUS_HANDLE");
}

/* A global assigned from RegisterServiceCtrlHandler* somewhere in the program. */
static bool assigned_from_register(const struct fx_ctx *c, const char *name)
{
	for (size_t i = 0; i < c->n; i++) {
		const struct tu_facts *tf = c->tus[i];
		for (size_t a = 0; tf && a < tf->n_assigns; a++) {
			const struct fassign *as = &tf->assigns[a];
			const struct fexpr *r = fexpr_strip(as->rhs);
			if (as->lhs && as->lhs->kind == FX_NAME && as->lhs->text && !strcmp(as->lhs->text, name) && r &&
			    r->kind == FX_CALL && r->text && !strncmp(r->text, "RegisterServiceCtrlHandler", 26))
				return true;
		}
	}
	return false;
}

/* The function holding the sink is called directly from main/wmain/DllMain: it may run unregistered. */
static bool called_before_registration(const struct fx_ctx *c, const char *func)
{
	for (size_t i = 0; i < c->n; i++) {
		const struct tu_facts *tf = c->tus[i];
		for (size_t k = 0; tf && k < tf->n_calls; k++) {
			const struct fcall *call = &tf->calls[k];
			if (call->func < 0 || strcmp(call->callee, func))
				continue;
			enum ffunc_kind fk = tf->funcs[call->func].kind;
			if (fk == FN_MAIN || fk == FN_DLL_MAIN)
				return true;
		}
	}
	return false;
}

static bool status_handle(struct fx_ctx *c, const struct fx_site *s, struct fx_plan *p, char *out, size_t size)
{
	const struct tu_facts *tf = c->tus[s->tu];
	const struct ffunc *fn = &tf->funcs[s->func];
	for (int i = 0; i < fn->n_params; i++)
		if (is_status_handle(&tf->vars[fn->first_param_var + i])) {
			snprintf(out, size, "%s", tf->vars[fn->first_param_var + i].name);
			return true;
		}
	for (size_t v = 0; v < tf->n_vars; v++) {
		const struct fvar *var = &tf->vars[v];
		if (var->func != -1 || !is_status_handle(var) || !assigned_from_register(c, var->name))
			continue;
		if (called_before_registration(c, fn->name))
			return fx_refuse(p, "%s is called from the program's entry point, possibly before the service "
					    "registered its control handler (%s would still be NULL)", fn->name, var->name);
		snprintf(out, size, "%s", var->name);
		return true;
	}
	return fx_refuse(p, "no SERVICE_STATUS_HANDLE from RegisterServiceCtrlHandler(Ex) in reach of %s "
			    "(GetServiceRegistryStateKey needs it; apps and installers have none)", fn->name);
}

static int handle_var(const struct fexpr *a)
{
	if (!a || a->kind != FX_ADDROF || a->n_kids != 1)
		return -1;
	const struct fexpr *v = fexpr_strip(a->kids[0]);
	return v && v->kind == FX_NAME ? v->var : -1;
}

bool fx_kind_user_reg(struct fx_ctx *c, struct finding *f, struct fx_plan *p)
{
	if (!f->environment || (strcmp(f->rule, "registry-absolute") && strcmp(f->rule, "params-write")) ||
	    !f->target || strncmp(f->target, "own-service-parameters", 22))
		return false;
	struct fx_site s;
	if (!fx_site_for_finding(c, f, &s))
		return false;
	const struct tu_facts *tf = c->tus[s.tu];
	const struct fcall *open = s.call;
	const struct user_open *uo = NULL;
	if (!strcmp(f->rule, "params-write")) {
		/* a write through a handle: the open in the same function */
		if (!in_list(s.call->callee, writes, sizeof(writes) / sizeof(*writes)))
			return false;
		const struct fexpr *h = fexpr_strip(fx_call_arg(s.call, 0));
		if (!h || h->kind != FX_NAME || h->var < 0)
			return false;
		open = NULL;
		for (size_t k = 0; k < tf->n_calls; k++) {
			const struct fcall *call = &tf->calls[k];
			if (call->func != s.call->func || call->order >= s.call->order)
				continue;
			for (size_t u = 0; u < sizeof(user_opens) / sizeof(*user_opens); u++)
				if (!strcmp(call->callee, user_opens[u].name) &&
				    handle_var(fx_call_arg(call, user_opens[u].handle_arg)) == h->var &&
				    (!open || call->order > open->order))
					open = call;
		}
		if (!open)
			return false;
	}
	for (size_t u = 0; u < sizeof(user_opens) / sizeof(*user_opens); u++)
		if (!strcmp(open->callee, user_opens[u].name))
			uo = &user_opens[u];
	if (!uo)
		return false;
	struct fx_site os;
	if (open != s.call) {
		if (!fx_site_for_call(c, s.tu, open, &os))
			return fx_refuse(p, "cannot locate the open of the key in the source"), true;
	} else
		os = s;
	if (fx_cache_get(c, os.text, os.name_start, p))
		return true;
	if (strcmp(f->environment, "user-service"))
		fx_refuse(p, "only the service itself gets its Parameters key from the system "
			     "(GetServiceRegistryStateKey with its status handle); this %s code needs the setting "
			     "from the device's key (CM_Open_DevNode_Key), an interface the driver offers, or the INF",
			  !strcmp(f->environment, "UMDF") ? "UMDF driver" : f->environment);
	else if (!fx_names_parameters_key(f) ||
		 (!str_icontains(f->message, "own Parameters") && !str_icontains(f->message, "Parameters key at run time")))
		fx_refuse(p, "only the service's own Parameters key maps to GetServiceRegistryStateKey");
	else if (os.n_args != uo->n_args || open->expr->n_kids != (size_t)uo->n_args)
		fx_refuse(p, "unexpected argument list");
	else {
		const struct fexpr *root = fexpr_strip(open->expr->kids[0]);
		bool ok = root && root->has_int && (root->ival & 0xffffffffLL) == HKLM_VALUE;
		for (int i = 0; ok && i < 4 && uo->zero_args[i] >= 0; i++) {
			const struct fexpr *a = fexpr_strip(open->expr->kids[uo->zero_args[i]]);
			ok = a && a->has_int && a->ival == 0;
		}
		int hv = handle_var(open->expr->kids[uo->handle_arg]);
		int use = 0;
		for (size_t k = 0; ok && hv >= 0 && k < tf->n_calls; k++) {
			const struct fcall *call = &tf->calls[k];
			if (call->func != open->func || call == open || !call->expr)
				continue;
			for (size_t a = 0; a < call->expr->n_kids; a++) {
				const struct fexpr *e = fexpr_strip(call->expr->kids[a]);
				if (!e || e->kind != FX_NAME || e->var != hv)
					continue;
				if (a == 0 && in_list(call->callee, writes, sizeof(writes) / sizeof(*writes)))
					use |= 1;
				else if (a == 0 && in_list(call->callee, reads, sizeof(reads) / sizeof(*reads)))
					use |= 2;
				else if (!(a == 0 && !strcmp(call->callee, "RegCloseKey")))
					use |= 4;
			}
		}
		char sh[128];
		if (!ok || hv < 0)
			fx_refuse(p, "not HKEY_LOCAL_MACHINE with default options into a local HKEY");
		else if (use & 4)
			fx_refuse(p, "the key handle is passed on, so its reads and writes are not all visible here");
		else if ((use & 1) && (use & 2))
			fx_refuse(p, "the function reads and writes through one key: INF defaults (Parameters) and runtime "
				     "state (ServiceRegistryStatePersistent) need two keys");
		else if ((use & 1) && !fx_state_move_safe(c, os.tu, os.func, hv, p))
			;
		else if (status_handle(c, &os, p, sh, sizeof(sh))) {
			char *access = fx_arg_text(&os, uo->access_arg), *hk = fx_arg_text(&os, uo->handle_arg);
			const char *type = (use & 1) ? "ServiceRegistryStatePersistent" : "ServiceRegistryStateParameters";
			char *rep = NULL;
			if (!fx_below_floor(c, os.tu, 19041)) {
				rep = xasprintf("GetServiceRegistryStateKey(%s, %s, %s, %s)", sh, type, access, hk);
			} else if (!fx_enclosing_statement(&os)) {
				fx_refuse(p, "the project targets build %d, where GetServiceRegistryStateKey does not exist, and "
					     "the open's statement cannot take a declaration before it (label, else, loop header)"
					     "", fx_target_build(c, os.tu));
			} else {
				/* missing before Windows 10 2004: resolve it, keep the original open as the fallback
				 * (no SERVICE_REGISTRY_STATE_TYPE: older SDKs do not declare it) */
				char fbuf[64];
				const char *fn = fx_fresh_name(c, &os, "getServiceStateKey", fbuf, sizeof(fbuf));
				static const char proto[] = "DWORD (WINAPI *%s)(SERVICE_STATUS_HANDLE, DWORD, DWORD, HKEY *)";
				char *decl = xasprintf(proto, fn), *cast = xasprintf(proto, "");
				char *pre = xasprintf("%s = (%s)GetProcAddress(GetModuleHandleW(L\"advapi32.dll\"), "
						      "\"GetServiceRegistryStateKey\");\n%s", decl, cast, os.indent);
				fx_plan_add(p, os.text, os.stmt_start, os.stmt_start, pre);
				char *orig = fx_slice(os.text, os.name_start, os.rparen + 1);
				rep = xasprintf("(%s != NULL ? (LONG)%s(%s, %d /* %s */, %s, %s) : %s)", fn, fn, sh,
						(use & 1) ? 1 : 0, type, access, hk, orig);
				strbuf_addf(&p->notes, "the project targets build %d: GetServiceRegistryStateKey is resolved at "
						       "run time and the original open is kept where it does not exist; ",
					    fx_target_build(c, os.tu));
				free(orig);
				free(pre);
				free(decl);
				free(cast);
			}
			if (rep) {
				fx_plan_add(p, os.text, os.name_start, os.rparen + 1, rep);
				if (use & 1)
					strbuf_addstr(&p->notes, "runtime values move to the service's persistent state key; "
								 "values an older version wrote under Parameters are not migrated; ");
			}
			free(access);
			free(hk);
			free(rep);
		}
	}
	fx_cache_put(c, os.text, os.name_start, p);
	return true;
}
