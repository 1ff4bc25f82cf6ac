/*
 * driso shim: acx.h, the Audio Class eXtension (ACX) for KMDF audio
 * drivers, with the acx*.h family it includes (acxdriver, acxdevice,
 * acxcircuit, acxstreams, acxpin, acxelements, acxrequest, acxmisc,
 * acxtargets, acxmanager, acxdataformat, acxevents, acxdrm). Declarations
 * only (see driso_shims.h), written from the Learn ACX DDI reference:
 * opaque object handles, enums, the configuration / callback structures
 * with their documented fields and *_INIT helpers, EVT_ACX_* callback
 * types and PFN_ACX_* pointers, and the Acx* entry points as plain
 * prototypes (the WDK routes them through a function table; irrelevant for
 * parsing). Kernel (KMDF) only, as ACX is.
 */
#ifndef DRISO_SHIM_ACX_H
#define DRISO_SHIM_ACX_H
#include "driso_shims.h"
#include "wdf.h"
#include <windef.h>
#ifndef NOBITMAP
#define NOBITMAP
#include <mmreg.h>
#undef NOBITMAP
#else
#include <mmreg.h>
#endif
#include <ks.h>
#include <ksmedia.h>

DRISO_EXTERN_C_START

#ifndef ACX_VERSION_MAJOR
#define ACX_VERSION_MAJOR 1
#endif
#ifndef ACX_VERSION_MINOR
#define ACX_VERSION_MINOR 1
#endif

/* Objects: every ACX object is a WDF object (WDFOBJECT converts from each). */
typedef WDFOBJECT ACXOBJECT;
typedef PVOID ACXCONTEXT;
#define DRISO_ACX_HANDLE(n) typedef struct n##__ *n
DRISO_ACX_HANDLE(ACXCIRCUIT);
DRISO_ACX_HANDLE(ACXSTREAM);
DRISO_ACX_HANDLE(ACXPIN);
DRISO_ACX_HANDLE(ACXELEMENT);
DRISO_ACX_HANDLE(ACXDATAFORMAT);
DRISO_ACX_HANDLE(ACXDATAFORMATLIST);
DRISO_ACX_HANDLE(ACXOBJECTBAG);
DRISO_ACX_HANDLE(ACXFACTORYCIRCUIT);
DRISO_ACX_HANDLE(ACXTARGETCIRCUIT);
DRISO_ACX_HANDLE(ACXTARGETPIN);
DRISO_ACX_HANDLE(ACXTARGETELEMENT);
DRISO_ACX_HANDLE(ACXTARGETSTREAM);
DRISO_ACX_HANDLE(ACXAUDIOENGINE);
DRISO_ACX_HANDLE(ACXSTREAMAUDIOENGINE);
DRISO_ACX_HANDLE(ACXVOLUME);
DRISO_ACX_HANDLE(ACXMUTE);
DRISO_ACX_HANDLE(ACXPEAKMETER);
DRISO_ACX_HANDLE(ACXJACK);
DRISO_ACX_HANDLE(ACXPNPEVENT);
DRISO_ACX_HANDLE(ACXEVENT);
DRISO_ACX_HANDLE(ACXEVENTDATA);
DRISO_ACX_HANDLE(ACXKEYWORDSPOTTER);
DRISO_ACX_HANDLE(ACXAUDIOMODULE);
DRISO_ACX_HANDLE(ACXSTREAMBRIDGE);
DRISO_ACX_HANDLE(ACXCIRCUITTEMPLATE);
DRISO_ACX_HANDLE(ACXCOMPOSITETEMPLATE);
DRISO_ACX_HANDLE(ACXMANAGER);
DRISO_ACX_HANDLE(ACXMICROPHONE);
DRISO_ACX_HANDLE(ACXSPEAKER);
DRISO_ACX_HANDLE(ACXSTREAMIO);
#undef DRISO_ACX_HANDLE

typedef struct ACXCIRCUIT_INIT ACXCIRCUIT_INIT, *PACXCIRCUIT_INIT;
typedef struct ACXSTREAM_INIT ACXSTREAM_INIT, *PACXSTREAM_INIT;
typedef struct ACXFACTORYCIRCUIT_INIT ACXFACTORYCIRCUIT_INIT, *PACXFACTORYCIRCUIT_INIT;
typedef struct _ACXDRMRIGHTS {
	BOOL CopyProtect;
	ULONG Reserved;
	BOOL DigitalOutputDisable;
} ACXDRMRIGHTS, *PACXDRMRIGHTS;

/* ---- acxdriver.h ---- */
typedef struct _ACX_DRIVER_CONFIG {
	ULONG Size;
	ULONG Flags;
} ACX_DRIVER_CONFIG, *PACX_DRIVER_CONFIG;
DRISO_INLINE VOID ACX_DRIVER_CONFIG_INIT(PACX_DRIVER_CONFIG Config)
{
	RtlZeroMemory(Config, sizeof(*Config));
	Config->Size = sizeof(*Config);
}
typedef struct _ACX_DRIVER_VERSION_AVAILABLE_PARAMS {
	ULONG Size;
	ULONG MajorVersion;
	ULONG MinorVersion;
} ACX_DRIVER_VERSION_AVAILABLE_PARAMS, *PACX_DRIVER_VERSION_AVAILABLE_PARAMS;
DRISO_INLINE VOID ACX_DRIVER_VERSION_AVAILABLE_PARAMS_INIT(PACX_DRIVER_VERSION_AVAILABLE_PARAMS Params, ULONG MajorVersion, ULONG MinorVersion)
{
	RtlZeroMemory(Params, sizeof(*Params));
	Params->Size = sizeof(*Params);
	Params->MajorVersion = MajorVersion;
	Params->MinorVersion = MinorVersion;
}
NTSTATUS AcxDriverInitialize(WDFDRIVER Driver, PACX_DRIVER_CONFIG Config);
BOOLEAN AcxDriverIsVersionAvailable(WDFDRIVER Driver, PACX_DRIVER_VERSION_AVAILABLE_PARAMS VersionAvailableParams);
#define ACX_IS_FUNCTION_AVAILABLE(FunctionName) (TRUE)
#define ACX_IS_FIELD_AVAILABLE(Struct, Field) (TRUE)

/* ---- acxdevice.h ---- */
typedef struct _ACX_DEVICEINIT_CONFIG {
	ULONG Size;
	ULONG Flags;
} ACX_DEVICEINIT_CONFIG, *PACX_DEVICEINIT_CONFIG;
DRISO_INLINE VOID ACX_DEVICEINIT_CONFIG_INIT(PACX_DEVICEINIT_CONFIG Config)
{
	RtlZeroMemory(Config, sizeof(*Config));
	Config->Size = sizeof(*Config);
}
typedef struct _ACX_DEVICE_CONFIG {
	ULONG Size;
	ULONG Flags;
} ACX_DEVICE_CONFIG, *PACX_DEVICE_CONFIG;
DRISO_INLINE VOID ACX_DEVICE_CONFIG_INIT(PACX_DEVICE_CONFIG Config)
{
	RtlZeroMemory(Config, sizeof(*Config));
	Config->Size = sizeof(*Config);
}
typedef enum _ACX_DX_EXIT_LATENCY {
	AcxDxExitLatencyInstant = 0,
	AcxDxExitLatencyFast,
	AcxDxExitLatencyResponsive
} ACX_DX_EXIT_LATENCY;
NTSTATUS AcxDeviceInitInitialize(PWDFDEVICE_INIT DeviceInit, PACX_DEVICEINIT_CONFIG Config);
NTSTATUS AcxDeviceInitialize(WDFDEVICE Device, PACX_DEVICE_CONFIG Config);
NTSTATUS AcxDeviceAddCircuit(WDFDEVICE Device, ACXCIRCUIT Circuit);
NTSTATUS AcxDeviceRemoveCircuit(WDFDEVICE Device, ACXCIRCUIT Circuit);
NTSTATUS AcxDeviceAddFactoryCircuit(WDFDEVICE Device, ACXFACTORYCIRCUIT Factory);
NTSTATUS AcxDeviceRemoveFactoryCircuit(WDFDEVICE Device, ACXFACTORYCIRCUIT Factory);
NTSTATUS AcxDeviceAddCircuitDevice(WDFDEVICE Device, WDFDEVICE CircuitDevice);
NTSTATUS AcxDeviceRemoveCircuitDevice(WDFDEVICE Device, WDFDEVICE CircuitDevice);
ACX_DX_EXIT_LATENCY AcxDeviceGetCurrentDxExitLatency(WDFDEVICE Device, POWER_ACTION Action, WDF_POWER_DEVICE_STATE DState);
NTSTATUS AcxDeviceInitConfigRawDevice(PWDFDEVICE_INIT DeviceInit);

/* ---- acxrequest.h ---- */
typedef enum _ACX_REQUEST_TYPE {
	AcxRequestTypeAny = 0,
	AcxRequestTypeProperty,
	AcxRequestTypeMethod,
	AcxRequestTypeEvent,
	AcxRequestTypeCreate,
	AcxRequestTypeMax
} ACX_REQUEST_TYPE;
typedef enum _ACX_ITEM_TYPE {
	AcxItemTypeAny = 0,
	AcxItemTypeCircuit,
	AcxItemTypePin,
	AcxItemTypeStream,
	AcxItemTypeElement,
	AcxItemTypeMax
} ACX_ITEM_TYPE;
typedef enum _ACX_PROPERTY_VERB {
	AcxPropertyVerbNone = 0,
	AcxPropertyVerbGet,
	AcxPropertyVerbSet,
	AcxPropertyVerbBasicSupport,
	AcxPropertyVerbSetSupport,
	AcxPropertyVerbMax
} ACX_PROPERTY_VERB;
typedef enum _ACX_METHOD_VERB {
	AcxMethodVerbNone = 0,
	AcxMethodVerbSend,
	AcxMethodVerbBasicSupport,
	AcxMethodVerbSetSupport,
	AcxMethodVerbMax
} ACX_METHOD_VERB;
typedef enum _ACX_EVENT_VERB {
	AcxEventVerbNone = 0,
	AcxEventVerbEnable,
	AcxEventVerbDisable,
	AcxEventVerbBasicSupport,
	AcxEventVerbSetSupport,
	AcxEventVerbMax
} ACX_EVENT_VERB;
#define AcxItemIdNone ((ULONG)-1)

typedef struct _ACX_REQUEST_PARAMETERS {
	USHORT Size;
	UCHAR MajorFunction;
	UCHAR MinorFunction;
	ACX_REQUEST_TYPE Type;
	union {
		struct {
			GUID Set;
			ULONG Id;
			ACX_PROPERTY_VERB Verb;
			ACX_ITEM_TYPE ItemType;
			ULONG ItemId;
			PVOID Control;
			ULONG ControlCb;
			PVOID Value;
			ULONG ValueCb;
		} Property;
		struct {
			GUID Set;
			ULONG Id;
			ACX_METHOD_VERB Verb;
			ACX_ITEM_TYPE ItemType;
			ULONG ItemId;
			PVOID Args;
			ULONG ArgsCb;
			PVOID Result;
			ULONG ResultCb;
		} Method;
		struct {
			GUID Set;
			ULONG Id;
			ACX_EVENT_VERB Verb;
			ACX_ITEM_TYPE ItemType;
			ULONG ItemId;
			PVOID Control;
			ULONG ControlCb;
			PVOID Data;
			ULONG DataCb;
		} Event;
		struct {
			PVOID Arg1;
			PVOID Arg2;
			PVOID Arg3;
			PVOID Arg4;
		} Others;
	} Parameters;
} ACX_REQUEST_PARAMETERS, *PACX_REQUEST_PARAMETERS;

