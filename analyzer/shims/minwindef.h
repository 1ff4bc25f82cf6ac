/*
 * driso shim: minwindef.h. mingw's, plus min/max for C++ as the Windows SDK
 * has them (driso_minmax.h says how and why).
 */
#include_next <minwindef.h>
#include "driso_minmax.h"
