/*
 * driso_ntddstor_gen.h: the part of the current ntddstor.h that neither
 * mingw-w64 (kernel ntddstor.h or user-mode winioctl.h) nor driso's other
 * storage shims declare (Windows 10 storage properties, protocols,
 * health/management status, zoned devices, endurance, attributes and
 * the related IOCTLs and constants). Included at the end of driso's
 * ntddstor.h wrapper in kernel and user mode.
 *
 * Generated, then compile-checked (kernel and user mode, C and C++) and
 * compared (sizeof, macro values) with the WDK, from the shared ntddstor.h
 * published in microsoft/wdkmetadata (MIT): facts only -- names, member
 * lists and constant values, as in the Learn ntddstor.h reference -- in this
 * file's own layout. Only names neither mingw-w64 nor another shim
 * declares are added.
 */
#ifndef DRISO_NTDDSTOR_GEN_H
#define DRISO_NTDDSTOR_GEN_H
#include "driso_shims.h"
DRISO_EXTERN_C_START

#ifndef IOCTL_STORAGE_MANAGE_BYPASS_IO
#define IOCTL_STORAGE_MANAGE_BYPASS_IO CTL_CODE(IOCTL_STORAGE_BASE, 0x0230, METHOD_BUFFERED, FILE_ANY_ACCESS)
#endif
#ifndef STORAGE_MINIPORT_DESCRIPTOR_V1_SIZE
#define STORAGE_MINIPORT_DESCRIPTOR_V1_SIZE RTL_SIZEOF_THROUGH_FIELD(STORAGE_MINIPORT_DESCRIPTOR, IoTimeoutValue)
#endif
#ifndef STORAGE_ATTRIBUTE_BYTE_ADDRESSABLE_IO
#define STORAGE_ATTRIBUTE_BYTE_ADDRESSABLE_IO 0x01
#endif
#ifndef STORAGE_ATTRIBUTE_BLOCK_IO
#define STORAGE_ATTRIBUTE_BLOCK_IO 0x02
#endif
#ifndef STORAGE_ATTRIBUTE_DYNAMIC_PERSISTENCE
#define STORAGE_ATTRIBUTE_DYNAMIC_PERSISTENCE 0x04
#endif
#ifndef STORAGE_ATTRIBUTE_VOLATILE
#define STORAGE_ATTRIBUTE_VOLATILE 0x08
#endif
#ifndef STORAGE_ATTRIBUTE_ASYNC_EVENT_NOTIFICATION
#define STORAGE_ATTRIBUTE_ASYNC_EVENT_NOTIFICATION 0x10
#endif
#ifndef STORAGE_ATTRIBUTE_PERF_SIZE_INDEPENDENT
#define STORAGE_ATTRIBUTE_PERF_SIZE_INDEPENDENT 0x20
#endif
#ifndef STORAGE_DEVICE_MAX_OPERATIONAL_STATUS
#define STORAGE_DEVICE_MAX_OPERATIONAL_STATUS 16
#endif
#ifndef STORAGE_ADAPTER_SERIAL_NUMBER_V1_MAX_LENGTH
#define STORAGE_ADAPTER_SERIAL_NUMBER_V1_MAX_LENGTH (128)
#endif
#ifndef STORAGE_ADAPTER_SERIAL_NUMBER_V1_VERSION
#define STORAGE_ADAPTER_SERIAL_NUMBER_V1_VERSION (sizeof(STORAGE_ADAPTER_SERIAL_NUMBER))
#endif
#ifndef STORAGE_ADAPTER_SERIAL_NUMBER_V1_SIZE
#define STORAGE_ADAPTER_SERIAL_NUMBER_V1_SIZE (sizeof(STORAGE_ADAPTER_SERIAL_NUMBER))
#endif
#ifndef STORAGE_DEVICE_NUMA_NODE_UNKNOWN
#define STORAGE_DEVICE_NUMA_NODE_UNKNOWN MAXULONG
#endif
#ifndef DeviceDsmAction_TopologyIdQuery
#define DeviceDsmAction_TopologyIdQuery (0x00000010u | DeviceDsmActionFlag_NonDestructive)
#endif
#ifndef DeviceDsmAction_GetPhysicalAddresses
#define DeviceDsmAction_GetPhysicalAddresses (0x00000011u | DeviceDsmActionFlag_NonDestructive)
#endif
#ifndef DeviceDsmAction_ScopeRegen
#define DeviceDsmAction_ScopeRegen (0x00000012u | DeviceDsmActionFlag_NonDestructive)
#endif
#ifndef DeviceDsmAction_ReportZones
#define DeviceDsmAction_ReportZones (0x00000013u | DeviceDsmActionFlag_NonDestructive)
#endif
#ifndef DeviceDsmAction_OpenZone
#define DeviceDsmAction_OpenZone (0x00000014u | DeviceDsmActionFlag_NonDestructive)
#endif
#ifndef DeviceDsmAction_FinishZone
#define DeviceDsmAction_FinishZone (0x00000015u | DeviceDsmActionFlag_NonDestructive)
#endif
#ifndef DeviceDsmAction_CloseZone
#define DeviceDsmAction_CloseZone (0x00000016u | DeviceDsmActionFlag_NonDestructive)
#endif
#ifndef DeviceDsmAction_ResetWritePointer
#define DeviceDsmAction_ResetWritePointer (0x00000017u)
#endif
#ifndef DeviceDsmAction_GetRangeErrorInfo
#define DeviceDsmAction_GetRangeErrorInfo (0x00000018u | DeviceDsmActionFlag_NonDestructive)
#endif
#ifndef DeviceDsmAction_WriteZeroes
#define DeviceDsmAction_WriteZeroes (0x00000019u)
#endif
#ifndef DeviceDsmAction_LostQuery
#define DeviceDsmAction_LostQuery (0x0000001Au | DeviceDsmActionFlag_NonDestructive)
#endif
#ifndef DeviceDsmAction_GetFreeSpace
#define DeviceDsmAction_GetFreeSpace (0x0000001Bu | DeviceDsmActionFlag_NonDestructive)
#endif
#ifndef DeviceDsmAction_ConversionQuery
#define DeviceDsmAction_ConversionQuery (0x0000001Cu | DeviceDsmActionFlag_NonDestructive)
#endif
#ifndef DeviceDsmAction_VdtSet
#define DeviceDsmAction_VdtSet (0x0000001Du)
#endif
#ifndef DeviceDsmDefinition_None
#define DeviceDsmDefinition_None {DeviceDsmAction_None, FALSE, 0, 0, FALSE, 0, 0}
#endif
#ifndef DEVICE_DSM_FLAG_TRIM_BYPASS_RZAT
#define DEVICE_DSM_FLAG_TRIM_BYPASS_RZAT 0x40000000
#endif
#ifndef DeviceDsmDefinition_Trim
#define DeviceDsmDefinition_Trim {DeviceDsmAction_Trim, FALSE, 0, 0, FALSE, 0, 0}
#endif
#ifndef DeviceDsmDefinition_Notification
#define DeviceDsmDefinition_Notification {DeviceDsmAction_Notification, FALSE, __alignof(DEVICE_DSM_NOTIFICATION_PARAMETERS), sizeof(DEVICE_DSM_NOTIFICATION_PARAMETERS), FALSE, 0, 0}
#endif
#ifndef DeviceDsmDefinition_OffloadRead
#define DeviceDsmDefinition_OffloadRead {DeviceDsmAction_OffloadRead, FALSE, __alignof(DEVICE_DSM_OFFLOAD_READ_PARAMETERS), sizeof(DEVICE_DSM_OFFLOAD_READ_PARAMETERS), FALSE, __alignof(STORAGE_OFFLOAD_READ_OUTPUT), sizeof(STORAGE_OFFLOAD_READ_OUTPUT)}
#endif
#ifndef DeviceDsmDefinition_OffloadWrite
#define DeviceDsmDefinition_OffloadWrite {DeviceDsmAction_OffloadWrite, FALSE, __alignof(DEVICE_DSM_OFFLOAD_WRITE_PARAMETERS), sizeof(DEVICE_DSM_OFFLOAD_WRITE_PARAMETERS), FALSE, __alignof(STORAGE_OFFLOAD_WRITE_OUTPUT), sizeof(STORAGE_OFFLOAD_WRITE_OUTPUT)}
#endif
#ifndef DEVICE_DSM_PARAMETERS_V1
#define DEVICE_DSM_PARAMETERS_V1 1
#endif
#ifndef DEVICE_DSM_ALLOCATION_OUTPUT_V1
#define DEVICE_DSM_ALLOCATION_OUTPUT_V1 (sizeof(DEVICE_DSM_ALLOCATION_OUTPUT))
#endif
#ifndef DEVICE_DSM_ALLOCATION_OUTPUT_V2
#define DEVICE_DSM_ALLOCATION_OUTPUT_V2 (sizeof(DEVICE_DSM_ALLOCATION_OUTPUT2))
#endif
#ifndef DeviceDsmDefinition_Allocation
#define DeviceDsmDefinition_Allocation {DeviceDsmAction_Allocation, TRUE, __alignof(DEVICE_DSM_ALLOCATION_PARAMETERS), sizeof(DEVICE_DSM_ALLOCATION_PARAMETERS), TRUE, __alignof(DEVICE_DSM_ALLOCATION_OUTPUT2), sizeof(DEVICE_DSM_ALLOCATION_OUTPUT2)}
#endif
#ifndef DEVICE_DSM_FLAG_REPAIR_INPUT_TOPOLOGY_ID_PRESENT
#define DEVICE_DSM_FLAG_REPAIR_INPUT_TOPOLOGY_ID_PRESENT 0x40000000
#endif
#ifndef GET_REPAIR_TOPOLOGY_ID
#define GET_REPAIR_TOPOLOGY_ID(R) RtlOffsetToPointer(R, ALIGN_UP_BY(FIELD_OFFSET(DEVICE_DATA_SET_REPAIR_PARAMETERS, RepairCopies) + sizeof(ULONG) * R->NumberOfRepairCopies, 8))
#endif
#ifndef DEVICE_DSM_FLAG_REPAIR_OUTPUT_PARITY_EXTENT
#define DEVICE_DSM_FLAG_REPAIR_OUTPUT_PARITY_EXTENT 0x20000000
#endif
#ifndef DeviceDsmDefinition_Repair
#define DeviceDsmDefinition_Repair {DeviceDsmAction_Repair, TRUE, __alignof(DEVICE_DSM_REPAIR_PARAMETERS), sizeof(DEVICE_DSM_REPAIR_PARAMETERS), TRUE, __alignof(DEVICE_DSM_REPAIR_OUTPUT), sizeof(DEVICE_DSM_REPAIR_OUTPUT)}
#endif
#ifndef DEVICE_DSM_FLAG_SCRUB_OUTPUT_PARITY_EXTENT
#define DEVICE_DSM_FLAG_SCRUB_OUTPUT_PARITY_EXTENT 0x20000000
#endif
#ifndef DeviceDsmDefinition_Scrub
#define DeviceDsmDefinition_Scrub {DeviceDsmAction_Scrub, FALSE, 0, 0, TRUE, __alignof(DEVICE_DSM_SCRUB_OUTPUT2), sizeof(DEVICE_DSM_SCRUB_OUTPUT2)}
#endif
#ifndef DeviceDsmDefinition_DrtQuery
#define DeviceDsmDefinition_DrtQuery {DeviceDsmAction_DrtQuery, FALSE, 0, 0, TRUE, 0, 0}
#endif
#ifndef DeviceDsmDefinition_DrtClear
#define DeviceDsmDefinition_DrtClear {DeviceDsmAction_DrtClear, FALSE, 0, 0, FALSE, 0, 0}
#endif
#ifndef DeviceDsmDefinition_DrtDisable
#define DeviceDsmDefinition_DrtDisable {DeviceDsmAction_DrtDisable, FALSE, 0, 0, FALSE, 0, 0}
#endif
#ifndef DeviceDsmDefinition_TieringQuery
#define DeviceDsmDefinition_TieringQuery {DeviceDsmAction_TieringQuery, TRUE, __alignof(DEVICE_DSM_TIERING_QUERY_PARAMETERS), sizeof(DEVICE_DSM_TIERING_QUERY_PARAMETERS), TRUE, __alignof(DEVICE_DSM_TIERING_QUERY_OUTPUT), sizeof(DEVICE_DSM_TIERING_QUERY_OUTPUT)}
#endif
#ifndef DeviceDsmDefinition_Map
#define DeviceDsmDefinition_Map {DeviceDsmAction_Map, FALSE, 0, 0, FALSE, 0, 0}
#endif
#ifndef DeviceDsmDefinition_RegenerateParity
#define DeviceDsmDefinition_RegenerateParity {DeviceDsmAction_RegenerateParity, FALSE, 0, 0, FALSE, 0, 0}
#endif
#ifndef DeviceDsmDefinition_NvCache_Change_Priority
#define DeviceDsmDefinition_NvCache_Change_Priority {DeviceDsmAction_NvCache_Change_Priority, FALSE, __alignof(DEVICE_DSM_NVCACHE_CHANGE_PRIORITY_PARAMETERS), sizeof(DEVICE_DSM_NVCACHE_CHANGE_PRIORITY_PARAMETERS), FALSE, 0, 0}
#endif
#ifndef DeviceDsmDefinition_NvCache_Evict
#define DeviceDsmDefinition_NvCache_Evict {DeviceDsmAction_NvCache_Evict, FALSE, 0, 0, FALSE, 0, 0}
#endif
#ifndef DeviceDsmDefinition_TopologyIdQuery
#define DeviceDsmDefinition_TopologyIdQuery {DeviceDsmAction_TopologyIdQuery, FALSE, 0, 0, TRUE, __alignof(DEVICE_DSM_TOPOLOGY_ID_QUERY_OUTPUT), sizeof(DEVICE_DSM_TOPOLOGY_ID_QUERY_OUTPUT)}
#endif
#ifndef DEVICE_DSM_FLAG_PHYSICAL_ADDRESSES_OMIT_TOTAL_RANGES
#define DEVICE_DSM_FLAG_PHYSICAL_ADDRESSES_OMIT_TOTAL_RANGES 0x10000000
#endif
#ifndef DEVICE_DSM_PHYSICAL_ADDRESS_HAS_MEMORY_ERROR
#define DEVICE_DSM_PHYSICAL_ADDRESS_HAS_MEMORY_ERROR ((LONGLONG)-1)
#endif
#ifndef DEVICE_DSM_PHYSICAL_ADDRESSES_OUTPUT_V1
#define DEVICE_DSM_PHYSICAL_ADDRESSES_OUTPUT_V1 1
#endif
#ifndef DEVICE_DSM_PHYSICAL_ADDRESSES_OUTPUT_VERSION_V1
#define DEVICE_DSM_PHYSICAL_ADDRESSES_OUTPUT_VERSION_V1 DEVICE_DSM_PHYSICAL_ADDRESSES_OUTPUT_V1
#endif
#ifndef DeviceDsmDefinition_GetPhysicalAddresses
#define DeviceDsmDefinition_GetPhysicalAddresses {DeviceDsmAction_GetPhysicalAddresses, FALSE, 0, 0, TRUE, __alignof(DEVICE_DSM_PHYSICAL_ADDRESSES_OUTPUT), sizeof(DEVICE_DSM_PHYSICAL_ADDRESSES_OUTPUT)}
#endif
#ifndef DeviceDsmDefinition_ScopeRegen
#define DeviceDsmDefinition_ScopeRegen {DeviceDsmAction_ScopeRegen, FALSE, 0, 0, FALSE, 0, 0}
#endif
#ifndef DeviceDsmDefinition_ReportZones
#define DeviceDsmDefinition_ReportZones {DeviceDsmAction_ReportZones, FALSE, __alignof(DEVICE_DSM_REPORT_ZONES_PARAMETERS), sizeof(DEVICE_DSM_REPORT_ZONES_PARAMETERS), TRUE, __alignof(DEVICE_DSM_REPORT_ZONES_OUTPUT), sizeof(DEVICE_DSM_REPORT_ZONES_OUTPUT)}
#endif
#ifndef DeviceDsmDefinition_OpenZone
#define DeviceDsmDefinition_OpenZone {DeviceDsmAction_OpenZone, FALSE, 0, 0, FALSE, 0, 0}
#endif
#ifndef DeviceDsmDefinition_FinishZone
#define DeviceDsmDefinition_FinishZone {DeviceDsmAction_FinishZone, FALSE, 0, 0, FALSE, 0, 0}
#endif
#ifndef DeviceDsmDefinition_CloseZone
#define DeviceDsmDefinition_CloseZone {DeviceDsmAction_CloseZone, FALSE, 0, 0, FALSE, 0, 0}
#endif
#ifndef DeviceDsmDefinition_ResetWritePointer
#define DeviceDsmDefinition_ResetWritePointer {DeviceDsmAction_ResetWritePointer, FALSE, 0, 0, FALSE, 0, 0}
#endif
#ifndef DEVICE_STORAGE_NO_ERRORS
#define DEVICE_STORAGE_NO_ERRORS 0x1
#endif
#ifndef DEVICE_DSM_RANGE_ERROR_OUTPUT_V1
#define DEVICE_DSM_RANGE_ERROR_OUTPUT_V1 1
#endif
#ifndef DEVICE_DSM_RANGE_ERROR_INFO_VERSION_V1
#define DEVICE_DSM_RANGE_ERROR_INFO_VERSION_V1 DEVICE_DSM_RANGE_ERROR_OUTPUT_V1
#endif
#ifndef DeviceDsmDefinition_GetRangeErrorInfo
#define DeviceDsmDefinition_GetRangeErrorInfo {DeviceDsmAction_GetRangeErrorInfo, FALSE, 0, 0, TRUE, __alignof(DEVICE_DSM_RANGE_ERROR_OUTPUT), sizeof(DEVICE_DSM_RANGE_ERROR_OUTPUT)}
#endif
#ifndef DeviceDsmDefinition_WriteZeroes
#define DeviceDsmDefinition_WriteZeroes {DeviceDsmAction_WriteZeroes, FALSE, 0, 0, FALSE, 0, 0}
#endif
#ifndef DeviceDsmDefinition_LostQuery
#define DeviceDsmDefinition_LostQuery {DeviceDsmAction_LostQuery, TRUE, __alignof(DEVICE_DSM_LOST_QUERY_PARAMETERS), sizeof(DEVICE_DSM_LOST_QUERY_PARAMETERS), TRUE, __alignof(DEVICE_DSM_LOST_QUERY_OUTPUT), sizeof(DEVICE_DSM_LOST_QUERY_OUTPUT)}
#endif
#ifndef DeviceDsmDefinition_GetFreeSpace
#define DeviceDsmDefinition_GetFreeSpace {DeviceDsmAction_GetFreeSpace, FALSE, 0, 0, TRUE, __alignof(DEVICE_DSM_FREE_SPACE_OUTPUT), sizeof(DEVICE_DSM_FREE_SPACE_OUTPUT)}
#endif
#ifndef DeviceDsmDefinition_ConversionQuery
#define DeviceDsmDefinition_ConversionQuery {DeviceDsmAction_ConversionQuery, TRUE, 0, 0, TRUE, __alignof(DEVICE_DSM_CONVERSION_OUTPUT), sizeof(DEVICE_DSM_CONVERSION_OUTPUT)}
#endif
#ifndef DeviceDsmDefinition_VdtSet
#define DeviceDsmDefinition_VdtSet {DeviceDsmAction_VdtSet, FALSE, 0, 0, FALSE, 0, 0}
#endif
#ifndef DEVICE_DSM_ROUND_UP
#define DEVICE_DSM_ROUND_UP(_a,_b) (((_a) + ((_b) - 1)) / (_b) * (_b))
#endif
#ifndef DEVICE_DSM_ROUND_DN
#define DEVICE_DSM_ROUND_DN(_a,_b) (((_a) ) / (_b) * (_b))
#endif
#ifndef STORAGE_DIAGNOSTIC_FLAG_ADAPTER_REQUEST
#define STORAGE_DIAGNOSTIC_FLAG_ADAPTER_REQUEST 0x00000001
#endif
#ifndef ERROR_HISTORY_DIRECTORY_ENTRY_DEFAULT_COUNT
#define ERROR_HISTORY_DIRECTORY_ENTRY_DEFAULT_COUNT 8
#endif
#ifndef STORAGE_DEVICE_POWER_CAP_VERSION_V1
#define STORAGE_DEVICE_POWER_CAP_VERSION_V1 1
#endif
#ifndef READ_COPY_NUMBER_BYPASS_CACHE_FLAG
#define READ_COPY_NUMBER_BYPASS_CACHE_FLAG 0x00000100
#endif
#ifndef IsKeyReadCopyNumberBypassCache
#define IsKeyReadCopyNumberBypassCache(_k) ((_k) & READ_COPY_NUMBER_BYPASS_CACHE_FLAG)
#endif
#ifndef SetReadCopyNumberBypassCacheToKey
#define SetReadCopyNumberBypassCacheToKey(_k) ((_k) |= READ_COPY_NUMBER_BYPASS_CACHE_FLAG)
#endif
#ifndef STORAGE_COUNTERS_VERSION_V1
#define STORAGE_COUNTERS_VERSION_V1 sizeof(STORAGE_COUNTERS)
#endif
#ifndef STORAGE_HW_FIRMWARE_REQUEST_FLAG_REPLACE_EXISTING_IMAGE
#define STORAGE_HW_FIRMWARE_REQUEST_FLAG_REPLACE_EXISTING_IMAGE 0x40000000
#endif
#ifndef STORAGE_PROTOCOL_STRUCTURE_VERSION
#define STORAGE_PROTOCOL_STRUCTURE_VERSION 0x1
#endif
#ifndef STORAGE_PROTOCOL_COMMAND_FLAG_ADAPTER_REQUEST
#define STORAGE_PROTOCOL_COMMAND_FLAG_ADAPTER_REQUEST 0x80000000
#endif
#ifndef STORAGE_PROTOCOL_STATUS_PENDING
#define STORAGE_PROTOCOL_STATUS_PENDING 0x0
#endif
#ifndef STORAGE_PROTOCOL_STATUS_SUCCESS
#define STORAGE_PROTOCOL_STATUS_SUCCESS 0x1
#endif
#ifndef STORAGE_PROTOCOL_STATUS_ERROR
#define STORAGE_PROTOCOL_STATUS_ERROR 0x2
#endif
#ifndef STORAGE_PROTOCOL_STATUS_INVALID_REQUEST
#define STORAGE_PROTOCOL_STATUS_INVALID_REQUEST 0x3
#endif
#ifndef STORAGE_PROTOCOL_STATUS_NO_DEVICE
#define STORAGE_PROTOCOL_STATUS_NO_DEVICE 0x4
#endif
#ifndef STORAGE_PROTOCOL_STATUS_BUSY
#define STORAGE_PROTOCOL_STATUS_BUSY 0x5
#endif
#ifndef STORAGE_PROTOCOL_STATUS_DATA_OVERRUN
#define STORAGE_PROTOCOL_STATUS_DATA_OVERRUN 0x6
#endif
#ifndef STORAGE_PROTOCOL_STATUS_INSUFFICIENT_RESOURCES
#define STORAGE_PROTOCOL_STATUS_INSUFFICIENT_RESOURCES 0x7
#endif
#ifndef STORAGE_PROTOCOL_STATUS_THROTTLED_REQUEST
#define STORAGE_PROTOCOL_STATUS_THROTTLED_REQUEST 0x8
#endif
#ifndef STORAGE_PROTOCOL_STATUS_NOT_SUPPORTED
#define STORAGE_PROTOCOL_STATUS_NOT_SUPPORTED 0xFF
#endif
#ifndef STORAGE_PROTOCOL_COMMAND_LENGTH_NVME
#define STORAGE_PROTOCOL_COMMAND_LENGTH_NVME 0x40
#endif
#ifndef STORAGE_PROTOCOL_SPECIFIC_NVME_ADMIN_COMMAND
#define STORAGE_PROTOCOL_SPECIFIC_NVME_ADMIN_COMMAND 0x01
#endif
#ifndef STORAGE_PROTOCOL_SPECIFIC_NVME_NVM_COMMAND
#define STORAGE_PROTOCOL_SPECIFIC_NVME_NVM_COMMAND 0x02
#endif
#ifndef STORATTRIBUTE_NONE
#define STORATTRIBUTE_NONE 0
#endif
#ifndef STORATTRIBUTE_MANAGEMENT_STATE
#define STORATTRIBUTE_MANAGEMENT_STATE 1
#endif
#ifndef STORAGE_SUPPORTED_FEATURES_BYPASS_IO
#define STORAGE_SUPPORTED_FEATURES_BYPASS_IO 0x00000001
#endif
#ifndef STORAGE_SUPPORTED_FEATURES_MASK
#define STORAGE_SUPPORTED_FEATURES_MASK (STORAGE_SUPPORTED_FEATURES_BYPASS_IO)
#endif
#ifndef BPIO_OUTPUT_ENABLE_SIZE
#define BPIO_OUTPUT_ENABLE_SIZE (sizeof(BPIO_OUTPUT))
#endif
#ifndef BPIO_OUTPUT_QUERY_SIZE
#define BPIO_OUTPUT_QUERY_SIZE (sizeof(BPIO_OUTPUT))
#endif
#ifndef BPIO_OUTPUT_DISABLE_SIZE
#define BPIO_OUTPUT_DISABLE_SIZE ((size_t)FIELD_OFFSET(BPIO_OUTPUT, Enable))
#endif
#ifndef BPIO_OUTPUT_VOLUME_DISABLE_SIZE
#define BPIO_OUTPUT_VOLUME_DISABLE_SIZE ((size_t)FIELD_OFFSET(BPIO_OUTPUT, Enable))
#endif
struct _STORAGE_DEVICE_ATTRIBUTES_DESCRIPTOR {
	ULONG Version;
	ULONG Size;
	ULONG64 Attributes;
};
typedef struct _STORAGE_DEVICE_ATTRIBUTES_DESCRIPTOR STORAGE_DEVICE_ATTRIBUTES_DESCRIPTOR;
typedef struct _STORAGE_DEVICE_ATTRIBUTES_DESCRIPTOR *PSTORAGE_DEVICE_ATTRIBUTES_DESCRIPTOR;
enum _STORAGE_DISK_HEALTH_STATUS {
	DiskHealthUnknown = 0,
	DiskHealthUnhealthy,
	DiskHealthWarning,
	DiskHealthHealthy,
	DiskHealthMax
};
typedef enum _STORAGE_DISK_HEALTH_STATUS STORAGE_DISK_HEALTH_STATUS;
typedef enum _STORAGE_DISK_HEALTH_STATUS *PSTORAGE_DISK_HEALTH_STATUS;
enum _STORAGE_DISK_OPERATIONAL_STATUS {
	DiskOpStatusNone = 0,
	DiskOpStatusUnknown,
	DiskOpStatusOk,
	DiskOpStatusPredictingFailure,
	DiskOpStatusInService,
	DiskOpStatusHardwareError,
	DiskOpStatusNotUsable,
	DiskOpStatusTransientError,
	DiskOpStatusMissing
};
typedef enum _STORAGE_DISK_OPERATIONAL_STATUS STORAGE_DISK_OPERATIONAL_STATUS;
typedef enum _STORAGE_DISK_OPERATIONAL_STATUS *PSTORAGE_DISK_OPERATIONAL_STATUS;
enum _STORAGE_OPERATIONAL_STATUS_REASON {
	DiskOpReasonUnknown = 0,
	DiskOpReasonScsiSenseCode,
	DiskOpReasonMedia,
	DiskOpReasonIo,
	DiskOpReasonThresholdExceeded,
	DiskOpReasonLostData,
	DiskOpReasonEnergySource,
	DiskOpReasonConfiguration,
	DiskOpReasonDeviceController,
	DiskOpReasonMediaController,
	DiskOpReasonComponent,
	DiskOpReasonNVDIMM_N,
	DiskOpReasonBackgroundOperation,
	DiskOpReasonInvalidFirmware,
	DiskOpReasonHealthCheck,
	DiskOpReasonLostDataPersistence,
	DiskOpReasonDisabledByPlatform,
	DiskOpReasonLostWritePersistence,
	DiskOpReasonDataPersistenceLossImminent,
	DiskOpReasonWritePersistenceLossImminent,
	DiskOpReasonMax
};
typedef enum _STORAGE_OPERATIONAL_STATUS_REASON STORAGE_OPERATIONAL_STATUS_REASON;
typedef enum _STORAGE_OPERATIONAL_STATUS_REASON *PSTORAGE_OPERATIONAL_STATUS_REASON;
struct _STORAGE_OPERATIONAL_REASON {
	ULONG Version;
	ULONG Size;
	STORAGE_OPERATIONAL_STATUS_REASON Reason;
	union {
		struct {
			UCHAR SenseKey;
			UCHAR ASC;
			UCHAR ASCQ;
			UCHAR Reserved;
		} ScsiSenseKey;
		struct {
			UCHAR CriticalHealth;
			UCHAR ModuleHealth[2];
			UCHAR ErrorThresholdStatus;
		} NVDIMM_N;
		ULONG AsUlong;
	} RawBytes;
};
typedef struct _STORAGE_OPERATIONAL_REASON STORAGE_OPERATIONAL_REASON;
typedef struct _STORAGE_OPERATIONAL_REASON *PSTORAGE_OPERATIONAL_REASON;
struct _STORAGE_DEVICE_MANAGEMENT_STATUS {
	ULONG Version;
	ULONG Size;
	STORAGE_DISK_HEALTH_STATUS Health;
	ULONG NumberOfOperationalStatus;
	ULONG NumberOfAdditionalReasons;
	STORAGE_DISK_OPERATIONAL_STATUS OperationalStatus[16];
	STORAGE_OPERATIONAL_REASON AdditionalReasons[1];
};
typedef struct _STORAGE_DEVICE_MANAGEMENT_STATUS STORAGE_DEVICE_MANAGEMENT_STATUS;
typedef struct _STORAGE_DEVICE_MANAGEMENT_STATUS *PSTORAGE_DEVICE_MANAGEMENT_STATUS;
struct _STORAGE_ADAPTER_SERIAL_NUMBER {
	ULONG Version;
	ULONG Size;
	WCHAR SerialNumber[128];
};
typedef struct _STORAGE_ADAPTER_SERIAL_NUMBER STORAGE_ADAPTER_SERIAL_NUMBER;
typedef struct _STORAGE_ADAPTER_SERIAL_NUMBER *PSTORAGE_ADAPTER_SERIAL_NUMBER;
enum _STORAGE_ZONED_DEVICE_TYPES {
	ZonedDeviceTypeUnknown = 0,
	ZonedDeviceTypeHostManaged,
	ZonedDeviceTypeHostAware,
	ZonedDeviceTypeDeviceManaged
};
typedef enum _STORAGE_ZONED_DEVICE_TYPES STORAGE_ZONED_DEVICE_TYPES;
typedef enum _STORAGE_ZONED_DEVICE_TYPES *PSTORAGE_ZONED_DEVICE_TYPES;
enum _STORAGE_ZONE_TYPES {
	ZoneTypeUnknown = 0,
	ZoneTypeConventional = 1,
	ZoneTypeSequentialWriteRequired = 2,
	ZoneTypeSequentialWritePreferred = 3,
	ZoneTypeMax
};
typedef enum _STORAGE_ZONE_TYPES STORAGE_ZONE_TYPES;
typedef enum _STORAGE_ZONE_TYPES *PSTORAGE_ZONE_TYPES;
struct _STORAGE_ZONE_GROUP {
	ULONG ZoneCount;
	STORAGE_ZONE_TYPES ZoneType;
	ULONGLONG ZoneSize;
};
typedef struct _STORAGE_ZONE_GROUP STORAGE_ZONE_GROUP;
typedef struct _STORAGE_ZONE_GROUP *PSTORAGE_ZONE_GROUP;
struct _STORAGE_ZONED_DEVICE_DESCRIPTOR {
	ULONG Version;
	ULONG Size;
	STORAGE_ZONED_DEVICE_TYPES DeviceType;
	ULONG ZoneCount;
	union {
		struct {
			ULONG MaxOpenZoneCount;
			BOOLEAN UnrestrictedRead;
			UCHAR Reserved[3];
		} SequentialRequiredZone;
		struct {
			ULONG OptimalOpenZoneCount;
			ULONG Reserved;
		} SequentialPreferredZone;
	} ZoneAttributes;
	ULONG ZoneGroupCount;
	STORAGE_ZONE_GROUP ZoneGroup[1];
};
typedef struct _STORAGE_ZONED_DEVICE_DESCRIPTOR STORAGE_ZONED_DEVICE_DESCRIPTOR;
typedef struct _STORAGE_ZONED_DEVICE_DESCRIPTOR *PSTORAGE_ZONED_DEVICE_DESCRIPTOR;
struct _DEVICE_LOCATION {
	ULONG Socket;
	ULONG Slot;
	ULONG Adapter;
	ULONG Port;
	union {
		struct {
			ULONG Channel;
			ULONG Device;
		};
		struct {
			ULONG Target;
			ULONG Lun;
		};
	};
};
typedef struct _DEVICE_LOCATION DEVICE_LOCATION;
typedef struct _DEVICE_LOCATION *PDEVICE_LOCATION;
struct _STORAGE_DEVICE_LOCATION_DESCRIPTOR {
	ULONG Version;
	ULONG Size;
	DEVICE_LOCATION Location;
	ULONG StringOffset;
};
typedef struct _STORAGE_DEVICE_LOCATION_DESCRIPTOR STORAGE_DEVICE_LOCATION_DESCRIPTOR;
typedef struct _STORAGE_DEVICE_LOCATION_DESCRIPTOR *PSTORAGE_DEVICE_LOCATION_DESCRIPTOR;
struct _STORAGE_DEVICE_NUMA_PROPERTY {
	ULONG Version;
	ULONG Size;
	ULONG NumaNode;
};
typedef struct _STORAGE_DEVICE_NUMA_PROPERTY STORAGE_DEVICE_NUMA_PROPERTY;
typedef struct _STORAGE_DEVICE_NUMA_PROPERTY *PSTORAGE_DEVICE_NUMA_PROPERTY;
struct _STORAGE_DEVICE_UNSAFE_SHUTDOWN_COUNT {
	ULONG Version;
	ULONG Size;
	ULONG UnsafeShutdownCount;
};
typedef struct _STORAGE_DEVICE_UNSAFE_SHUTDOWN_COUNT STORAGE_DEVICE_UNSAFE_SHUTDOWN_COUNT;
typedef struct _STORAGE_DEVICE_UNSAFE_SHUTDOWN_COUNT *PSTORAGE_DEVICE_UNSAFE_SHUTDOWN_COUNT;
struct _STORAGE_HW_ENDURANCE_INFO {
	ULONG ValidFields;
	ULONG GroupId;
	struct {
		ULONG Shared : 1;
		ULONG Reserved : 31;
	} Flags;
	ULONG LifePercentage;
	UCHAR BytesReadCount[16];
	UCHAR ByteWriteCount[16];
};
typedef struct _STORAGE_HW_ENDURANCE_INFO STORAGE_HW_ENDURANCE_INFO;
typedef struct _STORAGE_HW_ENDURANCE_INFO *PSTORAGE_HW_ENDURANCE_INFO;
struct _STORAGE_HW_ENDURANCE_DATA_DESCRIPTOR {
	ULONG Version;
	ULONG Size;
	STORAGE_HW_ENDURANCE_INFO EnduranceInfo;
};
typedef struct _STORAGE_HW_ENDURANCE_DATA_DESCRIPTOR STORAGE_HW_ENDURANCE_DATA_DESCRIPTOR;
typedef struct _STORAGE_HW_ENDURANCE_DATA_DESCRIPTOR *PSTORAGE_HW_ENDURANCE_DATA_DESCRIPTOR;
struct _STORAGE_DEVICE_LED_STATE_DESCRIPTOR {
	ULONG Version;
	ULONG Size;
	ULONGLONG State;
};
typedef struct _STORAGE_DEVICE_LED_STATE_DESCRIPTOR STORAGE_DEVICE_LED_STATE_DESCRIPTOR;
typedef struct _STORAGE_DEVICE_LED_STATE_DESCRIPTOR *PSTORAGE_DEVICE_LED_STATE_DESCRIPTOR;
struct _STORAGE_DEVICE_SELF_ENCRYPTION_PROPERTY {
	ULONG Version;
	ULONG Size;
	BOOLEAN SupportsSelfEncryption;
};
typedef struct _STORAGE_DEVICE_SELF_ENCRYPTION_PROPERTY STORAGE_DEVICE_SELF_ENCRYPTION_PROPERTY;
typedef struct _STORAGE_DEVICE_SELF_ENCRYPTION_PROPERTY *PSTORAGE_DEVICE_SELF_ENCRYPTION_PROPERTY;
enum _STORAGE_ENCRYPTION_TYPE {
	StorageEncryptionTypeUnknown = 0,
	StorageEncryptionTypeEDrive = 1,
	StorageEncryptionTypeTcgOpal = 2
};
typedef enum _STORAGE_ENCRYPTION_TYPE STORAGE_ENCRYPTION_TYPE;
typedef enum _STORAGE_ENCRYPTION_TYPE *PSTORAGE_ENCRYPTION_TYPE;
struct _STORAGE_DEVICE_SELF_ENCRYPTION_PROPERTY_V2 {
	ULONG Version;
	ULONG Size;
	BOOLEAN SupportsSelfEncryption;
	STORAGE_ENCRYPTION_TYPE EncryptionType;
};
typedef struct _STORAGE_DEVICE_SELF_ENCRYPTION_PROPERTY_V2 STORAGE_DEVICE_SELF_ENCRYPTION_PROPERTY_V2;
typedef struct _STORAGE_DEVICE_SELF_ENCRYPTION_PROPERTY_V2 *PSTORAGE_DEVICE_SELF_ENCRYPTION_PROPERTY_V2;
struct _STORAGE_FRU_ID_DESCRIPTOR {
	ULONG Version;
	ULONG Size;
	ULONG IdentifierSize;
	UCHAR Identifier[1];
};
typedef struct _STORAGE_FRU_ID_DESCRIPTOR STORAGE_FRU_ID_DESCRIPTOR;
typedef struct _STORAGE_FRU_ID_DESCRIPTOR *PSTORAGE_FRU_ID_DESCRIPTOR;
typedef ULONG DEVICE_DSM_ACTION;
typedef struct _DEVICE_DATA_SET_RANGE DEVICE_DSM_RANGE;
typedef struct _DEVICE_DATA_SET_RANGE *PDEVICE_DSM_RANGE;
typedef struct _DEVICE_MANAGE_DATA_SET_ATTRIBUTES DEVICE_DSM_INPUT;
typedef struct _DEVICE_MANAGE_DATA_SET_ATTRIBUTES *PDEVICE_DSM_INPUT;
typedef struct _DEVICE_MANAGE_DATA_SET_ATTRIBUTES_OUTPUT DEVICE_DSM_OUTPUT;
typedef struct _DEVICE_MANAGE_DATA_SET_ATTRIBUTES_OUTPUT *PDEVICE_DSM_OUTPUT;
struct _DEVICE_DSM_DEFINITION {
	DEVICE_DSM_ACTION Action;
	BOOLEAN SingleRange;
	ULONG ParameterBlockAlignment;
	ULONG ParameterBlockLength;
	BOOLEAN HasOutput;
	ULONG OutputBlockAlignment;
	ULONG OutputBlockLength;
};
typedef struct _DEVICE_DSM_DEFINITION DEVICE_DSM_DEFINITION;
typedef struct _DEVICE_DSM_DEFINITION *PDEVICE_DSM_DEFINITION;
typedef struct _DEVICE_DATA_SET_LBP_STATE_PARAMETERS DEVICE_DSM_ALLOCATION_PARAMETERS;
typedef struct _DEVICE_DATA_SET_LBP_STATE_PARAMETERS *PDEVICE_DSM_ALLOCATION_PARAMETERS;
typedef struct _DEVICE_DATA_SET_LB_PROVISIONING_STATE DEVICE_DSM_ALLOCATION_OUTPUT;
typedef struct _DEVICE_DATA_SET_LB_PROVISIONING_STATE *PDEVICE_DSM_ALLOCATION_OUTPUT;
typedef struct _DEVICE_DATA_SET_LB_PROVISIONING_STATE_V2 DEVICE_DSM_ALLOCATION_OUTPUT2;
typedef struct _DEVICE_DATA_SET_LB_PROVISIONING_STATE_V2 *PDEVICE_DSM_ALLOCATION_OUTPUT2;
typedef struct _DEVICE_DATA_SET_REPAIR_PARAMETERS DEVICE_DSM_REPAIR_PARAMETERS;
typedef struct _DEVICE_DATA_SET_REPAIR_PARAMETERS *PDEVICE_DSM_REPAIR_PARAMETERS;
struct _DEVICE_DATA_SET_REPAIR_OUTPUT {
	DEVICE_DSM_RANGE ParityExtent;
};
typedef struct _DEVICE_DATA_SET_REPAIR_OUTPUT DEVICE_DATA_SET_REPAIR_OUTPUT;
typedef struct _DEVICE_DATA_SET_REPAIR_OUTPUT *PDEVICE_DATA_SET_REPAIR_OUTPUT;
typedef struct _DEVICE_DATA_SET_REPAIR_OUTPUT DEVICE_DSM_REPAIR_OUTPUT;
typedef struct _DEVICE_DATA_SET_REPAIR_OUTPUT *PDEVICE_DSM_REPAIR_OUTPUT;
typedef struct _DEVICE_DATA_SET_SCRUB_OUTPUT DEVICE_DSM_SCRUB_OUTPUT;
typedef struct _DEVICE_DATA_SET_SCRUB_OUTPUT *PDEVICE_DSM_SCRUB_OUTPUT;
struct _DEVICE_DATA_SET_SCRUB_EX_OUTPUT {
	ULONGLONG BytesProcessed;
	ULONGLONG BytesRepaired;
	ULONGLONG BytesFailed;
	DEVICE_DSM_RANGE ParityExtent;
	ULONGLONG BytesScrubbed;
};
typedef struct _DEVICE_DATA_SET_SCRUB_EX_OUTPUT DEVICE_DATA_SET_SCRUB_EX_OUTPUT;
typedef struct _DEVICE_DATA_SET_SCRUB_EX_OUTPUT *PDEVICE_DATA_SET_SCRUB_EX_OUTPUT;
typedef struct _DEVICE_DATA_SET_SCRUB_EX_OUTPUT DEVICE_DSM_SCRUB_OUTPUT2;
typedef struct _DEVICE_DATA_SET_SCRUB_EX_OUTPUT *PDEVICE_DSM_SCRUB_OUTPUT2;
struct _DEVICE_DSM_TIERING_QUERY_INPUT {
	ULONG Version;
	ULONG Size;
	ULONG Flags;
	ULONG NumberOfTierIds;
	GUID TierIds[1];
};
typedef struct _DEVICE_DSM_TIERING_QUERY_INPUT DEVICE_DSM_TIERING_QUERY_INPUT;
typedef struct _DEVICE_DSM_TIERING_QUERY_INPUT *PDEVICE_DSM_TIERING_QUERY_INPUT;
typedef struct _DEVICE_DSM_TIERING_QUERY_INPUT DEVICE_DSM_TIERING_QUERY_PARAMETERS;
typedef struct _DEVICE_DSM_TIERING_QUERY_INPUT *PDEVICE_DSM_TIERING_QUERY_PARAMETERS;
struct _STORAGE_TIER_REGION {
	GUID TierId;
	ULONGLONG Offset;
	ULONGLONG Length;
};
typedef struct _STORAGE_TIER_REGION STORAGE_TIER_REGION;
typedef struct _STORAGE_TIER_REGION *PSTORAGE_TIER_REGION;
struct _DEVICE_DSM_TIERING_QUERY_OUTPUT {
	ULONG Version;
	ULONG Size;
	ULONG Flags;
	ULONG Reserved;
	ULONGLONG Alignment;
	ULONG TotalNumberOfRegions;
	ULONG NumberOfRegionsReturned;
	STORAGE_TIER_REGION Regions[1];
};
typedef struct _DEVICE_DSM_TIERING_QUERY_OUTPUT DEVICE_DSM_TIERING_QUERY_OUTPUT;
typedef struct _DEVICE_DSM_TIERING_QUERY_OUTPUT *PDEVICE_DSM_TIERING_QUERY_OUTPUT;
struct _DEVICE_DATA_SET_TOPOLOGY_ID_QUERY_OUTPUT {
	ULONGLONG TopologyRangeBytes;
	UCHAR TopologyId[16];
};
typedef struct _DEVICE_DATA_SET_TOPOLOGY_ID_QUERY_OUTPUT DEVICE_DATA_SET_TOPOLOGY_ID_QUERY_OUTPUT;
typedef struct _DEVICE_DATA_SET_TOPOLOGY_ID_QUERY_OUTPUT *PDEVICE_DATA_SET_TOPOLOGY_ID_QUERY_OUTPUT;
typedef struct _DEVICE_DATA_SET_TOPOLOGY_ID_QUERY_OUTPUT DEVICE_DSM_TOPOLOGY_ID_QUERY_OUTPUT;
typedef struct _DEVICE_DATA_SET_TOPOLOGY_ID_QUERY_OUTPUT *PDEVICE_DSM_TOPOLOGY_ID_QUERY_OUTPUT;
struct _DEVICE_STORAGE_ADDRESS_RANGE {
	LONGLONG StartAddress;
	ULONGLONG LengthInBytes;
};
typedef struct _DEVICE_STORAGE_ADDRESS_RANGE DEVICE_STORAGE_ADDRESS_RANGE;
typedef struct _DEVICE_STORAGE_ADDRESS_RANGE *PDEVICE_STORAGE_ADDRESS_RANGE;
struct _DEVICE_DSM_PHYSICAL_ADDRESSES_OUTPUT {
	ULONG Version;
	ULONG Flags;
	ULONG TotalNumberOfRanges;
	ULONG NumberOfRangesReturned;
	DEVICE_STORAGE_ADDRESS_RANGE Ranges[1];
};
typedef struct _DEVICE_DSM_PHYSICAL_ADDRESSES_OUTPUT DEVICE_DSM_PHYSICAL_ADDRESSES_OUTPUT;
typedef struct _DEVICE_DSM_PHYSICAL_ADDRESSES_OUTPUT *PDEVICE_DSM_PHYSICAL_ADDRESSES_OUTPUT;
struct _DEVICE_DSM_REPORT_ZONES_PARAMETERS {
	ULONG Size;
	UCHAR ReportOption;
	UCHAR Partial;
	UCHAR Reserved[2];
};
typedef struct _DEVICE_DSM_REPORT_ZONES_PARAMETERS DEVICE_DSM_REPORT_ZONES_PARAMETERS;
typedef struct _DEVICE_DSM_REPORT_ZONES_PARAMETERS *PDEVICE_DSM_REPORT_ZONES_PARAMETERS;
enum _STORAGE_ZONES_ATTRIBUTES {
	ZonesAttributeTypeAndLengthMayDifferent = 0,
	ZonesAttributeTypeSameLengthSame = 1,
	ZonesAttributeTypeSameLastZoneLengthDifferent = 2,
	ZonesAttributeTypeMayDifferentLengthSame = 3
};
typedef enum _STORAGE_ZONES_ATTRIBUTES STORAGE_ZONES_ATTRIBUTES;
typedef enum _STORAGE_ZONES_ATTRIBUTES *PSTORAGE_ZONES_ATTRIBUTES;
enum _STORAGE_ZONE_CONDITION {
	ZoneConditionConventional = 0,
	ZoneConditionEmpty = 1,
	ZoneConditionImplicitlyOpened = 2,
	ZoneConditionExplicitlyOpened = 3,
	ZoneConditionClosed = 4,
	ZoneConditionReadOnly = 13,
	ZoneConditionFull = 14,
	ZoneConditionOffline = 15
};
typedef enum _STORAGE_ZONE_CONDITION STORAGE_ZONE_CONDITION;
typedef enum _STORAGE_ZONE_CONDITION *PSTORAGE_ZONE_CONDITION;
struct _STORAGE_ZONE_DESCRIPTOR {
	ULONG Size;
	STORAGE_ZONE_TYPES ZoneType;
	STORAGE_ZONE_CONDITION ZoneCondition;
	BOOLEAN ResetWritePointerRecommend;
	UCHAR Reserved0[3];
	ULONGLONG ZoneSize;
	ULONGLONG WritePointerOffset;
};
typedef struct _STORAGE_ZONE_DESCRIPTOR STORAGE_ZONE_DESCRIPTOR;
typedef struct _STORAGE_ZONE_DESCRIPTOR *PSTORAGE_ZONE_DESCRIPTOR;
struct _DEVICE_DSM_REPORT_ZONES_DATA {
	ULONG Size;
	ULONG ZoneCount;
	STORAGE_ZONES_ATTRIBUTES Attributes;
	ULONG Reserved0;
	STORAGE_ZONE_DESCRIPTOR ZoneDescriptors[1];
};
typedef struct _DEVICE_DSM_REPORT_ZONES_DATA DEVICE_DSM_REPORT_ZONES_DATA;
typedef struct _DEVICE_DSM_REPORT_ZONES_DATA *PDEVICE_DSM_REPORT_ZONES_DATA;
typedef struct _DEVICE_DSM_REPORT_ZONES_DATA DEVICE_DSM_REPORT_ZONES_OUTPUT;
typedef struct _DEVICE_DSM_REPORT_ZONES_DATA *PDEVICE_DSM_REPORT_ZONES_OUTPUT;
struct _DEVICE_STORAGE_RANGE_ATTRIBUTES {
	ULONGLONG LengthInBytes;
	union {
		ULONG AllFlags;
		struct {
			ULONG IsRangeBad : 1;
		};
	};
	ULONG Reserved;
};
typedef struct _DEVICE_STORAGE_RANGE_ATTRIBUTES DEVICE_STORAGE_RANGE_ATTRIBUTES;
typedef struct _DEVICE_STORAGE_RANGE_ATTRIBUTES *PDEVICE_STORAGE_RANGE_ATTRIBUTES;
struct _DEVICE_DSM_RANGE_ERROR_INFO {
	ULONG Version;
	ULONG Flags;
	ULONG TotalNumberOfRanges;
	ULONG NumberOfRangesReturned;
	DEVICE_STORAGE_RANGE_ATTRIBUTES Ranges[1];
};
typedef struct _DEVICE_DSM_RANGE_ERROR_INFO DEVICE_DSM_RANGE_ERROR_INFO;
typedef struct _DEVICE_DSM_RANGE_ERROR_INFO *PDEVICE_DSM_RANGE_ERROR_INFO;
typedef struct _DEVICE_DSM_RANGE_ERROR_INFO DEVICE_DSM_RANGE_ERROR_OUTPUT;
typedef struct _DEVICE_DSM_RANGE_ERROR_INFO *PDEVICE_DSM_RANGE_ERROR_OUTPUT;
struct _DEVICE_DSM_LOST_QUERY_PARAMETERS {
	ULONG Version;
	ULONGLONG Granularity;
};
typedef struct _DEVICE_DSM_LOST_QUERY_PARAMETERS DEVICE_DSM_LOST_QUERY_PARAMETERS;
typedef struct _DEVICE_DSM_LOST_QUERY_PARAMETERS *PDEVICE_DSM_LOST_QUERY_PARAMETERS;
struct _DEVICE_DSM_LOST_QUERY_OUTPUT {
	ULONG Version;
	ULONG Size;
	ULONGLONG Alignment;
	ULONG NumberOfBits;
	ULONG BitMap[1];
};
typedef struct _DEVICE_DSM_LOST_QUERY_OUTPUT DEVICE_DSM_LOST_QUERY_OUTPUT;
typedef struct _DEVICE_DSM_LOST_QUERY_OUTPUT *PDEVICE_DSM_LOST_QUERY_OUTPUT;
struct _DEVICE_DSM_FREE_SPACE_OUTPUT {
	ULONG Version;
	ULONGLONG FreeSpace;
};
typedef struct _DEVICE_DSM_FREE_SPACE_OUTPUT DEVICE_DSM_FREE_SPACE_OUTPUT;
typedef struct _DEVICE_DSM_FREE_SPACE_OUTPUT *PDEVICE_DSM_FREE_SPACE_OUTPUT;
struct _DEVICE_DSM_CONVERSION_OUTPUT {
	ULONG Version;
	GUID Source;
};
typedef struct _DEVICE_DSM_CONVERSION_OUTPUT DEVICE_DSM_CONVERSION_OUTPUT;
typedef struct _DEVICE_DSM_CONVERSION_OUTPUT *PDEVICE_DSM_CONVERSION_OUTPUT;
PVOID DeviceDsmParameterBlock(PDEVICE_DSM_INPUT Input);
PDEVICE_DSM_RANGE DeviceDsmDataSetRanges(PDEVICE_DSM_INPUT Input);
ULONG DeviceDsmNumberOfDataSetRanges(PDEVICE_DSM_INPUT Input);
ULONG DeviceDsmGetInputLength(PDEVICE_DSM_DEFINITION Definition, ULONG ParameterBlockLength, ULONG NumberOfDataSetRanges);
ULONG DeviceDsmGetNumberOfDataSetRanges(PDEVICE_DSM_DEFINITION Definition, ULONG InputLength, ULONG ParameterBlockLength);
void DeviceDsmInitializeInput(PDEVICE_DSM_DEFINITION Definition, PDEVICE_DSM_INPUT Input, ULONG InputLength, ULONG Flags, PVOID Parameters, ULONG ParameterBlockLength);
BOOLEAN DeviceDsmAddDataSetRange(PDEVICE_DSM_INPUT Input, ULONG InputLength, LONGLONG Offset, ULONGLONG Length);
BOOLEAN DeviceDsmValidateInput(PDEVICE_DSM_DEFINITION Definition, PDEVICE_DSM_INPUT Input, ULONG InputLength);
PVOID DeviceDsmOutputBlock(PDEVICE_DSM_OUTPUT Output);
ULONG DeviceDsmGetOutputLength(PDEVICE_DSM_DEFINITION Definition, ULONG OutputBlockLength);
BOOLEAN DeviceDsmValidateOutputLength(PDEVICE_DSM_DEFINITION Definition, ULONG OutputLength);
ULONG DeviceDsmGetOutputBlockLength(PDEVICE_DSM_DEFINITION Definition, ULONG OutputLength);
void DeviceDsmInitializeOutput(PDEVICE_DSM_DEFINITION Definition, PDEVICE_DSM_OUTPUT Output, ULONG OutputLength, ULONG Flags);
BOOLEAN DeviceDsmValidateOutput(PDEVICE_DSM_DEFINITION Definition, PDEVICE_DSM_OUTPUT Output, ULONG OutputLength);
enum _STORAGE_DIAGNOSTIC_LEVEL {
	StorageDiagnosticLevelDefault = 0,
	StorageDiagnosticLevelMax
};
typedef enum _STORAGE_DIAGNOSTIC_LEVEL STORAGE_DIAGNOSTIC_LEVEL;
typedef enum _STORAGE_DIAGNOSTIC_LEVEL *PSTORAGE_DIAGNOSTIC_LEVEL;
enum _STORAGE_DIAGNOSTIC_TARGET_TYPE {
	StorageDiagnosticTargetTypeUndefined = 0,
	StorageDiagnosticTargetTypePort,
	StorageDiagnosticTargetTypeMiniport,
	StorageDiagnosticTargetTypeHbaFirmware,
	StorageDiagnosticTargetTypeMax
};
typedef enum _STORAGE_DIAGNOSTIC_TARGET_TYPE STORAGE_DIAGNOSTIC_TARGET_TYPE;
typedef enum _STORAGE_DIAGNOSTIC_TARGET_TYPE *PSTORAGE_DIAGNOSTIC_TARGET_TYPE;
struct _STORAGE_DIAGNOSTIC_REQUEST {
	ULONG Version;
	ULONG Size;
	ULONG Flags;
	STORAGE_DIAGNOSTIC_TARGET_TYPE TargetType;
	STORAGE_DIAGNOSTIC_LEVEL Level;
};
typedef struct _STORAGE_DIAGNOSTIC_REQUEST STORAGE_DIAGNOSTIC_REQUEST;
typedef struct _STORAGE_DIAGNOSTIC_REQUEST *PSTORAGE_DIAGNOSTIC_REQUEST;
struct _STORAGE_DIAGNOSTIC_DATA {
	ULONG Version;
	ULONG Size;
	GUID ProviderId;
	ULONG BufferSize;
	ULONG Reserved;
	UCHAR DiagnosticDataBuffer[1];
};
typedef struct _STORAGE_DIAGNOSTIC_DATA STORAGE_DIAGNOSTIC_DATA;
typedef struct _STORAGE_DIAGNOSTIC_DATA *PSTORAGE_DIAGNOSTIC_DATA;
struct _PHYSICAL_ELEMENT_STATUS_REQUEST {
	ULONG Version;
	ULONG Size;
	ULONG StartingElement;
	UCHAR Filter;
	UCHAR ReportType;
	UCHAR Reserved[2];
};
typedef struct _PHYSICAL_ELEMENT_STATUS_REQUEST PHYSICAL_ELEMENT_STATUS_REQUEST;
typedef struct _PHYSICAL_ELEMENT_STATUS_REQUEST *PPHYSICAL_ELEMENT_STATUS_REQUEST;
struct _PHYSICAL_ELEMENT_STATUS_DESCRIPTOR {
	ULONG Version;
	ULONG Size;
	ULONG ElementIdentifier;
	UCHAR PhysicalElementType;
	UCHAR PhysicalElementHealth;
	UCHAR Reserved1[2];
	ULONGLONG AssociatedCapacity;
	ULONG Reserved2[4];
};
typedef struct _PHYSICAL_ELEMENT_STATUS_DESCRIPTOR PHYSICAL_ELEMENT_STATUS_DESCRIPTOR;
typedef struct _PHYSICAL_ELEMENT_STATUS_DESCRIPTOR *PPHYSICAL_ELEMENT_STATUS_DESCRIPTOR;
struct _PHYSICAL_ELEMENT_STATUS {
	ULONG Version;
	ULONG Size;
	ULONG DescriptorCount;
	ULONG ReturnedDescriptorCount;
	ULONG ElementIdentifierBeingDepoped;
	ULONG Reserved;
	PHYSICAL_ELEMENT_STATUS_DESCRIPTOR Descriptors[1];
};
typedef struct _PHYSICAL_ELEMENT_STATUS PHYSICAL_ELEMENT_STATUS;
typedef struct _PHYSICAL_ELEMENT_STATUS *PPHYSICAL_ELEMENT_STATUS;
struct _REMOVE_ELEMENT_AND_TRUNCATE_REQUEST {
	ULONG Version;
	ULONG Size;
	ULONGLONG RequestCapacity;
	ULONG ElementIdentifier;
	ULONG Reserved;
};
typedef struct _REMOVE_ELEMENT_AND_TRUNCATE_REQUEST REMOVE_ELEMENT_AND_TRUNCATE_REQUEST;
typedef struct _REMOVE_ELEMENT_AND_TRUNCATE_REQUEST *PREMOVE_ELEMENT_AND_TRUNCATE_REQUEST;
enum _DEVICE_INTERNAL_STATUS_DATA_REQUEST_TYPE {
	DeviceInternalStatusDataRequestTypeUndefined = 0,
	DeviceCurrentInternalStatusDataHeader,
	DeviceCurrentInternalStatusData,
	DeviceSavedInternalStatusDataHeader,
	DeviceSavedInternalStatusData
};
typedef enum _DEVICE_INTERNAL_STATUS_DATA_REQUEST_TYPE DEVICE_INTERNAL_STATUS_DATA_REQUEST_TYPE;
typedef enum _DEVICE_INTERNAL_STATUS_DATA_REQUEST_TYPE *PDEVICE_INTERNAL_STATUS_DATA_REQUEST_TYPE;
enum _DEVICE_INTERNAL_STATUS_DATA_SET {
	DeviceStatusDataSetUndefined = 0,
	DeviceStatusDataSet1,
	DeviceStatusDataSet2,
	DeviceStatusDataSet3,
	DeviceStatusDataSet4,
	DeviceStatusDataSetMax
};
typedef enum _DEVICE_INTERNAL_STATUS_DATA_SET DEVICE_INTERNAL_STATUS_DATA_SET;
typedef enum _DEVICE_INTERNAL_STATUS_DATA_SET *PDEVICE_INTERNAL_STATUS_DATA_SET;
struct _GET_DEVICE_INTERNAL_STATUS_DATA_REQUEST {
	ULONG Version;
	ULONG Size;
	DEVICE_INTERNAL_STATUS_DATA_REQUEST_TYPE RequestDataType;
	DEVICE_INTERNAL_STATUS_DATA_SET RequestDataSet;
};
typedef struct _GET_DEVICE_INTERNAL_STATUS_DATA_REQUEST GET_DEVICE_INTERNAL_STATUS_DATA_REQUEST;
typedef struct _GET_DEVICE_INTERNAL_STATUS_DATA_REQUEST *PGET_DEVICE_INTERNAL_STATUS_DATA_REQUEST;
struct _DEVICE_INTERNAL_STATUS_DATA {
	ULONG Version;
	ULONG Size;
	ULONGLONG T10VendorId;
	ULONG DataSet1Length;
	ULONG DataSet2Length;
	ULONG DataSet3Length;
	ULONG DataSet4Length;
	UCHAR StatusDataVersion;
	UCHAR Reserved[3];
	UCHAR ReasonIdentifier[128];
	ULONG StatusDataLength;
	UCHAR StatusData[1];
};
typedef struct _DEVICE_INTERNAL_STATUS_DATA DEVICE_INTERNAL_STATUS_DATA;
typedef struct _DEVICE_INTERNAL_STATUS_DATA *PDEVICE_INTERNAL_STATUS_DATA;
enum _STORAGE_SANITIZE_METHOD {
	StorageSanitizeMethodDefault = 0,
	StorageSanitizeMethodBlockErase,
	StorageSanitizeMethodCryptoErase
};
typedef enum _STORAGE_SANITIZE_METHOD STORAGE_SANITIZE_METHOD;
typedef enum _STORAGE_SANITIZE_METHOD *PSTORAGE_SANITIZE_METHOD;
struct _STORAGE_REINITIALIZE_MEDIA {
	ULONG Version;
	ULONG Size;
	ULONG TimeoutInSeconds;
	struct {
		ULONG SanitizeMethod : 4;
		ULONG DisallowUnrestrictedSanitizeExit : 1;
		ULONG Reserved : 27;
	} SanitizeOption;
};
typedef struct _STORAGE_REINITIALIZE_MEDIA STORAGE_REINITIALIZE_MEDIA;
typedef struct _STORAGE_REINITIALIZE_MEDIA *PSTORAGE_REINITIALIZE_MEDIA;
enum _STORAGE_DEVICE_POWER_CAP_UNITS {
	StorageDevicePowerCapUnitsPercent,
	StorageDevicePowerCapUnitsMilliwatts
};
typedef enum _STORAGE_DEVICE_POWER_CAP_UNITS STORAGE_DEVICE_POWER_CAP_UNITS;
typedef enum _STORAGE_DEVICE_POWER_CAP_UNITS *PSTORAGE_DEVICE_POWER_CAP_UNITS;
struct _STORAGE_DEVICE_POWER_CAP {
	ULONG Version;
	ULONG Size;
	STORAGE_DEVICE_POWER_CAP_UNITS Units;
	ULONGLONG MaxPower;
};
typedef struct _STORAGE_DEVICE_POWER_CAP STORAGE_DEVICE_POWER_CAP;
typedef struct _STORAGE_DEVICE_POWER_CAP *PSTORAGE_DEVICE_POWER_CAP;
#pragma pack(push, 1)
struct _STORAGE_RPMB_DATA_FRAME {
	UCHAR Stuff[196];
	UCHAR KeyOrMAC[32];
	UCHAR Data[256];
	UCHAR Nonce[16];
	UCHAR WriteCounter[4];
	UCHAR Address[2];
	UCHAR BlockCount[2];
	UCHAR OperationResult[2];
	UCHAR RequestOrResponseType[2];
};
#pragma pack(pop)
typedef struct _STORAGE_RPMB_DATA_FRAME STORAGE_RPMB_DATA_FRAME;
typedef struct _STORAGE_RPMB_DATA_FRAME *PSTORAGE_RPMB_DATA_FRAME;
enum _STORAGE_RPMB_COMMAND_TYPE {
	StorRpmbProgramAuthKey = 1,
	StorRpmbQueryWriteCounter = 2,
	StorRpmbAuthenticatedWrite = 3,
	StorRpmbAuthenticatedRead = 4,
	StorRpmbReadResultRequest = 5,
	StorRpmbAuthenticatedDeviceConfigWrite = 6,
	StorRpmbAuthenticatedDeviceConfigRead = 7
};
typedef enum _STORAGE_RPMB_COMMAND_TYPE STORAGE_RPMB_COMMAND_TYPE;
typedef enum _STORAGE_RPMB_COMMAND_TYPE *PSTORAGE_RPMB_COMMAND_TYPE;
enum _STORAGE_COUNTER_TYPE {
	StorageCounterTypeUnknown = 0,
	StorageCounterTypeTemperatureCelsius,
	StorageCounterTypeTemperatureCelsiusMax,
	StorageCounterTypeReadErrorsTotal,
	StorageCounterTypeReadErrorsCorrected,
	StorageCounterTypeReadErrorsUncorrected,
	StorageCounterTypeWriteErrorsTotal,
	StorageCounterTypeWriteErrorsCorrected,
	StorageCounterTypeWriteErrorsUncorrected,
	StorageCounterTypeManufactureDate,
	StorageCounterTypeStartStopCycleCount,
	StorageCounterTypeStartStopCycleCountMax,
	StorageCounterTypeLoadUnloadCycleCount,
	StorageCounterTypeLoadUnloadCycleCountMax,
	StorageCounterTypeWearPercentage,
	StorageCounterTypeWearPercentageWarning,
	StorageCounterTypeWearPercentageMax,
	StorageCounterTypePowerOnHours,
	StorageCounterTypeReadLatency100NSMax,
	StorageCounterTypeWriteLatency100NSMax,
	StorageCounterTypeFlushLatency100NSMax,
	StorageCounterTypeMax
};
typedef enum _STORAGE_COUNTER_TYPE STORAGE_COUNTER_TYPE;
typedef enum _STORAGE_COUNTER_TYPE *PSTORAGE_COUNTER_TYPE;
struct _STORAGE_COUNTER {
	STORAGE_COUNTER_TYPE Type;
	union {
		struct {
			ULONG Week;
			ULONG Year;
		} ManufactureDate;
		ULONGLONG AsUlonglong;
	} Value;
};
typedef struct _STORAGE_COUNTER STORAGE_COUNTER;
typedef struct _STORAGE_COUNTER *PSTORAGE_COUNTER;
struct _STORAGE_COUNTERS {
	ULONG Version;
	ULONG Size;
	ULONG NumberOfCounters;
	STORAGE_COUNTER Counters[1];
};
typedef struct _STORAGE_COUNTERS STORAGE_COUNTERS;
typedef struct _STORAGE_COUNTERS *PSTORAGE_COUNTERS;
struct _STORAGE_HW_FIRMWARE_DOWNLOAD_V2 {
	ULONG Version;
	ULONG Size;
	ULONG Flags;
	UCHAR Slot;
	UCHAR Reserved[3];
	ULONGLONG Offset;
	ULONGLONG BufferSize;
	ULONG ImageSize;
	ULONG Reserved2;
	UCHAR ImageBuffer[1];
};
typedef struct _STORAGE_HW_FIRMWARE_DOWNLOAD_V2 STORAGE_HW_FIRMWARE_DOWNLOAD_V2;
typedef struct _STORAGE_HW_FIRMWARE_DOWNLOAD_V2 *PSTORAGE_HW_FIRMWARE_DOWNLOAD_V2;
struct _STORAGE_PROTOCOL_COMMAND {
	ULONG Version;
	ULONG Length;
	STORAGE_PROTOCOL_TYPE ProtocolType;
	ULONG Flags;
	ULONG ReturnStatus;
	ULONG ErrorCode;
	ULONG CommandLength;
	ULONG ErrorInfoLength;
	ULONG DataToDeviceTransferLength;
	ULONG DataFromDeviceTransferLength;
	ULONG TimeOutValue;
	ULONG ErrorInfoOffset;
	ULONG DataToDeviceBufferOffset;
	ULONG DataFromDeviceBufferOffset;
	ULONG CommandSpecific;
	ULONG Reserved0;
	ULONG FixedProtocolReturnData;
	ULONG Reserved1[3];
	UCHAR Command[1];
};
typedef struct _STORAGE_PROTOCOL_COMMAND STORAGE_PROTOCOL_COMMAND;
typedef struct _STORAGE_PROTOCOL_COMMAND *PSTORAGE_PROTOCOL_COMMAND;
enum _STORAGE_ATTRIBUTE_MGMT_ACTION {
	StorAttributeMgmt_ClearAttribute = 0,
	StorAttributeMgmt_SetAttribute = 1,
	StorAttributeMgmt_ResetAttribute = 2
};
typedef enum _STORAGE_ATTRIBUTE_MGMT_ACTION STORAGE_ATTRIBUTE_MGMT_ACTION;
typedef enum _STORAGE_ATTRIBUTE_MGMT_ACTION *PSTORAGE_ATTRIBUTE_MGMT_ACTION;
struct _STORAGE_ATTRIBUTE_MGMT {
	ULONG Version;
	ULONG Size;
	STORAGE_ATTRIBUTE_MGMT_ACTION Action;
	ULONG Attribute;
};
typedef struct _STORAGE_ATTRIBUTE_MGMT STORAGE_ATTRIBUTE_MGMT;
typedef struct _STORAGE_ATTRIBUTE_MGMT *PSTORAGE_ATTRIBUTE_MGMT;
enum _BPIO_OPERATIONS {
	BPIO_OP_ENABLE = 1,
	BPIO_OP_DISABLE = 2,
	BPIO_OP_QUERY = 3
};
typedef enum _BPIO_OPERATIONS BPIO_OPERATIONS;
enum _BPIO_INFLAGS {
	BPIO_INFL_NONE = 0
};
typedef enum _BPIO_INFLAGS BPIO_INFLAGS;
struct _BPIO_INPUT {
	ULONG Version;
	ULONG Size;
	BPIO_OPERATIONS Operation;
	BPIO_INFLAGS InFlags;
	ULONGLONG Reserved2;
};
typedef struct _BPIO_INPUT BPIO_INPUT;
typedef struct _BPIO_INPUT *PBPIO_INPUT;
enum _BPIO_OUTFLAGS {
	BPIO_OUTFL_NONE = 0
};
typedef enum _BPIO_OUTFLAGS BPIO_OUTFLAGS;
struct _BPIO_RESULTS {
	LONG OpStatus;
	USHORT FailingDriverNameLen;
	WCHAR FailingDriverName[32];
	USHORT FailureReasonLen;
	WCHAR FailureReason[128];
};
typedef struct _BPIO_RESULTS BPIO_RESULTS;
typedef struct _BPIO_RESULTS *PBPIO_RESULTS;
struct _BPIO_OUTPUT {
	ULONG Version;
	ULONG Size;
	BPIO_OPERATIONS Operation;
	BPIO_OUTFLAGS OutFlags;
	ULONGLONG Reserved2;
	union {
		BPIO_RESULTS Enable;
		BPIO_RESULTS Query;
	};
};
typedef struct _BPIO_OUTPUT BPIO_OUTPUT;
typedef struct _BPIO_OUTPUT *PBPIO_OUTPUT;

DRISO_EXTERN_C_END

#endif /* DRISO_NTDDSTOR_GEN_H */
