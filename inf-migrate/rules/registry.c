/*
 * Registry rules (inf-rules.md §1C, §3): global roots, the own service's
 * key written through HKLM (moved to HKR,Parameters in the service-install
 * AddReg), foreign services, keys a directive replaces, HKCR, service-key
 * writes outside Parameters, SCM-owned values, filters through AddReg,
 * multi-sz appends.
 */
#include "inf-migrate/inf_edit.h"
#include "inf-migrate/rules/inf_rules_ctx.h"

#include "core/strbuf.h"
#include "core/util.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

enum reg_root { ROOT_HKR, ROOT_HKLM, ROOT_HKCR, ROOT_HKCU, ROOT_HKU, ROOT_UNKNOWN };

static const struct {
	const char *name;
	enum reg_root root;
} roots[] = {
	{ "HKR", ROOT_HKR }, { "HKLM", ROOT_HKLM }, { "HKEY_LOCAL_MACHINE", ROOT_HKLM },
	{ "HKCR", ROOT_HKCR }, { "HKEY_CLASSES_ROOT", ROOT_HKCR }, { "HKCU", ROOT_HKCU },
	{ "HKEY_CURRENT_USER", ROOT_HKCU }, { "HKU", ROOT_HKU }, { "HKEY_USERS", ROOT_HKU },
};

static enum reg_root parse_root(const char *s)
{
	for (size_t i = 0; i < sizeof(roots) / sizeof(roots[0]); i++)
		if (strcasecmp(s, roots[i].name) == 0)
			return roots[i].root;
	return ROOT_UNKNOWN;
}

/* SCM-owned values and the service-install directive that sets each. */
static const struct {
	const char *value;
	const char *directive;
} intrinsic[] = {
	{ "ImagePath", "ServiceBinary = %13%\\<file>" },
	{ "Type", "ServiceType =" },
	{ "Start", "StartType =" },
	{ "ErrorControl", "ErrorControl =" },
	{ "DisplayName", "DisplayName =" },
	{ "Description", "Description =" },
	{ "Group", "LoadOrderGroup =" },
	{ "DependOnService", "Dependencies =" },
	{ "DependOnGroup", "Dependencies = +<group>" },
	{ "ObjectName", "StartName =" },
	{ "RequiredPrivileges", "RequiredPrivileges =" },
	{ "ServiceSidType", "ServiceSidType = (Windows 10 2004, 19041)" },
	{ "DelayedAutostart", "DelayedAutoStart = (Windows 10 2004, 19041)" },
	{ "FailureActions", "FailureActions = <section> (Windows 11 22H2, 22621)" },
	{ "BootFlags", "BootFlags = (build 25398+); Microsoft's samples moved it under Parameters instead" },
	{ "Tag", "the SPSVCINST_TAGTOFRONT AddService flag" },
};

static const char *intrinsic_directive(const char *value)
{
	for (size_t i = 0; i < sizeof(intrinsic) / sizeof(intrinsic[0]); i++)
		if (strcasecmp(value, intrinsic[i].value) == 0)
			return intrinsic[i].directive;
	return NULL;
}

/* HKLM keys a dedicated directive or HKR location replaces (§3.3). */
static const struct {
	const char *prefix;        /* under HKLM, after ControlSet normalisation */
	const char *what;
	const char *replacement;
	const char *min_os;
	const char *rule;
} directive_keys[] = {
	{ "SYSTEM\\CurrentControlSet\\Services\\EventLog\\", "an event-log source",
	  "an event-log-install section: AddService = <svc>,<flags>,<svc-inst>,<evtlog-inst> with "
	  "HKR,,EventMessageFile,0x00020000,\"%%SystemRoot%%\\System32\\IoLogMsg.dll;%13%\\<driver>.sys\" and "
	  "HKR,,TypesSupported,0x00010001,7", "any", "inf-registry-directive" },
	{ "SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\WINEVT\\", "an ETW provider/channel registration",
	  "[<DDInstall>.Events] AddEventProvider={provider-guid},<provider-section> (ProviderName, "
	  "ResourceFile=%13%\\..., MessageFile, AddChannel)", "Windows 10 1809 (17763)", "inf-registry-directive" },
	{ "SYSTEM\\CurrentControlSet\\Control\\WMI\\Autologger\\", "an ETW autologger",
	  "[<DDInstall>.Events] AddAutoLogger=<name>,{guid},<section> (or UpdateAutoLogger)",
	  "Windows 11 (22000)", "inf-registry-directive" },
	{ "SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\RunOnce", "a RunOnce entry",
	  "no INF equivalent: a one-time non-critical action goes to AddSoftware in a component INF",
	  "Windows 10 1703 (15063)", "inf-registry-directive" },
	{ "SOFTWARE\\Microsoft\\Windows\\CurrentVersion\\Run", "a Run entry",
	  "a UWP/Hardware Support App through AddSoftware in DDInstall.Software, or a demand-start Win32 "
	  "service with AddTrigger on the device interface", "Windows 10 1703 (15063)", "inf-registry-directive" },
	{ "SOFTWARE\\Classes\\", "a COM registration",
	  "[<DDInstall>.COM] AddComServer=<name>,,<com-server-section> with ServerBinary=%13%\\<dll>",
	  "Windows 11 24H2 (26100)", "inf-registry-directive" },
	{ "SYSTEM\\CurrentControlSet\\Control\\MediaCategories\\", "a media category name",
	  "HKR,MediaCategories\\<guid>,Name,,... in the DDInstall AddReg (Display values are unused: delete)",
	  "Windows 10 1809 (17763)", "inf-registry-directive" },
	{ "SYSTEM\\CurrentControlSet\\Control\\DmaSecurity\\", "a DMA security exception",
	  "delete the line (unused from Windows 11 24H2)", "any", "inf-registry-directive" },
	{ "SYSTEM\\CurrentControlSet\\Control\\MediaProperties\\PrivateProperties\\Joystick\\OEM\\",
	  "joystick OEM (DirectInput) data",
	  "no isolated equivalent: DirectInput reads OEM joystick and force-feedback data only from this "
	  "machine-global key; report the HID descriptor's capabilities from the device instead, or "
	  "keep the registration out of the driver package (companion app)", "-", "inf-registry-directive" },
	{ "SYSTEM\\CurrentControlSet\\Services\\WbioSrvc\\Databases\\", "a Windows Biometric Framework database",
	  "no isolated registration exists for WBF databases (the biometric service reads them only from "
	  "its own key): keep this package out of /w scope or follow Microsoft's current WBF guidance",
	  "-", "inf-registry-directive" },
	{ "SYSTEM\\CurrentControlSet\\Control\\Class\\", "a device class key",
	  "class filters: [<DDInstall>.Filters] AddFilter=<svc>,,<section> with FilterLevel=Class; class "
	  "properties: the class INF's own [ClassInstall32] HKR", "Windows 10 1903 (18362)", "inf-registry-directive" },
};

