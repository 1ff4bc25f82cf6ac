/*
 * driso_ntddstor_extras.h: the Windows 8.1 - 10 part of ntddstor.h that
 * mingw-w64's kernel-side ntddstor.h lacks (included by the ntddstor.h
 * shim in kernel TUs; user-mode TUs have it from winioctl.h).
 *
 * Declarations only (see driso_shims.h). Structure members follow the
 * Learn ntddstor.h reference; enumerator and constant values follow
 * Microsoft's Win32 API metadata (microsoft/win32metadata, MIT; the
 * winioctl.h part of ntddstor.h), which is also what mingw-w64's user-mode
 * winioctl.h carries. IOCTL_STORAGE_FIRMWARE_* and
 * IOCTL_STORAGE_FAILURE_PREDICTION_CONFIG are the winioctl.h codes.
 *
 * DRISO_NTDDSTOR_REPLACE (set by the ntddstor.h shim when it renamed
 * mingw's versions away) selects the full STORAGE_PROPERTY_ID /
 * STORAGE_PROPERTY_QUERY, STORAGE_MINIPORT_DESCRIPTOR,
 * DEVICE_LB_PROVISIONING_DESCRIPTOR and STORAGE_LB_PROVISIONING_MAP_RESOURCES.
 */
#ifndef DRISO_NTDDSTOR_EXTRAS_H
#define DRISO_NTDDSTOR_EXTRAS_H
#include "driso_shims.h"

DRISO_EXTERN_C_START

#if defined(DRISO_NTDDSTOR_REPLACE)
typedef enum _STORAGE_PROPERTY_ID {
	StorageDeviceProperty = 0,
	StorageAdapterProperty,
	StorageDeviceIdProperty,
	StorageDeviceUniqueIdProperty,
	StorageDeviceWriteCacheProperty,
	StorageMiniportProperty,
	StorageAccessAlignmentProperty,
	StorageDeviceSeekPenaltyProperty,
	StorageDeviceTrimProperty,
	StorageDeviceWriteAggregationProperty,
	StorageDeviceDeviceTelemetryProperty,
	StorageDeviceLBProvisioningProperty,
	StorageDevicePowerProperty,
	StorageDeviceCopyOffloadProperty,
	StorageDeviceResiliencyProperty,
	StorageDeviceMediumProductType,
	StorageAdapterRpmbProperty,
	StorageAdapterCryptoProperty,
	StorageDeviceIoCapabilityProperty = 48,
	StorageAdapterProtocolSpecificProperty,
	StorageDeviceProtocolSpecificProperty,
	StorageAdapterTemperatureProperty,
	StorageDeviceTemperatureProperty,
	StorageAdapterPhysicalTopologyProperty,
	StorageDevicePhysicalTopologyProperty,
	StorageDeviceAttributesProperty,
	StorageDeviceManagementStatus,
	StorageAdapterSerialNumberProperty,
	StorageDeviceLocationProperty,
	StorageDeviceNumaProperty,
	StorageDeviceZonedDeviceProperty,
	StorageDeviceUnsafeShutdownCount,
	StorageDeviceEnduranceProperty,
	StorageDeviceLedStateProperty,
	StorageDeviceSelfEncryptionProperty = 64,
	StorageFruIdProperty
} STORAGE_PROPERTY_ID, *PSTORAGE_PROPERTY_ID;

typedef struct _STORAGE_PROPERTY_QUERY {
	STORAGE_PROPERTY_ID PropertyId;
	STORAGE_QUERY_TYPE QueryType;
	UCHAR AdditionalParameters[1];
} STORAGE_PROPERTY_QUERY, *PSTORAGE_PROPERTY_QUERY;

typedef enum _STORAGE_SET_TYPE {
	PropertyStandardSet = 0,
	PropertyExistsSet,
	PropertySetMaxDefined
} STORAGE_SET_TYPE, *PSTORAGE_SET_TYPE;

typedef struct _STORAGE_PROPERTY_SET {
	STORAGE_PROPERTY_ID PropertyId;
	STORAGE_SET_TYPE SetType;
	UCHAR AdditionalParameters[1];
} STORAGE_PROPERTY_SET, *PSTORAGE_PROPERTY_SET;

