/*
 * driso_storport.h: the current Storport miniport interface, for parsing.
 *
 * mingw-w64's storport.h is the Windows Server 2003 interface: it lacks
 * most of today's API and gets some of what it has wrong (the register
 * accessors take no device extension). The storport.h shim includes this
 * file instead when srb.h has not been seen yet: srb.h's SCSI-port
 * versions of the structures Storport redefines (PORT_CONFIGURATION_
 * INFORMATION, HW_INITIALIZATION_DATA, PHW_FIND_ADAPTER and
 * SCSI_ADAPTER_CONTROL_TYPE) are renamed away while srb.h is included, so
 * SCSI_REQUEST_BLOCK, the SRB_* and SCSI notification constants still come
 * from it (and the extended SRB from driso_srbex.h).
 *
 * Declarations only (see driso_shims.h), from the Learn storport.h
 * reference: member order of the structures as documented; the StorPort*
 * routines the WDK implements as inline wrappers around
 * StorPortExtendedFunction are plain prototypes here. Numeric values of
 * STOR_STATUS_*, STOR_FEATURE_*, STOR_PERF_*, STOR_POFX_* flags and the
 * ETW enumerations are not restated from a WDK where the documentation
 * gives none: they are distinct driso values.
 */
#ifndef DRISO_STORPORT_H
#define DRISO_STORPORT_H
#include "driso_shims.h"

#define _PORT_CONFIGURATION_INFORMATION _DRISO_SCSIPORT_PORT_CONFIGURATION_INFORMATION
#define PORT_CONFIGURATION_INFORMATION DRISO_SCSIPORT_PORT_CONFIGURATION_INFORMATION
#define PPORT_CONFIGURATION_INFORMATION DRISO_SCSIPORT_PPORT_CONFIGURATION_INFORMATION
#define _HW_INITIALIZATION_DATA _DRISO_SCSIPORT_HW_INITIALIZATION_DATA
#define HW_INITIALIZATION_DATA DRISO_SCSIPORT_HW_INITIALIZATION_DATA
#define PHW_INITIALIZATION_DATA DRISO_SCSIPORT_PHW_INITIALIZATION_DATA
#define PHW_FIND_ADAPTER DRISO_SCSIPORT_PHW_FIND_ADAPTER
#define PHW_ADAPTER_CONTROL DRISO_SCSIPORT_PHW_ADAPTER_CONTROL
#define _SCSI_ADAPTER_CONTROL_TYPE _DRISO_SCSIPORT_SCSI_ADAPTER_CONTROL_TYPE
#define SCSI_ADAPTER_CONTROL_TYPE DRISO_SCSIPORT_SCSI_ADAPTER_CONTROL_TYPE
#define PSCSI_ADAPTER_CONTROL_TYPE DRISO_SCSIPORT_PSCSI_ADAPTER_CONTROL_TYPE
#define ScsiQuerySupportedControlTypes DRISO_SCSIPORT_ScsiQuerySupportedControlTypes
#define ScsiStopAdapter DRISO_SCSIPORT_ScsiStopAdapter
#define ScsiRestartAdapter DRISO_SCSIPORT_ScsiRestartAdapter
#define ScsiSetBootConfig DRISO_SCSIPORT_ScsiSetBootConfig
#define ScsiSetRunningConfig DRISO_SCSIPORT_ScsiSetRunningConfig
#define ScsiAdapterControlMax DRISO_SCSIPORT_ScsiAdapterControlMax
#define MakeAdapterControlTypeSizeOfUlong DRISO_SCSIPORT_MakeAdapterControlTypeSizeOfUlong
#define _SCSI_NOTIFICATION_TYPE _DRISO_SCSIPORT_SCSI_NOTIFICATION_TYPE
#define SCSI_NOTIFICATION_TYPE DRISO_SCSIPORT_SCSI_NOTIFICATION_TYPE
#define PSCSI_NOTIFICATION_TYPE DRISO_SCSIPORT_PSCSI_NOTIFICATION_TYPE
#define RequestComplete DRISO_SCSIPORT_RequestComplete
#define NextRequest DRISO_SCSIPORT_NextRequest
#define NextLuRequest DRISO_SCSIPORT_NextLuRequest
#define ResetDetected DRISO_SCSIPORT_ResetDetected
#define CallDisableInterrupts DRISO_SCSIPORT_CallDisableInterrupts
#define CallEnableInterrupts DRISO_SCSIPORT_CallEnableInterrupts
#define RequestTimerCall DRISO_SCSIPORT_RequestTimerCall
#define BusChangeDetected DRISO_SCSIPORT_BusChangeDetected
#define WMIEvent DRISO_SCSIPORT_WMIEvent
#define WMIReregister DRISO_SCSIPORT_WMIReregister
#define LinkUp DRISO_SCSIPORT_LinkUp
#define LinkDown DRISO_SCSIPORT_LinkDown
#define QueryTickCount DRISO_SCSIPORT_QueryTickCount
#define BufferOverrunDetected DRISO_SCSIPORT_BufferOverrunDetected
#define TraceNotification DRISO_SCSIPORT_TraceNotification
#include <srb.h>
#undef _PORT_CONFIGURATION_INFORMATION
#undef PORT_CONFIGURATION_INFORMATION
#undef PPORT_CONFIGURATION_INFORMATION
#undef _HW_INITIALIZATION_DATA
#undef HW_INITIALIZATION_DATA
#undef PHW_INITIALIZATION_DATA
#undef PHW_FIND_ADAPTER
#undef PHW_ADAPTER_CONTROL
#undef _SCSI_ADAPTER_CONTROL_TYPE
#undef SCSI_ADAPTER_CONTROL_TYPE
#undef PSCSI_ADAPTER_CONTROL_TYPE
#undef ScsiQuerySupportedControlTypes
#undef ScsiStopAdapter
#undef ScsiRestartAdapter
#undef ScsiSetBootConfig
#undef ScsiSetRunningConfig
#undef ScsiAdapterControlMax
#undef MakeAdapterControlTypeSizeOfUlong
#undef _SCSI_NOTIFICATION_TYPE
#undef SCSI_NOTIFICATION_TYPE
#undef PSCSI_NOTIFICATION_TYPE
#undef RequestComplete
#undef NextRequest
#undef NextLuRequest
#undef ResetDetected
#undef CallDisableInterrupts
#undef CallEnableInterrupts
#undef RequestTimerCall
#undef BusChangeDetected
#undef WMIEvent
#undef WMIReregister
#undef LinkUp
#undef LinkDown
#undef QueryTickCount
#undef BufferOverrunDetected
#undef TraceNotification
#include <scsi.h>

#include "driso_ntstatus_storage.h"

#define _NTSTORPORT_
#define __STORPORT_H

DRISO_EXTERN_C_START

#ifndef STORPORTAPI
#define STORPORTAPI
#endif

/* Notification types of StorPortNotification: srb.h's (renamed away
 * above) plus the Storport-only IoTargetRequestServiceTime (its position
 * is a driso value). */
typedef enum _SCSI_NOTIFICATION_TYPE {
	RequestComplete,
	NextRequest,
	NextLuRequest,
	ResetDetected,
	CallDisableInterrupts,
	CallEnableInterrupts,
	RequestTimerCall,
	BusChangeDetected,
	WMIEvent,
	WMIReregister,
	LinkUp,
	LinkDown,
	QueryTickCount,
	BufferOverrunDetected,
	TraceNotification,
	IoTargetRequestServiceTime = 0x20
} SCSI_NOTIFICATION_TYPE, *PSCSI_NOTIFICATION_TYPE;

typedef PHYSICAL_ADDRESS STOR_PHYSICAL_ADDRESS, *PSTOR_PHYSICAL_ADDRESS;

/* Storport miniports do not include wdm.h; these come from it otherwise. */
#if !defined(_WDMDDK_) && !defined(DRISO_HAVE_MEMORY_CACHING_TYPE)
#define DRISO_HAVE_MEMORY_CACHING_TYPE
typedef enum _MEMORY_CACHING_TYPE {
	MmNonCached = FALSE,
	MmCached = TRUE,
	MmWriteCombined = 2,
	MmHardwareCoherentCached,
	MmNonCachedUnordered,
	MmUSWCCached,
	MmMaximumCacheType,
	MmNotMapped = -1
} MEMORY_CACHING_TYPE;
#endif
#ifndef RtlZeroMemory
#define RtlZeroMemory(Destination, Length) __builtin_memset((Destination), 0, (Length))
#endif
#ifndef RtlCopyMemory
#define RtlCopyMemory(Destination, Source, Length) __builtin_memcpy((Destination), (Source), (Length))
#endif
#ifndef RtlMoveMemory
#define RtlMoveMemory(Destination, Source, Length) __builtin_memmove((Destination), (Source), (Length))
#endif
#ifndef RtlFillMemory
#define RtlFillMemory(Destination, Length, Fill) __builtin_memset((Destination), (Fill), (Length))
#endif
#ifndef ALIGN_UP_BY
#define ALIGN_DOWN_BY(length, alignment) ((ULONG_PTR)(length) & ~((ULONG_PTR)(alignment)-1))
#define ALIGN_UP_BY(length, alignment) (ALIGN_DOWN_BY(((ULONG_PTR)(length) + (alignment)-1), alignment))
#endif
#ifndef ALIGN_UP
#define ALIGN_DOWN(length, type) ALIGN_DOWN_BY(length, sizeof(type))
#define ALIGN_UP(length, type) ALIGN_UP_BY(length, sizeof(type))
#endif

