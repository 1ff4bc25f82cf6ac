/*
 * scan_prefilter: which translation units the scan must hand to libclang.
 *
 * Most TUs of a driver tree (queues, power, IOCTL plumbing) call no API a
 * source rule looks at and feed no value into one. Parsing them is most of
 * a cold scan's time, so the pipeline asks this module first:
 *
 *  1. Token scan: a TU is kept when its own text, the project-local headers
 *     it includes (#include "x.h" and <x.h> resolved in the including file's
 *     directory, the TU's directory and the -I/-isystem/-iquote/-include
 *     arguments that lie inside the scan root; case-insensitively, with
 *     backslashes; recursively up to a depth bound; each header read once)
 *     or its -D arguments mention a token: a stem of an API some rule
 *     matches (ZwOpenKey, RtlQueryRegistryValues, Reg*, CreateFile,
 *     IoGetDeviceObjectPointer, IoCreateDevice, ...). One PCRE2 pattern,
 *     JIT-compiled. Stems match at a word start only, so Win32 A/W/Ex and
 *     TCHAR spellings (RegOpenKeyEx, CreateFile, _tfopen) are covered.
 *
 *  2. Fixpoint: values cross TUs (a wrapper called with a literal from
 *     another TU, RegistryPath saved in a global by DriverEntry, a path
 *     built by a helper defined elsewhere, a device-extension field filled
 *     in AddDevice). After the kept TUs of a project are parsed,
 *     scan_prefilter_expand() computes from their facts the functions the
 *     rules can reach (those with a rule call, their callers, callees and
 *     the writers of the globals and fields they read), and the names a
 *     skipped TU could contribute through: those functions' names, the
 *     globals, fields and undeclared names they use, the project functions
 *     they call that no parsed TU defines, and what the source fixes look
 *     up by name (DriverEntry, g_DriverObject, the sink TUs' globals). A
 *     skipped TU of the same project whose text or headers mention any of
 *     them (word-bounded PCRE2 alternation, JIT) is parsed too. The caller
 *     repeats until nothing is added; the rules then run on everything
 *     parsed, per project.
 *
 * Guarantee: findings are byte-identical to parsing every TU (checked by
 * tests/cli/scan_prefilter.sh on cross-TU fixtures and docs/performance.md
 * on real trees). A TU that cannot be read, or that uses a computed
 * #include, is always kept. What a skipped TU would have added is only a
 * parse error from libclang failing outright (never a finding).
 *
 * Not thread-safe: one scan_prefilter per pipeline, used from one thread.
 */
#ifndef DRISO_SCAN_PREFILTER_H
#define DRISO_SCAN_PREFILTER_H

#include "analyzer/compile_env.h"
#include "analyzer/facts.h"

#include <stdbool.h>
#include <stddef.h>

struct scan_prefilter;

/* `root` bounds which include directories count as the tree's own. */
struct scan_prefilter *scan_prefilter_new(const char *root);
void scan_prefilter_free(struct scan_prefilter *pf);

/* Step 1: must this TU be parsed on its own account? */
bool scan_prefilter_keep(struct scan_prefilter *pf, const struct tu_config *cfg);

/*
 * Step 2, one project at a time: cfgs[i] and facts[i] (NULL = not parsed)
 * for its n TUs. Sets add[i] for each unparsed TU that must now be parsed
 * and returns how many. Call again after parsing them until it returns 0.
 */
size_t scan_prefilter_expand(struct scan_prefilter *pf, const struct tu_config *const *cfgs,
			     struct tu_facts *const *facts, size_t n, bool *add);

/* Does `text` (len bytes) mention a rule token? For tests. */
bool scan_prefilter_text_has_token(struct scan_prefilter *pf, const char *text, size_t len);

struct scan_prefilter_stats {
	size_t tus;            /* TUs asked about in step 1 */
	size_t kept_by_token;  /* kept by step 1 */
	size_t added;          /* added by step 2 */
	size_t rounds;         /* step 2 calls that added something */
	size_t headers;        /* distinct project headers read */
};
void scan_prefilter_get_stats(const struct scan_prefilter *pf, struct scan_prefilter_stats *out);

#endif
