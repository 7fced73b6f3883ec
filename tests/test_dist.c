/* test_dist.c - tests of analysis/dist.c against R.
 *
 * Expected values: tests/ref/dist_ref.csv, written by tests/ref/dist_ref.R
 * with R 4.2.2's pbeta/qbeta (TOMS 708) and dbinom.  Tails are compared
 * relative to their own size, to 1e-8: about one standard deviation from
 * the mean of very skewed shapes (Beta(0.5, 10^7), Beta(100, 10^7)) the
 * continued fraction is at the edge of its region and keeps 8 to 10 digits,
 * where TOMS 708 switches to asymptotic expansions.  That costs the
 * intervals nothing visible (test_proportion.c: 0/10^7 agrees with R to
 * 1e-11); elsewhere the tails agree to about 1e-13.
 * quantiles to 1e-9 relative (the same shapes; 4e-17 absolute there), the
 * binomial pmf to 1e-8 relative (its lgamma-based log costs digits at
 * n = 10^7; the intervals use it only through root finding). */
#include "test_util.h"
#include "analysis/dist.h"
#include "analysis/status.h"

#include <gsl/gsl_errno.h>
#include <gsl/gsl_sf_gamma.h>

static void test_against_r(void **state)
{
	(void)state;
	FILE *f = fopen(CS_REF_DIR "/dist_ref.csv", "r");
	assert_non_null(f);
	char line[256];
	assert_non_null(fgets(line, sizeof line, f));
	int rows = 0;
	double worst[3] = { 0, 0, 0 };   /* tails, quantiles, pmf: relative */
	while (fgets(line, sizeof line, f)) {
		char kind[16];
		double a, b, x, want, got = NAN;
		assert_int_equal(sscanf(line, "%15[^,],%lf,%lf,%lf,%lf", kind, &a, &b, &x, &want), 5);
		double tol = 1e-8;
		int st, k = 0;
		if (strcmp(kind, "lower") == 0) {
			st = cs_dist_beta_tails(x, a, b, &got, NULL);
		} else if (strcmp(kind, "upper") == 0) {
			st = cs_dist_beta_tails(x, a, b, NULL, &got);
		} else if (strcmp(kind, "qlower") == 0 || strcmp(kind, "qupper") == 0) {
			st = cs_dist_beta_quantile(x, a, b, kind[1] == 'u', &got);
			tol = 1e-9, k = 1;
		} else {
			st = cs_dist_binom_pmf(x, a, b, &got);
			tol = 1e-8, k = 2;
		}
		if (st != CS_OK)
			fail_msg("status %d for %s", st, line);
		if (!(fabs(got - want) <= tol * fabs(want) + 1e-300))
			fail_msg("got %.17g for %s", got, line);
		if (want != 0 && fabs(got - want) / fabs(want) > worst[k])
			worst[k] = fabs(got - want) / fabs(want);
		rows++;
	}
	fclose(f);
	assert_true(rows > 200);
	printf("  %d rows; largest relative difference from R: tails %.2g, quantiles %.2g, pmf %.2g\n",
	       rows, worst[0], worst[1], worst[2]);
}

/* The case GSL gives up on (research: status 11, EMAXITER) is answered. */
static void test_where_gsl_fails(void **state)
{
	(void)state;
	gsl_sf_result r;
	assert_int_equal(gsl_sf_beta_inc_e(5e6, 5e6 + 1, 0.5, &r), GSL_EMAXITER);
	double lo, up;
	assert_int_equal(cs_dist_beta_tails(0.5, 5e6, 5e6 + 1, &lo, &up), CS_OK);
	/* R 4.2.2: pbeta(0.5, 5e6, 5e6 + 1) */
	assert_close(lo, 0.50012615662294702, 0, 1e-12);
	assert_close(lo + up, 1, 1e-15, 0);
}

