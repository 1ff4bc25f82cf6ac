/*
 * registry-absolute: keys opened by a fixed path — Zw/Nt Open/Create Key
 * with a NULL root and a \Registry\ name (or DriverEntry's RegistryPath),
 * Rtl*Registry* with RTL_REGISTRY_ABSOLUTE, WdfRegistryOpen/CreateKey with
 * a NULL parent, and user-mode Reg and SH calls on HKLM/HKCR/HKU (HKCU from
 * services). Opens relative to a key (even a tainted one) are not reported
 * here: the absolute open that produced the key already is.
 */
#include "analyzer/rules/rules.h"
#include "core/util.h"

#include <stdlib.h>
#include <string.h>

#define RULE "registry-absolute"

/* Rtl registry routines: RelativeTo at 0, Path at 1. */
static const struct {
	const char *name;
	bool write;
} rtl_calls[] = {
	{ "RtlQueryRegistryValues", false }, { "RtlQueryRegistryValuesEx", false },
	{ "RtlCheckRegistryKey", false },    { "RtlWriteRegistryValue", true },
	{ "RtlDeleteRegistryValue", true },  { "RtlCreateRegistryKey", true },
};

/* User-mode calls naming (root, subkey) directly. */
static const struct {
	const char *name;
	bool write;
} user_path_ops[] = {
	{ "RegSetKeyValueW", true },  { "RegSetKeyValueA", true },   { "RegGetValueW", false },
	{ "RegGetValueA", false },    { "RegDeleteKeyW", true },     { "RegDeleteKeyA", true },
	{ "RegDeleteKeyExW", true },  { "RegDeleteKeyExA", true },   { "RegDeleteTreeW", true },
	{ "RegDeleteTreeA", true },   { "RegDeleteKeyValueW", true }, { "RegDeleteKeyValueA", true },
	{ "SHSetValueW", true },      { "SHSetValueA", true },       { "SHGetValueW", false },
	{ "SHGetValueA", false },     { "SHDeleteKeyW", true },      { "SHDeleteKeyA", true },
	{ "SHDeleteValueW", true },   { "SHDeleteValueA", true },    { "SHRegGetValueW", false },
	{ "RegSetValueW", true },     { "RegSetValueA", true },      { "RegQueryValueW", false },
	{ "RegQueryValueA", false },
};

/* Isolated routines whose presence in the same function makes an absolute
 * open of the service key the documented down-level fallback. */
static const char *const registry_isolated[] = { "IoOpenDriverRegistryKey", "WdfDriverOpenParametersRegistryKey",
						 "WdfDriverOpenPersistentStateRegistryKey", "GetServiceRegistryStateKey",
						 NULL };

static bool own_service_class(enum reg_class cls)
{
	return cls == RC_OWN_SERVICE || cls == RC_OWN_PARAMS || cls == RC_SERVICE || cls == RC_UMDF_PARAMS;
}

static void report_path(struct sr_ctx *c, size_t tu, const struct fcall *call, const struct vt_value *v,
			const char *path, bool write, bool user_root, const char *sink)
{
	/* nothing known past the hive root: nothing to say */
	const char *rest = path;
	if (str_istarts_with(rest, "\\Registry\\Machine\\"))
		rest += 18;
	else if (str_istarts_with(rest, "\\Registry\\User\\"))
		rest += 15;
	if (*rest == VT_WILD)
		return;
	struct reg_path_info ri;
	sr_classify_registry(path, sr_own_target_name(c, tu), &ri);
	if (ri.cls == RC_UNKNOWN && !str_istarts_with(path, "\\Registry\\"))
		return;
	if (own_service_class(ri.cls) && sr_is_downlevel_fallback(c, tu, call, registry_isolated)) {
		sr_note_fallback(c, tu, call, RULE, v);
		return;
	}
	enum env e = sr_environment(c, tu);
	struct reg_verdict vd;
	if (!sr_judge_registry(&ri, write, e, user_root, &vd)) {
		/* --verbose: say what was deliberately let through */
		if (c->opts && c->opts->verbose) {
			char *shown = vt_display(path);
			char *target = xasprintf("tolerated-%s", sr_reg_class_name(ri.cls));
			sr_report(c, tu, call, RULE, SEV_NOTE, v, sink, target, P_NONE,
				  "%s opens %s by absolute path; tolerated (%s %s)", call->callee, shown,
				  sr_reg_class_name(ri.cls), write ? "write" : "read");
			free(target);
			free(shown);
		}
		return;
	}
	char *shown = vt_display(path);
	sr_report(c, tu, call, RULE, vd.sev, v, sink, vd.target, vd.pk,
		  "%s opens %s by absolute path (%s, %s)", call->callee, shown, vd.what, write ? "write" : "read");
	free(shown);
}

static bool package_filters_registry(const struct sr_ctx *c)
{
	for (size_t t = 0; t < c->n; t++)
		for (size_t i = 0; i < c->tus[t]->n_calls; i++) {
			const char *callee = c->tus[t]->calls[i].callee;
			if (callee && (!strcmp(callee, "CmRegisterCallbackEx") || !strcmp(callee, "CmRegisterCallback")))
				return true;
		}
	return false;
}

