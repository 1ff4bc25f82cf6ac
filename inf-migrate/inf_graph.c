/*
 * Install graph (contract in inf_graph.h). Breadth-first from the roots so
 * the first path recorded for a section is the shortest one to show.
 */
#include "inf-migrate/inf_graph.h"

#include "core/strbuf.h"
#include "core/util.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

static const char *const role_names[] = {
	[INF_ROLE_MODELS] = "models",
	[INF_ROLE_INSTALL] = "DDInstall",
	[INF_ROLE_INSTALL_HW] = "DDInstall.HW",
	[INF_ROLE_INSTALL_SERVICES] = "DDInstall.Services",
	[INF_ROLE_INSTALL_COINSTALLERS] = "DDInstall.CoInstallers",
	[INF_ROLE_INSTALL_INTERFACES] = "DDInstall.Interfaces",
	[INF_ROLE_INSTALL_FILTERS] = "DDInstall.Filters",
	[INF_ROLE_INSTALL_COMPONENTS] = "DDInstall.Components",
	[INF_ROLE_INSTALL_SOFTWARE] = "DDInstall.Software",
	[INF_ROLE_INSTALL_WDF] = "DDInstall.Wdf",
	[INF_ROLE_INSTALL_EVENTS] = "DDInstall.Events",
	[INF_ROLE_INSTALL_COM] = "DDInstall.COM",
	[INF_ROLE_INSTALL_LEGACY] = "DDInstall (legacy suffix)",
	[INF_ROLE_DEFAULT_INSTALL] = "DefaultInstall",
	[INF_ROLE_DEFAULT_UNINSTALL] = "DefaultUninstall",
	[INF_ROLE_CLASS_INSTALL] = "ClassInstall32",
	[INF_ROLE_SERVICE_INSTALL] = "service-install",
	[INF_ROLE_EVENTLOG_INSTALL] = "event-log-install",
	[INF_ROLE_INTERFACE_INSTALL] = "add-interface",
	[INF_ROLE_FILTER_INSTALL] = "filter-install",
	[INF_ROLE_COMPONENT_INSTALL] = "component-install",
	[INF_ROLE_SOFTWARE_INSTALL] = "software-install",
	[INF_ROLE_WDF_SERVICE] = "WDF service-install",
	[INF_ROLE_EVENT_PROVIDER] = "event-provider",
	[INF_ROLE_COM_SERVER] = "COM server",
	[INF_ROLE_ADDREG] = "add-registry",
	[INF_ROLE_DELREG] = "del-registry",
	[INF_ROLE_BITREG] = "bit-registry",
	[INF_ROLE_COPYFILES] = "file-list",
	[INF_ROLE_DELFILES] = "file-list (DelFiles)",
	[INF_ROLE_RENFILES] = "file-list (RenFiles)",
	[INF_ROLE_OTHER_LIST] = "legacy list",
};

const char *inf_role_name(enum inf_role r)
{
	return (size_t)r < sizeof(role_names) / sizeof(role_names[0]) && role_names[r] ? role_names[r] : "?";
}

/* DDInstall suffix sections, in the order SetupAPI processes them. */
static const struct {
	const char *suffix;
	enum inf_role role;
	enum inf_hkr hkr;
} ddinstall_suffixes[] = {
	{ ".HW", INF_ROLE_INSTALL_HW, INF_HKR_DEVICE_HARDWARE },
	{ ".Services", INF_ROLE_INSTALL_SERVICES, INF_HKR_NONE },
	{ ".CoInstallers", INF_ROLE_INSTALL_COINSTALLERS, INF_HKR_DEVICE_SOFTWARE },
	{ ".Interfaces", INF_ROLE_INSTALL_INTERFACES, INF_HKR_NONE },
	{ ".Filters", INF_ROLE_INSTALL_FILTERS, INF_HKR_NONE },
	{ ".Components", INF_ROLE_INSTALL_COMPONENTS, INF_HKR_NONE },
	{ ".Software", INF_ROLE_INSTALL_SOFTWARE, INF_HKR_NONE },
	{ ".Wdf", INF_ROLE_INSTALL_WDF, INF_HKR_NONE },
	{ ".Events", INF_ROLE_INSTALL_EVENTS, INF_HKR_NONE },
	{ ".COM", INF_ROLE_INSTALL_COM, INF_HKR_NONE },
	{ ".LogConfigOverride", INF_ROLE_INSTALL_LEGACY, INF_HKR_NONE },
	{ ".FactDef", INF_ROLE_INSTALL_LEGACY, INF_HKR_NONE },
};
#define N_SUFFIXES (sizeof(ddinstall_suffixes) / sizeof(ddinstall_suffixes[0]))

