/*
 * package_needs: the INF half of source fixes, paired through the package
 * model (contract in rewriters/package.h, edits planned by
 * inf-migrate/inf_needs.h). A driver that now loads a file from its image
 * directory needs the INF that installs it to copy the file next to the
 * binary; a component outside the package that reads a package file needs
 * the INF that installs the file to publish its path under HKR.
 */
#include "rewriters/package.h"

#include "core/edits.h"
#include "core/strbuf.h"
#include "core/util.h"
#include "inf-migrate/inf.h"
#include "inf-migrate/inf_needs.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

struct loaded_inf {
	const char *rel;
	struct inf_file *inf;   /* NULL when it did not load */
};

struct pairing {
	const struct package_list *pk;
	const char *root;
	struct finding_list *findings;
	struct loaded_inf *infs;
	size_t n_infs, alloc_infs;
};

static struct inf_file *inf_for(struct pairing *p, const char *rel)
{
	for (size_t i = 0; i < p->n_infs; i++)
		if (!strcmp(p->infs[i].rel, rel))
			return p->infs[i].inf;
	ALLOC_GROW(p->infs, p->n_infs + 1, p->alloc_infs);
	char *path = path_join(p->root, rel);
	struct diag_list errors = { 0 };   /* the INF scan reports its own errors */
	struct loaded_inf *l = &p->infs[p->n_infs++];
	l->rel = rel;
	l->inf = inf_load(path, &errors);
	diag_list_free(&errors);
	free(path);
	return l->inf;
}

static bool kernel_env(const struct finding *f)
{
	return f->environment && (!strcmp(f->environment, "WDM") || !strcmp(f->environment, "KMDF"));
}

static bool wants_next_to_driver(const struct finding *f)
{
	return f->package_file && kernel_env(f) && f->n_fixes > 0;
}

static bool wants_publish(const struct finding *f)
{
	return f->package_file && !kernel_env(f) && f->n_fixes == 0 && f->environment &&
	       strcmp(f->environment, "INF") != 0;
}

/* Would a planned edit clash with an edit another finding already makes in
 * this INF (overlap, or a different insertion at the same point)? */
static bool clashes(const struct finding_list *l, const char *rel, const struct file_fix *plan, int *line)
{
	for (size_t i = 0; i < l->n; i++)
		for (size_t k = 0; k < l->items[i]->n_fixes; k++) {
			const struct file_fix *fx = &l->items[i]->fixes[k];
			if (strcmp(fx->file, rel))
				continue;
			for (size_t a = 0; a < fx->n_edits; a++)
				for (size_t b = 0; b < plan->n_edits; b++) {
					const struct text_edit *x = &fx->edits[a], *y = &plan->edits[b];
					bool same = x->start == y->start && x->end == y->end &&
						    !strcmp(x->replacement, y->replacement);
					bool both_insert_here = x->start == x->end && y->start == y->end && x->start == y->start;
					if (!same && (edits_overlap(x, y) || both_insert_here)) {
						*line = x->line;
						return true;
					}
				}
		}
	return false;
}

static void copy_plan(struct finding *f, const char *rel, const struct file_fix *plan)
{
	struct file_fix *fx = finding_fix_for(f, rel, plan->sha256);
	for (size_t i = 0; i < plan->n_edits; i++) {
		file_fix_add_edit(fx, plan->edits[i].start, plan->edits[i].end, plan->edits[i].replacement);
		struct text_edit *e = &fx->edits[fx->n_edits - 1];
		e->line = plan->edits[i].line;
		e->col = plan->edits[i].col;
		e->end_line = plan->edits[i].end_line;
		e->end_col = plan->edits[i].end_col;
	}
}

/* Plan one need for an INF and hand the result to every finding in `who`. */
static void plan_and_attach(struct pairing *p, const char *rel, const struct inf_need *need, struct finding **who,
			    size_t n_who)
{
	struct inf_file *inf = inf_for(p, rel);
	struct strbuf note = STRBUF_INIT;
	struct file_fix plan = { 0 };
	int rc = -1;
	if (!inf)
		strbuf_addf(&note, "%s does not parse, so its half is not planned", rel);
	else
		rc = inf_need_edits(inf, rel, need, &plan, &note);
	int line = 0;
	if (rc > 0 && clashes(p->findings, rel, &plan, &line)) {
		strbuf_addf(&note, " — not added: it would clash with another fix of %s at line %d (apply that one, then "
				   "rescan)", rel, line);
		rc = -1;
	}
	int at = rc > 0 && plan.n_edits ? plan.edits[0].line : 1;
	for (size_t i = 0; i < n_who; i++) {
		if (rc > 0)
			copy_plan(who[i], rel, &plan);
		finding_add_evidence(who[i], rel, at, 1, "INF half: %s", note.buf);
	}
	file_fix_release(&plan);
	strbuf_release(&note);
}

