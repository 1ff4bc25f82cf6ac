/*
 * driso shim: poclass.h. Kernel TUs find mingw's old ddk/poclass.h
 * first; the battery and thermal types it lacks come from
 * driso_poclass_km.h.
 */
#include_next <poclass.h>
#include "driso_poclass_km.h"
