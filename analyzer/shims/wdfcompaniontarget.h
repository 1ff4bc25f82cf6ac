/*
 * driso shim: wdfcompaniontarget.h (companion targets).
 *
 * Declarations only, for parsing with libclang; not the WDK header. Names,
 * signatures and fields were transcribed (interface facts only: no
 * comments, annotations or function-table code) from the public,
 * MIT-licensed KMDF 1.33 / UMDF 2.33 headers of
 * microsoft/Windows-Driver-Frameworks; they match the Learn DDI reference. Functions are plain prototypes: the real WDK routes them
 * through a function table, which does not matter for parsing. *_INIT
 * helpers zero the structure, set Size and copy their arguments.
 */
#ifndef DRISO_SHIM_WDFCOMPANIONTARGET_H
#define DRISO_SHIM_WDFCOMPANIONTARGET_H
#include "wdf.h"
WDF_EXTERN_C_START
#if !defined(UMDF_VERSION_MAJOR)
typedef enum _WDF_TASK_SEND_OPTIONS_FLAGS { WDF_TASK_SEND_OPTION_TIMEOUT = 0x00000001, WDF_TASK_SEND_OPTION_SYNCHRONOUS = 0x00000002, } WDF_TASK_SEND_OPTIONS_FLAGS;
typedef struct _WDF_TASK_SEND_OPTIONS { ULONG Size; ULONG Flags; LONGLONG Timeout; } WDF_TASK_SEND_OPTIONS, *PWDF_TASK_SEND_OPTIONS;
DRISO_WDF_INLINE VOID WDF_TASK_SEND_OPTIONS_INIT(PWDF_TASK_SEND_OPTIONS Options, ULONG Flags) { RtlZeroMemory(Options, sizeof(*Options)); Options->Size = sizeof(*Options); Options->Flags = Flags; }
NTSTATUS WdfCompanionTargetSendTaskSynchronously(WDFCOMPANIONTARGET CompanionTarget, USHORT TaskQueueIdentifier, ULONG TaskOperationCode, PWDF_MEMORY_DESCRIPTOR InputBuffer, PWDF_MEMORY_DESCRIPTOR OutputBuffer, PWDF_TASK_SEND_OPTIONS TaskOptions, PULONG_PTR BytesReturned);
PEPROCESS WdfCompanionTargetWdmGetCompanionProcess(WDFCOMPANIONTARGET CompanionTarget);

#endif

WDF_EXTERN_C_END

#endif
