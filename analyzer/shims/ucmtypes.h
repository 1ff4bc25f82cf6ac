/*
 * driso shim: ucmtypes.h, USB Type-C connector manager (UcmCx) types
 * (WDK-only header, included through ucmcx.h). Declarations only, from the
 * Learn ucmtypes.h reference (bit-field layout of the PD data objects
 * checked against the WDK header copy in microsoft/wdkmetadata; facts
 * only, own layout). The PD object bit fields follow the USB Power
 * Delivery specification.
 *
 * Values: Learn lists the enumerators without values. UCM_TYPEC_OPERATING_MODE,
 * UCM_TYPEC_CURRENT and UCM_POWER_ROLE are combined into the "Supported*"
 * masks of ucmmanager.h, so driso gives them distinct bits; the other
 * enumerations follow the documented order.
 */
#ifndef DRISO_SHIM_UCMTYPES_H
#define DRISO_SHIM_UCMTYPES_H
#include "driso_shims.h"

DRISO_EXTERN_C_START

typedef enum _UCM_TYPEC_OPERATING_MODE {
	UcmTypeCOperatingModeInvalid = 0x0,
	UcmTypeCOperatingModeDfp = 0x1,
	UcmTypeCOperatingModeUfp = 0x2,
	UcmTypeCOperatingModeDrp = 0x4
} UCM_TYPEC_OPERATING_MODE;

typedef enum _UCM_TYPEC_PARTNER {
	UcmTypeCPartnerInvalid = 0,
	UcmTypeCPartnerUfp,
	UcmTypeCPartnerDfp,
	UcmTypeCPartnerPoweredCableNoUfp,
	UcmTypeCPartnerPoweredCableWithUfp,
	UcmTypeCPartnerAudioAccessory,
	UcmTypeCPartnerDebugAccessory
} UCM_TYPEC_PARTNER;

typedef enum _UCM_TYPEC_CURRENT {
	UcmTypeCCurrentInvalid = 0x0,
	UcmTypeCCurrentDefaultUsb = 0x1,
	UcmTypeCCurrent1500mA = 0x2,
	UcmTypeCCurrent3000mA = 0x4
} UCM_TYPEC_CURRENT;

typedef enum _UCM_POWER_ROLE {
	UcmPowerRoleInvalid = 0x0,
	UcmPowerRoleSink = 0x1,
	UcmPowerRoleSource = 0x2
} UCM_POWER_ROLE;

typedef enum _UCM_DATA_ROLE {
	UcmDataRoleInvalid = 0,
	UcmDataRoleDfp,
	UcmDataRoleUfp
} UCM_DATA_ROLE;

typedef enum _UCM_PD_CONN_STATE {
	UcmPdConnStateInvalid = 0,
	UcmPdConnStateNotSupported,
	UcmPdConnStateNegotiationFailed,
	UcmPdConnStateNegotiationSucceeded
} UCM_PD_CONN_STATE;

typedef enum _UCM_CHARGING_STATE {
	UcmChargingStateInvalid = 0,
	UcmChargingStateNotCharging,
	UcmChargingStateNominalCharging,
	UcmChargingStateSlowCharging,
	UcmChargingStateTrickleCharging
} UCM_CHARGING_STATE, *PUCM_CHARGING_STATE;

typedef union _UCM_PD_POWER_DATA_OBJECT {
	ULONG Ul;
	struct {
		unsigned Reserved : 30;
		unsigned Type : 2;
	} Common;
	struct {
		unsigned MaximumCurrentIn10mA : 10;
		unsigned VoltageIn50mV : 10;
		unsigned PeakCurrent : 2;
		unsigned Reserved : 3;
		unsigned DataRoleSwap : 1;
		unsigned UsbCommunicationCapable : 1;
		unsigned ExternallyPowered : 1;
		unsigned UsbSuspendSupported : 1;
		unsigned DualRolePower : 1;
		unsigned FixedSupply : 2;
	} FixedSupplyPdo;
	struct {
		unsigned MaximumCurrentIn10mA : 10;
		unsigned MinimumVoltageIn50mV : 10;
		unsigned MaximumVoltageIn50mV : 10;
		unsigned VariableSupportNonBattery : 2;
	} VariableSupplyNonBatteryPdo;
	struct {
		unsigned MaximumAllowablePowerIn250mW : 10;
		unsigned MinimumVoltageIn50mV : 10;
		unsigned MaximumVoltageIn50mV : 10;
		unsigned Battery : 2;
	} BatterySupplyPdo;
} UCM_PD_POWER_DATA_OBJECT, *PUCM_PD_POWER_DATA_OBJECT;

