/*
 * driso shim: smclib.h, the smart card driver library (smclib.sys) used by
 * WDM / KMDF smart card reader drivers. WDK-only, kernel.
 *
 * Declarations only (see driso_shims.h). Structures follow the Learn
 * smclib.h / smcnt.h reference (SMARTCARD_EXTENSION, SCARD_CARD_CAPABILITIES,
 * SCARD_READER_CAPABILITIES, VENDOR_ATTR, T0_DATA, T1_DATA, PTS_DATA,
 * CLOCK_RATE_CONVERSION, SMARTCARD_REQUEST/REPLY, OS_DEP_DATA); routines
 * follow the "WDM Smart Card Driver Routines" reference (Learn, previous
 * versions). The IOCTLs, SCARD_* states and protocols come from mingw-w64's
 * winsmcrd.h, included first as in the WDK. GUID_DEVINTERFACE_SMARTCARD_READER
 * (SmartCardReaderGuid) is the documented reader interface class.
 *
 * Values the documentation names but does not give are distinct driso
 * values: the RDF_* indices into ReaderFunction[], the DEBUG_* levels,
 * SMCLIB_VERSION, MIN_BUFFER_SIZE, MAXIMUM_ATR_LENGTH and the PTS_TYPE_* /
 * SCARD_READER_* bits winsmcrd.h lacks. SmartcardDebug, a debug print
 * macro, swallows its arguments like the other trace macros of the shims.
 */
#ifndef DRISO_SHIM_SMCLIB_H
#define DRISO_SHIM_SMCLIB_H

#include "driso_shims.h"
#include <ntddk.h>
#include <winsmcrd.h>

DRISO_EXTERN_C_START

#ifndef MAXIMUM_ATTR_STRING_LENGTH
#define MAXIMUM_ATTR_STRING_LENGTH 32
#endif
#define MAXIMUM_ATR_LENGTH 64
#define MIN_BUFFER_SIZE 288
#define SMCLIB_VERSION 0x150

/* Indices into SMARTCARD_EXTENSION.ReaderFunction (driso values). */
#define RDF_CARD_POWER 0
#define RDF_TRANSMIT 1
#define RDF_CARD_EJECT 2
#define RDF_READER_SWALLOW 3
#define RDF_CARD_TRACKING 4
#define RDF_SET_PROTOCOL 5
#define RDF_IOCTL_VENDOR 6
#define RDF_ATR_PARSE 7

/* SmartcardDebug levels (driso values). */
#define DEBUG_IOCTL 0x00000001
#define DEBUG_ATR 0x00000002
#define DEBUG_PROTOCOL 0x00000004
#define DEBUG_DRIVER 0x00000008
#define DEBUG_TRACE 0x00000010
#define DEBUG_ERROR 0x00000020
#define DEBUG_INFO 0x00000040
#define DEBUG_PERF 0x00000080
#define DEBUG_T1_TEST 0x40000000
#define DEBUG_BREAK 0x80000000
#define DEBUG_ALL 0x000000FF

#ifndef SmartcardDebug
#define SmartcardDebug(LEVEL, STRING) ((void)0)
#endif

#ifdef DEFINE_GUID
DEFINE_GUID(SmartCardReaderGuid, 0x50DD5230, 0xBA8A, 0x11D1, 0xBF, 0x5D, 0x00, 0x00, 0xF8, 0x05, 0xF5, 0x30);
#ifndef GUID_DEVINTERFACE_SMARTCARD_READER
DEFINE_GUID(GUID_DEVINTERFACE_SMARTCARD_READER, 0x50DD5230, 0xBA8A, 0x11D1, 0xBF, 0x5D, 0x00, 0x00, 0xF8, 0x05, 0xF5,
	    0x30);
#endif
#endif

typedef struct _SMARTCARD_EXTENSION *PSMARTCARD_EXTENSION;
/* Defined by each reader driver. */
typedef struct _READER_EXTENSION *PREADER_EXTENSION;
typedef struct _PERF_INFO *PPERF_INFO;

typedef struct _CLOCK_RATE_CONVERSION {
	const ULONG F;
	const ULONG fs;
} CLOCK_RATE_CONVERSION, *PCLOCK_RATE_CONVERSION;

typedef struct _BIT_RATE_ADJUSTMENT {
	const ULONG DNumerator;
	const ULONG DDivisor;
} BIT_RATE_ADJUSTMENT, *PBIT_RATE_ADJUSTMENT;

