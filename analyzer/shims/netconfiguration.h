/*
 * driso shim: netconfiguration.h, NETCONFIGURATION: the adapter's and
 * device's registry-backed configuration (NetAdapterOpenConfiguration /
 * NetDeviceOpenConfiguration return one; these read and write its values).
 * Declarations only; provenance in netadaptercx.h.
 */
#ifndef DRISO_SHIM_NETCONFIGURATION_H
#define DRISO_SHIM_NETCONFIGURATION_H
#include "netadaptercxtypes.h"
#include "netadapter.h"

DRISO_EXTERN_C_START

typedef enum _NET_CONFIGURATION_QUERY_ULONG_FLAGS {
	NET_CONFIGURATION_QUERY_ULONG_NO_FLAGS = 0x00000000,
	NET_CONFIGURATION_QUERY_ULONG_MAY_BE_STORED_AS_HEX_STRING = 0x00000001,
} NET_CONFIGURATION_QUERY_ULONG_FLAGS;

void NetConfigurationClose(NETCONFIGURATION Configuration);
NTSTATUS NetConfigurationOpenSubConfiguration(NETCONFIGURATION Configuration, PCUNICODE_STRING SubConfigurationName,
					      WDF_OBJECT_ATTRIBUTES *SubConfigurationAttributes,
					      NETCONFIGURATION *SubConfiguration);
NTSTATUS NetConfigurationQueryUlong(NETCONFIGURATION Configuration, NET_CONFIGURATION_QUERY_ULONG_FLAGS Flags,
				    PCUNICODE_STRING ValueName, ULONG *Value);
NTSTATUS NetConfigurationQueryString(NETCONFIGURATION Configuration, PCUNICODE_STRING ValueName,
				     WDF_OBJECT_ATTRIBUTES *StringAttributes, WDFSTRING *WdfString);
NTSTATUS NetConfigurationQueryMultiString(NETCONFIGURATION Configuration, PCUNICODE_STRING ValueName,
					  WDF_OBJECT_ATTRIBUTES *StringsAttributes, WDFCOLLECTION Collection);
NTSTATUS NetConfigurationQueryBinary(NETCONFIGURATION Configuration, PCUNICODE_STRING ValueName, POOL_TYPE PoolType,
				     WDF_OBJECT_ATTRIBUTES *MemoryAttributes, WDFMEMORY *Memory);
NTSTATUS NetConfigurationQueryLinkLayerAddress(NETCONFIGURATION Configuration,
					       NET_ADAPTER_LINK_LAYER_ADDRESS *LinkLayerAddress);
NTSTATUS NetConfigurationAssignUlong(NETCONFIGURATION Configuration, PCUNICODE_STRING ValueName, ULONG Value);
NTSTATUS NetConfigurationAssignUnicodeString(NETCONFIGURATION Configuration, PCUNICODE_STRING ValueName,
					     PCUNICODE_STRING Value);
NTSTATUS NetConfigurationAssignMultiString(NETCONFIGURATION Configuration, PCUNICODE_STRING ValueName,
					   WDFCOLLECTION Collection);
NTSTATUS NetConfigurationAssignBinary(NETCONFIGURATION Configuration, PCUNICODE_STRING ValueName, void *Buffer,
				      ULONG BufferLength);

DRISO_EXTERN_C_END

#endif
