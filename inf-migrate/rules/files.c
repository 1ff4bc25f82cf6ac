/*
 * File placement rules (inf-rules.md §1A, §2): DestinationDirs not 13,
 * references to package files at their old global location, renames,
 * subdirectory mismatches, non-unique names, .Security on driver-store
 * files, COPYFLG_IN_USE_RENAME, inbox binaries.
 */
#include "inf-migrate/inf_edit.h"
#include "inf-migrate/rules/inf_rules_ctx.h"

#include "core/strbuf.h"
#include "core/util.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* What a destination DIRID means and whether 13 is a faithful replacement. */
static const struct {
	int dirid;
	const char *meaning;
	bool fixable;
	const char *proposal;   /* when not fixable */
} dirids[] = {
	{ 12, "System32\\drivers", true, NULL },
	{ 11, "System32", true, NULL },
	{ 10, "the Windows directory", true, NULL },
	{ 16425, "SysWOW64", true, NULL },
	{ 1, "the INF's source directory", true, NULL },
	{ 17, "the INF directory", false,
	  "never copy INFs: use CopyINF= for companion INFs, and let the driver store hold the package" },
	{ 23, "the color (ICM) directory", false,
	  "copy the profile to 13 and register it from the package; how the color system finds a "
	  "driver-store profile must be checked for this device class" },
	{ 16422, "Program Files", false,
	  "a companion application is not driver payload: ship it as a Hardware Support App "
	  "(AddSoftware in DDInstall.Software) or a component INF; if the file is driver payload, copy it to 13" },
	{ 16426, "Program Files (x86)", false,
	  "a companion application is not driver payload: ship it as a Hardware Support App "
	  "(AddSoftware) or a component INF; if the file is driver payload, copy it to 13" },
	{ 16427, "Program Files\\Common Files", false,
	  "not driver payload: Hardware Support App (AddSoftware) or component INF; driver payload goes to 13" },
	{ 16428, "Program Files (x86)\\Common Files", false,
	  "not driver payload: Hardware Support App (AddSoftware) or component INF; driver payload goes to 13" },
	{ 24, "the system disk root", false,
	  "no isolated equivalent: remove the copy; runtime files go to \\DriverData or IoGetDriverDirectory" },
	{ 25, "the shared directory", false, "no isolated equivalent: remove the copy" },
	{ 30, "the boot disk root", false, "no isolated equivalent: remove the copy" },
	{ 50, "%SystemRoot%\\system", false, "no isolated equivalent: remove the copy or copy to 13" },
	{ 51, "the spool directory", false, "printer packages: out of scope, review by hand" },
	{ 52, "the spool drivers directory", false, "printer packages: out of scope, review by hand" },
	{ 53, "the user profile", false,
	  "per-user files have no driver-package equivalent: remove the copy; settings belong in the app" },
	{ 54, "the boot loader directory", false, "no isolated equivalent: remove the copy" },
	{ 55, "the print processors directory", false, "printer packages: out of scope, review by hand" },
	{ -1, "an absolute path", false,
	  "no isolated equivalent: remove the copy; runtime files go to \\DriverData or IoGetDriverDirectory" },
	{ 65535, "an absolute path", false,
	  "no isolated equivalent: remove the copy; runtime files go to \\DriverData or IoGetDriverDirectory" },
};

static int dirid_index(int dirid)
{
	for (size_t i = 0; i < sizeof(dirids) / sizeof(dirids[0]); i++)
		if (dirids[i].dirid == dirid)
			return (int)i;
	return -1;
}

static bool dirid_fixable(int dirid)
{
	int i = dirid_index(dirid);
	return i >= 0 && dirids[i].fixable;
}

static const struct inf_entry *sdf_lookup(const struct inf_ctx *c, const char *name)
{
	for (size_t i = 0; i < c->n_sdf; i++) {
		const struct inf_section *s = c->sdf[i];
		for (size_t j = 0; j < s->n_entries; j++)
			if (s->entries[j]->key && strcasecmp(s->entries[j]->key, name) == 0)
				return s->entries[j];
	}
	return NULL;
}

