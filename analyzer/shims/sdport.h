/*
 * driso shim: sdport.h, the SD host controller miniport interface of the
 * SD port driver (sdport.sys). WDK-only, kernel.
 *
 * Declarations only (see driso_shims.h). Learn does not document this
 * header; names, callback signatures and structure members follow
 * Microsoft's MIT-licensed Windows-driver-samples (sd/miniport/sdhc, the
 * standard host controller miniport), which implements every callback of
 * SDPORT_INITIALIZATION_DATA and uses the request, command, bus operation
 * and capability structures. Member order and the numeric values of the
 * enumerations are driso's own (enumerators are listed in the order of
 * the SD specification where it has one); the register accessors, which
 * the WDK may implement inline, are prototypes so every call stays
 * visible.
 */
#ifndef DRISO_SHIM_SDPORT_H
#define DRISO_SHIM_SDPORT_H

#include "driso_shims.h"
#include <ntddk.h>

DRISO_EXTERN_C_START

typedef enum _SDPORT_BUS_TYPE {
	SdBusTypeUndefined = 0,
	SdBusTypeAcpi,
	SdBusTypePci
} SDPORT_BUS_TYPE, *PSDPORT_BUS_TYPE;

typedef enum _SDPORT_BUS_VOLTAGE {
	SdBusVoltageOff = 0,
	SdBusVoltage33,
	SdBusVoltage30,
	SdBusVoltage18
} SDPORT_BUS_VOLTAGE, *PSDPORT_BUS_VOLTAGE;

typedef enum _SDPORT_SIGNALING_VOLTAGE {
	SdSignalingVoltage33 = 0,
	SdSignalingVoltage18
} SDPORT_SIGNALING_VOLTAGE, *PSDPORT_SIGNALING_VOLTAGE;

typedef enum _SDPORT_BUS_SPEED {
	SdBusSpeedUndefined = 0,
	SdBusSpeedNormal,
	SdBusSpeedHigh,
	SdBusSpeedSDR12,
	SdBusSpeedSDR25,
	SdBusSpeedSDR50,
	SdBusSpeedDDR50,
	SdBusSpeedSDR104,
	SdBusSpeedHS200,
	SdBusSpeedHS400
} SDPORT_BUS_SPEED, *PSDPORT_BUS_SPEED;

typedef enum _SDPORT_DRIVE_STRENGTH {
	SdDriveStrengthB = 0,
	SdDriveStrengthA,
	SdDriveStrengthC,
	SdDriveStrengthD
} SDPORT_DRIVE_STRENGTH, *PSDPORT_DRIVE_STRENGTH;

typedef enum _SDPORT_DRIVER_TYPE {
	SdDriverTypeB = 0,
	SdDriverTypeA,
	SdDriverTypeC,
	SdDriverTypeD
} SDPORT_DRIVER_TYPE, *PSDPORT_DRIVER_TYPE;

typedef enum _SDPORT_RESET_TYPE {
	SdResetTypeUndefined = 0,
	SdResetTypeAll,
	SdResetTypeCmd,
	SdResetTypeDat
} SDPORT_RESET_TYPE, *PSDPORT_RESET_TYPE;

/* What SDPORT_ISSUE_BUS_OPERATION is asked to do. */
typedef enum _SDPORT_BUS_OPERATION_TYPE {
	SdResetHost = 1,
	SdResetHw,
	SdSetClock,
	SdSetVoltage,
	SdSetBusWidth,
	SdSetBusSpeed,
	SdSetSignalingVoltage,
	SdSetDriveStrength,
	SdSetDriverType,
	SdSetPresetValue,
	SdSetBlockGapInterrupt,
	SdExecuteTuning
} SDPORT_BUS_OPERATION_TYPE, *PSDPORT_BUS_OPERATION_TYPE;

typedef struct _SDPORT_BUS_OPERATION {
	SDPORT_BUS_OPERATION_TYPE Type;
	union {
		SDPORT_RESET_TYPE ResetType;
		ULONG FrequencyKhz;
		SDPORT_BUS_VOLTAGE Voltage;
		UCHAR BusWidth;
		SDPORT_BUS_SPEED BusSpeed;
		SDPORT_SIGNALING_VOLTAGE SignalingVoltage;
		SDPORT_DRIVE_STRENGTH DriveStrength;
		SDPORT_DRIVER_TYPE DriverType;
		BOOLEAN PresetValueEnabled;
		BOOLEAN BlockGapIntEnabled;
	} Parameters;
} SDPORT_BUS_OPERATION, *PSDPORT_BUS_OPERATION;

