/*++

Copyright (c) 2012 Acme Instruments Ltd.

Module Name:

    driver.c

Abstract:

    DriverEntry, AddDevice and Unload for the Acme DataLogger 3000.

Environment:

    Kernel mode only.

--*/

#include "acmeio.h"

UNICODE_STRING g_RegistryPath;
ACMEIO_CONFIG  g_Config;

#ifdef ALLOC_PRAGMA
#pragma alloc_text(INIT, DriverEntry)
#pragma alloc_text(PAGE, AcmeAddDevice)
#pragma alloc_text(PAGE, AcmeUnload)
#endif

NTSTATUS
DriverEntry(
    PDRIVER_OBJECT DriverObject,
    PUNICODE_STRING RegistryPath
    )
{
    NTSTATUS status;

    KdPrint(("acmeio: DriverEntry built %s %s\n", __DATE__, __TIME__));

    //
    // Keep a copy of our service key path; config.c reads the settings
    // from it whenever the device starts.
    //
    g_RegistryPath.MaximumLength = RegistryPath->Length + sizeof(WCHAR);
    g_RegistryPath.Length = RegistryPath->Length;
    g_RegistryPath.Buffer = ExAllocatePoolWithTag(PagedPool,
                                                  g_RegistryPath.MaximumLength,
                                                  ACMEIO_POOL_TAG);
    if (g_RegistryPath.Buffer == NULL) {
        return STATUS_INSUFFICIENT_RESOURCES;
    }
    RtlCopyMemory(g_RegistryPath.Buffer, RegistryPath->Buffer, RegistryPath->Length);
    g_RegistryPath.Buffer[RegistryPath->Length / sizeof(WCHAR)] = UNICODE_NULL;

    status = AcmeReadConfig();
    if (!NT_SUCCESS(status)) {
        KdPrint(("acmeio: using default configuration (0x%08X)\n", status));
    }

    status = AcmeLoadCalibration();
    if (!NT_SUCCESS(status)) {
        KdPrint(("acmeio: no calibration table (0x%08X)\n", status));
    }

    DriverObject->MajorFunction[IRP_MJ_CREATE]         = AcmeCreateClose;
    DriverObject->MajorFunction[IRP_MJ_CLOSE]          = AcmeCreateClose;
    DriverObject->MajorFunction[IRP_MJ_DEVICE_CONTROL] = AcmeDeviceControl;
    DriverObject->MajorFunction[IRP_MJ_PNP]            = AcmePnp;
    DriverObject->MajorFunction[IRP_MJ_POWER]          = AcmePower;
    DriverObject->DriverExtension->AddDevice           = AcmeAddDevice;
    DriverObject->DriverUnload                         = AcmeUnload;

    if (g_Config.EnableLogging) {
        AcmeLogWrite("acmeio: driver loaded\r\n");
    }

    return STATUS_SUCCESS;
}

NTSTATUS
AcmeAddDevice(
    PDRIVER_OBJECT DriverObject,
    PDEVICE_OBJECT PhysicalDeviceObject
    )
{
    NTSTATUS status;
    PDEVICE_OBJECT fdo = NULL;
    PDEVICE_EXTENSION ext;
    UNICODE_STRING deviceName;
    UNICODE_STRING dosName;

    PAGED_CODE();

    RtlInitUnicodeString(&deviceName, ACMEIO_DEVICE_NAME);

    status = IoCreateDevice(DriverObject,
                            sizeof(DEVICE_EXTENSION),
                            &deviceName,
                            FILE_DEVICE_UNKNOWN,
                            FILE_DEVICE_SECURE_OPEN,
                            FALSE,
                            &fdo);
    if (!NT_SUCCESS(status)) {
        return status;
    }

    ext = (PDEVICE_EXTENSION)fdo->DeviceExtension;
    RtlZeroMemory(ext, sizeof(DEVICE_EXTENSION));
    ext->Self = fdo;
    ext->Pdo = PhysicalDeviceObject;

    RtlInitUnicodeString(&dosName, ACMEIO_DOS_NAME);
    status = IoCreateSymbolicLink(&dosName, &deviceName);
    if (!NT_SUCCESS(status)) {
        IoDeleteDevice(fdo);
        return status;
    }
    ext->SymbolicLink = dosName;

    ext->LowerDevice = IoAttachDeviceToDeviceStack(fdo, PhysicalDeviceObject);
    if (ext->LowerDevice == NULL) {
        IoDeleteSymbolicLink(&dosName);
        IoDeleteDevice(fdo);
        return STATUS_NO_SUCH_DEVICE;
    }

    //
    // The clock driver is loaded by the same package; if it is not up yet
    // we simply run without hardware timestamps.
    //
    if (!NT_SUCCESS(AcmeConnectClock(ext))) {
        KdPrint(("acmeio: clock driver not available\n"));
    }

    fdo->Flags |= DO_BUFFERED_IO | DO_POWER_PAGABLE;
    fdo->Flags &= ~DO_DEVICE_INITIALIZING;

    return STATUS_SUCCESS;
}

VOID
AcmeUnload(
    PDRIVER_OBJECT DriverObject
    )
{
    UNREFERENCED_PARAMETER(DriverObject);

    PAGED_CODE();

    if (g_RegistryPath.Buffer != NULL) {
        ExFreePoolWithTag(g_RegistryPath.Buffer, ACMEIO_POOL_TAG);
        g_RegistryPath.Buffer = NULL;
    }
}
