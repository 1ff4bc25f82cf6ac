/*
 * needs: the INF half of source fixes (contract in inf-migrate/inf_needs.h).
 * Built on the same package-file model as the INF rules, so "the list that
 * copies the driver" means exactly what inf-destination-dirid moves.
 */
#include "inf-migrate/inf_needs.h"

#include "core/util.h"
#include "inf-migrate/inf_edit.h"
#include "inf-migrate/rules/inf_rules_ctx.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

char *inf_need_value_name(const char *file)
{
	struct strbuf sb = STRBUF_INIT;
	const char *dot = strrchr(file, '.');
	for (const char *p = file; *p && p != dot; p++)
		if (isalnum((unsigned char)*p) || *p == '_')
			strbuf_addch(&sb, *p);
	if (!sb.len)
		strbuf_addstr(&sb, "Package");
	strbuf_addstr(&sb, "Path");
	return strbuf_detach(&sb, NULL);
}

static const char *base_name(const char *path)
{
	const char *b = path;
	for (const char *p = path; *p; p++)
		if (*p == '\\' || *p == '/')
			b = p + 1;
	return b;
}

/* Is `name` the binary the need is about (or, without one, any service's
 * ServiceBinary)? */
static bool is_driver_binary(const struct inf_ctx *c, const struct inf_need *need, const char *name)
{
	if (need->binary)
		return strcasecmp(name, need->binary) == 0;
	for (size_t i = 0; i < c->g->n_services; i++) {
		const struct inf_section *inst = c->g->services[i].install;
		const struct inf_entry *sb = inf_section_key(inst, "ServiceBinary");
		if (sb && strcasecmp(base_name(inf_entry_field(sb, 0)), name) == 0)
			return true;
	}
	return false;
}

static const struct inf_entry *list_entry(const struct inf_section *s, const char *name, bool keyed)
{
	for (size_t i = 0; s && i < s->n_entries; i++) {
		const struct inf_entry *e = s->entries[i];
		const char *n = keyed ? e->key : (e->key ? NULL : inf_entry_field(e, 0));
		if (n && strcasecmp(n, name) == 0)
			return e;
	}
	return NULL;
}

/* "acme_fw.bin = 1,," from the binary's "acme.sys = 1,," line. */
static char *mirror_sdf_line(const struct inf_ctx *c, const struct inf_entry *e, const char *file)
{
	if (!e->n_fields)
		return xstrdup(file);
	const char *t = c->inf->text->utf8;
	char *sep = xstrndup(t + e->key_span.end, e->fields[0].span.start - e->key_span.end);
	/* keep '=' in the binary line's column when it was aligned with blanks */
	size_t pad = strspn(sep, " ");
	size_t key_len = e->key_span.end - e->key_span.start, new_len = strlen(file);
	if (pad > 1 && sep[pad] == '=') {
		size_t want = key_len + pad > new_len + 1 ? key_len + pad - new_len : 1;
		char *aligned = xasprintf("%*s%s", (int)want, "", sep + pad);
		free(sep);
		sep = aligned;
	}
	char *fields = xstrndup(t + e->fields[0].span.start, e->span.end - e->fields[0].span.start);
	char *q = inf_edit_quote(file);
	char *line = xasprintf("%s%s%s", q, sep, fields);
	free(q);
	free(sep);
	free(fields);
	return line;
}

/* One insertion after e holding every line (e's indentation and EOL each):
 * identical across the fixes that need the same set. */
static void insert_lines_after(struct file_fix *fx, const struct inf_file *inf, const struct inf_entry *e,
			       char *const *lines, size_t n)
{
	struct file_fix scratch = { 0 };
	struct strbuf text = STRBUF_INIT;
	for (size_t i = 0; i < n; i++)
		inf_edit_insert_after(&scratch, inf, e, lines[i]);
	for (size_t i = 0; i < scratch.n_edits; i++) {
		strbuf_addstr(&text, scratch.edits[i].replacement);
		free(scratch.edits[i].replacement);
	}
	if (scratch.n_edits)
		file_fix_add_edit(fx, scratch.edits[0].start, scratch.edits[0].end, text.buf);
	free(scratch.edits);
	strbuf_release(&text);
}

static void free_lines(char **lines, size_t n)
{
	for (size_t i = 0; i < n; i++)
		free(lines[i]);
	free(lines);
}

