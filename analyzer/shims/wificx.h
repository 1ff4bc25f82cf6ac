/*
 * driso shim: wificx.h, the WiFiCx (Wi-Fi WDF class extension, Windows 11)
 * client driver interface: device initialization (WIFI_DEVICE_CONFIG,
 * EvtWifiDeviceSendCommand / CreateAdapter / CreateWifiDirectDevice), the
 * WIFIREQUEST command-message accessors, the device/station/band/PHY/
 * Wi-Fi Direct capability structures, adapter types, Tx demultiplexing,
 * wake and power-offload capabilities, and the version-availability
 * macros. WDK-only header; it pulls in netadaptercx.h and the WDI types.
 *
 * Declarations only (see driso_shims.h), from the Learn wificx.h,
 * wificxtypes.h, wificxpoweroffload(list).h and wificxwakesource(list).h
 * reference (syntax blocks; member lists of the current pages) and the
 * "Building a WiFiCx driver for multiple versions of Windows" page
 * (WIFI_IS_FUNCTION_AVAILABLE / _STRUCTURE_ / _FIELD_). Where a Learn page
 * gives no syntax, parameter types follow the Learn parameter
 * descriptions and Microsoft's WiFiCx sample (Windows-driver-samples,
 * MIT): WifiRequestGetInOutBuffer/GetMessageId/Complete/SetBytesNeeded,
 * WifiDeviceReceiveIndication, WifiTxQueueGetDemuxWmmInfo, the Set*
 * capability functions, and the power-offload/wake-source list accessors
 * (shaped like their NetAdapterCx counterparts).
 *
 * driso values (no published value): MAX_FIRMWARE_VERSION_LENGTH,
 * WDI_MAX_DATA_RATE_ENTRIES, WIFI_RSN_MAX_CIPHER_KEY_LENGTH. Enumerations
 * Learn lists without values (WIFI_ADAPTER_TYPE, WIFI_WAKE_REASON_TYPE)
 * follow the documented order. The availability macros expand to calls of
 * declared driso helpers taking the structure size and member offset (the
 * WDK compares them with the bound WiFiCx version's table at run time).
 */
#ifndef DRISO_SHIM_WIFICX_H
#define DRISO_SHIM_WIFICX_H
#include "driso_shims.h"
#include "netadaptercx.h"
#include "wificxtypes.h"
#include "dot11wificxintf.h"
#include "driso_wdi_types.h"
#include "wificxpoweroffload.h"
#include "wificxpoweroffloadlist.h"
#include "wificxwakesource.h"
#include "wificxwakesourcelist.h"

DRISO_EXTERN_C_START

#define MAX_FIRMWARE_VERSION_LENGTH	64	/* driso value */
#define WDI_MAX_DATA_RATE_ENTRIES	255	/* driso value */

