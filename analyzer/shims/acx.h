/*
 * driso shim: acx.h, the Audio Class eXtension (ACX) for KMDF audio
 * drivers, with the acx*.h family it includes (acxdriver, acxdevice,
 * acxrequest, acxmisc, acxdataformat, acxcircuit, acxmanager, acxpin,
 * acxelements, acxevents, acxstreams, acxtargets). Declarations only (see
 * driso_shims.h), written from the Learn ACX DDI reference
 * (learn.microsoft.com/windows-hardware/drivers/ddi/acx*): opaque object
 * handles, the configuration / callback structures with their documented
 * members in documented order, *_INIT helpers, EVT_ACX_* callback types
 * and PFN_ACX_* pointers, and the Acx* entry points as plain prototypes
 * (the WDK routes them through a function table; irrelevant for parsing).
 * Kernel (KMDF) only, as ACX is.
 *
 * Values, member types and the parameter types Learn leaves out are facts
 * from Microsoft's MIT-licensed WDK metadata
 * (github.com/microsoft/wdkmetadata, generation/WDK/IdlHeaders/km/acx/km/
 * 1.1/acx*.h): every enumeration and flag value, the AcxXxxId/Default
 * constants, the object-bag property-name prefixes, the CONTEXT_SIZE
 * arrays, the stop/resume I/O macros. Layout and wording are driso's. The
 * ACX_IS_*_AVAILABLE macros report everything as available.
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

#ifndef DRISO_HAVE_PCGUID
#define DRISO_HAVE_PCGUID
typedef const GUID *PCGUID;
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
DRISO_ACX_HANDLE(ACXTARGETFACTORYCIRCUIT);
DRISO_ACX_HANDLE(ACXTARGETPIN);
DRISO_ACX_HANDLE(ACXTARGETELEMENT);
DRISO_ACX_HANDLE(ACXTARGETSTREAM);
DRISO_ACX_HANDLE(ACXAUDIOENGINE);
DRISO_ACX_HANDLE(ACXSTREAMAUDIOENGINE);
DRISO_ACX_HANDLE(ACXVOLUME);
DRISO_ACX_HANDLE(ACXMUTE);
DRISO_ACX_HANDLE(ACXPEAKMETER);
DRISO_ACX_HANDLE(ACXJACK);
DRISO_ACX_HANDLE(ACXMICARRAYGEOMETRY);
DRISO_ACX_HANDLE(ACXPNPEVENT);
DRISO_ACX_HANDLE(ACXEVENT);
DRISO_ACX_HANDLE(ACXEVENTDATA);
DRISO_ACX_HANDLE(ACXKEYWORDSPOTTER);
DRISO_ACX_HANDLE(ACXAUDIOMODULE);
DRISO_ACX_HANDLE(ACXSTREAMBRIDGE);
DRISO_ACX_HANDLE(ACXCIRCUITTEMPLATE);
DRISO_ACX_HANDLE(ACXCOMPOSITETEMPLATE);
DRISO_ACX_HANDLE(ACXMANAGER);
#undef DRISO_ACX_HANDLE

typedef struct ACXCIRCUIT_INIT ACXCIRCUIT_INIT, *PACXCIRCUIT_INIT;
typedef struct ACXSTREAM_INIT ACXSTREAM_INIT, *PACXSTREAM_INIT;
typedef struct ACXFACTORYCIRCUIT_INIT ACXFACTORYCIRCUIT_INIT, *PACXFACTORYCIRCUIT_INIT;

#define DRISO_ACX_SIZED_INIT(T, P) \
	DRISO_INLINE VOID T##_INIT(P Config) \
	{ \
		RtlZeroMemory(Config, sizeof(*Config)); \
		Config->Size = sizeof(*Config); \
	}

/* ---- acxdriver.h ---- */
typedef enum _ACX_DRIVER_CONFIG_FLAGS {
	AcxDriverConfigNoFlags = 0x00000000,
	AcxDriverConfigValidFlags = 0x00000000
} ACX_DRIVER_CONFIG_FLAGS;
typedef struct _ACX_DRIVER_CONFIG {
	ULONG Size;
	ULONG Flags;
} ACX_DRIVER_CONFIG, *PACX_DRIVER_CONFIG;
DRISO_ACX_SIZED_INIT(ACX_DRIVER_CONFIG, PACX_DRIVER_CONFIG)
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
NTSTATUS AcxDriverInitialize(WDFDRIVER Driver, PACX_DRIVER_CONFIG DriverConfig);
BOOLEAN AcxDriverIsVersionAvailable(WDFDRIVER Driver, PACX_DRIVER_VERSION_AVAILABLE_PARAMS VersionAvailableParams);
#define ACX_IS_FUNCTION_AVAILABLE(FunctionName) (TRUE)
#define ACX_IS_FIELD_AVAILABLE(Struct, Field) (TRUE)
#define ACX_IS_STRUCTURE_AVAILABLE(StructName) (TRUE)
#define ACX_STRUCTURE_SIZE(StructName) ((ULONG)sizeof(StructName))

/* ---- acxdevice.h ---- */
typedef enum _ACX_DEVICEINIT_CONFIG_FLAGS {
	AcxDeviceInitConfigNoFlags = 0x00000000,
	AcxDeviceInitConfigRawDevice = 0x00000001,
	AcxDeviceInitConfigValidFlags = 0x00000001
} ACX_DEVICEINIT_CONFIG_FLAGS;
#define ACX_DEVICEINIT_CONFIG_CONTEXT_SIZE 4
typedef struct _ACX_DEVICEINIT_CONFIG {
	ULONG Size;
	ULONG Flags;
	WDF_SYNCHRONIZATION_SCOPE SynchronizationScope;
	WDF_EXECUTION_LEVEL ExecutionLevel;
	PVOID Context[ACX_DEVICEINIT_CONFIG_CONTEXT_SIZE];
} ACX_DEVICEINIT_CONFIG, *PACX_DEVICEINIT_CONFIG;
DRISO_ACX_SIZED_INIT(ACX_DEVICEINIT_CONFIG, PACX_DEVICEINIT_CONFIG)
typedef enum _ACX_DEVICE_CONFIG_FLAGS {
	AcxDeviceConfigNoFlags = 0x00000000,
	AcxDeviceConfigValidFlags = 0x00000000
} ACX_DEVICE_CONFIG_FLAGS;
#define ACX_DEVICE_CONFIG_CONTEXT_SIZE 4
typedef struct _ACX_DEVICE_CONFIG {
	ULONG Size;
	ULONG Flags;
	PVOID Context[ACX_DEVICE_CONFIG_CONTEXT_SIZE];
} ACX_DEVICE_CONFIG, *PACX_DEVICE_CONFIG;
DRISO_ACX_SIZED_INIT(ACX_DEVICE_CONFIG, PACX_DEVICE_CONFIG)
typedef enum _ACX_DX_EXIT_LATENCY {
	AcxDxExitLatencyInstant = 0,
	AcxDxExitLatencyFast,
	AcxDxExitLatencyResponsive
} ACX_DX_EXIT_LATENCY;
NTSTATUS AcxDeviceInitInitialize(PWDFDEVICE_INIT DeviceInit, PACX_DEVICEINIT_CONFIG Config);
NTSTATUS AcxDeviceInitialize(WDFDEVICE Device, PACX_DEVICE_CONFIG DeviceConfig);
NTSTATUS AcxDeviceAddCircuit(WDFDEVICE Device, ACXCIRCUIT Circuit);
NTSTATUS AcxDeviceRemoveCircuit(WDFDEVICE Device, ACXCIRCUIT Circuit);
NTSTATUS AcxDeviceDetachCircuit(WDFDEVICE Device, ACXCIRCUIT Circuit);
NTSTATUS AcxDeviceAddFactoryCircuit(WDFDEVICE Device, ACXFACTORYCIRCUIT Factory);
NTSTATUS AcxDeviceRemoveFactoryCircuit(WDFDEVICE Device, ACXFACTORYCIRCUIT Factory);
NTSTATUS AcxDeviceAddCircuitDevice(WDFDEVICE ParentDevice, WDFDEVICE Device);
NTSTATUS AcxDeviceRemoveCircuitDevice(WDFDEVICE ParentDevice, WDFDEVICE Device);
ACX_DX_EXIT_LATENCY AcxDeviceGetCurrentDxExitLatency(WDFDEVICE Device, POWER_ACTION SystemPowerAction, WDF_POWER_DEVICE_STATE DeviceState);

/* ---- acxrequest.h ---- */
typedef enum _ACX_REQUEST_TYPE {
	AcxRequestTypeUnknown = 0,
	AcxRequestTypeAny = 1,
	AcxRequestTypeCreate = 2,
	AcxRequestTypeProperty = 3,
	AcxRequestTypeMethod = 4,
	AcxRequestTypeEvent = 5,
	AcxRequestTypeResetState = 6,
	AcxRequestTypeMax
} ACX_REQUEST_TYPE;
typedef enum _ACX_ITEM_TYPE {
	AcxItemTypeDefault = 0,
	AcxItemTypeCircuit = 0,
	AcxItemTypeStream = 0,
	AcxItemTypeFactoryCircuit = 0,
	AcxItemTypePin = 1,
	AcxItemTypeElement = 2,
	AcxItemTypeMax
} ACX_ITEM_TYPE;
typedef enum _ACX_PROPERTY_VERB {
	AcxPropertyVerbNone = 0,
	AcxPropertyVerbGet = 1,
	AcxPropertyVerbSet = 2,
	AcxPropertyVerbBasicSupport = 3,
	AcxPropertyVerbSetSupport = 4,
	AcxPropertyVerbMax
} ACX_PROPERTY_VERB;
typedef enum _ACX_METHOD_VERB {
	AcxMethodVerbNone = 0,
	AcxMethodVerbSend = 1,
	AcxMethodVerbBasicSupport = 2,
	AcxMethodVerbSetSupport = 3,
	AcxMethodVerbMax
} ACX_METHOD_VERB;
typedef enum _ACX_EVENT_VERB {
	AcxEventVerbNone = 0,
	AcxEventVerbEnable = 1,
	AcxEventVerbDisable = 2,
	AcxEventVerbBasicSupport = 3,
	AcxEventVerbSetSupport = 4,
	AcxEventVerbMax
} ACX_EVENT_VERB;
#define AcxItemIdNone ((ULONG)(-1))
#define AcxItemIdAny ((ULONG)(-1))
#define AcxItemIdUnknown ((ULONG)(-1))
#define AcxItemFlagsAny ((ULONG)(-1))
#define AcxInstanceIndeterminate ((ULONG)(-1))
#define AcxCircuitId ((ULONG)(-1))
#define AcxStreamId ((ULONG)(-1))

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
			PVOID Data;
			ULONG DataCb;
			ACXEVENTDATA EventData;
		} Event;
		struct {
			PVOID Control;
			ULONG ControlCb;
		} Create;
	} Parameters;
} ACX_REQUEST_PARAMETERS, *PACX_REQUEST_PARAMETERS;

