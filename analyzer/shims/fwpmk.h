/*
 * driso shim: fwpmk.h (WFP management functions for kernel-mode callout
 * drivers; WDK header mingw-w64 lacks).
 *
 * Written from the fwpmk.h and fwpmu.h references on Learn. The kernel
 * functions have the user-mode (fwpmu.h) parameter lists but return
 * NTSTATUS. Types come from mingw's fwptypes.h/fwpmtypes.h through
 * driso_fwp_base.h; layer/sublayer/condition GUIDs are declared in
 * driso_fwpm_guids.h; versionless names (FwpmEngineOpen, FWPM_FILTER, ...)
 * from fwpvi.h. In a user-mode TU this header gives mingw's fwpmu.h.
 */
#ifndef DRISO_SHIM_FWPMK_H
#define DRISO_SHIM_FWPMK_H
#include "driso_shims.h"

#if !DRISO_KERNEL
#include "fwpmu.h"
#else
#include "driso_fwp_base.h"
#include "driso_fwpm_extras.h"
#include "driso_fwpm_guids.h"
#include "fwpvi.h"

DRISO_EXTERN_C_START

#ifndef DRISO_HAVE_KM_SEC_WINNT_AUTH_IDENTITY_W
#define DRISO_HAVE_KM_SEC_WINNT_AUTH_IDENTITY_W
typedef struct _SEC_WINNT_AUTH_IDENTITY_W SEC_WINNT_AUTH_IDENTITY_W;
#endif

#ifndef RPC_C_AUTHN_WINNT
#define RPC_C_AUTHN_NONE 0
#define RPC_C_AUTHN_WINNT 10
#define RPC_C_AUTHN_DEFAULT 0xFFFFFFFFL
#endif

NTSTATUS NTAPI FwpmEngineOpen0(const wchar_t *serverName, UINT32 authnService,
	SEC_WINNT_AUTH_IDENTITY_W *authIdentity, const FWPM_SESSION0 *session, HANDLE *engineHandle);
NTSTATUS NTAPI FwpmEngineClose0(HANDLE engineHandle);
NTSTATUS NTAPI FwpmTransactionBegin0(HANDLE engineHandle, UINT32 flags);
NTSTATUS NTAPI FwpmTransactionCommit0(HANDLE engineHandle);
NTSTATUS NTAPI FwpmTransactionAbort0(HANDLE engineHandle);
void NTAPI FwpmFreeMemory0(void **p);

NTSTATUS NTAPI FwpmProviderAdd0(HANDLE engineHandle, const FWPM_PROVIDER0 *provider, PSECURITY_DESCRIPTOR sd);
NTSTATUS NTAPI FwpmProviderDeleteByKey0(HANDLE engineHandle, const GUID *key);
NTSTATUS NTAPI FwpmProviderGetByKey0(HANDLE engineHandle, const GUID *key, FWPM_PROVIDER0 **provider);

NTSTATUS NTAPI FwpmSubLayerAdd0(HANDLE engineHandle, const FWPM_SUBLAYER0 *subLayer, PSECURITY_DESCRIPTOR sd);
NTSTATUS NTAPI FwpmSubLayerDeleteByKey0(HANDLE engineHandle, const GUID *key);
NTSTATUS NTAPI FwpmSubLayerGetByKey0(HANDLE engineHandle, const GUID *key, FWPM_SUBLAYER0 **subLayer);

NTSTATUS NTAPI FwpmCalloutAdd0(HANDLE engineHandle, const FWPM_CALLOUT0 *callout, PSECURITY_DESCRIPTOR sd, UINT32 *id);
NTSTATUS NTAPI FwpmCalloutDeleteById0(HANDLE engineHandle, UINT32 id);
NTSTATUS NTAPI FwpmCalloutDeleteByKey0(HANDLE engineHandle, const GUID *key);
NTSTATUS NTAPI FwpmCalloutGetByKey0(HANDLE engineHandle, const GUID *key, FWPM_CALLOUT0 **callout);
NTSTATUS NTAPI FwpmCalloutGetById0(HANDLE engineHandle, UINT32 id, FWPM_CALLOUT0 **callout);

NTSTATUS NTAPI FwpmFilterAdd0(HANDLE engineHandle, const FWPM_FILTER0 *filter, PSECURITY_DESCRIPTOR sd, UINT64 *id);
NTSTATUS NTAPI FwpmFilterDeleteById0(HANDLE engineHandle, UINT64 id);
NTSTATUS NTAPI FwpmFilterDeleteByKey0(HANDLE engineHandle, const GUID *key);
NTSTATUS NTAPI FwpmFilterGetById0(HANDLE engineHandle, UINT64 id, FWPM_FILTER0 **filter);
NTSTATUS NTAPI FwpmFilterGetByKey0(HANDLE engineHandle, const GUID *key, FWPM_FILTER0 **filter);

NTSTATUS NTAPI FwpmProviderContextAdd0(HANDLE engineHandle, const FWPM_PROVIDER_CONTEXT0 *providerContext,
	PSECURITY_DESCRIPTOR sd, UINT64 *id);
NTSTATUS NTAPI FwpmProviderContextAdd1(HANDLE engineHandle, const FWPM_PROVIDER_CONTEXT1 *providerContext,
	PSECURITY_DESCRIPTOR sd, UINT64 *id);
NTSTATUS NTAPI FwpmProviderContextAdd2(HANDLE engineHandle, const FWPM_PROVIDER_CONTEXT2 *providerContext,
	PSECURITY_DESCRIPTOR sd, UINT64 *id);
NTSTATUS NTAPI FwpmProviderContextGetByKey1(HANDLE engineHandle, const GUID *key,
	FWPM_PROVIDER_CONTEXT1 **providerContext);
NTSTATUS NTAPI FwpmProviderContextGetByKey2(HANDLE engineHandle, const GUID *key,
	FWPM_PROVIDER_CONTEXT2 **providerContext);
NTSTATUS NTAPI FwpmProviderContextGetById0(HANDLE engineHandle, UINT64 id, FWPM_PROVIDER_CONTEXT0 **providerContext);
NTSTATUS NTAPI FwpmProviderContextGetById1(HANDLE engineHandle, UINT64 id, FWPM_PROVIDER_CONTEXT1 **providerContext);
NTSTATUS NTAPI FwpmProviderContextGetById2(HANDLE engineHandle, UINT64 id, FWPM_PROVIDER_CONTEXT2 **providerContext);
NTSTATUS NTAPI FwpmProviderContextDeleteById0(HANDLE engineHandle, UINT64 id);
NTSTATUS NTAPI FwpmProviderContextDeleteByKey0(HANDLE engineHandle, const GUID *key);
NTSTATUS NTAPI FwpmProviderContextGetByKey0(HANDLE engineHandle, const GUID *key,
	FWPM_PROVIDER_CONTEXT0 **providerContext);

FWPM_SERVICE_STATE NTAPI FwpmBfeStateGet0(void);
NTSTATUS NTAPI FwpmBfeStateSubscribeChanges0(void *deviceObject, FWPM_SERVICE_STATE_CHANGE_CALLBACK0 callback,
	void *context, HANDLE *changeHandle);
NTSTATUS NTAPI FwpmBfeStateUnsubscribeChanges0(HANDLE changeHandle);

DRISO_EXTERN_C_END
#endif /* DRISO_KERNEL */
#endif
