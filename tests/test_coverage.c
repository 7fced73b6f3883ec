/* test_coverage.c - tests of analysis/coverage.c.
 *
 * Expected values: tests/ref/coverage_ref.csv, from R 4.2.2 by
 * tests/ref/coverage_ref.R (binom.test, prop.test(correct = FALSE) and
 * textbook formulas; coverage as sum(dbinom) over the covering x), for
 * n = 1 ... 100, conf 0.5 ... 0.99, five methods, at 13 points and as the
 * mean and minimum over the default grid.  Agreement to 1e-9.
 * The same file holds the Wald examples of Brown, Cai & DasGupta (2001,
 * section 2.1): p = 0.005 with n = 591 and 592, p = 0.5 with n = 17 and
 * 40 (0.945, 0.792, 0.951, 0.919 to three decimals). */
#include "test_util.h"
#include "analysis/coverage.h"
#include "analysis/dist.h"
#include "analysis/status.h"

#include <gsl/gsl_errno.h>

#define MAXN 1000

static double lo[MAXN + 1], hi[MAXN + 1];

static const struct cs_prop_method *M(const char *name)
{
	const struct cs_prop_method *m = cs_prop_method_find(name);
	assert_non_null(m);
	return m;
}

static void test_reference(void **state)
{
	(void)state;
	FILE *f = fopen(CS_REF_DIR "/coverage_ref.csv", "r");
	assert_non_null(f);
	char line[256];
	assert_non_null(fgets(line, sizeof line, f));   /* header */
	double grid[999], cov[999];
	assert_int_equal(cs_coverage_grid(1000, grid), CS_OK);
	char last_key[64] = "";
	struct cs_coverage_summary s = { 0, 0, 0, 0 };
	int rows = 0;
	while (fgets(line, sizeof line, f)) {
		char method[32], kind[8], pbuf[32];
		int n;
		double conf, value;
		/* method,n,conf,kind,p,value with p possibly empty */
		char *c1 = strchr(line, ','), *c2 = c1 ? strchr(c1 + 1, ',') : NULL;
		char *c3 = c2 ? strchr(c2 + 1, ',') : NULL, *c4 = c3 ? strchr(c3 + 1, ',') : NULL;
		char *c5 = c4 ? strchr(c4 + 1, ',') : NULL;
		assert_non_null(c5);
		snprintf(method, sizeof method, "%.*s", (int)(c1 - line), line);
		n = atoi(c1 + 1);
		conf = strtod(c2 + 1, NULL);
		snprintf(kind, sizeof kind, "%.*s", (int)(c4 - c3 - 1), c3 + 1);
		snprintf(pbuf, sizeof pbuf, "%.*s", (int)(c5 - c4 - 1), c4 + 1);
		value = strtod(c5 + 1, NULL);
		assert_true(n <= MAXN);

		char key[64];
		snprintf(key, sizeof key, "%s/%d/%g", method, n, conf);
		if (strcmp(key, last_key) != 0) {
			assert_int_equal(cs_coverage_limits(M(method), n, conf, lo, hi), CS_OK);
			snprintf(last_key, sizeof last_key, "%s", key);
			s.mean = NAN;
		}
		if (strcmp(kind, "point") == 0) {
			double c;
			assert_int_equal(cs_coverage_at(n, lo, hi, strtod(pbuf, NULL), &c), CS_OK);
			assert_close(c, value, 1e-9, 0);
		} else {
			if (isnan(s.mean)) {
				for (size_t i = 0; i < 999; i++)
					assert_int_equal(cs_coverage_at(n, lo, hi, grid[i], &cov[i]), CS_OK);
				assert_int_equal(cs_coverage_summarize(grid, cov, 999, conf, &s), CS_OK);
			}
			assert_close(strcmp(kind, "mean") == 0 ? s.mean : s.min, value, 1e-9, 0);
		}
		rows++;
	}
	fclose(f);
	assert_true(rows > 2000);
}

/* Clopper-Pearson is exact: coverage never below the nominal level
 * (Clopper & Pearson 1934; BCD 2001 section 4.2.1). */
