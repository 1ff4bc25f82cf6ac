/*
 * compile_env from legacy WDK `sources` files (written in the next step).
 */
#include "analyzer/compile_env_internal.h"

void env_from_sources(struct env_ctx *ctx, const char *path)
{
	(void)ctx;
	(void)path;
}
