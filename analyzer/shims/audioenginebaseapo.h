/*
 * driso shim: audioenginebaseapo.h (Windows SDK; audio processing objects,
 * APOs). mingw-w64 has only audioapotypes.h. Declares what the Learn
 * reference lists for this header (MicrosoftDocs/sdk-api
 * audioenginebaseapo): IAudioProcessingObject, IAudioProcessingObjectRT,
 * IAudioProcessingObjectVBR, IAudioProcessingObjectConfiguration,
 * IAudioSystemEffects(2), IAudioSystemEffectsCustomFormats,
 * IApoAuxiliaryInputConfiguration, IApoAuxiliaryInputRT,
 * IApoAcousticEchoCancellation(2), IAudioDeviceModulesClient;
 * APO_CONNECTION_DESCRIPTOR, APO_CONNECTION_PROPERTY_V2,
 * APO_REG_PROPERTIES, APOInitBaseStruct, APOInitSystemEffects(2),
 * APO_FLAG, APO_CONNECTION_BUFFER_TYPE, APO_REFERENCE_STREAM_PROPERTIES,
 * EAudioConstriction, AUDIO_FLOW_TYPE, AudioFXExtensionParams,
 * FNAPONOTIFICATIONCALLBACK, the APOERR_* codes, the PKEY_FX_* /
 * PKEY_*_ProcessingModes_* property keys and the AUDIO_MIN/MAX limits.
 * Interface IDs, enumerator values, error codes and property-key values
 * were checked against Microsoft's Win32 metadata as published in the
 * MIT-licensed microsoft/windows-rs; interfaces whose ID the metadata did
 * not give (IApoAcousticEchoCancellation2) are declared without one.
 * Not in the metadata, so driso's own values: the
 * APO_CONNECTION_*_SIGNATURE constants. Interfaces are declared for C++.
 */
#ifndef DRISO_SHIM_AUDIOENGINEBASEAPO_H
#define DRISO_SHIM_AUDIOENGINEBASEAPO_H
#include <windows.h>
#include <objbase.h>
#include <mmreg.h>
#include <propsys.h>
#include <mmdeviceapi.h>
#include "audioapotypes.h"
#include "audiomediatype.h"

#define APOERR_ALREADY_INITIALIZED ((HRESULT)0x887D0001L)
#define APOERR_NOT_INITIALIZED ((HRESULT)0x887D0002L)
#define APOERR_FORMAT_NOT_SUPPORTED ((HRESULT)0x887D0003L)
#define APOERR_INVALID_APO_CLSID ((HRESULT)0x887D0004L)
#define APOERR_BUFFERS_OVERLAP ((HRESULT)0x887D0005L)
#define APOERR_ALREADY_UNLOCKED ((HRESULT)0x887D0006L)
#define APOERR_NUM_CONNECTIONS_INVALID ((HRESULT)0x887D0007L)
#define APOERR_INVALID_OUTPUT_MAXFRAMECOUNT ((HRESULT)0x887D0008L)
#define APOERR_INVALID_CONNECTION_FORMAT ((HRESULT)0x887D0009L)
#define APOERR_APO_LOCKED ((HRESULT)0x887D000AL)
#define APOERR_INVALID_COEFFCOUNT ((HRESULT)0x887D000BL)
#define APOERR_INVALID_COEFFICIENT ((HRESULT)0x887D000CL)
#define APOERR_INVALID_CURVE_PARAM ((HRESULT)0x887D000DL)
#define APOERR_INVALID_INPUTID ((HRESULT)0x887D000EL)

#define AUDIO_MIN_FRAMERATE 10.0
#define AUDIO_MAX_FRAMERATE 384000.0
#define AUDIO_MIN_CHANNELS 1
#define AUDIO_MAX_CHANNELS 4096

/* driso's values (not published) */
#define APO_CONNECTION_DESCRIPTOR_SIGNATURE 0x44534341UL
#define APO_CONNECTION_PROPERTY_SIGNATURE 0x50534341UL
#define APO_CONNECTION_PROPERTY_V2_SIGNATURE 0x32504341UL

typedef enum APO_CONNECTION_BUFFER_TYPE {
	APO_CONNECTION_BUFFER_TYPE_ALLOCATED = 0,
	APO_CONNECTION_BUFFER_TYPE_EXTERNAL = 1,
	APO_CONNECTION_BUFFER_TYPE_DEPENDANT = 2
} APO_CONNECTION_BUFFER_TYPE;

