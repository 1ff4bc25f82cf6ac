/*
 * driso shim: treevariableservice.h (TrEEVariableService.h), the UEFI
 * variable service a TrEE miniport offers the OS (kernel, WDK-only
 * header). Declarations only, from the Learn treevariableservice.h
 * reference (member order checked against the WDK header copy in
 * microsoft/wdkmetadata; facts only, own layout). The EFI_VARIABLE_*
 * attribute bits are the UEFI specification's; as in the WDK, CHAR16 (the
 * UEFI character type) must be defined by the includer. The
 * EFI_SET_VARIABLE_GET_* accessors are the documented offset arithmetic.
 *
 * Values: the EFI_VARIABLE_FUNCTION_* request codes are not published on
 * Learn: distinct driso values. GUID_EFI_VARIABLE_SERVICE is declared, not
 * defined.
 */
#ifndef DRISO_SHIM_TREEVARIABLESERVICE_H
#define DRISO_SHIM_TREEVARIABLESERVICE_H
#include "driso_shims.h"

DRISO_EXTERN_C_START

extern const GUID GUID_EFI_VARIABLE_SERVICE;

#define EFI_VARIABLE_FUNCTION_GET_VARIABLE 0x51
#define EFI_VARIABLE_FUNCTION_GET_NEXT_VARIABLE_NAME 0x52
#define EFI_VARIABLE_FUNCTION_SET_VARIABLE 0x53
#define EFI_VARIABLE_FUNCTION_QUERY_VARIABLE_INFO 0x54

#define EFI_VARIABLE_NON_VOLATILE 0x00000001
#define EFI_VARIABLE_BOOTSERVICE_ACCESS 0x00000002
#define EFI_VARIABLE_RUNTIME_ACCESS 0x00000004
#define EFI_VARIABLE_HARDWARE_ERROR_RECORD 0x00000008
#define EFI_VARIABLE_AUTHENTICATED_WRITE_ACCESS 0x00000010
#define EFI_VARIABLE_TIME_BASED_AUTHENTICATED_WRITE_ACCESS 0x00000020
#define EFI_VARIABLE_APPEND_WRITE 0x00000040

typedef ULONG_PTR EFI_VARIABLE_STATUS, *PEFI_VARIABLE_STATUS;

typedef struct _EFI_GET_VARIABLE_IN {
	GUID VendorGuid;
	CHAR16 VariableName[ANYSIZE_ARRAY];
} EFI_GET_VARIABLE_IN, *PEFI_GET_VARIABLE_IN;

typedef struct _EFI_GET_VARIABLE_OUT {
	EFI_VARIABLE_STATUS EfiStatus;
	ULONG Attributes;
	SIZE_T DataSize;
	UCHAR Data[ANYSIZE_ARRAY];
} EFI_GET_VARIABLE_OUT, *PEFI_GET_VARIABLE_OUT;

typedef struct _EFI_GET_NEXT_VARIABLE_NAME_IN {
	GUID VendorGuid;
	CHAR16 VariableName[ANYSIZE_ARRAY];
} EFI_GET_NEXT_VARIABLE_NAME_IN, *PEFI_GET_NEXT_VARIABLE_NAME_IN;

typedef struct _EFI_GET_NEXT_VARIABLE_NAME_OUT {
	EFI_VARIABLE_STATUS EfiStatus;
	GUID VendorGuid;
	ULONG NameLength;
	CHAR16 VariableName[ANYSIZE_ARRAY];
} EFI_GET_NEXT_VARIABLE_NAME_OUT, *PEFI_GET_NEXT_VARIABLE_NAME_OUT;

typedef struct _EFI_SET_VARIABLE_IN {
	ULONG VariableNameOffset;
	GUID VendorGuid;
	ULONG Attributes;
	SIZE_T DataSize;
	ULONG DataOffset;
	UCHAR Buffer[ANYSIZE_ARRAY];
} EFI_SET_VARIABLE_IN, *PEFI_SET_VARIABLE_IN;

#define EFI_SET_VARIABLE_GET_VARIABLE_NAME(SetVariable) \
	((CHAR16 *)((ULONG_PTR)(SetVariable) + (SetVariable)->VariableNameOffset))
#define EFI_SET_VARIABLE_GET_DATA(SetVariable) ((VOID *)((ULONG_PTR)(SetVariable) + (SetVariable)->DataOffset))

typedef struct _EFI_SET_VARIABLE_OUT {
	EFI_VARIABLE_STATUS EfiStatus;
} EFI_SET_VARIABLE_OUT, *PEFI_SET_VARIABLE_OUT;

typedef struct _EFI_QUERY_VARIABLE_INFO_IN {
	ULONG Attributes;
} EFI_QUERY_VARIABLE_INFO_IN, *PEFI_QUERY_VARIABLE_INFO_IN;

typedef struct _EFI_QUERY_VARIABLE_INFO_OUT {
	EFI_VARIABLE_STATUS EfiStatus;
	ULONGLONG MaximumVariableStorageSize;
	ULONGLONG RemainingVariableStorageSize;
	ULONGLONG MaximumVariableSize;
} EFI_QUERY_VARIABLE_INFO_OUT, *PEFI_QUERY_VARIABLE_INFO_OUT;

DRISO_EXTERN_C_END
#endif
