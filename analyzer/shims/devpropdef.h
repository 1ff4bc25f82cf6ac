/*
 * driso shim: devpropdef.h (wraps mingw-w64's). mingw's copy stops at
 * DEVPROPTYPE/DEVPROPKEY; the SDK header also declares the property store
 * selector DEVPROPSTORE, the composite key DEVPROPCOMPKEY and the
 * DEVPROPERTY descriptor (Learn: DEVPROPERTY, DEVPROPCOMPKEY) that
 * swdevice.h, cfgmgr32's CM_*_Property*Ex routines and the sideband audio
 * DDI pass around, plus the IsEqualLocaleName / IsEqualDevPropCompKey
 * comparison macros. Member order and values as in Microsoft's Win32 API
 * metadata (microsoft/win32metadata, MIT licence). DRISO_HAVE_DEVPROPERTY
 * is the marker sidebandaudio.h checks before declaring the same types.
 */
#include_next <devpropdef.h>
#ifndef DRISO_SHIM_DEVPROPDEF_H
#define DRISO_SHIM_DEVPROPDEF_H
#ifndef DRISO_HAVE_DEVPROPERTY
#define DRISO_HAVE_DEVPROPERTY
typedef enum _DEVPROPSTORE {
	DEVPROP_STORE_SYSTEM,
	DEVPROP_STORE_USER
} DEVPROPSTORE, *PDEVPROPSTORE;
typedef struct _DEVPROPCOMPKEY {
	DEVPROPKEY Key;
	DEVPROPSTORE Store;
	PCWSTR LocaleName;
} DEVPROPCOMPKEY, *PDEVPROPCOMPKEY;
typedef struct _DEVPROPERTY {
	DEVPROPCOMPKEY CompKey;
	DEVPROPTYPE Type;
	ULONG BufferSize;
	PVOID Buffer;
} DEVPROPERTY, *PDEVPROPERTY;
#endif
#ifndef IsEqualLocaleName
#define IsEqualLocaleName(a, b) (((a) == (b)) || (((a) != NULL) && ((b) != NULL) && (_wcsicmp((a), (b)) == 0)))
#endif
#ifndef IsEqualDevPropCompKey
#define IsEqualDevPropCompKey(a, b) (IsEqualDevPropKey((a).Key, (b).Key) && ((a).Store == (b).Store) && IsEqualLocaleName((a).LocaleName, (b).LocaleName))
#endif
#endif
