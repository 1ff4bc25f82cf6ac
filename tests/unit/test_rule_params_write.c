/*
 * params-write: golden findings on positive and negative snippets in
 * tests/fixtures/rules/params_write (every family runs on every fixture).
 */
#include "test_rule_common.h"

RT_FAMILY_TEST(params_write_fixtures, "params_write")

int main(void)
{
	RUN(params_write_fixtures);
	return HARNESS_DONE();
}
