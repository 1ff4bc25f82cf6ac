/*
 * driso shim: atlctl.h (ATL ActiveX controls). See atldef.h for what
 * driso's ATL stand-in is: names, template parameters and member
 * signatures from the Learn ATL class reference (CComControlBase,
 * CComControl, ATL_DRAWINFO, ATL_PROPMAP_ENTRY and the property-map
 * macros, CFirePropNotifyEvent, IPropertyNotifySinkCP, the I*Impl
 * classes of the control interfaces, IObjectSafetyImpl,
 * IPropertyPageImpl, DECLARE_OLEMISC_STATUS); members are declared, not
 * defined. The I*Impl classes declare the methods of the interface they
 * implement with the signatures of mingw-w64's oleidl.h / ocidl.h /
 * objidl.h / objsafe.h, so a control class built from them is concrete.
 * Layout of the property-map table is driso's own.
 * C++ only.
 */
#ifndef DRISO_SHIM_ATLCTL_H
#define DRISO_SHIM_ATLCTL_H
#include "atlbase.h"
#include "atlcom.h"
#include "atlwin.h"
#ifdef __cplusplus
#include <ocidl.h>
#include <olectl.h>
#include <objsafe.h>
#include <stddef.h>

namespace ATL {

/* Drawing */
struct ATL_DRAWINFO {
	UINT cbSize;
	DWORD dwDrawAspect;
	LONG lindex;
	DVTARGETDEVICE *ptd;
	HDC hicTargetDev;
	HDC hdcDraw;
	LPCRECTL prcBounds;
	LPCRECTL prcWBounds;
	BOOL bOptimize;
	BOOL bZoomed;
	BOOL bRectInHimetric;
	SIZEL ZoomNum;
	SIZEL ZoomDen;
};

/* Property maps */
struct ATL_PROPMAP_ENTRY {
	LPCOLESTR szDesc;
	DISPID dispid;
	const CLSID *pclsidPropPage;
	const IID *piidDispatch;
	DWORD dwOffsetData;
	DWORD dwSizeData;
	VARTYPE vt;
	const CLSID *rgclsidAllowed;
	DWORD cclsidAllowed;
};

HRESULT __stdcall AtlIPersistStreamInit_Load(LPSTREAM pStm, const ATL_PROPMAP_ENTRY *pMap, void *pThis,
					     IUnknown *pUnk);
HRESULT __stdcall AtlIPersistStreamInit_Save(LPSTREAM pStm, BOOL fClearDirty, const ATL_PROPMAP_ENTRY *pMap,
					     void *pThis, IUnknown *pUnk);
HRESULT __stdcall AtlIPersistPropertyBag_Load(LPPROPERTYBAG pPropBag, LPERRORLOG pErrorLog,
					      const ATL_PROPMAP_ENTRY *pMap, void *pThis, IUnknown *pUnk);
HRESULT __stdcall AtlIPersistPropertyBag_Save(LPPROPERTYBAG pPropBag, BOOL fClearDirty, BOOL fSaveAllProperties,
					      const ATL_PROPMAP_ENTRY *pMap, void *pThis, IUnknown *pUnk);

/* Property-change notifications */
class CFirePropNotifyEvent {
public:
	static HRESULT FireOnRequestEdit(IUnknown *pUnk, DISPID dispID);
	static HRESULT FireOnChanged(IUnknown *pUnk, DISPID dispID);
};
class CFakeFirePropNotifyEvent {
public:
	static HRESULT FireOnRequestEdit(IUnknown *pUnk, DISPID dispID);
	static HRESULT FireOnChanged(IUnknown *pUnk, DISPID dispID);
};
template <class T, class CDV = CComDynamicUnkArray>
class IPropertyNotifySinkCP : public IConnectionPointImpl<T, &IID_IPropertyNotifySink, CDV> {
public:
	typedef CFirePropNotifyEvent __ATL_PROP_NOTIFY_EVENT_CLASS;
};

/* The control base */
class CComControlBase {
public:
	typedef short AppearanceType;

