/*
 * driso shim: ucmmanager.h, the USB connector manager class extension
 * (UcmCx) client interface (KMDF/UMDF 2, WDK-only header, included through
 * ucmcx.h). Declarations only, from the Learn ucmmanager.h reference (types
 * checked against the WDK header copy in microsoft/wdkmetadata; facts only,
 * own layout): UCMCONNECTOR, the connector callbacks, the configuration and
 * notification structures with their *_INIT helpers, and the Ucm* entry
 * points as plain prototypes (the WDK implements them inline through
 * UcmFunctions[]; irrelevant for parsing).
 */
#ifndef DRISO_SHIM_UCMMANAGER_H
#define DRISO_SHIM_UCMMANAGER_H
#include "driso_shims.h"
#include "ucmtypes.h"

DRISO_EXTERN_C_START

DECLARE_HANDLE(UCMCONNECTOR);

typedef NTSTATUS EVT_UCM_CONNECTOR_SET_DATA_ROLE(UCMCONNECTOR Connector, UCM_DATA_ROLE DataRole);
typedef EVT_UCM_CONNECTOR_SET_DATA_ROLE *PFN_UCM_CONNECTOR_SET_DATA_ROLE;
typedef NTSTATUS EVT_UCM_CONNECTOR_SET_POWER_ROLE(UCMCONNECTOR Connector, UCM_POWER_ROLE PowerRole);
typedef EVT_UCM_CONNECTOR_SET_POWER_ROLE *PFN_UCM_CONNECTOR_SET_POWER_ROLE;

typedef struct _UCM_MANAGER_CONFIG {
	ULONG Size;
} UCM_MANAGER_CONFIG, *PUCM_MANAGER_CONFIG;

DRISO_INLINE VOID UCM_MANAGER_CONFIG_INIT(PUCM_MANAGER_CONFIG Config)
{
	RtlZeroMemory(Config, sizeof(*Config));
	Config->Size = sizeof(*Config);
}

typedef struct _UCM_CONNECTOR_TYPEC_CONFIG {
	ULONG Size;
	BOOLEAN IsSupported;
	ULONG SupportedOperatingModes;
	ULONG SupportedPowerSourcingCapabilities;
	BOOLEAN AudioAccessoryCapable;
	PFN_UCM_CONNECTOR_SET_DATA_ROLE EvtSetDataRole;
} UCM_CONNECTOR_TYPEC_CONFIG, *PUCM_CONNECTOR_TYPEC_CONFIG;

DRISO_INLINE VOID UCM_CONNECTOR_TYPEC_CONFIG_INIT(PUCM_CONNECTOR_TYPEC_CONFIG Config, ULONG SupportedOperatingModes,
						  ULONG SupportedPowerSourcingCapabilities)
{
	RtlZeroMemory(Config, sizeof(*Config));
	Config->Size = sizeof(*Config);
	Config->IsSupported = TRUE;
	Config->SupportedOperatingModes = SupportedOperatingModes;
	Config->SupportedPowerSourcingCapabilities = SupportedPowerSourcingCapabilities;
}

typedef struct _UCM_CONNECTOR_PD_CONFIG {
	ULONG Size;
	BOOLEAN IsSupported;
	ULONG SupportedPowerRoles;
	PFN_UCM_CONNECTOR_SET_POWER_ROLE EvtSetPowerRole;
} UCM_CONNECTOR_PD_CONFIG, *PUCM_CONNECTOR_PD_CONFIG;

DRISO_INLINE VOID UCM_CONNECTOR_PD_CONFIG_INIT(PUCM_CONNECTOR_PD_CONFIG Config, ULONG SupportedPowerRoles)
{
	RtlZeroMemory(Config, sizeof(*Config));
	Config->Size = sizeof(*Config);
	Config->IsSupported = TRUE;
	Config->SupportedPowerRoles = SupportedPowerRoles;
}

typedef struct _UCM_CONNECTOR_CONFIG {
	ULONG Size;
	ULONGLONG ConnectorId;
	PUCM_CONNECTOR_TYPEC_CONFIG TypeCConfig;
	PUCM_CONNECTOR_PD_CONFIG PdConfig;
} UCM_CONNECTOR_CONFIG, *PUCM_CONNECTOR_CONFIG;

