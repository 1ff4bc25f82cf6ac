/*
 * compile_env from MSBuild .vcxproj files: a small MSBuild evaluator, enough
 * for how driver projects are written.
 *
 * MSBuild evaluates in passes: properties (and imports), then item
 * definitions, then items; each pass here walks the project and the imported
 * .props/.targets inside the scanned tree again. Conditions support ==, !=,
 * and, or, !, parentheses, exists() and HasTrailingSlash(). Unknown
 * properties expand to "" (as in MSBuild), so $(DDK_INC_PATH)-style SDK
 * paths vanish instead of becoming bogus directories. List metadata keeps
 * the origin of every element: %(PreprocessorDefinitions) splices in the
 * inherited elements with their own origins.
 */
#include "analyzer/compile_env_internal.h"
#include "core/strbuf.h"
#include "core/util.h"

#include <dirent.h>
#include <fnmatch.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <libxml/parser.h>
#include <libxml/tree.h>

#define MAX_IMPORT_DEPTH 8

struct prop {
	char *name, *value;
	bool global;   /* set by the build (Configuration, Platform): the project cannot override it */
};

/* A list-valued metadata element with where it came from. */
struct meta_list {
	struct strlist vals, origins;
};

enum cl_meta { M_INCLUDES, M_DEFINES, M_UNDEFS, M_FORCED, M_EXCLUDED, M_STD_CXX, M_STD_C, M_MANAGED, M_N };
static const char *const cl_meta_names[M_N] = {
	[M_INCLUDES] = "AdditionalIncludeDirectories",
	[M_DEFINES] = "PreprocessorDefinitions",
	[M_UNDEFS] = "UndefinePreprocessorDefinitions",
	[M_FORCED] = "ForcedIncludeFiles",
	[M_EXCLUDED] = "ExcludedFromBuild",
	[M_STD_CXX] = "LanguageStandard",
	[M_STD_C] = "LanguageStandard_C",
	[M_MANAGED] = "CompileAsManaged",
};

/* /std: values -> clang -std= (stdcpplatest: the newest clang 19 knows). */
static const struct {
	const char *msvc, *clang;
} lang_std[] = {
	{ "stdcpp14", "-std=c++14" }, { "stdcpp17", "-std=c++17" }, { "stdcpp20", "-std=c++20" },
	{ "stdcpplatest", "-std=c++2c" }, { "stdc11", "-std=c11" }, { "stdc17", "-std=c17" },
	{ "stdclatest", "-std=c2x" },
};

struct cl_item {
	char *file;   /* absolute */
	struct meta_list meta[M_N];
};

struct msb {
	struct env_ctx *ctx;
	const char *project;     /* the .vcxproj */
	char *project_dir;
	const char *config_label; /* "Debug|x64" */
	struct prop *props;
	size_t n_props, alloc_props;
	struct meta_list def[M_N];
	struct cl_item *items;
	size_t n_items, alloc_items;
	struct strlist configs;  /* ProjectConfiguration Include values */
	const char *this_file;   /* file being walked (project or import) */
	int pass;                /* 0 properties, 1 item definitions, 2 items */
	struct strlist imported; /* this pass: MSBuild imports a file once (MSB4011) */
	const struct strlist *exclude; /* Exclude patterns of the item being added */
	bool report_errors;
};

/* ---------- properties and expansion ---------- */

static const char *prop_get(const struct msb *m, const char *name)
{
	for (size_t i = m->n_props; i-- > 0;)
		if (!strcasecmp(m->props[i].name, name))
			return m->props[i].value;
	return NULL;
}

static void prop_set(struct msb *m, const char *name, const char *value)
{
	for (size_t i = 0; i < m->n_props; i++)
		if (!strcasecmp(m->props[i].name, name)) {
			if (m->props[i].global)
				return;
			free(m->props[i].value);
			m->props[i].value = xstrdup(value);
			return;
		}
	ALLOC_GROW(m->props, m->n_props + 1, m->alloc_props);
	m->props[m->n_props].name = xstrdup(name);
	m->props[m->n_props].value = xstrdup(value);
	m->props[m->n_props].global = false;
	m->n_props++;
}

static void meta_list_free(struct meta_list *l)
{
	strlist_free(&l->vals);
	strlist_free(&l->origins);
}

static void meta_list_copy(struct meta_list *dst, const struct meta_list *src)
{
	for (size_t i = 0; i < src->vals.n; i++) {
		strlist_add(&dst->vals, src->vals.v[i]);
		strlist_add(&dst->origins, src->origins.v[i]);
	}
}

/* $(Prop) -> value; %(Meta) -> `meta` joined by ';' (when given); property
 * functions and item lists -> "". */
