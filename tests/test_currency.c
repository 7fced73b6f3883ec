/* test_currency.c - tests of cli/core/currency.c: the table, and currency
 * marks before and after amounts. */
#include "test_util.h"
#include "cli/core/currency.h"
#include "cli/core/fold.h"
#include "cli/core/values.h"
#include "analysis/money.h"
#include "analysis/status.h"

static void test_table(void **state)
{
	(void)state;
	/* marks are folded, valid UTF-8, and each names one currency */
	for (size_t c = 0; c < cs_ncurrencies; c++) {
		assert_int_equal(strlen(cs_currencies[c].code), 3);
		const char *code = cs_currencies[c].code;
		assert_ptr_equal(cs_currency_find(code, 3), &cs_currencies[c]);
		for (const char *const *m = cs_currencies[c].marks; *m; m++) {
			char key[64];
			assert_true(cs_utf8_valid(*m, strlen(*m)));
			assert_int_equal(cs_fold_key(*m, strlen(*m), key, sizeof key), (int)strlen(*m));
			assert_string_equal(key, *m);
			assert_ptr_equal(cs_currency_find(*m, strlen(*m)), &cs_currencies[c]);
			for (size_t d = 0; d < cs_ncurrencies; d++)
				for (const char *const *n = cs_currencies[d].marks; d != c && *n; n++)
					assert_string_not_equal(*m, *n);
		}
	}
}

static const char *code_of(const char *s)
{
	const struct cs_currency *c = cs_currency_find(s, strlen(s));
	return c ? c->code : "none";
}

static void test_find(void **state)
{
	(void)state;
	assert_string_equal(code_of("KZT"), "KZT");
	assert_string_equal(code_of(" kzt "), "KZT");
	assert_string_equal(code_of("₸"), "KZT");
	assert_string_equal(code_of("Тенге"), "KZT");
	assert_string_equal(code_of("ТЕҢГЕ"), "KZT");
	assert_string_equal(code_of("ТГ."), "KZT");
	assert_string_equal(code_of("₽"), "RUB");
	assert_string_equal(code_of("Руб."), "RUB");
	assert_string_equal(code_of("US$"), "USD");
	assert_string_equal(code_of("$"), "USD");
	assert_string_equal(code_of("€"), "EUR");
	assert_string_equal(code_of("ЕВРО"), "EUR");
	assert_string_equal(code_of("¥"), "none");
	assert_string_equal(code_of("KZ"), "none");
	assert_string_equal(code_of("KZTT"), "none");
	assert_string_equal(code_of(""), "none");
}

struct strip {
	const char *in, *num, *code;
};

static void test_strip(void **state)
{
	(void)state;
	const struct strip ok[] = {
		{ "23 000,50 ₸", "23 000,50", "KZT" },
		{ "23 000,50₸", "23 000,50", "KZT" },
		{ "₸23 000,50", "23 000,50", "KZT" },
		{ "₸ 500", "500", "KZT" },
		{ "500 тг.", "500", "KZT" },
		{ "500тг", "500", "KZT" },
		{ "500 ТГ", "500", "KZT" },
		{ "500 тенге", "500", "KZT" },
		{ "500 теңге", "500", "KZT" },
		{ "KZT 500", "500", "KZT" },
		{ "500 KZT", "500", "KZT" },
		{ "500\xC2\xA0₸", "500", "KZT" },                  /* U+00A0 */
		{ "23\xE2\x80\xAF" "000,50\xE2\x80\xAF₽", "23\xE2\x80\xAF" "000,50", "RUB" },   /* U+202F */
		{ "1 500 руб.", "1 500", "RUB" },
		{ "1 500 руб", "1 500", "RUB" },
		{ "1500р.", "1500", "RUB" },
		{ "1500 р", "1500", "RUB" },
		{ "RUB 10", "10", "RUB" },
		{ "$1,200.50", "1,200.50", "USD" },
		{ "-$5", "-5", "USD" },
		{ "+$5", "+5", "USD" },
		{ "$-5", "-5", "USD" },
		{ "US$ 40", "40", "USD" },
		{ "40 USD", "40", "USD" },
		{ "40 долл.", "40", "USD" },
		{ "€10", "10", "EUR" },
		{ "10 EUR", "10", "EUR" },
		{ "10 евро", "10", "EUR" },
		{ " 7 ", "7", NULL },
		{ "-5 ₸", "-5", "KZT" },
		{ "1,5", "1,5", NULL },
		{ "", "", NULL },
		{ "Пр", "Пр", NULL },            /* a letter before: no mark */
		{ "сумма 500", "сумма 500", NULL },
		{ "USDA 5", "USDA 5", NULL },
		{ "5.р", "5.р", NULL },
		{ "5 ¥", "5 ¥", NULL },
	};
	for (size_t i = 0; i < sizeof ok / sizeof *ok; i++) {
		char buf[64];
		size_t n = 99;
		const struct cs_currency *cur = (const struct cs_currency *)1;
		const char *in = ok[i].in, *num = ok[i].num, *code = ok[i].code;
		int rc = cs_currency_strip(in, strlen(in), buf, sizeof buf, &n, &cur);
		if (rc != 0 || strcmp(buf, num) != 0 || (code ? !cur || strcmp(cur->code, code) : cur != NULL))
			print_error("'%s': rc %d, number '%s', currency %s\n", in, rc, buf, cur ? cur->code : "none");
		assert_int_equal(rc, 0);
		assert_string_equal(buf, num);
		assert_int_equal(n, strlen(num));
		if (code)
			assert_string_equal(cur->code, code);
		else
			assert_null(cur);
	}
	const char *bad[] = { "$5 USD", "₸500 тг", "₸", "тг.", " $ ", "-$" };
	for (size_t i = 0; i < sizeof bad / sizeof *bad; i++) {
		char buf[64];
		size_t n;
		const struct cs_currency *cur = NULL;
		assert_int_equal(cs_currency_strip(bad[i], strlen(bad[i]), buf, sizeof buf, &n, &cur), -1);
		assert_non_null(cur);
	}
	char small[4];
	size_t n;
	const struct cs_currency *cur;
	assert_int_equal(cs_currency_strip("1234 ₸", strlen("1234 ₸"), small, sizeof small, &n, &cur), -2);
	assert_int_equal(cs_currency_strip("123 ₸", strlen("123 ₸"), small, sizeof small, &n, &cur), 0);
	assert_string_equal(small, "123");
}

/* The whole way: mark off, amount read with the decimal comma. */
static void test_with_money(void **state)
{
	(void)state;
	const struct cs_money_syntax ru = { ',', CS_SEP_SPACE };
	const char *cells[] = { "23 000,50 ₸", "₸23 000,50", "23\xC2\xA0" "000,50\xC2\xA0тг.", "23 000,50 KZT" };
	for (size_t i = 0; i < sizeof cells / sizeof *cells; i++) {
		char buf[64];
		size_t n;
		const struct cs_currency *cur;
		assert_int_equal(cs_currency_strip(cells[i], strlen(cells[i]), buf, sizeof buf, &n, &cur), 0);
		assert_string_equal(cur->code, "KZT");
		int64_t v;
		int dec;
		assert_int_equal(cs_money_read(buf, n, &ru, &v, &dec, NULL), CS_OK);
		assert_int_equal(v, INT64_C(230005000));
		assert_int_equal(dec, 2);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_table),
		cmocka_unit_test(test_find),
		cmocka_unit_test(test_strip),
		cmocka_unit_test(test_with_money),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
