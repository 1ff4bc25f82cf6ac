/*
 * driso shim: atlconv.h (ATL). String conversion classes (CA2W, CW2A,
 * CA2T, CT2A, CW2T, CT2W, the constant forms, CA2CA/CW2CW) and the ATL 3
 * conversion macros (USES_CONVERSION, A2W, W2A, T2W, ...), declared from the
 * Learn ATL reference; see atldef.h. The macros call AtlA2WHelper /
 * AtlW2AHelper with their argument, so the converted expression stays
 * visible. C++ only.
 */
#ifndef DRISO_SHIM_ATLCONV_H
#define DRISO_SHIM_ATLCONV_H
#include "atldef.h"
#ifdef __cplusplus
namespace ATL {
UINT WINAPI _AtlGetConversionACP() throw();
LPWSTR WINAPI AtlA2WHelper(LPWSTR lpw, LPCSTR lpa, int nChars, UINT acp) throw();
LPSTR WINAPI AtlW2AHelper(LPSTR lpa, LPCWSTR lpw, int nChars, UINT acp) throw();
LPWSTR WINAPI AtlA2WHelper(LPWSTR lpw, LPCSTR lpa, int nChars) throw();
LPSTR WINAPI AtlW2AHelper(LPSTR lpa, LPCWSTR lpw, int nChars) throw();
LPOLESTR AtlAllocTaskOleString(LPCOLESTR lpszSrc);
LPWSTR AtlAllocTaskWideString(LPCSTR lpszSrc);
LPWSTR AtlAllocTaskWideString(LPCWSTR lpszSrc);
LPSTR AtlAllocTaskAnsiString(LPCWSTR lpszSrc);
LPSTR AtlAllocTaskAnsiString(LPCSTR lpszSrc);

template <int t_nBufferLength = 128> class CA2WEX {
public:
	CA2WEX(LPCSTR psz);
	CA2WEX(LPCSTR psz, UINT nCodePage);
	~CA2WEX() throw();
	operator LPWSTR() const throw();
	LPWSTR m_psz;
	wchar_t m_szBuffer[t_nBufferLength];
};
template <int t_nBufferLength = 128> class CW2AEX {
public:
	CW2AEX(LPCWSTR psz);
	CW2AEX(LPCWSTR psz, UINT nCodePage);
	~CW2AEX() throw();
	operator LPSTR() const throw();
	LPSTR m_psz;
	char m_szBuffer[t_nBufferLength];
};
template <int t_nBufferLength = 128> class CA2CAEX {
public:
	CA2CAEX(LPCSTR psz) throw();
	CA2CAEX(LPCSTR psz, UINT nCodePage) throw();
	~CA2CAEX() throw();
	operator LPCSTR() const throw();
	LPCSTR m_psz;
};
template <int t_nBufferLength = 128> class CW2CWEX {
public:
	CW2CWEX(LPCWSTR psz) throw();
	CW2CWEX(LPCWSTR psz, UINT nCodePage) throw();
	~CW2CWEX() throw();
	operator LPCWSTR() const throw();
	LPCWSTR m_psz;
};
typedef CA2WEX<> CA2W;
typedef CW2AEX<> CW2A;
typedef CA2CAEX<> CA2CA;
typedef CW2CWEX<> CW2CW;
template <int t_nBufferLength = 128> class CW2WEX {
public:
	CW2WEX(LPCWSTR psz);
	CW2WEX(LPCWSTR psz, UINT nCodePage);
	~CW2WEX() throw();
	operator LPWSTR() const throw();
	LPWSTR m_psz;
};
template <int t_nBufferLength = 128> class CA2AEX {
public:
	CA2AEX(LPCSTR psz);
	CA2AEX(LPCSTR psz, UINT nCodePage);
	~CA2AEX() throw();
	operator LPSTR() const throw();
	LPSTR m_psz;
};
typedef CW2WEX<> CW2W;
typedef CA2AEX<> CA2A;
#ifdef _UNICODE
typedef CW2W CW2T;
template <int t_nBufferLength = 128> using CW2TEX = CW2WEX<t_nBufferLength>;
typedef CW2CW CW2CT;
template <int t_nBufferLength = 128> using CW2CTEX = CW2CWEX<t_nBufferLength>;
typedef CW2W CT2W;
template <int t_nBufferLength = 128> using CT2WEX = CW2WEX<t_nBufferLength>;
typedef CW2CW CT2CW;
template <int t_nBufferLength = 128> using CT2CWEX = CW2CWEX<t_nBufferLength>;
typedef CA2W CA2T;
template <int t_nBufferLength = 128> using CA2TEX = CA2WEX<t_nBufferLength>;
typedef CA2W CA2CT;
template <int t_nBufferLength = 128> using CA2CTEX = CA2WEX<t_nBufferLength>;
typedef CW2A CT2A;
template <int t_nBufferLength = 128> using CT2AEX = CW2AEX<t_nBufferLength>;
typedef CW2A CT2CA;
template <int t_nBufferLength = 128> using CT2CAEX = CW2AEX<t_nBufferLength>;
#else
typedef CW2A CW2T;
template <int t_nBufferLength = 128> using CW2TEX = CW2AEX<t_nBufferLength>;
typedef CW2A CW2CT;
template <int t_nBufferLength = 128> using CW2CTEX = CW2AEX<t_nBufferLength>;
typedef CA2W CT2W;
template <int t_nBufferLength = 128> using CT2WEX = CA2WEX<t_nBufferLength>;
typedef CA2W CT2CW;
template <int t_nBufferLength = 128> using CT2CWEX = CA2WEX<t_nBufferLength>;
typedef CA2A CA2T;
template <int t_nBufferLength = 128> using CA2TEX = CA2AEX<t_nBufferLength>;
typedef CA2CA CA2CT;
template <int t_nBufferLength = 128> using CA2CTEX = CA2CAEX<t_nBufferLength>;
typedef CA2A CT2A;
template <int t_nBufferLength = 128> using CT2AEX = CA2AEX<t_nBufferLength>;
typedef CA2CA CT2CA;
template <int t_nBufferLength = 128> using CT2CAEX = CA2CAEX<t_nBufferLength>;
#endif
typedef CW2W CW2OLE;
typedef CW2CW CW2COLE;
typedef CW2W COLE2W;
typedef CW2CW COLE2CW;
typedef CA2W CA2OLE;
typedef CA2W CA2COLE;
typedef CW2A COLE2A;
typedef CW2A COLE2CA;
typedef CT2W CT2OLE;
typedef CT2CW CT2COLE;
typedef CW2T COLE2T;
typedef CW2CT COLE2CT;
}

