/* test_values.c - tests of cli/core/values.c: locale-free parsing. */
#include "test_util.h"
#include "cli/core/values.h"

#include <locale.h>
#include <stdint.h>

static int count(const char *s, int64_t *v)
{
	return cs_parse_count(s, strlen(s), INT64_C(9007199254740992), v);
}

static void test_count(void **state)
{
	(void)state;
	int64_t v;
	assert_int_equal(count("0", &v), 0);
	assert_int_equal(v, 0);
	assert_int_equal(count(" 7000 ", &v), 0);
	assert_int_equal(v, 7000);
	assert_int_equal(count("9007199254740992", &v), 0);
	assert_int_equal(count("9007199254740993", &v), -1);
	assert_int_equal(count("99999999999999999999999", &v), -1);
	const char *bad[] = { "", " ", "-1", "+1", "1.0", "1e3", "0x10", "7 000", "7,000", "nan", "١" };
	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
		assert_int_equal(count(bad[i], &v), -1);
	/* a maximum below 9 (found by fuzz/fuzz_values.c: "1" passed with max 0) */
	assert_int_equal(cs_parse_count("1", 1, 0, &v), -1);
	assert_int_equal(cs_parse_count("7", 1, 5, &v), -1);
	assert_int_equal(cs_parse_count("5", 1, 5, &v), 0);
	assert_int_equal(v, 5);
	assert_int_equal(cs_parse_count("0", 1, 0, &v), 0);
	assert_int_equal(v, 0);
	/* only the first len bytes count */
	assert_int_equal(cs_parse_count("12/34", 2, 100, &v), 0);
	assert_int_equal(v, 12);
}

static void test_real(void **state)
{
	(void)state;
	double v;
	assert_int_equal(cs_parse_real("0.95", &v), 0);
	assert_true(v == 0.95);
	assert_int_equal(cs_parse_real(".5", &v), 0);
	assert_true(v == 0.5);
	assert_int_equal(cs_parse_real("5.", &v), 0);
	assert_int_equal(cs_parse_real("-1e-3", &v), 0);
	assert_true(v == -1e-3);
	assert_int_equal(cs_parse_real("+2E+2", &v), 0);
	assert_true(v == 200);
	const char *bad[] = { "", ".", "e5", "1e", "1e+", "nan", "inf", "0x1p3", " 1", "1 ", "0,95", "1.2.3", "--1" };
	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
		assert_int_equal(cs_parse_real(bad[i], &v), -1);
	/* beyond DBL_MAX (found by fuzz/fuzz_values.c: "1e309" read as inf) */
	v = 7;
	assert_int_equal(cs_parse_real("1e309", &v), -1);
	assert_int_equal(cs_parse_real("-1e309", &v), -1);
	assert_true(v == 7);
	assert_int_equal(cs_parse_real("1.7976931348623157e308", &v), 0);
	assert_true(v == 1.7976931348623157e308);
	assert_int_equal(cs_parse_real("1e-400", &v), 0);
	assert_true(v == 0);
}

/* A comma-decimal locale must not change how "0.95" is read (under
 * ru_RU.UTF-8 plain strtod("0.95") returns 0).  Skipped where no such
 * locale is installed. */
static void test_real_ignores_locale(void **state)
{
	(void)state;
	double v = -1;
	const char *locs[] = { "ru_RU.UTF-8", "kk_KZ.UTF-8", "de_DE.UTF-8", "fr_FR.UTF-8" };
	size_t i;
	for (i = 0; i < 4 && !setlocale(LC_ALL, locs[i]); i++)
		;
	if (i == 4)
		skip();
	int rc = cs_parse_real("0.95", &v);
	setlocale(LC_ALL, "C");
	assert_int_equal(rc, 0);
	assert_true(v == 0.95);
}

static void test_bool(void **state)
{
	(void)state;
	const char *yes[] = { "1", "true", "TRUE", "Yes", "y", "T", " t ", "\ttrue" };
	const char *no[] = { "0", "false", "No", "N", "f", "F " };
	const char *missing[] = { "", " ", "\t" };
	const char *bad[] = { "2", "maybe", "yes!", "ja", "да", "truee", "-1", "1.0" };
	for (size_t i = 0; i < sizeof yes / sizeof *yes; i++)
		assert_int_equal(cs_parse_bool(yes[i], strlen(yes[i])), 1);
	for (size_t i = 0; i < sizeof no / sizeof *no; i++)
		assert_int_equal(cs_parse_bool(no[i], strlen(no[i])), 0);
	for (size_t i = 0; i < sizeof missing / sizeof *missing; i++)
		assert_int_equal(cs_parse_bool(missing[i], strlen(missing[i])), -1);
	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
		assert_int_equal(cs_parse_bool(bad[i], strlen(bad[i])), -2);
}

static void test_utf8(void **state)
{
	(void)state;
	const char *good[] = { "", "Almaty", "Шымкент", "Қазақстан", "日本", "\xF0\x9F\x98\x80", "e\xCC\x81" };
	const char *bad[] = {
		"\xff", "\xC0\xAF",             /* overlong '/' */
		"\xE0\x80\xAF",                 /* overlong */
		"\xED\xA0\x80",                 /* surrogate U+D800 */
		"\xF4\x90\x80\x80",             /* above U+10FFFF */
		"\xD0", "abc\xE2\x82",          /* truncated */
		"\x80", "\xD0\x41",             /* stray continuation, bad continuation */
	};
	for (size_t i = 0; i < sizeof good / sizeof *good; i++)
		assert_true(cs_utf8_valid(good[i], strlen(good[i])));
	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
		assert_false(cs_utf8_valid(bad[i], strlen(bad[i])));
}

static void test_blank(void **state)
{
	(void)state;
	assert_true(cs_is_blank("", 0));
	assert_true(cs_is_blank(" \t ", 3));
	assert_false(cs_is_blank(" x ", 3));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_count),
		cmocka_unit_test(test_real),
		cmocka_unit_test(test_real_ignores_locale),
		cmocka_unit_test(test_bool),
		cmocka_unit_test(test_utf8),
		cmocka_unit_test(test_blank),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