/* Version availability (Learn: BOOLEAN-valued macros). */
BOOLEAN _drisoWifiIsFunctionAvailable(PCSTR FunctionName);
BOOLEAN _drisoWifiIsStructureAvailable(PCSTR StructName, SIZE_T StructSize);
BOOLEAN _drisoWifiIsFieldAvailable(PCSTR StructName, SIZE_T FieldOffset, SIZE_T StructSize);
#define WIFI_IS_FUNCTION_AVAILABLE(FunctionName) \
	_drisoWifiIsFunctionAvailable(#FunctionName)
#define WIFI_IS_STRUCTURE_AVAILABLE(StructName) \
	_drisoWifiIsStructureAvailable(#StructName, sizeof(StructName))
#define WIFI_IS_FIELD_AVAILABLE(StructName, FieldName) \
	_drisoWifiIsFieldAvailable(#StructName, FIELD_OFFSET(StructName, FieldName), sizeof(StructName))

/* Device callbacks and configuration. */
typedef NTSTATUS EVT_WIFI_DEVICE_CREATE_ADAPTER(WDFDEVICE Device, NETADAPTER_INIT *AdapterInit);
typedef EVT_WIFI_DEVICE_CREATE_ADAPTER *PFN_WIFI_DEVICE_CREATE_ADAPTER;
typedef NTSTATUS EVT_WIFI_DEVICE_CREATE_WIFIDIRECTDEVICE(WDFDEVICE Device, WIFIDIRECT_DEVICE_INIT *WifiDirectDeviceInit);
typedef EVT_WIFI_DEVICE_CREATE_WIFIDIRECTDEVICE *PFN_WIFI_DEVICE_CREATE_WIFIDIRECTDEVICE;
typedef VOID EVT_WIFI_DEVICE_SEND_COMMAND(WDFDEVICE Device, WIFIREQUEST SendRequest);
typedef EVT_WIFI_DEVICE_SEND_COMMAND *PFN_WIFI_DEVICE_SEND_COMMAND;

typedef struct _WIFI_DEVICE_CONFIG {
	ULONG Size;
	ULONG WdiVersion;
	PFN_WIFI_DEVICE_SEND_COMMAND SendCommand;
	PFN_WIFI_DEVICE_CREATE_ADAPTER CreateAdapter;
	PFN_WIFI_DEVICE_CREATE_WIFIDIRECTDEVICE CreateWifiDirectDevice;
} WIFI_DEVICE_CONFIG;

DRISO_INLINE VOID
WIFI_DEVICE_CONFIG_INIT(WIFI_DEVICE_CONFIG *Config, ULONG WdiVersion,
	PFN_WIFI_DEVICE_SEND_COMMAND SendCommand, PFN_WIFI_DEVICE_CREATE_ADAPTER CreateAdapter,
	PFN_WIFI_DEVICE_CREATE_WIFIDIRECTDEVICE CreateWifiDirectDevice)
{
	RtlZeroMemory(Config, sizeof(*Config));
	Config->Size = sizeof(*Config);
	Config->WdiVersion = WdiVersion;
	Config->SendCommand = SendCommand;
	Config->CreateAdapter = CreateAdapter;
	Config->CreateWifiDirectDevice = CreateWifiDirectDevice;
}

/* Capabilities. */
typedef struct _WIFI_DEVICE_CAPABILITIES {
	ULONG Size;
	BOOLEAN HardwareRadioState;
	BOOLEAN SoftwareRadioState;
	UCHAR FirmwareVersion[MAX_FIRMWARE_VERSION_LENGTH];
	BOOLEAN ActionFramesSupported;
	UINT8 NumRxStreams;
	UINT8 NumTxStreams;
	BOOLEAN Support_eCSA;
	BOOLEAN MACAddressRandomization;
	WDI_MAC_ADDRESS MACAddressRandomizationMask;
	WDI_BLUETOOTH_COEXISTENCE_SUPPORT BluetoothCoexistenceSupport;
	BOOLEAN SupportsNonWdiOidRequests;
	BOOLEAN FastTransitionSupported;
	BOOLEAN MU_MIMOSupported;
	BOOLEAN BSSTransitionSupported;
	BOOLEAN SAEAuthenticationSupported;
	BOOLEAN MBOSupported;
	BOOLEAN BeaconReportsImplemented;
	UINT8 NumRadios;
} WIFI_DEVICE_CAPABILITIES;

typedef struct _WIFI_STA_BANDS_COMBINATION {
	ULONG NumStaBands;
	WDI_BAND_ID BandIDs[4];
} WIFI_STA_BANDS_COMBINATION;

typedef struct _WIFI_STATION_CAPABILITIES {
	ULONG Size;
	UINT32 ScanSSIDListSize;
	UINT32 DesiredSSIDListSize;
	UINT32 PrivacyExemptionListSize;
	UINT32 KeyMappingTableSize;
	UINT32 DefaultKeyTableSize;
	UINT32 WEPKeyValueMaxLength;
	UINT32 MaxNumPerSTA;
	UINT8 SupportedQOSFlags;
	UINT8 HostFIPSModeImplemented;
	UINT8 MFPCapable;
	BOOLEAN AutoPowerSaveMode;
	BOOLEAN BSSListCachemanagement;
	BOOLEAN ConnectBSSSelectionOverride;
	UINT32 MaxNetworkOffloadListSize;
	BOOLEAN HESSIDConnectionSupported;
	BOOLEAN FTMAsInitiatorSupport;
	UINT32 FTMNumberOfSupportedTargets;
	BOOLEAN HostWPA3FIPSModeEnabled_Deprecated;
	ULONG NumSupportedUnicastAlgorithms;
	PDOT11_AUTH_CIPHER_PAIR UnicastAlgorithmsList;
	ULONG NumSupportedMulticastDataAlgorithms;
	PDOT11_AUTH_CIPHER_PAIR MulticastDataAlgorithmsList;
	ULONG NumSupportedMulticastMgmtAlgorithms;
	PDOT11_AUTH_CIPHER_PAIR MulticastMgmtAlgorithmsList;
	ULONG NumSecondaryStaBandCombinations;
	WIFI_STA_BANDS_COMBINATION *SecondaryStaBandsCombinations;
	ULONG MaxMLOLinksSupported;
	BOOLEAN DoNotUseOsReserved;
	WDI_MAC_ADDRESS *MLOAddressesList;
	ULONG NumAkmsSupported;
	RSNA_AKM_SUITE *AkmsList;
	ULONG NumFIPSCertifiedCipherAlgorithms;
	WDI_CIPHER_ALGORITHM *FIPSCertifiedCipherAlgorithmsList;
	BOOLEAN MSCSSupported;
	BOOLEAN DSCPToUPMappingSupported;
	UINT32 MaxNumConfigurableActionFrameWakePatterns;
} WIFI_STATION_CAPABILITIES;

typedef struct _WIFI_BAND_INFO {
	WDI_BAND_ID BandID;
	BOOLEAN BandState;
	ULONG NumValidPhyTypes;
	WDI_PHY_TYPE *ValidPhyTypeList;
	ULONG NumValidChannelTypes;
	WDI_CHANNEL_MAPPING_ENTRY *ValidChannelTypes;
	ULONG NumChannelWidths;
	UINT32 *ChannelWidthList;
} WIFI_BAND_INFO;

typedef struct _WIFI_BAND_CAPABILITIES {
	ULONG Size;
	ULONG NumBands;
	WIFI_BAND_INFO *BandInfoList;
} WIFI_BAND_CAPABILITIES;

typedef struct _WIFI_PHY_INFO {
	WDI_PHY_TYPE PhyType;
	SIZE_T NumberDataRateEntries;
	WDI_DATA_RATE_ENTRY DataRateList[WDI_MAX_DATA_RATE_ENTRIES];
} WIFI_PHY_INFO;

typedef struct _WIFI_PHY_CAPABILITIES {
	ULONG Size;
	ULONG NumPhyTypes;
	WIFI_PHY_INFO *PhyInfoList;
} WIFI_PHY_CAPABILITIES;

typedef struct _WIFI_WIFIDIRECT_CAPABILITIES {
	ULONG Size;
	UINT8 WFDRoleCount;
	UINT8 ConcurrentGOCount;
	UINT8 ConcurrentClientCount;
	BOOLEAN ServiceDiscoverySupported;
	BOOLEAN ServiceNameDiscoverySupported;
	BOOLEAN ServiceInformationDiscoverySupported;
	UINT32 ServiceNameAdvertisementsMaxBytesSupported;
	UINT32 ServiceInformationAdvertisementsMaxBytesSupported;
	BOOLEAN BackgroundDiscoverySupported;
	BOOLEAN ClientDiscoverabilitySupported;
	BOOLEAN InfrastructureManagementSupported;
	UINT8 DeviceAddress[6];
	UINT32 DiscoveryFilterListSize;
	UINT8 GOClientTableSize;
	UINT32 MaxVendorSpecificExtensionIESize;
	BOOLEAN PassiveAvailabilityListenStateSupported;
	BOOLEAN OperatingChannelUpdatesSupported;
	BOOLEAN GOon5GHzBandSupported;
	UINT32 ScanSSIDListSize;
	UINT32 DesiredSSIDListSize;
	UINT32 PrivacyExemptionListSize;
	UINT32 AssociationTableSize;
	UINT32 DefaultKeyTableSize;
	UINT32 WEPKeyValueMaxLength;
	UINT32 NumSupportedUnicastAlgorithms;
	PDOT11_AUTH_CIPHER_PAIR UnicastAlgorithms;
	UINT32 NumSupportedMulticastDataAlgorithms;
	PDOT11_AUTH_CIPHER_PAIR MulticastDataAlgorithms;
	UINT32 NumInterfaceAddresses;
	WDI_MAC_ADDRESS *InterfaceAddressList;
	BOOLEAN GOon6GHzBandSupported;
} WIFI_WIFIDIRECT_CAPABILITIES;

#define DRISO_WIFI_SIZE_INIT(T) \
	DRISO_INLINE VOID T##_INIT(T *Capabilities) \
	{ \
		RtlZeroMemory(Capabilities, sizeof(*Capabilities)); \
		Capabilities->Size = sizeof(*Capabilities); \
	}
DRISO_WIFI_SIZE_INIT(WIFI_DEVICE_CAPABILITIES)
DRISO_WIFI_SIZE_INIT(WIFI_STATION_CAPABILITIES)
DRISO_WIFI_SIZE_INIT(WIFI_BAND_CAPABILITIES)
DRISO_WIFI_SIZE_INIT(WIFI_PHY_CAPABILITIES)
DRISO_WIFI_SIZE_INIT(WIFI_WIFIDIRECT_CAPABILITIES)

/* Adapters. */
typedef enum _WIFI_ADAPTER_TYPE {
	WIFI_ADAPTER_EXTENSIBLE_STATION,
	WIFI_ADAPTER_WIFI_DIRECT_ROLE,
	WIFI_ADAPTER_SECONDARY_STATION
} WIFI_ADAPTER_TYPE;

typedef enum _WIFI_ADAPTER_TX_DEMUX_TYPE {
	WifiAdapterTxDemuxTypePeerAddress = 2,
	WifiAdapterTxDemuxTypeWmmInfo = 3
} WIFI_ADAPTER_TX_DEMUX_TYPE;

typedef struct _WIFI_ADAPTER_TX_DEMUX {
	ULONG Size;
	WIFI_ADAPTER_TX_DEMUX_TYPE Type;
	UINT8 Range;
} WIFI_ADAPTER_TX_DEMUX;

DRISO_INLINE VOID
WIFI_ADAPTER_TX_WMMINFO_DEMUX_INIT(WIFI_ADAPTER_TX_DEMUX *Demux)
{
	RtlZeroMemory(Demux, sizeof(*Demux));
	Demux->Size = sizeof(*Demux);
	Demux->Type = WifiAdapterTxDemuxTypeWmmInfo;
}

DRISO_INLINE VOID
WIFI_ADAPTER_TX_PEER_ADDRESS_DEMUX_INIT(WIFI_ADAPTER_TX_DEMUX *Demux, UINT8 Range)
{
	RtlZeroMemory(Demux, sizeof(*Demux));
	Demux->Size = sizeof(*Demux);
	Demux->Type = WifiAdapterTxDemuxTypePeerAddress;
	Demux->Range = Range;
}

typedef enum _WIFI_WAKE_REASON_TYPE {
	WifiWakeReasonTypeNloDiscovery,
	WifiWakeReasonTypeApAssociationlost,
	WifiWakeReasonTypeGtkHandshakeError,
	WifiWakeReasonTypeFourWayHandshakeRequest
} WIFI_WAKE_REASON_TYPE;

typedef struct _WIFI_ADAPTER_WAKE_CAPABILITIES {
	ULONG Size;
	BOOLEAN NloDiscovery;
	BOOLEAN ApAssociationLost;
	BOOLEAN GtkHandshakeError;
	BOOLEAN FourWayHandshakeRequest;
	BOOLEAN IncomingActionFrame;
	BOOLEAN ClientDriverDiagnostic;
} WIFI_ADAPTER_WAKE_CAPABILITIES;

typedef struct _WIFI_ADAPTER_POWER_OFFLOAD_RSN_REKEY_CAPABILITIES {
	ULONG Size;
	BOOLEAN Enabled;
} WIFI_ADAPTER_POWER_OFFLOAD_RSN_REKEY_CAPABILITIES;

DRISO_WIFI_SIZE_INIT(WIFI_ADAPTER_WAKE_CAPABILITIES)
DRISO_WIFI_SIZE_INIT(WIFI_ADAPTER_POWER_OFFLOAD_RSN_REKEY_CAPABILITIES)

/* Device. */
NTSTATUS WifiDeviceInitConfig(WDFDEVICE_INIT *DeviceInit);
NTSTATUS WifiDeviceInitialize(WDFDEVICE Device, WIFI_DEVICE_CONFIG const *Config);
ULONG WifiDeviceGetOsWdiVersion(WDFDEVICE Device);
NTSTATUS WifiDeviceSetDeviceCapabilities(WDFDEVICE Device, WIFI_DEVICE_CAPABILITIES const *DeviceCapabilities);
NTSTATUS WifiDeviceSetStationCapabilities(WDFDEVICE Device, WIFI_STATION_CAPABILITIES const *StationCapabilities);
NTSTATUS WifiDeviceSetBandCapabilities(WDFDEVICE Device, WIFI_BAND_CAPABILITIES const *BandCapabilities);
NTSTATUS WifiDeviceSetPhyCapabilities(WDFDEVICE Device, WIFI_PHY_CAPABILITIES const *PhyCapabilities);
NTSTATUS WifiDeviceSetWiFiDirectCapabilities(WDFDEVICE Device, WIFI_WIFIDIRECT_CAPABILITIES const *WiFiDirectCapabilities);
VOID WifiDeviceReceiveIndication(WDFDEVICE Device, UINT16 MessageId, WDFMEMORY Data);

/* Command messages (M1 in, M3 out). */
PVOID WifiRequestGetInOutBuffer(WIFIREQUEST Request, UINT *InputBufferLength, UINT *OutBufferLength);
UINT16 WifiRequestGetMessageId(WIFIREQUEST Request);
VOID WifiRequestSetBytesNeeded(WIFIREQUEST Request, UINT BytesNeeded);
VOID WifiRequestComplete(WIFIREQUEST Request, NTSTATUS NtStatus, UINT BytesWritten);

/* Adapters. */
NTSTATUS WifiAdapterInitialize(NETADAPTER Adapter);
WIFI_ADAPTER_TYPE WifiAdapterInitGetType(NETADAPTER_INIT *AdapterInit);
WIFI_ADAPTER_TYPE WifiAdapterGetType(NETADAPTER Adapter);
ULONG WifiAdapterGetPortId(NETADAPTER Adapter);
VOID WifiAdapterInitAddTxDemux(NETADAPTER_INIT *Adapter, WIFI_ADAPTER_TX_DEMUX const *Demux);
VOID WifiAdapterAddPeer(NETADAPTER Adapter, const NET_EUI48_ADDRESS *Address);
VOID WifiAdapterRemovePeer(NETADAPTER Adapter, const NET_EUI48_ADDRESS *Address);
VOID WifiAdapterSetWakeCapabilities(NETADAPTER Adapter, WIFI_ADAPTER_WAKE_CAPABILITIES const *Capabilities);
VOID WifiAdapterReportWakeReason(NETADAPTER Adapter, WIFI_WAKE_REASON_TYPE Reason);
VOID WifiAdapterPowerOffloadSetRsnRekeyCapabilities(NETADAPTER Adapter,
	WIFI_ADAPTER_POWER_OFFLOAD_RSN_REKEY_CAPABILITIES const *Capabilities);
NET_EUI48_ADDRESS WifiTxQueueGetDemuxPeerAddress(NETPACKETQUEUE Queue);
UINT8 WifiTxQueueGetDemuxWmmInfo(NETPACKETQUEUE Queue);

/* Wi-Fi Direct device. */
NTSTATUS WifiDirectDeviceCreate(WIFIDIRECT_DEVICE_INIT *WifiDirectDeviceInit,
	WDF_OBJECT_ATTRIBUTES *WifiDirectDeviceAttributes, WIFIDIRECTDEVICE *WifiDirectDevice);
NTSTATUS WifiDirectDeviceInitialize(WIFIDIRECTDEVICE WifiDirectDevice);
ULONG WifiDirectDeviceGetPortId(WIFIDIRECTDEVICE WifiDirectDevice);

DRISO_EXTERN_C_END

#endif
