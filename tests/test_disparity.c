/* test_disparity.c - tests of analysis/disparity.c.
 *
 * Expected values:
 *  - the calculator on the numbers of the sample case (2,000,000 claimed publicly,
 *    23,000 alleged by the prosecution, 16,000 documented by complaints):
 *    R 4.2.2 sprintf("%.17g", 2000000/23000) = 86.956521739130437,
 *    23000/2000000 = 0.0115, 23000/16000 = 1.4375,
 *    16000/23000 = 0.69565217391304346, 2000000/16000 = 125,
 *    16000/2000000 = 0.0080000000000000002; the gaps are exact integers.
 *  - bootstrap: determinism, the handling of zero totals, and a coverage
 *    sanity check on simulated cases with a known ratio of means
 *    (E[a]/E[b] = 1/E[U] = 1/0.7 for b = a U, U ~ uniform(0.5, 0.9)). */
#include "test_util.h"
#include "analysis/disparity.h"
#include "analysis/status.h"

#include <time.h>
#include <gsl/gsl_errno.h>
#include <gsl/gsl_randist.h>
#include <gsl/gsl_rng.h>

#define U(x) ((cs_money_wide)(x) * CS_MONEY_SCALE)

static gsl_rng *rng(unsigned long seed)
{
	gsl_rng *r = gsl_rng_alloc(gsl_rng_mt19937);
	assert_non_null(r);
	gsl_rng_set(r, seed);
	return r;
}

static void test_calculator(void **state)
{
	(void)state;
	double e[CS_DISP_NMEASURES];
	cs_disparity_all(U(2000000), U(23000), e);
	assert_true(e[CS_DISP_RATIO] == 86.956521739130437);
	assert_true(e[CS_DISP_SHARE] == 0.0115);
	assert_true(e[CS_DISP_GAP] == 1977000);
	cs_disparity_all(U(23000), U(16000), e);
	assert_true(e[CS_DISP_RATIO] == 1.4375);
	assert_true(e[CS_DISP_SHARE] == 0.69565217391304346);
	assert_true(e[CS_DISP_GAP] == 7000);
	cs_disparity_all(U(2000000), U(16000), e);
	assert_true(e[CS_DISP_RATIO] == 125);
	assert_true(e[CS_DISP_SHARE] == 0.0080000000000000002);
	assert_true(e[CS_DISP_GAP] == 1984000);
	/* cents */
	cs_disparity_all(160005000, 230000000, e);   /* 16000.50 vs 23000 */
	assert_close(e[CS_DISP_GAP], -6999.5, 0, 0);
	assert_close(e[CS_DISP_SHARE], 23000 / 16000.5, 0, 1e-16);
	assert_string_equal(cs_disparity_measures[CS_DISP_RATIO].name, "ratio");
	assert_string_equal(cs_disparity_measures[CS_DISP_SHARE].name, "share");
	assert_string_equal(cs_disparity_measures[CS_DISP_GAP].name, "gap");
}

/* Division by zero is undefined, never infinite. */
static void test_zero(void **state)
{
	(void)state;
	double e[CS_DISP_NMEASURES];
	cs_disparity_all(U(23000), 0, e);
	assert_true(isnan(e[CS_DISP_RATIO]));
	assert_close(e[CS_DISP_SHARE], 0, 0, 0);
	assert_close(e[CS_DISP_GAP], 23000, 0, 0);
	cs_disparity_all(0, U(16000), e);
	assert_close(e[CS_DISP_RATIO], 0, 0, 0);
	assert_true(isnan(e[CS_DISP_SHARE]));
	assert_close(e[CS_DISP_GAP], -16000, 0, 0);
	cs_disparity_all(0, 0, e);
	assert_true(isnan(e[CS_DISP_RATIO]) && isnan(e[CS_DISP_SHARE]));
	assert_close(e[CS_DISP_GAP], 0, 0, 0);
}

