/* test_methods.c - cs_method_find() over every method table, and over a
 * table whose aliases are not right after the name. */
#include "test_util.h"
#include "analysis/compare.h"
#include "analysis/methods.h"
#include "analysis/mse.h"
#include "analysis/multinom.h"
#include "analysis/proportion.h"

#include <stddef.h>

/* Each table's name and aliases find their own row through its wrapper;
 * the count keeps the test from passing on empty tables. */
#define EVERY_NAME(table, n, find, checked)                                          \
	for (size_t i = 0; i < (n); i++) {                                           \
		assert_ptr_equal(find((table)[i].name), &(table)[i]);                 \
		(checked)++;                                                         \
		for (size_t a = 0; (table)[i].aliases[a]; a++, (checked)++)          \
			assert_ptr_equal(find((table)[i].aliases[a]), &(table)[i]);   \
	}

static void test_every_table(void **state)
{
	(void)state;
	size_t checked = 0;
	EVERY_NAME(cs_prop_methods, cs_prop_nmethods, cs_prop_method_find, checked);
	EVERY_NAME(cs_cmp_methods, cs_cmp_nmethods, cs_cmp_method_find, checked);
	EVERY_NAME(cs_multinom_methods, cs_multinom_nmethods, cs_multinom_method_find, checked);
	EVERY_NAME(cs_mse2_methods, cs_mse2_nmethods, cs_mse2_method_find, checked);
	EVERY_NAME(cs_mse_intervals, cs_mse_nintervals, cs_mse_interval_find, checked);
	assert_true(checked >= 40);
	assert_string_equal(cs_prop_method_find("score")->name, "wilson");
	assert_string_equal(cs_mse2_method_find("lp")->name, "lincoln-petersen");
	/* exact names: no case folding, no prefixes, no NULL */
	assert_null(cs_prop_method_find("Wilson"));
	assert_null(cs_prop_method_find("wils"));
	assert_null(cs_prop_method_find(""));
	assert_null(cs_prop_method_find(NULL));
	assert_null(cs_mse_interval_find(NULL));
}

struct odd_row {
	const char *name;
	int weight;                /* a member between the name and the aliases */
	const char *aliases[3];
};

static void test_aliases_anywhere(void **state)
{
	(void)state;
	static const struct odd_row rows[] = {
		{ "first", 1, { "one", "1", NULL } },
		{ "second", 2, { NULL } },
		{ "third", 3, { "three", NULL } },
	};
	size_t n = sizeof rows / sizeof rows[0], at = offsetof(struct odd_row, aliases);
	assert_ptr_equal(cs_method_find(rows, n, sizeof rows[0], at, "one"), &rows[0]);
	assert_ptr_equal(cs_method_find(rows, n, sizeof rows[0], at, "1"), &rows[0]);
	assert_ptr_equal(cs_method_find(rows, n, sizeof rows[0], at, "second"), &rows[1]);
	assert_ptr_equal(cs_method_find(rows, n, sizeof rows[0], at, "three"), &rows[2]);
	assert_null(cs_method_find(rows, n, sizeof rows[0], at, "two"));
	assert_null(cs_method_find(rows, 2, sizeof rows[0], at, "third"));  /* n bounds the search */
	assert_null(cs_method_find(rows, 0, sizeof rows[0], at, "first"));
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_every_table),
		cmocka_unit_test(test_aliases_anywhere),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