static char *expand(const struct msb *m, const char *s, const struct meta_list *self, const char *self_name)
{
	struct strbuf sb = STRBUF_INIT;
	while (*s) {
		if ((s[0] == '$' || s[0] == '%' || s[0] == '@') && s[1] == '(') {
			/* find the matching paren */
			int depth = 0;
			const char *e = s + 1;
			for (; *e; e++) {
				if (*e == '(')
					depth++;
				else if (*e == ')' && --depth == 0)
					break;
			}
			if (!*e) {
				strbuf_addstr(&sb, s);
				break;
			}
			char *name = xstrndup(s + 2, (size_t)(e - s - 2));
			if (s[0] == '$') {
				const char *v = prop_get(m, name);
				if (v)
					strbuf_addstr(&sb, v);
			} else if (s[0] == '%' && self && self_name && !strcasecmp(name, self_name)) {
				for (size_t i = 0; i < self->vals.n; i++) {
					if (i)
						strbuf_addch(&sb, ';');
					strbuf_addstr(&sb, self->vals.v[i]);
				}
			}
			free(name);
			s = e + 1;
			continue;
		}
		strbuf_addch(&sb, *s++);
	}
	return strbuf_detach(&sb, NULL);
}

/* Set list metadata from its text: elements spelled %(Name) splice the
 * inherited list in place, other elements get `origin`. */
static void meta_assign(const struct msb *m, struct meta_list *dst, const struct meta_list *inherited,
			const char *name, const char *text, const char *origin)
{
	struct meta_list out = { 0 };
	struct strlist raw = { 0 };
	char *self_ref = xasprintf("%%(%s)", name);
	strlist_split(&raw, text, ";");
	for (size_t i = 0; i < raw.n; i++) {
		if (!strcasecmp(raw.v[i], self_ref)) {
			if (inherited)
				meta_list_copy(&out, inherited);
			continue;
		}
		char *x = expand(m, raw.v[i], inherited, name);
		struct strlist parts = { 0 };
		strlist_split(&parts, x, ";");
		/* NAME=%(OtherMetadata) or NAME=$([System.String]::...) that the
		 * evaluator cannot compute would leave `NAME=` (an empty macro that
		 * breaks every expression using it): 0 keeps such code parsable */
		bool unevaluated = !strcasecmp(name, "PreprocessorDefinitions") && parts.n == 1 &&
				   (strstr(raw.v[i], "%(") || strstr(raw.v[i], "$([")) && x[0] &&
				   x[strlen(x) - 1] == '=' && strchr(x, '=') == x + strlen(x) - 1;
		for (size_t j = 0; j < parts.n; j++) {
			if (unevaluated) {
				char *zero = xasprintf("%s0", parts.v[j]);
				char *why = xasprintf("%s (unevaluated MSBuild expression %s: 0 for parsing)", origin,
						      strchr(raw.v[i], '=') + 1);
				strlist_add(&out.vals, zero);
				strlist_add(&out.origins, why);
				free(zero);
				free(why);
				continue;
			}
			strlist_add(&out.vals, parts.v[j]);
			strlist_add(&out.origins, origin);
		}
		strlist_free(&parts);
		free(x);
	}
	free(self_ref);
	strlist_free(&raw);
	meta_list_free(dst);
	*dst = out;
}

/* ---------- conditions ---------- */

struct cond_parser {
	const char *p;
	const struct msb *m;
	int depth;     /* nesting guard: a hostile Condition must not exhaust the stack */
};

static void cp_ws(struct cond_parser *c)
{
	while (*c->p == ' ' || *c->p == '\t' || *c->p == '\r' || *c->p == '\n')
		c->p++;
}

static bool cp_word(struct cond_parser *c, const char *w)
{
	cp_ws(c);
	size_t n = strlen(w);
	if (!strncasecmp(c->p, w, n) && !(c->p[n] == '_' || (c->p[n] >= 'a' && c->p[n] <= 'z') ||
					   (c->p[n] >= 'A' && c->p[n] <= 'Z') || (c->p[n] >= '0' && c->p[n] <= '9'))) {
		c->p += n;
		return true;
	}
	return false;
}

static bool cond_or(struct cond_parser *c);

/* An operand: 'quoted', or a bare word/number. */
static char *cp_operand(struct cond_parser *c)
{
	cp_ws(c);
	if (*c->p == '\'') {
		const char *e = strchr(c->p + 1, '\'');
		if (!e)
			e = c->p + strlen(c->p);
		char *v = xstrndup(c->p + 1, (size_t)(e - c->p - 1));
		c->p = *e ? e + 1 : e;
		return v;
	}
	const char *b = c->p;
	while (*c->p && !strchr(" \t\r\n=!<>()',", *c->p))
		c->p++;
	return xstrndup(b, (size_t)(c->p - b));
}

static bool truthy(const char *v)
{
	return !strcasecmp(v, "true") || !strcasecmp(v, "on") || !strcasecmp(v, "yes");
}

