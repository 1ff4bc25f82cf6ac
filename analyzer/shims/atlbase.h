/*
 * driso shim: atlbase.h (ATL). mingw-w64 ships no ATL; see atldef.h for
 * what driso's ATL stand-in is and where it comes from (the Learn ATL
 * class reference: names, template parameters and member signatures;
 * members are declared, not defined). This header gives what ATL's
 * atlbase.h gives a program:
 *   - atlcomcli.h (CComPtr, CComQIPtr, CComBSTR, CComVariant), atlalloc.h
 *     (CHeapPtr, CTempBuffer), atlconv.h (CW2A & co., USES_CONVERSION),
 *     atlsimpcoll.h (CSimpleArray, CSimpleMap), atlexcept.h;
 *   - critical sections and threading models (CComCriticalSection,
 *     CComAutoCriticalSection, CComCritSecLock, CComSingleThreadModel,
 *     CComMultiThreadModel, CComObjectThreadModel, ...);
 *   - CComAllocator, CComHeapPtr, CAutoPtr, CAutoVectorPtr, CHandle,
 *     CRegKey, CComGITPtr;
 *   - the module classes (CAtlModule, CAtlModuleT, CAtlDllModuleT,
 *     CAtlExeModuleT, CAtlServiceModuleT, CComModule, _pAtlModule,
 *     _AtlBaseModule, _AtlComModule), object-map and interface-map entry
 *     structures, DECLARE_LIBID, DECLARE_REGISTRY_APPID_RESOURCEID.
 * C++ only.
 */
#ifndef DRISO_SHIM_ATLBASE_H
#define DRISO_SHIM_ATLBASE_H
#include "atldef.h"
#include "atlexcept.h"
#include "atlalloc.h"
#include "atlcomcli.h"
#include "atlconv.h"
#include "atlsimpcoll.h"
#ifdef __cplusplus
#include <objbase.h>
#include <comcat.h>

