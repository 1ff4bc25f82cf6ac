/*
 * driso shim: storduid.h - storage device unique identifiers (DUIDs).
 *
 * Wraps mingw-w64's storduid.h (STORAGE_DEVICE_UNIQUE_IDENTIFIER,
 * STORAGE_DEVICE_LAYOUT_SIGNATURE) and adds what Learn documents for the
 * header: DUID_MATCH_STATUS (enumerator order from Learn) and
 * CompareStorageDuids (an inline routine in the WDK; declared here).
 *
 * driso values (undocumented, distinct on purpose): DUID_VERSION_1 and the
 * StorageDeviceUniqueIdProperty query selectors DUID_HARDWARE_IDS_ONLY /
 * DUID_INCLUDE_SOFTWARE_IDS (names from the storage DUID documentation and
 * the MIT-licensed Windows-driver-samples classpnp).
 */
#ifndef DRISO_SHIM_STORDUID_H
#define DRISO_SHIM_STORDUID_H

#include_next <storduid.h>

#define DUID_VERSION_1 0xD1D0
#define DUID_HARDWARE_IDS_ONLY 0xD2
#define DUID_INCLUDE_SOFTWARE_IDS 0xD3

typedef enum _DUID_MATCH_STATUS {
	DuidExactMatch,
	DuidSubIdMatch,
	DuidNoMatch,
	DuidErrorGeneral,
	DuidErrorMissingDuid,
	DuidErrorVersionMismatch,
	DuidErrorInvalidDuid,
	DuidErrorInvalidDeviceIdDescSize,
	DuidErrorInvalidDeviceDescSize,
	DuidErrorInvalidLayoutSigSize,
	DuidErrorInvalidLayoutSigVersion,
	DuidErrorMaximum
} DUID_MATCH_STATUS;

#ifdef __cplusplus
extern "C" {
#endif
DUID_MATCH_STATUS CompareStorageDuids(PSTORAGE_DEVICE_UNIQUE_IDENTIFIER Duid1, PSTORAGE_DEVICE_UNIQUE_IDENTIFIER Duid2);
#ifdef __cplusplus
}
#endif

#endif /* DRISO_SHIM_STORDUID_H */
