/*
 * driso shim: wiadevd.h (wraps mingw-w64's).
 *
 * Adds the WIA 2.0 device dialog extension of the SDK's WiaDevD.h that
 * mingw lacks: DEVICEDIALOGDATA2 and IWiaUIExtension2 (member order,
 * method list and IID value from Microsoft's Win32 API metadata,
 * microsoft/win32metadata, MIT licence).
 */
/* mingw's wiadevd.h includes "wia.h" with quotes (its own copy); the
 * wia.h shim first, for IWiaItem2. */
#include <wia.h>
#include_next <wiadevd.h>
#ifndef DRISO_SHIM_WIADEVD_H
#define DRISO_SHIM_WIADEVD_H
#ifndef DRISO_HAVE_WIADEVD2
#define DRISO_HAVE_WIADEVD2
#include <pshpack8.h>
#ifdef __cplusplus
extern "C" {
#endif

typedef struct tagDEVICEDIALOGDATA2 {
	DWORD cbSize;
	IWiaItem2 *pIWiaItemRoot;
	DWORD dwFlags;
	HWND hwndParent;
	BSTR bstrFolderName;
	BSTR bstrFilename;
	LONG lNumFiles;
	BSTR *pbstrFilePaths;
	IWiaItem2 *pWiaItem;
} DEVICEDIALOGDATA2, *LPDEVICEDIALOGDATA2, *PDEVICEDIALOGDATA2;

#undef INTERFACE
#define INTERFACE IWiaUIExtension2
DECLARE_INTERFACE_(IWiaUIExtension2, IUnknown)
{
	STDMETHOD(QueryInterface)(THIS_ REFIID riid, LPVOID *ppvObj) PURE;
	STDMETHOD_(ULONG, AddRef)(THIS) PURE;
	STDMETHOD_(ULONG, Release)(THIS) PURE;
	STDMETHOD(DeviceDialog)(THIS_ PDEVICEDIALOGDATA2 pDeviceDialogData) PURE;
	STDMETHOD(GetDeviceIcon)(THIS_ BSTR bstrDeviceId, HICON *phIcon, ULONG nSize) PURE;
};
#undef INTERFACE
DEFINE_GUID(IID_IWiaUIExtension2, 0x305600d7, 0x5088, 0x46d7, 0x9a, 0x15, 0xb7, 0x7b, 0x09, 0xcd, 0xba, 0x7a);
#ifdef __CRT_UUID_DECL
__CRT_UUID_DECL(IWiaUIExtension2, 0x305600d7, 0x5088, 0x46d7, 0x9a, 0x15, 0xb7, 0x7b, 0x09, 0xcd, 0xba, 0x7a)
#endif

#ifdef __cplusplus
}
#endif
#include <poppack.h>
#endif /* DRISO_HAVE_WIADEVD2 */
#endif
