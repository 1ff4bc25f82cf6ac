/*
 * driso shim: limits.h (wraps the next limits.h on the include path).
 * Adds the Microsoft sized limits of the MSVC C runtime's <limits.h>
 * (_I8_MIN ... _UI64_MAX; Learn: "C and C++ integer limits") through
 * driso_crt_limits.h, for the case that this wrapper is reached: with
 * driso's current include order clang's own limits.h comes first and,
 * under -ffreestanding, includes nothing after it (see driso_crt_limits.h).
 */
#include_next <limits.h>
#include "driso_crt_limits.h"
