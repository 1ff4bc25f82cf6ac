/*
 * driso shim: mftransform.h (wraps mingw-w64's).
 *
 * mingw's mftransform.h predates the Windows 10 camera pipeline. Added
 * here: device MFTs (DeviceStreamState, IMFDeviceTransform,
 * IMFDeviceTransform2, IMFDeviceTransformCallback; C++), STREAM_MEDIUM,
 * MFT_STREAM_STATE_PARAM, the audio decoder degradation types, the
 * MFT_MESSAGE_* codes newer than mingw's enumeration (as typed
 * constants), MFT_STREAMS_UNLIMITED & co. and the attribute GUIDs mingw
 * lacks (MF_SA_BUFFERS_PER_SAMPLE, MF_DMFT_FRAME_BUFFER_INFO,
 * MEDeviceStreamCreated, ...).
 *
 * MFT_UNIQUE_METHOD_NAMES: as in the SDK header, a TU that defines it
 * sees IMFTransform's methods renamed MFTGetStreamLimits, ...,
 * MFTProcessOutput, and the names are restored afterwards except
 * ProcessEvent, which the SDK leaves renamed (so IMFDeviceTransform's
 * ProcessEvent is MFTProcessEvent in such TUs, which device MFT samples
 * rely on).
 *
 * Provenance: names, method order, parameter lists, enumerator and GUID
 * values from Microsoft's Win32 API metadata (microsoft/win32metadata,
 * MIT licence), transcribed into this layout by a one-off script.
 */
#if defined(MFT_UNIQUE_METHOD_NAMES) && !defined(__mftransform_h__)
/* mingw's mftransform.h includes mfobjects.h (-> mediaobj.h, whose
 * IMediaObject has the same method names) inside; include it first so
 * only IMFTransform is renamed, as in the SDK. */
#include <mfobjects.h>
#define DRISO_MFT_UNIQUE_NAMES_ACTIVE
#define GetStreamLimits MFTGetStreamLimits
#define GetStreamCount MFTGetStreamCount
#define GetStreamIDs MFTGetStreamIDs
#define GetInputStreamInfo MFTGetInputStreamInfo
#define GetOutputStreamInfo MFTGetOutputStreamInfo
#define DeleteInputStream MFTDeleteInputStream
#define AddInputStreams MFTAddInputStreams
#define GetInputAvailableType MFTGetInputAvailableType
#define GetOutputAvailableType MFTGetOutputAvailableType
#define SetInputType MFTSetInputType
#define SetOutputType MFTSetOutputType
#define GetInputCurrentType MFTGetInputCurrentType
#define GetOutputCurrentType MFTGetOutputCurrentType
#define GetInputStatus MFTGetInputStatus
#define GetOutputStatus MFTGetOutputStatus
#define SetOutputBounds MFTSetOutputBounds
#define ProcessEvent MFTProcessEvent
#define ProcessMessage MFTProcessMessage
#define ProcessInput MFTProcessInput
#define ProcessOutput MFTProcessOutput
#endif
#include_next <mftransform.h>
#ifdef DRISO_MFT_UNIQUE_NAMES_ACTIVE
#undef DRISO_MFT_UNIQUE_NAMES_ACTIVE
#undef GetStreamLimits
#undef GetStreamCount
#undef GetStreamIDs
#undef GetInputStreamInfo
#undef GetOutputStreamInfo
#undef DeleteInputStream
#undef AddInputStreams
#undef GetInputAvailableType
#undef GetOutputAvailableType
#undef SetInputType
#undef SetOutputType
#undef GetInputCurrentType
#undef GetOutputCurrentType
#undef GetInputStatus
#undef GetOutputStatus
#undef SetOutputBounds
#undef ProcessMessage
#undef ProcessInput
#undef ProcessOutput
#endif

#ifndef DRISO_SHIM_MFTRANSFORM_H
#define DRISO_SHIM_MFTRANSFORM_H
#include "driso_shims.h"

