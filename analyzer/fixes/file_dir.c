/*
 * file_dir: a kernel file written at a fixed global place
 *
 *	RtlInitUnicodeString(&name, L"\\SystemRoot\\acmeio.log");   (or a macro)
 *	InitializeObjectAttributes(&oa, &name, flags, NULL, NULL);
 *	status = ZwCreateFile(&file, ..., &oa, ...);
 *
 * becomes a relative name under the driver's own data directory:
 *
 *	RtlInitUnicodeString(&name, L"acmeio.log");
 *	HANDLE dataDir = NULL;
 *	if (!NT_SUCCESS(IoGetDriverDirectory(DriverObject, DriverDirectoryData, 0, &dataDir))) {
 *	    dataDir = NULL;
 *	}
 *	InitializeObjectAttributes(&oa, &name, flags, dataDir, NULL);
 *	status = ZwCreateFile(&file, ..., &oa, ...);
 *	if (dataDir != NULL) {
 *	    ZwClose(dataDir);
 *	}
 *
 * No early return is added (it could skip the function's own cleanup): when
 * the directory cannot be opened, the relative name without a root makes the
 * existing open fail and the function's existing error path handles it. The
 * directory exists for every driver (the system creates it), unlike
 * \DriverData\<Company>, which nothing creates: that stays a proposal for
 * logs other tools must find.
 *
 * Refused: names built at run time, subdirectories that would not exist in
 * the data directory, an OBJECT_ATTRIBUTES or name reused by other calls,
 * the init and the open in different blocks, a non-statement open.
 */
#include "analyzer/fixes/fix_internal.h"

#include "core/util.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define NPOS ((size_t)-1)

static const char *const file_sinks[] = { "ZwCreateFile", "NtCreateFile", "ZwOpenFile", "NtOpenFile",
					   "IoCreateFile", "IoCreateFileEx", "IoCreateFileSpecifyDeviceObjectHint" };

/* Fixed global prefixes a kernel name may start with; the rest must be one file name. */
static const char *const global_prefixes[] = { "\\SystemRoot\\", "\\??\\", "\\DosDevices\\", "\\GLOBAL??\\" };

static int addrof_var(const struct fexpr *e)
{
	if (!e || e->kind != FX_ADDROF || e->n_kids != 1)
		return -1;
	const struct fexpr *v = fexpr_strip(e->kids[0]);
	return v && v->kind == FX_NAME ? v->var : -1;
}

/* Does any call argument in the function mention var (at any depth)? */
static bool mentions(const struct fexpr *e, int var)
{
	if (!e)
		return false;
	if (e->kind == FX_NAME && e->var == var)
		return true;
	for (size_t i = 0; i < e->n_kids; i++)
		if (mentions(e->kids[i], var))
			return true;
	return false;
}

/* The file name a fixed global path ends in, when the path is PREFIX[X:\][dir\]name. */
static bool relative_file_name(const char *path, char *out, size_t size)
{
	const char *rest = NULL;
	for (size_t i = 0; i < sizeof(global_prefixes) / sizeof(*global_prefixes) && !rest; i++)
		if (!strncasecmp(path, global_prefixes[i], strlen(global_prefixes[i])))
			rest = path + strlen(global_prefixes[i]);
	if (!rest)
		return false;
	if (strncasecmp(path, "\\SystemRoot\\", 12)) {
		/* \??\C:\... : a drive letter is required (anything else is a device) */
		if (!isalpha((unsigned char)rest[0]) || rest[1] != ':' || rest[2] != '\\')
			return false;
		rest += 3;
	}
	const char *base = strrchr(rest, '\\');
	base = base ? base + 1 : rest;
	if (!*base || strlen(base) >= size)
		return false;
	for (const char *p = base; *p; p++)
		if (!isalnum((unsigned char)*p) && !strchr("._-", *p))
			return false;
	/* a driver binary or package file is the driver-path rule's business */
	if (str_iends_with(base, ".sys") || str_iends_with(base, ".dll") || str_iends_with(base, ".exe"))
		return false;
	snprintf(out, size, "%s", base);
	return true;
}

static bool is_file_sink(const char *callee)
{
	for (size_t i = 0; i < sizeof(file_sinks) / sizeof(*file_sinks); i++)
		if (!strcmp(callee, file_sinks[i]))
			return true;
	return false;
}

