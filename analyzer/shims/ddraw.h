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
