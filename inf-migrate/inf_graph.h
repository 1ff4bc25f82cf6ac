/*
 * inf_graph: the install graph of one INF, i.e. which sections are install
 * content, in which role, and by which path they are reached.
 *
 * Roots are [Manufacturer] -> Models sections (one per TargetOSVersion
 * decoration), DefaultInstall[.NT<arch>[.ver]] (primitive drivers),
 * DefaultUninstall and [ClassInstall32]. From a Models entry the DDInstall
 * section is looked up as SetupAPI does (.NT<arch> -> .NT -> undecorated)
 * and its suffixed sections (.HW, .Services, .Interfaces, ...) follow the
 * chosen name. Every directive that names a section (AddReg, CopyFiles,
 * AddService, AddInterface, Needs, ...) adds an edge.
 *
 * Contract:
 *  - A section that no path reaches is not install content: no reach exists.
 *  - One reach per distinct (section, role, HKR meaning, service, down-level)
 *    with the first path found (breadth-first, shortest); `parent` chains
 *    back to the root so evidence can name the path.
 *  - A reach is `downlevel` when every decoration on its path has a sibling
 *    decoration with a higher OS version for the same architecture, i.e. the
 *    author ships a separate section for newer Windows (InfVerif /w does not
 *    hold such a copy to isolation when the bound is <= /wbuild). Enforced
 *    reaches come first in `reach`.
 *  - The graph only points into the inf_file; it must not outlive it.
 */
#ifndef DRISO_INF_GRAPH_H
#define DRISO_INF_GRAPH_H

#include "inf-migrate/inf.h"

#include <stdbool.h>
#include <stddef.h>

enum inf_role {
	INF_ROLE_MODELS,
	INF_ROLE_INSTALL,            /* DDInstall */
	INF_ROLE_INSTALL_HW,
	INF_ROLE_INSTALL_SERVICES,
	INF_ROLE_INSTALL_COINSTALLERS,
	INF_ROLE_INSTALL_INTERFACES,
	INF_ROLE_INSTALL_FILTERS,
	INF_ROLE_INSTALL_COMPONENTS,
	INF_ROLE_INSTALL_SOFTWARE,
	INF_ROLE_INSTALL_WDF,
	INF_ROLE_INSTALL_EVENTS,
	INF_ROLE_INSTALL_COM,
	INF_ROLE_INSTALL_LEGACY,     /* .LogConfigOverride, .FactDef */
	INF_ROLE_DEFAULT_INSTALL,
	INF_ROLE_DEFAULT_UNINSTALL,
	INF_ROLE_CLASS_INSTALL,
	INF_ROLE_SERVICE_INSTALL,    /* AddService field 3 */
	INF_ROLE_EVENTLOG_INSTALL,   /* AddService field 4 */
	INF_ROLE_INTERFACE_INSTALL,
	INF_ROLE_FILTER_INSTALL,
	INF_ROLE_COMPONENT_INSTALL,
	INF_ROLE_SOFTWARE_INSTALL,
	INF_ROLE_WDF_SERVICE,        /* KmdfService / UmdfService section */
	INF_ROLE_EVENT_PROVIDER,
	INF_ROLE_COM_SERVER,
	INF_ROLE_ADDREG,
	INF_ROLE_DELREG,
	INF_ROLE_BITREG,
	INF_ROLE_COPYFILES,
	INF_ROLE_DELFILES,
	INF_ROLE_RENFILES,
	INF_ROLE_OTHER_LIST,         /* UpdateInis, RegisterDlls, ProfileItems, ... */
};

/* What HKR means in an AddReg reached through this path (inf-rules.md §3.2). */
enum inf_hkr {
	INF_HKR_NONE,
	INF_HKR_DEVICE_SOFTWARE,
	INF_HKR_DEVICE_HARDWARE,
	INF_HKR_SERVICE,
	INF_HKR_EVENTLOG,
	INF_HKR_INTERFACE,
	INF_HKR_CLASS,
	INF_HKR_DEFAULT_INSTALL,     /* HKR is not valid from DefaultInstall */
	INF_HKR_OTHER,
};

struct inf_version {
	int major, minor, build;     /* 0 when absent */
};

/* One TargetOSVersion decoration of a Manufacturer line, or one
 * DefaultInstall/DefaultUninstall variant. */
struct inf_decoration {
	const struct inf_entry *mfg_entry;   /* Manufacturer line; NULL for DefaultInstall */
	size_t field;                        /* field of mfg_entry holding the decoration (0: none written) */
	const struct inf_section *section;   /* Models / DefaultInstall section; NULL when missing */
	char *base;                          /* Models base name ("Standard") */
	char *text;                          /* decoration as written, "" when none */
	char *arch;                          /* "amd64", "x86", "$ARCH$", "" (any) */
	bool has_nt;                         /* decoration starts with NT */
	bool has_version;
	struct inf_version ver;
	bool bounded;                        /* a sibling with a higher version exists */
	struct inf_version upper;            /* lowest such sibling version */
};

struct inf_reach {
	const struct inf_section *section;
	enum inf_role role;
	enum inf_hkr hkr;
	const char *service;         /* service name (service/event-log contexts), points into the model */
	const struct inf_entry *via; /* referencing entry; NULL for roots */
	int parent;                  /* index into reach, -1 for roots */
	int decoration;              /* index into decorations of the root, -1 when none */
	bool downlevel;
	bool umdf;                   /* install path loads a UMDF driver */
};

struct inf_service {
	char *name;                  /* resolved */
	const struct inf_entry *add; /* the AddService entry */
	const struct inf_section *install;   /* service-install section, may be NULL */
	const struct inf_section *eventlog;  /* may be NULL */
	bool downlevel;              /* only AddService lines in down-level paths */
	bool reached;
};

struct inf_graph {
	const struct inf_file *inf;
	struct inf_decoration *decorations;
	size_t n_decorations, alloc_decorations;
	struct inf_reach *reach;
	size_t n_reach, alloc_reach;
	struct inf_service *services;
	size_t n_services, alloc_services;
};

struct inf_graph *inf_graph_build(const struct inf_file *inf);
void inf_graph_free(struct inf_graph *g);

const char *inf_role_name(enum inf_role r);
/* Parse "NTamd64.10.0...16299" (or "" / "NT$ARCH$"); false when malformed. */
bool inf_decoration_parse(const char *text, char **arch, bool *has_nt, bool *has_version,
			  struct inf_version *v);
int inf_version_cmp(struct inf_version a, struct inf_version b);
/* The decoration's own effective minimum build (10.0 without build -> 10240,
 * 6.x -> that release's build, none -> 0). */
int inf_version_build(struct inf_version v);

/* True when any enforced (non-down-level) reach of s exists. */
bool inf_graph_enforced(const struct inf_graph *g, const struct inf_section *s);
/* First reach of s (enforced ones first), or -1. */
int inf_graph_find(const struct inf_graph *g, const struct inf_section *s);
/* Own service by name (case-insensitive), NULL when this INF does not add it. */
const struct inf_service *inf_graph_service(const struct inf_graph *g, const char *name);
/* "[Manufacturer] ... -> [Models.NTamd64] -> ..." for reach i; malloc'd. */
char *inf_graph_path(const struct inf_graph *g, int i);

#endif
