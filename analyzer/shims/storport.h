/*
 * driso shim: storport.h. mingw-w64's storport.h uses the basic NT types
 * without including them and re-defines SCSI_WMI_REQUEST_BLOCK, which its
 * own srb.h already defines; the duplicate is renamed away here.
 */
#include <ntdef.h>
#if !defined(_NTSRB_) && !defined(DRISO_STORPORT_MINGW)
/* srb.h not seen yet: the current Storport interface (driso_storport.h).
 * Define DRISO_STORPORT_MINGW for mingw-w64's own, older one. */
#include "driso_storport.h"
#else
#include <srb.h>
#define _SCSI_WMI_REQUEST_BLOCK _DRISO_STORPORT_DUP_SCSI_WMI_REQUEST_BLOCK
#define SCSI_WMI_REQUEST_BLOCK DRISO_STORPORT_DUP_SCSI_WMI_REQUEST_BLOCK
#define PSCSI_WMI_REQUEST_BLOCK DRISO_STORPORT_DUP_PSCSI_WMI_REQUEST_BLOCK
#include_next <storport.h>
#undef _SCSI_WMI_REQUEST_BLOCK
#undef SCSI_WMI_REQUEST_BLOCK
#undef PSCSI_WMI_REQUEST_BLOCK
#endif
