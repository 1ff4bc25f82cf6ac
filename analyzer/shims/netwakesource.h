/*
 * driso shim: netwakesource.h, wake sources (NETWAKESOURCE): type,
 * bitmap-pattern and media-change parameters. Declarations only;
 * provenance in netadaptercx.h.
 */
#ifndef DRISO_SHIM_NETWAKESOURCE_H
#define DRISO_SHIM_NETWAKESOURCE_H
#include "netadaptercxtypes.h"

DRISO_EXTERN_C_START

typedef enum _NET_WAKE_SOURCE_TYPE {
	NetWakeSourceTypeBitmapPattern = 1,
	NetWakeSourceTypeMagicPacket,
	NetWakeSourceTypeMediaChange,
	NetWakeSourceTypePacketFilterMatch,
	NetWakeSourceTypeEapolPacket,
} NET_WAKE_SOURCE_TYPE;

typedef struct _NET_WAKE_SOURCE_BITMAP_PARAMETERS {
	ULONG Size;
	ULONG Id;
	UCHAR const *Pattern;
	SIZE_T PatternSize;
	UCHAR const *Mask;
	SIZE_T MaskSize;
} NET_WAKE_SOURCE_BITMAP_PARAMETERS;

typedef struct _NET_WAKE_SOURCE_MEDIA_CHANGE_PARAMETERS {
	ULONG Size;
	BOOLEAN MediaConnect;
	BOOLEAN MediaDisconnect;
} NET_WAKE_SOURCE_MEDIA_CHANGE_PARAMETERS;

DRISO_INLINE void NET_WAKE_SOURCE_BITMAP_PARAMETERS_INIT(NET_WAKE_SOURCE_BITMAP_PARAMETERS *Parameters)
{
	RtlZeroMemory(Parameters, sizeof(*Parameters));
	Parameters->Size = sizeof(*Parameters);
}

DRISO_INLINE void NET_WAKE_SOURCE_MEDIA_CHANGE_PARAMETERS_INIT(NET_WAKE_SOURCE_MEDIA_CHANGE_PARAMETERS *Parameters)
{
	RtlZeroMemory(Parameters, sizeof(*Parameters));
	Parameters->Size = sizeof(*Parameters);
}

NET_WAKE_SOURCE_TYPE NetWakeSourceGetType(NETWAKESOURCE WakeSource);
NETADAPTER NetWakeSourceGetAdapter(NETWAKESOURCE WakeSource);
void NetWakeSourceGetBitmapParameters(NETWAKESOURCE WakeSource, NET_WAKE_SOURCE_BITMAP_PARAMETERS *Parameters);
void NetWakeSourceGetMediaChangeParameters(NETWAKESOURCE WakeSource, NET_WAKE_SOURCE_MEDIA_CHANGE_PARAMETERS *Parameters);

DRISO_EXTERN_C_END

#endif
