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
#ifdef __cplusplus
#include <windows.h>
namespace wil {
struct err_exception_policy;
struct err_returncode_policy;
struct err_failfast_policy;
}
#endif
#endif
