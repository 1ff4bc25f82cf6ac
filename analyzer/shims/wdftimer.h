/*
 * driso shim: wdftimer.h (timers).
 *
 * Declarations only, for parsing with libclang; not the WDK header. Names,
 * signatures and fields were transcribed (interface facts only: no
 * comments, annotations or function-table code) from the public,
 * MIT-licensed KMDF 1.33 / UMDF 2.33 headers of
 * microsoft/Windows-Driver-Frameworks; they match the Learn DDI reference. Functions are plain prototypes: the real WDK routes them
 * through a function table, which does not matter for parsing. *_INIT
 * helpers zero the structure, set Size and copy their arguments.
 */
#ifndef DRISO_SHIM_WDFTIMER_H
#define DRISO_SHIM_WDFTIMER_H
#include "wdf.h"
WDF_EXTERN_C_START
#define TolerableDelayUnlimited ((ULONG)-1)
typedef VOID EVT_WDF_TIMER(WDFTIMER Timer);
typedef EVT_WDF_TIMER *PFN_WDF_TIMER;
typedef struct _WDF_TIMER_CONFIG { ULONG Size; PFN_WDF_TIMER EvtTimerFunc; ULONG Period; BOOLEAN AutomaticSerialization; ULONG TolerableDelay; DECLSPEC_ALIGN(8) BOOLEAN UseHighResolutionTimer; } WDF_TIMER_CONFIG, *PWDF_TIMER_CONFIG;
DRISO_WDF_INLINE VOID WDF_TIMER_CONFIG_INIT(PWDF_TIMER_CONFIG Config, PFN_WDF_TIMER EvtTimerFunc) { RtlZeroMemory(Config, sizeof(*Config)); Config->Size = sizeof(*Config); Config->EvtTimerFunc = EvtTimerFunc; }
DRISO_WDF_INLINE VOID WDF_TIMER_CONFIG_INIT_PERIODIC(PWDF_TIMER_CONFIG Config, PFN_WDF_TIMER EvtTimerFunc, LONG Period) { RtlZeroMemory(Config, sizeof(*Config)); Config->Size = sizeof(*Config); Config->EvtTimerFunc = EvtTimerFunc; Config->Period = Period; }
NTSTATUS WdfTimerCreate(PWDF_TIMER_CONFIG Config, PWDF_OBJECT_ATTRIBUTES Attributes, WDFTIMER* Timer);
BOOLEAN WdfTimerStart(WDFTIMER Timer, LONGLONG DueTime);
BOOLEAN WdfTimerStop(WDFTIMER Timer, BOOLEAN Wait);
WDFOBJECT WdfTimerGetParentObject(WDFTIMER Timer);

WDF_EXTERN_C_END

#endif
