/*
 * driso shim: usb100.h (wraps mingw-w64's). mingw's usb100.h includes
 * "usbspec.h" with quotes, which would bypass driso's usbspec.h wrapper;
 * this pulls the wrapper in first.
 */
#ifndef DRISO_SHIM_USB100_H
#define DRISO_SHIM_USB100_H
#include <usbspec.h>
#include_next <usb100.h>
#endif