/*
 * Directives that name other sections. `field` is the field holding the
 * section name (-1: every field is a section name); `service_field` the
 * field holding a service name that gives HKR its meaning.
 */
static const struct {
	const char *directive;
	int field;
	enum inf_role role;
	enum inf_hkr hkr;            /* INF_HKR_NONE: inherit the referencing section's */
	int service_field;
} directives[] = {
	{ "AddReg", -1, INF_ROLE_ADDREG, INF_HKR_NONE, -1 },
	{ "DelReg", -1, INF_ROLE_DELREG, INF_HKR_NONE, -1 },
	{ "BitReg", -1, INF_ROLE_BITREG, INF_HKR_NONE, -1 },
	{ "CopyFiles", -1, INF_ROLE_COPYFILES, INF_HKR_NONE, -1 },
	{ "DelFiles", -1, INF_ROLE_DELFILES, INF_HKR_NONE, -1 },
	{ "RenFiles", -1, INF_ROLE_RENFILES, INF_HKR_NONE, -1 },
	{ "UpdateInis", -1, INF_ROLE_OTHER_LIST, INF_HKR_NONE, -1 },
	{ "UpdateIniFields", -1, INF_ROLE_OTHER_LIST, INF_HKR_NONE, -1 },
	{ "Ini2Reg", -1, INF_ROLE_OTHER_LIST, INF_HKR_NONE, -1 },
	{ "ProfileItems", -1, INF_ROLE_OTHER_LIST, INF_HKR_NONE, -1 },
	{ "RegisterDlls", -1, INF_ROLE_OTHER_LIST, INF_HKR_NONE, -1 },
	{ "UnregisterDlls", -1, INF_ROLE_OTHER_LIST, INF_HKR_NONE, -1 },
	{ "LogConfig", -1, INF_ROLE_OTHER_LIST, INF_HKR_NONE, -1 },
	{ "AddService", 2, INF_ROLE_SERVICE_INSTALL, INF_HKR_SERVICE, 0 },
	{ "AddService", 3, INF_ROLE_EVENTLOG_INSTALL, INF_HKR_EVENTLOG, 0 },
	{ "AddInterface", 2, INF_ROLE_INTERFACE_INSTALL, INF_HKR_INTERFACE, -1 },
	{ "AddFilter", 2, INF_ROLE_FILTER_INSTALL, INF_HKR_OTHER, 0 },
	{ "AddComponent", 2, INF_ROLE_COMPONENT_INSTALL, INF_HKR_OTHER, -1 },
	{ "AddSoftware", 2, INF_ROLE_SOFTWARE_INSTALL, INF_HKR_OTHER, -1 },
	{ "KmdfService", 1, INF_ROLE_WDF_SERVICE, INF_HKR_OTHER, 0 },
	{ "UmdfService", 1, INF_ROLE_WDF_SERVICE, INF_HKR_OTHER, 0 },
	{ "AddEventProvider", 1, INF_ROLE_EVENT_PROVIDER, INF_HKR_OTHER, -1 },
	{ "AddComServer", 2, INF_ROLE_COM_SERVER, INF_HKR_OTHER, -1 },
};
#define N_DIRECTIVES (sizeof(directives) / sizeof(directives[0]))

static const char *const known_arches[] = { "", "x86", "amd64", "arm", "arm64", "ia64", "$ARCH$" };