#ifndef USES_CONVERSION
#define USES_CONVERSION \
	int _convert = 0; (void)_convert; \
	UINT _acp = ATL::_AtlGetConversionACP(); (void)_acp
#define USES_CONVERSION_EX USES_CONVERSION
#define A2W(lpa) ATL::AtlA2WHelper((LPWSTR)_alloca((lstrlenA(lpa) + 1) * sizeof(WCHAR)), (lpa), lstrlenA(lpa) + 1, _acp)
#define W2A(lpw) ATL::AtlW2AHelper((LPSTR)_alloca((lstrlenW(lpw) + 1) * 2), (lpw), (lstrlenW(lpw) + 1) * 2, _acp)
#define A2CW(lpa) ((LPCWSTR)A2W(lpa))
#define W2CA(lpw) ((LPCSTR)W2A(lpw))
#define A2W_EX(lpa, nChar) A2W(lpa)
#define W2A_EX(lpw, nChar) W2A(lpw)
#define A2OLE A2W
#define OLE2A W2A
#define W2OLE(lpw) (lpw)
#define OLE2W(lpo) (lpo)
#define W2COLE(lpw) ((LPCOLESTR)(lpw))
#define OLE2CW(lpo) ((LPCWSTR)(lpo))
#define A2COLE A2CW
#define OLE2CA W2CA
#ifdef _UNICODE
#define T2A W2A
#define A2T A2W
#define T2W(lp) (lp)
#define W2T(lp) (lp)
#define T2CA W2CA
#define A2CT A2CW
#define T2CW(lp) ((LPCWSTR)(lp))
#define W2CT(lp) ((LPCTSTR)(lp))
#define T2OLE(lp) (lp)
#define OLE2T(lp) (lp)
#define T2COLE(lp) ((LPCOLESTR)(lp))
#define OLE2CT(lp) ((LPCTSTR)(lp))
#else
#define T2W A2W
#define W2T W2A
#define T2A(lp) (lp)
#define A2T(lp) (lp)
#define T2CW A2CW
#define W2CT W2CA
#define T2CA(lp) ((LPCSTR)(lp))
#define A2CT(lp) ((LPCTSTR)(lp))
#define T2OLE A2W
#define OLE2T W2A
#define T2COLE A2CW
#define OLE2CT W2CA
#endif
#endif
#endif
#endif
