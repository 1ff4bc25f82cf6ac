/*
 * Shared INF-rule plumbing: reporting with path evidence and per-anchor
 * dedup, down-level notes, and the fix bookkeeping that keeps edits of
 * different findings apart (inf_rules_ctx.h has the contract).
 */
#include "inf-migrate/inf_edit.h"
#include "inf-migrate/rules/inf_rules_ctx.h"

#include "core/rule_info.h"
#include "core/strbuf.h"
#include "core/util.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

bool inf_key_is(const struct inf_entry *e, const char *key)
{
	return e && e->key && strcasecmp(e->key, key) == 0;
}

const struct inf_entry *inf_section_key(const struct inf_section *s, const char *key)
{
	for (size_t i = 0; s && i < s->n_entries; i++)
		if (inf_key_is(s->entries[i], key))
			return s->entries[i];
	return NULL;
}

char *inf_raw(const struct inf_ctx *c, size_t start, size_t end)
{
	if (end > c->inf->text->len)
		end = c->inf->text->len;
	if (start > end)
		start = end;
	return xstrndup(c->inf->text->utf8 + start, end - start);
}

const char *inf_eol_near(const struct inf_ctx *c, size_t near)
{
	const char *t = c->inf->text->utf8;
	size_t n = c->inf->text->len;
	for (size_t i = near; i < n; i++) {
		if (t[i] == '\r')
			return i + 1 < n && t[i + 1] == '\n' ? "\r\n" : "\r";
		if (t[i] == '\n')
			return "\n";
	}
	return text_dominant_eol(c->inf->text);
}

unsigned long inf_parse_number(const char *s, bool *ok)
{
	while (*s == ' ' || *s == '\t')
		s++;
	if (!*s) {
		*ok = true;
		return 0;
	}
	char *end;
	unsigned long v = strtoul(s, &end, 0);
	while (*end == ' ' || *end == '\t')
		end++;
	*ok = *end == '\0';
	return v;
}

char *inf_format_directive(const struct inf_ctx *c, const struct inf_section *s, const char *key,
			   const char *value)
{
	/* Mimic the last keyed line: its key column width and the blanks around '='. */
	const struct inf_entry *model = NULL;
	for (size_t i = 0; s && i < s->n_entries; i++)
		if (s->entries[i]->key && s->entries[i]->n_fields && *s->entries[i]->fields[0].value)
			model = s->entries[i];
	if (!model || model->n_fields == 0)
		return xasprintf("%s = %s", key, value);
	const char *t = c->inf->text->utf8;
	size_t ks = model->key_span.start, ke = model->key_span.end, vs = model->fields[0].span.start;
	size_t eq = ke;
	while (eq < vs && t[eq] != '=')
		eq++;
	if (eq >= vs)
		return xasprintf("%s = %s", key, value);
	size_t width = eq - ks;                 /* key plus padding before '=' */
	size_t after = vs - eq - 1;             /* blanks after '=' */
	struct strbuf sb = STRBUF_INIT;
	strbuf_addstr(&sb, key);
	if (eq > ke) {
		bool tabs = memchr(t + ke, '\t', eq - ke) != NULL;
		if (tabs)
			strbuf_addch(&sb, '\t');
		else
			while (sb.len < width)
				strbuf_addch(&sb, ' ');
		if (sb.len == strlen(key) && !tabs)
			strbuf_addch(&sb, ' ');
	}
	strbuf_addch(&sb, '=');
	strbuf_add(&sb, t + eq + 1, after);
	strbuf_addstr(&sb, value);
	return strbuf_detach(&sb, NULL);
}

