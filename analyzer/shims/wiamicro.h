/*
 * driso shim: wiamicro.h, the WIA scanner microdriver interface (SDK
 * header mingw-w64 lacks): VAL, SCANINFO, SCANWINDOW, RANGEVALUE, the
 * CMD_* commands and SCAN_* / IS_* / SUPPORT_* capability and status
 * values, WIAMICRO_API and the MicroEntry / Scan / SetPixelWindow entry
 * points a microdriver exports.
 *
 * Provenance: names, member order and values from Microsoft's Win32 API
 * metadata (microsoft/win32metadata, MIT licence), transcribed into this
 * layout by a one-off script. The WIA_PACKED_PIXEL / WIA_DATA_* values it
 * shares with wiadef.h are guarded.
 */
#ifndef DRISO_SHIM_WIAMICRO_H
#define DRISO_SHIM_WIAMICRO_H
#include "driso_shims.h"
#include <windows.h>
#include "scsiscan.h"
#include <pshpack8.h>
DRISO_EXTERN_C_START

#ifndef WIA_PACKED_PIXEL
#define WIA_PACKED_PIXEL 0
#endif
#ifndef WIA_PLANAR
#define WIA_PLANAR 1
#endif
#ifndef WIA_DATA_THRESHOLD
#define WIA_DATA_THRESHOLD 0
#endif
#ifndef WIA_DATA_DITHER
#define WIA_DATA_DITHER 1
#endif
#ifndef WIA_DATA_GRAYSCALE
#define WIA_DATA_GRAYSCALE 2
#endif
#ifndef WIA_DATA_COLOR
#define WIA_DATA_COLOR 3
#endif
#ifndef WIA_DATA_COLOR_THRESHOLD
#define WIA_DATA_COLOR_THRESHOLD 4
#endif
#ifndef WIA_DATA_COLOR_DITHER
#define WIA_DATA_COLOR_DITHER 5
#endif
#define WIAMICRO_API __declspec(dllexport)
#define MAX_IO_HANDLES 16
#define MAX_RESERVED 4
#define MAX_ANSI_CHAR 255
#define BUS_TYPE_SCSI 200
#define BUS_TYPE_USB 201
#define BUS_TYPE_PARALLEL 202
#define BUS_TYPE_FIREWIRE 203
#define SCAN_FIRST 10
#define SCAN_NEXT 20
#define SCAN_FINISHED 30
#define SCANMODE_FINALSCAN 0
#define SCANMODE_PREVIEWSCAN 1
#define CMD_INITIALIZE 100
#define CMD_UNINITIALIZE 101
#define CMD_SETXRESOLUTION 102
#define CMD_SETYRESOLUTION 103
#define CMD_SETCONTRAST 104
#define CMD_SETINTENSITY 105
#define CMD_SETDATATYPE 106
#define CMD_SETDITHER 107
#define CMD_SETMIRROR 108
#define CMD_SETNEGATIVE 109
#define CMD_SETTONEMAP 110
#define CMD_SETCOLORDITHER 111
#define CMD_SETMATRIX 112
#define CMD_SETSPEED 113
#define CMD_SETFILTER 114
#define CMD_LOAD_ADF 115
#define CMD_UNLOAD_ADF 116
#define CMD_GETADFAVAILABLE 117
#define CMD_GETADFOPEN 118
#define CMD_GETADFREADY 119
#define CMD_GETADFHASPAPER 120
#define CMD_GETADFSTATUS 121
#define CMD_GETADFUNLOADREADY 122
#define CMD_GETTPAAVAILABLE 123
#define CMD_GETTPAOPENED 124
#define CMD_TPAREADY 125
#define CMD_SETLAMP 126
#define CMD_SENDSCSICOMMAND 127
#define CMD_STI_DEVICERESET 128
#define CMD_STI_GETSTATUS 129
#define CMD_STI_DIAGNOSTIC 130
#define CMD_RESETSCANNER 131
#define CMD_GETCAPABILITIES 132
#define CMD_GET_INTERRUPT_EVENT 133
#define CMD_SETGSDNAME 134
#define CMD_SETSCANMODE 135
#define CMD_SETSTIDEVICEHKEY 136
#define CMD_GETSUPPORTEDFILEFORMATS 138
#define CMD_GETSUPPORTEDMEMORYFORMATS 139
#define CMD_SETFORMAT 140
#define SUPPORT_COLOR 0x00000001
#define SUPPORT_BW 0x00000002
#define SUPPORT_GRAYSCALE 0x00000004
#define MCRO_ERROR_GENERAL_ERROR 0
#define MCRO_STATUS_OK 1
#define MCRO_ERROR_PAPER_JAM 2
#define MCRO_ERROR_PAPER_PROBLEM 3
#define MCRO_ERROR_PAPER_EMPTY 4
#define MCRO_ERROR_OFFLINE 5
#define MCRO_ERROR_USER_INTERVENTION 6
#define WIA_ORDER_RGB 0
#define WIA_ORDER_BGR 1
typedef struct _RANGEVALUE {
	LONG lMin;
	LONG lMax;
	LONG lStep;
} RANGEVALUE, *PRANGEVALUE;
typedef struct _SCANWINDOW {
	LONG xPos;
	LONG yPos;
	LONG xExtent;
	LONG yExtent;
} SCANWINDOW, *PSCANWINDOW;
typedef struct _SCANINFO {
	LONG ADF;
	LONG TPA;
	LONG Endorser;
	LONG OpticalXResolution;
	LONG OpticalYResolution;
	LONG BedWidth;
	LONG BedHeight;
	RANGEVALUE IntensityRange;
	RANGEVALUE ContrastRange;
	LONG SupportedCompressionType;
	LONG SupportedDataTypes;
	LONG WidthPixels;
	LONG WidthBytes;
	LONG Lines;
	LONG DataType;
	LONG PixelBits;
	LONG Intensity;
	LONG Contrast;
	LONG Xresolution;
	LONG Yresolution;
	SCANWINDOW Window;
	LONG DitherPattern;
	LONG Negative;
	LONG Mirror;
	LONG AutoBack;
	LONG ColorDitherPattern;
	LONG ToneMap;
	LONG Compression;
	LONG RawDataFormat;
	LONG RawPixelOrder;
	LONG bNeedDataAlignment;
	LONG DelayBetweenRead;
	LONG MaxBufferSize;
	HANDLE DeviceIOHandles[MAX_IO_HANDLES];
	LONG lReserved[MAX_RESERVED];
	VOID *pMicroDriverContext;
}SCANINFO, *PSCANINFO;
typedef struct VAL {
	LONG lVal;
	double dblVal;
	GUID *pGuid;
	PSCANINFO pScanInfo;
	HGLOBAL handle;
	WCHAR **ppButtonNames;
	HANDLE *pHandle;
	LONG lReserved;
	CHAR szVal[MAX_ANSI_CHAR];
}VAL, *PVAL;
WIAMICRO_API HRESULT MicroEntry(LONG lCommand, PVAL pValue);
WIAMICRO_API HRESULT Scan(PSCANINFO pScanInfo, LONG lPhase, PBYTE pBuffer, LONG lLength, LONG *plReceived);
WIAMICRO_API HRESULT SetPixelWindow(PSCANINFO pScanInfo, LONG x, LONG y, LONG xExtent, LONG yExtent);
VOID Trace(LPCTSTR Format, ...);

DRISO_EXTERN_C_END
#include <poppack.h>
#endif
