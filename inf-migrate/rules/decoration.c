/*
 * Target-OS rules (inf-rules.md §5, §1F): install content that copies files
 * (DIRID 13 once isolated) must be reachable only from 10.0.16299 on
 * (UMDF: 17134), and [Version] needs PnpLockdown=1.
 */
#include "inf-migrate/inf_edit.h"
#include "inf-migrate/rules/inf_rules_ctx.h"

#include "core/strbuf.h"
#include "core/util.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define RFDS_BUILD 16299
#define UMDF_RFDS_BUILD 17134
#define PRIMITIVE_BUILD 18362

static int root_reach(const struct inf_ctx *c, int deco)
{
	for (size_t i = 0; i < c->g->n_reach; i++)
		if (c->g->reach[i].decoration == deco && c->g->reach[i].parent < 0)
			return (int)i;
	return -1;
}

static bool from_coinstaller(const struct inf_ctx *c, int i)
{
	int p = c->g->reach[i].parent;
	return p >= 0 && c->g->reach[p].role == INF_ROLE_INSTALL_COINSTALLERS;
}

static char *new_decoration(const struct inf_ctx *c, const struct inf_decoration *d, int build)
{
	const char *arch = d->has_nt ? d->arch : (c->inf->is_inx ? "$ARCH$" : "amd64");
	return xasprintf("NT%s.10.0...%d", arch, build);
}

static void rename_with_suffixes(struct inf_ctx *c, struct file_fix *fx, const struct inf_section *s,
				 const char *new_name)
{
	static const char *const suffixes[] = { ".HW", ".Services", ".CoInstallers", ".Interfaces", ".Filters",
						".Components", ".Software", ".Wdf", ".Events", ".COM" };
	inf_edit_rename_section(fx, c->inf, s, new_name);
	for (size_t k = 0; k < sizeof(suffixes) / sizeof(suffixes[0]); k++) {
		char *old = xasprintf("%s%s", s->name, suffixes[k]);
		const struct inf_section *sub = inf_find_section(c->inf, old);
		if (sub) {
			char *nn = xasprintf("%s%s", new_name, suffixes[k]);
			inf_edit_rename_section(fx, c->inf, sub, nn);
			free(nn);
		}
		free(old);
	}
}

