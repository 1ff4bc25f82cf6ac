/*
 * driso shim: usbiodef.h (wraps mingw-w64's). USB I/O definitions of the
 * current WDK that mingw's usbiodef.h lacks (the USB_* function codes of
 * the transport-characteristics, device-characteristics and time-sync
 * IOCTLs) and the GUID_DEVINTERFACE_USB_BILLBOARD interface class.
 *
 * Generated, then compile-checked, from the shared usbiodef.h published
 * in microsoft/wdkmetadata (MIT): facts only -- names and values -- in
 * this file's own layout. Only names mingw-w64 does not declare are
 * added.
 */
#ifndef DRISO_SHIM_USBIODEF_H
#define DRISO_SHIM_USBIODEF_H
#include "driso_shims.h"
#include_next <usbiodef.h>
DRISO_EXTERN_C_START

#ifndef USB_FAIL_GET_STATUS
#define USB_FAIL_GET_STATUS 280
#endif
#ifndef USB_GET_TRANSPORT_CHARACTERISTICS
#define USB_GET_TRANSPORT_CHARACTERISTICS 281
#endif
#ifndef USB_REGISTER_FOR_TRANSPORT_CHARACTERISTICS_CHANGE
#define USB_REGISTER_FOR_TRANSPORT_CHARACTERISTICS_CHANGE 282
#endif
#ifndef USB_NOTIFY_ON_TRANSPORT_CHARACTERISTICS_CHANGE
#define USB_NOTIFY_ON_TRANSPORT_CHARACTERISTICS_CHANGE 283
#endif
#ifndef USB_UNREGISTER_FOR_TRANSPORT_CHARACTERISTICS_CHANGE
#define USB_UNREGISTER_FOR_TRANSPORT_CHARACTERISTICS_CHANGE 284
#endif
#ifndef USB_START_TRACKING_FOR_TIME_SYNC
#define USB_START_TRACKING_FOR_TIME_SYNC 285
#endif
#ifndef USB_GET_FRAME_NUMBER_AND_QPC_FOR_TIME_SYNC
#define USB_GET_FRAME_NUMBER_AND_QPC_FOR_TIME_SYNC 286
#endif
#ifndef USB_STOP_TRACKING_FOR_TIME_SYNC
#define USB_STOP_TRACKING_FOR_TIME_SYNC 287
#endif
#ifndef USB_GET_DEVICE_CHARACTERISTICS
#define USB_GET_DEVICE_CHARACTERISTICS 288
#endif
#ifndef USB_RESERVED_USER_BASE
#define USB_RESERVED_USER_BASE 1024
#endif
DEFINE_GUID(GUID_DEVINTERFACE_USB_BILLBOARD, 0x5e9adaef, 0xf879, 0x473f, 0xb8, 0x07, 0x4e, 0x5e, 0xa7, 0x7d, 0x1b, 0x1c);

DRISO_EXTERN_C_END

#endif /* DRISO_SHIM_USBIODEF_H */
