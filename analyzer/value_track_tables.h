/*
 * value_track_tables: the API tables value tracking is driven by — string
 * builders (which argument they write, how), key-opening calls (where the
 * handle goes, what its origin is), calls returning isolated keys, and the
 * constants the rules test. Internal to analyzer/value_track.c; adding an API
 * is adding a row here.
 */
#ifndef DRISO_VALUE_TRACK_TABLES_H
#define DRISO_VALUE_TRACK_TABLES_H

#include <stdbool.h>

enum bkind {
	B_SET,        /* dst = src */
	B_APPEND,     /* dst += src */
	B_PRINTF,     /* dst = format(src = format index, args after it) */
	B_SWPRINTF,   /* swprintf: format at 1 or 2 depending on the overload */
	B_ISOLATED,   /* dst = a directory handed out by the system for this binary */
	B_SYSDIR,     /* dst = C:\Windows\System32 */
	B_WINDIR,     /* dst = C:\Windows */
	B_COMBINE,    /* dst = src + "\" + src2 */
	B_PATHAPPEND, /* dst += "\" + src */
	B_SHFOLDER,   /* SHGetFolderPath: CSIDL decides */
};

struct builder {
	const char *name;
	int dst;
	enum bkind kind;
	int src;
	int src2;
};

/* Row for `callee`, or NULL. */
const struct builder *builder_for(const char *callee);

enum kkind {
	KO_ZW,        /* OBJECT_ATTRIBUTES at arg a */
	KO_ISO,       /* handed out by an isolation API */
	KO_PARAMS,    /* the immutable Parameters key */
	KO_DRVTYPE,   /* IoOpenDriverRegistryKey: DRIVER_REGKEY_TYPE at arg a */
	KO_SVCTYPE,   /* GetServiceRegistryStateKey: type at arg a */
	KO_WDFREG,    /* WdfRegistryOpen/CreateKey: parent a, name b */
	KO_USERREG,   /* Reg*Key*: root a, subkey b */
	KO_USERROOT,  /* RegOpenCurrentUser */
};

struct keyopen {
	const char *name;
	int out;
	int access;
	enum kkind kind;
	int a, b;
};

/* Row for `callee`, or NULL. */
const struct keyopen *keyopen_for(const char *callee);
/* Calls whose return value is an isolated key (SetupDiOpenDevRegKey, ...). */
bool vt_is_isolated_key_returner(const char *callee);
/* Value of a constant the rules test, by macro/enumerator name; for calls the
 * front end rebuilt from tokens in TUs with errors. */
bool vt_known_constant(const char *name, long long *out);

#endif