/* Normalised subkey: no leading '\', ControlSet00n -> CurrentControlSet. Sets *controlset when rewritten. */
static char *normalise_subkey(const char *s, bool *controlset)
{
	while (*s == '\\')
		s++;
	*controlset = false;
	if (str_istarts_with(s, "SYSTEM\\ControlSet0")) {
		const char *p = s + strlen("SYSTEM\\ControlSet0");
		while (*p >= '0' && *p <= '9')
			p++;
		*controlset = true;
		return xasprintf("SYSTEM\\CurrentControlSet%s", p);
	}
	return xstrdup(s);
}

struct reg_state;
static bool section_only_for_service(const struct inf_ctx *c, const struct reg_state *st, const char *section,
				     const char *svc);

struct move {
	const struct inf_entry *e;
	const struct inf_section *from;  /* add-registry section holding it */
	const struct inf_service *svc;
	char *sub;                       /* "Parameters[\\rest]" */
	bool quoted;
	struct finding *f;
};

/* Every section name an AddReg= line names, sorted: who references what. */
struct addreg_ref {
	const char *name;
	const struct inf_entry *e;
	const struct inf_section *in;
};

struct reg_state {
	struct move *moves;
	size_t n_moves, alloc_moves;
	struct addreg_ref *refs;
	size_t n_refs, alloc_refs;
};

static int addreg_ref_cmp(const void *a, const void *b)
{
	return strcasecmp(((const struct addreg_ref *)a)->name, ((const struct addreg_ref *)b)->name);
}

static void index_addreg(const struct inf_ctx *c, struct reg_state *st)
{
	for (size_t i = 0; i < c->inf->n_sections; i++) {
		const struct inf_section *s = c->inf->sections[i];
		for (size_t j = 0; j < s->n_entries; j++) {
			const struct inf_entry *e = s->entries[j];
			if (!inf_key_is(e, "AddReg"))
				continue;
			for (size_t f = 0; f < e->n_fields; f++) {
				if (!*e->fields[f].value)
					continue;
				ALLOC_GROW(st->refs, st->n_refs + 1, st->alloc_refs);
				st->refs[st->n_refs].name = e->fields[f].value;
				st->refs[st->n_refs].e = e;
				st->refs[st->n_refs].in = s;
				st->n_refs++;
			}
		}
	}
	if (st->n_refs > 1)
		qsort(st->refs, st->n_refs, sizeof(*st->refs), addreg_ref_cmp);
}

/* [*lo, *hi) of the index entries naming `section`. */
static void addreg_refs_of(const struct reg_state *st, const char *section, size_t *lo, size_t *hi)
{
	size_t a = 0, b = st->n_refs;
	while (a < b) {
		size_t m = a + (b - a) / 2;
		if (strcasecmp(st->refs[m].name, section) < 0)
			a = m + 1;
		else
			b = m;
	}
	*lo = a;
	while (b < st->n_refs && strcasecmp(st->refs[b].name, section) == 0)
		b++;
	*hi = a > b ? a : b;
}

/* Services created by AddReg alone: the SCM values this section writes for `svc`. */
static const struct {
	const char *value;
	const char *directive;
} svc_directives[] = {
	{ "DisplayName", "DisplayName" }, { "Description", "Description" }, { "Type", "ServiceType" },
	{ "Start", "StartType" }, { "ErrorControl", "ErrorControl" }, { "ImagePath", "ServiceBinary" },
	{ "Group", "LoadOrderGroup" }, { "DependOnService", "Dependencies" },
};

static bool creates_service(const struct inf_section *s, const char *svc)
{
	char *root = xasprintf("SYSTEM\\CurrentControlSet\\Services\\%s", svc);
	bool yes = false;
	for (size_t j = 0; j < s->n_entries && !yes; j++) {
		const struct inf_entry *e = s->entries[j];
		bool cs;
		char *sub = normalise_subkey(inf_entry_field(e, 1), &cs);
		const char *v = inf_entry_field(e, 2);
		yes = strcasecmp(sub, root) == 0 && (strcasecmp(v, "ImagePath") == 0 || strcasecmp(v, "Type") == 0);
		free(sub);
	}
	free(root);
	return yes;
}