typedef struct _STORAGE_MINIPORT_DESCRIPTOR {
	ULONG Version;
	ULONG Size;
	STORAGE_PORT_CODE_SET Portdriver;
	BOOLEAN LUNResetSupported;
	BOOLEAN TargetResetSupported;
	USHORT IoTimeoutValue;
	BOOLEAN ExtraIoInfoSupported;
	union {
		struct {
			UCHAR LogicalPoFxForDisk : 1;
			UCHAR Reserved : 7;
		};
		UCHAR AsUCHAR;
	} Flags;
	UCHAR Reserved0[2];
	ULONG Reserved1;
} STORAGE_MINIPORT_DESCRIPTOR, *PSTORAGE_MINIPORT_DESCRIPTOR;

typedef struct _DEVICE_LB_PROVISIONING_DESCRIPTOR {
	ULONG Version;
	ULONG Size;
	UCHAR ThinProvisioningEnabled : 1;
	UCHAR ThinProvisioningReadZeros : 1;
	UCHAR AnchorSupported : 3;
	UCHAR UnmapGranularityAlignmentValid : 1;
	UCHAR GetFreeSpaceSupported : 1;
	UCHAR MapSupported : 1;
	UCHAR Reserved1[7];
	ULONGLONG OptimalUnmapGranularity;
	ULONGLONG UnmapGranularityAlignment;
	ULONG MaxUnmapLbaCount;
	ULONG MaxUnmapBlockDescriptorCount;
} DEVICE_LB_PROVISIONING_DESCRIPTOR, *PDEVICE_LB_PROVISIONING_DESCRIPTOR;

#define DEVICE_LB_PROVISIONING_DESCRIPTOR_V1_SIZE \
	RTL_SIZEOF_THROUGH_FIELD(DEVICE_LB_PROVISIONING_DESCRIPTOR, UnmapGranularityAlignment)

typedef struct _STORAGE_LB_PROVISIONING_MAP_RESOURCES {
	ULONG Size;
	ULONG Version;
	UCHAR AvailableMappingResourcesValid : 1;
	UCHAR UsedMappingResourcesValid : 1;
	UCHAR Reserved0 : 6;
	UCHAR Reserved1[3];
	UCHAR AvailableMappingResourcesScope : 2;
	UCHAR UsedMappingResourcesScope : 2;
	UCHAR Reserved2 : 4;
	UCHAR Reserved3[3];
	ULONGLONG AvailableMappingResources;
	ULONGLONG UsedMappingResources;
} STORAGE_LB_PROVISIONING_MAP_RESOURCES, *PSTORAGE_LB_PROVISIONING_MAP_RESOURCES;
#endif /* DRISO_NTDDSTOR_REPLACE */

#ifndef IOCTL_STORAGE_FAILURE_PREDICTION_CONFIG
#define IOCTL_STORAGE_FAILURE_PREDICTION_CONFIG \
	CTL_CODE(IOCTL_STORAGE_BASE, 0x0441, METHOD_BUFFERED, FILE_ANY_ACCESS)
#endif
#ifndef IOCTL_STORAGE_FIRMWARE_GET_INFO
#define IOCTL_STORAGE_FIRMWARE_GET_INFO CTL_CODE(IOCTL_STORAGE_BASE, 0x0700, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_STORAGE_FIRMWARE_DOWNLOAD \
	CTL_CODE(IOCTL_STORAGE_BASE, 0x0701, METHOD_BUFFERED, FILE_READ_ACCESS | FILE_WRITE_ACCESS)
#define IOCTL_STORAGE_FIRMWARE_ACTIVATE \
	CTL_CODE(IOCTL_STORAGE_BASE, 0x0702, METHOD_BUFFERED, FILE_READ_ACCESS | FILE_WRITE_ACCESS)
#endif

/* Data set management actions added after Windows 8. */
#ifndef DeviceDsmAction_NvCache_Change_Priority
#define DeviceDsmAction_TieringQuery (11 | DeviceDsmActionFlag_NonDestructive)
#define DeviceDsmAction_Map (12 | DeviceDsmActionFlag_NonDestructive)
#define DeviceDsmAction_RegenerateParity (13 | DeviceDsmActionFlag_NonDestructive)
#define DeviceDsmAction_NvCache_Change_Priority (14 | DeviceDsmActionFlag_NonDestructive)
#define DeviceDsmAction_NvCache_Evict (15 | DeviceDsmActionFlag_NonDestructive)
#endif

