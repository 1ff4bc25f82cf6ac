/*
 * driso shim: wdfdmaenabler.h (DMA enablers).
 *
 * Declarations only, for parsing with libclang; not the WDK header. Names,
 * signatures and fields were transcribed (interface facts only: no
 * comments, annotations or function-table code) from the public,
 * MIT-licensed KMDF 1.33 / UMDF 2.33 headers of
 * microsoft/Windows-Driver-Frameworks; they match the Learn DDI reference. Functions are plain prototypes: the real WDK routes them
 * through a function table, which does not matter for parsing. *_INIT
 * helpers zero the structure, set Size and copy their arguments.
 */
#ifndef DRISO_SHIM_WDFDMAENABLER_H
#define DRISO_SHIM_WDFDMAENABLER_H
#include "wdf.h"
WDF_EXTERN_C_START
#if !defined(UMDF_VERSION_MAJOR)
typedef enum _WDF_DMA_PROFILE { WdfDmaProfileInvalid = 0, WdfDmaProfilePacket, WdfDmaProfileScatterGather, WdfDmaProfilePacket64, WdfDmaProfileScatterGather64, WdfDmaProfileScatterGatherDuplex, WdfDmaProfileScatterGather64Duplex, WdfDmaProfileSystem, WdfDmaProfileSystemDuplex, } WDF_DMA_PROFILE;
typedef enum _WDF_DMA_DIRECTION { WdfDmaDirectionReadFromDevice = FALSE, WdfDmaDirectionWriteToDevice = TRUE, } WDF_DMA_DIRECTION;
typedef NTSTATUS EVT_WDF_DMA_ENABLER_FILL(WDFDMAENABLER DmaEnabler);
typedef EVT_WDF_DMA_ENABLER_FILL *PFN_WDF_DMA_ENABLER_FILL;
typedef NTSTATUS EVT_WDF_DMA_ENABLER_FLUSH(WDFDMAENABLER DmaEnabler);
typedef EVT_WDF_DMA_ENABLER_FLUSH *PFN_WDF_DMA_ENABLER_FLUSH;
typedef NTSTATUS EVT_WDF_DMA_ENABLER_ENABLE(WDFDMAENABLER DmaEnabler);
typedef EVT_WDF_DMA_ENABLER_ENABLE *PFN_WDF_DMA_ENABLER_ENABLE;
typedef NTSTATUS EVT_WDF_DMA_ENABLER_DISABLE(WDFDMAENABLER DmaEnabler);
typedef EVT_WDF_DMA_ENABLER_DISABLE *PFN_WDF_DMA_ENABLER_DISABLE;
typedef NTSTATUS EVT_WDF_DMA_ENABLER_SELFMANAGED_IO_START(WDFDMAENABLER DmaEnabler);
typedef EVT_WDF_DMA_ENABLER_SELFMANAGED_IO_START *PFN_WDF_DMA_ENABLER_SELFMANAGED_IO_START;
typedef NTSTATUS EVT_WDF_DMA_ENABLER_SELFMANAGED_IO_STOP(WDFDMAENABLER DmaEnabler);
typedef EVT_WDF_DMA_ENABLER_SELFMANAGED_IO_STOP *PFN_WDF_DMA_ENABLER_SELFMANAGED_IO_STOP;
#define WDF_DMA_ENABLER_UNLIMITED_FRAGMENTS ((ULONG) -1)
typedef enum _WDF_DMA_ENABLER_CONFIG_FLAGS { WDF_DMA_ENABLER_CONFIG_NO_SGLIST_PREALLOCATION = 0x00000001, WDF_DMA_ENABLER_CONFIG_REQUIRE_SINGLE_TRANSFER = 0x00000002, } WDF_DMA_ENABLER_CONFIG_FLAGS;
typedef struct _WDF_DMA_ENABLER_CONFIG { ULONG Size; WDF_DMA_PROFILE Profile; size_t MaximumLength; PFN_WDF_DMA_ENABLER_FILL EvtDmaEnablerFill; PFN_WDF_DMA_ENABLER_FLUSH EvtDmaEnablerFlush; PFN_WDF_DMA_ENABLER_DISABLE EvtDmaEnablerDisable; PFN_WDF_DMA_ENABLER_ENABLE EvtDmaEnablerEnable; PFN_WDF_DMA_ENABLER_SELFMANAGED_IO_START EvtDmaEnablerSelfManagedIoStart; PFN_WDF_DMA_ENABLER_SELFMANAGED_IO_STOP EvtDmaEnablerSelfManagedIoStop; ULONG AddressWidthOverride; ULONG WdmDmaVersionOverride; ULONG Flags; } WDF_DMA_ENABLER_CONFIG, *PWDF_DMA_ENABLER_CONFIG;
DRISO_WDF_INLINE VOID WDF_DMA_ENABLER_CONFIG_INIT(PWDF_DMA_ENABLER_CONFIG Config, WDF_DMA_PROFILE Profile, size_t MaximumLength) { RtlZeroMemory(Config, sizeof(*Config)); Config->Size = sizeof(*Config); Config->Profile = Profile; Config->MaximumLength = MaximumLength; }
typedef struct _WDF_DMA_SYSTEM_PROFILE_CONFIG { ULONG Size; BOOLEAN DemandMode; BOOLEAN LoopedTransfer; DMA_WIDTH DmaWidth; PHYSICAL_ADDRESS DeviceAddress; PCM_PARTIAL_RESOURCE_DESCRIPTOR DmaDescriptor; } WDF_DMA_SYSTEM_PROFILE_CONFIG, *PWDF_DMA_SYSTEM_PROFILE_CONFIG;
DRISO_WDF_INLINE VOID WDF_DMA_SYSTEM_PROFILE_CONFIG_INIT(PWDF_DMA_SYSTEM_PROFILE_CONFIG DmaConfig, PHYSICAL_ADDRESS Address, DMA_WIDTH DmaWidth, PCM_PARTIAL_RESOURCE_DESCRIPTOR DmaDescriptor) { RtlZeroMemory(DmaConfig, sizeof(*DmaConfig)); DmaConfig->Size = sizeof(*DmaConfig); (void)Address; DmaConfig->DmaWidth = DmaWidth; (void)DmaDescriptor; }
NTSTATUS WdfDmaEnablerCreate(WDFDEVICE Device, PWDF_DMA_ENABLER_CONFIG Config, PWDF_OBJECT_ATTRIBUTES Attributes, WDFDMAENABLER* DmaEnablerHandle);
NTSTATUS WdfDmaEnablerConfigureSystemProfile(WDFDMAENABLER DmaEnabler, PWDF_DMA_SYSTEM_PROFILE_CONFIG ProfileConfig, WDF_DMA_DIRECTION ConfigDirection);
size_t WdfDmaEnablerGetMaximumLength(WDFDMAENABLER DmaEnabler);
size_t WdfDmaEnablerGetMaximumScatterGatherElements(WDFDMAENABLER DmaEnabler);
VOID WdfDmaEnablerSetMaximumScatterGatherElements(WDFDMAENABLER DmaEnabler, size_t MaximumFragments);
size_t WdfDmaEnablerGetFragmentLength(WDFDMAENABLER DmaEnabler, WDF_DMA_DIRECTION DmaDirection);
PDMA_ADAPTER WdfDmaEnablerWdmGetDmaAdapter(WDFDMAENABLER DmaEnabler, WDF_DMA_DIRECTION DmaDirection);

#endif

WDF_EXTERN_C_END

#endif
