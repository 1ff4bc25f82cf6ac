/*
 * interface-discovery: device lists taken as a snapshot or including absent
 * devices — IoGetDeviceInterfaces when the package never registers
 * IoRegisterPlugPlayNotification for that interface class (and is not
 * inside such a callback), CM_Get_Device_ID_List(_Size) without
 * CM_GETIDLIST_FILTER_PRESENT, CM_Get_Device_Interface_List(_Size) with
 * CM_GET_DEVICE_INTERFACE_LIST_ALL_DEVICES.
 */
#include "analyzer/rules/rules.h"
#include "core/util.h"

#include <stdlib.h>
#include <string.h>

#define RULE "interface-discovery"

#define CM_GETIDLIST_FILTER_PRESENT 0x100
#define CM_GET_DEVICE_INTERFACE_LIST_ALL_DEVICES 0x1

static const struct {
	const char *name;
	int flags;
	bool interface_list;
} cm_lists[] = {
	{ "CM_Get_Device_ID_ListW", 3, false },        { "CM_Get_Device_ID_ListA", 3, false },
	{ "CM_Get_Device_ID_List_ExW", 3, false },     { "CM_Get_Device_ID_List_ExA", 3, false },
	{ "CM_Get_Device_ID_List_SizeW", 2, false },   { "CM_Get_Device_ID_List_SizeA", 2, false },
	{ "CM_Get_Device_ID_List_Size_ExW", 2, false }, { "CM_Get_Device_ID_List_Size_ExA", 2, false },
	{ "CM_Get_Device_Interface_ListW", 4, true },  { "CM_Get_Device_Interface_ListA", 4, true },
	{ "CM_Get_Device_Interface_List_ExW", 4, true }, { "CM_Get_Device_Interface_List_ExA", 4, true },
	{ "CM_Get_Device_Interface_List_SizeW", 3, true }, { "CM_Get_Device_Interface_List_SizeA", 3, true },
	{ "CM_Get_Device_Interface_List_Size_ExW", 3, true }, { "CM_Get_Device_Interface_List_Size_ExA", 3, true },
};

/* How a GUID argument is spelled: the variable or macro it names. */
static const char *guid_key(const struct fexpr *e)
{
	e = vt_strip(e);
	if (!e)
		return NULL;
	if (e->macro)
		return e->macro;
	if (e->kind == FX_NAME || e->kind == FX_MEMBER)
		return e->text;
	return e->spelling;
}

/* Is there an interface-change registration for this GUID (or any, when the
 * GUID cannot be named), and is `fn` one of the registered callbacks? */
static void registrations(struct sr_ctx *c, const char *guid, const char *fn, bool *for_guid, bool *in_callback)
{
	*for_guid = *in_callback = false;
	for (size_t t = 0; t < c->n; t++)
		for (size_t i = 0; i < c->tus[t]->n_calls; i++) {
			const struct fcall *call = &c->tus[t]->calls[i];
			if (!call->callee || strcmp(call->callee, "IoRegisterPlugPlayNotification"))
				continue;
			long long cat;
			if (sr_int_arg(c, t, call, 0, &cat) && cat != 2)
				continue;   /* not EventCategoryDeviceInterfaceChange */
			const char *g = guid_key(sr_arg(call, 2));
			if (!guid || !g || !strcmp(g, guid))
				*for_guid = true;
			const struct fexpr *cb = vt_strip(sr_arg(call, 4));
			if (cb && cb->text && fn && !strcmp(cb->text, fn))
				*in_callback = true;
		}
}

static void check_io_get(struct sr_ctx *c, size_t tu, const struct fcall *call)
{
	const char *fn = call->func >= 0 ? c->tus[tu]->funcs[call->func].name : NULL;
	bool for_guid, in_cb;
	registrations(c, guid_key(sr_arg(call, 0)), fn, &for_guid, &in_cb);
	if (for_guid || in_cb)
		return;
	const struct fexpr *g = vt_strip(sr_arg(call, 0));
	const char *gs = guid_key(g);
	sr_report(c, tu, call, RULE, SEV_WARNING, NULL, "IoGetDeviceInterfaces(...) snapshot", "interface-snapshot",
		  P_IFACE_NOTIFY,
		  "IoGetDeviceInterfaces lists %s once and nothing registers for its arrivals; register IoRegisterPlugPlayNotification(EventCategoryDeviceInterfaceChange, PNPNOTIFY_DEVICE_INTERFACE_INCLUDE_EXISTING_INTERFACES, ...)",
		  gs ? gs : "the interface class");
}

static void check_cm(struct sr_ctx *c, size_t tu, const struct fcall *call, int flags_arg, bool iface)
{
	long long flags;
	if (!sr_int_arg(c, tu, call, flags_arg, &flags))
		return;
	if (iface && (flags & CM_GET_DEVICE_INTERFACE_LIST_ALL_DEVICES)) {
		sr_report(c, tu, call, RULE, SEV_WARNING, NULL, "flags include CM_GET_DEVICE_INTERFACE_LIST_ALL_DEVICES",
			  "non-present-devices", P_FILTER_PRESENT,
			  "%s lists interfaces of devices that are not present (CM_GET_DEVICE_INTERFACE_LIST_ALL_DEVICES); use CM_GET_DEVICE_INTERFACE_LIST_PRESENT",
			  call->callee);
	} else if (!iface && !(flags & CM_GETIDLIST_FILTER_PRESENT)) {
		/* a note: listing absent devices is sometimes the point (hiding, cleanup tools) */
		sr_report(c, tu, call, RULE, SEV_NOTE, NULL, "flags lack CM_GETIDLIST_FILTER_PRESENT",
			  "non-present-devices", P_FILTER_PRESENT,
			  "%s lists devices without CM_GETIDLIST_FILTER_PRESENT, including devices that are not present",
			  call->callee);
	}
}

void rule_interface_discovery(struct sr_ctx *c)
{
	for (size_t t = 0; t < c->n; t++)
		for (size_t i = 0; i < c->tus[t]->n_calls; i++) {
			const struct fcall *call = &c->tus[t]->calls[i];
			if (!call->callee)
				continue;
			if (!strcmp(call->callee, "IoGetDeviceInterfaces")) {
				check_io_get(c, t, call);
				continue;
			}
			for (size_t k = 0; k < sizeof(cm_lists) / sizeof(cm_lists[0]); k++)
				if (!strcmp(call->callee, cm_lists[k].name))
					check_cm(c, t, call, cm_lists[k].flags, cm_lists[k].interface_list);
		}
}
