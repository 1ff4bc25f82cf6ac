/*
 * compile_env from compile_commands.json (written in the next step).
 */
#include "analyzer/compile_env_internal.h"

void env_from_compdb(struct env_ctx *ctx, const char *path)
{
	(void)ctx;
	(void)path;
}
