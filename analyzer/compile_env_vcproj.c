/*
 * compile_env from Visual Studio 2002-2008 `.vcproj` files (the format
 * before MSBuild), still shipped with older driver packages' installers and
 * control panels (vJoy, com0com).
 *
 * One <Configuration Name="Debug|Win32"> holds a VCCLCompilerTool with
 * AdditionalIncludeDirectories / PreprocessorDefinitions (`;` or `,`
 * separated); <Files> lists <File RelativePath=...>, possibly inside
 * <Filter>s, with per-file <FileConfiguration ExcludedFromBuild>. Macros
 * $(ProjectDir), $(SolutionDir), $(ConfigurationName), $(PlatformName) are
 * expanded, others vanish.
 */
#include "analyzer/compile_env_internal.h"
#include "core/strbuf.h"
#include "core/util.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include <libxml/parser.h>
#include <libxml/tree.h>

struct vcproj {
	struct env_ctx *ctx;
	const char *path;
	char *dir;
	xmlNode *config;          /* chosen <Configuration> */
	char *config_name;        /* "Debug|Win32" */
};

static bool named(xmlNode *n, const char *name)
{
	return n->type == XML_ELEMENT_NODE && !strcmp((const char *)n->name, name);
}

static char *attr(xmlNode *n, const char *name)
{
	xmlChar *v = xmlGetProp(n, (const xmlChar *)name);
	char *s = v ? xstrdup((const char *)v) : NULL;
	xmlFree(v);
	return s;
}

static xmlNode *child(xmlNode *n, const char *name)
{
	for (xmlNode *c = n ? n->children : NULL; c; c = c->next)
		if (named(c, name))
			return c;
	return NULL;
}

static char *expand(const struct vcproj *p, const char *s)
{
	char *conf = xstrdup(p->config_name ? p->config_name : "Debug|Win32");
	char *bar = strchr(conf, '|');
	const char *plat = bar ? bar + 1 : "Win32";
	if (bar)
		*bar = 0;
	char *pd = xasprintf("%s/", p->dir);
	const char *vars[][2] = {
		{ "ProjectDir", pd }, { "SolutionDir", pd }, { "InputDir", pd },
		{ "ConfigurationName", conf }, { "PlatformName", plat },
	};
	struct strbuf sb = STRBUF_INIT;
	while (*s) {
		if (s[0] == '$' && s[1] == '(') {
			const char *e = strchr(s, ')');
			if (!e)
				break;
			for (size_t i = 0; i < sizeof(vars) / sizeof(vars[0]); i++)
				if (strlen(vars[i][0]) == (size_t)(e - s - 2) && !strncasecmp(s + 2, vars[i][0], (size_t)(e - s - 2)))
					strbuf_addstr(&sb, vars[i][1]);
			s = e + 1;
		} else {
			strbuf_addch(&sb, *s++);
		}
	}
	free(pd);
	free(conf);
	return strbuf_detach(&sb, NULL);
}

static xmlNode *compiler_tool(xmlNode *config)
{
	for (xmlNode *t = config ? config->children : NULL; t; t = t->next) {
		if (!named(t, "Tool"))
			continue;
		char *name = attr(t, "Name");
		bool cl = name && !strcmp(name, "VCCLCompilerTool");
		free(name);
		if (cl)
			return t;
	}
	return NULL;
}

/* Configuration like the vcxproj choice: exact, then same name, then first. */
static xmlNode *choose_config(struct vcproj *p, xmlNode *configs)
{
	const char *want_conf = p->ctx->configuration;
	const char *want_plat = p->ctx->platform_set ? env_platform_name(p->ctx->platform) : NULL;
	xmlNode *by_name = NULL, *first = NULL;
	for (xmlNode *c = configs ? configs->children : NULL; c; c = c->next) {
		if (!named(c, "Configuration"))
			continue;
		char *name = attr(c, "Name");
		if (!name)
			continue;
		if (!first)
			first = c;
		char *bar = strchr(name, '|');
		size_t cl = bar ? (size_t)(bar - name) : strlen(name);
		bool conf_ok = strlen(want_conf) == cl && !strncasecmp(name, want_conf, cl);
		bool plat_ok = !want_plat || (bar && !strcasecmp(bar + 1, want_plat));
		free(name);
		if (conf_ok && plat_ok)
			return c;
		if (conf_ok && !by_name)
			by_name = c;
	}
	return by_name ? by_name : first;
}

static void add_list(struct vcproj *p, struct tu_flags *f, const char *raw, bool includes, const char *origin)
{
	if (!raw)
		return;
	char *x = expand(p, raw);
	struct strlist items = { 0 };
	strlist_split(&items, x, includes ? ";," : ";,");
	for (size_t i = 0; i < items.n; i++) {
		char *v = items.v[i];
		size_t n = strlen(v);
		if (n >= 2 && v[0] == '"' && v[n - 1] == '"') {
			memmove(v, v + 1, n - 2);
			v[n - 2] = 0;
		}
		if (!includes) {
			env_add_define(&f->user, v, origin);
			continue;
		}
		char *abs = env_resolve_path(p->dir, v);
		if (abs && path_is_dir(abs)) {
			argvec_add(&f->user, "-I", origin);
			argvec_add(&f->user, abs, origin);
		}
		free(abs);
	}
	strlist_free(&items);
	free(x);
}