DRISO_INLINE VOID ACX_REQUEST_PARAMETERS_INIT(PACX_REQUEST_PARAMETERS Params)
{
	RtlZeroMemory(Params, sizeof(*Params));
	Params->Size = sizeof(*Params);
}
DRISO_INLINE VOID ACX_REQUEST_PARAMETERS_INIT_PROPERTY(PACX_REQUEST_PARAMETERS Params, const GUID Set, ULONG Id, ACX_PROPERTY_VERB Verb, ACX_ITEM_TYPE ItemType, ULONG ItemId, PVOID Control, ULONG ControlCb, PVOID Value, ULONG ValueCb)
{
	RtlZeroMemory(Params, sizeof(*Params));
	Params->Size = sizeof(*Params);
	Params->Type = AcxRequestTypeProperty;
	Params->Parameters.Property.Set = Set;
	Params->Parameters.Property.Id = Id;
	Params->Parameters.Property.Verb = Verb;
	Params->Parameters.Property.ItemType = ItemType;
	Params->Parameters.Property.ItemId = ItemId;
	Params->Parameters.Property.Control = Control;
	Params->Parameters.Property.ControlCb = ControlCb;
	Params->Parameters.Property.Value = Value;
	Params->Parameters.Property.ValueCb = ValueCb;
}
DRISO_INLINE VOID ACX_REQUEST_PARAMETERS_INIT_METHOD(PACX_REQUEST_PARAMETERS Params, const GUID Set, ULONG Id, ACX_METHOD_VERB Verb, ACX_ITEM_TYPE ItemType, ULONG ItemId, PVOID Args, ULONG ArgsCb, PVOID Result, ULONG ResultCb)
{
	RtlZeroMemory(Params, sizeof(*Params));
	Params->Size = sizeof(*Params);
	Params->Type = AcxRequestTypeMethod;
	Params->Parameters.Method.Set = Set;
	Params->Parameters.Method.Id = Id;
	Params->Parameters.Method.Verb = Verb;
	Params->Parameters.Method.ItemType = ItemType;
	Params->Parameters.Method.ItemId = ItemId;
	Params->Parameters.Method.Args = Args;
	Params->Parameters.Method.ArgsCb = ArgsCb;
	Params->Parameters.Method.Result = Result;
	Params->Parameters.Method.ResultCb = ResultCb;
}

typedef VOID EVT_ACX_OBJECT_PROCESS_REQUEST(ACXOBJECT Object, WDFREQUEST Request);
typedef EVT_ACX_OBJECT_PROCESS_REQUEST *PFN_ACX_OBJECT_PROCESS_REQUEST;
typedef VOID EVT_ACX_OBJECT_PREPROCESS_REQUEST(ACXOBJECT Object, ACXCONTEXT DriverContext, WDFREQUEST Request);
typedef EVT_ACX_OBJECT_PREPROCESS_REQUEST *PFN_ACX_OBJECT_PREPROCESS_REQUEST;
typedef VOID EVT_ACX_OBJECT_PROCESS_EVENT_REQUEST(ACXOBJECT Object, ACXEVENT Event, ACX_EVENT_VERB Verb, ACXEVENTDATA EventData, WDFREQUEST Request);
typedef EVT_ACX_OBJECT_PROCESS_EVENT_REQUEST *PFN_ACX_OBJECT_PROCESS_EVENT_REQUEST;

#define ACX_PROPERTY_ITEM_FLAG_NONE 0x00000000
#define ACX_PROPERTY_ITEM_FLAG_GET 0x00000001
#define ACX_PROPERTY_ITEM_FLAG_SET 0x00000002
#define ACX_PROPERTY_ITEM_FLAG_BASICSUPPORT 0x00000200
typedef struct _ACX_PROPERTY_ITEM {
	const GUID *Set;
	ULONG Id;
	ULONG Flags;
	PFN_ACX_OBJECT_PROCESS_REQUEST EvtAcxObjectProcessRequest;
	PVOID Reserved;
	ULONG ControlCb;
	ULONG ValueCb;
	ULONG ValueType;
} ACX_PROPERTY_ITEM, *PACX_PROPERTY_ITEM;
#define ACX_METHOD_ITEM_FLAG_NONE 0x00000000
#define ACX_METHOD_ITEM_FLAG_SEND 0x00000001
#define ACX_METHOD_ITEM_FLAG_BASICSUPPORT 0x00000200
typedef struct _ACX_METHOD_ITEM {
	const GUID *Set;
	ULONG Id;
	ULONG Flags;
	PFN_ACX_OBJECT_PROCESS_REQUEST EvtAcxObjectProcessRequest;
	PVOID Reserved;
	ULONG ArgsCb;
	ULONG ResultCb;
} ACX_METHOD_ITEM, *PACX_METHOD_ITEM;

VOID AcxRequestGetParameters(WDFREQUEST Request, PACX_REQUEST_PARAMETERS Parameters);

/* ---- acxmisc.h: object bags, data formats ---- */
typedef enum _ACX_OBJECTBAG_CONFIG_FLAGS {
	AcxObjectBagConfigNoFlags = 0x0,
	AcxObjectBagConfigOpenWithHandle = 0x1
} ACX_OBJECTBAG_CONFIG_FLAGS;
typedef struct _ACX_OBJECTBAG_CONFIG {
	ULONG Size;
	ULONG Flags;
	WDFKEY Handle;
	PCUNICODE_STRING Name;
	ACCESS_MASK DesiredAccess;
} ACX_OBJECTBAG_CONFIG, *PACX_OBJECTBAG_CONFIG;
DRISO_INLINE VOID ACX_OBJECTBAG_CONFIG_INIT(PACX_OBJECTBAG_CONFIG Config)
{
	RtlZeroMemory(Config, sizeof(*Config));
	Config->Size = sizeof(*Config);
}
NTSTATUS AcxObjectBagCreate(PWDF_OBJECT_ATTRIBUTES Attributes, PACX_OBJECTBAG_CONFIG Config, ACXOBJECTBAG *ObjBag);
NTSTATUS AcxObjectBagOpen(PWDF_OBJECT_ATTRIBUTES Attributes, PACX_OBJECTBAG_CONFIG Config, ACXOBJECTBAG *ObjBag);
NTSTATUS AcxObjectBagAddI1(ACXOBJECTBAG ObjectBag, PCUNICODE_STRING ValueName, CHAR Value);
NTSTATUS AcxObjectBagAddUI1(ACXOBJECTBAG ObjectBag, PCUNICODE_STRING ValueName, UCHAR Value);
NTSTATUS AcxObjectBagAddI2(ACXOBJECTBAG ObjectBag, PCUNICODE_STRING ValueName, SHORT Value);
NTSTATUS AcxObjectBagAddUI2(ACXOBJECTBAG ObjectBag, PCUNICODE_STRING ValueName, USHORT Value);
NTSTATUS AcxObjectBagAddI4(ACXOBJECTBAG ObjectBag, PCUNICODE_STRING ValueName, LONG Value);
NTSTATUS AcxObjectBagAddUI4(ACXOBJECTBAG ObjectBag, PCUNICODE_STRING ValueName, ULONG Value);
NTSTATUS AcxObjectBagAddI8(ACXOBJECTBAG ObjectBag, PCUNICODE_STRING ValueName, LONG64 Value);
NTSTATUS AcxObjectBagAddUI8(ACXOBJECTBAG ObjectBag, PCUNICODE_STRING ValueName, ULONG64 Value);
NTSTATUS AcxObjectBagAddGuid(ACXOBJECTBAG ObjectBag, PCUNICODE_STRING ValueName, GUID Value);
NTSTATUS AcxObjectBagAddUnicodeString(ACXOBJECTBAG ObjectBag, PCUNICODE_STRING ValueName, PCUNICODE_STRING Value);
NTSTATUS AcxObjectBagAddBlob(ACXOBJECTBAG ObjectBag, PCUNICODE_STRING ValueName, WDFMEMORY Value);
NTSTATUS AcxObjectBagAddMultiString(ACXOBJECTBAG ObjectBag, PCUNICODE_STRING ValueName, WDFCOLLECTION Value);
NTSTATUS AcxObjectBagRetrieveI4(ACXOBJECTBAG ObjectBag, PCUNICODE_STRING ValueName, LONG *Value);
NTSTATUS AcxObjectBagRetrieveUI4(ACXOBJECTBAG ObjectBag, PCUNICODE_STRING ValueName, ULONG *Value);
NTSTATUS AcxObjectBagRetrieveI8(ACXOBJECTBAG ObjectBag, PCUNICODE_STRING ValueName, LONG64 *Value);
NTSTATUS AcxObjectBagRetrieveUI8(ACXOBJECTBAG ObjectBag, PCUNICODE_STRING ValueName, ULONG64 *Value);
NTSTATUS AcxObjectBagRetrieveGuid(ACXOBJECTBAG ObjectBag, PCUNICODE_STRING ValueName, GUID *Value);
NTSTATUS AcxObjectBagRetrieveUnicodeString(ACXOBJECTBAG ObjectBag, PCUNICODE_STRING ValueName, PUNICODE_STRING Value);
NTSTATUS AcxObjectBagRetrieveBlob(ACXOBJECTBAG ObjectBag, PCUNICODE_STRING ValueName, PWDF_OBJECT_ATTRIBUTES Attributes, WDFMEMORY *Value);

typedef enum _ACX_DATAFORMAT_TYPE {
	AcxDataFormatKsFormat = 0,
	AcxDataFormatMaximum
} ACX_DATAFORMAT_TYPE;
typedef struct _ACX_DATAFORMAT_CONFIG {
	ULONG Size;
	ULONG Flags;
	ACX_DATAFORMAT_TYPE Type;
	union {
		PKSDATAFORMAT KsFormat;
	};
} ACX_DATAFORMAT_CONFIG, *PACX_DATAFORMAT_CONFIG;
DRISO_INLINE VOID ACX_DATAFORMAT_CONFIG_INIT_KS(PACX_DATAFORMAT_CONFIG Config, PVOID KsFormat)
{
	RtlZeroMemory(Config, sizeof(*Config));
	Config->Size = sizeof(*Config);
	Config->Type = AcxDataFormatKsFormat;
	Config->KsFormat = (PKSDATAFORMAT)KsFormat;
}
typedef struct _ACX_DATAFORMAT_LIST_CONFIG {
	ULONG Size;
	ULONG Flags;
} ACX_DATAFORMAT_LIST_CONFIG, *PACX_DATAFORMAT_LIST_CONFIG;
DRISO_INLINE VOID ACX_DATAFORMAT_LIST_CONFIG_INIT(PACX_DATAFORMAT_LIST_CONFIG Config)
{
	RtlZeroMemory(Config, sizeof(*Config));
	Config->Size = sizeof(*Config);
}
typedef struct _ACX_DATAFORMAT_LIST_ITERATOR {
	ULONG Size;
	ULONG Flags;
	PVOID Reserved[4];
} ACX_DATAFORMAT_LIST_ITERATOR, *PACX_DATAFORMAT_LIST_ITERATOR;
DRISO_INLINE VOID ACX_DATAFORMAT_LIST_ITERATOR_INIT(PACX_DATAFORMAT_LIST_ITERATOR Iterator)
{
	RtlZeroMemory(Iterator, sizeof(*Iterator));
	Iterator->Size = sizeof(*Iterator);
}
NTSTATUS AcxDataFormatCreate(WDFDEVICE Device, PWDF_OBJECT_ATTRIBUTES Attributes, PACX_DATAFORMAT_CONFIG Config, ACXDATAFORMAT *Format);
BOOLEAN AcxDataFormatIsEqual(ACXDATAFORMAT DataFormat1, ACXDATAFORMAT DataFormat2);
ACX_DATAFORMAT_TYPE AcxDataFormatGetDataFormatType(ACXDATAFORMAT DataFormat);
PVOID AcxDataFormatGetKsDataFormat(ACXDATAFORMAT DataFormat);
PWAVEFORMATEX AcxDataFormatGetWaveFormatEx(ACXDATAFORMAT DataFormat);
PWAVEFORMATEXTENSIBLE AcxDataFormatGetWaveFormatExtensible(ACXDATAFORMAT DataFormat);
ULONG AcxDataFormatGetChannelsCount(ACXDATAFORMAT DataFormat);
ULONG AcxDataFormatGetSampleRate(ACXDATAFORMAT DataFormat);
ULONG AcxDataFormatGetBitsPerSample(ACXDATAFORMAT DataFormat);
ULONG AcxDataFormatGetValidBitsPerSample(ACXDATAFORMAT DataFormat);
ULONG AcxDataFormatGetBlockAlign(ACXDATAFORMAT DataFormat);
ULONG AcxDataFormatGetAverageBytesPerSec(ACXDATAFORMAT DataFormat);
ULONG AcxDataFormatGetChannelMask(ACXDATAFORMAT DataFormat);
ULONG AcxDataFormatGetSampleSize(ACXDATAFORMAT DataFormat);
NTSTATUS AcxDataFormatListCreate(WDFDEVICE Device, PWDF_OBJECT_ATTRIBUTES Attributes, PACX_DATAFORMAT_LIST_CONFIG Config, ACXDATAFORMATLIST *FormatList);
NTSTATUS AcxDataFormatListAddDataFormat(ACXDATAFORMATLIST FormatList, ACXDATAFORMAT DataFormat);
NTSTATUS AcxDataFormatListRemoveDataFormat(ACXDATAFORMATLIST FormatList, ACXDATAFORMAT DataFormat);
NTSTATUS AcxDataFormatListRemoveDataFormats(ACXDATAFORMATLIST FormatList);
NTSTATUS AcxDataFormatListAssignDefaultDataFormat(ACXDATAFORMATLIST FormatList, ACXDATAFORMAT DataFormat);
NTSTATUS AcxDataFormatListRetrieveDefaultDataFormat(ACXDATAFORMATLIST FormatList, ACXDATAFORMAT *DataFormat);
VOID AcxDataFormatListBeginIteration(ACXDATAFORMATLIST FormatList, PACX_DATAFORMAT_LIST_ITERATOR Iterator);
NTSTATUS AcxDataFormatListRetrieveNextFormat(ACXDATAFORMATLIST FormatList, PACX_DATAFORMAT_LIST_ITERATOR Iterator, ACXDATAFORMAT *Format);
VOID AcxDataFormatListEndIteration(ACXDATAFORMATLIST FormatList, PACX_DATAFORMAT_LIST_ITERATOR Iterator);

