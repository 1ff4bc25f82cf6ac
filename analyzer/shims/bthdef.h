/*
 * driso shim: bthdef.h wraps mingw-w64's, adding the 16-bit protocol
 * UUIDs the WDK's bthdef.h has (values from the Bluetooth SIG assigned
 * numbers) and a BTH_SUCCESS that compiles (mingw's spells `===`).
 */
#ifndef DRISO_SHIM_BTHDEF_H
#define DRISO_SHIM_BTHDEF_H
#include "driso_shims.h"
#include <guiddef.h>
#include_next <bthdef.h>

#undef BTH_SUCCESS
#define BTH_SUCCESS(X) ((X) == BTH_ERROR_SUCCESS)

#ifndef SDP_PROTOCOL_UUID16
#define SDP_PROTOCOL_UUID16 0x0001
#define UDP_PROTOCOL_UUID16 0x0002
#define RFCOMM_PROTOCOL_UUID16 0x0003
#define TCP_PROTOCOL_UUID16 0x0004
#define TCSBIN_PROTOCOL_UUID16 0x0005
#define TCSAT_PROTOCOL_UUID16 0x0006
#define OBEX_PROTOCOL_UUID16 0x0008
#define IP_PROTOCOL_UUID16 0x0009
#define FTP_PROTOCOL_UUID16 0x000A
#define HTTP_PROTOCOL_UUID16 0x000C
#define WSP_PROTOCOL_UUID16 0x000E
#define BNEP_PROTOCOL_UUID16 0x000F
#define UPNP_PROTOCOL_UUID16 0x0010
#define HID_PROTOCOL_UUID16 0x0011
#define AVCTP_PROTOCOL_UUID16 0x0017
#define AVDTP_PROTOCOL_UUID16 0x0019
#define L2CAP_PROTOCOL_UUID16 0x0100
#endif
#endif
