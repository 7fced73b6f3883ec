/* disparity.c - ratio, share and gap of two amounts or two totals, with
 * bootstrap intervals over rows (see disparity.h). */
#include "disparity.h"
#include "status.h"

#include <math.h>
#include <stdlib.h>

/* x / y for exact totals: one rounding while both are below 2^53 (the
 * scale cancels), long double otherwise.  y != 0. */
static double wide_div(cs_money_wide x, cs_money_wide y)
{
	const cs_money_wide lim = (cs_money_wide)1 << 53;
	if (x > -lim && x < lim && y > -lim && y < lim)
		return (double)(int64_t)x / (double)(int64_t)y;
	long double lx = (long double)cs_money_wide_to_double(x), ly = (long double)cs_money_wide_to_double(y);
	return (double)(lx / ly);
}

static double ratio(cs_money_wide a, cs_money_wide b)
{
	return b == 0 ? NAN : wide_div(a, b);
}

static double share(cs_money_wide a, cs_money_wide b)
{
	return a == 0 ? NAN : wide_div(b, a);
}

static double gap(cs_money_wide a, cs_money_wide b)
{
	return cs_money_wide_to_double(a - b);
}

const struct cs_disparity_measure cs_disparity_measures[CS_DISP_NMEASURES] = {
	{ "ratio", ratio, 0, "ratio A/B: how many times B the amount A is" },
	{ "share", share, 0, "share B/A: the part of A that B accounts for" },
	{ "gap", gap, 1, "gap A - B: the amount of A that B does not account for" },
};

void cs_disparity_all(cs_money_wide a, cs_money_wide b, double est[CS_DISP_NMEASURES])
{
	for (size_t k = 0; k < CS_DISP_NMEASURES; k++)
		est[k] = cs_disparity_measures[k].fn(a, b);
}

/* A resample's measure: a zero denominator gives an infinity of the
 * numerator's sign (NAN for 0/0), so the percentile order still holds. */
static double boot_value(size_t k, cs_money_wide a, cs_money_wide b)
{
	cs_money_wide num = k == CS_DISP_SHARE ? b : a, den = k == CS_DISP_SHARE ? a : b;
	if (k != CS_DISP_GAP && den == 0)
		return num == 0 ? NAN : num > 0 ? INFINITY : -INFINITY;
	return cs_disparity_measures[k].fn(a, b);
}

int cs_disparity_bootstrap(const int64_t *a, const int64_t *b, size_t n, const struct cs_boot *opt,
			   struct cs_disparity_boot *out)
{
	if (!opt || !opt->rng || opt->resamples < 1 || opt->resamples > CS_BOOT_MAX_RESAMPLES ||
	    !(opt->conf > 0.0 && opt->conf < 1.0) || n > UINT32_MAX)
		return CS_EDOM;
	for (size_t k = 0; k < CS_DISP_NMEASURES; k++) {
		out->lower[k] = out->upper[k] = NAN;
		out->undefined[k] = out->infinite[k] = 0;
	}
	if (n < 2)
		return CS_EUNDEF;
	size_t B = opt->resamples;
	double *stats = malloc(CS_DISP_NMEASURES * B * sizeof *stats);
	/* the pairs side by side: one cache line per random row, not two */
	int64_t *ab = malloc(2 * n * sizeof *ab);
	if (!stats || !ab) {
		free(stats);
		free(ab);
		return CS_ENOMEM;
	}
	for (size_t i = 0; i < n; i++) {
		ab[2 * i] = a[i];
		ab[2 * i + 1] = b[i];
	}
	size_t m[CS_DISP_NMEASURES] = { 0 };
	size_t step = B / 100 ? B / 100 : 1;
	for (size_t r = 0; r < B; r++) {
		/* n rows of at most 2^32 amounts of at most 2^63: no overflow in 128 bits */
		cs_money_wide sa = 0, sb = 0;
		for (size_t i = 0; i < n; i++) {
			const int64_t *row = ab + 2 * cs_boot_index(opt->rng, n);
			sa += row[0];
			sb += row[1];
		}
		for (size_t k = 0; k < CS_DISP_NMEASURES; k++) {
			double v = boot_value(k, sa, sb);
			if (isnan(v)) {
				out->undefined[k]++;
				continue;
			}
			if (isinf(v))
				out->infinite[k]++;
			stats[k * B + m[k]++] = v;
		}
		if (opt->progress && (r + 1) % step == 0)
			opt->progress(opt->progress_ctx, r + 1, B);
	}
	int st = CS_OK;
	for (size_t k = 0; k < CS_DISP_NMEASURES && st == CS_OK; k++) {
		double lo, hi;
		int s = cs_boot_percentile(stats + k * B, m[k], opt->conf, &lo, &hi);
		if (s == CS_EUNDEF)
			continue;
		st = s;
		out->lower[k] = isfinite(lo) ? lo : NAN;
		out->upper[k] = isfinite(hi) ? hi : NAN;
	}
	free(stats);
	free(ab);
	return st;
}

static int cmp_double(const void *x, const void *y)
{
	double u = *(const double *)x, v = *(const double *)y;
	return (u > v) - (u < v);
}

void cs_disparity_row_ratios(const int64_t *a, const int64_t *b, size_t n, double *ratios, size_t *m)
{
	size_t k = 0;
	for (size_t i = 0; i < n; i++)
		if (b[i] != 0)
			ratios[k++] = (double)a[i] / (double)b[i];
	qsort(ratios, k, sizeof *ratios, cmp_double);
	*m = k;
}