#define MINIPORT_REG_SZ 1
#define MINIPORT_REG_BINARY 3
#define MINIPORT_REG_DWORD 4

typedef ULONG NODE_REQUIREMENT;
#define MM_ANY_NODE_OK 0x80000000

typedef struct _MEMORY_REGION {
	PUCHAR VirtualBase;
	PHYSICAL_ADDRESS PhysicalBase;
	ULONG Length;
} MEMORY_REGION, *PMEMORY_REGION;
typedef ULONG STOR_STATUS;

#define STOR_STATUS_SUCCESS (0x00000000L)
#define STOR_STATUS_UNSUCCESSFUL (0xC1000001L)
#define STOR_STATUS_NOT_IMPLEMENTED (0xC1000002L)
#define STOR_STATUS_INSUFFICIENT_RESOURCES (0xC1000003L)
#define STOR_STATUS_BUFFER_TOO_SMALL (0xC1000004L)
#define STOR_STATUS_ACCESS_DENIED (0xC1000005L)
#define STOR_STATUS_INVALID_PARAMETER (0xC1000006L)
#define STOR_STATUS_INVALID_DEVICE_REQUEST (0xC1000007L)
#define STOR_STATUS_INVALID_IRQL (0xC1000008L)
#define STOR_STATUS_INVALID_DEVICE_STATE (0xC1000009L)
#define STOR_STATUS_INVALID_BUFFER_SIZE (0xC100000AL)
#define STOR_STATUS_UNSUPPORTED_VERSION (0xC100000BL)
#define STOR_STATUS_BUSY (0xC100000CL)
#define STOR_STATUS_ALIGNMENT_ERROR (0xC100000DL)

typedef struct _STOR_SCATTER_GATHER_ELEMENT {
	STOR_PHYSICAL_ADDRESS PhysicalAddress;
	ULONG Length;
	ULONG_PTR Reserved;
} STOR_SCATTER_GATHER_ELEMENT, *PSTOR_SCATTER_GATHER_ELEMENT;

typedef struct _STOR_SCATTER_GATHER_LIST {
	ULONG NumberOfElements;
	ULONG_PTR Reserved;
	STOR_SCATTER_GATHER_ELEMENT List[ANYSIZE_ARRAY];
} STOR_SCATTER_GATHER_LIST, *PSTOR_SCATTER_GATHER_LIST;

typedef enum _STOR_SYNCHRONIZATION_MODEL {
	StorSynchronizeHalfDuplex,
	StorSynchronizeFullDuplex
} STOR_SYNCHRONIZATION_MODEL;

typedef enum _INTERRUPT_SYNCHRONIZATION_MODE {
	InterruptSupportNone,
	InterruptSynchronizeAll,
	InterruptSynchronizePerMessage
} INTERRUPT_SYNCHRONIZATION_MODE;

typedef enum _STOR_SPINLOCK {
	DpcLock = 1,
	StartIoLock,
	InterruptLock,
	ThreadedDpcLock,
	DpcLevelLock
} STOR_SPINLOCK;

/* opaque to miniports (kernel lock and DPC storage) */
typedef struct _STOR_LOCK_HANDLE {
	STOR_SPINLOCK Lock;
	struct {
		struct {
			PVOID Next;
			PVOID Lock;
		} LockQueue;
		UCHAR OldIrql;
	} Context;
} STOR_LOCK_HANDLE, *PSTOR_LOCK_HANDLE;

typedef struct _STOR_DPC {
	PVOID Reserved[10];
	ULONG_PTR Lock;
} STOR_DPC, *PSTOR_DPC;

typedef enum _SCSI_ADAPTER_CONTROL_TYPE {
	ScsiQuerySupportedControlTypes = 0,
	ScsiStopAdapter,
	ScsiRestartAdapter,
	ScsiSetBootConfig,
	ScsiSetRunningConfig,
	ScsiPowerSettingNotification,
	ScsiAdapterPower,
	ScsiAdapterPoFxPowerRequired,
	ScsiAdapterPoFxPowerActive,
	ScsiAdapterPoFxPowerSetFState,
	ScsiAdapterPoFxPowerControl,
	ScsiAdapterPrepareForBusReScan,
	ScsiAdapterSystemPowerHints,
	ScsiAdapterFilterResourceRequirements,
	ScsiAdapterPoFxMaxOperationalPower,
	ScsiAdapterPoFxSetPerfState,
	ScsiAdapterSurpriseRemoval,
	ScsiAdapterSerialNumber,
	ScsiAdapterCryptoOperation,
	ScsiAdapterQueryFruId,
	ScsiAdapterSetEventLogging,
	ScsiAdapterReportInternalData,
	ScsiAdapterResetBusSynchronous,
	ScsiAdapterPostHwInitialize,
	ScsiAdapterPrepareEarlyDumpData,
	ScsiAdapterRestoreEarlyDumpData,
	ScsiAdapterControlMax,
	MakeAdapterControlTypeSizeOfUlong = 0xffffffff
} SCSI_ADAPTER_CONTROL_TYPE, *PSCSI_ADAPTER_CONTROL_TYPE;

typedef enum _SCSI_UNIT_CONTROL_TYPE {
	ScsiQuerySupportedUnitControlTypes = 0,
	ScsiUnitUsage,
	ScsiUnitStart,
	ScsiUnitPower,
	ScsiUnitPoFxPowerInfo,
	ScsiUnitPoFxPowerRequired,
	ScsiUnitPoFxPowerActive,
	ScsiUnitPoFxPowerSetFState,
	ScsiUnitPoFxPowerControl,
	ScsiUnitRemove,
	ScsiUnitSurpriseRemoval,
	ScsiUnitRichDescription,
	ScsiUnitQueryBusType,
	ScsiUnitQueryFruId,
	ScsiUnitReportInternalData,
	ScsiUnitControlMax,
	MakeUnitControlTypeSizeOfUlong = 0xffffffff
} SCSI_UNIT_CONTROL_TYPE, *PSCSI_UNIT_CONTROL_TYPE;

typedef enum _SCSI_UNIT_CONTROL_STATUS {
	ScsiUnitControlSuccess = 0,
	ScsiUnitControlUnsuccessful
} SCSI_UNIT_CONTROL_STATUS, *PSCSI_UNIT_CONTROL_STATUS;

typedef struct _SCSI_SUPPORTED_CONTROL_TYPE_LIST DRISO_STOR_SUPPORTED_ADAPTER_CONTROLS;
typedef struct _SCSI_SUPPORTED_UNIT_CONTROL_TYPE_LIST {
	ULONG MaxControlType;
	BOOLEAN SupportedTypeList[ANYSIZE_ARRAY];
} SCSI_SUPPORTED_UNIT_CONTROL_TYPE_LIST, *PSCSI_SUPPORTED_UNIT_CONTROL_TYPE_LIST;

typedef enum _RAID_SYSTEM_POWER {
	RaidSystemPowerUnknown,
	RaidSystemPowerLowest,
	RaidSystemPowerLow,
	RaidSystemPowerMedium,
	RaidSystemPowerHigh
} RAID_SYSTEM_POWER, *PRAID_SYSTEM_POWER;

typedef struct _STOR_POWER_SETTING_INFO {
	GUID PowerSettingGuid;
	PVOID Value;
	ULONG ValueLength;
} STOR_POWER_SETTING_INFO, *PSTOR_POWER_SETTING_INFO;

typedef struct _MESSAGE_INTERRUPT_INFORMATION {
	ULONG MessageId;
	ULONG MessageData;
	STOR_PHYSICAL_ADDRESS MessageAddress;
	ULONG InterruptVector;
	ULONG InterruptLevel;
	KINTERRUPT_MODE InterruptMode;
} MESSAGE_INTERRUPT_INFORMATION, *PMESSAGE_INTERRUPT_INFORMATION;

/* miniport entry points (role types); the tag is declared at file scope
 * first, or HW_FIND_ADAPTER's parameter would name a different type */
struct _PORT_CONFIGURATION_INFORMATION;
typedef ULONG sp_DRIVER_INITIALIZE(PVOID Argument1, PVOID Argument2);
typedef BOOLEAN HW_INITIALIZE(PVOID DeviceExtension);
typedef HW_INITIALIZE *PHW_STOR_INITIALIZE;
typedef BOOLEAN HW_BUILDIO(PVOID DeviceExtension, PSCSI_REQUEST_BLOCK Srb);
typedef HW_BUILDIO *PHW_BUILDIO;
typedef BOOLEAN HW_STARTIO(PVOID DeviceExtension, PSCSI_REQUEST_BLOCK Srb);
typedef BOOLEAN HW_INTERRUPT(PVOID DeviceExtension);
typedef VOID HW_TIMER(PVOID DeviceExtension);
typedef VOID HW_TIMER_EX(PVOID DeviceExtension, PVOID Context);
typedef HW_TIMER_EX *PHW_TIMER_EX;
typedef VOID HW_DMA_STARTED(PVOID DeviceExtension);
typedef ULONG HW_FIND_ADAPTER(PVOID DeviceExtension, PVOID HwContext, PVOID BusInformation, PCHAR ArgumentString,
			      struct _PORT_CONFIGURATION_INFORMATION *ConfigInfo, PBOOLEAN Reserved3);
