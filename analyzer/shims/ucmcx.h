/*
 * driso shim: ucmcx.h (UcmCx.h), the USB connector manager class extension
 * (UcmCx 1.0) umbrella header; the WDK keeps it in ucm/1.0/, which
 * ucm/1.0/ucmcx.h here maps to this file. UCM_DRIVER_GLOBALS and
 * UcmFunctions[] are the WDK's function-table plumbing, declared so that
 * code naming them parses.
 */
#ifndef DRISO_SHIM_UCMCX_H
#define DRISO_SHIM_UCMCX_H
#include "driso_shims.h"
#include "wdf.h"

DRISO_EXTERN_C_START
typedef VOID (*UCMFUNC)(VOID);
extern UCMFUNC UcmFunctions[];
typedef struct _UCM_DRIVER_GLOBALS {
	ULONG Reserved;
} UCM_DRIVER_GLOBALS, *PUCM_DRIVER_GLOBALS;
extern PUCM_DRIVER_GLOBALS UcmDriverGlobals;
DRISO_EXTERN_C_END

#include "ucmtypes.h"
#include "ucmmanager.h"
#endif
