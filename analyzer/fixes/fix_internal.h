/*
 * fix_internal: what the patch kinds of analyzer/fixes/ share — source text
 * with a code mask, sink calls located in that text (argument and statement
 * spans), planned edits, and the DRIVER_OBJECT a fix can reach.
 *
 * Contract:
 *  - Offsets are byte offsets into the decoded UTF-8 text (core/text.h), the
 *    same space as finding edits. Facts' columns are libclang byte columns.
 *  - A patch kind builds an fx_plan. It either succeeds (every edit exact)
 *    or refuses with a reason (fx_refuse); a refused plan attaches nothing
 *    and the reason goes into the finding's evidence, so the proposal stays
 *    and says why no edit was made.
 *  - Replacement text uses bare "\n": edit_set_render writes it with the
 *    file's own line ending (a CRLF file stays CRLF).
 *  - Generated code never contains a placeholder: when a value (the driver
 *    object, a company name) is unknown the plan is refused.
 */
#ifndef DRISO_FIX_INTERNAL_H
#define DRISO_FIX_INTERNAL_H

#include "analyzer/compile_env.h"
#include "analyzer/facts.h"
#include "core/finding.h"
#include "core/options.h"
#include "core/strbuf.h"
#include "core/text.h"

#include <stdbool.h>
#include <stddef.h>

/* One source file, loaded once per attach run. */
struct fx_text {
	char *path;              /* absolute */
	char *rel;               /* scan-root relative, forward slashes */
	char sha256[65];         /* raw bytes at scan time */
	struct text_file *t;
	char *mask;              /* per byte: 'c' code, 'm' comment, 's' literal, 'p' preprocessor */
};

struct fx_cached;
struct fx_plan;

struct fx_ctx {
	struct tu_facts *const *tus;
	const struct tu_config *const *cfgs;
	size_t n;
	const struct scan_options *opts;
	const char *root;        /* directory findings are relative to */
	struct fx_text **texts;
	size_t n_texts, alloc_texts;
	/* names this run already introduced, per function ("file:func:name") */
	char **taken;
	size_t n_taken, alloc_taken;
	/* plans per rewritten call, so findings sharing a sink share its edits */
	struct fx_cached *cache;
	size_t n_cache, alloc_cache;
};

/* A sink call found in the text. */
#define FX_MAX_ARGS 16
enum fx_stmt_kind {
	FX_STMT_OTHER = 0,       /* call nested in something we do not rewrite */
	FX_STMT_EXPR,            /* Call(...); */
	FX_STMT_ASSIGN,          /* lhs = Call(...); */
	FX_STMT_DECL_INIT,       /* TYPE lhs = Call(...); */
	FX_STMT_RETURN,          /* return Call(...); */
};

struct fx_site {
	size_t tu;
	const struct fcall *call;
	int func;                        /* index into tus[tu]->funcs */
	struct fx_text *text;
	size_t name_start, lparen, rparen;   /* callee name, its ( and matching ) */
	size_t arg_start[FX_MAX_ARGS], arg_end[FX_MAX_ARGS];  /* trimmed */
	int n_args;
	enum fx_stmt_kind stmt;
	size_t stmt_start, stmt_end;     /* statement text incl. ';' (stmt_end after it) */
	char lhs[128];                   /* ASSIGN / DECL_INIT target */
	char decl_type[128];             /* DECL_INIT type spelling */
	char indent[64];                 /* leading whitespace of the statement's line */
	char unit[16];                   /* one indentation level ("    " or "\t") */
};

struct fx_edit {
	struct fx_text *text;
	size_t start, end;
	char *rep;
};

struct fx_plan {
	struct fx_edit *v;
	size_t n, alloc;
	struct strbuf why;       /* refusal reason; empty = ok */
	struct strbuf notes;     /* caveats added to the evidence when the fix is attached */
};

/* Texts. */
struct fx_text *fx_text_get(struct fx_ctx *c, const char *abs_path);
/* Offset of a facts location (1-based line, libclang byte column); (size_t)-1 when outside. */
size_t fx_offset(const struct fx_text *t, int line, int col);
bool fx_is_code(const struct fx_text *t, size_t off);
/* Matching close bracket for the one at `open` ((, [, {), skipping comments and literals; (size_t)-1 if none. */
size_t fx_match(const struct fx_text *t, size_t open);
/* Next / previous code byte that is not white space; (size_t)-1 if none. */
size_t fx_next_code(const struct fx_text *t, size_t from);
size_t fx_prev_code(const struct fx_text *t, size_t before);
/* Start of the line holding off, and the offset after that line's terminator. */
size_t fx_line_start(const struct fx_text *t, size_t off);
size_t fx_line_next(const struct fx_text *t, size_t off);
/* The '{' of the block holding off; (size_t)-1 at file scope. */
size_t fx_enclosing_brace(const struct fx_text *t, size_t off);
/* Source text [s, e) copied (malloc'd). */
char *fx_slice(const struct fx_text *t, size_t s, size_t e);

