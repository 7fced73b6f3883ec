/* chart_rate.h - event rates with exact (Garwood) confidence intervals:
 * one dot per group with its whisker, highest rate first.
 *
 * Input is a plain array; strings are borrowed for the call.  Rates and
 * limits are in the unit the caller names (e.g. per 1,000 person-years). */
#ifndef CS_CHART_RATE_H
#define CS_CHART_RATE_H

#include <stddef.h>
#include <stdio.h>
#include "gnuplot.h"

struct cs_chart_rate_point {
	const char *group;
	double count, exposure;          /* events and exposure (in exposure units) */
	double rate, lower, upper;       /* per `unit`; NaN = undefined */
	int suppressed;
};

struct cs_chart_rate {
	const char *title;      /* NULL: "Rate with 95% confidence interval" */
	const char *unit;       /* "per 1,000 person-years"; NULL: "per unit of exposure" */
	const char *method;     /* NULL: "exact Poisson, Garwood" */
	double conf;
	int min_cell;           /* caption for suppressed points; 0 = none */
	size_t npoints;
	const struct cs_chart_rate_point *points;
};

/* Write the script (sorted by rate, highest first; suppressed and
 * undefined last).  A logarithmic axis is used when the largest upper
 * limit is more than 100 times the smallest positive rate.  Returns a
 * CS_PLOT_ status. */
int cs_chart_rate_write(FILE *fp, const struct cs_gp_out *o, const struct cs_chart_rate *c);

#endif
