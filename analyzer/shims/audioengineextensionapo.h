/*
 * driso shim: audioengineextensionapo.h (Windows SDK; the Windows 11 APO
 * interfaces). Declares what the Learn reference lists for this header
 * (MicrosoftDocs/sdk-api audioengineextensionapo):
 * IAudioProcessingObjectLoggingService, IAudioProcessingObjectNotifications(2),
 * IAudioProcessingObjectPreferredFormatSupport,
 * IAudioProcessingObjectRTQueueService, IAudioSystemEffects3;
 * APOInitSystemEffects3, AcousticEchoCanceller_Reference_Input,
 * APO_NOTIFICATION(_DESCRIPTOR) and every notification / descriptor
 * structure of its unions, AUDIO_VOLUME_NOTIFICATION_DATA2,
 * AUDIO_SYSTEMEFFECT; APO_LOG_LEVEL, APO_NOTIFICATION_TYPE,
 * AUDIO_SYSTEMEFFECT_STATE, DEVICE_ORIENTATION_TYPE;
 * SID_AudioProcessingObjectLoggingService / SID_AudioProcessingObjectRTQueue.
 * Enumerator values are Learn's; interface and service IDs were checked
 * against Microsoft's Win32 metadata as published in the MIT-licensed
 * microsoft/windows-rs. IAudioProcessingObjectNotifications2 and
 * IAudioProcessingObjectPreferredFormatSupport are declared without an
 * interface ID (not verified). Interfaces are declared for C++.
 */
#ifndef DRISO_SHIM_AUDIOENGINEEXTENSIONAPO_H
#define DRISO_SHIM_AUDIOENGINEEXTENSIONAPO_H
#include "audioenginebaseapo.h"
#include <endpointvolume.h>
#include <servprov.h>

DEFINE_GUID(SID_AudioProcessingObjectLoggingService, 0x8b8008af, 0x09f9, 0x456e, 0xa1, 0x73, 0xbd, 0xb5, 0x84, 0x99,
	    0xbc, 0xe7);
DEFINE_GUID(SID_AudioProcessingObjectRTQueue, 0x458c1a1f, 0x6899, 0x4c12, 0x99, 0xac, 0xe2, 0xe6, 0xac, 0x25, 0x31,
	    0x04);

typedef enum APO_LOG_LEVEL {
	APO_LOG_LEVEL_ALWAYS = 0,
	APO_LOG_LEVEL_CRITICAL = 1,
	APO_LOG_LEVEL_ERROR = 2,
	APO_LOG_LEVEL_WARNING = 3,
	APO_LOG_LEVEL_INFO = 4,
	APO_LOG_LEVEL_VERBOSE = 5
} APO_LOG_LEVEL;

typedef enum APO_NOTIFICATION_TYPE {
	APO_NOTIFICATION_TYPE_NONE = 0,
	APO_NOTIFICATION_TYPE_ENDPOINT_VOLUME = 1,
	APO_NOTIFICATION_TYPE_ENDPOINT_PROPERTY_CHANGE = 2,
	APO_NOTIFICATION_TYPE_SYSTEM_EFFECTS_PROPERTY_CHANGE = 3,
	APO_NOTIFICATION_TYPE_ENDPOINT_VOLUME2 = 4,
	APO_NOTIFICATION_TYPE_DEVICE_ORIENTATION = 5,
	APO_NOTIFICATION_TYPE_MICROPHONE_BOOST = 6,
	APO_NOTIFICATION_TYPE_AUDIO_ENVIRONMENT_STATE_CHANGE
} APO_NOTIFICATION_TYPE;

typedef enum AUDIO_SYSTEMEFFECT_STATE {
	AUDIO_SYSTEMEFFECT_STATE_OFF = 0,
	AUDIO_SYSTEMEFFECT_STATE_ON = 1
} AUDIO_SYSTEMEFFECT_STATE;