#ifndef DRISO_HAVE_DEVICESTREAMSTATE
#define DRISO_HAVE_DEVICESTREAMSTATE
typedef enum _DeviceStreamState {
	DeviceStreamState_Stop = 0,
	DeviceStreamState_Pause = 1,
	DeviceStreamState_Run = 2,
	DeviceStreamState_Disabled = 3
} DeviceStreamState, *PDeviceStreamState;
#endif

#ifndef DRISO_HAVE_MFTRANSFORM_WIN10
#define DRISO_HAVE_MFTRANSFORM_WIN10
/* MFT_MESSAGE_TYPE members newer than mingw's enumeration. */
#define MFT_MESSAGE_DROP_SAMPLES ((MFT_MESSAGE_TYPE)0x3)
#define MFT_MESSAGE_COMMAND_TICK ((MFT_MESSAGE_TYPE)0x4)
#define MFT_MESSAGE_NOTIFY_RELEASE_RESOURCES ((MFT_MESSAGE_TYPE)0x10000004)
#define MFT_MESSAGE_NOTIFY_REACQUIRE_RESOURCES ((MFT_MESSAGE_TYPE)0x10000005)
#define MFT_MESSAGE_NOTIFY_EVENT ((MFT_MESSAGE_TYPE)0x10000006)
#define MFT_MESSAGE_COMMAND_SET_OUTPUT_STREAM_STATE ((MFT_MESSAGE_TYPE)0x10000007)
#define MFT_MESSAGE_COMMAND_FLUSH_OUTPUT_STREAM ((MFT_MESSAGE_TYPE)0x10000008)
#ifndef MFT_STREAMS_UNLIMITED
#define MFT_STREAMS_UNLIMITED 0xFFFFFFFF
#define MFT_OUTPUT_BOUND_LOWER_UNBOUNDED MINLONGLONG
#define MFT_OUTPUT_BOUND_UPPER_UNBOUNDED MAXLONGLONG
#endif

typedef struct _STREAM_MEDIUM {
	GUID gidMedium;
	UINT32 unMediumInstance;
} STREAM_MEDIUM;
typedef enum _MF3DVideoOutputType {
	MF3DVideoOutputType_BaseView = 0,
	MF3DVideoOutputType_Stereo = 1,
} MF3DVideoOutputType;
typedef enum MFT_AUDIO_DECODER_DEGRADATION_REASON {
	MFT_AUDIO_DECODER_DEGRADATION_REASON_NONE = 0,
	MFT_AUDIO_DECODER_DEGRADATION_REASON_LICENSING_REQUIREMENT = 1,
} MFT_AUDIO_DECODER_DEGRADATION_REASON;
typedef enum MFT_AUDIO_DECODER_DEGRADATION_TYPE {
	MFT_AUDIO_DECODER_DEGRADATION_TYPE_NONE = 0,
	MFT_AUDIO_DECODER_DEGRADATION_TYPE_DOWNMIX2CHANNEL = 1,
	MFT_AUDIO_DECODER_DEGRADATION_TYPE_DOWNMIX6CHANNEL = 2,
	MFT_AUDIO_DECODER_DEGRADATION_TYPE_DOWNMIX8CHANNEL = 3,
} MFT_AUDIO_DECODER_DEGRADATION_TYPE;
typedef struct MFAudioDecoderDegradationInfo {
	MFT_AUDIO_DECODER_DEGRADATION_REASON eDegradationReason;
	MFT_AUDIO_DECODER_DEGRADATION_TYPE eType;
} MFAudioDecoderDegradationInfo;
typedef struct _MFT_STREAM_STATE_PARAM {
	DWORD StreamId;
	MF_STREAM_STATE State;
} MFT_STREAM_STATE_PARAM;
typedef struct _MFT_STREAM_STATE_PARAM *PMFT_STREAM_STATE_PARAM;
typedef struct _STREAM_MEDIUM *PSTREAM_MEDIUM;