typedef HW_FIND_ADAPTER *PHW_FIND_ADAPTER;
typedef BOOLEAN HW_RESET_BUS(PVOID DeviceExtension, ULONG PathId);
typedef BOOLEAN HW_ADAPTER_STATE(PVOID DeviceExtension, PVOID Context, BOOLEAN SaveState);
typedef SCSI_ADAPTER_CONTROL_STATUS HW_ADAPTER_CONTROL(PVOID DeviceExtension, SCSI_ADAPTER_CONTROL_TYPE ControlType,
						       PVOID Parameters);
typedef HW_ADAPTER_CONTROL *PHW_ADAPTER_CONTROL;
typedef SCSI_UNIT_CONTROL_STATUS HW_UNIT_CONTROL(PVOID DeviceExtension, SCSI_UNIT_CONTROL_TYPE ControlType,
						 PVOID Parameters);
typedef HW_UNIT_CONTROL *PHW_UNIT_CONTROL;
typedef BOOLEAN HW_PASSIVE_INITIALIZE_ROUTINE(PVOID DeviceExtension);
typedef HW_PASSIVE_INITIALIZE_ROUTINE *PHW_PASSIVE_INITIALIZE_ROUTINE;
typedef VOID HW_DPC_ROUTINE(PSTOR_DPC Dpc, PVOID HwDeviceExtension, PVOID SystemArgument1, PVOID SystemArgument2);
typedef HW_DPC_ROUTINE *PHW_DPC_ROUTINE;
typedef VOID HW_FREE_ADAPTER_RESOURCES(PVOID DeviceExtension);
typedef HW_FREE_ADAPTER_RESOURCES *PHW_FREE_ADAPTER_RESOURCES;
typedef VOID HW_PROCESS_SERVICE_REQUEST(PVOID DeviceExtension, PVOID Irp);
typedef HW_PROCESS_SERVICE_REQUEST *PHW_PROCESS_SERVICE_REQUEST;
typedef VOID HW_COMPLETE_SERVICE_IRP(PVOID DeviceExtension);
typedef HW_COMPLETE_SERVICE_IRP *PHW_COMPLETE_SERVICE_IRP;
typedef VOID HW_INITIALIZE_TRACING(PVOID Arg1, PVOID Arg2);
typedef HW_INITIALIZE_TRACING *PHW_INITIALIZE_TRACING;
typedef VOID HW_CLEANUP_TRACING(PVOID Arg1);
typedef HW_CLEANUP_TRACING *PHW_CLEANUP_TRACING;
typedef VOID HW_TRACING_ENABLED(PVOID HwDeviceExtension, BOOLEAN Enabled);
typedef HW_TRACING_ENABLED *PHW_TRACING_ENABLED;
typedef BOOLEAN HW_MESSAGE_SIGNALED_INTERRUPT_ROUTINE(PVOID HwDeviceExtension, ULONG MessageId);
typedef HW_MESSAGE_SIGNALED_INTERRUPT_ROUTINE *PHW_MESSAGE_SIGNALED_INTERRUPT_ROUTINE;
typedef VOID HW_WORKITEM(PVOID HwDeviceExtension, PVOID Context, PVOID Worker);
typedef HW_WORKITEM *PHW_WORKITEM;
typedef VOID HW_STATE_CHANGE(PVOID HwDeviceExtension, PVOID Context, SHORT AddressType, PVOID Address,
			     ULONG Status);
typedef HW_STATE_CHANGE *PHW_STATE_CHANGE;
typedef BOOLEAN STOR_SYNCHRONIZED_ACCESS(PVOID HwDeviceExtension, PVOID Context);
typedef STOR_SYNCHRONIZED_ACCESS *PSTOR_SYNCHRONIZED_ACCESS;

typedef struct _PORT_CONFIGURATION_INFORMATION {
	ULONG Length;
	ULONG SystemIoBusNumber;
	INTERFACE_TYPE AdapterInterfaceType;
	ULONG BusInterruptLevel;
	ULONG BusInterruptVector;
	KINTERRUPT_MODE InterruptMode;
	ULONG MaximumTransferLength;
	ULONG NumberOfPhysicalBreaks;
	ULONG DmaChannel;
	ULONG DmaPort;
	DMA_WIDTH DmaWidth;
	DMA_SPEED DmaSpeed;
	ULONG AlignmentMask;
	ULONG NumberOfAccessRanges;
	ACCESS_RANGE (*AccessRanges)[];
	PVOID MiniportDumpData;
	PVOID Reserved;
	UCHAR NumberOfBuses;
	CCHAR InitiatorBusId[8];
	BOOLEAN ScatterGather;
	BOOLEAN Master;
	BOOLEAN CachesData;
	BOOLEAN AdapterScansDown;
	BOOLEAN AtdiskPrimaryClaimed;
	BOOLEAN AtdiskSecondaryClaimed;
	BOOLEAN Dma32BitAddresses;
	BOOLEAN DemandMode;
	UCHAR MapBuffers;
	BOOLEAN NeedPhysicalAddresses;
	BOOLEAN TaggedQueuing;
	BOOLEAN AutoRequestSense;
	BOOLEAN MultipleRequestPerLu;
	BOOLEAN ReceiveEvent;
	BOOLEAN RealModeInitialized;
	BOOLEAN BufferAccessScsiPortControlled;
	UCHAR MaximumNumberOfTargets;
	UCHAR SrbType;
	UCHAR AddressType;
	UCHAR ReservedUchars[1];
	ULONG SlotNumber;
	ULONG BusInterruptLevel2;
	ULONG BusInterruptVector2;
	KINTERRUPT_MODE InterruptMode2;
	ULONG DmaChannel2;
	ULONG DmaPort2;
	DMA_WIDTH DmaWidth2;
	DMA_SPEED DmaSpeed2;
	ULONG DeviceExtensionSize;
	ULONG SpecificLuExtensionSize;
	ULONG SrbExtensionSize;
	UCHAR Dma64BitAddresses;
	BOOLEAN ResetTargetSupported;
	UCHAR MaximumNumberOfLogicalUnits;
	BOOLEAN WmiDataProvider;
	STOR_SYNCHRONIZATION_MODEL SynchronizationModel;
	PHW_MESSAGE_SIGNALED_INTERRUPT_ROUTINE HwMSInterruptRoutine;
	INTERRUPT_SYNCHRONIZATION_MODE InterruptSynchronizationMode;
	MEMORY_REGION DumpRegion;
	ULONG RequestedDumpBufferSize;
	BOOLEAN VirtualDevice;
	UCHAR DumpMode;
	UCHAR DmaAddressWidth;
	ULONG ExtendedFlags1;
	ULONG MaxNumberOfIO;
	ULONG MaxIOsPerLun;
	ULONG InitialLunQueueDepth;
	ULONG BusResetHoldTime;
	ULONG FeatureSupport;
} PORT_CONFIGURATION_INFORMATION, *PPORT_CONFIGURATION_INFORMATION;

#define DUMP_MODE_CRASH 0x01
#define DUMP_MODE_HIBER 0x02
#define DUMP_MODE_MARK_MEMORY 0x03
#define DUMP_MODE_RESUME 0x04

#define STOR_MAP_NO_BUFFERS (0)
#define STOR_MAP_ALL_BUFFERS (1)
#define STOR_MAP_NON_READ_WRITE_BUFFERS (2)
#define STOR_MAP_ALL_BUFFERS_INCLUDING_READ_WRITE (3)

#define SRB_TYPE_FLAG_SCSI_REQUEST_BLOCK 0x1
#define SRB_TYPE_FLAG_STORAGE_REQUEST_BLOCK 0x2
#define ADDRESS_TYPE_FLAG_BTL8 0x1

#define STOR_FEATURE_VIRTUAL_MINIPORT 0x00000001
#define STOR_FEATURE_ATA_PASS_THROUGH 0x00000002
#define STOR_FEATURE_FULL_PNP_DEVICE_CAPABILITIES 0x00000004
#define STOR_FEATURE_DUMP_POINTERS 0x00000008
#define STOR_FEATURE_DEVICE_NAME_NO_SUFFIX 0x00000010
#define STOR_FEATURE_DUMP_RESUME_CAPABLE 0x00000020
#define STOR_FEATURE_DEVICE_DESCRIPTOR_FROM_ATA_INFO_VPD 0x00000040
#define STOR_FEATURE_EXTRA_IO_INFORMATION 0x00000080
#define STOR_FEATURE_ADAPTER_CONTROL_PRE_FINDADAPTER 0x00000100
#define STOR_FEATURE_ADAPTER_NOT_REQUIRE_IO_PORT 0x00000200
#define STOR_FEATURE_DUMP_16_BYTE_ALIGNMENT 0x00000400
#define STOR_FEATURE_SET_ADAPTER_INTERFACE_TYPE 0x00000800
#define STOR_FEATURE_DUMP_INFO 0x00001000
#define STOR_FEATURE_DMA_ALLOCATION_NUMA_NODE 0x00002000
#define STOR_FEATURE_NVME 0x00004000

