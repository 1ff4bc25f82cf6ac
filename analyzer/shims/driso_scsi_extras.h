/*
 * driso_scsi_extras.h: SCSI definitions newer than mingw-w64's scsi.h, for
 * parsing. Declarations only: descriptor-format sense data (SPC-4), the
 * logical block provisioning and block limits VPD pages and READ CAPACITY
 * (16) data (SBC-3), UNMAP parameter lists, additional sense codes and
 * qualifiers from the T10 ASC/ASCQ assignments, and prototypes for the
 * WDK's sense-data helpers (inline in the WDK). Each block is guarded so
 * a newer mingw-w64 that has it wins. (STORAGE_DEVICE_FORM_FACTOR moved to
 * driso_ntddstor_extras.h, where ntddstor.h has it.)
 */
#ifndef DRISO_SCSI_EXTRAS_H
#define DRISO_SCSI_EXTRAS_H
#include "driso_shims.h"

DRISO_EXTERN_C_START

#ifndef SCSI_SENSE_ERRORCODE_FIXED_CURRENT
#define SCSI_SENSE_ERRORCODE_FIXED_CURRENT 0x70
#define SCSI_SENSE_ERRORCODE_FIXED_DEFERRED 0x71
#define SCSI_SENSE_ERRORCODE_DESCRIPTOR_CURRENT 0x72
#define SCSI_SENSE_ERRORCODE_DESCRIPTOR_DEFERRED 0x73
#endif

#ifndef SCSI_SENSE_DESCRIPTOR_TYPE_INFORMATION
#define SCSI_SENSE_DESCRIPTOR_TYPE_INFORMATION 0x00
#define SCSI_SENSE_DESCRIPTOR_TYPE_COMMAND_SPECIFIC 0x01
#define SCSI_SENSE_DESCRIPTOR_TYPE_SENSE_KEY_SPECIFIC 0x02
#define SCSI_SENSE_DESCRIPTOR_TYPE_FIELD_REPLACEABLE_UNIT 0x03
#define SCSI_SENSE_DESCRIPTOR_TYPE_STREAM_COMMAND 0x04
#define SCSI_SENSE_DESCRIPTOR_TYPE_BLOCK_COMMAND 0x05
#define SCSI_SENSE_DESCRIPTOR_TYPE_OSD_OBJECT_IDENTIFICATION 0x06
#define SCSI_SENSE_DESCRIPTOR_TYPE_OSD_INTEGRITY_CHECK 0x07
#define SCSI_SENSE_DESCRIPTOR_TYPE_OSD_ATTRIBUTE_IDENTIFICATION 0x08
#define SCSI_SENSE_DESCRIPTOR_TYPE_ATA_STATUS_RETURN 0x09
#define SCSI_SENSE_DESCRIPTOR_TYPE_PROGRESS_INDICATION 0x0A
#define SCSI_SENSE_DESCRIPTOR_TYPE_USER_DATA_SEGMENT_REFERRAL 0x0B
#define SCSI_SENSE_DESCRIPTOR_TYPE_VENDOR_SPECIFIC 0x80
#endif

