/*
 * driso shim: dot11wificxtypes.hpp, WiFiCx's WDI type definitions
 * (enumerations, TLV value structures, WDI_TLV_* type values, including
 * the WiFiCx-only TLVs). WDK-only header.
 *
 * Declarations only (see driso_shims.h): the content is driso_wdi_types.h,
 * shared with WDI's wditypes.hpp.
 */
#ifndef DRISO_SHIM_DOT11WIFICXTYPES_HPP
#define DRISO_SHIM_DOT11WIFICXTYPES_HPP
#include "driso_shims.h"
#include "driso_wdi_types.h"
#endif
