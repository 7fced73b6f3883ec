/* test_dates.c - tests of cli/core/dates.c: the ISO date reader and the month
 * and year buckets of tab --by COL:month / COL:year.  Expected values are
 * facts of the Gregorian calendar (leap years: divisible by 4, except
 * centuries not divisible by 400). */
#include "test_util.h"
#include "cli/core/dates.h"

#include <time.h>

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
	long a = cs_bucket_index(CS_BUCKET_MONTH, 2023, 12, 31), b = cs_bucket_index(CS_BUCKET_MONTH, 2024, 1, 1);
	assert_int_equal(b - a, 1);
	cs_bucket_label(CS_BUCKET_MONTH, a, buf, sizeof buf);
	assert_string_equal(buf, "2023-12");
	cs_bucket_label(CS_BUCKET_MONTH, b, buf, sizeof buf);
	assert_string_equal(buf, "2024-01");
	cs_bucket_label(CS_BUCKET_MONTH, cs_bucket_index(CS_BUCKET_MONTH, 7, 3, 1), buf, sizeof buf);
	assert_string_equal(buf, "0007-03");
	assert_int_equal(cs_bucket_index(CS_BUCKET_YEAR, 2023, 7, 9), 2023);
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
	const char *names[] = { "year", "quarter", "month", "week", "day" };
	const enum cs_bucket kinds[] = { CS_BUCKET_YEAR, CS_BUCKET_QUARTER, CS_BUCKET_MONTH, CS_BUCKET_WEEK,
					 CS_BUCKET_DAY };
	for (size_t i = 0; i < 5; i++) {
		char spec[32];
		snprintf(spec, sizeof spec, "a:b:%s", names[i]);
		assert_int_equal(cs_bucket_spec(spec, &col, &b), 0);
		assert_string_equal(col, "a:b");
		assert_int_equal(b, kinds[i]);
		assert_string_equal(cs_bucket_name(b), names[i]);
		free(col);
	}
	assert_int_equal(cs_bucket_spec("date:decade", &col, &b), -1);
	assert_null(col);
	assert_int_equal(cs_bucket_spec("date:Week", &col, &b), -1);
	assert_int_equal(cs_bucket_spec("date:weeks", &col, &b), -1);
	assert_int_equal(cs_bucket_spec("date:", &col, &b), -1);
	assert_int_equal(cs_bucket_spec(":month", &col, &b), -2);
	assert_int_equal(cs_bucket_spec("", &col, &b), -2);
}

static int read_as(const char *fmt, const char *s, int *y, int *m, int *d)
{
	struct cs_datefmt f;
	struct cs_err err = { 0 };
	if (fmt)
		assert_int_equal(cs_datefmt_parse(fmt, &f, "tab", &err), 0);
	return cs_date_read(fmt ? &f : NULL, s, strlen(s), y, m, d);
}

static void expect_date(const char *fmt, const char *s, int y, int m, int d)
{
	int yy = -1, mm = -1, dd = -1;
	int rc = read_as(fmt, s, &yy, &mm, &dd);
	if (rc != CS_DATE_OK || yy != y || mm != m || dd != d)
		print_error("'%s' as %s: %d, %04d-%02d-%02d\n", s, fmt ? fmt : "ISO", rc, yy, mm, dd);
	assert_int_equal(rc, CS_DATE_OK);
	assert_true(yy == y && mm == m && dd == d);
}

static void expect_refusal(const char *fmt, const char *s, int want)
{
	int y, m, d;
	int rc = read_as(fmt, s, &y, &m, &d);
	if (rc != want)
		print_error("'%s' as %s: %d, expected %d\n", s, fmt ? fmt : "ISO", rc, want);
	assert_int_equal(rc, want);
}

