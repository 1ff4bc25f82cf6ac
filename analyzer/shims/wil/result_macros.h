/*
 * driso shim: wil/result_macros.h (see wil/common.h). The error-handling
 * macros with their documented control flow: RETURN_* return the HRESULT
 * from the enclosing function, THROW_* throw (wil::details::ThrowResult,
 * declared [[noreturn]]), FAIL_FAST_* terminate, LOG_* evaluate and pass
 * the value through. Logging, telemetry and message formatting are not
 * modelled (the _MSG variants ignore their format arguments).
 */
#ifndef DRISO_SHIM_WIL_RESULT_MACROS_H
#define DRISO_SHIM_WIL_RESULT_MACROS_H
#include "common.h"
#ifdef __cplusplus
#ifndef WIL_KERNEL_MODE
/* as in WIL, the C++ user-mode error helpers bring in strsafe.h. With MSVC
 * the SDK's strsafe.h only marks strcpy & co. deprecated (a warning);
 * mingw's #defines them to error tokens, which would break later C++
 * library headers, so its deprecation block is skipped here. */
#ifndef STRSAFE_NO_DEPRECATE
#define STRSAFE_NO_DEPRECATE
#define DRISO_WIL_STRSAFE_NO_DEPRECATE
#endif
#include <strsafe.h>
#ifdef DRISO_WIL_STRSAFE_NO_DEPRECATE
#undef STRSAFE_NO_DEPRECATE
#undef DRISO_WIL_STRSAFE_NO_DEPRECATE
#endif
#endif
namespace wil {
namespace details {
[[noreturn]] void ThrowResult(HRESULT hr);
[[noreturn]] void FailFast(HRESULT hr);
HRESULT LogResult(HRESULT hr);
}
class ResultException {
public:
	explicit ResultException(HRESULT hr) noexcept;
	HRESULT GetErrorCode() const noexcept;
	const char *what() const noexcept;
};
HRESULT ResultFromCaughtException() noexcept;
#ifndef WIL_KERNEL_MODE
/* Failure reporting types (member lists from WIL's result_macros.h,
 * microsoft/wil, MIT licence). */
enum class FailureType { Exception, Return, Log, FailFast };
enum class FailureFlags { None = 0x00, RequestFailFast = 0x01, RequestSuppressTelemetry = 0x02,
			  RequestDebugBreak = 0x04, NtStatus = 0x08 };
struct CallContextInfo {
	long contextId;
	PCSTR contextName;
	PCWSTR contextMessage;
};
struct FailureInfo {
	FailureType type;
	FailureFlags flags;
	HRESULT hr;
	LONG status; /* NTSTATUS */
	long failureId;
	PCWSTR pszMessage;
	DWORD threadId;
	PCSTR pszCode;
	PCSTR pszFunction;
	PCSTR pszFile;
	unsigned int uLineNumber;
	int cFailureCount;
	PCSTR pszCallContext;
	CallContextInfo callContextOriginating;
	CallContextInfo callContextCurrent;
	PCSTR pszModule;
	void *returnAddress;
	void *callerReturnAddress;
};
HRESULT GetFailureLogString(PWSTR pszDest, size_t cchDest, FailureInfo const &failure) noexcept;
typedef void (*ResultLoggingCallback)(const FailureInfo &failure) ;
void SetResultLoggingCallback(ResultLoggingCallback callback) noexcept;
#endif
}

/* NTSTATUS forms (kernel and user mode) */
#define NT_RETURN_NTSTATUS(status) return (status)
#define NT_RETURN_NTSTATUS_MSG(status, fmt, ...) return (status)
#define NT_RETURN_IF_NTSTATUS_FAILED(status) do { NTSTATUS __statusRet = (status); if (__statusRet < 0) { return __statusRet; } } while (0)
#define NT_RETURN_IF_NTSTATUS_FAILED_MSG(status, fmt, ...) NT_RETURN_IF_NTSTATUS_FAILED(status)

#define DRISO_WIL_HR_LAST_ERROR() HRESULT_FROM_WIN32(GetLastError())

