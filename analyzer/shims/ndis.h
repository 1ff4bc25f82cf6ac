/*
 * driso shim: ndis.h. mingw-w64's ndis.h includes ntddndis.h and then
 * defines NDIS_REQUEST_TYPE a second time, which is a hard error in every
 * TU; its own copy is renamed away here so the one from ntddndis.h stays.
 * Declarations of NDIS 6 that mingw lacks live in driso_ndis6.h.
 */
#ifndef DRISO_SHIM_NDIS_H
#define DRISO_SHIM_NDIS_H
#include <driso_shims.h>
#include <ntddk.h>
#include <ntddndis.h>
#define _NDIS_REQUEST_TYPE _DRISO_NDIS_REQUEST_TYPE_DUP
#define NDIS_REQUEST_TYPE DRISO_NDIS_REQUEST_TYPE_DUP
#define PNDIS_REQUEST_TYPE DRISO_PNDIS_REQUEST_TYPE_DUP
#define NdisRequestQueryInformation DrisoDupNdisRequestQueryInformation
#define NdisRequestSetInformation DrisoDupNdisRequestSetInformation
#define NdisRequestQueryStatistics DrisoDupNdisRequestQueryStatistics
#define NdisRequestOpen DrisoDupNdisRequestOpen
#define NdisRequestClose DrisoDupNdisRequestClose
#define NdisRequestSend DrisoDupNdisRequestSend
#define NdisRequestTransferData DrisoDupNdisRequestTransferData
#define NdisRequestReset DrisoDupNdisRequestReset
#define NdisRequestGeneric1 DrisoDupNdisRequestGeneric1
#define NdisRequestGeneric2 DrisoDupNdisRequestGeneric2
#define NdisRequestGeneric3 DrisoDupNdisRequestGeneric3
#define NdisRequestGeneric4 DrisoDupNdisRequestGeneric4
#define NdisRequestMethod DrisoDupNdisRequestMethod
#include_next <ndis.h>
#undef _NDIS_REQUEST_TYPE
#undef NDIS_REQUEST_TYPE
#undef PNDIS_REQUEST_TYPE
#undef NdisRequestQueryInformation
#undef NdisRequestSetInformation
#undef NdisRequestQueryStatistics
#undef NdisRequestOpen
#undef NdisRequestClose
#undef NdisRequestSend
#undef NdisRequestTransferData
#undef NdisRequestReset
#undef NdisRequestGeneric1
#undef NdisRequestGeneric2
#undef NdisRequestGeneric3
#undef NdisRequestGeneric4
#undef NdisRequestMethod
#endif
