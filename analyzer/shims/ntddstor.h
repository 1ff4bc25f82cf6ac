/*
 * driso shim: ntddstor.h wraps mingw-w64's (Windows 8 era) for kernel TUs
 * and adds the Windows 8.1 - 10 storage class interface that storage
 * drivers use (driso_ntddstor_extras.h).
 *
 * mingw's STORAGE_PROPERTY_ID stops at StorageDeviceResiliencyProperty,
 * its STORAGE_MINIPORT_DESCRIPTOR and DEVICE_LB_PROVISIONING_DESCRIPTOR lack
 * members, and its STORAGE_LB_PROVISIONING_MAP_RESOURCES misnames one:
 * an enumeration or structure cannot be extended, so these are renamed
 * away while mingw's header is read and declared again in full by the
 * extras. User-mode TUs get all of this from winioctl.h, which defines
 * the same include guard; there the wrapper only passes through.
 * ntdddisk.h, ntddcdrm.h, ntddcdvd.h, ntddtape.h and ntddchgr.h include
 * mingw's ntddstor.h with quotes; their shims include this one first.
 */
#ifndef DRISO_SHIM_NTDDSTOR_H
#define DRISO_SHIM_NTDDSTOR_H
#include "driso_shims.h"

#if DRISO_KERNEL && !defined(_NTDDSTOR_H_)
#define DRISO_NTDDSTOR_REPLACE 1
#define _STORAGE_PROPERTY_ID _DRISO_MINGW_STORAGE_PROPERTY_ID
#define STORAGE_PROPERTY_ID DRISO_MINGW_STORAGE_PROPERTY_ID
#define PSTORAGE_PROPERTY_ID DRISO_MINGW_PSTORAGE_PROPERTY_ID
#define StorageDeviceProperty DRISO_MINGW_StorageDeviceProperty
#define StorageAdapterProperty DRISO_MINGW_StorageAdapterProperty
#define StorageDeviceIdProperty DRISO_MINGW_StorageDeviceIdProperty
#define StorageDeviceUniqueIdProperty DRISO_MINGW_StorageDeviceUniqueIdProperty
#define StorageDeviceWriteCacheProperty DRISO_MINGW_StorageDeviceWriteCacheProperty
#define StorageMiniportProperty DRISO_MINGW_StorageMiniportProperty
#define StorageAccessAlignmentProperty DRISO_MINGW_StorageAccessAlignmentProperty
#define StorageDeviceSeekPenaltyProperty DRISO_MINGW_StorageDeviceSeekPenaltyProperty
#define StorageDeviceTrimProperty DRISO_MINGW_StorageDeviceTrimProperty
#define StorageDeviceWriteAggregationProperty DRISO_MINGW_StorageDeviceWriteAggregationProperty
#define StorageDeviceDeviceTelemetryProperty DRISO_MINGW_StorageDeviceDeviceTelemetryProperty
#define StorageDeviceLBProvisioningProperty DRISO_MINGW_StorageDeviceLBProvisioningProperty
#define StorageDevicePowerProperty DRISO_MINGW_StorageDevicePowerProperty
#define StorageDeviceCopyOffloadProperty DRISO_MINGW_StorageDeviceCopyOffloadProperty
#define StorageDeviceResiliencyProperty DRISO_MINGW_StorageDeviceResiliencyProperty
#define _STORAGE_PROPERTY_QUERY _DRISO_MINGW_STORAGE_PROPERTY_QUERY
#define STORAGE_PROPERTY_QUERY DRISO_MINGW_STORAGE_PROPERTY_QUERY
#define PSTORAGE_PROPERTY_QUERY DRISO_MINGW_PSTORAGE_PROPERTY_QUERY
#define _STORAGE_MINIPORT_DESCRIPTOR _DRISO_MINGW_STORAGE_MINIPORT_DESCRIPTOR
#define STORAGE_MINIPORT_DESCRIPTOR DRISO_MINGW_STORAGE_MINIPORT_DESCRIPTOR
#define PSTORAGE_MINIPORT_DESCRIPTOR DRISO_MINGW_PSTORAGE_MINIPORT_DESCRIPTOR
#define _DEVICE_LB_PROVISIONING_DESCRIPTOR _DRISO_MINGW_DEVICE_LB_PROVISIONING_DESCRIPTOR
#define DEVICE_LB_PROVISIONING_DESCRIPTOR DRISO_MINGW_DEVICE_LB_PROVISIONING_DESCRIPTOR
#define PDEVICE_LB_PROVISIONING_DESCRIPTOR DRISO_MINGW_PDEVICE_LB_PROVISIONING_DESCRIPTOR
#define _STORAGE_LB_PROVISIONING_MAP_RESOURCES _DRISO_MINGW_STORAGE_LB_PROVISIONING_MAP_RESOURCES
#define STORAGE_LB_PROVISIONING_MAP_RESOURCES DRISO_MINGW_STORAGE_LB_PROVISIONING_MAP_RESOURCES
#define PSTORAGE_LB_PROVISIONING_MAP_RESOURCES DRISO_MINGW_PSTORAGE_LB_PROVISIONING_MAP_RESOURCES
#include_next <ntddstor.h>
#undef _STORAGE_PROPERTY_ID
#undef STORAGE_PROPERTY_ID
#undef PSTORAGE_PROPERTY_ID
#undef StorageDeviceProperty
#undef StorageAdapterProperty
#undef StorageDeviceIdProperty
#undef StorageDeviceUniqueIdProperty
#undef StorageDeviceWriteCacheProperty
#undef StorageMiniportProperty
#undef StorageAccessAlignmentProperty
#undef StorageDeviceSeekPenaltyProperty
#undef StorageDeviceTrimProperty
#undef StorageDeviceWriteAggregationProperty
#undef StorageDeviceDeviceTelemetryProperty
#undef StorageDeviceLBProvisioningProperty
#undef StorageDevicePowerProperty
#undef StorageDeviceCopyOffloadProperty
#undef StorageDeviceResiliencyProperty
#undef _STORAGE_PROPERTY_QUERY
#undef STORAGE_PROPERTY_QUERY
#undef PSTORAGE_PROPERTY_QUERY
#undef _STORAGE_MINIPORT_DESCRIPTOR
#undef STORAGE_MINIPORT_DESCRIPTOR
#undef PSTORAGE_MINIPORT_DESCRIPTOR
#undef _DEVICE_LB_PROVISIONING_DESCRIPTOR
#undef DEVICE_LB_PROVISIONING_DESCRIPTOR
#undef PDEVICE_LB_PROVISIONING_DESCRIPTOR
#undef _STORAGE_LB_PROVISIONING_MAP_RESOURCES
#undef STORAGE_LB_PROVISIONING_MAP_RESOURCES
#undef PSTORAGE_LB_PROVISIONING_MAP_RESOURCES
#else
#include_next <ntddstor.h>
#endif

#if DRISO_KERNEL
#include "driso_ntddstor_extras.h"
#endif
#include "driso_ntddstor_gen.h"

#endif

/* outside the guard, as in the WDK (see there) */
#include "driso_ntddstor_devpkeys.h"
