/*
 * driso shim: ntddcdrm.h. mingw-w64's ntddcdrm.h includes "ntddstor.h" with quotes,
 * which would read mingw's own ntddstor.h and bypass the ntddstor.h shim
 * (see there); the shim is included first.
 */
#include <ntddstor.h>
#include_next <ntddcdrm.h>