typedef enum _SDPORT_REQUEST_TYPE {
	SdRequestTypeUnknown = 0,
	SdRequestTypeCommandNoTransfer,
	SdRequestTypeCommandWithTransfer,
	SdRequestTypeStartTransfer
} SDPORT_REQUEST_TYPE, *PSDPORT_REQUEST_TYPE;

typedef enum _SDPORT_COMMAND_TYPE {
	SdCommandTypeUndefined = 0,
	SdCommandTypeSuspend,
	SdCommandTypeResume,
	SdCommandTypeAbort
} SDPORT_COMMAND_TYPE, *PSDPORT_COMMAND_TYPE;

typedef enum _SDPORT_COMMAND_CLASS {
	SdCommandClassStandard = 0,
	SdCommandClassApp
} SDPORT_COMMAND_CLASS, *PSDPORT_COMMAND_CLASS;

/* Response formats of the SD physical layer specification. */
typedef enum _SDPORT_RESPONSE_TYPE {
	SdResponseTypeUndefined = 0,
	SdResponseTypeNone,
	SdResponseTypeR1,
	SdResponseTypeR1B,
	SdResponseTypeR2,
	SdResponseTypeR3,
	SdResponseTypeR4,
	SdResponseTypeR5,
	SdResponseTypeR5B,
	SdResponseTypeR6
} SDPORT_RESPONSE_TYPE, *PSDPORT_RESPONSE_TYPE;

typedef enum _SDPORT_TRANSFER_TYPE {
	SdTransferTypeUndefined = 0,
	SdTransferTypeNone,
	SdTransferTypeSingleBlock,
	SdTransferTypeMultiBlock,
	SdTransferTypeMultiBlockNoStop
} SDPORT_TRANSFER_TYPE, *PSDPORT_TRANSFER_TYPE;

typedef enum _SDPORT_TRANSFER_DIRECTION {
	SdTransferDirectionUndefined = 0,
	SdTransferDirectionRead,
	SdTransferDirectionWrite
} SDPORT_TRANSFER_DIRECTION, *PSDPORT_TRANSFER_DIRECTION;

typedef enum _SDPORT_TRANSFER_METHOD {
	SdTransferMethodUndefined = 0,
	SdTransferMethodPio,
	SdTransferMethodSgDma
} SDPORT_TRANSFER_METHOD, *PSDPORT_TRANSFER_METHOD;

typedef struct _SDPORT_COMMAND {
	UCHAR Index;
	SDPORT_COMMAND_CLASS Class;
	SDPORT_COMMAND_TYPE Type;
	SDPORT_RESPONSE_TYPE ResponseType;
	ULONG Argument;
	SDPORT_TRANSFER_TYPE TransferType;
	SDPORT_TRANSFER_DIRECTION TransferDirection;
	SDPORT_TRANSFER_METHOD TransferMethod;
	USHORT BlockSize;
	ULONG BlockCount;
	ULONG Length;
	PUCHAR DataBuffer;
	PSCATTER_GATHER_LIST ScatterGatherList;
	PVOID DmaVirtualAddress;
	PHYSICAL_ADDRESS DmaPhysicalAddress;
} SDPORT_COMMAND, *PSDPORT_COMMAND;

typedef struct _SDPORT_REQUEST {
	SDPORT_REQUEST_TYPE Type;
	SDPORT_COMMAND Command;
	ULONG RequiredEvents;
	NTSTATUS Status;
	PVOID Context;
} SDPORT_REQUEST, *PSDPORT_REQUEST;

/* Filled in by SDPORT_GET_SLOT_CAPABILITIES. */
typedef struct _SDPORT_CAPABILITIES {
	USHORT SpecVersion;
	USHORT MaximumOutstandingRequests;
	ULONG MaximumBlockSize;
	ULONG MaximumBlockCount;
	ULONG BaseClockFrequencyKhz;
	ULONG DmaDescriptorSize;
	ULONG AlignmentRequirement;
	ULONG PioTransferMaxThreshold;
	ULONG TuningTimerCountInSeconds;
	struct {
		ULONG Address64Bit : 1;
		ULONG BusWidth8Bit : 1;
		ULONG HighSpeed : 1;
		ULONG SDR50 : 1;
		ULONG SDR104 : 1;
		ULONG DDR50 : 1;
		ULONG HS200 : 1;
		ULONG HS400 : 1;
		ULONG DriverTypeA : 1;
		ULONG DriverTypeB : 1;
		ULONG DriverTypeC : 1;
		ULONG DriverTypeD : 1;
		ULONG TuningForSDR50 : 1;
		ULONG SoftwareTuning : 1;
		ULONG AutoCmd12 : 1;
		ULONG AutoCmd23 : 1;
		ULONG Voltage18V : 1;
		ULONG Voltage30V : 1;
		ULONG Voltage33V : 1;
		ULONG SignalingVoltage18V : 1;
		ULONG ScatterGatherDma : 1;
		ULONG Limit200mA : 1;
		ULONG Limit400mA : 1;
		ULONG Limit600mA : 1;
		ULONG Limit800mA : 1;
		ULONG Reserved : 7;
	} Supported;
	struct {
		ULONG UsePioForRead : 1;
		ULONG UsePioForWrite : 1;
		ULONG Reserved : 30;
	} Flags;
} SDPORT_CAPABILITIES, *PSDPORT_CAPABILITIES;

