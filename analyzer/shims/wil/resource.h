/*
 * driso shim: wil/resource.h (see wil/common.h): the RAII wrappers driver
 * samples use. wil::unique_any<T, Close, close_fn> holds a T and closes it
 * with close_fn; the named handle types are aliases of it. Members follow
 * WIL's documentation (get/put/addressof/reset/release/operator bool);
 * declared only. unique_event adds create/SetEvent/ResetEvent/wait.
 */
#ifndef DRISO_SHIM_WIL_RESOURCE_H
#define DRISO_SHIM_WIL_RESOURCE_H
#include "result_macros.h"
#ifdef __cplusplus

#ifndef WIL_KERNEL_MODE
#include <objbase.h>
#include <propidl.h>
#endif

/* wistd (wistd_type_traits.h, wistd_functional.h): the std:: helpers WIL
 * carries for code without the C++ library (kernel mode) */
namespace wistd {
template <class T, T v> struct integral_constant {
	static constexpr T value = v;
	typedef T value_type;
	typedef integral_constant type;
	constexpr operator value_type() const noexcept { return value; }
	constexpr value_type operator()() const noexcept { return value; }
};
typedef integral_constant<bool, true> true_type;
typedef integral_constant<bool, false> false_type;
template <class T> struct remove_reference { typedef T type; };
template <class T> struct remove_reference<T &> { typedef T type; };
template <class T> struct remove_reference<T &&> { typedef T type; };
template <class T, class U> struct is_same : false_type {};
template <class T> struct is_same<T, T> : true_type {};
template <bool B, class T = void> struct enable_if {};
template <class T> struct enable_if<true, T> { typedef T type; };
template <bool B, class T, class F> struct conditional { typedef T type; };
template <class T, class F> struct conditional<false, T, F> { typedef F type; };
template <class T> constexpr typename remove_reference<T>::type &&move(T &&t) noexcept
{
	return static_cast<typename remove_reference<T>::type &&>(t);
}
template <class T> constexpr T &&forward(typename remove_reference<T>::type &t) noexcept
{
	return static_cast<T &&>(t);
}
template <class T> constexpr T &&forward(typename remove_reference<T>::type &&t) noexcept
{
	return static_cast<T &&>(t);
}
template <class T> void swap_wil(T &a, T &b) noexcept;
}

/* wistd (wistd_memory.h): WIL's exception-neutral unique_ptr */
namespace wistd {
template <class T> struct default_delete {
	default_delete() noexcept = default;
	void operator()(T *ptr) const noexcept;
};
template <class T> struct default_delete<T[]> {
	default_delete() noexcept = default;
	void operator()(T *ptr) const noexcept;
};
template <class T, class D = default_delete<T>> class unique_ptr {
public:
	typedef T element_type;
	typedef T *pointer;
	typedef D deleter_type;
	unique_ptr() noexcept;
	unique_ptr(decltype(nullptr)) noexcept;
	explicit unique_ptr(pointer p) noexcept;
	unique_ptr(unique_ptr &&other) noexcept;
	template <class U, class E> unique_ptr(unique_ptr<U, E> &&other) noexcept;
	~unique_ptr() noexcept;
	unique_ptr &operator=(unique_ptr &&other) noexcept;
	unique_ptr &operator=(decltype(nullptr)) noexcept;
	T &operator*() const;
	pointer operator->() const noexcept;
	pointer get() const noexcept;
	deleter_type &get_deleter() noexcept;
	explicit operator bool() const noexcept;
	pointer release() noexcept;
	void reset(pointer p = pointer()) noexcept;
	void swap(unique_ptr &other) noexcept;
};
template <class T, class D> class unique_ptr<T[], D> {
public:
	typedef T element_type;
	typedef T *pointer;
	unique_ptr() noexcept;
	explicit unique_ptr(pointer p) noexcept;
	unique_ptr(unique_ptr &&other) noexcept;
	~unique_ptr() noexcept;
	unique_ptr &operator=(unique_ptr &&other) noexcept;
	T &operator[](size_t i) const;
	pointer get() const noexcept;
	explicit operator bool() const noexcept;
	pointer release() noexcept;
	void reset(pointer p = pointer()) noexcept;
};
template <class T, class D> bool operator==(const unique_ptr<T, D> &p, decltype(nullptr)) noexcept;
template <class T, class D> bool operator==(decltype(nullptr), const unique_ptr<T, D> &p) noexcept;
template <class T, class D> bool operator!=(const unique_ptr<T, D> &p, decltype(nullptr)) noexcept;
template <class T, class D> bool operator!=(decltype(nullptr), const unique_ptr<T, D> &p) noexcept;
template <class T1, class D1, class T2, class D2> bool operator==(const unique_ptr<T1, D1> &a, const unique_ptr<T2, D2> &b);
template <class T1, class D1, class T2, class D2> bool operator!=(const unique_ptr<T1, D1> &a, const unique_ptr<T2, D2> &b);
template <class T, class... Args> unique_ptr<T> make_unique(Args &&...args);
namespace details {
/* overload selection between the single-object and the array (T[]) forms
 * of the make_unique* factories, as the std:: ones do */
template <class T, class R> struct if_not_array {
	typedef R type;
};
template <class T, class R> struct if_not_array<T[], R> {};
template <class T, class R> struct if_array {};
template <class T, class R> struct if_array<T[], R> {
	typedef R type;
};
}
}

