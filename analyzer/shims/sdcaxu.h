/*
 * driso shim: sdcaxu.h, the SDCA Extension Unit (XU) interface: the
 * INTERFACE an SDCA XU filter driver exposes to the SDCA class driver
 * (queried with WdfFdoQueryForInterface / answered from
 * EvtDeviceProcessQueryInterfaceRequest), carrying callbacks in both
 * directions, and the structures passed through it.
 *
 * Not documented on Learn; declared from how Microsoft's MIT-licensed SDCA
 * samples (Windows-driver-samples audio/SoundWire/Samples/SdcaVad:
 * SdcaVXu implements the XU side, SdcaVCodec the class side) use it:
 * names, member names, member and parameter types as used there. The
 * member order of the structures is driso's; SDCAXU_INTERFACE is declared,
 * not defined; the SDCAXU_INTERFACE_VERSION_* values mirror their names,
 * every other value is driso's. The XU-to-class callbacks are typed by
 * their use; SDCAXU_POWER_STATE and SDCAXU_JACK_EVENT (no enumerator ever
 * spelled) are ULONG-sized, SDCA_AUDIO_CONTROLS is incomplete.
 * Declarations only.
 */
#ifndef DRISO_SHIM_SDCAXU_H
#define DRISO_SHIM_SDCAXU_H
#include "driso_shims.h"
#include <acx.h>
#include "soundwirecontroller.h"

DRISO_EXTERN_C_START

extern const GUID SDCAXU_INTERFACE;
#define SDCAXU_INTERFACE_VERSION_0101 0x0101
#define SDCAXU_INTERFACE_VERSION_0102 0x0102

typedef ULONG SDCAXU_POWER_STATE;
typedef ULONG SDCAXU_JACK_EVENT;
typedef struct _SDCA_AUDIO_CONTROLS SDCA_AUDIO_CONTROLS, *PSDCA_AUDIO_CONTROLS;

typedef enum _SDCAXU_HW_CONFIG_TYPE {
	SdcaXuHwConfigTypeAcpiBlob = 1
} SDCAXU_HW_CONFIG_TYPE;
typedef enum _SDCAXU_ENDPOINT_CONFIG_TYPE {
	SdcaXuEndpointConfigTypeAcxCircuitConfig = 1
} SDCAXU_ENDPOINT_CONFIG_TYPE;

/* EvtSetEndpointConfig(SdcaXuEndpointConfigTypeAcxCircuitConfig): cbSize
 * covers the structure and the CircuitName characters that follow it. */
typedef struct _SDCAXU_ACX_CIRCUIT_CONFIG {
	ULONG cbSize;
	ACX_CIRCUIT_TYPE CircuitType;
	PVOID CircuitContext;
	GUID ContainerID;
	GUID ComponentID;
	UNICODE_STRING ComponentUri;
	UNICODE_STRING CircuitName;
} SDCAXU_ACX_CIRCUIT_CONFIG, *PSDCAXU_ACX_CIRCUIT_CONFIG;

/* Interrupt sources: SoundWire SCP, per data port (DP0..DP14), SDCA. */
typedef struct _SDCAXU_INTERRUPT_INFO {
	ULONG Size;
	ULONG SCPInterruptMask;
	UCHAR DataPortInterrupts[15];
	ULONG SDCAInterruptMask;
} SDCAXU_INTERRUPT_INFO, *PSDCAXU_INTERRUPT_INFO;

/* EvtChangeNotification */
typedef enum _SDCAXU_NOTIFICATION_TYPE {
	SdcaXuNotificationTypeJackDetect = 1,
	SdcaXuNotificationTypePowerPre,
	SdcaXuNotificationTypePowerPost,
	SdcaXuNotificationTypeHardwareReset,
	SdcaXuNotificationTypeFunctionNeedsInitialization,
	SdcaXuNotificationTypeFunctionFault,
	SdcaXuNotificationTypeUMPSequenceFault,
	SdcaXuNotificationTypeStreamingStoppedAbnormally,
	SdcaXuNotificationTypeCommitGroup,
	SdcaXuNotificationTypePosture,
	SdcaXuNotificationTypeFdlBegin,
	SdcaXuNotificationTypeFdlEnd
} SDCAXU_NOTIFICATION_TYPE;
typedef struct _SDCAXU_NOTIFICATION_JACK_DETECT {
	ULONG GroupEntityId;
	ULONG DetectedMode;
	SDCAXU_JACK_EVENT JackEvent;
} SDCAXU_NOTIFICATION_JACK_DETECT, *PSDCAXU_NOTIFICATION_JACK_DETECT;
typedef struct _SDCAXU_NOTIFICATION_POWER {
	ULONG PowerDomainEntityId;
	SDCAXU_POWER_STATE OldState;
	SDCAXU_POWER_STATE NewState;
} SDCAXU_NOTIFICATION_POWER, *PSDCAXU_NOTIFICATION_POWER;
typedef struct _SDCAXU_NOTIFICATION_COMMIT_GROUP {
	ULONG CommitGroupHandle;
} SDCAXU_NOTIFICATION_COMMIT_GROUP, *PSDCAXU_NOTIFICATION_COMMIT_GROUP;
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