/* ---- acxcircuit.h ---- */
typedef enum _ACX_CIRCUIT_TYPE {
	AcxCircuitTypeRender = 0,
	AcxCircuitTypeCapture,
	AcxCircuitTypeOther,
	AcxCircuitTypeMaximum
} ACX_CIRCUIT_TYPE;
typedef NTSTATUS EVT_ACX_CIRCUIT_CREATE_STREAM(WDFDEVICE Device, ACXCIRCUIT Circuit, ACXPIN Pin, PACXSTREAM_INIT StreamInit, ACXDATAFORMAT StreamFormat, const GUID *SignalProcessingMode, ACXOBJECTBAG VarArguments);
typedef EVT_ACX_CIRCUIT_CREATE_STREAM *PFN_ACX_CIRCUIT_CREATE_STREAM;
typedef NTSTATUS EVT_ACX_CIRCUIT_POWER_UP(WDFDEVICE Device, ACXCIRCUIT Circuit, WDF_POWER_DEVICE_STATE PreviousState);
typedef EVT_ACX_CIRCUIT_POWER_UP *PFN_ACX_CIRCUIT_POWER_UP;
typedef NTSTATUS EVT_ACX_CIRCUIT_POWER_DOWN(WDFDEVICE Device, ACXCIRCUIT Circuit, WDF_POWER_DEVICE_STATE TargetState);
typedef EVT_ACX_CIRCUIT_POWER_DOWN *PFN_ACX_CIRCUIT_POWER_DOWN;
typedef NTSTATUS EVT_ACX_CIRCUIT_PREPARE_HARDWARE(WDFDEVICE Device, ACXCIRCUIT Circuit, WDFCMRESLIST ResourcesRaw, WDFCMRESLIST ResourcesTranslated);
typedef EVT_ACX_CIRCUIT_PREPARE_HARDWARE *PFN_ACX_CIRCUIT_PREPARE_HARDWARE;
typedef NTSTATUS EVT_ACX_CIRCUIT_RELEASE_HARDWARE(WDFDEVICE Device, ACXCIRCUIT Circuit, WDFCMRESLIST ResourcesTranslated);
typedef EVT_ACX_CIRCUIT_RELEASE_HARDWARE *PFN_ACX_CIRCUIT_RELEASE_HARDWARE;
typedef struct _ACX_CIRCUIT_PNPPOWER_CALLBACKS {
	ULONG Size;
	PFN_ACX_CIRCUIT_PREPARE_HARDWARE EvtAcxCircuitPrepareHardware;
	PFN_ACX_CIRCUIT_RELEASE_HARDWARE EvtAcxCircuitReleaseHardware;
	PFN_ACX_CIRCUIT_POWER_UP EvtAcxCircuitPowerUp;
	PFN_ACX_CIRCUIT_POWER_DOWN EvtAcxCircuitPowerDown;
} ACX_CIRCUIT_PNPPOWER_CALLBACKS, *PACX_CIRCUIT_PNPPOWER_CALLBACKS;
DRISO_INLINE VOID ACX_CIRCUIT_PNPPOWER_CALLBACKS_INIT(PACX_CIRCUIT_PNPPOWER_CALLBACKS Callbacks)
{
	RtlZeroMemory(Callbacks, sizeof(*Callbacks));
	Callbacks->Size = sizeof(*Callbacks);
}
typedef NTSTATUS EVT_ACX_CIRCUIT_COMPOSITE_CIRCUIT_INITIALIZE(WDFDEVICE Device, ACXCIRCUIT Circuit, ACXOBJECTBAG CircuitProperties);
typedef EVT_ACX_CIRCUIT_COMPOSITE_CIRCUIT_INITIALIZE *PFN_ACX_CIRCUIT_COMPOSITE_CIRCUIT_INITIALIZE;
typedef NTSTATUS EVT_ACX_CIRCUIT_COMPOSITE_INITIALIZE(WDFDEVICE Device, ACXCIRCUIT Circuit, ACXOBJECTBAG CompositeProperties);
typedef EVT_ACX_CIRCUIT_COMPOSITE_INITIALIZE *PFN_ACX_CIRCUIT_COMPOSITE_INITIALIZE;
typedef struct _ACX_CIRCUIT_COMPOSITE_CALLBACKS {
	ULONG Size;
	PFN_ACX_CIRCUIT_COMPOSITE_CIRCUIT_INITIALIZE EvtAcxCircuitCompositeCircuitInitialize;
	PFN_ACX_CIRCUIT_COMPOSITE_INITIALIZE EvtAcxCircuitCompositeInitialize;
} ACX_CIRCUIT_COMPOSITE_CALLBACKS, *PACX_CIRCUIT_COMPOSITE_CALLBACKS;
DRISO_INLINE VOID ACX_CIRCUIT_COMPOSITE_CALLBACKS_INIT(PACX_CIRCUIT_COMPOSITE_CALLBACKS Callbacks)
{
	RtlZeroMemory(Callbacks, sizeof(*Callbacks));
	Callbacks->Size = sizeof(*Callbacks);
}

PACXCIRCUIT_INIT AcxCircuitInitAllocate(WDFDEVICE Device);
VOID AcxCircuitInitFree(PACXCIRCUIT_INIT CircuitInit);
VOID AcxCircuitInitSetComponentId(PACXCIRCUIT_INIT CircuitInit, const GUID *ComponentId);
NTSTATUS AcxCircuitInitAssignComponentUri(PACXCIRCUIT_INIT CircuitInit, PCUNICODE_STRING ComponentUri);
NTSTATUS AcxCircuitInitAssignName(PACXCIRCUIT_INIT CircuitInit, PCUNICODE_STRING CircuitName);
NTSTATUS AcxCircuitInitAssignCategories(PACXCIRCUIT_INIT CircuitInit, const GUID *Categories, ULONG CategoriesCount);
VOID AcxCircuitInitSetCircuitType(PACXCIRCUIT_INIT CircuitInit, ACX_CIRCUIT_TYPE CircuitType);
VOID AcxCircuitInitSetAcxCircuitPnpPowerCallbacks(PACXCIRCUIT_INIT CircuitInit, PACX_CIRCUIT_PNPPOWER_CALLBACKS Callbacks);
VOID AcxCircuitInitSetAcxCircuitCompositeCallbacks(PACXCIRCUIT_INIT CircuitInit, PACX_CIRCUIT_COMPOSITE_CALLBACKS Callbacks);
NTSTATUS AcxCircuitInitAssignAcxCreateStreamCallback(PACXCIRCUIT_INIT CircuitInit, PFN_ACX_CIRCUIT_CREATE_STREAM EvtAcxCircuitCreateStream);
NTSTATUS AcxCircuitInitAssignAcxRequestPreprocessCallback(PACXCIRCUIT_INIT CircuitInit, PFN_ACX_OBJECT_PREPROCESS_REQUEST EvtObjectAcxRequestPreprocess, ACXCONTEXT DriverContext, ACX_REQUEST_TYPE RequestType, const GUID *Set, ULONG Id);
NTSTATUS AcxCircuitInitAssignProperties(PACXCIRCUIT_INIT CircuitInit, PACX_PROPERTY_ITEM Properties, ULONG PropertiesCount);
NTSTATUS AcxCircuitInitAssignMethods(PACXCIRCUIT_INIT CircuitInit, PACX_METHOD_ITEM Methods, ULONG MethodsCount);
VOID AcxCircuitInitDisableDefaultStreamBridgeHandling(PACXCIRCUIT_INIT CircuitInit);
NTSTATUS AcxCircuitCreate(WDFDEVICE Device, PWDF_OBJECT_ATTRIBUTES Attributes, PACXCIRCUIT_INIT *CircuitInit, ACXCIRCUIT *Circuit);
WDFDEVICE AcxCircuitGetWdfDevice(ACXCIRCUIT Circuit);
NTSTATUS AcxCircuitAddPins(ACXCIRCUIT Circuit, ACXPIN *Pins, ULONG PinsCount);
NTSTATUS AcxCircuitAddElements(ACXCIRCUIT Circuit, ACXELEMENT *Elements, ULONG ElementsCount);
ACXPIN AcxCircuitGetPinById(ACXCIRCUIT Circuit, ULONG PinId);
ULONG AcxCircuitGetPinsCount(ACXCIRCUIT Circuit);
ACXELEMENT AcxCircuitGetElementById(ACXCIRCUIT Circuit, ULONG ElementId);
ULONG AcxCircuitGetElementsCount(ACXCIRCUIT Circuit);
ACX_CIRCUIT_TYPE AcxCircuitGetCircuitType(ACXCIRCUIT Circuit);
NTSTATUS AcxCircuitDispatchAcxRequest(ACXCIRCUIT Circuit, WDFREQUEST Request);

/* connections between pins and elements (objects: circuit, element, pin).
 * The ACX_CONNECTION_FLAGS bit values are driso's (Learn lists the names
 * without values). */
typedef enum _ACX_CONNECTION_FLAGS {
	AcxConnectionNoFlags = 0x00000000,
	AcxConnectionFromPinId = 0x00000001,
	AcxConnectionFromPinObject = 0x00000002,
	AcxConnectionToPinId = 0x00000004,
	AcxConnectionToPinObject = 0x00000008,
	AcxConnectionValidFlags = 0x0000000F
} ACX_CONNECTION_FLAGS;
typedef struct _ACX_CONNECTION {
	ULONG Size;
	ULONG Flags;
	ACXOBJECT FromObject;
	union {
		ACXPIN Object;
		ULONG Id;
	} FromPin;
	ACXOBJECT ToObject;
	union {
		ACXPIN Object;
		ULONG Id;
	} ToPin;
} ACX_CONNECTION, *PACX_CONNECTION;
DRISO_INLINE VOID ACX_CONNECTION_INIT(PACX_CONNECTION Connection, ACXOBJECT FromObject, ACXOBJECT ToObject)
{
	RtlZeroMemory(Connection, sizeof(*Connection));
	Connection->Size = sizeof(*Connection);
	Connection->FromObject = FromObject;
	Connection->ToObject = ToObject;
}
NTSTATUS AcxCircuitAddConnections(ACXCIRCUIT Circuit, PACX_CONNECTION Connections, ULONG ConnectionsCount);