static void add_file(struct inf_ctx *c, const char *name, const char *source, const struct inf_entry *copy,
		     const struct inf_entry *directive, const struct inf_section *list, int reach)
{
	for (size_t i = 0; i < c->n_files; i++) {
		struct inf_pkgfile *pf = &c->files[i];
		if (copy ? pf->copy_entry == copy : (pf->directive == directive && strcasecmp(pf->name, name) == 0)) {
			if (!c->g->reach[reach].downlevel)
				pf->enforced = true;
			return;
		}
	}
	const struct inf_section *dd = inf_find_section(c->inf, "DestinationDirs");
	const struct inf_entry *dest = list ? inf_section_key(dd, list->name) : NULL;
	if (!dest)
		dest = inf_section_key(dd, "DefaultDestDir");
	ALLOC_GROW(c->files, c->n_files + 1, c->alloc_files);
	struct inf_pkgfile *pf = &c->files[c->n_files++];
	memset(pf, 0, sizeof(*pf));
	pf->name = xstrdup(name);
	pf->source = xstrdup(source && *source ? source : name);
	pf->copy_entry = copy;
	pf->directive = directive;
	pf->list = list;
	pf->dest_entry = dest;
	pf->dirid = -2;
	if (dest) {
		bool ok;
		unsigned long v = inf_parse_number(inf_entry_field(dest, 0), &ok);
		if (ok && *inf_entry_field(dest, 0))
			pf->dirid = (int)(long)v;
	}
	pf->subdir = xstrdup(dest ? inf_entry_field(dest, 1) : "");
	const struct inf_entry *sdf = sdf_lookup(c, pf->source);
	pf->src_subdir = sdf ? xstrdup(inf_entry_field(sdf, 1)) : NULL;
	pf->reach = reach;
	pf->enforced = !c->g->reach[reach].downlevel;
}

/* A DIRID-style prefix that points at a global location. */
static const struct {
	const char *prefix;
	bool anywhere;          /* false: only at the start of a path token */
} prefixes[] = {
	{ "%%SystemRoot%%\\System32\\drivers\\", true },
	{ "%SystemRoot%\\System32\\drivers\\", true },
	{ "%%windir%%\\System32\\drivers\\", true },
	{ "\\SystemRoot\\System32\\drivers\\", true },
	{ "%10%\\System32\\drivers\\", true },
	{ "%%SystemRoot%%\\System32\\", true },
	{ "%SystemRoot%\\System32\\", true },
	{ "%%windir%%\\System32\\", true },
	{ "\\SystemRoot\\System32\\", true },
	{ "%10%\\System32\\", true },
	{ "%10%\\SysWOW64\\", true },
	{ "%11%\\drivers\\", true },
	{ "System32\\drivers\\", false },
	{ "%12%\\", true },
	{ "%11%\\", true },
	{ "%10%\\", true },
	{ "%16425%\\", true },
	{ "%13%\\", true },       /* only reported when its subdir is not the file's (see below) */
};

static bool is_term(char ch)
{
	return ch == ';' || ch == '"' || ch == ',' || ch == '\0';
}

static void scan_field_refs(struct inf_ctx *c, const struct inf_entry *e, const struct inf_field *fld, int reach)
{
	char *raw = inf_raw(c, fld->span.start, fld->span.end);
	size_t n = strlen(raw);
	for (size_t p = 0; p < n;) {
		size_t plen = 0;
		for (size_t k = 0; k < sizeof(prefixes) / sizeof(prefixes[0]); k++) {
			size_t l = strlen(prefixes[k].prefix);
			if (strncasecmp(raw + p, prefixes[k].prefix, l) != 0)
				continue;
			if (!prefixes[k].anywhere && p > 0 && !is_term(raw[p - 1]) && raw[p - 1] != ' ')
				continue;
			plen = l;
			break;
		}
		if (!plen) {
			p++;
			continue;
		}
		size_t q = p + plen;
		while (q < n && !is_term(raw[q]))
			q++;
		/* basename = after the last backslash of the tail */
		size_t base = p + plen;
		for (size_t k = p + plen; k < q; k++)
			if (raw[k] == '\\')
				base = k + 1;
		char *base_raw = xstrndup(raw + base, q - base);
		size_t bl = strlen(base_raw);
		while (bl && base_raw[bl - 1] == ' ')
			base_raw[--bl] = '\0';
		char *file = inf_substitute(c->inf, base_raw);
		free(base_raw);
		const struct inf_pkgfile *pf = inf_pkgfile_find(c, file);
		if (pf && strncmp(raw + p, "%13%\\", 5) == 0) {
			/* already the driver store: wrong only when the subdir differs from the copy's */
			char *sub = xstrndup(raw + p + plen, base > p + plen ? base - (p + plen) - 1 : 0);
			char *rsub = inf_substitute(c->inf, sub);
			bool same = pf->dirid != 13 || strcasecmp(rsub, pf->subdir) == 0;
			free(sub);
			free(rsub);
			if (same)
				pf = NULL;
		}
		if (pf && !inf_inbox_binary(file, NULL)) {
			ALLOC_GROW(c->refs, c->n_refs + 1, c->alloc_refs);
			struct inf_fileref *r = &c->refs[c->n_refs++];
			r->entry = e;
			r->reach = reach;
			r->start = fld->span.start + p;
			r->end = fld->span.start + base;
			r->file = file;
			r->written = xstrndup(raw + p, q - p);
			r->pf = pf;
		} else {
			free(file);
		}
		p = q;
	}
	free(raw);
}

