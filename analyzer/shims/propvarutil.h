/*
 * driso shim: propvarutil.h (wraps mingw-w64's).
 *
 * Adds the PROPVARIANT / VARIANT helpers of the SDK's propvarutil.h that
 * mingw's lacks: the vector initializers (InitPropVariantFrom*Vector),
 * the PropVariantTo*Vector(Alloc) / PropVariantGet*Elem and
 * VariantTo*Array(Alloc) / VariantGet*Elem families, PropVariantToBSTR,
 * PropVariantToFileTime, PSTIME_FLAGS, PropVariantCompare,
 * (de)serialization and the other routines listed below (the SDK's
 * inline ones as prototypes).
 *
 * Provenance: names and parameter lists from Microsoft's Win32 API
 * metadata (microsoft/win32metadata, MIT licence), transcribed by a
 * one-off script.
 */
#include_next <propvarutil.h>
#ifndef DRISO_SHIM_PROPVARUTIL_H
#define DRISO_SHIM_PROPVARUTIL_H
#ifndef PSSTDAPI
#define PSSTDAPI EXTERN_C DECLSPEC_IMPORT HRESULT STDAPICALLTYPE
#endif
enum tagPSTIME_FLAGS {
	PSTF_UTC = 0x00000000,
	PSTF_LOCAL = 0x00000001,
};
typedef int PSTIME_FLAGS;
PSSTDAPI InitPropVariantFromResource(HINSTANCE hinst, UINT id, PROPVARIANT *ppropvar);
PSSTDAPI InitPropVariantFromPropVariantVectorElem(REFPROPVARIANT propvarIn, ULONG iElem, PROPVARIANT *ppropvar);
PSSTDAPI InitPropVariantVectorFromPropVariant(REFPROPVARIANT propvarSingle, PROPVARIANT *ppropvarVector);
PSSTDAPI InitPropVariantFromStrRet(STRRET *pstrret, PCUITEMID_CHILD pidl, PROPVARIANT *ppropvar);
PSSTDAPI InitPropVariantFromBooleanVector(const BOOL *prgf, ULONG cElems, PROPVARIANT *ppropvar);
PSSTDAPI InitPropVariantFromInt16Vector(const SHORT *prgn, ULONG cElems, PROPVARIANT *ppropvar);
PSSTDAPI InitPropVariantFromUInt16Vector(const USHORT *prgn, ULONG cElems, PROPVARIANT *ppropvar);
PSSTDAPI InitPropVariantFromInt32Vector(const LONG *prgn, ULONG cElems, PROPVARIANT *ppropvar);
PSSTDAPI InitPropVariantFromUInt32Vector(const ULONG *prgn, ULONG cElems, PROPVARIANT *ppropvar);
PSSTDAPI InitPropVariantFromInt64Vector(const LONGLONG *prgn, ULONG cElems, PROPVARIANT *ppropvar);
PSSTDAPI InitPropVariantFromUInt64Vector(const ULONGLONG *prgn, ULONG cElems, PROPVARIANT *ppropvar);
PSSTDAPI InitPropVariantFromDoubleVector(const DOUBLE *prgn, ULONG cElems, PROPVARIANT *ppropvar);
PSSTDAPI InitPropVariantFromFileTimeVector(const FILETIME *prgft, ULONG cElems, PROPVARIANT *ppropvar);
PSSTDAPI InitPropVariantFromStringVector(PCWSTR *prgsz, ULONG cElems, PROPVARIANT *ppropvar);
PSSTDAPI InitPropVariantFromStringAsVector(PCWSTR psz, PROPVARIANT *ppropvar);
PSSTDAPI PropVariantToBSTR(REFPROPVARIANT propvar, BSTR *pbstrOut);
PSSTDAPI PropVariantToStrRet(REFPROPVARIANT propvar, STRRET *pstrret);
PSSTDAPI PropVariantToFileTime(REFPROPVARIANT propvar, PSTIME_FLAGS pstfOut, FILETIME* pftOut);
HRESULT PropVariantToCLSID(REFPROPVARIANT propvar, CLSID *pclsid);
PSSTDAPI PropVariantToBooleanVector(REFPROPVARIANT propvar, BOOL *prgf, ULONG crgf, ULONG *pcElem);
PSSTDAPI PropVariantToInt16Vector(REFPROPVARIANT propvar, SHORT *prgn, ULONG crgn, ULONG *pcElem);
PSSTDAPI PropVariantToUInt16Vector(REFPROPVARIANT propvar, USHORT *prgn, ULONG crgn, ULONG *pcElem);
PSSTDAPI PropVariantToInt32Vector(REFPROPVARIANT propvar, LONG *prgn, ULONG crgn, ULONG *pcElem);
PSSTDAPI PropVariantToUInt32Vector(REFPROPVARIANT propvar, ULONG *prgn, ULONG crgn, ULONG *pcElem);
PSSTDAPI PropVariantToInt64Vector(REFPROPVARIANT propvar, LONGLONG *prgn, ULONG crgn, ULONG *pcElem);
PSSTDAPI PropVariantToUInt64Vector(REFPROPVARIANT propvar, ULONGLONG *prgn, ULONG crgn, ULONG *pcElem);
PSSTDAPI PropVariantToDoubleVector(REFPROPVARIANT propvar, DOUBLE *prgn, ULONG crgn, ULONG *pcElem);
PSSTDAPI PropVariantToFileTimeVector(REFPROPVARIANT propvar, FILETIME *prgft, ULONG crgft, ULONG *pcElem);
PSSTDAPI PropVariantToStringVector(REFPROPVARIANT propvar, PWSTR *prgsz, ULONG crgsz, ULONG *pcElem);
PSSTDAPI PropVariantToBooleanVectorAlloc(REFPROPVARIANT propvar, BOOL **pprgf, ULONG *pcElem);
PSSTDAPI PropVariantToInt16VectorAlloc(REFPROPVARIANT propvar, SHORT **pprgn, ULONG *pcElem);
PSSTDAPI PropVariantToUInt16VectorAlloc(REFPROPVARIANT propvar, USHORT **pprgn, ULONG *pcElem);
PSSTDAPI PropVariantToInt32VectorAlloc(REFPROPVARIANT propvar, LONG **pprgn, ULONG *pcElem);
PSSTDAPI PropVariantToUInt32VectorAlloc(REFPROPVARIANT propvar, ULONG **pprgn, ULONG *pcElem);
PSSTDAPI PropVariantToInt64VectorAlloc(REFPROPVARIANT propvar, LONGLONG **pprgn, ULONG *pcElem);
PSSTDAPI PropVariantToUInt64VectorAlloc(REFPROPVARIANT propvar, ULONGLONG **pprgn, ULONG *pcElem);
PSSTDAPI PropVariantToDoubleVectorAlloc(REFPROPVARIANT propvar, DOUBLE **pprgn, ULONG *pcElem);
PSSTDAPI PropVariantToFileTimeVectorAlloc(REFPROPVARIANT propvar, FILETIME **pprgft, ULONG *pcElem);
PSSTDAPI PropVariantToStringVectorAlloc(REFPROPVARIANT propvar, PWSTR **pprgsz, ULONG *pcElem);
PSSTDAPI PropVariantGetBooleanElem(REFPROPVARIANT propvar, ULONG iElem, BOOL *pfVal);
PSSTDAPI PropVariantGetInt16Elem(REFPROPVARIANT propvar, ULONG iElem, SHORT *pnVal);
PSSTDAPI PropVariantGetUInt16Elem(REFPROPVARIANT propvar, ULONG iElem, USHORT *pnVal);
PSSTDAPI PropVariantGetInt32Elem(REFPROPVARIANT propvar, ULONG iElem, LONG *pnVal);
PSSTDAPI PropVariantGetUInt32Elem(REFPROPVARIANT propvar, ULONG iElem, ULONG *pnVal);
PSSTDAPI PropVariantGetInt64Elem(REFPROPVARIANT propvar, ULONG iElem, LONGLONG *pnVal);
PSSTDAPI PropVariantGetUInt64Elem(REFPROPVARIANT propvar, ULONG iElem, ULONGLONG *pnVal);
PSSTDAPI PropVariantGetDoubleElem(REFPROPVARIANT propvar, ULONG iElem, DOUBLE *pnVal);
PSSTDAPI PropVariantGetFileTimeElem(REFPROPVARIANT propvar, ULONG iElem, FILETIME *pftVal);
PSSTDAPI PropVariantGetStringElem(REFPROPVARIANT propvar, ULONG iElem, PWSTR *ppszVal);
HRESULT PropVariantGetElem(REFPROPVARIANT propvarIn, ULONG iElem, PROPVARIANT *ppropvar);
#define PVCF_DIGITSASNUMBERS_CASESENSITIVE ((enum tagPROPVAR_COMPARE_FLAGS)0x20)
int PropVariantCompare(REFPROPVARIANT propvar1, REFPROPVARIANT propvar2);
PSSTDAPI PropVariantToVariant(const PROPVARIANT *pPropVar, VARIANT *pVar);
PSSTDAPI VariantToPropVariant(const VARIANT* pVar, PROPVARIANT* pPropVar);
PSSTDAPI StgSerializePropVariant(const PROPVARIANT* ppropvar, SERIALIZEDPROPERTYVALUE** ppProp, ULONG* pcb);
PSSTDAPI StgDeserializePropVariant(const SERIALIZEDPROPERTYVALUE* pprop, ULONG cbMax, PROPVARIANT* ppropvar);
BOOL IsVarTypeFloat(VARTYPE vt);
BOOL IsVariantArray(REFVARIANT var);
BOOL IsVariantString(REFVARIANT var);
BOOL IsVarTypeNumber(VARTYPE vt);
BOOL IsVarTypeInteger(VARTYPE vt);
PSSTDAPI InitVariantFromResource(HINSTANCE hinst, UINT id, VARIANT *pvar);
PSSTDAPI InitVariantFromFileTime(const FILETIME *pft, VARIANT *pvar);
PSSTDAPI InitVariantFromFileTimeArray(const FILETIME *prgft, ULONG cElems, VARIANT *pvar);
PSSTDAPI InitVariantFromStrRet(STRRET *pstrret, PCUITEMID_CHILD pidl, VARIANT *pvar);
PSSTDAPI InitVariantFromVariantArrayElem(REFVARIANT varIn, ULONG iElem, VARIANT *pvar);
PSSTDAPI InitVariantFromBooleanArray(const BOOL *prgf, ULONG cElems, VARIANT *pvar);
PSSTDAPI InitVariantFromInt16Array(const SHORT *prgn, ULONG cElems, VARIANT *pvar);
PSSTDAPI InitVariantFromUInt16Array(const USHORT *prgn, ULONG cElems, VARIANT *pvar);
PSSTDAPI InitVariantFromInt32Array(const LONG *prgn, ULONG cElems, VARIANT *pvar);
PSSTDAPI InitVariantFromUInt32Array(const ULONG *prgn, ULONG cElems, VARIANT *pvar);
PSSTDAPI InitVariantFromInt64Array(const LONGLONG *prgn, ULONG cElems, VARIANT *pvar);
PSSTDAPI InitVariantFromUInt64Array(const ULONGLONG *prgn, ULONG cElems, VARIANT *pvar);
PSSTDAPI InitVariantFromDoubleArray(const DOUBLE *prgn, ULONG cElems, VARIANT *pvar);
PSSTDAPI InitVariantFromStringArray(PCWSTR *prgsz, ULONG cElems, VARIANT *pvar);
HRESULT InitVariantFromBoolean(BOOL fVal, VARIANT *pvar);
HRESULT InitVariantFromInt16(SHORT iVal, VARIANT *pvar);
HRESULT InitVariantFromUInt16(USHORT uiVal, VARIANT *pvar);
HRESULT InitVariantFromInt32(LONG lVal, VARIANT *pvar);
HRESULT InitVariantFromUInt32(ULONG ulVal, VARIANT *pvar);
HRESULT InitVariantFromInt64(LONGLONG llVal, VARIANT *pvar);
HRESULT InitVariantFromUInt64(ULONGLONG ullVal, VARIANT *pvar);
HRESULT InitVariantFromDouble(DOUBLE dblVal, VARIANT *pvar);
HRESULT InitVariantFromString(PCWSTR psz, VARIANT *pvar);
HRESULT InitVariantFromDispatch(IDispatch* pdisp, VARIANT *pvar);
HRESULT InitVariantFromDosDateTime(WORD wDate, WORD wTime, VARIANT *pvar);
HRESULT InitVariantFromGUIDAsBuffer(REFGUID guid, VARIANT *pvar);
HRESULT InitVariantFromUnknown(IUnknown *unknown, VARIANT* variant);
PSSTDAPI VariantToBoolean(REFVARIANT varIn, BOOL *pfRet);
PSSTDAPI VariantToInt16(REFVARIANT varIn, SHORT *piRet);
PSSTDAPI VariantToUInt16(REFVARIANT varIn, USHORT *puiRet);
PSSTDAPI VariantToInt32(REFVARIANT varIn, LONG *plRet);
PSSTDAPI VariantToUInt32(REFVARIANT varIn, ULONG *pulRet);
PSSTDAPI VariantToInt64(REFVARIANT varIn, LONGLONG *pllRet);
PSSTDAPI VariantToUInt64(REFVARIANT varIn, ULONGLONG *pullRet);
PSSTDAPI VariantToDouble(REFVARIANT varIn, DOUBLE *pdblRet);
PSSTDAPI VariantToBuffer(REFVARIANT varIn, void *pv, UINT cb);
PSSTDAPI VariantToString(REFVARIANT varIn, PWSTR pszBuf, UINT cchBuf);
PSSTDAPI VariantToStringAlloc(REFVARIANT varIn, PWSTR *ppszBuf);
PSSTDAPI VariantToDosDateTime(REFVARIANT varIn, WORD *pwDate, WORD *pwTime);
PSSTDAPI VariantToStrRet(REFVARIANT varIn, STRRET *pstrret);
PSSTDAPI VariantToFileTime(REFVARIANT varIn, PSTIME_FLAGS stfOut, FILETIME* pftOut);
PSSTDAPI VariantToBooleanArray(REFVARIANT var, BOOL *prgf, ULONG crgn, ULONG *pcElem);
PSSTDAPI VariantToInt16Array(REFVARIANT var, SHORT *prgn, ULONG crgn, ULONG *pcElem);
PSSTDAPI VariantToUInt16Array(REFVARIANT var, USHORT *prgn, ULONG crgn, ULONG *pcElem);
PSSTDAPI VariantToInt32Array(REFVARIANT var, LONG *prgn, ULONG crgn, ULONG *pcElem);
PSSTDAPI VariantToUInt32Array(REFVARIANT var, ULONG *prgn, ULONG crgn, ULONG *pcElem);
PSSTDAPI VariantToInt64Array(REFVARIANT var, LONGLONG *prgn, ULONG crgn, ULONG *pcElem);
PSSTDAPI VariantToUInt64Array(REFVARIANT var, ULONGLONG *prgn, ULONG crgn, ULONG *pcElem);
PSSTDAPI VariantToDoubleArray(REFVARIANT var, DOUBLE *prgn, ULONG crgn, ULONG *pcElem);
PSSTDAPI VariantToStringArray(REFVARIANT var, PWSTR *prgsz, ULONG crgsz, ULONG *pcElem);
PSSTDAPI VariantToBooleanArrayAlloc(REFVARIANT var, BOOL **pprgf, ULONG *pcElem);
PSSTDAPI VariantToInt16ArrayAlloc(REFVARIANT var, SHORT **pprgn, ULONG *pcElem);
PSSTDAPI VariantToUInt16ArrayAlloc(REFVARIANT var, USHORT **pprgn, ULONG *pcElem);
PSSTDAPI VariantToInt32ArrayAlloc(REFVARIANT var, LONG **pprgn, ULONG *pcElem);
PSSTDAPI VariantToUInt32ArrayAlloc(REFVARIANT var, ULONG **pprgn, ULONG *pcElem);
PSSTDAPI VariantToInt64ArrayAlloc(REFVARIANT var, LONGLONG **pprgn, ULONG *pcElem);
PSSTDAPI VariantToUInt64ArrayAlloc(REFVARIANT var, ULONGLONG **pprgn, ULONG *pcElem);
PSSTDAPI VariantToDoubleArrayAlloc(REFVARIANT var, DOUBLE **pprgn, ULONG *pcElem);
PSSTDAPI VariantToStringArrayAlloc(REFVARIANT var, PWSTR **pprgsz, ULONG *pcElem);
PSSTDAPI VariantGetBooleanElem(REFVARIANT var, ULONG iElem, BOOL *pfVal);
PSSTDAPI VariantGetInt16Elem(REFVARIANT var, ULONG iElem, SHORT *pnVal);
PSSTDAPI VariantGetUInt16Elem(REFVARIANT var, ULONG iElem, USHORT *pnVal);
PSSTDAPI VariantGetInt32Elem(REFVARIANT var, ULONG iElem, LONG *pnVal);
PSSTDAPI VariantGetUInt32Elem(REFVARIANT var, ULONG iElem, ULONG *pnVal);
PSSTDAPI VariantGetInt64Elem(REFVARIANT var, ULONG iElem, LONGLONG *pnVal);
PSSTDAPI VariantGetUInt64Elem(REFVARIANT var, ULONG iElem, ULONGLONG *pnVal);
PSSTDAPI VariantGetDoubleElem(REFVARIANT var, ULONG iElem, DOUBLE *pnVal);
PSSTDAPI VariantGetStringElem(REFVARIANT var, ULONG iElem, PWSTR *ppszVal);
HRESULT VariantGetElem(REFVARIANT varIn, ULONG iElem, VARIANT *pvar);
typedef enum DRAWPROGRESSFLAGS {
	DPF_NONE = 0x0,
	DPF_MARQUEE = 0x1,
	DPF_MARQUEE_COMPLETE = 0x2,
	DPF_ERROR = 0x4,
	DPF_WARNING = 0x8,
	DPF_STOPPED = 0x10,
} DRAWPROGRESSFLAGS;
BOOL IsVarTypeSignedInteger(VARTYPE vt);
BOOL IsVarTypeUnsignedInteger(VARTYPE vt);
#endif
