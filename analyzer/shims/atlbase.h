/*
 * driso shim: atlbase.h. mingw-w64 ships no ATL. Drivers and tools that
 * include it mostly use CComPtr; this declares that smart pointer (with
 * the minimal inline members needed for the parse to type-check) in
 * namespace ATL, which ATL imports into the global namespace. C++ only.
 */
#ifndef DRISO_SHIM_ATLBASE_H
#define DRISO_SHIM_ATLBASE_H
#include <windows.h>
#include <objbase.h>
#ifdef __cplusplus
namespace ATL {
template <class T> class CComPtr {
public:
	T *p;
	CComPtr() throw() : p(NULL) {}
	CComPtr(T *lp) throw() : p(lp) { if (p) p->AddRef(); }
	CComPtr(const CComPtr<T> &lp) throw() : p(lp.p) { if (p) p->AddRef(); }
	~CComPtr() throw() { if (p) p->Release(); }
	operator T *() const throw() { return p; }
	T &operator*() const { return *p; }
	T **operator&() throw() { return &p; }
	T *operator->() const throw() { return p; }
	bool operator!() const throw() { return p == NULL; }
	bool operator==(T *pT) const throw() { return p == pT; }
	bool operator!=(T *pT) const throw() { return p != pT; }
	T *operator=(T *lp) throw() { if (lp) lp->AddRef(); if (p) p->Release(); p = lp; return p; }
	T *operator=(const CComPtr<T> &lp) throw() { return *this = lp.p; }
	void Release() throw() { T *t = p; if (t) { p = NULL; t->Release(); } }
	void Attach(T *p2) throw() { if (p) p->Release(); p = p2; }
	T *Detach() throw() { T *t = p; p = NULL; return t; }
	HRESULT CopyTo(T **ppT) throw() { *ppT = p; if (p) p->AddRef(); return S_OK; }
	HRESULT CoCreateInstance(REFCLSID rclsid, LPUNKNOWN pUnkOuter = NULL, DWORD dwClsContext = CLSCTX_ALL) throw()
	{ return ::CoCreateInstance(rclsid, pUnkOuter, dwClsContext, __uuidof(T), (void **)&p); }
	template <class Q> HRESULT QueryInterface(Q **pp) const throw() { return p->QueryInterface(__uuidof(Q), (void **)pp); }
};
}
#ifndef _ATL_NO_AUTOMATIC_NAMESPACE
using namespace ATL;
#endif
#endif
#endif
