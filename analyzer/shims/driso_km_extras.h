/*
 * driso_km_extras.h: kernel declarations mingw-w64 10 lacks, added by the
 * wdm.h shim after mingw's wdm.h. Declarations only (see driso_shims.h).
 * Enums and macros are guarded; function prototypes may harmlessly repeat
 * an identical declaration.
 */
#ifndef DRISO_KM_EXTRAS_H
#define DRISO_KM_EXTRAS_H

DRISO_EXTERN_C_START

/* ---- Driver package isolation (Win10 1803+, wdm.h / ntddk.h) ---- */
#ifndef DRISO_HAVE_DRIVER_REGKEY_TYPE
#define DRISO_HAVE_DRIVER_REGKEY_TYPE
typedef enum _DRIVER_REGKEY_TYPE {
	DriverRegKeyParameters = 0,
	DriverRegKeyPersistentState = 1,
	DriverRegKeySharedPersistentState = 2,
} DRIVER_REGKEY_TYPE, *PDRIVER_REGKEY_TYPE;
typedef enum _DRIVER_DIRECTORY_TYPE {
	DriverDirectoryImage = 0,
	DriverDirectoryData = 1,
	DriverDirectorySharedData = 2,
} DRIVER_DIRECTORY_TYPE, *PDRIVER_DIRECTORY_TYPE;
typedef enum _DEVICE_DIRECTORY_TYPE {
	DeviceDirectoryData = 0,
} DEVICE_DIRECTORY_TYPE, *PDEVICE_DIRECTORY_TYPE;
#endif

NTSTATUS NTAPI IoOpenDriverRegistryKey(PDRIVER_OBJECT DriverObject, DRIVER_REGKEY_TYPE RegKeyType,
	ACCESS_MASK DesiredAccess, ULONG Flags, PHANDLE DriverRegKey);
NTSTATUS NTAPI IoGetDriverDirectory(PDRIVER_OBJECT DriverObject, DRIVER_DIRECTORY_TYPE DirectoryType,
	ULONG Flags, PHANDLE DriverDirectoryHandle);
NTSTATUS NTAPI IoGetDeviceDirectory(PDEVICE_OBJECT PhysicalDeviceObject, DEVICE_DIRECTORY_TYPE DirectoryType,
	ULONG Flags, PVOID Reserved, PHANDLE DeviceDirectoryHandle);
NTSTATUS NTAPI IoQueryFullDriverPath(PDRIVER_OBJECT DriverObject, PUNICODE_STRING FullPath);
NTSTATUS NTAPI RtlQueryRegistryValueWithFallback(HANDLE PrimaryHandle, HANDLE FallbackHandle,
	PUNICODE_STRING ValueName, ULONG ValueLength, PULONG ValueType, PVOID ValueData, PULONG ResultLength);

/* ---- Registry ---- */
NTSTATUS NTAPI RtlQueryRegistryValuesEx(ULONG RelativeTo, PCWSTR Path, PRTL_QUERY_REGISTRY_TABLE QueryTable,
	PVOID Context, PVOID Environment);
#ifndef RTL_QUERY_REGISTRY_TYPECHECK
#define RTL_QUERY_REGISTRY_TYPECHECK 0x00000100
#define RTL_QUERY_REGISTRY_TYPECHECK_SHIFT 24
#define RTL_QUERY_REGISTRY_TYPECHECK_MASK (0xff << RTL_QUERY_REGISTRY_TYPECHECK_SHIFT)
#endif
NTSYSAPI NTSTATUS NTAPI NtOpenKey(PHANDLE KeyHandle, ACCESS_MASK DesiredAccess, POBJECT_ATTRIBUTES ObjectAttributes);
NTSYSAPI NTSTATUS NTAPI NtOpenKeyEx(PHANDLE KeyHandle, ACCESS_MASK DesiredAccess,
	POBJECT_ATTRIBUTES ObjectAttributes, ULONG OpenOptions);
NTSYSAPI NTSTATUS NTAPI NtCreateKey(PHANDLE KeyHandle, ACCESS_MASK DesiredAccess,
	POBJECT_ATTRIBUTES ObjectAttributes, ULONG TitleIndex, PUNICODE_STRING Class, ULONG CreateOptions,
	PULONG Disposition);
NTSYSAPI NTSTATUS NTAPI NtClose(HANDLE Handle);

/* ---- PnP / properties ---- */
NTSTATUS NTAPI IoGetDeviceInterfacePropertyData(PUNICODE_STRING SymbolicLinkName, const DEVPROPKEY *PropertyKey,
	LCID Lcid, ULONG Flags, ULONG Size, PVOID Data, PULONG RequiredSize, PDEVPROPTYPE Type);
NTSTATUS NTAPI IoSetDeviceInterfacePropertyData(PUNICODE_STRING SymbolicLinkName, const DEVPROPKEY *PropertyKey,
	LCID Lcid, ULONG Flags, DEVPROPTYPE Type, ULONG Size, PVOID Data);
PVOID NTAPI MmGetSystemRoutineAddressEx(PUNICODE_STRING ModuleName, PCSZ FunctionName);

/* ---- Pool (Win10 2004+ allocators, and the inline helpers of newer WDKs) ---- */
#ifndef POOL_FLAG_NON_PAGED
typedef ULONG64 POOL_FLAGS;
#define POOL_FLAG_REQUIRED_START 0x0000000000000001ULL
#define POOL_FLAG_USE_QUOTA 0x0000000000000001ULL
#define POOL_FLAG_UNINITIALIZED 0x0000000000000002ULL
#define POOL_FLAG_SESSION 0x0000000000000004ULL
#define POOL_FLAG_CACHE_ALIGNED 0x0000000000000008ULL
#define POOL_FLAG_RAISE_ON_FAILURE 0x0000000000000020ULL
#define POOL_FLAG_NON_PAGED 0x0000000000000040ULL
#define POOL_FLAG_NON_PAGED_EXECUTE 0x0000000000000080ULL
#define POOL_FLAG_PAGED 0x0000000000000100ULL
#define POOL_FLAG_SPECIAL_POOL 0x8000000000000000ULL
typedef enum _POOL_EXTENDED_PARAMETER_TYPE {
	PoolExtendedParameterInvalidType = 0, PoolExtendedParameterPriority, PoolExtendedParameterSecurePool,
	PoolExtendedParameterNumaNode, PoolExtendedParameterMax,
} POOL_EXTENDED_PARAMETER_TYPE, *PPOOL_EXTENDED_PARAMETER_TYPE;
typedef struct _POOL_EXTENDED_PARAMETER {
	struct { ULONG64 Type : 8; ULONG64 Optional : 1; ULONG64 Reserved : 55; };
	union { ULONG64 Reserved2; PVOID Reserved3; EX_POOL_PRIORITY Priority; PVOID SecurePoolParams; ULONG PreferredNode; };
} POOL_EXTENDED_PARAMETER, *PPOOL_EXTENDED_PARAMETER;
typedef const POOL_EXTENDED_PARAMETER *PCPOOL_EXTENDED_PARAMETER;
#endif
PVOID NTAPI ExAllocatePool2(POOL_FLAGS Flags, SIZE_T NumberOfBytes, ULONG Tag);
PVOID NTAPI ExAllocatePool3(POOL_FLAGS Flags, SIZE_T NumberOfBytes, ULONG Tag,
	PCPOOL_EXTENDED_PARAMETER ExtendedParameters, ULONG ExtendedParametersCount);
