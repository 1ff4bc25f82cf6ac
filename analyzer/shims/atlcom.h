/*
 * driso shim: atlcom.h (ATL). COM object implementation classes, declared
 * from the Learn ATL class reference (see atldef.h):
 *   - CComObjectRootBase, CComObjectRootEx, CComObjectRoot, CComObjectLockT;
 *   - CComObject, CComObjectNoLock, CComObjectGlobal, CComObjectStack(Ex),
 *     CComObjectCached, CComContainedObject, CComAggObject, CComPolyObject,
 *     CComTearOffObject(Base), CComCachedTearOffObject;
 *   - creators and class factories (CComCreator, CComCreator2,
 *     CComFailCreator, CComInternalCreator, CComClassFactory,
 *     CComClassFactory2, CComClassFactoryAutoThread,
 *     CComClassFactorySingleton), CComCoClass;
 *   - IDispatchImpl + CComTypeInfoHolder, ISupportErrorInfoImpl,
 *     IProvideClassInfo2Impl, IObjectWithSiteImpl,
 *     IConnectionPointContainerImpl, IConnectionPointImpl, CComUnkArray,
 *     CComDynamicUnkArray, CComEnum/CComEnumImpl, _Copy policies;
 *   - AtlReportError;
 *   - the class macros: BEGIN_COM_MAP / COM_INTERFACE_ENTRY* / END_COM_MAP
 *     (a static table of interface entries, then AddRef/Release/
 *     QueryInterface declared pure so that CComObject<T> supplies them, as
 *     ATL does), DECLARE_REGISTRY_RESOURCEID & co., DECLARE_NO_REGISTRY,
 *     DECLARE_PROTECT_FINAL_CONSTRUCT, DECLARE_(NOT_/ONLY_/POLY_)AGGREGATABLE,
 *     DECLARE_CLASSFACTORY*, DECLARE_GET_CONTROLLING_UNKNOWN,
 *     DECLARE_OBJECT_DESCRIPTION, category and connection-point maps,
 *     BEGIN_OBJECT_MAP / OBJECT_ENTRY / END_OBJECT_MAP, OBJECT_ENTRY_AUTO,
 *     OBJECT_ENTRY_NON_CREATEABLE(_EX_AUTO).
 * C++ only.
 */
#ifndef DRISO_SHIM_ATLCOM_H
#define DRISO_SHIM_ATLCOM_H
#include "atlbase.h"
#ifdef __cplusplus
#include <olectl.h>

