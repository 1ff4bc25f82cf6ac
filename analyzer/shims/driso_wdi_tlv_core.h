/*
 * driso_wdi_tlv_core.h: the WDI / WiFiCx TLV generator and parser library
 * interface (TlvGeneratorParser.hpp); not a WDK header.
 *
 * Declarations only (see driso_shims.h), from the Learn pages "WDI TLV
 * generator/parser topics": TLV_CONTEXT (versioning), the callee- and
 * caller-allocation parse models (Parse/FreeParsed, Parse<Msg>/
 * CleanupParsed<Msg>), the C and C++ generator models (Generate<Msg>,
 * the overloaded Generate, FreeGenerated), ArrayOfElements (ElementCount,
 * pElements, MemoryInternallyAllocated; a template in C++, explicitly named
 * ArrayOfElementsOf<Type> structures in C), the Optional / <name>_IsPresent
 * members and the TLV dumpers. SimpleAssign is the ArrayOfElements member
 * Microsoft's WiFiCx sample calls; its parameter types follow that use.
 */
#ifndef DRISO_WDI_TLV_CORE_H
#define DRISO_WDI_TLV_CORE_H
#include "driso_shims.h"

typedef struct _TLV_CONTEXT {
	ULONG_PTR AllocationContext;
	ULONG PeerVersion;
} TLV_CONTEXT, *PTLV_CONTEXT;
typedef const TLV_CONTEXT *PCTLV_CONTEXT;

#ifdef __cplusplus
template <typename T>
struct ArrayOfElements {
	UINT32 ElementCount;
	T *pElements;
	BOOLEAN MemoryInternallyAllocated;
	void SimpleAssign(T *pNewElements, UINT32 NewElementCount);
};
#define DRISO_WDI_ARRAY(T) ArrayOfElements<T>
#define DRISO_WDI_DECLARE_ARRAY(T)
#else
#define DRISO_WDI_ARRAY(T) ArrayOfElementsOf##T
#define DRISO_WDI_DECLARE_ARRAY(T) \
	typedef struct _ArrayOfElementsOf##T { \
		UINT32 ElementCount; \
		T *pElements; \
		BOOLEAN MemoryInternallyAllocated; \
	} ArrayOfElementsOf##T;
#endif

DRISO_EXTERN_C_START

/* Callee-allocation parse model and generator cleanup. */
NDIS_STATUS __stdcall Parse(ULONG BufferLength, UINT8 const *pBuffer, ULONG MessageId, PCTLV_CONTEXT Context, PVOID *ppParsed);
void __stdcall FreeParsed(ULONG MessageId, PVOID pParsed);
void __stdcall FreeGenerated(UINT8 *pGenerated);

/* Dumpers. */
typedef void(__stdcall *TlvDumperCallback)(UINT_PTR Context, PCSTR Format, ...);
void __stdcall TraceUnknownTlvByteStream(ULONG PeerVersion, ULONG BufferLength, UINT8 const *pBuffer);
void __stdcall TraceMessageTlvByteStream(ULONG MessageId, BOOLEAN fToIhv, ULONG PeerVersion, ULONG BufferLength, UINT8 const *pBuffer);
void __stdcall DumpUnknownTlvByteStream(ULONG PeerVersion, ULONG BufferLength, UINT8 const *pBuffer, ULONG_PTR Context, TlvDumperCallback pCallback);
void __stdcall DumpMessageTlvByteStream(ULONG MessageId, BOOLEAN fToIhv, ULONG PeerVersion, ULONG BufferLength, UINT8 const *pBuffer, ULONG_PTR Context, TlvDumperCallback pCallback);

DRISO_EXTERN_C_END

#ifdef __cplusplus
/* C++ overloaded generator model (one overload per message type). */
template <typename T>
NDIS_STATUS Generate(const T *pInput, ULONG ReservedHeaderLength, PCTLV_CONTEXT Context, ULONG *pOutputLength, UINT8 **ppOutput);
#endif

/* Per-message entry points: Parse<Msg>, CleanupParsed<Msg>, Generate<Msg>. */
#define DRISO_WDI_MESSAGE_PARSE(Name, Type) \
	NDIS_STATUS __stdcall Parse##Name(ULONG BufferLength, UINT8 const *pBuffer, PCTLV_CONTEXT Context, Type *pParsed); \
	void __stdcall CleanupParsed##Name(Type *pParsed);
#define DRISO_WDI_MESSAGE_GENERATE(Name, Type) \
	NDIS_STATUS __stdcall Generate##Name(const Type *pInput, ULONG ReservedHeaderLength, PCTLV_CONTEXT Context, ULONG *pOutputLength, UINT8 **ppOutput);
#define DRISO_WDI_MESSAGE(Name, Type) DRISO_WDI_MESSAGE_PARSE(Name, Type) DRISO_WDI_MESSAGE_GENERATE(Name, Type)

#endif
