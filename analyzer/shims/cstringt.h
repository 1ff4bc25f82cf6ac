/*
 * driso shim: cstringt.h (ATL/MFC shared strings). ChTraitsCRT,
 * StrTraitATL and CStringT, declared from the Learn ATL/MFC reference;
 * see atldef.h. _ATL_CSTRING_EXPLICIT_CONSTRUCTORS makes the converting
 * constructors explicit, as in ATL. C++ only.
 */
#ifndef DRISO_SHIM_CSTRINGT_H
#define DRISO_SHIM_CSTRINGT_H
#include "atlsimpstr.h"
#ifdef __cplusplus
#ifdef _ATL_CSTRING_EXPLICIT_CONSTRUCTORS
#define CSTRING_EXPLICIT explicit
#else
#define CSTRING_EXPLICIT
#endif
namespace ATL {
template <typename _CharType = char> class ChTraitsCRT : public ChTraitsBase<_CharType> {
};
template <typename _BaseType = char, class StringIterator = ChTraitsCRT<_BaseType> > class StrTraitATL
	: public StringIterator {
public:
	static HINSTANCE FindStringResourceInstance(UINT nID) throw();
	static IAtlStringMgr *GetDefaultManager() throw();
};

template <typename BaseType, class StringTraits> class CStringT : public CSimpleStringT<BaseType> {
public:
	typedef CSimpleStringT<BaseType> CThisSimpleString;
	typedef StringTraits StrTraits;
	typedef typename CThisSimpleString::XCHAR XCHAR;
	typedef typename CThisSimpleString::PXSTR PXSTR;
	typedef typename CThisSimpleString::PCXSTR PCXSTR;
	typedef typename CThisSimpleString::YCHAR YCHAR;
	typedef typename CThisSimpleString::PYSTR PYSTR;
	typedef typename CThisSimpleString::PCYSTR PCYSTR;

	CStringT() throw();
	explicit CStringT(IAtlStringMgr *pStringMgr) throw();
	CStringT(const CStringT &strSrc);
	CStringT(const CThisSimpleString &strSrc);
	CStringT(const XCHAR *pszSrc);
	CSTRING_EXPLICIT CStringT(const YCHAR *pszSrc);
	CStringT(LPCSTR pszSrc, IAtlStringMgr *pStringMgr);
	CStringT(LPCWSTR pszSrc, IAtlStringMgr *pStringMgr);
	CSTRING_EXPLICIT CStringT(const unsigned char *pszSrc);
	CSTRING_EXPLICIT CStringT(char ch, int nLength = 1);
	CSTRING_EXPLICIT CStringT(wchar_t ch, int nLength = 1);
	CStringT(const XCHAR *pch, int nLength);
	CStringT(const YCHAR *pch, int nLength);
	CStringT(const VARIANT &varSrc);
	~CStringT() throw();

	CStringT &operator=(const CStringT &strSrc);
	CStringT &operator=(const CThisSimpleString &strSrc);
	CStringT &operator=(PCXSTR pszSrc);
	CStringT &operator=(PCYSTR pszSrc);
	CStringT &operator=(const unsigned char *pszSrc);
	CStringT &operator=(char ch);
	CStringT &operator=(wchar_t ch);
	CStringT &operator=(const VARIANT &var);
	CStringT &operator+=(const CThisSimpleString &str);
	CStringT &operator+=(PCXSTR pszSrc);
	CStringT &operator+=(PCYSTR pszSrc);
	CStringT &operator+=(char ch);
	CStringT &operator+=(unsigned char ch);
	CStringT &operator+=(wchar_t ch);
	CStringT &operator+=(const VARIANT &var);

	BSTR AllocSysString() const;
	BSTR SetSysString(BSTR *pbstr) const;
	void AnsiToOem();
	void OemToAnsi();
	void __cdecl AppendFormat(PCXSTR pszFormat, ...);
	void __cdecl AppendFormat(UINT nFormatID, ...);
	void AppendFormatV(PCXSTR pszFormat, va_list args);
	int Collate(PCXSTR psz) const throw();
	int CollateNoCase(PCXSTR psz) const throw();
	int Compare(PCXSTR psz) const;
	int CompareNoCase(PCXSTR psz) const;
	int Delete(int iIndex, int nCount = 1);
	int Find(XCHAR ch, int iStart = 0) const throw();
	int Find(PCXSTR pszSub, int iStart = 0) const throw();
	int FindOneOf(PCXSTR pszCharSet) const throw();
	void __cdecl Format(UINT nFormatID, ...);
	void __cdecl Format(PCXSTR pszFormat, ...);
	void __cdecl FormatMessage(UINT nFormatID, ...);
	void __cdecl FormatMessage(PCXSTR pszFormat, ...);
	void FormatMessageV(PCXSTR pszFormat, va_list *pArgList);
	void FormatV(PCXSTR pszFormat, va_list args);
	BOOL GetEnvironmentVariable(PCXSTR pszVar);
	int Insert(int iIndex, PCXSTR psz);
	int Insert(int iIndex, XCHAR ch);
	CStringT Left(int nCount) const;
	BOOL LoadString(UINT nID);
	BOOL LoadString(HINSTANCE hInstance, UINT nID);
	BOOL LoadString(HINSTANCE hInstance, UINT nID, WORD wLanguageID);
	CStringT &MakeLower();
	CStringT &MakeReverse();
	CStringT &MakeUpper();
	CStringT Mid(int iFirst, int nCount) const;
	CStringT Mid(int iFirst) const;
	int Remove(XCHAR chRemove);
	int Replace(XCHAR chOld, XCHAR chNew);
	int Replace(PCXSTR pszOld, PCXSTR pszNew);
	int ReverseFind(XCHAR ch) const throw();
	CStringT Right(int nCount) const;
	CStringT SpanExcluding(PCXSTR pszCharSet) const;
	CStringT SpanIncluding(PCXSTR pszCharSet) const;
	CStringT Tokenize(PCXSTR pszTokens, int &iStart) const;
	CStringT &Trim();
	CStringT &Trim(XCHAR chTarget);
	CStringT &Trim(PCXSTR pszTargets);
	CStringT &TrimLeft();
	CStringT &TrimLeft(XCHAR chTarget);
	CStringT &TrimLeft(PCXSTR pszTargets);
	CStringT &TrimRight();
	CStringT &TrimRight(XCHAR chTarget);
	CStringT &TrimRight(PCXSTR pszTargets);

	friend CStringT operator+(const CStringT &str1, const CStringT &str2);
	friend CStringT operator+(const CStringT &str1, PCXSTR psz2);
	friend CStringT operator+(PCXSTR psz1, const CStringT &str2);
	friend CStringT operator+(const CStringT &str1, wchar_t ch2);
	friend CStringT operator+(const CStringT &str1, char ch2);
	friend CStringT operator+(wchar_t ch1, const CStringT &str2);
	friend CStringT operator+(char ch1, const CStringT &str2);
	friend bool operator==(const CStringT &str1, const CStringT &str2) throw();
	friend bool operator==(const CStringT &str1, PCXSTR psz2) throw();
	friend bool operator==(PCXSTR psz1, const CStringT &str2) throw();
	friend bool operator==(const CStringT &str1, PCYSTR psz2);
	friend bool operator==(PCYSTR psz1, const CStringT &str2);
	friend bool operator==(XCHAR ch1, const CStringT &str2) throw();
	friend bool operator==(const CStringT &str1, XCHAR ch2) throw();
	friend bool operator!=(const CStringT &str1, const CStringT &str2) throw();
	friend bool operator!=(const CStringT &str1, PCXSTR psz2) throw();
	friend bool operator!=(PCXSTR psz1, const CStringT &str2) throw();
	friend bool operator!=(const CStringT &str1, PCYSTR psz2);
	friend bool operator!=(PCYSTR psz1, const CStringT &str2);
	friend bool operator!=(XCHAR ch1, const CStringT &str2) throw();
	friend bool operator!=(const CStringT &str1, XCHAR ch2) throw();
	friend bool operator<(const CStringT &str1, const CStringT &str2) throw();
	friend bool operator<(const CStringT &str1, PCXSTR psz2) throw();
	friend bool operator<(PCXSTR psz1, const CStringT &str2) throw();
	friend bool operator>(const CStringT &str1, const CStringT &str2) throw();
	friend bool operator>(const CStringT &str1, PCXSTR psz2) throw();
	friend bool operator>(PCXSTR psz1, const CStringT &str2) throw();
	friend bool operator<=(const CStringT &str1, const CStringT &str2) throw();
	friend bool operator<=(const CStringT &str1, PCXSTR psz2) throw();
	friend bool operator<=(PCXSTR psz1, const CStringT &str2) throw();
	friend bool operator>=(const CStringT &str1, const CStringT &str2) throw();
	friend bool operator>=(const CStringT &str1, PCXSTR psz2) throw();
	friend bool operator>=(PCXSTR psz1, const CStringT &str2) throw();
};
}
#endif
#endif
