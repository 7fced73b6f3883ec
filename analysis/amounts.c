/* amounts.c - quantiles, mean and t interval, bootstrap interval of a
 * quantile (see amounts.h). */
#include "amounts.h"
#include "status.h"

#include <float.h>
#include <math.h>
#include <stdlib.h>
#include <gsl/gsl_cdf.h>

/* ---- quantile types --------------------------------------------------- */

static size_t clamp_rank(long long j, size_t n)
{
	return j < 1 ? 1 : (size_t)j > n ? n : (size_t)j;
}

/* Types 1-3 (discontinuous): j = floor(n p + m), and h 0, 1/2 or 1, as in
 * R 4.2's quantile.default (no fuzz: R computes n * p in doubles). */
static void plan_discontinuous(int type, size_t n, double p, struct cs_quantile_plan *out)
{
	double nppm = type == 3 ? (double)n * p - 0.5 : (double)n * p;
	double jf = floor(nppm);
	long long j = (long long)jf;
	double h;
	if (type == 1)
		h = nppm > jf ? 1.0 : 0.0;
	else if (type == 2)
		h = ((nppm > jf ? 1.0 : 0.0) + 1.0) / 2.0;
	else
		h = (nppm != jf || ((j % 2) + 2) % 2 == 1) ? 1.0 : 0.0;
	out->lo = clamp_rank(j, n);
	out->hi = clamp_rank(j + 1, n);
	out->h = h;
}

static void plan_type1(size_t n, double p, double a, double b, struct cs_quantile_plan *out)
{
	(void)a, (void)b;
	plan_discontinuous(1, n, p, out);
}

static void plan_type2(size_t n, double p, double a, double b, struct cs_quantile_plan *out)
{
	(void)a, (void)b;
	plan_discontinuous(2, n, p, out);
}

static void plan_type3(size_t n, double p, double a, double b, struct cs_quantile_plan *out)
{
	(void)a, (void)b;
	plan_discontinuous(3, n, p, out);
}

/* Types 4-9 (continuous): n p + m with m = a + p (1 - a - b), evaluated as
 * R does, a + p * (n + 1 - a - b), with R's fuzz of 4 epsilon. */
static void plan_continuous(size_t n, double p, double a, double b, struct cs_quantile_plan *out)
{
	const double fuzz = 4 * DBL_EPSILON;
	double t = (double)n + 1.0;
	t = t - a;
	t = t - b;
	double nppm = a + p * t;
	double jf = floor(nppm + fuzz);
	double h = nppm - jf;
	if (fabs(h) < fuzz)
		h = 0.0;
	long long j = (long long)jf;
	out->lo = clamp_rank(j, n);
	out->hi = clamp_rank(j + 1, n);
	out->h = h;
}

/* Type 7 the way R computes it (its separate, back-compatible branch):
 * index = 1 + (n - 1) p. */
static void plan_type7(size_t n, double p, double a, double b, struct cs_quantile_plan *out)
{
	(void)a, (void)b;
	double index = 1.0 + (double)(n - 1) * p;
	double lo = floor(index), hi = ceil(index);
	out->lo = clamp_rank((long long)lo, n);
	out->hi = clamp_rank((long long)hi, n);
	out->h = index > lo ? index - lo : 0.0;
}

#define HF "Hyndman RJ, Fan Y (1996). Sample quantiles in statistical packages. Am Stat 50(4):361-365"

const struct cs_quantile_type cs_quantile_types[] = {
	{ 1, plan_type1, 0, 0, "inverse of the empirical distribution function", HF " (definition 1)" },
	{ 2, plan_type2, 0, 0, "inverse empirical distribution, averaging at jumps", HF " (definition 2)" },
	{ 3, plan_type3, 0, 0, "nearest even order statistic (SAS definition 5)", HF " (definition 3)" },
	{ 4, plan_continuous, 0, 1, "linear interpolation of the empirical distribution", HF " (definition 4)" },
	{ 5, plan_continuous, 0.5, 0.5, "piecewise linear, knots at midpoints (hydrology)", HF " (definition 5)" },
	{ 6, plan_continuous, 0, 0, "p(k) = k/(n+1): mean of the k-th order statistic (Minitab, SPSS)", HF " (definition 6)" },
	{ 7, plan_type7, 1, 1, "p(k) = (k-1)/(n-1): mode (R and S default, Excel PERCENTILE)", HF " (definition 7)" },
	{ 8, plan_continuous, 1.0 / 3, 1.0 / 3, "approximately median-unbiased (Hyndman-Fan recommend)", HF " (definition 8)" },
	{ 9, plan_continuous, 3.0 / 8, 3.0 / 8, "approximately unbiased for normal data (Blom)", HF " (definition 9)" },
};
const size_t cs_quantile_ntypes = sizeof cs_quantile_types / sizeof cs_quantile_types[0];

const struct cs_quantile_type *cs_quantile_type_find(int type)
{
	for (size_t i = 0; i < cs_quantile_ntypes; i++)
		if (cs_quantile_types[i].type == type)
			return &cs_quantile_types[i];
	return NULL;
}

int cs_quantile_plan(const struct cs_quantile_type *t, size_t n, double p, struct cs_quantile_plan *out)
{
	if (!t || !(p >= 0.0 && p <= 1.0))
		return CS_EDOM;
	if (n == 0)
		return CS_EUNDEF;
	t->plan(n, p, t->a, t->b, out);
	return CS_OK;
}

double cs_quantile_apply(const struct cs_quantile_plan *pl, double xlo, double xhi)
{
	if (pl->h == 1.0)
		return xhi;
	if (pl->h > 0.0 && pl->h < 1.0 && xlo != xhi)
		return (1 - pl->h) * xlo + pl->h * xhi;
	return xlo;
}

