/*
 * driso shim: sdcastreaming.h, the SDCA (SoundWire Device Class for Audio)
 * streaming interface between an audio DSP driver and the SDCA class
 * driver: the KSPROPERTYSETID_Sdca property set (function information,
 * special-stream paths and their descriptors) and the keyword-spotting
 * set KSPROPERTYSETID_SdcaKws with its VAD structures.
 *
 * Not documented on Learn. The property-set GUIDs, KSPROPERTY_SDCA_
 * FUNCTION_INFORMATION, SDCA_FUNCTION_INFORMATION and the whole KWS part
 * (values, member order) are facts from Microsoft's MIT-licensed WDK
 * metadata (github.com/microsoft/wdkmetadata, generation/WDK/IdlHeaders/km/
 * SDCAStreaming.h). The newer path interface is not in that metadata: it
 * is declared from how Microsoft's MIT-licensed SDCA samples
 * (Windows-driver-samples audio/SoundWire/Samples/SdcaVad) use it, with
 * driso values (the other KSPROPERTY_SDCA_* ids, SDCA_PATH bits,
 * SdcaDataPortMapIndexA, SDCA_PATH_DESCRIPTOR2_VERSION_1), member order of
 * driso's choosing, and enumerators whose enumeration the samples never
 * name in unnamed enums. Declarations only.
 */
#ifndef DRISO_SHIM_SDCASTREAMING_H
#define DRISO_SHIM_SDCASTREAMING_H
#include "driso_shims.h"
#include <ks.h>
#include <ksmedia.h>
#include "soundwirecontroller.h"

DRISO_EXTERN_C_START

/* Streaming paths of an audio function (bit flags: a function reports the
 * paths it supports as a mask). */
typedef enum _SDCA_PATH {
	SdcaPathDefault = 0x00000001,
	SdcaPathUltrasoundRender = 0x00000002,
	SdcaPathUltrasoundCapture = 0x00000004,
	SdcaPathReferenceStream = 0x00000008,
	SdcaPathIvSense = 0x00000010
} SDCA_PATH, *PSDCA_PATH;

/* Which DPIndex entries of SDCA_PATH_DESCRIPTOR2.DataPortConfig are used. */
enum {
	SdcaDataPortMapIndexA = 0x00000001
};
#define DRISO_SDCA_DATAPORT_INDEX_COUNT 4 /* driso's bound */

/* KSPROPERTY_SDCA_PATH_DESCRIPTORS / _CREATE_PATH: a header followed by
 * DescriptorCount variable-size SDCA_PATH_DESCRIPTOR records. */
typedef struct _SDCA_PATH_DESCRIPTOR {
	ULONG Size;
	ULONG FunctionInformationId;
	ULONG DataPortCount;
	ULONG FormatCount;
	WAVEFORMATEXTENSIBLE Formats[ANYSIZE_ARRAY];
} SDCA_PATH_DESCRIPTOR, *PSDCA_PATH_DESCRIPTOR;
typedef struct _SDCA_PATH_DESCRIPTORS {
	ULONG Size;
	ULONG EndpointId;
	ULONG DescriptorCount;
} SDCA_PATH_DESCRIPTORS, *PSDCA_PATH_DESCRIPTORS;

/* Version 2 (KSPROPERTY_SDCA_CREATE_PATH2, object-bag path descriptors). */
#define SDCA_PATH_DESCRIPTOR2_VERSION_1 1
typedef struct _SDCA_PATH_DESCRIPTOR2 {
	ULONG Size;
	ULONG Version;
	ULONG FunctionInformationId;
	ULONG TerminalEntityId;
	ULONG DataPortMap;
	SOUNDWIRE_DATAPORT_CONFIGURATION DataPortConfig[DRISO_SDCA_DATAPORT_INDEX_COUNT];
} SDCA_PATH_DESCRIPTOR2, *PSDCA_PATH_DESCRIPTOR2;
typedef struct _SDCA_PATH_DESCRIPTORS2 {
	ULONG Size;
	ULONG Version;
	SDCA_PATH SdcaPath;
	ULONG EndpointId;
	WAVEFORMATEXTENSIBLE SpecialPathFormat;
	ULONG DescriptorCount;
	SDCA_PATH_DESCRIPTOR2 Descriptor[ANYSIZE_ARRAY];
} SDCA_PATH_DESCRIPTORS2, *PSDCA_PATH_DESCRIPTORS2;
/* Object-bag value name under which a stream bridge carries path
 * descriptors (declared; the string is the WDK's). */
extern const UNICODE_STRING SdcaPropertyPathDescriptors2;


#define STATIC_KSPROPERTYSETID_Sdca \
	0x55eff601, 0x40d2, 0x4fc9, 0xb4, 0x1d, 0x09, 0xb1, 0x8c, 0x6b, 0xfb, 0x1f
DEFINE_GUIDSTRUCT("55EFF601-40D2-4FC9-B41D-09B18C6BFB1F", KSPROPERTYSETID_Sdca);
#define KSPROPERTYSETID_Sdca DEFINE_GUIDNAMED(KSPROPERTYSETID_Sdca)
typedef enum {
	KSPROPERTY_SDCA_FUNCTION_INFORMATION = 1,
	KSPROPERTY_SDCA_VENDOR_SPECIFIC = 2,	/* from here on driso values */
	KSPROPERTY_SDCA_FUNCTION_CAPABILITY = 3,
	KSPROPERTY_SDCA_PATH_DESCRIPTORS = 4,
	KSPROPERTY_SDCA_CREATE_PATH = 5,
	KSPROPERTY_SDCA_DESTROY_PATH = 6,
	KSPROPERTY_SDCA_START_PATH = 7,
	KSPROPERTY_SDCA_STOP_PATH = 8,
	KSPROPERTY_SDCA_CREATE_PATH2 = 9
} KSPROPERTY_SDCA;