namespace ATL {
ATLAPI AtlReportError(const CLSID &clsid, LPCOLESTR lpszDesc, const IID &iid = GUID_NULL, HRESULT hRes = 0);
HRESULT WINAPI AtlReportError(const CLSID &clsid, UINT nID, const IID &iid = GUID_NULL, HRESULT hRes = 0,
			      HINSTANCE hInst = NULL);
HRESULT WINAPI AtlReportError(const CLSID &clsid, UINT nID, DWORD dwHelpID, LPCOLESTR lpszHelpFile,
			      const IID &iid = GUID_NULL, HRESULT hRes = 0, HINSTANCE hInst = NULL);
HRESULT WINAPI AtlReportError(const CLSID &clsid, LPCSTR lpszDesc, const IID &iid = GUID_NULL, HRESULT hRes = 0);
HRESULT WINAPI AtlReportError(const CLSID &clsid, LPCOLESTR lpszDesc, DWORD dwHelpID, LPCOLESTR lpszHelpFile,
			      const IID &iid = GUID_NULL, HRESULT hRes = 0);

struct _ATL_CREATORDATA {
	_ATL_CREATORFUNC *pFunc;
};
template <class Creator> class _CComCreatorData {
public:
	static _ATL_CREATORDATA data;
};
struct _ATL_CACHEDATA {
	DWORD dwOffsetVar;
	_ATL_CREATORFUNC *pFunc;
};
struct _ATL_CHAINDATA {
	DWORD_PTR dwOffset;
	const _ATL_INTMAP_ENTRY *(WINAPI *pFunc)();
};
template <class base, class derived> class _CComChainData {
public:
	static _ATL_CHAINDATA data;
};
struct _ATL_CONNMAP_ENTRY {
	DWORD_PTR dwOffset;
};

/* Object roots */
class CComObjectRootBase {
public:
	CComObjectRootBase();
	~CComObjectRootBase();
	HRESULT FinalConstruct();
	HRESULT _AtlFinalConstruct();
	void FinalRelease();
	void _AtlFinalRelease();
	void _HRPass(HRESULT hr);
	void _HRFail(HRESULT hr);
	void SetVoid(void *);
	void InternalFinalConstructAddRef();
	void InternalFinalConstructRelease();
	static void WINAPI ObjectMain(bool bStarting);
	static const struct _ATL_CATMAP_ENTRY *GetCategoryMap();
	static HRESULT WINAPI InternalQueryInterface(void *pThis, const _ATL_INTMAP_ENTRY *pEntries, REFIID iid,
						     void **ppvObject);
	ULONG OuterAddRef();
	ULONG OuterRelease();
	HRESULT OuterQueryInterface(REFIID iid, void **ppvObject);
	static HRESULT WINAPI _Break(void *pv, REFIID iid, void **ppvObject, DWORD_PTR dw);
	static HRESULT WINAPI _NoInterface(void *pv, REFIID iid, void **ppvObject, DWORD_PTR dw);
	static HRESULT WINAPI _Creator(void *pv, REFIID iid, void **ppvObject, DWORD_PTR dw);
	static HRESULT WINAPI _Delegate(void *pv, REFIID iid, void **ppvObject, DWORD_PTR dw);
	static HRESULT WINAPI _Chain(void *pv, REFIID iid, void **ppvObject, DWORD_PTR dw);
	static HRESULT WINAPI _Cache(void *pv, REFIID iid, void **ppvObject, DWORD_PTR dw);
	union {
		long m_dwRef;
		IUnknown *m_pOuterUnknown;
	};
};

template <class ThreadModel> class CComObjectLockT;

template <class ThreadModel> class CComObjectRootEx : public CComObjectRootBase {
public:
	typedef ThreadModel _ThreadModel;
	typedef typename _ThreadModel::AutoCriticalSection _CritSec;
	typedef typename _ThreadModel::AutoDeleteCriticalSection _AutoDelCritSec;
	typedef CComObjectLockT<_ThreadModel> ObjectLock;
	~CComObjectRootEx();
	ULONG InternalAddRef();
	ULONG InternalRelease();
	HRESULT _AtlInitialConstruct();
	void Lock();
	void Unlock();
	_AutoDelCritSec m_critsec;
};
typedef CComObjectRootEx<CComObjectThreadModel> CComObjectRoot;

template <class ThreadModel> class CComObjectLockT {
public:
	CComObjectLockT(CComObjectRootEx<ThreadModel> *p);
	~CComObjectLockT();
	CComObjectRootEx<ThreadModel> *m_p;
};

/* Objects */
template <class Base> class CComObject : public Base {
public:
	typedef Base _BaseClass;
	CComObject(void * = NULL) throw();
	virtual ~CComObject() throw();
	STDMETHOD_(ULONG, AddRef)() throw();
	STDMETHOD_(ULONG, Release)() throw();
	STDMETHOD(QueryInterface)(REFIID iid, void **ppvObject) throw();
	template <class Q> HRESULT STDMETHODCALLTYPE QueryInterface(Q **pp) throw();
	static HRESULT WINAPI CreateInstance(CComObject<Base> **pp) throw();
};
template <class Base> class CComObjectCached : public Base {
public:
	typedef Base _BaseClass;
	CComObjectCached(void * = NULL);
	virtual ~CComObjectCached();
	STDMETHOD_(ULONG, AddRef)() throw();
	STDMETHOD_(ULONG, Release)() throw();
	STDMETHOD(QueryInterface)(REFIID iid, void **ppvObject) throw();
	static HRESULT WINAPI CreateInstance(CComObjectCached<Base> **pp) throw();
	CComGlobalsThreadModel::AutoDeleteCriticalSection m_csCached;
};
template <class Base> class CComObjectNoLock : public Base {
public:
	typedef Base _BaseClass;
	CComObjectNoLock(void * = NULL);
	virtual ~CComObjectNoLock();
	STDMETHOD_(ULONG, AddRef)() throw();
	STDMETHOD_(ULONG, Release)() throw();
	STDMETHOD(QueryInterface)(REFIID iid, void **ppvObject) throw();
};
template <class Base> class CComObjectGlobal : public Base {
public:
	typedef Base _BaseClass;
	CComObjectGlobal(void * = NULL);
	virtual ~CComObjectGlobal();
	STDMETHOD_(ULONG, AddRef)() throw();
	STDMETHOD_(ULONG, Release)() throw();
	STDMETHOD(QueryInterface)(REFIID iid, void **ppvObject) throw();
	HRESULT m_hResFinalConstruct;
};
template <class Base> class CComObjectStack : public Base {
public:
	typedef Base _BaseClass;
	CComObjectStack(void * = NULL);
	virtual ~CComObjectStack();
	STDMETHOD_(ULONG, AddRef)() throw();
	STDMETHOD_(ULONG, Release)() throw();
	STDMETHOD(QueryInterface)(REFIID iid, void **ppvObject) throw();
	HRESULT m_hResFinalConstruct;
};
template <class Base> class CComObjectStackEx : public Base {
public:
	typedef Base _BaseClass;
	CComObjectStackEx(void * = NULL);
	virtual ~CComObjectStackEx();
	STDMETHOD_(ULONG, AddRef)() throw();
	STDMETHOD_(ULONG, Release)() throw();
	STDMETHOD(QueryInterface)(REFIID iid, void **ppvObject) throw();
	HRESULT m_hResFinalConstruct;
};
template <class Base> class CComContainedObject : public Base {
public:
	typedef Base _BaseClass;
	CComContainedObject(void *pv);
	STDMETHOD_(ULONG, AddRef)() throw();
	STDMETHOD_(ULONG, Release)() throw();
	STDMETHOD(QueryInterface)(REFIID iid, void **ppvObject) throw();
	template <class Q> HRESULT STDMETHODCALLTYPE QueryInterface(Q **pp);
	IUnknown *GetControllingUnknown();
};
template <class contained> class CComAggObject : public IUnknown,
						 public CComObjectRootEx<typename contained::_ThreadModel::ThreadModelNoCS> {
public:
	typedef contained _BaseClass;
	CComAggObject(void *pv);
	~CComAggObject();
	HRESULT _AtlInitialConstruct();
	HRESULT FinalConstruct();
	void FinalRelease();
	STDMETHOD_(ULONG, AddRef)();
	STDMETHOD_(ULONG, Release)();
	STDMETHOD(QueryInterface)(REFIID iid, void **ppvObject);
	template <class Q> HRESULT STDMETHODCALLTYPE QueryInterface(Q **pp);
	static HRESULT WINAPI CreateInstance(LPUNKNOWN pUnkOuter, CComAggObject<contained> **pp);
	CComContainedObject<contained> m_contained;
};
template <class contained> class CComPolyObject : public IUnknown,
						  public CComObjectRootEx<typename contained::_ThreadModel::ThreadModelNoCS> {
public:
	typedef contained _BaseClass;
	CComPolyObject(void *pv);
	~CComPolyObject();
	HRESULT _AtlInitialConstruct();
	HRESULT FinalConstruct();
	void FinalRelease();
	STDMETHOD_(ULONG, AddRef)();
	STDMETHOD_(ULONG, Release)();
	STDMETHOD(QueryInterface)(REFIID iid, void **ppvObject);
	template <class Q> HRESULT STDMETHODCALLTYPE QueryInterface(Q **pp);
	static HRESULT WINAPI CreateInstance(LPUNKNOWN pUnkOuter, CComPolyObject<contained> **pp);
	CComContainedObject<contained> m_contained;
};
template <class Owner, class ThreadModel = CComObjectThreadModel> class CComTearOffObjectBase
	: public CComObjectRootEx<ThreadModel> {
public:
	typedef Owner _OwnerClass;
	Owner *m_pOwner;
	CComTearOffObjectBase();
};
template <class Base> class CComTearOffObject : public Base {
public:
	CComTearOffObject(void *pv);
	~CComTearOffObject();
	STDMETHOD_(ULONG, AddRef)() throw();
	STDMETHOD_(ULONG, Release)() throw();
	STDMETHOD(QueryInterface)(REFIID iid, void **ppvObject) throw();
};
template <class contained> class CComCachedTearOffObject
	: public IUnknown, public CComObjectRootEx<typename contained::_ThreadModel::ThreadModelNoCS> {
public:
	typedef contained _BaseClass;
	CComCachedTearOffObject(void *pv);
	~CComCachedTearOffObject();
	HRESULT _AtlInitialConstruct();
	HRESULT FinalConstruct();
	void FinalRelease();
	STDMETHOD_(ULONG, AddRef)();
	STDMETHOD_(ULONG, Release)();
	STDMETHOD(QueryInterface)(REFIID iid, void **ppvObject);
	CComContainedObject<contained> m_contained;
};

/* Creators */
template <class T1> class CComCreator {
public:
	static HRESULT WINAPI CreateInstance(void *pv, REFIID riid, LPVOID *ppv);
};
template <class T1> class CComInternalCreator {
public:
	static HRESULT WINAPI CreateInstance(void *pv, REFIID riid, LPVOID *ppv);
};
template <HRESULT hr> class CComFailCreator {
public:
	static HRESULT WINAPI CreateInstance(void *, REFIID, LPVOID *ppv);
};
template <class T1, class T2> class CComCreator2 {
public:
	static HRESULT WINAPI CreateInstance(void *pv, REFIID riid, LPVOID *ppv);
};

/* Class factories (COM map entries declared without the macros) */
#define DRISO_ATL_DECLARE_UNKNOWN_MAP \
	static const ATL::_ATL_INTMAP_ENTRY *WINAPI _GetEntries() throw(); \
	HRESULT _InternalQueryInterface(REFIID iid, void **ppvObject) throw(); \
	IUnknown *_GetRawUnknown() throw(); \
	IUnknown *GetUnknown() throw(); \
	virtual ULONG STDMETHODCALLTYPE AddRef() throw() = 0; \
	virtual ULONG STDMETHODCALLTYPE Release() throw() = 0; \
	STDMETHOD(QueryInterface)(REFIID, void **) throw() = 0;

class CComClassFactory : public IClassFactory, public CComObjectRootEx<CComGlobalsThreadModel> {
public:
	DRISO_ATL_DECLARE_UNKNOWN_MAP
	STDMETHOD(CreateInstance)(LPUNKNOWN pUnkOuter, REFIID riid, void **ppvObj);
	STDMETHOD(LockServer)(BOOL fLock);
	void SetVoid(void *pv);
	_ATL_CREATORFUNC *m_pfnCreateInstance;
};
template <class license> class CComClassFactory2 : public IClassFactory2,
						    public CComObjectRootEx<CComGlobalsThreadModel>,
						    public license {
public:
	DRISO_ATL_DECLARE_UNKNOWN_MAP
	STDMETHOD(LockServer)(BOOL fLock);
	STDMETHOD(CreateInstance)(LPUNKNOWN pUnkOuter, REFIID riid, void **ppvObj);
	STDMETHOD(CreateInstanceLic)(IUnknown *pUnkOuter, IUnknown *pUnkReserved, REFIID riid, BSTR bstrKey,
				     void **ppvObject);
	STDMETHOD(RequestLicKey)(DWORD dwReserved, BSTR *pbstrKey);
	STDMETHOD(GetLicInfo)(LICINFO *pLicInfo);
	void SetVoid(void *pv);
	_ATL_CREATORFUNC *m_pfnCreateInstance;
};
class CComClassFactoryAutoThread : public IClassFactory, public CComObjectRootEx<CComGlobalsThreadModel> {
public:
	DRISO_ATL_DECLARE_UNKNOWN_MAP
	STDMETHOD(CreateInstance)(LPUNKNOWN pUnkOuter, REFIID riid, void **ppvObj);
	STDMETHOD(LockServer)(BOOL fLock);
	void SetVoid(void *pv);
	_ATL_CREATORFUNC *m_pfnCreateInstance;
};
template <class T> class CComClassFactorySingleton : public CComClassFactory {
public:
	STDMETHOD(CreateInstance)(LPUNKNOWN pUnkOuter, REFIID riid, void **ppvObj);
	CComPtr<IUnknown> m_spObj;
	HRESULT m_hrCreate;
};
}

