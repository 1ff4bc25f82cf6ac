/*
 * driso shim: mfidl.h (wraps mingw-w64's).
 *
 * mingw's mfidl.h stops at the Windows 8 media session interfaces; the
 * camera pipeline (device MFTs, frame-server media sources, sensor
 * groups and profiles, extended camera controls and intrinsics, camera
 * occlusion and control monitors), IMFRealTimeClient(Ex), the sample
 * allocator control and IMFMediaSource2/IMFMediaStream2 are added here,
 * with their enumerations and structures, the MFCreate* entry points and
 * the attribute/service GUIDs mingw lacks.
 *
 * Provenance: names, method order, parameter types, enumerator values and
 * GUID values were taken from Microsoft's Win32 API metadata
 * (microsoft/win32metadata, MIT licence) and transcribed into this layout
 * by a one-off script (no comments or SAL). Interfaces are C++ only
 * (every driver-side user of them is C++); C TUs get the forward
 * declarations, so the prototypes still parse.
 */
#include_next <mfidl.h>
#ifndef DRISO_SHIM_MFIDL_H
#define DRISO_SHIM_MFIDL_H
#include "driso_shims.h"

#ifndef DRISO_HAVE_MFIDL_CAMERA
#define DRISO_HAVE_MFIDL_CAMERA

typedef interface IMFRealTimeClient IMFRealTimeClient;
typedef interface IMFRealTimeClientEx IMFRealTimeClientEx;
typedef interface IMFWorkQueueServices IMFWorkQueueServices;
typedef interface IMFWorkQueueServicesEx IMFWorkQueueServicesEx;
typedef interface IMFSampleAllocatorControl IMFSampleAllocatorControl;
typedef interface IMFVideoCaptureSampleAllocator IMFVideoCaptureSampleAllocator;
typedef interface IMFMediaSource2 IMFMediaSource2;
typedef interface IMFMediaStream2 IMFMediaStream2;
typedef interface IMFCapturePhotoConfirmation IMFCapturePhotoConfirmation;
typedef interface IMFSensorDevice IMFSensorDevice;
typedef interface IMFSensorGroup IMFSensorGroup;
typedef interface IMFSensorStream IMFSensorStream;
typedef interface IMFSensorTransformFactory IMFSensorTransformFactory;
typedef interface IMFSensorProfile IMFSensorProfile;
typedef interface IMFSensorProfileCollection IMFSensorProfileCollection;
typedef interface IMFSensorProcessActivity IMFSensorProcessActivity;
typedef interface IMFSensorActivityReport IMFSensorActivityReport;
typedef interface IMFSensorActivitiesReport IMFSensorActivitiesReport;
typedef interface IMFSensorActivitiesReportCallback IMFSensorActivitiesReportCallback;
typedef interface IMFSensorActivityMonitor IMFSensorActivityMonitor;
typedef interface IMFExtendedCameraIntrinsicModel IMFExtendedCameraIntrinsicModel;
typedef interface IMFExtendedCameraIntrinsicsDistortionModel6KT IMFExtendedCameraIntrinsicsDistortionModel6KT;
typedef interface IMFExtendedCameraIntrinsicsDistortionModelArcTan IMFExtendedCameraIntrinsicsDistortionModelArcTan;
typedef interface IMFExtendedCameraIntrinsics IMFExtendedCameraIntrinsics;
typedef interface IMFExtendedCameraControl IMFExtendedCameraControl;
typedef interface IMFExtendedCameraController IMFExtendedCameraController;
typedef interface IMFRelativePanelReport IMFRelativePanelReport;
typedef interface IMFRelativePanelWatcher IMFRelativePanelWatcher;
typedef interface IMFCameraOcclusionStateReport IMFCameraOcclusionStateReport;
typedef interface IMFCameraOcclusionStateReportCallback IMFCameraOcclusionStateReportCallback;
typedef interface IMFCameraOcclusionStateMonitor IMFCameraOcclusionStateMonitor;
typedef interface IMFCameraControlDefaults IMFCameraControlDefaults;
typedef interface IMFCameraControlDefaultsCollection IMFCameraControlDefaultsCollection;
typedef interface IMFCameraControlNotify IMFCameraControlNotify;
typedef interface IMFCameraControlMonitor IMFCameraControlMonitor;
typedef interface IMFCameraConfigurationManager IMFCameraConfigurationManager;
typedef interface IMFTrackedSample IMFTrackedSample;
typedef interface IMFClockConsumer IMFClockConsumer;
typedef interface IMFDXGIDeviceManagerSource IMFDXGIDeviceManagerSource;
typedef interface IMFMediaStreamSourceSampleRequest IMFMediaStreamSourceSampleRequest;

typedef enum MFSampleAllocatorUsage {
	MFSampleAllocatorUsage_UsesProvidedAllocator = 0,
	MFSampleAllocatorUsage_UsesCustomAllocator = 1,
	MFSampleAllocatorUsage_DoesNotAllocate = 2,
} MFSampleAllocatorUsage;
typedef enum {
	MFSensorDeviceType_Unknown = 0,
	MFSensorDeviceType_Device = 1,
	MFSensorDeviceType_MediaSource = 2,
	MFSensorDeviceType_FrameProvider = 3,
	MFSensorDeviceType_SensorTransform = 4,
} MFSensorDeviceType;
typedef enum {
	MFSensorStreamType_Unknown = 0,
	MFSensorStreamType_Input = 1,
	MFSensorStreamType_Output = 2,
} MFSensorStreamType;
typedef enum {
	MFSensorDeviceMode_Controller = 0,
	MFSensorDeviceMode_Shared = 1,
} MFSensorDeviceMode;
typedef struct {
	GUID Type;
	UINT32 Index;
	UINT32 Unused;
} SENSORPROFILEID;
typedef enum _MFCameraIntrinsic_DistortionModelType {
	MFCameraIntrinsic_DistortionModelType_6KT = 0,
	MFCameraIntrinsic_DistortionModelType_ArcTan = 1,
} MFCameraIntrinsic_DistortionModelType;
typedef struct _MFCameraIntrinsic_CameraModel {
	FLOAT FocalLength_x;
	FLOAT FocalLength_y;
	FLOAT PrincipalPoint_x;
	FLOAT PrincipalPoint_y;
} MFCameraIntrinsic_CameraModel;
typedef struct _MFCameraIntrinsic_DistortionModel6KT {
	FLOAT Radial_k1;
	FLOAT Radial_k2;
	FLOAT Radial_k3;
	FLOAT Radial_k4;
	FLOAT Radial_k5;
	FLOAT Radial_k6;
	FLOAT Tangential_p1;
	FLOAT Tangential_p2;
} MFCameraIntrinsic_DistortionModel6KT;
typedef struct _MFCameraIntrinsic_DistortionModelArcTan {
	FLOAT Radial_k0;
	FLOAT DistortionCenter_x;
	FLOAT DistortionCenter_y;
	FLOAT Tangential_x;
	FLOAT Tangential_y;
} MFCameraIntrinsic_DistortionModelArcTan;
typedef struct _MFExtendedCameraIntrinsic_IntrinsicModel {
	UINT32 Width;
	UINT32 Height;
	UINT32 SplitFrameId;
	MFCameraIntrinsic_CameraModel CameraModel;
} MFExtendedCameraIntrinsic_IntrinsicModel;
typedef enum {
	MF_CAMERA_CONTROL_CONFIGURATION_TYPE_PRESTART = 0,
	MF_CAMERA_CONTROL_CONFIGURATION_TYPE_POSTSTART = 1,
} MF_CAMERA_CONTROL_CONFIGURATION_TYPE;
typedef struct {
	LONG minValue;
	LONG maxValue;
	LONG stepValue;
	LONG defaultValue;
} MF_CAMERA_CONTROL_RANGE_INFO;
typedef enum MFCameraOcclusionState {
	MFCameraOcclusionState_Open = 0,
	MFCameraOcclusionState_OccludedByLid = 0x1,
	MFCameraOcclusionState_OccludedByCameraHardware = 0x2,
} MFCameraOcclusionState;

