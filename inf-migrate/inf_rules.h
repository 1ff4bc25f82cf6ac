/*
 * inf_rules: Driver Package Isolation rules over one INF/INX file.
 *
 * inf_rules_run() models the install graph ([Manufacturer] -> Models ->
 * DDInstall and its suffixed sections -> every referenced section, plus
 * DefaultInstall), runs every rule family on the reachable sections and
 * appends findings (with their fixes: edits on the INF text, pre-image hash
 * of the file) to `out`. Each finding's evidence names the path by which its
 * line is reached. `relpath` is the file's path relative to the scan root.
 */
#ifndef DRISO_INF_RULES_H
#define DRISO_INF_RULES_H

#include "core/finding.h"
#include "core/options.h"
#include "inf-migrate/inf.h"

void inf_rules_run(const struct inf_file *inf, const char *relpath,
		   const struct scan_options *opts, struct finding_list *out);

#endif
