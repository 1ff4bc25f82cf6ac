/*
 * compile_env_mcgen: a declaration-level stand-in for the header mc.exe
 * generates from an ETW instrumentation manifest (.man). Drivers include
 * it (`#include "HidHideETW.h"`) and use its names everywhere: provider
 * GUIDs and contexts, EventRegister<Provider>/EventUnregister<Provider>,
 * event descriptors, task/opcode/keyword/level constants,
 * MCGEN_EVENT_ENABLED, EventWrite<Event>. Without them every function that
 * logs is lost to the parser. Names come from the manifest (libxml2);
 * values only where the manifest states them; nothing is executable.
 */
#include "analyzer/compile_env_internal.h"

#include "core/strbuf.h"
#include "core/util.h"

#include <ctype.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <stdlib.h>
#include <string.h>

static const char prologue[] =
	"/* driso: stand-in for the header mc.exe generates from %s (declarations only) */\n"
	"#pragma once\n"
	"#ifndef MCGEN_USE_KERNEL_MODE_APIS\n"
	"#if defined(_KERNEL_MODE) && !defined(UMDF_VERSION_MAJOR)\n"
	"#define MCGEN_USE_KERNEL_MODE_APIS 1\n"
	"#else\n"
	"#define MCGEN_USE_KERNEL_MODE_APIS 0\n"
	"#endif\n"
	"#endif\n"
	"#if MCGEN_USE_KERNEL_MODE_APIS\n"
	"#include <wdm.h>\n"
	"#define MCGEN_EVENTWRITETRANSFER EtwWriteTransfer\n"
	"#define MCGEN_DRISO_STATUS NTSTATUS\n"
	"#else\n"
	"#include <windows.h>\n"
	"#include <evntprov.h>\n"
	"#define MCGEN_EVENTWRITETRANSFER EventWriteTransfer\n"
	"#define MCGEN_DRISO_STATUS ULONG\n"
	"#endif\n"
	"#ifndef MCGEN_TRACE_CONTEXT_DEF\n"
	"#define MCGEN_TRACE_CONTEXT_DEF\n"
	"typedef struct _MCGEN_TRACE_CONTEXT {\n"
	"\tREGHANDLE RegistrationHandle;\n"
	"\tULONGLONG Logger;\n"
	"\tULONGLONG MatchAnyKeyword;\n"
	"\tULONGLONG MatchAllKeyword;\n"
	"\tULONG Flags;\n"
	"\tULONG IsEnabled;\n"
	"\tUCHAR Level;\n"
	"\tUCHAR Reserve;\n"
	"\tUSHORT EnableBitsCount;\n"
	"\tPULONG EnableBitMask;\n"
	"\tconst ULONGLONG *EnableKeyWords;\n"
	"\tconst UCHAR *EnableLevel;\n"
	"} MCGEN_TRACE_CONTEXT, *PMCGEN_TRACE_CONTEXT;\n"
	"#endif\n"
	"#ifndef MCGEN_EVENT_ENABLED\n"
	"#define MCGEN_EVENT_ENABLED(EventName) ((void)&(EventName), 0)\n"
	"#endif\n"
	"#ifdef __cplusplus\n"
	"extern \"C\" {\n"
	"#endif\n";

static const char epilogue[] = "#ifdef __cplusplus\n}\n#endif\n";

static bool is_symbol(const char *s)
{
	if (!s || !*s || isdigit((unsigned char)*s))
		return false;
	for (const char *p = s; *p; p++)
		if (!isalnum((unsigned char)*p) && *p != '_')
			return false;
	return true;
}

/* EventRegister<name>: mc replaces every character that cannot be in an
 * identifier by '_' ("Nefarius-Drivers-HidHide" -> Nefarius_Drivers_HidHide). */
static char *provider_ident(const char *name)
{
	char *s = xstrdup(name);
	for (char *p = s; *p; p++)
		if (!isalnum((unsigned char)*p) && *p != '_')
			*p = '_';
	return s;
}

static char *attr(xmlNode *n, const char *name)
{
	xmlChar *v = xmlGetProp(n, (const xmlChar *)name);
	char *s = v ? xstrdup((const char *)v) : NULL;
	xmlFree(v);
	return s;
}

/* A constant the manifest states: a decimal or 0x number. */
static bool is_number(const char *s)
{
	if (!s || !*s)
		return false;
	char *end;
	(void)strtoull(s, &end, 0);
	return *end == 0;
}

static void walk(xmlNode *n, struct strbuf *sb, struct strlist *seen)
{
	for (; n; n = n->next) {
		if (n->type != XML_ELEMENT_NODE) {
			continue;
		}
		const char *tag = (const char *)n->name;
		char *sym = attr(n, "symbol");
		if (is_symbol(sym) && !strlist_has(seen, sym)) {
			strlist_add(seen, sym);
			if (!strcmp(tag, "provider")) {
				char *name = attr(n, "name");
				strbuf_addf(sb, "extern const GUID %s;\nextern MCGEN_TRACE_CONTEXT %s_Context;\n", sym, sym);
				if (name && *name) {
					char *id = provider_ident(name);
					strbuf_addf(sb, "MCGEN_DRISO_STATUS EventRegister%s(void);\n"
							"MCGEN_DRISO_STATUS EventUnregister%s(void);\n", id, id);
					free(id);
				}
				free(name);
			} else if (!strcmp(tag, "event")) {
				strbuf_addf(sb, "extern const EVENT_DESCRIPTOR %s;\n#define EventWrite%s(...) ((ULONG)0)\n"
						"#define EventEnabled%s() 0\n", sym, sym, sym);
			} else if (!strcmp(tag, "task") || !strcmp(tag, "opcode") || !strcmp(tag, "level") ||
				   !strcmp(tag, "channel") || !strcmp(tag, "keyword")) {
				char *v = attr(n, !strcmp(tag, "keyword") ? "mask" : !strcmp(tag, "channel") ? "value" : "value");
				if (is_number(v))
					strbuf_addf(sb, "#define %s %s\n", sym, v);
				free(v);
			}
		}
		free(sym);
		walk(n->children, sb, seen);
	}
}

char *env_mc_stub(const char *manifest)
{
	char *data;
	size_t len;
	if (read_file(manifest, &data, &len) != 0)
		return NULL;
	env_xml_quiet();
	xmlDoc *doc = xmlReadMemory(data, (int)len, manifest, NULL,
				    XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
	free(data);
	if (!doc)
		return NULL;
	struct strbuf sb = STRBUF_INIT;
	strbuf_addf(&sb, prologue, path_basename(manifest));
	struct strlist seen = { 0 };
	walk(xmlDocGetRootElement(doc), &sb, &seen);
	strbuf_addstr(&sb, epilogue);
	strlist_free(&seen);
	xmlFreeDoc(doc);
	return strbuf_detach(&sb, NULL);
}
