/*
 * driso shim: wdfcollection.h (collections).
 *
 * Declarations only, for parsing with libclang; not the WDK header. Names,
 * signatures and fields were transcribed (interface facts only: no
 * comments, annotations or function-table code) from the public,
 * MIT-licensed KMDF 1.33 / UMDF 2.33 headers of
 * microsoft/Windows-Driver-Frameworks; they match the Learn DDI reference. Functions are plain prototypes: the real WDK routes them
 * through a function table, which does not matter for parsing. *_INIT
 * helpers zero the structure, set Size and copy their arguments.
 */
#ifndef DRISO_SHIM_WDFCOLLECTION_H
#define DRISO_SHIM_WDFCOLLECTION_H
#include "wdf.h"
WDF_EXTERN_C_START
NTSTATUS WdfCollectionCreate(PWDF_OBJECT_ATTRIBUTES CollectionAttributes, WDFCOLLECTION* Collection);
ULONG WdfCollectionGetCount(WDFCOLLECTION Collection);
NTSTATUS WdfCollectionAdd(WDFCOLLECTION Collection, WDFOBJECT Object);
VOID WdfCollectionRemove(WDFCOLLECTION Collection, WDFOBJECT Item);
VOID WdfCollectionRemoveItem(WDFCOLLECTION Collection, ULONG Index);
WDFOBJECT WdfCollectionGetItem(WDFCOLLECTION Collection, ULONG Index);
WDFOBJECT WdfCollectionGetFirstItem(WDFCOLLECTION Collection);
WDFOBJECT WdfCollectionGetLastItem(WDFCOLLECTION Collection);

WDF_EXTERN_C_END

#endif
