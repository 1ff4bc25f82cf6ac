/*
 * driso shim: wdfobject.h (object attributes and context types).
 *
 * Declarations only, for parsing with libclang; not the WDK header. Names,
 * signatures and fields were transcribed (interface facts only: no
 * comments, annotations or function-table code) from the public,
 * MIT-licensed KMDF 1.33 / UMDF 2.33 headers of
 * microsoft/Windows-Driver-Frameworks; they match the Learn DDI reference. Functions are plain prototypes: the real WDK routes them
 * through a function table, which does not matter for parsing. *_INIT
 * helpers zero the structure, set Size and copy their arguments.
 */
#ifndef DRISO_SHIM_WDFOBJECT_H
#define DRISO_SHIM_WDFOBJECT_H
#include "wdftypes.h"
WDF_EXTERN_C_START
typedef enum _WDF_EXECUTION_LEVEL { WdfExecutionLevelInvalid = 0x00, WdfExecutionLevelInheritFromParent, WdfExecutionLevelPassive, WdfExecutionLevelDispatch, } WDF_EXECUTION_LEVEL;
typedef enum _WDF_SYNCHRONIZATION_SCOPE { WdfSynchronizationScopeInvalid = 0x00, WdfSynchronizationScopeInheritFromParent, WdfSynchronizationScopeDevice, WdfSynchronizationScopeQueue, WdfSynchronizationScopeNone, } WDF_SYNCHRONIZATION_SCOPE;
typedef VOID EVT_WDF_OBJECT_CONTEXT_CLEANUP(WDFOBJECT Object);
typedef EVT_WDF_OBJECT_CONTEXT_CLEANUP *PFN_WDF_OBJECT_CONTEXT_CLEANUP;
typedef VOID EVT_WDF_OBJECT_CONTEXT_DESTROY(WDFOBJECT Object);
typedef EVT_WDF_OBJECT_CONTEXT_DESTROY *PFN_WDF_OBJECT_CONTEXT_DESTROY;
typedef const struct _WDF_OBJECT_CONTEXT_TYPE_INFO *PCWDF_OBJECT_CONTEXT_TYPE_INFO;
typedef struct _WDF_OBJECT_ATTRIBUTES { ULONG Size; PFN_WDF_OBJECT_CONTEXT_CLEANUP EvtCleanupCallback; PFN_WDF_OBJECT_CONTEXT_DESTROY EvtDestroyCallback; WDF_EXECUTION_LEVEL ExecutionLevel; WDF_SYNCHRONIZATION_SCOPE SynchronizationScope; WDFOBJECT ParentObject; size_t ContextSizeOverride; PCWDF_OBJECT_CONTEXT_TYPE_INFO ContextTypeInfo; } WDF_OBJECT_ATTRIBUTES, *PWDF_OBJECT_ATTRIBUTES;
DRISO_WDF_INLINE VOID WDF_OBJECT_ATTRIBUTES_INIT(PWDF_OBJECT_ATTRIBUTES Attributes) { RtlZeroMemory(Attributes, sizeof(*Attributes)); Attributes->Size = sizeof(*Attributes); }
typedef PCWDF_OBJECT_CONTEXT_TYPE_INFO (__cdecl *PFN_GET_UNIQUE_CONTEXT_TYPE)(VOID);
typedef struct _WDF_OBJECT_CONTEXT_TYPE_INFO { ULONG Size; LPCSTR ContextName; size_t ContextSize; PCWDF_OBJECT_CONTEXT_TYPE_INFO UniqueType; PFN_GET_UNIQUE_CONTEXT_TYPE EvtDriverGetUniqueContextType; } WDF_OBJECT_CONTEXT_TYPE_INFO, *PWDF_OBJECT_CONTEXT_TYPE_INFO;
typedef struct _WDF_CUSTOM_TYPE_CONTEXT { ULONG Size; ULONG_PTR Data; } WDF_CUSTOM_TYPE_CONTEXT, *PWDF_CUSTOM_TYPE_CONTEXT;
PVOID WdfObjectGetTypedContextWorker(WDFOBJECT Handle, PCWDF_OBJECT_CONTEXT_TYPE_INFO TypeInfo);
NTSTATUS WdfObjectAllocateContext(WDFOBJECT Handle, PWDF_OBJECT_ATTRIBUTES ContextAttributes, PVOID* Context);
WDFOBJECT WdfObjectContextGetObject(PVOID ContextPointer);
VOID WdfObjectReferenceActual(WDFOBJECT Handle, PVOID Tag, LONG Line, PCCH File);
VOID WdfObjectDereferenceActual(WDFOBJECT Handle, PVOID Tag, LONG Line, PCCH File);
NTSTATUS WdfObjectCreate(PWDF_OBJECT_ATTRIBUTES Attributes, WDFOBJECT* Object);
VOID WdfObjectDelete(WDFOBJECT Object);
NTSTATUS WdfObjectQuery(WDFOBJECT Object, CONST GUID* Guid, ULONG QueryBufferLength, PVOID QueryBuffer);
#define WdfObjectReference(Handle)  WdfObjectReferenceWithTag(Handle, NULL)
#define WdfObjectReferenceWithTag(Handle, Tag)  WdfObjectReferenceActual(Handle, Tag, __LINE__, __FILE__)
#define WdfObjectDereference(Handle)  WdfObjectDereferenceWithTag(Handle, NULL)
#define WdfObjectDereferenceWithTag(Handle, Tag)  WdfObjectDereferenceActual(Handle, Tag, __LINE__, __FILE__)