namespace wil {
template <typename T, typename Close = decltype(nullptr), Close close_fn = nullptr, typename... Rest>
class unique_any {
public:
	typedef T pointer;
	unique_any() noexcept;
	unique_any(decltype(nullptr)) noexcept;
	explicit unique_any(pointer value) noexcept;
	unique_any(unique_any &&other) noexcept;
	~unique_any() noexcept;
	unique_any &operator=(unique_any &&other) noexcept;
	unique_any &operator=(decltype(nullptr)) noexcept;
	pointer get() const noexcept;
	pointer *put() noexcept;
	pointer *addressof() noexcept;
	pointer *operator&() noexcept;
	void reset(pointer value = pointer()) noexcept;
	void reset(decltype(nullptr)) noexcept;
	pointer release() noexcept;
	void swap(unique_any &other) noexcept;
	bool is_valid() const noexcept;
	explicit operator bool() const noexcept;
};

template <typename T> struct function_deleter;
#ifdef WIL_KERNEL_MODE
/* kernel synchronization wrappers: a lock object's acquire() returns a
 * guard that releases it when it goes out of scope */
namespace details {
template <int Kind> class lock_guard {
public:
	lock_guard() noexcept;
	lock_guard(lock_guard &&other) noexcept;
	lock_guard &operator=(lock_guard &&other) noexcept;
	~lock_guard() noexcept;
	void reset() noexcept;
	explicit operator bool() const noexcept;
};
template <EVENT_TYPE eventType> class kernel_event_t {
public:
	explicit kernel_event_t(bool isSignaled = false) noexcept;
	PRKEVENT get() noexcept;
	void clear() noexcept;
	bool set(KPRIORITY increment = IO_NO_INCREMENT) noexcept;
	bool is_signaled() const noexcept;
	bool wait(LONGLONG waitTime) noexcept;
	void wait() noexcept;
};
}
using kspin_lock_guard = details::lock_guard<0>;
using kspin_lock_at_dpc_guard = details::lock_guard<1>;
using fast_mutex_guard = details::lock_guard<2>;
using fast_mutex_with_critical_region_guard = details::lock_guard<3>;
class kernel_spin_lock {
public:
	kernel_spin_lock() noexcept;
	~kernel_spin_lock() noexcept;
	kspin_lock_guard acquire() noexcept;
	kspin_lock_at_dpc_guard acquire_at_dpc() noexcept;
};
using kernel_event_auto_reset = details::kernel_event_t<SynchronizationEvent>;
using kernel_event_manual_reset = details::kernel_event_t<NotificationEvent>;
using kernel_event = kernel_event_auto_reset;
fast_mutex_guard acquire_fast_mutex(FAST_MUTEX *fastMutex) noexcept;
fast_mutex_guard try_acquire_fast_mutex(FAST_MUTEX *fastMutex) noexcept;
class fast_mutex {
public:
	fast_mutex() noexcept;
	~fast_mutex() noexcept;
	fast_mutex_guard acquire() noexcept;
	fast_mutex_guard try_acquire() noexcept;
};
fast_mutex_with_critical_region_guard acquire_fast_mutex_with_critical_region(FAST_MUTEX *fastMutex) noexcept;
class fast_mutex_with_critical_region {
public:
	fast_mutex_with_critical_region() noexcept;
	~fast_mutex_with_critical_region() noexcept;
	fast_mutex_with_critical_region_guard acquire() noexcept;
};
#endif
#ifndef WIL_KERNEL_MODE
template <typename T> class unique_cotaskmem_ptr {
public:
	typedef T *pointer;
	unique_cotaskmem_ptr() noexcept;
	unique_cotaskmem_ptr(decltype(nullptr)) noexcept;
	explicit unique_cotaskmem_ptr(pointer value) noexcept;
	unique_cotaskmem_ptr(unique_cotaskmem_ptr &&other) noexcept;
	~unique_cotaskmem_ptr() noexcept;
	unique_cotaskmem_ptr &operator=(unique_cotaskmem_ptr &&other) noexcept;
	pointer get() const noexcept;
	pointer *put() noexcept;
	pointer *addressof() noexcept;
	pointer *operator&() noexcept;
	pointer operator->() const noexcept;
	T &operator*() const noexcept;
	void reset(pointer value = nullptr) noexcept;
	pointer release() noexcept;
	explicit operator bool() const noexcept;
};
/* an array of T allocated with CoTaskMemAlloc (make_unique_cotaskmem_nothrow<T[]>) */
template <typename T> class unique_cotaskmem_ptr<T[]> {
public:
	typedef T *pointer;
	typedef T element_type;
	unique_cotaskmem_ptr() noexcept;
	unique_cotaskmem_ptr(decltype(nullptr)) noexcept;
	explicit unique_cotaskmem_ptr(pointer value) noexcept;
	unique_cotaskmem_ptr(unique_cotaskmem_ptr &&other) noexcept;
	~unique_cotaskmem_ptr() noexcept;
	unique_cotaskmem_ptr &operator=(unique_cotaskmem_ptr &&other) noexcept;
	unique_cotaskmem_ptr &operator=(decltype(nullptr)) noexcept;
	pointer get() const noexcept;
	T &operator[](size_t index) const;
	void reset(pointer value = nullptr) noexcept;
	pointer release() noexcept;
	explicit operator bool() const noexcept;
};
template <typename T> bool operator==(const unique_cotaskmem_ptr<T> &p, decltype(nullptr)) noexcept;
template <typename T> bool operator!=(const unique_cotaskmem_ptr<T> &p, decltype(nullptr)) noexcept;
namespace details {
/* element type a WIL array wrapper stores for T (a raw interface pointer
 * for com_ptr_t<T>, see com.h) */
template <typename T> struct element_traits {
	typedef T type;
};
}
template <typename T> class unique_cotaskmem_array_ptr {
public:
	typedef typename details::element_traits<T>::type value_type;
	typedef value_type *pointer;
	typedef size_t size_type;
	unique_cotaskmem_array_ptr() noexcept;
	unique_cotaskmem_array_ptr(decltype(nullptr)) noexcept;
	unique_cotaskmem_array_ptr(pointer ptr, size_type size) noexcept;
	unique_cotaskmem_array_ptr(unique_cotaskmem_array_ptr &&other) noexcept;
	~unique_cotaskmem_array_ptr() noexcept;
	unique_cotaskmem_array_ptr &operator=(unique_cotaskmem_array_ptr &&other) noexcept;
	unique_cotaskmem_array_ptr &operator=(decltype(nullptr)) noexcept;
	pointer get() const noexcept;
	pointer *put(size_type *size = nullptr) noexcept;
	pointer *addressof() noexcept;
	size_type *size_address() noexcept;
	size_type size() const noexcept;
	bool empty() const noexcept;
	value_type &operator[](size_type index) const noexcept;
	pointer begin() const noexcept;
	pointer end() const noexcept;
	void reset() noexcept;
	void reset(pointer ptr, size_type size) noexcept;
	pointer release() noexcept;
	explicit operator bool() const noexcept;
};

typedef unique_any<HANDLE> unique_handle;
typedef unique_any<PWSTR> unique_cotaskmem_string;
typedef unique_any<PSTR> unique_cotaskmem_ansistring;
typedef unique_any<HKEY> unique_hkey;
typedef unique_any<SC_HANDLE> unique_schandle;
typedef unique_any<HMODULE> unique_hmodule;
typedef unique_any<PVOID> unique_cotaskmem;
typedef unique_any<HANDLE> unique_hfile;

class unique_prop_variant : public PROPVARIANT {
public:
	unique_prop_variant() noexcept;
	unique_prop_variant(unique_prop_variant &&other) noexcept;
	~unique_prop_variant() noexcept;
	unique_prop_variant &operator=(unique_prop_variant &&other) noexcept;
	void reset(const PROPVARIANT &other = PROPVARIANT()) noexcept;
	PROPVARIANT release() noexcept;
	PROPVARIANT *addressof() noexcept;
	PROPVARIANT *reset_and_addressof() noexcept;
	PROPVARIANT *operator&() noexcept;
};

enum class EventOptions { None = 0x0, ManualReset = 0x1, Signaled = 0x2 };
template <typename err_policy> class event_t : public unique_any<HANDLE> {
public:
	event_t() noexcept;
	explicit event_t(HANDLE h) noexcept;
	explicit event_t(EventOptions options);
	void create(EventOptions options = EventOptions::None, PCWSTR name = nullptr, SECURITY_ATTRIBUTES *attributes = nullptr, bool *alreadyExists = nullptr);
	bool try_create(EventOptions options, PCWSTR name, SECURITY_ATTRIBUTES *attributes = nullptr, bool *alreadyExists = nullptr);
	bool try_open(PCWSTR name, DWORD desiredAccess = SYNCHRONIZE | EVENT_MODIFY_STATE, bool inheritHandle = false);
	void SetEvent() const noexcept;
	void ResetEvent() const noexcept;
	void PulseEvent() const noexcept;
	bool is_signaled() const noexcept;
	bool wait(DWORD timeoutMilliseconds = INFINITE, BOOL alertable = FALSE) const noexcept;
};
typedef event_t<err_exception_policy> unique_event;
typedef event_t<err_returncode_policy> unique_event_nothrow;
typedef event_t<err_failfast_policy> unique_event_failfast;
#endif /* !WIL_KERNEL_MODE */

template <typename T> class out_param_t {
public:
	explicit out_param_t(T &output) noexcept;
	~out_param_t() noexcept;
	operator typename T::pointer *() noexcept;
};
template <typename Tcast, typename T> class out_param_ptr_t {
public:
	explicit out_param_ptr_t(T &output) noexcept;
	~out_param_ptr_t() noexcept;
	operator Tcast() noexcept;
};
template <typename T> out_param_t<T> out_param(T &p) noexcept;
template <typename Tcast, typename T> out_param_ptr_t<Tcast, T> out_param_ptr(T &p) noexcept;

#ifndef WIL_KERNEL_MODE
unique_cotaskmem_string make_cotaskmem_string_nothrow(PCWSTR source, size_t length = static_cast<size_t>(-1)) noexcept;
unique_cotaskmem_string make_cotaskmem_string(PCWSTR source, size_t length = static_cast<size_t>(-1));
#endif
template <typename T, typename... Args> T *make_unique_nothrow_raw(Args &&...args);
template <typename T, typename... Args> typename wistd::details::if_not_array<T, wistd::unique_ptr<T>>::type make_unique_nothrow(Args &&...args);
template <typename T> typename wistd::details::if_array<T, wistd::unique_ptr<T>>::type make_unique_nothrow(size_t size);
template <typename T, typename... Args> typename wistd::details::if_not_array<T, wistd::unique_ptr<T>>::type make_unique_failfast(Args &&...args);
template <typename T> typename wistd::details::if_array<T, wistd::unique_ptr<T>>::type make_unique_failfast(size_t size);
#ifndef WIL_KERNEL_MODE
/* CoTaskMemAlloc-backed objects and arrays (a null pointer on failure for _nothrow) */
template <typename T, typename... Args> typename wistd::details::if_not_array<T, unique_cotaskmem_ptr<T>>::type make_unique_cotaskmem_nothrow(Args &&...args);
template <typename T> typename wistd::details::if_array<T, unique_cotaskmem_ptr<T>>::type make_unique_cotaskmem_nothrow(size_t size);
template <typename T, typename... Args> typename wistd::details::if_not_array<T, unique_cotaskmem_ptr<T>>::type make_unique_cotaskmem_failfast(Args &&...args);
template <typename T> typename wistd::details::if_array<T, unique_cotaskmem_ptr<T>>::type make_unique_cotaskmem_failfast(size_t size);
template <typename T, typename... Args> typename wistd::details::if_not_array<T, unique_cotaskmem_ptr<T>>::type make_unique_cotaskmem(Args &&...args);
template <typename T> typename wistd::details::if_array<T, unique_cotaskmem_ptr<T>>::type make_unique_cotaskmem(size_t size);
#endif
}
#endif
#endif