bool inf_decoration_parse(const char *text, char **arch, bool *has_nt, bool *has_version,
			  struct inf_version *v)
{
	memset(v, 0, sizeof(*v));
	*has_nt = false;
	*has_version = false;
	*arch = xstrdup("");
	if (!text || !*text)
		return true;
	if (strncasecmp(text, "NT", 2) != 0)
		return false;
	*has_nt = true;
	const char *p = text + 2;
	const char *dot = strchr(p, '.');
	size_t alen = dot ? (size_t)(dot - p) : strlen(p);
	bool known = false;
	for (size_t i = 0; i < sizeof(known_arches) / sizeof(known_arches[0]); i++)
		if (strlen(known_arches[i]) == alen && strncasecmp(p, known_arches[i], alen) == 0)
			known = true;
	free(*arch);
	*arch = xstrndup(p, alen);
	if (!known)
		return false;
	if (!dot)
		return true;
	*has_version = true;
	/* major.minor.producttype.suitemask.build; empty fields keep their dots */
	int idx = 0;
	const char *q = dot + 1;
	while (idx < 5) {
		const char *end = strchr(q, '.');
		size_t n = end ? (size_t)(end - q) : strlen(q);
		if (n) {
			char buf[32];
			if (n >= sizeof(buf))
				return false;
			memcpy(buf, q, n);
			buf[n] = '\0';
			char *ep;
			long val = strtol(buf, &ep, 0);
			if (*ep)
				return false;
			if (idx == 0)
				v->major = (int)val;
			else if (idx == 1)
				v->minor = (int)val;
			else if (idx == 4)
				v->build = (int)val;
		}
		idx++;
		if (!end)
			break;
		q = end + 1;
	}
	return true;
}

int inf_version_build(struct inf_version v)
{
	if (v.build)
		return v.build;
	static const struct { int major, minor, build; } releases[] = {
		{ 5, 1, 2600 }, { 5, 2, 3790 }, { 6, 0, 6000 }, { 6, 1, 7600 },
		{ 6, 2, 9200 }, { 6, 3, 9600 }, { 10, 0, 10240 },
	};
	int best = 0;
	for (size_t i = 0; i < sizeof(releases) / sizeof(releases[0]); i++)
		if (v.major > releases[i].major || (v.major == releases[i].major && v.minor >= releases[i].minor))
			best = releases[i].build;
	return best;
}

int inf_version_cmp(struct inf_version a, struct inf_version b)
{
	if (a.major != b.major)
		return a.major < b.major ? -1 : 1;
	if (a.minor != b.minor)
		return a.minor < b.minor ? -1 : 1;
	if (a.build != b.build)
		return a.build < b.build ? -1 : 1;
	return 0;
}

static size_t add_decoration(struct inf_graph *g, const struct inf_entry *mfg, size_t field,
			     const char *base, const char *text, const char *section_name)
{
	ALLOC_GROW(g->decorations, g->n_decorations + 1, g->alloc_decorations);
	struct inf_decoration *d = &g->decorations[g->n_decorations];
	memset(d, 0, sizeof(*d));
	d->mfg_entry = mfg;
	d->field = field;
	d->base = xstrdup(base);
	d->text = xstrdup(text);
	d->section = inf_find_section(g->inf, section_name);
	inf_decoration_parse(text, &d->arch, &d->has_nt, &d->has_version, &d->ver);
	return g->n_decorations++;
}

/* Mark decorations [from, to) that a sibling with a higher version shadows. */
static void compute_bounds(struct inf_graph *g, size_t from, size_t to)
{
	for (size_t i = from; i < to; i++) {
		struct inf_decoration *d = &g->decorations[i];
		for (size_t j = from; j < to; j++) {
			struct inf_decoration *s = &g->decorations[j];
			if (i == j || !s->section)
				continue;
			bool shadows = false;
			if (!d->has_nt && s->has_nt)
				shadows = true; /* undecorated Models are pre-XP only once NT decorations exist */
			else if (d->has_nt && s->has_nt &&
				 (strcasecmp(s->arch, d->arch) == 0 || !*s->arch) &&
				 inf_version_cmp(s->ver, d->ver) > 0)
				shadows = true;
			if (!shadows)
				continue;
			if (!d->bounded || inf_version_cmp(s->ver, d->upper) < 0)
				d->upper = s->ver;
			d->bounded = true;
		}
	}
}

struct reach_key {
	const struct inf_section *section;
	enum inf_role role;
	enum inf_hkr hkr;
	const char *service;
	bool downlevel;
};

