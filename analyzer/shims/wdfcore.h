/*
 * driso shim: wdfcore.h (core helpers).
 *
 * Declarations only, for parsing with libclang; not the WDK header. Names,
 * signatures and fields were transcribed (interface facts only: no
 * comments, annotations or function-table code) from the public,
 * MIT-licensed KMDF 1.33 / UMDF 2.33 headers of
 * microsoft/Windows-Driver-Frameworks; they match the Learn DDI reference. Functions are plain prototypes: the real WDK routes them
 * through a function table, which does not matter for parsing. *_INIT
 * helpers zero the structure, set Size and copy their arguments.
 */
#ifndef DRISO_SHIM_WDFCORE_H
#define DRISO_SHIM_WDFCORE_H
#include "wdftypes.h"
WDF_EXTERN_C_START
#define WDF_TIMEOUT_TO_SEC ((LONGLONG) 1 * 10 * 1000 * 1000)
#define WDF_TIMEOUT_TO_MS ((LONGLONG) 1 * 10 * 1000)
#define WDF_TIMEOUT_TO_US ((LONGLONG) 1 * 10)
LONGLONG WDF_REL_TIMEOUT_IN_SEC(ULONGLONG Time);
LONGLONG WDF_ABS_TIMEOUT_IN_SEC(ULONGLONG Time);
LONGLONG WDF_REL_TIMEOUT_IN_MS(ULONGLONG Time);
LONGLONG WDF_ABS_TIMEOUT_IN_MS(ULONGLONG Time);
LONGLONG WDF_REL_TIMEOUT_IN_US(ULONGLONG Time);
LONGLONG WDF_ABS_TIMEOUT_IN_US(ULONGLONG Time);
size_t WDF_ALIGN_SIZE_DOWN(size_t Length, size_t AlignTo);
size_t WDF_ALIGN_SIZE_UP(size_t Length, size_t AlignTo);

WDF_EXTERN_C_END

#endif
