/*
 * driso shim: punknown.h (kernel-mode COM, used by portcls/ks/stdunk).
 * mingw's ddk/punknown.h declares IUnknown with DECLARE_INTERFACE, whose
 * C++ expansion writes DECLSPEC_NOVTABLE and STDMETHOD's
 * DECLSPEC_NOTHROW. mingw defines those only in winnt.h, which a kernel
 * TU never includes (wdm.h sets NT_INCLUDED), so every kernel C++ audio
 * driver lost the whole interface family (IUnknown, IKsControl, IPort*,
 * IMiniport*). driso_declspec_km.h supplies them.
 */
#include "driso_declspec_km.h"
#if __has_include_next(<punknown.h>)
#include_next <punknown.h>
#endif