static int add_reach(struct inf_graph *g, const struct inf_section *s, enum inf_role role,
		     enum inf_hkr hkr, const char *service, const struct inf_entry *via, int parent,
		     int decoration, bool downlevel, bool umdf)
{
	if (!s)
		return -1;
	for (size_t i = 0; i < g->n_reach; i++) {
		struct inf_reach *r = &g->reach[i];
		if (r->section == s && r->role == role && r->hkr == hkr && r->downlevel == downlevel &&
		    r->decoration == decoration &&
		    ((!r->service && !service) || (r->service && service && strcasecmp(r->service, service) == 0)))
			return -1;
	}
	ALLOC_GROW(g->reach, g->n_reach + 1, g->alloc_reach);
	struct inf_reach *r = &g->reach[g->n_reach];
	r->section = s;
	r->role = role;
	r->hkr = hkr;
	r->service = service;
	r->via = via;
	r->parent = parent;
	r->decoration = decoration;
	r->downlevel = downlevel;
	r->umdf = umdf;
	return (int)g->n_reach++;
}

static enum inf_hkr hkr_of_role(enum inf_role role, enum inf_hkr inherited)
{
	switch (role) {
	case INF_ROLE_INSTALL:
	case INF_ROLE_INSTALL_COINSTALLERS:
		return INF_HKR_DEVICE_SOFTWARE;
	case INF_ROLE_INSTALL_HW:
		return INF_HKR_DEVICE_HARDWARE;
	case INF_ROLE_DEFAULT_INSTALL:
	case INF_ROLE_DEFAULT_UNINSTALL:
		return INF_HKR_DEFAULT_INSTALL;
	case INF_ROLE_CLASS_INSTALL:
		return INF_HKR_CLASS;
	case INF_ROLE_SERVICE_INSTALL:
		return INF_HKR_SERVICE;
	case INF_ROLE_EVENTLOG_INSTALL:
		return INF_HKR_EVENTLOG;
	case INF_ROLE_INTERFACE_INSTALL:
		return INF_HKR_INTERFACE;
	case INF_ROLE_ADDREG:
	case INF_ROLE_DELREG:
	case INF_ROLE_BITREG:
		return inherited;
	default:
		return INF_HKR_OTHER;
	}
}

/* Does the .Wdf section of this DDInstall name a UMDF service? */
static bool install_is_umdf(const struct inf_file *inf, const char *chosen)
{
	char *name = xasprintf("%s.Wdf", chosen);
	const struct inf_section *wdf = inf_find_section(inf, name);
	free(name);
	if (!wdf)
		return false;
	for (size_t i = 0; i < wdf->n_entries; i++)
		if (wdf->entries[i]->key && strcasecmp(wdf->entries[i]->key, "UmdfService") == 0)
			return true;
	return false;
}

static void add_suffixes(struct inf_graph *g, int parent, const char *chosen, bool only_services)
{
	struct inf_reach pr = g->reach[parent];
	for (size_t k = 0; k < N_SUFFIXES; k++) {
		if (only_services && ddinstall_suffixes[k].role != INF_ROLE_INSTALL_SERVICES)
			continue;
		char *name = xasprintf("%s%s", chosen, ddinstall_suffixes[k].suffix);
		const struct inf_section *s = inf_find_section(g->inf, name);
		free(name);
		enum inf_hkr hkr = ddinstall_suffixes[k].hkr;
		if (pr.role == INF_ROLE_DEFAULT_INSTALL && hkr != INF_HKR_NONE)
			hkr = INF_HKR_DEFAULT_INSTALL;
		add_reach(g, s, ddinstall_suffixes[k].role, hkr, NULL, NULL, parent, pr.decoration,
			  pr.downlevel, pr.umdf);
	}
}

/* DDInstall lookup: name.NT<arch> -> name.NT -> name. */
static const struct inf_section *find_ddinstall(const struct inf_file *inf, const char *name, const char *arch)
{
	const char *tries[3] = { NULL, ".NT", "" };
	char *deco = xasprintf(".NT%s", *arch ? arch : "x86");
	tries[0] = deco;
	const struct inf_section *s = NULL;
	for (int i = 0; i < 3 && !s; i++) {
		char *n = xasprintf("%s%s", name, tries[i]);
		s = inf_find_section(inf, n);
		free(n);
	}
	free(deco);
	return s;
}

