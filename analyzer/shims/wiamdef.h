/*
 * driso shim: wiamdef.h, the WIA service helper routines for minidrivers
 * (wias*, WDK-only header). Declarations only, per the Learn wiamdef.h
 * reference. The WIAS_TRACE / WIAS_ERROR / WIAS_WARNING / WIAS_L* /
 * WIAS_HRESULT / WIAS_ASSERT diagnostics macros swallow their arguments,
 * as driso does for all trace output (trace text is not a sink; see
 * driso_wpp.h).
 */
#ifndef DRISO_SHIM_WIAMDEF_H
#define DRISO_SHIM_WIAMDEF_H
#include "driso_shims.h"
#include "wiamindr.h"

#define WIAS_TRACE(x) ((void)0)
#define WIAS_ERROR(x) ((void)0)
#define WIAS_WARNING(x) ((void)0)
#define WIAS_HRESULT(hInst, hr) ((void)0)
#define WIAS_ASSERT(hInst, Expr) ((void)0)
#define WIAS_LTRACE(pILog, ResID, Detail, Args) ((void)0)
#define WIAS_LERROR(pILog, ResID, Args) ((void)0)
#define WIAS_LWARNING(pILog, ResID, Args) ((void)0)
#define WIAS_LHRESULT(pILog, hr) ((void)0)

/* values from Microsoft's Win32 API metadata (microsoft/win32metadata) */
#ifndef NUM_STD_PROPS_IN_CONTEXT
#define NUM_STD_PROPS_IN_CONTEXT 13
#endif
#ifndef WIA_MINIDRV_TRANSFER_ACQUIRE_CHILDREN
#define WIA_MINIDRV_TRANSFER_ACQUIRE_CHILDREN 0x00000001
#define WIA_MINIDRV_TRANSFER_DOWNLOAD 0x00000002
#define WIA_MINIDRV_TRANSFER_UPLOAD 0x00000004
#endif

DRISO_EXTERN_C_START

HRESULT WINAPI wiasCreateDrvItem(LONG lObjectFlags, BSTR bstrItemName, BSTR bstrFullItemName,
				 IWiaMiniDrv *pIMiniDrv, LONG cbDevSpecContext, BYTE **ppDevSpecContext,
				 IWiaDrvItem **ppIWiaDrvItem);
HRESULT WINAPI wiasGetItemType(BYTE *pWiasContext, LONG *plType);
HRESULT WINAPI wiasGetDrvItem(BYTE *pWiasContext, IWiaDrvItem **ppIWiaDrvItem);
HRESULT WINAPI wiasGetRootItem(BYTE *pWiasContext, BYTE **ppWiasContext);
HRESULT WINAPI wiasGetAppItemParent(const BYTE *pWiasContext, BYTE **ppWiasContext);
HRESULT WINAPI wiasGetChildrenContexts(BYTE *pParentContext, ULONG *pulNumChildren, BYTE ***pppChildren);
HRESULT WINAPI wiasGetContextFromName(BYTE *pWiasContext, LONG lFlags, BSTR bstrName, BYTE **ppWiasContext);
HRESULT WINAPI wiasGetDriverItemPrivateContext(BYTE *pWiasContext, BYTE **ppWiaDriverItemContext);
HRESULT WINAPI wiasSetItemPropNames(BYTE *pWiasContext, LONG cItemProps, PROPID *ppId, LPOLESTR *ppszNames);
HRESULT WINAPI wiasSetItemPropAttribs(BYTE *pWiasContext, LONG cPropSpec, PROPSPEC *pPropSpec,
				      PWIA_PROPERTY_INFO pwpi);
HRESULT WINAPI wiasGetPropertyAttributes(BYTE *pWiasContext, LONG cPropSpec, PROPSPEC *pPropSpec,
					 ULONG *pulAccessFlags, PROPVARIANT *ppvValidValues);
HRESULT WINAPI wiasSetPropertyAttributes(BYTE *pWiasContext, LONG cPropSpec, PROPSPEC *pPropSpec,
					 ULONG *pulAccessFlags, PROPVARIANT *ppvValidValues);
HRESULT WINAPI wiasValidateItemProperties(BYTE *pWiasContext, ULONG nPropSpec, const PROPSPEC *pPropSpec);
HRESULT WINAPI wiasReadPropLong(BYTE *pWiasContext, PROPID propid, LONG *plVal, LONG *plValOld, BOOL bMustExist);
HRESULT WINAPI wiasReadPropFloat(BYTE *pWiasContext, PROPID propid, FLOAT *pfVal, FLOAT *pfValOld,
				 BOOL bMustExist);
HRESULT WINAPI wiasReadPropGuid(BYTE *pWiasContext, PROPID propid, GUID *pguidVal, GUID *pguidValOld,
				BOOL bMustExist);
HRESULT WINAPI wiasReadPropStr(BYTE *pWiasContext, PROPID propid, BSTR *pbstr, BSTR *pbstrOld, BOOL bMustExist);
HRESULT WINAPI wiasReadPropBin(BYTE *pWiasContext, PROPID propid, BYTE **ppbVal, BYTE **ppbValOld,
			       BOOL bMustExist);
HRESULT WINAPI wiasReadMultiple(BYTE *pWiasContext, ULONG ulCount, const PROPSPEC *ps, PROPVARIANT *pv,
				PROPVARIANT *pvOld);
