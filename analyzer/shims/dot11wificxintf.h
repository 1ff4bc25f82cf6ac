/*
 * driso shim: dot11wificxintf.h, the WDI message interface of WiFiCx
 * drivers (WDI_MESSAGE_HEADER, WDI_MAC_ADDRESS, message IDs, OID_WDI_* and
 * NDIS_STATUS_WDI_INDICATION_* codes, and in kernel mode the WDI data-path
 * callbacks and Wdi_NdisM* routines). WDK-only header.
 *
 * Declarations only (see driso_shims.h): everything is in driso_wdi_intf.h,
 * shared with WDI's dot11wdi.h; see there for sources and the values driso
 * had to choose.
 */
#ifndef DRISO_SHIM_DOT11WIFICXINTF_H
#define DRISO_SHIM_DOT11WIFICXINTF_H
#include "driso_shims.h"
#if DRISO_KERNEL
#include <ndis.h>
#else
#include <windows.h>
#include <ntddndis.h>
#endif
#include <windot11.h>
#include "driso_wdi_intf.h"
#endif
