/*
 * device-name: golden findings on positive and negative snippets in
 * tests/fixtures/rules/device_name (every family runs on every fixture).
 */
#include "test_rule_common.h"

RT_FAMILY_TEST(device_name_fixtures, "device_name")

int main(void)
{
	RUN(device_name_fixtures);
	return HARNESS_DONE();
}