DRISO_INLINE VOID ACX_REQUEST_PARAMETERS_INIT(PACX_REQUEST_PARAMETERS Parameters)
{
	RtlZeroMemory(Parameters, sizeof(*Parameters));
	Parameters->Size = sizeof(*Parameters);
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

DRISO_INLINE VOID ACX_REQUEST_PARAMETERS_INIT_EVENT(PACX_REQUEST_PARAMETERS Params, const GUID Set, ULONG Id, ACX_EVENT_VERB Verb, ACX_ITEM_TYPE ItemType, ULONG ItemId, PVOID Data, ULONG DataCb, ACXEVENTDATA EventData)
{
	RtlZeroMemory(Params, sizeof(*Params));
	Params->Size = sizeof(*Params);
	Params->Type = AcxRequestTypeEvent;
	Params->Parameters.Event.Set = Set;
	Params->Parameters.Event.Id = Id;
	Params->Parameters.Event.Verb = Verb;
	Params->Parameters.Event.ItemType = ItemType;
	Params->Parameters.Event.ItemId = ItemId;
	Params->Parameters.Event.Data = Data;
	Params->Parameters.Event.DataCb = DataCb;
	Params->Parameters.Event.EventData = EventData;
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
	ULONG ResultType;
} ACX_METHOD_ITEM, *PACX_METHOD_ITEM;

#define ACX_EVENT_ITEM_FLAG_NONE 0x00000000
#define ACX_EVENT_ITEM_FLAG_ENABLE 0x00000001
#define ACX_EVENT_ITEM_FLAG_BASICSUPPORT 0x00000200
typedef struct _ACX_EVENT_ITEM {
	const GUID *Set;
	ULONG Id;
	ULONG Flags;
	PFN_ACX_OBJECT_PROCESS_EVENT_REQUEST EvtAcxObjectProcessRequest;
	PVOID Reserved;
} ACX_EVENT_ITEM, *PACX_EVENT_ITEM;

VOID AcxRequestGetParameters(WDFREQUEST Request, PACX_REQUEST_PARAMETERS Parameters);

/* ---- acxmisc.h: object bags ---- */
typedef enum _ACX_OBJECTBAG_CONFIG_FLAGS {
	AcxObjectBagConfigNoFlags = 0x00000000,
	AcxObjectBagConfigEnableReads = 0x00000001,
	AcxObjectBagConfigEnableWrites = 0x00000002,
	AcxObjectBagConfigFailIfExist = 0x00000004,
	AcxObjectBagConfigOpenWithHandle = 0x00000008,
	AcxObjectBagConfigValidFlags = 0x0000000F
} ACX_OBJECTBAG_CONFIG_FLAGS;
typedef struct _ACX_OBJECTBAG_CONFIG {
	ULONG Size;
	ULONG Flags;
	WDFKEY ParentKey;
	PCUNICODE_STRING Name;
	HANDLE Handle;
} ACX_OBJECTBAG_CONFIG, *PACX_OBJECTBAG_CONFIG;
DRISO_ACX_SIZED_INIT(ACX_OBJECTBAG_CONFIG, PACX_OBJECTBAG_CONFIG)
/* Property-name declarators: a const UNICODE_STRING named after the
 * property, with the namespace prefix of its owner. */
#define DECLARE_CONST_ACXOBJECTBAG_SYSTEM_PROPERTY_NAME(name) DECLARE_CONST_UNICODE_STRING(name, L"sys_" L## #name)
#define DECLARE_CONST_ACXOBJECTBAG_DRIVER_PROPERTY_NAME(ven, name) DECLARE_CONST_UNICODE_STRING(name, L"drv_" L## #ven L"_" L## #name)
#define DECLARE_CONST_ACXOBJECTBAG_USB_PROPERTY_NAME(name) DECLARE_CONST_UNICODE_STRING(name, L"usb_" L## #name)
#define DECLARE_CONST_ACXOBJECTBAG_HDAUDIO_PROPERTY_NAME(name) DECLARE_CONST_UNICODE_STRING(name, L"hda_" L## #name)
#define DECLARE_CONST_ACXOBJECTBAG_SOUNDWIRE_PROPERTY_NAME(name) DECLARE_CONST_UNICODE_STRING(name, L"sdca_" L## #name)
#define DECLARE_CONST_ACXOBJECTBAG_BLUETOOTH_PROPERTY_NAME(name) DECLARE_CONST_UNICODE_STRING(name, L"Bluetooth_" L## #name)
#define DECLARE_CONST_ACXOBJECTBAG_BLUETOOTHLEAUDIO_PROPERTY_NAME(name) DECLARE_CONST_UNICODE_STRING(name, L"BluetoothLEAudio_" L## #name)
NTSTATUS AcxObjectBagCreate(PWDF_OBJECT_ATTRIBUTES Attributes, PACX_OBJECTBAG_CONFIG Config, ACXOBJECTBAG *ObjectBag);
NTSTATUS AcxObjectBagOpen(PWDF_OBJECT_ATTRIBUTES Attributes, PACX_OBJECTBAG_CONFIG Config, ACXOBJECTBAG *ObjectBag);
NTSTATUS AcxObjectBagAddI1(ACXOBJECTBAG ObjectBag, PCUNICODE_STRING ValueName, CHAR Value);
NTSTATUS AcxObjectBagAddUI1(ACXOBJECTBAG ObjectBag, PCUNICODE_STRING ValueName, UCHAR Value);
NTSTATUS AcxObjectBagAddI2(ACXOBJECTBAG ObjectBag, PCUNICODE_STRING ValueName, SHORT Value);
NTSTATUS AcxObjectBagAddUI2(ACXOBJECTBAG ObjectBag, PCUNICODE_STRING ValueName, USHORT Value);
NTSTATUS AcxObjectBagAddI4(ACXOBJECTBAG ObjectBag, PCUNICODE_STRING ValueName, LONG Value);
NTSTATUS AcxObjectBagAddUI4(ACXOBJECTBAG ObjectBag, PCUNICODE_STRING ValueName, ULONG Value);
NTSTATUS AcxObjectBagAddI8(ACXOBJECTBAG ObjectBag, PCUNICODE_STRING ValueName, LONG64 Value);
NTSTATUS AcxObjectBagAddUI8(ACXOBJECTBAG ObjectBag, PCUNICODE_STRING ValueName, ULONG64 Value);
NTSTATUS AcxObjectBagAddSizeT(ACXOBJECTBAG ObjectBag, PCUNICODE_STRING ValueName, size_t Value);
NTSTATUS AcxObjectBagAddGuid(ACXOBJECTBAG ObjectBag, PCUNICODE_STRING ValueName, GUID Value);
NTSTATUS AcxObjectBagAddUnicodeString(ACXOBJECTBAG ObjectBag, PCUNICODE_STRING ValueName, PCUNICODE_STRING Value);
NTSTATUS AcxObjectBagAddString(ACXOBJECTBAG ObjectBag, PCUNICODE_STRING ValueName, WDFSTRING Value);
NTSTATUS AcxObjectBagAddBlob(ACXOBJECTBAG ObjectBag, PCUNICODE_STRING ValueName, WDFMEMORY Value);
NTSTATUS AcxObjectBagAddMultiString(ACXOBJECTBAG ObjectBag, PCUNICODE_STRING ValueName, WDFCOLLECTION Values);
NTSTATUS AcxObjectBagRetrieveI1(ACXOBJECTBAG ObjectBag, PCUNICODE_STRING ValueName, CHAR *Value);
NTSTATUS AcxObjectBagRetrieveUI1(ACXOBJECTBAG ObjectBag, PCUNICODE_STRING ValueName, UCHAR *Value);
NTSTATUS AcxObjectBagRetrieveI2(ACXOBJECTBAG ObjectBag, PCUNICODE_STRING ValueName, SHORT *Value);
NTSTATUS AcxObjectBagRetrieveUI2(ACXOBJECTBAG ObjectBag, PCUNICODE_STRING ValueName, USHORT *Value);
NTSTATUS AcxObjectBagRetrieveI4(ACXOBJECTBAG ObjectBag, PCUNICODE_STRING ValueName, LONG *Value);
NTSTATUS AcxObjectBagRetrieveUI4(ACXOBJECTBAG ObjectBag, PCUNICODE_STRING ValueName, ULONG *Value);
NTSTATUS AcxObjectBagRetrieveI8(ACXOBJECTBAG ObjectBag, PCUNICODE_STRING ValueName, LONG64 *Value);
NTSTATUS AcxObjectBagRetrieveUI8(ACXOBJECTBAG ObjectBag, PCUNICODE_STRING ValueName, ULONG64 *Value);
NTSTATUS AcxObjectBagRetrieveSizeT(ACXOBJECTBAG ObjectBag, PCUNICODE_STRING ValueName, size_t *Value);
NTSTATUS AcxObjectBagRetrieveGuid(ACXOBJECTBAG ObjectBag, PCUNICODE_STRING ValueName, GUID *Value);
NTSTATUS AcxObjectBagRetrieveUnicodeString(ACXOBJECTBAG ObjectBag, PCUNICODE_STRING ValueName, PUNICODE_STRING Value);
NTSTATUS AcxObjectBagRetrieveString(ACXOBJECTBAG ObjectBag, PCUNICODE_STRING ValueName, WDFSTRING Value);
NTSTATUS AcxObjectBagRetrieveBlob(ACXOBJECTBAG ObjectBag, PCUNICODE_STRING ValueName, PWDF_OBJECT_ATTRIBUTES ValueAttributes, WDFMEMORY *Value);
NTSTATUS AcxObjectBagRetrieveMultiString(ACXOBJECTBAG ObjectBag, PCUNICODE_STRING ValueName, PWDF_OBJECT_ATTRIBUTES StringsAttributes, WDFCOLLECTION Values);

/* ---- acxdataformat.h ---- */
typedef enum _ACX_DATAFORMAT_TYPE {
	AcxDataFormatKsFormat = 0x00000000,
	AcxDataFormatMaximum
} ACX_DATAFORMAT_TYPE;
typedef enum _ACX_DATAFORMAT_CONFIG_FLAGS {
	AcxDataFormatConfigNoFlags = 0x00000000,
	AcxDataFormatConfigValidFlags = 0x00000000
} ACX_DATAFORMAT_CONFIG_FLAGS;
typedef struct _ACX_DATAFORMAT_CONFIG {
	ULONG Size;
	ULONG Flags;
	ACX_DATAFORMAT_TYPE Type;
	union {
		PVOID KsFormat;
	} u;
} ACX_DATAFORMAT_CONFIG, *PACX_DATAFORMAT_CONFIG;
DRISO_ACX_SIZED_INIT(ACX_DATAFORMAT_CONFIG, PACX_DATAFORMAT_CONFIG)
DRISO_INLINE VOID ACX_DATAFORMAT_CONFIG_INIT_KS(PACX_DATAFORMAT_CONFIG Config, PVOID Format)
{
	RtlZeroMemory(Config, sizeof(*Config));
	Config->Size = sizeof(*Config);
	Config->Type = AcxDataFormatKsFormat;
	Config->u.KsFormat = Format;
}
typedef enum _ACX_DATAFORMAT_LIST_CONFIG_FLAGS {
	AcxDataFormatListConfigNoFlags = 0x00000000,
	AcxDataFormatListConfigValidFlags = 0x00000000
} ACX_DATAFORMAT_LIST_CONFIG_FLAGS;
typedef struct _ACX_DATAFORMAT_LIST_CONFIG {
	ULONG Size;
	ULONG Flags;
} ACX_DATAFORMAT_LIST_CONFIG, *PACX_DATAFORMAT_LIST_CONFIG;
DRISO_ACX_SIZED_INIT(ACX_DATAFORMAT_LIST_CONFIG, PACX_DATAFORMAT_LIST_CONFIG)
typedef enum _ACX_DATAFORMAT_LIST_ITERATOR_CONFIG_FLAGS {
	AcxDataFormatListIteratorConfigNoFlags = 0x00000000,
	AcxDataFormatListIteratorConfigValidFlags = 0x00000000
} ACX_DATAFORMAT_LIST_ITERATOR_CONFIG_FLAGS;
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
NTSTATUS AcxDataFormatCreate(WDFDEVICE Device, PWDF_OBJECT_ATTRIBUTES Attributes, PACX_DATAFORMAT_CONFIG Config, ACXDATAFORMAT *DataFormat);
BOOLEAN AcxDataFormatIsEqual(ACXDATAFORMAT DataFormat1, ACXDATAFORMAT DataFormat2);
ACX_DATAFORMAT_TYPE AcxDataFormatGetDataFormatType(ACXDATAFORMAT DataFormat);
PVOID AcxDataFormatGetKsDataFormat(ACXDATAFORMAT DataFormat);
PVOID AcxDataFormatGetWaveFormatEx(ACXDATAFORMAT DataFormat);
PVOID AcxDataFormatGetWaveFormatExtensible(ACXDATAFORMAT DataFormat);
PVOID AcxDataFormatGetWaveFormatExtensibleIec61937(ACXDATAFORMAT DataFormat);
GUID AcxDataFormatGetMajorFormat(ACXDATAFORMAT DataFormat);
GUID AcxDataFormatGetSubFormat(ACXDATAFORMAT DataFormat);
GUID AcxDataFormatGetSpecifier(ACXDATAFORMAT DataFormat);
USHORT AcxDataFormatGetChannelsCount(ACXDATAFORMAT DataFormat);
ULONG AcxDataFormatGetSampleRate(ACXDATAFORMAT DataFormat);
ULONG AcxDataFormatGetBitsPerSample(ACXDATAFORMAT DataFormat);
ULONG AcxDataFormatGetValidBitsPerSample(ACXDATAFORMAT DataFormat);
ULONG AcxDataFormatGetBlockAlign(ACXDATAFORMAT DataFormat);
ULONG AcxDataFormatGetAverageBytesPerSec(ACXDATAFORMAT DataFormat);
ULONGLONG AcxDataFormatGetChannelMask(ACXDATAFORMAT DataFormat);
ULONG AcxDataFormatGetSampleSize(ACXDATAFORMAT DataFormat);
ULONG AcxDataFormatGetSamplesPerBlock(ACXDATAFORMAT DataFormat);
ULONG AcxDataFormatGetEncodedSamplesPerSec(ACXDATAFORMAT DataFormat);
ULONG AcxDataFormatGetEncodedChannelCount(ACXDATAFORMAT DataFormat);
ULONG AcxDataFormatGetEncodedAverageBytesPerSec(ACXDATAFORMAT DataFormat);
NTSTATUS AcxDataFormatListCreate(WDFDEVICE Device, PWDF_OBJECT_ATTRIBUTES Attributes, PACX_DATAFORMAT_LIST_CONFIG Config, ACXDATAFORMATLIST *DataFormatList);
NTSTATUS AcxDataFormatListAddDataFormat(ACXDATAFORMATLIST AcxDataFormatList, ACXDATAFORMAT AcxDataFormat);
NTSTATUS AcxDataFormatListRemoveDataFormat(ACXDATAFORMATLIST AcxDataFormatList, ACXDATAFORMAT AcxDataFormat);
NTSTATUS AcxDataFormatListRemoveDataFormats(ACXDATAFORMATLIST AcxDataFormatList);
NTSTATUS AcxDataFormatListAssignDefaultDataFormat(ACXDATAFORMATLIST AcxDataFormatList, ACXDATAFORMAT AcxDataFormat);
NTSTATUS AcxDataFormatListRetrieveDefaultDataFormat(ACXDATAFORMATLIST AcxDataFormatList, ACXDATAFORMAT *AcxDataFormat);
VOID AcxDataFormatListBeginIteration(ACXDATAFORMATLIST AcxDataFormatList, PACX_DATAFORMAT_LIST_ITERATOR Iterator);
NTSTATUS AcxDataFormatListRetrieveNextFormat(ACXDATAFORMATLIST AcxDataFormatList, PACX_DATAFORMAT_LIST_ITERATOR Iterator, ACXDATAFORMAT *Format);
VOID AcxDataFormatListEndIteration(ACXDATAFORMATLIST AcxDataFormatList, PACX_DATAFORMAT_LIST_ITERATOR Iterator);

/* ---- acxcircuit.h ---- */
typedef enum _ACX_CIRCUIT_TYPE {
	AcxCircuitTypeOther = 0,
	AcxCircuitTypeRender = 1,
	AcxCircuitTypeCapture = 2,
	AcxCircuitTypeMaximum
} ACX_CIRCUIT_TYPE;
typedef enum _ACX_STOP_IO_FLAGS {
	AcxStopIoNoFlags = 0x00000000,
	AcxStopIoValidFlags = 0x00000000
} ACX_STOP_IO_FLAGS;
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
DRISO_INLINE VOID ACX_CIRCUIT_PNPPOWER_CALLBACKS_INIT(PACX_CIRCUIT_PNPPOWER_CALLBACKS PnpPowerCallbacks)
{
	RtlZeroMemory(PnpPowerCallbacks, sizeof(*PnpPowerCallbacks));
	PnpPowerCallbacks->Size = sizeof(*PnpPowerCallbacks);
}
typedef NTSTATUS EVT_ACX_CIRCUIT_COMPOSITE_CIRCUIT_INITIALIZE(WDFDEVICE Device, ACXCIRCUIT Circuit, ACXOBJECTBAG CircuitProperties);
typedef EVT_ACX_CIRCUIT_COMPOSITE_CIRCUIT_INITIALIZE *PFN_ACX_CIRCUIT_COMPOSITE_CIRCUIT_INITIALIZE;
typedef NTSTATUS EVT_ACX_CIRCUIT_COMPOSITE_INITIALIZE(WDFDEVICE Device, ACXCIRCUIT Circuit, ACXOBJECTBAG CompositeProperties);
typedef EVT_ACX_CIRCUIT_COMPOSITE_INITIALIZE *PFN_ACX_CIRCUIT_COMPOSITE_INITIALIZE;
typedef VOID EVT_ACX_CIRCUIT_COMPOSITE_DEINITIALIZE(WDFDEVICE Device, ACXCIRCUIT Circuit, ACXOBJECTBAG CompositeProperties);
typedef EVT_ACX_CIRCUIT_COMPOSITE_DEINITIALIZE *PFN_ACX_CIRCUIT_COMPOSITE_DEINITIALIZE;
typedef struct _ACX_CIRCUIT_COMPOSITE_CALLBACKS {
	ULONG Size;
	PFN_ACX_CIRCUIT_COMPOSITE_CIRCUIT_INITIALIZE EvtAcxCircuitCompositeCircuitInitialize;
	PFN_ACX_CIRCUIT_COMPOSITE_INITIALIZE EvtAcxCircuitCompositeInitialize;
	PFN_ACX_CIRCUIT_COMPOSITE_DEINITIALIZE EvtAcxCircuitCompositeDeinitialize;
} ACX_CIRCUIT_COMPOSITE_CALLBACKS, *PACX_CIRCUIT_COMPOSITE_CALLBACKS;
DRISO_INLINE VOID ACX_CIRCUIT_COMPOSITE_CALLBACKS_INIT(PACX_CIRCUIT_COMPOSITE_CALLBACKS CompositeCallbacks)
{
	RtlZeroMemory(CompositeCallbacks, sizeof(*CompositeCallbacks));
	CompositeCallbacks->Size = sizeof(*CompositeCallbacks);
}

PACXCIRCUIT_INIT AcxCircuitInitAllocate(WDFDEVICE Device);
VOID AcxCircuitInitFree(PACXCIRCUIT_INIT CircuitInit);
VOID AcxCircuitInitSetComponentId(PACXCIRCUIT_INIT CircuitInit, const GUID *ComponentId);
NTSTATUS AcxCircuitInitAssignComponentUri(PACXCIRCUIT_INIT CircuitInit, PCUNICODE_STRING ComponentUri);
NTSTATUS AcxCircuitInitAssignName(PACXCIRCUIT_INIT CircuitInit, PCUNICODE_STRING CircuitName);
NTSTATUS AcxCircuitInitAssignCategories(PACXCIRCUIT_INIT CircuitInit, const GUID *Categories, ULONG CategoriesCount);
VOID AcxCircuitInitSetCircuitType(PACXCIRCUIT_INIT CircuitInit, ACX_CIRCUIT_TYPE CircuitType);
VOID AcxCircuitInitSetAcxCircuitPnpPowerCallbacks(PACXCIRCUIT_INIT CircuitInit, PACX_CIRCUIT_PNPPOWER_CALLBACKS EvtPnpPowerCallbacks);
VOID AcxCircuitInitSetAcxCircuitCompositeCallbacks(PACXCIRCUIT_INIT CircuitInit, PACX_CIRCUIT_COMPOSITE_CALLBACKS EvtCompositeCallbacks);
NTSTATUS AcxCircuitInitAssignAcxCreateStreamCallback(PACXCIRCUIT_INIT CircuitInit, PFN_ACX_CIRCUIT_CREATE_STREAM EvtCircuitCreateStream);
NTSTATUS AcxCircuitInitAssignAcxRequestPreprocessCallback(PACXCIRCUIT_INIT CircuitInit, PFN_ACX_OBJECT_PREPROCESS_REQUEST EvtObjectAcxRequestPreprocess, ACXCONTEXT DriverContext, ACX_REQUEST_TYPE RequestType, const GUID *Set, ULONG Id);
NTSTATUS AcxCircuitInitAssignProperties(PACXCIRCUIT_INIT CircuitInit, PACX_PROPERTY_ITEM Properties, ULONG PropertiesCount);
NTSTATUS AcxCircuitInitAssignMethods(PACXCIRCUIT_INIT CircuitInit, PACX_METHOD_ITEM Methods, ULONG MethodsCount);
VOID AcxCircuitInitDisableDefaultStreamBridgeHandling(PACXCIRCUIT_INIT CircuitInit);
NTSTATUS AcxCircuitCreate(WDFDEVICE Device, PWDF_OBJECT_ATTRIBUTES Attributes, PACXCIRCUIT_INIT *Config, ACXCIRCUIT *Circuit);
WDFDEVICE AcxCircuitGetWdfDevice(ACXCIRCUIT Circuit);
NTSTATUS AcxCircuitAddPins(ACXCIRCUIT Circuit, ACXPIN *Pins, ULONG PinsCount);
NTSTATUS AcxCircuitAddElements(ACXCIRCUIT Circuit, ACXELEMENT *Elements, ULONG ElementsCount);
NTSTATUS AcxCircuitAddEvents(ACXCIRCUIT Circuit, ACXEVENT *Events, ULONG EventsCount);
ACXPIN AcxCircuitGetPinById(ACXCIRCUIT Circuit, ULONG PinId);
ULONG AcxCircuitGetPinsCount(ACXCIRCUIT Circuit);
ACXELEMENT AcxCircuitGetElementById(ACXCIRCUIT Circuit, ULONG ElementId);
ULONG AcxCircuitGetElementsCount(ACXCIRCUIT Circuit);
ACX_CIRCUIT_TYPE AcxCircuitGetCircuitType(ACXCIRCUIT Circuit);
GUID AcxCircuitGetNotificationId(ACXCIRCUIT Circuit);
WDFSTRING AcxCircuitGetSymbolicLinkName(ACXCIRCUIT Circuit);
NTSTATUS AcxCircuitDispatchAcxRequest(ACXCIRCUIT Circuit, WDFREQUEST Request);
/* Stop/resume circuit I/O; the plain and WithTag forms are macros over
 * the *Actual routines (as Learn describes them). */
NTSTATUS AcxCircuitStopIoActual(ACXCIRCUIT Circuit, ULONG Flags, PVOID ObjectTag, LONG Line, PCCH File);
VOID AcxCircuitResumeIoActual(ACXCIRCUIT Circuit, PVOID ObjectTag, LONG Line, PCCH File);
#define AcxCircuitStopIo(Circuit, Flags) AcxCircuitStopIoWithTag(Circuit, Flags, NULL)
#define AcxCircuitStopIoWithTag(Circuit, Flags, Tag) AcxCircuitStopIoActual(Circuit, Flags, Tag, __LINE__, __FILE__)
#define AcxCircuitResumeIo(Circuit) AcxCircuitResumeIoWithTag(Circuit, NULL)
#define AcxCircuitResumeIoWithTag(Circuit, Tag) AcxCircuitResumeIoActual(Circuit, Tag, __LINE__, __FILE__)

/* connections between pins and elements (objects: circuit, element, pin).
 * The ACX_CONNECTION_FLAGS bit values are driso's (Learn lists the names
 * without values). */
typedef enum _ACX_CONNECTION_FLAGS {
	AcxConnectionNoFlags = 0x00000000,
	AcxConnectionFromPinId = 0x00000000,
	AcxConnectionFromPinObject = 0x00000001,
	AcxConnectionToPinId = 0x00000000,
	AcxConnectionToPinObject = 0x00000002,
	AcxConnectionValidFlags = 0x00000003
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

/* ---- factory circuits ---- */
typedef enum _ACX_FACTORY_CIRCUIT_ADD_CIRCUIT_FLAGS {
	AcxFactoryCircitAddCircuitConfigNoFlags = 0x00000000,
	AcxFactoryCircitAddCircuitConfigValidFlags = 0x00000000
} ACX_FACTORY_CIRCUIT_ADD_CIRCUIT_FLAGS;
typedef struct _ACX_FACTORY_CIRCUIT_ADD_CIRCUIT {
	ULONG Size;
	ULONG Flags;
	GUID CircuitUniqueId;
	HANDLE CompositeProperties;
	HANDLE FactoryProperties;
	HANDLE CircuitProperties;
	PCUNICODE_STRING TargetSymbolicLinkName;
} ACX_FACTORY_CIRCUIT_ADD_CIRCUIT, *PACX_FACTORY_CIRCUIT_ADD_CIRCUIT;
DRISO_INLINE VOID ACX_FACTORY_CIRCUIT_ADD_CIRCUIT_INIT(PACX_FACTORY_CIRCUIT_ADD_CIRCUIT Parameters)
{
	RtlZeroMemory(Parameters, sizeof(*Parameters));
	Parameters->Size = sizeof(*Parameters);
}
typedef enum _ACX_FACTORY_CIRCUIT_REMOVE_CIRCUIT_FLAGS {
	AcxFactoryCircitRemoveCircuitConfigNoFlags = 0x00000000,
	AcxFactoryCircitRemoveCircuitConfigValidFlags = 0x00000000
} ACX_FACTORY_CIRCUIT_REMOVE_CIRCUIT_FLAGS;
typedef struct _ACX_FACTORY_CIRCUIT_REMOVE_CIRCUIT {
	ULONG Size;
	ULONG Flags;
	GUID CircuitUniqueId;
} ACX_FACTORY_CIRCUIT_REMOVE_CIRCUIT, *PACX_FACTORY_CIRCUIT_REMOVE_CIRCUIT;
DRISO_INLINE VOID ACX_FACTORY_CIRCUIT_REMOVE_CIRCUIT_INIT(PACX_FACTORY_CIRCUIT_REMOVE_CIRCUIT Parameters)
{
	RtlZeroMemory(Parameters, sizeof(*Parameters));
	Parameters->Size = sizeof(*Parameters);
}
typedef NTSTATUS EVT_ACX_FACTORY_CIRCUIT_CREATE_CIRCUITDEVICE(WDFDEVICE Parent, ACXFACTORYCIRCUIT Factory, PACX_FACTORY_CIRCUIT_ADD_CIRCUIT Config, WDFDEVICE *Device);
typedef EVT_ACX_FACTORY_CIRCUIT_CREATE_CIRCUITDEVICE *PFN_ACX_FACTORY_CIRCUIT_CREATE_CIRCUITDEVICE;
typedef NTSTATUS EVT_ACX_FACTORY_CIRCUIT_DELETE_CIRCUITDEVICE(WDFDEVICE Parent, ACXFACTORYCIRCUIT Factory, WDFDEVICE Device);
typedef EVT_ACX_FACTORY_CIRCUIT_DELETE_CIRCUITDEVICE *PFN_ACX_FACTORY_CIRCUIT_DELETE_CIRCUITDEVICE;
typedef NTSTATUS EVT_ACX_FACTORY_CIRCUIT_CREATE_CIRCUIT(WDFDEVICE Parent, WDFDEVICE Device, ACXFACTORYCIRCUIT Factory, PACX_FACTORY_CIRCUIT_ADD_CIRCUIT Config, PACXCIRCUIT_INIT CircuitInit);
typedef EVT_ACX_FACTORY_CIRCUIT_CREATE_CIRCUIT *PFN_ACX_FACTORY_CIRCUIT_CREATE_CIRCUIT;
typedef struct _ACX_FACTORY_CIRCUIT_OPERATION_CALLBACKS {
	ULONG Size;
	PFN_ACX_FACTORY_CIRCUIT_CREATE_CIRCUITDEVICE EvtAcxFactoryCircuitCreateCircuitDevice;
	PFN_ACX_FACTORY_CIRCUIT_DELETE_CIRCUITDEVICE EvtAcxFactoryCircuitDeleteCircuitDevice;
	PFN_ACX_FACTORY_CIRCUIT_CREATE_CIRCUIT EvtAcxFactoryCircuitCreateCircuit;
} ACX_FACTORY_CIRCUIT_OPERATION_CALLBACKS, *PACX_FACTORY_CIRCUIT_OPERATION_CALLBACKS;
DRISO_INLINE VOID ACX_FACTORY_CIRCUIT_OPERATION_CALLBACKS_INIT(PACX_FACTORY_CIRCUIT_OPERATION_CALLBACKS Config)
{
	RtlZeroMemory(Config, sizeof(*Config));
	Config->Size = sizeof(*Config);
}
typedef NTSTATUS EVT_ACX_FACTORY_CIRCUIT_PREPARE_HARDWARE(WDFDEVICE Device, ACXFACTORYCIRCUIT Factory, WDFCMRESLIST ResourcesRaw, WDFCMRESLIST ResourcesTranslated);
typedef EVT_ACX_FACTORY_CIRCUIT_PREPARE_HARDWARE *PFN_ACX_FACTORY_CIRCUIT_PREPARE_HARDWARE;
typedef NTSTATUS EVT_ACX_FACTORY_CIRCUIT_RELEASE_HARDWARE(WDFDEVICE Device, ACXFACTORYCIRCUIT Factory, WDFCMRESLIST ResourcesTranslated);
typedef EVT_ACX_FACTORY_CIRCUIT_RELEASE_HARDWARE *PFN_ACX_FACTORY_CIRCUIT_RELEASE_HARDWARE;
typedef NTSTATUS EVT_ACX_FACTORY_CIRCUIT_POWER_UP(WDFDEVICE Device, ACXFACTORYCIRCUIT Factory, WDF_POWER_DEVICE_STATE PreviousState);
typedef EVT_ACX_FACTORY_CIRCUIT_POWER_UP *PFN_ACX_FACTORY_CIRCUIT_POWER_UP;
typedef NTSTATUS EVT_ACX_FACTORY_CIRCUIT_POWER_DOWN(WDFDEVICE Device, ACXFACTORYCIRCUIT Factory, WDF_POWER_DEVICE_STATE TargetState);
typedef EVT_ACX_FACTORY_CIRCUIT_POWER_DOWN *PFN_ACX_FACTORY_CIRCUIT_POWER_DOWN;
typedef struct _ACX_FACTORY_CIRCUIT_PNPPOWER_CALLBACKS {
	ULONG Size;
	PFN_ACX_FACTORY_CIRCUIT_PREPARE_HARDWARE EvtAcxFactoryCircuitPrepareHardware;
	PFN_ACX_FACTORY_CIRCUIT_RELEASE_HARDWARE EvtAcxFactoryCircuitReleaseHardware;
	PFN_ACX_FACTORY_CIRCUIT_POWER_UP EvtAcxFactoryCircuitPowerUp;
	PFN_ACX_FACTORY_CIRCUIT_POWER_DOWN EvtAcxFactoryCircuitPowerDown;
} ACX_FACTORY_CIRCUIT_PNPPOWER_CALLBACKS, *PACX_FACTORY_CIRCUIT_PNPPOWER_CALLBACKS;
DRISO_INLINE VOID ACX_FACTORY_CIRCUIT_PNPPOWER_CALLBACKS_INIT(PACX_FACTORY_CIRCUIT_PNPPOWER_CALLBACKS PnpPowerCallbacks)
{
	RtlZeroMemory(PnpPowerCallbacks, sizeof(*PnpPowerCallbacks));
	PnpPowerCallbacks->Size = sizeof(*PnpPowerCallbacks);
}
PACXFACTORYCIRCUIT_INIT AcxFactoryCircuitInitAllocate(WDFDEVICE Device);
VOID AcxFactoryCircuitInitFree(PACXFACTORYCIRCUIT_INIT FactoryInit);
VOID AcxFactoryCircuitInitSetComponentId(PACXFACTORYCIRCUIT_INIT FactoryInit, const GUID *ComponentId);
NTSTATUS AcxFactoryCircuitInitAssignComponentUri(PACXFACTORYCIRCUIT_INIT FactoryInit, PCUNICODE_STRING ComponentUri);
NTSTATUS AcxFactoryCircuitInitAssignName(PACXFACTORYCIRCUIT_INIT FactoryInit, PCUNICODE_STRING FactoryName);
NTSTATUS AcxFactoryCircuitInitAssignCategories(PACXFACTORYCIRCUIT_INIT FactoryInit, const GUID *Categories, ULONG CategoriesCount);
VOID AcxFactoryCircuitInitSetOperationCallbacks(PACXFACTORYCIRCUIT_INIT FactoryInit, PACX_FACTORY_CIRCUIT_OPERATION_CALLBACKS EvtOperationCallbacks);
VOID AcxFactoryCircuitInitSetAcxCircuitPnpPowerCallbacks(PACXFACTORYCIRCUIT_INIT FactoryInit, PACX_FACTORY_CIRCUIT_PNPPOWER_CALLBACKS EvtPnpPowerCallbacks);
NTSTATUS AcxFactoryCircuitInitAssignAcxRequestPreprocessCallback(PACXFACTORYCIRCUIT_INIT FactoryInit, PFN_ACX_OBJECT_PREPROCESS_REQUEST EvtObjectAcxRequestPreprocess, ACXCONTEXT DriverContext, ACX_REQUEST_TYPE RequestType, const GUID *Set, ULONG Id);
NTSTATUS AcxFactoryCircuitInitAssignProperties(PACXFACTORYCIRCUIT_INIT FactoryInit, PACX_PROPERTY_ITEM Properties, ULONG PropertiesCount);
NTSTATUS AcxFactoryCircuitInitAssignMethods(PACXFACTORYCIRCUIT_INIT FactoryInit, PACX_METHOD_ITEM Methods, ULONG MethodsCount);
NTSTATUS AcxFactoryCircuitCreate(WDFDEVICE Device, PWDF_OBJECT_ATTRIBUTES Attributes, PACXFACTORYCIRCUIT_INIT *Config, ACXFACTORYCIRCUIT *Factory);
NTSTATUS AcxFactoryCircuitAddElements(ACXFACTORYCIRCUIT Circuit, ACXELEMENT *Elements, ULONG ElementsCount);
NTSTATUS AcxFactoryCircuitDispatchAcxRequest(ACXFACTORYCIRCUIT Factory, WDFREQUEST Request);
WDFDEVICE AcxFactoryCircuitGetWdfDevice(ACXFACTORYCIRCUIT Factory);
WDFSTRING AcxFactoryCircuitGetSymbolicLinkName(ACXCIRCUIT Circuit);

/* ---- acxmanager.h: circuit / composite templates ---- */
typedef enum _ACX_CIRCUIT_TEMPLATE_CONFIG_FLAGS {
	AcxCircuitTemplateConfigNoFlags = 0x00000000,
	AcxCircuitTemplateCircuitOnDemand = 0x00000001,
	AcxCircuitTemplateConfigValidFlags = 0x00000001
} ACX_CIRCUIT_TEMPLATE_CONFIG_FLAGS;
typedef struct _ACX_CIRCUIT_TEMPLATE_CONFIG {
	ULONG Size;
	ULONG Flags;
	const GUID *ContainerId;
	ACXOBJECTBAG FactoryProperties;
	const GUID *FactoryId;
	PCUNICODE_STRING FactoryUri;
	PCUNICODE_STRING FactoryName;
	ACXOBJECTBAG CircuitProperties;
	const GUID *CircuitId;
	PCUNICODE_STRING CircuitUri;
	PCUNICODE_STRING CircuitName;
} ACX_CIRCUIT_TEMPLATE_CONFIG, *PACX_CIRCUIT_TEMPLATE_CONFIG;
DRISO_ACX_SIZED_INIT(ACX_CIRCUIT_TEMPLATE_CONFIG, PACX_CIRCUIT_TEMPLATE_CONFIG)
typedef enum _ACX_COMPOSITE_TEMPLATE_CONFIG_FLAGS {
	AcxCompositeTemplateConfigNoFlags = 0x00000000,
	AcxCompositeTemplateConfigPrivate = 0x00000001,
	AcxCompositeTemplateConfigSingleton = 0x00000002,
	AcxCompositeTemplateConfigValidFlags = 0x00000003
} ACX_COMPOSITE_TEMPLATE_CONFIG_FLAGS;
typedef struct _ACX_COMPOSITE_TEMPLATE_CONFIG {
	ULONG Size;
	ULONG Flags;
	ACXOBJECTBAG Properties;
} ACX_COMPOSITE_TEMPLATE_CONFIG, *PACX_COMPOSITE_TEMPLATE_CONFIG;
DRISO_ACX_SIZED_INIT(ACX_COMPOSITE_TEMPLATE_CONFIG, PACX_COMPOSITE_TEMPLATE_CONFIG)
NTSTATUS AcxCircuitTemplateCreate(WDFDRIVER Driver, PWDF_OBJECT_ATTRIBUTES Attributes, PACX_CIRCUIT_TEMPLATE_CONFIG Config, ACXCIRCUITTEMPLATE *Template);
NTSTATUS AcxCompositeTemplateCreate(WDFDRIVER Driver, PWDF_OBJECT_ATTRIBUTES Attributes, PACX_COMPOSITE_TEMPLATE_CONFIG Config, ACXCOMPOSITETEMPLATE *Template);
NTSTATUS AcxCompositeTemplateAssignCircuits(ACXCOMPOSITETEMPLATE CompositeTemplate, ACXCIRCUITTEMPLATE *CircuitTemplates, ULONG CircuitTemplatesCount);
VOID AcxCompositeTemplateSetCoreCircuit(ACXCOMPOSITETEMPLATE CompositeTemplate, ACXCIRCUITTEMPLATE CircuitTemplates);
ACXMANAGER AcxGetManager(ACXCONTEXT Context);
NTSTATUS AcxManagerAddCompositeTemplate(ACXMANAGER Manager, ACXCOMPOSITETEMPLATE Template);
NTSTATUS AcxManagerRemoveCompositeTemplate(ACXMANAGER Manager, ACXCOMPOSITETEMPLATE Template);

/* ---- acxpin.h ---- */
typedef enum _ACX_PIN_TYPE {
	AcxPinTypeOther = 0,
	AcxPinTypeSink = 1,
	AcxPinTypeSource = 2,
	AcxPinTypeMaximum
} ACX_PIN_TYPE;
typedef enum _ACX_PIN_COMMUNICATION {
	AcxPinCommunicationNone = 0,
	AcxPinCommunicationSink = 1,
	AcxPinCommunicationSource = 2,
	AcxPinCommunicationMaximum
} ACX_PIN_COMMUNICATION;
typedef enum _ACX_PIN_QUALIFIER {
	AcxPinQualifierUnknown = 0,
	AcxPinQualifierBridgeA = 1,
	AcxPinQualifierBridgeB = 2,
	AcxPinQualifierBridgeDevice = 3,
	AcxPinQualifierMaximum
} ACX_PIN_QUALIFIER;

/* jacks */
typedef enum _ACX_JACK_CONNECTION_TYPE {
	AcxConnTypeUnknown,
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
	AcxGeoLocRear = 0x1,
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
	AcxGeoLocReserved6,
	AcxJackGeoLocationMaximum
} ACX_JACK_GEO_LOCATION;
typedef enum _ACX_JACK_GEN_LOCATION {
	AcxGenLocPrimaryBox = 0,
	AcxGenLocInternal,
	AcxGenLocSeparate,
	AcxGenLocOther,
	AcxJackGenLocationMaximum
} ACX_JACK_GEN_LOCATION;
typedef enum _ACX_JACK_PORT_CONNECTION {
	AcxPortConnJack = 0,
	AcxPortConnIntegratedDevice,
	AcxPortConnBothIntegratedAndJack,
	AcxPortConnUnknown
} ACX_JACK_PORT_CONNECTION;
typedef struct _ACX_JACK_DESCRIPTION {
	ULONG ChannelMapping;
	ULONG Color;
	ACX_JACK_CONNECTION_TYPE ConnectionType;
	ACX_JACK_GEO_LOCATION GeoLocation;
	ACX_JACK_GEN_LOCATION GenLocation;
	ACX_JACK_PORT_CONNECTION PortConnection;
} ACX_JACK_DESCRIPTION, *PACX_JACK_DESCRIPTION;
typedef enum _ACX_JACK_SINK_INFO_CONNECTION_TYPE {
	AcxJackSinkInfoConnectionTypeHdmi = 0,
	AcxJackSinkInfoConnectionTypeDisplayPort
} ACX_JACK_SINK_INFO_CONNECTION_TYPE;
#define ACX_MAX_JACK_SINK_DESCRIPTION_NAME_LENGTH 32
typedef struct _ACX_JACK_SINK_INFORMATION {
	ACX_JACK_SINK_INFO_CONNECTION_TYPE ConnType;
	USHORT ManufacturerId;
	USHORT ProductId;
	USHORT AudioLatency;
	BOOLEAN HDCPCapable;
	BOOLEAN AICapable;
	UCHAR SinkDescriptionLength;
	WCHAR SinkDescription[ACX_MAX_JACK_SINK_DESCRIPTION_NAME_LENGTH];
	LUID PortId;
} ACX_JACK_SINK_INFORMATION, *PACX_JACK_SINK_INFORMATION;
typedef NTSTATUS EVT_ACX_JACK_RETRIEVE_PRESENCE_STATE(ACXJACK Jack, PBOOLEAN IsConnected);
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
typedef enum _ACX_JACK_CONFIG_FLAGS {
	AcxJackConfigNoFlags = 0x00000000,
	AcxJackConfigJackDetection = 0x00000001,
	AcxJackConfigValidFlags = 0x00000001
} ACX_JACK_CONFIG_FLAGS;
#define AcxJackPropertiesIdDefault ((ULONG)(-1))
#define AcxJackPropertiesIdNone ((ULONG)(-1))
typedef struct _ACX_JACK_CONFIG {
	ULONG Size;
	ULONG Id;
	ULONG Flags;
	PACX_JACK_CALLBACKS Callbacks;
	ACX_JACK_DESCRIPTION Description;
} ACX_JACK_CONFIG, *PACX_JACK_CONFIG;
DRISO_INLINE VOID ACX_JACK_CONFIG_INIT_ID(PACX_JACK_CONFIG Config, ULONG Id)
{
	RtlZeroMemory(Config, sizeof(*Config));
	Config->Size = sizeof(*Config);
	Config->Id = Id;
}
#define ACX_JACK_CONFIG_INIT(cfg) ACX_JACK_CONFIG_INIT_ID(cfg, AcxJackPropertiesIdDefault)

/* microphones and microphone arrays */
typedef enum _ACX_MIC_ARRAY_TYPE {
	AcxMicArrayTypeLinear,
	AcxMicArrayTypePlanar,
	AcxMicArrayType3d,
	AcxMicArrayTypeMaximum
} ACX_MIC_ARRAY_TYPE;
typedef enum _ACX_MICROPHONE_TYPE {
	AcxMicrophoneTypeOmniDirectional,
	AcxMicrophoneTypeSubCardioid,
	AcxMicrophoneTypeCardioid,
	AcxMicrophoneTypeSuperCardioid,
	AcxMicrophoneTypeHyperCardioid,
	AcxMicrophoneType8Shaped,
	AcxMicrophoneTypeMaximum,
	AcxMicrophoneTypeVendorDefined = 0x0f
} ACX_MICROPHONE_TYPE;
typedef struct _ACX_MIC_ARRAY_GEOMETRY {
	USHORT Version;
	USHORT MicArrayType; /* ACX_MIC_ARRAY_TYPE */
	SHORT VerticalAngleBegin;
	SHORT VerticalAngleEnd;
	SHORT HorizontalAngleBegin;
	SHORT HorizontalAngleEnd;
	ULONG FrequencyBandLo;
	ULONG FrequencyBandHi;
} ACX_MIC_ARRAY_GEOMETRY, *PACX_MIC_ARRAY_GEOMETRY;
typedef struct _ACX_MICROPHONE_COORDINATES {
	USHORT Type; /* ACX_MICROPHONE_TYPE */
	SHORT XCoord;
	SHORT YCoord;
	SHORT ZCoord;
	SHORT VerticalAngle;
	SHORT HorizontalAngle;
} ACX_MICROPHONE_COORDINATES, *PACX_MICROPHONE_COORDINATES;
typedef enum _ACX_MICARRAYGEOMETRY_CONFIG_FLAGS {
	AcxMicArrayGeometryConfigNoFlags = 0x00000000,
	AcxMicArrayGeometryConfigValidFlags = 0x00000000
} ACX_MICARRAYGEOMETRY_CONFIG_FLAGS;
typedef struct _ACX_MICARRAYGEOMETRY_CONFIG {
	ULONG Size;
	ULONG Flags;
	ACX_MIC_ARRAY_GEOMETRY Geometry;
} ACX_MICARRAYGEOMETRY_CONFIG, *PACX_MICARRAYGEOMETRY_CONFIG;
DRISO_ACX_SIZED_INIT(ACX_MICARRAYGEOMETRY_CONFIG, PACX_MICARRAYGEOMETRY_CONFIG)
NTSTATUS AcxMicArrayGeometryCreate(ACXCIRCUIT AcxCircuit, PWDF_OBJECT_ATTRIBUTES Attributes, PACX_MICARRAYGEOMETRY_CONFIG Config, ACXMICARRAYGEOMETRY *MicArrayGeometry);
NTSTATUS AcxMicArrayGeometryAddMicrophoneCoordinates(ACXMICARRAYGEOMETRY MicArrayGeometry, PACX_MICROPHONE_COORDINATES MicrophoneCoordinates, ULONG MicrophoneCoordinatesCount);
typedef struct _ACX_INTERLEAVED_AUDIO_FORMAT_INFORMATION {
	ULONG Size;
	ULONG PrimaryChannelCount;
	ULONG PrimaryChannelStartPosition;
	ULONG PrimaryChannelMask;
	ULONG InterleavedChannelCount;
	ULONG InterleavedChannelStartPosition;
	ULONG InterleavedChannelMask;
} ACX_INTERLEAVED_AUDIO_FORMAT_INFORMATION, *PACX_INTERLEAVED_AUDIO_FORMAT_INFORMATION;
DRISO_INLINE VOID ACX_INTERLEAVED_AUDIO_FORMAT_INFORMATION_INIT(PACX_INTERLEAVED_AUDIO_FORMAT_INFORMATION format)
{
	RtlZeroMemory(format, sizeof(*format));
	format->Size = sizeof(*format);
}
typedef enum _ACX_MICROPHONE_CONFIG_FLAGS {
	AcxMicrophoneConfigNoFlags = 0x00000000,
	AcxMicrophoneConfigValidFlags = 0x00000000
} ACX_MICROPHONE_CONFIG_FLAGS;
typedef struct _ACX_MICROPHONE_CONFIG {
	ULONG Size;
	ULONG Flags;
	LONG MicrophoneSnrDB;
	LONG MicrophoneSensitivityDB;
	ACXMICARRAYGEOMETRY MicArrayGeometry;
	PACX_INTERLEAVED_AUDIO_FORMAT_INFORMATION InterleavedFormat;
} ACX_MICROPHONE_CONFIG, *PACX_MICROPHONE_CONFIG;
DRISO_ACX_SIZED_INIT(ACX_MICROPHONE_CONFIG, PACX_MICROPHONE_CONFIG)

/* pins */
typedef NTSTATUS EVT_ACX_PIN_SET_DATAFORMAT(ACXPIN Pin, ACXDATAFORMAT DataFormat);
typedef EVT_ACX_PIN_SET_DATAFORMAT *PFN_ACX_PIN_SET_DATAFORMAT;
typedef NTSTATUS EVT_ACX_PIN_RETRIEVE_NAME(ACXPIN Pin, PUNICODE_STRING Name);
typedef EVT_ACX_PIN_RETRIEVE_NAME *PFN_ACX_PIN_RETRIEVE_NAME;
typedef NTSTATUS EVT_ACX_PIN_RETRIEVE_JACK_SINK_INFO(ACXPIN Pin, PACX_JACK_SINK_INFORMATION SinkInfo);
typedef EVT_ACX_PIN_RETRIEVE_JACK_SINK_INFO *PFN_ACX_PIN_RETRIEVE_JACK_SINK_INFO;
typedef VOID EVT_ACX_PIN_CONNECTED(ACXPIN Pin, ACXTARGETCIRCUIT TargetCircuit, ULONG TargetPinId);
typedef EVT_ACX_PIN_CONNECTED *PFN_ACX_PIN_CONNECTED;
typedef VOID EVT_ACX_PIN_DISCONNECTED(ACXPIN Pin, ACXTARGETCIRCUIT TargetCircuit, ULONG TargetPinId);
typedef EVT_ACX_PIN_DISCONNECTED *PFN_ACX_PIN_DISCONNECTED;
typedef VOID EVT_ACX_PIN_DATAFORMAT_CHANGE_NOTIFICATION(ACXPIN Pin, ACXTARGETCIRCUIT TargetCircuit, ULONG TargetPinId);
typedef EVT_ACX_PIN_DATAFORMAT_CHANGE_NOTIFICATION *PFN_ACX_PIN_DATAFORMAT_CHANGE_NOTIFICATION;
typedef struct _ACX_PIN_CALLBACKS {
	ULONG Size;
	PFN_ACX_PIN_SET_DATAFORMAT EvtAcxPinSetDataFormat;
	PFN_ACX_PIN_RETRIEVE_NAME EvtAcxPinRetrieveName;
	PFN_ACX_PIN_RETRIEVE_JACK_SINK_INFO EvtAcxPinRetrieveJackSinkInfo;
	PFN_ACX_OBJECT_PROCESS_REQUEST EvtAcxPinProcessJackRequest;
	PFN_ACX_PIN_CONNECTED EvtAcxPinConnected;
	PFN_ACX_PIN_DISCONNECTED EvtAcxPinDisconnected;
	PFN_ACX_PIN_DATAFORMAT_CHANGE_NOTIFICATION EvtAcxPinDataFormatChangeNotification;
} ACX_PIN_CALLBACKS, *PACX_PIN_CALLBACKS;
DRISO_INLINE VOID ACX_PIN_CALLBACKS_INIT(PACX_PIN_CALLBACKS PinCallbacks)
{
	RtlZeroMemory(PinCallbacks, sizeof(*PinCallbacks));
	PinCallbacks->Size = sizeof(*PinCallbacks);
}
typedef enum _ACX_PIN_CONFIG_FLAGS {
	AcxPinConfigNoFlags = 0x00000000,
	AcxPinConfigMicrophoneConfigSpecified = 0x00000001,
	AcxPinConfigNoDefaultDataFormatLists = 0x00000010,
	AcxPinConfigValidFlags = 0x00000011
} ACX_PIN_CONFIG_FLAGS;
typedef struct _ACX_PIN_CONFIG {
	ULONG Size;
	ULONG Flags;
	ULONG Id;
	ACX_PIN_TYPE Type;
	ACX_PIN_COMMUNICATION Communication;
	ACX_PIN_QUALIFIER Qualifier;
	const GUID *Category;
	const GUID *Name;
	PACX_PIN_CALLBACKS PinCallbacks;
	ULONG PropertiesCount;
	ULONG MethodsCount;
	PACX_PROPERTY_ITEM Properties;
	PACX_METHOD_ITEM Methods;
	union {
		PACX_MICROPHONE_CONFIG MicrophoneConfig;
	} u;
	ULONG MaxStreams;
} ACX_PIN_CONFIG, *PACX_PIN_CONFIG;
DRISO_INLINE VOID ACX_PIN_CONFIG_INIT_ID(PACX_PIN_CONFIG Config, ULONG Id)
{
	RtlZeroMemory(Config, sizeof(*Config));
	Config->Size = sizeof(*Config);
	Config->Id = Id;
}
#define AcxPinIdDefault ((ULONG)(-1))
#define AcxPinIdNone ((ULONG)(-1))
#define ACX_PIN_CONFIG_INIT(cfg) ACX_PIN_CONFIG_INIT_ID(cfg, AcxPinIdDefault)
NTSTATUS AcxPinCreate(ACXCIRCUIT Circuit, PWDF_OBJECT_ATTRIBUTES Attributes, PACX_PIN_CONFIG Config, ACXPIN *Pin);
ACXCIRCUIT AcxPinGetCircuit(ACXPIN AcxPin);
ULONG AcxPinGetId(ACXPIN AcxPin);
ACX_PIN_TYPE AcxPinGetType(ACXPIN AcxPin);
ACXDATAFORMATLIST AcxPinGetRawDataFormatList(ACXPIN AcxPin);
NTSTATUS AcxPinRetrieveModeDataFormatList(ACXPIN AcxPin, const GUID *SignalProcessingMode, ACXDATAFORMATLIST *DataFormatList);
NTSTATUS AcxPinAssignModeDataFormatList(ACXPIN AcxPin, const GUID *SignalProcessingMode, ACXDATAFORMATLIST DataFormatList);
NTSTATUS AcxPinRemoveModeDataFormatList(ACXPIN AcxPin, const GUID *SignalProcessingMode, ACXDATAFORMATLIST *DataFormatList);
NTSTATUS AcxPinNotifyDataFormatChange(ACXPIN Pin);
NTSTATUS AcxPinAddJacks(ACXPIN Pin, ACXJACK *Jacks, ULONG jackCount);
NTSTATUS AcxPinAddEvents(ACXPIN Pin, ACXEVENT *Events, ULONG EventsCount);
NTSTATUS AcxPinAddStreamBridges(ACXPIN Pin, ACXSTREAMBRIDGE *StreamBridges, ULONG StreamBridgesCount);
NTSTATUS AcxPinRemoveStreamBridges(ACXPIN Pin, ACXSTREAMBRIDGE *StreamBridges, ULONG StreamBridgesCount);
NTSTATUS AcxPinDispatchAcxRequest(ACXPIN Pin, WDFREQUEST Request);
NTSTATUS AcxJackCreate(ACXPIN AcxPin, PWDF_OBJECT_ATTRIBUTES Attributes, PACX_JACK_CONFIG Config, ACXJACK *Jack);
VOID AcxJackChangeStateNotification(ACXJACK Jack);

/* physical connections between circuits (multi-circuit endpoints) */
typedef enum _ACX_PHYSICAL_CONNECTION_FLAGS {
	AcxPhysicalConnectionNoFlags = 0x00000000,
	AcxPhysicalConnectionFromPinId = 0x00000000,
	AcxPhysicalConnectionFromPinObject = 0x00000001,
	AcxPhysicalConnectionValidFlags = 0x00000001
} ACX_PHYSICAL_CONNECTION_FLAGS;
typedef struct _ACX_PHYSICAL_CONNECTION {
	ULONG Size;
	ULONG Flags;
	union {
		ACXPIN Object;
		ULONG Id;
	} FromPin;
	WDFSTRING TargetName;
	ULONG TargetPinId;
} ACX_PHYSICAL_CONNECTION, *PACX_PHYSICAL_CONNECTION;
DRISO_INLINE VOID ACX_PHYSICAL_CONNECTION_INIT(PACX_PHYSICAL_CONNECTION Connection)
{
	RtlZeroMemory(Connection, sizeof(*Connection));
	Connection->Size = sizeof(*Connection);
}
NTSTATUS AcxCircuitAddPhysicalConnections(ACXCIRCUIT Circuit, PACX_PHYSICAL_CONNECTION Connections, ULONG ConnectionsCount);

/* ---- acxelements.h ---- */
/* <NAME>_CONFIG_INIT_ID(Config, Id) for every element configuration, and
 * the <NAME>_CONFIG_INIT(cfg) macros (Id = AcxElementIdDefault) below. */
#define DRISO_ACX_ID_INIT(N) \
	DRISO_INLINE VOID N##_CONFIG_INIT_ID(P##N##_CONFIG Config, ULONG Id) \
	{ \
		RtlZeroMemory(Config, sizeof(*Config)); \
		Config->Size = sizeof(*Config); \
		Config->Id = Id; \
	}
#define AcxElementIdDefault ((ULONG)(-1))
#define AcxElementIdNone ((ULONG)(-1))
typedef enum _ACX_ELEMENT_CONFIG_FLAGS {
	AcxElementConfigNoFlags = 0x00000000,
	AcxElementConfigValidFlags = 0x00000000
} ACX_ELEMENT_CONFIG_FLAGS;
typedef struct _ACX_ELEMENT_CONFIG {
	ULONG Size;
	ULONG Id;
	const GUID *Type;
	const GUID *Name;
	ULONG Flags;
	ULONG PropertiesCount;
	ULONG MethodsCount;
	PACX_PROPERTY_ITEM Properties;
	PACX_METHOD_ITEM Methods;
} ACX_ELEMENT_CONFIG, *PACX_ELEMENT_CONFIG;
DRISO_ACX_ID_INIT(ACX_ELEMENT)
NTSTATUS AcxElementCreate(ACXOBJECT Object, PWDF_OBJECT_ATTRIBUTES Attributes, PACX_ELEMENT_CONFIG Config, ACXELEMENT *Element);
ULONG AcxElementGetId(ACXELEMENT Element);
ACXOBJECT AcxElementGetContainer(ACXELEMENT Element);
NTSTATUS AcxElementAddEvents(ACXELEMENT Element, ACXEVENT *Events, ULONG EventsCount);

#ifndef ALL_CHANNELS_ID
#define ALL_CHANNELS_ID ((ULONG)-1)
#endif
typedef enum _ACX_VOLUME_CURVE_TYPE {
	AcxVolumeCurveTypeNone,
	AcxVolumeCurveTypeFade
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
	PFN_ACX_RAMPED_VOLUME_ASSIGN_LEVEL EvtAcxRampedVolumeAssignLevel;
	PFN_ACX_VOLUME_RETRIEVE_LEVEL EvtAcxVolumeRetrieveLevel;
	PFN_ACX_OBJECT_PROCESS_REQUEST EvtAcxVolumeProcessRequest;
} ACX_VOLUME_CALLBACKS, *PACX_VOLUME_CALLBACKS;
DRISO_INLINE VOID ACX_VOLUME_CALLBACKS_INIT(PACX_VOLUME_CALLBACKS Callbacks)
{
	RtlZeroMemory(Callbacks, sizeof(*Callbacks));
	Callbacks->Size = sizeof(*Callbacks);
}
typedef enum _ACX_VOLUME_CONFIG_FLAGS {
	AcxVolumeConfigNoFlags = 0x00000000,
	AcxVolumeConfigValidFlags = 0x00000000
} ACX_VOLUME_CONFIG_FLAGS;
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
DRISO_ACX_ID_INIT(ACX_VOLUME)
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
	PFN_ACX_OBJECT_PROCESS_REQUEST EvtAcxMuteProcessRequest;
} ACX_MUTE_CALLBACKS, *PACX_MUTE_CALLBACKS;
DRISO_INLINE VOID ACX_MUTE_CALLBACKS_INIT(PACX_MUTE_CALLBACKS Callbacks)
{
	RtlZeroMemory(Callbacks, sizeof(*Callbacks));
	Callbacks->Size = sizeof(*Callbacks);
}
typedef enum _ACX_MUTE_CONFIG_FLAGS {
	AcxMuteConfigNoFlags = 0x00000000,
	AcxMuteConfigValidFlags = 0x00000000
} ACX_MUTE_CONFIG_FLAGS;
typedef struct _ACX_MUTE_CONFIG {
	ULONG Size;
	ULONG Id;
	const GUID *Name;
	ULONG Flags;
	ULONG ChannelsCount;
	PACX_MUTE_CALLBACKS Callbacks;
} ACX_MUTE_CONFIG, *PACX_MUTE_CONFIG;
DRISO_ACX_ID_INIT(ACX_MUTE)
NTSTATUS AcxMuteCreate(ACXOBJECT Object, PWDF_OBJECT_ATTRIBUTES Attributes, PACX_MUTE_CONFIG Config, ACXMUTE *Mute);
VOID AcxMuteChangeStateNotification(ACXMUTE Mute);

typedef NTSTATUS EVT_ACX_PEAKMETER_RETRIEVE_LEVEL(ACXPEAKMETER PeakMeter, ULONG Channel, LONG *PeakMeterLevel);
typedef EVT_ACX_PEAKMETER_RETRIEVE_LEVEL *PFN_ACX_PEAKMETER_RETRIEVE_LEVEL;
typedef struct _ACX_PEAKMETER_CALLBACKS {
	ULONG Size;
	PFN_ACX_PEAKMETER_RETRIEVE_LEVEL EvtAcxPeakMeterRetrieveLevel;
	PFN_ACX_OBJECT_PROCESS_REQUEST EvtAcxPeakMeterProcessRequest;
} ACX_PEAKMETER_CALLBACKS, *PACX_PEAKMETER_CALLBACKS;
DRISO_INLINE VOID ACX_PEAKMETER_CALLBACKS_INIT(PACX_PEAKMETER_CALLBACKS Callbacks)
{
	RtlZeroMemory(Callbacks, sizeof(*Callbacks));
	Callbacks->Size = sizeof(*Callbacks);
}
typedef enum _ACX_PEAKMETER_CONFIG_FLAGS {
	AcxPeakMeterConfigNoFlags = 0x00000000,
	AcxPeakMeterConfigValidFlags = 0x00000000
} ACX_PEAKMETER_CONFIG_FLAGS;
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
DRISO_ACX_ID_INIT(ACX_PEAKMETER)
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
	PFN_ACX_OBJECT_PROCESS_REQUEST EvtAcxAudioEngineProcessRequest;
} ACX_AUDIOENGINE_CALLBACKS, *PACX_AUDIOENGINE_CALLBACKS;
DRISO_INLINE VOID ACX_AUDIOENGINE_CALLBACKS_INIT(PACX_AUDIOENGINE_CALLBACKS Callbacks)
{
	RtlZeroMemory(Callbacks, sizeof(*Callbacks));
	Callbacks->Size = sizeof(*Callbacks);
}
typedef enum _ACX_AUDIOENGINE_CONFIG_FLAGS {
	AcxAudioEngineConfigNoFlags = 0x00000000,
	AcxAudioEngineConfigVolumeNotPresent = 0x00000001,
	AcxAudioEngineConfigVolumeSecondary = 0x00000002,
	AcxAudioEngineConfigMuteNotPresent = 0x00000004,
	AcxAudioEngineConfigMuteSecondary = 0x00000008,
	AcxAudioEngineConfigPeakMeterNotPresent = 0x00000010,
	AcxAudioEngineConfigPeakMeterSecondary = 0x00000020,
	AcxAudioEngineConfigValidFlags = 0x0000003F
} ACX_AUDIOENGINE_CONFIG_FLAGS;
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
DRISO_ACX_ID_INIT(ACX_AUDIOENGINE)
NTSTATUS AcxAudioEngineCreate(ACXCIRCUIT Object, PWDF_OBJECT_ATTRIBUTES Attributes, PACX_AUDIOENGINE_CONFIG Config, ACXAUDIOENGINE *AudioEngine);
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
	PFN_ACX_OBJECT_PROCESS_REQUEST EvtAcxStreamAudioEngineProcessRequest;
} ACX_STREAMAUDIOENGINE_CALLBACKS, *PACX_STREAMAUDIOENGINE_CALLBACKS;
DRISO_INLINE VOID ACX_STREAMAUDIOENGINE_CALLBACKS_INIT(PACX_STREAMAUDIOENGINE_CALLBACKS Callbacks)
{
	RtlZeroMemory(Callbacks, sizeof(*Callbacks));
	Callbacks->Size = sizeof(*Callbacks);
}
typedef enum _ACX_STREAMAUDIOENGINE_CONFIG_FLAGS {
	AcxStreamAudioEngineConfigNoFlags = 0x00000000,
	AcxStreamAudioEngineConfigValidFlags = 0x00000000
} ACX_STREAMAUDIOENGINE_CONFIG_FLAGS;
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
DRISO_ACX_ID_INIT(ACX_STREAMAUDIOENGINE)
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
typedef enum _ACX_KEYWORDSPOTTER_CONFIG_FLAGS {
	AcxKeywordSpotterConfigNoFlags = 0x00000000,
	AcxKeywordSpotterConfigValidFlags = 0x00000000
} ACX_KEYWORDSPOTTER_CONFIG_FLAGS;
typedef struct _ACX_KEYWORDSPOTTER_CONFIG {
	ULONG Size;
	ULONG Id;
	const GUID *Name;
	ULONG Flags;
	const GUID *Pattern;
	PACX_KEYWORDSPOTTER_CALLBACKS Callbacks;
} ACX_KEYWORDSPOTTER_CONFIG, *PACX_KEYWORDSPOTTER_CONFIG;
DRISO_ACX_ID_INIT(ACX_KEYWORDSPOTTER)
NTSTATUS AcxKeywordSpotterCreate(ACXCIRCUIT Object, PWDF_OBJECT_ATTRIBUTES Attributes, PACX_KEYWORDSPOTTER_CONFIG Config, ACXKEYWORDSPOTTER *KeywordSpotter);

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
typedef enum _ACX_AUDIOMODULE_CONFIG_FLAGS {
	AcxAudioModuleConfigNoFlags = 0x00000000,
	AcxAudioModuleConfigValidFlags = 0x00000000
} ACX_AUDIOMODULE_CONFIG_FLAGS;
typedef struct _ACX_AUDIOMODULE_CONFIG {
	ULONG Size;
	ULONG Id;
	const GUID *Name;
	ULONG Flags;
	ACX_AUDIOMODULE_DESCRIPTOR Descriptor;
	PACX_AUDIOMODULE_CALLBACKS Callbacks;
} ACX_AUDIOMODULE_CONFIG, *PACX_AUDIOMODULE_CONFIG;
DRISO_ACX_ID_INIT(ACX_AUDIOMODULE)
NTSTATUS AcxAudioModuleCreate(ACXOBJECT Object, PWDF_OBJECT_ATTRIBUTES Attributes, PACX_AUDIOMODULE_CONFIG Config, ACXAUDIOMODULE *AudioModule);

