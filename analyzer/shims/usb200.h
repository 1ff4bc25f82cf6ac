/*
 * driso shim: usb200.h (wraps mingw-w64's). mingw's usb200.h includes
 * "usbspec.h" with quotes, which would bypass driso's usbspec.h wrapper;
 * this pulls the wrapper in first.
 */
#ifndef DRISO_SHIM_USB200_H
#define DRISO_SHIM_USB200_H
#include <usbspec.h>
#include_next <usb200.h>
#endif
