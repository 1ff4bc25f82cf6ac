/*
 * driso shim: sensorsutils.h, helper routines for sensor collection lists
 * (WDK-only header SensorsUtils.h). Declarations only, per the Learn
 * sensorsutils.h reference: the CollectionsList*, PropertiesList*,
 * PropKeyFindKey*, InitPropVariantFrom{Float,CLSIDArray}, Is* and
 * serialization routines and the millisecond conversion macros. The list
 * structures and their *_SIZE/*_INIT helpers are in sensorsdef.h.
 */
#ifndef DRISO_SHIM_SENSORSUTILS_H
#define DRISO_SHIM_SENSORSUTILS_H
#include "driso_shims.h"
#include "sensorsdef.h"
#include "sensorsstructures.h"
#if defined(_STRSAFE_H_INCLUDED_) && !defined(STRSAFE_NO_DEPRECATE)
/* strsafe.h's deprecation macros rename shlwapi.h's StrCpy & co., and
 * mingw's propvarutil.h includes shlwapi.h: declare the PROPVARIANT
 * initializers sensor drivers use, with mingw's own signatures. */
DRISO_EXTERN_C_START
HRESULT WINAPI InitPropVariantFromCLSID(REFCLSID clsid, PROPVARIANT *ppropvar);
HRESULT WINAPI InitPropVariantFromFileTime(const FILETIME *pftIn, PROPVARIANT *ppropvar);
HRESULT InitPropVariantFromBoolean(WINBOOL fVal, PROPVARIANT *ppropvar);
HRESULT InitPropVariantFromUInt32(ULONG ulVal, PROPVARIANT *ppropvar);
HRESULT InitPropVariantFromInt32(LONG lVal, PROPVARIANT *ppropvar);
HRESULT InitPropVariantFromDouble(DOUBLE dblVal, PROPVARIANT *ppropvar);
HRESULT InitPropVariantFromString(PCWSTR psz, PROPVARIANT *ppropvar);
DRISO_EXTERN_C_END
#else
#include <propvarutil.h>
#endif

DRISO_EXTERN_C_START

#define MILLISECONDS_TO_100NANOSECONDS(x) ((x) * 10000)
#define MILLISECONDS_FROM_100NANOSECONDS(x) ((x) / 10000)

NTSTATUS CollectionsListAllocateBufferAndSerialize(const SENSOR_COLLECTION_LIST *SourceCollection,
						   PUINT32 pTargetBufferSizeInBytes, PBYTE *pTargetBuffer);
NTSTATUS CollectionsListCopyAndMarshall(PSENSOR_COLLECTION_LIST Target, const SENSOR_COLLECTION_LIST *Source);
NTSTATUS CollectionsListDeserializeFromBuffer(ULONG SourceBufferSizeInBytes, const BYTE *SourceBuffer,
					      PSENSOR_COLLECTION_LIST TargetCollection);
ULONG CollectionsListGetFillableCount(ULONG BufferSizeBytes);
ULONG CollectionsListGetMarshalledSize(const SENSOR_COLLECTION_LIST *Collection);
ULONG CollectionsListGetMarshalledSizeWithoutSerialization(const SENSOR_COLLECTION_LIST *Collection);
ULONG CollectionsListGetSerializedSize(const SENSOR_COLLECTION_LIST *Collection);
NTSTATUS CollectionsListMarshall(PSENSOR_COLLECTION_LIST Target);
NTSTATUS CollectionsListSerializeToBuffer(const SENSOR_COLLECTION_LIST *SourceCollection,
					  ULONG TargetBufferSizeInBytes, BYTE *TargetBuffer);
NTSTATUS CollectionsListSortSubscribedActivitiesByConfidence(PSENSOR_COLLECTION_LIST thresholds,
							     PSENSOR_COLLECTION_LIST pCollection);
NTSTATUS CollectionsListUpdateMarshalledPointer(PSENSOR_COLLECTION_LIST Collection);
BOOLEAN EvaluateActivityThresholds(PSENSOR_COLLECTION_LIST newSample, PSENSOR_COLLECTION_LIST oldSample,
				   PSENSOR_COLLECTION_LIST thresholds);
