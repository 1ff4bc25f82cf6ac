/*
 * rules: what the source rule families (analyzer/rules/, one file each) share — the
 * run context, path classification and finding emission. Internal to
 * analyzer/; the public entry point is analyzer/source_rules.h.
 *
 * Each family walks every call of every TU once, matches its sink table,
 * asks value_track what the interesting argument is, classifies it and
 * reports through sr_report(), which fills rule, severity, location
 * (scan-root relative), evidence chain, environment, target, proposal and
 * fingerprint in one place so every family reports the same way.
 */
#ifndef DRISO_SOURCE_RULES_INTERNAL_H
#define DRISO_SOURCE_RULES_INTERNAL_H

#include "analyzer/compile_env.h"
#include "analyzer/facts.h"
#include "analyzer/proposals.h"
#include "analyzer/value_track.h"
#include "core/finding.h"
#include "core/options.h"

#include <stdbool.h>
#include <stddef.h>

struct sr_file_cache;

struct sr_ctx {
	struct vt_ctx *vt;
	struct tu_facts *const *tus;
	const struct tu_config *const *cfgs;
	size_t n;
	const struct scan_options *opts;
	struct finding_list *out;
	struct sr_file_cache *files;
	/* names the package creates itself (device names, symbolic links), lowercased last components */
	char **own_names;
	size_t n_own_names, alloc_own_names;
};

/* Registry path classes (kernel spelling). */
enum reg_class {
	RC_UNKNOWN = 0,
	RC_OWN_SERVICE,       /* \...\Services\<this driver> */
	RC_OWN_PARAMS,        /* \...\Services\<this driver>\Parameters[\...] */
	RC_SERVICE,           /* \...\Services\<a named service> (own or not: by name) */
	RC_OTHER_SERVICE,     /* \...\Services\<clearly another driver> */
	RC_DEVICE_HW,         /* \...\Enum\... */
	RC_DEVICE_SW,         /* \...\Control\Class\{guid}\NNNN */
	RC_DEVICE_IFACE,      /* \...\Control\DeviceClasses\... */
	RC_HARDWARE,          /* \Registry\Machine\HARDWARE (not DEVICEMAP) */
	RC_DEVICEMAP_SERIALCOMM,
	RC_DEVICEMAP,
	RC_OS_CONTROL,        /* other \...\Control\... */
	RC_OS_SOFTWARE,       /* \Registry\Machine\Software\Microsoft\... */
	RC_UMDF_PARAMS,       /* ...\WUDF\Services\<svc> */
	RC_SOFTWARE_VENDOR,   /* \Registry\Machine\Software\<vendor> */
	RC_MACHINE_OTHER,     /* anything else under \Registry\Machine */
	RC_USER_CURRENT,      /* \Registry\User\CurrentUser */
	RC_USER_OTHER,        /* \Registry\User\... */
};

struct reg_path_info {
	enum reg_class cls;
	char service[128];    /* named service, when RC_SERVICE/RC_OTHER_SERVICE */
};

/* How bad touching a classified key is, per environment and access. Returns
 * false when the access is tolerated (HARDWARE reads, SERIALCOMM writes,
 * an app's HKCU, ...). `target` is static text like "own-service-parameters-read". */
struct reg_verdict {
	enum severity sev;
	char target[64];
	enum proposal_kind pk;
	const char *what;     /* human words: "the driver's own Parameters key" */
};
bool sr_judge_registry(const struct reg_path_info *ri, bool write, enum env e, bool user_root, struct reg_verdict *out);

void sr_classify_registry(const char *path, const char *own_target_name, struct reg_path_info *out);
const char *sr_reg_class_name(enum reg_class c);

/* File/device name classes. */
enum path_class {
	PC_UNKNOWN = 0,
	PC_ISOLATED,          /* built on a directory the system hands out */
	PC_ALLOWED,           /* \DriverData\, %ProgramData%, %TEMP%, ... */
	PC_DRIVER_DIR,        /* System32\drivers (the driver's own binary, pre-store) */
	PC_GLOBAL_FILE,       /* a fixed global place: \??\C:\, \SystemRoot\, C:\... */
	PC_DEVICE,            /* \Device\X, \DosDevices\X, \\.\X, \\?\GLOBALROOT\Device\X */
	PC_RELATIVE,          /* relative name (to a root handle or the CWD) */
};

enum path_class sr_classify_path(const char *text);
/* The device/link name without its namespace prefix, lowercased (malloc'd), or NULL. */
char *sr_device_short_name(const char *text);
bool sr_is_own_name(const struct sr_ctx *c, const char *text);