static void add_unique(const char ***v, size_t *n, const char *s)
{
	for (size_t i = 0; i < *n; i++)
		if (!strcasecmp((*v)[i], s))
			return;
	*v = xrealloc(*v, (*n + 1) * sizeof(**v));
	(*v)[(*n)++] = s;
}

/* Kernel fixes that now read a file from the driver's image directory. */
static void pair_next_to_driver(struct pairing *p)
{
	for (size_t k = 0; k < p->pk->n; k++) {
		const struct package *pkg = &p->pk->items[k];
		const char **files = NULL;
		struct finding **who = NULL;
		size_t n_files = 0, n_who = 0;
		for (size_t i = 0; i < p->findings->n; i++) {
			struct finding *f = p->findings->items[i];
			if (!wants_next_to_driver(f) || package_for_file(p->pk, f->file) != pkg)
				continue;
			add_unique(&files, &n_files, f->package_file);
			who = xrealloc(who, (n_who + 1) * sizeof(*who));
			who[n_who++] = f;
		}
		if (n_who && pkg->inf) {
			struct inf_need need = { .kind = INF_NEED_NEXT_TO_DRIVER, .files = files, .n_files = n_files };
			plan_and_attach(p, pkg->inf, &need, who, n_who);
		} else {
			for (size_t i = 0; i < n_who; i++)
				finding_add_evidence(who[i], who[i]->file, who[i]->line, who[i]->col,
						     "INF half: no INF in the scan installs this driver: copy %s with the "
						     "driver binary in its INF (DIRID 13)", who[i]->package_file);
		}
		free(files);
		free(who);
	}
}

/* Readers outside the package that installs the file they read. */
static void pair_publish(struct pairing *p)
{
	for (size_t k = 0; k < p->pk->n; k++) {
		const struct package *owner = &p->pk->items[k];
		struct inf_file *inf = owner->inf ? inf_for(p, owner->inf) : NULL;
		if (!inf)
			continue;
		const char **files = NULL;
		struct finding **who = NULL;
		size_t n_files = 0, n_who = 0;
		for (size_t i = 0; i < p->findings->n; i++) {
			struct finding *f = p->findings->items[i];
			if (!wants_publish(f) || package_for_file(p->pk, f->file) == owner)
				continue;
			if (!inf_need_installs(inf, f->package_file))
				continue;
			add_unique(&files, &n_files, f->package_file);
			who = xrealloc(who, (n_who + 1) * sizeof(*who));
			who[n_who++] = f;
		}
		if (n_who) {
			struct inf_need need = { .kind = INF_NEED_PUBLISH_PATH, .files = files, .n_files = n_files,
						 .expand = true };
			plan_and_attach(p, owner->inf, &need, who, n_who);
			for (size_t i = 0; i < n_who; i++) {
				char *value = inf_need_value_name(who[i]->package_file);
				/* the reader is not in the package: it cannot find the file next to itself */
				char *more = xasprintf(
					"%s installs %s in the driver store and publishes its path (REG_EXPAND_SZ) as "
					"value \"%s\" of the device's software key. Read it there instead of System32\\drivers:\n"
					"    /* devInst: the device's instance, e.g. from CM_Get_Device_Interface_ListW on its "
					"interface + CM_Locate_DevNodeW */\n"
					"    HKEY key;\n"
					"    WCHAR raw[MAX_PATH], path[MAX_PATH];\n"
					"    DWORD size = sizeof(raw);\n"
					"    if (CM_Open_DevNode_Key(devInst, KEY_READ, 0, RegDisposition_OpenExisting, &key,\n"
					"                            CM_REGISTRY_SOFTWARE) == CR_SUCCESS) {\n"
					"        if (RegGetValueW(key, NULL, L\"%s\", RRF_RT_REG_EXPAND_SZ | RRF_NOEXPAND, NULL, raw,\n"
					"                         &size) == ERROR_SUCCESS &&\n"
					"            ExpandEnvironmentStringsW(raw, path, MAX_PATH) - 1 < MAX_PATH) {\n"
					"            /* open path */\n"
					"        }\n"
					"        RegCloseKey(key);\n"
					"    }",
					owner->inf, who[i]->package_file, value, value);
				finding_set(&who[i]->proposal, more);
				free(more);
				free(value);
			}
		}
		free(files);
		free(who);
	}
}

void packages_pair_inf_needs(const struct package_list *pk, const char *root, struct finding_list *findings)
{
	struct pairing p = { .pk = pk, .root = root, .findings = findings };
	pair_next_to_driver(&p);
	pair_publish(&p);
	for (size_t i = 0; i < p.n_infs; i++)
		inf_free(p.infs[i].inf);
	free(p.infs);
}
