/*
 * driso_classpnp_gen.h: the storage class driver library interface
 * (classpnp.h) of the current WDK, used instead of mingw-w64's Windows
 * Vista-era ddk/classpnp.h (whose FUNCTIONAL_DEVICE_EXTENSION,
 * CLASS_DRIVER_EXTENSION and CLASS_POWER_CONTEXT lack the current
 * members, and which declares ClassGetDescriptor and
 * ClassSignalCompletion with other parameter types than the library):
 * device extensions, CLASS_INIT_DATA and the CLASS_* callback types,
 * CLASS_FUNCTION_SUPPORT(_INFO) and the cached VPD page data, CLASS_SRB_*
 * / CLASS_SRBEX_* sizes, power contexts, the CLASSP_* / Class* routines
 * and the driver-visible constants and expression macros.
 *
 * Generated, then compile-checked (C and C++, kernel mode) and compared
 * (sizeof) with the WDK, from the WDK header copy published in
 * microsoft/wdkmetadata (MIT; generation/WDK/IdlHeaders/km/classpnp.h):
 * facts only -- names, member lists, parameter types and constant
 * values -- in this file's own layout, without comments, SAL annotations
 * or inline bodies (inline routines are declared as prototypes;
 * statement macros are left out). Learn documents only a few classpnp
 * routines and the CLASS_FUNCTION_SUPPORT enumerations.
 */
#ifndef DRISO_CLASSPNP_GEN_H
#define DRISO_CLASSPNP_GEN_H

DRISO_EXTERN_C_START

