/*
 * fixes: source_fixes_attach (analyzer/source_fixes.h) — walks the findings
 * of one group of TUs and hands each to the patch kinds, one file each:
 *
 *   rtl_query.c   RtlQueryRegistryValues(RTL_REGISTRY_ABSOLUTE, <service key
 *                 or its Parameters>) -> IoOpenDriverRegistryKey + RTL_REGISTRY_HANDLE
 *   zw_key.c      ZwOpenKey/ZwCreateKey on the own Parameters key ->
 *                 IoOpenDriverRegistryKey(Parameters for reads, PersistentState
 *                 for writes); params-write findings on that handle share the fix
 *   file_dir.c    kernel file writes at \SystemRoot\, \??\C:\ -> a relative
 *                 name under IoGetDriverDirectory(DriverDirectoryData)
 *   user_reg.c    a service's RegOpenKeyEx/RegCreateKeyEx(HKLM, ...\Services\<own>\Parameters)
 *                 -> GetServiceRegistryStateKey(status handle, Parameters / Persistent)
 *
 * Only findings whose sink lies in this group's files and that carry no fix
 * yet are touched (the list holds every group's findings). A kind that
 * cannot rewrite exactly refuses; its reason is added to the finding's
 * evidence and the proposal stays the guidance.
 */
#include "analyzer/source_fixes.h"

#include "analyzer/fixes/fix_internal.h"
#include "core/util.h"

#include <stdlib.h>
#include <string.h>

typedef bool (*fx_kind_fn)(struct fx_ctx *c, struct finding *f, struct fx_plan *p);

static const fx_kind_fn kinds[] = {
	fx_kind_rtl_query,
	fx_kind_zw_key,
	fx_kind_file_dir,
	fx_kind_user_reg,
};

/* A finding another group (sharing a header) already tried. */
static bool already_tried(const struct finding *f)
{
	for (size_t i = 0; i < f->n_evidence; i++)
		if (f->evidence[i].message && !strncmp(f->evidence[i].message, "no automatic fix: ", 18))
			return true;
	return false;
}

static bool finding_in_group(const struct fx_ctx *c, const struct finding *f)
{
	for (size_t i = 0; i < c->n; i++) {
		const struct tu_facts *tf = c->tus[i];
		for (size_t k = 0; tf && k < tf->n_files; k++) {
			char *rel = path_relative(c->root, tf->files[k]);
			bool same = strcmp(rel, f->file) == 0;
			free(rel);
			if (same)
				return true;
		}
	}
	return false;
}

void source_fixes_attach(struct tu_facts *const *tus, const struct tu_config *const *cfgs, size_t n,
			 const struct scan_options *opts, struct finding_list *findings)
{
	if (!tus || !n || !findings || !opts || !opts->root)
		return;
	struct fx_ctx c = { .tus = tus, .cfgs = cfgs, .n = n, .opts = opts };
	char *root_dir = path_is_dir(opts->root) ? xstrdup(opts->root) : path_dirname(opts->root);
	c.root = root_dir;
	for (size_t i = 0; i < findings->n; i++) {
		struct finding *f = findings->items[i];
		if (!f || f->n_fixes || !f->file || !f->environment || !strcmp(f->environment, "INF"))
			continue;
		if (already_tried(f) || !finding_in_group(&c, f))
			continue;
		for (size_t k = 0; k < sizeof(kinds) / sizeof(kinds[0]); k++) {
			struct fx_plan p;
			fx_plan_init(&p);
			bool handled = kinds[k](&c, f, &p);
			if (handled && fx_plan_ok(&p)) {
				fx_plan_attach(&c, &p, f);
				if (p.notes.len)
					finding_add_evidence(f, f->file, f->line, f->col, "fix: %.*s", (int)p.notes.len - 2,
							     p.notes.buf);
			} else if (handled && p.why.len) {
				finding_add_evidence(f, f->file, f->line, f->col, "no automatic fix: %s", p.why.buf);
			}
			fx_plan_free(&p);
			if (handled)
				break;
		}
	}
	for (size_t i = 0; i < c.n_texts; i++) {
		free(c.texts[i]->path);
		free(c.texts[i]->rel);
		free(c.texts[i]->mask);
		text_free(c.texts[i]->t);
		free(c.texts[i]);
	}
	free(c.texts);
	for (size_t i = 0; i < c.n_taken; i++)
		free(c.taken[i]);
	free(c.taken);
	fx_cache_free(&c);
	free(root_dir);
}
