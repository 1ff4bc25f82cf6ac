/*
 * driso_ntdddisk_extras.h: disk IOCTLs and structures mingw-w64's
 * kernel-side ntdddisk.h lacks (included by the ntdddisk.h shim; kernel
 * TUs only, user mode has the winioctl.h part from windows.h).
 *
 * Declarations only (see driso_shims.h): DISK_CACHE_SETTING /
 * DISK_CACHE_STATE with IOCTL_DISK_GET/SET_CACHE_SETTING (classpnp and
 * disk class drivers), REASSIGN_BLOCKS_EX with IOCTL_DISK_REASSIGN_BLOCKS_EX
 * (Learn ntdddisk.h; code as in winioctl.h), and DISK_CLUSTER_INFO with
 * IOCTL_DISK_GET/SET_CLUSTER_INFO (Win32 documentation). The cache-setting
 * and cluster-info IOCTL codes, which Learn does not give, are those of
 * the WDK's ntdddisk.h (Microsoft's MIT wdkmetadata copy).
 */
#ifndef DRISO_NTDDDISK_EXTRAS_H
#define DRISO_NTDDDISK_EXTRAS_H
#include "driso_shims.h"

#if DRISO_KERNEL

DRISO_EXTERN_C_START

#ifndef IOCTL_DISK_REASSIGN_BLOCKS_EX
#define IOCTL_DISK_REASSIGN_BLOCKS_EX \
	CTL_CODE(IOCTL_DISK_BASE, 0x0029, METHOD_BUFFERED, FILE_READ_ACCESS | FILE_WRITE_ACCESS)
#endif

#ifndef DRISO_HAVE_REASSIGN_BLOCKS_EX
#define DRISO_HAVE_REASSIGN_BLOCKS_EX
#include <pshpack1.h>
typedef struct _REASSIGN_BLOCKS_EX {
	USHORT Reserved;
	USHORT Count;
	LARGE_INTEGER BlockNumber[1];
} REASSIGN_BLOCKS_EX, *PREASSIGN_BLOCKS_EX;
#include <poppack.h>
#endif

/* codes as in the WDK's ntdddisk.h (Microsoft's MIT wdkmetadata copy) */
#ifndef IOCTL_DISK_GET_CACHE_SETTING
#define IOCTL_DISK_GET_CACHE_SETTING CTL_CODE(IOCTL_DISK_BASE, 0x0038, METHOD_BUFFERED, FILE_READ_ACCESS)
#define IOCTL_DISK_SET_CACHE_SETTING \
	CTL_CODE(IOCTL_DISK_BASE, 0x0039, METHOD_BUFFERED, FILE_READ_ACCESS | FILE_WRITE_ACCESS)
#endif
#ifndef IOCTL_DISK_GET_CLUSTER_INFO
#define IOCTL_DISK_GET_CLUSTER_INFO CTL_CODE(IOCTL_DISK_BASE, 0x0085, METHOD_BUFFERED, FILE_ANY_ACCESS)
#define IOCTL_DISK_SET_CLUSTER_INFO \
	CTL_CODE(IOCTL_DISK_BASE, 0x0086, METHOD_BUFFERED, FILE_READ_ACCESS | FILE_WRITE_ACCESS)
#endif

#ifndef DRISO_HAVE_DISK_CACHE_SETTING
#define DRISO_HAVE_DISK_CACHE_SETTING
typedef enum _DISK_CACHE_STATE {
	DiskCacheNormal,
	DiskCacheWriteThroughNotSupported,
	DiskCacheModifyUnsuccessful
} DISK_CACHE_STATE, *PDISK_CACHE_STATE;

typedef struct _DISK_CACHE_SETTING {
	ULONG Version;
	DISK_CACHE_STATE State;
	BOOLEAN IsPowerProtected;
} DISK_CACHE_SETTING, *PDISK_CACHE_SETTING;
#endif

#ifndef DRISO_HAVE_DISK_CLUSTER_INFO
#define DRISO_HAVE_DISK_CLUSTER_INFO
typedef struct _DISK_CLUSTER_INFO {
	ULONG Version;
	ULONGLONG Flags;
	ULONGLONG FlagsMask;
	BOOLEAN Notify;
} DISK_CLUSTER_INFO, *PDISK_CLUSTER_INFO;
#endif

DRISO_EXTERN_C_END

#endif /* DRISO_KERNEL */
#endif
