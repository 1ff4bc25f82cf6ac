/*
 * inf_rules_run: one INF through every rule family. Family order decides
 * which finding owns a span when fixes would touch the same text.
 */
#include "inf-migrate/inf_rules.h"

#include "core/sha256.h"
#include "core/util.h"
#include "inf-migrate/inf_graph.h"
#include "inf-migrate/rules/inf_rules_ctx.h"

#include <stdlib.h>
#include <string.h>

/* Pre-image hash: of the file on disk when it can be read, else of the
 * bytes the model re-emits (identical by the inf.h contract). */
static void hash_file(struct inf_ctx *c)
{
	if (c->inf->path && sha256_file_hex(c->inf->path, c->sha256) == 0) {
		c->have_sha = true;
		return;
	}
	char *bytes = NULL;
	size_t len = 0;
	if (inf_emit(c->inf, &bytes, &len) == 0) {
		sha256_hex(bytes, len, c->sha256);
		c->have_sha = true;
	}
	free(bytes);
}

void inf_ctx_init(struct inf_ctx *c, const struct inf_file *inf, const char *relpath,
		  const struct scan_options *opts, struct finding_list *out)
{
	static struct scan_options defaults = { .wbuild = DRISO_DEFAULT_WBUILD };
	if (!opts)
		opts = &defaults;
	memset(c, 0, sizeof(*c));
	c->inf = inf;
	c->relpath = relpath ? relpath : inf->path;
	c->opts = opts;
	c->out = out;
	c->wbuild = opts->wbuild > 0 ? opts->wbuild : DRISO_DEFAULT_WBUILD;
	c->g = inf_graph_build(inf);
	hash_file(c);
	inf_files_model(c);
}

void inf_ctx_release(struct inf_ctx *c)
{
	for (size_t i = 0; i < c->n_files; i++) {
		free(c->files[i].name);
		free(c->files[i].source);
		free(c->files[i].subdir);
		free(c->files[i].src_subdir);
	}
	free(c->files);
	for (size_t i = 0; i < c->n_refs; i++) {
		free(c->refs[i].file);
		free(c->refs[i].written);
	}
	free(c->refs);
	free(c->sdf);
	free(c->seen);
	free(c->committed);
	inf_graph_free(c->g);
}

void inf_rules_run(const struct inf_file *inf, const char *relpath,
		   const struct scan_options *opts, struct finding_list *out)
{
	if (!inf)
		return;
	struct inf_ctx c;
	inf_ctx_init(&c, inf, relpath, opts, out);
	/* Order matters only for edit ownership: the broadest fixes first. */
	inf_rules_files(&c);
	inf_rules_registry(&c);
	inf_rules_legacy(&c);
	inf_rules_decoration(&c);
	inf_ctx_release(&c);
}
