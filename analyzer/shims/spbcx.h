/*
 * driso shim: spbcx.h (SPBCx.h), the simple peripheral bus framework
 * extension (SpbCx 1.0/1.1) interface for SPB (I2C/SPI) controller drivers
 * (KMDF, WDK-only header; the WDK keeps it in spb/1.0/ and spb/1.1/, which
 * map to this file). Declarations only, from the Learn spbcx.h reference
 * (types checked against the WDK header copy in microsoft/wdkmetadata;
 * facts only, own layout): SPBTARGET / SPBREQUEST (in C++ derived from the
 * WDF file object / request handle types, as in the WDK, so that they
 * convert implicitly), the request type and sequence position
 * enumerations, every EVT_SPB_* callback type and its PFN_ pointer,
 * SPB_CONTROLLER_CONFIG, SPB_CONNECTION_PARAMETERS, SPB_REQUEST_PARAMETERS,
 * SPB_TRANSFER_DESCRIPTOR with their *_INIT helpers, and the Spb* entry
 * points as plain prototypes (the WDK implements them inline through
 * SpbFunctions[]; irrelevant for parsing). Enumerators follow the
 * documented order.
 */
#ifndef DRISO_SHIM_SPBCX_H
#define DRISO_SHIM_SPBCX_H
#include "driso_shims.h"
#include "wdf.h"
#include "spb.h"

#ifdef __cplusplus
struct SPBTARGET__ : WDFFILEOBJECT__ {
};
typedef struct SPBTARGET__ *SPBTARGET;
struct SPBREQUEST__ : WDFREQUEST__ {
};
typedef struct SPBREQUEST__ *SPBREQUEST;
#else
DECLARE_HANDLE(SPBTARGET);
DECLARE_HANDLE(SPBREQUEST);
#endif

DRISO_EXTERN_C_START

typedef VOID (*SPBFUNC)(VOID);
extern SPBFUNC SpbFunctions[];
typedef struct _WDF_DRIVER_GLOBALS SPB_DRIVER_GLOBALS, *PSPB_DRIVER_GLOBALS;
extern PSPB_DRIVER_GLOBALS SpbDriverGlobals;

typedef enum _SPB_REQUEST_TYPE {
	SpbRequestTypeUndefined = 0,
	SpbRequestTypeRead,
	SpbRequestTypeWrite,
	SpbRequestTypeSequence,
	SpbRequestTypeLockController,
	SpbRequestTypeUnlockController,
	SpbRequestTypeLockConnection,
	SpbRequestTypeUnlockConnection,
	SpbRequestTypeOther,
	SpbRequestTypeMax
} SPB_REQUEST_TYPE, *PSPB_REQUEST_TYPE;

typedef enum _SPB_REQUEST_SEQUENCE_POSITION {
	SpbRequestSequencePositionInvalid = 0,
	SpbRequestSequencePositionSingle,
	SpbRequestSequencePositionFirst,
	SpbRequestSequencePositionContinue,
	SpbRequestSequencePositionLast,
	SpbRequestSequencePositionMax
} SPB_REQUEST_SEQUENCE_POSITION, *PSPB_REQUEST_SEQUENCE_POSITION;

typedef NTSTATUS EVT_SPB_TARGET_CONNECT(WDFDEVICE Controller, SPBTARGET Target);
typedef EVT_SPB_TARGET_CONNECT *PFN_SPB_TARGET_CONNECT;
typedef VOID EVT_SPB_TARGET_DISCONNECT(WDFDEVICE Controller, SPBTARGET Target);
typedef EVT_SPB_TARGET_DISCONNECT *PFN_SPB_TARGET_DISCONNECT;
typedef VOID EVT_SPB_CONTROLLER_LOCK(WDFDEVICE Controller, SPBTARGET Target, SPBREQUEST LockRequest);
typedef EVT_SPB_CONTROLLER_LOCK *PFN_SPB_CONTROLLER_LOCK;
typedef VOID EVT_SPB_CONTROLLER_UNLOCK(WDFDEVICE Controller, SPBTARGET Target, SPBREQUEST UnlockRequest);
typedef EVT_SPB_CONTROLLER_UNLOCK *PFN_SPB_CONTROLLER_UNLOCK;
typedef VOID EVT_SPB_CONTROLLER_READ(WDFDEVICE Controller, SPBTARGET Target, SPBREQUEST Request, size_t Length);
typedef EVT_SPB_CONTROLLER_READ *PFN_SPB_CONTROLLER_READ;
typedef VOID EVT_SPB_CONTROLLER_WRITE(WDFDEVICE Controller, SPBTARGET Target, SPBREQUEST Request, size_t Length);
typedef EVT_SPB_CONTROLLER_WRITE *PFN_SPB_CONTROLLER_WRITE;
typedef VOID EVT_SPB_CONTROLLER_SEQUENCE(WDFDEVICE Controller, SPBTARGET Target, SPBREQUEST Request,
					 ULONG TransferCount);
typedef EVT_SPB_CONTROLLER_SEQUENCE *PFN_SPB_CONTROLLER_SEQUENCE;
typedef VOID EVT_SPB_CONTROLLER_OTHER(WDFDEVICE Controller, SPBTARGET Target, SPBREQUEST Request,
				      size_t OutputBufferLength, size_t InputBufferLength, ULONG IoControlCode);
