/*
 * driso_portcls_extras.h: PortCls (portcls.h) declarations of Windows 8 /
 * 10 that mingw-w64's Vista-era portcls.h lacks: the WaveRT packet and
 * audio-engine (offload) miniport interfaces, signal processing modes,
 * PortCls ETW / notification / runtime power / stream resource helper
 * interfaces, PcGetPhysicalDeviceObject, and the IMP_* member-declaration
 * macros for IMiniportTopology and IMiniportWaveRTStreamNotification
 * (mingw declares those interfaces but not their IMP_ macros). Written
 * from the Learn portcls.h reference; methods are declared in the order
 * the reference lists them (parsing does not depend on vtable order).
 * Interface IIDs are declared, not restated. As in the WDK, an IMP_ macro
 * of a derived interface declares only that interface's own methods
 * (drivers list IMP_IMiniportWaveRTStream and IMP_IMiniportWaveRTStream-
 * Notification separately), except the miniport ones, which include
 * IMP_IMiniport like mingw's IMP_IMiniportWaveRT. Kernel only.
 */
#ifndef DRISO_PORTCLS_EXTRAS_H
#define DRISO_PORTCLS_EXTRAS_H
#include "driso_shims.h"

#ifndef DRISO_HAVE_PORTCLS_W8
#define DRISO_HAVE_PORTCLS_W8

/* Automation tables with events (mingw has only the property form) */
#ifndef DEFINE_PCAUTOMATION_TABLE_PROP_EVENT
#define DEFINE_PCAUTOMATION_TABLE_PROP_EVENT(AutomationTable, PropertyTable, EventTable) \
	const PCAUTOMATION_TABLE AutomationTable = { sizeof(PropertyTable[0]), \
						     SIZEOF_ARRAY(PropertyTable), \
						     (const PCPROPERTY_ITEM *)PropertyTable, \
						     0, \
						     0, \
						     NULL, \
						     sizeof(EventTable[0]), \
						     SIZEOF_ARRAY(EventTable), \
						     (const PCEVENT_ITEM *)EventTable, \
						     0 }
#endif
#ifndef DEFINE_PCAUTOMATION_TABLE_EVENT
#define DEFINE_PCAUTOMATION_TABLE_EVENT(AutomationTable, EventTable) \
	const PCAUTOMATION_TABLE AutomationTable = { 0, 0, NULL, 0, 0, NULL, sizeof(EventTable[0]), \
						     SIZEOF_ARRAY(EventTable), (const PCEVENT_ITEM *)EventTable, 0 }
#endif

#ifndef IMP_IMiniportTopology
#define IMP_IMiniportTopology \
	IMP_IMiniport; \
	STDMETHODIMP_(NTSTATUS) Init(IN PUNKNOWN UnknownAdapter, IN PRESOURCELIST ResourceList, IN PPORTTOPOLOGY Port)
#endif
#ifndef IMP_IMiniportWaveRTStreamNotification
#define IMP_IMiniportWaveRTStreamNotification \
	STDMETHODIMP_(NTSTATUS) AllocateBufferWithNotification(IN ULONG NotificationCount, IN ULONG RequestedSize, \
		OUT PMDL *AudioBufferMdl, OUT ULONG *ActualSize, OUT ULONG *OffsetFromFirstPage, \
		OUT MEMORY_CACHING_TYPE *CacheType); \
	STDMETHODIMP_(VOID) FreeBufferWithNotification(IN PMDL AudioBufferMdl, IN ULONG BufferSize); \
	STDMETHODIMP_(NTSTATUS) RegisterNotificationEvent(IN PKEVENT NotificationEvent); \
	STDMETHODIMP_(NTSTATUS) UnregisterNotificationEvent(IN PKEVENT NotificationEvent)
#endif
typedef IMiniportWaveRTStreamNotification *PMINIPORTWAVERTSTREAMNOTIFICATION;

PORTCLASSAPI NTSTATUS NTAPI PcGetPhysicalDeviceObject(IN PDEVICE_OBJECT DeviceObject, OUT PDEVICE_OBJECT *PhysicalDeviceObject);

