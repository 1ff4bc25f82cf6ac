/*
 * file_dir: kernel files named by a fixed global path, made relative to a
 * directory the system hands out (IoGetDriverDirectory).
 *
 *  - file-write-global: a file written at \SystemRoot\..., \??\C:\...
 *    -> the driver's data directory (DriverDirectoryData);
 *  - driver-path (own-package-file): a package file read from
 *    \SystemRoot\System32\drivers\ -> the driver's image directory in the
 *    driver store (DriverDirectoryImage).
 *
 *	RtlInitUnicodeString(&name, L"\\SystemRoot\\acmeio.log");   (or a macro)
 *	InitializeObjectAttributes(&oa, &name, flags, NULL, NULL);
 *	status = ZwCreateFile(&file, ..., &oa, ...);
 *
 * becomes
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
 * (`return ZwOpenFile(...);` becomes a status variable, the close, and the
 * return.) No early return is added (it could skip the function's own
 * cleanup): when the directory cannot be opened, the relative name without a
 * root makes the existing open fail and the existing error path handles it.
 * The directories exist for every driver (the system creates them), unlike
 * \DriverData\<Company>, which nothing creates: that stays a proposal for
 * logs other tools must find.
 *
 * Down-level: when the TU targets a build before 17134, IoGetDriverDirectory
 * is resolved with MmGetSystemRoutineAddress and, where it is missing, the
 * old name is set again (the down-level package still installs there).
 *
 * Refused: names built at run time, an OBJECT_ATTRIBUTES used by other
 * calls, the init and the open in different blocks, an open nested in an
 * expression, paths that are not a plain file name under the fixed root.
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

/* The file name a fixed global path ends in, when the path is PREFIX[X:\][dir\]name.
 * For the driver's own package files (image) the path must be the driver
 * directory itself: \SystemRoot\System32\drivers\name or X:\Windows\System32\drivers\name. */