#define RETURN_HR(hr) return (hr)
#define RETURN_HR_MSG(hr, fmt, ...) return (hr)
#define RETURN_LAST_ERROR() return DRISO_WIL_HR_LAST_ERROR()
#define RETURN_IF_FAILED(hr) do { HRESULT __hrRet = (hr); if (FAILED(__hrRet)) { return __hrRet; } } while (0)
#define RETURN_IF_FAILED_MSG(hr, fmt, ...) RETURN_IF_FAILED(hr)
#define RETURN_IF_FAILED_EXPECTED(hr) RETURN_IF_FAILED(hr)
#define RETURN_IF_FAILED_WITH_EXPECTED(hr, ...) RETURN_IF_FAILED(hr)
#define RETURN_HR_IF(hr, condition) do { if (condition) { return (hr); } } while (0)
#define RETURN_HR_IF_MSG(hr, condition, fmt, ...) RETURN_HR_IF(hr, condition)
#define RETURN_HR_IF_EXPECTED(hr, condition) RETURN_HR_IF(hr, condition)
#define RETURN_HR_IF_NULL(hr, ptr) do { if ((ptr) == nullptr) { return (hr); } } while (0)
#define RETURN_HR_IF_NULL_MSG(hr, ptr, fmt, ...) RETURN_HR_IF_NULL(hr, ptr)
#define RETURN_IF_NULL_ALLOC(ptr) do { if ((ptr) == nullptr) { return E_OUTOFMEMORY; } } while (0)
#define RETURN_IF_NULL_ALLOC_MSG(ptr, fmt, ...) RETURN_IF_NULL_ALLOC(ptr)
#define RETURN_LAST_ERROR_IF(condition) do { if (condition) { return DRISO_WIL_HR_LAST_ERROR(); } } while (0)
#define RETURN_LAST_ERROR_IF_NULL(ptr) do { if ((ptr) == nullptr) { return DRISO_WIL_HR_LAST_ERROR(); } } while (0)
#define RETURN_IF_WIN32_BOOL_FALSE(win32BOOL) do { if (!(win32BOOL)) { return DRISO_WIL_HR_LAST_ERROR(); } } while (0)
#define RETURN_IF_WIN32_ERROR(win32err) do { DWORD __errRet = (win32err); if (__errRet != ERROR_SUCCESS) { return HRESULT_FROM_WIN32(__errRet); } } while (0)
#define RETURN_IF_NTSTATUS_FAILED(status) do { NTSTATUS __statusRet = (status); if (__statusRet < 0) { return HRESULT_FROM_NT(__statusRet); } } while (0)

#define LOG_HR(hr) wil::details::LogResult(hr)
#define LOG_HR_MSG(hr, fmt, ...) wil::details::LogResult(hr)
#define LOG_IF_FAILED(hr) wil::details::LogResult(hr)
#define LOG_IF_FAILED_MSG(hr, fmt, ...) wil::details::LogResult(hr)
#define LOG_LAST_ERROR() wil::details::LogResult(DRISO_WIL_HR_LAST_ERROR())
#define LOG_HR_IF(hr, condition) ((condition) ? (void)wil::details::LogResult(hr) : (void)0)
#define LOG_HR_IF_NULL(hr, ptr) (((ptr) == nullptr) ? (void)wil::details::LogResult(hr) : (void)0)
#define LOG_CAUGHT_EXCEPTION() wil::details::LogResult(wil::ResultFromCaughtException())

#define THROW_HR(hr) wil::details::ThrowResult(hr)
#define THROW_HR_MSG(hr, fmt, ...) wil::details::ThrowResult(hr)
#define THROW_LAST_ERROR() wil::details::ThrowResult(DRISO_WIL_HR_LAST_ERROR())
#define THROW_IF_FAILED(hr) do { HRESULT __hrRet = (hr); if (FAILED(__hrRet)) { wil::details::ThrowResult(__hrRet); } } while (0)
#define THROW_IF_FAILED_MSG(hr, fmt, ...) THROW_IF_FAILED(hr)
#define THROW_HR_IF(hr, condition) do { if (condition) { wil::details::ThrowResult(hr); } } while (0)
#define THROW_HR_IF_NULL(hr, ptr) do { if ((ptr) == nullptr) { wil::details::ThrowResult(hr); } } while (0)
#define THROW_IF_NULL_ALLOC(ptr) do { if ((ptr) == nullptr) { wil::details::ThrowResult(E_OUTOFMEMORY); } } while (0)
#define THROW_LAST_ERROR_IF(condition) do { if (condition) { wil::details::ThrowResult(DRISO_WIL_HR_LAST_ERROR()); } } while (0)
#define THROW_LAST_ERROR_IF_NULL(ptr) do { if ((ptr) == nullptr) { wil::details::ThrowResult(DRISO_WIL_HR_LAST_ERROR()); } } while (0)
#define THROW_IF_WIN32_BOOL_FALSE(win32BOOL) do { if (!(win32BOOL)) { wil::details::ThrowResult(DRISO_WIL_HR_LAST_ERROR()); } } while (0)
#define THROW_IF_WIN32_ERROR(win32err) do { DWORD __errRet = (win32err); if (__errRet != ERROR_SUCCESS) { wil::details::ThrowResult(HRESULT_FROM_WIN32(__errRet)); } } while (0)

#define FAIL_FAST() wil::details::FailFast(E_UNEXPECTED)
#define FAIL_FAST_HR(hr) wil::details::FailFast(hr)
#define FAIL_FAST_IF(condition) do { if (condition) { wil::details::FailFast(E_UNEXPECTED); } } while (0)
#define FAIL_FAST_IF_FAILED(hr) do { HRESULT __hrRet = (hr); if (FAILED(__hrRet)) { wil::details::FailFast(__hrRet); } } while (0)
#define FAIL_FAST_HR_IF(hr, condition) do { if (condition) { wil::details::FailFast(hr); } } while (0)
#define FAIL_FAST_IF_NULL(ptr) do { if ((ptr) == nullptr) { wil::details::FailFast(E_UNEXPECTED); } } while (0)
#define FAIL_FAST_IF_NULL_ALLOC(ptr) do { if ((ptr) == nullptr) { wil::details::FailFast(E_OUTOFMEMORY); } } while (0)

#define CATCH_RETURN() catch (...) { return wil::ResultFromCaughtException(); }
#define CATCH_LOG() catch (...) { LOG_CAUGHT_EXCEPTION(); }
#define CATCH_THROW_NORMALIZED() catch (...) { throw; }
#endif
#endif
