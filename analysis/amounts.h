/* amounts.h - summaries of a column of money amounts: the nine sample
 * quantile definitions of Hyndman & Fan (1996) as R's quantile() computes
 * them, the mean with its t interval, and a percentile-bootstrap interval
 * for any quantile (the median above all).
 *
 * Input is the column's amounts as scaled integers (money.h: units x 10^4),
 * sorted ascending, borrowed from the caller; results are doubles in
 * currency units.  Nothing here allocates except
 * cs_amounts_boot_quantile (one double per resample, freed before it
 * returns). */
#ifndef CS_AMOUNTS_H
#define CS_AMOUNTS_H

#include <stddef.h>
#include <stdint.h>
#include "bootstrap.h"
#include "money.h"

/* Which order statistics a quantile uses (1-based ranks lo <= hi) and how:
 * x(lo) when h = 0 or x(lo) = x(hi), x(hi) when h = 1, otherwise
 * (1 - h) x(lo) + h x(hi), exactly as R's quantile.default. */
struct cs_quantile_plan {
	size_t lo, hi;
	double h;
};

typedef void (*cs_quantile_plan_fn)(size_t n, double p, double a, double b,
				    struct cs_quantile_plan *out);

struct cs_quantile_type {
	int type;                 /* 1..9, R's `type` argument */
	cs_quantile_plan_fn plan;
	double a, b;              /* plotting position p_k = (k - a)/(n + 1 - a - b), types 4-9 */
	const char *title;
	const char *reference;
};

/* The table, types 1 to 9 in order; the default is type 7. */
extern const struct cs_quantile_type cs_quantile_types[];
extern const size_t cs_quantile_ntypes;
#define CS_QUANTILE_DEFAULT_TYPE 7
/* The row of a type 1..9, or NULL. */
const struct cs_quantile_type *cs_quantile_type_find(int type);

/* Plan the quantile at probability p (0 <= p <= 1) of n >= 1 values. */
int cs_quantile_plan(const struct cs_quantile_type *t, size_t n, double p, struct cs_quantile_plan *out);
/* Combine the two order statistics as the plan says. */
double cs_quantile_apply(const struct cs_quantile_plan *pl, double xlo, double xhi);

/* The quantile at p of n >= 1 sorted scaled amounts, in units.  CS_EUNDEF
 * when n = 0, CS_EDOM for p outside [0, 1] or an unknown type. */
int cs_quantile_money(const int64_t *sorted, size_t n, double p, const struct cs_quantile_type *t,
		      double *q);
/* The same for sorted doubles (per-row ratios, bootstrap statistics). */
int cs_quantile_double(const double *sorted, size_t n, double p, const struct cs_quantile_type *t,
		       double *q);

struct cs_amount_stats {
	size_t n;
	cs_money_wide sum;            /* scaled, exact */
	double mean, sd;              /* units; sd is NAN when n < 2 (undefined) */
	double min, max;
	double mean_lower, mean_upper;  /* t interval; NAN when n < 2 */
};

/* Sum, mean, standard deviation (divisor n - 1), extremes and the t
 * interval mean +- t(1 - alpha/2; n - 1) sd / sqrt(n) of n sorted scaled
 * amounts.  CS_EUNDEF when n = 0 (nothing to summarise), CS_EDOM for a
 * conf outside (0, 1), CS_ERANGE if the sum overflowed. */
int cs_amounts_stats(const int64_t *sorted, size_t n, double conf, struct cs_amount_stats *out);

/* Percentile-bootstrap interval for the type-t quantile at p of n sorted
 * scaled amounts: b->resamples resamples of size n, each quantile computed
 * from order statistics drawn with cs_boot_order_stats (no resample is
 * built or sorted), and the percentile limits of those B quantiles.
 * CS_EUNDEF when n < 2 (one value has no sampling spread to resample),
 * CS_ENOMEM, CS_EDOM for bad arguments. */
int cs_amounts_boot_quantile(const int64_t *sorted, size_t n, double p, const struct cs_quantile_type *t,
			     const struct cs_boot *b, double *lower, double *upper);

#endif
