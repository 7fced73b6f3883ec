/* dist.c - guarded beta and binomial distribution functions (see dist.h). */
#include "dist.h"
#include "status.h"

#include <float.h>
#include <math.h>
#include <gsl/gsl_errno.h>
#include <gsl/gsl_math.h>
#include <gsl/gsl_roots.h>
#include <gsl/gsl_sf_gamma.h>

/* GSL's result is used when a + b is below GSL_MAX_SHAPE and its own error
 * estimate is this small relative to the value; beta_cf() otherwise. */
#define GSL_REL_ERR_OK 1e-12
#define GSL_MAX_SHAPE 1e4
/* The continued fraction takes at most this many steps (enough for shape
 * parameters near 10^12) before reporting CS_ENOCONV. */
#define CF_MAX_STEPS 5000000L

/* log of x^a y^b / B(a, b), y = 1 - x, without cancellation.  With
 * Stirling's form Gamma(z) = sqrt(2 pi) z^(z-1/2) e^-z gamma*(z) (GSL's
 * gammastar),
 *   x^a y^b / B(a,b) = (x/x0)^a (y/y0)^b sqrt(ab / (2 pi (a+b)))
 *                      gamma*(a+b) / (gamma*(a) gamma*(b)),
 * x0 = a/(a+b), y0 = b/(a+b).  Near the mean the two powers are close to 1
 * and their logs come from log1p of the deviation, so nothing of size
 * a log x (millions) is ever subtracted; lgamma-based forms lose 1e-8 there.
 * x and y are both given: the smaller of the two must be exact (the other
 * may carry the rounding of 1 - it), and the deviation is taken from it. */
static int beta_log_prefactor(double x, double y, double a, double b, double *out)
{
	gsl_sf_result ga, gb, gab;
	if (gsl_sf_gammastar_e(a, &ga) != GSL_SUCCESS ||
	    gsl_sf_gammastar_e(b, &gb) != GSL_SUCCESS ||
	    gsl_sf_gammastar_e(a + b, &gab) != GSL_SUCCESS)
		return CS_ENOCONV;
	double x0 = a / (a + b), y0 = b / (a + b);
	double dx = x <= y ? x - x0 : -(y - y0);
	double lx = fabs(dx / x0) < 0.5 ? log1p(dx / x0) : log(x / x0);
	double ly = fabs(dx / y0) < 0.5 ? log1p(-dx / y0) : log(y / y0);
	*out = a * lx + b * ly + 0.5 * log(a * b / (2.0 * M_PI * (a + b))) +
	       log(gab.val) - log(ga.val) - log(gb.val);
	return CS_OK;
}

/* I_x(a, b) by the continued fraction of the incomplete beta function
 * (Abramowitz & Stegun 26.5.8), evaluated with the modified Lentz method.
 * It is the expansion GSL uses; GSL stops after 512 steps, while near the
 * mean it needs O(sqrt(max(a, b))) of them, so here the cap is high.  Used
 * for x at or below the mean, where it converges without cancellation. */
static int beta_cf(double x, double y, double a, double b, double *val)
{
	const double tiny = 1e-300, eps = 1e-16;
	double logpre;
	if (beta_log_prefactor(x, y, a, b, &logpre) != CS_OK)
		return CS_ENOCONV;
	/* first denominator 1 - (a+b) x / (a+1); near 1 for x close to 1, so
	 * then it is formed from the exact y = 1 - x instead */
	double c = 1.0, d = y < 0.5 ? ((a + b) * y + 1.0 - b) / (a + 1.0)
				     : 1.0 - (a + b) * x / (a + 1.0);
	if (fabs(d) < tiny) d = tiny;
	d = 1.0 / d;
	double h = d;
	for (long m = 1; m <= CF_MAX_STEPS; m++) {
		double m2 = 2.0 * m;
		/* even step, then odd step */
		h *= cs_lentz_step(m * (b - m) * x / ((a + m2 - 1.0) * (a + m2)), 1.0, &c, &d);
		double del = cs_lentz_step(-(a + m) * (a + b + m) * x / ((a + m2) * (a + m2 + 1.0)), 1.0, &c, &d);
		h *= del;
		if (fabs(del - 1.0) < eps) {
			*val = exp(logpre) * h / a;
			return CS_OK;
		}
	}
	return CS_ENOCONV;
}

/* I_x(a, b) for x at or below the mean a/(a+b), y = 1 - x, the smaller of
 * x and y exact.  GSL's routine, which is given only x, is used when x is
 * exact and the shapes moderate (its lgamma-based prefactor then keeps its
 * digits and its own error estimate is small); beta_cf() otherwise. */
static int beta_lower(double x, double y, int x_exact, double a, double b, double *val)
{
	if (x_exact && a + b < GSL_MAX_SHAPE) {
		gsl_sf_result r;
		int s = gsl_sf_beta_inc_e(a, b, x, &r);
		if (s == GSL_SUCCESS && isfinite(r.val) && r.val >= 0.0 &&
		    r.err <= GSL_REL_ERR_OK * r.val) {
			*val = r.val;
			return CS_OK;
		}
	}
	return beta_cf(x, y, a, b, val);
}

