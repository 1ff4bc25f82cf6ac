/*
 * registry-relative-root: Rtl*Registry* calls relative to a global root —
 * RTL_REGISTRY_SERVICES, _CONTROL, _WINDOWS_NT, _USER — and DEVICEMAP writes
 * other than the SERIALCOMM value serial drivers must publish. DEVICEMAP
 * reads are tolerated; RTL_REGISTRY_HANDLE is judged by params-write.
 */
#include "analyzer/rules/rules.h"
#include "core/util.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define RULE "registry-relative-root"

static const struct {
	const char *name;
	bool write;
} rtl_calls[] = {
	{ "RtlQueryRegistryValues", false }, { "RtlQueryRegistryValuesEx", false },
	{ "RtlCheckRegistryKey", false },    { "RtlWriteRegistryValue", true },
	{ "RtlDeleteRegistryValue", true },  { "RtlCreateRegistryKey", true },
};

/* RelativeTo → where it points (RtlQueryRegistryValues page). */
static const struct {
	long long value;
	const char *macro;
	const char *base;
} roots[] = {
	{ 1, "RTL_REGISTRY_SERVICES", "\\Registry\\Machine\\System\\CurrentControlSet\\Services" },
	{ 2, "RTL_REGISTRY_CONTROL", "\\Registry\\Machine\\System\\CurrentControlSet\\Control" },
	{ 3, "RTL_REGISTRY_WINDOWS_NT", "\\Registry\\Machine\\Software\\Microsoft\\Windows NT\\CurrentVersion" },
	{ 4, "RTL_REGISTRY_DEVICEMAP", "\\Registry\\Machine\\HARDWARE\\DEVICEMAP" },
	{ 5, "RTL_REGISTRY_USER", "\\Registry\\User\\CurrentUser" },
};

static void check(struct sr_ctx *c, size_t tu, const struct fcall *call, bool write)
{
	long long rel;
	if (!sr_int_arg(c, tu, call, 0, &rel) || (rel & 0x40000000LL))
		return;
	long long base = rel & 0xFFFF;
	size_t r;
	for (r = 0; r < sizeof(roots) / sizeof(roots[0]); r++)
		if (roots[r].value == base)
			break;
	if (r == sizeof(roots) / sizeof(roots[0]))
		return;
	struct vt_value *p = vt_eval(c->vt, tu, call->func, call->order, sr_arg(call, 1));
	const char *sub = p->kind == VT_STRING ? p->text : VT_WILD_S;
	if (base == 4 && (!write || p->kind != VT_STRING)) {
		vt_value_free(p);
		return;   /* DEVICEMAP reads, or writes we cannot name */
	}
	while (*sub == '\\')
		sub++;
	char *path = *sub ? xasprintf("%s\\%s", roots[r].base, sub) : xstrdup(roots[r].base);
	struct reg_path_info ri;
	sr_classify_registry(path, sr_own_target_name(c, tu), &ri);
	enum env e = sr_environment(c, tu);
	struct reg_verdict vd;
	if (sr_judge_registry(&ri, write, e, false, &vd)) {
		/* a fixed root is never better than a warning, whatever lies under it */
		if (vd.sev < SEV_WARNING && base != 3)
			vd.sev = SEV_WARNING;
		char *shown = vt_display(path);
		char *sink = xasprintf("%s(%s, path, ...)", call->callee, roots[r].macro);
		sr_report(c, tu, call, RULE, vd.sev, p->kind == VT_STRING ? p : NULL, sink, vd.target, vd.pk,
			  "%s relative to %s reaches %s (%s, %s)", call->callee, roots[r].macro, shown, vd.what,
			  write ? "write" : "read");
		free(sink);
		free(shown);
	}
	free(path);
	vt_value_free(p);
}

void rule_registry_relative_root(struct sr_ctx *c)
{
	for (size_t t = 0; t < c->n; t++)
		for (size_t i = 0; i < c->tus[t]->n_calls; i++) {
			const struct fcall *call = &c->tus[t]->calls[i];
			if (!call->callee)
				continue;
			for (size_t k = 0; k < sizeof(rtl_calls) / sizeof(rtl_calls[0]); k++)
				if (!strcmp(call->callee, rtl_calls[k].name))
					SR_PER_CALLER(c, t, call, check(c, t, call, rtl_calls[k].write));
		}
}
