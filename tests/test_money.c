/* test_money.c - tests of analysis/money.c: the decimal parser, exact sums,
 * overflow and exact formatting.
 *
 * Expected values are exact decimal arithmetic written out by hand from
 * the definition (scale 10^4); the sum of ten million 0.10 is 10^6
 * exactly, which naive double summation misses
 * (999999.9998389754, the IEEE 754 result of adding 0.1 ten million
 * times in order). */
#include "test_util.h"
#include "analysis/money.h"
#include "analysis/status.h"

static void ok(const char *s, enum cs_money_sep sep, int64_t want, int want_dec)
{
	int64_t v = -1;
	int dec = -1;
	enum cs_money_problem why = CS_MONEY_NOT_NUMBER;
	int st = cs_money_parse(s, strlen(s), sep, &v, &dec, &why);
	if (st != CS_OK || v != want || dec != want_dec || why != CS_MONEY_FINE)
		fail_msg("'%s' (sep %d): status %d, value %lld, decimals %d, problem %d; expected %lld, %d",
			 s, (int)sep, st, (long long)v, dec, (int)why, (long long)want, want_dec);
}

static void bad(const char *s, enum cs_money_sep sep, enum cs_money_problem want)
{
	int64_t v = 12345;
	enum cs_money_problem why = CS_MONEY_FINE;
	int st = cs_money_parse(s, strlen(s), sep, &v, NULL, &why);
	int want_st = want == CS_MONEY_MISSING ? CS_EUNDEF : want == CS_MONEY_TOO_LARGE ? CS_ERANGE : CS_EDOM;
	if (st != want_st || why != want || v != 12345)
		fail_msg("'%s' (sep %d): status %d, problem %d (value %lld); expected status %d, problem %d",
			 s, (int)sep, st, (int)why, (long long)v, want_st, (int)want);
}

static void test_valid_forms(void **state)
{
	(void)state;
	ok("23000", CS_SEP_NONE, INT64_C(230000000), 0);
	ok("16000.50", CS_SEP_NONE, INT64_C(160005000), 2);
	ok("16000.5", CS_SEP_NONE, INT64_C(160005000), 1);
	ok("-12.5", CS_SEP_NONE, INT64_C(-125000), 1);
	ok("+7", CS_SEP_NONE, INT64_C(70000), 0);
	ok("0", CS_SEP_NONE, 0, 0);
	ok("-0", CS_SEP_NONE, 0, 0);
	ok("-0.00", CS_SEP_NONE, 0, 2);
	ok("0.0001", CS_SEP_NONE, 1, 4);
	ok("007", CS_SEP_NONE, INT64_C(70000), 0);
	ok("  42  ", CS_SEP_NONE, INT64_C(420000), 0);
	ok("\t1.5\t", CS_SEP_NONE, INT64_C(15000), 1);
	ok("1.50000000", CS_SEP_NONE, INT64_C(15000), 4);   /* zeros past the 4th decimal are exact */
	ok("0.10", CS_SEP_NONE, INT64_C(1000), 2);
	ok("922337203685477.5807", CS_SEP_NONE, INT64_MAX, 4);
	ok("-922337203685477.5807", CS_SEP_NONE, -INT64_MAX, 4);
	ok("922337203685477", CS_SEP_NONE, INT64_C(9223372036854770000), 0);
	/* thousands separators, when asked for */
	ok("1,234", CS_SEP_COMMA, INT64_C(12340000), 0);
	ok("1,234,567.89", CS_SEP_COMMA, INT64_C(12345678900), 2);
	ok("-1,000", CS_SEP_COMMA, INT64_C(-10000000), 0);
	ok("123", CS_SEP_COMMA, INT64_C(1230000), 0);
	ok("1234567", CS_SEP_COMMA, INT64_C(12345670000), 0);   /* no separator at all is fine */
	ok("23 000", CS_SEP_SPACE, INT64_C(230000000), 0);
	ok("2 000 000", CS_SEP_SPACE, INT64_C(20000000000), 0);
	ok("23\xC2\xA0" "000", CS_SEP_SPACE, INT64_C(230000000), 0);        /* U+00A0 */
	ok("1\xE2\x80\xAF" "234.5", CS_SEP_SPACE, INT64_C(12345000), 1);   /* U+202F */
	ok(" 23 000 ", CS_SEP_SPACE, INT64_C(230000000), 0);
}