#ifdef __cplusplus
#ifndef __IMFRealTimeClient_INTERFACE_DEFINED__
#define __IMFRealTimeClient_INTERFACE_DEFINED__
EXTERN_C const IID IID_IMFRealTimeClient;
struct IMFRealTimeClient : public IUnknown {
	virtual HRESULT STDMETHODCALLTYPE RegisterThreads(DWORD dwTaskIndex, LPCWSTR wszClass) = 0;
	virtual HRESULT STDMETHODCALLTYPE UnregisterThreads(void) = 0;
	virtual HRESULT STDMETHODCALLTYPE SetWorkQueue(DWORD dwWorkQueueId) = 0;
};
#ifdef __CRT_UUID_DECL
__CRT_UUID_DECL(IMFRealTimeClient, 0x2347d60b, 0x3fb5, 0x480c, 0x88, 0x03, 0x8d, 0xf3, 0xad, 0xcd, 0x3e, 0xf0)
#endif
#endif
#ifndef __IMFRealTimeClientEx_INTERFACE_DEFINED__
#define __IMFRealTimeClientEx_INTERFACE_DEFINED__
EXTERN_C const IID IID_IMFRealTimeClientEx;
struct IMFRealTimeClientEx : public IUnknown {
	virtual HRESULT STDMETHODCALLTYPE RegisterThreadsEx(DWORD *pdwTaskIndex, LPCWSTR wszClassName, LONG lBasePriority) = 0;
	virtual HRESULT STDMETHODCALLTYPE UnregisterThreads(void) = 0;
	virtual HRESULT STDMETHODCALLTYPE SetWorkQueueEx(DWORD dwMultithreadedWorkQueueId, LONG lWorkItemBasePriority) = 0;
};
#ifdef __CRT_UUID_DECL
__CRT_UUID_DECL(IMFRealTimeClientEx, 0x03910848, 0xab16, 0x4611, 0xb1, 0x00, 0x17, 0xb8, 0x8a, 0xe2, 0xf2, 0x48)
#endif
#endif
#ifndef __IMFWorkQueueServices_INTERFACE_DEFINED__
#define __IMFWorkQueueServices_INTERFACE_DEFINED__
EXTERN_C const IID IID_IMFWorkQueueServices;
struct IMFWorkQueueServices : public IUnknown {
	virtual HRESULT STDMETHODCALLTYPE BeginRegisterTopologyWorkQueuesWithMMCSS(IMFAsyncCallback *pCallback, IUnknown *pState) = 0;
	virtual HRESULT STDMETHODCALLTYPE EndRegisterTopologyWorkQueuesWithMMCSS(IMFAsyncResult *pResult) = 0;
	virtual HRESULT STDMETHODCALLTYPE BeginUnregisterTopologyWorkQueuesWithMMCSS(IMFAsyncCallback *pCallback, IUnknown *pState) = 0;
	virtual HRESULT STDMETHODCALLTYPE EndUnregisterTopologyWorkQueuesWithMMCSS(IMFAsyncResult *pResult) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetTopologyWorkQueueMMCSSClass(DWORD dwTopologyWorkQueueId, LPWSTR pwszClass, DWORD *pcchClass) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetTopologyWorkQueueMMCSSTaskId(DWORD dwTopologyWorkQueueId, DWORD *pdwTaskId) = 0;
	virtual HRESULT STDMETHODCALLTYPE BeginRegisterPlatformWorkQueueWithMMCSS(DWORD dwPlatformWorkQueue, LPCWSTR wszClass, DWORD dwTaskId, IMFAsyncCallback *pCallback, IUnknown *pState) = 0;
	virtual HRESULT STDMETHODCALLTYPE EndRegisterPlatformWorkQueueWithMMCSS(IMFAsyncResult *pResult, DWORD *pdwTaskId) = 0;
	virtual HRESULT STDMETHODCALLTYPE BeginUnregisterPlatformWorkQueueWithMMCSS(DWORD dwPlatformWorkQueue, IMFAsyncCallback *pCallback, IUnknown *pState) = 0;
	virtual HRESULT STDMETHODCALLTYPE EndUnregisterPlatformWorkQueueWithMMCSS(IMFAsyncResult *pResult) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetPlaftormWorkQueueMMCSSClass(DWORD dwPlatformWorkQueueId, LPWSTR pwszClass, DWORD *pcchClass) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetPlatformWorkQueueMMCSSTaskId(DWORD dwPlatformWorkQueueId, DWORD *pdwTaskId) = 0;
};
#ifdef __CRT_UUID_DECL
__CRT_UUID_DECL(IMFWorkQueueServices, 0x35fe1bb8, 0xa3a9, 0x40fe, 0xbb, 0xec, 0xeb, 0x56, 0x9c, 0x9c, 0xcc, 0xa3)
#endif
#endif
#ifndef __IMFWorkQueueServicesEx_INTERFACE_DEFINED__
#define __IMFWorkQueueServicesEx_INTERFACE_DEFINED__
EXTERN_C const IID IID_IMFWorkQueueServicesEx;
struct IMFWorkQueueServicesEx : public IMFWorkQueueServices {
	virtual HRESULT STDMETHODCALLTYPE GetTopologyWorkQueueMMCSSPriority(DWORD dwTopologyWorkQueueId, LONG *plPriority) = 0;
	virtual HRESULT STDMETHODCALLTYPE BeginRegisterPlatformWorkQueueWithMMCSSEx(DWORD dwPlatformWorkQueue, LPCWSTR wszClass, DWORD dwTaskId, LONG lPriority, IMFAsyncCallback *pCallback, IUnknown *pState) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetPlatformWorkQueueMMCSSPriority(DWORD dwPlatformWorkQueueId, LONG *plPriority) = 0;
};
#ifdef __CRT_UUID_DECL
__CRT_UUID_DECL(IMFWorkQueueServicesEx, 0x96bf961b, 0x40fe, 0x42f1, 0xba, 0x9d, 0x32, 0x02, 0x38, 0xb4, 0x97, 0x00)
#endif
#endif
#ifndef __IMFSampleAllocatorControl_INTERFACE_DEFINED__
#define __IMFSampleAllocatorControl_INTERFACE_DEFINED__
EXTERN_C const IID IID_IMFSampleAllocatorControl;
struct IMFSampleAllocatorControl : public IUnknown {
	virtual HRESULT STDMETHODCALLTYPE SetDefaultAllocator(DWORD dwOutputStreamID, IUnknown *pAllocator) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetAllocatorUsage(DWORD dwOutputStreamID, DWORD *pdwInputStreamID, MFSampleAllocatorUsage *peUsage) = 0;
};
#ifdef __CRT_UUID_DECL
__CRT_UUID_DECL(IMFSampleAllocatorControl, 0xda62b958, 0x3a38, 0x4a97, 0xbd, 0x27, 0x14, 0x9c, 0x64, 0x0c, 0x07, 0x71)
#endif
#endif
#ifndef __IMFVideoCaptureSampleAllocator_INTERFACE_DEFINED__
#define __IMFVideoCaptureSampleAllocator_INTERFACE_DEFINED__
EXTERN_C const IID IID_IMFVideoCaptureSampleAllocator;
struct IMFVideoCaptureSampleAllocator : public IMFVideoSampleAllocator {
	virtual HRESULT STDMETHODCALLTYPE InitializeCaptureSampleAllocator(DWORD cbSampleSize, DWORD cbCaptureMetadataSize, DWORD cbAlignment, DWORD cMinimumSamples, IMFAttributes *pAttributes, IMFMediaType *pMediaType) = 0;
};
#ifdef __CRT_UUID_DECL
__CRT_UUID_DECL(IMFVideoCaptureSampleAllocator, 0x725b77c7, 0xca9f, 0x4fe5, 0x9d, 0x72, 0x99, 0x46, 0xbf, 0x9b, 0x3c, 0x70)
#endif
#endif
#ifndef __IMFMediaSource2_INTERFACE_DEFINED__
#define __IMFMediaSource2_INTERFACE_DEFINED__
EXTERN_C const IID IID_IMFMediaSource2;
struct IMFMediaSource2 : public IMFMediaSourceEx {
	virtual HRESULT STDMETHODCALLTYPE SetMediaType(DWORD dwStreamID, IMFMediaType *pMediaType) = 0;
};
#ifdef __CRT_UUID_DECL
__CRT_UUID_DECL(IMFMediaSource2, 0xfbb03414, 0xd13b, 0x4786, 0x83, 0x19, 0x5a, 0xc5, 0x1f, 0xc0, 0xa1, 0x36)
#endif
#endif
#ifndef __IMFMediaStream2_INTERFACE_DEFINED__
#define __IMFMediaStream2_INTERFACE_DEFINED__
EXTERN_C const IID IID_IMFMediaStream2;
struct IMFMediaStream2 : public IMFMediaStream {
	virtual HRESULT STDMETHODCALLTYPE SetStreamState(MF_STREAM_STATE value) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetStreamState(MF_STREAM_STATE *value) = 0;
};
#ifdef __CRT_UUID_DECL
__CRT_UUID_DECL(IMFMediaStream2, 0xc5bc37d6, 0x75c7, 0x46a1, 0xa1, 0x32, 0x81, 0xb5, 0xf7, 0x23, 0xc2, 0x0f)
#endif
#endif
#ifndef __IMFCapturePhotoConfirmation_INTERFACE_DEFINED__
#define __IMFCapturePhotoConfirmation_INTERFACE_DEFINED__
EXTERN_C const IID IID_IMFCapturePhotoConfirmation;
struct IMFCapturePhotoConfirmation : public IUnknown {
	virtual HRESULT STDMETHODCALLTYPE SetPhotoConfirmationCallback(IMFAsyncCallback *pNotificationCallback) = 0;
	virtual HRESULT STDMETHODCALLTYPE SetPixelFormat(GUID subtype) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetPixelFormat(GUID *subtype) = 0;
};
#ifdef __CRT_UUID_DECL
__CRT_UUID_DECL(IMFCapturePhotoConfirmation, 0x19f68549, 0xca8a, 0x4706, 0xa4, 0xef, 0x48, 0x1d, 0xbc, 0x95, 0xe1, 0x2c)
#endif
#endif
#ifndef __IMFSensorDevice_INTERFACE_DEFINED__
#define __IMFSensorDevice_INTERFACE_DEFINED__
EXTERN_C const IID IID_IMFSensorDevice;
struct IMFSensorDevice : public IUnknown {
	virtual HRESULT STDMETHODCALLTYPE GetDeviceId(ULONGLONG *pDeviceId) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetDeviceType(MFSensorDeviceType *pType) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetFlags(ULONGLONG *pFlags) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetSymbolicLink(LPWSTR SymbolicLink, LONG cchSymbolicLink, LONG *pcchWritten) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetDeviceAttributes(IMFAttributes **ppAttributes) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetStreamAttributesCount(MFSensorStreamType eType, DWORD *pdwCount) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetStreamAttributes(MFSensorStreamType eType, DWORD dwIndex, IMFAttributes **ppAttributes) = 0;
	virtual HRESULT STDMETHODCALLTYPE SetSensorDeviceMode(MFSensorDeviceMode eMode) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetSensorDeviceMode(MFSensorDeviceMode *peMode) = 0;
};
#ifdef __CRT_UUID_DECL
__CRT_UUID_DECL(IMFSensorDevice, 0xfb9f48f2, 0x2a18, 0x4e28, 0x97, 0x30, 0x78, 0x6f, 0x30, 0xf0, 0x4d, 0xc4)
#endif
#endif
#ifndef __IMFSensorGroup_INTERFACE_DEFINED__
#define __IMFSensorGroup_INTERFACE_DEFINED__
EXTERN_C const IID IID_IMFSensorGroup;
struct IMFSensorGroup : public IUnknown {
	virtual HRESULT STDMETHODCALLTYPE GetSymbolicLink(LPWSTR SymbolicLink, LONG cchSymbolicLink, LONG *pcchWritten) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetFlags(ULONGLONG *pFlags) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetSensorGroupAttributes(IMFAttributes **ppAttributes) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetSensorDeviceCount(DWORD *pdwCount) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetSensorDevice(DWORD dwIndex, IMFSensorDevice **ppDevice) = 0;
	virtual HRESULT STDMETHODCALLTYPE SetDefaultSensorDeviceIndex(DWORD dwIndex) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetDefaultSensorDeviceIndex(DWORD *pdwIndex) = 0;
	virtual HRESULT STDMETHODCALLTYPE CreateMediaSource(IMFMediaSource **ppSource) = 0;
};
#ifdef __CRT_UUID_DECL
__CRT_UUID_DECL(IMFSensorGroup, 0x4110243a, 0x9757, 0x461f, 0x89, 0xf1, 0xf2, 0x23, 0x45, 0xbc, 0xab, 0x4e)
#endif
#endif
#ifndef __IMFSensorStream_INTERFACE_DEFINED__
#define __IMFSensorStream_INTERFACE_DEFINED__
EXTERN_C const IID IID_IMFSensorStream;
struct IMFSensorStream : public IMFAttributes {
	virtual HRESULT STDMETHODCALLTYPE GetMediaTypeCount(DWORD *pdwCount) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetMediaType(DWORD dwIndex, IMFMediaType **ppMediaType) = 0;
	virtual HRESULT STDMETHODCALLTYPE CloneSensorStream(IMFSensorStream **ppStream) = 0;
};
#ifdef __CRT_UUID_DECL
__CRT_UUID_DECL(IMFSensorStream, 0xe9a42171, 0xc56e, 0x498a, 0x8b, 0x39, 0xed, 0xa5, 0xa0, 0x70, 0xb7, 0xfc)
#endif
#endif
#ifndef __IMFSensorTransformFactory_INTERFACE_DEFINED__
#define __IMFSensorTransformFactory_INTERFACE_DEFINED__
EXTERN_C const IID IID_IMFSensorTransformFactory;
struct IMFSensorTransformFactory : public IUnknown {
	virtual HRESULT STDMETHODCALLTYPE GetFactoryAttributes(IMFAttributes **ppAttributes) = 0;
	virtual HRESULT STDMETHODCALLTYPE InitializeFactory(DWORD dwMaxTransformCount, IMFCollection *pSensorDevices, IMFAttributes *pAttributes) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetTransformCount(DWORD *pdwCount) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetTransformInformation(DWORD TransformIndex, GUID *pguidTransformId, IMFAttributes **ppAttributes, IMFCollection **ppStreamInformation) = 0;
	virtual HRESULT STDMETHODCALLTYPE CreateTransform(REFGUID guidSensorTransformID, IMFAttributes *pAttributes, IMFDeviceTransform **ppDeviceMFT) = 0;
};
#ifdef __CRT_UUID_DECL
__CRT_UUID_DECL(IMFSensorTransformFactory, 0xeed9c2ee, 0x66b4, 0x4f18, 0xa6, 0x97, 0xac, 0x7d, 0x39, 0x60, 0x21, 0x5c)
#endif
#endif
#ifndef __IMFSensorProfile_INTERFACE_DEFINED__
#define __IMFSensorProfile_INTERFACE_DEFINED__
EXTERN_C const IID IID_IMFSensorProfile;
struct IMFSensorProfile : public IUnknown {
	virtual HRESULT STDMETHODCALLTYPE GetProfileId(SENSORPROFILEID *pId) = 0;
	virtual HRESULT STDMETHODCALLTYPE AddProfileFilter(UINT32 StreamId, LPCWSTR wzFilterSetString) = 0;
	virtual HRESULT STDMETHODCALLTYPE IsMediaTypeSupported(UINT32 StreamId, IMFMediaType *pMediaType, BOOL *pfSupported) = 0;
	virtual HRESULT STDMETHODCALLTYPE AddBlockedControl(LPCWSTR wzBlockedControl) = 0;
};
#ifdef __CRT_UUID_DECL
__CRT_UUID_DECL(IMFSensorProfile, 0x22f765d1, 0x8dab, 0x4107, 0x84, 0x6d, 0x56, 0xba, 0xf7, 0x22, 0x15, 0xe7)
#endif
#endif
#ifndef __IMFSensorProfileCollection_INTERFACE_DEFINED__
#define __IMFSensorProfileCollection_INTERFACE_DEFINED__
EXTERN_C const IID IID_IMFSensorProfileCollection;
struct IMFSensorProfileCollection : public IUnknown {
	virtual DWORD STDMETHODCALLTYPE GetProfileCount(void) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetProfile(DWORD Index, IMFSensorProfile **ppProfile) = 0;
	virtual HRESULT STDMETHODCALLTYPE AddProfile(IMFSensorProfile *pProfile) = 0;
	virtual HRESULT STDMETHODCALLTYPE FindProfile(SENSORPROFILEID *ProfileId, IMFSensorProfile **ppProfile) = 0;
	virtual void STDMETHODCALLTYPE RemoveProfileByIndex(DWORD Index) = 0;
	virtual void STDMETHODCALLTYPE RemoveProfile(SENSORPROFILEID *ProfileId) = 0;
};
#ifdef __CRT_UUID_DECL
__CRT_UUID_DECL(IMFSensorProfileCollection, 0xc95ea55b, 0x0187, 0x48be, 0x93, 0x53, 0x8d, 0x25, 0x07, 0x66, 0x23, 0x51)
#endif
#endif
#ifndef __IMFSensorProcessActivity_INTERFACE_DEFINED__
#define __IMFSensorProcessActivity_INTERFACE_DEFINED__
EXTERN_C const IID IID_IMFSensorProcessActivity;
struct IMFSensorProcessActivity : public IUnknown {
	virtual HRESULT STDMETHODCALLTYPE GetProcessId(ULONG *pPID) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetStreamingState(BOOL *pfStreaming) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetStreamingMode(MFSensorDeviceMode *pMode) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetReportTime(FILETIME *pft) = 0;
};
#ifdef __CRT_UUID_DECL
__CRT_UUID_DECL(IMFSensorProcessActivity, 0x39dc7f4a, 0xb141, 0x4719, 0x81, 0x3c, 0xa7, 0xf4, 0x61, 0x62, 0xa2, 0xb8)
#endif
#endif
#ifndef __IMFSensorActivityReport_INTERFACE_DEFINED__
#define __IMFSensorActivityReport_INTERFACE_DEFINED__
EXTERN_C const IID IID_IMFSensorActivityReport;
struct IMFSensorActivityReport : public IUnknown {
	virtual HRESULT STDMETHODCALLTYPE GetFriendlyName(LPWSTR FriendlyName, ULONG cchFriendlyName, ULONG *pcchWritten) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetSymbolicLink(LPWSTR SymbolicLink, ULONG cchSymbolicLink, ULONG *pcchWritten) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetProcessCount(ULONG *pcCount) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetProcessActivity(ULONG Index, IMFSensorProcessActivity **ppProcessActivity) = 0;
};
#ifdef __CRT_UUID_DECL
__CRT_UUID_DECL(IMFSensorActivityReport, 0x3e8c4be1, 0xa8c2, 0x4528, 0x90, 0xde, 0x28, 0x51, 0xbd, 0xe5, 0xfe, 0xad)
#endif
#endif
#ifndef __IMFSensorActivitiesReport_INTERFACE_DEFINED__
#define __IMFSensorActivitiesReport_INTERFACE_DEFINED__
EXTERN_C const IID IID_IMFSensorActivitiesReport;
struct IMFSensorActivitiesReport : public IUnknown {
	virtual HRESULT STDMETHODCALLTYPE GetCount(ULONG *pcCount) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetActivityReport(ULONG Index, IMFSensorActivityReport **sensorActivityReport) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetActivityReportByDeviceName(LPCWSTR SymbolicName, IMFSensorActivityReport **sensorActivityReport) = 0;
};
#ifdef __CRT_UUID_DECL
__CRT_UUID_DECL(IMFSensorActivitiesReport, 0x683f7a5e, 0x4a19, 0x43cd, 0xb1, 0xa9, 0xdb, 0xf4, 0xab, 0x3f, 0x77, 0x77)
#endif
#endif
#ifndef __IMFSensorActivitiesReportCallback_INTERFACE_DEFINED__
#define __IMFSensorActivitiesReportCallback_INTERFACE_DEFINED__
EXTERN_C const IID IID_IMFSensorActivitiesReportCallback;
struct IMFSensorActivitiesReportCallback : public IUnknown {
	virtual HRESULT STDMETHODCALLTYPE OnActivitiesReport(IMFSensorActivitiesReport *sensorActivitiesReport) = 0;
};
#ifdef __CRT_UUID_DECL
__CRT_UUID_DECL(IMFSensorActivitiesReportCallback, 0xde5072ee, 0xdbe3, 0x46dc, 0x8a, 0x87, 0xb6, 0xf6, 0x31, 0x19, 0x47, 0x51)
#endif
#endif
#ifndef __IMFSensorActivityMonitor_INTERFACE_DEFINED__
#define __IMFSensorActivityMonitor_INTERFACE_DEFINED__
EXTERN_C const IID IID_IMFSensorActivityMonitor;
struct IMFSensorActivityMonitor : public IUnknown {
	virtual HRESULT STDMETHODCALLTYPE Start(void) = 0;
	virtual HRESULT STDMETHODCALLTYPE Stop(void) = 0;
};
#ifdef __CRT_UUID_DECL
__CRT_UUID_DECL(IMFSensorActivityMonitor, 0xd0cef145, 0xb3f4, 0x4340, 0xa2, 0xe5, 0x7a, 0x50, 0x80, 0xca, 0x05, 0xcb)
#endif
#endif
#ifndef __IMFExtendedCameraIntrinsicModel_INTERFACE_DEFINED__
#define __IMFExtendedCameraIntrinsicModel_INTERFACE_DEFINED__
EXTERN_C const IID IID_IMFExtendedCameraIntrinsicModel;
struct IMFExtendedCameraIntrinsicModel : public IUnknown {
	virtual HRESULT STDMETHODCALLTYPE GetModel(MFExtendedCameraIntrinsic_IntrinsicModel *pIntrinsicModel) = 0;
	virtual HRESULT STDMETHODCALLTYPE SetModel(const MFExtendedCameraIntrinsic_IntrinsicModel *pIntrinsicModel) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetDistortionModelType(MFCameraIntrinsic_DistortionModelType *pDistortionModelType) = 0;
};
#ifdef __CRT_UUID_DECL
__CRT_UUID_DECL(IMFExtendedCameraIntrinsicModel, 0x5c595e64, 0x4630, 0x4231, 0x85, 0x5a, 0x12, 0x84, 0x2f, 0x73, 0x32, 0x45)
#endif
#endif
#ifndef __IMFExtendedCameraIntrinsicsDistortionModel6KT_INTERFACE_DEFINED__
#define __IMFExtendedCameraIntrinsicsDistortionModel6KT_INTERFACE_DEFINED__
EXTERN_C const IID IID_IMFExtendedCameraIntrinsicsDistortionModel6KT;
struct IMFExtendedCameraIntrinsicsDistortionModel6KT : public IUnknown {
	virtual HRESULT STDMETHODCALLTYPE GetDistortionModel(MFCameraIntrinsic_DistortionModel6KT *pDistortionModel) = 0;
	virtual HRESULT STDMETHODCALLTYPE SetDistortionModel(const MFCameraIntrinsic_DistortionModel6KT *pDistortionModel) = 0;
};
#ifdef __CRT_UUID_DECL
__CRT_UUID_DECL(IMFExtendedCameraIntrinsicsDistortionModel6KT, 0x74c2653b, 0x5f55, 0x4eb1, 0x9f, 0x0f, 0x18, 0xb8, 0xf6, 0x8b, 0x7d, 0x3d)
#endif
#endif
#ifndef __IMFExtendedCameraIntrinsicsDistortionModelArcTan_INTERFACE_DEFINED__
#define __IMFExtendedCameraIntrinsicsDistortionModelArcTan_INTERFACE_DEFINED__
EXTERN_C const IID IID_IMFExtendedCameraIntrinsicsDistortionModelArcTan;
struct IMFExtendedCameraIntrinsicsDistortionModelArcTan : public IUnknown {
	virtual HRESULT STDMETHODCALLTYPE GetDistortionModel(MFCameraIntrinsic_DistortionModelArcTan *pDistortionModel) = 0;
	virtual HRESULT STDMETHODCALLTYPE SetDistortionModel(const MFCameraIntrinsic_DistortionModelArcTan *pDistortionModel) = 0;
};
#ifdef __CRT_UUID_DECL
__CRT_UUID_DECL(IMFExtendedCameraIntrinsicsDistortionModelArcTan, 0x812d5f95, 0xb572, 0x45dc, 0xba, 0xfc, 0xae, 0x24, 0x19, 0x9d, 0xdd, 0xa8)
#endif
#endif
#ifndef __IMFExtendedCameraIntrinsics_INTERFACE_DEFINED__
#define __IMFExtendedCameraIntrinsics_INTERFACE_DEFINED__
EXTERN_C const IID IID_IMFExtendedCameraIntrinsics;
struct IMFExtendedCameraIntrinsics : public IUnknown {
	virtual HRESULT STDMETHODCALLTYPE InitializeFromBuffer(BYTE *pbBuffer, DWORD dwBufferSize) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetBufferSize(DWORD *pdwBufferSize) = 0;
	virtual HRESULT STDMETHODCALLTYPE SerializeToBuffer(BYTE *pbBuffer, DWORD *pdwBufferSize) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetIntrinsicModelCount(DWORD *pdwCount) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetIntrinsicModelByIndex(DWORD dwIndex, IMFExtendedCameraIntrinsicModel **ppIntrinsicModel) = 0;
	virtual HRESULT STDMETHODCALLTYPE AddIntrinsicModel(IMFExtendedCameraIntrinsicModel *pIntrinsicModel) = 0;
};
#ifdef __CRT_UUID_DECL
__CRT_UUID_DECL(IMFExtendedCameraIntrinsics, 0x687f6dac, 0x6987, 0x4750, 0xa1, 0x6a, 0x73, 0x4d, 0x1e, 0x7a, 0x10, 0xfe)
#endif
#endif
#ifndef __IMFExtendedCameraControl_INTERFACE_DEFINED__
#define __IMFExtendedCameraControl_INTERFACE_DEFINED__
EXTERN_C const IID IID_IMFExtendedCameraControl;
struct IMFExtendedCameraControl : public IUnknown {
	virtual ULONGLONG STDMETHODCALLTYPE GetCapabilities(void) = 0;
	virtual HRESULT STDMETHODCALLTYPE SetFlags(ULONGLONG ulFlags) = 0;
	virtual ULONGLONG STDMETHODCALLTYPE GetFlags(void) = 0;
	virtual HRESULT STDMETHODCALLTYPE LockPayload(BYTE **ppPayload, ULONG *pulPayload) = 0;
	virtual HRESULT STDMETHODCALLTYPE UnlockPayload(void) = 0;
	virtual HRESULT STDMETHODCALLTYPE CommitSettings(void) = 0;
};
#ifdef __CRT_UUID_DECL
__CRT_UUID_DECL(IMFExtendedCameraControl, 0x38e33520, 0xfca1, 0x4845, 0xa2, 0x7a, 0x68, 0xb7, 0xc6, 0xab, 0x37, 0x89)
#endif
#endif
#ifndef __IMFExtendedCameraController_INTERFACE_DEFINED__
#define __IMFExtendedCameraController_INTERFACE_DEFINED__
EXTERN_C const IID IID_IMFExtendedCameraController;
struct IMFExtendedCameraController : public IUnknown {
	virtual HRESULT STDMETHODCALLTYPE GetExtendedCameraControl(DWORD dwStreamIndex, ULONG ulPropertyId, IMFExtendedCameraControl **ppControl) = 0;
};
#ifdef __CRT_UUID_DECL
__CRT_UUID_DECL(IMFExtendedCameraController, 0xb91ebfee, 0xca03, 0x4af4, 0x8a, 0x82, 0xa3, 0x17, 0x52, 0xf4, 0xa0, 0xfc)
#endif
#endif
#ifndef __IMFRelativePanelReport_INTERFACE_DEFINED__
#define __IMFRelativePanelReport_INTERFACE_DEFINED__
EXTERN_C const IID IID_IMFRelativePanelReport;
struct IMFRelativePanelReport : public IUnknown {
	virtual HRESULT STDMETHODCALLTYPE GetRelativePanel(ULONG *panel) = 0;
};
#ifdef __CRT_UUID_DECL
__CRT_UUID_DECL(IMFRelativePanelReport, 0xf25362ea, 0x2c0e, 0x447f, 0x81, 0xe2, 0x75, 0x59, 0x14, 0xcd, 0xc0, 0xc3)
#endif
#endif
#ifndef __IMFRelativePanelWatcher_INTERFACE_DEFINED__
#define __IMFRelativePanelWatcher_INTERFACE_DEFINED__
EXTERN_C const IID IID_IMFRelativePanelWatcher;
struct IMFRelativePanelWatcher : public IMFShutdown {
	virtual HRESULT STDMETHODCALLTYPE BeginGetReport(IMFAsyncCallback *pCallback, IUnknown *pState) = 0;
	virtual HRESULT STDMETHODCALLTYPE EndGetReport(IMFAsyncResult *pResult, IMFRelativePanelReport **ppRelativePanelReport) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetReport(IMFRelativePanelReport **ppRelativePanelReport) = 0;
};
#ifdef __CRT_UUID_DECL
__CRT_UUID_DECL(IMFRelativePanelWatcher, 0x421af7f6, 0x573e, 0x4ad0, 0x8f, 0xda, 0x2e, 0x57, 0xce, 0xdb, 0x18, 0xc6)
#endif
#endif
#ifndef __IMFCameraOcclusionStateReport_INTERFACE_DEFINED__
#define __IMFCameraOcclusionStateReport_INTERFACE_DEFINED__
EXTERN_C const IID IID_IMFCameraOcclusionStateReport;
struct IMFCameraOcclusionStateReport : public IUnknown {
	virtual HRESULT STDMETHODCALLTYPE GetOcclusionState(DWORD *occlusionState) = 0;
};
#ifdef __CRT_UUID_DECL
__CRT_UUID_DECL(IMFCameraOcclusionStateReport, 0x1640b2cf, 0x74da, 0x4462, 0xa4, 0x3b, 0xb7, 0x6d, 0x3b, 0xdc, 0x14, 0x34)
#endif
#endif
#ifndef __IMFCameraOcclusionStateReportCallback_INTERFACE_DEFINED__
#define __IMFCameraOcclusionStateReportCallback_INTERFACE_DEFINED__
EXTERN_C const IID IID_IMFCameraOcclusionStateReportCallback;
struct IMFCameraOcclusionStateReportCallback : public IUnknown {
	virtual HRESULT STDMETHODCALLTYPE OnOcclusionStateReport(IMFCameraOcclusionStateReport *occlusionStateReport) = 0;
};
#ifdef __CRT_UUID_DECL
__CRT_UUID_DECL(IMFCameraOcclusionStateReportCallback, 0x6e5841c7, 0x3889, 0x4019, 0x90, 0x35, 0x78, 0x3f, 0xb1, 0x9b, 0x59, 0x48)
#endif
#endif
#ifndef __IMFCameraOcclusionStateMonitor_INTERFACE_DEFINED__
#define __IMFCameraOcclusionStateMonitor_INTERFACE_DEFINED__
EXTERN_C const IID IID_IMFCameraOcclusionStateMonitor;
struct IMFCameraOcclusionStateMonitor : public IUnknown {
	virtual HRESULT STDMETHODCALLTYPE Start(void) = 0;
	virtual HRESULT STDMETHODCALLTYPE Stop(void) = 0;
	virtual DWORD STDMETHODCALLTYPE GetSupportedStates(void) = 0;
};
#ifdef __CRT_UUID_DECL
__CRT_UUID_DECL(IMFCameraOcclusionStateMonitor, 0xcc692f46, 0xc697, 0x47e2, 0xa7, 0x2d, 0x7b, 0x06, 0x46, 0x17, 0x74, 0x9b)
#endif
#endif
#ifndef __IMFCameraControlDefaults_INTERFACE_DEFINED__
#define __IMFCameraControlDefaults_INTERFACE_DEFINED__
EXTERN_C const IID IID_IMFCameraControlDefaults;
struct IMFCameraControlDefaults : public IUnknown {
	virtual MF_CAMERA_CONTROL_CONFIGURATION_TYPE STDMETHODCALLTYPE GetType(void) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetRangeInfo(MF_CAMERA_CONTROL_RANGE_INFO *rangeInfo) = 0;
	virtual HRESULT STDMETHODCALLTYPE LockControlData(void **control, ULONG *controlSize, void **data, ULONG *dataSize) = 0;
	virtual HRESULT STDMETHODCALLTYPE UnlockControlData(void) = 0;
};
#ifdef __CRT_UUID_DECL
__CRT_UUID_DECL(IMFCameraControlDefaults, 0x75510662, 0xb034, 0x48f4, 0x88, 0xa7, 0x8d, 0xe6, 0x1d, 0xaa, 0x4a, 0xf9)
#endif
#endif
#ifndef __IMFCameraControlDefaultsCollection_INTERFACE_DEFINED__
#define __IMFCameraControlDefaultsCollection_INTERFACE_DEFINED__
EXTERN_C const IID IID_IMFCameraControlDefaultsCollection;
struct IMFCameraControlDefaultsCollection : public IMFAttributes {
	virtual ULONG STDMETHODCALLTYPE GetControlCount(void) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetControl(ULONG index, IMFCameraControlDefaults **configuration) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetOrAddExtendedControl(MF_CAMERA_CONTROL_CONFIGURATION_TYPE configType, ULONG constrolId, DWORD streamId, ULONG dataSize, IMFCameraControlDefaults **defaults) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetOrAddControl(MF_CAMERA_CONTROL_CONFIGURATION_TYPE configType, REFGUID controlSet, ULONG constrolId, ULONG controlSize, ULONG dataSize, IMFCameraControlDefaults **defaults) = 0;
	virtual HRESULT STDMETHODCALLTYPE RemoveControl(REFGUID controlSet, ULONG constrolId) = 0;
	virtual HRESULT STDMETHODCALLTYPE RemoveAllControls(void) = 0;
};
#ifdef __CRT_UUID_DECL
__CRT_UUID_DECL(IMFCameraControlDefaultsCollection, 0x92d43d0f, 0x54a8, 0x4bae, 0x96, 0xda, 0x35, 0x6d, 0x25, 0x9a, 0x5c, 0x26)
#endif
#endif
#ifndef __IMFCameraControlNotify_INTERFACE_DEFINED__
#define __IMFCameraControlNotify_INTERFACE_DEFINED__
EXTERN_C const IID IID_IMFCameraControlNotify;
struct IMFCameraControlNotify : public IUnknown {
	virtual void STDMETHODCALLTYPE OnChange(REFGUID controlSet, UINT32 id) = 0;
	virtual void STDMETHODCALLTYPE OnError(HRESULT hrStatus) = 0;
};
#ifdef __CRT_UUID_DECL
__CRT_UUID_DECL(IMFCameraControlNotify, 0xe8f2540d, 0x558a, 0x4449, 0x8b, 0x64, 0x48, 0x63, 0x46, 0x7a, 0x9f, 0xe8)
#endif
#endif
#ifndef __IMFCameraControlMonitor_INTERFACE_DEFINED__
#define __IMFCameraControlMonitor_INTERFACE_DEFINED__
EXTERN_C const IID IID_IMFCameraControlMonitor;
struct IMFCameraControlMonitor : public IUnknown {
	virtual HRESULT STDMETHODCALLTYPE Start(void) = 0;
	virtual HRESULT STDMETHODCALLTYPE Stop(void) = 0;
	virtual HRESULT STDMETHODCALLTYPE AddControlSubscription(GUID controlSet, UINT32 id) = 0;
	virtual HRESULT STDMETHODCALLTYPE RemoveControlSubscription(GUID controlSet, UINT32 id) = 0;
	virtual void STDMETHODCALLTYPE Shutdown(void) = 0;
};
#ifdef __CRT_UUID_DECL
__CRT_UUID_DECL(IMFCameraControlMonitor, 0x4d46f2c9, 0x28ba, 0x4970, 0x8c, 0x7b, 0x1f, 0x0c, 0x9d, 0x80, 0xaf, 0x69)
#endif
#endif
#ifndef __IMFCameraConfigurationManager_INTERFACE_DEFINED__
#define __IMFCameraConfigurationManager_INTERFACE_DEFINED__
EXTERN_C const IID IID_IMFCameraConfigurationManager;
struct IMFCameraConfigurationManager : public IUnknown {
	virtual HRESULT STDMETHODCALLTYPE LoadDefaults(IMFAttributes *cameraAttributes, IMFCameraControlDefaultsCollection **configurations) = 0;
	virtual HRESULT STDMETHODCALLTYPE SaveDefaults(IMFCameraControlDefaultsCollection *configurations) = 0;
	virtual void STDMETHODCALLTYPE Shutdown(void) = 0;
};
#ifdef __CRT_UUID_DECL
__CRT_UUID_DECL(IMFCameraConfigurationManager, 0xa624f617, 0x4704, 0x4206, 0x8a, 0x6d, 0xeb, 0xda, 0x4a, 0x09, 0x39, 0x85)
#endif
#endif
#ifndef __IMFTrackedSample_INTERFACE_DEFINED__
#define __IMFTrackedSample_INTERFACE_DEFINED__
EXTERN_C const IID IID_IMFTrackedSample;
struct IMFTrackedSample : public IUnknown {
	virtual HRESULT STDMETHODCALLTYPE SetAllocator(IMFAsyncCallback *pSampleAllocator, IUnknown *pUnkState) = 0;
};
#ifdef __CRT_UUID_DECL
__CRT_UUID_DECL(IMFTrackedSample, 0x245bf8e9, 0x0755, 0x40f7, 0x88, 0xa5, 0xae, 0x0f, 0x18, 0xd5, 0x5e, 0x17)
#endif
#endif
#ifndef __IMFClockConsumer_INTERFACE_DEFINED__
#define __IMFClockConsumer_INTERFACE_DEFINED__
EXTERN_C const IID IID_IMFClockConsumer;
struct IMFClockConsumer : public IUnknown {
	virtual HRESULT STDMETHODCALLTYPE SetPresentationClock(IMFPresentationClock *pPresentationClock) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetPresentationClock(IMFPresentationClock **ppPresentationClock) = 0;
};
#ifdef __CRT_UUID_DECL
__CRT_UUID_DECL(IMFClockConsumer, 0x6ef2a662, 0x47c0, 0x4666, 0xb1, 0x3d, 0xcb, 0xb7, 0x17, 0xf2, 0xfa, 0x2c)
#endif
#endif
#ifndef __IMFDXGIDeviceManagerSource_INTERFACE_DEFINED__
#define __IMFDXGIDeviceManagerSource_INTERFACE_DEFINED__
EXTERN_C const IID IID_IMFDXGIDeviceManagerSource;
struct IMFDXGIDeviceManagerSource : public IUnknown {
	virtual HRESULT STDMETHODCALLTYPE GetManager(IMFDXGIDeviceManager **ppManager) = 0;
};
#ifdef __CRT_UUID_DECL
__CRT_UUID_DECL(IMFDXGIDeviceManagerSource, 0x20bc074b, 0x7a8d, 0x4609, 0x8c, 0x3b, 0x64, 0xa0, 0xa3, 0xb5, 0xd7, 0xce)
#endif
#endif
#ifndef __IMFMediaStreamSourceSampleRequest_INTERFACE_DEFINED__
#define __IMFMediaStreamSourceSampleRequest_INTERFACE_DEFINED__
EXTERN_C const IID IID_IMFMediaStreamSourceSampleRequest;
struct IMFMediaStreamSourceSampleRequest : public IUnknown {
	virtual HRESULT STDMETHODCALLTYPE SetSample(IMFSample *value) = 0;
};
#ifdef __CRT_UUID_DECL
__CRT_UUID_DECL(IMFMediaStreamSourceSampleRequest, 0x380b9af9, 0xa85b, 0x4e78, 0xa2, 0xaf, 0xea, 0x5c, 0xe6, 0x45, 0xc6, 0xb4)
#endif
#endif
#endif /* __cplusplus */

