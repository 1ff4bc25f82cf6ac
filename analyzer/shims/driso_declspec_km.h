/*
 * driso_declspec_km.h: the DECLSPEC_* macros that DECLARE_INTERFACE and
 * STDMETHOD expand to in C++ (basetyps.h). mingw defines them only in
 * winnt.h, which a kernel TU never includes (wdm.h sets NT_INCLUDED), so
 * kernel-mode COM headers (punknown.h, unknown.h, and ks.h/portcls.h/
 * stdunk.h/drmk.h after them) failed in kernel C++. Same tokens as mingw's
 * winnt.h, each only if not defined yet. Included by the punknown.h and
 * unknown.h wrappers.
 */
#ifndef DRISO_DECLSPEC_KM_H
#define DRISO_DECLSPEC_KM_H
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
#endif