static bool role_is_list(enum inf_role r)
{
	return r == INF_ROLE_COPYFILES || r == INF_ROLE_DELFILES || r == INF_ROLE_RENFILES ||
	       r == INF_ROLE_OTHER_LIST || r == INF_ROLE_MODELS;
}

void inf_files_model(struct inf_ctx *c)
{
	const struct inf_graph *g = c->g;
	c->sdf = xcalloc(c->inf->n_sections + 1, sizeof(*c->sdf));
	for (size_t i = 0; i < c->inf->n_sections; i++) {
		const struct inf_section *s = c->inf->sections[i];
		if (strncasecmp(s->name, "SourceDisksFiles", 16) == 0 && (!s->name[16] || s->name[16] == '.'))
			c->sdf[c->n_sdf++] = s;
	}
	for (size_t i = 0; i < g->n_reach; i++) {
		const struct inf_reach *r = &g->reach[i];
		if (r->role == INF_ROLE_COPYFILES) {
			/* co-installer payload is removed with the co-installer (legacy.c), not relocated */
			if (r->parent >= 0 && g->reach[r->parent].role == INF_ROLE_INSTALL_COINSTALLERS)
				continue;
			for (size_t j = 0; j < r->section->n_entries; j++) {
				const struct inf_entry *e = r->section->entries[j];
				if (e->key || !*inf_entry_field(e, 0))
					continue;
				add_file(c, inf_entry_field(e, 0), inf_entry_field(e, 1), e, r->via, r->section, (int)i);
			}
		} else if (!role_is_list(r->role)) {
			for (size_t j = 0; j < r->section->n_entries; j++) {
				const struct inf_entry *e = r->section->entries[j];
				if (!inf_key_is(e, "CopyFiles"))
					continue;
				for (size_t f = 0; f < e->n_fields; f++)
					if (e->fields[f].value[0] == '@')
						add_file(c, e->fields[f].value + 1, NULL, NULL, e, NULL, (int)i);
			}
		}
	}
	/* References to those files anywhere in reached install content. */
	for (size_t i = 0; i < g->n_reach; i++) {
		const struct inf_reach *r = &g->reach[i];
		if (role_is_list(r->role))
			continue;
		bool reg = r->role == INF_ROLE_ADDREG || r->role == INF_ROLE_DELREG || r->role == INF_ROLE_BITREG;
		for (size_t j = 0; j < r->section->n_entries; j++) {
			const struct inf_entry *e = r->section->entries[j];
			if (!reg && !e->key)
				continue;
			bool dup = false;
			for (size_t k = 0; k < c->n_refs && !dup; k++)
				dup = c->refs[k].entry == e;
			if (dup)
				continue;
			for (size_t f = reg ? 4 : 0; f < e->n_fields; f++)
				scan_field_refs(c, e, &e->fields[f], (int)i);
		}
	}
}

static const char *dirid_meaning(int dirid)
{
	int i = dirid_index(dirid);
	return i >= 0 ? dirids[i].meaning : "a non-driver-store directory";
}

/* Replace a trailing comment that describes the old location. */
static void fix_stale_comment(struct inf_ctx *c, struct file_fix *fx, const struct inf_entry *e)
{
	const char *t = c->inf->text->utf8;
	size_t p = e->span.end, end = e->line_span.end;
	while (p < end && t[p] != ';')
		p++;
	if (p >= end)
		return;
	size_t q = p + 1, stop = q;
	while (stop < end && t[stop] != '\r' && t[stop] != '\n')
		stop++;
	char *comment = xstrndup(t + q, stop - q);
	bool stale = str_icontains(comment, "system32") || str_icontains(comment, "windir") ||
		     str_icontains(comment, "drivers\\") || str_icontains(comment, "\\drivers") ||
		     str_icontains(comment, "DIRID_DRIVERS");  /* setupapi.h's name for 12 */
	free(comment);
	if (!stale || inf_span_taken(c, q, stop))
		return;
	/* keep the comment's own leader (";///", "; ") */
	while (q < stop && strchr(" \t;/-*#", t[q]))
		q++;
	inf_edit_replace_span(fx, c->inf, q, stop, "driver store");
}