static void test_missing(void **state)
{
	(void)state;
	bad("", CS_SEP_NONE, CS_MONEY_MISSING);
	bad("   ", CS_SEP_NONE, CS_MONEY_MISSING);
	bad("\t", CS_SEP_SPACE, CS_MONEY_MISSING);
}

/* Amounts written wrongly, in every form we know of. */
static void test_bad_forms(void **state)
{
	(void)state;
	bad("12,5", CS_SEP_NONE, CS_MONEY_COMMA);
	bad("1,234", CS_SEP_NONE, CS_MONEY_COMMA);
	bad("12,5", CS_SEP_SPACE, CS_MONEY_COMMA);
	bad("12,5", CS_SEP_COMMA, CS_MONEY_GROUPING);
	bad("1e5", CS_SEP_NONE, CS_MONEY_EXPONENT);
	bad("1E+5", CS_SEP_NONE, CS_MONEY_EXPONENT);
	bad("1.5e-3", CS_SEP_NONE, CS_MONEY_EXPONENT);
	bad("nan", CS_SEP_NONE, CS_MONEY_NOT_NUMBER);
	bad("NaN", CS_SEP_NONE, CS_MONEY_NOT_NUMBER);
	bad("inf", CS_SEP_NONE, CS_MONEY_NOT_NUMBER);
	bad("-inf", CS_SEP_NONE, CS_MONEY_NOT_NUMBER);
	bad("Infinity", CS_SEP_NONE, CS_MONEY_NOT_NUMBER);
	bad("--", CS_SEP_NONE, CS_MONEY_NOT_NUMBER);
	bad("--5", CS_SEP_NONE, CS_MONEY_NOT_NUMBER);
	bad("+", CS_SEP_NONE, CS_MONEY_NOT_NUMBER);
	bad("-", CS_SEP_NONE, CS_MONEY_NOT_NUMBER);
	bad("+-1", CS_SEP_NONE, CS_MONEY_NOT_NUMBER);
	bad("1.2.3", CS_SEP_NONE, CS_MONEY_POINTS);
	bad("1..2", CS_SEP_NONE, CS_MONEY_POINTS);
	bad("1.23456.7", CS_SEP_NONE, CS_MONEY_POINTS);
	bad("12 34", CS_SEP_NONE, CS_MONEY_BLANK_INSIDE);
	bad("23 000", CS_SEP_COMMA, CS_MONEY_BLANK_INSIDE);
	bad("1\t000", CS_SEP_NONE, CS_MONEY_BLANK_INSIDE);
	bad("0x10", CS_SEP_NONE, CS_MONEY_NOT_NUMBER);
	bad("0X1p3", CS_SEP_NONE, CS_MONEY_NOT_NUMBER);
	bad(".5", CS_SEP_NONE, CS_MONEY_NOT_NUMBER);
	bad("5.", CS_SEP_NONE, CS_MONEY_NOT_NUMBER);
	bad(".", CS_SEP_NONE, CS_MONEY_NOT_NUMBER);
	bad("1.23456", CS_SEP_NONE, CS_MONEY_DECIMALS_MANY);
	bad("0.00001", CS_SEP_NONE, CS_MONEY_DECIMALS_MANY);
	bad("$12", CS_SEP_NONE, CS_MONEY_NOT_NUMBER);
	bad("12 KZT", CS_SEP_NONE, CS_MONEY_NOT_NUMBER);
	bad("12\xE2\x82\xB8", CS_SEP_NONE, CS_MONEY_NOT_NUMBER);        /* 12 and the tenge sign */
	bad("\xE2\x88\x92" "12", CS_SEP_NONE, CS_MONEY_NOT_NUMBER);      /* U+2212 minus */
	bad("12abc", CS_SEP_NONE, CS_MONEY_NOT_NUMBER);
	bad("(12.50)", CS_SEP_NONE, CS_MONEY_NOT_NUMBER);
	bad("1,2345", CS_SEP_COMMA, CS_MONEY_GROUPING);
	bad("1,,234", CS_SEP_COMMA, CS_MONEY_GROUPING);
	bad("1234,567", CS_SEP_COMMA, CS_MONEY_GROUPING);
	bad("1,234,56", CS_SEP_COMMA, CS_MONEY_GROUPING);
	bad("1,234.5,6", CS_SEP_COMMA, CS_MONEY_COMMA);   /* no separators after the point */
	bad(",123", CS_SEP_COMMA, CS_MONEY_NOT_NUMBER);
	bad("1,", CS_SEP_COMMA, CS_MONEY_GROUPING);
	bad("1 2", CS_SEP_SPACE, CS_MONEY_GROUPING);
	bad("1  234", CS_SEP_SPACE, CS_MONEY_GROUPING);
	bad("1 234,567", CS_SEP_SPACE, CS_MONEY_COMMA);
	bad("922337203685477.5808", CS_SEP_NONE, CS_MONEY_TOO_LARGE);
	bad("-922337203685477.5808", CS_SEP_NONE, CS_MONEY_TOO_LARGE);
	bad("1000000000000000", CS_SEP_NONE, CS_MONEY_TOO_LARGE);
	bad("99999999999999999999999999999", CS_SEP_NONE, CS_MONEY_TOO_LARGE);
	bad("1,000,000,000,000,000", CS_SEP_COMMA, CS_MONEY_TOO_LARGE);
	/* bad forms win over size: the message names the real problem */
	bad("99999999999999999999e5", CS_SEP_NONE, CS_MONEY_EXPONENT);
	/* an embedded NUL is not the end of the text */
	int64_t v;
	enum cs_money_problem why;
	assert_int_equal(cs_money_parse("1\0" "2", 3, CS_SEP_NONE, &v, NULL, &why), CS_EDOM);
	assert_int_equal(why, CS_MONEY_NOT_NUMBER);
	for (int p = CS_MONEY_FINE; p <= CS_MONEY_TOO_LARGE; p++)
		assert_non_null(cs_money_problem_text((enum cs_money_problem)p));
}