STDAPI MFCreateSensorGroup(LPCWSTR SensorGroupSymbolicLink, IMFSensorGroup** ppSensorGroup);
STDAPI MFCreateSensorStream(DWORD StreamId, IMFAttributes* pAttributes, IMFCollection* pMediaTypeCollection, IMFSensorStream** ppStream);
STDAPI MFCreateSensorProfile(REFGUID ProfileType, UINT32 ProfileIndex, LPCWSTR Constraints, IMFSensorProfile** ppProfile);
STDAPI MFCreateSensorProfileCollection(IMFSensorProfileCollection** ppSensorProfile);
STDAPI MFCreateSensorActivityMonitor(IMFSensorActivitiesReportCallback* pCallback, IMFSensorActivityMonitor** ppActivityMonitor);
STDAPI MFCreateExtendedCameraIntrinsics(IMFExtendedCameraIntrinsics** ppExtendedCameraIntrinsics);
STDAPI MFCreateExtendedCameraIntrinsicModel(const MFCameraIntrinsic_DistortionModelType distortionModelType, IMFExtendedCameraIntrinsicModel** ppExtendedCameraIntrinsicModel);
STDAPI MFCreateRelativePanelWatcher(PCWSTR videoDeviceId, PCWSTR displayMonitorDeviceId, IMFRelativePanelWatcher** ppRelativePanelWatcher);
STDAPI MFCreateCameraOcclusionStateMonitor(LPCWSTR symbolicLink, IMFCameraOcclusionStateReportCallback* callback, IMFCameraOcclusionStateMonitor** occlusionStateMonitor);
STDAPI MFCreateCameraControlMonitor(LPCWSTR symbolicLink, IMFCameraControlNotify* callback, IMFCameraControlMonitor ** ppCameraControlMonitor);
STDAPI MFCreateTrackedSample(IMFTrackedSample** ppMFSample);
STDAPI MFCreateDeviceSourceActivate(IMFAttributes* pAttributes, IMFActivate** ppActivate);
STDAPI MFCreateMediaTypeFromProperties(IUnknown* punkStream, IMFMediaType** ppMediaType);
STDAPI MFCreatePropertiesFromMediaType(IMFMediaType* pMediaType, REFIID riid, void **ppv);
STDAPI MFCreateStreamOnMFByteStream(IMFByteStream* pByteStream, IStream** ppStream);
STDAPI MFCreateStreamOnMFByteStreamEx(IMFByteStream* pByteStream, REFIID riid, void **ppv);
STDAPI MFCreateMFByteStreamOnStream(IStream* pStream, IMFByteStream** ppByteStream);
STDAPI MFCreateMFByteStreamOnStreamEx(IUnknown* punkStream, IMFByteStream** ppByteStream);
STDAPI MFDeserializePresentationDescriptor(DWORD cbData, BYTE * pbData, IMFPresentationDescriptor ** ppPD);
STDAPI MFCreateSequencerSegmentOffset(MFSequencerElementId dwId, MFTIME hnsOffset, PROPVARIANT *pvarSegmentOffset);
STDAPI MFCreateMuxSink(GUID guidOutputSubType, IMFAttributes* pOutputAttributes, IMFByteStream* pOutputByteStream, IMFMediaSink** ppMuxSink);
STDAPI MFCreateFMPEG4MediaSink(IMFByteStream* pIByteStream, IMFMediaType* pVideoMediaType, IMFMediaType* pAudioMediaType, IMFMediaSink** ppIMediaSink);
STDAPI MFCreateAC3MediaSink(IMFByteStream* pTargetByteStream, IMFMediaType* pAudioMediaType, IMFMediaSink** ppMediaSink);
STDAPI MFCreateADTSMediaSink(IMFByteStream* pTargetByteStream, IMFMediaType* pAudioMediaType, IMFMediaSink** ppMediaSink);
STDAPI MFCreateAVIMediaSink(IMFByteStream* pIByteStream, IMFMediaType* pVideoMediaType, IMFMediaType* pAudioMediaType, IMFMediaSink** ppIMediaSink);
STDAPI MFCreateWAVEMediaSink(IMFByteStream* pTargetByteStream, IMFMediaType* pAudioMediaType, IMFMediaSink** ppMediaSink);

