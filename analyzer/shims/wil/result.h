/* driso shim: wil/result.h (see wil/common.h): the result macros. */
#ifndef DRISO_SHIM_WIL_RESULT_H
#define DRISO_SHIM_WIL_RESULT_H
#include "result_macros.h"
#endif