#define ACX_ELEMENT_CONFIG_INIT(cfg) ACX_ELEMENT_CONFIG_INIT_ID(cfg, AcxElementIdDefault)
#define ACX_VOLUME_CONFIG_INIT(cfg) ACX_VOLUME_CONFIG_INIT_ID(cfg, AcxElementIdDefault)
#define ACX_MUTE_CONFIG_INIT(cfg) ACX_MUTE_CONFIG_INIT_ID(cfg, AcxElementIdDefault)
#define ACX_PEAKMETER_CONFIG_INIT(cfg) ACX_PEAKMETER_CONFIG_INIT_ID(cfg, AcxElementIdDefault)
#define ACX_AUDIOENGINE_CONFIG_INIT(cfg) ACX_AUDIOENGINE_CONFIG_INIT_ID(cfg, AcxElementIdDefault)
#define ACX_STREAMAUDIOENGINE_CONFIG_INIT(cfg) ACX_STREAMAUDIOENGINE_CONFIG_INIT_ID(cfg, AcxElementIdDefault)
#define ACX_KEYWORDSPOTTER_CONFIG_INIT(cfg) ACX_KEYWORDSPOTTER_CONFIG_INIT_ID(cfg, AcxElementIdDefault)
#define ACX_AUDIOMODULE_CONFIG_INIT(cfg) ACX_AUDIOMODULE_CONFIG_INIT_ID(cfg, AcxElementIdDefault)

