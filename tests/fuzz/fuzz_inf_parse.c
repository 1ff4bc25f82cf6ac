/*
 * Text decoding + INF parsing: any bytes. Invariants: no crash, no leak, no
 * hang; a decoded file re-encodes to its exact bytes; a parsed INF re-emits
 * byte for byte; the rules run on whatever parsed.
 */
#include "core/options.h"
#include "core/text.h"
#include "inf-migrate/inf.h"
#include "inf-migrate/inf_rules.h"

#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
	struct text_error err;
	struct text_file *t = text_decode("fuzz.inf", (const char *)data, size, &err);
	if (!t)
		return 0;
	char *bytes;
	size_t len;
	if (text_encode(t, t->utf8, t->len, &bytes, &len) == 0) {
		if (len != size || memcmp(bytes, data, size))
			abort();
		free(bytes);
	}
	struct diag_list errors = { 0 };
	struct inf_file *inf = inf_parse(t, &errors);
	if (inf) {
		if (inf_emit(inf, &bytes, &len) == 0) {
			if (len != size || memcmp(bytes, data, size))
				abort();
			free(bytes);
		}
		free(inf_model_json(inf));
		struct scan_options o = { .root = ".", .wbuild = DRISO_DEFAULT_WBUILD };
		struct finding_list l = { 0 };
		inf_rules_run(inf, "fuzz.inf", &o, &l);
		finding_list_free(&l);
		inf_free(inf);
	}
	diag_list_free(&errors);
	return 0;
}
