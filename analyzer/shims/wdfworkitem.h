/*
 * driso shim: wdfworkitem.h (work items).
 *
 * Declarations only, for parsing with libclang; not the WDK header. Names,
 * signatures and fields were transcribed (interface facts only: no
 * comments, annotations or function-table code) from the public,
 * MIT-licensed KMDF 1.33 / UMDF 2.33 headers of
 * microsoft/Windows-Driver-Frameworks; they match the Learn DDI reference. Functions are plain prototypes: the real WDK routes them
 * through a function table, which does not matter for parsing. *_INIT
 * helpers zero the structure, set Size and copy their arguments.
 */
#ifndef DRISO_SHIM_WDFWORKITEM_H
#define DRISO_SHIM_WDFWORKITEM_H
#include "wdf.h"
WDF_EXTERN_C_START
typedef VOID EVT_WDF_WORKITEM(WDFWORKITEM WorkItem);
typedef EVT_WDF_WORKITEM *PFN_WDF_WORKITEM;
typedef struct _WDF_WORKITEM_CONFIG { ULONG Size; PFN_WDF_WORKITEM EvtWorkItemFunc; BOOLEAN AutomaticSerialization; } WDF_WORKITEM_CONFIG, *PWDF_WORKITEM_CONFIG;
DRISO_WDF_INLINE VOID WDF_WORKITEM_CONFIG_INIT(PWDF_WORKITEM_CONFIG Config, PFN_WDF_WORKITEM EvtWorkItemFunc) { RtlZeroMemory(Config, sizeof(*Config)); Config->Size = sizeof(*Config); Config->EvtWorkItemFunc = EvtWorkItemFunc; }
NTSTATUS WdfWorkItemCreate(PWDF_WORKITEM_CONFIG Config, PWDF_OBJECT_ATTRIBUTES Attributes, WDFWORKITEM* WorkItem);
VOID WdfWorkItemEnqueue(WDFWORKITEM WorkItem);
WDFOBJECT WdfWorkItemGetParentObject(WDFWORKITEM WorkItem);
VOID WdfWorkItemFlush(WDFWORKITEM WorkItem);

WDF_EXTERN_C_END

#endif
