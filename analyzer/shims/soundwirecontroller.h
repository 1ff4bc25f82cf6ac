/*
 * driso shim: soundwirecontroller.h, the SoundWire controller definitions
 * SDCA audio drivers share (data port configuration of a streaming path).
 *
 * Not documented on Learn: this header and the SDCA family around it
 * (sdcastreaming.h, audioaggregation.h, sdcaxu.h) are declared from how
 * Microsoft's MIT-licensed SoundWire SDCA samples (Windows-driver-samples
 * audio/SoundWire/Samples/SdcaVad) use them: names, member names and
 * member types as the samples use them. Every numeric value is driso's
 * (distinct, not the WDK's); enumerators whose enumeration name the
 * samples never spell are in unnamed enums. Declarations only.
 */
#ifndef DRISO_SHIM_SOUNDWIRECONTROLLER_H
#define DRISO_SHIM_SOUNDWIRECONTROLLER_H
#include "driso_shims.h"

DRISO_EXTERN_C_START

/* Transfer modes of a data port (SoundWire DPn modes; bit values driso's). */
enum {
	SoundWireDataPortModeIsochronous = 0x00000001
};

/* Configuration of one data port of an SDCA streaming path. */
typedef struct _SOUNDWIRE_DATAPORT_CONFIGURATION {
	ULONG Size;
	ULONG DataPortNumber;
	ULONG EndpointId;
	ULONG Modes;
	ULONG ChannelMask;
} SOUNDWIRE_DATAPORT_CONFIGURATION, *PSOUNDWIRE_DATAPORT_CONFIGURATION;

DRISO_EXTERN_C_END
#endif
