/* chart_tab.h - categories: horizontal bars of each category's share with
 * simultaneous confidence intervals as whiskers; and counts over time
 * (month or year buckets) as vertical bars.
 *
 * Input is plain arrays; strings are borrowed for the call. */
#ifndef CS_CHART_TAB_H
#define CS_CHART_TAB_H

#include <stddef.h>
#include <stdio.h>
#include "gnuplot.h"

struct cs_chart_bar {
	const char *label;
	double count;
	double share, lower, upper;   /* proportions in [0, 1]; NaN = undefined */
	int suppressed;
};

struct cs_chart_tab {
	const char *title;     /* NULL: "Share of each category" */
	const char *subject;   /* the column tabulated, for the axis ("channel"); may be NULL */
	const char *method;    /* interval method ("Goodman (1965) simultaneous") */
	double conf;
	int min_cell;
	size_t nbars;
	const struct cs_chart_bar *bars;   /* drawn top to bottom in this order */
};

/* Returns a CS_PLOT_ status. */
int cs_chart_tab_write(FILE *fp, const struct cs_gp_out *o, const struct cs_chart_tab *c);

struct cs_chart_period {
	const char *period;    /* "2023-06" */
	double count;
	double lower, upper;   /* optional interval for the count; NaN = none */
	int suppressed;
};

struct cs_chart_time {
	const char *title;     /* NULL: "Counts over time" */
	const char *what;      /* what is counted ("donations"); NULL: "count" */
	const char *bucket;    /* "month" or "year", for the axis */
	const char *method;    /* interval method when intervals are given */
	double conf;
	int min_cell;
	size_t nperiods;
	const struct cs_chart_period *periods;   /* in time order */
};

/* Returns a CS_PLOT_ status. */
int cs_chart_time_write(FILE *fp, const struct cs_gp_out *o, const struct cs_chart_time *c);

#endif
