/*
 * inf_needs: the INF half of a source fix. A source change that makes the
 * code find a package file somewhere new works only when the INF puts the
 * file there, so driso plans both halves together (docs/source-fixes.md):
 *
 *  - INF_NEED_NEXT_TO_DRIVER: the driver now loads `file` from its image
 *    directory (IoGetDriverDirectory(DriverDirectoryImage)). The file must be
 *    copied by the CopyFiles list that copies the driver binary, so it lands
 *    wherever the binary lands (DIRID 13 once the INF rules move it), with a
 *    [SourceDisksFiles] entry like the binary's.
 *  - INF_NEED_PUBLISH_PATH: a component outside the package must find
 *    `file`: the device install writes HKR,,<value>,<type>,%13%\<file> on the
 *    device's software key (REG_EXPAND_SZ, flag 0x00020000, for user-mode
 *    readers that call ExpandEnvironmentStrings; REG_SZ for kernel readers,
 *    which prefix \??\), as Microsoft's isolation guidance describes. The
 *    value is named by inf_need_value_name().
 *
 * Contract: inf_need_edits() only describes edits (appended to fx, positions
 * filled) and explains itself in `note` (one sentence, no trailing blank).
 * It returns 1 when it added edits, 0 when the INF already does what is
 * needed, -1 when it cannot (no install section, file not installed, ...).
 * Edits are line insertions next to the lines they mirror, so they do not
 * touch text the INF rules rewrite; the caller still checks for overlaps.
 */
#ifndef DRISO_INF_NEEDS_H
#define DRISO_INF_NEEDS_H

#include "core/finding.h"
#include "core/strbuf.h"
#include "inf-migrate/inf.h"

#include <stdbool.h>

enum inf_need_kind { INF_NEED_NEXT_TO_DRIVER, INF_NEED_PUBLISH_PATH };

/* Every file one INF needs for one kind, planned together: the new lines
 * for several files at one place form one insertion, so the fixes of all
 * findings that need them carry identical edits (merged when applied). */
struct inf_need {
	enum inf_need_kind kind;
	const char *const *files; /* base names, e.g. "acme_fw.bin" */
	size_t n_files;
	const char *binary;   /* NEXT_TO_DRIVER: the driver binary ("acme.sys"); NULL = any ServiceBinary */
	bool expand;          /* PUBLISH_PATH: REG_EXPAND_SZ (user-mode reader) */
};

/* relpath names the INF in the note (scan-root relative). */
int inf_need_edits(const struct inf_file *inf, const char *relpath, const struct inf_need *need,
		   struct file_fix *fx, struct strbuf *note);

/* Does the INF copy `file` in any reached CopyFiles? */
bool inf_need_installs(const struct inf_file *inf, const char *file);

/* The HKR value name driso publishes a file's path under: the file's stem
 * (letters, digits, '_') + "Path", e.g. "acme_fw.bin" -> "acme_fwPath". */
char *inf_need_value_name(const char *file);

#endif
