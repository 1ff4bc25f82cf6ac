/*
 * config: the optional `.driso.json` at the scan root.
 *
 *   {
 *     "company": "Contoso",              // \DriverData\<company>, %ProgramData%\<company>
 *     "target_os": "10.0.17134",         // same forms as --target-os
 *     "wbuild": "10.0.17763",
 *     "exclude": ["third_party", "*_test.c"],    // fnmatch on scan-root relative paths
 *     "rules": { "device-name": "warning", "interface-discovery": "off" },
 *     "include_dirs": ["inc"], "defines": ["MY_FEATURE=1"],
 *     "suppress": [ { "rule": "registry-absolute", "file": "legacy", "reason": "..." } ]
 *   }
 *
 * A missing file is not an error. A malformed one is: a diag naming the file
 * and the field, and the scan stops with exit 2 (a silently ignored config
 * would change what a team believes is checked). Command-line flags win
 * over the config.
 */
#ifndef DRISO_CONFIG_H
#define DRISO_CONFIG_H

#include "core/diag.h"

#include <stdbool.h>
#include <stddef.h>

#define DRISO_CONFIG_FILE ".driso.json"
#define RULE_OFF (-2)

struct config_rule_setting {
	char *rule;
	int severity;       /* enum severity, or RULE_OFF */
};

struct config_suppression {
	char *rule;         /* rule id or "*" */
	char *file;         /* fnmatch pattern on the relative path, NULL = any */
	char *reason;
};

struct driso_config {
	char *path;         /* file it was loaded from, NULL when absent */
	char *company;
	int target_build;
	int wbuild;
	char **exclude;
	size_t n_exclude;
	struct config_rule_setting *rules;
	size_t n_rules;
	char **include_dirs;
	size_t n_include_dirs;
	char **defines;
	size_t n_defines;
	struct config_suppression *suppress;
	size_t n_suppress;
};

/* Load <root>/.driso.json (root may be a file: its directory is used).
 * Returns 0 (also when absent) or -1 with diags. */
int config_load(const char *root, struct driso_config *cfg, struct diag_list *errors);
/* Parse config text; `path` names it in diags. */
int config_parse(const char *path, const char *json, struct driso_config *cfg, struct diag_list *errors);
void config_free(struct driso_config *cfg);
bool config_excluded(const struct driso_config *cfg, const char *relpath);
/* Configured severity for a rule, or `deflt`; RULE_OFF when turned off. */
int config_rule_severity(const struct driso_config *cfg, const char *rule, int deflt);

#endif
