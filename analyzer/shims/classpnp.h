/*
 * driso shim: classpnp.h wraps mingw-w64's (Windows Vista era) storage
 * class driver library header and adds what current class drivers (disk,
 * cdrom, tape, and Windows-driver-samples' classpnp itself) use.
 *
 * Declarations only (see driso_shims.h). Documented on Learn: the
 * CLASS_FUNCTION_SUPPORT and CLASS_POWER_DOWN_STATE3 enumerations. The
 * rest of classpnp.h is not documented (Learn calls classpnp.sys "not a
 * supported API"); names, member names and parameter lists follow
 * Microsoft's MIT-licensed Windows-driver-samples (storage/class/classpnp,
 * which implements this interface, and storage/class/disk, which uses it):
 * CLASS_FUNCTION_SUPPORT_INFO and the cached VPD page data it holds, the
 * FUNCTIONAL_DEVICE_EXTENSION members FunctionSupportInfo,
 * MiniportDescriptor, AdditionalFdoData and SenseDataLength, the
 * CLASS_DRIVER_EXTENSION member SrbSupport with the CLASS_SRB_* bits, the
 * extended-SRB buffer sizes and ClassModeSenseEx / ClassModeSelect.
 * Member order of the new structures and all numeric values are driso's
 * own (the CLASS_SRBEX_* sizes are computed from the SRB structures they
 * must hold). The GUID_CLASSPNP_SRB_SUPPORT value is from Microsoft's
 * MIT-licensed wdkmetadata repository (the WDK constants it scrapes).
 *
 * mingw's FUNCTIONAL_DEVICE_EXTENSION, CLASS_DRIVER_EXTENSION and
 * CLASS_POWER_CONTEXT cannot be extended from outside; the members are
 * appended while mingw's header is read, through its own last members
 * (PrivateFdoData, WorkingSet, PowerDown2), which are macros only during
 * the #include_next. mingw's COMPLETION_CONTEXT is renamed away the same
 * way and redefined with the SRB / extended-SRB union.
 */
#ifndef DRISO_SHIM_CLASSPNP_H
#define DRISO_SHIM_CLASSPNP_H

#include "driso_shims.h"
#include <ntddk.h>
#include <ntdddisk.h>
#include <ntddcdrm.h>
#include <ntddtape.h>
#include <ntddscsi.h>
#include <ntddstor.h>
#include <stdio.h>
#include <scsi.h>
#include "driso_ntstatus_storage.h"

DRISO_EXTERN_C_START

/* Documented (Learn classpnp.h). */
typedef enum {
	SupportUnknown = 0,
	Supported,
	NotSupported
} CLASS_FUNCTION_SUPPORT;

typedef enum {
	PowerDownDeviceInitial3 = 0,
	PowerDownDeviceLocked3,
	PowerDownDeviceQuiesced3,
	PowerDownDeviceFlushed3,
	PowerDownDeviceStopped3,
	PowerDownDeviceOff3,
	PowerDownDeviceUnlocked3
} CLASS_POWER_DOWN_STATE3;

/* Cached VPD page data (block limits B0h, block device characteristics
 * B1h, logical block provisioning B2h, third-party copy ROD limits). */
typedef struct _CLASS_VPD_B0_DATA {
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
} CLASS_VPD_B0_DATA, *PCLASS_VPD_B0_DATA;

typedef struct _CLASS_VPD_B1_DATA {
	NTSTATUS CommandStatus;
	USHORT MediumRotationRate;
	UCHAR NominalFormFactor;
	UCHAR Zoned;
	ULONG MediumProductType;
	ULONG DepopulationTime;
} CLASS_VPD_B1_DATA, *PCLASS_VPD_B1_DATA;

typedef struct _CLASS_VPD_B2_DATA {
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
} CLASS_VPD_B2_DATA, *PCLASS_VPD_B2_DATA;

typedef struct _CLASS_VPD_ECOP_BLOCK_DEVICE_ROD_LIMITS {
	NTSTATUS CommandStatus;
	USHORT MaximumRangeDescriptors;
	UCHAR Restricted;
	UCHAR Reserved;
	ULONG MaximumInactivityTimer;
	ULONG DefaultInactivityTimer;
	ULONGLONG MaximumTokenTransferSize;
	ULONGLONG OptimalTransferCount;
} CLASS_VPD_ECOP_BLOCK_DEVICE_ROD_LIMITS, *PCLASS_VPD_ECOP_BLOCK_DEVICE_ROD_LIMITS;

typedef struct _CLASS_READ_CAPACITY16_DATA {
	NTSTATUS CommandStatus;
	ULONG BytesPerLogicalSector;
	ULONG BytesPerPhysicalSector;
	ULONG BytesOffsetForSectorAlignment;
	BOOLEAN LBProvisioningEnabled;
	BOOLEAN LBProvisioningReadZeros;
	UCHAR Reserved0[2];
	ULONG Reserved1;
} CLASS_READ_CAPACITY16_DATA, *PCLASS_READ_CAPACITY16_DATA;

