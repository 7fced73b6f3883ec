/* test_rate.c - tests of analysis/rate.c.
 *
 * Expected values: tests/ref/rate_ref.csv from R 4.2.2 (tests/ref/rate_ref.R):
 *  - garwood: qchisq(alpha/2, 2x)/2 and qchisq(1 - alpha/2, 2x + 2)/2
 *    (Garwood 1936) for x = 0 ... 10^9, conf 0.5 ... 0.999;
 *  - poisson: poisson.test(x, T, conf.level)$estimate and $conf.int for
 *    decimal exposures;
 *  - ratio: poisson.test(c(x1, x2), c(T1, T2), conf.level) for small, zero
 *    and huge counts (10^6).
 * Compared relative to the value: rates to 1e-12; ratio limits r to
 * 1e-10 + eps (1 + r T1/T2): the Clopper-Pearson limits of dist.c keep
 * about 11 digits at shapes near 10^6 (1.2e-11 from R's qbeta(0.75, 2, 1e6),
 * which an independent root search in R confirms), and poisson.test forms p / (1 - p) from
 * the binomial limit p, and 1 - p loses eps / (1 - p) = eps (1 + r T1/T2)
 * relative in R (1.2e-9 at 10^6 events against 1: see
 * test_ratio_closed_form, where casestat agrees with the closed form to
 * 1e-15). */
#include "test_util.h"
#include "analysis/rate.h"
#include "analysis/status.h"

#include <float.h>
#include <gsl/gsl_errno.h>

static void close_rel(double got, double want, double tol, const char *line)
{
	if (want == 0 && got == 0)
		return;
	if (isinf(want) && isinf(got) && (want > 0) == (got > 0))
		return;
	if (!(fabs(got - want) <= tol * fabs(want)))
		fail_msg("got %.17g, want %.17g (relative difference %.3g) for %s", got, want,
			 fabs(got - want) / fabs(want), line);
}

static void test_against_r(void **state)
{
	(void)state;
	FILE *f = fopen(CS_REF_DIR "/rate_ref.csv", "r");
	assert_non_null(f);
	char line[512];
	assert_non_null(fgets(line, sizeof line, f));
	assert_string_equal(line, "kind,x1,e1,x2,e2,conf,estimate,lower,upper\n");
	int n[3] = { 0, 0, 0 };
	double worst[2] = { 0, 0 };
	while (fgets(line, sizeof line, f)) {
		char kind[16];
		double x1, e1, x2, e2, conf, est, lo, hi;
		assert_int_equal(sscanf(line, "%15[^,],%lf,%lf,%lf,%lf,%lf,%lf,%lf,%lf",
					kind, &x1, &e1, &x2, &e2, &conf, &est, &lo, &hi), 9);
		struct cs_interval ci;
		int k;
		double tol;
		if (strcmp(kind, "garwood") == 0 || strcmp(kind, "poisson") == 0) {
			assert_int_equal(cs_rate_exact((int64_t)x1, e1, conf, &ci), CS_OK);
			k = kind[0] == 'p';
			tol = 1e-12;
		} else if (strcmp(kind, "ratio") == 0) {
			assert_int_equal(cs_rate_ratio_exact((int64_t)x1, e1, (int64_t)x2, e2, conf, &ci), CS_OK);
			k = 2;
			tol = 1e-10;
		} else {
			continue;
		}
		close_rel(ci.estimate, est, 1e-15, line);
		if (lo == 0)
			assert_true(ci.lower == 0);
		else
			close_rel(ci.lower, lo, tol + (k == 2 ? DBL_EPSILON * (1 + lo * e1 / e2) : 0), line);
		close_rel(ci.upper, hi, tol + (k == 2 ? DBL_EPSILON * (1 + hi * e1 / e2) : 0), line);
		double e = fmax(lo ? fabs(ci.lower - lo) / lo : 0, isinf(hi) ? 0 : fabs(ci.upper - hi) / hi);
		/* the summary leaves out the ratios where R itself is unsure */
		if (k == 2 && DBL_EPSILON * (1 + (isinf(hi) ? lo : hi) * e1 / e2) > 1e-12)
			e = 0;
		if (e > worst[k == 2])
			worst[k == 2] = e;
		n[k]++;
	}
	fclose(f);
	assert_int_equal(n[0], 80);
	assert_int_equal(n[1], 72);
	assert_int_equal(n[2], 65);
	printf("  %d Garwood and %d poisson.test rates, %d ratios; largest relative difference"
	       " from R: rates %.2g, ratios %.2g (where R's 1 - p keeps 12 digits)\n", n[0], n[1], n[2], worst[0], worst[1]);
}