static const struct {
	const char *name;
	const char *advice;
} inbox_binaries[] = {
	{ "wudfrd.sys", "Include=WUDFRD.inf with Needs=WUDFRD.NT / WUDFRD.NT.HW / WUDFRD.NT.Services "
			"(function driver; WUDFRD_UpperFilter.NT* / WUDFRD_LowerFilter.NT* for filters), "
			"gated at 10.0...22000 (WUDFRD.inf ships with Windows 11)" },
	{ "winusb.sys", "Include=winusb.inf with Needs=WINUSB.NT / WINUSB.NT.Services" },
	{ "mshidkmdf.sys", "Include=MsHidKmdf.inf with Needs=MsHidKmdf.NT / MsHidKmdf.NT.HW / MsHidKmdf.NT.Services" },
	{ "mshidumdf.sys", "Include=MsHidUmdf.inf with Needs=MsHidUmdf.NT / MsHidUmdf.NT.HW / MsHidUmdf.NT.Services "
			   "(gated at 10.0...22000)" },
	{ "hidclass.sys", "Include=input.inf with Needs=HID_Inst.NT (HID class driver is inbox)" },
	{ "hidparse.sys", "Include=input.inf with Needs=HID_Inst.NT (HID parser is inbox)" },
	{ "hid.dll", "nothing: hid.dll is part of Windows" },
	{ "hidusb.sys", "Include=input.inf with Needs=HID_Inst.NT" },
	{ "usbd.sys", "nothing: usbd.sys is part of Windows" },
	{ "umpass.sys", "Include=umpass.inf with Needs=UmPass / UmPass.Services" },
	{ "wdf01000.sys", "nothing: KMDF is inbox; remove the co-installer and the copy" },
	{ "wdfldr.sys", "nothing: KMDF is inbox" },
	{ "ks.sys", "Include=ks.inf with Needs=KS.Registration" },
	{ "portcls.sys", "Include=wdmaudio.inf with Needs=WDMAUDIO.Registration" },
	/* msports.inf has no documented Needs-able filter section: declare the inbox service */
	{ "serenum.sys", "serenum.sys is part of Windows (never copy it); attach it with [<DDInstall>.Filters] "
			 "AddFilter = serenum,,<filter-section> and FilterPosition = Upper (Windows 10 1903)" },
	{ "usbccgp.sys", "Include=usb.inf with Needs=Composite.Dev.NT / Composite.Dev.NT.Services" },
	{ "kbdclass.sys", "Include=keyboard.inf with Needs=STANDARD_Inst" },
	{ "mouclass.sys", "Include=msmouse.inf with Needs=HID_Mouse_Inst.NT" },
	/* Microsoft's IddSampleDriver still attaches it through UpperFilters: it must
	 * stay attached, so the advice is the declarative form, not removal */
	{ "indirectkmd.sys", "IndirectKmd.sys is part of Windows (never copy it); keep it attached with "
			     "[<DDInstall>.Filters] AddFilter = IndirectKmd,,<filter-section> and FilterPosition = Upper "
			     "(Windows 10 1903)" },
};

bool inf_inbox_binary(const char *basename, const char **advice)
{
	for (size_t i = 0; i < sizeof(inbox_binaries) / sizeof(inbox_binaries[0]); i++)
		if (strcasecmp(basename, inbox_binaries[i].name) == 0) {
			if (advice)
				*advice = inbox_binaries[i].advice;
			return true;
		}
	return false;
}

const struct inf_pkgfile *inf_pkgfile_find(const struct inf_ctx *c, const char *name)
{
	const struct inf_pkgfile *best = NULL;
	for (size_t i = 0; i < c->n_files; i++)
		if (strcasecmp(c->files[i].name, name) == 0) {
			if (!best || (c->files[i].enforced && !best->enforced))
				best = &c->files[i];
		}
	return best;
}

static bool seen(struct inf_ctx *c, const char *rule, const void *anchor, int extra)
{
	for (size_t i = 0; i < c->n_seen; i++)
		if (c->seen[i].anchor == anchor && c->seen[i].extra == extra && strcmp(c->seen[i].rule, rule) == 0)
			return true;
	ALLOC_GROW(c->seen, c->n_seen + 1, c->alloc_seen);
	c->seen[c->n_seen].rule = rule;
	c->seen[c->n_seen].anchor = anchor;
	c->seen[c->n_seen].extra = extra;
	c->n_seen++;
	return false;
}

