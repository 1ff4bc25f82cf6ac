/*
 * driso shim: netexecutioncontext.h, NetAdapterCx execution contexts and
 * tasks (2.1+). Not on the Learn reference: names, members and parameter
 * lists follow Microsoft's WDK metadata (see netadaptercx.h). Declarations
 * only.
 */
#ifndef DRISO_SHIM_NETEXECUTIONCONTEXT_H
#define DRISO_SHIM_NETEXECUTIONCONTEXT_H
#include "netadaptercxtypes.h"

DRISO_EXTERN_C_START

typedef BOOLEAN EVT_NET_EXECUTION_CONTEXT_PRE_ADVANCE(NETEXECUTIONCONTEXT ExecutionContext);
typedef EVT_NET_EXECUTION_CONTEXT_PRE_ADVANCE *PFN_NET_EXECUTION_CONTEXT_PRE_ADVANCE;
typedef BOOLEAN EVT_NET_EXECUTION_CONTEXT_POST_ADVANCE(NETEXECUTIONCONTEXT ExecutionContext);
typedef EVT_NET_EXECUTION_CONTEXT_POST_ADVANCE *PFN_NET_EXECUTION_CONTEXT_POST_ADVANCE;
typedef void EVT_NET_EXECUTION_CONTEXT_SET_NOTIFICATION_ENABLED(NETEXECUTIONCONTEXT ExecutionContext,
								BOOLEAN NotificationEnabled);
typedef EVT_NET_EXECUTION_CONTEXT_SET_NOTIFICATION_ENABLED *PFN_NET_EXECUTION_CONTEXT_SET_NOTIFICATION_ENABLED;

typedef struct _NET_EXECUTION_CONTEXT_CONFIG {
	ULONG Size;
	PFN_NET_EXECUTION_CONTEXT_PRE_ADVANCE EvtPreAdvance;
	PFN_NET_EXECUTION_CONTEXT_POST_ADVANCE EvtPostAdvance;
	PFN_NET_EXECUTION_CONTEXT_SET_NOTIFICATION_ENABLED EvtSetNotificationEnabled;
} NET_EXECUTION_CONTEXT_CONFIG;

DRISO_INLINE void NET_EXECUTION_CONTEXT_CONFIG_INIT(NET_EXECUTION_CONTEXT_CONFIG *Config,
						    PFN_NET_EXECUTION_CONTEXT_SET_NOTIFICATION_ENABLED EvtSetNotificationEnabled)
{
	RtlZeroMemory(Config, sizeof(*Config));
	Config->Size = sizeof(*Config);
	Config->EvtSetNotificationEnabled = EvtSetNotificationEnabled;
}

typedef void EVT_NET_EXECUTION_CONTEXT_TASK(NETEXECUTIONCONTEXTTASK NetExecutionContextTaskHandle);
typedef EVT_NET_EXECUTION_CONTEXT_TASK *PFN_NET_EXECUTION_CONTEXT_TASK;

typedef struct _NET_EXECUTION_CONTEXT_TASK_CONFIG {
	ULONG Size;
	PFN_NET_EXECUTION_CONTEXT_TASK EvtTask;
} NET_EXECUTION_CONTEXT_TASK_CONFIG;

DRISO_INLINE void NET_EXECUTION_CONTEXT_TASK_CONFIG_INIT(NET_EXECUTION_CONTEXT_TASK_CONFIG *NetExecutionContextTaskConfig,
							 PFN_NET_EXECUTION_CONTEXT_TASK EvtTask)
{
	RtlZeroMemory(NetExecutionContextTaskConfig, sizeof(*NetExecutionContextTaskConfig));
	NetExecutionContextTaskConfig->Size = sizeof(*NetExecutionContextTaskConfig);
	NetExecutionContextTaskConfig->EvtTask = EvtTask;
}

NTSTATUS NetExecutionContextCreate(WDFDEVICE Device, NET_EXECUTION_CONTEXT_CONFIG const *Config,
				   WDF_OBJECT_ATTRIBUTES *ClientAttributes, NETEXECUTIONCONTEXT *NetExecutionContextHandle);
NTSTATUS NetExecutionContextTaskCreate(NETEXECUTIONCONTEXT NetExecutionContextHandle,
				       WDF_OBJECT_ATTRIBUTES *ClientAttributes,
				       NET_EXECUTION_CONTEXT_TASK_CONFIG *NetExecutionContextTaskConfig,
				       NETEXECUTIONCONTEXTTASK *NetExecutionContextTaskHandle);
void NetExecutionContextNotify(NETEXECUTIONCONTEXT ExecutionContext);
void NetExecutionContextTaskEnqueue(NETEXECUTIONCONTEXTTASK NetExecutionContextTaskHandle);
void NetExecutionContextTaskWaitCompletion(NETEXECUTIONCONTEXTTASK NetExecutionContextTaskHandle);

DRISO_EXTERN_C_END

#endif
