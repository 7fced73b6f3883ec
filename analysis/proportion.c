/* proportion.c - the method table, the driver cs_prop_ci(), and the
 * closed-form intervals (Wald, Wilson, Wilson-cc, Agresti-Coull, logit,
 * arcsine).  Root-finding methods are in proportion_exact.c. */
#include "proportion.h"
#include "methods.h"
#include "proportion_impl.h"
#include "status.h"

#include <stddef.h>
#include <math.h>
#include <gsl/gsl_cdf.h>
#include <gsl/gsl_math.h>

const struct cs_prop_method cs_prop_methods[] = {
	{ "wald", { "normal", "asymptotic", NULL }, cs_prop_wald,
	  "Wald", "Laplace (1812); see Brown, Cai & DasGupta (2001)" },
	{ "wilson", { "score", NULL }, cs_prop_wilson,
	  "Wilson score", "Wilson (1927)" },
	{ "wilson-cc", { "wilsoncc", NULL }, cs_prop_wilson_cc,
	  "Wilson score with continuity correction", "Newcombe (1998), method 4" },
	{ "agresti-coull", { "ac", NULL }, cs_prop_agresti_coull,
	  "Agresti-Coull", "Agresti & Coull (1998)" },
	{ "jeffreys", { NULL }, cs_prop_jeffreys,
	  "Jeffreys", "Brown, Cai & DasGupta (2001)" },
	{ "clopper-pearson", { "exact", "beta", NULL }, cs_prop_clopper_pearson,
	  "Clopper-Pearson exact", "Clopper & Pearson (1934)" },
	{ "mid-p", { "midp", NULL }, cs_prop_mid_p,
	  "mid-p exact", "Berry & Armitage (1995); Newcombe (1998), method 6" },
	{ "logit", { NULL }, cs_prop_logit,
	  "logit", "Brown, Cai & DasGupta (2001)" },
	{ "arcsine", { NULL }, cs_prop_arcsine,
	  "arcsine", "Brown, Cai & DasGupta (2001)" },
	{ "likelihood", { "lik", "lrt", NULL }, cs_prop_likelihood,
	  "likelihood ratio", "Newcombe (1998), method 7" },
	{ "blaker", { NULL }, cs_prop_blaker,
	  "Blaker exact", "Blaker (2000)" },
};
const size_t cs_prop_nmethods = sizeof cs_prop_methods / sizeof cs_prop_methods[0];

const struct cs_prop_method *cs_prop_method_find(const char *name)
{
	return cs_method_find(cs_prop_methods, cs_prop_nmethods, sizeof *cs_prop_methods, offsetof(struct cs_prop_method, aliases), name);
}

const struct cs_prop_method *cs_prop_method_default(void)
{
	return &cs_prop_methods[1];
}

double cs_prop_z(double tail)
{
	return gsl_cdf_ugaussian_Qinv(tail);
}

static double clip01(double v)
{
	return v < 0.0 ? 0.0 : v > 1.0 ? 1.0 : v;
}

int cs_prop_ci(const struct cs_prop_method *m, int64_t x, int64_t n,
	       double conf, enum cs_sides sides, struct cs_interval *out)
{
	if (!m || n < 1 || n > CS_PROP_MAX_N || x < 0 || x > n)
		return CS_EDOM;
	double tail;
	if (sides == CS_SIDES_TWO) {
		if (!(conf > 0.0 && conf < 1.0))
			return CS_EDOM;
		tail = (1.0 - conf) / 2.0;
	} else {
		if (!(conf > 0.5 && conf < 1.0))
			return CS_EDOM;
		tail = 1.0 - conf;
	}
	double lo, hi;
	unsigned notes = 0;
	int st = m->limits((double)x, (double)n, tail, &lo, &hi, &notes);
	if (st != CS_OK)
		return st;
	if (!isfinite(lo) || !isfinite(hi))
		return CS_ENOCONV;
	out->estimate = (double)x / (double)n;
	out->lower = sides == CS_SIDES_UPPER ? 0.0 : clip01(lo);
	out->upper = sides == CS_SIDES_LOWER ? 1.0 : clip01(hi);
	out->notes = notes;
	return CS_OK;
}

