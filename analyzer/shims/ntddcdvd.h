/*
 * driso shim: ntddcdvd.h. mingw-w64's ntddcdvd.h includes "ntddstor.h" with quotes,
 * which would read mingw's own ntddstor.h and bypass the ntddstor.h shim
 * (see there); the shim is included first.
 */
#include <ntddstor.h>
#include_next <ntddcdvd.h>