#ifndef TRY
#define TRY
#endif
#ifndef LEAVE
#define LEAVE goto __tryLabel;
#endif
#ifndef FINALLY
#define FINALLY __tryLabel:
#endif
#ifndef DEBUG_BUFFER_LENGTH
#define DEBUG_BUFFER_LENGTH 256
#endif
#ifndef SRB_CLASS_FLAGS_LOW_PRIORITY
#define SRB_CLASS_FLAGS_LOW_PRIORITY 0x10000000
#endif
#ifndef SRB_CLASS_FLAGS_PERSISTANT
#define SRB_CLASS_FLAGS_PERSISTANT 0x20000000
#endif
#ifndef SRB_CLASS_FLAGS_PAGING
#define SRB_CLASS_FLAGS_PAGING 0x40000000
#endif
#ifndef SRB_CLASS_FLAGS_FREE_MDL
#define SRB_CLASS_FLAGS_FREE_MDL 0x80000000
#endif
#ifndef SET_FLAG
#define SET_FLAG(Flags,Bit) ((Flags) |= (Bit))
#endif
#ifndef CLEAR_FLAG
#define CLEAR_FLAG(Flags,Bit) ((Flags) &= ~(Bit))
#endif
#ifndef TEST_FLAG
#define TEST_FLAG(Flags,Bit) (((Flags) & (Bit)) != 0)
#endif
#ifndef ASSERT_FDO
#define ASSERT_FDO(x) NT_ASSERT(((PCOMMON_DEVICE_EXTENSION) (x)->DeviceExtension)->IsFdo)
#endif
#ifndef ASSERT_PDO
#define ASSERT_PDO(x) NT_ASSERT(!(((PCOMMON_DEVICE_EXTENSION) (x)->DeviceExtension)->IsFdo))
#endif
#ifndef IS_CLEANUP_REQUEST
#define IS_CLEANUP_REQUEST(majorFunction) ((majorFunction == IRP_MJ_CLOSE) || (majorFunction == IRP_MJ_CLEANUP) || (majorFunction == IRP_MJ_SHUTDOWN))
#endif
#ifndef DO_MCD
#define DO_MCD(fdoExtension) (((fdoExtension)->MediaChangeDetectionInfo != NULL) && ((fdoExtension)->MediaChangeDetectionInfo->MediaChangeDetectionDisableCount == 0))
#endif
#ifndef IS_SCSIOP_READ
#define IS_SCSIOP_READ(opCode) ((opCode == SCSIOP_READ6) || (opCode == SCSIOP_READ) || (opCode == SCSIOP_READ12) || (opCode == SCSIOP_READ16))
#endif
#ifndef IS_SCSIOP_WRITE
#define IS_SCSIOP_WRITE(opCode) ((opCode == SCSIOP_WRITE6) || (opCode == SCSIOP_WRITE) || (opCode == SCSIOP_WRITE12) || (opCode == SCSIOP_WRITE16))
#endif
#ifndef IS_SCSIOP_READWRITE
#define IS_SCSIOP_READWRITE(opCode) (IS_SCSIOP_READ(opCode) || IS_SCSIOP_WRITE(opCode))
#endif
#ifndef CLASS_TAG_AUTORUN_DISABLE
#define CLASS_TAG_AUTORUN_DISABLE 'ALcS'
#endif
#ifndef CLASS_TAG_FILE_OBJECT_EXTENSION
#define CLASS_TAG_FILE_OBJECT_EXTENSION 'FLcS'
#endif
#ifndef CLASS_TAG_MEDIA_CHANGE_DETECTION
#define CLASS_TAG_MEDIA_CHANGE_DETECTION 'MLcS'
#endif
#ifndef CLASS_TAG_MOUNT
#define CLASS_TAG_MOUNT 'mLcS'
#endif
#ifndef CLASS_TAG_RELEASE_QUEUE
#define CLASS_TAG_RELEASE_QUEUE 'qLcS'
#endif
#ifndef CLASS_TAG_POWER
#define CLASS_TAG_POWER 'WLcS'
#endif
#ifndef CLASS_TAG_WMI
#define CLASS_TAG_WMI 'wLcS'
#endif
#ifndef CLASS_TAG_FAILURE_PREDICT
#define CLASS_TAG_FAILURE_PREDICT 'fLcS'
#endif
#ifndef CLASS_TAG_DEVICE_CONTROL
#define CLASS_TAG_DEVICE_CONTROL 'OIcS'
#endif
#ifndef CLASS_TAG_MODE_DATA
#define CLASS_TAG_MODE_DATA 'oLcS'
#endif
#ifndef CLASS_TAG_MULTIPATH
#define CLASS_TAG_MULTIPATH 'mPcS'
#endif
#ifndef CLASS_TAG_LOCK_TRACKING
#define CLASS_TAG_LOCK_TRACKING 'TLcS'
#endif
#ifndef CLASS_TAG_LB_PROVISIONING
#define CLASS_TAG_LB_PROVISIONING 'PLcS'
#endif
#ifndef CLASS_TAG_MANAGE_DATASET
#define CLASS_TAG_MANAGE_DATASET 'MDcS'
#endif
#ifndef CLASS_TAG_ZONE_INFO
#define CLASS_TAG_ZONE_INFO 'ZIcS'
#endif
#ifndef MAXIMUM_RETRIES
#define MAXIMUM_RETRIES 4
#endif
#ifndef CLASS_DRIVER_EXTENSION_KEY
#define CLASS_DRIVER_EXTENSION_KEY ((PVOID) ClassInitialize)
#endif
#ifndef NO_REMOVE
#define NO_REMOVE 0
#endif
#ifndef REMOVE_PENDING
#define REMOVE_PENDING 1
#endif
#ifndef REMOVE_COMPLETE
#define REMOVE_COMPLETE 2
#endif
#ifndef ClassAcquireRemoveLock
#define ClassAcquireRemoveLock(devobj,tag) ClassAcquireRemoveLockEx(devobj, tag, __FILE__, __LINE__)
#endif
#ifndef START_UNIT_TIMEOUT
#define START_UNIT_TIMEOUT (60 * 4)
#endif
#ifndef MEDIA_CHANGE_DEFAULT_TIME
#define MEDIA_CHANGE_DEFAULT_TIME 1
#endif
#ifndef MEDIA_CHANGE_TIMEOUT_TIME
#define MEDIA_CHANGE_TIMEOUT_TIME 300
#endif
#ifndef ClasspAllocateSrb
#define ClasspAllocateSrb(ext) ExAllocateFromNPagedLookasideList( &((ext)->CommonExtension.SrbLookasideList))
#endif
#ifndef ClasspFreeSrb
#define ClasspFreeSrb(ext,srb) ExFreeToNPagedLookasideList( &((ext)->CommonExtension.SrbLookasideList), (srb))
#endif
#ifndef MAXIMUM_RETRY_FOR_SINGLE_IO_IN_100NS_UNITS
#define MAXIMUM_RETRY_FOR_SINGLE_IO_IN_100NS_UNITS (0x3B9ACA00)
#endif
#ifndef CLASS_WORKING_SET_MAXIMUM
#define CLASS_WORKING_SET_MAXIMUM 2048
#endif
#ifndef CLASS_INTERPRET_SENSE_INFO2_MAXIMUM_HISTORY_COUNT
#define CLASS_INTERPRET_SENSE_INFO2_MAXIMUM_HISTORY_COUNT 30000
#endif
#ifndef CLASS_SRB_SCSI_REQUEST_BLOCK
#define CLASS_SRB_SCSI_REQUEST_BLOCK 0x1
#endif
#ifndef CLASS_SRB_STORAGE_REQUEST_BLOCK
#define CLASS_SRB_STORAGE_REQUEST_BLOCK 0x2
#endif
#ifndef DEFAULT_FAILURE_PREDICTION_PERIOD
#define DEFAULT_FAILURE_PREDICTION_PERIOD 60 * 60 * 1
#endif
#ifndef CLASS_SPECIAL_DISABLE_SPIN_DOWN
#define CLASS_SPECIAL_DISABLE_SPIN_DOWN 0x00000001
#endif
#ifndef CLASS_SPECIAL_DISABLE_SPIN_UP
#define CLASS_SPECIAL_DISABLE_SPIN_UP 0x00000002
#endif
#ifndef CLASS_SPECIAL_NO_QUEUE_LOCK
#define CLASS_SPECIAL_NO_QUEUE_LOCK 0x00000008
#endif
#ifndef CLASS_SPECIAL_DISABLE_WRITE_CACHE
#define CLASS_SPECIAL_DISABLE_WRITE_CACHE 0x00000010
#endif
#ifndef CLASS_SPECIAL_CAUSE_NOT_REPORTABLE_HACK
#define CLASS_SPECIAL_CAUSE_NOT_REPORTABLE_HACK 0x00000020
#endif
#ifndef CLASS_SPECIAL_MODIFY_CACHE_UNSUCCESSFUL
#define CLASS_SPECIAL_MODIFY_CACHE_UNSUCCESSFUL 0x00000040
#endif
#ifndef CLASS_SPECIAL_FUA_NOT_SUPPORTED
#define CLASS_SPECIAL_FUA_NOT_SUPPORTED 0x00000080
#endif
#ifndef CLASS_SPECIAL_VALID_MASK
#define CLASS_SPECIAL_VALID_MASK 0x000000FB
#endif
#ifndef CLASS_SPECIAL_RESERVED
#define CLASS_SPECIAL_RESERVED (~CLASS_SPECIAL_VALID_MASK)
#endif
#ifndef DEV_WRITE_CACHE
#define DEV_WRITE_CACHE 0x00000001
#endif
#ifndef DEV_USE_SCSI1
#define DEV_USE_SCSI1 0x00000002
#endif
#ifndef DEV_SAFE_START_UNIT
#define DEV_SAFE_START_UNIT 0x00000004
#endif
#ifndef DEV_NO_12BYTE_CDB
#define DEV_NO_12BYTE_CDB 0x00000008
#endif
#ifndef DEV_POWER_PROTECTED
#define DEV_POWER_PROTECTED 0x00000010
#endif
#ifndef DEV_USE_16BYTE_CDB
#define DEV_USE_16BYTE_CDB 0x00000020
#endif
#ifndef DEV_FORWARD_IO
#define DEV_FORWARD_IO 0x00000040
#endif
#ifndef DEV_SPLIT_LARGE_WRITE
#define DEV_SPLIT_LARGE_WRITE 0x00000080
#endif
#ifndef DEV_BYPASS_IO
#define DEV_BYPASS_IO 0x00000100
#endif
#ifndef CLASS_SRBEX_SCSI_CDB16_BUFFER_SIZE
#define CLASS_SRBEX_SCSI_CDB16_BUFFER_SIZE (sizeof(STORAGE_REQUEST_BLOCK) + sizeof(STOR_ADDR_BTL8) + sizeof(SRBEX_DATA_SCSI_CDB16))
#endif
#ifndef CLASS_SRBEX_NO_SRBEX_DATA_BUFFER_SIZE
#define CLASS_SRBEX_NO_SRBEX_DATA_BUFFER_SIZE (sizeof(STORAGE_REQUEST_BLOCK) + sizeof(STOR_ADDR_BTL8))
#endif
#ifndef GUID_CLASSPNP_QUERY_REGINFOEX
#define GUID_CLASSPNP_QUERY_REGINFOEX { 0x00e34b11, 0x2444, 0x4745, { 0xa5, 0x3d, 0x62, 0x01, 0x00, 0xcd, 0x82, 0xf7 } }
#endif
#ifndef GUID_CLASSPNP_SENSEINFO2
#define GUID_CLASSPNP_SENSEINFO2 { 0x509a8c5f, 0x71d7, 0x48f6, { 0x82, 0x1e, 0x17, 0x3c, 0x49, 0xbf, 0x2f, 0x18 } }
#endif
#ifndef GUID_CLASSPNP_WORKING_SET
#define GUID_CLASSPNP_WORKING_SET { 0x105701b0, 0x9e9b, 0x47cb, { 0x97, 0x80, 0x81, 0x19, 0x8a, 0xf7, 0xb5, 0x24 } }
#endif
#ifndef GUID_CLASSPNP_SRB_SUPPORT
#define GUID_CLASSPNP_SRB_SUPPORT { 0x0a483941, 0xbdfd, 0x4f7b, { 0xbe, 0x95, 0xce, 0xe2, 0xa2, 0x16, 0x09, 0x0c } }
#endif
enum _CLASS_DEBUG_LEVEL {
	ClassDebugError = 0,
	ClassDebugWarning = 1,
	ClassDebugTrace = 2,
	ClassDebugInfo = 3,
	ClassDebugMediaLocks = 8,
	ClassDebugMCN = 9,
	ClassDebugDelayedRetry = 10,
	ClassDebugSenseInfo = 11,
	ClassDebugRemoveLock = 12,
	ClassDebugExternal4 = 13,
	ClassDebugExternal3 = 14,
	ClassDebugExternal2 = 15,
	ClassDebugExternal1 = 16
};
typedef enum _CLASS_DEBUG_LEVEL CLASS_DEBUG_LEVEL;
typedef enum _CLASS_DEBUG_LEVEL *PCLASS_DEBUG_LEVEL;
ULONG CountOfSetBitsUChar(UCHAR _X);
ULONG CountOfSetBitsULong(ULONG _X);
ULONG CountOfSetBitsULong32(ULONG32 _X);
ULONG CountOfSetBitsULong64(ULONG64 _X);
ULONG CountOfSetBitsUlongPtr(ULONG_PTR _X);
typedef struct _CLASS_INIT_DATA CLASS_INIT_DATA;
typedef struct _CLASS_INIT_DATA *PCLASS_INIT_DATA;
typedef struct _CLASS_PRIVATE_FDO_DATA CLASS_PRIVATE_FDO_DATA;
typedef struct _CLASS_PRIVATE_FDO_DATA *PCLASS_PRIVATE_FDO_DATA;
typedef struct _CLASS_PRIVATE_PDO_DATA CLASS_PRIVATE_PDO_DATA;
typedef struct _CLASS_PRIVATE_PDO_DATA *PCLASS_PRIVATE_PDO_DATA;
typedef struct _CLASS_PRIVATE_COMMON_DATA CLASS_PRIVATE_COMMON_DATA;
typedef struct _CLASS_PRIVATE_COMMON_DATA *PCLASS_PRIVATE_COMMON_DATA;
enum _MEDIA_CHANGE_DETECTION_STATE {
	MediaUnknown,
	MediaPresent,
	MediaNotPresent,
	MediaUnavailable
};
typedef enum _MEDIA_CHANGE_DETECTION_STATE MEDIA_CHANGE_DETECTION_STATE;
typedef enum _MEDIA_CHANGE_DETECTION_STATE *PMEDIA_CHANGE_DETECTION_STATE;
typedef struct _MEDIA_CHANGE_DETECTION_INFO MEDIA_CHANGE_DETECTION_INFO;
typedef struct _MEDIA_CHANGE_DETECTION_INFO *PMEDIA_CHANGE_DETECTION_INFO;
typedef struct _DICTIONARY_HEADER DICTIONARY_HEADER;
typedef struct _DICTIONARY_HEADER *PDICTIONARY_HEADER;
struct _DICTIONARY {
	ULONGLONG Signature;
	PDICTIONARY_HEADER List;
	KSPIN_LOCK SpinLock;
};
typedef struct _DICTIONARY DICTIONARY;
typedef struct _DICTIONARY *PDICTIONARY;
struct _CLASSPNP_SCAN_FOR_SPECIAL_INFO {
	PCHAR VendorId;
	PCHAR ProductId;
	PCHAR ProductRevision;
	ULONG_PTR Data;
};
typedef struct _CLASSPNP_SCAN_FOR_SPECIAL_INFO CLASSPNP_SCAN_FOR_SPECIAL_INFO;
typedef struct _CLASSPNP_SCAN_FOR_SPECIAL_INFO *PCLASSPNP_SCAN_FOR_SPECIAL_INFO;
typedef void (* PCLASS_ERROR)(PDEVICE_OBJECT, PSCSI_REQUEST_BLOCK, NTSTATUS *, BOOLEAN *);
typedef NTSTATUS (* PCLASS_ADD_DEVICE)(PDRIVER_OBJECT, PDEVICE_OBJECT);
typedef NTSTATUS (* PCLASS_POWER_DEVICE)(PDEVICE_OBJECT, PIRP);
typedef NTSTATUS (* PCLASS_START_DEVICE)(PDEVICE_OBJECT);
typedef NTSTATUS (* PCLASS_STOP_DEVICE)(PDEVICE_OBJECT, UCHAR);
typedef NTSTATUS (* PCLASS_INIT_DEVICE)(PDEVICE_OBJECT);
typedef NTSTATUS (* PCLASS_ENUM_DEVICE)(PDEVICE_OBJECT);
typedef NTSTATUS (* PCLASS_READ_WRITE)(PDEVICE_OBJECT, PIRP);
typedef NTSTATUS (* PCLASS_DEVICE_CONTROL)(PDEVICE_OBJECT, PIRP);
typedef NTSTATUS (* PCLASS_SHUTDOWN_FLUSH)(PDEVICE_OBJECT, PIRP);
typedef NTSTATUS (* PCLASS_CREATE_CLOSE)(PDEVICE_OBJECT, PIRP);
typedef NTSTATUS (* PCLASS_QUERY_ID)(PDEVICE_OBJECT, BUS_QUERY_ID_TYPE, PUNICODE_STRING);
typedef NTSTATUS (* PCLASS_REMOVE_DEVICE)(PDEVICE_OBJECT, UCHAR);
typedef void (* PCLASS_UNLOAD)(PDRIVER_OBJECT);
typedef NTSTATUS (* PCLASS_QUERY_PNP_CAPABILITIES)(PDEVICE_OBJECT, PDEVICE_CAPABILITIES);
typedef void (* PCLASS_TICK)(PDEVICE_OBJECT);
typedef NTSTATUS (* PCLASS_QUERY_WMI_REGINFO_EX)(PDEVICE_OBJECT, ULONG *, PUNICODE_STRING, PUNICODE_STRING);
typedef NTSTATUS (* PCLASS_QUERY_WMI_REGINFO)(PDEVICE_OBJECT, ULONG *, PUNICODE_STRING);
typedef NTSTATUS (* PCLASS_QUERY_WMI_DATABLOCK)(PDEVICE_OBJECT, PIRP, ULONG, ULONG, PUCHAR);
typedef NTSTATUS (* PCLASS_SET_WMI_DATABLOCK)(PDEVICE_OBJECT, PIRP, ULONG, ULONG, PUCHAR);
typedef NTSTATUS (* PCLASS_SET_WMI_DATAITEM)(PDEVICE_OBJECT, PIRP, ULONG, ULONG, ULONG, PUCHAR);
typedef NTSTATUS (* PCLASS_EXECUTE_WMI_METHOD)(PDEVICE_OBJECT, PIRP, ULONG, ULONG, ULONG, ULONG, PUCHAR);
typedef enum {
	EventGeneration,
	DataBlockCollection
} CLASSENABLEDISABLEFUNCTION;
typedef NTSTATUS (* PCLASS_WMI_FUNCTION_CONTROL)(PDEVICE_OBJECT, PIRP, ULONG, CLASSENABLEDISABLEFUNCTION, BOOLEAN);
struct _SRB_HISTORY_ITEM {
	LARGE_INTEGER TickCountSent;
	LARGE_INTEGER TickCountCompleted;
	ULONG MillisecondsDelayOnRetry;
	SENSE_DATA NormalizedSenseData;
	UCHAR SrbStatus;
	UCHAR ClassDriverUse;
};
typedef struct _SRB_HISTORY_ITEM SRB_HISTORY_ITEM;
typedef struct _SRB_HISTORY_ITEM *PSRB_HISTORY_ITEM;
struct _SRB_HISTORY {
	ULONG_PTR ClassDriverUse[4];
	ULONG TotalHistoryCount;
	ULONG UsedHistoryCount;
	SRB_HISTORY_ITEM History[1];
};
typedef struct _SRB_HISTORY SRB_HISTORY;
typedef struct _SRB_HISTORY *PSRB_HISTORY;
typedef BOOLEAN (* PCLASS_INTERPRET_SENSE_INFO)(PDEVICE_OBJECT, PIRP, PSCSI_REQUEST_BLOCK, UCHAR, ULONG, ULONG, SRB_HISTORY *, NTSTATUS *, LONGLONG *);
typedef void (* PCLASS_COMPRESS_RETRY_HISTORY_DATA)(PDEVICE_OBJECT, PSRB_HISTORY);
typedef struct {
	GUID Guid;
	ULONG InstanceCount;
	ULONG Flags;
} GUIDREGINFO;
typedef GUIDREGINFO *PGUIDREGINFO;
struct _CLASS_WMI_INFO {
	ULONG GuidCount;
	PGUIDREGINFO GuidRegInfo;
	PCLASS_QUERY_WMI_REGINFO ClassQueryWmiRegInfo;
	PCLASS_QUERY_WMI_DATABLOCK ClassQueryWmiDataBlock;
	PCLASS_SET_WMI_DATABLOCK ClassSetWmiDataBlock;
	PCLASS_SET_WMI_DATAITEM ClassSetWmiDataItem;
	PCLASS_EXECUTE_WMI_METHOD ClassExecuteWmiMethod;
	PCLASS_WMI_FUNCTION_CONTROL ClassWmiFunctionControl;
};
typedef struct _CLASS_WMI_INFO CLASS_WMI_INFO;
typedef struct _CLASS_WMI_INFO *PCLASS_WMI_INFO;
struct _CLASS_DEV_INFO {
	ULONG DeviceExtensionSize;
	ULONG DeviceType;
	UCHAR StackSize;
	ULONG DeviceCharacteristics;
	PCLASS_ERROR ClassError;
	PCLASS_READ_WRITE ClassReadWriteVerification;
	PCLASS_DEVICE_CONTROL ClassDeviceControl;
	PCLASS_SHUTDOWN_FLUSH ClassShutdownFlush;
	PCLASS_CREATE_CLOSE ClassCreateClose;
	PCLASS_INIT_DEVICE ClassInitDevice;
	PCLASS_START_DEVICE ClassStartDevice;
	PCLASS_POWER_DEVICE ClassPowerDevice;
	PCLASS_STOP_DEVICE ClassStopDevice;
	PCLASS_REMOVE_DEVICE ClassRemoveDevice;
	PCLASS_QUERY_PNP_CAPABILITIES ClassQueryPnpCapabilities;
	CLASS_WMI_INFO ClassWmiInfo;
};
typedef struct _CLASS_DEV_INFO CLASS_DEV_INFO;
typedef struct _CLASS_DEV_INFO *PCLASS_DEV_INFO;
struct _CLASS_INIT_DATA {
	ULONG InitializationDataSize;
	CLASS_DEV_INFO FdoData;
	CLASS_DEV_INFO PdoData;
	PCLASS_ADD_DEVICE ClassAddDevice;
	PCLASS_ENUM_DEVICE ClassEnumerateDevice;
	PCLASS_QUERY_ID ClassQueryId;
	PDRIVER_STARTIO ClassStartIo;
	PCLASS_UNLOAD ClassUnload;
	PCLASS_TICK ClassTick;
};
struct _FILE_OBJECT_EXTENSION {
	PFILE_OBJECT FileObject;
	PDEVICE_OBJECT DeviceObject;
	ULONG LockCount;
	ULONG McnDisableCount;
};
typedef struct _FILE_OBJECT_EXTENSION FILE_OBJECT_EXTENSION;
typedef struct _FILE_OBJECT_EXTENSION *PFILE_OBJECT_EXTENSION;
struct _CLASS_WORKING_SET {
	ULONG Size;
	ULONG XferPacketsWorkingSetMaximum;
	ULONG XferPacketsWorkingSetMinimum;
};
typedef struct _CLASS_WORKING_SET CLASS_WORKING_SET;
typedef struct _CLASS_WORKING_SET *PCLASS_WORKING_SET;
struct _CLASS_INTERPRET_SENSE_INFO2 {
	ULONG Size;
	ULONG HistoryCount;
	PCLASS_COMPRESS_RETRY_HISTORY_DATA Compress;
	PCLASS_INTERPRET_SENSE_INFO Interpret;
};
typedef struct _CLASS_INTERPRET_SENSE_INFO2 CLASS_INTERPRET_SENSE_INFO2;
typedef struct _CLASS_INTERPRET_SENSE_INFO2 *PCLASS_INTERPRET_SENSE_INFO2;
struct _CLASS_DRIVER_EXTENSION {
	UNICODE_STRING RegistryPath;
	CLASS_INIT_DATA InitData;
	ULONG DeviceCount;
	PCLASS_QUERY_WMI_REGINFO_EX ClassFdoQueryWmiRegInfoEx;
	PCLASS_QUERY_WMI_REGINFO_EX ClassPdoQueryWmiRegInfoEx;
	REGHANDLE EtwHandle;
	PDRIVER_DISPATCH DeviceMajorFunctionTable[28];
	PDRIVER_DISPATCH MpDeviceMajorFunctionTable[28];
	PCLASS_INTERPRET_SENSE_INFO2 InterpretSenseInfo;
	PCLASS_WORKING_SET WorkingSet;
	ULONG SrbSupport;
};
typedef struct _CLASS_DRIVER_EXTENSION CLASS_DRIVER_EXTENSION;
typedef struct _CLASS_DRIVER_EXTENSION *PCLASS_DRIVER_EXTENSION;
typedef struct _COMMON_DEVICE_EXTENSION COMMON_DEVICE_EXTENSION;
typedef struct _COMMON_DEVICE_EXTENSION *PCOMMON_DEVICE_EXTENSION;
typedef struct _FUNCTIONAL_DEVICE_EXTENSION FUNCTIONAL_DEVICE_EXTENSION;
typedef struct _FUNCTIONAL_DEVICE_EXTENSION *PFUNCTIONAL_DEVICE_EXTENSION;
typedef struct _PHYSICAL_DEVICE_EXTENSION PHYSICAL_DEVICE_EXTENSION;
typedef struct _PHYSICAL_DEVICE_EXTENSION *PPHYSICAL_DEVICE_EXTENSION;
struct _COMMON_DEVICE_EXTENSION {
	ULONG Version;
	PDEVICE_OBJECT DeviceObject;
	PDEVICE_OBJECT LowerDeviceObject;
	PFUNCTIONAL_DEVICE_EXTENSION PartitionZeroExtension;
	PCLASS_DRIVER_EXTENSION DriverExtension;
	LONG RemoveLock;
	KEVENT RemoveEvent;
	KSPIN_LOCK RemoveTrackingSpinlock;
	PVOID RemoveTrackingList;
	LONG RemoveTrackingUntrackedCount;
	PVOID DriverData;
	struct {
		BOOLEAN IsFdo : 1;
		BOOLEAN IsInitialized : 1;
		BOOLEAN IsSrbLookasideListInitialized : 1;
	};
	UCHAR PreviousState;
	UCHAR CurrentState;
	ULONG IsRemoved;
	UNICODE_STRING DeviceName;
	PPHYSICAL_DEVICE_EXTENSION ChildList;
	ULONG PartitionNumber;
	LARGE_INTEGER PartitionLength;
	LARGE_INTEGER StartingOffset;
	PCLASS_DEV_INFO DevInfo;
	ULONG PagingPathCount;
	ULONG DumpPathCount;
	ULONG HibernationPathCount;
	KEVENT PathCountEvent;
	NPAGED_LOOKASIDE_LIST SrbLookasideList;
	UNICODE_STRING MountedDeviceInterfaceName;
	ULONG GuidCount;
	PGUIDREGINFO GuidRegInfo;
	DICTIONARY FileObjectDictionary;
	PCLASS_PRIVATE_COMMON_DATA PrivateCommonData;
	PDRIVER_DISPATCH *DispatchTable;
	ULONG_PTR Reserved3;
	ULONG_PTR Reserved4;
};
typedef enum {
	FailurePredictionNone = 0,
	FailurePredictionIoctl,
	FailurePredictionSmart,
	FailurePredictionSense
} FAILURE_PREDICTION_METHOD;
typedef FAILURE_PREDICTION_METHOD *PFAILURE_PREDICTION_METHOD;
typedef struct _FAILURE_PREDICTION_INFO *PFAILURE_PREDICTION_INFO;
struct _CLASS_POWER_OPTIONS {
	ULONG PowerDown : 1;
	ULONG LockQueue : 1;
	ULONG HandleSpinDown : 1;
	ULONG HandleSpinUp : 1;
	ULONG Reserved : 27;
};
typedef struct _CLASS_POWER_OPTIONS CLASS_POWER_OPTIONS;
typedef struct _CLASS_POWER_OPTIONS *PCLASS_POWER_OPTIONS;
typedef enum {
	PowerDownDeviceInitial,
	PowerDownDeviceLocked,
	PowerDownDeviceStopped,
	PowerDownDeviceOff,
	PowerDownDeviceUnlocked
} CLASS_POWER_DOWN_STATE;
typedef enum {
	PowerDownDeviceInitial2,
	PowerDownDeviceLocked2,
	PowerDownDeviceFlushed2,
	PowerDownDeviceStopped2,
	PowerDownDeviceOff2,
	PowerDownDeviceUnlocked2
} CLASS_POWER_DOWN_STATE2;
typedef enum {
	PowerDownDeviceInitial3 = 0,
	PowerDownDeviceLocked3,
	PowerDownDeviceQuiesced3,
	PowerDownDeviceFlushed3,
	PowerDownDeviceStopped3,
	PowerDownDeviceOff3,
	PowerDownDeviceUnlocked3
} CLASS_POWER_DOWN_STATE3;
typedef enum {
	PowerUpDeviceInitial,
	PowerUpDeviceLocked,
	PowerUpDeviceOn,
	PowerUpDeviceStarted,
	PowerUpDeviceUnlocked
} CLASS_POWER_UP_STATE;
struct _CLASS_POWER_CONTEXT {
	union {
		CLASS_POWER_DOWN_STATE PowerDown;
		CLASS_POWER_DOWN_STATE2 PowerDown2;
		CLASS_POWER_DOWN_STATE3 PowerDown3;
		CLASS_POWER_UP_STATE PowerUp;
	} PowerChangeState;
	CLASS_POWER_OPTIONS Options;
	BOOLEAN InUse;
	BOOLEAN QueueLocked;
	NTSTATUS FinalStatus;
	ULONG RetryCount;
	ULONG RetryInterval;
	PIO_COMPLETION_ROUTINE CompletionRoutine;
	PDEVICE_OBJECT DeviceObject;
	PIRP Irp;
	SCSI_REQUEST_BLOCK Srb;
};
typedef struct _CLASS_POWER_CONTEXT CLASS_POWER_CONTEXT;
typedef struct _CLASS_POWER_CONTEXT *PCLASS_POWER_CONTEXT;
typedef enum {
	SupportUnknown = 0,
	Supported,
	NotSupported
} CLASS_FUNCTION_SUPPORT;
struct _CLASS_VPD_B1_DATA {
	NTSTATUS CommandStatus;
	USHORT MediumRotationRate;
	UCHAR NominalFormFactor;
	UCHAR Zoned;
	ULONG MediumProductType;
	ULONG DepopulationTime;
};
typedef struct _CLASS_VPD_B1_DATA CLASS_VPD_B1_DATA;
typedef struct _CLASS_VPD_B1_DATA *PCLASS_VPD_B1_DATA;
struct _CLASS_VPD_B0_DATA {
	NTSTATUS CommandStatus;
	ULONG MaxUnmapLbaCount;
	ULONG MaxUnmapBlockDescrCount;
	ULONG OptimalUnmapGranularity;
	ULONG UnmapGranularityAlignment;
	BOOLEAN UGAVALID;
	UCHAR Reserved0;
	USHORT OptimalTransferLengthGranularity;
	ULONG MaximumTransferLength;
	ULONG OptimalTransferLength;
};
typedef struct _CLASS_VPD_B0_DATA CLASS_VPD_B0_DATA;
typedef struct _CLASS_VPD_B0_DATA *PCLASS_VPD_B0_DATA;
struct _CLASS_VPD_B2_DATA {
	NTSTATUS CommandStatus;
	UCHAR ThresholdExponent;
	UCHAR DP : 1;
	UCHAR ANC_SUP : 1;
	UCHAR Reserved0 : 2;
	UCHAR LBPRZ : 1;
	UCHAR LBPWS10 : 1;
	UCHAR LBPWS : 1;
	UCHAR LBPU : 1;
	UCHAR ProvisioningType : 3;
	UCHAR Reserved1 : 5;
	ULONG SoftThresholdEventPending;
};
typedef struct _CLASS_VPD_B2_DATA CLASS_VPD_B2_DATA;
typedef struct _CLASS_VPD_B2_DATA *PCLASS_VPD_B2_DATA;
struct _CLASS_READ_CAPACITY16_DATA {
	NTSTATUS CommandStatus;
	ULONG BytesPerLogicalSector;
	ULONG BytesPerPhysicalSector;
	ULONG BytesOffsetForSectorAlignment;
	BOOLEAN LBProvisioningEnabled;
	BOOLEAN LBProvisioningReadZeros;
	UCHAR Reserved0[2];
	ULONG Reserved1;
};
typedef struct _CLASS_READ_CAPACITY16_DATA CLASS_READ_CAPACITY16_DATA;
typedef struct _CLASS_READ_CAPACITY16_DATA *PCLASS_READ_CAPACITY16_DATA;
struct _CLASS_VPD_ECOP_BLOCK_DEVICE_ROD_LIMITS {
	NTSTATUS CommandStatus;
	USHORT MaximumRangeDescriptors;
	UCHAR Restricted;
	UCHAR Reserved;
	ULONG MaximumInactivityTimer;
	ULONG DefaultInactivityTimer;
	ULONGLONG MaximumTokenTransferSize;
	ULONGLONG OptimalTransferCount;
};
typedef struct _CLASS_VPD_ECOP_BLOCK_DEVICE_ROD_LIMITS CLASS_VPD_ECOP_BLOCK_DEVICE_ROD_LIMITS;
typedef struct _CLASS_VPD_ECOP_BLOCK_DEVICE_ROD_LIMITS *PCLASS_VPD_ECOP_BLOCK_DEVICE_ROD_LIMITS;
struct _CLASS_FUNCTION_SUPPORT_INFO {
	KSPIN_LOCK SyncLock;
	ULONG GenerationCount;
	volatile ULONG ChangeRequestCount;
	struct {
		ULONG BlockLimits : 1;
		ULONG BlockDeviceCharacteristics : 1;
		ULONG LBProvisioning : 1;
		ULONG BlockDeviceRODLimits : 1;
		ULONG ZonedBlockDeviceCharacteristics : 1;
		ULONG Reserved : 22;
		ULONG DeviceType : 5;
	} ValidInquiryPages;
	struct {
		CLASS_FUNCTION_SUPPORT SeekPenaltyProperty;
		CLASS_FUNCTION_SUPPORT AccessAlignmentProperty;
		CLASS_FUNCTION_SUPPORT TrimProperty;
		CLASS_FUNCTION_SUPPORT TrimProcess;
	} LowerLayerSupport;
	BOOLEAN RegAccessAlignmentQueryNotSupported;
	BOOLEAN AsynchronousNotificationSupported;
	BOOLEAN UseModeSense10;
	UCHAR Reserved;
	CLASS_VPD_B0_DATA BlockLimitsData;
	CLASS_VPD_B1_DATA DeviceCharacteristicsData;
	CLASS_VPD_B2_DATA LBProvisioningData;
	CLASS_READ_CAPACITY16_DATA ReadCapacity16Data;
	CLASS_VPD_ECOP_BLOCK_DEVICE_ROD_LIMITS BlockDeviceRODLimitsData;
	struct {
		ULONG D3ColdSupported : 1;
		ULONG DeviceWakeable : 1;
		ULONG IdlePowerEnabled : 1;
		ULONG D3IdleTimeoutOverridden : 1;
		ULONG NoVerifyDuringIdlePower : 1;
		ULONG Reserved2 : 27;
		ULONG D3IdleTimeout;
	} IdlePower;
	CLASS_FUNCTION_SUPPORT HwFirmwareGetInfoSupport;
	PSTORAGE_HW_FIRMWARE_INFO HwFirmwareInfo;
};
typedef struct _CLASS_FUNCTION_SUPPORT_INFO CLASS_FUNCTION_SUPPORT_INFO;
typedef struct _CLASS_FUNCTION_SUPPORT_INFO *PCLASS_FUNCTION_SUPPORT_INFO;
struct _ADDITIONAL_FDO_DATA {
	ULONG DeviceGuidFlags;
	GUID DeviceGuid;
};
typedef struct _ADDITIONAL_FDO_DATA ADDITIONAL_FDO_DATA;
typedef struct _ADDITIONAL_FDO_DATA *PADDITIONAL_FDO_DATA;
struct _FUNCTIONAL_DEVICE_EXTENSION {
	union {
		struct {
			ULONG Version;
			PDEVICE_OBJECT DeviceObject;
		};
		COMMON_DEVICE_EXTENSION CommonExtension;
	};
	PDEVICE_OBJECT LowerPdo;
	PSTORAGE_DEVICE_DESCRIPTOR DeviceDescriptor;
	PSTORAGE_ADAPTER_DESCRIPTOR AdapterDescriptor;
	DEVICE_POWER_STATE DevicePowerState;
	ULONG DMByteSkew;
	ULONG DMSkew;
	BOOLEAN DMActive;
	UCHAR SenseDataLength;
	UCHAR Reserved0[2];
	DISK_GEOMETRY DiskGeometry;
	PSENSE_DATA SenseData;
	ULONG TimeOutValue;
	ULONG DeviceNumber;
	ULONG SrbFlags;
	ULONG ErrorCount;
	LONG LockCount;
	LONG ProtectedLockCount;
	LONG InternalLockCount;
	KEVENT EjectSynchronizationEvent;
	USHORT DeviceFlags;
	UCHAR SectorShift;
	UCHAR CdbForceUnitAccess;
	PMEDIA_CHANGE_DETECTION_INFO MediaChangeDetectionInfo;
	PKEVENT Unused1;
	HANDLE Unused2;
	FILE_OBJECT_EXTENSION KernelModeMcnContext;
	ULONG MediaChangeCount;
	HANDLE DeviceDirectory;
	KSPIN_LOCK ReleaseQueueSpinLock;
	PIRP ReleaseQueueIrp;
	SCSI_REQUEST_BLOCK ReleaseQueueSrb;
	BOOLEAN ReleaseQueueNeeded;
	BOOLEAN ReleaseQueueInProgress;
	BOOLEAN ReleaseQueueIrpFromPool;
	BOOLEAN FailurePredicted;
	ULONG FailureReason;
	PFAILURE_PREDICTION_INFO FailurePredictionInfo;
	BOOLEAN PowerDownInProgress;
	ULONG EnumerationInterlock;
	KEVENT ChildLock;
	PKTHREAD ChildLockOwner;
	ULONG ChildLockAcquisitionCount;
	ULONG ScanForSpecialFlags;
	KDPC PowerRetryDpc;
	KTIMER PowerRetryTimer;
	CLASS_POWER_CONTEXT PowerContext;
	PCLASS_PRIVATE_FDO_DATA PrivateFdoData;
	PCLASS_FUNCTION_SUPPORT_INFO FunctionSupportInfo;
	PSTORAGE_MINIPORT_DESCRIPTOR MiniportDescriptor;
	PADDITIONAL_FDO_DATA AdditionalFdoData;
};
struct _PHYSICAL_DEVICE_EXTENSION {
	union {
		struct {
			ULONG Version;
			PDEVICE_OBJECT DeviceObject;
		};
		COMMON_DEVICE_EXTENSION CommonExtension;
	};
	BOOLEAN IsMissing;
	BOOLEAN IsEnumerated;
	PCLASS_PRIVATE_PDO_DATA PrivatePdoData;
	ULONG_PTR Reserved2;
	ULONG_PTR Reserved3;
	ULONG_PTR Reserved4;
};
struct _COMPLETION_CONTEXT {
	PDEVICE_OBJECT DeviceObject;
	union {
		SCSI_REQUEST_BLOCK Srb;
		STORAGE_REQUEST_BLOCK SrbEx;
		UCHAR SrbExBuffer[184];
	} Srb;
};
typedef struct _COMPLETION_CONTEXT COMPLETION_CONTEXT;
typedef struct _COMPLETION_CONTEXT *PCOMPLETION_CONTEXT;
ULONG ClassInitialize(PVOID Argument1, PVOID Argument2, PCLASS_INIT_DATA InitializationData);
struct _CLASS_QUERY_WMI_REGINFO_EX_LIST {
	ULONG Size;
	PCLASS_QUERY_WMI_REGINFO_EX ClassFdoQueryWmiRegInfoEx;
	PCLASS_QUERY_WMI_REGINFO_EX ClassPdoQueryWmiRegInfoEx;
};
typedef struct _CLASS_QUERY_WMI_REGINFO_EX_LIST CLASS_QUERY_WMI_REGINFO_EX_LIST;
typedef struct _CLASS_QUERY_WMI_REGINFO_EX_LIST *PCLASS_QUERY_WMI_REGINFO_EX_LIST;
ULONG ClassInitializeEx(PDRIVER_OBJECT DriverObject, LPGUID Guid, PVOID Data);
NTSTATUS ClassCreateDeviceObject(PDRIVER_OBJECT DriverObject, PCCHAR ObjectNameBuffer, PDEVICE_OBJECT LowerDeviceObject, BOOLEAN IsFdo, PDEVICE_OBJECT *DeviceObject);
NTSTATUS ClassReadDriveCapacity(PDEVICE_OBJECT DeviceObject);
void ClassReleaseQueue(PDEVICE_OBJECT DeviceObject);
void ClassSplitRequest(PDEVICE_OBJECT DeviceObject, PIRP Irp, ULONG MaximumBytes);
NTSTATUS ClassDeviceControl(PDEVICE_OBJECT DeviceObject, PIRP Irp);
IO_COMPLETION_ROUTINE ClassIoComplete;
IO_COMPLETION_ROUTINE ClassIoCompleteAssociated;
BOOLEAN ClassInterpretSenseInfo(PDEVICE_OBJECT DeviceObject, PSCSI_REQUEST_BLOCK Srb, UCHAR MajorFunctionCode, ULONG IoDeviceCode, ULONG RetryCount, NTSTATUS *Status, ULONG *RetryInterval);
void ClassSendDeviceIoControlSynchronous(ULONG IoControlCode, PDEVICE_OBJECT TargetDeviceObject, PVOID Buffer, ULONG InputBufferLength, ULONG OutputBufferLength, BOOLEAN InternalDeviceIoControl, PIO_STATUS_BLOCK IoStatus);
NTSTATUS ClassSendIrpSynchronous(PDEVICE_OBJECT TargetDeviceObject, PIRP Irp);
NTSTATUS ClassForwardIrpSynchronous(PCOMMON_DEVICE_EXTENSION CommonExtension, PIRP Irp);
NTSTATUS ClassSendSrbSynchronous(PDEVICE_OBJECT DeviceObject, PSCSI_REQUEST_BLOCK Srb, PVOID BufferAddress, ULONG BufferLength, BOOLEAN WriteToDevice);
NTSTATUS ClassSendSrbAsynchronous(PDEVICE_OBJECT DeviceObject, PSCSI_REQUEST_BLOCK _Srb, PIRP Irp, PVOID BufferAddress, ULONG BufferLength, BOOLEAN WriteToDevice);
NTSTATUS ClassBuildRequest(PDEVICE_OBJECT DeviceObject, PIRP Irp);
ULONG ClassModeSense(PDEVICE_OBJECT DeviceObject, PCHAR ModeSenseBuffer, ULONG Length, UCHAR PageMode);
NTSTATUS ClassModeSenseTranslate(PDEVICE_OBJECT DeviceObject, PMODE_PARAMETER_HEADER ModeSenseData, PULONG ModeSenseBufferSize);
PVOID ClassFindModePage(PCHAR ModeSenseBuffer, ULONG Length, UCHAR PageMode, BOOLEAN Use6Byte);
ULONG ClassModeSenseEx(PDEVICE_OBJECT Fdo, PCHAR ModeSenseBuffer, ULONG Length, UCHAR PageMode, UCHAR PageControl);
NTSTATUS ClassModeSelect(PDEVICE_OBJECT Fdo, PCHAR ModeSelectBuffer, ULONG Length, BOOLEAN SavePages);
NTSTATUS ClassClaimDevice(PDEVICE_OBJECT LowerDeviceObject, BOOLEAN Release);
DRIVER_DISPATCH ClassInternalIoControl;
void ClassInitializeSrbLookasideList(PCOMMON_DEVICE_EXTENSION CommonExtension, ULONG NumberElements);
void ClassDeleteSrbLookasideList(PCOMMON_DEVICE_EXTENSION CommonExtension);
ULONG ClassQueryTimeOutRegistryValue(PDEVICE_OBJECT DeviceObject);
NTSTATUS ClassGetDescriptor(PDEVICE_OBJECT DeviceObject, PSTORAGE_PROPERTY_ID PropertyId, PVOID *Descriptor);
void ClassInvalidateBusRelations(PDEVICE_OBJECT Fdo);
void ClassMarkChildrenMissing(PFUNCTIONAL_DEVICE_EXTENSION Fdo);
BOOLEAN ClassMarkChildMissing(PPHYSICAL_DEVICE_EXTENSION PdoExtension, BOOLEAN AcquireChildLock);
void ClassDebugPrint(CLASS_DEBUG_LEVEL DebugPrintLevel, PCCHAR DebugMessage, ...);
PCLASS_DRIVER_EXTENSION ClassGetDriverExtension(PDRIVER_OBJECT DriverObject);
void ClassCompleteRequest(PDEVICE_OBJECT DeviceObject, PIRP Irp, CCHAR PriorityBoost);
void ClassReleaseRemoveLock(PDEVICE_OBJECT DeviceObject, PVOID Tag);
ULONG ClassAcquireRemoveLockEx(PDEVICE_OBJECT DeviceObject, PVOID Tag, PCSTR File, ULONG Line);
void ClassUpdateInformationInRegistry(PDEVICE_OBJECT Fdo, PCHAR DeviceName, ULONG DeviceNumber, PINQUIRYDATA InquiryData, ULONG InquiryDataLength);
NTSTATUS ClassWmiCompleteRequest(PDEVICE_OBJECT DeviceObject, PIRP Irp, NTSTATUS Status, ULONG BufferUsed, CCHAR PriorityBoost);
NTSTATUS ClassWmiFireEvent(PDEVICE_OBJECT DeviceObject, LPGUID Guid, ULONG InstanceIndex, ULONG EventDataSize, PVOID EventData);
void ClassResetMediaChangeTimer(PFUNCTIONAL_DEVICE_EXTENSION FdoExtension);
void ClassInitializeMediaChangeDetection(PFUNCTIONAL_DEVICE_EXTENSION FdoExtension, PUCHAR EventPrefix);
NTSTATUS ClassInitializeTestUnitPolling(PFUNCTIONAL_DEVICE_EXTENSION FdoExtension, BOOLEAN AllowDriveToSleep);
PVPB ClassGetVpb(PDEVICE_OBJECT DeviceObject);
NTSTATUS ClassSpinDownPowerHandler(PDEVICE_OBJECT DeviceObject, PIRP Irp);
NTSTATUS ClassStopUnitPowerHandler(PDEVICE_OBJECT DeviceObject, PIRP Irp);
NTSTATUS ClassSetFailurePredictionPoll(PFUNCTIONAL_DEVICE_EXTENSION FdoExtension, FAILURE_PREDICTION_METHOD FailurePredictionMethod, ULONG PollingPeriod);
void ClassNotifyFailurePredicted(PFUNCTIONAL_DEVICE_EXTENSION FdoExtension, PUCHAR Buffer, ULONG BufferSize, BOOLEAN LogError, ULONG UniqueErrorValue, UCHAR PathId, UCHAR TargetId, UCHAR Lun);
void ClassAcquireChildLock(PFUNCTIONAL_DEVICE_EXTENSION FdoExtension);
void ClassReleaseChildLock(PFUNCTIONAL_DEVICE_EXTENSION FdoExtension);
IO_COMPLETION_ROUTINE ClassSignalCompletion;
void ClassSendStartUnit(PDEVICE_OBJECT DeviceObject);
NTSTATUS ClassRemoveDevice(PDEVICE_OBJECT DeviceObject, UCHAR RemoveType);
IO_COMPLETION_ROUTINE ClassAsynchronousCompletion;
void ClassCheckMediaState(PFUNCTIONAL_DEVICE_EXTENSION FdoExtension);
void ClassSetMediaChangeState(PFUNCTIONAL_DEVICE_EXTENSION FdoExtension, MEDIA_CHANGE_DETECTION_STATE State, BOOLEAN Wait);
void ClassEnableMediaChangeDetection(PFUNCTIONAL_DEVICE_EXTENSION FdoExtension);
void ClassDisableMediaChangeDetection(PFUNCTIONAL_DEVICE_EXTENSION FdoExtension);
void ClassCleanupMediaChangeDetection(PFUNCTIONAL_DEVICE_EXTENSION FdoExtension);
void ClassGetDeviceParameter(PFUNCTIONAL_DEVICE_EXTENSION FdoExtension, PWSTR SubkeyName, PWSTR ParameterName, PULONG ParameterValue);
NTSTATUS ClassSetDeviceParameter(PFUNCTIONAL_DEVICE_EXTENSION FdoExtension, PWSTR SubkeyName, PWSTR ParameterName, ULONG ParameterValue);
PFILE_OBJECT_EXTENSION ClassGetFsContext(PCOMMON_DEVICE_EXTENSION CommonExtension, PFILE_OBJECT FileObject);
void ClassSendNotification(PFUNCTIONAL_DEVICE_EXTENSION FdoExtension, const GUID *Guid, ULONG ExtraDataSize, PVOID ExtraData);
UCHAR GET_FDO_EXTENSON_SENSE_DATA_LENGTH(PFUNCTIONAL_DEVICE_EXTENSION FdoExtension);
BOOLEAN PORT_ALLOCATED_SENSE(PFUNCTIONAL_DEVICE_EXTENSION FdoExtension, PSCSI_REQUEST_BLOCK Srb);
void FREE_PORT_ALLOCATED_SENSE_BUFFER(PFUNCTIONAL_DEVICE_EXTENSION FdoExtension, PSCSI_REQUEST_BLOCK Srb);
typedef void (* PCLASS_SCAN_FOR_SPECIAL_HANDLER)(PFUNCTIONAL_DEVICE_EXTENSION, ULONG_PTR);
void ClassScanForSpecial(PFUNCTIONAL_DEVICE_EXTENSION FdoExtension, CLASSPNP_SCAN_FOR_SPECIAL_INFO *DeviceList, PCLASS_SCAN_FOR_SPECIAL_HANDLER Function);

/* classpnp.h's two statement macros, in driso's own form (same effect;
 * FREE_POOL stays a bare if-statement: callers omit the semicolon) */
#ifndef FREE_POOL
#define FREE_POOL(_PoolPtr) if ((_PoolPtr) != NULL) { ExFreePool(_PoolPtr); (_PoolPtr) = NULL; }
#endif
#ifndef ADJUST_FUA_FLAG
#define ADJUST_FUA_FLAG(fdoExt) \
	((fdoExt)->CdbForceUnitAccess = (TEST_FLAG((fdoExt)->DeviceFlags, DEV_WRITE_CACHE) && \
		!TEST_FLAG((fdoExt)->DeviceFlags, DEV_POWER_PROTECTED) && \
		!TEST_FLAG((fdoExt)->ScanForSpecialFlags, CLASS_SPECIAL_FUA_NOT_SUPPORTED)) ? TRUE : FALSE)
#endif

DRISO_EXTERN_C_END

#endif /* DRISO_CLASSPNP_GEN_H */
