/*
 * driso shim: ddraw.h (wraps mingw-w64's).
 *
 * mingw's ksmedia.h declares a cut-down DDPIXELFORMAT (for its video-port
 * properties) unless __DDRAW_INCLUDED__ is already defined, but its
 * ddraw.h does not check whether ksmedia.h got there first: a TU that
 * includes ksmedia.h and later ddraw.h (directly, or through strmif.h,
 * which every Media Foundation TU reaches) gets "redefinition of
 * '_DDPIXELFORMAT'". In that order only, ddraw.h's copy is renamed away
 * while it is read; the DirectDraw surface structures and methods then
 * use the renamed type (a superset of ksmedia's layout).
 */
#include "driso_shims.h"
/*
 * Kernel mode: display drivers reach ddraw.h through winddi.h ->
 * ddrawint.h, which defines _NO_COM; the SDK's ddraw.h then does not
 * include objbase.h. mingw's always does, and objbase.h pulls rpc.h ->
 * windows.h into the kernel TU (hundreds of errors). There the kernel
 * IUnknown comes from unknown.h and rpc.h/rpcndr.h/objbase.h are skipped
 * while mingw's ddraw.h is read.
 */
#if DRISO_KERNEL && !defined(__DDRAW_INCLUDED__) && !defined(_OBJBASE_H_)
#include <unknown.h>
#define DRISO_DDRAW_KM_NO_OBJBASE
#define RPC_NO_WINDOWS_H
#define __RPC_H__
#define __RPCNDR_H__
#define _OBJBASE_H_
#endif
#if defined(_KSMEDIA_) && !defined(__DDRAW_INCLUDED__) && !defined(__IVPType__) && !defined(DRISO_DDRAW_PIXELFORMAT_RENAMED)
#define DRISO_DDRAW_PIXELFORMAT_RENAMED
#define _DDPIXELFORMAT driso_ddraw_DDPIXELFORMAT_tag
#define DDPIXELFORMAT driso_ddraw_DDPIXELFORMAT
#define LPDDPIXELFORMAT driso_ddraw_LPDDPIXELFORMAT
#pragma push_macro("DDPF_FOURCC")
#undef DDPF_FOURCC
#include_next <ddraw.h>
#pragma pop_macro("DDPF_FOURCC")
#undef _DDPIXELFORMAT
#undef DDPIXELFORMAT
#undef LPDDPIXELFORMAT
#else
#include_next <ddraw.h>
#endif
#ifdef DRISO_DDRAW_KM_NO_OBJBASE
#undef DRISO_DDRAW_KM_NO_OBJBASE
#undef RPC_NO_WINDOWS_H
#undef __RPC_H__
#undef __RPCNDR_H__
#undef _OBJBASE_H_
#endif
