/*
 * driso shim: punknown.h (kernel-mode COM, used by portcls/ks/stdunk).
 * mingw's ddk/punknown.h declares IUnknown with DECLARE_INTERFACE, whose
 * C++ expansion writes DECLSPEC_NOVTABLE and STDMETHOD's
 * DECLSPEC_NOTHROW. mingw defines those only in winnt.h, which a kernel
 * TU never includes (wdm.h sets NT_INCLUDED), so every kernel C++ audio
 * driver lost the whole interface family (IUnknown, IKsControl, IPort*,
 * IMiniport*). The definitions below are the same tokens as mingw's
 * winnt.h, each only if not defined yet.
 */
#ifndef DECLSPEC_NOVTABLE
#define DECLSPEC_NOVTABLE
#endif
#ifndef DECLSPEC_NOTHROW
#define DECLSPEC_NOTHROW __declspec(nothrow)
#endif
#ifndef DECLSPEC_UUID
#define DECLSPEC_UUID(x)
#endif
#ifndef DECLSPEC_SELECTANY
#define DECLSPEC_SELECTANY __declspec(selectany)
#endif
#if __has_include_next(<punknown.h>)
#include_next <punknown.h>
#endif