/* Creator and class-factory typedefs of a coclass */
#define DECLARE_CLASSFACTORY_EX(cf) typedef ATL::CComCreator<ATL::CComObjectCached<cf> > _ClassFactoryCreatorClass;
#define DECLARE_CLASSFACTORY() DECLARE_CLASSFACTORY_EX(ATL::CComClassFactory)
#define DECLARE_CLASSFACTORY2(lic) DECLARE_CLASSFACTORY_EX(ATL::CComClassFactory2<lic>)
#define DECLARE_CLASSFACTORY_AUTO_THREAD() DECLARE_CLASSFACTORY_EX(ATL::CComClassFactoryAutoThread)
#define DECLARE_CLASSFACTORY_SINGLETON(obj) DECLARE_CLASSFACTORY_EX(ATL::CComClassFactorySingleton<obj>)
#define DECLARE_AGGREGATABLE(x) \
public: \
	typedef ATL::CComCreator2<ATL::CComCreator<ATL::CComObject<x> >, ATL::CComCreator<ATL::CComAggObject<x> > > \
		_CreatorClass;
#define DECLARE_NOT_AGGREGATABLE(x) \
public: \
	typedef ATL::CComCreator2<ATL::CComCreator<ATL::CComObject<x> >, ATL::CComFailCreator<CLASS_E_NOAGGREGATION> > \
		_CreatorClass;