/* The port driver's view of a host controller, passed to the
 * controller-wide callbacks. */
typedef struct _SD_MINIPORT {
	ULONG Size;
	struct {
		SDPORT_BUS_TYPE BusType;
		PVOID BusContext;
		PDEVICE_OBJECT PhysicalDeviceObject;
		PDEVICE_OBJECT FunctionalDeviceObject;
	} ConfigurationInfo;
	PVOID PrivateExtension;
} SD_MINIPORT, *PSD_MINIPORT;

/* Per-slot state the port driver keeps (opaque to the miniport). */
typedef struct _SDPORT_SLOT_EXTENSION *PSDPORT_SLOT_EXTENSION;

/* Miniport callbacks (function types: `SDPORT_INITIALIZE MyInit;`). */
typedef NTSTATUS SDPORT_GET_SLOT_COUNT(PSD_MINIPORT Miniport, PUCHAR SlotCount);
typedef SDPORT_GET_SLOT_COUNT *PSDPORT_GET_SLOT_COUNT;
typedef VOID SDPORT_GET_SLOT_CAPABILITIES(PVOID PrivateExtension, PSDPORT_CAPABILITIES Capabilities);
typedef SDPORT_GET_SLOT_CAPABILITIES *PSDPORT_GET_SLOT_CAPABILITIES;
typedef NTSTATUS SDPORT_INITIALIZE(PVOID PrivateExtension, PHYSICAL_ADDRESS PhysicalBase, PVOID VirtualBase,
				   ULONG Length, BOOLEAN CrashdumpMode);
typedef SDPORT_INITIALIZE *PSDPORT_INITIALIZE;
typedef NTSTATUS SDPORT_ISSUE_BUS_OPERATION(PVOID PrivateExtension, PSDPORT_BUS_OPERATION BusOperation);
typedef SDPORT_ISSUE_BUS_OPERATION *PSDPORT_ISSUE_BUS_OPERATION;
typedef BOOLEAN SDPORT_GET_CARD_DETECT_STATE(PVOID PrivateExtension);
typedef SDPORT_GET_CARD_DETECT_STATE *PSDPORT_GET_CARD_DETECT_STATE;
typedef BOOLEAN SDPORT_GET_WRITE_PROTECT_STATE(PVOID PrivateExtension);
typedef SDPORT_GET_WRITE_PROTECT_STATE *PSDPORT_GET_WRITE_PROTECT_STATE;
typedef BOOLEAN SDPORT_INTERRUPT(PVOID PrivateExtension, PULONG Events, PULONG Errors, PBOOLEAN CardChange,
				 PBOOLEAN SdioInterrupt, PBOOLEAN Tuning);
typedef SDPORT_INTERRUPT *PSDPORT_INTERRUPT;
typedef NTSTATUS SDPORT_ISSUE_REQUEST(PVOID PrivateExtension, PSDPORT_REQUEST Request);
typedef SDPORT_ISSUE_REQUEST *PSDPORT_ISSUE_REQUEST;
typedef VOID SDPORT_GET_RESPONSE(PVOID PrivateExtension, PSDPORT_COMMAND Command, PVOID ResponseBuffer);
typedef SDPORT_GET_RESPONSE *PSDPORT_GET_RESPONSE;
typedef VOID SDPORT_TOGGLE_EVENTS(PVOID PrivateExtension, ULONG EventMask, BOOLEAN Enable);
typedef SDPORT_TOGGLE_EVENTS *PSDPORT_TOGGLE_EVENTS;
typedef VOID SDPORT_CLEAR_EVENTS(PVOID PrivateExtension, ULONG EventMask);
typedef SDPORT_CLEAR_EVENTS *PSDPORT_CLEAR_EVENTS;
typedef VOID SDPORT_REQUEST_DPC(PVOID PrivateExtension, PSDPORT_REQUEST Request, ULONG Events, ULONG Errors);
typedef SDPORT_REQUEST_DPC *PSDPORT_REQUEST_DPC;
typedef VOID SDPORT_SAVE_CONTEXT(PVOID PrivateExtension);
typedef SDPORT_SAVE_CONTEXT *PSDPORT_SAVE_CONTEXT;
typedef VOID SDPORT_RESTORE_CONTEXT(PVOID PrivateExtension);
typedef SDPORT_RESTORE_CONTEXT *PSDPORT_RESTORE_CONTEXT;
typedef NTSTATUS SDPORT_PO_FX_POWER_CONTROL_CALLBACK(PSD_MINIPORT Miniport, LPCGUID PowerControlCode,
						     PVOID InputBuffer, SIZE_T InputBufferSize, PVOID OutputBuffer,
						     SIZE_T OutputBufferSize, PSIZE_T BytesReturned);
