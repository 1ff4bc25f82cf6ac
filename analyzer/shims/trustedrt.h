/*
 * driso shim: trustedrt.h (TrustedRT.h), the Trusted Execution Environment
 * (TrEE) request interface shared by the TrEE class extension, its
 * miniports and user-mode clients (WDK-only header). Declarations only,
 * from the Learn trustedrt.h reference (member order checked against the
 * WDK header copy in microsoft/wdkmetadata; facts only, own layout).
 *
 * Values: the IOCTL codes, FILE_DEVICE_TRUST_ENV and the interface version
 * constant are not published on Learn: distinct driso values. The device
 * names are as Learn names them.
 */
#ifndef DRISO_SHIM_TRUSTEDRT_H
#define DRISO_SHIM_TRUSTEDRT_H
#include "driso_shims.h"

DRISO_EXTERN_C_START

#define WTR_DEVICE_NAME L"\\Device\\WindowsTrustedRT"
#define WTR_DEVICE_USER_NAME L"\\\\.\\WindowsTrustedRT"
#define WTR_DEVICE_NAME_USER_LINK L"\\DosDevices\\WindowsTrustedRT"

#ifndef FILE_DEVICE_TRUST_ENV
#define FILE_DEVICE_TRUST_ENV 0x000007F2
#endif
#define IOCTL_TR_SERVICE_QUERY CTL_CODE(FILE_DEVICE_TRUST_ENV, 0x3F0, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_TR_EXECUTE_FUNCTION CTL_CODE(FILE_DEVICE_TRUST_ENV, 0x3F1, METHOD_BUFFERED, FILE_WRITE_ACCESS)
#define IOCTL_TR_ENUMERATE_SERVICES CTL_CODE(FILE_DEVICE_TRUST_ENV, 0x3F2, METHOD_BUFFERED, FILE_ANY_ACCESS)

#define TRUSTED_RUNTIME_INTERFACE_VERSION_1 1
#define TRUSTED_RUNTIME_INTERFACE_VERSION TRUSTED_RUNTIME_INTERFACE_VERSION_1

typedef struct _TR_SERVICE_INFORMATION_V1 {
	ULONG InterfaceVersion;
	ULONG ServiceMajorVersion;
	ULONG ServiceMinorVersion;
} TR_SERVICE_INFORMATION_V1, *PTR_SERVICE_INFORMATION_V1;
typedef TR_SERVICE_INFORMATION_V1 TR_SERVICE_INFORMATION, *PTR_SERVICE_INFORMATION;

typedef struct _TR_SERVICE_REQUEST_V1 {
	ULONG InterfaceVersion;
	ULONG ServiceMajorVersion;
	ULONG ServiceMinorVersion;
	ULONG FunctionCode;
	PVOID64 InputBuffer;
	ULONG64 InputBufferSize;
	PVOID64 OutputBuffer;
	ULONG64 OutputBufferSize;
} TR_SERVICE_REQUEST_V1, *PTR_SERVICE_REQUEST_V1;
typedef TR_SERVICE_REQUEST_V1 TR_SERVICE_REQUEST, *PTR_SERVICE_REQUEST;

typedef struct _TR_SERVICE_REQUEST_RESPONSE_V1 {
	ULONG InterfaceVersion;
	ULONG64 BytesWritten;
} TR_SERVICE_REQUEST_RESPONSE_V1, *PTR_SERVICE_REQUEST_RESPONSE_V1;
typedef TR_SERVICE_REQUEST_RESPONSE_V1 TR_SERVICE_REQUEST_RESPONSE, *PTR_SERVICE_REQUEST_RESPONSE;

DRISO_EXTERN_C_END
#endif
