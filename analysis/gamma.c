/* gamma.c - guarded gamma distribution tails and quantiles (see gamma.h). */
#include "gamma.h"
#include "dist.h"
#include "status.h"

#include <math.h>
#include <gsl/gsl_errno.h>
#include <gsl/gsl_math.h>
#include <gsl/gsl_sf_gamma.h>
#include <gsl/gsl_sf_log.h>

/* Steps of the series or continued fraction before CS_ENOCONV.  Near the
 * mean both need about 9 sqrt(a) steps: 10^7 at a = 10^12. */
#define MAX_STEPS 100000000L

/* log(x^a e^-x / Gamma(a)) without cancellation.  With Stirling's form
 * Gamma(a) = sqrt(2 pi) a^(a-1/2) e^-a gamma*(a) (GSL's gammastar),
 *   x^a e^-x / Gamma(a) = (x/a)^a e^-(x-a) sqrt(a / (2 pi)) / gamma*(a),
 * and near the mean a log(x/a) - (x - a) = a (log1p(m) - m), m = (x-a)/a,
 * comes from GSL's log_1plusx_mx, so nothing of size a log x is ever
 * subtracted (the lgamma form loses about 1e-10 relative at a = 10^6). */
static int log_prefactor(double x, double a, double *out)
{
	gsl_sf_result gs, lm;
	if (gsl_sf_gammastar_e(a, &gs) != GSL_SUCCESS)
		return CS_ENOCONV;
	double m = (x - a) / a, t;
	if (fabs(m) < 0.5) {
		if (gsl_sf_log_1plusx_mx_e(m, &lm) != GSL_SUCCESS)
			return CS_ENOCONV;
		t = a * lm.val;
	} else {
		t = a * log(x / a) - (x - a);
	}
	*out = t + 0.5 * log(a / (2.0 * M_PI)) - log(gs.val);
	return CS_OK;
}

/* P(a, x) by the series x^a e^-x / Gamma(a) * sum_n x^n / (a (a+1) ... (a+n))
 * (Abramowitz & Stegun 6.5.29); for x < a + 1, where every term is smaller
 * than the one before. */
static int lower_series(double x, double a, double logpre, double *val)
{
	double term = 1.0 / a, sum = term;
	for (long n = 1; n <= MAX_STEPS; n++) {
		term *= x / (a + (double)n);
		sum += term;
		if (term < sum * 1e-17) {
			*val = exp(logpre) * sum;
			return CS_OK;
		}
	}
	return CS_ENOCONV;
}

/* Q(a, x) by the continued fraction (A & S 6.5.31)
 *   x^a e^-x / Gamma(a) * 1/(x+1-a- 1(1-a)/(x+3-a- 2(2-a)/(x+5-a- ...)))
 * in the modified Lentz form; for x >= a + 1. */
static int upper_cf(double x, double a, double logpre, double *val)
{
	const double tiny = 1e-300, eps = 1e-16;
	double b = x + 1.0 - a, c = 1.0 / tiny, d = 1.0 / b, h = d;
	for (long i = 1; i <= MAX_STEPS; i++) {
		b += 2.0;
		double del = cs_lentz_step(-(double)i * ((double)i - a), b, &c, &d);
		h *= del;
		if (fabs(del - 1.0) < eps) {
			*val = exp(logpre) * h;
			return CS_OK;
		}
	}
	return CS_ENOCONV;
}

static double clip01(double v)
{
	return v < 0.0 ? 0.0 : v > 1.0 ? 1.0 : v;
}

int cs_gamma_tails(double x, double a, double *lower, double *upper)
{
	if (!(a > 0.0) || !(a <= CS_GAMMA_MAX_SHAPE) || isnan(x) || x < 0.0)
		return CS_EDOM;
	double lo, up;
	if (x == 0.0) {
		lo = 0.0, up = 1.0;
	} else if (isinf(x)) {
		lo = 1.0, up = 0.0;
	} else {
		double logpre;
		int st = log_prefactor(x, a, &logpre);
		if (st != CS_OK)
			return st;
		if (x < a + 1.0) {
			st = lower_series(x, a, logpre, &lo);
			up = 1.0 - lo;
		} else {
			st = upper_cf(x, a, logpre, &up);
			lo = 1.0 - up;
		}
		if (st != CS_OK)
			return st;
		lo = clip01(lo);
		up = clip01(up);
	}
	if (lower) *lower = lo;
	if (upper) *upper = up;
	return CS_OK;
}

struct quantile_ctx { double a, prob; int upper; };

/* Increasing in x either way. */
static int quantile_fn(double x, void *vctx, double *fx)
{
	const struct quantile_ctx *c = vctx;
	double lo, up;
	int st = cs_gamma_tails(x, c->a, &lo, &up);
	if (st != CS_OK)
		return st;
	*fx = c->upper ? c->prob - up : lo - c->prob;
	return CS_OK;
}

int cs_gamma_quantile(double prob, double a, int upper, double *x)
{
	if (!(prob > 0.0 && prob < 1.0) || !(a > 0.0) || !(a <= CS_GAMMA_MAX_SHAPE))
		return CS_EDOM;
	struct quantile_ctx c = { a, prob, upper };
	/* f(0) = -prob or prob - 1 < 0; widen the upper end until f > 0 */
	double hi = a + 10.0 * sqrt(a) + 10.0, fhi;
	for (int k = 0;; k++) {
		int st = quantile_fn(hi, &c, &fhi);
		if (st != CS_OK)
			return st;
		if (fhi >= 0.0)
			break;
		if (k == 60)
			return CS_ENOCONV;
		hi *= 2.0;
	}
	return cs_dist_root(quantile_fn, &c, 0.0, hi, x);
}