	CComControlBase(HWND &h);
	virtual ~CComControlBase();

	HRESULT ControlQueryInterface(const IID &iid, void **ppv);
	BOOL DoesVerbActivate(LONG iVerb);
	BOOL DoesVerbUIActivate(LONG iVerb);
	HRESULT DoVerbProperties(LPCRECT prcPosRect, HWND hwndParent);
	HRESULT FireViewChange();
	BOOL GetDirty();
	void SetDirty(BOOL bDirty);
	void GetZoomInfo(ATL_DRAWINFO &di);
	HRESULT InPlaceActivate(LONG iVerb, const RECT *prcPosRect = NULL);
	HRESULT InternalGetSite(REFIID riid, void **ppUnkSite);
	virtual HRESULT OnDraw(ATL_DRAWINFO &di);
	virtual HRESULT OnDrawAdvanced(ATL_DRAWINFO &di);
	LRESULT OnKillFocus(UINT nMsg, WPARAM wParam, LPARAM lParam, BOOL &bHandled);
	LRESULT OnMouseActivate(UINT nMsg, WPARAM wParam, LPARAM lParam, BOOL &bHandled);
	LRESULT OnPaint(UINT nMsg, WPARAM wParam, LPARAM lParam, BOOL &bHandled);
	LRESULT OnSetFocus(UINT nMsg, WPARAM wParam, LPARAM lParam, BOOL &bHandled);
	BOOL PreTranslateAccelerator(LPMSG pMsg, HRESULT &hRet);
	HRESULT SendOnClose();
	HRESULT SendOnDataChange(DWORD advf = 0);
	HRESULT SendOnRename(IMoniker *pmk);
	HRESULT SendOnSave();
	HRESULT SendOnViewChange(DWORD dwAspect, LONG lindex = -1);
	BOOL SetControlFocus(BOOL bGrab);

	/* ambient properties */
	HRESULT GetAmbientProperty(DISPID dispid, VARIANT &var);
	HRESULT GetAmbientAppearance(short &nAppearance);
	HRESULT GetAmbientAutoClip(BOOL &bAutoClip);
	HRESULT GetAmbientBackColor(OLE_COLOR &BackColor);
	HRESULT GetAmbientCharSet(short &nCharSet);
	HRESULT GetAmbientCodePage(ULONG &ulCodePage);
	HRESULT GetAmbientDisplayAsDefault(BOOL &bDisplayAsDefault);
	HRESULT GetAmbientDisplayName(BSTR &bstrDisplayName);
	HRESULT GetAmbientFont(IFont **ppFont);
	HRESULT GetAmbientFontDisp(IFontDisp **ppFont);
	HRESULT GetAmbientForeColor(OLE_COLOR &ForeColor);
	HRESULT GetAmbientLocaleID(LCID &lcid);
	HRESULT GetAmbientMessageReflect(BOOL &bMessageReflect);
	HRESULT GetAmbientPalette(HPALETTE &hPalette);
	HRESULT GetAmbientRightToLeft(BOOL &bRightToLeft);
	HRESULT GetAmbientScaleUnits(BSTR &bstrScaleUnits);
	HRESULT GetAmbientShowGrabHandles(BOOL &bShowGrabHandles);
	HRESULT GetAmbientShowHatching(BOOL &bShowHatching);
	HRESULT GetAmbientSupportsMnemonics(BOOL &bSupportsMnemonics);
	HRESULT GetAmbientTextAlign(short &nTextAlign);
	HRESULT GetAmbientTopToBottom(BOOL &bTopToBottom);
	HRESULT GetAmbientUIDead(BOOL &bUIDead);
	HRESULT GetAmbientUserMode(BOOL &bUserMode);

