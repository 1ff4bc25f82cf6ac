/*
 * driso shim: scsi.h wraps mingw-w64's (SCSI-2/3 era) and adds the SPC-4 /
 * SBC-3 definitions current storage drivers use (driso_scsi_extras.h).
 *
 * mingw's scsi.h includes "srb.h" with quotes, which finds mingw's own
 * srb.h next to it and bypasses the srb.h shim (and with it the extended
 * SRB of driso_srbex.h); the shim's srb.h is therefore included first.
 * User-mode tools define _NTSCSI_USER_MODE_ (no SRB at all) and find
 * scsi.h under ddk/, which is not on a user-mode include path.
 */
#ifndef _NTSCSI_USER_MODE_
#include <srb.h>
#endif
#if __has_include_next(<scsi.h>)
#include_next <scsi.h>
#else
#include <ddk/scsi.h>
#endif
#include "driso_scsi_extras.h"
