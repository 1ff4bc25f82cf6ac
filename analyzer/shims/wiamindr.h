/*
 * driso shim: wiamindr.h (and wiamindr_lh.h), the WIA minidriver
 * interfaces (WDK-only headers). Declarations only, per the Learn
 * wiamindr_lh.h reference: MINIDRV_TRANSFER_CONTEXT, WIA_DEV_CAP_DRV,
 * WIA_PROPERTY_CONTEXT, WIA_PROPERTY_INFO, WIAS_CHANGED_VALUE_INFO, and the
 * IWiaDrvItem, IWiaMiniDrv, IWiaMiniDrvCallBack and
 * IWiaMiniDrvTransferCallback interfaces (method lists and signatures as
 * documented; objbase.h declaration macros) and (from
 * Microsoft's Win32 API metadata, microsoft/win32metadata, MIT licence)
 * WIAS_DOWN_SAMPLE_INFO and the endorser structures. The WIA 2.0 types
 * (WiaTransferParams, IWiaItem2, IWiaTransferCallback, ...) come from the
 * wia.h shim, the WIA category / format GUIDs and WIA_TRANSFER_MSG_* from
 * the wiadef.h shim, as does WIA_RAW_HEADER. The wias* helper routines are in wiamdef.h, included
 * at the end. Interface IDs are declared, not defined.
 */
#ifndef DRISO_SHIM_WIAMINDR_H
#define DRISO_SHIM_WIAMINDR_H
#include "driso_shims.h"
#include <objbase.h>
#include <propidl.h>
#include <wia.h>
#include "stiusd.h"

DRISO_EXTERN_C_START

extern const IID IID_IWiaMiniDrv;
extern const IID IID_IWiaMiniDrvCallBack;
extern const IID IID_IWiaDrvItem;
extern const IID IID_IWiaMiniDrvTransferCallback;


typedef struct IWiaMiniDrv IWiaMiniDrv;
typedef struct IWiaDrvItem IWiaDrvItem;
typedef struct IWiaMiniDrvCallBack IWiaMiniDrvCallBack;
typedef struct IWiaMiniDrvTransferCallback IWiaMiniDrvTransferCallback;

typedef struct _MINIDRV_TRANSFER_CONTEXT {
	LONG lSize;
	LONG lWidthInPixels;
	LONG lLines;
	LONG lDepth;
	LONG lXRes;
	LONG lYRes;
	LONG lCompression;
	GUID guidFormatID;
	LONG tymed;
	LONG_PTR hFile;
	LONG cbOffset;
	LONG lBufferSize;
	LONG lActiveBuffer;
	LONG lNumBuffers;
	BYTE *pBaseBuffer;
	BYTE *pTransferBuffer;
	BOOL bTransferDataCB;
	BOOL bClassDrvAllocBuf;
	LONG_PTR lClientAddress;
	IWiaMiniDrvCallBack *pIWiaMiniDrvCallBack;
	LONG lImageSize;
	LONG lHeaderSize;
	LONG lItemSize;
	LONG cbWidthInBytes;
	LONG lPage;
	LONG lCurIfdOffset;
	LONG lPrevIfdOffset;
} MINIDRV_TRANSFER_CONTEXT, *PMINIDRV_TRANSFER_CONTEXT;

typedef struct _WIA_DEV_CAP_DRV {
	GUID *guid;
	ULONG ulFlags;
	LPOLESTR wszName;
	LPOLESTR wszDescription;
	LPOLESTR wszIcon;
} WIA_DEV_CAP_DRV, *PWIA_DEV_CAP_DRV;

typedef struct _WIA_PROPERTY_CONTEXT {
	ULONG cProps;
	PROPID *pProps;
	BOOL *pChanged;
} WIA_PROPERTY_CONTEXT, *PWIA_PROPERTY_CONTEXT;

typedef struct _WIA_PROPERTY_INFO {
	ULONG lAccessFlags;
	VARTYPE vt;
	union {
		struct {
			LONG Min;
			LONG Nom;
			LONG Max;
			LONG Inc;
		} Range;
		struct {
			DOUBLE Min;
			DOUBLE Nom;
			DOUBLE Max;
			DOUBLE Inc;
		} RangeFloat;
		struct {
			LONG cNumList;
			LONG Nom;
			BYTE *pList;
		} List;
		struct {
			LONG cNumList;
			DOUBLE Nom;
			BYTE *pList;
		} ListFloat;
		struct {
			LONG cNumList;
			GUID Nom;
			GUID *pList;
		} ListGuid;
		struct {
			LONG cNumList;
			BSTR Nom;
			BSTR *pList;
		} ListBStr;
		struct {
			LONG Nom;
			LONG ValidBits;
		} Flag;
		struct {
			LONG Dummy;
		} None;
	} ValidVal;
} WIA_PROPERTY_INFO, *PWIA_PROPERTY_INFO;

