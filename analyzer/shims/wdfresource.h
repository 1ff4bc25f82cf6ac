/*
 * driso shim: wdfresource.h (resource lists).
 *
 * Declarations only, for parsing with libclang; not the WDK header. Names,
 * signatures and fields were transcribed (interface facts only: no
 * comments, annotations or function-table code) from the public,
 * MIT-licensed KMDF 1.33 / UMDF 2.33 headers of
 * microsoft/Windows-Driver-Frameworks; they match the Learn DDI reference. Functions are plain prototypes: the real WDK routes them
 * through a function table, which does not matter for parsing. *_INIT
 * helpers zero the structure, set Size and copy their arguments.
 */
#ifndef DRISO_SHIM_WDFRESOURCE_H
#define DRISO_SHIM_WDFRESOURCE_H
#include "wdf.h"
WDF_EXTERN_C_START
#if defined(UMDF_VERSION_MAJOR)
#define WDF_INSERT_AT_END ((ULONG) -1)
ULONG WdfCmResourceListGetCount(WDFCMRESLIST List);
PCM_PARTIAL_RESOURCE_DESCRIPTOR WdfCmResourceListGetDescriptor(WDFCMRESLIST List, ULONG Index);

#else
#define WDF_INSERT_AT_END ((ULONG) -1)
VOID WdfIoResourceRequirementsListSetSlotNumber(WDFIORESREQLIST RequirementsList, ULONG SlotNumber);
VOID WdfIoResourceRequirementsListSetInterfaceType(WDFIORESREQLIST RequirementsList, INTERFACE_TYPE InterfaceType);
NTSTATUS WdfIoResourceRequirementsListAppendIoResList(WDFIORESREQLIST RequirementsList, WDFIORESLIST IoResList);
NTSTATUS WdfIoResourceRequirementsListInsertIoResList(WDFIORESREQLIST RequirementsList, WDFIORESLIST IoResList, ULONG Index);
ULONG WdfIoResourceRequirementsListGetCount(WDFIORESREQLIST RequirementsList);
WDFIORESLIST WdfIoResourceRequirementsListGetIoResList(WDFIORESREQLIST RequirementsList, ULONG Index);
VOID WdfIoResourceRequirementsListRemove(WDFIORESREQLIST RequirementsList, ULONG Index);
VOID WdfIoResourceRequirementsListRemoveByIoResList(WDFIORESREQLIST RequirementsList, WDFIORESLIST IoResList);
NTSTATUS WdfIoResourceListCreate(WDFIORESREQLIST RequirementsList, PWDF_OBJECT_ATTRIBUTES Attributes, WDFIORESLIST* ResourceList);
NTSTATUS WdfIoResourceListAppendDescriptor(WDFIORESLIST ResourceList, PIO_RESOURCE_DESCRIPTOR Descriptor);
NTSTATUS WdfIoResourceListInsertDescriptor(WDFIORESLIST ResourceList, PIO_RESOURCE_DESCRIPTOR Descriptor, ULONG Index);
VOID WdfIoResourceListUpdateDescriptor(WDFIORESLIST ResourceList, PIO_RESOURCE_DESCRIPTOR Descriptor, ULONG Index);
ULONG WdfIoResourceListGetCount(WDFIORESLIST ResourceList);
PIO_RESOURCE_DESCRIPTOR WdfIoResourceListGetDescriptor(WDFIORESLIST ResourceList, ULONG Index);
VOID WdfIoResourceListRemove(WDFIORESLIST ResourceList, ULONG Index);
VOID WdfIoResourceListRemoveByDescriptor(WDFIORESLIST ResourceList, PIO_RESOURCE_DESCRIPTOR Descriptor);
NTSTATUS WdfCmResourceListAppendDescriptor(WDFCMRESLIST List, PCM_PARTIAL_RESOURCE_DESCRIPTOR Descriptor);
NTSTATUS WdfCmResourceListInsertDescriptor(WDFCMRESLIST List, PCM_PARTIAL_RESOURCE_DESCRIPTOR Descriptor, ULONG Index);
ULONG WdfCmResourceListGetCount(WDFCMRESLIST List);
PCM_PARTIAL_RESOURCE_DESCRIPTOR WdfCmResourceListGetDescriptor(WDFCMRESLIST List, ULONG Index);
VOID WdfCmResourceListRemove(WDFCMRESLIST List, ULONG Index);
VOID WdfCmResourceListRemoveByDescriptor(WDFCMRESLIST List, PCM_PARTIAL_RESOURCE_DESCRIPTOR Descriptor);

#endif

WDF_EXTERN_C_END

#endif
