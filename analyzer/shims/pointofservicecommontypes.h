/*
 * driso shim: pointofservicecommontypes.h (PointOfServiceCommonTypes.h),
 * the point-of-service types shared by POS drivers and the Windows.Devices
 * .PointOfService runtime (WDK-only header). Declarations only, from the
 * Learn pointofservicecommontypes.h reference (members checked against
 * the WDK header copy in microsoft/wdkmetadata; facts only, own layout).
 *
 * Values: Learn lists the enumerators without values, so they follow the
 * documented order from 0 (the barcode symbologies included), except the
 * power states, which keep UnifiedPOS's PS_* numbering (2000..).
 * STATISTICS_STRING_SIZE is not published: driso value. As in the WDK, the
 * enumerators are unscoped (Warning, Fatal, Standard, ...).
 */
#ifndef DRISO_SHIM_POINTOFSERVICECOMMONTYPES_H
#define DRISO_SHIM_POINTOFSERVICECOMMONTYPES_H
#include "driso_shims.h"

DRISO_EXTERN_C_START

#include <pshpack8.h>
#define STATISTICS_STRING_SIZE 130
typedef enum DriverUnifiedPosErrorSeverity {
	UnknownErrorSeverity = 0,
	Warning,
	Recoverable,
	Unrecoverable,
	AssistanceRequired,
	Fatal
} DriverUnifiedPosErrorSeverity;
typedef enum DriverUnifiedPosPowerReportingType {
	UnknownPowerReportingType = 0,
	Standard,
	Advanced
} DriverUnifiedPosPowerReportingType;
typedef enum DriverUnifiedPosPowerState {
	PowerStateUnknown = 2000,
	PowerStateOnline,
	PowerStateOff,
	PowerStateOffline,
	PowerStateOffOffline
} DriverUnifiedPosPowerState;
typedef enum DriverUnifiedPosHealthCheckLevel {
	UnknownHealthCheckLevel = 0,
	POSInternal,
	External,
	Interactive
} DriverUnifiedPosHealthCheckLevel;
typedef enum DriverUnifiedPosErrorReason {
	UnknownErrorReason = 0,
	NoService,
	Disabled,
	Illegal,
	NoHardware,
	Closed,
	Offline,
	Failure,
	Timeout,
	Busy,
	Extended
} DriverUnifiedPosErrorReason;
typedef enum DriverMagneticStripeReaderAuthenticationLevel {
	NotSupported = 0,
	Optional,
	Required
} DriverMagneticStripeReaderAuthenticationLevel;
typedef enum _BarcodeSymbology {
	PosUnknown = 0,
	Ean8,
	Ean8Add2,
	Ean8Add5,
	Eanv,
	EanvAdd2,
	EanvAdd5,
	Ean13,
	Ean13Add2,
	Ean13Add5,
	Isbn,
	IsbnAdd5,
	Ismn,
	IsmnAdd2,
	IsmnAdd5,
	Issn,
	IssnAdd2,
	IssnAdd5,
	Ean99,
	Ean99Add2,
	Ean99Add5,
	Upca,
	UpcaAdd2,
	UpcaAdd5,
	Upce,
	UpceAdd2,
	UpceAdd5,
	UpcCoupon,
	TfStd,
	TfDis,
	TfInt,
	TfInd,
	TfMat,
	TfIata,
	Gs1DatabarType1,
	Gs1DatabarType2,
	Gs1DatabarType3,
	Code39,
	Code39Ex,
	Trioptic39,
	Code32,
	Pzn,
	Code93,
	Code93Ex,
	Code128,
	Gs1128,
	Gs1128Coupon,
	UccEan128,
	Sisac,
	Isbt,
	Codabar,
	Code11,
	Msi,
	Plessey,
	Telepen,
	Code16k,
	CodablockA,
	CodablockF,
	Codablock128,
	Code49,
	Aztec,
	DataCode,
	DataMatrix,
	HanXin,
	Maxicode,
	MicroPdf417,
	MicroQr,
	Pdf417,
	Qr,
	MsTag,
	Ccab,
	Ccc,
	Tlc39,
	AusPost,
	CanPost,
	ChinaPost,
	DutchKix,
	InfoMail,
	ItalianPost25,
	ItalianPost39,
	JapanPost,
	KoreanPost,
	SwedenPost,
	UkPost,
	UsIntelligent,
	UsIntelligentPkg,
	UsPlanet,
	UsPostNet,
	Us4StateFics,
	OcrA,
	OcrB,
	Micr,
	Gs1DWCode,
	ExtendedBase
} BarcodeSymbology;
typedef enum _BarcodeSymbologyDecodeLengthType {
	DecodeLengthType_AnyLength = 0,
	DecodeLengthType_Discrete,
	DecodeLengthType_Range
} BarcodeSymbologyDecodeLengthType;
typedef struct _BarcodeSymbologyAttributesData {
	BarcodeSymbology Symbology;
	UINT32 IsCheckDigitValidationSupported;
	UINT32 IsCheckDigitValidationEnabled;
	UINT32 IsCheckDigitTransmissionSupported;
	UINT32 IsCheckDigitTransmissionEnabled;
	UINT32 IsDecodeLengthSupported;
	BarcodeSymbologyDecodeLengthType DecodeLengthType;
	UINT32 DecodeLength1;
	UINT32 DecodeLength2;
} BarcodeSymbologyAttributesData;
typedef enum _BarcodeStatus {
	BarcodeStatusUpdateType_Online = 0,
	BarcodeStatusUpdateType_Off,
	BarcodeStatusUpdateType_Offline,
	BarcodeStatusUpdateType_OffOrOffline,
	BarcodeStatusUpdateType_Extended
} BarcodeStatus;
typedef struct _PosDeviceInformation {
	wchar_t UnifiedPOSVersion[STATISTICS_STRING_SIZE];
	wchar_t DeviceCategory[STATISTICS_STRING_SIZE];
	wchar_t ManufacturerName[STATISTICS_STRING_SIZE];
	wchar_t ModelName[STATISTICS_STRING_SIZE];
	wchar_t SerialNumber[STATISTICS_STRING_SIZE];
	wchar_t ManufactureDate[STATISTICS_STRING_SIZE];
	wchar_t MechanicalRevision[STATISTICS_STRING_SIZE];
	wchar_t FirmwareRevision[STATISTICS_STRING_SIZE];
	wchar_t Interface[STATISTICS_STRING_SIZE];
	wchar_t InstallationDate[STATISTICS_STRING_SIZE];
} PosDeviceInformation;
typedef enum _PosDeviceType {
	PosDeviceType_Unknown = 0,
	PosDeviceType_BarcodeScanner,
	PosDeviceType_MagneticStripeReader,
	PosDeviceType_Max
} PosDeviceType;
#include <poppack.h>

DRISO_EXTERN_C_END
#endif