static void test_clopper_pearson_conservative(void **state)
{
	(void)state;
	static const int ns[] = { 1, 3, 7, 20, 137 };
	for (size_t k = 0; k < sizeof ns / sizeof ns[0]; k++) {
		assert_int_equal(cs_coverage_limits(M("clopper-pearson"), ns[k], 0.9, lo, hi), CS_OK);
		for (int i = 1; i < 400; i++) {
			double c;
			assert_int_equal(cs_coverage_at(ns[k], lo, hi, i / 400.0, &c), CS_OK);
			assert_true(c >= 0.9 - 1e-12);
		}
	}
}

/* At the ends the sum is trivial: p = 0 gives X = 0 for sure, covered by
 * any interval with lower limit 0. */
static void test_edges_and_errors(void **state)
{
	(void)state;
	double c;
	assert_int_equal(cs_coverage_limits(M("wilson"), 7, 0.95, lo, hi), CS_OK);
	assert_int_equal(cs_coverage_at(7, lo, hi, 0.0, &c), CS_OK);
	assert_close(c, 1.0, 0, 0);
	assert_int_equal(cs_coverage_at(7, lo, hi, 1.0, &c), CS_OK);
	assert_close(c, 1.0, 0, 0);
	/* Wald at x = 0 is [0, 0], which misses every p > 0: n = 1 covers
	 * nothing inside (0, 1) (both outcomes give zero-width intervals). */
	assert_int_equal(cs_coverage_limits(M("wald"), 1, 0.95, lo, hi), CS_OK);
	assert_int_equal(cs_coverage_at(1, lo, hi, 0.3, &c), CS_OK);
	assert_close(c, 0.0, 0, 0);

	assert_int_equal(cs_coverage_limits(M("wald"), 0, 0.95, lo, hi), CS_EDOM);
	assert_int_equal(cs_coverage_limits(M("wald"), CS_COVERAGE_MAX_N + 1, 0.95, lo, hi), CS_EDOM);
	assert_int_equal(cs_coverage_limits(M("wald"), 5, 1.0, lo, hi), CS_EDOM);
	assert_int_equal(cs_coverage_at(5, lo, hi, -0.1, &c), CS_EDOM);
	assert_int_equal(cs_coverage_at(5, lo, hi, 1.5, &c), CS_EDOM);
	double g[3];
	assert_int_equal(cs_coverage_grid(1, g), CS_EDOM);
	assert_int_equal(cs_coverage_grid(4, g), CS_OK);
	assert_close(g[0], 0.25, 0, 0);
	assert_close(g[2], 0.75, 0, 0);
	struct cs_coverage_summary s;
	assert_int_equal(cs_coverage_summarize(g, g, 0, 0.95, &s), CS_EDOM);
}

/* Large n: the sum stops at the provable tail, and still matches the full
 * sum (checked against summing every term of a long n). */
static void test_large_n_window(void **state)
{
	(void)state;
	static double L[100001], U[100001];
	assert_int_equal(cs_coverage_limits(M("wilson"), 100000, 0.95, L, U), CS_OK);
	double c;
	/* the windowed sum against the plain sum over all 100,001 terms */
	for (int k = 0; k < 3; k++) {
		double p = (double[]){ 0.003, 0.5, 0.9871 }[k], full = 0;
		for (int x = 0; x <= 100000; x++) {
			double t;
			assert_int_equal(cs_dist_binom_pmf(x, 100000, p, &t), CS_OK);
			if (L[x] <= p && p <= U[x])
				full += t;
		}
		assert_int_equal(cs_coverage_at(100000, L, U, p, &c), CS_OK);
		assert_close(c, full, 1e-12, 0);
		assert_true(c > 0.93 && c < 0.97);
	}
}

int main(void)
{
	gsl_set_error_handler_off();
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_reference),
		cmocka_unit_test(test_clopper_pearson_conservative),
		cmocka_unit_test(test_edges_and_errors),
		cmocka_unit_test(test_large_n_window),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