/* Defined here (not in wdfrequest.h) because wdfdevice.h needs it first. */
typedef enum _WDF_REQUEST_TYPE { WdfRequestTypeCreate = 0x0, WdfRequestTypeCreateNamedPipe = 0x1, WdfRequestTypeClose = 0x2, WdfRequestTypeRead = 0x3, WdfRequestTypeWrite = 0x4, WdfRequestTypeQueryInformation = 0x5, WdfRequestTypeSetInformation = 0x6, WdfRequestTypeQueryEA = 0x7, WdfRequestTypeSetEA = 0x8, WdfRequestTypeFlushBuffers = 0x9, WdfRequestTypeQueryVolumeInformation = 0xa, WdfRequestTypeSetVolumeInformation = 0xb, WdfRequestTypeDirectoryControl = 0xc, WdfRequestTypeFileSystemControl = 0xd, WdfRequestTypeDeviceControl = 0xe, WdfRequestTypeDeviceControlInternal = 0xf, WdfRequestTypeShutdown = 0x10, WdfRequestTypeLockControl = 0x11, WdfRequestTypeCleanup = 0x12, WdfRequestTypeCreateMailSlot = 0x13, WdfRequestTypeQuerySecurity = 0x14, WdfRequestTypeSetSecurity = 0x15, WdfRequestTypePower = 0x16, WdfRequestTypeSystemControl = 0x17, WdfRequestTypeDeviceChange = 0x18, WdfRequestTypeQueryQuota = 0x19, WdfRequestTypeSetQuota = 0x1A, WdfRequestTypePnp = 0x1B, WdfRequestTypeOther =0x1C, WdfRequestTypeUsb = 0x40, WdfRequestTypeNoFormat = 0xFF, WdfRequestTypeMax, } WDF_REQUEST_TYPE;

#define WDF_TYPE_NAME_TO_TYPE_INFO(_contexttype) _WDF_ ## _contexttype ## _TYPE_INFO
#define WDF_TYPE_NAME_TO_EXTERNAL_INIT(_contexttype) _WDF_ ## _contexttype ## _EXTERNAL_INIT
#define WDF_TYPE_NAME_TO_EXTERNAL_INIT_FUNCTION(_contexttype) _contexttype ## _EXTERNAL_INIT_FUNCTION
#define WDF_GET_CONTEXT_TYPE_INFO(_contexttype) (&WDF_TYPE_NAME_TO_TYPE_INFO(_contexttype))
#define WDF_TYPE_NAME_POINTER_TYPE(_contexttype) WDF_POINTER_TYPE_ ## _contexttype
#define WDF_OBJECT_ATTRIBUTES_SET_CONTEXT_TYPE(_attributes, _contexttype) \
	(_attributes)->ContextTypeInfo = WDF_GET_CONTEXT_TYPE_INFO(_contexttype)->UniqueType
#define WDF_OBJECT_ATTRIBUTES_INIT_CONTEXT_TYPE(_attributes, _contexttype) \
	WDF_OBJECT_ATTRIBUTES_INIT(_attributes); \
	WDF_OBJECT_ATTRIBUTES_SET_CONTEXT_TYPE(_attributes, _contexttype)