static char *new_ref_text(const struct inf_pkgfile *pf, const char *subdir)
{
	return *subdir ? xasprintf("%%13%%\\%s\\", subdir) : xstrdup("%13%\\");
}

/* The subdir a DIRID 13 destination must have: the files' SourceDisksFiles subdir, when they agree. */
static const char *aligned_subdir(const struct inf_ctx *c, const struct inf_entry *dest)
{
	const char *common = NULL;
	for (size_t i = 0; i < c->n_files; i++) {
		const struct inf_pkgfile *pf = &c->files[i];
		if (pf->dest_entry != dest || !pf->src_subdir)
			continue;
		if (!common)
			common = pf->src_subdir;
		else if (strcasecmp(common, pf->src_subdir) != 0)
			return "";
	}
	return common ? common : "";
}

static void add_ref_edits(struct inf_ctx *c, struct file_fix *fx, const struct inf_entry *dest, const char *subdir)
{
	const struct inf_entry *last_commented = NULL;
	for (size_t i = 0; i < c->n_refs; i++) {
		struct inf_fileref *r = &c->refs[i];
		if (r->pf->dest_entry != dest)
			continue;
		char *txt = new_ref_text(r->pf, subdir);
		inf_edit_replace_span(fx, c->inf, r->start, r->end, txt);
		free(txt);
		if (r->entry != last_commented && r->entry->key && strcasecmp(r->entry->key, "ServiceBinary") == 0)
			fix_stale_comment(c, fx, r->entry);
		last_commented = r->entry;
	}
}

static void rule_destination(struct inf_ctx *c)
{
	for (size_t i = 0; i < c->n_files; i++) {
		const struct inf_pkgfile *pf = &c->files[i];
		if (!pf->dest_entry || pf->dirid == 13 || pf->dirid == -2)
			continue;
		/* one finding per DestinationDirs line (enforced files come first);
		 * a line only down-level lists use becomes a --verbose note */
		bool first = true;
		for (size_t k = 0; k < i; k++)
			if (c->files[k].dest_entry == pf->dest_entry)
				first = false;
		if (!first)
			continue;
		bool all_inbox = true;
		size_t n_lists = 0;
		struct strbuf lists = STRBUF_INIT;
		for (size_t k = i; k < c->n_files; k++) {
			const struct inf_pkgfile *o = &c->files[k];
			if (o->dest_entry != pf->dest_entry || o->enforced != pf->enforced)
				continue;
			if (!inf_inbox_binary(o->name, NULL))
				all_inbox = false;
			const char *ln = o->list ? o->list->name : "CopyFiles=@";
			if (!str_icontains(lists.buf, ln) && n_lists < 4) {
				strbuf_addf(&lists, "%s%s", lists.len ? ", " : "", ln);
				n_lists++;
			}
		}
		const struct inf_entry *d = pf->dest_entry;
		bool is_default = inf_key_is(d, "DefaultDestDir");
		struct finding *f = inf_report(c, "inf-destination-dirid", pf->reach, d, 0,
					       "%s puts %s in DIRID %d (%s), not in the driver store (DIRID 13)",
					       is_default ? "DefaultDestDir" : "[DestinationDirs]",
					       lists.buf, pf->dirid, dirid_meaning(pf->dirid));
		strbuf_release(&lists);
		if (!f)
			continue;
		{
			char *raw = inf_raw(c, d->span.start, d->span.end);
			finding_add_evidence(f, c->relpath, d->line, 1, "[DestinationDirs] %s (destination of the list)", raw);
			free(raw);
		}
		int di = dirid_index(pf->dirid);
		if (all_inbox) {
			finding_set(&f->proposal, "these are Windows inbox binaries: remove the copy and Include/Needs "
						  "the inbox INF that installs them");
			continue;
		}
		if (!dirid_fixable(pf->dirid)) {
			finding_set(&f->proposal, di >= 0 ? dirids[di].proposal :
					"no driver-store equivalent is known for this DIRID: review by hand");
			finding_set(&f->target, "destination-not-isolatable");
			continue;
		}
		const char *sub = aligned_subdir(c, d);
		char *repl = *sub ? xasprintf("13,%s", sub) : xstrdup("13");
		struct file_fix *fx = inf_fix(c, f);
		if (fx) {
			inf_edit_replace_span(fx, c->inf, d->fields[0].span.start,
					      d->fields[d->n_fields - 1].span.end, repl);
			fix_stale_comment(c, fx, d);
			add_ref_edits(c, fx, d, sub);
		}
		char *prop = xasprintf("%s = %s%s", d->key ? d->key : "", repl,
				       pf->dirid == 11 || pf->dirid == 10 || pf->dirid == 16425 ?
				       "; callers that found these files on the System32 search path must now use "
				       "the full %13% path published in HKR state" : "");
		finding_set(&f->proposal, prop);
		free(prop);
		finding_set(&f->target, "destination-dirid");
		if (fx && !inf_fix_commit(c, f))
			finding_set(&f->proposal, "edit overlaps another fix; apply that one first and rescan");
		free(repl);
	}
}