static int next_to_driver(struct inf_ctx *c, const struct inf_need *need, struct file_fix *fx, struct strbuf *note)
{
	/* only the files the INF does not copy yet */
	const char **todo = xcalloc(need->n_files + 1, sizeof(*todo));
	size_t n_todo = 0;
	for (size_t i = 0; i < need->n_files; i++) {
		const struct inf_pkgfile *have = inf_pkgfile_find(c, need->files[i]);
		if (have)
			strbuf_addf(note, "%s%s already installs %s (%s%s%s)", note->len ? "; " : "", c->relpath,
				    need->files[i], have->list ? "[" : "CopyFiles=@",
				    have->list ? have->list->name : have->name, have->list ? "]" : "");
		else
			todo[n_todo++] = need->files[i];
	}
	if (!n_todo) {
		free(todo);
		return 0;
	}
	size_t n_before = fx->n_edits;
	struct strbuf where = STRBUF_INIT, names = STRBUF_INIT;
	for (size_t i = 0; i < n_todo; i++)
		strbuf_addf(&names, "%s%s", i ? ", " : "", todo[i]);
	const char *binary = NULL;
	char **lines = xcalloc(n_todo, sizeof(*lines));
	for (size_t i = 0; i < c->n_files; i++) {
		const struct inf_pkgfile *pf = &c->files[i];
		if (!is_driver_binary(c, need, pf->name))
			continue;
		/* one insertion per list or directive, however many reaches share it */
		bool dup = false;
		for (size_t k = 0; k < i && !dup; k++)
			dup = is_driver_binary(c, need, c->files[k].name) &&
			      (pf->list ? c->files[k].list == pf->list : c->files[k].directive == pf->directive);
		if (dup)
			continue;
		binary = pf->name;
		for (size_t k = 0; k < n_todo; k++) {
			char *q = inf_edit_quote(todo[k]);
			if (pf->list && pf->copy_entry) {
				lines[k] = q;
			} else {
				char *at = xasprintf("@%s", q);
				lines[k] = inf_format_directive(c, pf->directive->section, "CopyFiles", at);
				free(at);
				free(q);
			}
		}
		const struct inf_entry *anchor = pf->list && pf->copy_entry ? pf->copy_entry : pf->directive;
		insert_lines_after(fx, c->inf, anchor, lines, n_todo);
		for (size_t k = 0; k < n_todo; k++) {
			free(lines[k]);
			lines[k] = NULL;
		}
		if (pf->list && pf->copy_entry)
			strbuf_addf(&where, "%s[%s]", where.len ? ", " : "", pf->list->name);
		else
			strbuf_addf(&where, "%s[%s] CopyFiles=@", where.len ? ", " : "", pf->directive->section->name);
	}
	if (fx->n_edits == n_before) {
		strbuf_addf(note, "%s%s copies no driver binary%s%s to put %s next to", note->len ? "; " : "", c->relpath,
			    need->binary ? " named " : "", need->binary ? need->binary : "", names.buf);
		strbuf_release(&where);
		strbuf_release(&names);
		free_lines(lines, n_todo);
		free(todo);
		return -1;
	}
	/* the source disk entries mirror the binary's (same disk, same subdir) */
	size_t n_sdf = 0;
	for (size_t s = 0; s < c->n_sdf; s++) {
		const struct inf_entry *be = list_entry(c->sdf[s], binary, true);
		if (!be)
			continue;
		size_t n = 0;
		for (size_t k = 0; k < n_todo; k++)
			if (!list_entry(c->sdf[s], todo[k], true))
				lines[n++] = mirror_sdf_line(c, be, todo[k]);
		insert_lines_after(fx, c->inf, be, lines, n);
		for (size_t k = 0; k < n; k++) {
			free(lines[k]);
			lines[k] = NULL;
		}
		n_sdf += n > 0;
	}
	strbuf_addf(note, "%s%s: %s copied with %s by %s", note->len ? "; " : "", c->relpath, names.buf, binary,
		    where.buf);
	if (n_sdf)
		strbuf_addstr(note, " and listed in [SourceDisksFiles] like it");
	else
		strbuf_addf(note, "; no [SourceDisksFiles] entry names %s: list the new files where the layout does",
			    binary);
	strbuf_release(&where);
	strbuf_release(&names);
	free_lines(lines, n_todo);
	free(todo);
	return 1;
}

static bool publishes(const struct inf_ctx *c, const char *value)
{
	for (size_t i = 0; i < c->g->n_reach; i++) {
		const struct inf_reach *r = &c->g->reach[i];
		if (r->role != INF_ROLE_ADDREG || r->hkr != INF_HKR_DEVICE_SOFTWARE)
			continue;
		for (size_t j = 0; j < r->section->n_entries; j++) {
			const struct inf_entry *e = r->section->entries[j];
			if (!e->key && !strcasecmp(inf_entry_field(e, 0), "HKR") && !*inf_entry_field(e, 1) &&
			    !strcasecmp(inf_entry_field(e, 2), value))
				return true;
		}
	}
	return false;
}

