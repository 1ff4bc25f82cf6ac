/*
 * params-write: run-time writes into the service's Parameters key (or the
 * service key itself), which the INF owns and isolation makes read-only:
 * value writes and deletes through a handle that leads there, subkeys
 * created under it, and opening it with write access. Runtime state goes to
 * the persistent-state key instead.
 */
#include "analyzer/rules/rules.h"
#include "core/util.h"

#include <stdlib.h>
#include <string.h>

#define RULE "params-write"

/* Writes through a key handle (argument index of the handle). */
static const struct {
	const char *name;
	int handle;
	bool rtl;   /* Rtl*Registry*: only with RTL_REGISTRY_HANDLE */
} writes[] = {
	{ "ZwSetValueKey", 0, false },        { "NtSetValueKey", 0, false },
	{ "ZwDeleteValueKey", 0, false },     { "NtDeleteValueKey", 0, false },
	{ "ZwDeleteKey", 0, false },          { "NtDeleteKey", 0, false },
	{ "ZwRenameKey", 0, false },          { "WdfRegistryAssignValue", 0, false },
	{ "WdfRegistryAssignULong", 0, false }, { "WdfRegistryAssignUnicodeString", 0, false },
	{ "WdfRegistryAssignString", 0, false }, { "WdfRegistryAssignMultiString", 0, false },
	{ "WdfRegistryAssignMemory", 0, false }, { "WdfRegistryRemoveValue", 0, false },
	{ "WdfRegistryRemoveKey", 0, false }, { "RegSetValueExW", 0, false },
	{ "RegSetValueExA", 0, false },       { "RegSetValueW", 0, false },
	{ "RegSetValueA", 0, false },         { "RegSetKeyValueW", 0, false },
	{ "RegSetKeyValueA", 0, false },      { "RegDeleteValueW", 0, false },
	{ "RegDeleteValueA", 0, false },      { "RegDeleteKeyW", 0, false },
	{ "RegDeleteKeyExW", 0, false },      { "RegDeleteTreeW", 0, false },
	{ "RegDeleteKeyValueW", 0, false },   { "RtlWriteRegistryValue", 1, true },
	{ "RtlDeleteRegistryValue", 1, true }, { "RtlCreateRegistryKey", 1, true },
};

static bool leads_to_params(struct sr_ctx *c, size_t tu, const struct vt_value *k)
{
	if (k->kind != VT_KEY)
		return false;
	if (k->origin == KEY_PARAMS)
		return true;
	if (k->origin != KEY_ABSOLUTE || !k->text)
		return false;
	struct reg_path_info ri;
	sr_classify_registry(k->text, sr_own_target_name(c, tu), &ri);
	return ri.cls == RC_OWN_PARAMS || ri.cls == RC_OWN_SERVICE || ri.cls == RC_UMDF_PARAMS;
}

static void check_write(struct sr_ctx *c, size_t tu, const struct fcall *call, int handle, bool rtl)
{
	if (rtl) {
		long long rel;
		if (!sr_int_arg(c, tu, call, 0, &rel) || !(rel & 0x40000000LL))
			return;
	}
	struct vt_value *k = vt_eval(c->vt, tu, call->func, call->order, sr_arg(call, handle));
	/* the handle is Parameters only on the down-level branch of a function that
	 * resolves the isolated open at run time (driso's own down-level fixes) */
	static const char *const isolated[] = { "IoOpenDriverRegistryKey", "GetServiceRegistryStateKey", NULL };
	if (leads_to_params(c, tu, k) && sr_is_downlevel_fallback(c, tu, call, isolated)) {
		sr_note_fallback(c, tu, call, RULE, k);
	} else if (leads_to_params(c, tu, k)) {
		char *shown = vt_display(k->text ? k->text : "Parameters");
		char *sink = xasprintf("%s(...) writes through the key", call->callee);
		sr_report(c, tu, call, RULE, SEV_WARNING, k, sink, "own-service-parameters-write", P_STATE_WRITE,
			  "%s writes into the service's Parameters key at run time (%s); runtime state belongs in the persistent-state key",
			  call->callee, shown);
		free(sink);
		free(shown);
	}
	vt_value_free(k);
}

static void check_open(struct sr_ctx *c, size_t tu, const struct fcall *call)
{
	struct vt_value *k = vt_eval_keyopen(c->vt, tu, call);
	if (!k)
		return;
	/* absolute opens of the service key are registry-absolute's; here the isolated-but-read-only key */
	if (k->kind == VT_KEY && k->origin == KEY_PARAMS && k->write_access) {
		char *sink = xasprintf("%s(...) with write access", call->callee);
		sr_report(c, tu, call, RULE, SEV_WARNING, k, sink, "own-service-parameters-write", P_STATE_WRITE,
			  "%s opens the Parameters key with write access; it is read-only at run time under isolation",
			  call->callee);
		free(sink);
	}
	vt_value_free(k);
}

void rule_params_write(struct sr_ctx *c)
{
	for (size_t t = 0; t < c->n; t++)
		for (size_t i = 0; i < c->tus[t]->n_calls; i++) {
			const struct fcall *call = &c->tus[t]->calls[i];
			if (!call->callee)
				continue;
			if (vt_is_keyopen(call->callee)) {
				SR_PER_CALLER(c, t, call, check_open(c, t, call));
				continue;
			}
			for (size_t k = 0; k < sizeof(writes) / sizeof(writes[0]); k++)
				if (!strcmp(call->callee, writes[k].name))
					SR_PER_CALLER(c, t, call, check_write(c, t, call, writes[k].handle, writes[k].rtl));
		}
}