/* ETW helper */
typedef enum {
	eMINIPORT_IHV_DEFINED = 0,
	eMINIPORT_BUFFER_COMPLETE,
	eMINIPORT_PIN_STATE,
	eMINIPORT_GET_STREAM_POSITION,
	eMINIPORT_SET_WAVERT_BUFFER_WRITE_POSITION,
	eMINIPORT_GET_PRESENTATION_POSITION,
	eMINIPORT_PROGRAM_DMA,
	eMINIPORT_GLITCH_REPORT,
	eMINIPORT_LAST_BUFFER_RENDERED,
	eMINIPORT_PROCESSING_MODE,
	eMINIPORT_FX_CLSID,
	eMINIPORT_MaxValue
} EPcMiniportEngineEvent;

DEFINE_GUIDEX(IID_IPortClsEtwHelper);
#undef INTERFACE
#define INTERFACE IPortClsEtwHelper
DECLARE_INTERFACE_(IPortClsEtwHelper, IUnknown)
{
	DEFINE_ABSTRACT_UNKNOWN()
	STDMETHOD_(NTSTATUS, MiniportWriteEtwEvent)(THIS_ EPcMiniportEngineEvent miniportEventType,
		ULONGLONG pvData1, ULONGLONG pvData2, ULONGLONG ulData3, ULONGLONG ulData4) PURE;
};
typedef IPortClsEtwHelper *PPORTCLSETWHELPER;

/* PnP notifications (audio modules, Windows 10 1703) */
typedef struct _PCNOTIFICATION_BUFFER {
	UCHAR NotificationBuffer[1];
} PCNOTIFICATION_BUFFER, *PPCNOTIFICATION_BUFFER;
DEFINE_GUIDEX(IID_IPortClsNotifications);
#undef INTERFACE
#define INTERFACE IPortClsNotifications
DECLARE_INTERFACE_(IPortClsNotifications, IUnknown)
{
	DEFINE_ABSTRACT_UNKNOWN()
	STDMETHOD_(NTSTATUS, AllocNotificationBuffer)(THIS_ POOL_TYPE PoolType, USHORT NumberOfBytes,
		PPCNOTIFICATION_BUFFER *NotificationBuffer) PURE;
	STDMETHOD_(void, FreeNotificationBuffer)(THIS_ PPCNOTIFICATION_BUFFER NotificationBuffer) PURE;
	STDMETHOD_(void, SendNotification)(THIS_ const GUID *NotificationId, PPCNOTIFICATION_BUFFER NotificationBuffer) PURE;
};
typedef IPortClsNotifications *PPORTCLSNOTIFICATIONS;

/* power */
DEFINE_GUIDEX(IID_IPortClsPower);
#undef INTERFACE
#define INTERFACE IPortClsPower
DECLARE_INTERFACE_(IPortClsPower, IUnknown)
{
	DEFINE_ABSTRACT_UNKNOWN()
	STDMETHOD_(NTSTATUS, RegisterAdapterPowerManagement)(THIS_ PUNKNOWN pUnknown, PDEVICE_OBJECT DeviceObject) PURE;
	STDMETHOD_(NTSTATUS, UnregisterAdapterPowerManagement)(THIS_ PDEVICE_OBJECT DeviceObject) PURE;
	STDMETHOD_(NTSTATUS, SetIdlePowerManagement)(THIS_ PDEVICE_OBJECT DeviceObject, BOOL bEnabled) PURE;
};
typedef IPortClsPower *PPORTCLSPOWER;

typedef NTSTATUS (*PCPFNRUNTIMEPOWERCONTROL_CALLBACK)(PVOID Context, LPCGUID PowerControlCode,
	PVOID InBuffer, SIZE_T InBufferSize, PVOID OutBuffer, SIZE_T OutBufferSize, PSIZE_T BytesReturned);
