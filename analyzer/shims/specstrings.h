/*
 * driso shim: specstrings.h. mingw's specstrings.h plus the SAL and
 * driver annotations it lacks (driso_sal.h), all defined empty.
 */
#include_next <specstrings.h>
#include "driso_sal.h"
