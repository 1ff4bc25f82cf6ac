/*
 * driver-path: golden findings on positive and negative snippets in
 * tests/fixtures/rules/driver_path (every family runs on every fixture).
 */
#include "test_rule_common.h"

RT_FAMILY_TEST(driver_path_fixtures, "driver_path")

int main(void)
{
	RUN(driver_path_fixtures);
	return HARNESS_DONE();
}
