/*
 * driso_wdm_members.h: members of wdm.h structures that mingw-w64 10
 * declares incompletely, for the wdm.h shim (which appends them to
 * mingw's structure definitions; see there). Member names, types and
 * order follow the Learn wdm.h reference pages of
 * CM_PARTIAL_RESOURCE_DESCRIPTOR, IO_RESOURCE_DESCRIPTOR,
 * DEVICE_DESCRIPTION and DMA_OPERATIONS. Not a public header.
 *
 * The DMA_OPERATIONS members are written as plain function-pointer
 * declarators over the types mingw has declared by then; the WDK's
 * PGET_DMA_ADAPTER_INFO ... names for the same types are typedef'd in
 * driso_km_extras.h, after mingw's header.
 */
#ifndef DRISO_WDM_MEMBERS_H
#define DRISO_WDM_MEMBERS_H

/* structure tags used by the DMA operations before driso_km_extras.h
 * completes them (file scope, so that the tags inside the member
 * declarators below refer to these) */
struct _DMA_ADAPTER_INFO;
struct _DMA_TRANSFER_INFO;
struct _DMA_COMMON_BUFFER_VECTOR;

/* CM_PARTIAL_RESOURCE_DESCRIPTOR.u, after DeviceSpecificData (Learn lists
 * DmaV3 after Dma and Connection last; in a union the place of a member
 * changes nothing but brace initialisation of the first) */
#define DRISO_CM_PARTIAL_RESOURCE_DESCRIPTOR_MORE \
	struct { \
		ULONG Channel; \
		ULONG RequestLine; \
		UCHAR TransferWidth; \
		UCHAR Reserved1; \
		UCHAR Reserved2; \
		UCHAR Reserved3; \
	} DmaV3; \
	struct { \
		UCHAR Class; \
		UCHAR Type; \
		UCHAR Reserved1; \
		UCHAR Reserved2; \
		ULONG IdLowPart; \
		ULONG IdHighPart; \
	} Connection

/* IO_RESOURCE_DESCRIPTOR.u, after ConfigData */
#define DRISO_IO_RESOURCE_DESCRIPTOR_MORE \
	struct { \
		ULONG RequestLine; \
		ULONG Reserved; \
		ULONG Channel; \
		ULONG TransferWidth; \
	} DmaV3; \
	struct { \
		ULONG Length40; \
		ULONG Alignment40; \
		PHYSICAL_ADDRESS MinimumAddress; \
		PHYSICAL_ADDRESS MaximumAddress; \
	} Memory40; \
	struct { \
		ULONG Length48; \
		ULONG Alignment48; \
		PHYSICAL_ADDRESS MinimumAddress; \
		PHYSICAL_ADDRESS MaximumAddress; \
	} Memory48; \
	struct { \
		ULONG Length64; \
		ULONG Alignment64; \
		PHYSICAL_ADDRESS MinimumAddress; \
		PHYSICAL_ADDRESS MaximumAddress; \
	} Memory64; \
	struct { \
		UCHAR Class; \
		UCHAR Type; \
		UCHAR Reserved1; \
		UCHAR Reserved2; \
		ULONG IdLowPart; \
		ULONG IdHighPart; \
	} Connection

/* DEVICE_DESCRIPTION, after DmaPort (DEVICE_DESCRIPTION_VERSION3) */
#define DRISO_DEVICE_DESCRIPTION_MORE \
	ULONG DmaAddressWidth; \
	ULONG DmaControllerInstance; \
	ULONG DmaRequestLine; \
	PHYSICAL_ADDRESS DeviceAddress

/* DMA_OPERATIONS, after BuildMdlFromScatterGatherList (DMA version 3) */
#define DRISO_DMA_COMPLETION_ROUTINE_PTR(name) \
	VOID (*name)(PDMA_ADAPTER DmaAdapter, PDEVICE_OBJECT DeviceObject, PVOID CompletionContext, \
		DMA_COMPLETION_STATUS Status)
