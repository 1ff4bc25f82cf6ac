/*
 * driso shim: icftypes.h. mingw's icftypes.h plus NET_FW_RULE_CATEGORY
 * (Windows 7+), as on the Learn page "NET_FW_RULE_CATEGORY enumeration
 * (icftypes.h)"; values as in the SDK header in microsoft/win32metadata
 * (generation/WinSDK/RecompiledIdlHeaders/um/icftypes.h).
 */
#include_next <icftypes.h>
#ifndef DRISO_SHIM_ICFTYPES_H
#define DRISO_SHIM_ICFTYPES_H
#ifndef DRISO_HAVE_NET_FW_RULE_CATEGORY
#define DRISO_HAVE_NET_FW_RULE_CATEGORY
typedef enum NET_FW_RULE_CATEGORY_ {
	NET_FW_RULE_CATEGORY_BOOT = 0,
	NET_FW_RULE_CATEGORY_STEALTH = 1,
	NET_FW_RULE_CATEGORY_FIREWALL = 2,
	NET_FW_RULE_CATEGORY_CONSEC = 3,
	NET_FW_RULE_CATEGORY_MAX = 4
} NET_FW_RULE_CATEGORY;
#endif
#endif