/* One type-info object per context type; selectany lets every TU that
 * includes the declaring header define it. */
#define DRISO_WDF_TYPE_INFO(_contexttype, _unique, _getunique) \
	typedef _contexttype *WDF_TYPE_NAME_POINTER_TYPE(_contexttype); \
	WDF_EXTERN_C __declspec(selectany) const WDF_OBJECT_CONTEXT_TYPE_INFO WDF_TYPE_NAME_TO_TYPE_INFO(_contexttype) = \
		{ sizeof(WDF_OBJECT_CONTEXT_TYPE_INFO), #_contexttype, sizeof(_contexttype), _unique, _getunique };
#define WDF_DECLARE_CASTING_FUNCTION(_contexttype, _castingfunction) \
	static __inline WDF_TYPE_NAME_POINTER_TYPE(_contexttype) _castingfunction(WDFOBJECT Handle) \
	{ return (WDF_TYPE_NAME_POINTER_TYPE(_contexttype))WdfObjectGetTypedContextWorker(Handle, WDF_GET_CONTEXT_TYPE_INFO(_contexttype)->UniqueType); }
#define WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(_contexttype, _castingfunction) \
	DRISO_WDF_TYPE_INFO(_contexttype, WDF_GET_CONTEXT_TYPE_INFO(_contexttype), NULL) \
	WDF_DECLARE_CASTING_FUNCTION(_contexttype, _castingfunction)
#define WDF_DECLARE_CONTEXT_TYPE(_contexttype) \
	WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(_contexttype, WdfObjectGet_ ## _contexttype)
#define WDF_DECLARE_SHARED_CONTEXT_TYPE_WITH_NAME(_contexttype, _castingfunction) \
	DRISO_WDF_TYPE_INFO(_contexttype, NULL, WDF_TYPE_NAME_TO_EXTERNAL_INIT_FUNCTION(_contexttype)) \
	WDF_DECLARE_CASTING_FUNCTION(_contexttype, _castingfunction)
#define WdfObjectGetTypedContext(handle, type) \
	((type *)WdfObjectGetTypedContextWorker((WDFOBJECT)(handle), WDF_GET_CONTEXT_TYPE_INFO(type)->UniqueType))
#define WDF_CUSTOM_TYPE_CONTEXT_NAME(_type) WdfCustomType_ ## _type
#define WDF_GET_CUSTOM_TYPE_FUNCTION_NAME(_type) WdfObjectGetCustomType_ ## _type
#define WDF_ADD_CUSTOM_TYPE_FUNCTION_NAME(_type) WdfObjectAddCustomType_ ## _type
#define WDF_DECLARE_CUSTOM_TYPE(_type) \
	typedef WDF_CUSTOM_TYPE_CONTEXT WDF_CUSTOM_TYPE_CONTEXT_NAME(_type); \
	WDF_DECLARE_CONTEXT_TYPE_WITH_NAME(WDF_CUSTOM_TYPE_CONTEXT_NAME(_type), WDF_GET_CUSTOM_TYPE_FUNCTION_NAME(_type)) \
	WDF_EXTERN_C NTSTATUS WDF_ADD_CUSTOM_TYPE_FUNCTION_NAME(_type)(WDFOBJECT Handle, ULONG_PTR Data, \
		PFN_WDF_OBJECT_CONTEXT_CLEANUP EvtCleanupCallback, PFN_WDF_OBJECT_CONTEXT_DESTROY EvtDestroyCallback);
#define WdfObjectIsCustomType(_handle, _type) \
	(WdfObjectGetTypedContext(_handle, WDF_CUSTOM_TYPE_CONTEXT_NAME(_type)) == NULL ? FALSE : TRUE)
#define WdfObjectAddCustomTypeWithData(_handle, _type, _data, _cleanup, _destroy) \
	WDF_ADD_CUSTOM_TYPE_FUNCTION_NAME(_type)(_handle, _data, _cleanup, _destroy)
#define WdfObjectAddCustomType(_handle, _type) WdfObjectAddCustomTypeWithData(_handle, _type, 0, NULL, NULL)
#define WdfObjectGetCustomTypeData(_handle, _type) (WDF_GET_CUSTOM_TYPE_FUNCTION_NAME(_type)(_handle)->Data)
WDF_EXTERN_C_END

#endif
