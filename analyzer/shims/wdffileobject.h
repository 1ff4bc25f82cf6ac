/*
 * driso shim: wdffileobject.h (file objects).
 *
 * Declarations only, for parsing with libclang; not the WDK header. Names,
 * signatures and fields were transcribed (interface facts only: no
 * comments, annotations or function-table code) from the public,
 * MIT-licensed KMDF 1.33 / UMDF 2.33 headers of
 * microsoft/Windows-Driver-Frameworks; they match the Learn DDI reference. Functions are plain prototypes: the real WDK routes them
 * through a function table, which does not matter for parsing. *_INIT
 * helpers zero the structure, set Size and copy their arguments.
 */
#ifndef DRISO_SHIM_WDFFILEOBJECT_H
#define DRISO_SHIM_WDFFILEOBJECT_H
#include "wdf.h"
WDF_EXTERN_C_START
#if defined(UMDF_VERSION_MAJOR)
typedef enum _WDF_FILE_INFORMATION_CLASS { WdfFileInformationDirectory = 1, WdfFileInformationFullDirectory, WdfFileInformationBothDirectory, WdfFileInformationBasic, WdfFileInformationStandard, WdfFileInformationInternal, WdfFileInformationEa, WdfFileInformationAccess, WdfFileInformationName, WdfFileInformationRename, WdfFileInformationLink, WdfFileInformationNames, WdfFileInformationDisposition, WdfFileInformationPosition, WdfFileInformationFullEa, WdfFileInformationMode, WdfFileInformationAlignment, WdfFileInformationAll, WdfFileInformationAllocation, WdfFileInformationEndOfFile, WdfFileInformationAlternateName, WdfFileInformationStream, WdfFileInformationPipe, WdfFileInformationPipeLocal, WdfFileInformationPipeRemote, WdfFileInformationMailslotQuery, WdfFileInformationMailslotSet, WdfFileInformationCompression, WdfFileInformationObjectId, WdfFileInformationCompletion, WdfFileInformationMoveCluster, WdfFileInformationQuota, WdfFileInformationReparsePoint, WdfFileInformationNetworkOpen, WdfFileInformationAttributeTag, WdfFileInformationTracking, WdfFileInformationIdBothDirectory, WdfFileInformationIdFullDirectory, WdfFileInformationValidDataLength, WdfFileInformationShortName, WdfFileInformationIoCompletionNotification, WdfFileInformationIoStatusBlockRange, WdfFileInformationIoPriorityHint, WdfFileInformationSfioReserve, WdfFileInformationSfioVolume, WdfFileInformationHardLink, WdfFileInformationProcessIdsUsingFile, WdfFileInformationNormalizedName, WdfFileInformationNetworkPhysicalName, WdfFileInformationIdGlobalTxDirectory, WdfFileInformationIsRemoteDevice, WdfFileInformationAttributeCache, WdfFileInformationMaximum, } WDF_FILE_INFORMATION_CLASS, *PWDF_FILE_INFORMATION_CLASS;
PUNICODE_STRING WdfFileObjectGetFileName(WDFFILEOBJECT FileObject);
WDFDEVICE WdfFileObjectGetDevice(WDFFILEOBJECT FileObject);
ULONG WdfFileObjectGetInitiatorProcessId(WDFFILEOBJECT FileObject);
WDFFILEOBJECT WdfFileObjectGetRelatedFileObject(WDFFILEOBJECT FileObject);

#else
PUNICODE_STRING WdfFileObjectGetFileName(WDFFILEOBJECT FileObject);
ULONG WdfFileObjectGetFlags(WDFFILEOBJECT FileObject);
WDFDEVICE WdfFileObjectGetDevice(WDFFILEOBJECT FileObject);
ULONG WdfFileObjectGetInitiatorProcessId(WDFFILEOBJECT FileObject);
PFILE_OBJECT WdfFileObjectWdmGetFileObject(WDFFILEOBJECT FileObject);

#endif

WDF_EXTERN_C_END

#endif