typedef EVT_SPB_CONTROLLER_OTHER *PFN_SPB_CONTROLLER_OTHER;

typedef struct _SPB_CONTROLLER_CONFIG {
	ULONG Size;
	WDF_IO_QUEUE_DISPATCH_TYPE ControllerDispatchType;
	WDF_TRI_STATE PowerManaged;
	PFN_SPB_TARGET_CONNECT EvtSpbTargetConnect;
	PFN_SPB_TARGET_DISCONNECT EvtSpbTargetDisconnect;
	PFN_SPB_CONTROLLER_LOCK EvtSpbControllerLock;
	PFN_SPB_CONTROLLER_UNLOCK EvtSpbControllerUnlock;
	PFN_SPB_CONTROLLER_READ EvtSpbIoRead;
	PFN_SPB_CONTROLLER_WRITE EvtSpbIoWrite;
	PFN_SPB_CONTROLLER_SEQUENCE EvtSpbIoSequence;
} SPB_CONTROLLER_CONFIG, *PSPB_CONTROLLER_CONFIG;

/* Learn: sequential dispatch, power management left to the default */
DRISO_INLINE VOID SPB_CONTROLLER_CONFIG_INIT(SPB_CONTROLLER_CONFIG *Config)
{
	RtlZeroMemory(Config, sizeof(SPB_CONTROLLER_CONFIG));
	Config->Size = sizeof(SPB_CONTROLLER_CONFIG);
	Config->ControllerDispatchType = WdfIoQueueDispatchSequential;
	Config->PowerManaged = WdfUseDefault;
}

typedef struct _SPB_CONNECTION_PARAMETERS {
	USHORT Size;
	PCWSTR ConnectionTag;
	PVOID ConnectionParameters;
} SPB_CONNECTION_PARAMETERS, *PSPB_CONNECTION_PARAMETERS;

DRISO_INLINE VOID SPB_CONNECTION_PARAMETERS_INIT(SPB_CONNECTION_PARAMETERS *Parameters)
{
	RtlZeroMemory(Parameters, sizeof(*Parameters));
	Parameters->Size = sizeof(*Parameters);
}

typedef struct _SPB_REQUEST_PARAMETERS {
	USHORT Size;
	SPB_REQUEST_TYPE Type;
	SPB_REQUEST_SEQUENCE_POSITION Position;
	SPB_TRANSFER_DIRECTION PreviousTransferDirection;
	size_t Length;
	ULONG SequenceTransferCount;
} SPB_REQUEST_PARAMETERS, *PSPB_REQUEST_PARAMETERS;

DRISO_INLINE VOID SPB_REQUEST_PARAMETERS_INIT(SPB_REQUEST_PARAMETERS *Parameters)
{
	RtlZeroMemory(Parameters, sizeof(*Parameters));
	Parameters->Size = sizeof(*Parameters);
}

typedef struct SPB_TRANSFER_DESCRIPTOR {
	USHORT Size;
	SPB_TRANSFER_DIRECTION Direction;
	size_t TransferLength;
	ULONG DelayInUs;
} SPB_TRANSFER_DESCRIPTOR, *PSPB_TRANSFER_DESCRIPTOR;

DRISO_INLINE VOID SPB_TRANSFER_DESCRIPTOR_INIT(SPB_TRANSFER_DESCRIPTOR *Descriptor)
{
	RtlZeroMemory(Descriptor, sizeof(*Descriptor));
	Descriptor->Size = sizeof(*Descriptor);
}

NTSTATUS SpbDeviceInitConfig(PWDFDEVICE_INIT DeviceInit);
NTSTATUS SpbDeviceInitialize(WDFDEVICE FxDevice, PSPB_CONTROLLER_CONFIG Config);
VOID SpbControllerSetIoOtherCallback(WDFDEVICE FxDevice, PFN_SPB_CONTROLLER_OTHER EvtSpbControllerIoOther,
				     PFN_WDF_IO_IN_CALLER_CONTEXT EvtIoInCallerContext);
VOID SpbControllerSetRequestAttributes(WDFDEVICE FxDevice, PWDF_OBJECT_ATTRIBUTES RequestAttributes);
VOID SpbControllerSetTargetAttributes(WDFDEVICE FxDevice, PWDF_OBJECT_ATTRIBUTES ObjectAttributes);
VOID SpbTargetGetConnectionParameters(SPBTARGET Target, SPB_CONNECTION_PARAMETERS *ConnectionParameters);
WDFFILEOBJECT SpbTargetGetFileObject(SPBTARGET Target);
SPBTARGET SpbRequestGetTarget(SPBREQUEST SpbRequest);
WDFDEVICE SpbRequestGetController(SPBREQUEST SpbRequest);
VOID SpbRequestGetParameters(SPBREQUEST SpbRequest, SPB_REQUEST_PARAMETERS *Parameters);
VOID SpbRequestGetTransferParameters(SPBREQUEST SpbRequest, ULONG Index, SPB_TRANSFER_DESCRIPTOR *TransferDescriptor,
				     PMDL *TransferBuffer);
VOID SpbRequestComplete(SPBREQUEST Request, NTSTATUS CompletionStatus);
NTSTATUS SpbRequestCaptureIoOtherTransferList(SPBREQUEST Request);

DRISO_EXTERN_C_END
#endif