#define DRISO_DMA_OPERATIONS_MORE \
	NTSTATUS (*GetDmaAdapterInfo)(PDMA_ADAPTER DmaAdapter, struct _DMA_ADAPTER_INFO *AdapterInfo); \
	NTSTATUS (*GetDmaTransferInfo)(PDMA_ADAPTER DmaAdapter, PMDL Mdl, ULONGLONG Offset, ULONG Length, \
		BOOLEAN WriteOnly, struct _DMA_TRANSFER_INFO *TransferInfo); \
	NTSTATUS (*InitializeDmaTransferContext)(PDMA_ADAPTER DmaAdapter, PVOID DmaTransferContext); \
	PVOID (*AllocateCommonBufferEx)(PDMA_ADAPTER DmaAdapter, PPHYSICAL_ADDRESS MaximumAddress, ULONG Length, \
		PPHYSICAL_ADDRESS LogicalAddress, BOOLEAN CacheEnabled, NODE_REQUIREMENT PreferredNode); \
	NTSTATUS (*AllocateAdapterChannelEx)(PDMA_ADAPTER DmaAdapter, PDEVICE_OBJECT DeviceObject, \
		PVOID DmaTransferContext, ULONG NumberOfMapRegisters, ULONG Flags, PDRIVER_CONTROL ExecutionRoutine, \
		PVOID ExecutionContext, PVOID *MapRegisterBase); \
	NTSTATUS (*ConfigureAdapterChannel)(PDMA_ADAPTER DmaAdapter, ULONG FunctionNumber, PVOID Context); \
	BOOLEAN (*CancelAdapterChannel)(PDMA_ADAPTER DmaAdapter, PDEVICE_OBJECT DeviceObject, \
		PVOID DmaTransferContext); \
	NTSTATUS (*MapTransferEx)(PDMA_ADAPTER DmaAdapter, PMDL Mdl, PVOID MapRegisterBase, ULONGLONG Offset, \
		ULONG DeviceOffset, PULONG Length, BOOLEAN WriteToDevice, PSCATTER_GATHER_LIST ScatterGatherBuffer, \
		ULONG ScatterGatherBufferLength, DRISO_DMA_COMPLETION_ROUTINE_PTR(DmaCompletionRoutine), PVOID CompletionContext); \
	NTSTATUS (*GetScatterGatherListEx)(PDMA_ADAPTER DmaAdapter, PDEVICE_OBJECT DeviceObject, \
		PVOID DmaTransferContext, PMDL Mdl, ULONGLONG Offset, ULONG Length, ULONG Flags, \
		PDRIVER_LIST_CONTROL ExecutionRoutine, PVOID Context, BOOLEAN WriteToDevice, \
		DRISO_DMA_COMPLETION_ROUTINE_PTR(DmaCompletionRoutine), PVOID CompletionContext, PSCATTER_GATHER_LIST *ScatterGatherList); \
	NTSTATUS (*BuildScatterGatherListEx)(PDMA_ADAPTER DmaAdapter, PDEVICE_OBJECT DeviceObject, \
		PVOID DmaTransferContext, PMDL Mdl, ULONGLONG Offset, ULONG Length, ULONG Flags, \
		PDRIVER_LIST_CONTROL ExecutionRoutine, PVOID Context, BOOLEAN WriteToDevice, PVOID ScatterGatherBuffer, \
		ULONG ScatterGatherLength, DRISO_DMA_COMPLETION_ROUTINE_PTR(DmaCompletionRoutine), PVOID CompletionContext, \
		PVOID ScatterGatherList); \
	NTSTATUS (*FlushAdapterBuffersEx)(PDMA_ADAPTER DmaAdapter, PMDL Mdl, PVOID MapRegisterBase, \
		ULONGLONG Offset, ULONG Length, BOOLEAN WriteToDevice); \
	VOID (*FreeAdapterObject)(PDMA_ADAPTER DmaAdapter, IO_ALLOCATION_ACTION AllocationAction); \
	NTSTATUS (*CancelMappedTransfer)(PDMA_ADAPTER DmaAdapter, PVOID DmaTransferContext); \
	NTSTATUS (*AllocateDomainCommonBuffer)(PDMA_ADAPTER DmaAdapter, HANDLE DomainHandle, \
		PPHYSICAL_ADDRESS MaximumAddress, ULONG Length, ULONG Flags, MEMORY_CACHING_TYPE *CacheType, \
		NODE_REQUIREMENT PreferredNode, PPHYSICAL_ADDRESS LogicalAddress, PVOID *VirtualAddress); \
	NTSTATUS (*FlushDmaBuffer)(PDMA_ADAPTER DmaAdapter, PMDL Mdl, BOOLEAN ReadOperation); \
	NTSTATUS (*JoinDmaDomain)(PDMA_ADAPTER DmaAdapter, HANDLE DomainHandle); \
	NTSTATUS (*LeaveDmaDomain)(PDMA_ADAPTER DmaAdapter); \
	HANDLE (*GetDmaDomain)(PDMA_ADAPTER DmaAdapter); \
	PVOID (*AllocateCommonBufferWithBounds)(PDMA_ADAPTER DmaAdapter, PPHYSICAL_ADDRESS MinimumAddress, \
		PPHYSICAL_ADDRESS MaximumAddress, ULONG Length, ULONG Flags, MEMORY_CACHING_TYPE *CacheType, \
		NODE_REQUIREMENT PreferredNode, PPHYSICAL_ADDRESS LogicalAddress); \
	NTSTATUS (*AllocateCommonBufferVector)(PDMA_ADAPTER DmaAdapter, PHYSICAL_ADDRESS LowAddress, \
		PHYSICAL_ADDRESS HighAddress, MEMORY_CACHING_TYPE CacheType, NODE_REQUIREMENT IdealNode, ULONG Flags, \
		ULONG NumberOfElements, ULONGLONG SizeOfElements, struct _DMA_COMMON_BUFFER_VECTOR **VectorOut); \
	VOID (*GetCommonBufferFromVectorByIndex)(PDMA_ADAPTER DmaAdapter, struct _DMA_COMMON_BUFFER_VECTOR *Vector, \
		ULONG Index, PVOID *VirtualAddressOut, PPHYSICAL_ADDRESS LogicalAddressOut); \
	VOID (*FreeCommonBufferFromVector)(PDMA_ADAPTER DmaAdapter, struct _DMA_COMMON_BUFFER_VECTOR *Vector, \
		ULONG Index); \
	VOID (*FreeCommonBufferVector)(PDMA_ADAPTER DmaAdapter, struct _DMA_COMMON_BUFFER_VECTOR *Vector)

#endif
