/*
 * driso shim: srbhelper.h, accessors that work on both SRB formats
 * (SCSI_REQUEST_BLOCK and the extended STORAGE_REQUEST_BLOCK); WDK-only.
 *
 * The WDK implements these as FORCEINLINE functions; here they are plain
 * prototypes (declarations only, see driso_shims.h), named and typed after
 * the Learn srbhelper.h reference, so every call stays visible to value
 * tracking. Srb arguments are PVOID as in the WDK (either format).
 */
#ifndef DRISO_SHIM_SRBHELPER_H
#define DRISO_SHIM_SRBHELPER_H
#include "driso_shims.h"
#include <srb.h>
#include <scsi.h>

DRISO_EXTERN_C_START

PSRBEX_DATA SrbGetSrbExDataByIndex(PSTORAGE_REQUEST_BLOCK Srb, ULONG SrbExDataIndex);
PSRBEX_DATA SrbGetSrbExDataByType(PSTORAGE_REQUEST_BLOCK Srb, SRBEXDATATYPE Type);
PSRBEX_DATA SrbGetPrimarySrbExData(PSTORAGE_REQUEST_BLOCK Srb);
PSTOR_ADDRESS SrbGetAddress(PSTORAGE_REQUEST_BLOCK Srb);
ULONG SrbGetSrbLength(PVOID Srb);
VOID SrbSetSrbLength(PVOID Srb, ULONG Length);
ULONG SrbGetDefaultSrbLengthFromFunction(ULONG SrbFunction);
ULONG SrbGetSrbFunction(PVOID Srb);
VOID SrbSetSrbFunction(PVOID Srb, ULONG Function);
PCDB SrbGetScsiData(PSTORAGE_REQUEST_BLOCK SrbEx, PUCHAR CdbLength8, PULONG CdbLength32, PUCHAR ScsiStatus,
		    PVOID *SenseInfoBuffer, PUCHAR SenseInfoBufferLength);
VOID SrbSetScsiData(PSTORAGE_REQUEST_BLOCK SrbEx, PUCHAR CdbLength8, PULONG CdbLength32, PUCHAR ScsiStatus,
		    PVOID *SenseInfoBuffer, PUCHAR SenseInfoBufferLength);
VOID SrbZeroSrb(PVOID Srb);
NTSTATUS SrbCopySrb(PVOID DestinationSrb, ULONG DestinationSrbLength, PVOID SourceSrb);
PCDB SrbGetCdb(PVOID Srb);
UCHAR SrbGetCdbLength(PVOID Srb);
VOID SrbSetCdbLength(PVOID Srb, UCHAR CdbLength);
ULONG SrbGetSrbFlags(PVOID Srb);
VOID SrbSetSrbFlags(PVOID Srb, ULONG Flags);
VOID SrbAssignSrbFlags(PVOID Srb, ULONG Flags);
VOID SrbClearSrbFlags(PVOID Srb, ULONG Flags);
UCHAR SrbGetSrbStatus(PVOID Srb);
VOID SrbSetSrbStatus(PVOID Srb, UCHAR Status);
UCHAR SrbGetScsiStatus(PVOID Srb);
VOID SrbSetScsiStatus(PVOID Srb, UCHAR ScsiStatus);
PVOID SrbGetSenseInfoBuffer(PVOID Srb);
VOID SrbSetSenseInfoBuffer(PVOID Srb, PVOID SenseInfoBuffer);
UCHAR SrbGetSenseInfoBufferLength(PVOID Srb);
VOID SrbSetSenseInfoBufferLength(PVOID Srb, UCHAR SenseInfoBufferLength);
PVOID SrbGetDataBuffer(PVOID Srb);
VOID SrbSetDataBuffer(PVOID Srb, PVOID DataBuffer);
ULONG SrbGetDataTransferLength(PVOID Srb);
VOID SrbSetDataTransferLength(PVOID Srb, ULONG DataTransferLength);
ULONG SrbGetTimeOutValue(PVOID Srb);
VOID SrbSetTimeOutValue(PVOID Srb, ULONG TimeOutValue);
ULONG SrbGetQueueSortKey(PVOID Srb);
VOID SrbSetQueueSortKey(PVOID Srb, ULONG QueueSortKey);
UCHAR SrbGetQueueTag(PVOID Srb);
VOID SrbSetQueueTag(PVOID Srb, ULONG QueueTag);
UCHAR SrbGetQueueAction(PVOID Srb);
VOID SrbSetQueueAction(PVOID Srb, UCHAR QueueAction);
ULONG SrbGetRequestTag(PVOID Srb);
VOID SrbSetRequestTag(PVOID Srb, ULONG RequestTag);
USHORT SrbGetRequestAttribute(PVOID Srb);
VOID SrbSetRequestAttribute(PVOID Srb, UCHAR RequestAttribute);
PVOID SrbGetOriginalRequest(PVOID Srb);
VOID SrbSetOriginalRequest(PVOID Srb, PVOID OriginalRequest);
PVOID SrbGetNextSrb(PVOID Srb);
VOID SrbSetNextSrb(PVOID Srb, PVOID NextSrb);
PVOID SrbGetMiniportContext(PVOID Srb);
PVOID SrbGetPortContext(PVOID Srb);
VOID SrbSetPortContext(PVOID Srb, PVOID PortContext);
PVOID SrbGetClassContext(PVOID Srb);
VOID SrbSetClassContext(PVOID Srb, PVOID ClassContext);
ULONG SrbGetSystemStatus(PVOID Srb);
VOID SrbSetSystemStatus(PVOID Srb, ULONG Status);
UCHAR SrbGetPathId(PVOID Srb);
UCHAR SrbGetTargetId(PVOID Srb);
UCHAR SrbGetLun(PVOID Srb);
VOID SrbGetPathTargetLun(PVOID Srb, PUCHAR PathId, PUCHAR TargetId, PUCHAR Lun);

DRISO_EXTERN_C_END
#endif