/* Issue 4: ten million values of 0.10 add up to exactly 1000000.00. */
static void ok_as(const char *s, char decimal, enum cs_money_sep sep, int64_t want, int want_dec)
{
	const struct cs_money_syntax syn = { decimal, sep };
	int64_t v = -1;
	int dec = -1;
	enum cs_money_problem why = CS_MONEY_NOT_NUMBER;
	int st = cs_money_read(s, strlen(s), &syn, &v, &dec, &why);
	if (st != CS_OK || v != want || dec != want_dec || why != CS_MONEY_FINE)
		fail_msg("'%s' ('%c', sep %d): status %d, value %lld, decimals %d, problem %d; expected %lld, %d",
			 s, decimal, (int)sep, st, (long long)v, dec, (int)why, (long long)want, want_dec);
}

static void bad_as(const char *s, char decimal, enum cs_money_sep sep, enum cs_money_problem want)
{
	const struct cs_money_syntax syn = { decimal, sep };
	int64_t v = 12345;
	enum cs_money_problem why = CS_MONEY_FINE;
	int st = cs_money_read(s, strlen(s), &syn, &v, NULL, &why);
	int want_st = want == CS_MONEY_MISSING ? CS_EUNDEF : want == CS_MONEY_TOO_LARGE ? CS_ERANGE : CS_EDOM;
	if (st != want_st || why != want || v != 12345)
		fail_msg("'%s' ('%c', sep %d): status %d, problem %d; expected status %d, problem %d",
			 s, decimal, (int)sep, st, (int)why, want_st, (int)want);
}

