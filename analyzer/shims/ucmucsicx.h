/*
 * driso shim: ucmucsicx.h (UcmUcsiCx.h), the USB Type-C connector manager
 * UCSI class extension (UcmUcsiCx 1.0, KMDF, WDK-only header; the WDK keeps
 * it in UcmUcsi/1.0/, which UcmUcsi/1.0/ucmucsicx.h here maps to this
 * file). Declarations only, from the Learn ucmucsicx.h, ucmucsiglobals.h,
 * ucmucsidevice.h, ucmucsippm.h and ucmucsippmrequests.h references (types
 * checked against the WDK header copies in microsoft/wdkmetadata; facts
 * only, own layout): handles, configuration structures with their *_INIT
 * helpers, the UcmUcsi* entry points as plain prototypes (the WDK
 * implements them inline through UcmucsiFunctions[]), and the PPM request
 * IOCTLs. The UCSI structures are in ucmucsispec.h.
 *
 * Values: the IOCTL codes and FILE_DEVICE_UCMUCSI are not published on
 * Learn: distinct driso values.
 */
#ifndef DRISO_SHIM_UCMUCSICX_H
#define DRISO_SHIM_UCMUCSICX_H
#include "driso_shims.h"
#include "wdf.h"
#include "ucmucsispec.h"

DRISO_EXTERN_C_START

typedef VOID (*UCMUCSIFUNC)(VOID);
extern UCMUCSIFUNC UcmucsiFunctions[];

/* ucmucsiglobals.h */
typedef struct _UCMUCSI_DRIVER_GLOBALS {
	ULONG Reserved;
} UCMUCSI_DRIVER_GLOBALS, *PUCMUCSI_DRIVER_GLOBALS;
extern PUCMUCSI_DRIVER_GLOBALS UcmucsiDriverGlobals;

/* ucmucsidevice.h */
typedef struct _UCMUCSI_DEVICE_CONFIG {
	ULONG Size;
} UCMUCSI_DEVICE_CONFIG, *PUCMUCSI_DEVICE_CONFIG;

DRISO_INLINE VOID UCMUCSI_DEVICE_CONFIG_INIT(PUCMUCSI_DEVICE_CONFIG Config)
{
	RtlZeroMemory(Config, sizeof(*Config));
	Config->Size = sizeof(*Config);
}

NTSTATUS UcmUcsiDeviceInitInitialize(PWDFDEVICE_INIT DeviceInit);
NTSTATUS UcmUcsiDeviceInitialize(WDFDEVICE WdfDevice, PUCMUCSI_DEVICE_CONFIG Config);

/* ucmucsippm.h */
DECLARE_HANDLE(UCMUCSIPPM);
DECLARE_HANDLE(UCMUCSI_CONNECTOR_COLLECTION);

typedef struct _UCMUCSI_CONNECTOR_INFO {
	ULONG Size;
	ULONGLONG ConnectorId;
} UCMUCSI_CONNECTOR_INFO, *PUCMUCSI_CONNECTOR_INFO;

DRISO_INLINE VOID UCMUCSI_CONNECTOR_INFO_INIT(PUCMUCSI_CONNECTOR_INFO ConnectorInfo)
{
	RtlZeroMemory(ConnectorInfo, sizeof(*ConnectorInfo));
	ConnectorInfo->Size = sizeof(*ConnectorInfo);
}

typedef struct _UCMUCSI_PPM_CONFIG {
	ULONG Size;
	BOOLEAN UsbDeviceControllerEnabled;
	UCMUCSI_CONNECTOR_COLLECTION ConnectorCollectionHandle;
} UCMUCSI_PPM_CONFIG, *PUCMUCSI_PPM_CONFIG;

DRISO_INLINE VOID UCMUCSI_PPM_CONFIG_INIT(PUCMUCSI_PPM_CONFIG Config, UCMUCSI_CONNECTOR_COLLECTION CollectionObject)
{
	RtlZeroMemory(Config, sizeof(*Config));
	Config->Size = sizeof(*Config);
	Config->ConnectorCollectionHandle = CollectionObject;
}

