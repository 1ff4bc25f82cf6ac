/*
 * driso_srbex.h: the extended SRB (STORAGE_REQUEST_BLOCK, Windows 8+)
 * that mingw-w64's srb.h lacks. Declarations only, per the Learn srb.h /
 * storport.h reference: STORAGE_REQUEST_BLOCK(_HEADER), SRBEXDATATYPE and
 * the SRBEX_DATA_* structures with their *_LENGTH macros, STOR_ADDRESS /
 * STOR_ADDR_BTL8, and the SRB type, signature and function constants.
 * Included by the srb.h wrapper; every block is guarded (DRISO_HAVE_SRBEX).
 */
#ifndef DRISO_SRBEX_H
#define DRISO_SRBEX_H
#include "driso_shims.h"

#ifndef DRISO_HAVE_SRBEX
#define DRISO_HAVE_SRBEX

DRISO_EXTERN_C_START

#ifndef SRB_FUNCTION_FREE_DUMP_POINTERS
#define SRB_FUNCTION_FREE_DUMP_POINTERS 0x27
#endif
#ifndef SRB_FUNCTION_STORAGE_REQUEST_BLOCK
#define SRB_FUNCTION_STORAGE_REQUEST_BLOCK 0x28
#endif
#ifndef SRB_FUNCTION_CRYPTO_OPERATION
#define SRB_FUNCTION_CRYPTO_OPERATION 0x29
#endif

#ifndef SRB_FLAGS_D3_PROCESSING
#define SRB_FLAGS_D3_PROCESSING 0x00000800
#endif
#ifndef SRB_FLAGS_SEQUENTIAL_REQUIRED
#define SRB_FLAGS_SEQUENTIAL_REQUIRED 0x00001000
#endif
#ifndef SRB_FUNCTION_QUIESCE_DEVICE
#define SRB_FUNCTION_QUIESCE_DEVICE 0x1a
#endif

#define SRB_TYPE_SCSI_REQUEST_BLOCK 0
#define SRB_TYPE_STORAGE_REQUEST_BLOCK 1
#define STORAGE_REQUEST_BLOCK_VERSION_1 1
/* 'SRBX' */
#define SRB_SIGNATURE 0x53524258

#ifndef POINTER_ALIGN
#ifdef _WIN64
#define POINTER_ALIGN __attribute__((aligned(8)))
#else
#define POINTER_ALIGN
#endif
#endif

/* Also in the ntddscsi.h shim (user-mode pass-through tools need it). */
#ifndef DRISO_HAVE_STOR_ADDRESS
#define DRISO_HAVE_STOR_ADDRESS
#define STOR_ADDRESS_TYPE_UNKNOWN 0x0
#define STOR_ADDRESS_TYPE_BTL8 0x1
#define STOR_ADDRESS_TYPE_MAX 0xffff
#define STOR_ADDR_BTL8_ADDRESS_LENGTH 4

typedef struct _STOR_ADDRESS {
	USHORT Type;
	USHORT Port;
	ULONG AddressLength;
} STOR_ADDRESS, *PSTOR_ADDRESS;

typedef struct _STOR_ADDR_BTL8 {
	USHORT Type;
	USHORT Port;
	ULONG AddressLength;
	UCHAR Path;
	UCHAR Target;
	UCHAR Lun;
	UCHAR Reserved;
} STOR_ADDR_BTL8, *PSTOR_ADDR_BTL8;
#endif

typedef enum _SRBEXDATATYPE {
	SrbExDataTypeUnknown = 0,
	SrbExDataTypeBidirectional,
	SrbExDataTypeScsiCdb16 = 0x40,
	SrbExDataTypeScsiCdb32,
	SrbExDataTypeScsiCdbVar,
	SrbExDataTypeNvmCommand,
	SrbExDataTypeWmi = 0x60,
	SrbExDataTypePower,
	SrbExDataTypePnP,
	SrbExDataTypeIoInfo = 0x80,
	SrbExDataTypeMSReservedStart = 0xf0000000,
	SrbExDataTypeReserved = 0xffffffff
} SRBEXDATATYPE, *PSRBEXDATATYPE;

typedef struct _SRBEX_DATA {
	SRBEXDATATYPE Type;
	ULONG Length;
	UCHAR Data[ANYSIZE_ARRAY];
} SRBEX_DATA, *PSRBEX_DATA;

typedef struct _SRBEX_DATA_BIDIRECTIONAL {
	SRBEXDATATYPE Type;
	ULONG Length;
	ULONG POINTER_ALIGN DataInTransferLength;
	ULONG Reserved1;
	PVOID POINTER_ALIGN DataInBuffer;
} SRBEX_DATA_BIDIRECTIONAL, *PSRBEX_DATA_BIDIRECTIONAL;

typedef struct _SRBEX_DATA_SCSI_CDB16 {
	SRBEXDATATYPE Type;
	ULONG Length;
	UCHAR ScsiStatus;
	UCHAR SenseInfoBufferLength;
	UCHAR CdbLength;
	UCHAR Reserved;
	ULONG Reserved1;
	PVOID POINTER_ALIGN SenseInfoBuffer;
	UCHAR POINTER_ALIGN Cdb[16];
} SRBEX_DATA_SCSI_CDB16, *PSRBEX_DATA_SCSI_CDB16;

typedef struct _SRBEX_DATA_SCSI_CDB32 {
	SRBEXDATATYPE Type;
	ULONG Length;
	UCHAR ScsiStatus;
	UCHAR SenseInfoBufferLength;
	UCHAR CdbLength;
	UCHAR Reserved;
	ULONG Reserved1;
	PVOID POINTER_ALIGN SenseInfoBuffer;
	UCHAR POINTER_ALIGN Cdb[32];
} SRBEX_DATA_SCSI_CDB32, *PSRBEX_DATA_SCSI_CDB32;

