/* test_groups.c - tests of cli/core/groups.c: the group hash table. */
#include "test_util.h"
#include "cli/core/groups.h"

#include <stdint.h>

static void test_get_and_order(void **state)
{
	(void)state;
	struct cs_groups g;
	cs_groups_init(&g, sizeof(int64_t));
	const char *labels[] = { "Шымкент", "Almaty", "Astana, city", "", "Almaty", "Шымкент", "Almaty" };
	for (size_t i = 0; i < 7; i++) {
		int64_t *v = cs_groups_get(&g, labels[i], strlen(labels[i]));
		assert_non_null(v);
		(*v)++;
	}
	assert_int_equal(g.n, 4);
	size_t *order = cs_groups_sorted(&g);
	assert_non_null(order);
	/* byte order: "" < "Almaty" < "Astana, city" < Cyrillic */
	const char *want[] = { "", "Almaty", "Astana, city", "Шымкент" };
	const int64_t counts[] = { 1, 3, 1, 2 };
	for (size_t k = 0; k < 4; k++) {
		assert_string_equal(g.key[order[k]], want[k]);
		assert_int_equal(*(int64_t *)cs_groups_value(&g, order[k]), counts[k]);
	}
	free(order);
	cs_groups_free(&g);
}

/* Merging what two threads counted: shared groups add up, new ones are
 * made, and every count of a block is added. */
static void test_add_counts(void **state)
{
	(void)state;
	struct cs_groups a, b;
	cs_groups_init(&a, 3 * sizeof(int64_t));
	cs_groups_init(&b, 3 * sizeof(int64_t));
	int64_t *v = cs_groups_get(&a, "Astana", 6);
	v[0] = 1, v[1] = 2, v[2] = 3;
	v = cs_groups_get(&b, "Astana", 6);
	v[0] = 10, v[1] = 20, v[2] = 30;
	v = cs_groups_get(&b, "Шымкент", strlen("Шымкент"));
	v[0] = 4, v[1] = 5, v[2] = 6;
	assert_int_equal(cs_groups_add_counts(&a, &b), 0);
	assert_int_equal(a.n, 2);
	v = cs_groups_get(&a, "Astana", 6);
	assert_int_equal(v[0], 11);
	assert_int_equal(v[1], 22);
	assert_int_equal(v[2], 33);
	v = cs_groups_get(&a, "Шымкент", strlen("Шымкент"));
	assert_int_equal(v[0], 4);
	assert_int_equal(v[2], 6);
	assert_int_equal(b.n, 2);          /* from is left as it was */
	cs_groups_free(&a);
	cs_groups_free(&b);
}

/* Keys are compared by length and bytes, so a prefix is another group. */
static void test_prefixes_and_growth(void **state)
{
	(void)state;
	struct cs_groups g;
	cs_groups_init(&g, sizeof(int64_t));
	char key[32];
	for (int round = 0; round < 2; round++)
		for (int i = 0; i < 10000; i++) {
			snprintf(key, sizeof key, "g%d", i);
			int64_t *v = cs_groups_get(&g, key, strlen(key));
			assert_non_null(v);
			*v += i;
		}
	assert_int_equal(g.n, 10000);
	assert_true(g.nslots >= 2 * g.n);
	int64_t *v = cs_groups_get(&g, "g1", 2);
	assert_int_equal(*v, 2);
	v = cs_groups_get(&g, "g12", 2);   /* only 2 bytes: "g1" again */
	assert_int_equal(*v, 2);
	assert_int_equal(g.n, 10000);
	size_t *order = cs_groups_sorted(&g);
	for (size_t k = 1; k < g.n; k++)
		assert_true(strcmp(g.key[order[k - 1]], g.key[order[k]]) < 0);
	free(order);
	cs_groups_free(&g);
	assert_null(cs_groups_sorted(&g));
}

/* Labels of every length from 0 to 40 bytes that differ in one byte only,
 * at each position: all distinct groups, each found again.  (Up to 16 bytes
 * a lookup compares a label's first and last words; beyond, the middle
 * bytes too.) */
static void test_one_byte_apart(void **state)
{
	(void)state;
	struct cs_groups g;
	cs_groups_init(&g, sizeof(int64_t));
	char key[41];
	size_t made = 0;
	for (int round = 0; round < 2; round++) {
		for (size_t len = 0; len <= 40; len++)
			for (size_t at = 0; at <= len; at++) {
				memset(key, 'a', len);
				if (at < len)
					key[at] = 'b';       /* at == len: all 'a' */
				int64_t *v = cs_groups_get(&g, key, len);
				assert_non_null(v);
				if (round == 0 && *v == 0)
					made++;
				*v += 1;
			}
	}
	/* per length: a 'b' at each of len places, and all 'a' */
	assert_int_equal(g.n, made);
	size_t want = 0;
	for (size_t len = 0; len <= 40; len++)
		want += len + 1;
	assert_int_equal(g.n, want);
	for (size_t i = 0; i < g.n; i++)
		assert_int_equal(*(int64_t *)cs_groups_value(&g, i), 2);
	cs_groups_free(&g);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_get_and_order),
		cmocka_unit_test(test_prefixes_and_growth),
		cmocka_unit_test(test_add_counts),
		cmocka_unit_test(test_one_byte_apart),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
