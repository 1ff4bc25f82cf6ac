/*
 * driso shim: wudfwdm.h, kernel-flavoured types for UMDF 2 drivers.
 *
 * Declarations only (see driso_shims.h). UMDF 2 signatures use WDM types
 * (PIRP, PDEVICE_OBJECT, POOL_TYPE, CM_PARTIAL_RESOURCE_DESCRIPTOR, ...) that
 * a user-mode TU does not have. Objects a UMDF driver never looks into are
 * opaque; enums and structures a UMDF driver does use carry the WDM values
 * and fields. Everything is skipped in kernel TUs, where wdm.h has it.
 */
#ifndef DRISO_SHIM_WUDFWDM_H
#define DRISO_SHIM_WUDFWDM_H

#include "driso_shims.h"

#if !defined(_WDMDDK_)
#include <windows.h>
#include <winternl.h>
#include <devpropdef.h>

DRISO_EXTERN_C_START

typedef CCHAR KPROCESSOR_MODE;
typedef enum _MODE { KernelMode, UserMode, MaximumMode } MODE;
typedef UCHAR KIRQL, *PKIRQL;
#define PASSIVE_LEVEL 0
#define APC_LEVEL 1
#define DISPATCH_LEVEL 2

typedef PVOID PIRP; /* as usb.h declares it outside the kernel */
typedef struct _DEVICE_OBJECT *PDEVICE_OBJECT;
typedef struct _DRIVER_OBJECT *PDRIVER_OBJECT;
typedef struct _FILE_OBJECT *PFILE_OBJECT;
typedef PVOID PMDL;
typedef struct _KTHREAD *PKTHREAD, *PRKTHREAD;
typedef struct _ETHREAD *PETHREAD;
typedef struct _EPROCESS *PEPROCESS;
typedef struct _KINTERRUPT *PKINTERRUPT;
typedef struct _IO_SECURITY_CONTEXT *PIO_SECURITY_CONTEXT;
typedef struct _IO_STACK_LOCATION *PIO_STACK_LOCATION;
typedef struct _POP_FX_DEVICE *POHANDLE;
typedef struct _KEVENT *PKEVENT, *PRKEVENT;
typedef struct _DMA_ADAPTER *PDMA_ADAPTER;
typedef LARGE_INTEGER PHYSICAL_ADDRESS, *PPHYSICAL_ADDRESS;

typedef NTSTATUS DRIVER_INITIALIZE(PDRIVER_OBJECT DriverObject, PUNICODE_STRING RegistryPath);
typedef DRIVER_INITIALIZE *PDRIVER_INITIALIZE;

typedef enum _POOL_TYPE {
	NonPagedPool, NonPagedPoolExecute = NonPagedPool, PagedPool, NonPagedPoolMustSucceed = NonPagedPool + 2,
	DontUseThisType, NonPagedPoolCacheAligned = NonPagedPool + 4, PagedPoolCacheAligned,
	NonPagedPoolCacheAlignedMustS = NonPagedPool + 6, MaxPoolType, NonPagedPoolBase = 0,
	NonPagedPoolNx = 512, NonPagedPoolNxCacheAligned = NonPagedPoolNx + 4,
	NonPagedPoolSession = 32, PagedPoolSession = NonPagedPoolSession + 1,
} POOL_TYPE;

typedef enum _MEMORY_CACHING_TYPE {
	MmNotMapped = -1, MmNonCached = 0, MmCached = 1, MmWriteCombined = 2, MmHardwareCoherentCached,
	MmNonCachedUnordered, MmUSWCCached, MmMaximumCacheType,
} MEMORY_CACHING_TYPE;

typedef enum _KINTERRUPT_MODE { LevelSensitive, Latched } KINTERRUPT_MODE;
typedef enum _KINTERRUPT_POLARITY {
	InterruptPolarityUnknown, InterruptActiveHigh, InterruptRisingEdge = InterruptActiveHigh,
	InterruptActiveLow, InterruptFallingEdge = InterruptActiveLow, InterruptActiveBoth,
	InterruptActiveBothTriggerLow = InterruptActiveBoth, InterruptActiveBothTriggerHigh,
} KINTERRUPT_POLARITY, *PKINTERRUPT_POLARITY;

typedef enum _DEVICE_RELATION_TYPE {
	BusRelations, EjectionRelations, PowerRelations, RemovalRelations, TargetDeviceRelation,
	SingleBusRelations, TransportRelations,
} DEVICE_RELATION_TYPE, *PDEVICE_RELATION_TYPE;