typedef enum DEVICE_ORIENTATION_TYPE {
	DEVICE_NOT_ROTATED,
	DEVICE_ROTATED_90_DEGREES_CLOCKWISE,
	DEVICE_ROTATED_180_DEGREES_CLOCKWISE,
	DEVICE_ROTATED_270_DEGREES_CLOCKWISE
} DEVICE_ORIENTATION_TYPE;

typedef struct AUDIO_SYSTEMEFFECT {
	GUID id;
	BOOL canSetState;
	AUDIO_SYSTEMEFFECT_STATE state;
} AUDIO_SYSTEMEFFECT;

typedef struct APOInitSystemEffects3 {
	APOInitBaseStruct APOInit;
	IPropertyStore *pAPOEndpointProperties;
	IServiceProvider *pServiceProvider;
	IMMDeviceCollection *pDeviceCollection;
	UINT nSoftwareIoDeviceInCollection;
	UINT nSoftwareIoConnectorIndex;
	GUID AudioProcessingMode;
	BOOL InitializeForDiscoveryOnly;
} APOInitSystemEffects3;

typedef struct AcousticEchoCanceller_Reference_Input {
	APOInitSystemEffects3 apoInitSystemEffects;
	APO_REFERENCE_STREAM_PROPERTIES streamProperties;
} AcousticEchoCanceller_Reference_Input;

typedef struct AUDIO_VOLUME_NOTIFICATION_DATA2 {
	PAUDIO_VOLUME_NOTIFICATION_DATA notificationData;
	float masterVolumeInDb;
	float volumeMinInDb;
	float volumeMaxInDb;
	float volumeIncrementInDb;
	UINT step;
	UINT stepCount;
	float channelVolumesInDb[1];
} AUDIO_VOLUME_NOTIFICATION_DATA2, *PAUDIO_VOLUME_NOTIFICATION_DATA2;

/* Notification descriptors (what an APO registers for) */
typedef struct AUDIO_ENDPOINT_VOLUME_APO_NOTIFICATION_DESCRIPTOR {
	IMMDevice *device;
} AUDIO_ENDPOINT_VOLUME_APO_NOTIFICATION_DESCRIPTOR;
typedef struct AUDIO_ENDPOINT_PROPERTY_CHANGE_APO_NOTIFICATION_DESCRIPTOR {
	IMMDevice *device;
} AUDIO_ENDPOINT_PROPERTY_CHANGE_APO_NOTIFICATION_DESCRIPTOR;
typedef struct AUDIO_SYSTEMEFFECTS_PROPERTY_CHANGE_APO_NOTIFICATION_DESCRIPTOR {
	IMMDevice *device;
	GUID propertyStoreContext;
} AUDIO_SYSTEMEFFECTS_PROPERTY_CHANGE_APO_NOTIFICATION_DESCRIPTOR;
typedef struct AUDIO_MICROPHONE_BOOST_APO_NOTIFICATION_DESCRIPTOR {
	IMMDevice *device;
} AUDIO_MICROPHONE_BOOST_APO_NOTIFICATION_DESCRIPTOR;

typedef struct APO_NOTIFICATION_DESCRIPTOR {
	APO_NOTIFICATION_TYPE type;
	union {
		AUDIO_ENDPOINT_VOLUME_APO_NOTIFICATION_DESCRIPTOR audioEndpointVolume;
		AUDIO_ENDPOINT_PROPERTY_CHANGE_APO_NOTIFICATION_DESCRIPTOR audioEndpointPropertyChange;
		AUDIO_SYSTEMEFFECTS_PROPERTY_CHANGE_APO_NOTIFICATION_DESCRIPTOR audioSystemEffectsPropertyChange;
		AUDIO_MICROPHONE_BOOST_APO_NOTIFICATION_DESCRIPTOR audioMicrophoneBoost;
	} DUMMYUNIONNAME;
} APO_NOTIFICATION_DESCRIPTOR;

