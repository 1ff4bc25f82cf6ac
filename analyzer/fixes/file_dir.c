/* file_dir: see fixes.c (work in progress: no rewrite yet). */
#include "analyzer/fixes/fix_internal.h"

bool fx_kind_file_dir(struct fx_ctx *c, struct finding *f, struct fx_plan *p)
{
	(void)c;
	(void)f;
	(void)p;
	return false;
}
