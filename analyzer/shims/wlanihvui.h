/*
 * driso shim: wlanihvui.h, the header MIDL generates from the SDK's
 * wlanihvui.idl: the Native Wi-Fi IHV UI extension interfaces
 * (IDot11ExtUI, IDot11ExtUIProperty) and their DOT11_EXT_UI_* types, used
 * by IHV UI extension DLLs (whose own IDL imports wlanihvui.idl).
 *
 * Declarations only (see driso_shims.h); names, GUIDs, enumerator and
 * method order from the IDL in microsoft/win32metadata (MIT). The
 * interfaces are declared for C++ (C sees them as opaque structures).
 */
#ifndef DRISO_SHIM_WLANIHVUI_H
#define DRISO_SHIM_WLANIHVUI_H
#include <windows.h>
#include <ole2.h>
#include <wlanihvtypes.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef enum _DOT11_EXT_UI_PROPERTY_TYPE {
	DOT11_EXT_UI_CONNECTION,
	DOT11_EXT_UI_SECURITY,
	DOT11_EXT_UI_KEYEXTENSION
} DOT11_EXT_UI_PROPERTY_TYPE;

typedef enum _DOT11_EXT_UI_DISPLAY_INFO_TYPE {
	DOT11_EXT_UI_DISPLAY_INFO_CIPHER
} DOT11_EXT_UI_DISPLAY_INFO_TYPE;

typedef struct _DOT11_EXT_UI_PROPERTY_DISPLAY_INFO {
	DWORD dwDataKey;
	DOT11_EXT_UI_DISPLAY_INFO_TYPE dot11ExtUIDisplayInfoType;
	BSTR bstrDisplayText;
} DOT11_EXT_UI_PROPERTY_DISPLAY_INFO;

typedef enum _DOT11_EXT_UI_SECURITY_TYPE {
	DOT11_EXT_UI_SECURITY_8021X,
	DOT11_EXT_UI_SECURITY_WPA_ENTERPRISE,
	DOT11_EXT_UI_SECURITY_WPA2_ENTERPRISE,
	DOT11_EXT_UI_SECURITY_WPA3_ENTERPRISE,
	DOT11_EXT_UI_SECURITY_WPA3_ENTERPRISE_192
} DOT11_EXT_UI_SECURITY_TYPE;

typedef struct IDot11ExtUI IDot11ExtUI;
typedef struct IDot11ExtUIProperty IDot11ExtUIProperty;

DEFINE_GUID(IID_IDot11ExtUI, 0xf2b676c7, 0xda6a, 0x4167, 0xa6, 0x96, 0xf5, 0x5f, 0x5d, 0xfc, 0xbc, 0x8f);
DEFINE_GUID(IID_IDot11ExtUIProperty, 0x5938b49c, 0x684a, 0x48fa, 0x85, 0x69, 0x6b, 0xed, 0x64, 0xca, 0x97, 0x0d);

#ifdef __cplusplus
}
#endif

#if defined(__cplusplus) && !defined(CINTERFACE)
struct DECLSPEC_UUID("f2b676c7-da6a-4167-a696-f55f5dfcbc8f") IDot11ExtUI : public IUnknown {
	virtual HRESULT STDMETHODCALLTYPE GetDot11ExtUIFriendlyName(BSTR *bstrFriendlyName) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetDot11ExtUIProperties(DOT11_EXT_UI_PROPERTY_TYPE ExtType,
		ULONG *pcExtensions, IDot11ExtUIProperty **ppDot11ExtUIProperty) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetDot11ExtUIBalloonText(BSTR pIHVUIRequest, BSTR *pwszBalloonText) = 0;
};

struct DECLSPEC_UUID("5938b49c-684a-48fa-8569-6bed64ca970d") IDot11ExtUIProperty : public IUnknown {
	virtual HRESULT STDMETHODCALLTYPE GetDot11ExtUIPropertyFriendlyName(BSTR *bstrPropertyName) = 0;
	virtual HRESULT STDMETHODCALLTYPE DisplayDot11ExtUIProperty(HWND hParent, BSTR bstrIHVProfile,
		PDOT11EXT_IHV_PARAMS pIHVProfileParams, BSTR *bstrModifiedIHVProfile, BOOL *pbIsModified) = 0;
	virtual HRESULT STDMETHODCALLTYPE Dot11ExtUIPropertyGetSelected(BSTR bstrIHVProfile,
		PDOT11EXT_IHV_PARAMS pIHVProfileParams, BOOL *pfIsSelected) = 0;
	virtual HRESULT STDMETHODCALLTYPE Dot11ExtUIPropertySetSelected(BSTR bstrIHVProfile,
		PDOT11EXT_IHV_PARAMS pIHVProfileParams, BSTR *bstrModifiedIHVProfile, BOOL *pbIsModified) = 0;
	virtual HRESULT STDMETHODCALLTYPE Dot11ExtUIPropertyHasConfigurationUI(BOOL *fHasConfigurationUI) = 0;
	virtual HRESULT STDMETHODCALLTYPE Dot11ExtUIPropertyGetDisplayInfo(
		DOT11_EXT_UI_DISPLAY_INFO_TYPE dot11ExtUIDisplayInfoType, BSTR bstrIHVProfile,
		PDOT11EXT_IHV_PARAMS pIHVProfileParams, ULONG *pcEntries, ULONG *puDefaultSelection,
		DOT11_EXT_UI_PROPERTY_DISPLAY_INFO **ppDot11ExtUIProperty) = 0;
	virtual HRESULT STDMETHODCALLTYPE Dot11ExtUIPropertySetDisplayInfo(
		DOT11_EXT_UI_DISPLAY_INFO_TYPE dot11ExtUIDisplayInfoType, BSTR bstrIHVProfile,
		PDOT11EXT_IHV_PARAMS pIHVProfileParams, DOT11_EXT_UI_PROPERTY_DISPLAY_INFO *pDot11ExtUIProperty,
		BSTR *bstrModifiedIHVProfile, BOOL *pbIsModified) = 0;
	virtual HRESULT STDMETHODCALLTYPE Dot11ExtUIPropertyIsStandardSecurity(BOOL *fIsStandardSecurity,
		DOT11_EXT_UI_SECURITY_TYPE *dot11ExtUISecurityType) = 0;
};
#endif

#endif