extern const struct rule_table inf_rule_table;

/* Own table, referenced strongly so the archive member is linked in. */
static const struct rule_info *inf_rule(const char *id)
{
	for (size_t i = 0; i < inf_rule_table.n; i++)
		if (strcmp(inf_rule_table.rules[i].id, id) == 0)
			return &inf_rule_table.rules[i];
	return rule_lookup(id);
}

static void add_path_evidence(struct inf_ctx *c, struct finding *f, int reach)
{
	if (reach < 0)
		return;
	int chain[64];
	int n = 0;
	for (int k = reach; k >= 0 && n < 64; k = c->g->reach[k].parent)
		chain[n++] = k;
	for (int k = n - 1; k >= 0; k--) {
		const struct inf_reach *r = &c->g->reach[chain[k]];
		if (r->via) {
			char *raw = inf_raw(c, r->via->span.start, r->via->span.end);
			finding_add_evidence(f, c->relpath, r->via->line, 1, "[%s] %s -> [%s] (%s)",
					     r->via->section ? r->via->section->name : "?", raw,
					     r->section->name, inf_role_name(r->role));
			free(raw);
		} else if (r->parent >= 0) {
			int line = r->section->n_occ ? r->section->occ[0].line : 1;
			finding_add_evidence(f, c->relpath, line, 1, "[%s] -> [%s] (%s)",
					     c->g->reach[r->parent].section->name, r->section->name,
					     inf_role_name(r->role));
		} else {
			int line = r->section->n_occ ? r->section->occ[0].line : 1;
			finding_add_evidence(f, c->relpath, line, 1, "[%s] (%s root)", r->section->name,
					     inf_role_name(r->role));
		}
	}
}

static struct finding *report_at(struct inf_ctx *c, const char *rule, int reach, int line,
				 size_t start, size_t end, const void *anchor, int extra,
				 const char *anchor_text, const char *fmt, va_list ap)
{
	bool downlevel = reach >= 0 && c->g->reach[reach].downlevel;
	if (downlevel && !c->opts->verbose)
		return NULL;
	if (seen(c, rule, anchor, extra))
		return NULL;
	const struct rule_info *ri = inf_rule(rule);
	struct strbuf msg = STRBUF_INIT;
	strbuf_vaddf(&msg, fmt, ap);
	enum severity sev = ri ? ri->severity : SEV_ERROR;
	if (downlevel) {
		const struct inf_reach *r = &c->g->reach[reach];
		const struct inf_decoration *d = r->decoration >= 0 ? &c->g->decorations[r->decoration] : NULL;
		struct strbuf pre = STRBUF_INIT;
		strbuf_addstr(&pre, "not enforced, deliberate down-level copy");
		if (d && d->bounded)
			strbuf_addf(&pre, " (only selected below %d.%d build %d%s)", d->upper.major, d->upper.minor,
				    inf_version_build(d->upper),
				    inf_version_build(d->upper) <= c->wbuild ? ", below the /wbuild" : "");
		else
			strbuf_addstr(&pre, " (LegacyUninstall)");
		strbuf_addf(&pre, ": %s", msg.buf);
		strbuf_release(&msg);
		msg = pre;
		sev = SEV_NOTE;
	}
	int l, col, el, ec;
	text_offset_to_linecol(c->inf->text, start, &l, &col);
	text_offset_to_linecol(c->inf->text, end, &el, &ec);
	struct finding *f = finding_add(c->out, rule, sev, c->relpath, line ? line : l, col, msg.buf);
	strbuf_release(&msg);
	f->end_line = el;
	f->end_col = ec;
	f->infverif = ri ? ri->infverif : 0;
	finding_set(&f->environment, "INF");
	add_path_evidence(c, f, reach);
	finding_fingerprint(f, anchor_text);
	return f;
}