static bool cond_unary(struct cond_parser *c)
{
	cp_ws(c);
	if (c->depth > 64) {
		c->p += strlen(c->p);
		return true;
	}
	if (*c->p == '!' && c->p[1] != '=') {
		c->p++;
		c->depth++;
		bool v = !cond_unary(c);
		c->depth--;
		return v;
	}
	if (*c->p == '(') {
		c->p++;
		c->depth++;
		bool v = cond_or(c);
		c->depth--;
		cp_ws(c);
		if (*c->p == ')')
			c->p++;
		return v;
	}
	/* function call: name( args ) */
	const char *save = c->p;
	const char *b = c->p;
	while ((*c->p >= 'a' && *c->p <= 'z') || (*c->p >= 'A' && *c->p <= 'Z') || *c->p == '_')
		c->p++;
	if (c->p > b && *c->p == '(') {
		char *fname = xstrndup(b, (size_t)(c->p - b));
		c->p++;
		char *arg = cp_operand(c);
		/* skip any further arguments */
		int depth = 1;
		while (*c->p && depth) {
			if (*c->p == '(')
				depth++;
			else if (*c->p == ')')
				depth--;
			c->p++;
		}
		bool v = true; /* unknown functions: include rather than drop */
		if (!strcasecmp(fname, "exists")) {
			char *dir = path_dirname(c->m->this_file);
			char *hit = *arg ? env_resolve_path(dir, arg) : NULL;
			v = hit != NULL;
			free(hit);
			free(dir);
		} else if (!strcasecmp(fname, "HasTrailingSlash")) {
			size_t n = strlen(arg);
			v = n && (arg[n - 1] == '/' || arg[n - 1] == '\\');
		}
		free(fname);
		free(arg);
		return v;
	}
	c->p = save;
	char *a = cp_operand(c);
	cp_ws(c);
	static const char *const ops[] = { "==", "!=", "<=", ">=", "<", ">" };
	size_t op = sizeof(ops) / sizeof(ops[0]);
	for (size_t i = 0; i < sizeof(ops) / sizeof(ops[0]); i++)
		if (!strncmp(c->p, ops[i], strlen(ops[i]))) {
			op = i;
			c->p += strlen(ops[i]);
			break;
		}
	if (op == sizeof(ops) / sizeof(ops[0])) {
		bool v = truthy(a);
		free(a);
		return v;
	}
	char *b2 = cp_operand(c);
	bool v;
	if (op <= 1) {
		v = !strcasecmp(a, b2) == (op == 0);
	} else {
		double x = strtod(a, NULL), y = strtod(b2, NULL);
		v = op == 2 ? x <= y : op == 3 ? x >= y : op == 4 ? x < y : x > y;
	}
	free(a);
	free(b2);
	return v;
}

static bool cond_and(struct cond_parser *c)
{
	bool v = cond_unary(c);
	while (cp_word(c, "and"))
		v = cond_unary(c) && v;
	return v;
}

static bool cond_or(struct cond_parser *c)
{
	bool v = cond_and(c);
	while (cp_word(c, "or"))
		v = cond_and(c) || v;
	return v;
}

static bool cond_true(const struct msb *m, xmlNode *n)
{
	xmlChar *raw = xmlGetProp(n, (const xmlChar *)"Condition");
	if (!raw)
		return true;
	char *x = expand(m, (const char *)raw, NULL, NULL);
	xmlFree(raw);
	struct cond_parser c = { x, m, 0 };
	bool v = cond_or(&c);
	free(x);
	return v;
}

/* ---------- walking the project ---------- */

static bool is(xmlNode *n, const char *name)
{
	return n->type == XML_ELEMENT_NODE && !strcmp((const char *)n->name, name);
}

static char *node_text(xmlNode *n)
{
	xmlChar *t = xmlNodeGetContent(n);
	char *s = xstrdup(t ? (const char *)t : "");
	xmlFree(t);
	return s;
}

static char *origin_here(const struct msb *m, const char *what)
{
	if (m->this_file == m->project)
		return xasprintf("vcxproj %s %s", what, m->config_label);
	return xasprintf("%s %s %s", path_basename(m->this_file), what, m->config_label);
}

static void walk(struct msb *m, xmlNode *parent, int depth);

