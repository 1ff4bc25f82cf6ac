/*
 * driso shim: atlcomcli.h (ATL). COM client smart types: CComPtrBase,
 * CComPtr, CComQIPtr, CComBSTR, CComVariant, CComDispatchDriver,
 * AtlComPtrAssign/AtlComQIPtrAssign, AtlAdvise/AtlUnadvise, declared from
 * the Learn ATL reference; see atldef.h. C++ only.
 */
#ifndef DRISO_SHIM_ATLCOMCLI_H
#define DRISO_SHIM_ATLCOMCLI_H
#include "atldef.h"
#ifdef __cplusplus
namespace ATL {
ATLAPI_(IUnknown *) AtlComPtrAssign(IUnknown **pp, IUnknown *lp);
ATLAPI_(IUnknown *) AtlComQIPtrAssign(IUnknown **pp, IUnknown *lp, REFIID riid);
ATLAPI AtlAdvise(IUnknown *pUnkCP, IUnknown *pUnk, const IID &iid, LPDWORD pdw);
ATLAPI AtlUnadvise(IUnknown *pUnkCP, const IID &iid, DWORD dw);
ATLAPI AtlFreeMarshalStream(IStream *pStream);
ATLAPI AtlMarshalPtrInProc(IUnknown *pUnk, const IID &iid, IStream **ppStream);
ATLAPI AtlUnmarshalPtr(IStream *pStream, const IID &iid, IUnknown **ppUnk);
ATLAPI_(BOOL) AtlWaitWithMessageLoop(HANDLE hEvent);
ATLAPI AtlSetErrorInfo(const CLSID &clsid, LPCOLESTR lpszDesc, DWORD dwHelpID, LPCOLESTR lpszHelpFile,
		       const IID &iid, HRESULT hRes, HINSTANCE hInst);

/* No int constructor (ATL has CComPtr(int nNull)): mingw's C++ NULL is
 * __null, which would make CComPtr<I> p = NULL ambiguous. */
template <class T> class CComPtrBase {
protected:
	CComPtrBase() throw();
	CComPtrBase(T *lp) throw();
public:
	typedef T _PtrClass;
	~CComPtrBase() throw();
	operator T *() const throw();
	T &operator*() const;
	T **operator&() throw();
	T *operator->() const throw();
	bool operator!() const throw();
	bool operator<(T *pT) const throw();
	bool operator!=(T *pT) const;
	bool operator==(T *pT) const throw();
	void Release() throw();
	bool IsEqualObject(IUnknown *pOther) throw();
	void Attach(T *p2) throw();
	T *Detach() throw();
	HRESULT CopyTo(T **ppT) throw();
	HRESULT SetSite(IUnknown *punkParent) throw();
	HRESULT Advise(IUnknown *pUnk, const IID &iid, LPDWORD pdw) throw();
	HRESULT CoCreateInstance(REFCLSID rclsid, LPUNKNOWN pUnkOuter = NULL, DWORD dwClsContext = CLSCTX_ALL) throw();
	HRESULT CoCreateInstance(LPCOLESTR szProgID, LPUNKNOWN pUnkOuter = NULL, DWORD dwClsContext = CLSCTX_ALL) throw();
	template <class Q> HRESULT QueryInterface(Q **pp) const throw();
	T *p;
};

template <class T> class CComPtr : public CComPtrBase<T> {
public:
	CComPtr() throw();
	CComPtr(T *lp) throw();
	CComPtr(const CComPtr<T> &lp) throw();
	CComPtr(CComPtr<T> &&lp) throw();
	template <typename TSrc> CComPtr(const CComPtr<TSrc> &lp) throw();
	T *operator=(T *lp) throw();
	T *operator=(const CComPtr<T> &lp) throw();
	CComPtr<T> &operator=(CComPtr<T> &&lp) throw();
	template <typename Q> T *operator=(const CComPtr<Q> &lp) throw();
};

template <class T, const IID *piid = nullptr> class CComQIPtr : public CComPtr<T> {
public:
	CComQIPtr() throw();
	CComQIPtr(decltype(nullptr)) throw();
	CComQIPtr(T *lp) throw();
	CComQIPtr(const CComQIPtr<T, piid> &lp) throw();
	CComQIPtr(CComQIPtr<T, piid> &&lp) throw();
	CComQIPtr(IUnknown *lp) throw();
	T *operator=(T *lp) throw();
	T *operator=(const CComQIPtr<T, piid> &lp) throw();
	CComQIPtr<T, piid> &operator=(CComQIPtr<T, piid> &&lp) throw();
	T *operator=(IUnknown *lp) throw();
};
template <const IID *piid> class CComQIPtr<IUnknown, piid> : public CComPtr<IUnknown> {
public:
	CComQIPtr() throw();
	CComQIPtr(IUnknown *lp) throw();
	CComQIPtr(const CComQIPtr<IUnknown, piid> &lp) throw();
	IUnknown *operator=(IUnknown *lp) throw();
	IUnknown *operator=(const CComQIPtr<IUnknown, piid> &lp) throw();
};
typedef CComQIPtr<IDispatch, &IID_IDispatch> CComDispatchDriver;

class CComBSTR {
public:
	BSTR m_str;
	CComBSTR() throw();
	CComBSTR(const CComBSTR &src);
	CComBSTR(CComBSTR &&src) throw();
	CComBSTR(int nSize);
	CComBSTR(int nSize, LPCOLESTR sz);
	CComBSTR(int nSize, LPCSTR sz);
	CComBSTR(LPCOLESTR pSrc);
	CComBSTR(LPCSTR pSrc);
	CComBSTR(REFGUID guid);
	~CComBSTR() throw();
	CComBSTR &operator=(const CComBSTR &src);
	CComBSTR &operator=(CComBSTR &&src) throw();
	CComBSTR &operator=(LPCOLESTR pSrc);
	CComBSTR &operator=(LPCSTR pSrc);
	CComBSTR &operator+=(const CComBSTR &bstrSrc);
	CComBSTR &operator+=(LPCOLESTR pszSrc);
	bool operator<(const CComBSTR &bstrSrc) const throw();
	bool operator<(LPCOLESTR pszSrc) const;
	bool operator>(const CComBSTR &bstrSrc) const throw();
	bool operator==(const CComBSTR &bstrSrc) const throw();
	bool operator==(LPCOLESTR pszSrc) const;
	bool operator==(LPCSTR pszSrc) const;
	bool operator==(int nNull) const throw();
	bool operator!=(const CComBSTR &bstrSrc) const throw();
	bool operator!=(LPCOLESTR pszSrc) const;
	bool operator!=(int nNull) const throw();
	operator BSTR() const throw();
	BSTR *operator&() throw();
	bool operator!() const throw();
	unsigned int Length() const throw();
	unsigned int ByteLength() const throw();
	BSTR Copy() const throw();
	HRESULT CopyTo(BSTR *pbstr) const throw();
	HRESULT CopyTo(VARIANT *pvarDest) const throw();
	void Attach(BSTR src) throw();
	BSTR Detach() throw();
	void Empty() throw();
	HRESULT Append(const CComBSTR &bstrSrc) throw();
	HRESULT Append(wchar_t ch) throw();
	HRESULT Append(char ch) throw();
	HRESULT Append(LPCOLESTR lpsz) throw();
	HRESULT Append(LPCSTR lpsz) throw();
	HRESULT Append(LPCOLESTR lpsz, int nLen) throw();
	HRESULT AppendBSTR(BSTR p) throw();
	HRESULT AppendBytes(const char *lpsz, int nLen) throw();
	HRESULT ArrayToBSTR(const SAFEARRAY *pSrc) throw();
	HRESULT AssignBSTR(const BSTR bstrSrc) throw();
	HRESULT BSTRToArray(LPSAFEARRAY *ppArray) throw();
	HRESULT ToLower() throw();
	HRESULT ToUpper() throw();
	bool LoadString(HINSTANCE hInst, UINT nID) throw();
	bool LoadString(UINT nID) throw();
	HRESULT ReadFromStream(IStream *pStream) throw();
	HRESULT WriteToStream(IStream *pStream) throw();
};

class CComVariant : public tagVARIANT {
public:
	CComVariant() throw();
	~CComVariant() throw();
	CComVariant(const VARIANT &varSrc);
	CComVariant(const CComVariant &varSrc);
	CComVariant(LPCOLESTR lpszSrc);
	CComVariant(LPCSTR lpszSrc);
	CComVariant(bool bSrc);
	CComVariant(int nSrc, VARTYPE vtSrc = VT_I4) throw();
	CComVariant(BYTE nSrc) throw();
	CComVariant(short nSrc) throw();
	CComVariant(long nSrc, VARTYPE vtSrc = VT_I4) throw();
	CComVariant(float fltSrc) throw();
	CComVariant(double dblSrc, VARTYPE vtSrc = VT_R8) throw();
	CComVariant(LONGLONG nSrc) throw();
	CComVariant(ULONGLONG nSrc) throw();
	CComVariant(CY cySrc) throw();
	CComVariant(IDispatch *pSrc) throw();
	CComVariant(IUnknown *pSrc) throw();
	CComVariant(char cSrc) throw();
	CComVariant(unsigned short nSrc) throw();
	CComVariant(unsigned long nSrc) throw();
	CComVariant(unsigned int nSrc, VARTYPE vtSrc = VT_UI4) throw();
	CComVariant(const CComBSTR &bstrSrc);
	CComVariant(const SAFEARRAY *pSrc);
	CComVariant &operator=(const CComVariant &varSrc);
	CComVariant &operator=(const VARIANT &varSrc);
	CComVariant &operator=(const CComBSTR &bstrSrc);
	CComVariant &operator=(LPCOLESTR lpszSrc);
	CComVariant &operator=(LPCSTR lpszSrc);
	CComVariant &operator=(bool bSrc);
	CComVariant &operator=(int nSrc) throw();
	CComVariant &operator=(BYTE nSrc) throw();
	CComVariant &operator=(short nSrc) throw();
	CComVariant &operator=(long nSrc) throw();
	CComVariant &operator=(float fltSrc) throw();
	CComVariant &operator=(double dblSrc) throw();
	CComVariant &operator=(CY cySrc) throw();
	CComVariant &operator=(IDispatch *pSrc) throw();
	CComVariant &operator=(IUnknown *pSrc) throw();
	CComVariant &operator=(char cSrc) throw();
	CComVariant &operator=(unsigned short nSrc) throw();
	CComVariant &operator=(unsigned long nSrc) throw();
	CComVariant &operator=(unsigned int nSrc) throw();
	CComVariant &operator=(BYTE *pbSrc) throw();
	CComVariant &operator=(short *pnSrc) throw();
	CComVariant &operator=(int *pnSrc) throw();
	CComVariant &operator=(long *pnSrc) throw();
	CComVariant &operator=(LONGLONG nSrc) throw();
	CComVariant &operator=(ULONGLONG nSrc) throw();
	CComVariant &operator=(const SAFEARRAY *pSrc);
	bool operator==(const VARIANT &varSrc) const throw();
	bool operator!=(const VARIANT &varSrc) const throw();
	bool operator<(const VARIANT &varSrc) const throw();
	bool operator>(const VARIANT &varSrc) const throw();
	HRESULT Attach(VARIANT *pSrc) throw();
	HRESULT ChangeType(VARTYPE vtNew, const VARIANT *pSrc = NULL) throw();
	HRESULT Clear() throw();
	HRESULT Copy(const VARIANT *pSrc) throw();
	HRESULT CopyTo(BSTR *pstrDest) const throw();
	HRESULT Detach(VARIANT *pDest) throw();
	ULONG GetSize() const throw();
	HRESULT ReadFromStream(IStream *pStream, VARTYPE vtExpected = VT_EMPTY) throw();
	HRESULT WriteToStream(IStream *pStream) throw();
	HRESULT WriteToStream(IStream *pStream, VARTYPE vtWrite) throw();
	template <typename T> void SetByRef(T *pT) throw();
};
}
#endif
#endif
