/*
 * driso shim: wditypes.hpp, WDI type definitions (enumerations, TLV
 * value structures, WDI_TLV_* type values). WDK-only header.
 *
 * Declarations only (see driso_shims.h): the content is
 * driso_wdi_types.h, shared with WiFiCx's dot11wificxtypes.hpp.
 */
#ifndef DRISO_SHIM_WDITYPES_HPP
#define DRISO_SHIM_WDITYPES_HPP
#include "driso_shims.h"
#include "driso_wdi_types.h"
#endif