#ifndef DRISO_HAVE_DEVICE_DSM_NVCACHE_CHANGE_PRIORITY_PARAMETERS
#define DRISO_HAVE_DEVICE_DSM_NVCACHE_CHANGE_PRIORITY_PARAMETERS
typedef struct _DEVICE_DSM_NVCACHE_CHANGE_PRIORITY_PARAMETERS {
	ULONG Size;
	UCHAR TargetPriority;
	UCHAR Reserved[3];
} DEVICE_DSM_NVCACHE_CHANGE_PRIORITY_PARAMETERS, *PDEVICE_DSM_NVCACHE_CHANGE_PRIORITY_PARAMETERS;
#endif

/* Logical block provisioning state (DeviceDsmAction_Allocation output). */
#ifndef DEVICE_DATA_SET_LB_PROVISIONING_STATE_VERSION_V2
#define DEVICE_DATA_SET_LB_PROVISIONING_STATE_VERSION_V1 1
#define DEVICE_DATA_SET_LB_PROVISIONING_STATE_VERSION_V2 2
#define DEVICE_DATA_SET_LBP_STATE_PARAMETERS_VERSION_V1 1

typedef struct _DEVICE_DATA_SET_LBP_STATE_PARAMETERS {
	ULONG Version;
	ULONG Size;
	ULONG Flags;
	ULONG OutputVersion;
} DEVICE_DATA_SET_LBP_STATE_PARAMETERS, *PDEVICE_DATA_SET_LBP_STATE_PARAMETERS;

typedef struct _DEVICE_DATA_SET_LB_PROVISIONING_STATE_V2 {
	ULONG Size;
	ULONG Version;
	ULONGLONG SlabSizeInBytes;
	ULONGLONG SlabOffsetDeltaInBytes;
	ULONG SlabAllocationBitMapBitCount;
	ULONG SlabAllocationBitMapLength;
	ULONG SlabAllocationBitMap[ANYSIZE_ARRAY];
} DEVICE_DATA_SET_LB_PROVISIONING_STATE_V2, *PDEVICE_DATA_SET_LB_PROVISIONING_STATE_V2;
#endif

/* Protocol-specific queries (StorageAdapter/DeviceProtocolSpecificProperty). */
#ifndef DRISO_HAVE_STORAGE_PROTOCOL_SPECIFIC_DATA
#define DRISO_HAVE_STORAGE_PROTOCOL_SPECIFIC_DATA
typedef enum _STORAGE_PROTOCOL_TYPE {
	ProtocolTypeUnknown = 0x00,
	ProtocolTypeScsi,
	ProtocolTypeAta,
	ProtocolTypeNvme,
	ProtocolTypeSd,
	ProtocolTypeUfs,
	ProtocolTypeProprietary = 0x7E,
	ProtocolTypeMaxReserved = 0x7F
} STORAGE_PROTOCOL_TYPE, *PSTORAGE_PROTOCOL_TYPE;

typedef enum _STORAGE_PROTOCOL_NVME_DATA_TYPE {
	NVMeDataTypeUnknown = 0,
	NVMeDataTypeIdentify,
	NVMeDataTypeLogPage,
	NVMeDataTypeFeature
} STORAGE_PROTOCOL_NVME_DATA_TYPE, *PSTORAGE_PROTOCOL_NVME_DATA_TYPE;

typedef enum _STORAGE_PROTOCOL_ATA_DATA_TYPE {
	AtaDataTypeUnknown = 0,
	AtaDataTypeIdentify,
	AtaDataTypeLogPage
} STORAGE_PROTOCOL_ATA_DATA_TYPE, *PSTORAGE_PROTOCOL_ATA_DATA_TYPE;

typedef struct _STORAGE_PROTOCOL_SPECIFIC_DATA {
	STORAGE_PROTOCOL_TYPE ProtocolType;
	ULONG DataType;
	ULONG ProtocolDataRequestValue;
	ULONG ProtocolDataRequestSubValue;
	ULONG ProtocolDataOffset;
	ULONG ProtocolDataLength;
	ULONG FixedProtocolReturnData;
	ULONG ProtocolDataRequestSubValue2;
	ULONG ProtocolDataRequestSubValue3;
	ULONG ProtocolDataRequestSubValue4;
} STORAGE_PROTOCOL_SPECIFIC_DATA, *PSTORAGE_PROTOCOL_SPECIFIC_DATA;