/* additional sense codes / qualifiers (T10 SPC-4 / SBC-3 assignments) */
#ifndef SCSI_ADSENSE_COPY_TARGET_DEVICE_ERROR
#define SCSI_ADSENSE_COPY_TARGET_DEVICE_ERROR 0x0D
#endif
#ifndef SCSI_ADSENSE_INVALID_TOKEN
#define SCSI_ADSENSE_INVALID_TOKEN 0x23
#endif
#ifndef SCSI_ADSENSE_LB_PROVISIONING
#define SCSI_ADSENSE_LB_PROVISIONING 0x38
#endif
#ifndef SCSI_ADSENSE_LOGICAL_UNIT_ERROR
#define SCSI_ADSENSE_LOGICAL_UNIT_ERROR 0x3E
#endif
#ifndef SCSI_ADSENSE_DATA_TRANSFER_ERROR
#define SCSI_ADSENSE_DATA_TRANSFER_ERROR 0x4B
#endif
#ifndef SCSI_ADSENSE_RESOURCE_FAILURE
#define SCSI_ADSENSE_RESOURCE_FAILURE 0x55
#endif
#ifndef SCSI_SENSEQ_DATA_UNDERRUN
#define SCSI_SENSEQ_DATA_UNDERRUN 0x04
#endif
#ifndef SCSI_SENSEQ_SPACE_ALLOC_IN_PROGRESS
#define SCSI_SENSEQ_SPACE_ALLOC_IN_PROGRESS 0x14
#endif
#ifndef SCSI_SENSEQ_TIMEOUT_ON_LOGICAL_UNIT
#define SCSI_SENSEQ_TIMEOUT_ON_LOGICAL_UNIT 0x02
#endif
#ifndef SCSI_SENSEQ_INITIATOR_RESPONSE_TIMEOUT
#define SCSI_SENSEQ_INITIATOR_RESPONSE_TIMEOUT 0x06
#endif
#ifndef SCSI_SENSEQ_CAPACITY_DATA_CHANGED
#define SCSI_SENSEQ_CAPACITY_DATA_CHANGED 0x09
#endif
#ifndef SCSI_SENSEQ_INSUFFICIENT_RESOURCES
#define SCSI_SENSEQ_INSUFFICIENT_RESOURCES 0x03
#endif
#ifndef SCSI_SENSEQ_SOFT_THRESHOLD_REACHED
#define SCSI_SENSEQ_SOFT_THRESHOLD_REACHED 0x07
#endif
#ifndef SCSI_SENSEQ_SPACE_ALLOC_FAILED_WRITE_PROTECT
#define SCSI_SENSEQ_SPACE_ALLOC_FAILED_WRITE_PROTECT 0x07
#endif
#ifndef SCSI_SENSEQ_INVALID_RELEASE_OF_PERSISTENT_RESERVATION
#define SCSI_SENSEQ_INVALID_RELEASE_OF_PERSISTENT_RESERVATION 0x04
#endif
#ifndef SCSI_SENSEQ_TOO_MANY_SEGMENT_DESCRIPTORS
#define SCSI_SENSEQ_TOO_MANY_SEGMENT_DESCRIPTORS 0x08
#endif

#ifndef DRISO_HAVE_DESCRIPTOR_SENSE_DATA
#define DRISO_HAVE_DESCRIPTOR_SENSE_DATA
#ifndef MAX_SENSE_BUFFER_SIZE
#define MAX_SENSE_BUFFER_SIZE 255
#endif
#define MAX_ADDITIONAL_SENSE_BYTES (MAX_SENSE_BUFFER_SIZE - SENSE_BUFFER_SIZE)

typedef SENSE_DATA FIXED_SENSE_DATA, *PFIXED_SENSE_DATA;

typedef struct _DESCRIPTOR_SENSE_DATA {
	UCHAR ErrorCode : 7;
	UCHAR Reserved1 : 1;
	UCHAR SenseKey : 4;
	UCHAR Reserved2 : 4;
	UCHAR AdditionalSenseCode;
	UCHAR AdditionalSenseCodeQualifier;
	UCHAR Reserved3[3];
	UCHAR AdditionalSenseLength;
	UCHAR DescriptorBuffer[MAX_ADDITIONAL_SENSE_BYTES];
} DESCRIPTOR_SENSE_DATA, *PDESCRIPTOR_SENSE_DATA;

typedef union _SENSE_DATA_EX {
	FIXED_SENSE_DATA FixedData;
	DESCRIPTOR_SENSE_DATA DescriptorData;
} SENSE_DATA_EX, *PSENSE_DATA_EX;
#define SENSE_BUFFER_SIZE_EX sizeof(SENSE_DATA_EX)

typedef struct _SCSI_SENSE_DESCRIPTOR_HEADER {
	UCHAR DescriptorType;
	UCHAR AdditionalLength;
} SCSI_SENSE_DESCRIPTOR_HEADER, *PSCSI_SENSE_DESCRIPTOR_HEADER;

typedef struct _SCSI_SENSE_DESCRIPTOR_INFORMATION {
	SCSI_SENSE_DESCRIPTOR_HEADER Header;
	UCHAR Reserved1 : 7;
	UCHAR Valid : 1;
	UCHAR Reserved2;
	UCHAR Information[8];
} SCSI_SENSE_DESCRIPTOR_INFORMATION, *PSCSI_SENSE_DESCRIPTOR_INFORMATION;

typedef struct _SCSI_SENSE_DESCRIPTOR_BLOCK_COMMAND {
	SCSI_SENSE_DESCRIPTOR_HEADER Header;
	UCHAR Reserved1;
	UCHAR Reserved2 : 5;
	UCHAR IncorrectLength : 1;
	UCHAR Reserved3 : 2;
} SCSI_SENSE_DESCRIPTOR_BLOCK_COMMAND, *PSCSI_SENSE_DESCRIPTOR_BLOCK_COMMAND;

