/*
 * rtl_query: RtlQueryRegistryValues(RTL_REGISTRY_ABSOLUTE[|OPTIONAL], <own
 * service key or its Parameters>, table, ctx, env) becomes
 *
 *	HANDLE paramsKey = NULL;
 *	status = IoOpenDriverRegistryKey(DriverObject, DriverRegKeyParameters, KEY_READ, 0, &paramsKey);
 *	if (NT_SUCCESS(status)) {
 *	    status = RtlQueryRegistryValues(RTL_REGISTRY_HANDLE[|OPTIONAL], (PCWSTR)paramsKey, table, ctx, env);
 *	    ZwClose(paramsKey);
 *	} [else if (status == STATUS_OBJECT_NAME_NOT_FOUND) {   -- only with RTL_REGISTRY_OPTIONAL:
 *	    status = STATUS_SUCCESS;                              -- a missing key stays no error
 *	}]
 *
 * The status variable keeps its meaning (result of the query, or of the open
 * when that failed). When the path is the service key itself, the values are
 * only reachable through the handle when the table's first entry descends
 * into "Parameters" (RTL_QUERY_REGISTRY_SUBKEY) and no other entry changes
 * key: the query then starts at &table[1]. Values read from the service key
 * itself have no isolated home the handle reaches: refused.
 */
#include "analyzer/fixes/fix_internal.h"

#include "core/util.h"

#include <stdio.h>
#include <stdlib.h>
#include <strings.h>
#include <string.h>

#define RTL_QUERY_SUBKEY 0x1
#define RTL_QUERY_TOPKEY 0x2
#define RTL_QUERY_REQUIRED 0x4
#define RTL_REGISTRY_OPTIONAL_BIT 0x80000000LL
#define MAX_ENTRIES 64

struct table_entry {
	bool seen, flags_known;
	long long flags;
	const char *name;
};

static void note_field(struct table_entry *e, const char *field, const struct fexpr *v)
{
	e->seen = true;
	v = fexpr_strip(v);
	if (!field || !v)
		return;
	if (!strcmp(field, "Flags")) {
		e->flags_known = v->has_int;
		e->flags = v->ival;
	} else if (!strcmp(field, "Name") && v->kind == FX_STRING)
		e->name = v->text;
}

/* Read the table's entries from its initializer and the function's
 * assignments; false when an entry is written in a way we cannot follow. */
static bool read_table(const struct tu_facts *tf, int func, int var, struct table_entry *ent, int *n_ent)
{
	*n_ent = 0;
	const struct fvar *v = &tf->vars[var];
	if (v->init) {
		const struct fexpr *il = fexpr_strip(v->init);
		if (il->kind != FX_INITLIST)
			return false;
		for (size_t j = 0; j < il->n_kids && j < MAX_ENTRIES; j++) {
			const struct fexpr *row = fexpr_strip(il->kids[j]);
			ent[j].seen = true;
			if (row->kind == FX_INT && row->has_int && row->ival == 0)
				continue;
			if (row->kind != FX_INITLIST)
				return false;
			static const char *const pos[] = { "QueryRoutine", "Flags", "Name" };
			for (size_t k = 0; k < row->n_kids; k++) {
				const char *field = row->kids[k]->field ? row->kids[k]->field : k < 3 ? pos[k] : NULL;
				note_field(&ent[j], field, row->kids[k]);
			}
			if (*n_ent < (int)j + 1)
				*n_ent = (int)j + 1;
		}
	}
	for (size_t a = 0; a < tf->n_assigns; a++) {
		const struct fassign *as = &tf->assigns[a];
		if (as->func != func || !as->lhs)
			continue;
		const struct fexpr *l = as->lhs;
		if (l->kind == FX_NAME && l->var == var)
			return false;
		if (l->kind != FX_MEMBER || l->n_kids != 1)
			continue;
		const struct fexpr *sub = l->kids[0];
		if (sub->kind != FX_SUBSCRIPT || sub->n_kids != 2)
			continue;
		const struct fexpr *base = fexpr_strip(sub->kids[0]);
		if (!base || base->kind != FX_NAME || base->var != var)
			continue;
		const struct fexpr *idx = sub->kids[1];
		if (!idx->has_int || idx->ival < 0 || idx->ival >= MAX_ENTRIES)
			return false;
		note_field(&ent[idx->ival], l->text, as->rhs);
		if (*n_ent < (int)idx->ival + 1)
			*n_ent = (int)idx->ival + 1;
	}
	return true;
}

/* The table may only be filled in this function: any other call taking it
 * (a helper that fills rows) hides entries from us. */
