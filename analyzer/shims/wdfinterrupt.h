/*
 * driso shim: wdfinterrupt.h (interrupts).
 *
 * Declarations only, for parsing with libclang; not the WDK header. Names,
 * signatures and fields were transcribed (interface facts only: no
 * comments, annotations or function-table code) from the public,
 * MIT-licensed KMDF 1.33 / UMDF 2.33 headers of
 * microsoft/Windows-Driver-Frameworks; they match the Learn DDI reference. Functions are plain prototypes: the real WDK routes them
 * through a function table, which does not matter for parsing. *_INIT
 * helpers zero the structure, set Size and copy their arguments.
 */
#ifndef DRISO_SHIM_WDFINTERRUPT_H
#define DRISO_SHIM_WDFINTERRUPT_H
#include "wdf.h"
WDF_EXTERN_C_START
#if defined(UMDF_VERSION_MAJOR)
typedef enum _WDF_INTERRUPT_POLARITY { WdfInterruptPolarityUnknown = 0, WdfInterruptActiveHigh, WdfInterruptActiveLow, } WDF_INTERRUPT_POLARITY, *PWDF_INTERRUPT_POLARITY;
typedef enum _WDF_INTERRUPT_POLICY { WdfIrqPolicyMachineDefault = 0, WdfIrqPolicyAllCloseProcessors, WdfIrqPolicyOneCloseProcessor, WdfIrqPolicyAllProcessorsInMachine, WdfIrqPolicySpecifiedProcessors, WdfIrqPolicySpreadMessagesAcrossAllProcessors, } WDF_INTERRUPT_POLICY, *PWDF_INTERRUPT_POLICY;
typedef enum _WDF_INTERRUPT_PRIORITY { WdfIrqPriorityUndefined = 0, WdfIrqPriorityLow, WdfIrqPriorityNormal, WdfIrqPriorityHigh, } WDF_INTERRUPT_PRIORITY, *PWDF_INTERRUPT_PRIORITY;
typedef BOOLEAN EVT_WDF_INTERRUPT_ISR(WDFINTERRUPT Interrupt, ULONG MessageID);
typedef EVT_WDF_INTERRUPT_ISR *PFN_WDF_INTERRUPT_ISR;
typedef BOOLEAN EVT_WDF_INTERRUPT_SYNCHRONIZE(WDFINTERRUPT Interrupt, WDFCONTEXT Context);
typedef EVT_WDF_INTERRUPT_SYNCHRONIZE *PFN_WDF_INTERRUPT_SYNCHRONIZE;
typedef VOID EVT_WDF_INTERRUPT_DPC(WDFINTERRUPT Interrupt, WDFOBJECT AssociatedObject);
typedef EVT_WDF_INTERRUPT_DPC *PFN_WDF_INTERRUPT_DPC;
typedef VOID EVT_WDF_INTERRUPT_WORKITEM(WDFINTERRUPT Interrupt, WDFOBJECT AssociatedObject);
typedef EVT_WDF_INTERRUPT_WORKITEM *PFN_WDF_INTERRUPT_WORKITEM;
typedef NTSTATUS EVT_WDF_INTERRUPT_ENABLE(WDFINTERRUPT Interrupt, WDFDEVICE AssociatedDevice);
typedef EVT_WDF_INTERRUPT_ENABLE *PFN_WDF_INTERRUPT_ENABLE;
typedef NTSTATUS EVT_WDF_INTERRUPT_DISABLE(WDFINTERRUPT Interrupt, WDFDEVICE AssociatedDevice);
typedef EVT_WDF_INTERRUPT_DISABLE *PFN_WDF_INTERRUPT_DISABLE;
typedef struct _WDF_INTERRUPT_CONFIG { ULONG Size; WDFSPINLOCK SpinLock; WDF_TRI_STATE ShareVector; BOOLEAN FloatingSave; BOOLEAN AutomaticSerialization; PFN_WDF_INTERRUPT_ISR EvtInterruptIsr; PFN_WDF_INTERRUPT_DPC EvtInterruptDpc; PFN_WDF_INTERRUPT_ENABLE EvtInterruptEnable; PFN_WDF_INTERRUPT_DISABLE EvtInterruptDisable; PFN_WDF_INTERRUPT_WORKITEM EvtInterruptWorkItem; PCM_PARTIAL_RESOURCE_DESCRIPTOR InterruptRaw; PCM_PARTIAL_RESOURCE_DESCRIPTOR InterruptTranslated; WDFWAITLOCK WaitLock; BOOLEAN PassiveHandling; WDF_TRI_STATE ReportInactiveOnPowerDown; BOOLEAN CanWakeDevice; } WDF_INTERRUPT_CONFIG, *PWDF_INTERRUPT_CONFIG;
DRISO_WDF_INLINE VOID WDF_INTERRUPT_CONFIG_INIT(PWDF_INTERRUPT_CONFIG Configuration, PFN_WDF_INTERRUPT_ISR EvtInterruptIsr, PFN_WDF_INTERRUPT_DPC EvtInterruptDpc) { RtlZeroMemory(Configuration, sizeof(*Configuration)); Configuration->Size = sizeof(*Configuration); Configuration->EvtInterruptIsr = EvtInterruptIsr; Configuration->EvtInterruptDpc = EvtInterruptDpc; }
typedef struct _WDF_INTERRUPT_INFO { ULONG Size; ULONG64 Reserved1; KAFFINITY TargetProcessorSet; ULONG Reserved2; ULONG MessageNumber; ULONG Vector; KIRQL Irql; KINTERRUPT_MODE Mode; WDF_INTERRUPT_POLARITY Polarity; BOOLEAN MessageSignaled; UCHAR ShareDisposition; DECLSPEC_ALIGN(8) USHORT Group; } WDF_INTERRUPT_INFO, *PWDF_INTERRUPT_INFO;
DRISO_WDF_INLINE VOID WDF_INTERRUPT_INFO_INIT(PWDF_INTERRUPT_INFO Info) { RtlZeroMemory(Info, sizeof(*Info)); Info->Size = sizeof(*Info); }
typedef struct _WDF_INTERRUPT_EXTENDED_POLICY { ULONG Size; WDF_INTERRUPT_POLICY Policy; WDF_INTERRUPT_PRIORITY Priority; GROUP_AFFINITY TargetProcessorSetAndGroup; } WDF_INTERRUPT_EXTENDED_POLICY, *PWDF_INTERRUPT_EXTENDED_POLICY;
DRISO_WDF_INLINE VOID WDF_INTERRUPT_EXTENDED_POLICY_INIT(PWDF_INTERRUPT_EXTENDED_POLICY ExtendedPolicy) { RtlZeroMemory(ExtendedPolicy, sizeof(*ExtendedPolicy)); ExtendedPolicy->Size = sizeof(*ExtendedPolicy); }
NTSTATUS WdfInterruptCreate(WDFDEVICE Device, PWDF_INTERRUPT_CONFIG Configuration, PWDF_OBJECT_ATTRIBUTES Attributes, WDFINTERRUPT* Interrupt);
BOOLEAN WdfInterruptQueueDpcForIsr(WDFINTERRUPT Interrupt);
BOOLEAN WdfInterruptQueueWorkItemForIsr(WDFINTERRUPT Interrupt);
BOOLEAN WdfInterruptSynchronize(WDFINTERRUPT Interrupt, PFN_WDF_INTERRUPT_SYNCHRONIZE Callback, WDFCONTEXT Context);
VOID WdfInterruptAcquireLock(WDFINTERRUPT Interrupt);
VOID WdfInterruptReleaseLock(WDFINTERRUPT Interrupt);
VOID WdfInterruptEnable(WDFINTERRUPT Interrupt);
VOID WdfInterruptDisable(WDFINTERRUPT Interrupt);
VOID WdfInterruptGetInfo(WDFINTERRUPT Interrupt, PWDF_INTERRUPT_INFO Info);
VOID WdfInterruptSetPolicy(WDFINTERRUPT Interrupt, WDF_INTERRUPT_POLICY Policy, WDF_INTERRUPT_PRIORITY Priority, KAFFINITY TargetProcessorSet);
VOID WdfInterruptSetExtendedPolicy(WDFINTERRUPT Interrupt, PWDF_INTERRUPT_EXTENDED_POLICY PolicyAndGroup);
WDFDEVICE WdfInterruptGetDevice(WDFINTERRUPT Interrupt);
BOOLEAN WdfInterruptTryToAcquireLock(WDFINTERRUPT Interrupt);