#define STOR_ADAPTER_FEATURE_DEVICE_TELEMETRY 0x00000001
#define STOR_ADAPTER_FEATURE_STOP_UNIT_DURING_POWER_DOWN 0x00000002
#define STOR_ADAPTER_UNCACHED_EXTENSION_NUMA_NODE_PREFERRED 0x00000004
#define STOR_ADAPTER_DMA_V3_PREFERRED 0x00000008
#define STOR_ADAPTER_FEATURE_ABORT_COMMAND 0x00000010
#define STOR_ADAPTER_FEATURE_RICH_TEMPERATURE_THRESHOLD 0x00000020

typedef struct _HW_INITIALIZATION_DATA {
	ULONG HwInitializationDataSize;
	INTERFACE_TYPE AdapterInterfaceType;
	PHW_INITIALIZE HwInitialize;
	PHW_STARTIO HwStartIo;
	PHW_INTERRUPT HwInterrupt;
	PHW_FIND_ADAPTER HwFindAdapter;
	PHW_RESET_BUS HwResetBus;
	PHW_DMA_STARTED HwDmaStarted;
	PHW_ADAPTER_STATE HwAdapterState;
	ULONG DeviceExtensionSize;
	ULONG SpecificLuExtensionSize;
	ULONG SrbExtensionSize;
	ULONG NumberOfAccessRanges;
	PVOID Reserved;
	UCHAR MapBuffers;
	BOOLEAN NeedPhysicalAddresses;
	BOOLEAN TaggedQueuing;
	BOOLEAN AutoRequestSense;
	BOOLEAN MultipleRequestPerLu;
	BOOLEAN ReceiveEvent;
	USHORT VendorIdLength;
	PVOID VendorId;
	union {
		USHORT ReservedUshort;
		USHORT PortVersionFlags;
	};
	USHORT DeviceIdLength;
	PVOID DeviceId;
	PHW_ADAPTER_CONTROL HwAdapterControl;
	PHW_BUILDIO HwBuildIo;
	PHW_FREE_ADAPTER_RESOURCES HwFreeAdapterResources;
	PHW_PROCESS_SERVICE_REQUEST HwProcessServiceRequest;
	PHW_COMPLETE_SERVICE_IRP HwCompleteServiceIrp;
	PHW_INITIALIZE_TRACING HwInitializeTracing;
	PHW_CLEANUP_TRACING HwCleanupTracing;
	PHW_TRACING_ENABLED HwTracingEnabled;
	ULONG FeatureSupport;
	ULONG SrbTypeFlags;
	ULONG AddressTypeFlags;
	ULONG Reserved1;
	PHW_UNIT_CONTROL HwUnitControl;
} HW_INITIALIZATION_DATA, *PHW_INITIALIZATION_DATA;

/* runtime power management (PoFx) */
#define STOR_POFX_UNKNOWN_POWER 0xFFFFFFFF
#define STOR_POFX_UNKNOWN_TIME 0xFFFFFFFFFFFFFFFFULL
#define STOR_POFX_COMPONENT_IDLE_STATE_VERSION_V1 1
#define STOR_POFX_COMPONENT_VERSION_V1 1
#define STOR_POFX_COMPONENT_VERSION_V2 2
#define STOR_POFX_DEVICE_VERSION_V1 1
#define STOR_POFX_DEVICE_VERSION_V2 2
#define STOR_POFX_DEVICE_VERSION_V3 3
#define STOR_POFX_DEVICE_FLAG_NO_D0 0x00000001
#define STOR_POFX_DEVICE_FLAG_NO_D3 0x00000002
#define STOR_POFX_DEVICE_FLAG_ENABLE_D3_COLD 0x00000004
#define STOR_POFX_DEVICE_FLAG_NO_DUMP_ACTIVE 0x00000008
#define STOR_POFX_DEVICE_FLAG_IDLE_TIMEOUT 0x00000010
#define STOR_POFX_DEVICE_FLAG_ADAPTIVE_D3_IDLE_TIMEOUT 0x00000020
#define STOR_POFX_DEVICE_FLAG_NO_UNIT_REGISTRATION 0x00000040
#define STOR_POFX_DEVICE_FLAG_PERF_STATE_PEP_OPTIONAL 0x00000080
#define STOR_POFX_DEVICE_FLAG_NO_IDLE_DEBOUNCE 0x00000100
#define STOR_POFX_DEVICE_FLAG_ADAPTER_D3_WAKE 0x00000200
#define STOR_POFX_DEVICE_FLAG_DUMP_ALWAYS_POWER_ON 0x00000400

typedef struct _STOR_POFX_COMPONENT_IDLE_STATE {
	ULONG Version;
	ULONG Size;
	ULONGLONG TransitionLatency;
	ULONGLONG ResidencyRequirement;
	ULONG NominalPower;
} STOR_POFX_COMPONENT_IDLE_STATE, *PSTOR_POFX_COMPONENT_IDLE_STATE;
#define STOR_POFX_COMPONENT_IDLE_STATE_SIZE ALIGN_UP(sizeof(STOR_POFX_COMPONENT_IDLE_STATE), PVOID)

typedef struct _STOR_POFX_COMPONENT {
	ULONG Version;
	ULONG Size;
	ULONG FStateCount;
	ULONG DeepestWakeableFState;
	GUID Id;
	STOR_POFX_COMPONENT_IDLE_STATE FStates[ANYSIZE_ARRAY];
} STOR_POFX_COMPONENT, *PSTOR_POFX_COMPONENT;
#define STOR_POFX_COMPONENT_SIZE ALIGN_UP(sizeof(STOR_POFX_COMPONENT), PVOID)

typedef struct _STOR_POFX_COMPONENT_V2 {
	ULONG Version;
	ULONG Size;
	ULONG FStateCount;
	ULONG DeepestWakeableFState;
	GUID Id;
	ULONG DeepestAdapterPowerRequiredFState;
	ULONG DeepestCrashDumpReadyFState;
	STOR_POFX_COMPONENT_IDLE_STATE FStates[ANYSIZE_ARRAY];
} STOR_POFX_COMPONENT_V2, *PSTOR_POFX_COMPONENT_V2;
#define STOR_POFX_COMPONENT_V2_SIZE ALIGN_UP(sizeof(STOR_POFX_COMPONENT_V2), PVOID)

typedef struct _STOR_POFX_DEVICE {
	ULONG Version;
	ULONG Size;
	ULONG ComponentCount;
	ULONG Flags;
	STOR_POFX_COMPONENT Components[ANYSIZE_ARRAY];
} STOR_POFX_DEVICE, *PSTOR_POFX_DEVICE;
#define STOR_POFX_DEVICE_SIZE ALIGN_UP(sizeof(STOR_POFX_DEVICE), PVOID)

typedef struct _STOR_POFX_DEVICE_V2 {
	ULONG Version;
	ULONG Size;
	ULONG ComponentCount;
	ULONG Flags;
	union {
		ULONG UnitMinIdleTimeoutInMS;
		ULONG AdapterIdleTimeoutInMS;
	};
	STOR_POFX_COMPONENT_V2 Components[ANYSIZE_ARRAY];
} STOR_POFX_DEVICE_V2, *PSTOR_POFX_DEVICE_V2;
#define STOR_POFX_DEVICE_V2_SIZE ALIGN_UP(sizeof(STOR_POFX_DEVICE_V2), PVOID)

typedef struct _STOR_POFX_DEVICE_V3 {
	ULONG Version;
	ULONG Size;
	ULONG ComponentCount;
	ULONG Flags;
	union {
		ULONG UnitMinIdleTimeoutInMS;
		ULONG AdapterIdleTimeoutInMS;
	};
	ULONG MinimumPowerCyclePeriodInMS;
	STOR_POFX_COMPONENT_V2 Components[ANYSIZE_ARRAY];
} STOR_POFX_DEVICE_V3, *PSTOR_POFX_DEVICE_V3;
#define STOR_POFX_DEVICE_V3_SIZE ALIGN_UP(sizeof(STOR_POFX_DEVICE_V3), PVOID)

/* Common header of the power callbacks' parameter blocks (Learn). */
typedef struct _STOR_POWER_CONTROL_HEADER {
	ULONG Version;
	ULONG Size;
	PSTOR_ADDRESS Address;
} STOR_POWER_CONTROL_HEADER, *PSTOR_POWER_CONTROL_HEADER;

typedef struct _STOR_POFX_ACTIVE_CONTEXT {
	STOR_POWER_CONTROL_HEADER Header;
	ULONG ComponentIndex;
	BOOLEAN Active;
} STOR_POFX_ACTIVE_CONTEXT, *PSTOR_POFX_ACTIVE_CONTEXT;

typedef struct _STOR_POFX_FSTATE_CONTEXT {
	STOR_POWER_CONTROL_HEADER Header;
	ULONG ComponentIndex;
	ULONG FState;
} STOR_POFX_FSTATE_CONTEXT, *PSTOR_POFX_FSTATE_CONTEXT;

