/*
 * driso shim: mbbcxtypes.h, MBBCx 1.0 common types: the MBBREQUEST handle,
 * DSS_SESSION_ID and MBB_DRIVER_GLOBALS. Declarations only; provenance in
 * mbbcx.h.
 */
#ifndef DRISO_SHIM_MBBCXTYPES_H
#define DRISO_SHIM_MBBCXTYPES_H
#include "driso_shims.h"
#include "wdf.h"

DRISO_EXTERN_C_START

typedef struct MBBREQUEST__ { int unused; } *MBBREQUEST;
typedef ULONG DSS_SESSION_ID;

typedef struct _MBB_DRIVER_GLOBALS {
	ULONG Unused;
} MBB_DRIVER_GLOBALS, *PMBB_DRIVER_GLOBALS;

DRISO_EXTERN_C_END

#endif
