/*
 * driso shim: fwpmu.h (wraps mingw-w64's).
 *
 * mingw's fwpmu.h has the Fwpm* functions but none of the management GUIDs
 * (FWPM_LAYER_*, FWPM_SUBLAYER_*, FWPM_CONDITION_*), the object flag
 * constants, the versionless names or the Windows 8 provider-context
 * functions: added here (driso_fwpm_guids.h, driso_fwpm_extras.h, fwpvi.h).
 */
#ifndef DRISO_SHIM_FWPMU_H
#define DRISO_SHIM_FWPMU_H
#include "driso_shims.h"
#if DRISO_KERNEL
#include "fwpmk.h"
#else
#include_next <fwpmu.h>
#include "driso_fwpm_extras.h"
#include "driso_fwpm_guids.h"
#include "fwpvi.h"

/* Windows 8 provider-context functions (FWPM_PROVIDER_CONTEXT2); mingw
 * declares versions 0 and 1 only. */
DRISO_EXTERN_C_START
DWORD WINAPI FwpmProviderContextAdd2(HANDLE engineHandle, const FWPM_PROVIDER_CONTEXT2 *providerContext,
	PSECURITY_DESCRIPTOR sd, UINT64 *id);
DWORD WINAPI FwpmProviderContextEnum2(HANDLE engineHandle, HANDLE enumHandle, UINT32 numEntriesRequested,
	FWPM_PROVIDER_CONTEXT2 ***entries, UINT32 *numEntriesReturned);
DWORD WINAPI FwpmProviderContextGetById2(HANDLE engineHandle, UINT64 id, FWPM_PROVIDER_CONTEXT2 **providerContext);
DWORD WINAPI FwpmProviderContextGetByKey2(HANDLE engineHandle, const GUID *key,
	FWPM_PROVIDER_CONTEXT2 **providerContext);
DRISO_EXTERN_C_END
#endif
#endif
