/*
 * driso shim: sensorsdef.h, sensor class extension definitions
 * (WDK-only header, SensorsDef.h). Declarations only, per the Learn
 * sensorsdef.h reference: the sensor state / activity / step type /
 * magnetometer accuracy / proximity enumerations (values as documented) and
 * the sensor type and category GUIDs and the PKEY_/DEVPKEY_ sensor keys,
 * which are declared, never defined (driso does not restate their values).
 * The DEVPKEY_Sensor_* keys are PROPERTYKEYs here, as sensor drivers store
 * them in SENSOR_VALUE_PAIR.Key.
 */
#ifndef DRISO_SHIM_SENSORSDEF_H
#define DRISO_SHIM_SENSORSDEF_H
#include "driso_shims.h"
#include <guiddef.h>
#include <wtypes.h>
#include <devpropdef.h>
#include <propidl.h>
#include <propkeydef.h>

DRISO_EXTERN_C_START

typedef struct _SENSOR_VALUE_PAIR {
	PROPERTYKEY Key;
	PROPVARIANT Value;
} SENSOR_VALUE_PAIR, *PSENSOR_VALUE_PAIR;

typedef struct _SENSOR_COLLECTION_LIST {
	ULONG AllocatedSizeInBytes;
	ULONG Count;
	SENSOR_VALUE_PAIR List[1];
} SENSOR_COLLECTION_LIST, *PSENSOR_COLLECTION_LIST;

typedef struct _SENSOR_PROPERTY_LIST {
	ULONG AllocatedSizeInBytes;
	ULONG Count;
	PROPERTYKEY List[1];
} SENSOR_PROPERTY_LIST, *PSENSOR_PROPERTY_LIST;

#define SENSOR_COLLECTION_LIST_HEADER_SIZE ((ULONG)FIELD_OFFSET(SENSOR_COLLECTION_LIST, List))
#define SENSOR_COLLECTION_LIST_SIZE(Count) \
	((ULONG)(SENSOR_COLLECTION_LIST_HEADER_SIZE + (Count) * sizeof(SENSOR_VALUE_PAIR)))
#define SENSOR_PROPERTY_LIST_HEADER_SIZE ((ULONG)FIELD_OFFSET(SENSOR_PROPERTY_LIST, List))
#define SENSOR_PROPERTY_LIST_SIZE(Count) ((ULONG)(SENSOR_PROPERTY_LIST_HEADER_SIZE + (Count) * sizeof(PROPERTYKEY)))

DRISO_INLINE VOID SENSOR_COLLECTION_LIST_INIT(PSENSOR_COLLECTION_LIST pList, ULONG Size)
{
	RtlZeroMemory(pList, Size);
	pList->AllocatedSizeInBytes = Size;
}

DRISO_INLINE VOID SENSOR_PROPERTY_LIST_INIT(PSENSOR_PROPERTY_LIST pList, ULONG Size)
{
	RtlZeroMemory(pList, Size);
	pList->AllocatedSizeInBytes = Size;
}

typedef enum SENSOR_STATE {
	SensorState_Initializing = 0,
	SensorState_Idle,
	SensorState_Active,
	SensorState_Error
} SENSOR_STATE;

typedef enum SENSOR_CONNECTION_TYPES {
	SensorConnectionType_Integrated = 0,
	SensorConnectionType_Attached,
	SensorConnectionType_External
} SENSOR_CONNECTION_TYPES;

typedef enum ACTIVITY_STATE {
	ActivityState_Unknown = 0x00000001,
	ActivityState_Stationary = 0x00000002,
	ActivityState_Fidgeting = 0x00000004,
	ActivityState_Walking = 0x00000008,
	ActivityState_Running = 0x00000010,
	ActivityState_InVehicle = 0x00000020,
	ActivityState_Biking = 0x00000040,
	ActivityState_Idle = 0x00000080,
	ActivityState_Max = 0x00000100,
	ActivityState_Force_Dword = 0xFFFFFFFF
} ACTIVITY_STATE;

typedef enum PEDOMETER_STEP_TYPE {
	PedometerStepType_Unknown = 0x00000001,
	PedometerStepType_Walking = 0x00000002,
	PedometerStepType_Running = 0x00000004,
	PedometerStepType_Max = 0x00000008,
	PedometerStepType_Force_Dword = 0xFFFFFFFF
} PEDOMETER_STEP_TYPE;

