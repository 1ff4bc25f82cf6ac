/*
 * driso shim: msports.h, the COM port database (ComDB) of the Ports device
 * class, which serial drivers' installers use to claim COMn names; plus
 * the advanced-settings entry points of SERIAL_ADVANCED_SETTINGS. mingw-w64
 * has no msports.h. Declarations per the Learn msports.h reference; values
 * (CDB_REPORT_*, COMDB_*_PORTS_ARBITRATED) as the SDK header in Microsoft's
 * MIT Win32 metadata states them.
 */
#ifndef DRISO_SHIM_MSPORTS_H
#define DRISO_SHIM_MSPORTS_H
#include <windows.h>
#ifdef SERIAL_ADVANCED_SETTINGS
#include <setupapi.h>
#endif
#ifdef __cplusplus
extern "C" {
#endif
#ifdef SERIAL_ADVANCED_SETTINGS
LONG SerialDisplayAdvancedSettings(HWND ParentHwnd, HDEVINFO DeviceInfoSet, PSP_DEVINFO_DATA DeviceInfoData);
typedef BOOL (*PPORT_ADVANCED_DIALOG)(HWND ParentHwnd, BOOL HidePollingUI, HDEVINFO DeviceInfoSet,
				      PSP_DEVINFO_DATA DeviceInfoData, PVOID Reserved);
#endif
DECLARE_HANDLE(HCOMDB);
typedef HCOMDB *PHCOMDB;
#define HCOMDB_INVALID_HANDLE_VALUE ((HCOMDB)INVALID_HANDLE_VALUE)
#define COMDB_MIN_PORTS_ARBITRATED 256
#define COMDB_MAX_PORTS_ARBITRATED 4096
#define CDB_REPORT_BITS 0x0
#define CDB_REPORT_BYTES 0x1
LONG WINAPI ComDBOpen(PHCOMDB PHComDB);
LONG WINAPI ComDBClose(HCOMDB HComDB);
LONG WINAPI ComDBGetCurrentPortUsage(HCOMDB HComDB, PBYTE Buffer, DWORD BufferSize, ULONG ReportType,
				     LPDWORD MaxPortsReported);
LONG WINAPI ComDBClaimNextFreePort(HCOMDB HComDB, LPDWORD ComNumber);
LONG WINAPI ComDBClaimPort(HCOMDB HComDB, DWORD ComNumber, BOOL ForceClaim, PBOOL Forced);
LONG WINAPI ComDBReleasePort(HCOMDB HComDB, DWORD ComNumber);
LONG WINAPI ComDBResizeDatabase(HCOMDB HComDB, DWORD NewSize);
#ifdef __cplusplus
}
#endif
#endif
