/*
 * driso shim: dsm.h, the interface between a Multipath I/O (MPIO)
 * device-specific module (DSM) and the MPIO bus driver. WDK-only, kernel.
 *
 * Declarations only (see driso_shims.h). Learn no longer documents this
 * header (its reference pages were withdrawn; the MPIO WMI classes and
 * mpiodisk.h remain). Names, parameter lists and structure members here
 * follow Microsoft's MIT-licensed Windows-driver-samples (storage/msdsm),
 * which implements every DSM entry point against this interface and calls
 * the MPIO library routines; the layout is driso's own. Member order of
 * DSM_INIT_DATA follows the order in which the entry points are listed
 * by the sample (callbacks, then WMI, then identification).
 *
 * Values: none of the numeric values below is published. The IOCTL codes,
 * the DsmCategorizeRequest results, the error-mask bits, the controller
 * states and the DsmSendRequestEx / DsmMoveDevice / DsmGetControllerInfo
 * flags and the SPTWB_* buffer sizes are distinct driso values (only
 * their names and their use as flags, results or sizes matter for
 * parsing).
 */
#ifndef DRISO_SHIM_DSM_H
#define DRISO_SHIM_DSM_H

#include "driso_shims.h"
#include <ntddk.h>
#include <scsi.h>
#include <ntddscsi.h>
#include <ntddstor.h>
#include <wmistr.h>
#include <wmilib.h>

DRISO_EXTERN_C_START

/* Registration with the MPIO control object (driso values). */
#define IOCTL_MPDSM_REGISTER CTL_CODE(IOCTL_SCSI_BASE, 0x0D30, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_MPDSM_DEREGISTER CTL_CODE(IOCTL_SCSI_BASE, 0x0D31, METHOD_BUFFERED, FILE_ANY_ACCESS)

/* DsmCategorizeRequest results (driso values). */
#define DSM_PATH_SET 0x00000001
#define DSM_BROADCAST 0x00000002
#define DSM_WILL_HANDLE 0x00000004
#define DSM_ERROR 0x00000008

/* DsmInterpretError(Ex) error mask bits (driso values). */
#define DSM_FATAL_ERROR 0x80000000
#define DSM_ADMIN_FO 0x40000000
#define DSM_RETRY_DONT_DECREMENT 0x20000000
#define DSM_FATAL_ERROR_OEM_MASK 0x0000FFFF
#define DSM_NON_FATAL_ERROR_MASK 0x0FFF0000

/* DsmSendRequestEx flags (driso value). */
#define DSM_CALL_COMPLETION_ON_MPIO_ERROR 0x00000001

/* DsmMoveDevice flags (driso value). */
#define DSM_MOVE_ADMIN_REQUEST 0x00000001

/* DsmGetControllerInfo flags and CONTROLLER_INFO.State (driso values). */
#define DSM_CNTRL_FLAGS_ALLOCATE 0x00000001
#define DSM_CNTRL_FLAGS_CHECK_STATE 0x00000002
#define DSM_CONTROLLER_ACTIVE 0x00000001
#define DSM_CONTROLLER_STANDBY 0x00000002
#define DSM_CONTROLLER_FAILED 0x00000003
#define DSM_CONTROLLER_NO_CNTRL 0x00000004

/* Pass-through buffers the MPIO library routines and DSMs build
 * (sense and data sizes: driso values). */
#define SPTWB_SENSE_LENGTH 32
#define SPTWB_DATA_LENGTH 512

typedef struct _SCSI_PASS_THROUGH_WITH_BUFFERS {
	SCSI_PASS_THROUGH ScsiPassThrough;
	DECLSPEC_ALIGN(8) UCHAR SenseInfoBuffer[SPTWB_SENSE_LENGTH];
	DECLSPEC_ALIGN(8) UCHAR DataBuffer[SPTWB_DATA_LENGTH];
} SCSI_PASS_THROUGH_WITH_BUFFERS, *PSCSI_PASS_THROUGH_WITH_BUFFERS;

