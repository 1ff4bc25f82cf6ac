#include "rewriters/package.h"
#include "core/strbuf.h"
#include "core/util.h"
#include "inf-migrate/inf.h"

#include <cjson/cJSON.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

void name_list_add(struct name_list *l, const char *s)
{
	for (size_t i = 0; i < l->n; i++)
		if (!strcmp(l->v[i], s))
			return;
	ALLOC_GROW(l->v, l->n + 1, l->alloc);
	l->v[l->n++] = xstrdup(s);
}

void name_list_free(struct name_list *l)
{
	for (size_t i = 0; i < l->n; i++)
		free(l->v[i]);
	free(l->v);
	memset(l, 0, sizeof(*l));
}

/* "%13%\sub\acmeio.sys" -> "acmeio.sys" */
static const char *file_part(const char *path)
{
	const char *b = path;
	for (const char *p = path; *p; p++)
		if (*p == '\\' || *p == '/')
			b = p + 1;
	return b;
}

static bool is_binary_name(const char *name)
{
	return str_iends_with(name, ".sys") || str_iends_with(name, ".dll") || str_iends_with(name, ".exe");
}

/* Base name without extension, lower-cased: the key binaries and projects meet on. */
static char *binary_key(const char *name)
{
	char *k = xstrdup(file_part(name));
	char *dot = strrchr(k, '.');
	if (dot)
		*dot = '\0';
	for (char *p = k; *p; p++)
		if (*p >= 'A' && *p <= 'Z')
			*p = (char)(*p - 'A' + 'a');
	return k;
}

static void collect_inf(struct package *pkg, const struct inf_file *inf)
{
	for (size_t s = 0; s < inf->n_sections; s++) {
		const struct inf_section *sec = inf->sections[s];
		for (size_t e = 0; e < sec->n_entries; e++) {
			const struct inf_entry *en = sec->entries[e];
			if (!en->key)
				continue;
			if (!strcasecmp(en->key, "AddService") && en->n_fields) {
				const char *svc = inf_entry_field(en, 0);
				if (*svc)
					name_list_add(&pkg->services, svc);
				const struct inf_section *si = inf_find_section(inf, inf_entry_field(en, 2));
				for (size_t k = 0; si && k < si->n_entries; k++)
					if (si->entries[k]->key && !strcasecmp(si->entries[k]->key, "ServiceBinary"))
						name_list_add(&pkg->binaries, file_part(inf_entry_field(si->entries[k], 0)));
			} else if (!strcasecmp(en->key, "CopyFiles")) {
				for (size_t f = 0; f < en->n_fields; f++) {
					const char *v = en->fields[f].value;
					if (v[0] == '@') {
						if (is_binary_name(v + 1))
							name_list_add(&pkg->binaries, v + 1);
						continue;
					}
					const struct inf_section *fl = inf_find_section(inf, v);
					for (size_t k = 0; fl && k < fl->n_entries; k++) {
						const char *name = fl->entries[k]->key ? fl->entries[k]->key
										       : inf_entry_field(fl->entries[k], 0);
						if (is_binary_name(name))
							name_list_add(&pkg->binaries, file_part(name));
					}
				}
			}
		}
	}
}

struct project {
	const char *path;       /* project file (absolute) or NULL */
	char *key;              /* binary key */
	char *rel;
	const struct tu_config **tus;
	size_t n, alloc;
	bool paired;
	bool is_dir;            /* no project file: the TUs' directory stands for it */
};

static struct project *project_for(struct project **ps, size_t *n, size_t *alloc,
				   const struct tu_config *c, const char *root)
{
	const char *path = c->project ? c->project : c->directory;
	for (size_t i = 0; i < *n; i++)
		if (!strcmp((*ps)[i].path, path))
			return &(*ps)[i];
	ALLOC_GROW(*ps, *n + 1, *alloc);
	struct project *p = &(*ps)[(*n)++];
	memset(p, 0, sizeof(*p));
	p->path = path;
	p->is_dir = !c->project;
	p->rel = path_relative(root, path);
	p->key = binary_key(c->target_name ? c->target_name : path_basename(path));
	return p;
}

/* The compile environment says where NTDDI_VERSION came from; "default:"
 * means no project file named a target OS. */