static void test_iso_date_times(void **state)
{
	(void)state;
	const char *ok[] = {
		"2023-06-18", " 2023-06-18 ", "2023-06-18 14:30:00", "2023-06-18T14:30:00Z", "2023-06-18T14:30",
		"2023-06-18T14:30:00+05:00", "2023-06-18T23:59:59-0300", "2023-06-18 14:30:00.123", "2023-06-18T14:30:00,5Z",
		"2023-06-18T00:00+06", "2023-06-18T23:59:60Z",
	};
	for (size_t i = 0; i < sizeof ok / sizeof *ok; i++)
		expect_date(NULL, ok[i], 2023, 6, 18);
	/* an offset does not move the date */
	expect_date(NULL, "2023-06-18T23:30:00-12:00", 2023, 6, 18);
	const char *form[] = {
		"2023-06-18T", "2023-06-18 14", "2023-06-18 14:3", "2023-06-18T14:30:0", "2023-06-18T14:30:00.",
		"2023-06-18T14:30Zx", "2023-06-18T14:30+5", "2023-06-18T14:30:00+05:0", "2023-06-18  14:30",
		"2023-06-18t14:30", "2023-06-18T4:30", "2023-06-18x", "18.06.2023", "2023-6-18", "2023/06/18",
		"2023-06-18 14:30 extra", "",
	};
	for (size_t i = 0; i < sizeof form / sizeof *form; i++)
		expect_refusal(NULL, form[i], CS_DATE_FORM);
	expect_refusal(NULL, "2023-06-18T24:00", CS_DATE_NO_SUCH_TIME);
	expect_refusal(NULL, "2023-06-18T14:60", CS_DATE_NO_SUCH_TIME);
	expect_refusal(NULL, "2023-06-18T14:30:61", CS_DATE_NO_SUCH_TIME);
	expect_refusal(NULL, "2023-06-18T14:30+24:00", CS_DATE_NO_SUCH_TIME);
	expect_refusal(NULL, "2023-02-29 10:00", CS_DATE_NO_SUCH_DAY);
	/* cs_date_parse stays the plain date reader */
	int y, m, d;
	assert_int_equal(parse("2023-06-18T14:30", &y, &m, &d), CS_DATE_FORM);
}

static void test_formats(void **state)
{
	(void)state;
	expect_date("%d.%m.%Y", "18.06.2023", 2023, 6, 18);
	expect_date("%d.%m.%Y", "8.6.2023", 2023, 6, 8);
	expect_date("%d.%m.%Y", "18.06.2023 14:30", 2023, 6, 18);
	expect_date("%d.%m.%Y", "18.06.2023 9:05:00", 2023, 6, 18);
	expect_date("%d/%m/%Y", "18/06/2023", 2023, 6, 18);
	expect_date("%m/%d/%Y", "06/18/2023", 2023, 6, 18);
	expect_date("%m/%d/%Y", "6/18/2023 2:30", 2023, 6, 18);
	expect_date("%Y-%m-%d", "2023-06-18", 2023, 6, 18);
	expect_date("%Y-%m-%d", "2023-6-8", 2023, 6, 8);
	expect_date("%Y-%m-%d", "2023-06-18T14:30:00Z", 2023, 6, 18);
	expect_date("%Y%m%d", "20230618", 2023, 6, 18);
	expect_date("%d.%m.%Y", "29.02.2024", 2024, 2, 29);    /* leap years */
	expect_date("%d.%m.%Y", "29.02.2000", 2000, 2, 29);
	expect_date("%d %m %Y", "18 06 2023", 2023, 6, 18);
	/* two-digit years: POSIX strptime's rule */
	expect_date("%d.%m.%y", "18.06.23", 2023, 6, 18);
	expect_date("%d.%m.%y", "01.01.00", 2000, 1, 1);
	expect_date("%d.%m.%y", "31.12.68", 2068, 12, 31);
	expect_date("%d.%m.%y", "01.01.69", 1969, 1, 1);
	expect_date("%d.%m.%y", "31.12.99", 1999, 12, 31);
	expect_date("%d.%m.%y", "29.02.00", 2000, 2, 29);
	expect_refusal("%d.%m.%y", "29.02.01", CS_DATE_NO_SUCH_DAY);
	expect_refusal("%d.%m.%y", "18.06.2023", CS_DATE_FORM);
	expect_refusal("%d.%m.%y", "18.06.3", CS_DATE_FORM);
	expect_refusal("%d.%m.%Y", "18.06.23", CS_DATE_FORM);
	expect_refusal("%d.%m.%Y", "18/06/2023", CS_DATE_FORM);
	expect_refusal("%d.%m.%Y", "18.06.20231", CS_DATE_FORM);
	expect_refusal("%d.%m.%Y", "118.06.2023", CS_DATE_FORM);
	expect_refusal("%d.%m.%Y", "18..06.2023", CS_DATE_FORM);
	expect_refusal("%d.%m.%Y", "2023-06-18", CS_DATE_FORM);
	expect_refusal("%d.%m.%Y", "29.02.2023", CS_DATE_NO_SUCH_DAY);
	expect_refusal("%d.%m.%Y", "29.02.1900", CS_DATE_NO_SUCH_DAY);
	expect_refusal("%d.%m.%Y", "31.04.2023", CS_DATE_NO_SUCH_DAY);
	expect_refusal("%d.%m.%Y", "18.13.2023", CS_DATE_NO_SUCH_DAY);
	expect_refusal("%d.%m.%Y", "00.06.2023", CS_DATE_NO_SUCH_DAY);
	expect_refusal("%d.%m.%Y", "18.06.2023 25:00", CS_DATE_NO_SUCH_TIME);
	expect_refusal("%m/%d/%Y", "18/06/2023", CS_DATE_NO_SUCH_DAY);   /* month 18: no guessing */
	expect_refusal("%Y%m%d", "2023618", CS_DATE_FORM);
	expect_refusal("%Y%m%d", "202306181", CS_DATE_FORM);
}

