/*++

Copyright (c) 2012 Acme Instruments Ltd.

Module Name:

    acmeio.h

Abstract:

    Shared definitions for the Acme DataLogger 3000 WDM function driver.

--*/

#ifndef _ACMEIO_H_
#define _ACMEIO_H_

#include <ntddk.h>

#define ACMEIO_POOL_TAG         'oImA'
#define ACMEIO_DEVICE_NAME      L"\\Device\\AcmeIo0"
#define ACMEIO_DOS_NAME         L"\\DosDevices\\AcmeIo"

//
// Our service key. The installer writes the tunables here and the driver
// keeps its runtime statistics next to them.
//
#define ACMEIO_PARAMETERS_PATH  L"\\Registry\\Machine\\System\\CurrentControlSet\\Services\\acmeio\\Parameters"

//
// Field engineers pick the trace up from here.
//
#define ACMEIO_LOG_FILE         L"\\SystemRoot\\acmeio.log"

//
// The companion timestamp driver we borrow a clock from.
//
#define ACMECLK_DEVICE_NAME     L"\\Device\\AcmeClk0"

//
// Factory calibration table; the 2012 setup program copied it next to the
// driver binary.
//
#define ACMEIO_CALIBRATION_FILE L"\\SystemRoot\\System32\\drivers\\acmecal.bin"

#define IOCTL_ACMEIO_GET_STATS  CTL_CODE(FILE_DEVICE_UNKNOWN, 0x800, METHOD_BUFFERED, FILE_READ_ACCESS)
#define IOCTL_ACMEIO_RESET      CTL_CODE(FILE_DEVICE_UNKNOWN, 0x801, METHOD_BUFFERED, FILE_WRITE_ACCESS)

typedef struct _ACMEIO_CONFIG {
    ULONG SampleRate;
    ULONG BufferCount;
    ULONG EnableLogging;
} ACMEIO_CONFIG, *PACMEIO_CONFIG;

typedef struct _ACMEIO_STATS {
    ULONG OpenCount;
    ULONG IoctlCount;
} ACMEIO_STATS, *PACMEIO_STATS;

typedef struct _DEVICE_EXTENSION {
    PDEVICE_OBJECT  Self;
    PDEVICE_OBJECT  LowerDevice;
    PDEVICE_OBJECT  Pdo;
    PDEVICE_OBJECT  ClockDevice;
    PFILE_OBJECT    ClockFile;
    UNICODE_STRING  SymbolicLink;
    ACMEIO_STATS    Stats;
    BOOLEAN         Started;
} DEVICE_EXTENSION, *PDEVICE_EXTENSION;

//
// Globals (driver.c)
//
extern UNICODE_STRING g_RegistryPath;
extern ACMEIO_CONFIG  g_Config;

//
// driver.c
//
DRIVER_INITIALIZE DriverEntry;
DRIVER_UNLOAD AcmeUnload;
DRIVER_ADD_DEVICE AcmeAddDevice;

//
// dispatch.c
//
DRIVER_DISPATCH AcmeCreateClose;
DRIVER_DISPATCH AcmeDeviceControl;
DRIVER_DISPATCH AcmePnp;
DRIVER_DISPATCH AcmePower;

//
// config.c
//
NTSTATUS AcmeReadConfig(VOID);
NTSTATUS AcmeSaveOpenCount(ULONG OpenCount);
NTSTATUS AcmeLogWrite(PCSTR Message);
NTSTATUS AcmeLoadCalibration(VOID);
NTSTATUS AcmeConnectClock(PDEVICE_EXTENSION Ext);
VOID     AcmeDisconnectClock(PDEVICE_EXTENSION Ext);

#endif // _ACMEIO_H_
