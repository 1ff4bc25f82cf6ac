/*
 * driso shim: ITestResource.h, TAEF device support
 * (WEX::TestExecution::ITestResource and TestResourceProperty), declared
 * with the rest of TAEF in wextestclass.h.
 */
#ifndef DRISO_SHIM_ITESTRESOURCE_H
#define DRISO_SHIM_ITESTRESOURCE_H
#include "wextestclass.h"
#endif