#define DECLARE_ONLY_AGGREGATABLE(x) \
public: \
	typedef ATL::CComCreator2<ATL::CComFailCreator<E_FAIL>, ATL::CComCreator<ATL::CComAggObject<x> > > _CreatorClass;
#define DECLARE_POLY_AGGREGATABLE(x) \
public: \
	typedef ATL::CComCreator<ATL::CComPolyObject<x> > _CreatorClass;

namespace ATL {
template <class T, const CLSID *pclsid = &CLSID_NULL> class CComCoClass {
public:
	DECLARE_CLASSFACTORY()
	DECLARE_AGGREGATABLE(T)
	typedef T _CoClass;
	static const CLSID &WINAPI GetObjectCLSID();
	static LPCTSTR WINAPI GetObjectDescription();
	static HRESULT WINAPI Error(LPCOLESTR lpszDesc, const IID &iid = GUID_NULL, HRESULT hRes = 0);
	static HRESULT WINAPI Error(LPCOLESTR lpszDesc, DWORD dwHelpID, LPCOLESTR lpszHelpFile,
				    const IID &iid = GUID_NULL, HRESULT hRes = 0);
	static HRESULT WINAPI Error(UINT nID, const IID &iid = GUID_NULL, HRESULT hRes = 0,
				    HINSTANCE hInst = _AtlBaseModule.GetResourceInstance());
	static HRESULT WINAPI Error(UINT nID, DWORD dwHelpID, LPCOLESTR lpszHelpFile, const IID &iid = GUID_NULL,
				    HRESULT hRes = 0, HINSTANCE hInst = _AtlBaseModule.GetResourceInstance());
	static HRESULT WINAPI Error(LPCSTR lpszDesc, const IID &iid = GUID_NULL, HRESULT hRes = 0);
	static HRESULT WINAPI Error(LPCSTR lpszDesc, DWORD dwHelpID, LPCSTR lpszHelpFile, const IID &iid = GUID_NULL,
				    HRESULT hRes = 0);
	template <class Q> static HRESULT CreateInstance(IUnknown *punkOuter, Q **pp);
	template <class Q> static HRESULT CreateInstance(Q **pp);
};

/* IDispatch, error info, class info, site */
class CComTypeInfoHolder {
public:
	const GUID *m_pguid;
	const GUID *m_plibid;
	WORD m_wMajor;
	WORD m_wMinor;
	ITypeInfo *m_pInfo;
	long m_dwRef;
	HRESULT GetTI(LCID lcid, ITypeInfo **ppInfo);
	HRESULT GetTI(LCID lcid);
	HRESULT EnsureTI(LCID lcid);
	HRESULT GetTypeInfo(UINT itinfo, LCID lcid, ITypeInfo **pptinfo);
	HRESULT GetIDsOfNames(REFIID riid, LPOLESTR *rgszNames, UINT cNames, LCID lcid, DISPID *rgdispid);
	HRESULT Invoke(IDispatch *p, DISPID dispidMember, REFIID riid, LCID lcid, WORD wFlags, DISPPARAMS *pdispparams,
		       VARIANT *pvarResult, EXCEPINFO *pexcepinfo, UINT *puArgErr);
	static void __stdcall Cleanup(DWORD_PTR dw);
};
template <class T, const IID *piid = nullptr, const GUID *plibid = &CAtlModule::m_libid, WORD wMajor = 1,
	  WORD wMinor = 0, class tihclass = CComTypeInfoHolder>
class IDispatchImpl : public T {
public:
	typedef tihclass _tihclass;
	STDMETHOD(GetTypeInfoCount)(UINT *pctinfo);
	STDMETHOD(GetTypeInfo)(UINT itinfo, LCID lcid, ITypeInfo **pptinfo);
	STDMETHOD(GetIDsOfNames)(REFIID riid, LPOLESTR *rgszNames, UINT cNames, LCID lcid, DISPID *rgdispid);
	STDMETHOD(Invoke)(DISPID dispidMember, REFIID riid, LCID lcid, WORD wFlags, DISPPARAMS *pdispparams,
			  VARIANT *pvarResult, EXCEPINFO *pexcepinfo, UINT *puArgErr);
	static HRESULT GetTI(LCID lcid, ITypeInfo **ppInfo);
	static _tihclass _tih;
};
template <const IID *piid> class ISupportErrorInfoImpl : public ISupportErrorInfo {
public:
	STDMETHOD(InterfaceSupportsErrorInfo)(REFIID riid);
};
template <const CLSID *pcoclsid, const IID *psrcid, const GUID *plibid = &CAtlModule::m_libid, WORD wMajor = 1,
	  WORD wMinor = 0, class tihclass = CComTypeInfoHolder>
class IProvideClassInfo2Impl : public IProvideClassInfo2 {
public:
	STDMETHOD(GetClassInfo)(ITypeInfo **pptinfo);
	STDMETHOD(GetGUID)(DWORD dwGuidKind, GUID *pGUID);
	static _ATL_OBJMAP_CACHE _tih;
};
template <class T> class IObjectWithSiteImpl : public IObjectWithSite {
public:
	STDMETHOD(SetSite)(IUnknown *pUnkSite);
	STDMETHOD(GetSite)(REFIID riid, void **ppvSite);
	HRESULT SetChildSite(IUnknown *punkChild);
	HRESULT SetChildSite(CComPtr<IUnknown> &spChild);
	CComPtr<IUnknown> m_spUnkSite;
};

/* Enumerators and copy policies */
template <class T> class _Copy {
public:
	static HRESULT copy(T *p1, const T *p2);
	static void init(T *);
	static void destroy(T *);
};
template <class T> class _CopyInterface {
public:
	static HRESULT copy(T **p1, T *const *p2);
	static void init(T **);
	static void destroy(T **p);
};
enum CComEnumFlags {
	AtlFlagNoCopy = 0,
	AtlFlagTakeOwnership = 2,
	AtlFlagCopy = 3
};
template <class Base, const IID *piid, class T, class Copy> class CComEnumImpl : public Base {
public:
	CComEnumImpl();
	virtual ~CComEnumImpl();
	STDMETHOD(Next)(ULONG celt, T *rgelt, ULONG *pceltFetched);
	STDMETHOD(Skip)(ULONG celt);
	STDMETHOD(Reset)(void);
	STDMETHOD(Clone)(Base **ppEnum);
	HRESULT Init(T *begin, T *end, IUnknown *pUnk, CComEnumFlags flags = AtlFlagNoCopy);
	CComPtr<IUnknown> m_spUnk;
	T *m_begin;
	T *m_end;
	T *m_iter;
	DWORD m_dwFlags;
};
template <class Base, const IID *piid, class T, class Copy, class ThreadModel = CComObjectThreadModel>
class CComEnum : public CComEnumImpl<Base, piid, T, Copy>, public CComObjectRootEx<ThreadModel> {
public:
	typedef CComEnum<Base, piid, T, Copy> _CComEnum;
	typedef CComEnumImpl<Base, piid, T, Copy> _CComEnumBase;
	DRISO_ATL_DECLARE_UNKNOWN_MAP
};
/* Connection points */
template <unsigned int nMaxSize> class CComUnkArray {
public:
	CComUnkArray();
	DWORD Add(IUnknown *pUnk);
	BOOL Remove(DWORD dwCookie);
	static DWORD WINAPI GetCookie(IUnknown **pp);
	static IUnknown *WINAPI GetUnknown(DWORD dwCookie);
	IUnknown **begin();
	IUnknown **end();
	IUnknown *m_arr[nMaxSize];
};
class CComDynamicUnkArray {
public:
	CComDynamicUnkArray();
	~CComDynamicUnkArray();
	DWORD Add(IUnknown *pUnk);
	BOOL Remove(DWORD dwCookie);
	static DWORD WINAPI GetCookie(IUnknown **pp);
	static IUnknown *WINAPI GetUnknown(DWORD dwCookie);
	IUnknown **begin();
	IUnknown **end();
	IUnknown *GetAt(int nIndex);
	int GetSize() const;
	void clear();
	int m_nSize;
	IUnknown **m_ppUnk;
};
template <const IID *piid> class _ICPLocator {
public:
	STDMETHOD(_LocCPQueryInterface)(REFIID riid, void **ppvObject) = 0;
	virtual ULONG STDMETHODCALLTYPE AddRef() = 0;
	virtual ULONG STDMETHODCALLTYPE Release() = 0;
};
template <class T, const IID *piid, class CDV = CComDynamicUnkArray> class IConnectionPointImpl
	: public _ICPLocator<piid> {
public:
	typedef CComEnum<IEnumConnections, &__uuidof(IEnumConnections), CONNECTDATA, _Copy<CONNECTDATA> >
		CComEnumConnections;
	typedef CDV _CDV;
	~IConnectionPointImpl();
	STDMETHOD(_LocCPQueryInterface)(REFIID riid, void **ppvObject);
	STDMETHOD(GetConnectionInterface)(IID *piid2);
	STDMETHOD(GetConnectionPointContainer)(IConnectionPointContainer **ppCPC);
	STDMETHOD(Advise)(IUnknown *pUnkSink, DWORD *pdwCookie);
	STDMETHOD(Unadvise)(DWORD dwCookie);
	STDMETHOD(EnumConnections)(IEnumConnections **ppEnum);
	CDV m_vec;
};
template <class T> class IConnectionPointContainerImpl : public IConnectionPointContainer {
public:
	STDMETHOD(EnumConnectionPoints)(IEnumConnectionPoints **ppEnum);
	STDMETHOD(FindConnectionPoint)(REFIID riid, IConnectionPoint **ppCP);
};

}

