/*
 * driso shim: classpnp.h, the storage class driver library (classpnp.sys)
 * interface used by disk, cdrom, tape and other class drivers and by
 * Windows-driver-samples' own classpnp.
 *
 * mingw-w64's ddk/classpnp.h is the Windows Vista-era header: its
 * FUNCTIONAL_DEVICE_EXTENSION, CLASS_DRIVER_EXTENSION and
 * CLASS_POWER_CONTEXT lack the current members, COMPLETION_CONTEXT has
 * no extended-SRB union, and ClassGetDescriptor / ClassSignalCompletion
 * are declared with other parameter types than the library has. So this
 * header does not include it: it pulls in what the WDK's classpnp.h
 * includes and then driso_classpnp_gen.h, the current interface (facts
 * from Microsoft's MIT wdkmetadata copy of the WDK header; see there).
 * Define DRISO_CLASSPNP_MINGW to get mingw's header instead.
 *
 * Learn documents the CLASS_FUNCTION_SUPPORT and CLASS_POWER_DOWN_STATE3
 * enumerations and a handful of routines; Learn calls the rest of
 * classpnp.sys "not a supported API", but class drivers use it.
 */
#ifndef DRISO_SHIM_CLASSPNP_H
#define DRISO_SHIM_CLASSPNP_H

#include "driso_shims.h"
#include <ntddk.h>
#include <ntdddisk.h>
#include <ntddcdrm.h>
#include <ntddtape.h>
#include <ntddscsi.h>
#include <ntddstor.h>
#include <stdio.h>
#include <scsi.h>
#include "driso_ntstatus_storage.h"

#ifdef DRISO_CLASSPNP_MINGW
#include_next <classpnp.h>
#else
#include "driso_classpnp_gen.h"
#endif

#endif
