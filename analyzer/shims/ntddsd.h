/*
 * driso shim: ntddsd.h, the Secure Digital (SD) bus driver interface for
 * SD/SDIO function drivers (WDK-only header).
 *
 * Declarations only (see driso_shims.h), from the Learn ntddsd.h reference
 * (SdBusOpenInterface, SdBusSubmitRequest(Async), SDBUS_INTERFACE_STANDARD,
 * SDBUS_INTERFACE_PARAMETERS, SDBUS_REQUEST_PACKET and the callback types).
 * Enumerations Learn lists without values follow the documented order
 * (SDBUS_PROPERTY's first thirteen agree with the values Microsoft's WDI
 * SDIO sample restates). Values Learn does not give are distinct driso
 * values: SDBUS_INTERFACE_VERSION, SDBUS_INTTYPE_DEVICE. SDRESP_TYPE3 and
 * SDBUS_ERASE_TYPE are named but not laid out by Learn; they carry driso
 * placeholder members. GUID_SDBUS_INTERFACE_STANDARD is declared only.
 * IOCTL_SD_SUBMIT_REQUEST (the internal device control that carries an
 * SDBUS_REQUEST_PACKET to the bus driver, as Microsoft's WDI SDIO sample
 * sends it) is not on Learn: driso value.
 */
#ifndef DRISO_SHIM_NTDDSD_H
#define DRISO_SHIM_NTDDSD_H
#include "driso_shims.h"
#include "sddef.h"

DRISO_EXTERN_C_START

extern const GUID GUID_SDBUS_INTERFACE_STANDARD;

#define SDBUS_INTERFACE_VERSION	0x101	/* driso value */
#define SDBUS_INTTYPE_DEVICE	0	/* driso value */
#define IOCTL_SD_SUBMIT_REQUEST	CTL_CODE(FILE_DEVICE_CONTROLLER, 0xD50, METHOD_NEITHER, FILE_ANY_ACCESS) /* driso value */

typedef enum {
	SDRF_GET_PROPERTY,
	SDRF_SET_PROPERTY,
	SDRF_DEVICE_COMMAND,
	SDRF_ERASE_COMMAND,
	SDRF_MMC_SOFT_RESET,
	SDRF_MMC_HPI
} SD_REQUEST_FUNCTION;

typedef enum {
	SDP_MEDIA_CHANGECOUNT = 0,
	SDP_MEDIA_STATE,
	SDP_WRITE_PROTECTED,
	SDP_FUNCTION_NUMBER,
	SDP_FUNCTION_TYPE,
	SDP_BUS_DRIVER_VERSION,
	SDP_BUS_WIDTH,
	SDP_BUS_CLOCK,
	SDP_BUS_INTERFACE_CONTROL,
	SDP_HOST_BLOCK_LENGTH,
	SDP_FUNCTION_BLOCK_LENGTH,
	SDP_FN0_BLOCK_LENGTH,
	SDP_FUNCTION_INT_ENABLE,
	SDP_SET_CARD_INTERRUPT_FORWARD,
	SDP_SET_WAKE_INTERRUPT_FORWARD,
	SDP_HIGH_CAPACITY_SUPPORTED,
	SDP_CHAINED_MDL_SUPPORTED,
	SDP_HPI_SUPPORTED
} SDBUS_PROPERTY;

typedef enum {
	SDPMS_NO_MEDIA = 0,
	SDPMS_MEDIA_INSERTED
} SDPROP_MEDIA_STATE;

typedef enum {
	_DrisoSdbusEraseTypeUndocumented = 0
} SDBUS_ERASE_TYPE;

typedef struct _SDRESP_TYPE3 {
	ULONG _drisoOcr;
} SDRESP_TYPE3, *PSDRESP_TYPE3;

typedef VOID SDBUS_CALLBACK_ROUTINE(PVOID CallbackRoutineContext, ULONG InterruptType);
typedef SDBUS_CALLBACK_ROUTINE *PSDBUS_CALLBACK_ROUTINE;

typedef struct _SDBUS_INTERFACE_PARAMETERS {
	USHORT Size;
	USHORT SdioFlags;
	PDEVICE_OBJECT TargetObject;
	BOOLEAN DeviceGeneratesInterrupts;
	BOOLEAN CallbackAtDpcLevel;
	PSDBUS_CALLBACK_ROUTINE CallbackRoutine;
	PVOID CallbackRoutineContext;
} SDBUS_INTERFACE_PARAMETERS, *PSDBUS_INTERFACE_PARAMETERS;

typedef NTSTATUS (*PSDBUS_INITIALIZE_INTERFACE_ROUTINE)(PVOID Context, PSDBUS_INTERFACE_PARAMETERS InterfaceParameters);
typedef NTSTATUS (*PSDBUS_ACKNOWLEDGE_INT_ROUTINE)(PVOID Context);

typedef struct _SDBUS_INTERFACE_STANDARD {
	USHORT Size;
	USHORT Version;
	PVOID Context;
	PINTERFACE_REFERENCE InterfaceReference;
	PINTERFACE_DEREFERENCE InterfaceDereference;
	PSDBUS_INITIALIZE_INTERFACE_ROUTINE InitializeInterface;
	PSDBUS_ACKNOWLEDGE_INT_ROUTINE AcknowledgeInterrupt;
} SDBUS_INTERFACE_STANDARD, *PSDBUS_INTERFACE_STANDARD;

typedef struct _SDBUS_REQUEST_PACKET {
	SD_REQUEST_FUNCTION RequestFunction;
	PVOID UserContext[3];
	ULONG_PTR Information;
	union {
		UCHAR AsUCHAR[16];
		ULONG AsULONG[4];
		SDRESP_TYPE3 Type3;
	} ResponseData;
	UCHAR ResponseLength;
	UCHAR Reserved;
	USHORT Flags;
	union {
		struct {
			SDBUS_PROPERTY Property;
			PVOID Buffer;
			ULONG Length;
		} GetSetProperty;
		struct {
			SDCMD_DESCRIPTOR CmdDesc;
			ULONG Argument;
			PMDL Mdl;
			ULONG Length;
		} DeviceCommand;
		struct {
			SDBUS_ERASE_TYPE EraseType;
			ULONG StartBlock;
			ULONG EndBlock;
		} EraseCommand;
		struct {
			ULONG Frequency;
		} MmcSoftReset;
		struct {
			PIRP IrpToHpi;
		} MmcHpi;
	} Parameters;
} SDBUS_REQUEST_PACKET, *PSDBUS_REQUEST_PACKET;

NTSTATUS SdBusOpenInterface(PDEVICE_OBJECT Pdo, PSDBUS_INTERFACE_STANDARD InterfaceStandard, USHORT Size, USHORT Version);
NTSTATUS SdBusSubmitRequest(PVOID InterfaceContext, PSDBUS_REQUEST_PACKET Packet);
NTSTATUS SdBusSubmitRequestAsync(PVOID InterfaceContext, PSDBUS_REQUEST_PACKET Packet, PIRP Irp, PIO_COMPLETION_ROUTINE CompletionRoutine, PVOID UserContext);

DRISO_EXTERN_C_END

#endif
