/*
 * driso shim: wdfrequest.h (requests).
 *
 * Declarations only, for parsing with libclang; not the WDK header. Names,
 * signatures and fields were transcribed (interface facts only: no
 * comments, annotations or function-table code) from the public,
 * MIT-licensed KMDF 1.33 / UMDF 2.33 headers of
 * microsoft/Windows-Driver-Frameworks; they match the Learn DDI reference. Functions are plain prototypes: the real WDK routes them
 * through a function table, which does not matter for parsing. *_INIT
 * helpers zero the structure, set Size and copy their arguments.
 */
#ifndef DRISO_SHIM_WDFREQUEST_H
#define DRISO_SHIM_WDFREQUEST_H
#include "wdf.h"
WDF_EXTERN_C_START
#if defined(UMDF_VERSION_MAJOR)
typedef enum _WDF_REQUEST_REUSE_FLAGS { WDF_REQUEST_REUSE_NO_FLAGS = 0x00000000, WDF_REQUEST_REUSE_SET_NEW_IRP = 0x00000001, } WDF_REQUEST_REUSE_FLAGS;
typedef enum _WDF_REQUEST_STOP_ACTION_FLAGS { WdfRequestStopActionInvalid = 0, WdfRequestStopActionSuspend = 0x01, WdfRequestStopActionPurge = 0x2, WdfRequestStopRequestCancelable = 0x10000000, } WDF_REQUEST_STOP_ACTION_FLAGS;
typedef enum _WDF_REQUEST_SEND_OPTIONS_FLAGS { WDF_REQUEST_SEND_OPTION_TIMEOUT = 0x00000001, WDF_REQUEST_SEND_OPTION_SYNCHRONOUS = 0x00000002, WDF_REQUEST_SEND_OPTION_IGNORE_TARGET_STATE = 0x00000004, WDF_REQUEST_SEND_OPTION_SEND_AND_FORGET = 0x00000008, WDF_REQUEST_SEND_OPTION_IMPERSONATE_CLIENT = 0x00010000, WDF_REQUEST_SEND_OPTION_IMPERSONATION_IGNORE_FAILURE = 0x00020000, } WDF_REQUEST_SEND_OPTIONS_FLAGS;
typedef VOID EVT_WDF_REQUEST_CANCEL(WDFREQUEST Request);
typedef EVT_WDF_REQUEST_CANCEL *PFN_WDF_REQUEST_CANCEL;
typedef struct _WDF_REQUEST_PARAMETERS { USHORT Size; UCHAR MinorFunction; WDF_REQUEST_TYPE Type; union { struct { PIO_SECURITY_CONTEXT SecurityContext; ULONG Options; USHORT POINTER_ALIGNMENT FileAttributes; USHORT ShareAccess; ULONG POINTER_ALIGNMENT EaLength; } Create; struct { size_t Length; ULONG POINTER_ALIGNMENT Key; LONGLONG DeviceOffset; } Read; struct { size_t Length; ULONG POINTER_ALIGNMENT Key; LONGLONG DeviceOffset; } Write; struct { size_t OutputBufferLength; size_t POINTER_ALIGNMENT InputBufferLength; ULONG POINTER_ALIGNMENT IoControlCode; PVOID Type3InputBuffer; } DeviceIoControl; struct { PVOID Arg1; PVOID Arg2; ULONG POINTER_ALIGNMENT IoControlCode; PVOID Arg4; } Others; } Parameters; } WDF_REQUEST_PARAMETERS, *PWDF_REQUEST_PARAMETERS;
DRISO_WDF_INLINE VOID WDF_REQUEST_PARAMETERS_INIT(PWDF_REQUEST_PARAMETERS Parameters) { RtlZeroMemory(Parameters, sizeof(*Parameters)); Parameters->Size = sizeof(*Parameters); }
typedef struct _WDF_USB_REQUEST_COMPLETION_PARAMS *PWDF_USB_REQUEST_COMPLETION_PARAMS;
typedef struct _WDF_REQUEST_COMPLETION_PARAMS { ULONG Size; WDF_REQUEST_TYPE Type; IO_STATUS_BLOCK IoStatus; union { struct { WDFMEMORY Buffer; size_t Length; size_t Offset; } Write; struct { WDFMEMORY Buffer; size_t Length; size_t Offset; } Read; struct { ULONG IoControlCode; struct { WDFMEMORY Buffer; size_t Offset; } Input; struct { WDFMEMORY Buffer; size_t Offset; size_t Length; } Output; } Ioctl; struct { union { PVOID Ptr; ULONG_PTR Value; } Argument1; union { PVOID Ptr; ULONG_PTR Value; } Argument2; union { PVOID Ptr; ULONG_PTR Value; } Argument3; union { PVOID Ptr; ULONG_PTR Value; } Argument4; } Others; struct { PWDF_USB_REQUEST_COMPLETION_PARAMS Completion; } Usb; } Parameters; } WDF_REQUEST_COMPLETION_PARAMS, *PWDF_REQUEST_COMPLETION_PARAMS;
DRISO_WDF_INLINE VOID WDF_REQUEST_COMPLETION_PARAMS_INIT(PWDF_REQUEST_COMPLETION_PARAMS Params) { RtlZeroMemory(Params, sizeof(*Params)); Params->Size = sizeof(*Params); }
typedef VOID EVT_WDF_REQUEST_COMPLETION_ROUTINE(WDFREQUEST Request, WDFIOTARGET Target, PWDF_REQUEST_COMPLETION_PARAMS Params, WDFCONTEXT Context);
typedef EVT_WDF_REQUEST_COMPLETION_ROUTINE *PFN_WDF_REQUEST_COMPLETION_ROUTINE;
typedef struct _WDF_REQUEST_REUSE_PARAMS { ULONG Size; ULONG Flags; NTSTATUS Status; PIRP NewIrp; } WDF_REQUEST_REUSE_PARAMS, *PWDF_REQUEST_REUSE_PARAMS;
DRISO_WDF_INLINE VOID WDF_REQUEST_REUSE_PARAMS_INIT(PWDF_REQUEST_REUSE_PARAMS Params, ULONG Flags, NTSTATUS Status) { RtlZeroMemory(Params, sizeof(*Params)); Params->Size = sizeof(*Params); Params->Flags = Flags; Params->Status = Status; }
VOID WDF_REQUEST_REUSE_PARAMS_SET_NEW_IRP(PWDF_REQUEST_REUSE_PARAMS Params, PIRP NewIrp);
typedef struct _WDF_REQUEST_SEND_OPTIONS { ULONG Size; ULONG Flags; LONGLONG Timeout; } WDF_REQUEST_SEND_OPTIONS, *PWDF_REQUEST_SEND_OPTIONS;
DRISO_WDF_INLINE VOID WDF_REQUEST_SEND_OPTIONS_INIT(PWDF_REQUEST_SEND_OPTIONS Options, ULONG Flags) { RtlZeroMemory(Options, sizeof(*Options)); Options->Size = sizeof(*Options); Options->Flags = Flags; }
VOID WDF_REQUEST_SEND_OPTIONS_SET_TIMEOUT(PWDF_REQUEST_SEND_OPTIONS Options, LONGLONG Timeout);
typedef enum _WDF_REQUEST_FORWARD_OPTIONS_FLAGS { WDF_REQUEST_FORWARD_OPTION_SEND_AND_FORGET = 0x00000001 } WDF_REQUEST_FORWARD_OPTIONS_FLAGS;
typedef struct _WDF_REQUEST_FORWARD_OPTIONS { ULONG Size; ULONG Flags; } WDF_REQUEST_FORWARD_OPTIONS, *PWDF_REQUEST_FORWARD_OPTIONS;
DRISO_WDF_INLINE VOID WDF_REQUEST_FORWARD_OPTIONS_INIT(PWDF_REQUEST_FORWARD_OPTIONS ForwardOptions) { RtlZeroMemory(ForwardOptions, sizeof(*ForwardOptions)); ForwardOptions->Size = sizeof(*ForwardOptions); }
typedef VOID EVT_WDF_REQUEST_IMPERSONATE(WDFREQUEST Request, PVOID Context);
typedef EVT_WDF_REQUEST_IMPERSONATE *PFN_WDF_REQUEST_IMPERSONATE;
NTSTATUS WdfRequestCreate(PWDF_OBJECT_ATTRIBUTES RequestAttributes, WDFIOTARGET IoTarget, WDFREQUEST* Request);
ULONG WdfRequestGetRequestorProcessId(WDFREQUEST Request);
NTSTATUS WdfRequestReuse(WDFREQUEST Request, PWDF_REQUEST_REUSE_PARAMS ReuseParams);
NTSTATUS WdfRequestChangeTarget(WDFREQUEST Request, WDFIOTARGET IoTarget);
VOID WdfRequestFormatRequestUsingCurrentType(WDFREQUEST Request);
BOOLEAN WdfRequestSend(WDFREQUEST Request, WDFIOTARGET Target, PWDF_REQUEST_SEND_OPTIONS Options);
NTSTATUS WdfRequestGetStatus(WDFREQUEST Request);
VOID WdfRequestMarkCancelable(WDFREQUEST Request, PFN_WDF_REQUEST_CANCEL EvtRequestCancel);
NTSTATUS WdfRequestMarkCancelableEx(WDFREQUEST Request, PFN_WDF_REQUEST_CANCEL EvtRequestCancel);
NTSTATUS WdfRequestUnmarkCancelable(WDFREQUEST Request);
BOOLEAN WdfRequestIsCanceled(WDFREQUEST Request);
BOOLEAN WdfRequestCancelSentRequest(WDFREQUEST Request);
BOOLEAN WdfRequestIsFrom32BitProcess(WDFREQUEST Request);
VOID WdfRequestSetCompletionRoutine(WDFREQUEST Request, PFN_WDF_REQUEST_COMPLETION_ROUTINE CompletionRoutine, __drv_aliasesMem WDFCONTEXT CompletionContext);
VOID WdfRequestGetCompletionParams(WDFREQUEST Request, PWDF_REQUEST_COMPLETION_PARAMS Params);
NTSTATUS WdfRequestAllocateTimer(WDFREQUEST Request);
VOID WdfRequestComplete(WDFREQUEST Request, NTSTATUS Status);
VOID WdfRequestCompleteWithInformation(WDFREQUEST Request, NTSTATUS Status, ULONG_PTR Information);
VOID WdfRequestGetParameters(WDFREQUEST Request, PWDF_REQUEST_PARAMETERS Parameters);
NTSTATUS WdfRequestRetrieveInputMemory(WDFREQUEST Request, WDFMEMORY* Memory);
NTSTATUS WdfRequestRetrieveOutputMemory(WDFREQUEST Request, WDFMEMORY* Memory);
NTSTATUS WdfRequestRetrieveInputBuffer(WDFREQUEST Request, size_t MinimumRequiredLength, PVOID* Buffer, size_t* Length);
NTSTATUS WdfRequestRetrieveOutputBuffer(WDFREQUEST Request, size_t MinimumRequiredSize, PVOID* Buffer, size_t* Length);
VOID WdfRequestSetInformation(WDFREQUEST Request, ULONG_PTR Information);
ULONG_PTR WdfRequestGetInformation(WDFREQUEST Request);
WDFFILEOBJECT WdfRequestGetFileObject(WDFREQUEST Request);
KPROCESSOR_MODE WdfRequestGetRequestorMode(WDFREQUEST Request);
NTSTATUS WdfRequestForwardToIoQueue(WDFREQUEST Request, WDFQUEUE DestinationQueue);
WDFQUEUE WdfRequestGetIoQueue(WDFREQUEST Request);
NTSTATUS WdfRequestRequeue(WDFREQUEST Request);
VOID WdfRequestStopAcknowledge(WDFREQUEST Request, BOOLEAN Requeue);
NTSTATUS WdfRequestImpersonate(WDFREQUEST Request, SECURITY_IMPERSONATION_LEVEL ImpersonationLevel, PFN_WDF_REQUEST_IMPERSONATE EvtRequestImpersonate, PVOID Context);
BOOLEAN WdfRequestIsFromUserModeDriver(WDFREQUEST Request);
VOID WdfRequestSetUserModeDriverInitiatedIo(WDFREQUEST Request, BOOLEAN IsUserModeDriverInitiated);
BOOLEAN WdfRequestGetUserModeDriverInitiatedIo(WDFREQUEST Request);
VOID WdfRequestSetActivityId(WDFREQUEST Request, LPGUID ActivityId);
NTSTATUS WdfRequestRetrieveActivityId(WDFREQUEST Request, LPGUID ActivityId);
WDF_DEVICE_IO_TYPE WdfRequestGetEffectiveIoType(WDFREQUEST Request);