typedef struct APO_CONNECTION_DESCRIPTOR {
	APO_CONNECTION_BUFFER_TYPE Type;
	UINT_PTR pBuffer;
	UINT32 u32MaxFrameCount;
	IAudioMediaType *pFormat;
	UINT32 u32Signature;
} APO_CONNECTION_DESCRIPTOR;

typedef struct APO_CONNECTION_PROPERTY_V2 {
	APO_CONNECTION_PROPERTY property;
	UINT64 u64QPCTime;
} APO_CONNECTION_PROPERTY_V2;

typedef enum APO_FLAG {
	APO_FLAG_NONE = 0x00000000,
	APO_FLAG_INPLACE = 0x00000001,
	APO_FLAG_SAMPLESPERFRAME_MUST_MATCH = 0x00000002,
	APO_FLAG_FRAMESPERSECOND_MUST_MATCH = 0x00000004,
	APO_FLAG_BITSPERSAMPLE_MUST_MATCH = 0x00000008,
	APO_FLAG_MIXER = 0x00000010,
	APO_FLAG_DEFAULT = 0x0000000E
} APO_FLAG;

typedef struct APO_REG_PROPERTIES {
	CLSID clsid;
	APO_FLAG Flags;
	WCHAR szFriendlyName[256];
	WCHAR szCopyrightInfo[256];
	UINT32 u32MajorVersion;
	UINT32 u32MinorVersion;
	UINT32 u32MinInputConnections;
	UINT32 u32MaxInputConnections;
	UINT32 u32MinOutputConnections;
	UINT32 u32MaxOutputConnections;
	UINT32 u32MaxInstances;
	UINT32 u32NumAPOInterfaces;
	IID iidAPOInterfaceList[1];
} APO_REG_PROPERTIES, *PAPO_REG_PROPERTIES;

typedef struct APOInitBaseStruct {
	UINT32 cbSize;
	CLSID clsid;
} APOInitBaseStruct;

typedef struct APOInitSystemEffects {
	APOInitBaseStruct APOInit;
	IPropertyStore *pAPOEndpointProperties;
	IPropertyStore *pAPOSystemEffectsProperties;
	void *pReserved;
	IMMDeviceCollection *pDeviceCollection;
} APOInitSystemEffects;

typedef struct APOInitSystemEffects2 {
	APOInitBaseStruct APOInit;
	IPropertyStore *pAPOEndpointProperties;
	IPropertyStore *pAPOSystemEffectsProperties;
	void *pReserved;
	IMMDeviceCollection *pDeviceCollection;
	UINT nSoftwareIoDeviceInCollection;
	UINT nSoftwareIoConnectorIndex;
	GUID AudioProcessingMode;
	BOOL InitializeForDiscoveryOnly;
} APOInitSystemEffects2;

typedef enum AUDIO_FLOW_TYPE {
	AUDIO_FLOW_PULL = 0,
	AUDIO_FLOW_PUSH = 1
} AUDIO_FLOW_TYPE;

typedef enum EAudioConstriction {
	eAudioConstrictionOff = 0,
	eAudioConstriction48_16 = 1,
	eAudioConstriction44_16 = 2,
	eAudioConstriction14_14 = 3,
	eAudioConstrictionMute = 4
} EAudioConstriction;

typedef enum APO_REFERENCE_STREAM_PROPERTIES {
	APO_REFERENCE_STREAM_PROPERTIES_NONE = 0,
	APO_REFERENCE_STREAM_PROPERTIES_POST_VOLUME_LOOPBACK = 1
} APO_REFERENCE_STREAM_PROPERTIES;

typedef struct AudioFXExtensionParams {
	LPARAM AddPageParam;
	LPWSTR pwstrEndpointID;
	IPropertyStore *pFxProperties;
} AudioFXExtensionParams;

typedef HRESULT(WINAPI *FNAPONOTIFICATIONCALLBACK)(APO_REG_PROPERTIES *pProperties, VOID *pvRefData);

#ifdef __cplusplus
MIDL_INTERFACE("fd7f2b29-24d0-4b5c-b177-592c39f9ca10")
IAudioProcessingObject : public IUnknown {
public:
	virtual HRESULT STDMETHODCALLTYPE Reset(void) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetLatency(HNSTIME *pTime) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetRegistrationProperties(APO_REG_PROPERTIES **ppRegProps) = 0;
	virtual HRESULT STDMETHODCALLTYPE Initialize(UINT32 cbDataSize, BYTE *pbyData) = 0;
	virtual HRESULT STDMETHODCALLTYPE IsInputFormatSupported(IAudioMediaType *pOppositeFormat,
								 IAudioMediaType *pRequestedInputFormat,
								 IAudioMediaType **ppSupportedInputFormat) = 0;
	virtual HRESULT STDMETHODCALLTYPE IsOutputFormatSupported(IAudioMediaType *pOppositeFormat,
								  IAudioMediaType *pRequestedOutputFormat,
								  IAudioMediaType **ppSupportedOutputFormat) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetInputChannelCount(UINT32 *pu32ChannelCount) = 0;
};
__CRT_UUID_DECL(IAudioProcessingObject, 0xfd7f2b29, 0x24d0, 0x4b5c, 0xb1, 0x77, 0x59, 0x2c, 0x39, 0xf9, 0xca, 0x10)

