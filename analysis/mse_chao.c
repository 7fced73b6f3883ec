/* mse_chao.c - Chao's lower bound from the people seen once and twice. */
#include "mse_impl.h"
#include "status.h"

#include <math.h>
#include <gsl/gsl_cdf.h>

int cs_mse_chao(const struct cs_mse_data *d, double conf, struct cs_mse_estimate *out)
{
	if (!d || !out || d->t < 2 || d->t > CS_MSE_MAX_LISTS || !(conf > 0 && conf < 1))
		return CS_EDOM;
	double f[CS_MSE_MAX_LISTS + 1];
	cs_mse_data_fk(d, f);
	double f1 = f[1], f2 = f[2], n = d->n;
	double k = (d->t - 1.0) / d->t;
	double f0, var;
	out->notes = 0;
	if (f2 > 0) {
		double r = f1 / f2;
		f0 = k * f1 * f1 / (2 * f2);
		var = f2 * (k * r * r / 2 + k * k * r * r * r + k * k * r * r * r * r / 4);
	} else {
		/* f1^2 / (2 f2) has no value; the bias-corrected form
		 * f1 (f1 - 1) / (2 (f2 + 1)) does */
		out->notes |= CS_MSE_NOTE_BIAS_CORRECTED;
		f0 = k * f1 * (f1 - 1) / 2;
		var = k * f1 * (f1 - 1) / 2 + k * k * f1 * (2 * f1 - 1) * (2 * f1 - 1) / 4 -
		      k * k * f1 * f1 * f1 * f1 / (4 * (n + f0));
		if (var < 0)
			var = 0;
	}
	out->estimate = n + f0;
	out->se = sqrt(var);
	if (!(f0 > 0) || !(var > 0)) {
		/* nothing added (f1 = 0, or f1 = 1 with f2 = 0): no spread either */
		out->se = 0;
		out->lower = out->upper = out->estimate;
		out->notes |= CS_MSE_NOTE_DEGENERATE;
		return CS_OK;
	}
	double z = gsl_cdf_ugaussian_Qinv((1 - conf) / 2);
	double C = exp(z * sqrt(log1p(var / (f0 * f0))));
	out->lower = n + f0 / C;
	out->upper = n + f0 * C;
	return CS_OK;
}
