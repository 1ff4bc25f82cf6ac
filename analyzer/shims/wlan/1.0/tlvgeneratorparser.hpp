/*
 * driso shim: wlan/1.0/TlvGeneratorParser.hpp, the WDI TLV generator and
 * parser library (WDK wlan\1.0). Declarations only (see driso_shims.h);
 * see driso_wdi_tlv_core.h and driso_wdi_tlv_types.h for the sources.
 */
#ifndef DRISO_SHIM_WLAN10_TLVGENERATORPARSER_HPP
#define DRISO_SHIM_WLAN10_TLVGENERATORPARSER_HPP
#include "../../driso_wdi_tlv_core.h"
#include "../../driso_wdi_tlv_types.h"
#endif
