/*
 * driso shim: ksmedia.h. mingw's ksmedia.h uses FLOAT (DirectSound 3D
 * structures) and TCHAR (the VCR device capabilities' VolumeName), which
 * mingw declares only in minwindef.h / winnt.h; a kernel TU that includes
 * ksmedia.h without windef.h, or any kernel TU (winnt.h is never pulled in
 * after wdm.h), sees neither. Declared here as winnt.h/minwindef.h do:
 * TCHAR is WCHAR under UNICODE, else char. Its video structures also
 * use DWORD/RECT, so a kernel TU gets windef.h first (portcls.h does the
 * same before including ksmedia.h).
 */
#ifndef DRISO_SHIM_KSMEDIA_PRE_H
#define DRISO_SHIM_KSMEDIA_PRE_H
#include "driso_shims.h"
#if DRISO_KERNEL
#include <windef.h>
#if !defined(_MINWINDEF_) && !defined(DRISO_HAVE_FLOAT)
#define DRISO_HAVE_FLOAT
typedef float FLOAT;
typedef FLOAT *PFLOAT;
#endif
#ifndef _TCHAR_DEFINED
#define _TCHAR_DEFINED
#ifdef UNICODE
typedef WCHAR TCHAR, *PTCHAR;
#else
typedef char TCHAR, *PTCHAR;
#endif
#endif
#endif
#endif
#include_next <ksmedia.h>
#include "driso_ksmedia_extras.h"
#include "driso_kscamera.h"
