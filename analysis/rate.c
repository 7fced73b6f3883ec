/* rate.c - exact Poisson rate limits and the rate ratio (see rate.h). */
#include "rate.h"
#include "gamma.h"
#include "status.h"

#include <math.h>

static int exposure_ok(double e)
{
	return e > 0.0 && isfinite(e);
}

int cs_rate_exact(int64_t x, double exposure, double conf, struct cs_interval *out)
{
	if (x < 0 || x > CS_RATE_MAX_COUNT || !exposure_ok(exposure) || !(conf > 0.0 && conf < 1.0))
		return CS_EDOM;
	double tail = (1.0 - conf) / 2.0, lo = 0.0, hi;
	/* 1/2 chi2(p; 2x) is the p-quantile of Gamma(x); at x = 0 that
	 * distribution is degenerate at 0 (and GSL's chi-square quantile
	 * returns NaN at 0 degrees of freedom), so the lower limit is set
	 * before any quantile is asked for. */
	int st = CS_OK;
	if (x > 0)
		st = cs_gamma_quantile(tail, (double)x, 0, &lo);
	if (st == CS_OK)
		st = cs_gamma_quantile(tail, (double)x + 1.0, 1, &hi);
	if (st != CS_OK)
		return st;
	out->estimate = (double)x / exposure;
	out->lower = lo / exposure;
	out->upper = hi / exposure;
	out->notes = 0;
	return CS_OK;
}

int cs_rate_ratio_exact(int64_t x1, double e1, int64_t x2, double e2, double conf,
			struct cs_interval *out)
{
	if (x1 < 0 || x2 < 0 || x1 > CS_RATE_MAX_COUNT || x2 > CS_RATE_MAX_COUNT ||
	    !exposure_ok(e1) || !exposure_ok(e2) || !(conf > 0.0 && conf < 1.0))
		return CS_EDOM;
	if (x1 + x2 == 0)
		return CS_EUNDEF;
	const struct cs_prop_method *cp = cs_prop_method_find("clopper-pearson");
	struct cs_interval p1, p2;
	int64_t n = x1 + x2;
	int st = cs_prop_ci(cp, x1, n, conf, CS_SIDES_TWO, &p1);
	if (st == CS_OK)
		st = cs_prop_ci(cp, x2, n, conf, CS_SIDES_TWO, &p2);
	if (st != CS_OK)
		return st;
	double scale = e2 / e1;
	out->notes = 0;
	if (x2 == 0) {
		out->estimate = INFINITY;
		out->upper = INFINITY;
		out->notes |= CS_RATE_NOTE_NO_UPPER;
	} else {
		out->estimate = ((double)x1 / e1) / ((double)x2 / e2);
		out->upper = p1.upper / p2.lower * scale;
	}
	/* p_upper(x2) > 0 always (x1 < n here or x2 > 0) */
	out->lower = x1 == 0 ? 0.0 : p1.lower / p2.upper * scale;
	return CS_OK;
}