static bool table_only_local(const struct tu_facts *tf, int func, int var, const struct fcall *sink)
{
	for (size_t k = 0; k < tf->n_calls; k++) {
		const struct fcall *call = &tf->calls[k];
		if (call->func != func || call == sink || !call->expr)
			continue;
		if (!strcmp(call->callee, "memset") || !strcmp(call->callee, "RtlZeroMemory"))
			continue;
		for (size_t a = 0; a < call->expr->n_kids; a++) {
			const struct fexpr *e = fexpr_strip(call->expr->kids[a]);
			if (e && e->kind == FX_NAME && e->var == var)
				return false;
			if (e && e->kind == FX_SUBSCRIPT && e->n_kids && fexpr_strip(e->kids[0]) &&
			    fexpr_strip(e->kids[0])->kind == FX_NAME && fexpr_strip(e->kids[0])->var == var)
				return false;
		}
	}
	return true;
}

static bool is_query_call(const char *callee)
{
	return !strcmp(callee, "RtlQueryRegistryValues") || !strcmp(callee, "RtlQueryRegistryValuesEx");
}

bool fx_kind_rtl_query(struct fx_ctx *c, struct finding *f, struct fx_plan *p)
{
	if (strcmp(f->rule, "registry-absolute") || !f->target)
		return false;
	struct fx_site s;
	if (!fx_site_for_finding(c, f, &s) || !is_query_call(s.call->callee))
		return false;
	bool whole_key = !strcmp(f->target, "own-service-key-read");
	if (!whole_key && strcmp(f->target, "own-service-parameters-read"))
		return fx_refuse(p, "only reads of the driver's own service key or its Parameters key are rewritten (this is %s)",
				 f->target), true;
	const struct tu_facts *tf = c->tus[s.tu];
	if (s.n_args != 5 || s.call->expr->n_kids != 5)
		return fx_refuse(p, "unexpected argument list"), true;
	const struct fexpr *rel = fexpr_strip(s.call->expr->kids[0]);
	if (!rel || !rel->has_int || (rel->ival & 0x3fffffffLL) != 0)
		return fx_refuse(p, "RelativeTo is not a constant RTL_REGISTRY_ABSOLUTE"), true;
	if (rel->ival & ~(0x3fffffffLL | RTL_REGISTRY_OPTIONAL_BIT))
		return fx_refuse(p, "RelativeTo carries flags other than RTL_REGISTRY_OPTIONAL"), true;
	bool optional = (rel->ival & RTL_REGISTRY_OPTIONAL_BIT) != 0;
	if (s.stmt == FX_STMT_OTHER)
		return fx_refuse(p, "the call is not a plain statement (status = call; / call; / return call;)"), true;

	char *table = fx_arg_text(&s, 2);
	const struct fexpr *tab = fexpr_strip(s.call->expr->kids[2]);
	if (whole_key) {
		if (!tab || tab->kind != FX_NAME || tab->var < 0 || !tf->vars[tab->var].is_array ||
		    tf->vars[tab->var].func != s.func) {
			free(table);
			return fx_refuse(p, "the query table is not a local array whose entries are visible here"), true;
		}
		struct table_entry ent[MAX_ENTRIES];
		memset(ent, 0, sizeof(ent));
		int n_ent = 0;
		if (!read_table(tf, s.func, tab->var, ent, &n_ent) || !table_only_local(tf, s.func, tab->var, s.call)) {
			free(table);
			return fx_refuse(p, "the query table is filled in a way driso cannot follow"), true;
		}
		if (n_ent < 2 || !ent[0].flags_known || (ent[0].flags & ~(long long)RTL_QUERY_REQUIRED) != RTL_QUERY_SUBKEY ||
		    !ent[0].name || strcasecmp(ent[0].name, "Parameters")) {
			free(table);
			return fx_refuse(p, "the table reads values of the service key itself, not of its Parameters subkey, "
					 "and IoOpenDriverRegistryKey only reaches Parameters: settings the INF writes belong "
					 "under HKR,Parameters (then read them through DriverRegKeyParameters)"), true;
		}
		for (int k = 1; k < n_ent; k++)
			if (ent[k].seen && (!ent[k].flags_known || (ent[k].flags & (RTL_QUERY_SUBKEY | RTL_QUERY_TOPKEY)))) {
				free(table);
				return fx_refuse(p, "table entry %d changes key (SUBKEY/TOPKEY) or has unknown flags", k), true;
			}
		char *t2 = xasprintf("&%s[1]", table);
		free(table);
		table = t2;
	}

	char dobj[160];
	if (!fx_driver_object(c, &s, p, dobj, sizeof(dobj))) {
		free(table);
		return true;
	}
	char keybuf[64], stbuf[64];
	const char *key = fx_fresh_name(c, &s, "paramsKey", keybuf, sizeof(keybuf));
	char *a3 = fx_arg_text(&s, 3), *a4 = fx_arg_text(&s, 4);
	const char *newrel = optional ? "RTL_REGISTRY_HANDLE | RTL_REGISTRY_OPTIONAL" : "RTL_REGISTRY_HANDLE";
	const char *u = s.unit;
	bool down = fx_below_floor(c, s.tu, 17134);
	/* down-level: the new code goes one level deeper, in the else branch */
	char *in = down ? xasprintf("%s%s", s.indent, u) : xstrdup(s.indent);
	char fn[64] = "";
	struct strbuf sb = STRBUF_INIT;
	char *query = xasprintf("%s(%s, (PCWSTR)%s, %s, %s, %s)", s.call->callee, newrel, key, table, a3, a4);
	char *open;
	strbuf_addf(&sb, "HANDLE %s = NULL;\n", key);
	const char *status = NULL;
	if (down) {
		/* resolve the routine; where it is missing the original query runs unchanged */
		strbuf_addstr(&sb, s.indent);
		fx_resolve_open_driver_key(c, &s, &sb, fn, sizeof(fn));
		open = xasprintf("%s(%s, 0 /* DriverRegKeyParameters */, KEY_READ, 0, &%s)", fn, dobj, key);
		/* the original call moves one level in: so do its continuation lines */
		char *orig0 = fx_slice(s.text, s.name_start, s.rparen + 1);
		struct strbuf ob = STRBUF_INIT;
		for (const char *q = orig0; *q; q++) {
			strbuf_addch(&ob, *q);
			if (*q == '\n')
				strbuf_addstr(&ob, u);
		}
		free(orig0);
		char *orig = strbuf_detach(&ob, NULL);
		switch (s.stmt) {
		case FX_STMT_DECL_INIT:
			strbuf_addf(&sb, "%s %s;\n%s", s.decl_type, s.lhs, s.indent);
			status = s.lhs;
			break;
		case FX_STMT_ASSIGN:
			status = s.lhs;
			break;
		case FX_STMT_RETURN:
			status = fx_fresh_name(c, &s, "status", stbuf, sizeof(stbuf));
			strbuf_addf(&sb, "NTSTATUS %s;\n%s", status, s.indent);
			break;
		default:
			break;
		}
		strbuf_addf(&sb, "if (%s == NULL) {\n%s%s%s%s%s; /* before Windows 10 1803 */\n%s} else {\n", fn, s.indent, u,
			    status ? status : "", status ? " = " : "", orig, s.indent);
		free(orig);
		if (status)
			strbuf_addf(&sb, "%s%s = %s;\n", in, status, open);
	} else {
		open = xasprintf("IoOpenDriverRegistryKey(%s, DriverRegKeyParameters, KEY_READ, 0, &%s)", dobj, key);
		switch (s.stmt) {
		case FX_STMT_DECL_INIT:
			strbuf_addf(&sb, "%s%s %s = %s;\n", in, s.decl_type, s.lhs, open);
			status = s.lhs;
			break;
		case FX_STMT_ASSIGN:
			strbuf_addf(&sb, "%s%s = %s;\n", in, s.lhs, open);
			status = s.lhs;
			break;
		case FX_STMT_RETURN:
			status = fx_fresh_name(c, &s, "status", stbuf, sizeof(stbuf));
			strbuf_addf(&sb, "%sNTSTATUS %s = %s;\n", in, status, open);
			break;
		default:
			break;
		}
	}
	if (status) {
		strbuf_addf(&sb, "%sif (NT_SUCCESS(%s)) {\n%s%s%s = %s;\n", in, status, in, u, status, query);
		strbuf_addf(&sb, "%s%sZwClose(%s);\n%s}", in, u, key, in);
		if (optional)
			strbuf_addf(&sb, " else if (%s == STATUS_OBJECT_NAME_NOT_FOUND) {\n%s%s%s = STATUS_SUCCESS;\n%s}",
				    status, in, u, status, in);
	} else {
		strbuf_addf(&sb, "%sif (NT_SUCCESS(%s)) {\n%s%s%s;\n%s%sZwClose(%s);\n%s}", in, open, in, u, query, in, u,
			    key, in);
	}
	if (down)
		strbuf_addf(&sb, "\n%s}", s.indent);
	if (status && s.stmt == FX_STMT_RETURN)
		strbuf_addf(&sb, "\n%sreturn %s;", s.indent, status);
	fx_plan_add(p, s.text, s.stmt_start, s.stmt_end, sb.buf);
	if (down)
		strbuf_addf(&p->notes, "the project targets build %d: IoOpenDriverRegistryKey is resolved at run time "
				       "and the original query runs where it does not exist; ", fx_target_build(c, s.tu));
	else
		fx_note_floor(c, &s, p, "IoOpenDriverRegistryKey", 17134);
	free(in);
	strbuf_release(&sb);
	free(query);
	free(open);
	free(a3);
	free(a4);
	free(table);
	return true;
}
