/*
 * driso shim: dontuse.h. The WDK header marks unsafe string functions as
 * deprecated with #pragma deprecated; that only produces diagnostics, so
 * for parsing it is empty.
 */
#ifndef DRISO_SHIM_DONTUSE_H
#define DRISO_SHIM_DONTUSE_H
#endif