static void rule_target_os(struct inf_ctx *c)
{
	for (size_t di = 0; di < c->g->n_decorations; di++) {
		const struct inf_decoration *d = &c->g->decorations[di];
		if (!d->section || d->bounded || strcasecmp(d->arch, "ia64") == 0)
			continue;
		bool shared_earlier = false;
		for (size_t dj = 0; dj < di; dj++)
			shared_earlier |= c->g->decorations[dj].section == d->section;
		if (shared_earlier)
			continue;
		bool copies = false, umdf = false, uses13 = false;
		for (size_t i = 0; i < c->n_files; i++)
			uses13 |= c->files[i].dirid == 13 && c->files[i].enforced &&
				  c->g->reach[c->files[i].reach].decoration == (int)di;
		for (size_t i = 0; i < c->g->n_reach; i++) {
			const struct inf_reach *r = &c->g->reach[i];
			if (r->decoration != (int)di || r->downlevel)
				continue;
			if (r->role == INF_ROLE_COPYFILES && !from_coinstaller(c, (int)i))
				copies = true;
			if (r->role == INF_ROLE_DEFAULT_UNINSTALL)
				break;
			umdf |= r->umdf;
		}
		for (size_t i = 0; i < c->n_files && !copies; i++)
			copies = !c->files[i].list && c->g->reach[c->files[i].reach].decoration == (int)di;
		if (!copies)
			continue;
		int floor = umdf ? UMDF_RFDS_BUILD : RFDS_BUILD;
		int have = d->has_version ? inf_version_build(d->ver) : 0;
		bool primitive = !d->mfg_entry;
		/* An arch-decorated DefaultInstall is a primitive driver: Windows 10 1903+ only. */
		if (primitive && d->has_nt && *d->arch && have < PRIMITIVE_BUILD)
			have = PRIMITIVE_BUILD;
		if (have >= floor)
			continue;
		int reach = root_reach(c, (int)di);
		char *nd = new_decoration(c, d, floor);
		const char *what = umdf ? "UMDF run-from-driver-store needs 10.0.17134" :
			"DIRID 13 (run from driver store) needs 10.0.16299";
		struct finding *f;
		if (d->mfg_entry)
			f = inf_report(c, "inf-target-os", reach, d->mfg_entry, (int)d->field,
				       "Models section [%s] %s and can install on Windows before %d; %s",
				       d->section->name, uses13 ? "copies files to DIRID 13" :
				       "copies files (to DIRID 13 once isolated)", floor, what);
		else
			f = inf_report_section(c, "inf-target-os", reach, d->section,
					       "[%s] is not architecture-decorated: it is a legacy install section "
					       "that runs on any Windows; a primitive driver uses "
					       "[DefaultInstall.NT<arch>] (Windows 10 1903) and may then use DIRID 13",
					       d->section->name);
		if (f && primitive)
			f->infverif = 1420;
		if (!f) {
			free(nd);
			continue;
		}
		if (have >= RFDS_BUILD && umdf)
			f->infverif = 0; /* the UMDF floor is run-from-store guidance, not InfVerif 1199 */
		char *new_section = xasprintf("%s.%s", d->base, nd);
		struct file_fix *fx = inf_fix(c, f);
		struct strbuf prop = STRBUF_INIT;
		if (d->mfg_entry) {
			bool keep = c->opts->keep_downlevel;
			if (fx) {
				/* every Manufacturer field naming this Models section moves with it */
				for (size_t dj = 0; dj < c->g->n_decorations; dj++) {
					const struct inf_decoration *o = &c->g->decorations[dj];
					if (o->section != d->section || !o->mfg_entry)
						continue;
					const struct inf_field *fl = &o->mfg_entry->fields[o->field];
					if (o->field > 0 && !keep) {
						inf_edit_replace_span(fx, c->inf, fl->span.start, fl->span.end, nd);
					} else {
						char *ins = xasprintf(",%s", nd);
						inf_edit_replace_span(fx, c->inf, fl->span.end, fl->span.end, ins);
						free(ins);
					}
				}
				if (keep) {
					const char **lines = xcalloc(d->section->n_entries + 1, sizeof(*lines));
					for (size_t k = 0; k < d->section->n_entries; k++)
						lines[k] = d->section->entries[k]->raw;
					inf_edit_add_section(fx, c->inf, new_section, lines, d->section->n_entries);
					free(lines);
				} else {
					inf_edit_rename_section(fx, c->inf, d->section, new_section);
				}
			}
			strbuf_addf(&prop, "[Manufacturer] ...,%s and [%s]%s", nd, new_section,
				    keep ? "; the old decoration stays as the down-level copy, whose DDInstall sections "
					   "need their own non-isolated copies (DIRID 12) if they must keep working there" : "");
		} else {
			char *nn = xasprintf("DefaultInstall.NT%s", d->has_nt && *d->arch ? d->arch :
					     (c->inf->is_inx ? "$ARCH$" : "amd64"));
			if (fx)
				rename_with_suffixes(c, fx, d->section, nn);
			strbuf_addf(&prop, "[%s] (and its .Services etc.)", nn);
			free(nn);
		}
		finding_set(&f->proposal, prop.buf);
		strbuf_release(&prop);
		if (fx && !inf_fix_commit(c, f))
			finding_set(&f->proposal, "edit overlaps another fix; apply that one first and rescan");
		free(new_section);
		free(nd);
	}
}

static void rule_pnplockdown(struct inf_ctx *c)
{
	bool enforced_root = false;
	for (size_t i = 0; i < c->g->n_reach && !enforced_root; i++)
		enforced_root = !c->g->reach[i].downlevel && c->g->reach[i].parent < 0 &&
				c->g->reach[i].role != INF_ROLE_CLASS_INSTALL;
	const struct inf_section *v = inf_find_section(c->inf, "Version");
	if (!enforced_root || !v)
		return;
	const struct inf_entry *pl = inf_section_key(v, "PnpLockdown");
	if (pl && strcmp(inf_entry_field(pl, 0), "1") == 0)
		return;
	struct finding *f = pl ? inf_report(c, "inf-pnplockdown", -1, pl, 0, "PnpLockdown is not 1") :
		inf_report_section(c, "inf-pnplockdown", -1, v, "[Version] lacks PnpLockdown=1");
	if (!f)
		return;
	finding_set(&f->proposal, "PnpLockdown=1");
	struct file_fix *fx = inf_fix(c, f);
	if (!fx)
		return;
	if (pl) {
		inf_edit_replace_span(fx, c->inf, pl->fields[0].span.start, pl->fields[0].span.end, "1");
	} else {
		char *line = inf_format_directive(c, v, "PnpLockdown", "1");
		size_t at = v->occ[v->n_occ - 1].append_offset;
		const char *t = c->inf->text->utf8;
		const char *eol = inf_eol_near(c, v->occ[0].header_span.start);
		char *ins = (at > 0 && t[at - 1] != '\n' && t[at - 1] != '\r') ? xasprintf("%s%s%s", eol, line, eol) :
			xasprintf("%s%s", line, eol);
		inf_edit_replace_span(fx, c->inf, at, at, ins);
		free(ins);
		free(line);
	}
	inf_fix_commit(c, f);
}

void inf_rules_decoration(struct inf_ctx *c)
{
	rule_target_os(c);
	rule_pnplockdown(c);
}
