/*
 * driso_fwp_base.h: the Windows Filtering Platform base types (fwptypes.h,
 * fwpmtypes.h) for kernel and user TUs, plus the network types the WFP
 * callout structures use (driso_km_netio.h).
 *
 * mingw-w64 ships fwptypes.h / fwpmtypes.h / iketypes.h / ipsectypes.h as
 * user-mode MIDL output: they pull in rpc.h, windows.h and ole2.h, which do
 * not compile next to the kernel headers. A kernel TU therefore gets them
 * with those includes switched off (their include guards pre-defined) and
 * the few Win32 types they use (DWORD, BYTE, FILETIME; SID and
 * SID_AND_ATTRIBUTES come from ntifs.h) declared here. User TUs include
 * them as they are. Also the FWPM types mingw lacks (sublayer, provider,
 * provider-context versions 1-3 are not declared: see fwpmk.h).
 */
#ifndef DRISO_FWP_BASE_H
#define DRISO_FWP_BASE_H
#include "driso_shims.h"

#if DRISO_KERNEL
#include <ntddk.h>
#include <ntifs.h>
#ifndef DRISO_HAVE_KM_WIN32_SCALARS
#define DRISO_HAVE_KM_WIN32_SCALARS
typedef ULONG DWORD;
typedef UCHAR BYTE;
#endif
#ifndef _FILETIME_
#define _FILETIME_
typedef struct _FILETIME {
	DWORD dwLowDateTime;
	DWORD dwHighDateTime;
} FILETIME, *PFILETIME, *LPFILETIME;
#endif
#ifndef RPC_NO_WINDOWS_H
#define RPC_NO_WINDOWS_H
#endif
#ifndef COM_NO_WINDOWS_H
#define COM_NO_WINDOWS_H
#endif
#ifndef __RPC_H__
#define __RPC_H__
#endif
#ifndef __RPCNDR_H__
#define __RPCNDR_H__
#endif
#ifndef __wtypes_h__
#define __wtypes_h__
#endif
#endif /* DRISO_KERNEL */

#include <fwptypes.h>
#include <fwpmtypes.h>
#include "driso_km_netio.h"

#endif