typedef struct _WIAS_CHANGED_VALUE_INFO {
	BOOL bChanged;
	LONG vt;
	union {
		LONG lVal;
		FLOAT fltVal;
		BSTR bstrVal;
		GUID guidVal;
	} Old;
	union {
		LONG lVal;
		FLOAT fltVal;
		BSTR bstrVal;
		GUID guidVal;
	} Current;
} WIAS_CHANGED_VALUE_INFO, *PWIAS_CHANGED_VALUE_INFO;

typedef struct _WIAS_DOWN_SAMPLE_INFO {
	ULONG ulOriginalWidth;
	ULONG ulOriginalHeight;
	ULONG ulBitsPerPixel;
	ULONG ulXRes;
	ULONG ulYRes;
	ULONG ulDownSampledWidth;
	ULONG ulDownSampledHeight;
	ULONG ulActualSize;
	ULONG ulDestBufSize;
	ULONG ulSrcBufSize;
	BYTE *pSrcBuffer;
	BYTE *pDestBuffer;
} WIAS_DOWN_SAMPLE_INFO;
typedef struct _WIAS_DOWN_SAMPLE_INFO *PWIAS_DOWN_SAMPLE_INFO;
typedef struct _WIAS_ENDORSER_VALUE {
	LPWSTR wszTokenName;
	LPWSTR wszValue;
} WIAS_ENDORSER_VALUE;
typedef struct _WIAS_ENDORSER_VALUE *PWIAS_ENDORSER_VALUE;
typedef struct _WIAS_ENDORSER_INFO {
	ULONG ulPageCount;
	ULONG ulNumEndorserValues;
	WIAS_ENDORSER_VALUE *pEndorserValues;
} WIAS_ENDORSER_INFO;
typedef struct _WIAS_ENDORSER_INFO *PWIAS_ENDORSER_INFO;

#undef INTERFACE
#define INTERFACE IWiaMiniDrvCallBack
DECLARE_INTERFACE_(IWiaMiniDrvCallBack, IUnknown)
{
	STDMETHOD(QueryInterface)(THIS_ REFIID riid, void **ppvObject) PURE;
	STDMETHOD_(ULONG, AddRef)(THIS) PURE;
	STDMETHOD_(ULONG, Release)(THIS) PURE;
	STDMETHOD(MiniDrvCallback)(THIS_ LONG lReason, LONG lStatus, LONG lPercentComplete, LONG lOffset,
				   LONG lLength, PMINIDRV_TRANSFER_CONTEXT pTranCtx, LONG lReserved) PURE;
};

#undef INTERFACE
#define INTERFACE IWiaMiniDrvTransferCallback
DECLARE_INTERFACE_(IWiaMiniDrvTransferCallback, IUnknown)
{
	STDMETHOD(QueryInterface)(THIS_ REFIID riid, void **ppvObject) PURE;
	STDMETHOD_(ULONG, AddRef)(THIS) PURE;
	STDMETHOD_(ULONG, Release)(THIS) PURE;
	STDMETHOD(GetNextStream)(THIS_ LONG lFlags, BSTR bstrItemName, BSTR bstrFullItemName, IStream **ppIStream) PURE;
	STDMETHOD(SendMessage)(THIS_ LONG lFlags, WiaTransferParams *pWiaTransferParams) PURE;
};

#undef INTERFACE
#define INTERFACE IWiaDrvItem
DECLARE_INTERFACE_(IWiaDrvItem, IUnknown)
{
	STDMETHOD(QueryInterface)(THIS_ REFIID riid, void **ppvObject) PURE;
	STDMETHOD_(ULONG, AddRef)(THIS) PURE;
	STDMETHOD_(ULONG, Release)(THIS) PURE;
	STDMETHOD(GetItemFlags)(THIS_ LONG *Arg00) PURE;
	STDMETHOD(GetDeviceSpecContext)(THIS_ BYTE **Arg01) PURE;
	STDMETHOD(GetFullItemName)(THIS_ BSTR *Arg02) PURE;
	STDMETHOD(GetItemName)(THIS_ BSTR *Arg03) PURE;
	STDMETHOD(AddItemToFolder)(THIS_ IWiaDrvItem *Arg04) PURE;
	STDMETHOD(UnlinkItemTree)(THIS_ LONG Arg05) PURE;
	STDMETHOD(RemoveItemFromFolder)(THIS_ LONG Arg06) PURE;
	STDMETHOD(FindItemByName)(THIS_ LONG Arg07, BSTR Arg08,
				  IWiaDrvItem **Arg09) PURE;
	STDMETHOD(FindChildItemByName)(THIS_ BSTR Arg10, IWiaDrvItem **Arg11) PURE;
	STDMETHOD(GetParentItem)(THIS_ IWiaDrvItem **Arg12) PURE;
	STDMETHOD(GetFirstChildItem)(THIS_ IWiaDrvItem **Arg13) PURE;
	STDMETHOD(GetNextSiblingItem)(THIS_ IWiaDrvItem **Arg14) PURE;
	STDMETHOD(DumpItemData)(THIS_ BSTR *Arg15) PURE;
};

