/*
 * driso shim: audioaggregation.h, the SDCA aggregator's property set
 * (KSPROPERTYSETID_SdcaAgg): the audio functions aggregated behind one
 * endpoint.
 *
 * Not documented on Learn; declared from how Microsoft's MIT-licensed SDCA
 * samples (Windows-driver-samples audio/SoundWire/Samples/SdcaVad) use it.
 * The property id is driso's, the GUID is declared, not defined, and the
 * samples never look inside SDCA_AGGREGATION_DEVICE: its members are a
 * driso placeholder. Declarations only.
 */
#ifndef DRISO_SHIM_AUDIOAGGREGATION_H
#define DRISO_SHIM_AUDIOAGGREGATION_H
#include "driso_shims.h"
#include <ks.h>

DRISO_EXTERN_C_START

DEFINE_GUIDEX(KSPROPERTYSETID_SdcaAgg);
#define KSPROPERTYSETID_SdcaAgg DEFINE_GUIDNAMED(KSPROPERTYSETID_SdcaAgg)
enum {
	KSPROPERTY_SDCAAGG_AGGREGATED_DEVICES = 1
};

typedef struct _SDCA_AGGREGATION_DEVICE {
	ULONG DrisoOpaque[4];
} SDCA_AGGREGATION_DEVICE, *PSDCA_AGGREGATION_DEVICE;
/* Size is the caller's buffer size; FunctionCount devices follow. */
typedef struct _SDCA_AGGREGATION_DEVICES {
	ULONG Size;
	ULONG FunctionCount;
	SDCA_AGGREGATION_DEVICE FunctionIds[ANYSIZE_ARRAY];
} SDCA_AGGREGATION_DEVICES, *PSDCA_AGGREGATION_DEVICES;

DRISO_EXTERN_C_END
#endif
