/*
 * driso shim: scsi.h wraps mingw-w64's (SCSI-2/3 era) and adds the SPC-4 /
 * SBC-3 definitions current storage drivers use (driso_scsi_extras.h).
 *
 * mingw's scsi.h includes "srb.h" with quotes, which finds mingw's own
 * srb.h next to it and bypasses the srb.h shim (and with it the extended
 * SRB of driso_srbex.h); the shim's srb.h is therefore included first.
 * User-mode tools define _NTSCSI_USER_MODE_ (no SRB at all) and find
 * scsi.h under ddk/, which is not on a user-mode include path.
 *
 * mingw's INQUIRYDATA ends in Reserved3[40]; it is renamed away during the
 * #include_next and redefined with the members Learn documents for the
 * current layout (Reserved3[2], VersionDescriptors[8], Reserved4[30]).
 */
#ifndef _NTSCSI_USER_MODE_
#include <srb.h>
#endif
#define _INQUIRYDATA driso_mingw_INQUIRYDATA
#define INQUIRYDATA driso_mingw_INQUIRYDATA_T
#define PINQUIRYDATA driso_mingw_PINQUIRYDATA
#if __has_include_next(<scsi.h>)
#include_next <scsi.h>
#else
#include <ddk/scsi.h>
#endif
#undef _INQUIRYDATA
#undef INQUIRYDATA
#undef PINQUIRYDATA

#ifndef DRISO_HAVE_INQUIRYDATA
#define DRISO_HAVE_INQUIRYDATA
typedef struct _INQUIRYDATA {
	UCHAR DeviceType : 5;
	UCHAR DeviceTypeQualifier : 3;
	UCHAR DeviceTypeModifier : 7;
	UCHAR RemovableMedia : 1;
	union {
		UCHAR Versions;
		struct {
			UCHAR ANSIVersion : 3;
			UCHAR ECMAVersion : 3;
			UCHAR ISOVersion : 2;
		};
	};
	UCHAR ResponseDataFormat : 4;
	UCHAR HiSupport : 1;
	UCHAR NormACA : 1;
	UCHAR TerminateTask : 1;
	UCHAR AERC : 1;
	UCHAR AdditionalLength;
	UCHAR Reserved;
	UCHAR Addr16 : 1;
	UCHAR Addr32 : 1;
	UCHAR AckReqQ : 1;
	UCHAR MediumChanger : 1;
	UCHAR MultiPort : 1;
	UCHAR ReservedBit2 : 1;
	UCHAR EnclosureServices : 1;
	UCHAR ReservedBit3 : 1;
	UCHAR SoftReset : 1;
	UCHAR CommandQueue : 1;
	UCHAR TransferDisable : 1;
	UCHAR LinkedCommands : 1;
	UCHAR Synchronous : 1;
	UCHAR Wide16Bit : 1;
	UCHAR Wide32Bit : 1;
	UCHAR RelativeAddressing : 1;
	UCHAR VendorId[8];
	UCHAR ProductId[16];
	UCHAR ProductRevisionLevel[4];
	UCHAR VendorSpecific[20];
	UCHAR Reserved3[2];
	UCHAR VersionDescriptors[8];
	UCHAR Reserved4[30];
} INQUIRYDATA, *PINQUIRYDATA;
#endif
#include "driso_scsi_extras.h"
