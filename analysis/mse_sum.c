/* mse_sum.c - estimates of strata added up: the total of the people
 * observed and of the unobserved parts, with an interval from the strata's
 * standard errors (docs/methods.md, "Strata: the sum"). */
#include "mse_impl.h"
#include "status.h"

#include <math.h>

int cs_mse_sum(double n, const double *f0, const double *se, size_t k, int wald, double conf,
	       struct cs_mse_estimate *out)
{
	if (!f0 || !se || !out || k == 0 || !(n >= 0) || !isfinite(n) || !(conf > 0 && conf < 1))
		return CS_EDOM;
	double u = 0, v = 0;
	for (size_t i = 0; i < k; i++) {
		if (!(f0[i] >= 0) || !isfinite(f0[i]) || !(se[i] >= 0) || !isfinite(se[i]))
			return CS_EDOM;
		u += f0[i];
		v += se[i] * se[i];
	}
	/* the intervals of the table need only the number observed */
	struct cs_mse_data d = { .t = 2, .n = n };
	out->estimate = n + u;
	out->se = sqrt(v);
	out->notes = 0;
	const struct cs_mse_interval *ci = cs_mse_interval_find(wald ? "wald" : "lognormal");
	return ci->limits(&d, out->estimate, out->se, conf, &out->lower, &out->upper, &out->notes);
}
