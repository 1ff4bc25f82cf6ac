/*
 * scan_cache: a persistent cache of source-rule results per project, so a
 * warm rescan re-analyses only the projects whose inputs changed.
 *
 * Key (SHA-256) of one project group: driso's version, the shim headers'
 * content, the scan options, and for each TU its path, its flags (minus the
 * per-run VFS overlay path), its content and the content of every header
 * under its own directory and its -I/-iquote directories inside the scan
 * root (a superset of what it includes: a header edit can only cause a miss,
 * never a stale hit).
 * Value: the group's findings and parse errors, stored as a driso JSON
 * report in <root>/.driso-cache/v1/<key>.json, written atomically.
 * A corrupt, truncated or foreign entry fails to load and is recomputed and
 * overwritten: the cache is never trusted over the source.
 */
#ifndef DRISO_SCAN_CACHE_H
#define DRISO_SCAN_CACHE_H

#include "analyzer/compile_env.h"
#include "core/diag.h"
#include "core/finding.h"
#include "core/options.h"

#include <stdbool.h>
#include <stddef.h>

struct scan_cache;

/* NULL when disabled; dir NULL = <root>/.driso-cache. */
struct scan_cache *scan_cache_open(const char *root, const char *dir);
void scan_cache_close(struct scan_cache *c);

void scan_cache_key(struct scan_cache *c, const struct tu_config *const *cfgs, size_t n,
		    const struct scan_options *opts, char key[65]);
/* 0 on a hit: findings and errors appended to the lists. */
int scan_cache_get(struct scan_cache *c, const char *key, struct finding_list *findings,
		   struct diag_list *errors);
void scan_cache_put(struct scan_cache *c, const char *key, struct finding **findings, size_t n_findings,
		    const struct diag_list *errors);
void scan_cache_stats(const struct scan_cache *c, size_t *hits, size_t *misses);

#endif