/* The AddService + service-install section that replaces those AddReg lines. */
static char *synth_addservice(const struct inf_ctx *c, int reach, const char *svc)
{
	const struct inf_reach *r = &c->g->reach[reach];
	const char *install = NULL;
	bool primitive = false;
	for (int k = reach; k >= 0; k = c->g->reach[k].parent)
		if (c->g->reach[k].role == INF_ROLE_INSTALL || c->g->reach[k].role == INF_ROLE_DEFAULT_INSTALL) {
			install = c->g->reach[k].section->name;
			primitive = c->g->reach[k].role == INF_ROLE_DEFAULT_INSTALL;
			break;
		}
	char *root = xasprintf("SYSTEM\\CurrentControlSet\\Services\\%s", svc);
	struct strbuf sb = STRBUF_INIT;
	strbuf_addf(&sb, "create the service with AddService instead of registry lines (delete them): [%s.Services] "
		    "AddService = %s, %s, %s_Service_Inst; [%s_Service_Inst]", install ? install : "<DDInstall>", svc,
		    primitive ? "0" : "0x00000002", svc, svc);
	for (size_t d = 0; d < sizeof(svc_directives) / sizeof(svc_directives[0]); d++)
		for (size_t j = 0; j < r->section->n_entries; j++) {
			const struct inf_entry *e = r->section->entries[j];
			bool cs;
			char *sub = normalise_subkey(inf_entry_field(e, 1), &cs);
			bool hit = strcasecmp(sub, root) == 0 && strcasecmp(inf_entry_field(e, 2), svc_directives[d].value) == 0;
			free(sub);
			if (!hit)
				continue;
			const char *data = e->n_fields > 4 ? e->fields[4].unsubstituted : "";
			if (strcasecmp(svc_directives[d].value, "ImagePath") == 0) {
				const char *base = strrchr(inf_entry_field(e, 4), '\\');
				base = base ? base + 1 : inf_entry_field(e, 4);
				if (inf_pkgfile_find(c, base)) {
					strbuf_addf(&sb, " ServiceBinary = %%13%%\\%s;", base);
					break;
				}
			}
			strbuf_addf(&sb, " %s = %s;", svc_directives[d].directive, data);
			break;
		}
	free(root);
	if (sb.len && sb.buf[sb.len - 1] == ';')
		strbuf_setlen(&sb, sb.len - 1);
	return strbuf_detach(&sb, NULL);
}