/* ---- factory circuits, templates, manager ---- */
typedef struct _ACX_FACTORY_CIRCUIT_ADD_CIRCUIT {
	ULONG Size;
	ULONG Flags;
	ACXOBJECTBAG CircuitProperties;
	ACXOBJECTBAG CompositeProperties;
	GUID CircuitUniqueId;
	UNICODE_STRING CircuitName;
} ACX_FACTORY_CIRCUIT_ADD_CIRCUIT, *PACX_FACTORY_CIRCUIT_ADD_CIRCUIT;
typedef struct _ACX_FACTORY_CIRCUIT_REMOVE_CIRCUIT {
	ULONG Size;
	ULONG Flags;
	GUID CircuitUniqueId;
} ACX_FACTORY_CIRCUIT_REMOVE_CIRCUIT, *PACX_FACTORY_CIRCUIT_REMOVE_CIRCUIT;
typedef NTSTATUS EVT_ACX_FACTORY_CIRCUIT_CREATE_CIRCUITDEVICE(WDFDEVICE Parent, ACXFACTORYCIRCUIT Factory, PACX_FACTORY_CIRCUIT_ADD_CIRCUIT Config, WDFDEVICE *Device);
typedef EVT_ACX_FACTORY_CIRCUIT_CREATE_CIRCUITDEVICE *PFN_ACX_FACTORY_CIRCUIT_CREATE_CIRCUITDEVICE;
typedef NTSTATUS EVT_ACX_FACTORY_CIRCUIT_CREATE_CIRCUIT(WDFDEVICE Parent, WDFDEVICE Device, ACXFACTORYCIRCUIT Factory, PACX_FACTORY_CIRCUIT_ADD_CIRCUIT Config, PACXCIRCUIT_INIT CircuitInit);
typedef EVT_ACX_FACTORY_CIRCUIT_CREATE_CIRCUIT *PFN_ACX_FACTORY_CIRCUIT_CREATE_CIRCUIT;
typedef struct _ACX_FACTORY_CIRCUIT_OPERATION_CALLBACKS {
	ULONG Size;
	PFN_ACX_FACTORY_CIRCUIT_CREATE_CIRCUITDEVICE EvtAcxFactoryCircuitCreateCircuitDevice;
	PFN_ACX_FACTORY_CIRCUIT_CREATE_CIRCUIT EvtAcxFactoryCircuitCreateCircuit;
} ACX_FACTORY_CIRCUIT_OPERATION_CALLBACKS, *PACX_FACTORY_CIRCUIT_OPERATION_CALLBACKS;
DRISO_INLINE VOID ACX_FACTORY_CIRCUIT_OPERATION_CALLBACKS_INIT(PACX_FACTORY_CIRCUIT_OPERATION_CALLBACKS Callbacks)
{
	RtlZeroMemory(Callbacks, sizeof(*Callbacks));
	Callbacks->Size = sizeof(*Callbacks);
}
PACXFACTORYCIRCUIT_INIT AcxFactoryCircuitInitAllocate(WDFDEVICE Device);
VOID AcxFactoryCircuitInitFree(PACXFACTORYCIRCUIT_INIT FactoryInit);
VOID AcxFactoryCircuitInitSetComponentId(PACXFACTORYCIRCUIT_INIT FactoryInit, const GUID *ComponentId);
NTSTATUS AcxFactoryCircuitInitAssignComponentUri(PACXFACTORYCIRCUIT_INIT FactoryInit, PCUNICODE_STRING ComponentUri);
NTSTATUS AcxFactoryCircuitInitAssignName(PACXFACTORYCIRCUIT_INIT FactoryInit, PCUNICODE_STRING FactoryName);
NTSTATUS AcxFactoryCircuitInitAssignCategories(PACXFACTORYCIRCUIT_INIT FactoryInit, const GUID *Categories, ULONG CategoriesCount);
VOID AcxFactoryCircuitInitSetOperationCallbacks(PACXFACTORYCIRCUIT_INIT FactoryInit, PACX_FACTORY_CIRCUIT_OPERATION_CALLBACKS Callbacks);
NTSTATUS AcxFactoryCircuitInitAssignAcxRequestPreprocessCallback(PACXFACTORYCIRCUIT_INIT FactoryInit, PFN_ACX_OBJECT_PREPROCESS_REQUEST EvtObjectAcxRequestPreprocess, ACXCONTEXT DriverContext, ACX_REQUEST_TYPE RequestType, const GUID *Set, ULONG Id);
NTSTATUS AcxFactoryCircuitCreate(WDFDEVICE Device, PWDF_OBJECT_ATTRIBUTES Attributes, PACXFACTORYCIRCUIT_INIT *FactoryInit, ACXFACTORYCIRCUIT *Factory);
NTSTATUS AcxFactoryCircuitDispatchAcxRequest(ACXFACTORYCIRCUIT Factory, WDFREQUEST Request);
WDFDEVICE AcxFactoryCircuitGetWdfDevice(ACXFACTORYCIRCUIT Factory);

typedef enum _ACX_CIRCUIT_TEMPLATE_CONFIG_FLAGS {
	AcxCircuitTemplateConfigNoFlags = 0x0,
	AcxCircuitTemplateCircuitOnDemand = 0x1
} ACX_CIRCUIT_TEMPLATE_CONFIG_FLAGS;
typedef struct _ACX_CIRCUIT_TEMPLATE_CONFIG {
	ULONG Size;
	ULONG Flags;
	const GUID *CircuitId;
	PCUNICODE_STRING CircuitUri;
	PCUNICODE_STRING SymbolicLinkName;
	ACXOBJECTBAG CircuitProperties;
} ACX_CIRCUIT_TEMPLATE_CONFIG, *PACX_CIRCUIT_TEMPLATE_CONFIG;
DRISO_INLINE VOID ACX_CIRCUIT_TEMPLATE_CONFIG_INIT(PACX_CIRCUIT_TEMPLATE_CONFIG Config)
{
	RtlZeroMemory(Config, sizeof(*Config));
	Config->Size = sizeof(*Config);
}
typedef enum _ACX_COMPOSITE_TEMPLATE_CONFIG_FLAGS {
	AcxCompositeTemplateConfigNoFlags = 0x0,
	AcxCompositeTemplateConfigSingleton = 0x1
} ACX_COMPOSITE_TEMPLATE_CONFIG_FLAGS;
typedef struct _ACX_COMPOSITE_TEMPLATE_CONFIG {
	ULONG Size;
	ULONG Flags;
	ACXOBJECTBAG Properties;
} ACX_COMPOSITE_TEMPLATE_CONFIG, *PACX_COMPOSITE_TEMPLATE_CONFIG;
DRISO_INLINE VOID ACX_COMPOSITE_TEMPLATE_CONFIG_INIT(PACX_COMPOSITE_TEMPLATE_CONFIG Config)
{
	RtlZeroMemory(Config, sizeof(*Config));
	Config->Size = sizeof(*Config);
}
NTSTATUS AcxCircuitTemplateCreate(WDFOBJECT ParentObject, PWDF_OBJECT_ATTRIBUTES Attributes, PACX_CIRCUIT_TEMPLATE_CONFIG Config, ACXCIRCUITTEMPLATE *CircuitTemplate);
NTSTATUS AcxCompositeTemplateCreate(WDFOBJECT ParentObject, PWDF_OBJECT_ATTRIBUTES Attributes, PACX_COMPOSITE_TEMPLATE_CONFIG Config, ACXCOMPOSITETEMPLATE *CompositeTemplate);
NTSTATUS AcxCompositeTemplateAssignCircuits(ACXCOMPOSITETEMPLATE CompositeTemplate, ACXCIRCUITTEMPLATE *Circuits, ULONG CircuitsCount);
VOID AcxCompositeTemplateSetCoreCircuit(ACXCOMPOSITETEMPLATE CompositeTemplate, ACXCIRCUITTEMPLATE CoreCircuit);
ACXMANAGER AcxGetManager(PVOID Reserved);
NTSTATUS AcxManagerAddCompositeTemplate(ACXMANAGER Manager, ACXCOMPOSITETEMPLATE CompositeTemplate);
VOID AcxManagerRemoveCompositeTemplate(ACXMANAGER Manager, ACXCOMPOSITETEMPLATE CompositeTemplate);

/* ---- acxpin.h ---- */
typedef enum _ACX_PIN_TYPE {
	AcxPinTypeSink = 0,
	AcxPinTypeSource,
	AcxPinTypeMaximum
} ACX_PIN_TYPE;
typedef enum _ACX_PIN_COMMUNICATION {
	AcxPinCommunicationNone = 0,
	AcxPinCommunicationSink,
	AcxPinCommunicationSource,
	AcxPinCommunicationBoth,
	AcxPinCommunicationBridge,
	AcxPinCommunicationMaximum
} ACX_PIN_COMMUNICATION;
typedef NTSTATUS EVT_ACX_PIN_SET_DATAFORMAT(ACXPIN Pin, ACXDATAFORMAT DataFormat);
typedef EVT_ACX_PIN_SET_DATAFORMAT *PFN_ACX_PIN_SET_DATAFORMAT;
typedef NTSTATUS EVT_ACX_PIN_RETRIEVE_NAME(ACXPIN Pin, PUNICODE_STRING Name);
typedef EVT_ACX_PIN_RETRIEVE_NAME *PFN_ACX_PIN_RETRIEVE_NAME;
typedef VOID EVT_ACX_PIN_CONNECTED(ACXPIN Pin, ACXTARGETCIRCUIT TargetCircuit, ULONG TargetPinId);
typedef EVT_ACX_PIN_CONNECTED *PFN_ACX_PIN_CONNECTED;
typedef VOID EVT_ACX_PIN_DISCONNECTED(ACXPIN Pin, ACXTARGETCIRCUIT TargetCircuit, ULONG TargetPinId);
typedef EVT_ACX_PIN_DISCONNECTED *PFN_ACX_PIN_DISCONNECTED;
typedef struct _ACX_PIN_CALLBACKS {
	ULONG Size;
	PFN_ACX_PIN_SET_DATAFORMAT EvtAcxPinSetDataFormat;
	PFN_ACX_PIN_RETRIEVE_NAME EvtAcxPinRetrieveName;
	PFN_ACX_PIN_CONNECTED EvtAcxPinConnected;
	PFN_ACX_PIN_DISCONNECTED EvtAcxPinDisconnected;
} ACX_PIN_CALLBACKS, *PACX_PIN_CALLBACKS;
DRISO_INLINE VOID ACX_PIN_CALLBACKS_INIT(PACX_PIN_CALLBACKS Callbacks)
{
	RtlZeroMemory(Callbacks, sizeof(*Callbacks));
	Callbacks->Size = sizeof(*Callbacks);
}
typedef struct _ACX_MICROPHONE_CONFIG {
	ULONG Size;
	ULONG Flags;
	PVOID Geometry;
} ACX_MICROPHONE_CONFIG, *PACX_MICROPHONE_CONFIG;
DRISO_INLINE VOID ACX_MICROPHONE_CONFIG_INIT(PACX_MICROPHONE_CONFIG Config)
{
	RtlZeroMemory(Config, sizeof(*Config));
	Config->Size = sizeof(*Config);
}
typedef enum _ACX_PIN_CONFIG_FLAGS {
	AcxPinConfigNoFlags = 0x0,
	AcxPinConfigMicrophoneConfigSpecified = 0x1
} ACX_PIN_CONFIG_FLAGS;
typedef struct _ACX_PIN_CONFIG {
	ULONG Size;
	ULONG Id;
	ULONG Flags;
	ACX_PIN_TYPE Type;
	ACX_PIN_COMMUNICATION Communication;
	const GUID *Category;
	const GUID *Name;
	ULONG MaxStreams;
	PACX_PIN_CALLBACKS PinCallbacks;
	union {
		PACX_MICROPHONE_CONFIG MicrophoneConfig;
	} u;
} ACX_PIN_CONFIG, *PACX_PIN_CONFIG;
DRISO_INLINE VOID ACX_PIN_CONFIG_INIT(PACX_PIN_CONFIG Config)
{
	RtlZeroMemory(Config, sizeof(*Config));
	Config->Size = sizeof(*Config);
}
NTSTATUS AcxPinCreate(ACXCIRCUIT Circuit, PWDF_OBJECT_ATTRIBUTES Attributes, PACX_PIN_CONFIG Config, ACXPIN *Pin);
ACXCIRCUIT AcxPinGetCircuit(ACXPIN Pin);
ULONG AcxPinGetId(ACXPIN Pin);
ACX_PIN_TYPE AcxPinGetType(ACXPIN Pin);
ACXDATAFORMATLIST AcxPinGetRawDataFormatList(ACXPIN Pin);
NTSTATUS AcxPinRetrieveModeDataFormatList(ACXPIN Pin, const GUID *SignalProcessingMode, ACXDATAFORMATLIST *DataFormatList);
NTSTATUS AcxPinAssignModeDataFormatList(ACXPIN Pin, const GUID *SignalProcessingMode, ACXDATAFORMATLIST DataFormatList);
NTSTATUS AcxPinAddJacks(ACXPIN Pin, ACXJACK *Jacks, ULONG JacksCount);
NTSTATUS AcxPinAddStreamBridges(ACXPIN Pin, ACXSTREAMBRIDGE *StreamBridges, ULONG StreamBridgesCount);
NTSTATUS AcxPinDispatchAcxRequest(ACXPIN Pin, WDFREQUEST Request);