typedef SDPORT_PO_FX_POWER_CONTROL_CALLBACK *PSDPORT_PO_FX_POWER_CONTROL_CALLBACK;
typedef VOID SDPORT_CLEANUP(PSD_MINIPORT Miniport);
typedef SDPORT_CLEANUP *PSDPORT_CLEANUP;

typedef struct _SDPORT_INITIALIZATION_DATA {
	ULONG StructureSize;
	PSDPORT_GET_SLOT_COUNT GetSlotCount;
	PSDPORT_GET_SLOT_CAPABILITIES GetSlotCapabilities;
	PSDPORT_INITIALIZE Initialize;
	PSDPORT_ISSUE_BUS_OPERATION IssueBusOperation;
	PSDPORT_GET_CARD_DETECT_STATE GetCardDetectState;
	PSDPORT_GET_WRITE_PROTECT_STATE GetWriteProtectState;
	PSDPORT_INTERRUPT Interrupt;
	PSDPORT_ISSUE_REQUEST IssueRequest;
	PSDPORT_GET_RESPONSE GetResponse;
	PSDPORT_TOGGLE_EVENTS ToggleEvents;
	PSDPORT_CLEAR_EVENTS ClearEvents;
	PSDPORT_REQUEST_DPC RequestDpc;
	PSDPORT_SAVE_CONTEXT SaveContext;
	PSDPORT_RESTORE_CONTEXT RestoreContext;
	PSDPORT_PO_FX_POWER_CONTROL_CALLBACK PowerControlCallback;
	PSDPORT_CLEANUP Cleanup;
	ULONG PrivateExtensionSize;
	BOOLEAN CrashdumpSupported;
} SDPORT_INITIALIZATION_DATA, *PSDPORT_INITIALIZATION_DATA;

/* Port driver services. */
NTSTATUS SdPortInitialize(PVOID DriverObject, PVOID RegistryPath, PSDPORT_INITIALIZATION_DATA InitializationData);
VOID SdPortCompleteRequest(PSDPORT_REQUEST Request, NTSTATUS Status);
VOID SdPortWait(ULONG TimeInUs);
NTSTATUS SdPortGetPciConfigSpace(PSD_MINIPORT Miniport, ULONG Offset, PUCHAR Buffer, ULONG Length);
NTSTATUS SdPortSetPciConfigSpace(PSD_MINIPORT Miniport, ULONG Offset, PUCHAR Buffer, ULONG Length);

/* Host register access (base address from SDPORT_INITIALIZE). */
UCHAR SdPortReadRegisterUchar(PVOID BaseAddress, ULONG Offset);
USHORT SdPortReadRegisterUshort(PVOID BaseAddress, ULONG Offset);
ULONG SdPortReadRegisterUlong(PVOID BaseAddress, ULONG Offset);
VOID SdPortWriteRegisterUchar(PVOID BaseAddress, ULONG Offset, UCHAR Data);
VOID SdPortWriteRegisterUshort(PVOID BaseAddress, ULONG Offset, USHORT Data);
VOID SdPortWriteRegisterUlong(PVOID BaseAddress, ULONG Offset, ULONG Data);
VOID SdPortReadRegisterBufferUchar(PVOID BaseAddress, ULONG Offset, PUCHAR Buffer, ULONG Length);
VOID SdPortReadRegisterBufferUshort(PVOID BaseAddress, ULONG Offset, PUSHORT Buffer, ULONG Length);
VOID SdPortReadRegisterBufferUlong(PVOID BaseAddress, ULONG Offset, PULONG Buffer, ULONG Length);
VOID SdPortWriteRegisterBufferUchar(PVOID BaseAddress, ULONG Offset, PUCHAR Buffer, ULONG Length);
VOID SdPortWriteRegisterBufferUshort(PVOID BaseAddress, ULONG Offset, PUSHORT Buffer, ULONG Length);
VOID SdPortWriteRegisterBufferUlong(PVOID BaseAddress, ULONG Offset, PULONG Buffer, ULONG Length);

DRISO_EXTERN_C_END

#endif
