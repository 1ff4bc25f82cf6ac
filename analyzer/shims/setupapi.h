/*
 * driso shim: setupapi.h (wraps mingw-w64's).
 *
 * Adds what mingw's setupapi.h lacks of the current SDK's: the
 * UNICODE-neutral names of the device / class property routines
 * (SetupDiGetDeviceProperty, SetupDiSetDeviceProperty,
 * SetupDiGetClassProperty(Ex), ...; the SDK maps them only under
 * UNICODE, as here), SetupDiSetDevicePropertyW and the other newer entry
 * points, the driver store routines (SetupGetInfDriverStoreLocation,
 * SetupGetInfPublishedName), SP_ALTPLATFORM_INFO_V3, the newer DIF_ /
 * DI_FLAGSEX_ / DNF_ / SP_COPY_ / FLG_ADDPROPERTY_ flags and the setupapi
 * error codes added since Windows Vista, and spapidef.h's text log
 * token and TXTLOG_* definitions (SetupWriteTextLog & co.).
 *
 * Provenance: names, parameter lists and values from Microsoft's Win32
 * API metadata (microsoft/win32metadata, MIT licence), transcribed by a
 * one-off script.
 */
#include_next <setupapi.h>
#ifndef DRISO_SHIM_SETUPAPI_H
#define DRISO_SHIM_SETUPAPI_H
#ifdef __cplusplus
extern "C" {
#endif

/* spapidef.h (the SDK includes it from setupapi.h; mingw has none) */
#ifndef SP_LOG_TOKEN
typedef DWORDLONG SP_LOG_TOKEN;
typedef DWORDLONG *PSP_LOG_TOKEN;
#endif
#define LOGTOKEN_TYPE_MASK 3
#define LOGTOKEN_UNSPECIFIED 0
#define LOGTOKEN_NO_LOG 1
#define LOGTOKEN_SETUPAPI_APPLOG 2
#define LOGTOKEN_SETUPAPI_DEVLOG 3
#define TXTLOG_SETUPAPI_DEVLOG 0x00000001
#define TXTLOG_SETUPAPI_CMDLINE 0x00000002
#define TXTLOG_SETUPAPI_BITS 0x00000003
#define TXTLOG_ERROR 0x1
#define TXTLOG_WARNING 0x2
#define TXTLOG_SYSTEM_STATE_CHANGE 0x3
#define TXTLOG_SUMMARY 0x4
#define TXTLOG_DETAILS 0x5
#define TXTLOG_VERBOSE 0x6
#define TXTLOG_VERY_VERBOSE 0x7
#define TXTLOG_RESERVED_FLAGS 0x0000FFF0
#define TXTLOG_TIMESTAMP 0x00010000
#define TXTLOG_DEPTH_INCR 0x00020000
#define TXTLOG_DEPTH_DECR 0x00040000
#define TXTLOG_TAB_1 0x00080000
#define TXTLOG_FLUSH_FILE 0x00100000
#define TXTLOG_LEVEL(flags) (flags & 0xf)
#define TXTLOG_DEVINST 0x00000001
#define TXTLOG_INF 0x00000002
#define TXTLOG_FILEQ 0x00000004
#define TXTLOG_COPYFILES 0x00000008
#define TXTLOG_SIGVERIF 0x00000020
#define TXTLOG_BACKUP 0x00000080
#define TXTLOG_UI 0x00000100
#define TXTLOG_UTIL 0x00000200
#define TXTLOG_INFDB 0x00000400
#define TXTLOG_DRVSETUP 0x00400000
#define TXTLOG_POLICY 0x00800000
#define TXTLOG_NEWDEV 0x01000000
#define TXTLOG_UMPNPMGR 0x02000000
#define TXTLOG_DRIVER_STORE 0x04000000
#define TXTLOG_SETUP 0x08000000
#define TXTLOG_CMI 0x10000000
#define TXTLOG_DEVMGR 0x20000000
#define TXTLOG_INSTALLER 0x40000000
#define TXTLOG_VENDOR 0x80000000

typedef struct _SP_ALTPLATFORM_INFO_V3 {
	DWORD cbSize;
	DWORD Platform;
	DWORD MajorVersion;
	DWORD MinorVersion;
	WORD ProcessorArchitecture;
	union {
		WORD Reserved;
		WORD Flags;
	} DUMMYUNIONNAME;
	DWORD FirstValidatedMajorVersion;
	DWORD FirstValidatedMinorVersion;
	BYTE ProductType;
	WORD SuiteMask;
	DWORD BuildNumber;
} SP_ALTPLATFORM_INFO_V3, *PSP_ALTPLATFORM_INFO_V3;
#define SP_ALTPLATFORM_FLAGS_SUITE_MASK (0x0002)
#define DIRID_DRIVER_STORE 13
#define COPYFLG_PROTECTED_WINDOWS_DRIVER_FILE 0x00000100
#define COPYFLG_IN_USE_TRY_RENAME 0x00004000
#define DIF_FINISHINSTALL_ACTION 0x0000002A
#define DI_FLAGSEX_FINISHINSTALL_ACTION 0x00000008L
#define DI_FLAGSEX_RESERVED4 0x00004000L
#define DI_FLAGSEX_RECURSIVESEARCH 0x40000000L
#define DI_FLAGSEX_SEARCH_PUBLISHED_INFS 0x80000000L
#define DNF_UNUSED2 0x00000200
#define DNF_INSTALLEDDRIVER 0x00040000
#define DNF_ALWAYSEXCLUDEFROMLIST 0x00080000
#define DNF_INBOX_DRIVER 0x00100000
#define DNF_REQUESTADDITIONALSOFTWARE 0x00200000
#define DNF_UNUSED_22 0x00400000
#define DNF_UNUSED_23 0x00800000
#define DNF_UNUSED_24 0x01000000
#define DNF_UNUSED_25 0x02000000
#define DNF_UNUSED_26 0x04000000
#define DNF_UNUSED_27 0x08000000
#define DNF_UNUSED_28 0x10000000
#define DNF_UNUSED_29 0x20000000
#define DNF_UNUSED_30 0x40000000
#define DNF_UNUSED_31 0x80000000
#define DRIVER_HARDWAREID_MASK 0x80000FFF
#define ERROR_DEVICE_INSTALLER_NOT_READY (APPLICATION_ERROR_MASK|ERROR_SEVERITY_ERROR|0x246)
#define ERROR_DRIVER_STORE_ADD_FAILED (APPLICATION_ERROR_MASK|ERROR_SEVERITY_ERROR|0x247)
#define ERROR_DEVICE_INSTALL_BLOCKED (APPLICATION_ERROR_MASK|ERROR_SEVERITY_ERROR|0x248)
#define ERROR_DRIVER_INSTALL_BLOCKED (APPLICATION_ERROR_MASK|ERROR_SEVERITY_ERROR|0x249)
#define ERROR_WRONG_INF_TYPE (APPLICATION_ERROR_MASK|ERROR_SEVERITY_ERROR|0x24A)
#define ERROR_FILE_HASH_NOT_IN_CATALOG (APPLICATION_ERROR_MASK|ERROR_SEVERITY_ERROR|0x24B)
#define ERROR_DRIVER_STORE_DELETE_FAILED (APPLICATION_ERROR_MASK|ERROR_SEVERITY_ERROR|0x24C)
WINSETUPAPI BOOL WINAPI SetupGetInfDriverStoreLocationA(PCSTR FileName, PSP_ALTPLATFORM_INFO AlternatePlatformInfo, PCSTR LocaleName, PSTR ReturnBuffer, DWORD ReturnBufferSize, PDWORD RequiredSize);
WINSETUPAPI BOOL WINAPI SetupGetInfDriverStoreLocationW(PCWSTR FileName, PSP_ALTPLATFORM_INFO AlternatePlatformInfo, PCWSTR LocaleName, PWSTR ReturnBuffer, DWORD ReturnBufferSize, PDWORD RequiredSize);
#ifdef UNICODE
#define SetupGetInfDriverStoreLocation SetupGetInfDriverStoreLocationW
#else
#define SetupGetInfDriverStoreLocation SetupGetInfDriverStoreLocationA
#endif
WINSETUPAPI BOOL WINAPI SetupGetInfPublishedNameA(PCSTR DriverStoreLocation, PSTR ReturnBuffer, DWORD ReturnBufferSize, PDWORD RequiredSize);
WINSETUPAPI BOOL WINAPI SetupGetInfPublishedNameW(PCWSTR DriverStoreLocation, PWSTR ReturnBuffer, DWORD ReturnBufferSize, PDWORD RequiredSize);
#ifdef UNICODE
#define SetupGetInfPublishedName SetupGetInfPublishedNameW
#else
#define SetupGetInfPublishedName SetupGetInfPublishedNameA
#endif
#define SP_COPY_RESERVED 0x0020000
#define SP_COPY_ALREADYDECOMP 0x0400000
#define SP_COPY_WINDOWS_SIGNED 0x1000000
#define SP_COPY_PNPLOCKED 0x2000000
#define SP_COPY_IN_USE_TRY_RENAME 0x4000000
#define SP_COPY_INBOX_INF 0x8000000
#define SP_COPY_HARDLINK 0x10000000
#define SPQ_SCAN_FILE_PRESENCE_WITHOUT_SOURCE 0x00000100
#define SPQ_SCAN_FILE_COMPARISON 0x00000200
#define SPQ_SCAN_ACTIVATE_DRP 0x00000400
#define SPQ_SCAN_USE_OEM_CATALOGS 0x00000800
#define SPQ_FLAG_DO_SHUFFLEMOVE 0x00000008
#define SUOI_INTERNAL1 0x00000002
#define FLG_ADDREG_TYPE_QWORD ( 0x000B0000 | FLG_ADDREG_BINVALUETYPE )
#define FLG_DELREG_TYPE_QWORD FLG_ADDREG_TYPE_QWORD
#define FLG_ADDPROPERTY_NOCLOBBER ( 0x00000001 )
#define FLG_ADDPROPERTY_OVERWRITEONLY ( 0x00000002 )
#define FLG_ADDPROPERTY_APPEND ( 0x00000004 )
#define FLG_ADDPROPERTY_OR ( 0x00000008 )
#define FLG_ADDPROPERTY_AND ( 0x00000010 )
#define FLG_DELPROPERTY_MULTI_SZ_DELSTRING ( 0x00000001 )
#define SPINST_PROPERTIES 0x00000400
#define SPINST_DEVICEINSTALL 0x00100000
#define SPSVCINST_STARTSERVICE (0x00000800)
#define SPSVCINST_NOCLOBBER_REQUIREDPRIVILEGES (0x00001000)
#define SPSVCINST_NOCLOBBER_TRIGGERS (0x00002000)
#define SPSVCINST_NOCLOBBER_SERVICESIDTYPE (0x00004000)
#define SPSVCINST_NOCLOBBER_DELAYEDAUTOSTART (0x00008000)
#define SPSVCINST_UNIQUE_NAME (0x00010000)
#define SPSVCINST_NOCLOBBER_FAILUREACTIONS (0x00020000)
#define SPSVCINST_NOCLOBBER_BOOTFLAGS (0x00040000)
WINSETUPAPI SP_LOG_TOKEN WINAPI SetupGetThreadLogToken(VOID);
WINSETUPAPI VOID WINAPI SetupSetThreadLogToken(SP_LOG_TOKEN LogToken);
WINSETUPAPI VOID WINAPI SetupWriteTextLog(SP_LOG_TOKEN LogToken, DWORD Category, DWORD Flags, PCSTR MessageStr, ...);
WINSETUPAPI VOID WINAPI SetupWriteTextLogError(SP_LOG_TOKEN LogToken, DWORD Category, DWORD LogFlags, DWORD Error, PCSTR MessageStr, ...);
WINSETUPAPI VOID WINAPI SetupWriteTextLogInfLine(SP_LOG_TOKEN LogToken, DWORD Flags, HINF InfHandle, PINFCONTEXT Context);
#ifdef UNICODE
#define SetupDiGetDeviceProperty SetupDiGetDevicePropertyW
#endif
WINSETUPAPI BOOL WINAPI SetupDiSetDevicePropertyW(HDEVINFO DeviceInfoSet, PSP_DEVINFO_DATA DeviceInfoData, CONST DEVPROPKEY *PropertyKey, DEVPROPTYPE PropertyType, CONST PBYTE PropertyBuffer, DWORD PropertyBufferSize, DWORD Flags);
#ifdef UNICODE
#define SetupDiSetDeviceProperty SetupDiSetDevicePropertyW
#endif
WINSETUPAPI BOOL WINAPI SetupDiGetDeviceInterfacePropertyKeys(HDEVINFO DeviceInfoSet, PSP_DEVICE_INTERFACE_DATA DeviceInterfaceData, DEVPROPKEY *PropertyKeyArray, DWORD PropertyKeyCount, PDWORD RequiredPropertyKeyCount, DWORD Flags);
WINSETUPAPI BOOL WINAPI SetupDiGetDeviceInterfacePropertyW(HDEVINFO DeviceInfoSet, PSP_DEVICE_INTERFACE_DATA DeviceInterfaceData, CONST DEVPROPKEY *PropertyKey, DEVPROPTYPE *PropertyType, PBYTE PropertyBuffer, DWORD PropertyBufferSize, PDWORD RequiredSize, DWORD Flags);
#ifdef UNICODE
#define SetupDiGetDeviceInterfaceProperty SetupDiGetDeviceInterfacePropertyW
#endif
WINSETUPAPI BOOL WINAPI SetupDiSetDeviceInterfacePropertyW(HDEVINFO DeviceInfoSet, PSP_DEVICE_INTERFACE_DATA DeviceInterfaceData, CONST DEVPROPKEY *PropertyKey, DEVPROPTYPE PropertyType, CONST PBYTE PropertyBuffer, DWORD PropertyBufferSize, DWORD Flags);
#ifdef UNICODE
#define SetupDiSetDeviceInterfaceProperty SetupDiSetDeviceInterfacePropertyW
#endif
#define DICLASSPROP_INSTALLER 0x00000001
#define DICLASSPROP_INTERFACE 0x00000002
WINSETUPAPI BOOL WINAPI SetupDiGetClassPropertyKeys(CONST GUID *ClassGuid, DEVPROPKEY *PropertyKeyArray, DWORD PropertyKeyCount, PDWORD RequiredPropertyKeyCount, DWORD Flags);
WINSETUPAPI BOOL WINAPI SetupDiGetClassPropertyKeysExW(CONST GUID *ClassGuid, DEVPROPKEY *PropertyKeyArray, DWORD PropertyKeyCount, PDWORD RequiredPropertyKeyCount, DWORD Flags, PCWSTR MachineName, PVOID Reserved);
#ifdef UNICODE
#define SetupDiGetClassPropertyKeysEx SetupDiGetClassPropertyKeysExW
#endif
WINSETUPAPI BOOL WINAPI SetupDiGetClassPropertyW(CONST GUID *ClassGuid, CONST DEVPROPKEY *PropertyKey, DEVPROPTYPE *PropertyType, PBYTE PropertyBuffer, DWORD PropertyBufferSize, PDWORD RequiredSize, DWORD Flags);
#ifdef UNICODE
#define SetupDiGetClassProperty SetupDiGetClassPropertyW
#endif
WINSETUPAPI BOOL WINAPI SetupDiGetClassPropertyExW(CONST GUID *ClassGuid, CONST DEVPROPKEY *PropertyKey, DEVPROPTYPE *PropertyType, PBYTE PropertyBuffer, DWORD PropertyBufferSize, PDWORD RequiredSize, DWORD Flags, PCWSTR MachineName, PVOID Reserved);
#ifdef UNICODE
#define SetupDiGetClassPropertyEx SetupDiGetClassPropertyExW
#endif
WINSETUPAPI BOOL WINAPI SetupDiSetClassPropertyW(CONST GUID *ClassGuid, CONST DEVPROPKEY *PropertyKey, DEVPROPTYPE PropertyType, CONST PBYTE PropertyBuffer, DWORD PropertyBufferSize, DWORD Flags);
#ifdef UNICODE
#define SetupDiSetClassProperty SetupDiSetClassPropertyW
#endif
WINSETUPAPI BOOL WINAPI SetupDiSetClassPropertyExW(CONST GUID *ClassGuid, CONST DEVPROPKEY *PropertyKey, DEVPROPTYPE PropertyType, CONST PBYTE PropertyBuffer, DWORD PropertyBufferSize, DWORD Flags, PCWSTR MachineName, PVOID Reserved);
#ifdef UNICODE
#define SetupDiSetClassPropertyEx SetupDiSetClassPropertyExW
#endif
#define SPDRP_BASE_CONTAINERID (0x00000024)
#define SPCRP_UPPERFILTERS (0x00000011)
#define SPCRP_LOWERFILTERS (0x00000012)
WINSETUPAPI BOOL WINAPI SetupDiLoadDeviceIcon(HDEVINFO DeviceInfoSet, PSP_DEVINFO_DATA DeviceInfoData, UINT cxIcon, UINT cyIcon, DWORD Flags, HICON *hIcon);
typedef struct _SP_INF_SIGNER_INFO_V1_A {
	DWORD cbSize;
	CHAR CatalogFile[MAX_PATH];
	CHAR DigitalSigner[MAX_PATH];
	CHAR DigitalSignerVersion[MAX_PATH];
} SP_INF_SIGNER_INFO_V1_A, *PSP_INF_SIGNER_INFO_V1_A;
typedef struct _SP_INF_SIGNER_INFO_V1_W {
	DWORD cbSize;
	WCHAR CatalogFile[MAX_PATH];
	WCHAR DigitalSigner[MAX_PATH];
	WCHAR DigitalSignerVersion[MAX_PATH];
} SP_INF_SIGNER_INFO_V1_W, *PSP_INF_SIGNER_INFO_V1_W;
typedef SP_INF_SIGNER_INFO_V1_W SP_INF_SIGNER_INFO_V1;
typedef PSP_INF_SIGNER_INFO_V1_W PSP_INF_SIGNER_INFO_V1;
typedef struct _SP_INF_SIGNER_INFO_V2_A {
	DWORD cbSize;
	CHAR CatalogFile[MAX_PATH];
	CHAR DigitalSigner[MAX_PATH];
	CHAR DigitalSignerVersion[MAX_PATH];
	DWORD SignerScore;
} SP_INF_SIGNER_INFO_V2_A, *PSP_INF_SIGNER_INFO_V2_A;
typedef struct _SP_INF_SIGNER_INFO_V2_W {
	DWORD cbSize;
	WCHAR CatalogFile[MAX_PATH];
	WCHAR DigitalSigner[MAX_PATH];
	WCHAR DigitalSignerVersion[MAX_PATH];
	DWORD SignerScore;
} SP_INF_SIGNER_INFO_V2_W, *PSP_INF_SIGNER_INFO_V2_W;
typedef SP_INF_SIGNER_INFO_V2_W SP_INF_SIGNER_INFO_V2;
typedef PSP_INF_SIGNER_INFO_V2_W PSP_INF_SIGNER_INFO_V2;
#define SIGNERSCORE_UNKNOWN 0xFF000000
#define SIGNERSCORE_W9X_SUSPECT 0xC0000000
#define SIGNERSCORE_UNSIGNED 0x80000000
#define SIGNERSCORE_AUTHENTICODE 0x0F000000
#define SIGNERSCORE_WHQL 0x0D000005
#define SIGNERSCORE_UNCLASSIFIED 0x0D000004
#define SIGNERSCORE_INBOX 0x0D000003
#define SIGNERSCORE_LOGO_STANDARD 0x0D000002
#define SIGNERSCORE_LOGO_PREMIUM 0x0D000001
#define SIGNERSCORE_MASK 0xFF000000
#define SIGNERSCORE_SIGNED_MASK 0xF0000000


#ifdef __cplusplus
}
#endif
#endif
