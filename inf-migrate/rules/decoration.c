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
#define WIN11_BUILD 22000

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

/* Fields of a directive that name other sections (-1: every field). */
static bool field_names_section(const struct inf_entry *e, size_t f)
{
	static const struct { const char *key; int field; } refs[] = {
		{ "AddReg", -1 }, { "DelReg", -1 }, { "BitReg", -1 }, { "CopyFiles", -1 }, { "DelFiles", -1 },
		{ "RenFiles", -1 }, { "UpdateInis", -1 }, { "UpdateIniFields", -1 }, { "Ini2Reg", -1 },
		{ "ProfileItems", -1 }, { "RegisterDlls", -1 }, { "UnregisterDlls", -1 }, { "Needs", -1 },
		{ "AddService", 2 }, { "AddService", 3 }, { "AddInterface", 2 }, { "AddFilter", 2 },
		{ "AddComponent", 2 }, { "AddSoftware", 2 }, { "AddComServer", 2 }, { "KmdfService", 1 },
		{ "UmdfService", 1 }, { "AddEventProvider", 1 },
	};
	for (size_t k = 0; k < sizeof(refs) / sizeof(refs[0]); k++)
		if (inf_key_is(e, refs[k].key) && (refs[k].field < 0 || (size_t)refs[k].field == f))
			return true;
	return false;
}

struct dl_copy {
	const struct inf_section *from;
	char *name;
};

static const char *dl_name(const struct dl_copy *v, size_t n, const char *section)
{
	for (size_t i = 0; i < n; i++)
		if (strcasecmp(v[i].from->name, section) == 0)
			return v[i].name;
	return NULL;
}

static char *dl_unique(const struct inf_ctx *c, const char *want)
{
	char *name = xstrdup(want);
	for (int k = 2; inf_find_section(c->inf, name); k++) {
		free(name);
		name = xasprintf("%s%d", want, k);
	}
	return name;
}

/*
 * --keep-downlevel: the old decoration keeps working as before. Every section
 * its installs reach is copied as <name>_Downlevel (DDInstall copies keep
 * their platform suffix so the lookup still finds them), references inside
 * the copies point at the copies, copied file lists keep their original
 * DestinationDirs value, and the old Models entries point at the copies.
 * The original sections are what the isolated decoration (and the other
 * fixes) use.
 */
struct dl_made {
	struct dl_copy *v;       /* copies created by earlier decorations' fixes in this run */
	size_t n, alloc;
};

