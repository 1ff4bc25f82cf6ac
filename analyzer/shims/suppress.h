/*
 * driso shim: suppress.h. The WDK header defines PREfast suppression
 * helpers; for parsing they expand to nothing.
 */
#ifndef DRISO_SHIM_SUPPRESS_H
#define DRISO_SHIM_SUPPRESS_H
#ifndef __PREfastPagedCode
#define __PREfastPagedCode()
#endif
#ifndef __PREfastPagedCodeLocked
#define __PREfastPagedCodeLocked()
#endif
#endif
