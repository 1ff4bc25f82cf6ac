/*
 * file-write-global: golden findings on positive and negative snippets in
 * tests/fixtures/rules/file_write_global (every family runs on every fixture).
 */
#include "test_rule_common.h"

RT_FAMILY_TEST(file_write_global_fixtures, "file_write_global")

int main(void)
{
	RUN(file_write_global_fixtures);
	return HARNESS_DONE();
}
