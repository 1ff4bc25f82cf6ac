/*
 * driso shim: prminterface.h, the Platform Runtime Mechanism (PRM)
 * interface through which kernel drivers run UEFI PRM handlers (WDK-only
 * header). Declarations only, from the Learn prminterface.h reference and
 * the "Windows kernel-mode PRM library" page (ExGetPrmInterface,
 * PRM_INTERFACE and its PRM_* routine types; member order of PRM_INTERFACE
 * as quoted in the Windows-driver-samples PrmFunc sample), plus the older
 * PRM_DRIVER_INTERFACE_STANDARD query interface (checked against the WDK
 * header copy in microsoft/wdkmetadata; facts only, own layout).
 * PRM_INTERFACE_STANDARD_VERSION is not published: driso value. The GUIDs
 * are declared, not defined.
 */
#ifndef DRISO_SHIM_PRMINTERFACE_H
#define DRISO_SHIM_PRMINTERFACE_H
#include "driso_shims.h"

DRISO_EXTERN_C_START

typedef NTSTATUS PRM_HANDLER_ROUTINE(PVOID ParameterBuffer, PVOID ContextBuffer);
typedef PRM_HANDLER_ROUTINE *PPRM_HANDLER_ROUTINE;
typedef NTSTATUS PRM_INVOKE_HANDLER(LPGUID HandlerGuid, PVOID ParameterBuffer, ULONG Reserved, PULONG64 EfiStatus);
typedef PRM_INVOKE_HANDLER *PPRM_INVOKE_HANDLER;
typedef NTSTATUS PRM_QUERY_HANDLER(LPGUID HandlerGuid, PBOOLEAN Found);
typedef PRM_QUERY_HANDLER *PPRM_QUERY_HANDLER;
typedef NTSTATUS PRM_LOCK_MODULE(LPGUID HandlerGuid);
typedef PRM_LOCK_MODULE *PPRM_LOCK_MODULE;
typedef NTSTATUS PRM_UNLOCK_MODULE(LPGUID HandlerGuid);
typedef PRM_UNLOCK_MODULE *PPRM_UNLOCK_MODULE;

/* Windows 11 24H2: direct-call interface (version 1 per Learn) */
typedef struct _PRM_INTERFACE {
	ULONG Version;
	PPRM_UNLOCK_MODULE UnlockModule;
	PPRM_LOCK_MODULE LockModule;
	PPRM_INVOKE_HANDLER InvokeHandler;
	PPRM_QUERY_HANDLER QueryHandler;
} PRM_INTERFACE, *PPRM_INTERFACE;

NTSTATUS ExGetPrmInterface(ULONG Version, PPRM_INTERFACE InterfaceOut);

/* the query-interface (IRP_MN_QUERY_INTERFACE) form */
typedef struct _PRM_DRIVER_INTERFACE_STANDARD {
	USHORT Size;
	USHORT Version;
	PVOID Context;
	PINTERFACE_REFERENCE InterfaceReference;
	PINTERFACE_DEREFERENCE InterfaceDereference;
	PPRM_INVOKE_HANDLER InvokeHandler;
	PPRM_QUERY_HANDLER QueryHandler;
	PPRM_LOCK_MODULE LockModule;
	PPRM_UNLOCK_MODULE UnlockModule;
} PRM_DRIVER_INTERFACE_STANDARD, *PPRM_DRIVER_INTERFACE_STANDARD;

#define PRM_INTERFACE_STANDARD_VERSION 0x11
extern const GUID GUID_PRM_DEVICE;
extern const GUID GUID_PRM_DRIVER_INTERFACE_STANDARD;

DRISO_EXTERN_C_END
#endif
