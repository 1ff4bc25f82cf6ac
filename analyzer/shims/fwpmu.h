/*
 * driso shim: fwpmu.h (wraps mingw-w64's).
 *
 * mingw's fwpmu.h has the Fwpm* functions but none of the management GUIDs
 * (FWPM_LAYER_*, FWPM_SUBLAYER_*, FWPM_CONDITION_*), the object flag
 * constants or the versionless names: added here from driso_fwpm_guids.h,
 * driso_fwpm_extras.h and fwpvi.h.
 */
#ifndef DRISO_SHIM_FWPMU_H
#define DRISO_SHIM_FWPMU_H
#include "driso_shims.h"
#if DRISO_KERNEL
#include "fwpmk.h"
#else
#include_next <fwpmu.h>
#include "driso_fwpm_extras.h"
#include "driso_fwpm_guids.h"
#include "fwpvi.h"
#endif
#endif