static void test_format_refusals(void **state)
{
	(void)state;
	struct {
		const char *spec, *why;
	} bad[] = {
		{ "", "it needs %d, %m and %Y (or %y), each once" },
		{ "%d.%m", "it needs %d, %m and %Y (or %y), each once" },
		{ "%d.%d.%Y", "a field is there twice" },
		{ "%y.%m.%Y", "a field is there twice" },
		{ "%d.%m.%Y %H:%M", "it has something after its three fields" },
		{ "%d%Y.%m.%Y", "it has something after its three fields" },   /* fuzz/fuzz_dates.c */
		{ "%d.%m.%Y-", "it has something after its three fields" },
		{ "%d.%b.%Y", "only %d, %m, %Y and %y are read" },
		{ "%d,%m,%Y", "write %d, %m and %Y (or %y) with '.', '/', '-' or ' ' between them" },
		{ "%d..%m.%Y", "write %d, %m and %Y" },
		{ "d.m.Y", "write %d, %m and %Y" },
		{ "%d.%m.%Y.", "it has something after its three fields" },
		{ "%", "write %d, %m and %Y" },
		{ "%d.%m.%", "write %d, %m and %Y" },
	};
	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
		struct cs_datefmt f;
		struct cs_err err = { 0 };
		assert_int_equal(cs_datefmt_parse(bad[i].spec, &f, "tab", &err), CS_EXIT_USAGE);
		if (!strstr(err.msg, bad[i].why))
			print_error("'%s': %s\n", bad[i].spec, err.msg);
		assert_non_null(strstr(err.msg, bad[i].why));
		assert_non_null(strstr(err.msg, "invalid --date-format"));
	}
}

static void test_suggest(void **state)
{
	(void)state;
	struct {
		const char *s, *fmt;
	} cases[] = {
		{ "18.06.2023", "%d.%m.%Y" }, { "18.06.23", "%d.%m.%y" }, { "18/06/2023", "%d/%m/%Y" },
		{ "06/18/2023", "%m/%d/%Y" }, { "06/07/2023", NULL }, { "18-06-2023", "%d-%m-%Y" },
		{ "2023/06/18", "%Y/%m/%d" }, { "18.06.2023 14:30", "%d.%m.%Y" }, { "31/31/2023", NULL },
		{ "yesterday", NULL }, { "", NULL }, { "12/12/2023", NULL },
	};
	for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
		const char *g = cs_date_suggest(cases[i].s, strlen(cases[i].s));
		if (cases[i].fmt)
			assert_string_equal(g ? g : "NULL", cases[i].fmt);
		else
			assert_null(g);
	}
}

