/*
 * driso shim: intsafe.h (wraps mingw-w64's).
 *
 * Kernel drivers include <intsafe.h> next to <ntintsafe.h> (the WDK's is
 * usable in kernel mode). mingw's reaches its types through wtypesbase.h,
 * which pulls in rpc.h and windows.h; in a kernel TU those are switched
 * off (include guards pre-defined, as in driso_fwp_base.h) and the Win32
 * scalar types come from minwindef.h, which compiles in kernel TUs.
 * User-mode TUs get mingw's header unchanged.
 */
#ifndef DRISO_SHIM_INTSAFE_H
#define DRISO_SHIM_INTSAFE_H
#include "driso_shims.h"
#if DRISO_KERNEL
#include <ntddk.h>
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
#ifndef __wtypesbase_h__
#define __wtypesbase_h__
#endif
#endif
#include_next <intsafe.h>
#endif