/* Notifications (what the APO receives) */
typedef struct AUDIO_ENDPOINT_VOLUME_CHANGE_NOTIFICATION {
	IMMDevice *endpoint;
	PAUDIO_VOLUME_NOTIFICATION_DATA volume;
} AUDIO_ENDPOINT_VOLUME_CHANGE_NOTIFICATION;
typedef struct AUDIO_ENDPOINT_VOLUME_CHANGE_NOTIFICATION2 {
	IMMDevice *endpoint;
	PAUDIO_VOLUME_NOTIFICATION_DATA2 volume;
} AUDIO_ENDPOINT_VOLUME_CHANGE_NOTIFICATION2;
typedef struct AUDIO_ENDPOINT_PROPERTY_CHANGE_NOTIFICATION {
	IMMDevice *endpoint;
	IPropertyStore *propertyStore;
	PROPERTYKEY propertyKey;
} AUDIO_ENDPOINT_PROPERTY_CHANGE_NOTIFICATION;
typedef struct AUDIO_SYSTEMEFFECTS_PROPERTY_CHANGE_NOTIFICATION {
	IMMDevice *endpoint;
	GUID propertyStoreContext;
	AUDIO_SYSTEMEFFECTS_PROPERTYSTORE_TYPE propertyStoreType;
	IPropertyStore *propertyStore;
	PROPERTYKEY propertyKey;
} AUDIO_SYSTEMEFFECTS_PROPERTY_CHANGE_NOTIFICATION;
typedef struct AUDIO_MICROPHONE_BOOST_NOTIFICATION {
	IMMDevice *endpoint;
	GUID eventContext;
	BOOL microphoneBoostEnabled;
	float levelInDb;
	float levelMinInDb;
	float levelMaxInDb;
	float levelStepInDb;
	BOOL muteSupported;
	BOOL mute;
} AUDIO_MICROPHONE_BOOST_NOTIFICATION;
typedef struct AUDIO_ENVIRONMENT_STATE_CHANGE_NOTIFICATION {
	IPropertyStore *propertyStore;
	PROPERTYKEY propertyKey;
} AUDIO_ENVIRONMENT_STATE_CHANGE_NOTIFICATION;

typedef struct APO_NOTIFICATION {
	APO_NOTIFICATION_TYPE type;
	union {
		AUDIO_ENDPOINT_VOLUME_CHANGE_NOTIFICATION audioEndpointVolumeChange;
		AUDIO_ENDPOINT_PROPERTY_CHANGE_NOTIFICATION audioEndpointPropertyChange;
		AUDIO_SYSTEMEFFECTS_PROPERTY_CHANGE_NOTIFICATION audioSystemEffectsPropertyChange;
		AUDIO_ENDPOINT_VOLUME_CHANGE_NOTIFICATION2 audioEndpointVolumeChange2;
		DEVICE_ORIENTATION_TYPE deviceOrientation;
		AUDIO_MICROPHONE_BOOST_NOTIFICATION audioMicrophoneBoostChange;
		AUDIO_ENVIRONMENT_STATE_CHANGE_NOTIFICATION audioEnvironmentChange;
	} DUMMYUNIONNAME;
} APO_NOTIFICATION;

#ifdef __cplusplus
MIDL_INTERFACE("698f0107-1745-4708-95a5-d84478a62a65")
IAudioProcessingObjectLoggingService : public IUnknown {
public:
	virtual void STDMETHODCALLTYPE ApoLog(APO_LOG_LEVEL level, LPCWSTR format, ...) = 0;
};
__CRT_UUID_DECL(IAudioProcessingObjectLoggingService, 0x698f0107, 0x1745, 0x4708, 0x95, 0xa5, 0xd8, 0x44, 0x78, 0xa6,
		0x2a, 0x65)