typedef enum _DEVICE_REGISTRY_PROPERTY {
	DevicePropertyDeviceDescription = 0x0, DevicePropertyHardwareID = 0x1, DevicePropertyCompatibleIDs = 0x2,
	DevicePropertyBootConfiguration = 0x3, DevicePropertyBootConfigurationTranslated = 0x4,
	DevicePropertyClassName = 0x5, DevicePropertyClassGuid = 0x6, DevicePropertyDriverKeyName = 0x7,
	DevicePropertyManufacturer = 0x8, DevicePropertyFriendlyName = 0x9, DevicePropertyLocationInformation = 0xa,
	DevicePropertyPhysicalDeviceObjectName = 0xb, DevicePropertyBusTypeGuid = 0xc,
	DevicePropertyLegacyBusType = 0xd, DevicePropertyBusNumber = 0xe, DevicePropertyEnumeratorName = 0xf,
	DevicePropertyAddress = 0x10, DevicePropertyUINumber = 0x11, DevicePropertyInstallState = 0x12,
	DevicePropertyRemovalPolicy = 0x13, DevicePropertyResourceRequirements = 0x14,
	DevicePropertyAllocatedResources = 0x15, DevicePropertyContainerID = 0x16,
} DEVICE_REGISTRY_PROPERTY;

typedef enum _DEVICE_INSTALL_STATE {
	InstallStateInstalled, InstallStateNeedsReinstall, InstallStateFailedInstall, InstallStateFinishInstall,
} DEVICE_INSTALL_STATE, *PDEVICE_INSTALL_STATE;

typedef enum _DEVICE_REMOVAL_POLICY {
	RemovalPolicyExpectNoRemoval = 1, RemovalPolicyExpectOrderlyRemoval = 2, RemovalPolicyExpectSurpriseRemoval = 3,
} DEVICE_REMOVAL_POLICY, *PDEVICE_REMOVAL_POLICY;

typedef enum _INTERFACE_TYPE {
	InterfaceTypeUndefined = -1, Internal, Isa, Eisa, MicroChannel, TurboChannel, PCIBus, VMEBus, NuBus,
	PCMCIABus, CBus, MPIBus, MPSABus, ProcessorInternal, InternalPowerBus, PNPISABus, PNPBus, Vmcs,
	ACPIBus, MaximumInterfaceType,
} INTERFACE_TYPE, *PINTERFACE_TYPE;

#ifndef POINTER_ALIGNMENT
#define POINTER_ALIGNMENT
#endif

/* commdlg.h (via windows.h) leaves INTERFACE defined as a COM macro. */
#pragma push_macro("INTERFACE")
#undef INTERFACE
typedef VOID (*PINTERFACE_REFERENCE)(PVOID Context);
typedef VOID (*PINTERFACE_DEREFERENCE)(PVOID Context);
typedef struct _INTERFACE {
	USHORT Size;
	USHORT Version;
	PVOID Context;
	PINTERFACE_REFERENCE InterfaceReference;
	PINTERFACE_DEREFERENCE InterfaceDereference;
} INTERFACE, *PINTERFACE;
#pragma pop_macro("INTERFACE")

typedef struct _PNP_BUS_INFORMATION {
	GUID BusTypeGuid;
	INTERFACE_TYPE LegacyBusType;
	ULONG BusNumber;
} PNP_BUS_INFORMATION, *PPNP_BUS_INFORMATION;

/* Resource descriptors (UMDF 2 drivers may own registers, ports and
 * interrupts). */
#define CmResourceTypeNull 0
#define CmResourceTypePort 1
#define CmResourceTypeInterrupt 2
#define CmResourceTypeMemory 3
#define CmResourceTypeDma 4
#define CmResourceTypeDeviceSpecific 5
#define CmResourceTypeBusNumber 6
#define CmResourceTypeMemoryLarge 7
#define CmResourceTypeConnection 0x84
#define CM_RESOURCE_INTERRUPT_LATCHED 0x0001
#define CM_RESOURCE_INTERRUPT_MESSAGE 0x0002
#define CM_RESOURCE_CONNECTION_CLASS_GPIO 0x01
#define CM_RESOURCE_CONNECTION_CLASS_SERIAL 0x02
#define CM_RESOURCE_CONNECTION_TYPE_GPIO_IO 0x02
#define CM_RESOURCE_CONNECTION_TYPE_SERIAL_I2C 0x01
#define CM_RESOURCE_CONNECTION_TYPE_SERIAL_SPI 0x02
#define CM_RESOURCE_CONNECTION_TYPE_SERIAL_UART 0x03

typedef enum _CM_SHARE_DISPOSITION {
	CmResourceShareUndetermined = 0, CmResourceShareDeviceExclusive, CmResourceShareDriverExclusive,
	CmResourceShareShared,
} CM_SHARE_DISPOSITION;

