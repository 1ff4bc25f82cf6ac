/*
 * driso shim: spb.h, the simple peripheral bus (I2C/SPI) client interface
 * (WDK-only header). Declarations only, per the Learn spb.h reference:
 * SPB_TRANSFER_DIRECTION, SPB_TRANSFER_BUFFER_FORMAT, SPB_TRANSFER_BUFFER(_LIST_ENTRY),
 * SPB_TRANSFER_LIST(_ENTRY), SPB_TRANSFER_LIST_AND_ENTRIES, the trivial
 * SPB_TRANSFER_LIST_INIT / SPB_TRANSFER_LIST_ENTRY_INIT_* helpers, the
 * multi-SPI transfer structures with their *_INIT helpers, and the
 * SPB IOCTLs (an enumeration in the WDK; the codes here are distinct driso
 * values, not restated from a WDK).
 */
#ifndef DRISO_SHIM_SPB_H
#define DRISO_SHIM_SPB_H
#include "driso_shims.h"

DRISO_EXTERN_C_START

typedef enum SpbIoctl {
	IOCTL_SPB_LOCK_CONTROLLER = CTL_CODE(FILE_DEVICE_BUS_EXTENDER, 0x100, METHOD_NEITHER, FILE_ANY_ACCESS),
	IOCTL_SPB_UNLOCK_CONTROLLER = CTL_CODE(FILE_DEVICE_BUS_EXTENDER, 0x101, METHOD_NEITHER, FILE_ANY_ACCESS),
	IOCTL_SPB_EXECUTE_SEQUENCE = CTL_CODE(FILE_DEVICE_BUS_EXTENDER, 0x102, METHOD_NEITHER, FILE_ANY_ACCESS),
	IOCTL_SPB_LOCK_CONNECTION = CTL_CODE(FILE_DEVICE_BUS_EXTENDER, 0x103, METHOD_NEITHER, FILE_ANY_ACCESS),
	IOCTL_SPB_UNLOCK_CONNECTION = CTL_CODE(FILE_DEVICE_BUS_EXTENDER, 0x104, METHOD_NEITHER, FILE_ANY_ACCESS),
	IOCTL_SPB_FULL_DUPLEX = CTL_CODE(FILE_DEVICE_BUS_EXTENDER, 0x105, METHOD_BUFFERED, FILE_ANY_ACCESS),
	IOCTL_SPB_MULTI_SPI_TRANSFER = CTL_CODE(FILE_DEVICE_BUS_EXTENDER, 0x106, METHOD_BUFFERED, FILE_ANY_ACCESS)
} SpbIoctl;

typedef enum SPB_TRANSFER_DIRECTION {
	SpbTransferDirectionNone,
	SpbTransferDirectionFromDevice,
	SpbTransferDirectionToDevice,
	SpbTransferDirectionMax
} SPB_TRANSFER_DIRECTION;

typedef enum SPB_TRANSFER_BUFFER_FORMAT {
	SpbTransferBufferFormatInvalid = 0,
	SpbTransferBufferFormatSimple,
	SpbTransferBufferFormatList,
	SpbTransferBufferFormatSimpleNonPaged,
	SpbTransferBufferFormatMdl,
	SpbTransferBufferFormatMax
} SPB_TRANSFER_BUFFER_FORMAT;

typedef struct SPB_TRANSFER_BUFFER_LIST_ENTRY {
	PVOID Buffer;
	ULONG BufferCb;
} SPB_TRANSFER_BUFFER_LIST_ENTRY, *PSPB_TRANSFER_BUFFER_LIST_ENTRY;

typedef struct SPB_TRANSFER_BUFFER {
	SPB_TRANSFER_BUFFER_FORMAT Format;
	union {
		SPB_TRANSFER_BUFFER_LIST_ENTRY Simple;
		struct {
			SPB_TRANSFER_BUFFER_LIST_ENTRY *List;
			ULONG ListCe;
		} BufferList;
		PMDL Mdl;
	};
} SPB_TRANSFER_BUFFER, *PSPB_TRANSFER_BUFFER;