static void label(enum cs_bucket b, int y, int m, int d, const char *want)
{
	char buf[CS_BUCKET_LABEL];
	cs_bucket_label(b, cs_bucket_index(b, y, m, d), buf, sizeof buf);
	if (strcmp(buf, want) != 0)
		print_error("%04d-%02d-%02d as %s: %s, expected %s\n", y, m, d, cs_bucket_name(b), buf, want);
	assert_string_equal(buf, want);
}

/* ISO weeks against known calendars: a year's week 1 holds its first
 * Thursday. */
static void test_iso_weeks(void **state)
{
	(void)state;
	label(CS_BUCKET_WEEK, 2023, 6, 18, "2023-W24");
	label(CS_BUCKET_WEEK, 2020, 12, 31, "2020-W53");
	label(CS_BUCKET_WEEK, 2021, 1, 3, "2020-W53");
	label(CS_BUCKET_WEEK, 2021, 1, 4, "2021-W01");
	label(CS_BUCKET_WEEK, 2024, 12, 30, "2025-W01");
	label(CS_BUCKET_WEEK, 2024, 12, 29, "2024-W52");
	label(CS_BUCKET_WEEK, 2026, 1, 1, "2026-W01");
	label(CS_BUCKET_WEEK, 2015, 12, 31, "2015-W53");
	label(CS_BUCKET_WEEK, 2016, 1, 3, "2015-W53");
	label(CS_BUCKET_WEEK, 2008, 12, 29, "2009-W01");
	label(CS_BUCKET_WEEK, 2010, 1, 3, "2009-W53");
	label(CS_BUCKET_WEEK, 1970, 1, 1, "1970-W01");
	label(CS_BUCKET_WEEK, 1969, 12, 28, "1969-W52");
	label(CS_BUCKET_WEEK, 1900, 1, 1, "1900-W01");
	label(CS_BUCKET_WEEK, 9999, 12, 31, "9999-W52");
	label(CS_BUCKET_WEEK, 0, 1, 1, "-001-W52");     /* 0000-01-01 is a Saturday */
	/* consecutive weeks count by 1, also across a week 53 */
	assert_int_equal(cs_bucket_index(CS_BUCKET_WEEK, 2021, 1, 4) - cs_bucket_index(CS_BUCKET_WEEK, 2020, 12, 28), 1);
	assert_int_equal(cs_bucket_index(CS_BUCKET_WEEK, 2021, 1, 3) - cs_bucket_index(CS_BUCKET_WEEK, 2020, 12, 28), 0);
	assert_int_equal(cs_bucket_index(CS_BUCKET_WEEK, 1969, 12, 29), 0);
	assert_int_equal(cs_bucket_index(CS_BUCKET_WEEK, 1969, 12, 28), -1);
}

