/*
 * driso shim: sdcastreaming.h, the SDCA (SoundWire Device Class for Audio)
 * streaming interface between an audio DSP driver and the SDCA class
 * driver: special-stream paths and their descriptors, function
 * information, the KSPROPERTYSETID_Sdca and KSPROPERTYSETID_SdcaKws
 * property sets and the keyword-spotter (VAD) structures.
 *
 * Not documented on Learn; declared from how Microsoft's MIT-licensed SDCA
 * samples (Windows-driver-samples audio/SoundWire/Samples/SdcaVad) use it.
 * Every numeric value (property ids, SDCA_PATH bits, versions, modes) is
 * driso's; the property-set GUIDs are declared, not defined. ENTITY_INFO
 * is only ever used as an array element by the samples: its members are a
 * driso placeholder of unspecified meaning, and the enumerators whose
 * enumeration the samples never name are in unnamed enums. Declarations
 * only.
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

/* KSPROPERTY_SDCA_FUNCTION_INFORMATION: the audio functions behind a pin. */
typedef struct _SDCA_FUNCTION_INFORMATION {
	ULONG FunctionInformationId;
	ULONG UniqueId;
	ULONG FunctionId;
	ULONG FunctionManufacturerId;
} SDCA_FUNCTION_INFORMATION, *PSDCA_FUNCTION_INFORMATION;
typedef struct _SDCA_FUNCTION_INFORMATION_LIST {
	ULONG Size;
	ULONG FunctionCount;
	SDCA_FUNCTION_INFORMATION FunctionInfoList[ANYSIZE_ARRAY];
} SDCA_FUNCTION_INFORMATION_LIST, *PSDCA_FUNCTION_INFORMATION_LIST;

DEFINE_GUIDEX(KSPROPERTYSETID_Sdca);
#define KSPROPERTYSETID_Sdca DEFINE_GUIDNAMED(KSPROPERTYSETID_Sdca)
enum {
	KSPROPERTY_SDCA_FUNCTION_INFORMATION = 1,
	KSPROPERTY_SDCA_VENDOR_SPECIFIC = 2,
	KSPROPERTY_SDCA_FUNCTION_CAPABILITY = 3,
	KSPROPERTY_SDCA_PATH_DESCRIPTORS = 4,
	KSPROPERTY_SDCA_CREATE_PATH = 5,
	KSPROPERTY_SDCA_DESTROY_PATH = 6,
	KSPROPERTY_SDCA_START_PATH = 7,
	KSPROPERTY_SDCA_STOP_PATH = 8,
	KSPROPERTY_SDCA_CREATE_PATH2 = 9
};

/* Keyword spotting / voice activity detection */
DEFINE_GUIDEX(KSPROPERTYSETID_SdcaKws);
#define KSPROPERTYSETID_SdcaKws DEFINE_GUIDNAMED(KSPROPERTYSETID_SdcaKws)
enum {
	KSPROPERTY_SDCAKWS_DEVICE_CAPABILITY = 1,
	KSPROPERTY_SDCAKWS_VAD_CAPABILITY = 2,
	KSPROPERTY_SDCAKWS_VAD_ENTITIES = 3,
	KSPROPERTY_SDCAKWS_ACCESS_EVENTS = 4,
	KSPROPERTY_SDCAKWS_CONFIGURE_VAD_PORT = 5,
	KSPROPERTY_SDCAKWS_CLEANUP_VAD_PORT = 6
};
enum {
	SupportedDataPathsBufferedRaw = 0x00000001
};
typedef struct _DEVICE_KWS_CAPABILITY_DESCRIPTOR {
	ULONG Size;
	ULONG DataPathsSupported;
} DEVICE_KWS_CAPABILITY_DESCRIPTOR, *PDEVICE_KWS_CAPABILITY_DESCRIPTOR;
typedef struct _VAD_DESCRIPTOR {
	ULONG FormatCount;
	WAVEFORMATEXTENSIBLE Format[ANYSIZE_ARRAY];
} VAD_DESCRIPTOR, *PVAD_DESCRIPTOR;
typedef struct _ENTITY_INFO {
	ULONG DrisoOpaque[4];
} ENTITY_INFO, *PENTITY_INFO;
typedef struct _VAD_ENTITIES {
	ULONG EntitiesCount;
	ENTITY_INFO Entities[ANYSIZE_ARRAY];
} VAD_ENTITIES, *PVAD_ENTITIES;
typedef struct _SDCA_KWS_NOTIFICATIONS {
	KEVENT Suspend;
	KEVENT Resume;
} SDCA_KWS_NOTIFICATIONS, *PSDCA_KWS_NOTIFICATIONS;
enum {
	VadModeStreaming = 1
};
typedef struct _SDCA_KWS_PREPARE_PARAMS {
	ULONG EndpointId;
	ULONG VadMode;
	WAVEFORMATEXTENSIBLE DetectionFormat;
} SDCA_KWS_PREPARE_PARAMS, *PSDCA_KWS_PREPARE_PARAMS;

DRISO_EXTERN_C_END
#endif
