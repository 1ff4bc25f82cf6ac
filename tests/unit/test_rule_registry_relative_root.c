/*
 * registry-relative-root: golden findings on positive and negative snippets in
 * tests/fixtures/rules/registry_relative_root (every family runs on every fixture).
 */
#include "test_rule_common.h"

RT_FAMILY_TEST(registry_relative_root_fixtures, "registry_relative_root")

int main(void)
{
	RUN(registry_relative_root_fixtures);
	return HARNESS_DONE();
}
