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

static int grouped(const char *s, int64_t *v)
{
	return cs_parse_count_grouped(s, strlen(s), INT64_C(9007199254740992), v);
}

static void test_count_grouped(void **state)
{
	(void)state;
	int64_t v;
	struct {
		const char *s;
		int64_t v;
	} good[] = {
		{ "0", 0 }, { "800", 800 }, { "7000", 7000 }, { "7,000", 7000 }, { "7 000", 7000 },
		{ " 7 000 ", 7000 }, { "7\xC2\xA0" "000", 7000 }, { "7\xE2\x80\xAF" "000", 7000 },
		{ "1,234,567", 1234567 }, { "12 345 678", 12345678 }, { "123,456", 123456 },
		{ "0,000", 0 }, { "9,007,199,254,740,992", INT64_C(9007199254740992) },
		{ "000000000000000000000000000000000000000042", 42 },
	};
	for (size_t i = 0; i < sizeof good / sizeof *good; i++) {
		v = -1;
		assert_int_equal(grouped(good[i].s, &v), 0);
		assert_int_equal(v, good[i].v);
	}
	const char *bad[] = {
		"", " ", ",", "7,", ",700", "7,00", "70,00", "7,0000", "1234,567", "7.000", "7'000",
		"1,234 567", "1 234,567", "1,23,456", "12,34,567", "7  000", "7, 000", "7 ,000", "-7,000", "+7", "7,000.5",
		"7\t000", "7\xC2\xA0\xC2\xA0" "000", "7\xC2" "000", "9,007,199,254,740,993",
		"99,999,999,999,999,999,999", "1e3", "٧",
	};
	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
		if (grouped(bad[i], &v) == 0)
			print_error("'%s' read as %lld\n", bad[i], (long long)v);
		assert_int_equal(grouped(bad[i], &v), -1);
	}
	/* a maximum below 9, and the length */
	assert_int_equal(cs_parse_count_grouped("7", 1, 5, &v), -1);
	assert_int_equal(cs_parse_count_grouped("7,000/9", 5, 7000, &v), 0);
	assert_int_equal(v, 7000);
	assert_int_equal(cs_parse_count_grouped("7,001", 5, 7000, &v), -1);
	/* plain digits read as cs_parse_count reads them */
	assert_int_equal(grouped("123456789", &v), 0);
	assert_int_equal(v, 123456789);
}

static void test_real_as(void **state)
{
	(void)state;
	double v;
	struct {
		const char *s;
		char dec;
		double v;
	} good[] = {
		{ "1,5", ',', 1.5 }, { "-0,25", ',', -0.25 }, { "0,95", ',', 0.95 }, { "1,5e3", ',', 1500 },
		{ ",5", ',', 0.5 }, { "5,", ',', 5 }, { "12", ',', 12 }, { "1.5", '.', 1.5 }, { "2E2", '.', 200 },
	};
	for (size_t i = 0; i < sizeof good / sizeof *good; i++) {
		assert_int_equal(cs_parse_real_as(good[i].s, strlen(good[i].s), good[i].dec, &v), 0);
		assert_true(v == good[i].v);
	}
	struct {
		const char *s;
		char dec;
	} bad[] = {
		{ "1.5", ',' }, { "1,5", '.' }, { "1,234,5", ',' }, { "1 5", ',' }, { " 1,5", ',' }, { "", ',' },
		{ ",", ',' }, { "1,5e", ',' }, { "nan", ',' }, { "1e309", ',' }, { "1,5", ';' }, { "1.5", 0 },
		{ "1,2,3", ',' },
	};
	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
		assert_int_equal(cs_parse_real_as(bad[i].s, strlen(bad[i].s), bad[i].dec, &v), -1);
	/* the length is respected, a NUL inside is no number, long texts work */
	assert_int_equal(cs_parse_real_as("1,5;2", 3, ',', &v), 0);
	assert_true(v == 1.5);
	assert_int_equal(cs_parse_real_as("1\0" "5", 3, ',', &v), -1);
	char longv[300];
	memset(longv, '0', sizeof longv);
	longv[0] = '0', longv[1] = ',', longv[299] = '1';
	assert_int_equal(cs_parse_real_as(longv, sizeof longv, ',', &v), 0);
	assert_true(v == 1e-298);
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
		cmocka_unit_test(test_count_grouped),
		cmocka_unit_test(test_real_as),
		cmocka_unit_test(test_real),
		cmocka_unit_test(test_real_ignores_locale),
		cmocka_unit_test(test_bool),
		cmocka_unit_test(test_utf8),
		cmocka_unit_test(test_blank),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
