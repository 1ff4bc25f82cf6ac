/*
 * driso shim: a2dpsidebandaudio.h, the Bluetooth A2DP additions to the
 * sideband audio DDI (sidebandaudio.h): interface GUIDs, the A2DP SIOP
 * parameter set and its ids, the vendor parameter-set base GUID and the
 * vendor-id accessor macros.
 *
 * Written from the Learn a2dpsidebandaudio.h reference, with values and
 * GUIDs as facts from Microsoft's MIT-licensed WDK metadata
 * (github.com/microsoft/wdkmetadata, generation/WDK/IdlHeaders/km/
 * a2dpsidebandaudio.h). Declarations only.
 */
#ifndef DRISO_SHIM_A2DPSIDEBANDAUDIO_H
#define DRISO_SHIM_A2DPSIDEBANDAUDIO_H
#include "driso_shims.h"

DRISO_EXTERN_C_START

/* {F3B1362F-C9F4-4DD1-9D55-E02038A129FB} */
DEFINE_GUID(GUID_DEVINTERFACE_A2DP_SIDEBAND_AUDIO, 0xf3b1362f, 0xc9f4, 0x4dd1, 0x9d, 0x55, 0xe0, 0x20, 0x38, 0xa1, 0x29, 0xfb);
/* {2BC51EE4-07AF-49CF-B04B-FB3F1C26AADC} */
DEFINE_GUID(GUID_SIDEBANDAUDIO_A2DP_SUPPORT_INTERFACE, 0x2bc51ee4, 0x07af, 0x49cf, 0xb0, 0x4b, 0xfb, 0x3f, 0x1c, 0x26, 0xaa, 0xdc);
/* {8FE0297F-3AE6-4384-ACE3-87589E571B9C} */
DEFINE_GUID(SIDEBANDAUDIO_PARAMS_SET_A2DP, 0x8fe0297f, 0x3ae6, 0x4384, 0xac, 0xe3, 0x87, 0x58, 0x9e, 0x57, 0x1b, 0x9c);
typedef enum _SIDEBANDAUDIO_PARAMS_A2DP {
	SIDEBANDAUDIO_PARAM_A2DP_CODECS = 1,
	SIDEANDAUDIO_PARAM_A2DP_CONFIGURED_CODEC = 2 /* sic */
} SIDEBANDAUDIO_PARAMS_A2DP;
/* Vendor parameter sets: Data1's low 16 bits carry the vendor id. */
/* {00000000-FE37-468B-AF72-411C0E5A3FFC} */
DEFINE_GUID(SIDEBAND_PARAMS_SET_A2DP_VENDOR_BASE, 0x00000000, 0xfe37, 0x468b, 0xaf, 0x72, 0x41, 0x1c, 0x0e, 0x5a, 0x3f, 0xfc);
#define VENDOR_ID_MASK 0x0000FFFF
#define GET_VENDOR_ID_FROM_PARAMSET(paramSet) ((paramSet).Data1 & VENDOR_ID_MASK)
#define SET_VENDOR_ID_TO_PARAMSET(paramSet, vendorId) ((paramSet).Data1 = ((vendorId) & VENDOR_ID_MASK))

DRISO_EXTERN_C_END
#endif