EXTERN_GUID(MEDeviceStreamCreated, 0x0252a1cf, 0x3540, 0x43b4, 0x91, 0x64, 0xd7, 0x2e, 0xb4, 0x05, 0xfa, 0x40);
EXTERN_GUID(MFT_END_STREAMING_AWARE, 0x70fbc845, 0xb07e, 0x4089, 0xb0, 0x64, 0x39, 0x9d, 0xc6, 0x11, 0x0f, 0x29);
EXTERN_GUID(MF_SA_AUDIO_ENDPOINT_AWARE, 0xc0381701, 0x805c, 0x42b2, 0xac, 0x8d, 0xe2, 0xb4, 0xbf, 0x21, 0xf4, 0xf8);
EXTERN_GUID(MFT_AUDIO_DECODER_AUDIO_ENDPOINT_ID, 0xc7ccdd6e, 0x5398, 0x4695, 0x8b, 0xe7, 0x51, 0xb3, 0xe9, 0x51, 0x11, 0xbd);
EXTERN_GUID(MFT_AUDIO_DECODER_SPATIAL_METADATA_CLIENT, 0x05987df4, 0x1270, 0x4999, 0x92, 0x5f, 0x8e, 0x93, 0x9a, 0x7c, 0x0a, 0xf7);
EXTERN_GUID(MFT_AUDIO_DECODER_AUDIO_ENDPOINT_FORMFACTOR, 0x8d574310, 0x909a, 0x433a, 0xac, 0xe7, 0xee, 0xe7, 0x47, 0x19, 0xf9, 0x01);
EXTERN_GUID(MFT_AUDIO_DECODER_AUDIO_ENDPOINT_IS_DIGITAL_STEREO_ONLY, 0x26e5a90d, 0x4ad1, 0x4f8c, 0xb8, 0xaf, 0xad, 0xf1, 0x4d, 0x21, 0x78, 0xf1);
EXTERN_GUID(MF_DMFT_FRAME_BUFFER_INFO, 0x396ce1c9, 0x67a9, 0x454c, 0x87, 0x97, 0x95, 0xa4, 0x57, 0x99, 0xd8, 0x04);
EXTERN_GUID(MFT_SUPPORT_3DVIDEO, 0x093f81b1, 0x4f2e, 0x4631, 0x81, 0x68, 0x79, 0x34, 0x03, 0x2a, 0x01, 0xd3);
EXTERN_GUID(MF_ENABLE_3DVIDEO_OUTPUT, 0xbdad7bca, 0x0e5f, 0x4b10, 0xab, 0x16, 0x26, 0xde, 0x38, 0x1b, 0x62, 0x93);
EXTERN_GUID(MF_SA_BUFFERS_PER_SAMPLE, 0x873c5171, 0x1e3d, 0x4e25, 0x98, 0x8d, 0xb4, 0x33, 0xce, 0x04, 0x19, 0x83);
EXTERN_GUID(MF_SA_D3D11_ALLOCATE_DISPLAYABLE_RESOURCES, 0xeeface6d, 0x2ea9, 0x4adf, 0xbb, 0xdf, 0x7b, 0xbc, 0x48, 0x2a, 0x1b, 0x6d);
EXTERN_GUID(MFT_DECODER_EXPOSE_OUTPUT_TYPES_IN_NATIVE_ORDER, 0xef80833f, 0xf8fa, 0x44d9, 0x80, 0xd8, 0x41, 0xed, 0x62, 0x32, 0x67, 0x0c);
EXTERN_GUID(MFT_DECODER_QUALITY_MANAGEMENT_CUSTOM_CONTROL, 0xa24e30d7, 0xde25, 0x4558, 0xbb, 0xfb, 0x71, 0x07, 0x0a, 0x2d, 0x33, 0x2e);
EXTERN_GUID(MFT_DECODER_QUALITY_MANAGEMENT_RECOVERY_WITHOUT_ARTIFACTS, 0xd8980deb, 0x0a48, 0x425f, 0x86, 0x23, 0x61, 0x1d, 0xb4, 0x1d, 0x38, 0x10);
EXTERN_GUID(MFT_DECODER_OPERATING_POINT, 0xa1230334, 0x55d4, 0x4d97, 0x82, 0xa7, 0x26, 0xd3, 0xe6, 0x45, 0x67, 0x25);
EXTERN_GUID(MFT_DECODER_AUTOMATIC_SOFTWARE_FALLBACK, 0x41f34f53, 0x1bf6, 0x49ed, 0xb9, 0x5d, 0x02, 0xd2, 0xa1, 0xd7, 0x11, 0x5a);
EXTERN_GUID(MFT_REMUX_MARK_I_PICTURE_AS_CLEAN_POINT, 0x364e8f85, 0x3f2e, 0x436c, 0xb2, 0xa2, 0x44, 0x40, 0xa0, 0x12, 0xa9, 0xe8);
EXTERN_GUID(MFT_DECODER_FINAL_VIDEO_RESOLUTION_HINT, 0xdc2f8496, 0x15c4, 0x407a, 0xb6, 0xf0, 0x1b, 0x66, 0xab, 0x5f, 0xbf, 0x53);
EXTERN_GUID(MFT_ENCODER_SUPPORTS_CONFIG_EVENT, 0x86a355ae, 0x3a77, 0x4ec4, 0x9f, 0x31, 0x01, 0x14, 0x9a, 0x4e, 0x92, 0xde);
EXTERN_GUID(MFT_ENUM_HARDWARE_VENDOR_ID_Attribute, 0x3aecb0cc, 0x035b, 0x4bcc, 0x81, 0x85, 0x2b, 0x8d, 0x55, 0x1e, 0xf3, 0xaf);
EXTERN_GUID(MFT_AUDIO_DECODER_DEGRADATION_INFO_ATTRIBUTE, 0x6c3386ad, 0xec20, 0x430d, 0xb2, 0xa5, 0x50, 0x5c, 0x71, 0x78, 0xd9, 0xc4);
EXTERN_GUID(MFT_POLICY_SET_AWARE, 0x5a633b19, 0xcc39, 0x4fa8, 0x8c, 0xa5, 0x59, 0x98, 0x1b, 0x7a, 0x00, 0x18);
EXTERN_GUID(MFT_USING_HARDWARE_DRM, 0x34faa77d, 0xd79e, 0x4957, 0xb8, 0xce, 0x36, 0x2b, 0x26, 0x84, 0x99, 0x6c);

