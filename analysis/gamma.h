/* gamma.h - the gamma distribution (and so the chi-square and Poisson
 * tails) where GSL's is not accurate enough.
 *
 * GSL 2.7.1's gsl_sf_gamma_inc_P/Q lose digits for large shapes while
 * reporting success (P(99683.8; 100000) is off by 1.4e-7 relative, with an
 * error estimate of 2e-13), fail with EMAXITER above the mean once the
 * argument passes 10^6, and gsl_cdf_chisq_Pinv returns NaN at 2 x 10^6
 * degrees of freedom.  Here the series and continued fraction are summed
 * without a step limit and with a cancellation-free prefactor, and the
 * quantile is found by bracketing and Brent's method (dist.h).
 *
 * Gamma(a) has shape a > 0 and scale 1.  Chi-square with k degrees of
 * freedom is 2 Gamma(k/2); for a Poisson count X with mean mu,
 * P(X >= x) = P(Gamma(x) <= mu).  All functions return a cs_status and
 * write through pointers; shapes above CS_GAMMA_MAX_SHAPE are refused
 * (CS_EDOM) because the sums then take too long. */
#ifndef CS_GAMMA_H
#define CS_GAMMA_H

#define CS_GAMMA_MAX_SHAPE 1e13

/* *lower = P(G <= x), *upper = P(G > x) for G ~ Gamma(a), the smaller one
 * computed directly and the other as its complement.  a > 0, x >= 0.
 * Either pointer may be NULL. */
int cs_gamma_tails(double x, double a, double *lower, double *upper);

/* The x with P(G <= x) = prob (upper == 0) or P(G > x) = prob (upper != 0),
 * G ~ Gamma(a); a > 0, 0 < prob < 1.  Accurate to a few ulps of x. */
int cs_gamma_quantile(double prob, double a, int upper, double *x);

#endif