typedef struct _STOR_POFX_POWER_REQUIRED_CONTEXT {
	STOR_POWER_CONTROL_HEADER Header;
	BOOLEAN PowerRequired;
} STOR_POFX_POWER_REQUIRED_CONTEXT, *PSTOR_POFX_POWER_REQUIRED_CONTEXT;

typedef struct _STOR_POFX_UNIT_POWER_INFO {
	STOR_POWER_CONTROL_HEADER Header;
	BOOLEAN IdlePowerEnabled;
} STOR_POFX_UNIT_POWER_INFO, *PSTOR_POFX_UNIT_POWER_INFO;

typedef struct _STOR_POFX_POWER_CONTROL {
	STOR_POWER_CONTROL_HEADER Header;
	LPCGUID PowerControlCode;
	SIZE_T InBufferSize;
	SIZE_T OutBufferSize;
	PVOID InBuffer;
	PVOID OutBuffer;
	PSIZE_T BytesReturned;
} STOR_POFX_POWER_CONTROL, *PSTOR_POFX_POWER_CONTROL;


/* ScsiUnitPower / ScsiAdapterPower parameters. */
typedef struct _STOR_UNIT_CONTROL_POWER {
	PSTOR_ADDRESS Address;
	STOR_POWER_ACTION PowerAction;
	STOR_DEVICE_POWER_STATE PowerState;
} STOR_UNIT_CONTROL_POWER, *PSTOR_UNIT_CONTROL_POWER;

typedef struct _STOR_ADAPTER_CONTROL_POWER {
	STOR_POWER_CONTROL_HEADER Header;
	STOR_POWER_ACTION PowerAction;
	STOR_DEVICE_POWER_STATE PowerState;
} STOR_ADAPTER_CONTROL_POWER, *PSTOR_ADAPTER_CONTROL_POWER;

typedef struct _STOR_UNIT_ATTRIBUTES {
	ULONG DeviceAttentionSupported : 1;
	ULONG AsyncNotificationSupported : 1;
	ULONG D3ColdNotSupported : 1;
	ULONG Reserved : 29;
} STOR_UNIT_ATTRIBUTES, *PSTOR_UNIT_ATTRIBUTES;

typedef struct _STOR_REQUEST_INFO {
	ULONG Version;
	ULONG Size;
	UCHAR PriorityHint;
	UCHAR Reserved[3];
	ULONG Flags;
	ULONG Key;
	ULONG Length;
	BOOLEAN IsWriteRequest;
	UCHAR Reserved1[7];
} STOR_REQUEST_INFO, *PSTOR_REQUEST_INFO;
#define REQUEST_INFO_NO_CACHE_FLAG 0x00000001
#define REQUEST_INFO_PAGING_IO_FLAG 0x00000002
#define REQUEST_INFO_SEQUENTIAL_IO_FLAG 0x00000004
#define REQUEST_INFO_TEMPORARY_FLAG 0x00000008
#define REQUEST_INFO_WRITE_THROUGH_FLAG 0x00000010
#define REQUEST_INFO_HYBRID_WRITE_THROUGH_FLAG 0x00000020
#define REQUEST_INFO_NO_FILE_OBJECT_FLAG 0x00000040
#define REQUEST_INFO_VOLSNAP_IO_FLAG 0x00000080
#define REQUEST_INFO_STREAM_FLAG 0x00000100
#define REQUEST_INFO_VALID_CACHEPRIORITY_FLAG 0x80000000

typedef struct _STOR_SYSTEM_POWER_HINTS {
	ULONG Version;
	ULONG Size;
	RAID_SYSTEM_POWER SystemPower;
	ULONG ResumeLatencyMSec;
} STOR_SYSTEM_POWER_HINTS, *PSTOR_SYSTEM_POWER_HINTS;

typedef struct _PERF_CONFIGURATION_DATA {
	ULONG Version;
	ULONG Size;
	ULONG Flags;
	ULONG ConcurrentChannels;
	ULONG FirstRedirectionMessageNumber;
	ULONG LastRedirectionMessageNumber;
	ULONG DeviceNode;
	ULONG Reserved;
	PGROUP_AFFINITY MessageTargets;
} PERF_CONFIGURATION_DATA, *PPERF_CONFIGURATION_DATA;
#define STOR_PERF_VERSION 0x00000005
#define STOR_PERF_DPC_REDIRECTION 0x00000001
#define STOR_PERF_CONCURRENT_CHANNELS 0x00000002
#define STOR_PERF_INTERRUPT_MESSAGE_RANGES 0x00000004
#define STOR_PERF_ADV_CONFIG_LOCALITY 0x00000008
#define STOR_PERF_OPTIMIZE_FOR_COMPLETION_DURING_STARTIO 0x00000010
#define STOR_PERF_DPC_REDIRECTION_CURRENT_CPU 0x00000020
#define STOR_PERF_NO_SGL 0x00000040

typedef enum _STORPORT_ETW_EVENT_CHANNEL {
	StorportEtwEventDiagnostic = 0,
	StorportEtwEventOperational = 1,
	StorportEtwEventHealth = 2
} STORPORT_ETW_EVENT_CHANNEL, *PSTORPORT_ETW_EVENT_CHANNEL;

typedef enum _STORPORT_ETW_LEVEL {
	StorportEtwLevelLogAlways = 0,
	StorportEtwLevelCritical = 1,
	StorportEtwLevelError = 2,
	StorportEtwLevelWarning = 3,
	StorportEtwLevelInformational = 4,
	StorportEtwLevelVerbose = 5,
	StorportEtwLevelMax = StorportEtwLevelVerbose
} STORPORT_ETW_LEVEL, *PSTORPORT_ETW_LEVEL;

typedef enum _STORPORT_ETW_EVENT_OPCODE {
	StorportEtwEventOpcodeInfo = 0,
	StorportEtwEventOpcodeStart = 1,
	StorportEtwEventOpcodeStop = 2,
	StorportEtwEventOpcodeDC_Start = 3,
	StorportEtwEventOpcodeDC_Stop = 4,
	StorportEtwEventOpcodeExtension = 5,
	StorportEtwEventOpcodeReply = 6,
	StorportEtwEventOpcodeResume = 7,
	StorportEtwEventOpcodeSuspend = 8,
	StorportEtwEventOpcodeSend = 9,
	StorportEtwEventOpcodeReceive = 240
} STORPORT_ETW_EVENT_OPCODE, *PSTORPORT_ETW_EVENT_OPCODE;

#define STORPORT_ETW_EVENT_KEYWORD_IO 0x01
#define STORPORT_ETW_EVENT_KEYWORD_PERFORMANCE 0x02
#define STORPORT_ETW_EVENT_KEYWORD_POWER 0x04
#define STORPORT_ETW_EVENT_KEYWORD_ENUMERATION 0x08
#define STORPORT_ETW_EVENT_KEYWORD_COMMAND_TRACE 0x10
#define STORPORT_ETW_MAX_PARAM_NAME_LENGTH 32
#define STORPORT_ETW_MAX_DESCRIPTION_LENGTH 32

typedef enum _STOR_DEVICE_OPERATION {
	DRISO_STOR_DEVICE_OPERATION_UNUSED
} DRISO_STOR_DEVICE_OPERATION;
#define STORPORT_DEVICEOPERATION_SECURE_REPROVISION_ALLOWED_FLAG 0x00000001
extern const GUID STORPORT_DEVICEOPERATION_SECURE_REPROVISION_GUID;
extern const GUID STORPORT_DEVICEOPERATION_CACHED_SETTINGS_INIT_GUID;

typedef enum _STOR_EVENT_ASSOCIATION_ENUM {
	StorEventAdapterAssociation = 0,
	StorEventLunAssociation,
	StorEventTargetAssociation,
	StorEventInvalidAssociation
} STOR_EVENT_ASSOCIATION_ENUM;

#define STORPORT_TELEMETRY_EVENT_VERSION_1 1
#define EVENT_NAME_MAX_LENGTH 32
#define EVENT_MAX_PARAM_NAME_LEN 32
#define EVENT_BUFFER_MAX_LENGTH 4096
#define STORPORT_TELEMETRY_EVENT_MAX_PARAMETERS 8

typedef struct _STORPORT_TELEMETRY_EVENT {
	ULONG DriverVersion;
	ULONG EventId;
	UCHAR EventName[EVENT_NAME_MAX_LENGTH];
	ULONG EventVersion;
	ULONG Flags;
	ULONG EventBufferLength;
	PUCHAR EventBuffer;
	UCHAR ParameterName0[EVENT_MAX_PARAM_NAME_LEN];
	ULONGLONG ParameterValue0;
	UCHAR ParameterName1[EVENT_MAX_PARAM_NAME_LEN];
	ULONGLONG ParameterValue1;
	UCHAR ParameterName2[EVENT_MAX_PARAM_NAME_LEN];
	ULONGLONG ParameterValue2;
	UCHAR ParameterName3[EVENT_MAX_PARAM_NAME_LEN];
	ULONGLONG ParameterValue3;
	UCHAR ParameterName4[EVENT_MAX_PARAM_NAME_LEN];
	ULONGLONG ParameterValue4;
	UCHAR ParameterName5[EVENT_MAX_PARAM_NAME_LEN];
	ULONGLONG ParameterValue5;
	UCHAR ParameterName6[EVENT_MAX_PARAM_NAME_LEN];
	ULONGLONG ParameterValue6;
	UCHAR ParameterName7[EVENT_MAX_PARAM_NAME_LEN];
	ULONGLONG ParameterValue7;
} STORPORT_TELEMETRY_EVENT, *PSTORPORT_TELEMETRY_EVENT;