#include <pshpack4.h>
typedef struct _CM_PARTIAL_RESOURCE_DESCRIPTOR {
	UCHAR Type;
	UCHAR ShareDisposition;
	USHORT Flags;
	union {
		struct { PHYSICAL_ADDRESS Start; ULONG Length; } Generic;
		struct { PHYSICAL_ADDRESS Start; ULONG Length; } Port;
		struct { USHORT Level; USHORT Group; ULONG Vector; KAFFINITY Affinity; } Interrupt;
		struct {
			union {
				struct { USHORT Group; USHORT MessageCount; ULONG Vector; KAFFINITY Affinity; } Raw;
				struct { USHORT Level; USHORT Group; ULONG Vector; KAFFINITY Affinity; } Translated;
			} DUMMYUNIONNAME;
		} MessageInterrupt;
		struct { PHYSICAL_ADDRESS Start; ULONG Length; } Memory;
		struct { ULONG Channel; ULONG Port; ULONG Reserved1; } Dma;
		struct { ULONG Channel; ULONG RequestLine; UCHAR TransferWidth; UCHAR Reserved1; UCHAR Reserved2; UCHAR Reserved3; } DmaV3;
		struct { ULONG Data[3]; } DevicePrivate;
		struct { ULONG Start; ULONG Length; ULONG Reserved; } BusNumber;
		struct { ULONG DataSize; ULONG Reserved1; ULONG Reserved2; } DeviceSpecificData;
		struct { PHYSICAL_ADDRESS Start; ULONG Length40; } Memory40;
		struct { PHYSICAL_ADDRESS Start; ULONG Length48; } Memory48;
		struct { PHYSICAL_ADDRESS Start; ULONG Length64; } Memory64;
		struct { UCHAR Class; UCHAR Type; UCHAR Reserved1; UCHAR Reserved2; ULONG IdLowPart; ULONG IdHighPart; } Connection;
	} u;
} CM_PARTIAL_RESOURCE_DESCRIPTOR, *PCM_PARTIAL_RESOURCE_DESCRIPTOR;
#include <poppack.h>

typedef struct _IO_RESOURCE_DESCRIPTOR {
	UCHAR Option;
	UCHAR Type;
	UCHAR ShareDisposition;
	UCHAR Spare1;
	USHORT Flags;
	USHORT Spare2;
	union {
		struct { ULONG Length; ULONG Alignment; PHYSICAL_ADDRESS MinimumAddress; PHYSICAL_ADDRESS MaximumAddress; } Port;
		struct { ULONG Length; ULONG Alignment; PHYSICAL_ADDRESS MinimumAddress; PHYSICAL_ADDRESS MaximumAddress; } Memory;
		struct { ULONG MinimumVector; ULONG MaximumVector; USHORT AffinityPolicy; USHORT Group; ULONG PriorityPolicy; KAFFINITY TargetedProcessors; } Interrupt;
		struct { ULONG MinimumChannel; ULONG MaximumChannel; } Dma;
		struct { ULONG Length; ULONG Alignment; PHYSICAL_ADDRESS MinimumAddress; PHYSICAL_ADDRESS MaximumAddress; } Generic;
		struct { ULONG Data[3]; } DevicePrivate;
		struct { ULONG Length; ULONG MinBusNumber; ULONG MaxBusNumber; ULONG Reserved; } BusNumber;
		struct { UCHAR Class; UCHAR Type; UCHAR Reserved1; UCHAR Reserved2; ULONG IdLowPart; ULONG IdHighPart; } Connection;
	} u;
} IO_RESOURCE_DESCRIPTOR, *PIO_RESOURCE_DESCRIPTOR;

/* Major function codes (UMDF 2 queues dispatch by them). */
#define IRP_MJ_CREATE 0x00
#define IRP_MJ_CREATE_NAMED_PIPE 0x01
#define IRP_MJ_CLOSE 0x02
#define IRP_MJ_READ 0x03
#define IRP_MJ_WRITE 0x04
#define IRP_MJ_QUERY_INFORMATION 0x05
#define IRP_MJ_SET_INFORMATION 0x06
#define IRP_MJ_QUERY_EA 0x07
#define IRP_MJ_SET_EA 0x08
#define IRP_MJ_FLUSH_BUFFERS 0x09
#define IRP_MJ_QUERY_VOLUME_INFORMATION 0x0a
#define IRP_MJ_SET_VOLUME_INFORMATION 0x0b
#define IRP_MJ_DIRECTORY_CONTROL 0x0c
#define IRP_MJ_FILE_SYSTEM_CONTROL 0x0d
#define IRP_MJ_DEVICE_CONTROL 0x0e
#define IRP_MJ_INTERNAL_DEVICE_CONTROL 0x0f
#define IRP_MJ_SHUTDOWN 0x10
#define IRP_MJ_LOCK_CONTROL 0x11
#define IRP_MJ_CLEANUP 0x12
#define IRP_MJ_CREATE_MAILSLOT 0x13
#define IRP_MJ_QUERY_SECURITY 0x14
#define IRP_MJ_SET_SECURITY 0x15
#define IRP_MJ_POWER 0x16
#define IRP_MJ_SYSTEM_CONTROL 0x17
#define IRP_MJ_DEVICE_CHANGE 0x18
#define IRP_MJ_QUERY_QUOTA 0x19
#define IRP_MJ_SET_QUOTA 0x1a
#define IRP_MJ_PNP 0x1b
#define IRP_MJ_MAXIMUM_FUNCTION 0x1b

