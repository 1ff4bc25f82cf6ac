#include "reports/report.h"
#include "tests/harness.h"
#include "test_report_sample.h"

#include <cjson/cJSON.h>

static cJSON *path(cJSON *n, const char *p)
{
	/* "a.b[2].c" */
	char key[128];
	while (n && *p) {
		if (*p == '.')
			p++;
		if (*p == '[') {
			int i = atoi(p + 1);
			n = cJSON_GetArrayItem(n, i);
			p = strchr(p, ']') + 1;
			continue;
		}
		size_t k = strcspn(p, ".[");
		snprintf(key, sizeof(key), "%.*s", (int)k, p);
		n = cJSON_GetObjectItemCaseSensitive(n, key);
		p += k;
	}
	return n;
}

static const char *str_at(cJSON *n, const char *p)
{
	cJSON *v = path(n, p);
	return v && cJSON_IsString(v) ? v->valuestring : "(missing)";
}

static int int_at(cJSON *n, const char *p)
{
	cJSON *v = path(n, p);
	return v && cJSON_IsNumber(v) ? v->valueint : -999;
}

TEST(sarif_structure)
{
	rule_info_set_table_for_tests(&sample_rule_table);
	struct report r;
	sample_report(&r);
	struct report_write_options o = { .root_dir = SAMPLE_SRC };
	char *out = render(&r, REPORT_SARIF, &o);
	cJSON *doc = cJSON_Parse(out);
	CHECK(doc != NULL);
	CHECK_STR(str_at(doc, "version"), "2.1.0");
	cJSON *run = path(doc, "runs[0]");
	CHECK_STR(str_at(run, "tool.driver.name"), "driso");
	CHECK_STR(str_at(run, "columnKind"), "unicodeCodePoints");
	CHECK_STR(str_at(run, "originalUriBaseIds.%SRCROOT%.uri"), "file:///src/sample-driver/");
	/* registered rules carry their metadata; unknown ones get a descriptor too */
	cJSON *rules = path(run, "tool.driver.rules");
	CHECK_INT(cJSON_GetArraySize(rules), 4);
	CHECK_STR(str_at(rules, "[0].id"), "file-global-path");
	CHECK_STR(str_at(rules, "[1].id"), "inf-destination-dirid");
	CHECK_STR(str_at(rules, "[1].name"), "InfDestinationDirid");
	CHECK_STR(str_at(rules, "[1].defaultConfiguration.level"), "error");
	CHECK_INT(int_at(rules, "[1].properties.infverif"), 1322);
	CHECK_STR(str_at(rules, "[1].helpUri"), sample_rules[0].doc_url);
	CHECK_CONTAINS(str_at(rules, "[1].help.markdown"), "DefaultDestDir = 13");
	CHECK_STR(str_at(rules, "[2].shortDescription.text"), "Absolute registry path opened by a driver.");
	/* results: sorted, ruleIndex consistent */
	cJSON *results = path(run, "results");
	CHECK_INT(cJSON_GetArraySize(results), 5);
	for (int i = 0; i < 5; i++) {
		cJSON *res = cJSON_GetArrayItem(results, i);
		int idx = int_at(res, "ruleIndex");
		CHECK(idx >= 0 && idx < 4);
		CHECK_STR(cJSON_GetArrayItem(rules, idx)->child->valuestring, str_at(res, "ruleId"));
		CHECK_STR(str_at(res, "locations[0].physicalLocation.artifactLocation.uriBaseId"), "%SRCROOT%");
	}
	cJSON *inf = cJSON_GetArrayItem(results, 0);
	CHECK_STR(str_at(inf, "level"), "error");
	CHECK_STR(str_at(inf, "locations[0].physicalLocation.artifactLocation.uri"), "pkg/sample.inf");
	CHECK_INT(int_at(inf, "locations[0].physicalLocation.region.startColumn"), 18);
	CHECK_INT(int_at(inf, "locations[0].physicalLocation.region.endColumn"), 20);
	CHECK_STR(str_at(inf, "partialFingerprints.drisoFingerprint/v1"), r.findings.items[1]->fingerprint);
	CHECK_STR(str_at(inf, "fixes[0].artifactChanges[0].replacements[0].insertedContent.text"), "13");
	CHECK_INT(int_at(inf, "fixes[0].artifactChanges[0].replacements[0].deletedRegion.startColumn"), 18);
	/* the source edit has no line/col: computed from the file (code points) */
	cJSON *reg = cJSON_GetArrayItem(results, 1);
	CHECK_STR(str_at(reg, "ruleId"), "registry-absolute");
	cJSON *del = path(reg, "fixes[0].artifactChanges[0].replacements[0].deletedRegion");
	CHECK_INT(int_at(del, "startLine"), 12);
	CHECK_INT(int_at(del, "startColumn"), 9);
	CHECK_INT(int_at(del, "endLine"), 12);
	CHECK_INT(int_at(del, "endColumn"), 39);
	CHECK(path(reg, "fixes[0].charOffset") == NULL);
	/* evidence as a code flow ending at the finding */
	cJSON *flow = path(reg, "codeFlows[0].threadFlows[0].locations");
	CHECK_INT(cJSON_GetArraySize(flow), 3);
	CHECK_INT(int_at(flow, "[0].location.physicalLocation.region.startLine"), 3);
	CHECK_INT(int_at(flow, "[2].location.physicalLocation.region.startLine"), 12);
	/* message punctuation (SARIF2001) */
	CHECK_STR(str_at(reg, "message.text"),
		  "ZwOpenKey opens an absolute registry path (\\Registry\\Machine\\...\\Services\\Sample\\Parameters).");
	/* no edits -> no fixes key at all; suppressed -> suppressions */
	cJSON *note = cJSON_GetArrayItem(results, 2);
	CHECK(path(note, "fixes") == NULL);
	CHECK(path(note, "suppressions") == NULL);
	cJSON *sup = cJSON_GetArrayItem(results, 3);
	CHECK_STR(str_at(sup, "suppressions[0].kind"), "inSource");
	CHECK_CONTAINS(str_at(sup, "suppressions[0].justification"), "legacy log");
	/* errors as tool execution notifications */
	CHECK_STR(str_at(run, "invocations[0].toolExecutionNotifications[0].message.text"),
		  "cannot decode: odd-length UTF-16 file.");
	cJSON_Delete(doc);
	CHECK_GOLDEN("sample.sarif", out);
	free(out);
	report_free(&r);
	rule_info_set_table_for_tests(NULL);
}