typedef struct _SCSI_SENSE_DESCRIPTOR_ATA_STATUS_RETURN {
	SCSI_SENSE_DESCRIPTOR_HEADER Header;
	UCHAR Extend : 1;
	UCHAR Reserved0 : 7;
	UCHAR Error;
	UCHAR SectorCount15_8;
	UCHAR SectorCount7_0;
	UCHAR LbaLow15_8;
	UCHAR LbaLow7_0;
	UCHAR LbaMid15_8;
	UCHAR LbaMid7_0;
	UCHAR LbaHigh15_8;
	UCHAR LbaHigh7_0;
	UCHAR Device;
	UCHAR Status;
} SCSI_SENSE_DESCRIPTOR_ATA_STATUS_RETURN, *PSCSI_SENSE_DESCRIPTOR_ATA_STATUS_RETURN;

typedef ULONG SCSI_SENSE_OPTIONS;
#define SCSI_SENSE_OPTIONS_NONE ((SCSI_SENSE_OPTIONS)0x00000000)
#define SCSI_SENSE_OPTIONS_FIXED_FORMAT_IF_UNKNOWN_FORMAT_INDICATED ((SCSI_SENSE_OPTIONS)0x00000001)

BOOLEAN ScsiGetSenseKeyAndCodes(PVOID SenseInfoBuffer, UCHAR SenseInfoBufferLength, SCSI_SENSE_OPTIONS Options,
				PUCHAR SenseKey, PUCHAR AdditionalSenseCode, PUCHAR AdditionalSenseCodeQualifier);
UCHAR ScsiGetSenseErrorCode(PVOID SenseInfoBuffer);
BOOLEAN ScsiGetTotalSenseByteCountIndicated(PVOID SenseInfoBuffer, UCHAR SenseInfoBufferLength,
					    UCHAR *TotalSenseByteCount);
BOOLEAN ScsiGetSenseDescriptor(PVOID SenseInfoBuffer, UCHAR SenseInfoBufferLength, PVOID *DescriptorBuffer,
			       UCHAR *DescriptorBufferLength);
BOOLEAN ScsiGetNextSenseDescriptorByType(PVOID Buffer, UCHAR BufferLength, PUCHAR TypeList, ULONG TypeListCount,
					 PUCHAR OutType, PVOID *OutBuffer, UCHAR *OutBufferLength);
BOOLEAN ScsiGetSenseInformation(PVOID SenseInfoBuffer, UCHAR SenseInfoBufferLength, PULONGLONG Information);
#endif

#ifndef VPD_BLOCK_LIMITS
#define VPD_ATA_INFORMATION 0x89
#define VPD_THIRD_PARTY_COPY 0x8F
#define VPD_BLOCK_LIMITS 0xB0
#define VPD_BLOCK_DEVICE_CHARACTERISTICS 0xB1
#define VPD_LOGICAL_BLOCK_PROVISIONING 0xB2
#endif

#ifndef DRISO_HAVE_VPD_SBC3_PAGES
#define DRISO_HAVE_VPD_SBC3_PAGES
#define PROVISIONING_TYPE_UNKNOWN 0x0
#define PROVISIONING_TYPE_RESOURCE 0x1
#define PROVISIONING_TYPE_THIN 0x2

typedef struct _VPD_LOGICAL_BLOCK_PROVISIONING_PAGE {
	UCHAR DeviceType : 5;
	UCHAR DeviceTypeQualifier : 3;
	UCHAR PageCode;
	UCHAR PageLength[2];
	UCHAR ThresholdExponent;
	UCHAR DP : 1;
	UCHAR ANC_SUP : 1;
	UCHAR LBPRZ : 1;
	UCHAR Reserved0 : 2;
	UCHAR LBPWS10 : 1;
	UCHAR LBPWS : 1;
	UCHAR LBPU : 1;
	UCHAR ProvisioningType : 3;
	UCHAR Reserved1 : 5;
	UCHAR Reserved2;
	UCHAR ProvisioningGroupDescr[ANYSIZE_ARRAY];
} VPD_LOGICAL_BLOCK_PROVISIONING_PAGE, *PVPD_LOGICAL_BLOCK_PROVISIONING_PAGE;

