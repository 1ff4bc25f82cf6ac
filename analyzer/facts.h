/*
 * facts: what the libclang front end hands to the source rules, one
 * tu_facts per parsed translation unit, independent of libclang types.
 *
 * Contract:
 *  - Each TU is parsed once; everything the rules need is copied out here and
 *    the libclang TU is disposed (facts are plain data, safe to keep, merge
 *    across TUs and free).
 *  - Expressions are trees with implicit casts and parentheses removed.
 *    String literals are decoded to UTF-8 (escapes resolved, adjacent
 *    literals concatenated, L/u/u8 prefixes recorded). Integer constants
 *    (enum constants, macros, sizeof, casts of constants) carry their value.
 *  - Any expression spelled through a macro records the outermost macro name
 *    and where it was defined, so evidence can say "macro PARAMS_PATH".
 *  - Locations are 1-based line/col in the file as written; `file` points
 *    into tu_facts.files (interned). Only facts from code in the tree are
 *    recorded: calls inside system/shim headers are skipped.
 *  - `order` numbers calls and assignments in source order within the TU,
 *    so a flow-insensitive tracker can still prefer the nearest definition.
 */
#ifndef DRISO_FACTS_H
#define DRISO_FACTS_H

#include <stdbool.h>
#include <stddef.h>

struct fact_loc {
	const char *file;       /* interned in tu_facts.files; NULL = unknown */
	int line, col;
};

enum fexpr_kind {
	FX_OTHER = 0,
	FX_STRING,      /* text = decoded value */
	FX_INT,         /* ival */
	FX_NAME,        /* text = identifier; var = index into vars or -1 */
	FX_CALL,        /* text = callee name (or "" when indirect); kids = args */
	FX_MEMBER,      /* text = field name; kids[0] = base; arrow */
	FX_ADDROF,      /* &kids[0] */
	FX_DEREF,       /* *kids[0] */
	FX_UNARY,       /* text = operator; kids[0] */
	FX_BINARY,      /* text = operator ("|", "+", "=", ...); kids[0], kids[1] */
	FX_COND,        /* kids[0] ? kids[1] : kids[2] */
	FX_INITLIST,    /* kids = elements (designators dropped, field names in text of each kid's `field`) */
	FX_SUBSCRIPT,   /* kids[0][kids[1]] */
	FX_CAST,        /* explicit cast kept only when it changes meaning, e.g. (PCWSTR)handle: text = type */
	FX_SIZEOF,
};

struct fexpr {
	enum fexpr_kind kind;
	struct fact_loc loc, end;
	char *text;
	char *field;            /* FX_INITLIST element: designated field name, else NULL */
	bool wide;              /* FX_STRING: L"" or u"" */
	bool has_int;           /* integer constant value known */
	long long ival;
	bool arrow;             /* FX_MEMBER: -> rather than . */
	int var;                /* FX_NAME: index into tu_facts.vars; -1 when not a variable */
	int func_ref;           /* FX_NAME naming a function: index into funcs, else -1 */
	char *macro;            /* outermost macro this was spelled through, or NULL */
	struct fact_loc macro_loc;  /* where that macro is defined */
	char *spelling;         /* source text of the expression (for evidence), may be truncated */
	struct fexpr **kids;
	size_t n_kids;
};

struct fvar {
	char *name;
	char *type;             /* spelling of the declared type, e.g. "UNICODE_STRING" */
	struct fact_loc loc;
	int func;               /* enclosing function index, -1 for file scope */
	bool is_param;
	int param_index;
	bool is_const, is_static, is_array, is_pointer;
	struct fexpr *init;     /* initializer or NULL */
};

/* An assignment (x = e, x += e, s.Buffer = e) in a function body. */
struct fassign {
	int func;
	int order;
	struct fact_loc loc;
	char *op;               /* "=", "+=", ... */
	struct fexpr *lhs, *rhs;
};

