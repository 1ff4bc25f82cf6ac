/*
 * driso shim: sdcaxu.h, the SDCA Extension Unit (XU) interface: the
 * INTERFACE (SDCAXU_INTERFACE) an SDCA XU filter driver exposes to the
 * SDCA class driver, carrying callbacks in both directions, and the
 * structures passed through it.
 *
 * Not documented on Learn. Version 1.0 of the interface (GUID, values,
 * callback types, member order) is taken as facts from Microsoft's
 * MIT-licensed WDK metadata (github.com/microsoft/wdkmetadata,
 * generation/WDK/IdlHeaders/km/SdcaXu.h). Versions 1.1 and 1.2 are not in
 * that metadata: their additions (deferred audio controls, SWFT file
 * override, the posture/FDL/fault notifications) are declared from how
 * Microsoft's MIT-licensed SDCA samples (Windows-driver-samples
 * audio/SoundWire/Samples/SdcaVad) use them; the values of the added
 * notification types (and of SdcaXuNotificationTypeCount after them) are
 * driso's, SDCAXU_INTERFACE_VERSION_0101/0102 mirror their names.
 * Declarations only.
 */
#ifndef DRISO_SHIM_SDCAXU_H
#define DRISO_SHIM_SDCAXU_H
#include "driso_shims.h"
#include "soundwirecontroller.h"

DRISO_EXTERN_C_START

/* {6A000532-8C2A-4392-9AD1-3F0305B3CF88} */
DEFINE_GUID(SDCAXU_INTERFACE, 0x6A000532, 0x8C2A, 0x4392, 0x9A, 0xD1, 0x3F, 0x03, 0x05, 0xB3, 0xCF, 0x88);
#define SDCAXU_INTERFACE_VERSION_0100 (0x0100)
#define SDCAXU_INTERFACE_VERSION_0101 (0x0101)
#define SDCAXU_INTERFACE_VERSION_0102 (0x0102)

#define MAX_EXTENSION_NUM_DATAPORTS (15)

typedef NTSTATUS EVT_SDCAXU_SET_XU_ENTITIES(PVOID Context, ULONG NumEntities, ULONG EntityIDs[]);
typedef EVT_SDCAXU_SET_XU_ENTITIES *PFN_SDCAXU_SET_XU_ENTITIES;

typedef struct _SDCAXU_INTERRUPT_INFO {
	ULONG Size;
	ULONG SCPInterruptMask;
	UINT8 DataPortInterrupts[MAX_EXTENSION_NUM_DATAPORTS];
	ULONG SDCAInterruptMask;
} SDCAXU_INTERRUPT_INFO, *PSDCAXU_INTERRUPT_INFO;
typedef NTSTATUS EVT_SDCAXU_REGISTER_FOR_INTERRUPTS(PVOID Context, PSDCAXU_INTERRUPT_INFO InterruptInfo);
typedef EVT_SDCAXU_REGISTER_FOR_INTERRUPTS *PFN_SDCAXU_REGISTER_FOR_INTERRUPTS;
typedef NTSTATUS EVT_SDCAXU_INTERRUPT_HANDLER(PVOID Context, PSDCAXU_INTERRUPT_INFO Interrupts);
typedef EVT_SDCAXU_INTERRUPT_HANDLER *PFN_SDCAXU_INTERRUPT_HANDLER;