PVOID NTAPI ExAllocatePoolZero(POOL_TYPE PoolType, SIZE_T NumberOfBytes, ULONG Tag);
PVOID NTAPI ExAllocatePoolUninitialized(POOL_TYPE PoolType, SIZE_T NumberOfBytes, ULONG Tag);
PVOID NTAPI ExAllocatePoolQuotaZero(POOL_TYPE PoolType, SIZE_T NumberOfBytes, ULONG Tag);
PVOID NTAPI ExAllocatePoolPriorityZero(POOL_TYPE PoolType, SIZE_T NumberOfBytes, ULONG Tag, EX_POOL_PRIORITY Priority);
VOID NTAPI ExInitializeDriverRuntime(ULONG RuntimeFlags);
#ifndef DrvRtPoolNxOptIn
#define DrvRtPoolNxOptIn 0x00000001
#endif

/* ---- Character pointer typedefs the WDK's ntdef.h has ---- */
#if !defined(_WINNT_) && !defined(DRISO_HAVE_PCWCHAR)
#define DRISO_HAVE_PCWCHAR
typedef const WCHAR *PCWCHAR, *LPCWCHAR;
#endif

/* ---- TEXT(): kernel code shared with user mode uses it; kernel strings
 * are wide. ---- */
#ifndef TEXT
#ifndef __TEXT
#define __TEXT(quote) L##quote
#endif
#define TEXT(quote) __TEXT(quote)
#endif

/* ---- Push locks (wdm.h since Win8; mingw only #defines PEX_PUSH_LOCK in ntifs.h) ---- */
#if !defined(PEX_PUSH_LOCK) && !defined(DRISO_HAVE_EX_PUSH_LOCK)
#define DRISO_HAVE_EX_PUSH_LOCK
typedef ULONG_PTR EX_PUSH_LOCK, *PEX_PUSH_LOCK;
#endif

/* ---- Misc. kernel helpers newer WDKs have ---- */
#ifndef POOL_NX_ALLOCATION
#define POOL_NX_ALLOCATION 512
#endif
#ifndef POOL_NX_OPTIN
#define POOL_NX_OPTIN 1
#endif
#ifndef IS_ALIGNED
#define IS_ALIGNED(_pointer, _alignment) ((((ULONG_PTR)(_pointer)) & ((_alignment) - 1)) == 0)
#endif
PEPROCESS NTAPI PsGetThreadProcess(PETHREAD Thread);

/* ---- Reader/writer spin locks (Win7 SP1+) ---- */
#ifndef DRISO_HAVE_EX_SPIN_LOCK
#define DRISO_HAVE_EX_SPIN_LOCK
typedef volatile LONG EX_SPIN_LOCK, *PEX_SPIN_LOCK;
#endif
KIRQL NTAPI ExAcquireSpinLockShared(PEX_SPIN_LOCK SpinLock);
VOID NTAPI ExReleaseSpinLockShared(PEX_SPIN_LOCK SpinLock, KIRQL OldIrql);
KIRQL NTAPI ExAcquireSpinLockExclusive(PEX_SPIN_LOCK SpinLock);
VOID NTAPI ExReleaseSpinLockExclusive(PEX_SPIN_LOCK SpinLock, KIRQL OldIrql);
VOID NTAPI ExAcquireSpinLockSharedAtDpcLevel(PEX_SPIN_LOCK SpinLock);
VOID NTAPI ExReleaseSpinLockSharedFromDpcLevel(PEX_SPIN_LOCK SpinLock);
VOID NTAPI ExAcquireSpinLockExclusiveAtDpcLevel(PEX_SPIN_LOCK SpinLock);
VOID NTAPI ExReleaseSpinLockExclusiveFromDpcLevel(PEX_SPIN_LOCK SpinLock);
LOGICAL NTAPI ExTryConvertSharedSpinLockExclusive(PEX_SPIN_LOCK SpinLock);
LOGICAL NTAPI ExTryAcquireSpinLockSharedAtDpcLevel(PEX_SPIN_LOCK SpinLock);
LOGICAL NTAPI ExTryAcquireSpinLockExclusiveAtDpcLevel(PEX_SPIN_LOCK SpinLock);

/* ---- MDL mapping flags (Win8+), OR-ed into MM_PAGE_PRIORITY ---- */
#ifndef MdlMappingNoExecute
#define MdlMappingNoWrite 0x80000000
#define MdlMappingNoExecute 0x40000000
#define MdlMappingWithGuardPtes 0x20000000
#endif

/* ---- Function-class typedefs mingw lacks ---- */
#ifndef DRISO_HAVE_ALLOCATE_FUNCTION
#define DRISO_HAVE_ALLOCATE_FUNCTION
typedef PVOID NTAPI ALLOCATE_FUNCTION(POOL_TYPE PoolType, SIZE_T NumberOfBytes, ULONG Tag);
typedef VOID NTAPI FREE_FUNCTION(PVOID Buffer);
#endif

