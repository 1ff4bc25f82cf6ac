/*
 * driso_shims.h: common header of driso's WDK shim headers.
 *
 * Contract: the shims in this directory let libclang parse Windows driver
 * sources on Linux with mingw-w64's headers and no WDK. They hold
 * DECLARATIONS ONLY (types, enums, constants, prototypes, trivial *_INIT
 * helpers); nothing here is meant to be compiled into a binary. A shim
 * that shadows a mingw header of the same name pulls it in with
 * #include_next and only adds what mingw lacks, each addition guarded so
 * that it never redeclares something mingw already has.
 *
 * DRISO_SHIMS_VERSION is bumped whenever a declaration is added or changed,
 * so that cached parse results can be invalidated (encoded as
 * major*10000 + minor*100 + patch).
 */
#ifndef DRISO_SHIMS_H
#define DRISO_SHIMS_H

#define DRISO_SHIMS_VERSION 20100
#define DRISO_SHIMS_VERSION_STRING "2.1.0"

/* Kernel vs. user mode: compile_env defines _KERNEL_MODE for kernel TUs;
 * UMDF 2 TUs define UMDF_VERSION_MAJOR. */
#if defined(_KERNEL_MODE) && !defined(UMDF_VERSION_MAJOR)
#define DRISO_KERNEL 1
#else
#define DRISO_KERNEL 0
#endif

#ifdef __cplusplus
#define DRISO_EXTERN_C_START extern "C" {
#define DRISO_EXTERN_C_END }
#else
#define DRISO_EXTERN_C_START
#define DRISO_EXTERN_C_END
#endif

#define DRISO_INLINE static __inline

#endif
