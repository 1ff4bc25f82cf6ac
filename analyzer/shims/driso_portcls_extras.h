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
	STDMETHOD_(NTSTATUS, SetIdlePowerManagement)(THIS_ PDEVICE_OBJECT DeviceObject, BOOLEAN bEnabled) PURE;
};
typedef IPortClsPower *PPORTCLSPOWER;

/* (name, parameter and method order per Microsoft's MIT WDK metadata) */
typedef NTSTATUS (*PCPFNRUNTIME_POWER_CONTROL_CALLBACK)(LPCGUID PowerControlCode, PVOID InBuffer,
	SIZE_T InBufferSize, PVOID OutBuffer, SIZE_T OutBufferSize, PSIZE_T BytesReturned, PVOID Context);
DEFINE_GUIDEX(IID_IPortClsRuntimePower);
#undef INTERFACE
#define INTERFACE IPortClsRuntimePower
DECLARE_INTERFACE_(IPortClsRuntimePower, IUnknown)
{
	DEFINE_ABSTRACT_UNKNOWN()
	STDMETHOD_(NTSTATUS, SendPowerControl)(THIS_ PDEVICE_OBJECT DeviceObject, LPCGUID PowerControlCode,
		PVOID InBuffer, SIZE_T InBufferSize, PVOID OutBuffer, SIZE_T OutBufferSize, PSIZE_T BytesReturned) PURE;
	STDMETHOD_(NTSTATUS, RegisterPowerControlCallback)(THIS_ PDEVICE_OBJECT DeviceObject,
		PCPFNRUNTIME_POWER_CONTROL_CALLBACK Callback, PVOID Context) PURE;
	STDMETHOD_(NTSTATUS, UnregisterPowerControlCallback)(THIS_ PDEVICE_OBJECT DeviceObject) PURE;
};
typedef IPortClsRuntimePower *PPORTCLSRUNTIMEPOWER;