/* ---- Runtime power framework (PoFx; mingw has the component types only) ---- */
#ifndef DRISO_HAVE_POFX_DEVICE
#define DRISO_HAVE_POFX_DEVICE
typedef VOID NTAPI PO_FX_DEVICE_POWER_REQUIRED_CALLBACK(PVOID Context);
typedef PO_FX_DEVICE_POWER_REQUIRED_CALLBACK *PPO_FX_DEVICE_POWER_REQUIRED_CALLBACK;
typedef VOID NTAPI PO_FX_DEVICE_POWER_NOT_REQUIRED_CALLBACK(PVOID Context);
typedef PO_FX_DEVICE_POWER_NOT_REQUIRED_CALLBACK *PPO_FX_DEVICE_POWER_NOT_REQUIRED_CALLBACK;
typedef VOID NTAPI PO_FX_DIRECTED_POWER_UP_CALLBACK(PVOID Context, ULONG Flags);
typedef PO_FX_DIRECTED_POWER_UP_CALLBACK *PPO_FX_DIRECTED_POWER_UP_CALLBACK;
typedef VOID NTAPI PO_FX_DIRECTED_POWER_DOWN_CALLBACK(PVOID Context, ULONG Flags);
typedef PO_FX_DIRECTED_POWER_DOWN_CALLBACK *PPO_FX_DIRECTED_POWER_DOWN_CALLBACK;
typedef struct _PO_FX_DEVICE_V1 {
	ULONG Version;
	ULONG ComponentCount;
	PPO_FX_COMPONENT_ACTIVE_CONDITION_CALLBACK ComponentActiveConditionCallback;
	PPO_FX_COMPONENT_IDLE_CONDITION_CALLBACK ComponentIdleConditionCallback;
	PPO_FX_COMPONENT_IDLE_STATE_CALLBACK ComponentIdleStateCallback;
	PPO_FX_DEVICE_POWER_REQUIRED_CALLBACK DevicePowerRequiredCallback;
	PPO_FX_DEVICE_POWER_NOT_REQUIRED_CALLBACK DevicePowerNotRequiredCallback;
	PPO_FX_POWER_CONTROL_CALLBACK PowerControlCallback;
	PVOID DeviceContext;
	PO_FX_COMPONENT_V1 Components[1];
} PO_FX_DEVICE_V1, *PPO_FX_DEVICE_V1;
typedef struct _PO_FX_DEVICE_V2 {
	ULONG Version;
	ULONGLONG Flags;
	PPO_FX_COMPONENT_ACTIVE_CONDITION_CALLBACK ComponentActiveConditionCallback;
	PPO_FX_COMPONENT_IDLE_CONDITION_CALLBACK ComponentIdleConditionCallback;
	PPO_FX_COMPONENT_IDLE_STATE_CALLBACK ComponentIdleStateCallback;
	PPO_FX_DEVICE_POWER_REQUIRED_CALLBACK DevicePowerRequiredCallback;
	PPO_FX_DEVICE_POWER_NOT_REQUIRED_CALLBACK DevicePowerNotRequiredCallback;
	PPO_FX_POWER_CONTROL_CALLBACK PowerControlCallback;
	PVOID DeviceContext;
	ULONG ComponentCount;
	PO_FX_COMPONENT_V2 Components[1];
} PO_FX_DEVICE_V2, *PPO_FX_DEVICE_V2;
#if PO_FX_VERSION == PO_FX_VERSION_V1
typedef PO_FX_DEVICE_V1 PO_FX_DEVICE, *PPO_FX_DEVICE;
#else
typedef PO_FX_DEVICE_V2 PO_FX_DEVICE, *PPO_FX_DEVICE;
#endif
#ifndef PO_FX_FLAG_BLOCKING
#define PO_FX_FLAG_BLOCKING 0x00000001
#define PO_FX_FLAG_ASYNC_ONLY 0x00000002
#define PO_FX_FLAG_PERF_PEP_OPTIONAL 0x00000001
#define PO_FX_FLAG_PERF_QUERY_ON_F0 0x00000002
#define PO_FX_FLAG_PERF_QUERY_ON_ALL_IDLE_STATES 0x00000004
#define PO_FX_UNKNOWN_POWER 0xFFFFFFFF
#define PO_FX_UNKNOWN_TIME 0xFFFFFFFFFFFFFFFFULL
#endif
#endif
NTSTATUS NTAPI PoFxRegisterDevice(PDEVICE_OBJECT Pdo, PPO_FX_DEVICE Device, POHANDLE *Handle);
VOID NTAPI PoFxStartDevicePowerManagement(POHANDLE Handle);
VOID NTAPI PoFxUnregisterDevice(POHANDLE Handle);
VOID NTAPI PoFxActivateComponent(POHANDLE Handle, ULONG Component, ULONG Flags);
VOID NTAPI PoFxIdleComponent(POHANDLE Handle, ULONG Component, ULONG Flags);
VOID NTAPI PoFxCompleteIdleState(POHANDLE Handle, ULONG Component);
VOID NTAPI PoFxCompleteIdleCondition(POHANDLE Handle, ULONG Component);
VOID NTAPI PoFxCompleteDevicePowerNotRequired(POHANDLE Handle);
VOID NTAPI PoFxReportDevicePoweredOn(POHANDLE Handle);
VOID NTAPI PoFxSetComponentLatency(POHANDLE Handle, ULONG Component, ULONGLONG Latency);
VOID NTAPI PoFxSetComponentResidency(POHANDLE Handle, ULONG Component, ULONGLONG Residency);
VOID NTAPI PoFxSetComponentWake(POHANDLE Handle, ULONG Component, BOOLEAN WakeHint);
VOID NTAPI PoFxSetDeviceIdleTimeout(POHANDLE Handle, ULONGLONG IdleTimeout);
NTSTATUS NTAPI PoFxPowerControl(POHANDLE Handle, LPCGUID PowerControlCode, PVOID InBuffer, SIZE_T InBufferSize,
	PVOID OutBuffer, SIZE_T OutBufferSize, PSIZE_T BytesReturned);
VOID NTAPI PoFxCompleteDirectedPowerDown(POHANDLE Handle);

/* ---- Kernel transaction manager handles (registry filter samples) ---- */
#ifndef DRISO_HAVE_KTM_TYPES
#define DRISO_HAVE_KTM_TYPES
typedef struct _KENLISTMENT *PKENLISTMENT, *PRKENLISTMENT;
typedef struct _KRESOURCEMANAGER *PKRESOURCEMANAGER, *PRKRESOURCEMANAGER;
typedef struct _KTRANSACTION *PKTRANSACTION, *PRKTRANSACTION;
typedef struct _KTM *PKTM, *PRKTM;
typedef struct _TRANSACTION_NOTIFICATION *PTRANSACTION_NOTIFICATION;
typedef NTSTATUS NTAPI TM_RM_NOTIFICATION(PKENLISTMENT EnlistmentObject, PVOID RMContext,
	PVOID TransactionContext, ULONG TransactionNotification, PLARGE_INTEGER TmVirtualClock,
	ULONG ArgumentLength, PVOID Argument);
typedef TM_RM_NOTIFICATION *PTM_RM_NOTIFICATION;
#endif

/* ---- Precise time queries (Windows 8) ---- */
#ifndef DRISO_HAVE_KE_PRECISE_TIME
#define DRISO_HAVE_KE_PRECISE_TIME
VOID NTAPI KeQuerySystemTimePrecise(PLARGE_INTEGER CurrentTime);
ULONG64 NTAPI KeQueryInterruptTimePrecise(PULONG64 QpcTimeStamp);
#endif

/* ---- Code-section placement macros and x64 floating-point save ----
 * PAGED_CODE_SEG / INIT_CODE_SEG are the WDK's __declspec(code_seg(...))
 * spellings (ACX samples). mingw declares KeSave/RestoreFloatingPointState
 * only in its x86 block; on x64 the documented routines are still called. */
#ifndef PAGED_CODE_SEG
#define PAGED_CODE_SEG __declspec(code_seg("PAGE"))
#endif
#ifndef INIT_CODE_SEG
#define INIT_CODE_SEG __declspec(code_seg("INIT"))
#endif
#if (defined(_AMD64_) || defined(_ARM64_)) && !defined(DRISO_HAVE_KE_FLOATING_POINT_STATE)
#define DRISO_HAVE_KE_FLOATING_POINT_STATE
NTSTATUS NTAPI KeSaveFloatingPointState(PKFLOATING_SAVE FloatSave);
NTSTATUS NTAPI KeRestoreFloatingPointState(PKFLOATING_SAVE FloatSave);
#endif


/* ==== Additions of the common kernel area (Learn wdm.h reference; where
 * Learn gives no value or member list, facts from the WDK header copy in
 * microsoft/wdkmetadata, in this file's own layout) ==== */

/* ---- NT_ASSERT family (Learn: NT_ASSERT, NT_ASSERTMSG, NT_ASSERTMSGW).
 * mingw defines NT_ASSERTMSG/NT_ASSERTMSGW as one-argument aliases of
 * NT_ASSERT outside MSVC and lacks NT_VERIFY*, NT_ASSERT_ASSUME*,
 * NT_ASSERT_NOASSUME*, NT_FRE_ASSERT* and NT_ANALYSIS_ASSUME. Redefined
 * with the WDK's arities and results: the assertion forms yield a BOOLEAN
 * in DBG builds and nothing otherwise, NT_VERIFY* always evaluate their
 * expression, NT_FRE_ASSERT* assert in every build. The message argument
 * (which MSVC records with __annotation) is not evaluated. ---- */