#else
typedef enum _WDF_INTERRUPT_POLARITY { WdfInterruptPolarityUnknown = 0, WdfInterruptActiveHigh, WdfInterruptActiveLow, } WDF_INTERRUPT_POLARITY, *PWDF_INTERRUPT_POLARITY;
typedef enum _WDF_INTERRUPT_POLICY { WdfIrqPolicyMachineDefault = 0, WdfIrqPolicyAllCloseProcessors, WdfIrqPolicyOneCloseProcessor, WdfIrqPolicyAllProcessorsInMachine, WdfIrqPolicySpecifiedProcessors, WdfIrqPolicySpreadMessagesAcrossAllProcessors, } WDF_INTERRUPT_POLICY, *PWDF_INTERRUPT_POLICY;
typedef enum _WDF_INTERRUPT_PRIORITY { WdfIrqPriorityUndefined = 0, WdfIrqPriorityLow, WdfIrqPriorityNormal, WdfIrqPriorityHigh, } WDF_INTERRUPT_PRIORITY, *PWDF_INTERRUPT_PRIORITY;
typedef BOOLEAN EVT_WDF_INTERRUPT_ISR(WDFINTERRUPT Interrupt, ULONG MessageID);
typedef EVT_WDF_INTERRUPT_ISR *PFN_WDF_INTERRUPT_ISR;
typedef BOOLEAN EVT_WDF_INTERRUPT_SYNCHRONIZE(WDFINTERRUPT Interrupt, WDFCONTEXT Context);
typedef EVT_WDF_INTERRUPT_SYNCHRONIZE *PFN_WDF_INTERRUPT_SYNCHRONIZE;
typedef VOID EVT_WDF_INTERRUPT_DPC(WDFINTERRUPT Interrupt, WDFOBJECT AssociatedObject);
typedef EVT_WDF_INTERRUPT_DPC *PFN_WDF_INTERRUPT_DPC;
typedef VOID EVT_WDF_INTERRUPT_WORKITEM(WDFINTERRUPT Interrupt, WDFOBJECT AssociatedObject);
typedef EVT_WDF_INTERRUPT_WORKITEM *PFN_WDF_INTERRUPT_WORKITEM;
typedef NTSTATUS EVT_WDF_INTERRUPT_ENABLE(WDFINTERRUPT Interrupt, WDFDEVICE AssociatedDevice);
typedef EVT_WDF_INTERRUPT_ENABLE *PFN_WDF_INTERRUPT_ENABLE;
typedef NTSTATUS EVT_WDF_INTERRUPT_DISABLE(WDFINTERRUPT Interrupt, WDFDEVICE AssociatedDevice);
typedef EVT_WDF_INTERRUPT_DISABLE *PFN_WDF_INTERRUPT_DISABLE;
typedef struct _WDF_INTERRUPT_CONFIG { ULONG Size; WDFSPINLOCK SpinLock; WDF_TRI_STATE ShareVector; BOOLEAN FloatingSave; BOOLEAN AutomaticSerialization; PFN_WDF_INTERRUPT_ISR EvtInterruptIsr; PFN_WDF_INTERRUPT_DPC EvtInterruptDpc; PFN_WDF_INTERRUPT_ENABLE EvtInterruptEnable; PFN_WDF_INTERRUPT_DISABLE EvtInterruptDisable; PFN_WDF_INTERRUPT_WORKITEM EvtInterruptWorkItem; PCM_PARTIAL_RESOURCE_DESCRIPTOR InterruptRaw; PCM_PARTIAL_RESOURCE_DESCRIPTOR InterruptTranslated; WDFWAITLOCK WaitLock; BOOLEAN PassiveHandling; WDF_TRI_STATE ReportInactiveOnPowerDown; BOOLEAN CanWakeDevice; } WDF_INTERRUPT_CONFIG, *PWDF_INTERRUPT_CONFIG;
DRISO_WDF_INLINE VOID WDF_INTERRUPT_CONFIG_INIT(PWDF_INTERRUPT_CONFIG Configuration, PFN_WDF_INTERRUPT_ISR EvtInterruptIsr, PFN_WDF_INTERRUPT_DPC EvtInterruptDpc) { RtlZeroMemory(Configuration, sizeof(*Configuration)); Configuration->Size = sizeof(*Configuration); Configuration->EvtInterruptIsr = EvtInterruptIsr; Configuration->EvtInterruptDpc = EvtInterruptDpc; }
typedef struct _WDF_INTERRUPT_INFO { ULONG Size; ULONG64 Reserved1; KAFFINITY TargetProcessorSet; ULONG Reserved2; ULONG MessageNumber; ULONG Vector; KIRQL Irql; KINTERRUPT_MODE Mode; WDF_INTERRUPT_POLARITY Polarity; BOOLEAN MessageSignaled; UCHAR ShareDisposition; DECLSPEC_ALIGN(8) USHORT Group; } WDF_INTERRUPT_INFO, *PWDF_INTERRUPT_INFO;
DRISO_WDF_INLINE VOID WDF_INTERRUPT_INFO_INIT(PWDF_INTERRUPT_INFO Info) { RtlZeroMemory(Info, sizeof(*Info)); Info->Size = sizeof(*Info); }
typedef struct _WDF_INTERRUPT_EXTENDED_POLICY { ULONG Size; WDF_INTERRUPT_POLICY Policy; WDF_INTERRUPT_PRIORITY Priority; GROUP_AFFINITY TargetProcessorSetAndGroup; } WDF_INTERRUPT_EXTENDED_POLICY, *PWDF_INTERRUPT_EXTENDED_POLICY;
DRISO_WDF_INLINE VOID WDF_INTERRUPT_EXTENDED_POLICY_INIT(PWDF_INTERRUPT_EXTENDED_POLICY ExtendedPolicy) { RtlZeroMemory(ExtendedPolicy, sizeof(*ExtendedPolicy)); ExtendedPolicy->Size = sizeof(*ExtendedPolicy); }
NTSTATUS WdfInterruptCreate(WDFDEVICE Device, PWDF_INTERRUPT_CONFIG Configuration, PWDF_OBJECT_ATTRIBUTES Attributes, WDFINTERRUPT* Interrupt);
BOOLEAN WdfInterruptQueueDpcForIsr(WDFINTERRUPT Interrupt);
BOOLEAN WdfInterruptQueueWorkItemForIsr(WDFINTERRUPT Interrupt);
BOOLEAN WdfInterruptSynchronize(WDFINTERRUPT Interrupt, PFN_WDF_INTERRUPT_SYNCHRONIZE Callback, WDFCONTEXT Context);
VOID WdfInterruptAcquireLock(WDFINTERRUPT Interrupt);
VOID WdfInterruptReleaseLock(WDFINTERRUPT Interrupt);
VOID WdfInterruptEnable(WDFINTERRUPT Interrupt);
VOID WdfInterruptDisable(WDFINTERRUPT Interrupt);
PKINTERRUPT WdfInterruptWdmGetInterrupt(WDFINTERRUPT Interrupt);
VOID WdfInterruptGetInfo(WDFINTERRUPT Interrupt, PWDF_INTERRUPT_INFO Info);
VOID WdfInterruptSetPolicy(WDFINTERRUPT Interrupt, WDF_INTERRUPT_POLICY Policy, WDF_INTERRUPT_PRIORITY Priority, KAFFINITY TargetProcessorSet);
VOID WdfInterruptSetExtendedPolicy(WDFINTERRUPT Interrupt, PWDF_INTERRUPT_EXTENDED_POLICY PolicyAndGroup);
WDFDEVICE WdfInterruptGetDevice(WDFINTERRUPT Interrupt);
BOOLEAN WdfInterruptTryToAcquireLock(WDFINTERRUPT Interrupt);
VOID WdfInterruptReportActive(WDFINTERRUPT Interrupt);
VOID WdfInterruptReportInactive(WDFINTERRUPT Interrupt);

#endif

WDF_EXTERN_C_END

#endif
