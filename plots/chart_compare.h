/* chart_compare.h - forest plot of the measures comparing two groups:
 * one panel per measure (difference, ratio, odds ratio), one row per
 * method, with a reference line at "no difference": 0 for a difference
 * (linear axis), 1 for a ratio (logarithmic axis).
 *
 * Input is plain arrays; strings are borrowed for the call. */
#ifndef CS_CHART_COMPARE_H
#define CS_CHART_COMPARE_H

#include <stddef.h>
#include <stdio.h>
#include "gnuplot.h"

struct cs_chart_forest_row {
	const char *label;            /* usually the method title ("Newcombe hybrid score") */
	double estimate, lower, upper;   /* NaN = undefined (e.g. Katz with a zero count) */
	int suppressed;
};

enum cs_forest_kind {
	CS_FOREST_DIFFERENCE,   /* p1 - p2, shown in percentage points, reference 0 */
	CS_FOREST_RATIO,        /* p1 / p2, log axis, reference 1 */
	CS_FOREST_ODDS_RATIO    /* odds ratio, log axis, reference 1 */
};

struct cs_chart_forest_panel {
	enum cs_forest_kind kind;
	size_t nrows;
	const struct cs_chart_forest_row *rows;
};

struct cs_chart_compare {
	const char *title;     /* NULL: "Group 1 compared with group 2" from the names */
	const char *group1;    /* name of group 1 ("Kaspi"); NULL: "group 1" */
	const char *group2;
	double x1, n1, x2, n2; /* counts, for the caption; NaN to leave out */
	double conf;
	size_t npanels;
	const struct cs_chart_forest_panel *panels;
};

/* Write the script.  Ratios whose estimate or limits are 0 or infinite
 * cannot be drawn on a log axis: the row is marked undefined there (its
 * numbers stay in the table).  Returns a CS_PLOT_ status. */
int cs_chart_compare_write(FILE *fp, const struct cs_gp_out *o, const struct cs_chart_compare *c);

#endif
