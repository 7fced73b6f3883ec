/* chart_prop.h - proportions with confidence intervals: one dot per group
 * with its interval as a whisker, sorted by share, n on the right.
 *
 * Input is a plain array; strings are borrowed for the call. */
#ifndef CS_CHART_PROP_H
#define CS_CHART_PROP_H

#include <stddef.h>
#include <stdio.h>
#include "gnuplot.h"

struct cs_chart_prop_point {
	const char *group;      /* group label ("Almaty", "6/7") */
	const char *method;     /* method title ("Wilson score") */
	double x, n;            /* counts */
	double estimate, lower, upper;   /* proportions in [0, 1]; NaN = undefined */
	int suppressed;         /* counts hidden by disclosure control */
};

struct cs_chart_prop {
	const char *title;      /* NULL: "Share with 95% confidence interval" */
	const char *subject;    /* what is counted, for the caption ("rows marked
	                           'questioned'"); may be NULL */
	double conf;
	int min_cell;           /* threshold K of suppressed points (caption); 0 = none */
	size_t npoints;
	const struct cs_chart_prop_point *points;
};

/* Write the gnuplot script for chart c to fp, drawing into o.  Points of
 * one group stay together (in the order given, e.g. one per method); groups
 * are sorted by the estimate of their first point, highest first, then by
 * label; suppressed and undefined groups last.  Returns a CS_PLOT_ status
 * (CS_PLOT_EDATA when there are no points). */
int cs_chart_prop_write(FILE *fp, const struct cs_gp_out *o, const struct cs_chart_prop *c);

#endif
