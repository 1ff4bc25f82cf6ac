/*
 * driso shim: sddef.h, Secure Digital command definitions used with the SD
 * bus interface (ntddsd.h). WDK-only header.
 *
 * Declarations only (see driso_shims.h), from the Learn sddef.h reference.
 * Enumerations Learn lists without values follow the documented order.
 * SDCMD_IO_RW_DIRECT/EXTENDED are the SD I/O command indexes CMD52/CMD53
 * (SDIO specification); the argument bit fields are Learn's layouts.
 */
#ifndef DRISO_SHIM_SDDEF_H
#define DRISO_SHIM_SDDEF_H
#include "driso_shims.h"

typedef UCHAR SD_COMMAND_CODE;

#define SDCMD_IO_RW_DIRECT	52
#define SDCMD_IO_RW_EXTENDED	53

typedef enum {
	SDCC_STANDARD,
	SDCC_APP_CMD
} SD_COMMAND_CLASS;

typedef enum {
	SDTD_UNSPECIFIED = 0,
	SDTD_READ,
	SDTD_WRITE
} SD_TRANSFER_DIRECTION;

typedef enum {
	SDTT_UNSPECIFIED = 0,
	SDTT_CMD_ONLY,
	SDTT_SINGLE_BLOCK,
	SDTT_MULTI_BLOCK,
	SDTT_MULTI_BLOCK_NO_CMD12
} SD_TRANSFER_TYPE;

typedef enum {
	SDRT_UNSPECIFIED = 0,
	SDRT_NONE,
	SDRT_1,
	SDRT_1B,
	SDRT_2,
	SDRT_3,
	SDRT_4,
	SDRT_5,
	SDRT_5B,
	SDRT_6
} SD_RESPONSE_TYPE;

typedef struct _SDCMD_DESCRIPTOR {
	SD_COMMAND_CODE Cmd;
	SD_COMMAND_CLASS CmdClass;
	SD_TRANSFER_DIRECTION TransferDirection;
	SD_TRANSFER_TYPE TransferType;
	SD_RESPONSE_TYPE ResponseType;
} SDCMD_DESCRIPTOR, *PSDCMD_DESCRIPTOR;

typedef struct _SD_RW_DIRECT_ARGUMENT {
	union {
		struct {
			ULONG Data : 8;
			ULONG Reserved1 : 1;
			ULONG Address : 17;
			ULONG Reserved2 : 1;
			ULONG ReadAfterWrite : 1;
			ULONG Function : 3;
			ULONG WriteToDevice : 1;
		} bits;
		ULONG AsULONG;
	} u;
} SD_RW_DIRECT_ARGUMENT, *PSD_RW_DIRECT_ARGUMENT;

typedef struct _SD_RW_EXTENDED_ARGUMENT {
	union {
		struct {
			ULONG Count : 9;
			ULONG Address : 17;
			ULONG OpCode : 1;
			ULONG BlockMode : 1;
			ULONG Function : 3;
			ULONG WriteToDevice : 1;
		} bits;
		ULONG AsULONG;
	} u;
} SD_RW_EXTENDED_ARGUMENT, *PSD_RW_EXTENDED_ARGUMENT;

#endif