/* KSPROPERTY_SDCA_FUNCTION_INFORMATION. UniqueId and FunctionInformationId
 * (after the metadata's members) and the list header are what the samples
 * use of newer WDKs. */
typedef struct _SDCA_FUNCTION_INFORMATION {
	ULONG Size;
	UINT8 FunctionSdcaVersion;
	UINT8 FunctionType;
	UINT16 FunctionManufacturerId;
	UINT16 FunctionId;
	UINT8 FunctionVersion;
	UINT8 ControllerId;
	UINT8 LinkId;
	UINT8 PerhiperalId; /* sic */
	ULONG UniqueId;
	ULONG FunctionInformationId;
} SDCA_FUNCTION_INFORMATION, *PSDCA_FUNCTION_INFORMATION;
typedef struct _SDCA_FUNCTION_INFORMATION_LIST {
	ULONG FunctionCount;
	SDCA_FUNCTION_INFORMATION FunctionInfoList[ANYSIZE_ARRAY];
} SDCA_FUNCTION_INFORMATION_LIST, *PSDCA_FUNCTION_INFORMATION_LIST;

/* Keyword spotting / voice activity detection */
#define STATIC_KSPROPERTYSETID_SdcaKws \
	0x947d5153, 0x1286, 0x468c, 0xa6, 0x8d, 0xf8, 0x39, 0x56, 0x03, 0x7f, 0xfd
DEFINE_GUIDSTRUCT("947D5153-1286-468C-A68D-F83956037FFD", KSPROPERTYSETID_SdcaKws);
#define KSPROPERTYSETID_SdcaKws DEFINE_GUIDNAMED(KSPROPERTYSETID_SdcaKws)
#define MAX_SDCA_ENTITY_LABEL_LENGTH 12
#define MAX_INPUT_PIN_COUNT 4
typedef enum {
	KSPROPERTY_SDCAKWS_DEVICE_CAPABILITY = 1,
	KSPROPERTY_SDCAKWS_VAD_CAPABILITY = 2,
	KSPROPERTY_SDCAKWS_VAD_ENTITIES = 3,
	KSPROPERTY_SDCAKWS_ACCESS_EVENTS = 4,
	KSPROPERTY_SDCAKWS_CONFIGURE_VAD_PORT = 5,
	KSPROPERTY_SDCAKWS_CLEANUP_VAD_PORT = 6
} KSPROPERTY_SDCAKWS;
typedef enum _DATA_PATHS {
	SupportedDataPathsRawPCM = 0x1,
	SupportedDataPathsBufferedRaw = 0x2
} DATA_PATHS, *PDATA_PATHS;
typedef enum _HISTORY_BUFFER_MODES {
	HistoryBufferModesFlowThrough = 0x1,
	HistoryBufferModesFastStream = 0x2,
	HistoryBufferModesRead = 0x4
} HISTORY_BUFFER_MODES, *PHISTORY_BUFFER_MODES;
typedef enum _VAD_ACCESS_MODE {
	VADAccessModeRW = 0x0,
	VADAccessModeDual = 0x1,
	VADAccessModeRW1C = 0x2,
	VADAccessModeRO = 0x3,
	VADAccessModeW1S = 0x4,
	VADAccessModeDC = 0x5
} VAD_ACCESS_MODE, *PVAD_ACCESS_MODE;
typedef struct _DEVICE_KWS_CAPABILITY_DESCRIPTOR {
	ULONG DataPathsSupported; /* DATA_PATHS bits */
} DEVICE_KWS_CAPABILITY_DESCRIPTOR, *PDEVICE_KWS_CAPABILITY_DESCRIPTOR;
typedef struct _VAD_DESCRIPTOR {
	UINT8 VadInterruptPosition;
	ULONG SupportedHistoryBufferModes;
	ULONG HistoryBufferPreamble;
	ULONG HistoryBufferPreambleOverFlow;
	VAD_ACCESS_MODE HistoryBufferMessageOffsetAccessMode;
	ULONG HistoryBufferMessageOffsetDCValue;
	VAD_ACCESS_MODE HistoryBufferMessageLengthAccessMode;
	ULONG HistoryBufferMessageLengthDCValue;
	ULONG FormatCount;
	WAVEFORMATEXTENSIBLE Format[ANYSIZE_ARRAY];
} VAD_DESCRIPTOR, *PVAD_DESCRIPTOR;
typedef struct _ENTITY_INFO {
	UINT8 EntityType;
	UINT8 EntityId;
	char EntityLabel[MAX_SDCA_ENTITY_LABEL_LENGTH];
	UINT8 InputPin[MAX_INPUT_PIN_COUNT];
} ENTITY_INFO, *PENTITY_INFO;
typedef struct _VAD_ENTITIES {
	ULONG EntityCount;
	ENTITY_INFO SDCAVadEntities[ANYSIZE_ARRAY];
} VAD_ENTITIES, *PVAD_ENTITIES;
typedef struct _SDCA_KWS_NOTIFICATIONS {
	KEVENT Suspend;
	KEVENT Resume;
} SDCA_KWS_NOTIFICATIONS, *PSDCA_KWS_NOTIFICATIONS;
typedef enum {
	VadModeStreaming,
	VadModeSharedHardware
} VAD_MODE;
typedef struct _SDCA_KWS_PREPARE_PARAMS {
	VAD_MODE VadMode;
	ULONG EndpointId;
	WAVEFORMATEXTENSIBLE DetectionFormat;
} SDCA_KWS_PREPARE_PARAMS, *PSDCA_KWS_PREPARE_PARAMS;

DRISO_EXTERN_C_END
#endif
