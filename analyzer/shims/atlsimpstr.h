/*
 * driso shim: atlsimpstr.h (ATL/MFC shared strings). IAtlStringMgr,
 * CStringData, ChTraitsBase and CSimpleStringT, declared from the Learn
 * ATL/MFC reference; see atldef.h. C++ only.
 */
#ifndef DRISO_SHIM_ATLSIMPSTR_H
#define DRISO_SHIM_ATLSIMPSTR_H
#include "atldef.h"
#ifdef __cplusplus
namespace ATL {
struct CStringData;
struct IAtlStringMgr {
	virtual CStringData *Allocate(int nAllocLength, int nCharSize) throw() = 0;
	virtual void Free(CStringData *pData) throw() = 0;
	virtual CStringData *Reallocate(CStringData *pData, int nAllocLength, int nCharSize) throw() = 0;
	virtual CStringData *GetNilString() throw() = 0;
	virtual IAtlStringMgr *Clone() throw() = 0;
};
struct CStringData {
	IAtlStringMgr *pStringMgr;
	int nDataLength;
	int nAllocLength;
	long nRefs;
	void *data() throw();
	void AddRef() throw();
	bool IsLocked() const throw();
	bool IsShared() const throw();
	void Lock() throw();
	void Release() throw();
	void Unlock() throw();
};

template <typename BaseType = char> class ChTraitsBase {
public:
	typedef char XCHAR;
	typedef LPSTR PXSTR;
	typedef LPCSTR PCXSTR;
	typedef wchar_t YCHAR;
	typedef LPWSTR PYSTR;
	typedef LPCWSTR PCYSTR;
};
template <> class ChTraitsBase<wchar_t> {
public:
	typedef wchar_t XCHAR;
	typedef LPWSTR PXSTR;
	typedef LPCWSTR PCXSTR;
	typedef char YCHAR;
	typedef LPSTR PYSTR;
	typedef LPCSTR PCYSTR;
};

template <typename BaseType, bool t_bMFCDLL = false> class CSimpleStringT {
public:
	typedef typename ChTraitsBase<BaseType>::XCHAR XCHAR;
	typedef typename ChTraitsBase<BaseType>::PXSTR PXSTR;
	typedef typename ChTraitsBase<BaseType>::PCXSTR PCXSTR;
	typedef typename ChTraitsBase<BaseType>::YCHAR YCHAR;
	typedef typename ChTraitsBase<BaseType>::PYSTR PYSTR;
	typedef typename ChTraitsBase<BaseType>::PCYSTR PCYSTR;
	explicit CSimpleStringT(IAtlStringMgr *pStringMgr);
	CSimpleStringT(const CSimpleStringT &strSrc);
	CSimpleStringT(PCXSTR pszSrc, IAtlStringMgr *pStringMgr);
	CSimpleStringT(const XCHAR *pchSrc, int nLength, IAtlStringMgr *pStringMgr);
	~CSimpleStringT() throw();
	CSimpleStringT &operator=(const CSimpleStringT &strSrc);
	CSimpleStringT &operator=(PCXSTR pszSrc);
	CSimpleStringT &operator+=(const CSimpleStringT &strSrc);
	CSimpleStringT &operator+=(PCXSTR pszSrc);
	CSimpleStringT &operator+=(char ch);
	CSimpleStringT &operator+=(unsigned char ch);
	CSimpleStringT &operator+=(wchar_t ch);
	XCHAR operator[](int iChar) const;
	operator PCXSTR() const throw();
	void Append(PCXSTR pszSrc);
	void Append(PCXSTR pszSrc, int nLength);
	void Append(const CSimpleStringT &strSrc);
	void AppendChar(XCHAR ch);
	static void CopyChars(XCHAR *pchDest, const XCHAR *pchSrc, int nChars) throw();
	static void CopyChars(XCHAR *pchDest, size_t nDestLen, const XCHAR *pchSrc, int nChars) throw();
	static void CopyCharsOverlapped(XCHAR *pchDest, const XCHAR *pchSrc, int nChars) throw();
	static void CopyCharsOverlapped(XCHAR *pchDest, size_t nDestLen, const XCHAR *pchSrc, int nChars) throw();
	void Empty() throw();
	void FreeExtra();
	int GetAllocLength() const throw();
	XCHAR GetAt(int iChar) const;
	PXSTR GetBuffer();
	PXSTR GetBuffer(int nMinBufferLength);
	PXSTR GetBufferSetLength(int nLength);
	int GetLength() const throw();
	IAtlStringMgr *GetManager() const throw();
	PCXSTR GetString() const throw();
	bool IsEmpty() const throw();
	PXSTR LockBuffer();
	void Preallocate(int nLength);
	void ReleaseBuffer(int nNewLength = -1);
	void ReleaseBufferSetLength(int nNewLength);
	void SetAt(int iChar, XCHAR ch);
	void SetManager(IAtlStringMgr *pStringMgr);
	void SetString(PCXSTR pszSrc);
	void SetString(PCXSTR pszSrc, int nLength);
	static int StringLength(PCXSTR psz) throw();
	void Truncate(int nNewLength);
	void UnlockBuffer() throw();
};
}
#endif
#endif