typedef struct _SCSI_PASS_THROUGH_DIRECT_WITH_BUFFER {
	SCSI_PASS_THROUGH_DIRECT ScsiPassThroughDirect;
	DECLSPEC_ALIGN(8) UCHAR SenseInfoBuffer[SPTWB_SENSE_LENGTH];
} SCSI_PASS_THROUGH_DIRECT_WITH_BUFFER, *PSCSI_PASS_THROUGH_DIRECT_WITH_BUFFER;

/* The DSM identifiers MPIO passes for one pseudo-LUN. */
typedef struct _DSM_IDS {
	ULONG Count;
	PVOID IdList[1];
} DSM_IDS, *PDSM_IDS;

typedef struct _CONTROLLER_IDS {
	STORAGE_IDENTIFIER_CODE_SET Type;
	ULONG Length;
	UCHAR SerialNumber[32];
} CONTROLLER_IDS, *PCONTROLLER_IDS;

typedef struct _CONTROLLER_INFO {
	PDEVICE_OBJECT DeviceObject;
	CONTROLLER_IDS Identifier;
	ULONG State;
} CONTROLLER_INFO, *PCONTROLLER_INFO;

/* DSM entry points (pointer types, as DSM_INIT_DATA holds them). */
typedef NTSTATUS (*DSM_INQUIRE_DRIVER)(PVOID DsmContext, PDEVICE_OBJECT TargetDevice, PDEVICE_OBJECT PortFdo,
				      PSTORAGE_DEVICE_DESCRIPTOR Descriptor, PSTORAGE_DEVICE_ID_DESCRIPTOR DeviceIdList,
				      PVOID *DsmIdentifier);
typedef BOOLEAN (*DSM_COMPARE_DEVICES)(PVOID DsmContext, PVOID DsmId1, PVOID DsmId2);
typedef NTSTATUS (*DSM_GET_CONTROLLER_INFO)(PVOID DsmContext, PVOID DsmId, ULONG Flags, PCONTROLLER_INFO *ControllerInfo);
typedef PUCHAR (*DSM_DEVICE_SERIAL_NUMBER)(PVOID DsmContext, PVOID DsmId);
typedef NTSTATUS (*DSM_SET_DEVICE_INFO)(PVOID DsmContext, PDEVICE_OBJECT TargetObject, PVOID DsmId, PVOID *PathId);
typedef BOOLEAN (*DSM_IS_PATH_ACTIVE)(PVOID DsmContext, PVOID PathId, PVOID DsmId);
typedef ULONG (*DSM_INTERPRET_ERROR)(PVOID DsmContext, PVOID DsmId, PSCSI_REQUEST_BLOCK Srb, NTSTATUS *Status,
				     PBOOLEAN Retry);
typedef ULONG (*DSM_INTERPRET_ERROR_EX)(PVOID DsmContext, PVOID DsmId, PSCSI_REQUEST_BLOCK Srb, NTSTATUS *Status,
					PBOOLEAN Retry, PLONG RetryInterval, ...);
typedef NTSTATUS (*DSM_INVALIDATE_PATH)(PVOID DsmContext, ULONG ErrorMask, PVOID PathId, PVOID *NewPathId);
typedef NTSTATUS (*DSM_PATH_VERIFY)(PVOID DsmContext, PVOID DsmId, PVOID PathId);
typedef NTSTATUS (*DSM_MOVE_DEVICE)(PVOID DsmContext, PDSM_IDS DsmIds, PVOID MPIOPath, PVOID SuggestedPath, ULONG Flags);
typedef NTSTATUS (*DSM_REMOVE_PENDING)(PVOID DsmContext, PVOID DsmId);
typedef NTSTATUS (*DSM_REMOVE_DEVICE)(PVOID DsmContext, PVOID DsmId, PVOID PathId);
typedef NTSTATUS (*DSM_REMOVE_PATH)(PVOID DsmContext, PVOID PathId);
typedef ULONG (*DSM_CATEGORIZE_REQUEST)(PVOID DsmContext, PDSM_IDS DsmIds, PIRP Irp, PSCSI_REQUEST_BLOCK Srb,
					PVOID CurrentPath, PVOID *PathId, NTSTATUS *Status);
