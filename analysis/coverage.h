/* coverage.h - the actual coverage probability of a confidence interval
 * method for one binomial proportion.
 *
 * A "95%" interval does not cover the true p 95% of the time: for X ~
 * Bin(n, p) the coverage is
 *     C(p) = sum over x = 0..n of [L(x) <= p <= U(x)] * P(X = x),
 * which jumps about with p and can fall far below the nominal level at
 * small n (Brown, Cai & DasGupta 2001).  It is computed exactly here: the
 * n + 1 intervals once, then the binomial sum at each p.  Counts are
 * int64_t; p, limits and coverage are doubles in [0, 1].  Nothing here
 * allocates: the caller passes arrays. */
#ifndef CS_COVERAGE_H
#define CS_COVERAGE_H

#include <stddef.h>
#include <stdint.h>
#include "proportion.h"

/* Largest n accepted: the intervals of all n + 1 outcomes are computed. */
#define CS_COVERAGE_MAX_N INT64_C(100000)

/* The two-sided interval of method m at level conf for every x = 0..n:
 * lower[x], upper[x] (arrays of n + 1).  Returns CS_EDOM for n < 1,
 * n > CS_COVERAGE_MAX_N or conf outside (0, 1), or the status of
 * cs_prop_ci. */
int cs_coverage_limits(const struct cs_prop_method *m, int64_t n, double conf,
		       double *lower, double *upper);

/* C(p) for the intervals lower/upper (from cs_coverage_limits) at
 * 0 <= p <= 1.  The binomial terms are summed outward from the mode and
 * stop once the rest of the tail is provably below 1e-17 of the largest
 * term, so the work grows with sqrt(n), not n.  Returns CS_EDOM or a
 * status of cs_dist_binom_pmf. */
int cs_coverage_at(int64_t n, const double *lower, const double *upper, double p, double *coverage);

/* The grid of p used by casestat coverage: p_i = i / steps for
 * i = 1 .. steps - 1 (steps >= 2), into p (steps - 1 entries). */
int cs_coverage_grid(size_t steps, double *p);

/* A summary of a coverage curve cov[0..np) over the grid p[0..np):
 * the mean over the grid (approximating the average coverage over p in
 * (0, 1) of Brown, Cai & DasGupta), the minimum and the p where it first
 * occurs, and the share of grid points with coverage below conf. */
struct cs_coverage_summary {
	double mean, min, p_min, below;
};
int cs_coverage_summarize(const double *p, const double *cov, size_t np, double conf,
			  struct cs_coverage_summary *out);

#endif