typedef struct SPB_TRANSFER_LIST_ENTRY {
	SPB_TRANSFER_DIRECTION Direction;
	ULONG DelayInUs;
	SPB_TRANSFER_BUFFER Buffer;
} SPB_TRANSFER_LIST_ENTRY, *PSPB_TRANSFER_LIST_ENTRY;

typedef struct SPB_TRANSFER_LIST {
	ULONG Size;
	ULONG Reserved;
	ULONG TransferCount;
	SPB_TRANSFER_LIST_ENTRY Transfers[1];
} SPB_TRANSFER_LIST, *PSPB_TRANSFER_LIST;

#define SPB_TRANSFER_LIST_AND_ENTRIES(NUMBER) \
	struct { \
		SPB_TRANSFER_LIST List; \
		SPB_TRANSFER_LIST_ENTRY ExtraTransfers[(NUMBER)-1]; \
	}

DRISO_INLINE VOID SPB_TRANSFER_LIST_INIT(PSPB_TRANSFER_LIST TransferList, ULONG TransferCount)
{
	ULONG size = (ULONG)(FIELD_OFFSET(SPB_TRANSFER_LIST, Transfers) + TransferCount * sizeof(SPB_TRANSFER_LIST_ENTRY));
	RtlZeroMemory(TransferList, size);
	TransferList->Size = sizeof(SPB_TRANSFER_LIST);
	TransferList->TransferCount = TransferCount;
}

DRISO_INLINE SPB_TRANSFER_LIST_ENTRY SPB_TRANSFER_LIST_ENTRY_INIT_SIMPLE(SPB_TRANSFER_DIRECTION Direction,
									 ULONG DelayInUs, PVOID Buffer, ULONG BufferCb)
{
	SPB_TRANSFER_LIST_ENTRY entry;
	RtlZeroMemory(&entry, sizeof(entry));
	entry.Direction = Direction;
	entry.DelayInUs = DelayInUs;
	entry.Buffer.Format = SpbTransferBufferFormatSimple;
	entry.Buffer.Simple.Buffer = Buffer;
	entry.Buffer.Simple.BufferCb = BufferCb;
	return entry;
}

DRISO_INLINE SPB_TRANSFER_LIST_ENTRY SPB_TRANSFER_LIST_ENTRY_INIT_NON_PAGED(SPB_TRANSFER_DIRECTION Direction,
									    ULONG DelayInUs, PVOID Buffer,
									    ULONG BufferCb)
{
	SPB_TRANSFER_LIST_ENTRY entry = SPB_TRANSFER_LIST_ENTRY_INIT_SIMPLE(Direction, DelayInUs, Buffer, BufferCb);
	entry.Buffer.Format = SpbTransferBufferFormatSimpleNonPaged;
	return entry;
}

DRISO_INLINE SPB_TRANSFER_LIST_ENTRY SPB_TRANSFER_LIST_ENTRY_INIT_MDL(SPB_TRANSFER_DIRECTION Direction,
								      ULONG DelayInUs, PMDL Mdl)
{
	SPB_TRANSFER_LIST_ENTRY entry;
	RtlZeroMemory(&entry, sizeof(entry));
	entry.Direction = Direction;
	entry.DelayInUs = DelayInUs;
	entry.Buffer.Format = SpbTransferBufferFormatMdl;
	entry.Buffer.Mdl = Mdl;
	return entry;
}

DRISO_INLINE SPB_TRANSFER_LIST_ENTRY SPB_TRANSFER_LIST_ENTRY_INIT_BUFFER_LIST(SPB_TRANSFER_DIRECTION Direction,
									      ULONG DelayInUs,
									      PSPB_TRANSFER_BUFFER_LIST_ENTRY BufferList,
									      ULONG BufferListCe)
{
	SPB_TRANSFER_LIST_ENTRY entry;
	RtlZeroMemory(&entry, sizeof(entry));
	entry.Direction = Direction;
	entry.DelayInUs = DelayInUs;
	entry.Buffer.Format = SpbTransferBufferFormatList;
	entry.Buffer.BufferList.List = BufferList;
	entry.Buffer.BufferList.ListCe = BufferListCe;
	return entry;
}

