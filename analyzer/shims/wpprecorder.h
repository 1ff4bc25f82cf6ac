/*
 * driso shim: wpprecorder.h, the In-flight Trace Recorder (IFR) interface
 * used next to WPP. Declarations only (see driso_shims.h), per the Learn
 * wpprecorder.h reference; member order, the timestamp tri-state, counter
 * handles, triage information and the default sizes are facts from
 * Microsoft's WDK metadata (microsoft/wdkmetadata, MIT licence). The WDK
 * routes each WppRecorder* routine through an imp_WppRecorder* function
 * taking WPP_CB first; here they are the documented prototypes.
 * The timestamp members are given unconditionally (Windows 10 NI and the
 * downlevel recorder have them; a superset for parsing).
 */
#ifndef DRISO_SHIM_WPPRECORDER_H
#define DRISO_SHIM_WPPRECORDER_H
#include "driso_shims.h"
#include "driso_wpp.h"

DRISO_EXTERN_C_START

typedef enum _WPP_RECORDER_TRI_STATE {
	WppRecorderFalse = FALSE,
	WppRecorderTrue = TRUE,
	WppRecorderUseDefault = 2
} WPP_RECORDER_TRI_STATE, *PWPP_RECORDER_TRI_STATE;

DECLARE_HANDLE(RECORDER_LOG);
DECLARE_HANDLE(WPP_RECORDER_COUNTER);

#define RECORDER_LOG_IDENTIFIER_MAX_CHARS 16
#define RECORDER_LOG_DEFAULT_BUFFER_SIZE 1024
#define RECORDER_LOG_DEFAULT_ERR_PARTITION_SIZE 200

typedef struct _WPP_TRIAGE_INFO {
	ULONG WppAutoLogHeaderSize;
	ULONG WppDriverContextOffset;
	ULONG WppAutoLogHeaderSizeOffset;
	ULONG WppSizeOfAutoLogHeaderSizeField;
	ULONG WppDriverContextSize;
} WPP_TRIAGE_INFO, *PWPP_TRIAGE_INFO;

typedef struct _RECORDER_CONFIGURE_PARAMS {
	ULONG Size;
	BOOLEAN CreateDefaultLog;
	WPP_RECORDER_TRI_STATE UseTimeStamp;
	WPP_RECORDER_TRI_STATE PreciseTimeStamp;
} RECORDER_CONFIGURE_PARAMS, *PRECORDER_CONFIGURE_PARAMS;

typedef struct _RECORDER_CONFIGURE_PARAMS_V1 {
	ULONG Size;
	BOOLEAN CreateDefaultLog;
} RECORDER_CONFIGURE_PARAMS_V1, *PRECORDER_CONFIGURE_PARAMS_V1;

typedef struct _RECORDER_LOG_CREATE_PARAMS {
	ULONG Size;
	ULONG LogTag;
	ULONG TotalBufferSize;
	ULONG ErrorPartitionSize;
	ULONG_PTR LogIdentifierAppendValue;
	BOOLEAN LogIdentifierAppendValueSet;
	ULONG LogIdentifierSize;
	CHAR LogIdentifier[RECORDER_LOG_IDENTIFIER_MAX_CHARS];
	WPP_RECORDER_TRI_STATE UseTimeStamp;
	WPP_RECORDER_TRI_STATE PreciseTimeStamp;
} RECORDER_LOG_CREATE_PARAMS, *PRECORDER_LOG_CREATE_PARAMS;

typedef struct _RECORDER_LOG_CREATE_PARAMS_V1 {
	ULONG Size;
	ULONG LogTag;
	ULONG TotalBufferSize;
	ULONG ErrorPartitionSize;
	ULONG_PTR LogIdentifierAppendValue;
	BOOLEAN LogIdentifierAppendValueSet;
	ULONG LogIdentifierSize;
	CHAR LogIdentifier[RECORDER_LOG_IDENTIFIER_MAX_CHARS];
} RECORDER_LOG_CREATE_PARAMS_V1, *PRECORDER_LOG_CREATE_PARAMS_V1;

DRISO_INLINE VOID RECORDER_CONFIGURE_PARAMS_INIT(PRECORDER_CONFIGURE_PARAMS Params)
{
	Params->Size = sizeof(*Params);
	Params->CreateDefaultLog = TRUE;
	Params->UseTimeStamp = WppRecorderUseDefault;
	Params->PreciseTimeStamp = WppRecorderUseDefault;
}
DRISO_INLINE VOID RECORDER_LOG_CREATE_PARAMS_INIT(PRECORDER_LOG_CREATE_PARAMS Params, PSTR LogIdentifier)
{
	RtlZeroMemory(Params, sizeof(*Params));
	Params->Size = sizeof(*Params);
	Params->TotalBufferSize = RECORDER_LOG_DEFAULT_BUFFER_SIZE;
	Params->ErrorPartitionSize = RECORDER_LOG_DEFAULT_ERR_PARTITION_SIZE;
	Params->LogIdentifierSize = sizeof(Params->LogIdentifier);
	Params->UseTimeStamp = WppRecorderUseDefault;
	Params->PreciseTimeStamp = WppRecorderUseDefault;
	(void)LogIdentifier;
}
VOID RECORDER_LOG_CREATE_PARAMS_INIT_APPEND_POINTER(PRECORDER_LOG_CREATE_PARAMS Params, PSTR LogIdentifier,
						    PVOID LogIdentifierAppendPointer);

VOID WppRecorderConfigure(PRECORDER_CONFIGURE_PARAMS ConfigureParams);
NTSTATUS WppRecorderLogCreate(PRECORDER_LOG_CREATE_PARAMS CreateParams, RECORDER_LOG *RecorderLog);
VOID WppRecorderLogDelete(RECORDER_LOG RecorderLog);
VOID WppRecorderLogSetIdentifier(RECORDER_LOG RecorderLog, PSTR LogIdentifier);
RECORDER_LOG WppRecorderLogGetDefault(VOID);
BOOLEAN WppRecorderIsDefaultLogAvailable(VOID);
WPP_RECORDER_COUNTER WppRecorderGetCounterHandle(VOID);
NTSTATUS WppRecorderLinkCounters(WPP_RECORDER_COUNTER CounterOwner);
NTSTATUS WppRecorderGetTriageInfo(PWPP_TRIAGE_INFO WppTriageInfo);
NTSTATUS WppRecorderDumpLiveDriverData(PVOID *OutBuffer, PULONG OutBufferLength, LPGUID LogGuid);
NTSTATUS WppRecorderLogDumpLiveData(RECORDER_LOG RecorderLog, PVOID *OutBuffer, PULONG OutBufferLength, LPGUID Guid);

DRISO_EXTERN_C_END
#endif