/* Totals beyond int64 stay exact in the gap. */
static void test_huge_totals(void **state)
{
	(void)state;
	double e[CS_DISP_NMEASURES];
	cs_money_wide a = (cs_money_wide)INT64_MAX * 3, b = (cs_money_wide)INT64_MAX * 2;
	cs_disparity_all(a, b, e);
	assert_close(e[CS_DISP_RATIO], 1.5, 0, 1e-15);
	assert_close(e[CS_DISP_GAP], 922337203685477.5807, 0, 1e-15);
}

static void test_row_ratios(void **state)
{
	(void)state;
	int64_t a[] = { U(30), U(10), U(20), 0 }, b[] = { U(10), U(5), 0, U(4) };
	double r[4];
	size_t m;
	cs_disparity_row_ratios(a, b, 4, r, &m);
	assert_int_equal(m, 3);
	assert_close(r[0], 0, 0, 0);
	assert_close(r[1], 2, 0, 0);
	assert_close(r[2], 3, 0, 0);
}

static void test_bootstrap_determinism(void **state)
{
	(void)state;
	int64_t a[30], b[30];
	for (int i = 0; i < 30; i++) {
		a[i] = U(1000 + 137 * i);
		b[i] = U(600 + 71 * (i % 7));
	}
	struct cs_disparity_boot out[3];
	unsigned long seeds[3] = { 1, 1, 99 };
	for (int k = 0; k < 3; k++) {
		gsl_rng *r = rng(seeds[k]);
		struct cs_boot opt = { 1000, 0.95, r, NULL, NULL };
		assert_int_equal(cs_disparity_bootstrap(a, b, 30, &opt, &out[k]), CS_OK);
		gsl_rng_free(r);
	}
	assert_memory_equal(out[0].lower, out[1].lower, sizeof out[0].lower);
	assert_memory_equal(out[0].upper, out[1].upper, sizeof out[0].upper);
	assert_true(memcmp(out[0].lower, out[2].lower, sizeof out[0].lower) != 0);
	double e[CS_DISP_NMEASURES];
	cs_money_wide sa = 0, sb = 0;
	for (int i = 0; i < 30; i++)
		sa += a[i], sb += b[i];
	cs_disparity_all(sa, sb, e);
	for (int k = 0; k < CS_DISP_NMEASURES; k++) {
		assert_true(out[0].lower[k] < e[k] && e[k] < out[0].upper[k]);
		assert_int_equal(out[0].undefined[k], 0);
		assert_int_equal(out[0].infinite[k], 0);
	}
	/* share and ratio are reciprocal in every resample: the limits swap
	 * (up to the interpolation between neighbouring resamples) */
	assert_close(out[0].lower[CS_DISP_SHARE], 1 / out[0].upper[CS_DISP_RATIO], 0, 1e-4);
	assert_close(out[0].upper[CS_DISP_SHARE], 1 / out[0].lower[CS_DISP_RATIO], 0, 1e-4);
	gsl_rng *r = rng(1);
	struct cs_boot opt = { 1000, 0.95, r, NULL, NULL };
	assert_int_equal(cs_disparity_bootstrap(a, b, 1, &opt, &out[0]), CS_EUNDEF);
	assert_true(isnan(out[0].lower[0]));
	opt.conf = 1;
	assert_int_equal(cs_disparity_bootstrap(a, b, 30, &opt, &out[0]), CS_EDOM);
	gsl_rng_free(r);
}

/* Resamples whose documented total is 0: the ratio is beyond every finite
 * value (counted in infinite); with two rows, one of them b = 0, a quarter
 * of the resamples take that row twice. */