namespace ATL {
class CAtlTransactionManager;
struct IRegistrarBase;

/* Critical sections */
class CComFakeCriticalSection {
public:
	HRESULT Lock() throw();
	HRESULT Unlock() throw();
	HRESULT Init() throw();
	HRESULT Term() throw();
};
class CComCriticalSection {
public:
	CComCriticalSection() throw();
	HRESULT Lock() throw();
	HRESULT Unlock() throw();
	HRESULT Init() throw();
	HRESULT Term() throw();
	CRITICAL_SECTION m_sec;
};
class CComAutoCriticalSection : public CComCriticalSection {
public:
	CComAutoCriticalSection();
	~CComAutoCriticalSection() throw();
private:
	HRESULT Init();
	HRESULT Term();
};
class CComSafeDeleteCriticalSection : public CComCriticalSection {
public:
	CComSafeDeleteCriticalSection();
	~CComSafeDeleteCriticalSection() throw();
	HRESULT Init() throw();
	HRESULT Term() throw();
	HRESULT Lock();
protected:
	bool m_bInitialized;
};
class CComAutoDeleteCriticalSection : public CComSafeDeleteCriticalSection {
private:
	HRESULT Term() throw();
};
template <class TLock> class CComCritSecLock {
public:
	CComCritSecLock(TLock &cs, bool bInitialLock = true);
	~CComCritSecLock() throw();
	HRESULT Lock() throw();
	void Unlock() throw();
private:
	TLock &m_cs;
	bool m_bLocked;
};

/* Threading models */
class CComSingleThreadModel {
public:
	static ULONG WINAPI Increment(LPLONG p) throw();
	static ULONG WINAPI Decrement(LPLONG p) throw();
	typedef CComFakeCriticalSection AutoCriticalSection;
	typedef CComFakeCriticalSection AutoDeleteCriticalSection;
	typedef CComFakeCriticalSection CriticalSection;
	typedef CComSingleThreadModel ThreadModelNoCS;
};
class CComMultiThreadModelNoCS {
public:
	static ULONG WINAPI Increment(LPLONG p) throw();
	static ULONG WINAPI Decrement(LPLONG p) throw();
	typedef CComFakeCriticalSection AutoCriticalSection;
	typedef CComFakeCriticalSection AutoDeleteCriticalSection;
	typedef CComFakeCriticalSection CriticalSection;
	typedef CComMultiThreadModelNoCS ThreadModelNoCS;
};
class CComMultiThreadModel {
public:
	static ULONG WINAPI Increment(LPLONG p) throw();
	static ULONG WINAPI Decrement(LPLONG p) throw();
	typedef CComAutoCriticalSection AutoCriticalSection;
	typedef CComAutoDeleteCriticalSection AutoDeleteCriticalSection;
	typedef CComCriticalSection CriticalSection;
	typedef CComMultiThreadModelNoCS ThreadModelNoCS;
};
#if defined(_ATL_SINGLE_THREADED)
typedef CComSingleThreadModel CComObjectThreadModel;
typedef CComSingleThreadModel CComGlobalsThreadModel;
#elif defined(_ATL_APARTMENT_THREADED)
typedef CComSingleThreadModel CComObjectThreadModel;
typedef CComMultiThreadModel CComGlobalsThreadModel;
#else
typedef CComMultiThreadModel CComObjectThreadModel;
typedef CComMultiThreadModel CComGlobalsThreadModel;
#endif

/* Allocation */
class CComAllocator {
public:
	static void *Reallocate(void *p, size_t nBytes) throw();
	static void *Allocate(size_t nBytes) throw();
	static void Free(void *p) throw();
};
template <typename T> class CComHeapPtr : public CHeapPtr<T, CComAllocator> {
public:
	CComHeapPtr() throw();
	explicit CComHeapPtr(T *pData) throw();
};
template <typename T> class CAutoPtr {
public:
	CAutoPtr() throw();
	template <typename TSrc> CAutoPtr(CAutoPtr<TSrc> &p) throw();
	template <typename TSrc> CAutoPtr(CAutoPtr<TSrc> &&p) throw();
	CAutoPtr(CAutoPtr<T> &p) throw();
	CAutoPtr(CAutoPtr<T> &&p) throw();
	explicit CAutoPtr(T *p) throw();
	~CAutoPtr() throw();
	template <typename TSrc> CAutoPtr<T> &operator=(CAutoPtr<TSrc> &p) throw();
	CAutoPtr<T> &operator=(CAutoPtr<T> &p) throw();
	CAutoPtr<T> &operator=(CAutoPtr<T> &&p) throw();
	bool operator!=(CAutoPtr<T> &p) const;
	bool operator==(CAutoPtr<T> &p) const;
	operator T *() const throw();
	T *operator->() const throw();
	void Attach(T *p) throw();
	T *Detach() throw();
	void Free() throw();
	T *m_p;
};
template <typename T> class CAutoVectorPtr {
public:
	CAutoVectorPtr() throw();
	CAutoVectorPtr(CAutoVectorPtr<T> &p) throw();
	explicit CAutoVectorPtr(T *p) throw();
	~CAutoVectorPtr() throw();
	CAutoVectorPtr<T> &operator=(CAutoVectorPtr<T> &p) throw();
	operator T *() const throw();
	bool Allocate(size_t nElements) throw();
	void Attach(T *p) throw();
	T *Detach() throw();
	void Free() throw();
	T *m_p;
};

/* Handles and registry keys */
class CHandle {
public:
	CHandle() throw();
	CHandle(CHandle &h) throw();
	explicit CHandle(HANDLE h) throw();
	~CHandle() throw();
	CHandle &operator=(CHandle &h) throw();
	operator HANDLE() const throw();
	void Attach(HANDLE h) throw();
	HANDLE Detach() throw();
	void Close() throw();
	HANDLE m_h;
};

class CRegKey {
public:
	CRegKey() throw();
	CRegKey(CRegKey &key) throw();
	explicit CRegKey(HKEY hKey) throw();
	CRegKey(CAtlTransactionManager *pTM) throw();
	~CRegKey() throw();
	CRegKey &operator=(CRegKey &key) throw();
	operator HKEY() const throw();
	HKEY m_hKey;
	REGSAM m_samWOW64;
	CAtlTransactionManager *m_pTM;