#if !defined(_MSC_VER)
#undef NT_ANALYSIS_ASSUME
#undef NT_ASSERT_ACTION
#undef NT_ASSERTMSG_ACTION
#undef NT_ASSERTMSGW_ACTION
#undef NT_ASSERT_ASSUME
#undef NT_ASSERTMSG_ASSUME
#undef NT_ASSERTMSGW_ASSUME
#undef NT_ASSERT_NOASSUME
#undef NT_ASSERTMSG_NOASSUME
#undef NT_ASSERTMSGW_NOASSUME
#undef NT_VERIFY
#undef NT_VERIFYMSG
#undef NT_VERIFYMSGW
#undef NT_FRE_ASSERT
#undef NT_FRE_ASSERTMSG
#undef NT_FRE_ASSERTMSGW
#undef NT_ASSERT
#undef NT_ASSERTMSG
#undef NT_ASSERTMSGW
#if DBG
#define NT_ANALYSIS_ASSUME(_exp) ((void)0)
#else
#define NT_ANALYSIS_ASSUME(_exp) __noop(_exp)
#endif
#define NT_ASSERT_ACTION(_exp) ((!(_exp)) ? (DbgRaiseAssertionFailure(), FALSE) : TRUE)
#define NT_ASSERTMSG_ACTION(_msg, _exp) ((!(_exp)) ? (DbgRaiseAssertionFailure(), FALSE) : TRUE)
#define NT_ASSERTMSGW_ACTION(_msg, _exp) ((!(_exp)) ? (DbgRaiseAssertionFailure(), FALSE) : TRUE)
#if DBG
#define NT_ASSERT_ASSUME(_exp) (NT_ANALYSIS_ASSUME(_exp), NT_ASSERT_ACTION(_exp))
#define NT_ASSERTMSG_ASSUME(_msg, _exp) (NT_ANALYSIS_ASSUME(_exp), NT_ASSERTMSG_ACTION(_msg, _exp))
#define NT_ASSERTMSGW_ASSUME(_msg, _exp) (NT_ANALYSIS_ASSUME(_exp), NT_ASSERTMSGW_ACTION(_msg, _exp))
#define NT_ASSERT_NOASSUME NT_ASSERT_ASSUME
#define NT_ASSERTMSG_NOASSUME NT_ASSERTMSG_ASSUME
#define NT_ASSERTMSGW_NOASSUME NT_ASSERTMSGW_ASSUME
#define NT_VERIFY NT_ASSERT
#define NT_VERIFYMSG NT_ASSERTMSG
#define NT_VERIFYMSGW NT_ASSERTMSGW
#else
#define NT_ASSERT_ASSUME(_exp) (NT_ANALYSIS_ASSUME(_exp), 0)
#define NT_ASSERTMSG_ASSUME(_msg, _exp) (NT_ANALYSIS_ASSUME(_exp), 0)
#define NT_ASSERTMSGW_ASSUME(_msg, _exp) (NT_ANALYSIS_ASSUME(_exp), 0)
#define NT_ASSERT_NOASSUME(_exp) ((void)0)
#define NT_ASSERTMSG_NOASSUME(_msg, _exp) ((void)0)
#define NT_ASSERTMSGW_NOASSUME(_msg, _exp) ((void)0)
#define NT_VERIFY(_exp) (NT_ANALYSIS_ASSUME(_exp), ((_exp) ? TRUE : FALSE))
#define NT_VERIFYMSG(_msg, _exp) (NT_ANALYSIS_ASSUME(_exp), ((_exp) ? TRUE : FALSE))
#define NT_VERIFYMSGW(_msg, _exp) (NT_ANALYSIS_ASSUME(_exp), ((_exp) ? TRUE : FALSE))
#endif
#define NT_FRE_ASSERT(_exp) (NT_ANALYSIS_ASSUME(_exp), NT_ASSERT_ACTION(_exp))
#define NT_FRE_ASSERTMSG(_msg, _exp) (NT_ANALYSIS_ASSUME(_exp), NT_ASSERTMSG_ACTION(_msg, _exp))
#define NT_FRE_ASSERTMSGW(_msg, _exp) (NT_ANALYSIS_ASSUME(_exp), NT_ASSERTMSGW_ACTION(_msg, _exp))
#ifdef NT_ASSERT_ALWAYS_ASSUMES
#define NT_ASSERT NT_ASSERT_ASSUME
#define NT_ASSERTMSG NT_ASSERTMSG_ASSUME
#define NT_ASSERTMSGW NT_ASSERTMSGW_ASSUME
#else
#define NT_ASSERT NT_ASSERT_NOASSUME
#define NT_ASSERTMSG NT_ASSERTMSG_NOASSUME
#define NT_ASSERTMSGW NT_ASSERTMSGW_NOASSUME
#endif
#endif

/* ---- UNREFERENCED_PARAMETER (Learn; ntdef.h): the WDK expands it to
 * (P) outside lint and PREfast. mingw's {(P) = (P);} rejects const
 * parameters and expressions such as UNREFERENCED_PARAMETER(p = NULL)
 * (filesys/miniFilter/scanner), and shows analysers a self-assignment
 * the driver never wrote. ---- */
#if !defined(lint) && !defined(_PREFAST_)
#undef UNREFERENCED_PARAMETER
#undef DBG_UNREFERENCED_PARAMETER
#undef DBG_UNREFERENCED_LOCAL_VARIABLE
#define UNREFERENCED_PARAMETER(P) (P)
#define DBG_UNREFERENCED_PARAMETER(P) (P)
#define DBG_UNREFERENCED_LOCAL_VARIABLE(V) (V)
#endif

/* ---- Memory mapping ---- */
#if DRISO_WDM_FIXUPS
/* the WDK's (and Learn's) signature: Priority is an MM_PAGE_PRIORITY
 * OR-ed with MdlMapping* flags */
NTKERNELAPI PVOID NTAPI MmMapLockedPagesSpecifyCache(PMDL MemoryDescriptorList, KPROCESSOR_MODE AccessMode,
	MEMORY_CACHING_TYPE CacheType, PVOID RequestedAddress, ULONG BugCheckOnFailure, ULONG Priority);
#endif
NTKERNELAPI PVOID NTAPI MmMapIoSpaceEx(PHYSICAL_ADDRESS PhysicalAddress, SIZE_T NumberOfBytes, ULONG Protect);

/* ---- Resource descriptors: CmResourceTypeConnection (Learn:
 * CM_PARTIAL_RESOURCE_DESCRIPTOR) and the DMA version 3 flags ---- */