typedef enum MAGNETOMETER_ACCURACY {
	MagnetometerAccuracy_Unknown = 0,
	MagnetometerAccuracy_Unreliable,
	MagnetometerAccuracy_Approximate,
	MagnetometerAccuracy_High
} MAGNETOMETER_ACCURACY;

typedef enum PROXIMITY_TYPE {
	ProximityType_ObjectProximity = 0,
	ProximityType_HumanProximity,
	ProximityType_Force_Dword = 0xFFFFFFFF
} PROXIMITY_TYPE;

typedef enum SIMPLE_DEVICE_ORIENTATION {
	SimpleDeviceOrientation_NotRotated = 0,
	SimpleDeviceOrientation_Rotated90DegreesCounterclockwise = 1,
	SimpleDeviceOrientation_Rotated180DegreesCounterclockwise = 2,
	SimpleDeviceOrientation_Rotated270DegreesCounterclockwise = 3,
	SimpleDeviceOrientation_Faceup = 4,
	SimpleDeviceOrientation_Facedown = 5
} SIMPLE_DEVICE_ORIENTATION;

extern const GUID GUID_SensorCategory_All;
extern const GUID GUID_SensorCategory_Biometric;
extern const GUID GUID_SensorCategory_Electrical;
extern const GUID GUID_SensorCategory_Environmental;
extern const GUID GUID_SensorCategory_Light;
extern const GUID GUID_SensorCategory_Location;
extern const GUID GUID_SensorCategory_Mechanical;
extern const GUID GUID_SensorCategory_Motion;
extern const GUID GUID_SensorCategory_Orientation;
extern const GUID GUID_SensorCategory_Other;
extern const GUID GUID_SensorCategory_Scanner;
extern const GUID GUID_SensorCategory_Unsupported;
extern const GUID GUID_SensorType_Accelerometer1D;
extern const GUID GUID_SensorType_Accelerometer2D;
extern const GUID GUID_SensorType_Accelerometer3D;
extern const GUID GUID_SensorType_ActivityDetection;
extern const GUID GUID_SensorType_AmbientLight;
extern const GUID GUID_SensorType_Barometer;
extern const GUID GUID_SensorType_Custom;
extern const GUID GUID_SensorType_GeomagneticOrientation;
extern const GUID GUID_SensorType_GravityVector;
extern const GUID GUID_SensorType_Gyrometer1D;
extern const GUID GUID_SensorType_Gyrometer2D;
extern const GUID GUID_SensorType_Gyrometer3D;
extern const GUID GUID_SensorType_HingeAngle;
extern const GUID GUID_SensorType_HumanPresence;
extern const GUID GUID_SensorType_Humidity;
extern const GUID GUID_SensorType_LinearAccelerometer;
extern const GUID GUID_SensorType_Magnetometer1D;
extern const GUID GUID_SensorType_Magnetometer2D;
extern const GUID GUID_SensorType_Magnetometer3D;
extern const GUID GUID_SensorType_Orientation;
extern const GUID GUID_SensorType_Pedometer;
extern const GUID GUID_SensorType_Proximity;
extern const GUID GUID_SensorType_RelativeOrientation;
extern const GUID GUID_SensorType_SimpleDeviceOrientation;
extern const GUID GUID_SensorType_Temperature;