static bool dest_fixed_elsewhere(const struct inf_ctx *c, const struct inf_pkgfile *pf)
{
	return pf->dest_entry && pf->dirid != 13 && dirid_fixable(pf->dirid);
}

static void rule_references(struct inf_ctx *c)
{
	for (size_t i = 0; i < c->n_refs; i++) {
		struct inf_fileref *r = &c->refs[i];
		const struct inf_pkgfile *pf = r->pf;
		bool svc_binary = inf_key_is(r->entry, "ServiceBinary");
		bool in_store = str_starts_with(r->written, "%13%");
		struct finding *f = in_store ?
			inf_report(c, "inf-file-reference", r->reach, r->entry, (int)i,
				   "'%s' is not where %s is copied: DIRID 13 subdir '%s'", r->written, r->file,
				   pf->subdir) :
			inf_report(c, "inf-file-reference", r->reach, r->entry, (int)i,
				   "'%s' names package file %s at a global location; it runs from the "
				   "driver store as %%13%%\\%s", r->written, r->file, r->file);
		if (!f)
			continue;
		f->infverif = svc_binary ? 2084 : 1258;
		int sl, sc;
		text_offset_to_linecol(c->inf->text, r->start, &sl, &sc);
		f->col = sc;
		if (dest_fixed_elsewhere(c, pf) && pf->enforced) {
			char *p = xasprintf("rewritten to %%13%%\\%s by the fix of [DestinationDirs] line %d", r->file,
					    pf->dest_entry->line);
			finding_set(&f->proposal, p);
			free(p);
			continue;
		}
		if (pf->dirid != 13) {
			finding_set(&f->proposal, "copy the file to DIRID 13 first (see inf-destination-dirid)");
			continue;
		}
		char *txt = new_ref_text(pf, pf->subdir);
		char *p = xasprintf("%s%s", txt, r->file);
		finding_set(&f->proposal, p);
		free(p);
		struct file_fix *fx = inf_fix(c, f);
		if (fx) {
			inf_edit_replace_span(fx, c->inf, r->start, r->end, txt);
			if (svc_binary)
				fix_stale_comment(c, fx, r->entry);
			if (!inf_fix_commit(c, f))
				finding_set(&f->proposal, "edit overlaps another fix; apply that one first and rescan");
		}
		free(txt);
	}
}

static bool goes_to_13(const struct inf_pkgfile *pf)
{
	return pf->dirid == 13 || dirid_fixable(pf->dirid);
}

