/*
 * inf_rules_ctx: what every INF rule family shares while one INF is
 * checked: the graph, the package-file model, reporting with evidence and
 * per-line dedup, and the edit bookkeeping that keeps the fixes of different
 * findings from overlapping.
 *
 * Contract:
 *  - inf_report*() returns NULL when the finding is a duplicate (same rule,
 *    same anchor) or comes from a down-level-only reach without --verbose;
 *    with --verbose a down-level reach gives a note and no fix.
 *  - inf_fix() hands out the finding's file_fix (NULL for notes); after the
 *    edits are added inf_fix_commit() keeps them only if they overlap no
 *    edit of an earlier finding (else they are dropped and the proposal says
 *    so), so `driso fix` can apply all fixes of one file together.
 *  - Families are plain functions over the context; the rule metadata lives
 *    in inf_rule_table (table.c) and is looked up by id.
 */
#ifndef DRISO_INF_RULES_CTX_H
#define DRISO_INF_RULES_CTX_H

#include "core/finding.h"
#include "core/options.h"
#include "inf-migrate/inf.h"
#include "inf-migrate/inf_graph.h"

#include <stdbool.h>
#include <stddef.h>

/* One file copied by a reached CopyFiles list. */
struct inf_pkgfile {
	char *name;                          /* destination name (resolved) */
	char *source;                        /* source name (differs on rename) */
	const struct inf_entry *copy_entry;  /* line in the file list (NULL for CopyFiles=@file) */
	const struct inf_entry *directive;   /* the CopyFiles= line */
	const struct inf_section *list;      /* NULL for @file */
	const struct inf_entry *dest_entry;  /* DestinationDirs line used, NULL = none */
	int dirid;                           /* -2 when unknown */
	char *subdir;                        /* DestinationDirs subdir ("" none) */
	char *src_subdir;                    /* SourceDisksFiles subdir ("" none, NULL no entry) */
	int reach;                           /* reach index of the list/directive */
	bool enforced;
};

/* A %12%\x.sys-style reference to a package file inside some field. */
struct inf_fileref {
	const struct inf_entry *entry;
	int reach;
	size_t start, end;                   /* raw span to replace (prefix + old subdir) */
	char *file;                          /* resolved basename */
	char *written;                       /* the reference as written */
	const struct inf_pkgfile *pf;
};

struct inf_seen {
	const char *rule;
	const void *anchor;
	int extra;
};

struct inf_ctx {
	const struct inf_file *inf;
	const char *relpath;
	const struct scan_options *opts;
	struct finding_list *out;
	struct inf_graph *g;
	char sha256[65];
	bool have_sha;
	int wbuild;

	struct inf_pkgfile *files;
	size_t n_files, alloc_files;
	struct inf_fileref *refs;
	size_t n_refs, alloc_refs;

	const struct inf_section **sdf;      /* [SourceDisksFiles(.arch)] sections */
	size_t n_sdf;

	struct inf_seen *seen;
	size_t n_seen, alloc_seen;
	struct text_edit *committed;         /* copies of edits already handed out (spans only) */
	size_t n_committed, alloc_committed;
};

/* Graph, pre-image hash and package-file model of one INF (inf_rules.c);
 * release with inf_ctx_release(). opts may be NULL (defaults). */
void inf_ctx_init(struct inf_ctx *c, const struct inf_file *inf, const char *relpath,
		  const struct scan_options *opts, struct finding_list *out);
void inf_ctx_release(struct inf_ctx *c);

/* Finding for entry e (NULL-safe anchor extra distinguishes several per line). */
struct finding *inf_report(struct inf_ctx *c, const char *rule, int reach, const struct inf_entry *e,
			   int extra, const char *fmt, ...) __attribute__((format(printf, 6, 7)));
/* Finding at a section header line. */
struct finding *inf_report_section(struct inf_ctx *c, const char *rule, int reach,
				   const struct inf_section *s, const char *fmt, ...)
	__attribute__((format(printf, 5, 6)));
struct file_fix *inf_fix(struct inf_ctx *c, struct finding *f);
/* Keep f's edits if they overlap nothing committed; returns whether kept. */
bool inf_fix_commit(struct inf_ctx *c, struct finding *f);
/* Would [start,end) overlap an edit already committed? */
bool inf_span_taken(const struct inf_ctx *c, size_t start, size_t end);

/* Helpers over the model. */
bool inf_key_is(const struct inf_entry *e, const char *key);
const struct inf_entry *inf_section_key(const struct inf_section *s, const char *key);
/* Raw text [start,end) of the decoded file; malloc'd. */
char *inf_raw(const struct inf_ctx *c, size_t start, size_t end);
/* A directive line "Key<pad>=<sp>value" aligned like the other keyed lines of s. */
char *inf_format_directive(const struct inf_ctx *c, const struct inf_section *s, const char *key,
			   const char *value);
/* EOL to use when inserting after offset `near`. */
const char *inf_eol_near(const struct inf_ctx *c, size_t near);
unsigned long inf_parse_number(const char *s, bool *ok);
/* Is the basename a Windows inbox driver binary? Sets the Include/Needs advice. */
bool inf_inbox_binary(const char *basename, const char **advice);
const struct inf_pkgfile *inf_pkgfile_find(const struct inf_ctx *c, const char *name);

/* Families. */
void inf_files_model(struct inf_ctx *c);
void inf_rules_files(struct inf_ctx *c);
void inf_rules_registry(struct inf_ctx *c);
void inf_rules_legacy(struct inf_ctx *c);
void inf_rules_decoration(struct inf_ctx *c);

#endif