extern const PROPERTYKEY PKEY_LightSensor_ResponseCurve;
extern const PROPERTYKEY PKEY_OrientationSensor_GyroscopeUsed;
extern const PROPERTYKEY PKEY_SensorDataField_RangeMaximum;
extern const PROPERTYKEY PKEY_SensorDataField_RangeMinimum;
extern const PROPERTYKEY PKEY_SensorDataField_Resolution;
extern const PROPERTYKEY PKEY_SensorData_AbsoluteRotationAngle_Degrees;
extern const PROPERTYKEY PKEY_SensorData_AccelerationX_Gs;
extern const PROPERTYKEY PKEY_SensorData_AccelerationY_Gs;
extern const PROPERTYKEY PKEY_SensorData_AccelerationZ_Gs;
extern const PROPERTYKEY PKEY_SensorData_ActivityStream;
extern const PROPERTYKEY PKEY_SensorData_AngularVelocityX_DegreesPerSecond;
extern const PROPERTYKEY PKEY_SensorData_AngularVelocityY_DegreesPerSecond;
extern const PROPERTYKEY PKEY_SensorData_AngularVelocityZ_DegreesPerSecond;
extern const PROPERTYKEY PKEY_SensorData_AtmosphericPressure_Bars;
extern const PROPERTYKEY PKEY_SensorData_ConfidenceThreshold_Percentage;
extern const PROPERTYKEY PKEY_SensorData_CorrectedAngularVelocityX_DegreesPerSecond;
extern const PROPERTYKEY PKEY_SensorData_CorrectedAngularVelocityY_DegreesPerSecond;
extern const PROPERTYKEY PKEY_SensorData_CorrectedAngularVelocityZ_DegreesPerSecond;
extern const PROPERTYKEY PKEY_SensorData_CurrentActivityState;
extern const PROPERTYKEY PKEY_SensorData_CurrentActivityStateConfidence_Percentage;
extern const PROPERTYKEY PKEY_SensorData_DeclinationAngle_Degrees;
extern const PROPERTYKEY PKEY_SensorData_IsValid;
extern const PROPERTYKEY PKEY_SensorData_LightChromaticityX;
extern const PROPERTYKEY PKEY_SensorData_LightChromaticityY;
extern const PROPERTYKEY PKEY_SensorData_LightLevel_Lux;
extern const PROPERTYKEY PKEY_SensorData_LightLevel_Lux_Threshold_AbsoluteDifference;
extern const PROPERTYKEY PKEY_SensorData_LightTemperature_Kelvins;
extern const PROPERTYKEY PKEY_SensorData_LinearAccelerationX_Gs;
extern const PROPERTYKEY PKEY_SensorData_LinearAccelerationY_Gs;
extern const PROPERTYKEY PKEY_SensorData_LinearAccelerationZ_Gs;
extern const PROPERTYKEY PKEY_SensorData_MagneticFieldStrengthX_Microteslas;
extern const PROPERTYKEY PKEY_SensorData_MagneticFieldStrengthY_Microteslas;
extern const PROPERTYKEY PKEY_SensorData_MagneticFieldStrengthZ_Microteslas;
extern const PROPERTYKEY PKEY_SensorData_MagnetometerAccuracy;
extern const PROPERTYKEY PKEY_SensorData_PedometerReset;
extern const PROPERTYKEY PKEY_SensorData_PedometerStepCount;
extern const PROPERTYKEY PKEY_SensorData_PedometerStepDuration_Ms;
extern const PROPERTYKEY PKEY_SensorData_PedometerStepType;
extern const PROPERTYKEY PKEY_SensorData_ProximityDetection;
extern const PROPERTYKEY PKEY_SensorData_ProximityDistanceMillimeters;
extern const PROPERTYKEY PKEY_SensorData_QuaternionW;
extern const PROPERTYKEY PKEY_SensorData_QuaternionX;
extern const PROPERTYKEY PKEY_SensorData_QuaternionY;
extern const PROPERTYKEY PKEY_SensorData_QuaternionZ;
extern const PROPERTYKEY PKEY_SensorData_RotationAngle_Degrees;
extern const PROPERTYKEY PKEY_SensorData_Shake;
extern const PROPERTYKEY PKEY_SensorData_SimpleDeviceOrientation;
extern const PROPERTYKEY PKEY_SensorData_SubscribedActivityStates;
extern const PROPERTYKEY PKEY_SensorData_SupportedActivityStates;
extern const PROPERTYKEY PKEY_SensorData_SupportedStepTypes;
extern const PROPERTYKEY PKEY_SensorData_Timestamp;
extern const PROPERTYKEY PKEY_SensorHistory_Interval_Ms;
extern const PROPERTYKEY PKEY_SensorHistory_MaxSize_Bytes;
extern const PROPERTYKEY PKEY_SensorHistory_MaximumRecordSize_Bytes;
extern const PROPERTYKEY PKEY_Sensor_FifoMaxSize_Samples;
extern const PROPERTYKEY PKEY_Sensor_FifoReservedSize_Samples;
extern const PROPERTYKEY PKEY_Sensor_MaximumDataFieldSize_Bytes;
extern const PROPERTYKEY PKEY_Sensor_MinimumDataInterval_Ms;
extern const PROPERTYKEY PKEY_Sensor_Power_Milliwatts;
extern const PROPERTYKEY PKEY_Sensor_ReportingType;
extern const PROPERTYKEY PKEY_Sensor_State;
extern const PROPERTYKEY PKEY_Sensor_Type;
extern const PROPERTYKEY PKEY_Sensor_WakeCapable;

