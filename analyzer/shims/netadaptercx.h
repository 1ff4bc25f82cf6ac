/*
 * driso shim: netadaptercx.h, the Network Adapter WDF Class Extension
 * (NetAdapterCx 2.x) umbrella header.
 *
 * NetAdapterCx is a KMDF (and UMDF 2) class extension: its objects
 * (NETADAPTER, NETPACKETQUEUE, NETCONFIGURATION, ...) are WDF objects with
 * WDF-style handles and WDF_OBJECT_ATTRIBUTES. The WDK routes every
 * Net* entry point through a function table (NetFunctions[]) behind
 * inline wrappers, and the datapath accessors (NetRingGetPacketAtIndex,
 * NetExtensionGetFragmentVirtualAddress, ...) are inline functions; here
 * all of them are plain prototypes, so driso's value tracking sees each
 * call with its arguments. The *_INIT helpers are driso's own trivial
 * initializers.
 *
 * Self-contained: includes wdf.h and (kernel) ndis.h itself, so class
 * extensions built on NetAdapterCx (WiFiCx's wificx.h, MBBCx's mbbcx.h)
 * can include it first.
 *
 * Provenance. Written from the Learn DDI reference for the NetAdapterCx
 * headers (netadapter.h, netadapteroffload.h, netadapterpacket.h,
 * netconfiguration.h, netdevice.h, netpacketqueue.h, netpoweroffload(list).h,
 * netreceivescaling.h, netrxqueue.h, nettxqueue.h, netwakesource(list).h,
 * netadaptercxtypes.h and the shared net/ ring.h, ringcollection.h,
 * packet.h, fragment.h, extension.h, checksum(types).h, gso(types).h,
 * rsc(types).h, ieee8021q(types).h, logicaladdress(types).h, mdl(types).h,
 * returncontext(types).h, virtualaddress(types).h, wifi/exemptionaction
 * (types).h). Facts the reference pages do not spell out - member types
 * and order of a few structures, enumerator values, the extension name
 * strings (L"ms_packet_checksum", ...) and version numbers, and the
 * headers Learn does not cover (netexecutioncontext.h, netadaptertxdemux.h,
 * net/packethash(types).h) - were taken from Microsoft's WDK metadata
 * project, microsoft/wdkmetadata (MIT license; the NetAdapterCx 2.3 and
 * shared net 1.0 headers it carries for metadata generation keep their WDK
 * license, so only interface facts were used: names, types, member order,
 * values; no text, comments or annotations were copied). The
 * *_VERSION_1_SIZE macros are sizeof() of the extension structure, as
 * NetAdapterCx's own MIT-licensed sources (microsoft/Network-Adapter-
 * Class-Extension) use them.
 *
 * Not covered: NET_PACKET_EXTENSION_RSC_VERSION_2 and
 * NetOffloadIsUdpRscEnabled (NetAdapterCx 2.5 UDP RSC, used by the
 * Windows-driver-samples NetAdapterCx library) are in neither source; the
 * first has a distinct driso value, the second follows its family's
 * signature (see net/rsctypes.h and netadapteroffload.h). The preview
 * request/request-queue DDIs and NetAdapterCx 2.4+ additions without a
 * reference page (NET_DEVICE_RESET_CONFIG, ...) are not declared. The
 * NET_RING_*_ITERATOR helpers some drivers use are not part of the WDK
 * headers (drivers carry their own netringiterator.h).
 */
#ifndef DRISO_SHIM_NETADAPTERCX_H
#define DRISO_SHIM_NETADAPTERCX_H
#include "driso_shims.h"
#include "wdf.h"

#include "net/extension.h"
#include "net/fragment.h"
#include "net/packet.h"
#include "net/ring.h"
#include "net/ringcollection.h"

#include "netadaptercxtypes.h"
#include "netadapterpacket.h"
#include "nettxqueue.h"
#include "netrxqueue.h"
#include "netdevice.h"
#include "netadapter.h"
#include "netpoweroffload.h"
#include "netpoweroffloadlist.h"
#include "netwakesource.h"
#include "netwakesourcelist.h"
#include "netadapteroffload.h"
#include "netadaptertxdemux.h"
#include "netexecutioncontext.h"
#include "netconfiguration.h"

#endif