DEFINE_GUIDEX(IID_IPortClsRuntimePower);
#undef INTERFACE
#define INTERFACE IPortClsRuntimePower
DECLARE_INTERFACE_(IPortClsRuntimePower, IUnknown)
{
	DEFINE_ABSTRACT_UNKNOWN()
	STDMETHOD_(NTSTATUS, RegisterPowerControlCallback)(THIS_ PDEVICE_OBJECT DeviceObject,
		PCPFNRUNTIMEPOWERCONTROL_CALLBACK Callback, PVOID Context) PURE;
	STDMETHOD_(NTSTATUS, UnregisterPowerControlCallback)(THIS_ PDEVICE_OBJECT DeviceObject) PURE;
	STDMETHOD_(NTSTATUS, SendPowerControl)(THIS_ PDEVICE_OBJECT DeviceObject, LPCGUID PowerControlCode,
		PVOID InBuffer, SIZE_T InBufferSize, PVOID OutBuffer, SIZE_T OutBufferSize, PSIZE_T BytesReturned) PURE;
};
typedef IPortClsRuntimePower *PPORTCLSRUNTIMEPOWER;

/* stream resources (Windows 10) */
typedef enum _PcStreamResourceType {
	ePcStreamResourceInterrupt,
	ePcStreamResourceThread,
	ePcStreamResourceSet
} PcStreamResourceType, *PPcStreamResourceType;
typedef struct _PCSTREAMRESOURCE_DESCRIPTOR {
	ULONG Size;
	ULONG Flags;
	PDEVICE_OBJECT Pdo;
	PcStreamResourceType Type;
	union {
		struct {
			ULONG Version;
			PVOID Generic;
		} Interrupt;
		PETHREAD Thread;
		PVOID ResourceSet;
	} Resource;
} PCSTREAMRESOURCE_DESCRIPTOR, *PPCSTREAMRESOURCE_DESCRIPTOR;
DRISO_INLINE VOID PCSTREAMRESOURCE_DESCRIPTOR_INIT(PPCSTREAMRESOURCE_DESCRIPTOR Descriptor)
{
	RtlZeroMemory(Descriptor, sizeof(*Descriptor));
	Descriptor->Size = sizeof(*Descriptor);
}
typedef PVOID PCSTREAMRESOURCE;
DEFINE_GUIDEX(IID_IPortClsStreamResourceManager);
#undef INTERFACE
#define INTERFACE IPortClsStreamResourceManager
DECLARE_INTERFACE_(IPortClsStreamResourceManager, IUnknown)
{
	DEFINE_ABSTRACT_UNKNOWN()
	STDMETHOD_(NTSTATUS, AddStreamResource)(THIS_ PUNKNOWN Unknown, PPCSTREAMRESOURCE_DESCRIPTOR ResourceDescriptor,
		PCSTREAMRESOURCE *ResourceHandle) PURE;
	STDMETHOD_(NTSTATUS, RemoveStreamResource)(THIS_ PCSTREAMRESOURCE ResourceHandle) PURE;
};
typedef IPortClsStreamResourceManager *PPORTCLSStreamResourceManager;
DEFINE_GUIDEX(IID_IPortClsStreamResourceManager2);
#undef INTERFACE
#define INTERFACE IPortClsStreamResourceManager2
DECLARE_INTERFACE_(IPortClsStreamResourceManager2, IPortClsStreamResourceManager)
{
	DEFINE_ABSTRACT_UNKNOWN()
	STDMETHOD_(NTSTATUS, AddStreamResource)(THIS_ PUNKNOWN Unknown, PPCSTREAMRESOURCE_DESCRIPTOR ResourceDescriptor,
		PCSTREAMRESOURCE *ResourceHandle) PURE;
	STDMETHOD_(NTSTATUS, RemoveStreamResource)(THIS_ PCSTREAMRESOURCE ResourceHandle) PURE;
	STDMETHOD_(NTSTATUS, AddStreamResource2)(THIS_ PDEVICE_OBJECT PhysicalDeviceObject, PUNKNOWN Unknown,
		PPCSTREAMRESOURCE_DESCRIPTOR ResourceDescriptor, PCSTREAMRESOURCE *ResourceHandle) PURE;
};
typedef IPortClsStreamResourceManager2 *PPORTCLSStreamResourceManager2;

