/*
 * driso shim: srb.h. mingw-w64's srb.h uses the basic NT types without
 * including them (the WDK's port headers are self-contained), so ntdef.h
 * comes first here.
 */
#include <ntdef.h>
#include "driso_ntdef_extras.h"
#include_next <srb.h>
#include "driso_srbex.h"
#ifndef SCSIPORT_API
#define SCSIPORT_API
#endif
