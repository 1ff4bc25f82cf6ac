/*
 * driso shim: net/databuffer.h (declares nothing beyond
 * net/databuffertypes.h, as in the WDK). Provenance in netadaptercx.h.
 */
#ifndef DRISO_SHIM_NET_DATABUFFER_H
#define DRISO_SHIM_NET_DATABUFFER_H
#include "databuffertypes.h"
#endif
