/*
 * INF rewrite: parse, then (a) apply every fix the rules generate and (b) a
 * random edit set chosen by the input's last bytes. Invariants: the edited
 * text re-encodes and decodes back to itself, the result parses again, and
 * bytes outside the edited spans are untouched.
 */
#include "core/edits.h"
#include "core/options.h"
#include "core/text.h"
#include "inf-migrate/inf.h"
#include "inf-migrate/inf_edit.h"
#include "inf-migrate/inf_needs.h"
#include "inf-migrate/inf_rules.h"

#include <stdlib.h>
#include <string.h>

static void reparse(const struct inf_file *inf, const struct file_fix *fx)
{
	char *bytes, err[256];
	size_t len;
	if (inf_edit_apply(inf, fx, &bytes, &len, err, sizeof(err)))
		return;   /* overlapping or unencodable: refused cleanly */
	struct text_error terr;
	struct text_file *t = text_decode("fuzz2.inf", bytes, len, &terr);
	if (t) {
		struct diag_list errors = { 0 };
		struct inf_file *again = inf_parse(t, &errors);
		inf_free(again);
		diag_list_free(&errors);
	}
	free(bytes);
}

/* Apply a need's edits; planning the same need on the result adds nothing. */
static void settled(const struct inf_file *inf, const struct file_fix *fx, const struct inf_need *need)
{
	char *bytes, err[256];
	size_t len;
	if (inf_edit_apply(inf, fx, &bytes, &len, err, sizeof(err)))
		return;
	struct text_error terr;
	struct text_file *t = text_decode("fuzz3.inf", bytes, len, &terr);
	free(bytes);
	if (!t)
		abort();   /* our own edits made the file undecodable */
	struct diag_list errors = { 0 };
	struct inf_file *again = inf_parse(t, &errors);
	if (again) {
		struct file_fix fx2 = { 0 };
		struct strbuf note = STRBUF_INIT;
		if (inf_need_edits(again, "fuzz.inf", need, &fx2, &note) > 0)
			abort();   /* not idempotent */
		file_fix_release(&fx2);
		strbuf_release(&note);
		inf_free(again);
	}
	diag_list_free(&errors);
}

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
	if (size < 4)
		return 0;
	unsigned seed = (unsigned)data[size - 1] | (unsigned)data[size - 2] << 8;
	size -= 2;
	struct text_error err;
	struct text_file *t = text_decode("fuzz.inf", (const char *)data, size, &err);
	if (!t)
		return 0;
	struct diag_list errors = { 0 };
	struct inf_file *inf = inf_parse(t, &errors);
	if (!inf) {
		diag_list_free(&errors);
		return 0;
	}
	struct scan_options o = { .root = ".", .wbuild = DRISO_DEFAULT_WBUILD, .keep_downlevel = seed & 1 };
	struct finding_list l = { 0 };
	inf_rules_run(inf, "fuzz.inf", &o, &l);
	for (size_t i = 0; i < l.n; i++)
		for (size_t k = 0; k < l.items[i]->n_fixes; k++)
			reparse(inf, &l.items[i]->fixes[k]);
	finding_list_free(&l);

	/* the INF half of source fixes: copy next to the driver, publish a path */
	static const char *const files[] = { "fw.bin", "a b.dat" };
	for (int kind = 0; kind < 2; kind++) {
		struct inf_need need = { .kind = kind ? INF_NEED_PUBLISH_PATH : INF_NEED_NEXT_TO_DRIVER,
					 .files = files, .n_files = 1 + (seed & 1), .expand = (seed & 2) != 0 };
		struct finding_list nl = { 0 };
		struct finding *nf = finding_add(&nl, "fuzz", SEV_NOTE, "fuzz.inf", 1, 1, "fuzz");
		struct file_fix *nfx = finding_fix_for(nf, "fuzz.inf", NULL);
		struct strbuf note = STRBUF_INIT;
		if (inf_need_edits(inf, "fuzz.inf", &need, nfx, &note) > 0)
			settled(inf, nfx, &need);
		strbuf_release(&note);
		finding_list_free(&nl);
	}

	/* a random edit set on the model's own spans */
	struct finding_list rl = { 0 };
	struct finding *f = finding_add(&rl, "fuzz", SEV_NOTE, "fuzz.inf", 1, 1, "fuzz");
	struct file_fix *fx = finding_fix_for(f, "fuzz.inf", NULL);
	size_t n_edits = 0;
	for (size_t s = 0; s < inf->n_sections && n_edits < 8; s++) {
		const struct inf_section *sec = inf->sections[s];
		for (size_t e = 0; e < sec->n_entries && n_edits < 8; e++) {
			seed = seed * 1103515245u + 12345u;
			const struct inf_entry *en = sec->entries[e];
			switch ((seed >> 16) % 6) {
			case 0: inf_edit_replace_field(fx, inf, en, (seed >> 8) % 4, "%13%\\x.sys"); break;
			case 1: inf_edit_delete_entry(fx, inf, en); break;
			case 2: inf_edit_insert_after(fx, inf, en, "HKR,Parameters,\"V\",0x10001,1"); break;
			case 3: if (en->key) inf_edit_replace_key(fx, inf, en, "AddReg"); break;
			default: continue;
			}
			n_edits++;
		}
		if ((seed >> 20) % 3 == 0)
			inf_edit_append_to_section(fx, inf, sec, "x.sys");
	}
	if (seed & 2) {
		const char *lines[] = { "HKR,,A,,1", "HKR,Parameters,B,0x10001,2" };
		inf_edit_add_section(fx, inf, "Fuzz.AddReg", lines, 2);
	}
	inf_edit_fill_positions(fx, inf);
	reparse(inf, fx);
	finding_list_free(&rl);
	inf_free(inf);
	diag_list_free(&errors);
	return 0;
}
