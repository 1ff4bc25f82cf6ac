/*
 * driso shim: poscx.h (PosCx.h), the point-of-service class extension
 * (PosCx 1.x) interface for UMDF 2 POS drivers (WDK-only header; the WDK
 * keeps it in pos/1.1/, which maps to this file). Declarations only, from
 * the Learn poscx.h reference (types checked against the WDK header copy
 * in microsoft/wdkmetadata; facts only, own layout): POSOBJECT, the event
 * destination / priority / attribute enumerations, the device ownership
 * and remote claim callbacks, POS_CX_ATTRIBUTES(_INIT), and the PosCx*
 * entry points as plain prototypes (the WDK implements them inline
 * through PoscxFunctions[]). Enumerations follow the documented order;
 * POS_CX_EVENT_ATTRIBUTES combine destination and priority as Learn
 * describes.
 */
#ifndef DRISO_SHIM_POSCX_H
#define DRISO_SHIM_POSCX_H
#include "driso_shims.h"
#include "wdf.h"

DRISO_EXTERN_C_START

typedef VOID (*PPOSCX_EXPORTED_INTERFACES)(VOID);
extern PPOSCX_EXPORTED_INTERFACES PoscxFunctions[];
typedef struct _WDF_DRIVER_GLOBALS POSCX_DRIVER_GLOBALS, *PPOSCX_DRIVER_GLOBALS;
typedef WDFOBJECT POSOBJECT, *PPOSOBJECT;

typedef enum _POS_CX_EVENT_DEST {
	POS_CX_EVENT_DEST_INVALID = 0,
	POS_CX_EVENT_DEST_DEVICE_OWNER,
	POS_CX_EVENT_DEST_ALL,
	POS_CX_EVENT_DEST__MAX
} POS_CX_EVENT_DEST;

typedef enum _POS_CX_EVENT_PRIORITY {
	POS_CX_EVENT_PRIORITY_INVALID = 0,
	POS_CX_EVENT_PRIORITY_DATA,
	POS_CX_EVENT_PRIORITY_CONTROL,
	POS_CX_EVENT_PRIORITY__MAX
} POS_CX_EVENT_PRIORITY;

typedef enum _POS_CX_EVENT_ATTRIBUTES {
	POS_CX_EVENT_ATTR_DATA = (POS_CX_EVENT_DEST_DEVICE_OWNER << 8) | POS_CX_EVENT_PRIORITY_DATA,
	POS_CX_EVENT_ATTR_CONTROL = (POS_CX_EVENT_DEST_DEVICE_OWNER << 8) | POS_CX_EVENT_PRIORITY_CONTROL,
	POS_CX_EVENT_ATTR_BCAST_CONTROL = (POS_CX_EVENT_DEST_ALL << 8) | POS_CX_EVENT_PRIORITY_CONTROL
} POS_CX_EVENT_ATTRIBUTES;

typedef VOID EVT_POS_CX_DEVICE_OWNERSHIP_CHANGE(WDFDEVICE device, WDFFILEOBJECT oldOwnerFileObj, WDFFILEOBJECT newOwnerFileObj);
typedef EVT_POS_CX_DEVICE_OWNERSHIP_CHANGE *PFN_POS_CX_DEVICE_OWNERSHIP_CHANGE;
typedef NTSTATUS EVT_POS_CX_DEVICE_REMOTE_CLAIM(WDFDEVICE device, ULONG deviceInterfaceTag);
typedef EVT_POS_CX_DEVICE_REMOTE_CLAIM *PFN_POS_CX_DEVICE_REMOTE_CLAIM;
typedef NTSTATUS EVT_POS_CX_DEVICE_REMOTE_RELEASE(WDFDEVICE device, ULONG deviceInterfaceTag);
typedef EVT_POS_CX_DEVICE_REMOTE_RELEASE *PFN_POS_CX_DEVICE_REMOTE_RELEASE;
typedef NTSTATUS EVT_POS_CX_DEVICE_REMOTE_RETAIN(WDFDEVICE device, ULONG deviceInterfaceTag);
typedef EVT_POS_CX_DEVICE_REMOTE_RETAIN *PFN_POS_CX_DEVICE_REMOTE_RETAIN;
typedef struct _POS_CX_ATTRIBUTES {
	PFN_POS_CX_DEVICE_OWNERSHIP_CHANGE EvtDeviceOwnershipChange;
	PFN_POS_CX_DEVICE_REMOTE_CLAIM EvtDeviceRemoteClaim;
	PFN_POS_CX_DEVICE_REMOTE_RELEASE EvtDeviceRemoteRelease;
	PFN_POS_CX_DEVICE_REMOTE_RETAIN EvtDeviceRemoteRetain;
} POS_CX_ATTRIBUTES, *PPOS_CX_ATTRIBUTES;

DRISO_INLINE VOID POS_CX_ATTRIBUTES_INIT(POS_CX_ATTRIBUTES *PosCxAttrPtr)
{
	RtlZeroMemory(PosCxAttrPtr, sizeof(*PosCxAttrPtr));
}

NTSTATUS PosCxClaimDevice(WDFDEVICE device, WDFREQUEST request);
NTSTATUS PosCxInit(WDFDEVICE device, POS_CX_ATTRIBUTES* posCxAttrPtr);
NTSTATUS PosCxRetainDevice(WDFDEVICE device, WDFREQUEST request);
NTSTATUS PosCxRemoteRequestRelease(WDFDEVICE device, ULONG deviceInterfaceTag);
NTSTATUS PosCxReleaseDevice(WDFDEVICE device, WDFFILEOBJECT fileObject);
BOOLEAN PosCxIsDeviceOwner(WDFDEVICE device, WDFFILEOBJECT fileObject);
ULONG PosCxGetDeviceInterfaceTag(WDFFILEOBJECT fileObject);
NTSTATUS PosCxPutPendingEvent(WDFDEVICE device, ULONG deviceInterfaceTag, ULONG eventType, size_t rawEventDataSize, PVOID rawEventDataPtr, POS_CX_EVENT_ATTRIBUTES eventAttr);
NTSTATUS PosCxPutPendingEventMemory(WDFDEVICE device, ULONG deviceInterfaceTag, WDFMEMORY eventMemory, POS_CX_EVENT_ATTRIBUTES eventAttr);
NTSTATUS PosCxGetPendingEvent(WDFDEVICE device, WDFREQUEST request);
VOID PosCxCleanupEvents(WDFDEVICE device, WDFFILEOBJECT fileObject);
VOID PosCxCleanPendingRequests(WDFDEVICE device, WDFFILEOBJECT callerFileObj, NTSTATUS completionStatus);
BOOLEAN PosCxIsPosApp(WDFDEVICE device, WDFFILEOBJECT fileObject);
NTSTATUS PosCxMarkPosApp(WDFDEVICE device, WDFFILEOBJECT fileObject, BOOLEAN isPosApp);
NTSTATUS PosCxOpen(WDFDEVICE device, WDFFILEOBJECT fileObject, ULONG deviceInterfaceTag);
NTSTATUS PosCxClose(WDFDEVICE device, WDFFILEOBJECT fileObject);

DRISO_EXTERN_C_END
#endif
