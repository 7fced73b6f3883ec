/* mse_two.c - two lists: Lincoln-Petersen and Chapman, and the intervals
 * around them (profile likelihood, log-normal, Wald). */
#include "mse_impl.h"
#include "methods.h"
#include "status.h"

#include <stddef.h>
#include <math.h>
#include <gsl/gsl_cdf.h>

static int lincoln_petersen(double n1, double n2, double m, double *N, double *se)
{
	if (m == 0)
		return CS_EUNDEF;   /* n1 n2 / 0: no recapture, no estimate */
	*N = n1 * n2 / m;
	*se = sqrt(n1 * n2 * (n1 - m) * (n2 - m) / (m * m * m));
	return CS_OK;
}

static int chapman(double n1, double n2, double m, double *N, double *se)
{
	*N = (n1 + 1) * (n2 + 1) / (m + 1) - 1;
	*se = sqrt((n1 + 1) * (n2 + 1) * (n1 - m) * (n2 - m) / ((m + 1) * (m + 1) * (m + 2)));
	return CS_OK;
}

const struct cs_mse2_method cs_mse2_methods[] = {
	{ "lincoln-petersen", { "lp", "petersen", "lincoln", NULL }, lincoln_petersen,
	  "Lincoln-Petersen", "Petersen (1896), Lincoln (1930); variance Seber (1982) 3.1.1" },
	{ "chapman", { NULL }, chapman,
	  "Chapman", "Chapman (1951); variance Seber (1970, 1982)" },
};
const size_t cs_mse2_nmethods = sizeof cs_mse2_methods / sizeof cs_mse2_methods[0];

const struct cs_mse2_method *cs_mse2_method_find(const char *name)
{
	return cs_method_find(cs_mse2_methods, cs_mse2_nmethods, sizeof *cs_mse2_methods, offsetof(struct cs_mse2_method, aliases), name);
}

const struct cs_mse2_method *cs_mse2_method_default(void)
{
	return &cs_mse2_methods[1];
}

/* ---- intervals ------------------------------------------------------ */

struct two {
	double n, n1, n2, m;
	int failed;
};

/* The multinomial profile log-likelihood of N under independence of the
 * two lists, up to a constant: capture probabilities n1/N and n2/N give
 * lgamma(N+1) - lgamma(N-n+1) + sum_i [n_i log n_i + (N-n_i) log(N-n_i)]
 * - 2 N log N, rewritten without large cancelling terms. */
/* a log1p(x), 0 when a = 0 (where x may be -1) */
static double alog1p(double a, double x)
{
	return a == 0 ? 0 : a * log1p(x);
}

static double two_ll(void *ctx, double N)
{
	const struct two *w = ctx;
	double n0 = N - w->n;
	if (n0 < 0)
		n0 = 0;
	double v = cs_mse_stirling_rest(N) - cs_mse_stirling_rest(n0) - alog1p(n0, -w->n / N) - w->n;
	v -= w->m * log(N);
	v += (w->n1 > 0 ? w->n1 * log(w->n1) : 0) + alog1p(N - w->n1, -w->n1 / N);
	v += (w->n2 > 0 ? w->n2 * log(w->n2) : 0) + alog1p(N - w->n2, -w->n2 / N);
	return v;
}

static int ci_profile(const struct cs_mse_data *d, double N, double se, double conf,
		      double *lower, double *upper, unsigned *notes)
{
	(void)se;
	if (d->t != 2)
		return CS_EDOM;
	struct two w = { d->n, d->y[1] + d->y[3], d->y[2] + d->y[3], d->y[3], 0 };
	/* with no recapture the curve rises to sum_i (n_i log n_i - n_i) */
	double limit = w.m == 0 ? (w.n1 > 0 ? w.n1 * log(w.n1) : 0) - w.n1 +
				  (w.n2 > 0 ? w.n2 * log(w.n2) : 0) - w.n2 : NAN;
	struct cs_mse_curve c = { two_ll, &w, &w.failed, limit };
	double nmax;
	return cs_mse_curve_interval(&c, d->n, isfinite(N) ? N : d->n, cs_mse_half_chi2(conf),
				     &nmax, lower, upper, notes);
}

/* Chao (1987): log(N - n) normal, so N - n is multiplied and divided by
 * C = exp(z sqrt(log(1 + se^2 / (N - n)^2))). */
static int ci_lognormal(const struct cs_mse_data *d, double N, double se, double conf,
			double *lower, double *upper, unsigned *notes)
{
	double f0 = N - d->n;
	if (!(f0 > 0) || !(se > 0)) {
		*lower = *upper = N > d->n ? N : d->n;
		*notes |= CS_MSE_NOTE_DEGENERATE;
		return CS_OK;
	}
	double z = gsl_cdf_ugaussian_Qinv((1 - conf) / 2);
	double C = exp(z * sqrt(log1p(se * se / (f0 * f0))));
	*lower = d->n + f0 / C;
	*upper = d->n + f0 * C;
	return CS_OK;
}

/* N -/+ z se; a lower limit below the number observed is that number. */
static int ci_wald(const struct cs_mse_data *d, double N, double se, double conf,
		   double *lower, double *upper, unsigned *notes)
{
	double z = gsl_cdf_ugaussian_Qinv((1 - conf) / 2);
	*lower = N - z * se;
	*upper = N + z * se;
	if (*lower < d->n) {
		*lower = d->n;
		*notes |= CS_MSE_NOTE_LOWER_AT_N;
	}
	return CS_OK;
}

const struct cs_mse_interval cs_mse_intervals[] = {
	{ "profile", { "likelihood", "lik", NULL }, ci_profile,
	  "multinomial profile likelihood", "Cormack (1992); Baillargeon & Rivest (2007)" },
	{ "lognormal", { "log-normal", "chao", NULL }, ci_lognormal,
	  "log-normal", "Chao (1987)" },
	{ "wald", { "normal", NULL }, ci_wald,
	  "Wald", "Seber (1982)" },
};
const size_t cs_mse_nintervals = sizeof cs_mse_intervals / sizeof cs_mse_intervals[0];

const struct cs_mse_interval *cs_mse_interval_find(const char *name)
{
	return cs_method_find(cs_mse_intervals, cs_mse_nintervals, sizeof *cs_mse_intervals, offsetof(struct cs_mse_interval, aliases), name);
}

const struct cs_mse_interval *cs_mse_interval_default(void)
{
	return &cs_mse_intervals[0];
}

int cs_mse2_estimate(const struct cs_mse_data *d, const struct cs_mse2_method *m,
		     const struct cs_mse_interval *ci, double conf,
		     struct cs_mse_estimate *out)
{
	if (!d || !m || !ci || !out || d->t != 2 || !(conf > 0 && conf < 1))
		return CS_EDOM;
	out->estimate = out->se = out->lower = out->upper = NAN;
	out->notes = 0;
	double m12 = d->y[3], n1 = d->y[1] + m12, n2 = d->y[2] + m12;
	if (m12 == 0)
		out->notes |= CS_MSE_NOTE_NO_RECAPTURE;
	double N, se;
	int st = m->estimate(n1, n2, m12, &N, &se);
	if (st != CS_OK)
		return st;
	out->estimate = N;
	out->se = se;
	return ci->limits(d, N, se, conf, &out->lower, &out->upper, &out->notes);
}