static void report_hklm(struct inf_ctx *c, struct reg_state *st, int reach, const struct inf_entry *e,
			const char *sub_raw, bool key_op)
{
	const struct inf_reach *r = &c->g->reach[reach];
	bool cs;
	char *sub = normalise_subkey(sub_raw, &cs);
	const char *svc_prefix = "SYSTEM\\CurrentControlSet\\Services\\";
	const char *value = inf_entry_field(e, 2);
	int code = key_op ? 1320 : 1321;

	if (str_istarts_with(sub, svc_prefix) && !str_istarts_with(sub, "SYSTEM\\CurrentControlSet\\Services\\EventLog\\") &&
	    !str_istarts_with(sub, "SYSTEM\\CurrentControlSet\\Services\\WbioSrvc\\Databases\\")) {
		const char *name = sub + strlen(svc_prefix);
		const char *slash = strchr(name, '\\');
		char *svc = slash ? xstrndup(name, (size_t)(slash - name)) : xstrdup(name);
		const char *rest = slash ? slash : "";
		const struct inf_service *own = inf_graph_service(c->g, svc);
		if (!own && creates_service(r->section, svc)) {
			/* the INF creates this service through the registry: it is its own, without AddService */
			bool intr = !*rest && intrinsic_directive(value);
			struct finding *f = inf_report(c, intr ? "inf-service-intrinsic-value" : "inf-registry-own-service",
						       reach, e, 0, "creates service '%s' through HKLM registry lines "
						       "instead of AddService", svc);
			if (f) {
				f->infverif = code;
				char *p = synth_addservice(c, reach, svc);
				if (!intr) {
					char *q = xasprintf("%s; this value then goes to HKR,\"Parameters%s\" in an AddReg of "
							    "that service-install section", p,
							    str_istarts_with(rest, "\\Parameters") ? rest + 11 : "");
					free(p);
					p = q;
				}
				finding_set(&f->proposal, p);
				free(p);
				finding_set(&f->target, "service-created-by-addreg");
			}
		} else if (!own) {
			struct finding *f = inf_report(c, "inf-registry-foreign-service", reach, e, 0,
						       "writes the key of service '%s', which this INF does not install",
						       svc);
			if (f) {
				f->infverif = code;
				finding_set(&f->proposal, "remove the line: an INF may only change services it adds; "
							  "the other driver must expose the setting itself");
				finding_set(&f->target, "foreign-service-key");
			}
		} else if (!*rest && intrinsic_directive(value)) {
			struct finding *f = inf_report(c, "inf-service-intrinsic-value", reach, e, 0,
						       "sets SCM-owned value '%s' of service '%s' through HKLM",
						       value, svc);
			if (f) {
				char *p = xasprintf("set it in the service-install section [%s] with %s and delete the line",
						    own->install ? own->install->name : "?", intrinsic_directive(value));
				finding_set(&f->proposal, p);
				free(p);
			}
		} else if (!*rest || str_istarts_with(rest, "\\Parameters\\") || strcasecmp(rest, "\\Parameters") == 0) {
			struct finding *f = inf_report(c, "inf-registry-own-service", reach, e, 0,
						       "writes service '%s' state through an absolute HKLM path%s",
						       svc, cs ? " (via ControlSet00n, InfVerif 1222)" : "");
			if (f) {
				f->infverif = code;
				finding_set(&f->target, *rest ? "own-service-parameters" : "own-service-root-value");
				bool in_own_service_section = r->hkr == INF_HKR_SERVICE && r->service &&
							      strcasecmp(r->service, svc) == 0 &&
							      section_only_for_service(c, st, r->section->name, svc);
				if (f->severity != SEV_NOTE && in_own_service_section && e->n_fields > 1) {
					/* already in the service's own AddReg, where HKR is the service key */
					char *sub_new = *rest ? xstrdup(rest + 1) : xstrdup("Parameters");
					char *nsub = e->fields[1].quoted ? xasprintf("\"%s\"", sub_new) : xstrdup(sub_new);
					char *repl = xasprintf("HKR,%s", nsub);
					struct file_fix *fx = inf_fix(c, f);
					if (fx) {
						/* root and subkey fields only: the separators stay as written */
						inf_edit_replace_span(fx, c->inf, e->fields[0].span.start, e->fields[0].span.end, "HKR");
						inf_edit_replace_span(fx, c->inf, e->fields[1].span.start, e->fields[1].span.end, nsub);
						inf_fix_commit(c, f);
					}
					free(nsub);
					char *p = xasprintf("%s,... (HKR is this service's key here); read it with "
							    "IoOpenDriverRegistryKey(DriverRegKeyParameters)", repl);
					finding_set(&f->proposal, p);
					free(p);
					free(repl);
					free(sub_new);
				} else if (f->severity != SEV_NOTE && own->install) {
					ALLOC_GROW(st->moves, st->n_moves + 1, st->alloc_moves);
					struct move *m = &st->moves[st->n_moves++];
					m->e = e;
					m->from = r->section;
					m->svc = own;
					m->sub = *rest ? xstrdup(rest + 1) : xstrdup("Parameters");
					m->quoted = e->n_fields > 1 && e->fields[1].quoted;
					m->f = f;
				} else if (!own->install) {
					finding_set(&f->proposal, "the AddService line names no service-install section; "
								  "add one and write HKR,Parameters there");
				}
			}
		} else {
			struct finding *f = inf_report(c, "inf-registry-own-service", reach, e, 0,
						       "writes service '%s' subkey '%s' through HKLM", svc, rest + 1);
			if (f) {
				f->infverif = code;
				finding_set(&f->target, "own-service-subkey");
				finding_set(&f->proposal,
					    str_istarts_with(rest, "\\Instances") ?
					    "minifilter instances: HKR,\"Parameters\\Instances...\" in the service-install "
					    "AddReg, gated at 10.0...25952 (Windows 11 24H2) with a down-level copy" :
					    "move it under HKR,Parameters\\... in the service-install AddReg and read it with "
					    "IoOpenDriverRegistryKey(DriverRegKeyParameters)");
			}
		}
		free(svc);
		free(sub);
		return;
	}
	for (size_t k = 0; k < sizeof(directive_keys) / sizeof(directive_keys[0]); k++) {
		if (!str_istarts_with(sub, directive_keys[k].prefix))
			continue;
		bool filters = str_istarts_with(sub, "SYSTEM\\CurrentControlSet\\Control\\Class\\") &&
			       (strcasecmp(value, "UpperFilters") == 0 || strcasecmp(value, "LowerFilters") == 0);
		struct finding *f = inf_report(c, filters ? "inf-addreg-filters" : directive_keys[k].rule, reach, e, 0,
					       "registers %s through HKLM\\%s", filters ? "class filters" :
					       directive_keys[k].what, sub);
		if (f) {
			if (!filters)
				f->infverif = code;
			/* "no isolated equivalent ..." and "delete ..." are advice, not something to use;
			 * "-"/"any" are not minimum OS versions worth printing */
			const char *rep = directive_keys[k].replacement, *os = directive_keys[k].min_os;
			bool advice = str_istarts_with(rep, "no ") || str_istarts_with(rep, "delete ");
			bool has_os = strcmp(os, "-") != 0 && strcmp(os, "any") != 0;
			char *p = xasprintf("%s%s%s%s%s", advice ? "" : "use ", rep, has_os ? " (minimum OS: " : "",
					    has_os ? os : "", has_os ? ")" : "");
			finding_set(&f->proposal, p);
			free(p);
			finding_set(&f->target, directive_keys[k].what);
			bool media = str_istarts_with(sub, "SYSTEM\\CurrentControlSet\\Control\\MediaCategories\\");
			if (media && r->hkr == INF_HKR_DEVICE_SOFTWARE && e->n_fields > 1 &&
			    strcasecmp(value, "Display") != 0) {
				struct file_fix *fx = inf_fix(c, f);
				if (fx) {
					const char *rest = sub + strlen("SYSTEM\\CurrentControlSet\\Control\\");
					char *nsub = e->fields[1].quoted ? xasprintf("\"%s\"", rest) : xstrdup(rest);
					inf_edit_replace_span(fx, c->inf, e->fields[0].span.start, e->fields[0].span.end, "HKR");
					inf_edit_replace_span(fx, c->inf, e->fields[1].span.start, e->fields[1].span.end, nsub);
					free(nsub);
					inf_fix_commit(c, f);
				}
			}
		}
		free(sub);
		return;
	}
	struct finding *f = inf_report(c, "inf-registry-root", reach, e, 0,
				       "%s HKLM\\%s: a global key the package cannot own",
				       key_op ? "creates key" : "writes a value under", sub);
	if (f) {
		f->infverif = code;
		finding_set(&f->proposal, r->hkr == INF_HKR_DEVICE_HARDWARE || r->hkr == INF_HKR_DEVICE_SOFTWARE ?
			    "keep the setting as HKR state of the device (this section's HKR) and read it with "
			    "IoOpenDeviceRegistryKey / WdfDeviceOpenRegistryKey / CM_Open_DevNode_Key" :
			    "move the setting to HKR state the driver owns (device key from DDInstall, "
			    "Parameters from the service-install section) or remove it");
		finding_set(&f->target, "global-key");
	}
	free(sub);
}

