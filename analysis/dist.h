/* dist.h - distribution functions that stay accurate where GSL's give up.
 *
 * GSL 2.7's incomplete beta function stops after 512 continued-fraction
 * steps, so for shape parameters in the millions (a 0.1% complaint rate
 * in a 10-million-row export) it returns an error or loses digits, and
 * gsl_cdf_beta_Pinv returns NaN or never returns at a zero shape; its
 * lgamma-based prefactor also loses about 1e-8 there.  These wrappers use
 * GSL for moderate shapes and otherwise the same continued fraction without
 * GSL's step limit, with a cancellation-free prefactor, and invert with a
 * bracketing root finder.  All functions return a cs_status and write through pointers. */
#ifndef CS_DIST_H
#define CS_DIST_H

#include <math.h>

/* Regularized incomplete beta: *lower = I_x(a, b) = P(B <= x) and
 * *upper = 1 - I_x(a, b) = P(B > x) for B ~ Beta(a, b), each computed
 * without cancellation in its own small tail.  a, b > 0; x is clipped to
 * [0, 1].  Either pointer may be NULL. */
int cs_dist_beta_tails(double x, double a, double b, double *lower, double *upper);

/* The x with P(B <= x) = prob (upper == 0) or P(B > x) = prob (upper != 0),
 * B ~ Beta(a, b), a, b > 0, 0 < prob < 1.  Accurate to a few ulps of x. */
int cs_dist_beta_quantile(double prob, double a, double b, int upper, double *x);

/* Binomial probability P(X = k) for X ~ Bin(n, p), computed in logs;
 * n may exceed the range of unsigned int.  0 <= k <= n, 0 <= p <= 1. */
int cs_dist_binom_pmf(double k, double n, double p, double *pmf);

/* Binomial tails: *le = P(X <= k), *ge = P(X >= k), each accurate in its
 * own small tail.  0 <= k <= n.  Either pointer may be NULL. */
int cs_dist_binom_tails(double k, double n, double p, double *le, double *ge);

/* Solve f(x) = 0 for x in [lo, hi], where f(lo) and f(hi) have opposite
 * signs (not checked here: the caller brackets).  Brent's method to full
 * double precision.  f returns a status; a failing status stops the
 * search and is returned. */
typedef int (*cs_root_fn)(double x, void *ctx, double *fx);
int cs_dist_root(cs_root_fn f, void *ctx, double lo, double hi, double *root);

/* One step of the modified Lentz evaluation of a continued fraction
 * b0 + a1/(b1 + a2/(b2 + ...)) (Press et al., Numerical Recipes 5.2): with
 * the next partial numerator a and denominator b, update c and d and
 * return the factor that multiplies the value so far.  Zeros are nudged
 * to 1e-300 so that no step divides by zero. */
static inline double cs_lentz_step(double a, double b, double *c, double *d)
{
	const double tiny = 1e-300;
	*d = b + a * *d;
	if (fabs(*d) < tiny)
		*d = tiny;
	*c = b + a / *c;
	if (fabs(*c) < tiny)
		*c = tiny;
	*d = 1.0 / *d;
	return *d * *c;
}

#endif
