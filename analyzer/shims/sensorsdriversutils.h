/*
 * driso shim: SensorsDriversUtils.h (sensors/1.1, the helper header of the
 * sensor class extension samples: ACPI rotation-matrix (_ROTM) and method
 * argument queries, axis transformation, and I2C register read/write over
 * an SPB I/O target). The WDK ships these helpers as __forceinline
 * functions in the header; here they are prototypes. Names, parameter
 * lists and constants as facts from Microsoft's WDK metadata
 * (microsoft/wdkmetadata, MIT licence: its copy of the WDK header); no
 * comments or SAL.
 */
#ifndef DRISO_SHIM_SENSORSDRIVERSUTILS_H
#define DRISO_SHIM_SENSORSDRIVERSUTILS_H
#include <windows.h>
#include <wdf.h>
#include <math.h>
#include <stdlib.h>
#include <stdio.h>
#include <acpiioct.h>
#include <spb.h>
#include <sensorsstructures.h>

#ifdef __cplusplus
extern "C" {
#endif

#define ACPI_EVAL_INPUT_BUFFER_LENGTH sizeof(ACPI_EVAL_INPUT_BUFFER_EX)
#define ACPI_ROTATION_MATRIX_METHOD_NAME "ROTM"
#define ACPI_ROTATION_MATRIX_ENTRY_LEN_MAX (21)
#define ACPI_ROTATION_MATRIX_ENTRY_LEN_MIN (5)
#define ACPI_ROTATION_MATRIX_SEPARATOR (' ')
#define ACPI_ROTATION_MATRIX_SEPARATOR_COUNT (2)
#define NUM_TRANSFER_PER_SEQUENCE 2

NTSTATUS ParseRotationMatrixEntry(PUCHAR RotationEntry, USHORT Length, PVEC3D Data);
NTSTATUS GetRotationMatrixFromAcpi(WDFDEVICE Device, PSZ MethodName, UCHAR MethodNameLength, PVEC3D RotationMatrix,
                                   ULONG RotationMatrixEntries);
NTSTATUS GetMethodArgumentFromAcpi(WDFDEVICE Device, PSZ MethodName, UCHAR MethodNameLength, BYTE *MethodArgument,
                                   ULONG MethodArgumentLength);
NTSTATUS InitTransformationMatrix(WDFDEVICE Device, PVEC3D RotationMatrix, ULONG RotationMatrixEntryCount);
VOID TranslateAxes(VEC3D *RotationMatrix, ULONG RotationMatrixEntryCount, VEC3D *Data, ULONG DataCount);
NTSTATUS I2CSensorReadRegister(WDFIOTARGET I2CIoTarget, UCHAR RegAddress, BYTE *Buffer, ULONG BufferCb);
NTSTATUS I2CSensorWriteRegister(WDFIOTARGET I2CIoTarget, UCHAR RegAddress, BYTE *RegValue, size_t RegLength);

#ifdef __cplusplus
}
#endif
#endif