#ifndef CmResourceTypeConnection
#define CmResourceTypeConnection 132
#endif
#ifndef CM_RESOURCE_CONNECTION_CLASS_GPIO
#define CM_RESOURCE_CONNECTION_CLASS_GPIO 0x01
#define CM_RESOURCE_CONNECTION_CLASS_SERIAL 0x02
#define CM_RESOURCE_CONNECTION_CLASS_FUNCTION_CONFIG 0x03
#define CM_RESOURCE_CONNECTION_TYPE_GPIO_IO 0x02
#define CM_RESOURCE_CONNECTION_TYPE_SERIAL_I2C 0x01
#define CM_RESOURCE_CONNECTION_TYPE_SERIAL_SPI 0x02
#define CM_RESOURCE_CONNECTION_TYPE_SERIAL_UART 0x03
#define CM_RESOURCE_CONNECTION_TYPE_FUNCTION_CONFIG 0x01
#endif
#ifndef CM_RESOURCE_DMA_V3
#define CM_RESOURCE_DMA_V3 0x0080
#endif
#ifndef DMAV3_TRANFER_WIDTH_8
#define DMAV3_TRANFER_WIDTH_8 0x00
#define DMAV3_TRANFER_WIDTH_16 0x01
#define DMAV3_TRANFER_WIDTH_32 0x02
#define DMAV3_TRANFER_WIDTH_64 0x03
#define DMAV3_TRANFER_WIDTH_128 0x04
#define DMAV3_TRANFER_WIDTH_256 0x05
#endif

/* ---- DMA version 3 (Learn: DEVICE_DESCRIPTION, DMA_OPERATIONS,
 * DMA_ADAPTER_INFO, DMA_TRANSFER_INFO); the DMA_OPERATIONS members are
 * added by the wdm.h shim (driso_wdm_members.h) ---- */
#ifndef DEVICE_DESCRIPTION_VERSION3
#define DEVICE_DESCRIPTION_VERSION3 3
#endif
#ifndef DRISO_HAVE_DMA_V3
#define DRISO_HAVE_DMA_V3
#define DMA_ADAPTER_INFO_VERSION1 1
#define DMA_ADAPTER_INFO_VERSION_CRASHDUMP MAXULONG
typedef struct _DMA_ADAPTER_INFO_V1 {
	ULONG ReadDmaCounterAvailable;
	ULONG ScatterGatherLimit;
	ULONG DmaAddressWidth;
	ULONG Flags;
	ULONG MinimumTransferUnit;
} DMA_ADAPTER_INFO_V1, *PDMA_ADAPTER_INFO_V1;
typedef struct _DMA_ADAPTER_INFO_CRASHDUMP {
	DEVICE_DESCRIPTION DeviceDescription;
	SIZE_T DeviceIdSize;
	PVOID DeviceId;
} DMA_ADAPTER_INFO_CRASHDUMP, *PDMA_ADAPTER_INFO_CRASHDUMP;
typedef struct _DMA_ADAPTER_INFO {
	ULONG Version;
	union {
		DMA_ADAPTER_INFO_V1 V1;
		DMA_ADAPTER_INFO_CRASHDUMP Crashdump;
	};
} DMA_ADAPTER_INFO, *PDMA_ADAPTER_INFO;
#define ADAPTER_INFO_SYNCHRONOUS_CALLBACK 0x0001
#define ADAPTER_INFO_API_BYPASS 0x0002
#define DMA_TRANSFER_INFO_VERSION1 1
#define DMA_TRANSFER_INFO_VERSION2 2
typedef struct _DMA_TRANSFER_INFO_V1 {
	ULONG MapRegisterCount;
	ULONG ScatterGatherElementCount;
	ULONG ScatterGatherListSize;
} DMA_TRANSFER_INFO_V1, *PDMA_TRANSFER_INFO_V1;
typedef struct _DMA_TRANSFER_INFO_V2 {
	ULONG MapRegisterCount;
	ULONG ScatterGatherElementCount;
	ULONG ScatterGatherListSize;
	ULONG LogicalPageCount;
} DMA_TRANSFER_INFO_V2, *PDMA_TRANSFER_INFO_V2;
typedef struct _DMA_TRANSFER_INFO {
	ULONG Version;
	union {
		DMA_TRANSFER_INFO_V1 V1;
		DMA_TRANSFER_INFO_V2 V2;
	};
} DMA_TRANSFER_INFO, *PDMA_TRANSFER_INFO;
#define DMA_TRANSFER_CONTEXT_VERSION1 1
#if defined(_WIN64)
#define DMA_TRANSFER_CONTEXT_SIZE_V1 128
#else
#define DMA_TRANSFER_CONTEXT_SIZE_V1 64
#endif
#define DMA_SYNCHRONOUS_CALLBACK 0x01
#define DMA_ZERO_BUFFERS 0x02
#define DMA_FAIL_ON_BOUNCE 0x04
#define DOMAIN_COMMON_BUFFER_LARGE_PAGE 0x0001
typedef struct _DMA_COMMON_BUFFER_VECTOR DMA_COMMON_BUFFER_VECTOR, *PDMA_COMMON_BUFFER_VECTOR;
typedef VOID DMA_COMPLETION_ROUTINE(PDMA_ADAPTER DmaAdapter, PDEVICE_OBJECT DeviceObject, PVOID CompletionContext,
	DMA_COMPLETION_STATUS Status);
typedef DMA_COMPLETION_ROUTINE *PDMA_COMPLETION_ROUTINE;
typedef NTSTATUS (*PGET_DMA_ADAPTER_INFO)(PDMA_ADAPTER DmaAdapter, PDMA_ADAPTER_INFO AdapterInfo);
typedef NTSTATUS (*PGET_DMA_TRANSFER_INFO)(PDMA_ADAPTER DmaAdapter, PMDL Mdl, ULONGLONG Offset, ULONG Length,
	BOOLEAN WriteOnly, PDMA_TRANSFER_INFO TransferInfo);
typedef NTSTATUS (*PINITIALIZE_DMA_TRANSFER_CONTEXT)(PDMA_ADAPTER DmaAdapter, PVOID DmaTransferContext);
typedef PVOID (*PALLOCATE_COMMON_BUFFER_EX)(PDMA_ADAPTER DmaAdapter, PPHYSICAL_ADDRESS MaximumAddress, ULONG Length,
	PPHYSICAL_ADDRESS LogicalAddress, BOOLEAN CacheEnabled, NODE_REQUIREMENT PreferredNode);
typedef NTSTATUS (*PALLOCATE_ADAPTER_CHANNEL_EX)(PDMA_ADAPTER DmaAdapter, PDEVICE_OBJECT DeviceObject,
	PVOID DmaTransferContext, ULONG NumberOfMapRegisters, ULONG Flags, PDRIVER_CONTROL ExecutionRoutine,
	PVOID ExecutionContext, PVOID *MapRegisterBase);
typedef NTSTATUS (*PCONFIGURE_ADAPTER_CHANNEL)(PDMA_ADAPTER DmaAdapter, ULONG FunctionNumber, PVOID Context);
typedef BOOLEAN (*PCANCEL_ADAPTER_CHANNEL)(PDMA_ADAPTER DmaAdapter, PDEVICE_OBJECT DeviceObject,
	PVOID DmaTransferContext);
typedef NTSTATUS (*PMAP_TRANSFER_EX)(PDMA_ADAPTER DmaAdapter, PMDL Mdl, PVOID MapRegisterBase, ULONGLONG Offset,
	ULONG DeviceOffset, PULONG Length, BOOLEAN WriteToDevice, PSCATTER_GATHER_LIST ScatterGatherBuffer,
	ULONG ScatterGatherBufferLength, PDMA_COMPLETION_ROUTINE DmaCompletionRoutine, PVOID CompletionContext);