static bool is_addreg_directive_for(const struct inf_entry *e, const char *section)
{
	if (!inf_key_is(e, "AddReg"))
		return false;
	for (size_t f = 0; f < e->n_fields; f++)
		if (strcasecmp(e->fields[f].value, section) == 0)
			return true;
	return false;
}

/* Delete section s (all occurrences) and the blank lines after each. */
static void delete_section(struct inf_ctx *c, struct file_fix *fx, const struct inf_section *s)
{
	const char *t = c->inf->text->utf8;
	for (size_t o = 0; o < s->n_occ; o++) {
		size_t from = s->occ[o].header_span.start;
		size_t to = s->occ[o].append_offset;
		if (to < s->occ[o].header_span.end)
			to = s->occ[o].header_span.end;
		size_t stop = s->occ[o].body_span.end, p = to;
		while (p < stop) {
			size_t q = p;
			while (q < stop && (t[q] == ' ' || t[q] == '\t'))
				q++;
			if (q < stop && (t[q] == '\r' || t[q] == '\n')) {
				p = q + ((t[q] == '\r' && q + 1 < stop && t[q + 1] == '\n') ? 2 : 1);
				continue;
			}
			break;
		}
		if (p == stop)
			to = p;
		inf_edit_replace_span(fx, c->inf, from, to, "");
	}
}

/* Remove `section` from every AddReg= list (whole line when it is the only one). */
static void drop_references(struct inf_ctx *c, const struct reg_state *st, struct file_fix *fx, const char *section)
{
	size_t lo, hi;
	addreg_refs_of(st, section, &lo, &hi);
	for (size_t r = lo; r < hi; r++) {
		const struct inf_entry *e = st->refs[r].e;
		bool again = false;
		for (size_t q = lo; q < r; q++)
			again |= st->refs[q].e == e;
		if (again)
			continue;
		size_t live = 0;
		for (size_t f = 0; f < e->n_fields; f++)
			if (*e->fields[f].value)
				live++;
		if (live <= 1) {
			inf_edit_delete_entry(fx, c->inf, e);
			continue;
		}
		for (size_t f = 0; f < e->n_fields; f++) {
			if (strcasecmp(e->fields[f].value, section) != 0)
				continue;
			if (f > 0)
				inf_edit_replace_span(fx, c->inf, e->fields[f - 1].span.end, e->fields[f].span.end, "");
			else
				inf_edit_replace_span(fx, c->inf, e->fields[0].span.start, e->fields[1].span.start, "");
			break;
		}
	}
}

static bool section_only_for_service(const struct inf_ctx *c, const struct reg_state *st, const char *section,
				     const char *svc)
{
	size_t lo, hi;
	addreg_refs_of(st, section, &lo, &hi);
	for (size_t r = lo; r < hi; r++) {
		bool ok = false;
		for (size_t k = 0; k < c->g->n_services && !ok; k++)
			ok = c->g->services[k].install == st->refs[r].in && strcasecmp(c->g->services[k].name, svc) == 0;
		if (!ok)
			return false;
	}
	return true;
}

static char *unique_section_name(const struct inf_ctx *c, const char *base)
{
	char *name = xasprintf("%s.AddReg", base);
	for (int n = 2; inf_find_section(c->inf, name); n++) {
		free(name);
		name = xasprintf("%s.AddReg%d", base, n);
	}
	return name;
}

static char *moved_line(const struct inf_ctx *c, const struct move *m)
{
	const struct inf_entry *e = m->e;
	/* value name, flags, data and a trailing comment, byte for byte */
	size_t end = e->line_span.end;
	const char *t = c->inf->text->utf8;
	while (end > e->span.end && (t[end - 1] == '\n' || t[end - 1] == '\r'))
		end--;
	char *tail = e->n_fields > 1 ? inf_raw(c, e->fields[1].span.end, end) : xstrdup("");
	/* keep the line's own spacing after the root's comma ("HKLM, \"...\"") */
	char *sep = e->n_fields > 1 ? inf_raw(c, e->fields[0].span.end, e->fields[1].span.start) : xstrdup(",");
	char *line = m->quoted ? xasprintf("HKR%s\"%s\"%s", sep, m->sub, tail) :
		xasprintf("HKR%s%s%s", sep, m->sub, tail);
	free(tail);
	free(sep);
	return line;
}

