/*
 * driso shim: audioapotypes.h. mingw-w64's audioapotypes.h (HNSTIME,
 * FLOAT32, APO_BUFFER_FLAGS, APO_CONNECTION_PROPERTY, AUDIO_CURVE_TYPE) has
 * no include guard, and the APO headers (audiomediatype.h,
 * audioenginebaseapo.h) include it again after a driver's own inclusion;
 * this wrapper includes it once.
 */
#ifndef DRISO_SHIM_AUDIOAPOTYPES_H
#define DRISO_SHIM_AUDIOAPOTYPES_H
#include <windows.h>
#include_next <audioapotypes.h>
#endif