NTSTATUS GetPerformanceTime(PULONG TimeMs);
NTSTATUS InitPropVariantFromCLSIDArray(CLSID *members, ULONG size, PROPVARIANT *ppropvar);
NTSTATUS InitPropVariantFromFloat(FLOAT fltVal, PROPVARIANT *ppropvar);
BOOLEAN IsCollectionListSame(const SENSOR_COLLECTION_LIST *ListA, const SENSOR_COLLECTION_LIST *ListB);
BOOLEAN IsGUIDPresentInList(const GUID *GuidArray, ULONG ArrayLength, const GUID *GuidElem);
BOOLEAN IsKeyPresentInCollectionList(PSENSOR_COLLECTION_LIST pList, const PROPERTYKEY *pKey);
BOOLEAN IsKeyPresentInPropertyList(PSENSOR_PROPERTY_LIST pList, const PROPERTYKEY *pKey);
BOOLEAN IsSensorSubscribed(PSENSOR_COLLECTION_LIST subscriptionList, GUID currentType);
NTSTATUS PropertiesListCopy(PSENSOR_PROPERTY_LIST Target, const SENSOR_PROPERTY_LIST *Source);
ULONG PropertiesListGetFillableCount(ULONG BufferSizeBytes);
NTSTATUS PropKeyFindKeyGetBool(const SENSOR_COLLECTION_LIST *pList, const PROPERTYKEY *pKey, BOOL *pRetValue);
NTSTATUS PropKeyFindKeyGetDouble(const SENSOR_COLLECTION_LIST *pList, const PROPERTYKEY *pKey, DOUBLE *pRetValue);
NTSTATUS PropKeyFindKeyGetFileTime(const SENSOR_COLLECTION_LIST *pList, const PROPERTYKEY *pKey,
				   FILETIME *pRetValue);
NTSTATUS PropKeyFindKeyGetFloat(const SENSOR_COLLECTION_LIST *pList, const PROPERTYKEY *pKey, FLOAT *pRetValue);
NTSTATUS PropKeyFindKeyGetGuid(const SENSOR_COLLECTION_LIST *pList, const PROPERTYKEY *pKey, GUID *pRetValue);
NTSTATUS PropKeyFindKeyGetInt32(const SENSOR_COLLECTION_LIST *pList, const PROPERTYKEY *pKey, LONG *pRetValue);
NTSTATUS PropKeyFindKeyGetInt64(const SENSOR_COLLECTION_LIST *pList, const PROPERTYKEY *pKey, LONGLONG *pRetValue);
NTSTATUS PropKeyFindKeyGetNthInt64(const SENSOR_COLLECTION_LIST *pList, const PROPERTYKEY *pKey, ULONG Occurrence,
				   LONGLONG *pRetValue);
NTSTATUS PropKeyFindKeyGetNthUlong(const SENSOR_COLLECTION_LIST *pList, const PROPERTYKEY *pKey, ULONG Occurrence,
				   ULONG *pRetValue);
NTSTATUS PropKeyFindKeyGetNthUshort(const SENSOR_COLLECTION_LIST *pList, const PROPERTYKEY *pKey, ULONG Occurrence,
				    USHORT *pRetValue);
NTSTATUS PropKeyFindKeyGetPropVariant(const SENSOR_COLLECTION_LIST *pList, const PROPERTYKEY *pKey,
				      BOOLEAN TypeCheck, PROPVARIANT *pValue);
NTSTATUS PropKeyFindKeyGetUlong(const SENSOR_COLLECTION_LIST *pList, const PROPERTYKEY *pKey, ULONG *pRetValue);
NTSTATUS PropKeyFindKeyGetUshort(const SENSOR_COLLECTION_LIST *pList, const PROPERTYKEY *pKey, USHORT *pRetValue);
NTSTATUS PropKeyFindKeySetPropVariant(PSENSOR_COLLECTION_LIST pList, const PROPERTYKEY *pKey, BOOLEAN TypeCheck,
				      PROPVARIANT *pValue);
NTSTATUS PropVariantGetInformation(const PROPVARIANT *PropVariantValue, PULONG PropVariantOffset,
				   PULONG PropVariantSize, PVOID *PropVariantPointer, DEVPROPTYPE *RemappedType);
NTSTATUS SerializationBufferAllocate(ULONG SizeInBytes, BYTE **pBuffer);
VOID SerializationBufferFree(BYTE *Buffer);

DRISO_EXTERN_C_END
#endif
