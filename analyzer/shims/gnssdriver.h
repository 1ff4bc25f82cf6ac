/*
 * driso shim: gnssdriver.h, the GNSS (GPS) driver DDI: the IOCTLs and data
 * structures between the Windows location platform and a GNSS driver
 * (UMDF 2, WDK-only header). Declarations only, from the Learn
 * gnssdriver.h reference (member order, types and array bounds as in the
 * documented syntax, checked against the WDK header copy in
 * microsoft/wdkmetadata; facts only, own layout).
 *
 * Values: documented on Learn and kept: GNSS_SATELLITE_*, GNSS_OPERMODE_*,
 * GNSS_NMEALOGGING_*, GNSS_AGNSSFORMAT_*, GNSS_GEOFENCESUPPORT_*,
 * IOCTL_GNSS_LISTEN_BREADCRUMBING_ALERT (function 0x072), the first custom
 * driver command (0x0100) and custom event (0x8000). Not published, so
 * distinct driso values: the other IOCTL function numbers, the enumerator
 * values (documented order, from 1 unless the first is an "unknown"
 * state), MAX_SERVER_URL_NAME, GNSS_MAXSATELLITE, MIN_GEOFENCES_REQUIRED,
 * MIN_BREADCRUMBS_SUPPORTED. GNSS_FIXDETAIL_* are distinct bits in
 * documented order; version constants carry their number in the name.
 * GUID_DEVINTERFACE_GNSS is declared, not defined.
 */
#ifndef DRISO_SHIM_GNSSDRIVER_H
#define DRISO_SHIM_GNSSDRIVER_H
#include "driso_shims.h"

DRISO_EXTERN_C_START

