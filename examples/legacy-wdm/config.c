/*++

Copyright (c) 2012 Acme Instruments Ltd.

Module Name:

    config.c

Abstract:

    Registry settings, persistent statistics, the trace log and the link to
    the companion clock driver.

--*/

#include "acmeio.h"

#define DEFAULT_SAMPLE_RATE   1000
#define DEFAULT_BUFFER_COUNT  8

NTSTATUS
AcmeReadConfig(
    VOID
    )
{
    RTL_QUERY_REGISTRY_TABLE table[5];
    ULONG sampleRate = DEFAULT_SAMPLE_RATE;
    ULONG bufferCount = DEFAULT_BUFFER_COUNT;
    ULONG enableLogging = 0;
    ULONG zero = 0;

    RtlZeroMemory(table, sizeof(table));

    //
    // Settings live in the Parameters subkey of our service key.
    //
    table[0].Flags = RTL_QUERY_REGISTRY_SUBKEY;
    table[0].Name = L"Parameters";

    table[1].Flags = RTL_QUERY_REGISTRY_DIRECT;
    table[1].Name = L"SampleRate";
    table[1].EntryContext = &sampleRate;
    table[1].DefaultType = REG_DWORD;
    table[1].DefaultData = &zero;
    table[1].DefaultLength = sizeof(ULONG);

    table[2].Flags = RTL_QUERY_REGISTRY_DIRECT;
    table[2].Name = L"BufferCount";
    table[2].EntryContext = &bufferCount;
    table[2].DefaultType = REG_DWORD;
    table[2].DefaultData = &zero;
    table[2].DefaultLength = sizeof(ULONG);

    table[3].Flags = RTL_QUERY_REGISTRY_DIRECT;
    table[3].Name = L"EnableLogging";
    table[3].EntryContext = &enableLogging;
    table[3].DefaultType = REG_DWORD;
    table[3].DefaultData = &zero;
    table[3].DefaultLength = sizeof(ULONG);

    NTSTATUS status = RtlQueryRegistryValues(RTL_REGISTRY_ABSOLUTE | RTL_REGISTRY_OPTIONAL,
                                             g_RegistryPath.Buffer,
                                             table,
                                             NULL,
                                             NULL);

    g_Config.SampleRate = sampleRate ? sampleRate : DEFAULT_SAMPLE_RATE;
    g_Config.BufferCount = bufferCount ? bufferCount : DEFAULT_BUFFER_COUNT;
    g_Config.EnableLogging = enableLogging;

    return status;
}

NTSTATUS
AcmeSaveOpenCount(
    ULONG OpenCount
    )
{
    NTSTATUS status;
    HANDLE key;
    UNICODE_STRING keyPath;
    UNICODE_STRING valueName;
    OBJECT_ATTRIBUTES attributes;

    if (KeGetCurrentIrql() != PASSIVE_LEVEL) {
        return STATUS_INVALID_DEVICE_STATE;
    }

    RtlInitUnicodeString(&keyPath, ACMEIO_PARAMETERS_PATH);
    InitializeObjectAttributes(&attributes,
                               &keyPath,
                               OBJ_CASE_INSENSITIVE | OBJ_KERNEL_HANDLE,
                               NULL,
                               NULL);

    status = ZwOpenKey(&key, KEY_READ | KEY_SET_VALUE, &attributes);
    if (!NT_SUCCESS(status)) {
        return status;
    }

    RtlInitUnicodeString(&valueName, L"LifetimeOpenCount");
    status = ZwSetValueKey(key, &valueName, 0, REG_DWORD, &OpenCount, sizeof(OpenCount));

    ZwClose(key);
    return status;
}

NTSTATUS
AcmeLogWrite(
    PCSTR Message
    )
{
    NTSTATUS status;
    HANDLE file;
    UNICODE_STRING fileName;
    OBJECT_ATTRIBUTES attributes;
    IO_STATUS_BLOCK iosb;
    size_t length;

    if (KeGetCurrentIrql() != PASSIVE_LEVEL) {
        return STATUS_INVALID_DEVICE_STATE;
    }

    RtlInitUnicodeString(&fileName, ACMEIO_LOG_FILE);
    InitializeObjectAttributes(&attributes,
                               &fileName,
                               OBJ_CASE_INSENSITIVE | OBJ_KERNEL_HANDLE,
                               NULL,
                               NULL);

    status = ZwCreateFile(&file,
                          GENERIC_WRITE | SYNCHRONIZE,
                          &attributes,
                          &iosb,
                          NULL,
                          FILE_ATTRIBUTE_NORMAL,
                          FILE_SHARE_READ,
                          FILE_OVERWRITE_IF,
                          FILE_SYNCHRONOUS_IO_NONALERT | FILE_NON_DIRECTORY_FILE,
                          NULL,
                          0);
    if (!NT_SUCCESS(status)) {
        return status;
    }

    length = strlen(Message);
    status = ZwWriteFile(file, NULL, NULL, NULL, &iosb,
                         (PVOID)Message, (ULONG)length, NULL, NULL);

    ZwClose(file);
    return status;
}

UCHAR g_Calibration[64];

NTSTATUS
AcmeLoadCalibration(
    VOID
    )
{
    NTSTATUS status;
    HANDLE file;
    UNICODE_STRING fileName;
    OBJECT_ATTRIBUTES attributes;
    IO_STATUS_BLOCK iosb;

    RtlInitUnicodeString(&fileName, ACMEIO_CALIBRATION_FILE);
    InitializeObjectAttributes(&attributes,
                               &fileName,
                               OBJ_CASE_INSENSITIVE | OBJ_KERNEL_HANDLE,
                               NULL,
                               NULL);

    status = ZwOpenFile(&file,
                        GENERIC_READ | SYNCHRONIZE,
                        &attributes,
                        &iosb,
                        FILE_SHARE_READ,
                        FILE_SYNCHRONOUS_IO_NONALERT | FILE_NON_DIRECTORY_FILE);
    if (!NT_SUCCESS(status)) {
        return status;
    }

    status = ZwReadFile(file, NULL, NULL, NULL, &iosb,
                        g_Calibration, sizeof(g_Calibration), NULL, NULL);

    ZwClose(file);
    return status;
}

NTSTATUS
AcmeConnectClock(
    PDEVICE_EXTENSION Ext
    )
{
    UNICODE_STRING clockName;

    RtlInitUnicodeString(&clockName, ACMECLK_DEVICE_NAME);

    return IoGetDeviceObjectPointer(&clockName,
                                    FILE_READ_DATA,
                                    &Ext->ClockFile,
                                    &Ext->ClockDevice);
}

VOID
AcmeDisconnectClock(
    PDEVICE_EXTENSION Ext
    )
{
    if (Ext->ClockFile != NULL) {
        ObDereferenceObject(Ext->ClockFile);
        Ext->ClockFile = NULL;
        Ext->ClockDevice = NULL;
    }
}