typedef interface IMFDeviceTransform IMFDeviceTransform;
typedef interface IMFDeviceTransform2 IMFDeviceTransform2;
typedef interface IMFDeviceTransformCallback IMFDeviceTransformCallback;
#ifdef __cplusplus
#ifndef __IMFDeviceTransform_INTERFACE_DEFINED__
#define __IMFDeviceTransform_INTERFACE_DEFINED__
EXTERN_C const IID IID_IMFDeviceTransform;
struct IMFDeviceTransform : public IUnknown {
	virtual HRESULT STDMETHODCALLTYPE InitializeTransform(IMFAttributes *pAttributes) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetInputAvailableType(DWORD dwInputStreamID, DWORD dwTypeIndex, IMFMediaType **pMediaType) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetInputCurrentType(DWORD dwInputStreamID, IMFMediaType **pMediaType) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetInputStreamAttributes(DWORD dwInputStreamID, IMFAttributes **ppAttributes) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetOutputAvailableType(DWORD dwOutputStreamID, DWORD dwTypeIndex, IMFMediaType **pMediaType) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetOutputCurrentType(DWORD dwOutputStreamID, IMFMediaType **pMediaType) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetOutputStreamAttributes(DWORD dwOutputStreamID, IMFAttributes **ppAttributes) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetStreamCount(DWORD *pcInputStreams, DWORD *pcOutputStreams) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetStreamIDs(DWORD dwInputIDArraySize, DWORD *pdwInputStreamIds, DWORD dwOutputIDArraySize, DWORD *pdwOutputStreamIds) = 0;
	virtual HRESULT STDMETHODCALLTYPE ProcessEvent(DWORD dwInputStreamID, IMFMediaEvent *pEvent) = 0;
	virtual HRESULT STDMETHODCALLTYPE ProcessInput(DWORD dwInputStreamID, IMFSample *pSample, DWORD dwFlags) = 0;
	virtual HRESULT STDMETHODCALLTYPE ProcessMessage(MFT_MESSAGE_TYPE eMessage, ULONG_PTR ulParam) = 0;
	virtual HRESULT STDMETHODCALLTYPE ProcessOutput(DWORD dwFlags, DWORD cOutputBufferCount, MFT_OUTPUT_DATA_BUFFER *pOutputSample, DWORD *pdwStatus) = 0;
	virtual HRESULT STDMETHODCALLTYPE SetInputStreamState(DWORD dwStreamID, IMFMediaType *pMediaType, DeviceStreamState value, DWORD dwFlags) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetInputStreamState(DWORD dwStreamID, DeviceStreamState *value) = 0;
	virtual HRESULT STDMETHODCALLTYPE SetOutputStreamState(DWORD dwStreamID, IMFMediaType *pMediaType, DeviceStreamState value, DWORD dwFlags) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetOutputStreamState(DWORD dwStreamID, DeviceStreamState *value) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetInputStreamPreferredState(DWORD dwStreamID, DeviceStreamState *value, IMFMediaType **ppMediaType) = 0;
	virtual HRESULT STDMETHODCALLTYPE FlushInputStream(DWORD dwStreamIndex, DWORD dwFlags) = 0;
	virtual HRESULT STDMETHODCALLTYPE FlushOutputStream(DWORD dwStreamIndex, DWORD dwFlags) = 0;
};
#ifdef __CRT_UUID_DECL
__CRT_UUID_DECL(IMFDeviceTransform, 0xd818fbd8, 0xfc46, 0x42f2, 0x87, 0xac, 0x1e, 0xa2, 0xd1, 0xf9, 0xbf, 0x32)
#endif
#endif
#ifndef __IMFDeviceTransform2_INTERFACE_DEFINED__
#define __IMFDeviceTransform2_INTERFACE_DEFINED__
EXTERN_C const IID IID_IMFDeviceTransform2;
struct IMFDeviceTransform2 : public IMFDeviceTransform {
	virtual HRESULT STDMETHODCALLTYPE GetTransformAttributes(IMFAttributes **ppAttributes) = 0;
};
#ifdef __CRT_UUID_DECL
__CRT_UUID_DECL(IMFDeviceTransform2, 0xf5980fed, 0xb521, 0x488f, 0x90, 0x9f, 0x1a, 0x5f, 0xce, 0xce, 0xdb, 0x14)
#endif
#endif
#ifndef __IMFDeviceTransformCallback_INTERFACE_DEFINED__
#define __IMFDeviceTransformCallback_INTERFACE_DEFINED__
EXTERN_C const IID IID_IMFDeviceTransformCallback;
struct IMFDeviceTransformCallback : public IUnknown {
	virtual HRESULT STDMETHODCALLTYPE OnBufferSent(IMFAttributes *pCallbackAttributes, DWORD pinId) = 0;
};
#ifdef __CRT_UUID_DECL
__CRT_UUID_DECL(IMFDeviceTransformCallback, 0x6d5cb646, 0x29ec, 0x41fb, 0x81, 0x79, 0x8c, 0x4c, 0x6d, 0x75, 0x08, 0x11)
#endif
#endif
#endif /* __cplusplus */
#endif /* DRISO_HAVE_MFTRANSFORM_WIN10 */

#endif
