/*
 * driso shim: wdf.h, the KMDF / UMDF 2 umbrella header.
 * WDF declarations transcribed from microsoft/Windows-Driver-Frameworks
 * (MIT license, Copyright (c) Microsoft Corporation): see
 * THIRD-PARTY-NOTICES.txt in this directory.
 *
 * Declarations only, for parsing with libclang on Linux (see
 * driso_shims.h and docs/shims.md). Kernel TUs (KMDF) get ntddk.h
 * underneath; UMDF 2 TUs (UMDF_VERSION_MAJOR defined) get windows.h,
 * winioctl.h, ntstatus.h and the shim wudfwdm.h, which supplies the
 * kernel-flavoured types WDF signatures use.
 *
 * Not included by wdf.h, as in the WDK: wdfusb.h, wdfminiport.h,
 * wdfinstaller.h, wdfcompaniontarget.h.
 */
#ifndef DRISO_SHIM_WDF_H
#define DRISO_SHIM_WDF_H

#include "driso_shims.h"

#if defined(UMDF_VERSION_MAJOR)
#include <windows.h>
#include <winioctl.h>
#include <ntstatus.h>
#include "wudfwdm.h"
#else
#include <ntddk.h>
#include <wdmsec.h>
#endif
#include <devpropdef.h>

#include "wdftypes.h"
#include "wdfglobals.h"
#include "wdfstatus.h"
#include "wdfassert.h"
#include "wdfverifier.h"
#include "wdfpool.h"
#include "wdfobject.h"
#include "wdfsync.h"
#include "wdfcore.h"
#include "wdfdriver.h"
#include "wdfqueryinterface.h"
#include "wdfmemory.h"
#include "wdfchildlist.h"
#include "wdffileobject.h"
#include "wdfdevice.h"
#include "wdfcollection.h"
#include "wdfdpc.h"
#include "wdftimer.h"
#include "wdfworkitem.h"
#include "wdfinterrupt.h"
#include "wdfresource.h"
#include "wdfrequest.h"
#include "wdfiotarget.h"
#include "wdfio.h"
#include "wdffdo.h"
#include "wdfpdo.h"
#include "wdfcontrol.h"
#include "wdfwmi.h"
#include "wdfstring.h"
#include "wdfregistry.h"
#include "wdfdmaenabler.h"
#include "wdfdmatransaction.h"
#include "wdfcommonbuffer.h"
#include "wdfbugcodes.h"
#include "wdfroletypes.h"
#include "wdfhwaccess.h"

#endif