	void Attach(HKEY hKey) throw();
	HKEY Detach() throw();
	LONG Close() throw();
	LONG Create(HKEY hKeyParent, LPCTSTR lpszKeyName, LPTSTR lpszClass = REG_NONE,
		    DWORD dwOptions = REG_OPTION_NON_VOLATILE, REGSAM samDesired = KEY_READ | KEY_WRITE,
		    LPSECURITY_ATTRIBUTES lpSecAttr = NULL, LPDWORD lpdwDisposition = NULL) throw();
	LONG Open(HKEY hKeyParent, LPCTSTR lpszKeyName, REGSAM samDesired = KEY_READ | KEY_WRITE) throw();
	LONG Flush() throw();
	LONG EnumKey(DWORD iIndex, LPTSTR pszName, LPDWORD pnNameLength, FILETIME *pftLastWriteTime = NULL) throw();
	LONG NotifyChangeKeyValue(BOOL bWatchSubtree, DWORD dwNotifyFilter, HANDLE hEvent, BOOL bAsync = TRUE) throw();
	LONG GetKeySecurity(SECURITY_INFORMATION si, PSECURITY_DESCRIPTOR psd, LPDWORD pnBytes) throw();
	LONG SetKeySecurity(SECURITY_INFORMATION si, PSECURITY_DESCRIPTOR psd) throw();

	LONG QueryValue(LPCTSTR pszValueName, DWORD *pdwType, void *pData, ULONG *pnBytes) throw();
	LONG QueryValue(DWORD &dwValue, LPCTSTR lpszValueName);
	LONG QueryValue(LPTSTR szValue, LPCTSTR lpszValueName, DWORD *pdwCount);
	LONG QueryDWORDValue(LPCTSTR pszValueName, DWORD &dwValue) throw();
	LONG QueryQWORDValue(LPCTSTR pszValueName, ULONGLONG &qwValue) throw();
	LONG QueryBinaryValue(LPCTSTR pszValueName, void *pValue, ULONG *pnBytes) throw();
	LONG QueryStringValue(LPCTSTR pszValueName, LPTSTR pszValue, ULONG *pnChars) throw();
	LONG QueryMultiStringValue(LPCTSTR pszValueName, LPTSTR pszValue, ULONG *pnChars) throw();
	LONG QueryGUIDValue(LPCTSTR pszValueName, GUID &guidValue) throw();

	LONG SetValue(LPCTSTR pszValueName, DWORD dwType, const void *pValue, ULONG nBytes) throw();
	LONG SetValue(DWORD dwValue, LPCTSTR lpszValueName);
	LONG SetValue(LPCTSTR lpszValue, LPCTSTR lpszValueName = NULL, bool bMulti = false, int nValueLen = -1);
	LONG SetValue(HKEY hKeyParent, LPCTSTR lpszKeyName, LPCTSTR lpszValue, LPCTSTR lpszValueName = NULL);
	LONG SetKeyValue(LPCTSTR lpszKeyName, LPCTSTR lpszValue, LPCTSTR lpszValueName = NULL) throw();
	LONG SetDWORDValue(LPCTSTR pszValueName, DWORD dwValue) throw();
	LONG SetQWORDValue(LPCTSTR pszValueName, ULONGLONG qwValue) throw();
	LONG SetBinaryValue(LPCTSTR pszValueName, const void *pValue, ULONG nBytes) throw();
	LONG SetStringValue(LPCTSTR pszValueName, LPCTSTR pszValue, DWORD dwType = REG_SZ) throw();
	LONG SetMultiStringValue(LPCTSTR pszValueName, LPCTSTR pszValue) throw();
	LONG SetGUIDValue(LPCTSTR pszValueName, REFGUID guidValue) throw();

