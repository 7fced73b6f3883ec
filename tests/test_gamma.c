/* test_gamma.c - tests of analysis/gamma.c against R.
 *
 * Expected values: the "ptail" rows of tests/ref/rate_ref.csv, R 4.2.2's
 * pgamma(x, a) and pgamma(x, a, lower.tail = FALSE) for shapes 0.5 to 10^10
 * from 6 standard deviations below to 6 above the mean, compared relative
 * to their own size (1e-11); quantiles from R's qgamma below. */
#include "test_util.h"
#include "analysis/gamma.h"
#include "analysis/status.h"

#include <gsl/gsl_errno.h>
#include <gsl/gsl_sf_gamma.h>

static void test_tails_against_r(void **state)
{
	(void)state;
	FILE *f = fopen(CS_REF_DIR "/rate_ref.csv", "r");
	assert_non_null(f);
	char line[512];
	assert_non_null(fgets(line, sizeof line, f));
	int rows = 0;
	double worst = 0;
	while (fgets(line, sizeof line, f)) {
		double a, x, e2, x2, conf, est, lo, up, glo, gup;
		if (strncmp(line, "ptail,", 6) != 0)
			continue;
		assert_int_equal(sscanf(line + 6, "%lf,%lf,%lf,%lf,%lf,%lf,%lf,%lf",
					&a, &x, &x2, &e2, &conf, &est, &lo, &up), 8);
		assert_int_equal(cs_gamma_tails(x, a, &glo, &gup), CS_OK);
		double e = fmax(fabs(glo - lo) / lo, fabs(gup - up) / up);
		if (!(e <= 1e-11))
			fail_msg("got %.17g, %.17g; relative difference %.3g from %s", glo, gup, e, line);
		if (e > worst)
			worst = e;
		rows++;
	}
	fclose(f);
	assert_int_equal(rows, 77);
	printf("  %d tails, largest relative difference from R %.2g\n", rows, worst);
}

/* Where GSL 2.7.1 itself goes wrong (analysis/gamma.h): it reports success
 * and loses 7 digits, or reports EMAXITER.  R 4.2.2:
 *   pgamma(100000 - sqrt(100000), 100000) = 0.15865484973790814
 *   pgamma(1e7 + 3 * sqrt(1e7) + 1, 1e7, lower.tail = FALSE) = 0.0013522342635042398 */
static void test_where_gsl_fails(void **state)
{
	(void)state;
	gsl_sf_result r;
	double x = 100000 - sqrt(100000.0), lo, up;
	assert_int_equal(gsl_sf_gamma_inc_P_e(100000, x, &r), GSL_SUCCESS);
	assert_true(fabs(r.val - 0.15865484973790814) > 1e-8);
	assert_int_equal(cs_gamma_tails(x, 100000, &lo, NULL), CS_OK);
	assert_close(lo, 0.15865484973790814, 0, 1e-12);
	x = 1e7 + 3 * sqrt(1e7) + 1;
	assert_int_equal(gsl_sf_gamma_inc_Q_e(1e7, x, &r), GSL_EMAXITER);
	assert_int_equal(cs_gamma_tails(x, 1e7, NULL, &up), CS_OK);
	assert_close(up, 0.0013522342635042398, 0, 1e-11);
}

/* R 4.2.2 qgamma; the closed forms at a = 1 (exponential). */
static void test_quantiles(void **state)
{
	(void)state;
	double q;
	assert_int_equal(cs_gamma_quantile(0.025, 1, 0, &q), CS_OK);
	assert_close(q, 0.025317807984289876, 0, 1e-15);          /* -log1p(-0.025) */
	assert_int_equal(cs_gamma_quantile(0.025, 1, 1, &q), CS_OK);
	assert_close(q, 3.6888794541139363, 0, 1e-15);            /* -log(0.025) */
	assert_int_equal(cs_gamma_quantile(1e-10, 1e6, 0, &q), CS_OK);
	assert_close(q, 993651.8087301997, 0, 1e-14);             /* qgamma(1e-10, 1e6) */
	assert_int_equal(cs_gamma_quantile(0.025, 1e12, 0, &q), CS_OK);
	assert_close(q, 999998040036.96265, 0, 1e-15);            /* qgamma(0.025, 1e12) */
	assert_int_equal(cs_gamma_quantile(0.025, 1e12 + 1, 1, &q), CS_OK);
	assert_close(q, 1000001959965.9316, 0, 1e-15);            /* qgamma(0.025, 1e12+1, lower = FALSE) */
	/* tiny arguments keep their relative precision: pgamma(1e-20, 1) = 1e-20 */
	double lo;
	assert_int_equal(cs_gamma_tails(1e-20, 1, &lo, NULL), CS_OK);
	assert_close(lo, 1e-20, 0, 1e-15);
	assert_int_equal(cs_gamma_quantile(1e-20, 1, 0, &q), CS_OK);
	assert_close(q, 1e-20, 0, 1e-12);
}

static void test_edges_and_domain(void **state)
{
	(void)state;
	double lo, up, q;
	assert_int_equal(cs_gamma_tails(0, 3, &lo, &up), CS_OK);
	assert_true(lo == 0 && up == 1);
	assert_int_equal(cs_gamma_tails(INFINITY, 3, &lo, &up), CS_OK);
	assert_true(lo == 1 && up == 0);
	assert_int_equal(cs_gamma_tails(1, 0, &lo, &up), CS_EDOM);
	assert_int_equal(cs_gamma_tails(-1, 2, &lo, &up), CS_EDOM);
	assert_int_equal(cs_gamma_tails(NAN, 2, &lo, &up), CS_EDOM);
	assert_int_equal(cs_gamma_tails(1, 2 * CS_GAMMA_MAX_SHAPE, &lo, &up), CS_EDOM);
	assert_int_equal(cs_gamma_quantile(0, 2, 0, &q), CS_EDOM);
	assert_int_equal(cs_gamma_quantile(1, 2, 0, &q), CS_EDOM);
	assert_int_equal(cs_gamma_quantile(0.5, -2, 0, &q), CS_EDOM);
	/* the two tails add up to 1 */
	for (double a = 0.5; a < 1e9; a *= 7.3) {
		assert_int_equal(cs_gamma_tails(a * 1.01 + 0.3, a, &lo, &up), CS_OK);
		assert_close(lo + up, 1, 2e-16, 0);
	}
}

int main(void)
{
	gsl_set_error_handler_off();
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_tails_against_r),
		cmocka_unit_test(test_where_gsl_fails),
		cmocka_unit_test(test_quantiles),
		cmocka_unit_test(test_edges_and_domain),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