/* One fix for every own-service move: the lines land together with the
 * AddReg reference(s) and the removal of the sections they empty. */
static void build_moves_fix(struct inf_ctx *c, struct reg_state *st)
{
	if (!st->n_moves)
		return;
	struct finding *carrier = st->moves[0].f;
	struct file_fix *fx = inf_fix(c, carrier);
	if (!fx)
		return;
	/* services touched, in order */
	const char *done[64];
	size_t n_done = 0;
	for (size_t i = 0; i < st->n_moves; i++) {
		const char *svc = st->moves[i].svc->name;
		bool seen = false;
		for (size_t k = 0; k < n_done; k++)
			seen |= strcasecmp(done[k], svc) == 0;
		if (seen || n_done == 64)
			continue;
		done[n_done++] = svc;
		/* every service-install section of this service */
		const struct inf_section *installs[32];
		size_t n_inst = 0;
		for (size_t k = 0; k < c->g->n_services && n_inst < 32; k++) {
			const struct inf_service *s = &c->g->services[k];
			if (strcasecmp(s->name, svc) != 0 || !s->install)
				continue;
			bool dup = false;
			for (size_t q = 0; q < n_inst; q++)
				dup |= installs[q] == s->install;
			if (!dup)
				installs[n_inst++] = s->install;
		}
		/* an AddReg section every install already references, used by nothing else */
		const struct inf_section *target = NULL;
		const struct inf_entry *ar0 = inf_section_key(installs[0], "AddReg");
		for (size_t f = 0; ar0 && f < ar0->n_fields && !target; f++) {
			const char *cand = ar0->fields[f].value;
			const struct inf_section *cs = inf_find_section(c->inf, cand);
			if (!cs || !section_only_for_service(c, st, cand, svc))
				continue;
			bool all = true;
			for (size_t q = 1; q < n_inst; q++) {
				bool has = false;
				for (size_t j = 0; j < installs[q]->n_entries; j++)
					has |= is_addreg_directive_for(installs[q]->entries[j], cand);
				all &= has;
			}
			bool moving_from_it = false;
			for (size_t q = 0; q < st->n_moves; q++)
				moving_from_it |= st->moves[q].from == cs;
			if (all && !moving_from_it)
				target = cs;
		}
		struct strbuf body = STRBUF_INIT;
		const char *eol = inf_eol_near(c, installs[0]->occ[0].header_span.start);
		for (size_t q = 0; q < st->n_moves; q++) {
			if (strcasecmp(st->moves[q].svc->name, svc) != 0)
				continue;
			char *l = moved_line(c, &st->moves[q]);
			struct strbuf probe = STRBUF_INIT;
			strbuf_addf(&probe, "%s%s", l, eol);
			/* the same value from several device sections lands once */
			bool dup = false;
			for (const char *at = body.buf; !dup && (at = strstr(at, probe.buf)); at++)
				dup = at == body.buf || at[-1] == '\n' || at[-1] == '\r';
			if (!dup)
				strbuf_add(&body, probe.buf, probe.len);
			strbuf_release(&probe);
			free(l);
		}
		if (target) {
			size_t at = target->occ[target->n_occ - 1].append_offset;
			const char *t = c->inf->text->utf8;
			char *ins = (at > 0 && t[at - 1] != '\n' && t[at - 1] != '\r') ?
				xasprintf("%s%s", eol, body.buf) : xstrdup(body.buf);
			inf_edit_replace_span(fx, c->inf, at, at, ins);
			free(ins);
		} else {
			char *name = unique_section_name(c, installs[0]->name);
			for (size_t q = 0; q < n_inst; q++) {
				const struct inf_section *s = installs[q];
				const struct inf_entry *ar = inf_section_key(s, "AddReg");
				size_t at = s->occ[s->n_occ - 1].append_offset;
				const char *t = c->inf->text->utf8;
				const char *lead = at > 0 && t[at - 1] != '\n' && t[at - 1] != '\r' ? eol : "";
				struct strbuf ins = STRBUF_INIT;
				if (ar && ar->n_fields) {
					const struct inf_field *last = &ar->fields[ar->n_fields - 1];
					const char *sep = ", ";
					if (ar->n_fields > 1 && ar->fields[0].span.end + 1 == ar->fields[1].span.start)
						sep = ",";
					char *add = xasprintf("%s%s", sep, name);
					inf_edit_replace_span(fx, c->inf, last->span.end, last->span.end, add);
					free(add);
				} else {
					char *l = inf_format_directive(c, s, "AddReg", name);
					strbuf_addf(&ins, "%s%s%s", lead, l, eol);
					lead = "";
					free(l);
				}
				if (q == 0)
					strbuf_addf(&ins, "%s%s[%s]%s%s", lead, eol, name, eol, body.buf);
				if (ins.len)
					inf_edit_replace_span(fx, c->inf, at, at, ins.buf);
				strbuf_release(&ins);
			}
			char *p = xasprintf("moved to [%s] as HKR,Parameters values, referenced from every "
					    "service-install section of '%s'; read them with "
					    "IoOpenDriverRegistryKey(DriverRegKeyParameters) (Windows 10 1803) or "
					    "WdfDriverOpenParametersRegistryKey", name, svc);
			for (size_t q = 0; q < st->n_moves; q++)
				if (strcasecmp(st->moves[q].svc->name, svc) == 0)
					finding_set(&st->moves[q].f->proposal, p);
			free(p);
			free(name);
		}
		if (target) {
			char *p = xasprintf("moved to [%s] as HKR,Parameters values; read them with "
					    "IoOpenDriverRegistryKey(DriverRegKeyParameters) (Windows 10 1803)", target->name);
			for (size_t q = 0; q < st->n_moves; q++)
				if (strcasecmp(st->moves[q].svc->name, svc) == 0)
					finding_set(&st->moves[q].f->proposal, p);
			free(p);
		}
		strbuf_release(&body);
	}
	/* remove moved lines; whole sections when nothing else is left in them */
	for (size_t i = 0; i < st->n_moves; i++) {
		const struct inf_section *from = st->moves[i].from;
		bool first_of_section = true;
		for (size_t k = 0; k < i; k++)
			first_of_section &= st->moves[k].from != from;
		if (!first_of_section)
			continue;
		size_t moved = 0;
		for (size_t k = 0; k < st->n_moves; k++)
			moved += st->moves[k].from == from;
		if (moved == from->n_entries) {
			delete_section(c, fx, from);
			drop_references(c, st, fx, from->name);
		} else {
			for (size_t k = 0; k < st->n_moves; k++)
				if (st->moves[k].from == from)
					inf_edit_delete_entry(fx, c->inf, st->moves[k].e);
		}
	}
	if (!inf_fix_commit(c, carrier))
		finding_set(&carrier->proposal, "edit overlaps another fix; apply that one first and rescan");
	for (size_t i = 1; i < st->n_moves; i++)
		if (st->moves[i].f != carrier && st->moves[i].f->proposal) {
			char *p = xasprintf("%s (lands with the fix of line %d)", st->moves[i].f->proposal, carrier->line);
			finding_set(&st->moves[i].f->proposal, p);
			free(p);
		}
}