static void record_service(struct inf_graph *g, const struct inf_entry *e, bool reached, bool downlevel)
{
	const char *name = inf_entry_field(e, 0);
	const char *inst = inf_entry_field(e, 2);
	const char *evt = inf_entry_field(e, 3);
	for (size_t i = 0; i < g->n_services; i++) {
		struct inf_service *sv = &g->services[i];
		if (sv->add == e) {
			if (reached && !sv->reached) {
				sv->reached = true;
				sv->downlevel = downlevel;
			} else if (reached && !downlevel) {
				sv->downlevel = false;
			}
			return;
		}
	}
	ALLOC_GROW(g->services, g->n_services + 1, g->alloc_services);
	struct inf_service *sv = &g->services[g->n_services++];
	memset(sv, 0, sizeof(*sv));
	sv->name = xstrdup(name);
	sv->add = e;
	sv->install = *inst ? inf_find_section(g->inf, inst) : NULL;
	sv->eventlog = *evt ? inf_find_section(g->inf, evt) : NULL;
	sv->reached = reached;
	sv->downlevel = reached ? downlevel : true;
}

static void expand(struct inf_graph *g, int idx)
{
	struct inf_reach r = g->reach[idx];
	const struct inf_section *s = r.section;
	if (r.role == INF_ROLE_COPYFILES || r.role == INF_ROLE_DELFILES || r.role == INF_ROLE_RENFILES ||
	    r.role == INF_ROLE_ADDREG || r.role == INF_ROLE_DELREG || r.role == INF_ROLE_BITREG ||
	    r.role == INF_ROLE_OTHER_LIST)
		return;
	if (r.role == INF_ROLE_MODELS) {
		const struct inf_decoration *d = r.decoration >= 0 ? &g->decorations[r.decoration] : NULL;
		for (size_t i = 0; i < s->n_entries; i++) {
			const struct inf_entry *e = s->entries[i];
			const char *inst = inf_entry_field(e, 0);
			if (!*inst)
				continue;
			const struct inf_section *dd = find_ddinstall(g->inf, inst, d ? d->arch : "");
			if (!dd)
				continue;
			bool umdf = install_is_umdf(g->inf, dd->name);
			int child = add_reach(g, dd, INF_ROLE_INSTALL, INF_HKR_DEVICE_SOFTWARE, NULL, e, idx,
					      r.decoration, r.downlevel, umdf);
			if (child >= 0)
				add_suffixes(g, child, dd->name, false);
		}
		return;
	}
	enum inf_hkr here = hkr_of_role(r.role, r.hkr);
	for (size_t i = 0; i < s->n_entries; i++) {
		const struct inf_entry *e = s->entries[i];
		if (!e->key)
			continue;
		if (strcasecmp(e->key, "AddService") == 0)
			record_service(g, e, true, r.downlevel);
		if (strcasecmp(e->key, "Needs") == 0) {
			for (size_t f = 0; f < e->n_fields; f++) {
				const struct inf_section *n = inf_find_section(g->inf, e->fields[f].value);
				add_reach(g, n, r.role, r.hkr, r.service, e, idx, r.decoration, r.downlevel, r.umdf);
			}
			continue;
		}
		for (size_t k = 0; k < N_DIRECTIVES; k++) {
			if (strcasecmp(e->key, directives[k].directive) != 0)
				continue;
			enum inf_hkr hkr = directives[k].hkr == INF_HKR_NONE ? here : directives[k].hkr;
			const char *svc = directives[k].service_field >= 0 ?
				inf_entry_field(e, (size_t)directives[k].service_field) : r.service;
			size_t lo = directives[k].field < 0 ? 0 : (size_t)directives[k].field;
			size_t hi = directives[k].field < 0 ? e->n_fields : lo + 1;
			for (size_t f = lo; f < hi && f < e->n_fields; f++) {
				const char *name = e->fields[f].value;
				if (!*name || name[0] == '@')
					continue;
				const struct inf_section *t = inf_find_section(g->inf, name);
				add_reach(g, t, directives[k].role, hkr, svc && *svc ? svc : NULL, e, idx,
					  r.decoration, r.downlevel,
					  r.umdf || strcasecmp(e->key, "UmdfService") == 0);
			}
		}
	}
}

