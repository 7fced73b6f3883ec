/* rate.h - counts over exposure: exact Poisson limits for one rate and the
 * exact conditional interval for the ratio of two rates (docs/methods.md,
 * "Counts over exposure").
 *
 * A count is a whole number of events (int64_t, 0 <= x <= CS_RATE_MAX_COUNT);
 * an exposure is a positive finite amount of person-time or population
 * (any unit; the rate is in events per that unit).  Results are rates, or
 * a ratio of rates, in a struct cs_interval (proportion.h); its notes are
 * CS_RATE_NOTE_* bits.  Nothing is allocated. */
#ifndef CS_RATE_H
#define CS_RATE_H

#include <stdint.h>
#include "proportion.h"

/* Counts above this are refused (CS_EDOM): the gamma sums then take too long. */
#define CS_RATE_MAX_COUNT INT64_C(1000000000000)   /* 10^12 */

enum {
	CS_RATE_NOTE_NO_UPPER = 1u << 0   /* ratio: no events in the second group, estimate and upper limit infinite */
};

/* Exact Poisson (Garwood 1936) interval for the rate x / exposure:
 *   lower = 1/2 chi2(alpha/2; 2x) / exposure   (0 at x = 0),
 *   upper = 1/2 chi2(1 - alpha/2; 2x + 2) / exposure,
 * computed as gamma quantiles (gamma.h), as R's poisson.test(x, exposure).
 * 0 < conf < 1.  CS_EDOM for a negative or too large count, an exposure
 * that is not positive and finite, or conf out of range. */
int cs_rate_exact(int64_t x, double exposure, double conf, struct cs_interval *out);

/* Exact conditional interval for the rate ratio (x1/e1) / (x2/e2), as R's
 * poisson.test(c(x1, x2), c(e1, e2)): given x1 + x2 = n, x1 is binomial
 * with p = r e1 / (r e1 + e2), so the Clopper-Pearson limits of p map to
 * r = p / (1 - p) * e2 / e1.  With 1 - p_upper(x1) = p_lower(x2) the limits
 * are formed as
 *   lower = p_lower(x1) / p_upper(x2) * e2 / e1,
 *   upper = p_upper(x1) / p_lower(x2) * e2 / e1,
 * without subtracting from 1.  x1 = 0 gives estimate and lower 0; x2 = 0
 * gives an infinite estimate and upper limit (CS_RATE_NOTE_NO_UPPER);
 * x1 = x2 = 0 is CS_EUNDEF (nothing to condition on). */
int cs_rate_ratio_exact(int64_t x1, double e1, int64_t x2, double e2, double conf,
			struct cs_interval *out);

#endif