static void check_hkr(struct inf_ctx *c, int reach, const struct inf_entry *e)
{
	const struct inf_reach *r = &c->g->reach[reach];
	const char *sub = inf_entry_field(e, 1);
	const char *value = inf_entry_field(e, 2);
	if (r->hkr == INF_HKR_SERVICE) {
		bool in_params = str_istarts_with(sub, "Parameters") &&
				 (sub[10] == '\0' || sub[10] == '\\');
		if (in_params)
			return;
		const char *dir = !*sub ? intrinsic_directive(value) : NULL;
		if (dir) {
			struct finding *f = inf_report(c, "inf-service-intrinsic-value", reach, e, 0,
						       "sets SCM-owned value '%s' of service '%s' with AddReg", value,
						       r->service ? r->service : "?");
			if (f) {
				char *p = xasprintf("use %s in the service-install section and delete the line", dir);
				finding_set(&f->proposal, p);
				free(p);
			}
			return;
		}
		struct finding *f = inf_report(c, "inf-service-root-value", reach, e, 0,
					       "writes %s%s%s of service '%s' outside its Parameters key",
					       *value ? "value '" : "key", *value ? value : "", *value ? "'" : "",
					       r->service ? r->service : "?");
		if (!f)
			return;
		/* Filter Manager, not the driver, reads these from the service key root until
		 * 24H2; moving them earlier silently detaches the minifilter (Microsoft's
		 * minifilter samples move SupportedFeatures together with Instances). */
		if (str_istarts_with(sub, "Instances") ||
		    (!*sub && strcasecmp(value, "SupportedFeatures") == 0)) {
			finding_set(&f->proposal, "minifilter Instances and SupportedFeatures move to \"Parameters\" only "
						  "from Windows 11 24H2 (Filter Manager reads them from the service key "
						  "before): gate the isolated copy at 10.0...25952 and keep a down-level "
						  "section");
			return;
		}
		char *nsub = *sub ? xasprintf("Parameters\\%s", sub) : xstrdup("Parameters");
		char *p = xasprintf("HKR,%s,...; the driver reads it with IoOpenDriverRegistryKey(DriverRegKeyParameters) "
				    "or WdfDriverOpenParametersRegistryKey", nsub);
		finding_set(&f->proposal, p);
		free(p);
		struct file_fix *fx = inf_fix(c, f);
		if (fx) {
			if (e->n_fields < 2 || !*sub) {
				if (e->n_fields >= 2 && e->fields[1].quoted)
					inf_edit_replace_span(fx, c->inf, e->fields[1].span.start, e->fields[1].span.end,
							      "\"Parameters\"");
				else if (e->n_fields >= 2)
					inf_edit_replace_span(fx, c->inf, e->fields[1].span.start, e->fields[1].span.end,
							      "Parameters");
				else
					inf_edit_replace_field(fx, c->inf, e, 1, "Parameters");
			} else {
				size_t at = e->fields[1].span.start;
				if (c->inf->text->utf8[at] == '"')
					at++;
				inf_edit_replace_span(fx, c->inf, at, at, "Parameters\\");
			}
			inf_fix_commit(c, f);
		}
		free(nsub);
		return;
	}
	bool filters = strcasecmp(value, "UpperFilters") == 0 || strcasecmp(value, "LowerFilters") == 0;
	if (filters && !*sub && (r->hkr == INF_HKR_DEVICE_HARDWARE || r->hkr == INF_HKR_DEVICE_SOFTWARE ||
				 r->hkr == INF_HKR_CLASS)) {
		const char *data = inf_entry_field(e, 4);
		const char *advice = NULL;
		char *sys = xasprintf("%s.sys", data);
		bool inbox = inf_inbox_binary(sys, &advice);
		free(sys);
		struct finding *f = inf_report(c, "inf-addreg-filters", reach, e, 0,
					       "adds %s '%s' through AddReg", value, data);
		if (f) {
			char *p = inbox ? xasprintf("inbox filter: %s", advice) :
				xasprintf("[<DDInstall>.Filters] AddFilter = %s,,<filter-section> with FilterPosition = %s "
					  "(Windows 10 1903, 18362)%s", data,
					  value[0] == 'U' || value[0] == 'u' ? "Upper" : "Lower",
					  r->hkr == INF_HKR_CLASS ? "; class filters use FilterLevel = Class" : "");
			finding_set(&f->proposal, p);
			free(p);
		}
	}
}