typedef NTSTATUS (*PGET_SCATTER_GATHER_LIST_EX)(PDMA_ADAPTER DmaAdapter, PDEVICE_OBJECT DeviceObject,
	PVOID DmaTransferContext, PMDL Mdl, ULONGLONG Offset, ULONG Length, ULONG Flags,
	PDRIVER_LIST_CONTROL ExecutionRoutine, PVOID Context, BOOLEAN WriteToDevice,
	PDMA_COMPLETION_ROUTINE DmaCompletionRoutine, PVOID CompletionContext, PSCATTER_GATHER_LIST *ScatterGatherList);
typedef NTSTATUS (*PBUILD_SCATTER_GATHER_LIST_EX)(PDMA_ADAPTER DmaAdapter, PDEVICE_OBJECT DeviceObject,
	PVOID DmaTransferContext, PMDL Mdl, ULONGLONG Offset, ULONG Length, ULONG Flags,
	PDRIVER_LIST_CONTROL ExecutionRoutine, PVOID Context, BOOLEAN WriteToDevice, PVOID ScatterGatherBuffer,
	ULONG ScatterGatherLength, PDMA_COMPLETION_ROUTINE DmaCompletionRoutine, PVOID CompletionContext,
	PVOID ScatterGatherList);
typedef NTSTATUS (*PFLUSH_ADAPTER_BUFFERS_EX)(PDMA_ADAPTER DmaAdapter, PMDL Mdl, PVOID MapRegisterBase,
	ULONGLONG Offset, ULONG Length, BOOLEAN WriteToDevice);
typedef VOID (*PFREE_ADAPTER_OBJECT)(PDMA_ADAPTER DmaAdapter, IO_ALLOCATION_ACTION AllocationAction);
typedef NTSTATUS (*PCANCEL_MAPPED_TRANSFER)(PDMA_ADAPTER DmaAdapter, PVOID DmaTransferContext);
typedef NTSTATUS (*PALLOCATE_DOMAIN_COMMON_BUFFER)(PDMA_ADAPTER DmaAdapter, HANDLE DomainHandle,
	PPHYSICAL_ADDRESS MaximumAddress, ULONG Length, ULONG Flags, MEMORY_CACHING_TYPE *CacheType,
	NODE_REQUIREMENT PreferredNode, PPHYSICAL_ADDRESS LogicalAddress, PVOID *VirtualAddress);
typedef NTSTATUS (*PFLUSH_DMA_BUFFER)(PDMA_ADAPTER DmaAdapter, PMDL Mdl, BOOLEAN ReadOperation);
typedef NTSTATUS (*PJOIN_DMA_DOMAIN)(PDMA_ADAPTER DmaAdapter, HANDLE DomainHandle);
typedef NTSTATUS (*PLEAVE_DMA_DOMAIN)(PDMA_ADAPTER DmaAdapter);
typedef HANDLE (*PGET_DMA_DOMAIN)(PDMA_ADAPTER DmaAdapter);
typedef PVOID (*PALLOCATE_COMMON_BUFFER_WITH_BOUNDS)(PDMA_ADAPTER DmaAdapter, PPHYSICAL_ADDRESS MinimumAddress,
	PPHYSICAL_ADDRESS MaximumAddress, ULONG Length, ULONG Flags, MEMORY_CACHING_TYPE *CacheType,
	NODE_REQUIREMENT PreferredNode, PPHYSICAL_ADDRESS LogicalAddress);
typedef NTSTATUS (*PALLOCATE_COMMON_BUFFER_VECTOR)(PDMA_ADAPTER DmaAdapter, PHYSICAL_ADDRESS LowAddress,
	PHYSICAL_ADDRESS HighAddress, MEMORY_CACHING_TYPE CacheType, NODE_REQUIREMENT IdealNode, ULONG Flags,
	ULONG NumberOfElements, ULONGLONG SizeOfElements, PDMA_COMMON_BUFFER_VECTOR *VectorOut);
typedef VOID (*PGET_COMMON_BUFFER_FROM_VECTOR_BY_INDEX)(PDMA_ADAPTER DmaAdapter, PDMA_COMMON_BUFFER_VECTOR Vector,
	ULONG Index, PVOID *VirtualAddressOut, PPHYSICAL_ADDRESS LogicalAddressOut);
typedef VOID (*PFREE_COMMON_BUFFER_FROM_VECTOR)(PDMA_ADAPTER DmaAdapter, PDMA_COMMON_BUFFER_VECTOR Vector,
	ULONG Index);
typedef VOID (*PFREE_COMMON_BUFFER_VECTOR)(PDMA_ADAPTER DmaAdapter, PDMA_COMMON_BUFFER_VECTOR Vector);
#endif

/* ---- Device reset interface (Learn: DEVICE_RESET_INTERFACE_STANDARD,
 * DEVICE_RESET_HANDLER; GUID in wdmguid.h) ---- */
#ifndef DRISO_HAVE_DEVICE_RESET_INTERFACE
#define DRISO_HAVE_DEVICE_RESET_INTERFACE
#define DEVICE_RESET_INTERFACE_VERSION_1 1
#define DEVICE_RESET_INTERFACE_VERSION_2 2
#define DEVICE_RESET_INTERFACE_VERSION_3 3
#define DEVICE_RESET_INTERFACE_VERSION 1
typedef enum _DEVICE_RESET_TYPE {
	FunctionLevelDeviceReset,
	PlatformLevelDeviceReset
} DEVICE_RESET_TYPE;
typedef union _DEVICE_BUS_SPECIFIC_RESET_TYPE {
	struct {
		ULONGLONG FunctionLevelDeviceReset : 1;
		ULONGLONG PlatformLevelDeviceReset : 1;
		ULONGLONG SecondaryBusReset : 1;
		ULONGLONG Reserved : 61;
	} Pci;
	struct {
		ULONGLONG FunctionLevelDeviceReset : 1;
		ULONGLONG PlatformLevelDeviceReset : 1;
		ULONGLONG Reserved : 62;
	} Acpi;
	ULONGLONG AsULONGLONG;
} DEVICE_BUS_SPECIFIC_RESET_TYPE, *PDEVICE_BUS_SPECIFIC_RESET_TYPE;
typedef VOID DEVICE_RESET_COMPLETION(NTSTATUS Status, PVOID Context);
typedef DEVICE_RESET_COMPLETION *PDEVICE_RESET_COMPLETION;
typedef struct _FUNCTION_LEVEL_DEVICE_RESET_PARAMETERS {
	ULONG Size;
	PDEVICE_RESET_COMPLETION DeviceResetCompletion;
	PVOID CompletionContext;
} FUNCTION_LEVEL_DEVICE_RESET_PARAMETERS, *PFUNCTION_LEVEL_DEVICE_RESET_PARAMETERS;
typedef NTSTATUS DEVICE_RESET_HANDLER(PVOID InterfaceContext, DEVICE_RESET_TYPE ResetType, ULONG Flags,
	PVOID ResetParameters);
typedef DEVICE_RESET_HANDLER *PDEVICE_RESET_HANDLER;
typedef struct _DEVICE_BUS_SPECIFIC_RESET_INFO {
	GUID BusTypeGuid;
	DEVICE_BUS_SPECIFIC_RESET_TYPE ResetTypeSupported;
} DEVICE_BUS_SPECIFIC_RESET_INFO, *PDEVICE_BUS_SPECIFIC_RESET_INFO;
typedef NTSTATUS DEVICE_QUERY_BUS_SPECIFIC_RESET_HANDLER(PVOID InterfaceContext, PULONG ResetInfoCount,
	PDEVICE_BUS_SPECIFIC_RESET_INFO ResetInfoSupported);