	/* helpers behind the I*Impl classes */
	HRESULT IDataObject_GetData(FORMATETC *pformatetcIn, STGMEDIUM *pmedium);
	HRESULT IOleInPlaceObject_InPlaceDeactivate();
	HRESULT IOleInPlaceObject_SetObjectRects(LPCRECT prcPos, LPCRECT prcClip);
	HRESULT IOleInPlaceObject_UIDeactivate();
	HRESULT IOleObject_Close(DWORD dwSaveOption);
	HRESULT IOleObject_SetClientSite(IOleClientSite *pClientSite);
	HRESULT IOleObject_GetClientSite(IOleClientSite **ppClientSite);
	HRESULT IOleObject_Advise(IAdviseSink *pAdvSink, DWORD *pdwConnection);
	HRESULT IOleObject_SetExtent(DWORD dwDrawAspect, SIZEL *psizel);
	HRESULT IPersistPropertyBag_Load(LPPROPERTYBAG pPropBag, LPERRORLOG pErrorLog, const ATL_PROPMAP_ENTRY *pMap);
	HRESULT IPersistPropertyBag_Save(LPPROPERTYBAG pPropBag, BOOL fClearDirty, BOOL fSaveAllProperties,
					 const ATL_PROPMAP_ENTRY *pMap);
	HRESULT IPersistStreamInit_Load(LPSTREAM pStm, const ATL_PROPMAP_ENTRY *pMap);
	HRESULT IPersistStreamInit_Save(LPSTREAM pStm, BOOL fClearDirty, const ATL_PROPMAP_ENTRY *pMap);
	HRESULT IQuickActivate_QuickActivate(QACONTAINER *pQACont, QACONTROL *pQACtrl);
	HRESULT IViewObject_Draw(DWORD dwDrawAspect, LONG lindex, void *pvAspect, DVTARGETDEVICE *ptd,
				 HDC hicTargetDev, HDC hdcDraw, LPCRECTL prcBounds, LPCRECTL prcWBounds);