static void test_edges_and_domain(void **state)
{
	(void)state;
	double lo, up, q;
	assert_int_equal(cs_dist_beta_tails(0, 2, 3, &lo, &up), CS_OK);
	assert_true(lo == 0 && up == 1);
	assert_int_equal(cs_dist_beta_tails(1.5, 2, 3, &lo, &up), CS_OK);
	assert_true(lo == 1 && up == 0);
	assert_int_equal(cs_dist_beta_tails(0.5, 0, 3, &lo, &up), CS_EDOM);
	assert_int_equal(cs_dist_beta_tails(NAN, 1, 3, &lo, &up), CS_EDOM);
	assert_int_equal(cs_dist_beta_quantile(0, 2, 3, 0, &q), CS_EDOM);
	assert_int_equal(cs_dist_beta_quantile(1, 2, 3, 0, &q), CS_EDOM);
	assert_int_equal(cs_dist_beta_quantile(0.5, 2, 0, 0, &q), CS_EDOM);
	/* Beta(1,1) is uniform */
	assert_int_equal(cs_dist_beta_quantile(0.3, 1, 1, 0, &q), CS_OK);
	assert_close(q, 0.3, 1e-15, 0);
	assert_int_equal(cs_dist_beta_quantile(0.3, 1, 1, 1, &q), CS_OK);
	assert_close(q, 0.7, 1e-15, 0);
}

static void test_binomial_tails(void **state)
{
	(void)state;
	double le, ge, pmf;
	/* Bin(7, 0.5): P(X <= 3) = 64/128, P(X >= 6) = 8/128, P(X = 6) = 7/128 */
	assert_int_equal(cs_dist_binom_tails(3, 7, 0.5, &le, NULL), CS_OK);
	assert_close(le, 0.5, 1e-15, 0);
	assert_int_equal(cs_dist_binom_tails(6, 7, 0.5, NULL, &ge), CS_OK);
	assert_close(ge, 8.0 / 128, 1e-15, 0);
	assert_int_equal(cs_dist_binom_pmf(6, 7, 0.5, &pmf), CS_OK);
	assert_close(pmf, 7.0 / 128, 1e-15, 0);
	assert_int_equal(cs_dist_binom_tails(0, 7, 0.5, &le, &ge), CS_OK);
	assert_close(le, 1.0 / 128, 1e-15, 0);
	assert_close(ge, 1, 0, 0);
	assert_int_equal(cs_dist_binom_tails(7, 7, 0.5, &le, &ge), CS_OK);
	assert_close(le, 1, 0, 0);
	assert_close(ge, 1.0 / 128, 1e-15, 0);
	assert_int_equal(cs_dist_binom_pmf(0, 5, 0, &pmf), CS_OK);
	assert_close(pmf, 1, 0, 0);
	assert_int_equal(cs_dist_binom_pmf(5, 5, 1, &pmf), CS_OK);
	assert_close(pmf, 1, 0, 0);
	assert_int_equal(cs_dist_binom_pmf(6, 5, 0.5, &pmf), CS_EDOM);
}

struct lin { double c; };
static int linear(double x, void *ctx, double *fx)
{
	*fx = x - ((struct lin *)ctx)->c;
	return CS_OK;
}
static int failing(double x, void *ctx, double *fx)
{
	(void)x, (void)ctx, (void)fx;
	return CS_ENOCONV;
}

static void test_root(void **state)
{
	(void)state;
	struct lin c = { 0.123456789 };
	double r;
	assert_int_equal(cs_dist_root(linear, &c, 0, 1, &r), CS_OK);
	assert_close(r, c.c, 1e-16, 0);
	assert_int_equal(cs_dist_root(linear, &c, 0.5, 1, &r), CS_ENOCONV);   /* no sign change */
	assert_int_equal(cs_dist_root(failing, &c, 0, 1, &r), CS_ENOCONV);
	c.c = 0;
	assert_int_equal(cs_dist_root(linear, &c, 0, 1, &r), CS_OK);          /* root at an end */
	assert_true(r == 0);
}

int main(void)
{
	gsl_set_error_handler_off();
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_against_r),
		cmocka_unit_test(test_where_gsl_fails),
		cmocka_unit_test(test_edges_and_domain),
		cmocka_unit_test(test_binomial_tails),
		cmocka_unit_test(test_root),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
