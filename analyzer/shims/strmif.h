/*
 * driso shim: strmif.h (wraps mingw-w64's).
 *
 * mingw's ksmedia.h and strmif.h both declare TIMECODE, TIMECODE_SAMPLE
 * and PTIMECODE_SAMPLE. ksmedia.h guards all three with TIMECODE_DEFINED;
 * strmif.h guards only the TIMECODE union, so a TU that includes
 * ksmedia.h before strmif.h (every device MFT: <ksmedia.h>, then
 * <mfidl.h> -> mfobjects.h -> mediaobj.h -> strmif.h) gets
 * "redefinition of 'tagTIMECODE_SAMPLE'". In that order only, strmif.h's
 * second copy of the structure is renamed away while it is read; its
 * IAMTimecodeReader/Generator methods then take the renamed pointer
 * type, which has the same layout. strmif.h also includes ddraw.h, which
 * has the same problem with DDPIXELFORMAT (see the ddraw.h shim).
 */
#if defined(TIMECODE_DEFINED) && !defined(__strmif_h__) && !defined(DRISO_STRMIF_TIMECODE_RENAMED)
#define DRISO_STRMIF_TIMECODE_RENAMED
#define tagTIMECODE_SAMPLE driso_strmif_tagTIMECODE_SAMPLE
#define TIMECODE_SAMPLE driso_strmif_TIMECODE_SAMPLE
#define PTIMECODE_SAMPLE driso_strmif_PTIMECODE_SAMPLE
#include_next <strmif.h>
#undef tagTIMECODE_SAMPLE
#undef TIMECODE_SAMPLE
#undef PTIMECODE_SAMPLE
#else
#include_next <strmif.h>
#endif
