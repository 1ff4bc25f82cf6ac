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

DRISO_EXTERN_C_END

#endif
