/*
 * driso shim: scsi.h wraps mingw-w64's (SCSI-2/3 era) and adds the SPC-4 /
 * SBC-3 definitions current storage drivers use (driso_scsi_extras.h).
 */
#include_next <scsi.h>
#include "driso_scsi_extras.h"
