/*
 * driso shim: pointofservicedriverinterface.h
 * (PointOfServiceDriverInterface.h), the IOCTL interface between the
 * Windows.Devices.PointOfService runtime and POS (barcode scanner,
 * magnetic stripe reader) drivers (WDK-only header). Declarations only,
 * from the Learn pointofservicedriverinterface.h reference (members
 * checked against the WDK header copy in microsoft/wdkmetadata; facts
 * only, own layout): event types and event data, device control types
 * and the IOCTLs built from them, property ids, capability structures,
 * statistics, the magnetic stripe reader structures and enumerations.
 *
 * Values: Learn does not publish the control type, event type and
 * property id values nor FILE_DEVICE_POINT_OF_SERVICE, the IOCTL bases
 * and the MSR buffer sizes: enumerations follow the documented order
 * (aliases such as _MinEventType/ReleaseDeviceRequested kept as aliases),
 * the rest are distinct driso values; the IOCTLs are built from the
 * control types the way Learn describes (READABLE_POS_IOCTL/POS_IOCTL).
 * MsrTrackIds are distinct bits. The device interface GUIDs are declared,
 * not defined.
 */
#ifndef DRISO_SHIM_POINTOFSERVICEDRIVERINTERFACE_H
#define DRISO_SHIM_POINTOFSERVICEDRIVERINTERFACE_H
#include "driso_shims.h"
#include "pointofservicecommontypes.h"

DRISO_EXTERN_C_START

#ifndef FILE_DEVICE_POINT_OF_SERVICE
#define FILE_DEVICE_POINT_OF_SERVICE 0x000007F3
#endif