struct fcall {
	int func;               /* enclosing function index, -1 in a global initializer */
	int order;
	struct fexpr *expr;     /* FX_CALL: text = callee, kids = arguments */
	const char *callee;     /* == expr->text */
	bool callee_declared;   /* resolved to a declaration (front-end fidelity) */
	char *callee_macro;     /* macro the call was written through (InitializeObjectAttributes), or NULL */
	bool in_condition;      /* inside an if/while condition (for notes) */
	bool recovered;         /* rebuilt from tokens: clang dropped the expression
				 * (an argument used an undeclared name); args are
				 * literals, names, &names, or FX_OTHER with spelling */
};

enum ffunc_kind {
	FN_HELPER = 0,
	FN_DRIVER_ENTRY,
	FN_ADD_DEVICE,          /* DriverObject->DriverExtension->AddDevice target */
	FN_DISPATCH,            /* MajorFunction[] target */
	FN_WDF_CALLBACK,        /* EvtDriverDeviceAdd, EvtDevice..., passed to WDF config init */
	FN_UNLOAD,
	FN_DLL_MAIN,
	FN_SERVICE_MAIN,        /* passed to StartServiceCtrlDispatcher */
	FN_MAIN,                /* main, wmain, WinMain, wWinMain */
};

struct ffunc {
	char *name;
	struct fact_loc loc, end;
	enum ffunc_kind kind;
	bool has_body;
	bool is_static;
	int n_params;
	int first_param_var;    /* vars[first_param_var + i] is parameter i */
	int error_nodes;        /* invalid/recovery expressions inside the body */
	int n_calls;
	int n_calls_resolved;
};

/* CXDiagnostic_Error, for code that does not include libclang's headers */
#define FDIAG_ERROR 3

struct fdiag {
	struct fact_loc loc;
	int severity;           /* libclang CXDiagnosticSeverity: FDIAG_ERROR and up are errors */
	char *message;
};

struct fmacro_use {
	char *name;             /* macro expanded in the main file or project headers */
	struct fact_loc loc;
};

struct tu_facts {
	char *main_file;        /* absolute path */
	char *configuration;    /* from tu_config; NULL = default */
	char **files;           /* interned file names (absolute) */
	size_t n_files, alloc_files;
	struct ffunc *funcs;    size_t n_funcs, alloc_funcs;
	struct fvar *vars;      size_t n_vars, alloc_vars;
	struct fcall *calls;    size_t n_calls, alloc_calls;
	struct fassign *assigns; size_t n_assigns, alloc_assigns;
	struct fdiag *diags;    size_t n_diags, alloc_diags;
	char **includes;        /* every header included (spelled names), for environment detection */
	size_t n_includes, alloc_includes;
	bool parse_failed;      /* libclang produced no TU at all */
	int n_errors;           /* error + fatal diagnostics */
};

/* Helpers for building and querying facts (analyzer/facts.c). */
const char *facts_intern_file(struct tu_facts *t, const char *file);
struct fexpr *fexpr_new(enum fexpr_kind kind);
void fexpr_add_kid(struct fexpr *e, struct fexpr *kid);
void fexpr_free(struct fexpr *e);
/* Deep copy (strings duplicated, kids cloned). */
struct fexpr *fexpr_clone(const struct fexpr *e);
/* Skip FX_CAST/FX_ADDROF/FX_DEREF wrappers down to the interesting expression. */
const struct fexpr *fexpr_strip(const struct fexpr *e);
/* Frees everything t owns and t itself (frontend_parse mallocs it). */
void tu_facts_free(struct tu_facts *t);
/* Stable names for dumps and reports: "string", "call", ...; "DriverEntry", "dispatch", ... */
const char *fexpr_kind_name(enum fexpr_kind k);
const char *ffunc_kind_name(enum ffunc_kind k);
/* Dump as JSON for tests and `driso doctor --facts`; malloc'd. */
char *tu_facts_json(const struct tu_facts *t);

#endif
