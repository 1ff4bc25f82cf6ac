/*
 * driso shim: dot11wdi.h, the WDI (WLAN Device Driver Interface) miniport
 * interface of Windows 10 WLAN drivers (WDK-only header).
 *
 * Declarations only (see driso_shims.h): everything is in
 * driso_wdi_intf.h, shared with WiFiCx's dot11wificxintf.h; see there for
 * sources and the values driso had to choose.
 */
#ifndef DRISO_SHIM_DOT11WDI_H
#define DRISO_SHIM_DOT11WDI_H
#include "driso_shims.h"
#include <ndis.h>
#include <windot11.h>
#include "driso_wdi_intf.h"
#endif