/* Walk an imported file in place (MSBuildThisFileDirectory follows it). */
static void import_file(struct msb *m, const char *path, int depth)
{
	if (strlist_has(&m->imported, path) || !strcmp(path, m->project))
		return;
	strlist_add(&m->imported, path);
	env_xml_quiet();
	xmlDoc *doc = xmlReadFile(path, NULL, XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
	if (!doc) {
		/* Once per project, not per pass and configuration. */
		if (m->report_errors && m->pass == 0) {
			const xmlError *e = xmlGetLastError();
			diag_add(m->ctx->errors, path, e ? e->line : 1, "cannot parse imported MSBuild file: %s",
				 e && e->message ? e->message : "invalid XML");
		}
		return;
	}
	const char *saved = m->this_file;
	const char *saved_this_dir = prop_get(m, "MSBuildThisFileDirectory");
	char *saved_dir = saved_this_dir ? xstrdup(saved_this_dir) : NULL;
	char *this_dir = path_dirname(path);
	char *with_slash = xasprintf("%s/", this_dir);
	prop_set(m, "MSBuildThisFileDirectory", with_slash);
	m->this_file = path;
	walk(m, xmlDocGetRootElement(doc), depth + 1);
	m->this_file = saved;
	prop_set(m, "MSBuildThisFileDirectory", saved_dir ? saved_dir : "");
	free(saved_dir);
	free(with_slash);
	free(this_dir);
	xmlFreeDoc(doc);
}

static void do_import(struct msb *m, xmlNode *n, int depth)
{
	if (!cond_true(m, n) || depth >= MAX_IMPORT_DEPTH)
		return;
	xmlChar *raw = xmlGetProp(n, (const xmlChar *)"Project");
	if (!raw)
		return;
	char *x = expand(m, (const char *)raw, NULL, NULL);
	xmlFree(raw);
	char *dir = path_dirname(m->this_file);
	char *path = *x ? env_resolve_path(dir, x) : NULL;
	free(dir);
	free(x);
	/* Only imports inside the scanned tree: SDK .props are not here. */
	if (path && path_is_file(path) && str_starts_with(path, m->ctx->root))
		import_file(m, path, depth);
	free(path);
}

/* MSBuild imports the nearest Directory.Build.props (early) and
 * Directory.Build.targets (late) of the project's ancestors, also above the
 * scanned directory. */
static char *directory_build_file(const char *project_dir, const char *name)
{
	char *dir = xstrdup(project_dir);
	for (int up = 0; up < 12; up++) {
		char *p = path_join(dir, name);
		if (path_is_file(p)) {
			free(dir);
			return p;
		}
		free(p);
		char *parent = path_dirname(dir);
		bool top = !strcmp(parent, dir);
		free(dir);
		dir = parent;
		if (top)
			break;
	}
	free(dir);
	return NULL;
}

static void do_properties(struct msb *m, xmlNode *group)
{
	for (xmlNode *c = group->children; c; c = c->next) {
		if (c->type != XML_ELEMENT_NODE || !cond_true(m, c))
			continue;
		char *t = node_text(c);
		char *x = expand(m, t, NULL, NULL);
		/* $(Prop) self references were expanded with the old value. */
		prop_set(m, (const char *)c->name, x);
		free(x);
		free(t);
	}
}

static int meta_index(const char *name)
{
	for (int i = 0; i < M_N; i++)
		if (!strcmp(name, cl_meta_names[i]))
			return i;
	return -1;
}

static void do_item_definitions(struct msb *m, xmlNode *group)
{
	for (xmlNode *cl = group->children; cl; cl = cl->next) {
		if (!is(cl, "ClCompile") || !cond_true(m, cl))
			continue;
		for (xmlNode *c = cl->children; c; c = c->next) {
			int mi;
			if (c->type != XML_ELEMENT_NODE || (mi = meta_index((const char *)c->name)) < 0 || !cond_true(m, c))
				continue;
			char *t = node_text(c);
			char *why = origin_here(m, "ItemDefinitionGroup");
			struct meta_list inherited = { 0 };
			meta_list_copy(&inherited, &m->def[mi]);
			meta_assign(m, &m->def[mi], &inherited, cl_meta_names[mi], t, why);
			meta_list_free(&inherited);
			free(why);
			free(t);
		}
	}
}

static void add_item(struct msb *m, const char *abs, xmlNode *cl)
{
	if (env_tu_index(m->ctx, abs) < 0)
		return;
	for (size_t i = 0; m->exclude && i < m->exclude->n; i++) {
		const char *pat = m->exclude->v[i];
		bool deep = strstr(pat, "**") != NULL;
		if (!fnmatch(pat, abs, (deep ? 0 : FNM_PATHNAME) | FNM_CASEFOLD))
			return;
	}
	for (size_t i = 0; i < m->n_items; i++)
		if (!strcmp(m->items[i].file, abs))
			return;
	ALLOC_GROW(m->items, m->n_items + 1, m->alloc_items);
	struct cl_item *it = &m->items[m->n_items++];
	memset(it, 0, sizeof(*it));
	it->file = xstrdup(abs);
	for (int i = 0; i < M_N; i++)
		meta_list_copy(&it->meta[i], &m->def[i]);
	for (xmlNode *c = cl->children; c; c = c->next) {
		int mi;
		if (c->type != XML_ELEMENT_NODE || (mi = meta_index((const char *)c->name)) < 0 || !cond_true(m, c))
			continue;
		char *t = node_text(c);
		char *why = origin_here(m, "ClCompile item");
		struct meta_list inherited = { 0 };
		meta_list_copy(&inherited, &m->def[mi]);
		meta_assign(m, &it->meta[mi], &inherited, cl_meta_names[mi], t, why);
		meta_list_free(&inherited);
		free(why);
		free(t);
	}
}

static bool has_glob(const char *s)
{
	return strpbrk(s, "*?") != NULL;
}

static void do_items(struct msb *m, xmlNode *group)
{
	for (xmlNode *n = group->children; n; n = n->next) {
		if (n->type != XML_ELEMENT_NODE || !cond_true(m, n))
			continue;
		xmlChar *inc = xmlGetProp(n, (const xmlChar *)"Include");
		if (!inc)
			continue;
		char *x = expand(m, (const char *)inc, NULL, NULL);
		xmlFree(inc);
		if (is(n, "ProjectConfiguration")) {
			if (!strlist_has(&m->configs, x))
				strlist_add(&m->configs, x);
		} else if (is(n, "ClCompile")) {
			struct strlist parts = { 0 }, excl = { 0 };
			strlist_split(&parts, x, ";");
			char *dir = path_dirname(m->this_file);
			xmlChar *ex = xmlGetProp(n, (const xmlChar *)"Exclude");
			if (ex) {
				char *xe = expand(m, (const char *)ex, NULL, NULL);
				strlist_split(&excl, xe, ";");
				for (size_t i = 0; i < excl.n; i++) {
					char *pat = xstrdup(excl.v[i]);
					path_to_slashes(pat);
					free(excl.v[i]);
					excl.v[i] = path_join(dir, pat);
					free(pat);
				}
				free(xe);
				xmlFree(ex);
			}
			m->exclude = &excl;
			for (size_t i = 0; i < parts.n; i++) {
				if (has_glob(parts.v[i])) {
					path_to_slashes(parts.v[i]);
					bool deep = strstr(parts.v[i], "**") != NULL;
					char *pat = path_join(dir, parts.v[i]);
					/* "**" crosses directories: let '*' match '/' then. */
					for (char *s; (s = strstr(pat, "**/"));)
						memmove(s + 1, s + 3, strlen(s + 3) + 1);
					for (size_t t = 0; t < m->ctx->tus.n; t++)
						if (!fnmatch(pat, m->ctx->tus.v[t], (deep ? 0 : FNM_PATHNAME) | FNM_CASEFOLD))
							add_item(m, m->ctx->tus.v[t], n);
					free(pat);
				} else {
					char *abs = env_resolve_path(dir, parts.v[i]);
					if (abs)
						add_item(m, abs, n);
					free(abs);
				}
			}
			m->exclude = NULL;
			strlist_free(&excl);
			free(dir);
			strlist_free(&parts);
		}
		free(x);
	}
}

static void walk_choose(struct msb *m, xmlNode *choose, int depth)
{
	for (xmlNode *w = choose->children; w; w = w->next) {
		if (is(w, "When") && cond_true(m, w)) {
			walk(m, w, depth);
			return;
		}
		if (is(w, "Otherwise")) {
			walk(m, w, depth);
			return;
		}
	}
}

static void walk(struct msb *m, xmlNode *parent, int depth)
{
	if (!parent)
		return;
	for (xmlNode *n = parent->children; n; n = n->next) {
		if (n->type != XML_ELEMENT_NODE)
			continue;
		if (is(n, "Import")) {
			do_import(m, n, depth);
		} else if (is(n, "ImportGroup")) {
			if (cond_true(m, n))
				for (xmlNode *c = n->children; c; c = c->next)
					if (is(c, "Import"))
						do_import(m, c, depth);
		} else if (is(n, "Choose")) {
			walk_choose(m, n, depth);
		} else if (!cond_true(m, n)) {
			continue;
		} else if (m->pass == 0 && is(n, "PropertyGroup")) {
			do_properties(m, n);
		} else if (m->pass == 1 && is(n, "ItemDefinitionGroup")) {
			do_item_definitions(m, n);
		} else if (m->pass == 2 && is(n, "ItemGroup")) {
			do_items(m, n);
		}
	}
}

/* ---------- one configuration ---------- */

static void msb_free(struct msb *m)
{
	for (size_t i = 0; i < m->n_props; i++) {
		free(m->props[i].name);
		free(m->props[i].value);
	}
	free(m->props);
	for (int i = 0; i < M_N; i++)
		meta_list_free(&m->def[i]);
	for (size_t i = 0; i < m->n_items; i++) {
		free(m->items[i].file);
		for (int j = 0; j < M_N; j++)
			meta_list_free(&m->items[i].meta[j]);
	}
	free(m->items);
	strlist_free(&m->configs);
	strlist_free(&m->imported);
	free(m->project_dir);
}

/* Nearest ancestor holding a .sln (what $(SolutionDir) is in a solution
 * build). It may lie above the scan root: only directory names are read. */
static char *solution_dir(const char *project_dir)
{
	char *dir = xstrdup(project_dir);
	for (int up = 0; up < 6; up++) {
		DIR *d = opendir(dir);
		bool sln = false;
		if (d) {
			struct dirent *de;
			while ((de = readdir(d)))
				if (str_iends_with(de->d_name, ".sln"))
					sln = true;
			closedir(d);
		}
		if (sln)
			return dir;
		char *parent = path_dirname(dir);
		bool top = !strcmp(parent, dir);
		free(dir);
		dir = parent;
		if (top)
			break;
	}
	free(dir);
	return xstrdup(project_dir);
}

static void seed(struct msb *m, const char *conf, const char *plat)
{
	char *name = xstrdup(path_basename(m->project));
	char *dot = strrchr(name, '.');
	if (dot)
		*dot = 0;
	char *pd = xasprintf("%s/", m->project_dir);
	char *sd0 = solution_dir(m->project_dir);
	char *sd = xasprintf("%s/", sd0);
	char *intdir = !strcasecmp(plat, "Win32") ? xasprintf("%s/", conf) : xasprintf("%s/%s/", plat, conf);
	const char *seeds[][2] = {
		{ "Configuration", conf }, { "Platform", plat }, { "ProjectDir", pd },
		{ "MSBuildProjectDirectory", m->project_dir }, { "MSBuildProjectName", name },
		{ "ProjectName", name }, { "MSBuildThisFileDirectory", pd }, { "SolutionDir", sd },
		{ "IntDir", intdir }, { "OutDir", intdir }, { "TargetName", name },
		{ "MSBuildProjectFile", path_basename(m->project) },
	};
	for (size_t i = 0; i < sizeof(seeds) / sizeof(seeds[0]); i++)
		prop_set(m, seeds[i][0], seeds[i][1]);
	/* Global properties of a solution build: a project's own
	 * <Configuration>Win8 Debug</Configuration> does not change them. */
	for (size_t i = 0; i < m->n_props; i++)
		if (!strcasecmp(m->props[i].name, "Configuration") || !strcasecmp(m->props[i].name, "Platform") ||
		    !strcasecmp(m->props[i].name, "SolutionDir"))
			m->props[i].global = true;
	free(intdir);
	free(sd);
	free(sd0);
	free(pd);
	free(name);
}

static int prop_int(const struct msb *m, const char *name)
{
	const char *v = prop_get(m, name);
	if (!v || !*v)
		return -1;
	char *end;
	long n = strtol(v, &end, 10);
	return end == v ? -1 : (int)n;
}

/* Driver model and mode from the project's properties. */
static void project_model(const struct msb *m, struct tu_flags *f)
{
	const char *dt = prop_get(m, "DriverType");
	const char *ct = prop_get(m, "ConfigurationType");
	const char *ts = prop_get(m, "PlatformToolset");
	static const struct {
		const char *driver_type;
		enum driver_model model;
		int kernel;
	} types[] = {
		/* WDM-type projects (miniports, export drivers) may still use KMDF:
		 * kernel mode is certain, the framework is read from the includes. */
		{ "KMDF", MODEL_KMDF, 1 }, { "UMDF", MODEL_UMDF, 0 }, { "WDM", MODEL_UNKNOWN, 1 },
		{ "Miniport", MODEL_UNKNOWN, 1 }, { "ExportDriver", MODEL_UNKNOWN, 1 },
	};
	for (size_t i = 0; dt && i < sizeof(types) / sizeof(types[0]); i++)
		if (!strcasecmp(dt, types[i].driver_type)) {
			f->model = types[i].model;
			f->kernel = types[i].kernel;
		}
	if (f->model == MODEL_UNKNOWN && f->kernel < 0) {
		if (ts && str_istarts_with(ts, "WindowsKernelModeDriver"))
			f->kernel = 1;
		else if (ts && str_istarts_with(ts, "WindowsUserModeDriver"))
			f->kernel = 0, f->umdf_hint = true;
		else if (ct && !strcasecmp(ct, "Driver"))
			f->kernel = 1;
		else if (ct && (!strcasecmp(ct, "Application") || !strcasecmp(ct, "DynamicLibrary") ||
				!strcasecmp(ct, "StaticLibrary")))
			f->kernel = 0, f->model = MODEL_USER_APP;
	}
	if (prop_int(m, "UMDF_VERSION_MAJOR") > 0 && f->kernel != 1) {
		f->model = MODEL_UMDF;
		f->kernel = 0;
	}
	/* A user-mode driver toolset without a WDF version is still UMDF when it includes wdf.h. */
	if (f->model == MODEL_USER_APP && ts && str_istarts_with(ts, "WindowsUserModeDriver"))
		f->model = MODEL_UNKNOWN;
	f->kmdf_major = prop_int(m, "KMDF_VERSION_MAJOR");
	f->kmdf_minor = prop_int(m, "KMDF_VERSION_MINOR");
	f->umdf_major = prop_int(m, "UMDF_VERSION_MAJOR");
	f->umdf_minor = prop_int(m, "UMDF_VERSION_MINOR");
	if (f->kmdf_minor >= 0 || f->umdf_minor >= 0)
		f->fw_origin = xasprintf("vcxproj %s_VERSION_MAJOR/MINOR %s", f->kmdf_minor >= 0 ? "KMDF" : "UMDF", m->config_label);
	const char *tv = prop_get(m, "TargetVersion");
	int build = env_build_for_target_version(tv);
	if (build) {
		f->target_build = build;
		f->target_origin = xasprintf("vcxproj TargetVersion %s", tv);
	}
	const char *udl = prop_get(m, "UseDebugLibraries");
	if (udl && *udl)
		f->debug = truthy(udl);
	const char *tn = prop_get(m, "TargetName");
	if (tn && *tn)
		f->target_name = xstrdup(tn);
}

/* Microsoft.Cpp.props turns CharacterSet into defines; TCHAR APIs
 * (RegOpenKeyEx -> RegOpenKeyExW) depend on them. */
static void charset_defines(const struct msb *m, struct tu_flags *f)
{
	const char *cs = prop_get(m, "CharacterSet");
	if (!cs || !*cs)
		return;
	char *why = xasprintf("vcxproj CharacterSet %s", cs);
	if (!strcasecmp(cs, "Unicode")) {
		argvec_add(&f->user, "-DUNICODE", why);
		argvec_add(&f->user, "-D_UNICODE", why);
	} else if (!strcasecmp(cs, "MultiByte")) {
		argvec_add(&f->user, "-D_MBCS", why);
	}
	free(why);
}

static void item_args(struct msb *m, const struct cl_item *it, struct tu_flags *f)
{
	for (size_t i = 0; i < it->meta[M_DEFINES].vals.n; i++)
		env_add_define(&f->user, it->meta[M_DEFINES].vals.v[i], it->meta[M_DEFINES].origins.v[i]);
	for (size_t i = 0; i < it->meta[M_UNDEFS].vals.n; i++) {
		char *u = xasprintf("-U%s", it->meta[M_UNDEFS].vals.v[i]);
		argvec_add(&f->user, u, it->meta[M_UNDEFS].origins.v[i]);
		free(u);
	}
	for (size_t i = 0; i < it->meta[M_INCLUDES].vals.n; i++) {
		/* Relative include paths are relative to the project (cl runs there). */
		char *abs = env_resolve_path(m->project_dir, it->meta[M_INCLUDES].vals.v[i]);
		if (abs && path_is_dir(abs)) {
			argvec_add(&f->user, "-I", it->meta[M_INCLUDES].origins.v[i]);
			argvec_add(&f->user, abs, it->meta[M_INCLUDES].origins.v[i]);
		}
		free(abs);
	}
	for (size_t i = 0; i < it->meta[M_FORCED].vals.n; i++) {
		char *abs = env_resolve_path(m->project_dir, it->meta[M_FORCED].vals.v[i]);
		if (abs && path_is_file(abs)) {
			argvec_add(&f->user, "-include", it->meta[M_FORCED].origins.v[i]);
			argvec_add(&f->user, abs, it->meta[M_FORCED].origins.v[i]);
		}
		free(abs);
	}
}

/* VC++ Directories: searched after /I, like the INCLUDE environment variable. */
static void include_path_props(const struct msb *m, struct tu_flags *f)
{
	static const char *const props[] = { "IncludePath", "ExternalIncludePath" };
	for (size_t k = 0; k < sizeof(props) / sizeof(props[0]); k++) {
		struct strlist dirs = { 0 };
		strlist_split(&dirs, prop_get(m, props[k]), ";");
		char *why = xasprintf("vcxproj %s %s", props[k], m->config_label);
		for (size_t i = 0; i < dirs.n; i++) {
			char *abs = env_resolve_path(m->project_dir, dirs.v[i]);
			if (abs && path_is_dir(abs)) {
				argvec_add(&f->user, "-I", why);
				argvec_add(&f->user, abs, why);
			}
			free(abs);
		}
		free(why);
		strlist_free(&dirs);
	}
}

static void language_standard(const struct cl_item *it, struct tu_flags *f)
{
	static const char *const cxx_ext[] = { ".cpp", ".cxx", ".cc" };
	bool cxx = false;
	for (size_t i = 0; i < sizeof(cxx_ext) / sizeof(cxx_ext[0]); i++)
		cxx |= str_iends_with(it->file, cxx_ext[i]);
	const struct meta_list *ml = &it->meta[cxx ? M_STD_CXX : M_STD_C];
	if (!ml->vals.n)
		return;
	const char *v = ml->vals.v[ml->vals.n - 1];
	for (size_t i = 0; i < sizeof(lang_std) / sizeof(lang_std[0]); i++)
		if (!strcasecmp(v, lang_std[i].msvc))
			argvec_add(&f->user, lang_std[i].clang, ml->origins.v[ml->vals.n - 1]);
}

static bool item_excluded(const struct cl_item *it)
{
	const struct strlist *v = &it->meta[M_EXCLUDED].vals;
	return v->n && truthy(v->v[v->n - 1]);
}

/* Why a C++ item is C++/CLI, or NULL: its CompileAsManaged, else the
 * project's CLRSupport ("true", "Pure", "Safe", "NetCore"; "false" and ""
 * are native). C sources are never compiled as managed code. */
static const char *item_managed(const struct msb *m, const struct cl_item *it)
{
	if (str_iends_with(it->file, ".c"))
		return NULL;
	const struct strlist *v = &it->meta[M_MANAGED].vals;
	if (v->n)
		return strcasecmp(v->v[v->n - 1], "false") ? "C++/CLI (vcxproj CompileAsManaged): clang cannot parse managed C++"
							    : NULL;
	const char *clr = prop_get(m, "CLRSupport");
	return clr && *clr && strcasecmp(clr, "false") ? "C++/CLI (vcxproj CLRSupport): clang cannot parse managed C++" : NULL;
}

/* Evaluate the project for one configuration; with emit, claim and emit its TUs. */
static void run_config(struct env_ctx *ctx, const char *path, xmlDoc *doc, const char *label, bool emit,
		       struct strlist *configs_out, struct strlist *claimed)
{
	struct msb m = { 0 };
	m.ctx = ctx;
	m.project = path;
	m.project_dir = path_dirname(path);
	m.config_label = label;
	m.this_file = path;
	m.report_errors = emit;
	char *conf = xstrdup(label);
	char *bar = strchr(conf, '|');
	const char *plat = bar ? bar + 1 : "x64";
	if (bar)
		*bar = 0;
	seed(&m, conf, plat);
	xmlNode *root = xmlDocGetRootElement(doc);
	char *dbp = directory_build_file(m.project_dir, "Directory.Build.props");
	char *dbt = directory_build_file(m.project_dir, "Directory.Build.targets");
	for (m.pass = 0; m.pass < 3; m.pass++) {
		strlist_free(&m.imported);
		if (dbp)
			import_file(&m, dbp, 0);
		walk(&m, root, 0);
		if (dbt)
			import_file(&m, dbt, 0);
	}
	free(dbp);
	free(dbt);
	if (configs_out)
		for (size_t i = 0; i < m.configs.n; i++)
			strlist_add(configs_out, m.configs.v[i]);

	if (emit) {
		/* One TU calling StartServiceCtrlDispatcher makes the whole binary a service. */
		bool service = false;
		for (size_t i = 0; i < m.n_items && !service; i++)
			service = !item_excluded(&m.items[i]) && env_file_is_service(m.items[i].file);
		for (size_t i = 0; i < m.n_items; i++) {
			const struct cl_item *it = &m.items[i];
			if (item_excluded(it) || !env_wanted(ctx, it->file))
				continue;
			/* First project wins; the same project claims across configurations. */
			if (!strlist_has(claimed, it->file)) {
				if (!env_claim(ctx, it->file))
					continue;
				strlist_add(claimed, it->file);
			}
			const char *managed = item_managed(&m, it);
			if (managed) {
				env_skip(ctx, it->file, path, managed);
				continue;
			}
			struct tu_flags f;
			tu_flags_init(&f);
			f.source_kind = "vcxproj";
			f.project = xstrdup(path);
			f.configuration = xstrdup(label);
			f.platform_from_project = env_parse_platform(plat, &f.platform);
			if (!f.platform_from_project)
				f.platform = PLAT_X64;
			f.debug = str_icontains(conf, "debug") ? 1 : 0;
			project_model(&m, &f);
			if (service && f.model == MODEL_USER_APP)
				f.model = MODEL_USER_SERVICE;
			charset_defines(&m, &f);
			item_args(&m, it, &f);
			include_path_props(&m, &f);
			language_standard(it, &f);
			/* cl.exe runs in the project directory and finds headers there
			 * for sources listed as ..\x.c (Windows-driver-samples pcidrv). */
			argvec_add(&f.user, "-I", "vcxproj: project directory (where cl.exe runs)");
			argvec_add(&f.user, m.project_dir, "vcxproj: project directory (where cl.exe runs)");
			env_emit(ctx, it->file, m.project_dir, &f);
			tu_flags_free(&f);
		}
	}
	free(conf);
	msb_free(&m);
}

static bool config_matches(const char *label, const char *want_conf, const char *want_plat, bool exact)
{
	const char *bar = strchr(label, '|');
	size_t cl = bar ? (size_t)(bar - label) : strlen(label);
	const char *plat = bar ? bar + 1 : "";
	if (want_plat && strcasecmp(plat, want_plat))
		return false;
	if (!want_conf)
		return true;
	if (exact)
		return strlen(want_conf) == cl && !strncasecmp(label, want_conf, cl);
	char *c = xstrndup(label, cl);
	bool v = str_icontains(c, want_conf) != NULL;
	free(c);
	return v;
}

void env_from_vcxproj(struct env_ctx *ctx, const char *path)
{
	env_xml_quiet();
	xmlDoc *doc = xmlReadFile(path, NULL, XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
	if (!doc) {
		const xmlError *e = xmlGetLastError();
		diag_add(ctx->errors, path, e ? e->line : 1, "cannot parse project file: %s",
			 e && e->message ? e->message : "invalid XML");
		return;
	}
	const char *want_conf = ctx->opts->configuration;
	const char *want_plat = ctx->platform_set ? env_platform_name(ctx->platform) : NULL;

	/* First evaluation only lists the configurations. */
	struct strlist configs = { 0 }, chosen = { 0 }, claimed = { 0 };
	char *probe = xasprintf("%s|%s", ctx->configuration, want_plat ? want_plat : "x64");
	run_config(ctx, path, doc, probe, false, &configs, &claimed);

	if (ctx->opts->all_configs) {
		for (size_t i = 0; i < configs.n; i++)
			if (config_matches(configs.v[i], want_conf, want_plat, false))
				strlist_add(&chosen, configs.v[i]);
	} else {
		const char *pc = ctx->configuration, *pp = want_plat ? want_plat : "x64";
		/* exact, then "Win7 Debug"-style names, then any platform, then anything */
		const struct {
			const char *conf, *plat;
			bool exact;
		} tries[] = { { pc, pp, true }, { pc, pp, false }, { pc, NULL, true }, { pc, NULL, false }, { NULL, pp, false }, { NULL, NULL, false } };
		for (size_t t = 0; t < sizeof(tries) / sizeof(tries[0]) && !chosen.n; t++)
			for (size_t i = 0; i < configs.n && !chosen.n; i++)
				if (config_matches(configs.v[i], tries[t].conf, tries[t].plat, tries[t].exact))
					strlist_add(&chosen, configs.v[i]);
	}
	if (!chosen.n && !configs.n)
		strlist_add(&chosen, probe);
	for (size_t i = 0; i < chosen.n; i++)
		run_config(ctx, path, doc, chosen.v[i], true, NULL, &claimed);
	free(probe);
	strlist_free(&configs);
	strlist_free(&chosen);
	strlist_free(&claimed);
	xmlFreeDoc(doc);
}
