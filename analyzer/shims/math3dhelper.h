/*
 * driso shim: math3dhelper.h (Math3DHelper.h, shared SDK header used by
 * sensor fusion drivers): the C++ vector, matrix and quaternion helper
 * classes CVEC3D, CMATRIX3X3 and CQUATERNION over the SensorsStructures.h
 * types, and the PI / DegToRadRatio / RadToDegRatio / FLOAT_TOLERANCE
 * constants. The SDK defines every member inline; here they are declared
 * only (constructors, operators and methods with their parameter lists
 * as in Microsoft's Win32 API metadata, microsoft/win32metadata, MIT
 * licence, transcribed by a one-off script).
 */
#ifndef DRISO_SHIM_MATH3DHELPER_H
#define DRISO_SHIM_MATH3DHELPER_H
#ifdef __cplusplus

#include "sensorsstructures.h"

static const float PI = (3.14159265f);
static const float DegToRadRatio = (PI / 180.0f);
static const float RadToDegRatio = (180.0f / PI);
static const float FLOAT_TOLERANCE = (0.00001f);

float RealModulo(float x, float y);
bool FloatEq(float x, float y);

class CVEC3D : public VEC3D {
public:
	CVEC3D(void);
	~CVEC3D(void);
	CVEC3D(const VEC3D& _V);
	CVEC3D(float _X, float _Y, float _Z);
	CVEC3D& operator += (const CVEC3D& _V);
	CVEC3D& operator -= (const CVEC3D& _V);
	CVEC3D& operator *= (const float _F);
	CVEC3D& operator /= (const float _F);
	CVEC3D operator - () const;
	CVEC3D operator + (const CVEC3D& _V) const;
	CVEC3D operator - (const CVEC3D& _V) const;
	CVEC3D operator * (float _F) const;
	CVEC3D operator / (float _F) const;
	bool operator == (const CVEC3D& _V) const;
	bool operator != (const CVEC3D& _V) const;
	CVEC3D& operator = (const CVEC3D& _V);
	void Clear (void);
	CVEC3D CrossProduct (const CVEC3D& _V) const;
	float DotProduct (const CVEC3D& _V) const;
	float Magnitude (void);
	void Normalize (void);
	CVEC3D AngularDiff (const CVEC3D& _V) const;
	CVEC3D RotateAngleByAxis (const float AngleInRad, const VEC3D ReferenceAxis);
	bool HasNAN (void);
	void LowPassFilter (const CVEC3D& _V, float Coefficient);
};
class CMATRIX3X3 : public MATRIX3X3 {
public:
	CMATRIX3X3(void);
	~CMATRIX3X3(void);
	CMATRIX3X3(const MATRIX3X3& _M);
	CMATRIX3X3(const VEC3D& _Vx, const VEC3D& _Vy, const VEC3D& _Vz);
	CMATRIX3X3(float _A11, float _A12, float _A13, float _A21, float _A22, float _A23, float _A31, float _A32, float _A33);
	CMATRIX3X3 operator *= (const CMATRIX3X3& _M);
	CMATRIX3X3& operator += (const CMATRIX3X3& _M);
	CMATRIX3X3& operator -= (const CMATRIX3X3& _M);
	CMATRIX3X3& operator *= (float _F);
	CMATRIX3X3& operator /= (float _F);
	CMATRIX3X3 operator - () const;
	CMATRIX3X3 operator * (const CMATRIX3X3& _M) const;
	CMATRIX3X3 operator + (const CMATRIX3X3& _M) const;
	CMATRIX3X3 operator - (const CMATRIX3X3& _M) const;
	CMATRIX3X3 operator * (float _F) const;
	CMATRIX3X3 operator / (float _F) const;
	bool operator == (const CMATRIX3X3& _M) const;
	bool operator != (const CMATRIX3X3& _M) const;
	CMATRIX3X3& operator = (const CMATRIX3X3& _M);
	void InitialPosition (void);
	void Clear (void);
	void SetToIdentity (void);
	CMATRIX3X3 Transpose (void) const;
	CVEC3D operator * (const CVEC3D &_V) const;
	QUATERNION ToQuaternion (void);
	VEC3D ToEulerAngle (void);
};
class CQUATERNION : public QUATERNION {
public:
	CQUATERNION(void);
	~CQUATERNION(void);
	CQUATERNION(const QUATERNION& _Q);
	CQUATERNION(float _W, float _X, float _Y, float _Z);
	CQUATERNION(float AngleInRad, VEC3D Axis);
	CQUATERNION operator *= (const CQUATERNION& _Q);
	CQUATERNION& operator *= (const float _F);
	CQUATERNION& operator /= (const float _F);
	CQUATERNION& operator += (const CQUATERNION& _Q);
	CQUATERNION& operator -= (const CQUATERNION& _Q);
	CQUATERNION operator - () const;
	CQUATERNION operator * (const CQUATERNION& _Q) const;
	CQUATERNION operator * (float _F) const;
	CQUATERNION operator / (float _F) const;
	CQUATERNION operator + (const CQUATERNION& _Q) const;
	CQUATERNION operator - (const CQUATERNION& _Q) const;
	bool operator == (const CQUATERNION& _Q) const;
	bool operator != (const CQUATERNION& _Q) const;
	CQUATERNION& operator = (const CQUATERNION& _Q);
	CQUATERNION Conjugate (void) const;
	float Magnitude (void);
	void Normalize (void);
	void InitialPosition (void);
	void Clear (void);
	float ToAngleAxis (PVEC3D pAxis);
	MATRIX3X3 ToMatrix (void);
	CQUATERNION RotateAngleByAxis (const float AngleInRad, const VEC3D Axis);
	CQUATERNION RotateAngleByGravity (const float AngleInRad);
};

#endif /* __cplusplus */
#endif
