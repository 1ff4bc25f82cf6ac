/*
 * driso shim: atldef.h, the common part of driso's ATL stand-in.
 *
 * mingw-w64 ships no ATL (the Active Template Library of Visual C++).
 * Drivers' user-mode companions (APOs, notify objects, MFTs, co-installers,
 * test tools) include <atlbase.h>, <atlcom.h>, <atlcoll.h>, <atlsync.h>,
 * <atlstr.h>, ...; driso's ATL headers declare the classes those use with
 * the names, template parameters and member signatures of the Learn ATL
 * class reference (learn.microsoft.com/cpp/atl/reference). Members are
 * declared, not defined: a parse needs their types, never their code.
 * The macros that build tables in the user's class (BEGIN_COM_MAP,
 * OBJECT_ENTRY_AUTO, ...) expand to a table as ATL's do, in driso's own
 * layout. Values of ATL-internal constants (_ATL_SIMPLEMAPENTRY, ...) are
 * driso's own. One deliberate difference: where ATL defaults an interface-ID
 * template parameter to &__uuidof(T) (CComQIPtr, IDispatchImpl), the
 * default here is nullptr, because mingw-w64 emulates __uuidof with a
 * function template that is a constant expression only for its own
 * interfaces; the class named (CComQIPtr<IFoo>) is the same.
 * C++ only: in a C TU these headers are empty.
 */
#ifndef DRISO_SHIM_ATLDEF_H
#define DRISO_SHIM_ATLDEF_H
#ifdef __cplusplus

#include <windows.h>
#include <ole2.h>
#include <oleauto.h>
#include <ocidl.h>
#include <malloc.h>
#include <crtdbg.h>
#include <string.h>
#include <wchar.h>

#ifndef _ATL_VER
#define _ATL_VER 0x0E00
#endif
#ifndef _ATL
#define _ATL 1
#endif

#if !defined(_ATL_SINGLE_THREADED) && !defined(_ATL_APARTMENT_THREADED) && !defined(_ATL_FREE_THREADED)
#define _ATL_FREE_THREADED
#endif

#ifndef ATL_NO_VTABLE
#define ATL_NO_VTABLE DECLSPEC_NOVTABLE
#endif
#ifndef ATL_NOINLINE
#define ATL_NOINLINE __declspec(noinline)
#endif
#ifndef ATLAPI
#define ATLAPI extern "C" HRESULT __stdcall
#define ATLAPI_(x) extern "C" x __stdcall
#endif
#ifndef ATLINLINE
#define ATLINLINE inline
#endif
#ifndef ATL_DEPRECATED
#define ATL_DEPRECATED(_Message)
#endif
#ifndef ATLPREFAST_SUPPRESS
#define ATLPREFAST_SUPPRESS(x)
#define ATLPREFAST_UNSUPPRESS()
#endif
#ifndef _ATL_DECLSPEC_ALLOCATOR
#define _ATL_DECLSPEC_ALLOCATOR
#endif
#ifndef ATL_PACKING
#define ATL_PACKING 8
#endif
#ifndef _ATL_PACKING
#define _ATL_PACKING ATL_PACKING
#endif
#ifndef ATLSTATIC_ASSERT
#define ATLSTATIC_ASSERT(expr, comment) static_assert(expr, comment)
#endif

/* Diagnostics. ATLASSERT is the CRT's _ASSERTE, as in ATL (crtdbg.h;
 * mingw-w64's, like a release build's, does not evaluate its argument:
 * Windows-driver-samples' AecApo asserts on a name that only exists in
 * that form). ATLVERIFY and ATLTRACE keep their arguments visible. */
