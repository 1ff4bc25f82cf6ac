/*
 * driso shim: miniport.h. mingw-w64's miniport.h uses the basic NT types without
 * including them (the WDK's port headers are self-contained), so ntdef.h
 * comes first here.
 */
#include <ntdef.h>
#include_next <miniport.h>