/* Amounts as Russian and Kazakh spreadsheets write them. */
static void test_decimal_comma(void **state)
{
	(void)state;
	ok_as("1,5", ',', CS_SEP_NONE, INT64_C(15000), 1);
	ok_as("-0,25", ',', CS_SEP_NONE, INT64_C(-2500), 2);
	ok_as("23000,50", ',', CS_SEP_NONE, INT64_C(230005000), 2);
	ok_as("23 000,50", ',', CS_SEP_SPACE, INT64_C(230005000), 2);
	ok_as("23\xC2\xA0" "000,50", ',', CS_SEP_SPACE, INT64_C(230005000), 2);        /* U+00A0 */
	ok_as("1\xE2\x80\xAF" "234\xE2\x80\xAF" "567,5", ',', CS_SEP_SPACE, INT64_C(12345675000), 1);
	ok_as("23.000,50", ',', CS_SEP_POINT, INT64_C(230005000), 2);
	ok_as("1.234.567", ',', CS_SEP_POINT, INT64_C(12345670000), 0);
	ok_as("1234567,8", ',', CS_SEP_POINT, INT64_C(12345678000), 1);
	ok_as(" 7 ", ',', CS_SEP_NONE, INT64_C(70000), 0);
	ok_as("922337203685477,5807", ',', CS_SEP_NONE, INT64_MAX, 4);
	ok_as("1,50000", ',', CS_SEP_NONE, INT64_C(15000), 4);
	/* the default syntax is cs_money_parse's */
	ok_as("16000.50", '.', CS_SEP_NONE, INT64_C(160005000), 2);
	ok_as("1,234.5", '.', CS_SEP_COMMA, INT64_C(12345000), 1);
	ok_as("1 234.5", '.', CS_SEP_SPACE, INT64_C(12345000), 1);

	bad_as("12.5", ',', CS_SEP_NONE, CS_MONEY_POINT);
	bad_as("12.5", ',', CS_SEP_SPACE, CS_MONEY_POINT);
	bad_as("1.234,5", ',', CS_SEP_NONE, CS_MONEY_POINT);
	bad_as("1,2,3", ',', CS_SEP_NONE, CS_MONEY_POINTS);
	bad_as("1,23456,7", ',', CS_SEP_NONE, CS_MONEY_POINTS);
	bad_as("1,23456", ',', CS_SEP_NONE, CS_MONEY_DECIMALS_MANY);
	bad_as(",5", ',', CS_SEP_NONE, CS_MONEY_NOT_NUMBER);
	bad_as("5,", ',', CS_SEP_NONE, CS_MONEY_NOT_NUMBER);
	bad_as("23 000,50", ',', CS_SEP_NONE, CS_MONEY_BLANK_INSIDE);
	bad_as("23.00,50", ',', CS_SEP_POINT, CS_MONEY_GROUPING);
	bad_as("2.3000,50", ',', CS_SEP_POINT, CS_MONEY_GROUPING);
	bad_as("1.234,567.8", ',', CS_SEP_POINT, CS_MONEY_POINT);     /* no separators after the comma */
	bad_as("1e5", ',', CS_SEP_NONE, CS_MONEY_EXPONENT);
	bad_as("1 000 000 000 000 000,00", ',', CS_SEP_SPACE, CS_MONEY_TOO_LARGE);
	bad_as("", ',', CS_SEP_NONE, CS_MONEY_MISSING);
	bad_as("23 000,50 ₸", ',', CS_SEP_SPACE, CS_MONEY_NOT_NUMBER);   /* signs: cs_currency_strip */
	/* separators that cannot go together are refused whatever the text */
	bad_as("1", ',', CS_SEP_COMMA, CS_MONEY_NOT_NUMBER);
	bad_as("1", '.', CS_SEP_POINT, CS_MONEY_NOT_NUMBER);
	bad_as("1", ';', CS_SEP_NONE, CS_MONEY_NOT_NUMBER);
}