/* Closed forms: at x = 0 the upper limit is -log(alpha/2) / T and the lower
 * limit 0 (set before any quantile call); at x = 1 the lower limit is
 * -log(1 - alpha/2) / T. */
static void test_closed_forms(void **state)
{
	(void)state;
	const double confs[] = { 0.5, 0.95, 0.999, 1 - 1e-9 };
	for (size_t i = 0; i < 4; i++) {
		double t = (1 - confs[i]) / 2;
		struct cs_interval ci;
		assert_int_equal(cs_rate_exact(0, 2.5, confs[i], &ci), CS_OK);
		assert_true(ci.lower == 0 && ci.estimate == 0);
		assert_close(ci.upper, -log(t) / 2.5, 0, 1e-14);
		assert_int_equal(cs_rate_exact(1, 1, confs[i], &ci), CS_OK);
		assert_close(ci.lower, -log1p(-t), 0, 1e-12);
	}
}

/* A worked example: 6 events in 1,000 person-years (R 4.2.2
 * poisson.test(6, 1000)$conf.int = 0.0022018942534908514 0.013059474022518685)
 * and the ratio 6/1000 over 12/4000 (poisson.test(c(6, 12), c(1000, 4000)):
 * estimate 2, conf.int 0.61588562985718642 5.7578768700279914). */
static void test_worked_examples(void **state)
{
	(void)state;
	struct cs_interval ci;
	assert_int_equal(cs_rate_exact(6, 1000, 0.95, &ci), CS_OK);
	assert_close(ci.estimate, 0.006, 0, 1e-15);
	assert_close(ci.lower, 0.0022018942534908514, 0, 1e-13);
	assert_close(ci.upper, 0.013059474022518685, 0, 1e-13);
	assert_int_equal(cs_rate_ratio_exact(6, 1000, 12, 4000, 0.95, &ci), CS_OK);
	assert_close(ci.estimate, 2, 0, 1e-15);
	assert_close(ci.lower, 0.61588562985718642, 0, 1e-12);
	assert_close(ci.upper, 5.7578768700279914, 0, 1e-12);
	assert_int_equal(ci.notes, 0);
}

static void test_ratio_edges(void **state)
{
	(void)state;
	struct cs_interval ci, r;
	/* no events in the second group: no upper limit */
	assert_int_equal(cs_rate_ratio_exact(5, 100, 0, 100, 0.95, &ci), CS_OK);
	assert_true(isinf(ci.estimate) && isinf(ci.upper) && ci.lower > 0);
	assert_true(ci.notes & CS_RATE_NOTE_NO_UPPER);
	/* none in the first: estimate and lower limit 0 */
	assert_int_equal(cs_rate_ratio_exact(0, 100, 5, 100, 0.95, &ci), CS_OK);
	assert_true(ci.estimate == 0 && ci.lower == 0 && isfinite(ci.upper));
	/* swapping the groups inverts the interval */
	assert_int_equal(cs_rate_ratio_exact(3, 2.5, 7, 1.5, 0.9, &ci), CS_OK);
	assert_int_equal(cs_rate_ratio_exact(7, 1.5, 3, 2.5, 0.9, &r), CS_OK);
	assert_close(ci.lower, 1 / r.upper, 0, 1e-13);
	assert_close(ci.upper, 1 / r.lower, 0, 1e-13);
	assert_close(ci.estimate, 1 / r.estimate, 0, 1e-15);
	/* both zero: nothing to condition on */
	assert_int_equal(cs_rate_ratio_exact(0, 1, 0, 1, 0.95, &ci), CS_EUNDEF);
}