/* The call is absolute by construction (no root, RTL_REGISTRY_ABSOLUTE) but
 * the path is built where we cannot follow it. Kernel code only: a user-mode
 * HKLM open of an unknown subkey says nothing. */
static void report_unresolved(struct sr_ctx *c, size_t tu, const struct fcall *call, const struct vt_value *v, bool write,
			      const char *why)
{
	enum env e = sr_environment(c, tu);
	if (e != ENV_WDM && e != ENV_KMDF)
		return;
	/* a registry filter re-opens names its callers gave (like a minifilter's
	 * file names): an unresolved name there is not the driver's own state */
	if (!strcmp(why, "RootDirectory is NULL") && package_filters_registry(c))
		return;
	if (sr_is_downlevel_fallback(c, tu, call, registry_isolated)) {
		sr_note_fallback(c, tu, call, RULE, v);
		return;
	}
	char *sink = xasprintf("%s(...): %s, so the path is absolute", call->callee, why);
	sr_report(c, tu, call, RULE, SEV_WARNING, v, sink, write ? "registry-key-write" : "registry-key-read",
		  write ? P_STATE_WRITE : P_PARAMS_READ,
		  "%s opens a registry key by absolute path (%s; the path is built at run time)", call->callee, why);
	free(sink);
}

static void check_keyopen(struct sr_ctx *c, size_t tu, const struct fcall *call)
{
	struct vt_value *k = vt_eval_keyopen(c->vt, tu, call);
	if (!k)
		return;
	if (k->kind == VT_KEY && k->opened_absolute && k->text && k->text[0] == VT_WILD) {
		report_unresolved(c, tu, call, k, k->write_access, "RootDirectory is NULL");
	} else if (k->kind == VT_KEY && k->opened_absolute && k->text &&
		   (k->origin == KEY_ABSOLUTE || str_istarts_with(k->text, "\\Registry\\"))) {
		char *sink = xasprintf("%s(...) opens the key by absolute path", call->callee);
		report_path(c, tu, call, k, k->text, k->write_access, k->user_mode_root, sink);
		free(sink);
	}
	vt_value_free(k);
}

static void check_rtl(struct sr_ctx *c, size_t tu, const struct fcall *call, bool write)
{
	long long rel;
	if (!sr_int_arg(c, tu, call, 0, &rel))
		return;
	if (rel & 0x40000000LL)
		return;   /* RTL_REGISTRY_HANDLE: judged by the handle's origin */
	if ((rel & 0xFFFF) != 0)
		return;   /* relative roots: registry-relative-root */
	struct vt_value *p = vt_eval(c->vt, tu, call->func, call->order, sr_arg(call, 1));
	if (p->kind == VT_STRING && (str_istarts_with(p->text, "\\Registry\\"))) {
		char *sink = xasprintf("%s(RTL_REGISTRY_ABSOLUTE, path, ...)", call->callee);
		report_path(c, tu, call, p, p->text, write, false, sink);
		free(sink);
	} else if (p->kind != VT_STRING || p->text[0] == VT_WILD) {
		report_unresolved(c, tu, call, p->kind == VT_STRING ? p : NULL, write, "RTL_REGISTRY_ABSOLUTE");
	}
	vt_value_free(p);
}

static void check_user_path(struct sr_ctx *c, size_t tu, const struct fcall *call, bool write)
{
	unsigned root = vt_hkey_root(sr_arg(call, 0));
	if (!root) {
		long long iv;
		if (sr_int_arg(c, tu, call, 0, &iv))
			root = vt_hkey_kernel_path((unsigned)(iv & 0xFFFFFFFF)) ? (unsigned)(iv & 0xFFFFFFFF) : 0;
	}
	if (!root)
		return;
	struct vt_value *sub = vt_eval(c->vt, tu, call->func, call->order, sr_arg(call, 1));
	if (sub->kind == VT_STRING) {
		char *path = xasprintf("%s\\%s", vt_hkey_kernel_path(root), sub->text);
		char *sink = xasprintf("%s(root, subkey, ...)", call->callee);
		report_path(c, tu, call, sub, path, write, true, sink);
		free(sink);
		free(path);
	}
	vt_value_free(sub);
}

void rule_registry_absolute(struct sr_ctx *c)
{
	for (size_t t = 0; t < c->n; t++) {
		struct tu_facts *tf = c->tus[t];
		for (size_t i = 0; i < tf->n_calls; i++) {
			const struct fcall *call = &tf->calls[i];
			const char *callee = call->callee;
			if (!callee || !*callee)
				continue;
			if (vt_is_keyopen(callee)) {
				SR_PER_CALLER(c, t, call, check_keyopen(c, t, call));
				continue;
			}
			for (size_t k = 0; k < sizeof(rtl_calls) / sizeof(rtl_calls[0]); k++)
				if (!strcmp(callee, rtl_calls[k].name))
					SR_PER_CALLER(c, t, call, check_rtl(c, t, call, rtl_calls[k].write));
			for (size_t k = 0; k < sizeof(user_path_ops) / sizeof(user_path_ops[0]); k++)
				if (!strcmp(callee, user_path_ops[k].name))
					SR_PER_CALLER(c, t, call, check_user_path(c, t, call, user_path_ops[k].write));
		}
	}
}