#else
typedef enum _WDF_REQUEST_REUSE_FLAGS { WDF_REQUEST_REUSE_NO_FLAGS = 0x00000000, WDF_REQUEST_REUSE_SET_NEW_IRP = 0x00000001, } WDF_REQUEST_REUSE_FLAGS;
typedef enum _WDF_REQUEST_STOP_ACTION_FLAGS { WdfRequestStopActionInvalid = 0, WdfRequestStopActionSuspend = 0x01, WdfRequestStopActionPurge = 0x2, WdfRequestStopRequestCancelable = 0x10000000, } WDF_REQUEST_STOP_ACTION_FLAGS;
typedef enum _WDF_REQUEST_SEND_OPTIONS_FLAGS { WDF_REQUEST_SEND_OPTION_TIMEOUT = 0x00000001, WDF_REQUEST_SEND_OPTION_SYNCHRONOUS = 0x00000002, WDF_REQUEST_SEND_OPTION_IGNORE_TARGET_STATE = 0x00000004, WDF_REQUEST_SEND_OPTION_SEND_AND_FORGET = 0x00000008, WDF_REQUEST_SEND_OPTION_IMPERSONATE_CLIENT = 0x00010000, WDF_REQUEST_SEND_OPTION_IMPERSONATION_IGNORE_FAILURE = 0x00020000, } WDF_REQUEST_SEND_OPTIONS_FLAGS;
typedef VOID EVT_WDF_REQUEST_CANCEL(WDFREQUEST Request);
typedef EVT_WDF_REQUEST_CANCEL *PFN_WDF_REQUEST_CANCEL;
typedef struct _WDF_REQUEST_PARAMETERS { USHORT Size; UCHAR MinorFunction; WDF_REQUEST_TYPE Type; union { struct { PIO_SECURITY_CONTEXT SecurityContext; ULONG Options; USHORT POINTER_ALIGNMENT FileAttributes; USHORT ShareAccess; ULONG POINTER_ALIGNMENT EaLength; } Create; struct { size_t Length; ULONG POINTER_ALIGNMENT Key; LONGLONG DeviceOffset; } Read; struct { size_t Length; ULONG POINTER_ALIGNMENT Key; LONGLONG DeviceOffset; } Write; struct { size_t OutputBufferLength; size_t POINTER_ALIGNMENT InputBufferLength; ULONG POINTER_ALIGNMENT IoControlCode; PVOID Type3InputBuffer; } DeviceIoControl; struct { PVOID Arg1; PVOID Arg2; ULONG POINTER_ALIGNMENT IoControlCode; PVOID Arg4; } Others; } Parameters; } WDF_REQUEST_PARAMETERS, *PWDF_REQUEST_PARAMETERS;
DRISO_WDF_INLINE VOID WDF_REQUEST_PARAMETERS_INIT(PWDF_REQUEST_PARAMETERS Parameters) { RtlZeroMemory(Parameters, sizeof(*Parameters)); Parameters->Size = sizeof(*Parameters); }
typedef struct _WDF_USB_REQUEST_COMPLETION_PARAMS *PWDF_USB_REQUEST_COMPLETION_PARAMS;
typedef struct _WDF_REQUEST_COMPLETION_PARAMS { ULONG Size; WDF_REQUEST_TYPE Type; IO_STATUS_BLOCK IoStatus; union { struct { WDFMEMORY Buffer; size_t Length; size_t Offset; } Write; struct { WDFMEMORY Buffer; size_t Length; size_t Offset; } Read; struct { ULONG IoControlCode; struct { WDFMEMORY Buffer; size_t Offset; } Input; struct { WDFMEMORY Buffer; size_t Offset; size_t Length; } Output; } Ioctl; struct { union { PVOID Ptr; ULONG_PTR Value; } Argument1; union { PVOID Ptr; ULONG_PTR Value; } Argument2; union { PVOID Ptr; ULONG_PTR Value; } Argument3; union { PVOID Ptr; ULONG_PTR Value; } Argument4; } Others; struct { PWDF_USB_REQUEST_COMPLETION_PARAMS Completion; } Usb; } Parameters; } WDF_REQUEST_COMPLETION_PARAMS, *PWDF_REQUEST_COMPLETION_PARAMS;
DRISO_WDF_INLINE VOID WDF_REQUEST_COMPLETION_PARAMS_INIT(PWDF_REQUEST_COMPLETION_PARAMS Params) { RtlZeroMemory(Params, sizeof(*Params)); Params->Size = sizeof(*Params); }
typedef VOID EVT_WDF_REQUEST_COMPLETION_ROUTINE(WDFREQUEST Request, WDFIOTARGET Target, PWDF_REQUEST_COMPLETION_PARAMS Params, WDFCONTEXT Context);
typedef EVT_WDF_REQUEST_COMPLETION_ROUTINE *PFN_WDF_REQUEST_COMPLETION_ROUTINE;
typedef struct _WDF_REQUEST_REUSE_PARAMS { ULONG Size; ULONG Flags; NTSTATUS Status; PIRP NewIrp; } WDF_REQUEST_REUSE_PARAMS, *PWDF_REQUEST_REUSE_PARAMS;
DRISO_WDF_INLINE VOID WDF_REQUEST_REUSE_PARAMS_INIT(PWDF_REQUEST_REUSE_PARAMS Params, ULONG Flags, NTSTATUS Status) { RtlZeroMemory(Params, sizeof(*Params)); Params->Size = sizeof(*Params); Params->Flags = Flags; Params->Status = Status; }
VOID WDF_REQUEST_REUSE_PARAMS_SET_NEW_IRP(PWDF_REQUEST_REUSE_PARAMS Params, PIRP NewIrp);
typedef struct _WDF_REQUEST_SEND_OPTIONS { ULONG Size; ULONG Flags; LONGLONG Timeout; } WDF_REQUEST_SEND_OPTIONS, *PWDF_REQUEST_SEND_OPTIONS;
DRISO_WDF_INLINE VOID WDF_REQUEST_SEND_OPTIONS_INIT(PWDF_REQUEST_SEND_OPTIONS Options, ULONG Flags) { RtlZeroMemory(Options, sizeof(*Options)); Options->Size = sizeof(*Options); Options->Flags = Flags; }
VOID WDF_REQUEST_SEND_OPTIONS_SET_TIMEOUT(PWDF_REQUEST_SEND_OPTIONS Options, LONGLONG Timeout);
typedef enum _WDF_REQUEST_FORWARD_OPTIONS_FLAGS { WDF_REQUEST_FORWARD_OPTION_SEND_AND_FORGET = 0x00000001 } WDF_REQUEST_FORWARD_OPTIONS_FLAGS;
typedef struct _WDF_REQUEST_FORWARD_OPTIONS { ULONG Size; ULONG Flags; } WDF_REQUEST_FORWARD_OPTIONS, *PWDF_REQUEST_FORWARD_OPTIONS;
DRISO_WDF_INLINE VOID WDF_REQUEST_FORWARD_OPTIONS_INIT(PWDF_REQUEST_FORWARD_OPTIONS ForwardOptions) { RtlZeroMemory(ForwardOptions, sizeof(*ForwardOptions)); ForwardOptions->Size = sizeof(*ForwardOptions); }
NTSTATUS WdfRequestCreate(PWDF_OBJECT_ATTRIBUTES RequestAttributes, WDFIOTARGET IoTarget, WDFREQUEST* Request);
ULONG WdfRequestGetRequestorProcessId(WDFREQUEST Request);
NTSTATUS WdfRequestCreateFromIrp(PWDF_OBJECT_ATTRIBUTES RequestAttributes, PIRP Irp, BOOLEAN RequestFreesIrp, WDFREQUEST* Request);
NTSTATUS WdfRequestReuse(WDFREQUEST Request, PWDF_REQUEST_REUSE_PARAMS ReuseParams);
NTSTATUS WdfRequestChangeTarget(WDFREQUEST Request, WDFIOTARGET IoTarget);
VOID WdfRequestFormatRequestUsingCurrentType(WDFREQUEST Request);
VOID WdfRequestWdmFormatUsingStackLocation(WDFREQUEST Request, PIO_STACK_LOCATION Stack);
BOOLEAN WdfRequestSend(WDFREQUEST Request, WDFIOTARGET Target, PWDF_REQUEST_SEND_OPTIONS Options);
NTSTATUS WdfRequestGetStatus(WDFREQUEST Request);
VOID WdfRequestMarkCancelable(WDFREQUEST Request, PFN_WDF_REQUEST_CANCEL EvtRequestCancel);
NTSTATUS WdfRequestMarkCancelableEx(WDFREQUEST Request, PFN_WDF_REQUEST_CANCEL EvtRequestCancel);
NTSTATUS WdfRequestUnmarkCancelable(WDFREQUEST Request);
BOOLEAN WdfRequestIsCanceled(WDFREQUEST Request);
BOOLEAN WdfRequestCancelSentRequest(WDFREQUEST Request);
BOOLEAN WdfRequestIsFrom32BitProcess(WDFREQUEST Request);
VOID WdfRequestSetCompletionRoutine(WDFREQUEST Request, PFN_WDF_REQUEST_COMPLETION_ROUTINE CompletionRoutine, __drv_aliasesMem WDFCONTEXT CompletionContext);
VOID WdfRequestGetCompletionParams(WDFREQUEST Request, PWDF_REQUEST_COMPLETION_PARAMS Params);
NTSTATUS WdfRequestAllocateTimer(WDFREQUEST Request);
VOID WdfRequestComplete(WDFREQUEST Request, NTSTATUS Status);
VOID WdfRequestCompleteWithPriorityBoost(WDFREQUEST Request, NTSTATUS Status, CCHAR PriorityBoost);
VOID WdfRequestCompleteWithInformation(WDFREQUEST Request, NTSTATUS Status, ULONG_PTR Information);
VOID WdfRequestGetParameters(WDFREQUEST Request, PWDF_REQUEST_PARAMETERS Parameters);
NTSTATUS WdfRequestRetrieveInputMemory(WDFREQUEST Request, WDFMEMORY* Memory);
NTSTATUS WdfRequestRetrieveOutputMemory(WDFREQUEST Request, WDFMEMORY* Memory);
NTSTATUS WdfRequestRetrieveInputBuffer(WDFREQUEST Request, size_t MinimumRequiredLength, PVOID* Buffer, size_t* Length);
NTSTATUS WdfRequestRetrieveOutputBuffer(WDFREQUEST Request, size_t MinimumRequiredSize, PVOID* Buffer, size_t* Length);
NTSTATUS WdfRequestRetrieveInputWdmMdl(WDFREQUEST Request, PMDL* Mdl);
NTSTATUS WdfRequestRetrieveOutputWdmMdl(WDFREQUEST Request, PMDL* Mdl);
NTSTATUS WdfRequestRetrieveUnsafeUserInputBuffer(WDFREQUEST Request, size_t MinimumRequiredLength, PVOID* InputBuffer, size_t* Length);
NTSTATUS WdfRequestRetrieveUnsafeUserOutputBuffer(WDFREQUEST Request, size_t MinimumRequiredLength, PVOID* OutputBuffer, size_t* Length);
VOID WdfRequestSetInformation(WDFREQUEST Request, ULONG_PTR Information);
ULONG_PTR WdfRequestGetInformation(WDFREQUEST Request);
WDFFILEOBJECT WdfRequestGetFileObject(WDFREQUEST Request);
NTSTATUS WdfRequestProbeAndLockUserBufferForRead(WDFREQUEST Request, PVOID Buffer, size_t Length, WDFMEMORY* MemoryObject);
NTSTATUS WdfRequestProbeAndLockUserBufferForWrite(WDFREQUEST Request, PVOID Buffer, size_t Length, WDFMEMORY* MemoryObject);
KPROCESSOR_MODE WdfRequestGetRequestorMode(WDFREQUEST Request);
NTSTATUS WdfRequestForwardToIoQueue(WDFREQUEST Request, WDFQUEUE DestinationQueue);
WDFQUEUE WdfRequestGetIoQueue(WDFREQUEST Request);
NTSTATUS WdfRequestRequeue(WDFREQUEST Request);
VOID WdfRequestStopAcknowledge(WDFREQUEST Request, BOOLEAN Requeue);
PIRP WdfRequestWdmGetIrp(WDFREQUEST Request);
BOOLEAN WdfRequestIsReserved(WDFREQUEST Request);
NTSTATUS WdfRequestForwardToParentDeviceIoQueue(WDFREQUEST Request, WDFQUEUE ParentDeviceQueue, PWDF_REQUEST_FORWARD_OPTIONS ForwardOptions);

#endif

WDF_EXTERN_C_END

#endif
