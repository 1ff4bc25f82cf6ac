/*
 * driso shim: hidpddi.h, the driver side of the HID parsing library
 * (WDK-only header): HIDP_COLLECTION_DESC, HIDP_REPORT_IDS,
 * HIDP_GETCOLDESC_DBG, HIDP_DEVICE_DESC and HidP_GetCollectionDescription,
 * per the Learn hidpddi.h reference; the HidP_* report routines come
 * from hidpi.h, which it includes. The header's other routines and the
 * HIDP_GETCOLDESC_* error codes are not documented and not declared.
 */
#ifndef DRISO_SHIM_HIDPDDI_H
#define DRISO_SHIM_HIDPDDI_H
#include "driso_shims.h"
#include <hidusage.h>
#include <hidpi.h>
DRISO_EXTERN_C_START

typedef struct _HIDP_COLLECTION_DESC {
	USAGE UsagePage;
	USAGE Usage;
	UCHAR CollectionNumber;
	UCHAR Reserved[15];
	USHORT InputLength;
	USHORT OutputLength;
	USHORT FeatureLength;
	USHORT PreparsedDataLength;
	PHIDP_PREPARSED_DATA PreparsedData;
} HIDP_COLLECTION_DESC, *PHIDP_COLLECTION_DESC;

typedef struct _HIDP_REPORT_IDS {
	UCHAR ReportID;
	UCHAR CollectionNumber;
	USHORT InputLength;
	USHORT OutputLength;
	USHORT FeatureLength;
} HIDP_REPORT_IDS, *PHIDP_REPORT_IDS;

typedef struct _HIDP_GETCOLDESC_DBG {
	ULONG BreakOffset;
	ULONG ErrorCode;
	ULONG Args[6];
} HIDP_GETCOLDESC_DBG, *PHIDP_GETCOLDESC_DBG;

typedef struct _HIDP_DEVICE_DESC {
	PHIDP_COLLECTION_DESC CollectionDesc;
	ULONG CollectionDescLength;
	PHIDP_REPORT_IDS ReportIDs;
	ULONG ReportIDsLength;
	HIDP_GETCOLDESC_DBG Dbg;
} HIDP_DEVICE_DESC, *PHIDP_DEVICE_DESC;

NTSTATUS HidP_GetCollectionDescription(PHIDP_REPORT_DESCRIPTOR ReportDesc, ULONG DescLength, POOL_TYPE PoolType,
				       PHIDP_DEVICE_DESC DeviceDescription);

DRISO_EXTERN_C_END
#endif
