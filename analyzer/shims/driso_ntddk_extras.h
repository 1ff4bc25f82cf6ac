/*
 * driso_ntddk_extras.h: ntddk.h-level declarations mingw-w64 10 lacks,
 * added by the ntddk.h shim. Declarations only (see driso_shims.h).
 */
#ifndef DRISO_NTDDK_EXTRAS_H
#define DRISO_NTDDK_EXTRAS_H

DRISO_EXTERN_C_START

/* Function-class typedefs of the generic-table callbacks (mingw has only
 * the pointer types). */
#ifndef DRISO_HAVE_RTL_TABLE_ROUTINE_TYPES
#define DRISO_HAVE_RTL_TABLE_ROUTINE_TYPES
typedef RTL_GENERIC_COMPARE_RESULTS NTAPI RTL_AVL_COMPARE_ROUTINE(struct _RTL_AVL_TABLE *Table, PVOID FirstStruct,
	PVOID SecondStruct);
typedef PVOID NTAPI RTL_AVL_ALLOCATE_ROUTINE(struct _RTL_AVL_TABLE *Table, CLONG ByteSize);
typedef VOID NTAPI RTL_AVL_FREE_ROUTINE(struct _RTL_AVL_TABLE *Table, PVOID Buffer);
typedef RTL_GENERIC_COMPARE_RESULTS NTAPI RTL_GENERIC_COMPARE_ROUTINE(struct _RTL_GENERIC_TABLE *Table,
	PVOID FirstStruct, PVOID SecondStruct);
typedef PVOID NTAPI RTL_GENERIC_ALLOCATE_ROUTINE(struct _RTL_GENERIC_TABLE *Table, CLONG ByteSize);
typedef VOID NTAPI RTL_GENERIC_FREE_ROUTINE(struct _RTL_GENERIC_TABLE *Table, PVOID Buffer);
#endif

DRISO_EXTERN_C_END

/* the rest of the header's public declarations mingw lacks (generated) */
#include "driso_ntddk_gen.h"

#endif