/* WaveRT packet mode (Windows 10) */
DEFINE_GUIDEX(IID_IMiniportWaveRTInputStream);
#undef INTERFACE
#define INTERFACE IMiniportWaveRTInputStream
DECLARE_INTERFACE_(IMiniportWaveRTInputStream, IUnknown)
{
	DEFINE_ABSTRACT_UNKNOWN()
	STDMETHOD_(NTSTATUS, GetReadPacket)(THIS_ ULONG *PacketNumber, DWORD *Flags, ULONG64 *PerformanceCounterValue,
		BOOL *MoreData) PURE;
};
typedef IMiniportWaveRTInputStream *PMINIPORTWAVERTINPUTSTREAM;
#define IMP_IMiniportWaveRTInputStream \
	STDMETHODIMP_(NTSTATUS) GetReadPacket(ULONG *PacketNumber, DWORD *Flags, ULONG64 *PerformanceCounterValue, BOOL *MoreData)

DEFINE_GUIDEX(IID_IMiniportWaveRTOutputStream);
#undef INTERFACE
#define INTERFACE IMiniportWaveRTOutputStream
DECLARE_INTERFACE_(IMiniportWaveRTOutputStream, IUnknown)
{
	DEFINE_ABSTRACT_UNKNOWN()
	STDMETHOD_(NTSTATUS, SetWritePacket)(THIS_ ULONG PacketNumber, DWORD Flags, ULONG EosPacketLength) PURE;
	STDMETHOD_(NTSTATUS, GetOutputStreamPresentationPosition)(THIS_ KSAUDIO_PRESENTATION_POSITION *pPresentationPosition) PURE;
	STDMETHOD_(NTSTATUS, GetPacketCount)(THIS_ ULONG *pPacketCount) PURE;
};
typedef IMiniportWaveRTOutputStream *PMINIPORTWAVERTOUTPUTSTREAM;
#define IMP_IMiniportWaveRTOutputStream \
	STDMETHODIMP_(NTSTATUS) SetWritePacket(ULONG PacketNumber, DWORD Flags, ULONG EosPacketLength); \
	STDMETHODIMP_(NTSTATUS) GetOutputStreamPresentationPosition(KSAUDIO_PRESENTATION_POSITION *pPresentationPosition); \
	STDMETHODIMP_(NTSTATUS) GetPacketCount(ULONG *pPacketCount)

/* signal processing modes */
DEFINE_GUIDEX(IID_IMiniportAudioSignalProcessing);
#undef INTERFACE
#define INTERFACE IMiniportAudioSignalProcessing
DECLARE_INTERFACE_(IMiniportAudioSignalProcessing, IUnknown)
{
	DEFINE_ABSTRACT_UNKNOWN()
	STDMETHOD_(NTSTATUS, GetModes)(THIS_ ULONG Pin, GUID *SignalProcessingModes, ULONG *NumSignalProcessingModes) PURE;
};
typedef IMiniportAudioSignalProcessing *PMINIPORTAudioSignalProcessing;
#define IMP_IMiniportAudioSignalProcessing \
	STDMETHODIMP_(NTSTATUS) GetModes(ULONG Pin, GUID *SignalProcessingModes, ULONG *NumSignalProcessingModes)

/* audio engine (hardware offload) */
typedef enum {
	eMixFormat,
	eDeviceFormat,
	eSupportedDeviceFormats
} eEngineFormatType;
typedef enum {
	eVolumeAttribute,
	eMuteAttribute,
	ePeakMeterAttribute
} eChannelTargetType;