	LONG DeleteSubKey(LPCTSTR lpszSubKey) throw();
	LONG DeleteValue(LPCTSTR lpszValue) throw();
	LONG RecurseDeleteKey(LPCTSTR lpszKey) throw();
};

template <class T> class CComGITPtr {
public:
	CComGITPtr() throw();
	CComGITPtr(T *p);
	CComGITPtr(const CComGITPtr &git);
	explicit CComGITPtr(DWORD dwCookie) throw();
	~CComGITPtr() throw();
	CComGITPtr<T> &operator=(T *p);
	CComGITPtr<T> &operator=(const CComGITPtr<T> &git);
	CComGITPtr<T> &operator=(DWORD dwCookie);
	operator DWORD() const;
	HRESULT Attach(T *p) throw();
	HRESULT Attach(DWORD dwCookie) throw();
	DWORD Detach() throw();
	DWORD GetCookie() const;
	HRESULT CopyTo(T **pp) const throw();
	HRESULT Revoke() throw();
	DWORD m_dwCookie;
};

/* Object and interface maps */
typedef HRESULT(WINAPI _ATL_CREATORFUNC)(void *pv, REFIID riid, LPVOID *ppv);
typedef HRESULT(WINAPI _ATL_CREATORARGFUNC)(void *pv, REFIID riid, LPVOID *ppv, DWORD_PTR dw);
typedef HRESULT(WINAPI _ATL_MODULEFUNC)(DWORD_PTR dw);
typedef LPCTSTR(WINAPI _ATL_DESCRIPTIONFUNC)();
typedef const struct _ATL_CATMAP_ENTRY *(_ATL_CATMAPFUNC)();
typedef void(__stdcall _ATL_TERMFUNC)(DWORD_PTR dw);

struct _ATL_CATMAP_ENTRY {
	int iType;
	const GUID *pcatid;
};
#define _ATL_CATMAP_ENTRY_END 0
#define _ATL_CATMAP_ENTRY_IMPLEMENTED 1
#define _ATL_CATMAP_ENTRY_REQUIRED 2

struct _ATL_OBJMAP_CACHE {
	IUnknown *pCF;
	DWORD dwRegister;
};
struct _ATL_OBJMAP_ENTRY30 {
	const CLSID *pclsid;
	HRESULT(WINAPI *pfnUpdateRegistry)(BOOL bRegister);
	_ATL_CREATORFUNC *pfnGetClassObject;
	_ATL_CREATORFUNC *pfnCreateInstance;
	IUnknown *pCF;
	DWORD dwRegister;
	_ATL_DESCRIPTIONFUNC *pfnGetObjectDescription;
	_ATL_CATMAPFUNC *pfnGetCategoryMap;
	void(WINAPI *pfnObjectMain)(bool bStarting);
	HRESULT WINAPI RevokeClassObject();
	HRESULT WINAPI RegisterClassObject(DWORD dwClsContext, DWORD dwFlags);
};
struct _ATL_OBJMAP_ENTRY110 {
	const CLSID *pclsid;
	HRESULT(WINAPI *pfnUpdateRegistry)(BOOL bRegister);
	_ATL_CREATORFUNC *pfnGetClassObject;
	_ATL_CREATORFUNC *pfnCreateInstance;
	_ATL_OBJMAP_CACHE *pCache;
	_ATL_DESCRIPTIONFUNC *pfnGetObjectDescription;
	_ATL_CATMAPFUNC *pfnGetCategoryMap;
	void(WINAPI *pfnObjectMain)(bool bStarting);
	HRESULT WINAPI RevokeClassObject();
	HRESULT WINAPI RegisterClassObject(DWORD dwClsContext, DWORD dwFlags);
};
typedef _ATL_OBJMAP_ENTRY30 _ATL_OBJMAP_ENTRY;
typedef _ATL_OBJMAP_ENTRY110 _ATL_OBJMAP_ENTRY_EX;

struct _ATL_INTMAP_ENTRY {
	const IID *piid;
	DWORD_PTR dw;
	_ATL_CREATORARGFUNC *pFunc;
};
#define _ATL_SIMPLEMAPENTRY ((ATL::_ATL_CREATORARGFUNC *)1)

struct _ATL_REGMAP_ENTRY {
	LPCOLESTR szKey;
	LPCOLESTR szData;
};

ATLAPI AtlInternalQueryInterface(void *pThis, const _ATL_INTMAP_ENTRY *pEntries, REFIID iid, void **ppvObject);
ATLAPI AtlRegisterTypeLib(HINSTANCE hInstTypeLib, LPCOLESTR lpszIndex);
ATLAPI AtlUnRegisterTypeLib(HINSTANCE hInstTypeLib, LPCOLESTR lpszIndex);
ATLAPI AtlLoadTypeLib(HINSTANCE hInstTypeLib, LPCOLESTR lpszIndex, BSTR *pbstrPath, ITypeLib **ppTypeLib);
ATLAPI AtlRegisterClassCategoriesHelper(REFCLSID clsid, const struct _ATL_CATMAP_ENTRY *pCatMap, BOOL bRegister);
ATLAPI AtlGetObjectSourceInterface(IUnknown *punkObj, GUID *plibid, IID *piid, unsigned short *pdwMajor,
				   unsigned short *pdwMinor);
ATLAPI AtlSetPerUserRegistration(bool bEnable);
ATLAPI AtlGetPerUserRegistration(bool *pbEnabled);
ATLAPI_(DWORD) AtlGetVersion(void *pReserved);
ATLAPI AtlCreateRegistrar(IRegistrarBase **ppRegistrar);

class CAtlBaseModule {
public:
	CAtlBaseModule() throw();
	~CAtlBaseModule() throw();
	HINSTANCE GetModuleInstance() throw();
	HINSTANCE GetResourceInstance() throw();
	HINSTANCE SetResourceInstance(HINSTANCE hInst) throw();
	HINSTANCE GetHInstanceAt(int i) throw();
	bool AddResourceInstance(HINSTANCE hInst) throw();
	bool RemoveResourceInstance(HINSTANCE hInst) throw();
	UINT cbSize;
	HINSTANCE m_hInst;
	HINSTANCE m_hInstResource;
	DWORD dwAtlBuildVer;
	const GUID *pguidVer;
	CComCriticalSection m_csResource;
	static bool m_bInitFailed;
};
extern CAtlBaseModule _AtlBaseModule;

class CAtlComModule {
public:
	CAtlComModule() throw();
	~CAtlComModule();
	void Term();
	HRESULT RegisterServer(BOOL bRegTypeLib = FALSE, const CLSID *pCLSID = NULL);
	HRESULT UnregisterServer(BOOL bUnRegTypeLib, const CLSID *pCLSID = NULL);
	HRESULT RegisterTypeLib();
	HRESULT RegisterTypeLib(LPCTSTR lpszIndex);
	HRESULT UnRegisterTypeLib();
	HRESULT UnRegisterTypeLib(LPCTSTR lpszIndex);
	UINT cbSize;
	HINSTANCE m_hInstTypeLib;
	_ATL_OBJMAP_ENTRY_EX **m_ppAutoObjMapFirst;
	_ATL_OBJMAP_ENTRY_EX **m_ppAutoObjMapLast;
	CComCriticalSection m_csObjMap;
};
extern CAtlComModule _AtlComModule;

class CAtlWinModule {
public:
	CAtlWinModule();
	~CAtlWinModule();
	void AddCreateWndData(struct _AtlCreateWndData *pData, void *pObject);
	void *ExtractCreateWndData();
	UINT cbSize;
	CComCriticalSection m_csWindowCreate;
};
extern CAtlWinModule _AtlWinModule;

class CAtlModule {
public:
	static GUID m_libid;
	IGlobalInterfaceTable *m_pGIT;
	UINT cbSize;
	LONG m_nLockCnt;
	CComCriticalSection m_csStaticDataInitAndTypeInfo;
	CAtlModule() throw();
	virtual ~CAtlModule() throw();
	void Term() throw();
	virtual LONG Lock() throw();
	virtual LONG Unlock() throw();
	virtual LONG GetLockCount() throw();
	HRESULT AddTermFunc(_ATL_TERMFUNC *pFunc, DWORD_PTR dw) throw();
	HRESULT GetGITPtr(IGlobalInterfaceTable **ppGIT) throw();
	virtual HRESULT AddCommonRGSReplacements(IRegistrarBase *pRegistrar) throw() = 0;
	HRESULT WINAPI UpdateRegistryFromResourceD(LPCTSTR lpszRes, BOOL bRegister, struct _ATL_REGMAP_ENTRY *pMapEntries = NULL) throw();
	HRESULT WINAPI UpdateRegistryFromResourceD(UINT nResID, BOOL bRegister, struct _ATL_REGMAP_ENTRY *pMapEntries = NULL) throw();
	HRESULT WINAPI UpdateRegistryFromResourceS(LPCTSTR lpszRes, BOOL bRegister, struct _ATL_REGMAP_ENTRY *pMapEntries = NULL) throw();
	HRESULT WINAPI UpdateRegistryFromResourceS(UINT nResID, BOOL bRegister, struct _ATL_REGMAP_ENTRY *pMapEntries = NULL) throw();
	HRESULT WINAPI UpdateRegistryFromResource(LPCTSTR lpszRes, BOOL bRegister, struct _ATL_REGMAP_ENTRY *pMapEntries = NULL) throw();
	HRESULT WINAPI UpdateRegistryFromResource(UINT nResID, BOOL bRegister, struct _ATL_REGMAP_ENTRY *pMapEntries = NULL) throw();
	static void EscapeSingleQuote(LPOLESTR lpDest, size_t nLen, LPCOLESTR lp) throw();
};
extern CAtlModule *_pAtlModule;

template <class T> class CAtlModuleT : public CAtlModule {
public:
	CAtlModuleT() throw();
	static void InitLibId() throw();
	HRESULT AddCommonRGSReplacements(IRegistrarBase *pRegistrar) throw();
	HRESULT RegisterServer(BOOL bRegTypeLib = FALSE, const CLSID *pCLSID = NULL) throw();
	HRESULT UnregisterServer(BOOL bUnRegTypeLib, const CLSID *pCLSID = NULL) throw();
	HRESULT RegisterAppId() throw();
	HRESULT UnregisterAppId() throw();
	static HRESULT WINAPI UpdateRegistryAppId(BOOL bRegister) throw();
	static LPCOLESTR GetAppId() throw();
	static TCHAR *GetAppIdT() throw();
};

template <class T> class CAtlDllModuleT : public CAtlModuleT<T> {
public:
	CAtlDllModuleT() throw();
	~CAtlDllModuleT() throw();
	BOOL WINAPI DllMain(DWORD dwReason, LPVOID lpReserved) throw();
	HRESULT DllCanUnloadNow() throw();
	HRESULT DllGetClassObject(REFCLSID rclsid, REFIID riid, LPVOID *ppv) throw();
	HRESULT DllRegisterServer(BOOL bRegTypeLib = TRUE) throw();
	HRESULT DllUnregisterServer(BOOL bUnRegTypeLib = TRUE) throw();
	HRESULT GetClassObject(REFCLSID rclsid, REFIID riid, LPVOID *ppv) throw();
};

template <class T> class CAtlExeModuleT : public CAtlModuleT<T> {
public:
	CAtlExeModuleT() throw();
	~CAtlExeModuleT() throw();
	int WinMain(int nShowCmd) throw();
	HRESULT Run(int nShowCmd = SW_HIDE) throw();
	HRESULT PreMessageLoop(int nShowCmd) throw();
	HRESULT PostMessageLoop() throw();
	void RunMessageLoop() throw();
	bool ParseCommandLine(LPCTSTR lpCmdLine, HRESULT *pnRetCode) throw();
	HRESULT RegisterClassObjects(DWORD dwClsContext, DWORD dwFlags) throw();
	HRESULT RevokeClassObjects() throw();
	LONG Unlock() throw();
	void MonitorShutdown() throw();
	HANDLE StartMonitor() throw();
	static HRESULT InitializeCom() throw();
	static void UninitializeCom() throw();
	static LPCTSTR FindOneOf(LPCTSTR p1, LPCTSTR p2) throw();
	DWORD m_dwMainThreadID;
	HANDLE m_hEventShutdown;
	DWORD m_dwTimeOut;
	DWORD m_dwPause;
	bool m_bDelayShutdown;
	bool m_bActivity;
	bool m_bComInitialized;
};

template <class T, UINT nServiceNameID> class CAtlServiceModuleT : public CAtlExeModuleT<T> {
public:
	CAtlServiceModuleT() throw();
	int WinMain(int nShowCmd) throw();
	HRESULT Start(int nShowCmd) throw();
	void ServiceMain(DWORD dwArgc, LPTSTR *lpszArgv) throw();
	HRESULT Run(int nShowCmd = SW_HIDE) throw();
	HRESULT PreMessageLoop(int nShowCmd) throw();
	void OnStop() throw();
	void OnPause() throw();
	void OnContinue() throw();
	void OnInterrogate() throw();
	void OnShutdown() throw();
	void OnUnknownRequest(DWORD dwOpcode) throw();
	void Handler(DWORD dwOpcode) throw();
	void SetServiceStatus(DWORD dwState) throw();
	BOOL IsInstalled() throw();
	BOOL Install() throw();
	BOOL Uninstall() throw();
	LONG Unlock() throw();
	void LogEvent(LPCTSTR pszFormat, ...) throw();
	HRESULT RegisterAppId(bool bService = false) throw();
	HRESULT UnregisterServer(BOOL bUnRegTypeLib, const CLSID *pCLSID = NULL) throw();
	bool ParseCommandLine(LPCTSTR lpCmdLine, HRESULT *pnRetCode) throw();
	TCHAR m_szServiceName[256];
	SERVICE_STATUS_HANDLE m_hServiceStatus;
	SERVICE_STATUS m_status;
	BOOL m_bService;
	DWORD dwThreadID;
};

class CComModule : public CAtlModuleT<CComModule> {
public:
	_ATL_OBJMAP_ENTRY *m_pObjMap;
	HINSTANCE m_hInst;
	HINSTANCE m_hInstResource;
	HINSTANCE m_hInstTypeLib;
	HRESULT Init(_ATL_OBJMAP_ENTRY *p, HINSTANCE h, const GUID *plibid = NULL) throw();
	void Term() throw();
	HINSTANCE GetModuleInstance() throw();
	HINSTANCE GetResourceInstance() throw();
	HINSTANCE GetTypeLibInstance() throw();
	HRESULT GetClassObject(REFCLSID rclsid, REFIID riid, LPVOID *ppv) throw();
	HRESULT RegisterClassObjects(DWORD dwClsContext, DWORD dwFlags) throw();
	HRESULT RevokeClassObjects() throw();
	HRESULT RegisterServer(BOOL bRegTypeLib = FALSE, const CLSID *pCLSID = NULL) throw();
	HRESULT UnregisterServer(BOOL bUnRegTypeLib, const CLSID *pCLSID = NULL) throw();
	HRESULT UnregisterServer(const CLSID *pCLSID = NULL) throw();
	HRESULT RegisterTypeLib() throw();
	HRESULT RegisterTypeLib(LPCTSTR lpszIndex) throw();
	HRESULT UnRegisterTypeLib() throw();
	HRESULT UnRegisterTypeLib(LPCTSTR lpszIndex) throw();
	HRESULT RegisterClassHelper(const CLSID &clsid, LPCTSTR lpszProgID, LPCTSTR lpszVerIndProgID, UINT nDescID,
				    DWORD dwFlags) throw();
	HRESULT UnregisterClassHelper(const CLSID &clsid, LPCTSTR lpszProgID, LPCTSTR lpszVerIndProgID) throw();
	HRESULT WINAPI UpdateRegistryClass(const CLSID &clsid, LPCTSTR lpszProgID, LPCTSTR lpszVerIndProgID, UINT nDescID,
					  DWORD dwFlags, BOOL bRegister);
	HRESULT WINAPI UpdateRegistryClass(const CLSID &clsid, LPCTSTR lpszProgID, LPCTSTR lpszVerIndProgID,
					  LPCTSTR szDesc, DWORD dwFlags, BOOL bRegister);
	BOOL WINAPI DllMain(HINSTANCE hInstance, DWORD dwReason, LPVOID lpReserved, _ATL_OBJMAP_ENTRY *pObjMap,
			    const GUID *pLibID);
	HRESULT DllCanUnloadNow() throw();
	HRESULT DllGetClassObject(REFCLSID rclsid, REFIID riid, LPVOID *ppv) throw();
	HRESULT DllRegisterServer(BOOL bRegTypeLib = TRUE) throw();
	HRESULT DllUnregisterServer(BOOL bUnRegTypeLib = TRUE) throw();
	HRESULT AddCommonRGSReplacements(IRegistrarBase *pRegistrar) throw();
};
}

/* Module declarations inside a CAtlModuleT-derived class */
#define DECLARE_LIBID(libid) \
	static void InitLibId() throw() { ATL::CAtlModule::m_libid = libid; }
#define DECLARE_REGISTRY_APPID_RESOURCEID(resid, appid) \
	static LPCOLESTR GetAppId() throw() { return OLESTR(appid); } \
	static TCHAR *GetAppIdT() throw() { return (TCHAR *)TEXT(appid); } \
	static HRESULT WINAPI UpdateRegistryAppId(BOOL bRegister) throw() \
	{ \
		ATL::_ATL_REGMAP_ENTRY aMapEntries[] = { { OLESTR("APPID"), GetAppId() }, { NULL, NULL } }; \
		return ATL::_pAtlModule->UpdateRegistryFromResource(resid, bRegister, aMapEntries); \
	}
#define DECLARE_TRADITIONAL_REGISTRY_APPID_RESOURCEID DECLARE_REGISTRY_APPID_RESOURCEID

#endif
#endif