typedef struct _PTS_DATA {
	UCHAR Type;
	UCHAR Fl;
	UCHAR Dl;
	ULONG CLKFrequency;
	ULONG DataRate;
	UCHAR StopBits;
} PTS_DATA, *PPTS_DATA;

/* PTS_DATA.Type (driso values). */
#define PTS_TYPE_DEFAULT 0x00
#define PTS_TYPE_OPTIMAL 0x01
#define PTS_TYPE_USER 0x02

typedef struct _SCARD_CARD_CAPABILITIES {
	BOOLEAN InversConvention;
	ULONG etu;
	struct {
		UCHAR Buffer[64];
		UCHAR Length;
	} ATR;
	struct {
		UCHAR Buffer[16];
		UCHAR Length;
	} HistoricalChars;
	PCLOCK_RATE_CONVERSION ClockRateConversion;
	PBIT_RATE_ADJUSTMENT BitRateAdjustment;
	UCHAR Fl;
	UCHAR Dl;
	UCHAR II;
	UCHAR P;
	UCHAR N;
	ULONG GT;
	struct {
		ULONG Supported;
		ULONG Selected;
	} Protocol;
	struct {
		UCHAR WI;
		ULONG WT;
	} T0;
	struct {
		UCHAR IFSC;
		UCHAR CWI;
		UCHAR BWI;
		UCHAR EDC;
		ULONG CWT;
		ULONG BWT;
		ULONG BGT;
	} T1;
	PTS_DATA PtsData;
	UCHAR Reserved[100 - sizeof(PTS_DATA)];
} SCARD_CARD_CAPABILITIES, *PSCARD_CARD_CAPABILITIES;

typedef struct _SCARD_READER_CAPABILITIES {
	ULONG SupportedProtocols;
	ULONG Reserved;
	ULONG ReaderType;
	ULONG MechProperties;
	ULONG CurrentState;
	ULONG Channel;
	struct {
		ULONG Default;
		ULONG Max;
	} CLKFrequency;
	struct {
		ULONG Default;
		ULONG Max;
	} DataRate;
	ULONG MaxIFSD;
	ULONG PowerMgmtSupport;
	ULONG CardConfiscated;
	struct _DataRatesSupported {
		PULONG List;
		UCHAR Entries;
	} DataRatesSupported;
	struct _CLKFrequenciesSupported {
		PULONG List;
		UCHAR Entries;
	} CLKFrequenciesSupported;
	UCHAR Reserved1[100 - sizeof(ULONG) - sizeof(struct _DataRatesSupported) -
			sizeof(struct _CLKFrequenciesSupported)];
} SCARD_READER_CAPABILITIES, *PSCARD_READER_CAPABILITIES;

typedef struct _VENDOR_ATTR {
	struct {
		USHORT Length;
		UCHAR Buffer[MAXIMUM_ATTR_STRING_LENGTH];
	} VendorName;
	struct {
		USHORT Length;
		UCHAR Buffer[MAXIMUM_ATTR_STRING_LENGTH];
	} IfdType;
	ULONG UnitNo;
	struct {
		USHORT BuildNumber;
		UCHAR VersionMinor;
		UCHAR VersionMajor;
	} IfdVersion;
	struct {
		USHORT Length;
		UCHAR Buffer[MAXIMUM_ATTR_STRING_LENGTH];
	} IfdSerialNo;
	ULONG Reserved[25];
} VENDOR_ATTR, *PVENDOR_ATTR;

typedef struct _T0_DATA {
	ULONG Lc;
	ULONG Le;
} T0_DATA, *PT0_DATA;

typedef struct _T1_DATA {
	UCHAR IFSC;
	UCHAR IFSD;
	ULONG BytesReceived;
	ULONG BytesSent;
	ULONG BytesToSend;
	UCHAR LastError;
	BOOLEAN MoreData;
	UCHAR NAD;
	ULONG OriginalState;
	UCHAR Resend;
	UCHAR Resynch;
	UCHAR RSN;
	UCHAR SSN;
	ULONG State;
	UCHAR Wtx;
	PUCHAR ReplyData;
	BOOLEAN WaitForReply;
	UCHAR InfBytesSent;
	UCHAR Reserved[10 - sizeof(PUCHAR) - sizeof(BOOLEAN) - sizeof(UCHAR)];
} T1_DATA, *PT1_DATA;