/* Locate a finding's sink call: the call in the group's facts at the
 * finding's file/line/col whose callee is spelled there. */
bool fx_site_for_finding(struct fx_ctx *c, const struct finding *f, struct fx_site *out);
/* Locate an arbitrary call (a helper the kind found in the facts). */
bool fx_site_for_call(struct fx_ctx *c, size_t tu, const struct fcall *call, struct fx_site *out);
/* The argument's source text (malloc'd). */
char *fx_arg_text(const struct fx_site *s, int i);

/* A local name free in the site's function and file ("paramsKey", "paramsKey2", ...), reserved. */
const char *fx_fresh_name(struct fx_ctx *c, const struct fx_site *s, const char *base, char *buf, size_t size);
bool fx_name_in_use(const struct fx_ctx *c, size_t tu, int func, const char *name);

/* Plans. */
struct fx_cached {
	const struct fx_text *text;
	size_t at;
	struct fx_plan *plan;
};
/* Copy the plan made earlier for the call at (text, at) into p; false when none. */
bool fx_cache_get(struct fx_ctx *c, const struct fx_text *t, size_t at, struct fx_plan *p);
void fx_cache_put(struct fx_ctx *c, const struct fx_text *t, size_t at, const struct fx_plan *p);
void fx_cache_free(struct fx_ctx *c);

void fx_plan_init(struct fx_plan *p);
void fx_plan_free(struct fx_plan *p);
void fx_plan_add(struct fx_plan *p, struct fx_text *t, size_t start, size_t end, const char *rep);
bool fx_refuse(struct fx_plan *p, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
bool fx_plan_ok(const struct fx_plan *p);
/* Attach a successful plan's edits to f (pre-image hashes included). */
void fx_plan_attach(struct fx_ctx *c, const struct fx_plan *p, struct finding *f);

/* The DRIVER_OBJECT reachable at a site: an expression to pass, plus edits
 * that make it reachable (a saved global) when needed. Refuses with a reason. */
bool fx_driver_object(struct fx_ctx *c, const struct fx_site *s, struct fx_plan *p, char *expr, size_t size);

/* Driver model of the site's TU. */
enum driver_model fx_model(const struct fx_ctx *c, size_t tu);
int fx_target_build(const struct fx_ctx *c, size_t tu);
/* For a call nested in a statement (FX_STMT_OTHER): find the statement's
 * start so declarations can go before it (sets stmt_start and indent; stmt
 * stays OTHER). False after a label, `else`, inside a for/while header or
 * when the statement does not open its line. True at once for plain kinds. */
bool fx_enclosing_statement(struct fx_site *s);
/* The project (or --target-os) targets a build below `floor`, where the API
 * is missing; driso's default build when nothing names one does not count. */
bool fx_below_floor(const struct fx_ctx *c, size_t tu, int floor);
/* Down-level form of IoOpenDriverRegistryKey: lines to insert before the
 * statement at s (each ends in a newline plus s's indentation) that resolve
 * the routine with MmGetSystemRoutineAddress into a pointer named in *fn
 * (NULL where the OS lacks it). Only pre-1803 types are used, so the code
 * compiles against the headers of the project's target OS. */
void fx_resolve_open_driver_key(struct fx_ctx *c, const struct fx_site *s, struct strbuf *pre, char *fn,
				size_t fn_size);
/* Note a down-level target (build < floor) in the plan's notes. */
void fx_note_floor(struct fx_ctx *c, const struct fx_site *s, struct fx_plan *p, const char *api, int floor);

/* Writes through handle_var in func may move to a persistent-state key:
 * every written value has a constant name no other function mentions.
 * Refuses with the reason otherwise (state_values.c). */
bool fx_state_move_safe(struct fx_ctx *c, size_t tu, int func, int handle_var, struct fx_plan *p);

/* The registry path a finding's message names ends at ...\\Parameters (not a subkey). */
bool fx_names_parameters_key(const struct finding *f);

/* Expression helpers. */
bool fx_name_is(const struct fexpr *e, const char *name);
const struct fexpr *fx_call_arg(const struct fcall *call, int i);

/* Patch kinds. Each returns true when it handled the finding (attached a
 * fix or refused with a reason); false when the finding is not its kind. */
bool fx_kind_rtl_query(struct fx_ctx *c, struct finding *f, struct fx_plan *p);
bool fx_kind_zw_key(struct fx_ctx *c, struct finding *f, struct fx_plan *p);
bool fx_kind_file_dir(struct fx_ctx *c, struct finding *f, struct fx_plan *p);
bool fx_kind_user_reg(struct fx_ctx *c, struct finding *f, struct fx_plan *p);

#endif