/* multi-SPI (dual/quad) transfers, IOCTL_SPB_MULTI_SPI_TRANSFER's input */
typedef enum SPB_MULTI_SPI_TRANSFER_MODE {
	SpbMultiSpiTransferModeInvalid,
	SpbMultiSpiTransferModeDualSpi,
	SpbMultiSpiTransferModeQuadSpi,
	SpbMultiSpiTransferModeMax
} SPB_MULTI_SPI_TRANSFER_MODE, *PSPB_MULTI_SPI_TRANSFER_MODE;

typedef struct SPB_MULTI_SPI_TRANSFER_HEADER {
	ULONG Size;
	SPB_MULTI_SPI_TRANSFER_MODE Mode;
	ULONG WritePhaseSingleSpiByteCount;
	ULONG WaitCycleByteCount;
} SPB_MULTI_SPI_TRANSFER_HEADER, *PSPB_MULTI_SPI_TRANSFER_HEADER;

typedef struct SPB_MULTI_SPI_TRANSFER {
	SPB_MULTI_SPI_TRANSFER_HEADER Header;
	ULONG TransferPhaseCount;
	SPB_TRANSFER_LIST_ENTRY TransferPhases[1];
} SPB_MULTI_SPI_TRANSFER, *PSPB_MULTI_SPI_TRANSFER;

typedef struct SPB_MULTI_SPI_WRITE_TRANSFER {
	SPB_MULTI_SPI_TRANSFER SpiTransfer;
} SPB_MULTI_SPI_WRITE_TRANSFER, *PSPB_MULTI_SPI_WRITE_TRANSFER;

typedef struct SPB_MULTI_SPI_READ_TRANSFER {
	SPB_MULTI_SPI_TRANSFER SpiTransfer;
	SPB_TRANSFER_LIST_ENTRY ExtraTransfer;
} SPB_MULTI_SPI_READ_TRANSFER, *PSPB_MULTI_SPI_READ_TRANSFER;

DRISO_INLINE VOID SPB_MULTI_SPI_TRANSFER_INIT(SPB_MULTI_SPI_TRANSFER *SpiTransfer, SPB_MULTI_SPI_TRANSFER_MODE Mode,
					      ULONG TransferPhaseCount, ULONG WritePhaseSingleSpiByteCount,
					      ULONG WaitCycleByteCount)
{
	RtlZeroMemory(SpiTransfer, FIELD_OFFSET(SPB_MULTI_SPI_TRANSFER, TransferPhases) +
					   TransferPhaseCount * sizeof(SPB_TRANSFER_LIST_ENTRY));
	SpiTransfer->Header.Size = sizeof(SPB_MULTI_SPI_TRANSFER);
	SpiTransfer->Header.Mode = Mode;
	SpiTransfer->Header.WritePhaseSingleSpiByteCount = WritePhaseSingleSpiByteCount;
	SpiTransfer->Header.WaitCycleByteCount = WaitCycleByteCount;
	SpiTransfer->TransferPhaseCount = TransferPhaseCount;
}

/* a write is one phase, a read two (write then read) */
DRISO_INLINE VOID SPB_MULTI_SPI_WRITE_TRANSFER_INIT(SPB_MULTI_SPI_WRITE_TRANSFER *SpiTransfer,
						    SPB_MULTI_SPI_TRANSFER_MODE Mode,
						    ULONG WritePhaseSingleSpiByteCount, ULONG WaitCycleByteCount)
{
	SPB_MULTI_SPI_TRANSFER_INIT(&SpiTransfer->SpiTransfer, Mode, 1, WritePhaseSingleSpiByteCount,
				    WaitCycleByteCount);
}

DRISO_INLINE VOID SPB_MULTI_SPI_READ_TRANSFER_INIT(SPB_MULTI_SPI_READ_TRANSFER *SpiTransfer,
						   SPB_MULTI_SPI_TRANSFER_MODE Mode, ULONG WritePhaseSingleSpiByteCount,
						   ULONG WaitCycleByteCount)
{
	SPB_MULTI_SPI_TRANSFER_INIT(&SpiTransfer->SpiTransfer, Mode, 2, WritePhaseSingleSpiByteCount,
				    WaitCycleByteCount);
}

DRISO_EXTERN_C_END
#endif
