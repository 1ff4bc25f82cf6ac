/*
 * package: the paired package model. A driver package migrates as a whole:
 * the INF that installs it and the code that runs from it change together.
 *
 * Pairing, INF side: AddService names → their service-install section →
 * ServiceBinary; CopyFiles payload (.sys, .dll, .exe) → binaries. Source
 * side: each project (vcxproj / sources / compile_commands group) builds one
 * binary (TargetName, else the project's base name); a binary named by an
 * INF pairs the project, its TUs and their driver model with that INF.
 * A project no INF installs becomes a package of its own (user-mode tools,
 * libraries), and the reason it is unpaired is recorded.
 *
 * Ownership: package_list owns everything; strings are scan-root relative.
 */
#ifndef DRISO_PACKAGE_H
#define DRISO_PACKAGE_H

#include "analyzer/compile_env.h"
#include "core/diag.h"
#include "core/finding.h"

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

struct name_list {
	char **v;
	size_t n, alloc;
};

struct package {
	char *name;              /* INF base name, or the project's name when no INF */
	char *inf;               /* relative path of the INF, NULL when none */
	struct name_list services;
	struct name_list binaries;     /* file names the INF copies (or the project builds) */
	struct name_list projects;     /* relative paths of paired projects */
	struct name_list sources;      /* relative paths of paired TUs */
	enum driver_model model;
	int target_build;
	bool target_default;         /* no project names a target OS: driso's default */
	struct name_list notes;        /* what could not be paired, and why */
};

struct package_list {
	struct package *items;
	size_t n, alloc;
};

/* Build packages from the INFs under the paths and the TUs in `tus`. */
void packages_build(const char *root, char *const *infs, size_t n_infs,
		    const struct tu_config_list *tus, struct package_list *out,
		    struct diag_list *errors);
/* The package whose sources (or INF) contain relpath; NULL when none. */
const struct package *package_for_file(const struct package_list *l, const char *relpath);
void package_list_free(struct package_list *l);
char *package_list_json(const struct package_list *l);
void package_list_print(const struct package_list *l, FILE *out);

/* The INF half of source fixes (inf-migrate/inf_needs.h): a kernel fix that
 * now loads a package file from the driver's image directory gets the edits
 * that copy the file with the driver binary in its package's INF; a reader
 * outside the package that installs the file gets the HKR AddReg publishing
 * the file's driver-store path (its code change stays a proposal). Each such
 * finding gets an evidence step saying what was planned or why not; edits
 * that would clash with another finding's edit of the INF are left out. */
void packages_pair_inf_needs(const struct package_list *pk, const char *root, struct finding_list *findings);

void name_list_add(struct name_list *l, const char *s);
void name_list_free(struct name_list *l);

#endif
