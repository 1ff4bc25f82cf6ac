/* driso shim: coguid.h, WDK-only header of old COM GUID definitions;
 * the GUIDs WIA drivers use come from objbase.h / uuids via mingw-w64. */
#ifndef DRISO_SHIM_COGUID_H
#define DRISO_SHIM_COGUID_H
#include <objbase.h>
#endif
