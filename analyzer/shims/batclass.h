/*
 * driso shim: batclass.h.
 *
 * In kernel TUs mingw's old ddk/poclass.h shadows include/poclass.h, so
 * the battery types batclass.h needs are never declared; they come from
 * driso_poclass_km.h, then mingw's batclass.h follows.
 */
#ifndef DRISO_SHIM_BATCLASS_H
#define DRISO_SHIM_BATCLASS_H
#include "driso_shims.h"
#include "driso_poclass_km.h"
#include_next <batclass.h>
#endif
