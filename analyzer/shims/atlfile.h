/*
 * driso shim: atlfile.h (ATL). See atldef.h for what driso's ATL stand-in
 * is. CAtlFile (a Win32 file handle with Create/Read/Write/Seek/...),
 * CAtlTemporaryFile and the file-mapping classes (CAtlFileMappingBase,
 * CAtlFileMapping<T>), from the Learn ATL class reference; members are
 * declared, not defined.
 * C++ only.
 */
#ifndef DRISO_SHIM_ATLFILE_H
#define DRISO_SHIM_ATLFILE_H
#include "atlbase.h"
#ifdef __cplusplus

namespace ATL {

class CAtlFile : public CHandle {
public:
	CAtlFile() throw();
	CAtlFile(CAtlTransactionManager *pTM) throw();
	CAtlFile(CAtlFile &file) throw();
	explicit CAtlFile(HANDLE hFile) throw();

	HRESULT Create(LPCTSTR szFilename, DWORD dwDesiredAccess, DWORD dwShareMode, DWORD dwCreationDisposition,
		       DWORD dwFlagsAndAttributes = FILE_ATTRIBUTE_NORMAL, LPSECURITY_ATTRIBUTES lpsa = NULL,
		       HANDLE hTemplateFile = NULL) throw();
	HRESULT Read(LPVOID pBuffer, DWORD nBufSize) throw();
	HRESULT Read(LPVOID pBuffer, DWORD nBufSize, DWORD &nBytesRead) throw();
	HRESULT Read(LPVOID pBuffer, DWORD nBufSize, LPOVERLAPPED pOverlapped) throw();
	HRESULT Read(LPVOID pBuffer, DWORD nBufSize, LPOVERLAPPED pOverlapped,
		     LPOVERLAPPED_COMPLETION_ROUTINE pfnCompletionRoutine) throw();
	HRESULT Write(LPCVOID pBuffer, DWORD nBufSize, DWORD *pnBytesWritten = NULL) throw();
	HRESULT Write(LPCVOID pBuffer, DWORD nBufSize, LPOVERLAPPED pOverlapped) throw();
	HRESULT Write(LPCVOID pBuffer, DWORD nBufSize, LPOVERLAPPED pOverlapped,
		      LPOVERLAPPED_COMPLETION_ROUTINE pfnCompletionRoutine) throw();
	HRESULT GetOverlappedResult(LPOVERLAPPED pOverlapped, DWORD &dwBytesTransferred, BOOL bWait) throw();
	HRESULT Seek(LONGLONG nOffset, DWORD dwFrom = FILE_CURRENT) throw();
	HRESULT GetPosition(ULONGLONG &nPos) const throw();
	HRESULT GetSize(ULONGLONG &nLen) const throw();
	HRESULT SetSize(ULONGLONG nNewLen) throw();
	HRESULT Flush() throw();
	HRESULT LockRange(ULONGLONG nPos, ULONGLONG nCount) throw();
	HRESULT UnlockRange(ULONGLONG nPos, ULONGLONG nCount) throw();
protected:
	CAtlTransactionManager *m_pTM;
};

class CAtlTemporaryFile {
public:
	CAtlTemporaryFile() throw();
	~CAtlTemporaryFile() throw();
	HRESULT Create(LPCTSTR pszDir = NULL, DWORD dwDesiredAccess = GENERIC_WRITE) throw();
	HRESULT Close(LPCTSTR szNewName = NULL) throw();
	HRESULT HandsOff() throw();
	HRESULT HandsOn() throw();
	HRESULT Read(LPVOID pBuffer, DWORD nBufSize, DWORD &nBytesRead) throw();
	HRESULT Write(LPCVOID pBuffer, DWORD nBufSize, DWORD *pnBytesWritten = NULL) throw();
	HRESULT Seek(LONGLONG nOffset, DWORD dwFrom = FILE_CURRENT) throw();
	HRESULT GetPosition(ULONGLONG &nPos) const throw();
	HRESULT GetSize(ULONGLONG &nLen) const throw();
	HRESULT SetSize(ULONGLONG nNewLen) throw();
	HRESULT Flush() throw();
	HRESULT LockRange(ULONGLONG nPos, ULONGLONG nCount) throw();
	HRESULT UnlockRange(ULONGLONG nPos, ULONGLONG nCount) throw();
	LPCTSTR TempFileName() throw();
	operator HANDLE() throw();
};

class CAtlFileMappingBase {
public:
	CAtlFileMappingBase() throw();
	CAtlFileMappingBase(CAtlFileMappingBase &orig);
	~CAtlFileMappingBase() throw();
	CAtlFileMappingBase &operator=(CAtlFileMappingBase &orig);
	HRESULT CopyFrom(CAtlFileMappingBase &orig) throw();
	HRESULT MapFile(HANDLE hFile, SIZE_T nMappingSize = 0, ULONGLONG nOffset = 0,
			DWORD dwMappingProtection = PAGE_READONLY, DWORD dwViewDesiredAccess = FILE_MAP_READ) throw();
	HRESULT MapSharedMem(SIZE_T nMappingSize, LPCTSTR szName, BOOL *pbAlreadyExisted = NULL,
			     LPSECURITY_ATTRIBUTES lpsa = NULL, DWORD dwMappingProtection = PAGE_READWRITE,
			     DWORD dwViewDesiredAccess = FILE_MAP_ALL_ACCESS) throw();
	HRESULT OpenMapping(LPCTSTR szName, SIZE_T nMappingSize, ULONGLONG nOffset = 0,
			    DWORD dwViewDesiredAccess = FILE_MAP_ALL_ACCESS) throw();
	HRESULT Unmap() throw();
	void *GetData() const throw();
	HANDLE GetHandle() const throw();
	SIZE_T GetMappingSize() throw();
};

template <typename T = char> class CAtlFileMapping : public CAtlFileMappingBase {
public:
	operator T *() const throw();
};

} /* namespace ATL */

#endif /* __cplusplus */
#endif