typedef DEVICE_QUERY_BUS_SPECIFIC_RESET_HANDLER *PDEVICE_QUERY_BUS_SPECIFIC_RESET_HANDLER;
typedef union _BUS_SPECIFIC_RESET_FLAGS {
	struct {
		ULONGLONG KeepStackReset : 1;
		ULONGLONG Reserved : 63;
	} u;
	ULONGLONG AsUlonglong;
} BUS_SPECIFIC_RESET_FLAGS, *PBUS_SPECIFIC_RESET_FLAGS;
typedef NTSTATUS DEVICE_BUS_SPECIFIC_RESET_HANDLER(PVOID InterfaceContext, const GUID *BusType,
	DEVICE_BUS_SPECIFIC_RESET_TYPE ResetTypeSelected, PBUS_SPECIFIC_RESET_FLAGS Flags, PVOID ResetParameters);
typedef DEVICE_BUS_SPECIFIC_RESET_HANDLER *PDEVICE_BUS_SPECIFIC_RESET_HANDLER;
typedef union _DEVICE_RESET_STATUS_FLAGS {
	struct {
		ULONGLONG KeepStackReset : 1;
		ULONGLONG RecoveringFromBusError : 1;
		ULONGLONG Reserved : 62;
	} u;
	ULONGLONG AsUlonglong;
} DEVICE_RESET_STATUS_FLAGS, *PDEVICE_RESET_STATUS_FLAGS;
typedef NTSTATUS GET_DEVICE_RESET_STATUS(PVOID InterfaceContext, PBOOLEAN IsResetting,
	PDEVICE_BUS_SPECIFIC_RESET_TYPE ResetTypeSelected, PDEVICE_RESET_STATUS_FLAGS Flags);
typedef GET_DEVICE_RESET_STATUS *PGET_DEVICE_RESET_STATUS;
/* Version 1 members; versions 2 and 3 (Windows 10 2004+ / FE) append
 * the bus-specific reset and status routines */
typedef struct _DEVICE_RESET_INTERFACE_STANDARD {
	USHORT Size;
	USHORT Version;
	PVOID Context;
	PINTERFACE_REFERENCE InterfaceReference;
	PINTERFACE_DEREFERENCE InterfaceDereference;
	PDEVICE_RESET_HANDLER DeviceReset;
	ULONG SupportedResetTypes;
	PVOID Reserved;
#if NTDDI_VERSION >= 0x0A00000A
	PDEVICE_QUERY_BUS_SPECIFIC_RESET_HANDLER QueryBusSpecificResetInfo;
	PDEVICE_BUS_SPECIFIC_RESET_HANDLER DeviceBusSpecificReset;
	PGET_DEVICE_RESET_STATUS GetDeviceResetStatus;
#endif
} DEVICE_RESET_INTERFACE_STANDARD, *PDEVICE_RESET_INTERFACE_STANDARD;
#endif

/* ---- Power: processor halt routine (PEP), critical transition callback
 * (PoFx) ---- */
#ifndef DRISO_HAVE_PROCESSOR_HALT_ROUTINE
#define DRISO_HAVE_PROCESSOR_HALT_ROUTINE
typedef NTSTATUS PROCESSOR_HALT_ROUTINE(PVOID Context);
typedef PROCESSOR_HALT_ROUTINE *PPROCESSOR_HALT_ROUTINE;
#endif
#ifndef DRISO_HAVE_PO_FX_COMPONENT_CRITICAL_TRANSITION_CALLBACK
#define DRISO_HAVE_PO_FX_COMPONENT_CRITICAL_TRANSITION_CALLBACK
typedef VOID PO_FX_COMPONENT_CRITICAL_TRANSITION_CALLBACK(PVOID Context, ULONG Component, BOOLEAN Active);
typedef PO_FX_COMPONENT_CRITICAL_TRANSITION_CALLBACK *PPO_FX_COMPONENT_CRITICAL_TRANSITION_CALLBACK;
#endif

/* ---- Barriers, time stamp counter, bit scans (x64 and ARM64: mingw
 * declares KeMemoryBarrier for x86 only) ---- */
#if defined(_AMD64_) || defined(_ARM64_)
#ifndef DRISO_HAVE_KE_MEMORY_BARRIER
#define DRISO_HAVE_KE_MEMORY_BARRIER
VOID KeMemoryBarrier(VOID);
#endif
#ifndef KeMemoryBarrierWithoutFence
#define KeMemoryBarrierWithoutFence() _ReadWriteBarrier()
#endif
#endif
#if defined(_AMD64_) && !defined(ReadTimeStampCounter)
#define ReadTimeStampCounter() __rdtsc()
#endif
#if defined(_WIN64)
#ifndef BitScanForward64
#define BitScanForward64 _BitScanForward64
#endif
#ifndef BitScanReverse64
#define BitScanReverse64 _BitScanReverse64
#endif
#endif

/* ---- Volatile accessors (Learn: ReadNoFence, WriteRelease, ...; inline
 * in the WDK, prototypes here) ---- */