int cs_prop_wald(double x, double n, double tail, double *lo, double *hi, unsigned *notes)
{
	(void)notes;
	double p = x / n, z = cs_prop_z(tail);
	double h = z * sqrt(p * (1.0 - p) / n);
	*lo = p - h;
	*hi = p + h;
	return CS_OK;
}

/* Wilson limits are the roots of (n+z^2) p^2 - (2x+z^2) p + x^2/n = 0.
 * The larger root has no cancellation; the smaller comes from the product
 * of the roots, x^2 / (n (n+z^2)), so it keeps its relative precision at
 * small x.  For x > n/2 the mirror image n - x is computed, so that the
 * interval is exactly symmetric: lower(x) = 1 - upper(n - x). */
int cs_prop_wilson(double x, double n, double tail, double *lo, double *hi, unsigned *notes)
{
	(void)notes;
	int mirror = x > n - x;
	double k = mirror ? n - x : x;
	double z = cs_prop_z(tail), z2 = z * z;
	double A = n + z2;
	double D = z * sqrt(z2 + 4.0 * k * (n - k) / n);
	double u = (2.0 * k + z2 + D) / (2.0 * A);
	double l = k == 0.0 ? 0.0 : (k * k / n) / (A * u);
	if (mirror) {
		*lo = 1.0 - u;
		*hi = 1.0 - l;
	} else {
		*lo = l;
		*hi = u;
	}
	return CS_OK;
}

int cs_prop_wilson_cc(double x, double n, double tail, double *lo, double *hi, unsigned *notes)
{
	(void)notes;
	double p = x / n, z = cs_prop_z(tail), z2 = z * z;
	double den = 2.0 * (n + z2);
	if (x == 0.0)
		*lo = 0.0;
	else
		*lo = (2.0 * x + z2 - 1.0 -
		       z * sqrt(z2 - 2.0 - 1.0 / n + 4.0 * p * ((n - x) + 1.0))) / den;
	if (x == n)
		*hi = 1.0;
	else
		*hi = (2.0 * x + z2 + 1.0 +
		       z * sqrt(z2 + 2.0 - 1.0 / n + 4.0 * p * ((n - x) - 1.0))) / den;
	return CS_OK;
}

int cs_prop_agresti_coull(double x, double n, double tail, double *lo, double *hi, unsigned *notes)
{
	(void)notes;
	double z = cs_prop_z(tail), z2 = z * z;
	double nt = n + z2;
	double pt = (x + z2 / 2.0) / nt;
	double h = z * sqrt(pt * (1.0 - pt) / nt);
	*lo = pt - h;
	*hi = pt + h;
	return CS_OK;
}

int cs_prop_logit(double x, double n, double tail, double *lo, double *hi, unsigned *notes)
{
	if (x == 0.0 || x == n) {
		*notes |= CS_NOTE_EXACT_FALLBACK;
		return cs_prop_clopper_pearson(x, n, tail, lo, hi, notes);
	}
	double z = cs_prop_z(tail);
	double theta = log(x / (n - x));
	double se = sqrt(n / (x * (n - x)));
	/* expit(t) = 1 / (1 + exp(-t)) */
	*lo = 1.0 / (1.0 + exp(-(theta - z * se)));
	*hi = 1.0 / (1.0 + exp(-(theta + z * se)));
	return CS_OK;
}

int cs_prop_arcsine(double x, double n, double tail, double *lo, double *hi, unsigned *notes)
{
	(void)notes;
	double z = cs_prop_z(tail);
	double a = asin(sqrt(x / n)), h = z / (2.0 * sqrt(n));
	double al = a - h, ah = a + h;
	if (al < 0.0) al = 0.0;
	if (ah > M_PI_2) ah = M_PI_2;
	double sl = sin(al), sh = sin(ah);
	*lo = sl * sl;
	*hi = sh * sh;
	return CS_OK;
}
