/*
 * rule_info: the metadata of every rule, for `driso explain`, SARIF rule
 * descriptors and severity configuration. Each rule family owns a table in
 * its own file (inf-migrate/rules/, analyzer/rules/) and registers it
 * in core/rule_info.c; reports/ and cli/ read rules only through here.
 */
#ifndef DRISO_RULE_INFO_H
#define DRISO_RULE_INFO_H

#include "core/finding.h"

#include <stddef.h>

struct rule_info {
	const char *id;            /* "inf-destination-dirid", "registry-absolute", ... */
	const char *family;        /* "inf" or "source" */
	enum severity severity;    /* default severity */
	int infverif;              /* InfVerif code, 0 = none */
	const char *summary;       /* one line */
	const char *explain;       /* what it catches and why isolation forbids it */
	const char *before_after;  /* before/after per environment (may be NULL) */
	const char *min_os;        /* minimum OS of the replacement, e.g. "Windows 10 1803 (17134)" */
	const char *doc_url;       /* Microsoft documentation */
};

struct rule_table {
	const struct rule_info *rules;
	size_t n;
};

const struct rule_info *rule_lookup(const char *id);
/* Every registered rule, sorted by id; *n set. */
const struct rule_info *const *rule_all(size_t *n);
/* Tests only: make `t` the only table (NULL restores the linked families),
 * so report/explain tests do not depend on which rules are linked. */
void rule_info_set_table_for_tests(const struct rule_table *t);

#endif