static bool target_is_default(const struct tu_config *c)
{
	for (size_t i = 0; c->arg_origin && i < c->n_args; i++)
		if (str_starts_with(c->args[i], "-DNTDDI_VERSION=") && c->arg_origin[i])
			return str_starts_with(c->arg_origin[i], "default:");
	return false;
}

static bool installs_driver(const struct package *pkg)
{
	for (size_t i = 0; i < pkg->binaries.n; i++)
		if (str_iends_with(pkg->binaries.v[i], ".sys"))
			return true;
	return false;
}

static void add_project(struct package *pkg, struct project *p, const char *root)
{
	p->paired = true;
	name_list_add(&pkg->projects, p->rel);
	for (size_t i = 0; i < p->n; i++) {
		char *rel = path_relative(root, p->tus[i]->file);
		name_list_add(&pkg->sources, rel);
		free(rel);
		if (!pkg->model || pkg->model == MODEL_UNKNOWN)
			pkg->model = p->tus[i]->model;
		if (!pkg->target_build) {
			pkg->target_build = p->tus[i]->target_build;
			pkg->target_default = target_is_default(p->tus[i]);
		}
	}
}

void packages_build(const char *root, char *const *infs, size_t n_infs,
		    const struct tu_config_list *tus, struct package_list *out,
		    struct diag_list *errors)
{
	struct project *ps = NULL;
	size_t n_ps = 0, alloc_ps = 0;
	for (size_t i = 0; i < tus->n; i++) {
		struct project *p = project_for(&ps, &n_ps, &alloc_ps, &tus->items[i], root);
		ALLOC_GROW(p->tus, p->n + 1, p->alloc);
		p->tus[p->n++] = &tus->items[i];
	}

	for (size_t i = 0; i < n_infs; i++) {
		struct inf_file *inf = inf_load(infs[i], errors);
		if (!inf)
			continue;
		ALLOC_GROW(out->items, out->n + 1, out->alloc);
		struct package *pkg = &out->items[out->n++];
		memset(pkg, 0, sizeof(*pkg));
		pkg->inf = path_relative(root, infs[i]);
		pkg->name = binary_key(pkg->inf);
		collect_inf(pkg, inf);
		inf_free(inf);
		bool any = false;
		for (size_t b = 0; b < pkg->binaries.n; b++) {
			char *key = binary_key(pkg->binaries.v[b]);
			bool found = false;
			for (size_t p = 0; p < n_ps; p++)
				if (!strcmp(ps[p].key, key)) {
					add_project(pkg, &ps[p], root);
					found = any = true;
				}
			if (!found) {
				char *note = xasprintf("binary %s: no project in the tree builds it (TargetName/TARGETNAME)",
						       pkg->binaries.v[b]);
				name_list_add(&pkg->notes, note);
				free(note);
			}
			free(key);
		}
		if (!any) {
			/* Fall back to the directory: an INF beside (or above) one project;
			 * among several, the one kernel project when the INF installs a driver. */
			char *dir = path_dirname(pkg->inf);
			struct project *only = NULL, *only_kernel = NULL;
			size_t cands = 0, kernel_cands = 0;
			for (size_t p = 0; p < n_ps; p++) {
				if (ps[p].paired)
					continue;
				char *pdir = ps[p].is_dir ? xstrdup(ps[p].rel) : path_dirname(ps[p].rel);
				size_t dl = strlen(dir);
				if (!strcmp(dir, ".") || !strcmp(pdir, dir) ||
				    (!strncmp(pdir, dir, dl) && pdir[dl] == '/')) {
					only = &ps[p];
					cands++;
					if (ps[p].n && ps[p].tus[0]->kernel == 1) {
						only_kernel = &ps[p];
						kernel_cands++;
					}
				}
				free(pdir);
			}
			if (cands > 1 && kernel_cands == 1 && installs_driver(pkg)) {
				only = only_kernel;
				cands = 1;
			}
			if (cands == 1) {
				add_project(pkg, only, root);
				name_list_add(&pkg->notes, "project paired by directory, not by binary name");
			}
			free(dir);
		}
	}
	for (size_t p = 0; p < n_ps; p++) {
		if (!ps[p].paired) {
			ALLOC_GROW(out->items, out->n + 1, out->alloc);
			struct package *pkg = &out->items[out->n++];
			memset(pkg, 0, sizeof(*pkg));
			pkg->name = xstrdup(ps[p].key);
			add_project(pkg, &ps[p], root);
			name_list_add(&pkg->notes, "no INF in the tree installs this project's binary");
		}
		free(ps[p].key);
		free(ps[p].rel);
		free(ps[p].tus);
	}
	free(ps);
}