MIDL_INTERFACE("9e1d6a6d-ddbc-4e95-a4c7-ad64ba37846c")
IAudioProcessingObjectRT : public IUnknown {
public:
	virtual void STDMETHODCALLTYPE APOProcess(UINT32 u32NumInputConnections,
						  APO_CONNECTION_PROPERTY **ppInputConnections,
						  UINT32 u32NumOutputConnections,
						  APO_CONNECTION_PROPERTY **ppOutputConnections) = 0;
	virtual UINT32 STDMETHODCALLTYPE CalcInputFrames(UINT32 u32OutputFrameCount) = 0;
	virtual UINT32 STDMETHODCALLTYPE CalcOutputFrames(UINT32 u32InputFrameCount) = 0;
};
__CRT_UUID_DECL(IAudioProcessingObjectRT, 0x9e1d6a6d, 0xddbc, 0x4e95, 0xa4, 0xc7, 0xad, 0x64, 0xba, 0x37, 0x84, 0x6c)

MIDL_INTERFACE("7ba1db8f-78ad-49cd-9591-f79d80a17c81")
IAudioProcessingObjectVBR : public IUnknown {
public:
	virtual HRESULT STDMETHODCALLTYPE CalcMaxInputFrames(UINT32 u32MaxOutputFrameCount,
							     UINT32 *pu32InputFrameCount) = 0;
	virtual HRESULT STDMETHODCALLTYPE CalcMaxOutputFrames(UINT32 u32MaxInputFrameCount,
							      UINT32 *pu32OutputFrameCount) = 0;
};
__CRT_UUID_DECL(IAudioProcessingObjectVBR, 0x7ba1db8f, 0x78ad, 0x49cd, 0x95, 0x91, 0xf7, 0x9d, 0x80, 0xa1, 0x7c, 0x81)

MIDL_INTERFACE("0e5ed805-aba6-49c3-8f9a-2b8c889c4fa8")
IAudioProcessingObjectConfiguration : public IUnknown {
public:
	virtual HRESULT STDMETHODCALLTYPE LockForProcess(UINT32 u32NumInputConnections,
							 APO_CONNECTION_DESCRIPTOR **ppInputConnections,
							 UINT32 u32NumOutputConnections,
							 APO_CONNECTION_DESCRIPTOR **ppOutputConnections) = 0;
	virtual HRESULT STDMETHODCALLTYPE UnlockForProcess(void) = 0;
};
__CRT_UUID_DECL(IAudioProcessingObjectConfiguration, 0x0e5ed805, 0xaba6, 0x49c3, 0x8f, 0x9a, 0x2b, 0x8c, 0x88, 0x9c,
		0x4f, 0xa8)

MIDL_INTERFACE("5fa00f27-add6-499a-8a9d-6b98521fa75b")
IAudioSystemEffects : public IUnknown {
};
__CRT_UUID_DECL(IAudioSystemEffects, 0x5fa00f27, 0xadd6, 0x499a, 0x8a, 0x9d, 0x6b, 0x98, 0x52, 0x1f, 0xa7, 0x5b)

MIDL_INTERFACE("bafe99d2-7436-44ce-9e0e-4d89afbfff56")
IAudioSystemEffects2 : public IAudioSystemEffects {
public:
	virtual HRESULT STDMETHODCALLTYPE GetEffectsList(LPGUID *ppEffectsIds, UINT *pcEffects, HANDLE Event) = 0;
};
__CRT_UUID_DECL(IAudioSystemEffects2, 0xbafe99d2, 0x7436, 0x44ce, 0x9e, 0x0e, 0x4d, 0x89, 0xaf, 0xbf, 0xff, 0x56)

MIDL_INTERFACE("b1176e34-bb7f-4f05-bebd-1b18a534e097")
IAudioSystemEffectsCustomFormats : public IUnknown {
public:
	virtual HRESULT STDMETHODCALLTYPE GetFormatCount(UINT *pcFormats) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetFormat(UINT nFormat, IAudioMediaType **ppFormat) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetFormatRepresentation(UINT nFormat, LPWSTR *ppwstrFormatRep) = 0;
};
__CRT_UUID_DECL(IAudioSystemEffectsCustomFormats, 0xb1176e34, 0xbb7f, 0x4f05, 0xbe, 0xbd, 0x1b, 0x18, 0xa5, 0x34, 0xe0,
		0x97)