static void downlevel_copies(struct inf_ctx *c, struct file_fix *fx, int di, struct strbuf *names_out,
			     struct dl_made *made)
{
	const struct inf_decoration *d = &c->g->decorations[di];
	struct dl_copy *v = NULL;
	size_t n = 0, alloc = 0;
	bool *existing = NULL;
	for (size_t i = 0; i < c->g->n_reach; i++) {
		const struct inf_reach *r = &c->g->reach[i];
		if (r->decoration != di || r->parent < 0 || dl_name(v, n, r->section->name))
			continue;
		const char *prior = dl_name(made->v, made->n, r->section->name);
		if (prior) {
			ALLOC_GROW(v, n + 1, alloc);
			existing = xrealloc(existing, alloc * sizeof(*existing));
			v[n].from = r->section;
			v[n].name = xstrdup(prior);
			existing[n++] = true;
			continue;
		}
		const struct inf_reach *p = &c->g->reach[r->parent];
		char *want;
		if (r->role == INF_ROLE_INSTALL && r->via) {
			const char *base = inf_entry_field(r->via, 0);
			size_t bl = strlen(base);
			want = str_istarts_with(r->section->name, base) ?
				xasprintf("%s_Downlevel%s", base, r->section->name + bl) :
				xasprintf("%s_Downlevel", r->section->name);
		} else if (!r->via && dl_name(v, n, p->section->name) &&
			   str_istarts_with(r->section->name, p->section->name)) {
			want = xasprintf("%s%s", dl_name(v, n, p->section->name),
					 r->section->name + strlen(p->section->name));
		} else {
			want = xasprintf("%s_Downlevel", r->section->name);
		}
		ALLOC_GROW(v, n + 1, alloc);
		existing = xrealloc(existing, alloc * sizeof(*existing));
		v[n].from = r->section;
		v[n].name = dl_unique(c, want);
		existing[n++] = false;
		free(want);
	}
	const char *t = c->inf->text->utf8;
	/* all copies in one insertion at the end, each after a blank line */
	size_t eof = c->inf->eof_offset;
	const char *feol = inf_eol_near(c, 0);
	struct strbuf tail = STRBUF_INIT;
	if (eof > 0 && t[eof - 1] != '\n' && t[eof - 1] != '\r')
		strbuf_addstr(&tail, feol);
	for (size_t i = 0; i < n; i++) {
		const struct inf_section *s = v[i].from;
		if (existing[i])
			continue;
		char **lines = xcalloc(s->n_entries + 1, sizeof(*lines));
		for (size_t j = 0; j < s->n_entries; j++) {
			const struct inf_entry *e = s->entries[j];
			size_t end = e->line_span.end;
			while (end > e->span.end && (t[end - 1] == '\n' || t[end - 1] == '\r'))
				end--;
			struct strbuf sb = STRBUF_INIT;
			size_t pos = e->line_span.start;
			for (size_t f = 0; f < e->n_fields; f++) {
				const char *to = field_names_section(e, f) ? dl_name(v, n, e->fields[f].value) : NULL;
				if (!to)
					continue;
				strbuf_add(&sb, t + pos, e->fields[f].span.start - pos);
				strbuf_addstr(&sb, to);
				pos = e->fields[f].span.end;
			}
			strbuf_add(&sb, t + pos, end - pos);
			lines[j] = strbuf_detach(&sb, NULL);
		}
		strbuf_addf(&tail, "%s[%s]%s", feol, v[i].name, feol);
		for (size_t j = 0; j < s->n_entries; j++) {
			strbuf_addf(&tail, "%s%s", lines[j], feol);
			free(lines[j]);
		}
		free(lines);
		strbuf_addf(names_out, "%s[%s]", i ? ", " : "", v[i].name);
	}
	if (tail.len)
		inf_edit_replace_span(fx, c->inf, eof, eof, tail.buf);
	strbuf_release(&tail);
	/* the old Models entries point at the copies */
	for (size_t j = 0; j < d->section->n_entries; j++) {
		const struct inf_entry *e = d->section->entries[j];
		const char *base = inf_entry_field(e, 0);
		if (!*base)
			continue;
		/* the DDInstall this entry selects (.NT<arch> -> .NT -> undecorated) has a copy? */
		char *cand[3] = { xasprintf("%s.NT%s", base, *d->arch ? d->arch : "x86"), xasprintf("%s.NT", base),
				  xstrdup(base) };
		bool copied = false;
		for (int k = 0; k < 3 && !copied; k++) {
			if (inf_find_section(c->inf, cand[k]))
				copied = dl_name(v, n, cand[k]) != NULL;
			if (inf_find_section(c->inf, cand[k]))
				break;
		}
		for (int k = 0; k < 3; k++)
			free(cand[k]);
		if (!copied)
			continue;
		char *nb = xasprintf("%s_Downlevel", base);
		inf_edit_replace_span(fx, c->inf, e->fields[0].span.start, e->fields[0].span.end, nb);
		free(nb);
	}
	/* copied file lists keep the destination they had */
	const struct inf_section *dd = inf_find_section(c->inf, "DestinationDirs");
	if (dd && dd->n_occ) {
		struct strbuf ins = STRBUF_INIT;
		size_t at = dd->occ[dd->n_occ - 1].append_offset;
		const char *eol = inf_eol_near(c, at > 0 ? at - 1 : 0);
		for (size_t i = 0; i < n; i++) {
			const struct inf_entry *de = inf_section_key(dd, v[i].from->name);
			if (!de || !de->n_fields || existing[i])
				continue;
			char *val = inf_raw(c, de->fields[0].span.start, de->fields[de->n_fields - 1].span.end);
			char *line = inf_format_directive(c, dd, v[i].name, val);
			strbuf_addf(&ins, "%s%s", line, eol);
			free(line);
			free(val);
		}
		for (size_t i = 0; i < n; i++) {
			bool list = false;
			for (size_t k = 0; k < c->g->n_reach && !list; k++)
				list = c->g->reach[k].section == v[i].from && c->g->reach[k].role == INF_ROLE_COPYFILES;
			const struct inf_entry *dflt = inf_section_key(dd, "DefaultDestDir");
			if (!list || existing[i] || inf_section_key(dd, v[i].from->name) || !dflt || !dflt->n_fields)
				continue;
			char *val = inf_raw(c, dflt->fields[0].span.start, dflt->fields[dflt->n_fields - 1].span.end);
			char *line = inf_format_directive(c, dd, v[i].name, val);
			strbuf_addf(&ins, "%s%s", line, eol);
			free(line);
			free(val);
		}
		if (ins.len) {
			if (at > 0 && t[at - 1] != '\n' && t[at - 1] != '\r') {
				struct strbuf pre = STRBUF_INIT;
				strbuf_addf(&pre, "%s%s", eol, ins.buf);
				strbuf_release(&ins);
				ins = pre;
			}
			inf_edit_replace_span(fx, c->inf, at, at, ins.buf);
		}
		strbuf_release(&ins);
	}
	for (size_t i = 0; i < n; i++) {
		if (existing[i]) {
			free(v[i].name);
			continue;
		}
		ALLOC_GROW(made->v, made->n + 1, made->alloc);
		made->v[made->n++] = v[i];
	}
	free(v);
	free(existing);
}

