/*
 * driso shim: msapofxproxy.h (Windows SDK). The header of Microsoft's
 * generic proxy APO: the KSPROPSETID_AudioEffectsDiscovery property set,
 * KSPROPERTY_AUDIOEFFECTSDISCOVERY and KSP_PINMODE (Learn,
 * "KSPROPSETID_AudioEffectsDiscovery"), which driso declares with the other
 * audio-effect items in ksmedia.h's extras; this header makes them
 * available under the name drivers include (sysvad's minwavert.cpp).
 */
#ifndef DRISO_SHIM_MSAPOFXPROXY_H
#define DRISO_SHIM_MSAPOFXPROXY_H
#include <ksmedia.h>
#endif
