/* compile_commands.json and .vcxproj loading: the first input byte picks the
 * kind, the rest is the file. Discovery must report problems, never crash.
 * The same bytes also go through the ETW-manifest reader (mc.exe stand-in). */
#include "analyzer/compile_env.h"
#include "analyzer/compile_env_internal.h"
#include "core/util.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static char dir[64];

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
	if (size < 1)
		return 0;
	if (!dir[0]) {
		snprintf(dir, sizeof(dir), "/tmp/driso-fuzz-proj-%d", (int)getpid());
		mkdir(dir, 0700);
		char *c = path_join(dir, "a.c");
		FILE *f = fopen(c, "w");
		if (f) {
			fputs("int main(void) { return 0; }\n", f);
			fclose(f);
		}
		free(c);
	}
	const char *name = (data[0] & 1) ? "compile_commands.json" : "p.vcxproj";
	char *path = path_join(dir, name);
	FILE *f = fopen(path, "wb");
	if (!f) {
		free(path);
		return 0;
	}
	fwrite(data + 1, 1, size - 1, f);
	fclose(f);
	struct compile_env_options o = { .no_overlay = true };
	if (data[0] & 1)
		o.compdb = path;
	struct tu_config_list l = { 0 };
	struct diag_list errors = { 0 };
	compile_env_discover(dir, &o, &l, &errors);
	if (data[0] & 2)
		free(env_mc_stub(path));
	tu_config_list_free(&l);
	diag_list_free(&errors);
	unlink(path);
	free(path);
	return 0;
}
