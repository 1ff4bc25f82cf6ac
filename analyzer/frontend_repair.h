/*
 * frontend_repair: parse what only MSVC accepts the way MSVC reads it.
 *
 * Some constructs of real driver trees are errors to clang with any flag
 * and cost the function bodies around them, though MSVC compiles them:
 *   - lvalue casts:            (PUCHAR)p += 2;  SetFlag(((ULONG_PTR)p), f)
 *   - address of a cast:       InterlockedIncrement(&(LONG)x)
 *   - a field whose type is a forward-declared enum (MSVC: int)
 *   - a member of an anonymous struct redeclaring one of the enclosing
 *     union (MSVC: the first declaration wins)
 *   - `#define TEXT_PREF L` pasted onto a string: TEXT_PREF"x" (MSVC's
 *     preprocessor works on text)
 *   - old-style SAL `__in` / `__out` in user-mode C++ (the SDK defines them
 *     empty; here they cannot be macros, libstdc++ uses the names)
 * After a parse, repair_plan() reads the error diagnostics for these, in
 * the tree's own files only (never system headers), and plans a textual
 * repair with MSVC's meaning, where the construct is spelled (a cast may be
 * in a macro argument or body; the other two only outside macros):
 *   (T) taken as an lvalue or its address -> *(T*)&  (the operand's storage
 *                                            read as a T, as MSVC does)
 *   enum X field       -> int field (padded to the same columns)
 *   redeclared member  -> its first letter becomes '$' (same columns)
 *   TEXT_PREF"x"       -> L"x" in every file of the TU (same columns)
 *   __in / __out       -> blanks, every one in the file (same columns)
 * repair_write() writes the repaired copies and a VFS overlay that maps
 * each original path to its copy (external names hidden, so every location
 * keeps the original path); the front end reparses with that overlay placed
 * under the tree overlay. Lines never move; a cast rewrite shifts the rest
 * of its line by three columns.
 *
 * Ownership: a repair_set owns its temporary directory; repair_free()
 * removes it (after the TU that read it is disposed).
 */
#ifndef DRISO_FRONTEND_REPAIR_H
#define DRISO_FRONTEND_REPAIR_H

#include <clang-c/Index.h>
#include <stdbool.h>
#include <stddef.h>

struct repair_set;

/* Repairs for tu's errors, or NULL when there is none. */
struct repair_set *repair_plan(CXTranslationUnit tu);
/* Write the copies and the overlay; its path (owned by rs), NULL on failure. */
const char *repair_write(struct repair_set *rs);
size_t repair_count(const struct repair_set *rs);
/* Repair i: what it did ("lvalue cast"), where (file as clang named it, line). */
const char *repair_what(const struct repair_set *rs, size_t i, const char **file, unsigned *line);
void repair_free(struct repair_set *rs);

#endif
