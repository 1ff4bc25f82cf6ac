/*
 * driso shim: wrl/implements.h. mingw-w64's WRL has no implements.h (its
 * wrl.h comments the include out). Declares, from the Learn WRL reference
 * (learn.microsoft.com/cpp/cppcx/wrl), the class-authoring templates:
 * RuntimeClassType and RuntimeClassFlags, RuntimeClass (with or without a
 * RuntimeClassFlags first argument), Implements, ChainInterfaces,
 * CloakedIid, MixIn, FtmBase, Make and MakeAndInitialize. RuntimeClass
 * derives from each listed interface and declares QueryInterface, AddRef
 * and Release once (and the IInspectable methods for Windows Runtime
 * classes), so a class built on it is complete; members are declared, not
 * defined. The RuntimeClassType bit values are driso's (Learn names them
 * without values). C++ only.
 */
#ifndef DRISO_SHIM_WRL_IMPLEMENTS_H
#define DRISO_SHIM_WRL_IMPLEMENTS_H
#ifdef __cplusplus
#include <inspectable.h>
#include <wrl/client.h>
namespace Microsoft {
namespace WRL {
enum RuntimeClassType {
	WinRt = 0x0001,
	ClassicCom = 0x0002,
	WinRtClassicComMix = WinRt | ClassicCom,
	InhibitWeakReference = 0x0004,
	Delegate = ClassicCom,
	InhibitFtmBase = 0x0008,
	InhibitRoOriginateError = 0x0010
};
template <unsigned int flags> struct RuntimeClassFlags {
	static const unsigned int value = flags;
};

template <typename... TInterfaces> struct Implements : public TInterfaces... {
};
template <typename I0, typename... TRest> struct ChainInterfaces : public I0 {
};
template <typename T> struct CloakedIid : public T {
};
template <typename Derived, typename MixInType, bool hasImplements = false> struct MixIn {
};
class FtmBase : public IMarshal {
public:
	STDMETHOD(GetUnmarshalClass)(REFIID riid, void *pv, DWORD dwDestContext, void *pvDestContext, DWORD mshlflags,
				     CLSID *pCid);
	STDMETHOD(GetMarshalSizeMax)(REFIID riid, void *pv, DWORD dwDestContext, void *pvDestContext, DWORD mshlflags,
				     DWORD *pSize);
	STDMETHOD(MarshalInterface)(IStream *pStm, REFIID riid, void *pv, DWORD dwDestContext, void *pvDestContext,
				    DWORD mshlflags);
	STDMETHOD(UnmarshalInterface)(IStream *pStm, REFIID riid, void **ppv);
	STDMETHOD(ReleaseMarshalData)(IStream *pStm);
	STDMETHOD(DisconnectObject)(DWORD dwReserved);
	static HRESULT CreateGlobalInterfaceTable(IGlobalInterfaceTable **git);
	ComPtr<IMarshal> marshaller_;
};

namespace Details {
template <unsigned int flags, typename... TInterfaces> class RuntimeClassImpl : public TInterfaces... {
public:
	RuntimeClassImpl() throw();
	virtual ~RuntimeClassImpl() throw();
	STDMETHOD(QueryInterface)(REFIID riid, void **ppvObject);
	STDMETHOD_(ULONG, AddRef)();
	STDMETHOD_(ULONG, Release)();
	STDMETHOD(GetIids)(ULONG *iidCount, IID **iids);
	STDMETHOD(GetRuntimeClassName)(HSTRING *runtimeName);
	STDMETHOD(GetTrustLevel)(TrustLevel *trustLvl);
	unsigned long InternalAddRef() throw();
	unsigned long InternalRelease() throw();
	unsigned long GetRefCount() const throw();
};
} // namespace Details

template <typename... TInterfaces> class RuntimeClass : public Details::RuntimeClassImpl<WinRt, TInterfaces...> {
public:
	typedef RuntimeClass RuntimeClassT;
	RuntimeClass() throw();
	virtual ~RuntimeClass() throw();
};
template <unsigned int classFlags, typename... TInterfaces>
class RuntimeClass<RuntimeClassFlags<classFlags>, TInterfaces...>
	: public Details::RuntimeClassImpl<classFlags, TInterfaces...> {
public:
	typedef RuntimeClass RuntimeClassT;
	RuntimeClass() throw();
	virtual ~RuntimeClass() throw();
};

template <typename T, typename... TArgs> ComPtr<T> Make(TArgs &&...args);
template <typename T, typename I, typename... TArgs> HRESULT MakeAndInitialize(I **result, TArgs &&...args);
template <typename T, typename I, typename... TArgs> HRESULT MakeAndInitialize(ComPtr<I> *result, TArgs &&...args);
} // namespace WRL
} // namespace Microsoft
#endif
#endif
