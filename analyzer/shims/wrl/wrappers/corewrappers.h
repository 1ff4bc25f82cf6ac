/*
 * driso shim: wrl/wrappers/corewrappers.h. mingw-w64's WRL wrappers stop
 * at HString/RoInitializeWrapper; UMDF and user-mode code also uses the
 * handle wrappers (HandleT with its traits, Event, Semaphore, Mutex,
 * CriticalSection). Those are declared here, in the documented WRL shape,
 * with the minimal inline members a parse needs. C++ only.
 */
#ifndef DRISO_SHIM_WRL_COREWRAPPERS_H
#define DRISO_SHIM_WRL_COREWRAPPERS_H
#include_next <wrl/wrappers/corewrappers.h>
#ifdef __cplusplus
#include <windows.h>
namespace Microsoft {
namespace WRL {
namespace Wrappers {
namespace HandleTraits {
struct HANDLETraits {
	typedef HANDLE Type;
	static bool Close(Type h) throw() { return ::CloseHandle(h) != FALSE; }
	static Type GetInvalidValue() throw() { return INVALID_HANDLE_VALUE; }
};
struct HANDLENullTraits : HANDLETraits {
	static Type GetInvalidValue() throw() { return NULL; }
};
struct FileHandleTraits : HANDLETraits {};
struct EventTraits : HANDLENullTraits {};
struct MutexTraits : HANDLENullTraits {
	static void Unlock(Type h) throw() { ::ReleaseMutex(h); }
};
struct SemaphoreTraits : HANDLENullTraits {
	static void Unlock(Type h) throw() { ::ReleaseSemaphore(h, 1, NULL); }
};
struct CriticalSectionTraits {
	typedef CRITICAL_SECTION *Type;
	static Type GetInvalidValue() throw() { return NULL; }
	static void Unlock(Type cs) throw() { ::LeaveCriticalSection(cs); }
};
}
template <typename HandleTraits> class HandleT {
public:
	typedef typename HandleTraits::Type Type;
	explicit HandleT(Type h = HandleTraits::GetInvalidValue()) throw() : handle_(h) {}
	HandleT(HandleT &&h) throw() : handle_(h.Detach()) {}
	~HandleT() throw() { Close(); }
	HandleT &operator=(HandleT &&h) throw() { Attach(h.Detach()); return *this; }
	void Attach(Type h) throw() { if (h != handle_) { Close(); handle_ = h; } }
	Type Detach() throw() { Type h = handle_; handle_ = HandleTraits::GetInvalidValue(); return h; }
	Type Get() const throw() { return handle_; }
	void Close() throw() { if (handle_ != HandleTraits::GetInvalidValue()) { HandleTraits::Close(handle_); handle_ = HandleTraits::GetInvalidValue(); } }
	bool IsValid() const throw() { return handle_ != HandleTraits::GetInvalidValue(); }
	Type *GetAddressOf() throw() { return &handle_; }
	Type *ReleaseAndGetAddressOf() throw() { Close(); return &handle_; }
protected:
	Type handle_;
private:
	HandleT(const HandleT &);
	HandleT &operator=(const HandleT &);
};
typedef HandleT<HandleTraits::HANDLETraits> FileHandle;
class Event : public HandleT<HandleTraits::EventTraits> {
public:
	explicit Event(HANDLE h = NULL) throw() : HandleT(h) {}
	Event(Event &&h) throw() : HandleT(h.Detach()) {}
	Event &operator=(Event &&h) throw() { Attach(h.Detach()); return *this; }
};
class Semaphore : public HandleT<HandleTraits::SemaphoreTraits> {
public:
	explicit Semaphore(HANDLE h = NULL) throw() : HandleT(h) {}
};
class Mutex : public HandleT<HandleTraits::MutexTraits> {
public:
	explicit Mutex(HANDLE h = NULL) throw() : HandleT(h) {}
};
class CriticalSection {
public:
	class SyncLockCriticalSection {
	public:
		explicit SyncLockCriticalSection(CRITICAL_SECTION *cs = NULL) throw() : cs_(cs) {}
		~SyncLockCriticalSection() throw() { if (cs_) ::LeaveCriticalSection(cs_); }
		void Unlock() throw() { if (cs_) { ::LeaveCriticalSection(cs_); cs_ = NULL; } }
		bool IsLocked() const throw() { return cs_ != NULL; }
	private:
		CRITICAL_SECTION *cs_;
	};
	explicit CriticalSection(ULONG spincount = 0) throw() { ::InitializeCriticalSectionEx(&cs_, spincount, 0); }
	~CriticalSection() throw() { ::DeleteCriticalSection(&cs_); }
	SyncLockCriticalSection Lock() throw() { ::EnterCriticalSection(&cs_); return SyncLockCriticalSection(&cs_); }
	bool IsValid() const throw() { return true; }
private:
	CRITICAL_SECTION cs_;
};
}
}
}
#endif
#endif