static void rule_copy_flags(struct inf_ctx *c)
{
	const char *t = c->inf->text->utf8;
	for (size_t i = 0; i < c->n_files; i++) {
		const struct inf_pkgfile *pf = &c->files[i];
		const struct inf_entry *e = pf->copy_entry;
		if (!e || !pf->enforced || !goes_to_13(pf) || e->n_fields < 4)
			continue;
		bool ok;
		unsigned long flags = inf_parse_number(e->fields[3].value, &ok);
		if (!ok || !(flags & 0x4000))
			continue;
		struct finding *f = inf_report(c, "inf-copyfiles-flag", pf->reach, e, 0,
					       "%s is copied with COPYFLG_IN_USE_RENAME (0x4000), which DIRID 13 "
					       "does not allow", pf->name);
		if (!f)
			continue;
		struct file_fix *fx = inf_fix(c, f);
		if (!fx)
			continue;
		unsigned long rest = flags & ~0x4000UL;
		if (rest) {
			const char *w = inf_entry_field(e, 3);
			bool hex = str_istarts_with(w, "0x");
			int digits = hex ? (int)strlen(w) - 2 : 0;
			char *nv = hex ? xasprintf("0x%0*lX", digits, rest) : xasprintf("%lu", rest);
			inf_edit_replace_span(fx, c->inf, e->fields[3].span.start, e->fields[3].span.end, nv);
			/* "; COPYFLG_IN_USE_RENAME | NOSKIP" loses the flag name too */
			static const char *const names[] = { "COPYFLG_IN_USE_RENAME | ", " | COPYFLG_IN_USE_RENAME",
							     "COPYFLG_IN_USE_RENAME|", "|COPYFLG_IN_USE_RENAME" };
			for (size_t k = 0; k < 4; k++) {
				const char *line = t + e->span.end;
				size_t len = e->line_span.end - e->span.end;
				char *seg = xstrndup(line, len);
				const char *hit = str_icontains(seg, names[k]);
				if (hit) {
					size_t at = e->span.end + (size_t)(hit - seg);
					inf_edit_replace_span(fx, c->inf, at, at + strlen(names[k]), "");
					free(seg);
					break;
				}
				free(seg);
			}
			finding_set(&f->proposal, nv);
			free(nv);
		} else {
			/* drop the flag and the empty fields before it */
			size_t keep = 0;
			for (size_t k = 0; k < 3; k++)
				if (*inf_entry_field(e, k))
					keep = k;
			size_t from = e->fields[keep].span.end, to = e->span.end;
			size_t ce = e->line_span.end;
			/* a trailing comment naming the flag goes with it */
			size_t p = to;
			while (p < ce && t[p] != ';' && t[p] != '\r' && t[p] != '\n')
				p++;
			if (p < ce && t[p] == ';') {
				size_t s2 = p;
				while (s2 < ce && t[s2] != '\r' && t[s2] != '\n')
					s2++;
				char *cm = xstrndup(t + p, s2 - p);
				if (str_icontains(cm, "IN_USE_RENAME") || str_icontains(cm, "4000"))
					to = s2;
				free(cm);
			}
			inf_edit_replace_span(fx, c->inf, from, to, "");
			char *prop = inf_raw(c, e->fields[0].span.start, e->fields[keep].span.end);
			finding_set(&f->proposal, prop);
			free(prop);
		}
		if (!inf_fix_commit(c, f))
			finding_set(&f->proposal, "edit overlaps another fix; apply that one first and rescan");
	}
}

static void rule_security(struct inf_ctx *c)
{
	const char *t = c->inf->text->utf8;
	for (size_t i = 0; i < c->n_files; i++) {
		const struct inf_pkgfile *pf = &c->files[i];
		if (!pf->list || !pf->enforced || !goes_to_13(pf))
			continue;
		char *name = xasprintf("%s.Security", pf->list->name);
		const struct inf_section *s = inf_find_section(c->inf, name);
		free(name);
		if (!s)
			continue;
		struct finding *f = inf_report_section(c, "inf-file-security", pf->reach, s,
						       "[%s] sets an ACL on files that run from the driver store",
						       s->name);
		if (!f)
			continue;
		finding_set(&f->proposal, "remove the section; driver-store files get system ACLs");
		struct file_fix *fx = inf_fix(c, f);
		if (!fx)
			continue;
		for (size_t o = 0; o < s->n_occ; o++) {
			size_t from = s->occ[o].header_span.start;
			size_t to = s->occ[o].append_offset;
			if (to < s->occ[o].header_span.end)
				to = s->occ[o].header_span.end;
			/* swallow the blank lines that separated it from the next section */
			size_t stop = s->occ[o].body_span.end;
			size_t p = to;
			while (p < stop) {
				size_t q = p;
				while (q < stop && (t[q] == ' ' || t[q] == '\t'))
					q++;
				if (q < stop && (t[q] == '\r' || t[q] == '\n')) {
					q += (t[q] == '\r' && q + 1 < stop && t[q + 1] == '\n') ? 2 : 1;
					p = q;
					continue;
				}
				break;
			}
			if (p == stop || p == to)
				to = p;
			inf_edit_replace_span(fx, c->inf, from, to, "");
		}
		if (!inf_fix_commit(c, f))
			finding_set(&f->proposal, "edit overlaps another fix; apply that one first and rescan");
	}
}

