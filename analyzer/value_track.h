/*
 * value_track: what a string, integer, registry key handle or
 * OBJECT_ATTRIBUTES expression in the facts of a package evaluates to, with
 * the chain of evidence that got there.
 *
 * Contract:
 *  - A vt_ctx indexes a set of TUs (one package/project) once: functions by
 *    name, call sites by callee, definitions by slot (local variable, global
 *    variable by name, struct field by name). It borrows the tu_facts; they
 *    must outlive it.
 *  - Evaluation is flow-insensitive but prefers the nearest definition: in
 *    the same function, the last SET before the use (by `order`) plus the
 *    APPENDs after it; else the initializer; else definitions elsewhere.
 *  - Strings are UTF-8 with markers: VT_WILD stands for an unknown part,
 *    VT_SERVICE for "this driver's service name" (DriverEntry RegistryPath),
 *    VT_ISOLATED for a directory handed out by an isolation API (a path
 *    built on it is isolated). vt_display() renders them for people.
 *  - Key handles carry the registry path they reach (kernel spelling,
 *    "\Registry\Machine\..."; user-mode roots are mapped onto it) and their
 *    origin: opened absolutely, handed out by an isolation API, or the
 *    read-only Parameters key.
 *  - Parameters of helper functions resolve to the bound call site when the
 *    evaluation descended through one, else to every caller in the package
 *    (function summaries across TUs), merged by common prefix.
 *  - Every vt_value is owned by the caller: vt_value_free().
 */
#ifndef DRISO_VALUE_TRACK_H
#define DRISO_VALUE_TRACK_H

#include "analyzer/facts.h"

#include <stdbool.h>
#include <stddef.h>

#define VT_WILD '\x01'
#define VT_SERVICE '\x02'
#define VT_ISOLATED '\x03'
#define VT_WILD_S "\x01"
#define VT_SERVICE_S "\x02"
#define VT_ISOLATED_S "\x03"

/* DriverEntry's RegistryPath as the tracker spells it. */
#define VT_SERVICE_KEY "\\Registry\\Machine\\System\\CurrentControlSet\\Services\\" VT_SERVICE_S

enum vt_kind { VT_UNKNOWN = 0, VT_STRING, VT_INT, VT_KEY, VT_OA };

enum vt_key_origin {
	KEY_UNKNOWN = 0,   /* a handle we cannot trace */
	KEY_PREDEFINED,    /* HKEY_LOCAL_MACHINE & co.: text is the root */
	KEY_ABSOLUTE,      /* opened by absolute path (or under such a key) */
	KEY_ISOLATED,      /* from an isolation API (device/interface/state key) */
	KEY_PARAMS,        /* the service's immutable Parameters key (isolated API) */
};

struct vt_step {
	const char *file;  /* interned in the TU's facts */
	int line, col;
	char *msg;
};

struct vt_value {
	enum vt_kind kind;
	char *text;                 /* VT_STRING: value; VT_KEY: path reached (may be NULL) */
	long long ival;             /* VT_INT */
	enum vt_key_origin origin;  /* VT_KEY */
	const char *origin_api;     /* VT_KEY: API that produced the handle */
	bool write_access;          /* VT_KEY: opened with write intent */
	bool user_mode_root;        /* VT_KEY: path came from an HKEY root */
	bool opened_absolute;       /* VT_KEY: this open named an absolute path itself */
	struct vt_value *name;      /* VT_OA: ObjectName */
	struct vt_value *root;      /* VT_OA: RootDirectory (NULL = none) */
	struct vt_step *steps;
	size_t n_steps, alloc_steps;
};

struct vt_ctx;

struct vt_ctx *vt_new(struct tu_facts *const *tus, size_t n);
void vt_free(struct vt_ctx *c);

/* Evaluate expression `e` appearing in tus[tu], function `func` (-1 = file
 * scope), at source position `order`. Never NULL. */
struct vt_value *vt_eval(struct vt_ctx *c, size_t tu, int func, int order, const struct fexpr *e);
/* Same, for an OBJECT_ATTRIBUTES pointer argument: kind VT_OA (or VT_UNKNOWN). */
struct vt_value *vt_eval_oa(struct vt_ctx *c, size_t tu, int func, int order, const struct fexpr *e);

/* The key handle a key-opening call (ZwOpenKey, RegOpenKeyExW, WdfRegistryOpenKey,
 * IoOpenDeviceRegistryKey, ...) produces; NULL when `call` opens no key. */
struct vt_value *vt_eval_keyopen(struct vt_ctx *c, size_t tu, const struct fcall *call);
/* Is `callee` a key-opening API vt_eval_keyopen understands? */
bool vt_is_keyopen(const char *callee);

/* Call sites of function `func` of TU `tu` in the package (capped at 16). */
int vt_n_callers(const struct vt_ctx *c, size_t tu, int func);
/* Make parameters of that function resolve to its index-th caller only
 * (index -1: every caller, merged). Rules use it to judge a sink inside a
 * wrapper once per caller. */
void vt_choose_caller(struct vt_ctx *c, size_t tu, int func, int index);

void vt_value_free(struct vt_value *v);
struct vt_value *vt_value_copy(const struct vt_value *v);
void vt_add_step(struct vt_value *v, const struct fact_loc *loc, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/* Text before the first VT_WILD (malloc'd); the whole text when fully known. */
char *vt_known_prefix(const char *text);
bool vt_fully_known(const char *text);
/* Markers rendered: VT_WILD "*", VT_SERVICE "<service>", VT_ISOLATED "<isolated-dir>". */
char *vt_display(const char *text);

/* Registry access mask / file access helpers shared with the rules. */
bool vt_key_access_writes(long long mask);

/* Integer value of a predefined HKEY root (HKLM 0x80000002...), or 0. */
unsigned vt_hkey_root(const struct fexpr *e);
/* Kernel spelling of an HKEY root: "\Registry\Machine" ... or NULL. */
const char *vt_hkey_kernel_path(unsigned root);

/* Strip explicit casts, parentheses-equivalents, & and * (no allocation). */
const struct fexpr *vt_strip(const struct fexpr *e);

/* Package queries used by the rules. */
size_t vt_n_tus(const struct vt_ctx *c);
struct tu_facts *vt_tu(const struct vt_ctx *c, size_t i);
/* Index of the function named `name` with a body anywhere in the package, or -1; *tu set. */
int vt_find_function(const struct vt_ctx *c, const char *name, size_t *tu);

#endif