/* With one event in the second group the binomial limit has a closed form:
 * p_lower(1 of n) = 1 - (1 - alpha/2)^(1/n), so for T1 = T2 the upper ratio
 * limit of (n - 1) against 1 is 1 / expm1(-log(1 - alpha/2) / n), and the
 * lower limit of 1 against (n - 1) is expm1(-log(1 - alpha/2) / n).
 * R 4.2.2, n = 10^6 + 1:
 *   1/expm1(-log(0.75)/n)  = 3476062.4728417275  (poisson.test: 3476062.4723874391)
 *   1/expm1(-log(0.975)/n) = 39497929.203097388  (poisson.test: 39497929.251368672)
 *   expm1(-log(0.975)/n)   = 2.5317782987002292e-08 */
static void test_ratio_closed_form(void **state)
{
	(void)state;
	struct cs_interval ci;
	assert_int_equal(cs_rate_ratio_exact(1000000, 1, 1, 1, 0.5, &ci), CS_OK);
	assert_close(ci.upper, 3476062.4728417275, 0, 1e-14);
	assert_int_equal(cs_rate_ratio_exact(1000000, 1, 1, 1, 0.95, &ci), CS_OK);
	assert_close(ci.upper, 39497929.203097388, 0, 1e-14);
	assert_int_equal(cs_rate_ratio_exact(1, 1, 1000000, 1, 0.95, &ci), CS_OK);
	assert_close(ci.lower, 2.5317782987002292e-08, 0, 1e-14);
}

static void test_huge_counts(void **state)
{
	(void)state;
	struct cs_interval ci;
	/* 10^9 and 10^12 events: finite, ordered, width about 2 z sqrt(x) */
	const double xs[] = { 1e9, 1e12 };
	for (int i = 0; i < 2; i++) {
		assert_int_equal(cs_rate_exact((int64_t)xs[i], 1, 0.95, &ci), CS_OK);
		assert_true(ci.lower < ci.estimate && ci.estimate < ci.upper);
		assert_close(ci.upper - ci.lower, 2 * 1.9599639845400536 * sqrt(xs[i]), 0, 1e-3);
	}
}

static void test_domain_errors(void **state)
{
	(void)state;
	struct cs_interval ci;
	assert_int_equal(cs_rate_exact(-1, 1, 0.95, &ci), CS_EDOM);
	assert_int_equal(cs_rate_exact(CS_RATE_MAX_COUNT + 1, 1, 0.95, &ci), CS_EDOM);
	assert_int_equal(cs_rate_exact(1, 0, 0.95, &ci), CS_EDOM);
	assert_int_equal(cs_rate_exact(1, -2, 0.95, &ci), CS_EDOM);
	assert_int_equal(cs_rate_exact(1, INFINITY, 0.95, &ci), CS_EDOM);
	assert_int_equal(cs_rate_exact(1, NAN, 0.95, &ci), CS_EDOM);
	assert_int_equal(cs_rate_exact(1, 1, 0, &ci), CS_EDOM);
	assert_int_equal(cs_rate_exact(1, 1, 1, &ci), CS_EDOM);
	assert_int_equal(cs_rate_ratio_exact(1, 0, 1, 1, 0.95, &ci), CS_EDOM);
	assert_int_equal(cs_rate_ratio_exact(1, 1, -1, 1, 0.95, &ci), CS_EDOM);
	assert_int_equal(cs_rate_ratio_exact(1, 1, 1, 1, 1.5, &ci), CS_EDOM);
}

int main(void)
{
	gsl_set_error_handler_off();
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_against_r),
		cmocka_unit_test(test_closed_forms),
		cmocka_unit_test(test_worked_examples),
		cmocka_unit_test(test_ratio_edges),
		cmocka_unit_test(test_ratio_closed_form),
		cmocka_unit_test(test_huge_counts),
		cmocka_unit_test(test_domain_errors),
	};
	return cmocka_run_group_tests(tests, NULL, NULL);
}