/* ---- acxevents.h ---- */
typedef enum _ACX_PNPEVENT_CONFIG_FLAGS {
	AcxPnpEventConfigNoFlags = 0x00000000,
	AcxPnpEventConfigValidFlags = 0x00000000
} ACX_PNPEVENT_CONFIG_FLAGS;
typedef struct _ACX_PNPEVENT_CONFIG {
	ULONG Size;
	ULONG Flags;
	GUID Event;
} ACX_PNPEVENT_CONFIG, *PACX_PNPEVENT_CONFIG;
DRISO_ACX_SIZED_INIT(ACX_PNPEVENT_CONFIG, PACX_PNPEVENT_CONFIG)
NTSTATUS AcxPnpEventCreate(WDFDEVICE Device, ACXOBJECT Object, PWDF_OBJECT_ATTRIBUTES Attributes, PACX_PNPEVENT_CONFIG Config, ACXPNPEVENT *Event);
NTSTATUS AcxPnpEventGenerateEvent(ACXPNPEVENT Event, PVOID Payload, USHORT Size);

typedef NTSTATUS EVT_ACX_EVENT_ENABLE(ACXEVENT Event);
typedef EVT_ACX_EVENT_ENABLE *PFN_ACX_EVENT_ENABLE;
typedef VOID EVT_ACX_EVENT_DISABLE(ACXEVENT Event);
typedef EVT_ACX_EVENT_DISABLE *PFN_ACX_EVENT_DISABLE;
typedef struct _ACX_EVENT_CALLBACKS {
	ULONG Size;
	PFN_ACX_EVENT_ENABLE EvtAcxEventEnable;
	PFN_ACX_EVENT_DISABLE EvtAcxEventDisable;
	PFN_ACX_OBJECT_PROCESS_EVENT_REQUEST EvtAcxEventProcessRequest;
} ACX_EVENT_CALLBACKS, *PACX_EVENT_CALLBACKS;
DRISO_INLINE VOID ACX_EVENT_CALLBACKS_INIT(PACX_EVENT_CALLBACKS Callbacks)
{
	RtlZeroMemory(Callbacks, sizeof(*Callbacks));
	Callbacks->Size = sizeof(*Callbacks);
}
typedef enum _ACX_EVENT_CONFIG_FLAGS {
	AcxEventConfigNoFlags = 0x00000000,
	AcxEventConfigValidFlags = 0x00000000
} ACX_EVENT_CONFIG_FLAGS;
typedef struct _ACX_EVENT_CONFIG {
	ULONG Size;
	ULONG Flags;
	const GUID *Set;
	ULONG Id;
	ULONG Type;
	PACX_EVENT_CALLBACKS Callbacks;
} ACX_EVENT_CONFIG, *PACX_EVENT_CONFIG;
DRISO_ACX_SIZED_INIT(ACX_EVENT_CONFIG, PACX_EVENT_CONFIG)
NTSTATUS AcxEventCreate(ACXOBJECT Object, PWDF_OBJECT_ATTRIBUTES Attributes, PACX_EVENT_CONFIG Config, ACXEVENT *Event);
VOID AcxEventAddEventData(ACXEVENT Event, ACXEVENTDATA EventData);
VOID AcxEventGenerateEvent(ACXEVENT Event);

