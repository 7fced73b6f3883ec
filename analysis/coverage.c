/* coverage.c - exact coverage probability of proportion intervals (see
 * coverage.h).  Reference: Brown, Cai & DasGupta (2001), Interval
 * estimation for a binomial proportion, Statistical Science 16:101-133,
 * section 2 (the coverage sum) and figures 1-5. */
#include "coverage.h"
#include "dist.h"
#include "status.h"

#include <math.h>

int cs_coverage_limits(const struct cs_prop_method *m, int64_t n, double conf,
		       double *lower, double *upper)
{
	if (n < 1 || n > CS_COVERAGE_MAX_N || !(conf > 0.0 && conf < 1.0))
		return CS_EDOM;
	for (int64_t x = 0; x <= n; x++) {
		struct cs_interval ci;
		int st = cs_prop_ci(m, x, n, conf, CS_SIDES_TWO, &ci);
		if (st != CS_OK)
			return st;
		lower[x] = ci.lower;
		upper[x] = ci.upper;
	}
	return CS_OK;
}

/* The terms far from the mode are negligible once the remaining tail,
 * bounded by a geometric series (the ratio of successive terms falls
 * away from the mode), is below this fraction of the mode's term. */
#define TAIL_EPS 1e-17

int cs_coverage_at(int64_t n, const double *lower, const double *upper, double p, double *coverage)
{
	if (n < 1 || !(p >= 0.0 && p <= 1.0))
		return CS_EDOM;
	double dn = (double)n;
	int64_t mode = (int64_t)floor((dn + 1.0) * p);
	if (mode > n)
		mode = n;
	double top, sum = 0.0;
	int st = cs_dist_binom_pmf((double)mode, dn, p, &top);
	if (st != CS_OK)
		return st;
	if (lower[mode] <= p && p <= upper[mode])
		sum += top;
	/* upward: term(x+1)/term(x) = (n-x)/(x+1) * p/(1-p) */
	for (int64_t x = mode + 1; x <= n; x++) {
		double t;
		if ((st = cs_dist_binom_pmf((double)x, dn, p, &t)) != CS_OK)
			return st;
		if (lower[x] <= p && p <= upper[x])
			sum += t;
		double r = (dn - (double)x) / ((double)x + 1.0) * (p / (1.0 - p));
		if (t == 0.0 || (r < 1.0 && t * r / (1.0 - r) < TAIL_EPS * top))
			break;
	}
	/* downward: term(x-1)/term(x) = x/(n-x+1) * (1-p)/p */
	for (int64_t x = mode - 1; x >= 0; x--) {
		double t;
		if ((st = cs_dist_binom_pmf((double)x, dn, p, &t)) != CS_OK)
			return st;
		if (lower[x] <= p && p <= upper[x])
			sum += t;
		double r = (double)x / (dn - (double)x + 1.0) * ((1.0 - p) / p);
		if (t == 0.0 || (r < 1.0 && t * r / (1.0 - r) < TAIL_EPS * top))
			break;
	}
	*coverage = sum > 1.0 ? 1.0 : sum;
	return CS_OK;
}

int cs_coverage_grid(size_t steps, double *p)
{
	if (steps < 2)
		return CS_EDOM;
	for (size_t i = 1; i < steps; i++)
		p[i - 1] = (double)i / (double)steps;
	return CS_OK;
}

int cs_coverage_summarize(const double *p, const double *cov, size_t np, double conf,
			  struct cs_coverage_summary *out)
{
	if (np == 0)
		return CS_EDOM;
	double sum = 0.0;
	size_t below = 0, imin = 0;
	for (size_t i = 0; i < np; i++) {
		sum += cov[i];
		if (cov[i] < cov[imin])
			imin = i;
		below += cov[i] < conf;
	}
	out->mean = sum / (double)np;
	out->min = cov[imin];
	out->p_min = p[imin];
	out->below = (double)below / (double)np;
	return CS_OK;
}