/* Interface map */
#define BEGIN_COM_MAP(x) \
public: \
	typedef x _ComMapClass; \
	IUnknown *_GetRawUnknown() throw() { return (IUnknown *)((INT_PTR)this + _GetEntries()->dw); } \
	IUnknown *GetUnknown() throw() { return _GetRawUnknown(); } \
	HRESULT _InternalQueryInterface(REFIID iid, void **ppvObject) throw() \
	{ \
		return this->InternalQueryInterface(this, _GetEntries(), iid, ppvObject); \
	} \
	static const ATL::_ATL_INTMAP_ENTRY *WINAPI _GetEntries() throw() \
	{ \
		static const ATL::_ATL_INTMAP_ENTRY _entries[] = {
#define COM_INTERFACE_ENTRY_IID(iid, x) { &iid, offsetofclass(x, _ComMapClass), _ATL_SIMPLEMAPENTRY },
#define COM_INTERFACE_ENTRY(x) { &__uuidof(x), offsetofclass(x, _ComMapClass), _ATL_SIMPLEMAPENTRY },
#define COM_INTERFACE_ENTRY2(x, x2) { &__uuidof(x), offsetof2class(x, x2, _ComMapClass), _ATL_SIMPLEMAPENTRY },
#define COM_INTERFACE_ENTRY2_IID(iid, x, x2) { &iid, offsetof2class(x, x2, _ComMapClass), _ATL_SIMPLEMAPENTRY },
#define COM_INTERFACE_ENTRY_IMPL(x) COM_INTERFACE_ENTRY_IID(__uuidof(x), x##Impl<_ComMapClass>)
#define COM_INTERFACE_ENTRY_IMPL_IID(iid, x) COM_INTERFACE_ENTRY_IID(iid, x##Impl<_ComMapClass>)
#define COM_INTERFACE_ENTRY_FUNC(iid, dw, func) { &iid, dw, func },
#define COM_INTERFACE_ENTRY_FUNC_BLIND(dw, func) { NULL, dw, func },
#define COM_INTERFACE_ENTRY_TEAR_OFF(iid, x) \
	{ &iid, (DWORD_PTR)&ATL::_CComCreatorData<ATL::CComInternalCreator<ATL::CComTearOffObject<x> > >::data, \
	  _Creator },
#define COM_INTERFACE_ENTRY_CACHED_TEAR_OFF(iid, x, punk) \
	{ &iid, (DWORD_PTR)&ATL::_CComCreatorData<ATL::CComCreator<ATL::CComCachedTearOffObject<x> > >::data + \
		  0 * offsetof(_ComMapClass, punk), _Cache },
#define COM_INTERFACE_ENTRY_AGGREGATE(iid, punk) { &iid, (DWORD_PTR)offsetof(_ComMapClass, punk), _Delegate },
#define COM_INTERFACE_ENTRY_AGGREGATE_BLIND(punk) { NULL, (DWORD_PTR)offsetof(_ComMapClass, punk), _Delegate },
#define COM_INTERFACE_ENTRY_AUTOAGGREGATE(iid, punk, clsid) \
	{ &iid, (DWORD_PTR)offsetof(_ComMapClass, punk) + 0 * sizeof(clsid), _Cache },
#define COM_INTERFACE_ENTRY_AUTOAGGREGATE_BLIND(punk, clsid) \
	{ NULL, (DWORD_PTR)offsetof(_ComMapClass, punk) + 0 * sizeof(clsid), _Cache },
#define COM_INTERFACE_ENTRY_CHAIN(classname) \
	{ NULL, (DWORD_PTR)&ATL::_CComChainData<classname, _ComMapClass>::data, _Chain },
#define COM_INTERFACE_ENTRY_BREAK(x) { &__uuidof(x), 0, _Break },
#define COM_INTERFACE_ENTRY_NOINTERFACE(x) { &__uuidof(x), 0, _NoInterface },
#define END_COM_MAP() \
			{ NULL, 0, 0 } \
		}; \
		return _entries; \
	} \
	virtual ULONG STDMETHODCALLTYPE AddRef() throw() = 0; \
	virtual ULONG STDMETHODCALLTYPE Release() throw() = 0; \
	STDMETHOD(QueryInterface)(REFIID, void **) throw() = 0;