/* routines */
STORPORTAPI ULONG StorPortInitialize(PVOID Argument1, PVOID Argument2, PHW_INITIALIZATION_DATA HwInitializationData,
				     PVOID HwContext);
STORPORTAPI VOID StorPortFreeDeviceBase(PVOID HwDeviceExtension, PVOID MappedAddress);
STORPORTAPI ULONG StorPortGetBusData(PVOID DeviceExtension, ULONG BusDataType, ULONG SystemIoBusNumber,
				     ULONG SlotNumber, PVOID Buffer, ULONG Length);
STORPORTAPI ULONG StorPortSetBusDataByOffset(PVOID DeviceExtension, ULONG BusDataType, ULONG SystemIoBusNumber,
					     ULONG SlotNumber, PVOID Buffer, ULONG Offset, ULONG Length);
STORPORTAPI PVOID StorPortGetDeviceBase(PVOID HwDeviceExtension, INTERFACE_TYPE BusType, ULONG SystemIoBusNumber,
					STOR_PHYSICAL_ADDRESS IoAddress, ULONG NumberOfBytes, BOOLEAN InIoSpace);
STORPORTAPI PVOID StorPortGetLogicalUnit(PVOID HwDeviceExtension, UCHAR PathId, UCHAR TargetId, UCHAR Lun);
STORPORTAPI STOR_PHYSICAL_ADDRESS StorPortGetPhysicalAddress(PVOID HwDeviceExtension, PSCSI_REQUEST_BLOCK Srb,
							      PVOID VirtualAddress, ULONG *Length);
STORPORTAPI PVOID StorPortGetVirtualAddress(PVOID HwDeviceExtension, STOR_PHYSICAL_ADDRESS PhysicalAddress);
STORPORTAPI PVOID StorPortGetUncachedExtension(PVOID HwDeviceExtension, PPORT_CONFIGURATION_INFORMATION ConfigInfo,
					       ULONG NumberOfBytes);
STORPORTAPI PSTOR_SCATTER_GATHER_LIST StorPortGetScatterGatherList(PVOID HwDeviceExtension, PSCSI_REQUEST_BLOCK Srb);
STORPORTAPI VOID StorPortNotification(SCSI_NOTIFICATION_TYPE NotificationType, PVOID HwDeviceExtension, ...);
STORPORTAPI VOID StorPortLogError(PVOID HwDeviceExtension, PSCSI_REQUEST_BLOCK Srb, UCHAR PathId, UCHAR TargetId,
				  UCHAR Lun, ULONG ErrorCode, ULONG UniqueId);
STORPORTAPI VOID StorPortCompleteRequest(PVOID HwDeviceExtension, UCHAR PathId, UCHAR TargetId, UCHAR Lun,
					 UCHAR SrbStatus);
STORPORTAPI VOID StorPortMoveMemory(PVOID WriteBuffer, PVOID ReadBuffer, ULONG Length);
STORPORTAPI VOID StorPortCopyMemory(PVOID Destination, PVOID Source, ULONG Length);
STORPORTAPI VOID StorPortStallExecution(ULONG Delay);
STORPORTAPI STOR_PHYSICAL_ADDRESS StorPortConvertUlongToPhysicalAddress(ULONG_PTR UlongAddress);
STORPORTAPI ULONG StorPortConvertPhysicalAddressToUlong(STOR_PHYSICAL_ADDRESS Address);
STORPORTAPI BOOLEAN StorPortValidateRange(PVOID HwDeviceExtension, INTERFACE_TYPE BusType, ULONG SystemIoBusNumber,
					  STOR_PHYSICAL_ADDRESS IoAddress, ULONG NumberOfBytes, BOOLEAN InIoSpace);
STORPORTAPI VOID StorPortDebugPrint(ULONG DebugPrintLevel, PCCHAR DebugMessage, ...);
STORPORTAPI UCHAR StorPortReadPortUchar(PVOID HwDeviceExtension, PUCHAR Port);
STORPORTAPI USHORT StorPortReadPortUshort(PVOID HwDeviceExtension, PUSHORT Port);
STORPORTAPI ULONG StorPortReadPortUlong(PVOID HwDeviceExtension, PULONG Port);
STORPORTAPI VOID StorPortReadPortBufferUchar(PVOID HwDeviceExtension, PUCHAR Port, PUCHAR Buffer, ULONG Count);
STORPORTAPI VOID StorPortReadPortBufferUshort(PVOID HwDeviceExtension, PUSHORT Port, PUSHORT Buffer, ULONG Count);
STORPORTAPI VOID StorPortReadPortBufferUlong(PVOID HwDeviceExtension, PULONG Port, PULONG Buffer, ULONG Count);
STORPORTAPI UCHAR StorPortReadRegisterUchar(PVOID HwDeviceExtension, PUCHAR Register);
STORPORTAPI USHORT StorPortReadRegisterUshort(PVOID HwDeviceExtension, PUSHORT Register);
STORPORTAPI ULONG StorPortReadRegisterUlong(PVOID HwDeviceExtension, PULONG Register);
STORPORTAPI ULONG64 StorPortReadRegisterUlong64(PVOID HwDeviceExtension, PULONG64 Register);
STORPORTAPI VOID StorPortReadRegisterBufferUchar(PVOID HwDeviceExtension, PUCHAR Register, PUCHAR Buffer, ULONG Count);
STORPORTAPI VOID StorPortReadRegisterBufferUshort(PVOID HwDeviceExtension, PUSHORT Register, PUSHORT Buffer,
						  ULONG Count);
STORPORTAPI VOID StorPortReadRegisterBufferUlong(PVOID HwDeviceExtension, PULONG Register, PULONG Buffer, ULONG Count);
STORPORTAPI VOID StorPortWritePortUchar(PVOID HwDeviceExtension, PUCHAR Port, UCHAR Value);
STORPORTAPI VOID StorPortWritePortUshort(PVOID HwDeviceExtension, PUSHORT Port, USHORT Value);
STORPORTAPI VOID StorPortWritePortUlong(PVOID HwDeviceExtension, PULONG Port, ULONG Value);
STORPORTAPI VOID StorPortWritePortBufferUchar(PVOID HwDeviceExtension, PUCHAR Port, PUCHAR Buffer, ULONG Count);
STORPORTAPI VOID StorPortWritePortBufferUshort(PVOID HwDeviceExtension, PUSHORT Port, PUSHORT Buffer, ULONG Count);
STORPORTAPI VOID StorPortWritePortBufferUlong(PVOID HwDeviceExtension, PULONG Port, PULONG Buffer, ULONG Count);
STORPORTAPI VOID StorPortWriteRegisterUchar(PVOID HwDeviceExtension, PUCHAR Register, UCHAR Value);
STORPORTAPI VOID StorPortWriteRegisterUshort(PVOID HwDeviceExtension, PUSHORT Register, USHORT Value);
STORPORTAPI VOID StorPortWriteRegisterUlong(PVOID HwDeviceExtension, PULONG Register, ULONG Value);
STORPORTAPI VOID StorPortWriteRegisterUlong64(PVOID HwDeviceExtension, PULONG64 Register, ULONG64 Value);
STORPORTAPI VOID StorPortWriteRegisterBufferUchar(PVOID HwDeviceExtension, PUCHAR Register, PUCHAR Buffer,
						  ULONG Count);
STORPORTAPI VOID StorPortWriteRegisterBufferUshort(PVOID HwDeviceExtension, PUSHORT Register, PUSHORT Buffer,
						   ULONG Count);
STORPORTAPI VOID StorPortWriteRegisterBufferUlong(PVOID HwDeviceExtension, PULONG Register, PULONG Buffer,
						  ULONG Count);
STORPORTAPI BOOLEAN StorPortPauseDevice(PVOID HwDeviceExtension, UCHAR PathId, UCHAR TargetId, UCHAR Lun,
					ULONG Timeout);
STORPORTAPI BOOLEAN StorPortResumeDevice(PVOID HwDeviceExtension, UCHAR PathId, UCHAR TargetId, UCHAR Lun);
STORPORTAPI BOOLEAN StorPortPause(PVOID HwDeviceExtension, ULONG Timeout);
STORPORTAPI BOOLEAN StorPortResume(PVOID HwDeviceExtension);
STORPORTAPI BOOLEAN StorPortDeviceBusy(PVOID HwDeviceExtension, UCHAR PathId, UCHAR TargetId, UCHAR Lun,
				       ULONG RequestsToComplete);
STORPORTAPI BOOLEAN StorPortDeviceReady(PVOID HwDeviceExtension, UCHAR PathId, UCHAR TargetId, UCHAR Lun);
STORPORTAPI BOOLEAN StorPortBusy(PVOID HwDeviceExtension, ULONG RequestsToComplete);
STORPORTAPI BOOLEAN StorPortReady(PVOID HwDeviceExtension);
STORPORTAPI BOOLEAN StorPortSetDeviceQueueDepth(PVOID HwDeviceExtension, UCHAR PathId, UCHAR TargetId, UCHAR Lun,
						ULONG Depth);