#undef INTERFACE
#define INTERFACE IWiaMiniDrv
DECLARE_INTERFACE_(IWiaMiniDrv, IUnknown)
{
	STDMETHOD(QueryInterface)(THIS_ REFIID riid, void **ppvObject) PURE;
	STDMETHOD_(ULONG, AddRef)(THIS) PURE;
	STDMETHOD_(ULONG, Release)(THIS) PURE;
	STDMETHOD(drvInitializeWia)(THIS_ BYTE *pWiasContext, LONG lFlags, BSTR bstrDeviceID,
				    BSTR bstrRootFullItemName, IUnknown *pStiDevice, IUnknown *pIUnknownOuter,
				    IWiaDrvItem **ppIDrvItemRoot, IUnknown **ppIUnknownInner, LONG *plDevErrVal) PURE;
	STDMETHOD(drvAcquireItemData)(THIS_ BYTE *pWiasContext, LONG lFlags, PMINIDRV_TRANSFER_CONTEXT pmdtc,
				      LONG *plDevErrVal) PURE;
	STDMETHOD(drvInitItemProperties)(THIS_ BYTE *pWiasContext, LONG lFlags, LONG *plDevErrVal) PURE;
	STDMETHOD(drvValidateItemProperties)(THIS_ BYTE *pWiasContext, LONG lFlags, ULONG nPropSpec,
					     const PROPSPEC *pPropSpec, LONG *plDevErrVal) PURE;
	STDMETHOD(drvWriteItemProperties)(THIS_ BYTE *pWiasContext, LONG lFlags, PMINIDRV_TRANSFER_CONTEXT pmdtc,
					  LONG *plDevErrVal) PURE;
	STDMETHOD(drvReadItemProperties)(THIS_ BYTE *pWiasContext, LONG lFlags, ULONG nPropSpec,
					 const PROPSPEC *pPropSpec, LONG *plDevErrVal) PURE;
	STDMETHOD(drvLockWiaDevice)(THIS_ BYTE *pWiasContext, LONG lFlags, LONG *plDevErrVal) PURE;
	STDMETHOD(drvUnLockWiaDevice)(THIS_ BYTE *pWiasContext, LONG lFlags, LONG *plDevErrVal) PURE;
	STDMETHOD(drvAnalyzeItem)(THIS_ BYTE *pWiasContext, LONG lFlags, LONG *plDevErrVal) PURE;
	STDMETHOD(drvGetDeviceErrorStr)(THIS_ LONG lFlags, LONG lDevErrVal, LPOLESTR *ppszDevErrStr,
					LONG *plDevErr) PURE;
	STDMETHOD(drvDeviceCommand)(THIS_ BYTE *pWiasContext, LONG lFlags, const GUID *plCommand,
				    IWiaDrvItem **ppWiaDrvItem, LONG *plDevErrVal) PURE;
	STDMETHOD(drvGetCapabilities)(THIS_ BYTE *pWiasContext, LONG ulFlags, LONG *pcelt,
				      WIA_DEV_CAP_DRV **ppCapabilities, LONG *plDevErrVal) PURE;
	STDMETHOD(drvDeleteItem)(THIS_ BYTE *pWiasContext, LONG lFlags, LONG *plDevErrVal) PURE;
	STDMETHOD(drvFreeDrvItemContext)(THIS_ LONG lFlags, BYTE *pSpecContext, LONG *plDevErrVal) PURE;
	STDMETHOD(drvGetWiaFormatInfo)(THIS_ BYTE *pWiasContext, LONG lFlags, LONG *pcelt, WIA_FORMAT_INFO **ppwfi,
				       LONG *plDevErrVal) PURE;
	STDMETHOD(drvNotifyPnpEvent)(THIS_ const GUID *pEventGUID, BSTR bstrDeviceID, ULONG ulReserved) PURE;
	STDMETHOD(drvUnInitializeWia)(THIS_ BYTE *pWiasContext) PURE;
};
#undef INTERFACE

DRISO_EXTERN_C_END
#include "wiamdef.h"
#endif
