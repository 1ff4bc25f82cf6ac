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

DRISO_EXTERN_C_END
#endif
