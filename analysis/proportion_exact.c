/* proportion_exact.c - intervals that need beta quantiles or a root search:
 * Jeffreys, Clopper-Pearson, mid-p, likelihood ratio and Blaker.
 *
 * Every limit at x = 0 or x = n is set before any quantile or root search:
 * GSL's beta quantile does not return for a zero shape parameter. */
#include "proportion_impl.h"
#include "proportion.h"
#include "dist.h"
#include "status.h"

#include <float.h>
#include <math.h>

/* At x = 0 the upper limit solves (1 - p)^n = tail and at x = n the lower
 * limit solves p^n = tail: closed forms, exact to the last digit. */
int cs_prop_clopper_pearson(double x, double n, double tail, double *lo, double *hi, unsigned *notes)
{
	(void)notes;
	int st = CS_OK;
	*lo = 0.0;
	*hi = 1.0;
	if (x == n)
		*lo = exp(log(tail) / n);
	else if (x > 0.0)
		st = cs_dist_beta_quantile(tail, x, n - x + 1.0, 0, lo);
	if (x == 0.0)
		*hi = -expm1(log(tail) / n);
	else if (st == CS_OK && x < n)
		st = cs_dist_beta_quantile(tail, x + 1.0, n - x, 1, hi);
	return st;
}

int cs_prop_jeffreys(double x, double n, double tail, double *lo, double *hi, unsigned *notes)
{
	(void)notes;
	int st = CS_OK;
	*lo = 0.0;
	*hi = 1.0;
	if (x > 0.0)
		st = cs_dist_beta_quantile(tail, x + 0.5, n - x + 0.5, 0, lo);
	if (st == CS_OK && x < n)
		st = cs_dist_beta_quantile(tail, x + 0.5, n - x + 0.5, 1, hi);
	return st;
}

/* ---- mid-p ---------------------------------------------------------- */

struct midp_ctx { double x, n, tail; };

/* Lower limit: 1/2 P(X = x) + P(X > x) - tail, increasing in p. */
static int midp_lower_fn(double p, void *vctx, double *f)
{
	const struct midp_ctx *c = vctx;
	double pmf, gt = 0.0;
	int st = cs_dist_binom_pmf(c->x, c->n, p, &pmf);
	if (st == CS_OK && c->x < c->n)
		st = cs_dist_binom_tails(c->x + 1.0, c->n, p, NULL, &gt);
	*f = 0.5 * pmf + gt - c->tail;
	return st;
}

/* Upper limit: 1/2 P(X = x) + P(X < x) - tail, decreasing in p. */
static int midp_upper_fn(double p, void *vctx, double *f)
{
	const struct midp_ctx *c = vctx;
	double pmf, lt = 0.0;
	int st = cs_dist_binom_pmf(c->x, c->n, p, &pmf);
	if (st == CS_OK && c->x > 0.0)
		st = cs_dist_binom_tails(c->x - 1.0, c->n, p, &lt, NULL);
	*f = 0.5 * pmf + lt - c->tail;
	return st;
}

int cs_prop_mid_p(double x, double n, double tail, double *lo, double *hi, unsigned *notes)
{
	(void)notes;
	struct midp_ctx c = { x, n, tail };
	int st = CS_OK;
	*lo = 0.0;
	*hi = 1.0;
	if (x > 0.0)
		st = cs_dist_root(midp_lower_fn, &c, 0.0, 1.0, lo);
	if (st == CS_OK && x < n)
		st = cs_dist_root(midp_upper_fn, &c, 0.0, 1.0, hi);
	return st;
}

/* ---- likelihood ratio ----------------------------------------------- */

struct lik_ctx { double x, n, crit; };

/* 2 [l(p^) - l(p)] - z^2, with l the binomial log-likelihood. */
static int lik_fn(double p, void *vctx, double *f)
{
	const struct lik_ctx *c = vctx;
	double dev = 0.0;
	if (c->x > 0.0)
		dev += c->x * log((c->x / c->n) / p);
	if (c->x < c->n)
		dev += (c->n - c->x) * log(((c->n - c->x) / c->n) / (1.0 - p));
	*f = 2.0 * dev - c->crit;
	return CS_OK;
}

int cs_prop_likelihood(double x, double n, double tail, double *lo, double *hi, unsigned *notes)
{
	(void)notes;
	double z = cs_prop_z(tail);
	struct lik_ctx c = { x, n, z * z };
	double phat = x / n;
	/* At x = 0 the deviance is -2n log(1 - p); at x = n it is -2n log p. */
	if (x == 0.0) {
		*lo = 0.0;
		*hi = -expm1(-c.crit / (2.0 * n));
		return CS_OK;
	}
	if (x == n) {
		*lo = exp(-c.crit / (2.0 * n));
		*hi = 1.0;
		return CS_OK;
	}
	int st = cs_dist_root(lik_fn, &c, DBL_MIN, phat, lo);
	if (st != CS_OK)
		return st;
	double top = 1.0 - DBL_EPSILON / 2.0, ftop;
	lik_fn(top, &c, &ftop);
	if (ftop <= 0.0) {   /* the limit is closer to 1 than a double can say */
		*hi = 1.0;
		return CS_OK;
	}
	return cs_dist_root(lik_fn, &c, phat, top, hi);
}

