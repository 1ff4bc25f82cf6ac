/*
 * proposals: the isolated replacement for a finding, as pasteable code for
 * the TU's environment (WDM, KMDF, UMDF 2, user service, user app) and
 * target OS, plus the paired INF change when there is one.
 *
 * Contract: proposal_text() returns a malloc'd, self-contained snippet
 * (declarations included) that compiles in that environment once the
 * caller's names are filled in; when the target OS is older than the
 * replacement API's floor it returns the run-time-resolved form with a
 * fallback instead of the direct call. `company` NULL gives a placeholder.
 */
#ifndef DRISO_PROPOSALS_H
#define DRISO_PROPOSALS_H

#include "analyzer/compile_env.h"

enum env { ENV_WDM = 0, ENV_KMDF, ENV_UMDF, ENV_SERVICE, ENV_APP, ENV__COUNT };

enum proposal_kind {
	P_NONE = 0,
	P_PARAMS_READ,        /* configuration: the immutable Parameters key, read-only */
	P_STATE_WRITE,        /* runtime state: the persistent-state key */
	P_DEVICE_KEY,         /* per-device state: hardware/software key */
	P_INTERFACE_KEY,      /* device interface key */
	P_OTHER_DRIVER_KEY,   /* another driver's state: interface or shared state */
	P_OS_KEY,             /* OS-owned key: documented API instead */
	P_DEVICEMAP,          /* DEVICEMAP writes */
	P_USER_KEY,           /* HKCU from a service */
	P_DRIVER_IMAGE,       /* own package files: driver store directory */
	P_FILE_STATE,         /* state / log files */
	P_SERVICE_INSTALL,    /* CreateService with a System32\drivers image */
	P_DEVICE_INTERFACE,   /* open another driver through a device interface */
	P_IFACE_NOTIFY,       /* IoGetDeviceInterfaces snapshot → notification */
	P_FILTER_PRESENT,     /* CM_Get_Device_ID_List / interface list flags */
};

const char *env_name(enum env e);   /* "WDM", "KMDF", "UMDF", "user-service", "user-app" */
enum env env_from_model(enum driver_model m);

/* target_build 0 = unknown (the direct API with its floor named). */
char *proposal_text(enum proposal_kind k, enum env e, int target_build, const char *company);
/* Minimum OS of the replacement ("Windows 10 1803 (17134)") or NULL. */
const char *proposal_min_os(enum proposal_kind k, enum env e);

#endif