	/* state */
	CComPtr<IOleInPlaceSiteWindowless> m_spInPlaceSite;
	CComPtr<IDataAdviseHolder> m_spDataAdviseHolder;
	CComPtr<IOleAdviseHolder> m_spOleAdviseHolder;
	CComPtr<IOleClientSite> m_spClientSite;
	CComPtr<IAdviseSink> m_spAdviseSink;
	CComDispatchDriver m_spAmbientDispatch;
	SIZE m_sizeNatural;
	SIZE m_sizeExtent;
	RECT m_rcPos;
	HWND &m_hWndCD;
	int m_nFreezeEvents;
	unsigned m_bNegotiatedWnd : 1;
	unsigned m_bWndLess : 1;
	unsigned m_bInPlaceActive : 1;
	unsigned m_bUIActive : 1;
	unsigned m_bUsingWindowRgn : 1;
	unsigned m_bInPlaceSiteEx : 1;
	unsigned m_bWindowOnly : 1;
	unsigned m_bRequiresSave : 1;
	unsigned m_bWasOnceWindowless : 1;
	unsigned m_bAutoSize : 1;
	unsigned m_bRecomposeOnResize : 1;
	unsigned m_bResizeNatural : 1;
	unsigned m_bDrawFromNatural : 1;
	unsigned m_bDrawGetDataInHimetric : 1;
};

template <class T, class WinBase = CWindowImpl<T> > class ATL_NO_VTABLE CComControl : public CComControlBase,
										   public WinBase {
public:
	CComControl();
	HRESULT FireOnRequestEdit(DISPID dispID);
	HRESULT FireOnChanged(DISPID dispID);
	virtual HRESULT ControlQueryInterface(const IID &iid, void **ppv);
	virtual HWND CreateControlWindow(HWND hWndParent, RECT &rcPos);
	int MessageBox(LPCTSTR lpszText, LPCTSTR lpszCaption = TEXT(""), UINT nType = MB_OK);
	typedef CComControl<T, WinBase> thisClass;
	typedef WinBase baseWinClass;
	/* its message map (WM_PAINT, WM_SETFOCUS, WM_KILLFOCUS,
	 * WM_MOUSEACTIVATE to CComControlBase), chained by derived controls */
	BOOL ProcessWindowMessage(HWND hWnd, UINT uMsg, WPARAM wParam, LPARAM lParam, LRESULT &lResult,
				  DWORD dwMsgMapID = 0);
};

/* Interface implementations for controls */
template <class T> class ATL_NO_VTABLE IOleControlImpl : public IOleControl {
public:
	STDMETHOD(GetControlInfo)(CONTROLINFO *pCI);
	STDMETHOD(OnMnemonic)(MSG *pMsg);
	STDMETHOD(OnAmbientPropertyChange)(DISPID dispID);
	STDMETHOD(FreezeEvents)(WINBOOL bFreeze);
};

template <class T> class ATL_NO_VTABLE IOleObjectImpl : public IOleObject {
public:
	STDMETHOD(SetClientSite)(IOleClientSite *pClientSite);
	STDMETHOD(GetClientSite)(IOleClientSite **ppClientSite);
	STDMETHOD(SetHostNames)(LPCOLESTR szContainerApp, LPCOLESTR szContainerObj);
	STDMETHOD(Close)(DWORD dwSaveOption);
	STDMETHOD(SetMoniker)(DWORD dwWhichMoniker, IMoniker *pmk);
	STDMETHOD(GetMoniker)(DWORD dwAssign, DWORD dwWhichMoniker, IMoniker **ppmk);
	STDMETHOD(InitFromData)(IDataObject *pDataObject, WINBOOL fCreation, DWORD dwReserved);
	STDMETHOD(GetClipboardData)(DWORD dwReserved, IDataObject **ppDataObject);
	STDMETHOD(DoVerb)(LONG iVerb, LPMSG lpmsg, IOleClientSite *pActiveSite, LONG lindex, HWND hwndParent,
			  LPCRECT lprcPosRect);
	STDMETHOD(EnumVerbs)(IEnumOLEVERB **ppEnumOleVerb);
	STDMETHOD(Update)();
	STDMETHOD(IsUpToDate)();
	STDMETHOD(GetUserClassID)(CLSID *pClsid);
	STDMETHOD(GetUserType)(DWORD dwFormOfType, LPOLESTR *pszUserType);
	STDMETHOD(SetExtent)(DWORD dwDrawAspect, SIZEL *psizel);
	STDMETHOD(GetExtent)(DWORD dwDrawAspect, SIZEL *psizel);
	STDMETHOD(Advise)(IAdviseSink *pAdvSink, DWORD *pdwConnection);
	STDMETHOD(Unadvise)(DWORD dwConnection);
	STDMETHOD(EnumAdvise)(IEnumSTATDATA **ppenumAdvise);
	STDMETHOD(GetMiscStatus)(DWORD dwAspect, DWORD *pdwStatus);
	STDMETHOD(SetColorScheme)(LOGPALETTE *pLogpal);
	/* verb helpers a control may override */
	HRESULT DoVerbPrimary(LPCRECT prcPosRect, HWND hwndParent);
	HRESULT DoVerbShow(LPCRECT prcPosRect, HWND hwndParent);
	HRESULT DoVerbInPlaceActivate(LPCRECT prcPosRect, HWND hwndParent);
	HRESULT DoVerbUIActivate(LPCRECT prcPosRect, HWND hwndParent);
	HRESULT DoVerbHide(LPCRECT prcPosRect, HWND hwndParent);
	HRESULT DoVerbOpen(LPCRECT prcPosRect, HWND hwndParent);
	HRESULT DoVerbDiscardUndo(LPCRECT prcPosRect, HWND hwndParent);
	HRESULT OnPreVerbInPlaceActivate();
	HRESULT OnPostVerbInPlaceActivate();
	HRESULT OnPreVerbUIActivate();
	HRESULT OnPostVerbUIActivate();
	HRESULT OnPreVerbShow();
	HRESULT OnPostVerbShow();
	HRESULT OnPreVerbHide();
	HRESULT OnPostVerbHide();
	HRESULT OnPreVerbOpen();
	HRESULT OnPostVerbOpen();
	HRESULT OnPreVerbDiscardUndo();
	HRESULT OnPostVerbDiscardUndo();
	static HRESULT WINAPI UpdateRegistry(BOOL bRegister);
};

template <class T> class ATL_NO_VTABLE IOleInPlaceObjectWindowlessImpl : public IOleInPlaceObjectWindowless {
public:
	STDMETHOD(GetWindow)(HWND *phwnd);
	STDMETHOD(ContextSensitiveHelp)(WINBOOL fEnterMode);
	STDMETHOD(InPlaceDeactivate)();
	STDMETHOD(UIDeactivate)();
	STDMETHOD(SetObjectRects)(LPCRECT lprcPosRect, LPCRECT lprcClipRect);
	STDMETHOD(ReactivateAndUndo)();
	STDMETHOD(OnWindowMessage)(UINT msg, WPARAM wParam, LPARAM lParam, LRESULT *plResult);
	STDMETHOD(GetDropTarget)(IDropTarget **ppDropTarget);
};

template <class T> class ATL_NO_VTABLE IOleInPlaceActiveObjectImpl : public IOleInPlaceActiveObject {
public:
	STDMETHOD(GetWindow)(HWND *phwnd);
	STDMETHOD(ContextSensitiveHelp)(WINBOOL fEnterMode);
	STDMETHOD(TranslateAccelerator)(LPMSG lpmsg);
	STDMETHOD(OnFrameWindowActivate)(WINBOOL fActivate);
	STDMETHOD(OnDocWindowActivate)(WINBOOL fActivate);
	STDMETHOD(ResizeBorder)(LPCRECT prcBorder, IOleInPlaceUIWindow *pUIWindow, WINBOOL fFrameWindow);
	STDMETHOD(EnableModeless)(WINBOOL fEnable);
};

template <class T> class ATL_NO_VTABLE IViewObjectExImpl : public IViewObjectEx {
public:
	STDMETHOD(Draw)(DWORD dwDrawAspect, LONG lindex, void *pvAspect, DVTARGETDEVICE *ptd, HDC hdcTargetDev,
			HDC hdcDraw, LPCRECTL lprcBounds, LPCRECTL lprcWBounds,
			WINBOOL(STDMETHODCALLTYPE *pfnContinue)(ULONG_PTR dwContinue), ULONG_PTR dwContinue);
	STDMETHOD(GetColorSet)(DWORD dwDrawAspect, LONG lindex, void *pvAspect, DVTARGETDEVICE *ptd,
			       HDC hicTargetDev, LOGPALETTE **ppColorSet);
	STDMETHOD(Freeze)(DWORD dwDrawAspect, LONG lindex, void *pvAspect, DWORD *pdwFreeze);
	STDMETHOD(Unfreeze)(DWORD dwFreeze);
	STDMETHOD(SetAdvise)(DWORD aspects, DWORD advf, IAdviseSink *pAdvSink);
	STDMETHOD(GetAdvise)(DWORD *pAspects, DWORD *pAdvf, IAdviseSink **ppAdvSink);
	STDMETHOD(GetExtent)(DWORD dwDrawAspect, LONG lindex, DVTARGETDEVICE *ptd, LPSIZEL lpsizel);
	STDMETHOD(GetRect)(DWORD dwAspect, LPRECTL pRect);
	STDMETHOD(GetViewStatus)(DWORD *pdwStatus);
	STDMETHOD(QueryHitPoint)(DWORD dwAspect, LPCRECT pRectBounds, POINT ptlLoc, LONG lCloseHint,
				 DWORD *pHitResult);
	STDMETHOD(QueryHitRect)(DWORD dwAspect, LPCRECT pRectBounds, LPCRECT pRectLoc, LONG lCloseHint,
				DWORD *pHitResult);
	STDMETHOD(GetNaturalExtent)(DWORD dwAspect, LONG lindex, DVTARGETDEVICE *ptd, HDC hicTargetDev,
				    DVEXTENTINFO *pExtentInfo, LPSIZEL pSizel);
};

template <class T> class ATL_NO_VTABLE IQuickActivateImpl : public IQuickActivate {
public:
	STDMETHOD(QuickActivate)(QACONTAINER *pQaContainer, QACONTROL *pQaControl);
	STDMETHOD(SetContentExtent)(LPSIZEL pSizel);
	STDMETHOD(GetContentExtent)(LPSIZEL pSizel);
};

template <class T> class ATL_NO_VTABLE IPersistStreamInitImpl : public IPersistStreamInit {
public:
	STDMETHOD(GetClassID)(CLSID *pClassID);
	STDMETHOD(IsDirty)();
	STDMETHOD(Load)(LPSTREAM pStm);
	STDMETHOD(Save)(LPSTREAM pStm, WINBOOL fClearDirty);
	STDMETHOD(GetSizeMax)(ULARGE_INTEGER *pCbSize);
	STDMETHOD(InitNew)();
	HRESULT IPersistStreamInit_Load(LPSTREAM pStm, const ATL_PROPMAP_ENTRY *pMap);
	HRESULT IPersistStreamInit_Save(LPSTREAM pStm, BOOL fClearDirty, const ATL_PROPMAP_ENTRY *pMap);
};

template <class T> class ATL_NO_VTABLE IPersistStorageImpl : public IPersistStorage {
public:
	STDMETHOD(GetClassID)(CLSID *pClassID);
	STDMETHOD(IsDirty)();
	STDMETHOD(InitNew)(IStorage *pStg);
	STDMETHOD(Load)(IStorage *pStg);
	STDMETHOD(Save)(IStorage *pStgSave, WINBOOL fSameAsLoad);
	STDMETHOD(SaveCompleted)(IStorage *pStgNew);
	STDMETHOD(HandsOffStorage)();
};

template <class T> class ATL_NO_VTABLE IPersistPropertyBagImpl : public IPersistPropertyBag {
public:
	STDMETHOD(GetClassID)(CLSID *pClassID);
	STDMETHOD(InitNew)();
	STDMETHOD(Load)(IPropertyBag *pPropBag, IErrorLog *pErrorLog);
	STDMETHOD(Save)(IPropertyBag *pPropBag, WINBOOL fClearDirty, WINBOOL fSaveAllProperties);
	HRESULT IPersistPropertyBag_Load(LPPROPERTYBAG pPropBag, LPERRORLOG pErrorLog, const ATL_PROPMAP_ENTRY *pMap);
	HRESULT IPersistPropertyBag_Save(LPPROPERTYBAG pPropBag, BOOL fClearDirty, BOOL fSaveAllProperties,
					 const ATL_PROPMAP_ENTRY *pMap);
};

template <class T> class ATL_NO_VTABLE IDataObjectImpl : public IDataObject {
public:
	STDMETHOD(GetData)(FORMATETC *pformatetcIn, STGMEDIUM *pmedium);
	STDMETHOD(GetDataHere)(FORMATETC *pformatetc, STGMEDIUM *pmedium);
	STDMETHOD(QueryGetData)(FORMATETC *pformatetc);
	STDMETHOD(GetCanonicalFormatEtc)(FORMATETC *pformatectIn, FORMATETC *pformatetcOut);
	STDMETHOD(SetData)(FORMATETC *pformatetc, STGMEDIUM *pmedium, WINBOOL fRelease);
	STDMETHOD(EnumFormatEtc)(DWORD dwDirection, IEnumFORMATETC **ppenumFormatEtc);
	STDMETHOD(DAdvise)(FORMATETC *pformatetc, DWORD advf, IAdviseSink *pAdvSink, DWORD *pdwConnection);
	STDMETHOD(DUnadvise)(DWORD dwConnection);
	STDMETHOD(EnumDAdvise)(IEnumSTATDATA **ppenumAdvise);
	CComPtr<IDataAdviseHolder> m_spDataAdviseHolder;
};

template <class T> class ATL_NO_VTABLE ISpecifyPropertyPagesImpl : public ISpecifyPropertyPages {
public:
	STDMETHOD(GetPages)(CAUUID *pPages);
};

template <class T> class ATL_NO_VTABLE IPointerInactiveImpl : public IPointerInactive {
public:
	STDMETHOD(GetActivationPolicy)(DWORD *pdwPolicy);
	STDMETHOD(OnInactiveMouseMove)(LPCRECT pRectBounds, LONG x, LONG y, DWORD grfKeyState);
	STDMETHOD(OnInactiveSetCursor)(LPCRECT pRectBounds, LONG x, LONG y, DWORD dwMouseMsg, WINBOOL fSetAlways);
};

template <class T> class ATL_NO_VTABLE IRunnableObjectImpl : public IRunnableObject {
public:
	STDMETHOD(GetRunningClass)(LPCLSID lpClsid);
	STDMETHOD(Run)(LPBINDCTX pbc);
	virtual WINBOOL STDMETHODCALLTYPE IsRunning();
	STDMETHOD(LockRunning)(WINBOOL fLock, WINBOOL fLastUnlockCloses);
	STDMETHOD(SetContainedObject)(WINBOOL fContained);
};

template <class T, DWORD dwSupportedSafety = INTERFACESAFE_FOR_UNTRUSTED_CALLER | INTERFACESAFE_FOR_UNTRUSTED_DATA>
class ATL_NO_VTABLE IObjectSafetyImpl : public IObjectSafety {
public:
	DWORD m_dwCurrentSafety;
	STDMETHOD(GetInterfaceSafetyOptions)(REFIID riid, DWORD *pdwSupportedOptions, DWORD *pdwEnabledOptions);
	STDMETHOD(SetInterfaceSafetyOptions)(REFIID riid, DWORD dwOptionSetMask, DWORD dwEnabledOptions);
};

/* Property pages */
template <class T> class ATL_NO_VTABLE IPropertyPageImpl : public IPropertyPage {
public:
	IPropertyPageImpl();
	virtual ~IPropertyPageImpl();
	void SetDirty(BOOL bDirty);
	STDMETHOD(SetPageSite)(IPropertyPageSite *pPageSite);
	STDMETHOD(Activate)(HWND hWndParent, LPCRECT pRect, WINBOOL bModal);
	STDMETHOD(Deactivate)();
	STDMETHOD(GetPageInfo)(PROPPAGEINFO *pPageInfo);
	STDMETHOD(SetObjects)(ULONG cObjects, IUnknown **ppUnk);
	STDMETHOD(Show)(UINT nCmdShow);
	STDMETHOD(Move)(LPCRECT pRect);
	STDMETHOD(IsPageDirty)();
	STDMETHOD(Apply)();
	STDMETHOD(Help)(LPCOLESTR pszHelpDir);
	STDMETHOD(TranslateAccelerator)(MSG *pMsg);
	CComPtr<IPropertyPageSite> m_pPageSite;
	IUnknown **m_ppUnk;
	ULONG m_nObjects;
	DWORD m_dwTitleID;
	DWORD m_dwHelpFileID;
	DWORD m_dwDocStringID;
	DWORD m_dwHelpContext;
	BOOL m_bDirty;
};
template <class T> class ATL_NO_VTABLE IPropertyPage2Impl : public IPropertyPageImpl<T> {
public:
	STDMETHOD(EditProperty)(DISPID dispID);
};
template <class T> class CComPropertyPage;

} /* namespace ATL */