HRESULT WINAPI wiasWritePropLong(BYTE *pWiasContext, PROPID propid, LONG lVal);
HRESULT WINAPI wiasWritePropFloat(BYTE *pWiasContext, PROPID propid, FLOAT fVal);
HRESULT WINAPI wiasWritePropGuid(BYTE *pWiasContext, PROPID propid, GUID guidVal);
HRESULT WINAPI wiasWritePropStr(BYTE *pWiasContext, PROPID propid, BSTR bstr);
HRESULT WINAPI wiasWritePropBin(BYTE *pWiasContext, PROPID propid, LONG cbVal, BYTE *pbVal);
HRESULT WINAPI wiasWriteMultiple(BYTE *pWiasContext, ULONG ulCount, const PROPSPEC *ps, const PROPVARIANT *pv);
HRESULT WINAPI wiasSetValidFlag(BYTE *pWiasContext, PROPID propid, ULONG ulNom, ULONG ulValidBits);
HRESULT WINAPI wiasSetValidRangeLong(BYTE *pWiasContext, PROPID propid, LONG lMin, LONG lNom, LONG lMax,
				     LONG lStep);
HRESULT WINAPI wiasSetValidRangeFloat(BYTE *pWiasContext, PROPID propid, FLOAT fMin, FLOAT fNom, FLOAT fMax,
				      FLOAT fStep);
HRESULT WINAPI wiasSetValidListLong(BYTE *pWiasContext, PROPID propid, ULONG ulCount, LONG lDefault,
				    LONG *plValues);
HRESULT WINAPI wiasSetValidListFloat(BYTE *pWiasContext, PROPID propid, ULONG ulCount, FLOAT fDefault,
				     FLOAT *pfValues);
HRESULT WINAPI wiasSetValidListGuid(BYTE *pWiasContext, PROPID propid, ULONG ulCount, GUID guidDefault,
				    GUID *pguidValues);
HRESULT WINAPI wiasSetValidListStr(BYTE *pWiasContext, PROPID propid, ULONG ulCount, BSTR bstrDefault,
				   BSTR *bstrValues);
HRESULT WINAPI wiasCreatePropContext(ULONG cPropSpec, PROPSPEC *pPropSpec, ULONG cProps, PROPID *pProps,
				     WIA_PROPERTY_CONTEXT *pContext);
HRESULT WINAPI wiasFreePropContext(WIA_PROPERTY_CONTEXT *pContext);
HRESULT WINAPI wiasIsPropChanged(PROPID propid, WIA_PROPERTY_CONTEXT *pContext, BOOL *pbChanged);
HRESULT WINAPI wiasSetPropChanged(PROPID propid, WIA_PROPERTY_CONTEXT *pContext, BOOL bChanged);
HRESULT WINAPI wiasGetChangedValueLong(BYTE *pWiasContext, WIA_PROPERTY_CONTEXT *pContext, BOOL bNoValidation,
				       PROPID propID, WIAS_CHANGED_VALUE_INFO *pInfo);
HRESULT WINAPI wiasGetChangedValueFloat(BYTE *pWiasContext, WIA_PROPERTY_CONTEXT *pContext, BOOL bNoValidation,
					PROPID propID, WIAS_CHANGED_VALUE_INFO *pInfo);
HRESULT WINAPI wiasGetChangedValueGuid(BYTE *pWiasContext, WIA_PROPERTY_CONTEXT *pContext, BOOL bNoValidation,
				       PROPID propID, WIAS_CHANGED_VALUE_INFO *pInfo);
HRESULT WINAPI wiasGetChangedValueStr(BYTE *pWiasContext, WIA_PROPERTY_CONTEXT *pContext, BOOL bNoValidation,
				      PROPID propID, WIAS_CHANGED_VALUE_INFO *pInfo);
HRESULT WINAPI wiasUpdateScanRect(BYTE *pWiasContext, WIA_PROPERTY_CONTEXT *pContext, LONG lWidth, LONG lHeight);
HRESULT WINAPI wiasUpdateValidFormat(BYTE *pWiasContext, WIA_PROPERTY_CONTEXT *pContext, IWiaMiniDrv *pIMiniDrv);
HRESULT WINAPI wiasGetImageInformation(BYTE *pWiasContext, LONG lFlags, PMINIDRV_TRANSFER_CONTEXT pmdtc);
HRESULT WINAPI wiasWritePageBufToFile(PMINIDRV_TRANSFER_CONTEXT pmdtc);
HRESULT WINAPI wiasWriteBufToFile(LONG lFlags, PMINIDRV_TRANSFER_CONTEXT pmdtc);
HRESULT WINAPI wiasSendEndOfPage(BYTE *pWiasContext, LONG lPageCount, PMINIDRV_TRANSFER_CONTEXT pmdtc);
HRESULT WINAPI wiasQueueEvent(BSTR bstrDeviceId, const GUID *pEventGUID, BSTR bstrFullItemName);
HRESULT WINAPI wiasCreateChildAppItem(BYTE *pParentWiasContext, LONG lItemFlags, BSTR bstrItemName,
				      BSTR bstrFullItemName, BYTE **ppWiasChildContext);
VOID __cdecl wiasDebugTrace(HINSTANCE hInstance, LPCSTR pszFormat, ...);
VOID __cdecl wiasDebugError(HINSTANCE hInstance, LPCSTR pszFormat, ...);
VOID WINAPI wiasPrintDebugHResult(HINSTANCE hInstance, HRESULT hr);
BSTR __cdecl wiasFormatArgs(LPCSTR lpszFormat, ...);

DRISO_EXTERN_C_END
#endif
