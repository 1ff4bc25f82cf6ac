/*
 * driso shim: ntddk.h. mingw-w64's ntddk.h plus declarations it lacks
 * (driso_ntddk_extras.h). mingw skips the RTL_SPLAY_LINKS structure when
 * a driver defines RTL_USE_AVL_TABLES yet still uses it afterwards, so the
 * macro is hidden while mingw's header is read.
 */
#ifndef DRISO_SHIM_NTDDK_H_ONCE
#define DRISO_SHIM_NTDDK_H_ONCE
#include "driso_shims.h"
#pragma push_macro("RTL_USE_AVL_TABLES")
#undef RTL_USE_AVL_TABLES
#include_next <ntddk.h>
#pragma pop_macro("RTL_USE_AVL_TABLES")
#include "driso_ntddk_extras.h"
#endif