int cs_quantile_money(const int64_t *sorted, size_t n, double p, const struct cs_quantile_type *t,
		      double *q)
{
	struct cs_quantile_plan pl;
	int st = cs_quantile_plan(t, n, p, &pl);
	if (st != CS_OK)
		return st;
	*q = cs_quantile_apply(&pl, cs_money_to_double(sorted[pl.lo - 1]),
			       cs_money_to_double(sorted[pl.hi - 1]));
	return CS_OK;
}

int cs_quantile_double(const double *sorted, size_t n, double p, const struct cs_quantile_type *t,
		       double *q)
{
	struct cs_quantile_plan pl;
	int st = cs_quantile_plan(t, n, p, &pl);
	if (st != CS_OK)
		return st;
	*q = cs_quantile_apply(&pl, sorted[pl.lo - 1], sorted[pl.hi - 1]);
	return CS_OK;
}

/* ---- mean, sd, t interval --------------------------------------------- */

/* The t quantile with upper tail probability `tail` on df degrees of
 * freedom.  Closed forms for df = 1 and 2 (GSL's inversion loses up to
 * 1e-11 relative at df = 1 in the far tail); GSL's gsl_cdf_tdist_Qinv
 * elsewhere (within a few 1e-16 of R's qt on df 2 ... 10^7, tails 0.25 ...
 * 5e-7).  Working from the tail, not from 1 - tail, keeps its digits. */
static double t_upper(double tail, double df)
{
	if (df == 1)
		return 1.0 / tan(M_PI * tail);
	if (df == 2) {
		double p = 2 * tail;
		return sqrt(2.0 / (p * (2.0 - p)) - 2.0);
	}
	return gsl_cdf_tdist_Qinv(tail, df);
}

int cs_amounts_stats(const int64_t *sorted, size_t n, double conf, struct cs_amount_stats *out)
{
	if (!(conf > 0.0 && conf < 1.0))
		return CS_EDOM;
	if (n == 0)
		return CS_EUNDEF;
	cs_money_wide sum = 0;
	for (size_t i = 0; i < n; i++)
		if (cs_money_add(&sum, sorted[i]) != CS_OK)
			return CS_ERANGE;
	out->n = n;
	out->sum = sum;
	out->min = cs_money_to_double(sorted[0]);
	out->max = cs_money_to_double(sorted[n - 1]);
	/* the mean from the exact sum; the sum of squares about it in long
	 * double, two passes, with the usual correction term (Chan, Golub &
	 * LeVeque 1983) */
	long double mean;
	if (sum >= INT64_MIN && sum <= INT64_MAX)   /* exact in a long double */
		mean = (long double)(int64_t)sum / (long double)CS_MONEY_SCALE / (long double)n;
	else
		mean = (long double)cs_money_wide_to_double(sum) / (long double)n;
	out->mean = (double)mean;
	out->sd = out->mean_lower = out->mean_upper = NAN;
	if (n < 2)
		return CS_OK;
	long double ss = 0, dev = 0;
	for (size_t i = 0; i < n; i++) {
		long double d = (long double)sorted[i] / (long double)CS_MONEY_SCALE - mean;
		ss += d * d;
		dev += d;
	}
	ss -= dev * dev / (long double)n;
	if (ss < 0)
		ss = 0;
	out->sd = (double)sqrtl(ss / (long double)(n - 1));
	/* the probability as R's t.test() forms it, qt(1 - alpha/2); its upper
	 * tail 1 - p is exact in doubles */
	double p = 1.0 - (1.0 - conf) / 2.0;
	double t = t_upper(1.0 - p, (double)(n - 1));
	if (!isfinite(t))
		return CS_ENOCONV;
	double half = t * out->sd / sqrt((double)n);
	out->mean_lower = out->mean - half;
	out->mean_upper = out->mean + half;
	return CS_OK;
}

/* ---- bootstrap interval of a quantile ---------------------------------- */

int cs_amounts_boot_quantile(const int64_t *sorted, size_t n, double p, const struct cs_quantile_type *t,
			     const struct cs_boot *b, double *lower, double *upper)
{
	if (!t || !b || !b->rng || b->resamples < 1 || b->resamples > CS_BOOT_MAX_RESAMPLES ||
	    !(p >= 0.0 && p <= 1.0) || !(b->conf > 0.0 && b->conf < 1.0) || n > UINT32_MAX)
		return CS_EDOM;
	if (n < 2)
		return CS_EUNDEF;
	struct cs_quantile_plan pl;
	int st = cs_quantile_plan(t, n, p, &pl);
	if (st != CS_OK)
		return st;
	/* only the order statistics the plan reads */
	size_t k1 = pl.h == 1.0 ? pl.hi : pl.lo;
	size_t k2 = pl.h > 0.0 && pl.h < 1.0 ? pl.hi : k1;

	size_t B = b->resamples;
	double *stats = malloc(B * sizeof *stats);
	if (!stats)
		return CS_ENOMEM;
	size_t step = B / 100 ? B / 100 : 1;
	for (size_t r = 0; r < B; r++) {
		size_t i1, i2;
		cs_boot_order_stats(b->rng, n, k1, k2, &i1, &i2);
		double x1 = cs_money_to_double(sorted[i1]), x2 = cs_money_to_double(sorted[i2]);
		if (pl.h == 1.0)
			stats[r] = x1;   /* k1 was the plan's hi rank */
		else
			stats[r] = cs_quantile_apply(&pl, x1, x2);
		if (b->progress && (r + 1) % step == 0)
			b->progress(b->progress_ctx, r + 1, B);
	}
	st = cs_boot_percentile(stats, B, b->conf, lower, upper);
	free(stats);
	return st;
}
