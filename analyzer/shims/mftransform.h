/*
 * driso shim: mftransform.h. mingw-w64's mftransform.h predates device
 * MFTs (Windows 10 camera pipeline): DeviceStreamState,
 * IMFDeviceTransform and IMFDeviceTransformCallback are added here (C++;
 * method order and parameters from Microsoft's Win32 API metadata, IID
 * declared only), with the device-MFT / capture-metadata attribute GUIDs
 * of mfidl.h / mfapi.h that AVStream camera MFT samples use (declared,
 * values not restated).
 */
#include_next <mftransform.h>
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

#define DRISO_MF_GUID(n) EXTERN_C const GUID n
DRISO_MF_GUID(MF_DEVICESTREAM_STREAM_CATEGORY);
DRISO_MF_GUID(MF_DEVICESTREAM_STREAM_ID);
DRISO_MF_GUID(MF_DEVICESTREAM_ATTRIBUTE_FRAMESOURCE_TYPES);
DRISO_MF_GUID(MF_DEVICESTREAM_EXTENSION_PLUGIN_CLSID);
DRISO_MF_GUID(MF_DEVICESTREAM_EXTENSION_PLUGIN_CONNECTION_POINT);
DRISO_MF_GUID(MF_DEVICEMFT_CONNECTED_FILTER_KSCONTROL);
DRISO_MF_GUID(MF_DEVICEMFT_CONNECTED_PIN_KSCONTROL);
DRISO_MF_GUID(MF_SA_BUFFERS_PER_SAMPLE);
DRISO_MF_GUID(MF_SD_VIDEO_SPHERICAL);
DRISO_MF_GUID(MF_SD_VIDEO_SPHERICAL_FORMAT);
DRISO_MF_GUID(MF_XVP_CALLER_ALLOCATES_OUTPUT);
DRISO_MF_GUID(MF_XVP_DISABLE_FRC);
DRISO_MF_GUID(MF_CAPTURE_METADATA_EXPOSURE_COMPENSATION);
DRISO_MF_GUID(MF_CAPTURE_METADATA_EXPOSURE_TIME);
DRISO_MF_GUID(MF_CAPTURE_METADATA_FACEROICHARACTERIZATIONS);
DRISO_MF_GUID(MF_CAPTURE_METADATA_FACEROIS);
DRISO_MF_GUID(MF_CAPTURE_METADATA_FACEROITIMESTAMPS);
DRISO_MF_GUID(MF_CAPTURE_METADATA_FLASH);
DRISO_MF_GUID(MF_CAPTURE_METADATA_FLASH_POWER);
DRISO_MF_GUID(MF_CAPTURE_METADATA_FOCUSSTATE);
DRISO_MF_GUID(MF_CAPTURE_METADATA_FRAME_RAWSTREAM);
DRISO_MF_GUID(MF_CAPTURE_METADATA_HISTOGRAM);
DRISO_MF_GUID(MF_CAPTURE_METADATA_ISO_GAINS);
DRISO_MF_GUID(MF_CAPTURE_METADATA_ISO_SPEED);
DRISO_MF_GUID(MF_CAPTURE_METADATA_LENS_POSITION);
DRISO_MF_GUID(MF_CAPTURE_METADATA_REQUESTED_FRAME_SETTING_ID);
DRISO_MF_GUID(MF_CAPTURE_METADATA_SCENE_MODE);
DRISO_MF_GUID(MF_CAPTURE_METADATA_SENSORFRAMERATE);
DRISO_MF_GUID(MF_CAPTURE_METADATA_WHITEBALANCE);
DRISO_MF_GUID(MF_CAPTURE_METADATA_WHITEBALANCE_GAINS);
DRISO_MF_GUID(MF_CAPTURE_METADATA_ZOOMFACTOR);
#undef DRISO_MF_GUID

#if defined(__cplusplus) && !defined(DRISO_HAVE_IMFDEVICETRANSFORM)
#define DRISO_HAVE_IMFDEVICETRANSFORM
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
	virtual HRESULT STDMETHODCALLTYPE GetStreamIDs(DWORD dwInputIDArraySize, DWORD *pdwInputStreamIds,
		DWORD dwOutputIDArraySize, DWORD *pdwOutputStreamIds) = 0;
	virtual HRESULT STDMETHODCALLTYPE ProcessEvent(DWORD dwInputStreamID, IMFMediaEvent *pEvent) = 0;
	virtual HRESULT STDMETHODCALLTYPE ProcessInput(DWORD dwInputStreamID, IMFSample *pSample, DWORD dwFlags) = 0;
	virtual HRESULT STDMETHODCALLTYPE ProcessMessage(MFT_MESSAGE_TYPE eMessage, ULONG_PTR ulParam) = 0;
	virtual HRESULT STDMETHODCALLTYPE ProcessOutput(DWORD dwFlags, DWORD cOutputBufferCount,
		MFT_OUTPUT_DATA_BUFFER *pOutputSample, DWORD *pdwStatus) = 0;
	virtual HRESULT STDMETHODCALLTYPE SetInputStreamState(DWORD dwStreamID, IMFMediaType *pMediaType,
		DeviceStreamState value, DWORD dwFlags) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetInputStreamState(DWORD dwStreamID, DeviceStreamState *value) = 0;
	virtual HRESULT STDMETHODCALLTYPE SetOutputStreamState(DWORD dwStreamID, IMFMediaType *pMediaType,
		DeviceStreamState value, DWORD dwFlags) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetOutputStreamState(DWORD dwStreamID, DeviceStreamState *value) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetInputStreamPreferredState(DWORD dwStreamID, DeviceStreamState *value,
		IMFMediaType **ppMediaType) = 0;
	virtual HRESULT STDMETHODCALLTYPE FlushInputStream(DWORD dwStreamIndex, DWORD dwFlags) = 0;
	virtual HRESULT STDMETHODCALLTYPE FlushOutputStream(DWORD dwStreamIndex, DWORD dwFlags) = 0;
};
EXTERN_C const IID IID_IMFDeviceTransformCallback;
struct IMFDeviceTransformCallback : public IUnknown {
	virtual HRESULT STDMETHODCALLTYPE OnBufferSent(IMFAttributes *pCallbackAttributes, DWORD pinId) = 0;
};
#ifdef __CRT_UUID_DECL
__CRT_UUID_DECL(IMFDeviceTransform, 0xd818fbd8, 0xfc46, 0x42f2, 0x87, 0xac, 0x1e, 0xa2, 0xd1, 0xf9, 0xbf, 0x32)
#endif
#endif

#endif
