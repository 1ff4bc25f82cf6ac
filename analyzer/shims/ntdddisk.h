/*
 * driso shim: ntdddisk.h. mingw-w64's ntdddisk.h includes "ntddstor.h" with quotes,
 * which would read mingw's own ntddstor.h and bypass the ntddstor.h shim
 * (see there); the shim is included first.
 * Adds the disk IOCTLs and structures of driso_ntdddisk_extras.h (kernel)
 * and driso_ntdddisk_gen.h (kernel and user mode).
 */
#include <ntddstor.h>
#include_next <ntdddisk.h>
#include "driso_ntdddisk_extras.h"
#include "driso_ntdddisk_gen.h"
