/*
 * driso shim: ntifs.h. mingw-w64's ntifs.h plus file-system declarations
 * it lacks (driso_ntifs_extras.h).
 *
 * Structures mingw declares in an older shape are replaced: mingw's
 * definitions (and the few mingw prototypes that take them) are read
 * under driso_mingw_* names, and driso_ntifs_extras.h declares the Learn
 * versions under the real names afterwards:
 *   FSRTL_ADVANCED_FCB_HEADER  + the Windows 8+ members (Oplock union,
 *                                ReservedContext/AePushLock,
 *                                BypassIoOpenCount)
 *   FILE_RENAME_INFORMATION    ReplaceIfExists in a union with Flags
 *                                (Windows 10 1607+)
 *   MM_PREFETCH_FLAGS          + PriorityProtection, MustBeZero,
 *                                CannotBeUsedAsFlags
 * mingw's inline FsRtlSetupAdvancedHeader (PVOID parameter) keeps working
 * on its own copy of the layout, which is a prefix of the new one. When
 * mingw's ntifs.h was already read (DRISO_NTIFS_FIXUPS 0), nothing is
 * replaced.
 */
#ifndef DRISO_SHIM_NTIFS_H_ONCE
#define DRISO_SHIM_NTIFS_H_ONCE
#include "driso_shims.h"
#include <ntddk.h>

#if !defined(_NTIFS_INCLUDED_)
#define DRISO_NTIFS_FIXUPS 1
#define _FSRTL_ADVANCED_FCB_HEADER driso_mingw__FSRTL_ADVANCED_FCB_HEADER
#define FSRTL_ADVANCED_FCB_HEADER driso_mingw_FSRTL_ADVANCED_FCB_HEADER
#define PFSRTL_ADVANCED_FCB_HEADER driso_mingw_PFSRTL_ADVANCED_FCB_HEADER
#define PFN_FSRTLTEARDOWNPERSTREAMCONTEXTS driso_mingw_PFN_FSRTLTEARDOWNPERSTREAMCONTEXTS
#define FsRtlTeardownPerStreamContexts driso_mingw_FsRtlTeardownPerStreamContexts
#define FsRtlInsertPerStreamContext driso_mingw_FsRtlInsertPerStreamContext
#define FsRtlLookupPerStreamContextInternal driso_mingw_FsRtlLookupPerStreamContextInternal
#define FsRtlRemovePerStreamContext driso_mingw_FsRtlRemovePerStreamContext
#define _FILE_RENAME_INFORMATION driso_mingw__FILE_RENAME_INFORMATION
#define FILE_RENAME_INFORMATION driso_mingw_FILE_RENAME_INFORMATION
#define PFILE_RENAME_INFORMATION driso_mingw_PFILE_RENAME_INFORMATION
#define _MM_PREFETCH_FLAGS driso_mingw__MM_PREFETCH_FLAGS
#define MM_PREFETCH_FLAGS driso_mingw_MM_PREFETCH_FLAGS
#define PMM_PREFETCH_FLAGS driso_mingw_PMM_PREFETCH_FLAGS
#else
#define DRISO_NTIFS_FIXUPS 0
#endif

#include_next <ntifs.h>

#if DRISO_NTIFS_FIXUPS
#undef _FSRTL_ADVANCED_FCB_HEADER
#undef FSRTL_ADVANCED_FCB_HEADER
#undef PFSRTL_ADVANCED_FCB_HEADER
#undef PFN_FSRTLTEARDOWNPERSTREAMCONTEXTS
#undef FsRtlTeardownPerStreamContexts
#undef FsRtlInsertPerStreamContext
#undef FsRtlLookupPerStreamContextInternal
#undef FsRtlRemovePerStreamContext
#undef _FILE_RENAME_INFORMATION
#undef FILE_RENAME_INFORMATION
#undef PFILE_RENAME_INFORMATION
#undef _MM_PREFETCH_FLAGS
#undef MM_PREFETCH_FLAGS
#undef PMM_PREFETCH_FLAGS
#undef MM_PREFETCH_FLAGS_MASK
#endif

#include "driso_ntifs_extras.h"
#endif
