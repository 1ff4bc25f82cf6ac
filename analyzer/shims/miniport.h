/*
 * driso shim: miniport.h. mingw-w64's miniport.h uses the basic NT types
 * without including them (the WDK's port headers are self-contained), so
 * ntdef.h comes first here. It also lacks the PCI configuration space
 * layout the WDK's miniport.h carries for miniports, which never include
 * wdm.h: PCI_SLOT_NUMBER and PCI_COMMON_CONFIG (Learn miniport.h
 * reference; the standard PCI type 0/1/2 header), declared here unless
 * wdm.h has already supplied them.
 */
#include <ntdef.h>
#include "driso_ntdef_extras.h"
#include_next <miniport.h>

#if !defined(_WDMDDK_) && !defined(DRISO_HAVE_PCI_COMMON_CONFIG)
#define DRISO_HAVE_PCI_COMMON_CONFIG
#include "driso_shims.h"
DRISO_EXTERN_C_START

#ifndef PCI_TYPE0_ADDRESSES
#define PCI_TYPE0_ADDRESSES 6
#define PCI_TYPE1_ADDRESSES 2
#define PCI_TYPE2_ADDRESSES 5
#endif

typedef struct _PCI_SLOT_NUMBER {
	union {
		struct {
			ULONG DeviceNumber : 5;
			ULONG FunctionNumber : 3;
			ULONG Reserved : 24;
		} bits;
		ULONG AsULONG;
	} u;
} PCI_SLOT_NUMBER, *PPCI_SLOT_NUMBER;

typedef struct _PCI_COMMON_CONFIG {
	USHORT VendorID;
	USHORT DeviceID;
	USHORT Command;
	USHORT Status;
	UCHAR RevisionID;
	UCHAR ProgIf;
	UCHAR SubClass;
	UCHAR BaseClass;
	UCHAR CacheLineSize;
	UCHAR LatencyTimer;
	UCHAR HeaderType;
	UCHAR BIST;
	union {
		struct _PCI_HEADER_TYPE_0 {
			ULONG BaseAddresses[PCI_TYPE0_ADDRESSES];
			ULONG CIS;
			USHORT SubVendorID;
			USHORT SubSystemID;
			ULONG ROMBaseAddress;
			UCHAR CapabilitiesPtr;
			UCHAR Reserved1[3];
			ULONG Reserved2;
			UCHAR InterruptLine;
			UCHAR InterruptPin;
			UCHAR MinimumGrant;
			UCHAR MaximumLatency;
		} type0;
		struct _PCI_HEADER_TYPE_1 {
			ULONG BaseAddresses[PCI_TYPE1_ADDRESSES];
			UCHAR PrimaryBus;
			UCHAR SecondaryBus;
			UCHAR SubordinateBus;
			UCHAR SecondaryLatency;
			UCHAR IOBase;
			UCHAR IOLimit;
			USHORT SecondaryStatus;
			USHORT MemoryBase;
			USHORT MemoryLimit;
			USHORT PrefetchBase;
			USHORT PrefetchLimit;
			ULONG PrefetchBaseUpper32;
			ULONG PrefetchLimitUpper32;
			USHORT IOBaseUpper16;
			USHORT IOLimitUpper16;
			UCHAR CapabilitiesPtr;
			UCHAR Reserved1[3];
			ULONG ROMBaseAddress;
			UCHAR InterruptLine;
			UCHAR InterruptPin;
			USHORT BridgeControl;
		} type1;
		struct _PCI_HEADER_TYPE_2 {
			ULONG SocketRegistersBaseAddress;
			UCHAR CapabilitiesPtr;
			UCHAR Reserved;
			USHORT SecondaryStatus;
			UCHAR PrimaryBus;
			UCHAR SecondaryBus;
			UCHAR SubordinateBus;
			UCHAR SecondaryLatency;
			struct {
				ULONG Base;
				ULONG Limit;
			} Range[PCI_TYPE2_ADDRESSES - 1];
			UCHAR InterruptLine;
			UCHAR InterruptPin;
			USHORT BridgeControl;
		} type2;
	} u;
	UCHAR DeviceSpecific[192];
} PCI_COMMON_CONFIG, *PPCI_COMMON_CONFIG;

#ifndef PCI_COMMON_HDR_LENGTH
#define PCI_COMMON_HDR_LENGTH (FIELD_OFFSET(PCI_COMMON_CONFIG, DeviceSpecific))
#endif
#ifndef PCI_INVALID_VENDORID
#define PCI_INVALID_VENDORID 0xFFFF
#endif

DRISO_EXTERN_C_END
#endif
