/*
 * driso shim: rpcasync.h. mingw's rpcasync.h plus the Vista+ flags for
 * RPC_CALL_ATTRIBUTES.Flags that it lacks (RPC_QUERY_CALL_LOCAL_ADDRESS,
 * RPC_QUERY_CLIENT_PID, RPC_QUERY_IS_CLIENT_LOCAL,
 * RPC_QUERY_NO_AUTH_REQUIRED; Windows 8: RPC_QUERY_CLIENT_ID). Values
 * from the SDK header in microsoft/win32metadata
 * (generation/WinSDK/RecompiledIdlHeaders/shared/rpcasync.h), the same as
 * the windows-sys crate's Win32::System::Rpc constants.
 */
#include_next <rpcasync.h>
#ifndef DRISO_SHIM_RPCASYNC_H
#define DRISO_SHIM_RPCASYNC_H
#ifndef RPC_QUERY_CLIENT_PID
#define RPC_QUERY_CALL_LOCAL_ADDRESS 0x08
#define RPC_QUERY_CLIENT_PID 0x10
#define RPC_QUERY_IS_CLIENT_LOCAL 0x20
#define RPC_QUERY_NO_AUTH_REQUIRED 0x40
#endif
#if !defined(RPC_QUERY_CLIENT_ID) && NTDDI_VERSION >= NTDDI_WIN8
#define RPC_QUERY_CLIENT_ID 0x80
#endif
#endif