static bool relative_file_name(const char *path, bool image, char *out, size_t size)
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
		if (image && strncasecmp(rest, "Windows\\", 8))
			return false;
		if (image)
			rest += 8;
	}
	if (image) {
		if (strncasecmp(rest, "System32\\drivers\\", 17))
			return false;
		rest += 17;
		if (strchr(rest, '\\'))
			return false;
	}
	const char *base = strrchr(rest, '\\');
	base = base ? base + 1 : rest;
	if (!*base || strlen(base) >= size)
		return false;
	for (const char *p = base; *p; p++)
		if (!isalnum((unsigned char)*p) && !strchr("._-", *p))
			return false;
	/* a written driver binary is not state: leave it to the driver-path rule's proposal */
	if (!image && (str_iends_with(base, ".sys") || str_iends_with(base, ".dll") || str_iends_with(base, ".exe")))
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
	bool image = !strcmp(f->rule, "driver-path");
	if (strcmp(f->rule, "file-write-global") && !(image && f->target && !strcmp(f->target, "own-package-file")))
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
	if (s.stmt == FX_STMT_OTHER)
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
	if (!lit || lit->kind != FX_STRING || !lit->wide || !relative_file_name(lit->text, image, base, sizeof(base)))
		return fx_refuse(p, image ? "the name is not a constant path directly in System32\\drivers"
					  : "the name is not a constant \\SystemRoot\\ or drive-letter path ending in a plain file name"),
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
	char dbuf[64], sbuf[64];
	const char *dir = fx_fresh_name(c, &s, image ? "imageDir" : "dataDir", dbuf, sizeof(dbuf));
	const char *dirtype = image ? "DriverDirectoryImage" : "DriverDirectoryData";
	const char *in = is.indent, *u = is.unit;
	bool downlevel = fx_target_build(c, s.tu) && fx_target_build(c, s.tu) < 17134;
	char *lit_rep = xasprintf("L\"%s\"", base);
	char *old_name = fx_arg_text(&ns, 1), *uname = fx_arg_text(&ns, 0);
	fx_plan_add(p, s.text, ns.arg_start[1], ns.arg_end[1], lit_rep);
	struct strbuf pre = STRBUF_INIT;
	strbuf_addf(&pre, "HANDLE %s = NULL;\n", dir);
	if (!downlevel) {
		strbuf_addf(&pre, "%sif (!NT_SUCCESS(IoGetDriverDirectory(%s, %s, 0, &%s))) {\n%s%s%s = NULL;\n%s}\n%s", in,
			    dobj, dirtype, dir, in, u, dir, in, in);
	} else {
		/* before 1803 the routine does not exist: resolve it, and keep the old name where it is missing */
		char fbuf[64], rbuf[64], tbuf[80];
		const char *fn = fx_fresh_name(c, &s, "getDriverDirectory", fbuf, sizeof(fbuf));
		const char *rn = fx_fresh_name(c, &s, "getDriverDirectoryName", rbuf, sizeof(rbuf));
		snprintf(tbuf, sizeof(tbuf), "%s_FN", "DRISO_IO_GET_DRIVER_DIRECTORY");
		strbuf_addf(&pre, "%stypedef NTSTATUS (NTAPI *%s)(PDRIVER_OBJECT, ULONG, ULONG, PHANDLE);\n", in, tbuf);
		strbuf_addf(&pre, "%sUNICODE_STRING %s = RTL_CONSTANT_STRING(L\"IoGetDriverDirectory\");\n", in, rn);
		strbuf_addf(&pre, "%s%s %s = (%s)MmGetSystemRoutineAddress(&%s);\n", in, tbuf, fn, tbuf, rn);
		strbuf_addf(&pre, "%sif (%s == NULL || !NT_SUCCESS(%s(%s, %d /* %s */, 0, &%s))) {\n", in, fn, fn, dobj,
			    image ? 0 : 1, dirtype, dir);
		strbuf_addf(&pre, "%s%s%s = NULL;\n%s%sRtlInitUnicodeString(%s, %s); /* before Windows 10 1803 */\n%s}\n%s",
			    in, u, dir, in, u, uname, old_name, in, in);
		strbuf_addf(&p->notes, "the project targets build %d: IoGetDriverDirectory is resolved at run time and the "
				       "old name is kept where it does not exist; ", fx_target_build(c, s.tu));
	}
	fx_plan_add(p, s.text, is.stmt_start, is.stmt_start, pre.buf);
	strbuf_release(&pre);
	fx_plan_add(p, s.text, is.arg_start[3], is.arg_end[3], dir);
	char *close = xasprintf("if (%s != NULL) {\n%s%sZwClose(%s);\n%s}", dir, s.indent, s.unit, dir, s.indent);
	if (s.stmt == FX_STMT_RETURN) {
		/* return ZwOpenFile(...);  ->  NTSTATUS st = ZwOpenFile(...); close; return st; */
		const char *st = fx_fresh_name(c, &s, "status", sbuf, sizeof(sbuf));
		char *call = fx_slice(s.text, s.name_start, s.rparen + 1);
		char *rep = xasprintf("NTSTATUS %s = %s;\n%s%s\n%sreturn %s;", st, call, s.indent, close, s.indent, st);
		fx_plan_add(p, s.text, s.stmt_start, s.stmt_end, rep);
		free(call);
		free(rep);
	} else {
		char *post = xasprintf("\n%s%s", s.indent, close);
		fx_plan_add(p, s.text, s.stmt_end, s.stmt_end, post);
		free(post);
	}
	free(close);
	free(old_name);
	free(uname);
	strbuf_addf(&p->notes, "the file is now %s in the driver's %s directory (IoGetDriverDirectory); ", base,
		    image ? "image (driver store)" : "data");
	if (!downlevel)
		fx_note_floor(c, &s, p, "IoGetDriverDirectory", 17134);
	fx_cache_put(c, s.text, s.name_start, p);
	free(lit_rep);
	return true;
}