typedef struct _CLASS_FUNCTION_SUPPORT_INFO {
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
} CLASS_FUNCTION_SUPPORT_INFO, *PCLASS_FUNCTION_SUPPORT_INFO;

/* Owned by classpnp.sys; its members are not published (the member here
 * only makes the type complete, as classpnp allocates it). */
typedef struct _ADDITIONAL_FDO_DATA {
	UCHAR DrisoUnpublished[1];
} ADDITIONAL_FDO_DATA, *PADDITIONAL_FDO_DATA;

/* Buffers large enough for a STORAGE_REQUEST_BLOCK with a BTL8 address
 * and, for the first, one SRBEX_DATA_SCSI_CDB16 block (driso sizes). */
#define CLASS_SRBEX_NO_SRBEX_DATA_BUFFER_SIZE \
	((ULONG)(sizeof(STORAGE_REQUEST_BLOCK) + sizeof(STOR_ADDR_BTL8)))
#define CLASS_SRBEX_SCSI_CDB16_BUFFER_SIZE \
	((ULONG)(sizeof(STORAGE_REQUEST_BLOCK) + sizeof(STOR_ADDR_BTL8) + sizeof(SRBEX_DATA_SCSI_CDB16)))

DRISO_EXTERN_C_END

#define PrivateFdoData                                          \
	PrivateFdoData;                                         \
	PCLASS_FUNCTION_SUPPORT_INFO FunctionSupportInfo;       \
	PSTORAGE_MINIPORT_DESCRIPTOR MiniportDescriptor;        \
	PADDITIONAL_FDO_DATA AdditionalFdoData;                 \
	UCHAR SenseDataLength
#define WorkingSet \
	WorkingSet;    \
	ULONG SrbSupport
#define PowerDown2 \
	PowerDown2;    \
	CLASS_POWER_DOWN_STATE3 PowerDown3
#define _COMPLETION_CONTEXT driso_mingw_COMPLETION_CONTEXT
#define COMPLETION_CONTEXT driso_mingw_COMPLETION_CONTEXT_T
#define PCOMPLETION_CONTEXT driso_mingw_PCOMPLETION_CONTEXT
#include_next <classpnp.h>
#undef PrivateFdoData
#undef WorkingSet
#undef PowerDown2
#undef _COMPLETION_CONTEXT
#undef COMPLETION_CONTEXT
#undef PCOMPLETION_CONTEXT

DRISO_EXTERN_C_START

/* Completion context for class-driver built requests: the SRB is either
 * a SCSI_REQUEST_BLOCK or an extended STORAGE_REQUEST_BLOCK (member names
 * from Windows-driver-samples; mingw's version holds only the former). */
typedef struct _COMPLETION_CONTEXT {
	PDEVICE_OBJECT DeviceObject;
	union {
		SCSI_REQUEST_BLOCK Srb;
		STORAGE_REQUEST_BLOCK SrbEx;
		UCHAR SrbExBuffer[CLASS_SRBEX_SCSI_CDB16_BUFFER_SIZE];
	} Srb;
} COMPLETION_CONTEXT, *PCOMPLETION_CONTEXT;

/* CLASS_DRIVER_EXTENSION.SrbSupport bits (driso values). */
#define CLASS_SRB_SCSI_REQUEST_BLOCK 0x1
#define CLASS_SRB_STORAGE_REQUEST_BLOCK 0x2


/* ClassInitializeEx GUID telling classpnp which SRB formats a class
 * driver supports (data: ULONG of CLASS_SRB_* bits). A brace initializer,
 * like mingw's other GUID_CLASSPNP_* macros. */
#define GUID_CLASSPNP_SRB_SUPPORT \
	{ 0x0a483941, 0xbdfd, 0x4f7b, { 0xbe, 0x95, 0xce, 0xe2, 0xa2, 0x16, 0x09, 0x0c } }

/* Sense buffer length a class driver should give its SRBs. */
#define GET_FDO_EXTENSON_SENSE_DATA_LENGTH(FdoExtension) \
	(((FdoExtension)->SenseDataLength > 0) ? (FdoExtension)->SenseDataLength : SENSE_BUFFER_SIZE)

/* Pool tags of the class library (driso values). */
#define CLASS_TAG_LOCK_TRACKING 'TlcS'
#define CLASS_TAG_LB_PROVISIONING 'PLcS'

/* Defined by classpnp.sys's dictionary code; opaque to class drivers. */
typedef struct _DICTIONARY_HEADER *PDICTIONARY_HEADER;

ULONG ClassModeSenseEx(PDEVICE_OBJECT Fdo, PCHAR ModeSenseBuffer, ULONG Length, UCHAR PageMode, UCHAR PageControl);
NTSTATUS ClassModeSelect(PDEVICE_OBJECT Fdo, PCHAR ModeSelectBuffer, ULONG Length, BOOLEAN SavePages);

DRISO_EXTERN_C_END

#endif
