/*
 * harness: the tiny test runner every tests/unit/test_*.c uses. Each file
 * defines TEST(name) functions and lists them in main() with RUN(name).
 * A failed CHECK prints file:line and the values, marks the test failed and
 * returns from the test function. The last line printed is
 * "N passed, N failed"; the exit code is non-zero when anything failed.
 */
#ifndef DRISO_TEST_HARNESS_H
#define DRISO_TEST_HARNESS_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int harness_failed_tests, harness_passed_tests, harness_current_failed;

#define TEST(name) static void name(void)

#define RUN(name)                                                          \
	do {                                                               \
		harness_current_failed = 0;                                \
		name();                                                    \
		if (harness_current_failed) {                              \
			harness_failed_tests++;                            \
			fprintf(stderr, "FAIL %s\n", #name);               \
		} else {                                                   \
			harness_passed_tests++;                            \
			fprintf(stderr, "ok   %s\n", #name);               \
		}                                                          \
	} while (0)

#define HARNESS_FAIL(...)                                                  \
	do {                                                               \
		fprintf(stderr, "%s:%d: ", __FILE__, __LINE__);            \
		fprintf(stderr, __VA_ARGS__);                              \
		fputc('\n', stderr);                                       \
		harness_current_failed = 1;                                \
		return;                                                    \
	} while (0)

#define CHECK(cond)                                                        \
	do {                                                               \
		if (!(cond))                                               \
			HARNESS_FAIL("check failed: %s", #cond);           \
	} while (0)

#define CHECK_INT(a, b)                                                    \
	do {                                                               \
		long long a_ = (long long)(a), b_ = (long long)(b);        \
		if (a_ != b_)                                              \
			HARNESS_FAIL("%s == %lld, expected %s == %lld", #a, a_, #b, b_); \
	} while (0)

#define CHECK_STR(a, b)                                                    \
	do {                                                               \
		const char *a_ = (a), *b_ = (b);                           \
		if (!a_ || !b_ || strcmp(a_, b_) != 0)                     \
			HARNESS_FAIL("%s == \"%s\", expected \"%s\"", #a,   \
				     a_ ? a_ : "(null)", b_ ? b_ : "(null)"); \
	} while (0)

#define CHECK_CONTAINS(hay, needle)                                        \
	do {                                                               \
		const char *h_ = (hay), *n_ = (needle);                    \
		if (!h_ || !strstr(h_, n_))                                \
			HARNESS_FAIL("%s does not contain \"%s\":\n%s", #hay, n_, h_ ? h_ : "(null)"); \
	} while (0)

#define CHECK_NOT_CONTAINS(hay, needle)                                    \
	do {                                                               \
		const char *h_ = (hay), *n_ = (needle);                    \
		if (h_ && strstr(h_, n_))                                  \
			HARNESS_FAIL("%s unexpectedly contains \"%s\"", #hay, n_); \
	} while (0)

#define HARNESS_DONE()                                                     \
	(printf("%d passed, %d failed\n", harness_passed_tests, harness_failed_tests), \
	 harness_failed_tests ? 1 : 0)

#endif
