/*
 * scan_pch: one precompiled header per compile configuration for the common
 * driver headers, reused by every TU of that configuration.
 *
 * Most of a driver TU's parse time is ntddk.h/wdf.h/windows.h. TUs with the
 * same flags and language share one PCH built (through libclang) from the
 * header set their model starts with: <ntddk.h> (+ <wdf.h> for KMDF) in
 * kernel mode, <windows.h> (+ <wdf.h> for UMDF) in user mode.
 *
 * A TU uses the PCH only when that cannot change what it parses as: its own
 * text and the project headers it includes (resolved in its directory and
 * -I directories, three levels deep) include the PCH's headers, include
 * none of the headers that must come first or change them (ntifs.h,
 * fltKernel.h, ndis.h, initguid.h, ...), and #define nothing before their
 * first #include. Anything else parses exactly as without the PCH. A PCH
 * that fails to build is simply not used. The findings are identical with
 * and without (tests/cli/scan_pch.sh checks real shapes).
 */
#ifndef DRISO_SCAN_PCH_H
#define DRISO_SCAN_PCH_H

#include "analyzer/compile_env.h"

#include <stddef.h>

struct scan_pch;

struct scan_pch *scan_pch_new(void);
/* Rewrite cfgs[i] in place to use a shared PCH where safe (args gain
 * -include-pch; the new arrays are owned by pch). Builds PCHs as needed. */
void scan_pch_apply(struct scan_pch *pch, struct tu_config *cfgs, size_t n);
/* Number of TUs that got a PCH, and PCHs built. */
void scan_pch_stats(const struct scan_pch *pch, size_t *tus, size_t *built);
/* Remove the PCH files and free everything. */
void scan_pch_free(struct scan_pch *pch);

#endif
