/*
 * finding: one isolation violation, the unit that flows from rules (INF and
 * source) through rewriters to reports. This header is the contract between
 * those modules: rules fill findings, reports only read them.
 *
 * Ownership: a finding owns every string and array it points to;
 * finding_list_free() releases them. Strings are UTF-8.
 *
 * Locations: `file` is relative to the scan root with forward slashes;
 * line/col are 1-based in the decoded text (col counts code points);
 * end_line/end_col point one past the last character of the flagged span.
 *
 * Fixes: a finding may carry edits. Each edit names a file (scan-root
 * relative), a byte range [start, end) of that file's *decoded UTF-8 text*
 * (see core/text.h), and its replacement. Each file carries the SHA-256 of
 * its raw on-disk bytes at scan time (pre-image): apply refuses a file whose
 * bytes changed since. An INF rewrite and its paired source change are edits
 * of one finding when they must land together.
 */
#ifndef DRISO_FINDING_H
#define DRISO_FINDING_H

#include <stdbool.h>
#include <stddef.h>

enum severity { SEV_NOTE = 0, SEV_WARNING = 1, SEV_ERROR = 2 };
const char *severity_name(enum severity s);
/* -1 when unknown */
int severity_parse(const char *s);

struct evidence_step {
	char *file;
	int line, col;
	char *message;   /* e.g. "macro PARAMS_PATH expands to L\"\\Registry\\Machine\\...\"" */
};

struct text_edit {
	size_t start, end;          /* byte offsets into the decoded text */
	int line, col, end_line, end_col; /* same range as 1-based line/col, for reports */
	char *replacement;
};

struct file_fix {
	char *file;                 /* scan-root relative, forward slashes */
	char sha256[65];            /* hex of raw bytes at scan time */
	struct text_edit *edits;
	size_t n_edits, alloc_edits;
};

struct finding {
	char *rule;                 /* e.g. "inf-destination-dirid", "registry-absolute" */
	enum severity severity;
	char *file;
	int line, col, end_line, end_col;
	char *message;
	int infverif;               /* InfVerif code, 0 when none applies */
	struct evidence_step *evidence;
	size_t n_evidence, alloc_evidence;
	char *environment;          /* "INF", "WDM", "KMDF", "UMDF", "user-service", "user-app" */
	char *target;               /* classification, e.g. "own-service-parameters-read" */
	char *proposal;             /* pasteable replacement / advice */
	char *configuration;        /* build configurations where seen, NULL = all */
	char *package;              /* package name when known */
	char *package_file;         /* base name of a package file the flagged code
				     * loads (driver-path): the package pairing
				     * turns it into the fix's INF half; NULL when none */
	char *fingerprint;          /* stable id; filled by finding_fingerprint() */
	struct file_fix *fixes;
	size_t n_fixes, alloc_fixes;
	bool suppressed;            /* matched a driso:ignore or config suppression */
	char *suppression_reason;
};

struct finding_list {
	struct finding **items;
	size_t n, alloc;
};

/* New finding appended to the list, all strings copied; returns it for filling. */
struct finding *finding_add(struct finding_list *l, const char *rule, enum severity sev,
			    const char *file, int line, int col, const char *message);
void finding_set(char **field, const char *value);    /* free old, copy new (NULL ok) */
void finding_add_evidence(struct finding *f, const char *file, int line, int col,
			  const char *fmt, ...) __attribute__((format(printf, 5, 6)));
/* Get or create the fix for a file (sha256 may be NULL when not yet known). */
struct file_fix *finding_fix_for(struct finding *f, const char *file, const char *sha256);
void file_fix_add_edit(struct file_fix *fx, size_t start, size_t end, const char *replacement);
/* Free a fix's file name, edits and replacements (not fx itself). */
void file_fix_release(struct file_fix *fx);

/* Stable id from rule, file, the flagged text and its enclosing context,
 * independent of line numbers so it survives unrelated edits. `anchor` is the
 * text that identifies the finding (e.g. the flagged line's content). */
void finding_fingerprint(struct finding *f, const char *anchor);

/* Deterministic order: file, line, col, rule, message. */
void finding_list_sort(struct finding_list *l);
/* Remove exact duplicates (same fingerprint, or same rule+file+line+col+message). */
void finding_list_dedup(struct finding_list *l);
void finding_free(struct finding *f);
void finding_list_free(struct finding_list *l);
/* Move all findings of src to the end of dst; src is left empty. */
void finding_list_take(struct finding_list *dst, struct finding_list *src);

#endif
