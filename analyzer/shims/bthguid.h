/*
 * driso shim: bthguid.h, GUIDs of the Bluetooth driver interfaces
 * (WDK-only header). Declarations only: the values are not restated
 * (see driso_shims.h); mingw's bthdef.h defines the radio/event GUIDs.
 */
#ifndef DRISO_SHIM_BTHGUID_H
#define DRISO_SHIM_BTHGUID_H
#include "driso_shims.h"
#include <guiddef.h>

DRISO_EXTERN_C_START
extern const GUID GUID_BTHDDI_SDP_NODE_INTERFACE;
extern const GUID GUID_BTHDDI_SDP_PARSE_INTERFACE;
extern const GUID GUID_BTHDDI_PROFILE_DRIVER_INTERFACE;
extern const GUID GUID_BTHDDI_MUX_PROTOCOL_INTERFACE;
extern const GUID GUID_BTH_RFCOMM_SERVICE_DEVICE_INTERFACE;
extern const GUID GUID_BLUETOOTH_AUTHENTICATION_REQUEST;
extern const GUID GUID_BLUETOOTH_KEYPRESS_EVENT;
extern const GUID GUID_BLUETOOTH_HCI_VENDOR_EVENT;
extern const GUID GUID_BLUETOOTHLE_DEVICE_INTERFACE;
extern const GUID GUID_BLUETOOTH_GATT_SERVICE_DEVICE_INTERFACE;
DRISO_EXTERN_C_END
#endif