EXTERN_GUID(CLSID_AudioResamplerMediaObject, 0xf447b69e, 0x1884, 0x4a7e, 0x80, 0x55, 0x34, 0x6f, 0x74, 0xd6, 0xed, 0xb3);
EXTERN_GUID(CLSID_CameraConfigurationManager, 0x6C92B540, 0x5854, 0x4A17, 0x92, 0xB6, 0xAC, 0x89, 0xC9, 0x6E, 0x96, 0x83);
EXTERN_GUID(CLSID_CreateMediaExtensionObject, 0xef65a54d, 0x0788, 0x45b8, 0x8b, 0x14, 0xbc, 0x0f, 0x6a, 0x6b, 0x51, 0x37);
EXTERN_GUID(CLSID_FaceDetectionMFT, 0xc1e565e2, 0xf2de, 0x4537, 0x96, 0x12, 0x2f, 0x30, 0xa1, 0x60, 0xeb, 0x5c);
EXTERN_GUID(CLSID_FrameServerClassFactory, 0x9A93092C, 0x9CDC, 0x49B8, 0x83, 0x49, 0xCB, 0xCF, 0x31, 0x45, 0xFE, 0x0A);
EXTERN_GUID(CLSID_FrameServerNetworkCameraSource, 0x7a213aa7, 0x866f, 0x414a, 0x8c, 0x1a, 0x27, 0x5c, 0x72, 0x83, 0xa3, 0x95);
EXTERN_GUID(CLSID_HttpSchemePlugin, 0x44cb442b, 0x9da9, 0x49df, 0xb3, 0xfd, 0x2, 0x37, 0x77, 0xb1, 0x6e, 0x50);
EXTERN_GUID(CLSID_MP3DecMediaObject, 0xbbeea841, 0x0a63, 0x4f52, 0xa7, 0xab, 0xa9, 0xb3, 0xa8, 0x4e, 0xd3, 0x8a);
EXTERN_GUID(CLSID_MSAACDecMFT, 0x32d186a7, 0x218f, 0x4c75, 0x88, 0x76, 0xdd, 0x77, 0x27, 0x3a, 0x89, 0x99);
EXTERN_GUID(CLSID_MSDDPlusDecMFT, 0x177C0AFE, 0x900B, 0x48d4, 0x9E, 0x4C, 0x57, 0xAD, 0xD2, 0x50, 0xB3, 0xD4);
EXTERN_GUID(CLSID_MSH264DecoderMFT, 0x62CE7E72, 0x4C71, 0x4d20, 0xB1, 0x5D, 0x45, 0x28, 0x31, 0xA8, 0x7D, 0x9D);
EXTERN_GUID(CLSID_MSH264EncoderMFT, 0x6ca50344, 0x051a, 0x4ded, 0x97, 0x79, 0xa4, 0x33, 0x05, 0x16, 0x5e, 0x35);
EXTERN_GUID(CLSID_MSH265DecoderMFT, 0x420A51A3, 0xD605, 0x430C, 0xB4, 0xFC, 0x45, 0x27, 0x4F, 0xA6, 0xC5, 0x62);
EXTERN_GUID(CLSID_MSMPEGAudDecMFT, 0x70707B39, 0xB2CA, 0x4015, 0xAB, 0xEA, 0xF8, 0x44, 0x7D, 0x22, 0xD8, 0x8B);
EXTERN_GUID(CLSID_MSMPEGDecoderMFT, 0x2D709E52, 0x123F, 0x49b5, 0x9C, 0xBC, 0x9A, 0xF5, 0xCD, 0xE2, 0x8F, 0xB9);
EXTERN_GUID(CLSID_MSOpusDecoder, 0x63e17c10, 0x2d43, 0x4c42, 0x8f, 0xe3, 0x8d, 0x8b, 0x63, 0xe4, 0x6a, 0x6a);
EXTERN_GUID(CLSID_MSVPxDecoder, 0xE3AAF548, 0xC9A4, 0x4C6E, 0x23, 0x4D, 0x5A, 0xDA, 0x37, 0x4B, 0x00, 0x00);
EXTERN_GUID(CLSID_NetSchemePlugin, 0xe9f4ebab, 0xd97b, 0x463e, 0xa2, 0xb1, 0xc5, 0x4e, 0xe3, 0xf9, 0x41, 0x4d);
EXTERN_GUID(CLSID_UrlmonSchemePlugin, 0x9ec4b4f9, 0x3029, 0x45ad, 0x94, 0x7b, 0x34, 0x4d, 0xe2, 0xa2, 0x49, 0xe2);
EXTERN_GUID(CLSID_VideoProcessorMFT, 0x88753b26, 0x5b24, 0x49bd, 0xb2, 0xe7, 0xc, 0x44, 0x5c, 0x78, 0xc9, 0x82);
EXTERN_GUID(CLSID_WMADecMediaObject, 0x2eeb4adf, 0x4578, 0x4d10, 0xbc, 0xa7, 0xbb, 0x95, 0x5f, 0x56, 0x32, 0x0a);
EXTERN_GUID(CLSID_WMVDecoderMFT, 0x82d353df, 0x90bd, 0x4382, 0x8b, 0xc2, 0x3f, 0x61, 0x92, 0xb7, 0x6e, 0x34);
EXTERN_GUID(KSPROPERTYSETID_ANYCAMERACONTROL, 0x94dd0c30, 0x28c7, 0x4efb, 0x9d, 0x6b, 0x81, 0x23, 0x0, 0xfb, 0xc, 0x7f);
EXTERN_GUID(MFCONNECTOR_AGP, 0xac3aef60, 0xce43, 0x11d9, 0x92, 0xdb, 0x00, 0x0b, 0xdb, 0x28, 0xff, 0x98);
EXTERN_GUID(MFCONNECTOR_COMPONENT, 0x57cd596b, 0xce47, 0x11d9, 0x92, 0xdb, 0x00, 0x0b, 0xdb, 0x28, 0xff, 0x98);
EXTERN_GUID(MFCONNECTOR_COMPOSITE, 0x57cd596a, 0xce47, 0x11d9, 0x92, 0xdb, 0x00, 0x0b, 0xdb, 0x28, 0xff, 0x98);
EXTERN_GUID(MFCONNECTOR_DISPLAYPORT_EMBEDDED, 0x57cd5973, 0xce47, 0x11d9, 0x92, 0xdb, 0x00, 0x0b, 0xdb, 0x28, 0xff, 0x98);
EXTERN_GUID(MFCONNECTOR_DISPLAYPORT_EXTERNAL, 0x57cd5972, 0xce47, 0x11d9, 0x92, 0xdb, 0x00, 0x0b, 0xdb, 0x28, 0xff, 0x98);
EXTERN_GUID(MFCONNECTOR_DVI, 0x57cd596c, 0xce47, 0x11d9, 0x92, 0xdb, 0x00, 0x0b, 0xdb, 0x28, 0xff, 0x98);
EXTERN_GUID(MFCONNECTOR_D_JPN, 0x57cd5970, 0xce47, 0x11d9, 0x92, 0xdb, 0x00, 0x0b, 0xdb, 0x28, 0xff, 0x98);
EXTERN_GUID(MFCONNECTOR_HDMI, 0x57cd596d, 0xce47, 0x11d9, 0x92, 0xdb, 0x00, 0x0b, 0xdb, 0x28, 0xff, 0x98);
EXTERN_GUID(MFCONNECTOR_LVDS, 0x57cd596e, 0xce47, 0x11d9, 0x92, 0xdb, 0x00, 0x0b, 0xdb, 0x28, 0xff, 0x98);
EXTERN_GUID(MFCONNECTOR_MIRACAST, 0x57cd5977, 0xce47, 0x11d9, 0x92, 0xdb, 0x00, 0x0b, 0xdb, 0x28, 0xff, 0x98);
EXTERN_GUID(MFCONNECTOR_PCI, 0xac3aef5d, 0xce43, 0x11d9, 0x92, 0xdb, 0x00, 0x0b, 0xdb, 0x28, 0xff, 0x98);
EXTERN_GUID(MFCONNECTOR_PCIX, 0xac3aef5e, 0xce43, 0x11d9, 0x92, 0xdb, 0x00, 0x0b, 0xdb, 0x28, 0xff, 0x98);
EXTERN_GUID(MFCONNECTOR_PCI_Express, 0xac3aef5f, 0xce43, 0x11d9, 0x92, 0xdb, 0x00, 0x0b, 0xdb, 0x28, 0xff, 0x98);
EXTERN_GUID(MFCONNECTOR_SDI, 0x57cd5971, 0xce47, 0x11d9, 0x92, 0xdb, 0x00, 0x0b, 0xdb, 0x28, 0xff, 0x98);
EXTERN_GUID(MFCONNECTOR_SPDIF, 0xb94a712, 0xad3e, 0x4cee, 0x83, 0xce, 0xce, 0x32, 0xe3, 0xdb, 0x65, 0x22);
EXTERN_GUID(MFCONNECTOR_SVIDEO, 0x57cd5969, 0xce47, 0x11d9, 0x92, 0xdb, 0x00, 0x0b, 0xdb, 0x28, 0xff, 0x98);
EXTERN_GUID(MFCONNECTOR_TRANSPORT_AGNOSTIC_DIGITAL_MODE_A, 0x57cd5978, 0xce47, 0x11d9, 0x92, 0xdb, 0x00, 0x0b, 0xdb, 0x28, 0xff, 0x98);
EXTERN_GUID(MFCONNECTOR_TRANSPORT_AGNOSTIC_DIGITAL_MODE_B, 0x57cd5979, 0xce47, 0x11d9, 0x92, 0xdb, 0x00, 0x0b, 0xdb, 0x28, 0xff, 0x98);
EXTERN_GUID(MFCONNECTOR_UDI_EMBEDDED, 0x57cd5975, 0xce47, 0x11d9, 0x92, 0xdb, 0x00, 0x0b, 0xdb, 0x28, 0xff, 0x98);
EXTERN_GUID(MFCONNECTOR_UDI_EXTERNAL, 0x57cd5974, 0xce47, 0x11d9, 0x92, 0xdb, 0x00, 0x0b, 0xdb, 0x28, 0xff, 0x98);
EXTERN_GUID(MFCONNECTOR_UNKNOWN, 0xac3aef5c, 0xce43, 0x11d9, 0x92, 0xdb, 0x00, 0x0b, 0xdb, 0x28, 0xff, 0x98);
EXTERN_GUID(MFCONNECTOR_VGA, 0x57cd5968, 0xce47, 0x11d9, 0x92, 0xdb, 0x00, 0x0b, 0xdb, 0x28, 0xff, 0x98);
EXTERN_GUID(MFENABLETYPE_MF_RebootRequired, 0x6d4d3d4b, 0x0ece, 0x4652, 0x8b, 0x3a, 0xf2, 0xd2, 0x42, 0x60, 0xd8, 0x87);
EXTERN_GUID(MFENABLETYPE_MF_UpdateRevocationInformation, 0xe558b0b5, 0xb3c4, 0x44a0, 0x92, 0x4c, 0x50, 0xd1, 0x78, 0x93, 0x23, 0x85);
EXTERN_GUID(MFENABLETYPE_MF_UpdateUntrustedComponent, 0x9879f3d6, 0xcee2, 0x48e6, 0xb5, 0x73, 0x97, 0x67, 0xab, 0x17, 0x2f, 0x16);
EXTERN_GUID(MFENABLETYPE_WMDRMV1_LicenseAcquisition, 0x4ff6eeaf, 0xb43, 0x4797, 0x9b, 0x85, 0xab, 0xf3, 0x18, 0x15, 0xe7, 0xb0);
EXTERN_GUID(MFENABLETYPE_WMDRMV7_Individualization, 0xacd2c84a, 0xb303, 0x4f65, 0xbc, 0x2c, 0x2c, 0x84, 0x8d, 0x1, 0xa9, 0x89);
EXTERN_GUID(MFENABLETYPE_WMDRMV7_LicenseAcquisition, 0x3306df, 0x4a06, 0x4884, 0xa0, 0x97, 0xef, 0x6d, 0x22, 0xec, 0x84, 0xa3);
EXTERN_GUID(MFNETSOURCE_ACCELERATEDSTREAMINGDURATION, 0x3cb1f277, 0x0505, 0x4c5d, 0xae, 0x71, 0x0a, 0x55, 0x63, 0x44, 0xef, 0xa1);
EXTERN_GUID(MFNETSOURCE_AUTORECONNECTLIMIT, 0x3cb1f27a, 0x0505, 0x4c5d, 0xae, 0x71, 0x0a, 0x55, 0x63, 0x44, 0xef, 0xa1);
EXTERN_GUID(MFNETSOURCE_AUTORECONNECTPROGRESS, 0x3cb1f282, 0x0505, 0x4c5d, 0xae, 0x71, 0x0a, 0x55, 0x63, 0x44, 0xef, 0xa1);
EXTERN_GUID(MFNETSOURCE_BROWSERUSERAGENT, 0x3cb1f28b, 0x0505, 0x4c5d, 0xae, 0x71, 0x0a, 0x55, 0x63, 0x44, 0xef, 0xa1);
EXTERN_GUID(MFNETSOURCE_BROWSERWEBPAGE, 0x3cb1f28c, 0x0505, 0x4c5d, 0xae, 0x71, 0x0a, 0x55, 0x63, 0x44, 0xef, 0xa1);
EXTERN_GUID(MFNETSOURCE_BUFFERINGTIME, 0x3cb1f276, 0x0505, 0x4c5d, 0xae, 0x71, 0x0a, 0x55, 0x63, 0x44, 0xef, 0xa1);
EXTERN_GUID(MFNETSOURCE_CACHEENABLED, 0x3cb1f279, 0x0505, 0x4c5d, 0xae, 0x71, 0x0a, 0x55, 0x63, 0x44, 0xef, 0xa1);
EXTERN_GUID(MFNETSOURCE_CLIENTGUID, 0x60a2c4a6, 0xf197, 0x4c14, 0xa5, 0xbf, 0x88, 0x83, 0xd, 0x24, 0x58, 0xaf);
EXTERN_GUID(MFNETSOURCE_CONNECTIONBANDWIDTH, 0x3cb1f278, 0x0505, 0x4c5d, 0xae, 0x71, 0x0a, 0x55, 0x63, 0x44, 0xef, 0xa1);
EXTERN_GUID(MFNETSOURCE_CREDENTIAL_MANAGER, 0x3cb1f280, 0x0505, 0x4c5d, 0xae, 0x71, 0x0a, 0x55, 0x63, 0x44, 0xef, 0xa1);
EXTERN_GUID(MFNETSOURCE_CROSS_ORIGIN_SUPPORT, 0x9842207c, 0xb02c, 0x4271, 0xa2, 0xfc, 0x72, 0xe4, 0x93, 0x8, 0xe5, 0xc2);
EXTERN_GUID(MFNETSOURCE_DRMNET_LICENSE_REPRESENTATION, 0x47eae1bd, 0xbdfe, 0x42e2, 0x82, 0xf3, 0x54, 0xa4, 0x8c, 0x17, 0x96, 0x2d);
EXTERN_GUID(MFNETSOURCE_ENABLE_DOWNLOAD, 0x3cb1f29d, 0x0505, 0x4c5d, 0xae, 0x71, 0x0a, 0x55, 0x63, 0x44, 0xef, 0xa1);
EXTERN_GUID(MFNETSOURCE_ENABLE_HTTP, 0x3cb1f299, 0x0505, 0x4c5d, 0xae, 0x71, 0x0a, 0x55, 0x63, 0x44, 0xef, 0xa1);
EXTERN_GUID(MFNETSOURCE_ENABLE_MSB, 0x3cb1f296, 0x0505, 0x4c5d, 0xae, 0x71, 0x0a, 0x55, 0x63, 0x44, 0xef, 0xa1);
EXTERN_GUID(MFNETSOURCE_ENABLE_PRIVATEMODE, 0x824779d8, 0xf18b, 0x4405, 0x8c, 0xf1, 0x46, 0x4f, 0xb5, 0xaa, 0x8f, 0x71);
EXTERN_GUID(MFNETSOURCE_ENABLE_RTSP, 0x3cb1f298, 0x0505, 0x4c5d, 0xae, 0x71, 0x0a, 0x55, 0x63, 0x44, 0xef, 0xa1);
EXTERN_GUID(MFNETSOURCE_ENABLE_STREAMING, 0x3cb1f29c, 0x0505, 0x4c5d, 0xae, 0x71, 0x0a, 0x55, 0x63, 0x44, 0xef, 0xa1);
EXTERN_GUID(MFNETSOURCE_ENABLE_TCP, 0x3cb1f295, 0x0505, 0x4c5d, 0xae, 0x71, 0x0a, 0x55, 0x63, 0x44, 0xef, 0xa1);
EXTERN_GUID(MFNETSOURCE_ENABLE_UDP, 0x3cb1f294, 0x0505, 0x4c5d, 0xae, 0x71, 0x0a, 0x55, 0x63, 0x44, 0xef, 0xa1);
EXTERN_GUID(MFNETSOURCE_FRIENDLYNAME, 0x5b2a7757, 0xbc6b, 0x447e, 0xaa, 0x06, 0x0d, 0xda, 0x1c, 0x64, 0x6e, 0x2f);
EXTERN_GUID(MFNETSOURCE_HOSTEXE, 0x3cb1f28f, 0x0505, 0x4c5d, 0xae, 0x71, 0x0a, 0x55, 0x63, 0x44, 0xef, 0xa1);
EXTERN_GUID(MFNETSOURCE_HOSTVERSION, 0x3cb1f291, 0x0505, 0x4c5d, 0xae, 0x71, 0x0a, 0x55, 0x63, 0x44, 0xef, 0xa1);
EXTERN_GUID(MFNETSOURCE_HTTP_DOWNLOAD_SESSION_PROVIDER, 0x7d55081e, 0x307d, 0x4d6d, 0xa6, 0x63, 0xa9, 0x3b, 0xe9, 0x7c, 0x4b, 0x5c);
EXTERN_GUID(MFNETSOURCE_LOGPARAMS, 0x64936ae8, 0x9418, 0x453a, 0x8c, 0xda, 0x3e, 0xa, 0x66, 0x8b, 0x35, 0x3b);
EXTERN_GUID(MFNETSOURCE_LOGURL, 0x3cb1f293, 0x0505, 0x4c5d, 0xae, 0x71, 0x0a, 0x55, 0x63, 0x44, 0xef, 0xa1);
EXTERN_GUID(MFNETSOURCE_MAXBUFFERTIMEMS, 0x408b24e6, 0x4038, 0x4401, 0xb5, 0xb2, 0xfe, 0x70, 0x1a, 0x9e, 0xbf, 0x10);
EXTERN_GUID(MFNETSOURCE_MAXUDPACCELERATEDSTREAMINGDURATION, 0x4aab2879, 0xbbe1, 0x4994, 0x9f, 0xf0, 0x54, 0x95, 0xbd, 0x25, 0x1, 0x29);
EXTERN_GUID(MFNETSOURCE_PEERMANAGER, 0x48b29adb, 0xfebf, 0x45ee, 0xa9, 0xbf, 0xef, 0xb8, 0x1c, 0x49, 0x2e, 0xfc);
EXTERN_GUID(MFNETSOURCE_PLAYERID, 0x3cb1f28e, 0x0505, 0x4c5d, 0xae, 0x71, 0x0a, 0x55, 0x63, 0x44, 0xef, 0xa1);
EXTERN_GUID(MFNETSOURCE_PLAYERUSERAGENT, 0x3cb1f292, 0x0505, 0x4c5d, 0xae, 0x71, 0x0a, 0x55, 0x63, 0x44, 0xef, 0xa1);
EXTERN_GUID(MFNETSOURCE_PLAYERVERSION, 0x3cb1f28d, 0x0505, 0x4c5d, 0xae, 0x71, 0x0a, 0x55, 0x63, 0x44, 0xef, 0xa1);
EXTERN_GUID(MFNETSOURCE_PPBANDWIDTH, 0x3cb1f281, 0x0505, 0x4c5d, 0xae, 0x71, 0x0a, 0x55, 0x63, 0x44, 0xef, 0xa1);
EXTERN_GUID(MFNETSOURCE_PREVIEWMODEENABLED, 0x3cb1f27f, 0x0505, 0x4c5d, 0xae, 0x71, 0x0a, 0x55, 0x63, 0x44, 0xef, 0xa1);
EXTERN_GUID(MFNETSOURCE_PROTOCOL, 0x3cb1f27d, 0x0505, 0x4c5d, 0xae, 0x71, 0x0a, 0x55, 0x63, 0x44, 0xef, 0xa1);
EXTERN_GUID(MFNETSOURCE_PROXYBYPASSFORLOCAL, 0x3cb1f286, 0x0505, 0x4c5d, 0xae, 0x71, 0x0a, 0x55, 0x63, 0x44, 0xef, 0xa1);
EXTERN_GUID(MFNETSOURCE_PROXYEXCEPTIONLIST, 0x3cb1f285, 0x0505, 0x4c5d, 0xae, 0x71, 0x0a, 0x55, 0x63, 0x44, 0xef, 0xa1);
EXTERN_GUID(MFNETSOURCE_PROXYHOSTNAME, 0x3cb1f284, 0x0505, 0x4c5d, 0xae, 0x71, 0x0a, 0x55, 0x63, 0x44, 0xef, 0xa1);
EXTERN_GUID(MFNETSOURCE_PROXYINFO, 0x3cb1f29b, 0x0505, 0x4c5d, 0xae, 0x71, 0x0a, 0x55, 0x63, 0x44, 0xef, 0xa1);
EXTERN_GUID(MFNETSOURCE_PROXYLOCATORFACTORY, 0x3cb1f283, 0x0505, 0x4c5d, 0xae, 0x71, 0x0a, 0x55, 0x63, 0x44, 0xef, 0xa1);
EXTERN_GUID(MFNETSOURCE_PROXYPORT, 0x3cb1f288, 0x0505, 0x4c5d, 0xae, 0x71, 0x0a, 0x55, 0x63, 0x44, 0xef, 0xa1);
EXTERN_GUID(MFNETSOURCE_PROXYRERUNAUTODETECTION, 0x3cb1f289, 0x0505, 0x4c5d, 0xae, 0x71, 0x0a, 0x55, 0x63, 0x44, 0xef, 0xa1);
EXTERN_GUID(MFNETSOURCE_PROXYSETTINGS, 0x3cb1f287, 0x0505, 0x4c5d, 0xae, 0x71, 0x0a, 0x55, 0x63, 0x44, 0xef, 0xa1);
EXTERN_GUID(MFNETSOURCE_RESENDSENABLED, 0x3cb1f27b, 0x0505, 0x4c5d, 0xae, 0x71, 0x0a, 0x55, 0x63, 0x44, 0xef, 0xa1);
EXTERN_GUID(MFNETSOURCE_RESOURCE_FILTER, 0x815d0ff6, 0x265a, 0x4477, 0x9e, 0x46, 0x7b, 0x80, 0xad, 0x80, 0xb5, 0xfb);
EXTERN_GUID(MFNETSOURCE_SSLCERTIFICATE_MANAGER, 0x55e6cb27, 0xe69b, 0x4267, 0x94, 0x0c, 0x2d, 0x7e, 0xc5, 0xbb, 0x8a, 0x0f);
EXTERN_GUID(MFNETSOURCE_STREAM_LANGUAGE, 0x9ab44318, 0xf7cd, 0x4f2d, 0x8d, 0x6d, 0xfa, 0x35, 0xb4, 0x92, 0xce, 0xcb);
EXTERN_GUID(MFNETSOURCE_THINNINGENABLED, 0x3cb1f27c, 0x0505, 0x4c5d, 0xae, 0x71, 0x0a, 0x55, 0x63, 0x44, 0xef, 0xa1);
EXTERN_GUID(MFNETSOURCE_TRANSPORT, 0x3cb1f27e, 0x0505, 0x4c5d, 0xae, 0x71, 0x0a, 0x55, 0x63, 0x44, 0xef, 0xa1);
EXTERN_GUID(MFNETSOURCE_UDP_PORT_RANGE, 0x3cb1f29a, 0x0505, 0x4c5d, 0xae, 0x71, 0x0a, 0x55, 0x63, 0x44, 0xef, 0xa1);
EXTERN_GUID(MFNET_SAVEJOB_SERVICE, 0xb85a587f, 0x3d02, 0x4e52, 0x95, 0x65, 0x55, 0xd3, 0xec, 0x1e, 0x7f, 0xf7);
EXTERN_GUID(MFPROTECTIONATTRIBUTE_BEST_EFFORT, 0xc8e06331, 0x75f0, 0x4ec1, 0x8e, 0x77, 0x17, 0x57, 0x8f, 0x77, 0x3b, 0x46);
EXTERN_GUID(MFPROTECTIONATTRIBUTE_CONSTRICTVIDEO_IMAGESIZE, 0x8476fc, 0x4b58, 0x4d80, 0xa7, 0x90, 0xe7, 0x29, 0x76, 0x73, 0x16, 0x1d);
EXTERN_GUID(MFPROTECTIONATTRIBUTE_FAIL_OVER, 0x8536abc5, 0x38f1, 0x4151, 0x9c, 0xce, 0xf5, 0x5d, 0x94, 0x12, 0x29, 0xac);
EXTERN_GUID(MFPROTECTIONATTRIBUTE_HDCP_SRM, 0x6f302107, 0x3477, 0x4468, 0x8a, 0x8, 0xee, 0xf9, 0xdb, 0x10, 0xe2, 0xf);
EXTERN_GUID(MFPROTECTION_ACP, 0xc3fd11c6, 0xf8b7, 0x4d20, 0xb0, 0x08, 0x1d, 0xb1, 0x7d, 0x61, 0xf2, 0xda);
EXTERN_GUID(MFPROTECTION_CGMSA, 0xE57E69E9, 0x226B, 0x4d31, 0xB4, 0xE3, 0xD3, 0xDB, 0x00, 0x87, 0x36, 0xDD);
EXTERN_GUID(MFPROTECTION_CONSTRICTAUDIO, 0xffc99b44, 0xdf48, 0x4e16, 0x8e, 0x66, 0x09, 0x68, 0x92, 0xc1, 0x57, 0x8a);
EXTERN_GUID(MFPROTECTION_CONSTRICTVIDEO, 0x193370ce, 0xc5e4, 0x4c3a, 0x8a, 0x66, 0x69, 0x59, 0xb4, 0xda, 0x44, 0x42);
EXTERN_GUID(MFPROTECTION_CONSTRICTVIDEO_NOOPM, 0xa580e8cd, 0xc247, 0x4957, 0xb9, 0x83, 0x3c, 0x2e, 0xeb, 0xd1, 0xff, 0x59);
EXTERN_GUID(MFPROTECTION_DISABLE, 0x8cc6d81b, 0xfec6, 0x4d8f, 0x96, 0x4b, 0xcf, 0xba, 0x0b, 0x0d, 0xad, 0x0d);
EXTERN_GUID(MFPROTECTION_DISABLE_SCREEN_SCRAPE, 0xa21179a4, 0xb7cd, 0x40d8, 0x96, 0x14, 0x8e, 0xf2, 0x37, 0x1b, 0xa7, 0x8d);
EXTERN_GUID(MFPROTECTION_FFT, 0x462a56b2, 0x2866, 0x4bb6, 0x98, 0x0d, 0x6d, 0x8d, 0x9e, 0xdb, 0x1a, 0x8c);
EXTERN_GUID(MFPROTECTION_GRAPHICS_TRANSFER_AES_ENCRYPTION, 0xc873de64, 0xd8a5, 0x49e6, 0x88, 0xbb, 0xfb, 0x96, 0x3f, 0xd3, 0xd4, 0xce);
EXTERN_GUID(MFPROTECTION_HARDWARE, 0x4ee7f0c1, 0x9ed7, 0x424f, 0xb6, 0xbe, 0x99, 0x6b, 0x33, 0x52, 0x88, 0x56);
EXTERN_GUID(MFPROTECTION_HDCP, 0xAE7CC03D, 0xC828, 0x4021, 0xac, 0xb7, 0xd5, 0x78, 0xd2, 0x7a, 0xaf, 0x13);
EXTERN_GUID(MFPROTECTION_HDCP_WITH_TYPE_ENFORCEMENT, 0xa4a585e8, 0xed60, 0x442d, 0x81, 0x4d, 0xdb, 0x4d, 0x42, 0x20, 0xa0, 0x6d);
EXTERN_GUID(MFPROTECTION_PROTECTED_SURFACE, 0x4f5d9566, 0xe742, 0x4a25, 0x8d, 0x1f, 0xd2, 0x87, 0xb5, 0xfa, 0x0a, 0xde);
EXTERN_GUID(MFPROTECTION_TRUSTEDAUDIODRIVERS, 0x65bdf3d2, 0x0168, 0x4816, 0xa5, 0x33, 0x55, 0xd4, 0x7b, 0x02, 0x71, 0x01);
EXTERN_GUID(MFPROTECTION_VIDEO_FRAMES, 0x36a59cbc, 0x7401, 0x4a8c, 0xbc, 0x20, 0x46, 0xa7, 0xc9, 0xe5, 0x97, 0xf0);
EXTERN_GUID(MFPROTECTION_WMDRMOTA, 0xa267a6a1, 0x362e, 0x47d0, 0x88, 0x05, 0x46, 0x28, 0x59, 0x8a, 0x23, 0xe4);
EXTERN_GUID(MFSampleExtension_DeviceTimestamp, 0x8f3e35e7, 0x2dcd, 0x4887, 0x86, 0x22, 0x2a, 0x58, 0xba, 0xa6, 0x52, 0xb0);
EXTERN_GUID(MFSampleExtension_Spatial_CameraCoordinateSystem, 0x9d13c82f, 0x2199, 0x4e67, 0x91, 0xcd, 0xd1, 0xa4, 0x18, 0x1f, 0x25, 0x34);
EXTERN_GUID(MFSampleExtension_Spatial_CameraProjectionTransform, 0x47f9fcb5, 0x2a02, 0x4f26, 0xa4, 0x77, 0x79, 0x2f, 0xdf, 0x95, 0x88, 0x6a);
EXTERN_GUID(MFSampleExtension_Spatial_CameraViewTransform, 0x4e251fa4, 0x830f, 0x4770, 0x85, 0x9a, 0x4b, 0x8d, 0x99, 0xaa, 0x80, 0x9b);
EXTERN_GUID(MF_ACCESS_CONTROLLED_MEDIASOURCE_SERVICE, 0x14a5031, 0x2f05, 0x4c6a, 0x9f, 0x9c, 0x7d, 0xd, 0xc4, 0xed, 0xa5, 0xf4);
EXTERN_GUID(MF_ACOUSTIC_ECHO_CANCELLATION_CONTROL_SERVICE, 0x7f6c3b29, 0x2d12, 0x4f6f, 0xac, 0x5, 0xc1, 0xa8, 0x9b, 0x8d, 0x52, 0x88);
EXTERN_GUID(MF_ACTIVATE_MFT_LOCKED, 0xc1f6093c, 0x7f65, 0x4fbd, 0x9e, 0x39, 0x5f, 0xae, 0xc3, 0xc4, 0xfb, 0xd7);
EXTERN_GUID(MF_ACTIVATE_VIDEO_WINDOW, 0x9a2dbbdd, 0xf57e, 0x4162, 0x82, 0xb9, 0x68, 0x31, 0x37, 0x76, 0x82, 0xd3);
EXTERN_GUID(MF_AUDIO_EFFECTS_MANAGER_SERVICE, 0x1f541943, 0xd5df, 0x455e, 0xa2, 0xe5, 0x7d, 0x64, 0xd3, 0xbb, 0xbd, 0xb5);
EXTERN_GUID(MF_AUDIO_RENDERER_ATTRIBUTE_FLAGS, 0xede4b5e0, 0xf805, 0x4d6c, 0x99, 0xb3, 0xdb, 0x01, 0xbf, 0x95, 0xdf, 0xab);
EXTERN_GUID(MF_BD_MVC_PLANE_OFFSET_METADATA, 0x62a654e4, 0xb76c, 0x4901, 0x98, 0x23, 0x2c, 0xb6, 0x15, 0xd4, 0x73, 0x18);
EXTERN_GUID(MF_BYTESTREAMHANDLER_ACCEPTS_SHARE_WRITE, 0xa6e1f733, 0x3001, 0x4915, 0x81, 0x50, 0x15, 0x58, 0xa2, 0x18, 0xe, 0xc8);
EXTERN_GUID(MF_BYTESTREAM_SERVICE, 0xab025e2b, 0x16d9, 0x4180, 0xa1, 0x27, 0xba, 0x6c, 0x70, 0x15, 0x61, 0x61);
EXTERN_GUID(MF_CAMERASOURCE_PROVIDE_SELECTED_PROFILE_ON_START, 0xA9B46058, 0x82F2, 0x4E5C, 0xBF, 0x6E, 0x25, 0xB4, 0xB0, 0x9F, 0x22, 0xED);
EXTERN_GUID(MF_CONTENT_DECRYPTOR_SERVICE, 0x68a72927, 0xfc7b, 0x44ee, 0x85, 0xf4, 0x7c, 0x51, 0xbd, 0x55, 0xa6, 0x59);
EXTERN_GUID(MF_CONTENT_PROTECTION_DEVICE_SERVICE, 0xff58436f, 0x76a0, 0x41fe, 0xb5, 0x66, 0x10, 0xcc, 0x53, 0x96, 0x2e, 0xdd);
EXTERN_GUID(MF_DEVICEMFT_CONNECTED_FILTER_KSCONTROL, 0x6a2c4fa6, 0xd179, 0x41cd, 0x95, 0x23, 0x82, 0x23, 0x71, 0xea, 0x40, 0xe5);
EXTERN_GUID(MF_DEVICEMFT_CONNECTED_PIN_KSCONTROL, 0xe63310f7, 0xb244, 0x4ef8, 0x9a, 0x7d, 0x24, 0xc7, 0x4e, 0x32, 0xeb, 0xd0);
EXTERN_GUID(MF_DEVICEMFT_EXTENSION_PLUGIN_CLSID, 0x844dbae, 0x34fa, 0x48a0, 0xa7, 0x83, 0x8e, 0x69, 0x6f, 0xb1, 0xc9, 0xa8);
EXTERN_GUID(MF_DEVICEMFT_SENSORPROFILE_COLLECTION, 0x36EBDC44, 0xB12C, 0x441B, 0x89, 0xF4, 0x08, 0xB2, 0xF4, 0x1A, 0x9C, 0xFC);
EXTERN_GUID(MF_DEVICESTREAM_EXTENSION_PLUGIN_CLSID, 0x048e6558, 0x60c4, 0x4173, 0xbd, 0x5b, 0x6a, 0x3c, 0xa2, 0x89, 0x6a, 0xee);
EXTERN_GUID(MF_DEVICESTREAM_EXTENSION_PLUGIN_CONNECTION_POINT, 0x37f9375c, 0xe664, 0x4ea4, 0xaa, 0xe4, 0xcb, 0x6d, 0x1d, 0xac, 0xa1, 0xf4);
EXTERN_GUID(MF_DEVICESTREAM_FILTER_KSCONTROL, 0x46783CCA, 0x3DF5, 0x4923, 0xA9, 0xEF, 0x36, 0xB7, 0x22, 0x3E, 0xDD, 0xE0);
EXTERN_GUID(MF_DEVICESTREAM_FRAMESERVER_HIDDEN, 0xF402567B, 0x4D91, 0x4179, 0x96, 0xD1, 0x74, 0xC8, 0x48, 0x0C, 0x20, 0x34);
EXTERN_GUID(MF_DEVICESTREAM_FRAMESERVER_SHARED, 0x1CB378E9, 0xB279, 0x41D4, 0xAF, 0x97, 0x34, 0xA2, 0x43, 0xE6, 0x83, 0x20);
EXTERN_GUID(MF_DEVICESTREAM_IMAGE_STREAM, 0xa7ffb865, 0xe7b2, 0x43b0, 0x9f, 0x6f, 0x9a, 0xf2, 0xa0, 0xe5, 0xf, 0xc0);
EXTERN_GUID(MF_DEVICESTREAM_INDEPENDENT_IMAGE_STREAM, 0x3eeec7e, 0xd605, 0x4576, 0x8b, 0x29, 0x65, 0x80, 0xb4, 0x90, 0xd7, 0xd3);
EXTERN_GUID(MF_DEVICESTREAM_MAX_FRAME_BUFFERS, 0x1684cebe, 0x3175, 0x4985, 0x88, 0x2c, 0x0e, 0xfd, 0x3e, 0x8a, 0xc1, 0x1e);
EXTERN_GUID(MF_DEVICESTREAM_PIN_KSCONTROL, 0xEF3EF9A7, 0x87F2, 0x48CA, 0xBE, 0x02, 0x67, 0x48, 0x78, 0x91, 0x8E, 0x98);
EXTERN_GUID(MF_DEVICESTREAM_REQUIRED_CAPABILITIES, 0x6D8B957E, 0x7CF6, 0x43F4, 0xAF, 0x56, 0x9C, 0x0E, 0x1E, 0x4F, 0xCB, 0xE1);
EXTERN_GUID(MF_DEVICESTREAM_REQUIRED_SDDL, 0x331AE85D, 0xC0D3, 0x49BA, 0x83, 0xBA, 0x82, 0xA1, 0x2D, 0x63, 0xCD, 0xD6);
EXTERN_GUID(MF_DEVICESTREAM_SENSORSTREAM_ID, 0xE35B9FE4, 0x0659, 0x4CAD, 0xBB, 0x51, 0x33, 0x16, 0x0B, 0xE7, 0xE4, 0x13);
EXTERN_GUID(MF_DEVICESTREAM_SOURCE_ATTRIBUTES, 0x2F8CB617, 0x361B, 0x434F, 0x85, 0xEA, 0x99, 0xA0, 0x3E, 0x1C, 0xE4, 0xE0);
EXTERN_GUID(MF_DEVICESTREAM_STREAM_CATEGORY, 0x2939e7b8, 0xa62e, 0x4579, 0xb6, 0x74, 0xd4, 0x7, 0x3d, 0xfa, 0xbb, 0xba);
EXTERN_GUID(MF_DEVICESTREAM_STREAM_ID, 0x11bd5120, 0xd124, 0x446b, 0x88, 0xe6, 0x17, 0x6, 0x2, 0x57, 0xff, 0xf9);
EXTERN_GUID(MF_DEVICESTREAM_TAKEPHOTO_TRIGGER, 0x1d180e34, 0x538c, 0x4fbb, 0xa7, 0x5a, 0x85, 0x9a, 0xf7, 0xd2, 0x61, 0xa6);
EXTERN_GUID(MF_DEVICESTREAM_TRANSFORM_STREAM_ID, 0xe63937b7, 0xdaaf, 0x4d49, 0x81, 0x5f, 0xd8, 0x26, 0xf8, 0xad, 0x31, 0xe7);
EXTERN_GUID(MF_DEVICE_THERMAL_STATE_CHANGED, 0x70ccd0af, 0xfc9f, 0x4deb, 0xa8, 0x75, 0x9f, 0xec, 0xd1, 0x6c, 0x5b, 0xd4);
EXTERN_GUID(MF_DEVSOURCE_ATTRIBUTE_FRAMESERVER_SHARE_MODE, 0x44d1a9bc, 0x2999, 0x4238, 0xae, 0x43, 0x07, 0x30, 0xce, 0xb2, 0xab, 0x1b);
EXTERN_GUID(MF_DISABLE_LOCALLY_REGISTERED_PLUGINS, 0x66b16da9, 0xadd4, 0x47e0, 0xa1, 0x6b, 0x5a, 0xf1, 0xfb, 0x48, 0x36, 0x34);
EXTERN_GUID(MF_INDEPENDENT_STILL_IMAGE, 0xea12af41, 0x0710, 0x42c9, 0xa1, 0x27, 0xda, 0xa3, 0xe7, 0x84, 0x83, 0xa5);
EXTERN_GUID(MF_LOCAL_MFT_REGISTRATION_SERVICE, 0xddf5cf9c, 0x4506, 0x45aa, 0xab, 0xf0, 0x6d, 0x5d, 0x94, 0xdd, 0x1b, 0x4a);
EXTERN_GUID(MF_LOCAL_PLUGIN_CONTROL_POLICY, 0xd91b0085, 0xc86d, 0x4f81, 0x88, 0x22, 0x8c, 0x68, 0xe1, 0xd7, 0xfa, 0x04);
EXTERN_GUID(MF_LUMA_KEY_ENABLE, 0x7369820f, 0x76de, 0x43ca, 0x92, 0x84, 0x47, 0xb8, 0xf3, 0x7e, 0x06, 0x49);
EXTERN_GUID(MF_LUMA_KEY_LOWER, 0x93d7b8d5, 0x0b81, 0x4715, 0xae, 0xa0, 0x87, 0x25, 0x87, 0x16, 0x21, 0xe9);
EXTERN_GUID(MF_LUMA_KEY_UPPER, 0xd09f39bb, 0x4602, 0x4c31, 0xa7, 0x06, 0xa1, 0x21, 0x71, 0xa5, 0x11, 0x0a);
EXTERN_GUID(MF_MEDIASOURCE_EXPOSE_ALL_STREAMS, 0xe7f250b8, 0x8fd9, 0x4a09, 0xb6, 0xc1, 0x6a, 0x31, 0x5c, 0x7c, 0x72, 0xe);
EXTERN_GUID(MF_MEDIASOURCE_SERVICE, 0xf09992f7, 0x9fba, 0x4c4a, 0xa3, 0x7f, 0x8c, 0x47, 0xb4, 0xe1, 0xdf, 0xe7);
EXTERN_GUID(MF_MEDIA_PROTECTION_MANAGER_PROPERTIES, 0x38BD81A9, 0xACEA, 0x4C73, 0x89, 0xB2, 0x55, 0x32, 0xC0, 0xAE, 0xCA, 0x79);
EXTERN_GUID(MF_MPEG4SINK_MAX_CODED_SEQUENCES_PER_FRAGMENT, 0xfc1b3bd6, 0x692d, 0x4ce5, 0x92, 0x99, 0x73, 0x8a, 0xa5, 0x46, 0x3e, 0x9a);
EXTERN_GUID(MF_MPEG4SINK_MINIMUM_PROPERTIES_SIZE, 0xdca1ed52, 0x450e, 0x4a22, 0x8c, 0x62, 0x4e, 0xd4, 0x52, 0xf7, 0xa1, 0x87);
EXTERN_GUID(MF_MPEG4SINK_MIN_FRAGMENT_DURATION, 0xa30b570c, 0x8efd, 0x45e8, 0x94, 0xfe, 0x27, 0xc8, 0x4b, 0x5b, 0xdf, 0xf6);
EXTERN_GUID(MF_MPEG4SINK_MOOV_BEFORE_MDAT, 0xf672e3ac, 0xe1e6, 0x4f10, 0xb5, 0xec, 0x5f, 0x3b, 0x30, 0x82, 0x88, 0x16);
EXTERN_GUID(MF_MPEG4SINK_SPSPPS_PASSTHROUGH, 0x5601a134, 0x2005, 0x4ad2, 0xb3, 0x7d, 0x22, 0xa6, 0xc5, 0x54, 0xde, 0xb2);
EXTERN_GUID(MF_NALU_LENGTH_INFORMATION, 0x19124E7C, 0xAD4B, 0x465F, 0xBB, 0x18, 0x20, 0x18, 0x62, 0x87, 0xB6, 0xAF);
EXTERN_GUID(MF_NALU_LENGTH_SET, 0xA7911D53, 0x12A4, 0x4965, 0xAE, 0x70, 0x6E, 0xAD, 0xD6, 0xFF, 0x05, 0x51);
EXTERN_GUID(MF_PD_APP_CONTEXT, 0x6c990d32, 0xbb8e, 0x477a, 0x85, 0x98, 0xd, 0x5d, 0x96, 0xfc, 0xd8, 0x8a);
EXTERN_GUID(MF_PD_AUDIO_ENCODING_BITRATE, 0x6c990d35, 0xbb8e, 0x477a, 0x85, 0x98, 0xd, 0x5d, 0x96, 0xfc, 0xd8, 0x8a);
EXTERN_GUID(MF_PD_AUDIO_ISVARIABLEBITRATE, 0x33026ee0, 0xe387, 0x4582, 0xae, 0x0a, 0x34, 0xa2, 0xad, 0x3b, 0xaa, 0x18);
EXTERN_GUID(MF_PD_LAST_MODIFIED_TIME, 0x6c990d38, 0xbb8e, 0x477a, 0x85, 0x98, 0xd, 0x5d, 0x96, 0xfc, 0xd8, 0x8a);
EXTERN_GUID(MF_PD_MIME_TYPE, 0x6c990d37, 0xbb8e, 0x477a, 0x85, 0x98, 0xd, 0x5d, 0x96, 0xfc, 0xd8, 0x8a);
EXTERN_GUID(MF_PD_PLAYBACK_BOUNDARY_TIME, 0x6c990d3b, 0xbb8e, 0x477a, 0x85, 0x98, 0xd, 0x5d, 0x96, 0xfc, 0xd8, 0x8a);
EXTERN_GUID(MF_PD_PLAYBACK_ELEMENT_ID, 0x6c990d39, 0xbb8e, 0x477a, 0x85, 0x98, 0xd, 0x5d, 0x96, 0xfc, 0xd8, 0x8a);
EXTERN_GUID(MF_PD_PMPHOST_CONTEXT, 0x6c990d31, 0xbb8e, 0x477a, 0x85, 0x98, 0xd, 0x5d, 0x96, 0xfc, 0xd8, 0x8a);
EXTERN_GUID(MF_PD_PREFERRED_LANGUAGE, 0x6c990d3A, 0xbb8e, 0x477a, 0x85, 0x98, 0xd, 0x5d, 0x96, 0xfc, 0xd8, 0x8a);
EXTERN_GUID(MF_PD_SAMI_STYLELIST, 0xe0b73c7f, 0x486d, 0x484e, 0x98, 0x72, 0x4d, 0xe5, 0x19, 0x2a, 0x7b, 0xf8);
EXTERN_GUID(MF_PD_TOTAL_FILE_SIZE, 0x6c990d34, 0xbb8e, 0x477a, 0x85, 0x98, 0xd, 0x5d, 0x96, 0xfc, 0xd8, 0x8a);
EXTERN_GUID(MF_PD_VIDEO_ENCODING_BITRATE, 0x6c990d36, 0xbb8e, 0x477a, 0x85, 0x98, 0xd, 0x5d, 0x96, 0xfc, 0xd8, 0x8a);
EXTERN_GUID(MF_PMP_SERVER_CONTEXT, 0x2f00c910, 0xd2cf, 0x4278, 0x8b, 0x6a, 0xd0, 0x77, 0xfa, 0xc3, 0xa2, 0x5f);
EXTERN_GUID(MF_PROGRESSIVE_CODING_CONTENT, 0x8F020EEA, 0x1508, 0x471F, 0x9D, 0xA6, 0x50, 0x7D, 0x7C, 0xFA, 0x40, 0xDB);
EXTERN_GUID(MF_QUALITY_NOTIFY_PROCESSING_LATENCY, 0xf6b44af8, 0x604d, 0x46fe, 0xa9, 0x5d, 0x45, 0x47, 0x9b, 0x10, 0xc9, 0xbc);
EXTERN_GUID(MF_QUALITY_NOTIFY_SAMPLE_LAG, 0x30d15206, 0xed2a, 0x4760, 0xbe, 0x17, 0xeb, 0x4a, 0x9f, 0x12, 0x29, 0x5c);
EXTERN_GUID(MF_QUALITY_SERVICES, 0xb7e2be11, 0x2f96, 0x4640, 0xb5, 0x2c, 0x28, 0x23, 0x65, 0xbd, 0xf1, 0x6c);
EXTERN_GUID(MF_REMOTE_PROXY, 0x2f00c90e, 0xd2cf, 0x4278, 0x8b, 0x6a, 0xd0, 0x77, 0xfa, 0xc3, 0xa2, 0x5f);
EXTERN_GUID(MF_SAMI_SERVICE, 0x49a89ae7, 0xb4d9, 0x4ef2, 0xaa, 0x5c, 0xf6, 0x5a, 0x3e, 0x5, 0xae, 0x4e);
EXTERN_GUID(MF_SAMPLEGRABBERSINK_SAMPLE_TIME_OFFSET, 0x62e3d776, 0x8100, 0x4e03, 0xa6, 0xe8, 0xbd, 0x38, 0x57, 0xac, 0x9c, 0x47);
EXTERN_GUID(MF_SD_AUDIO_ENCODER_DELAY, 0x8e85422c, 0x73de, 0x403f, 0x9a, 0x35, 0x55, 0x0a, 0xd6, 0xe8, 0xb9, 0x51);
EXTERN_GUID(MF_SD_AUDIO_ENCODER_PADDING, 0x529c7f2c, 0xac4b, 0x4e3f, 0xbf, 0xc3, 0x09, 0x02, 0x19, 0x49, 0x82, 0xcb);
EXTERN_GUID(MF_SD_MEDIASOURCE_STATUS, 0x1913678b, 0xfc0f, 0x44da, 0x8f, 0x43, 0x1b, 0xa3, 0xb5, 0x26, 0xf4, 0xae);
EXTERN_GUID(MF_SD_SAMI_LANGUAGE, 0x36fcb98a, 0x6cd0, 0x44cb, 0xac, 0xb9, 0xa8, 0xf5, 0x60, 0xd, 0xd0, 0xbb);
EXTERN_GUID(MF_SD_VIDEO_SPHERICAL, 0xa51da449, 0x3fdc, 0x478c, 0xbc, 0xb5, 0x30, 0xbe, 0x76, 0x59, 0x5f, 0x55);
EXTERN_GUID(MF_SD_VIDEO_SPHERICAL_FORMAT, 0x4a8fc407, 0x6ea1, 0x46c8, 0xb5, 0x67, 0x69, 0x71, 0xd4, 0xa1, 0x39, 0xc3);
EXTERN_GUID(MF_SD_VIDEO_SPHERICAL_INITIAL_VIEWDIRECTION, 0x11d25a49, 0xbb62, 0x467f, 0x9d, 0xb1, 0xc1, 0x71, 0x65, 0x71, 0x6c, 0x49);
EXTERN_GUID(MF_SESSION_APPROX_EVENT_OCCURRENCE_TIME, 0x190e852f, 0x6238, 0x42d1, 0xb5, 0xaf, 0x69, 0xea, 0x33, 0x8e, 0xf8, 0x50);
EXTERN_GUID(MF_SESSION_CONTENT_PROTECTION_MANAGER, 0x1e83d482, 0x1f1c, 0x4571, 0x84, 0x5, 0x88, 0xf4, 0xb2, 0x18, 0x1f, 0x74);
EXTERN_GUID(MF_SESSION_GLOBAL_TIME, 0x1e83d482, 0x1f1c, 0x4571, 0x84, 0x5, 0x88, 0xf4, 0xb2, 0x18, 0x1f, 0x72);
EXTERN_GUID(MF_SESSION_QUALITY_MANAGER, 0x1e83d482, 0x1f1c, 0x4571, 0x84, 0x5, 0x88, 0xf4, 0xb2, 0x18, 0x1f, 0x73);
EXTERN_GUID(MF_SESSION_REMOTE_SOURCE_MODE, 0xf4033ef4, 0x9bb3, 0x4378, 0x94, 0x1f, 0x85, 0xa0, 0x85, 0x6b, 0xc2, 0x44);
EXTERN_GUID(MF_SESSION_SERVER_CONTEXT, 0xafe5b291, 0x50fa, 0x46e8, 0xb9, 0xbe, 0xc, 0xc, 0x3c, 0xe4, 0xb3, 0xa5);
EXTERN_GUID(MF_SESSION_TOPOLOADER, 0x1e83d482, 0x1f1c, 0x4571, 0x84, 0x5, 0x88, 0xf4, 0xb2, 0x18, 0x1f, 0x71);
EXTERN_GUID(MF_SINK_VIDEO_DISPLAY_ASPECT_RATIO_DENOMINATOR, 0x6ea1eb97, 0x1fe0, 0x4f10, 0xa6, 0xe4, 0x1f, 0x4f, 0x66, 0x15, 0x64, 0xe0);
EXTERN_GUID(MF_SINK_VIDEO_DISPLAY_ASPECT_RATIO_NUMERATOR, 0xd0f33b22, 0xb78a, 0x4879, 0xb4, 0x55, 0xf0, 0x3e, 0xf3, 0xfa, 0x82, 0xcd);
EXTERN_GUID(MF_SINK_VIDEO_NATIVE_HEIGHT, 0xf0ca6705, 0x490c, 0x43e8, 0x94, 0x1c, 0xc0, 0xb3, 0x20, 0x6b, 0x9a, 0x65);
EXTERN_GUID(MF_SINK_VIDEO_NATIVE_WIDTH, 0xe6d6a707, 0x1505, 0x4747, 0x9b, 0x10, 0x72, 0xd2, 0xd1, 0x58, 0xcb, 0x3a);
EXTERN_GUID(MF_SINK_VIDEO_PTS, 0x2162bde7, 0x421e, 0x4b90, 0x9b, 0x33, 0xe5, 0x8f, 0xbf, 0x1d, 0x58, 0xb6);
EXTERN_GUID(MF_SOURCE_PRESENTATION_PROVIDER_SERVICE, 0xe002aadc, 0xf4af, 0x4ee5, 0x98, 0x47, 0x05, 0x3e, 0xdf, 0x84, 0x04, 0x26);
EXTERN_GUID(MF_STF_VERSION_DATE, 0x31A165D5, 0xDF67, 0x4095, 0x8E, 0x44, 0x88, 0x68, 0xFC, 0x20, 0xDB, 0xFD);
EXTERN_GUID(MF_STF_VERSION_INFO, 0x6770BD39, 0xEF82, 0x44EE, 0xA4, 0x9B, 0x93, 0x4B, 0xEB, 0x24, 0xAE, 0xF7);
EXTERN_GUID(MF_STREAM_SINK_SUPPORTS_HW_CONNECTION, 0x9b465cbf, 0x597, 0x4f9e, 0x9f, 0x3c, 0xb9, 0x7e, 0xee, 0xf9, 0x3, 0x59);
EXTERN_GUID(MF_STREAM_SINK_SUPPORTS_ROTATION, 0xb3e96280, 0xbd05, 0x41a5, 0x97, 0xad, 0x8a, 0x7f, 0xee, 0x24, 0xb9, 0x12);
EXTERN_GUID(MF_ST_MEDIASOURCE_COLLECTION, 0x616DE972, 0x83AD, 0x4950, 0x81, 0x70, 0x63, 0x0D, 0x19, 0xCB, 0xE3, 0x07);
EXTERN_GUID(MF_SampleProtectionSalt, 0x5403deee, 0xb9ee, 0x438f, 0xaa, 0x83, 0x38, 0x4, 0x99, 0x7e, 0x56, 0x9d);
EXTERN_GUID(MF_TIMECODE_SERVICE, 0xa0d502a7, 0x0eb3, 0x4885, 0xb1, 0xb9, 0x9f, 0xeb, 0x0d, 0x08, 0x34, 0x54);
EXTERN_GUID(MF_TIME_FORMAT_ENTRY_RELATIVE, 0x4399f178, 0x46d3, 0x4504, 0xaf, 0xda, 0x20, 0xd3, 0x2e, 0x9b, 0xa3, 0x60);
EXTERN_GUID(MF_TIME_FORMAT_SEGMENT_OFFSET, 0xc8b8be77, 0x869c, 0x431d, 0x81, 0x2e, 0x16, 0x96, 0x93, 0xf6, 0x5a, 0x39);
EXTERN_GUID(MF_TOPOLOGY_DXVA_MODE, 0x1e8d34f6, 0xf5ab, 0x4e23, 0xbb, 0x88, 0x87, 0x4a, 0xa3, 0xa1, 0xa7, 0x4d);
EXTERN_GUID(MF_TOPOLOGY_DYNAMIC_CHANGE_NOT_ALLOWED, 0xd529950b, 0xd484, 0x4527, 0xa9, 0xcd, 0xb1, 0x90, 0x95, 0x32, 0xb5, 0xb0);
EXTERN_GUID(MF_TOPOLOGY_ENABLE_XVP_FOR_PLAYBACK, 0x1967731f, 0xcd78, 0x42fc, 0xb0, 0x26, 0x9, 0x92, 0xa5, 0x6e, 0x56, 0x93);
EXTERN_GUID(MF_TOPOLOGY_ENUMERATE_SOURCE_TYPES, 0x6248c36d, 0x5d0b, 0x4f40, 0xa0, 0xbb, 0xb0, 0xb3, 0x05, 0xf7, 0x76, 0x98);
EXTERN_GUID(MF_TOPOLOGY_HARDWARE_MODE, 0xd2d362fd, 0x4e4f, 0x4191, 0xa5, 0x79, 0xc6, 0x18, 0xb6, 0x67, 0x6, 0xaf);
EXTERN_GUID(MF_TOPOLOGY_NO_MARKIN_MARKOUT, 0x7ed3f804, 0x86bb, 0x4b3f, 0xb7, 0xe4, 0x7c, 0xb4, 0x3a, 0xfd, 0x4b, 0x80);
EXTERN_GUID(MF_TOPOLOGY_PLAYBACK_FRAMERATE, 0xc164737a, 0xc2b1, 0x4553, 0x83, 0xbb, 0x5a, 0x52, 0x60, 0x72, 0x44, 0x8f);
EXTERN_GUID(MF_TOPOLOGY_PLAYBACK_MAX_DIMS, 0x5715cf19, 0x5768, 0x44aa, 0xad, 0x6e, 0x87, 0x21, 0xf1, 0xb0, 0xf9, 0xbb);
EXTERN_GUID(MF_TOPOLOGY_PROJECTSTART, 0x7ed3f802, 0x86bb, 0x4b3f, 0xb7, 0xe4, 0x7c, 0xb4, 0x3a, 0xfd, 0x4b, 0x80);
EXTERN_GUID(MF_TOPOLOGY_PROJECTSTOP, 0x7ed3f803, 0x86bb, 0x4b3f, 0xb7, 0xe4, 0x7c, 0xb4, 0x3a, 0xfd, 0x4b, 0x80);
EXTERN_GUID(MF_TOPOLOGY_START_TIME_ON_PRESENTATION_SWITCH, 0xc8cc113f, 0x7951, 0x4548, 0xaa, 0xd6, 0x9e, 0xd6, 0x20, 0x2e, 0x62, 0xb3);
EXTERN_GUID(MF_TOPOLOGY_STATIC_PLAYBACK_OPTIMIZATIONS, 0xb86cac42, 0x41a6, 0x4b79, 0x89, 0x7a, 0x1a, 0xb0, 0xe5, 0x2b, 0x4a, 0x1b);
EXTERN_GUID(MF_TOPONODE_ATTRIBUTE_EDITOR_SERVICE, 0x65656e1a, 0x077f, 0x4472, 0x83, 0xef, 0x31, 0x6f, 0x11, 0xd5, 0x08, 0x7a);
EXTERN_GUID(MF_TOPONODE_FLUSH, 0x494bbce8, 0xb031, 0x4e38, 0x97, 0xc4, 0xd5, 0x42, 0x2d, 0xd6, 0x18, 0xdc);
EXTERN_GUID(MF_USER_DATA_PAYLOAD, 0xd1d4985d, 0xdc92, 0x457a, 0xb3, 0xa0, 0x65, 0x1a, 0x33, 0xa3, 0x10, 0x47);
EXTERN_GUID(MF_USER_EXTENDED_ATTRIBUTES, 0xc02abac6, 0xfeb2, 0x4541, 0x92, 0x2f, 0x92, 0x0b, 0x43, 0x70, 0x27, 0x22);
EXTERN_GUID(MF_VIDEO_PROCESSOR_ALGORITHM, 0x4a0a1e1f, 0x272c, 0x4fb6, 0x9e, 0xb1, 0xdb, 0x33, 0xc, 0xbc, 0x97, 0xca);
EXTERN_GUID(MF_WORKQUEUE_SERVICES, 0x8e37d489, 0x41e0, 0x413a, 0x90, 0x68, 0x28, 0x7c, 0x88, 0x6d, 0x8d, 0xda);
EXTERN_GUID(MF_WRAPPED_OBJECT, 0x2b182c4c, 0xd6ac, 0x49f4, 0x89, 0x15, 0xf7, 0x18, 0x87, 0xdb, 0x70, 0xcd);
EXTERN_GUID(MF_WRAPPED_SAMPLE_SERVICE, 0x31f52bf2, 0xd03e, 0x4048, 0x80, 0xd0, 0x9c, 0x10, 0x46, 0xd8, 0x7c, 0x61);
EXTERN_GUID(MF_WVC1_PROG_SINGLE_SLICE_CONTENT, 0x67EC2559, 0x0F2F, 0x4420, 0xA4, 0xDD, 0x2F, 0x8E, 0xE7, 0xA5, 0x73, 0x8B);
EXTERN_GUID(MF_XVP_CALLER_ALLOCATES_OUTPUT, 0x4a2cabc, 0xcab, 0x40b1, 0xa1, 0xb9, 0x75, 0xbc, 0x36, 0x58, 0xf0, 0x0);
EXTERN_GUID(MF_XVP_DISABLE_FRC, 0x2c0afa19, 0x7a97, 0x4d5a, 0x9e, 0xe8, 0x16, 0xd4, 0xfc, 0x51, 0x8d, 0x8c);

