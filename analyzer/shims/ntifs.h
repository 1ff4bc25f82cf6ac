/*
 * driso shim: ntifs.h. mingw-w64's ntifs.h plus file-system declarations
 * it lacks (driso_ntifs_extras.h).
 */
#ifndef DRISO_SHIM_NTIFS_H_ONCE
#define DRISO_SHIM_NTIFS_H_ONCE
#include "driso_shims.h"
#include_next <ntifs.h>
#include "driso_ntifs_extras.h"
#endif