/* Runtime power framework (PoFx) callback shapes used by WDF's
 * WDF_POWER_FRAMEWORK_SETTINGS. */
typedef struct _PO_FX_COMPONENT_IDLE_STATE {
	ULONGLONG TransitionLatency;
	ULONGLONG ResidencyRequirement;
	ULONG NominalPower;
} PO_FX_COMPONENT_IDLE_STATE, *PPO_FX_COMPONENT_IDLE_STATE;
typedef struct _PO_FX_COMPONENT_V1 {
	GUID Id;
	ULONG IdleStateCount;
	ULONG DeepestWakeableIdleState;
	PPO_FX_COMPONENT_IDLE_STATE IdleStates;
} PO_FX_COMPONENT_V1, *PPO_FX_COMPONENT_V1;
typedef PO_FX_COMPONENT_V1 PO_FX_COMPONENT, *PPO_FX_COMPONENT;
typedef VOID PO_FX_COMPONENT_ACTIVE_CONDITION_CALLBACK(PVOID Context, ULONG Component);
typedef PO_FX_COMPONENT_ACTIVE_CONDITION_CALLBACK *PPO_FX_COMPONENT_ACTIVE_CONDITION_CALLBACK;
typedef VOID PO_FX_COMPONENT_IDLE_CONDITION_CALLBACK(PVOID Context, ULONG Component);
typedef PO_FX_COMPONENT_IDLE_CONDITION_CALLBACK *PPO_FX_COMPONENT_IDLE_CONDITION_CALLBACK;
typedef VOID PO_FX_COMPONENT_IDLE_STATE_CALLBACK(PVOID Context, ULONG Component, ULONG State);
typedef PO_FX_COMPONENT_IDLE_STATE_CALLBACK *PPO_FX_COMPONENT_IDLE_STATE_CALLBACK;
typedef NTSTATUS PO_FX_POWER_CONTROL_CALLBACK(PVOID DeviceContext, LPCGUID PowerControlCode, PVOID InBuffer,
	SIZE_T InBufferSize, PVOID OutBuffer, SIZE_T OutBufferSize, PSIZE_T BytesReturned);
typedef PO_FX_POWER_CONTROL_CALLBACK *PPO_FX_POWER_CONTROL_CALLBACK;

#ifndef PLUGPLAY_REGKEY_DEVICE
#define PLUGPLAY_REGKEY_DEVICE 1
#define PLUGPLAY_REGKEY_DRIVER 2
#define PLUGPLAY_REGKEY_CURRENT_HWPROFILE 4
#endif

/* Debug output: UMDF 2 drivers keep KdPrint calls; DbgPrint is exported by
 * ntdll. */
ULONG __cdecl DbgPrint(PCSTR Format, ...);
ULONG __cdecl DbgPrintEx(ULONG ComponentId, ULONG Level, PCSTR Format, ...);
#ifndef KdPrint
#define KdPrint(_x_) DbgPrint _x_
#define KdPrintEx(_x_) DbgPrintEx _x_
#endif
#ifndef DPFLTR_ERROR_LEVEL
#define DPFLTR_ERROR_LEVEL 0
#define DPFLTR_WARNING_LEVEL 1
#define DPFLTR_TRACE_LEVEL 2
#define DPFLTR_INFO_LEVEL 3
#endif

/* Paging annotations are meaningless in user mode; UMDF drivers keep them. */
#ifndef PAGED_CODE
#define PAGED_CODE() ((void)0)
#define PAGED_CODE_LOCKED() ((void)0)
#endif
#include <dpfilter.h>

#ifndef STATUS_SUCCESS
#define STATUS_SUCCESS ((NTSTATUS)0x00000000L)
#endif

DRISO_EXTERN_C_END
#endif /* !_WDMDDK_ */
#endif