#ifndef DRISO_HAVE_VOLATILE_ACCESSORS
#define DRISO_HAVE_VOLATILE_ACCESSORS
CHAR ReadAcquire8(CHAR const volatile *Source);
CHAR ReadNoFence8(CHAR const volatile *Source);
CHAR ReadRaw8(CHAR const volatile *Source);
VOID WriteRelease8(CHAR volatile *Destination, CHAR Value);
VOID WriteNoFence8(CHAR volatile *Destination, CHAR Value);
VOID WriteRaw8(CHAR volatile *Destination, CHAR Value);
SHORT ReadAcquire16(SHORT const volatile *Source);
SHORT ReadNoFence16(SHORT const volatile *Source);
SHORT ReadRaw16(SHORT const volatile *Source);
VOID WriteRelease16(SHORT volatile *Destination, SHORT Value);
VOID WriteNoFence16(SHORT volatile *Destination, SHORT Value);
VOID WriteRaw16(SHORT volatile *Destination, SHORT Value);
LONG ReadAcquire(LONG const volatile *Source);
LONG ReadNoFence(LONG const volatile *Source);
LONG ReadRaw(LONG const volatile *Source);
VOID WriteRelease(LONG volatile *Destination, LONG Value);
VOID WriteNoFence(LONG volatile *Destination, LONG Value);
VOID WriteRaw(LONG volatile *Destination, LONG Value);
LONG64 ReadAcquire64(LONG64 const volatile *Source);
LONG64 ReadNoFence64(LONG64 const volatile *Source);
LONG64 ReadRaw64(LONG64 const volatile *Source);
VOID WriteRelease64(LONG64 volatile *Destination, LONG64 Value);
VOID WriteNoFence64(LONG64 volatile *Destination, LONG64 Value);
VOID WriteRaw64(LONG64 volatile *Destination, LONG64 Value);
UCHAR ReadUCharAcquire(UCHAR const volatile *Source);
UCHAR ReadUCharNoFence(UCHAR const volatile *Source);
UCHAR ReadUCharRaw(UCHAR const volatile *Source);
VOID WriteUCharRelease(UCHAR volatile *Destination, UCHAR Value);
VOID WriteUCharNoFence(UCHAR volatile *Destination, UCHAR Value);
VOID WriteUCharRaw(UCHAR volatile *Destination, UCHAR Value);
UCHAR ReadBooleanAcquire(BOOLEAN const volatile *Source);
UCHAR ReadBooleanNoFence(BOOLEAN const volatile *Source);
UCHAR ReadBooleanRaw(BOOLEAN const volatile *Source);
VOID WriteBooleanRelease(BOOLEAN volatile *Destination, BOOLEAN Value);
VOID WriteBooleanNoFence(BOOLEAN volatile *Destination, BOOLEAN Value);
USHORT ReadUShortAcquire(USHORT const volatile *Source);
USHORT ReadUShortNoFence(USHORT const volatile *Source);
USHORT ReadUShortRaw(USHORT const volatile *Source);
VOID WriteUShortRelease(USHORT volatile *Destination, USHORT Value);
VOID WriteUShortNoFence(USHORT volatile *Destination, USHORT Value);
VOID WriteUShortRaw(USHORT volatile *Destination, USHORT Value);
ULONG ReadULongAcquire(ULONG const volatile *Source);
ULONG ReadULongNoFence(ULONG const volatile *Source);
ULONG ReadULongRaw(ULONG const volatile *Source);
VOID WriteULongRelease(ULONG volatile *Destination, ULONG Value);
VOID WriteULongNoFence(ULONG volatile *Destination, ULONG Value);
VOID WriteULongRaw(ULONG volatile *Destination, ULONG Value);
INT32 ReadInt32Acquire(INT32 const volatile *Source);
INT32 ReadInt32NoFence(INT32 const volatile *Source);
INT32 ReadInt32Raw(INT32 const volatile *Source);
VOID WriteInt32Release(INT32 volatile *Destination, INT32 Value);
VOID WriteInt32NoFence(INT32 volatile *Destination, INT32 Value);
VOID WriteInt32Raw(INT32 volatile *Destination, INT32 Value);
UINT32 ReadUInt32Acquire(UINT32 const volatile *Source);
UINT32 ReadUInt32NoFence(UINT32 const volatile *Source);
UINT32 ReadUInt32Raw(UINT32 const volatile *Source);
VOID WriteUInt32Release(UINT32 volatile *Destination, UINT32 Value);
VOID WriteUInt32NoFence(UINT32 volatile *Destination, UINT32 Value);
VOID WriteUInt32Raw(UINT32 volatile *Destination, UINT32 Value);
ULONG64 ReadULong64Acquire(ULONG64 const volatile *Source);
ULONG64 ReadULong64NoFence(ULONG64 const volatile *Source);
ULONG64 ReadULong64Raw(ULONG64 const volatile *Source);
VOID WriteULong64Release(ULONG64 volatile *Destination, ULONG64 Value);
VOID WriteULong64NoFence(ULONG64 volatile *Destination, ULONG64 Value);
VOID WriteULong64Raw(ULONG64 volatile *Destination, ULONG64 Value);
PVOID ReadPointerAcquire(PVOID const volatile *Source);
PVOID ReadPointerNoFence(PVOID const volatile *Source);
PVOID ReadPointerRaw(PVOID const volatile *Source);
VOID WritePointerRelease(PVOID volatile *Destination, PVOID Value);
VOID WritePointerNoFence(PVOID volatile *Destination, PVOID Value);
VOID WritePointerRaw(PVOID volatile *Destination, PVOID Value);
#if defined(_WIN64)
#define ReadLongPtrAcquire ReadAcquire64
#define ReadLongPtrNoFence ReadNoFence64
#define ReadLongPtrRaw ReadRaw64
#define WriteLongPtrRelease WriteRelease64
#define WriteLongPtrNoFence WriteNoFence64
#define WriteLongPtrRaw WriteRaw64
#define ReadULongPtrAcquire ReadULong64Acquire
#define ReadULongPtrNoFence ReadULong64NoFence
#define ReadULongPtrRaw ReadULong64Raw
#define WriteULongPtrRelease WriteULong64Release
#define WriteULongPtrNoFence WriteULong64NoFence
#define WriteULongPtrRaw WriteULong64Raw
#else
#define ReadLongPtrAcquire ReadAcquire
#define ReadLongPtrNoFence ReadNoFence
#define ReadLongPtrRaw ReadRaw
#define WriteLongPtrRelease WriteRelease
#define WriteLongPtrNoFence WriteNoFence
#define WriteLongPtrRaw WriteRaw
#define ReadULongPtrAcquire ReadULongAcquire
#define ReadULongPtrNoFence ReadULongNoFence
#define ReadULongPtrRaw ReadULongRaw
#define WriteULongPtrRelease WriteULongRelease
#define WriteULongPtrNoFence WriteULongNoFence
#define WriteULongPtrRaw WriteULongRaw
#endif
#define ReadSizeTAcquire ReadULongPtrAcquire
#define ReadSizeTNoFence ReadULongPtrNoFence
#define ReadSizeTRaw ReadULongPtrRaw
#define WriteSizeTRelease WriteULongPtrRelease
#define WriteSizeTNoFence WriteULongPtrNoFence
#define WriteSizeTRaw WriteULongPtrRaw
#endif

/* ---- Push locks (Learn: ExInitializePushLock,
 * ExAcquirePushLockExclusive(Ex), ...; the non-Ex forms are macros over
 * the Ex routines in the WDK too) ---- */
#ifndef EX_DEFAULT_PUSH_LOCK_FLAGS
#define EX_DEFAULT_PUSH_LOCK_FLAGS 0
#endif
VOID ExInitializePushLock(PEX_PUSH_LOCK PushLock);
NTKERNELAPI VOID FASTCALL ExAcquirePushLockExclusiveEx(PEX_PUSH_LOCK PushLock, ULONG Flags);
NTKERNELAPI VOID FASTCALL ExAcquirePushLockSharedEx(PEX_PUSH_LOCK PushLock, ULONG Flags);
NTKERNELAPI VOID FASTCALL ExReleasePushLockExclusiveEx(PEX_PUSH_LOCK PushLock, ULONG Flags);
NTKERNELAPI VOID FASTCALL ExReleasePushLockSharedEx(PEX_PUSH_LOCK PushLock, ULONG Flags);
#ifndef ExAcquirePushLockExclusive
#define ExAcquirePushLockExclusive(Lock) ExAcquirePushLockExclusiveEx(Lock, EX_DEFAULT_PUSH_LOCK_FLAGS)
#define ExAcquirePushLockShared(Lock) ExAcquirePushLockSharedEx(Lock, EX_DEFAULT_PUSH_LOCK_FLAGS)
#define ExReleasePushLockExclusive(Lock) ExReleasePushLockExclusiveEx(Lock, EX_DEFAULT_PUSH_LOCK_FLAGS)
#define ExReleasePushLockShared(Lock) ExReleasePushLockSharedEx(Lock, EX_DEFAULT_PUSH_LOCK_FLAGS)
#endif

DRISO_EXTERN_C_END

/* the rest of the header's public declarations mingw lacks (generated) */
#include "driso_wdm_gen.h"

#endif