/* the PD specification's supply type codes of a PDO's top two bits */
typedef enum _UCM_PD_POWER_DATA_OBJECT_TYPE {
	UcmPdPdoTypeFixedSupply = 0,
	UcmPdPdoTypeBatterySupply = 1,
	UcmPdPdoTypeVariableSupplyNonBattery = 2
} UCM_PD_POWER_DATA_OBJECT_TYPE;

DRISO_INLINE UCM_PD_POWER_DATA_OBJECT_TYPE UCM_PD_POWER_DATA_OBJECT_GET_TYPE(PUCM_PD_POWER_DATA_OBJECT Pdo)
{
	return (UCM_PD_POWER_DATA_OBJECT_TYPE)Pdo->Common.Type;
}
DRISO_INLINE VOID UCM_PD_POWER_DATA_OBJECT_INIT_FIXED(PUCM_PD_POWER_DATA_OBJECT Pdo)
{
	RtlZeroMemory(Pdo, sizeof(*Pdo));
	Pdo->FixedSupplyPdo.FixedSupply = UcmPdPdoTypeFixedSupply;
}
DRISO_INLINE VOID UCM_PD_POWER_DATA_OBJECT_INIT_VARIABLE_NON_BATTERY(PUCM_PD_POWER_DATA_OBJECT Pdo)
{
	RtlZeroMemory(Pdo, sizeof(*Pdo));
	Pdo->VariableSupplyNonBatteryPdo.VariableSupportNonBattery = UcmPdPdoTypeVariableSupplyNonBattery;
}
DRISO_INLINE VOID UCM_PD_POWER_DATA_OBJECT_INIT_BATTERY(PUCM_PD_POWER_DATA_OBJECT Pdo)
{
	RtlZeroMemory(Pdo, sizeof(*Pdo));
	Pdo->BatterySupplyPdo.Battery = UcmPdPdoTypeBatterySupply;
}
DRISO_INLINE VOID UCM_PD_POWER_DATA_OBJECT_INIT_ULONG(PUCM_PD_POWER_DATA_OBJECT Pdo, ULONG UlongInLittleEndian)
{
	RtlZeroMemory(Pdo, sizeof(*Pdo));
	Pdo->Ul = UlongInLittleEndian;
}

typedef union _UCM_PD_REQUEST_DATA_OBJECT {
	ULONG Ul;
	struct {
		unsigned Reserved1 : 28;
		unsigned ObjectPosition : 3;
		unsigned Reserved2 : 1;
	} Common;
	struct {
		unsigned MaximumOperatingCurrentIn10mA : 10;
		unsigned OperatingCurrentIn10mA : 10;
		unsigned Reserved1 : 4;
		unsigned NoUsbSuspend : 1;
		unsigned UsbCommunicationCapable : 1;
		unsigned CapabilityMismatch : 1;
		unsigned GiveBackFlag : 1;
		unsigned ObjectPosition : 3;
		unsigned Reserved2 : 1;
	} FixedAndVariableRdo;
	struct {
		unsigned MaximumOperatingPowerIn250mW : 10;
		unsigned OperatingPowerIn250mW : 10;
		unsigned Reserved1 : 4;
		unsigned NoUsbSuspend : 1;
		unsigned UsbCommunicationCapable : 1;
		unsigned CapabilityMismatch : 1;
		unsigned GiveBackFlag : 1;
		unsigned ObjectPosition : 3;
		unsigned Reserved2 : 1;
	} BatteryRdo;
} UCM_PD_REQUEST_DATA_OBJECT, *PUCM_PD_REQUEST_DATA_OBJECT;

DRISO_INLINE VOID UCM_PD_REQUEST_DATA_OBJECT_INIT_ULONG(PUCM_PD_REQUEST_DATA_OBJECT Rdo, ULONG UlongInLittleEndian)
{
	RtlZeroMemory(Rdo, sizeof(*Rdo));
	Rdo->Ul = UlongInLittleEndian;
}

DRISO_EXTERN_C_END
#endif