STORPORTAPI BOOLEAN StorPortSynchronizeAccess(PVOID HwDeviceExtension, PSTOR_SYNCHRONIZED_ACCESS SynchronizedAccessRoutine,
					      PVOID Context);
STORPORTAPI VOID StorPortQuerySystemTime(PLARGE_INTEGER CurrentTime);
STORPORTAPI BOOLEAN StorPortEnablePassiveInitialization(PVOID DeviceExtension,
							PHW_PASSIVE_INITIALIZE_ROUTINE HwPassiveInitializeRoutine);
STORPORTAPI VOID StorPortInitializeDpc(PVOID DeviceExtension, PSTOR_DPC Dpc, PHW_DPC_ROUTINE HwDpcRoutine);
STORPORTAPI BOOLEAN StorPortIssueDpc(PVOID DeviceExtension, PSTOR_DPC Dpc, PVOID SystemArgument1,
				     PVOID SystemArgument2);
STORPORTAPI VOID StorPortAcquireSpinLock(PVOID DeviceExtension, STOR_SPINLOCK SpinLock, PVOID LockContext,
					 PSTOR_LOCK_HANDLE LockHandle);
STORPORTAPI VOID StorPortReleaseSpinLock(PVOID DeviceExtension, PSTOR_LOCK_HANDLE LockHandle);
STORPORTAPI ULONG StorPortAcquireMSISpinLock(PVOID HwDeviceExtension, ULONG MessageId, PULONG OldIrql);
STORPORTAPI ULONG StorPortReleaseMSISpinLock(PVOID HwDeviceExtension, ULONG MessageId, ULONG OldIrql);
STORPORTAPI ULONG StorPortGetMSIInfo(PVOID HwDeviceExtension, ULONG MessageId,
				     PMESSAGE_INTERRUPT_INFORMATION InterruptInfo);
STORPORTAPI ULONG StorPortAllocatePool(PVOID HwDeviceExtension, ULONG NumberOfBytes, ULONG Tag, PVOID *BufferPointer);
STORPORTAPI ULONG StorPortFreePool(PVOID HwDeviceExtension, PVOID BufferPointer);
STORPORTAPI ULONG StorPortAllocateDmaMemory(PVOID HwDeviceExtension, SIZE_T NumberOfBytes,
					    PHYSICAL_ADDRESS LowestAcceptableAddress,
					    PHYSICAL_ADDRESS HighestAcceptableAddress,
					    PHYSICAL_ADDRESS BoundaryAddressMultiple, MEMORY_CACHING_TYPE CacheType,
					    NODE_REQUIREMENT PreferredNode, PVOID *BufferPointer,
					    PPHYSICAL_ADDRESS PhysicalAddress);
STORPORTAPI ULONG StorPortFreeDmaMemory(PVOID HwDeviceExtension, PVOID BaseAddress, SIZE_T NumberOfBytes,
					MEMORY_CACHING_TYPE CacheType, PHYSICAL_ADDRESS PhysicalAddress);
STORPORTAPI ULONG StorPortAllocateContiguousMemorySpecifyCacheNode(
	PVOID HwDeviceExtension, SIZE_T NumberOfBytes, PHYSICAL_ADDRESS LowestAcceptableAddress,
	PHYSICAL_ADDRESS HighestAcceptableAddress, PHYSICAL_ADDRESS BoundaryAddressMultiple,
	MEMORY_CACHING_TYPE CacheType, NODE_REQUIREMENT PreferredNode, PVOID *BufferPointer);
STORPORTAPI ULONG StorPortFreeContiguousMemorySpecifyCache(PVOID HwDeviceExtension, PVOID BaseAddress,
							   SIZE_T NumberOfBytes, MEMORY_CACHING_TYPE CacheType);
STORPORTAPI ULONG StorPortInitializeTimer(PVOID HwDeviceExtension, PVOID *TimerHandle);
STORPORTAPI ULONG StorPortRequestTimer(PVOID HwDeviceExtension, PVOID TimerHandle, PHW_TIMER_EX TimerCallback,
				       PVOID CallbackContext, ULONGLONG TimerValue, ULONGLONG TolerableDelay);
STORPORTAPI ULONG StorPortFreeTimer(PVOID HwDeviceExtension, PVOID TimerHandle);
STORPORTAPI ULONG StorPortInitializeWorker(PVOID HwDeviceExtension, PVOID *Worker);
STORPORTAPI ULONG StorPortQueueWorkItem(PVOID HwDeviceExtension, PHW_WORKITEM WorkItemCallback, PVOID Worker,
					PVOID Context);
STORPORTAPI ULONG StorPortFreeWorker(PVOID HwDeviceExtension, PVOID Worker);
STORPORTAPI ULONG StorPortQueryPerformanceCounter(PVOID HwDeviceExtension, PLARGE_INTEGER PerformanceFrequency,
						  PLARGE_INTEGER PerformanceCounter);
STORPORTAPI ULONG StorPortInitializePerfOpts(PVOID HwDeviceExtension, BOOLEAN Query,
					     PPERF_CONFIGURATION_DATA PerfConfigData);
STORPORTAPI ULONG StorPortGetRequestInfo(PVOID HwDeviceExtension, PSCSI_REQUEST_BLOCK Srb,
					 PSTOR_REQUEST_INFO RequestInfo);
STORPORTAPI ULONG StorPortGetSystemPortNumber(PVOID HwDeviceExtension, PSTOR_ADDRESS Address);
STORPORTAPI ULONG StorPortSetUnitAttributes(PVOID HwDeviceExtension, PSTOR_ADDRESS Address,
					    STOR_UNIT_ATTRIBUTES Attributes);
STORPORTAPI ULONG StorPortInitializePoFxPower(PVOID HwDeviceExtension, PSTOR_ADDRESS Address,
					      PSTOR_POFX_DEVICE Device, PBOOLEAN D3ColdEnabled);
STORPORTAPI ULONG StorPortPoFxActivateComponent(PVOID HwDeviceExtension, PSTOR_ADDRESS Address,
						PSCSI_REQUEST_BLOCK Srb, ULONG Component, ULONG Flags);
STORPORTAPI ULONG StorPortPoFxIdleComponent(PVOID HwDeviceExtension, PSTOR_ADDRESS Address, PSCSI_REQUEST_BLOCK Srb,
					    ULONG Component, ULONG Flags);
STORPORTAPI ULONG StorPortSetPowerSettingNotificationGuids(PVOID HwDeviceExtension, ULONG GuidCount, LPGUID Guid);
STORPORTAPI ULONG StorPortGetD3ColdSupport(PVOID HwDeviceExtension, PSTOR_ADDRESS Address, PBOOLEAN Supported);
STORPORTAPI ULONG StorPortInvokeAcpiMethod(PVOID HwDeviceExtension, PSTOR_ADDRESS Address, ULONG MethodName,
					   PVOID InputBuffer, ULONG InputBufferLength, PVOID OutputBuffer,
					   ULONG OutputBufferLength, PULONG BytesReturned);
STORPORTAPI ULONG StorPortIsDeviceOperationAllowed(PVOID HwDeviceExtension, PSTOR_ADDRESS Address,
						   LPCGUID DeviceOperation, PULONG AllowedFlag);
STORPORTAPI ULONG StorPortStateChangeDetected(PVOID HwDeviceExtension, ULONG ChangedEntity, PSTOR_ADDRESS Address,
					      ULONG Attributes, PHW_STATE_CHANGE HwStateChange,
					      PVOID HwStateChangeContext);
STORPORTAPI ULONG StorPortAsyncNotificationDetected(PVOID HwDeviceExtension, PSTOR_ADDRESS Address, ULONGLONG Flags);
STORPORTAPI ULONG StorPortMarkDeviceFailed(PVOID HwDeviceExtension, PSTOR_ADDRESS StorAddress, ULONG Flags,
					   PWSTR FailReason);
STORPORTAPI ULONG StorPortMarkDumpMemory(PVOID HwDeviceExtension, PVOID Address, ULONG_PTR Length, ULONG Flags);
STORPORTAPI ULONG StorPortLogTelemetry(PVOID HwDeviceExtension, PSTOR_ADDRESS StorAddress,
				       PSTORPORT_TELEMETRY_EVENT Event);
STORPORTAPI BOOLEAN StorPortRegistryRead(PVOID HwDeviceExtension, PUCHAR ValueName, ULONG Global, ULONG Type,
					 PUCHAR Buffer, PULONG BufferLength);
STORPORTAPI BOOLEAN StorPortRegistryWrite(PVOID HwDeviceExtension, PUCHAR ValueName, ULONG Global, ULONG Type,
					  PUCHAR Buffer, ULONG BufferLength);
STORPORTAPI ULONG StorPortRegistryReadAdapterKey(PVOID HwDeviceExtension, PUCHAR SubKeyName, PUCHAR ValueName,
						 ULONG ValueType, PVOID *ValueData, PULONG ValueDataLength);
