/*
 * driso shim: TraceLoggingProvider.h, TraceLogging (self-describing ETW
 * events) for user- and kernel-mode code (SDK/WDK header mingw-w64 lacks).
 *
 * Declarations only (see driso_shims.h), written from the Learn reference
 * (traceloggingprovider.h, "TraceLogging wrapper macros"). The WDK header
 * builds each event's metadata at compile time; for parsing, every wrapper
 * macro expands to a call of a declared driso helper (_drisoTlg*) and
 * TraceLoggingWrite to a call of a declared variadic function, so every
 * field's value expression stays visible to driso as a call argument (the
 * string-literal name/description/tags arguments are passed along too).
 *
 * TLG_STATUS is HRESULT in user mode and NTSTATUS in kernel mode, and
 * TLG_PENABLECALLBACK is PENABLECALLBACK / PETWENABLECALLBACK, as
 * documented. TraceLoggingProviderState is the documented name of the
 * provider storage; its layout is internal: only LevelPlus1, which
 * Microsoft's cdfs sample reads through the handle, is declared, the rest
 * are driso's own members.
 */
#ifndef DRISO_SHIM_TRACELOGGINGPROVIDER_H
#define DRISO_SHIM_TRACELOGGINGPROVIDER_H
#include "driso_shims.h"
#include <winmeta.h>
#if DRISO_KERNEL
#include <wdm.h>
#else
#include <windows.h>
#include <evntprov.h>
#endif

#if DRISO_KERNEL
typedef NTSTATUS TLG_STATUS;
typedef PETWENABLECALLBACK TLG_PENABLECALLBACK;
/* EVENT_INFO_CLASS (evntprov.h; mingw's kernel headers lack it). */
#ifndef DRISO_HAVE_EVENT_INFO_CLASS
#define DRISO_HAVE_EVENT_INFO_CLASS 1
typedef enum _EVENT_INFO_CLASS {
	EventProviderBinaryTrackInfo,
	EventProviderSetReserved1,
	EventProviderSetTraits,
	EventProviderUseDescriptorType,
	MaxEventInfo
} EVENT_INFO_CLASS;
#endif
#else
typedef HRESULT TLG_STATUS;
typedef PENABLECALLBACK TLG_PENABLECALLBACK;
#endif

DRISO_EXTERN_C_START

typedef struct _tlgProvider_t {
	UINT32 LevelPlus1;
	const char *_drisoName;
	GUID _drisoId;
} TraceLoggingProviderState;
typedef const TraceLoggingProviderState *TraceLoggingHProvider;

/* Provider handles. providerId is the documented parenthesized list of
 * 11 integers, turned into a GUID initializer here. */
#define _DRISO_TLG_GUID(l, w1, w2, b1, b2, b3, b4, b5, b6, b7, b8) \
	{ l, w1, w2, { b1, b2, b3, b4, b5, b6, b7, b8 } }
#ifdef __cplusplus
#define _DRISO_TLG_EXTERN_C extern "C"
#define _DRISO_TLG_DEFINE_C extern "C"
#else
#define _DRISO_TLG_EXTERN_C extern
#define _DRISO_TLG_DEFINE_C
#endif

#define TRACELOGGING_DECLARE_PROVIDER(handleVariable) \
	_DRISO_TLG_EXTERN_C const TraceLoggingHProvider handleVariable
#define TRACELOGGING_DEFINE_PROVIDER_STORAGE(storageVariable, providerName, providerId, ...) \
	static TraceLoggingProviderState storageVariable = { 0, providerName, _DRISO_TLG_GUID providerId }