typedef NTSTATUS (*DSM_BROADCAST_SRB)(PVOID DsmContext, PDSM_IDS DsmIds, PIRP Irp, PSCSI_REQUEST_BLOCK Srb, PKEVENT Event);
typedef NTSTATUS (*DSM_SRB_DEVICE_CONTROL)(PVOID DsmContext, PDSM_IDS DsmIds, PIRP Irp, PSCSI_REQUEST_BLOCK Srb,
					   PKEVENT Event);
typedef VOID (*DSM_COMPLETION_ROUTINE)(PVOID DsmId, PIRP Irp, PSCSI_REQUEST_BLOCK Srb, PVOID DsmContext);

typedef struct _DSM_COMPLETION_INFO {
	DSM_COMPLETION_ROUTINE DsmCompletionRoutine;
	PVOID DsmContext;
} DSM_COMPLETION_INFO, *PDSM_COMPLETION_INFO;

typedef VOID (*DSM_SET_COMPLETION)(PVOID DsmContext, PVOID DsmId, PIRP Irp, PSCSI_REQUEST_BLOCK Srb,
				   PDSM_COMPLETION_INFO DsmCompletion);
typedef PVOID (*DSM_LB_GET_PATH)(PVOID DsmContext, PSCSI_REQUEST_BLOCK Srb, PDSM_IDS DsmList, PVOID CurrentPath,
				 NTSTATUS *Status);
typedef BOOLEAN (*DSM_ADDRESS_TYPE_SUPPORTED)(PVOID DsmContext, ULONG AddressType);
typedef NTSTATUS (*DSM_DEVICE_NOT_USED)(PVOID DsmContext, PVOID DsmId);
typedef NTSTATUS (*DSM_UNLOAD)(PVOID DsmContext);

/* WMI callbacks: MPIO forwards WMI requests for the DSM's GUIDs. */
typedef NTSTATUS (*DSM_QUERY_DATABLOCK)(PVOID DsmContext, PIRP Irp, ULONG GuidIndex, ULONG InstanceIndex,
					ULONG InstanceCount, PULONG InstanceLengthArray, ULONG BufferAvail,
					PUCHAR Buffer, PULONG DsmDataLength);
typedef NTSTATUS (*DSM_SET_DATABLOCK)(PVOID DsmContext, PIRP Irp, ULONG GuidIndex, ULONG InstanceIndex,
				      ULONG BufferSize, PUCHAR Buffer);
typedef NTSTATUS (*DSM_EXECUTE_METHOD)(PVOID DsmContext, PIRP Irp, ULONG GuidIndex, ULONG InstanceIndex,
				       ULONG MethodId, ULONG InBufferSize, PULONG OutBufferSize, PUCHAR Buffer);
typedef NTSTATUS (*DSM_FUNCTION_CONTROL)(PVOID DsmContext, PIRP Irp, ULONG GuidIndex, WMIENABLEDISABLECONTROL Function,
					 BOOLEAN Enable);
typedef NTSTATUS (*DSM_QUERY_DATABLOCK_EX)(PVOID DsmContext, PDSM_IDS DsmIds, PIRP Irp, ULONG GuidIndex,
					   ULONG InstanceIndex, ULONG InstanceCount, PULONG InstanceLengthArray,
					   ULONG BufferAvail, PUCHAR Buffer, PULONG DsmDataLength, ...);
typedef NTSTATUS (*DSM_SET_DATABLOCK_EX)(PVOID DsmContext, PDSM_IDS DsmIds, PIRP Irp, ULONG GuidIndex,
					 ULONG InstanceIndex, ULONG BufferSize, PUCHAR Buffer, ...);
typedef NTSTATUS (*DSM_EXECUTE_METHOD_EX)(PVOID DsmContext, PDSM_IDS DsmIds, PIRP Irp, ULONG GuidIndex,
					  ULONG InstanceIndex, ULONG MethodId, ULONG InBufferSize,
					  PULONG OutBufferSize, PUCHAR Buffer, ...);
