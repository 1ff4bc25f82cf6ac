/*
 * driso shim: wil/com.h (see wil/common.h): wil::com_ptr_t and its
 * aliases (com_ptr, com_ptr_nothrow, com_ptr_failfast) with the members
 * WIL documents (get/put/addressof/reset/attach/detach/copy_to/query/
 * try_query/query_to/try_query_to), and the free query helpers. Declared
 * only.
 */
#ifndef DRISO_SHIM_WIL_COM_H
#define DRISO_SHIM_WIL_COM_H
#include "result_macros.h"
#include "resource.h"
#ifdef __cplusplus
#include <unknwn.h>

namespace wil {
template <typename T, typename err_policy = err_exception_policy>
class com_ptr_t {
public:
	typedef T element_type;
	typedef T *pointer;
	com_ptr_t() noexcept;
	com_ptr_t(decltype(nullptr)) noexcept;
	com_ptr_t(pointer ptr) noexcept;
	com_ptr_t(const com_ptr_t &other) noexcept;
	com_ptr_t(com_ptr_t &&other) noexcept;
	template <class U, class P> com_ptr_t(const com_ptr_t<U, P> &other) noexcept;
	~com_ptr_t() noexcept;
	com_ptr_t &operator=(decltype(nullptr)) noexcept;
	com_ptr_t &operator=(pointer other) noexcept;
	com_ptr_t &operator=(const com_ptr_t &other) noexcept;
	com_ptr_t &operator=(com_ptr_t &&other) noexcept;
	pointer get() const noexcept;
	pointer *put() noexcept;
	void **put_void() noexcept;
	::IUnknown **put_unknown() noexcept;
	pointer *addressof() noexcept;
	pointer *operator&() noexcept;
	pointer operator->() const noexcept;
	T &operator*() const noexcept;
	explicit operator bool() const noexcept;
	void reset() noexcept;
	void reset(decltype(nullptr)) noexcept;
	void attach(pointer other) noexcept;
	pointer detach() noexcept;
	void swap(com_ptr_t &other) noexcept;
	template <class U> HRESULT copy_to(U **ptrResult) const;
	HRESULT copy_to(REFIID riid, void **ptrResult) const;
	template <class U> com_ptr_t<U, err_policy> query() const;
	template <class U> com_ptr_t<U, err_policy> try_query() const;
	template <class U> HRESULT query_to(U **ptrResult) const;
	HRESULT query_to(REFIID riid, void **ptrResult) const;
	template <class U> bool try_query_to(U **ptrResult) const;
	bool try_query_to(REFIID riid, void **ptrResult) const;
	template <class U> com_ptr_t<U, err_policy> copy() const;
	template <class U> com_ptr_t<U, err_policy> try_copy() const;
};
template <typename T, typename P1, typename U, typename P2> bool operator==(const com_ptr_t<T, P1> &a, const com_ptr_t<U, P2> &b) noexcept;
template <typename T, typename P1, typename U, typename P2> bool operator!=(const com_ptr_t<T, P1> &a, const com_ptr_t<U, P2> &b) noexcept;
template <typename T, typename P> bool operator==(const com_ptr_t<T, P> &a, decltype(nullptr)) noexcept;
template <typename T, typename P> bool operator!=(const com_ptr_t<T, P> &a, decltype(nullptr)) noexcept;
namespace details {
/* an array of com_ptr_t<T> (unique_cotaskmem_array_ptr) stores T* */
template <typename T, typename P> struct element_traits<com_ptr_t<T, P>> {
	typedef T *type;
};
}
template <typename T> using com_ptr = com_ptr_t<T, err_exception_policy>;
template <typename T> using com_ptr_nothrow = com_ptr_t<T, err_returncode_policy>;
template <typename T> using com_ptr_failfast = com_ptr_t<T, err_failfast_policy>;

template <typename T, typename U> HRESULT com_query_to_nothrow(T &&source, U **ptrResult);
template <typename T, typename U> void com_query_to(T &&source, U **ptrResult);
template <typename T, typename U> bool try_com_query_to(T &&source, U **ptrResult);
template <typename U, typename T> com_ptr<U> com_query(T &&source);
template <typename U, typename T> com_ptr<U> try_com_query(T &&source);
template <typename U, typename T> com_ptr_nothrow<U> try_com_query_nothrow(T &&source);
template <typename T> com_ptr<T> CoCreateInstance(REFCLSID rclsid, DWORD dwClsContext = CLSCTX_INPROC_SERVER);
template <typename T> com_ptr_nothrow<T> CoCreateInstanceNoThrow(REFCLSID rclsid, DWORD dwClsContext = CLSCTX_INPROC_SERVER);
template <typename T> com_ptr_failfast<T> CoCreateInstanceFailFast(REFCLSID rclsid, DWORD dwClsContext = CLSCTX_INPROC_SERVER);
}
#endif
#endif