static void test_syntax(void **state)
{
	(void)state;
	struct cs_money_syntax ok1 = { '.', CS_SEP_NONE }, ok2 = { ',', CS_SEP_SPACE }, ok3 = { ',', CS_SEP_POINT },
			       ok4 = { '.', CS_SEP_COMMA }, bad1 = { ',', CS_SEP_COMMA }, bad2 = { '.', CS_SEP_POINT },
			       bad3 = { 0, CS_SEP_NONE };
	assert_null(cs_money_syntax_problem(&ok1));
	assert_null(cs_money_syntax_problem(&ok2));
	assert_null(cs_money_syntax_problem(&ok3));
	assert_null(cs_money_syntax_problem(&ok4));
	assert_string_equal(cs_money_syntax_problem(&bad1),
			    "the decimal separator and the thousands separator are both ','");
	assert_string_equal(cs_money_syntax_problem(&bad2),
			    "the decimal separator and the thousands separator are both '.'");
	assert_string_equal(cs_money_syntax_problem(&bad3), "the decimal separator is '.' or ','");
	/* the messages speak of the separator in use */
	assert_non_null(strstr(cs_money_problem_explain(CS_MONEY_POINTS, &ok2), "decimal comma"));
	assert_non_null(strstr(cs_money_problem_explain(CS_MONEY_POINTS, &ok1), "decimal point"));
	assert_non_null(strstr(cs_money_problem_explain(CS_MONEY_NOT_NUMBER, &ok2), "16000,50"));
	assert_non_null(strstr(cs_money_problem_explain(CS_MONEY_POINT, &ok2), "--thousands '.'"));
	for (int p = CS_MONEY_FINE; p <= CS_MONEY_POINT; p++) {
		assert_true(cs_money_problem_explain((enum cs_money_problem)p, &ok1)[0] != '\0');
		assert_true(cs_money_problem_explain((enum cs_money_problem)p, &ok2)[0] != '\0');
	}
}

static void test_exact_sum_ten_million(void **state)
{
	(void)state;
	cs_money_wide sum = 0;
	double naive = 0;
	for (long i = 0; i < 10000000; i++) {
		int64_t v;
		assert_true(cs_money_parse("0.10", 4, CS_SEP_NONE, &v, NULL, NULL) == CS_OK);
		assert_true(cs_money_add(&sum, v) == CS_OK);
		naive += 0.10;
	}
	assert_true(sum == (cs_money_wide)10000000000LL);
	char buf[64];
	assert_int_equal(cs_money_format(buf, sizeof buf, sum, 2, 0), 10);
	assert_string_equal(buf, "1000000.00");
	assert_true(cs_money_wide_to_double(sum) == 1000000.0);
	/* what a double accumulator gives instead */
	assert_true(naive != 1000000.0);
	assert_close(naive, 999999.9998389754, 1e-6, 0);
}

/* Cents of mixed sign add up exactly: 0.01 + ... (one million times) - 0.01 x 999999 = 0.01. */
static void test_exact_sum_mixed(void **state)
{
	(void)state;
	cs_money_wide sum = 0;
	for (int i = 0; i < 1000000; i++) {
		assert_int_equal(cs_money_add(&sum, 100), CS_OK);       /* 0.01 */
		if (i)
			assert_int_equal(cs_money_add(&sum, -100), CS_OK);
	}
	assert_true(sum == 100);
	char buf[64];
	cs_money_format(buf, sizeof buf, sum, 2, ',');
	assert_string_equal(buf, "0.01");
}