typedef struct _VPD_BLOCK_LIMITS_PAGE {
	UCHAR DeviceType : 5;
	UCHAR DeviceTypeQualifier : 3;
	UCHAR PageCode;
	UCHAR PageLength[2];
	union {
		struct {
			UCHAR Reserved0;
			UCHAR MaximumCompareAndWriteLength;
			UCHAR OptimalTransferLengthGranularity[2];
			UCHAR MaximumTransferLength[4];
			UCHAR OptimalTransferLength[4];
			UCHAR MaxPrefetchXDReadXDWriteTransferLength[4];
			UCHAR MaximumUnmapLBACount[4];
			UCHAR MaximumUnmapBlockDescriptorCount[4];
			UCHAR OptimalUnmapGranularity[4];
			union {
				struct {
					UCHAR UnmapGranularityAlignmentByte3 : 7;
					UCHAR UGAValid : 1;
					UCHAR UnmapGranularityAlignmentByte2;
					UCHAR UnmapGranularityAlignmentByte1;
					UCHAR UnmapGranularityAlignmentByte0;
				};
				UCHAR UnmapGranularityAlignment[4];
			};
			UCHAR MaxWriteSameLength[8];
			UCHAR MaxAtomicTransferLength[4];
			UCHAR AtomicAlignment[4];
			UCHAR AtomicTransferLengthGranularity[4];
			UCHAR Reserved1[8];
		};
		UCHAR Descriptors[ANYSIZE_ARRAY];
	};
} VPD_BLOCK_LIMITS_PAGE, *PVPD_BLOCK_LIMITS_PAGE;

typedef struct _VPD_BLOCK_DEVICE_CHARACTERISTICS_PAGE {
	UCHAR DeviceType : 5;
	UCHAR DeviceTypeQualifier : 3;
	UCHAR PageCode;
	UCHAR Reserved0;
	UCHAR PageLength;
	UCHAR MediumRotationRateMsb;
	UCHAR MediumRotationRateLsb;
	UCHAR MediumProductType;
	UCHAR NominalFormFactor : 4;
	UCHAR Reserved1 : 4;
	UCHAR Reserved2[56];
} VPD_BLOCK_DEVICE_CHARACTERISTICS_PAGE, *PVPD_BLOCK_DEVICE_CHARACTERISTICS_PAGE;

typedef struct _VPD_ATA_INFORMATION_PAGE {
	UCHAR DeviceType : 5;
	UCHAR DeviceTypeQualifier : 3;
	UCHAR PageCode;
	UCHAR PageLength[2];
	UCHAR Reserved0[4];
	UCHAR VendorId[8];
	UCHAR ProductId[16];
	UCHAR ProductRevLevel[4];
	UCHAR DeviceSignature[20];
	UCHAR CommandCode;
	UCHAR Reserved1[3];
	UCHAR IdentifyDeviceData[512];
} VPD_ATA_INFORMATION_PAGE, *PVPD_ATA_INFORMATION_PAGE;

typedef struct _READ_CAPACITY16_DATA {
	LARGE_INTEGER LogicalBlockAddress;
	ULONG BytesPerBlock;
	UCHAR ProtectionEnable : 1;
	UCHAR ProtectionType : 3;
	UCHAR Reserved : 4;
	UCHAR LogicalPerPhysicalExponent : 4;
	UCHAR Reserved1 : 4;
	UCHAR LowestAlignedBlock_MSB : 6;
	UCHAR LBPRZ : 1;
	UCHAR LBPME : 1;
	UCHAR LowestAlignedBlock_LSB;
	UCHAR Reserved3[16];
} READ_CAPACITY16_DATA, *PREAD_CAPACITY16_DATA;

typedef struct _UNMAP_BLOCK_DESCRIPTOR {
	UCHAR StartingLba[8];
	UCHAR LbaCount[4];
	UCHAR Reserved[4];
} UNMAP_BLOCK_DESCRIPTOR, *PUNMAP_BLOCK_DESCRIPTOR;

typedef struct _UNMAP_LIST_HEADER {
	UCHAR DataLength[2];
	UCHAR BlockDescrDataLength[2];
	UCHAR Reserved[4];
	UNMAP_BLOCK_DESCRIPTOR Descriptors[0];
} UNMAP_LIST_HEADER, *PUNMAP_LIST_HEADER;
#endif


DRISO_EXTERN_C_END
#endif