static bool file_excluded(const struct vcproj *p, xmlNode *file)
{
	for (xmlNode *fc = file->children; fc; fc = fc->next) {
		if (!named(fc, "FileConfiguration"))
			continue;
		char *name = attr(fc, "Name");
		char *ex = attr(fc, "ExcludedFromBuild");
		bool hit = name && p->config_name && !strcasecmp(name, p->config_name) && ex && !strcasecmp(ex, "true");
		free(name);
		free(ex);
		if (hit)
			return true;
	}
	return false;
}

/* ManagedExtensions on the configuration (1 and up: /clr and its variants),
 * or CompileAsManaged on the file's own compiler tool, make a C++ file C++/CLI. */
static bool file_managed(const struct vcproj *p, xmlNode *file, const char *abs)
{
	if (str_iends_with(abs, ".c"))
		return false;
	char *v = NULL;
	for (xmlNode *fc = file->children; fc && !v; fc = fc->next) {
		char *name = named(fc, "FileConfiguration") ? attr(fc, "Name") : NULL;
		xmlNode *tool = name && p->config_name && !strcasecmp(name, p->config_name) ? compiler_tool(fc) : NULL;
		if (tool)
			v = attr(tool, "CompileAsManaged");
		free(name);
	}
	if (!v && p->config)
		v = attr(p->config, "ManagedExtensions");
	bool managed = v && *v && strcmp(v, "0") && strcasecmp(v, "false");
	free(v);
	return managed;
}

static void emit_file(struct vcproj *p, xmlNode *file, xmlNode *tool)
{
	char *rel = attr(file, "RelativePath");
	if (!rel)
		return;
	char *x = expand(p, rel);
	char *abs = env_resolve_path(p->dir, x);
	free(x);
	free(rel);
	if (!abs || env_tu_index(p->ctx, abs) < 0 || !env_wanted(p->ctx, abs) || file_excluded(p, file) ||
	    !env_claim(p->ctx, abs)) {
		free(abs);
		return;
	}
	if (file_managed(p, file, abs)) {
		env_skip(p->ctx, abs, p->path, "C++/CLI (vcproj ManagedExtensions): clang cannot parse managed C++");
		free(abs);
		return;
	}
	struct tu_flags f;
	tu_flags_init(&f);
	f.source_kind = "vcproj";
	f.project = xstrdup(p->path);
	f.configuration = p->config_name ? xstrdup(p->config_name) : NULL;
	const char *bar = p->config_name ? strchr(p->config_name, '|') : NULL;
	f.platform_from_project = bar && env_parse_platform(bar + 1, &f.platform);
	f.debug = p->config_name && str_icontains(p->config_name, "debug") ? 1 : 0;
	/* ConfigurationType 1 exe, 2 dll, 4 lib: all user mode here. */
	f.kernel = 0;
	f.model = MODEL_USER_APP;
	char *cs = p->config ? attr(p->config, "CharacterSet") : NULL;
	if (cs && !strcmp(cs, "1")) {
		argvec_add(&f.user, "-DUNICODE", "vcproj CharacterSet=1 (Unicode)");
		argvec_add(&f.user, "-D_UNICODE", "vcproj CharacterSet=1 (Unicode)");
	} else if (cs && !strcmp(cs, "2")) {
		argvec_add(&f.user, "-D_MBCS", "vcproj CharacterSet=2 (MBCS)");
	}
	free(cs);
	char *why = xasprintf("vcproj VCCLCompilerTool %s", p->config_name ? p->config_name : "");
	char *defs = tool ? attr(tool, "PreprocessorDefinitions") : NULL;
	char *incs = tool ? attr(tool, "AdditionalIncludeDirectories") : NULL;
	add_list(p, &f, defs, false, why);
	add_list(p, &f, incs, true, why);
	free(defs);
	free(incs);
	free(why);
	argvec_add(&f.user, "-I", "vcproj: project directory (where cl.exe runs)");
	argvec_add(&f.user, p->dir, "vcproj: project directory (where cl.exe runs)");
	env_emit(p->ctx, abs, p->dir, &f);
	tu_flags_free(&f);
	free(abs);
}

static void walk_files(struct vcproj *p, xmlNode *n, xmlNode *tool, int depth)
{
	for (xmlNode *c = n ? n->children : NULL; c && depth < 16; c = c->next) {
		if (named(c, "File"))
			emit_file(p, c, tool);
		else if (named(c, "Filter"))
			walk_files(p, c, tool, depth + 1);
	}
}

void env_from_vcproj(struct env_ctx *ctx, const char *path)
{
	env_xml_quiet();
	xmlDoc *doc = xmlReadFile(path, NULL, XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
	if (!doc) {
		const xmlError *e = xmlGetLastError();
		diag_add(ctx->errors, path, e ? e->line : 1, "cannot parse project file: %s",
			 e && e->message ? e->message : "invalid XML");
		return;
	}
	xmlNode *root = xmlDocGetRootElement(doc);
	if (root && named(root, "VisualStudioProject")) {
		struct vcproj p = { .ctx = ctx, .path = path, .dir = path_dirname(path) };
		p.config = choose_config(&p, child(root, "Configurations"));
		p.config_name = p.config ? attr(p.config, "Name") : NULL;
		walk_files(&p, child(root, "Files"), compiler_tool(p.config), 0);
		free(p.config_name);
		free(p.dir);
	}
	xmlFreeDoc(doc);
}
