/*
 * driso shim: fwpsu.h (WFP run-time types for user mode; SDK header
 * mingw-w64 lacks). User-mode WFP tools include it for the run-time layer
 * and data field identifiers (FWPS_LAYER_*, FWPS_FIELD_*) and the FWPS_*
 * structures of fwpstypes.h. In a kernel TU it is fwpsk.h.
 */
#ifndef DRISO_SHIM_FWPSU_H
#define DRISO_SHIM_FWPSU_H
#include "driso_shims.h"
#if DRISO_KERNEL
#include "fwpsk.h"
#else
#include "driso_fwp_base.h"
#include "fwpstypes.h"
#endif
#endif
