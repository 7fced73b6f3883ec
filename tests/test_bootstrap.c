/* test_bootstrap.c - tests of analysis/bootstrap.c.
 *
 * Expected values:
 *  - percentile limits: R 4.2.2 quantile(1:100, c(0.05, 0.95)) = 5.95,
 *    95.05 and quantile(c(3, 1, 2), c(0.025, 0.975)) = 1.05, 2.95.
 *  - the resampled order statistic: for a resample of size n from n sorted
 *    distinct values, P(k-th smallest <= x(i)) = P(Bin(n, i/n) >= k)
 *    (Efron & Tibshirani 1993, An Introduction to the Bootstrap, problem
 *    7.9 / the exact bootstrap distribution of the median), computed with
 *    analysis/dist.c's binomial tails; and a direct comparison with naive
 *    resampling (draw n indices, sort, pick). */
#include "test_util.h"
#include "analysis/bootstrap.h"
#include "analysis/dist.h"
#include "analysis/status.h"

#include <gsl/gsl_errno.h>
#include <gsl/gsl_rng.h>

static gsl_rng *rng(unsigned long seed)
{
	gsl_rng *r = gsl_rng_alloc(gsl_rng_mt19937);
	assert_non_null(r);
	gsl_rng_set(r, seed);
	return r;
}

static void test_percentile(void **state)
{
	(void)state;
	double s[100], lo, hi;
	for (int i = 0; i < 100; i++)
		s[i] = 100 - i;   /* unsorted on purpose */
	assert_int_equal(cs_boot_percentile(s, 100, 0.90, &lo, &hi), CS_OK);
	assert_close(lo, 5.95, 1e-13, 0);
	assert_close(hi, 95.05, 1e-13, 0);
	double t[3] = { 3, 1, 2 };
	assert_int_equal(cs_boot_percentile(t, 3, 0.95, &lo, &hi), CS_OK);
	assert_close(lo, 1.05, 1e-15, 0);
	assert_close(hi, 2.95, 1e-15, 0);
	/* infinities sort to the ends and come out as limits */
	double u[4] = { INFINITY, 1, 2, 3 };
	assert_int_equal(cs_boot_percentile(u, 4, 0.5, &lo, &hi), CS_OK);
	assert_true(isinf(hi) || hi > 3);
	assert_int_equal(cs_boot_percentile(u, 0, 0.95, &lo, &hi), CS_EUNDEF);
	assert_int_equal(cs_boot_percentile(u, 4, 1.0, &lo, &hi), CS_EDOM);
	assert_int_equal(cs_boot_percentile(u, 4, 0.0, &lo, &hi), CS_EDOM);
}

/* Uniform indices: every value of [0, 7) about equally often, none outside. */
static void test_index(void **state)
{
	(void)state;
	gsl_rng *r = rng(3);
	size_t count[7] = { 0 };
	const size_t N = 700000;
	for (size_t i = 0; i < N; i++) {
		size_t k = cs_boot_index(r, 7);
		assert_true(k < 7);
		count[k]++;
	}
	double chi2 = 0;
	for (int k = 0; k < 7; k++)
		chi2 += ((double)count[k] - N / 7.0) * ((double)count[k] - N / 7.0) / (N / 7.0);
	assert_true(chi2 < 30);   /* chi-square, 6 df: P(> 30) < 5e-5 */
	for (int i = 0; i < 1000; i++) {
		assert_true(cs_boot_index(r, 1) == 0);
		assert_true(cs_boot_index(r, (size_t)1 << 32) < ((size_t)1 << 32));
	}
	gsl_rng_free(r);
	/* a generator without 32 full bits goes through GSL */
	gsl_rng *q = gsl_rng_alloc(gsl_rng_rand);
	gsl_rng_set(q, 1);
	for (int i = 0; i < 1000; i++)
		assert_true(cs_boot_index(q, 10) < 10);
	gsl_rng_free(q);
}

/* The k-th smallest of a resample has the exact bootstrap distribution. */
static void test_order_stat_exact(void **state)
{
	(void)state;
	static const size_t ns[] = { 5, 6, 21, 1000 };
	for (size_t t = 0; t < sizeof ns / sizeof *ns; t++) {
		size_t n = ns[t], k = (n + 1) / 2;
		gsl_rng *r = rng(100 + t);
		const size_t N = 200000;
		size_t *count = calloc(n, sizeof *count);
		assert_non_null(count);
		for (size_t d = 0; d < N; d++) {
			size_t i1, i2;
			cs_boot_order_stats(r, n, k, k, &i1, &i2);
			assert_true(i1 == i2 && i1 < n);
			count[i1]++;
		}
		size_t cum = 0;
		for (size_t i = 0; i < n; i++) {
			cum += count[i];
			double ge;
			assert_int_equal(cs_dist_binom_tails((double)k, (double)n, (double)(i + 1) / (double)n,
							     NULL, &ge), CS_OK);
			double sd = sqrt(ge * (1 - ge) / N);
			assert_close((double)cum / N, ge, 5 * sd + 1e-12, 0);
		}
		free(count);
		gsl_rng_free(r);
	}
}

static int cmp_size(const void *a, const void *b)
{
	size_t x = *(const size_t *)a, y = *(const size_t *)b;
	return (x > y) - (x < y);
}

/* Two ranks at once (the two middle values of an even n) agree with naive
 * resampling: joint frequencies of (i1, i2) over 40,000 resamples each,
 * compared by a two-sample chi-square. */
static void test_order_stat_pair(void **state)
{
	(void)state;
	const size_t n = 6, N = 40000;
	size_t a[36] = { 0 }, b[36] = { 0 }, draw[6];
	gsl_rng *r = rng(7), *q = rng(8);
	for (size_t d = 0; d < N; d++) {
		size_t i1, i2;
		cs_boot_order_stats(r, n, 3, 4, &i1, &i2);
		assert_true(i1 <= i2 && i2 < n);
		a[i1 * n + i2]++;
		for (size_t j = 0; j < n; j++)
			draw[j] = cs_boot_index(q, n);
		qsort(draw, n, sizeof draw[0], cmp_size);
		b[draw[2] * n + draw[3]]++;
	}
	double chi2 = 0;
	int cells = 0;
	for (size_t c = 0; c < 36; c++)
		if (a[c] + b[c] > 0) {
			double diff = (double)a[c] - (double)b[c];
			chi2 += diff * diff / (double)(a[c] + b[c]);
			cells++;
		}
	printf("  order statistics 3 and 4 of 6: chi-square %.1f on %d cells against naive resampling\n",
	       chi2, cells);
	assert_true(chi2 < 2.0 * cells + 30);
	gsl_rng_free(r);
	gsl_rng_free(q);
	/* the extremes: n = 1 and ranks 1 and n */
	r = rng(9);
	size_t i1, i2;
	cs_boot_order_stats(r, 1, 1, 1, &i1, &i2);
	assert_true(i1 == 0 && i2 == 0);
	for (int d = 0; d < 1000; d++) {
		cs_boot_order_stats(r, 50, 1, 50, &i1, &i2);
		assert_true(i1 <= i2 && i2 < 50);
	}
	gsl_rng_free(r);
}

int main(void)
{
	gsl_set_error_handler_off();
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_percentile),
		cmocka_unit_test(test_index),
		cmocka_unit_test(test_order_stat_exact),
		cmocka_unit_test(test_order_stat_pair),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