/* Name without a known DDInstall suffix? (DefaultInstall.NTamd64.Services is not a root) */
static bool has_ddinstall_suffix(const char *name)
{
	for (size_t k = 0; k < N_SUFFIXES; k++)
		if (str_iends_with(name, ddinstall_suffixes[k].suffix))
			return true;
	return false;
}

static bool section_has_key_value(const struct inf_section *s, const char *key, const char *value)
{
	for (size_t i = 0; i < s->n_entries; i++)
		if (s->entries[i]->key && strcasecmp(s->entries[i]->key, key) == 0 &&
		    strcasecmp(inf_entry_field(s->entries[i], 0), value) == 0)
			return true;
	return false;
}

static void add_primitive_roots(struct inf_graph *g, const char *prefix, enum inf_role role)
{
	size_t from = g->n_decorations;
	size_t plen = strlen(prefix);
	for (size_t i = 0; i < g->inf->n_sections; i++) {
		const struct inf_section *s = g->inf->sections[i];
		if (strncasecmp(s->name, prefix, plen) != 0 || (s->name[plen] && s->name[plen] != '.'))
			continue;
		if (has_ddinstall_suffix(s->name))
			continue;
		const char *deco = s->name[plen] ? s->name + plen + 1 : "";
		size_t d = add_decoration(g, NULL, 0, prefix, deco, s->name);
		g->decorations[d].section = s;
	}
	size_t to = g->n_decorations;
	compute_bounds(g, from, to);
	for (size_t d = from; d < to; d++) {
		const struct inf_decoration *dec = &g->decorations[d];
		bool downlevel = dec->bounded;
		/* DefaultUninstall with LegacyUninstall=1 only runs on down-level Windows. */
		if (role == INF_ROLE_DEFAULT_UNINSTALL) {
			char *svc = xasprintf("%s.Services", dec->section->name);
			const struct inf_section *ss = inf_find_section(g->inf, svc);
			free(svc);
			if (section_has_key_value(dec->section, "LegacyUninstall", "1") ||
			    (ss && section_has_key_value(ss, "LegacyUninstall", "1")))
				downlevel = true;
		}
		int idx = add_reach(g, dec->section, role, hkr_of_role(role, INF_HKR_NONE), NULL, NULL, -1,
				    (int)d, downlevel, install_is_umdf(g->inf, dec->section->name));
		if (idx >= 0)
			add_suffixes(g, idx, dec->section->name, role == INF_ROLE_DEFAULT_UNINSTALL);
	}
}

struct inf_graph *inf_graph_build(const struct inf_file *inf)
{
	struct inf_graph *g = xcalloc(1, sizeof(*g));
	g->inf = inf;
	const struct inf_section *mfg = inf_find_section(inf, "Manufacturer");
	for (size_t i = 0; mfg && i < mfg->n_entries; i++) {
		const struct inf_entry *e = mfg->entries[i];
		const char *base = inf_entry_field(e, 0);
		if (!*base)
			continue;
		size_t from = g->n_decorations;
		size_t n_deco = 0;
		for (size_t f = 1; f < e->n_fields; f++) {
			const char *deco = e->fields[f].value;
			if (!*deco)
				continue;
			char *name = xasprintf("%s.%s", base, deco);
			add_decoration(g, e, f, base, deco, name);
			free(name);
			n_deco++;
		}
		if (!n_deco || inf_find_section(inf, base))
			add_decoration(g, e, 0, base, "", base);
		compute_bounds(g, from, g->n_decorations);
		for (size_t d = from; d < g->n_decorations; d++)
			add_reach(g, g->decorations[d].section, INF_ROLE_MODELS, INF_HKR_NONE, NULL, e, -1,
				  (int)d, g->decorations[d].bounded, false);
	}
	add_primitive_roots(g, "DefaultInstall", INF_ROLE_DEFAULT_INSTALL);
	add_primitive_roots(g, "DefaultUninstall", INF_ROLE_DEFAULT_UNINSTALL);
	/* [ClassInstall32] and its platform variants ([ClassInstall32.NTamd64]) */
	for (size_t i = 0; i < inf->n_sections; i++) {
		const struct inf_section *s = inf->sections[i];
		if (strcasecmp(s->name, "ClassInstall32") == 0 || str_istarts_with(s->name, "ClassInstall32.NT"))
			add_reach(g, s, INF_ROLE_CLASS_INSTALL, INF_HKR_CLASS, NULL, NULL, -1, -1, false, false);
	}
	for (size_t i = 0; i < g->n_reach; i++)
		expand(g, (int)i);