/* jacks */
typedef enum _ACX_JACK_CONNECTION_TYPE {
	AcxConnTypeUnknown = 0,
	AcxConnType3Point5mm,
	AcxConnTypeQuarter,
	AcxConnTypeAtapiInternal,
	AcxConnTypeRCA,
	AcxConnTypeOptical,
	AcxConnTypeOtherDigital,
	AcxConnTypeOtherAnalog,
	AcxConnTypeMultichannelAnalogDIN,
	AcxConnTypeXlrProfessional,
	AcxConnTypeRJ11Modem,
	AcxConnTypeCombination
} ACX_JACK_CONNECTION_TYPE;
typedef enum _ACX_JACK_GEO_LOCATION {
	AcxGeoLocRear = 1,
	AcxGeoLocFront,
	AcxGeoLocLeft,
	AcxGeoLocRight,
	AcxGeoLocTop,
	AcxGeoLocBottom,
	AcxGeoLocRearPanel,
	AcxGeoLocRiser,
	AcxGeoLocInsideMobileLid,
	AcxGeoLocDrivebay,
	AcxGeoLocHDMI,
	AcxGeoLocOutsideMobileLid,
	AcxGeoLocATAPI,
	AcxGeoLocNotApplicable,
	AcxGeoLocReserved6
} ACX_JACK_GEO_LOCATION;
typedef enum _ACX_JACK_GEN_LOCATION {
	AcxGenLocPrimaryBox = 0,
	AcxGenLocInternal,
	AcxGenLocSeparate,
	AcxGenLocOther
} ACX_JACK_GEN_LOCATION;
typedef enum _ACX_JACK_PORT_CONNECTION {
	AcxPortConnJack = 0,
	AcxPortConnIntegratedDevice,
	AcxPortConnBothIntegratedAndJack,
	AcxPortConnUnknown
} ACX_JACK_PORT_CONNECTION;
typedef struct _ACX_JACK_DESCRIPTION {
	ULONG Size;
	ULONG Flags;
	ULONG ChannelMapping;
	ULONG Color;
	ACX_JACK_CONNECTION_TYPE ConnectionType;
	ACX_JACK_GEO_LOCATION GeoLocation;
	ACX_JACK_GEN_LOCATION GenLocation;
	ACX_JACK_PORT_CONNECTION PortConnection;
} ACX_JACK_DESCRIPTION, *PACX_JACK_DESCRIPTION;
typedef NTSTATUS EVT_ACX_JACK_RETRIEVE_PRESENCE_STATE(ACXJACK Jack, PULONG IsConnected);
typedef EVT_ACX_JACK_RETRIEVE_PRESENCE_STATE *PFN_ACX_JACK_RETRIEVE_PRESENCE_STATE;
typedef struct _ACX_JACK_CALLBACKS {
	ULONG Size;
	PFN_ACX_JACK_RETRIEVE_PRESENCE_STATE EvtAcxJackRetrievePresenceState;
} ACX_JACK_CALLBACKS, *PACX_JACK_CALLBACKS;
DRISO_INLINE VOID ACX_JACK_CALLBACKS_INIT(PACX_JACK_CALLBACKS Callbacks)
{
	RtlZeroMemory(Callbacks, sizeof(*Callbacks));
	Callbacks->Size = sizeof(*Callbacks);
}
typedef struct _ACX_JACK_CONFIG {
	ULONG Size;
	ULONG Id;
	ULONG Flags;
	ACX_JACK_DESCRIPTION Description;
	PACX_JACK_CALLBACKS Callbacks;
} ACX_JACK_CONFIG, *PACX_JACK_CONFIG;
DRISO_INLINE VOID ACX_JACK_CONFIG_INIT(PACX_JACK_CONFIG Config)
{
	RtlZeroMemory(Config, sizeof(*Config));
	Config->Size = sizeof(*Config);
	Config->Description.Size = sizeof(Config->Description);
}
NTSTATUS AcxJackCreate(ACXPIN Pin, PWDF_OBJECT_ATTRIBUTES Attributes, PACX_JACK_CONFIG Config, ACXJACK *Jack);
VOID AcxJackPresenceStateChangedNotification(ACXJACK Jack);

/* ---- acxelements.h ---- */
typedef struct _ACX_ELEMENT_CONFIG {
	ULONG Size;
	ULONG Id;
	const GUID *Type;
	const GUID *Name;
	ULONG Flags;
	ACXOBJECTBAG Properties;
} ACX_ELEMENT_CONFIG, *PACX_ELEMENT_CONFIG;
DRISO_INLINE VOID ACX_ELEMENT_CONFIG_INIT(PACX_ELEMENT_CONFIG Config)
{
	RtlZeroMemory(Config, sizeof(*Config));
	Config->Size = sizeof(*Config);
}
NTSTATUS AcxElementCreate(ACXOBJECT Object, PWDF_OBJECT_ATTRIBUTES Attributes, PACX_ELEMENT_CONFIG Config, ACXELEMENT *Element);
ULONG AcxElementGetId(ACXELEMENT Element);
ACXOBJECT AcxElementGetContainer(ACXELEMENT Element);

#define ACX_VOLUME_LEVEL_IGNORED 0x80000000
#define ALL_CHANNELS_ID ((ULONG)-1)
typedef enum _ACX_VOLUME_CURVE_TYPE {
	AcxVolumeCurveTypeNone = 0,
	AcxVolumeCurveTypeFade = 1
} ACX_VOLUME_CURVE_TYPE;
typedef NTSTATUS EVT_ACX_VOLUME_ASSIGN_LEVEL(ACXVOLUME Volume, ULONG Channel, LONG VolumeLevel);
typedef EVT_ACX_VOLUME_ASSIGN_LEVEL *PFN_ACX_VOLUME_ASSIGN_LEVEL;
typedef NTSTATUS EVT_ACX_VOLUME_RETRIEVE_LEVEL(ACXVOLUME Volume, ULONG Channel, LONG *VolumeLevel);
typedef EVT_ACX_VOLUME_RETRIEVE_LEVEL *PFN_ACX_VOLUME_RETRIEVE_LEVEL;
typedef NTSTATUS EVT_ACX_RAMPED_VOLUME_ASSIGN_LEVEL(ACXVOLUME Volume, ULONG Channel, LONG VolumeLevel, ACX_VOLUME_CURVE_TYPE CurveType, ULONGLONG CurveDuration);
typedef EVT_ACX_RAMPED_VOLUME_ASSIGN_LEVEL *PFN_ACX_RAMPED_VOLUME_ASSIGN_LEVEL;
typedef struct _ACX_VOLUME_CALLBACKS {
	ULONG Size;
	PFN_ACX_VOLUME_ASSIGN_LEVEL EvtAcxVolumeAssignLevel;
	PFN_ACX_VOLUME_RETRIEVE_LEVEL EvtAcxVolumeRetrieveLevel;
	PFN_ACX_RAMPED_VOLUME_ASSIGN_LEVEL EvtAcxRampedVolumeAssignLevel;
} ACX_VOLUME_CALLBACKS, *PACX_VOLUME_CALLBACKS;
DRISO_INLINE VOID ACX_VOLUME_CALLBACKS_INIT(PACX_VOLUME_CALLBACKS Callbacks)
{
	RtlZeroMemory(Callbacks, sizeof(*Callbacks));
	Callbacks->Size = sizeof(*Callbacks);
}
typedef struct _ACX_VOLUME_CONFIG {
	ULONG Size;
	ULONG Id;
	const GUID *Name;
	ULONG Flags;
	ULONG ChannelsCount;
	LONG Maximum;
	LONG Minimum;
	ULONG SteppingDelta;
	PACX_VOLUME_CALLBACKS Callbacks;
} ACX_VOLUME_CONFIG, *PACX_VOLUME_CONFIG;
DRISO_INLINE VOID ACX_VOLUME_CONFIG_INIT(PACX_VOLUME_CONFIG Config)
{
	RtlZeroMemory(Config, sizeof(*Config));
	Config->Size = sizeof(*Config);
}
NTSTATUS AcxVolumeCreate(ACXOBJECT Object, PWDF_OBJECT_ATTRIBUTES Attributes, PACX_VOLUME_CONFIG Config, ACXVOLUME *Volume);
VOID AcxVolumeChangeLevelNotification(ACXVOLUME Volume);

typedef NTSTATUS EVT_ACX_MUTE_ASSIGN_STATE(ACXMUTE Mute, ULONG Channel, ULONG State);
typedef EVT_ACX_MUTE_ASSIGN_STATE *PFN_ACX_MUTE_ASSIGN_STATE;
typedef NTSTATUS EVT_ACX_MUTE_RETRIEVE_STATE(ACXMUTE Mute, ULONG Channel, ULONG *State);
typedef EVT_ACX_MUTE_RETRIEVE_STATE *PFN_ACX_MUTE_RETRIEVE_STATE;
typedef struct _ACX_MUTE_CALLBACKS {
	ULONG Size;
	PFN_ACX_MUTE_ASSIGN_STATE EvtAcxMuteAssignState;
	PFN_ACX_MUTE_RETRIEVE_STATE EvtAcxMuteRetrieveState;
} ACX_MUTE_CALLBACKS, *PACX_MUTE_CALLBACKS;
DRISO_INLINE VOID ACX_MUTE_CALLBACKS_INIT(PACX_MUTE_CALLBACKS Callbacks)
{
	RtlZeroMemory(Callbacks, sizeof(*Callbacks));
	Callbacks->Size = sizeof(*Callbacks);
}
typedef struct _ACX_MUTE_CONFIG {
	ULONG Size;
	ULONG Id;
	const GUID *Name;
	ULONG Flags;
	ULONG ChannelsCount;
	PACX_MUTE_CALLBACKS Callbacks;
} ACX_MUTE_CONFIG, *PACX_MUTE_CONFIG;
DRISO_INLINE VOID ACX_MUTE_CONFIG_INIT(PACX_MUTE_CONFIG Config)
{
	RtlZeroMemory(Config, sizeof(*Config));
	Config->Size = sizeof(*Config);
}
NTSTATUS AcxMuteCreate(ACXOBJECT Object, PWDF_OBJECT_ATTRIBUTES Attributes, PACX_MUTE_CONFIG Config, ACXMUTE *Mute);
VOID AcxMuteChangeStateNotification(ACXMUTE Mute);

typedef NTSTATUS EVT_ACX_PEAKMETER_RETRIEVE_LEVEL(ACXPEAKMETER PeakMeter, ULONG Channel, LONG *PeakMeterLevel);
typedef EVT_ACX_PEAKMETER_RETRIEVE_LEVEL *PFN_ACX_PEAKMETER_RETRIEVE_LEVEL;
typedef struct _ACX_PEAKMETER_CALLBACKS {
	ULONG Size;
	PFN_ACX_PEAKMETER_RETRIEVE_LEVEL EvtAcxPeakMeterRetrieveLevel;
} ACX_PEAKMETER_CALLBACKS, *PACX_PEAKMETER_CALLBACKS;
DRISO_INLINE VOID ACX_PEAKMETER_CALLBACKS_INIT(PACX_PEAKMETER_CALLBACKS Callbacks)
{
	RtlZeroMemory(Callbacks, sizeof(*Callbacks));
	Callbacks->Size = sizeof(*Callbacks);
}
typedef struct _ACX_PEAKMETER_CONFIG {
	ULONG Size;
	ULONG Id;
	const GUID *Name;
	ULONG Flags;
	ULONG ChannelsCount;
	LONG Maximum;
	LONG Minimum;
	ULONG SteppingDelta;
	PACX_PEAKMETER_CALLBACKS Callbacks;
} ACX_PEAKMETER_CONFIG, *PACX_PEAKMETER_CONFIG;
DRISO_INLINE VOID ACX_PEAKMETER_CONFIG_INIT(PACX_PEAKMETER_CONFIG Config)
{
	RtlZeroMemory(Config, sizeof(*Config));
	Config->Size = sizeof(*Config);
}
NTSTATUS AcxPeakMeterCreate(ACXOBJECT Object, PWDF_OBJECT_ATTRIBUTES Attributes, PACX_PEAKMETER_CONFIG Config, ACXPEAKMETER *PeakMeter);