typedef struct _STORAGE_PROTOCOL_SPECIFIC_DATA_EXT {
	STORAGE_PROTOCOL_TYPE ProtocolType;
	ULONG DataType;
	ULONG ProtocolDataValue;
	ULONG ProtocolDataSubValue;
	ULONG ProtocolDataOffset;
	ULONG ProtocolDataLength;
	ULONG FixedProtocolReturnData;
	ULONG ProtocolDataSubValue2;
	ULONG ProtocolDataSubValue3;
	ULONG ProtocolDataSubValue4;
	ULONG ProtocolDataSubValue5;
	ULONG Reserved[5];
} STORAGE_PROTOCOL_SPECIFIC_DATA_EXT, *PSTORAGE_PROTOCOL_SPECIFIC_DATA_EXT;

typedef struct _STORAGE_PROTOCOL_DATA_DESCRIPTOR {
	ULONG Version;
	ULONG Size;
	STORAGE_PROTOCOL_SPECIFIC_DATA ProtocolSpecificData;
} STORAGE_PROTOCOL_DATA_DESCRIPTOR, *PSTORAGE_PROTOCOL_DATA_DESCRIPTOR;

typedef struct _STORAGE_PROTOCOL_DATA_DESCRIPTOR_EXT {
	ULONG Version;
	ULONG Size;
	STORAGE_PROTOCOL_SPECIFIC_DATA_EXT ProtocolSpecificData;
} STORAGE_PROTOCOL_DATA_DESCRIPTOR_EXT, *PSTORAGE_PROTOCOL_DATA_DESCRIPTOR_EXT;
#endif

/* Temperature (StorageAdapter/DeviceTemperatureProperty). */
#ifndef STORAGE_TEMPERATURE_VALUE_NOT_REPORTED
#define STORAGE_TEMPERATURE_VALUE_NOT_REPORTED 0x8000
#define STORAGE_TEMPERATURE_THRESHOLD_FLAG_ADAPTER_REQUEST 0x0001

typedef struct _STORAGE_TEMPERATURE_INFO {
	USHORT Index;
	SHORT Temperature;
	SHORT OverThreshold;
	SHORT UnderThreshold;
	BOOLEAN OverThresholdChangable;
	BOOLEAN UnderThresholdChangable;
	BOOLEAN EventGenerated;
	UCHAR Reserved0;
	ULONG Reserved1;
} STORAGE_TEMPERATURE_INFO, *PSTORAGE_TEMPERATURE_INFO;

typedef struct _STORAGE_TEMPERATURE_DATA_DESCRIPTOR {
	ULONG Version;
	ULONG Size;
	SHORT CriticalTemperature;
	SHORT WarningTemperature;
	USHORT InfoCount;
	UCHAR Reserved0[2];
	ULONG Reserved1[2];
	STORAGE_TEMPERATURE_INFO TemperatureInfo[ANYSIZE_ARRAY];
} STORAGE_TEMPERATURE_DATA_DESCRIPTOR, *PSTORAGE_TEMPERATURE_DATA_DESCRIPTOR;

typedef struct _STORAGE_TEMPERATURE_THRESHOLD {
	ULONG Version;
	ULONG Size;
	USHORT Flags;
	USHORT Index;
	SHORT Threshold;
	BOOLEAN OverThreshold;
	UCHAR Reserved;
} STORAGE_TEMPERATURE_THRESHOLD, *PSTORAGE_TEMPERATURE_THRESHOLD;
#endif

#ifndef DRISO_HAVE_STORAGE_DEVICE_FORM_FACTOR
#define DRISO_HAVE_STORAGE_DEVICE_FORM_FACTOR
typedef enum _STORAGE_DEVICE_FORM_FACTOR {
	FormFactorUnknown = 0,
	FormFactor3_5,
	FormFactor2_5,
	FormFactor1_8,
	FormFactor1_8Less,
	FormFactorEmbedded,
	FormFactorMemoryCard,
	FormFactormSata,
	FormFactorM_2,
	FormFactorPCIeBoard,
	FormFactorDimm
} STORAGE_DEVICE_FORM_FACTOR, *PSTORAGE_DEVICE_FORM_FACTOR;
#endif

