/* bootstrap.c - percentile limits, uniform indices and resampled order
 * statistics (see bootstrap.h). */
/* GSL's inline gsl_rng_get (the bootstrap calls it a billion times on a
 * large file). */
#define HAVE_INLINE 1
#include "bootstrap.h"
#include "status.h"

#include <math.h>
#include <stdlib.h>
#include <gsl/gsl_randist.h>

static int cmp_double(const void *a, const void *b)
{
	double x = *(const double *)a, y = *(const double *)b;
	return (x > y) - (x < y);
}

/* Type 7 on sorted data, as R: index 1 + (m - 1) p, no interpolation
 * between equal neighbours. */
static double type7(const double *x, size_t m, double p)
{
	double index = 1.0 + (double)(m - 1) * p;
	double lo = floor(index), hi = ceil(index);
	double q = x[(size_t)lo - 1];
	if (index > lo && x[(size_t)hi - 1] != q) {
		double h = index - lo;
		q = (1 - h) * q + h * x[(size_t)hi - 1];
	}
	return q;
}

int cs_boot_percentile(double *stats, size_t m, double conf, double *lower, double *upper)
{
	if (!(conf > 0.0 && conf < 1.0))
		return CS_EDOM;
	if (m == 0)
		return CS_EUNDEF;
	qsort(stats, m, sizeof *stats, cmp_double);
	double alpha = 1.0 - conf;
	*lower = type7(stats, m, alpha / 2);
	*upper = type7(stats, m, 1 - alpha / 2);
	return CS_OK;
}

size_t cs_boot_index(const gsl_rng *r, size_t n)
{
	if (r->type->min != 0 || r->type->max != 0xFFFFFFFFUL)
		return (size_t)gsl_rng_uniform_int(r, (unsigned long)n);
	/* Lemire (2019), Fast random integer generation in an interval,
	 * ACM TOMACS 29(1):3 */
	uint64_t m = (uint64_t)(uint32_t)gsl_rng_get(r) * (uint64_t)n;
	uint32_t low = (uint32_t)m;
	if (low < n) {
		uint32_t threshold = (uint32_t)((UINT64_C(1) << 32) % n);
		while (low < threshold) {
			m = (uint64_t)(uint32_t)gsl_rng_get(r) * (uint64_t)n;
			low = (uint32_t)m;
		}
	}
	return (size_t)(m >> 32);
}

/* The cell of the k-th smallest of c draws that fell in cells [lo, hi). */
static size_t descend(const gsl_rng *r, size_t lo, size_t hi, unsigned c, unsigned k)
{
	while (hi - lo > 1) {
		size_t mid = lo + (hi - lo) / 2;
		unsigned left = gsl_ran_binomial(r, (double)(mid - lo) / (double)(hi - lo), c);
		if (k <= left) {
			hi = mid;
			c = left;
		} else {
			lo = mid;
			k -= left;
			c -= left;
		}
	}
	return lo;
}

void cs_boot_order_stats(const gsl_rng *r, size_t n, size_t k1, size_t k2, size_t *i1, size_t *i2)
{
	size_t lo = 0, hi = n;
	unsigned c = (unsigned)n, a = (unsigned)k1, b = (unsigned)k2;
	while (hi - lo > 1) {
		size_t mid = lo + (hi - lo) / 2;
		unsigned left = gsl_ran_binomial(r, (double)(mid - lo) / (double)(hi - lo), c);
		if (b <= left) {
			hi = mid;
			c = left;
		} else if (a > left) {
			lo = mid;
			a -= left;
			b -= left;
			c -= left;
		} else {
			/* the ranks part: the two halves are independent given
			 * their counts */
			*i1 = descend(r, lo, mid, left, a);
			*i2 = descend(r, mid, hi, c - left, b - left);
			return;
		}
	}
	*i1 = *i2 = lo;
}
