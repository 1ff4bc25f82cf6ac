/*
 * driso shim: wdftriage.h (triage info).
 *
 * Declarations only, for parsing with libclang; not the WDK header. Names,
 * signatures and fields were transcribed (interface facts only: no
 * comments, annotations or function-table code) from the public,
 * MIT-licensed KMDF 1.33 / UMDF 2.33 headers of
 * microsoft/Windows-Driver-Frameworks; they match the Learn DDI reference. Functions are plain prototypes: the real WDK routes them
 * through a function table, which does not matter for parsing. *_INIT
 * helpers zero the structure, set Size and copy their arguments.
 */
#ifndef DRISO_SHIM_WDFTRIAGE_H
#define DRISO_SHIM_WDFTRIAGE_H
#include "wdf.h"
WDF_EXTERN_C_START
#if defined(UMDF_VERSION_MAJOR)
#define WDF_01_TRIAGE_INFO_MAJOR_VERSION 1
#define WDF_01_TRIAGE_INFO_MINOR_VERSION 0
typedef struct _WDFOBJECT_TRIAGE_INFO { ULONG RawObjectSize; ULONG ObjectType; ULONG TotalObjectSize; ULONG ChildListHead; ULONG ChildEntry; ULONG Globals; ULONG ParentObject; } WDFOBJECT_TRIAGE_INFO, *PWDFOBJECT_TRIAGE_INFO;
typedef struct _WDFCONTEXT_TRIAGE_INFO { ULONG HeaderSize; ULONG NextHeader; ULONG Object; ULONG TypeInfoPtr; ULONG Context; } WDFCONTEXT_TRIAGE_INFO, *PWDFCONTEXT_TRIAGE_INFO;
typedef struct _WDFCONTEXTTYPE_TRIAGE_INFO { ULONG TypeInfoSize; ULONG ContextSize; ULONG ContextName; } WDFCONTEXTTYPE_TRIAGE_INFO, *PWDFCONTEXTTYPE_TRIAGE_INFO;
typedef struct _WDFQUEUE_TRIAGE_INFO { ULONG QueueSize; ULONG IrpQueue1; ULONG IrpQueue2; ULONG RequestList1; ULONG RequestList2; ULONG FwdProgressContext; ULONG PkgIo; } WDFQUEUE_TRIAGE_INFO, *PWDFQUEUE_TRIAGE_INFO;
typedef struct _WDFFWDPROGRESS_TRIAGE_INFO { ULONG ReservedRequestList; ULONG ReservedRequestInUseList; ULONG PendedIrpList; } WDFFWDPROGRESS_TRIAGE_INFO, *PWDFFWDPROGRESS_TRIAGE_INFO;
typedef struct _WDFIRPQUEUE_TRIAGE_INFO { ULONG IrpQueueSize; ULONG IrpListHeader; ULONG IrpListEntry; ULONG IrpContext; } WDFIRPQUEUE_TRIAGE_INFO, *PWDFIRPQUEUE_TRIAGE_INFO;
typedef struct _WDFREQUEST_TRIAGE_INFO { ULONG RequestSize; ULONG CsqContext; ULONG FxIrp; ULONG ListEntryQueueOwned; ULONG ListEntryQueueOwned2; ULONG RequestListEntry; ULONG FwdProgressList; } WDFREQUEST_TRIAGE_INFO, *PWDFREQUEST_TRIAGE_INFO;
typedef struct _WDFDEVICE_TRIAGE_INFO { ULONG DeviceInitSize; ULONG DeviceDriver; } WDFDEVICE_TRIAGE_INFO, *PWDFDEVICE_TRIAGE_INFO;
typedef struct _WDFIRP_TRIAGE_INFO { ULONG FxIrpSize; ULONG IrpPtr; } WDFIRP_TRIAGE_INFO, *PWDFIRP_TRIAGE_INFO;
typedef struct _WDF_TRIAGE_INFO { ULONG WdfMajorVersion; ULONG WdfMinorVersion; ULONG TriageInfoMajorVersion; ULONG TriageInfoMinorVersion; PVOID Reserved; PWDFOBJECT_TRIAGE_INFO WdfObjectTriageInfo; PWDFCONTEXT_TRIAGE_INFO WdfContextTriageInfo; PWDFCONTEXTTYPE_TRIAGE_INFO WdfContextTypeTriageInfo; PWDFQUEUE_TRIAGE_INFO WdfQueueTriageInfo; PWDFFWDPROGRESS_TRIAGE_INFO WdfFwdProgressTriageInfo; PWDFIRPQUEUE_TRIAGE_INFO WdfIrpQueueTriageInfo; PWDFREQUEST_TRIAGE_INFO WdfRequestTriageInfo; PWDFDEVICE_TRIAGE_INFO WdfDeviceTriageInfo; PWDFIRP_TRIAGE_INFO WdfIrpTriageInfo; } WDF_TRIAGE_INFO, *PWDF_TRIAGE_INFO;

#endif

WDF_EXTERN_C_END

#endif
