/*
 * driso_powerlimit.h: the Windows 11 power limit interface (ntpoapi.h /
 * winnt.h types POWER_LIMIT_TYPES, POWER_LIMIT_ATTRIBUTES,
 * POWER_LIMIT_VALUE, POWER_LIMIT_VALUE_NO_CONTROL) and, in kernel TUs,
 * the wdm.h routines of a power limit policy driver
 * (PoCreatePowerLimitRequest, PoDeletePowerLimitRequest,
 * PoQueryPowerLimitAttributes, PoQueryPowerLimitValue,
 * PoSetPowerLimitValue) and DPFLTR_POWER_ID, which mingw-w64's
 * dpfilter.h (ending at DPFLTR_DRIVEEXTENDER_ID = 145) lacks. Included
 * from driso_poclass_km.h (poclass.h declares the POWER_LIMIT_INTERFACE
 * that uses these types).
 *
 * Provenance: signatures and member lists from the Learn wdm.h /
 * ntpoapi.h reference; enumerator values and DPFLTR_POWER_ID (146) from
 * Microsoft's Win32 API metadata (microsoft/win32metadata, MIT licence).
 */
#ifndef DRISO_POWERLIMIT_H
#define DRISO_POWERLIMIT_H
#include "driso_shims.h"

#ifndef DRISO_HAVE_POWER_LIMIT_TYPES
#define DRISO_HAVE_POWER_LIMIT_TYPES
DRISO_EXTERN_C_START
typedef enum _POWER_LIMIT_TYPES {
	PowerLimitContinuous = 0,
	PowerLimitType1 = PowerLimitContinuous,
	PowerLimitBurst = 1,
	PowerLimitType2 = PowerLimitBurst,
	PowerLimitRapid = 2,
	PowerLimitType3 = PowerLimitRapid,
	PowerLimitPreemptive = 3,
	PowerLimitType4 = PowerLimitPreemptive,
	PowerLimitPreemptiveOffset = 4,
	PowerLimitTypeMax = 5
} POWER_LIMIT_TYPES, *PPOWER_LIMIT_TYPES;

typedef struct _POWER_LIMIT_ATTRIBUTES {
	POWER_LIMIT_TYPES Type;
	ULONG DomainId;
	ULONG MaxValue;
	ULONG MinValue;
	ULONG MinTimeParameter;
	ULONG MaxTimeParameter;
	ULONG DefaultACValue;
	ULONG DefaultDCValue;
	union {
		struct {
			ULONG SupportTimeParameter : 1;
			ULONG Reserved : 31;
		};
		ULONG AsUlong;
	} Flags;
} POWER_LIMIT_ATTRIBUTES, *PPOWER_LIMIT_ATTRIBUTES;

typedef struct _POWER_LIMIT_VALUE {
	POWER_LIMIT_TYPES Type;
	ULONG DomainId;
	ULONG TargetValue;
	ULONG TimeParameter;
} POWER_LIMIT_VALUE, *PPOWER_LIMIT_VALUE;

#ifndef POWER_LIMIT_VALUE_NO_CONTROL
#define POWER_LIMIT_VALUE_NO_CONTROL 0xffffffffUL
#endif

#if DRISO_KERNEL
NTSTATUS PoCreatePowerLimitRequest(PVOID *PowerLimitRequest, PDEVICE_OBJECT TargetDeviceObject,
				   PDEVICE_OBJECT PolicyDeviceObject, PCOUNTED_REASON_CONTEXT Context);
NTSTATUS PoDeletePowerLimitRequest(PVOID PowerLimitRequest);
NTSTATUS PoQueryPowerLimitAttributes(PVOID PowerLimitRequest, ULONG BufferCount, PPOWER_LIMIT_ATTRIBUTES Buffer,
				     PULONG AttributeCount);
NTSTATUS PoQueryPowerLimitValue(PVOID PowerLimitRequest, ULONG ValueCount, PPOWER_LIMIT_VALUE Values);
NTSTATUS PoSetPowerLimitValue(PVOID PowerLimitRequest, PCOUNTED_REASON_CONTEXT Reason, ULONG ValueCount,
			      PPOWER_LIMIT_VALUE Values);
#endif
DRISO_EXTERN_C_END
#endif /* DRISO_HAVE_POWER_LIMIT_TYPES */

/* DPFLTR_TYPE member newer than mingw's enumeration (a constant of the
 * enumeration's type, as DbgPrintEx takes it as ULONG). */
#if DRISO_KERNEL && !defined(DPFLTR_POWER_ID)
#define DPFLTR_POWER_ID ((DPFLTR_TYPE)146)
#endif

#endif