const struct package *package_for_file(const struct package_list *l, const char *relpath)
{
	for (size_t i = 0; i < l->n; i++) {
		if (l->items[i].inf && !strcmp(l->items[i].inf, relpath))
			return &l->items[i];
		for (size_t s = 0; s < l->items[i].sources.n; s++)
			if (!strcmp(l->items[i].sources.v[s], relpath))
				return &l->items[i];
	}
	return NULL;
}

void package_list_free(struct package_list *l)
{
	for (size_t i = 0; i < l->n; i++) {
		struct package *p = &l->items[i];
		free(p->name);
		free(p->inf);
		name_list_free(&p->services);
		name_list_free(&p->binaries);
		name_list_free(&p->projects);
		name_list_free(&p->sources);
		name_list_free(&p->notes);
	}
	free(l->items);
	memset(l, 0, sizeof(*l));
}

static cJSON *name_list_json(const struct name_list *l)
{
	cJSON *a = cJSON_CreateArray();
	for (size_t i = 0; i < l->n; i++)
		cJSON_AddItemToArray(a, cJSON_CreateString(l->v[i]));
	return a;
}

char *package_list_json(const struct package_list *l)
{
	cJSON *root = cJSON_CreateObject();
	cJSON *arr = cJSON_AddArrayToObject(root, "packages");
	for (size_t i = 0; i < l->n; i++) {
		const struct package *p = &l->items[i];
		cJSON *o = cJSON_CreateObject();
		cJSON_AddStringToObject(o, "name", p->name);
		if (p->inf)
			cJSON_AddStringToObject(o, "inf", p->inf);
		else
			cJSON_AddNullToObject(o, "inf");
		cJSON_AddItemToObject(o, "services", name_list_json(&p->services));
		cJSON_AddItemToObject(o, "binaries", name_list_json(&p->binaries));
		cJSON_AddItemToObject(o, "projects", name_list_json(&p->projects));
		cJSON_AddItemToObject(o, "sources", name_list_json(&p->sources));
		cJSON_AddStringToObject(o, "model", driver_model_name(p->model));
		if (p->target_build)
			cJSON_AddNumberToObject(o, "target_build", p->target_build);
		else
			cJSON_AddNullToObject(o, "target_build");
		cJSON_AddStringToObject(o, "target_source", p->target_default ? "default" : "project");
		cJSON_AddItemToObject(o, "unpaired", name_list_json(&p->notes));
		cJSON_AddItemToArray(arr, o);
	}
	char *s = cJSON_Print(root);
	cJSON_Delete(root);
	char *r = xasprintf("%s\n", s);
	free(s);
	return r;
}

static void print_list(FILE *out, const char *label, const struct name_list *l)
{
	if (!l->n)
		return;
	fprintf(out, "  %-9s", label);
	for (size_t i = 0; i < l->n; i++)
		fprintf(out, "%s%s", i ? ", " : "", l->v[i]);
	fputc('\n', out);
}

void package_list_print(const struct package_list *l, FILE *out)
{
	for (size_t i = 0; i < l->n; i++) {
		const struct package *p = &l->items[i];
		fprintf(out, "%s%s (%s", i ? "\n" : "", p->name, driver_model_name(p->model));
		if (p->target_build)
			fprintf(out, ", target build %d%s", p->target_build, p->target_default ? " by default" : "");
		fputs(")\n", out);
		if (p->inf)
			fprintf(out, "  %-9s%s\n", "inf", p->inf);
		print_list(out, "services", &p->services);
		print_list(out, "binaries", &p->binaries);
		print_list(out, "projects", &p->projects);
		if (p->sources.n)
			fprintf(out, "  %-9s%zu file%s\n", "sources", p->sources.n, p->sources.n == 1 ? "" : "s");
		for (size_t n = 0; n < p->notes.n; n++)
			fprintf(out, "  note: %s\n", p->notes.v[n]);
	}
}