/* Callbacks: the XU driver fills the first group, the SDCA class driver
 * the second. Context is the InterfaceHeader.Context of the side that
 * implements the callback. */
#define DRISO_SDCAXU_INTERFACE_V0101_MEMBERS \
	INTERFACE InterfaceHeader; \
	NTSTATUS (*EvtSetHwConfig)(PVOID Context, SDCAXU_HW_CONFIG_TYPE HwConfigType, PVOID HwConfigData, ULONG HwConfigDataSize); \
	NTSTATUS (*EvtSetEndpointConfig)(PVOID Context, SDCAXU_ENDPOINT_CONFIG_TYPE EndpointConfigType, PVOID EndpointConfigData, ULONG EndpointConfigDataSize); \
	NTSTATUS (*EvtRemoveEndpointConfig)(PVOID Context, SDCAXU_ENDPOINT_CONFIG_TYPE EndpointConfigType, PVOID EndpointConfigData, ULONG EndpointConfigDataSize); \
	NTSTATUS (*EvtInterruptHandler)(PVOID Context, PSDCAXU_INTERRUPT_INFO Interrupt); \
	NTSTATUS (*EvtChangeNotification)(PVOID Context, SDCAXU_NOTIFICATION_TYPE NotificationType, PVOID NotificationData, ULONG NotificationDataSize); \
	NTSTATUS (*EvtSetXUEntities)(PVOID Context, ULONG NumEntities, ULONG EntityIDs[]); \
	NTSTATUS (*EvtRegisterForInterrupts)(PVOID Context, PSDCAXU_INTERRUPT_INFO InterruptInfo); \
	NTSTATUS (*EvtSetJackOverride)(PVOID Context, BOOLEAN Override); \
	NTSTATUS (*EvtSetJackSelectedMode)(PVOID Context, ULONG GroupEntityId, ULONG SelectedMode); \
	NTSTATUS (*EvtPDEPowerReferenceAcquire)(PVOID Context, ULONG PowerDomainEntityId, SDCAXU_POWER_STATE RequiredState); \
	NTSTATUS (*EvtPDEPowerReferenceRelease)(PVOID Context, ULONG PowerDomainEntityId, SDCAXU_POWER_STATE ReleasedState); \
	NTSTATUS (*EvtReadDeferredAudioControls)(PVOID Context, PSDCA_AUDIO_CONTROLS Controls); \
	NTSTATUS (*EvtWriteDeferredAudioControls)(PVOID Context, PSDCA_AUDIO_CONTROLS Controls);
typedef struct _SDCAXU_INTERFACE_V0101 {
	DRISO_SDCAXU_INTERFACE_V0101_MEMBERS
} SDCAXU_INTERFACE_V0101, *PSDCAXU_INTERFACE_V0101;
/* 1.2 adds the SWFT (SoundWire file table) firmware-file override. */
typedef struct _SDCAXU_INTERFACE_V0102 {
	DRISO_SDCAXU_INTERFACE_V0101_MEMBERS
	NTSTATUS (*EvtRetrieveSwftFileOverride)(PVOID Context, USHORT VendorID, ULONG FileID, USHORT SwftFileVersion, ULONG SwftFileLength, PUSHORT NewFileVersion, PULONG NewFileLength, ULONG NewFileBufferLength, PVOID NewFileBuffer);
} SDCAXU_INTERFACE_V0102, *PSDCAXU_INTERFACE_V0102;
#undef DRISO_SDCAXU_INTERFACE_V0101_MEMBERS

DRISO_EXTERN_C_END
#endif