#endif /* DRISO_HAVE_MFIDL_CAMERA */

/*
 * The rest of the SDK's mfidl.h that mingw lacks: content protection and
 * trusted input/output authorities, quality advise, byte-stream and
 * scheme handlers, network credential/proxy/cross-origin support, PMP
 * host/client, timecode translation, seek info, the HTTP download
 * session, face detection transform callbacks, with their enumerations,
 * structures, attribute GUIDs and MFCreate* routines (same provenance and
 * conventions as above: Win32 metadata facts, interfaces C++ only).
 */
#ifndef DRISO_HAVE_MFIDL_REST
#define DRISO_HAVE_MFIDL_REST
typedef interface IMFNetCredential IMFNetCredential;
typedef interface IMFContentProtectionManager IMFContentProtectionManager;
typedef interface IMFContentEnabler IMFContentEnabler;
typedef interface IMFTimecodeTranslate IMFTimecodeTranslate;
typedef interface IMFSeekInfo IMFSeekInfo;
typedef interface IMFAudioPolicy IMFAudioPolicy;
typedef interface IMFSampleGrabberSinkCallback2 IMFSampleGrabberSinkCallback2;
typedef interface IMFQualityAdvise IMFQualityAdvise;
typedef interface IMFQualityAdvise2 IMFQualityAdvise2;
typedef interface IMFQualityAdviseLimits IMFQualityAdviseLimits;
typedef interface IMFMediaSourceTopologyProvider IMFMediaSourceTopologyProvider;
typedef interface IMFMediaSourcePresentationProvider IMFMediaSourcePresentationProvider;
typedef interface IMFTopologyNodeAttributeEditor IMFTopologyNodeAttributeEditor;
typedef interface IMFByteStreamCacheControl IMFByteStreamCacheControl;
typedef interface IMFByteStreamTimeSeek IMFByteStreamTimeSeek;
typedef interface IMFByteStreamCacheControl2 IMFByteStreamCacheControl2;
typedef interface IMFNetCredentialManager IMFNetCredentialManager;
typedef interface IMFNetCredentialCache IMFNetCredentialCache;
typedef interface IMFSSLCertificateManager IMFSSLCertificateManager;
typedef interface IMFNetResourceFilter IMFNetResourceFilter;
typedef interface IMFSourceOpenMonitor IMFSourceOpenMonitor;
typedef interface IMFNetProxyLocatorFactory IMFNetProxyLocatorFactory;
typedef interface IMFSaveJob IMFSaveJob;
typedef interface IMFNetSchemeHandlerConfig IMFNetSchemeHandlerConfig;
typedef interface IMFSchemeHandler IMFSchemeHandler;
typedef interface IMFByteStreamHandler IMFByteStreamHandler;
typedef interface IMFTrustedInput IMFTrustedInput;
typedef interface IMFInputTrustAuthority IMFInputTrustAuthority;
typedef interface IMFTrustedOutput IMFTrustedOutput;
typedef interface IMFOutputTrustAuthority IMFOutputTrustAuthority;
typedef interface IMFOutputPolicy IMFOutputPolicy;
typedef interface IMFOutputSchema IMFOutputSchema;
typedef interface IMFSecureChannel IMFSecureChannel;
typedef interface IMFSampleProtection IMFSampleProtection;
typedef interface IMFStreamingSinkConfig IMFStreamingSinkConfig;
typedef interface IMFRemoteProxy IMFRemoteProxy;
typedef interface IMFObjectReferenceStream IMFObjectReferenceStream;
typedef interface IMFPMPHost IMFPMPHost;
typedef interface IMFPMPClient IMFPMPClient;
typedef interface IMFSAMIStyle IMFSAMIStyle;
typedef interface IMFTranscodeSinkInfoProvider IMFTranscodeSinkInfoProvider;
typedef interface IMFFieldOfUseMFTUnlock IMFFieldOfUseMFTUnlock;
typedef interface IMFLocalMFTRegistration IMFLocalMFTRegistration;
typedef interface IMFPMPHostApp IMFPMPHostApp;
typedef interface IMFPMPClientApp IMFPMPClientApp;
typedef interface IMFProtectedEnvironmentAccess IMFProtectedEnvironmentAccess;
typedef interface IMFSignedLibrary IMFSignedLibrary;
typedef interface IMFSystemId IMFSystemId;
typedef interface IMFContentProtectionDevice IMFContentProtectionDevice;
typedef interface IMFContentDecryptorContext IMFContentDecryptorContext;
typedef interface IMFNetCrossOriginSupport IMFNetCrossOriginSupport;
typedef interface IMFHttpDownloadRequest IMFHttpDownloadRequest;
typedef interface IMFHttpDownloadSession IMFHttpDownloadSession;
typedef interface IMFHttpDownloadSessionProvider IMFHttpDownloadSessionProvider;
typedef interface IMFFaceDetectionTransformCallback IMFFaceDetectionTransformCallback;
typedef interface IMFFaceDetectionTransform IMFFaceDetectionTransform;

