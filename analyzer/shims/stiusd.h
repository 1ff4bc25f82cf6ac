/*
 * driso shim: stiusd.h, the still-image user-mode driver (USD) interfaces
 * (WDK-only header). Declarations only, per the Learn stiusd.h reference:
 * STI_USD_CAPS, IStiDeviceControl and IStiUSD (method lists and
 * signatures as documented; COM declaration macros from objbase.h, so C
 * and C++ both parse). mingw-w64's sti.h supplies the STI types. The
 * interface IDs are declared, not defined.
 */
#ifndef DRISO_SHIM_STIUSD_H
#define DRISO_SHIM_STIUSD_H
#include "driso_shims.h"
#include <objbase.h>
#include <sti.h>

DRISO_EXTERN_C_START

extern const IID IID_IStiUSD;
extern const IID IID_IStiDeviceControl;

#define STI_USD_GENCAP_NATIVE_PUSHSUPPORT 0x00000001
#define STI_USD_GENCAP_OPEN_DEVICE_FOR_POLLING 0x00000002
#ifndef STI_ERROR_NO_ERROR
#define STI_ERROR_NO_ERROR STI_OK
#endif

typedef struct _STI_USD_CAPS {
	DWORD dwVersion;
	DWORD dwGenericCaps;
} STI_USD_CAPS, *PSTI_USD_CAPS;

typedef DWORD USD_CONTROL_CODE;

#undef INTERFACE
#define INTERFACE IStiDeviceControl
DECLARE_INTERFACE_(IStiDeviceControl, IUnknown)
{
	STDMETHOD(QueryInterface)(THIS_ REFIID riid, LPVOID *ppvObj) PURE;
	STDMETHOD_(ULONG, AddRef)(THIS) PURE;
	STDMETHOD_(ULONG, Release)(THIS) PURE;
	STDMETHOD(Initialize)(THIS_ DWORD dwDeviceType, DWORD dwMode, LPCWSTR pwszPortName, DWORD dwFlags) PURE;
	STDMETHOD(RawReadData)(THIS_ LPVOID lpBuffer, LPDWORD lpdwNumberOfBytes, LPOVERLAPPED lpOverlapped) PURE;
	STDMETHOD(RawWriteData)(THIS_ LPVOID lpBuffer, DWORD nNumberOfBytes, LPOVERLAPPED lpOverlapped) PURE;
	STDMETHOD(RawReadCommand)(THIS_ LPVOID lpBuffer, LPDWORD lpdwNumberOfBytes, LPOVERLAPPED lpOverlapped) PURE;
	STDMETHOD(RawWriteCommand)(THIS_ LPVOID lpBuffer, DWORD nNumberOfBytes, LPOVERLAPPED lpOverlapped) PURE;
	STDMETHOD(RawDeviceControl)(THIS_ USD_CONTROL_CODE EscapeFunction, LPVOID lpInData, DWORD cbInDataSize,
				    LPVOID pOutData, DWORD dwOutDataSize, LPDWORD pdwActualData) PURE;
	STDMETHOD(GetLastError)(THIS_ LPDWORD lpdwLastError) PURE;
	STDMETHOD(GetMyDevicePortName)(THIS_ LPWSTR lpszDevicePath, DWORD cwDevicePathSize) PURE;
	STDMETHOD(GetMyDeviceHandle)(THIS_ LPHANDLE lph) PURE;
	STDMETHOD(GetMyDeviceOpenMode)(THIS_ LPDWORD pdwOpenMode) PURE;
	STDMETHOD(WriteToErrorLog)(THIS_ DWORD dwMessageType, LPCWSTR pszMessage, DWORD dwErrorCode) PURE;
};
typedef IStiDeviceControl *PSTIDEVICECONTROL;

#undef INTERFACE
#define INTERFACE IStiUSD
DECLARE_INTERFACE_(IStiUSD, IUnknown)
{
	STDMETHOD(QueryInterface)(THIS_ REFIID riid, LPVOID *ppvObj) PURE;
	STDMETHOD_(ULONG, AddRef)(THIS) PURE;
	STDMETHOD_(ULONG, Release)(THIS) PURE;
	STDMETHOD(Initialize)(THIS_ PSTIDEVICECONTROL pHelDcb, DWORD dwStiVersion, HKEY hParametersKey) PURE;
	STDMETHOD(GetCapabilities)(THIS_ PSTI_USD_CAPS pDevCaps) PURE;
	STDMETHOD(GetStatus)(THIS_ PSTI_DEVICE_STATUS pDevStatus) PURE;
	STDMETHOD(DeviceReset)(THIS) PURE;
	STDMETHOD(Diagnostic)(THIS_ LPDIAG pBuffer) PURE;
	STDMETHOD(Escape)(THIS_ STI_RAW_CONTROL_CODE EscapeFunction, LPVOID lpInData, DWORD cbInDataSize,
			  LPVOID pOutData, DWORD dwOutDataSize, LPDWORD pdwActualData) PURE;
	STDMETHOD(GetLastError)(THIS_ LPDWORD pdwLastDeviceError) PURE;
	STDMETHOD(LockDevice)(THIS) PURE;
	STDMETHOD(UnLockDevice)(THIS) PURE;
	STDMETHOD(RawReadData)(THIS_ LPVOID lpBuffer, LPDWORD lpdwNumberOfBytes, LPOVERLAPPED lpOverlapped) PURE;
	STDMETHOD(RawWriteData)(THIS_ LPVOID lpBuffer, DWORD dwNumberOfBytes, LPOVERLAPPED lpOverlapped) PURE;
	STDMETHOD(RawReadCommand)(THIS_ LPVOID lpBuffer, LPDWORD lpdwNumberOfBytes, LPOVERLAPPED lpOverlapped) PURE;
	STDMETHOD(RawWriteCommand)(THIS_ LPVOID lpBuffer, DWORD dwNumberOfBytes, LPOVERLAPPED lpOverlapped) PURE;
	STDMETHOD(SetNotificationHandle)(THIS_ HANDLE hEvent) PURE;
	STDMETHOD(GetNotificationData)(THIS_ LPSTINOTIFY lpNotify) PURE;
	STDMETHOD(GetLastErrorInfo)(THIS_ STI_ERROR_INFO *pLastErrorInfo) PURE;
};
typedef IStiUSD *PSTIUSD;
#undef INTERFACE

DRISO_EXTERN_C_END
#endif
