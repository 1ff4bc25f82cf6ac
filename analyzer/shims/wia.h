/*
 * driso shim: wia.h (wraps mingw-w64's).
 *
 * mingw's wia.h is the Windows XP (WIA 1.0) header. Added here from the
 * SDK's wia_lh.h (WIA 2.0, Vista and later): WiaTransferParams, the
 * IWiaItem2 / IEnumWiaItem2 / IWiaDevMgr2 item tree, IWiaTransfer and
 * IWiaTransferCallback, the error handler, segmentation filter, image
 * filter and preview interfaces (C++; C TUs get the forward
 * declarations), and CLSID_WiaDevMgr2. The WIA 2.0 property, category
 * and format definitions are in the wiadef.h shim, which mingw's wia.h
 * includes.
 *
 * Provenance: names, method order, parameter lists and GUID values from
 * Microsoft's Win32 API metadata (microsoft/win32metadata, MIT licence),
 * transcribed into this layout by a one-off script.
 */
#include_next <wia.h>
#ifndef DRISO_SHIM_WIA_H
#define DRISO_SHIM_WIA_H
#include "driso_shims.h"
/* mingw's wia.h includes "wiadef.h" with quotes, which finds its own
 * copy first; pull in the wiadef.h shim's additions explicitly. */
#include <wiadef.h>

#ifndef DRISO_HAVE_WIA2
#define DRISO_HAVE_WIA2
typedef interface IEnumWiaItem2 IEnumWiaItem2;
typedef interface IWiaTransferCallback IWiaTransferCallback;
typedef interface IWiaTransfer IWiaTransfer;
typedef interface IWiaAppErrorHandler IWiaAppErrorHandler;
typedef interface IWiaErrorHandler IWiaErrorHandler;
typedef interface IWiaSegmentationFilter IWiaSegmentationFilter;
typedef interface IWiaImageFilter IWiaImageFilter;
typedef interface IWiaPreview IWiaPreview;
typedef interface IWiaItem2 IWiaItem2;
typedef interface IWiaDevMgr2 IWiaDevMgr2;

typedef struct _WiaTransferParams {
	LONG lMessage;
	LONG lPercentComplete;
	ULONG64 ulTransferredBytes;
	HRESULT hrErrorStatus;
} WiaTransferParams;

