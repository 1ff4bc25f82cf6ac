/*
 * compile_env_genmap: the headers a .vcxproj says its build generates, and
 * from which input, when the name does not follow from the input's name:
 *   <Midl Include="a.idl"><HeaderFileName>b.h</HeaderFileName>
 *   <MessageCompile Include="a.man"><GeneratedFilesBaseName>%(Filename)Events</...>
 *   <MofComp Include="a.mof"><CreateBinaryMofFile>$(IntDir)\a.bmf</...>
 *   <Wmimofck Include="$(IntDir)\a.bmf"><HeaderOutputFile>$(IntDir)\wmidata.h</...>
 * Only base names matter (the outputs land in $(IntDir), which the stand-in
 * directory replaces); `%(Filename)` is the item's stem, `$(...)` and the
 * directory part are dropped. Conditions are not evaluated: every
 * configuration's outputs are taken.
 */
#include "analyzer/compile_env_internal.h"

#include "core/strbuf.h"
#include "core/util.h"

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* Base name of an MSBuild path value: quotes stripped, `%(Filename)`
 * expanded to stem, directory part dropped. */
static char *value_basename(const char *v, const char *stem)
{
	struct strbuf sb = STRBUF_INIT;
	for (const char *p = v; *p; p++) {
		if (!strncasecmp(p, "%(Filename)", 11)) {
			strbuf_addstr(&sb, stem);
			p += 10;
		} else if (*p != '"' && *p != ' ' && *p != '\t' && *p != '\r' && *p != '\n') {
			strbuf_addch(&sb, *p == '\\' ? '/' : *p);
		}
	}
	const char *base = strrchr(sb.buf ? sb.buf : "", '/');
	char *res = xstrdup(base ? base + 1 : sb.buf ? sb.buf : "");
	strbuf_release(&sb);
	return res;
}

static char *stem_of(const char *path)
{
	const char *b = path_basename(path);
	const char *dot = strrchr(b, '.');
	return dot ? xstrndup(b, (size_t)(dot - b)) : xstrdup(b);
}

static char *child_text(xmlNode *n, const char *name)
{
	for (xmlNode *c = n->children; c; c = c->next)
		if (c->type == XML_ELEMENT_NODE && !strcmp((const char *)c->name, name)) {
			xmlChar *t = xmlNodeGetContent(c);
			char *s = t ? xstrdup((const char *)t) : NULL;
			xmlFree(t);
			return s;
		}
	return NULL;
}

/* An item's Include: quotes dropped, backslashes made slashes. */
static char *item_include(xmlNode *item)
{
	xmlChar *inc = xmlGetProp(item, (const xmlChar *)"Include");
	if (!inc)
		return NULL;
	struct strbuf sb = STRBUF_INIT;
	for (const char *p = (const char *)inc; *p; p++)
		if (*p != '"')
			strbuf_addch(&sb, *p == '\\' ? '/' : *p);
	xmlFree(inc);
	return strbuf_detach(&sb, NULL);
}

struct declared {
	struct strlist *names, *from, *owners;
	const char *owner;
};

static void add(const struct declared *d, const char *header, const char *input)
{
	if (!*header || !input || !path_is_file(input))
		return;
	for (size_t i = 0; i < d->names->n; i++)
		if (!strcmp(d->names->v[i], header) && !strcmp(d->owners->v[i], d->owner))
			return;
	strlist_add(d->names, header);
	strlist_add(d->from, input);
	strlist_add(d->owners, d->owner);
}

static void scan_project(const char *path, const struct declared *d)
{
	env_xml_quiet();
	xmlDoc *doc = xmlReadFile(path, NULL, XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
	if (!doc)
		return;
	xmlNode *root = xmlDocGetRootElement(doc);
	if (!root) {
		xmlFreeDoc(doc);
		return;
	}
	char *dir = path_dirname(path);
	/* MofComp: binary MOF base name -> its .mof, for the Wmimofck items */
	struct strlist bmf = { 0 }, bmf_mof = { 0 };
	for (int pass = 0; pass < 2; pass++)
		for (xmlNode *g = root->children; g; g = g->next) {
			if (g->type != XML_ELEMENT_NODE || strcmp((const char *)g->name, "ItemGroup"))
				continue;
			for (xmlNode *it = g->children; it; it = it->next) {
				if (it->type != XML_ELEMENT_NODE)
					continue;
				const char *kind = (const char *)it->name;
				char *inc = item_include(it);
				if (!inc)
					continue;
				/* a tool's input in the tree; Wmimofck reads a .bmf of $(IntDir) */
				bool wmimofck = !strcmp(kind, "Wmimofck");
				char *input = wmimofck ? xstrdup(inc) : strstr(inc, "$(") ? NULL : env_resolve_path(dir, inc);
				free(inc);
				if (!input)
					continue;
				char *stem = stem_of(input);
				char *v = NULL, *h = NULL;
				if (pass == 0 && !strcmp(kind, "MofComp")) {
					v = child_text(it, "CreateBinaryMofFile");
					h = v ? value_basename(v, stem) : xasprintf("%s.bmf", stem);
					strlist_add(&bmf, h);
					strlist_add(&bmf_mof, input);
				} else if (pass == 1 && !strcmp(kind, "Midl")) {
					v = child_text(it, "HeaderFileName");
					h = value_basename(v ? v : "%(Filename).h", stem);
					add(d, h, input);
				} else if (pass == 1 && !strcmp(kind, "MessageCompile")) {
					v = child_text(it, "GeneratedFilesBaseName");
					char *base = value_basename(v ? v : "%(Filename)", stem);
					h = xasprintf("%s.h", base);
					free(base);
					add(d, h, input);
				} else if (pass == 1 && !strcmp(kind, "Wmimofck")) {
					v = child_text(it, "HeaderOutputFile");
					if (v) {
						h = value_basename(v, stem);
						const char *b = path_basename(input);
						const char *mof = NULL;
						for (size_t i = 0; i < bmf.n && !mof; i++)
							if (!strcasecmp(bmf.v[i], b))
								mof = bmf_mof.v[i];
						char *guess = mof ? NULL : xasprintf("%s/%s.mof", dir, stem);
						char *found = guess ? env_resolve_path(dir, path_basename(guess)) : NULL;
						add(d, h, mof ? mof : found);
						free(found);
						free(guess);
					}
				}
				free(v);
				free(h);
				free(stem);
				free(input);
			}
		}
	strlist_free(&bmf);
	strlist_free(&bmf_mof);
	free(dir);
	xmlFreeDoc(doc);
}

void env_project_generated(const struct env_ctx *ctx, struct strlist *names, struct strlist *from,
			   struct strlist *owners)
{
	for (size_t i = 0; i < ctx->vcxprojs.n; i++) {
		struct declared d = { names, from, owners, ctx->vcxprojs.v[i] };
		scan_project(ctx->vcxprojs.v[i], &d);
	}
}
