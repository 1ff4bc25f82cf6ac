/*
 * driso shim: atlsafe.h (ATL). See atldef.h for what driso's ATL stand-in
 * is. CComSafeArray (a SAFEARRAY of one automation type),
 * CComSafeArrayBound and the _ATL_AutomationType traits that map a C++
 * element type to its VARTYPE, from the Learn ATL class reference; members
 * are declared, not defined.
 * C++ only.
 */
#ifndef DRISO_SHIM_ATLSAFE_H
#define DRISO_SHIM_ATLSAFE_H
#include "atlbase.h"
#ifdef __cplusplus
#include <oleauto.h>

namespace ATL {

/* Element type -> VARTYPE (and the type GetAt hands out) */
template <typename T> struct _ATL_AutomationType {
};
#define DRISO_ATL_AUTOMATION_TYPE(cpptype, wrapper, vartype) \
	template <> struct _ATL_AutomationType<cpptype> { \
		typedef wrapper _typewrapper; \
		enum { type = vartype }; \
		static void *GetT(const cpptype &t) throw(); \
	};
DRISO_ATL_AUTOMATION_TYPE(CHAR, CHAR, VT_I1)
DRISO_ATL_AUTOMATION_TYPE(BYTE, BYTE, VT_UI1)
DRISO_ATL_AUTOMATION_TYPE(SHORT, SHORT, VT_I2)
DRISO_ATL_AUTOMATION_TYPE(USHORT, USHORT, VT_UI2)
DRISO_ATL_AUTOMATION_TYPE(INT, INT, VT_I4)
DRISO_ATL_AUTOMATION_TYPE(UINT, UINT, VT_UI4)
DRISO_ATL_AUTOMATION_TYPE(LONG, LONG, VT_I4)
DRISO_ATL_AUTOMATION_TYPE(ULONG, ULONG, VT_UI4)
DRISO_ATL_AUTOMATION_TYPE(LONGLONG, LONGLONG, VT_I8)
DRISO_ATL_AUTOMATION_TYPE(ULONGLONG, ULONGLONG, VT_UI8)
DRISO_ATL_AUTOMATION_TYPE(FLOAT, FLOAT, VT_R4)
DRISO_ATL_AUTOMATION_TYPE(DOUBLE, DOUBLE, VT_R8)
DRISO_ATL_AUTOMATION_TYPE(DECIMAL, DECIMAL, VT_DECIMAL)
DRISO_ATL_AUTOMATION_TYPE(VARIANT, CComVariant, VT_VARIANT)
DRISO_ATL_AUTOMATION_TYPE(CY, CY, VT_CY)
DRISO_ATL_AUTOMATION_TYPE(BSTR, CComBSTR, VT_BSTR)
DRISO_ATL_AUTOMATION_TYPE(LPUNKNOWN, CComPtr<IUnknown>, VT_UNKNOWN)
DRISO_ATL_AUTOMATION_TYPE(LPDISPATCH, CComPtr<IDispatch>, VT_DISPATCH)
#undef DRISO_ATL_AUTOMATION_TYPE

class CComSafeArrayBound : public SAFEARRAYBOUND {
public:
	CComSafeArrayBound(ULONG ulCount = 0, LONG lLowerBound = 0) throw();
	CComSafeArrayBound &operator=(const CComSafeArrayBound &bound) throw();
	CComSafeArrayBound &operator=(ULONG ulCount) throw();
	ULONG GetCount() const throw();
	ULONG SetCount(ULONG ulCount) throw();
	LONG GetLowerBound() const throw();
	LONG SetLowerBound(LONG lLowerBound) throw();
	LONG GetUpperBound() const throw();
};

template <typename T, VARTYPE _vartype = _ATL_AutomationType<T>::type> class CComSafeArray {
public:
	typedef typename _ATL_AutomationType<T>::_typewrapper _ATL_TYPEWRAPPER;
	LPSAFEARRAY m_psa;

	CComSafeArray() throw();
	CComSafeArray(const SAFEARRAYBOUND &bound);
	CComSafeArray(ULONG ulCount, LONG lLBound = 0);
	CComSafeArray(const SAFEARRAYBOUND *pBound, UINT uDims = 1);
	CComSafeArray(const CComSafeArray &saSrc);
	CComSafeArray(const SAFEARRAY &saSrc);
	CComSafeArray(const SAFEARRAY *psaSrc);
	~CComSafeArray() throw();

	HRESULT Attach(const SAFEARRAY *psaSrc);
	LPSAFEARRAY Detach();
	HRESULT Create(const SAFEARRAYBOUND *pBound, UINT uDims = 1);
	HRESULT Create(ULONG ulCount = 0, LONG lLBound = 0);
	HRESULT Destroy();
	HRESULT CopyFrom(LPSAFEARRAY psaSrc);
	HRESULT CopyTo(LPSAFEARRAY *ppArray);
	HRESULT Resize(ULONG ulCount, LONG lLBound = 0);
	HRESULT Resize(const SAFEARRAYBOUND *pBound);
	HRESULT Add(const SAFEARRAY *psaSrc);
	HRESULT Add(ULONG ulCount, const T *pT, BOOL bCopy = TRUE);
	HRESULT Add(const T &t, BOOL bCopy = TRUE);

	ULONG GetCount(UINT uDim = 0) const;
	UINT GetDimensions() const;
	LONG GetLowerBound(UINT uDim = 0) const;
	LONG GetUpperBound(UINT uDim = 0) const;
	LPSAFEARRAY *GetSafeArrayPtr() throw();
	static VARTYPE GetType();
	bool IsSizable() const;

	const typename _ATL_AutomationType<T>::_typewrapper &GetAt(LONG lIndex) const;
	typename _ATL_AutomationType<T>::_typewrapper &GetAt(LONG lIndex);
	HRESULT SetAt(LONG lIndex, const T &t, BOOL bCopy = TRUE);
	HRESULT MultiDimGetAt(const LONG *alIndex, T &t);
	HRESULT MultiDimSetAt(const LONG *alIndex, const T &t);

	const typename _ATL_AutomationType<T>::_typewrapper &operator[](int nIndex) const;
	typename _ATL_AutomationType<T>::_typewrapper &operator[](int nIndex);
	const typename _ATL_AutomationType<T>::_typewrapper &operator[](LONG nIndex) const;
	typename _ATL_AutomationType<T>::_typewrapper &operator[](LONG nIndex);
	operator const SAFEARRAY *() const throw();
	operator LPSAFEARRAY() throw();
	CComSafeArray<T> &operator=(const CComSafeArray &saSrc);
	CComSafeArray<T> &operator=(const SAFEARRAY *psaSrc);
};

} /* namespace ATL */

#endif /* __cplusplus */
#endif