static int publish_path(struct inf_ctx *c, const struct inf_need *need, struct file_fix *fx, struct strbuf *note)
{
	char **lines = xcalloc(need->n_files + 1, sizeof(*lines));
	size_t n_lines = 0;
	struct strbuf names = STRBUF_INIT;
	bool missing = false;
	for (size_t i = 0; i < need->n_files; i++) {
		const char *file = need->files[i];
		const struct inf_pkgfile *pf = inf_pkgfile_find(c, file);
		char *value = inf_need_value_name(file);
		if (!pf) {
			missing = true;
			strbuf_addf(note, "%s%s does not install %s, so it cannot publish its path", note->len ? "; " : "",
				    c->relpath, file);
		} else if (publishes(c, value)) {
			strbuf_addf(note, "%s%s already writes HKR,,%s on the device key", note->len ? "; " : "",
				    c->relpath, value);
		} else {
			/* where the file will be: DIRID 13 with the subdir the INF rules align it to */
			const char *sub = pf->dirid == 13 ? pf->subdir : (pf->src_subdir ? pf->src_subdir : "");
			char *path = xasprintf("%%13%%\\%s%s%s", sub, *sub ? "\\" : "", file);
			char *qpath = inf_edit_quote(path);
			lines[n_lines++] = xasprintf("HKR,,%s,%s,%s", value, need->expand ? "0x00020000" : "", qpath);
			strbuf_addf(&names, "%s%s as %s", names.len ? ", " : "", file, value);
			free(qpath);
			free(path);
		}
		free(value);
	}
	if (!n_lines) {
		free(lines);
		strbuf_release(&names);
		return missing ? -1 : 0;
	}
	size_t n_before = fx->n_edits;
	struct strbuf where = STRBUF_INIT;
	const struct inf_section **done = xcalloc(c->g->n_reach + 1, sizeof(*done));
	size_t n_done = 0;
	for (size_t i = 0; i < c->g->n_reach; i++) {
		const struct inf_reach *r = &c->g->reach[i];
		if (r->role != INF_ROLE_INSTALL || r->downlevel || !r->section->n_entries)
			continue;
		const struct inf_section *target = NULL;
		for (size_t j = 0; j < r->section->n_entries && !target; j++) {
			const struct inf_entry *e = r->section->entries[j];
			if (inf_key_is(e, "AddReg") && e->n_fields)
				target = inf_find_section(c->inf, inf_entry_field(e, 0));
		}
		const struct inf_section *key = target ? target : r->section;
		bool dup = false;
		for (size_t k = 0; k < n_done && !dup; k++)
			dup = done[k] == key;
		if (dup)
			continue;
		done[n_done++] = key;
		if (target && target->n_entries) {
			insert_lines_after(fx, c->inf, target->entries[target->n_entries - 1], lines, n_lines);
			strbuf_addf(&where, "%s[%s]", where.len ? ", " : "", target->name);
		} else {
			/* no AddReg yet: give the install section one */
			char *name = xasprintf("%s_PackagePaths", r->section->name);
			char *directive = inf_format_directive(c, r->section, "AddReg", name);
			inf_edit_insert_after(fx, c->inf, r->section->entries[r->section->n_entries - 1], directive);
			inf_edit_add_section(fx, c->inf, name, (const char *const *)lines, n_lines);
			strbuf_addf(&where, "%s[%s] (new, from [%s])", where.len ? ", " : "", name, r->section->name);
			free(directive);
			free(name);
		}
	}
	free(done);
	int rc = 1;
	if (fx->n_edits == n_before) {
		strbuf_addf(note, "%s%s has no device install section to publish from", note->len ? "; " : "",
			    c->relpath);
		rc = -1;
	} else {
		strbuf_addf(note, "%s%s publishes the driver-store path of %s (%s) in %s", note->len ? "; " : "",
			    c->relpath, names.buf, need->expand ? "REG_EXPAND_SZ" : "REG_SZ", where.buf);
	}
	strbuf_release(&where);
	strbuf_release(&names);
	free_lines(lines, n_lines);
	return rc;
}

bool inf_need_installs(const struct inf_file *inf, const char *file)
{
	struct inf_ctx c;
	struct finding_list unused = { 0 };
	inf_ctx_init(&c, inf, inf->path, NULL, &unused);
	bool yes = inf_pkgfile_find(&c, file) != NULL;
	inf_ctx_release(&c);
	return yes;
}

int inf_need_edits(const struct inf_file *inf, const char *relpath, const struct inf_need *need,
		   struct file_fix *fx, struct strbuf *note)
{
	struct inf_ctx c;
	struct finding_list unused = { 0 };
	inf_ctx_init(&c, inf, relpath, NULL, &unused);
	if (c.have_sha && !fx->sha256[0])
		memcpy(fx->sha256, c.sha256, sizeof(fx->sha256));
	int rc = need->kind == INF_NEED_NEXT_TO_DRIVER ? next_to_driver(&c, need, fx, note)
						       : publish_path(&c, need, fx, note);
	if (rc > 0)
		inf_edit_fill_positions(fx, inf);
	inf_ctx_release(&c);
	return rc;
}
