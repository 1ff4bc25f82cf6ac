/*
 * driso shim: wil/common.h. A declaration-level stand-in for the parts of
 * the Windows Implementation Library (microsoft/wil, MIT) that driver
 * samples use, written from WIL's public documentation, not from its
 * sources: the types and members exist so that code using them parses
 * with the right types; member functions are declared, never defined.
 * C++ only (WIL is a C++ library). Windows-driver-samples references WIL
 * as an (empty) git submodule, so without this shim every `#include
 * <wil\com.h>` TU lost its declarations.
 */
#ifndef DRISO_SHIM_WIL_COMMON_H
#define DRISO_SHIM_WIL_COMMON_H
/* WIL's own switch: kernel-mode code gets the parts WIL offers there (the
 * RAII templates, wistd, make_unique_nothrow), without windows.h */
#if defined(_KERNEL_MODE) && !defined(WIL_KERNEL_MODE)
#define WIL_KERNEL_MODE
#endif
#ifdef __cplusplus
#ifndef WIL_KERNEL_MODE
#include <windows.h>
#else
/* kernel C++ builds reach the compiler's <new> (vcruntime_new.h: placement
 * new, std::nothrow_t), which WIL's kernel code and its users rely on */
#if __has_include(<new>)
#include <new>
#else
namespace std {
struct nothrow_t { explicit nothrow_t() = default; };
extern const nothrow_t nothrow;
typedef decltype(nullptr) nullptr_t;
}
inline void *operator new(decltype(sizeof(0)), void *p) noexcept { return p; }
inline void *operator new[](decltype(sizeof(0)), void *p) noexcept { return p; }
inline void operator delete(void *, void *) noexcept {}
inline void operator delete[](void *, void *) noexcept {}
#endif
#endif
namespace wil {
struct err_exception_policy;
struct err_returncode_policy;
struct err_failfast_policy;
}
#endif
#endif