typedef NTSTATUS (*DSM_FUNCTION_CONTROL_EX)(PVOID DsmContext, PDSM_IDS DsmIds, PIRP Irp, ULONG GuidIndex,
					    WMIENABLEDISABLECONTROL Function, BOOLEAN Enable, ...);

typedef struct _DSM_WMILIB_CONTEXT {
	ULONG GuidCount;
	PWMIGUIDREGINFO GuidList;
	UNICODE_STRING RegistryPath;
	UNICODE_STRING MofResourceName;
	union {
		DSM_QUERY_DATABLOCK QueryWmiDataBlock;
		DSM_QUERY_DATABLOCK_EX QueryWmiDataBlockEx;
	};
	union {
		DSM_SET_DATABLOCK SetWmiDataBlock;
		DSM_SET_DATABLOCK_EX SetWmiDataBlockEx;
	};
	union {
		DSM_EXECUTE_METHOD ExecuteWmiMethod;
		DSM_EXECUTE_METHOD_EX ExecuteWmiMethodEx;
	};
	union {
		DSM_FUNCTION_CONTROL WmiFunctionControl;
		DSM_FUNCTION_CONTROL_EX WmiFunctionControlEx;
	};
} DSM_WMILIB_CONTEXT, *PDSM_WMILIB_CONTEXT;

/* Interface level a DSM registers for (DsmType1 oldest). */
typedef enum _DSM_TYPE {
	DsmTypeUnknown = 0,
	DsmType1,
	DsmType2,
	DsmType3,
	DsmType4,
	DsmType5,
	DsmType6,
	DsmType7
} DSM_TYPE, *PDSM_TYPE;

typedef struct _DSM_VERSION_INFO {
	ULONG MajorVersion;
	ULONG MinorVersion;
	ULONG ProductBuild;
	ULONG QfeNumber;
} DSM_VERSION_INFO, *PDSM_VERSION_INFO;

/* Sent with IOCTL_MPDSM_REGISTER from the DSM's DriverEntry. */
typedef struct _DSM_INIT_DATA {
	ULONG InitDataSize;
	DSM_INQUIRE_DRIVER DsmInquireDriver;
	DSM_COMPARE_DEVICES DsmCompareDevices;
	DSM_DEVICE_SERIAL_NUMBER DsmDeviceSerialNumber;
	DSM_GET_CONTROLLER_INFO DsmGetControllerInfo;
	DSM_SET_DEVICE_INFO DsmSetDeviceInfo;
	DSM_IS_PATH_ACTIVE DsmIsPathActive;
	DSM_PATH_VERIFY DsmPathVerify;
	DSM_INVALIDATE_PATH DsmInvalidatePath;
	DSM_MOVE_DEVICE DsmMoveDevice;
	DSM_REMOVE_PENDING DsmRemovePending;
	DSM_REMOVE_DEVICE DsmRemoveDevice;
	DSM_REMOVE_PATH DsmRemovePath;
	DSM_SRB_DEVICE_CONTROL DsmSrbDeviceControl;
	DSM_LB_GET_PATH DsmLBGetPath;
	union {
		DSM_INTERPRET_ERROR DsmInterpretError;
		DSM_INTERPRET_ERROR_EX DsmInterpretErrorEx;
	};
	DSM_UNLOAD DsmUnload;
	DSM_SET_COMPLETION DsmSetCompletion;
	DSM_CATEGORIZE_REQUEST DsmCategorizeRequest;
	DSM_BROADCAST_SRB DsmBroadcastSrb;
	DSM_WMILIB_CONTEXT DsmWmiInfo;
	PVOID DsmContext;
	PDRIVER_OBJECT DriverObject;
	UNICODE_STRING DisplayName;
	ULONG Reserved;
	DSM_TYPE DsmType;
	DSM_VERSION_INFO DsmVersion;
	DSM_WMILIB_CONTEXT DsmWmiGlobalInfo;
	DSM_ADDRESS_TYPE_SUPPORTED DsmIsAddressTypeSupported;
	DSM_DEVICE_NOT_USED DsmDeviceNotUsed;
} DSM_INIT_DATA, *PDSM_INIT_DATA;