/* The control's OLEMISC_ status bits (IOleObject::GetMiscStatus) */
#define DECLARE_OLEMISC_STATUS(x) \
	static DWORD _GetMiscStatus() throw() \
	{ \
		static DWORD m = x; \
		return m; \
	}

/* Property map: GetPropertyMap of the user's class */
#define DRISO_ATL_BEGIN_PROPMAP(theClass) \
	__if_not_exists(__ATL_PROP_NOTIFY_EVENT_CLASS) \
	{ \
		typedef ATL::CFakeFirePropNotifyEvent __ATL_PROP_NOTIFY_EVENT_CLASS; \
	} \
	typedef theClass _PropMapClass; \
	static const ATL::ATL_PROPMAP_ENTRY *GetPropertyMap() \
	{ \
		static const ATL::ATL_PROPMAP_ENTRY pPropMap[] = {
/* BEGIN_PROPERTY_MAP: any persistable object; BEGIN_PROP_MAP: a control,
 * whose map starts with its extent (m_sizeExtent of CComControlBase) */
#define BEGIN_PROPERTY_MAP(theClass) DRISO_ATL_BEGIN_PROPMAP(theClass)
#define BEGIN_PROP_MAP(theClass) \
	DRISO_ATL_BEGIN_PROPMAP(theClass) \
	{ OLESTR("_cx"), 0, &CLSID_NULL, NULL, offsetof(_PropMapClass, m_sizeExtent.cx), sizeof(long), VT_UI4, NULL, 0 }, \
		{ OLESTR("_cy"), 0, &CLSID_NULL, NULL, offsetof(_PropMapClass, m_sizeExtent.cy), sizeof(long), VT_UI4, \
		  NULL, 0 },
#define PROP_ENTRY_TYPE(szDesc, dispid, clsid, vt) \
	{ OLESTR(szDesc), dispid, &clsid, &__uuidof(IDispatch), 0, 0, vt, NULL, 0 },
#define PROP_ENTRY_TYPE_EX(szDesc, dispid, clsid, iidDispatch, vt) \
	{ OLESTR(szDesc), dispid, &clsid, &iidDispatch, 0, 0, vt, NULL, 0 },
#define PROP_ENTRY(szDesc, dispid, clsid) PROP_ENTRY_TYPE(szDesc, dispid, clsid, VT_EMPTY)
#define PROP_ENTRY_EX(szDesc, dispid, clsid, iidDispatch) PROP_ENTRY_TYPE_EX(szDesc, dispid, clsid, iidDispatch, VT_EMPTY)
#define PROP_ENTRY_INTERFACE(szDesc, dispid, clsid, rgclsidAllowed, cclsidAllowed) \
	{ OLESTR(szDesc), dispid, &clsid, &__uuidof(IDispatch), 0, 0, VT_UNKNOWN, rgclsidAllowed, cclsidAllowed },
#define PROP_ENTRY_INTERFACE_EX(szDesc, dispid, clsid, iidDispatch, rgclsidAllowed, cclsidAllowed) \
	{ OLESTR(szDesc), dispid, &clsid, &iidDispatch, 0, 0, VT_UNKNOWN, rgclsidAllowed, cclsidAllowed },
#define PROP_DATA_ENTRY(szDesc, member, vt) \
	{ OLESTR(szDesc), 0, &CLSID_NULL, NULL, offsetof(_PropMapClass, member), \
	  sizeof(((_PropMapClass *)0)->member), vt, NULL, 0 },
#define PROP_PAGE(clsid) { NULL, 0, &clsid, &IID_NULL, 0, 0, 0, NULL, 0 },
#define END_PROPERTY_MAP() END_PROP_MAP()
#define END_PROP_MAP() \
	{ NULL, 0, NULL, &IID_NULL, 0, 0, 0, NULL, 0 } \
		}; \
		return pPropMap; \
	}

#endif /* __cplusplus */
#endif
