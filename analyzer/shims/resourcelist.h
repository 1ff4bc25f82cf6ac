/*
 * driso shim: ResourceList.h, TAEF device support
 * (WEX::TestExecution::ResourceList and Resources), declared
 * with the rest of TAEF in wextestclass.h.
 */
#ifndef DRISO_SHIM_RESOURCELIST_H
#define DRISO_SHIM_RESOURCELIST_H
#include "wextestclass.h"
#endif