typedef struct _MPIO_VERSION_INFO {
	ULONG MajorVersion;
	ULONG MinorVersion;
	ULONG ProductBuild;
	ULONG QfeNumber;
} MPIO_VERSION_INFO, *PMPIO_VERSION_INFO;

/* Returned by MPIO for IOCTL_MPDSM_REGISTER. */
typedef struct _DSM_MPIO_CONTEXT {
	PVOID MPIOContext;
} DSM_MPIO_CONTEXT, *PDSM_MPIO_CONTEXT;

/* Sent with IOCTL_MPDSM_DEREGISTER. */
typedef struct _DSM_DEREGISTER_DATA {
	ULONG DeregisterDataSize;
	PVOID DsmContext;
	PDRIVER_OBJECT DriverObject;
	PDSM_MPIO_CONTEXT MpioContext;
} DSM_DEREGISTER_DATA, *PDSM_DEREGISTER_DATA;

/* Notifications a DSM sends to MPIO with DsmNotification. */
typedef enum _DSM_NOTIFICATION_TYPE {
	DeviceFailure,
	PathFailure,
	PathOnLine,
	ThrottleIO,
	ResumeIO,
	SetCurrentPath,
	ThrottleIO_V2,
	ResumeIO_V2,
	SetCurrentPath_V2,
	MaxDsmNotificationType
} DSM_NOTIFICATION_TYPE, *PDSM_NOTIFICATION_TYPE;

/* MPIO library routines (exported by mpio.sys). */
VOID DsmSendDeviceIoControlSynchronous(ULONG IoControlCode, PDEVICE_OBJECT TargetDeviceObject, PVOID InputBuffer,
				       PVOID OutputBuffer, ULONG InputBufferLength, ULONG OutputBufferLength,
				       BOOLEAN InternalDeviceIoControl, PIO_STATUS_BLOCK IoStatus);
NTSTATUS DsmSendPassThroughDirect(PDEVICE_OBJECT DeviceObject, PSCSI_PASS_THROUGH_DIRECT ScsiPassThrough,
				  ULONG InputBufferLength, ULONG OutputBufferLength);
NTSTATUS DsmGetScsiAddress(PDEVICE_OBJECT DeviceObject, PSCSI_ADDRESS *ScsiAddress);
PDSM_IDS DsmGetAssociatedDevice(PVOID MPIOContext, PDEVICE_OBJECT PortFdo, UCHAR DeviceType);
NTSTATUS DsmReleaseQueue(PDEVICE_OBJECT TargetDevice);
NTSTATUS DsmSendTUR(PDEVICE_OBJECT TargetDevice);
NTSTATUS DsmSendRequest(PVOID MPIOContext, PDEVICE_OBJECT TargetDevice, PIRP Irp, PVOID DsmId);
NTSTATUS DsmSendRequestEx(PVOID MPIOContext, PDEVICE_OBJECT TargetDevice, PIRP Irp, PVOID DsmId, ULONG Flags);
VOID DsmCompleteRequest(PVOID MPIOContext, PVOID DsmId);
PDEVICE_OBJECT DsmGetPDO(PVOID MPIOContext, PDEVICE_OBJECT DeviceObject);
VOID DsmNotification(PVOID MPIOContext, DSM_NOTIFICATION_TYPE NotificationType, ...);
NTSTATUS DsmWriteEvent(PVOID MPIOContext, PWSTR ComponentName, PWSTR EventDescription, ULONG Severity);
NTSTATUS DsmGetVersion(PMPIO_VERSION_INFO MpioVersion, ULONG MpioVersionSize);
PVOID DsmGetContextFromSrb(PSCSI_REQUEST_BLOCK Srb);

DRISO_EXTERN_C_END

#endif
