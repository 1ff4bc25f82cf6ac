/*
 * interface-discovery: golden findings on positive and negative snippets in
 * tests/fixtures/rules/interface_discovery (every family runs on every fixture).
 */
#include "test_rule_common.h"

RT_FAMILY_TEST(interface_discovery_fixtures, "interface_discovery")

int main(void)
{
	RUN(interface_discovery_fixtures);
	return HARNESS_DONE();
}