static void rule_target_os(struct inf_ctx *c)
{
	struct dl_made made = { 0 };
	/* --keep-downlevel: every decoration's edits (copies appended at the end of
	 * the file among them) travel in the first finding's fix */
	struct finding *carrier = NULL;
	struct file_fix *carrier_fx = NULL;
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
		const char *win11_include = NULL;
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
			/* inbox INFs that exist only on Windows 11 */
			for (size_t j = 0; j < r->section->n_entries; j++) {
				const struct inf_entry *e = r->section->entries[j];
				for (size_t f = 0; inf_key_is(e, "Include") && f < e->n_fields; f++)
					if (strcasecmp(e->fields[f].value, "WUDFRD.inf") == 0 ||
					    strcasecmp(e->fields[f].value, "MsHidUmdf.inf") == 0)
						win11_include = e->fields[f].value;
			}
		}
		for (size_t i = 0; i < c->n_files && !copies; i++)
			copies = !c->files[i].list && c->g->reach[c->files[i].reach].decoration == (int)di;
		if (!copies)
			continue;
		int floor = win11_include ? WIN11_BUILD : umdf ? UMDF_RFDS_BUILD : RFDS_BUILD;
		int have = d->has_version ? inf_version_build(d->ver) : 0;
		bool primitive = !d->mfg_entry;
		/* An arch-decorated DefaultInstall is a primitive driver: Windows 10 1903+ only. */
		if (primitive && d->has_nt && *d->arch && have < PRIMITIVE_BUILD)
			have = PRIMITIVE_BUILD;
		if (have >= floor)
			continue;
		int reach = root_reach(c, (int)di);
		char *nd = new_decoration(c, d, floor);
		char *inc_what = win11_include ? xasprintf("Include=%s needs 10.0.22000 (the inbox INF ships with "
							   "Windows 11)", win11_include) : NULL;
		const char *what = inc_what ? inc_what : umdf ? "UMDF run-from-driver-store needs 10.0.17134" :
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
			free(inc_what);
			continue;
		}
		if (have >= RFDS_BUILD && (umdf || win11_include))
			f->infverif = 0; /* these floors are run-from-store / inbox-INF guidance, not InfVerif 1199 */
		if (win11_include && have >= (umdf ? UMDF_RFDS_BUILD : RFDS_BUILD) && f->severity == SEV_ERROR)
			f->severity = SEV_WARNING; /* isolated already; the install just fails before Windows 11 */
		char *new_section = xasprintf("%s.%s", d->base, nd);
		bool keep_mode = c->opts->keep_downlevel && d->mfg_entry;
		struct file_fix *fx;
		if (keep_mode && carrier) {
			fx = f->severity == SEV_NOTE ? NULL : carrier_fx;
		} else {
			fx = inf_fix(c, f);
			if (keep_mode && fx) {
				carrier = f;
				carrier_fx = fx;
			}
		}
		struct strbuf prop = STRBUF_INIT;
		struct strbuf dl_names = STRBUF_INIT;
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
						/* "Models, NTamd64" style keeps its blank after the comma */
						const struct inf_entry *me = o->mfg_entry;
						bool blank = me->n_fields > 1 &&
							     me->fields[1].span.start > me->fields[0].span.end + 1;
						char *ins = xasprintf(blank ? ", %s" : ",%s", nd);
						inf_edit_replace_span(fx, c->inf, fl->span.end, fl->span.end, ins);
						free(ins);
					}
				}
				if (keep) {
					/* the isolated Models copy goes right after the old one */
					const struct inf_section_occurrence *oc = &d->section->occ[d->section->n_occ - 1];
					size_t at = oc->append_offset;
					const char *t = c->inf->text->utf8;
					const char *eol = inf_eol_near(c, oc->header_span.start);
					struct strbuf sec = STRBUF_INIT;
					if (at > 0 && t[at - 1] != '\n' && t[at - 1] != '\r')
						strbuf_addstr(&sec, eol);
					strbuf_addf(&sec, "%s[%s]%s", eol, new_section, eol);
					for (size_t k = 0; k < d->section->n_entries; k++)
						strbuf_addf(&sec, "%s%s", d->section->entries[k]->raw, eol);
					inf_edit_replace_span(fx, c->inf, at, at, sec.buf);
					strbuf_release(&sec);
					downlevel_copies(c, fx, (int)di, &dl_names, &made);
				} else {
					inf_edit_rename_section(fx, c->inf, d->section, new_section);
				}
			}
			strbuf_addf(&prop, "[Manufacturer] ...,%s and [%s]", nd, new_section);
			/* a lower sibling decoration now also covers the builds this one gave up */
			for (size_t dj = 0; dj < c->g->n_decorations && !keep; dj++) {
				const struct inf_decoration *o = &c->g->decorations[dj];
				if (o->mfg_entry != d->mfg_entry || o == d || !o->section || !o->has_nt ||
				    (strcasecmp(o->arch, d->arch) != 0 && *o->arch) || inf_version_cmp(o->ver, d->ver) >= 0)
					continue;
				strbuf_addf(&prop, "; [%s] now also serves builds %d..%d that [%s] served: use "
					    "--keep-downlevel to keep that path unchanged", o->section->name, have ? have : 0,
					    floor - 1, d->section->name);
				break;
			}
			if (keep)
				strbuf_addf(&prop, "; the old decoration stays for down-level Windows with unchanged "
					    "copies of its sections: %s", dl_names.buf);
		} else {
			char *nn = xasprintf("DefaultInstall.NT%s", d->has_nt && *d->arch ? d->arch :
					     (c->inf->is_inx ? "$ARCH$" : "amd64"));
			if (fx)
				rename_with_suffixes(c, fx, d->section, nn);
			strbuf_addf(&prop, "[%s] (and its .Services etc.)", nn);
			/* hidden builds Win32 and x64 from one Hidden.inf: amd64 alone
			 * would leave the x86 package without an install section */
			if (!(d->has_nt && *d->arch) && !c->inf->is_inx)
				strbuf_addstr(&prop, "; a package also built for x86 or ARM64 needs its own "
					      "[DefaultInstall.NTx86] / [DefaultInstall.NTarm64] copy (or "
					      "[DefaultInstall.NT$ARCH$] when the project stamps the INF with stampinf)");
			free(nn);
		}
		finding_set(&f->proposal, prop.buf);
		strbuf_release(&prop);
		strbuf_release(&dl_names);
		if (keep_mode && carrier && f != carrier) {
			char *p = xasprintf("%s (lands with the fix of the first raised decoration)", f->proposal);
			finding_set(&f->proposal, p);
			free(p);
		} else if (fx && !keep_mode && !inf_fix_commit(c, f)) {
			finding_set(&f->proposal, "edit overlaps another fix; apply that one first and rescan");
		}
		free(new_section);
		free(nd);
		free(inc_what);
	}
	if (carrier && !inf_fix_commit(c, carrier))
		finding_set(&carrier->proposal, "edit overlaps another fix; apply that one first and rescan");
	for (size_t i = 0; i < made.n; i++)
		free(made.v[i].name);
	free(made.v);
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
	if (pl && pl->n_fields) {
		inf_edit_replace_span(fx, c->inf, pl->fields[0].span.start, pl->fields[0].span.end, "1");
	} else if (pl) {
		inf_edit_replace_field(fx, c->inf, pl, 0, "1");
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
