/*
 * driso shim: ntintsafe.h, the kernel-mode safe integer functions
 * (RtlULongAdd, RtlSizeTMult, RtlULongLongToULong, ...; Learn ntintsafe.h
 * reference). Kernel TUs get mingw-w64's ddk/ntintsafe.h, which has every
 * documented function. UMDF 2 and other user-mode TUs include it too (the
 * WDK ships it for both); there ddk/ is not on the include path, so this
 * wrapper reaches mingw's header as <ddk/ntintsafe.h> after supplying what
 * it needs outside the kernel: NTSTATUS (winternl.h) and STATUS_SUCCESS /
 * STATUS_INTEGER_OVERFLOW as NTSTATUS values (ntstatus.h numbers).
 */
#ifndef DRISO_SHIM_NTINTSAFE_H
#define DRISO_SHIM_NTINTSAFE_H
#include "driso_shims.h"

#if __has_include_next(<ntintsafe.h>)
#include_next <ntintsafe.h>
#else
#include <windows.h>
#include <winternl.h>
#ifndef STATUS_SUCCESS
#define STATUS_SUCCESS ((NTSTATUS)0x00000000L)
#endif
#include <ddk/ntintsafe.h>
#endif

#endif
