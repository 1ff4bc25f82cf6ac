/*
 * driso shim: net/databuffertypes.h. The public NetAdapterCx 2.x header
 * declares nothing (the data-buffer extension is private to
 * NetAdapterCx); drivers include it for completeness. Provenance in
 * netadaptercx.h.
 */
#ifndef DRISO_SHIM_NET_DATABUFFERTYPES_H
#define DRISO_SHIM_NET_DATABUFFERTYPES_H
#include "extension.h"
#endif