enum {
	MF_RESOLUTION_DISABLE_LOCAL_PLUGINS = 0x40,
	MF_RESOLUTION_PLUGIN_CONTROL_POLICY_APPROVED_ONLY = 0x80,
	MF_RESOLUTION_PLUGIN_CONTROL_POLICY_WEB_ONLY = 0x100,
	MF_RESOLUTION_PLUGIN_CONTROL_POLICY_WEB_ONLY_EDGEMODE = 0x200,
	MF_RESOLUTION_ENABLE_STORE_PLUGINS = 0x400,
};
#define MFMEDIASOURCE_DOES_NOT_USE_NETWORK ((MFMEDIASOURCE_CHARACTERISTICS)0x80)
typedef enum MF_TRANSFER_VIDEO_FRAME_FLAGS {
	MF_TRANSFER_VIDEO_FRAME_DEFAULT = 0,
	MF_TRANSFER_VIDEO_FRAME_STRETCH = 1,
	MF_TRANSFER_VIDEO_FRAME_IGNORE_PAR = 2,
} MF_TRANSFER_VIDEO_FRAME_FLAGS;
#define MFTOPOLOGY_HWMODE_USE_ONLY_HARDWARE ((MFTOPOLOGY_HARDWARE_MODE)2)
#define MFCLOCK_FREQUENCY_HNS 10000000
#define MFCLOCK_TOLERANCE_UNKNOWN 50000
#define MFCLOCK_JITTER_ISR 1000
#define MFCLOCK_JITTER_DPC 4000
#define MFCLOCK_JITTER_PASSIVE 10000
#define PRESENTATION_CURRENT_POSITION 0x7fffffffffffffff
DEFINE_GUID(MF_PD_ADAPTIVE_STREAMING, 0xEA0D5D97, 0x29F9, 0x488B, 0xAE, 0x6B, 0x7D, 0x6B, 0x41, 0x36, 0x11, 0x2B);
DEFINE_GUID(MF_SD_SUPPORTS_PROTECTED_CODEC_SWITCH, 0x8fb6b117, 0x862e, 0x4b31, 0x8d, 0xab, 0x5e, 0x0a, 0x43, 0x4c, 0xae, 0xf0);
enum {
	MF_ACTIVATE_CUSTOM_MIXER_ALLOWFAIL = 0x1,
};
enum {
	MF_ACTIVATE_CUSTOM_PRESENTER_ALLOWFAIL = 0x1,
};
#define MF_AUDIO_RENDERER_ATTRIBUTE_FLAGS_CROSSPROCESS 0x00000001
#define MF_AUDIO_RENDERER_ATTRIBUTE_FLAGS_NOPERSIST 0x00000002
#define MF_AUDIO_RENDERER_ATTRIBUTE_FLAGS_DONT_ALLOW_FORMAT_CHANGES 0x00000004
#define MFRR_INFO_VERSION 0
#define MF_USER_MODE_COMPONENT_LOAD 0x00000001
#define MF_KERNEL_MODE_COMPONENT_LOAD 0x00000002
#define MF_GRL_LOAD_FAILED 0x00000010
#define MF_INVALID_GRL_SIGNATURE 0x00000020
#define MF_GRL_ABSENT 0x00001000
#define MF_COMPONENT_REVOKED 0x00002000
#define MF_COMPONENT_INVALID_EKU 0x00004000
#define MF_COMPONENT_CERT_REVOKED 0x00008000
#define MF_COMPONENT_INVALID_ROOT 0x00010000
#define MF_COMPONENT_HS_CERT_REVOKED 0x00020000
#define MF_COMPONENT_LS_CERT_REVOKED 0x00040000
#define MF_BOOT_DRIVER_VERIFICATION_FAILED 0x00100000
#define MF_TEST_SIGNED_COMPONENT_LOADING 0x01000000
#define MF_MINCRYPT_FAILURE 0x10000000
typedef struct _MFRR_COMPONENTS {
	DWORD dwRRInfoVersion;
	DWORD dwRRComponents;
	PMFRR_COMPONENT_HASH_INFO pRRComponents;
} MFRR_COMPONENTS, *PMFRR_COMPONENTS;
#define MFSEQUENCER_INVALID_ELEMENT_ID ( 0xffffffff )
typedef struct _MFTOPONODE_ATTRIBUTE_UPDATE {
	TOPOID NodeId;
	GUID guidAttributeKey;
	MF_ATTRIBUTE_TYPE attrType;
	union {
		UINT32 u32;
		UINT64 u64;
		double d;
	} ;
} MFTOPONODE_ATTRIBUTE_UPDATE;
typedef struct {
	QWORD qwStartOffset;
	QWORD qwEndOffset;
} MF_BYTE_STREAM_CACHE_RANGE;
STDAPI MFCreateCredentialCache(IMFNetCredentialCache ** ppCache);
#define MFNETSOURCE_UNPREDEFINEDPROTOCOLNAME_ID ((MFNETSOURCE_STATISTICS_IDS)0x1d)
#define MFOUTPUTATTRIBUTE_DIGITAL ((DWORD) 0x00000001)
#define MFOUTPUTATTRIBUTE_NONSTANDARDIMPLEMENTATION ((DWORD) 0x00000002)
#define MFOUTPUTATTRIBUTE_VIDEO ((DWORD) 0x00000004)
#define MFOUTPUTATTRIBUTE_COMPRESSED ((DWORD) 0x00000008)
#define MFOUTPUTATTRIBUTE_SOFTWARE ((DWORD) 0x00000010)
#define MFOUTPUTATTRIBUTE_BUS ((DWORD) 0x00000020)
#define MFOUTPUTATTRIBUTE_BUSIMPLEMENTATION ((DWORD) 0x0000FF00)
typedef enum _MF_OPM_CGMSA_PROTECTION_LEVEL {
	MF_OPM_CGMSA_OFF = 0,
	MF_OPM_CGMSA_COPY_FREELY = 0x1,
	MF_OPM_CGMSA_COPY_NO_MORE = 0x2,
	MF_OPM_CGMSA_COPY_ONE_GENERATION = 0x3,
	MF_OPM_CGMSA_COPY_NEVER = 0x4,
	MF_OPM_CGMSA_REDISTRIBUTION_CONTROL_REQUIRED = 0x8,
} MF_OPM_CGMSA_PROTECTION_LEVEL;
typedef enum _MF_OPM_ACP_PROTECTION_LEVEL {
	MF_OPM_ACP_OFF = 0,
	MF_OPM_ACP_LEVEL_ONE = 1,
	MF_OPM_ACP_LEVEL_TWO = 2,
	MF_OPM_ACP_LEVEL_THREE = 3,
	MF_OPM_ACP_FORCE_ULONG = 0x7fffffff,
} MF_OPM_ACP_PROTECTION_LEVEL;
#define MAKE_MFPROTECTIONDATA_DISABLE(Disable) ((DWORD)(Disable ? 0x00000001 : 0))
#define EXTRACT_MFPROTECTIONDATA_DISABLE_ON(Data) (0 != ((Data) & 0x00000001))
#define EXTRACT_MFPROTECTIONDATA_DISABLE_RESERVED(Data) (((DWORD)((Data) & 0xFFFFFFFE)) >> 1)
#define MAKE_MFPROTECTIONDATA_CONSTRICTAUDIO(Level) ((DWORD)(Level))
#define EXTRACT_MFPROTECTIONDATA_CONSTRICTAUDIO_LEVEL(Data) ((DWORD)((Data) & 0x000000FF))
#define EXTRACT_MFPROTECTIONDATA_CONSTRICTAUDIO_RESERVED(Data) (((DWORD)((Data) & 0xFFFFFF00)) >> 8)
typedef enum _MFAudioConstriction {
	MFaudioConstrictionOff = 0,
	MFaudioConstriction48_16 = 1,
	MFaudioConstriction44_16 = 2,
	MFaudioConstriction14_14 = 3,
	MFaudioConstrictionMute = 4,
} MFAudioConstriction;
#define MAKE_MFPROTECTIONDATA_TRUSTEDAUDIODRIVERS(TestCertificateEnable, DigitalOutputDisable, DrmLevel) (((DWORD)((TestCertificateEnable) ? 0x00020000 : 0)) | ((DWORD)((DigitalOutputDisable) ? 0x00010000 : 0)) | ((DWORD)(DrmLevel)))
#define MAKE_MFPROTECTIONDATA_TRUSTEDAUDIODRIVERS2(TestCertificateEnable, DigitalOutputDisable, CopyOK, DrmLevel) (((DWORD)((TestCertificateEnable) ? 0x00020000 : 0)) | ((DWORD)((DigitalOutputDisable) ? 0x00010000 : 0)) | ((DWORD)((CopyOK) ? 0x00040000 : 0)) | ((DWORD)(DrmLevel)))
#define EXTRACT_MFPROTECTIONDATA_TRUSTEDAUDIODRIVERS_DRMLEVEL(Data) ((DWORD)((Data) & 0x0000FFFF))
#define EXTRACT_MFPROTECTIONDATA_TRUSTEDAUDIODRIVERS_DIGITALOUTPUTDISABLE(Data) (0 != ((Data) & 0x00010000))
#define EXTRACT_MFPROTECTIONDATA_TRUSTEDAUDIODRIVERS_TESTCERTIFICATEENABLE(Data) (0 != ((Data) & 0x00020000))
#define EXTRACT_MFPROTECTIONDATA_TRUSTEDAUDIODRIVERS_COPYOK(Data) (0 != ((Data) & 0x00040000))
#define EXTRACT_MFPROTECTIONDATA_TRUSTEDAUDIODRIVERS_RESERVED(Data) (((DWORD)((Data) & 0xFFF80000)) >> 19)
#define SAMPLE_PROTECTION_VERSION_AES128CTR ((SAMPLE_PROTECTION_VERSION)4)
typedef enum _MF_TRANSCODE_ADJUST_PROFILE_FLAGS {
	MF_TRANSCODE_ADJUST_PROFILE_DEFAULT = 0,
	MF_TRANSCODE_ADJUST_PROFILE_USE_SOURCE_ATTRIBUTES = 1,
} MF_TRANSCODE_ADJUST_PROFILE_FLAGS;
typedef enum _MF_VIDEO_PROCESSOR_ALGORITHM_TYPE {
	MF_VIDEO_PROCESSOR_ALGORITHM_DEFAULT = 0,
	MF_VIDEO_PROCESSOR_ALGORITHM_MRF_CRF_444 = 1,
} MF_VIDEO_PROCESSOR_ALGORITHM_TYPE;
STDAPI MFCreateTranscodeTopologyFromByteStream(IMFMediaSource* pSrc, IMFByteStream* pOutputStream, IMFTranscodeProfile* pProfile, IMFTopology** ppTranscodeTopo);
typedef struct _MF_TRANSCODE_SINK_INFO {
	DWORD dwVideoStreamID;
	IMFMediaType *pVideoMediaType;
	DWORD dwAudioStreamID;
	IMFMediaType *pAudioMediaType;
} MF_TRANSCODE_SINK_INFO;
DEFINE_GUID(MF_WRAPPED_BUFFER_SERVICE, 0xab544072, 0xc269, 0x4ebc, 0xa5, 0x52, 0x1c, 0x3b, 0x32, 0xbe, 0xd5, 0xca);
STDAPI MFCreateProtectedEnvironmentAccess(IMFProtectedEnvironmentAccess** ppAccess);
STDAPI MFLoadSignedLibrary(LPCWSTR pszName, IMFSignedLibrary** ppLib);
STDAPI MFGetSystemId(IMFSystemId** ppId);
STDAPI MFGetLocalId(const BYTE *verifier, UINT32 size, LPWSTR *id);
DEFINE_GUID(CLSID_MPEG2ByteStreamPlugin, 0x40871c59, 0xab40, 0x471f, 0x8d, 0xc3, 0x1f, 0x25, 0x9d, 0x86, 0x24, 0x79);
typedef struct _MFCONTENTPROTECTIONDEVICE_INPUT_DATA {
	DWORD HWProtectionFunctionID;
	DWORD PrivateDataByteCount;
	DWORD HWProtectionDataByteCount;
	DWORD Reserved;
	BYTE InputData[ 4 ];
} MFCONTENTPROTECTIONDEVICE_INPUT_DATA;
typedef struct _MFCONTENTPROTECTIONDEVICE_OUTPUT_DATA {
	DWORD PrivateDataByteCount;
	DWORD MaxHWProtectionDataByteCount;
	DWORD HWProtectionDataByteCount;
	HRESULT Status;
	LONGLONG TransportTimeInHundredsOfNanoseconds;
	LONGLONG ExecutionTimeInHundredsOfNanoseconds;
	BYTE OutputData[ 4 ];
} MFCONTENTPROTECTIONDEVICE_OUTPUT_DATA;
#define MFCONTENTPROTECTIONDEVICE_FUNCTIONID_START 0x04000000
#define MFCONTENTPROTECTIONDEVICE_REALTIMECLIENT_DATA_FUNCTIONID MFCONTENTPROTECTIONDEVICE_FUNCTIONID_START
typedef struct _MFCONTENTPROTECTIONDEVICE_REALTIMECLIENT_DATA {
	DWORD TaskIndex;
	WCHAR ClassName[MAX_PATH];
	LONG BasePriority;
} MFCONTENTPROTECTIONDEVICE_REALTIMECLIENT_DATA;
STDAPI MFCreateContentProtectionDevice(REFGUID ProtectionSystemId, IMFContentProtectionDevice **ContentProtectionDevice);
STDAPI MFIsContentProtectionDeviceSupported(REFGUID ProtectionSystemId, BOOL *isSupported);
STDAPI MFCreateContentDecryptorContext(REFGUID guidMediaProtectionSystemId, IMFDXGIDeviceManager *pD3DManager, IMFContentProtectionDevice *pContentProtectionDevice, IMFContentDecryptorContext **ppContentDecryptorContext);
typedef enum MF_MEDIAKEYSESSION_TYPE {
	MF_MEDIAKEYSESSION_TYPE_TEMPORARY = 0,
	MF_MEDIAKEYSESSION_TYPE_PERSISTENT_LICENSE = 1,
	MF_MEDIAKEYSESSION_TYPE_PERSISTENT_RELEASE_MESSAGE = 2,
	MF_MEDIAKEYSESSION_TYPE_PERSISTENT_USAGE_RECORD = 3,
} MF_MEDIAKEYSESSION_TYPE;
typedef enum MF_MEDIAKEY_STATUS {
	MF_MEDIAKEY_STATUS_USABLE = 0,
	MF_MEDIAKEY_STATUS_EXPIRED = 1,
	MF_MEDIAKEY_STATUS_OUTPUT_DOWNSCALED = 2,
	MF_MEDIAKEY_STATUS_OUTPUT_NOT_ALLOWED = 3,
	MF_MEDIAKEY_STATUS_STATUS_PENDING = 4,
	MF_MEDIAKEY_STATUS_INTERNAL_ERROR = 5,
	MF_MEDIAKEY_STATUS_RELEASED = 6,
	MF_MEDIAKEY_STATUS_OUTPUT_RESTRICTED = 7,
} MF_MEDIAKEY_STATUS;
typedef struct MFMediaKeyStatus {
	BYTE *pbKeyId;
	UINT cbKeyId;
	MF_MEDIAKEY_STATUS eMediaKeyStatus;
} MFMediaKeyStatus;
typedef enum MF_MEDIAKEYSESSION_MESSAGETYPE {
	MF_MEDIAKEYSESSION_MESSAGETYPE_LICENSE_REQUEST = 0,
	MF_MEDIAKEYSESSION_MESSAGETYPE_LICENSE_RENEWAL = 1,
	MF_MEDIAKEYSESSION_MESSAGETYPE_LICENSE_RELEASE = 2,
	MF_MEDIAKEYSESSION_MESSAGETYPE_INDIVIDUALIZATION_REQUEST = 3,
} MF_MEDIAKEYSESSION_MESSAGETYPE;
typedef enum _MF_CROSS_ORIGIN_POLICY {
	MF_CROSS_ORIGIN_POLICY_NONE = 0,
	MF_CROSS_ORIGIN_POLICY_ANONYMOUS = 1,
	MF_CROSS_ORIGIN_POLICY_USE_CREDENTIALS = 2,
} MF_CROSS_ORIGIN_POLICY;
typedef enum MF_MEDIASOURCE_STATUS_INFO {
	MF_MEDIASOURCE_STATUS_INFO_FULLYSUPPORTED = 0,
	MF_MEDIASOURCE_STATUS_INFO_UNKNOWN = 1,
} MF_MEDIASOURCE_STATUS_INFO;
typedef struct _MF_VIDEO_SPHERICAL_VIEWDIRECTION {
	int iHeading;
	int iPitch;
	int iRoll;
} MF_VIDEO_SPHERICAL_VIEWDIRECTION;
#define MF_UNKNOWN_DURATION 0
DEFINE_GUID(MFStreamExtension_ExtendedCameraIntrinsics, 0xaa74b3df, 0x9a2c, 0x48d6, 0x83, 0x93, 0x5b, 0xd1, 0xc1, 0xa8, 0x1e, 0x6e);
DEFINE_GUID(MFSampleExtension_ExtendedCameraIntrinsics, 0x560bc4a5, 0x4de0, 0x4113, 0x9c, 0xdc, 0x83, 0x2d, 0xb9, 0x74, 0xf, 0x3d);
typedef struct {
	DWORD sizeInBytes;
	float normalizedXPosition;
	float normalizedYPosition;
	float normalizedWidth;
	float normalizedHeight;
	LONG confidenceValue;
	ULONGLONG flags;
} DetectedFaceBound;
unsigned long __RPC_USER BSTR_UserSize64(unsigned long *, unsigned long, BSTR *);
unsigned char * __RPC_USER BSTR_UserMarshal64(unsigned long *, unsigned char *, BSTR *);
unsigned char * __RPC_USER BSTR_UserUnmarshal64(unsigned long *, unsigned char *, BSTR *);
void __RPC_USER BSTR_UserFree64(unsigned long *, BSTR *);
unsigned long __RPC_USER LPSAFEARRAY_UserSize64(unsigned long *, unsigned long, LPSAFEARRAY *);
unsigned char * __RPC_USER LPSAFEARRAY_UserMarshal64(unsigned long *, unsigned char *, LPSAFEARRAY *);
unsigned char * __RPC_USER LPSAFEARRAY_UserUnmarshal64(unsigned long *, unsigned char *, LPSAFEARRAY *);
void __RPC_USER LPSAFEARRAY_UserFree64(unsigned long *, LPSAFEARRAY *);

