/* chart_disparity.h - alleged against documented amounts: a pair of bars
 * per group on a logarithmic axis, with the ratio written above each pair.
 *
 * Input is a plain array; strings are borrowed for the call. */
#ifndef CS_CHART_DISPARITY_H
#define CS_CHART_DISPARITY_H

#include <stddef.h>
#include <stdio.h>
#include "gnuplot.h"

struct cs_chart_disparity_row {
	const char *label;      /* group ("all", "Almaty") */
	double a, b;            /* the two amounts, e.g. alleged and documented */
	double ratio_lower, ratio_upper;   /* optional interval for a / b; NaN = none */
	int suppressed;
};

struct cs_chart_disparity {
	const char *title;      /* NULL: "<a name> against <b name>" */
	const char *a_name;     /* "claimed in public"; NULL: "A" */
	const char *b_name;     /* "documented in the case file"; NULL: "B" */
	const char *unit;       /* "KZT"; may be NULL */
	double conf;            /* level of the ratio intervals, if any */
	const char *method;     /* how the ratio interval was made, if any */
	size_t nrows;
	const struct cs_chart_disparity_row *rows;
};

/* Amounts must be positive to stand on a log axis: a row with a or b <= 0
 * is drawn without that bar and its ratio is written as undefined.
 * Returns a CS_PLOT_ status. */
int cs_chart_disparity_write(FILE *fp, const struct cs_gp_out *o, const struct cs_chart_disparity *c);

#endif
