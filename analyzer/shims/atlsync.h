/*
 * driso shim: atlsync.h (ATL). Synchronization wrappers CCriticalSection,
 * CEvent, CMutex, CSemaphore and CMutexLock, declared from the Learn ATL
 * reference; see atldef.h. C++ only.
 */
#ifndef DRISO_SHIM_ATLSYNC_H
#define DRISO_SHIM_ATLSYNC_H
#include "atlbase.h"
#ifdef __cplusplus
namespace ATL {
class CCriticalSection : public CRITICAL_SECTION {
public:
	CCriticalSection();
	explicit CCriticalSection(ULONG nSpinCount);
	~CCriticalSection() throw();
	void Enter();
	void Leave() throw();
	ULONG SetSpinCount(ULONG nSpinCount) throw();
	BOOL TryEnter() throw();
};
class CEvent : public CHandle {
public:
	CEvent() throw();
	CEvent(CEvent &h) throw();
	CEvent(BOOL bManualReset, BOOL bInitialState);
	CEvent(LPSECURITY_ATTRIBUTES pSecurity, BOOL bManualReset, BOOL bInitialState, LPCTSTR pszName);
	explicit CEvent(HANDLE h) throw();
	BOOL Create(LPSECURITY_ATTRIBUTES pSecurity, BOOL bManualReset, BOOL bInitialState, LPCTSTR pszName) throw();
	BOOL Open(DWORD dwAccess, BOOL bInheritHandle, LPCTSTR pszName) throw();
	BOOL Pulse() throw();
	BOOL Reset() throw();
	BOOL Set() throw();
};
class CMutex : public CHandle {
public:
	CMutex() throw();
	CMutex(CMutex &h) throw();
	explicit CMutex(BOOL bInitialOwner);
	CMutex(LPSECURITY_ATTRIBUTES pSecurity, BOOL bInitialOwner, LPCTSTR pszName);
	explicit CMutex(HANDLE h) throw();
	BOOL Create(LPSECURITY_ATTRIBUTES pSecurity, BOOL bInitialOwner, LPCTSTR pszName) throw();
	BOOL Open(DWORD dwAccess, BOOL bInheritHandle, LPCTSTR pszName) throw();
	BOOL Release() throw();
};
class CSemaphore : public CHandle {
public:
	CSemaphore() throw();
	CSemaphore(CSemaphore &h) throw();
	CSemaphore(LONG nInitialCount, LONG nMaxCount);
	CSemaphore(LPSECURITY_ATTRIBUTES pSecurity, LONG nInitialCount, LONG nMaxCount, LPCTSTR pszName);
	explicit CSemaphore(HANDLE h) throw();
	BOOL Create(LPSECURITY_ATTRIBUTES pSecurity, LONG nInitialCount, LONG nMaxCount, LPCTSTR pszName) throw();
	BOOL Open(DWORD dwAccess, BOOL bInheritHandle, LPCTSTR pszName) throw();
	BOOL Release(LONG nReleaseCount = 1, LONG *pnOldCount = NULL) throw();
};
class CMutexLock {
public:
	CMutexLock(CMutex &mtx, bool bInitialLock = true);
	~CMutexLock() throw();
	void Lock();
	void Unlock() throw();
private:
	CMutex &m_mtx;
	bool m_bLocked;
};
}
#endif
#endif
