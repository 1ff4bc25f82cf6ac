/*
 * Legacy operations (inf-rules.md §1D): non-additive and global directives,
 * co-installers and class installers. WDF co-installers are removed by the
 * fix (the framework is inbox); others get a proposal.
 */
#include "inf-migrate/inf_edit.h"
#include "inf-migrate/rules/inf_rules_ctx.h"

#include "core/strbuf.h"
#include "core/util.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

static const struct {
	const char *directive;
	int code;
	const char *why;
} legacy[] = {
	{ "DelFiles", 1302, "deletes files; driver-store files are removed with the package" },
	{ "RenFiles", 1302, "renames files outside the package" },
	{ "DelReg", 1308, "deletes registry state (non-additive)" },
	{ "DelService", 1302, "deletes a service; services go away with the package" },
	{ "BitReg", 1308, "edits registry bits in place (non-additive)" },
	{ "UpdateInis", 1300, "edits INI files" },
	{ "UpdateIniFields", 1300, "edits INI files" },
	{ "Ini2Reg", 1300, "copies INI data to the registry" },
	{ "ProfileItems", 1300, "creates Start-menu items" },
	{ "RegisterDlls", 1300, "runs DLL self-registration code" },
	{ "UnregisterDlls", 1300, "runs DLL self-unregistration code" },
	{ "LogConfig", 1300, "declares legacy resource configurations" },
	{ "DelProperty", 1308, "deletes device properties (non-additive)" },
};

static bool role_is_install(enum inf_role r)
{
	return r != INF_ROLE_ADDREG && r != INF_ROLE_DELREG && r != INF_ROLE_BITREG && r != INF_ROLE_COPYFILES &&
	       r != INF_ROLE_DELFILES && r != INF_ROLE_RENFILES && r != INF_ROLE_OTHER_LIST && r != INF_ROLE_MODELS;
}

static void rule_legacy_directives(struct inf_ctx *c)
{
	for (size_t i = 0; i < c->g->n_reach; i++) {
		const struct inf_reach *r = &c->g->reach[i];
		if (!role_is_install(r->role))
			continue;
		for (size_t j = 0; j < r->section->n_entries; j++) {
			const struct inf_entry *e = r->section->entries[j];
			for (size_t k = 0; k < sizeof(legacy) / sizeof(legacy[0]); k++) {
				if (!inf_key_is(e, legacy[k].directive))
					continue;
				struct finding *f = inf_report(c, "inf-legacy-directive", (int)i, e, 0,
							       "%s %s", legacy[k].directive, legacy[k].why);
				if (!f)
					break;
				f->infverif = legacy[k].code;
				finding_set(&f->proposal,
					    r->role == INF_ROLE_DEFAULT_UNINSTALL ?
					    "remove it (pnputil /delete-driver uninstalls the package); a DefaultUninstall "
					    "kept for down-level Windows must say LegacyUninstall=1" :
					    "remove the directive and the section it names");
				break;
			}
		}
	}
}

static bool is_wdf_coinstaller_name(const char *s)
{
	return str_istarts_with(s, "WdfCoInstaller") || str_istarts_with(s, "WudfUpdate_") ||
	       str_istarts_with(s, "WinUsbCoInstaller");
}

/* Only referenced from co-installer sections? */
static bool only_from_coinstallers(const struct inf_ctx *c, const struct inf_section *s)
{
	for (size_t i = 0; i < c->g->n_reach; i++) {
		const struct inf_reach *r = &c->g->reach[i];
		if (r->section != s)
			continue;
		if (r->parent < 0 || c->g->reach[r->parent].role != INF_ROLE_INSTALL_COINSTALLERS)
			return false;
	}
	return true;
}

static void delete_lines_of(struct inf_ctx *c, struct file_fix *fx, const struct inf_section *s)
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

