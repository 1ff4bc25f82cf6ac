/*
 * driso shim: sensorsstructures.h (SensorsStructures.h, shared SDK
 * header): VEC3D, MATRIX3X3, QUATERNION and AXIS, the 3D types of the
 * sensor helper headers (sensorsutils.h includes it, Math3DHelper.h
 * builds on it). Member order and values from Microsoft's Win32 API
 * metadata (microsoft/win32metadata, MIT licence).
 */
#ifndef DRISO_SHIM_SENSORSSTRUCTURES_H
#define DRISO_SHIM_SENSORSSTRUCTURES_H
#define _SENSORS_STRUCTURES
typedef struct {
	float X;
	float Y;
	float Z;
} VEC3D, *PVEC3D;
typedef struct {
	union {
		struct {
			float A11;
			float A12;
			float A13;
			float A21;
			float A22;
			float A23;
			float A31;
			float A32;
			float A33;
		};
		struct {
			VEC3D V1;
			VEC3D V2;
			VEC3D V3;
		};
		float M[3][3];
	};
} MATRIX3X3, *PMATRIX3X3;
typedef struct {
	float X;
	float Y;
	float Z;
	float W;
} QUATERNION, *PQUATERNION;
typedef enum {
	AXIS_X = 0,
	AXIS_Y,
	AXIS_Z,
	AXIS_MAX,
} AXIS, *PAXIS;
#endif