DEFINE_GUIDEX(IID_IMiniportAudioEngineNode);
#undef INTERFACE
#define INTERFACE IMiniportAudioEngineNode
DECLARE_INTERFACE_(IMiniportAudioEngineNode, IUnknown)
{
	DEFINE_ABSTRACT_UNKNOWN()
	STDMETHOD_(NTSTATUS, GetAudioEngineDescriptor)(THIS_ ULONG ulNodeId, KSAUDIOENGINE_DESCRIPTOR *pAudioEngineDescriptor) PURE;
	STDMETHOD_(NTSTATUS, GetBufferSizeRange)(THIS_ ULONG ulNodeId, KSDATAFORMAT_WAVEFORMATEX *pKsDataFormatWfx,
		KSAUDIOENGINE_BUFFER_SIZE_RANGE *pBufferSizeRange) PURE;
	STDMETHOD_(NTSTATUS, GetDeviceAttributeSteppings)(THIS_ ULONG ulNodeId, eChannelTargetType targetType,
		PKSPROPERTY_STEPPING_LONG pKsPropMembHead, UINT32 ui32DataSize) PURE;
	STDMETHOD_(NTSTATUS, GetDeviceChannelCount)(THIS_ ULONG ulNodeId, eChannelTargetType targetType, UINT32 *pui32ChannelCount) PURE;
	STDMETHOD_(NTSTATUS, GetDeviceChannelMute)(THIS_ ULONG ulNodeId, UINT32 ui32ChannelId, BOOL *pbMute) PURE;
	STDMETHOD_(NTSTATUS, GetDeviceChannelPeakMeter)(THIS_ ULONG ulNodeId, UINT32 ui32ChannelId, LONG *plPeakMeterValue) PURE;
	STDMETHOD_(NTSTATUS, GetDeviceChannelVolume)(THIS_ ULONG ulNodeId, UINT32 ui32ChannelId, LONG *plVolumeLevel) PURE;
	STDMETHOD_(NTSTATUS, GetDeviceFormat)(THIS_ ULONG ulNodeId, KSDATAFORMAT_WAVEFORMATEX *pFormat, ULONG ulBufferSize) PURE;
	STDMETHOD_(NTSTATUS, GetEngineFormatSize)(THIS_ ULONG ulNodeId, eEngineFormatType formatType, ULONG *pulFormatSize) PURE;
	STDMETHOD_(NTSTATUS, GetGfxState)(THIS_ ULONG ulNodeId, BOOL *pbEnable) PURE;
	STDMETHOD_(NTSTATUS, GetMixFormat)(THIS_ ULONG ulNodeId, KSDATAFORMAT_WAVEFORMATEX *pFormat, ULONG ulBufferSize) PURE;
	STDMETHOD_(NTSTATUS, GetSupportedDeviceFormats)(THIS_ ULONG ulNodeId, KSMULTIPLE_ITEM *pFormat, ULONG ulBufferSize) PURE;
	STDMETHOD_(NTSTATUS, SetDeviceChannelMute)(THIS_ ULONG ulNodeId, UINT32 ui32ChannelId, BOOL bMute) PURE;
	STDMETHOD_(NTSTATUS, SetDeviceChannelVolume)(THIS_ ULONG ulNodeId, UINT32 ui32ChannelId, LONG lVolumeLevel) PURE;
	STDMETHOD_(NTSTATUS, SetDeviceFormat)(THIS_ ULONG ulNodeId, KSDATAFORMAT_WAVEFORMATEX *pFormat, ULONG ulBufferSize) PURE;
	STDMETHOD_(NTSTATUS, SetGfxState)(THIS_ ULONG ulNodeId, BOOL bEnable) PURE;
};
typedef IMiniportAudioEngineNode *PMINIPORTAUDIOENGINENODE;
#define IMP_IMiniportAudioEngineNode \
	STDMETHODIMP_(NTSTATUS) GetAudioEngineDescriptor(ULONG ulNodeId, KSAUDIOENGINE_DESCRIPTOR *pAudioEngineDescriptor); \
	STDMETHODIMP_(NTSTATUS) GetBufferSizeRange(ULONG ulNodeId, KSDATAFORMAT_WAVEFORMATEX *pKsDataFormatWfx, \
		KSAUDIOENGINE_BUFFER_SIZE_RANGE *pBufferSizeRange); \
	STDMETHODIMP_(NTSTATUS) GetDeviceAttributeSteppings(ULONG ulNodeId, eChannelTargetType targetType, \
		PKSPROPERTY_STEPPING_LONG pKsPropMembHead, UINT32 ui32DataSize); \
	STDMETHODIMP_(NTSTATUS) GetDeviceChannelCount(ULONG ulNodeId, eChannelTargetType targetType, UINT32 *pui32ChannelCount); \
	STDMETHODIMP_(NTSTATUS) GetDeviceChannelMute(ULONG ulNodeId, UINT32 ui32ChannelId, BOOL *pbMute); \
	STDMETHODIMP_(NTSTATUS) GetDeviceChannelPeakMeter(ULONG ulNodeId, UINT32 ui32ChannelId, LONG *plPeakMeterValue); \
	STDMETHODIMP_(NTSTATUS) GetDeviceChannelVolume(ULONG ulNodeId, UINT32 ui32ChannelId, LONG *plVolumeLevel); \
	STDMETHODIMP_(NTSTATUS) GetDeviceFormat(ULONG ulNodeId, KSDATAFORMAT_WAVEFORMATEX *pFormat, ULONG ulBufferSize); \
	STDMETHODIMP_(NTSTATUS) GetEngineFormatSize(ULONG ulNodeId, eEngineFormatType formatType, ULONG *pulFormatSize); \
	STDMETHODIMP_(NTSTATUS) GetGfxState(ULONG ulNodeId, BOOL *pbEnable); \
	STDMETHODIMP_(NTSTATUS) GetMixFormat(ULONG ulNodeId, KSDATAFORMAT_WAVEFORMATEX *pFormat, ULONG ulBufferSize); \
	STDMETHODIMP_(NTSTATUS) GetSupportedDeviceFormats(ULONG ulNodeId, KSMULTIPLE_ITEM *pFormat, ULONG ulBufferSize); \
	STDMETHODIMP_(NTSTATUS) SetDeviceChannelMute(ULONG ulNodeId, UINT32 ui32ChannelId, BOOL bMute); \
	STDMETHODIMP_(NTSTATUS) SetDeviceChannelVolume(ULONG ulNodeId, UINT32 ui32ChannelId, LONG lVolumeLevel); \
	STDMETHODIMP_(NTSTATUS) SetDeviceFormat(ULONG ulNodeId, KSDATAFORMAT_WAVEFORMATEX *pFormat, ULONG ulBufferSize); \
	STDMETHODIMP_(NTSTATUS) SetGfxState(ULONG ulNodeId, BOOL bEnable)

