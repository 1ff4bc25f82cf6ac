/*++

Copyright (c) 2012 Acme Instruments Ltd.

Module Name:

    dispatch.c

Abstract:

    IRP dispatch routines for the Acme DataLogger 3000.

--*/

#include "acmeio.h"

static NTSTATUS
AcmeCompleteIrp(
    PIRP Irp,
    NTSTATUS Status,
    ULONG_PTR Information
    )
{
    Irp->IoStatus.Status = Status;
    Irp->IoStatus.Information = Information;
    IoCompleteRequest(Irp, IO_NO_INCREMENT);
    return Status;
}

NTSTATUS
AcmeCreateClose(
    PDEVICE_OBJECT DeviceObject,
    PIRP Irp
    )
{
    PDEVICE_EXTENSION ext = (PDEVICE_EXTENSION)DeviceObject->DeviceExtension;
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);

    if (stack->MajorFunction == IRP_MJ_CREATE) {
        ext->Stats.OpenCount++;
        //
        // Marketing wants the lifetime open count to survive reboots.
        //
        AcmeSaveOpenCount(ext->Stats.OpenCount);
    }

    return AcmeCompleteIrp(Irp, STATUS_SUCCESS, 0);
}

NTSTATUS
AcmeDeviceControl(
    PDEVICE_OBJECT DeviceObject,
    PIRP Irp
    )
{
    PDEVICE_EXTENSION ext = (PDEVICE_EXTENSION)DeviceObject->DeviceExtension;
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);
    ULONG outLen = stack->Parameters.DeviceIoControl.OutputBufferLength;
    NTSTATUS status = STATUS_INVALID_DEVICE_REQUEST;
    ULONG_PTR info = 0;

    ext->Stats.IoctlCount++;

    switch (stack->Parameters.DeviceIoControl.IoControlCode) {
    case IOCTL_ACMEIO_GET_STATS:
        if (outLen < sizeof(ACMEIO_STATS)) {
            status = STATUS_BUFFER_TOO_SMALL;
            break;
        }
        RtlCopyMemory(Irp->AssociatedIrp.SystemBuffer, &ext->Stats, sizeof(ACMEIO_STATS));
        info = sizeof(ACMEIO_STATS);
        status = STATUS_SUCCESS;
        break;

    case IOCTL_ACMEIO_RESET:
        RtlZeroMemory(&ext->Stats, sizeof(ACMEIO_STATS));
        AcmeSaveOpenCount(0);
        if (g_Config.EnableLogging) {
            AcmeLogWrite("acmeio: statistics reset\r\n");
        }
        status = STATUS_SUCCESS;
        break;

    default:
        break;
    }

    return AcmeCompleteIrp(Irp, status, info);
}

NTSTATUS
AcmePnp(
    PDEVICE_OBJECT DeviceObject,
    PIRP Irp
    )
{
    PDEVICE_EXTENSION ext = (PDEVICE_EXTENSION)DeviceObject->DeviceExtension;
    PIO_STACK_LOCATION stack = IoGetCurrentIrpStackLocation(Irp);
    NTSTATUS status;

    switch (stack->MinorFunction) {
    case IRP_MN_START_DEVICE:
        //
        // Lazy: let the bus start the hardware, we only need the settings.
        //
        AcmeReadConfig();
        ext->Started = TRUE;
        break;

    case IRP_MN_REMOVE_DEVICE:
        ext->Started = FALSE;
        AcmeDisconnectClock(ext);
        IoSkipCurrentIrpStackLocation(Irp);
        status = IoCallDriver(ext->LowerDevice, Irp);
        IoDeleteSymbolicLink(&ext->SymbolicLink);
        IoDetachDevice(ext->LowerDevice);
        IoDeleteDevice(DeviceObject);
        return status;

    default:
        break;
    }

    IoSkipCurrentIrpStackLocation(Irp);
    return IoCallDriver(ext->LowerDevice, Irp);
}

NTSTATUS
AcmePower(
    PDEVICE_OBJECT DeviceObject,
    PIRP Irp
    )
{
    PDEVICE_EXTENSION ext = (PDEVICE_EXTENSION)DeviceObject->DeviceExtension;

    PoStartNextPowerIrp(Irp);
    IoSkipCurrentIrpStackLocation(Irp);
    return PoCallDriver(ext->LowerDevice, Irp);
}