struct finding *inf_report(struct inf_ctx *c, const char *rule, int reach, const struct inf_entry *e,
			   int extra, const char *fmt, ...)
{
	char *anchor = inf_raw(c, e->span.start, e->span.end);
	char *anchor_x = xasprintf("%s\x1f%d", anchor, extra);
	va_list ap;
	va_start(ap, fmt);
	struct finding *f = report_at(c, rule, reach, e->line, e->span.start, e->span.end, e, extra,
				      anchor_x, fmt, ap);
	va_end(ap);
	free(anchor);
	free(anchor_x);
	return f;
}

struct finding *inf_report_section(struct inf_ctx *c, const char *rule, int reach,
				   const struct inf_section *s, const char *fmt, ...)
{
	size_t start = s->n_occ ? s->occ[0].header_span.start : 0;
	size_t end = start;
	const char *t = c->inf->text->utf8;
	while (end < c->inf->text->len && t[end] != '\r' && t[end] != '\n')
		end++;
	char *anchor = xasprintf("[%s]", s->name);
	va_list ap;
	va_start(ap, fmt);
	struct finding *f = report_at(c, rule, reach, s->n_occ ? s->occ[0].line : 1, start, end, s, 0,
				      anchor, fmt, ap);
	va_end(ap);
	free(anchor);
	return f;
}

struct file_fix *inf_fix(struct inf_ctx *c, struct finding *f)
{
	if (!f || f->severity == SEV_NOTE)
		return NULL;
	return finding_fix_for(f, c->relpath, c->have_sha ? c->sha256 : NULL);
}

static bool overlaps(size_t a0, size_t a1, size_t b0, size_t b1)
{
	if (a0 == a1 && b0 == b1)
		return a0 == b0;                      /* two insertions at one point: order undefined */
	if (a0 == a1)
		return a0 > b0 && a0 < b1;
	if (b0 == b1)
		return b0 > a0 && b0 < a1;
	return a0 < b1 && b0 < a1;
}

bool inf_span_taken(const struct inf_ctx *c, size_t start, size_t end)
{
	for (size_t i = 0; i < c->n_committed; i++)
		if (overlaps(start, end, c->committed[i].start, c->committed[i].end))
			return true;
	return false;
}

bool inf_fix_commit(struct inf_ctx *c, struct finding *f)
{
	if (!f || !f->n_fixes)
		return false;
	struct file_fix *fx = NULL;
	for (size_t i = 0; i < f->n_fixes; i++)
		if (strcmp(f->fixes[i].file, c->relpath) == 0)
			fx = &f->fixes[i];
	bool clash = !fx || fx->n_edits == 0;
	for (size_t i = 0; fx && !clash && i < fx->n_edits; i++)
		if (inf_span_taken(c, fx->edits[i].start, fx->edits[i].end))
			clash = true;
	if (clash) {
		for (size_t i = 0; i < f->n_fixes; i++) {
			for (size_t j = 0; j < f->fixes[i].n_edits; j++)
				free(f->fixes[i].edits[j].replacement);
			free(f->fixes[i].edits);
			free(f->fixes[i].file);
		}
		free(f->fixes);
		f->fixes = NULL;
		f->n_fixes = f->alloc_fixes = 0;
		return false;
	}
	inf_edit_fill_positions(fx, c->inf);
	for (size_t i = 0; i < fx->n_edits; i++) {
		ALLOC_GROW(c->committed, c->n_committed + 1, c->alloc_committed);
		c->committed[c->n_committed].start = fx->edits[i].start;
		c->committed[c->n_committed].end = fx->edits[i].end;
		c->committed[c->n_committed].replacement = NULL;
		c->n_committed++;
	}
	return true;
}