static void rule_rename_subdir_duplicate(struct inf_ctx *c)
{
	for (size_t i = 0; i < c->n_files; i++) {
		const struct inf_pkgfile *pf = &c->files[i];
		if (!pf->enforced || !goes_to_13(pf))
			continue;
		if (pf->copy_entry && strcasecmp(pf->name, pf->source) != 0) {
			struct finding *f = inf_report(c, "inf-copyfiles-rename", pf->reach, pf->copy_entry, 0,
						       "%s is copied under a different name (%s); a driver-store "
						       "file keeps its package name", pf->source, pf->name);
			if (f) {
				char *p = xasprintf("ship the file as %s in the package and list it as '%s'", pf->name,
						    pf->name);
				finding_set(&f->proposal, p);
				free(p);
			}
		}
		if (pf->dirid == 13 && pf->src_subdir && strcasecmp(pf->subdir, pf->src_subdir) != 0) {
			struct finding *f = inf_report(c, "inf-copyfiles-subdir", pf->reach, pf->dest_entry, 0,
						       "DestinationDirs subdir '%s' differs from the SourceDisksFiles "
						       "subdir '%s' of %s", pf->subdir, pf->src_subdir, pf->name);
			const char *sub = aligned_subdir(c, pf->dest_entry);
			if (f && strcasecmp(sub, pf->src_subdir) == 0) {
				char *repl = *sub ? xasprintf("13,%s", sub) : xstrdup("13");
				finding_set(&f->proposal, repl);
				struct file_fix *fx = inf_fix(c, f);
				if (fx) {
					const struct inf_entry *d = pf->dest_entry;
					inf_edit_replace_span(fx, c->inf, d->fields[0].span.start,
							      d->fields[d->n_fields - 1].span.end, repl);
					inf_fix_commit(c, f);
				}
				free(repl);
			}
		}
		for (size_t k = 0; k < i; k++) {
			const struct inf_pkgfile *o = &c->files[k];
			if (!o->enforced || strcasecmp(o->name, pf->name) != 0 || !pf->copy_entry)
				continue;
			const char *a = o->src_subdir ? o->src_subdir : "", *b = pf->src_subdir ? pf->src_subdir : "";
			if (strcasecmp(a, b) == 0 && strcasecmp(o->subdir, pf->subdir) == 0)
				continue;
			struct finding *f = inf_report(c, "inf-copyfiles-duplicate", pf->reach, pf->copy_entry, 0,
						       "%s is also copied from another location (line %d); driver-store "
						       "file names must be unique in the package", pf->name,
						       o->copy_entry ? o->copy_entry->line : 0);
			if (f)
				finding_set(&f->proposal, "give each variant its own file name");
			break;
		}
	}
}

static void rule_inbox(struct inf_ctx *c)
{
	const char *advice;
	for (size_t i = 0; i < c->n_files; i++) {
		const struct inf_pkgfile *pf = &c->files[i];
		if (!pf->copy_entry || !inf_inbox_binary(pf->name, &advice))
			continue;
		struct finding *f = inf_report(c, "inf-inbox-binary", pf->reach, pf->copy_entry, 0,
					       "%s is a Windows inbox binary; the package must not copy it", pf->name);
		if (f) {
			char *p = xasprintf("remove the copy; %s", advice);
			finding_set(&f->proposal, p);
			free(p);
		}
	}
	/* ServiceBinary of a service-install section: an inbox binary, or a file not in this INF */
	for (size_t i = 0; i < c->g->n_reach; i++) {
		const struct inf_reach *r = &c->g->reach[i];
		if (r->role != INF_ROLE_SERVICE_INSTALL && r->role != INF_ROLE_WDF_SERVICE)
			continue;
		const struct inf_entry *sb = inf_section_key(r->section, "ServiceBinary");
		if (!sb)
			continue;
		const char *v = inf_entry_field(sb, 0);
		const char *base = strrchr(v, '\\');
		base = base ? base + 1 : v;
		if (!inf_inbox_binary(base, &advice)) {
			if (!*base || inf_pkgfile_find(c, base))
				continue;
			/* each INF has its own driver-store directory: a binary another INF copies is not there */
			struct finding *f = inf_report(c, "inf-file-reference", (int)i, sb, 100,
						       "ServiceBinary '%s' of service %s names a file this INF does not copy",
						       v, r->service ? r->service : "?");
			if (f) {
				char *p = xasprintf("copy %s in this INF (CopyFiles to DIRID 13, SourceDisksFiles entry) and "
						    "point ServiceBinary at %%13%%\\%s; %%13%% is this INF's own driver-store "
						    "directory, not a sibling INF's", base, base);
				finding_set(&f->proposal, p);
				free(p);
				finding_set(&f->target, "service-binary-not-copied");
			}
			continue;
		}
		struct finding *f = inf_report(c, "inf-inbox-binary", (int)i, sb, 0,
					       "service %s is installed from the inbox binary %s by this INF",
					       r->service ? r->service : "?", base);
		if (f) {
			char *p = xasprintf("do not point it at %%13%%: delete the private AddService and use %s", advice);
			finding_set(&f->proposal, p);
			free(p);
		}
	}
}