MIDL_INTERFACE("4ceb0aab-fa19-48ed-a857-87771ae1b768")
IApoAuxiliaryInputConfiguration : public IUnknown {
public:
	virtual HRESULT STDMETHODCALLTYPE AddAuxiliaryInput(DWORD dwInputId, UINT32 cbDataSize, BYTE *pbyData,
							    APO_CONNECTION_DESCRIPTOR *pInputConnection) = 0;
	virtual HRESULT STDMETHODCALLTYPE RemoveAuxiliaryInput(DWORD dwInputId) = 0;
	virtual HRESULT STDMETHODCALLTYPE IsInputFormatSupported(IAudioMediaType *pRequestedInputFormat,
								 IAudioMediaType **ppSupportedInputFormat) = 0;
};
__CRT_UUID_DECL(IApoAuxiliaryInputConfiguration, 0x4ceb0aab, 0xfa19, 0x48ed, 0xa8, 0x57, 0x87, 0x77, 0x1a, 0xe1, 0xb7,
		0x68)

MIDL_INTERFACE("f851809c-c177-49a0-b1b2-b66f017943ab")
IApoAuxiliaryInputRT : public IUnknown {
public:
	virtual void STDMETHODCALLTYPE AcceptInput(DWORD dwInputId, const APO_CONNECTION_PROPERTY *pInputConnection) = 0;
};
__CRT_UUID_DECL(IApoAuxiliaryInputRT, 0xf851809c, 0xc177, 0x49a0, 0xb1, 0xb2, 0xb6, 0x6f, 0x01, 0x79, 0x43, 0xab)

MIDL_INTERFACE("25385759-3236-4101-a943-25693dfb5d2d")
IApoAcousticEchoCancellation : public IUnknown {
};
__CRT_UUID_DECL(IApoAcousticEchoCancellation, 0x25385759, 0x3236, 0x4101, 0xa9, 0x43, 0x25, 0x69, 0x3d, 0xfb, 0x5d,
		0x2d)

struct IApoAcousticEchoCancellation2 : public IApoAcousticEchoCancellation {
public:
	virtual HRESULT STDMETHODCALLTYPE GetDesiredReferenceStreamProperties(
		APO_REFERENCE_STREAM_PROPERTIES *pProperties) = 0;
};

MIDL_INTERFACE("98f37dac-d0b6-49f5-896a-aa4d169a4c48")
IAudioDeviceModulesClient : public IUnknown {
public:
	virtual HRESULT STDMETHODCALLTYPE SetAudioDeviceModulesManager(IUnknown *pAudioDeviceModulesManager) = 0;
};
__CRT_UUID_DECL(IAudioDeviceModulesClient, 0x98f37dac, 0xd0b6, 0x49f5, 0x89, 0x6a, 0xaa, 0x4d, 0x16, 0x9a, 0x4c, 0x48)
#else
typedef struct IAudioProcessingObject IAudioProcessingObject;
typedef struct IAudioProcessingObjectRT IAudioProcessingObjectRT;
typedef struct IAudioProcessingObjectVBR IAudioProcessingObjectVBR;
typedef struct IAudioProcessingObjectConfiguration IAudioProcessingObjectConfiguration;
typedef struct IAudioSystemEffects IAudioSystemEffects;
typedef struct IAudioSystemEffects2 IAudioSystemEffects2;
typedef struct IAudioSystemEffectsCustomFormats IAudioSystemEffectsCustomFormats;
typedef struct IApoAuxiliaryInputConfiguration IApoAuxiliaryInputConfiguration;
typedef struct IApoAuxiliaryInputRT IApoAuxiliaryInputRT;
typedef struct IApoAcousticEchoCancellation IApoAcousticEchoCancellation;
typedef struct IApoAcousticEchoCancellation2 IApoAcousticEchoCancellation2;
typedef struct IAudioDeviceModulesClient IAudioDeviceModulesClient;
#endif

