/*
 * driso shim: atlimpl.cpp (ATL). ATL 2/3 projects #include <atlimpl.cpp>
 * once (usually in StdAfx.cpp) to compile ATL's out-of-line code; since
 * ATL 7 that code lives in the ATL headers and the library, and the file
 * is kept only so that such projects still build. driso's ATL stand-in
 * declares everything in its headers (see atldef.h), so this file has
 * nothing to add: it pulls in atlbase.h/atlcom.h, which such a TU has
 * already included.
 */
#ifndef DRISO_SHIM_ATLIMPL_CPP
#define DRISO_SHIM_ATLIMPL_CPP
#include "atlbase.h"
#include "atlcom.h"
#endif