/* Registry */
#define DECLARE_REGISTRY_RESOURCEID(x) \
	static HRESULT WINAPI UpdateRegistry(BOOL bRegister) throw() \
	{ \
		return ATL::_pAtlModule->UpdateRegistryFromResource(x, bRegister); \
	}
#define DECLARE_REGISTRY_RESOURCE(x) \
	static HRESULT WINAPI UpdateRegistry(BOOL bRegister) throw() \
	{ \
		return ATL::_pAtlModule->UpdateRegistryFromResource(TEXT(#x), bRegister); \
	}
#define DECLARE_REGISTRY_RESOURCEID_V2(x, y) DECLARE_REGISTRY_RESOURCEID(x)
#define DECLARE_REGISTRY_RESOURCEID_EX(x) DECLARE_REGISTRY_RESOURCEID(x)
#define DECLARE_NO_REGISTRY() \
	static HRESULT WINAPI UpdateRegistry(BOOL /*bRegister*/) throw() { return S_OK; }
#define DECLARE_REGISTRY(class, pid, vpid, nid, flags) \
	static HRESULT WINAPI UpdateRegistry(BOOL bRegister) throw() \
	{ \
		return _Module.UpdateRegistryClass(GetObjectCLSID(), pid, vpid, nid, flags, bRegister); \
	}
#define THREADFLAGS_APARTMENT 0x1
#define THREADFLAGS_BOTH 0x2
#define AUTPRXFLAG 0x4

/* Construction and aggregation */
#define DECLARE_PROTECT_FINAL_CONSTRUCT() \
	void InternalFinalConstructAddRef() { InternalAddRef(); } \
	void InternalFinalConstructRelease() { InternalRelease(); }
#define DECLARE_GET_CONTROLLING_UNKNOWN() \
public: \
	virtual IUnknown *GetControllingUnknown() throw() { return GetUnknown(); }
#define DECLARE_OBJECT_DESCRIPTION(x) \
	static LPCTSTR WINAPI GetObjectDescription() throw() { return TEXT(x); }
#define DECLARE_VIEW_STATUS(statusFlags) \
	DWORD _GetViewStatus() { return statusFlags; }

/* Category map */
#define BEGIN_CATEGORY_MAP(x) \
	static const struct ATL::_ATL_CATMAP_ENTRY *GetCategoryMap() throw() \
	{ \
		static const struct ATL::_ATL_CATMAP_ENTRY pMap[] = {
#define IMPLEMENTED_CATEGORY(catid) { _ATL_CATMAP_ENTRY_IMPLEMENTED, &catid },
#define REQUIRED_CATEGORY(catid) { _ATL_CATMAP_ENTRY_REQUIRED, &catid },
#define END_CATEGORY_MAP() \
			{ _ATL_CATMAP_ENTRY_END, NULL } \
		}; \
		return pMap; \
	}

/* Connection point map */
#define BEGIN_CONNECTION_POINT_MAP(x) \
	typedef x _atl_conn_classtype; \
	static const ATL::_ATL_CONNMAP_ENTRY *GetConnMap(int *pnEntries) \
	{ \
		static const ATL::_ATL_CONNMAP_ENTRY _entries[] = {
#define CONNECTION_POINT_ENTRY(iid) \
	{ offsetofclass(ATL::_ICPLocator<&iid>, _atl_conn_classtype) - \
	  offsetofclass(ATL::IConnectionPointContainerImpl<_atl_conn_classtype>, _atl_conn_classtype) },
#define CONNECTION_POINT_ENTRY_P(iid) CONNECTION_POINT_ENTRY(*iid)
#define END_CONNECTION_POINT_MAP() \
			{ (DWORD_PTR)-1 } \
		}; \
		if (pnEntries) \
			*pnEntries = sizeof(_entries) / sizeof(ATL::_ATL_CONNMAP_ENTRY) - 1; \
		return _entries; \
	}

/* Object maps */
#define BEGIN_OBJECT_MAP(x) static ATL::_ATL_OBJMAP_ENTRY x[] = {
#define OBJECT_ENTRY(clsid, class) \
	{ &clsid, class::UpdateRegistry, class::_ClassFactoryCreatorClass::CreateInstance, \
	  class::_CreatorClass::CreateInstance, NULL, 0, class::GetObjectDescription, class::GetCategoryMap, \
	  class::ObjectMain },
#define OBJECT_ENTRY_NON_CREATEABLE(class) \
	{ &CLSID_NULL, class::UpdateRegistry, NULL, NULL, NULL, 0, NULL, class::GetCategoryMap, class::ObjectMain },
#define OBJECT_ENTRY_NON_CREATEABLE_EX(clsid, class) \
	{ &clsid, class::UpdateRegistry, NULL, NULL, NULL, 0, NULL, class::GetCategoryMap, class::ObjectMain },
#define END_OBJECT_MAP() { NULL, NULL, NULL, NULL, NULL, 0, NULL, NULL, NULL } };
#define OBJECT_ENTRY_AUTO(clsid, class) \
	__declspec(selectany) ATL::_ATL_OBJMAP_CACHE __objCache__##class = { NULL, 0 }; \
	const ATL::_ATL_OBJMAP_ENTRY_EX __objMap_##class = { &clsid, \
							    class::UpdateRegistry, \
							    class::_ClassFactoryCreatorClass::CreateInstance, \
							    class::_CreatorClass::CreateInstance, \
							    &__objCache__##class, \
							    class::GetObjectDescription, \
							    class::GetCategoryMap, \
							    class::ObjectMain };
#define OBJECT_ENTRY_NON_CREATEABLE_EX_AUTO(clsid, class) \
	const ATL::_ATL_OBJMAP_ENTRY_EX __objMap_##class = { &clsid, class::UpdateRegistry, NULL, NULL, NULL, NULL, \
							    class::GetCategoryMap, class::ObjectMain };

#endif
#endif