int cs_dist_beta_tails(double x, double a, double b, double *lower, double *upper)
{
	if (!(a > 0.0) || !(b > 0.0) || isnan(x))
		return CS_EDOM;
	double lo, up;
	if (x <= 0.0) {
		lo = 0.0, up = 1.0;
	} else if (x >= 1.0) {
		lo = 1.0, up = 0.0;
	} else {
		/* Compute whichever tail is small directly and accurately; the
		 * other one is its complement (no digits lost there). */
		double mean = a / (a + b), y = 1.0 - x;
		int st;
		if (x <= mean) {
			st = beta_lower(x, y, 1, a, b, &lo);
			up = 1.0 - lo;
		} else {
			st = beta_lower(y, x, x >= 0.5, b, a, &up);   /* 1 - x is exact for x >= 1/2 */
			lo = 1.0 - up;
		}
		if (st != CS_OK)
			return st;
		if (lo < 0.0) lo = 0.0;
		if (up < 0.0) up = 0.0;
		if (lo > 1.0) lo = 1.0;
		if (up > 1.0) up = 1.0;
	}
	if (lower) *lower = lo;
	if (upper) *upper = up;
	return CS_OK;
}

struct quantile_ctx { double a, b, prob; int upper; };

static int quantile_fn(double x, void *vctx, double *fx)
{
	const struct quantile_ctx *c = vctx;
	double lo, up;
	int st = cs_dist_beta_tails(x, c->a, c->b, &lo, &up);
	if (st != CS_OK)
		return st;
	/* increasing in x either way */
	*fx = c->upper ? c->prob - up : lo - c->prob;
	return CS_OK;
}

int cs_dist_beta_quantile(double prob, double a, double b, int upper, double *x)
{
	if (!(prob > 0.0 && prob < 1.0) || !(a > 0.0) || !(b > 0.0))
		return CS_EDOM;
	struct quantile_ctx c = { a, b, prob, upper };
	return cs_dist_root(quantile_fn, &c, 0.0, 1.0, x);
}

int cs_dist_binom_pmf(double k, double n, double p, double *pmf)
{
	if (!(k >= 0.0 && k <= n) || !(p >= 0.0 && p <= 1.0))
		return CS_EDOM;
	if (p == 0.0) {
		*pmf = k == 0.0 ? 1.0 : 0.0;
		return CS_OK;
	}
	if (p == 1.0) {
		*pmf = k == n ? 1.0 : 0.0;
		return CS_OK;
	}
	/* C(n,k) = 1 / ((n+1) B(k+1, n-k+1)); GSL's lnbeta avoids the
	 * cancellation of three large lgamma values. */
	gsl_sf_result lnb;
	if (gsl_sf_lnbeta_e(k + 1.0, n - k + 1.0, &lnb) != GSL_SUCCESS)
		return CS_ENOCONV;
	double lp = -log1p(n) - lnb.val;
	if (k > 0.0) lp += k * log(p);
	if (n > k) lp += (n - k) * log1p(-p);
	*pmf = exp(lp);
	return CS_OK;
}

int cs_dist_binom_tails(double k, double n, double p, double *le, double *ge)
{
	if (!(k >= 0.0 && k <= n) || !(p >= 0.0 && p <= 1.0))
		return CS_EDOM;
	/* P(X >= k) = I_p(k, n-k+1); P(X <= k) = 1 - I_p(k+1, n-k). */
	if (le) {
		if (k >= n) {
			*le = 1.0;
		} else {
			int st = cs_dist_beta_tails(p, k + 1.0, n - k, NULL, le);
			if (st != CS_OK) return st;
		}
	}
	if (ge) {
		if (k <= 0.0) {
			*ge = 1.0;
		} else {
			int st = cs_dist_beta_tails(p, k, n - k + 1.0, ge, NULL);
			if (st != CS_OK) return st;
		}
	}
	return CS_OK;
}

/* Adapter: GSL's solver wants a plain double function; a failing status is
 * remembered and reported as NaN, which stops the solver. */
struct root_adapter { cs_root_fn f; void *ctx; int status; };

static double root_gsl_fn(double x, void *p)
{
	struct root_adapter *ad = p;
	double fx;
	int st = ad->f(x, ad->ctx, &fx);
	if (st != CS_OK) {
		if (ad->status == CS_OK) ad->status = st;
		return GSL_NAN;
	}
	return fx;
}

int cs_dist_root(cs_root_fn f, void *ctx, double lo, double hi, double *root)
{
	struct root_adapter ad = { f, ctx, CS_OK };
	/* An endpoint that is already a root needs no search (GSL refuses a
	 * bracket whose ends do not differ in sign). */
	double flo, fhi;
	int st = f(lo, ctx, &flo);
	if (st != CS_OK) return st;
	if (flo == 0.0) { *root = lo; return CS_OK; }
	st = f(hi, ctx, &fhi);
	if (st != CS_OK) return st;
	if (fhi == 0.0) { *root = hi; return CS_OK; }
	if ((flo < 0.0) == (fhi < 0.0))
		return CS_ENOCONV;

	gsl_function F = { root_gsl_fn, &ad };
	gsl_root_fsolver *s = gsl_root_fsolver_alloc(gsl_root_fsolver_brent);
	if (!s)
		return CS_ENOMEM;
	if (gsl_root_fsolver_set(s, &F, lo, hi) != GSL_SUCCESS) {
		gsl_root_fsolver_free(s);
		return ad.status != CS_OK ? ad.status : CS_ENOCONV;
	}
	int result = CS_ENOCONV;
	for (int iter = 0; iter < 500; iter++) {
		int gs = gsl_root_fsolver_iterate(s);
		if (ad.status != CS_OK) {
			result = ad.status;
			break;
		}
		if (gs != GSL_SUCCESS)
			break;
		double a = gsl_root_fsolver_x_lower(s);
		double b = gsl_root_fsolver_x_upper(s);
		if (gsl_root_test_interval(a, b, DBL_MIN, 4.0 * DBL_EPSILON) == GSL_SUCCESS) {
			*root = gsl_root_fsolver_root(s);
			result = CS_OK;
			break;
		}
	}
	gsl_root_fsolver_free(s);
	return result;
}