#ifdef __cplusplus
EXTERN_C const IID IID_IEnumWiaItem2;
struct IEnumWiaItem2 : public IUnknown {
	virtual HRESULT STDMETHODCALLTYPE Next(ULONG cElt, IWiaItem2 **ppIWiaItem2, ULONG *pcEltFetched) = 0;
	virtual HRESULT STDMETHODCALLTYPE Skip(ULONG cElt) = 0;
	virtual HRESULT STDMETHODCALLTYPE Reset(void) = 0;
	virtual HRESULT STDMETHODCALLTYPE Clone(IEnumWiaItem2 **ppIEnum) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetCount(ULONG *cElt) = 0;
};
#ifdef __CRT_UUID_DECL
__CRT_UUID_DECL(IEnumWiaItem2, 0x59970af4, 0xcd0d, 0x44d9, 0xab, 0x24, 0x52, 0x29, 0x56, 0x30, 0xe5, 0x82)
#endif
EXTERN_C const IID IID_IWiaTransferCallback;
struct IWiaTransferCallback : public IUnknown {
	virtual HRESULT STDMETHODCALLTYPE TransferCallback(LONG lFlags, WiaTransferParams *pWiaTransferParams) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetNextStream(LONG lFlags, BSTR bstrItemName, BSTR bstrFullItemName, IStream **ppDestination) = 0;
};
#ifdef __CRT_UUID_DECL
__CRT_UUID_DECL(IWiaTransferCallback, 0x27d4eaaf, 0x28a6, 0x4ca5, 0x9a, 0xab, 0xe6, 0x78, 0x16, 0x8b, 0x95, 0x27)
#endif
EXTERN_C const IID IID_IWiaTransfer;
struct IWiaTransfer : public IUnknown {
	virtual HRESULT STDMETHODCALLTYPE Download(LONG lFlags, IWiaTransferCallback *pIWiaTransferCallback) = 0;
	virtual HRESULT STDMETHODCALLTYPE Upload(LONG lFlags, IStream *pSource, IWiaTransferCallback *pIWiaTransferCallback) = 0;
	virtual HRESULT STDMETHODCALLTYPE Cancel(void) = 0;
	virtual HRESULT STDMETHODCALLTYPE EnumWIA_FORMAT_INFO(IEnumWIA_FORMAT_INFO **ppEnum) = 0;
};
#ifdef __CRT_UUID_DECL
__CRT_UUID_DECL(IWiaTransfer, 0xc39d6942, 0x2f4e, 0x4d04, 0x92, 0xfe, 0x4e, 0xf4, 0xd3, 0xa1, 0xde, 0x5a)
#endif
EXTERN_C const IID IID_IWiaAppErrorHandler;
struct IWiaAppErrorHandler : public IUnknown {
	virtual HRESULT STDMETHODCALLTYPE GetWindow(HWND *phwnd) = 0;
	virtual HRESULT STDMETHODCALLTYPE ReportStatus(LONG lFlags, IWiaItem2 *pWiaItem2, HRESULT hrStatus, LONG lPercentComplete) = 0;
};
#ifdef __CRT_UUID_DECL
__CRT_UUID_DECL(IWiaAppErrorHandler, 0x6c16186c, 0xd0a6, 0x400c, 0x80, 0xf4, 0xd2, 0x69, 0x86, 0xa0, 0xe7, 0x34)
#endif
EXTERN_C const IID IID_IWiaErrorHandler;
struct IWiaErrorHandler : public IUnknown {
	virtual HRESULT STDMETHODCALLTYPE ReportStatus(LONG lFlags, HWND hwndParent, IWiaItem2 *pWiaItem2, HRESULT hrStatus, LONG lPercentComplete) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetStatusDescription(LONG lFlags, IWiaItem2 *pWiaItem2, HRESULT hrStatus, BSTR *pbstrDescription) = 0;
};
#ifdef __CRT_UUID_DECL
__CRT_UUID_DECL(IWiaErrorHandler, 0x0e4a51b1, 0xbc1f, 0x443d, 0xa8, 0x35, 0x72, 0xe8, 0x90, 0x75, 0x9e, 0xf3)
#endif
EXTERN_C const IID IID_IWiaSegmentationFilter;
struct IWiaSegmentationFilter : public IUnknown {
	virtual HRESULT STDMETHODCALLTYPE DetectRegions(LONG lFlags, IStream *pInputStream, IWiaItem2 *pWiaItem2) = 0;
};
#ifdef __CRT_UUID_DECL
__CRT_UUID_DECL(IWiaSegmentationFilter, 0xec46a697, 0xac04, 0x4447, 0x8f, 0x65, 0xff, 0x63, 0xd5, 0x15, 0x4b, 0x21)
#endif
EXTERN_C const IID IID_IWiaImageFilter;
struct IWiaImageFilter : public IUnknown {
	virtual HRESULT STDMETHODCALLTYPE InitializeFilter(IWiaItem2 *pWiaItem2, IWiaTransferCallback *pWiaTransferCallback) = 0;
	virtual HRESULT STDMETHODCALLTYPE SetNewCallback(IWiaTransferCallback *pWiaTransferCallback) = 0;
	virtual HRESULT STDMETHODCALLTYPE FilterPreviewImage(LONG lFlags, IWiaItem2 *pWiaChildItem2, RECT InputImageExtents, IStream *pInputStream) = 0;
	virtual HRESULT STDMETHODCALLTYPE ApplyProperties(IWiaPropertyStorage *pWiaPropertyStorage) = 0;
};
#ifdef __CRT_UUID_DECL
__CRT_UUID_DECL(IWiaImageFilter, 0xa8a79ffa, 0x450b, 0x41f1, 0x8f, 0x87, 0x84, 0x9c, 0xcd, 0x94, 0xeb, 0xf6)
#endif
EXTERN_C const IID IID_IWiaPreview;
struct IWiaPreview : public IUnknown {
	virtual HRESULT STDMETHODCALLTYPE GetNewPreview(LONG lFlags, IWiaItem2 *pWiaItem2, IWiaTransferCallback *pWiaTransferCallback) = 0;
	virtual HRESULT STDMETHODCALLTYPE UpdatePreview(LONG lFlags, IWiaItem2 *pChildWiaItem2, IWiaTransferCallback *pWiaTransferCallback) = 0;
	virtual HRESULT STDMETHODCALLTYPE DetectRegions(LONG lFlags) = 0;
	virtual HRESULT STDMETHODCALLTYPE Clear(void) = 0;
};
#ifdef __CRT_UUID_DECL
__CRT_UUID_DECL(IWiaPreview, 0x95c2b4fd, 0x33f2, 0x4d86, 0xad, 0x40, 0x94, 0x31, 0xf0, 0xdf, 0x08, 0xf7)
#endif
EXTERN_C const IID IID_IWiaItem2;
struct IWiaItem2 : public IUnknown {
	virtual HRESULT STDMETHODCALLTYPE CreateChildItem(LONG lItemFlags, LONG lCreationFlags, BSTR bstrItemName, IWiaItem2 **ppIWiaItem2) = 0;
	virtual HRESULT STDMETHODCALLTYPE DeleteItem(LONG lFlags) = 0;
	virtual HRESULT STDMETHODCALLTYPE EnumChildItems(const GUID *pCategoryGUID, IEnumWiaItem2 **ppIEnumWiaItem2) = 0;
	virtual HRESULT STDMETHODCALLTYPE FindItemByName(LONG lFlags, BSTR bstrFullItemName, IWiaItem2 **ppIWiaItem2) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetItemCategory(GUID *pItemCategoryGUID) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetItemType(LONG *pItemType) = 0;
	virtual HRESULT STDMETHODCALLTYPE DeviceDlg(LONG lFlags, HWND hwndParent, BSTR bstrFolderName, BSTR bstrFilename, LONG *plNumFiles, BSTR **ppbstrFilePaths, IWiaItem2 **ppItem) = 0;
	virtual HRESULT STDMETHODCALLTYPE DeviceCommand(LONG lFlags, const GUID *pCmdGUID, IWiaItem2 **ppIWiaItem2) = 0;
	virtual HRESULT STDMETHODCALLTYPE EnumDeviceCapabilities(LONG lFlags, IEnumWIA_DEV_CAPS **ppIEnumWIA_DEV_CAPS) = 0;
	virtual HRESULT STDMETHODCALLTYPE CheckExtension(LONG lFlags, BSTR bstrName, REFIID riidExtensionInterface, BOOL *pbExtensionExists) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetExtension(LONG lFlags, BSTR bstrName, REFIID riidExtensionInterface, void **ppOut) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetParentItem(IWiaItem2 **ppIWiaItem2) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetRootItem(IWiaItem2 **ppIWiaItem2) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetPreviewComponent(LONG lFlags, IWiaPreview **ppWiaPreview) = 0;
	virtual HRESULT STDMETHODCALLTYPE EnumRegisterEventInfo(LONG lFlags, const GUID *pEventGUID, IEnumWIA_DEV_CAPS **ppIEnum) = 0;
	virtual HRESULT STDMETHODCALLTYPE Diagnostic(ULONG ulSize, BYTE *pBuffer) = 0;
};
#ifdef __CRT_UUID_DECL
__CRT_UUID_DECL(IWiaItem2, 0x6cba0075, 0x1287, 0x407d, 0x9b, 0x77, 0xcf, 0x0e, 0x03, 0x04, 0x35, 0xcc)
#endif
EXTERN_C const IID IID_IWiaDevMgr2;
struct IWiaDevMgr2 : public IUnknown {
	virtual HRESULT STDMETHODCALLTYPE EnumDeviceInfo(LONG lFlags, IEnumWIA_DEV_INFO **ppIEnum) = 0;
	virtual HRESULT STDMETHODCALLTYPE CreateDevice(LONG lFlags, BSTR bstrDeviceID, IWiaItem2 **ppWiaItem2Root) = 0;
	virtual HRESULT STDMETHODCALLTYPE SelectDeviceDlg(HWND hwndParent, LONG lDeviceType, LONG lFlags, BSTR *pbstrDeviceID, IWiaItem2 **ppItemRoot) = 0;
	virtual HRESULT STDMETHODCALLTYPE SelectDeviceDlgID(HWND hwndParent, LONG lDeviceType, LONG lFlags, BSTR *pbstrDeviceID) = 0;
	virtual HRESULT STDMETHODCALLTYPE RegisterEventCallbackInterface(LONG lFlags, BSTR bstrDeviceID, const GUID *pEventGUID, IWiaEventCallback *pIWiaEventCallback, IUnknown **pEventObject) = 0;
	virtual HRESULT STDMETHODCALLTYPE RegisterEventCallbackProgram(LONG lFlags, BSTR bstrDeviceID, const GUID *pEventGUID, BSTR bstrFullAppName, BSTR bstrCommandLineArg, BSTR bstrName, BSTR bstrDescription, BSTR bstrIcon) = 0;
	virtual HRESULT STDMETHODCALLTYPE RegisterEventCallbackCLSID(LONG lFlags, BSTR bstrDeviceID, const GUID *pEventGUID, const GUID *pClsID, BSTR bstrName, BSTR bstrDescription, BSTR bstrIcon) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetImageDlg(LONG lFlags, BSTR bstrDeviceID, HWND hwndParent, BSTR bstrFolderName, BSTR bstrFilename, LONG *plNumFiles, BSTR **ppbstrFilePaths, IWiaItem2 **ppItem) = 0;
};
#ifdef __CRT_UUID_DECL
__CRT_UUID_DECL(IWiaDevMgr2, 0x79c07cf1, 0xcbdd, 0x41ee, 0x8e, 0xc3, 0xf0, 0x00, 0x80, 0xca, 0xda, 0x7a)
#endif
#endif /* __cplusplus */

DEFINE_GUID(CLSID_WiaDevMgr2, 0xb6c292bc, 0x7c88, 0x41ee, 0x8b, 0x54, 0x8e, 0xc9, 0x26, 0x17, 0xe5, 0x99);
#ifdef __cplusplus
class DECLSPEC_UUID("B6C292BC-7C88-41ee-8B54-8EC92617E599") WiaDevMgr2;
#endif
#endif /* DRISO_HAVE_WIA2 */
#endif