#ifndef ATLASSERT
#define ATLASSERT(expr) _ASSERTE(expr)
#endif
#ifndef ATLVERIFY
#define ATLVERIFY(expr) ((void)(expr))
#endif
#ifndef ATLENSURE_THROW
#define ATLENSURE_THROW(expr, hr) do { if (!(expr)) ATL::AtlThrow(hr); } while (0)
#endif
#ifndef ATLENSURE
#define ATLENSURE(expr) ATLENSURE_THROW(expr, E_FAIL)
#endif
#ifndef ATLENSURE_SUCCEEDED
#define ATLENSURE_SUCCEEDED(hr) ATLENSURE_THROW(SUCCEEDED(hr), hr)
#endif
#ifndef ATLENSURE_RETURN_VAL
#define ATLENSURE_RETURN_VAL(expr, val) do { if (!(expr)) return val; } while (0)
#endif
#ifndef ATLENSURE_RETURN_HR
#define ATLENSURE_RETURN_HR(expr, hr) ATLENSURE_RETURN_VAL(expr, hr)
#endif
#ifndef ATLENSURE_RETURN
#define ATLENSURE_RETURN(expr) ATLENSURE_RETURN_HR(expr, E_FAIL)
#endif
#ifndef ATLTRACE
#define ATLTRACE(...) ATL::AtlTrace(__VA_ARGS__)
#endif
#ifndef ATLTRACE2
#define ATLTRACE2(category, level, ...) ATL::AtlTrace2(category, level, __VA_ARGS__)
#endif
#ifndef ATLTRACENOTIMPL
#define ATLTRACENOTIMPL(funcname) return E_NOTIMPL
#endif
#ifndef ATL_CRT_ERRORCHECK
#define ATL_CRT_ERRORCHECK(expr) (expr)
#endif
#define atlTraceGeneral 0x000001
#define atlTraceCOM 0x000002
#define atlTraceQI 0x000004
#define atlTraceRegistrar 0x000008
#define atlTraceRefcount 0x000010
#define atlTraceWindowing 0x000020
#define atlTraceControls 0x000040
#define atlTraceHosting 0x000080
#define atlTraceDBClient 0x000100
#define atlTraceDBProvider 0x000200
#define atlTraceSnapin 0x000400
#define atlTraceNotImpl 0x000800
#define atlTraceAllocation 0x001000
#define atlTraceException 0x002000
#define atlTraceTime 0x004000
#define atlTraceCache 0x008000
#define atlTraceStencil 0x010000
#define atlTraceString 0x020000
#define atlTraceMap 0x040000
#define atlTraceUtil 0x080000
#define atlTraceSecurity 0x100000
#define atlTraceSync 0x200000
#define atlTraceISAPI 0x400000
#define atlTraceUser 0x80000

/* Exceptions (ATL's _ATLTRY family; real ATL maps them to try/catch). */
#ifndef _ATLTRY
#define _ATLTRY try
#define _ATLCATCH(e) catch (ATL::CAtlException e)
#define _ATLCATCHALL() catch (...)
#define _ATLDELETEEXCEPTION(e)
#define _ATLRETHROW throw
#endif
#ifndef ATLTRY
#define ATLTRY(x) do { try { x; } catch (...) { } } while (0)
#endif

/* ATL's POSITION (an opaque iterator of the collection classes). */
#ifndef DRISO_HAVE_ATL_POSITION
#define DRISO_HAVE_ATL_POSITION
struct __POSITION {
};
typedef __POSITION *POSITION;
#endif

#define offsetofclass(base, derived) \
	((DWORD_PTR)(static_cast<base *>((derived *)8)) - 8)
#define offsetof2class(base, companion, derived) \
	((DWORD_PTR)(static_cast<base *>(static_cast<companion *>((derived *)8))) - 8)

namespace ATL {
class CAtlException;
__declspec(noreturn) void WINAPI AtlThrowImpl(HRESULT hr);
__declspec(noreturn) void WINAPI AtlThrow(HRESULT hr);
__declspec(noreturn) void WINAPI AtlThrowLastWin32();
void __cdecl AtlTrace(LPCSTR pszFormat, ...);
void __cdecl AtlTrace(LPCWSTR pszFormat, ...);
void __cdecl AtlTrace2(DWORD_PTR category, UINT level, LPCSTR pszFormat, ...);
void __cdecl AtlTrace2(DWORD_PTR category, UINT level, LPCWSTR pszFormat, ...);
HRESULT AtlHresultFromLastError() throw();
HRESULT AtlHresultFromWin32(DWORD nError) throw();
}

#ifndef _ATL_NO_AUTOMATIC_NAMESPACE
using namespace ATL;
#endif

#endif /* __cplusplus */
#endif