#define TRACELOGGING_DEFINE_PROVIDER(handleVariable, providerName, providerId, ...) \
	TRACELOGGING_DEFINE_PROVIDER_STORAGE(_drisoTlgStorage_##handleVariable, providerName, providerId); \
	_DRISO_TLG_DEFINE_C const TraceLoggingHProvider handleVariable = &_drisoTlgStorage_##handleVariable
/* Only meaningful inside TRACELOGGING_DEFINE_PROVIDER's options. */
#define TraceLoggingOptionGroup(l, w1, w2, b1, b2, b3, b4, b5, b6, b7, b8) \
	_DRISO_TLG_GUID(l, w1, w2, b1, b2, b3, b4, b5, b6, b7, b8)

/* Provider functions (inline in the WDK). */
TLG_STATUS TraceLoggingRegister(TraceLoggingHProvider hProvider);
TLG_STATUS TraceLoggingRegisterEx(TraceLoggingHProvider hProvider, TLG_PENABLECALLBACK pEnableCallback, PVOID pCallbackContext);
void TraceLoggingUnregister(TraceLoggingHProvider hProvider);
TLG_STATUS TraceLoggingSetInformation(TraceLoggingHProvider hProvider, EVENT_INFO_CLASS informationClass, PVOID pvInformation, ULONG cbInformation);
BOOLEAN TraceLoggingProviderEnabled(TraceLoggingHProvider hProvider, UCHAR eventLevel, ULONGLONG eventKeyword);
const GUID *TraceLoggingProviderId(TraceLoggingHProvider hProvider);

/* Writing events. */
void _drisoTlgWrite(TraceLoggingHProvider hProvider, const char *eventName, ...);
void _drisoTlgWriteActivity(TraceLoggingHProvider hProvider, const char *eventName, const GUID *pActivityId, const GUID *pRelatedActivityId, ...);
#define TraceLoggingWrite(hProvider, eventName, ...) \
	_drisoTlgWrite((hProvider), eventName, ##__VA_ARGS__)
#define TraceLoggingWriteActivity(hProvider, eventName, pActivityId, pRelatedActivityId, ...) \
	_drisoTlgWriteActivity((hProvider), eventName, (pActivityId), (pRelatedActivityId), ##__VA_ARGS__)

/* Event configuration wrappers. */
int _drisoTlgLevel(UINT8 eventLevel);
int _drisoTlgKeyword(UINT64 eventKeyword);
int _drisoTlgOpcode(UINT8 eventOpcode);
int _drisoTlgChannel(UINT8 eventChannel);
int _drisoTlgEventTag(UINT32 eventTag);
int _drisoTlgDescription(const char *description);
int _drisoTlgCustomAttribute(const char *key, const char *value);
#define TraceLoggingLevel(eventLevel) _drisoTlgLevel(eventLevel)
#define TraceLoggingKeyword(eventKeyword) _drisoTlgKeyword(eventKeyword)
#define TraceLoggingOpcode(eventOpcode) _drisoTlgOpcode(eventOpcode)
#define TraceLoggingChannel(eventChannel) _drisoTlgChannel(eventChannel)
#define TraceLoggingEventTag(eventTag) _drisoTlgEventTag(eventTag)
#define TraceLoggingDescription(description) _drisoTlgDescription(description)
#define TraceLoggingCustomAttribute(key, value) _drisoTlgCustomAttribute(key, value)

/* Type-deduced field (C++ in the WDK; variadic here, so C works too). */
int _drisoTlgValue(int _drisoKind, ...);
#define TraceLoggingValue(value, ...) _drisoTlgValue(0, (value), ##__VA_ARGS__)

/* Nested structure, custom-serialized and packed fields. bSchema is the
 * documented parenthesized byte list, passed as its spelling. */
int _drisoTlgStruct(UINT8 fieldCount, const char *name, ...);
int _drisoTlgCustom(const void *pValue, UINT16 cbValue, UINT8 protocol, const char *bSchema, UINT16 cbSchema, ...);
int _drisoTlgPacked(int _drisoKind, ...);
#define TraceLoggingStruct(fieldCount, name, ...) _drisoTlgStruct((fieldCount), name, ##__VA_ARGS__)
#define TraceLoggingCustom(pValue, cbValue, protocol, bSchema, cbSchema, ...) \
	_drisoTlgCustom((pValue), (cbValue), (protocol), #bSchema, (cbSchema), ##__VA_ARGS__)
#define TraceLoggingPackedField(pValue, cbValue, inType, ...) _drisoTlgPacked(0, (pValue), (cbValue), (inType), ##__VA_ARGS__)
#define TraceLoggingPackedFieldEx(pValue, cbValue, inType, outType, ...) _drisoTlgPacked(0, (pValue), (cbValue), (inType), (outType), ##__VA_ARGS__)
#define TraceLoggingPackedMetadata(inType, ...) _drisoTlgPacked(1, (inType), ##__VA_ARGS__)
#define TraceLoggingPackedMetadataEx(inType, outType, ...) _drisoTlgPacked(1, (inType), (outType), ##__VA_ARGS__)
#define TraceLoggingPackedStruct(fieldCount, name, ...) _drisoTlgPacked(2, (fieldCount), name, ##__VA_ARGS__)
#define TraceLoggingPackedStructArray(fieldCount, name, ...) _drisoTlgPacked(3, (fieldCount), name, ##__VA_ARGS__)
#define TraceLoggingPackedData(pValue, cbValue) _drisoTlgPacked(4, (pValue), (cbValue))
#define TraceLoggingPackedDataEx(pValue, cbValue, dataDescType) _drisoTlgPacked(4, (pValue), (cbValue), (dataDescType))

/* Scalar field wrappers: TraceLoggingX(value, [name], [description], [tags]). */
int _drisoTlgInt8(INT8 value, ...);
int _drisoTlgUInt8(UINT8 value, ...);
int _drisoTlgInt16(INT16 value, ...);
int _drisoTlgUInt16(UINT16 value, ...);
int _drisoTlgInt32(INT32 value, ...);
int _drisoTlgUInt32(UINT32 value, ...);
int _drisoTlgInt64(INT64 value, ...);
int _drisoTlgUInt64(UINT64 value, ...);
int _drisoTlgIntPtr(INT_PTR value, ...);
int _drisoTlgUIntPtr(UINT_PTR value, ...);
int _drisoTlgLong(LONG value, ...);
int _drisoTlgULong(ULONG value, ...);
int _drisoTlgHexInt8(INT8 value, ...);
int _drisoTlgHexUInt8(UINT8 value, ...);
int _drisoTlgHexInt16(INT16 value, ...);
int _drisoTlgHexUInt16(UINT16 value, ...);
int _drisoTlgHexInt32(INT32 value, ...);
int _drisoTlgHexUInt32(UINT32 value, ...);
int _drisoTlgHexInt64(INT64 value, ...);
int _drisoTlgHexUInt64(UINT64 value, ...);
int _drisoTlgHexIntPtr(INT_PTR value, ...);
int _drisoTlgHexUIntPtr(UINT_PTR value, ...);
int _drisoTlgHexLong(LONG value, ...);
int _drisoTlgHexULong(ULONG value, ...);
int _drisoTlgFloat32(float value, ...);
int _drisoTlgFloat64(double value, ...);
int _drisoTlgBoolean(BOOLEAN value, ...);
int _drisoTlgBool(BOOL value, ...);
int _drisoTlgChar(char value, ...);
int _drisoTlgChar16(UINT16 value, ...);
int _drisoTlgWChar(wchar_t value, ...);
int _drisoTlgPointer(const void * value, ...);
int _drisoTlgCodePointer(const void * value, ...);
int _drisoTlgPid(UINT32 value, ...);
int _drisoTlgTid(UINT32 value, ...);
int _drisoTlgIPv4Address(UINT32 value, ...);
int _drisoTlgIPv6Address(const void * value, ...);
int _drisoTlgPort(UINT16 value, ...);
int _drisoTlgWinError(UINT32 value, ...);
int _drisoTlgNTStatus(LONG value, ...);
int _drisoTlgHResult(LONG value, ...);
int _drisoTlgGuid(GUID value, ...);
int _drisoTlgSid(const void * value, ...);
int _drisoTlgString(const char * value, ...);
int _drisoTlgUtf8String(const char * value, ...);
int _drisoTlgString16(const void * value, ...);
int _drisoTlgWideString(const wchar_t * value, ...);
int _drisoTlgAnsiString(const void * value, ...);
int _drisoTlgUnicodeString(const void * value, ...);
int _drisoTlgFileTime(int _drisoKind, ...);
int _drisoTlgFileTimeUtc(int _drisoKind, ...);
int _drisoTlgSystemTime(int _drisoKind, ...);
int _drisoTlgSystemTimeUtc(int _drisoKind, ...);
int _drisoTlgCountedString(const char * pValue, UINT16 cValue, ...);
int _drisoTlgCountedUtf8String(const char * pValue, UINT16 cValue, ...);
int _drisoTlgCountedString16(const void * pValue, UINT16 cValue, ...);
int _drisoTlgCountedWideString(const wchar_t * pValue, UINT16 cValue, ...);
int _drisoTlgBinary(const void * pValue, UINT16 cValue, ...);
int _drisoTlgSocketAddress(const void * pValue, UINT16 cValue, ...);
int _drisoTlgArray(const void *pValues, UINT16 cValues, ...);

#define TraceLoggingInt8(value, ...) _drisoTlgInt8((value), ##__VA_ARGS__)
#define TraceLoggingUInt8(value, ...) _drisoTlgUInt8((value), ##__VA_ARGS__)
#define TraceLoggingInt16(value, ...) _drisoTlgInt16((value), ##__VA_ARGS__)
#define TraceLoggingUInt16(value, ...) _drisoTlgUInt16((value), ##__VA_ARGS__)
#define TraceLoggingInt32(value, ...) _drisoTlgInt32((value), ##__VA_ARGS__)
#define TraceLoggingUInt32(value, ...) _drisoTlgUInt32((value), ##__VA_ARGS__)
#define TraceLoggingInt64(value, ...) _drisoTlgInt64((value), ##__VA_ARGS__)
#define TraceLoggingUInt64(value, ...) _drisoTlgUInt64((value), ##__VA_ARGS__)
#define TraceLoggingIntPtr(value, ...) _drisoTlgIntPtr((value), ##__VA_ARGS__)
#define TraceLoggingUIntPtr(value, ...) _drisoTlgUIntPtr((value), ##__VA_ARGS__)
#define TraceLoggingLong(value, ...) _drisoTlgLong((value), ##__VA_ARGS__)
#define TraceLoggingULong(value, ...) _drisoTlgULong((value), ##__VA_ARGS__)
#define TraceLoggingHexInt8(value, ...) _drisoTlgHexInt8((value), ##__VA_ARGS__)
#define TraceLoggingHexUInt8(value, ...) _drisoTlgHexUInt8((value), ##__VA_ARGS__)
#define TraceLoggingHexInt16(value, ...) _drisoTlgHexInt16((value), ##__VA_ARGS__)
#define TraceLoggingHexUInt16(value, ...) _drisoTlgHexUInt16((value), ##__VA_ARGS__)
#define TraceLoggingHexInt32(value, ...) _drisoTlgHexInt32((value), ##__VA_ARGS__)
#define TraceLoggingHexUInt32(value, ...) _drisoTlgHexUInt32((value), ##__VA_ARGS__)
#define TraceLoggingHexInt64(value, ...) _drisoTlgHexInt64((value), ##__VA_ARGS__)
#define TraceLoggingHexUInt64(value, ...) _drisoTlgHexUInt64((value), ##__VA_ARGS__)
#define TraceLoggingHexIntPtr(value, ...) _drisoTlgHexIntPtr((value), ##__VA_ARGS__)
#define TraceLoggingHexUIntPtr(value, ...) _drisoTlgHexUIntPtr((value), ##__VA_ARGS__)
#define TraceLoggingHexLong(value, ...) _drisoTlgHexLong((value), ##__VA_ARGS__)
#define TraceLoggingHexULong(value, ...) _drisoTlgHexULong((value), ##__VA_ARGS__)
#define TraceLoggingFloat32(value, ...) _drisoTlgFloat32((value), ##__VA_ARGS__)
#define TraceLoggingFloat64(value, ...) _drisoTlgFloat64((value), ##__VA_ARGS__)
#define TraceLoggingBoolean(value, ...) _drisoTlgBoolean((value), ##__VA_ARGS__)
#define TraceLoggingBool(value, ...) _drisoTlgBool((value), ##__VA_ARGS__)
#define TraceLoggingChar(value, ...) _drisoTlgChar((value), ##__VA_ARGS__)
#define TraceLoggingChar16(value, ...) _drisoTlgChar16((value), ##__VA_ARGS__)
#define TraceLoggingWChar(value, ...) _drisoTlgWChar((value), ##__VA_ARGS__)
#define TraceLoggingPointer(value, ...) _drisoTlgPointer((value), ##__VA_ARGS__)
#define TraceLoggingCodePointer(value, ...) _drisoTlgCodePointer((value), ##__VA_ARGS__)
#define TraceLoggingPid(value, ...) _drisoTlgPid((value), ##__VA_ARGS__)
#define TraceLoggingTid(value, ...) _drisoTlgTid((value), ##__VA_ARGS__)
#define TraceLoggingIPv4Address(value, ...) _drisoTlgIPv4Address((value), ##__VA_ARGS__)
#define TraceLoggingIPv6Address(value, ...) _drisoTlgIPv6Address((value), ##__VA_ARGS__)
#define TraceLoggingPort(value, ...) _drisoTlgPort((value), ##__VA_ARGS__)
#define TraceLoggingWinError(value, ...) _drisoTlgWinError((value), ##__VA_ARGS__)
#define TraceLoggingNTStatus(value, ...) _drisoTlgNTStatus((value), ##__VA_ARGS__)
#define TraceLoggingHResult(value, ...) _drisoTlgHResult((value), ##__VA_ARGS__)
#define TraceLoggingGuid(value, ...) _drisoTlgGuid((value), ##__VA_ARGS__)
#define TraceLoggingSid(value, ...) _drisoTlgSid((value), ##__VA_ARGS__)
#define TraceLoggingString(value, ...) _drisoTlgString((value), ##__VA_ARGS__)
#define TraceLoggingUtf8String(value, ...) _drisoTlgUtf8String((value), ##__VA_ARGS__)
#define TraceLoggingString16(value, ...) _drisoTlgString16((value), ##__VA_ARGS__)
#define TraceLoggingWideString(value, ...) _drisoTlgWideString((value), ##__VA_ARGS__)
#define TraceLoggingAnsiString(value, ...) _drisoTlgAnsiString((value), ##__VA_ARGS__)
#define TraceLoggingUnicodeString(value, ...) _drisoTlgUnicodeString((value), ##__VA_ARGS__)
#define TraceLoggingFileTime(value, ...) _drisoTlgFileTime(0, (value), ##__VA_ARGS__)
#define TraceLoggingFileTimeUtc(value, ...) _drisoTlgFileTimeUtc(0, (value), ##__VA_ARGS__)
#define TraceLoggingSystemTime(value, ...) _drisoTlgSystemTime(0, (value), ##__VA_ARGS__)
#define TraceLoggingSystemTimeUtc(value, ...) _drisoTlgSystemTimeUtc(0, (value), ##__VA_ARGS__)
#define TraceLoggingCountedString(pValue, cValue, ...) _drisoTlgCountedString((pValue), (cValue), ##__VA_ARGS__)
#define TraceLoggingCountedUtf8String(pValue, cValue, ...) _drisoTlgCountedUtf8String((pValue), (cValue), ##__VA_ARGS__)
#define TraceLoggingCountedString16(pValue, cValue, ...) _drisoTlgCountedString16((pValue), (cValue), ##__VA_ARGS__)
#define TraceLoggingCountedWideString(pValue, cValue, ...) _drisoTlgCountedWideString((pValue), (cValue), ##__VA_ARGS__)
#define TraceLoggingBinary(pValue, cValue, ...) _drisoTlgBinary((pValue), (cValue), ##__VA_ARGS__)
#define TraceLoggingSocketAddress(pValue, cValue, ...) _drisoTlgSocketAddress((pValue), (cValue), ##__VA_ARGS__)

/* Arrays: TraceLoggingXArray(pValues, cValues, ...) (variable count) and
 * TraceLoggingXFixedArray(pValues, cValues, ...) (constant count). */
#define TraceLoggingInt8Array(pValues, cValues, ...) _drisoTlgArray((pValues), (cValues), ##__VA_ARGS__)
#define TraceLoggingInt8FixedArray(pValues, cValues, ...) _drisoTlgArray((pValues), (cValues), ##__VA_ARGS__)
#define TraceLoggingUInt8Array(pValues, cValues, ...) _drisoTlgArray((pValues), (cValues), ##__VA_ARGS__)
#define TraceLoggingUInt8FixedArray(pValues, cValues, ...) _drisoTlgArray((pValues), (cValues), ##__VA_ARGS__)
#define TraceLoggingInt16Array(pValues, cValues, ...) _drisoTlgArray((pValues), (cValues), ##__VA_ARGS__)
#define TraceLoggingInt16FixedArray(pValues, cValues, ...) _drisoTlgArray((pValues), (cValues), ##__VA_ARGS__)
#define TraceLoggingUInt16Array(pValues, cValues, ...) _drisoTlgArray((pValues), (cValues), ##__VA_ARGS__)
#define TraceLoggingUInt16FixedArray(pValues, cValues, ...) _drisoTlgArray((pValues), (cValues), ##__VA_ARGS__)
#define TraceLoggingInt32Array(pValues, cValues, ...) _drisoTlgArray((pValues), (cValues), ##__VA_ARGS__)
#define TraceLoggingInt32FixedArray(pValues, cValues, ...) _drisoTlgArray((pValues), (cValues), ##__VA_ARGS__)
#define TraceLoggingUInt32Array(pValues, cValues, ...) _drisoTlgArray((pValues), (cValues), ##__VA_ARGS__)
#define TraceLoggingUInt32FixedArray(pValues, cValues, ...) _drisoTlgArray((pValues), (cValues), ##__VA_ARGS__)
#define TraceLoggingInt64Array(pValues, cValues, ...) _drisoTlgArray((pValues), (cValues), ##__VA_ARGS__)
#define TraceLoggingInt64FixedArray(pValues, cValues, ...) _drisoTlgArray((pValues), (cValues), ##__VA_ARGS__)
#define TraceLoggingUInt64Array(pValues, cValues, ...) _drisoTlgArray((pValues), (cValues), ##__VA_ARGS__)
#define TraceLoggingUInt64FixedArray(pValues, cValues, ...) _drisoTlgArray((pValues), (cValues), ##__VA_ARGS__)
#define TraceLoggingIntPtrArray(pValues, cValues, ...) _drisoTlgArray((pValues), (cValues), ##__VA_ARGS__)
#define TraceLoggingIntPtrFixedArray(pValues, cValues, ...) _drisoTlgArray((pValues), (cValues), ##__VA_ARGS__)
#define TraceLoggingUIntPtrArray(pValues, cValues, ...) _drisoTlgArray((pValues), (cValues), ##__VA_ARGS__)
#define TraceLoggingUIntPtrFixedArray(pValues, cValues, ...) _drisoTlgArray((pValues), (cValues), ##__VA_ARGS__)
#define TraceLoggingLongArray(pValues, cValues, ...) _drisoTlgArray((pValues), (cValues), ##__VA_ARGS__)
#define TraceLoggingLongFixedArray(pValues, cValues, ...) _drisoTlgArray((pValues), (cValues), ##__VA_ARGS__)
#define TraceLoggingULongArray(pValues, cValues, ...) _drisoTlgArray((pValues), (cValues), ##__VA_ARGS__)
#define TraceLoggingULongFixedArray(pValues, cValues, ...) _drisoTlgArray((pValues), (cValues), ##__VA_ARGS__)
#define TraceLoggingHexInt8Array(pValues, cValues, ...) _drisoTlgArray((pValues), (cValues), ##__VA_ARGS__)
#define TraceLoggingHexInt8FixedArray(pValues, cValues, ...) _drisoTlgArray((pValues), (cValues), ##__VA_ARGS__)
#define TraceLoggingHexUInt8Array(pValues, cValues, ...) _drisoTlgArray((pValues), (cValues), ##__VA_ARGS__)
#define TraceLoggingHexUInt8FixedArray(pValues, cValues, ...) _drisoTlgArray((pValues), (cValues), ##__VA_ARGS__)
#define TraceLoggingHexInt16Array(pValues, cValues, ...) _drisoTlgArray((pValues), (cValues), ##__VA_ARGS__)
#define TraceLoggingHexInt16FixedArray(pValues, cValues, ...) _drisoTlgArray((pValues), (cValues), ##__VA_ARGS__)
#define TraceLoggingHexUInt16Array(pValues, cValues, ...) _drisoTlgArray((pValues), (cValues), ##__VA_ARGS__)
#define TraceLoggingHexUInt16FixedArray(pValues, cValues, ...) _drisoTlgArray((pValues), (cValues), ##__VA_ARGS__)
#define TraceLoggingHexInt32Array(pValues, cValues, ...) _drisoTlgArray((pValues), (cValues), ##__VA_ARGS__)
#define TraceLoggingHexInt32FixedArray(pValues, cValues, ...) _drisoTlgArray((pValues), (cValues), ##__VA_ARGS__)
#define TraceLoggingHexUInt32Array(pValues, cValues, ...) _drisoTlgArray((pValues), (cValues), ##__VA_ARGS__)
#define TraceLoggingHexUInt32FixedArray(pValues, cValues, ...) _drisoTlgArray((pValues), (cValues), ##__VA_ARGS__)
#define TraceLoggingHexInt64Array(pValues, cValues, ...) _drisoTlgArray((pValues), (cValues), ##__VA_ARGS__)
#define TraceLoggingHexInt64FixedArray(pValues, cValues, ...) _drisoTlgArray((pValues), (cValues), ##__VA_ARGS__)
#define TraceLoggingHexUInt64Array(pValues, cValues, ...) _drisoTlgArray((pValues), (cValues), ##__VA_ARGS__)
#define TraceLoggingHexUInt64FixedArray(pValues, cValues, ...) _drisoTlgArray((pValues), (cValues), ##__VA_ARGS__)
#define TraceLoggingHexIntPtrArray(pValues, cValues, ...) _drisoTlgArray((pValues), (cValues), ##__VA_ARGS__)
#define TraceLoggingHexIntPtrFixedArray(pValues, cValues, ...) _drisoTlgArray((pValues), (cValues), ##__VA_ARGS__)
#define TraceLoggingHexUIntPtrArray(pValues, cValues, ...) _drisoTlgArray((pValues), (cValues), ##__VA_ARGS__)
#define TraceLoggingHexUIntPtrFixedArray(pValues, cValues, ...) _drisoTlgArray((pValues), (cValues), ##__VA_ARGS__)
#define TraceLoggingHexLongArray(pValues, cValues, ...) _drisoTlgArray((pValues), (cValues), ##__VA_ARGS__)
#define TraceLoggingHexLongFixedArray(pValues, cValues, ...) _drisoTlgArray((pValues), (cValues), ##__VA_ARGS__)
#define TraceLoggingHexULongArray(pValues, cValues, ...) _drisoTlgArray((pValues), (cValues), ##__VA_ARGS__)
#define TraceLoggingHexULongFixedArray(pValues, cValues, ...) _drisoTlgArray((pValues), (cValues), ##__VA_ARGS__)
#define TraceLoggingFloat32Array(pValues, cValues, ...) _drisoTlgArray((pValues), (cValues), ##__VA_ARGS__)
#define TraceLoggingFloat32FixedArray(pValues, cValues, ...) _drisoTlgArray((pValues), (cValues), ##__VA_ARGS__)
#define TraceLoggingFloat64Array(pValues, cValues, ...) _drisoTlgArray((pValues), (cValues), ##__VA_ARGS__)
#define TraceLoggingFloat64FixedArray(pValues, cValues, ...) _drisoTlgArray((pValues), (cValues), ##__VA_ARGS__)
#define TraceLoggingBooleanArray(pValues, cValues, ...) _drisoTlgArray((pValues), (cValues), ##__VA_ARGS__)
#define TraceLoggingBooleanFixedArray(pValues, cValues, ...) _drisoTlgArray((pValues), (cValues), ##__VA_ARGS__)
#define TraceLoggingBoolArray(pValues, cValues, ...) _drisoTlgArray((pValues), (cValues), ##__VA_ARGS__)
#define TraceLoggingBoolFixedArray(pValues, cValues, ...) _drisoTlgArray((pValues), (cValues), ##__VA_ARGS__)
#define TraceLoggingCharArray(pValues, cValues, ...) _drisoTlgArray((pValues), (cValues), ##__VA_ARGS__)
#define TraceLoggingCharFixedArray(pValues, cValues, ...) _drisoTlgArray((pValues), (cValues), ##__VA_ARGS__)
#define TraceLoggingChar16Array(pValues, cValues, ...) _drisoTlgArray((pValues), (cValues), ##__VA_ARGS__)
#define TraceLoggingChar16FixedArray(pValues, cValues, ...) _drisoTlgArray((pValues), (cValues), ##__VA_ARGS__)
#define TraceLoggingWCharArray(pValues, cValues, ...) _drisoTlgArray((pValues), (cValues), ##__VA_ARGS__)
#define TraceLoggingWCharFixedArray(pValues, cValues, ...) _drisoTlgArray((pValues), (cValues), ##__VA_ARGS__)
#define TraceLoggingPointerArray(pValues, cValues, ...) _drisoTlgArray((pValues), (cValues), ##__VA_ARGS__)
#define TraceLoggingPointerFixedArray(pValues, cValues, ...) _drisoTlgArray((pValues), (cValues), ##__VA_ARGS__)
#define TraceLoggingCodePointerArray(pValues, cValues, ...) _drisoTlgArray((pValues), (cValues), ##__VA_ARGS__)
#define TraceLoggingCodePointerFixedArray(pValues, cValues, ...) _drisoTlgArray((pValues), (cValues), ##__VA_ARGS__)
#define TraceLoggingFileTimeArray(pValues, cValues, ...) _drisoTlgArray((pValues), (cValues), ##__VA_ARGS__)
#define TraceLoggingFileTimeFixedArray(pValues, cValues, ...) _drisoTlgArray((pValues), (cValues), ##__VA_ARGS__)
#define TraceLoggingFileTimeUtcArray(pValues, cValues, ...) _drisoTlgArray((pValues), (cValues), ##__VA_ARGS__)
#define TraceLoggingFileTimeUtcFixedArray(pValues, cValues, ...) _drisoTlgArray((pValues), (cValues), ##__VA_ARGS__)
#define TraceLoggingSystemTimeArray(pValues, cValues, ...) _drisoTlgArray((pValues), (cValues), ##__VA_ARGS__)
#define TraceLoggingSystemTimeFixedArray(pValues, cValues, ...) _drisoTlgArray((pValues), (cValues), ##__VA_ARGS__)
#define TraceLoggingSystemTimeUtcArray(pValues, cValues, ...) _drisoTlgArray((pValues), (cValues), ##__VA_ARGS__)
#define TraceLoggingSystemTimeUtcFixedArray(pValues, cValues, ...) _drisoTlgArray((pValues), (cValues), ##__VA_ARGS__)
#define TraceLoggingGuidArray(pValues, cValues, ...) _drisoTlgArray((pValues), (cValues), ##__VA_ARGS__)
#define TraceLoggingGuidFixedArray(pValues, cValues, ...) _drisoTlgArray((pValues), (cValues), ##__VA_ARGS__)

DRISO_EXTERN_C_END

#endif