MIDL_INTERFACE("acd65e2f-955b-4b57-b9bf-ac297bb752c9")
IAudioProcessingObjectRTQueueService : public IUnknown {
public:
	virtual HRESULT STDMETHODCALLTYPE GetRealTimeWorkQueue(DWORD *workQueueId) = 0;
};
__CRT_UUID_DECL(IAudioProcessingObjectRTQueueService, 0xacd65e2f, 0x955b, 0x4b57, 0xb9, 0xbf, 0xac, 0x29, 0x7b, 0xb7,
		0x52, 0xc9)

MIDL_INTERFACE("56b0c76f-02fd-4b21-a52e-9f8219fc86e4")
IAudioProcessingObjectNotifications : public IUnknown {
public:
	virtual HRESULT STDMETHODCALLTYPE GetApoNotificationRegistrationInfo(APO_NOTIFICATION_DESCRIPTOR **apoNotifications,
									      DWORD *count) = 0;
	virtual void STDMETHODCALLTYPE HandleNotification(APO_NOTIFICATION *apoNotification) = 0;
};
__CRT_UUID_DECL(IAudioProcessingObjectNotifications, 0x56b0c76f, 0x02fd, 0x4b21, 0xa5, 0x2e, 0x9f, 0x82, 0x19, 0xfc,
		0x86, 0xe4)

struct IAudioProcessingObjectNotifications2 : public IAudioProcessingObjectNotifications {
public:
	virtual HRESULT STDMETHODCALLTYPE GetApoNotificationRegistrationInfo2(
		APO_NOTIFICATION_TYPE maxApoNotificationTypeSupported, APO_NOTIFICATION_DESCRIPTOR **apoNotifications,
		DWORD *count) = 0;
};

struct IAudioProcessingObjectPreferredFormatSupport : public IUnknown {
public:
	virtual HRESULT STDMETHODCALLTYPE GetPreferredInputFormat(IAudioMediaType *outputFormat,
								  IAudioMediaType **preferredFormat) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetPreferredOutputFormat(IAudioMediaType *inputFormat,
								   IAudioMediaType **preferredFormat) = 0;
};

MIDL_INTERFACE("c58b31cd-fc6a-4255-bc1f-ad29bb0a4a17")
IAudioSystemEffects3 : public IAudioSystemEffects2 {
public:
	virtual HRESULT STDMETHODCALLTYPE GetControllableSystemEffectsList(AUDIO_SYSTEMEFFECT **effects, UINT *numEffects,
									    HANDLE event) = 0;
	virtual HRESULT STDMETHODCALLTYPE SetAudioSystemEffectState(GUID effectId, AUDIO_SYSTEMEFFECT_STATE state) = 0;
};
__CRT_UUID_DECL(IAudioSystemEffects3, 0xc58b31cd, 0xfc6a, 0x4255, 0xbc, 0x1f, 0xad, 0x29, 0xbb, 0x0a, 0x4a, 0x17)
#else
typedef struct IAudioProcessingObjectLoggingService IAudioProcessingObjectLoggingService;
typedef struct IAudioProcessingObjectRTQueueService IAudioProcessingObjectRTQueueService;
typedef struct IAudioProcessingObjectNotifications IAudioProcessingObjectNotifications;
typedef struct IAudioProcessingObjectNotifications2 IAudioProcessingObjectNotifications2;
typedef struct IAudioProcessingObjectPreferredFormatSupport IAudioProcessingObjectPreferredFormatSupport;
typedef struct IAudioSystemEffects3 IAudioSystemEffects3;
#endif

EXTERN_C const IID IID_IAudioProcessingObjectLoggingService;
EXTERN_C const IID IID_IAudioProcessingObjectRTQueueService;
EXTERN_C const IID IID_IAudioProcessingObjectNotifications;
EXTERN_C const IID IID_IAudioProcessingObjectNotifications2;
EXTERN_C const IID IID_IAudioProcessingObjectPreferredFormatSupport;
EXTERN_C const IID IID_IAudioSystemEffects3;
#endif
