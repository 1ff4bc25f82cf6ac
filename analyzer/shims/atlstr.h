/*
 * driso shim: atlstr.h (ATL). The ATL string classes: CAtlStringW,
 * CAtlStringA, CAtlString and (outside MFC) CString, CStringA, CStringW,
 * CFixedStringT, on CStringT (cstringt.h) and CSimpleStringT
 * (atlsimpstr.h); see atldef.h. C++ only.
 */
#ifndef DRISO_SHIM_ATLSTR_H
#define DRISO_SHIM_ATLSTR_H
#include "atlbase.h"
#include "cstringt.h"
#ifdef __cplusplus
namespace ATL {
typedef CStringT<wchar_t, StrTraitATL<wchar_t, ChTraitsCRT<wchar_t> > > CAtlStringW;
typedef CStringT<char, StrTraitATL<char, ChTraitsCRT<char> > > CAtlStringA;
typedef CStringT<TCHAR, StrTraitATL<TCHAR, ChTraitsCRT<TCHAR> > > CAtlString;
template <class StringType, int t_nChars> class CFixedStringT : public StringType {
public:
	CFixedStringT() throw();
	CFixedStringT(const CFixedStringT<StringType, t_nChars> &str);
	CFixedStringT(const StringType &str);
	CFixedStringT(const typename StringType::XCHAR *psz);
	CFixedStringT(const typename StringType::XCHAR *psz, int nLength);
	CFixedStringT(const typename StringType::YCHAR *psz);
	~CFixedStringT() throw();
	CFixedStringT<StringType, t_nChars> &operator=(const CFixedStringT<StringType, t_nChars> &str);
	CFixedStringT<StringType, t_nChars> &operator=(const typename StringType::XCHAR *psz);
	CFixedStringT<StringType, t_nChars> &operator=(const StringType &str);
};
template <typename TCharType> class CStrBufT {
public:
	typedef CSimpleStringT<TCharType> StringType;
	typedef typename StringType::PXSTR PXSTR;
	typedef typename StringType::PCXSTR PCXSTR;
	static const DWORD AUTO_LENGTH = 0x01;
	static const DWORD SET_LENGTH = 0x02;
	explicit CStrBufT(StringType &str) throw();
	CStrBufT(StringType &str, int nMinLength, DWORD dwFlags = AUTO_LENGTH);
	~CStrBufT() throw();
	operator PXSTR() throw();
	operator PCXSTR() const throw();
	void SetLength(int nLength);
};
typedef CStrBufT<TCHAR> CStrBuf;
typedef CStrBufT<char> CStrBufA;
typedef CStrBufT<wchar_t> CStrBufW;
}
#ifndef _AFX
typedef ATL::CAtlString CString;
typedef ATL::CAtlStringA CStringA;
typedef ATL::CAtlStringW CStringW;
#endif
#endif
#endif
