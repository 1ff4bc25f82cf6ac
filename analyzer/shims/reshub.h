/*
 * driso shim: reshub.h, resource hub connection paths (WDK-only header).
 *
 * Declarations only, per the Learn reshub.h reference: the resource hub
 * device name and path sizes, and RESOURCE_HUB_CREATE_PATH_FROM_ID, which
 * the WDK implements inline (with RESHUB_USE_HELPER_ROUTINES); here it is
 * a prototype so the call stays visible to value tracking.
 */
#ifndef DRISO_SHIM_RESHUB_H
#define DRISO_SHIM_RESHUB_H
#include "driso_shims.h"

DRISO_EXTERN_C_START

#define RESOURCE_HUB_DEVICE_NAME L"\\Device\\RESOURCE_HUB"
#define RESOURCE_HUB_DEVICE_NAME_CHARS (sizeof(RESOURCE_HUB_DEVICE_NAME) / sizeof(WCHAR) - 1)
#define RESOURCE_HUB_ID_CHARS 16
/* device name, separator, 16 hex digits of the connection id, NUL */
#define RESOURCE_HUB_PATH_CHARS (RESOURCE_HUB_DEVICE_NAME_CHARS + 1 + RESOURCE_HUB_ID_CHARS + 1)
#define RESOURCE_HUB_PATH_SIZE (RESOURCE_HUB_PATH_CHARS * sizeof(WCHAR))

/* struct tag: user-mode TUs may not have the PUNICODE_STRING typedef */
struct _UNICODE_STRING;
NTSTATUS RESOURCE_HUB_CREATE_PATH_FROM_ID(struct _UNICODE_STRING *RequestString, ULONG IdLowPart,
					  ULONG IdHighPart);

DRISO_EXTERN_C_END
#endif
