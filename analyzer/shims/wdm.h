/*
 * driso shim: wdm.h. mingw-w64's wdm.h plus kernel declarations it lacks:
 * the driver package isolation DDIs (IoOpenDriverRegistryKey,
 * IoGetDriverDirectory, IoGetDeviceDirectory, IoQueryFullDriverPath,
 * RtlQueryRegistryValueWithFallback), Nt* registry entry points, newer
 * pool allocators and a few others real drivers call (docs/shims.md).
 * Declarations only; each block is guarded so it is skipped when mingw
 * (or an earlier shim) already has it. Prototypes follow the Learn DDI
 * reference pages named in source-rules.md.
 *
 * Structures mingw declares with fewer members than the WDK, completed
 * here while mingw's header is read (member lists per Learn):
 *   CM_PARTIAL_RESOURCE_DESCRIPTOR.u  + DmaV3, Connection
 *   IO_RESOURCE_DESCRIPTOR.u          + Memory40, Memory48, Memory64,
 *                                       DmaV3, Connection
 *   DEVICE_DESCRIPTION                + DmaAddressWidth,
 *                                       DmaControllerInstance,
 *                                       DmaRequestLine, DeviceAddress
 *   DMA_OPERATIONS                    + the version 2/3 operations
 *                                       (GetDmaAdapterInfo ...
 *                                       FreeCommonBufferVector)
 * The extra members are appended after a member mingw declares (a macro
 * named after that member, active only while mingw's wdm.h is read,
 * re-emits it and adds the rest; CM_PARTIAL_RESOURCE_DESCRIPTOR's after
 * DeviceSpecificData, IO_RESOURCE_DESCRIPTOR's after ConfigData, the last
 * member mingw has). In the unions this changes neither
 * size nor offsets; in DEVICE_DESCRIPTION and DMA_OPERATIONS the WDK has
 * them at the end too. MmMapLockedPagesSpecifyCache is re-declared with
 * the WDK's ULONG Priority (mingw: MM_PAGE_PRIORITY, which rejects
 * `NormalPagePriority | MdlMappingNoExecute` in C++).
 *
 * mingw's ddk/oprghdlr.h includes "wdm.h" by a quoted name, past this
 * wrapper; when mingw's wdm.h was already read that way the completions
 * above cannot be made and are skipped (DRISO_WDM_FIXUPS is 0).
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

#if !defined(_WDMDDK_)
#define DRISO_WDM_FIXUPS 1
#include "driso_wdm_members.h"
#pragma push_macro("DeviceSpecificData")
#pragma push_macro("ConfigData")
#pragma push_macro("DmaPort")
#pragma push_macro("BuildMdlFromScatterGatherList")
#undef DeviceSpecificData
#undef ConfigData
#undef DmaPort
#undef BuildMdlFromScatterGatherList
#define DeviceSpecificData DeviceSpecificData; DRISO_CM_PARTIAL_RESOURCE_DESCRIPTOR_MORE
#define ConfigData ConfigData; DRISO_IO_RESOURCE_DESCRIPTOR_MORE
#define DmaPort DmaPort; DRISO_DEVICE_DESCRIPTION_MORE
#define BuildMdlFromScatterGatherList BuildMdlFromScatterGatherList; DRISO_DMA_OPERATIONS_MORE
#define MmMapLockedPagesSpecifyCache driso_mingw_MmMapLockedPagesSpecifyCache
#else
#define DRISO_WDM_FIXUPS 0
#endif

#include_next <wdm.h>

#if DRISO_WDM_FIXUPS
#undef MmMapLockedPagesSpecifyCache
#pragma pop_macro("BuildMdlFromScatterGatherList")
#pragma pop_macro("DmaPort")
#pragma pop_macro("ConfigData")
#pragma pop_macro("DeviceSpecificData")
#endif

#if defined(__cplusplus)
#undef InterlockedBitTestAndSet
#undef InterlockedBitTestAndReset
#endif

/* bug check codes: the WDK's wdm.h includes bugcodes.h */
#include <bugcodes.h>

#include "driso_km_extras.h"
/* the WDK ntdef.h's string types mingw's lacks (ZZ/NZ lists, TCHAR) and
 * its LANG_/SUBLANG_/LOCALE_ ids */
#include "driso_ntdef_extras.h"
#include "driso_km_locale.h"
/* the WDK's ntdef.h min/max, which libstdc++'s NOMINMAX can take away */
#include "driso_minmax.h"

#endif