#include <pshpack8.h>
#define POINT_OF_SERVICE_COMMON_IOCTL_BASE 0x300
#define POINT_OF_SERVICE_VENDOR_IOCTL_BASE 0x900
#define MAKE_POS_VERSION(major, minor) (((major) << 16) | (minor))
#define POS_DRIVER_MAJOR_VERSION 1
#define POS_DRIVER_MINOR_VERSION 9
#define POS_DRIVER_VERSION MAKE_POS_VERSION(POS_DRIVER_MAJOR_VERSION, POS_DRIVER_MINOR_VERSION)
#define POS_VERSION_1_2 MAKE_POS_VERSION(1, 2)
#define POS_VERSION_1_3 MAKE_POS_VERSION(1, 3)
#define POS_VERSION_1_4 MAKE_POS_VERSION(1, 4)
#define POS_VERSION_1_5 MAKE_POS_VERSION(1, 5)
#define POS_VERSION_1_6 MAKE_POS_VERSION(1, 6)
#define POS_VERSION_1_7 MAKE_POS_VERSION(1, 7)
#define POS_VERSION_1_8 MAKE_POS_VERSION(1, 8)
#define POS_VERSION_1_9 MAKE_POS_VERSION(1, 9)
typedef enum _PosEventType {
	InvalidEvent = 0,
	_MinEventType,
	ReleaseDeviceRequested = _MinEventType,
	StatusUpdated,
	BarcodeScannerTriggerPressed,
	BarcodeScannerTriggerReleased,
	BarcodeScannerDataReceived,
	BarcodeScannerErrorOccurred,
	BarcodeScannerImagePreviewReceived,
	MagneticStripeReaderDataReceived,
	MagneticStripeReaderErrorOccurred,
	_Max
} PosEventType;
typedef struct _PosEventDataHeader {
	PosEventType EventType;
	UINT32 DataLength;
} PosEventDataHeader;
typedef struct _PosStatusUpdatedEventData {
	PosEventDataHeader Header;
	UINT32 Status;
	UINT32 ExtendedStatus;
} PosStatusUpdatedEventData;
#define STATISTICS_STRING_SIZE 130
#define STATISTICS_STRING_BYTE_LENGTH (STATISTICS_STRING_SIZE * sizeof(wchar_t))
typedef struct _PosStringType {
	UINT32 DataLengthInBytes;
} PosStringType;
typedef struct _PosProfileType {
	UINT32 BufferSize;
	UINT32 ProfileCount;
} PosProfileType;
typedef struct _PosStatisticsHeader {
	UINT32 EntryCount;
	PosDeviceInformation DeviceInformation;
	UINT32 DataLength;
} PosStatisticsHeader;
typedef struct _PosValueStatisticsEntry {
	wchar_t EntryName[STATISTICS_STRING_SIZE];
	volatile LONG Value;
} PosValueStatisticsEntry;
typedef struct _PosBarcodeScannerDataReceivedEventData {
	PosEventDataHeader Header;
	UINT32 DataType;
	UINT32 ScanDataLength;
	UINT32 ScanDataLabelLength;
} PosBarcodeScannerDataReceivedEventData;
typedef struct _PosBarcodeScannerErrorOccurredEventData {
	PosEventDataHeader Header;
	LONG IsRetriable;
	DriverUnifiedPosErrorSeverity Severity;
	UINT32 VendorErrorCode;
	DriverUnifiedPosErrorReason Reason;
	UINT32 ExtendedReason;
	UINT32 MessageLength;
	PosBarcodeScannerDataReceivedEventData PartialData;
} PosBarcodeScannerErrorOccurredEventData;
typedef struct _PosBarcodeScanDataTypeData {
	UINT32 dataLengthInBytes;
	UINT32 scanDataTypes_0;
} PosBarcodeScanDataTypeData;
typedef struct _PosEventDataHeader PosBarcodeScannerImagePreviewEventData;
typedef enum _PosDeviceControlType {
	_MinDeviceControlType = 0,
	Invalid = _MinDeviceControlType,
	GetProperty,
	SetProperty,
	ClaimDevice,
	ReleaseDevice,
	RetainDevice,
	RetrieveStatistics,
	ResetStatistics,
	UpdateStatistics,
	CheckHealth,
	GetDeviceBasics,
	BarcodeScannerInjectEvent,
	MsrRetrieveDeviceAuthentication,
	MsrAuthenticateDevice,
	MsrDeAuthenticateDevice,
	MsrUpdateKey,
	StartBarcodeScannerSoftwareTrigger,
	StopBarcodeScannerSoftwareTrigger,
	BarcodeScannerGetSymbologyAttributes,
	BarcodeScannerSetSymbologyAttributes,
	_MaxDeviceControlType
} PosDeviceControlType;
typedef struct _PosDeviceBasicsType {
	UINT32 Version;
	PosDeviceType DeviceType;
	UINT32 RecommendedBufferSize;
} PosDeviceBasicsType;
typedef enum _PosPropertyId {
	IsEnabled = 1,
	IsDisabledOnDataReceived,
	PowerState,
	BarcodeScannerIsDecodeDataEnabled,
	BarcodeScannerCapabilities,
	BarcodeScannerSupportedSymbologies,
	BarcodeScannerActiveSymbologies,
	BarcodeScannerSupportedProfiles,
	BarcodeScannerActiveProfile,
	MagneticStripeReaderIsDecodeDataEnabled,
	MagneticStripeReaderCapabilities,
	MagneticStripeReaderSupportedCardTypes,
	MagneticStripeReaderDeviceAuthenticationProtocol,
	MagneticStripeReaderErrorReportingType,
	MagneticStripeReaderTracksToRead,
	MagneticStripeReaderIsTransmitSentinelsEnabled,
	MagneticStripeReaderIsDeviceAuthenticated,
	MagneticStripeReaderDataEncryptionAlgorithm,
	BarcodeScannerVideoDeviceId
} PosPropertyId;
typedef struct _PosBarcodeScannerCapabilitiesType {
	DriverUnifiedPosPowerReportingType PowerReportingType;
	LONG IsStatisticsReportingSupported;
	LONG IsStatisticsUpdatingSupported;
	LONG IsImagePreviewSupported;
} PosBarcodeScannerCapabilitiesType;
typedef struct _PosBarcodeScannerCapabilitiesType2 {
	PosBarcodeScannerCapabilitiesType PosBarcodeScannerCapabilities;
	LONG IsSoftwareTriggerSupported;
} PosBarcodeScannerCapabilitiesType2;
typedef struct _PosMagneticStripeReaderCapabilitiesType {
	DriverUnifiedPosPowerReportingType PowerReportingType;
	LONG IsStatisticsReportingSupported;
	LONG IsStatisticsUpdatingSupported;
	UINT32 CardAuthenticationLength;
	UINT32 SupportedEncryptionAlgorithms;
	DriverMagneticStripeReaderAuthenticationLevel AuthenticationLevel;
	LONG IsIsoSupported;
	LONG IsJisOneSupported;
	LONG IsJisTwoSupported;
	LONG IsTrackDataMaskingSupported;
	LONG IsTransmitSentinelsSupported;
} PosMagneticStripeReaderCapabilitiesType;
#define POS_EVENT_DEFAULT_SIZE 2000
#define READABLE_POS_IOCTL(enumname) CTL_CODE(FILE_DEVICE_POINT_OF_SERVICE, POINT_OF_SERVICE_COMMON_IOCTL_BASE + ((UINT32)enumname), METHOD_BUFFERED, FILE_READ_ACCESS)
#define POS_IOCTL(enumname) CTL_CODE(FILE_DEVICE_POINT_OF_SERVICE, POINT_OF_SERVICE_COMMON_IOCTL_BASE + ((UINT32)enumname), METHOD_BUFFERED, FILE_WRITE_ACCESS)
#define MIN_POINT_OF_SERVICE_IOCTL_READ READABLE_POS_IOCTL(_MinDeviceControlType)
#define MAX_POINT_OF_SERVICE_IOCTL_READ READABLE_POS_IOCTL(_MaxDeviceControlType)
#define MIN_POINT_OF_SERVICE_IOCTL_WRITE POS_IOCTL(_MinDeviceControlType)
#define MAX_POINT_OF_SERVICE_IOCTL_WRITE POS_IOCTL(_MaxDeviceControlType)
#define IS_POINT_OF_SERVICE_IOCTL(x) (((x) >= MIN_POINT_OF_SERVICE_IOCTL_READ && (x) <= MAX_POINT_OF_SERVICE_IOCTL_READ) || ((x) >= MIN_POINT_OF_SERVICE_IOCTL_WRITE && (x) <= MAX_POINT_OF_SERVICE_IOCTL_WRITE))
#define IS_POINT_OF_SERVICE_DEVICE_TYPE(x) (DEVICE_TYPE_FROM_CTL_CODE(x) == FILE_DEVICE_POINT_OF_SERVICE)
#define IOCTL_POINT_OF_SERVICE_GET_PROPERTY READABLE_POS_IOCTL(GetProperty)
#define IOCTL_POINT_OF_SERVICE_SET_PROPERTY POS_IOCTL(SetProperty)
#define IOCTL_POINT_OF_SERVICE_CLAIM_DEVICE POS_IOCTL(ClaimDevice)
#define IOCTL_POINT_OF_SERVICE_RELEASE_DEVICE POS_IOCTL(ReleaseDevice)
#define IOCTL_POINT_OF_SERVICE_RETAIN_DEVICE POS_IOCTL(RetainDevice)
#define IOCTL_POINT_OF_SERVICE_RETRIEVE_STATISTICS READABLE_POS_IOCTL(RetrieveStatistics)
#define IOCTL_POINT_OF_SERVICE_RESET_STATISTICS POS_IOCTL(ResetStatistics)
#define IOCTL_POINT_OF_SERVICE_UPDATE_STATISTICS POS_IOCTL(UpdateStatistics)
#define IOCTL_POINT_OF_SERVICE_CHECK_HEALTH POS_IOCTL(CheckHealth)
#define IOCTL_POINT_OF_SERVICE_GET_DEVICE_BASICS READABLE_POS_IOCTL(GetDeviceBasics)
#define IOCTL_POINT_OF_SERVICE_MOCK_DEVICE_INJECT_EVENT POS_IOCTL(BarcodeScannerInjectEvent)
#define IOCTL_POINT_OF_SERVICE_MSR_RETRIEVE_DEVICE_AUTHENTICATION POS_IOCTL(MsrRetrieveDeviceAuthentication)
#define IOCTL_POINT_OF_SERVICE_MSR_AUTHENTICATE_DEVICE POS_IOCTL(MsrAuthenticateDevice)
#define IOCTL_POINT_OF_SERVICE_MSR_DEAUTHENTICATE_DEVICE POS_IOCTL(MsrDeAuthenticateDevice)
#define IOCTL_POINT_OF_SERVICE_MSR_UPDATE_KEY POS_IOCTL(MsrUpdateKey)
#define IOCTL_POINT_OF_SERVICE_START_BARCODE_SCANNER_TRIGGER POS_IOCTL(StartBarcodeScannerSoftwareTrigger)
#define IOCTL_POINT_OF_SERVICE_STOP_BARCODE_SCANNER_TRIGGER POS_IOCTL(StopBarcodeScannerSoftwareTrigger)
#define IOCTL_POINT_OF_SERVICE_BARCODE_SCANNER_GET_SYMBOLOGY_ATTRIBUTES READABLE_POS_IOCTL(BarcodeScannerGetSymbologyAttributes)
#define IOCTL_POINT_OF_SERVICE_BARCODE_SCANNER_SET_SYMBOLOGY_ATTRIBUTES POS_IOCTL(BarcodeScannerSetSymbologyAttributes)
extern const GUID GUID_DEVINTERFACE_POS_SCANNER;
extern const GUID GUID_DEVINTERFACE_POS_MSR;
extern const GUID GUID_DEVINTERFACE_POS_PRINTER;
extern const GUID GUID_DEVINTERFACE_POS_CASHDRAWER;
extern const GUID GUID_DEVINTERFACE_POS_LINEDISPLAY;
#define MSR_TRACK_SIZE 120
#define MSR_CARD_AUTHENTICATION_DATA_SIZE 130
#define MSR_ADDITIONAL_SECURITY_INFORMATION_SIZE 12
#define MSR_PROPERTY_NAME_LENGTH 36
#define MSR_PROPERTY_VALUE_LENGTH 36
#define MSR_KEY_SERIAL_NUMBER_SIZE 12
#define MSR_CHALLENGE_SIZE 12
#define MSR_SESSION_ID_SIZE 12
#define MSR_KEY_SIZE 130
#define MSR_KEY_NAME_SIZE 130
#define MSR_ERROR_MAX_MESSAGE_LENGTH 130
#define MSR_CAP_CARD_AUTHENTICATION_MAX_LENGTH 130
#define MSR_CARD_TYPE_MAX_COUNT 12
#define MSR_READER_SERIAL_NUMBER_SIZE 12
typedef enum _MsrCardType {
	MsrCardType_Unknown,
	MsrCardType_Bank,
	MsrCardType_Aamva,
	MsrCardType_ExtendedBase,
} MsrCardType;
typedef enum _MsrDataEncryption {
	MsrDataEncryption_None,
	MsrDataEncryption_3DEA_DUKPT,
	MsrDataEncryption_AES,
	MsrDataEncryption_ExtendedBase
} MsrDataEncryption;
typedef enum _MsrAuthenticationProtocol {
	MsrAuthenticationProtocolType_None = 0,
	MsrAuthenticationProtocolType_ChallengeResponse,
} MsrAuthenticationProtocolType;
typedef enum _MsrTrackIds {
	MsrTrackIds_None = 0x0,
	MsrTrackIds_Track1 = 0x1,
	MsrTrackIds_Track2 = 0x2,
	MsrTrackIds_Track3 = 0x4,
	MsrTrackIds_Track4 = 0x8
} MsrTrackIds;
typedef enum _MsrErrorReportingType {
	MsrErrorReportingType_CardLevel = 0,
	MsrErrorReportingType_TrackLevel
} MsrErrorReportingType;
typedef enum _MsrTrackErrorType {
	MsrTrackErrorType_Unknown = -1,
	MsrTrackErrorType_None = 0,
	MsrTrackErrorType_StartSentinelError = 1,
	MsrTrackErrorType_EndSentinelError = 2,
	MsrTrackErrorType_ParityError = 3,
	MsrTrackErrorType_LrcError = 4
} MsrTrackErrorType;
typedef enum _MsrStatusUpdateType {
	MsrStatusUpdateType_Online = 0,
	MsrStatusUpdateType_Off,
	MsrStatusUpdateType_Offline,
	MsrStatusUpdateType_OffOrOffline,
	MsrStatusUpdateType_Unauthenticated,
	MsrStatusUpdateType_Authenticated,
	MsrStatusUpdateType_Extended
} MsrStatusUpdateType;
typedef enum _MsrStatisticsEntryType {
	MsrStatisticsEntryType_Invalid = -1,
	MsrStatisticsEntryType_HoursPoweredCount,
	MsrStatisticsEntryType_CommunicationErrorCount,
	MsrStatisticsEntryType_GoodReadCount,
	MsrStatisticsEntryType_FailedReadCount,
	MsrStatisticsEntryType_UnreadableCardCount,
	MsrStatisticsEntryType_GoodWriteCount,
	MsrStatisticsEntryType_FailedWriteCount,
	MsrStatisticsEntryType_MissingStartSentinelTrack1Count,
	MsrStatisticsEntryType_ParityLRCErrorTrack1Count,
	MsrStatisticsEntryType_MissingStartSentinelTrack2Count,
	MsrStatisticsEntryType_ParityLRCErrorTrack2Count,
	MsrStatisticsEntryType_MissingStartSentinelTrack3Count,
	MsrStatisticsEntryType_ParityLRCErrorTrack3Count,
	MsrStatisticsEntryType_MissingStartSentinelTrack4Count,
	MsrStatisticsEntryType_ParityLRCErrorTrack4Count,
	MsrStatisticsEntryType_GoodCardAuthenticationDataCount,
	MsrStatisticsEntryType_FailedCardAuthenticationDataCount,
	MsrStatisticsEntryType_ChallengeRequestCount,
	MsrStatisticsEntryType_GoodDeviceAuthenticationCount,
	MsrStatisticsEntryType_FailedDeviceAuthenticationCount,
	MsrStatisticsEntryType_Count
} MstStatisticsEntryType;
#define MSR_STATISTICS_TYPE_(_name_) MsrStatisticsEntryType_##_name_
#include <pshpack1.h>
typedef struct _MSR_DATA_RECEIVED {
	MsrCardType CardType;
	unsigned char Track1EncryptedDataLength;
	unsigned char Track2EncryptedDataLength;
	unsigned char Track3EncryptedDataLength;
	unsigned char Track4EncryptedDataLength;
	unsigned char Track1EncryptedData[MSR_TRACK_SIZE];
	unsigned char Track2EncryptedData[MSR_TRACK_SIZE];
	unsigned char Track3EncryptedData[MSR_TRACK_SIZE];
	unsigned char Track4EncryptedData[MSR_TRACK_SIZE];
	unsigned char Track1MaskedDataLength;
	unsigned char Track2MaskedDataLength;
	unsigned char Track3MaskedDataLength;
	unsigned char Track4MaskedDataLength;
	unsigned char Track1MaskedData[MSR_TRACK_SIZE];
	unsigned char Track2MaskedData[MSR_TRACK_SIZE];
	unsigned char Track3MaskedData[MSR_TRACK_SIZE];
	unsigned char Track4MaskedData[MSR_TRACK_SIZE];
	unsigned char Track1DiscretionaryDataLength;
	unsigned char Track2DiscretionaryDataLength;
	unsigned char Track1DiscretionaryData[MSR_TRACK_SIZE];
	unsigned char Track2DiscretionaryData[MSR_TRACK_SIZE];
	unsigned char CardAuthenicationDataLength;
	unsigned char CardAuthenticationDataAbsoluteLength;
	unsigned char CardAuthenicationData[MSR_CARD_AUTHENTICATION_DATA_SIZE];
	unsigned char AdditionalSecurityInformationLength;
	unsigned char AdditionalSecurityInformation[MSR_ADDITIONAL_SECURITY_INFORMATION_SIZE];
} MSR_DATA_RECEIVED, *PMSR_DATA_RECEIVED;
typedef struct _MSR_SUPPORTED_CARD_TYPES {
	unsigned char Count;
	unsigned int CardTypes[MSR_CARD_TYPE_MAX_COUNT];
} MSR_SUPPORTED_CARD_TYPES, *PMSR_SUPPORTED_CARD_TYPES;
typedef struct _MSR_RETRIEVE_DEVICE_AUTHENTICATION_DATA {
	unsigned char KeySerialNumber[MSR_KEY_SERIAL_NUMBER_SIZE];
	unsigned char Challenge1[MSR_CHALLENGE_SIZE];
	unsigned char Challenge2[MSR_CHALLENGE_SIZE];
} MSR_RETRIEVE_DEVICE_AUTHENTICATION_DATA, *PMSR_RETRIEVE_DEVICE_AUTHENTICATION_DATA;
typedef struct _MSR_AUTHENTICATE_DEVICE {
	unsigned char Size;
	unsigned char Challenge1[MSR_CHALLENGE_SIZE];
	unsigned char SessionId[MSR_SESSION_ID_SIZE];
} MSR_AUTHENTICATE_DEVICE, *PMSR_AUTHENTICATE_DEVICE;
typedef struct _MSR_DEAUTHENTICATE_DEVICE {
	unsigned char Challenge2[MSR_CHALLENGE_SIZE];
} MSR_DEAUTHENTICATE_DEVICE, *PMSR_DEAUTHENTICATE_DEVICE;
typedef struct _MSR_UPDATE_KEY{
	unsigned char KeyLength;
	unsigned char KeyNameLength;
	unsigned char Key[MSR_KEY_SIZE];
	unsigned char KeyName[MSR_KEY_NAME_SIZE];
} MSR_UPDATE_KEY, *PMSR_UPDATE_KEY;
typedef struct _MSR_ERROR_EVENT {
	PosEventDataHeader Header;
	MsrTrackErrorType Track1Status;
	MsrTrackErrorType Track2Status;
	MsrTrackErrorType Track3Status;
	MsrTrackErrorType Track4Status;
	DriverUnifiedPosErrorSeverity Severity;
	DriverUnifiedPosErrorReason Reason;
	UINT32 ExtendedReason;
	MSR_DATA_RECEIVED CardData;
	wchar_t Message[MSR_ERROR_MAX_MESSAGE_LENGTH];
} MSR_ERROR_EVENT, *PMSR_ERROR_EVENT;
#include <poppack.h>
#include <poppack.h>

DRISO_EXTERN_C_END
#endif
