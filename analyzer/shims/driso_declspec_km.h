/*
 * driso_declspec_km.h: the DECLSPEC_* macros that DECLARE_INTERFACE and
 * STDMETHOD expand to in C++ (basetyps.h). mingw defines them only in
 * winnt.h, which a kernel TU never includes (wdm.h sets NT_INCLUDED), so
 * kernel-mode COM headers (punknown.h, unknown.h, and ks.h/portcls.h/
 * stdunk.h/drmk.h after them) failed in kernel C++. Same tokens as mingw's
 * winnt.h, each only if not defined yet. Included by the punknown.h and
 * unknown.h wrappers.
 *
 * Kernel C++ also gets an opaque declaration of std::align_val_t: clang
 * defines __cpp_aligned_new in C++17, and drivers that declare their own
 * aligned operator new/delete under it (sysvad's NewDelete.h) name the
 * type without including <new>; the opaque form is compatible with
 * libstdc++'s later definition.
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
#if defined(__cplusplus) && defined(_KERNEL_MODE) && !defined(UMDF_VERSION_MAJOR) && \
	defined(__cpp_aligned_new) && !defined(DRISO_HAVE_ALIGN_VAL_T)
#define DRISO_HAVE_ALIGN_VAL_T
namespace std {
enum class align_val_t : decltype(sizeof(0));
}
#endif
#endif