void inf_rules_registry(struct inf_ctx *c)
{
	struct reg_state st = { 0 };
	index_addreg(c, &st);
	for (size_t i = 0; i < c->g->n_reach; i++) {
		const struct inf_reach *r = &c->g->reach[i];
		if (r->role == INF_ROLE_DELREG) {
			/* the DelReg= directive itself is inf-legacy-directive; global roots are reported per line */
			for (size_t j = 0; j < r->section->n_entries; j++) {
				const struct inf_entry *e = r->section->entries[j];
				enum reg_root root = e->key || !e->n_fields ? ROOT_UNKNOWN : parse_root(inf_entry_field(e, 0));
				if (root == ROOT_HKR || root == ROOT_UNKNOWN)
					continue;
				bool key_op = e->n_fields <= 2;
				struct finding *f = inf_report(c, "inf-registry-root", (int)i, e, 0,
							       "deletes %s %s\\%s%s%s: global registry state the package does "
							       "not own", key_op ? "key" : "a value under", inf_entry_field(e, 0),
							       inf_entry_field(e, 1), key_op ? "" : ", value ",
							       key_op ? "" : inf_entry_field(e, 2));
				if (f) {
					f->infverif = key_op ? 1320 : 1321;
					finding_set(&f->proposal, "remove the line (and the DelReg directive): an isolated INF only "
								  "adds state it owns");
					finding_set(&f->target, "global-delete");
				}
			}
			continue;
		}
		if (r->role != INF_ROLE_ADDREG)
			continue;
		for (size_t j = 0; j < r->section->n_entries; j++) {
			const struct inf_entry *e = r->section->entries[j];
			if (e->key || e->n_fields == 0)
				continue;
			enum reg_root root = parse_root(inf_entry_field(e, 0));
			bool ok;
			unsigned long flags = inf_parse_number(inf_entry_field(e, 3), &ok);
			if (!ok)
				flags = 0;
			bool key_op = e->n_fields <= 2 || (flags & 0x10);
			if ((flags & 0x8) && (flags & 0x10000)) {
				struct finding *f = inf_report(c, "inf-addreg-append", (int)i, e, 0,
							       "appends to REG_MULTI_SZ value '%s' (FLG_ADDREG_APPEND)",
							       inf_entry_field(e, 2));
				if (f)
					finding_set(&f->proposal, "write the complete value (0x00010000) or use AddFilter for "
								  "filter lists");
			}
			switch (root) {
			case ROOT_HKR:
				check_hkr(c, (int)i, e);
				break;
			case ROOT_HKLM:
				report_hklm(c, &st, (int)i, e, inf_entry_field(e, 1), key_op);
				break;
			case ROOT_HKCR: {
				const char *sub = inf_entry_field(e, 1);
				bool apo = str_istarts_with(sub, "AudioEngine\\AudioProcessingObjects");
				struct finding *f = inf_report(c, "inf-registry-hkcr", (int)i, e, 0,
							       "writes HKCR\\%s%s", sub,
							       apo ? " (audio processing object registration)" : "");
				if (!f)
					break;
				if (apo && r->hkr == INF_HKR_DEVICE_SOFTWARE) {
					finding_set(&f->proposal, "same subkey under HKR in this DDInstall AddReg");
					struct file_fix *fx = inf_fix(c, f);
					if (fx) {
						inf_edit_replace_span(fx, c->inf, e->fields[0].span.start,
								      e->fields[0].span.end, "HKR");
						inf_fix_commit(c, f);
					}
				} else if (apo) {
					finding_set(&f->proposal, "HKR,AudioEngine\\AudioProcessingObjects\\... in an AddReg "
								  "referenced from the DDInstall section");
				} else {
					finding_set(&f->proposal, "COM server: [<DDInstall>.COM] AddComServer with "
								  "ServerBinary=%13%\\<dll> (Windows 11 24H2, 26100); on "
								  "older targets there is no isolated equivalent");
					finding_set(&f->target, "hkcr-com");
				}
				break;
			}
			case ROOT_HKCU:
			case ROOT_HKU: {
				struct finding *f = inf_report(c, "inf-registry-root", (int)i, e, 0,
							       "writes per-user registry state (%s\\%s) from a driver package",
							       inf_entry_field(e, 0), inf_entry_field(e, 1));
				if (f) {
					f->infverif = key_op ? 1320 : 1321;
					finding_set(&f->proposal, "remove the line; per-user settings belong in the "
								  "companion app, there is no per-device equivalent");
					finding_set(&f->target, "per-user-key");
				}
				break;
			}
			case ROOT_UNKNOWN:
				break;
			}
		}
	}
	build_moves_fix(c, &st);
	for (size_t i = 0; i < st.n_moves; i++)
		free(st.moves[i].sub);
	free(st.moves);
	free(st.refs);
}