	/* Own services: every AddService of this INF, reached or not. */
	for (size_t i = 0; i < inf->n_sections; i++)
		for (size_t j = 0; j < inf->sections[i]->n_entries; j++) {
			const struct inf_entry *e = inf->sections[i]->entries[j];
			if (e->key && strcasecmp(e->key, "AddService") == 0 && *inf_entry_field(e, 0))
				record_service(g, e, false, true);
		}

	/* Enforced reaches first (stable), so per-line dedup keeps the enforced one. */
	struct inf_reach *sorted = xcalloc(g->n_reach ? g->n_reach : 1, sizeof(*sorted));
	int *map = xcalloc(g->n_reach ? g->n_reach : 1, sizeof(*map));
	size_t w = 0;
	for (int pass = 0; pass < 2; pass++)
		for (size_t i = 0; i < g->n_reach; i++)
			if (g->reach[i].downlevel == (pass == 1)) {
				map[i] = (int)w;
				sorted[w++] = g->reach[i];
			}
	for (size_t i = 0; i < w; i++)
		if (sorted[i].parent >= 0)
			sorted[i].parent = map[sorted[i].parent];
	free(g->reach);
	free(map);
	g->reach = sorted;
	g->alloc_reach = g->n_reach;
	return g;
}

void inf_graph_free(struct inf_graph *g)
{
	if (!g)
		return;
	for (size_t i = 0; i < g->n_decorations; i++) {
		free(g->decorations[i].base);
		free(g->decorations[i].text);
		free(g->decorations[i].arch);
	}
	for (size_t i = 0; i < g->n_services; i++)
		free(g->services[i].name);
	free(g->decorations);
	free(g->reach);
	free(g->services);
	free(g);
}

bool inf_graph_enforced(const struct inf_graph *g, const struct inf_section *s)
{
	for (size_t i = 0; i < g->n_reach; i++)
		if (g->reach[i].section == s && !g->reach[i].downlevel)
			return true;
	return false;
}

int inf_graph_find(const struct inf_graph *g, const struct inf_section *s)
{
	for (size_t i = 0; i < g->n_reach; i++)
		if (g->reach[i].section == s)
			return (int)i;
	return -1;
}

const struct inf_service *inf_graph_service(const struct inf_graph *g, const char *name)
{
	if (!name || !*name)
		return NULL;
	for (size_t i = 0; i < g->n_services; i++)
		if (strcasecmp(g->services[i].name, name) == 0)
			return &g->services[i];
	return NULL;
}

char *inf_graph_path(const struct inf_graph *g, int i)
{
	int chain[64];
	int n = 0;
	for (int k = i; k >= 0 && n < 64; k = g->reach[k].parent)
		chain[n++] = k;
	struct strbuf sb = STRBUF_INIT;
	for (int k = n - 1; k >= 0; k--) {
		const struct inf_reach *r = &g->reach[chain[k]];
		if (k != n - 1)
			strbuf_addstr(&sb, " -> ");
		if (r->parent < 0 && r->role == INF_ROLE_MODELS)
			strbuf_addstr(&sb, "[Manufacturer] -> ");
		if (r->via && r->parent >= 0 && g->reach[r->parent].role != INF_ROLE_MODELS) {
			/* show the directive, e.g. CopyFiles=X_Files */
			const char *key = r->via->key ? r->via->key : "";
			strbuf_addf(&sb, "%s=%s -> ", key, r->section->name);
		}
		strbuf_addf(&sb, "[%s]", r->section->name);
	}
	return strbuf_detach(&sb, NULL);
}