/* ---- acxstreams.h ---- */
typedef struct _ACXDRMRIGHTS {
	BOOL CopyProtect;
	ULONG Reserved;
	BOOL DigitalOutputDisable;
} ACXDRMRIGHTS, *PACXDRMRIGHTS;
#define DEFINE_ACXDRMRIGHTS_DEFAULT(DrmRights) const ACXDRMRIGHTS DrmRights = { FALSE, 0, FALSE }
typedef struct _ACXDRMFORWARD {
	ULONG Flags;
	PDEVICE_OBJECT DeviceObject;
	PFILE_OBJECT FileObject;
	PVOID Context;
} ACXDRMFORWARD, *PACXDRMFORWARD;
typedef const ACXDRMFORWARD *PCACXDRMFORWARD;
NTSTATUS AcxDrmAddContentHandlers(ULONG ContentId, PVOID *paHandlers, ULONG NumHandlers);
NTSTATUS AcxDrmCreateContentMixed(PULONG paContentId, ULONG cContentId, PULONG pMixedContentId);
NTSTATUS AcxDrmDestroyContent(ULONG ContentId);
NTSTATUS AcxDrmForwardContentToDeviceObject(ULONG ContentId, PVOID Reserved, PCACXDRMFORWARD DrmForward);
NTSTATUS AcxDrmRetrieveContentRights(ULONG ContentId, PACXDRMRIGHTS DrmRights);