/* ---- Blaker --------------------------------------------------------- */

/* Blaker's acceptability of p given x (Blaker 2000, as in his published
 * acceptbin code): the probability, under p, of an outcome whose smaller
 * tail is no larger than that of x.  R's qbinom fuzz (64 eps) is kept so
 * that ties resolve the same way. */
struct blaker_ctx { double x, n; };

static int binom_cdf(double k, double n, double p, double *F)
{
	if (k < 0.0) { *F = 0.0; return CS_OK; }
	if (k >= n) { *F = 1.0; return CS_OK; }
	return cs_dist_binom_tails(k, n, p, F, NULL);
}

static int binom_sf(double k, double n, double p, double *S)  /* P(X >= k) */
{
	if (k <= 0.0) { *S = 1.0; return CS_OK; }
	if (k > n) { *S = 0.0; return CS_OK; }
	return cs_dist_binom_tails(k, n, p, NULL, S);
}

static int acceptability(double x, double n, double p, double *acc)
{
	const double fuzz = 64.0 * DBL_EPSILON;
	double p1, p2, F, S;
	int st = binom_sf(x, n, p, &p1);          /* P(X >= x) */
	if (st == CS_OK) st = binom_cdf(x, n, p, &p2);  /* P(X <= x) */
	if (st != CS_OK) return st;

	/* a1 = p1 + P(X <= k1 - 1), k1 the smallest k with F(k) >= p1 */
	double lo = 0.0, hi = n;
	while (lo < hi) {
		double mid = floor((lo + hi) / 2.0);
		if ((st = binom_cdf(mid, n, p, &F)) != CS_OK) return st;
		if (F >= p1 * (1.0 - fuzz)) hi = mid; else lo = mid + 1.0;
	}
	if ((st = binom_cdf(lo - 1.0, n, p, &F)) != CS_OK) return st;
	double a1 = p1 + F;

	/* a2 = p2 + P(X > k2), k2 the smallest k with F(k) >= 1 - p2,
	 * i.e. with P(X >= k+1) <= p2 (+ fuzz) */
	lo = 0.0, hi = n;
	while (lo < hi) {
		double mid = floor((lo + hi) / 2.0);
		if ((st = binom_sf(mid + 1.0, n, p, &S)) != CS_OK) return st;
		if (S <= p2 + fuzz * (1.0 - p2)) hi = mid; else lo = mid + 1.0;
	}
	if ((st = binom_sf(lo + 1.0, n, p, &S)) != CS_OK) return st;
	double a2 = p2 + S;

	*acc = a1 < a2 ? a1 : a2;
	return CS_OK;
}

#define BLAKER_GRID 1000

/* The first p on the way from `from` (a Clopper-Pearson limit, where p is
 * never acceptable) towards `to` (the estimate) with acceptability >= alpha.
 * A grid finds the first accepted cell; bisection then pins the edge to a
 * few ulps.  Blaker's interval lies inside Clopper-Pearson's. */
static int blaker_edge(double x, double n, double alpha, double from, double to, double *edge)
{
	double prev = from, acc;
	int st;
	for (int i = 1; i <= BLAKER_GRID; i++) {
		double p = from + (to - from) * (double)i / BLAKER_GRID;
		if ((st = acceptability(x, n, p, &acc)) != CS_OK)
			return st;
		if (acc >= alpha) {
			double out = prev, in = p;   /* rejected, accepted */
			for (int k = 0; k < 200; k++) {
				double mid = out + (in - out) / 2.0;
				if (mid == out || mid == in)
					break;
				if ((st = acceptability(x, n, mid, &acc)) != CS_OK)
					return st;
				if (acc >= alpha) in = mid; else out = mid;
			}
			*edge = in;
			return CS_OK;
		}
		prev = p;
	}
	*edge = to;
	return CS_OK;
}

int cs_prop_blaker(double x, double n, double tail, double *lo, double *hi, unsigned *notes)
{
	double cl, cu;
	int st = cs_prop_clopper_pearson(x, n, tail, &cl, &cu, notes);
	if (st != CS_OK)
		return st;
	double phat = x / n, alpha = 2.0 * tail;
	*lo = 0.0;
	*hi = 1.0;
	if (x > 0.0 && (st = blaker_edge(x, n, alpha, cl, phat, lo)) != CS_OK)
		return st;
	if (x < n && (st = blaker_edge(x, n, alpha, cu, phat, hi)) != CS_OK)
		return st;
	return CS_OK;
}
