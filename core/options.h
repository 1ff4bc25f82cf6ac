/*
 * options: the settings one scan runs with, shared by the INF rules, the
 * source rules and the rewriters. Filled by the CLI from flags and the
 * `.driso.json` config at the scan root; rules only read it.
 */
#ifndef DRISO_OPTIONS_H
#define DRISO_OPTIONS_H

#include <stdbool.h>

#define DRISO_DEFAULT_WBUILD 17763   /* InfVerif /w default enforcement build */

struct scan_options {
	const char *root;          /* scan root (findings' paths are relative to it) */
	int wbuild;                /* --wbuild: builds below are down-level, not enforced */
	int target_build;          /* --target-os as a build number; 0 = from project/INF */
	const char *company;       /* --company, config, or INF Provider; NULL = unknown */
	bool verbose;              /* also report what was deliberately skipped, as notes */
	bool keep_downlevel;       /* fix: keep an undecorated down-level Models copy */
};

/* "10.0.17134", "17134", "1803", "win10-1803", "win11" -> build number; 0 on error. */
int parse_os_build(const char *s);

#endif