static void test_bootstrap_zero_totals(void **state)
{
	(void)state;
	int64_t a[2] = { U(10), U(30) }, b[2] = { 0, U(20) };
	gsl_rng *r = rng(4);
	struct cs_boot opt = { 4000, 0.95, r, NULL, NULL };
	struct cs_disparity_boot out;
	assert_int_equal(cs_disparity_bootstrap(a, b, 2, &opt, &out), CS_OK);
	assert_close((double)out.infinite[CS_DISP_RATIO] / 4000, 0.25, 0.03, 0);
	assert_int_equal(out.undefined[CS_DISP_RATIO], 0);
	assert_true(isnan(out.upper[CS_DISP_RATIO]));      /* the upper limit is infinite: unbounded */
	assert_close(out.lower[CS_DISP_RATIO], 1.5, 0, 0);  /* the other resamples give 1.5 or 2 */
	assert_close(out.lower[CS_DISP_SHARE], 0, 0, 0);
	gsl_rng_free(r);
	/* 0/0 resamples are left out */
	int64_t c[2] = { 0, U(5) }, d[2] = { 0, U(4) };
	r = rng(4);
	opt.rng = r;
	assert_int_equal(cs_disparity_bootstrap(c, d, 2, &opt, &out), CS_OK);
	assert_close((double)out.undefined[CS_DISP_RATIO] / 4000, 0.25, 0.03, 0);
	assert_int_equal(out.infinite[CS_DISP_RATIO], 0);
	assert_close(out.lower[CS_DISP_RATIO], 1.25, 0, 1e-15);
	assert_close(out.upper[CS_DISP_RATIO], 1.25, 0, 1e-15);
	gsl_rng_free(r);
}

/* Coverage sanity check: 300 samples of 60 cases, B = 999. */
static void test_bootstrap_coverage(void **state)
{
	(void)state;
	gsl_rng *data = rng(51), *r = rng(52);
	const double truth = 1 / 0.7;
	int covered = 0, reps = 300;
	int64_t a[60], b[60];
	for (int rep = 0; rep < reps; rep++) {
		for (int i = 0; i < 60; i++) {
			double x = gsl_ran_lognormal(data, 9, 1);
			a[i] = (int64_t)llround(x * 100) * 100;
			b[i] = (int64_t)llround(x * gsl_ran_flat(data, 0.5, 0.9) * 100) * 100;
		}
		struct cs_boot opt = { 999, 0.95, r, NULL, NULL };
		struct cs_disparity_boot out;
		assert_int_equal(cs_disparity_bootstrap(a, b, 60, &opt, &out), CS_OK);
		covered += out.lower[CS_DISP_RATIO] <= truth && truth <= out.upper[CS_DISP_RATIO];
	}
	gsl_rng_free(data);
	gsl_rng_free(r);
	double cov = (double)covered / reps;
	printf("  bootstrap ratio of totals: coverage %.3f in %d samples of 60 cases (nominal 0.95)\n", cov, reps);
	assert_true(cov >= 0.85 && cov <= 0.99);
}

static void test_bootstrap_speed(void **state)
{
	(void)state;
	const size_t n = 10000;
	int64_t *a = malloc(n * sizeof *a), *b = malloc(n * sizeof *b);
	assert_non_null(a);
	assert_non_null(b);
	for (size_t i = 0; i < n; i++) {
		a[i] = (int64_t)(1000 + i % 977) * CS_MONEY_SCALE;
		b[i] = (int64_t)(500 + i % 313) * CS_MONEY_SCALE;
	}
	gsl_rng *r = rng(1);
	struct cs_boot opt = { 10000, 0.95, r, NULL, NULL };
	struct cs_disparity_boot out;
	struct timespec t0, t1;
	clock_gettime(CLOCK_MONOTONIC, &t0);
	assert_int_equal(cs_disparity_bootstrap(a, b, n, &opt, &out), CS_OK);
	clock_gettime(CLOCK_MONOTONIC, &t1);
	printf("  10000 resamples of 10000 cases: %.3f s\n",
	       (double)(t1.tv_sec - t0.tv_sec) + 1e-9 * (double)(t1.tv_nsec - t0.tv_nsec));
	gsl_rng_free(r);
	free(a);
	free(b);
}

int main(void)
{
	gsl_set_error_handler_off();
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_calculator),
		cmocka_unit_test(test_zero),
		cmocka_unit_test(test_huge_totals),
		cmocka_unit_test(test_row_ratios),
		cmocka_unit_test(test_bootstrap_determinism),
		cmocka_unit_test(test_bootstrap_zero_totals),
		cmocka_unit_test(test_bootstrap_coverage),
		cmocka_unit_test(test_bootstrap_speed),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