NTSTATUS UcmUcsiConnectorCollectionCreate(WDFDEVICE WdfDevice, PWDF_OBJECT_ATTRIBUTES Attributes,
					  UCMUCSI_CONNECTOR_COLLECTION *ConnectorCollection);
NTSTATUS UcmUcsiConnectorCollectionAddConnector(UCMUCSI_CONNECTOR_COLLECTION ConnectorCollectionObject,
						PUCMUCSI_CONNECTOR_INFO ConnectorInfo);
NTSTATUS UcmUcsiPpmCreate(WDFDEVICE WdfDevice, PUCMUCSI_PPM_CONFIG Config, PWDF_OBJECT_ATTRIBUTES Attributes,
			  UCMUCSIPPM *PPMObject);
VOID UcmUcsiPpmSetUcsiCommandRequestQueue(UCMUCSIPPM PpmObject, WDFQUEUE PpmRequestQueue);
NTSTATUS UcmUcsiPpmStart(UCMUCSIPPM PpmObject);
VOID UcmUcsiPpmStop(UCMUCSIPPM PpmObject);
VOID UcmUcsiPpmNotification(UCMUCSIPPM PpmObject, PUCSI_DATA_BLOCK DataBlock);

/* ucmucsippmrequests.h */
#ifndef FILE_DEVICE_UCMUCSI
#define FILE_DEVICE_UCMUCSI 0x000007F0
#endif
#define IOCTL_UCMUCSI_PPM_SEND_UCSI_DATA_BLOCK CTL_CODE(FILE_DEVICE_UCMUCSI, 0x3D0, METHOD_BUFFERED, FILE_WRITE_ACCESS)
#define IOCTL_UCMUCSI_PPM_GET_UCSI_DATA_BLOCK CTL_CODE(FILE_DEVICE_UCMUCSI, 0x3D1, METHOD_BUFFERED, FILE_READ_ACCESS)

typedef enum _UCMUCSI_PPM_IOCTL {
	_IOCTL_UCMUCSI_PPM_SEND_UCSI_DATA_BLOCK = IOCTL_UCMUCSI_PPM_SEND_UCSI_DATA_BLOCK,
	_IOCTL_UCMUCSI_PPM_GET_UCSI_DATA_BLOCK = IOCTL_UCMUCSI_PPM_GET_UCSI_DATA_BLOCK
} UCMUCSI_PPM_IOCTL;

#include <pshpack1.h>
typedef struct _UCMUCSI_PPM_SEND_UCSI_DATA_BLOCK_IN_PARAMS {
	UCMUCSIPPM PpmObject;
	UCSI_DATA_BLOCK UcmUcsiDataBlock;
} UCMUCSI_PPM_SEND_UCSI_DATA_BLOCK_IN_PARAMS, *PUCMUCSI_PPM_SEND_UCSI_DATA_BLOCK_IN_PARAMS;

typedef struct _UCMUCSI_PPM_GET_UCSI_DATA_BLOCK_IN_PARAMS {
	UCMUCSIPPM PpmObject;
} UCMUCSI_PPM_GET_UCSI_DATA_BLOCK_IN_PARAMS, *PUCMUCSI_PPM_GET_UCSI_DATA_BLOCK_IN_PARAMS;

typedef struct _UCMUCSI_PPM_GET_UCSI_DATA_BLOCK_OUT_PARAMS {
	UCSI_DATA_BLOCK UcmUcsiDataBlock;
} UCMUCSI_PPM_GET_UCSI_DATA_BLOCK_OUT_PARAMS, *PUCMUCSI_PPM_GET_UCSI_DATA_BLOCK_OUT_PARAMS;
#include <poppack.h>

DRISO_EXTERN_C_END
#endif