STORPORTAPI ULONG StorPortRegistryWriteAdapterKey(PVOID HwDeviceExtension, PUCHAR SubKeyName, PUCHAR ValueName,
						  ULONG ValueType, PVOID ValueData, ULONG ValueDataLength);
STORPORTAPI PUCHAR StorPortAllocateRegistryBuffer(PVOID HwDeviceExtension, PULONG Length);
STORPORTAPI VOID StorPortFreeRegistryBuffer(PVOID HwDeviceExtension, PUCHAR Buffer);
STORPORTAPI ULONG StorPortEtwEvent2(PVOID HwDeviceExtension, PSTOR_ADDRESS Address, ULONG EventId,
				    PWSTR EventDescription, ULONGLONG EventKeywords, STORPORT_ETW_LEVEL EventLevel,
				    STORPORT_ETW_EVENT_OPCODE EventOpcode, PSCSI_REQUEST_BLOCK Srb,
				    PWSTR Parameter1Name, ULONGLONG Parameter1Value, PWSTR Parameter2Name,
				    ULONGLONG Parameter2Value);
STORPORTAPI ULONG StorPortEtwEvent4(PVOID HwDeviceExtension, PSTOR_ADDRESS Address, ULONG EventId,
				    PWSTR EventDescription, ULONGLONG EventKeywords, STORPORT_ETW_LEVEL EventLevel,
				    STORPORT_ETW_EVENT_OPCODE EventOpcode, PSCSI_REQUEST_BLOCK Srb,
				    PWSTR Parameter1Name, ULONGLONG Parameter1Value, PWSTR Parameter2Name,
				    ULONGLONG Parameter2Value, PWSTR Parameter3Name, ULONGLONG Parameter3Value,
				    PWSTR Parameter4Name, ULONGLONG Parameter4Value);
STORPORTAPI ULONG StorPortEtwEvent8(PVOID HwDeviceExtension, PSTOR_ADDRESS Address, ULONG EventId,
				    PWSTR EventDescription, ULONGLONG EventKeywords, STORPORT_ETW_LEVEL EventLevel,
				    STORPORT_ETW_EVENT_OPCODE EventOpcode, PSCSI_REQUEST_BLOCK Srb,
				    PWSTR Parameter1Name, ULONGLONG Parameter1Value, PWSTR Parameter2Name,
				    ULONGLONG Parameter2Value, PWSTR Parameter3Name, ULONGLONG Parameter3Value,
				    PWSTR Parameter4Name, ULONGLONG Parameter4Value, PWSTR Parameter5Name,
				    ULONGLONG Parameter5Value, PWSTR Parameter6Name, ULONGLONG Parameter6Value,
				    PWSTR Parameter7Name, ULONGLONG Parameter7Value, PWSTR Parameter8Name,
				    ULONGLONG Parameter8Value);
STORPORTAPI ULONG StorPortEtwChannelEvent2(PVOID HwDeviceExtension, PSTOR_ADDRESS Address,
					   STORPORT_ETW_EVENT_CHANNEL EventChannel, ULONG EventId,
					   PWSTR EventDescription, ULONGLONG EventKeywords,
					   STORPORT_ETW_LEVEL EventLevel, STORPORT_ETW_EVENT_OPCODE EventOpcode,
					   PSCSI_REQUEST_BLOCK Srb, PWSTR Parameter1Name, ULONGLONG Parameter1Value,
					   PWSTR Parameter2Name, ULONGLONG Parameter2Value);
STORPORTAPI ULONG StorPortEtwChannelEvent4(PVOID HwDeviceExtension, PSTOR_ADDRESS Address,
					   STORPORT_ETW_EVENT_CHANNEL EventChannel, ULONG EventId,
					   PWSTR EventDescription, ULONGLONG EventKeywords,
					   STORPORT_ETW_LEVEL EventLevel, STORPORT_ETW_EVENT_OPCODE EventOpcode,
					   PSCSI_REQUEST_BLOCK Srb, PWSTR Parameter1Name, ULONGLONG Parameter1Value,
					   PWSTR Parameter2Name, ULONGLONG Parameter2Value, PWSTR Parameter3Name,
					   ULONGLONG Parameter3Value, PWSTR Parameter4Name,
					   ULONGLONG Parameter4Value);
STORPORTAPI ULONG StorPortEtwChannelEvent8(PVOID HwDeviceExtension, PSTOR_ADDRESS Address,
					   STORPORT_ETW_EVENT_CHANNEL EventChannel, ULONG EventId,
					   PWSTR EventDescription, ULONGLONG EventKeywords,
					   STORPORT_ETW_LEVEL EventLevel, STORPORT_ETW_EVENT_OPCODE EventOpcode,
					   PSCSI_REQUEST_BLOCK Srb, PWSTR Parameter1Name, ULONGLONG Parameter1Value,
					   PWSTR Parameter2Name, ULONGLONG Parameter2Value, PWSTR Parameter3Name,
					   ULONGLONG Parameter3Value, PWSTR Parameter4Name, ULONGLONG Parameter4Value,
					   PWSTR Parameter5Name, ULONGLONG Parameter5Value, PWSTR Parameter6Name,
					   ULONGLONG Parameter6Value, PWSTR Parameter7Name, ULONGLONG Parameter7Value,
					   PWSTR Parameter8Name, ULONGLONG Parameter8Value);

#ifndef DebugPrint
#if DBG
#define DebugPrint(x) StorPortDebugPrint x
#else
#define DebugPrint(x)
#endif
#endif



/* StorPortStateChangeDetected ChangedEntity (Learn values). */
#define STATE_CHANGE_LUN 0x1
#define STATE_CHANGE_TARGET 0x2
#define STATE_CHANGE_BUS 0x4

/* StorPortAsyncNotificationDetected flags (driso values). */
#define RAID_ASYNC_NOTIFY_FLAG_MEDIA_STATUS 0x1
#define RAID_ASYNC_NOTIFY_FLAG_DEVICE_STATUS 0x2
#define RAID_ASYNC_NOTIFY_FLAG_DEVICE_OPERATION 0x4
#define RAID_ASYNC_NOTIFY_SUPPORTED_FLAGS \
	(RAID_ASYNC_NOTIFY_FLAG_MEDIA_STATUS | RAID_ASYNC_NOTIFY_FLAG_DEVICE_STATUS | RAID_ASYNC_NOTIFY_FLAG_DEVICE_OPERATION)

#ifndef SRB_FLAGS_D3_PROCESSING
#define SRB_FLAGS_D3_PROCESSING 0x00000800
#endif
#ifndef SRB_FLAGS_SEQUENTIAL_REQUIRED
#define SRB_FLAGS_SEQUENTIAL_REQUIRED 0x00001000
#endif

/* Component IDs for STOR_POFX_COMPONENT.Id (values not published). */
extern const GUID STORPORT_POFX_ADAPTER_GUID;
extern const GUID STORPORT_POFX_LUN_GUID;

/* SRB_FUNCTION_DUMP_POINTERS (Learn; name length: driso value). */
#define DUMP_MINIPORT_VERSION_1 0x0100
#define DUMP_MINIPORT_VERSION DUMP_MINIPORT_VERSION_1
#define DUMP_MINIPORT_NAME_LENGTH 15
typedef struct _MINIPORT_DUMP_POINTERS {
	USHORT Version;
	USHORT Size;
	WCHAR DriverName[DUMP_MINIPORT_NAME_LENGTH];
	struct _ADAPTER_OBJECT *AdapterObject;
	PVOID MappedRegisterBase;
	ULONG CommonBufferSize;
	PVOID MiniportPrivateDumpData;
	ULONG SystemIoBusNumber;
	INTERFACE_TYPE AdapterInterfaceType;
	ULONG MaximumTransferLength;
	ULONG NumberOfPhysicalBreaks;
	ULONG AlignmentMask;
	ULONG NumberOfAccessRanges;
	ACCESS_RANGE (*AccessRanges)[];
	UCHAR NumberOfBuses;
	BOOLEAN Master;
	BOOLEAN MapBuffers;
	UCHAR MaximumNumberOfTargets;
} MINIPORT_DUMP_POINTERS, *PMINIPORT_DUMP_POINTERS;

/* SRB_FUNCTION_PNP / StorQueryCapabilities (Learn). */
typedef struct _STOR_DEVICE_CAPABILITIES_EX {
	USHORT Version;
	USHORT Size;
	ULONG DeviceD1 : 1;
	ULONG DeviceD2 : 1;
	ULONG LockSupported : 1;
	ULONG EjectSupported : 1;
	ULONG Removable : 1;
	ULONG DockDevice : 1;
	ULONG UniqueID : 1;
	ULONG SilentInstall : 1;
	ULONG RawDeviceOK : 1;
	ULONG SurpriseRemovalOK : 1;
	ULONG NoDisplayInUI : 1;
	ULONG DefaultWriteCacheEnabled : 1;
	ULONG Reserved0 : 20;
	ULONG Address;
	ULONG UINumber;
	ULONG Reserved1[2];
} STOR_DEVICE_CAPABILITIES_EX, *PSTOR_DEVICE_CAPABILITIES_EX;
#define STOR_DEVICE_CAPABILITIES_EX_VERSION_1 0x1

DRISO_EXTERN_C_END
#endif