extern const PROPERTYKEY DEVPKEY_LightSensor_AutoBrightnessPreferred;
extern const PROPERTYKEY DEVPKEY_LightSensor_ColorCapable;
extern const PROPERTYKEY DEVPKEY_Sensor_Category;
extern const PROPERTYKEY DEVPKEY_Sensor_ConnectionType;
extern const PROPERTYKEY DEVPKEY_Sensor_IsPrimary;
extern const PROPERTYKEY DEVPKEY_Sensor_Manufacturer;
extern const PROPERTYKEY DEVPKEY_Sensor_Model;
extern const PROPERTYKEY DEVPKEY_Sensor_Name;
extern const PROPERTYKEY DEVPKEY_Sensor_PersistentUniqueId;
extern const PROPERTYKEY DEVPKEY_Sensor_ProximityType;
extern const PROPERTYKEY DEVPKEY_Sensor_Type;
extern const PROPERTYKEY DEVPKEY_Sensor_VendorDefinedSubType;

/* Added from Microsoft's Win32 API metadata (microsoft/win32metadata,
 * MIT licence): the remaining sensor type/category GUIDs and property
 * keys with their values, and the newer sensor enumerations. */
DEFINE_GUID(GUID_SensorCategory_PersonalActivity, 0XF1609081, 0X1E12, 0X412B, 0XA1, 0X4D, 0XCB, 0XB0, 0XE9, 0X5B, 0XD2, 0XE5);
DEFINE_GUID(GUID_SensorType_FloorElevation, 0xADE4987F, 0x7AC4, 0x4DFA, 0x97, 0x22, 0x0A, 0x02, 0x71, 0x81, 0xC7, 0x47);
DEFINE_PROPERTYKEY(DEVPKEY_LightSensor_AdaptiveColorPreferred, 0xd4247382, 0x969d, 0x4f24, 0xbb, 0x14, 0xfb, 0x96, 0x71, 0x87, 0xb, 0xbf, 33);
DEFINE_PROPERTYKEY(PKEY_SensorData_MinimumDetectionIntervals_Ms, 0xd4247382, 0x969d, 0x4f24, 0xbb, 0x14, 0xfb, 0x96, 0x71, 0x87, 0xb, 0xbf, 61);
DEFINE_PROPERTYKEY(DEVPKEY_Sensor_HumanPresenceDetectionType, 0xd4247382, 0x969d, 0x4f24, 0xbb, 0x14, 0xfb, 0x96, 0x71, 0x87, 0xb, 0xbf, 81);
DEFINE_PROPERTYKEY(PKEY_Sensor_Proximity_SensorCapabilities, 0xd4247382, 0x969d, 0x4f24, 0xbb, 0x14, 0xfb, 0x96, 0x71, 0x87, 0xb, 0xbf, 82);
DEFINE_PROPERTYKEY(DEVPKEY_Sensor_HumanPresence_MaxDetectablePersonsCount, 0xd4247382, 0x969d, 0x4f24, 0xbb, 0x14, 0xfb, 0x96, 0x71, 0x87, 0xb, 0xbf, 83);
DEFINE_PROPERTYKEY(PKEY_SensorData_TimestampQPC, 0xc458f8a7, 0x4ae8, 0x4777, 0x96, 0x7, 0x2e, 0x9b, 0xdd, 0x65, 0x11, 0xa, 4);
DEFINE_PROPERTYKEY(PKEY_SensorData_HumanPresence_DetectionDistance_Threshold, 0xc458f8a7, 0x4ae8, 0x4777, 0x96, 0x7, 0x2e, 0x9b, 0xdd, 0x65, 0x11, 0xa, 92);
DEFINE_PROPERTYKEY(PKEY_SensorData_HumanPresence_AttentionDetection, 0xc458f8a7, 0x4ae8, 0x4777, 0x96, 0x7, 0x2e, 0x9b, 0xdd, 0x65, 0x11, 0xa, 93);
DEFINE_PROPERTYKEY(PKEY_SensorData_HumanPresence_HeadAzimuth, 0xc458f8a7, 0x4ae8, 0x4777, 0x96, 0x7, 0x2e, 0x9b, 0xdd, 0x65, 0x11, 0xa, 94);
DEFINE_PROPERTYKEY(PKEY_SensorData_HumanPresence_HeadAltitude, 0xc458f8a7, 0x4ae8, 0x4777, 0x96, 0x7, 0x2e, 0x9b, 0xdd, 0x65, 0x11, 0xa, 95);
DEFINE_PROPERTYKEY(PKEY_SensorData_HumanPresence_HeadRoll, 0xc458f8a7, 0x4ae8, 0x4777, 0x96, 0x7, 0x2e, 0x9b, 0xdd, 0x65, 0x11, 0xa, 96);
DEFINE_PROPERTYKEY(PKEY_SensorData_HumanPresence_HeadPitch, 0xc458f8a7, 0x4ae8, 0x4777, 0x96, 0x7, 0x2e, 0x9b, 0xdd, 0x65, 0x11, 0xa, 97);
DEFINE_PROPERTYKEY(PKEY_SensorData_HumanPresence_HeadYaw, 0xc458f8a7, 0x4ae8, 0x4777, 0x96, 0x7, 0x2e, 0x9b, 0xdd, 0x65, 0x11, 0xa, 98);
DEFINE_PROPERTYKEY(PKEY_SensorData_Temperature_Celsius, 0xc458f8a7, 0x4ae8, 0x4777, 0x96, 0x7, 0x2e, 0x9b, 0xdd, 0x65, 0x11, 0xa, 101);
DEFINE_PROPERTYKEY(PKEY_SensorData_RelativeHumidity_Percent, 0xc458f8a7, 0x4ae8, 0x4777, 0x96, 0x7, 0x2e, 0x9b, 0xdd, 0x65, 0x11, 0xa, 102);
DEFINE_PROPERTYKEY(PKEY_SensorData_CustomValue0, 0xc458f8a7, 0x4ae8, 0x4777, 0x96, 0x7, 0x2e, 0x9b, 0xdd, 0x65, 0x11, 0xa, 160);
DEFINE_PROPERTYKEY(PKEY_SensorData_CustomValue1, 0xc458f8a7, 0x4ae8, 0x4777, 0x96, 0x7, 0x2e, 0x9b, 0xdd, 0x65, 0x11, 0xa, 161);
DEFINE_PROPERTYKEY(PKEY_SensorData_CustomValue2, 0xc458f8a7, 0x4ae8, 0x4777, 0x96, 0x7, 0x2e, 0x9b, 0xdd, 0x65, 0x11, 0xa, 162);
DEFINE_PROPERTYKEY(PKEY_SensorData_CustomValue3, 0xc458f8a7, 0x4ae8, 0x4777, 0x96, 0x7, 0x2e, 0x9b, 0xdd, 0x65, 0x11, 0xa, 163);
DEFINE_PROPERTYKEY(PKEY_SensorData_CustomValue4, 0xc458f8a7, 0x4ae8, 0x4777, 0x96, 0x7, 0x2e, 0x9b, 0xdd, 0x65, 0x11, 0xa, 164);
DEFINE_PROPERTYKEY(PKEY_SensorData_CustomValue5, 0xc458f8a7, 0x4ae8, 0x4777, 0x96, 0x7, 0x2e, 0x9b, 0xdd, 0x65, 0x11, 0xa, 165);
DEFINE_PROPERTYKEY(PKEY_SensorData_CustomValue6, 0xc458f8a7, 0x4ae8, 0x4777, 0x96, 0x7, 0x2e, 0x9b, 0xdd, 0x65, 0x11, 0xa, 166);
DEFINE_PROPERTYKEY(PKEY_SensorData_CustomValue7, 0xc458f8a7, 0x4ae8, 0x4777, 0x96, 0x7, 0x2e, 0x9b, 0xdd, 0x65, 0x11, 0xa, 167);
DEFINE_PROPERTYKEY(PKEY_SensorData_CustomValue8, 0xc458f8a7, 0x4ae8, 0x4777, 0x96, 0x7, 0x2e, 0x9b, 0xdd, 0x65, 0x11, 0xa, 168);
DEFINE_PROPERTYKEY(PKEY_SensorData_CustomValue9, 0xc458f8a7, 0x4ae8, 0x4777, 0x96, 0x7, 0x2e, 0x9b, 0xdd, 0x65, 0x11, 0xa, 169);
DEFINE_PROPERTYKEY(PKEY_SensorData_CustomValue10, 0xc458f8a7, 0x4ae8, 0x4777, 0x96, 0x7, 0x2e, 0x9b, 0xdd, 0x65, 0x11, 0xa, 170);
DEFINE_PROPERTYKEY(PKEY_SensorData_CustomValue11, 0xc458f8a7, 0x4ae8, 0x4777, 0x96, 0x7, 0x2e, 0x9b, 0xdd, 0x65, 0x11, 0xa, 171);
DEFINE_PROPERTYKEY(PKEY_SensorData_CustomValue12, 0xc458f8a7, 0x4ae8, 0x4777, 0x96, 0x7, 0x2e, 0x9b, 0xdd, 0x65, 0x11, 0xa, 172);
DEFINE_PROPERTYKEY(PKEY_SensorData_CustomValue13, 0xc458f8a7, 0x4ae8, 0x4777, 0x96, 0x7, 0x2e, 0x9b, 0xdd, 0x65, 0x11, 0xa, 173);
DEFINE_PROPERTYKEY(PKEY_SensorData_CustomValue14, 0xc458f8a7, 0x4ae8, 0x4777, 0x96, 0x7, 0x2e, 0x9b, 0xdd, 0x65, 0x11, 0xa, 174);
DEFINE_PROPERTYKEY(PKEY_SensorData_CustomValue15, 0xc458f8a7, 0x4ae8, 0x4777, 0x96, 0x7, 0x2e, 0x9b, 0xdd, 0x65, 0x11, 0xa, 175);
DEFINE_PROPERTYKEY(PKEY_SensorData_CustomValue16, 0xc458f8a7, 0x4ae8, 0x4777, 0x96, 0x7, 0x2e, 0x9b, 0xdd, 0x65, 0x11, 0xa, 176);
DEFINE_PROPERTYKEY(PKEY_SensorData_CustomValue17, 0xc458f8a7, 0x4ae8, 0x4777, 0x96, 0x7, 0x2e, 0x9b, 0xdd, 0x65, 0x11, 0xa, 177);
DEFINE_PROPERTYKEY(PKEY_SensorData_CustomValue18, 0xc458f8a7, 0x4ae8, 0x4777, 0x96, 0x7, 0x2e, 0x9b, 0xdd, 0x65, 0x11, 0xa, 178);
DEFINE_PROPERTYKEY(PKEY_SensorData_CustomValue19, 0xc458f8a7, 0x4ae8, 0x4777, 0x96, 0x7, 0x2e, 0x9b, 0xdd, 0x65, 0x11, 0xa, 179);
DEFINE_PROPERTYKEY(PKEY_SensorData_CustomValue20, 0xc458f8a7, 0x4ae8, 0x4777, 0x96, 0x7, 0x2e, 0x9b, 0xdd, 0x65, 0x11, 0xa, 180);
DEFINE_PROPERTYKEY(PKEY_SensorData_CustomValue21, 0xc458f8a7, 0x4ae8, 0x4777, 0x96, 0x7, 0x2e, 0x9b, 0xdd, 0x65, 0x11, 0xa, 181);
DEFINE_PROPERTYKEY(PKEY_SensorData_CustomValue22, 0xc458f8a7, 0x4ae8, 0x4777, 0x96, 0x7, 0x2e, 0x9b, 0xdd, 0x65, 0x11, 0xa, 182);
DEFINE_PROPERTYKEY(PKEY_SensorData_CustomValue23, 0xc458f8a7, 0x4ae8, 0x4777, 0x96, 0x7, 0x2e, 0x9b, 0xdd, 0x65, 0x11, 0xa, 183);
DEFINE_PROPERTYKEY(PKEY_SensorData_CustomValue24, 0xc458f8a7, 0x4ae8, 0x4777, 0x96, 0x7, 0x2e, 0x9b, 0xdd, 0x65, 0x11, 0xa, 184);
DEFINE_PROPERTYKEY(PKEY_SensorData_CustomValue25, 0xc458f8a7, 0x4ae8, 0x4777, 0x96, 0x7, 0x2e, 0x9b, 0xdd, 0x65, 0x11, 0xa, 185);
DEFINE_PROPERTYKEY(PKEY_SensorData_CustomValue26, 0xc458f8a7, 0x4ae8, 0x4777, 0x96, 0x7, 0x2e, 0x9b, 0xdd, 0x65, 0x11, 0xa, 186);
DEFINE_PROPERTYKEY(PKEY_SensorData_CustomValue27, 0xc458f8a7, 0x4ae8, 0x4777, 0x96, 0x7, 0x2e, 0x9b, 0xdd, 0x65, 0x11, 0xa, 187);
DEFINE_PROPERTYKEY(PKEY_SensorData_CustomValue28, 0xc458f8a7, 0x4ae8, 0x4777, 0x96, 0x7, 0x2e, 0x9b, 0xdd, 0x65, 0x11, 0xa, 188);
DEFINE_PROPERTYKEY(PKEY_SensorData_ElevationChangeMode, 0xc458f8a7, 0x4ae8, 0x4777, 0x96, 0x7, 0x2e, 0x9b, 0xdd, 0x65, 0x11, 0xa, 200);
DEFINE_PROPERTYKEY(PKEY_SensorData_CumulativeElevation_Meters, 0xc458f8a7, 0x4ae8, 0x4777, 0x96, 0x7, 0x2e, 0x9b, 0xdd, 0x65, 0x11, 0xa, 201);
DEFINE_PROPERTYKEY(PKEY_SensorData_CumulativeElevationFloorCount, 0xc458f8a7, 0x4ae8, 0x4777, 0x96, 0x7, 0x2e, 0x9b, 0xdd, 0x65, 0x11, 0xa, 202);
DEFINE_PROPERTYKEY(PKEY_SensorData_CumulativeElevationStepCount, 0xc458f8a7, 0x4ae8, 0x4777, 0x96, 0x7, 0x2e, 0x9b, 0xdd, 0x65, 0x11, 0xa, 203);
DEFINE_PROPERTYKEY(PKEY_SensorData_ElevationChange_Meters, 0xc458f8a7, 0x4ae8, 0x4777, 0x96, 0x7, 0x2e, 0x9b, 0xdd, 0x65, 0x11, 0xa, 204);
DEFINE_PROPERTYKEY(PKEY_SensorData_VerticalSpeed_MetersPerSecond, 0xc458f8a7, 0x4ae8, 0x4777, 0x96, 0x7, 0x2e, 0x9b, 0xdd, 0x65, 0x11, 0xa, 205);
DEFINE_PROPERTYKEY(PKEY_SensorData_ElevationChangeFloorCount, 0xc458f8a7, 0x4ae8, 0x4777, 0x96, 0x7, 0x2e, 0x9b, 0xdd, 0x65, 0x11, 0xa, 206);
DEFINE_PROPERTYKEY(PKEY_SensorData_HumanPresence_DetectedPersonsCount, 0xc458f8a7, 0x4ae8, 0x4777, 0x96, 0x7, 0x2e, 0x9b, 0xdd, 0x65, 0x11, 0xa, 210);
DEFINE_PROPERTYKEY(PKEY_SensorData_HumanPresence_DistanceMillimetersVector, 0xc458f8a7, 0x4ae8, 0x4777, 0x96, 0x7, 0x2e, 0x9b, 0xdd, 0x65, 0x11, 0xa, 211);
DEFINE_PROPERTYKEY(PKEY_SensorData_HumanPresence_AttentionVector, 0xc458f8a7, 0x4ae8, 0x4777, 0x96, 0x7, 0x2e, 0x9b, 0xdd, 0x65, 0x11, 0xa, 212);
DEFINE_PROPERTYKEY(PKEY_SensorData_HumanPresence_HeadAzimuthVector, 0xc458f8a7, 0x4ae8, 0x4777, 0x96, 0x7, 0x2e, 0x9b, 0xdd, 0x65, 0x11, 0xa, 213);
DEFINE_PROPERTYKEY(PKEY_SensorData_HumanPresence_HeadAltitudeVector, 0xc458f8a7, 0x4ae8, 0x4777, 0x96, 0x7, 0x2e, 0x9b, 0xdd, 0x65, 0x11, 0xa, 214);
DEFINE_PROPERTYKEY(PKEY_SensorData_HumanPresence_HeadRollVector, 0xc458f8a7, 0x4ae8, 0x4777, 0x96, 0x7, 0x2e, 0x9b, 0xdd, 0x65, 0x11, 0xa, 215);
DEFINE_PROPERTYKEY(PKEY_SensorData_HumanPresence_HeadPitchVector, 0xc458f8a7, 0x4ae8, 0x4777, 0x96, 0x7, 0x2e, 0x9b, 0xdd, 0x65, 0x11, 0xa, 216);
DEFINE_PROPERTYKEY(PKEY_SensorData_HumanPresence_HeadYawVector, 0xc458f8a7, 0x4ae8, 0x4777, 0x96, 0x7, 0x2e, 0x9b, 0xdd, 0x65, 0x11, 0xa, 217);
DEFINE_PROPERTYKEY(PKEY_SensorData_HumanPresence_PersonIdVector, 0xc458f8a7, 0x4ae8, 0x4777, 0x96, 0x7, 0x2e, 0x9b, 0xdd, 0x65, 0x11, 0xa, 218);
DEFINE_PROPERTYKEY(PKEY_SensorData_HingeAngle, 0xc458f8a7, 0x4ae8, 0x4777, 0x96, 0x7, 0x2e, 0x9b, 0xdd, 0x65, 0x11, 0xa, 300);
typedef enum ACTIVITY_STATE_COUNT {
	ActivityStateCount = 8,
} ACTIVITY_STATE_COUNT;
typedef enum ELEVATION_CHANGE_MODE {
	ElevationChangeMode_Unknown = 0,
	ElevationChangeMode_Elevator,
	ElevationChangeMode_Stepping,
	ElevationChangeMode_Max,
	ElevationChangeMode_Force_Dword = 0xFFFFFFFF,
} ELEVATION_CHANGE_MODE;
typedef enum PEDOMETER_STEP_TYPE_COUNT {
	PedometerStepTypeCount = 3,
} PEDOMETER_STEP_TYPE_COUNT;
typedef enum HUMAN_PRESENCE_DETECTION_TYPE_COUNT {
	HumanPresenceDetectionTypeCount = 4,
} HUMAN_PRESENCE_DETECTION_TYPE_COUNT;
typedef enum HUMAN_PRESENCE_DETECTION_TYPE {
	HumanPresenceDetectionType_Undefined = 0x00000000,
	HumanPresenceDetectionType_VendorDefinedNonBiometric = 0x00000001,
	HumanPresenceDetectionType_VendorDefinedBiometric = 0x00000002,
	HumanPresenceDetectionType_FacialBiometric = 0x00000004,
	HumanPresenceDetectionType_AudioBiometric = 0x00000008,
	HumanPresenceDetectionType_Force_Dword = 0xFFFFFFFF,
} HUMAN_PRESENCE_DETECTION_TYPE;
typedef enum PROXIMITY_SENSOR_CAPABILITIES {
	Proximity_Sensor_Human_Presence_Capable = 0x0001,
	Proximity_Sensor_Human_Engagement_Capable = 0x0002,
	Proximity_Sensor_Human_Head_Azimuth_Capable = 0x0004,
	Proximity_Sensor_Human_Head_Altitude_Capable = 0x0008,
	Proximity_Sensor_Human_Head_Roll_Capable = 0x0010,
	Proximity_Sensor_Human_Head_Pitch_Capable = 0x0020,
	Proximity_Sensor_Human_Head_Yaw_Capable = 0x0040,
	Proximity_Sensor_Human_Identification_Capable = 0x0080,
	Proximity_Sensor_Multi_Person_Detection_Capable = 0x0100,
	Proximity_Sensor_Supported_Capabilities = 0x01FF,
} PROXIMITY_SENSOR_CAPABILITIES;
ULONG SENSOR_COLLECTION_LIST_CALCULATE_MAX_COUNT(PSENSOR_COLLECTION_LIST pCollectionList);
ULONG SENSOR_PROPERTY_LIST_CALCULATE_MAX_COUNT(PSENSOR_PROPERTY_LIST pPropertyList);

DRISO_EXTERN_C_END
#endif
