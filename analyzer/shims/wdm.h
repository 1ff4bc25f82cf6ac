/*
 * driso shim: wdm.h. mingw-w64's wdm.h plus kernel declarations it lacks:
 * the driver package isolation DDIs (IoOpenDriverRegistryKey,
 * IoGetDriverDirectory, IoGetDeviceDirectory, IoQueryFullDriverPath,
 * RtlQueryRegistryValueWithFallback), Nt* registry entry points, newer
 * pool allocators and a few others real drivers call (docs/shims.md).
 * Declarations only; each block is guarded so it is skipped when mingw
 * (or an earlier shim) already has it. Prototypes follow the Learn DDI
 * reference pages named in source-rules.md.
 */
#ifndef DRISO_SHIM_WDM_H_ONCE
#define DRISO_SHIM_WDM_H_ONCE

#include "driso_shims.h"

/* mingw's wdm.h redefines two interlocked intrinsics that its own
 * intrin-impl.h already defines in C++: keep the intrinsics. */
#if defined(__cplusplus)
#include <ntdef.h>
#include <intrin.h>
#define InterlockedBitTestAndSet driso_wdm_InterlockedBitTestAndSet
#define InterlockedBitTestAndReset driso_wdm_InterlockedBitTestAndReset
#endif
#include_next <wdm.h>
#if defined(__cplusplus)
#undef InterlockedBitTestAndSet
#undef InterlockedBitTestAndReset
#endif

#include "driso_km_extras.h"

#endif