bool fx_kind_file_dir(struct fx_ctx *c, struct finding *f, struct fx_plan *p)
{
	if (strcmp(f->rule, "file-write-global"))
		return false;
	struct fx_site s;
	if (!fx_site_for_finding(c, f, &s) || !is_file_sink(s.call->callee))
		return false;
	enum driver_model m = fx_model(c, s.tu);
	if (m != MODEL_WDM && m != MODEL_KMDF && !(m == MODEL_UNKNOWN && c->cfgs[s.tu] && c->cfgs[s.tu]->kernel))
		return false;
	if (fx_cache_get(c, s.text, s.name_start, p))
		return true;
	const struct tu_facts *tf = c->tus[s.tu];
	int oa = s.call->expr->n_kids > 2 ? addrof_var(s.call->expr->kids[2]) : -1;
	if (oa < 0)
		return fx_refuse(p, "the OBJECT_ATTRIBUTES argument is not &local"), true;
	if (s.stmt != FX_STMT_ASSIGN && s.stmt != FX_STMT_DECL_INIT && s.stmt != FX_STMT_EXPR)
		return fx_refuse(p, "the open is not a plain statement, so the directory handle cannot be closed after it"), true;
	const struct fcall *init = NULL, *name_init = NULL;
	int uvar = -1;
	for (size_t k = 0; k < tf->n_calls; k++) {
		const struct fcall *call = &tf->calls[k];
		if (call->func != s.func || call == s.call || !call->expr)
			continue;
		bool uses_oa = false;
		for (size_t a = 0; a < call->expr->n_kids; a++)
			uses_oa |= mentions(call->expr->kids[a], oa);
		if (!uses_oa)
			continue;
		if (strcmp(call->callee, "InitializeObjectAttributes") || call->order > s.call->order || init)
			return fx_refuse(p, "the OBJECT_ATTRIBUTES is also used by %s", call->callee), true;
		init = call;
	}
	if (!init || init->expr->n_kids != 5)
		return fx_refuse(p, "no InitializeObjectAttributes for the open in this function"), true;
	const struct fexpr *root = fexpr_strip(init->expr->kids[3]);
	if (!root || !root->has_int || root->ival != 0)
		return fx_refuse(p, "the open already has a root directory"), true;
	uvar = addrof_var(init->expr->kids[1]);
	if (uvar < 0)
		return fx_refuse(p, "the object name is not &local UNICODE_STRING"), true;
	for (size_t k = 0; k < tf->n_calls; k++) {
		const struct fcall *call = &tf->calls[k];
		if (call->func != s.func || call == init || !call->expr || call->expr->n_kids == 0)
			continue;
		if (addrof_var(call->expr->kids[0]) != uvar)
			continue;
		if (strcmp(call->callee, "RtlInitUnicodeString") || name_init)
			return fx_refuse(p, "the file name is built at run time (%s)", call->callee), true;
		name_init = call;
	}
	for (size_t a = 0; a < tf->n_assigns; a++)
		if (tf->assigns[a].func == s.func && mentions(tf->assigns[a].lhs, uvar))
			return fx_refuse(p, "the file name is assigned field by field"), true;
	if (!name_init || name_init->expr->n_kids != 2 || name_init->order > init->order)
		return fx_refuse(p, "the file name is not set by RtlInitUnicodeString before the open"), true;
	const struct fexpr *lit = fexpr_strip(name_init->expr->kids[1]);
	char base[128];
	if (!lit || lit->kind != FX_STRING || !lit->wide || !relative_file_name(lit->text, base, sizeof(base)))
		return fx_refuse(p, "the name is not a constant \\SystemRoot\\ or drive-letter path ending in a plain file name"),
		       true;
	struct fx_site ns, is;
	if (!fx_site_for_call(c, s.tu, name_init, &ns) || !fx_site_for_call(c, s.tu, init, &is) || is.stmt != FX_STMT_EXPR ||
	    ns.n_args != 2 || is.n_args != 5)
		return fx_refuse(p, "cannot locate the name and OBJECT_ATTRIBUTES set-up in the source"), true;
	if (is.text != s.text || ns.text != s.text ||
	    fx_enclosing_brace(s.text, is.stmt_start) != fx_enclosing_brace(s.text, s.stmt_start))
		return fx_refuse(p, "InitializeObjectAttributes and the open are in different blocks"), true;
	char dobj[160];
	if (!fx_driver_object(c, &s, p, dobj, sizeof(dobj)))
		return fx_cache_put(c, s.text, s.name_start, p), true;
	char dbuf[64];
	const char *dir = fx_fresh_name(c, &s, "dataDir", dbuf, sizeof(dbuf));
	char *lit_rep = xasprintf("L\"%s\"", base);
	fx_plan_add(p, s.text, ns.arg_start[1], ns.arg_end[1], lit_rep);
	char *pre = xasprintf("HANDLE %s = NULL;\n%sif (!NT_SUCCESS(IoGetDriverDirectory(%s, DriverDirectoryData, 0, &%s))) {\n"
			      "%s%s%s = NULL;\n%s}\n%s",
			      dir, is.indent, dobj, dir, is.indent, is.unit, dir, is.indent, is.indent);
	fx_plan_add(p, s.text, is.stmt_start, is.stmt_start, pre);
	fx_plan_add(p, s.text, is.arg_start[3], is.arg_end[3], dir);
	char *post = xasprintf("\n%sif (%s != NULL) {\n%s%sZwClose(%s);\n%s}", s.indent, dir, s.indent, s.unit, dir, s.indent);
	fx_plan_add(p, s.text, s.stmt_end, s.stmt_end, post);
	strbuf_addf(&p->notes, "the file now lives in the driver's data directory (IoGetDriverDirectory) as %s; ", base);
	fx_note_floor(c, &s, p, "IoGetDriverDirectory", 17134);
	fx_cache_put(c, s.text, s.name_start, p);
	free(lit_rep);
	free(pre);
	free(post);
	return true;
}
