/*
 * driso shim: wdfcompanion.h (UMDF companions).
 *
 * Declarations only, for parsing with libclang; not the WDK header. Names,
 * signatures and fields were transcribed (interface facts only: no
 * comments, annotations or function-table code) from the public,
 * MIT-licensed KMDF 1.33 / UMDF 2.33 headers of
 * microsoft/Windows-Driver-Frameworks; they match the Learn DDI reference. Functions are plain prototypes: the real WDK routes them
 * through a function table, which does not matter for parsing. *_INIT
 * helpers zero the structure, set Size and copy their arguments.
 */
#ifndef DRISO_SHIM_WDFCOMPANION_H
#define DRISO_SHIM_WDFCOMPANION_H
#include "wdf.h"
WDF_EXTERN_C_START
#if defined(UMDF_VERSION_MAJOR)
typedef enum _WDF_TASK_QUEUE_DISPATCH_TYPE { WdfTaskQueueDispatchInvalid = 0, WdfTaskQueueDispatchSequential, WdfTaskQueueDispatchParallel, WdfTaskQueueDispatchMax, } WDF_TASK_QUEUE_DISPATCH_TYPE;
typedef NTSTATUS EVT_WDF_COMPANION_PRE_PREPARE_HARDWARE(WDFCOMPANION Companion, WDFCMRESLIST ResourcesRaw, WDFCMRESLIST ResourcesTranslated);
typedef EVT_WDF_COMPANION_PRE_PREPARE_HARDWARE *PFN_WDF_COMPANION_PRE_PREPARE_HARDWARE;
typedef NTSTATUS EVT_WDF_COMPANION_POST_RELEASE_HARDWARE(WDFCOMPANION Companion, WDFCMRESLIST ResourcesTranslated);
typedef EVT_WDF_COMPANION_POST_RELEASE_HARDWARE *PFN_WDF_COMPANION_POST_RELEASE_HARDWARE;
typedef NTSTATUS EVT_WDF_COMPANION_PRE_D0_ENTRY(WDFCOMPANION Companion, WDF_POWER_DEVICE_STATE PreviousState);
typedef EVT_WDF_COMPANION_PRE_D0_ENTRY *PFN_WDF_COMPANION_PRE_D0_ENTRY;
typedef NTSTATUS EVT_WDF_COMPANION_POST_D0_EXIT(WDFCOMPANION Companion, WDF_POWER_DEVICE_STATE TargetState);
typedef EVT_WDF_COMPANION_POST_D0_EXIT *PFN_WDF_COMPANION_POST_D0_EXIT;
typedef struct _WDF_COMPANION_EVENT_CALLBACKS { ULONG Size; PFN_WDF_COMPANION_PRE_D0_ENTRY EvtCompanionPreD0Entry; PFN_WDF_COMPANION_POST_D0_EXIT EvtCompanionPostD0Exit; PFN_WDF_COMPANION_PRE_PREPARE_HARDWARE EvtCompanionPrePrepareHardware; PFN_WDF_COMPANION_POST_RELEASE_HARDWARE EvtCompanionPostReleaseHardware; } WDF_COMPANION_EVENT_CALLBACKS, *PWDF_COMPANION_EVENT_CALLBACKS;
DRISO_WDF_INLINE VOID WDF_COMPANION_EVENT_CALLBACKS_INIT(PWDF_COMPANION_EVENT_CALLBACKS Callbacks) { RtlZeroMemory(Callbacks, sizeof(*Callbacks)); Callbacks->Size = sizeof(*Callbacks); }
typedef NTSTATUS EVT_WDF_TASK_QUEUE_TASK_EXECUTE_SYNC(WDFTASKQUEUE Queue, PVOID InputBuffer, PVOID OutputBuffer, size_t InputBufferLength, size_t OutputBufferLength, size_t* BytesWritten, ULONG TaskOperationCode);
typedef EVT_WDF_TASK_QUEUE_TASK_EXECUTE_SYNC *PFN_WDF_TASK_QUEUE_TASK_EXECUTE_SYNC;
typedef struct _WDF_TASK_QUEUE_CONFIG { ULONG Size; USHORT TaskQueueId; WDF_TASK_QUEUE_DISPATCH_TYPE DispatchType; PFN_WDF_TASK_QUEUE_TASK_EXECUTE_SYNC EvtTaskExecuteSync; } WDF_TASK_QUEUE_CONFIG, *PWDF_TASK_QUEUE_CONFIG;
DRISO_WDF_INLINE VOID WDF_TASK_QUEUE_CONFIG_INIT(PWDF_TASK_QUEUE_CONFIG Config, USHORT TaskQueueId, WDF_TASK_QUEUE_DISPATCH_TYPE DispatchType) { RtlZeroMemory(Config, sizeof(*Config)); Config->Size = sizeof(*Config); Config->TaskQueueId = TaskQueueId; Config->DispatchType = DispatchType; }
VOID WdfDeviceInitSetCompanionEventCallbacks(PWDFDEVICE_INIT DeviceInit, PWDF_COMPANION_EVENT_CALLBACKS CompanionEventCallbacks);
NTSTATUS WdfCompanionCreate(PWDFDEVICE_INIT* DeviceInit, PWDF_OBJECT_ATTRIBUTES DeviceAttributes, WDFCOMPANION* Companion);
HANDLE WdfCompanionWdmGetSecureDeviceHandle(WDFCOMPANION Companion);
NTSTATUS WdfCompanionCreateTaskQueue(WDFCOMPANION Companion, PWDF_TASK_QUEUE_CONFIG Config, PWDF_OBJECT_ATTRIBUTES QueueAttributes, WDFTASKQUEUE* Queue);

#endif

WDF_EXTERN_C_END

#endif