typedef struct _SMARTCARD_REQUEST {
	PUCHAR Buffer;
	ULONG BufferSize;
	ULONG BufferLength;
} SMARTCARD_REQUEST, *PSMARTCARD_REQUEST;

typedef struct _SMARTCARD_REPLY {
	PUCHAR Buffer;
	ULONG BufferSize;
	ULONG BufferLength;
} SMARTCARD_REPLY, *PSMARTCARD_REPLY;

/* smcnt.h: the operating-system part of the extension. */
typedef struct _OS_DEP_DATA {
	PDEVICE_OBJECT DeviceObject;
	PIRP CurrentIrp;
	PIRP NotificationIrp;
	KMUTEX Mutex;
	KSPIN_LOCK SpinLock;
	struct {
		BOOLEAN Removed;
		LONG RefCount;
		KEVENT RemoveEvent;
		LIST_ENTRY TagList;
	} RemoveLock;
	PDEVICE_OBJECT DebugDeviceObject;
} OS_DEP_DATA, *POS_DEP_DATA;

typedef struct _SMARTCARD_EXTENSION {
	ULONG Version;
	VENDOR_ATTR VendorAttr;
	NTSTATUS (*ReaderFunction[16])(PSMARTCARD_EXTENSION);
	SCARD_CARD_CAPABILITIES CardCapabilities;
	ULONG LastError;
	struct {
		PULONG Information;
		PUCHAR RequestBuffer;
		ULONG RequestBufferLength;
		PUCHAR ReplyBuffer;
		ULONG ReplyBufferLength;
	} IoRequest;
	ULONG MajorIoControlCode;
	ULONG MinorIoControlCode;
	POS_DEP_DATA OsData;
	SCARD_READER_CAPABILITIES ReaderCapabilities;
	PREADER_EXTENSION ReaderExtension;
	SMARTCARD_REPLY SmartcardReply;
	SMARTCARD_REQUEST SmartcardRequest;
	T0_DATA T0;
	T1_DATA T1;
	PPERF_INFO PerfInfo;
	ULONG Reserved[25 - sizeof(PPERF_INFO)];
} SMARTCARD_EXTENSION;

/* Smart card driver library routines. */
NTSTATUS SmartcardInitialize(PSMARTCARD_EXTENSION SmartcardExtension);
VOID SmartcardExit(PSMARTCARD_EXTENSION SmartcardExtension);
NTSTATUS SmartcardDeviceControl(PSMARTCARD_EXTENSION SmartcardExtension, PIRP Irp);
NTSTATUS SmartcardT0Request(PSMARTCARD_EXTENSION SmartcardExtension);
NTSTATUS SmartcardT0Reply(PSMARTCARD_EXTENSION SmartcardExtension);
NTSTATUS SmartcardT1Request(PSMARTCARD_EXTENSION SmartcardExtension);
NTSTATUS SmartcardT1Reply(PSMARTCARD_EXTENSION SmartcardExtension);
NTSTATUS SmartcardRawRequest(PSMARTCARD_EXTENSION SmartcardExtension);
NTSTATUS SmartcardRawReply(PSMARTCARD_EXTENSION SmartcardExtension);
NTSTATUS SmartcardUpdateCardCapabilities(PSMARTCARD_EXTENSION SmartcardExtension);
VOID SmartcardCompleteCardTracking(PSMARTCARD_EXTENSION SmartcardExtension);
NTSTATUS SmartcardAcquireRemoveLock(PSMARTCARD_EXTENSION SmartcardExtension);
NTSTATUS SmartcardAcquireRemoveLockWithTag(PSMARTCARD_EXTENSION SmartcardExtension, ULONG Tag);
VOID SmartcardReleaseRemoveLock(PSMARTCARD_EXTENSION SmartcardExtension);
VOID SmartcardReleaseRemoveLockWithTag(PSMARTCARD_EXTENSION SmartcardExtension, ULONG Tag);
VOID SmartcardReleaseRemoveLockAndWait(PSMARTCARD_EXTENSION SmartcardExtension);
VOID SmartcardLogError(PVOID Object, NTSTATUS ErrorCode, PUNICODE_STRING Insertion, ULONG DumpData);
VOID SmartcardInvertData(PUCHAR Buffer, ULONG Length);
NTSTATUS SmartcardCreateLink(PUNICODE_STRING LinkName, PUNICODE_STRING DeviceName);
NTSTATUS SmartcardDeleteLink(PUNICODE_STRING LinkName);

DRISO_EXTERN_C_END

#endif