DRISO_INLINE VOID UCM_CONNECTOR_CONFIG_INIT(PUCM_CONNECTOR_CONFIG Config, ULONGLONG ConnectorId)
{
	RtlZeroMemory(Config, sizeof(*Config));
	Config->Size = sizeof(*Config);
	Config->ConnectorId = ConnectorId;
}

typedef struct _UCM_CONNECTOR_TYPEC_ATTACH_PARAMS {
	ULONG Size;
	UCM_TYPEC_PARTNER Partner;
	UCM_TYPEC_CURRENT CurrentAdvertisement;
	UCM_CHARGING_STATE ChargingState;
} UCM_CONNECTOR_TYPEC_ATTACH_PARAMS, *PUCM_CONNECTOR_TYPEC_ATTACH_PARAMS;

DRISO_INLINE VOID UCM_CONNECTOR_TYPEC_ATTACH_PARAMS_INIT(PUCM_CONNECTOR_TYPEC_ATTACH_PARAMS Params,
							 UCM_TYPEC_PARTNER Partner)
{
	RtlZeroMemory(Params, sizeof(*Params));
	Params->Size = sizeof(*Params);
	Params->Partner = Partner;
}

typedef struct _UCM_CONNECTOR_PD_CONN_STATE_CHANGED_PARAMS {
	ULONG Size;
	UCM_PD_CONN_STATE PdConnState;
	UCM_PD_REQUEST_DATA_OBJECT Rdo;
	UCM_CHARGING_STATE ChargingState;
} UCM_CONNECTOR_PD_CONN_STATE_CHANGED_PARAMS, *PUCM_CONNECTOR_PD_CONN_STATE_CHANGED_PARAMS;

DRISO_INLINE VOID UCM_CONNECTOR_PD_CONN_STATE_CHANGED_PARAMS_INIT(PUCM_CONNECTOR_PD_CONN_STATE_CHANGED_PARAMS Params,
								  UCM_PD_CONN_STATE PdConnState)
{
	RtlZeroMemory(Params, sizeof(*Params));
	Params->Size = sizeof(*Params);
	Params->PdConnState = PdConnState;
}

NTSTATUS UcmInitializeDevice(WDFDEVICE WdfDevice, PUCM_MANAGER_CONFIG Config);
NTSTATUS UcmConnectorCreate(WDFDEVICE WdfDevice, PUCM_CONNECTOR_CONFIG Config, PWDF_OBJECT_ATTRIBUTES Attributes,
			    UCMCONNECTOR *Connector);
NTSTATUS UcmConnectorTypeCAttach(UCMCONNECTOR Connector, PUCM_CONNECTOR_TYPEC_ATTACH_PARAMS Params);
NTSTATUS UcmConnectorTypeCDetach(UCMCONNECTOR Connector);
NTSTATUS UcmConnectorTypeCCurrentAdChanged(UCMCONNECTOR Connector, UCM_TYPEC_CURRENT CurrentAdvertisement);
NTSTATUS UcmConnectorPdSourceCaps(UCMCONNECTOR Connector, UCM_PD_POWER_DATA_OBJECT Pdos[], UCHAR PdoCount);
NTSTATUS UcmConnectorPdPartnerSourceCaps(UCMCONNECTOR Connector, UCM_PD_POWER_DATA_OBJECT Pdos[], UCHAR PdoCount);
NTSTATUS UcmConnectorPdConnectionStateChanged(UCMCONNECTOR Connector,
					      PUCM_CONNECTOR_PD_CONN_STATE_CHANGED_PARAMS Params);
NTSTATUS UcmConnectorChargingStateChanged(UCMCONNECTOR Connector, UCM_CHARGING_STATE ChargingState);
VOID UcmConnectorDataDirectionChanged(UCMCONNECTOR Connector, BOOLEAN Success, UCM_DATA_ROLE CurrentDataRole);
VOID UcmConnectorPowerDirectionChanged(UCMCONNECTOR Connector, BOOLEAN Success, UCM_POWER_ROLE CurrentPowerRole);

DRISO_EXTERN_C_END
#endif
