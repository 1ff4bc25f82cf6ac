/* compile_commands.json and .vcxproj loading: the first input byte picks the
 * kind, the rest is the file. Discovery must report problems, never crash.
 * The same bytes also go, as the first byte's bits say, through the readers
 * of build-tool inputs a tree holds: the ETW manifest (mc.exe stand-in),
 * IDL (MIDL stand-in, header and _i.c), message text (.mc), WMI schema
 * (.mof), and the generated outputs a .vcxproj declares. */
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
	if (data[0] & 4) {
		free(env_midl_stub(path, false));
		free(env_midl_stub(path, true));
	}
	if (data[0] & 8)
		free(env_msgtext_stub(path));
	if (data[0] & 16)
		free(env_mof_stub(path));
	if (data[0] & 32) {
		struct env_ctx ctx = { 0 };
		struct strlist names = { 0 }, from = { 0 }, owners = { 0 };
		strlist_add(&ctx.vcxprojs, path);
		env_project_generated(&ctx, &names, &from, &owners);
		strlist_free(&names);
		strlist_free(&from);
		strlist_free(&owners);
		strlist_free(&ctx.vcxprojs);
	}
	tu_config_list_free(&l);
	diag_list_free(&errors);
	unlink(path);
	free(path);
	return 0;
}