#ifdef __cplusplus
#ifndef __IMFNetCredential_INTERFACE_DEFINED__
#define __IMFNetCredential_INTERFACE_DEFINED__
EXTERN_C const IID IID_IMFNetCredential;
struct IMFNetCredential : public IUnknown {
	virtual HRESULT STDMETHODCALLTYPE SetUser(BYTE *pbData, DWORD cbData, BOOL fDataIsEncrypted) = 0;
	virtual HRESULT STDMETHODCALLTYPE SetPassword(BYTE *pbData, DWORD cbData, BOOL fDataIsEncrypted) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetUser(BYTE *pbData, DWORD *pcbData, BOOL fEncryptData) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetPassword(BYTE *pbData, DWORD *pcbData, BOOL fEncryptData) = 0;
	virtual HRESULT STDMETHODCALLTYPE LoggedOnUser(BOOL *pfLoggedOnUser) = 0;
};
#ifdef __CRT_UUID_DECL
__CRT_UUID_DECL(IMFNetCredential, 0x5b87ef6a, 0x7ed8, 0x434f, 0xba, 0x0e, 0x18, 0x4f, 0xac, 0x16, 0x28, 0xd1)
#endif
#endif
#ifndef __IMFContentProtectionManager_INTERFACE_DEFINED__
#define __IMFContentProtectionManager_INTERFACE_DEFINED__
EXTERN_C const IID IID_IMFContentProtectionManager;
struct IMFContentProtectionManager : public IUnknown {
	virtual HRESULT STDMETHODCALLTYPE BeginEnableContent(IMFActivate *pEnablerActivate, IMFTopology *pTopo, IMFAsyncCallback *pCallback, IUnknown *punkState) = 0;
	virtual HRESULT STDMETHODCALLTYPE EndEnableContent(IMFAsyncResult *pResult) = 0;
};
#ifdef __CRT_UUID_DECL
__CRT_UUID_DECL(IMFContentProtectionManager, 0xacf92459, 0x6a61, 0x42bd, 0xb5, 0x7c, 0xb4, 0x3e, 0x51, 0x20, 0x3c, 0xb0)
#endif
#endif
#ifndef __IMFContentEnabler_INTERFACE_DEFINED__
#define __IMFContentEnabler_INTERFACE_DEFINED__
EXTERN_C const IID IID_IMFContentEnabler;
struct IMFContentEnabler : public IUnknown {
	virtual HRESULT STDMETHODCALLTYPE GetEnableType(GUID *pType) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetEnableURL(LPWSTR *ppwszURL, DWORD *pcchURL, MF_URL_TRUST_STATUS *pTrustStatus) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetEnableData(BYTE **ppbData, DWORD *pcbData) = 0;
	virtual HRESULT STDMETHODCALLTYPE IsAutomaticSupported(BOOL *pfAutomatic) = 0;
	virtual HRESULT STDMETHODCALLTYPE AutomaticEnable(void) = 0;
	virtual HRESULT STDMETHODCALLTYPE MonitorEnable(void) = 0;
	virtual HRESULT STDMETHODCALLTYPE Cancel(void) = 0;
};
#ifdef __CRT_UUID_DECL
__CRT_UUID_DECL(IMFContentEnabler, 0xd3c4ef59, 0x49ce, 0x4381, 0x90, 0x71, 0xd5, 0xbc, 0xd0, 0x44, 0xc7, 0x70)
#endif
#endif
#ifndef __IMFTimecodeTranslate_INTERFACE_DEFINED__
#define __IMFTimecodeTranslate_INTERFACE_DEFINED__
EXTERN_C const IID IID_IMFTimecodeTranslate;
struct IMFTimecodeTranslate : public IUnknown {
	virtual HRESULT STDMETHODCALLTYPE BeginConvertTimecodeToHNS(const PROPVARIANT *pPropVarTimecode, IMFAsyncCallback *pCallback, IUnknown *punkState) = 0;
	virtual HRESULT STDMETHODCALLTYPE EndConvertTimecodeToHNS(IMFAsyncResult *pResult, MFTIME *phnsTime) = 0;
	virtual HRESULT STDMETHODCALLTYPE BeginConvertHNSToTimecode(MFTIME hnsTime, IMFAsyncCallback *pCallback, IUnknown *punkState) = 0;
	virtual HRESULT STDMETHODCALLTYPE EndConvertHNSToTimecode(IMFAsyncResult *pResult, PROPVARIANT *pPropVarTimecode) = 0;
};
#ifdef __CRT_UUID_DECL
__CRT_UUID_DECL(IMFTimecodeTranslate, 0xab9d8661, 0xf7e8, 0x4ef4, 0x98, 0x61, 0x89, 0xf3, 0x34, 0xf9, 0x4e, 0x74)
#endif
#endif
#ifndef __IMFSeekInfo_INTERFACE_DEFINED__
#define __IMFSeekInfo_INTERFACE_DEFINED__
EXTERN_C const IID IID_IMFSeekInfo;
struct IMFSeekInfo : public IUnknown {
	virtual HRESULT STDMETHODCALLTYPE GetNearestKeyFrames(const GUID *pguidTimeFormat, const PROPVARIANT *pvarStartPosition, PROPVARIANT *pvarPreviousKeyFrame, PROPVARIANT *pvarNextKeyFrame) = 0;
};
#ifdef __CRT_UUID_DECL
__CRT_UUID_DECL(IMFSeekInfo, 0x26afea53, 0xd9ed, 0x42b5, 0xab, 0x80, 0xe6, 0x4f, 0x9e, 0xe3, 0x47, 0x79)
#endif
#endif
#ifndef __IMFAudioPolicy_INTERFACE_DEFINED__
#define __IMFAudioPolicy_INTERFACE_DEFINED__
EXTERN_C const IID IID_IMFAudioPolicy;
struct IMFAudioPolicy : public IUnknown {
	virtual HRESULT STDMETHODCALLTYPE SetGroupingParam(REFGUID rguidClass) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetGroupingParam(GUID *pguidClass) = 0;
	virtual HRESULT STDMETHODCALLTYPE SetDisplayName(LPCWSTR pszName) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetDisplayName(LPWSTR *pszName) = 0;
	virtual HRESULT STDMETHODCALLTYPE SetIconPath(LPCWSTR pszPath) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetIconPath(LPWSTR *pszPath) = 0;
};
#ifdef __CRT_UUID_DECL
__CRT_UUID_DECL(IMFAudioPolicy, 0xa0638c2b, 0x6465, 0x4395, 0x9a, 0xe7, 0xa3, 0x21, 0xa9, 0xfd, 0x28, 0x56)
#endif
#endif
#ifndef __IMFSampleGrabberSinkCallback2_INTERFACE_DEFINED__
#define __IMFSampleGrabberSinkCallback2_INTERFACE_DEFINED__
EXTERN_C const IID IID_IMFSampleGrabberSinkCallback2;
struct IMFSampleGrabberSinkCallback2 : public IMFSampleGrabberSinkCallback {
	virtual HRESULT STDMETHODCALLTYPE OnProcessSampleEx(REFGUID guidMajorMediaType, DWORD dwSampleFlags, LONGLONG llSampleTime, LONGLONG llSampleDuration, const BYTE *pSampleBuffer, DWORD dwSampleSize, IMFAttributes *pAttributes) = 0;
};
#ifdef __CRT_UUID_DECL
__CRT_UUID_DECL(IMFSampleGrabberSinkCallback2, 0xca86aa50, 0xc46e, 0x429e, 0xab, 0x27, 0x16, 0xd6, 0xac, 0x68, 0x44, 0xcb)
#endif
#endif
#ifndef __IMFQualityAdvise_INTERFACE_DEFINED__
#define __IMFQualityAdvise_INTERFACE_DEFINED__
EXTERN_C const IID IID_IMFQualityAdvise;
struct IMFQualityAdvise : public IUnknown {
	virtual HRESULT STDMETHODCALLTYPE SetDropMode(MF_QUALITY_DROP_MODE eDropMode) = 0;
	virtual HRESULT STDMETHODCALLTYPE SetQualityLevel(MF_QUALITY_LEVEL eQualityLevel) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetDropMode(MF_QUALITY_DROP_MODE *peDropMode) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetQualityLevel(MF_QUALITY_LEVEL *peQualityLevel) = 0;
	virtual HRESULT STDMETHODCALLTYPE DropTime(LONGLONG hnsAmountToDrop) = 0;
};
#ifdef __CRT_UUID_DECL
__CRT_UUID_DECL(IMFQualityAdvise, 0xec15e2e9, 0xe36b, 0x4f7c, 0x87, 0x58, 0x77, 0xd4, 0x52, 0xef, 0x4c, 0xe7)
#endif
#endif
#ifndef __IMFQualityAdvise2_INTERFACE_DEFINED__
#define __IMFQualityAdvise2_INTERFACE_DEFINED__
EXTERN_C const IID IID_IMFQualityAdvise2;
struct IMFQualityAdvise2 : public IMFQualityAdvise {
	virtual HRESULT STDMETHODCALLTYPE NotifyQualityEvent(IMFMediaEvent *pEvent, DWORD *pdwFlags) = 0;
};
#ifdef __CRT_UUID_DECL
__CRT_UUID_DECL(IMFQualityAdvise2, 0xf3706f0d, 0x8ea2, 0x4886, 0x80, 0x00, 0x71, 0x55, 0xe9, 0xec, 0x2e, 0xae)
#endif
#endif
#ifndef __IMFQualityAdviseLimits_INTERFACE_DEFINED__
#define __IMFQualityAdviseLimits_INTERFACE_DEFINED__
EXTERN_C const IID IID_IMFQualityAdviseLimits;
struct IMFQualityAdviseLimits : public IUnknown {
	virtual HRESULT STDMETHODCALLTYPE GetMaximumDropMode(MF_QUALITY_DROP_MODE *peDropMode) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetMinimumQualityLevel(MF_QUALITY_LEVEL *peQualityLevel) = 0;
};
#ifdef __CRT_UUID_DECL
__CRT_UUID_DECL(IMFQualityAdviseLimits, 0xdfcd8e4d, 0x30b5, 0x4567, 0xac, 0xaa, 0x8e, 0xb5, 0xb7, 0x85, 0x3d, 0xc9)
#endif
#endif
#ifndef __IMFMediaSourceTopologyProvider_INTERFACE_DEFINED__
#define __IMFMediaSourceTopologyProvider_INTERFACE_DEFINED__
EXTERN_C const IID IID_IMFMediaSourceTopologyProvider;
struct IMFMediaSourceTopologyProvider : public IUnknown {
	virtual HRESULT STDMETHODCALLTYPE GetMediaSourceTopology(IMFPresentationDescriptor *pPresentationDescriptor, IMFTopology **ppTopology) = 0;
};
#ifdef __CRT_UUID_DECL
__CRT_UUID_DECL(IMFMediaSourceTopologyProvider, 0x0e1d6009, 0xc9f3, 0x442d, 0x8c, 0x51, 0xa4, 0x2d, 0x2d, 0x49, 0x45, 0x2f)
#endif
#endif
#ifndef __IMFMediaSourcePresentationProvider_INTERFACE_DEFINED__
#define __IMFMediaSourcePresentationProvider_INTERFACE_DEFINED__
EXTERN_C const IID IID_IMFMediaSourcePresentationProvider;
struct IMFMediaSourcePresentationProvider : public IUnknown {
	virtual HRESULT STDMETHODCALLTYPE ForceEndOfPresentation(IMFPresentationDescriptor *pPresentationDescriptor) = 0;
};
#ifdef __CRT_UUID_DECL
__CRT_UUID_DECL(IMFMediaSourcePresentationProvider, 0x0e1d600a, 0xc9f3, 0x442d, 0x8c, 0x51, 0xa4, 0x2d, 0x2d, 0x49, 0x45, 0x2f)
#endif
#endif
#ifndef __IMFTopologyNodeAttributeEditor_INTERFACE_DEFINED__
#define __IMFTopologyNodeAttributeEditor_INTERFACE_DEFINED__
EXTERN_C const IID IID_IMFTopologyNodeAttributeEditor;
struct IMFTopologyNodeAttributeEditor : public IUnknown {
	virtual HRESULT STDMETHODCALLTYPE UpdateNodeAttributes(TOPOID TopoId, DWORD cUpdates, MFTOPONODE_ATTRIBUTE_UPDATE *pUpdates) = 0;
};
#ifdef __CRT_UUID_DECL
__CRT_UUID_DECL(IMFTopologyNodeAttributeEditor, 0x676aa6dd, 0x238a, 0x410d, 0xbb, 0x99, 0x65, 0x66, 0x8d, 0x01, 0x60, 0x5a)
#endif
#endif
#ifndef __IMFByteStreamCacheControl_INTERFACE_DEFINED__
#define __IMFByteStreamCacheControl_INTERFACE_DEFINED__
EXTERN_C const IID IID_IMFByteStreamCacheControl;
struct IMFByteStreamCacheControl : public IUnknown {
	virtual HRESULT STDMETHODCALLTYPE StopBackgroundTransfer(void) = 0;
};
#ifdef __CRT_UUID_DECL
__CRT_UUID_DECL(IMFByteStreamCacheControl, 0xf5042ea4, 0x7a96, 0x4a75, 0xaa, 0x7b, 0x2b, 0xe1, 0xef, 0x7f, 0x88, 0xd5)
#endif
#endif
#ifndef __IMFByteStreamTimeSeek_INTERFACE_DEFINED__
#define __IMFByteStreamTimeSeek_INTERFACE_DEFINED__
EXTERN_C const IID IID_IMFByteStreamTimeSeek;
struct IMFByteStreamTimeSeek : public IUnknown {
	virtual HRESULT STDMETHODCALLTYPE IsTimeSeekSupported(BOOL *pfTimeSeekIsSupported) = 0;
	virtual HRESULT STDMETHODCALLTYPE TimeSeek(QWORD qwTimePosition) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetTimeSeekResult(QWORD *pqwStartTime, QWORD *pqwStopTime, QWORD *pqwDuration) = 0;
};
#ifdef __CRT_UUID_DECL
__CRT_UUID_DECL(IMFByteStreamTimeSeek, 0x64976bfa, 0xfb61, 0x4041, 0x90, 0x69, 0x8c, 0x9a, 0x5f, 0x65, 0x9b, 0xeb)
#endif
#endif
#ifndef __IMFByteStreamCacheControl2_INTERFACE_DEFINED__
#define __IMFByteStreamCacheControl2_INTERFACE_DEFINED__
EXTERN_C const IID IID_IMFByteStreamCacheControl2;
struct IMFByteStreamCacheControl2 : public IMFByteStreamCacheControl {
	virtual HRESULT STDMETHODCALLTYPE GetByteRanges(DWORD *pcRanges, MF_BYTE_STREAM_CACHE_RANGE **ppRanges) = 0;
	virtual HRESULT STDMETHODCALLTYPE SetCacheLimit(QWORD qwBytes) = 0;
	virtual HRESULT STDMETHODCALLTYPE IsBackgroundTransferActive(BOOL *pfActive) = 0;
};
#ifdef __CRT_UUID_DECL
__CRT_UUID_DECL(IMFByteStreamCacheControl2, 0x71ce469c, 0xf34b, 0x49ea, 0xa5, 0x6b, 0x2d, 0x2a, 0x10, 0xe5, 0x11, 0x49)
#endif
#endif
#ifndef __IMFNetCredentialManager_INTERFACE_DEFINED__
#define __IMFNetCredentialManager_INTERFACE_DEFINED__
EXTERN_C const IID IID_IMFNetCredentialManager;
struct IMFNetCredentialManager : public IUnknown {
	virtual HRESULT STDMETHODCALLTYPE BeginGetCredentials(MFNetCredentialManagerGetParam *pParam, IMFAsyncCallback *pCallback, IUnknown *pState) = 0;
	virtual HRESULT STDMETHODCALLTYPE EndGetCredentials(IMFAsyncResult *pResult, IMFNetCredential **ppCred) = 0;
	virtual HRESULT STDMETHODCALLTYPE SetGood(IMFNetCredential *pCred, BOOL fGood) = 0;
};
#ifdef __CRT_UUID_DECL
__CRT_UUID_DECL(IMFNetCredentialManager, 0x5b87ef6b, 0x7ed8, 0x434f, 0xba, 0x0e, 0x18, 0x4f, 0xac, 0x16, 0x28, 0xd1)
#endif
#endif
#ifndef __IMFNetCredentialCache_INTERFACE_DEFINED__
#define __IMFNetCredentialCache_INTERFACE_DEFINED__
EXTERN_C const IID IID_IMFNetCredentialCache;
struct IMFNetCredentialCache : public IUnknown {
	virtual HRESULT STDMETHODCALLTYPE GetCredential(LPCWSTR pszUrl, LPCWSTR pszRealm, DWORD dwAuthenticationFlags, IMFNetCredential **ppCred, DWORD *pdwRequirementsFlags) = 0;
	virtual HRESULT STDMETHODCALLTYPE SetGood(IMFNetCredential *pCred, BOOL fGood) = 0;
	virtual HRESULT STDMETHODCALLTYPE SetUserOptions(IMFNetCredential *pCred, DWORD dwOptionsFlags) = 0;
};
#ifdef __CRT_UUID_DECL
__CRT_UUID_DECL(IMFNetCredentialCache, 0x5b87ef6c, 0x7ed8, 0x434f, 0xba, 0x0e, 0x18, 0x4f, 0xac, 0x16, 0x28, 0xd1)
#endif
#endif
#ifndef __IMFSSLCertificateManager_INTERFACE_DEFINED__
#define __IMFSSLCertificateManager_INTERFACE_DEFINED__
EXTERN_C const IID IID_IMFSSLCertificateManager;
struct IMFSSLCertificateManager : public IUnknown {
	virtual HRESULT STDMETHODCALLTYPE GetClientCertificate(LPCWSTR pszURL, BYTE **ppbData, DWORD *pcbData) = 0;
	virtual HRESULT STDMETHODCALLTYPE BeginGetClientCertificate(LPCWSTR pszURL, IMFAsyncCallback *pCallback, IUnknown *pState) = 0;
	virtual HRESULT STDMETHODCALLTYPE EndGetClientCertificate(IMFAsyncResult *pResult, BYTE **ppbData, DWORD *pcbData) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetCertificatePolicy(LPCWSTR pszURL, BOOL *pfOverrideAutomaticCheck, BOOL *pfClientCertificateAvailable) = 0;
	virtual HRESULT STDMETHODCALLTYPE OnServerCertificate(LPCWSTR pszURL, BYTE *pbData, DWORD cbData, BOOL *pfIsGood) = 0;
};
#ifdef __CRT_UUID_DECL
__CRT_UUID_DECL(IMFSSLCertificateManager, 0x61f7d887, 0x1230, 0x4a8b, 0xae, 0xba, 0x8a, 0xd4, 0x34, 0xd1, 0xa6, 0x4d)
#endif
#endif
#ifndef __IMFNetResourceFilter_INTERFACE_DEFINED__
#define __IMFNetResourceFilter_INTERFACE_DEFINED__
EXTERN_C const IID IID_IMFNetResourceFilter;
struct IMFNetResourceFilter : public IUnknown {
	virtual HRESULT STDMETHODCALLTYPE OnRedirect(LPCWSTR pszUrl, VARIANT_BOOL *pvbCancel) = 0;
	virtual HRESULT STDMETHODCALLTYPE OnSendingRequest(LPCWSTR pszUrl) = 0;
};
#ifdef __CRT_UUID_DECL
__CRT_UUID_DECL(IMFNetResourceFilter, 0x091878a3, 0xbf11, 0x4a5c, 0xbc, 0x9f, 0x33, 0x99, 0x5b, 0x06, 0xef, 0x2d)
#endif
#endif
#ifndef __IMFSourceOpenMonitor_INTERFACE_DEFINED__
#define __IMFSourceOpenMonitor_INTERFACE_DEFINED__
EXTERN_C const IID IID_IMFSourceOpenMonitor;
struct IMFSourceOpenMonitor : public IUnknown {
	virtual HRESULT STDMETHODCALLTYPE OnSourceEvent(IMFMediaEvent *pEvent) = 0;
};
#ifdef __CRT_UUID_DECL
__CRT_UUID_DECL(IMFSourceOpenMonitor, 0x059054b3, 0x027c, 0x494c, 0xa2, 0x7d, 0x91, 0x13, 0x29, 0x1c, 0xf8, 0x7f)
#endif
#endif
#ifndef __IMFNetProxyLocatorFactory_INTERFACE_DEFINED__
#define __IMFNetProxyLocatorFactory_INTERFACE_DEFINED__
EXTERN_C const IID IID_IMFNetProxyLocatorFactory;
struct IMFNetProxyLocatorFactory : public IUnknown {
	virtual HRESULT STDMETHODCALLTYPE CreateProxyLocator(LPCWSTR pszProtocol, IMFNetProxyLocator **ppProxyLocator) = 0;
};
#ifdef __CRT_UUID_DECL
__CRT_UUID_DECL(IMFNetProxyLocatorFactory, 0xe9cd0384, 0xa268, 0x4bb4, 0x82, 0xde, 0x65, 0x8d, 0x53, 0x57, 0x4d, 0x41)
#endif
#endif
#ifndef __IMFSaveJob_INTERFACE_DEFINED__
#define __IMFSaveJob_INTERFACE_DEFINED__
EXTERN_C const IID IID_IMFSaveJob;
struct IMFSaveJob : public IUnknown {
	virtual HRESULT STDMETHODCALLTYPE BeginSave(IMFByteStream *pStream, IMFAsyncCallback *pCallback, IUnknown *pState) = 0;
	virtual HRESULT STDMETHODCALLTYPE EndSave(IMFAsyncResult *pResult) = 0;
	virtual HRESULT STDMETHODCALLTYPE CancelSave(void) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetProgress(DWORD *pdwPercentComplete) = 0;
};
#ifdef __CRT_UUID_DECL
__CRT_UUID_DECL(IMFSaveJob, 0xe9931663, 0x80bf, 0x4c6e, 0x98, 0xaf, 0x5d, 0xcf, 0x58, 0x74, 0x7d, 0x1f)
#endif
#endif
#ifndef __IMFNetSchemeHandlerConfig_INTERFACE_DEFINED__
#define __IMFNetSchemeHandlerConfig_INTERFACE_DEFINED__
EXTERN_C const IID IID_IMFNetSchemeHandlerConfig;
struct IMFNetSchemeHandlerConfig : public IUnknown {
	virtual HRESULT STDMETHODCALLTYPE GetNumberOfSupportedProtocols(ULONG *pcProtocols) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetSupportedProtocolType(ULONG nProtocolIndex, MFNETSOURCE_PROTOCOL_TYPE *pnProtocolType) = 0;
	virtual HRESULT STDMETHODCALLTYPE ResetProtocolRolloverSettings(void) = 0;
};
#ifdef __CRT_UUID_DECL
__CRT_UUID_DECL(IMFNetSchemeHandlerConfig, 0x7be19e73, 0xc9bf, 0x468a, 0xac, 0x5a, 0xa5, 0xe8, 0x65, 0x3b, 0xec, 0x87)
#endif
#endif
#ifndef __IMFSchemeHandler_INTERFACE_DEFINED__
#define __IMFSchemeHandler_INTERFACE_DEFINED__
EXTERN_C const IID IID_IMFSchemeHandler;
struct IMFSchemeHandler : public IUnknown {
	virtual HRESULT STDMETHODCALLTYPE BeginCreateObject(LPCWSTR pwszURL, DWORD dwFlags, IPropertyStore *pProps, IUnknown **ppIUnknownCancelCookie, IMFAsyncCallback *pCallback, IUnknown *punkState) = 0;
	virtual HRESULT STDMETHODCALLTYPE EndCreateObject(IMFAsyncResult *pResult, MF_OBJECT_TYPE *pObjectType, IUnknown **ppObject) = 0;
	virtual HRESULT STDMETHODCALLTYPE CancelObjectCreation(IUnknown *pIUnknownCancelCookie) = 0;
};
#ifdef __CRT_UUID_DECL
__CRT_UUID_DECL(IMFSchemeHandler, 0x6d4c7b74, 0x52a0, 0x4bb7, 0xb0, 0xdb, 0x55, 0xf2, 0x9f, 0x47, 0xa6, 0x68)
#endif
#endif
#ifndef __IMFByteStreamHandler_INTERFACE_DEFINED__
#define __IMFByteStreamHandler_INTERFACE_DEFINED__
EXTERN_C const IID IID_IMFByteStreamHandler;
struct IMFByteStreamHandler : public IUnknown {
	virtual HRESULT STDMETHODCALLTYPE BeginCreateObject(IMFByteStream *pByteStream, LPCWSTR pwszURL, DWORD dwFlags, IPropertyStore *pProps, IUnknown **ppIUnknownCancelCookie, IMFAsyncCallback *pCallback, IUnknown *punkState) = 0;
	virtual HRESULT STDMETHODCALLTYPE EndCreateObject(IMFAsyncResult *pResult, MF_OBJECT_TYPE *pObjectType, IUnknown **ppObject) = 0;
	virtual HRESULT STDMETHODCALLTYPE CancelObjectCreation(IUnknown *pIUnknownCancelCookie) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetMaxNumberOfBytesRequiredForResolution(QWORD *pqwBytes) = 0;
};
#ifdef __CRT_UUID_DECL
__CRT_UUID_DECL(IMFByteStreamHandler, 0xbb420aa4, 0x765b, 0x4a1f, 0x91, 0xfe, 0xd6, 0xa8, 0xa1, 0x43, 0x92, 0x4c)
#endif
#endif
#ifndef __IMFTrustedInput_INTERFACE_DEFINED__
#define __IMFTrustedInput_INTERFACE_DEFINED__
EXTERN_C const IID IID_IMFTrustedInput;
struct IMFTrustedInput : public IUnknown {
	virtual HRESULT STDMETHODCALLTYPE GetInputTrustAuthority(DWORD dwStreamID, REFIID riid, IUnknown **ppunkObject) = 0;
};
#ifdef __CRT_UUID_DECL
__CRT_UUID_DECL(IMFTrustedInput, 0x542612c4, 0xa1b8, 0x4632, 0xb5, 0x21, 0xde, 0x11, 0xea, 0x64, 0xa0, 0xb0)
#endif
#endif
#ifndef __IMFInputTrustAuthority_INTERFACE_DEFINED__
#define __IMFInputTrustAuthority_INTERFACE_DEFINED__
EXTERN_C const IID IID_IMFInputTrustAuthority;
struct IMFInputTrustAuthority : public IUnknown {
	virtual HRESULT STDMETHODCALLTYPE GetDecrypter(REFIID riid, void **ppv) = 0;
	virtual HRESULT STDMETHODCALLTYPE RequestAccess(MFPOLICYMANAGER_ACTION Action, IMFActivate **ppContentEnablerActivate) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetPolicy(MFPOLICYMANAGER_ACTION Action, IMFOutputPolicy **ppPolicy) = 0;
	virtual HRESULT STDMETHODCALLTYPE BindAccess(MFINPUTTRUSTAUTHORITY_ACCESS_PARAMS *pParam) = 0;
	virtual HRESULT STDMETHODCALLTYPE UpdateAccess(MFINPUTTRUSTAUTHORITY_ACCESS_PARAMS *pParam) = 0;
	virtual HRESULT STDMETHODCALLTYPE Reset(void) = 0;
};
#ifdef __CRT_UUID_DECL
__CRT_UUID_DECL(IMFInputTrustAuthority, 0xd19f8e98, 0xb126, 0x4446, 0x89, 0x0c, 0x5d, 0xcb, 0x7a, 0xd7, 0x14, 0x53)
#endif
#endif
#ifndef __IMFTrustedOutput_INTERFACE_DEFINED__
#define __IMFTrustedOutput_INTERFACE_DEFINED__
EXTERN_C const IID IID_IMFTrustedOutput;
struct IMFTrustedOutput : public IUnknown {
	virtual HRESULT STDMETHODCALLTYPE GetOutputTrustAuthorityCount(DWORD *pcOutputTrustAuthorities) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetOutputTrustAuthorityByIndex(DWORD dwIndex, IMFOutputTrustAuthority **ppauthority) = 0;
	virtual HRESULT STDMETHODCALLTYPE IsFinal(BOOL *pfIsFinal) = 0;
};
#ifdef __CRT_UUID_DECL
__CRT_UUID_DECL(IMFTrustedOutput, 0xd19f8e95, 0xb126, 0x4446, 0x89, 0x0c, 0x5d, 0xcb, 0x7a, 0xd7, 0x14, 0x53)
#endif
#endif
#ifndef __IMFOutputTrustAuthority_INTERFACE_DEFINED__
#define __IMFOutputTrustAuthority_INTERFACE_DEFINED__
EXTERN_C const IID IID_IMFOutputTrustAuthority;
struct IMFOutputTrustAuthority : public IUnknown {
	virtual HRESULT STDMETHODCALLTYPE GetAction(MFPOLICYMANAGER_ACTION *pAction) = 0;
	virtual HRESULT STDMETHODCALLTYPE SetPolicy(IMFOutputPolicy **ppPolicy, DWORD nPolicy, BYTE **ppbTicket, DWORD *pcbTicket) = 0;
};
#ifdef __CRT_UUID_DECL
__CRT_UUID_DECL(IMFOutputTrustAuthority, 0xd19f8e94, 0xb126, 0x4446, 0x89, 0x0c, 0x5d, 0xcb, 0x7a, 0xd7, 0x14, 0x53)
#endif
#endif
#ifndef __IMFOutputPolicy_INTERFACE_DEFINED__
#define __IMFOutputPolicy_INTERFACE_DEFINED__
EXTERN_C const IID IID_IMFOutputPolicy;
struct IMFOutputPolicy : public IMFAttributes {
	virtual HRESULT STDMETHODCALLTYPE GenerateRequiredSchemas(DWORD dwAttributes, GUID guidOutputSubType, GUID *rgGuidProtectionSchemasSupported, DWORD cProtectionSchemasSupported, IMFCollection **ppRequiredProtectionSchemas) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetOriginatorID(GUID *pguidOriginatorID) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetMinimumGRLVersion(DWORD *pdwMinimumGRLVersion) = 0;
};
#ifdef __CRT_UUID_DECL
__CRT_UUID_DECL(IMFOutputPolicy, 0x7f00f10a, 0xdaed, 0x41af, 0xab, 0x26, 0x5f, 0xdf, 0xa4, 0xdf, 0xba, 0x3c)
#endif
#endif
#ifndef __IMFOutputSchema_INTERFACE_DEFINED__
#define __IMFOutputSchema_INTERFACE_DEFINED__
EXTERN_C const IID IID_IMFOutputSchema;
struct IMFOutputSchema : public IMFAttributes {
	virtual HRESULT STDMETHODCALLTYPE GetSchemaType(GUID *pguidSchemaType) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetConfigurationData(DWORD *pdwVal) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetOriginatorID(GUID *pguidOriginatorID) = 0;
};
#ifdef __CRT_UUID_DECL
__CRT_UUID_DECL(IMFOutputSchema, 0x7be0fc5b, 0xabd9, 0x44fb, 0xa5, 0xc8, 0xf5, 0x01, 0x36, 0xe7, 0x15, 0x99)
#endif
#endif
#ifndef __IMFSecureChannel_INTERFACE_DEFINED__
#define __IMFSecureChannel_INTERFACE_DEFINED__
EXTERN_C const IID IID_IMFSecureChannel;
struct IMFSecureChannel : public IUnknown {
	virtual HRESULT STDMETHODCALLTYPE GetCertificate(BYTE **ppCert, DWORD *pcbCert) = 0;
	virtual HRESULT STDMETHODCALLTYPE SetupSession(BYTE *pbEncryptedSessionKey, DWORD cbSessionKey) = 0;
};
#ifdef __CRT_UUID_DECL
__CRT_UUID_DECL(IMFSecureChannel, 0xd0ae555d, 0x3b12, 0x4d97, 0xb0, 0x60, 0x09, 0x90, 0xbc, 0x5a, 0xeb, 0x67)
#endif
#endif
#ifndef __IMFSampleProtection_INTERFACE_DEFINED__
#define __IMFSampleProtection_INTERFACE_DEFINED__
EXTERN_C const IID IID_IMFSampleProtection;
struct IMFSampleProtection : public IUnknown {
	virtual HRESULT STDMETHODCALLTYPE GetInputProtectionVersion(DWORD *pdwVersion) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetOutputProtectionVersion(DWORD *pdwVersion) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetProtectionCertificate(DWORD dwVersion, BYTE **ppCert, DWORD *pcbCert) = 0;
	virtual HRESULT STDMETHODCALLTYPE InitOutputProtection(DWORD dwVersion, DWORD dwOutputId, BYTE *pbCert, DWORD cbCert, BYTE **ppbSeed, DWORD *pcbSeed) = 0;
	virtual HRESULT STDMETHODCALLTYPE InitInputProtection(DWORD dwVersion, DWORD dwInputId, BYTE *pbSeed, DWORD cbSeed) = 0;
};
#ifdef __CRT_UUID_DECL
__CRT_UUID_DECL(IMFSampleProtection, 0x8e36395f, 0xc7b9, 0x43c4, 0xa5, 0x4d, 0x51, 0x2b, 0x4a, 0xf6, 0x3c, 0x95)
#endif
#endif
#ifndef __IMFStreamingSinkConfig_INTERFACE_DEFINED__
#define __IMFStreamingSinkConfig_INTERFACE_DEFINED__
EXTERN_C const IID IID_IMFStreamingSinkConfig;
struct IMFStreamingSinkConfig : public IUnknown {
	virtual HRESULT STDMETHODCALLTYPE StartStreaming(BOOL fSeekOffsetIsByteOffset, QWORD qwSeekOffset) = 0;
};
#ifdef __CRT_UUID_DECL
__CRT_UUID_DECL(IMFStreamingSinkConfig, 0x9db7aa41, 0x3cc5, 0x40d4, 0x85, 0x09, 0x55, 0x58, 0x04, 0xad, 0x34, 0xcc)
#endif
#endif
#ifndef __IMFRemoteProxy_INTERFACE_DEFINED__
#define __IMFRemoteProxy_INTERFACE_DEFINED__
EXTERN_C const IID IID_IMFRemoteProxy;
struct IMFRemoteProxy : public IUnknown {
	virtual HRESULT STDMETHODCALLTYPE GetRemoteObject(REFIID riid, void **ppv) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetRemoteHost(REFIID riid, void **ppv) = 0;
};
#ifdef __CRT_UUID_DECL
__CRT_UUID_DECL(IMFRemoteProxy, 0x994e23ad, 0x1cc2, 0x493c, 0xb9, 0xfa, 0x46, 0xf1, 0xcb, 0x04, 0x0f, 0xa4)
#endif
#endif
#ifndef __IMFObjectReferenceStream_INTERFACE_DEFINED__
#define __IMFObjectReferenceStream_INTERFACE_DEFINED__
EXTERN_C const IID IID_IMFObjectReferenceStream;
struct IMFObjectReferenceStream : public IUnknown {
	virtual HRESULT STDMETHODCALLTYPE SaveReference(REFIID riid, IUnknown *pUnk) = 0;
	virtual HRESULT STDMETHODCALLTYPE LoadReference(REFIID riid, void **ppv) = 0;
};
#ifdef __CRT_UUID_DECL
__CRT_UUID_DECL(IMFObjectReferenceStream, 0x09ef5be3, 0xc8a7, 0x469e, 0x8b, 0x70, 0x73, 0xbf, 0x25, 0xbb, 0x19, 0x3f)
#endif
#endif
#ifndef __IMFPMPHost_INTERFACE_DEFINED__
#define __IMFPMPHost_INTERFACE_DEFINED__
EXTERN_C const IID IID_IMFPMPHost;
struct IMFPMPHost : public IUnknown {
	virtual HRESULT STDMETHODCALLTYPE LockProcess(void) = 0;
	virtual HRESULT STDMETHODCALLTYPE UnlockProcess(void) = 0;
	virtual HRESULT STDMETHODCALLTYPE CreateObjectByCLSID(REFCLSID clsid, IStream *pStream, REFIID riid, void **ppv) = 0;
};
#ifdef __CRT_UUID_DECL
__CRT_UUID_DECL(IMFPMPHost, 0xf70ca1a9, 0xfdc7, 0x4782, 0xb9, 0x94, 0xad, 0xff, 0xb1, 0xc9, 0x86, 0x06)
#endif
#endif
#ifndef __IMFPMPClient_INTERFACE_DEFINED__
#define __IMFPMPClient_INTERFACE_DEFINED__
EXTERN_C const IID IID_IMFPMPClient;
struct IMFPMPClient : public IUnknown {
	virtual HRESULT STDMETHODCALLTYPE SetPMPHost(IMFPMPHost *pPMPHost) = 0;
};
#ifdef __CRT_UUID_DECL
__CRT_UUID_DECL(IMFPMPClient, 0x6c4e655d, 0xead8, 0x4421, 0xb6, 0xb9, 0x54, 0xdc, 0xdb, 0xbd, 0xf8, 0x20)
#endif
#endif
#ifndef __IMFSAMIStyle_INTERFACE_DEFINED__
#define __IMFSAMIStyle_INTERFACE_DEFINED__
EXTERN_C const IID IID_IMFSAMIStyle;
struct IMFSAMIStyle : public IUnknown {
	virtual HRESULT STDMETHODCALLTYPE GetStyleCount(DWORD *pdwCount) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetStyles(PROPVARIANT *pPropVarStyleArray) = 0;
	virtual HRESULT STDMETHODCALLTYPE SetSelectedStyle(LPCWSTR pwszStyle) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetSelectedStyle(LPWSTR *ppwszStyle) = 0;
};
#ifdef __CRT_UUID_DECL
__CRT_UUID_DECL(IMFSAMIStyle, 0xa7e025dd, 0x5303, 0x4a62, 0x89, 0xd6, 0xe7, 0x47, 0xe1, 0xef, 0xac, 0x73)
#endif
#endif
#ifndef __IMFTranscodeSinkInfoProvider_INTERFACE_DEFINED__
#define __IMFTranscodeSinkInfoProvider_INTERFACE_DEFINED__
EXTERN_C const IID IID_IMFTranscodeSinkInfoProvider;
struct IMFTranscodeSinkInfoProvider : public IUnknown {
	virtual HRESULT STDMETHODCALLTYPE SetOutputFile(LPCWSTR pwszFileName) = 0;
	virtual HRESULT STDMETHODCALLTYPE SetOutputByteStream(IMFActivate *pByteStreamActivate) = 0;
	virtual HRESULT STDMETHODCALLTYPE SetProfile(IMFTranscodeProfile *pProfile) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetSinkInfo(MF_TRANSCODE_SINK_INFO *pSinkInfo) = 0;
};
#ifdef __CRT_UUID_DECL
__CRT_UUID_DECL(IMFTranscodeSinkInfoProvider, 0x8cffcd2e, 0x5a03, 0x4a3a, 0xaf, 0xf7, 0xed, 0xcd, 0x10, 0x7c, 0x62, 0x0e)
#endif
#endif
#ifndef __IMFFieldOfUseMFTUnlock_INTERFACE_DEFINED__
#define __IMFFieldOfUseMFTUnlock_INTERFACE_DEFINED__
EXTERN_C const IID IID_IMFFieldOfUseMFTUnlock;
struct IMFFieldOfUseMFTUnlock : public IUnknown {
	virtual HRESULT STDMETHODCALLTYPE Unlock(IUnknown *pUnkMFT) = 0;
};
#ifdef __CRT_UUID_DECL
__CRT_UUID_DECL(IMFFieldOfUseMFTUnlock, 0x508e71d3, 0xec66, 0x4fc3, 0x87, 0x75, 0xb4, 0xb9, 0xed, 0x6b, 0xa8, 0x47)
#endif
#endif
#ifndef __IMFLocalMFTRegistration_INTERFACE_DEFINED__
#define __IMFLocalMFTRegistration_INTERFACE_DEFINED__
EXTERN_C const IID IID_IMFLocalMFTRegistration;
struct IMFLocalMFTRegistration : public IUnknown {
	virtual HRESULT STDMETHODCALLTYPE RegisterMFTs(MFT_REGISTRATION_INFO *pMFTs, DWORD cMFTs) = 0;
};
#ifdef __CRT_UUID_DECL
__CRT_UUID_DECL(IMFLocalMFTRegistration, 0x149c4d73, 0xb4be, 0x4f8d, 0x8b, 0x87, 0x07, 0x9e, 0x92, 0x6b, 0x6a, 0xdd)
#endif
#endif
#ifndef __IMFPMPHostApp_INTERFACE_DEFINED__
#define __IMFPMPHostApp_INTERFACE_DEFINED__
EXTERN_C const IID IID_IMFPMPHostApp;
struct IMFPMPHostApp : public IUnknown {
	virtual HRESULT STDMETHODCALLTYPE LockProcess(void) = 0;
	virtual HRESULT STDMETHODCALLTYPE UnlockProcess(void) = 0;
	virtual HRESULT STDMETHODCALLTYPE ActivateClassById(LPCWSTR id, IStream *pStream, REFIID riid, void **ppv) = 0;
};
#ifdef __CRT_UUID_DECL
__CRT_UUID_DECL(IMFPMPHostApp, 0x84d2054a, 0x3aa1, 0x4728, 0xa3, 0xb0, 0x44, 0x0a, 0x41, 0x8c, 0xf4, 0x9c)
#endif
#endif
#ifndef __IMFPMPClientApp_INTERFACE_DEFINED__
#define __IMFPMPClientApp_INTERFACE_DEFINED__
EXTERN_C const IID IID_IMFPMPClientApp;
struct IMFPMPClientApp : public IUnknown {
	virtual HRESULT STDMETHODCALLTYPE SetPMPHost(IMFPMPHostApp *pPMPHost) = 0;
};
#ifdef __CRT_UUID_DECL
__CRT_UUID_DECL(IMFPMPClientApp, 0xc004f646, 0xbe2c, 0x48f3, 0x93, 0xa2, 0xa0, 0x98, 0x3e, 0xba, 0x11, 0x08)
#endif
#endif
#ifndef __IMFProtectedEnvironmentAccess_INTERFACE_DEFINED__
#define __IMFProtectedEnvironmentAccess_INTERFACE_DEFINED__
EXTERN_C const IID IID_IMFProtectedEnvironmentAccess;
struct IMFProtectedEnvironmentAccess : public IUnknown {
	virtual HRESULT STDMETHODCALLTYPE Call(UINT32 inputLength, const BYTE *input, UINT32 outputLength, BYTE *output) = 0;
	virtual HRESULT STDMETHODCALLTYPE ReadGRL(UINT32 *outputLength, BYTE **output) = 0;
};
#ifdef __CRT_UUID_DECL
__CRT_UUID_DECL(IMFProtectedEnvironmentAccess, 0xef5dc845, 0xf0d9, 0x4ec9, 0xb0, 0x0c, 0xcb, 0x51, 0x83, 0xd3, 0x84, 0x34)
#endif
#endif
#ifndef __IMFSignedLibrary_INTERFACE_DEFINED__
#define __IMFSignedLibrary_INTERFACE_DEFINED__
EXTERN_C const IID IID_IMFSignedLibrary;
struct IMFSignedLibrary : public IUnknown {
	virtual HRESULT STDMETHODCALLTYPE GetProcedureAddress(LPCSTR name, PVOID *address) = 0;
};
#ifdef __CRT_UUID_DECL
__CRT_UUID_DECL(IMFSignedLibrary, 0x4a724bca, 0xff6a, 0x4c07, 0x8e, 0x0d, 0x7a, 0x35, 0x84, 0x21, 0xcf, 0x06)
#endif
#endif
#ifndef __IMFSystemId_INTERFACE_DEFINED__
#define __IMFSystemId_INTERFACE_DEFINED__
EXTERN_C const IID IID_IMFSystemId;
struct IMFSystemId : public IUnknown {
	virtual HRESULT STDMETHODCALLTYPE GetData(UINT32 *size, BYTE **data) = 0;
	virtual HRESULT STDMETHODCALLTYPE Setup(UINT32 stage, UINT32 cbIn, const BYTE *pbIn, UINT32 *pcbOut, BYTE **ppbOut) = 0;
};
#ifdef __CRT_UUID_DECL
__CRT_UUID_DECL(IMFSystemId, 0xfff4af3a, 0x1fc1, 0x4ef9, 0xa2, 0x9b, 0xd2, 0x6c, 0x49, 0xe2, 0xf3, 0x1a)
#endif
#endif
#ifndef __IMFContentProtectionDevice_INTERFACE_DEFINED__
#define __IMFContentProtectionDevice_INTERFACE_DEFINED__
EXTERN_C const IID IID_IMFContentProtectionDevice;
struct IMFContentProtectionDevice : public IUnknown {
	virtual HRESULT STDMETHODCALLTYPE InvokeFunction(DWORD FunctionId, DWORD InputBufferByteCount, const BYTE *InputBuffer, DWORD *OutputBufferByteCount, BYTE *OutputBuffer) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetPrivateDataByteCount(DWORD *PrivateInputByteCount, DWORD *PrivateOutputByteCount) = 0;
};
#ifdef __CRT_UUID_DECL
__CRT_UUID_DECL(IMFContentProtectionDevice, 0xe6257174, 0xa060, 0x4c9a, 0xa0, 0x88, 0x3b, 0x1b, 0x47, 0x1c, 0xad, 0x28)
#endif
#endif
#ifndef __IMFContentDecryptorContext_INTERFACE_DEFINED__
#define __IMFContentDecryptorContext_INTERFACE_DEFINED__
EXTERN_C const IID IID_IMFContentDecryptorContext;
struct IMFContentDecryptorContext : public IUnknown {
	virtual HRESULT STDMETHODCALLTYPE InitializeHardwareKey(UINT InputPrivateDataByteCount, const void *InputPrivateData, UINT64 *OutputPrivateData) = 0;
};
#ifdef __CRT_UUID_DECL
__CRT_UUID_DECL(IMFContentDecryptorContext, 0x7ec4b1bd, 0x43fb, 0x4763, 0x85, 0xd2, 0x64, 0xfc, 0xb5, 0xc5, 0xf4, 0xcb)
#endif
#endif
#ifndef __IMFNetCrossOriginSupport_INTERFACE_DEFINED__
#define __IMFNetCrossOriginSupport_INTERFACE_DEFINED__
EXTERN_C const IID IID_IMFNetCrossOriginSupport;
struct IMFNetCrossOriginSupport : public IUnknown {
	virtual HRESULT STDMETHODCALLTYPE GetCrossOriginPolicy(MF_CROSS_ORIGIN_POLICY *pPolicy) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetSourceOrigin(LPWSTR *wszSourceOrigin) = 0;
	virtual HRESULT STDMETHODCALLTYPE IsSameOrigin(LPCWSTR wszURL, BOOL *pfIsSameOrigin) = 0;
};
#ifdef __CRT_UUID_DECL
__CRT_UUID_DECL(IMFNetCrossOriginSupport, 0xbc2b7d44, 0xa72d, 0x49d5, 0x83, 0x76, 0x14, 0x80, 0xde, 0xe5, 0x8b, 0x22)
#endif
#endif
#ifndef __IMFHttpDownloadRequest_INTERFACE_DEFINED__
#define __IMFHttpDownloadRequest_INTERFACE_DEFINED__
EXTERN_C const IID IID_IMFHttpDownloadRequest;
struct IMFHttpDownloadRequest : public IUnknown {
	virtual HRESULT STDMETHODCALLTYPE AddHeader(LPCWSTR szHeader) = 0;
	virtual HRESULT STDMETHODCALLTYPE BeginSendRequest(const BYTE *pbPayload, ULONG cbPayload, IMFAsyncCallback *pCallback, IUnknown *punkState) = 0;
	virtual HRESULT STDMETHODCALLTYPE EndSendRequest(IMFAsyncResult *pResult) = 0;
	virtual HRESULT STDMETHODCALLTYPE BeginReceiveResponse(IMFAsyncCallback *pCallback, IUnknown *punkState) = 0;
	virtual HRESULT STDMETHODCALLTYPE EndReceiveResponse(IMFAsyncResult *pResult) = 0;
	virtual HRESULT STDMETHODCALLTYPE BeginReadPayload(BYTE *pb, ULONG cb, IMFAsyncCallback *pCallback, IUnknown *punkState) = 0;
	virtual HRESULT STDMETHODCALLTYPE EndReadPayload(IMFAsyncResult *pResult, QWORD *pqwOffset, ULONG *pcbRead) = 0;
	virtual HRESULT STDMETHODCALLTYPE QueryHeader(LPCWSTR szHeaderName, DWORD dwIndex, LPWSTR *ppszHeaderValue) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetURL(LPWSTR *ppszURL) = 0;
	virtual HRESULT STDMETHODCALLTYPE HasNullSourceOrigin(BOOL *pfNullSourceOrigin) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetTimeSeekResult(QWORD *pqwStartTime, QWORD *pqwStopTime, QWORD *pqwDuration) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetHttpStatus(DWORD *pdwHttpStatus) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetAtEndOfPayload(BOOL *pfAtEndOfPayload) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetTotalLength(QWORD *pqwTotalLength) = 0;
	virtual HRESULT STDMETHODCALLTYPE GetRangeEndOffset(QWORD *pqwRangeEnd) = 0;
	virtual HRESULT STDMETHODCALLTYPE Close(void) = 0;
};
#ifdef __CRT_UUID_DECL
__CRT_UUID_DECL(IMFHttpDownloadRequest, 0xf779fddf, 0x26e7, 0x4270, 0x8a, 0x8b, 0xb9, 0x83, 0xd1, 0x85, 0x9d, 0xe0)
#endif
#endif
#ifndef __IMFHttpDownloadSession_INTERFACE_DEFINED__
#define __IMFHttpDownloadSession_INTERFACE_DEFINED__
EXTERN_C const IID IID_IMFHttpDownloadSession;
struct IMFHttpDownloadSession : public IUnknown {
	virtual HRESULT STDMETHODCALLTYPE SetServer(LPCWSTR szServerName, DWORD nPort) = 0;
	virtual HRESULT STDMETHODCALLTYPE CreateRequest(LPCWSTR szObjectName, BOOL fBypassProxyCache, BOOL fSecure, LPCWSTR szVerb, LPCWSTR szReferrer, IMFHttpDownloadRequest **ppRequest) = 0;
	virtual HRESULT STDMETHODCALLTYPE Close(void) = 0;
};
#ifdef __CRT_UUID_DECL
__CRT_UUID_DECL(IMFHttpDownloadSession, 0x71fa9a2c, 0x53ce, 0x4662, 0xa1, 0x32, 0x1a, 0x7e, 0x8c, 0xbf, 0x62, 0xdb)
#endif
#endif
#ifndef __IMFHttpDownloadSessionProvider_INTERFACE_DEFINED__
#define __IMFHttpDownloadSessionProvider_INTERFACE_DEFINED__
EXTERN_C const IID IID_IMFHttpDownloadSessionProvider;
struct IMFHttpDownloadSessionProvider : public IUnknown {
	virtual HRESULT STDMETHODCALLTYPE CreateHttpDownloadSession(LPCWSTR wszScheme, IMFHttpDownloadSession **ppDownloadSession) = 0;
};
#ifdef __CRT_UUID_DECL
__CRT_UUID_DECL(IMFHttpDownloadSessionProvider, 0x1b4cf4b9, 0x3a16, 0x4115, 0x83, 0x9d, 0x03, 0xcc, 0x5c, 0x99, 0xdf, 0x01)
#endif
#endif
#ifndef __IMFFaceDetectionTransformCallback_INTERFACE_DEFINED__
#define __IMFFaceDetectionTransformCallback_INTERFACE_DEFINED__
EXTERN_C const IID IID_IMFFaceDetectionTransformCallback;
struct IMFFaceDetectionTransformCallback : public IUnknown {
	virtual void STDMETHODCALLTYPE OnFaceDetectionResult(ULONG countOfBounds, DetectedFaceBound *detectedFaceBounds) = 0;
};
#ifdef __CRT_UUID_DECL
__CRT_UUID_DECL(IMFFaceDetectionTransformCallback, 0x0bfd1ade, 0x0421, 0x4909, 0xac, 0xb7, 0x7a, 0x71, 0x25, 0x41, 0x68, 0x81)
#endif
#endif
#ifndef __IMFFaceDetectionTransform_INTERFACE_DEFINED__
#define __IMFFaceDetectionTransform_INTERFACE_DEFINED__
EXTERN_C const IID IID_IMFFaceDetectionTransform;
struct IMFFaceDetectionTransform : public IUnknown {
	virtual HRESULT STDMETHODCALLTYPE SetDetectionCallback(IMFFaceDetectionTransformCallback *callback, void **callbackToken) = 0;
	virtual HRESULT STDMETHODCALLTYPE ClearDetectionCallback(void *callbackToken) = 0;
};
#ifdef __CRT_UUID_DECL
__CRT_UUID_DECL(IMFFaceDetectionTransform, 0xddd59578, 0xd0e7, 0x46e2, 0xbe, 0x8c, 0x1c, 0xe7, 0x6a, 0xd1, 0x47, 0xc0)
#endif
#endif
#endif /* __cplusplus */
#endif /* DRISO_HAVE_MFIDL_REST */
#endif