/* The WDF co-installer's files, DestinationDirs and SourceDisksFiles lines. */
static bool wdf_coinstaller_fix(struct inf_ctx *c, struct file_fix *fx, const struct inf_section *ci)
{
	const struct inf_section *parts[16];
	size_t n_parts = 0;
	for (size_t j = 0; j < ci->n_entries; j++) {
		const struct inf_entry *e = ci->entries[j];
		if (!inf_key_is(e, "AddReg") && !inf_key_is(e, "CopyFiles"))
			return false;
		for (size_t f = 0; f < e->n_fields && n_parts < 16; f++) {
			const struct inf_section *s = inf_find_section(c->inf, e->fields[f].value);
			if (!s)
				continue;
			if (!only_from_coinstallers(c, s))
				return false;
			for (size_t k = 0; k < s->n_entries; k++) {
				const struct inf_entry *l = s->entries[k];
				const char *probe = inf_key_is(e, "AddReg") ? inf_entry_field(l, 4) : inf_entry_field(l, 0);
				if (!is_wdf_coinstaller_name(probe))
					return false;
			}
			parts[n_parts++] = s;
		}
	}
	delete_lines_of(c, fx, ci);
	const struct inf_section *dd = inf_find_section(c->inf, "DestinationDirs");
	for (size_t p = 0; p < n_parts; p++) {
		bool dup = false;
		for (size_t q = 0; q < p; q++)
			dup |= parts[q] == parts[p];
		if (dup)
			continue;
		delete_lines_of(c, fx, parts[p]);
		const struct inf_entry *d = inf_section_key(dd, parts[p]->name);
		if (d)
			inf_edit_delete_entry(fx, c->inf, d);
		/* --keep-downlevel copies still install the co-installer on old Windows */
		for (size_t k = 0; !c->opts->keep_downlevel && k < parts[p]->n_entries; k++) {
			const char *file = inf_entry_field(parts[p]->entries[k], 0);
			for (size_t s = 0; s < c->inf->n_sections; s++) {
				const struct inf_section *sec = c->inf->sections[s];
				if (!str_istarts_with(sec->name, "SourceDisksFiles"))
					continue;
				for (size_t x = 0; x < sec->n_entries; x++)
					if (sec->entries[x]->key && strcasecmp(sec->entries[x]->key, file) == 0)
						inf_edit_delete_entry(fx, c->inf, sec->entries[x]);
			}
		}
	}
	return true;
}

static void rule_coinstallers(struct inf_ctx *c)
{
	for (size_t i = 0; i < c->g->n_reach; i++) {
		const struct inf_reach *r = &c->g->reach[i];
		if (r->role == INF_ROLE_INSTALL_COINSTALLERS) {
			struct finding *f = inf_report_section(c, "inf-coinstaller", (int)i, r->section,
							       "[%s] installs a co-installer", r->section->name);
			if (!f)
				continue;
			struct file_fix *fx = inf_fix(c, f);
			if (fx && wdf_coinstaller_fix(c, fx, r->section)) {
				finding_set(&f->proposal, "WDF co-installer: remove the section, its AddReg/CopyFiles "
							  "sections and the co-installer files (the framework is inbox "
							  "since Windows 8.1)");
				if (!inf_fix_commit(c, f))
					finding_set(&f->proposal, "edit overlaps another fix; apply that one first and rescan");
			} else {
				if (fx)
					inf_fix_commit(c, f); /* empty: drops the fix */
				finding_set(&f->proposal, "remove the co-installer: UI goes to a Hardware Support App "
							  "(AddSoftware), WinUSB to Include/Needs winusb.inf, "
							  "configuration to the driver or HKR state");
			}
			continue;
		}
		if (r->role != INF_ROLE_ADDREG || (r->hkr != INF_HKR_CLASS && r->hkr != INF_HKR_DEVICE_SOFTWARE))
			continue;
		for (size_t j = 0; j < r->section->n_entries; j++) {
			const struct inf_entry *e = r->section->entries[j];
			const char *v = inf_entry_field(e, 2);
			bool class_inst = r->hkr == INF_HKR_CLASS && strcasecmp(v, "Installer32") == 0;
			bool co = strcasecmp(v, "CoInstallers32") == 0 &&
				  (r->parent < 0 || c->g->reach[r->parent].role != INF_ROLE_INSTALL_COINSTALLERS);
			if (!class_inst && !co)
				continue;
			struct finding *f = inf_report(c, "inf-coinstaller", (int)i, e, 0, "registers a %s (%s)",
						       class_inst ? "class installer" : "co-installer",
						       inf_entry_field(e, 4));
			if (f)
				finding_set(&f->proposal, class_inst ?
					    "remove the class installer; class properties stay as [ClassInstall32] HKR values" :
					    "remove the co-installer registration (see Removing Co-installers from Driver Packages)");
		}
	}
}

static void rule_umdf1(struct inf_ctx *c)
{
	for (size_t i = 0; i < c->g->n_reach; i++) {
		const struct inf_reach *r = &c->g->reach[i];
		if (r->role != INF_ROLE_WDF_SERVICE)
			continue;
		const struct inf_entry *v = inf_section_key(r->section, "UmdfLibraryVersion");
		if (!v || !str_starts_with(inf_entry_field(v, 0), "1."))
			continue;
		struct finding *f = inf_report(c, "inf-umdf1", (int)i, v, 0,
					       "UMDF %s driver: only UMDF 2 drivers can be isolated Windows Drivers",
					       inf_entry_field(v, 0));
		if (f)
			finding_set(&f->proposal, "port the driver to UMDF 2 (Porting a Driver from UMDF 1 to UMDF 2), "
						  "then UmdfLibraryVersion = $UMDFVERSION$ and drop the WUDF co-installer");
	}
}

void inf_rules_legacy(struct inf_ctx *c)
{
	rule_umdf1(c);
	rule_legacy_directives(c);
	rule_coinstallers(c);
}
