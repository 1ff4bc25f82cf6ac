/*
 * driso shim: atlalloc.h (ATL). Allocators and the heap smart pointers
 * (CCRTAllocator, CLocalAllocator, CGlobalAllocator, CHeapPtrBase,
 * CHeapPtr, CTempBuffer) and the checked arithmetic helpers, declared from
 * the Learn ATL reference; see atldef.h. C++ only.
 */
#ifndef DRISO_SHIM_ATLALLOC_H
#define DRISO_SHIM_ATLALLOC_H
#include "atldef.h"
#ifdef __cplusplus
namespace ATL {
template <typename T> HRESULT AtlMultiply(T *piResult, T iLeft, T iRight);
template <typename T> HRESULT AtlAdd(T *piResult, T iLeft, T iRight);
template <typename T> T AtlMultiplyThrow(T iLeft, T iRight);
template <typename T> T AtlAddThrow(T iLeft, T iRight);
LPVOID AtlCoTaskMemCAlloc(ULONG nCount, ULONG nSize);
LPVOID AtlCoTaskMemRecalloc(void *pvMemory, ULONG nCount, ULONG nSize);

class CCRTAllocator {
public:
	static void *Reallocate(void *p, size_t nBytes) throw();
	static void *Allocate(size_t nBytes) throw();
	static void Free(void *p) throw();
};
class CLocalAllocator {
public:
	static void *Allocate(size_t nBytes) throw();
	static void *Reallocate(void *p, size_t nBytes) throw();
	static void Free(void *p) throw();
};
class CGlobalAllocator {
public:
	static void *Allocate(size_t nBytes) throw();
	static void *Reallocate(void *p, size_t nBytes) throw();
	static void Free(void *p) throw();
};

template <class T, class Allocator = CCRTAllocator> class CHeapPtrBase {
protected:
	CHeapPtrBase() throw();
	explicit CHeapPtrBase(CHeapPtrBase<T, Allocator> &p) throw();
	explicit CHeapPtrBase(T *pData) throw();
public:
	~CHeapPtrBase() throw();
	CHeapPtrBase<T, Allocator> &operator=(CHeapPtrBase<T, Allocator> &p) throw();
	operator T *() const throw();
	T *operator->() const throw();
	T **operator&() throw();
	bool AllocateBytes(size_t nBytes) throw();
	void Attach(T *pData) throw();
	T *Detach() throw();
	void Free() throw();
	bool ReallocateBytes(size_t nBytes) throw();
	T *m_pData;
};

template <typename T, class Allocator = CCRTAllocator> class CHeapPtr : public CHeapPtrBase<T, Allocator> {
public:
	CHeapPtr() throw();
	CHeapPtr(CHeapPtr<T, Allocator> &p) throw();
	explicit CHeapPtr(T *p) throw();
	CHeapPtr<T, Allocator> &operator=(CHeapPtr<T, Allocator> &p) throw();
	bool Allocate(size_t nElements = 1) throw();
	bool Reallocate(size_t nElements) throw();
};

template <typename T, int t_nFixedBytes = 128, class Allocator = CCRTAllocator> class CTempBuffer {
public:
	CTempBuffer() throw();
	CTempBuffer(size_t nElements);
	~CTempBuffer() throw();
	operator T *() const throw();
	T *operator->() const throw();
	T *Allocate(size_t nElements);
	T *AllocateBytes(size_t nBytes);
	template <size_t t_nFixedBytes2> T *Allocate(size_t nElements);
	void Free() throw();
	T *Reallocate(size_t nElements);
	T *ReallocateBytes(size_t nBytes);
};
}
#endif
#endif