typedef enum _ACX_STREAM_STATE {
	AcxStreamStateStop = 0,
	AcxStreamStateAcquire = 1,
	AcxStreamStatePause = 2,
	AcxStreamStateRun = 3,
	AcxStreamStateMaximum
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
	ULONG RtPacketOffset;
	ULONG RtPacketSize;
} ACX_RTPACKET, *PACX_RTPACKET;
DRISO_INLINE VOID ACX_RTPACKET_INIT(PACX_RTPACKET RtPacket)
{
	RtlZeroMemory(RtPacket, sizeof(*RtPacket));
	RtPacket->Size = sizeof(*RtPacket);
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
NTSTATUS AcxStreamInitAssignAcxStreamCallbacks(PACXSTREAM_INIT StreamInit, PACX_STREAM_CALLBACKS StreamCallbacks);
NTSTATUS AcxStreamInitAssignAcxRtStreamCallbacks(PACXSTREAM_INIT StreamInit, PACX_RT_STREAM_CALLBACKS RtStreamCallbacks);
VOID AcxStreamInitSetAcxRtStreamSupportsNotifications(PACXSTREAM_INIT StreamInit);
NTSTATUS AcxStreamInitAssignAcxRequestPreprocessCallback(PACXSTREAM_INIT StreamInit, PFN_ACX_OBJECT_PREPROCESS_REQUEST EvtObjectAcxRequestPreprocess, ACXCONTEXT DriverContext, ACX_REQUEST_TYPE RequestType, const GUID *Set, ULONG Id);
NTSTATUS AcxStreamInitAssignProperties(PACXSTREAM_INIT StreamInit, PACX_PROPERTY_ITEM Properties, ULONG PropertiesCount);
NTSTATUS AcxStreamInitAssignMethods(PACXSTREAM_INIT StreamInit, PACX_METHOD_ITEM Methods, ULONG MethodsCount);
NTSTATUS AcxStreamCreate(WDFDEVICE Device, ACXCIRCUIT Circuit, PWDF_OBJECT_ATTRIBUTES Attributes, PACXSTREAM_INIT *Config, ACXSTREAM *Stream);
NTSTATUS AcxRtStreamCreate(WDFDEVICE Device, ACXCIRCUIT Circuit, PWDF_OBJECT_ATTRIBUTES Attributes, PACXSTREAM_INIT *Config, ACXSTREAM *Stream);
NTSTATUS AcxStreamAddElements(ACXSTREAM Stream, ACXELEMENT *Elements, ULONG ElementsCount);
NTSTATUS AcxStreamAddEvents(ACXSTREAM Stream, ACXEVENT *Events, ULONG EventsCount);
ACXELEMENT AcxStreamGetElementById(ACXSTREAM Stream, ULONG ElementId);
ULONG AcxStreamGetElementsCount(ACXSTREAM Stream);
GUID AcxStreamGetNotificationId(ACXSTREAM Stream);
NTSTATUS AcxStreamAddConnections(ACXSTREAM Stream, PACX_CONNECTION Connections, ULONG ConnectionsCount);
NTSTATUS AcxStreamDispatchAcxRequest(ACXSTREAM Stream, WDFREQUEST Request);
ACXCIRCUIT AcxStreamGetCircuit(ACXSTREAM Stream);
ACXPIN AcxStreamGetPin(ACXSTREAM Stream);
NTSTATUS AcxRtStreamNotifyPacketComplete(ACXSTREAM Stream, ULONGLONG CompletedPacket, ULONGLONG QPCCompletion);
NTSTATUS AcxStreamStopIoActual(ACXSTREAM Stream, ULONG Flags, PVOID ObjectTag, LONG Line, PCCH File);
VOID AcxStreamResumeIoActual(ACXSTREAM Stream, PVOID ObjectTag, LONG Line, PCCH File);
#define AcxStreamStopIo(Stream, Flags) AcxStreamStopIoWithTag(Stream, Flags, NULL)
#define AcxStreamStopIoWithTag(Stream, Flags, Tag) AcxStreamStopIoActual(Stream, Flags, Tag, __LINE__, __FILE__)
#define AcxStreamResumeIo(Stream) AcxStreamResumeIoWithTag(Stream, NULL)
#define AcxStreamResumeIoWithTag(Stream, Tag) AcxStreamResumeIoActual(Stream, Tag, __LINE__, __FILE__)

/* stream bridges */
typedef enum _ACX_STREAM_BRIDGE_TYPE {
	AcxStreamBridgeInvalidType = 0x00000000,
	AcxStreamBridgeMux = 0x00000001,
	AcxStreamBridgeMaximumType,
	AcxStreamBridgeDefaultType = AcxStreamBridgeMux
} ACX_STREAM_BRIDGE_TYPE;
typedef enum _ACX_STREAM_BRIDGE_CONFIG_FLAGS {
	AcxStreamBridgeConfigNoFlags = 0x00000000,
	AcxStreamBridgeInvertChangeStateSequence = 0x00000001,
	AcxStreamBridgeForwardInStreamVarArguments = 0x00000002,
	AcxStreamBridgeConfigValidFlags = 0x00000003
} ACX_STREAM_BRIDGE_CONFIG_FLAGS;
typedef struct _ACX_STREAM_BRIDGE_CONFIG {
	ULONG Size;
	ULONG Flags;
	ACX_STREAM_BRIDGE_TYPE Type;
	ULONG InModesCount;
	PCGUID *InModes;
	PCGUID OutMode;
	ACXOBJECTBAG OutStreamVarArguments;
	WDF_OBJECT_ATTRIBUTES TargetStreamAttributes;
} ACX_STREAM_BRIDGE_CONFIG, *PACX_STREAM_BRIDGE_CONFIG;
DRISO_INLINE VOID ACX_STREAM_BRIDGE_CONFIG_INIT(PACX_STREAM_BRIDGE_CONFIG Config)
{
	RtlZeroMemory(Config, sizeof(*Config));
	Config->Size = sizeof(*Config);
	Config->Type = AcxStreamBridgeDefaultType;
}
NTSTATUS AcxStreamBridgeCreate(ACXCIRCUIT AcxCircuit, PWDF_OBJECT_ATTRIBUTES Attributes, PACX_STREAM_BRIDGE_CONFIG Config, ACXSTREAMBRIDGE *StreamBridge);
NTSTATUS AcxStreamBridgeAddStream(ACXSTREAMBRIDGE Bridge, ACXSTREAM Stream);
NTSTATUS AcxStreamBridgeRemoveStream(ACXSTREAMBRIDGE Bridge, ACXSTREAM Stream);
ACXTARGETSTREAM AcxStreamBridgeGetTargetStream(ACXSTREAMBRIDGE Bridge, ACXSTREAM Stream);

/* ---- acxtargets.h ---- */
typedef enum _ACX_TARGET_CIRCUIT_CONFIG_FLAGS {
	AcxTargetCircuitConfigNoFlags = 0x00000000,
	AcxTargetCircuitConfigLazyDataLoad = 0x00000001,
	AcxTargetCircuitConfigValidFlags = 0x00000001
} ACX_TARGET_CIRCUIT_CONFIG_FLAGS;
typedef struct _ACX_TARGET_CIRCUIT_CONFIG {
	ULONG Size;
	ULONG Flags;
	WDFSTRING SymbolicLinkName;
} ACX_TARGET_CIRCUIT_CONFIG, *PACX_TARGET_CIRCUIT_CONFIG;
DRISO_ACX_SIZED_INIT(ACX_TARGET_CIRCUIT_CONFIG, PACX_TARGET_CIRCUIT_CONFIG)
NTSTATUS AcxTargetCircuitCreate(WDFDEVICE Device, PWDF_OBJECT_ATTRIBUTES Attributes, PACX_TARGET_CIRCUIT_CONFIG Config, ACXTARGETCIRCUIT *TargetCircuit);
WDFIOTARGET AcxTargetCircuitGetWdfIoTarget(ACXTARGETCIRCUIT TargetCircuit);
WDFSTRING AcxTargetCircuitGetSymbolicLinkName(ACXTARGETCIRCUIT TargetCircuit);
ULONG AcxTargetCircuitGetPinsCount(ACXTARGETCIRCUIT TargetCircuit);
ACXTARGETPIN AcxTargetCircuitGetTargetPin(ACXTARGETCIRCUIT TargetCircuit, ULONG PinIndex);
ULONG AcxTargetCircuitGetElementsCount(ACXTARGETCIRCUIT TargetCircuit);
ACXTARGETELEMENT AcxTargetCircuitGetTargetElement(ACXTARGETCIRCUIT TargetCircuit, ULONG ElementIndex);
NTSTATUS AcxTargetCircuitFormatRequestForProperty(ACXTARGETCIRCUIT TargetCircuit, WDFREQUEST Request, PACX_REQUEST_PARAMETERS Params);
NTSTATUS AcxTargetCircuitFormatRequestForMethod(ACXTARGETCIRCUIT TargetCircuit, WDFREQUEST Request, PACX_REQUEST_PARAMETERS Params);

typedef enum _ACX_TARGET_FACTORY_CIRCUIT_CONFIG_FLAGS {
	AcxTargetFactoryCircuitConfigNoFlags = 0x00000000,
	AcxTargetFactoryCircuitConfigValidFlags = 0x00000000
} ACX_TARGET_FACTORY_CIRCUIT_CONFIG_FLAGS;
typedef struct _ACX_TARGET_FACTORY_CIRCUIT_CONFIG {
	ULONG Size;
	ULONG Flags;
	WDFIOTARGET IoTarget;
	WDFSTRING SymbolicLinkName;
} ACX_TARGET_FACTORY_CIRCUIT_CONFIG, *PACX_TARGET_FACTORY_CIRCUIT_CONFIG;
DRISO_ACX_SIZED_INIT(ACX_TARGET_FACTORY_CIRCUIT_CONFIG, PACX_TARGET_FACTORY_CIRCUIT_CONFIG)
NTSTATUS AcxTargetFactoryCircuitCreate(WDFDEVICE Device, PWDF_OBJECT_ATTRIBUTES Attributes, PACX_TARGET_FACTORY_CIRCUIT_CONFIG Config, ACXTARGETFACTORYCIRCUIT *TargetFactoryCircuit);
WDFIOTARGET AcxTargetFactoryCircuitGetWdfIoTarget(ACXTARGETFACTORYCIRCUIT TargetFactoryCircuit);
NTSTATUS AcxTargetFactoryCircuitFormatRequestForProperty(ACXTARGETFACTORYCIRCUIT TargetFactoryCircuit, WDFREQUEST Request, PACX_REQUEST_PARAMETERS Params);
NTSTATUS AcxTargetFactoryCircuitFormatRequestForMethod(ACXTARGETFACTORYCIRCUIT TargetFactoryCircuit, WDFREQUEST Request, PACX_REQUEST_PARAMETERS Params);

ULONG AcxTargetPinGetId(ACXTARGETPIN TargetPin);
WDFIOTARGET AcxTargetPinGetWdfIoTarget(ACXTARGETPIN TargetPin);
NTSTATUS AcxTargetPinFormatRequestForProperty(ACXTARGETPIN TargetPin, WDFREQUEST Request, PACX_REQUEST_PARAMETERS Params);
NTSTATUS AcxTargetPinFormatRequestForMethod(ACXTARGETPIN TargetPin, WDFREQUEST Request, PACX_REQUEST_PARAMETERS Params);
NTSTATUS AcxTargetPinRetrieveModeDataFormatList(ACXTARGETPIN TargetPin, const GUID *SignalProcessingMode, ACXDATAFORMATLIST *DataFormatList);
NTSTATUS AcxTargetPinFlushModeDataFormatListCache(ACXTARGETPIN TargetPin, const GUID *SignalProcessingMode);

ULONG AcxTargetElementGetId(ACXTARGETELEMENT TargetElement);
GUID AcxTargetElementGetType(ACXTARGETELEMENT TargetElement);
GUID AcxTargetElementGetNameTag(ACXTARGETELEMENT TargetElement);
WDFIOTARGET AcxTargetElementGetWdfIoTarget(ACXTARGETELEMENT TargetElement);
NTSTATUS AcxTargetElementFormatRequestForProperty(ACXTARGETELEMENT TargetElement, WDFREQUEST Request, PACX_REQUEST_PARAMETERS Params);
NTSTATUS AcxTargetElementFormatRequestForMethod(ACXTARGETELEMENT TargetElement, WDFREQUEST Request, PACX_REQUEST_PARAMETERS Params);

typedef enum _ACX_TARGET_STREAM_CONFIG_FLAGS {
	AcxTargetStreamConfigNoFlags = 0x00000000,
	AcxTargetStreamConfigValidFlags = 0x00000000
} ACX_TARGET_STREAM_CONFIG_FLAGS;
typedef struct _ACX_TARGET_STREAM_CONFIG {
	ULONG Size;
	ULONG Flags;
	ACXTARGETCIRCUIT TargetCircuit;
	ULONG PinId;
	ACXDATAFORMAT DataFormat;
	PCGUID SignalProcessingMode;
	ACXOBJECTBAG OptionalParameters;
} ACX_TARGET_STREAM_CONFIG, *PACX_TARGET_STREAM_CONFIG;
DRISO_ACX_SIZED_INIT(ACX_TARGET_STREAM_CONFIG, PACX_TARGET_STREAM_CONFIG)
NTSTATUS AcxTargetStreamCreate(WDFDEVICE Device, PWDF_OBJECT_ATTRIBUTES Attributes, PACX_TARGET_STREAM_CONFIG Config, ACXTARGETSTREAM *TargetStream);
WDFIOTARGET AcxTargetStreamGetWdfIoTarget(ACXTARGETSTREAM TargetStream);
ULONG AcxTargetStreamGetElementsCount(ACXTARGETSTREAM TargetStream);
ACXTARGETELEMENT AcxTargetStreamGetTargetElement(ACXTARGETSTREAM TargetStream, ULONG ElementIndex);
NTSTATUS AcxTargetStreamFormatRequestForProperty(ACXTARGETSTREAM TargetStream, WDFREQUEST Request, PACX_REQUEST_PARAMETERS Params);
NTSTATUS AcxTargetStreamFormatRequestForMethod(ACXTARGETSTREAM TargetStream, WDFREQUEST Request, PACX_REQUEST_PARAMETERS Params);
NTSTATUS AcxTargetStreamAssignDrmContentId(ACXTARGETSTREAM TargetStream, ULONG ContentId, PACXDRMRIGHTS DrmRights);

#undef DRISO_ACX_SIZED_INIT
#undef DRISO_ACX_ID_INIT

DRISO_EXTERN_C_END
#endif
