/* disparity.h - how far an amount alleged (A) is from an amount
 * documented (B): the ratio A/B, the share B/A and the gap A - B, for two
 * given amounts or for the totals of two columns, with percentile-bootstrap
 * intervals that resample rows (cases), and the spread of the per-row
 * ratios a_i/b_i.
 *
 * Amounts are scaled integers (money.h: units x 10^4), borrowed from the
 * caller; ratios and shares are plain numbers, gaps are in currency units.
 * A ratio with a zero denominator is undefined (NAN), never infinite. */
#ifndef CS_DISPARITY_H
#define CS_DISPARITY_H

#include <stddef.h>
#include <stdint.h>
#include "bootstrap.h"
#include "money.h"

/* One measure of the distance between A and B, from their (exact) totals:
 * NAN when undefined. */
typedef double (*cs_disparity_fn)(cs_money_wide a, cs_money_wide b);

struct cs_disparity_measure {
	const char *name;     /* "ratio", "share", "gap": printed in output */
	cs_disparity_fn fn;
	int money;            /* 1 if the measure is an amount (gap), 0 for a pure number */
	const char *title;
};

enum { CS_DISP_RATIO, CS_DISP_SHARE, CS_DISP_GAP, CS_DISP_NMEASURES };
/* The table, in output order: ratio A/B, share B/A, gap A - B. */
extern const struct cs_disparity_measure cs_disparity_measures[CS_DISP_NMEASURES];

/* Every measure for totals a and b (NAN where undefined). */
void cs_disparity_all(cs_money_wide a, cs_money_wide b, double est[CS_DISP_NMEASURES]);

struct cs_disparity_boot {
	double lower[CS_DISP_NMEASURES], upper[CS_DISP_NMEASURES];  /* NAN if undefined or unbounded */
	size_t undefined[CS_DISP_NMEASURES];  /* resamples with 0/0, left out */
	size_t infinite[CS_DISP_NMEASURES];   /* resamples with x/0, x != 0: beyond every finite value */
};

/* Percentile-bootstrap intervals for the three measures of the totals of
 * a[0..n) and b[0..n): each resample draws n rows (pairs a_i, b_i) with
 * replacement, totals them exactly and computes the measures.  A resample
 * whose denominator total is 0 counts as +-infinity (its numerator's sign)
 * when the numerator is not 0, and is left out when both are 0.  A limit
 * that falls on an infinite value, or a measure left with no resamples, is
 * NAN.  CS_EUNDEF when n < 2, CS_ENOMEM, CS_EDOM for bad arguments. */
int cs_disparity_bootstrap(const int64_t *a, const int64_t *b, size_t n, const struct cs_boot *opt,
			   struct cs_disparity_boot *out);

/* The per-row ratios a_i / b_i of the rows with b_i != 0, sorted, written
 * to ratios (room for n); *m receives how many. */
void cs_disparity_row_ratios(const int64_t *a, const int64_t *b, size_t n, double *ratios, size_t *m);

#endif
