/*
 * driso shim: wdftraceenums.h (trace enums).
 *
 * Declarations only, for parsing with libclang; not the WDK header. Names,
 * signatures and fields were transcribed (interface facts only: no
 * comments, annotations or function-table code) from the public,
 * MIT-licensed KMDF 1.33 / UMDF 2.33 headers of
 * microsoft/Windows-Driver-Frameworks; they match the Learn DDI reference. Functions are plain prototypes: the real WDK routes them
 * through a function table, which does not matter for parsing. *_INIT
 * helpers zero the structure, set Size and copy their arguments.
 */
#ifndef DRISO_SHIM_WDFTRACEENUMS_H
#define DRISO_SHIM_WDFTRACEENUMS_H
#include "wdftypes.h"
WDF_EXTERN_C_START
#if !defined(UMDF_VERSION_MAJOR)


#endif

WDF_EXTERN_C_END

#endif