EXTERN_C const IID IID_IAudioProcessingObject;
EXTERN_C const IID IID_IAudioProcessingObjectRT;
EXTERN_C const IID IID_IAudioProcessingObjectVBR;
EXTERN_C const IID IID_IAudioProcessingObjectConfiguration;
EXTERN_C const IID IID_IAudioSystemEffects;
EXTERN_C const IID IID_IAudioSystemEffects2;
EXTERN_C const IID IID_IAudioSystemEffectsCustomFormats;
EXTERN_C const IID IID_IApoAuxiliaryInputConfiguration;
EXTERN_C const IID IID_IApoAuxiliaryInputRT;
EXTERN_C const IID IID_IApoAcousticEchoCancellation;
EXTERN_C const IID IID_IApoAcousticEchoCancellation2;
EXTERN_C const IID IID_IAudioDeviceModulesClient;

/* Effect CLSID registration keys (fmtid D04E05A6-594B-4FB6-A80D-01AF5EED7D1D) */
#include <propkeydef.h>
#define DRISO_FX_PKEY(name, pid) \
	DEFINE_PROPERTYKEY(name, 0xd04e05a6, 0x594b, 0x4fb6, 0xa8, 0x0d, 0x01, 0xaf, 0x5e, 0xed, 0x7d, 0x1d, pid)
DRISO_FX_PKEY(PKEY_FX_Association, 0);
DRISO_FX_PKEY(PKEY_FX_PreMixEffectClsid, 1);
DRISO_FX_PKEY(PKEY_FX_PostMixEffectClsid, 2);
DRISO_FX_PKEY(PKEY_FX_UserInterfaceClsid, 3);
DRISO_FX_PKEY(PKEY_FX_FriendlyName, 4);
DRISO_FX_PKEY(PKEY_FX_StreamEffectClsid, 5);
DRISO_FX_PKEY(PKEY_FX_ModeEffectClsid, 6);
DRISO_FX_PKEY(PKEY_FX_EndpointEffectClsid, 7);
DRISO_FX_PKEY(PKEY_FX_KeywordDetector_StreamEffectClsid, 8);
DRISO_FX_PKEY(PKEY_FX_KeywordDetector_ModeEffectClsid, 9);
DRISO_FX_PKEY(PKEY_FX_KeywordDetector_EndpointEffectClsid, 10);
DRISO_FX_PKEY(PKEY_FX_Offload_StreamEffectClsid, 11);
DRISO_FX_PKEY(PKEY_FX_Offload_ModeEffectClsid, 12);
DRISO_FX_PKEY(PKEY_CompositeFX_StreamEffectClsid, 13);
DRISO_FX_PKEY(PKEY_CompositeFX_ModeEffectClsid, 14);
DRISO_FX_PKEY(PKEY_CompositeFX_EndpointEffectClsid, 15);
DRISO_FX_PKEY(PKEY_CompositeFX_KeywordDetector_StreamEffectClsid, 16);
DRISO_FX_PKEY(PKEY_CompositeFX_KeywordDetector_ModeEffectClsid, 17);
DRISO_FX_PKEY(PKEY_CompositeFX_KeywordDetector_EndpointEffectClsid, 18);
DRISO_FX_PKEY(PKEY_CompositeFX_Offload_StreamEffectClsid, 19);
DRISO_FX_PKEY(PKEY_CompositeFX_Offload_ModeEffectClsid, 20);
/* Processing modes supported for streaming (fmtid D3993A3F-99C2-4402-B5EC-A92A0367664B) */
#define DRISO_FXMODE_PKEY(name, pid) \
	DEFINE_PROPERTYKEY(name, 0xd3993a3f, 0x99c2, 0x4402, 0xb5, 0xec, 0xa9, 0x2a, 0x03, 0x67, 0x66, 0x4b, pid)
DRISO_FXMODE_PKEY(PKEY_SFX_ProcessingModes_Supported_For_Streaming, 5);
DRISO_FXMODE_PKEY(PKEY_MFX_ProcessingModes_Supported_For_Streaming, 6);
DRISO_FXMODE_PKEY(PKEY_EFX_ProcessingModes_Supported_For_Streaming, 7);
DRISO_FXMODE_PKEY(PKEY_SFX_KeywordDetector_ProcessingModes_Supported_For_Streaming, 8);
DRISO_FXMODE_PKEY(PKEY_MFX_KeywordDetector_ProcessingModes_Supported_For_Streaming, 9);
DRISO_FXMODE_PKEY(PKEY_EFX_KeywordDetector_ProcessingModes_Supported_For_Streaming, 10);
DRISO_FXMODE_PKEY(PKEY_SFX_Offload_ProcessingModes_Supported_For_Streaming, 11);
DRISO_FXMODE_PKEY(PKEY_MFX_Offload_ProcessingModes_Supported_For_Streaming, 12);
DRISO_FXMODE_PKEY(PKEY_APO_SWFallback_ProcessingModes, 13);
#endif