static void test_other_buckets(void **state)
{
	(void)state;
	label(CS_BUCKET_QUARTER, 2023, 6, 18, "2023-Q2");
	label(CS_BUCKET_QUARTER, 2023, 1, 1, "2023-Q1");
	label(CS_BUCKET_QUARTER, 2023, 12, 31, "2023-Q4");
	label(CS_BUCKET_QUARTER, 0, 3, 31, "0000-Q1");
	assert_int_equal(cs_bucket_index(CS_BUCKET_QUARTER, 2024, 1, 1) - cs_bucket_index(CS_BUCKET_QUARTER, 2023, 12, 31), 1);
	label(CS_BUCKET_DAY, 2023, 6, 18, "2023-06-18");
	label(CS_BUCKET_DAY, 2024, 2, 29, "2024-02-29");
	label(CS_BUCKET_DAY, 0, 1, 1, "0000-01-01");
	label(CS_BUCKET_DAY, 9999, 12, 31, "9999-12-31");
	label(CS_BUCKET_MONTH, 2023, 6, 18, "2023-06");
	label(CS_BUCKET_YEAR, 2023, 6, 18, "2023");
	assert_int_equal(cs_bucket_index(CS_BUCKET_DAY, 1970, 1, 1), 0);
	assert_int_equal(cs_bucket_index(CS_BUCKET_DAY, 2024, 3, 1) - cs_bucket_index(CS_BUCKET_DAY, 2024, 2, 28), 2);
	assert_int_equal(cs_bucket_index(CS_BUCKET_DAY, 2023, 3, 1) - cs_bucket_index(CS_BUCKET_DAY, 2023, 2, 28), 1);
	assert_int_equal(cs_bucket_index(CS_BUCKET_DAY, 2001, 1, 1) - cs_bucket_index(CS_BUCKET_DAY, 2000, 1, 1), 366);
	assert_int_equal(cs_bucket_index(CS_BUCKET_DAY, 1901, 1, 1) - cs_bucket_index(CS_BUCKET_DAY, 1900, 1, 1), 365);
}

/* Every day from 0000-01-01 to 9999-12-31: the day count goes up by one,
 * comes back to the same date, and the week is glibc's strftime %G-W%V
 * (from 1900, where struct tm is safe with timegm). */
static void test_every_day(void **state)
{
	(void)state;
	long prev = cs_date_days(0, 1, 1) - 1;
	for (int y = 0; y <= 9999; y++)
		for (int m = 1; m <= 12; m++)
			for (int d = 1; d <= 31; d++) {
				int yy, mm, dd;
				char iso[16];
				snprintf(iso, sizeof iso, "%04d-%02d-%02d", y, m, d);
				if (cs_date_parse(iso, 10, &yy, &mm, &dd) != CS_DATE_OK)
					continue;
				long z = cs_date_days(y, m, d);
				assert_int_equal(z, prev + 1);
				prev = z;
				cs_date_from_days(z, &yy, &mm, &dd);
				assert_true(yy == y && mm == m && dd == d);
				if (y < 1900 || y > 2200)
					continue;
				struct tm tm = { 0 };
				tm.tm_year = y - 1900, tm.tm_mon = m - 1, tm.tm_mday = d, tm.tm_hour = 12;
				time_t t = timegm(&tm);
				struct tm out;
				gmtime_r(&t, &out);
				char want[16], got[CS_BUCKET_LABEL];
				strftime(want, sizeof want, "%G-W%V", &out);
				cs_bucket_label(CS_BUCKET_WEEK, cs_bucket_index(CS_BUCKET_WEEK, y, m, d), got, sizeof got);
				if (strcmp(want, got) != 0)
					print_error("%s: week %s, strftime %s\n", iso, got, want);
				assert_string_equal(got, want);
			}
	assert_int_equal(prev, cs_date_days(9999, 12, 31));
}

/* Labels are written without printf: the same text as printf's, for every
 * bucket of the years 0000 to 9999 and beyond them (where printf writes). */
static long floor_by(long a, long b)
{
	return a >= 0 ? a / b : -((-a + b - 1) / b);
}

