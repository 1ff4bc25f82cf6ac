/*
 * driso shim: acpitabl.h (WDK), physical location descriptor (_PLD) part
 * only: ACPI_PLD_BUFFER (ACPI 3.0 revision 1 layout), ACPI_PLD_V2_BUFFER
 * (revision 2: Reference/Rotation/Order and the two offsets, as on the
 * Learn "Driver support for camera orientation" page) and the panel /
 * rotation enumerations camera drivers use (AcpiPldPanel, AcpiPldRotation:
 * values from the ACPI _PLD definition). The ACPI system description
 * tables (FADT, MADT, ...) are not declared.
 */
#ifndef DRISO_SHIM_ACPITABL_H
#define DRISO_SHIM_ACPITABL_H
#include "driso_shims.h"

DRISO_EXTERN_C_START

#ifndef DRISO_HAVE_ACPI_PLD
#define DRISO_HAVE_ACPI_PLD
typedef struct _ACPI_PLD_BUFFER {
	UINT32 Revision : 7;
	UINT32 IgnoreColor : 1;
	UINT32 Color : 24;
	UINT32 Width : 16;
	UINT32 Height : 16;
	UINT32 UserVisible : 1;
	UINT32 Dock : 1;
	UINT32 Lid : 1;
	UINT32 Panel : 3;
	UINT32 VerticalPosition : 2;
	UINT32 HorizontalPosition : 2;
	UINT32 Shape : 4;
	UINT32 GroupOrientation : 1;
	UINT32 GroupToken : 8;
	UINT32 GroupPosition : 8;
	UINT32 Bay : 1;
	UINT32 Ejectable : 1;
	UINT32 EjectionRequired : 1;
	UINT32 CabinetNumber : 8;
	UINT32 CardCageNumber : 8;
	UINT32 Reserved : 14;
} ACPI_PLD_BUFFER, *PACPI_PLD_BUFFER;

typedef struct _ACPI_PLD_V2_BUFFER {
	UINT32 Revision : 7;
	UINT32 IgnoreColor : 1;
	UINT32 Color : 24;
	UINT32 Width : 16;
	UINT32 Height : 16;
	UINT32 UserVisible : 1;
	UINT32 Dock : 1;
	UINT32 Lid : 1;
	UINT32 Panel : 3;
	UINT32 VerticalPosition : 2;
	UINT32 HorizontalPosition : 2;
	UINT32 Shape : 4;
	UINT32 GroupOrientation : 1;
	UINT32 GroupToken : 8;
	UINT32 GroupPosition : 8;
	UINT32 Bay : 1;
	UINT32 Ejectable : 1;
	UINT32 EjectionRequired : 1;
	UINT32 CabinetNumber : 8;
	UINT32 CardCageNumber : 8;
	UINT32 Reference : 1;
	UINT32 Rotation : 4;
	UINT32 Order : 5;
	UINT32 Reserved : 4;
	USHORT VerticalOffset;
	USHORT HorizontalOffset;
} ACPI_PLD_V2_BUFFER, *PACPI_PLD_V2_BUFFER;

enum AcpiPldPanel {
	AcpiPldPanelTop = 0,
	AcpiPldPanelBottom = 1,
	AcpiPldPanelLeft = 2,
	AcpiPldPanelRight = 3,
	AcpiPldPanelFront = 4,
	AcpiPldPanelBack = 5,
	AcpiPldPanelUnknown = 6
};
enum AcpiPldVPos {
	AcpiPldVPosUpper = 0,
	AcpiPldVPosCenter = 1,
	AcpiPldVPosLower = 2
};
enum AcpiPldHPos {
	AcpiPldHPosLeft = 0,
	AcpiPldHPosCenter = 1,
	AcpiPldHPosRight = 2
};
enum AcpiPldRotation {
	AcpiPldRotation0 = 0,
	AcpiPldRotation45 = 1,
	AcpiPldRotation90 = 2,
	AcpiPldRotation135 = 3,
	AcpiPldRotation180 = 4,
	AcpiPldRotation225 = 5,
	AcpiPldRotation270 = 6,
	AcpiPldRotation315 = 7
};
typedef enum AcpiPldPanel AcpiPldPanel;
typedef enum AcpiPldVPos AcpiPldVPos;
typedef enum AcpiPldHPos AcpiPldHPos;
typedef enum AcpiPldRotation AcpiPldRotation;
#endif

DRISO_EXTERN_C_END
#endif