TEST(sarif_omits_fixes_it_cannot_place)
{
	struct report r;
	report_init(&r);
	struct finding *f = finding_add(&r.findings, "x-rule", SEV_WARNING, "missing/file.c", 2, 3, "m");
	file_fix_add_edit(finding_fix_for(f, "missing/file.c", NULL), 10, 12, "y");
	f = finding_add(&r.findings, "x-rule", SEV_WARNING, "dir with space/ä.c", 2, 3, "m");
	finding_fix_for(f, "dir with space/ä.c", NULL); /* a fix with no edits */
	finding_add_evidence(f, "/usr/x86_64-w64-mingw32/include/regstr.h", 5, 1, "macro REGSTR_PATH_SERVICES");
	finding_add_evidence(f, "C:\\WinDDK\\inc\\x.h", 5, 1, "macro X");
	char *out = render(&r, REPORT_SARIF, NULL);
	cJSON *doc = cJSON_Parse(out);
	CHECK(doc != NULL);
	CHECK(path(doc, "runs[0].results[0].fixes") == NULL);
	CHECK(path(doc, "runs[0].results[1].fixes") == NULL);
	CHECK_STR(str_at(doc, "runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri"),
		  "dir%20with%20space/%C3%A4.c");
	CHECK_NOT_CONTAINS(out, "\"artifactChanges\": []");
	/* paths outside the root: absolute file URIs without a uriBaseId */
	cJSON *step = path(doc, "runs[0].results[0].codeFlows[0].threadFlows[0].locations[0].location.physicalLocation.artifactLocation");
	CHECK_STR(str_at(step, "uri"), "file:///usr/x86_64-w64-mingw32/include/regstr.h");
	CHECK(path(step, "uriBaseId") == NULL);
	step = path(doc, "runs[0].results[0].codeFlows[0].threadFlows[0].locations[1].location.physicalLocation.artifactLocation");
	CHECK_STR(str_at(step, "uri"), "file:///C:/WinDDK/inc/x.h");
	cJSON_Delete(doc);
	free(out);
	report_free(&r);
}

int main(void)
{
	RUN(sarif_structure);
	RUN(sarif_omits_fixes_it_cannot_place);
	return HARNESS_DONE();
}