DEFINE_GUIDEX(IID_IMiniportStreamAudioEngineNode);
#undef INTERFACE
#define INTERFACE IMiniportStreamAudioEngineNode
DECLARE_INTERFACE_(IMiniportStreamAudioEngineNode, IUnknown)
{
	DEFINE_ABSTRACT_UNKNOWN()
	STDMETHOD_(NTSTATUS, GetLfxState)(THIS_ BOOL *pbEnable) PURE;
	STDMETHOD_(NTSTATUS, GetStreamAttributeSteppings)(THIS_ eChannelTargetType targetType,
		PKSPROPERTY_STEPPING_LONG pKsPropMembHead, UINT32 ui32DataSize) PURE;
	STDMETHOD_(NTSTATUS, GetStreamChannelCount)(THIS_ eChannelTargetType targetType, UINT32 *pui32ChannelCount) PURE;
	STDMETHOD_(NTSTATUS, GetStreamChannelMute)(THIS_ UINT32 ui32Channel, BOOL *pbMute) PURE;
	STDMETHOD_(NTSTATUS, GetStreamChannelPeakMeter)(THIS_ UINT32 ui32Channel, LONG *plPeakMeterValue) PURE;
	STDMETHOD_(NTSTATUS, GetStreamChannelVolume)(THIS_ UINT32 ui32Channel, LONG *plVolumeLevel) PURE;
	STDMETHOD_(NTSTATUS, GetStreamLinearBufferPosition)(THIS_ ULONGLONG *pullLinearBufferPosition) PURE;
	STDMETHOD_(NTSTATUS, GetStreamPresentationPosition)(THIS_ KSAUDIO_PRESENTATION_POSITION *pPresentationPosition) PURE;
	STDMETHOD_(NTSTATUS, SetLfxState)(THIS_ BOOL bEnable) PURE;
	STDMETHOD_(NTSTATUS, SetStreamChannelMute)(THIS_ UINT32 ui32Channel, BOOL bMute) PURE;
	STDMETHOD_(NTSTATUS, SetStreamChannelVolume)(THIS_ UINT32 ui32Channel, LONG lVolumeLevel,
		AUDIO_CURVE_TYPE CurveType, ULONGLONG CurveDuration) PURE;
	STDMETHOD_(NTSTATUS, SetStreamCurrentWritePosition)(THIS_ ULONG ulCurrentWritePosition) PURE;
	STDMETHOD_(NTSTATUS, SetStreamLoopbackProtection)(THIS_ CONSTRICTOR_OPTION protectionOption) PURE;
};
typedef IMiniportStreamAudioEngineNode *PMINIPORTSTREAMAUDIOENGINENODE;
#define IMP_IMiniportStreamAudioEngineNode \
	STDMETHODIMP_(NTSTATUS) GetLfxState(BOOL *pbEnable); \
	STDMETHODIMP_(NTSTATUS) GetStreamAttributeSteppings(eChannelTargetType targetType, \
		PKSPROPERTY_STEPPING_LONG pKsPropMembHead, UINT32 ui32DataSize); \
	STDMETHODIMP_(NTSTATUS) GetStreamChannelCount(eChannelTargetType targetType, UINT32 *pui32ChannelCount); \
	STDMETHODIMP_(NTSTATUS) GetStreamChannelMute(UINT32 ui32Channel, BOOL *pbMute); \
	STDMETHODIMP_(NTSTATUS) GetStreamChannelPeakMeter(UINT32 ui32Channel, LONG *plPeakMeterValue); \
	STDMETHODIMP_(NTSTATUS) GetStreamChannelVolume(UINT32 ui32Channel, LONG *plVolumeLevel); \
	STDMETHODIMP_(NTSTATUS) GetStreamLinearBufferPosition(ULONGLONG *pullLinearBufferPosition); \
	STDMETHODIMP_(NTSTATUS) GetStreamPresentationPosition(KSAUDIO_PRESENTATION_POSITION *pPresentationPosition); \
	STDMETHODIMP_(NTSTATUS) SetLfxState(BOOL bEnable); \
	STDMETHODIMP_(NTSTATUS) SetStreamChannelMute(UINT32 ui32Channel, BOOL bMute); \
	STDMETHODIMP_(NTSTATUS) SetStreamChannelVolume(UINT32 ui32Channel, LONG lVolumeLevel, \
		AUDIO_CURVE_TYPE CurveType, ULONGLONG CurveDuration); \
	STDMETHODIMP_(NTSTATUS) SetStreamCurrentWritePosition(ULONG ulCurrentWritePosition); \
	STDMETHODIMP_(NTSTATUS) SetStreamLoopbackProtection(CONSTRICTOR_OPTION protectionOption)

DEFINE_GUIDEX(IID_IMiniportStreamAudioEngineNode2);
#undef INTERFACE
#define INTERFACE IMiniportStreamAudioEngineNode2
DECLARE_INTERFACE_(IMiniportStreamAudioEngineNode2, IUnknown) /* Learn: inherits from IUnknown */
{
	DEFINE_ABSTRACT_UNKNOWN()
	STDMETHOD_(NTSTATUS, SetStreamCurrentWritePositionForLastBuffer)(THIS_ ULONG ulWritePosition) PURE;
};
typedef IMiniportStreamAudioEngineNode2 *PMINIPORTSTREAMAUDIOENGINENODE2;
#define IMP_IMiniportStreamAudioEngineNode2 \
	STDMETHODIMP_(NTSTATUS) SetStreamCurrentWritePositionForLastBuffer(ULONG ulWritePosition)

#undef INTERFACE
#endif /* DRISO_HAVE_PORTCLS_W8 */
#endif
