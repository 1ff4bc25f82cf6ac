/*
 * driso shim: TlvGeneratorParser.hpp as WiFiCx drivers include it (the WDK
 * keeps it in wlan\2.0, which WiFiCx projects put on their include path).
 * Declarations only (see driso_shims.h); see driso_wdi_tlv_core.h and
 * driso_wdi_tlv_types.h for the sources.
 */
#ifndef DRISO_SHIM_TLVGENERATORPARSER_HPP
#define DRISO_SHIM_TLVGENERATORPARSER_HPP
#include "driso_wdi_tlv_core.h"
#include "driso_wdi_tlv_types.h"
#endif
