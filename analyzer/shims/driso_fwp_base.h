/*
 * driso_fwp_base.h: the Windows Filtering Platform base types (fwptypes.h,
 * fwpmtypes.h) for kernel and user TUs, plus the network types the WFP
 * callout structures use (driso_km_netio.h).
 *
 * mingw-w64 ships fwptypes.h / fwpmtypes.h / iketypes.h / ipsectypes.h as
 * user-mode MIDL output: they pull in rpc.h, windows.h and ole2.h, which do
 * not compile next to the kernel headers. A kernel TU therefore gets them
 * with those includes switched off (their include guards pre-defined) and
 * the few Win32 types they use come from minwindef.h (DWORD, BYTE,
 * FILETIME) and ntifs.h (SID, SID_AND_ATTRIBUTES). User TUs include
 * them as they are.
 */
#ifndef DRISO_FWP_BASE_H
#define DRISO_FWP_BASE_H
#include "driso_shims.h"

#if DRISO_KERNEL
#include <ntddk.h>
#include <ntifs.h>
/* DWORD, BYTE, FILETIME: mingw's minwindef.h compiles in kernel TUs (its
 * ddk/ntintsafe.h includes it too). */
#include <minwindef.h>
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
