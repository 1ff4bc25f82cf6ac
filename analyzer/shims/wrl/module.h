/*
 * driso shim: wrl/module.h. Replaces mingw-w64's, which declares nothing
 * of its own and only includes other headers, one of them <intrin.h>: that
 * one redeclares strcat & co. and breaks after <strsafe.h> has renamed
 * them (a driver's usual order). This header includes the others and adds, from the Learn WRL reference, the module a COM/WinRT
 * DLL or EXE exports its classes through: ModuleType, Module<ModuleType>
 * with GetModule/Create, GetActivationFactory, GetClassObject, Terminate,
 * object counting and registration; the class-factory templates
 * (ClassFactory, SimpleClassFactory, ActivationFactory,
 * SimpleActivationFactory); and the registration macros CoCreatableClass,
 * CoCreatableClassWithFactory, ActivatableClass,
 * ActivatableClassWithFactory, ActivatableStaticOnlyFactory and the
 * *WrlCreatorMapInclude forms, which here declare an object naming the
 * class (WRL places a creator entry in a linker section). The ModuleType
 * bit values are driso's. C++ only.
 */
#ifndef DRISO_SHIM_WRL_MODULE_H
#define DRISO_SHIM_WRL_MODULE_H
#ifndef _WRL_MODULE_H_
#define _WRL_MODULE_H_ /* mingw-w64's guard: its header is not read */
#endif
#ifdef __cplusplus
#include <roapi.h>
#include <activation.h>
#include <winstring.h>
#include <wrl/internal.h>
#include <wrl/client.h>
#include <wrl/wrappers/corewrappers.h>
#include "implements.h"
namespace Microsoft {
namespace WRL {
enum ModuleType {
	InProc = 0x01,
	OutOfProc = 0x02,
	DisableCaching = 0x04,
	InProcDisableCaching = InProc | DisableCaching,
	OutOfProcDisableCaching = OutOfProc | DisableCaching
};

template <typename I0 = IClassFactory, typename I1 = void, typename I2 = void> class ClassFactory
	: public Details::RuntimeClassImpl<ClassicCom, IClassFactory> {
public:
	STDMETHOD(CreateInstance)(IUnknown *pUnkOuter, REFIID riid, void **ppvObject);
	STDMETHOD(LockServer)(BOOL fLock);
};
template <typename Base> class SimpleClassFactory : public ClassFactory<> {
};
template <typename I0 = IActivationFactory, typename I1 = void, typename I2 = void> class ActivationFactory
	: public Details::RuntimeClassImpl<WinRt, IActivationFactory> {
public:
	STDMETHOD(ActivateInstance)(IInspectable **ppvObject);
};
template <typename Base> class SimpleActivationFactory : public ActivationFactory<> {
};
template <typename Base> class SimpleSealedActivationFactory : public ActivationFactory<> {
};

namespace Details {
template <typename T> struct DrisoCreatorEntry {
	DrisoCreatorEntry() throw();
	typedef T ClassType;
};
} // namespace Details

template <ModuleType moduleType = InProc, typename ModuleT = void> class Module {
public:
	static Module &GetModule() throw();
	static Module &Create() throw();
	template <typename T> static Module &Create(T callback) throw();
	template <typename T> static Module &Create(T *object, void (T::*method)()) throw();
	HRESULT GetActivationFactory(HSTRING pActivatibleClassId, IActivationFactory **ppFactory,
				     const wchar_t *serverName = nullptr) throw();
	HRESULT GetClassObject(REFCLSID clsid, REFIID riid, void **ppv, const wchar_t *serverName = nullptr) throw();
	bool Terminate(const wchar_t *serverName = nullptr, bool forceTerminate = false) throw();
	unsigned long GetObjectCount() const throw();
	unsigned long IncrementObjectCount() throw();
	unsigned long DecrementObjectCount() throw();
	HRESULT RegisterObjects(const wchar_t *serverName = nullptr) throw();
	HRESULT UnregisterObjects(const wchar_t *serverName = nullptr) throw();
	HRESULT RegisterCOMObject(const wchar_t *serverName, IID *clsids, IClassFactory **factories, DWORD *cookies,
				  unsigned int count) throw();
	HRESULT UnregisterCOMObject(const wchar_t *serverName, DWORD *cookies, unsigned int count) throw();
	HRESULT RegisterWinRTObject(const wchar_t *serverName, const wchar_t **activatableClassIds,
				    RO_REGISTRATION_COOKIE *cookie, unsigned int count) throw();
	HRESULT UnregisterWinRTObject(const wchar_t *serverName, RO_REGISTRATION_COOKIE cookie) throw();
};
} // namespace WRL
} // namespace Microsoft

#define CoCreatableClass(className) \
	static const ::Microsoft::WRL::Details::DrisoCreatorEntry<className> __wrl_driso_creator_##className;
#define CoCreatableClassWithFactory(className, factory) \
	static const ::Microsoft::WRL::Details::DrisoCreatorEntry<className> __wrl_driso_creator_##className; \
	static const ::Microsoft::WRL::Details::DrisoCreatorEntry<factory> __wrl_driso_factory_##className;
#define CoCreatableClassWithFactoryEx(className, factory, serverName) \
	CoCreatableClassWithFactory(className, factory)
#define CoCreatableClassWrlCreatorMapInclude(className) CoCreatableClass(className)
#define ActivatableClass(className) CoCreatableClass(className)
#define ActivatableClassWithFactory(className, factory) CoCreatableClassWithFactory(className, factory)
#define ActivatableClassWithFactoryEx(className, factory, serverName) CoCreatableClassWithFactory(className, factory)
#define ActivatableStaticOnlyFactory(factory) \
	static const ::Microsoft::WRL::Details::DrisoCreatorEntry<factory> __wrl_driso_factory_##factory;
#define ActivatableStaticOnlyFactoryEx(factory, serverName) ActivatableStaticOnlyFactory(factory)
#define ActivatableClassWrlCreatorMapInclude(className) CoCreatableClass(className)
#endif
#endif