enum env sr_environment(const struct sr_ctx *c, size_t tu);
int sr_target_build(const struct sr_ctx *c, size_t tu);
const char *sr_own_target_name(const struct sr_ctx *c, size_t tu);

/* Report one finding at `call` (the sink). `v` supplies the evidence chain (may
 * be NULL); `sink` describes the sink step ("ZwOpenKey argument 3 (ObjectAttributes)").
 * Returns NULL (nothing reported) for a call rebuilt from tokens inside `#if 0`. */
struct finding *sr_report(struct sr_ctx *c, size_t tu, const struct fcall *call, const char *rule,
			  enum severity sev, const struct vt_value *v, const char *sink, const char *target,
			  enum proposal_kind pk, const char *message_fmt, ...) __attribute__((format(printf, 10, 11)));

/* Is the sink the down-level branch of the documented resolve-and-fall-back
 * pattern? True when the sink's function also calls one of the isolation
 * routines in `names` (NULL-terminated) through a pointer named after it
 * (pIoOpenDriverRegistryKey from MmGetSystemRoutineAddress), or directly next
 * to a run-time availability check. Such sinks are reported only with
 * --verbose, as notes: it is the pattern driso proposes for old targets. */
bool sr_is_downlevel_fallback(struct sr_ctx *c, size_t tu, const struct fcall *sink, const char *const *names);
/* Report the tolerated fallback as a note when --verbose; always returns true. */
bool sr_note_fallback(struct sr_ctx *c, size_t tu, const struct fcall *sink, const char *rule, const struct vt_value *v);

/* Argument i of a call (NULL when absent). */
const struct fexpr *sr_arg(const struct fcall *call, int i);
/* Integer value of an argument via value tracking; false when unknown. */
bool sr_int_arg(struct sr_ctx *c, size_t tu, const struct fcall *call, int i, long long *out);

/* Run `stmt` (a check that may report) for the sink `call`, once per caller
 * of its function when it has several (a wrapper called with different
 * paths), stopping at the first caller that produced a finding. */
#define SR_PER_CALLER(c, tu, call, stmt)                                                  \
	do {                                                                              \
		size_t before_ = (c)->out->n;                                             \
		int ncallers_ = vt_n_callers((c)->vt, (tu), (call)->func);                \
		if (ncallers_ > 8)                                                        \
			ncallers_ = 8;                                                    \
		for (int k_ = ncallers_ > 1 ? 0 : -1; k_ < (ncallers_ > 1 ? ncallers_ : 0); k_++) { \
			vt_choose_caller((c)->vt, (tu), (call)->func, k_);                \
			stmt;                                                             \
			if ((c)->out->n > before_)                                        \
				break;                                                    \
		}                                                                         \
		vt_choose_caller((c)->vt, 0, -1, -1);                                     \
	} while (0)

/* Families. */
void rule_registry_absolute(struct sr_ctx *c);
void rule_registry_relative_root(struct sr_ctx *c);
void rule_params_write(struct sr_ctx *c);
void rule_driver_path(struct sr_ctx *c);
void rule_file_write_global(struct sr_ctx *c);
void rule_device_name(struct sr_ctx *c);
void rule_interface_discovery(struct sr_ctx *c);

/* Shared by driver-path, file-write-global and device-name: the file/device
 * opening sinks and the name each one opens. */
struct file_sink {
	const char *name;
	int name_arg;      /* string argument, or -1 */
	int oa_arg;        /* OBJECT_ATTRIBUTES argument, or -1 */
	int access_arg;    /* desired access, -1 none */
	int disp_arg;      /* create disposition, -1 none */
	int mode_arg;      /* fopen mode string, -1 none */
	bool user;         /* Win32 dispositions (CREATE_NEW 1 ...) rather than NT (FILE_CREATE 2 ...) */
	bool always_write; /* CopyFile destination, DeleteFile, CreateDirectory, ... */
	bool device_ok;    /* can open a device by name */
};
const struct file_sink *sr_file_sink(const char *callee);
/* The name a file sink opens (string or OA ObjectName), NULL when no name; and
 * whether the open has a non-NULL root directory. */
struct vt_value *sr_file_sink_name(struct sr_ctx *c, size_t tu, const struct fcall *call, const struct file_sink *fs,
				   bool *has_root);
bool sr_file_sink_writes(struct sr_ctx *c, size_t tu, const struct fcall *call, const struct file_sink *fs);

#endif