/* Physical topology (StorageAdapter/DevicePhysicalTopologyProperty). */
#ifndef STORAGE_COMPONENT_ROLE_CACHE
#define STORAGE_COMPONENT_ROLE_CACHE 0x00000001
#define STORAGE_COMPONENT_ROLE_TIERING 0x00000002
#define STORAGE_COMPONENT_ROLE_DATA 0x00000004

typedef enum _STORAGE_COMPONENT_HEALTH_STATUS {
	HealthStatusUnknown = 0,
	HealthStatusNormal,
	HealthStatusThrottled,
	HealthStatusWarning,
	HealthStatusDisabled,
	HealthStatusFailed
} STORAGE_COMPONENT_HEALTH_STATUS, *PSTORAGE_COMPONENT_HEALTH_STATUS;

typedef union _STORAGE_SPEC_VERSION {
	struct {
		union {
			struct {
				UCHAR SubMinor;
				UCHAR Minor;
			};
			USHORT AsUshort;
		} MinorVersion;
		USHORT MajorVersion;
	};
	ULONG AsUlong;
} STORAGE_SPEC_VERSION, *PSTORAGE_SPEC_VERSION;

typedef struct _STORAGE_PHYSICAL_DEVICE_DATA {
	ULONG DeviceId;
	ULONG Role;
	STORAGE_COMPONENT_HEALTH_STATUS HealthStatus;
	STORAGE_PROTOCOL_TYPE CommandProtocol;
	STORAGE_SPEC_VERSION SpecVersion;
	STORAGE_DEVICE_FORM_FACTOR FormFactor;
	UCHAR Vendor[8];
	UCHAR Model[40];
	UCHAR FirmwareRevision[16];
	ULONGLONG Capacity;
	UCHAR PhysicalLocation[32];
	ULONG Reserved[2];
} STORAGE_PHYSICAL_DEVICE_DATA, *PSTORAGE_PHYSICAL_DEVICE_DATA;

typedef struct _STORAGE_PHYSICAL_ADAPTER_DATA {
	ULONG AdapterId;
	STORAGE_COMPONENT_HEALTH_STATUS HealthStatus;
	STORAGE_PROTOCOL_TYPE CommandProtocol;
	STORAGE_SPEC_VERSION SpecVersion;
	UCHAR Vendor[8];
	UCHAR Model[40];
	UCHAR FirmwareRevision[16];
	UCHAR PhysicalLocation[32];
	BOOLEAN ExpanderConnected;
	UCHAR Reserved0[3];
	ULONG Reserved1[3];
} STORAGE_PHYSICAL_ADAPTER_DATA, *PSTORAGE_PHYSICAL_ADAPTER_DATA;

typedef struct _STORAGE_PHYSICAL_NODE_DATA {
	ULONG NodeId;
	ULONG AdapterCount;
	ULONG AdapterDataLength;
	ULONG AdapterDataOffset;
	ULONG DeviceCount;
	ULONG DeviceDataLength;
	ULONG DeviceDataOffset;
	ULONG Reserved[3];
} STORAGE_PHYSICAL_NODE_DATA, *PSTORAGE_PHYSICAL_NODE_DATA;

typedef struct _STORAGE_PHYSICAL_TOPOLOGY_DESCRIPTOR {
	ULONG Version;
	ULONG Size;
	ULONG NodeCount;
	ULONG Reserved;
	STORAGE_PHYSICAL_NODE_DATA Node[ANYSIZE_ARRAY];
} STORAGE_PHYSICAL_TOPOLOGY_DESCRIPTOR, *PSTORAGE_PHYSICAL_TOPOLOGY_DESCRIPTOR;
#endif

#ifndef DRISO_HAVE_STORAGE_DEVICE_IO_CAPABILITY_DESCRIPTOR
#define DRISO_HAVE_STORAGE_DEVICE_IO_CAPABILITY_DESCRIPTOR
typedef struct _STORAGE_DEVICE_IO_CAPABILITY_DESCRIPTOR {
	ULONG Version;
	ULONG Size;
	ULONG LunMaxIoCount;
	ULONG AdapterMaxIoCount;
} STORAGE_DEVICE_IO_CAPABILITY_DESCRIPTOR, *PSTORAGE_DEVICE_IO_CAPABILITY_DESCRIPTOR;