#define GNSS_DRIVER_VERSION_1 1
#define GNSS_DRIVER_VERSION_2 2
#define GNSS_DRIVER_VERSION_3 3
#define GNSS_DRIVER_VERSION_4 4
#define GNSS_DRIVER_VERSION_5 5
#define GNSS_DRIVER_VERSION_6 6
#define IOCTL_GNSS_SEND_PLATFORM_CAPABILITY CTL_CODE(FILE_DEVICE_UNKNOWN, 0x0A0, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_GNSS_GET_DEVICE_CAPABILITY CTL_CODE(FILE_DEVICE_UNKNOWN, 0x0A1, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_GNSS_SEND_DRIVERCOMMAND CTL_CODE(FILE_DEVICE_UNKNOWN, 0x0A2, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_GNSS_START_FIXSESSION CTL_CODE(FILE_DEVICE_UNKNOWN, 0x0A3, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_GNSS_MODIFY_FIXSESSION CTL_CODE(FILE_DEVICE_UNKNOWN, 0x0A4, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_GNSS_STOP_FIXSESSION CTL_CODE(FILE_DEVICE_UNKNOWN, 0x0A5, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_GNSS_GET_FIXDATA CTL_CODE(FILE_DEVICE_UNKNOWN, 0x0A6, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_GNSS_INJECT_AGNSS CTL_CODE(FILE_DEVICE_UNKNOWN, 0x0A7, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_GNSS_LISTEN_AGNSS CTL_CODE(FILE_DEVICE_UNKNOWN, 0x0A8, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_GNSS_LISTEN_ERROR CTL_CODE(FILE_DEVICE_UNKNOWN, 0x0A9, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_GNSS_LISTEN_NI CTL_CODE(FILE_DEVICE_UNKNOWN, 0x0AA, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_GNSS_SET_SUPL_HSLP CTL_CODE(FILE_DEVICE_UNKNOWN, 0x0AB, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_GNSS_CONFIG_SUPL_CERT CTL_CODE(FILE_DEVICE_UNKNOWN, 0x0AC, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_GNSS_RESPOND_NI CTL_CODE(FILE_DEVICE_UNKNOWN, 0x0AD, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_GNSS_EXECUTE_CWTEST CTL_CODE(FILE_DEVICE_UNKNOWN, 0x0AE, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_GNSS_EXECUTE_SELFTEST CTL_CODE(FILE_DEVICE_UNKNOWN, 0x0AF, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_GNSS_GET_CHIPSETINFO CTL_CODE(FILE_DEVICE_UNKNOWN, 0x0B0, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_GNSS_LISTEN_NMEA CTL_CODE(FILE_DEVICE_UNKNOWN, 0x0B1, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_GNSS_SET_V2UPL_CONFIG CTL_CODE(FILE_DEVICE_UNKNOWN, 0x0B2, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_GNSS_CREATE_GEOFENCE CTL_CODE(FILE_DEVICE_UNKNOWN, 0x0B3, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_GNSS_DELETE_GEOFENCE CTL_CODE(FILE_DEVICE_UNKNOWN, 0x0B4, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_GNSS_LISTEN_GEOFENCE_ALERT CTL_CODE(FILE_DEVICE_UNKNOWN, 0x0B5, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_GNSS_LISTEN_GEOFENCES_TRACKINGSTATUS CTL_CODE(FILE_DEVICE_UNKNOWN, 0x0B6, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_GNSS_LISTEN_DRIVER_REQUEST CTL_CODE(FILE_DEVICE_UNKNOWN, 0x0B7, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_GNSS_START_BREADCRUMBING CTL_CODE(FILE_DEVICE_UNKNOWN, 0x0B8, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_GNSS_STOP_BREADCRUMBING CTL_CODE(FILE_DEVICE_UNKNOWN, 0x0B9, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_GNSS_LISTEN_BREADCRUMBING_ALERT CTL_CODE(FILE_DEVICE_UNKNOWN, 0x072, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_GNSS_POP_BREADCRUMBS CTL_CODE(FILE_DEVICE_UNKNOWN, 0x0BA, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define GNSS_AGNSSFORMAT_XTRA1 0x01
#define GNSS_AGNSSFORMAT_XTRA2 0x02
#define GNSS_AGNSSFORMAT_LTO 0x04
#define GNSS_AGNSSFORMAT_XTRA3 0x08
#define GNSS_AGNSSFORMAT_XTRA3_1 0x10
#define GNSS_AGNSSFORMAT_XTRA3_2 0x20
#define GNSS_AGNSSFORMAT_XTRA_INT 0x40
extern const GUID GUID_DEVINTERFACE_GNSS;
#define MAX_SERVER_URL_NAME 264
#define MIN_GEOFENCES_REQUIRED 96
#define BREADCRUMBING_UNSUPPORTED 0
#define BREADCRUMBING_VERSION_1 1
#define MIN_BREADCRUMBS_SUPPORTED 128
typedef struct {
	ULONG MajorVersion;
	ULONG MinorVersion;
} GNSS_SUPL_VERSION, *PGNSS_SUPL_VERSION;
typedef struct {
	ULONG MajorVersion;
	ULONG MinorVersion;
	ULONG ServiceIndicator;
} GNSS_SUPL_VERSION_2, *PGNSS_SUPL_VERSION_2;
typedef struct {
	ULONG Size;
	ULONG Version;
	BOOL SupportMultipleFixSessions;
	BOOL SupportMultipleAppSessions;
	BOOL RequireAGnssInjection;
	ULONG AgnssFormatSupported;
	ULONG AgnssFormatPreferred;
	BOOL SupportDistanceTracking;
	BOOL SupportContinuousTracking;
	ULONG Reserved1;
	BOOL Reserved2;
	BOOL Reserved3;
	BOOL Reserved4;
	BOOL Reserved5;
	ULONG GeofencingSupport;
	BOOL Reserved6;
	BOOL Reserved7;
	BOOL SupportCpLocation;
	BOOL SupportUplV2;
	BOOL SupportSuplV1;
	BOOL SupportSuplV2;
	GNSS_SUPL_VERSION SupportedSuplVersion;
	ULONG MaxGeofencesSupported;
	BOOL SupportMultipleSuplRootCert;
	ULONG GnssBreadCrumbPayloadVersion;
	ULONG MaxGnssBreadCrumbFixes;
	BYTE Unused[496];
} GNSS_DEVICE_CAPABILITY, *PGNSS_DEVICE_CAPABILITY;
typedef struct {
	ULONG Size;
	ULONG Version;
	BOOL SupportAgnssInjection;
	ULONG AgnssFormatSupported;
	BYTE Unused[516];
} GNSS_PLATFORM_CAPABILITY, *PGNSS_PLATFORM_CAPABILITY;
typedef enum {
	GNSS_SetLocationServiceEnabled = 1,
	GNSS_SetLocationNIRequestAllowed,
	GNSS_ForceSatelliteSystem,
	GNSS_ForceOperationMode,
	GNSS_ResetEngine,
	GNSS_ClearAgnssData,
	GNSS_SetSuplVersion,
	GNSS_SetNMEALogging,
	GNSS_SetUplServerAccessInterval,
	GNSS_SetNiTimeoutInterval,
	GNSS_ResetGeofencesTracking,
	GNSS_SetSuplVersion2,
	GNSS_CustomCommand = 0x0100
} GNSS_DRIVERCOMMAND_TYPE;
typedef struct {
	ULONG Size;
	ULONG Version;
	GNSS_DRIVERCOMMAND_TYPE CommandType;
	ULONG Reserved;
	ULONG CommandDataSize;
	BYTE Unused[512];
	BYTE CommandData[ANYSIZE_ARRAY];
} GNSS_DRIVERCOMMAND_PARAM, *PGNSS_DRIVERCOMMAND_PARAM;
#define GNSS_SATELLITE_ANY 0x00
#define GNSS_SATELLITE_GPS 0x01
#define GNSS_SATELLITE_GLONASS 0x02
#define GNSS_SATELLITE_BEIDOU 0x04
#define GNSS_SATELLITE_GALILEO 0x08
#define GNSS_OPERMODE_ANY 0x00
#define GNSS_OPERMODE_MSA 0x01
#define GNSS_OPERMODE_MSB 0x02
#define GNSS_OPERMODE_MSS 0x04
#define GNSS_OPERMODE_CELLID 0x08
#define GNSS_OPERMODE_AFLT 0x10
#define GNSS_OPERMODE_OTDOA 0x20
#define GNSS_NMEALOGGING_NONE 0x00
#define GNSS_NMEALOGGING_ALL 0xFF
typedef enum {
	GNSS_FixSession_SingleShot = 1,
	GNSS_FixSession_DistanceTracking,
	GNSS_FixSession_ContinuousTracking,
	GNSS_FixSession_LKG
} GNSS_FIXSESSIONTYPE;
typedef struct {
	ULONG Size;
	ULONG Version;
	ULONG ResponseTime;
} GNSS_SINGLESHOT_PARAM, *PGNSS_SINGLESHOT_PARAM;
typedef struct {
	ULONG Size;
	ULONG Version;
	ULONG MovementThreshold;
} GNSS_DISTANCETRACKING_PARAM, *PGNSS_DISTANCETRACKING_PARAM;
typedef struct {
	ULONG Size;
	ULONG Version;
	ULONG PreferredInterval;
} GNSS_CONTINUOUSTRACKING_PARAM, *PGNSS_CONTINUOUSTRACKING_PARAM;
typedef struct {
	ULONG Size;
	ULONG Version;
} GNSS_LKGFIX_PARAM, *PGNSS_LKGFIX_PARAM;
typedef struct {
	ULONG Size;
	ULONG Version;
	ULONG FixSessionID;
	GNSS_FIXSESSIONTYPE SessionType;
	ULONG HorizontalAccuracy;
	ULONG HorizontalConfidence;
	ULONG Reserved[9];
	ULONG FixLevelOfDetails;
	union {
		GNSS_SINGLESHOT_PARAM SingleShotParam;
		GNSS_DISTANCETRACKING_PARAM DistanceParam;
		GNSS_CONTINUOUSTRACKING_PARAM ContinuousParam;
		GNSS_LKGFIX_PARAM LkgFixParam;
		BYTE UnusedParam[268];
	};
	BYTE Unused[256];
} GNSS_FIXSESSION_PARAM, *PGNSS_FIXSESSION_PARAM;
typedef struct {
	ULONG Size;
	ULONG Version;
	ULONG FixSessionID;
	BYTE Unused[512];
} GNSS_STOPFIXSESSION_PARAM, *PGNSS_STOPFIXSESSION_PARAM;
#define GNSS_FIXDETAIL_BASIC 0x0001
#define GNSS_FIXDETAIL_ACCURACY 0x0002
#define GNSS_FIXDETAIL_SATELLITE 0x0004
typedef struct {
	ULONG Size;
	ULONG Version;
	double Latitude;
	double Longitude;
	double Altitude;
	double Speed;
	double Heading;
} GNSS_FIXDATA_BASIC, *PGNSS_FIXDATA_BASIC;
typedef struct {
	ULONG Size;
	ULONG Version;
	double Latitude;
	double Longitude;
	double Altitude;
	double Speed;
	double Heading;
	double AltitudeEllipsoid;
} GNSS_FIXDATA_BASIC_2, *PGNSS_FIXDATA_BASIC_2;
typedef struct {
	ULONG Size;
	ULONG Version;
	ULONG HorizontalAccuracy;
	ULONG HorizontalErrorMajorAxis;
	ULONG HorizontalErrorMinorAxis;
	ULONG HorizontalErrorAngle;
	ULONG HeadingAccuracy;
	ULONG AltitudeAccuracy;
	ULONG SpeedAccuracy;
	ULONG HorizontalConfidence;
	ULONG HeadingConfidence;
	ULONG AltitudeConfidence;
	ULONG SpeedConfidence;
	float PositionDilutionOfPrecision;
	float HorizontalDilutionOfPrecision;
	float VerticalDilutionOfPrecision;
} GNSS_FIXDATA_ACCURACY, *PGNSS_FIXDATA_ACCURACY;
typedef struct {
	ULONG Size;
	ULONG Version;
	double HorizontalAccuracy;
	double HorizontalErrorMajorAxis;
	double HorizontalErrorMinorAxis;
	double HorizontalErrorAngle;
	double HeadingAccuracy;
	double AltitudeAccuracy;
	double SpeedAccuracy;
	ULONG HorizontalConfidence;
	ULONG HeadingConfidence;
	ULONG AltitudeConfidence;
	ULONG SpeedConfidence;
	double PositionDilutionOfPrecision;
	double HorizontalDilutionOfPrecision;
	double VerticalDilutionOfPrecision;
	double GeometricDilutionOfPrecision;
	double TimeDilutionOfPrecision;
} GNSS_FIXDATA_ACCURACY_2, *PGNSS_FIXDATA_ACCURACY_2;
typedef struct {
	ULONG SatelliteId;
	BOOL UsedInPositiong;
	double Elevation;
	double Azimuth;
	double SignalToNoiseRatio;
} GNSS_SATELLITEINFO, *PGNSS_SATELLITEINFO;
#define GNSS_MAXSATELLITE 72
typedef struct {
	ULONG Size;
	ULONG Version;
	ULONG SatelliteCount;
	GNSS_SATELLITEINFO SatelliteArray[GNSS_MAXSATELLITE];
} GNSS_FIXDATA_SATELLITE, *PGNSS_FIXDATA_SATELLITE;
typedef struct {
	ULONG Size;
	ULONG Version;
	ULONG FixSessionID;
	FILETIME FixTimeStamp;
	BOOL IsFinalFix;
	NTSTATUS FixStatus;
	ULONG FixLevelOfDetails;
	GNSS_FIXDATA_BASIC BasicData;
	GNSS_FIXDATA_ACCURACY AccuracyData;
	GNSS_FIXDATA_SATELLITE SatelliteData;
} GNSS_FIXDATA, *PGNSS_FIXDATA;
typedef struct {
	ULONG Size;
	ULONG Version;
	ULONG FixSessionID;
	FILETIME FixTimeStamp;
	BOOL IsFinalFix;
	NTSTATUS FixStatus;
	ULONG FixLevelOfDetails;
	GNSS_FIXDATA_BASIC_2 BasicData;
	GNSS_FIXDATA_ACCURACY_2 AccuracyData;
	GNSS_FIXDATA_SATELLITE SatelliteData;
} GNSS_FIXDATA_2, *PGNSS_FIXDATA_2;
typedef struct {
	ULONG Size;
	ULONG Version;
	ULONG MaximumHorizontalUncertainty;
	ULONG MinDistanceBetweenFixes;
	ULONG MaximumErrorTimeoutMs;
	BYTE Unused[512];
} GNSS_BREADCRUMBING_PARAM, *PGNSS_BREADCRUMBING_PARAM;
typedef struct {
	ULONG Size;
	ULONG Version;
	BYTE Unused[512];
} GNSS_BREADCRUMBING_ALERT_DATA, *PGNSS_BREADCRUMBING_ALERT_DATA;
typedef struct {
	FILETIME FixTimeStamp;
	double Latitude;
	double Longitude;
	ULONG HorizontalAccuracy;
	unsigned short Speed;
	unsigned short SpeedAccuracy;
	short Altitude;
	unsigned short AltitudeAccuracy;
	short Heading;
	unsigned char HeadingAccuracy;
	unsigned char FixSuccess;
} GNSS_BREADCRUMB_V1, *PGNSS_BREADCRUMB_V1;
typedef struct {
	ULONG Size;
	ULONG Version;
	ULONG NumCrumbs;
	union {
		GNSS_BREADCRUMB_V1 v1[50];
	};
} GNSS_BREADCRUMB_LIST, *PGNSS_BREADCRUMB_LIST;
#define GNSS_GEOFENCESUPPORT_SUPPORTED 0x01
#define GNSS_GEOFENCESUPPORT_CIRCLE 0x02
typedef enum {
	GNSS_GeoRegion_Circle = 1
} GNSS_GEOREGIONTYPE;
typedef struct {
	double Latitude;
	double Longitude;
	double RadiusInMeters;
} GNSS_GEOREGION_CIRCLE, *PGNSS_GEOREGION_CIRCLE;
typedef struct {
	ULONG Size;
	ULONG Version;
	GNSS_GEOREGIONTYPE GeoRegionType;
	union {
		GNSS_GEOREGION_CIRCLE Circle;
		BYTE Unused[512];
	};
} GNSS_GEOREGION, *PGNSS_GEOREGION;
typedef enum {
	GNSS_GeofenceState_Unknown = 0,
	GNSS_GeofenceState_Entered,
	GNSS_GeofenceState_Exited
} GNSS_GEOFENCE_STATE;
#define GNSS_GEOFENCEALERTTYPE_ENTRY GNSS_GeofenceState_Entered
#define GNSS_GEOFENCEALERTTYPE_EXIT GNSS_GeofenceState_Exited
typedef struct {
	ULONG Size;
	ULONG Version;
	ULONG AlertTypes;
	GNSS_GEOFENCE_STATE InitialState;
	GNSS_GEOREGION Boundary;
	BYTE Unused[512];
} GNSS_GEOFENCE_CREATE_PARAM, *PGNSS_GEOFENCE_CREATE_PARAM;
typedef struct {
	ULONG Size;
	ULONG Version;
	NTSTATUS CreationStatus;
	ULONG GeofenceID;
	BYTE Unused[512];
} GNSS_GEOFENCE_CREATE_RESPONSE, *PGNSS_GEOFENCE_CREATE_RESPONSE;
typedef struct {
	ULONG Size;
	ULONG Version;
	ULONG GeofenceID;
	BYTE Unused[512];
} GNSS_GEOFENCE_DELETE_PARAM, *PGNSS_GEOFENCE_DELETE_PARAM;
typedef struct {
	ULONG Size;
	ULONG Version;
	ULONG GeofenceID;
	GNSS_GEOFENCE_STATE GeofenceState;
	GNSS_FIXDATA_BASIC FixBasicData;
	GNSS_FIXDATA_ACCURACY FixAccuracyData;
	BYTE Unused[512];
} GNSS_GEOFENCE_ALERT_DATA, *PGNSS_GEOFENCE_ALERT_DATA;
typedef struct {
	ULONG Size;
	ULONG Version;
	NTSTATUS Status;
	FILETIME StatusTimeStamp;
	BYTE Unused[512];
} GNSS_GEOFENCES_TRACKINGSTATUS_DATA, *PGNSS_GEOFENCES_TRACKINGSTATUS_DATA;
typedef enum {
	GNSS_Event_FixAvailable = 1,
	GNSS_Event_RequireAgnss,
	GNSS_Event_Error,
	GNSS_Event_NiRequest,
	GNSS_Event_NmeaData,
	GNSS_Event_GeofenceAlertData,
	GNSS_Event_GeofencesTrackingStatus,
	GNSS_Event_DriverRequest,
	GNSS_Event_BreadcrumbAlertEvent,
	GNSS_Event_FixAvailable_2,
	GNSS_Event_Custom = 0x8000
} GNSS_EVENT_TYPE;
typedef struct {
	ULONG Size;
	ULONG Version;
	ULONG ErrorCode;
	BOOL IsRecoverable;
	WCHAR ErrorDescription[256];
	BYTE Unused[512];
} GNSS_ERRORINFO, *PGNSS_ERRORINFO;
typedef struct {
	ULONG Size;
	ULONG Version;
	CHAR NmeaSentences[256];
} GNSS_NMEA_DATA, *PGNSS_NMEA_DATA;
typedef enum {
	GNSS_AGNSS_TimeInjection = 1,
	GNSS_AGNSS_PositionInjection,
	GNSS_AGNSS_BlobInjection
} GNSS_AGNSS_REQUEST_TYPE;
typedef struct {
	ULONG Size;
	ULONG Version;
	GNSS_AGNSS_REQUEST_TYPE RequestType;
	ULONG BlobFormat;
} GNSS_AGNSS_REQUEST_PARAM, *PGNSS_AGNSS_REQUEST_PARAM;
typedef enum {
	GNSS_NI_SUPL = 1,
	GNSS_NI_CP,
	GNSS_NI_V2UPL
} GNSS_NI_PLANE_TYPE;
typedef enum {
	GNSS_NI_Request_SingleShot = 1,
	GNSS_NI_Request_AreaTrigger
} GNSS_NI_REQUEST_TYPE;
typedef enum {
	GNSS_NI_NoNotifyNoVerify = 1,
	GNSS_NI_NotifyOnly,
	GNSS_NI_NotifyVerifyDefaultAllow,
	GNSS_NI_NotifyVerifyDefaultNotAllow,
	GNSS_NI_PrivacyOverride
} GNSS_NI_NOTIFICATION_TYPE;
typedef struct {
	ULONG Size;
	ULONG Version;
	WCHAR RequestorId[MAX_PATH];
	WCHAR ClientName[MAX_PATH];
	CHAR SuplNiUrl[MAX_SERVER_URL_NAME];
} GNSS_SUPL_NI_INFO, *PGNSS_SUPL_NI_INFO;
typedef struct {
	ULONG Size;
	ULONG Version;
	WCHAR RequestorId[MAX_PATH];
	WCHAR NotificationText[MAX_PATH];
} GNSS_CP_NI_INFO, *PGNSS_CP_NI_INFO;
typedef struct {
	ULONG Size;
	ULONG Version;
	WCHAR RequestorId[MAX_PATH];
} GNSS_V2UPL_NI_INFO, *PGNSS_V2UPL_NI_INFO;
typedef struct {
	ULONG Size;
	ULONG Version;
	ULONG RequestId;
	GNSS_NI_REQUEST_TYPE RequestType;
	GNSS_NI_NOTIFICATION_TYPE NotificationType;
	GNSS_NI_PLANE_TYPE RequestPlaneType;
	union {
		GNSS_SUPL_NI_INFO SuplNiInfo;
		GNSS_CP_NI_INFO CpNiInfo;
		GNSS_V2UPL_NI_INFO V2UplNiInfo;
	};
	ULONG ResponseTimeInSec;
	BOOL EmergencyLocation;
} GNSS_NI_REQUEST_PARAM, *PGNSS_NI_REQUEST_PARAM;
typedef enum {
	SUPL_CONFIG_DATA = 1
} GNSS_DRIVER_REQUEST;
typedef struct {
	ULONG Size;
	ULONG Version;
	GNSS_DRIVER_REQUEST Request;
	ULONG RequestFlag;
} GNSS_DRIVER_REQUEST_DATA;
typedef struct {
	ULONG Size;
	ULONG Version;
	GNSS_EVENT_TYPE EventType;
	ULONG EventDataSize;
	BYTE Unused[512];
	union {
		GNSS_FIXDATA FixData;
		GNSS_AGNSS_REQUEST_PARAM AgnssRequest;
		GNSS_NI_REQUEST_PARAM NiRequest;
		GNSS_ERRORINFO ErrorInformation;
		GNSS_NMEA_DATA NmeaData;
		GNSS_GEOFENCE_ALERT_DATA GeofenceAlertData;
		GNSS_BREADCRUMBING_ALERT_DATA BreadcrumbAlertData;
		GNSS_GEOFENCES_TRACKINGSTATUS_DATA GeofencesTrackingStatus;
		GNSS_DRIVER_REQUEST_DATA DriverRequestData;
		BYTE CustomData[ANYSIZE_ARRAY];
	};
} GNSS_EVENT, *PGNSS_EVENT;
typedef struct {
	ULONG Size;
	ULONG Version;
	GNSS_EVENT_TYPE EventType;
	ULONG EventDataSize;
	BYTE Unused[512];
	union {
		GNSS_FIXDATA FixData;
		GNSS_FIXDATA_2 FixData2;
		GNSS_AGNSS_REQUEST_PARAM AgnssRequest;
		GNSS_NI_REQUEST_PARAM NiRequest;
		GNSS_ERRORINFO ErrorInformation;
		GNSS_NMEA_DATA NmeaData;
		GNSS_GEOFENCE_ALERT_DATA GeofenceAlertData;
		GNSS_BREADCRUMBING_ALERT_DATA BreadcrumbAlertData;
		GNSS_GEOFENCES_TRACKINGSTATUS_DATA GeofencesTrackingStatus;
		GNSS_DRIVER_REQUEST_DATA DriverRequestData;
		BYTE CustomData[ANYSIZE_ARRAY];
	};
} GNSS_EVENT_2, *PGNSS_EVENT_2;
typedef struct {
	ULONG Size;
	ULONG Version;
	FILETIME UtcTime;
	ULONG TimeUncertainty;
} GNSS_AGNSS_INJECTTIME, *PGNSS_AGNSS_INJECTTIME;
typedef struct {
	ULONG Size;
	ULONG Version;
	ULONG Age;
	GNSS_FIXDATA_BASIC BasicData;
	GNSS_FIXDATA_ACCURACY AccuracyData;
} GNSS_AGNSS_INJECTPOSITION, *PGNSS_AGNSS_INJECTPOSITION;
typedef struct {
	ULONG Size;
	ULONG Version;
	ULONG BlobOui;
	ULONG BlobVersion;
	ULONG AgnssFormat;
	ULONG BlobSize;
	BYTE BlobData[ANYSIZE_ARRAY];
} GNSS_AGNSS_INJECTBLOB, *PGNSS_AGNSS_INJECTBLOB;
typedef struct {
	ULONG Size;
	ULONG Version;
	GNSS_AGNSS_REQUEST_TYPE InjectionType;
	NTSTATUS InjectionStatus;
	ULONG InjectionDataSize;
	BYTE Unused[512];
	union {
		GNSS_AGNSS_INJECTTIME Time;
		GNSS_AGNSS_INJECTPOSITION Position;
		GNSS_AGNSS_INJECTBLOB BlobData;
	};
} GNSS_AGNSS_INJECT, *PGNSS_AGNSS_INJECT;
typedef struct {
	ULONG Size;
	ULONG Version;
	CHAR SuplHslp[MAX_SERVER_URL_NAME];
	CHAR SuplHslpFromImsi[MAX_SERVER_URL_NAME];
	ULONG Reserved;
	BYTE Unused[512];
} GNSS_SUPL_HSLP_CONFIG, *PGNSS_SUPL_HSLP_CONFIG;
typedef enum {
	GNSS_Supl_Cert_Inject = 1,
	GNSS_Supl_Cert_Delete,
	GNSS_Supl_Cert_Purge
} GNSS_SUPL_CERT_ACTION;
typedef struct {
	ULONG Size;
	ULONG Version;
	GNSS_SUPL_CERT_ACTION CertAction;
	CHAR SuplCertName[MAX_PATH];
	ULONG CertSize;
	BYTE Unused[512];
	BYTE CertData[ANYSIZE_ARRAY];
} GNSS_SUPL_CERT_CONFIG, *PGNSS_SUPL_CERT_CONFIG;
typedef struct {
	ULONG Size;
	ULONG Version;
	CHAR MPC[MAX_SERVER_URL_NAME];
	CHAR PDE[MAX_SERVER_URL_NAME];
	BYTE ApplicationTypeIndicator_MR;
	BYTE Unused[512];
} GNSS_V2UPL_CONFIG, *PGNSS_V2UPL_CONFIG;
typedef enum {
	GNSS_Ni_UserResponseAccept = 1,
	GNSS_Ni_UserResponseDeny,
	GNSS_Ni_UserResponseTimeout
} GNSS_NI_USER_RESPONSE;
typedef struct {
	ULONG Size;
	ULONG Version;
	ULONG RequestId;
	GNSS_NI_USER_RESPONSE UserResponse;
} GNSS_NI_RESPONSE, *PGNSS_NI_RESPONSE;
typedef struct {
	ULONG Size;
	ULONG Version;
	NTSTATUS TestResultStatus;
	double SignalToNoiseRatio;
	double Frequency;
	BYTE Unused[512];
} GNSS_CWTESTDATA, *PGNSS_CWTESTDATA;
typedef struct {
	ULONG Size;
	ULONG Version;
	ULONG TestType;
	BYTE Unused[512];
	ULONG InBufLen;
	BYTE InBuffer[ANYSIZE_ARRAY];
} GNSS_SELFTESTCONFIG, *PGNSS_SELFTESTCONFIG;
typedef struct {
	ULONG Size;
	ULONG Version;
	NTSTATUS TestResultStatus;
	ULONG Result;
	ULONG PinFailedBitMask;
	BYTE Unused[512];
	ULONG OutBufLen;
	BYTE OutBuffer[ANYSIZE_ARRAY];
} GNSS_SELFTESTRESULT, *PGNSS_SELFTESTRESULT;
typedef struct {
	ULONG Size;
	ULONG Version;
	WCHAR ManufacturerID[25];
	WCHAR HardwareID[25];
	WCHAR FirmwareVersion[20];
	BYTE Unused[512];
} GNSS_CHIPSETINFO, *PGNSS_CHIPSETINFO;

DRISO_EXTERN_C_END
#endif