/* audio engine (offload) */
typedef NTSTATUS EVT_ACX_AUDIOENGINE_RETRIEVE_BUFFER_SIZE_LIMITS(ACXAUDIOENGINE AudioEngine, ACXDATAFORMAT DataFormat, PULONG MinBufferBytes, PULONG MaxBufferBytes);
typedef EVT_ACX_AUDIOENGINE_RETRIEVE_BUFFER_SIZE_LIMITS *PFN_ACX_AUDIOENGINE_RETRIEVE_BUFFER_SIZE_LIMITS;
typedef NTSTATUS EVT_ACX_AUDIOENGINE_ASSIGN_EFFECTS_STATE(ACXAUDIOENGINE AudioEngine, ULONG State);
typedef EVT_ACX_AUDIOENGINE_ASSIGN_EFFECTS_STATE *PFN_ACX_AUDIOENGINE_ASSIGN_EFFECTS_STATE;
typedef NTSTATUS EVT_ACX_AUDIOENGINE_RETRIEVE_EFFECTS_STATE(ACXAUDIOENGINE AudioEngine, PULONG State);
typedef EVT_ACX_AUDIOENGINE_RETRIEVE_EFFECTS_STATE *PFN_ACX_AUDIOENGINE_RETRIEVE_EFFECTS_STATE;
typedef NTSTATUS EVT_ACX_AUDIOENGINE_RETRIEVE_ENGINE_FORMAT(ACXAUDIOENGINE AudioEngine, ACXDATAFORMAT *Format);
typedef EVT_ACX_AUDIOENGINE_RETRIEVE_ENGINE_FORMAT *PFN_ACX_AUDIOENGINE_RETRIEVE_ENGINE_FORMAT;
typedef NTSTATUS EVT_ACX_AUDIOENGINE_ASSIGN_ENGINE_FORMAT(ACXAUDIOENGINE AudioEngine, ACXDATAFORMAT Format);
typedef EVT_ACX_AUDIOENGINE_ASSIGN_ENGINE_FORMAT *PFN_ACX_AUDIOENGINE_ASSIGN_ENGINE_FORMAT;
typedef struct _ACX_AUDIOENGINE_CALLBACKS {
	ULONG Size;
	PFN_ACX_AUDIOENGINE_RETRIEVE_BUFFER_SIZE_LIMITS EvtAcxAudioEngineRetrieveBufferSizeLimits;
	PFN_ACX_AUDIOENGINE_ASSIGN_EFFECTS_STATE EvtAcxAudioEngineAssignEffectsState;
	PFN_ACX_AUDIOENGINE_RETRIEVE_EFFECTS_STATE EvtAcxAudioEngineRetrieveEffectsState;
	PFN_ACX_AUDIOENGINE_RETRIEVE_ENGINE_FORMAT EvtAcxAudioEngineRetrieveEngineMixFormat;
	PFN_ACX_AUDIOENGINE_ASSIGN_ENGINE_FORMAT EvtAcxAudioEngineAssignEngineDeviceFormat;
} ACX_AUDIOENGINE_CALLBACKS, *PACX_AUDIOENGINE_CALLBACKS;
DRISO_INLINE VOID ACX_AUDIOENGINE_CALLBACKS_INIT(PACX_AUDIOENGINE_CALLBACKS Callbacks)
{
	RtlZeroMemory(Callbacks, sizeof(*Callbacks));
	Callbacks->Size = sizeof(*Callbacks);
}
typedef struct _ACX_AUDIOENGINE_CONFIG {
	ULONG Size;
	ULONG Id;
	const GUID *Name;
	ULONG Flags;
	ACXPIN HostPin;
	ACXPIN OffloadPin;
	ACXPIN LoopbackPin;
	ACXVOLUME VolumeElement;
	ACXMUTE MuteElement;
	ACXPEAKMETER PeakMeterElement;
	PACX_AUDIOENGINE_CALLBACKS Callbacks;
} ACX_AUDIOENGINE_CONFIG, *PACX_AUDIOENGINE_CONFIG;
DRISO_INLINE VOID ACX_AUDIOENGINE_CONFIG_INIT(PACX_AUDIOENGINE_CONFIG Config)
{
	RtlZeroMemory(Config, sizeof(*Config));
	Config->Size = sizeof(*Config);
}
NTSTATUS AcxAudioEngineCreate(ACXCIRCUIT Circuit, PWDF_OBJECT_ATTRIBUTES Attributes, PACX_AUDIOENGINE_CONFIG Config, ACXAUDIOENGINE *AudioEngine);
ACXDATAFORMATLIST AcxAudioEngineGetDeviceFormatList(ACXAUDIOENGINE AudioEngine);

typedef enum _ACX_CONSTRICTOR_OPTION {
	AcxConstrictorOptionNone = 0,
	AcxConstrictorOptionMute
} ACX_CONSTRICTOR_OPTION;
typedef NTSTATUS EVT_ACX_STREAMAUDIOENGINE_ASSIGN_EFFECTS_STATE(ACXSTREAMAUDIOENGINE StreamAudioEngine, ULONG State);
typedef EVT_ACX_STREAMAUDIOENGINE_ASSIGN_EFFECTS_STATE *PFN_ACX_STREAMAUDIOENGINE_ASSIGN_EFFECTS_STATE;
typedef NTSTATUS EVT_ACX_STREAMAUDIOENGINE_RETRIEVE_EFFECTS_STATE(ACXSTREAMAUDIOENGINE StreamAudioEngine, PULONG State);
typedef EVT_ACX_STREAMAUDIOENGINE_RETRIEVE_EFFECTS_STATE *PFN_ACX_STREAMAUDIOENGINE_RETRIEVE_EFFECTS_STATE;
typedef NTSTATUS EVT_ACX_STREAMAUDIOENGINE_RETRIEVE_PRESENTATION_POSITION(ACXSTREAMAUDIOENGINE StreamAudioEngine, PULONGLONG PositionInBlocks, PULONGLONG QPCPosition);
typedef EVT_ACX_STREAMAUDIOENGINE_RETRIEVE_PRESENTATION_POSITION *PFN_ACX_STREAMAUDIOENGINE_RETRIEVE_PRESENTATION_POSITION;
typedef NTSTATUS EVT_ACX_STREAMAUDIOENGINE_ASSIGN_CURRENT_WRITE_POSITION(ACXSTREAMAUDIOENGINE StreamAudioEngine, ULONG Position);
typedef EVT_ACX_STREAMAUDIOENGINE_ASSIGN_CURRENT_WRITE_POSITION *PFN_ACX_STREAMAUDIOENGINE_ASSIGN_CURRENT_WRITE_POSITION;
typedef NTSTATUS EVT_ACX_STREAMAUDIOENGINE_RETRIEVE_LINEAR_BUFFER_POSITION(ACXSTREAMAUDIOENGINE StreamAudioEngine, PULONGLONG Position);
typedef EVT_ACX_STREAMAUDIOENGINE_RETRIEVE_LINEAR_BUFFER_POSITION *PFN_ACX_STREAMAUDIOENGINE_RETRIEVE_LINEAR_BUFFER_POSITION;
typedef NTSTATUS EVT_ACX_STREAMAUDIOENGINE_ASSIGN_LAST_BUFFER_POSITION(ACXSTREAMAUDIOENGINE StreamAudioEngine, ULONG Position);
typedef EVT_ACX_STREAMAUDIOENGINE_ASSIGN_LAST_BUFFER_POSITION *PFN_ACX_STREAMAUDIOENGINE_ASSIGN_LAST_BUFFER_POSITION;
typedef NTSTATUS EVT_ACX_STREAMAUDIOENGINE_ASSIGN_LOOPBACK_PROTECTION(ACXSTREAMAUDIOENGINE StreamAudioEngine, ACX_CONSTRICTOR_OPTION ConstrictorOption);
typedef EVT_ACX_STREAMAUDIOENGINE_ASSIGN_LOOPBACK_PROTECTION *PFN_ACX_STREAMAUDIOENGINE_ASSIGN_LOOPBACK_PROTECTION;
typedef struct _ACX_STREAMAUDIOENGINE_CALLBACKS {
	ULONG Size;
	PFN_ACX_STREAMAUDIOENGINE_ASSIGN_EFFECTS_STATE EvtAcxStreamAudioEngineAssignEffectsState;
	PFN_ACX_STREAMAUDIOENGINE_RETRIEVE_EFFECTS_STATE EvtAcxStreamAudioEngineRetrieveEffectsState;
	PFN_ACX_STREAMAUDIOENGINE_RETRIEVE_PRESENTATION_POSITION EvtAcxStreamAudioEngineRetrievePresentationPosition;
	PFN_ACX_STREAMAUDIOENGINE_ASSIGN_CURRENT_WRITE_POSITION EvtAcxStreamAudioEngineAssignCurrentWritePosition;
	PFN_ACX_STREAMAUDIOENGINE_RETRIEVE_LINEAR_BUFFER_POSITION EvtAcxStreamAudioEngineRetrieveLinearBufferPosition;
	PFN_ACX_STREAMAUDIOENGINE_ASSIGN_LAST_BUFFER_POSITION EvtAcxStreamAudioEngineAssignLastBufferPosition;
	PFN_ACX_STREAMAUDIOENGINE_ASSIGN_LOOPBACK_PROTECTION EvtAcxStreamAudioEngineAssignLoopbackProtection;
} ACX_STREAMAUDIOENGINE_CALLBACKS, *PACX_STREAMAUDIOENGINE_CALLBACKS;
DRISO_INLINE VOID ACX_STREAMAUDIOENGINE_CALLBACKS_INIT(PACX_STREAMAUDIOENGINE_CALLBACKS Callbacks)
{
	RtlZeroMemory(Callbacks, sizeof(*Callbacks));
	Callbacks->Size = sizeof(*Callbacks);
}
typedef struct _ACX_STREAMAUDIOENGINE_CONFIG {
	ULONG Size;
	ULONG Id;
	const GUID *Name;
	ULONG Flags;
	ACXVOLUME VolumeElement;
	ACXMUTE MuteElement;
	ACXPEAKMETER PeakMeterElement;
	PACX_STREAMAUDIOENGINE_CALLBACKS Callbacks;
} ACX_STREAMAUDIOENGINE_CONFIG, *PACX_STREAMAUDIOENGINE_CONFIG;
DRISO_INLINE VOID ACX_STREAMAUDIOENGINE_CONFIG_INIT(PACX_STREAMAUDIOENGINE_CONFIG Config)
{
	RtlZeroMemory(Config, sizeof(*Config));
	Config->Size = sizeof(*Config);
}
NTSTATUS AcxStreamAudioEngineCreate(ACXSTREAM Stream, ACXAUDIOENGINE AudioEngine, PWDF_OBJECT_ATTRIBUTES Attributes, PACX_STREAMAUDIOENGINE_CONFIG Config, ACXSTREAMAUDIOENGINE *StreamAudioEngine);
ACXSTREAM AcxStreamAudioEngineGetStream(ACXSTREAMAUDIOENGINE StreamAudioEngine);

