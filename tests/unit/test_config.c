#include "core/config.h"
#include "core/finding.h"
#include "core/options.h"
#include "core/suppress.h"
#include "core/util.h"
#include "tests/harness.h"

#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

TEST(parses_every_field)
{
	struct driso_config c;
	struct diag_list e = { 0 };
	CHECK_INT(config_parse("x/.driso.json",
			       "{\"company\":\"Contoso\",\"target_os\":\"1803\",\"wbuild\":\"10.0.19041\","
			       "\"exclude\":[\"third_party\",\"*_test.c\"],"
			       "\"rules\":{\"device-name\":\"note\",\"interface-discovery\":\"off\"},"
			       "\"include_dirs\":[\"inc\"],\"defines\":[\"X=1\"],"
			       "\"suppress\":[{\"rule\":\"registry-absolute\",\"file\":\"legacy/*\",\"reason\":\"retired\"}]}",
			       &c, &e), 0);
	CHECK_INT(e.n, 0);
	CHECK_STR(c.company, "Contoso");
	CHECK_INT(c.target_build, 17134);
	CHECK_INT(c.wbuild, 19041);
	CHECK(config_excluded(&c, "third_party/lib/x.c"));
	CHECK(config_excluded(&c, "src/a_test.c"));
	CHECK(!config_excluded(&c, "src/third_party.c"));
	CHECK_INT(config_rule_severity(&c, "device-name", SEV_ERROR), SEV_NOTE);
	CHECK_INT(config_rule_severity(&c, "interface-discovery", SEV_ERROR), RULE_OFF);
	CHECK_INT(config_rule_severity(&c, "other", SEV_WARNING), SEV_WARNING);
	CHECK_INT(c.n_suppress, 1);
	CHECK_STR(c.suppress[0].reason, "retired");
	config_free(&c);
	diag_list_free(&e);
}

TEST(bad_config_names_the_field)
{
	struct driso_config c;
	struct diag_list e = { 0 };
	CHECK_INT(config_parse("t.json", "{\"rules\":{\"x\":\"loud\"},\"target_os\":\"someday\"}", &c, &e), -1);
	CHECK(e.n >= 2);
	char all[1024] = "";
	for (size_t i = 0; i < e.n; i++) {
		strncat(all, e.items[i].message, sizeof(all) - strlen(all) - 2);
		strcat(all, "\n");
	}
	CHECK_CONTAINS(all, "rules.x");
	CHECK_CONTAINS(all, "target_os");
	config_free(&c);
	diag_list_free(&e);

	CHECK_INT(config_parse("t.json", "{\"company\": \n [", &c, &e), -1);
	CHECK_INT(e.n, 1);
	CHECK_INT(e.items[0].line, 2);
	config_free(&c);
	diag_list_free(&e);
}

TEST(os_versions)
{
	CHECK_INT(parse_os_build("10.0.17134"), 17134);
	CHECK_INT(parse_os_build("NTamd64.10.0...16299"), 16299);
	CHECK_INT(parse_os_build("1809"), 17763);
	CHECK_INT(parse_os_build("win11"), 22000);
	CHECK_INT(parse_os_build("banana"), 0);
	CHECK_INT(parse_os_build(""), 0);
}

TEST(ignore_comment_needs_rule_and_reason)
{
	char *why;
	const char *l1 = "    ZwOpenKey(&h, KEY_READ, &oa); // driso:ignore registry-absolute,device-name read-only probe of OEM key";
	CHECK(suppress_line_matches(l1, strlen(l1), "registry-absolute", &why));
	CHECK_STR(why, "read-only probe of OEM key");
	free(why);
	CHECK(suppress_line_matches(l1, strlen(l1), "device-name", &why));
	free(why);
	CHECK(!suppress_line_matches(l1, strlen(l1), "params-write", &why));
	const char *l2 = "; driso:ignore * shipped INF, frozen */";
	CHECK(suppress_line_matches(l2, strlen(l2), "inf-registry-root", &why));
	CHECK_STR(why, "shipped INF, frozen");
	free(why);
	const char *l3 = "/* driso:ignore file-write-global */";
	CHECK(suppress_line_matches(l3, strlen(l3), "file-write-global", &why));
	CHECK(why == NULL);
}

TEST(suppress_apply_marks_and_keeps)
{
	char dir[] = "/tmp/driso-supp-XXXXXX";
	CHECK(mkdtemp(dir) != NULL);
	char *p = path_join(dir, "a.c");
	FILE *f = fopen(p, "w");
	fputs("int x;\n// driso:ignore registry-absolute vendor key, read only\nZwOpenKey(a,b,c);\n"
	      "ZwOpenKey(a,b,c); // driso:ignore registry-absolute\n", f);
	fclose(f);
	struct finding_list l = { 0 };
	finding_add(&l, "registry-absolute", SEV_ERROR, "a.c", 3, 1, "m1");
	finding_add(&l, "registry-absolute", SEV_ERROR, "a.c", 4, 1, "m2");
	finding_add(&l, "device-name", SEV_ERROR, "b.c", 1, 1, "m3");
	struct driso_config c = { 0 };
	struct config_suppression s = { .rule = "device-name", .file = "b.*", .reason = "test tool" };
	c.suppress = &s;
	c.n_suppress = 1;
	suppress_apply(&l, dir, &c);
	CHECK_INT(l.n, 3);
	CHECK(l.items[0]->suppressed);
	CHECK_STR(l.items[0]->suppression_reason, "vendor key, read only");
	CHECK(!l.items[1]->suppressed);   /* no reason: not suppressed, and told why */
	CHECK(l.items[1]->n_evidence == 1);
	CHECK(l.items[2]->suppressed);
	CHECK_STR(l.items[2]->suppression_reason, "test tool");
	finding_list_free(&l);
	unlink(p);
	rmdir(dir);
	free(p);
}

int main(void)
{
	RUN(parses_every_field);
	RUN(bad_config_names_the_field);
	RUN(os_versions);
	RUN(ignore_comment_needs_rule_and_reason);
	RUN(suppress_apply_marks_and_keeps);
	return HARNESS_DONE();
}