typedef struct _SRBEX_DATA_SCSI_CDB_VAR {
	SRBEXDATATYPE Type;
	ULONG Length;
	UCHAR ScsiStatus;
	UCHAR SenseInfoBufferLength;
	UCHAR Reserved[2];
	ULONG CdbLength;
	ULONG Reserved1[2];
	PVOID POINTER_ALIGN SenseInfoBuffer;
	UCHAR POINTER_ALIGN Cdb[ANYSIZE_ARRAY];
} SRBEX_DATA_SCSI_CDB_VAR, *PSRBEX_DATA_SCSI_CDB_VAR;

typedef struct _SRBEX_DATA_WMI {
	SRBEXDATATYPE Type;
	ULONG Length;
	UCHAR WMISubFunction;
	UCHAR WMIFlags;
	UCHAR Reserved[2];
	ULONG Reserved1;
	PVOID POINTER_ALIGN DataPath;
} SRBEX_DATA_WMI, *PSRBEX_DATA_WMI;

typedef struct _SRBEX_DATA_POWER {
	SRBEXDATATYPE Type;
	ULONG Length;
	UCHAR SrbPowerFlags;
	UCHAR Reserved[3];
	STOR_DEVICE_POWER_STATE DevicePowerState;
	STOR_POWER_ACTION PowerAction;
} SRBEX_DATA_POWER, *PSRBEX_DATA_POWER;

typedef struct _SRBEX_DATA_PNP {
	SRBEXDATATYPE Type;
	ULONG Length;
	UCHAR PnPSubFunction;
	UCHAR Reserved[3];
	STOR_PNP_ACTION PnPAction;
	ULONG SrbPnPFlags;
	ULONG Reserved1;
} SRBEX_DATA_PNP, *PSRBEX_DATA_PNP;

typedef struct _SRBEX_DATA_IO_INFO {
	SRBEXDATATYPE Type;
	ULONG Length;
	ULONG Flags;
	ULONG Key;
	ULONG RWLength;
	BOOLEAN IsWriteRequest;
	UCHAR CachePriority;
	UCHAR Reserved[2];
	ULONG Reserved1[2];
} SRBEX_DATA_IO_INFO, *PSRBEX_DATA_IO_INFO;

/* payload length: the structure without its Type and Length */
#define DRISO_SRBEX_PAYLOAD(T) (sizeof(T) - sizeof(SRBEXDATATYPE) - sizeof(ULONG))
#define SRBEX_DATA_BIDIRECTIONAL_LENGTH DRISO_SRBEX_PAYLOAD(SRBEX_DATA_BIDIRECTIONAL)
#define SRBEX_DATA_SCSI_CDB16_LENGTH DRISO_SRBEX_PAYLOAD(SRBEX_DATA_SCSI_CDB16)
#define SRBEX_DATA_SCSI_CDB32_LENGTH DRISO_SRBEX_PAYLOAD(SRBEX_DATA_SCSI_CDB32)
#define SRBEX_DATA_SCSI_CDB_VAR_LENGTH_MIN \
	(FIELD_OFFSET(SRBEX_DATA_SCSI_CDB_VAR, Cdb) - sizeof(SRBEXDATATYPE) - sizeof(ULONG))
#define SRBEX_DATA_WMI_LENGTH DRISO_SRBEX_PAYLOAD(SRBEX_DATA_WMI)
#define SRBEX_DATA_POWER_LENGTH DRISO_SRBEX_PAYLOAD(SRBEX_DATA_POWER)
#define SRBEX_DATA_PNP_LENGTH DRISO_SRBEX_PAYLOAD(SRBEX_DATA_PNP)
#define SRBEX_DATA_IO_INFO_LENGTH DRISO_SRBEX_PAYLOAD(SRBEX_DATA_IO_INFO)

typedef struct _STORAGE_REQUEST_BLOCK_HEADER {
	USHORT Length;
	UCHAR Function;
	UCHAR SrbStatus;
} STORAGE_REQUEST_BLOCK_HEADER, *PSTORAGE_REQUEST_BLOCK_HEADER;

typedef struct _STORAGE_REQUEST_BLOCK {
	USHORT Length;
	UCHAR Function;
	UCHAR SrbStatus;
	ULONG ReservedUlong1;
	ULONG Signature;
	ULONG Version;
	ULONG SrbLength;
	ULONG SrbFunction;
	ULONG SrbFlags;
	ULONG ReservedUlong2;
	ULONG RequestTag;
	USHORT RequestPriority;
	USHORT RequestAttribute;
	ULONG TimeOutValue;
	union {
		ULONG SystemStatus;
		ULONG RequestTagHigh4Bytes;
	};
	ULONG ZeroGuard1;
	ULONG AddressOffset;
	ULONG NumSrbExData;
	ULONG DataTransferLength;
	PVOID POINTER_ALIGN DataBuffer;
	PVOID POINTER_ALIGN ZeroGuard2;
	PVOID POINTER_ALIGN OriginalRequest;
	PVOID POINTER_ALIGN ClassContext;
	PVOID POINTER_ALIGN PortContext;
	PVOID POINTER_ALIGN MiniportContext;
	struct _STORAGE_REQUEST_BLOCK *NextSrb;
	ULONG SrbExDataOffset[ANYSIZE_ARRAY];
} STORAGE_REQUEST_BLOCK, *PSTORAGE_REQUEST_BLOCK;

#define SRB_ALIGN_SIZEOF(x) (((ULONG_PTR)(sizeof(x) + sizeof(PVOID) - 1)) & ~(sizeof(PVOID) - 1))

DRISO_EXTERN_C_END
#endif /* DRISO_HAVE_SRBEX */
#endif