/* keyword spotter */
typedef NTSTATUS EVT_ACX_KEYWORDSPOTTER_RETRIEVE_ARM(ACXKEYWORDSPOTTER KeywordSpotter, GUID *EventId, BOOLEAN *Arm);
typedef EVT_ACX_KEYWORDSPOTTER_RETRIEVE_ARM *PFN_ACX_KEYWORDSPOTTER_RETRIEVE_ARM;
typedef NTSTATUS EVT_ACX_KEYWORDSPOTTER_ASSIGN_ARM(ACXKEYWORDSPOTTER KeywordSpotter, GUID *EventId, BOOLEAN Arm);
typedef EVT_ACX_KEYWORDSPOTTER_ASSIGN_ARM *PFN_ACX_KEYWORDSPOTTER_ASSIGN_ARM;
typedef NTSTATUS EVT_ACX_KEYWORDSPOTTER_ASSIGN_PATTERNS(ACXKEYWORDSPOTTER KeywordSpotter, GUID *EventId, PVOID Pattern, ULONG PatternSize);
typedef EVT_ACX_KEYWORDSPOTTER_ASSIGN_PATTERNS *PFN_ACX_KEYWORDSPOTTER_ASSIGN_PATTERNS;
typedef NTSTATUS EVT_ACX_KEYWORDSPOTTER_ASSIGN_RESET(ACXKEYWORDSPOTTER KeywordSpotter, GUID *EventId);
typedef EVT_ACX_KEYWORDSPOTTER_ASSIGN_RESET *PFN_ACX_KEYWORDSPOTTER_ASSIGN_RESET;
typedef struct _ACX_KEYWORDSPOTTER_CALLBACKS {
	ULONG Size;
	PFN_ACX_KEYWORDSPOTTER_RETRIEVE_ARM EvtAcxKeywordSpotterRetrieveArm;
	PFN_ACX_KEYWORDSPOTTER_ASSIGN_ARM EvtAcxKeywordSpotterAssignArm;
	PFN_ACX_KEYWORDSPOTTER_ASSIGN_PATTERNS EvtAcxKeywordSpotterAssignPatterns;
	PFN_ACX_KEYWORDSPOTTER_ASSIGN_RESET EvtAcxKeywordSpotterAssignReset;
} ACX_KEYWORDSPOTTER_CALLBACKS, *PACX_KEYWORDSPOTTER_CALLBACKS;
DRISO_INLINE VOID ACX_KEYWORDSPOTTER_CALLBACKS_INIT(PACX_KEYWORDSPOTTER_CALLBACKS Callbacks)
{
	RtlZeroMemory(Callbacks, sizeof(*Callbacks));
	Callbacks->Size = sizeof(*Callbacks);
}
typedef struct _ACX_KEYWORDSPOTTER_CONFIG {
	ULONG Size;
	ULONG Id;
	const GUID *Name;
	ULONG Flags;
	ACXPNPEVENT Event;
	PACX_KEYWORDSPOTTER_CALLBACKS Callbacks;
	ACXDATAFORMATLIST DetectionFormat;
	PVOID Pattern;
	ULONG PatternCb;
} ACX_KEYWORDSPOTTER_CONFIG, *PACX_KEYWORDSPOTTER_CONFIG;
DRISO_INLINE VOID ACX_KEYWORDSPOTTER_CONFIG_INIT(PACX_KEYWORDSPOTTER_CONFIG Config)
{
	RtlZeroMemory(Config, sizeof(*Config));
	Config->Size = sizeof(*Config);
}
NTSTATUS AcxKeywordSpotterCreate(ACXCIRCUIT Circuit, PWDF_OBJECT_ATTRIBUTES Attributes, PACX_KEYWORDSPOTTER_CONFIG Config, ACXKEYWORDSPOTTER *KeywordSpotter);

/* audio modules */
#define ACX_AUDIOMODULE_MAX_NAME_CCH_SIZE 128
typedef struct _ACX_AUDIOMODULE_DESCRIPTOR {
	GUID ClassId;
	ULONG InstanceId;
	ULONG VersionMajor;
	ULONG VersionMinor;
	WCHAR Name[ACX_AUDIOMODULE_MAX_NAME_CCH_SIZE];
} ACX_AUDIOMODULE_DESCRIPTOR, *PACX_AUDIOMODULE_DESCRIPTOR;
typedef NTSTATUS EVT_ACX_AUDIOMODULE_PROCESSCOMMAND(ACXAUDIOMODULE AudioModule, PVOID InBuffer, ULONG InBufferCb, PVOID OutBuffer, PULONG OutBufferCb);
typedef EVT_ACX_AUDIOMODULE_PROCESSCOMMAND *PFN_ACX_AUDIOMODULE_PROCESSCOMMAND;
typedef struct _ACX_AUDIOMODULE_CALLBACKS {
	ULONG Size;
	PFN_ACX_AUDIOMODULE_PROCESSCOMMAND EvtAcxAudioModuleProcessCommand;
} ACX_AUDIOMODULE_CALLBACKS, *PACX_AUDIOMODULE_CALLBACKS;
DRISO_INLINE VOID ACX_AUDIOMODULE_CALLBACKS_INIT(PACX_AUDIOMODULE_CALLBACKS Callbacks)
{
	RtlZeroMemory(Callbacks, sizeof(*Callbacks));
	Callbacks->Size = sizeof(*Callbacks);
}
typedef struct _ACX_AUDIOMODULE_CONFIG {
	ULONG Size;
	ULONG Id;
	const GUID *Name;
	ULONG Flags;
	ACX_AUDIOMODULE_DESCRIPTOR Descriptor;
	PACX_AUDIOMODULE_CALLBACKS Callbacks;
} ACX_AUDIOMODULE_CONFIG, *PACX_AUDIOMODULE_CONFIG;
DRISO_INLINE VOID ACX_AUDIOMODULE_CONFIG_INIT(PACX_AUDIOMODULE_CONFIG Config)
{
	RtlZeroMemory(Config, sizeof(*Config));
	Config->Size = sizeof(*Config);
}
NTSTATUS AcxAudioModuleCreate(ACXOBJECT Object, PWDF_OBJECT_ATTRIBUTES Attributes, PACX_AUDIOMODULE_CONFIG Config, ACXAUDIOMODULE *AudioModule);

/* ---- acxevents.h ---- */
typedef NTSTATUS EVT_ACX_PNPEVENT_ENABLE(ACXPNPEVENT PnpEvent);
typedef EVT_ACX_PNPEVENT_ENABLE *PFN_ACX_PNPEVENT_ENABLE;
typedef VOID EVT_ACX_PNPEVENT_DISABLE(ACXPNPEVENT PnpEvent);
typedef EVT_ACX_PNPEVENT_DISABLE *PFN_ACX_PNPEVENT_DISABLE;
typedef struct _ACX_PNPEVENT_CALLBACKS {
	ULONG Size;
	PFN_ACX_PNPEVENT_ENABLE EvtAcxPnpEventEnable;
	PFN_ACX_PNPEVENT_DISABLE EvtAcxPnpEventDisable;
} ACX_PNPEVENT_CALLBACKS, *PACX_PNPEVENT_CALLBACKS;
DRISO_INLINE VOID ACX_PNPEVENT_CALLBACKS_INIT(PACX_PNPEVENT_CALLBACKS Callbacks)
{
	RtlZeroMemory(Callbacks, sizeof(*Callbacks));
	Callbacks->Size = sizeof(*Callbacks);
}
typedef struct _ACX_PNPEVENT_CONFIG {
	ULONG Size;
	ULONG Flags;
	PACX_PNPEVENT_CALLBACKS Callbacks;
} ACX_PNPEVENT_CONFIG, *PACX_PNPEVENT_CONFIG;
DRISO_INLINE VOID ACX_PNPEVENT_CONFIG_INIT(PACX_PNPEVENT_CONFIG Config)
{
	RtlZeroMemory(Config, sizeof(*Config));
	Config->Size = sizeof(*Config);
}
NTSTATUS AcxPnpEventCreate(WDFDEVICE Device, ACXOBJECT Object, PWDF_OBJECT_ATTRIBUTES Attributes, PACX_PNPEVENT_CONFIG Config, ACXPNPEVENT *Event);
NTSTATUS AcxPnpEventGenerateEvent(ACXPNPEVENT Event, PVOID Payload, USHORT PayloadSize);

/* ---- acxstreams.h ---- */
typedef enum _ACX_STREAM_STATE {
	AcxStreamStateStop = 0,
	AcxStreamStateAcquire,
	AcxStreamStatePause,
	AcxStreamStateRun
} ACX_STREAM_STATE;
typedef NTSTATUS EVT_ACX_STREAM_PREPARE_HARDWARE(ACXSTREAM Stream);
typedef EVT_ACX_STREAM_PREPARE_HARDWARE *PFN_ACX_STREAM_PREPARE_HARDWARE;
typedef NTSTATUS EVT_ACX_STREAM_RELEASE_HARDWARE(ACXSTREAM Stream);
typedef EVT_ACX_STREAM_RELEASE_HARDWARE *PFN_ACX_STREAM_RELEASE_HARDWARE;
typedef NTSTATUS EVT_ACX_STREAM_RUN(ACXSTREAM Stream);
typedef EVT_ACX_STREAM_RUN *PFN_ACX_STREAM_RUN;
typedef NTSTATUS EVT_ACX_STREAM_PAUSE(ACXSTREAM Stream);
typedef EVT_ACX_STREAM_PAUSE *PFN_ACX_STREAM_PAUSE;
typedef NTSTATUS EVT_ACX_STREAM_ASSIGN_DRM_CONTENT_ID(ACXSTREAM Stream, ULONG DrmContentId, PACXDRMRIGHTS DrmRights);
typedef EVT_ACX_STREAM_ASSIGN_DRM_CONTENT_ID *PFN_ACX_STREAM_ASSIGN_DRM_CONTENT_ID;
typedef struct _ACX_STREAM_CALLBACKS {
	ULONG Size;
	PFN_ACX_STREAM_PREPARE_HARDWARE EvtAcxStreamPrepareHardware;
	PFN_ACX_STREAM_RELEASE_HARDWARE EvtAcxStreamReleaseHardware;
	PFN_ACX_STREAM_RUN EvtAcxStreamRun;
	PFN_ACX_STREAM_PAUSE EvtAcxStreamPause;
	PFN_ACX_STREAM_ASSIGN_DRM_CONTENT_ID EvtAcxStreamAssignDrmContentId;
} ACX_STREAM_CALLBACKS, *PACX_STREAM_CALLBACKS;
DRISO_INLINE VOID ACX_STREAM_CALLBACKS_INIT(PACX_STREAM_CALLBACKS Callbacks)
{
	RtlZeroMemory(Callbacks, sizeof(*Callbacks));
	Callbacks->Size = sizeof(*Callbacks);
}

