/*
 * driso shim: wdfglobals.h (driver globals).
 *
 * Declarations only, for parsing with libclang; not the WDK header. Names,
 * signatures and fields were transcribed (interface facts only: no
 * comments, annotations or function-table code) from the public,
 * MIT-licensed KMDF 1.33 / UMDF 2.33 headers of
 * microsoft/Windows-Driver-Frameworks; they match the Learn DDI reference. Functions are plain prototypes: the real WDK routes them
 * through a function table, which does not matter for parsing. *_INIT
 * helpers zero the structure, set Size and copy their arguments.
 */
#ifndef DRISO_SHIM_WDFGLOBALS_H
#define DRISO_SHIM_WDFGLOBALS_H
#include "wdftypes.h"
WDF_EXTERN_C_START
#define WDF_DRIVER_GLOBALS_NAME_LEN (32)
typedef struct _WDF_DRIVER_GLOBALS {
	WDFDRIVER Driver;
	ULONG DriverFlags;
	ULONG DriverTag;
	CHAR DriverName[WDF_DRIVER_GLOBALS_NAME_LEN];
	BOOLEAN DisplaceDriverUnload;
} WDF_DRIVER_GLOBALS, *PWDF_DRIVER_GLOBALS;
extern PWDF_DRIVER_GLOBALS WdfDriverGlobals;

WDF_EXTERN_C_END

#endif