/* Where a new [DestinationDirs] section goes: before [Manufacturer] (or the first install root). */
static size_t new_destdirs_offset(const struct inf_ctx *c)
{
	const struct inf_section *m = inf_find_section(c->inf, "Manufacturer");
	if (m && m->n_occ)
		return m->occ[0].header_span.start;
	for (size_t i = 0; i < c->g->n_reach; i++)
		if (c->g->reach[i].parent < 0 && c->g->reach[i].section->n_occ)
			return c->g->reach[i].section->occ[0].header_span.start;
	return c->inf->eof_offset;
}

/* Lists copied with no [DestinationDirs] entry and no DefaultDestDir (1275):
 * one fix adds "<list> = 13" for all of them. */
static void rule_missing_destination(struct inf_ctx *c)
{
	struct finding *carrier = NULL;
	struct strbuf lines = STRBUF_INIT;
	const struct inf_section *dd = inf_find_section(c->inf, "DestinationDirs");
	size_t at = dd && dd->n_occ ? dd->occ[dd->n_occ - 1].append_offset : new_destdirs_offset(c);
	const char *eol = inf_eol_near(c, at > 0 ? at - 1 : 0);
	const char *names[64];
	size_t n_names = 0;
	for (size_t i = 0; i < c->n_files; i++) {
		const struct inf_pkgfile *pf = &c->files[i];
		if (pf->dest_entry || !pf->enforced || !pf->directive)
			continue;
		const char *name = pf->list ? pf->list->name : "DefaultDestDir";
		bool dup = false;
		for (size_t k = 0; k < n_names; k++)
			dup |= strcasecmp(names[k], name) == 0;
		if (dup || n_names == 64)
			continue;
		names[n_names++] = name;
		struct finding *f = inf_report(c, "inf-destination-dirid", pf->reach, pf->directive, (int)n_names,
					       "%s has no [DestinationDirs] entry (and there is no DefaultDestDir): its "
					       "files are not placed in the driver store", pf->list ? pf->list->name :
					       "CopyFiles=@file");
		if (!f)
			continue;
		f->infverif = 1275;
		char *line = inf_format_directive(c, dd, name, "13");
		char *p = xasprintf("[DestinationDirs] %s", line);
		finding_set(&f->proposal, p);
		free(p);
		strbuf_addf(&lines, "%s%s", line, eol);
		free(line);
		if (!carrier)
			carrier = f;
		else
			finding_set(&f->proposal, "the [DestinationDirs] entry is added by the fix of the first such finding");
	}
	if (carrier) {
		struct file_fix *fx = inf_fix(c, carrier);
		if (fx) {
			const char *t = c->inf->text->utf8;
			struct strbuf ins = STRBUF_INIT;
			if (dd) {
				if (at > 0 && t[at - 1] != '\n' && t[at - 1] != '\r')
					strbuf_addstr(&ins, eol);
				strbuf_addstr(&ins, lines.buf);
			} else {
				strbuf_addf(&ins, "[DestinationDirs]%s%s%s", eol, lines.buf, eol);
			}
			inf_edit_replace_span(fx, c->inf, at, at, ins.buf);
			strbuf_release(&ins);
			if (!inf_fix_commit(c, carrier))
				finding_set(&carrier->proposal, "edit overlaps another fix; apply that one first and rescan");
		}
	}
	strbuf_release(&lines);
}

void inf_rules_files(struct inf_ctx *c)
{
	rule_destination(c);
	rule_missing_destination(c);
	rule_references(c);
	rule_copy_flags(c);
	rule_security(c);
	rule_rename_subdir_duplicate(c);
	rule_inbox(c);
}