typedef struct _ACX_RTPACKET {
	ULONG Size;
	WDF_MEMORY_DESCRIPTOR RtPacketBuffer;
	ULONG_PTR RtPacketOffset;
	SIZE_T RtPacketSize;
} ACX_RTPACKET, *PACX_RTPACKET;
DRISO_INLINE VOID ACX_RTPACKET_INIT(PACX_RTPACKET Packet)
{
	RtlZeroMemory(Packet, sizeof(*Packet));
	Packet->Size = sizeof(*Packet);
}
typedef NTSTATUS EVT_ACX_STREAM_GET_HW_LATENCY(ACXSTREAM Stream, ULONG *FifoSize, ULONG *Delay);
typedef EVT_ACX_STREAM_GET_HW_LATENCY *PFN_ACX_STREAM_GET_HW_LATENCY;
typedef NTSTATUS EVT_ACX_STREAM_ALLOCATE_RTPACKETS(ACXSTREAM Stream, ULONG PacketCount, ULONG PacketSize, PACX_RTPACKET *Packets);
typedef EVT_ACX_STREAM_ALLOCATE_RTPACKETS *PFN_ACX_STREAM_ALLOCATE_RTPACKETS;
typedef VOID EVT_ACX_STREAM_FREE_RTPACKETS(ACXSTREAM Stream, PACX_RTPACKET Packets, ULONG PacketCount);
typedef EVT_ACX_STREAM_FREE_RTPACKETS *PFN_ACX_STREAM_FREE_RTPACKETS;
typedef NTSTATUS EVT_ACX_STREAM_SET_RENDER_PACKET(ACXSTREAM Stream, ULONG Packet, ULONG Flags, ULONG EosPacketLength);
typedef EVT_ACX_STREAM_SET_RENDER_PACKET *PFN_ACX_STREAM_SET_RENDER_PACKET;
typedef NTSTATUS EVT_ACX_STREAM_GET_CURRENT_PACKET(ACXSTREAM Stream, PULONG CurrentPacket);
typedef EVT_ACX_STREAM_GET_CURRENT_PACKET *PFN_ACX_STREAM_GET_CURRENT_PACKET;
typedef NTSTATUS EVT_ACX_STREAM_GET_CAPTURE_PACKET(ACXSTREAM Stream, ULONG *LastCapturePacket, ULONGLONG *QPCPacketStart, BOOLEAN *MoreData);
typedef EVT_ACX_STREAM_GET_CAPTURE_PACKET *PFN_ACX_STREAM_GET_CAPTURE_PACKET;
typedef NTSTATUS EVT_ACX_STREAM_GET_PRESENTATION_POSITION(ACXSTREAM Stream, PULONGLONG PositionInBlocks, PULONGLONG QPCPosition);
typedef EVT_ACX_STREAM_GET_PRESENTATION_POSITION *PFN_ACX_STREAM_GET_PRESENTATION_POSITION;
typedef struct _ACX_RT_STREAM_CALLBACKS {
	ULONG Size;
	PFN_ACX_STREAM_GET_HW_LATENCY EvtAcxStreamGetHwLatency;
	PFN_ACX_STREAM_ALLOCATE_RTPACKETS EvtAcxStreamAllocateRtPackets;
	PFN_ACX_STREAM_FREE_RTPACKETS EvtAcxStreamFreeRtPackets;
	PFN_ACX_STREAM_SET_RENDER_PACKET EvtAcxStreamSetRenderPacket;
	PFN_ACX_STREAM_GET_CURRENT_PACKET EvtAcxStreamGetCurrentPacket;
	PFN_ACX_STREAM_GET_CAPTURE_PACKET EvtAcxStreamGetCapturePacket;
	PFN_ACX_STREAM_GET_PRESENTATION_POSITION EvtAcxStreamGetPresentationPosition;
} ACX_RT_STREAM_CALLBACKS, *PACX_RT_STREAM_CALLBACKS;
DRISO_INLINE VOID ACX_RT_STREAM_CALLBACKS_INIT(PACX_RT_STREAM_CALLBACKS Callbacks)
{
	RtlZeroMemory(Callbacks, sizeof(*Callbacks));
	Callbacks->Size = sizeof(*Callbacks);
}
NTSTATUS AcxStreamInitAssignAcxStreamCallbacks(PACXSTREAM_INIT StreamInit, PACX_STREAM_CALLBACKS Callbacks);
NTSTATUS AcxStreamInitAssignAcxRtStreamCallbacks(PACXSTREAM_INIT StreamInit, PACX_RT_STREAM_CALLBACKS Callbacks);
VOID AcxStreamInitSetAcxRtStreamSupportsNotifications(PACXSTREAM_INIT StreamInit);
NTSTATUS AcxStreamInitAssignAcxRequestPreprocessCallback(PACXSTREAM_INIT StreamInit, PFN_ACX_OBJECT_PREPROCESS_REQUEST EvtObjectAcxRequestPreprocess, ACXCONTEXT DriverContext, ACX_REQUEST_TYPE RequestType, const GUID *Set, ULONG Id);
NTSTATUS AcxStreamInitAssignProperties(PACXSTREAM_INIT StreamInit, PACX_PROPERTY_ITEM Properties, ULONG PropertiesCount);
NTSTATUS AcxStreamInitAssignMethods(PACXSTREAM_INIT StreamInit, PACX_METHOD_ITEM Methods, ULONG MethodsCount);
NTSTATUS AcxStreamCreate(WDFDEVICE Device, ACXCIRCUIT Circuit, PWDF_OBJECT_ATTRIBUTES Attributes, PACXSTREAM_INIT *StreamInit, ACXSTREAM *Stream);
NTSTATUS AcxRtStreamCreate(WDFDEVICE Device, ACXCIRCUIT Circuit, PWDF_OBJECT_ATTRIBUTES Attributes, PACXSTREAM_INIT *StreamInit, ACXSTREAM *Stream);
NTSTATUS AcxStreamAddElements(ACXSTREAM Stream, ACXELEMENT *Elements, ULONG ElementsCount);
NTSTATUS AcxStreamAddConnections(ACXSTREAM Stream, PACX_CONNECTION Connections, ULONG ConnectionsCount);
NTSTATUS AcxStreamDispatchAcxRequest(ACXSTREAM Stream, WDFREQUEST Request);
ACXCIRCUIT AcxStreamGetCircuit(ACXSTREAM Stream);
ACXPIN AcxStreamGetPin(ACXSTREAM Stream);
VOID AcxRtStreamNotifyPacketComplete(ACXSTREAM Stream, ULONGLONG CompletedPacket, ULONGLONG QPCCompletion);

/* stream bridges */
typedef enum _ACX_STREAM_BRIDGE_TYPE {
	AcxStreamBridgeInvalidType = 0,
	AcxStreamBridgeDefault
} ACX_STREAM_BRIDGE_TYPE;
typedef enum _ACX_STREAM_BRIDGE_CONFIG_FLAGS {
	AcxStreamBridgeConfigNoFlags = 0x0,
	AcxStreamBridgeInvertChangeStateSequence = 0x1,
	AcxStreamBridgeForwardInStreamVarArguments = 0x2
} ACX_STREAM_BRIDGE_CONFIG_FLAGS;
typedef struct _ACX_STREAM_BRIDGE_CONFIG {
	ULONG Size;
	ULONG Flags;
	ACX_STREAM_BRIDGE_TYPE Type;
	ULONG InModesCount;
	const GUID **InModes;
	const GUID *OutMode;
	ACXOBJECTBAG OutStreamVarArguments;
	PVOID TargetStreamCallbacks;
} ACX_STREAM_BRIDGE_CONFIG, *PACX_STREAM_BRIDGE_CONFIG;
DRISO_INLINE VOID ACX_STREAM_BRIDGE_CONFIG_INIT(PACX_STREAM_BRIDGE_CONFIG Config)
{
	RtlZeroMemory(Config, sizeof(*Config));
	Config->Size = sizeof(*Config);
	Config->Type = AcxStreamBridgeDefault;
}
NTSTATUS AcxStreamBridgeCreate(ACXCIRCUIT Circuit, PWDF_OBJECT_ATTRIBUTES Attributes, PACX_STREAM_BRIDGE_CONFIG Config, ACXSTREAMBRIDGE *StreamBridge);
NTSTATUS AcxStreamBridgeAddStream(ACXSTREAMBRIDGE StreamBridge, ACXSTREAM Stream);
VOID AcxStreamBridgeRemoveStream(ACXSTREAMBRIDGE StreamBridge, ACXSTREAM Stream);

/* interleaved audio */
typedef struct _ACX_INTERLEAVED_AUDIO_FORMAT_INFORMATION {
	ULONG Size;
	ULONG PrimaryChannelCount;
	ULONG PrimaryChannelStartPosition;
	ULONG PrimaryChannelMask;
	ULONG InterleavedChannelCount;
	ULONG InterleavedChannelStartPosition;
	ULONG InterleavedChannelMask;
} ACX_INTERLEAVED_AUDIO_FORMAT_INFORMATION, *PACX_INTERLEAVED_AUDIO_FORMAT_INFORMATION;
DRISO_INLINE VOID ACX_INTERLEAVED_AUDIO_FORMAT_INFORMATION_INIT(PACX_INTERLEAVED_AUDIO_FORMAT_INFORMATION Info)
{
	RtlZeroMemory(Info, sizeof(*Info));
	Info->Size = sizeof(*Info);
}

/* ---- acxdrm.h ---- */
NTSTATUS AcxDrmAddContentHandlers(ULONG ContentId, PVOID *paHandlers, ULONG NumHandlers);
NTSTATUS AcxDrmCreateContentMixed(PULONG paContentId, ULONG cContentId, PULONG pMixedContentId);
NTSTATUS AcxDrmDestroyContent(ULONG ContentId);
NTSTATUS AcxDrmForwardContentToDeviceObject(ULONG ContentId, PVOID Reserved, PVOID DrmForward);
NTSTATUS AcxDrmForwardContentToFileObject(ULONG ContentId, PFILE_OBJECT FileObject);
NTSTATUS AcxDrmGetContentRights(ULONG ContentId, PACXDRMRIGHTS DrmRights);

/* ---- acxtargets.h ---- */
typedef struct _ACX_TARGET_CIRCUIT_CONFIG {
	ULONG Size;
	ULONG Flags;
	PUNICODE_STRING SymbolicLinkName;
	PVOID Reserved;
} ACX_TARGET_CIRCUIT_CONFIG, *PACX_TARGET_CIRCUIT_CONFIG;
DRISO_INLINE VOID ACX_TARGET_CIRCUIT_CONFIG_INIT(PACX_TARGET_CIRCUIT_CONFIG Config)
{
	RtlZeroMemory(Config, sizeof(*Config));
	Config->Size = sizeof(*Config);
}
NTSTATUS AcxTargetCircuitCreate(WDFDEVICE Device, PWDF_OBJECT_ATTRIBUTES Attributes, PACX_TARGET_CIRCUIT_CONFIG Config, ACXTARGETCIRCUIT *TargetCircuit);
WDFIOTARGET AcxTargetCircuitGetWdfIoTarget(ACXTARGETCIRCUIT TargetCircuit);
ULONG AcxTargetCircuitGetPinsCount(ACXTARGETCIRCUIT TargetCircuit);
ACXTARGETPIN AcxTargetCircuitGetTargetPin(ACXTARGETCIRCUIT TargetCircuit, ULONG PinId);
ULONG AcxTargetCircuitGetElementsCount(ACXTARGETCIRCUIT TargetCircuit);
ACXTARGETELEMENT AcxTargetCircuitGetTargetElement(ACXTARGETCIRCUIT TargetCircuit, ULONG ElementId);
NTSTATUS AcxTargetCircuitFormatRequestForProperty(ACXTARGETCIRCUIT TargetCircuit, WDFREQUEST Request, PACX_REQUEST_PARAMETERS Params);
NTSTATUS AcxTargetCircuitFormatRequestForMethod(ACXTARGETCIRCUIT TargetCircuit, WDFREQUEST Request, PACX_REQUEST_PARAMETERS Params);
ULONG AcxTargetPinGetId(ACXTARGETPIN TargetPin);
WDFIOTARGET AcxTargetPinGetWdfIoTarget(ACXTARGETPIN TargetPin);
NTSTATUS AcxTargetPinFormatRequestForProperty(ACXTARGETPIN TargetPin, WDFREQUEST Request, PACX_REQUEST_PARAMETERS Params);
NTSTATUS AcxTargetPinRetrieveModeDataFormatList(ACXTARGETPIN TargetPin, const GUID *SignalProcessingMode, ACXDATAFORMATLIST *DataFormatList);
ULONG AcxTargetElementGetId(ACXTARGETELEMENT TargetElement);
GUID AcxTargetElementGetType(ACXTARGETELEMENT TargetElement);
WDFIOTARGET AcxTargetElementGetWdfIoTarget(ACXTARGETELEMENT TargetElement);
NTSTATUS AcxTargetElementFormatRequestForProperty(ACXTARGETELEMENT TargetElement, WDFREQUEST Request, PACX_REQUEST_PARAMETERS Params);

/* KS categories and sets ACX defines */
DEFINE_GUIDEX(KSCATEGORY_ACXCIRCUIT);
#define KSCATEGORY_ACXCIRCUIT DEFINE_GUIDNAMED(KSCATEGORY_ACXCIRCUIT)
DEFINE_GUIDEX(KSPROPERTYSETID_AcxCircuit);
#define KSPROPERTYSETID_AcxCircuit DEFINE_GUIDNAMED(KSPROPERTYSETID_AcxCircuit)
DEFINE_GUIDEX(KSMETHODSETID_AcxFactoryCircuit);
#define KSMETHODSETID_AcxFactoryCircuit DEFINE_GUIDNAMED(KSMETHODSETID_AcxFactoryCircuit)
typedef enum {
	KSMETHOD_ACXFACTORYCIRCUIT_ADDCIRCUIT = 1,
	KSMETHOD_ACXFACTORYCIRCUIT_REMOVECIRCUIT = 2
} KSMETHOD_ACXFACTORYCIRCUIT;

DRISO_EXTERN_C_END
#endif