typedef struct _STORAGE_MEDIUM_PRODUCT_TYPE_DESCRIPTOR {
	ULONG Version;
	ULONG Size;
	ULONG MediumProductType;
} STORAGE_MEDIUM_PRODUCT_TYPE_DESCRIPTOR, *PSTORAGE_MEDIUM_PRODUCT_TYPE_DESCRIPTOR;
#endif

/* Firmware update through the storage stack (IOCTL_STORAGE_FIRMWARE_*). */
#ifndef STORAGE_HW_FIRMWARE_REQUEST_FLAG_CONTROLLER
#define STORAGE_HW_FIRMWARE_REQUEST_FLAG_CONTROLLER 0x00000001
#define STORAGE_HW_FIRMWARE_REQUEST_FLAG_LAST_SEGMENT 0x00000002
#define STORAGE_HW_FIRMWARE_REQUEST_FLAG_FIRST_SEGMENT 0x00000004
#define STORAGE_HW_FIRMWARE_REQUEST_FLAG_SWITCH_TO_EXISTING_FIRMWARE 0x80000000
#define STORAGE_HW_FIRMWARE_INVALID_SLOT 0xFF
#define STORAGE_HW_FIRMWARE_REVISION_LENGTH 16

typedef struct _STORAGE_HW_FIRMWARE_INFO_QUERY {
	ULONG Version;
	ULONG Size;
	ULONG Flags;
	ULONG Reserved;
} STORAGE_HW_FIRMWARE_INFO_QUERY, *PSTORAGE_HW_FIRMWARE_INFO_QUERY;

typedef struct _STORAGE_HW_FIRMWARE_SLOT_INFO {
	ULONG Version;
	ULONG Size;
	UCHAR SlotNumber;
	UCHAR ReadOnly : 1;
	UCHAR Reserved0 : 7;
	UCHAR Reserved1[6];
	UCHAR Revision[STORAGE_HW_FIRMWARE_REVISION_LENGTH];
} STORAGE_HW_FIRMWARE_SLOT_INFO, *PSTORAGE_HW_FIRMWARE_SLOT_INFO;

typedef struct _STORAGE_HW_FIRMWARE_INFO {
	ULONG Version;
	ULONG Size;
	UCHAR SupportUpgrade : 1;
	UCHAR Reserved0 : 7;
	UCHAR SlotCount;
	UCHAR ActiveSlot;
	UCHAR PendingActivateSlot;
	BOOLEAN FirmwareShared;
	UCHAR Reserved[3];
	ULONG ImagePayloadAlignment;
	ULONG ImagePayloadMaxSize;
	STORAGE_HW_FIRMWARE_SLOT_INFO Slot[ANYSIZE_ARRAY];
} STORAGE_HW_FIRMWARE_INFO, *PSTORAGE_HW_FIRMWARE_INFO;

typedef struct _STORAGE_HW_FIRMWARE_DOWNLOAD {
	ULONG Version;
	ULONG Size;
	ULONG Flags;
	UCHAR Slot;
	UCHAR Reserved[3];
	ULONGLONG Offset;
	ULONGLONG BufferSize;
	UCHAR ImageBuffer[ANYSIZE_ARRAY];
} STORAGE_HW_FIRMWARE_DOWNLOAD, *PSTORAGE_HW_FIRMWARE_DOWNLOAD;

typedef struct _STORAGE_HW_FIRMWARE_ACTIVATE {
	ULONG Version;
	ULONG Size;
	ULONG Flags;
	UCHAR Slot;
	UCHAR Reserved0[3];
} STORAGE_HW_FIRMWARE_ACTIVATE, *PSTORAGE_HW_FIRMWARE_ACTIVATE;
#endif

/* IOCTL_STORAGE_FAILURE_PREDICTION_CONFIG. */
#ifndef STORAGE_FAILURE_PREDICTION_CONFIG_V1
#define STORAGE_FAILURE_PREDICTION_CONFIG_V1 1
typedef struct _STORAGE_FAILURE_PREDICTION_CONFIG {
	ULONG Version;
	ULONG Size;
	BOOLEAN Set;
	BOOLEAN Enabled;
	USHORT Reserved;
} STORAGE_FAILURE_PREDICTION_CONFIG, *PSTORAGE_FAILURE_PREDICTION_CONFIG;
#endif

DRISO_EXTERN_C_END

#endif