/* Change notifications */
typedef enum _SDCAXU_NOTIFICATION_TYPE {
	SdcaXuNotificationTypePowerPre = 0,
	SdcaXuNotificationTypePowerPost,
	SdcaXuNotificationTypeJackDetect,
	SdcaXuNotificationTypeHardwareReset,
	SdcaXuNotificationTypeCommitGroup,
	SdcaXuNotificationTypeFunctionNeedsInitialization, /* driso values from here */
	SdcaXuNotificationTypeFunctionFault,
	SdcaXuNotificationTypeUMPSequenceFault,
	SdcaXuNotificationTypeStreamingStoppedAbnormally,
	SdcaXuNotificationTypePosture,
	SdcaXuNotificationTypeFdlBegin,
	SdcaXuNotificationTypeFdlEnd,
	SdcaXuNotificationTypeCount
} SDCAXU_NOTIFICATION_TYPE;
typedef enum _SDCAXU_POWER_STATE {
	SdcaXuPowerState0 = 0,
	SdcaXuPowerState1,
	SdcaXuPowerState2,
	SdcaXuPowerState3,
	SdcaXuPowerState4,
	SdcaXuPowerStateCount
} SDCAXU_POWER_STATE;
typedef struct _SDCAXU_NOTIFICATION_POWER {
	ULONG PowerDomainEntityId;
	SDCAXU_POWER_STATE OldState;
	SDCAXU_POWER_STATE NewState;
} SDCAXU_NOTIFICATION_POWER, *PSDCAXU_NOTIFICATION_POWER;
typedef enum _SDCAXU_JACK_EVENT {
	SdcaXuJackEventUnplugged = 0,
	SdcaXuJackEventPlugged,
	SdcaXuJackEventCount
} SDCAXU_JACK_EVENT;
typedef struct _SDCAXU_NOTIFICATION_JACK_DETECT {
	ULONG GroupEntityId;
	ULONG DetectedMode;
	SDCAXU_JACK_EVENT JackEvent;
} SDCAXU_NOTIFICATION_JACK_DETECT, *PSDCAXU_NOTIFICATION_JACK_DETECT;
typedef struct _SDCAXU_NOTIFICATION_COMMIT_GROUP {
	ULONG CommitGroupHandle; /* 0: the commit group was destroyed */
} SDCAXU_NOTIFICATION_COMMIT_GROUP, *PSDCAXU_NOTIFICATION_COMMIT_GROUP;
/* sample-derived (newer interface versions) */
typedef struct _SDCAXU_NOTIFICATION_POSTURE {
	ULONG Posture;
} SDCAXU_NOTIFICATION_POSTURE, *PSDCAXU_NOTIFICATION_POSTURE;
typedef struct _SDCAXU_NOTIFICATION_FDL_BEGIN {
	ULONG FdlEntityId;
} SDCAXU_NOTIFICATION_FDL_BEGIN, *PSDCAXU_NOTIFICATION_FDL_BEGIN;
typedef struct _SDCAXU_NOTIFICATION_FDL_END {
	ULONG FdlEntityId;
	NTSTATUS FdlStatus;
} SDCAXU_NOTIFICATION_FDL_END, *PSDCAXU_NOTIFICATION_FDL_END;
typedef NTSTATUS EVT_SDCAXU_CHANGE_NOTIFICATION(PVOID Context, SDCAXU_NOTIFICATION_TYPE NotificationType, PVOID NotificationData, ULONG NotificationDataSize);
typedef EVT_SDCAXU_CHANGE_NOTIFICATION *PFN_SDCAXU_CHANGE_NOTIFICATION;

/* Hardware and endpoint configuration */
typedef enum _SDCAXU_HW_CONFIG_TYPE {
	SdcaXuHwConfigTypeAcpiBlob = 0,
	SdcaXuHwConfigTypeCount
} SDCAXU_HW_CONFIG_TYPE;
typedef NTSTATUS EVT_SDCAXU_SET_HW_CONFIG(PVOID Context, SDCAXU_HW_CONFIG_TYPE HwConfigType, PVOID HwConfigData, ULONG HwConfigDataSize);
typedef EVT_SDCAXU_SET_HW_CONFIG *PFN_SDCAXU_SET_HW_CONFIG;
/* cbSize covers the structure and the storage of the strings' buffers. */
typedef struct _SDCAXU_ACX_CIRCUIT_CONFIG {
	ULONG cbSize;
	GUID ComponentID;
	UNICODE_STRING ComponentUri;
	GUID ContainerID;
	UNICODE_STRING CircuitName;
	ULONG CircuitType; /* ACX_CIRCUIT_TYPE */
	PVOID CircuitContext;
} SDCAXU_ACX_CIRCUIT_CONFIG, *PSDCAXU_ACX_CIRCUIT_CONFIG;
typedef enum _SDCAXU_ENDPOINT_CONFIG_TYPE {
	SdcaXuEndpointConfigTypeAcxCircuitConfig = 0,
	SdcaXuEndpointConfigTypeCount
} SDCAXU_ENDPOINT_CONFIG_TYPE;
typedef NTSTATUS EVT_SDCAXU_SET_ENDPOINT_CONFIG(PVOID Context, SDCAXU_ENDPOINT_CONFIG_TYPE EndpointConfigType, PVOID EndpointConfigData, ULONG EndpointConfigDataSize);
typedef EVT_SDCAXU_SET_ENDPOINT_CONFIG *PFN_SDCAXU_SET_ENDPOINT_CONFIG;
typedef NTSTATUS EVT_SDCAXU_REMOVE_ENDPOINT_CONFIG(PVOID Context, SDCAXU_ENDPOINT_CONFIG_TYPE EndpointConfigType, PVOID EndpointConfigData, ULONG EndpointConfigDataSize);
typedef EVT_SDCAXU_REMOVE_ENDPOINT_CONFIG *PFN_SDCAXU_REMOVE_ENDPOINT_CONFIG;