static void test_overflow(void **state)
{
	(void)state;
	/* sums of the largest amounts stay exact far beyond int64 */
	cs_money_wide sum = 0;
	for (int i = 0; i < 1000; i++)
		assert_int_equal(cs_money_add(&sum, INT64_MAX), CS_OK);
	char buf[64];
	cs_money_format(buf, sizeof buf, sum, 4, 0);
	assert_string_equal(buf, "922337203685477580.7000");   /* 1000 x 922337203685477.5807 */
	cs_money_format(buf, sizeof buf, -sum, 4, ',');
	assert_string_equal(buf, "-922,337,203,685,477,580.7000");
	/* the 128-bit sum itself refuses to wrap */
	cs_money_wide top = (cs_money_wide)((((unsigned __int128)1) << 127) - 1);   /* INT128_MAX */
	cs_money_wide s = top - 5;
	assert_int_equal(cs_money_add(&s, 5), CS_OK);
	assert_true(s == top);
	assert_int_equal(cs_money_add(&s, 1), CS_ERANGE);
	assert_true(s == top);   /* unchanged */
	cs_money_wide bottom = -top - 1;
	s = bottom;
	assert_int_equal(cs_money_add(&s, -1), CS_ERANGE);
	assert_true(s == bottom);
	assert_true(cs_money_format(buf, sizeof buf, bottom, 4, ',') > 0);
	assert_string_equal(buf, "-17,014,118,346,046,923,173,168,730,371,588,410.5728");
}

static void test_format(void **state)
{
	(void)state;
	char buf[64];
	static const struct { int64_t v; int dec; char sep; const char *want; } cases[] = {
		{ 160005000, 2, ',', "16,000.50" },
		{ 160005000, 0, ',', "16,001" },        /* half away from zero */
		{ -125000, 0, 0, "-13" },
		{ -125000, 1, 0, "-12.5" },
		{ -1, 2, 0, "0.00" },                   /* never "-0.00" */
		{ 12345675000, 4, ' ', "1 234 567.5000" },
		{ 999, 0, 0, "0" },
		{ 5000, 0, 0, "1" },
		{ 0, 0, ',', "0" },
		{ 230000000, 0, ',', "23,000" },
		{ 20000000000, 0, ',', "2,000,000" },
		{ 1000000, 0, ',', "100" },
	};
	for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
		assert_true(cs_money_format(buf, sizeof buf, cases[i].v, cases[i].dec, cases[i].sep) > 0);
		assert_string_equal(buf, cases[i].want);
	}
	char tiny[4];
	assert_int_equal(cs_money_format(tiny, sizeof tiny, 230000000, 0, ','), -1);
}

/* The double of an amount is the one strtod gives for its text. */
static void test_to_double(void **state)
{
	(void)state;
	static const char *const texts[] = { "0.1", "0.10", "16000.5", "-12.5", "0.0001", "99999.99",
					     "123456789.1234", "900719925474.0993", "0.3" };
	for (size_t i = 0; i < sizeof texts / sizeof *texts; i++) {
		int64_t v;
		assert_int_equal(cs_money_parse(texts[i], strlen(texts[i]), CS_SEP_NONE, &v, NULL, NULL), CS_OK);
		assert_true(cs_money_to_double(v) == strtod(texts[i], NULL));
	}
	assert_true(cs_money_wide_to_double((cs_money_wide)INT64_MAX * 1000) == 922337203685477580.7);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_valid_forms),
		cmocka_unit_test(test_missing),
		cmocka_unit_test(test_bad_forms),
		cmocka_unit_test(test_decimal_comma),
		cmocka_unit_test(test_syntax),
		cmocka_unit_test(test_exact_sum_ten_million),
		cmocka_unit_test(test_exact_sum_mixed),
		cmocka_unit_test(test_overflow),
		cmocka_unit_test(test_format),
		cmocka_unit_test(test_to_double),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
