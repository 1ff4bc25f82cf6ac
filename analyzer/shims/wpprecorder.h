/*
 * driso shim: wpprecorder.h, the In-flight Trace Recorder (IFR) interface
 * used next to WPP. Declarations only (see driso_shims.h), per the Learn
 * wpprecorder.h reference.
 */
#ifndef DRISO_SHIM_WPPRECORDER_H
#define DRISO_SHIM_WPPRECORDER_H
#include "driso_shims.h"
#include "driso_wpp.h"

DRISO_EXTERN_C_START

typedef struct _RECORDER_LOG_OPAQUE *RECORDER_LOG;
#define RECORDER_LOG_IDENTIFIER_MAX_CHARS 16

typedef struct _RECORDER_LOG_CREATE_PARAMS {
	ULONG Size;
	ULONG TotalBufferSize;
	ULONG ErrorPartitionSize;
	CHAR LogIdentifier[RECORDER_LOG_IDENTIFIER_MAX_CHARS];
} RECORDER_LOG_CREATE_PARAMS, *PRECORDER_LOG_CREATE_PARAMS;

typedef struct _RECORDER_CONFIGURE_PARAMS {
	ULONG Size;
	BOOLEAN CreateDefaultLog;
} RECORDER_CONFIGURE_PARAMS, *PRECORDER_CONFIGURE_PARAMS;

DRISO_INLINE VOID RECORDER_LOG_CREATE_PARAMS_INIT(PRECORDER_LOG_CREATE_PARAMS Params, PSTR LogIdentifier)
{
	RtlZeroMemory(Params, sizeof(*Params));
	Params->Size = sizeof(*Params);
	(void)LogIdentifier;
}
DRISO_INLINE VOID RECORDER_CONFIGURE_PARAMS_INIT(PRECORDER_CONFIGURE_PARAMS Params)
{
	RtlZeroMemory(Params, sizeof(*Params));
	Params->Size = sizeof(*Params);
	Params->CreateDefaultLog = TRUE;
}

NTSTATUS WppRecorderLogCreate(PRECORDER_LOG_CREATE_PARAMS CreateParams, RECORDER_LOG *RecorderLog);
VOID WppRecorderLogDelete(RECORDER_LOG RecorderLog);
RECORDER_LOG WppRecorderLogGetDefault(VOID);
NTSTATUS WppRecorderLogSetIdentifier(RECORDER_LOG RecorderLog, PSTR LogIdentifier);
VOID WppRecorderConfigure(PRECORDER_CONFIGURE_PARAMS ConfigureParams);
BOOLEAN WppRecorderIsDefaultLogAvailable(VOID);
NTSTATUS WppRecorderDumpLiveDriverData(PVOID *OutBuffer, PULONG OutBufferLength, LPGUID LogGuid);

DRISO_EXTERN_C_END
#endif