static void test_bucket_label_as_printf(void **state)
{
	(void)state;
	const enum cs_bucket b[] = { CS_BUCKET_YEAR, CS_BUCKET_QUARTER, CS_BUCKET_MONTH, CS_BUCKET_WEEK, CS_BUCKET_DAY };
	size_t checked = 0;
	for (size_t k = 0; k < 5; k++) {
		long lo = cs_bucket_index(b[k], 0, 1, 1) - 3, hi = cs_bucket_index(b[k], 9999, 12, 31) + 3;
		for (long i = lo; i <= hi; i++) {
			char got[CS_BUCKET_LABEL], want[64];
			int y, m, d;
			cs_bucket_label(b[k], i, got, sizeof got);
			switch (b[k]) {
			case CS_BUCKET_YEAR:
				snprintf(want, sizeof want, "%04ld", i);
				break;
			case CS_BUCKET_QUARTER:
				snprintf(want, sizeof want, "%04ld-Q%ld", floor_by(i, 4), i - 4 * floor_by(i, 4) + 1);
				break;
			case CS_BUCKET_MONTH:
				snprintf(want, sizeof want, "%04ld-%02ld", floor_by(i, 12), i - 12 * floor_by(i, 12) + 1);
				break;
			case CS_BUCKET_WEEK:
				cs_date_from_days(7 * i, &y, &m, &d);
				snprintf(want, sizeof want, "%04d-W%02ld", y, (7 * i - cs_date_days(y, 1, 1)) / 7 + 1);
				break;
			default:
				cs_date_from_days(i, &y, &m, &d);
				snprintf(want, sizeof want, "%04d-%02d-%02d", y, m, d);
			}
			if (strcmp(got, want) != 0)
				print_error("bucket %zu index %ld: %s, printf %s\n", k, i, got, want);
			assert_string_equal(got, want);
			checked++;
		}
	}
	assert_true(checked > 3000000);
	char small[5];
	cs_bucket_label(CS_BUCKET_MONTH, cs_bucket_index(CS_BUCKET_MONTH, 2023, 6, 1), small, sizeof small);
	assert_string_equal(small, "2023");
}

/* cs_bucket_parse gives back the index of every label, and refuses text
 * that is not one. */
static void test_bucket_parse(void **state)
{
	(void)state;
	const enum cs_bucket b[] = { CS_BUCKET_YEAR, CS_BUCKET_QUARTER, CS_BUCKET_MONTH, CS_BUCKET_WEEK, CS_BUCKET_DAY };
	size_t checked = 0;
	for (size_t k = 0; k < 5; k++) {
		long lo = cs_bucket_index(b[k], 1899, 12, 25), hi = cs_bucket_index(b[k], 2101, 1, 5);
		for (long i = lo; i <= hi; i++) {
			char label[CS_BUCKET_LABEL];
			long back = -1;
			cs_bucket_label(b[k], i, label, sizeof label);
			assert_int_equal(cs_bucket_parse(b[k], label, &back), 0);
			assert_int_equal(back, i);
			checked++;
		}
	}
	assert_true(checked > 80000);
	long i;
	assert_int_equal(cs_bucket_parse(CS_BUCKET_WEEK, "2020-W53", &i), 0);   /* 2020 has 53 weeks */
	assert_int_equal(cs_bucket_parse(CS_BUCKET_WEEK, "2021-W53", &i), -1);  /* 2021 has not */
	assert_int_equal(cs_bucket_parse(CS_BUCKET_MONTH, "2023-13", &i), -1);
	assert_int_equal(cs_bucket_parse(CS_BUCKET_MONTH, "2023-6", &i), -1);
	assert_int_equal(cs_bucket_parse(CS_BUCKET_QUARTER, "2023-Q5", &i), -1);
	assert_int_equal(cs_bucket_parse(CS_BUCKET_DAY, "2023-02-29", &i), -1);
	assert_int_equal(cs_bucket_parse(CS_BUCKET_YEAR, " 2023", &i), -1);
	assert_int_equal(cs_bucket_parse(CS_BUCKET_YEAR, "2023x", &i), -1);
	assert_int_equal(cs_bucket_parse(CS_BUCKET_YEAR, "", &i), -1);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_valid_dates),
		cmocka_unit_test(test_no_such_day),
		cmocka_unit_test(test_other_forms),
		cmocka_unit_test(test_buckets),
		cmocka_unit_test(test_bucket_label_as_printf),
		cmocka_unit_test(test_spec),
		cmocka_unit_test(test_iso_date_times),
		cmocka_unit_test(test_formats),
		cmocka_unit_test(test_format_refusals),
		cmocka_unit_test(test_suggest),
		cmocka_unit_test(test_iso_weeks),
		cmocka_unit_test(test_other_buckets),
		cmocka_unit_test(test_every_day),
		cmocka_unit_test(test_bucket_parse),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
