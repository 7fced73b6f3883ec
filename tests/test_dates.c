/* test_dates.c - tests of cli/core/dates.c: the ISO date reader and the month
 * and year buckets of tab --by COL:month / COL:year.  Expected values are
 * facts of the Gregorian calendar (leap years: divisible by 4, except
 * centuries not divisible by 400). */
#include "test_util.h"
#include "cli/core/dates.h"

static int parse(const char *s, int *y, int *m, int *d)
{
	return cs_date_parse(s, strlen(s), y, m, d);
}

static void test_valid_dates(void **state)
{
	(void)state;
	int y, m, d;
	assert_int_equal(parse("2023-07-09", &y, &m, &d), CS_DATE_OK);
	assert_true(y == 2023 && m == 7 && d == 9);
	assert_int_equal(parse(" 2023-12-31\t", &y, &m, &d), CS_DATE_OK);
	assert_true(y == 2023 && m == 12 && d == 31);
	assert_int_equal(parse("2024-02-29", &y, &m, &d), CS_DATE_OK);   /* leap year */
	assert_int_equal(parse("2000-02-29", &y, &m, &d), CS_DATE_OK);   /* divisible by 400 */
	assert_int_equal(parse("0000-01-01", &y, &m, &d), CS_DATE_OK);
	assert_int_equal(parse("9999-12-31", &y, &m, &d), CS_DATE_OK);
}

static void test_no_such_day(void **state)
{
	(void)state;
	int y, m, d;
	static const char *const bad[] = {
		"2023-02-29", "1900-02-29", "2023-04-31", "2023-13-01", "2023-00-10", "2023-01-00",
		"2023-01-32",
	};
	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
		assert_int_equal(parse(bad[i], &y, &m, &d), CS_DATE_NO_SUCH_DAY);
}

static void test_other_forms(void **state)
{
	(void)state;
	int y, m, d;
	static const char *const bad[] = {
		"", "2023", "2023-07", "2023-7-9", "09.07.2023", "2023/07/09", "2023-07-09T10:00",
		"2023-07-09 10:00", "23-07-09", "+2023-07-09", "2023-07-9x", "20230709", "2023-07-0a",
		"2023−07−09",   /* U+2212 minus signs */
	};
	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++)
		assert_int_equal(parse(bad[i], &y, &m, &d), CS_DATE_FORM);
	/* length is respected: no reading past len */
	assert_int_equal(cs_date_parse("2023-07-091", 10, &y, &m, &d), CS_DATE_OK);
}

static void test_buckets(void **state)
{
	(void)state;
	char buf[16];
	long a = cs_bucket_index(CS_BUCKET_MONTH, 2023, 12), b = cs_bucket_index(CS_BUCKET_MONTH, 2024, 1);
	assert_int_equal(b - a, 1);
	cs_bucket_label(CS_BUCKET_MONTH, a, buf, sizeof buf);
	assert_string_equal(buf, "2023-12");
	cs_bucket_label(CS_BUCKET_MONTH, b, buf, sizeof buf);
	assert_string_equal(buf, "2024-01");
	cs_bucket_label(CS_BUCKET_MONTH, cs_bucket_index(CS_BUCKET_MONTH, 7, 3), buf, sizeof buf);
	assert_string_equal(buf, "0007-03");
	assert_int_equal(cs_bucket_index(CS_BUCKET_YEAR, 2023, 7), 2023);
	cs_bucket_label(CS_BUCKET_YEAR, 987, buf, sizeof buf);
	assert_string_equal(buf, "0987");
	assert_string_equal(cs_bucket_name(CS_BUCKET_MONTH), "month");
	assert_string_equal(cs_bucket_name(CS_BUCKET_YEAR), "year");
}

static void test_spec(void **state)
{
	(void)state;
	char *col;
	enum cs_bucket b;
	assert_int_equal(cs_bucket_spec("date:month", &col, &b), 0);
	assert_string_equal(col, "date");
	assert_int_equal(b, CS_BUCKET_MONTH);
	free(col);
	assert_int_equal(cs_bucket_spec("complaint date:year", &col, &b), 0);
	assert_string_equal(col, "complaint date");
	assert_int_equal(b, CS_BUCKET_YEAR);
	free(col);
	assert_int_equal(cs_bucket_spec("region", &col, &b), 0);
	assert_string_equal(col, "region");
	assert_int_equal(b, CS_BUCKET_NONE);
	free(col);
	assert_int_equal(cs_bucket_spec("date:week", &col, &b), -1);
	assert_null(col);
	assert_int_equal(cs_bucket_spec("date:", &col, &b), -1);
	assert_int_equal(cs_bucket_spec(":month", &col, &b), -2);
	assert_int_equal(cs_bucket_spec("", &col, &b), -2);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_valid_dates),
		cmocka_unit_test(test_no_such_day),
		cmocka_unit_test(test_other_forms),
		cmocka_unit_test(test_buckets),
		cmocka_unit_test(test_spec),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