/* stream resources (Windows 10); interface layouts below follow
 * Microsoft's MIT WDK metadata */
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
	STDMETHOD_(NTSTATUS, AddStreamResource)(THIS_ PVOID ResourceSet, PPCSTREAMRESOURCE_DESCRIPTOR ResourceDescriptor,
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
	STDMETHOD_(NTSTATUS, AddStreamResource)(THIS_ PVOID ResourceSet, PPCSTREAMRESOURCE_DESCRIPTOR ResourceDescriptor,
		PCSTREAMRESOURCE *ResourceHandle) PURE;
	STDMETHOD_(NTSTATUS, RemoveStreamResource)(THIS_ PCSTREAMRESOURCE ResourceHandle) PURE;
	STDMETHOD_(NTSTATUS, AddStreamResource2)(THIS_ PDEVICE_OBJECT PhysicalDeviceObject, PVOID ResourceSet,
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
	STDMETHOD_(NTSTATUS, GetGfxState)(THIS_ ULONG ulNodeId, BOOL *pbEnable) PURE;
	STDMETHOD_(NTSTATUS, SetGfxState)(THIS_ ULONG ulNodeId, BOOL bEnable) PURE;
	STDMETHOD_(NTSTATUS, GetEngineFormatSize)(THIS_ ULONG ulNodeId, eEngineFormatType formatType, ULONG *pulFormatSize) PURE;
	STDMETHOD_(NTSTATUS, GetMixFormat)(THIS_ ULONG ulNodeId, KSDATAFORMAT_WAVEFORMATEX *pFormat, ULONG ulBufferSize) PURE;
	STDMETHOD_(NTSTATUS, GetDeviceFormat)(THIS_ ULONG ulNodeId, KSDATAFORMAT_WAVEFORMATEX *pFormat, ULONG ulBufferSize) PURE;
	STDMETHOD_(NTSTATUS, SetDeviceFormat)(THIS_ ULONG ulNodeId, KSDATAFORMAT_WAVEFORMATEX *pFormat, ULONG ulBufferSize) PURE;
	STDMETHOD_(NTSTATUS, GetSupportedDeviceFormats)(THIS_ ULONG ulNodeId, KSMULTIPLE_ITEM *pFormat, ULONG ulBufferSize) PURE;
	STDMETHOD_(NTSTATUS, GetDeviceChannelCount)(THIS_ ULONG ulNodeId, eChannelTargetType targetType, UINT32 *pui32ChannelCount) PURE;
	STDMETHOD_(NTSTATUS, GetDeviceAttributeSteppings)(THIS_ ULONG ulNodeId, eChannelTargetType targetType,
		PKSPROPERTY_STEPPING_LONG pKsPropMembHead, UINT32 ui32DataSize) PURE;
	STDMETHOD_(NTSTATUS, GetDeviceChannelVolume)(THIS_ ULONG ulNodeId, UINT32 ui32ChannelId, LONG *plVolumeLevel) PURE;
	STDMETHOD_(NTSTATUS, SetDeviceChannelVolume)(THIS_ ULONG ulNodeId, UINT32 ui32ChannelId, LONG lVolumeLevel) PURE;
	STDMETHOD_(NTSTATUS, GetDeviceChannelMute)(THIS_ ULONG ulNodeId, UINT32 ui32ChannelId, BOOL *pbMute) PURE;
	STDMETHOD_(NTSTATUS, SetDeviceChannelMute)(THIS_ ULONG ulNodeId, UINT32 ui32ChannelId, BOOL bMute) PURE;
	STDMETHOD_(NTSTATUS, GetDeviceChannelPeakMeter)(THIS_ ULONG ulNodeId, UINT32 ui32ChannelId, LONG *plPeakMeterValue) PURE;
	STDMETHOD_(NTSTATUS, GetBufferSizeRange)(THIS_ ULONG ulNodeId, KSDATAFORMAT_WAVEFORMATEX *pKsDataFormatWfx,
		KSAUDIOENGINE_BUFFER_SIZE_RANGE *pBufferSizeRange) PURE;
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
	STDMETHOD_(NTSTATUS, SetLfxState)(THIS_ BOOL bEnable) PURE;
	STDMETHOD_(NTSTATUS, GetStreamChannelCount)(THIS_ eChannelTargetType targetType, UINT32 *pui32ChannelCount) PURE;
	STDMETHOD_(NTSTATUS, GetStreamAttributeSteppings)(THIS_ eChannelTargetType targetType,
		PKSPROPERTY_STEPPING_LONG pKsPropMembHead, UINT32 ui32DataSize) PURE;
	STDMETHOD_(NTSTATUS, GetStreamChannelVolume)(THIS_ UINT32 ui32Channel, LONG *plVolumeLevel) PURE;
	STDMETHOD_(NTSTATUS, SetStreamChannelVolume)(THIS_ UINT32 ui32Channel, LONG lVolumeLevel,
		AUDIO_CURVE_TYPE CurveType, ULONGLONG CurveDuration) PURE;
	STDMETHOD_(NTSTATUS, GetStreamChannelMute)(THIS_ UINT32 ui32Channel, BOOL *pbMute) PURE;
	STDMETHOD_(NTSTATUS, SetStreamChannelMute)(THIS_ UINT32 ui32Channel, BOOL bMute) PURE;
	STDMETHOD_(NTSTATUS, GetStreamChannelPeakMeter)(THIS_ UINT32 ui32Channel, LONG *plPeakMeterValue) PURE;
	STDMETHOD_(NTSTATUS, GetStreamPresentationPosition)(THIS_ KSAUDIO_PRESENTATION_POSITION *pPresentationPosition) PURE;
	STDMETHOD_(NTSTATUS, SetStreamCurrentWritePosition)(THIS_ ULONG ulCurrentWritePosition) PURE;
	STDMETHOD_(NTSTATUS, GetStreamLinearBufferPosition)(THIS_ ULONGLONG *pullLinearBufferPosition) PURE;
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

/* Windows 8 / 10 adapter power, PnP rebalance, subdevice and miscellaneous
 * PortCls interfaces that mingw-w64 lacks. Names, GUIDs, values and
 * method order are facts from Microsoft's MIT-licensed WDK metadata
 * (github.com/microsoft/wdkmetadata, generation/WDK/IdlHeaders/km/portcls.h);
 * all of it is also on Learn. */
#ifndef DRISO_HAVE_PORTCLS_W10_EXTRAS
#define DRISO_HAVE_PORTCLS_W10_EXTRAS
typedef enum _PC_EXIT_LATENCY {
	PcExitLatencyInstant = 0,
	PcExitLatencyFast,
	PcExitLatencyResponsive
} PC_EXIT_LATENCY, *PPC_EXIT_LATENCY;
typedef enum {
	PcRebalanceNotSupported = 0,
	PcRebalanceRemoveSubdevices
} PC_REBALANCE_TYPE;

DEFINE_GUID(IID_IAdapterPowerManagement2, 0xE0F92E5DL, 0x67F5, 0x48EE, 0xB5, 0x7A, 0x7D, 0x1E, 0x90, 0xC5, 0xF4, 0x3D);
DEFINE_GUID(IID_IAdapterPowerManagement3, 0xA8C7303EL, 0xF80C, 0x4BC9, 0xB2, 0xE3, 0xFB, 0x2D, 0x08, 0xBE, 0x92, 0x0F);
#define IID_IAdapterPowerManagment IID_IAdapterPowerManagement
#define IID_IAdapterPowerManagment2 IID_IAdapterPowerManagement2
#undef INTERFACE
#define INTERFACE IAdapterPowerManagement2
DECLARE_INTERFACE_(IAdapterPowerManagement2, IUnknown)
{
	DEFINE_ABSTRACT_UNKNOWN()
	STDMETHOD_(void, PowerChangeState)(THIS_ POWER_STATE NewState) PURE;
	STDMETHOD_(NTSTATUS, QueryPowerChangeState)(THIS_ POWER_STATE NewStateQuery) PURE;
	STDMETHOD_(NTSTATUS, QueryDeviceCapabilities)(THIS_ PDEVICE_CAPABILITIES PowerDeviceCaps) PURE;
	STDMETHOD_(void, PowerChangeState2)(THIS_ DEVICE_POWER_STATE NewDeviceState, SYSTEM_POWER_STATE NewSystemState) PURE;
};
typedef IAdapterPowerManagement2 *PADAPTERPOWERMANAGEMENT2;
#define PADAPTERPOWERMANAGMENT2 PADAPTERPOWERMANAGEMENT2
#define IMP_IAdapterPowerManagement2 \
	IMP_IAdapterPowerManagement; \
	STDMETHODIMP_(void) PowerChangeState2(DEVICE_POWER_STATE NewDeviceState, SYSTEM_POWER_STATE NewSystemState)
#undef INTERFACE
#define INTERFACE IAdapterPowerManagement3
DECLARE_INTERFACE_(IAdapterPowerManagement3, IUnknown)
{
	DEFINE_ABSTRACT_UNKNOWN()
	STDMETHOD_(void, PowerChangeState)(THIS_ POWER_STATE NewState) PURE;
	STDMETHOD_(NTSTATUS, QueryPowerChangeState)(THIS_ POWER_STATE NewStateQuery) PURE;
	STDMETHOD_(NTSTATUS, QueryDeviceCapabilities)(THIS_ PDEVICE_CAPABILITIES PowerDeviceCaps) PURE;
	STDMETHOD_(void, PowerChangeState2)(THIS_ DEVICE_POWER_STATE NewDeviceState, SYSTEM_POWER_STATE NewSystemState) PURE;
	STDMETHOD_(void, PowerChangeState3)(THIS_ DEVICE_POWER_STATE NewDeviceState, SYSTEM_POWER_STATE NewSystemState, PC_EXIT_LATENCY D3ExitLatency) PURE;
	STDMETHOD_(NTSTATUS, D3ExitLatencyChanged)(THIS_ PC_EXIT_LATENCY NewD3ExitLatency) PURE;
};
typedef IAdapterPowerManagement3 *PADAPTERPOWERMANAGEMENT3;
#define IMP_IAdapterPowerManagement3 \
	IMP_IAdapterPowerManagement2; \
	STDMETHODIMP_(void) PowerChangeState3(DEVICE_POWER_STATE NewDeviceState, SYSTEM_POWER_STATE NewSystemState, PC_EXIT_LATENCY D3ExitLatency); \
	STDMETHODIMP_(NTSTATUS) D3ExitLatencyChanged(PC_EXIT_LATENCY NewD3ExitLatency)
PORTCLASSAPI NTSTATUS NTAPI PcUnregisterAdapterPowerManagement(PDEVICE_OBJECT pDeviceObject);

/* PnP stop / rebalance */
DEFINE_GUID(IID_IAdapterPnpManagement, 0x706f2368L, 0x4086, 0x47f5, 0xb9, 0x13, 0x57, 0xb7, 0x6e, 0xed, 0x1a, 0x32);
#undef INTERFACE
#define INTERFACE IAdapterPnpManagement
DECLARE_INTERFACE_(IAdapterPnpManagement, IUnknown)
{
	DEFINE_ABSTRACT_UNKNOWN()
	STDMETHOD_(PC_REBALANCE_TYPE, GetSupportedRebalanceType)(THIS) PURE;
	STDMETHOD_(void, PnpQueryStop)(THIS) PURE;
	STDMETHOD_(void, PnpCancelStop)(THIS) PURE;
	STDMETHOD_(void, PnpStop)(THIS) PURE;
};
typedef IAdapterPnpManagement *PADAPTERPNPMANAGEMENT;
#define IMP_IAdapterPnpManagement \
	STDMETHODIMP_(PC_REBALANCE_TYPE) GetSupportedRebalanceType(void); \
	STDMETHODIMP_(void) PnpQueryStop(void); \
	STDMETHODIMP_(void) PnpCancelStop(void); \
	STDMETHODIMP_(void) PnpStop(void)
DEFINE_GUID(IID_IMiniportPnpNotify, 0x6b735365L, 0x9487, 0x464c, 0x93, 0xe3, 0xfa, 0x2c, 0x63, 0x91, 0xd5, 0xa4);
#undef INTERFACE
#define INTERFACE IMiniportPnpNotify
DECLARE_INTERFACE_(IMiniportPnpNotify, IUnknown)
{
	DEFINE_ABSTRACT_UNKNOWN()
	STDMETHOD_(void, PnpStop)(THIS) PURE;
};
typedef IMiniportPnpNotify *PMINIPORTPNPNOTIFY;
#define IMP_IMiniportPnpNotify STDMETHODIMP_(void) PnpStop(void)
DEFINE_GUID(IID_IPortClsPnp, 0x0485791b, 0x17f5, 0x4b73, 0x90, 0x2a, 0x20, 0x34, 0x48, 0x60, 0xb9, 0xca);
#undef INTERFACE
#define INTERFACE IPortClsPnp
DECLARE_INTERFACE_(IPortClsPnp, IUnknown)
{
	DEFINE_ABSTRACT_UNKNOWN()
	STDMETHOD_(NTSTATUS, RegisterAdapterPnpManagement)(THIS_ PUNKNOWN pUnknown, PDEVICE_OBJECT DeviceObject) PURE;
	STDMETHOD_(NTSTATUS, UnregisterAdapterPnpManagement)(THIS_ PDEVICE_OBJECT DeviceObject) PURE;
};
typedef IPortClsPnp *PPORTCLSPNP;
PORTCLASSAPI NTSTATUS NTAPI PcRegisterAdapterPnpManagement(PUNKNOWN Unknown, PDEVICE_OBJECT DeviceObject);
PORTCLASSAPI NTSTATUS NTAPI PcUnregisterAdapterPnpManagement(PDEVICE_OBJECT DeviceObject);

/* Runtime power framework (PoFx) settings */
typedef NTSTATUS EVT_PC_POST_PO_FX_REGISTER_DEVICE(PVOID PoFxDeviceContext, POHANDLE PoHandle);
typedef EVT_PC_POST_PO_FX_REGISTER_DEVICE *PFN_PC_POST_PO_FX_REGISTER_DEVICE;
typedef VOID EVT_PC_PRE_PO_FX_UNREGISTER_DEVICE(PVOID PoFxDeviceContext, POHANDLE PoHandle);
typedef EVT_PC_PRE_PO_FX_UNREGISTER_DEVICE *PFN_PC_PRE_PO_FX_UNREGISTER_DEVICE;
typedef struct _PC_POWER_FRAMEWORK_SETTINGS {
	ULONG Size;
	PFN_PC_POST_PO_FX_REGISTER_DEVICE EvtPcPostPoFxRegisterDevice;
	PFN_PC_PRE_PO_FX_UNREGISTER_DEVICE EvtPcPrePoFxUnregisterDevice;
	PPO_FX_COMPONENT Component;
	PPO_FX_COMPONENT_ACTIVE_CONDITION_CALLBACK ComponentActiveConditionCallback;
	PPO_FX_COMPONENT_IDLE_CONDITION_CALLBACK ComponentIdleConditionCallback;
	PPO_FX_COMPONENT_IDLE_STATE_CALLBACK ComponentIdleStateCallback;
	PPO_FX_POWER_CONTROL_CALLBACK PowerControlCallback;
	PVOID PoFxDeviceContext;
} PC_POWER_FRAMEWORK_SETTINGS, *PPC_POWER_FRAMEWORK_SETTINGS;
PORTCLASSAPI NTSTATUS NTAPI PcAssignPowerFrameworkSettings(PDEVICE_OBJECT DeviceObject, PPC_POWER_FRAMEWORK_SETTINGS PowerFrameworkSettings);

/* Stream resources through the exported routines */
PORTCLASSAPI NTSTATUS PcAddStreamResource(PDEVICE_OBJECT PhysicalDeviceObject, PVOID ResourceSet, PPCSTREAMRESOURCE_DESCRIPTOR ResourceDescriptor, PCSTREAMRESOURCE *ResourceHandle);
PORTCLASSAPI NTSTATUS PcRemoveStreamResource(PCSTREAMRESOURCE ResourceHandle);

/* Pin descriptor updates, pin names, prefetch, WMI */
#define PCUPDATE_PIN_DESC_FLAG_DATARANGES 0x00000001
DEFINE_GUID(IID_IPortClsSubdeviceEx, 0xc3d5e80c, 0x7f55, 0x40c5, 0x88, 0xb2, 0x62, 0x10, 0xd0, 0xcb, 0x2b, 0x59);
#undef INTERFACE
#define INTERFACE IPortClsSubdeviceEx
DECLARE_INTERFACE_(IPortClsSubdeviceEx, IUnknown)
{
	DEFINE_ABSTRACT_UNKNOWN()
	STDMETHOD_(NTSTATUS, UpdatePinDescriptor)(THIS_ ULONG _ulPinId, ULONG _ulFlags, PPCPIN_DESCRIPTOR _pPinDescriptor) PURE;
};
typedef IPortClsSubdeviceEx *PPORTCLSSubdeviceEx;
DEFINE_GUID(IID_IPinName, 0x29cc9ab1, 0xe89d, 0x413c, 0xb6, 0xb2, 0xf6, 0xd5, 0x00, 0x05, 0xd0, 0x63);
#undef INTERFACE
#define INTERFACE IPinName
DECLARE_INTERFACE_(IPinName, IUnknown)
{
	DEFINE_ABSTRACT_UNKNOWN()
	STDMETHOD_(NTSTATUS, GetPinName)(THIS_ PIRP Irp, PKSP_PIN Pin, PVOID Data) PURE;
};
typedef IPinName *PIPINNAME;
DEFINE_GUID(IID_IPreFetchOffset, 0x7000f480L, 0xed44, 0x4e8b, 0xb3, 0x8a, 0x41, 0x2f, 0x8d, 0x7a, 0x50, 0x4d);
#undef INTERFACE
#define INTERFACE IPreFetchOffset
DECLARE_INTERFACE_(IPreFetchOffset, IUnknown)
{
	DEFINE_ABSTRACT_UNKNOWN()
	STDMETHOD_(VOID, SetPreFetchOffset)(THIS_ ULONG PreFetchOffset) PURE;
};
typedef IPreFetchOffset *PPREFETCHOFFSET;
DEFINE_GUID(IID_IPortWMIRegistration, 0xd80b18e7, 0x804c, 0x4e1e, 0x82, 0xd3, 0x24, 0x61, 0xec, 0x06, 0xe7, 0xc7);
#undef INTERFACE
#define INTERFACE IPortWMIRegistration
DECLARE_INTERFACE_(IPortWMIRegistration, IUnknown)
{
	DEFINE_ABSTRACT_UNKNOWN()
	STDMETHOD_(NTSTATUS, RegisterWMIProvider)(THIS_ PDEVICE_OBJECT DeviceObject, PVOID Context) PURE;
	STDMETHOD_(NTSTATUS, UnregisterWMIProvider)(THIS_ PDEVICE_OBJECT DeviceObject) PURE;
};
typedef IPortWMIRegistration *PPORTWMIREGISTRATION;

/* Interface ids mingw-w64 lacks */
DEFINE_GUID(IID_IMusicTechnology, 0x80396C3CL, 0xCBCB, 0x409B, 0x9F, 0x65, 0x4F, 0x1E, 0x74, 0x67, 0xCD, 0xAF);
DEFINE_GUID(IID_IDmaChannelSlave, 0x22C6AC62L, 0x851B, 0x11D0, 0x9A, 0x7F, 0x00, 0xAA, 0x00, 0x38, 0xAC, 0xFE);
DEFINE_GUID(IID_IWaveCyclicClock, 0xdec1ec78L, 0x419a, 0x11d1, 0xad, 0x09, 0x00, 0xc0, 0x4f, 0xb9, 0x1b, 0xc4);
DEFINE_GUID(IID_IWavePciClock, 0xd5d7a256L, 0x5d10, 0x11d1, 0xad, 0xae, 0x00, 0xc0, 0x4f, 0xb9, 0x1b, 0xc4);

/* IRP hooks (PcAddIrpHandler era) and time intervals */
typedef NTSTATUS (*PCPFNIRPHANDLER)(PDEVICE_OBJECT DeviceObject, PIRP Irp, PULONG Action);
#define IRP_HANDLER_ACTION_DEFAULT 0
#define IRP_HANDLER_ACTION_FINISH 1
#define IRP_HANDLER_ACTION_FORWARD 2
#ifdef __cplusplus
#define GTI_SECONDS(t) (ULONGLONG(t) * 10000000)
#define GTI_MILLISECONDS(t) (ULONGLONG(t) * 10000)
#define GTI_MICROSECONDS(t) (ULONGLONG(t) * 10)
#endif

/* the WDK's own spellings of the audio engine node pointer typedefs */
typedef IMiniportAudioEngineNode *PIMINIPORTAudioEngineNode;
typedef IMiniportStreamAudioEngineNode *PIMINIPORTStreamAudioEngineNode;
typedef IMiniportStreamAudioEngineNode2 *PIMINIPORTStreamAudioEngineNode2;
#endif /* DRISO_HAVE_PORTCLS_W10_EXTRAS */
#endif