/* Jacks and power domains (called by the XU driver into the class driver) */
typedef NTSTATUS EVT_SDCAXU_SET_JACK_OVERRIDE(PVOID Context, BOOLEAN Override);
typedef EVT_SDCAXU_SET_JACK_OVERRIDE *PFN_SDCAXU_SET_JACK_OVERRIDE;
typedef NTSTATUS EVT_SDCAXU_SET_JACK_SELECTED_MODE(PVOID Context, ULONG GroupEntityId, ULONG SelectedMode);
typedef EVT_SDCAXU_SET_JACK_SELECTED_MODE *PFN_SDCAXU_SET_JACK_SELECTED_MODE;
typedef NTSTATUS EVT_SDCAXU_PDE_POWER_REFERENCE_ACQUIRE(PVOID Context, ULONG PowerDomainEntityId, SDCAXU_POWER_STATE RequiredState);
typedef EVT_SDCAXU_PDE_POWER_REFERENCE_ACQUIRE *PFN_SDCAXU_PDE_POWER_REFERENCE_ACQUIRE;
typedef NTSTATUS EVT_SDCAXU_PDE_POWER_REFERENCE_RELEASE(PVOID Context, ULONG PowerDomainEntityId, SDCAXU_POWER_STATE ReleasedState);
typedef EVT_SDCAXU_PDE_POWER_REFERENCE_RELEASE *PFN_SDCAXU_PDE_POWER_REFERENCE_RELEASE;

/* The interface: class-driver-to-XU callbacks first, then XU-to-class. */
#define DRISO_SDCAXU_INTERFACE_V0100_MEMBERS \
	INTERFACE InterfaceHeader; \
	PFN_SDCAXU_SET_HW_CONFIG EvtSetHwConfig; \
	PFN_SDCAXU_SET_ENDPOINT_CONFIG EvtSetEndpointConfig; \
	PFN_SDCAXU_REMOVE_ENDPOINT_CONFIG EvtRemoveEndpointConfig; \
	PFN_SDCAXU_INTERRUPT_HANDLER EvtInterruptHandler; \
	PFN_SDCAXU_CHANGE_NOTIFICATION EvtChangeNotification; \
	PFN_SDCAXU_SET_XU_ENTITIES EvtSetXUEntities; \
	PFN_SDCAXU_REGISTER_FOR_INTERRUPTS EvtRegisterForInterrupts; \
	PFN_SDCAXU_SET_JACK_OVERRIDE EvtSetJackOverride; \
	PFN_SDCAXU_SET_JACK_SELECTED_MODE EvtSetJackSelectedMode; \
	PFN_SDCAXU_PDE_POWER_REFERENCE_ACQUIRE EvtPDEPowerReferenceAcquire; \
	PFN_SDCAXU_PDE_POWER_REFERENCE_RELEASE EvtPDEPowerReferenceRelease;
#define DRISO_SDCAXU_INTERFACE_V0101_MEMBERS \
	DRISO_SDCAXU_INTERFACE_V0100_MEMBERS \
	NTSTATUS (*EvtReadDeferredAudioControls)(PVOID Context, PSDCA_AUDIO_CONTROLS Controls); \
	NTSTATUS (*EvtWriteDeferredAudioControls)(PVOID Context, PSDCA_AUDIO_CONTROLS Controls);
typedef struct _SDCAXU_INTERFACE_V0100 {
	DRISO_SDCAXU_INTERFACE_V0100_MEMBERS
} SDCAXU_INTERFACE_V0100, *PSDCAXU_INTERFACE_V0100;
typedef struct _SDCAXU_INTERFACE_V0101 {
	DRISO_SDCAXU_INTERFACE_V0101_MEMBERS
} SDCAXU_INTERFACE_V0101, *PSDCAXU_INTERFACE_V0101;
/* 1.2: override of SoundWire file table (SWFT) firmware files */
typedef struct _SDCAXU_INTERFACE_V0102 {
	DRISO_SDCAXU_INTERFACE_V0101_MEMBERS
	NTSTATUS (*EvtRetrieveSwftFileOverride)(PVOID Context, USHORT VendorID, ULONG FileID, USHORT SwftFileVersion, ULONG SwftFileLength, PUSHORT NewFileVersion, PULONG NewFileLength, ULONG NewFileBufferLength, PVOID NewFileBuffer);
} SDCAXU_INTERFACE_V0102, *PSDCAXU_INTERFACE_V0102;
#undef DRISO_SDCAXU_INTERFACE_V0100_MEMBERS
#undef DRISO_SDCAXU_INTERFACE_V0101_MEMBERS

DRISO_EXTERN_C_END
#endif
