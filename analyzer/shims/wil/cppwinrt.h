/*
 * driso shim: wil/cppwinrt.h (see wil/common.h): WIL's C++/WinRT
 * interoperability header, declared from WIL's documentation: it pulls in
 * winrt/base.h (the driso stand-in) and declares wil::verify_hresult for
 * winrt::hresult, the get_abi/put_abi helpers, com_raw_ptr for the base
 * projections, convert_from_abi and WilInitialize_CppWinRT.
 */
#ifndef DRISO_SHIM_WIL_CPPWINRT_H
#define DRISO_SHIM_WIL_CPPWINRT_H
#include "common.h"
#include "result_macros.h"
#ifdef __cplusplus
#include <winrt/base.h>
namespace wil {
long verify_hresult(winrt::hresult hr) noexcept;
void WilInitialize_CppWinRT();
template <typename T> void *get_abi(T const &object) noexcept;
template <typename T> void **put_abi(T &object) noexcept;
::IUnknown *com_raw_ptr(const winrt::Windows::Foundation::IUnknown &ptr) noexcept;
::IInspectable *com_raw_ptr(const winrt::Windows::Foundation::IInspectable &ptr) noexcept;
template <typename T> T convert_from_abi(::IUnknown *from);
}
#endif
#endif
